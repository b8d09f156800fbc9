"""Set TB, documents tb19-tb27: council questions and answers, press release, invoices, fire-safety
advice, memo with bookmarks, draft with sticky notes, letter to a tenant."""
from lib import Doc, H, K, R
from content_a import WORD

DOCS = []

# ---------------------------------------------------------------- tb19 council questions
DOCS.append(Doc("tb19_raadsvragen", "rl", title="Schriftelijke vragen kamerverhuur arbeidsmigranten",
                author="Griffie Tilburg", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019",
                font="DejaVu", size=10, blocks=[
    ("h", "Schriftelijke vragen ex artikel 42 Reglement van orde"),
    ("kv", [("Nummer", "RV-2026-112"), ("Datum ingekomen", "10 juni 2026"),
            ("Vragenstellers", "raadslid E. Yılmaz (GroenLinks-PvdA) en raadslid T. Bressers (SP)"),
            ("Onderwerp", "Uitbuiting van arbeidsmigranten door malafide verhuurders"),
            ("Registratie griffie", "R. Vissers, griffiemedewerker (r.vissers@tilburg.nl)")]),
    ("p", "Geacht college,"),
    ("p", "Uit berichtgeving in het Brabants Dagblad van 8 juni 2026 blijkt dat de gemeente een woning aan de "
          "Korvelseweg wil sluiten waarin twaalf arbeidsmigranten verblijven, onder wie mensen die in een garage "
          "zonder raam sliepen. Volgens het artikel gaat het om een verhuurder die ook elders in Brabant bekend is. "
          "Raadslid Yılmaz sprak afgelopen week met bewoners en hun advocaat."),
    ("p", "Wij hebben de volgende vragen:"),
    ("p", "1. Hoeveel meldingen over overbewoning van woningen met arbeidsmigranten heeft de gemeente Tilburg in "
          "2025 en 2026 ontvangen, en in hoeveel gevallen is gehandhaafd?\n"
          "2. Klopt het dat dezelfde verhuurder een vergunning heeft aangevraagd voor een tweede pand? Wordt daarbij "
          "de Wet Bibob toegepast?\n"
          "3. Waar kunnen de bewoners terecht na sluiting? Is de opvang via Stichting Peerke Donders Opvang "
          "toereikend, en blijven de bewoners hun werk behouden?\n"
          "4. Is het college bereid een verhuurvergunning in te voeren op grond van de Wet goed verhuurderschap, "
          "zoals Kamerlid Oudenaarde recent in de Tweede Kamer bepleitte?\n"
          "5. Hoe werkt het college samen met de Nederlandse Arbeidsinspectie en het RIEC om uitzendbureaus die "
          "huur inhouden op het loon aan te pakken?"),
    ("p", "Wij zien de beantwoording binnen de termijn van dertig dagen tegemoet."),
    ("p", "Esra Yılmaz, GroenLinks-PvdA\nTom Bressers, SP"),
], redact=[R("PERSON", "R. Vissers (griffiemedewerker)", "R. Vissers", "Vissers"),
           R("EMAIL", "r.vissers@tilburg.nl", "r.vissers@tilburg.nl")],
   keep=[K("PUBLIC_OFFICIAL", "raadslid E. Yılmaz", "raadslid E. Yılmaz", "Raadslid Yılmaz", "Esra Yılmaz"),
         K("PUBLIC_OFFICIAL", "raadslid T. Bressers", "raadslid T. Bressers", "Tom Bressers"),
         K("ORG", "GroenLinks-PvdA", "GroenLinks-PvdA"), K("ORG", "SP", "SP"),
         K("ORG", "Tweede Kamer", "Tweede Kamer"), K("LAW", "Reglement van orde", "Reglement van orde")]))

# ---------------------------------------------------------------- tb20 college answer
DOCS.append(Doc("tb20_antwoord_raadsvragen", "docx", title="Beantwoording raadsvragen RV-2026-112",
                author="J. Nooijen", producer="Microsoft® Word voor Microsoft 365", creator=WORD,
                font="Liberation Sans", size=9.5, blocks=[
    ("p", "Aan de leden van de gemeenteraad van Tilburg"),
    ("kv", [("Datum", "7 juli 2026"), ("Kenmerk", "UIT-26-22871 / RV-2026-112"),
            ("Onderwerp", "Beantwoording schriftelijke vragen raadsleden Yılmaz en Bressers over uitbuiting van "
                          "arbeidsmigranten"),
            ("Inlichtingen", "J. Nooijen, beleidsadviseur Wonen, telefoon 013 542 8745")]),
    ("p", "Geachte leden van de raad,"),
    ("p", "Vraag 1. In 2025 ontving de gemeente 64 meldingen over overbewoning waarbij arbeidsmigranten betrokken "
          "waren, in 2026 tot 1 juli 41. In 23 gevallen is een last onder dwangsom opgelegd; in 3 gevallen heeft de "
          "burgemeester een woning gesloten."),
    ("p", "Vraag 2. Ja. Over een individuele aanvrager doen wij geen mededelingen; de Wet Bibob (artikel 28) "
          "verbiedt ons bovendien informatie uit een Bibob-onderzoek te delen. In zijn algemeenheid passen wij de "
          "Wet Bibob toe bij aanvragen voor kamerverhuur van verhuurders tegen wie handhaving loopt."),
    ("p", "Vraag 3. Alle bewoners hebben opvang aangeboden gekregen in het Mgr. Zwijsenhuis van Stichting Peerke "
          "Donders Opvang. Zeven bewoners hebben daarvan gebruikgemaakt; vijf hebben zelf andere woonruimte "
          "gevonden. Het Huurteam Tilburg ondersteunt bij het vinden van een woning. Over het werk van de "
          "bewoners hebben wij contact gehad met het uitzendbureau."),
    ("p", "Vraag 4. Wethouder Heesakkers werkt aan een voorstel voor een verhuurvergunning voor de wijken Noord "
          "en Oud-Zuid, dat in het najaar aan de raad wordt voorgelegd. Het college volgt de landelijke discussie "
          "en de oproep van Kamerlid Oudenaarde met belangstelling."),
    ("p", "Vraag 5. De samenwerking verloopt via het RIEC Zeeland-West-Brabant. De Nederlandse Arbeidsinspectie "
          "is bevoegd ten aanzien van inhoudingen op het loon; de gemeente levert signalen aan. Daarnaast is "
          "de Stichting Normering Flexwonen geïnformeerd."),
    ("p", "Burgemeester en wethouders van Tilburg,"),
    ("t", [["De secretaris,", "De burgemeester,"], ["P.L.M. Mathijssen", "A.M. Roefs"]], [1, 1]),
], keep=[K("REF", "UIT-26-22871", "UIT-26-22871"), K("ORG", "gemeenteraad van Tilburg",
                                                       "gemeenteraad van Tilburg"),
         K("ROLE", "De secretaris", "De secretaris"), K("AMOUNT", "64 meldingen", "64 meldingen")]))

# ---------------------------------------------------------------- tb21 press release (hidden author)
DOCS.append(Doc("tb21_persbericht_sluiting", "rl", title="Persbericht: gemeente sluit overbewoonde woning",
                author="Fleur Kuijpers", producer="Adobe PDF Library 23.1.175", creator="Adobe InDesign 19.0 (Windows)",
                font="Helvetica", size=10.5, blocks=[
    ("small", "PERSBERICHT - gemeente Tilburg - 17 juni 2026"),
    ("h", "Gemeente sluit overbewoonde woning: 'Huisjesmelkers pakken we aan, bewoners laten we niet vallen'"),
    ("p", "Burgemeester Roefs heeft vandaag een woning aan de Korvelseweg gesloten waar twaalf arbeidsmigranten "
          "onder gevaarlijke omstandigheden woonden. Bij een controle in maart bleek dat mensen sliepen in een "
          "garage zonder raam en op een zolder zonder tweede vluchtweg. De verhuurder had eerder een last onder "
          "dwangsom gekregen maar bracht de situatie niet op orde."),
    ("p", "\"Dit is geen wonen, dit is uitbuiting,\" zegt wethouder Heesakkers (Wonen). \"Wie misbruik maakt van "
          "mensen die hier komen werken, krijgt met de hele gemeente te maken: toezicht, Bibob, politie en de "
          "Nederlandse Arbeidsinspectie. Tegelijk laten we de bewoners niet in de steek.\" Alle bewoners kregen "
          "tijdelijke opvang aangeboden via Stichting Peerke Donders Opvang."),
    ("p", "Burgemeester Roefs: \"Een sluiting is een zwaar middel. Maar bij brandgevaar van deze omvang kan ik "
          "niet wachten tot er iets gebeurt.\" De Veiligheidsregio Midden- en West-Brabant had geadviseerd om "
          "direct in te grijpen."),
    ("h2", "Meer aandacht voor goed verhuurderschap"),
    ("p", "Sinds 2023 geldt de Wet goed verhuurderschap. De gemeente Tilburg werkt aan een verhuurvergunning in "
          "de wijken Noord en Oud-Zuid. Huurders die problemen hebben met hun verhuurder kunnen terecht bij het "
          "Huurteam Tilburg aan de Burgemeester Brokxlaan 12 of bellen met 14 013. Signalen over uitbuiting kunnen "
          "ook anoniem worden gemeld bij Meld Misdaad Anoniem via 0800-7000."),
    ("p", "Over de identiteit van de verhuurder en de bewoners doet de gemeente geen mededelingen."),
    ("small", "Noot voor de redactie (niet voor publicatie): voor vragen kunt u contact opnemen met Sophie Claassen, "
              "woordvoerder van wethouder Heesakkers, via persvoorlichting@tilburg.nl of 14 013."),
], redact=[H("PERSON", "Fleur Kuijpers (Info /Author)", "metadata", "Fleur Kuijpers", "Kuijpers")],
   keep=[K("PUBLIC_OFFICIAL", "Burgemeester Roefs", "Roefs"),
         K("ORG", "Meld Misdaad Anoniem", "Meld Misdaad Anoniem"), K("PHONE_GENERAL", "0800-7000", "0800-7000"),
         K("ROLE", "woordvoerder", "woordvoerder"), K("ADDRESS_PUBLIC", "Burgemeester Brokxlaan 12",
                                                      "Burgemeester Brokxlaan 12")]))

# ---------------------------------------------------------------- tb22 sole-trader invoice locksmith
DOCS.append(Doc("tb22_factuur_slotenmaker", "rl", title="Factuur 2026-0418", author="Rovers Slotenservice",
                producer="Moneybird", creator="Moneybird", font="Helvetica", size=10, blocks=[
    ("right", "Rovers Slotenservice\nF.A.M. Rovers\nKruisvaarderstraat 19\n5021 BE Tilburg\nT 06-5318 2290\n"
              "ferdi@roversslotenservice.nl\nKvK 80331274 | btw NL004412873B01"),
    ("p", "Gemeente Tilburg\nt.a.v. T. van 't Hek, Bouw- en Woningtoezicht\nPostbus 90155\n5000 LH Tilburg"),
    ("h", "FACTUUR"),
    ("kv", [("Factuurnummer", "2026-0418"), ("Factuurdatum", "18 juni 2026"), ("Vervaldatum", "18 juli 2026"),
            ("Uw referentie", "HH-2026-0117 / inkoopordernr. 4500218833"),
            ("Werkadres", "Korvelseweg 214 en garage 214a, Tilburg")]),
    ("t", [["Omschrijving", "Aantal", "Prijs", "Bedrag"],
           ["Spoedinzet sluiting 17-06-2026 10:00 uur, voorrijkosten", "1", "€ 65,00", "€ 65,00"],
           ["Vervangen cilinders SKG*** voordeur, achterdeur, garagedeur", "3", "€ 89,50", "€ 268,50"],
           ["Aanbrengen sluitingsplaten en verzegelingsbeugel", "2", "€ 42,00", "€ 84,00"],
           ["Arbeid (2 man, 2,5 uur)", "5", "€ 58,00", "€ 290,00"],
           ["Sleutels overgedragen aan toezichthouder (6 stuks, genummerd)", "6", "€ 7,50", "€ 45,00"]],
     [8, 1.5, 2, 2]),
    ("kv", [("Subtotaal", "€ 752,50"), ("Btw 21%", "€ 158,03"), ("Totaal", "€ 910,53")]),
    ("p", "Graag binnen 30 dagen overmaken op IBAN NL91 ABNA 0562 7391 84 t.n.v. F.A.M. Rovers, onder vermelding "
          "van het factuurnummer. Kosten worden door de gemeente verhaald op de verhuurder (kostenverhaal "
          "bestuursdwang)."),
    ("small", "Rovers Slotenservice is een eenmanszaak. Lid van de Vereniging Sleutelspecialisten Nederland. "
              "Op al onze werkzaamheden zijn de algemene voorwaarden van toepassing."),
], keep=[K("REF", "2026-0418", "2026-0418"), K("REF", "4500218833", "4500218833"),
         K("PRODUCT", "SKG***", "SKG***"), K("ORG", "Vereniging Sleutelspecialisten Nederland",
                                             "Vereniging Sleutelspecialisten Nederland"),
         K("AMOUNT", "€ 910,53", "€ 910,53")]))

# ---------------------------------------------------------------- tb23 sole-trader invoice interpreter
DOCS.append(Doc("tb23_factuur_tolk", "docx", title="Faktura / factuur 11-2026", author="Katarzyna Baran",
                producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", font="Liberation Sans", size=10,
                blocks=[
    ("p", "Tłumaczenia K. Baran - tolk en vertaler Pools-Nederlands\nKatarzyna Baran, beëdigd tolk (Wbtv 23118)\n"
          "Goirkestraat 160, 5046 GN Tilburg\nk.baran.tlumacz@gmail.com | 06 1452 7790\nKvK 85120933"),
    ("p", "Aan: Gemeente Tilburg, afdeling VTH\nt.a.v. mevrouw L. Hamers-van Dijk\nPostbus 90155, 5000 LH Tilburg"),
    ("h", "Factuur nr. 11-2026"),
    ("p", "Datum: 30 juni 2026\nOpdracht: tolkdiensten handhavingsdossier HH-2026-0117"),
    ("t", [["Datum", "Omschrijving", "Uren", "Tarief", "Bedrag"],
           ["19-03-2026", "Tolken bij integrale controle (gesprekken met bewoners kamers 1 en 2)", "2,5",
            "€ 64,00", "€ 160,00"],
           ["08-04-2026", "Telefonisch tolken, gesprek wijkregisseur met mevrouw Zielińska-Mróz", "1,0",
            "€ 64,00", "€ 64,00"],
           ["15-06-2026", "Tolken bij aanmelding opvang (o.a. de heer Dąbrowski)", "2,0", "€ 64,00", "€ 128,00"],
           ["17-06-2026", "Tolken bij sluiting woning, toelichting besluit burgemeester", "3,0", "€ 64,00",
            "€ 192,00"],
           ["", "Reiskosten (4 x 12 km à € 0,23)", "", "", "€ 11,04"]], [2, 7, 1, 1.6, 1.6]),
    ("p", "Totaal: € 555,04. Vrijgesteld van btw op grond van de kleineondernemersregeling (KOR)."),
    ("p", "Gelieve het bedrag binnen 14 dagen over te maken op NL12 BUNQ 2091 7338 45 t.n.v. K. Baran."),
    ("p", "Met vriendelijke groet / Z poważaniem,\nKatarzyna Baran"),
], keep=[K("REF", "11-2026", "11-2026"), K("TERM", "kleineondernemersregeling", "kleineondernemersregeling"),
         K("TERM", "KOR", "KOR"), K("AMOUNT", "€ 555,04", "€ 555,04"), K("ROLE", "beëdigd tolk", "beëdigd tolk")]))

# ---------------------------------------------------------------- tb24 fire-safety advice
DOCS.append(Doc("tb24_brandveiligheidsadvies_vr", "rl", title="Advies brandveiligheid kamerverhuur",
                author="R. Smulders", producer="iText 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)",
                creator="Veiligheidsregio Midden- en West-Brabant", font="DejaVuSerif", size=9.5, blocks=[
    ("p", "Veiligheidsregio Midden- en West-Brabant\nAfdeling Risicobeheersing, team Brandveiligheid\n"
          "Postbus 3102, 5003 DC Tilburg | algemeen 088 - 0203 500"),
    ("h", "Advies brandveiligheid - gebruik woning voor kamergewijze bewoning"),
    ("kv", [("Aan", "gemeente Tilburg, Bouw- en Woningtoezicht, L. Hamers-van Dijk"),
            ("Van", "ing. R. Smulders, adviseur brandveiligheid (06 1088 4523, r.smulders@vrmwb.nl)"),
            ("Datum", "21 mei 2026 (na hercontrole 20 mei 2026)"), ("Ons kenmerk", "VR-RB-2026-1187"),
            ("Object", "Korvelseweg 214 / 214a, Tilburg - gebruik: logiesfunctie de facto")]),
    ("h2", "Bevindingen"),
    ("p", "1. Het pand wordt gebruikt door 12 tot 14 personen; feitelijk is sprake van een logiesfunctie en niet "
          "van een woonfunctie. De eisen uit het Besluit bouwwerken leefomgeving voor een logiesfunctie "
          "(brandmeldinstallatie, rookwerendheid van de vluchtroute) worden niet gehaald.\n"
          "2. De zolder heeft één vluchtweg via een open trap door het trappenhuis, die bij brand binnen enkele "
          "minuten onbruikbaar is. Er slapen drie personen.\n"
          "3. In de garage (214a) slapen drie personen. De enige uitgang is een kanteldeur die van buiten met "
          "een hangslot is afgesloten. Dit is levensgevaarlijk.\n"
          "4. Rookmelders zijn inmiddels aanwezig in de gang, niet gekoppeld, niet op de zolder en niet in de "
          "garage. Er zijn geen blusmiddelen.\n"
          "5. Elektrische installatie: overbelaste groepen; meerdere elektrische kachels in gebruik."),
    ("h2", "Advies"),
    ("p", "De Veiligheidsregio adviseert het bevoegd gezag (college en burgemeester) om het gebruik van de garage "
          "en de zolder als slaapruimte onmiddellijk te beëindigen, zo nodig door sluiting. Bij voortgezet gebruik "
          "is bij brand sprake van een reële kans op meerdere dodelijke slachtoffers. De situatie is besproken met "
          "de officier van dienst brandweer, de heer S. Timmermans."),
    ("p", "Voor vragen kunt u contact opnemen met de adviseur, bij voorkeur per e-mail."),
    ("p", "Met vriendelijke groet,\n\ning. R. Smulders\nadviseur brandveiligheid"),
], redact=[R("PERSON", "S. Timmermans (officier van dienst)", "S. Timmermans", "Timmermans")],
   keep=[K("REF", "VR-RB-2026-1187", "VR-RB-2026-1187"), K("PHONE_GENERAL", "088 - 0203 500", "088 - 0203 500"),
         K("ADDRESS_PUBLIC", "Postbus 3102, 5003 DC Tilburg", "Postbus 3102"),
         K("TERM", "logiesfunctie", "logiesfunctie"), K("ROLE", "adviseur brandveiligheid",
                                                        "adviseur brandveiligheid"),
         K("ROLE", "officier van dienst", "officier van dienst")]))

# ---------------------------------------------------------------- tb25 legal memo with named bookmarks
DOCS.append(Doc("tb25_memo_juridisch", "docx", title="Memo juridische grondslag sluiting", author="",
                producer="LibreOffice 7.6", creator="Writer", font="Liberation Serif", size=10.5, blocks=[
    ("h", "Memo - grondslag voor sluiting van de woning Korvelseweg"),
    ("kv", [("Aan", "teamleider Handhaving Wonen"), ("Van", "Juridische Zaken, cluster Omgevingsrecht"),
            ("Datum", "22 mei 2026"), ("Zaak", "Z-2026-18477 / HH-2026-0117")]),
    ("h2", "1. Vraag"),
    ("p", "Kan de woning na de hercontrole van 20 mei 2026 worden gesloten, en zo ja op welke grondslag: artikel "
          "174a Gemeentewet (burgemeester), artikel 17 Woningwet (college) of bestuursdwang op grond van artikel "
          "125 Gemeentewet?"),
    ("h2", "2. Analyse"),
    ("p", "Artikel 17 Woningwet biedt het college de bevoegdheid een gebouw te sluiten als niet wordt voldaan aan "
          "een last. Die bevoegdheid is gekoppeld aan de last onder dwangsom van 28 april 2026; de termijn voor "
          "de verdieping loopt nog. Voor de garage en de zolder is de begunstigingstermijn verstreken."),
    ("p", "Artikel 174a Gemeentewet vereist een verstoring van de openbare orde door gedragingen in of rond de "
          "woning. Volgens vaste rechtspraak van de Afdeling bestuursrechtspraak van de Raad van State is een "
          "brandgevaarlijke situatie op zichzelf onvoldoende; de bedreigingen door de verhuurder en de meldingen "
          "bij de politie kunnen wel bijdragen. Het risico in een voorlopige voorziening achten wij reëel."),
    ("h2", "3. Conclusie"),
    ("p", "Primair: sluiting door de burgemeester op grond van artikel 174a Gemeentewet, gedragen door het advies "
          "van de Veiligheidsregio en de politiemeldingen. Subsidiair: sluiting door het college op grond van "
          "artikel 17 Woningwet van garage en zolder. In beide gevallen moet de opvang van de bewoners vóór de "
          "sluiting geregeld zijn (evenredigheid, artikel 3:4 Awb)."),
    ("p", "Juridische Zaken, cluster Omgevingsrecht"),
], outline=[(0, "Memo sluiting Korvelseweg - concept S. de Laat", 0),
            (1, "1. Vraag (van M. Schellekens)", 0),
            (1, "2. Analyse - aanvullingen Femke Oerlemans", 0),
            (1, "3. Conclusie - akkoord S. de Laat 22-05", 0)],
   redact=[H("PERSON", "Stefan de Laat (bookmark)", "outline", "S. de Laat", "de Laat"),
           H("PERSON", "Femke Oerlemans (bookmark)", "outline", "Femke Oerlemans", "Oerlemans"),
           H("PERSON", "Marjan Schellekens (bookmark)", "outline", "M. Schellekens")],
   keep=[K("LAW", "artikel 17 Woningwet", "artikel 17 Woningwet"),
         K("ORG", "Afdeling bestuursrechtspraak van de Raad van State",
           "Afdeling bestuursrechtspraak van de Raad van State"),
         K("ORG", "Juridische Zaken", "Juridische Zaken"), K("LAW", "artikel 3:4 Awb", "artikel 3:4 Awb")]))

# ---------------------------------------------------------------- tb26 draft letter with sticky notes
DOCS.append(Doc("tb26_concept_bewonersbrief", "rl", title="CONCEPT bewonersbrief sluiting", author="",
                producer="Adobe Acrobat Pro (64-bit) 24.2.20687", creator="Acrobat PDFMaker 24 voor Word",
                font="Helvetica", size=10.5, blocks=[
    ("small", "CONCEPT v0.3 - niet verzenden - ter review Juridische Zaken en Communicatie"),
    ("h", "Informatiebrief aan de bewoners van de woning die op 17 juni 2026 wordt gesloten"),
    ("p", "Beste bewoner,"),
    ("p", "De burgemeester van Tilburg heeft besloten de woning waarin u woont te sluiten. Dat betekent dat "
          "niemand meer in de woning mag wonen of slapen vanaf woensdag 17 juni 2026 om 10:00 uur. Wij weten dat "
          "dit grote gevolgen voor u heeft. Daarom helpen wij u."),
    ("h2", "Waarom wordt de woning gesloten?"),
    ("p", "De woning is niet veilig. Als er brand uitbreekt, kunnen mensen op de zolder en in de garage niet op "
          "tijd naar buiten. De verhuurder heeft de problemen niet opgelost, ook niet na een last onder dwangsom."),
    ("h2", "Waar kunt u slapen?"),
    ("p", "U kunt tijdelijk terecht in het Mgr. Zwijsenhuis van Stichting Peerke Donders Opvang. U mag daar "
          "maximaal acht weken blijven. De wijkregisseur van de gemeente helpt u met aanmelden. Er is een tolk "
          "Pools en een tolk Roemeens aanwezig."),
    ("h2", "Moet u nog huur betalen?"),
    ("p", "Over de periode na de sluiting hoeft u geen huur te betalen aan de verhuurder. Heeft u borg betaald? "
          "Het Huurteam Tilburg helpt u om die terug te krijgen. Wordt er huur ingehouden op uw loon? Meld dat "
          "bij het Huurteam of bij de Nederlandse Arbeidsinspectie."),
    ("h2", "Vragen?"),
    ("p", "Bel de gemeente Tilburg via 14 013 en vraag naar team Wijkregie, of mail naar handhaving@tilburg.nl. "
          "Op donderdag 11 juni 2026 om 19:00 uur is er een bijeenkomst in het Mgr. Zwijsenhuis."),
    ("p", "Met vriendelijke groet,\n\nde burgemeester van Tilburg"),
    ("small", "Deze brief is ook beschikbaar in het Pools, Roemeens en Bulgaars (wordt vertaald door het tolkenbureau)."),
], annots=[(0, [400, 740, 420, 760], "Miriam Adriaansen",
            "Miriam: naam van de verhuurder bewust weggelaten. Joost van Gils wil juridisch nog naar de tekst over "
            "de huur kijken. Vragen? 06-2083 5512"),
           (0, [400, 520, 420, 540], "Joost van Gils",
            "Klopt 'geen huur betalen'? Volgens mij alleen bij tekortkomingen (art. 7:206 BW). Overleg met "
            "Bart ter Horst. - JvG"),
           (0, [400, 300, 420, 320], "Kim van Oirschot (Communicatie)",
            "B1-niveau check gedaan. Vertaling Pools via Katarzyna Baran, Roemeens via tolkenbureau.")],
   redact=[H("PERSON", "Miriam Adriaansen (sticky note)", "annotations", "Miriam Adriaansen", "Miriam"),
           H("PERSON", "Joost van Gils (sticky note)", "annotations", "Joost van Gils", "JvG"),
           H("PHONE", "06-2083 5512 (sticky note)", "annotations", "06-2083 5512"),
           H("PERSON", "Bart ter Horst (sticky note)", "annotations", "Bart ter Horst"),
           H("PERSON", "Kim van Oirschot (sticky note)", "annotations", "Kim van Oirschot"),
           H("PERSON", "Katarzyna Baran (sticky note)", "annotations", "Katarzyna Baran")],
   keep=[K("TERM", "tolk Pools", "tolk Pools"), K("ORG", "team Wijkregie", "team Wijkregie"),
         K("DATE", "17 juni 2026", "17 juni 2026")]))

# ---------------------------------------------------------------- tb27 letter to a tenant (XMP creator)
DOCS.append(Doc("tb27_brief_huurder", "rl", title="Brief aan huurder - opvang en herhuisvesting",
                author=None, xmp_creator="Kim van Oirschot", producer="Aspose.PDF for .NET 23.4",
                creator="Corsa 8.1", font="DejaVu", size=9.5, blocks=[
    ("right", "Gemeente Tilburg\nteam Wijkregie\nPostbus 90155, 5000 LH Tilburg\n14 013"),
    ("p", "Mevrouw A. Zielińska-Mróz\nKorvelseweg 214 (kamer 2)\n5025 JK Tilburg"),
    ("kv", [("Datum", "4 juni 2026"), ("Kenmerk", "UIT-26-20114"),
            ("Contactpersoon", "K. Vermeulen, wijkregisseur"), ("Telefoon", "06-38 27 11 05"),
            ("E-mail", "k.vermeulen@tilburg.nl"), ("Onderwerp", "Sluiting woning en uw opvang / Zamknięcie budynku")]),
    ("p", "Beste mevrouw Zielińska-Mróz, beste Agnieszka,"),
    ("p", "Zoals ik u in ons gesprek van 2 juni met de tolk heb verteld, heeft de burgemeester besloten uw woning "
          "op 17 juni 2026 te sluiten. U heeft aangegeven gebruik te willen maken van de tijdelijke opvang. Er is "
          "voor u een kamer gereserveerd in het Mgr. Zwijsenhuis (Stichting Peerke Donders Opvang). U kunt daar "
          "terecht vanaf maandag 15 juni 2026."),
    ("p", "U vertelde dat u in Nederland wilt blijven werken en dat uw dochter van zes in september naar school "
          "gaat in Tilburg. Het Huurteam Tilburg (mevrouw S. Kaya) helpt u bij het zoeken naar een kamer of "
          "woning; zij neemt deze week contact met u op."),
    ("p", "U heeft ons gevraagd of de verhuurder u iets kan doen omdat u een verklaring heeft afgelegd. Als u zich "
          "bedreigd voelt, bel dan 112 bij direct gevaar of de politie via 0900-8844. U kunt ook uw advocaat, "
          "mr. Oosterbeek, inschakelen."),
    ("p", "Streszczenie po polsku: Budynek zostanie zamknięty 17 czerwca 2026. Od 15 czerwca ma Pani pokój w "
          "Mgr. Zwijsenhuis. W razie pytań proszę dzwonić do mnie lub pod numer 14 013."),
    ("p", "Met vriendelijke groet,\n\nKoen Vermeulen\nwijkregisseur Tilburg-Noord"),
], redact=[H("PERSON", "Kim van Oirschot (XMP dc:creator)", "metadata", "Kim van Oirschot", "van Oirschot"),
           R("FAMILY", "dochter van zes", "uw dochter van zes")],
   keep=[K("REF", "UIT-26-20114", "UIT-26-20114"), K("ROLE", "wijkregisseur", "wijkregisseur"),
         K("PHONE_GENERAL", "112", "112")]))
