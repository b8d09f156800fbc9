"""Set NV, documents nv12-nv22: cleaning invoice, the fine procedure (report, intention, zienswijze, hearing,
decision), the threatening incident (mails, form, WhatsApp, scanned statement) and a scanned farmer's letter."""
from __future__ import annotations

import io

from lib import A4, Doc, finish, mm, rl_doc, scan_pdf
from content_a import ASPOSE, ITEXT, NITRO, NVWA_HEAD, OUTLOOK, WORD


# ------------------------------------------------------------------------------------------------
def nv12(d):
    b = [
        ("p", "<b>[[FARM|Reinigingsbedrijf A. Bosch]]</b> \u2013 reiniging en ontsmetting veestallen<br/>"
              "[[ADDRESS|Harskamperweg 61]] \u2022 [[ADDRESS|3774 JB]] {{PLACE|Kootwijkerbroek}}<br/>"
              "tel. [[0031 6 2290 4418]] \u2022 [[arjan@boschreiniging.nl]]<br/>"
              "KvK [[KVK|70158823]] \u2022 BTW [[VAT|NL002384116B21]] \u2022 IBAN [[NL64 RABO 0156 2290 44]]"),
        ("sp", 10),
        ("h1", "Factuur 25-0398"),
        ("kv", [("Factuurdatum", "24 november 2025"),
                ("Opdrachtgever", "{{Nederlandse Voedsel- en Warenautoriteit}}, Crisisorganisatie<br/>"
                                  "t.a.v. crediteurenadministratie, {{Postbus 43006}}, 3540 AA Utrecht"),
                ("Opdracht", "reiniging en ontsmetting na ruiming, dossier {{REF|AI-2025-LUN-004}}"),
                ("Inkoopnummer", "{{REF|4500818102}}")]),
        ("table", [["Omschrijving", "Aantal", "Prijs", "Totaal"],
                   ["Voorreiniging stallen 1-3 (droog)", "26 uur", "\u20ac 62,50", "\u20ac 1.625,00"],
                   ["Natte reiniging hogedruk", "31 uur", "\u20ac 62,50", "\u20ac 1.937,50"],
                   ["Ontsmettingsmiddel {{PRODUCT|Virocid}} (toegelaten, {{REF|Ctgb 13297 N}})", "120 l",
                    "\u20ac 14,20", "\u20ac 1.704,00"],
                   ["Inzet hoogwerker", "2 dagen", "\u20ac 185,00", "\u20ac 370,00"],
                   ["Subtotaal", "", "", "\u20ac 5.636,50"],
                   ["btw 21 %", "", "", "\u20ac 1.183,67"],
                   ["<b>Totaal te voldoen</b>", "", "", "<b>\u20ac 6.820,17</b>"]],
         [80 * mm, 25 * mm, 25 * mm, 30 * mm]),
        ("p", "Werkzaamheden uitgevoerd door [[A. Bosch]] en [[J. Bosch-Vermeer]] op 19, 20 en 21 november "
              "2025, afgetekend door de officieel dierenarts ([[INITIALS|MNo]])."),
        ("p", "Betaling binnen 30 dagen. Bij vragen: bel [[Arjan]] op [[0031 6 2290 4418]]."),
    ]
    finish(d, rl_doc(d, b, "Helvetica", 10), "PDFpen 12.2.3", "Moneybird", title="Factuur 25-0398")


# ------------------------------------------------------------------------------------------------
def nv13(d):
    b = [
        ("small", NVWA_HEAD + "<br/>Divisie Inspectie"),
        ("h1", "Boeterapport"),
        ("kv", [("Zaaknummer", "{{REF|BB-2025-01127}}"),
                ("Rapport van bevindingen", "{{REF|DW-2025-3318}}"),
                ("Overtreder", "[[Jan-Willem ter Braak]], handelend als vennoot van [[FARM|Maatschap Ter "
                               "Braak-Huisman]]"),
                ("Geboortedatum", "[[DOB|12 maart 1971]] te {{PLACE|Putten}}"),
                ("BSN", "[[BSN|204715389]]"),
                ("Woon- en bedrijfsadres", "[[ADDRESS|Zwarteweg 7]], [[ADDRESS|3781 NB]] Voorthuizen"),
                ("UBN", "[[UBN|2847193]]"),
                ("Opsteller", "[[G.J. ter Maat]], toezichthouder ({{LAW|artikel 8.3 Wet dieren}})")]),
        ("h2", "1. Feiten"),
        ("p", "Op 9 oktober 2025 heb ik, samen met dierenarts [[M. Nowicka]], een inspectie uitgevoerd op het "
              "melkveebedrijf van de overtreder. Ik heb de volgende feiten vastgesteld:"),
        ("p", "a. 17 melkkoeien hadden een lichaamsconditiescore van 1,5 of lager;<br/>"
              "b. drie kalveren in eenlingboxen hadden geen toegang tot drinkwater;<br/>"
              "c. elf koeien waren kreupel (locomotiescore 4 of 5) zonder dat een dierenarts was ingeschakeld."),
        ("p", "[[De heer Ter Braak]] verklaarde desgevraagd: \u201cIk krijg het werk niet meer rond sinds mijn vader "
              "is overleden. De klauwbekapper komt pas over twee weken.\u201d Medewerker [[L. Hendriks]] "
              "([[DOB|geboren 3 juni 2001]]) verklaarde dat hij alleen de melkrobot bedient."),
        ("h2", "2. Overtreden voorschriften"),
        ("p", "{{LAW|Artikel 2.2, achtste lid, Wet dieren}} in samenhang met {{LAW|artikel 1.6 en 1.7 Besluit "
              "houders van dieren}}. Op grond van {{LAW|artikel 8.7 Wet dieren}} en de {{LAW|Beleidsregels "
              "bestuurlijke boete Wet dieren}} geldt per overtreding een normbedrag van \u20ac 1.500 (categorie "
              "2), te verhogen bij ernstig ongerief."),
        ("h2", "3. Eerdere overtredingen"),
        ("p", "Op 14 februari 2024 is aan de overtreder een schriftelijke waarschuwing gegeven (kenmerk "
              "{{REF|DW-2024-0391}}) wegens het ontbreken van een zieke-dierenhok. Er is geen sprake van "
              "recidive in de zin van de beleidsregels."),
        ("h2", "4. Cautie en zienswijze"),
        ("p", "Voorafgaand aan het verhoor is de overtreder medegedeeld dat hij niet verplicht is te antwoorden "
              "({{LAW|artikel 5:10a Awb}}). Hij heeft aangegeven zich te laten bijstaan door een advocaat."),
        ("h2", "5. Verhoor medewerker"),
        ("p", "Op 10 oktober 2025 is de medewerker [[Lucas Hendriks]], wonend te [[ADDRESS|Stoutenburg]], "
              "telefonisch gehoord ([[06 4871 2290]]). Hij verklaarde dat hij in dienst is van de maatschap "
              "sinds 2022, 24 uur per week. Hij meldde de magere koeien in september bij [[Jan-Willem]], die "
              "volgens hem zei: \u201cdaar ga ik over\u201d. Zijn verklaring is opgetekend door [[INITIALS|GJtM]] "
              "en per e-mail ter controle gezonden naar [[lucas.hendriks2001@gmail.com]]."),
        ("p", "Dit rapport is door mij, [[Gerrit-Jan ter Maat]], op ambtseed opgemaakt en gesloten te "
              "{{PLACE|Utrecht}} op 13 oktober 2025."),
        ("sig", 13),
        ("small", "Verbalisantnummer [[PERSNR|NVWA-T-22871]] \u2022 [[gerritjan.termaat@nvwa.nl]]"),
    ]
    finish(d, rl_doc(d, b, "Times-Roman", 12, header="Boeterapport BB-2025-01127"), *ITEXT,
           title="Boeterapport BB-2025-01127")


# ------------------------------------------------------------------------------------------------
def nv14(d):
    b = [
        ("small", NVWA_HEAD + "<br/>{{Bureau Bestuurlijke Boete}}"),
        ("sp", 6),
        ("p", "[[De heer J.W. ter Braak]]<br/>[[ADDRESS|Zwarteweg 7]]<br/>[[ADDRESS|3781 NB]] VOORTHUIZEN"),
        ("kv", [("Datum", "28 oktober 2025"), ("Zaaknummer", "BB-2025-01127"),
                ("Behandeld door", "[[mr. F. \u00d6zt\u00fcrk]]"),
                ("Telefoon", "[[088 223 27 40]]"),
                ("E-mail", "[[fleur.\u00f6zt\u00fcrk@nvwa.nl]]"),
                ("Onderwerp", "Voornemen tot het opleggen van een bestuurlijke boete")]),
        ("p", "Geachte [[heer Ter Braak]],"),
        ("p", "Uit het boeterapport van 13 oktober 2025 blijkt dat u op 9 oktober 2025 de {{LAW|Wet dieren}} en "
              "het {{LAW|Besluit houders van dieren}} heeft overtreden. Ik ben voornemens u een bestuurlijke "
              "boete op te leggen van in totaal \u20ac 7.500 (drie overtredingen; verhoging wegens ernstig "
              "ongerief bij feit a)."),
        ("p", "Voordat ik een besluit neem, kunt u uw zienswijze naar voren brengen, schriftelijk of mondeling "
              "({{LAW|artikel 5:53 Awb}}). Dat kan binnen vier weken na dagtekening van deze brief. Het "
              "boeterapport en de foto's zijn bijgevoegd. Als u een beroep wilt doen op betalingsonmacht, "
              "verzoek ik u financi\u00eble gegevens over de laatste drie jaar mee te sturen."),
        ("p", "Bijlagen: boeterapport BB-2025-01127; foto's 1-23 (gemaakt door [[INITIALS|GJtM]] en "
              "[[INITIALS|MNo]]); verklaring dierenarts [[drs. M. Nowicka]]."),
        ("p", "Met vriendelijke groet,<br/>de minister van Landbouw, Visserij, Voedselzekerheid en Natuur,"
              "<br/>namens deze,"),
        ("sig", 14),
        ("p", "[[mr. F. \u00d6zt\u00fcrk]]<br/>juridisch adviseur Bureau Bestuurlijke Boete"),
    ]
    finish(d, rl_doc(d, b, "DejaVuSerif", 10), *ASPOSE, title="Voornemen bestuurlijke boete BB-2025-01127")


# ------------------------------------------------------------------------------------------------
def nv15(d):
    b = [
        ("p", "<b>{{AgriLex Advocaten}}</b><br/>{{Stationsweg 40}} \u2022 3862 CD {{PLACE|Nijkerk}} \u2022 "
              "{{PHONE_GENERAL|033 245 80 00}}"),
        ("sp", 8),
        ("p", "Nederlandse Voedsel- en Warenautoriteit<br/>Bureau Bestuurlijke Boete<br/>t.a.v. [[mr. F. "
              "\u00d6zt\u00fcrk]]<br/>Postbus 43006<br/>3540 AA Utrecht"),
        ("kv", [("Datum", "24 november 2025"), ("Uw kenmerk", "BB-2025-01127"),
                ("Ons kenmerk", "{{REF|2025.0712/CD}}"),
                ("Betreft", "zienswijze [[Ter Braak]] / NVWA"),
                ("Behandeld door", "[[mr. C. Dekker-van Amerongen]]"),
                ("Direct", "[[033 245 80 17]] / [[c.dekker@agrilex.nl]]")]),
        ("p", "Geachte mevrouw [[\u00d6zt\u00fcrk]],"),
        ("p", "Namens mijn cli\u00ebnt, de heer [[J.W. ter Braak]] te {{PLACE|Voorthuizen}}, breng ik hierbij "
              "een zienswijze naar voren op het voornemen van 28 oktober 2025 tot het opleggen van een "
              "bestuurlijke boete van \u20ac 7.500."),
        ("h2", "1. De feiten"),
        ("p", "Cli\u00ebnt betwist niet dat de conditie van een deel van de koeien op 9 oktober 2025 onvoldoende "
              "was. Hij betwist wel dat sprake was van opzet of langdurige verwaarlozing. In de zomer van 2025 is "
              "de vader van cli\u00ebnt, die al veertig jaar op het bedrijf meewerkte, onverwacht overleden. "
              "Kort daarna viel de vaste medewerker, de heer [[Hendriks]], gedeeltelijk uit."),
        ("h2", "2. Persoonlijke omstandigheden"),
        ("p", "Cli\u00ebnt is sinds augustus 2025 [[HEALTH|onder behandeling van de huisarts en een GZ-psycholoog "
              "wegens een depressie]]. Een verklaring van de huisarts, [[dokter R. Smits-Oguntola]] te "
              "{{PLACE|Barneveld}}, is bijgevoegd. Deze omstandigheden verklaren dat cli\u00ebnt de "
              "klauwverzorging heeft uitgesteld. Hij heeft inmiddels hulp gezocht via de {{Stichting Zorgboeren "
              "Gelderland}} en het {{Zorgalarm Boerderij}}."),
        ("h2", "3. Verwijtbaarheid en evenredigheid"),
        ("p", "Op grond van {{LAW|artikel 5:41 Awb}} legt het bestuursorgaan geen boete op voor zover de "
              "overtreding niet aan de overtreder kan worden verweten. Subsidiair doet cli\u00ebnt een beroep "
              "op {{LAW|artikel 5:46, derde lid, Awb}}: de boete dient wegens bijzondere omstandigheden te worden "
              "gematigd. Ik verwijs naar de uitspraak van het {{College van Beroep voor het bedrijfsleven}} van "
              "11 april 2023, {{REF|ECLI:NL:CBB:2023:187}}."),
        ("h2", "4. Draagkracht"),
        ("p", "De maatschap had over 2024 een negatief resultaat van \u20ac 38.210. De jaarcijfers, opgesteld door "
              "{{Flynth adviseurs en accountants}}, zijn bijgevoegd. Het gezinsinkomen van cli\u00ebnt en zijn "
              "echtgenote, mevrouw [[G. ter Braak-Huisman]], ligt onder het sociaal minimum."),
        ("h2", "5. Verzoek"),
        ("p", "Cli\u00ebnt verzoekt u af te zien van het opleggen van een boete, subsidiair de boete te matigen "
              "tot ten hoogste \u20ac 1.500. Cli\u00ebnt wenst zijn zienswijze ook mondeling toe te lichten."),
        ("p", "Hoogachtend,"),
        ("sig", 15),
        ("p", "[[mr. C. Dekker-van Amerongen]]<br/>advocaat"),
        ("small", "Bijlagen: verklaring huisarts (vertrouwelijk), jaarcijfers 2023-2024, overlijdensbericht "
                  "[[Hendrik ter Braak]]"),
    ]
    finish(d, rl_doc(d, b, "DejaVuSerif", 10, footer="AgriLex Advocaten is ingeschreven bij de KvK onder "
                     "nummer 58120447"), *WORD, title="Zienswijze Ter Braak", author="Secretariaat AgriLex",
           xmp_creator="Ingrid Valkenburg")
    d.hide("metadata", "PERSON", "Ingrid Valkenburg")


# ------------------------------------------------------------------------------------------------
def nv16(d):
    b = [
        ("h1", "Verslag hoorzitting zienswijze"),
        ("kv", [("Zaak", "BB-2025-01127 \u2013 [[FARM|Maatschap Ter Braak-Huisman]]"),
                ("Datum", "4 december 2025, 10:00 uur, via Teams"),
                ("Namens de NVWA", "[[mr. F. \u00d6zt\u00fcrk]] (voorzitter), [[Ruben Drost]] (notulist)"),
                ("Namens belanghebbende", "[[J.W. ter Braak]], bijgestaan door [[mr. C. Dekker-van Amerongen]]")]),
        ("p", "<b>Opening.</b> [[Mr. \u00d6zt\u00fcrk]] legt uit dat de hoorzitting dient om de schriftelijke "
              "zienswijze toe te lichten. Het verslag wordt aan belanghebbende toegezonden."),
        ("p", "<b>Toelichting.</b> [[Mr. Dekker]] herhaalt de zienswijze. [[De heer Ter Braak]] vertelt dat de "
              "situatie inmiddels is verbeterd: de veestapel is met 40 koeien ingekrompen, er komt wekelijks een "
              "bedrijfsverzorger van {{Bedrijfsverzorging Gelderland}} en de praktijkdierenarts komt elke twee "
              "weken. Hij zegt: \u201cIk schaam me ervoor, zo ben ik niet.\u201d"),
        ("p", "<b>Vragen.</b> Op de vraag waarom de kalveren geen water hadden, antwoordt hij dat een drinknippel "
              "bevroren was. [[Mr. \u00d6zt\u00fcrk]] wijst erop dat de inspectie op 9 oktober plaatsvond, bij "
              "een buitentemperatuur van 14 graden."),
        ("p", "<b>Herinspectie.</b> De NVWA heeft op 20 november 2025 een herinspectie uitgevoerd "
              "({{REF|DW-2025-3702}}); er zijn geen overtredingen meer vastgesteld."),
        ("p", "<b>Afsluiting.</b> Een besluit volgt binnen dertien weken na de dagtekening van het boeterapport "
              "({{LAW|artikel 5:51 Awb}}). Einde 10:50 uur."),
        ("table", [["Deelnemer", "Rol", "Aanwezig"],
                   ["[[mr. F. \u00d6zt\u00fcrk]]", "voorzitter, Bureau Bestuurlijke Boete", "ja"],
                   ["[[Ruben Drost]]", "notulist", "ja"],
                   ["[[G.J. ter Maat]]", "opsteller boeterapport (toehoorder)", "nee, afgemeld"],
                   ["[[J.W. ter Braak]]", "belanghebbende", "ja"],
                   ["[[mr. C. Dekker-van Amerongen]]", "advocaat", "ja"],
                   ["[[Geertje ter Braak]]", "echtgenote belanghebbende", "ja (camera uit)"]],
         [60 * mm, 70 * mm, 35 * mm]),
        ("small", "Verslag: [[R. Drost]], 5 december 2025 \u2013 akkoord [[INITIALS|F\u00d6]]"),
    ]
    finish(d, rl_doc(d, b, "DejaVuSans", 10), *WORD, title="Verslag hoorzitting BB-2025-01127",
           author="Drost, R.")


# ------------------------------------------------------------------------------------------------
def nv17(d):
    b = [
        ("small", NVWA_HEAD + "<br/>{{Bureau Bestuurlijke Boete}}"),
        ("sp", 6),
        ("p", "{{AgriLex Advocaten}}<br/>t.a.v. [[mr. C. Dekker-van Amerongen]]<br/>Stationsweg 40<br/>"
              "3862 CD NIJKERK"),
        ("kv", [("Datum", "18 december 2025"), ("Zaaknummer", "{{REF|BB-2025-01127}}"),
                ("Onderwerp", "Besluit bestuurlijke boete")]),
        ("p", "Geachte mevrouw [[Dekker-van Amerongen]],"),
        ("p", "Bij brief van 28 oktober 2025 heb ik uw cli\u00ebnt, de heer [[J.W. ter Braak]], bericht dat ik "
              "voornemens ben hem een bestuurlijke boete op te leggen. U heeft namens hem schriftelijk (24 "
              "november 2025) en mondeling (4 december 2025) een zienswijze gegeven."),
        ("h2", "Beoordeling van de zienswijze"),
        ("p", "Ik stel vast dat de overtredingen vaststaan en ook niet worden betwist. De omstandigheid dat een "
              "houder door persoonlijke omstandigheden de zorg voor zijn dieren niet aankan, ontslaat hem niet van "
              "zijn verplichting om tijdig hulp in te schakelen. De overtredingen zijn daarom verwijtbaar."),
        ("p", "Wel zie ik in de door u overgelegde stukken over de persoonlijke situatie van uw cli\u00ebnt en de "
              "financi\u00eble positie van de maatschap aanleiding om de boete op grond van {{LAW|artikel 5:46, "
              "derde lid, Awb}} te matigen met 50 procent. Daarbij weeg ik mee dat de tekortkomingen bij de "
              "herinspectie van 20 november 2025 zijn opgeheven."),
        ("h2", "Besluit"),
        ("p", "Ik leg uw cli\u00ebnt een bestuurlijke boete op van \u20ac 3.750. Het bedrag moet binnen zes weken "
              "worden betaald op rekening {{IBAN_GOV|NL25 INGB 0705 0010 34}} van het {{Centraal Justitieel "
              "Incassobureau}} onder vermelding van betalingskenmerk {{REF|8801 2025 0112 7004}}. Een "
              "betalingsregeling kan worden aangevraagd bij het CJIB."),
        ("h2", "Bezwaar"),
        ("p", "Tegen dit besluit kan binnen zes weken bezwaar worden gemaakt bij de minister van LNV, t.a.v. de "
              "{{Directie Wetgeving en Juridische Zaken}}, {{Postbus 20401}}, 2500 EK Den Haag."),
        ("p", "Hoogachtend,<br/>de minister van Landbouw, Visserij, Voedselzekerheid en Natuur,<br/>namens deze,"),
        ("sig", 17),
        ("p", "[[mr. H. Schipper-Lagerwey]]<br/>hoofd Bureau Bestuurlijke Boete"),
        ("small", "Afschrift: [[de heer J.W. ter Braak]], [[ADDRESS|Zwarteweg 7]], Voorthuizen"),
    ]
    finish(d, rl_doc(d, b, "Times-Roman", 11.5, footer="BB-2025-01127"), *ASPOSE,
           title="Besluit bestuurlijke boete BB-2025-01127")


# ------------------------------------------------------------------------------------------------
def nv18(d):
    b = [
        ("mono", "<b>Van:</b> [[Lubbers, Henk]] &lt;[[h.j.m.lubbers@nvwa.nl]]&gt;\n"
                 "<b>Verzonden:</b> vrijdag 17 oktober 2025 13:02\n"
                 "<b>Aan:</b> [[Verhulst, Peter]]; [[El Khatib, Noor]]\n"
                 "<b>CC:</b> [[de Ruiter-Amrani, Yasmina]] &lt;[[yasmina.deruiter-amrani@nvwa.nl]]&gt;\n"
                 "<b>Onderwerp:</b> RE: incident Kootwijkerbroek 14-10 \u2013 VERTROUWELIJK"),
        ("p", "[[Peter]], [[Noor]],"),
        ("p", "Akkoord met de voorstellen 1 en 2. Voor voorstel 3 neemt [[Yasmina]] (P&amp;O) contact op met "
              "[[Gerrit-Jan]] over de aanvraag bij de gemeente; de kosten van eventuele beveiligingsmaatregelen "
              "aan zijn woning komen voor rekening van de NVWA. Ik informeer de {{ROLE|inspecteur-generaal}}; "
              "zij wil de zaak ook aankaarten in het overleg met het {{Openbaar Ministerie}} over "
              "{{Veilige Publieke Taak}}. Graag geen details over het incident in de teamapp."),
        ("p", "Groet,<br/>[[Henk Lubbers]]<br/>afdelingshoofd Inspectie Oost<br/>[[06 5120 8836]]"),
        ("mono", "<b>Van:</b> [[Verhulst, Peter]] &lt;[[peter.verhulst@nvwa.nl]]&gt;\n"
                 "<b>Verzonden:</b> vrijdag 17 oktober 2025 09:14\n"
                 "<b>Aan:</b> [[El Khatib, Noor]] &lt;[[noor.elkhatib@nvwa.nl]]&gt;\n"
                 "<b>CC:</b> {{EMAIL_FUNCTIONAL|integriteit-veiligheid@nvwa.nl}}; [[Lubbers, Henk]] "
                 "&lt;[[h.j.m.lubbers@nvwa.nl]]&gt;\n"
                 "<b>Onderwerp:</b> RE: incident Kootwijkerbroek 14-10 \u2013 VERTROUWELIJK"),
        ("p", "Hoi [[Noor]],"),
        ("p", "Ik heb gisteren met [[Gerrit-Jan]] gesproken. Hij is erg geschrokken maar werkt vandaag weer "
              "(kantoordienst). De aangifte is op 15 oktober gedaan bij het politiebureau in {{PLACE|Barneveld}}, "
              "proces-verbaalnummer {{REF|PL0600-2025318841}}. Contactpersoon bij de politie is wijkagent "
              "[[R. Doornbos]] ([[06-38 71 55 02]])."),
        ("p", "Voorstel: (1) bedrijf van [[Brinkhuis]] ([[UBN|3019456]]) voorlopig alleen met twee inspecteurs en "
              "na melding bij de politie bezoeken; (2) [[Gerrit-Jan]] niet meer inzetten in deze regio; "
              "(3) het adres van [[Gerrit-Jan]] laten afschermen in de {{BRP}} ({{LAW|artikel 2.59 Wet BRP}}), "
              "hij woont in [[ADDRESS|Garderen]] op een paar kilometer afstand. Uit het politiesysteem blijkt dat "
              "[[CRIMINAL|Brinkhuis in 2019 is veroordeeld voor bedreiging van een deurwaarder]]."),
        ("p", "Groet,<br/>[[Peter]]<br/>[[Peter Verhulst]] | adviseur integrale veiligheid | [[+31 6 4410 2937]]"),
        ("mono", "<b>Van:</b> [[El Khatib, Noor]] &lt;[[noor.elkhatib@nvwa.nl]]&gt;\n"
                 "<b>Verzonden:</b> woensdag 15 oktober 2025 17:48\n"
                 "<b>Aan:</b> [[Verhulst, Peter]] &lt;[[peter.verhulst@nvwa.nl]]&gt;\n"
                 "<b>CC:</b> [[Bakker-Olij, Sjoerd]] &lt;[[sjoerd.bakker-olij@nvwa.nl]]&gt;\n"
                 "<b>Onderwerp:</b> incident Kootwijkerbroek 14-10 \u2013 VERTROUWELIJK"),
        ("p", "[[Peter]],"),
        ("p", "Melding van een ernstig incident. Gisteren rond 11:20 uur hebben [[Gerrit-Jan ter Maat]] en "
              "[[Sjoerd Bakker-Olij]] een herinspectie uitgevoerd bij de varkenshouderij van [[T. Brinkhuis]], "
              "[[ADDRESS|Veldweg 12]] in {{PLACE|Kootwijkerbroek}}. Tijdens het gesprek op het erf werd de heer "
              "[[Brinkhuis]] agressief. Hij pakte een mestvork en zei tegen [[Gerrit-Jan]]: \u201cIk weet waar jij "
              "woont, ik kom je opzoeken.\u201d Een medewerker van het bedrijf, [[Dirk Westerveld]], kwam "
              "tussenbeide. De inspecteurs hebben het erf verlaten en de inspectie afgebroken."),
        ("p", "[[Sjoerd]] heeft het incident direct gemeld via het formulier Agressie en Geweld. [[Gerrit-Jan]] "
              "heeft contact gehad met de bedrijfsarts, [[HEALTH|hij slaapt slecht en heeft hartkloppingen]]. "
              "Kun jij de veiligheidsmaatregelen oppakken en contact leggen met de {{Politie eenheid "
              "Oost-Nederland}}? Het {{Landelijk Expertise Centrum Agressie}} heb ik al ge\u00efnformeerd."),
        ("p", "Met vriendelijke groet,<br/>[[Noor El Khatib]]<br/>teamleider Inspectie Regio Oost<br/>"
              "T [[088 223 18 02]] | M [[06 1155 4870]]"),
        ("small", "Dit bericht kan informatie bevatten die niet voor u is bestemd. Bent u niet de geadresseerde, "
                  "meld dit dan aan {{EMAIL_FUNCTIONAL|servicedesk@nvwa.nl}}."),
    ]
    finish(d, rl_doc(d, b, "Helvetica", 10.5), *OUTLOOK, title="RE: incident Kootwijkerbroek 14-10",
           author="Verhulst, Peter")


# ------------------------------------------------------------------------------------------------
def nv19(d):
    b = [
        ("h1", "Melding agressie en geweld (AenG)"),
        ("small", "Formulier {{REF|AG-01 versie 2024}} \u2013 zenden aan {{EMAIL_FUNCTIONAL|meldpuntaeng@nvwa.nl}} "
                  "\u2013 meldingsnummer {{REF|AG-2025-0244}}"),
        ("table", [["Veld", "Invulling"],
                   ["Naam melder", "[[Sjoerd Bakker-Olij]]"],
                   ["Personeelsnummer melder", "[[PERSNR|10482277]]"],
                   ["Slachtoffer(s)", "[[Gerrit-Jan ter Maat]], personeelsnummer [[PERSNR|10391165]]"],
                   ["Telefoon slachtoffer", "[[06 52 90 31 48]]"],
                   ["Datum en tijd", "14-10-2025, ca. 11:20 uur"],
                   ["Locatie", "erf varkenshouderij, [[ADDRESS|Veldweg 12]], Kootwijkerbroek ({{PLACE|gemeente "
                    "Barneveld}})"],
                   ["Dader (indien bekend)", "[[T.H. Brinkhuis]], eigenaar; geboortedatum [[DOB|22-01-1968]]"],
                   ["Soort incident", "verbale bedreiging, dreigen met voorwerp (mestvork)"],
                   ["Getuigen", "[[D. Westerveld]] (medewerker bedrijf)"],
                   ["Letsel", "geen lichamelijk letsel"],
                   ["Aangifte gedaan", "ja, 15-10-2025, politie {{PLACE|Barneveld}}"],
                   ["Opvang", "collegiale opvang door [[Marloes Kingma]] (vertrouwenspersoon), gesprek "
                    "bedrijfsarts {{Arbo Unie}} gepland"],
                   ["Maatregelen", "bedrijf op lijst verhoogd risico ({{TERM|VRB-lijst}}); bezoek alleen "
                    "met twee personen"]],
         [50 * mm, 120 * mm]),
        ("p", "Afschrift aan: [[P. Verhulst]] (Integrale Veiligheid), [[Y. de Ruiter-Amrani]] (P&amp;O), "
              "[[dr. Okke Zijlstra]] (bedrijfsarts, alleen pagina 1)."),
        ("p", "Beoordeeld door leidinggevende: [[N. El Khatib]], 15-10-2025. Geregistreerd door "
              "[[INITIALS|PV]] in {{TERM|SAP SuccessFactors}}."),
    ]
    finish(d, rl_doc(d, b, "DejaVuSansCond", 10), *NITRO, title="Melding AenG AG-2025-0244")


# ------------------------------------------------------------------------------------------------
def nv20(d):
    chat = [
        "14-10-2025 11:41 - [[Sjoerd]]: GJ en ik zijn weg bij [[Brinkhuis]]. Hij kwam met een mestvork op ons af",
        "14-10-2025 11:41 - [[Sjoerd]]: alles ok verder, we zitten in de auto",
        "14-10-2025 11:43 - [[Noor EK]]: Wat?! Zijn jullie veilig? Bel me [[06 1155 4870]]",
        "14-10-2025 11:44 - [[GJ]]: Ja. Geschrokken. Hij zei dat hij weet waar ik woon",
        "14-10-2025 11:47 - [[Bram H]]: Sterkte mannen. Die vent is bij ons ook bekend",
        "14-10-2025 11:52 - [[Noor EK]]: Niet terug naar binnen. Ik bel de politie en [[Peter V]] van "
        "veiligheid",
        "14-10-2025 12:30 - [[Gosia]]: Hey [[GJ]], wil je vanavond even bellen? Thuis of via Teams",
        "14-10-2025 12:31 - [[GJ]]: Dank [[Gosia]]. Morgen aangifte",
        "15-10-2025 08:05 - [[Noor EK]]: Teamoverleg verschoven naar 10:00, locatie {{Catharijnesingel}} zaal "
        "4.12",
        "15-10-2025 08:07 - [[Ilse vdW]]: Ik neem slachterij Oostveluwe donderdag over van [[Bram]]",
        "15-10-2025 08:09 - [[Bram H]]: \U0001f44d",
        "15-10-2025 08:15 - [[Sjoerdie]]: [[Ilse vdW]] dank! Ik schuif donderdag aan bij [[Koen]]",
        "15-10-2025 08:17 - [[Koen D]]: top, neem koffie mee \u2615",
        "16-10-2025 19:40 - [[Noor EK]]: [[GJ]] heeft vanmiddag met [[Marloes]] (vertrouwenspersoon) gesproken",
        "16-10-2025 19:42 - [[Yvonne R]]: Rooster aangepast, [[Anke]] neemt de vrijdag",
        "17-10-2025 07:58 - [[Noor EK]]: Op verzoek van [[Henk]]: geen details meer over het incident hier. "
        "Vragen via mij.",
    ]
    b = [("small", "WhatsApp-chat met Team Inspectie Oost \U0001f404 \u2013 ge\u00ebxporteerd 20-10-2025"),
         ("mono", "\n".join(chat)),
         ("small", "Bericht van [[+31 6 4127 8390]] en [[+31 6 5290 3148]] zijn toegevoegd door [[Noor EK]]. "
                   "Deze export is opgenomen in het dossier {{REF|NVWA/2026/WOO/0417}}.")]
    finish(d, rl_doc(d, b, "DejaVuSans", 10), "Android Print Service", "WhatsApp Messenger 2.25.21",
           title="WhatsApp-chat Team Inspectie Oost")


# ------------------------------------------------------------------------------------------------
def _scan_page(d, draw):
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    draw(c)
    c.save()
    return buf.getvalue()


def nv21(d):
    def draw(c):
        W, H = A4
        c.setFont("Helvetica-Bold", 13)
        c.drawString(22 * mm, H - 28 * mm, d.o("Verklaring getuige"))
        c.setFont("Helvetica", 10)
        c.drawString(22 * mm, H - 36 * mm, d.o("Naam: [[Dirk Westerveld]]"))
        c.drawString(22 * mm, H - 42 * mm, d.o("Geboortedatum: [[DOB|07-11-1994]]"))
        c.drawString(22 * mm, H - 48 * mm, d.o("Telefoon: [[06-27183344]]"))
        c.drawString(22 * mm, H - 54 * mm, d.o("Betreft: voorval 14 oktober 2025 op het bedrijf Veldweg 12"))
        c.setFont("DejaVuSerif-Italic", 14)
        lines = ["Ik werk sinds 2021 bij [[Theo Brinkhuis]] op de varkens.",
                 "Die dinsdag kwamen twee mannen van de NVWA voor controle.",
                 "[[Theo]] werd kwaad toen ze de kraamstal in wilden.",
                 "Hij pakte de mestvork en riep tegen de lange man",
                 "([[ter Maat]]) dat hij wist waar hij woonde.",
                 "Ik heb [[Theo]] bij zijn arm gepakt en gezegd dat hij",
                 "moest kappen. De heren zijn toen weggegaan.",
                 "Ik wil niet dat mijn naam bij [[Theo]] bekend wordt,",
                 "ik heb dit werk nodig.",
                 "",
                 "Kootwijkerbroek, 16 oktober 2025"]
        y = H - 72 * mm
        for ln in lines:
            c.drawString(24 * mm, y, d.o(ln))
            y -= 10 * mm
        c.setFont("DejaVuSerif-Italic", 18)
        c.drawString(28 * mm, y - 6 * mm, d.o("[[D. Westerveld]]"))
        c.setFont("Helvetica", 8)
        c.drawString(22 * mm, 20 * mm, d.o("Opgenomen door: [[S. Bakker-Olij]], NVWA - kenmerk AG-2025-0244"))
    data = scan_pdf(d, _scan_page(d, draw), "", "", angles=(0.7,), seed=21)
    finish(d, data, "Canon iR-ADV C5535 PDF", "Canon iR-ADV C5535", title="Scan 2025-10-16 0942")


def nv22(d):
    def draw(c):
        W, H = A4
        c.setFont("Times-Roman", 11)
        y = H - 25 * mm
        for ln in ["[[Jan-Willem ter Braak]]", "[[ADDRESS|Zwarteweg 7]]", "[[ADDRESS|3781 NB]] Voorthuizen",
                   "tel. [[0342-471938]]", "", "Aan de NVWA", "Postbus 43006", "3540 AA Utrecht", "",
                   "Voorthuizen, 20 oktober 2025", "",
                   "Betreft: uw controle van 9 oktober, kenmerk DW-2025-3318", "",
                   "Geachte heer [[ter Maat]],", "",
                   "Hierbij wil ik reageren op de controle op mijn bedrijf. Ik erken dat het",
                   "niet goed ging met een aantal koeien. Na het overlijden van mijn vader",
                   "in juli sta ik er alleen voor. Mijn vrouw [[Geertje]] werkt buitenshuis.",
                   "De dierenarts komt nu elke week en de klauwbekapper is geweest.",
                   "Ik vraag u om rekening te houden met mijn situatie. Mijn advocaat",
                   "neemt contact met u op over de boete.", "",
                   "Met vriendelijke groet,"]:
            c.drawString(25 * mm, y, d.o(ln))
            y -= 6.2 * mm
        c.setFont("DejaVuSerif-Italic", 20)
        c.drawString(30 * mm, y - 10 * mm, d.o("[[J.W. ter Braak]]"))
        c.setFont("DejaVuSerif-Italic", 12)
        c.drawString(25 * mm, y - 28 * mm, d.o("PS: bel gerust mobiel [[06 48 22 19 07]]"))
        c.setFont("Helvetica", 9)
        c.drawString(120 * mm, H - 25 * mm, "ONTVANGEN 22 OKT 2025")
        c.drawString(120 * mm, H - 30 * mm, "NVWA Postkamer Utrecht")
    data = scan_pdf(d, _scan_page(d, draw), "", "", angles=(-0.5,), seed=22)
    finish(d, data, "KONICA MINOLTA bizhub C458", "KONICA MINOLTA bizhub C458", title="Scan brief ingekomen")


DOCS = [Doc("nv12_factuur_reinigingsbedrijf", nv12), Doc("nv13_boeterapport_bb_2025_01127", nv13),
        Doc("nv14_voornemen_bestuurlijke_boete", nv14), Doc("nv15_zienswijze_advocaat", nv15),
        Doc("nv16_verslag_hoorzitting", nv16), Doc("nv17_besluit_bestuurlijke_boete", nv17),
        Doc("nv18_mail_incident_kootwijkerbroek", nv18), Doc("nv19_melding_agressie_geweld", nv19),
        Doc("nv20_whatsapp_export_team_oost", nv20), Doc("nv21_scan_verklaring_getuige", nv21),
        Doc("nv22_scan_brief_melkveehouder", nv22)]
