"""Set BP, documents bp01-bp08: council minutes, committee, hearing report, rekenkamer, petition."""
from kit import *  # noqa: F401,F403


# ------------------------------------------------------------------ bp01 verbatim raad Utrecht
def bp01(path):
    F = "Times-Roman"
    b = st(F, 10.5, 14, space=6)
    h = st(F, 13, 16, bold=True, space=8)
    sp = lambda who, txt: P(f"<b>{who}</b>: {txt}", b)
    story = [
        P("Gemeenteraad van Utrecht", st(F, 9, color=colors.HexColor("#555555"))),
        P("Verbatim verslag van de openbare vergadering van de gemeenteraad van Utrecht, gehouden op "
          "donderdag 12 juni 2025 om 14.00 uur in de raadzaal van het Stadhuis, Korte Minrebroederstraat 2", h),
        P("<b>Voorzitter</b>: burgemeester Dijksma<br/><b>Aanwezig</b>: 41 leden, onder wie de raadsleden "
          "Kreuger (VVD), Bouchtaoui (GroenLinks), Van 't Hoog (D66), Nijenhuis-Wolters (CDA), Arslan (PvdA) en "
          "Brandsma (Student &amp; Starter), alsmede wethouder Verweij (Mobiliteit).<br/>"
          "<b>Afwezig met kennisgeving</b>: de raadsleden Oukili en Zandbergen.", b),
        P("5. Inspreekpunt: raadsvoorstel Parkeerregulering Lombok en Oog in Al (2025-RV-0418)", h),
        sp("De VOORZITTER", "Dames en heren, ik heropen de vergadering. Bij dit agendapunt hebben zich drie "
           "insprekers gemeld. Ik geef als eerste het woord aan mevrouw El Amrani-Bouzid. U heeft drie minuten."),
        sp("Mevrouw EL AMRANI-BOUZID", "Dank u wel, voorzitter. Mijn naam is Fatima el Amrani-Bouzid en ik "
           "woon al eenendertig jaar op de Damstraat 71 bis, vlak bij de Kanaalstraat. Ik spreek hier niet "
           "namens een vereniging maar als moeder. Mijn zoon Yassin heeft ernstig astma en de "
           "uitlaatgassen van de zoekende auto's maken het voor hem soms onmogelijk om buiten te spelen. Ik "
           "vraag u dus om het voorstel van wethouder Verweij niet verder af te zwakken. Een vergunning voor "
           "bezoekers via de app van de gemeente is prima, maar maak de zone niet kleiner dan de Graadt "
           "van Roggenweg en de Johan Wagenaarkade."),
        sp("De VOORZITTER", "Dank u wel. Er is een vraag van de heer Kreuger."),
        sp("De heer KREUGER (VVD)", "Dank, voorzitter. Mevrouw El Amrani, u noemt de Kanaalstraat. De "
           "ondernemers daar vrezen juist omzetverlies. Heeft u met hen gesproken?"),
        sp("Mevrouw EL AMRANI-BOUZID", "Ja, ik heb met de heer Demir van de bakkerij gesproken en hij is "
           "het niet met mij eens, dat zeg ik eerlijk. Maar Yassin en ik moeten hier wonen."),
        sp("De VOORZITTER", "Dank u wel. Dan is het woord aan de heer Veenendaal, die spreekt namens "
           "Bewonersoverleg Oog in Al."),
        sp("De heer VEENENDAAL", "Voorzitter, geachte raadsleden. Gerrit Veenendaal, secretaris van het "
           "Bewonersoverleg Oog in Al. Wij hebben 412 handtekeningen opgehaald tegen de invoering van "
           "betaald parkeren ten westen van het Merwedekanaal. Onze voorzitter, mevrouw Hendrikje "
           "Roosendaal-de Wit, kon vanavond niet aanwezig zijn; zij heeft u vorige week per e-mail "
           "geschreven. Wij vragen u het amendement van mevrouw Nijenhuis-Wolters te steunen."),
        sp("Mevrouw BOUCHTAOUI (GroenLinks)", "Meneer Veenendaal, hoeveel van die 412 mensen hebben zelf "
           "geen oprit of garage?"),
        sp("De heer VEENENDAAL", "Dat weet ik niet precies, mevrouw Bouchtaoui. Ik schat de helft."),
        sp("De VOORZITTER", "Dan de derde inspreker, de heer Pieter-Jan van den Akker."),
        sp("De heer VAN DEN AKKER", "Dank u. Ik ben huisarts in de wijk, maar ik spreek op persoonlijke "
           "titel. Ik woon op de Van Egmondkade 14 en ik ben, dat wil ik hier wel zeggen, de afgelopen "
           "maanden drie keer aangereden op de fiets door een auto die een plek zocht. U kunt mij "
           "bereiken via pj.vandenakker@kpnmail.nl of 06-41 87 30 52; ik stuur mijn tekst nog na aan de "
           "griffie."),
        sp("De heer VAN 'T HOOG (D66)", "Voorzitter, een korte vraag aan de heer Van den Akker: u zegt "
           "drie keer. Heeft u daarvan melding gedaan bij de politie?"),
        sp("De heer VAN DEN AKKER", "Eén keer, in februari. De andere keren niet."),
        sp("De VOORZITTER", "Dank u wel, meneer Van den Akker, en dank aan alle insprekers. Hun schriftelijke "
           "bijdragen worden gevoegd bij de stukken. Ik schors de vergadering voor vijf minuten."),
        P("6. Raadsvoorstel Parkeerregulering Lombok en Oog in Al", h),
        sp("De VOORZITTER", "Ik heropen de vergadering. Het woord is aan mevrouw Nijenhuis-Wolters voor de "
           "indiening van amendement A12."),
        sp("Mevrouw NIJENHUIS-WOLTERS (CDA)", "Voorzitter. Wij hebben goed geluisterd naar de insprekers. "
           "Mevrouw El Amrani-Bouzid vroeg om gezondheid voorop te zetten, de heer Veenendaal om "
           "maatwerk. Ons amendement doet beide: de zone blijft zoals het college voorstelt, maar bewoners "
           "krijgen de eerste twee jaar een korting van vijftig procent op de tweede vergunning. Het "
           "amendement is mede ingediend door de heer Brandsma en de heer Arslan."),
        sp("De heer ARSLAN (PvdA)", "Voorzitter, wij steunen het voorstel van de wethouder, en het amendement "
           "maakt het beter. Ik wil de heer Demir en de andere ondernemers van de Kanaalstraat wel "
           "geruststellen: in artikel 4 van de Parkeerverordening Utrecht 2025 staat een "
           "uitzondering voor laden en lossen."),
        sp("Wethouder VERWEIJ", "Voorzitter, dank aan de insprekers, en in het bijzonder aan mevrouw El "
           "Amrani-Bouzid, die heel persoonlijk sprak. Het college ontraadt amendement A12 niet; wij laten "
           "het oordeel aan de raad. Over de Johan Wagenaarkade: die valt binnen de zone, dat blijft zo. "
           "Vragen van bewoners kunnen naar parkeren@utrecht.nl of het algemene nummer 14 030."),
        sp("De heer KREUGER (VVD)", "Voorzitter, de VVD dient een motie in, mede namens mevrouw "
           "Nijenhuis-Wolters, over een evaluatie na een jaar. Motie M33."),
        sp("De VOORZITTER", "Dank u wel. Dan breng ik eerst amendement A12 in stemming. Wie steunt het "
           "amendement? Dat zijn de fracties van CDA, PvdA, Student &amp; Starter, VVD, D66 en "
           "GroenLinks. Het amendement is aangenomen met 36 stemmen voor en 5 tegen. Dan motie M33: "
           "aangenomen met algemene stemmen. Het geamendeerde raadsvoorstel is aangenomen."),
        Spacer(1, 8),
        P("Aldus vastgesteld in de openbare vergadering van 3 juli 2025.<br/>De voorzitter, burgemeester "
          "Dijksma", b),
    ]
    build(path, story, onpage=footer("Verbatim raadsvergadering 12 juni 2025 - gemeente Utrecht", font="Times-Roman"),
          title="Verbatim verslag raadsvergadering 12 juni 2025", author="Griffie Utrecht")
    red = [
        R("PERSON", "Fatima el Amrani-Bouzid", "Amrani-Bouzid", "EL AMRANI-BOUZID", "Fatima", "Amrani"),
        R("ADDRESS", "Damstraat 71 bis", "Damstraat 71 bis"),
        R("PERSON", "Yassin (zoon)", "Yassin"),
        R("HEALTH", "astma van de zoon", "ernstig astma"),
        R("PERSON", "Demir (bakker)", "Demir"),
        R("PERSON", "Gerrit Veenendaal", "Veenendaal", "VEENENDAAL", "Gerrit"),
        R("PERSON", "Hendrikje Roosendaal-de Wit", "Hendrikje", "Roosendaal-de Wit"),
        R("PERSON", "Pieter-Jan van den Akker", "Pieter-Jan", "van den Akker", "Van den Akker", "VAN DEN AKKER"),
        R("ADDRESS", "Van Egmondkade 14", "Van Egmondkade 14"),
        R("EMAIL", "pj.vandenakker@kpnmail.nl"),
        R("PHONE", "06-41 87 30 52"),
    ]
    keep = [
        K("PERSON_PUBLIC", "burgemeester Dijksma", "Dijksma"),
        K("PERSON_PUBLIC", "raadslid Kreuger", "Kreuger", "KREUGER"),
        K("PERSON_PUBLIC", "raadslid Bouchtaoui", "Bouchtaoui", "BOUCHTAOUI"),
        K("PERSON_PUBLIC", "raadslid Van 't Hoog", "Van 't Hoog", {"text": "VAN 'T HOOG"}),
        K("PERSON_PUBLIC", "raadslid Nijenhuis-Wolters", "Nijenhuis-Wolters", "NIJENHUIS-WOLTERS"),
        K("PERSON_PUBLIC", "raadslid Arslan", "Arslan", "ARSLAN"),
        K("PERSON_PUBLIC", "raadslid Brandsma", "Brandsma"),
        K("PERSON_PUBLIC", "raadsleden Oukili en Zandbergen", "Oukili", "Zandbergen"),
        K("PERSON_PUBLIC", "wethouder Verweij", "Verweij", "VERWEIJ"),
        K("STREET", "Graadt van Roggenweg"), K("STREET", "Johan Wagenaarkade"),
        K("STREET", "Kanaalstraat"), K("ADDRESS_PUBLIC", "Korte Minrebroederstraat 2"),
        K("ORG", "Bewonersoverleg Oog in Al"), K("PLACE", "Lombok"), K("PLACE", "Merwedekanaal"),
        K("ORG", "GroenLinks"), K("ORG", "VVD"), K("ORG", "CDA"), K("ORG", "PvdA"),
        K("ORG", "Student & Starter"), K("CASE", "2025-RV-0418"), K("LAW", "Parkeerverordening Utrecht 2025"),
        K("MAILBOX", "parkeren@utrecht.nl"), K("PHONE_PUBLIC", "14 030"), K("DATE", "12 juni 2025"),
        K("REF", "amendement A12", "A12"), K("REF", "motie M33", "M33"),
    ]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp02 commissie Amersfoort, table of insprekers
def bp02(path):
    F = "Helvetica"
    b = st(F, 9.5, 12.5)
    sm = st(F, 8.5, 10.5, space=0)
    h = st(F, 12, 15, bold=True, color=colors.HexColor("#00508c"))
    rows = [["Nr.", "Inspreker", "Namens", "Onderwerp", "Contact (griffie)"],
            ["1", "Dhr. J.W. (Jan-Willem) Terpstra", "eigen titel", "Herinrichting Stadsring, fietsstraat",
             "jw.terpstra@ziggo.nl"],
            ["2", "Mevr. drs. A.M. Schoonhoven-Bakker", "Vereniging Wijkbelang Soesterkwartier",
             "Woningbouw Oliemolenterrein", "06 18 27 44 90"],
            ["3", "Dhr. Kwame Boateng-Mensah", "Stichting Amersfoort Inclusief",
             "Toegankelijkheid Stadhuisplein", "k.boatengmensah@gmail.com"],
            ["4", "Mevr. Sjoukje de Boer", "eigen titel", "Bomenkap Van Randwijcklaan", "033 - 465 12 08"],
            ["5", "Dhr. Th. (Theo) Ruijs", "Ondernemersvereniging Binnenstad", "Venstertijden Langestraat",
             "via griffie@amersfoort.nl"]]
    story = [
        P("Gemeente Amersfoort - Griffie", st(F, 8, color=colors.HexColor("#777777"))),
        P("Verslag commissie Stad &amp; Ruimte, dinsdag 16 september 2025", h),
        P("Voorzitter: raadslid De Vries-Kaptein (ChristenUnie). Commissieleden: Oosterveld (GroenLinks), "
          "Hamidi (D66), Van der Schaaf (VVD), Bilgiç (PvdA), Kiewiet (SP). Namens het college: wethouder "
          "Tigchelaar (Ruimtelijke Ontwikkeling). Ambtelijke ondersteuning: mevrouw K. Lindhout "
          "(beleidsadviseur Mobiliteit) en de heer R.B. Smeenk (projectleider Oliemolenterrein).", b),
        P("1. Spreekrecht burgers", st(F, 10.5, 13, bold=True)),
        P("Vijf insprekers hadden zich tijdig aangemeld bij de griffie (zie tabel).", b),
        tbl(rows, [10 * mm, 42 * mm, 40 * mm, 42 * mm, 34 * mm], sm),
        Spacer(1, 6),
        P("De heer Terpstra vraagt de commissie de Stadsring tussen Leusderweg en Van Randwijcklaan als "
          "fietsstraat in te richten. Hij woont op de Leusderweg 212 en fietst dagelijks met zijn dochter "
          "naar de Kees Boekeschool. Commissielid Hamidi vraagt of hij de verkeerstellingen kent; de heer "
          "Terpstra zegt ze van mevrouw Lindhout te hebben ontvangen.", b),
        P("Mevrouw Schoonhoven-Bakker pleit namens Wijkbelang Soesterkwartier voor minder bouwlagen op het "
          "Oliemolenterrein. Zij verwijst naar de eerdere toezegging van wethouder Tigchelaar "
          "(T-2025-031). De heer Smeenk licht op verzoek van de voorzitter de planning toe.", b),
        P("De heer Boateng-Mensah, zelf rolstoelgebruiker, vraagt om verlaagde stoepranden rond het "
          "Stadhuisplein en een invalidenparkeerplaats bij de ingang. Commissielid Kiewiet vraagt naar zijn "
          "ervaringen; Kwame beschrijft hoe hij in augustus tweemaal niet in de publiekshal kon komen.", b),
        P("Mevrouw De Boer overhandigt een brief over de bomenkap aan de Van Randwijcklaan. Commissielid "
          "Oosterveld vraagt of zij de kapvergunning heeft ingezien. Mevrouw De Boer antwoordt van wel.", b),
        P("De heer Ruijs vraagt de venstertijden in de Langestraat te verruimen tot 11.30 uur. Commissielid "
          "Van der Schaaf steunt dit. Wethouder Tigchelaar zegt toe de Ondernemersvereniging Binnenstad "
          "voor 1 november schriftelijk te antwoorden (toezegging T-2025-047).", b),
        P("2. Besluitenlijst", st(F, 10.5, 13, bold=True)),
        P("De commissie adviseert het raadsvoorstel Omgevingsplan Oliemolenterrein (RV-2025-112) als "
          "bespreekstuk te agenderen voor de raad van 2 oktober 2025. Contact griffie: griffie@amersfoort.nl, "
          "telefoon 14 033.", b),
    ]
    build(path, story, onpage=footer("Commissie Stad & Ruimte 16-09-2025", logo="Amersfoort"),
          title="Verslag commissie Stad en Ruimte", author="Griffie")
    red = [
        R("PERSON", "Jan-Willem Terpstra", "J.W. (Jan-Willem) Terpstra", "Terpstra", "Jan-Willem"),
        R("EMAIL", "jw.terpstra@ziggo.nl"),
        R("ADDRESS", "Leusderweg 212", "Leusderweg 212"),
        R("PERSON", "A.M. Schoonhoven-Bakker", "Schoonhoven-Bakker"),
        R("PHONE", "06 18 27 44 90"),
        R("PERSON", "Kwame Boateng-Mensah", "Boateng-Mensah", "Kwame"),
        R("EMAIL", "k.boatengmensah@gmail.com (wraps in the cell)", "k.boatengmensah"),
        R("HEALTH", "rolstoelgebruiker", "rolstoelgebruiker"),
        R("PERSON", "Sjoukje de Boer", "Sjoukje de Boer", "De Boer"),
        R("PHONE", "033 - 465 12 08"),
        R("PERSON", "Theo Ruijs", "Th. (Theo) Ruijs", "Ruijs"),
        R("PERSON", "K. Lindhout (ambtenaar)", "K. Lindhout", "Lindhout"),
        R("PERSON", "R.B. Smeenk (ambtenaar)", "R.B. Smeenk", "Smeenk"),
    ]
    keep = [
        K("PERSON_PUBLIC", "raadslid De Vries-Kaptein", "De Vries-Kaptein"),
        K("PERSON_PUBLIC", "commissielid Oosterveld", "Oosterveld"), K("PERSON_PUBLIC", "Hamidi"),
        K("PERSON_PUBLIC", "Van der Schaaf"), K("PERSON_PUBLIC", "Bilgiç"), K("PERSON_PUBLIC", "Kiewiet"),
        K("PERSON_PUBLIC", "wethouder Tigchelaar", "Tigchelaar"),
        K("ORG", "Vereniging Wijkbelang Soesterkwartier"), K("ORG", "Stichting Amersfoort Inclusief"),
        K("ORG", "Ondernemersvereniging Binnenstad"), K("STREET", "Van Randwijcklaan"),
        K("STREET", "Stadsring"), K("STREET", "Langestraat"), K("ORG", "Kees Boekeschool"),
        K("PLACE", "Oliemolenterrein"), K("PLACE", "Stadhuisplein"), K("REF", "T-2025-031"),
        K("REF", "T-2025-047"), K("CASE", "RV-2025-112"), K("MAILBOX", "griffie@amersfoort.nl"),
        K("PHONE_PUBLIC", "14 033"), K("ORG", "ChristenUnie"), K("FUNCTION", "beleidsadviseur Mobiliteit"),
    ]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp03 hoorzitting bezwaarcommissie Zwolle (2 p.)
def bp03(path):
    F = "DejaVuSerif"
    b = st(F, 9.5, 13, space=5)
    h = st(F, 11.5, 15, bold=True)
    kv = st(F, 9, 11.5, space=0)
    head = [["Zaaknummer", "BZ-2025-0873"], ["Bezwaarde", "de heer M.A.J. (Marco) Hulsbergen, Assendorperstraat 9-II, 8012 DA Zwolle"],
            ["Geboortedatum", "14-03-1968"], ["BSN", "211.453.894"],
            ["Gemachtigde", "mr. L.C. Oldenkamp, Vecht &amp; IJssel Advocaten"],
            ["Bestreden besluit", "besluit van 3 april 2025, kenmerk 2025-WMO-11842 (Wmo: huishoudelijke hulp)"],
            ["Datum hoorzitting", "dinsdag 24 juni 2025, 10.00 uur, Stadskantoor, Lübeckplein 2"]]
    story = [
        P("Gemeente Zwolle · Commissie bezwaarschriften", st(F, 8, color=colors.HexColor("#1f5f8b"))),
        P("Verslag van de hoorzitting", st(F, 15, 19, bold=True)),
        tbl(head, [40 * mm, 126 * mm], kv, head=False),
        Spacer(1, 6),
        P("<b>Aanwezig</b><br/>Namens de commissie: mr. H.E. Wijnbergen-Alders (voorzitter), drs. O. Kamphuis "
          "(lid), mevrouw J. Sloetjes (secretaris).<br/>Bezwaarde: de heer Hulsbergen, bijgestaan door zijn "
          "gemachtigde mr. Oldenkamp en zijn zus, mevrouw Anke Hulsbergen.<br/>Namens het college: de heer "
          "B. Nijkamp (consulent Wmo) en mevrouw R. Dogan-Verhoef (juridisch adviseur Sociaal Domein).", b),
        P("1. Opening", h),
        P("De voorzitter opent de hoorzitting, stelt de aanwezigen voor en wijst op de werkwijze van de "
          "commissie volgens de Verordening commissie bezwaarschriften Zwolle 2022. Van de hoorzitting "
          "wordt een geluidsopname gemaakt ten behoeve van dit verslag.", b),
        P("2. Toelichting bezwaarde", h),
        P("Mr. Oldenkamp licht het bezwaar toe. Zijn cliënt is na een herseninfarct in 2023 halfzijdig "
          "verlamd en heeft sindsdien zes uur huishoudelijke hulp per week gehad. Bij het bestreden besluit "
          "is dit teruggebracht tot twee uur, zonder dat de heer Nijkamp een nieuw keukentafelgesprek heeft "
          "gevoerd. Het onderzoek voldoet daarom niet aan artikel 2.3.2 van de Wet maatschappelijke "
          "ondersteuning 2015. Verwezen wordt naar de uitspraak van de Centrale Raad van Beroep van 18 mei "
          "2016, ECLI:NL:CRVB:2016:1402.", b),
        P("De heer Hulsbergen vult aan dat hij sinds het overlijden van zijn vrouw alleen woont en dat zijn "
          "zus Anke twee keer per week uit Hattem komt om te helpen. Hij gebruikt antidepressiva en merkt "
          "dat de rommel in huis hem somber maakt. Mevrouw Anke Hulsbergen bevestigt dit.", b),
        P("3. Toelichting namens het college", h),
        P("Mevrouw Dogan-Verhoef stelt dat het besluit berust op het advies van de GGD IJsselland van 12 "
          "maart 2025. De heer Nijkamp erkent dat hij de heer Hulsbergen telefonisch heeft gesproken en niet "
          "thuis heeft bezocht. Hij geeft aan dat dit in de drukke periode gebruikelijk was. Op een vraag "
          "van drs. Kamphuis antwoordt hij dat de indicatie HH2 is gebruikt, conform de Beleidsregels "
          "maatschappelijke ondersteuning Zwolle 2024.", b),
        P("4. Vragen van de commissie", h),
        P("De voorzitter vraagt of een nieuw onderzoek door een onafhankelijke arts mogelijk is. Mevrouw "
          "Dogan-Verhoef zegt dat het college dit wil overwegen. Mr. Oldenkamp vraagt om vergoeding van "
          "de proceskosten op rekeningnummer NL38 RABO 0312 4460 71 ten name van zijn kantoor; de commissie "
          "neemt dit mee in het advies.", b),
        P("5. Sluiting", h),
        P("De voorzitter dankt de aanwezigen. De commissie brengt binnen zes weken advies uit aan het "
          "college van burgemeester en wethouders. Het verslag wordt aan partijen toegezonden. Vragen over "
          "dit verslag: bezwaarschriften@zwolle.nl of 038 - 498 91 11 (algemeen nummer).", b),
        Spacer(1, 10),
        P("Zwolle, 30 juni 2025<br/>J. Sloetjes, secretaris<br/><i>Dit verslag is opgesteld door "
          "mevrouw Sloetjes (j.sloetjes@zwolle.nl, 038 - 498 27 63).</i>", b),
    ]
    build(path, story, onpage=footer("BZ-2025-0873  verslag hoorzitting", font="DejaVuSerif"),
          title="Verslag hoorzitting BZ-2025-0873", author="Commissie bezwaarschriften")
    red = [
        R("PERSON", "Marco Hulsbergen", "M.A.J. (Marco) Hulsbergen", "Hulsbergen"),
        R("ADDRESS", "Assendorperstraat 9-II", "Assendorperstraat 9-II", "8012 DA"),
        R("DOB", "14-03-1968"), R("BSN", "211.453.894"),
        R("PERSON", "mr. L.C. Oldenkamp", "L.C. Oldenkamp", "Oldenkamp"),
        R("PERSON", "H.E. Wijnbergen-Alders", "Wijnbergen-Alders"),
        R("PERSON", "O. Kamphuis", "O. Kamphuis", "Kamphuis"),
        R("PERSON", "J. Sloetjes", "J. Sloetjes", "Sloetjes"),
        R("PERSON", "Anke Hulsbergen", "Anke"),
        R("PERSON", "B. Nijkamp", "B. Nijkamp", "Nijkamp"),
        R("PERSON", "R. Dogan-Verhoef", "Dogan-Verhoef"),
        R("HEALTH", "herseninfarct", "herseninfarct", "halfzijdig verlamd", "antidepressiva"),
        R("IBAN", "NL38 RABO 0312 4460 71"),
        R("EMAIL", "j.sloetjes@zwolle.nl"), R("PHONE", "038 - 498 27 63"),
    ]
    keep = [
        K("CASE", "BZ-2025-0873"), K("REF", "2025-WMO-11842"), K("ORG", "Vecht & IJssel Advocaten"),
        K("ADDRESS_PUBLIC", "Lübeckplein 2"), K("LAW", "Wet maatschappelijke ondersteuning 2015"),
        K("LAW", "Verordening commissie bezwaarschriften Zwolle 2022"),
        K("LAW", "Beleidsregels maatschappelijke ondersteuning Zwolle 2024"),
        K("ORG", "Centrale Raad van Beroep"), K("REF", "ECLI:NL:CRVB:2016:1402"), K("ORG", "GGD IJsselland"),
        K("PLACE", "Hattem"), K("MAILBOX", "bezwaarschriften@zwolle.nl"), K("PHONE_PUBLIC", "038 - 498 91 11"),
        K("FUNCTION", "consulent Wmo"), K("FUNCTION", "juridisch adviseur Sociaal Domein"),
        K("DATE", "24 juni 2025"), K("ORG", "Commissie bezwaarschriften"),
    ]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp04 rekenkamer Arnhem (docx -> LibreOffice, 2 p.)
def bp04(path):
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_BREAK
    d = new_docx("Carlito", 10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Rekenkamer Arnhem  |  Meedoen aan de warmtetransitie"
    sec.footer.paragraphs[0].text = "Rekenkamer Arnhem - rapport RKA-2025-03 - oktober 2025"
    t = d.add_paragraph()
    r = t.add_run("Meedoen aan de warmtetransitie")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x0b, 0x5a, 0x3c)
    d.add_paragraph("Onderzoek naar bewonersparticipatie in het programma Arnhem Aardgasvrij (2021-2024)")
    d.add_heading("Colofon", level=2)
    d.add_paragraph("Onderzoeksteam: drs. Marloes Hengeveld (projectleider), Jorrit Albersen MSc en "
                    "Naomi Tjong-A-Hung (onderzoekers). Redactie: Wendelien Prins. Het onderzoek is "
                    "uitgevoerd met ondersteuning van Bureau Berenschot.")
    d.add_paragraph("Contact: rekenkamer@arnhem.nl, telefoon 026 - 377 47 70 (secretariaat). Voor vragen over "
                    "dit rapport kunt u ook rechtstreeks contact opnemen met de projectleider via "
                    "m.hengeveld@arnhem.nl of 06 - 52 90 18 37.")
    d.add_heading("Samenvatting", level=2)
    d.add_paragraph("De gemeenteraad van Arnhem heeft in 2021 de Transitievisie Warmte vastgesteld. Daarin is "
                    "afgesproken dat bewoners van de eerste vijf wijken - waaronder Presikhaaf-West en "
                    "Schuytgraaf - vroegtijdig worden betrokken. De Rekenkamer concludeert dat het college de "
                    "participatie goed heeft georganiseerd in Presikhaaf-West, maar dat bewoners in de "
                    "andere wijken pas na de keuze voor een warmtenet werden geïnformeerd.")
    d.add_paragraph("Wij spraken met wethouder Van Leeuwen-Kaya (Energietransitie), met zeven ambtenaren en "
                    "met bewoners. Een bewoner van de Vlamoven vertelde: 'Ik hoorde het pas toen de "
                    "aannemer bij ons aanbelde.' Burgemeester Marcouch heeft het rapport op 2 oktober 2025 "
                    "in ontvangst genomen namens het college.")
    d.add_paragraph("Aanbevelingen: (1) leg in de Participatieverordening Arnhem 2023 vast wanneer bewoners "
                    "worden betrokken; (2) rapporteer halfjaarlijks aan de raad; (3) betrek de "
                    "Energiecoöperatie Arnhem-Noord bij de wijkuitvoeringsplannen.")
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Bijlage 2  Gesprekspartners", level=2)
    rows = [["Naam", "Functie / rol", "Datum gesprek"],
            ["D. van Leeuwen-Kaya", "wethouder Energietransitie", "4 maart 2025"],
            ["ir. Bram Scholtens", "programmamanager Arnhem Aardgasvrij", "6 maart 2025"],
            ["Ilona Verhagen-Pauw", "wijkregisseur Presikhaaf", "6 maart 2025"],
            ["Jeroen Dijkhuizen", "senior adviseur participatie", "11 maart 2025"],
            ["Aylin Kocabaş", "communicatieadviseur", "11 maart 2025"],
            ["Frits Groenewoud", "bewoner Schuytgraaf", "18 maart 2025"],
            ["Mevr. G. Lammers-Tol", "bewoner Vlamoven", "18 maart 2025"],
            ["Rutger ten Brinke", "voorzitter Energiecoöperatie Arnhem-Noord", "20 maart 2025"],
            ["ing. P.C. Wanrooij", "netbeheerder Liander, regio Arnhem", "25 maart 2025"]]
    docx_table(d, rows, [5.2, 7.5, 3.5])
    d.add_paragraph("")
    d.add_paragraph("De gespreksverslagen zijn door de gesprekspartners geverifieerd. Het ambtelijk "
                    "wederhoor vond plaats tussen 1 en 15 juli 2025 via de contactpersoon van het programma, "
                    "de heer Scholtens. De bestuurlijke reactie van het college is opgenomen in hoofdstuk 6.")
    d.core_properties.author = "Rekenkamer Arnhem"
    save_docx_pdf(d, path)
    red = [
        R("PERSON", "Marloes Hengeveld", "Marloes Hengeveld"), R("EMAIL", "m.hengeveld@arnhem.nl"),
        R("PHONE", "06 - 52 90 18 37"),
        R("PERSON", "Jorrit Albersen", "Jorrit Albersen"), R("PERSON", "Naomi Tjong-A-Hung", "Tjong-A-Hung"),
        R("PERSON", "Wendelien Prins", "Wendelien Prins"),
        R("PERSON", "Bram Scholtens", "Bram Scholtens", "Scholtens"),
        R("PERSON", "Ilona Verhagen-Pauw", "Verhagen-Pauw"), R("PERSON", "Jeroen Dijkhuizen", "Dijkhuizen"),
        R("PERSON", "Aylin Kocabaş", "Kocabaş"), R("PERSON", "Frits Groenewoud", "Groenewoud"),
        R("PERSON", "G. Lammers-Tol", "Lammers-Tol"), R("PERSON", "Rutger ten Brinke", "ten Brinke"),
        R("PERSON", "P.C. Wanrooij", "Wanrooij"),
    ]
    keep = [
        K("ORG", "Rekenkamer Arnhem"), K("PROGRAMME", "Arnhem Aardgasvrij"), K("REF", "RKA-2025-03"),
        K("MAILBOX", "rekenkamer@arnhem.nl"), K("PHONE_PUBLIC", "026 - 377 47 70"),
        K("PERSON_PUBLIC", "wethouder Van Leeuwen-Kaya", "Van Leeuwen-Kaya"),
        K("PERSON_PUBLIC", "burgemeester Marcouch", "Marcouch"), K("ORG", "Bureau Berenschot"),
        K("LAW", "Transitievisie Warmte"), K("LAW", "Participatieverordening Arnhem 2023"),
        K("PLACE", "Presikhaaf-West"), K("PLACE", "Schuytgraaf"), K("PLACE", "Vlamoven"),
        K("ORG", "Energiecoöperatie Arnhem-Noord"), K("ORG", "Liander"),
        K("FUNCTION", "programmamanager Arnhem Aardgasvrij"), K("FUNCTION", "wijkregisseur Presikhaaf"),
        K("FUNCTION", "communicatieadviseur"), K("FUNCTION", "senior adviseur participatie"),
    ]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp05 petition with signatories (2 p.)
SIGN05 = [("Annemiek Brouwer-Smit", "Kleverlaan 12"), ("Joost van der Linden", "Zijlweg 233"),
          ("Priya Ramdin", "Generaal Cronjéstraat 41"), ("Ömer Yılmaz", "Rijksstraatweg 88"),
          ("Kees Leiden", "Schoterweg 5"), ("M. de Graaf-Schouten", "Van Oosten de Bruynstraat 7"),
          ("Wouter Haarsma", "Spaarndamseweg 160"), ("Ingrid van Eck", "Kruisweg 19"),
          ("Siham Ouali", "Delftlaan 54"), ("F.J.M. Verbeek", "Westergracht 2a"),
          ("Lisanne de Jong", "Tempeliersstraat 30"), ("Dirk-Jan Kuiper", "Kleine Houtweg 101"),
          ("Nguyen Thi Lan", "Zaanenlaan 66"), ("Bart Zandvoort", "Prinsen Bolwerk 9"),
          ("Yvonne Pranger", "Amsterdamsevaart 211"), ("Thomas O'Connor", "Bakenessergracht 44"),
          ("Hanneke ter Horst", "Jan Gijzenkade 17"), ("R. Kartosen-Wong", "Planetenlaan 3"),
          ("Sven Lindqvist", "Oranjeboomstraat 80"), ("Fenna Bosch", "Van Dortstraat 15")]


def _scribble(seed, w=38 * mm, h=8 * mm):
    import random
    from reportlab.graphics.shapes import Drawing, PolyLine
    rnd = random.Random(seed)
    dr = Drawing(w, h)
    pts = []
    x = 2
    while x < w - 6:
        pts += [x, rnd.uniform(1, h - 1)]
        x += rnd.uniform(2, 7)
    dr.add(PolyLine(pts, strokeColor=colors.HexColor("#1a2a6c"), strokeWidth=0.8))
    return dr


def bp05(path):
    F = "Helvetica"
    b = st(F, 10, 13.5, space=6)
    sm = st("DejaVuSans", 8.5, 11, space=0)
    rows1 = [["Nr.", "Naam", "Adres", "Woonplaats", "Handtekening"]]
    rows2 = [["Nr.", "Naam", "Adres", "Woonplaats", "Handtekening"]]
    for i, (n, a) in enumerate(SIGN05):
        row = [str(i + 1), n, a, "Haarlem", _scribble(i + 5)]
        (rows1 if i < 10 else rows2).append(row)
    w = [10 * mm, 45 * mm, 48 * mm, 24 * mm, 40 * mm]
    story = [
        P("PETITIE", st(F, 20, 24, bold=True, color=colors.HexColor("#b5121b"))),
        P("<b>Houd de Wilhelminaschool open!</b>", st(F, 14, 18)),
        P("Aan de gemeenteraad van Haarlem<br/>t.a.v. de griffie, Grote Markt 2, 2011 RD Haarlem", b),
        P("Haarlem, 9 oktober 2025", b),
        P("Geachte raadsleden,", b),
        P("Het college stelt in het concept-Integraal Huisvestingsplan Onderwijs 2026-2040 voor om de "
          "Wilhelminaschool in Haarlem-Noord te sluiten en de leerlingen onder te brengen in het nieuwe IKC "
          "aan de Marnixstraat. Wij, ouders en buurtbewoners, vragen u dit voorstel niet over te nemen. "
          "Wij verwijzen naar de toezegging van wethouder Sikkema in de commissie Samenleving van 4 "
          "september 2025 dat eerst een participatietraject met de buurt volgt.", b),
        P("Deze petitie is online en op papier ondertekend door 1.184 personen. Hieronder de eerste "
          "twintig ondertekenaars die de petitie op papier tekenden; de volledige lijst is als "
          "spreadsheet aan de griffie gestuurd. Contactpersoon namens de ouders: Annemiek Brouwer-Smit, "
          "annemiek.brouwersmit@xs4all.nl, 06-22 91 47 03.", b),
        tbl(rows1, w, sm, valign="MIDDLE"),
        PageBreak(),
        P("Petitie 'Houd de Wilhelminaschool open!' - vervolg ondertekenaars", st(F, 11, 14, bold=True)),
        tbl(rows2, w, sm, valign="MIDDLE"),
        Spacer(1, 10),
        P("De petitie is op 9 oktober 2025 aangeboden aan burgemeester Wienen en aan de fractievoorzitters "
          "Mahabier (GroenLinks) en Van der Meer-Rijpma (Actiepartij). Afschrift aan: Stichting Spaarnesant "
          "(schoolbestuur) en de Medezeggenschapsraad van de Wilhelminaschool.", b),
        P("Verwerking persoonsgegevens: de namen en adressen worden uitsluitend gebruikt voor deze petitie, "
          "zie de privacyverklaring van de gemeente Haarlem over het Petitierecht.", st(F, 8, 10, italic=True)),
    ]
    build(path, story, onpage=footer("Petitie Wilhelminaschool - ontvangen griffie Haarlem 9-10-2025"),
          title="Petitie Houd de Wilhelminaschool open", author="petitie")
    red = []
    for n, a in SIGN05:
        red.append(R("PERSON", n, n))
        red.append(R("ADDRESS", a, a))
    red += [R("PERSON", "Annemiek (contact)", "Annemiek"), R("EMAIL", "annemiek.brouwersmit@xs4all.nl"),
            R("PHONE", "06-22 91 47 03")]
    keep = [K("ORG", "Wilhelminaschool"), K("PLACE", "Haarlem"), K("PLACE", "Haarlem-Noord"),
            K("ADDRESS_PUBLIC", "Grote Markt 2"), K("LAW", "Integraal Huisvestingsplan Onderwijs 2026-2040"),
            K("STREET", "Marnixstraat"), K("PERSON_PUBLIC", "wethouder Sikkema", "Sikkema"),
            K("PERSON_PUBLIC", "burgemeester Wienen", "Wienen"), K("PERSON_PUBLIC", "Mahabier"),
            K("PERSON_PUBLIC", "Van der Meer-Rijpma"), K("ORG", "Stichting Spaarnesant"),
            K("ORG", "Actiepartij"), K("ORG", "GroenLinks"), K("ORG", "Medezeggenschapsraad"),
            K("DATE", "9 oktober 2025"), K("LAW", "Petitierecht")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp06 handwritten notes of a hearing (scan)
def bp06(path):
    from reportlab.pdfgen import canvas
    tmp = path.with_suffix(".src.pdf")
    c = canvas.Canvas(str(tmp), pagesize=A4)
    W, H = A4
    c.setStrokeColor(colors.HexColor("#9ec3e6"))
    y = H - 40 * mm
    while y > 20 * mm:
        c.line(15 * mm, y, W - 15 * mm, y)
        y -= 11 * mm
    c.setStrokeColor(colors.HexColor("#e59a9a"))
    c.line(28 * mm, 15 * mm, 28 * mm, H - 15 * mm)
    c.setFillColor(colors.HexColor("#1b2a80"))
    lines = [
        "Hoorzitting 8 okt 2025 - bezwaar 2025/0412",
        "Bezwaarde: Kasper Wildeboer",
        "Gemachtigde: mr. Yvette Draaisma",
        "Gemeente: Sander Mulderij (vergunningen)",
        "Wildeboer: schuur staat er al sinds 1998",
        "Draaisma: beroep op gelijkheid, nr 14",
        "buurman Evert Stoelinga dient klacht in",
        "Mulderij: geen vergunning gevonden",
        "tel Wildeboer 06 29 38 47 56",
        "Afspraak: foto's sturen voor 15 okt",
        "advies: ongegrond? overleg voorzitter",
    ]
    y = H - 40 * mm + 2
    c.setFont("Femke", 21)
    for i, ln in enumerate(lines):
        c.drawString(32 * mm + (i % 3) * 1.5, y + 1.5, ln)
        y -= 22 * mm if i == 0 else 11 * mm * 1.0 + (11 * mm if i in (3,) else 0)
    c.save()
    scan_pages(tmp, path, seed=6, dpi=200, angle=0.6, quality=70, noise=6, gray=True)
    tmp.unlink()
    red = [
        R("PERSON", "Kasper Wildeboer", "Kasper", "Wildeboer", ch="ocr"),
        R("PERSON", "Yvette Draaisma", "Yvette", "Draaisma", ch="ocr"),
        R("PERSON", "Sander Mulderij (OCR reads the surname as 'Wlulderij': first name only)", "Sander", ch="ocr"),
        R("PERSON", "Evert Stoelinga", "Evert", "Stoelinga", ch="ocr"),
        R("PHONE", "06 29 38 47 56", "06 29 38", ch="ocr"),
    ]
    return {"red": red, "keep": []}


# ------------------------------------------------------------------ bp07 phone photo of a letter (scan)
def bp07(path):
    tmp = path.with_suffix(".src.pdf")
    F = "LiberationSerif"
    b = st(F, 12, 16, space=8)
    story = [
        P("G.H. (Gert) Bloemendaal<br/>Kerkstraat 17<br/>6671 AB Zetten<br/>tel. 0488 - 45 13 29<br/>"
          "gert.bloemendaal@hetnet.nl", st(F, 12, 15, space=14)),
        P("Aan de gemeenteraad van Overbetuwe<br/>Postbus 11<br/>6660 AA Elst", b),
        P("Zetten, 2 november 2025", b),
        P("Betreft: inspreken over de sluiting van zwembad De Grote Oefening", st(F, 12, 16, bold=True)),
        P("Geachte leden van de raad,", b),
        P("Op 13 november wil ik graag inspreken bij de commissie Samenleving. Ik zwem al veertig jaar in "
          "De Grote Oefening, sinds mijn knieoperatie twee keer per week op advies van mijn "
          "fysiotherapeut, mevrouw Hoogendoorn. Zonder zwembad in Zetten moet ik naar Elst of Wageningen, "
          "en ik heb geen auto.", b),
        P("Ik heb wethouder Rutgers hierover op de markt gesproken en hij raadde mij aan u te schrijven. "
          "Ook mijn buurvrouw, mevrouw Bettie Smulders, wil graag meespreken.", b),
        P("Met vriendelijke groet,", b),
        Spacer(1, 34),
        P("Gert Bloemendaal", b),
    ]
    def sig(c, d):
        c.saveState()
        c.setStrokeColor(colors.HexColor("#13216a"))
        c.setLineWidth(1.2)
        p = c.beginPath()
        p.moveTo(26 * mm, 131 * mm)
        p.curveTo(32 * mm, 145 * mm, 38 * mm, 123 * mm, 46 * mm, 137 * mm)
        p.curveTo(52 * mm, 148 * mm, 58 * mm, 125 * mm, 72 * mm, 133 * mm)
        c.drawPath(p)
        c.restoreState()
    build(tmp, story, onpage=sig, margins=(24 * mm, 24 * mm, 24 * mm, 24 * mm))
    scan_pages(tmp, path, seed=7, dpi=170, angle=-2.2, quality=60, noise=7, shadow=True, persp=True, gray=False)
    tmp.unlink()
    red = [
        R("PERSON", "Gert Bloemendaal", "Bloemendaal", ch="ocr"),
        R("ADDRESS", "Kerkstraat 17", "Kerkstraat 17", ch="ocr"),
        R("PHONE", "0488 - 45 13 29", "45 13 29", ch="ocr"),
        R("EMAIL", "gert.bloemendaal@hetnet.nl", "gert.bloemendaal", ch="ocr"),
        R("HEALTH", "knieoperatie", "knieoperatie", ch="ocr"),
        R("PERSON", "Hoogendoorn (fysiotherapeut)", "Hoogendoorn", ch="ocr"),
        R("PERSON", "Bettie Smulders", "Smulders", ch="ocr"),
    ]
    return {"red": red, "keep": []}


# ------------------------------------------------------------------ bp08 schriftelijke vragen raadslid Nijmegen
def bp08(path):
    F = "LiberationSans"
    b = st(F, 10, 14, space=6)
    story = [
        P("Schriftelijke vragen ex artikel 40 Reglement van Orde gemeenteraad Nijmegen 2022",
          st(F, 13, 17, bold=True)),
        tbl([["Datum", "20 oktober 2025"], ["Vragensteller", "Sophie Wagenvoort (Partij voor de Dieren)"],
             ["Onderwerp", "Huisuitzetting Hatertseweg en de rol van de woningcorporatie"],
             ["Registratienummer", "SV-2025-117"]], [45 * mm, 115 * mm], st(F, 9.5, 12, space=0), head=False),
        Spacer(1, 8),
        P("Inleiding", st(F, 11, 14, bold=True)),
        P("Op 16 oktober 2025 berichtte De Gelderlander over de dreigende huisuitzetting van een 81-jarige "
          "bewoonster van de Hatertseweg, mevrouw Ingrid Baarn. Volgens het artikel heeft mevrouw Baarn een "
          "huurachterstand van ruim 4.000 euro opgebouwd nadat haar man, Hendrik Baarn, in het voorjaar "
          "overleed. Haar buurman, de heer Stijn Olthof, zegt in het artikel dat hij de gemeente al in "
          "juni heeft gewaarschuwd via het Sociaal Wijkteam Hatert.", b),
        P("Vragen", st(F, 11, 14, bold=True)),
        P("1. Is het college bekend met het bericht 'Weduwe (81) dreigt huis aan Hatertseweg kwijt te "
          "raken'?<br/>2. Klopt het dat de melding van de heer Olthof in juni bij het Sociaal Wijkteam Hatert "
          "binnenkwam, en wat is daarmee gedaan?<br/>3. Welke afspraken heeft de gemeente met Talis en "
          "Portaal over vroegsignalering van huurachterstanden, zoals bedoeld in de Wet gemeentelijke "
          "schuldhulpverlening?<br/>4. Is het college bereid om, net als burgemeester Bruls eerder deed "
          "bij de Staddijk, in gesprek te gaan met de corporatie om deze uitzetting te voorkomen?<br/>"
          "5. Hoeveel huisuitzettingen vonden in 2024 en 2025 plaats in Nijmegen?", b),
        P("Sophie Wagenvoort<br/>raadslid Partij voor de Dieren Nijmegen", b),
        P("Deze vragen zijn op 20 oktober 2025 ontvangen door de griffie (griffie@nijmegen.nl) en "
          "doorgezonden aan het college. Wethouder Kayadoğlu (Wonen) is eerstverantwoordelijk.",
          st(F, 8.5, 11, italic=True)),
    ]
    build(path, story, onpage=footer("Gemeenteraad Nijmegen - schriftelijke vragen SV-2025-117", font="LiberationSans"),
          title="Schriftelijke vragen SV-2025-117", author="Griffie Nijmegen")
    red = [R("PERSON", "Ingrid Baarn", "Ingrid Baarn", "Baarn"), R("PERSON", "Hendrik Baarn", "Hendrik"),
           R("PERSON", "Stijn Olthof", "Stijn Olthof", "Olthof")]
    keep = [K("PERSON_PUBLIC", "raadslid Sophie Wagenvoort", "Sophie Wagenvoort"),
            K("ORG", "Partij voor de Dieren"), K("REF", "SV-2025-117"), K("ORG", "De Gelderlander"),
            K("STREET", "Hatertseweg"), K("ORG", "Sociaal Wijkteam Hatert"), K("ORG", "Talis"), K("ORG", "Portaal"),
            K("LAW", "Wet gemeentelijke schuldhulpverlening"), K("PERSON_PUBLIC", "burgemeester Bruls", "Bruls"),
            K("PLACE", "Staddijk"), K("PLACE", "Nijmegen"), K("MAILBOX", "griffie@nijmegen.nl"),
            K("PERSON_PUBLIC", "wethouder Kayadoğlu", "Kayadoğlu"),
            K("LAW", "Reglement van Orde gemeenteraad Nijmegen 2022")]
    return {"red": red, "keep": keep}


DOCS = [("bp01_verbatim_raad_utrecht", bp01), ("bp02_commissie_amersfoort", bp02),
        ("bp03_hoorzitting_zwolle", bp03), ("bp04_rekenkamer_arnhem", bp04), ("bp05_petitie_haarlem", bp05),
        ("bp06_aantekeningen_hoorzitting_scan", bp06), ("bp07_brief_foto_overbetuwe", bp07),
        ("bp08_schriftelijke_vragen_nijmegen", bp08)]
