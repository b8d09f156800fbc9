"""Documents de01-de11 of set DE (student housing, Groningen)."""

GEM = "{{o:Gemeente Groningen}}"


def mailhead(frm, sent, to, subj, cc=None, lang="nl"):
    if lang == "nl":
        lab = ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:")
    else:
        lab = ("From:", "Sent:", "To:", "Cc:", "Subject:")
    rows = [f"<b>{lab[0]}</b> {frm}", f"<b>{lab[1]}</b> {sent}", f"<b>{lab[2]}</b> {to}"]
    if cc:
        rows.append(f"<b>{lab[3]}</b> {cc}")
    rows.append(f"<b>{lab[4]}</b> {subj}")
    return ("p", "<br/>".join(rows))


DOCS = []

# ------------------------------------------------------------------ de01 letter: vooraankondiging last onder dwangsom
DOCS.append(dict(
    id="de01", producer="rl", font="helv", title="Voornemen last onder dwangsom",
    hidden=[{"channel": "metadata:Author", "text": "Annelies van 't Veld-Smit", "probes": ["Annelies van 't Veld-Smit"]}],
    blocks=[
        ("table", [["<b>" + GEM + "</b><br/>Directie Ruimtelijk Beleid<br/>Team {{o:Toezicht Wonen}}",
                    "Postadres: {{b:Postbus 30026}}<br/>{{b:9700 RM}} Groningen<br/>Telefoon {{f:14 050}}<br/>{{m:toezichtwonen@groningen.nl}}"]],
         [95, 70], "plain"),
        ("sp", 10),
        ("p", "Aangetekend en per gewone post<br/>De heer [[H.J. Wubbolts]]<br/>[[a:Paterswoldseweg 412]]<br/>[[a:9727 BR]] GRONINGEN"),
        ("sp", 6),
        ("table", [["Datum", "Ons kenmerk", "Behandeld door", "Doorkiesnummer"],
                   ["{{d:14 april 2025}}", "{{n:TW-2025-01873}}", "[[mr. A. van 't Veld]]", "[[t:050 367 82 14]]"]],
         [30, 38, 45, 35], "grid"),
        ("p", "<b>Onderwerp:</b> voornemen tot opleggen last onder dwangsom, pand [[a:Nieuwe Boteringestraat 17a]]"),
        ("p", "Geachte heer [[Wubbolts]],"),
        ("p", "Op {{d:27 maart 2025}} hebben toezichthouders van {{o:Toezicht Wonen}} het pand aan de "
              "[[a:Nieuwe Boteringestraat 17a]] te Groningen gecontroleerd. Zij hebben vastgesteld dat de woning "
              "in zeven onzelfstandige kamers wordt verhuurd, terwijl voor dit pand geen "
              "{{g:omzettingsvergunning}} is verleend als bedoeld in artikel 21 van de {{w:Huisvestingswet 2014}} "
              "en de {{w:Huisvestingsverordening Groningen 2024}}. Ook ontbreekt een {{g:kamerverhuurvergunning}}."),
        ("p", "Wij zijn daarom van plan u een last onder dwangsom op te leggen op grond van artikel 125 van de "
              "{{w:Gemeentewet}} en artikel 5:32 van de {{w:Algemene wet bestuursrecht}}. De last houdt in dat u "
              "binnen twaalf weken het aantal bewoners terugbrengt tot ten hoogste twee, of een vergunning "
              "aanvraagt. Voldoet u daar niet aan, dan verbeurt u een dwangsom van € 5.000 per week, tot een "
              "maximum van € 40.000."),
        ("p", "Bij de controle waren de bewoners [[Mateusz Kowalczyk]] en [[Sophie van der Meulen]] aanwezig. "
              "Zij verklaarden dat zij een kale huur van € 695 per maand betalen. Wij hebben hun verklaringen "
              "opgenomen in het rapport van bevindingen (kenmerk {{n:TW-2025-01873-R}})."),
        ("h2", "Zienswijze"),
        ("p", "U kunt binnen twee weken na dagtekening schriftelijk of mondeling uw zienswijze geven. Neem "
              "daarvoor contact op met [[mevrouw Van 't Veld]], jurist handhaving, via "
              "[[e:a.vantveld@groningen.nl]] of het hierboven vermelde doorkiesnummer. Algemene vragen kunt u "
              "stellen via {{m:toezichtwonen@groningen.nl}}."),
        ("p", "Hoogachtend,<br/>namens het college van burgemeester en wethouders van Groningen,"),
        ("sig", "J. Kuipers"),
        ("p", "[[J.R. Kuipers]]<br/>{{j:teamleider Toezicht Wonen}}"),
        ("small", "Afschrift: [[Mateusz Kowalczyk]], [[Sophie van der Meulen]] (bewoners); dossier "
                  "{{n:TW-2025-01873}}"),
    ]))

# ------------------------------------------------------------------ de02 internal e-mail thread (NL)
DOCS.append(dict(
    id="de02", producer="rl", font="dejavu", size=9.5, title="RE: controle Nieuwe Boteringestraat",
    blocks=[
        mailhead("[[Kuipers, Jorrit]] &lt;[[e:jorrit.kuipers@groningen.nl]]&gt;", "woensdag 2 april 2025 16:41",
                 "[[Hoekstra, Rob]] &lt;[[e:r.hoekstra@groningen.nl]]&gt;; [[Veld-Smit, Annelies van 't]] "
                 "&lt;[[e:a.vantveld@groningen.nl]]&gt;", "RE: controle Nieuwe Boteringestraat 17a",
                 cc="{{m:toezichtwonen@groningen.nl}}"),
        ("p", "Rob, Annelies,"),
        ("p", "Dank. Wat mij betreft gaan we direct voor de vooraankondiging; [[Wubbolts]] is bij ons bekend "
              "van drie eerdere zaken ({{n:TW-2022-00411}}, {{n:TW-2023-02290}}). Annelies, wil jij de brief "
              "opstellen? Ik teken hem. Laat de wethouder het via [[Hilde]] weten, {{r:wethouder Van der Schaaf}} "
              "heeft in de raad toegezegd dat we hard optreden tegen {{t:huisjesmelkers}}."),
        ("p", "Groet,<br/>[[Jorrit]]<br/>[[Jorrit Kuipers]] | {{j:teamleider Toezicht Wonen}} | [[t:06 53 18 02 76]]"),
        ("mono", "-----Oorspronkelijk bericht-----"),
        mailhead("[[Hoekstra, Rob]] &lt;[[e:r.hoekstra@groningen.nl]]&gt;", "woensdag 2 april 2025 11:07",
                 "[[Kuipers, Jorrit]]", "controle Nieuwe Boteringestraat 17a",
                 cc="[[Veld-Smit, Annelies van 't]]"),
        ("p", "Hoi Jorrit,"),
        ("p", "Vorige week donderdag met [[Fatima]] ([[FEK]]) het pand bezocht. Zeven kamers, zeven "
              "naambordjes, een gedeelde keuken op de eerste verdieping, geen brandmelders op de zolder. "
              "Twee bewoners wilden een verklaring afleggen: [[Mateusz Kowalczyk]] (student {{o:RUG}}, "
              "studentnummer [[n:s4987221]]) en [[Sophie van der Meulen]]. [[Kowalczyk]] vertelde dat de "
              "verhuurder de borg van € 1.400 contant wil hebben en dat hij via een tussenpersoon, "
              "een zekere [[Gerard]], huurt. De andere bewoners waren niet thuis of deden niet open."),
        ("p", "Uit de {{o:BRP}} blijkt dat er slechts twee personen staan ingeschreven. De eigenaar staat in het "
              "{{o:Kadaster}} als [[HENDRIKUS JOHANNES WUBBOLTS]], woonachtig [[a:Paterswoldseweg 412]]. "
              "Foto's staan in {{c:Squit XO}} onder het zaaknummer."),
        ("p", "Groetjes,<br/>[[Rob]]"),
        ("small", "[[Rob Hoekstra]]<br/>{{j:Toezichthouder Bouw- en Woningtoezicht}}<br/>" + GEM +
                  " | {{b:Postbus 30026}} | {{b:9700 RM}} Groningen<br/>M [[t:06 22 91 40 67]] | T {{f:14 050}}<br/>"
                  "Werkdagen: ma, di, do"),
    ]))

# ------------------------------------------------------------------ de03 minutes (docx)
DOCS.append(dict(
    id="de03", producer="docx", dfont="Arial", title="Verslag Regiegroep Studentenhuisvesting",
    author="[[Hilde Poelman]]",
    blocks=[
        ("h1", "Verslag {{g:Regiegroep Studentenhuisvesting Groningen}}"),
        ("table", [["Datum", "{{d:10 juni 2025}}, 14.00-16.00 uur"],
                   ["Locatie", "{{b:Stadhuis, Grote Markt 1}}, Groningen, Raadzaal-zijkamer"],
                   ["Voorzitter", "{{r:wethouder Van der Schaaf}} (" + GEM + ")"],
                   ["Verslag", "[[Hilde Poelman]] ([[x:HPo]]), bestuursadviseur"]], [35, 120], "plain"),
        ("h2", "Aanwezig"),
        ("table", [["Naam", "Organisatie", "Paraaf"],
                   ["{{r:wethouder Van der Schaaf}}", "{{o:gemeente Groningen}}, portefeuille wonen", "-"],
                   ["[[Marieke ter Horst]]", "{{o:gemeente Groningen}}, {{j:beleidsadviseur wonen}}", "[[x:MtH]]"],
                   ["[[Jorrit Kuipers]]", "{{o:gemeente Groningen}}, Toezicht Wonen", "[[x:JKu]]"],
                   ["[[Niels Oldenhuis]]", "{{o:Rijksuniversiteit Groningen}}, {{o:Student Service Centre}}", "[[x:NOl]]"],
                   ["[[Wendy Zwiers-Akkerman]]", "{{o:Hanzehogeschool Groningen}}", "[[x:WZA]]"],
                   ["[[Ilse Bruggink]]", "{{o:SSH Student Housing}}", "[[x:IBr]]"],
                   ["[[Thijs Koopman]]", "{{o:Lefier}}", "[[x:TKo]]"],
                   ["[[Ananya Krishnamurthy]]", "{{o:Erasmus Student Network Groningen}}", "[[x:AKr]]"]],
         [55, 85, 20], "grid"),
        ("p", "<b>Afwezig met bericht:</b> [[Femke de Boer-Zijlstra]] ({{o:Groninger Studentenbond}})."),
        ("h2", "1. Opening en mededelingen"),
        ("p", "De voorzitter opent de vergadering. {{r:Wethouder Van der Schaaf}} meldt dat het college de "
              "{{g:Actieagenda Studentenhuisvesting 2025-2030}} in september aan de raad stuurt. [[MtH]] licht toe "
              "dat het tekort volgens de {{c:Landelijke Monitor Studentenhuisvesting}} in Groningen ongeveer "
              "3.500 kamers bedraagt."),
        ("h2", "2. Internationale studenten en de start van het studiejaar"),
        ("p", "[[NOl]] meldt dat de {{o:RUG}} 410 internationale studenten zonder kamer telt. Noodopvang in "
              "{{s:Zernikelaan}}-containers is beschikbaar vanaf {{d:18 augustus}}. [[AKr]] wijst op klachten over "
              "oplichting via Facebook-groepen en {{c:Kamernet}}; studenten betalen een voorschot voor een kamer die "
              "niet bestaat. [[Ilse]] geeft aan dat {{o:SSH}} 120 short-stay-kamers aan de "
              "{{s:Herman Colleniusstraat}} toevoegt."),
        ("h2", "3. Handhaving kamerverhuur"),
        ("p", "[[JKu]] presenteert de cijfers: 212 controles, 38 vooraankondigingen, 9 lasten onder dwangsom. "
              "Hij wijst op één verhuurder die in vier panden structureel te veel bewoners huisvest; de zaak "
              "loopt ({{n:TW-2025-01873}}). [[Thijs Koopman]] vraagt of {{o:Lefier}} signalen van huurders kan "
              "doorgeven; dat kan via {{m:meldpunt.kamerverhuur@groningen.nl}}."),
        ("h2", "Actielijst"),
        ("table", [["Nr.", "Actie", "Wie", "Wanneer"],
                   ["25-14", "Notitie noodopvang internationals naar college", "[[MtH]]", "1 juli"],
                   ["25-15", "Voorstel gezamenlijke voorlichting in het Engels", "[[NOl]] / [[AKr]]", "1 aug"],
                   ["25-16", "Signalenprotocol corporaties - gemeente", "[[TKo]] / [[JKu]]", "sept"],
                   ["25-17", "Cijfers short stay aanleveren", "[[IBr]]", "1 juli"]], [15, 95, 30, 20], "grid"),
        ("small", "Volgende vergadering: {{d:9 september 2025}}. Verslag vastgesteld door de voorzitter."),
    ]))

# ------------------------------------------------------------------ de04 complaint in English, forwarded
DOCS.append(dict(
    id="de04", producer="rl", font="times", size=10.5, title="FW: Complaint about my landlord",
    blocks=[
        mailhead("[[Ter Horst, Marieke]]", "maandag 8 september 2025 09:12", "[[Kuipers, Jorrit]]; "
                 "{{m:meldpunt.kamerverhuur@groningen.nl}}", "FW: Complaint about my landlord - urgent"),
        ("p", "Jorrit, dit kwam binnen via {{m:info@groningen.nl}}. Lijkt weer een pand van dezelfde verhuurder. "
              "Kun jij een controle inplannen? Ik heb mevrouw een ontvangstbevestiging gestuurd. Gr. [[Marieke]]"),
        ("mono", "________________________________"),
        mailhead("[[Priya Raghunathan]] &lt;[[e:priya.raghu97@gmail.com]]&gt;", "Sunday, 7 September 2025 22:48",
                 "{{m:info@groningen.nl}}", "Complaint about my landlord - urgent", lang="en"),
        ("p", "Dear Sir or Madam,"),
        ("p", "My name is [[Priya Raghunathan]], I am a master student at the {{o:University of Groningen}} "
              "(student number [[n:s5123847]]). Since 1 September I rent a room at [[a:Oosterhamrikkade 88-5]] "
              "from a landlord who calls himself [[Mr. Henk]]. I paid € 1,950 (deposit plus first month) in cash. "
              "There is no written rental agreement and I cannot register at this address with the "
              "municipality, so I have no {{t:BSN}} yet and cannot open a bank account."),
        ("p", "The house has nine rooms and one bathroom. There are no smoke detectors. Last week the landlord "
              "entered my room without asking. When I complained he said I should leave if I don't like it. "
              "I have [[h:an anxiety disorder]] and this situation is making my health much worse; my "
              "[[h:psychologist at the University Student Health Service]] advised me to contact you."),
        ("p", "I found the room through a Facebook group ('Groningen Rooms for Internationals'). My flatmate "
              "[[Lucía Fernández Ortega]] has the same problem. Can the {{o:Huurcommissie}} help us? "
              "You can reach me on [[t:+31 6 2874 1190]] (WhatsApp) or by email."),
        ("p", "Kind regards,<br/>[[Priya]]<br/>[[Priya Raghunathan]]<br/>MSc {{g:Environmental and Infrastructure Planning}}, "
              "{{o:Faculty of Spatial Sciences}}"),
    ]))

# ------------------------------------------------------------------ de05 raadsvragen + antwoord (docx, 2 pages)
DOCS.append(dict(
    id="de05", producer="docx", dfont="Verdana", size=9.5, title="Beantwoording schriftelijke vragen",
    author="[[Marieke ter Horst]]",
    pagehead="Gemeente Groningen - Beantwoording schriftelijke vragen art. 41 RvO",
    blocks=[
        ("h1", "Beantwoording schriftelijke vragen over de brand aan de Oosterhamrikkade"),
        ("table", [["Vragensteller", "{{r:raadslid Wolters-Bouma}} ({{o:PvdA}}) en {{r:raadslid Oosterhuis}} "
                    "({{o:Student en Stad}})"],
                   ["Datum vragen", "{{d:16 september 2025}}"],
                   ["Portefeuillehouder", "{{r:wethouder Van der Schaaf}}"],
                   ["Registratienummer", "{{n:6512874}}"],
                   ["Ambtelijk contact", "[[Marieke ter Horst]], [[t:06 41 27 83 95]]"]], [45, 115], "grid"),
        ("p", "Het college van burgemeester en wethouders beantwoordt de vragen als volgt."),
        ("p", "<b>Vraag 1.</b> Is het college bekend met de brand in een studentenhuis aan de Oosterhamrikkade "
              "in de nacht van 12 op 13 september, waarbij een bewoner gewond raakte?"),
        ("p", "<b>Antwoord.</b> Ja. De brandweer van {{o:Veiligheidsregio Groningen}} werd om 03.12 uur "
              "gealarmeerd. Eén bewoner is met brandwonden naar het {{o:UMCG}} overgebracht. Uit privacyoverwegingen "
              "doen wij geen mededelingen over de gezondheid van de bewoner. De overige acht bewoners zijn door "
              "{{o:SSH}} en de {{o:RUG}} tijdelijk ondergebracht."),
        ("p", "<b>Vraag 2.</b> Had de eigenaar een omzettingsvergunning en een kamerverhuurvergunning?"),
        ("p", "<b>Antwoord.</b> Nee. Voor het pand was geen {{g:omzettingsvergunning}} verleend. Het pand is "
              "eigendom van een particuliere verhuurder tegen wie al een handhavingstraject liep. Na de brand heeft "
              "{{r:burgemeester Schuiling}} het pand op grond van artikel 17 van de {{w:Woningwet}} gesloten."),
        ("p", "<b>Vraag 3.</b> Hoeveel meldingen over onveilige kamerverhuur kwamen in 2025 binnen?"),
        ("p", "<b>Antwoord.</b> Tot 1 september 2025 ontving het {{g:Meldpunt Kamerverhuur}} 146 meldingen, "
              "waarvan 61 van internationale studenten. Wij verwijzen ook naar de {{g:Actieagenda "
              "Studentenhuisvesting 2025-2030}}."),
        ("pb",),
        ("p", "<b>Vraag 4.</b> Welke maatregelen neemt het college om herhaling te voorkomen?"),
        ("p", "<b>Antwoord.</b> Wij intensiveren de controles met twee extra toezichthouders, starten samen met "
              "de {{o:Huurcommissie}} en het {{o:Juridisch Loket}} een spreekuur in het Engels en onderzoeken een "
              "{{g:verhuurvergunning}} op grond van de {{w:Wet goed verhuurderschap}}. {{r:Wethouder Van der "
              "Schaaf}} gaat hierover in gesprek met {{r:minister Keijzer}} van {{o:Volkshuisvesting en "
              "Ruimtelijke Ordening}}."),
        ("p", "<b>Vraag 5.</b> Is het college bereid de raad te informeren over de uitkomst van het "
              "brandonderzoek?"),
        ("p", "<b>Antwoord.</b> Ja, via een raadsinformatiebrief zodra het onderzoek van de "
              "{{o:Veiligheidsregio Groningen}} is afgerond."),
        ("p", "Het college van burgemeester en wethouders van Groningen,<br/>de secretaris, de burgemeester,"),
    ]))

# ------------------------------------------------------------------ de06 rapport van bevindingen (2 pages, XMP)
DOCS.append(dict(
    id="de06", producer="rl", font="dejavuserif", size=9.5, title="Rapport van bevindingen",
    hidden=[{"channel": "xmp", "text": "Rob Hoekstra", "probes": ["Rob Hoekstra"]}],
    pagehead="Gemeente Groningen - Rapport van bevindingen TW-2025-01873-R - vertrouwelijk",
    blocks=[
        ("h1", "Rapport van bevindingen"),
        ("table", [["Zaaknummer", "{{n:TW-2025-01873-R}}"], ["Adres object", "[[a:Nieuwe Boteringestraat 17a]]"],
                   ["Datum controle", "{{d:27 maart 2025}}, 10.15-11.40 uur"],
                   ["Toezichthouders", "[[R. Hoekstra]] (code [[x:T-114]]), [[F. El Khatib]] (code [[x:T-131]])"],
                   ["Eigenaar", "[[H.J. Wubbolts]], [[a:Paterswoldseweg 412]], geboren [[d:3 november 1961]]"]],
         [40, 120], "grid"),
        ("h2", "1. Aanleiding"),
        ("p", "Op {{d:11 maart 2025}} ontving het {{g:Meldpunt Kamerverhuur}} een anonieme melding over "
              "overbewoning. De melder noemde het pand 'een kamerfabriek'. In het {{o:BRP}} staan twee personen "
              "ingeschreven."),
        ("h2", "2. Waarnemingen"),
        ("p", "Wij, ondergetekenden, bevoegd als toezichthouder op grond van artikel 5:11 {{w:Awb}}, namen het "
              "volgende waar. Het pand telt drie bouwlagen. Op elke kamerdeur hing een naambordje:"),
        ("table", [["Kamer", "Naam op deur", "Aanwezig", "Opmerking"],
                   ["1 (bg)", "[[M. Kowalczyk]]", "ja", "verklaring afgelegd"],
                   ["2 (bg)", "[[S. v.d. Meulen]]", "ja", "verklaring afgelegd"],
                   ["3 (1e)", "[[Bram Oosting]]", "nee", "-"],
                   ["4 (1e)", "[[Jasper & Noor]]", "nee", "twee bewoners in één kamer"],
                   ["5 (2e)", "[[Okonkwo]]", "nee", "-"],
                   ["6 (2e)", "[[L. Hendriks-Pool]]", "nee", "-"],
                   ["7 (zolder)", "geen", "nee", "geen rookmelder, één vluchtweg"]], [22, 45, 22, 70], "grid"),
        ("p", "In de gemeenschappelijke keuken hing een rooster met voornamen: [[Mateusz]], [[Sophie]], [[Bram]], "
              "[[Jasper]], [[Noor]], [[Chidi]], [[Lotte]]. Er werden acht brievenbusnamen aangetroffen."),
        ("pb",),
        ("h2", "3. Verklaringen"),
        ("p", "De heer [[Kowalczyk]] (geboren [[d:22-07-2002]], studentnummer [[n:s4987221]]) verklaarde: "
              "'I pay 695 euro each month in cash to [[Gerard]]. I have never met the owner. Gerard told me not "
              "to register at the municipality.'"),
        ("p", "Mevrouw [[Van der Meulen]] verklaarde dat zij sinds {{d:februari 2024}} in het pand woont en dat de "
              "verhuurder haar heeft gevraagd 'bij controle te zeggen dat we met z'n tweeën wonen'."),
        ("h2", "4. Conclusie"),
        ("p", "Het pand wordt zonder {{g:omzettingsvergunning}} bewoond door ten minste acht personen die geen "
              "huishouden vormen. Dit is in strijd met artikel 21 {{w:Huisvestingswet 2014}} juncto artikel 3.4 van "
              "de {{w:Huisvestingsverordening Groningen 2024}}. Ook zijn de brandveiligheidseisen van het "
              "{{w:Besluit bouwwerken leefomgeving}} niet nageleefd."),
        ("p", "Dit rapport is naar waarheid opgemaakt en ondertekend te Groningen op {{d:31 maart 2025}}."),
        ("table", [["Toezichthouder", "Toezichthouder"], ["[[R. Hoekstra]] ([[x:T-114]])", "[[F. El Khatib]] ([[x:T-131]])"]],
         [80, 80], "plain"),
    ]))

# ------------------------------------------------------------------ de07 handwritten inspection note (scan)
DOCS.append(dict(
    id="de07", producer="scanhand", font="hand", size=17, title="notitie",
    blocks=[
        ("p", "Controle Oosterhamrikkade 88 - 9/9"),
        ("p", "aanwezig: [[Priya Raghunathan]] (kamer 5)"),
        ("p", "tel [[t:06 2874 1190]]"),
        ("p", "verhuurder = [[Wubbolts]] !! zelfde als Boteringestraat"),
        ("p", "9 kamers, 1 badkamer, geen rookmelders"),
        ("p", "tussenpersoon [[Gerard Smeenge]] - [[t:06 4419 2087]]"),
        ("p", "bewoonster 3e verd. [[Lucía]] zegt ook contant"),
        ("p", "terugbellen [[Annelies]] ivm dwangsom"),
        ("p", "- [[Rob]]"),
    ]))

# ------------------------------------------------------------------ de08 WhatsApp export about the fire
DOCS.append(dict(
    id="de08", producer="rl", font="liberation", size=9, title="WhatsApp-chat Oosterhamrikkade 88",
    blocks=[
        ("h2", "WhatsApp-chat met Huis Oosterhamrikkade 88 (export, bijlage bij melding)"),
        ("mono", "13-09-2025 03:04 - [[Daan Wiersma]]: FIRE!!! everybody out now, kitchen on fire\n"
                 "13-09-2025 03:04 - [[Daan Wiersma]]: bel 112 iemand??\n"
                 "13-09-2025 03:05 - [[t:+31 6 1742 9930]]: I'm calling 112\n"
                 "13-09-2025 03:06 - [[Lucía Fernández]]: [[Priya]] is not answering her phone, room 5!!\n"
                 "13-09-2025 03:07 - [[Daan Wiersma]]: brandweer is er\n"
                 "13-09-2025 03:21 - [[Lucía Fernández]]: they took [[Priya]] in the ambulance, her hands are burned\n"
                 "13-09-2025 03:22 - [[t:+31 6 1742 9930]]: omg\n"
                 "13-09-2025 07:48 - [[Daan Wiersma]]: [[Priya]] ligt op de brandwondenafdeling UMCG, [[h:2e graads brandwonden]]\n"
                 "13-09-2025 07:50 - [[Daan Wiersma]]: SSH regelt vannacht opvang, bel [[Ilse]] van SSH: [[t:06 3390 1245]]\n"
                 "13-09-2025 08:02 - [[Mateusz K]]: can someone call the landlord? [[Gerard]] doesn't pick up\n"
                 "13-09-2025 08:15 - [[Lucía Fernández]]: [[Henk]] number is [[t:06 5120 8874]]\n"
                 "13-09-2025 08:31 - [[Daan Wiersma]]: ik heb de gemeente gemaild, meldpunt.kamerverhuur@groningen.nl\n"
                 "13-09-2025 09:10 - [[Chidi Okonkwo]]: my passport burned in my room. embassy appointment monday\n"
                 "13-09-2025 09:12 - [[Daan Wiersma]]: [[Chidi]] kom maar naar mijn ouders, [[a:Hoofdweg 61]] in Harkstede\n"
                 "13-09-2025 11:40 - [[Lucía Fernández]]: RUG housing says call +31 50 363 8066 (general)"),
        ("p", "Toelichting behandelaar: export ontvangen van de heer [[Wiersma]] op {{d:13 september 2025}}; "
              "telefoonnummers zonder naam zijn bewoners. {{m:meldpunt.kamerverhuur@groningen.nl}} is de functionele "
              "mailbox van het {{g:Meldpunt Kamerverhuur}}; {{f:+31 50 363 8066}} is het algemene nummer van de "
              "{{o:RUG}}."),
    ]))

# ------------------------------------------------------------------ de09 brandweer incident report (2 pages)
DOCS.append(dict(
    id="de09", producer="rl", font="condensed", size=9.5, title="Incidentrapportage brand",
    pagehead="Veiligheidsregio Groningen - Brandweer - Incidentrapportage 2025-09-13-0312",
    blocks=[
        ("h1", "Incidentrapportage en eerste bevindingen brandonderzoek"),
        ("table", [["Incidentnummer", "{{n:2025-09-13-0312}}"], ["Meldtijd", "13-09-2025 03:12"],
                   ["Object", "Woning met kamerverhuur, [[a:Oosterhamrikkade 88]]"],
                   ["Uitgerukt", "{{o:Post Groningen-Noord}}, TS 01-4531, TS 01-4731, AL 01-4151"],
                   ["Bevelvoerder", "[[W. Hiemstra]]"], ["Officier van dienst", "[[K.A. Lubbers]]"],
                   ["Brandonderzoek", "[[Karin Lubbers]], {{j:brandonderzoeker}}"]], [40, 120], "grid"),
        ("h2", "Verloop"),
        ("p", "Bij aankomst stond de keuken op de eerste verdieping in brand. Rook had zich via het open trappenhuis "
              "over alle verdiepingen verspreid. Acht bewoners stonden buiten. Volgens bewoner [[D. Wiersma]] "
              "bevond zich nog een bewoonster op kamer 5. Zij werd door de aanvalsploeg van TS 01-4531 via de "
              "trap naar buiten gebracht."),
        ("p", "De bewoonster, [[P. Raghunathan]] (24), had [[h:tweedegraads brandwonden aan beide handen]] en "
              "[[h:rookinhalatie]]. Zij is door de {{o:Ambulancezorg Groningen}} naar het {{o:UMCG}} vervoerd. "
              "Een tweede bewoner, [[C. Okonkwo]], is ter plaatse door ambulancepersoneel gecontroleerd en "
              "verklaarde [[h:astmapatiënt]] te zijn; hij is niet vervoerd."),
        ("h2", "Bevindingen brandonderzoek"),
        ("p", "De brand is ontstaan bij een frituurpan op een elektrische kookplaat. Er waren geen werkende "
              "rookmelders. De deur van de zolderkamer ontbrak en er was geen tweede vluchtweg. De elektrische "
              "installatie was overbelast door vier verlengsnoeren. Zie ook het rapport van "
              "{{o:Toezicht Wonen}} ({{n:TW-2025-02541}})."),
        ("pb",),
        ("h2", "Contacten"),
        ("table", [["Naam", "Rol", "Contact"],
                   ["[[Hendrikus Wubbolts]]", "eigenaar", "[[t:06 5120 8874]]"],
                   ["[[Gerard Smeenge]]", "beheerder/tussenpersoon", "[[t:06 4419 2087]]"],
                   ["[[Daan Wiersma]]", "bewoner, melder", "[[t:06 11 58 33 72]]"],
                   ["[[Ilse Bruggink]]", "{{o:SSH Student Housing}}, noodopvang", "[[e:i.bruggink@sshxl.nl]]"],
                   ["Meldkamer", "{{o:Meldkamer Noord-Nederland}}", "{{f:050 599 59 59}}"]], [45, 55, 60], "grid"),
        ("h2", "Advies"),
        ("p", "De brandweer adviseert de burgemeester het pand te sluiten tot de gebreken zijn hersteld en adviseert "
              "{{o:Toezicht Wonen}} om de overige panden van dezelfde eigenaar met voorrang te controleren."),
        ("p", "Opgemaakt door [[K. Lubbers]], {{j:brandonderzoeker}} {{o:Veiligheidsregio Groningen}}, "
              "{{d:15 september 2025}}. Vragen: {{m:brandonderzoek@vrgroningen.nl}}."),
    ]))

# ------------------------------------------------------------------ de10 Huurcommissie uitspraak (times)
DOCS.append(dict(
    id="de10", producer="rl", font="times", size=10, title="Uitspraak Huurcommissie",
    blocks=[
        ("h1", "Uitspraak"),
        ("p", "van de {{o:Huurcommissie}} in het geschil tussen:"),
        ("table", [["Huurder", "[[Lucía Fernández Ortega]], wonende te Groningen"],
                   ["Verhuurder", "[[H.J. Wubbolts]], wonende te Groningen"],
                   ["Zaaknummer", "{{n:2025-HC-004817}}"], ["Adres huurwoonruimte",
                    "[[a:Oosterhamrikkade 88-7]] (onzelfstandige woonruimte)"],
                   ["Datum zitting", "{{d:4 november 2025}}"]], [45, 115], "grid"),
        ("h2", "1. De procedure"),
        ("p", "Op {{d:2 oktober 2025}} heeft de huurder de {{o:Huurcommissie}} verzocht een uitspraak te doen over "
              "de redelijkheid van de aanvangshuurprijs (artikel 11 {{w:Uitvoeringswet huurprijzen woonruimte}}). "
              "De verhuurder heeft geen verweer gevoerd. De huurder werd ter zitting bijgestaan door [[mr. E.M. "
              "Dijkstra]] van het {{o:Juridisch Loket}}; namens de huurder was ook haar studievriendin [[Priya]] "
              "aanwezig als tolk."),
        ("h2", "2. De beoordeling"),
        ("p", "Het puntentotaal van de woonruimte is vastgesteld op 41 punten volgens het {{w:Woningwaarderingsstelsel}} "
              "voor onzelfstandige woonruimte. Bij dit puntentotaal hoort een maximale kale huurprijs van € 318,14. "
              "De overeengekomen huurprijs van € 650,00 is daarom niet redelijk."),
        ("p", "Daarnaast betaalde de huurder € 75 per maand servicekosten zonder specificatie. De commissie stelt "
              "de servicekosten op grond van artikel 7:260 {{w:Burgerlijk Wetboek}} vast op € 48,00."),
        ("h2", "3. De uitspraak"),
        ("p", "De {{o:Huurcommissie}} stelt de huurprijs vast op € 318,14 per maand met ingang van "
              "{{d:1 september 2025}} en veroordeelt de verhuurder tot betaling van het leges van € 450. De huurder "
              "krijgt haar leges van € 25 terug."),
        ("p", "Aldus gedaan door [[mr. P.A. de Graaf-Hummel]], voorzitter, en [[R. Mensink]] en [[dhr. T. Yilmaz]], "
              "leden, bijgestaan door [[J. Oudman]], secretaris."),
        ("small", "{{o:Huurcommissie}} | {{b:Postbus 16495}} | {{b:2500 BL}} Den Haag | {{f:088 525 84 00}} | "
                  "{{c:huurcommissie.nl}}. Dit is een geanonimiseerde samenvatting voor dossier {{n:TW-2025-02541}}."),
    ]))

# ------------------------------------------------------------------ de11 beslisnota (docx, outline hidden)
DOCS.append(dict(
    id="de11", producer="docx", dfont="Calibri", title="Collegevoorstel kamerverhuurvergunning",
    author="[[m.terhorst]]", extra_probes=[("USERNAME", "m.terhorst")],
    hidden=[{"channel": "outline", "text": "Concept MtH/AvtV - reactie Bart N. verwerkt",
             "probes": ["Bart N."]}],
    blocks=[
        ("h1", "Collegevoorstel"),
        ("table", [["Aan", "het college van burgemeester en wethouders"],
                   ["Portefeuillehouder", "{{r:wethouder Van der Schaaf}}"],
                   ["Van", "[[Marieke ter Horst]], {{j:beleidsadviseur wonen}}"],
                   ["Contactpersoon", "[[M. ter Horst]], [[t:06 41 27 83 95]], [[e:m.terhorst@groningen.nl]]"],
                   ["Datum", "{{d:30 september 2025}}"], ["Kenmerk", "{{n:2025-0938712}}"],
                   ["Onderwerp", "Invoering {{g:kamerverhuurvergunning}} en verhuurvergunning"]], [40, 120], "grid"),
        ("h2", "Aanleiding"),
        ("p", "Na de brand aan de Oosterhamrikkade en de schriftelijke vragen van {{r:raadslid Oosterhuis}} "
              "({{o:Student en Stad}}) heeft de wethouder toegezegd een voorstel te doen voor een "
              "{{g:verhuurvergunning}} op grond van de {{w:Wet goed verhuurderschap}}."),
        ("h2", "Geadviseerd besluit"),
        ("p", "1. In te stemmen met het aanwijzen van de wijken Centrum, Oosterpoort, Schilderswijk en Selwerd als "
              "gebied waar een verhuurvergunning geldt.<br/>2. De raad voor te stellen de "
              "{{w:Huisvestingsverordening Groningen 2024}} te wijzigen."),
        ("h2", "Krachtenveld"),
        ("p", "{{o:Groninger Studentenbond}} en {{o:ESN}} steunen het voorstel. De {{o:Vereniging Groninger "
              "Verhuurders}} is tegen; haar voorzitter heeft in een gesprek met [[MtH]] en [[AvtV]] gedreigd met "
              "een kort geding. [[Jorrit Kuipers]] ({{j:teamleider Toezicht Wonen}}) wijst op de extra capaciteit "
              "die nodig is: 2,0 fte."),
        ("h2", "Paraaf"),
        ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                   ["[[M. ter Horst]]", "{{j:beleidsadviseur}}", "[[x:MtH]]", "30-09"],
                   ["[[A. van 't Veld-Smit]]", "{{j:jurist}}", "[[x:AvtV]]", "01-10"],
                   ["[[J.R. Kuipers]]", "{{j:teamleider}}", "[[x:JKu]]", "01-10"],
                   ["[[B. Nijenhuis]]", "{{j:afdelingshoofd}}", "[[x:BNi]]", "02-10"]], [45, 50, 25, 25], "grid"),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "Niet van toepassing."),
    ]))
