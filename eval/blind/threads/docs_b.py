"""Documents 16-30."""
from people import *  # noqa: F401,F403
from people import DISC_NL, DISC_EN, sig, hdr
from framework import R, P


def d16():
    """Kamervragen afstemming; ministers/Kamerleden keep, staff redact; place-surnames (reportlab)."""
    b = [hdr(valkenburg.ol, "donderdag 13 februari 2025 18:20", [zwolle.ol, dijk.ol, "postbus.kamervragen@minvws.nl"],
             "Afstemming antwoorden Kamervragen Omtzigt en Dassen over hittestress op het spoor", cc=[veenstra.ol])]
    b += [("p", f"Beste {zwolle.first} en {dijk.first},"),
          ("p", "De Kamerleden Omtzigt (NSC) en Dassen (Volt) hebben vragen gesteld over hittestress bij spoorbruggen "
                "en de rol van Rijkswaterstaat en ProRail. Minister Madlener beantwoordt, minister Agema levert input "
                "over de gezondheidseffecten (via VWS)."),
          ("p", f"{zwolle.full} van Rijkswaterstaat: kun jij de passage over de brug bij Zwolle controleren? "
                f"{dijk.full}: de cijfers uit Limburg (Valkenburg en Meerssen) graag nog verifiëren bij de "
                "Veiligheidsregio Zuid-Limburg."),
          ("p", "Let op de naamgeving: in het antwoord op vraag 6 gaat het om de gemeente Valkenburg aan de Geul, "
                "niet om mij. En Zwolle is hier de stad, niet onze collega."),
          ("p", "Planning: concept naar de minister op 20 februari, daarna Ministerraad op 28 februari."),
          ("p", "Groet,")]
    b += sig(valkenburg, "Senior beleidsmedewerker", ["DG Mobiliteit", "Directie Openbaar Vervoer en Spoor"], "IenW")
    b += [("rule",), hdr(zwolle.ol, "vrijdag 14 februari 2025 08:03", [valkenburg.ol], "RE: Afstemming antwoorden Kamervragen")]
    b += [("p", f"Hoi {valkenburg.first}, passage klopt. Kleine correctie: het Kamerlid Dassen vroeg naar 2024, niet "
                f"2023. Verder heb ik {jong.full} (Rijkswaterstaat Zee en Delta) gevraagd mee te lezen. "
                f"Groet, {zwolle.first}"),
          ("line", zwolle.full), ("line", "Adviseur assetmanagement, Rijkswaterstaat"), ("line", f"M {zwolle.mob}"),
          ("gap",), ("small", DISC_NL)]
    return b


def d17():
    """Teams meeting chat + attendance report (chromium)."""
    b = [("title", "Vergaderchat: Kick-off Woo-platform koppeling"),
         ("p", "Microsoft Teams - 4 maart 2025, 10:00-11:15"), ("rule",)]
    msgs = [
        (lindeboom, "10:01", "Welkom allemaal, we beginnen zo. Agenda staat in het kanaal."),
        (okafor, "10:03", f"Hoi, {okafor.first} van Softwarehuis Noord hier. {kowalczyk.first} schuift later aan."),
        (baptiste, "10:06", "Vraag over de API: gebruiken we dezelfde Single Sign-On als bij het Rijksportaal?"),
        (lindeboom, "10:07", f"Goede vraag {baptiste.first}, dat nemen we mee in de Requirements."),
        (kowalczyk, "10:24", "Sorry voor de vertraging. Release Notes van versie 2.3 staan in Confluence."),
        (winter, "10:31", "Voor de DPIA heb ik een contactpersoon nodig bij de leverancier."),
        (kowalczyk, "10:32", f"Dat ben ik: {kowalczyk.email}, {kowalczyk.mob}"),
        (ahmadi, "10:50", "Actie voor mij: Acceptance Test plannen met de Service Desk."),
        (lindeboom, "11:12", f"Dank allen. Verslag volgt via {winter.first}."),
    ]
    for p, t, m in msgs:
        b += [("line", f"{p.full}   {t}"), ("chat", m)]
    b += [("h", "Aanwezigheidsrapport"),
          ("table", ["Naam", "Eerste deelname", "Laatste vertrek", "Duur", "E-mail", "Rol"],
           [[lindeboom.full, "10:00", "11:15", "1 u 15 min", lindeboom.email, "Organisator"],
            [baptiste.full, "10:02", "11:15", "1 u 13 min", baptiste.email, "Deelnemer"],
            [okafor.full, "10:02", "11:14", "1 u 12 min", okafor.email, "Deelnemer"],
            [kowalczyk.full, "10:24", "11:14", "50 min", kowalczyk.email, "Deelnemer"],
            [winter.full, "10:05", "11:15", "1 u 10 min", winter.email, "Deelnemer"],
            [ahmadi.full, "10:09", "11:02", "53 min", ahmadi.email, "Deelnemer"],
            ["Team Noord (ruimte 4.12)", "10:00", "11:15", "1 u 15 min", "team-noord@minbzk.nl", "Deelnemer"]]),
          ("small", "Gegenereerd door Microsoft Teams. Verzonden vanaf noreply@teams.microsoft.com.")]
    return b


def d18():
    """Forwarded messages with many phone shapes (docx)."""
    b = [hdr(kuiper.ol, "maandag 24 maart 2025 09:12", [lambert.nm, f"{vthof.ol}"], "FW: Bereikbaarheid crisisoverleg",
             cc=[intveld.ol])]
    b += [("p", f"{lambert.first}, {vthof.first},"),
          ("p", "Zie hieronder de bereikbaarheidslijst voor het weekend. Alleen voor intern gebruik; deel hem niet in "
                "WhatsApp-groepen. Algemene meldingen via de NCTV (088 789 0000) of de politie (0900-8844)."),
          ("p", f"Groet, {kuiper.first}"), ("gap",),
          ("p", "-----Oorspronkelijk bericht-----"),
          ("hdr", [("Van", kuiper.nm), ("Verzonden", "vrijdag 21 maart 2025 17:44"),
                   ("Aan", f"{lambert.nm}; {intveld.nm}"), ("Onderwerp", "Bereikbaarheid crisisoverleg")])]
    ph = [P("Dirk-Jan", "Roozendaal", tel="023 7499587"), P("Mariska", "Heuvelmans", tel="075-9279821"),
          P("Bas", "Kerckhaert", tel="+31 45 7053318"), P("Yara", "Sedney", mob="+31 (0)6 2871 4403"),
          P("Gert", "Oldenkamp", mob="0031 6 4412 0087"), P("Annemijn", "Tuinstra", mob="06 1234 5602")]
    b += [("p", "Bereikbaarheid zaterdag en zondag:"),
          ("table", ["Naam", "Rol", "Telefoon"],
           [[ph[0].full, "OvD Noord-Holland", ph[0].tel], [ph[1].full, "Plaatsvervanger, Zaandam", ph[1].tel],
            [ph[2].full, "Liaison Limburg (Heerlen)", ph[2].tel], [ph[3].full, "Woordvoerder", ph[3].mob],
            [ph[4].full, "Jurist", ph[4].mob], [ph[5].full, "Secretaris", ph[5].mob],
            [lambert.full, "Politie, liaison", lambert.mob], [kuiper.full, "Coördinator", kuiper.mob]]),
          ("p", f"Mocht {ph[3].first} niet opnemen, bel dan {ph[5].first} ({ph[5].mob}). Het algemene nummer van het "
                "ministerie (070 370 7911) is in het weekend niet bemand."),
          ("p", "---------- Doorgestuurd bericht ----------"),
          ("p", f"Van: {intveld.full} <{intveld.email}>"), ("p", "Datum: vr 21 mrt 2025 om 16:02"),
          ("p", "Onderwerp: Re: Bereikbaarheid"),
          ("q", f"Ik ben bereikbaar op {intveld.mob}, of via mijn privénummer {R('PHONE_NUMBER', '06-19284736')}. "
                f"Groet, {intveld.first}"),
          ("small", DISC_NL)]
    return b


def d19():
    """Project team chat 'Naam HH:MM' style (fpdf)."""
    b = [("title", "Chatexport - Projectteam Subsidieportaal"), ("small", "Kanaal: Algemeen - 10 t/m 12 juni 2025"), ("rule",)]
    msgs = [
        (brouwer, "10-06 09:02", "Morgen. De Go Live van het nieuwe portaal schuift naar 1 juli, zegt RVO."),
        (mulder, "10-06 09:05", f"Weet de minister het al? {vleeuwen.first} zou een nota maken."),
        (vleeuwen, "10-06 09:20", "Nota is onderweg. Minister Beljaarts heeft het Commissiedebat pas in september."),
        (brouwer, "10-06 10:47", "Support van de leverancier loopt via support@brightlane.eu. Escalatie via mij."),
        (goncalves, "10-06 11:15", f"Hi all, {goncalves.first} from Brightlane. The Hotfix for eHerkenning is in the Release."),
        (astrom, "10-06 11:18", f"Confirmed. {goncalves.first} and I will join the Stand-up tomorrow."),
        (mulder, "11-06 08:58", f"Stand-up over 2 min, link in Teams. {brouwer.first} jij zit voor?"),
        (brouwer, "11-06 09:00", "Ja."),
        (vleeuwen, "12-06 14:30", f"Voor de notulen: actiehouder Mijn RVO is {brouwer.full}, Roadmap bij {mulder.full}."),
        (astrom, "12-06 16:02", f"Sending the Service Level Agreement draft to {vleeuwen.email} now."),
    ]
    for p, t, m in msgs:
        b += [("line", f"{p.first} {t}"), ("chat", m)]
    b += [("rule",), ("h", "Leden"),
          ("table", ["Naam", "Organisatie", "E-mail"],
           [[brouwer.full, "RVO", brouwer.email], [mulder.full, "EZ", mulder.email], [vleeuwen.full, "EZ", vleeuwen.email],
            [goncalves.full, "Brightlane", goncalves.email], [astrom.full, "Brightlane", astrom.email]])]
    return b


def d20():
    """Outlook with long CC list incl. teams (reportlab DejaVu)."""
    people = [boer, brink, hagen, tromp, wolters, ahmadi, haddou, wiegman, lindeboom, nguyen, baptiste, rosmalen]
    b = [("title", winter.inv), ("rule",),
         hdr(winter.ol, "maandag 2 juni 2025 08:30", ["Team Noord", "Team Zuid", "Directie Openbaar Bestuur"],
             "Uitnodiging Lessons Learned Woo-verzoeken 2024", cc=[p.ol for p in people])]
    b += [("p", "Beste collega's,"),
          ("p", "Graag nodig ik jullie uit voor de Lessons Learned-sessie over de afhandeling van Woo-verzoeken in "
                "2024. We bespreken de doorlooptijden, de samenwerking met de Directie Communicatie en de inzet van "
                "de nieuwe zoektool in SharePoint."),
          ("p", f"Praktisch: {brink.first} en {hagen.first} bereiden de casus voor; {wolters.full} (T {wolters.tel}) "
                f"regelt de zaal in de Hoftoren. Wie niet kan, graag afmelden bij {tromp.ini}."),
          ("p", "Met vriendelijke groet,")]
    b += sig(winter, "Teamleider Woo", ["Directie Openbaar Bestuur"], "BZK")
    b += [("small", DISC_NL)]
    return b


def d21():
    """RIVM/GGD vaccination logistics, phone shapes, switchboards (chromium)."""
    b = [hdr(dekker.nm, "woensdag 9 april 2025 14:05", [kok.nm, schipper.nm, sluis.ol],
             "RE: Levering vaccins regio Hollands Midden", cc=[devries.nm, "crisisteam@ggd-hollandsmidden.nl"])]
    b += [("p", f"Beste {kok.first},"),
          ("p", "De levering voor de GGD Hollands Midden komt donderdag tussen 08:00 en 10:00 aan in Leiden. De "
                "chauffeur belt vooraf. Bij problemen kunt u het RIVM bereiken via het algemene nummer 030 274 9111; "
                f"voor de logistiek is {devries.full} direct bereikbaar op {devries.tel}."),
          ("p", f"{sluis.first} (VWS) heeft gevraagd om een overzicht per locatie voor minister Agema en "
                "staatssecretaris Tielen."),
          ("p", "Met vriendelijke groet,")]
    b += [("line", dekker.full), ("line", "Logistiek coördinator vaccinatieprogramma"), ("line", "RIVM"),
          ("line", "Antonie van Leeuwenhoeklaan 9, Bilthoven"), ("line", f"T {dekker.tel}"), ("gap",), ("rule",),
          hdr(kok.nm, "woensdag 9 april 2025 11:20", [dekker.nm], "Levering vaccins regio Hollands Midden", cc=[schipper.nm])]
    b += [("p", f"Hoi {dekker.first},"),
          ("p", f"Wij ontvangen graag in Leiden. Contactpersoon ter plaatse is {schipper.full}, {schipper.mob}. "
                f"Zelf ben ik bereikbaar op {kok.mob}. Voor vragen van burgers verwijzen we naar 0800-1351."),
          ("p", f"Groet,"), ("line", kok.full), ("line", "Teamleider infectieziektebestrijding"),
          ("line", "GGD Hollands Midden"), ("line", f"M {kok.mob}"), ("gap",),
          ("rule",), hdr(sluis.ol, "woensdag 9 april 2025 15:40", [dekker.nm], "RE: Levering vaccins", cc=[reinders.ol])]
    b += [("p", f"Dank {dekker.first}. {reinders.first} maakt er een overzicht van voor het Bewindspersonenoverleg. "
                f"Bel mij gerust: {sluis.mob}."),
          ("line", sluis.full), ("line", "Senior beleidsmedewerker, Directie Publieke Gezondheid"), ("gap",),
          ("small", DISC_NL)]
    return b


def d22():
    """Procurement / supplier portal Go Live with company staff (docx)."""
    b = [hdr(timmer.ol, "dinsdag 15 april 2025 16:55", [molenaar.ol, groot.ol], "Go Live leveranciersportaal - Requirements en Cheat Sheet",
             cc=[okafor.nm, "info@softwarehuis-noord.nl"])]
    b += [("p", f"Beste {molenaar.first} en {groot.first},"),
          ("p", "Namens Deltaplan Advies stuur ik de laatste versie van de Requirements en de Cheat Sheet voor "
                "eindgebruikers. De Go Live staat gepland op 12 mei; de Hypercare duurt vier weken. Albert Heijn "
                "en KPN gebruiken hetzelfde portaal al sinds vorig jaar."),
          ("p", f"{okafor.full} van Softwarehuis Noord verzorgt de training. Hij is bereikbaar op {okafor.mob}."),
          ("p", "Met vriendelijke groet,"), ("line", timmer.full), ("line", "Senior adviseur | Deltaplan Advies"),
          ("line", f"{R('ADDRESS', 'Oudegracht 212', key='dp_addr', value='Oudegracht 212, 3511 NR Utrecht')}, "
                   f"{R('ADDRESS', '3511 NR', key='dp_addr', value='Oudegracht 212, 3511 NR Utrecht')} Utrecht"),
          ("line", f"M {timmer.mob}"), ("gap",),
          ("rule",), hdr(molenaar.ol, "woensdag 16 april 2025 09:10", [timmer.ol], "RE: Go Live leveranciersportaal",
                         cc=[groot.ol, ploeg.ol])]
    b += [("p", f"Beste {timmer.first},"),
          ("p", f"Dank. Wij missen nog de Dienstverleningsovereenkomst en de DPIA. {ploeg.first} neemt de Acceptance "
                "Test voor zijn rekening. Graag ook de contactgegevens van jullie Data Protection Officer."),
          ("p", "Met vriendelijke groet,")]
    b += sig(molenaar, "Projectleider inkoop", ["Directie Bedrijfsvoering"], "OCW", phone="tel")
    b += [("small", DISC_NL)]
    return b


def d23():
    """English e-mail from EU partner about Google Play app (fpdf)."""
    b = [hdr(astrom.nm, "Tuesday, May 20, 2025 3:14 PM", [lukasik.nm, goncalves.nm],
             "Re: Release Notes app 4.1 - Google Play review", cc=[P("Henrik", "Lindqvist", email="henrik.lindqvist@brightlane.eu").nm], en=True)]
    lind = P("Henrik", "Lindqvist", email="henrik.lindqvist@brightlane.eu")
    b += [("p", f"Hi {lukasik.first},"),
          ("p", "Google Play has approved version 4.1. The App Store review is still pending. The Release Notes "
                "mention the new Bluetooth Low Energy scanning mode; please check the Dutch translation."),
          ("p", f"{lind.first} will handle the Go Live on Thursday. If anything breaks, call me on {astrom.tel} or "
                f"{goncalves.first} on {goncalves.mob}."),
          ("p", "Best,"), ("line", astrom.full), ("line", "Head of Unit Mobile, Brightlane"), ("line", "Stockholm"),
          ("gap",), ("rule",),
          hdr(lukasik.nm, "Tuesday, May 20, 2025 10:02 AM", [astrom.nm], "Release Notes app 4.1 - Google Play review", en=True)]
    b += [("p", f"Dear {astrom.first},"),
          ("p", "The Ministry of Education (OCW) would like to see the Release Notes before the Release. Our Service "
                "Desk needs a Cheat Sheet as well. Questions from students go to DUO."),
          ("p", "Kind regards,")]
    b += sig(lukasik, "Product Owner", ["Directie Kennis"], "OCW")
    b += [("small", DISC_EN)]
    return b


def d24():
    """WhatsApp group Crisisteam Limburg: Valkenburg place vs person (reportlab Times)."""
    vk = P("Jos", "Valkenburg", mob="06-37720148", key="Jos_Valkenburg")
    hm = P("Annick", "Houben", mob="06 4905 1823")
    cr = P("Luc", "Crombach", mob="+31 6 1184 7739")
    b = [("title", "WhatsApp - Crisisteam Zuid-Limburg (export)"), ("small", "Export 16-07-2025"), ("gap",)]
    L = [
        ("14-07-2025 06:10", hm.first, "Waterstand Geul stijgt snel. Valkenburg en Gulpen krijgen vanochtend een waarschuwing."),
        ("14-07-2025 06:14", vk.first, f"Hier {vk.full}. Ik sta bij de brug in Valkenburg, water staat 40 cm onder de kade."),
        ("14-07-2025 06:15", cr.first, "Burgemeester is gebeld. Veiligheidsberaad om 08:00."),
        ("14-07-2025 06:40", hm.first, f"{vk.first}, kun jij om 07:30 een update geven? Mijn nummer {hm.mob}."),
        ("14-07-2025 06:41", vk.first, "Doe ik."),
        ("14-07-2025 07:32", vk.first, "Update: kade houdt. Rijkswaterstaat monitort de Maas bij Venlo en Roermond."),
        ("14-07-2025 08:55", cr.first, "Minister Van Weel vraagt om een beeld voor 12:00. Staatssecretaris Jansen (IenW) is ook geïnformeerd."),
        ("14-07-2025 09:02", hm.first, f"{cr.first}, ik maak het beeld. {vk.first} levert foto's."),
        ("14-07-2025 13:45", vk.first, "Water zakt. Camping in Valkenburg is ontruimd, niemand gewond."),
        ("15-07-2025 08:00", cr.first, "Dank allen. Afschaling naar de staande organisatie."),
    ]
    for t, who, msg in L:
        b.append(("chat", f"[{t}] {who}: {msg}"))
    b += [("gap",), ("h", "Groepsleden"),
          ("line", f"{vk.full} - {vk.mob}"), ("line", f"{hm.full} - {hm.mob}"), ("line", f"{cr.full} - {cr.mob}")]
    return b


def d25():
    """Outlook chain with the minister-president's office; civil servant Schoof (chromium)."""
    b = [("title", schoof_r.inv), ("rule",),
         hdr(schoof_r.ol, "maandag 19 mei 2025 19:04", [dejonge_m.ol, f"{keijzer_r.ol}"], "RE: Voorbereiding Ministerraad 23 mei",
             cc=["ministerraad@minaz.nl"])]
    b += [("p", f"Beste {dejonge_m.first},"),
          ("p", "De minister-president wil het punt over de Woo-achterstanden op de agenda van de Ministerraad. "
                "Minister-president Schoof vraagt minister Uitermark om een korte toelichting; staatssecretaris "
                "Szabó is aanwezig voor de digitaliseringsparagraaf."),
          ("p", f"Ter voorkoming van misverstanden: ik ({schoof_r.full}, AZ) stuur dit namens het secretariaat van de "
                f"Ministerraad, niet namens de minister-president zelf."),
          ("p", "Groet,")]
    b += sig(schoof_r, "Senior adviseur", ["Ministerie van Algemene Zaken", "Directie Algemene Regeringszaken"], None)
    b += [("rule",), hdr(dejonge_m.ol, "maandag 19 mei 2025 16:30", [schoof_r.ol], "Voorbereiding Ministerraad 23 mei",
                         cc=[keijzer_r.ol])]
    b += [("p", f"Hoi {schoof_r.first},"),
          ("p", "In 2023 heeft minister De Jonge (toen VRO) iets vergelijkbaars gedaan; ik stuur je die beslisnota. "
                f"Minister Keijzer heeft daar destijds als staatssecretaris ook aan bijgedragen. {keijzer_r.full} "
                "kijkt naar de financiële paragraaf."),
          ("p", f"Groet, {dejonge_m.first}")]
    b += sig(dejonge_m, "Beleidsmedewerker", ["DGDOO", "Directie Openbaar Bestuur"], "BZK")
    b += [("small", DISC_NL)]
    return b


def d26():
    """Mail with minutes and action items by initials (docx)."""
    b = [hdr(brink.nm, "donderdag 5 juni 2025 17:15", ["Team Noord"], "Verslag MT-overleg 5 juni + actiepunten",
             cc=[vdberg.ol, vdwerf.ol, degraaf.ol, bos.ol])]
    b += [("p", "Beste collega's,"),
          ("p", "Hieronder het verslag van het MT-overleg. Aanwezig: "
                f"{vdberg.full} (voorzitter), {vdwerf.full}, {degraaf.full}, {bos.full}, {brink.full} (notulist). "
                f"Afwezig: {oudeman.full}."),
          ("h", "Actiepunten"),
          ("table", ["Nr", "Actie", "Wie", "Wanneer"],
           [["1", "Roadmap Woo-platform afstemmen met Logius", vdberg.par, "20 juni"],
            ["2", "Reactie op Kamervragen Omtzigt voorbereiden", vdwerf.par, "13 juni"],
            ["3", "Juridische toets DPIA zoektool", degraaf.par, "27 juni"],
            ["4", "Budget Voorjaarsnota verwerken", bos.par, "1 juli"],
            ["5", "Planning Zero Trust Security toelichten", oudeman.par, "volgend MT"]]),
          ("p", f"Toelichting bij 5: {oudeman.par} ({oudeman.first}) was afwezig; {vdberg.par} informeert hem."),
          ("p", "Volgende vergadering: 19 juni, Turfmarkt 147, zaal 12.04."),
          ("p", f"Groet, {brink.first}")]
    b += sig(brink, "Management-assistent", ["Directie Openbaar Bestuur"], "BZK", phone="mob")
    return b


def d27():
    """IT e-mail thread with non-ASCII local part (fpdf)."""
    b = [hdr(verbeek.nm, "vrijdag 27 juni 2025 11:41", [smit.ol, haan.ol], "Zero Trust - koppeling Logius en Service Desk",
             cc=["helpdesk@logius.nl", beijring.nm])]
    b += [("p", f"Hoi {smit.first} en {haan.first},"),
          ("p", "Voor de Zero Trust-architectuur bij VWS hebben we nog een beslissing nodig over Single Sign-On "
                "via eHerkenning. Ik heb de Requirements en een Business Case opgesteld. Logius kan de Proof of "
                "Concept in juli draaien."),
          ("p", f"Externe tester {beijring.full} ({beijring.email}) doet de penetratietest. Hij werkt als zzp'er, "
                f"dus graag zijn gegevens niet verder delen."),
          ("p", "Groet,"), ("line", verbeek.full), ("line", "Architect, Organisatie Adviesgroep"),
          ("line", f"M {verbeek.mob}"), ("line", verbeek.email), ("gap",), ("rule",),
          hdr(haan.ol, "vrijdag 27 juni 2025 13:02", [verbeek.nm], "RE: Zero Trust - koppeling Logius en Service Desk",
              cc=[smit.ol])]
    b += [("p", f"Dag {verbeek.first},"),
          ("p", "Dank. De CISO wil eerst de Baseline Informatiebeveiliging Overheid (BIO) toets zien. Ik zet het "
                f"op de agenda van het Change Advisory Board. {smit.full} neemt contact op met de Service Desk."),
          ("p", "Hartelijke groet,")]
    b += sig(haan, "Informatiemanager", ["Directie Informatiebeleid / CIO-office"], "VWS")
    b += [("small", DISC_NL)]
    return b


def d28():
    """Citizen complaint with address, IBAN, BSN; reply from klantcontact (reportlab)."""
    c = P("Wilhelmina", "Zuidervaart-Oosting", email="w.zuidervaart@ziggo.nl", mob="06-22908416", key="burger")
    b = [hdr(c.mailto, "zondag 2 maart 2025 20:13", ["klachten@rvo.nl"], "Klacht over terugvordering subsidie")]
    b += [("p", "Geachte heer, mevrouw,"),
          ("p", "Op 14 februari ontving ik een brief waarin RVO een bedrag terugvordert. Ik heb het bedrag al "
                f"overgemaakt vanaf rekening {R('IBAN_CODE', 'NL20 INGB 0001 2345 67')}. Mijn BSN is "
                f"{R('NL_BSN', '111222333')}. In de brief staat een verkeerd rekeningnummer van mij: "
                f"{R('IBAN_CODE', 'NL20 INGB 0001 2354 67')}."),
          ("p", f"Mijn adres: {R('ADDRESS', 'Burgemeester Grothestraat 7', key='c_addr', value='Burgemeester Grothestraat 7, 8031 BK Zwolle')}, "
                f"{R('ADDRESS', '8031 BK', key='c_addr', value='Burgemeester Grothestraat 7, 8031 BK Zwolle')} Zwolle. "
                f"Telefoon {c.mob}."),
          ("p", "Hoogachtend,"), ("line", c.full), ("gap",), ("rule",),
          hdr("Klantcontact RVO <klachten@rvo.nl>", "maandag 3 maart 2025 10:02", [c.nm], "RE: Klacht over terugvordering subsidie",
              cc=[brouwer.ol])]
    b += [("p", f"Geachte mevrouw {c.sur},"),
          ("p", f"Dank voor uw bericht. Uw klacht is in behandeling bij {brouwer.full}. Hij neemt binnen tien "
                "werkdagen contact met u op. Voor algemene vragen kunt u bellen met 088 042 4242 of mailen naar "
                "info@rvo.nl."),
          ("p", "Met vriendelijke groet,"), ("line", "Klantcontact RVO"),
          ("line", "Rijksdienst voor Ondernemend Nederland"), ("gap",),
          ("rule",), hdr(brouwer.ol, "maandag 3 maart 2025 14:40", [mulder.ol], "FW: Klacht over terugvordering subsidie")]
    b += [("p", f"{mulder.first}, ter info: mevrouw {c.sur} uit Zwolle heeft gelijk, het IBAN in onze brief bevat een "
                "cijferfout. Ik bel haar morgen. Groet, " + brouwer.first),
          ("small", DISC_NL)]
    return b


def d29():
    """Teams chat app release, diacritics (chromium)."""
    b = [("title", "Teams-chat: Release CoronaMelder-archief app"), ("p", "Export 3 oktober 2025"), ("rule",)]
    msgs = [
        (lukasik, "09:01", f"Goedemorgen! {goncalves.first}, staat de build klaar voor Google Play?"),
        (goncalves, "09:05", "Yes, build 5.0.2. Release Notes in Confluence. Bluetooth Low Energy module removed."),
        (astrom, "09:12", f"{lukasik.first}, we need the Dutch Release Notes before 12:00."),
        (lukasik, "09:14", f"{elamrani.first} vertaalt ze. {elamrani.full}, lukt dat?"),
        (elamrani, "09:30", "Ja, om 11:00 klaar. Graag nog een check door de jurist."),
        (reinders, "10:10", f"Ik check. Let op: de naam van de minister hoeft er niet in. En {astrom.sur}, please mail {reinders.email}."),
        (astrom, "10:12", "Noted."),
        (elamrani, "11:02", "Vertaling staat in SharePoint."),
        (goncalves, "11:48", "Submitted to Google Play and App Store. Go Live expected tomorrow."),
        (lukasik, "11:50", f"Top! Dank {goncalves.first}, {astrom.first} en {elamrani.first}."),
    ]
    for p, t, m in msgs:
        b += [("line", f"{p.full} {t}"), ("chat", m)]
    b += [("rule",), ("p", "Deelnemers: " + ", ".join(p.full for p in (lukasik, goncalves, astrom, elamrani, reinders))),
          ("p", f"Contact: {lukasik.ol}; {elamrani.ol}")]
    return b


def d30():
    """Kamerlid Van der Plas, burgemeester Dijksma; 'het lid Jansen van de werkgroep' (docx)."""
    jw = P("Hanna", "Jansen", email="hanna.jansen@minlvvn.nl", mob="06-30417729", key="Hanna_Jansen")
    b = [hdr(wijnands.ol, "dinsdag 8 juli 2025 12:30", [postma.ol, tahiri.ol, jw.ol], "Werkgroep mestbeleid - verslag",
             cc=["woo@minienw.nl"])]
    b += [("p", f"Beste {postma.first}, {tahiri.first} en {jw.first},"),
          ("p", "Kamerlid Van der Plas (BBB) heeft in het commissiedebat gevraagd naar de gevolgen voor "
                "melkveehouders in Friesland en Drenthe. Minister Wiersma zegde een Kamerbrief toe vóór Prinsjesdag. "
                "Burgemeester Dijksma van Utrecht heeft namens de G4 een brief gestuurd over stikstof en woningbouw."),
          ("p", f"In de werkgroep bracht het lid {jw.full} van de werkgroep naar voren dat de cijfers van het CBS "
                f"verouderd zijn. {tahiri.full} (SZW) vraagt aandacht voor de arbeidsmarkt."),
          ("p", f"Actie: {postma.ini} stemt af met het Kadaster; {jw.ini} maakt de Factsheet."),
          ("p", "Met vriendelijke groet,")]
    b += [("line", wijnands.full), ("line", "Programmamanager mest"), ("line", "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"),
          ("line", f"M {wijnands.mob}"), ("gap",), ("rule",),
          hdr(tahiri.ol, "dinsdag 8 juli 2025 15:02", [wijnands.ol], "RE: Werkgroep mestbeleid - verslag", cc=[jw.ol])]
    b += [("p", f"Dag {wijnands.first}, één aanvulling: de motie-Van der Plas vraagt ook om een Rondetafelgesprek. "
                f"{jw.first} en ik pakken dat op. Mijn mobiel is {tahiri.mob}. Groet, {tahiri.first}"),
          ("small", DISC_NL)]
    return b
