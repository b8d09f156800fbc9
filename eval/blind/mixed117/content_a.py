"""Set NV, documents nv01-nv11: Woo request, slaughterhouse inspection, dairy farm, bird flu, culling."""
from __future__ import annotations

import io

from lib import A4, Doc, finish, mm, rl_doc, colors

WORD = ("Microsoft\u00ae Word voor Microsoft 365", "Microsoft\u00ae Word voor Microsoft 365")
OUTLOOK = ("Microsoft: Print To PDF", "Microsoft Outlook")
ITEXT = ("iText\u00ae 7.2.5 \u00a92000-2023 iText Group NV (AGPL-version)", "Inspectieview 4.2")
ASPOSE = ("Aspose.PDF for .NET 23.4", "Zaaksysteem NVWA")
NITRO = ("Nitro Pro 13 (13.70.2.40)", "Nitro Pro 13")

NVWA_HEAD = ("{{Nederlandse Voedsel- en Warenautoriteit}}<br/>{{Ministerie van Landbouw, Visserij, "
             "Voedselzekerheid en Natuur}}")


# ------------------------------------------------------------------------------------------------
def nv01(d):
    b = [
        ("small", "Webformulier Woo-verzoek \u2013 ontvangen 5 januari 2026 09:42 \u2013 kenmerk "
                  "{{REF|NVWA/2026/WOO/0417}}"),
        ("h1", "Verzoek op grond van de Wet open overheid"),
        ("kv", [("Naam verzoeker", "[[Annelot Veenstra]]"),
                ("Organisatie", "{{Dagblad De Vallei}} (redactie regio)"),
                ("Adres", "[[ADDRESS|Klaproosstraat 18]]"),
                ("Postcode en plaats", "[[ADDRESS|3772 KH]] {{PLACE|Barneveld}}"),
                ("E-mailadres", "[[annelot.veenstra@devalleipost.nl]]"),
                ("Telefoonnummer", "[[06 28 41 90 57]]"),
                ("Bestuursorgaan", "{{Nederlandse Voedsel- en Warenautoriteit}} ({{NVWA}})")]),
        ("h2", "Omschrijving van het verzoek"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Op grond van de {{LAW|Wet open overheid}} ({{LAW|Woo}}) verzoek ik u om openbaarmaking van alle "
              "documenten over de periode 1 september 2025 tot en met 31 december 2025 die betrekking hebben op:"),
        ("p", "1. de inspecties bij {{Slachterij Oostveluwe B.V.}} te {{PLACE|Barneveld}}, waaronder de rapporten "
              "van de toezichthoudend dierenartsen en de correspondentie met het bedrijf;<br/>"
              "2. de uitbraak van hoogpathogene vogelgriep ({{TERM|H5N1}}) bij een pluimveebedrijf in "
              "{{PLACE|Lunteren}} en de preventieve ruimingen in de 1-kilometerzone;<br/>"
              "3. de bestuurlijke boete die is opgelegd aan een melkveebedrijf in {{PLACE|Voorthuizen}} wegens "
              "overtreding van het {{LAW|Besluit houders van dieren}};<br/>"
              "4. het incident op 14 oktober 2025 waarbij een inspecteur van de NVWA zou zijn bedreigd;<br/>"
              "5. de communicatie hierover met het {{ministerie van LNV}} en de {{gemeente Barneveld}}."),
        ("p", "Ik verzoek u de documenten digitaal te verstrekken. Persoonsgegevens van medewerkers mogen wat mij "
              "betreft worden weggelakt. Ik ben journalist en verzoek u het besluit binnen de wettelijke termijn "
              "te nemen."),
        ("p", "Met vriendelijke groet,<br/>[[Annelot Veenstra]]"),
        ("small", "Dit formulier is verzonden via {{www.nvwa.nl/woo}}. U ontvangt binnen twee werkdagen een "
                  "ontvangstbevestiging van {{EMAIL_FUNCTIONAL|woo@nvwa.nl}}."),
    ]
    finish(d, rl_doc(d, b, "Helvetica", 10), "Skia/PDF m120", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
           "Chrome/120.0", title="Woo-verzoek NVWA/2026/WOO/0417")


# ------------------------------------------------------------------------------------------------
def nv02(d):
    b = [
        ("small", NVWA_HEAD),
        ("sp", 8),
        ("p", "Dagblad De Vallei<br/>t.a.v. mevrouw [[A. Veenstra]]<br/>[[ADDRESS|Klaproosstraat 18]]<br/>"
              "[[ADDRESS|3772 KH]] BARNEVELD"),
        ("kv", [("Datum", "7 januari 2026"), ("Ons kenmerk", "NVWA/2026/WOO/0417"),
                ("Onderwerp", "Ontvangstbevestiging Woo-verzoek"),
                ("Contactpersoon", "[[mr. S.M. Kuipers-Dijkstra]]"),
                ("Telefoon", "[[088 223 41 76]] (bereikbaar ma-do)"),
                ("Postadres", "{{Postbus 43006}}, 3540 AA {{PLACE|Utrecht}}")]),
        ("p", "Geachte mevrouw [[Veenstra]],"),
        ("p", "Op 5 januari 2026 hebben wij uw verzoek ontvangen op grond van de {{LAW|Wet open overheid}}. "
              "U vraagt om documenten over inspecties bij een slachthuis en enkele veehouderijen, de uitbraak van "
              "vogelgriep in {{PLACE|Lunteren}} en een opgelegde bestuurlijke boete."),
        ("p", "Op grond van artikel 4.4 van de Woo beslissen wij binnen vier weken na ontvangst. Deze termijn kan "
              "met twee weken worden verdaagd. Omdat documenten ook afkomstig zijn van het {{ministerie van LNV}} "
              "en van derden, zullen wij belanghebbenden mogelijk om hun zienswijze vragen (artikel 4.4, tweede "
              "lid)."),
        ("p", "Heeft u vragen, dan kunt u contact opnemen met de behandelend jurist via "
              "[[sanne.kuipers-dijkstra@nvwa.nl]] of met het algemene nummer {{PHONE_GENERAL|0900 0388}}. "
              "Vermeld altijd het kenmerk NVWA/2026/WOO/0417."),
        ("p", "Hoogachtend,<br/>de {{ROLE|inspecteur-generaal}} van de Nederlandse Voedsel- en Warenautoriteit,"
              "<br/>namens deze,"),
        ("sig", 21),
        ("p", "[[mr. S.M. Kuipers-Dijkstra]]<br/>jurist {{Team Woo en Juridische Zaken}}"),
    ]
    finish(d, rl_doc(d, b, "DejaVuSans", 9.5, footer="NVWA \u2013 Catharijnesingel 59 \u2013 3511 GG Utrecht"),
           *ASPOSE, title="Ontvangstbevestiging", author="NVWA Juridische Zaken",
           links=[(0, [56, 300, 300, 312], "mailto:sanne.kuipers-dijkstra@nvwa.nl")])


# ------------------------------------------------------------------------------------------------
def nv03(d):
    b = [
        ("small", NVWA_HEAD + "<br/>Divisie {{Keuren}} \u2013 Regio Oost"),
        ("h1", "Inspectierapport slachthuis"),
        ("kv", [("Rapportnummer", "{{REF|IR-SL-2025-10482}}"),
                ("Bedrijf", "{{Slachterij Oostveluwe B.V.}}"),
                ("Vestigingsadres", "{{Nijverheidsweg 22}}, 3771 ME Barneveld"),
                ("KvK-nummer", "{{KVK_COMPANY|09187342}}"),
                ("Erkenningsnummer", "{{REF|NL 2041 EG}}"),
                ("Datum inspectie", "23 september 2025, 05:30 \u2013 11:15 uur"),
                ("Inspecteurs", "[[B. Hoekstra]] (inspecteur), [[drs. I. van der Wiel-Bosman]] "
                                "(toezichthoudend dierenarts)"),
                ("Aanwezig namens bedrijf", "[[K. Rijnders]] (bedrijfsleider), [[Dennis Vos]] "
                                            "(kwaliteitsmanager)")]),
        ("h2", "1. Aanleiding"),
        ("p", "De inspectie maakte deel uit van het reguliere toezicht op dierenwelzijn bij aanvoer, wachtstal en "
              "bedwelming, conform {{LAW|Verordening (EG) nr. 1099/2009}} en het {{LAW|Besluit houders van "
              "dieren}}. Daarnaast is gecontroleerd of de tekortkomingen uit het rapport van 12 juni 2025 zijn "
              "hersteld."),
        ("h2", "2. Bevindingen"),
        ("table", [["Nr.", "Onderdeel", "Bevinding", "Oordeel"],
                   ["2.1", "Aanvoer en lossen", "Twee varkens uit vracht 14 (vervoerder {{Transportbedrijf "
                    "Westerkamp B.V.}}) konden niet zelfstandig lopen; volgens medewerker [[Mehmet Y\u0131ld\u0131z]] "
                    "stonden zij al bij het laden zwak.", "tekortkoming"],
                   ["2.2", "Wachtstal", "Bezettingsgraad hok 6 te hoog (42 dieren op 21 m\u00b2). Drinkwater "
                    "aanwezig.", "tekortkoming"],
                   ["2.3", "Bedwelming CO2", "Concentratie 87 % gemeten; registratie volledig.", "in orde"],
                   ["2.4", "Controle na bedwelming", "Bij 3 van 120 gecontroleerde varkens corneareflex "
                    "aanwezig; nabedwelming direct uitgevoerd door [[Y\u0131ld\u0131z]].", "ernstige tekortkoming"],
                   ["2.5", "Dierenwelzijnsfunctionaris", "Aanwezig; certificaat van bekwaamheid geldig.",
                    "in orde"]],
         [12 * mm, 32 * mm, 95 * mm, 30 * mm]),
        ("p", "Het {{TERM|Animal Welfare Officer}}-logboek werd door [[de heer Vos]] getoond. De cameratoezicht-"
              "beelden van de bedwelmingsruimte ({{TERM|CCTV}}) zijn op verzoek van de toezichthoudend dierenarts "
              "veiliggesteld."),
        ("h2", "3. Maatregelen"),
        ("p", "Voor bevinding 2.4 wordt een rapport van bevindingen opgemaakt met het oog op een bestuurlijke boete "
              "(zaaknummer {{REF|BB-2025-00871}}). Voor 2.1 en 2.2 volgt een schriftelijke waarschuwing. "
              "Herinspectie binnen zes weken."),
        ("h2", "4. Verklaringen"),
        ("p", "<b>Chauffeur vracht 14.</b> De chauffeur, [[J\u00f6rg Havekotte]] (rijbewijs- en "
              "vervoerdersgegevens bekend bij de NVWA, bereikbaar via [[+49 171 3384 209]]), verklaarde dat de "
              "varkens op het bedrijf van herkomst in {{PLACE|Markelo}} al moeizaam de wagen op liepen. Hij heeft "
              "de vervoerder {{Transportbedrijf Westerkamp B.V.}} hierover niet ge\u00efnformeerd."),
        ("p", "<b>Medewerker bedwelming.</b> [[Sanne de Graaf-Lowijs]], werkzaam bij de CO2-gondel, verklaarde dat de "
              "reflexcontrole bij drukte soms door de stagiair [[Thijs]] wordt gedaan. De kwaliteitsmanager "
              "[[D. Vos]] bevestigde dat stagiairs niet zelfstandig mogen controleren."),
        ("p", "<b>Bedrijfsleider.</b> [[De heer Rijnders]] gaf aan dat de bezetting van de wachtstal het gevolg was "
              "van een storing aan de lijn tussen 06:10 en 06:55 uur. Een storingsrapport is nagezonden door "
              "[[k.rijnders@slachterij-oostveluwe.nl]]."),
        ("h2", "5. Herinspectie en vervolg"),
        ("p", "De herinspectie wordt onaangekondigd uitgevoerd door een ander team. Het bedrijf is opgenomen in de "
              "risicoselectie van het {{Inspectieplan slachthuizen 2026}}. De {{ROLE|inspecteur-generaal}} is via "
              "de lijn ge\u00efnformeerd over de ernstige tekortkoming."),
        ("h2", "6. Ondertekening"),
        ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                   ["[[B. Hoekstra]]", "inspecteur", "[[INITIALS|BHo]]", "24-09-2025"],
                   ["[[I. van der Wiel-Bosman]]", "toezichthoudend dierenarts", "[[INITIALS|IvdW]]",
                    "24-09-2025"]],
         [50 * mm, 55 * mm, 25 * mm, 30 * mm]),
    ]
    finish(d, rl_doc(d, b, "DejaVuSans", 10.5, header="IR-SL-2025-10482 \u2013 vertrouwelijk tot besluit"),
           *ITEXT, title="Inspectierapport IR-SL-2025-10482")


# ------------------------------------------------------------------------------------------------
def nv04(d):
    m = [
        ("mono", "<b>Van:</b> [[Vos, Dennis]] &lt;[[d.vos@slachterij-oostveluwe.nl]]&gt;\n"
                 "<b>Verzonden:</b> donderdag 2 oktober 2025 16:08\n"
                 "<b>Aan:</b> [[Hoekstra, Bram]] &lt;[[bram.hoekstra@nvwa.nl]]&gt;\n"
                 "<b>CC:</b> [[Rijnders, Kees]] &lt;[[k.rijnders@slachterij-oostveluwe.nl]]&gt;; "
                 "[[El Khatib, Noor]] &lt;[[noor.elkhatib@nvwa.nl]]&gt;\n"
                 "<b>Onderwerp:</b> RE: IR-SL-2025-10482 herstelmaatregelen"),
        ("p", "Beste [[Bram]],"),
        ("p", "In aanvulling op ons gesprek: wij hebben de bezetting van de wachtstal aangepast (max. 30 dieren per "
              "hok) en de CO2-installatie laten kalibreren door {{Butina}}. Het kalibratierapport stuur ik mee. "
              "Onze medewerker die bij de nabedwelming stond heeft een extra instructie gekregen."),
        ("p", "Met vriendelijke groet,<br/>[[Dennis Vos]]<br/>Kwaliteitsmanager {{Slachterij Oostveluwe B.V.}}"
              "<br/>T [[0342 \u2013 49 12 80]] | M [[+31 (0)6 5371 2284]]"),
        ("mono", "<b>Van:</b> [[Hoekstra, Bram]] &lt;[[bram.hoekstra@nvwa.nl]]&gt;\n"
                 "<b>Verzonden:</b> woensdag 1 oktober 2025 11:31\n"
                 "<b>Aan:</b> [[Vos, Dennis]] &lt;[[d.vos@slachterij-oostveluwe.nl]]&gt;\n"
                 "<b>CC:</b> [[El Khatib, Noor]] &lt;[[noor.elkhatib@nvwa.nl]]&gt;; [[van der Wiel-Bosman, Ilse]] "
                 "&lt;[[ilse.vanderwiel@nvwa.nl]]&gt;\n"
                 "<b>Onderwerp:</b> IR-SL-2025-10482 herstelmaatregelen"),
        ("p", "Geachte [[heer Vos]],"),
        ("p", "Hierbij ontvangt u het inspectierapport van 23 september jl. Ik verzoek u uiterlijk 15 oktober 2025 "
              "aan te geven welke maatregelen u treft naar aanleiding van de bevindingen 2.1, 2.2 en 2.4. Voor "
              "bevinding 2.4 wordt een boeterapport opgemaakt; daarover ontvangt u bericht van {{Bureau "
              "Bestuurlijke Boete}}."),
        ("p", "Met vriendelijke groet,<br/>[[Bram Hoekstra]]<br/>Inspecteur {{Keuren Rood Vlees}}, Regio Oost<br/>"
              "{{Nederlandse Voedsel- en Warenautoriteit}}<br/>M [[06-41278390]]<br/>"
              "<i>Werkdagen: ma, di, do</i>"),
        ("mono", "<b>Van:</b> [[El Khatib, Noor]]\n"
                 "<b>Verzonden:</b> dinsdag 30 september 2025 08:54\n"
                 "<b>Aan:</b> [[Hoekstra, Bram]]; [[van der Wiel-Bosman, Ilse]]\n"
                 "<b>Onderwerp:</b> rapport Oostveluwe"),
        ("p", "Hoi [[Bram]] en [[Ilse]], rapport ziet er goed uit. Stuur je het morgen naar het bedrijf? De "
              "corneareflex-bevinding graag ook melden bij het {{Landelijk Team Dierenwelzijn}}. Groet, [[Noor]]"),
        ("p", "<i>[[Noor El Khatib]] | teamleider Keuren Regio Oost | [[088 223 18 02]]</i>"),
    ]
    finish(d, rl_doc(d, m, "Helvetica", 9.5), *OUTLOOK, title="RE: IR-SL-2025-10482 herstelmaatregelen",
           author="Hoekstra, Bram")
    d.red.append(("PERSON", "Bram Hoekstra"))  # duplicate-safe: already marked in text


# ------------------------------------------------------------------------------------------------
def nv05(d):
    b = [
        ("small", NVWA_HEAD + "<br/>Divisie {{Inspectie}} \u2013 {{Team Dierenwelzijn Landbouwhuisdieren}}"),
        ("h1", "Rapport van bevindingen dierenwelzijn"),
        ("kv", [("Kenmerk", "{{REF|DW-2025-3318}}"),
                ("Datum en tijd", "9 oktober 2025, 10:05 \u2013 13:40 uur"),
                ("Locatie", "[[ADDRESS|Zwarteweg 7]], [[ADDRESS|3781 NB]] {{PLACE|Voorthuizen}}"),
                ("Bedrijf", "[[FARM|Maatschap Ter Braak-Huisman]], melkveehouderij"),
                ("UBN", "[[UBN|2847193]]"),
                ("Houders", "[[J.W. ter Braak]] (geb. [[DOB|12-03-1971]]) en [[G. ter Braak-Huisman]]"),
                ("Aanwezig", "[[Jan-Willem ter Braak]]; medewerker [[Lucas Hendriks]]"),
                ("Inspecteurs", "[[G.J. ter Maat]], [[drs. M. Nowicka]] (dierenarts)")]),
        ("h2", "Aanleiding"),
        ("p", "Melding via het {{Meldpunt 144}} (melding {{REF|144-2025-88214}}) over magere en kreupele koeien "
              "in een potstal. De melder is bij de NVWA bekend; zijn identiteit wordt niet in dit rapport "
              "vermeld."),
        ("h2", "Bevindingen"),
        ("p", "In de stal waren 142 melkkoeien en 38 stuks jongvee aanwezig. Bij 17 koeien is een "
              "lichaamsconditiescore ({{TERM|BCS}}) van 1,5 of lager vastgesteld. Elf koeien liepen met "
              "locomotiescore 4 of 5. Drie kalveren in de iglo's hadden geen toegang tot water. De ligboxen "
              "waren nat en sterk bevuild. Volgens [[de heer Ter Braak]] was de vaste dierenarts, "
              "[[Evert-Jan Kamphuis]] van {{Dierenartsenpraktijk De Vallei}}, in augustus voor het laatst "
              "op het bedrijf."),
        ("p", "Medewerker [[Hendriks]] verklaarde dat hij sinds juli alleen de melkrobot verzorgt en dat "
              "voeren en klauwverzorging door [[Jan-Willem]] zelf worden gedaan."),
        ("h2", "Overtredingen"),
        ("table", [["Nr.", "Voorschrift", "Feit"],
                   ["1", "{{LAW|artikel 2.2, achtste lid, Wet dieren}}", "onvoldoende verzorging van 17 koeien "
                    "met BCS \u2264 1,5"],
                   ["2", "{{LAW|artikel 1.7, onder a, Besluit houders van dieren}}", "geen water voor kalveren"],
                   ["3", "{{LAW|artikel 1.6, tweede lid, Besluit houders van dieren}}", "geen passende "
                    "diergeneeskundige verzorging kreupele dieren"]],
         [12 * mm, 70 * mm, 88 * mm]),
        ("p", "De houder is opgedragen binnen 48 uur de vaste dierenarts in te schakelen. Van de bevindingen is een "
              "boeterapport opgemaakt ({{REF|BB-2025-01127}}). Foto's 1 t/m 23 zijn opgenomen in het dossier."),
        ("h2", "Fotoverantwoording"),
        ("table", [["Foto", "Onderwerp", "Gemaakt door"],
                   ["1-6", "koeien potstal, BCS 1,0-1,5", "[[INITIALS|GJtM]]"],
                   ["7-11", "kreupele koeien, klauwen", "[[INITIALS|MNo]]"],
                   ["12-15", "kalveriglo's zonder drinkwater", "[[INITIALS|GJtM]]"],
                   ["16-23", "ligboxen, mestgang, voerhek", "[[INITIALS|GJtM]]"]], [20 * mm, 100 * mm, 40 * mm]),
        ("h2", "Verklaring houder"),
        ("p", "[[J.W. ter Braak]] verklaarde na cautie: \u201cMijn vader [[Hendrik]] deed altijd de klauwen. Sinds "
              "hij er niet meer is, lukt het me niet. Mijn vrouw werkt in de zorg in {{PLACE|Amersfoort}}.\u201d "
              "Hij gaf toestemming om contact op te nemen met zijn dierenarts op [[0342-415 900]] (mobiel "
              "dierenarts [[06 2088 1743]])."),
        ("p", "Opgemaakt naar waarheid door [[G.J. ter Maat]], inspecteur, en [[M. Nowicka]], dierenarts, "
              "op 10 oktober 2025."),
        ("table", [["Paraaf inspecteur", "Paraaf dierenarts", "Gezien teamleider"],
                   ["[[INITIALS|GJtM]]", "[[INITIALS|MNo]]", "[[INITIALS|NEK]] 13/10"]],
         [55 * mm, 55 * mm, 55 * mm]),
    ]
    finish(d, rl_doc(d, b, "DejaVuSansCond", 10.5, header="DW-2025-3318"), *ITEXT,
           title="Rapport van bevindingen DW-2025-3318")


# ------------------------------------------------------------------------------------------------
def nv06(d):
    b = [
        ("h1", "Diergeneeskundige verklaring"),
        ("p", "Behorend bij rapport {{REF|DW-2025-3318}} \u2013 opgesteld door de dierenarts van de NVWA"),
        ("kv", [("Dierenarts", "[[drs. Ma\u0142gorzata Nowicka]], officieel dierenarts NVWA"),
                ("Registratienummer", "[[PERSNR|DA-40917]]"),
                ("Bedrijf / UBN", "[[FARM|Maatschap Ter Braak-Huisman]] / [[UBN|2847193]]"),
                ("Datum onderzoek", "9 oktober 2025")]),
        ("h2", "Klinische bevindingen"),
        ("table", [["Oormerk", "Leeftijd", "BCS", "Locomotie", "Diagnose"],
                   ["{{REF|NL 7493 0128 5}}", "6 jr", "1,25", "5", "zoolzweer beide achterklauwen, "
                    "cachexie"],
                   ["{{REF|NL 7493 0241 8}}", "4 jr", "1,5", "4", "stinkpoot, verwaarloosde klauwen"],
                   ["{{REF|NL 7493 0377 2}}", "8 jr", "1,0", "5", "chronische mastitis, cachexie; euthanasie "
                    "ge\u00efndiceerd"],
                   ["{{REF|NL 7493 0419 6}}", "3 jr", "1,5", "3", "mortellaro (digitale dermatitis)"]],
         [38 * mm, 18 * mm, 14 * mm, 20 * mm, 80 * mm]),
        ("p", "De dieren vertonen een beeld van langdurig onvoldoende voeropname en onbehandelde "
              "klauwaandoeningen. Naar mijn oordeel is sprake van ernstig en langdurig ongerief. Het dier met "
              "oormerk NL 7493 0377 2 is in overleg met de praktijkdierenarts [[E.J. Kamphuis]] op 10 oktober "
              "2025 ge\u00ebuthanaseerd."),
        ("p", "[[Mw. Ter Braak-Huisman]] gaf aan dat haar echtgenoot de laatste maanden [[HEALTH|onder "
              "behandeling is van de huisarts wegens depressieve klachten]]. Dit is meegewogen in het advies om "
              "de {{Stichting Zorgboeren Gelderland}} in te schakelen."),
        ("p", "[[drs. M. Nowicka]]<br/>Utrecht, 10 oktober 2025<br/>[[m.nowicka@nvwa.nl]]"),
        ("sig", 64),
    ]
    finish(d, rl_doc(d, b, "DejaVuSerif", 9.5), "PDFpen 13.1.2", "PDFpen", title="Diergeneeskundige verklaring",
           author="Nowicka, M.")


# ------------------------------------------------------------------------------------------------
def nv07(d):
    lines = [
        ("[[Wouter 't Hooft]]", "07:12", "Goedemorgen allen. Uitslag {{Wageningen Bioveterinary Research}} "
         "binnen: {{TERM|H5N1}} bevestigd op het bedrijf aan de Postweg in {{PLACE|Lunteren}}. Ruiming vandaag."),
        ("[[Ma\u0142gorzata Nowicka]]", "07:15", "Ok. Ik ben er om 9 uur. Wie van de inspecteurs gaat mee?"),
        ("[[Wouter 't Hooft]]", "07:16", "[[Gerrit-Jan]] en [[Sjoerd]]. [[Gosia]] jij bent OD ter plaatse."),
        ("[[Sjoerd Bakker-Olij]]", "07:20", "Ik rijd via {{PLACE|Ede}}, pak de PBM-kratten op bij het depot."),
        ("[[Gerrit-Jan ter Maat]]", "07:24", "Let op: eigenaar [[mw. Van 't Klooster]] is erg aangeslagen, haar "
         "man ligt in het ziekenhuis. Zoon [[Rick]] is aanspreekpunt: [[06 19 42 77 30]]."),
        ("[[Wouter 't Hooft]]", "07:26", "Dank. {{Rendac}} is gebeld, ruimploeg van {{Centrale Ruimingsorganisatie}} "
         "om 10:00. [[Wout]] (ik) zit vanaf 8:30 in het {{Landelijk Crisiscentrum}}."),
        ("[[Zo\u00eb Brandsma]]", "07:41", "Vanuit LNV: minister wil vandaag om 14:00 een update voor de "
         "{{Kamerbrief}}. Kan iemand me bellen? [[070 378 6112]]"),
        ("[[Wouter 't Hooft]]", "07:43", "[[Zo\u00eb]], ik bel je na de briefing."),
        ("[[Ma\u0142gorzata Nowicka]]", "12:58", "Ruiming afgerond, 38.400 leghennen. Ontsmetting door "
         "[[Reinigingsbedrijf A. Bosch]] morgen."),
        ("[[Gerrit-Jan ter Maat]]", "13:05", "Ophokplicht in de regio blijft van kracht, zie {{www.rijksoverheid.nl}}."),
    ]
    b = [("small", "Microsoft Teams \u2013 Chat: Crisisteam AI Gelderse Vallei \u2013 export 18-11-2025"),
         ("h2", "Crisisteam AI Gelderse Vallei (9 deelnemers)")]
    rows = [["Naam", "Tijd", "Bericht"]] + [[a, t, m] for a, t, m in lines]
    b.append(("table", rows, [42 * mm, 14 * mm, 114 * mm]))
    b.append(("small", "Deelnemers: [[Wouter 't Hooft]], [[Ma\u0142gorzata Nowicka]], [[Sjoerd Bakker-Olij]], "
                       "[[Gerrit-Jan ter Maat]], [[Zo\u00eb Brandsma]], [[Fleur \u00d6zt\u00fcrk]], "
                       "[[Peter Verhulst]], [[Noor El Khatib]], [[Hanneke Jol]]"))
    finish(d, rl_doc(d, b, "DejaVuSans", 9.5), "Microsoft: Print To PDF", "Microsoft Teams",
           title="Chat Crisisteam AI Gelderse Vallei")


# ------------------------------------------------------------------------------------------------
def nv08(d):
    b = [
        ("small", NVWA_HEAD),
        ("sp", 6),
        ("p", "Aangetekend en per e-mail<br/>[[mevrouw A.G. van 't Klooster-Roelofs]]<br/>"
              "[[ADDRESS|Postweg 131]]<br/>[[ADDRESS|6741 KM]] LUNTEREN"),
        ("kv", [("Datum", "17 november 2025"), ("Kenmerk", "{{REF|AI-2025-LUN-004}}"),
                ("UBN", "[[UBN|2210785]]"),
                ("Onderwerp", "Besluit tot doding van pluimvee (ruimingsbevel)")]),
        ("p", "Geachte mevrouw [[Van 't Klooster-Roelofs]],"),
        ("p", "Op 17 november 2025 heeft {{Wageningen Bioveterinary Research}} in monsters van uw bedrijf "
              "hoogpathogene aviaire influenza van het type {{TERM|H5N1}} vastgesteld. Op grond van "
              "{{LAW|artikel 5.2 van de Wet dieren}} en de {{LAW|Regeling preventie, bestrijding en monitoring van "
              "besmettelijke dierziekten en zo\u00f6nosen en TSE's}} besluit ik namens de minister van Landbouw, "
              "Visserij, Voedselzekerheid en Natuur dat al het pluimvee op uw bedrijf wordt gedood."),
        ("p", "De doding vindt plaats op 18 november 2025 onder toezicht van een officieel dierenarts van de NVWA. "
              "Kadavers worden afgevoerd door {{Rendac}} te {{PLACE|Son}}. U heeft recht op een tegemoetkoming "
              "op grond van {{LAW|artikel 86 van de Wet dieren}}; de taxatie gebeurt door een onafhankelijk "
              "taxateur van {{Bureau Taxaties Dierziekten}}."),
        ("p", "Bezwaar tegen dit besluit schort de werking niet op. U kunt binnen zes weken bezwaar maken bij de "
              "minister van LNV, {{Postbus 20401}}, 2500 EK {{PLACE|Den Haag}}."),
        ("p", "Hoogachtend,<br/>de minister van Landbouw, Visserij, Voedselzekerheid en Natuur,<br/>namens deze,"
              "<br/>de {{ROLE|inspecteur-generaal}} van de NVWA,<br/>namens deze,"),
        ("sig", 8),
        ("p", "[[ir. H.J.M. Lubbers]]<br/>afdelingshoofd Crisisorganisatie"),
        ("small", "Afschrift: {{gemeente Ede}}, {{Gezondheidsdienst voor Dieren}}, [[R. van 't Klooster]] "
                  "(zoon, per e-mail: [[rick.vantklooster@hotmail.com]])"),
    ]
    finish(d, rl_doc(d, b, "Times-Roman", 10.5), *ASPOSE, title="Besluit tot doding AI-2025-LUN-004")


# ------------------------------------------------------------------------------------------------
def nv09(d):
    b = [
        ("h1", "Verslag regionaal crisisoverleg vogelgriep Gelderse Vallei"),
        ("kv", [("Datum", "19 november 2025, 15:00 \u2013 16:30 uur"),
                ("Locatie", "{{Gemeentehuis Barneveld}}, {{Raadhuisplein 2}} / Teams"),
                ("Voorzitter", "{{ROLE|burgemeester Van Meerten}} (gemeente Barneveld)"),
                ("Verslag", "[[Hanneke Jol]] (NVWA)")]),
        ("h2", "Aanwezig"),
        ("table", [["Naam", "Organisatie", "Rol"],
                   ["{{ROLE|burgemeester Van Meerten}}", "{{gemeente Barneveld}}", "voorzitter"],
                   ["{{ROLE|burgemeester Kok-Aalbers}}", "{{gemeente Ede}}", "lid"],
                   ["[[Wouter 't Hooft]] (WtH)", "NVWA Crisisorganisatie", "cri\u00adsis\u00adco\u00f6rdinator"],
                   ["[[Ma\u0142gorzata Nowicka]] (MN)", "NVWA", "officieel dierenarts"],
                   ["[[Zo\u00eb Brandsma]] (ZB)", "ministerie van LNV, {{DG Agro}}", "beleidsmedewerker"],
                   ["[[Marco Tielemans]] (MT)", "{{Veiligheidsregio Gelderland-Midden}}", "adviseur "
                    "bevolkingszorg"],
                   ["[[Hanneke Jol]] (HJ)", "NVWA", "notulist"]],
         [55 * mm, 65 * mm, 50 * mm]),
        ("h2", "1. Stand van zaken"),
        ("p", "[[WtH]] meldt dat de besmetting in {{PLACE|Lunteren}} is bevestigd en dat het bedrijf op 18 november "
              "is geruimd. In de 1-kilometerzone liggen twee andere pluimveebedrijven; bij het bedrijf van "
              "[[G. Schuurman]] ([[ADDRESS|Goudsberg 44]]) is preventief geruimd. De 10-kilometerzone geldt "
              "voor 64 bedrijven."),
        ("p", "De {{ROLE|burgemeester van Ede}} vraagt aandacht voor de sociale impact. [[MT]] meldt dat de "
              "{{Stichting Zorgalarm Boerderij}} en de {{ZLTO}} een informatieavond organiseren op 25 november in "
              "{{De Schaffelaar}}."),
        ("h2", "2. Communicatie"),
        ("p", "[[ZB]] licht toe dat de minister donderdag een {{Kamerbrief}} stuurt. Vragen van het Kamerlid "
              "{{ROLE|Hazenberg (BBB)}} over de vergoeding worden meegenomen. Persvragen lopen via het "
              "persnummer {{PHONE_GENERAL|070 378 6677}}."),
        ("h2", "Actielijst"),
        ("table", [["Nr.", "Actie", "Wie", "Wanneer"],
                   ["1", "Overzicht bedrijven 10-km-zone naar veiligheidsregio", "[[INITIALS|WtH]]", "20-11"],
                   ["2", "Informatieavond voorbereiden met ZLTO", "[[INITIALS|MT]] / [[INITIALS|HJ]]", "24-11"],
                   ["3", "Input Kamerbrief aanleveren", "[[INITIALS|ZB]]", "20-11"],
                   ["4", "Monitoring omliggende bedrijven (bloedonderzoek)", "[[INITIALS|MN]]", "doorlopend"]],
         [12 * mm, 100 * mm, 30 * mm, 25 * mm]),
        ("h2", "3. Rondvraag"),
        ("p", "[[MN]] meldt dat de ruimploeg op 18 november werd opgewacht door een buurman, de heer "
              "[[Evert van Ravenhorst]], die foto's maakte en die op Facebook plaatste. De NVWA heeft hem "
              "gevraagd de foto's met kentekens van medewerkers te verwijderen (kenteken [[PLATE|V-482-KR]] "
              "was leesbaar). [[Hanneke]] stuurt het verzoek na."),
        ("p", "Volgend overleg: 26 november 2025, 15:00 uur."),
    ]
    finish(d, rl_doc(d, b, "DejaVuSans", 9.5, header="Verslag crisisoverleg 19-11-2025 \u2013 intern"),
           *WORD, title="Verslag crisisoverleg 19 november", author="Hanneke Jol")
    # the Info /Author repeats a name that is also in the text: no separate hidden item


# ------------------------------------------------------------------------------------------------
def nv10(d):
    """Fillable AcroForm (reportlab): values only in /V and the widgets' appearance streams."""
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    W, H = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(20 * mm, H - 25 * mm, d.t("Aanvraagformulier tegemoetkoming ruiming pluimvee"))
    c.setFont("Helvetica", 9)
    y = H - 33 * mm
    for line in [d.t("{{Rijksdienst voor Ondernemend Nederland}} namens de minister van LNV \u2013 "
                     "formulier {{REF|TG-DZ-2025}}"),
                 d.t("Op grond van {{LAW|artikel 86 van de Wet dieren}}. Stuur het formulier naar "
                     "{{EMAIL_FUNCTIONAL|dierziekten@rvo.nl}} of bel {{PHONE_GENERAL|088 042 42 42}}."),
                 d.t("Dossiernummer NVWA: {{REF|AI-2025-LUN-004}}")]:
        c.drawString(20 * mm, y, line)
        y -= 5 * mm
    fields = [("naam_aanvrager", "Naam aanvrager", "A.G. van 't Klooster-Roelofs", "PERSON"),
              ("geboortedatum", "Geboortedatum", "04-08-1962", "DOB"),
              ("adres", "Adres bedrijf (tevens woonadres)", "Postweg 131, 6741 KM Lunteren", "ADDRESS"),
              ("ubn", "UBN", "2210785", "UBN"),
              ("bsn", "BSN (bij eenmanszaak)", "183947265", "BSN"),
              ("iban", "IBAN", "NL91 RABO 0317 4420 85", "IBAN"),
              ("tenaamstelling", "Ten name van", "A.G. van 't Klooster", "PERSON"),
              ("telefoon", "Telefoon", "0318-482911", "PHONE"),
              ("email", "E-mail", "aaltje.klooster@kpnmail.nl", "EMAIL"),
              ("aantal", "Aantal dieren geruimd", "38.400 leghennen (scharrel)", None),
              ("ondertekenaar", "Ingevuld door", "Rick van 't Klooster (zoon, gemachtigde)", "PERSON")]
    y -= 6 * mm
    form = c.acroForm
    for name, label, value, kind in fields:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(20 * mm, y + 2 * mm, d.t(label))
        form.textfield(name=name, tooltip=label, value=value, x=80 * mm, y=y, width=105 * mm, height=7 * mm,
                       fontName="Helvetica", fontSize=9, borderColor=colors.grey, fillColor=colors.white,
                       borderWidth=0.5, forceBorder=True)
        if kind:
            probes = [value]
            if kind == "ADDRESS":
                probes = ["Postweg 131", "6741 KM"]
            if name == "ondertekenaar":
                probes = ["Rick van 't Klooster"]
            d.hide("annotations", kind, value, probes)
        y -= 11 * mm
    c.setFont("Helvetica", 8.5)
    for line in [d.t("Verklaring: ondergetekende verklaart het formulier naar waarheid te hebben ingevuld."),
                 d.t("Uitbetaling volgt na taxatie door {{Bureau Taxaties Dierziekten}}."),
                 d.t("Privacy: RVO verwerkt uw gegevens conform de {{LAW|Algemene verordening "
                     "gegevensbescherming}}; zie {{www.rvo.nl/privacy}}.")]:
        c.drawString(20 * mm, y, line)
        y -= 5 * mm
    c.save()
    finish(d, buf.getvalue(), "Adobe PDF Library 23.1.175", "Adobe Acrobat Pro (64-bit) 23.1",
           title="Aanvraag tegemoetkoming TG-DZ-2025")


# ------------------------------------------------------------------------------------------------
def nv11(d):
    b = [
        ("h1", "FACTUUR"),
        ("p", "<b>[[FARM|Meijerink Veterinair Advies]]</b><br/>[[Rutger Meijerink]], dierenarts<br/>"
              "[[ADDRESS|Beekhuizerweg 3a]], [[ADDRESS|6721 PW]] {{PLACE|Bennekom}}<br/>"
              "[[0318 \u2013 41 76 03]] \u2022 [[rutger@meijerinkvet.nl]]<br/>KvK [[KVK|81294736]] \u2022 "
              "btw-id [[VAT|NL004417293B58]]"),
        ("sp", 6),
        ("kv", [("Aan", "{{Nederlandse Voedsel- en Warenautoriteit}}<br/>Crediteurenadministratie, "
                        "{{Postbus 43006}}, 3540 AA Utrecht"),
                ("Factuurnummer", "{{REF|2025-117}}"),
                ("Factuurdatum", "30 november 2025"),
                ("Uw referentie", "inkoopordernummer {{REF|4500817723}} \u2013 contactpersoon "
                                  "[[W. 't Hooft]]")]),
        ("table", [["Datum", "Omschrijving", "Uren", "Tarief", "Bedrag"],
                   ["18-11-2025", "Toezicht ruiming AI-2025-LUN-004 Lunteren (inhuur OD)", "9,5", "\u20ac 118,00",
                    "\u20ac 1.121,00"],
                   ["19-11-2025", "Preventieve ruiming Goudsberg, Lunteren", "7,0", "\u20ac 118,00",
                    "\u20ac 826,00"],
                   ["21-11-2025", "Bloedonderzoek 10-km-zone, 6 bedrijven", "8,0", "\u20ac 118,00",
                    "\u20ac 944,00"],
                   ["", "Kilometervergoeding 212 km \u00e0 \u20ac 0,23", "", "", "\u20ac 48,76"],
                   ["", "<b>Subtotaal</b>", "", "", "\u20ac 2.939,76"],
                   ["", "btw 21 %", "", "", "\u20ac 617,35"],
                   ["", "<b>Totaal</b>", "", "", "<b>\u20ac 3.557,11</b>"]],
         [22 * mm, 80 * mm, 14 * mm, 22 * mm, 28 * mm]),
        ("p", "Gaarne binnen 30 dagen overmaken op rekening [[NL27 INGB 0006 7741 92]] t.n.v. "
              "[[R.H. Meijerink]] o.v.v. het factuurnummer."),
        ("p", "Met collegiale groet,<br/>[[Rutger]]"),
        ("small", "Ingeschreven in het {{Diergeneeskundig Register}} onder nummer [[PERSNR|DR-18822]]. "
                  "Privéadres voor correspondentie: [[ADDRESS|Dorpsstraat 88]], Bennekom."),
    ]
    finish(d, rl_doc(d, b, "DejaVuSans", 9.5), "Microsoft: Print To PDF", "Microsoft\u00ae Excel\u00ae 2019",
           title="Factuur 2025-117", author="Rutger Meijerink", xmp_creator="Rutger Meijerink")


DOCS = [Doc("nv01_woo_verzoek_journalist", nv01), Doc("nv02_ontvangstbevestiging_woo", nv02),
        Doc("nv03_inspectierapport_slachterij_oostveluwe", nv03), Doc("nv04_mailwisseling_herstelmaatregelen", nv04),
        Doc("nv05_rapport_bevindingen_melkveebedrijf", nv05), Doc("nv06_diergeneeskundige_verklaring", nv06),
        Doc("nv07_teams_chat_crisisteam_vogelgriep", nv07), Doc("nv08_besluit_doding_pluimvee", nv08),
        Doc("nv09_verslag_crisisoverleg_vogelgriep", nv09), Doc("nv10_formulier_tegemoetkoming_ruiming", nv10),
        Doc("nv11_factuur_zzp_dierenarts", nv11)]
