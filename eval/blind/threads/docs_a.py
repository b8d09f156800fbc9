"""Documents 01-15."""
from people import *  # noqa: F401,F403
from people import DISC_NL, DISC_EN, sig, hdr
from framework import R, P


def d01():
    """BZK IT: Zero Trust reply chain (Outlook print)."""
    b = [("title", oudeman.inv), ("rule",)]
    b.append(hdr(oudeman.ol, "dinsdag 4 maart 2025 16:42",
                 [yilmaz.ol, "Team Noord", vdberg.ol, "servicedesk@minbzk.nl"],
                 "RE: Planning Go Live Zero Trust Security fase 2", cc=[kartosen.ol, weeldenburg.ol]))
    b += [("p", f"Hoi {yilmaz.first},"),
          ("p", "Dank voor de snelle reactie. Wat mij betreft houden we de Go Live op 17 maart, mits de "
                "Requirements voor de VPN-uitfasering voor vrijdag zijn afgetekend door de CISO. De Service Desk "
                "krijgt van ons een Cheat Sheet en de Release Notes, zodat ze de eerste week vragen kunnen "
                "afvangen. Team Noord draait de Hypercare."),
          ("p", f"{vdberg.first}, kun jij het Change Advisory Board van donderdag informeren? "
                f"{kartosen.first} en {weeldenburg.first} sluiten aan bij de Sprint Review."),
          ("p", "Groet,")]
    b += sig(oudeman, "Projectleider Zero Trust", ["Directie Digitale Samenleving", "DGDOO"], "BZK")
    b += [("rule",), hdr(yilmaz.olmailto, "dinsdag 4 maart 2025 11:05", [oudeman.ol],
                         "RE: Planning Go Live Zero Trust Security fase 2", cc=["Team Noord", vdberg.ol])]
    b += [("p", f"Dag {oudeman.first},"),
          ("p", "De Proof of Concept met Single Sign-On via Intune is geslaagd. Er staan nog twee open punten "
                "op de Backlog: de Multi Factor Authentication voor externe inhuur en de koppeling met Citrix. "
                f"Ik heb {weeldenburg.full} gevraagd de User Acceptance Test te plannen in week 11."),
          ("p", f"Mocht je mij niet kunnen bereiken, bel dan {vdberg.ini} op {vdberg.mob}."),
          ("p", "Met vriendelijke groet,")]
    b += sig(yilmaz, "Senior adviseur informatiebeveiliging", ["Directie Digitale Samenleving"], phone="mob")
    b += [("rule",), hdr(oudeman.ol, "maandag 3 maart 2025 09:17", [yilmaz.ol, "Team Noord"],
                         "Planning Go Live Zero Trust Security fase 2")]
    b += [("p", "Allen,"),
          ("p", "Zoals besproken in het MT-overleg wil de directeur de Roadmap voor Zero Trust Security vóór de "
                "zomer afronden. Graag jullie reactie op de voorgestelde planning (zie Excel in SharePoint)."),
          ("p", f"Groet, {oudeman.first}"),
          ("small", DISC_NL)]
    return b


def d02():
    """WhatsApp export GGD crisis team, first names only as senders."""
    b = [("title", "WhatsApp-chat met Crisisteam GGD Hollands Midden"),
         ("small", "Geëxporteerd op 14-03-2025. Berichten en oproepen zijn end-to-end versleuteld."), ("gap",)]
    L = [
        ("12-03-2025 07:58", kok.first, f"Goedemorgen. Melding binnen via crisisteam@ggd-hollandsmidden.nl over een uitbraak in Gouda. {schipper.first}, kun jij de lijn met het RIVM oppakken?"),
        ("12-03-2025 08:02", schipper.first, f"Ja. Ik bel {devries.full} in Bilthoven. Haar nummer: {devries.mob}"),
        ("12-03-2025 08:05", ramdin.first, "Ministerie is geïnformeerd. VWS wil om 11:00 een update voor het Bewindspersonenoverleg."),
        ("12-03-2025 08:11", kok.first, f"Top {ramdin.first}. Ik zet de woordvoeringslijn in Teams."),
        ("12-03-2025 08:19", ferreira.first, f"Locatie Alphen aan den Rijn is dicht tot nader order. {ferreira.full}, bereikbaar op {ferreira.mob}"),
        ("12-03-2025 08:24", meijer_d.first, f"Ik neem de contacten met de gemeente Katwijk. {kok.first}, wie is daar onze vaste contactpersoon?"),
        ("12-03-2025 08:26", kok.first, f"Mevrouw {R('PERSON', 'Scheepmaker', key='scheepmaker')}, bureau OOV. Direct: {R('PHONE_NUMBER', '071 406 5522')}."),
        ("12-03-2025 08:40", schipper.first, f"RIVM ({devries.sur}) bevestigt: monsters zijn onderweg naar het lab."),
        ("12-03-2025 09:14", ramdin.first, f"{meijer_d.first} en ik schuiven om 10:30 aan bij het ICCb. Wie neemt de notulen?"),
        ("12-03-2025 09:15", ferreira.first, "Ik."),
        ("12-03-2025 09:31", meijer_d.first, "Update voor VWS: 14 personen met klachten, 3 opgenomen in ziekenhuis. Geen namen in de app graag!"),
        ("12-03-2025 09:33", kok.first, "Terecht. Bel liever even als het over patiënten gaat."),
        ("12-03-2025 10:02", ramdin.first, f"Nieuwe versie van de Factsheet staat klaar. {schipper.first} en {ferreira.first}: check jullie de cijfers?"),
        ("12-03-2025 10:48", schipper.first, "Gecheckt, akkoord."),
        ("12-03-2025 12:10", devries.first, f"Hoi allemaal, {devries.full} hier (RIVM), {schipper.first} heeft me toegevoegd. Uitslag verwacht morgen 14:00."),
        ("13-03-2025 14:06", devries.first, "Uitslag binnen. Het gaat om norovirus, geen meldingsplichtige ziekte. Mail volgt naar jullie allemaal."),
        ("13-03-2025 14:09", kok.first, f"Dank {devries.first}! Ik bouw het Crisisteam af naar de staande organisatie. Bedankt allen."),
    ]
    for t, who, msg in L:
        b.append(("chat", f"[{t}] {who}: {msg}"))
    b += [("gap",), ("h", "Deelnemers"),
          ("table", ["Naam", "Telefoon"],
           [[kok.full, kok.mob], [schipper.full, schipper.mob], [ramdin.full, ramdin.mob],
            [ferreira.full, ferreira.mob], [meijer_d.full, meijer_d.mob], [devries.full, devries.mob]])]
    return b


def d03():
    """Invitation + attendance list Regiegroep; minister Keijzer vs civil servant Keijzer."""
    hj, ws, rm = P("Harm-Jan", "Dijkhuizen"), P("Wendelien", "Spaargaren"), P("Ricardo", "Monteiro")
    b = [hdr(keijzer_r.nm, "vrijdag 7 februari 2025 13:20",
             [f"{boer.ol}", f"{smit.ol}", f"{nguyen.ol}", "secretariaat.dgo@minbzk.nl"],
             "Verslag en presentielijst Regiegroep Digitale Overheid 5 februari", cc=[tromp.ol],
             att="Presentielijst RDO 5-2-2025.xlsx; Actielijst.docx")]
    b += [("p", "Beste leden van de Regiegroep,"),
          ("p", "Hierbij het verslag van de vergadering van 5 februari. Minister Keijzer heeft in het "
                "Bewindspersonenoverleg aangegeven dat zij het programma Digitale Overheid wil versnellen; de "
                "voorzitter vraagt de leden om vóór 1 maart hun prioriteiten aan te leveren."),
          ("p", f"Let op: ik ({keijzer_r.full}, secretaris van de Regiegroep) ben geen familie van de minister, "
                f"ook al krijg ik daar vaak vragen over. Stukken dus gewoon naar mij of naar het secretariaat."),
          ("h", "Presentielijst"),
          ("table", ["Naam", "Organisatie", "Functie", "Aanwezig"],
           [[boer.full, "BZK", "Voorzitter", "ja"],
            [smit.full, "Logius", "Servicemanager", "ja"],
            [nguyen.full, "BZK", "Senior beleidsmedewerker", "ja"],
            [tromp.full, "BZK", "Notulist", "ja"],
            [hj.full, "VNG", "Strategisch adviseur", "ja"],
            [ws.full, "UWV", "Information Manager", "afwezig"],
            [rm.full, "Kadaster", "Architect", "ja"],
            [keijzer_r.full, "BZK", "Secretaris", "ja"]]),
          ("h", "Actiepunten"),
          ("p", f"1. {smit.sur} (Logius) levert de Roadmap voor DigiD en MijnOverheid aan."),
          ("p", f"2. {hj.last} stemt met de VNG af over de Berichtenbox."),
          ("p", f"3. {nguyen.sur} en {tromp.sur} schrijven de beslisnota voor de minister."),
          ("p", f"Met vriendelijke groet,"), ]
    b += sig(keijzer_r, "Secretaris Regiegroep Digitale Overheid", ["DGDOO"], "BZK")
    b += [("small", DISC_NL)]
    return b


def d04():
    """Teams chat export Rijkswaterstaat/ProRail storing (reportlab)."""
    b = [("title", "Microsoft Teams - chatgeschiedenis"),
         ("p", "Chat: Storing Moerdijkbrug / spoorvervoer - 18 februari 2025"), ("rule",)]
    msgs = [
        (zwolle, "06:41", "Goedemorgen, Rijkswaterstaat meldt een storing aan de beweegbare brug. Verkeerscentrale is op de hoogte."),
        (bakker, "06:44", f"ProRail hier. Treinen rijden niet tussen Dordrecht en Breda. {zwolle.first}, hoe lang verwacht je?"),
        (zwolle, "06:47", "Monteur is onderweg, eerste inschatting twee uur."),
        (bulut, "06:52", f"Ik zet het door naar communicatie@prorail.nl en naar de NS. {bakker.first} belt de OvD."),
        (valkenburg, "07:05", "Vanuit IenW: de minister wil om 09:00 weten wat de impact is. Minister Madlener heeft vanmiddag een commissiedebat."),
        (dam, "07:08", f"Ik stuur {valkenburg.first} om 08:30 een korte notitie. {jong.first}, heb jij de storingshistorie van de brug?"),
        (jong, "07:15", "Ja, drie storingen sinds november. Ik zet de Excel in het kanaal."),
        (bakker, "07:31", f"Update: bussen ingezet. Contact voor de busvervoerder: {bakker.full}, {bakker.mob}."),
        (valkenburg, "07:40", f"Dank. {dam.full} en ik bellen om 08:45. Mijn mobiel: {valkenburg.mob}"),
        (zwolle, "08:55", "Brug is weer in bedrijf. Oorzaak: defecte sensor. Hotfix in de besturing gaat vanavond live."),
        (bulut, "09:02", "Eerste treinen rijden weer. Dank allen!"),
    ]
    for p, t, m in msgs:
        b += [("line", f"{p.full} {t}"), ("chat", m)]
    b += [("rule",), ("p", "Deelnemers: " + "; ".join(x.nm for x in (zwolle, bakker, bulut, valkenburg, dam, jong))),
          ("p", "Kanaal ook zichtbaar voor: frontoffice@rws.nl; pers@minienw.nl")]
    b += [("p", f"Opmerking Woo-coördinator: het gesprek speelde in Zwolle noch in Valkenburg; de deelnemers "
                f"werkten vanuit Utrecht en Den Haag.")]
    return b


def d05():
    """Woo-verzoek handling, citizen requester, functional mailbox."""
    b = [hdr("Woo VWS <woo@minvws.nl>", "woensdag 22 januari 2025 10:12", [beijring.nm],
             "Ontvangstbevestiging Woo-verzoek 2025-0142")]
    b += [("p", f"Geachte heer {beijring.sur},"),
          ("p", "Op 20 januari 2025 hebben wij uw verzoek op grond van de Wet open overheid (Woo) ontvangen. "
                "Uw verzoek gaat over de communicatie rondom CoronaMelder en de inzet van Bluetooth Low Energy "
                "in 2020 en 2021. Wij nemen uiterlijk op 17 februari 2025 een besluit."),
          ("p", "Heeft u vragen? Mail naar woo@minvws.nl of bel 070 340 7911 en vermeld het kenmerk."),
          ("p", "Met vriendelijke groet,"),
          ("line", "Team Woo"), ("line", "Ministerie van Volksgezondheid, Welzijn en Sport"), ("gap",),
          ("rule",),
          hdr(beijring.mailto, "maandag 20 januari 2025 21:47", ["woo@minvws.nl"],
              "Woo-verzoek CoronaMelder")]
    b += [("p", "Geachte heer, mevrouw,"),
          ("p", "Hierbij verzoek ik op grond van de Wet open overheid om alle documenten over de keuze voor "
                "Bluetooth Low Energy in de CoronaMelder-app, inclusief e-mails met Google en Apple over de "
                "publicatie in Google Play en de App Store."),
          ("p", f"U kunt mij bereiken op {beijring.mob} of per post op "
                f"{R('ADDRESS', 'Kastanjelaan 18', key='addr1', value='Kastanjelaan 18, 3818 GK Amersfoort')}, "
                f"{R('ADDRESS', '3818 GK', key='addr1', value='Kastanjelaan 18, 3818 GK Amersfoort')} Amersfoort."),
          ("p", "Met vriendelijke groet,"), ("line", beijring.full), ("gap",),
          ("rule",),
          hdr(heemskerk.ol, "donderdag 23 januari 2025 08:55", ["woo@minvws.nl"], "FW: Woo-verzoek CoronaMelder",
              cc=[vos.ol, kramer.ol])]
    b += [("p", "Collega's,"),
          ("p", f"Ik heb dit verzoek in behandeling genomen. {vos.first}, jij hebt destijds de Kamerbrieven over "
                f"CoronaMelder geschreven; kun jij een eerste zoekslag doen in SharePoint? {kramer.first}, graag "
                f"de DPIA en de Release Notes uit het archief."),
          ("p", f"Let op: de verzoeker ({beijring.ini}) heeft ook bij het RIVM en de GGD verzoeken ingediend."),
          ("p", "Groet,")]
    b += sig(heemskerk, "Jurist Woo", ["Directie Wetgeving en Juridische Zaken"], "VWS")
    b += [("small", DISC_NL)]
    return b


def d06():
    """Signal export woordvoering about Kamervragen (fpdf)."""
    b = [("title", "Signal - Woordvoering BZK (export)"),
         ("small", "Export van Signal-gesprek, 3 apr. 2025 - 4 apr. 2025"), ("gap",)]
    L = [
        ("2025-04-03 07:12", haddou.first, "Kamerlid Omtzigt heeft gisteravond Kamervragen ingediend over de Woo-achterstanden. Staatssecretaris Szabó wil vandaag een lijn."),
        ("2025-04-03 07:15", wiegman.first, f"Ik pak het op. {haddou.first}, wil jij de cijfers van de Directie Woo opvragen?"),
        ("2025-04-03 07:16", haddou.first, "Doe ik."),
        ("2025-04-03 07:40", lindeboom.first, f"Goedemorgen. NOS belt ook al. Ik verwijs naar de woordvoerder van dienst ({wiegman.full})."),
        ("2025-04-03 08:05", wiegman.first, f"Concept-woordvoeringslijn staat in Teams. {lindeboom.first} en {rosmalen.first}, graag reactie voor 09:00."),
        ("2025-04-03 08:31", rosmalen.first, "Eén opmerking: niet zeggen dat de achterstand 'vrijwel weg' is. Liever de cijfers noemen."),
        ("2025-04-03 08:47", lindeboom.first, f"Eens met {rosmalen.first}. Verder akkoord."),
        ("2025-04-03 09:10", wiegman.first, "Lijn is akkoord bij de staatssecretaris. Kamerlid Omtzigt krijgt binnen drie weken antwoord."),
        ("2025-04-03 13:22", haddou.first, f"Het lid Van der Plas (BBB) sluit zich aan bij de vragen, meldt de griffie."),
        ("2025-04-04 08:01", rosmalen.first, f"Voor de volledigheid: mijn nummer staat niet meer in de lijst, het is {rosmalen.mob}."),
        ("2025-04-04 08:03", wiegman.first, f"Dank {rosmalen.first}. {lindeboom.first}, jij staat dit weekend op piket, toch? Nummer {lindeboom.mob}?"),
        ("2025-04-04 08:04", lindeboom.first, "Klopt."),
    ]
    for t, who, msg in L:
        b.append(("chat", f"[{t}] {who}: {msg}"))
    b += [("gap",), ("h", "Leden van de groep"),
          ("line", f"{haddou.full} ({haddou.mob})"), ("line", f"{wiegman.full} ({wiegman.mob})"),
          ("line", f"{lindeboom.full} ({lindeboom.mob})"), ("line", f"{rosmalen.full}")]
    return b


def d07():
    """Subsidie e-mail with IBAN (valid + typo), RVO and OCW functional mailboxes."""
    hs = P("Gerdien", "Hofstede-Kamp", email="g.hofstede@stichtingleeuwerik.nl", tel="070-3201846")
    tolsma = P("Arjen", "Tolsma", mob="06 4427 1980")
    b = [("title", ploeg.inv), ("rule",),
         hdr(ploeg.ol, "maandag 10 maart 2025 15:03", [hs.nm],
             "RE: Aanvraag Subsidieregeling Cultuureducatie - rekeningnummer", cc=["subsidies@minocw.nl", groot.ol])]
    hof = hs.sur
    b += [("p", f"Beste mevrouw {hof},"),
          ("p", "Dank voor uw bericht. Het rekeningnummer in uw aanvraag is niet geldig: u noemt "
                f"{R('IBAN_CODE', 'NL19 ABNA 0532 9817 44', key='iban_typo')}. Waarschijnlijk bedoelt u "
                f"{R('IBAN_CODE', 'NL91 ABNA 0417 1643 00', key='iban_ok')}, het nummer dat ook in het Handelsregister "
                "bij de stichting staat. Wilt u dat bevestigen via subsidies@minocw.nl?"),
          ("p", "De beoordeling door RVO loopt door; vragen over Mijn RVO en eHerkenning kunt u stellen via "
                "info@rvo.nl of 088 042 4242."),
          ("p", "Met vriendelijke groet,")]
    b += sig(ploeg, "Beleidsmedewerker", ["Directie Cultuur en Erfgoed"], "OCW", phone="mob")
    b += [("rule",),
          hdr(hs.mailto,
              "vrijdag 7 maart 2025 11:48", ["subsidies@minocw.nl"], "Aanvraag Subsidieregeling Cultuureducatie")]
    b += [("p", "Geachte heer, mevrouw,"),
          ("p", "Namens Stichting De Leeuwerik dien ik de aanvraag in. Het bedrag kan worden overgemaakt op "
                f"{R('IBAN_CODE', 'NL19 ABNA 0532 9817 44', key='iban_typo')} t.n.v. de stichting. Onze penningmeester, "
                f"{tolsma.full}, is bereikbaar op {tolsma.mob}."),
          ("p", f"Met vriendelijke groet,"),
          ("line", hs.full), ("line", "voorzitter Stichting De Leeuwerik"),
          ("line", f"{R('ADDRESS', 'Vlietweg 3a', key='addr_hof', value='Vlietweg 3a, 2266 KA Leidschendam')}, "
                   f"{R('ADDRESS', '2266 KA', key='addr_hof', value='Vlietweg 3a, 2266 KA Leidschendam')} Leidschendam"),
          ("line", f"T {hs.tel}"), ("gap",),
          ("rule",),
          hdr(groot.ol, "maandag 10 maart 2025 15:20", [ploeg.ol], "RE: Aanvraag Subsidieregeling Cultuureducatie - rekeningnummer")]
    b += [("p", f"Hoi {ploeg.first}, prima zo. Wel even de SPUK-regeling erbuiten laten, die loopt via een ander spoor. "
                f"Groet, {groot.first}"),
          ("small", DISC_NL)]
    return b


def d08():
    """English/Dutch chain with EU partner; +31 (0)6, 0031 6 (reportlab DejaVu)."""
    b = [hdr(oconnor.nm, "Thursday, 6 February 2025 17:25", [f"{weeldenburg.ol}", f"{lukasik.ol}"],
             "RE: Interoperable Europe Act - Requirements workshop", cc=[claes.nm, visser.ol], en=True)]
    b += [("p", f"Dear {weeldenburg.first}, dear {lukasik.first},"),
          ("p", "Thank you for the draft Requirements. The European Commission would like to hold the workshop in "
                "Brussels on 19 March. Could the Dutch delegation bring the Cheat Sheet on Single Sign-On and the "
                "lessons from your Proof of Concept? Mr {claes.sur} from the Flemish government will also join."),
          ("p", "Kind regards,")]
    b += [("line", oconnor.full), ("line", "Policy Officer, DG DIGIT, Unit B.2"), ("line", "European Commission"),
          ("line", f"Tel. {oconnor.tel}"), ("gap",), ("small", "The content of this e-mail does not necessarily reflect the official position of the European Commission."),
          ("rule",)]
    b += [hdr(weeldenburg.ol, "Wednesday, 5 February 2025 09:02", [oconnor.nm], "Interoperable Europe Act - Requirements workshop",
              cc=[lukasik.ol, visser.ol], en=True)]
    b += [("p", f"Dear Ms {oconnor.sur},"),
          ("p", f"Please find attached our Requirements. My colleague {lukasik.full} (OCW) coordinates the education "
                f"part; I am your contact for BZK. For urgent matters you can call me on {weeldenburg.mob} or "
                f"{visser.full} on {visser.mob}."),
          ("p", "Best regards,")]
    b += sig(weeldenburg, "Senior beleidsmedewerker", ["Directie Digitale Samenleving"], "BZK", phone=None)
    b += [("rule",), hdr(lukasik.ol, "woensdag 5 februari 2025 08:31", [weeldenburg.ol], "RE: concept Requirements")]
    b += [("p", f"Hoi {weeldenburg.first}, prima stuk. Eén ding: noem {claes.last} niet als spreker, dat is nog niet "
                f"bevestigd. Ik ben morgen alleen mobiel bereikbaar: {lukasik.mob}. Groet, {lukasik.first}"),
          ("small", DISC_NL), ("small", DISC_EN)]
    return b


def d09():
    """Gmail-style quoted replies, 'Op ... schreef Jansen, K.'; staatssecretaris Jansen (IenW)."""
    b = [hdr(veenstra.nm, "ma 3 mrt 2025 om 15:40", [jansen_k.nm], "Re: Beantwoording Kamervragen fietsparkeren",
             cc=[dijk.nm, "pers@minienw.nl"])]
    b += [("p", f"Hoi {jansen_k.first},"),
          ("p", "Staatssecretaris Jansen wil de antwoorden vóór vrijdag in de Ministerraad-procedure hebben. "
                f"Ik heb jouw tekst over het fietsparkeren bij Utrecht Centraal overgenomen; {dijk.first} kijkt nog "
                "naar de cijfers van ProRail."),
          ("p", f"Groet, {veenstra.first}"), ("gap",),
          ("p", f"Op 3 maart 2025 om 11:02 schreef {jansen_k.inv_ini} <{jansen_k.email}>:"),
          ("q", f"Hoi {veenstra.first}, hierbij mijn input. De antwoorden op vraag 4 en 5 moeten nog langs de jurist. "
                f"Mevrouw {jansen_k.full} (dat ben ik) is volgende week met verlof, dus graag via {dijk.full}."),
          ("q", f"Groet, {jansen_k.first}"),
          ("q", f"Op 28 februari 2025 om 16:15 schreef {veenstra.full} <{veenstra.email}>:"),
          ("q", "> Collega's, de staatssecretaris heeft de Kamervragen van het lid Bontenbal (CDA) over fietsparkeren "
                "> toegewezen gekregen. Deadline conceptantwoorden: 5 maart."),
          ("q", f"> {veenstra.full}"),
          ("q", "> Beleidsmedewerker DG Mobiliteit"),
          ("q", f"> M {veenstra.mob}"), ("gap",),
          ("p", "--"), ]
    b += sig(veenstra, "Beleidsmedewerker", ["DG Mobiliteit"], "IenW", phone="mob")
    b += [("small", DISC_NL)]
    return b


def d10():
    """Routing e-mail with paraph codes and paraph table (fpdf)."""
    b = [("title", vdwerf.inv), ("rule",),
         hdr(vdwerf.ol, "donderdag 16 januari 2025 10:44",
             [vdberg.ol, degraaf.ol, bos.ol], "Paraafroute beslisnota Wet open overheid - actieve openbaarmaking",
             cc=["secretariaat.dgdoo@minbzk.nl"], att="Beslisnota actieve openbaarmaking v0.7.docx")]
    b += [("p", "Allen,"),
          ("p", "Hierbij de beslisnota over actieve openbaarmaking voor de paraafroute. "
                f"Volgorde: {vdberg.par} (inhoud), {degraaf.par} (juridisch), {bos.par} (financieel), daarna naar de directeur-generaal en staatssecretaris Szabó."),
          ("p", f"{vdberg.first}: jouw opmerkingen uit de vorige ronde zijn verwerkt (zie {vdwerf.par}-commentaar in de kantlijn)."),
          ("p", f"{degraaf.first}: graag speciaal letten op paragraaf 3 over de AVG."),
          ("p", f"{bos.first}: het bedrag in de Voorjaarsnota is nog niet definitief."),
          ("h", "Paraafblad"),
          ("table", ["Naam", "Functie", "Paraaf", "Datum"],
           [[vdberg.full, "Afdelingshoofd", vdberg.par, "17-01-2025"],
            [degraaf.full, "Jurist", degraaf.par, "17-01-2025"],
            [bos.full, "Adviseur", bos.par, "20-01-2025"],
            [vdwerf.full, "Senior beleidsmedewerker", vdwerf.par, "16-01-2025"]]),
          ("p", f"Reacties: {vdberg.par} akkoord 17/1 - {degraaf.par} akkoord met opmerking 17/1 - {bos.par} akkoord 20/1."),
          ("p", "Dank en groet,")]
    b += sig(vdwerf, "Senior beleidsmedewerker", ["Directie Openbaar Bestuur", "Team Woo-beleid"], "BZK")
    b += [("small", DISC_NL)]
    return b


def d11():
    """Burgemeester Halsema visit; 'Dag mevrouw De Wit' (docx)."""
    b = [hdr(rechteren.ol, "dinsdag 11 februari 2025 17:02", [dewit.nm], "RE: Werkbezoek burgemeester Halsema en minister Veldkamp",
             cc=[intveld.ol, vthof.ol])]
    b += [("p", f"Dag mevrouw {dewit.sur},"),
          ("p", "Dank voor het programma. Minister Veldkamp komt om 10:00 aan bij het stadhuis; burgemeester Halsema "
                "ontvangt hem. Na het gesprek volgt een rondgang bij Amsterdam Centraal met de Nationale Politie."),
          ("p", f"Voor de beveiliging neemt {intveld.full} (JenV) contact met u op; {vthof.ini} regelt de "
                "woordvoering. De NCTV is geïnformeerd."),
          ("p", "Met vriendelijke groet,")]
    b += [("line", f"jhr. mr. {rechteren.full}"), ("line", "Plaatsvervangend directeur Protocol"), ("line", "Ministerie van Buitenlandse Zaken"),
          ("line", f"M {rechteren.mob}"), ("gap",), ("rule",),
          hdr(dewit.nm, "dinsdag 11 februari 2025 14:30", [rechteren.ol], "Werkbezoek burgemeester Halsema en minister Veldkamp")]
    b += [("p", f"Beste heer {rechteren.sur},"),
          ("p", "In de bijlage vindt u het conceptprogramma. Femke Halsema heeft gevraagd om een kort persmoment; "
                "de gemeente Amsterdam regelt de locatie. Het stadhuis is bereikbaar via de algemene lijn 14 020."),
          ("p", f"Met vriendelijke groet,"), ("line", dewit.full), ("line", "Coördinator bestuurlijke bezoeken"),
          ("line", "Gemeente Amsterdam, Bureau Protocol"), ("line", f"T {dewit.tel}"), ("gap",),
          ("rule",), hdr(intveld.ol, "woensdag 12 februari 2025 08:12", [rechteren.ol], "RE: Werkbezoek",
                         cc=[vthof.ol])]
    b += [("p", f"{rechteren.first}, ik heb mevrouw {dewit.sur} gebeld. Beveiligingsplan volgt. {vthof.first} heeft "
                f"de woordvoerder van de burgemeester gesproken. Groet, {intveld.first} ({intveld.mob})"),
          ("small", DISC_NL)]
    return b


def d12():
    """Servicedesk ticket mail: service numbers, Teams, Google Play (reportlab Times)."""
    wg = P("Dennis", "Wagenaar", email="dennis.wagenaar@ssc-ict.nl", tel="070 888 1263")
    b = [hdr("Servicedesk SSC-ICT <servicedesk@ssc-ict.nl>", "woensdag 19 maart 2025 09:31", [ahmadi.nm],
             "[Incident INC-2025-118734] Microsoft Teams start niet na update Windows 11")]
    b += [("p", f"Beste {ahmadi.first},"),
          ("p", "Uw melding is geregistreerd in TOPdesk onder nummer INC-2025-118734. Een medewerker van de "
                "Service Desk neemt binnen vier uur contact met u op. Bij spoed kunt u bellen met 0800-8051 "
                "(intern 14 070)."),
          ("p", "Omschrijving door melder:"),
          ("q", f"Na de update van Windows 11 start Microsoft Teams niet meer. Ook de Authenticator-app uit Google Play "
                f"geeft een foutmelding bij Multi Factor Authentication. Collega {hagen.full} heeft hetzelfde probleem. "
                f"Ik ben bereikbaar op {ahmadi.mob}, {hagen.first} op {hagen.mob}."),
          ("p", "Met vriendelijke groet,"), ("line", "Service Desk SSC-ICT"), ("line", "T 0800-8051 (gratis)"),
          ("gap",), ("rule",),
          hdr(f"{wg.full} (SSC-ICT) <{wg.email}>",
              "woensdag 19 maart 2025 11:02", [ahmadi.nm], "RE: [Incident INC-2025-118734]", cc=["servicedesk@ssc-ict.nl"])]
    b += [("p", f"Hoi {ahmadi.first},"),
          ("p", "Bekend probleem: de Hotfix wordt vanmiddag via Intune uitgerold. In de bijlage de Cheat Sheet om "
                "Teams handmatig te herstellen. De Release Notes van de Hotfix staan op het Rijksportaal."),
          ("p", f"Ik heb ook {hagen.sur} gebeld en het ticket gekoppeld."),
          ("p", "Groet,"), ("line", wg.full), ("line", "Servicemanager werkplek"),
          ("line", f"T {wg.tel}"), ("gap",), ("small", DISC_NL)]
    return b


def d13():
    """WhatsApp export with CAPITALS header and Kolen-Doesburg (chromium)."""
    b = [("title", f"CHAT MET {kolen.caps}"),
         ("mono", "Exportdatum: 02-05-2025 - aantal berichten: 15"), ("gap",)]
    L = [
        ("28-04-2025 08:12", kolen.full, "Goedemorgen, ben je al binnen? De Woo-coördinator wil de inventarislijst vandaag."),
        ("28-04-2025 08:15", tromp.full, "Onderweg, trein bij Amersfoort. Ik kan om 9 uur bellen."),
        ("28-04-2025 08:16", kolen.full, f"Prima. Bel me op {kolen.mob}, niet op het vaste nummer."),
        ("28-04-2025 09:40", tromp.full, f"Lijst staat in SharePoint. Ik heb {hoekstra_e.full} gevraagd de dubbelingen eruit te halen."),
        ("28-04-2025 09:41", kolen.full, f"Is dat {hoekstra_e.first} van de Directie Woo? Niet verwarren met minister Hoekstra 😉"),
        ("28-04-2025 09:41", tromp.full, f"Haha ja. {hoekstra_e.first} van ons team."),
        ("28-04-2025 11:03", kolen.full, f"{kolen.alias('MARLIES')}: ik zit in Doesburg bij mijn moeder vanmiddag, dus mail is traag."),
        ("28-04-2025 11:20", tromp.full, f"Geen probleem. {hoekstra_e.full} mailt je de lijst."),
        ("29-04-2025 08:02", kolen.full, "Lijst ontvangen. Er staan nog namen in kolom F, die moeten eruit voor publicatie."),
        ("29-04-2025 08:05", tromp.full, f"Klopt. Ik vraag mevrouw {kolen.alias('Kolen')} - grapje, ik pak het zelf op."),
        ("29-04-2025 16:50", kolen.full, "Dank je! Stuk is naar de directeur. Minister Hoekstra wordt nergens genoemd, alleen in de bijlage van 2022."),
        ("30-04-2025 10:10", tromp.full, f"Mail van {hoekstra_e.email} doorgestuurd met de definitieve lijst."),
        ("30-04-2025 10:14", kolen.full, f"Top. Groet aan {hoekstra_e.first}."),
    ]
    for t, who, msg in L:
        b.append(("chat", f"{t} - {who}: {msg}"))
    b += [("gap",), ("mono", f"Contactkaart: {kolen.capsinv} | {kolen.mob} | {kolen.email}"),
          ("mono", f"Contactkaart: {tromp.caps} | {tromp.mob}")]
    return b


def d14():
    """Nobility and particles, CAPITALS signature (docx)."""
    b = [("title", ommeren.inv), ("rule",),
         hdr(ommeren.ol, "vrijdag 24 januari 2025 12:14", [f"{vthof.ol}", f"{intveld.ol}", f"{hendriks.ol}"],
             "Afstemming Voorjaarsnota - budget Woo-ondersteuning", cc=[ruiter.ol])]
    b += [("p", f"Beste {vthof.first}, {intveld.first} en {hendriks.first},"),
          ("p", "Minister Heinen wil in de Voorjaarsnota ruimte maken voor de uitvoering van de Wet open overheid. "
                "Financiën vraagt JenV en BZK om vóór 7 februari een onderbouwde Business Case."),
          ("p", f"Jonkvrouw {ommeren.sur} (dat ben ik, voor wie de aanhef in de vorige mail verwarrend vond) "
                f"coördineert namens de Inspectie der Rijksfinanciën. {ruiter.first} {ruiter.last} neemt het over tijdens mijn verlof."),
          ("p", "Hartelijke groet,"), ("gap",),
          ("line", f"jkvr. drs. {ommeren.caps}"), ("line", "SENIOR INSPECTEUR RIJKSBEGROTING"),
          ("line", "Ministerie van Financiën"), ("line", "Korte Voorhout 7 | 2511 CW | Den Haag"),
          ("line", f"T {ommeren.tel}"), ("line", "T 070 342 8000 (algemeen)"), ("gap",), ("rule",),
          hdr(vthof.ol, "vrijdag 24 januari 2025 14:50", [ommeren.ol], "RE: Afstemming Voorjaarsnota - budget Woo-ondersteuning",
              cc=[intveld.ol])]
    b += [("p", f"Geachte mevrouw {ommeren.sur},"),
          ("p", f"Namens JenV leveren {intveld.ini} en ik de onderbouwing aan. Staatssecretaris Struycken is akkoord "
                "met de lijn. Zie ook de notitie van de directeur Rechtsbestel."),
          ("p", "Met vriendelijke groet,"), ("gap",),
          ("line", vthof.caps), ("line", "Coördinator Woo-beleid"), ("line", "Ministerie van Justitie en Veiligheid"),
          ("line", "Turfmarkt 147 | 2511 DP | Den Haag"), ("line", f"M {vthof.mob}"), ("gap",),
          ("small", DISC_NL)]
    return b


def d15():
    """IND case e-mail: client with BSN and address (fpdf)."""
    client = P("Yohannes", "Tesfamariam", mob="+31 6 1870 4429")
    clsur = client.sur
    partner = P("Saba", "Tesfamariam-Haile")
    verm = P("Hélène", "Vermeulen")
    b = [hdr(ozturk.ol, "maandag 17 februari 2025 13:37", [faber_t.ol, chaouch.ol],
             "Dossier gezinshereniging - aanvullende stukken", cc=["klantcontact@ind.nl"])]
    b += [("p", f"Hoi {faber_t.first} en {chaouch.first},"),
          ("p", f"In het dossier van de heer {clsur} (BSN {R('NL_BSN', '192837464', key='bsn1')}) zijn de aanvullende "
                f"stukken binnen. Zijn adres is gewijzigd naar {R('ADDRESS', 'Prinses Irenestraat 41', key='addr_cl', value='Prinses Irenestraat 41, 5611 ZZ Eindhoven')}, "
                f"{R('ADDRESS', '5611 ZZ', key='addr_cl', value='Prinses Irenestraat 41, 5611 ZZ Eindhoven')} Eindhoven. De advocaat, mr. {verm.full}, "
                f"vraagt om een beslissing binnen de termijn."),
          ("p", "Minister Faber heeft in het commissiedebat toegezegd dat gezinsherenigingsaanvragen niet langer "
                "dan de wettelijke termijn blijven liggen. Let op: deze zaak staat bij de COA-locatie in Assen."),
          ("p", f"{faber_t.first}, jij bent geen familie van de minister neem ik aan? 😉 Graag de beslissing voorbereiden. "
                f"{chaouch.first}: kun jij de verificatie van de partner ({partner.full}) afronden?"),
          ("p", "Groet,")]
    b += sig(ozturk, "Senior beslismedewerker", ["IND, Directie Asiel en Bescherming", "Unit Nareis"], phone="mob")
    b += [("rule",), hdr(faber_t.ol, "maandag 17 februari 2025 15:02", [ozturk.ol], "RE: Dossier gezinshereniging")]
    b += [("p", f"{ozturk.first}, klopt, geen familie. Beslissing gaat morgen in concept naar {chaouch.sur}. "
                f"De heer {client.full} is telefonisch bereikbaar op {client.mob}, "
                f"volgens het dossier. Groet, {faber_t.full}"),
          ("small", "Aan dit bericht kunnen geen rechten worden ontleend. IND - Ministerie van Justitie en Veiligheid.")]
    return b
