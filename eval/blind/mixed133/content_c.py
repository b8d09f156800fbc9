"""Set WD, documents wd23-wd33."""
from lib import Doc

WS = "<<Waterschap Lek en Linge>>"

DOCS = [
Doc("wd23_keukentafelgesprek", [
 ("h", "Gespreksverslag keukentafelgesprek - VERTROUWELIJK"),
 ("table", [["Datum", "13 september 2025, 08.00 uur"], ["Plaats", "erf {{Kamphuis}} VOF, {{Bovenweg 4|ADDRESS}}, Lexmond"],
            ["Aanwezig", "{{Bart Kamphuis}}, {{Ingrid Kamphuis-Zwaan}}; {{M. de Wit}} (grondverwerver)"],
            ["Perceel", "<<Lexmond K 877|CASE>> (2,31 ha)"], ["Dossier", "<<LEL/GV/2025-0112|CASE>>"]]),
 ("h", "Besproken"),
 ("p", "1. De familie bevestigt bereid te zijn tot verkoop, mits zij vervangende grond krijgt in de buurt van het huidige bedrijf. "
       "Het waterschap heeft via <<BBL|ORG>>/<<Provincie Zuid-Holland|ORG>> geen ruilgrond beschikbaar. {{Marco}} onderzoekt een perceel van "
       "de <<Stichting Het Zuid-Hollands Landschap|ORG>> bij de <<Zouweboezem|PLACE>>."),
 ("p", "2. De heer {{Kamphuis}} vertelt dat hij na zijn {{hernia-operatie|HEALTH}} in 2024 nog altijd onder behandeling is van een "
       "fysiotherapeut en geen zwaar werk mag doen. Mevrouw {{Kamphuis-Zwaan}} geeft aan dat de spanning rond de dijk haar slaap kost; "
       "zij staat op de wachtlijst bij de praktijkondersteuner {{GGZ|HEALTH}}. Afgesproken is dat dit niet in stukken naar buiten komt."),
 ("p", "3. Zoon {{Jesse Kamphuis}} (23) wil het bedrijf overnemen. Hij volgt de opleiding aan <<Aeres MBO Barneveld|ORG>>. Een "
       "bedrijfsovername vraagt om zekerheid over de huiskavel."),
 ("p", "4. Financieel: het aanbod op basis van de taxatie van {{Taxatiebureau Wessels}} vindt de familie te laag. Zij laat een "
       "contra-expertise uitvoeren door <<Agrifirm Advies|ORG>>. De kosten worden vergoed op basis van de <<Omgevingswet|LAW>> (deskundigenkosten)."),
 ("pagebreak", None),
 ("h", "Afspraken"),
 ("table", [["Wat", "Wie", "Wanneer"],
            ["Schriftelijk aanbod sturen, afschrift aan {{mr. Dekkers}}", "MdW", "30-09-2025"],
            ["Ruilgrond Zouweboezem verkennen", "MdW / {{GvdB|INITIALS}}", "31-10-2025"],
            ["Contra-expertise aanleveren", "familie Kamphuis", "15-11-2025"]]),
 ("p", "Verslag: {{Marco de Wit}}, {{MdW|INITIALS}}. Ter akkoord gestuurd aan {{bart.kamphuis@outlook.com}} op 15 september 2025. "
       "GvdB = {{Gert-Jan van den Bosch}}, adviseur vastgoed."),
], font="Helvetica", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019"),

Doc("wd24_risicoregister", [
 ("h", "Risicoregister Dijkversterking Lekdijk Oost (uittreksel, peildatum 1 december 2025)"),
 ("p", "Gezamenlijk register opdrachtgever/opdrachtnemer volgens <<RISMAN|TERM>>. Eigenaar: initialen van de risico-eigenaar. Bron: <<Relatics|TERM>>."),
 ("table", [["ID", "Risico", "Kans", "Gevolg", "Beheersmaatregel", "Eigenaar"],
            ["<<R-031|CASE>>", "Grondverwerving LO-13 t/m LO-15 niet tijdig", "groot", "EUR 420k, 14 wk", "parallel onteigening voorbereiden", "{{SLo|INITIALS}} / {{PBR|INITIALS}}"],
            ["<<R-044|CASE>>", "Schade aan woningen Zouwendijk door trillingen", "middel", "claims", "trillingsmonitoring, <<nulmeting|TERM>>", "{{LVB|INITIALS}}"],
            ["<<R-052|CASE>>", "Zetting groter dan prognose", "middel", "extra ophoging", "sonderingen, <<D-Stability|TERM>>-herberekening", "{{KtH|INITIALS}}"],
            ["<<R-058|CASE>>", "Vondst niet-gesprongen explosieven", "klein", "stilstand", "<<OCE|TERM>>-vooronderzoek", "{{TBl|INITIALS}}"],
            ["<<R-061|CASE>>", "Broedende steenuil erf {{Ter Horst}}", "middel", "stop werkzaamheden", "ecologische begeleiding", "{{MJo|INITIALS}}"],
            ["<<R-066|CASE>>", "Bezwaar en beroep tegen projectbesluit", "groot", "vertraging", "zorgvuldige nota van antwoord", "{{PBR|INITIALS}}"]]),
 ("p", "Legenda eigenaren: SLo {{Sanne Lodewijks}}; PBR {{Pieter-Bas Roelofsen}}; LVB {{Lieke van der Velden-Boon}}; KtH {{Kees 't Hooft}} (<<Fugro|ORG>>); "
       "TBl {{Thijs Bloemendaal}} (LekSterk); MJo {{Marit Jongsma}} (ecoloog)."),
 ("p", "Het register wordt maandelijks besproken in het risico-overleg. Wijzigingen via <<risicomanagement@lekenlinge.nl|MAILBOX>>."),
], font="DejaVu", producer="Relatics Report Engine 5", creator="Relatics", fontsize=9),

Doc("wd25_juridisch_memo", [
 ("h", "Memo"),
 ("table", [["Aan", "<<projectteam Dijkversterking Lekdijk Oost|ORG>>"], ["Van", "team Juridische Zaken"], ["Datum", "24 november 2025"],
            ["Onderwerp", "verwerking zienswijzen ontwerp-projectbesluit"]]),
 ("h", "1. Overzicht"),
 ("p", "Op het ontwerp-projectbesluit zijn 47 zienswijzen ingediend, waarvan 39 van particulieren, 5 van agrarische bedrijven en 3 van "
       "organisaties (de <<Vereniging Dijkbewoners Lekzijde|ORG>>, <<Natuur- en Milieufederatie Zuid-Holland|ORG>> en <<LTO Noord|ORG>>). "
       "De zienswijzen worden geanonimiseerd verwerkt in de nota van antwoord: iedere indiener krijgt een nummer (<<Z-01|CASE>> tot en met <<Z-47|CASE>>)."),
 ("h", "2. Juridisch kader"),
 ("p", "Het projectbesluit wordt voorbereid met de uniforme openbare voorbereidingsprocedure (<<afdeling 3.4 Awb|LAW>>, artikel 5.51 "
       "<<Omgevingswet|LAW>>). Alleen wie een zienswijze heeft ingediend kan in beroep bij de <<Afdeling bestuursrechtspraak van de Raad van State|ORG>>. "
       "Het projectbesluit wordt goedgekeurd door <<Gedeputeerde Staten|ORG>> (artikel 16.74 Omgevingswet)."),
 ("h", "3. Aandachtspunten"),
 ("p", "a. Zienswijze Z-12 (advocaat namens twee agrarische bedrijven) vraagt om een alternatievenafweging. Wij adviseren een "
       "aanvullende notitie van <<Fugro|ORG>> over de buitenwaartse variant.\n"
       "b. Zienswijze Z-17 bevat gezondheidsinformatie. Deze wordt niet opgenomen in de nota van antwoord.\n"
       "c. Vier zienswijzen zijn na de termijn ontvangen (Z-44 tot en met Z-47). Wij adviseren ze inhoudelijk te behandelen maar als niet-ontvankelijk aan te merken.\n"
       "d. Zienswijze Z-31 is ingediend namens de <<Stichting Gemaal Johan van Nes|NOT_PERSON>>, die het historische gemaal beheert."),
 ("h", "4. Planning"),
 ("table", [["Stap", "Datum"], ["concept nota van antwoord", "15-12-2025"], ["bespreking DB", "13-01-2026"],
            ["vaststelling AB", "29-01-2026"], ["goedkeuring GS", "maart 2026"]]),
 ("pagebreak", None),
 ("h", "Bijlage: verdeling zienswijzen over behandelaars"),
 ("table", [["Zienswijzen", "Thema", "Behandelaar"],
            ["Z-01 t/m Z-15", "verkeer en bereikbaarheid", "omgevingsteam"],
            ["Z-16 t/m Z-30", "grondverwerving en schade", "Juridische Zaken"],
            ["Z-31 t/m Z-47", "natuur, cultuurhistorie, overig", "projectteam"]]),
 ("p", "Dit memo is intern en bedoeld voor de onderlinge beraadslaging (<<artikel 5.2 Woo|LAW>>)."),
], font="Times", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", fontsize=11,
   outline=[("Memo zienswijzen - opgesteld door Pieter-Bas Roelofsen", 0), ("Review: Fleur Akkermans", 0),
            ("Bijlage verdeling (Wendelien Oosterbaan)", 1)],
   extra_red=[("PERSON", "Pieter-Bas Roelofsen", "outline"), ("PERSON", "Fleur Akkermans", "outline"),
              ("PERSON", "Wendelien Oosterbaan", "outline")]),

Doc("wd26_nota_van_antwoord", [
 ("h", "Nota van antwoord zienswijzen - ontwerp-projectbesluit Dijkversterking Lekdijk Oost (concept)"),
 ("p", "Versie 0.7, 15 december 2025. In deze nota zijn de indieners met een nummer aangeduid. In een aantal passages staan nog namen; "
       "deze worden voor vaststelling verwijderd."),
 ("table", [["Nr", "Samenvatting zienswijze", "Antwoord", "Wijziging"],
            ["<<Z-03|CASE>>", "Indiener ({{mevrouw J. van Wijngaarden-Ruis}}, Lekdijk) vreest voor het uitzicht vanuit haar woning.", "De kruinhoogte stijgt met 0,4 m; het zicht blijft grotendeels gelijk.", "nee"],
            ["<<Z-08|CASE>>", "Verzoek om een fietspad op de dijk tussen Ameide en <<Tienhoven|PLACE>>.", "Valt buiten het project; doorgegeven aan gemeente <<Vijfheerenlanden|PLACE>>.", "nee"],
            ["<<Z-12|CASE>>", "Advocaat namens mts. {{Brouwer}} en {{Kamphuis}} VOF: alternatievenafweging onvoldoende.", "Aanvullende notitie <<Fugro|ORG>> toegevoegd als bijlage 14.", "ja"],
            ["<<Z-14|CASE>>", "De heer {{W. ter Horst}}: damwand in plaats van berm.", "Een damwand is onderzocht maar kost EUR 6,2 miljoen meer en vergt onderhoud.", "nee"],
            ["<<Z-19|CASE>>", "Indiener wil compensatie voor verkeershinder op de Zouwendijk.", "Verwezen naar het <<schadeloket|TERM>>.", "nee"],
            ["<<Z-22|CASE>>", "<<Vereniging Dijkbewoners Lekzijde|ORG>>: betere communicatie.", "Er komt een maandelijkse nieuwsbrief.", "ja"],
            ["<<Z-27|CASE>>", "Indiener ({{fam. Oudshoorn}}, {{Lekdijk 188|ADDRESS}}) wil de oprit behouden.", "De oprit wordt teruggebracht op dezelfde plaats.", "ja"],
            ["<<Z-31|CASE>>", "<<Stichting Gemaal Johan van Nes|NOT_PERSON>>: bescherming monumentaal gemaal.", "Trillingsmonitoring bij het gemaal.", "ja"],
            ["<<Z-35|CASE>>", "<<Natuur- en Milieufederatie Zuid-Holland|ORG>>: compensatie <<Natura 2000|TERM>>.", "Geen significante effecten volgens de <<passende beoordeling|TERM>>.", "nee"],
            ["<<Z-40|CASE>>", "Indiener ({{Ahmed el Khatib}}) vraagt om tijdelijke huisvesting tijdens de werkzaamheden.", "Maatwerk via de omgevingsmanager.", "nee"],
            ["<<Z-44|CASE>>", "Te laat ingediend; {{Pieternella Vogelzang}} vraagt om verplaatsing van de bouwweg.", "Inhoudelijk behandeld; de bouwweg is al verplaatst.", "nee"]]),
 ("h", "Toelichting bij Z-12 en Z-14"),
 ("p", "Het dagelijks bestuur heeft de alternatieven opnieuw laten beoordelen. De conclusie blijft dat een binnenwaartse versterking in de "
       "vakken <<LO-13|CASE>> tot en met <<LO-15|CASE>> de meest doelmatige oplossing is. Over de grondverwerving lopen gesprekken; "
       "<<dijkgraaf Hoogendoorn|PUBLIC_PERSON>> heeft op 5 december met de eigenaren gesproken. Met de heer {{Ter Horst}} is "
       "afgesproken dat een deskundige van de <<Stichting Deltares|ORG>> de damwandvariant nog eens toelicht."),
 ("p", "Opgesteld door het projectteam; juridische toets: {{P.B. Roelofsen}}. Vragen: <<dijkversterking@lekenlinge.nl|MAILBOX>>."),
], mode="docx", producer="LibreOffice 7.6", creator="Writer"),

Doc("wd27_brief_dijkgraaf_minister", [
 ("p", WS + "\n<<Postbus 212|ADDRESS_PUBLIC>>, 4200 AE <<Gorinchem|PLACE>>"),
 ("p", "Aan de <<minister van Infrastructuur en Waterstaat|ROLE>>\nmevrouw <<M.H. Madlener|PUBLIC_PERSON>>\nPostbus 20901\n2500 EX Den Haag"),
 ("p", "Datum: 15 december 2025\nKenmerk: <<LEL/DB/2025-0412|CASE>>\nContactpersoon: {{S.J. Lodewijks}}, {{s.lodewijks@lekenlinge.nl}}, {{06 1120 8834}}\nOnderwerp: voortgang Dijkversterking Lekdijk Oost"),
 ("p", "Geachte minister,\n\nIn uw brief van 2 oktober 2025 aan de Tweede Kamer (<<Kamerstuk 32698|CASE>>) vraagt u de waterschappen om "
       "versnelling van het <<Hoogwaterbeschermingsprogramma|PROJECT>>. Graag informeer ik u over de stand van de Dijkversterking Lekdijk Oost."),
 ("p", "De uitvoering ligt op schema, met uitzondering van de vakken waar de grondverwerving nog niet is afgerond. Het waterschap zet in "
       "op minnelijke overeenstemming; ik heb daarover persoonlijk gesproken met de betrokken agrariërs. Tegelijk bereiden wij een "
       "onteigening voor, zodat de planning niet in gevaar komt. Ik heb hierover ook contact gehad met <<gedeputeerde Koopmans|PUBLIC_PERSON>> "
       "van de provincie Zuid-Holland en met de <<Unie van Waterschappen|ORG>>."),
 ("p", "Ik verzoek u de systematiek van de HWBP-subsidie zo aan te passen dat stilstandkosten door vertraagde grondverwerving subsidiabel "
       "worden. Mijn medewerkers lichten dit graag toe aan uw ambtenaren van het <<Directoraat-Generaal Water en Bodem|ORG>>."),
 ("p", "Hoogachtend,\n\n<<A.C. Hoogendoorn|PUBLIC_PERSON>>\n<<dijkgraaf|ROLE>> van Waterschap Lek en Linge"),
 ("p", "Kopie: <<commissaris van de Koning in Zuid-Holland|ROLE>>; <<Tweede Kamerlid Van Campen|PUBLIC_PERSON>> (op diens verzoek)."),
], font="Times", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", fontsize=11),

Doc("wd28_vragen_ab", [
 ("h", "Schriftelijke vragen ex artikel 44 Reglement van orde algemeen bestuur"),
 ("p", "Vragensteller: <<AB-lid M. de Bruin-Oosterhof|PUBLIC_PERSON>> (fractie <<Water Natuurlijk|ORG>>)\nDatum: 25 november 2025\nOnderwerp: grondverwerving Lekdijk Oost"),
 ("p", "1. Klopt het dat het dagelijks bestuur een onteigening voorbereidt van gronden van twee familiebedrijven in Ammerstol en Lexmond?\n"
       "2. Hoe verhoudt dit zich tot de toezegging van de dijkgraaf op de bewonersavond van 4 november dat minnelijk voorop staat?\n"
       "3. Is het dagelijks bestuur bereid de taxaties aan de leden van het algemeen bestuur vertrouwelijk ter inzage te leggen?\n"
       "4. Welke kosten zijn tot nu toe gemaakt voor externe taxateurs en advocaten?"),
 ("h", "Antwoord van het dagelijks bestuur (vastgesteld 9 december 2025)"),
 ("p", "Ad 1. Het dagelijks bestuur heeft op 18 november 2025 besloten de voorbereiding van een onteigening parallel te starten. Er is nog "
       "geen verzoek gedaan aan Gedeputeerde Staten. Wij noemen in openbare stukken geen namen van eigenaren."),
 ("p", "Ad 2. Minnelijke verwerving staat voorop. <<Dijkgraaf Hoogendoorn|PUBLIC_PERSON>> heeft op 5 december met beide eigenaren gesproken. "
       "Dat gesprek was constructief."),
 ("p", "Ad 3. Ja. De taxaties liggen vanaf 15 december ter inzage bij de griffie (<<griffie@lekenlinge.nl|MAILBOX>>), onder geheimhouding "
       "op grond van artikel 40 van de <<Waterschapswet|LAW>>."),
 ("p", "Ad 4. Tot 1 november 2025 is EUR 38.412 besteed aan taxaties en EUR 21.950 aan juridisch advies, beide binnen het projectbudget."),
 ("p", "Namens het dagelijks bestuur,\n<<heemraad Van der Sluis|PUBLIC_PERSON>>, portefeuillehouder waterveiligheid\n\n"
       "Ambtelijke voorbereiding: {{F.M. Akkermans}} en {{Wendelien Oosterbaan}} (griffie), {{tst. 9180|PHONE}}."),
], font="DejaVuSerif", producer="iText 5.5.13.3 (AGPL)", creator="iBabs Vergadermanagement"),

Doc("wd29_memo_scan", [
 ("h", "MEMO"),
 ("p", "Aan: dijkgraaf\nVan: {{Pieter-Bas Roelofsen}}\nDatum: 2 december 2025\nBetreft: voorbereiding gesprek 5 december met eigenaren\n\n"
       "Aanwezig namens de eigenaren: {{Gerrit Brouwer}}, {{Bart Kamphuis}}\nen hun advocaat {{mr. Lotte Dekkers}}.\n"
       "Kernboodschap: minnelijk voorop, onteigening als vangnet.\nNiet toezeggen: ruilgrond Zouweboezem (nog niet zeker).\n"
       "Let op: {{Brouwer}} is net uit het ziekenhuis."),
 ("hand", "Prima memo. Ik bel {{Bart}} vooraf zelf even.\nGraag ook {{Sanne}} erbij op de 5e.  -AH"),
], mode="scan", scan_seed=29, producer="KONICA MINOLTA bizhub C300i", creator="bizhub C300i"),

Doc("wd30_koopovereenkomst", [
 ("h", "Samenvatting koopovereenkomst onroerende zaak (ten behoeve van de notaris)"),
 ("table", [["Verkoper", "{{Hendrikus Johannes Oudshoorn}}"], ["Geboren", "{{14 juli 1957|DATE_OF_BIRTH}} te Lexmond"],
            ["BSN", "{{163887214|BSN}}"], ["Adres", "{{Lekdijk 188|ADDRESS}}, 2867 LB Lexmond"],
            ["Echtgenote (toestemming art. 1:88 BW)", "{{Geertruida Oudshoorn-Baars}}, geboren {{3 februari 1960|DATE_OF_BIRTH}}"],
            ["IBAN verkoper", "{{NL77 INGB 0004 9911 27}}"],
            ["Koper", "<<Waterschap Lek en Linge|ORG>>, vertegenwoordigd door <<heemraad Van der Sluis|PUBLIC_PERSON>>"],
            ["Kadastraal", "<<Lexmond K 1019|CASE>>, groot 0.38.20 ha"], ["Koopsom", "EUR 41.600, k.k."],
            ["Notaris", "<<Notariskantoor Lek & Merwede|ORG>>, <<Vianen|PLACE>>"]]),
 ("p", "Bijzondere bepalingen: verkoper behoudt recht van overpad naar de uiterwaard; het waterschap herstelt de oprit na afloop van de "
       "werkzaamheden (zie zienswijze Z-27). Levering uiterlijk 1 februari 2026. De koopovereenkomst is getekend op 18 december 2025."),
 ("p", "Dossier grondverwerving <<LEL/GV/2025-0140|CASE>>. Opgesteld door {{G.J. van den Bosch}} (adviseur vastgoed), gecontroleerd door {{M. de Wit}}."),
], mode="docx", producer="LibreOffice 7.6", creator="Writer"),

Doc("wd31_mail_grondonderzoek", [
 ("mono", "Van:        Grondzaken <grondzaken@lekenlinge.nl>\nVerzonden:  woensdag 10 september 2025 10:44\n"
          "Aan:        '{{Willem ter Horst}}' <{{wterhorst.lexmond@gmail.com}}>\nCC:         {{'t Hooft, Kees}} <{{kees.thooft@fugro.com}}>\n"
          "Onderwerp:  toegang perceel voor sonderingen (artikel 10.1 Omgevingswet)"),
 ("p", "Geachte heer {{Ter Horst}},\n\nOp grond van de gedoogplicht uit de <<Omgevingswet|LAW>> vragen wij u om medewerking aan grondonderzoek op uw "
       "perceel aan de Zouwendijk. <<Fugro|ORG>> voert op 22 en 23 september drie <<sonderingen|TERM>> en twee <<boringen|TERM>> uit. "
       "De heer {{'t Hooft}} neemt vooraf contact met u op over de precieze plaats, zodat uw koeien er geen last van hebben."),
 ("p", "Eventuele schade aan gewas of grasmat wordt vergoed volgens de <<Regeling gewasschade LTO-Unie van Waterschappen|LAW>>."),
 ("p", "Met vriendelijke groet,\n\nteam Grondzaken\nWaterschap Lek en Linge\n<<0183 63 90 00|PHONE_GENERAL>>"),
 ("mono", "Van: Willem ter Horst <wterhorst.lexmond@gmail.com>\nVerzonden: dinsdag 9 september 2025 20:18\nAan: Grondzaken\nOnderwerp: sonderingen?"),
 ("p", "Wie komt er op mijn land en wanneer? Ik lees het in de krant. Met groet, {{W. ter Horst}}, {{Zouwendijk 42|ADDRESS}}"),
], font="Courier", producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook",
   xmp_creator="Gert-Jan van den Bosch", extra_red=[("PERSON", "Gert-Jan van den Bosch", "metadata")]),

Doc("wd32_woo_besluit", [
 ("p", WS + "\nPostbus 212, 4200 AE Gorinchem\n\nAangetekend\nDe heer {{H.J. van Ooijen}}\n{{Achterweg 7|ADDRESS}}\n4125 RB Hei- en Boeicop"),
 ("p", "Datum: 24 februari 2026\nOns kenmerk: <<WOO-2026-0417|CASE>>\nOnderwerp: besluit op uw Woo-verzoek"),
 ("p", "Geachte heer {{Van Ooijen}},\n\nOp 12 januari 2026 heeft u met een beroep op de <<Wet open overheid|LAW>> (Woo) gevraagd om documenten over de "
       "grondverwerving voor de <<Dijkversterking Lekdijk Oost|PROJECT>>. Op 3 februari 2026 hebben wij de beslistermijn met twee weken verdaagd."),
 ("h", "Besluit"),
 ("p", "Wij hebben 33 documenten gevonden. Wij maken 6 documenten volledig openbaar, 26 documenten gedeeltelijk en 1 document niet. "
       "De documenten staan op de bijgevoegde inventarislijst."),
 ("h", "Overwegingen"),
 ("p", "Persoonsgegevens (artikel 5.1 lid 2 sub e Woo). In de documenten staan namen, adressen, telefoonnummers en e-mailadressen van "
       "medewerkers van het waterschap, de aannemer en adviesbureaus, en van eigenaren en bewoners. Wij vinden het belang van hun persoonlijke "
       "levenssfeer zwaarder wegen dan het belang van openbaarheid. De namen van de dijkgraaf, de heemraden, leden van het algemeen bestuur, "
       "de wethouder en de woordvoerder maken wij wel openbaar, omdat zij in hun publieke functie optreden."),
 ("p", "Bijzondere persoonsgegevens (artikel 5.1 lid 1 sub d Woo). Gegevens over de gezondheid van eigenaren maken wij niet openbaar. "
       "Het burgerservicenummer in document 30 laten wij weg op grond van artikel 5.1 lid 1 sub e Woo."),
 ("p", "Intern beraad (artikel 5.2 Woo). Het memo van Juridische Zaken (document 25) bevat persoonlijke beleidsopvattingen. Wij maken de "
       "feitelijke delen openbaar."),
 ("p", "Vertrouwelijk verstrekte bedrijfsgegevens (artikel 5.1 lid 1 sub c Woo). De bedrijfsgegevens uit de taxaties maken wij niet openbaar."),
 ("p", "Zienswijzen van derden. Wij hebben de familie {{Brouwer}}, {{Kamphuis}} VOF en Combinatie <<LekSterk|ORG>> in de gelegenheid gesteld "
       "een zienswijze te geven. {{mr. L.A. Dekkers}} heeft namens twee eigenaren laten weten bezwaar te hebben tegen openbaarmaking van de "
       "gespreksverslagen; wij hebben daar rekening mee gehouden."),
 ("h", "Informatie die niet openbaar gemaakt kan worden"),
 ("p", "Motivering: persoonsgegevens zijn weggelaten met de code 5.1.2e; gegevens over gezondheid met 5.1.1d; het BSN met 5.1.1e."),
 ("h", "Bezwaar"),
 ("p", "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij het dagelijks bestuur van Waterschap Lek en Linge, "
       "Postbus 212, 4200 AE Gorinchem, of via <<bezwaar@lekenlinge.nl|MAILBOX>>."),
 ("p", "Met vriendelijke groet,\n\nhet dagelijks bestuur van Waterschap Lek en Linge,\nnamens dezen,\n\n{{mr. F.M. Akkermans}}\njuridisch adviseur Woo\n"
       "{{0183 - 63 91 44}}"),
], font="DejaVuSerif", producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365", fontsize=10.5),

Doc("wd33_inventarislijst", [
 ("h", "Inventarislijst Woo-besluit WOO-2026-0417"),
 ("table", [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
            ["1", "Woo-verzoek", "12-01-2026", "deels openbaar", "5.1.2e", ""],
            ["3", "Aankoopaanbod familie {{Brouwer}}", "03-03-2025", "deels openbaar", "5.1.2e, 5.1.1c", "bedragen openbaar"],
            ["4", "Zienswijze {{W. ter Horst}}", "28-10-2025", "deels openbaar", "5.1.2e", ""],
            ["5", "Zienswijze <<Dekkers Agrarisch Recht|ORG>>", "03-11-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""],
            ["6", "E-mail taxatie", "21-01-2025", "deels openbaar", "5.1.2e", ""],
            ["10", "Verslag bouwvergadering 17", "06-11-2025", "deels openbaar", "5.1.2e", ""],
            ["11", "Besluitenlijst DB", "18-11-2025", "openbaar", "", "al gepubliceerd"],
            ["14", "Handgeschreven brief mevr. {{Brouwer-Stam}}", "09-11-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""],
            ["17", "Factuur {{Taxatiebureau K. Wessels}}", "27-01-2025", "deels openbaar", "5.1.2e", ""],
            ["19", "Beslisnota <<DB-2025-0331|CASE>>", "10-11-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""],
            ["21", "Persbericht", "08-12-2025", "openbaar", "", "<<www.lekenlinge.nl|URL>>"],
            ["23", "Gespreksverslag keukentafel {{Kamphuis}}", "13-09-2025", "niet openbaar", "5.1.1d, 5.1.2e", "zienswijze derde"],
            ["25", "Memo Juridische Zaken", "24-11-2025", "deels openbaar", "5.2, 5.1.2e", ""],
            ["27", "Brief dijkgraaf aan minister", "15-12-2025", "deels openbaar", "5.1.2e", ""],
            ["30", "Koopovereenkomst {{Oudshoorn}}", "18-12-2025", "deels openbaar", "5.1.1e, 5.1.2e", ""],
            ["33", "Inventarislijst", "24-02-2026", "openbaar", "", ""]]),
 ("p", "Behandelaar: {{F.M. Akkermans}}. Zaak <<Z2026-03318|CASE>>. Documenten 2, 7-9, 12, 13, 15, 16, 18, 20, 22, 24, 26, 28, 29, 31 en 32: "
       "zie het volledige overzicht in het <<Woo-platform|TERM>> van het waterschap."),
], font="Helvetica", producer="Aspose.Cells for .NET 24.3", creator="Aspose.Cells", fontsize=9),
]
