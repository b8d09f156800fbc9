"""Set ZU, documents zu01-zu12."""
from lib import Doc

GEM = "{{Gemeente Zutphen}}"
ADR = "{{'s-Gravenhof 2|ADDRESS_PUBLIC}}, 7201 DN Zutphen"
TEL = "{{14 0575|PHONE_GENERAL}}"


def woo_motiv():
    return [("h", "Informatie die niet openbaar gemaakt kan worden"), ("h", "Motivering"),
            ("p", "In de openbaar gemaakte versie van dit document zijn persoonsgegevens van ambtenaren, "
                  "aanvragers en omwonenden verwijderd op grond van artikel {{5.1.2e|LAW}} {{Woo|LAW}}; "
                  "gegevens over gezondheid zijn verwijderd op grond van artikel 5.1.1d Woo.")]


DOCS = [
    Doc("zu01", "Woo-verzoek gehandicaptenparkeerkaarten", [
        ("p", "Van: [[Ramdin, Priscilla]] <[[p.ramdin@zutphen.nl|EMAIL]]>\nVerzonden: dinsdag 3 februari 2026 10:40\n"
              "Aan: [[Haar, Marloes ter]]; [[Hek, Ruud van 't]]; [[El Khatib-Bos, Fatima]]\nOnderwerp: FW: Woo-verzoek gehandicaptenparkeerkaarten"),
        ("p", "Ter info, graag vóór 17 februari alle stukken in de map. Groet, [[Priscilla]] ([[0575 - 58 34 17|PHONE]])"),
        ("mono", "-----Original Message-----"),
        ("p", "Van: [[Sven Akkerman]] <[[s.akkerman@contactzutphen.nl|EMAIL]]>\nVerzonden: dinsdag 3 februari 2026 09:12\n"
              "Aan: {{woo@zutphen.nl|EMAIL_FUNCTIONAL}}\nOnderwerp: Woo-verzoek gehandicaptenparkeerkaarten en gereserveerde plaatsen"),
        ("p", "Geacht college van burgemeester en wethouders van de {{gemeente Zutphen}},"),
        ("p", "Als verslaggever van {{Contact Zutphen}} verzoek ik u op grond van de {{Wet open overheid|LAW}} om openbaarmaking "
              "van alle documenten vanaf 1 januari 2024 over (1) de beoordeling van aanvragen voor een {{gehandicaptenparkeerkaart|TERM}} "
              "({{GPK|TERM}}), (2) het contract met {{Argonaut Keuringen}} voor de medische advisering, (3) de bezwaren tegen "
              "geweigerde kaarten en (4) de gereserveerde gehandicaptenparkeerplaats aan de {{Berkelsingel|STREET}}, waarover "
              "buurtbewoners klachten hebben ingediend."),
        ("p", "Ik ontvang de stukken bij voorkeur digitaal. Voor vragen ben ik bereikbaar op [[06-28105533|PHONE]]."),
        ("p", "Met vriendelijke groet,\n[[Sven Akkerman]]\nRedactie {{Contact Zutphen}}\n[[Zaadmarkt 31, 7201 DE Zutphen|ADDRESS]]"),
    ], producer_str="Microsoft Outlook 16.0", creator_str="Microsoft Outlook"),

    Doc("zu02", "Ontvangstbevestiging Woo-verzoek", [
        ("p", f"{GEM}\n{ADR}\nTelefoon {TEL}\n{{{{www.zutphen.nl|URL}}}}"),
        ("p", "De heer [[S. Akkerman]]\nRedactie {{Contact Zutphen}}\n[[Zaadmarkt 31|ADDRESS]]\n7201 DE Zutphen"),
        ("p", "Datum: 5 februari 2026\nOns kenmerk: {{WOO-2026-0087|CASE}}\nBehandeld door: [[Priscilla Ramdin]]\n"
              "Telefoon: [[0575 - 58 34 17|PHONE]]\nE-mail: [[p.ramdin@zutphen.nl|EMAIL]]"),
        ("h", "Onderwerp: ontvangstbevestiging Woo-verzoek"),
        ("p", "Geachte heer [[Akkerman]],"),
        ("p", "Op 3 februari 2026 hebben wij uw verzoek op grond van de {{Wet open overheid|LAW}} ontvangen. Uw verzoek is "
              "geregistreerd onder nummer {{WOO-2026-0087|CASE}}. Wij beslissen binnen vier weken na ontvangst; deze termijn "
              "kunnen wij met twee weken verdagen. Omdat in de stukken gegevens van derden staan, zoals aanvragers van een "
              "{{gehandicaptenparkeerkaart|TERM}} en omwonenden van de {{Berkelsingel|STREET}}, stellen wij hen in de gelegenheid "
              "een zienswijze te geven."),
        ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,\n\n[[P. Ramdin]]\n{{Woo-coördinator|ROLE}}"),
    ], producer="lo", author="", creator_str="Writer", producer_str="LibreOffice 7.6"),

    Doc("zu03", "Aanvraagformulier gehandicaptenparkeerkaart", [
        ("h", "Aanvraag gehandicaptenparkeerkaart (GPK) en/of gehandicaptenparkeerplaats"),
        ("p", f"{GEM} - team {{{{Vergunningen en Handhaving}}}} - {{{{parkeren@zutphen.nl|EMAIL_FUNCTIONAL}}}} - {TEL}"),
        ("p", "Lees voor het invullen de toelichting. De medische beoordeling wordt uitgevoerd door {{Argonaut Keuringen}}. "
              "U ontvangt binnen vier weken een uitnodiging. Kosten: {{EUR 140,00|AMOUNT}} voor de kaart."),
        ("p", "Zaaknummer: {{ZU-GPK-2026-0412|CASE}}"),
    ], form=[("naam", "Naam aanvrager", "Gerda Hoekstra-Veenstra"), ("gebdat", "Geboortedatum", "14-03-1951"),
             ("bsn", "BSN", "204938177"), ("adres", "Adres", "Weg naar Laren 118, 7203 HM Zutphen"),
             ("tel", "Telefoon", "06 5102 8836"), ("mail", "E-mail (contactpersoon)", "zoë.lammers@ziggo.nl"),
             ("kenteken", "Kenteken", "4-KXT-91"), ("soort", "Soort kaart", "Bestuurderskaart")],
        hidden=[("annotations", "PERSON", "Gerda Hoekstra-Veenstra"), ("annotations", "DATE_OF_BIRTH", "14-03-1951"),
                ("annotations", "BSN", "204938177"), ("annotations", "ADDRESS", "Weg naar Laren 118"),
                ("annotations", "PHONE", "06 5102 8836"), ("annotations", "EMAIL", "zoë.lammers@ziggo.nl"),
                ("annotations", "LICENSE_PLATE", "4-KXT-91")],
        producer_str="iText 7.2.5 (AGPL)", creator_str="Formulierenserver Zutphen"),

    Doc("zu04", "Medisch advies GPK", [
        ("h", "Argonaut Keuringen - medisch advies gehandicaptenparkeerkaart"),
        ("p", "Opdrachtgever: {{Gemeente Zutphen}}, team {{Vergunningen en Handhaving}}\nZaaknummer gemeente: {{ZU-GPK-2026-0412|CASE}}\n"
              "Ons dossier: {{ARG-26-07731|CASE}}"),
        ("p", "Betreft: mevrouw [[G. Hoekstra-Veenstra]], geboren [[14 maart 1951|DATE_OF_BIRTH]], [[Weg naar Laren 118|ADDRESS]], Zutphen"),
        ("h", "Onderzoek"),
        ("p", "Op 19 februari 2026 heeft onderzoek plaatsgevonden op het spreekuur in {{Deventer|PLACE}}. Aanwezig was ook de dochter, "
              "mevrouw [[Zoë Lammers-de Graaf]]. Betrokkene is bekend met [[COPD GOLD III|HEALTH]] en heeft sinds 2023 een "
              "[[heupprothese rechts|HEALTH]]. Zij gebruikt een rollator. De loopafstand is gemeten op circa 60 meter."),
        ("h", "Beantwoording vraagstelling"),
        ("p", "Betrokkene voldoet aan de medische criteria van artikel 49 {{BABW|LAW}} voor een {{Bestuurderskaart|TERM}} voor de "
              "duur van vijf jaar. Een gehandicaptenparkeerplaats op kenteken wordt vanuit medisch oogpunt ondersteund."),
        ("p", "[[dr. W. Sørensen]], arts {{Maatschappij en Gezondheid|TERM}}\n{{Argonaut Keuringen}} B.V., {{Hanzeweg 12|ADDRESS_PUBLIC}}, Deventer\n"
              "T [[+31 (0)570 69 44 12|PHONE]] - [[w.sorensen@argonaut-keuringen.nl|EMAIL]]"),
    ], font="DejaVu", author="Wiebke Sørensen",
        hidden=[("metadata", "PERSON", "Wiebke Sørensen")], producer_str="Aspose.PDF for .NET 23.4",
        creator_str="Argonaut Dossier"),

    Doc("zu05", "Besluit toekenning GPK", [
        ("p", f"{GEM}\n{ADR}"),
        ("p", "Mevrouw [[G. Hoekstra-Veenstra]]\n[[Weg naar Laren 118|ADDRESS]]\n7203 HM Zutphen"),
        ("p", "Datum: 4 maart 2026\nZaaknummer: {{ZU-GPK-2026-0412|CASE}}\nInlichtingen: [[M. ter Haar]], [[0575-583142|PHONE]]"),
        ("h", "Onderwerp: besluit op uw aanvraag gehandicaptenparkeerkaart"),
        ("p", "Geachte mevrouw [[Hoekstra-Veenstra]],"),
        ("p", "U heeft op 2 februari 2026 een {{gehandicaptenparkeerkaart|TERM}} aangevraagd. Op basis van het medisch advies van "
              "{{Argonaut Keuringen}} kennen wij u een {{Bestuurderskaart|TERM}} toe, geldig tot en met 4 maart 2031. Uw verzoek "
              "om een gehandicaptenparkeerplaats op kenteken [[4-KXT-91|LICENSE_PLATE]] nabij uw woning leggen wij voor aan de "
              "verkeerskundige; daarvoor is een verkeersbesluit nodig op grond van de {{Wegenverkeerswet 1994|LAW}}."),
        ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college. Zie "
              "{{www.zutphen.nl/bezwaar|URL}}."),
        ("p", "Hoogachtend,\nburgemeester en wethouders van Zutphen,\nnamens dezen,\n\n[[R. van 't Hek]]\n{{teamleider Vergunningen|ROLE}}"),
    ], producer="lo", author="Marloes ter Haar", hidden=[("metadata", "PERSON", "Marloes ter Haar")],
        producer_str="LibreOffice 7.6", creator_str="Writer"),

    Doc("zu06", "Besluit weigering GPK", [
        ("p", f"{GEM}\n{ADR}"),
        ("p", "De heer [[A. Yıldız]]\n[[Kuiperstraat 7b|ADDRESS]]\n7201 HZ Zutphen"),
        ("p", "Datum: 11 maart 2026\nZaaknummer: {{ZU-GPK-2026-0398|CASE}}\nBSN: [[173904418|BSN]]"),
        ("h", "Onderwerp: weigering gehandicaptenparkeerkaart"),
        ("p", "Geachte heer [[Yıldız]],"),
        ("p", "Uw aanvraag voor een {{Passagierskaart|TERM}} en een {{Bestuurderskaart|TERM}} wijzen wij af. Volgens het advies "
              "van {{Argonaut Keuringen}} van 2 maart 2026 is uw loopafstand ondanks de [[diabetische neuropathie|HEALTH]] "
              "meer dan 100 meter en is de beperking niet langdurig in de zin van artikel 49 {{BABW|LAW}}."),
        ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken. Het bezwaarschrift richt u aan het college, "
              "{{Postbus 15|ADDRESS_PUBLIC}}, 7200 AA Zutphen, of via {{bezwaar@zutphen.nl|EMAIL_FUNCTIONAL}}."),
        ("p", "Met vriendelijke groet,\nnamens het college,\n\n[[Ruud van 't Hek]]\n{{teamleider Vergunningen|ROLE}}"),
    ], font="DejaVu", producer_str="Nitro Pro 13.70", creator_str="Nitro Pro"),

    Doc("zu07", "Bezwaarschrift Yildiz (scan)", [
        ("p", "[[Ahmet Yildiz]]\n[[Kuiperstraat 7b|ADDRESS]]\n7201 HZ Zutphen\n[[06-31447720|PHONE]]"),
        ("p", "Aan het college van B en W\nPostbus 15\n7200 AA Zutphen"),
        ("p", "Zutphen, 14 april 2026\nBetreft: bezwaar tegen besluit ZU-GPK-2026-0398"),
        ("p", "Geachte heer, mevrouw,\nIk maak bezwaar tegen de weigering van mijn parkeerkaart. De arts van Argonaut heeft "
              "mij maar tien minuten gezien. Mijn huisarts dokter [[Kamphuis]] kan bevestigen dat ik na 50 meter moet "
              "stoppen. Mijn vrouw [[Elif Yildiz]] rijdt mij naar de dialyse."),
        ("hand", "Met vriendelijke groet, [[A. Yildiz]]"),
    ], scan=True, producer_str="Canon iR-ADV C5535 PDF", creator_str="Canon iR-ADV C5535"),

    Doc("zu08", "Mailwisseling gereserveerde plaats Berkelsingel", [
        ("p", "Van: [[Vos, Henk-Jan]] <[[hj.vos@zutphen.nl|EMAIL]]>\nVerzonden: donderdag 12 maart 2026 14:03\n"
              "Aan: [[Haar, Marloes ter]] <[[m.terhaar@zutphen.nl|EMAIL]]>\nCC: [[Dijkman, Joost]] <[[j.dijkman@zutphen.nl|EMAIL]]>; "
              "{{parkeren@zutphen.nl|EMAIL_FUNCTIONAL}}\nOnderwerp: RE: GPP Berkelsingel 44"),
        ("p", "Hoi [[Marloes]],\nIk ben gisteren wezen kijken. Voor nummer 44 is een plaats te maken in het parkeervak "
              "tegenover de {{Drogenapstoren|LANDMARK}}, maar de buurvrouw op nummer 46 zal er niet blij mee zijn: zij parkeert "
              "daar nu altijd. Bord {{E6|TERM}} met onderbord kenteken, via verkeersbesluit {{VB-2026-031|CASE}}."),
        ("p", "Groet,\n[[Henk-Jan]]\n{{Verkeerskundige|ROLE}} | {{Gemeente Zutphen}}\nM [[06 2390 1185|PHONE]]"),
        ("mono", "-----Oorspronkelijk bericht-----\nVan: [[Haar, Marloes ter]]\nVerzonden: woensdag 11 maart 2026 16:47\n"
                 "Aan: [[Vos, Henk-Jan]]\nOnderwerp: GPP Berkelsingel 44"),
        ("p", "Henk-Jan, de heer [[Brinkhorst]] ([[Berkelsingel 44|ADDRESS]]) heeft een GPK en vraagt een plaats op kenteken. "
              "Argonaut adviseert positief. Kun jij de situatie ter plaatse bekijken? Zijn kenteken is [[J-208-RT|LICENSE_PLATE]].\n"
              "Dank, [[Marloes]]\n{{Beleidsmedewerker parkeren|ROLE}}, [[0575-583142|PHONE]]"),
    ], producer_str="Microsoft Outlook 16.0", creator_str="Microsoft Outlook"),

    Doc("zu09", "Mail met Argonaut over levertijden", [
        ("p", "Van: [[Wiebke Sørensen]] <[[w.sorensen@argonaut-keuringen.nl|EMAIL]]>\nVerzonden: maandag 16 maart 2026 08:55\n"
              "Aan: [[Ter Haar, M.]] <[[m.terhaar@zutphen.nl|EMAIL]]>\nCC: {{planning@argonaut-keuringen.nl|EMAIL_FUNCTIONAL}}\n"
              "Onderwerp: RE: doorlooptijden keuringen Zutphen"),
        ("p", "Beste mevrouw [[Ter Haar]],\nDe wachttijd voor een keuring in {{Deventer|PLACE}} is op dit moment drie weken. "
              "Voor aanvragers die niet kunnen reizen doen wij een huisbezoek; daarvoor rekenen wij het tarief uit de "
              "raamovereenkomst {{ZU-INK-2023-044|CASE}}. Mijn collega [[Rik Mulder]] neemt de huisbezoeken in Zutphen over "
              "tot 1 mei; hij is bereikbaar op [[06-11873094|PHONE]]."),
        ("p", "Met vriendelijke groet,\n[[W. Sørensen]]\n{{Argonaut Keuringen}} | {{Hanzeweg 12|ADDRESS_PUBLIC}} Deventer"),
        ("pb",),
        ("mono", "Van: [[Ter Haar, M.]]\nVerzonden: vrijdag 13 maart 2026 11:20\nAan: [[Wiebke Sørensen]]\nOnderwerp: doorlooptijden keuringen Zutphen"),
        ("p", "Goedemorgen [[Wiebke]], wethouder {{Kees Boersma|PUBLIC_OFFICIAL}} krijgt vragen van de raad over de lange wachttijden. "
              "Kunt u mij de actuele doorlooptijd geven? Groet, [[Marloes ter Haar]]"),
    ], font="DejaVu", producer_str="Microsoft Outlook 16.0", creator_str="Microsoft Outlook"),

    Doc("zu10", "Teams-chat team Parkeren", [
        ("h", "Chat: Team Parkeren Zutphen (export)"),
        ("mono", "[17-3-2026 09:02] [[Marloes ter Haar]]: morgen weer die buren van de Berkelsingel aan de balie?"),
        ("mono", "[17-3-2026 09:04] [[Joost Dijkman]]: ja, [[Annemiek]] van 46 heeft weer gebeld. ze zegt dat [[Theo]] de kaart niet zelf gebruikt"),
        ("mono", "[17-3-2026 09:05] [[Fatima El Khatib-Bos]]: zonder bewijs doen we niks. [[Joost]] kun jij een controle doen?"),
        ("mono", "[17-3-2026 09:07] [[Joost Dijkman]]: doe ik donderdag met [[Sjaak]], die staat dan ook op de BOA-rooster"),
        ("mono", "[17-3-2026 09:11] [[Ruud van 't Hek]]: graag verslag naar mij en naar {{handhaving@zutphen.nl|EMAIL_FUNCTIONAL}}. burgemeester {{Oosterbeek|PUBLIC_OFFICIAL}} wil op de hoogte blijven"),
        ("mono", "[17-3-2026 09:12] [[Marloes ter Haar]]: 👍 ik zet het op de agenda van het {{kwaliteitsoverleg GPK|TERM}}"),
        ("mono", "[17-3-2026 09:20] [[Priscilla Ramdin]]: let op, er loopt ook een Woo-verzoek {{WOO-2026-0087|CASE}} over dit onderwerp"),
    ], font="DejaVu", producer_str="Microsoft Teams export; PDFium", creator_str="Microsoft Edge"),

    Doc("zu11", "WhatsApp-export buren (bijlage klacht)", [
        ("h", "WhatsApp-chat met Theo buurman (bijlage bij klacht)"),
        ("mono", "12-03-26 18:41 - [[Mieke]]: [[Theo]] je auto staat weer half op de stoep"),
        ("mono", "12-03-26 18:52 - [[Theo Brinkhorst]]: ik heb een kaart van de gemeente [[Mieke]], ik mag hier staan"),
        ("mono", "12-03-26 18:53 - [[Mieke]]: die kaart is van je moeder!! die woont al 2 jaar in {{De Hoven|PLACE}}"),
        ("mono", "12-03-26 19:10 - [[Wim van der Laan]]: [[Theo]], doe even normaal, bel gewoon [[0575 52 19 66|PHONE]] als er wat is"),
        ("mono", "13-03-26 07:30 - [[Theo Brinkhorst]]: ik heb {{Gemeente Zutphen}} gebeld op {{14 0575|PHONE_GENERAL}}, ze komen kijken"),
        ("mono", "13-03-26 07:45 - [[Mieke]]: prima. ik stuur deze chat naar de wijkagent"),
        ("mono", "13-03-26 07:52 - [[Wim van der Laan]]: wijkagent is [[Erik Jaspers]], [[06 1207 4491|PHONE]]"),
        ("mono", "13-03-26 08:03 - [[Theo Brinkhorst]]: ga je gang. mijn advocaat [[mr. Gül Aydın]] weet ervan"),
    ], font="DejaVu", producer_str="PDFpen 13.1", creator_str="PDFpen"),

    Doc("zu12", "Klachtbrief buurvrouw (handgeschreven scan)", [
        ("p", "[[A. van der Laan]]\n[[Berkelsingel 46|ADDRESS]]\nZutphen"),
        ("hand", "Aan de gemeente, afdeling parkeren"),
        ("hand", "Beste mensen, mijn buurman [[Brinkhorst]] gebruikt de invalidenkaart van zijn moeder. Nu wil hij ook een eigen "
                 "plek voor de deur. Dat vind ik niet eerlijk. Bel mij gerust: [[06-47712093|PHONE]]."),
        ("hand", "Groeten, [[Annemiek van der Laan]]"),
    ], scan=True, producer_str="HP Scan", creator_str="HP LaserJet MFP M234"),
]
