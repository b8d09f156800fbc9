"""Minutes, decision lists and speaker-turn reports."""
from lib import Doc


def m01():
    d = Doc("ah01-verslag-stuurgroep-jeugd", "rl", dom="utrechtwest.nl",
            header="Regio Utrecht-West | Stuurgroep Jeugdhulp | verslag", footer="Vastgesteld in de vergadering van 9 oktober 2025")
    K = d.K
    vz = d.person("nl"); sec = d.person("ma"); a = d.person("sr"); b = d.person("nl"); c = d.person("fy")
    e = d.person("tr"); f = d.person("nl"); g = d.person("pl")
    d.meta["Author"] = sec.full()
    d.title("Verslag Stuurgroep Jeugdhulp " + K("Regio Utrecht-West"))
    d.kv([("Datum", K("11 september 2025", "DATE")), ("Locatie", K("Stadhuis Woerden", "PLACE") + ", " + K("zaal Thorbecke", "ORG")),
          ("Aanwezig", f"{K('wethouder Kaddouri', 'PUBLIC', 'Kaddouri')} (voorzitter, {K('gemeente Woerden')}), {K('wethouder Terlouw-Stam', 'PUBLIC', 'Terlouw-Stam')} "
           f"({K('gemeente Montfoort')}), {a.full()} ({K('GGD regio Utrecht')}), {b.full()} ({K('Veilig Thuis Utrecht')}), "
           f"{c.full()} ({K('Lokalis')}), {e.full()} (gemeente Oudewater), {vz.full()} (programmamanager)"),
          ("Afwezig met bericht", f"{f.full()} ({K('Raad voor de Kinderbescherming')}), {g.full()} ({K('Jeugdbescherming Regio Utrecht')})"),
          ("Notulist", sec.full())])
    d.h("1. Opening en mededelingen")
    d.p(f"{K('Wethouder Kaddouri', 'PUBLIC', 'Kaddouri')} opent de vergadering om 13.30 uur en heet {e.fn()} welkom, die {f.fn()} tijdelijk vervangt als "
        f"contactpersoon voor gemeente Oudewater. {b.fn()} meldt dat het {K('Expertiseteam Complexe Casuïstiek', 'PROG')} vanaf oktober "
        f"op {K('dinsdag', 'DATE')} en {K('donderdag', 'DATE')} bereikbaar is.")
    d.h("2. Verslag vorige vergadering en actielijst")
    d.p(f"Het verslag van {K('3 juli 2025', 'DATE')} wordt ongewijzigd vastgesteld. Naar aanleiding van actie 2025-14 meldt {vz.fn()} dat de "
        f"data-analyse van het {K('Centrum voor Jeugd en Gezin', 'ORG')} nog niet compleet is; {a.sn(cap=True)} levert de GGD-cijfers aan "
        f"voor de volgende vergadering.")
    d.h("3. Wachtlijsten specialistische jeugdhulp")
    d.p(f"{vz.fn()} licht de notitie toe. De wachttijd voor diagnostiek is opgelopen tot gemiddeld 17 weken. {c.fn()} vraagt of de "
        f"aanbieders in {K('Stichting Jan Arentsz', 'ORG', 'Jan Arentsz')} al bij het overleg zijn betrokken. {K('Wethouder Terlouw-Stam', 'PUBLIC', 'Terlouw-Stam')} "
        f"stelt voor een werkbezoek te brengen aan het {K('Wilhelmina Kinderziekenhuis')}. {b.sn(cap=True)} waarschuwt dat het "
        f"{K('Veilig Thuis', 'ORG')}-team de instroom niet meer kan opvangen.")
    d.p(f"Besluit: de stuurgroep vraagt {vz.fn()} en {a.fn()} om voor {K('1 november', 'DATE')} een voorstel uit te werken voor een "
        f"regionale overloopvoorziening.")
    d.h("4. Monitor Jeugdhulp eerste halfjaar 2025")
    d.p(f"{a.fn()} presenteert de monitor. Het aantal jeugdigen met een verwijzing via de huisarts is met 8 procent gestegen, het aantal "
        f"verwijzingen via de {K('gecertificeerde instellingen', 'ORG')} is gelijk gebleven. {c.sn(cap=True)} merkt op dat de cijfers van "
        f"{K('Lokalis')} nog niet volledig zijn verwerkt omdat de koppeling met het {K('Inlichtingenbureau', 'ORG')} in {K('juni', 'DATE')} "
        f"enkele weken buiten gebruik was. {e.fn()} vraagt of de cijfers per gemeente kunnen worden uitgesplitst; {a.fn()} zegt dat toe "
        f"voor de kleinere gemeenten, mits de aantallen groot genoeg zijn om herleidbaarheid te voorkomen.")
    d.p(f"{K('Wethouder Terlouw-Stam', 'PUBLIC', 'Terlouw-Stam')} wil de monitor ook bespreken in het {K('Regionaal Bestuurlijk Overleg', 'ORG')} van "
        f"{K('november', 'DATE')}. {vz.fn()} bereidt daarvoor een korte notitie voor. {b.fn()} vraagt aandacht voor de signalen uit het "
        f"{K('Zorg- en Veiligheidshuis Utrecht', 'ORG')} over jeugdigen in onveilige thuissituaties die langer dan zes weken op hulp wachten.")
    d.h("5. Inkoop 2027 en verder")
    d.p(f"{vz.fn()} schetst de tijdlijn voor de nieuwe inkoop: marktconsultatie in {K('januari', 'DATE')}, publicatie van de aanbesteding in "
        f"{K('april', 'DATE')} en gunning voor de zomer. De stuurgroep spreekt af dat {f.fn()} (afwezig) wordt gevraagd namens de "
        f"{K('Raad voor de Kinderbescherming')} te reageren op de concept-uitvraag. {c.fn()}: 'Laten we de ervaringen van het "
        f"{K('Expertiseteam Complexe Casuïstiek', 'PROG')} expliciet meenemen.' {K('Wethouder Kaddouri', 'PUBLIC', 'Kaddouri')} sluit af met de "
        f"opmerking dat de gemeenteraden in het voorjaar via een raadsinformatiebrief worden geïnformeerd.")
    d.h("6. Actielijst")
    d.table([["Nr", "Actie", "Wie", "Wanneer"],
             ["2025-14", "GGD-cijfers jeugdmonitor aanleveren", a.code(), "9 oktober"],
             ["2025-17", "Voorstel overloopvoorziening", f"{vz.code()} / {a.code()}", "1 november"],
             ["2025-18", "Werkbezoek Wilhelmina Kinderziekenhuis plannen", sec.code(), "oktober"],
             ["2025-19", "Instroomcijfers Veilig Thuis delen", b.code(), "9 oktober"],
             ["2025-20", "Terugkoppeling Raad voor de Kinderbescherming", f.code(), "9 oktober"],
             ["2025-21", "Contactpersoon Oudewater doorgeven aan Lokalis", e.code(), "z.s.m."]],
            widths=[0.12, 0.58, 0.15, 0.15])
    d.small(f"Reacties op dit verslag graag binnen twee weken aan {sec.mail()} of het secretariaat {K('stuurgroepjeugd@utrechtwest.nl', 'MAILBOX')}.")
    return d


def m02():
    d = Doc("ah02-besluitenlijst-mt-vvb", "lo", dom="vrutrecht.nl", header="Veiligheidsregio Utrecht (VRU) - MT Risico- en Crisisbeheersing")
    K = d.K
    ps = d.people(7)
    d.meta["Author"] = ps[6].ini()
    d.title("Besluitenlijst MT " + K("Risico- en Crisisbeheersing", "ORG"))
    d.p(f"Datum: {K('maandag', 'DATE')} {K('22 september 2025', 'DATE')}, 9.00-11.00 uur, {K('Koning Willem-Alexanderlaan', 'PLACE')} 12, Utrecht")
    d.table([["Aanwezig", "", ""],
             [f"{ps[0].ini()} (voorzitter)", f"{ps[1].ini()}", f"{ps[2].ini()}"],
             [f"{ps[3].ini()}", f"{ps[4].ini()} (BRZO)", f"{ps[5].ini()} (secretaris)"]],
            widths=[0.34, 0.33, 0.33])
    d.p(f"Afwezig: {ps[6].ini()} (vakantie). Codes in deze lijst: zie presentielijst.")
    d.table([["Nr", "Onderwerp", "Besluit / afspraak", "Wie"],
             ["1", "Evaluatie oefening " + K("Dijkdoorbraak Lek", "PROG"), "Het MT stelt het evaluatierapport vast; aanbevelingen 3 en 7 naar de " + K("Veiligheidsdirectie", "ORG") + ".", ps[1].code()],
             ["2", "Piketrooster " + K("OvD", "ORG") + " vierde kwartaal", "Rooster vastgesteld. Ruilingen via het " + K("Meldkamer Midden-Nederland", "ORG") + "-portaal.", ps[3].code()],
             ["3", "Samenwerking " + K("GGD regio Utrecht"), "Convenant GHOR wordt verlengd tot " + K("31 december 2026", "DATE") + ".", ps[0].code()],
             ["4", "Risicoprofiel 2026", "Concept gaat in " + K("oktober", "DATE") + " naar het " + K("Algemeen Bestuur", "ORG") + ".", ps[4].code()],
             ["5", "Personeel", "Vacature adviseur crisisbeheersing wordt intern uitgezet.", f"{ps[5].code()}, {ps[6].code()}"]],
            widths=[0.06, 0.24, 0.56, 0.14])
    d.p(f"{ps[2].sn(cap=True)} meldt dat burgemeester {K('Dijksterhuis', 'PUBLIC')} (voorzitter veiligheidsregio) op {K('vrijdag', 'DATE')} het werkbezoek aan de "
        f"{K('Meldkamer Midden-Nederland', 'ORG')} aflegt.")
    d.small("Volgend overleg: maandag 6 oktober 2025. Besluitenlijst opgesteld door " + ps[5].ini() + ".")
    return d


def m03():
    d = Doc("ah03-ketenoverleg-zorg-veiligheid", "fp", dom="zaanstad.nl", header="Zorg- en Veiligheidshuis Zaanstreek-Waterland | Ketenoverleg Woonoverlast")
    K = d.K
    vz = d.person("nl"); wa = d.person("sr"); wc = d.person("nl"); gg = d.person("ma"); ms = d.person("tr"); nt = d.person("fy")
    r1 = d.person("nl"); r2 = d.person("pl")
    d.title("Verslag ketenoverleg woonoverlast")
    d.kv([("Datum", K("2 oktober 2025", "DATE")), ("Voorzitter", f"{vz.full()} ({K('Zorg- en Veiligheidshuis', 'ORG')})"),
          ("Aanwezig", f"{wa.full()} (wijkagent, {K('politie Basisteam Zaanstad', 'ORG')}), {wc.full()} (woonconsulent, {K('Parteon', 'ORG')}), "
                       f"{gg.full()} ({K('GGD Zaanstreek-Waterland', 'ORG')}), {ms.full()} ({K('maatschappelijk werk', 'ORG')})"),
          ("Notulist", nt.full())])
    d.h("Casus 1 - portiekflat " + K("Burgemeester Visserstraat", "PLACE"))
    d.p(f"{wc.fn()} schetst de situatie: sinds {K('mei', 'DATE')} komen er meldingen binnen over geluidsoverlast en vervuiling op het adres "
        + d.priv("ADDRESS", "Burgemeester Visserstraat 41-II", "Visserstraat 41-II", word=False) +
        f". De huurder, {r1.ini()}, reageert niet op brieven van de corporatie. Wijkagent {wa.sn(cap=True)} heeft twee keer een gesprek gehad; "
        f"de buren ({r2.full()} en partner) hebben inmiddels een zorgmelding gedaan.")
    d.p(f"{gg.fn()} geeft aan dat er vermoedelijk sprake is van verward gedrag. Het {K('Meldpunt Zorg en Overlast', 'ORG')} heeft de melding "
        f"in behandeling. {ms.fn()} biedt aan om samen met {gg.fn()} een huisbezoek af te leggen. {vz.fn()}: 'Laten we eerst het "
        f"{K('Sociaal Wijkteam', 'ORG')} vragen of er al hulpverlening loopt.'")
    d.h("Casus 2 - overlast jongeren " + K("Pieter Zeemanweg", "PLACE"))
    d.p(f"Wijkagent {wa.sn(cap=True)} meldt dat de groep rond het winkelcentrum kleiner is geworden na de inzet van de jongerenwerkers van "
        f"{K('Stichting Jongerenwerk Zaanstad', 'ORG')}. Burgemeester {K('Hamming', 'PUBLIC')} heeft in het {K('driehoeksoverleg', 'ORG')} "
        f"gevraagd om een cameratoezichtsbesluit voor te bereiden. {wc.sn(cap=True)} ondersteunt dat.")
    d.h("Casus 3 - woningsluiting " + K("Koning Willem-Alexanderlaan", "PLACE"))
    r3 = d.person("ma")
    d.p(f"{wc.fn()} meldt dat de woning van {r3.ini()} aan de Koning Willem-Alexanderlaan na de hennepvondst van {K('augustus', 'DATE')} door "
        f"de burgemeester voor drie maanden is gesloten. De huurder verblijft tijdelijk bij familie. {ms.fn()} heeft contact met "
        f"{r3.sn(cap=True)} en geeft aan dat er schulden spelen; het {K('Schuldhulpmaatje', 'ORG')}-project is ingeschakeld. "
        f"Wijkagent {wa.sn(cap=True)} vraagt of de corporatie de huurovereenkomst gaat ontbinden. {wc.sn(cap=True)}: 'Dat besluit ligt bij "
        f"onze juristen; wij wachten de uitspraak van de kantonrechter af.'")
    d.p(f"{gg.fn()} wijst erop dat er twee minderjarige kinderen in het gezin zijn. Het ketenoverleg besluit een melding te doen bij "
        f"{K('Veilig Thuis Zaanstreek-Waterland', 'ORG')}. {vz.fn()} zorgt dat de casus in het {K('Zorg- en Veiligheidshuis', 'ORG')} "
        f"wordt geregistreerd en dat de {K('officier van justitie', 'ROLE')} op de hoogte is van de sluiting.")
    d.h("Afspraken")
    d.table([["Nr", "Actie", "Wie", "Wanneer"],
             ["1", "Huisbezoek Visserstraat (samen met GGD)", f"{ms.code()} + {gg.code()}", K("vrijdag", "DATE") + " 10 okt"],
             ["2", "Navraag Sociaal Wijkteam", vz.code(), "week 41"],
             ["3", "Tweede waarschuwingsbrief huurder", wc.code(), "week 42"],
             ["4", "Advies cameratoezicht aan driehoek", wa.code(), K("november", "DATE")],
             ["5", "Melding Veilig Thuis casus 3", gg.code(), "z.s.m."],
             ["6", "Registratie casus 3 ZVH", vz.code(), "week 41"]],
            widths=[0.08, 0.5, 0.22, 0.2])
    d.p(f"Bereikbaarheid wijkagent: {wa.tel('mob')} (alleen voor ketenpartners). Algemeen nummer politie: {K('0900-8844', 'PHONE_SWITCH')}.")
    return d


def m04():
    d = Doc("ah04-projectgroep-schoolgebouw", "ch", dom="stichting-akkoord.nl")
    K = d.K
    ps = d.people(9)
    d.meta["Title"] = "Verslag projectgroep nieuwbouw"
    d.title("Verslag projectgroep nieuwbouw " + K("Mondriaan College", "ORG"))
    d.p(f"{K('Stichting Akkoord! PO', 'ORG', 'Akkoord! PO')} en {K('Stichting Voortgezet Onderwijs Gooi', 'ORG')} - bijeenkomst {K('woensdag', 'DATE')} {K('17 september 2025', 'DATE')}, "
        f"locatie {K('Anne Frank Schoolgebouw', 'ORG', 'Anne Frank')}")
    d.h("Presentielijst")
    d.table([["Naam", "Organisatie", "Naam", "Organisatie", "Naam", "Organisatie"],
             [ps[0].full(), "Akkoord! PO", ps[1].full(), "gemeente Hilversum", ps[2].full(), "Mondriaan College (MR)"],
             [ps[3].full(), "Rijksvastgoed", ps[4].full(), "architect (extern)", ps[5].full(), "gemeente Hilversum"],
             [ps[6].full() + " (afw.)", "Akkoord! PO", ps[7].full(), "ouder, MR", ps[8].full() + " (notulen)", "Akkoord! PO"]],
            widths=[0.18, 0.15, 0.18, 0.15, 0.19, 0.15], size=8.5)
    d.h("Besproken")
    d.p(f"{ps[0].fn()} opent en meldt dat {K('wethouder De Vries-Akkerman', 'PUBLIC', 'De Vries-Akkerman')} het voorlopig ontwerp op "
        f"{K('30 september', 'DATE')} aan de raadscommissie presenteert. {ps[4].fn()} laat de schetsen zien; de gymzaal schuift naar de kant van de "
        f"{K('Oranjeweg', 'PLACE')}. {ps[7].fn()} vraagt namens de ouders aandacht voor de fietsenstalling en de verkeersveiligheid bij de "
        f"{K('Johannes Vermeerstraat', 'PLACE')}.")
    d.p(f"{ps[1].fn()} en {ps[5].fn()} bevestigen dat het budget uit het {K('Integraal Huisvestingsplan', 'PROG')} beschikbaar blijft. "
        f"{ps[3].sn(cap=True)} ({K('Rijksvastgoed', 'ORG')}) wijst erop dat de kavel nog belast is met een erfpachtrecht.")
    d.h("Actiepunten")
    d.table([["#", "Actie", "Eigenaar", "Deadline"],
             ["1", "Reactie ouders op VO verwerken", ps[4].code(), "1 oktober"],
             ["2", "Erfpachtsituatie uitzoeken", ps[3].code(), "15 oktober"],
             ["3", "Raadsinformatiebrief voorbereiden", ps[1].code(), "24 september"],
             ["4", "Planning aanbesteding", ps[6].code(), "oktober"]],
            widths=[0.06, 0.56, 0.18, 0.2])
    d.p(f"Verslag: {ps[8].full()}, {ps[8].mail()}")
    return d


def m05():
    d = Doc("ah05-verslag-mt-speakers", "rl", dom="minbzk.nl", font="DVS",
            header="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties | DG Overheidsorganisatie | MT-verslag")
    K = d.K
    ps = [d.person(o) for o in ("ma", "nl", "id", "nl", "be", "gh")]
    fa, jo, de, ma, wa, kw = ps
    d.title("Verslag MT " + K("directie Ambtenaar en Organisatie", "ORG"))
    d.p(f"{K('14 oktober 2025', 'DATE')} | aanwezig: {fa.full()} (dir), {jo.full()}, {de.full()}, {ma.full()}, {wa.full()} | "
        f"gast bij punt 2: {kw.full()} ({K('ABD', 'ORG')}) | verslag: {ma.fn()}")
    d.h("1. Stand van zaken Woo-verzoeken")
    d.p(f"{fa.fn()}: Er liggen nu 34 openstaande verzoeken, waarvan 9 over de {K('Rijksacademie voor Digitalisering', 'ORG')}. We halen de termijn bij "
        f"minder dan de helft.")
    d.p(f"{jo.fn()}: Het team van {de.fn()} kan twee verzoeken overnemen als het {K('Platform Open Overheidsinformatie', 'ORG')} op tijd live gaat.")
    d.p(f"{de.fn()}: Dat kan, maar dan moet de {K('CIO-office', 'ORG')} eerst de koppeling testen. Ik spreek {wa.fn()} daar {K('donderdag', 'DATE')} over.")
    d.p(f"{wa.fn()}: Prima. Ik neem ook de vraag van {K('Kamerlid Sneller', 'PUBLIC', 'Sneller')} mee over de doorlooptijden.")
    d.h("2. Leiderschapsprogramma")
    d.p(f"{kw.fn()} {kw.sn()} presenteert het programma {K('Leiden in Verbinding', 'PROG')}. {fa.fn()} vraagt hoe het zich verhoudt tot de "
        f"{K('Rijksacademie', 'ORG')}. {kw.fn()}: 'We hebben afgestemd met de {K('Algemene Bestuursdienst', 'ORG')}; {K('minister Uitermark', 'PUBLIC', 'Uitermark')} "
        f"opent de eerste leergang in {K('januari', 'DATE')}.'")
    d.h("3. Rondvraag")
    d.p(f"{ma.fn()}: Kunnen de paraafcodes in de parafenroute voortaan {ma.code()} en {jo.code()} zijn in plaats van de oude afkortingen? "
        f"{fa.fn()}: Akkoord.")
    d.outline = [(f"MT-verslag 14-10 ({ma.fn()})", 0), ("1. Woo-verzoeken", 0), ("2. Leiderschapsprogramma", 0)]
    d.annots = [(0, wa.full(), f"{jo.fn()}, klopt het aantal van 34? Graag check voor verzending. {wa.code()}", [480, 700, 500, 720])]
    return d


def m06():
    d = Doc("ah06-bewonersavond-windpark", "lo", dom="provincie-groningen.nl", odt=True,
            header="Provincie Groningen - Verslag informatieavond Windpark Eemsdelta-Zuid")
    K = d.K
    org1 = d.person("fy"); org2 = d.person("nl"); gg = d.person("nl")
    res = [d.person(o) for o in ("nl", "fy", "pl", "nl", "tr")]
    d.meta["Author"] = org2.full()
    d.title("Verslag informatieavond " + K("Windpark Eemsdelta-Zuid", "PROG"))
    d.p(f"{K('dinsdag', 'DATE')} {K('7 oktober 2025', 'DATE')}, {K('dorpshuis De Hoogte', 'ORG', 'De Hoogte')}, {K('Appingedam', 'PLACE')}. Circa 80 bewoners aanwezig.")
    d.p(f"Namens het bestuur: {K('gedeputeerde Wiegersma', 'PUBLIC', 'Wiegersma')}. Ambtelijk: {org1.full()} (projectleider) en {org2.full()} (omgevingsmanager). "
        f"Namens {K('GGD Groningen', 'ORG')}: {gg.ini()}, medisch milieukundige. Gespreksleider: {K('Stichting Dorpsbelangen Solwerd', 'ORG', 'Dorpsbelangen Solwerd')}.")
    d.h("Vragen uit de zaal")
    d.table([["Spreker", "Vraag of opmerking", "Reactie"],
             [f"{res[0].full()}\n(omwonende)", "Hoe groot wordt de afstand tot de woningen aan de Hoogeweg?", f"{org1.fn()}: minimaal 600 meter, zie MER."],
             [f"{res[1].full()}\n(Dorpsbelangen)", "Wordt er een omgevingsfonds ingesteld?", f"Gedeputeerde Wiegersma: ja, via {K('Nationaal Programma Groningen', 'PROG')}."],
             [f"dhr. {res[2].sn(cap=True)}", "Slagschaduw in de winter, vooral in december en januari.", f"{org2.fn()}: stilstandvoorziening wordt voorschrift."],
             [f"mevr. {res[3].sn(cap=True)}", "Wat zijn de gezondheidseffecten van laagfrequent geluid?", f"{gg.sn(cap=True)} (GGD): onderzoek loopt, rapport in maart."],
             [f"{res[4].full()}", "Kan ik meedoen als coöperatielid?", f"{org1.fn()}: ja, aanmelden bij {K('Energiecoöperatie Eemsdelta', 'ORG')}."]],
            widths=[0.24, 0.42, 0.34], size=9)
    d.p(f"{res[0].fn()} {res[0].sn()} vraagt of het woonadres ({d.priv('ADDRESS', 'Hoogeweg 7', 'Hoogeweg 7')}, {K('Tjamsweer', 'PLACE')}) in het verslag kan worden weggelaten. "
        f"Dat wordt toegezegd; het verslag wordt voor publicatie geanonimiseerd.")
    d.p(f"Vragen na afloop: {K('windpark@provincie-groningen.nl', 'MAILBOX')} of {org2.mail()} / {org2.tel('mob2')}.")
    return d


def m07():
    d = Doc("ah07-driehoek-politie", "rl", dom="politie.nl", size=9.5,
            header="Gemeente Deventer | Lokale driehoek | Besluitenlijst - vertrouwelijk")
    K = d.K
    pol = d.person("nl"); om = d.person("sr"); amb = d.person("ma"); wa1 = d.person("nl"); wa2 = d.person("tr"); not_ = d.person("be")
    d.title("Besluitenlijst lokale driehoek " + K("Deventer", "PLACE"))
    d.kv([("Datum", K("25 september 2025", "DATE")), ("Aanwezig", f"{K('burgemeester König', 'PUBLIC', 'König')} (voorzitter), "
          f"{om.ini()} (officier van justitie, {K('OM Oost-Nederland', 'ORG')}), {pol.ini()} (teamchef {K('Basisteam IJssel-Zuid', 'ORG')}), "
          f"{amb.ini()} (adviseur openbare orde)"), ("Verslag", not_.ini())])
    d.table([["Nr", "Onderwerp", "Besluit", "Actiehouder"],
             ["1", "Evenementen " + K("Deventer op Stelten", "PROG"), "Inzet politie conform draaiboek; evaluatie in november.", pol.code()],
             ["2", "Ondermijning " + K("Bedrijvenpark A1", "PLACE"), "Integrale controle in week 44 met " + K("RIEC Oost-Nederland", "ORG") + ".", f"{om.code()} / {amb.code()}"],
             ["3", "Woonoverlast Rivierenwijk", f"Wijkagent {wa1.sn(cap=True)} en wijkagent {wa2.sn(cap=True)} stellen een plan van aanpak op.", amb.code()],
             ["4", "Sluiting drugspand Keizerstraat (art. 13b Opiumwet)", "Burgemeester neemt sluitingsbesluit, 6 maanden.", amb.code()]],
            widths=[0.06, 0.28, 0.48, 0.18])
    d.p(f"Toelichting bij punt 3: {K('wijkagent', 'ROLE')} {wa1.full()} is sinds {K('augustus', 'DATE')} verantwoordelijk voor de Rivierenwijk; "
        f"{K('hoofdagent', 'ROLE')} {wa2.full()} ondersteunt. Contact via {wa1.mail()}.")
    d.p(f"De {K('officier van justitie', 'ROLE')} wijst op de lopende strafzaak; {om.sn(cap=True)} adviseert om tot de zitting geen mededelingen te doen.")
    d.small(f"Deze besluitenlijst is bestemd voor de deelnemers. Vragen: {K('veiligheid@deventer.nl', 'MAILBOX')}.")
    return d


def m08():
    d = Doc("ah08-gmr-verslag", "fp", dom="spoedonderwijs.nl", header="Stichting SPOED Onderwijs - Gemeenschappelijke Medezeggenschapsraad")
    K = d.K
    ps = d.people(8)
    d.title("Verslag GMR-vergadering " + K("8 oktober 2025", "DATE"))
    d.p("Aanwezig:\n" + "\n".join(f"- {p.full()} ({r})" for p, r in zip(ps[:6], ("voorzitter, oudergeleding", "personeelsgeleding, De Regenboog",
                                                                                 "oudergeleding, Kindcentrum Het Anker", "personeelsgeleding",
                                                                                 "oudergeleding", "ambtelijk secretaris"))))
    d.p(f"Afwezig met bericht: {ps[6].full()}. Namens het {K('College van Bestuur', 'ORG')}: {ps[7].full()} (agendapunt 3).")
    d.h("1. Opening")
    d.p(f"{ps[0].fn()} opent de vergadering. {ps[3].fn()} heeft de jaarplanning aangepast; die wordt ongewijzigd vastgesteld.")
    d.h("2. Begroting 2026")
    d.p(f"{ps[7].fn()} licht de meerjarenbegroting toe. De {K('Onderwijsinspectie', 'ORG')} heeft geen opmerkingen bij het jaarverslag gemaakt. "
        f"{ps[2].fn()} vraagt naar de middelen uit het {K('Nationaal Programma Onderwijs', 'PROG')}; {ps[7].sn(cap=True)} zegt een overzicht toe.")
    d.h("3. Fusieonderzoek " + K("Kindcentrum Het Anker", "ORG") + " en " + K("De Regenboog", "ORG"))
    d.p(f"{ps[1].fn()}: 'Het team van De Regenboog maakt zich zorgen over de werkdruk.' {ps[4].fn()} sluit zich daarbij aan. "
        f"De GMR vraagt een advies van de {K('Koning Willem I Stichting', 'ORG', 'Koning Willem I')}-adviseur voor huisvesting.")
    d.h("Actielijst")
    d.table([["Nr", "Actie", "Wie", "Wanneer"],
             ["1", "Overzicht NPO-middelen", ps[7].code(), "november"],
             ["2", "Advies fusieonderzoek voorbereiden", f"{ps[1].code()}, {ps[4].code()}", "december"],
             ["3", "Vacature oudergeleding", ps[5].code(), "januari"]], widths=[0.08, 0.52, 0.22, 0.18])
    d.p(f"Secretariaat GMR: {ps[5].mail()}")
    return d


def m09():
    d = Doc("ah09-stuurgroep-ziekenhuis", "rl", dom="gemeente-ede.nl", size=9.5, bookmarks=True,
            header="Gemeente Ede | Stuurgroep Zorgcampus | verslag")
    K = d.K
    ps = [d.person(o) for o in ("nl", "nl", "cn", "ma", "fy", "nl", "sr")]
    d.title("Stuurgroep Zorgcampus Ede")
    d.p(f"Verslag van {K('vrijdag', 'DATE')} {K('3 oktober 2025', 'DATE')} in het {K('Ziekenhuis Gelderse Vallei', 'ORG')}, {K('zaal Spinoza', 'ORG')}")
    d.table([["Aanwezig", "Functie / organisatie"],
             [f"{K('wethouder Van Doorn', 'PUBLIC', 'Van Doorn')}", "voorzitter, gemeente Ede"],
             [f"{ps[0].caps()} MBA", "lid Raad van Bestuur, Ziekenhuis Gelderse Vallei"],
             [f"{ps[1].ini()} RA", "controller, Ziekenhuis Gelderse Vallei"],
             [f"dr. {ps[2].ini()}", "programmadirecteur " + K("Regionaal Zorgakkoord Foodvalley", "PROG")],
             [f"{ps[3].ini()}", "beleidsadviseur gezondheid, gemeente Ede"],
             [f"ir. {ps[4].ini()} MSc", "projectleider vastgoed, gemeente Ede"],
             [f"{ps[5].ini()}", "notulist"]], widths=[0.4, 0.6])
    d.p(f"Afwezig: {ps[6].ini()} ({K('Zorgverzekeraar Menzis', 'ORG', 'Menzis')}).")
    d.h("Bespreking")
    d.p(f"De voorzitter opent. {ps[0].sn(cap=True)} meldt dat de Raad van Bestuur het principebesluit over de zorgcampus heeft genomen. "
        f"{ps[2].sn(cap=True)} vraagt of de huisartsenpost meeverhuist; {ps[1].sn(cap=True)} bevestigt dat de businesscase daarvan uitgaat. "
        f"{ps[3].sn(cap=True)} wijst op de verkeersdruk op de {K('Willy Brandtlaan', 'PLACE')}.")
    d.p(f"{ps[4].sn(cap=True)} presenteert drie varianten voor de kavel aan de {K('Dr. Willem Dreeslaan', 'PLACE', 'Willem Dreeslaan')}. De stuurgroep kiest variant B.")
    d.h("Actielijst")
    d.table([["Nr", "Actie", "Wie", "Wanneer"],
             ["1", "Businesscase huisartsenpost actualiseren", ps[1].code(), "november"],
             ["2", "Mobiliteitstoets Willy Brandtlaan", ps[3].code(), "december"],
             ["3", "Stedenbouwkundig plan variant B", ps[4].code(), "januari 2026"],
             ["4", "Afstemming met zorgverzekeraar", ps[6].code(), "november"]], widths=[0.08, 0.52, 0.18, 0.22])
    d.outline = [("Stuurgroep Zorgcampus 3-10-2025", 0), (f"Actielijst ({ps[5].sn(cap=True)})", 0)]
    return d


def m10():
    d = Doc("ah10-interreg-steering", "ch", dom="provincie-limburg.nl")
    K = d.K
    ps = [d.person(o) for o in ("nl", "be", "be", "nl", "pl", "nl", "id")]
    de1 = d.person("nl", first="Jürgen", last="Hoffmann")
    d.title("Minutes Steering Committee " + K("Interreg Euregio Maas-Rhein", "PROG"))
    d.p(f"Meeting {K('Thursday', 'DATE')} {K('9 October 2025', 'DATE')}, {K('Gouvernement aan de Maas', 'ORG')}, {K('Maastricht', 'PLACE')}")
    d.table([["Attendee", "Organisation", "Role"],
             [ps[0].full(), K("Provincie Limburg", "ORG"), K("Chair", "TERM")],
             [ps[1].full(), K("Provincie Limburg (BE)", "ORG", "Provincie Limburg (BE)"), K("Lead Partner", "TERM")],
             [ps[2].full(), K("Universiteit Hasselt", "ORG"), "Work package " + K("Lead", "TERM")],
             [de1.full(), K("StädteRegion Aachen", "ORG"), K("Stakeholder", "TERM")],
             [ps[3].full(), K("Maastricht University", "ORG"), K("Owner", "TERM") + " WP3"],
             [ps[4].full(), K("Joint Secretariat", "ORG"), K("Observer", "TERM")],
             [ps[5].full(), K("Provincie Limburg", "ORG"), "Minutes"]], widths=[0.3, 0.4, 0.3])
    d.h("1. Progress report")
    d.p(f"{ps[1].fn()} presented the progress report. Spending is at 61 % of the budget. {ps[2].fn()} noted that the {K('Living Lab', 'TERM')} in "
        f"{K('Genk', 'PLACE')} is delayed. {de1.fn()} asked whether the {K('Euregional Health Atlas', 'PROG')} can use the data.")
    d.h("2. Risks")
    d.p(f"{ps[3].sn()} flagged a GDPR risk in WP3: the survey data include postcodes. The {K('Data Protection Officer', 'TERM')} of Maastricht University "
        f"will review. {ps[0].fn()} thanked {K('gedeputeerde Kusters', 'PUBLIC', 'Kusters')} for the letter of support.")
    d.h("Action list")
    d.table([["#", "Action", "Owner", "Due"],
             ["A1", "Revised spending forecast", ps[1].code(), "31 October"],
             ["A2", "DPO review WP3 survey", ps[3].code(), "15 November"],
             ["A3", "Living Lab recovery plan", ps[2].code(), "November"],
             ["A4", "Circulate minutes", ps[5].code(), "17 October"]], widths=[0.08, 0.52, 0.2, 0.2])
    au = d.person("be")
    d.meta["Author"] = au.full()
    d.p(f"Contact: {ps[5].mail()} | Joint Secretariat: {K('info@interregemr.eu', 'MAILBOX')}")
    return d


def m11():
    d = Doc("ah11-scan-actielijst-ggd", "scan", dom="ggdhvb.nl", angle=0.8, size=11)
    ps = [d.person(o) for o in ("nl", "ma", "nl", "sr", "nl", "tr")]
    d.title("GGD Hart voor Brabant - Actielijst OMT infectieziekten")
    d.p(f"Overleg van 16 september 2025. Aanwezig: {ps[0].full()} (arts infectieziektebestrijding), {ps[1].full()} (sociaal verpleegkundige), "
        f"{ps[2].full()} (epidemioloog), {ps[3].full()} (communicatie), {ps[4].full()} (secretaris). Afwezig: {ps[5].full()}.")
    d.table([["Nr", "Actie", "Wie", "Wanneer"],
             ["1", "Bron- en contactonderzoek school Oss afronden", ps[1].sn(), "19 sept"],
             ["2", "Persbericht mazelen voorbereiden", ps[3].sn(), "18 sept"],
             ["3", "Vaccinatiegraad per wijk", ps[2].sn(), "30 sept"],
             ["4", "Terugkoppeling aan huisartsen", ps[0].sn(), "22 sept"]], widths=[0.08, 0.55, 0.2, 0.17], size=11)
    d.p(f"Notulen: {ps[4].full()}, {ps[4].tel('mob')}")
    return d




def m12():
    d = Doc("ah29-transcript-regiotafel-wonen-zorg", "fp", dom="dehaag.nl", size=9.5,
            header="Regiotafel Wonen, Welzijn en Zorg Haaglanden - woordelijk verslag (concept)")
    K = d.K
    fa = d.person("ma", first="Fatima"); jw = d.person("nl"); ch = d.person("cn"); to = d.person("pl"); ay = d.person("tr")
    ge = d.person("nl"); ra = d.person("sr"); hi = d.person("fy")
    d.title("Woordelijk verslag " + K("Regiotafel Wonen, Welzijn en Zorg", "PROG"))
    d.p(f"{K('woensdag', 'DATE')} {K('1 oktober 2025', 'DATE')}, {K('Atrium Stadhuis Den Haag', 'ORG', 'Atrium')}, {K('Spui', 'PLACE')} 70. "
        f"Aanwezig: {K('wethouder Balster', 'PUBLIC', 'Balster')} (Den Haag, voorzitter), {fa.full()} (programmaregisseur), {jw.full()} ({K('Staedion', 'ORG')}), "
        f"{ch.full()} ({K('HMC', 'ORG')}), {to.full()} ({K('Parnassia Groep', 'ORG')}), {ay.full()} ({K('Zorgkantoor Zuid-Holland', 'ORG')}), "
        f"{ge.full()} (gemeente Delft), {ra.full()} (gemeente Rijswijk). Verslag: {hi.full()}.")
    turns = [
        ("Balster", f"Welkom allemaal. {fa.fn()}, wil jij beginnen met de stand van de uitstroom uit de {K('maatschappelijke opvang', 'TOPIC')}?"),
        (fa.fn(), f"Dank. We zitten op 212 mensen die klaar zijn voor uitstroom maar geen woning hebben. {jw.fn()} heeft bij {K('Staedion', 'ORG')} "
                  f"een pilot met vijftig units gestart."),
        (jw.fn(), f"Klopt. De eerste twintig zijn opgeleverd aan de {K('Erasmusweg', 'PLACE')}. Het probleem is de begeleiding: {to.fn()} en ik "
                  f"hebben afgesproken dat de {K('Parnassia Groep', 'ORG')} de ambulante begeleiding doet."),
        (to.fn(), f"Ja, maar dan moet de financiering via de {K('Wmo', 'LAW')} wel rond zijn. {ay.fn()}, hoe kijkt het zorgkantoor daarnaar?"),
        (ay.fn(), f"Voor cliënten met een {K('Wlz', 'LAW')}-indicatie kunnen wij het oppakken. Voor de rest verwijs ik naar de gemeenten."),
        (ge.fn(), f"Delft wil meedoen, maar we hebben geen extra budget. {ra.fn()} zit in dezelfde situatie."),
        (ra.fn(), "Rijswijk heeft wel ruimte in de begroting voor 2026, niet voor dit jaar."),
        (ch.fn(), f"Vanuit het {K('HMC', 'ORG')}: we hebben gemiddeld negen bedden bezet door mensen die medisch uitbehandeld zijn. "
                  f"Dat is precies deze groep. {fa.fn()} en ik willen een businesscase maken."),
        ("Balster", f"Goed. Dan vraag ik {fa.fn()} en {ch.fn()} om die businesscase in november te presenteren, en {ge.fn()} om met "
                    f"{ra.fn()} een voorstel voor de verdeling van de kosten te maken."),
        (to.fn(), f"Nog één punt: de wachtlijst voor beschermd wonen. Wij hebben nu 140 mensen op de lijst, van wie een derde al langer dan een "
                  f"jaar wacht. {fa.fn()}, is daar in de regionale monitor aandacht voor?"),
        (fa.fn(), f"Ja, de monitor van het {K('Zorg- en Veiligheidshuis Haaglanden', 'ORG')} heeft een apart hoofdstuk. Ik stuur het je na de "
                  f"vergadering. {ge.fn()} heeft de cijfers van Delft al aangeleverd, Rijswijk volgt."),
        (ra.fn(), f"Die komen deze week. Wij hadden vertraging door de overgang naar het nieuwe registratiesysteem."),
        ("Balster", f"Ik wil in dit verband ook de motie noemen die de {K('gemeenteraad van Den Haag', 'ORG')} in juni aannam en die vraagt om een "
                    f"regionale aanpak voor dakloze jongeren. {jw.fn()}, is Staedion bereid daarin mee te denken?"),
        (jw.fn(), f"Zeker. We hebben in {K('Moerwijk', 'PLACE')} en {K('Laak', 'PLACE')} nog woningen in de tijdelijke verhuur. Ik stem met "
                  f"{to.fn()} af welke begeleiding nodig is."),
        (ch.fn(), f"Mag ik vragen dat het {K('HMC', 'ORG')} ook wordt betrokken? Jongeren met psychiatrische problematiek komen vaak via de "
                  f"spoedeisende hulp bij ons binnen."),
        ("Balster", f"Afgesproken. {hi.fn()}, wil je dat als actie noteren?"),
        (hi.fn(), f"Genoteerd. En ik noteer dat {jw.fn()} de evaluatie van de pilot aanlevert?"),
        (jw.fn(), f"Ja, in {K('januari', 'DATE')}."),
    ]
    for who, what in turns:
        if who == "Balster":
            d.p(f"Wethouder {who}: {what}")
        else:
            d.p(f"{who}: {what}")
    d.h("Afspraken")
    d.table([["Nr", "Actie", "Wie", "Wanneer"],
             ["1", "Businesscase uitstroom ziekenhuisbedden", f"{fa.code()}, {ch.code()}", "november"],
             ["2", "Voorstel kostenverdeling gemeenten", f"{ge.code()}, {ra.code()}", "december"],
             ["3", "Evaluatie pilot units Erasmusweg", jw.code(), "januari"],
             ["4", "Notitie financiering begeleiding (Wmo/Wlz)", f"{to.code()}, {ay.code()}", "december"]], widths=[0.07, 0.55, 0.2, 0.18])
    d.p(f"Dit is een concept. Correcties aan {hi.mail()} voor {K('vrijdag', 'DATE')} {K('10 oktober', 'DATE')}.")
    return d


def m13():
    d = Doc("ah30-faculteitsraad-verslag", "rl", dom="tudelft.nl", size=9.5, font="DVS",
            header="TU Delft | Faculteit Techniek, Bestuur en Management | Faculteitsraad")
    K = d.K
    ps = [d.person(o) for o in ("nl", "cn", "nl", "id", "be", "pl", "tr", "nl", "ma", "gh", "nl")]
    dean = ps[0]
    d.title("Verslag vergadering " + K("Faculteitsraad TBM", "ORG"))
    d.p(f"{K('donderdag', 'DATE')} {K('2 oktober 2025', 'DATE')}, {K('Jaffalaan', 'PLACE')} 5, {K('zaal Hudson', 'ORG', 'Hudson')}")
    d.table([["Personeelsgeleding", "Studentgeleding", "Namens het faculteitsbestuur"],
             [f"{ps[1].sort()}\n{ps[2].sort()} (vz.)\n{ps[3].sort()}\n{ps[4].sort()}",
              f"{ps[5].sort()}\n{ps[6].sort()}\n{ps[7].sort()} (afw.)",
              f"prof. dr. ir. {dean.caps()} (decaan)\nmr. {ps[8].ini()} (directeur bedrijfsvoering)\n{ps[9].ini()} MSc (beleidsmedewerker)"]],
            widths=[0.34, 0.3, 0.36])
    d.p(f"Ambtelijk secretaris: {ps[10].full()}.")
    d.h("1. Opening en vaststelling agenda")
    d.p(f"De voorzitter, {ps[2].fn()} {ps[2].sn()}, opent de vergadering om 12.30 uur. {ps[7].sn(cap=True)} heeft zich afgemeld wegens tentamens.")
    d.h("2. Mededelingen faculteitsbestuur")
    d.p(f"De decaan meldt dat de {K('Nationale Wetenschapsagenda', 'PROG')} twee projecten van de sectie {K('Policy Analysis', 'TERM')} honoreert. "
        f"{dean.sn(cap=True)} licht toe dat het {K('Delft Design for Values Institute', 'ORG')} een nieuwe wetenschappelijk directeur krijgt. "
        f"Het {K('College van Bestuur', 'ORG')} heeft de benoeming op {K('16 september', 'DATE')} bekrachtigd.")
    d.h("3. Begroting 2026 en sectorplangelden")
    d.p(f"{ps[8].sn(cap=True)} presenteert de begroting. {ps[1].sn(cap=True)} vraagt waarom de sectorplanmiddelen niet volledig in vaste formatie worden "
        f"omgezet. {ps[8].sn(cap=True)}: 'Omdat de {K('Staatssecretaris van OCW', 'ORG')} de middelen vanaf 2027 herijkt.' {ps[5].sn(cap=True)} "
        f"vraagt namens de studenten om extra studieassistenten in het eerste jaar. De raad stemt in met de begroting onder voorbehoud van "
        f"een nadere onderbouwing van de post studentassistenten.")
    d.h("4. Onderwijs- en examenregeling (OER) 2026-2027")
    d.p(f"{ps[3].sn(cap=True)} heeft namens de {K('opleidingscommissie', 'ORG')} zeven wijzigingsvoorstellen ingediend. {ps[9].sn(cap=True)} "
        f"neemt vijf voorstellen over; de voorstellen over herkansingen in {K('juli', 'DATE')} en de bindend studieadviesnorm worden in "
        f"{K('november', 'DATE')} opnieuw besproken. {ps[6].sn(cap=True)} wijst op de signalen van de {K('studentenpsychologen', 'ROLE')} over studiedruk.")
    d.h("5. Sociale veiligheid")
    d.p(f"{ps[4].sn(cap=True)} vraagt naar de opvolging van het rapport van de {K('Commissie Sociale Veiligheid', 'ORG')}. De decaan zegt toe dat de "
        f"{K('vertrouwenspersonen', 'ROLE')} in de volgende vergadering een toelichting geven. {ps[10].fn()} nodigt hen uit.")
    d.h("6. Rondvraag")
    d.p(f"{ps[5].sn(cap=True)} vraagt of de studiewerkplekken in de {K('TU Delft Library', 'ORG')} tijdens de tentamenperiode langer open kunnen. "
        f"{ps[8].sn(cap=True)} neemt dit mee naar het overleg met de {K('Universiteitsdienst', 'ORG')}. {ps[1].sn(cap=True)} meldt dat de "
        f"personeelsgeleding een gesprek heeft gehad met de {K('Ondernemingsraad', 'ORG')} over de werkdrukmiddelen; een verslag volgt. "
        f"{ps[4].sn(cap=True)} bedankt {ps[10].fn()} voor de ondersteuning bij de verkiezingen. De voorzitter sluit de vergadering om 14.45 uur.")
    d.br()
    d.h("Actielijst")
    d.table([["Nr", "Actie", "Wie", "Termijn"],
             ["FR-25-31", "Onderbouwing post studentassistenten", ps[8].code(), "november"],
             ["FR-25-32", "OER-voorstellen herkansingen/BSA terug op agenda", ps[9].code(), "november"],
             ["FR-25-33", "Vertrouwenspersonen uitnodigen", ps[10].code(), "december"],
             ["FR-25-34", "Reactie opleidingscommissie op OER verwerken", ps[3].code(), "oktober"]], widths=[0.13, 0.57, 0.12, 0.18])
    d.p(f"Vastgesteld in de vergadering van {K('6 november 2025', 'DATE')}. Vragen: {ps[10].mail()} of {K('fr-tbm@tudelft.nl', 'MAILBOX')}.")
    d.annots = [(0, ps[2].full(), f"Punt 3 graag neutraler formuleren - {ps[2].code()}", [40, 420, 60, 440])]
    return d


DOCS = [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13]
