"""Registry of invented personal data, public keep terms and the documents of set MU."""
from lib import Doc, P

R = [
    # OCW civil servants
    P("PERSON", "Femke ter Horst-Wiegman", "Femke ter Horst-Wiegman", "Ter Horst-Wiegman", "ter Horst-Wiegman",
      "F. ter Horst-Wiegman", "Femke", "FtH"),
    P("EMAIL", "f.terhorst-wiegman@minocw.nl"), P("PHONE", "06-41 27 83 95"),
    P("PERSON", "Joost van 't Hul", "Joost van 't Hul", "Van 't Hul", "van 't Hul", "J. van 't Hul", "Joost", "JvtH", "Hul"),
    P("EMAIL", "j.vanthul@minocw.nl"), P("PHONE", "070 412 3377"),
    P("PERSON", "Ayşe Demirtaş", "Ayşe Demirtaş", "Demirtaş", "Ayşe", "A. Demirtaş"),
    P("EMAIL", "a.demirtas@minocw.nl"), P("PHONE", "+31 (0)6 2938 1147"),
    P("PERSON", "Maarten de Kleijn", "Maarten de Kleijn", "De Kleijn", "de Kleijn", "M. de Kleijn", "MdK", "Maarten", "Kleijn"),
    P("EMAIL", "m.dekleijn@minocw.nl"), P("PHONE", "070-412 3590"),
    P("PERSON", "Ingrid Oudshoorn", "Ingrid Oudshoorn", "Oudshoorn", "I. Oudshoorn", "Ingrid"),
    P("EMAIL", "i.oudshoorn@minocw.nl"), P("PHONE", "06 5310 2284"),
    P("PERSON", "Ruud Brinkhorst", "Ruud Brinkhorst", "Brinkhorst", "R.J. Brinkhorst", "BRINKHORST", "Ruud"),
    P("EMAIL", "r.brinkhorst@minocw.nl"),
    P("PERSON", "Thijs Wolters", "Thijs Wolters", "Wolters", "Thijs", "T.W.", "TWo"),
    P("EMAIL", "thijs.wolters@minocw.nl"), P("PHONE", "06-1744 9021"),
    P("PERSON", "Noor el Khatib", "Noor el Khatib", "El Khatib", "el Khatib", "Noor"),
    P("EMAIL", "n.elkhatib@minocw.nl"),
    # Erfgoedinspectie
    P("PERSON", "Hendrik-Jan Brouwers-Lam", "Hendrik-Jan Brouwers-Lam", "Brouwers-Lam", "H.J. Brouwers-Lam",
      "Hendrik-Jan", "HJBL"),
    P("EMAIL", "h.brouwers@erfgoedinspectie.nl"), P("PHONE", "06-18 44 09 27"),
    P("PERSON", "Margriet Scholtens-Adema", "Margriet Scholtens-Adema", "Scholtens-Adema", "M. Scholtens-Adema",
      "SCHOLTENS-ADEMA", "Margriet"),
    P("EMAIL", "m.scholtens@erfgoedinspectie.nl"), P("PHONE", "070 - 312 66 81"),
    # museum staff
    P("PERSON", "Willemijn Sprenkels", "Willemijn Sprenkels", "Sprenkels", "W.E. Sprenkels", "W.E.S.", "Willemijn",
      "SPRENKELS", "Wil"),
    P("EMAIL", "w.sprenkels@museumvanheeckeren.nl"), P("PHONE", "0570 61 44 20"),
    P("PERSON", "Bart-Jan Ophof", "Bart-Jan Ophof", "Ophof", "B.J. Ophof", "Bart-Jan", "BJO"),
    P("EMAIL", "bartjan.ophof@museumvanheeckeren.nl"), P("PHONE", "0570-614 433"),
    P("PERSON", "Eline Marchetti", "Eline Marchetti", "Marchetti", "E. Marchetti", "Eline"),
    P("EMAIL", "e.marchetti@museumvanheeckeren.nl"), P("PHONE", "06 28 11 74 30"),
    P("PERSON", "Koen Vlasblom", "Koen Vlasblom", "Vlasblom", "K. Vlasblom", "Koen"),
    # lender and family
    P("PERSON", "Reinout van Oosterzee", "Reinout van Oosterzee", "Van Oosterzee", "van Oosterzee",
      "R.A.M. van Oosterzee", "VAN OOSTERZEE", "Reinout", "Oosterzee"),
    P("EMAIL", "r.vanoosterzee@kpnmail.nl"), P("PHONE", "0031 6 5127 8830"),
    P("ADDRESS", "Amersfoortseweg 214, 3735 LL Bosch en Duin", "Amersfoortseweg 214", "3735 LL"),
    P("PERSON", "Charlotte van Oosterzee-Thijssen", "Charlotte van Oosterzee-Thijssen", "Oosterzee-Thijssen",
      "Charlotte"),
    P("DOB", "14 maart 1951", "14 maart 1951", "14-03-1951"),
    P("PERSON", "Jolien Akkermans", "Jolien Akkermans", "J.C. Akkermans", "Akkermans", "Jolien"),
    P("EMAIL", "akkermans@lindeboomravesteijn.nl"), P("PHONE", "020 - 5703 418"),
    # sole trader
    P("PERSON", "Gerrit Dijkhuizen", "Gerrit Dijkhuizen", "Dijkhuizen", "G.H. Dijkhuizen", "Gerrit", "DIJKHUIZEN"),
    P("EMAIL", "gerrit@kunsttransportdijkhuizen.nl", "gerrit@kunsttransportdijkhuizen.nl",
      "kunsttransportdijkhuizen.nl"),
    P("PHONE", "06-22 90 31 48"),
    P("ADDRESS", "Zutphenseweg 7a, 7211 EB Eefde", "Zutphenseweg 7a", "7211 EB"),
    P("IBAN", "NL44 RABO 0312 4456 78", "NL44 RABO 0312 4456 78", "NL44RABO0312445678"),
    P("KVK", "81234567"), P("VAT", "NL003912845B71"),
    P("PERSON", "Mehmet Yıldız", "Mehmet Yıldız", "Yıldız", "M. Yıldız", "Mehmet"),
    # journalist
    P("PERSON", "Daphne Roelofs", "Daphne Roelofs", "Roelofs", "D. Roelofs", "Daphne"),
    P("EMAIL", "d.roelofs.journalist@gmail.com"), P("PHONE", "06 1299 4735"),
    P("ADDRESS", "Assenstraat 19-bis, 7411 JX Deventer", "Assenstraat 19-bis", "7411 JX"),
    # others
    P("PERSON", "Sjoerd Terpstra", "Sjoerd Terpstra", "Terpstra", "S. Terpstra", "Sjoerd"),
    P("EMAIL", "s.terpstra@rce.nl"), P("PHONE", "033-421 77 09"),
    P("PERSON", "Annelies Bouwhuis", "Annelies Bouwhuis", "Bouwhuis", "A. Bouwhuis", "Annelies"),
    P("EMAIL", "annelies@bouwhuisrestauratie.nl"), P("PHONE", "023 - 531 90 12"),
    P("PERSON", "Dirk-Pieter Hamelink", "Dirk-Pieter Hamelink", "Hamelink", "D.P. Hamelink"),
    P("EMAIL", "dp.hamelink@artsure-verzekeringen.nl"),
    P("PERSON", "Zoë Kramer-Nuñez", "Zoë Kramer-Nuñez", "Kramer-Nuñez", "Zoë"),
    P("EMAIL", "zoë.kramer@minocw.nl"),
    P("BSN", "BSN 204913587", "204913587"),
    P("HEALTH", "hartoperatie", "hartoperatie"),
    P("PERSON", "Pepijn Huisman", "Pepijn Huisman", "Huisman", "Pep"),
]

K = [(k, t) for k, ts in {
    "ORG": ["Ministerie van Onderwijs, Cultuur en Wetenschap", "OCW", "Erfgoedinspectie", "Rijksdienst voor het Cultureel Erfgoed",
            "RCE", "Museum Van Heeckeren", "Mondriaan Fonds", "Vereniging Rembrandt", "BankGiro Loterij",
            "Stichting Thorbecke Erfgoed", "Tweede Kamer", "De Stentor", "Lindeboom & Ravesteijn Advocaten",
            "Museumvereniging", "Raad voor Cultuur", "gemeente Deventer", "Directie Erfgoed en Kunsten",
            "Kunsttransport", "Artsure Verzekeringen", "Rijksvastgoedbedrijf", "DUS-I"],
    "PUBLIC_PERSON": ["minister Meinders", "Meinders", "staatssecretaris Van Dalfsen", "Van Dalfsen",
                      "Kamerlid Tielens-Wubbe", "Tielens-Wubbe", "Van Baarsel", "wethouder Klaassens",
                      "burgemeester Rouwenhorst"],
    "NOT_PERSON": ["Johannes Verspronck", "Verspronck", "Portret van een dame met waaier", "Johan Huizingazaal",
                   "Thorbecke", "Hendrick Avercamp", "Jan Steen-vleugel", "Geert Grootehuis"],
    "PLACE": ["Deventer", "Den Haag", "Amsterdam", "Brink 41", "Rijnstraat 50", "Zwolle", "Amersfoort", "Haarlem"],
    "LAW": ["Erfgoedwet", "Wet open overheid", "Woo", "Kaderregeling subsidies OCW, SZW en VWS", "Algemene wet bestuursrecht",
            "Indemniteitsregeling", "Awb", "AVG", "Museumnorm 2025"],
    "REF": ["OCW/EK-2026/118842", "WOO-OCW-2026-0412", "EI-2026-033", "SUB-2025-1187432", "2026Z04417",
            "2026D18230", "F-2026-0317", "OCW/EK-2026/121907", "LEN-2019-004"],
    "FUNC_CONTACT": ["woo@minocw.nl", "info@erfgoedinspectie.nl", "info@museumvanheeckeren.nl", "1400",
                     "070 412 3456", "subsidies@minocw.nl", "pers@minocw.nl", "0800-1234 500"],
    "TERM": ["klimaatbeheersing", "bruikleenovereenkomst", "facility report", "condition report", "renovatie",
             "relatieve luchtvochtigheid", "depot", "beslisnota", "subsidievaststelling", "indemniteit",
             "Informatie die niet openbaar gemaakt kan worden", "Motivering", "5.1.2e", "5.1.1e", "5.1.1c",
             "5.2.1", "Hoogachtend", "namens dezen", "inventarislijst", "deels openbaar", "openbaar",
             "niet openbaar", "HVAC", "climate box", "crate", "Eefde"],
    "ROLE": ["beleidsmedewerker", "senior beleidsadviseur", "juridisch adviseur", "afdelingshoofd",
             "Woo-coördinator", "directeur Erfgoed en Kunsten", "inspecteur", "conservator", "directeur-bestuurder",
             "zakelijk leider", "woordvoerder", "registrar", "politiek assistent"],
}.items() for t in ts]

MOT = ["## Informatie die niet openbaar gemaakt kan worden",
       "## Motivering",
       "In de openbaar gemaakte versie van dit document zijn persoonsgegevens van ambtenaren en derden "
       "verwijderd op grond van artikel 5.1, tweede lid, onder e, van de Woo (5.1.2e)."]

RL = dict(producer="ReportLab PDF Library - www.reportlab.com")
WORD = dict(producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365")
OUTLOOK = dict(producer="Microsoft: Print To PDF", creator="Microsoft Outlook")
ASPOSE = dict(producer="Aspose.PDF for .NET 23.4", creator="Aspose Pty Ltd.")
ITEXT = dict(producer="iText® 7.2.5 ©2000-2023 iText Group NV (AGPL-version)", creator="Corsa Documentbeheer")
NITRO = dict(producer="Nitro PDF PixelPerfect 13.70", creator="Nitro Pro")
PDFPEN = dict(producer="PDFpen 13.2", creator="PDFpen")
SCANNER = dict(producer="RICOH IM C3000 PDF Converter", creator="RICOH IM C3000")

D = []

D.append(Doc("mu01_woo_verzoek", [
    "Daphne Roelofs", "Assenstraat 19-bis", "7411 JX Deventer", "E-mail: d.roelofs.journalist@gmail.com",
    "Tel. 06 1299 4735", "",
    "Aan: Ministerie van Onderwijs, Cultuur en Wetenschap, t.a.v. de Woo-coördinator, woo@minocw.nl", "",
    "Deventer, 12 februari 2026", "",
    "Onderwerp: Woo-verzoek subsidie renovatie Museum Van Heeckeren en bruikleen Verspronck", "",
    "Geachte heer, mevrouw,", "",
    "Als journalist van De Stentor verzoek ik u op grond van de Wet open overheid (Woo) om openbaarmaking van alle "
    "documenten over de subsidie (SUB-2025-1187432) aan Museum Van Heeckeren in Deventer voor de renovatie en "
    "klimaatbeheersing van het museumgebouw aan de Brink 41, en over het geschil met de particuliere bruikleengever "
    "van het schilderij Portret van een dame met waaier van Johannes Verspronck.",
    "Het gaat mij om correspondentie, nota's aan minister Meinders en staatssecretaris Van Dalfsen, het rapport "
    "van de Erfgoedinspectie en interne e-mails over de periode 1 januari 2025 tot heden.",
    "Ik ontvang de stukken graag digitaal. Voor vragen ben ik bereikbaar via 06 1299 4735.", "",
    "Met vriendelijke groet,", "", "Daphne Roelofs", "freelance journalist"],
    font="dejavu", **WORD, author="Daphne Roelofs", no_keep=["Deventer"]))

D.append(Doc("mu02_ontvangstbevestiging", [
    "# Ministerie van Onderwijs, Cultuur en Wetenschap",
    "Rijnstraat 50 | Den Haag | Postbus 16375 | 2500 BJ Den Haag | www.rijksoverheid.nl", "",
    "Mevrouw D. Roelofs", "Assenstraat 19-bis", "7411 JX Deventer", "",
    "Datum: 16 februari 2026", "Ons kenmerk: WOO-OCW-2026-0412", "Contactpersoon: Ingrid Oudshoorn, Woo-coördinator",
    "T 06 5310 2284 | E i.oudshoorn@minocw.nl", "",
    "Onderwerp: ontvangstbevestiging Woo-verzoek", "",
    "Geachte mevrouw Roelofs,", "",
    "Op 12 februari 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen over de subsidie aan "
    "Museum Van Heeckeren en de bruikleen van het werk van Johannes Verspronck. Uw verzoek is geregistreerd onder "
    "kenmerk WOO-OCW-2026-0412. Wij beslissen binnen vier weken; deze termijn kan met twee weken worden verdaagd.",
    "Bij de beoordeling worden derden (het museum en de bruikleengever) mogelijk in de gelegenheid gesteld hun zienswijze "
    "te geven. Voor algemene vragen kunt u bellen met Informatie Rijksoverheid via 1400 of mailen naar woo@minocw.nl.", "",
    "Hoogachtend,", "De minister van Onderwijs, Cultuur en Wetenschap,", "namens dezen,", "",
    "Ingrid Oudshoorn", "Woo-coördinator"], font="times", **ASPOSE, no_keep=["Deventer"]))

D.append(Doc("mu03_brief_museumdirecteur", [
    "# Museum Van Heeckeren",
    "Brink 41 | 7411 BV Deventer | info@museumvanheeckeren.nl", "",
    "Aan de minister van Onderwijs, Cultuur en Wetenschap", "t.a.v. Directie Erfgoed en Kunsten", "Postbus 16375",
    "2500 BJ Den Haag", "",
    "Deventer, 3 september 2025", "Betreft: aanvraag subsidie renovatie en klimaatbeheersing (SUB-2025-1187432)", "",
    "Excellentie,", "",
    "Namens het bestuur van Museum Van Heeckeren vraag ik een projectsubsidie aan op grond van de Kaderregeling "
    "subsidies OCW, SZW en VWS voor de renovatie van de Johan Huizingazaal en de Jan Steen-vleugel. De huidige "
    "installaties voor klimaatbeheersing voldoen niet meer aan de Museumnorm 2025: de relatieve luchtvochtigheid "
    "schommelde in 2024 tussen 38 en 71 procent.",
    "De totale kosten bedragen EUR 2.480.000. De gemeente Deventer draagt EUR 600.000 bij, het Mondriaan Fonds "
    "EUR 250.000 en de BankGiro Loterij EUR 180.000. Wij vragen het Rijk om EUR 1.150.000.",
    "Zonder renovatie kunnen wij belangrijke bruiklenen niet behouden. Dit geldt in het bijzonder voor het "
    "Portret van een dame met waaier van Johannes Verspronck, dat sinds 2019 in bruikleen is van de heer "
    "R.A.M. van Oosterzee (bruikleenovereenkomst LEN-2019-004).",
    "Voor inhoudelijke vragen kunt u contact opnemen met onze zakelijk leider, de heer B.J. Ophof, "
    "telefoon 0570-614 433, e-mail bartjan.ophof@museumvanheeckeren.nl.", "",
    "Met de meeste hoogachting,", "", "dr. W.E. Sprenkels", "directeur-bestuurder",
    "T 0570 61 44 20 | w.sprenkels@museumvanheeckeren.nl"], **WORD, font="serif"))

D.append(Doc("mu04_brief_bruikleengever", [
    "R.A.M. van Oosterzee", "Amersfoortseweg 214", "3735 LL Bosch en Duin", "r.vanoosterzee@kpnmail.nl",
    "0031 6 5127 8830", "",
    "Aan de staatssecretaris van Onderwijs, Cultuur en Wetenschap", "Postbus 16375, 2500 BJ Den Haag", "",
    "Bosch en Duin, 28 oktober 2025", "", "Betreft: mijn schilderij in Museum Van Heeckeren", "",
    "Hooggeachte staatssecretaris Van Dalfsen,", "",
    "Sinds 2019 leen ik het Portret van een dame met waaier van Johannes Verspronck uit aan Museum Van Heeckeren. "
    "Bij mijn bezoek op 11 oktober jl. zag ik dat het paneel in de Johan Huizingazaal hing terwijl daar de "
    "bouwwerkzaamheden al waren begonnen. Er hing stof in de lucht en de climate box stond open. Ik heb dit direct "
    "gemeld bij de conservator, mevrouw Marchetti, en bij directeur Sprenkels.",
    "Ik eis dat het werk binnen veertien dagen wordt teruggebracht naar mijn woning aan de Amersfoortseweg 214, "
    "op kosten van het museum, en dat een onafhankelijk condition report wordt opgesteld. Omdat het museum "
    "Rijkssubsidie ontvangt, verzoek ik u de Erfgoedinspectie een onderzoek te laten doen.",
    "Mijn echtgenote, mevrouw Charlotte van Oosterzee-Thijssen, en ik zijn uiterst teleurgesteld. Ik herstel nog "
    "van een hartoperatie en kan mij deze zorgen eigenlijk niet veroorloven.",
    "Mijn advocaat, mr. J.C. Akkermans van Lindeboom & Ravesteijn Advocaten te Amsterdam (020 - 5703 418), "
    "ontvangt graag een afschrift van uw antwoord.", "",
    "Hoogachtend,", "", "R.A.M. van Oosterzee"], font="times", **NITRO, author="Reinout van Oosterzee",
    extra_keep=[("PUBLIC_PERSON", "staatssecretaris Van Dalfsen")]))

D.append(Doc("mu05_mailthread_subsidie", [
    "Van: Ter Horst-Wiegman, Femke <f.terhorst-wiegman@minocw.nl>",
    "Verzonden: dinsdag 14 oktober 2025 16:02",
    "Aan: Hul, Joost van 't <j.vanthul@minocw.nl>; Kleijn, Maarten de <m.dekleijn@minocw.nl>",
    "CC: Demirtaş, Ayşe <a.demirtas@minocw.nl>; subsidies@minocw.nl",
    "Onderwerp: RE: aanvraag Van Heeckeren - advies beschikking", "",
    "Hoi Joost,", "",
    "De aanvraag SUB-2025-1187432 is compleet. Het facility report van het museum laat zien dat de HVAC-installatie "
    "uit 1994 stamt. Ik stel voor 1.150.000 euro te verlenen onder de voorwaarde dat bruiklenen tijdens de renovatie "
    "naar een extern depot gaan. Ayşe kijkt nog naar de staatssteunparagraaf.", "",
    "Groet, Femke", "Femke ter Horst-Wiegman | beleidsmedewerker | Directie Erfgoed en Kunsten",
    "Ministerie van Onderwijs, Cultuur en Wetenschap | Rijnstraat 50 | Den Haag | M 06-41 27 83 95", "",
    "-----Oorspronkelijk bericht-----",
    "Van: Demirtaş, Ayşe <a.demirtas@minocw.nl>",
    "Verzonden: maandag 13 oktober 2025 15:20",
    "Aan: Ter Horst-Wiegman, Femke <f.terhorst-wiegman@minocw.nl>",
    "Onderwerp: RE: staatssteun Van Heeckeren", "",
    "Femke, de activiteit van het museum is overwegend niet-economisch; de subsidie valt daarom buiten de "
    "staatssteunregels. Ik zet het in een korte notitie. Bel me als er vragen zijn: +31 (0)6 2938 1147. Ayşe", "",
    "-----Oorspronkelijk bericht-----",
    "Van: Hul, Joost van 't <j.vanthul@minocw.nl>",
    "Verzonden: maandag 13 oktober 2025 09:41",
    "Aan: Ter Horst-Wiegman, Femke <f.terhorst-wiegman@minocw.nl>",
    "Onderwerp: aanvraag Van Heeckeren - advies beschikking", "",
    "Femke, kun jij voor donderdag een conceptbeschikking maken? Maarten wil de nota nog deze week naar de "
    "staatssecretaris. Let op: de directeur-bestuurder, mevrouw Sprenkels, belde gisteren over de bruikleen van "
    "Van Oosterzee. Zij is bang dat hij het werk terugtrekt.", "",
    "Joost van 't Hul", "senior beleidsadviseur musea | T 070 412 3377",
    "", "Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent of dit "
    "bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden en het bericht te "
    "verwijderen. De Staat aanvaardt geen aansprakelijkheid voor schade, van welke aard ook, die verband houdt met "
    "risico's verbonden aan het elektronisch verzenden van berichten."], **OUTLOOK, font="dejavu", size=13))

D.append(Doc("mu06_beslisnota_subsidie", [
    "# Beslisnota",
    "| Aan | staatssecretaris Van Dalfsen |",
    "| Van | Directie Erfgoed en Kunsten |",
    "| Datum | 22 oktober 2025 |",
    "| Kenmerk | OCW/EK-2026/118842 |",
    "| Contactpersoon | Femke ter Horst-Wiegman, T 06-41 27 83 95 |",
    "| Kopie aan | minister Meinders, DUS-I |",
    "## Onderwerp: subsidie renovatie Museum Van Heeckeren",
    "## Aanleiding",
    "Museum Van Heeckeren in Deventer heeft op 3 september 2025 een projectsubsidie aangevraagd van EUR 1.150.000 "
    "voor renovatie en klimaatbeheersing. Tegelijk is een geschil ontstaan met een particuliere bruikleengever over "
    "het Portret van een dame met waaier van Johannes Verspronck.",
    "## Geadviseerd besluit",
    "Aan de staatssecretaris wordt gevraagd in te stemmen met verlening van de subsidie onder de voorwaarde dat alle "
    "bruiklenen tijdens de werkzaamheden in een extern depot worden ondergebracht, en de Erfgoedinspectie te vragen "
    "de omgang met de bruikleen te onderzoeken.",
    "## Kern",
    "- De aanvraag past binnen de Kaderregeling subsidies OCW, SZW en VWS en het budget Erfgoed 2026.",
    "- De Raad voor Cultuur adviseerde in 2024 positief over de collectie van het museum.",
    "- De bruikleengever heeft zich rechtstreeks tot u gewend; zijn advocaat dreigt met een procedure.",
    "## Krachtenveld",
    "De gemeente Deventer (wethouder Klaassens) en het Mondriaan Fonds dragen bij. Kamerlid Tielens-Wubbe heeft "
    "aangekondigd vragen te stellen.",
    "## Paraafroute",
    "| Naam | Functie | Paraaf | Datum |",
    "| F. ter Horst-Wiegman | beleidsmedewerker | FtH | 22-10-2025 |",
    "| J. van 't Hul | senior beleidsadviseur | JvtH | 22-10-2025 |",
    "| M. de Kleijn | afdelingshoofd | MdK | 23-10-2025 |",
    "| R.J. Brinkhorst | directeur Erfgoed en Kunsten | RB | 24-10-2025 |",
    *MOT], engine="docx", size=10, author="Femke ter Horst-Wiegman",
    extra_redact=[P("PARAPH", "RB", "RB")]))

D.append(Doc("mu07_nota_staatssecretaris_paraaf", [
    "# Notitie voor de staatssecretaris",
    "Datum: 29 oktober 2025 | Kenmerk: OCW/EK-2026/121907",
    "Van: Ruud Brinkhorst, directeur Erfgoed en Kunsten (r.brinkhorst@minocw.nl)",
    "Via: politiek assistent Thijs Wolters (thijs.wolters@minocw.nl, 06-1744 9021)", "",
    "## Brief van de bruikleengever",
    "De heer Van Oosterzee heeft u op 28 oktober 2025 rechtstreeks geschreven. Hij eist teruggave van het werk en een "
    "onderzoek door de Erfgoedinspectie. Wij adviseren u de brief niet zelf te beantwoorden maar de directie te laten "
    "reageren, en de inspectie om een onafhankelijk onderzoek te vragen.",
    "De brief vermeldt medische informatie over de heer Van Oosterzee; deze wordt niet verder gedeeld.",
    "## Handgeschreven aantekening van de staatssecretaris (overgenomen)",
    "\"Akkoord met inspectieonderzoek. Graag vóór het kerstreces een update; bel mij als de advocaat gaat procederen. "
    "- VD\"",
    "## Routing",
    "| Stap | Wie | Paraaf | Datum |",
    "| 1 | directeur Erfgoed en Kunsten | RB | 29-10 |",
    "| 2 | politiek assistent | TWo | 30-10 |",
    "| 3 | staatssecretaris Van Dalfsen | VD | 31-10 |",
    "| 4 | secretariaat (Noor el Khatib) | retour DEK | 03-11 |",
    *MOT], font="helv", **ITEXT, extra_redact=[P("PARAPH", "RB", "RB")],
    extra_keep=[("PUBLIC_PERSON", "VD")]))

D.append(Doc("mu08_nota_minister", [
    "# Nota aan de minister",
    "Aan: minister Meinders | Van: directeur Erfgoed en Kunsten | Datum: 5 november 2025",
    "Behandeld door: Maarten de Kleijn (m.dekleijn@minocw.nl, 070-412 3590) en Zoë Kramer-Nuñez (zoë.kramer@minocw.nl)",
    "Onderwerp: indemniteit en bruikleengeschil Museum Van Heeckeren", "",
    "## Aanleiding",
    "De staatssecretaris is verantwoordelijk voor het erfgoeddossier, maar u bent als minister aangesproken in de "
    "Indemniteitsregeling: het werk van Verspronck staat op de lijst van werken waarvoor de Staat garant staat bij "
    "schade tijdens bruikleen. De verzekeraar van de bruikleengever, Artsure Verzekeringen, heeft de Staat "
    "aansprakelijk gesteld (contactpersoon D.P. Hamelink, dp.hamelink@artsure-verzekeringen.nl).",
    "## Advies",
    "Wij adviseren u kennis te nemen van de stand van zaken en in te stemmen met het voorstel om de indemniteit te "
    "laten beoordelen door de Landsadvocaat. Het condition report van 20 oktober 2025 meldt lichte stofaanslag en "
    "een haarscheur in de vernislaag; schade aan de verflaag is niet vastgesteld.",
    "## Paraaf",
    "| Naam | Functie | Paraaf | Datum |",
    "| Maarten de Kleijn | afdelingshoofd | MdK | 05-11-2025 |",
    "| Zoë Kramer-Nuñez | jurist | ZKN | 05-11-2025 |",
    "| minister Meinders | minister | gezien | 10-11-2025 |",
    *MOT], font="dejavu", **WORD, size=10, extra_redact=[P("PARAPH", "ZKN", "ZKN")],
    extra_keep=[("ORG", "Landsadvocaat")]))

D.append(Doc("mu09_erfgoedinspectie_rapport", [
    "# Erfgoedinspectie",
    "## Rapport van onderzoek EI-2026-033: omgang met bruikleen in Museum Van Heeckeren",
    "Datum: 19 januari 2026 | Inspecteurs: H.J. Brouwers-Lam en M. Scholtens-Adema",
    "Contact: info@erfgoedinspectie.nl | Postbus 16478 | 2500 BL Den Haag", "",
    "## 1. Aanleiding en opdracht",
    "Op verzoek van staatssecretaris Van Dalfsen heeft de Erfgoedinspectie onderzocht of Museum Van Heeckeren "
    "zorgvuldig is omgegaan met het in bruikleen gegeven Portret van een dame met waaier van Johannes Verspronck "
    "tijdens de renovatie van de Johan Huizingazaal. Het onderzoek vond plaats op grond van de Erfgoedwet.",
    "## 2. Werkwijze",
    "De inspecteurs bezochten het museum op 2 en 9 december 2025. Zij spraken met de directeur-bestuurder "
    "(W.E. Sprenkels), de conservator (E. Marchetti), de registrar (K. Vlasblom) en de zakelijk leider "
    "(B.J. Ophof). De bruikleengever, de heer Van Oosterzee, is op 15 december 2025 telefonisch gehoord in "
    "aanwezigheid van zijn advocaat mr. Akkermans. Ook is gesproken met de vervoerder, de heer G.H. Dijkhuizen.",
    "## 3. Bevindingen",
    "3.1 De bruikleenovereenkomst LEN-2019-004 schrijft voor dat het werk bij verbouwing naar een depot met "
    "klimaatbeheersing gaat. Dat is niet gebeurd: het werk bleef tot 14 oktober 2025 in de zaal hangen.",
    "3.2 De dataloggers registreerden op 8 tot en met 13 oktober 2025 een relatieve luchtvochtigheid tussen 41 en 66 "
    "procent, buiten de bandbreedte van de Museumnorm 2025 (45-55 procent).",
    "3.3 De climate box werd volgens de registrar op 10 oktober geopend voor een inspectie door de verzekeraar en "
    "daarna niet goed gesloten. Het condition report van 20 oktober 2025 (opgesteld door restaurator "
    "Annelies Bouwhuis) toont een haarscheur in de vernislaag en stofaanslag.",
    "3.4 Het transport naar het depot in Eefde op 14 oktober verliep volgens de regels: crate met "
    "schokindicatoren, twee begeleiders (G.H. Dijkhuizen en M. Yıldız) en een transportlog.",
    "## 4. Conclusies",
    "Het museum heeft de bruikleenovereenkomst op één punt niet nageleefd. Er is geen aanwijzing voor blijvende "
    "schade. De inspectie beveelt aan de voorwaarden uit de subsidiebeschikking SUB-2025-1187432 strikt toe te "
    "passen en een protocol bruiklenen tijdens verbouwing op te stellen, naar het model van de Museumvereniging.",
    "## 5. Reactie van het museum",
    "Het museum onderschrijft de bevindingen. Directeur Sprenkels laat weten dat de Jan Steen-vleugel pas wordt "
    "gerenoveerd nadat alle bruiklenen in het depot zijn ondergebracht.", "",
    "H.J. Brouwers-Lam, inspecteur (06-18 44 09 27, h.brouwers@erfgoedinspectie.nl)",
    "M. Scholtens-Adema, inspecteur (070 - 312 66 81, m.scholtens@erfgoedinspectie.nl)"],
    font="serif", size=11.5, **ITEXT,
    outline=[("Rapport EI-2026-033", 0), ("Bevindingen - concept Pepijn Huisman", 0), ("Review Sjoerd Terpstra RCE", 1)],
    hidden=[P("PERSON", "Pepijn Huisman", "Pepijn Huisman") | {"channel": "outline"},
            P("PERSON", "Sjoerd Terpstra", "Sjoerd Terpstra") | {"channel": "outline"}]))

D.append(Doc("mu10_mail_inspectie_rce", [
    "Van: Sjoerd Terpstra <s.terpstra@rce.nl>",
    "Verzonden: woensdag 3 december 2025 11:15",
    "Aan: Brouwers-Lam, Hendrik-Jan <h.brouwers@erfgoedinspectie.nl>",
    "CC: Scholtens-Adema, Margriet <m.scholtens@erfgoedinspectie.nl>",
    "Onderwerp: RE: vraag klimaatdata Van Heeckeren (EI-2026-033)", "",
    "Beste Hendrik-Jan,", "",
    "In de bijlage de analyse van de dataloggers uit de Johan Huizingazaal. De Rijksdienst voor het Cultureel Erfgoed "
    "ziet geen acute schade door de schommeling in relatieve luchtvochtigheid, maar een paneel van deze ouderdom is "
    "gevoelig. Ik raad aan het condition report van mevrouw Bouwhuis op te vragen.",
    "Bel gerust: 033-421 77 09.", "",
    "Met groet,", "Sjoerd Terpstra", "adviseur behoud en beheer, RCE, Amersfoort", "",
    "Van: Brouwers-Lam, Hendrik-Jan", "Verzonden: dinsdag 2 december 2025 18:30", "Aan: Terpstra, Sjoerd",
    "Onderwerp: vraag klimaatdata Van Heeckeren", "",
    "Sjoerd, Margriet en ik waren vandaag in Deventer. Kun jij de loggerdata beoordelen? Groet, Hendrik-Jan"],
    **OUTLOOK, font="helv"))

D.append(Doc("mu11_teams_chat", [
    "# Teams-chat 'Van Heeckeren / bruikleen' (export 21-10-2025)",
    "[20-10-2025 08:52] Femke ter Horst-Wiegman: Goedemorgen! Condition report is binnen, haarscheur in vernis.",
    "[20-10-2025 08:55] Joost van 't Hul: Au. Weet Maarten het al?",
    "[20-10-2025 08:57] Femke ter Horst-Wiegman: Nog niet, hij zit bij de DG. Ayşe, kun jij kijken wat de Indemniteitsregeling zegt?",
    "[20-10-2025 09:10] Ayşe Demirtaş: Ja. Als het werk op de indemniteitslijst staat is de Staat mogelijk aansprakelijk. Ik check het met Zoë.",
    "[20-10-2025 09:12] Joost van 't Hul: Top. Femke, zet jij het in de beslisnota onder Krachtenveld?",
    "[20-10-2025 09:30] Femke ter Horst-Wiegman: Doe ik. Noor van het secretariaat vraagt of de staatssecretaris er vrijdag over gebrieft kan worden.",
    "[20-10-2025 09:31] Joost van 't Hul: Prima, vraag Thijs of het in de map kan. 👍",
    "[20-10-2025 10:02] Ayşe Demirtaş: Overigens: Van Oosterzee heeft ook de pers benaderd, volgens de woordvoerder (Lotte Zandbergen).",
    "[20-10-2025 10:04] Joost van 't Hul: Oei. Dan moeten we een Q&A klaar hebben. Ik mail pers@minocw.nl.",
    "", *MOT], font="dejavu", size=9.5, producer="Microsoft Teams (export) via Microsoft: Print To PDF",
    creator="Microsoft Teams", extra_keep=[("PUBLIC_PERSON", "Lotte Zandbergen")]))

D.append(Doc("mu12_whatsapp_museum", [
    "# WhatsApp-chat met 'MT Van Heeckeren' (geëxporteerd)",
    "11-10-25 17:44 - Wil: Eline, de heer Van Oosterzee stond net in de Huizingazaal. Hij is woedend over het stof.",
    "11-10-25 17:46 - Eline Marchetti: 😬 Ik had de box dicht gedaan vrijdag. Koen, heb jij hem na de verzekeraar nog gecheckt?",
    "11-10-25 17:50 - Koen: Nee sorry, was vrij. Ik bel Dijkhuizen of hij maandag al kan rijden naar Eefde.",
    "11-10-25 17:52 - Bart-Jan Ophof: Let op wat we schrijven, dit kan een claim worden. Wil, bel jij OCW maandag? Femke is de contactpersoon.",
    "11-10-25 17:55 - Wil: Doe ik. Bart-Jan, zoek jij de bruikleenovereenkomst op? Artikel 6 over verbouwing.",
    "11-10-25 18:20 - Koen: Gerrit kan maandag 14-10 om 7.00 uur, met Mehmet als tweede man. Crate staat nog in het depot.",
    "11-10-25 18:21 - Eline Marchetti: Top. Ik maak het condition report klaar voor Annelies.",
    "12-10-25 09:03 - Bart-Jan Ophof: Mevrouw Van Oosterzee-Thijssen belde me thuis. Ik heb gezegd dat we maandag verhuizen.",
    "12-10-25 09:05 - Wil: 👍"], font="dejavu", size=10, **PDFPEN,
    ))

D.append(Doc("mu13_factuur_kunsttransport", [
    "# Kunsttransport Dijkhuizen",
    "G.H. Dijkhuizen | Zutphenseweg 7a | 7211 EB Eefde",
    "T 06-22 90 31 48 | gerrit@kunsttransportdijkhuizen.nl",
    "KvK 81234567 | btw-id NL003912845B71 | IBAN NL44 RABO 0312 4456 78", "",
    "Aan: Museum Van Heeckeren, t.a.v. crediteurenadministratie, Brink 41, 7411 BV Deventer", "",
    "## FACTUUR F-2026-0317",
    "Factuurdatum: 21 oktober 2025 | Uw referentie: LEN-2019-004 / renovatie", "",
    "| Omschrijving | Aantal | Prijs | Bedrag |",
    "| Klimaattransport paneel Verspronck, Deventer - depot Eefde, 14-10-2025 | 1 | 685,00 | 685,00 |",
    "| Tweede begeleider (M. Yıldız), 4 uur | 4 | 42,50 | 170,00 |",
    "| Huur crate met schokindicatoren | 1 | 120,00 | 120,00 |",
    "| Spoedtoeslag (zaterdagbestelling) | 1 | 95,00 | 95,00 |",
    "| Subtotaal | | | 1.070,00 |",
    "| BTW 21% | | | 224,70 |",
    "| Totaal | | | 1.294,70 |", "",
    "Gelieve binnen 30 dagen te betalen op IBAN NL44 RABO 0312 4456 78 t.n.v. G.H. Dijkhuizen, onder vermelding "
    "van factuurnummer F-2026-0317.", "Vervoer conform de Algemene Vervoerscondities; kunstvoorwerpen verzekerd via "
    "Artsure Verzekeringen."], font="helv", producer="Moneybird PDF (wkhtmltopdf 0.12.6)", creator="Moneybird",
    extra_keep=[("REF", "F-2026-0317")], no_keep=["Eefde"]))

D.append(Doc("mu14_scan_brief_echtgenote", [
    "# Handgeschreven brief (gescand)",
    "Bosch en Duin, 2 november 2025", "",
    "~ Geachte staatssecretaris,",
    "~ Mijn man Reinout ligt nog in het ziekenhuis",
    "~ na zijn hartoperatie. Wij willen ons",
    "~ schilderij gewoon terug, zonder gedoe.",
    "~ Bel mij gerust: 0031 6 5127 8830",
    "~ Met vriendelijke groet,",
    "~ Charlotte van Oosterzee-Thijssen", "",
    "Ingekomen OCW 05-11-2025  registratie OCW/EK-2026/121907"],
    scan={"angle": 0.7}, **SCANNER,
    hidden=[P("PERSON", "Charlotte van Oosterzee-Thijssen", "Oosterzee-Thijssen", "Charlotte") | {"channel": "ocr"},
            P("PERSON", "Reinout van Oosterzee", "Reinout") | {"channel": "ocr"},
            P("HEALTH", "hartoperatie") | {"channel": "ocr"},
            P("PHONE", "0031 6 5127 8830") | {"channel": "ocr"}]))

D.append(Doc("mu15_scan_transportbon", [
    "# TRANSPORTBON / AFLEVERBEWIJS",
    "Kunsttransport Dijkhuizen - Eefde",
    "Datum: 14-10-2025  Vertrek Deventer 07:40",
    "Object: Verspronck, paneel, in crate nr. 12",
    "Schokindicator: niet geactiveerd", "",
    "Chauffeur: G.H. Dijkhuizen",
    "Bijrijder: M. Yildiz",
    "Afgegeven door: K. Vlasblom (registrar)",
    "Ontvangen depot door: E. Marchetti", "",
    "~ Handtekening: G. Dijkhuizen",
    "~ Voor ontvangst: Eline Marchetti"],
    scan={"angle": -0.8}, **SCANNER,
    hidden=[P("PERSON", "Gerrit Dijkhuizen", "Dijkhuizen") | {"channel": "ocr"},
            P("PERSON", "Mehmet Yıldız", "Yildiz") | {"channel": "ocr"},
            P("PERSON", "Koen Vlasblom", "Vlasblom") | {"channel": "ocr"},
            P("PERSON", "Eline Marchetti", "Marchetti", "Eline Marchetti") | {"channel": "ocr"}]))

D.append(Doc("mu16_scan_nota_paraaf", [
    "# Nota OCW/EK-2026/118842 - paraafblad",
    "Subsidie renovatie Museum Van Heeckeren", "",
    "Beleidsmedewerker: F. ter Horst-Wiegman  FtH",
    "Afdelingshoofd: M. de Kleijn  MdK",
    "Directeur: R.J. Brinkhorst", "",
    "~ Akkoord, mits depotvoorwaarde hard.",
    "~ Graag Kamervragen voorbereiden. VD",
    "~ gez. Brinkhorst 24/10"],
    scan={"angle": 0.5}, **SCANNER,
    hidden=[P("PERSON", "Femke ter Horst-Wiegman", "Horst-Wiegman", "FtH") | {"channel": "ocr"},
            P("PERSON", "Maarten de Kleijn", "Kleijn", "MdK") | {"channel": "ocr"},
            P("PERSON", "Ruud Brinkhorst", "Brinkhorst") | {"channel": "ocr"}]))

D.append(Doc("mu17_brief_advocaat", [
    "# Lindeboom & Ravesteijn Advocaten",
    "Keizersgracht 612 | 1017 ER Amsterdam | www.lindeboomravesteijn.nl", "",
    "Aan de staatssecretaris van Onderwijs, Cultuur en Wetenschap", "Per e-mail: subsidies@minocw.nl", "",
    "Amsterdam, 18 november 2025", "Inzake: Van Oosterzee / Museum Van Heeckeren", "Ons kenmerk: LR-25-0881/JCA", "",
    "Excellentie,", "",
    "Ik sta de heer R.A.M. van Oosterzee, wonende te Bosch en Duin, bij. Namens cliënt stel ik de Staat der "
    "Nederlanden aansprakelijk voor de schade aan het Portret van een dame met waaier van Johannes Verspronck, "
    "dat onder de Indemniteitsregeling in bruikleen is gegeven aan Museum Van Heeckeren.",
    "Museum Van Heeckeren ontvangt Rijkssubsidie (SUB-2025-1187432) onder voorwaarden die u zelf heeft gesteld. "
    "Door het werk tijdens de renovatie in de Johan Huizingazaal te laten hangen, is artikel 6 van de "
    "bruikleenovereenkomst LEN-2019-004 geschonden. De waardevermindering wordt voorlopig begroot op EUR 85.000.",
    "Ik verzoek u binnen twee weken te bevestigen dat de Staat de schade vergoedt. Cliënt geeft u in overweging het "
    "rapport van de Erfgoedinspectie af te wachten; hij is daartoe bereid mits het werk in de tussentijd in het "
    "depot in Eefde blijft.", "",
    "Hoogachtend,", "", "mr. J.C. Akkermans", "advocaat", "T 020 - 5703 418 | akkermans@lindeboomravesteijn.nl"],
    font="times", **WORD, extra_redact=[P("PARAPH", "JCA", "JCA")],
    extra_keep=[("REF", "LR-25-0881")]))

D.append(Doc("mu18_antwoord_advocaat", [
    "# Ministerie van Onderwijs, Cultuur en Wetenschap",
    "Directie Erfgoed en Kunsten | Rijnstraat 50 | Den Haag", "",
    "Lindeboom & Ravesteijn Advocaten", "t.a.v. mr. J.C. Akkermans", "Keizersgracht 612", "1017 ER Amsterdam", "",
    "Datum: 2 december 2025 | Kenmerk: OCW/EK-2026/121907 | Uw kenmerk: LR-25-0881", "",
    "Onderwerp: aansprakelijkstelling Van Oosterzee", "",
    "Geachte mevrouw Akkermans,", "",
    "Namens de staatssecretaris bevestig ik de ontvangst van uw brief van 18 november 2025. De Staat erkent geen "
    "aansprakelijkheid. De Erfgoedinspectie onderzoekt de gang van zaken (EI-2026-033); wij nemen een standpunt in "
    "zodra het rapport er is. Het werk blijft in afwachting daarvan in het depot in Eefde.",
    "De Indemniteitsregeling dekt uitsluitend schade die is ontstaan tijdens een tentoonstelling waarvoor "
    "indemniteit is verleend. Of daarvan sprake is, wordt beoordeeld door de Landsadvocaat.", "",
    "Hoogachtend,", "De staatssecretaris van Onderwijs, Cultuur en Wetenschap,", "namens dezen,",
    "het afdelingshoofd Musea en Beeldende Kunst,", "", "M. de Kleijn", "",
    "Contactpersoon: Ayşe Demirtaş, juridisch adviseur, +31 (0)6 2938 1147"],
    font="dejavu", **ASPOSE, extra_keep=[("REF", "LR-25-0881"), ("ORG", "Landsadvocaat")]))

D.append(Doc("mu19_subsidiebeschikking", [
    "# Ministerie van Onderwijs, Cultuur en Wetenschap",
    "Museum Van Heeckeren, t.a.v. het bestuur", "Brink 41", "7411 BV Deventer", "",
    "Datum: 7 november 2025 | Kenmerk: SUB-2025-1187432", "Onderwerp: verlening projectsubsidie renovatie", "",
    "Geacht bestuur,", "",
    "Op grond van de Kaderregeling subsidies OCW, SZW en VWS verleen ik u een subsidie van ten hoogste "
    "EUR 1.150.000 voor de renovatie en klimaatbeheersing van de Johan Huizingazaal en de Jan Steen-vleugel.",
    "## Voorwaarden",
    "1. Alle bruiklenen worden voor aanvang van de werkzaamheden overgebracht naar een depot dat voldoet aan de "
    "Museumnorm 2025.",
    "2. U meldt incidenten met bruiklenen binnen vijf werkdagen aan de Erfgoedinspectie via info@erfgoedinspectie.nl.",
    "3. U dient uiterlijk 1 juli 2027 een aanvraag tot subsidievaststelling in.",
    "## Bevoorschotting",
    "U ontvangt een voorschot van 80 procent op het rekeningnummer van de stichting dat bij DUS-I bekend is.",
    "## Bezwaar",
    "Tegen dit besluit kunt u binnen zes weken bezwaar maken op grond van de Algemene wet bestuursrecht (Awb).", "",
    "De staatssecretaris van Onderwijs, Cultuur en Wetenschap,", "namens deze,", "", "M. de Kleijn",
    "afdelingshoofd Musea en Beeldende Kunst", "",
    "Behandelaar: F. ter Horst-Wiegman, f.terhorst-wiegman@minocw.nl"], font="helv", **ITEXT))

D.append(Doc("mu20_kamervragen", [
    "# Tweede Kamer der Staten-Generaal",
    "2026Z04417", "",
    "Vragen van het lid Tielens-Wubbe (NSC) aan de staatssecretaris van Onderwijs, Cultuur en Wetenschap over de "
    "omgang met een bruikleen in een gesubsidieerd museum (ingezonden 4 februari 2026)", "",
    "1. Bent u bekend met het bericht 'Topstuk Verspronck verstoft tijdens verbouwing' in De Stentor van "
    "2 februari 2026?",
    "2. Klopt het dat Museum Van Heeckeren EUR 1.150.000 Rijkssubsidie ontvangt onder de voorwaarde dat bruiklenen "
    "tijdens de renovatie in een depot worden bewaard? Waarom is dit niet gebeurd?",
    "3. Wat zijn de conclusies van de Erfgoedinspectie? Bent u bereid het rapport naar de Kamer te sturen?",
    "4. Is de Staat aansprakelijk op grond van de Indemniteitsregeling? Zo ja, voor welk bedrag?",
    "5. Welke gevolgen heeft deze zaak voor het vertrouwen van particuliere bruikleengevers in Nederlandse musea?",
    "6. Kunt u deze vragen beantwoorden voor het commissiedebat Erfgoed?", "",
    "Toelichting: deze vragen sluiten aan bij eerdere vragen van het lid Van Baarsel (GL-PvdA) over de "
    "Museumnorm 2025 (2025Z19870).", "",
    "[stempel OCW] Ingekomen 05-02-2026 | toegewezen aan: J. van 't Hul (DEK), cc Z. Kramer-Nuñez (WJZ) | termijn 25-02-2026"], font="times", producer="Tweede Kamer - Parlis", creator="Parlis",
    extra_keep=[("REF", "2025Z19870"), ("PUBLIC_PERSON", "het lid Tielens-Wubbe")]))

D.append(Doc("mu21_antwoorden_kamervragen", [
    "# Antwoorden op Kamervragen 2026Z04417",
    "Antwoorden van staatssecretaris Van Dalfsen (Onderwijs, Cultuur en Wetenschap) op vragen van het lid "
    "Tielens-Wubbe (NSC) over de omgang met een bruikleen in een gesubsidieerd museum (2026D18230).", "",
    "## Vraag 1", "Bent u bekend met het bericht 'Topstuk Verspronck verstoft tijdens verbouwing' in De Stentor van 2 februari 2026?", "Antwoord 1:", "Ja.",
    "## Vraag 2", "Klopt het dat Museum Van Heeckeren EUR 1.150.000 Rijkssubsidie ontvangt onder de voorwaarde dat bruiklenen tijdens de renovatie in een depot worden bewaard? Waarom is dit niet gebeurd?", "Antwoord 2:",
    "Ja. In de subsidiebeschikking van 7 november 2025 is als voorwaarde opgenomen dat alle bruiklenen voor aanvang "
    "van de werkzaamheden naar een depot gaan. De voorbereidende werkzaamheden in de Johan Huizingazaal zijn echter "
    "al op 6 oktober 2025 begonnen, voor de verlening. Het werk van Verspronck is op 14 oktober naar een depot in "
    "Eefde overgebracht.",
    "## Vraag 3", "Wat zijn de conclusies van de Erfgoedinspectie? Bent u bereid het rapport naar de Kamer te sturen?", "Antwoord 3:",
    "De Erfgoedinspectie concludeert in haar rapport EI-2026-033 van 19 januari 2026 dat het museum de "
    "bruikleenovereenkomst op één punt niet heeft nageleefd, en dat er geen aanwijzing is voor blijvende schade. "
    "Ik stuur het rapport als bijlage bij deze antwoorden mee. Persoonsgegevens zijn daarin weggelakt.",
    "## Vraag 4", "Is de Staat aansprakelijk op grond van de Indemniteitsregeling? Zo ja, voor welk bedrag?", "Antwoord 4:",
    "De Landsadvocaat beoordeelt of de Indemniteitsregeling van toepassing is. Ik kan nu geen bedrag noemen. Ik "
    "informeer de Kamer zodra hierover duidelijkheid bestaat; dit doe ik samen met minister Meinders, die "
    "verantwoordelijk is voor de begroting van de indemniteit.",
    "## Vraag 5", "Welke gevolgen heeft deze zaak voor het vertrouwen van particuliere bruikleengevers in Nederlandse musea?", "Antwoord 5:",
    "Ik hecht aan het vertrouwen van particuliere bruikleengevers. Samen met de Museumvereniging wordt een protocol "
    "bruiklenen tijdens verbouwing opgesteld. De Raad voor Cultuur wordt gevraagd daarover te adviseren.",
    "## Vraag 6", "Kunt u deze vragen beantwoorden voor het commissiedebat Erfgoed?", "Antwoord 6:", "De vragen zijn zo spoedig mogelijk beantwoord.", "",
    "Ondertekening: de staatssecretaris van Onderwijs, Cultuur en Wetenschap, E.M. van Dalfsen"],
    font="helv", size=14, **WORD, author="Zoë Kramer-Nuñez", xmp_creator="Zoë Kramer-Nuñez",
    hidden=[P("PERSON", "Zoë Kramer-Nuñez", "Kramer-Nuñez") | {"channel": "metadata"}],
    extra_keep=[("PUBLIC_PERSON", "E.M. van Dalfsen"), ("PUBLIC_PERSON", "staatssecretaris Van Dalfsen")]))

D.append(Doc("mu22_verslag_overleg", [
    "# Verslag bestuurlijk-ambtelijk overleg renovatie Museum Van Heeckeren",
    "Datum: 25 november 2025, 14.00-15.30 uur | Locatie: Rijnstraat 50, Den Haag (zaal 12.04) en Teams", "",
    "| Aanwezig | Organisatie | Functie |",
    "| Joost van 't Hul (voorzitter) | OCW | senior beleidsadviseur |",
    "| Femke ter Horst-Wiegman (verslag) | OCW | beleidsmedewerker |",
    "| Ayşe Demirtaş | OCW | juridisch adviseur |",
    "| Willemijn Sprenkels | Museum Van Heeckeren | directeur-bestuurder |",
    "| Bart-Jan Ophof | Museum Van Heeckeren | zakelijk leider |",
    "| wethouder Klaassens | gemeente Deventer | wethouder cultuur |",
    "| Sjoerd Terpstra | RCE | adviseur behoud en beheer |",
    "Afwezig met bericht: Maarten de Kleijn (OCW).", "",
    "## 1. Stand renovatie",
    "Ophof meldt dat de aannemer in week 3 begint aan de Jan Steen-vleugel. Alle bruiklenen zijn in het depot in "
    "Eefde. De HVAC-installatie wordt in april 2026 opgeleverd.",
    "## 2. Bruikleengeschil",
    "Sprenkels betreurt de gang van zaken. Demirtaş licht toe dat de Staat geen aansprakelijkheid erkent. "
    "Wethouder Klaassens vraagt of de gemeentelijke bijdrage gevaar loopt; dat is niet het geval.",
    "## 3. Woordvoering",
    "Afgesproken dat alleen de woordvoerder van OCW en de directeur-bestuurder de pers te woord staan.",
    "## Actiepunten",
    "| Nr | Actie | Wie | Wanneer |",
    "| 1 | Protocol bruiklenen tijdens verbouwing opstellen | BJO / ST | 15-01-2026 |",
    "| 2 | Q&A woordvoering actualiseren | FtH | 01-12-2025 |",
    "| 3 | Landsadvocaat om advies vragen over indemniteit | AD | 05-12-2025 |",
    "| 4 | Volgend overleg plannen | JvtH | 10-12-2025 |",
    *MOT], font="dejavu", size=9.5, engine="docx",
    extra_redact=[P("PARAPH", "ST", "ST"), P("PARAPH", "AD", "AD")], extra_keep=[("ORG", "Landsadvocaat")]))

D.append(Doc("mu23_formulier_schademelding", [
    "# Meldingsformulier incident bruikleen (Erfgoedinspectie)",
    "Te gebruiken door musea die Rijkssubsidie ontvangen. Kenmerk EI-2026-033.",
    "Stuur het ingevulde formulier naar info@erfgoedinspectie.nl.",
    "Het formulier is elektronisch ingevuld; de waarden staan in de formuliervelden."],
    font="helv", **NITRO,
    form=[("Museum", "museum", "Museum Van Heeckeren"),
          ("Object", "object", "Verspronck, Portret van een dame met waaier"),
          ("Eigenaar / bruikleengever", "eigenaar", "R.A.M. van Oosterzee"),
          ("Adres eigenaar", "adres", "Amersfoortseweg 214, 3735 LL Bosch en Duin"),
          ("Geboortedatum eigenaar", "geb", "14-03-1951"),
          ("Melder", "melder", "Koen Vlasblom, registrar"),
          ("Telefoon melder", "tel", "0570-614 433"),
          ("E-mail directeur", "mail", "w.sprenkels@museumvanheeckeren.nl"),
          ("Datum incident", "datum", "10-10-2025"),
          ("Omschrijving", "omschr", "climate box niet gesloten na inspectie verzekeraar")],
    hidden=[P("PERSON", "Reinout van Oosterzee", "R.A.M. van Oosterzee", "Oosterzee") | {"channel": "annotations"},
            P("ADDRESS", "Amersfoortseweg 214, 3735 LL Bosch en Duin", "Amersfoortseweg 214", "3735 LL") | {"channel": "annotations"},
            P("DOB", "14-03-1951") | {"channel": "annotations"},
            P("PERSON", "Koen Vlasblom", "Koen Vlasblom", "Vlasblom") | {"channel": "annotations"},
            P("PHONE", "0570-614 433") | {"channel": "annotations"},
            P("EMAIL", "w.sprenkels@museumvanheeckeren.nl") | {"channel": "annotations"}]))

D.append(Doc("mu24_condition_report", [
    "# Condition report",
    "Object: Johannes Verspronck, Portret van een dame met waaier, olieverf op paneel, 1641",
    "Eigenaar: particuliere collectie (bruikleen LEN-2019-004) | Locatie: depot Eefde",
    "Datum onderzoek: 20 oktober 2025 | Restaurator: Annelies Bouwhuis", "",
    "## Drager",
    "Eikenhouten paneel, drie planken, horizontaal. Geen nieuwe scheuren in de drager. Lichte kromming, ongewijzigd "
    "ten opzichte van het condition report bij aanvang bruikleen (2019).",
    "## Verflaag en vernis",
    "Haarscheur in de vernislaag van circa 4 cm rechtsonder, vermoedelijk door droogte. Verspreide stofaanslag op "
    "het oppervlak en in de lijst. Geen loszittende verf.",
    "## Advies",
    "Oppervlaktereiniging met zachte kwast; vernis plaatselijk regenereren. Niet blootstellen aan een relatieve "
    "luchtvochtigheid onder 45 procent. Transport alleen in climate box of crate met buffermateriaal.", "",
    "Annelies Bouwhuis, restaurator schilderijen | Atelier voor schilderijenrestauratie, Haarlem",
    "annelies@bouwhuisrestauratie.nl | 023 - 531 90 12"], font="serif", **PDFPEN,
    notes=[(0, 480, 700, "Eline Marchetti", "Annelies, kun je de foto's van 2019 erbij zetten? Groet, E."),
           (0, 480, 560, "Dirk-Pieter Hamelink", "Graag originele meetgegevens naar dp.hamelink@artsure-verzekeringen.nl"),
           (0, 480, 430, "Bart-Jan Ophof", "Niet delen met de bruikleengever voordat BJO akkoord geeft (0570-614 433)")],
    hidden=[P("PERSON", "Eline Marchetti", "Eline Marchetti") | {"channel": "annotations"},
    P("PERSON", "Dirk-Pieter Hamelink", "Dirk-Pieter Hamelink") | {"channel": "annotations"},
            P("EMAIL", "dp.hamelink@artsure-verzekeringen.nl") | {"channel": "annotations"},
            P("PERSON", "Bart-Jan Ophof", "Bart-Jan Ophof", "BJO") | {"channel": "annotations"},
            P("PHONE", "0570-614 433") | {"channel": "annotations"}]))

D.append(Doc("mu25_contactlijst_projectteam", [
    "# Contactlijst projectteam renovatie Museum Van Heeckeren (intern, versie 4)",
    "| Naam | Organisatie | Rol | Telefoon | E-mail | Pers.nr |",
    "| Ter Horst-Wiegman, F. | OCW | dossierhouder | 06-41 27 83 95 | f.terhorst-wiegman@minocw.nl | 0714 552 |",
    "| Van 't Hul, J. | OCW | senior beleidsadviseur | 070 412 3377 | j.vanthul@minocw.nl | 0698 120 |",
    "| Demirtaş, A. | OCW | juridisch adviseur | +31 (0)6 2938 1147 | a.demirtas@minocw.nl | 0733 904 |",
    "| El Khatib, N. | OCW | secretariaat staatssecretaris | 070 412 3456 | n.elkhatib@minocw.nl | 0740 018 |",
    "| SPRENKELS, W.E. | Museum Van Heeckeren | directeur-bestuurder | 0570 61 44 20 | w.sprenkels@museumvanheeckeren.nl | - |",
    "| OPHOF, B.J. | Museum Van Heeckeren | zakelijk leider | 0570-614 433 | bartjan.ophof@museumvanheeckeren.nl | - |",
    "| MARCHETTI, E. | Museum Van Heeckeren | conservator | 06 28 11 74 30 | e.marchetti@museumvanheeckeren.nl | - |",
    "| Scholtens-Adema, M. | Erfgoedinspectie | inspecteur | 070 - 312 66 81 | m.scholtens@erfgoedinspectie.nl | - |",
    "| Terpstra, S. | RCE | adviseur | 033-421 77 09 | s.terpstra@rce.nl | - |",
    "| Brouwers-Lam, H.J. | Erfgoedinspectie | inspecteur | 06-18 44 09 27 | h.brouwers@erfgoedinspectie.nl | - |",
    "| Oudshoorn, I. | OCW | Woo-coördinator | 06 5310 2284 | i.oudshoorn@minocw.nl | 0702 336 |",
    "| Wolters, T. | OCW | politiek assistent | 06-1744 9021 | thijs.wolters@minocw.nl | 0751 447 |",
    "| Kleijn, M. de | OCW | afdelingshoofd | 070-412 3590 | m.dekleijn@minocw.nl | 0688 215 |",
    "| Dijkhuizen, G.H. | Kunsttransport (eenmanszaak) | vervoerder | 06-22 90 31 48 | gerrit@kunsttransportdijkhuizen.nl | - |",
    "Algemene nummers: OCW 070 412 3456 | Informatie Rijksoverheid 1400 | Erfgoedinspectie info@erfgoedinspectie.nl"],
    font="helv", size=9, **ASPOSE,
    extra_redact=[P("PERSONNEL_NR", "0714 552", "0714 552"), P("PERSONNEL_NR", "0698 120", "0698 120"),
                  P("PERSONNEL_NR", "0733 904", "0733 904"), P("PERSONNEL_NR", "0740 018", "0740 018"),
                  P("PERSONNEL_NR", "0702 336", "0702 336"), P("PERSONNEL_NR", "0751 447", "0751 447"),
                  P("PERSONNEL_NR", "0688 215", "0688 215"), P("PERSON", "Kleijn, M. de", "Kleijn, M. de"),
                  P("PERSON", "Ophof (caps)", "OPHOF"), P("PERSON", "Marchetti (caps)", "MARCHETTI"),
                  P("PERSON", "Ter Horst-Wiegman, F.", "Ter Horst-Wiegman, F."), P("PERSON", "Van 't Hul, J.", "Van 't Hul, J.")]))

D.append(Doc("mu26_persbericht", [
    "# Persbericht",
    "Ministerie van Onderwijs, Cultuur en Wetenschap | 20 februari 2026", "",
    "## Erfgoedinspectie: museum had bruikleen eerder naar depot moeten brengen",
    "Den Haag - Museum Van Heeckeren in Deventer had een schilderij van Johannes Verspronck dat het in bruikleen "
    "had, eerder naar een depot moeten brengen toen de renovatie van de Johan Huizingazaal begon. Dat concludeert "
    "de Erfgoedinspectie. Er is geen blijvende schade aan het werk.",
    "Staatssecretaris Van Dalfsen: \"Particuliere verzamelaars moeten erop kunnen rekenen dat hun werken in "
    "gesubsidieerde musea veilig zijn. Daarom komt er samen met de Museumvereniging een protocol.\"",
    "Het museum ontvangt EUR 1.150.000 van het Rijk voor de renovatie; de gemeente Deventer, het Mondriaan Fonds en "
    "de BankGiro Loterij dragen ook bij. Het werk blijft tot de heropening in het depot.", "",
    "Noot voor de redactie (niet voor publicatie): voor vragen kunt u contact opnemen met woordvoerder "
    "Lotte Zandbergen, via pers@minocw.nl of 070 412 3456. Het concept is opgesteld door Thijs Wolters (06-1744 9021)."],
    font="helv", **WORD, extra_keep=[("PUBLIC_PERSON", "Lotte Zandbergen"),
                                     ("PUBLIC_PERSON", "Staatssecretaris Van Dalfsen")]))

D.append(Doc("mu27_mail_zienswijze", [
    "Van: Oudshoorn, Ingrid <i.oudshoorn@minocw.nl>",
    "Verzonden: vrijdag 27 februari 2026 10:12",
    "Aan: w.sprenkels@museumvanheeckeren.nl; r.vanoosterzee@kpnmail.nl",
    "CC: woo@minocw.nl; Demirtaş, Ayşe <a.demirtas@minocw.nl>",
    "Onderwerp: Zienswijzeverzoek Woo-verzoek WOO-OCW-2026-0412", "",
    "Geachte mevrouw Sprenkels, geachte heer Van Oosterzee,", "",
    "Het ministerie heeft een verzoek op grond van de Wet open overheid ontvangen over de subsidie aan Museum "
    "Van Heeckeren en de bruikleen van het werk van Verspronck. Een aantal documenten bevat informatie die u "
    "betreft. Wij stellen u in de gelegenheid binnen twee weken een zienswijze te geven (artikel 4.4 Woo). In de "
    "bijlage vindt u de documenten met de voorgenomen lakkingen.",
    "Persoonsgegevens worden op grond van artikel 5.1, tweede lid, onder e, Woo niet openbaar gemaakt. Uw naam "
    "als bruikleengever wordt dus niet genoemd; de naam van het museum wel.", "",
    "Met vriendelijke groet,", "Ingrid Oudshoorn", "Woo-coördinator OCW | T 06 5310 2284", "",
    "Van: Hul, Joost van 't", "Verzonden: donderdag 26 februari 2026 17:45", "Aan: Oudshoorn, Ingrid",
    "Onderwerp: RE: lijst derden",
    "Ingrid, derden zijn het museum, Van Oosterzee (via zijn advocaat, mr. Akkermans) en de vervoerder. "
    "De verzekeraar (Artsure Verzekeringen) lijkt me niet nodig. Joost",
    "", "Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent of dit "
    "bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden en het bericht te "
    "verwijderen. De Staat aanvaardt geen aansprakelijkheid voor schade, van welke aard ook, die verband houdt met "
    "risico's verbonden aan het elektronisch verzenden van berichten."], **OUTLOOK, font="dejavu", size=11))

D.append(Doc("mu28_zienswijze_museum", [
    "# Museum Van Heeckeren",
    "Brink 41 | 7411 BV Deventer | info@museumvanheeckeren.nl", "",
    "Aan: Ministerie van Onderwijs, Cultuur en Wetenschap, woo@minocw.nl", "Datum: 9 maart 2026",
    "Betreft: zienswijze WOO-OCW-2026-0412", "",
    "Geachte mevrouw Oudshoorn,", "",
    "Wij hebben geen bezwaar tegen openbaarmaking van de subsidieaanvraag en de beschikking. Wel verzoeken wij u "
    "de begroting van de aannemer en de offertebedragen per installatieonderdeel niet openbaar te maken; dit zijn "
    "vertrouwelijk verstrekte bedrijfsgegevens (artikel 5.1, eerste lid, onder c, Woo; 5.1.1c).",
    "Daarnaast vragen wij u de namen van onze medewerkers weg te laten, met uitzondering van de naam van het museum. "
    "Dat geldt ook voor de WhatsApp-berichten van ons managementteam, waarin collega's bij voornaam en bijnaam "
    "worden genoemd.", "",
    "Met vriendelijke groet,", "", "Willemijn Sprenkels", "directeur-bestuurder", "",
    "p.p. Bart-Jan Ophof, zakelijk leider (bartjan.ophof@museumvanheeckeren.nl)"],
    font="serif", **NITRO))

D.append(Doc("mu29_qa_woordvoering", [
    "# Q&A woordvoering bruikleengeschil Museum Van Heeckeren",
    "Versie 3 | 1 december 2025 | Alleen voor intern gebruik", "",
    "V: Heeft het ministerie het museum subsidie gegeven terwijl het de regels overtrad?",
    "A: Het museum ontvangt subsidie voor de renovatie. In de beschikking staat uitdrukkelijk dat bruiklenen naar "
    "een depot gaan. De Erfgoedinspectie onderzoekt wat er is misgegaan.",
    "V: Is het schilderij beschadigd?",
    "A: Volgens het condition report is er een kleine haarscheur in de vernislaag. Er is geen schade aan de verf.",
    "V: Betaalt de Staat schade aan de eigenaar?",
    "A: Dat wordt beoordeeld. Over individuele eigenaars doen wij geen uitspraken.",
    "V: Wie is de eigenaar?",
    "A: Het gaat om een particuliere verzamelaar. Wij maken geen namen bekend.",
    "V: Wat vindt minister Meinders ervan?",
    "A: De staatssecretaris is verantwoordelijk voor het erfgoedbeleid; minister Meinders is betrokken vanwege de "
    "indemniteit.", "", "Afstemming: pers@minocw.nl | DUS-I | Directie Erfgoed en Kunsten"],
    font="helv", **WORD, author="Femke ter Horst-Wiegman", xmp_creator="Thijs Wolters",
    hidden=[P("PERSON", "Femke ter Horst-Wiegman", "Femke ter Horst-Wiegman", "Horst-Wiegman") | {"channel": "metadata"},
            P("PERSON", "Thijs Wolters", "Thijs Wolters") | {"channel": "metadata"}]))

D.append(Doc("mu30_mail_kamervragen", [
    "Van: Kramer-Nuñez, Zoë <zoë.kramer@minocw.nl>",
    "Verzonden: maandag 9 februari 2026 13:20",
    "Aan: Ter Horst-Wiegman, Femke <f.terhorst-wiegman@minocw.nl>; Hul, Joost van 't <j.vanthul@minocw.nl>",
    "CC: Kleijn, Maarten de <m.dekleijn@minocw.nl>; Wolters, Thijs <thijs.wolters@minocw.nl>; "
    "El Khatib, Noor <n.elkhatib@minocw.nl>; Brinkhorst, Ruud <r.brinkhorst@minocw.nl>",
    "Onderwerp: Kamervragen 2026Z04417 Tielens-Wubbe - conceptantwoorden", "",
    "Dag allen,", "",
    "Hierbij de conceptantwoorden op de vragen van het lid Tielens-Wubbe. Vraag 4 (indemniteit) heb ik afgestemd "
    "met de Landsadvocaat; de bedragen uit de brief van mr. Akkermans neem ik niet over. Femke, wil jij vraag 2 "
    "nog checken op de data van de verlening?",
    "Thijs, de staatssecretaris wil de antwoorden graag voor het commissiedebat Erfgoed. Termijn bij de Kamer is "
    "3 weken, dus uiterlijk 25 februari.", "",
    "Hartelijke groet,", "Zoë", "", "Zoë Kramer-Nuñez | jurist | Directie Wetgeving en Juridische Zaken", "",
    "> Van: Wolters, Thijs <thijs.wolters@minocw.nl>",
    "> Verzonden: vrijdag 6 februari 2026 08:03",
    "> Onderwerp: FW: Kamervragen Tielens-Wubbe",
    "> Zoë, kun jij de pen nemen? Politiek gevoelig, ook omdat Van Baarsel eerder vragen stelde. Groet, Thijs"],
    **OUTLOOK, font="dejavu", size=11, extra_keep=[("ORG", "Landsadvocaat"),
                                                   ("ORG", "Directie Wetgeving en Juridische Zaken")]))

D.append(Doc("mu31_brief_aan_bruikleengever", [
    "# Ministerie van Onderwijs, Cultuur en Wetenschap",
    "> Retouradres Postbus 16375 2500 BJ Den Haag", "",
    "De heer R.A.M. van Oosterzee", "Amersfoortseweg 214", "3735 LL Bosch en Duin", "",
    "Datum: 24 februari 2026 | Kenmerk: OCW/EK-2026/121907", "Onderwerp: uitkomst onderzoek Erfgoedinspectie", "",
    "Geachte heer Van Oosterzee,", "",
    "Op 28 oktober 2025 schreef u staatssecretaris Van Dalfsen over uw schilderij. Inmiddels heeft de "
    "Erfgoedinspectie haar rapport EI-2026-033 uitgebracht. Het museum heeft uw werk te laat naar het depot "
    "gebracht; blijvende schade is niet vastgesteld. Het museum biedt aan de restauratie van de vernislaag door "
    "mevrouw Bouwhuis volledig te vergoeden.",
    "Over uw aansprakelijkstelling ontvangt uw advocaat, mr. Akkermans, separaat bericht. Wij wensen u en uw "
    "echtgenote sterkte en hopen dat u goed herstelt.", "",
    "Hoogachtend,", "De staatssecretaris van Onderwijs, Cultuur en Wetenschap,", "namens dezen,", "",
    "R.J. Brinkhorst", "directeur Erfgoed en Kunsten"], font="times", **ITEXT,
    extra_keep=[("PUBLIC_PERSON", "staatssecretaris Van Dalfsen")]))

D.append(Doc("mu32_mail_vervoerder", [
    "Van: Gerrit Dijkhuizen <gerrit@kunsttransportdijkhuizen.nl>",
    "Verzonden: zaterdag 11 oktober 2025 19:02",
    "Aan: Vlasblom, Koen",
    "Onderwerp: Re: spoedrit Verspronck maandag", "",
    "Hoi Koen,", "",
    "Maandag 14-10 om 7.00 uur sta ik bij de laadperron aan de achterkant van de Brink. Mehmet rijdt mee als tweede "
    "man. De crate met schokindicatoren neem ik mee; de climate box blijft bij jullie. Depot in Eefde is geboekt tot "
    "1 mei 2026. Spoedtoeslag komt op de factuur (zaterdagbestelling).", "",
    "Groet, Gerrit", "Kunsttransport Dijkhuizen | 06-22 90 31 48 | KvK 81234567"],
    producer="Mail (macOS 14.4) Quartz PDFContext", creator="Mail", font="helv"))

INV = [
    ("1", "mu01_woo_verzoek", "12-02-2026", "deels openbaar", "5.1.2e"),
    ("2", "mu03_brief_museumdirecteur", "03-09-2025", "deels openbaar", "5.1.2e"),
    ("3", "mu04_brief_bruikleengever", "28-10-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("4", "mu05_mailthread_subsidie", "14-10-2025", "deels openbaar", "5.1.2e"),
    ("5", "mu06_beslisnota_subsidie", "22-10-2025", "deels openbaar", "5.1.2e, 5.2.1"),
    ("6", "mu07_nota_staatssecretaris_paraaf", "29-10-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("7", "mu08_nota_minister", "05-11-2025", "deels openbaar", "5.1.2e"),
    ("8", "mu09_erfgoedinspectie_rapport", "19-01-2026", "deels openbaar", "5.1.2e"),
    ("9", "mu11_teams_chat", "20-10-2025", "deels openbaar", "5.1.2e, 5.2.1"),
    ("10", "mu12_whatsapp_museum", "11-10-2025", "deels openbaar", "5.1.2e"),
    ("11", "mu13_factuur_kunsttransport", "21-10-2025", "deels openbaar", "5.1.2e, 5.1.1c"),
    ("12", "mu14_scan_brief_echtgenote", "02-11-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("13", "mu17_brief_advocaat", "18-11-2025", "deels openbaar", "5.1.2e"),
    ("14", "mu19_subsidiebeschikking", "07-11-2025", "deels openbaar", "5.1.2e"),
    ("15", "mu20_kamervragen", "04-02-2026", "reeds openbaar", "-"),
    ("16", "mu21_antwoorden_kamervragen", "20-02-2026", "reeds openbaar", "-"),
    ("17", "mu24_condition_report", "20-10-2025", "deels openbaar", "5.1.2e"),
    ("18", "mu28_zienswijze_museum", "09-03-2026", "niet openbaar", "buiten reikwijdte"),
]

D.append(Doc("mu33_woo_besluit", [
    "# Ministerie van Onderwijs, Cultuur en Wetenschap",
    "> Retouradres Postbus 16375 2500 BJ Den Haag", "",
    "Mevrouw D. Roelofs", "Assenstraat 19-bis", "7411 JX Deventer", "",
    "Datum: 30 maart 2026 | Kenmerk: WOO-OCW-2026-0412", "Onderwerp: besluit op uw Woo-verzoek", "",
    "Geachte mevrouw Roelofs,", "",
    "In uw e-mail van 12 februari 2026 heeft u met een beroep op de Wet open overheid (Woo) gevraagd om documenten "
    "over de subsidie aan Museum Van Heeckeren en de bruikleen van het Portret van een dame met waaier van "
    "Johannes Verspronck. Bij brief van 16 februari 2026 is de ontvangst bevestigd; op 10 maart 2026 is de "
    "beslistermijn met twee weken verdaagd.",
    "## 1. Besluit",
    "Ik heb besloten de documenten deels openbaar te maken. De documenten zijn opgenomen in de inventarislijst.",
    "## 2. Zienswijzen",
    "Het museum, de bruikleengever (via zijn advocaat) en de vervoerder zijn om een zienswijze gevraagd. Het museum "
    "heeft bezwaar gemaakt tegen openbaarmaking van offertebedragen; dat bezwaar volg ik (5.1.1c). De "
    "bruikleengever heeft verzocht zijn naam en adres weg te laten; dat volg ik op grond van 5.1.2e.",
    "## 3. Weigeringsgronden",
    "3.1 Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). In de documenten staan namen, e-mailadressen, "
    "telefoonnummers, parafen en handtekeningen van ambtenaren die niet in de openbaarheid treden, en van "
    "medewerkers van het museum, de bruikleengever en zijn echtgenote, de vervoerder en zijn bijrijder. Het belang "
    "van eerbiediging van de persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid. Namen van "
    "minister Meinders, staatssecretaris Van Dalfsen, wethouder Klaassens en de leden van de Tweede Kamer worden "
    "niet weggelakt; evenmin de naam van de woordvoerder.",
    "3.2 Gegevens over gezondheid (artikel 5.1, eerste lid, onder d, Woo). De brieven van de bruikleengever en zijn "
    "echtgenote bevatten gegevens over zijn gezondheid. Deze zijn weggelakt (5.1.1d).",
    "3.3 Bedrijfs- en fabricagegegevens (5.1.1c). Het KvK-nummer, btw-identificatienummer en de bankrekening van de "
    "vervoerder, een eenmanszaak, zijn weggelakt als persoonsgegevens; tarieven blijven openbaar.",
    "3.4 Persoonlijke beleidsopvattingen (artikel 5.2, eerste lid, Woo). In de beslisnota en de Teams-chat staan "
    "opvattingen van ambtenaren; feitelijke informatie is openbaar gemaakt.",
    "## 4. Wijze van openbaarmaking",
    "De documenten worden gepubliceerd op open.overheid.nl. Het rapport van de Erfgoedinspectie en de Kamervragen "
    "met antwoorden zijn reeds openbaar (2026D18230) en worden niet opnieuw verstrekt.",
    "## 5. Bezwaar",
    "Tegen dit besluit kunt u binnen zes weken bezwaar maken op grond van de Algemene wet bestuursrecht (Awb), "
    "via woo@minocw.nl of Postbus 16375, 2500 BJ Den Haag.", "",
    *MOT, "",
    "Hoogachtend,", "De minister van Onderwijs, Cultuur en Wetenschap,", "namens deze,", "",
    "M. de Kleijn", "afdelingshoofd Musea en Beeldende Kunst", "",
    "Behandeld door: I. Oudshoorn, Woo-coördinator (06 5310 2284)"], font="helv", size=11, **ASPOSE,
    author="Ingrid Oudshoorn", no_keep=["Deventer"]))

D.append(Doc("mu34_inventarislijst", [
    "# Inventarislijst Woo-besluit WOO-OCW-2026-0412",
    "Behorend bij het besluit van 30 maart 2026. Opgesteld door I. Oudshoorn (Woo-coördinator OCW).", "",
    "| Nr | Document | Datum | Beoordeling | Grond |",
    *[f"| {a} | {b}.pdf | {c} | {d} | {e} |" for a, b, c, d, e in INV],
    "", "Toelichting: documenten 15 en 16 zijn reeds openbaar via www.tweedekamer.nl. Document 18 valt buiten de "
    "reikwijdte omdat het na de datum van het verzoek is opgesteld. Vragen: woo@minocw.nl.",
    "Beoordelaars: FtH (eerste lezing), AD (juridische toets), IO (eindcontrole)."],
    font="helv", size=9.5, producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
    extra_redact=[P("PARAPH", "AD", "AD"), P("PARAPH", "IO", "IO")],
    extra_keep=[("REF", f"{b}.pdf") for _, b, _, _, _ in INV]
    + [("TERM", "reeds openbaar"), ("TERM", "buiten reikwijdte")]))

# documents ending with the motivation section are notes; the Woo decision carries it too
