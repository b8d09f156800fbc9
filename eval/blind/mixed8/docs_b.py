"""Documents r13-r24 of set mixed8: e-mail prints from different clients, chat exports, office holders.
All persons invented except public office holders named in their role."""

DOCS = {}

DOCS["r13_outlook_desktop_handhaving_thread"] = dict(
    producer="rl", font="Helvetica", size=9.5, title="RE: Handhavingsverzoek Vondelstraat",
    text="""
# [[Veenstra, Mirjam|PERSON|Veenstra;Mirjam]]
Van: [[Veenstra, Mirjam|PERSON]] <[[M.Veenstra@leeuwarden.nl|EMAIL_ADDRESS]]>
Verzonden: donderdag {20 maart 2025|DATE} 16:48
Aan: [[Bosma, Sjoerd|PERSON|Bosma;Sjoerd]] <[[S.Bosma@leeuwarden.nl|EMAIL_ADDRESS]]>
CC: {VTH-handhaving@leeuwarden.nl|FUNCTIONAL_EMAIL}; [[Haddou, Karim|PERSON|Haddou;Karim]] <[[K.Haddou@leeuwarden.nl|EMAIL_ADDRESS]]>
Onderwerp: RE: Handhavingsverzoek Vondelstraat 22 (zaak {Z/25/114592|CASE_NUMBER})
Bijlagen: foto's controle 19-3.pdf
Hoi [[Sjoerd|PERSON]],
Ik ben gisteren met [[Karim|PERSON]] ter plaatse geweest. De bewoner, de heer [[Auke Dijkstra|PERSON]], heeft inderdaad een schutting van 2,40 m geplaatst op de erfgrens. Hij was zelf aanwezig en zei dat de aannemer {Hoekstra Hekwerk B.V.|ORG} hem had geadviseerd. De buurvrouw die het verzoek indiende, mevrouw [[Jantsje Wouda|PERSON]] ([[Vondelstraat 24|ADDRESS]]), wil graag teruggebeld worden op [[06-38 41 90 27|PHONE_NUMBER]].
Zullen we eerst een vooraankondiging sturen? De {Omgevingswet|LAW} laat ons daarvoor ruimte.
Groet,
[[Mirjam Veenstra|PERSON]]
Toezichthouder bouw- en woningtoezicht
{Gemeente Leeuwarden|ORG} | {Oldehoofsterkerkhof 2|GOV_ADDRESS} | {8911 DH|GOV_ADDRESS} {Leeuwarden|PLACE}
T {14 058|SERVICE_NUMBER} | M [[06 12 77 40 85|PHONE_NUMBER]]
Werkdagen: ma, di, do
Van: [[Bosma, Sjoerd|PERSON]] <[[S.Bosma@leeuwarden.nl|EMAIL_ADDRESS]]>
Verzonden: dinsdag {18 maart 2025|DATE} 09:12
Aan: [[Veenstra, Mirjam|PERSON]] <[[M.Veenstra@leeuwarden.nl|EMAIL_ADDRESS]]>
Onderwerp: FW: Handhavingsverzoek Vondelstraat 22
[[Mirjam|PERSON]], kun jij dit oppakken? Het verzoek is binnengekomen via het webformulier. Burgemeester {Sybrand Buma|OFFICIAL} heeft in de raad gezegd dat we burenruzies over erfafscheidingen zoveel mogelijk via {Buurtbemiddeling|ORG} oplossen, dus misschien eerst daar langs.
[[Sjoerd|PERSON]]
Van: [[Jantsje Wouda|PERSON]] <[[jantsjewouda58@hotmail.com|EMAIL_ADDRESS]]>
Verzonden: maandag {17 maart 2025|DATE} 21:03
Aan: {info@leeuwarden.nl|FUNCTIONAL_EMAIL}
Onderwerp: Handhavingsverzoek Vondelstraat 22
Geachte heer, mevrouw,
Mijn buurman op nummer 22 heeft zonder overleg een schutting van bijna 2,5 meter hoog neergezet. Ik heb daardoor geen zon meer in mijn tuin. Ik verzoek u handhavend op te treden.
Met vriendelijke groet,
[[J. Wouda|PERSON]]
[[Vondelstraat 24|ADDRESS]]
[[8932 BR|ADDRESS]] LEEUWARDEN
!small Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt u verzocht de afzender hiervan op de hoogte te stellen en het bericht te verwijderen. De {Gemeente Leeuwarden|ORG} aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit elektronische verzending.
""",
)

DOCS["r14_outlook_web_subsidie_thread"] = dict(
    producer="chrome", font="DejaVu Sans", size=9.5, title="Outlook",
    css=".owa-subj{font-size:14pt;font-weight:bold;margin:4pt 0 8pt 0} .owa-from{font-weight:bold;margin-top:8pt} .owa-meta{color:#555;font-size:8.5pt} .owa-sep{border-top:1pt solid #ccc;margin:8pt 0}",
    text="""
cls owa-subj Vraag over {Subsidieregeling Wijkinitiatieven 2025|PROGRAM}
cls owa-from [[Lieke Schoenmakers|PERSON]] <[[l.schoenmakers@nijmegen.nl|EMAIL_ADDRESS]]>
cls owa-meta wo 9-4-2025 11:26
cls owa-meta Aan: [[Hamid Rahimi|PERSON]] <[[hamid.rahimi@gmail.com|EMAIL_ADDRESS]]>
cls owa-meta CC: {subsidies@nijmegen.nl|FUNCTIONAL_EMAIL}
Beste meneer [[Rahimi|PERSON]],
Dank voor uw aanvraag voor het buurtfeest op het Thiemeplein op {14 juni 2025|DATE}. Om de aanvraag te kunnen beoordelen hebben wij nog een begroting nodig en het rekeningnummer van de bewonersgroep. Een rekening op naam van een privépersoon kan, als u dat ook schriftelijk bevestigt.
Wethouder {Noël Vergunst|OFFICIAL} heeft in zijn brief aan de raad aangegeven dat aanvragen tot {€ 1.500|AMOUNT} binnen vier weken worden afgehandeld.
Met vriendelijke groet,
[[Lieke Schoenmakers|PERSON]]
Adviseur wijkaanpak Nijmegen-Oost
{Gemeente Nijmegen|ORG} | {Korte Nieuwstraat 6|GOV_ADDRESS}
[[024 329 28 14|PHONE_NUMBER]] (di t/m vr)
cls owa-sep
cls owa-from Van: [[Hamid Rahimi|PERSON]] <[[hamid.rahimi@gmail.com|EMAIL_ADDRESS]]>
cls owa-meta Verzonden: maandag 7 april 2025 22:41
cls owa-meta Aan: {subsidies@nijmegen.nl|FUNCTIONAL_EMAIL}
cls owa-meta Onderwerp: aanvraag buurtfeest
Goedenavond,
Namens de bewoners van het Thiemeplein vraag ik subsidie aan voor ons buurtfeest. Wij verwachten ongeveer 150 buren. Mede-organisatoren zijn [[Gonnie Peters|PERSON]] en [[Arash|PERSON]] (mijn buurjongen). Ik woon op [[Thiemeplein 12-2|ADDRESS]], [[6531 KG|ADDRESS]] NIJMEGEN, bereikbaar op [[06 45 12 88 30|PHONE_NUMBER]].
Met vriendelijke groet,
[[Hamid Rahimi|PERSON]]
""",
)

DOCS["r15_gmail_print_woo_verzoek"] = dict(
    producer="chrome", font="DejaVu Sans", size=9, title="Gmail - Woo-verzoek camerabeelden Stationsplein",
    css=".gm-top{font-size:8pt;color:#333;border-bottom:1pt solid #999;padding-bottom:3pt} .gm-subj{font-size:13pt;font-weight:bold;margin:8pt 0 2pt 0} .gm-n{font-size:8pt;color:#666;margin-bottom:6pt} .gm-from{font-weight:bold;margin-top:10pt;border-top:0.5pt solid #ccc;padding-top:4pt} .gm-to{font-size:8pt;color:#555} .gm-q{color:#555;border-left:2pt solid #ccc;padding-left:5pt}",
    text="""
cls gm-top Gmail - [[Daan Roozendaal|PERSON]] <[[daan.roozendaal@gmail.com|EMAIL_ADDRESS]]>
cls gm-subj Woo-verzoek camerabeelden Stationsplein
cls gm-n 3 berichten
cls gm-from [[Daan Roozendaal|PERSON]] <[[daan.roozendaal@gmail.com|EMAIL_ADDRESS]]> - 2 januari 2025 om 10:14
cls gm-to Aan: {woo@breda.nl|FUNCTIONAL_EMAIL}
Geachte heer, mevrouw,
Op grond van de {Wet open overheid|LAW} verzoek ik om alle documenten over het plaatsen van camera's op het {Stationsplein|PLACE} in {Breda|PLACE} in 2024, inclusief de afspraken met de {politie Zeeland-West-Brabant|ORG}.
Met vriendelijke groet,
[[Daan Roozendaal|PERSON]]
[[Haagweg 310|ADDRESS]], [[4813 XH|ADDRESS]] BREDA
cls gm-from {Woo Breda|ORG} <{woo@breda.nl|FUNCTIONAL_EMAIL}> - 6 januari 2025 om 08:55
cls gm-to Aan: [[Daan Roozendaal|PERSON]] <[[daan.roozendaal@gmail.com|EMAIL_ADDRESS]]>
Beste heer [[Roozendaal|PERSON]],
Wij hebben uw verzoek ontvangen. Het heeft kenmerk {WOO-2025-003|CASE_NUMBER}. Uw verzoek wordt behandeld door mijn collega [[Ilse Verschuren-Hamdi|PERSON]]. Burgemeester {Paul Depla|OFFICIAL} is als bestuursorgaan bevoegd voor cameratoezicht op grond van de {Gemeentewet|LAW}.
Met vriendelijke groet,
[[Kevin Adriaansen|PERSON]]
Team Informatieverzoeken
cls gm-from [[Daan Roozendaal|PERSON]] <[[daan.roozendaal@gmail.com|EMAIL_ADDRESS]]> - 6 januari 2025 om 12:30
cls gm-to Aan: {Woo Breda|ORG} <{woo@breda.nl|FUNCTIONAL_EMAIL}>
Dank u. Mag mevrouw [[Verschuren-Hamdi|PERSON]] mij bellen op [[+31 6 1734 5521|PHONE_NUMBER]]?
cls gm-q Op ma 6 jan 2025 om 08:55 schreef {Woo Breda|ORG} <{woo@breda.nl|FUNCTIONAL_EMAIL}>:
cls gm-q > Beste heer [[Roozendaal|PERSON]], Wij hebben uw verzoek ontvangen. [...] Met vriendelijke groet, [[Kevin Adriaansen|PERSON]]
""",
)

DOCS["r16_apple_mail_jeugdzorg"] = dict(
    producer="lohtml", font="DejaVu Sans", size=10, title="Re: overleg jeugdhulp",
    text="""
Van: [[Esther Lagerweij|PERSON]] <[[esther.lagerweij@icloud.com|EMAIL_ADDRESS]]>
Onderwerp: Re: overleg jeugdhulp [[Noah|PERSON]]
Datum: 11 februari 2025 om 19:47:12 CET
Aan: [[Wim de Haas|PERSON]] <[[w.dehaas@apeldoorn.nl|EMAIL_ADDRESS]]>
Kopie: [[Bas Lagerweij|PERSON]] <[[bas.lagerweij@outlook.com|EMAIL_ADDRESS]]>
Beste [[Wim|PERSON]],
Dank voor het gesprek van vanmiddag. Zoals besproken gaat [[Noah|PERSON]] vanaf maart naar {Kindcentrum De Vlinderboom|ORG}. Wij gaan akkoord met een tweede gesprek met de jeugdconsulent, mevrouw [[Sevgi Aydın|PERSON]], liefst op een woensdag.
Mijn man [[Bas|PERSON]] is overdag bereikbaar op [[06-51 92 03 44|PHONE_NUMBER]].
Groet,
[[Esther|PERSON]]
Verstuurd vanaf mijn iPhone
Op 11 feb. 2025, om 14:05 heeft [[Wim de Haas|PERSON]] <[[w.dehaas@apeldoorn.nl|EMAIL_ADDRESS]]> het volgende geschreven:
Beste mevrouw [[Lagerweij|PERSON]],
Hierbij de samenvatting van ons gesprek. Het {Centrum voor Jeugd en Gezin|ORG} kan een traject starten binnen de {Jeugdwet|LAW}. De kosten worden gedragen door de {Gemeente Apeldoorn|ORG}; u hoeft geen eigen bijdrage te betalen. Wethouder {Jeroen Joon|OFFICIAL} heeft de wachttijden in de raad op {4 februari 2025|DATE} besproken.
Met vriendelijke groet,
[[Wim de Haas|PERSON]]
Jeugdconsulent Team Zuid
{Gemeente Apeldoorn|ORG} - {Deventerstraat 20|GOV_ADDRESS} - {14 055|SERVICE_NUMBER}
""",
)

DOCS["r17_lotus_notes_doorgestuurd_minfin"] = dict(
    producer="rl", font="Courier", size=8.5, title="Doorgestuurd: Toeslagen herstel casus",
    text="""
----- Doorgestuurd door [[Frank Nieuwenhuijzen|PERSON]]/DGFZ/MINFIN op 14-03-2025 10:42 -----
Aan: [[Anita Rozendal|PERSON]]/UHT/BD/MINFIN@MINFIN
cc: [[Rahul Sharma|PERSON]]/DGFZ/MINFIN@MINFIN, {DGFZ-Secretariaat|ORG}/MINFIN@MINFIN
Onderwerp: Doorgestuurd: herstelcasus Zaandam (niet in de uitvoeringstoets)
Anita, ter info. Zie hieronder de casus die staatssecretaris {Palmen|OFFICIAL} wil bespreken. Graag een reactie voor vrijdag. Frank
"[[Rahul Sharma|PERSON]]/DGFZ/MINFIN" 13-03-2025 17:15
Aan: [[Frank Nieuwenhuijzen|PERSON]]/DGFZ/MINFIN@MINFIN
cc:
Onderwerp: herstelcasus Zaandam
Frank,
De ouder, mevrouw [[Shirley Tjon-A-Fat|PERSON]], woont op [[Westzijde 88A|ADDRESS]], [[1506 EG|ADDRESS]] Zaandam en heeft via haar advocaat mr. [[Jaap Bruggink|PERSON]] ({Bruggink Advocaten|ORG}) om een spoedbeslissing gevraagd. Haar BSN is [[@BSN:31@|NL_BSN]]. Zij is gekoppeld aan zaakbehandelaar [[Derya Kaplan|PERSON]] van {UHT|ACRONYM}.
De {Commissie Werkelijke Schade|ORG} heeft op 3 maart een advies uitgebracht. Volgens de {Wet hersteloperatie toeslagen|LAW} moeten we binnen zes maanden beslissen. De Kamerleden {Omtzigt|OFFICIAL} en {Van Nispen|OFFICIAL} hebben eerder naar vergelijkbare gevallen gevraagd.
Rahul
--
[[R. Sharma|PERSON]] | DGFZ/Directie Toeslagen | {Korte Voorhout 7|GOV_ADDRESS} | tel. [[070 342 81 95|PHONE_NUMBER]]
""",
)

DOCS["r18_english_thread_benelux"] = dict(
    producer="chrome", font="DejaVu Serif", size=9.5, title="Re: Benelux summit logistics",
    css=".tb{font-size:8.5pt;background:#f2f2f2;padding:3pt;margin:6pt 0} .q{border-left:2pt solid #2a5db0;padding-left:6pt;color:#333}",
    text="""
cls tb Subject: Re: Benelux summit logistics - draft programme // From: [[Marieke Hollander|PERSON]] <[[marieke.hollander@minaz.nl|EMAIL_ADDRESS]]> // Date: 22/05/2025, 15:37 // To: [[Thomas Vandenberghe|PERSON]] <[[thomas.vandenberghe@premier.fed.be|EMAIL_ADDRESS]]>, [[Claire Schmit|PERSON]] <[[claire.schmit@me.etat.lu|EMAIL_ADDRESS]]> // CC: {benelux-desk@minbuza.nl|FUNCTIONAL_EMAIL}
Dear [[Thomas|PERSON]], dear [[Claire|PERSON]],
Thanks. Prime Minister {Schoof|OFFICIAL} confirms the meeting with Prime Minister {Bart De Wever|OFFICIAL} and Prime Minister {Luc Frieden|OFFICIAL} on 26 June in {The Hague|PLACE}. The venue is the {Catshuis|ORG}; arrival via the {Johan de Wittlaan|GOV_ADDRESS} entrance. Our protocol officer [[Sander Blom|PERSON]] ([[+31 6 4720 1183|PHONE_NUMBER]]) will meet the delegations.
The {European Council|ORG} preparations and the {Benelux Union|ORG} agenda on cross-border labour will be the main topics. Foreign minister {Veldkamp|OFFICIAL} may join for the lunch.
Best regards,
[[Marieke|PERSON]]
--
[[Marieke Hollander|PERSON]] | Senior policy officer EU affairs | {Ministry of General Affairs|ORG} | {Turfmarkt 147|GOV_ADDRESS}
cls q On 22/05/2025 11:02, [[Thomas Vandenberghe|PERSON]] wrote:
cls q > Dear [[Marieke|PERSON]], the Belgian delegation will be led by the Prime Minister. My colleague [[Elke Peeters|PERSON]] handles security; her mobile is [[+32 475 21 88 09|PHONE_NUMBER]]. Kind regards, [[Thomas|PERSON]]
cls q >> On 21/05/2025 18:20, [[Claire Schmit|PERSON]] wrote:
cls q >> Luxembourg confirms. Please note that Grand Duke {Henri|OFFICIAL} is not part of the visit. Regards, [[Claire|PERSON]]
""",
)

DOCS["r19_teams_chat_crisis_overstroming"] = dict(
    producer="writer", title="Chat export Teams - Hoogwater Maas", author="[[Niels Verhoeven|PERSON]]", font="DejaVu Sans Condensed", size=9,
    text="""
# Microsoft Teams - chat "Hoogwater Maas operationeel"
Geëxporteerd door [[Niels Verhoeven|PERSON]] op {12 januari 2025|DATE}. Deelnemers: [[Niels Verhoeven|PERSON]], [[Sanne|PERSON]] (Waterschap), [[Ruud|PERSON]] (Brandweer), [[Yasmina|PERSON]] (Gemeente Venlo), [[Gijs|PERSON]] ({Rijkswaterstaat|ORG})
!w 14,18,68
| Tijd | Van | Bericht |
| 07:02 | [[Gijs|PERSON]] | Peil bij {Venlo|PLACE} 16,21 m +NAP, stijgend. {Maasboulevard|PLACE} wordt vanmiddag afgesloten. |
| 07:05 | [[Sanne|PERSON]] | Dijkwachten {Waterschap Limburg|ORG} lopen vanaf 8 uur. [[Ruud|PERSON]], hebben jullie zandzakken bij {Blerick|PLACE}? |
| 07:09 | [[Ruud|PERSON]] | Ja, 2.000 stuks bij de kazerne. Burgemeester {Scholten|OFFICIAL} wil om 9 uur een update. |
| 07:11 | [[Yasmina|PERSON]] | Ik bel de bewoners van de woonboten. Mevrouw [[Peeters-Janssen|PERSON]] van de {Romerhaven|PLACE} heeft gisteren al gebeld, ze is slecht ter been. |
| 07:14 | [[Niels Verhoeven|PERSON]] | Top. [[Yasmina|PERSON]], wil je haar nummer in het LCMS zetten? Niet hier in de chat graag. |
| 07:15 | [[Yasmina|PERSON]] | Sorry! [[06 81 33 72 10|PHONE_NUMBER]] verwijder ik zo |
| 07:31 | [[Gijs|PERSON]] | {Watermanagementcentrum Nederland|ORG} verwacht de top donderdagochtend. |
| 07:40 | [[Sanne|PERSON]] | Dijkgraaf {Patrick van der Broeck|OFFICIAL} is om 10 uur bij het {ROT|ACRONYM}. |
| 08:02 | [[Ruud|PERSON]] | 👍 |
""",
)

DOCS["r20_signal_export_wethouder_staf"] = dict(
    producer="rl", font="DejaVuSansCondensed", size=9, title="Signal export",
    text="""
# Signal - groep "Staf wethouder Wonen"
Export {28-10-2025|DATE}. Leden: [[Jelle|PERSON]], [[Farah|PERSON]], [[Merel|PERSON]], [[+31 6 2210 4478|PHONE_NUMBER]]
[27-10-25 08:14] [[Jelle|PERSON]]: Goedemorgen. Wethouder {Hester van Buren|OFFICIAL} heeft om 11 uur het interview met {Het Parool|ORG} over de {Woonwijzer|PROGRAM}.
[27-10-25 08:16] [[Farah|PERSON]]: Ik heb de Q&A klaar. [[Merel|PERSON]], kun jij de cijfers van {Stadsdeel Nieuw-West|ORG} checken?
[27-10-25 08:21] [[Merel|PERSON]]: Ja. Ik zit vandaag in het stadsloket aan het {Osdorpplein|GOV_ADDRESS}.
[27-10-25 08:40] [[+31 6 2210 4478|PHONE_NUMBER]]: Hoi, dit is [[Koen|PERSON]] van de persvoorlichting, mijn nieuwe nummer. Journaliste [[Laila Bennani|PERSON]] vraagt of ze na afloop een foto mag maken.
[27-10-25 08:42] [[Jelle|PERSON]]: Prima. Let op: de bewoner die ze noemt, meneer [[De Graaff|PERSON]] van de {Pieter Calandlaan|GOV_ADDRESS}, wil niet met naam in de krant.
[27-10-25 09:03] [[Farah|PERSON]]: Genoteerd. Staatssecretaris {Vijlbrief|OFFICIAL} zei in 2022 iets vergelijkbaars, ik zoek het citaat.
[27-10-25 09:05] [[Merel|PERSON]]: Cijfers klopten, één correctie doorgestuurd.
""",
)

DOCS["r21_whatsapp_export_boa_team"] = dict(
    producer="writer", title="WhatsApp-chat met BOA team Centrum", author="[[Youssef Amrani|PERSON]]", font="DejaVu Sans Mono", size=8.5,
    text="""
WhatsApp-chat met BOA team Centrum
{14-06-2025|DATE} 22:03 - [[Youssef|PERSON]]: Melding overlast {Oudegracht|PLACE} ter hoogte van {Stadhuisbrug|PLACE}, groep jongeren met speaker
{14-06-2025|DATE} 22:05 - [[Chantal|PERSON]]: wij zitten bij {Neude|PLACE}, zijn er over 5 min
{14-06-2025|DATE} 22:11 - [[Chantal|PERSON]]: ter plaatse. 6 jongeren, 1 gegevens genoteerd: [[Dylan van Rijn|PERSON]] geb. [[03-02-2007|DATE_OF_BIRTH]]
{14-06-2025|DATE} 22:12 - [[Youssef|PERSON]]: Niet in de app zetten!! Gewoon in het mutatiesysteem
{14-06-2025|DATE} 22:12 - [[Chantal|PERSON]]: oeps sorry
{14-06-2025|DATE} 22:30 - [[+31 6 5590 2718|PHONE_NUMBER]]: Hier [[Bram|PERSON]] van de {Politie Midden-Nederland|ORG}, wij nemen het over bij de brug
{14-06-2025|DATE} 22:31 - [[Youssef|PERSON]]: Dank [[Bram|PERSON]]. [[Chantal|PERSON]] en [[Tim|PERSON]] gaan door naar het {Janskerkhof|PLACE}
{14-06-2025|DATE} 23:58 - [[Tim|PERSON]]: Einde dienst. Rapportage staat in {BOA-registratie|TERM}. Morgen om 10 uur briefing met [[Youssef|PERSON]] en teamleider [[Van Kempen|PERSON]]
""",
)

DOCS["r22_kamerbrief_concept_publieke_personen"] = dict(
    producer="writer", title="Concept Kamerbrief voortgang asielbeleid", author="[[Ruben Quist|PERSON]]", font="Nimbus Roman", size=10.5,
    header="CONCEPT - {Ministerie van Asiel en Migratie|ORG} - versie 0.4 - bewerkt door [[RQ|PARAPH]]",
    text="""
# Concept Kamerbrief: voortgang asielbeleid en Europese samenwerking
Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
{Postbus 20018|GOV_ADDRESS}
{2500 EA|GOV_ADDRESS} {Den Haag|PLACE}
Datum: {27 mei 2025|DATE}
Geachte voorzitter,
In het commissiedebat van {9 april 2025|DATE} heb ik toegezegd uw Kamer te informeren over de uitvoering van het {Migratiepact|PROGRAM}. Deze brief beantwoordt ook de vragen van de leden {Van Zanten|OFFICIAL} (BBB), {Piri|OFFICIAL} (GroenLinks-PvdA), {Brekelmans|OFFICIAL}... [nee, dit is de minister van Defensie, schrappen - [[RQ|PARAPH]]]
Mijn voorganger, oud-minister {Van der Burg|OFFICIAL}, heeft in 2023 met toenmalig minister-president {Rutte|OFFICIAL} afspraken gemaakt met {Tunesië|PLACE}. Die afspraken zijn in {Brussel|PLACE} besproken met Commissievoorzitter {Ursula von der Leyen|OFFICIAL} en de Italiaanse premier {Giorgia Meloni|OFFICIAL}. De Deense premier {Mette Frederiksen|OFFICIAL} en ik hebben op {15 mei 2025|DATE} een gezamenlijke brief aan de Commissie gestuurd, mede ondertekend door de Poolse premier {Donald Tusk|OFFICIAL}.
De {Adviesraad Migratie|ORG} en de {Raad van State|ORG} zijn om advies gevraagd. Het {COA|ACRONYM} meldt dat de bezetting van {Ter Apel|PLACE} op {20 mei 2025|DATE} 2.041 personen was. Burgemeester {Jaap Velema|OFFICIAL} van {Westerwolde|PLACE} is daarover geïnformeerd.
Ik ben de commissaris van de Koning in {Groningen|PLACE}, {René Paas|OFFICIAL}, erkentelijk voor zijn bemiddeling. Het lid {Dijk|OFFICIAL} (SP) vroeg naar de opvang in {Zoutkamp|PLACE}; daarop kom ik terug.
De minister van Asiel en Migratie,
{M.H.M. Faber-van de Klashorst|OFFICIAL}
!small Opsteller: [[Ruben Quist|PERSON]] (DGMI/DMB), [[ruben.quist@minaenm.nl|EMAIL_ADDRESS]], [[06 1902 4436|PHONE_NUMBER]]. Meegelezen: [[Anouk Zevenbergen|PERSON]] (DWJZ), [[Femke Oldenhuis|PERSON]] (IND).
""",
)
