"""Set SH documents sh18-sh33: invoices, nota, council questions, Woo."""
from lib import Doc

DOCS = [
Doc("sh18_factuur_bewindvoerder", font="helvetica", producer="Exact Online PDF", creator="Exact Online", lines=[
"# [[Van Dorsser]] Bewindvoering",
"[[Lotte van Dorsser]] - beschermingsbewindvoerder - [[Kerkewijk 88|ADDRESS]], Veenendaal",
"KvK [[81234567|KVK]] - IBAN [[NL62 RABO 0317 4492 18]] - [[06-22 91 35 40]] - [[lotte@vandorsserbewind.nl]]",
"",
"Aan: {{Gemeente Veenendaal}}, {{Team Schuldhulpverlening}}, {{crediteuren@veenendaal.nl|EMAIL_FUNCTIONAL}}",
"Factuurnummer: 2025-117 | Datum: 30 november 2025 | Uw referentie: {{SHV-2025-0418|CASE}}",
"",
"| Omschrijving | Uren | Bedrag |",
"| Intake en inventarisatie (opdracht gemeente, crisisinterventie) | 4,0 | € 340,00 |",
"| Overleg {{Vallei Wonen}} en {{Incassade Gerechtsdeurwaarders}} | 2,5 | € 212,50 |",
"| Opstellen aanvraag bij de {{rechtbank Midden-Nederland}} | 1,5 | € 127,50 |",
"| Totaal (vrijgesteld van btw, art. 11 {{Wet OB}}) | | € 680,00 |",
"",
"Betreft cliënt: [[J. Verhoef-Brinkman]]. Betaling binnen 30 dagen op bovenstaand rekeningnummer.",
]),

Doc("sh19_factuur_tolk", font="dejavu", producer="Microsoft® Excel® 2019", creator="Microsoft® Excel® 2019", lines=[
"# Factuur - Tolk- en Vertaalpraktijk [[El Khatib]]",
"[[Youssef El Khatib]], beëdigd tolk Arabisch (Wbtv-nummer {{12044|CASE}})",
"[[Zandstraat 14-B|ADDRESS]], [[3905 EA|POSTCODE]] Veenendaal - [[+31 (0)6 48 20 11 93]]",
"IBAN [[NL08 INGB 0006 7123 45]] t.n.v. [[Y. El Khatib]] - KvK [[70012345|KVK]]",
"",
"Aan: {{Gemeente Veenendaal}}, afdeling {{Sociaal Domein}}",
"Datum: 8 december 2025 | Factuur: T-25-0341",
"",
"| Datum | Opdracht | Tijd | Bedrag |",
"| 22-10-2025 | huisbezoek buurvrouw i.v.m. getuigenverklaring | 1,5 uur | € 97,50 |",
"| 06-11-2025 | tolken hoorgesprek (beëdigd) | 1,5 uur | € 97,50 |",
"| | reiskosten | | € 12,00 |",
"| | Totaal | | € 207,00 |",
"",
"Opdrachtgever: [[Ö. Yıldırım]], {{Juridische Zaken}}.",
]),

Doc("sh20_beslisnota_college", font="dejavu", producer="Microsoft® Word voor Microsoft 365",
    annots=[("Pieter-Jan Schoonderwoerd", "Kan de passage over Bram eruit? Bel me: 06-31 72 40 58"),
            ("Nicole Harmsen", "Afgestemd met Financiën, budget past binnen post 6.71")],
    hidden=[("annotations", "PERSON", "Pieter-Jan Schoonderwoerd", ["Pieter-Jan Schoonderwoerd"]),
            ("annotations", "PHONE", "06-31 72 40 58", ["06-31 72 40 58"]),
            ("annotations", "PERSON", "Nicole Harmsen", ["Nicole Harmsen"])],
    lines=[
"# Beslisnota college van B&W",
"| Aan | het college van burgemeester en wethouders |",
"| Portefeuillehouder | {{wethouder El Amrani|PUBLIC_OFFICIAL}} |",
"| Van | [[D. van 't Hul]], teamleider Schuldhulpverlening |",
"| Datum | 9 februari 2026 |",
"| Kenmerk | {{BN-2026-044|CASE}} |",
"| Onderwerp | Reactie {{Nationale ombudsman}} en tegemoetkoming klaagster |",
"",
"# Aanleiding",
"Een inwoner heeft haar klacht over het niet oppakken van een vroegsignaal voorgelegd aan de {{Nationale ombudsman}} "
"(dossier {{2026.00318|CASE}}). De ombudsman vraagt of het college bereid is een tegemoetkoming aan te bieden.",
"",
"# Geadviseerd besluit",
"Het college wordt gevraagd: 1. in te stemmen met een tegemoetkoming van € 500,00; 2. de brief aan de ombudsman vast "
"te stellen; 3. de raad te informeren via een raadsinformatiebrief.",
"",
"# Kern",
"De klacht is intern gegrond verklaard. Een tegemoetkoming voorkomt een ombudsmanrapport met een negatief oordeel en "
"past bij de {{Handreiking immateriële schadevergoeding}}. De kosten worden gedekt uit het budget "
"{{Armoede en schulden 2026}}.",
"",
"# Krachtenveld",
"Raadslid {{Demir|PUBLIC_OFFICIAL}} ({{GroenLinks-PvdA}}) heeft schriftelijke vragen gesteld. De lokale krant "
"{{Rijnpost}} heeft over de zaak gepubliceerd.",
"",
"Paraaf: [[DvtH|INITIALS]] | Juridisch gezien: [[FB|INITIALS]] | Contact: [[d.vanthul@veenendaal.nl]]",
"\f",
"# Informatie die niet openbaar gemaakt kan worden",
"Deze nota bevat persoonsgegevens van de klaagster en van medewerkers.",
"# Motivering",
"Openbaarmaking van de persoonsgegevens zou de persoonlijke levenssfeer schaden (artikel 5.1, tweede lid, onder e, "
"{{Wet open overheid}}).",
]),

Doc("sh21_raadsvragen_en_antwoord", engine="docx", author="Griffie Veenendaal", lines=[
"# Schriftelijke vragen ex artikel 41 {{Reglement van orde}}",
"Van: raadslid {{Demir|PUBLIC_OFFICIAL}} ({{GroenLinks-PvdA}}) | Datum: 18 november 2025 | Nummer {{RV-2025-061|CASE}}",
"",
"Onderwerp: gemiste vroegsignalen schuldhulpverlening",
"",
"In de {{Rijnpost}} van 14 november 2025 lees ik dat een alleenstaande moeder aan de Populierenlaan bijna uit haar "
"huis werd gezet omdat een melding van de woningcorporatie vier maanden bleef liggen.",
"1. Herkent het college dit beeld?",
"2. Hoeveel vroegsignalen van {{Vallei Wonen}} en {{Woonstede}} zijn in 2025 niet binnen drie werkdagen opgepakt?",
"3. Welke maatregelen neemt het college?",
"\f",
"# Antwoord van het college (9 december 2025)",
"1. Het college herkent dat in één dossier een signaal niet tijdig is opgepakt. Het college gaat niet in op de "
"persoonlijke omstandigheden van de betrokken inwoner. Wethouder {{El Amrani|PUBLIC_OFFICIAL}} heeft de inwoner "
"excuses aangeboden.",
"2. In 2025 ontving de gemeente 1.184 vroegsignalen; 37 daarvan zijn later dan drie werkdagen opgepakt, in vrijwel "
"alle gevallen in de periode van de storing in de koppeling met {{Inforing}}.",
"3. Er is een vervangingsregeling ingevoerd en de teamleider controleert wekelijks de werkvoorraad. Het "
"{{Plan van aanpak Vroegsignalering 2026}} wordt in het eerste kwartaal aan de raad gezonden.",
"",
"Behandelend ambtenaar: [[Nicole Harmsen]], beleidsadviseur Sociaal Domein, [[n.harmsen@veenendaal.nl]]",
]),

Doc("sh22_persbericht", font="helvetica", producer="Microsoft® Word 2019", author="Noor van Ee",
    xmp_creator="Noor van Ee",
    hidden=[("metadata", "PERSON", "Noor van Ee", ["Noor van Ee"])], lines=[
"# PERSBERICHT {{Gemeente Veenendaal}}",
"Veenendaal, 10 februari 2026",
"",
"# Gemeente biedt excuses en tegemoetkoming na klacht over schuldhulp",
"Het college van Veenendaal biedt een inwoner een tegemoetkoming van € 500 aan nadat een melding van haar verhuurder "
"in 2025 maandenlang bleef liggen. De inwoner had zich tot de {{Nationale ombudsman}} gewend. "
"{{Wethouder Karim El Amrani|PUBLIC_OFFICIAL}}: 'Dit had niet mogen gebeuren. Wie een melding doet van een dreigende "
"huisuitzetting, moet binnen drie dagen iemand van ons aan de lijn hebben.'",
"",
"De gemeente heeft de werkwijze aangepast: iedere melding via {{Inforing}} krijgt een vaste behandelaar en een vaste "
"vervanger. Inwoners met geldzorgen kunnen bellen met {{14 0318|PHONE_PUBLIC}} of met de landelijke lijn van "
"{{Geldfit}}, {{0800-8115|PHONE_PUBLIC}}.",
"",
"Noot voor de redactie, niet voor publicatie:",
"Meer informatie: woordvoerder {{Tim Schaapveld|PUBLIC_OFFICIAL}}, {{pers@veenendaal.nl|EMAIL_FUNCTIONAL}}, "
"{{0318-538 111|PHONE_PUBLIC}}.",
]),

Doc("sh23_teamoverzicht", font="dejavu", producer="Microsoft® Excel® voor Microsoft 365", fontsize=9, lines=[
"# {{Team Schuldhulpverlening}} - bezetting en vervanging mei-juni 2025",
"Bijlage bij het rapport klachtbehandeling {{KL-2025-0092|CASE}}",
"",
"| Naam | Functie | Pers.nr | Mobiel | Afwezig |",
"| [[Bram Ouwehand]] | klantmanager | [[104782|PERSONNEL_NO]] | [[06-27 14 80 66]] | 6 mei - 30 jun |",
"| [[Marieke ter Horst]] | klantmanager | [[109315|PERSONNEL_NO]] | [[06 41 27 83 90]] | - |",
"| [[Kees Ruitenbeek]] | klantmanager | [[098144|PERSONNEL_NO]] | [[06-50 33 21 97]] | 19 - 23 mei |",
"| [[Fatma Koç]] | consulent draagkracht | [[112407|PERSONNEL_NO]] | [[06-19 40 55 28]] | - |",
"| [[R. de Graaf-Lambrechts]] | applicatiebeheer | [[087723|PERSONNEL_NO]] | [[0031 6 11 82 49 30]] | - |",
"| [[Dennis van 't Hul]] | teamleider | [[101560|PERSONNEL_NO]] | [[06-19 88 42 05]] | 26 mei - 6 jun |",
"",
"Vervanging teamleider: {{afdelingsmanager Sociaal Domein|ROLE}}. Er was geen vervanger aangewezen voor de "
"werkvoorraad van vroegsignalen; de functionele mailbox {{vroegsignalering@veenendaal.nl|EMAIL_FUNCTIONAL}} werd "
"niet gemonitord.",
"",
"Werkvoorraad {{Inforing}} per 30 juni 2025: 37 meldingen ouder dan drie werkdagen.",
"Opgesteld door applicatiebeheer, gecontroleerd door [[RdGL|INITIALS]].",
]),

Doc("sh24_huisbezoek_notitie_scan", engine="scan", producer="RICOH MP C3004 PDF", creator="RICOH Scan to Folder",
    scan_rot=-0.5, lines=[
"# Gespreksnotitie huisbezoek",
"Datum: 22 oktober 2025",
"Adres: [[Populierenlaan 37]]",
"Aanwezig: woonconsulent [[Hakvoort]], klantmanager [[Ter Horst]]",
"",
"Mevrouw [[Verhoef-Brinkman]] was thuis met zoon [[Dylan]].",
"De woning is netjes. Huur oktober is betaald.",
"Mevrouw heeft een afspraak bij de praktijkondersteuner.",
"Afspraak: volgend contact 5 november.",
"",
"~ Aantekening: buurvrouw [[Hanna Wolters]] helpt met post",
"~ paraaf [[GJH]]",
]),

Doc("sh25_whatsapp_budgetcoach", font="dejavu", producer="WhatsApp chat export (PDF via Print)", fontsize=9.5, lines=[
"# WhatsApp-chat met [[Jolanda]] (geëxporteerd door budgetcoach, {{Humanitas}} {{Veenendaal|PLACE}})",
"",
"[03-10-2025 19:12] [[Ans Kloosterboer]]: Hoi [[Jolanda]], morgen om 10 uur kom ik de post doornemen. Leg je alles klaar?",
"[03-10-2025 19:30] [[Jolanda]]: Ja is goed. Er is weer een brief van die deurwaarder",
"[03-10-2025 19:31] [[Jolanda]]: en van {{Zilveren Kruis}}",
"[03-10-2025 19:33] [[Ans Kloosterboer]]: Niet schrikken, dat nemen we mee. Heb je de pas van {{ING}} nog?",
"[04-10-2025 11:48] [[Ans Kloosterboer]]: Gedaan vandaag: 14 brieven gesorteerd, {{Vitens}} gebeld",
"[21-10-2025 08:05] [[Jolanda]]: [[Annie]] ik heb de klacht ingediend. [[Sanne]] van het wijkteam hielp",
"[21-10-2025 08:10] [[Ans Kloosterboer]]: Goed zo meid! 💪",
"[21-10-2025 08:11] [[Jolanda]]: dank je. [[Dylan]] zegt ook dank je",
"[07-11-2025 20:14] [[Jolanda]]: Gesprek gisteren was zwaar. Die teamleider gaf het wel toe",
"[07-11-2025 20:20] [[Ans Kloosterboer]]: Trots op je. Bel me als je wil: [[06-53 09 61 28]]",
"",
"Export ten behoeve van het dossier {{SHV-2025-0418|CASE}}, met toestemming van cliënte.",
]),

Doc("sh26_casusoverleg", font="dejavu", producer="Microsoft® Word voor Microsoft 365", lines=[
"# Verslag casusoverleg {{Sociaal Wijkteam}} Veenendaal-West",
"Datum: 30 oktober 2025 | Casus: {{SHV-2025-0418|CASE}}",
"Aanwezig: [[Sanne Bakker]] (wijkcoach), [[K. Oostveen]] ({{GGD Regio Utrecht}}), [[M. ter Horst]] (schuldhulp), "
"[[G.J. Hakvoort]] ({{Vallei Wonen}})",
"",
"Cliënte (geb. [[14-03-1981]]) heeft [[depressieve klachten|HEALTH]] en [[slaapproblemen|HEALTH]]; zij gebruikt "
"[[sertraline|HEALTH]]. Zoon [[Dylan]] verzuimt school sinds september (melding leerplicht).",
"Afspraken: [[Sanne]] begeleidt bij de klacht; [[Karin]] houdt contact met de huisarts; {{Vallei Wonen}} schort de "
"ontruiming op tot 1 december; schuldhulp dient de aanvraag bij de {{Kredietbank Nederland}} in.",
"Volgende overleg: 4 december 2025, {{Wijkcentrum De Drie Musketiers|PLACE}}.",
]),

Doc("sh27_rapport_ombudsman", font="serif", producer="Adobe PDF Library 17.11", creator="Adobe InDesign 18.5", lines=[
"# {{De Nationale ombudsman}} - Rapport",
"Rapportnummer {{2026/041|CASE}} | Datum 14 april 2026",
"",
"# Klacht",
"Verzoekster klaagt erover dat de gemeente Veenendaal een vroegsignaal van haar verhuurder in 2025 vier maanden heeft "
"laten liggen en dat de gemeente haar immateriële schade niet vergoedde. Verzoekster wordt in dit rapport aangeduid "
"als mevrouw V.; in het dossier: [[J. Verhoef-Brinkman]], [[Populierenlaan 37|ADDRESS]].",
"",
"# Bevindingen",
"De gemeente heeft erkend dat het signaal niet voortvarend is behandeld. De {{Wet gemeentelijke schuldhulpverlening}} "
"en de {{Gedragscode Schuldhulpverlening}} vragen om outreachend werken bij een dreigende huisuitzetting. De "
"gemeente heeft tijdens het onderzoek alsnog een tegemoetkoming van € 500 aangeboden, die verzoekster heeft "
"aanvaard. De ombudsman waardeert dat wethouder {{El Amrani|PUBLIC_OFFICIAL}} persoonlijk excuses heeft gemaakt.",
"\f",
"# Oordeel",
"De klacht over het niet oppakken van het vroegsignaal is gegrond wegens strijd met het vereiste van voortvarendheid "
"en goede organisatie. De klacht over de schadevergoeding is, na het aanbod, niet langer aan de orde.",
"",
"# Aanbeveling",
"De ombudsman beveelt de gemeente aan om over een jaar aan de raad te rapporteren over de termijnen van "
"vroegsignalering. De {{Nationale ombudsman}}, namens deze: [[mr. A.C. Vlietstra-Bos]], substituut-ombudsman? "
"Nee - ondertekend door de onderzoeker drs. [[W. Pannekoek]] namens de ombudsman.",
]),

Doc("sh28_woo_verzoek", font="helvetica", producer="Microsoft® Word 2016", lines=[
"# Woo-verzoek",
"Aan: {{Gemeente Veenendaal}}, {{woo@veenendaal.nl|EMAIL_FUNCTIONAL}}",
"Van: [[R. Hoogendijk]], {{Stichting Schuldenvrij Vallei}}",
"[[Dorpsstraat 12|ADDRESS]], [[3931 EE|POSTCODE]] {{Woudenberg|PLACE}} | [[06-45 83 12 07]] | [[rob.hoogendijk@ziggo.nl]]",
"Datum: 20 april 2026",
"",
"Geachte heer, mevrouw,",
"",
"Op grond van de {{Wet open overheid}} verzoek ik om openbaarmaking van alle documenten over de klacht die leidde tot "
"rapport {{2026/041|CASE}} van de {{Nationale ombudsman}}, waaronder interne e-mails, chatberichten, het "
"klachtrapport, de reactie van de wethouder en correspondentie met {{Vallei Wonen}} en de deurwaarder. Ik ben "
"uiteraard niet geïnteresseerd in persoonsgegevens van de betrokken inwoner.",
"",
"Met vriendelijke groet,",
"[[Rob Hoogendijk]]",
]),

Doc("sh29_ontvangstbevestiging_woo", font="dejavu", producer="Microsoft® Word voor Microsoft 365", lines=[
"{{Gemeente Veenendaal}}",
"",
"De heer [[R. Hoogendijk]]",
"[[Dorpsstraat 12|ADDRESS]]",
"[[3931 EE|POSTCODE]] Woudenberg",
"",
"Datum: 23 april 2026 | Kenmerk: {{WOO-2026-031|CASE}}",
"Onderwerp: ontvangstbevestiging Woo-verzoek",
"",
"Geachte heer [[Hoogendijk]],",
"",
"Op 20 april 2026 ontvingen wij uw verzoek op grond van de {{Wet open overheid}}. Wij beslissen binnen vier weken; "
"deze termijn kan met twee weken worden verdaagd (artikel 4.4 {{Woo}}). Omdat de documenten persoonsgegevens van "
"derden bevatten, kunnen wij belanghebbenden om een zienswijze vragen.",
"",
"Met vriendelijke groet,",
"",
"[[Pieter-Jan Schoonderwoerd]]",
"Woo-coördinator | [[p.schoonderwoerd@veenendaal.nl]] | [[0318 538 190]]",
]),

Doc("sh30_woo_besluit", engine="docx", author="P.J. Schoonderwoerd", title="Besluit Woo-verzoek WOO-2026-031",
    hidden=[("metadata", "PERSON", "P.J. Schoonderwoerd", ["P.J. Schoonderwoerd"])], lines=[
"{{Gemeente Veenendaal}}",
"",
"De heer [[R. Hoogendijk]], {{Stichting Schuldenvrij Vallei}}",
"",
"Datum: 2 juni 2026 | Kenmerk: {{WOO-2026-031|CASE}}",
"Onderwerp: besluit op uw Woo-verzoek",
"",
"Geachte heer [[Hoogendijk]],",
"",
"# 1. Uw verzoek",
"U vroeg om documenten over de klacht die leidde tot rapport {{2026/041|CASE}} van de {{Nationale ombudsman}}.",
"",
"# 2. Besluit",
"Wij maken 33 documenten deels openbaar. De documenten staan op de inventarislijst (bijlage 1).",
"",
"# 3. Zienswijzen",
"{{Vallei Wonen}} en {{Incassade Gerechtsdeurwaarders}} hebben geen bezwaar gemaakt. Mevrouw [[Verhoef-Brinkman]] "
"heeft gevraagd haar gegevens niet openbaar te maken.",
"\f",
"# 4. Weigeringsgronden",
"Persoonsgegevens van medewerkers die niet in de openbaarheid treden, van de klaagster en van derden maken wij niet "
"openbaar (artikel 5.1, tweede lid, onder e, {{Woo}}). Het BSN is weggelakt op grond van artikel 5.1, eerste lid, "
"onder e. Gegevens over gezondheid zijn bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d). Namen van "
"{{wethouder El Amrani|PUBLIC_OFFICIAL}}, {{burgemeester Van Rossem-Dekker|PUBLIC_OFFICIAL}} en raadslid "
"{{Demir|PUBLIC_OFFICIAL}} blijven leesbaar.",
"",
"Hoogachtend,",
"namens het college van burgemeester en wethouders,",
"",
"[[Pieter-Jan Schoonderwoerd]], Woo-coördinator",
]),

Doc("sh31_inventarislijst", font="dejavu", producer="Aspose.Cells for .NET 24.1", fontsize=8, lines=[
"# Inventarislijst {{WOO-2026-031|CASE}}",
"| Nr | Document | Datum | Beoordeling | Grond |",
"| 1 | Intakeverslag | 09-09-2025 | deels openbaar | 5.1.1d, 5.1.1e, 5.1.2e |",
"| 2 | Budgetplan | 01-10-2025 | deels openbaar | 5.1.2e |",
"| 3 | Brief aan {{Incassade Gerechtsdeurwaarders}} | 24-09-2025 | deels openbaar | 5.1.2e |",
"| 4 | Brief aan {{Vallei Wonen}} | 07-10-2025 | deels openbaar | 5.1.2e |",
"| 7 | E-mail [[Ter Horst]] - [[Van 't Hul]] | 16-10-2025 | deels openbaar | 5.1.2e |",
"| 9 | Teams-chat Werkvoorraad | 17-10-2025 | deels openbaar | 5.1.2e |",
"| 10 | Klachtbrief [[JVB|INITIALS]] | 20-10-2025 | deels openbaar | 5.1.1d, 5.1.2e |",
"| 14 | Rapport klachtbehandelaar | 20-11-2025 | deels openbaar | 5.1.2e |",
"| 15 | Brief {{wethouder El Amrani|PUBLIC_OFFICIAL}} | 27-11-2025 | deels openbaar | 5.1.2e |",
"| 20 | Beslisnota {{BN-2026-044|CASE}} | 09-02-2026 | deels openbaar | 5.1.2e |",
"| 22 | Persbericht | 10-02-2026 | openbaar | - |",
"| 27 | Rapport {{2026/041|CASE}} | 14-04-2026 | reeds openbaar | - |",
"",
"Behandelaar: [[PJS|INITIALS]] | controle: [[FB|INITIALS]]",
]),

Doc("sh32_presentielijst_scan", engine="scan", producer="KONICA MINOLTA bizhub C300i", creator="bizhub Scan", scan_rot=0.9,
    lines=[
"# Presentielijst training Vroegsignalering",
"Datum: 15 januari 2026, Stadhuis",
"",
"| Naam | Functie | Handtekening |",
"| [[Bram Ouwehand]] | klantmanager | ~ |",
"| [[Hanna de Wit]] | consulent | ~ |",
"| [[Kees Ruitenbeek]] | klantmanager | ~ |",
"| [[Ilse Vermeulen]] | consulent | ~ |",
"",
"~ [[M. ter Horst]]",
"~ [[D. van 't Hul]]",
]),

Doc("sh33_memo_termijnbewaking", engine="docx", author="Dennis van 't Hul", lines=[
"# Memo",
"Aan: medewerkers {{Team Schuldhulpverlening}}",
"Van: [[Dennis van 't Hul]], teamleider",
"Datum: 1 december 2025",
"Onderwerp: werkinstructie vervanging en termijnbewaking vroegsignalen",
"",
"Naar aanleiding van klacht {{KL-2025-0092|CASE}} geldt per vandaag het volgende:",
"1. Iedere klantmanager heeft een vaste vervanger; de koppels staan in het rooster.",
"2. Bij afwezigheid langer dan drie werkdagen zet de vervanger een automatische doorverwijzing in {{Inforing}} aan.",
"3. Elke maandag controleert de teamleider de meldingen ouder dan twee werkdagen.",
"4. Vroegsignalen bij dreigende ontruiming krijgen binnen drie werkdagen een huisbezoek (art. 3 {{Wgs}}).",
"",
"Koppels: [[Marieke]] - [[Bram]]; [[Kees]] - [[Fatma]]; [[Ilse]] - [[Ruud]].",
"Vragen? Bel mij op [[06-19 88 42 05]].",
]),
]
