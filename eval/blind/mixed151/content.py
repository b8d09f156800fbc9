"""Set DU: content of the 33 documents (all persons, addresses and numbers invented)."""

WORD = dict(producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365")
OUTL = dict(producer="Microsoft: Print To PDF", creator="Microsoft Outlook")
ASPOSE = dict(producer="Aspose.PDF for .NET 23.4", creator="Aspose Ltd.")
ITEXT = dict(producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="DUO Zaaksysteem Handhaving")
NITRO = dict(producer="Nitro Pro 13 (13.70.2.40)", creator="Nitro Pro 13")
PDFPEN = dict(producer="PDFpen 13.1", creator="PDFpen")
SCAN = dict(producer="KONICA MINOLTA bizhub C360i", creator="bizhub C360i")
LO = dict(producer="LibreOffice 7.6", creator="Writer")

DOCS = []


def D(stem, kind, lines, **kw):
    d = dict(stem=stem, kind=kind, lines=[l for l in lines.strip("\n").split("\n")])
    d.update(kw)
    DOCS.append(d)


D("du01_woo_verzoek", "rl", """
# Verzoek op grond van de Wet open overheid
Aan: {{Dienst Uitvoering Onderwijs}}, t.a.v. de Woo-coördinator, {{Kempkensberg 12}}, {{9722 TB}} {{Groningen}}
Van: [[Joost Terpstra]], freelance journalist, [[Zuiderdiep 88-2]], [[9711 HL]] {{Groningen}}
E-mail: [[joost.terpstra@posteo.nl]] - telefoon [[06-41228390]]
Datum: 12 januari 2026
Geachte heer, mevrouw,
Op grond van de {{Wet open overheid}} (Woo) verzoek ik u om openbaarmaking van alle documenten over de controle op de uitwonendenbeurs in de periode 1 januari 2024 tot en met 31 december 2025, in het bijzonder het project {{Controle Uitwonendheid 2.0}} en de huisbezoeken in {{Groningen}}, {{Utrecht}} en {{Rotterdam}}.
Ik vraag om: (1) huisbezoekrapporten en werkinstructies van de afdeling {{Handhaving}}; (2) correspondentie met de {{Universiteit Utrecht}} en de {{Hanzehogeschool Groningen}}; (3) de {{Kamerbrief}} van de minister van {{Onderwijs, Cultuur en Wetenschap}} en de voorbereidende nota's; (4) bezwaarschriften en beslissingen op bezwaar, geanonimiseerd.
Aanleiding is het rapport van {{Investico}} en het onderzoek van {{PwC}} naar indirecte discriminatie in het {{CUB-proces}}. Ik verzoek u de stukken digitaal te verstrekken.
Afschrift: mijn raadsvrouw mr. [[Floor Hazenberg]] ([[Hazenberg & Lont advocaten]]), [[f.hazenberg@hazenberglont.nl]].
Met vriendelijke groet,
[[J. Terpstra]]
Werkzaam voor het platform {{De Groene Noorderling}}; het onderzoek wordt gesteund door het {{Fonds Bijzondere Journalistieke Projecten}} en de {{Pascal Decroos Stichting}}.
""", font="Helvetica", title="Woo-verzoek uitwonendencontrole", **WORD)

D("du02_ontvangstbevestiging", "docx", """
{{Dienst Uitvoering Onderwijs}}
{{Kempkensberg 12}} - Postbus 30155 - {{9700 LG}} {{Groningen}}
Aan: de heer [[J. Terpstra]], [[Zuiderdiep 88-2]], [[9711 HL]] {{Groningen}}
Ons kenmerk: {{WOO-DUO-2026-0041}}
Datum: 19 januari 2026
Onderwerp: ontvangstbevestiging Woo-verzoek
Geachte heer [[Terpstra]],
Op 12 januari 2026 hebben wij uw verzoek op grond van de {{Wet open overheid}} ontvangen over de controle op de uitwonendenbeurs. Wij hebben het geregistreerd onder kenmerk {{WOO-DUO-2026-0041}}.
Wij beslissen binnen vier weken. Deze termijn kunnen wij met twee weken verdagen. Omdat uw verzoek ook stukken van het {{ministerie van Onderwijs, Cultuur en Wetenschap}} betreft, overleggen wij met de Woo-afdeling van {{OCW}}.
Hebt u vragen, belt u dan met [[Femke Zuidema]], Woo-coördinator, telefoon [[050 599 3127]], of mail naar {{woo@duo.nl}}. Ons algemene nummer is {{050 599 77 55}}.
Met vriendelijke groet,
namens dezen,
[[F.A. Zuidema]]
Woo-coördinator {{DUO}}
Behandelaar: [[A.M. (Anneke) de Boer-Sluiter]], telefoon [[050-5993128]], kamer {{K12-3.041}}
""", docx_author="Zuidema, Femke", title="Ontvangstbevestiging", **LO)

D("du03_huisbezoekrapport_groningen", "rl", """
# Rapport huisbezoek controle uitwonendheid
Zaaknummer: {{HBZ-2025-11873}} - Project: {{Controle Uitwonendheid 2.0}} - Regio {{Noord}}
| Onderdeel | Gegevens
| Student | [[Sara Bouzidi]], geboren [[14-03-2004]]
| BSN | [[204518776]]
| Opgegeven adres | [[Oude Boteringestraat 41a]], [[9712 GE]] {{Groningen}}
| Adres ouders | [[Vinkenstraat 9]], [[3134 KD]] {{Vlaardingen}}
| Controleurs | [[B. Oosterhuis]] (controleur 1) en [[M. ter Horst]] (controleur 2)
| Datum en tijd | 4 november 2025, 09.12 uur
# Bevindingen
Controleur [[Oosterhuis]] belde om 09.12 uur aan. Er werd opengedaan door een medebewoner, de heer [[Lucas Dijkhuis]], die verklaarde dat mevrouw [[Bouzidi]] 'hier meestal slaapt maar in het weekend naar huis gaat'. In de kamer trof [[ter Horst]] een bed, een bureau en kleding aan. Er lag post van {{DUO}} en van de {{Hanzehogeschool Groningen}} op naam van de student.
De student was niet aanwezig. Zij is telefonisch bereikt op [[06-18 27 44 05]]. Zij verklaarde dat zij stage loopt bij {{Martini Ziekenhuis}} en doordeweeks in {{Groningen}} woont.
# Beoordeling
Op grond van artikel {{3.14}} van de {{Wet studiefinanciering 2000}} is de woonsituatie volgens de {{Basisregistratie Personen}} leidend, tenzij blijkt dat de student feitelijk niet op het adres woont. Naar het oordeel van de controleurs woont de student op het opgegeven adres. Uitkomst: {{geen afwijking}}.
<<PB>>
# Ondertekening
Opgemaakt naar waarheid door controleur [[Bram Oosterhuis]], personeelsnummer [[P-204611]], en controleur [[Marloes ter Horst]], personeelsnummer [[P-209934]].
Paraaf teamleider: [[PvtH]] - gezien op 6 november 2025.
Dit rapport is opgesteld met het sjabloon {{HBZ-R-07}} van de afdeling {{Handhaving}} en is vastgelegd in het zaaksysteem {{Mercurius}}.
""", font="DejaVu", title="Huisbezoekrapport HBZ-2025-11873", **ITEXT)

D("du04_huisbezoekrapport_utrecht", "docx", """
Rapport huisbezoek - {{Dienst Uitvoering Onderwijs}}, afdeling {{Handhaving}}
Zaaknummer {{HBZ-2025-12406}}
Student: [[Tim van der Veen]] (geboren [[2 augustus 2003]]), BSN [[1873.40.552]]
Opgegeven adres: [[Biltstraat 212-bis]], [[3572 BK]] {{Utrecht}}
Controleurs: [[Youssef El Khatib]] en [[Henk-Jan de Wit]]
Op 18 november 2025 om 08.40 uur hebben de controleurs aangebeld. Niemand deed open. Een buurvrouw, mevrouw [[Gonnie Rademaker-Stam]], verklaarde dat zij 'die jongen al maanden niet gezien' had. De naam [[T. van der Veen]] stond niet op de brievenbus; wel de namen [[Kuipers]] en [[Achterberg]].
Om 10.15 uur is een tweede bezoek afgelegd. Opnieuw geen reactie. [[El Khatib]] heeft een kaart achtergelaten met het verzoek contact op te nemen via het algemene nummer {{050 599 77 55}}.
<<PB>>
Op 19 november belde de vader, de heer [[Gerrit van der Veen]], vanaf [[0031 30 276 1148]]. Hij verklaarde dat zijn zoon bij hem in {{Houten}} woont 'sinds de zomer, [[vanwege zijn depressie]]'.
Uitkomst: {{afwijking geconstateerd}}. Advies: herziening van de uitwonendenbeurs met ingang van 1 september 2025 en een boete op grond van artikel {{9.9}} {{Wet studiefinanciering 2000}}.
Rapport opgemaakt door [[Y. El Khatib]] en [[H.J. de Wit]]. Gecontroleerd door [[Petra van 't Hul]], teamleider {{Handhaving}}.
""", docx_author="El Khatib, Youssef", title="Huisbezoekrapport HBZ-2025-12406", kinds={"vanwege zijn depressie": "HEALTH"}, **LO)

D("du05_mail_hanze", "rl", """
Van: [[Zuidema, Femke]] <[[femke.zuidema@duo.nl]]>
Verzonden: dinsdag 2 december 2025 14:07
Aan: [[Mulder, Charlotte]] <[[c.mulder@org.hanze.nl]]>
CC: [[Veldkamp, Daan]] <[[daan.veldkamp@duo.nl]]>; {{studentzaken@org.hanze.nl}}
Onderwerp: RE: inschrijvingsgegevens controle uitwonendheid
Beste [[Charlotte]],
Dank voor je snelle reactie. Voor de zaak {{HBZ-2025-11873}} hebben we alleen de bevestiging nodig dat de student ingeschreven staat voor de opleiding {{Verpleegkunde}} en stage loopt bij het {{Martini Ziekenhuis}}. Verdere gegevens zijn niet nodig; dat past ook bij de afspraken in het {{convenant gegevensuitwisseling}}.
Groet,
[[Femke]]
[[F.A. Zuidema]] | Woo-coördinator en privacy-contactpersoon | {{DUO}} | {{Kempkensberg 12}} {{Groningen}} | M [[06 2417 5530]]
-----Oorspronkelijk bericht-----
Van: [[Mulder, Charlotte]] <[[c.mulder@org.hanze.nl]]>
Verzonden: maandag 1 december 2025 16:52
Aan: [[Zuidema, Femke]] <[[femke.zuidema@duo.nl]]>
Onderwerp: inschrijvingsgegevens controle uitwonendheid
Hoi [[Femke]],
Onze studentendecaan [[Wiebe Koolen]] vroeg of DUO de volledige stage-overeenkomst wil hebben. Ik zou dat niet doen. Ons {{Studentenservicecentrum}} in het {{Van Olst Huis}} kan een verklaring afgeven. Bel gerust: [[+31 (0)50 595 4412]].
Met vriendelijke groet,
[[Charlotte Mulder]]
Beleidsadviseur privacy, {{Hanzehogeschool Groningen}}
""", font="Helvetica", size=9.5, title="RE: inschrijvingsgegevens controle uitwonendheid", **OUTL)

D("du06_bezwaarschrift", "docx", """
[[Tim van der Veen]]
p/a [[Lekdijk 41]]
[[3991 PJ]] {{Houten}}
Aan: {{Dienst Uitvoering Onderwijs}}, afdeling Bezwaar en Beroep, Postbus 50061, {{9702 AB}} {{Groningen}}
Houten, 28 december 2025
Betreft: bezwaar tegen herziening uitwonendenbeurs, uw kenmerk {{HBZ-2025-12406}}
Geachte heer, mevrouw,
Hierbij maak ik bezwaar tegen uw besluit van 9 december 2025 waarbij mijn uitwonendenbeurs met terugwerkende kracht is herzien en mij een boete van € 1.580 is opgelegd.
Ik woon wel degelijk aan de [[Biltstraat 212-bis]] in {{Utrecht}}. In de herfst heb ik enkele weken bij mijn vader gelogeerd omdat ik [[onder behandeling was bij Altrecht]]. Mijn huisgenoten [[Ruben Kuipers]] en [[Ilse Achterberg]] kunnen dat bevestigen. Dat de buurvrouw mij niet zag, komt doordat ik via de achterdeur aan de {{Nicolaasstraat}} binnenkom.
Ik verzoek u het besluit in te trekken en mij te horen. Mijn BSN is [[187340552]]. U kunt mij bereiken op [[06-55 10 87 23]] of [[tim.vdveen03@gmail.com]].
Mijn rekeningnummer voor terugbetaling is [[NL47 INGB 0007 3321 90]].
Met vriendelijke groet,
[[T.M. van der Veen]]
""", docx_author="Tim", title="Bezwaar", kinds={"onder behandeling was bij Altrecht": "HEALTH"}, **WORD)

D("du07_beslissing_op_bezwaar", "rl", """
{{Dienst Uitvoering Onderwijs}} - Bezwaar en Beroep - {{Kempkensberg 12}}, {{Groningen}}
Aan: de heer [[T.M. van der Veen]], [[Lekdijk 41]], [[3991 PJ]] {{Houten}}
Datum: 3 maart 2026 - Kenmerk: {{BZW-2026-00318}} - Uw kenmerk: {{HBZ-2025-12406}}
Onderwerp: beslissing op uw bezwaar
Geachte heer [[Van der Veen]],
Op 30 december 2025 ontvingen wij uw bezwaarschrift. Op 10 februari 2026 bent u gehoord door mr. [[Sietske Hoekstra]] en [[Anton Bleeker]] van onze afdeling; uw vader was daarbij aanwezig.
# Beoordeling
Een huisbezoek is een zware vorm van controle. Volgens vaste rechtspraak van de {{Centrale Raad van Beroep}} moet {{DUO}} aannemelijk maken dat de student niet op het BRP-adres woont. Twee bezoeken zonder resultaat en één verklaring van een buurvrouw zijn daarvoor onvoldoende, zeker nu uw huisgenoten schriftelijk hebben verklaard dat u er woont. Wij hebben ook het rapport {{Onderzoek CUB-proces}} van {{PwC}} en het advies van de {{Autoriteit Persoonsgegevens}} betrokken.
# Beslissing
Wij verklaren uw bezwaar gegrond en herroepen het besluit van 9 december 2025. De boete vervalt. Het teveel betaalde bedrag storten wij binnen zes weken terug.
Hoogachtend,
namens dezen,
de minister van {{Onderwijs, Cultuur en Wetenschap}},
[[mr. S.J. Hoekstra]]
senior jurist Bezwaar en Beroep
Contact: {{Informatielijn DUO}} {{050 599 77 55}}
""", font="Times-Roman", title="Beslissing op bezwaar BZW-2026-00318", **ITEXT)

D("du08_kamerbrief", "rl", """
{{Ministerie van Onderwijs, Cultuur en Wetenschap}} - {{Rijnstraat 50}}, {{Den Haag}}
Aan de Voorzitter van de {{Tweede Kamer der Staten-Generaal}}
Datum: 20 februari 2026
Betreft: voortgang herstel {{Controle Uitwonendenbeurs}}
Geachte voorzitter,
Met deze brief informeer ik uw Kamer, mede namens de staatssecretaris van {{Binnenlandse Zaken en Koninkrijksrelaties}}, over de voortgang van het herstel voor studenten die tussen 2012 en 2023 zijn gecontroleerd in het {{CUB-proces}}. Ik kom daarmee tegemoet aan de motie van de leden {{Van Dalen}} en {{Özdemir}} en aan de toezegging die ik deed in het commissiedebat van 14 januari 2026.
# Stand van zaken herstel
{{DUO}} heeft inmiddels ruim 10.000 besluiten herzien. Studenten met een migratieachtergrond werden in het oude proces vaker geselecteerd; {{PwC}} en de {{Autoriteit Persoonsgegevens}} hebben dat vastgesteld. Ik betreur dat zeer. Het {{Nationaal Herstelprogramma CUB}} loopt tot eind 2026.
# Nieuwe controle
Sinds 2025 werkt {{DUO}} met het project {{Controle Uitwonendheid 2.0}}, zonder risicoprofielen en met een aselecte steekproef. Een huisbezoek vindt alleen plaats na een brief en een telefonische uitnodiging. Ik laat het proces door de {{Inspectie van het Onderwijs}} en de {{Auditdienst Rijk}} volgen.
<<PB>>
# Contact met onderwijsinstellingen
Bij de controle vraagt {{DUO}} alleen inschrijvingsgegevens op bij instellingen zoals de {{Universiteit Utrecht}} en de {{Hanzehogeschool Groningen}}. Het {{Interstedelijk Studenten Overleg}} en de {{LSVb}} zijn betrokken bij de evaluatie, die ik in het najaar aan uw Kamer stuur.
In antwoord op de vragen van het lid {{Özdemir}} ({{NSC}}) meld ik dat geen externe bureaus huisbezoeken afleggen. Kamerlid {{Van Dalen}} ({{GroenLinks-PvdA}}) vroeg naar de kosten: die bedragen € 4,2 miljoen per jaar.
Bijlagen: brief van het {{ISO}}, rapportage {{Nationaal Herstelprogramma CUB}} (kenmerk {{OCW-2026-0000041877}}), verslag van de bijeenkomst in het {{Van Swinderen Huys}} in {{Groningen}} en de {{Aletta Jacobs-lezing}} over kansengelijkheid.
De minister van {{Onderwijs, Cultuur en Wetenschap}},
{{Thijs Verbeek-Hamers}}
""", font="DejaVuSerif", title="Kamerbrief voortgang herstel CUB", author="Veldkamp, D.", **WORD)

D("du09_teams_chat", "rl", """
# Teams-chat Handhaving Noord - export 5 november 2025
[09:02] [[Bram Oosterhuis]]: Morgen! Wie neemt de [[Oude Boteringestraat]] vandaag?
[09:03] [[Marloes ter Horst]]: ik ga mee, [[Bram]]. Auto staat bij de {{Kempkensberg}}
[09:05] [[Petra van 't Hul]]: denk aan het nieuwe sjabloon {{HBZ-R-07}}, de oude lijst met 'risicoscore' gebruiken we NIET meer
[09:06] [[Bram]]: 👍
[11:41] [[Marloes ter Horst]]: klaar, student woont er gewoon. Huisgenoot [[Lucas]] was heel behulpzaam
[11:42] [[Petra van 't Hul]]: top. Zet je het vandaag nog in {{Mercurius}}?
[11:50] [[Youssef El Khatib]]: Utrecht morgen met [[Henk-Jan]]? [[HJ]] heeft nog geen pasje voor de dienstauto
[11:52] [[Petra van 't Hul]]: [[Youss]], regel even met de {{Servicedesk}}, tst [[3127]] of {{servicedesk@duo.nl}}
[11:53] [[Youssef El Khatib]]: doe ik
[14:20] [[Henk-Jan de Wit]]: pasje binnen. overigens: [[Marloes]] is vrijdag ziek gemeld, ik neem haar {{Leeuwarden}}-adressen over
[14:21] [[Petra van 't Hul]]: dank [[Henk-Jan]]. Beterschap aan haar via de app
[14:35] [[Bram Oosterhuis]]: vraag van {{Handhaving Zuid}}: mogen we nog foto's van kamers maken? Volgens de {{AVG}}-factsheet niet zonder toestemming
[14:37] [[Petra van 't Hul]]: klopt, geen foto's. Zie werkinstructie {{WI-HBZ-2025-03}}
""", font="DejaVu", size=9.5, title="Chat Handhaving Noord", **ASPOSE)

D("du10_whatsapp_ouders", "rl", """
WhatsApp-chat met Familie Bouzidi 🏠
Exportdatum: 6 november 2025
04-11-2025 10:14 - [[Fatima Bouzidi-Amrani]]: [[Sara]] er was vanochtend iemand van DUO bij je kamer?? [[Lucas]] belde me
04-11-2025 10:16 - [[Sara Bouzidi]]: ja mam ze belden mij ook. Ik zit op stage in het {{Martini}}. Het was netjes hoor
04-11-2025 10:17 - [[Karim]]: waarom controleren ze jou? omdat je [[Bouzidi]] heet? 🙄
04-11-2025 10:19 - [[Fatima Bouzidi-Amrani]]: [[Karim]] niet zo. Het is een steekproef zegt de brief
04-11-2025 10:25 - [[Sara Bouzidi]]: volgens de site van {{DUO}} is het nu {{Controle Uitwonendheid 2.0}}, aselect
04-11-2025 10:31 - [[Abdel Bouzidi]]: Bel anders oom [[Mourad]], die heeft dat in 2019 ook gehad. Hij kreeg later geld terug via het {{Nationaal Herstelprogramma CUB}}
04-11-2025 10:33 - [[Fatima Bouzidi-Amrani]]: zijn nummer is [[06-28 90 33 17]]
04-11-2025 10:40 - [[Sara Bouzidi]]: kan ik niet gewoon het {{Juridisch Loket}} bellen? {{0900-8020}}
04-11-2025 10:41 - [[Abdel Bouzidi]]: ook goed. of de {{LSVb}}
04-11-2025 19:02 - [[Sara Bouzidi]]: update: DUO heeft gebeld, alles oké, geen afwijking 🎉
04-11-2025 19:03 - [[Karim]]: 🎉🎉 [[Saar]] de beste
04-11-2025 19:05 - [[Fatima Bouzidi-Amrani]]: bedank [[Lucas Dijkhuis]] even, zijn nummer is [[06-3355 8120]]. En mail [[mevr. Roorda]] dat het niet meer hoeft: [[a.roorda@roorda-advocatuur.nl]]
04-11-2025 19:07 - [[Sara Bouzidi]]: doe ik mam ❤️ ik ben vrijdag thuis in {{Vlaardingen}}, neem de trein via {{Rotterdam Centraal}}
""", font="DejaVu", size=9.5, title="WhatsApp Chat met Familie Bouzidi", **PDFPEN)

D("du11_notulen_handhaving", "docx", """
Verslag overleg Handhaving Studiefinanciering
Datum: 13 november 2025, 10.00-11.30 uur, {{DUO}} {{Kempkensberg 12}}, zaal {{Hunze}}
| Aanwezig | Functie | Code
| [[Petra van 't Hul]] | teamleider Handhaving (voorzitter) | [[PvtH]]
| [[Daan Veldkamp]] | beleidsmedewerker | [[DV]]
| [[Ingrid Wessels-Dijkstra]] | senior controleur | [[IWD]]
| [[Bram Oosterhuis]] | controleur | [[BOo]]
| [[Sietske Hoekstra]] | jurist Bezwaar en Beroep | [[SH]]
| [[Noor Brinkman]] (notulist) | communicatieadviseur | [[NB]]
Afwezig met bericht: [[Youssef El Khatib]].
1. Opening en mededelingen. [[PvtH]] meldt dat de {{Auditdienst Rijk}} in december een audit uitvoert op {{Controle Uitwonendheid 2.0}}.
2. Cijfers. [[IWD]] licht toe: in oktober 487 huisbezoeken, 61 afwijkingen. In {{Utrecht}} is het percentage niet-thuis hoog. [[DV]] wijst op het advies van de {{Autoriteit Persoonsgegevens}} over de steekproef.
3. Werkinstructie. Nieuwe versie {{WI-HBZ-2025-03}}: geen foto's, altijd met twee controleurs, geen gesprekken met buren zonder vooraankondiging. [[SH]] vraagt de zaak {{HBZ-2025-12406}} als casus te gebruiken: één buurverklaring is onvoldoende.
4. Kamerbrief. [[DV]] levert input voor de brief van minister {{Verbeek-Hamers}} aan de directie {{Studiefinanciering}} van {{OCW}}.
<<PB>>
Actielijst
| Nr | Actie | Wie | Gereed
| 25-41 | Casus HBZ-2025-12406 uitwerken voor training | [[SH]] | 1 december
| 25-42 | Input Kamerbrief aan OCW | [[DV]] | 28 november
| 25-43 | Pasjes dienstauto's regelen | [[BOo]] | 20 november
| 25-44 | Factsheet AVG voor studenten | [[NB]] | 15 december
| 25-45 | Contact met {{Universiteit Utrecht}} over verklaring inschrijving | [[IWD]] | 1 december
Volgend overleg: 11 december 2025. Verslag vastgesteld door [[P. van 't Hul]].
""", docx_author="Brinkman, Noor", title="Verslag overleg Handhaving", **WORD)

D("du12_rooster", "rl", """
# Rooster huisbezoeken week 47 - Handhaving Noord en Midden
| Controleur | Personeelsnr. | Mobiel dienst | Regio | Ma | Di | Wo | Do
| [[Bram Oosterhuis]] | [[P-204611]] | [[06-41 99 20 17]] | {{Groningen}} | HB | HB | kantoor | HB
| [[Marloes ter Horst]] | [[P-209934]] | [[06-41 99 20 31]] | {{Groningen}} | HB | ziek | - | -
| [[Youssef El Khatib]] | [[P-211450]] | [[06-41 99 20 44]] | {{Utrecht}} | kantoor | HB | HB | HB
| [[Henk-Jan de Wit]] | [[P-198773]] | [[06-41 99 20 58]] | {{Utrecht}} | HB | HB | HB | kantoor
| [[Ingrid Wessels-Dijkstra]] | [[P-187002]] | [[06-41 99 20 60]] | {{Leeuwarden}} | kantoor | HB | HB | HB
| [[Jeroen Ybema]] | [[P-214388]] | [[06-41 99 20 72]] | {{Zwolle}} | HB | kantoor | HB | HB
| [[Ayşe Demirtaş]] | [[P-215019]] | [[06-41 99 20 86]] | {{Enschede}} | HB | HB | kantoor | HB
HB = huisbezoek; kantoor = dossieronderzoek in {{Mercurius}}. Bij ziekte melden bij teamleider [[Petra van 't Hul]], [[050 599 3190]].
Reserve: [[R. (Rick) Smeenge]], oproepkracht via {{Randstad}}.
Algemeen nummer voor studenten: {{050 599 77 55}}. Storingen dienstauto: {{0800-0233}}.
""", font="DejaVu", size=9, landscape=True, title="Rooster week 47", author="Jolanda Schuiling", **ASPOSE)

D("du13_formulier_inwonend", "form", """
# Verklaring woonsituatie (formulier {{W-UIT-12}})
{{Dienst Uitvoering Onderwijs}} - {{Controle Uitwonendheid 2.0}}
Vul dit formulier in als u als ouder verklaart dat uw kind niet (meer) bij u woont.
Stuur het terug via {{Mijn DUO}} of naar Postbus 50061, {{9702 AB}} {{Groningen}}.
""", fields=[("naam_student", "Naam student", "Sara Bouzidi"),
             ("bsn_student", "BSN student", "204518776"),
             ("naam_ouder", "Naam ouder/verzorger", "Fatima Bouzidi-Amrani"),
             ("adres_ouder", "Adres ouder", "Vinkenstraat 9, 3134 KD Vlaardingen"),
             ("telefoon_ouder", "Telefoon", "010-4345872"),
             ("email_ouder", "E-mail", "f.bouzidi.amrani@hotmail.com"),
             ("verklaring", "Toelichting", "Sara woont sinds sept. 2023 op kamer in Groningen"),
             ("datum", "Datum", "10 november 2025"),
             ("dossier", "Dossiernummer", "HBZ-2025-11873")],
  after_lines=["Op uw gegevens is de {{Algemene verordening gegevensbescherming}} van toepassing. Zie {{duo.nl/privacy}}.",
               "Vragen? Bel de {{Informatielijn DUO}}: {{050 599 77 55}} (ma-vr 9-17 uur)."],
  kinds={"Sara woont sinds sept. 2023 op kamer in Groningen": "FREE_TEXT", "204518776": "BSN"},
  hidden_annots=["Sara Bouzidi", "204518776", "Fatima Bouzidi-Amrani", "Vinkenstraat 9", "3134 KD",
                 "010-4345872", "f.bouzidi.amrani@hotmail.com", "Sara woont sinds sept. 2023 op kamer in Groningen"],
  title="Verklaring woonsituatie W-UIT-12", producer="Adobe LiveCycle Designer ES 9.0", creator="Designer 9.0")

D("du14_factuur_tolk", "rl", """
# FACTUUR
[[Tolk- en vertaalpraktijk Demir]] - eenmanszaak
[[Kemal Demir]], beëdigd tolk Turks-Nederlands, {{Wbtv}}-nummer [[21847]]
[[Jan van Galenstraat 170-III]], [[1056 CE]] {{Amsterdam}}
KvK [[74120983]] - btw-id [[NL002314578B47]] - IBAN [[NL21 RABO 0317 4452 08]]
Tel. [[020-6834419]] / [[06 1233 8710]] - [[kemal@tolkdemir.nl]]
Aan: {{Dienst Uitvoering Onderwijs}}, afdeling {{Handhaving}}, t.a.v. crediteurenadministratie, Postbus 30155, {{9700 LG}} {{Groningen}}
Factuurnummer: {{2025-0188}} - Datum: 30 november 2025 - Uw referentie: {{HBZ-2025-12790}}
| Omschrijving | Aantal | Tarief | Bedrag
| Tolkdienst telefonisch gehoor ({{Wet studiefinanciering 2000}}) 21-11-2025 | 1,5 uur | € 62,50 | € 93,75
| Reiskosten {{Amsterdam}}-{{Groningen}} v.v. | 1 | € 48,20 | € 48,20
| Subtotaal | | | € 141,95
| Btw 21% | | | € 29,81
| Totaal | | | € 171,76
Betaling binnen 30 dagen onder vermelding van het factuurnummer. Op deze opdracht zijn de {{Algemene voorwaarden Tolken 2024}} van toepassing.
""", font="Helvetica", title="Factuur 2025-0188", **NITRO)

D("du15_declaratie_advocaat", "rl", """
# Declaratie
[[mr. Annemiek Roorda-Feenstra]], advocaat
[[Roorda Advocatuur]] - [[Herestraat 106]], [[9711 LM]] {{Groningen}}
KvK [[68807411]] - IBAN [[NL62 ABNA 0487 3390 12]] - T [[050-3130986]] - [[a.roorda@roorda-advocatuur.nl]]
Cliënt: [[Sara Bouzidi]] - zaak: bezwaar {{DUO}}, kenmerk {{HBZ-2025-11873}}
Toevoeging {{Raad voor Rechtsbijstand}} nr. {{4HB8172}}
Datum: 15 december 2025
| Datum | Werkzaamheden | Tijd
| 06-11-2025 | Intake met cliënte en haar moeder [[F. Bouzidi-Amrani]] | 1,0
| 08-11-2025 | Bestuderen huisbezoekrapport en {{Wet studiefinanciering 2000}} | 0,8
| 12-11-2025 | Telefoon met [[mevr. Zuidema]] ({{DUO}}) | 0,2
| 14-11-2025 | Correspondentie | 0,3
Eigen bijdrage cliënte volgens de {{Wet op de rechtsbijstand}}: € 218,00. Het dossier is gesloten nu {{DUO}} geen afwijking heeft vastgesteld.
""", font="DejaVu", size=9.5, title="Declaratie", **PDFPEN)

D("du16_scan_verklaring_buurvrouw", "scan", """
# Verklaring
Ondergetekende, [[Gonnie Rademaker-Stam]],
wonende [[Biltstraat 210]] te Utrecht,
verklaart het volgende.
Ik heb op 18 november twee mannen van DUO gesproken.
Ik heb gezegd dat ik de jongen van nummer 212
een tijd niet gezien heb. Ik wist niet dat dit
in een rapport zou komen. Ik ken hem verder niet.
Later hoorde ik van zijn huisgenote [[Ilse]] dat hij
ziek was. Dat wist ik toen niet.
Utrecht, 2 februari 2026
~ [[G. Rademaker]]
Telefoon: [[030-2719904]]
""", angle=0.8, title="scan0214", **SCAN)

D("du17_scan_brief_vader", "scan", """
# Aan DUO, afdeling Bezwaar
Betreft: mijn zoon [[Tim van der Veen]]
Geachte heer of mevrouw,
Als vader wil ik iets toelichten bij het bezwaar.
Tim logeerde bij ons in Houten omdat hij
het even moeilijk had. Hij woont in Utrecht.
Uw medewerker [[Henk-Jan de Wit]] was aan de telefoon
erg vriendelijk, maar schreef mijn woorden verkeerd op.
Ik heb nooit gezegd dat hij 'sinds de zomer' bij ons woont.
Met vriendelijke groet,
~ [[Gerrit van der Veen]]
[[Lekdijk 41]], Houten
""", angle=-0.7, title="scan0215", **SCAN)

D("du18_beslisnota", "rl", """
# Beslisnota
Aan: de minister van {{Onderwijs, Cultuur en Wetenschap}}
Van: directie {{Studiefinanciering}}
Datum: 9 februari 2026 - Kenmerk: {{OCW/SF-2026-0112}}
Contactpersoon: [[D.J. Veldkamp]] ({{DUO}}, gedetacheerd), T [[06-3801 5522]], [[dj.veldkamp@minocw.nl]]
Kopie aan: [[mr. drs. E. (Elske) Boonstra]], plv. directeur
Onderwerp: Kamerbrief voortgang herstel {{CUB-proces}}
# Aanleiding
De Kamer heeft gevraagd om een stand van zaken voor het commissiedebat {{Studiefinanciering}}. De motie {{Van Dalen}}/{{Özdemir}} ({{Kamerstuk 24 724, nr. 243}}) vraagt om halfjaarlijkse rapportage.
# Geadviseerd besluit
Aan de minister wordt gevraagd de bijgevoegde Kamerbrief te ondertekenen.
# Kern
{{DUO}} heeft de controle vernieuwd ({{Controle Uitwonendheid 2.0}}). Een casus uit {{Utrecht}} (zaak {{HBZ-2025-12406}}) laat zien dat een buurverklaring nog te zwaar weegt; [[Petra van 't Hul]] heeft de werkinstructie aangepast. Het {{Interstedelijk Studenten Overleg}} is positief over de aselecte steekproef.
# Krachtenveld
De {{Nationale ombudsman}} volgt het herstel. De {{Landsadvocaat}} ({{Pels Rijcken}}) acht het risico op aansprakelijkheid beperkt.
# Informatie die niet openbaar gemaakt kan worden
Deze nota bevat namen van medewerkers van {{DUO}} en {{OCW}}.
Paraaf: [[EB]] 10/2 - [[DJV]] 9/2
""", font="Helvetica", title="Beslisnota Kamerbrief herstel CUB", author="Hennie Groenveld", **WORD)

D("du19_persbericht", "rl", """
# Persbericht {{DUO}}: nieuwe controle op uitwonendenbeurs werkt zonder risicoprofielen
{{Groningen}}, 24 februari 2026
{{Dienst Uitvoering Onderwijs}} ({{DUO}}) controleert de uitwonendenbeurs sinds 2025 op een nieuwe manier. In het project {{Controle Uitwonendheid 2.0}} worden studenten willekeurig geselecteerd. Minister {{Verbeek-Hamers}} van {{Onderwijs, Cultuur en Wetenschap}} stuurde de Kamer op 20 februari een voortgangsbrief.
'Een huisbezoek blijft nodig, maar het moet eerlijk en uitlegbaar zijn', zegt {{DUO}}-directeur {{Hilde Wierenga}}. 'We kondigen bezoeken vooraf aan en een student kan altijd uitleggen hoe het zit.'
Studenten die tussen 2012 en 2023 zijn gecontroleerd, kunnen zich melden bij het {{Nationaal Herstelprogramma CUB}}. Inmiddels zijn ruim 10.000 besluiten herzien. De {{LSVb}} en het {{ISO}} denken mee over de evaluatie.
De presentatie vond plaats in de {{Aletta Jacobshal}} van de {{Rijksuniversiteit Groningen}}, in aanwezigheid van gedeputeerde {{Marieke Dijkhuizen}} van de {{provincie Groningen}} en wethouder {{Sjoerd Lanting}} van {{gemeente Groningen}}. Een student die in 2025 werd gecontroleerd, [[Lotte H.]] (21), vertelde over haar ervaring; zij woont aan de [[Nieuwe Ebbingestraat]].
Noot voor de redactie: voor vragen kunt u contact opnemen met de persvoorlichting van {{DUO}}, {{pers@duo.nl}}, {{050 599 63 00}}.
""", font="DejaVu", title="Persbericht nieuwe controle uitwonendenbeurs", xmp_creator="Noor Brinkman",
  keep_kinds={"Hilde Wierenga": "PUBLIC_OFFICIAL", "Verbeek-Hamers": "PUBLIC_OFFICIAL"}, **LO)

D("du20_onderzoeksrapport", "rl", """
# Onderzoeksrapport {{Controle Uitwonendheid 2.0}} - eerste halfjaar 2025
Afdeling {{Handhaving}}, {{DUO}} - versie 1.0 - vertrouwelijk
# 1 Inleiding
Na het rapport {{Vooringenomen Algoritmes}} van {{Investico}} en het onderzoek van {{PwC}} is het {{CUB-proces}} in 2023 stopgezet. Dit rapport beschrijft de eerste resultaten van de nieuwe controle.
# 2 Methode
Er is een aselecte steekproef van 4.100 studenten getrokken uit de {{Basisregistratie Personen}}. Huisbezoeken zijn uitgevoerd door teams van twee controleurs volgens werkinstructie {{WI-HBZ-2025-03}}.
# 3 Resultaten
| Regio | Bezoeken | Afwijking | Percentage
| {{Groningen}} | 812 | 77 | 9,5%
| {{Utrecht}} | 1.044 | 131 | 12,5%
| {{Rotterdam}} | 930 | 98 | 10,5%
| {{Amsterdam}} | 1.314 | 139 | 10,6%
In {{Utrecht}} is het aandeel 'niemand thuis' opvallend hoog. In zaak {{HBZ-2025-12406}} werd een afwijking op een buurverklaring gebaseerd; die is in bezwaar herroepen.
<<PB>>
# 4 Conclusies en aanbevelingen
1. De steekproef toont geen oververtegenwoordiging van studenten met een migratieachtergrond.
2. Buurverklaringen mogen niet zelfstandig dragend zijn.
3. Gegevensuitwisseling met instellingen zoals de {{Universiteit Utrecht}} beperken tot inschrijving.
4. Evaluatie door de {{Auditdienst Rijk}} in 2026.
# Bijlage: verantwoording
Dit rapport is opgesteld door de projectgroep {{CU 2.0}} met medewerking van de {{Erasmus Universiteit Rotterdam}} (statistische toets).
""", font="Times-Roman", title="Onderzoeksrapport CU 2.0",
  outline=[("Inleiding", 0), ("Methode - opgesteld door Jeroen Ybema", 0), ("Resultaten - review Ingrid Wessels-Dijkstra", 0),
           ("Conclusies - akkoord Petra van 't Hul", 1), ("Statistiek: dr. Lieke Verhoeff (EUR)", 1)],
  hidden_outline=["Jeroen Ybema", "Ingrid Wessels-Dijkstra", "Petra van 't Hul", "Lieke Verhoeff"], **ITEXT)

D("du21_concept_werkinstructie", "rl", """
# Werkinstructie huisbezoek {{WI-HBZ-2025-03}} - CONCEPT
{{Dienst Uitvoering Onderwijs}} - afdeling {{Handhaving}}
# 1 Voorbereiding
Het huisbezoek wordt aangekondigd met brief {{UIT-AANK-01}} en een telefonische uitnodiging. De controleur raadpleegt alleen de {{Basisregistratie Personen}} en {{Mercurius}}.
# 2 Het bezoek
Bezoeken worden afgelegd door twee controleurs, op werkdagen tussen 8.00 en 18.00 uur. De controleur legitimeert zich met de {{DUO}}-pas. De student mag weigeren; weigering is geen bewijs van uitwonendheid of inwonendheid.
Foto's worden niet gemaakt. Gesprekken met buren vinden alleen plaats als de student daarmee instemt.
# 3 Verslaglegging
Het rapport wordt binnen twee werkdagen opgesteld met sjabloon {{HBZ-R-07}}. De teamleider parafeert.
# 4 Privacy
De {{Functionaris Gegevensbescherming}} van {{DUO}} ziet toe op de naleving van de {{AVG}}. Zie ook het {{Privacyreglement DUO 2024}}.
""", font="Helvetica", title="WI-HBZ-2025-03 concept",
  notes=[(0, "Sietske Hoekstra", "Na HBZ-2025-12406: buurverklaring nooit dragend, graag expliciet."),
         (0, "Daan Veldkamp", "Afstemmen met FG, mail naar Anke Postma (anke.postma@duo.nl)"),
         (0, "Bram Oosterhuis", "Pasje dienstauto? Bel mij even: 06-41 99 20 17")],
  hidden_annots=["Sietske Hoekstra", "Daan Veldkamp", "Anke Postma", "anke.postma@duo.nl", "Bram Oosterhuis",
                 "06-41 99 20 17"], **NITRO)

D("du22_brief_ouders", "docx", """
{{Dienst Uitvoering Onderwijs}}
Postbus 50061 - {{9702 AB}} {{Groningen}} - {{duo.nl}}
Aan: mevrouw [[F. Bouzidi-Amrani]] en de heer [[A. Bouzidi]]
[[Vinkenstraat 9]]
[[3134 KD]] {{Vlaardingen}}
Datum: 21 oktober 2025
Ons kenmerk: {{UIT-AANK-01}}/{{HBZ-2025-11873}}
Onderwerp: aankondiging controle woonsituatie
Geachte mevrouw [[Bouzidi-Amrani]], geachte heer [[Bouzidi]],
Uw dochter [[Sara]] ontvangt studiefinanciering als uitwonende student. {{DUO}} controleert steekproefsgewijs of studenten wonen op het adres dat in de {{Basisregistratie Personen}} staat. Uw dochter is willekeurig geselecteerd; dit zegt niets over haar of over u.
Wij brengen in de komende weken een bezoek aan haar adres in {{Groningen}}. Wij komen niet bij u thuis. Wel kan het zijn dat wij u bellen. Dat doet een controleur van {{DUO}}; hij of zij vraagt u nooit om geld of om uw DigiD.
Meer informatie staat op {{duo.nl/controle}}. Hebt u vragen, bel dan de {{Informatielijn DUO}} op {{050 599 77 55}}.
Met vriendelijke groet,
[[I.M. Wessels-Dijkstra]]
senior controleur, afdeling {{Handhaving}}
""", docx_author="Wessels-Dijkstra, Ingrid", title="Aankondiging controle", **WORD)

D("du23_mail_gemeente_brp", "rl", """
Van: [[Ybema, Jeroen]] <[[jeroen.ybema@duo.nl]]>
Verzonden: donderdag 20 november 2025 11:32
Aan: {{Burgerzaken Utrecht}} <{{burgerzaken@utrecht.nl}}>
CC: [[El Khatib, Youssef]] <[[youssef.elkhatib@duo.nl]]>; [[de Wit, Henk-Jan]] <[[henkjan.dewit@duo.nl]]>
Onderwerp: adresonderzoek [[Biltstraat 212-bis]] - uw zaak {{BRP-UTR-2025-7741}}
Geachte collega,
In het kader van de controle op de uitwonendenbeurs verzoeken wij u om informatie over het adresonderzoek dat u op grond van de {{Wet basisregistratie personen}} heeft ingesteld naar het adres [[Biltstraat 212-bis]]. Op dit adres staan volgens de {{BRP}} drie personen ingeschreven, onder wie de student [[T.M. van der Veen]].
Graag ontvangen wij alleen de uitkomst (wel/geen adreswijziging) en de datum. Wij verwijzen naar het {{convenant gegevensuitwisseling}} tussen {{DUO}} en de {{VNG}}.
Met vriendelijke groet,
[[Jeroen Ybema]]
Adresonderzoeker {{Handhaving}} | {{DUO}} | T [[050 599 3412]] | M [[06-4199 2072]]
<<PB>>
Van: {{Burgerzaken Utrecht}} <{{burgerzaken@utrecht.nl}}>
Verzonden: vrijdag 21 november 2025 09:05
Aan: [[Ybema, Jeroen]] <[[jeroen.ybema@duo.nl]]>
Onderwerp: RE: adresonderzoek
Beste heer [[Ybema]],
Het adresonderzoek is op 14 november 2025 afgesloten zonder adreswijziging. De behandelaar was onze collega [[Sanne Ouwerkerk-Brand]] (tst. [[4417]]). Voor vervolgvragen kunt u bellen met {{14 030}}.
Met vriendelijke groet, team Basisregistratie, {{gemeente Utrecht}}, {{Stadskantoor}}, {{Stadsplateau 1}}
""", font="Helvetica", size=9.5, title="adresonderzoek", **OUTL)

D("du24_kamervragen", "rl", """
# Antwoorden op Kamervragen van het lid {{Özdemir}} ({{NSC}}) over huisbezoeken van {{DUO}}
Kenmerk {{2026Z01433}} - ingezonden 27 januari 2026
Vraag 1: Bent u bekend met het bericht 'Buurvrouw bepaalt of student beurs houdt' van {{RTV Utrecht}}?
Antwoord: Ja.
Vraag 2: Klopt het dat een student zijn uitwonendenbeurs verloor op grond van één verklaring van een buurvrouw?
Antwoord: In een individuele zaak ga ik niet in op details. In algemene zin: {{DUO}} baseert een besluit niet op één verklaring. Waar dat toch gebeurde, is het besluit in bezwaar herroepen. De werkinstructie {{WI-HBZ-2025-03}} is aangescherpt.
Vraag 3: Deelt u de mening van Kamerlid {{Van Dalen}} dat huisbezoeken alleen met aankondiging mogen plaatsvinden?
Antwoord: Ja. Sinds 2025 wordt ieder bezoek aangekondigd, zoals ik ook in mijn brief van 20 februari 2026 meldde.
Vraag 4: Welke rol spelen onderwijsinstellingen zoals de {{Universiteit Utrecht}}?
Antwoord: Instellingen leveren alleen inschrijvingsgegevens via {{Studielink}} en het {{BRON}}-register.
Vraag 5: Wilt u deze vragen beantwoorden voor het commissiedebat {{Studiefinanciering}}?
Antwoord: Ja.
De minister van {{Onderwijs, Cultuur en Wetenschap}}, {{T. Verbeek-Hamers}}
Voorbereid door: [[E. Boonstra]] (directie {{Studiefinanciering}}), [[Daan Veldkamp]] ({{DUO}}) - toestel [[070 412 6634]] - paraaf [[EBo]]
""", font="DejaVuSerif", size=10, title="Antwoorden Kamervragen 2026Z01433", author="Elske Boonstra", **WORD)

D("du25_juridisch_memo", "docx", """
Memo
Aan: [[P. van 't Hul]], teamleider {{Handhaving}}
Van: mr. [[S.J. Hoekstra]], afdeling Bezwaar en Beroep
Cc: [[D. Veldkamp]]
Datum: 16 februari 2026
Onderwerp: bewijslast bij huisbezoeken na {{HBZ-2025-12406}}
1. Vraag. Mag {{DUO}} een herziening baseren op een verklaring van een buurvrouw en een telefoongesprek met een ouder?
2. Kader. Artikel {{9.9}} en {{9.10}} van de {{Wet studiefinanciering 2000}}; uitspraken van de {{Centrale Raad van Beroep}} ({{ECLI:NL:CRVB:2019:2321}}, {{ECLI:NL:CRVB:2022:1187}}). Het bestuursorgaan moet de feiten aannemelijk maken; de zwaarte van de boete vraagt een zorgvuldige vaststelling.
3. Beoordeling. In deze zaak verklaarde de vader volgens het rapport dat zijn zoon bij hem woonde. De vader betwist dat schriftelijk. Er is geen geluidsopname. De buurvrouw, mevrouw [[Rademaker]], heeft haar verklaring later genuanceerd. De controleurs [[El Khatib]] en [[De Wit]] noteerden bovendien gezondheidsgegevens die niet nodig waren.
4. Advies. Bezwaar gegrond verklaren. Gezondheidsinformatie niet in rapporten opnemen (artikel 9 {{AVG}}). Training voor controleurs via de {{DUO Academie}}.
Bijlage: uitspraak {{Rechtbank Midden-Nederland}} {{ECLI:NL:RBMNE:2024:5512}}; reactie van [[drs. Wouter Mennes]] ({{Functionaris Gegevensbescherming}}), [[w.mennes@duo.nl]], [[06-2290 1145]].
[[SJH]]
""", docx_author="Hoekstra, S.J.", title="Memo bewijslast", **LO)

D("du26_auditrapport", "rl", """
# Auditrapport {{Auditdienst Rijk}} - {{Controle Uitwonendheid 2.0}}
Opdrachtgever: directeur-generaal {{Hoger Onderwijs en Studiefinanciering}}, {{OCW}}
Rapportnummer: {{ADR-2026-0087}} - Datum: 30 januari 2026
# Samenvatting
De {{Auditdienst Rijk}} heeft onderzocht of de nieuwe controle op de uitwonendenbeurs voldoet aan de eisen van rechtmatigheid en non-discriminatie. Wij concluderen dat de selectie aselect is en dat de werkinstructie {{WI-HBZ-2025-03}} passend is, met twee verbeterpunten.
# Bevindingen
1. Dossiers bevatten soms gezondheidsgegevens zonder noodzaak (3 van 60 dossiers).
2. Bij 'niemand thuis' ontbreekt een vaste vervolgprocedure.
3. De samenwerking met instellingen zoals de {{Hanzehogeschool Groningen}} is goed vastgelegd.
<<PB>>
# Verantwoording
Het onderzoek is uitgevoerd van 1 tot 19 december 2025 door een team onder leiding van [[drs. Maarten Wijnbergen RA]], met [[Esmée Lankhorst]] en [[Ruud Pronk]]. Gesprekken zijn gevoerd met de teamleider [[Petra van 't Hul]] en de controleurs [[Jeroen Ybema]] en [[Ayşe Demirtaş]].
Contact: {{ADR}}, {{Korte Voorhout 7}}, {{Den Haag}}, {{info@rijksauditdienst.nl}}
[[MW]] / [[EL]]
""", font="DejaVu", size=9.5, title="Auditrapport ADR-2026-0087", author="Wijnbergen, M.", **ASPOSE)

D("du27_scan_presentielijst", "scan", """
# Presentielijst training huisbezoeken
DUO Academie - 8 januari 2026 - Kempkensberg, zaal Hunze
Naam | Regio | Handtekening
[[Bram Oosterhuis]] | Groningen | ~
[[Marloes ter Horst]] | Groningen | ~
[[Youssef El Khatib]] | Utrecht | ~
[[Henk-Jan de Wit]] | Utrecht | ~
[[Jeroen Ybema]] | Zwolle | ~
[[Rick Smeenge]] | reserve | ~
Trainer: [[Wendelien Kroeze]]
~ [[W. Kroeze]]
""", angle=0.5, title="scan0301", **SCAN)

D("du28_klacht_ombudsman", "docx", """
Aan de {{Nationale ombudsman}}
Postbus 93122, {{2509 AC}} {{Den Haag}}
Van: [[Mehmet Yılmaz]], [[Kanaalweg 18 bis]], [[2316 EB]] {{Leiden}}
E-mail: [[mehmet.yılmaz@student.leidenuniv.nl]] - tel. [[+31 6 2093 4471]]
Datum: 5 januari 2026
Onderwerp: klacht over de manier van optreden van {{DUO}}-controleurs
Geachte ombudsman,
Op 2 december 2025 kwamen twee controleurs van {{DUO}} onaangekondigd aan mijn deur. Een van hen, die zich voorstelde als '[[Jeroen]]', vroeg mijn huisgenoot [[Daniël Ferreira Gomes]] of ik 'echt Nederlands' was. Ik vind dat discriminerend. Ik studeer rechten aan de {{Universiteit Leiden}} en woon sinds 2022 op dit adres.
Ik heb op 9 december een klacht ingediend bij {{DUO}}. Ik kreeg een standaardbrief van [[A. Bleeker]] met het nummer {{KL-2025-04418}}, maar mijn klacht is niet inhoudelijk behandeld.
Het {{College voor de Rechten van de Mens}} heeft mij naar u verwezen. Ik wil graag dat u onderzoekt of {{DUO}} zich houdt aan de {{Algemene wet bestuursrecht}} (hoofdstuk 9) en aan de belofte van minister {{Verbeek-Hamers}} dat bezoeken altijd worden aangekondigd.
Bijlagen: klachtbrief, reactie {{DUO}}, verklaring van mijn huisgenoot.
Hoogachtend,
[[M. Yılmaz]]
""", docx_author="Mehmet", title="Klacht", **WORD)

D("du29_telefoonnotitie", "rl", """
# Telefoonnotitie
Datum/tijd: 19 november 2025, 14.22 uur - Zaak: {{HBZ-2025-12406}}
Gesprek met: de heer [[G. van der Veen]] (vader student), nummer [[0031 30 276 1148]]
Notitie door: [[H.J. de Wit]], controleur, toestel [[3388]]
Inhoud: vader belt naar aanleiding van de kaart die collega [[Y. El Khatib]] achterliet. Hij zegt dat zijn zoon 'nu even thuis is'. Hij noemt dat de zoon [[onder behandeling is bij de GGZ]]. Op de vraag hoe lang: 'een paar weken, misschien sinds de zomer'.
Vader vraagt of zijn zoon zelf kan bellen. Advies gegeven: bel de {{Informatielijn DUO}} ({{050 599 77 55}}) of kijk op {{Mijn DUO}}. Geen afspraak gemaakt.
Tweede gesprek 14.40 uur met de moeder, mevrouw [[Jacqueline van der Veen-Ooms]], [[06-1407 3398]], geboren [[11-06-1971]], die zegt dat zij gescheiden is en dat de zoon 'nooit bij zijn vader woont'.
Vervolg: rapport aanvullen; overleg met teamleider [[PvtH]].
Opmerking achteraf (17-02-2026, [[SJH]]): gezondheidsinformatie had niet genoteerd mogen worden; zie memo en {{AVG}}.
""", font="Courier", size=9.5, title="Telefoonnotitie", kinds={"onder behandeling is bij de GGZ": "HEALTH"}, **ITEXT)

D("du30_verslag_hoorzitting", "docx", """
Verslag hoorzitting bezwaar
Zaak: {{BZW-2026-00318}} (herziening uitwonendenbeurs) - {{DUO}}, Bezwaar en Beroep
Datum: 10 februari 2026, 13.30 uur, videoverbinding via {{Microsoft Teams}}
Aanwezig namens {{DUO}}: mr. [[S.J. Hoekstra]] (voorzitter), [[A. Bleeker]] (secretaris)
Aanwezig: bezwaarmaker [[Tim van der Veen]], zijn vader [[Gerrit van der Veen]]
Mr. [[Hoekstra]] opent de hoorzitting en legt uit dat het verslag wordt meegestuurd met de beslissing op bezwaar.
Bezwaarmaker verklaart dat hij sinds september 2024 aan de [[Biltstraat 212-bis]] woont. Hij studeert {{Biomedische Wetenschappen}} aan de {{Universiteit Utrecht}}. In oktober en november 2025 verbleef hij enkele weken bij zijn vader. Hij wil niet verder ingaan op de reden.
De heer [[Van der Veen]] sr. verklaart dat de controleur zijn woorden verkeerd heeft opgeschreven.
<<PB>>
Op vragen van [[Bleeker]]: de huurovereenkomst met {{Stichting SSH&}} loopt door; de huur van € 512 per maand wordt via [[NL47 INGB 0007 3321 90]] betaald.
Bezwaarmaker legt verklaringen over van [[Ruben Kuipers]] en [[Ilse Achterberg]].
De voorzitter sluit de zitting om 14.10 uur. Beslissing volgt binnen zes weken.
Verslag: [[A. Bleeker]], secretaris bezwaarcommissie.
""", docx_author="Bleeker, Anton", title="Verslag hoorzitting", **LO)

D("du31_mail_universiteit_utrecht", "rl", """
Van: [[Wessels-Dijkstra, Ingrid]] <[[ingrid.wessels-dijkstra@duo.nl]]>
Verzonden: maandag 8 december 2025 10:11
Aan: [[Kaya, Zeynep]] <[[z.kaya@uu.nl]]>
CC: {{privacy@uu.nl}}; [[van 't Hul, Petra]] <[[petra.vanthul@duo.nl]]>
Onderwerp: RE: actie 25-45 - verklaring inschrijving voor controle uitwonendheid
Beste mevrouw [[Kaya]],
Dank voor het prettige gesprek in het {{Bestuursgebouw}} aan de {{Heidelberglaan 8}}. Zoals besproken vragen wij bij een controle alleen een verklaring van inschrijving. De {{Universiteit Utrecht}} levert die via {{Studielink}}; aanvullende gegevens (rooster, aanwezigheid) hebben wij niet nodig.
Wij nemen dit op in de werkinstructie {{WI-HBZ-2025-03}} en in het {{convenant gegevensuitwisseling}}. Onze {{Functionaris Gegevensbescherming}} kijkt mee.
Met vriendelijke groet,
[[Ingrid Wessels-Dijkstra]]
Senior controleur {{Handhaving}} | {{DUO}} | [[050 - 599 3455]]
<<PB>>
Van: [[Kaya, Zeynep]] <[[z.kaya@uu.nl]]>
Verzonden: vrijdag 5 december 2025 16:40
Aan: [[Wessels-Dijkstra, Ingrid]] <[[ingrid.wessels-dijkstra@duo.nl]]>
Onderwerp: actie 25-45 - verklaring inschrijving
Beste [[Ingrid]],
Wij hebben het verzoek besproken met onze privacy officer [[Thomas Bakker-Lindqvist]] en met {{Studentenzaken}} in het {{Educatorium}}. De {{Universiteit Utrecht}} wil alleen meewerken op basis van artikel {{7.52}} {{WHW}} en het {{convenant gegevensuitwisseling}}. Gegevens over studievoortgang of gezondheid verstrekken wij niet, ook niet als een student bij de studentendecaan bekend is.
Mijn collega [[dr. Pieter-Jan Sølvberg]] is vanaf januari aanspreekpunt: [[pj.solvberg@uu.nl]], [[030 253 8841]].
Hartelijke groet,
[[Zeynep Kaya]]
Juridisch adviseur, Directie Onderwijs en Onderzoek, {{Universiteit Utrecht}}
""", font="DejaVu", size=9.5, title="RE: actie 25-45", author="Wessels-Dijkstra, I.M.", **OUTL)

D("du32_woo_besluit", "rl", """
{{Dienst Uitvoering Onderwijs}} - {{Kempkensberg 12}} - {{9722 TB}} {{Groningen}}
Aan: de heer [[J. Terpstra]], per e-mail: [[joost.terpstra@posteo.nl]]
Datum: 16 maart 2026 - Kenmerk: {{WOO-DUO-2026-0041}}
Onderwerp: besluit op uw Woo-verzoek over de controle op de uitwonendenbeurs
Geachte heer [[Terpstra]],
Op 12 januari 2026 hebt u een verzoek gedaan op grond van de {{Wet open overheid}} (Woo). Wij hebben de ontvangst op 19 januari bevestigd en de beslistermijn op 9 februari met twee weken verdaagd. Op 2 maart hebt u met [[mevrouw Zuidema]] telefonisch afgesproken dat u uiterlijk 16 maart een besluit ontvangt.
# Besluit
Wij maken de 33 documenten op de inventarislijst deels openbaar. Eén document ({{DU-2026-07}}) is al openbaar: de {{Kamerbrief}} van 20 februari 2026 staat op {{rijksoverheid.nl}}.
# Overwegingen
Persoonsgegevens (artikel {{5.1, tweede lid, onder e}}, Woo). De documenten bevatten namen, telefoonnummers en e-mailadressen van medewerkers van {{DUO}}, {{OCW}}, de {{Hanzehogeschool Groningen}}, de {{Universiteit Utrecht}} en de {{gemeente Utrecht}}, en gegevens van studenten, ouders en buren. Het belang van hun privacy weegt zwaarder dan openbaarheid. Namen van de minister, Kamerleden en de directeur van {{DUO}} maken wij wel openbaar.
Identificatienummers (artikel {{5.1, eerste lid, onder e}}): burgerservicenummers zijn verwijderd.
Bijzondere persoonsgegevens (artikel {{5.1, eerste lid, onder d}}): gegevens over de gezondheid van een student zijn verwijderd.
<<PB>>
# Informatie die niet openbaar gemaakt kan worden
# Motivering
In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van ambtenaren en burgers weggelakt met de code 5.1.2e, 5.1.1d of 5.1.1e.
# Bezwaar
Tegen dit besluit kunt u binnen zes weken bezwaar maken bij {{DUO}}, afdeling Bezwaar en Beroep, Postbus 50061, {{9702 AB}} {{Groningen}}.
Hoogachtend,
namens dezen,
de minister van {{Onderwijs, Cultuur en Wetenschap}},
[[drs. Femke A. Zuidema]]
Woo-coördinator {{DUO}}
Bijlagen: inventarislijst, documenten {{DU-2026-01}} tot en met {{DU-2026-33}}
""", font="Helvetica", title="Woo-besluit WOO-DUO-2026-0041", author="zuidemfa", **WORD)

D("du33_inventarislijst", "rl", """
# Inventarislijst Woo-besluit {{WOO-DUO-2026-0041}}
| ID | Document | Datum | Beoordeling | Grond | Toelichting
| {{DU-2026-01}} | Woo-verzoek | 12-01-2026 | deels openbaar | 5.1.2e | naam en adres verzoeker
| {{DU-2026-02}} | Huisbezoekrapport {{HBZ-2025-11873}} | 04-11-2025 | deels openbaar | 5.1.1e, 5.1.2e | BSN, namen
| {{DU-2026-03}} | Huisbezoekrapport {{HBZ-2025-12406}} | 18-11-2025 | deels openbaar | 5.1.1d, 5.1.1e, 5.1.2e | gezondheid
| {{DU-2026-04}} | E-mail {{Hanzehogeschool Groningen}} | 02-12-2025 | deels openbaar | 5.1.2e | mail [[F.A. Zuidema]] - [[C. Mulder]]
| {{DU-2026-05}} | Bezwaarschrift | 28-12-2025 | deels openbaar | 5.1.1d, 5.1.2e |
| {{DU-2026-06}} | Beslissing op bezwaar {{BZW-2026-00318}} | 03-03-2026 | deels openbaar | 5.1.2e |
| {{DU-2026-07}} | {{Kamerbrief}} voortgang herstel | 20-02-2026 | openbaar | - | reeds openbaar
| {{DU-2026-08}} | Teams-chat {{Handhaving Noord}} | 05-11-2025 | deels openbaar | 5.1.1d, 5.1.2e | ziekmelding
| {{DU-2026-09}} | Notulen overleg Handhaving | 13-11-2025 | deels openbaar | 5.1.2e | paraafcodes
| {{DU-2026-10}} | Rooster week 47 | 17-11-2025 | deels openbaar | 5.1.2e | opgesteld door [[J. Schuiling]]
| {{DU-2026-11}} | Factuur tolk | 30-11-2025 | deels openbaar | 5.1.2e | eenmanszaak
| {{DU-2026-12}} | Beslisnota {{OCW/SF-2026-0112}} | 09-02-2026 | deels openbaar | 5.1.2e |
| {{DU-2026-13}} | Auditrapport {{ADR-2026-0087}} | 30-01-2026 | deels openbaar | 5.1.2e |
| {{DU-2026-14}} | Memo bewijslast | 16-02-2026 | deels openbaar | 5.1.1d, 5.1.2e |
| {{DU-2026-15}} | Klacht {{Nationale ombudsman}} | 05-01-2026 | deels openbaar | 5.1.2e | behandelaar [[Bleeker]]
| {{DU-2026-16}} | Verklaring buurvrouw (scan) | 02-02-2026 | deels openbaar | 5.1.2e | handtekening [[Rademaker-Stam]]
| {{DU-2026-17}} | Brief vader (scan) | 03-02-2026 | deels openbaar | 5.1.1d, 5.1.2e | familierelatie
| {{DU-2026-18}} | Persbericht | 24-02-2026 | openbaar | - | directeur {{Hilde Wierenga}} openbaar
| {{DU-2026-19}} | Onderzoeksrapport {{CU 2.0}} | 15-01-2026 | deels openbaar | 5.1.2e | bladwijzers
| {{DU-2026-20}} | Werkinstructie {{WI-HBZ-2025-03}} | 02-02-2026 | deels openbaar | 5.1.2e | opmerkingen [[S.J. Hoekstra]], [[D. Veldkamp]]
| {{DU-2026-21}} | Mail {{gemeente Utrecht}} {{BRP-UTR-2025-7741}} | 21-11-2025 | deels openbaar | 5.1.2e | behandelaar [[S. Ouwerkerk-Brand]]
| {{DU-2026-22}} | Declaratie advocaat | 15-12-2025 | deels openbaar | 5.1.2e | IBAN [[NL62 ABNA 0487 3390 12]]
| {{DU-2026-23}} | Telefoonnotitie | 19-11-2025 | deels openbaar | 5.1.1d, 5.1.2e | opgemaakt door [[H.J. de Wit]]
| {{DU-2026-24}} | Presentielijst training {{DUO Academie}} | 08-01-2026 | deels openbaar | 5.1.2e | trainer [[W. Kroeze]]
Dit overzicht is een uittreksel; de volledige lijst telt 33 regels. Opgesteld door het {{Woo-team DUO}} ({{woo@duo.nl}}).
""", font="Helvetica", size=9, landscape=True, title="Inventarislijst", author="Femke Zuidema", **ASPOSE)
