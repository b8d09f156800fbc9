"""Set TS documents ts01-ts16."""
from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
OUT = "Microsoft Outlook 16.0"
DOCS = []

DOCS.append(Doc("ts01", [
    "# Verzoek op grond van de Wet open overheid",
    "Van: [[Marloes Verhoeven-Çelik]] <[[m.verhoeven-celik@persmail.nl]]>",
    "Verzonden: maandag {{3 augustus 2026}} 09:12",
    "Aan: {{woo@toeslagen.nl}}",
    "Onderwerp: Woo-verzoek behandeling bezwaren team Bezwaar {{Kinderopvangtoeslag}} kantoor {{Utrecht}}",
    "",
    "Geachte heer, mevrouw,",
    "Als journalist van het {{Onderzoeksplatform Rijksmacht}} verzoek ik u op grond van de {{Wet open overheid}} (Woo) "
    "om openbaarmaking van alle documenten over de behandeling van bezwaarschriften door het team Bezwaar "
    "{{Kinderopvangtoeslag}} van {{Dienst Toeslagen}}, vestiging {{Graadt van Roggenweg 500}} te {{Utrecht}}, in de periode "
    "{{1 januari 2025}} tot en met {{30 juni 2026}}.",
    "Het gaat mij in het bijzonder om: (1) interne e-mails en chatberichten over de achterstanden; (2) lijsten waarop "
    "burgers als risico werden aangemerkt (vergelijkbaar met de {{Fraude Signalering Voorziening}}); (3) nota's aan "
    "{{staatssecretaris Van Oosterhout}}; (4) verslagen van teamoverleggen.",
    "Ik ben bereikbaar op [[06-41 88 27 90]] of via [[+31 (0)20 845 12 76]] (redactie). Mijn postadres is "
    "[[Zeeburgerdijk 212-C]], [[1094 AN]] Amsterdam.",
    "Ik verzoek u de stukken digitaal te verstrekken. Eerder won ik met een vergelijkbaar onderzoek de "
    "{{Anne Vondelingprijs}}; ik noem dat alleen om aan te geven dat publicatie wordt beoogd.",
    "Met vriendelijke groet,",
    "[[Marloes Verhoeven-Çelik]]",
    "freelance onderzoeksjournalist",
], producer=OUT, creator=OUT))

DOCS.append(Doc("ts02", [
    "Belastingdienst/Toeslagen",
    "{{Postbus 8024}}, 3503 RA Utrecht",
    "",
    "Mevrouw [[M. Verhoeven-Çelik]]",
    "[[Zeeburgerdijk 212-C]]",
    "[[1094 AN]] Amsterdam",
    "",
    "Datum: {{5 augustus 2026}}",
    "Ons kenmerk: {{WOO-TSL-2026-0318}}",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "",
    "Geachte mevrouw [[Verhoeven-Çelik]],",
    "Op {{3 augustus 2026}} hebben wij uw verzoek op grond van de {{Wet open overheid}} ontvangen. Uw verzoek is "
    "geregistreerd onder kenmerk {{WOO-TSL-2026-0318}}. Wij beslissen binnen vier weken na ontvangst. Deze termijn "
    "kunnen wij met twee weken verdagen (artikel {{4.4}} Woo).",
    "Heeft u vragen, neem dan contact op met het Woo-team via {{woo@toeslagen.nl}} of de {{BelastingTelefoon}} "
    "{{0800-0543}}. Uw contactpersoon is [[Tamara Lindqvist]], bereikbaar op [[030 - 275 44 17]].",
    "",
    "Hoogachtend,",
    "de {{minister van Financiën}},",
    "namens dezen,",
    "[[T. Lindqvist]]",
    "Woo-coördinator {{Dienst Toeslagen}}",
], kind="docx", author="Lindqvist, Tamara"))

DOCS.append(Doc("ts03", [
    "# Besluit tot verdaging",
    "Kenmerk: {{WOO-TSL-2026-0318}}",
    "Datum: {{27 augustus 2026}}",
    "",
    "Geachte mevrouw [[Verhoeven-Çelik]],",
    "Op {{3 augustus 2026}} ontving {{Dienst Toeslagen}} uw Woo-verzoek. Wij verdagen de beslistermijn met twee weken, "
    "omdat de documenten gegevens van derden bevatten, onder wie de kinderopvangorganisatie "
    "{{Stichting Kinderopvang De Dukdalf}}, die in de gelegenheid moeten worden gesteld een zienswijze te geven "
    "(artikel {{4.4}} lid 2 Woo).",
    "Er zijn circa 140 documenten aangetroffen in de systemen {{Bezwaar Registratie Systeem}} (BRS), de "
    "Outlook-postvakken van het team en de Teams-omgeving {{Bezwaar KOT Utrecht}}.",
    "Voor vragen kunt u terecht bij [[mr. D.J.A. (Dirk-Jan) Kamphuis-Ebrahimi]], juridisch medewerker, "
    "[[d.kamphuis-ebrahimi@toeslagen.nl]], telefoon [[0031 30 275 4452]].",
    "",
    "Hoogachtend,",
    "de {{minister van Financiën}}, namens dezen,",
    "[[DRS. E.P. BOSSCHAART]]",
    "afdelingshoofd Bezwaar en Beroep",
], font="times", producer="Aspose.PDF for .NET 23.5", creator="Aspose.Words"))

DOCS.append(Doc("ts04", [
    "Van: [[Ramdin, Priya]] <[[p.ramdin@toeslagen.nl]]>",
    "Verzonden: dinsdag {{14 januari 2025}} 16:48",
    "Aan: [['t Hoff, Hendrik-Jan van]] <[[hj.van.t.hoff@toeslagen.nl]]>",
    "CC: [[Kuipers, Daan]] <[[d.kuipers@toeslagen.nl]]>; [[Bruijn-Staal, Ilse de]] <[[i.debruijn-staal@toeslagen.nl]]>",
    "Onderwerp: RE: achterstand bezwaren KOT - stand week 2",
    "",
    "Hoi [[Hendrik-Jan]],",
    "De voorraad staat op 4.812 openstaande bezwaren tegen beschikkingen {{Kinderopvangtoeslag}}. Daarvan zijn er "
    "1.309 ouder dan de wettelijke termijn van de {{Algemene wet bestuursrecht}}. Volgens de {{Awb}} moeten wij "
    "binnen twaalf weken beslissen; bij ingebrekestelling volgt de {{Wet dwangsom}}.",
    "[[Daan]] en ik stellen voor om de dossiers die op de signaallijst staan eerst te laten liggen tot het "
    "{{Team Signalen}} ze heeft bekeken. [[Ilse]] twijfelt of dat juridisch houdbaar is, zie haar mail hieronder.",
    "Groet, [[Priya]]",
    "[[Priya Ramdin]] | behandelaar Bezwaar KOT | [[06-2381 4490]]",
    "",
    "Van: [[Bruijn-Staal, Ilse de]]",
    "Verzonden: dinsdag {{14 januari 2025}} 11:02",
    "Aan: [[Ramdin, Priya]]; [[Kuipers, Daan]]",
    "Onderwerp: achterstand bezwaren KOT - stand week 2",
    "",
    "Hallo allebei,",
    "Ik vind het parkeren van bezwaren omdat iemand een signaal heeft geen goed idee. Dat is precies wat de "
    "{{Autoriteit Persoonsgegevens}} in 2020 over de {{FSV}} heeft gezegd. Laten we dit voorleggen aan "
    "[[mr. Mulderij]] van {{Juridische Zaken}}.",
    "Met vriendelijke groet,",
    "[[Ilse de Bruijn-Staal]]",
    "senior behandelaar | {{Dienst Toeslagen}} | {{Graadt van Roggenweg 500}} | Utrecht",
    "M [[+31 6 5502 1187]]",
], font="sans", producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft Outlook"))

DOCS.append(Doc("ts05", [
    "Van: [[Mulderij, Roeland]] <[[r.a.mulderij@minfin.nl]]>",
    "Verzonden: vrijdag {{17 januari 2025}} 10:15",
    "Aan: [[Bruijn-Staal, Ilse de]] <[[i.debruijn-staal@toeslagen.nl]]>",
    "CC: [['t Hoff, Hendrik-Jan van]]; [[Bosschaart, Erik]] <[[e.p.bosschaart@toeslagen.nl]]>",
    "Onderwerp: RE: mag een signaal de bezwaarbehandeling opschorten?",
    "",
    "Beste [[Ilse]],",
    "Kort antwoord: nee. Een bezwaar moet binnen de termijn van artikel {{7:10}} {{Awb}} worden afgehandeld. "
    "Een interne signalering is geen grond om die termijn op te schorten. Zie ook de uitspraak van de "
    "{{Afdeling bestuursrechtspraak van de Raad van State}} van {{23 oktober 2019}} "
    "({{ECLI:NL:RVS:2019:3536}}) en het rapport {{Ongekend onrecht}} van de parlementaire ondervragingscommissie.",
    "Bovendien is het gebruik van nationaliteit of een tweede nationaliteit als risico-indicator in strijd met "
    "de {{AVG}}. Ik adviseer de lijst niet meer te gebruiken en de {{Functionaris Gegevensbescherming}} in te lichten "
    "({{fg@minfin.nl}}).",
    "Ik bespreek dit maandag met [[Erik]]. Bel me gerust: [[070 - 342 81 90]] of mobiel [[06 1903 4567]].",
    "Groet,",
    "[[Roeland Mulderij]]",
    "{{Directie Juridische Zaken}}, {{Ministerie van Financiën}}, {{Korte Voorhout 7}}, {{Den Haag}}",
    "",
    "Van: [[Bruijn-Staal, Ilse de]]",
    "Verzonden: woensdag {{15 januari 2025}} 08:31",
    "Aan: [[Mulderij, Roeland]]",
    "Onderwerp: mag een signaal de bezwaarbehandeling opschorten?",
    "Hoi [[Roeland]], ons team wil bezwaren van burgers op de signaallijst aanhouden. Mag dat? Groet, [[Ilse]]",
], font="helv", producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft Outlook"))

RISK = [
    ("KOSTER, A.M.", "120456783", "12-03-1984", "Kanaalweg 14-bis", "3526 KL", "TS-88201", "nationaliteit 2e"),
    ("YILDIRIM, F.", "231789014", "02-11-1979", "Amsterdamsestraatweg 377", "3551 CK", "TS-88214", "anonieme tip"),
    ("HENDRIKX, J.P.M.", "184302995", "29-07-1991", "Vleutenseweg 40", "3532 HM", "TS-88230", "gastouder"),
    ("AMRANI, R.", "276501348", "18-01-1988", "Columbusplaats 9", "3526 BA", "TS-88251", "hoge opvanguren"),
    ("WIT, S. DE", "145920876", "07-09-1982", "Pijlsweerdstraat 61", "3582 AC", "TS-88263", "bankmutatie"),
    ("KOWALCZYK, E.", "302117659", "24-05-1993", "Marco Pololaan 118", "3526 GJ", "TS-88277", "nationaliteit"),
    ("BENALI, M.", "219634080", "11-12-1975", "Kanaleneiland 3-II", "3527 AA", "TS-88285", "eenoudergezin"),
    ("LINDEN-POS, C. VAN DER", "167348921", "30-06-1986", "Oudegracht 302", "3511 PK", "TS-88292", "anonieme tip"),
    ("OUDSHOORN, R.", "258091734", "15-02-1969", "Nicolaas Beetsstraat 22", "3511 HE", "TS-88307", "gastouder"),
    ("AYDIN, G.", "193476508", "03-08-1990", "Zuilenstraat 5", "3553 BA", "TS-88311", "nationaliteit"),
    ("MAAS, K.J.", "224903617", "21-04-1987", "Twijnstraat 48", "3511 ZL", "TS-88326", "bankmutatie"),
    ("FERREIRA, A.S.", "311580942", "09-10-1995", "Bernadottelaan 150", "3527 GB", "TS-88340", "nationaliteit 2e"),
]

rows = ["| Naam | BSN | Geb.datum | Adres | Postcode | Dossier | Signaal |"]
for n, b, g, a, p, dn, s in RISK:
    rows.append(f"| [[{n}]] | [[{b}]] | [[{g}]] | [[{a}]] | [[{p}]] | {{{{{dn}}}}} | {s} |")
DOCS.append(Doc("ts06", [
    "# Signaleringslijst Bezwaar KOT Utrecht (RSL-uitdraai)",
    "Bron: {{Risico Signalering Lijst}} (RSL), uitdraai {{20 januari 2025}}, vestiging {{Utrecht}}. Vertrouwelijk.",
    "Doel volgens werkinstructie: dossiers met een signaal worden niet versneld afgehandeld en gaan eerst naar "
    "{{Team Signalen}}. De kolom Signaal bevat de reden van registratie.",
    "",
] + rows + [
    "",
    "Toelichting: registratie door [[W. ter Beek]] (medewerker signalen) en [[N. El Idrissi]]. Vragen over deze "
    "lijst: {{signalen.utrecht@toeslagen.nl}}. Deze uitdraai valt onder de {{AVG}} en de {{Archiefwet 1995}}.",
], font="mono", size=7.5, producer="Crystal Reports 2020 PDF Export", creator="SAP Crystal Reports"))

DOCS.append(Doc("ts07", [
    "# Aantekeningen bij de signaleringslijst - overleg {{Team Signalen}}",
    "Datum: {{22 januari 2025}}. Kenmerk {{TSL/BZ/2025/0147}}.",
    "Bij de uitdraai van 20 januari zijn de volgende aantekeningen gemaakt:",
    "- {{TS-88214}}: de anonieme tip over mevrouw [[Yıldırım]] blijkt afkomstig van een ex-partner. Geen grond.",
    "- {{TS-88251}}: mevrouw [[Rachida Amrani]] werkt in ploegendienst bij het {{UMC Utrecht}}; hoge opvanguren zijn verklaard.",
    "- {{TS-88277}}: bij mevrouw [[Ewa Kowalczyk]] is nationaliteit als enige reden genoteerd. Dit is niet toegestaan; "
    "registratie verwijderen.",
    "- {{TS-88311}}: mevrouw [[Gülşen Aydın]] ([[gülşen.aydın@ziggo.nl]]) heeft zelf gebeld; dossier naar reguliere behandeling.",
    "- {{TS-88340}}: de heer [[Ferreira]] is volgens de {{Basisregistratie Personen}} verhuisd.",
    "Conclusie: de lijst wordt bevroren tot het advies van {{Directie Juridische Zaken}} is ontvangen. Melding aan "
    "de {{Functionaris Gegevensbescherming}} volgt.",
], font="sans", producer="PDFpen 13.2", creator="PDFpen",
   notes=[(0, 480, 720, "Ter Beek, Wouter", "Eens, maar wie meldt dit aan de FG? Graag actie Noor."),
          (0, 480, 650, "El Idrissi, Noor", "Ik pak het op. Bel me op 06-1177 3402 als het spoed heeft.")],
   hidden=[("Ter Beek, Wouter", "PERSON", "annotations", ["Ter Beek, Wouter", "Wouter"]),
           ("El Idrissi, Noor", "PERSON", "annotations", ["El Idrissi, Noor", "Noor"]),
           ("06-1177 3402", "PHONE", "annotations", ["06-1177 3402"])]))

DOCS.append(Doc("ts08", [
    "Belastingdienst/Toeslagen",
    "{{Postbus 8024}}, 3503 RA Utrecht",
    "",
    "Aangetekend",
    "De heer [[J.P.M. Hendrikx]]",
    "[[Vleutenseweg 40]]",
    "[[3532 HM]] Utrecht",
    "",
    "Datum: {{4 maart 2025}}",
    "Ons kenmerk: {{BZ-KOT-2025-031877}}",
    "Uw BSN: [[184302995]]",
    "Onderwerp: beslissing op uw bezwaar",
    "",
    "Geachte heer [[Hendrikx]],",
    "U heeft op {{12 november 2024}} bezwaar gemaakt tegen de beschikking {{Kinderopvangtoeslag}} 2023 van 3 oktober "
    "2024. In deze brief leest u onze beslissing. Uw bezwaar is gegrond. Wij herzien de toeslag en betalen "
    "{{€ 6.412}} aan u uit op rekening [[NL42 RABO 0318 7745 02]].",
    "U werkte als gastouder via {{Gastouderbureau Kindvriend}}. Wij hebben de uren uit uw jaaropgave vergeleken "
    "met de gegevens van de {{Dienst Uitvoering Onderwijs}}; die komen overeen.",
    "Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken beroep instellen bij de "
    "{{rechtbank Midden-Nederland}}. Meer informatie vindt u op {{toeslagen.nl}} of via de {{BelastingTelefoon}} "
    "{{0800-0543}}.",
    "",
    "Met vriendelijke groet,",
    "namens de {{Dienst Toeslagen}},",
    "[[Daan Kuipers]]",
    "behandelaar Bezwaar",
], kind="docx"))

DOCS.append(Doc("ts09", [
    "{{Dienst Toeslagen}} - vestiging {{Utrecht}}",
    "",
    "Mevrouw [[C. van der Linden-Pos]]",
    "[[Oudegracht 302]]",
    "[[3511 PK]] Utrecht",
    "",
    "Datum: {{19 maart 2025}}",
    "Kenmerk: {{BZ-KOT-2025-032904}}",
    "Onderwerp: uitnodiging hoorzitting",
    "",
    "Geachte mevrouw [[Van der Linden-Pos]],",
    "U heeft bezwaar gemaakt tegen de terugvordering van {{Kinderopvangtoeslag}} over 2022. Wij nodigen u uit "
    "voor een hoorzitting op dinsdag {{8 april 2025}} om 10.30 uur in het {{Beatrixgebouw}}, {{Jaarbeursplein 6}}, "
    "zaal {{Johan Cruijff}}. U mag iemand meenemen, bijvoorbeeld uw gemachtigde.",
    "Wij weten dat u in 2022 langdurig ziek was na een [[hernia-operatie|HEALTH]]. Als u daarom niet kunt komen, "
    "kan de hoorzitting ook telefonisch. Geef dit door aan uw behandelaar [[mevrouw F. Ooms]] via "
    "[[f.ooms@toeslagen.nl]] of [[(030) 275 44 38]].",
    "Het horen gebeurt op grond van artikel {{7:2}} van de {{Algemene wet bestuursrecht}}.",
    "",
    "Met vriendelijke groet,",
    "[[Fenna Ooms]]",
    "behandelaar Bezwaar KOT",
], font="serif", producer="iText® 7.2.5 ©2000-2023 iText Group NV (AGPL-version)", creator="Toeslagen Correspondentie Generator"))

DOCS.append(Doc("ts10", [
    "# Nota aan de staatssecretaris",
    "| Aan | {{staatssecretaris Van Oosterhout}} (Toeslagen en Douane) |",
    "| Van | DG {{Toeslagen}}, directie Bezwaar en Beroep |",
    "| Datum | {{7 februari 2025}} |",
    "| Kenmerk | {{2025-0000031415}} |",
    "| Contactpersoon | [[E.P. Bosschaart]], [[06 - 5120 8834]], [[e.p.bosschaart@toeslagen.nl]] |",
    "| Kopie aan | {{Directie Juridische Zaken}}; [[R.A. Mulderij]] |",
    "| Onderwerp | Gebruik signaleringslijst bij bezwaarbehandeling vestiging Utrecht |",
    "",
    "# Aanleiding",
    "Bij de vestiging {{Utrecht}} is gebleken dat het team Bezwaar {{Kinderopvangtoeslag}} een lijst met signalen "
    "gebruikte om bezwaren aan te houden. Op de lijst stonden 214 burgers; bij 31 was nationaliteit de enige reden. "
    "Dit raakt aan de conclusies van de {{Autoriteit Persoonsgegevens}} over de {{Fraude Signalering Voorziening}}.",
    "# Geadviseerd besluit",
    "Aan de staatssecretaris wordt gevraagd: (1) kennis te nemen van deze nota; (2) in te stemmen met het direct "
    "stopzetten van de lijst; (3) de Tweede Kamer te informeren, mede naar aanleiding van de vragen van "
    "{{Kamerlid Bouchtaoui}} (GroenLinks-PvdA).",
    "# Kern",
    "De lijst is aangelegd door twee medewerkers op verzoek van de teamleider, de heer [[Van 't Hoff]]. Er is geen "
    "DPIA uitgevoerd. De {{Functionaris Gegevensbescherming}} is op {{24 januari 2025}} ingelicht.",
    "# Toelichting",
    "Alle 214 dossiers worden opnieuw beoordeeld door het {{Herstelteam Bezwaar}} onder leiding van de {{Uitvoeringsorganisatie Herstel Toeslagen}} "
    "(UHT). Burgers die schade hebben geleden komen in aanmerking voor compensatie op grond van de "
    "{{Wet hersteloperatie toeslagen}}.",
    "# Krachtenveld",
    "De {{Nationale ombudsman}} en de {{Landsadvocaat}} zijn geïnformeerd. Mediabelangstelling is te verwachten; "
    "er loopt een Woo-verzoek ({{WOO-TSL-2026-0318}}).",
    "---",
    "# Paraafschema",
    "| Naam | Functie | Paraaf | Datum |",
    "| [[H.J. van 't Hoff]] | teamleider | [[HvtH]] | 5-2-2025 |",
    "| [[E.P. Bosschaart]] | afdelingshoofd | [[EPB]] | 6-2-2025 |",
    "| [[R.A. Mulderij]] | jurist DJZ | [[RAM]] | 6-2-2025 |",
    "# Informatie die niet openbaar gemaakt kan worden",
    "Motivering: [niet ingevuld]",
], font="sans", producer=W, creator=W))

DOCS.append(Doc("ts11", [
    "# Verslag teamoverleg Bezwaar KOT Utrecht",
    "Datum: donderdag {{23 januari 2025}}, 13.00-14.30 uur, {{Graadt van Roggenweg 500}}, zaal 4.12 (\"{{Thorbecke}}\")",
    "| Aanwezig | Functie | Code |",
    "| [[Hendrik-Jan van 't Hoff]] (voorzitter) | teamleider | [[HvtH]] |",
    "| [[Priya Ramdin]] | behandelaar | [[PRa]] |",
    "| [[Daan Kuipers]] | behandelaar | [[DKu]] |",
    "| [[Ilse de Bruijn-Staal]] | senior behandelaar | [[IBS]] |",
    "| [[Wouter ter Beek]] | medewerker signalen | [[WtB]] |",
    "| [[Sjoerd Zwaneveld]] (notulist) | secretaris | [[SZw]] |",
    "Afwezig met bericht: [[Fenna Ooms]], [[Noor El Idrissi]].",
    "",
    "# 1. Opening en mededelingen",
    "[[HvtH]] meldt dat {{staatssecretaris Van Oosterhout}} op 30 januari de vestiging bezoekt. De voorraad "
    "bezwaren is 4.812. Er zijn 61 ingebrekestellingen ontvangen.",
    "# 2. Signaleringslijst",
    "[[IBS]] licht het advies van {{Directie Juridische Zaken}} toe: bezwaren mogen niet worden aangehouden vanwege "
    "een signaal. [[WtB]] vraagt wat er met de bestaande registraties gebeurt. Afgesproken wordt de lijst te "
    "bevriezen. [[Sjoerd]] merkt op dat [[Wouter]] de lijst in een eigen Excel bijhield op de H-schijf.",
    "# 3. Werkvoorraad en dwangsommen",
    "Het team verwacht in februari 800 zaken af te doen. Hulp komt van de vestiging {{Groningen}} (Kempkensberg). "
    "[[Daan]] vraagt of de {{Wet dwangsom}} ook geldt voor bezwaren die bij de {{UHT}} liggen.",
    "---",
    "# 4. Rondvraag",
    "[[Priya]] meldt dat zij van 10 tot en met 21 februari met verlof is. [[Ilse]] vraagt aandacht voor de "
    "werkdruk; twee collega's zitten thuis met [[burn-outklachten|HEALTH]].",
    "# Actielijst",
    "| Nr | Actie | Wie | Gereed |",
    "| {{A-2025-04}} | Lijst bevriezen en exporteren naar beveiligde map | [[WtB]] | 24-1 |",
    "| {{A-2025-05}} | Melding aan {{Functionaris Gegevensbescherming}} | [[HvtH]] / [[NEI]] | 24-1 |",
    "| {{A-2025-06}} | Concept nota aan staatssecretaris | [[IBS]] | 31-1 |",
    "| {{A-2025-07}} | Planning hulp vestiging Groningen | [[DKu]] | 7-2 |",
    "Volgend overleg: {{6 februari 2025}}. Notulen: [[S. Zwaneveld]] ([[s.zwaneveld@toeslagen.nl]]).",
], font="helv", producer=W, creator=W, author="szwaneveld",
   hidden=[("szwaneveld", "USERNAME", "metadata", ["szwaneveld"])]))

DOCS.append(Doc("ts12", [
    "TELEFOONNOTITIES TEAM BEZWAAR KOT - WEEK 6 2025",
    "",
    "03-02-2025 09:40  Beller: mevrouw [[Rachida Amrani]], tel. [[06-4370 2218]]",
    "Dossier {{TS-88251}}. Vraagt waarom haar bezwaar al 9 maanden loopt. Zegt dat zij van een collega gehoord "
    "heeft dat zij 'op een lijst' staat. Doorverbonden met [[P. Ramdin]]. Genoteerd door [[DKu]].",
    "",
    "03-02-2025 11:15  Beller: de heer [[Stefan de Wit]], via zijn advocaat [[mr. L. Boukhari]] "
    "([[Boukhari Advocatuur]], [[030-2318877]])",
    "Dossier {{TS-88263}}. Kondigt beroep wegens niet tijdig beslissen aan bij de {{rechtbank Midden-Nederland}}. "
    "Terugbelverzoek aan [[Ilse]]. Genoteerd door [[SZw]].",
    "",
    "04-02-2025 14:05  Beller: de heer [[Mohamed Benali]], [[Kanaleneiland 3-II]], tel. [[030 - 288 19 02]]",
    "Dossier {{TS-88285}}. Eenoudergezin, dreigt huis te verliezen. Verwezen naar de {{Gemeente Utrecht}} "
    "(tel. {{14 030}}) voor schuldhulp en naar {{Herstel Toeslagen}} ({{0800-2359}}). Genoteerd door [[FOo]].",
    "",
    "05-02-2025 10:20  Beller: journalist [[Marloes Verhoeven-Çelik]], [[06-41 88 27 90]]",
    "Vraagt naar 'de lijst'. Niet inhoudelijk gereageerd, doorverwezen naar de persvoorlichting van het "
    "{{Ministerie van Financiën}} ({{persvoorlichting@minfin.nl}}). Genoteerd door [[HvtH]].",
], font="cour", size=9, producer="Nitro Pro 13.70.2.40", creator="Nitro Pro"))

DOCS.append(Doc("ts13", [
    "# Chatexport Microsoft Teams - kanaal \"Bezwaar KOT Utrecht / Algemeen\"",
    "Geëxporteerd op 12-08-2026 ten behoeve van Woo-verzoek {{WOO-TSL-2026-0318}}",
    "",
    "[20-01-2025 08:52] [[Wouter ter Beek]]: nieuwe uitdraai RSL staat in de map, 12 nieuwe namen",
    "[20-01-2025 08:55] [[Priya Ramdin]]: thx [[Wout]]. die van [[Kowalczyk]] zit er weer in, alleen op nationaliteit??",
    "[20-01-2025 08:57] [[Wouter ter Beek]]: zo stond het in de instructie van [[HJ]]",
    "[20-01-2025 09:03] [[Ilse de Bruijn-Staal]]: jongens dit kan echt niet meer na {{Ongekend onrecht}}",
    "[20-01-2025 09:04] [[Daan Kuipers]]: [[Ilse]] heeft gelijk. ik zet het op de agenda van donderdag",
    "[20-01-2025 09:10] [[Hendrik-Jan van 't Hoff]]: even rustig. ik bel [[Erik]] vandaag. niks delen buiten het team",
    "[20-01-2025 09:12] [[Noor El Idrissi]]: ik ben ziek thuis vandaag ([[migraine|HEALTH]]), bel me op [[0612345680]] als het moet",
    "[20-01-2025 09:30] [[Sjoerd Zwaneveld]]: [[Noortje]] beterschap! ik neem je hoorzitting van 10.30 over",
    "[20-01-2025 11:45] [[Priya Ramdin]]: heeft iemand de mail van {{Juridische Zaken}} gezien? [[Roeland]] zegt nee tegen aanhouden",
    "[20-01-2025 11:47] [[Wouter ter Beek]]: ik heb de lijst op de H-schijf, wie wil hem hebben",
    "[20-01-2025 11:48] [[Ilse de Bruijn-Staal]]: NIEMAND. niet mailen. {{AVG}}.",
    "[20-01-2025 16:02] [[Hendrik-Jan van 't Hoff]]: [[Erik]] komt donderdag aansluiten. {{Team Signalen}} ook uitgenodigd",
    "[21-01-2025 08:15] [[Fenna Ooms]]: mevrouw [[Amrani]] belde al 3x, wat zeg ik?",
    "[21-01-2025 08:21] [[Daan Kuipers]]: dat het in behandeling is en dat ze binnen 2 wkn hoort. [[Fen]] ik help je",
], font="sans", size=9, producer="Microsoft: Print To PDF", creator="Microsoft Teams"))

DOCS.append(Doc("ts14", [
    "WhatsApp-chat met Team KOT borrel 🍻 (export, alleen tekst)",
    "",
    "24-01-25 19:02 - [[Daantje]]: gisteren was heftig he",
    "24-01-25 19:05 - [[Ilse dB]]: ja. ik denk dat dit nog groot wordt. er komt een nota naar de stas",
    "24-01-25 19:06 - [[Priya]]: als dit uitlekt staan we in de krant. {{Nieuwsuur}} heeft al eerder over de {{FSV}} bericht",
    "24-01-25 19:10 - [[Wouter]]: ik deed gewoon wat [[HJ]] vroeg 🤷",
    "24-01-25 19:12 - [[Sjoerd Z.]]: niemand neemt jou iets kwalijk [[Wout]]",
    "24-01-25 19:15 - [[Ilse dB]]: trouwens, de journalist van {{Rijksmacht}} belde me prive op mijn [[06 5502 1187]]. hoe komt ze aan mijn nummer?",
    "24-01-25 19:16 - [[Daantje]]: linkedin waarschijnlijk",
    "24-01-25 19:20 - [[Fenna]]: kunnen we vrijdag bij {{Café Olivier}} afspreken? dan praten we het uit",
    "24-01-25 19:21 - [[Priya]]: 👍 18.00 aan de {{Achter Clarenburg}}",
    "24-01-25 19:30 - [[Noortje]]: ik kom als mijn hoofd het toelaat. lieve groet",
    "24-01-25 19:31 - [[Sjoerd Z.]]: beterschap [[Noor]]!",
], font="sans", size=9.5, producer="Skia/PDF m120", creator="Google Chrome"))

DOCS.append(Doc("ts15", [
    "# Aan de Belastingdienst Toeslagen, afdeling bezwaar",
    "",
    "Utrecht, {{2 februari 2025}}",
    "",
    "Mijn naam is [[Fatma Yildirim]], BSN [[231 789 014]].",
    "Ik woon op [[Amsterdamsestraatweg 377]] in Utrecht.",
    "Sinds mei 2024 wacht ik op uw beslissing op mijn bezwaar.",
    "Ik hoor nu dat ik op een lijst sta vanwege een tip.",
    "Die tip komt van mijn ex-man [[Selim Kaya]].",
    "Hij wil mij dwarszitten. Ik heb twee kinderen en",
    "ik kan de huur bijna niet meer betalen.",
    "Bel mij alstublieft: [[06-28716540]].",
    "",
    "~ Met vriendelijke groet,",
    "~ [[F. Yildirim]]",
], kind="scan", producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535", angle=0.8))

DOCS.append(Doc("ts16", [
    "# PRESENTIELIJST HOORZITTING",
    "Beatrixgebouw, {{8 april 2025}}, zaal Johan Cruijff",
    "Dossier BZ-KOT-2025-032904",
    "",
    "Naam                                  Rol",
    "[[Chantal van der Linden-Pos]]        belanghebbende",
    "[[Rinus Oudshoorn]]                   gemachtigde (vader)",
    "[[Fenna Ooms]]                        behandelaar",
    "[[Sjoerd Zwaneveld]]                  notulist",
    "[[mr. Lotfi Boukhari]]                advocaat",
    "",
    "~ Handtekening voorzitter: [[F. Ooms]]",
], kind="scan", producer="KONICA MINOLTA bizhub C360i", creator="KONICA MINOLTA bizhub C360i", angle=-0.6))
