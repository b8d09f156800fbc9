"""Texts of the blind 'mixed2' set (mixed government genres).

[[text|KIND]] / [[text|KIND|probe;probe]]: personal data to redact.  {text|KIND}: must stay readable.
All persons, addresses, numbers and case numbers are invented, except the public office holders
named with their title (minister De Jonge, staatssecretaris Van Ark, Kamerlid Van Dijk,
burgemeester Dijksma), which appear only in their public role.
"""


def bsn(seed: int) -> str:
    """An invented 9-digit number that passes the 11-proef."""
    n = 100000000 + seed * 7919
    while True:
        d = [int(c) for c in f"{n:09d}"]
        if sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8] == 0 or \
                (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0:
            return f"{n:09d}"
        n += 1


def iban(bank: str, seed: int) -> str:
    """An invented Dutch IBAN with a valid mod-97 check, printed in groups of four."""
    acct = f"{(seed * 104729) % 10**10:010d}"
    raw = bank + acct + "NL00"
    num = int("".join(str(int(c, 36)) for c in raw))
    chk = 98 - num % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def P(s):
    return ("p", s)


def H(s):
    return ("h", s)


def T(s):
    return ("title", s)


def S(s):
    return ("small", s)


def KV(*pairs):
    return ("kv", list(pairs))


def TAB(head, rows, ws=None):
    return ("table", head, rows, ws) if ws else ("table", head, rows)


def COLS(left, right):
    return ("cols", left, right)


B1, B2, B3, B4, B5 = bsn(11), bsn(23), bsn(37), bsn(41), bsn(59)
I1, I2, I3, I4 = iban("INGB", 3), iban("RABO", 5), iban("ABNA", 7), iban("TRIO", 9)

DOCUMENTS = []


def doc(id_, title, blocks, **kw):
    d = {"id": id_, "meta_title": title, "blocks": blocks}
    d.update(kw)
    DOCUMENTS.append(d)


# 01 Wmo-beschikking (municipality letter, side column)
doc("mx01", "Beschikking Wmo", [
    T("{Gemeente Zwolle|ORG}"),
    COLS([P("{Afdeling Zorg en Welzijn|ORG}\n{Lübeckplein 2|GOVADDR}\nPostbus 10007\n8000 GA {Zwolle|PLACE}\n"
            "Telefoon {14 038|SWITCH}\nBehandeld door: [[Jorien Wassink|PERSON]]\n"
            "Direct: [[038 498 27 61|PHONE]]\nE-mail: [[j.wassink@zwolle.nl|EMAIL]]")],
         [P("Aan:\n[[Mevrouw H.J. Brinkhuis-Ter Horst|PERSON|Brinkhuis-Ter Horst]]\n"
            "[[Grote Voort 211a|ADDRESS]]\n[[8041 BM|ADDRESS]] {Zwolle|PLACE}"),
          P("Datum: {14 maart 2025|DATE}\nOns kenmerk: {WMO-2025-04417|CASE}\nBSN: [[" + B1 + "|BSN]]")]),
    H("Onderwerp: besluit op uw aanvraag {huishoudelijke ondersteuning|TERM}"),
    P("Geachte mevrouw [[Brinkhuis-Ter Horst|PERSON|Brinkhuis-Ter Horst]],"),
    P("Op {3 februari 2025|DATE} heeft u bij ons een melding gedaan op grond van de {Wet maatschappelijke "
      "ondersteuning 2015|LAW}. Op {18 februari 2025|DATE} heeft onze {Wmo-consulent|FUNC} mevrouw "
      "[[Wassink|PERSON]] met u gesproken bij u thuis aan de [[Grote Voort 211a|ADDRESS]]. Uw dochter, "
      "[[Ellen Brinkhuis|PERSON|Ellen]], was bij dit gesprek aanwezig."),
    P("U krijgt {huishoudelijke ondersteuning|TERM} in natura van {Zorggroep Noordoost|ORG}. "
      "Uw eigen bijdrage wordt vastgesteld door het {CAK|ACR}. Bent u het niet eens met dit besluit, "
      "dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders."),
    P("Met vriendelijke groet,\nnamens het college,\n\n[[J. Wassink|PERSON|J. Wassink]]\n{Wmo-consulent|FUNC}"),
], producer="reportlab")

# 02 bijstand letter with IBAN, running text address
doc("mx02", "Besluit Participatiewet", [
    T("{Gemeente Arnhem|ORG} – {Werk en Inkomen|ORG}"),
    P("[[De heer R. van Kooten|PERSON|van Kooten]]\n[[Sonsbeeksingel 14-2|ADDRESS]]\n[[6814 AB|ADDRESS]] {Arnhem|PLACE}"),
    KV(("Datum:", "{2 april 2025|DATE}"), ("Zaaknummer:", "{PW-25-11803|CASE}"),
       ("Contactpersoon:", "[[Thijs Oosterveld|PERSON]]"),
       ("Telefoon:", "[[06-41 82 90 37|PHONE]] (maandag t/m donderdag)")),
    P("Beste heer [[Van Kooten|PERSON|Van Kooten]],"),
    P("U heeft op {12 maart 2025|DATE} een {bijstandsuitkering|TERM} aangevraagd op grond van de "
      "{Participatiewet|LAW}. Uw aanvraag is toegekend met ingang van {1 maart 2025|DATE}. Uw geboortedatum "
      "volgens de {BRP|ACR} is [[17-06-1971|DOB]]; uw BSN is [[" + B2 + "|BSN]]."),
    P("Wij maken de uitkering van {€ 1.341,36|AMOUNT} netto per maand over op rekeningnummer "
      "[[" + I1 + "|IBAN]] ten name van [[R. van Kooten|PERSON|R. van Kooten]]. Uw partner, mevrouw "
      "[[Samira el Idrissi|PERSON|el Idrissi;Samira]], staat op hetzelfde adres ingeschreven."),
    P("Verhuist u van [[Sonsbeeksingel 14-2|ADDRESS]] naar een ander adres, geef dit dan door via "
      "{werkeninkomen@arnhem.nl|MAILBOX} of bel het {Klant Contact Centrum|ORG} op {0800-1809|SWITCH}."),
    P("Met vriendelijke groet,\n\n[[T. Oosterveld|PERSON|T. Oosterveld]]\n{klantmanager|FUNC} {Werk en Inkomen|ORG}"),
], producer="fpdf2")

# 03 provincial subsidy decision
doc("mx03", "Subsidiebeschikking", [
    T("{Provincie Gelderland|ORG}"),
    P("Stichting Dorpshuis De Kraanvogel\nt.a.v. [[mevrouw A.M. Hoogeveen|PERSON|Hoogeveen]]\n"
      "[[Kerkweg 7|ADDRESS]]\n[[7251 CE|ADDRESS]] {Vorden|PLACE}"),
    KV(("Datum", "{9 januari 2025|DATE}"), ("Zaaknummer", "{2024-017733|CASE}"),
       ("Behandeld door", "[[Koen Lammers|PERSON]]"), ("Telefoonnummer", "[[(026) 359 87 14|PHONE]]"),
       ("E-mail", "[[k.lammers@gelderland.nl|EMAIL]]")),
    H("Onderwerp: subsidie {Vitale Kernen|PROG} 2025"),
    P("Geachte mevrouw [[Hoogeveen|PERSON|Hoogeveen]],"),
    P("Gedeputeerde Staten van {Gelderland|PLACE} hebben besloten u een subsidie te verlenen van "
      "{€ 48.500|AMOUNT} voor de verduurzaming van het dorpshuis, op grond van de {Algemene "
      "subsidieverordening Gelderland|LAW}. De aanvraag is ondertekend door uw penningmeester "
      "[[Gerrit Jan Beumer|PERSON|Beumer;Gerrit Jan]] en de secretaris [[W. Ruiterkamp|PERSON|Ruiterkamp]]."),
    P("Het voorschot wordt betaald op [[" + I2 + "|IBAN]]. Deze rekening staat op naam van de "
      "penningmeester privé; wij vragen u een rekening op naam van de stichting door te geven."),
    P("Met vriendelijke groet,\nGedeputeerde Staten van {Gelderland|PLACE},\nnamens dezen,\n\n"
      "[[drs. M.C. Verheij-Oldenkamp|PERSON|Verheij-Oldenkamp]]\n{teamleider Subsidies|FUNC}"),
    S("{Provinciehuis|ORG}, {Markt 11|GOVADDR}, {Arnhem|PLACE} – {026 359 91 11|SWITCH} – {post@gelderland.nl|MAILBOX}"),
], producer="libreoffice")

# 04 beslisnota with paraph route and side column
doc("mx04", "Beslisnota", [
    T("Beslisnota {Ministerie van Volksgezondheid, Welzijn en Sport|ORG}"),
    COLS([S("{Directie Publieke Gezondheid|ORG}\n{Parnassusplein 5|GOVADDR}\n{2511 VX|GOVADDR} {Den Haag|PLACE}\n\n"
            "Contactpersoon\n[[Maarten Visscher|PERSON]]\n{senior beleidsmedewerker|FUNC}\n"
            "T [[070 340 61 58|PHONE]]\nM [[+31 6 2847 1190|PHONE]]\n[[m.visscher@minvws.nl|EMAIL]]\n\n"
            "Kenmerk\n{4011982-1066420-PG|CASE}")],
         [KV(("Aan:", "minister {De Jonge|PUBLIC}"), ("Van:", "[[Esther Kampen|PERSON]], {directeur PG|FUNC}"),
             ("Datum:", "{22 november 2024|DATE}"), ("Kopie aan:", "[[drs. F. de Jonge|PERSON|F. de Jonge]], {plv. directeur|FUNC}")),
          H("Aanleiding"),
          P("Op {1 december 2024|DATE} loopt de {Tijdelijke regeling vaccinatie|LAW} af. De {GGD GHOR Nederland|ORG} "
            "vraagt om verlenging. Minister {De Jonge|PUBLIC} heeft in het {AO Publieke Gezondheid|TERM} toegezegd "
            "hierover vóór kerst te beslissen.")]),
    H("Geadviseerd besluit"),
    P("Aan de minister wordt gevraagd in te stemmen met verlenging tot {1 juli 2025|DATE}. Collega "
      "[[Frank de Jonge|PERSON|Frank]] (financiën) heeft de dekking bevestigd; [[De Jonge|PERSON|De Jonge]] "
      "van de directie is geen familie van de minister."),
    H("Paraafroute"),
    TAB(["Naam", "Functie", "Paraaf", "Datum"],
        [["[[E. Kampen|PERSON|E. Kampen]]", "{directeur PG|FUNC}", "[[EK|INITIALS]]", "22-11"],
         ["[[M. Visscher|PERSON|M. Visscher]]", "{senior beleidsmedewerker|FUNC}", "[[MVi|INITIALS]]", "21-11"],
         ["[[H. Tjoa-Lim|PERSON|Tjoa-Lim]]", "{juridisch adviseur|FUNC}", "[[HTL|INITIALS]]", "21-11"]],
        [3, 3, 1.2, 1.2]),
    H("Informatie die niet openbaar gemaakt kan worden"),
    P("Motivering: [nog in te vullen]"),
], producer="chromium")

# 05 Kamerbrief draft with track comments
doc("mx05", "Concept Kamerbrief", [
    T("CONCEPT – Kamerbrief over de voortgang {Regiodeals|PROG}"),
    KV(("Aan", "de Voorzitter van de {Tweede Kamer der Staten-Generaal|ORG}"),
       ("Datum", "{30 januari 2025|DATE}"), ("Kenmerk", "{BZK-2025-0000061122|CASE}")),
    P("In het commissiedebat van {12 december 2024|DATE} heeft Kamerlid {Van Dijk|PUBLIC} gevraagd naar de "
      "besteding van de middelen in {Zuid-Limburg|PLACE}. Staatssecretaris {Van Ark|PUBLIC} heeft toegezegd de "
      "Kamer hierover te informeren."),
    P("[Opmerking [[AvdB|INITIALS]]: cijfers nog checken met [[Anouk van den Berg|PERSON|van den Berg;Anouk]] van "
      "{Financieel-Economische Zaken|ORG}, zij is bereikbaar op [[06 1938 2274|PHONE]].]"),
    P("[Opmerking [[Yusuf|PERSON]]: passage over {Heerlen|PLACE} afgestemd met de gemeente, contact "
      "[[Petra Smeets|PERSON]] ([[p.smeets@heerlen.nl|EMAIL]]).]"),
    P("De regio’s hebben in 2024 {€ 87 miljoen|AMOUNT} besteed. De evaluatie door {Rebel Group|ORG} "
      "verschijnt in het voorjaar."),
    P("De Staatssecretaris van {Binnenlandse Zaken en Koninkrijksrelaties|ORG},\n\n{Van Ark|PUBLIC}"),
    S("Opgesteld door [[YÖZ|INITIALS]] ([[Yusuf Öztürk|PERSON|Öztürk]]), {DG Openbaar Bestuur|ORG}."),
], producer="reportlab")

# 06 e-mail thread, Outlook headers Dutch and English, forwarded
doc("mx06", "E-mailwisseling", [
    T("Fwd: RE: aanlevering cijfers {Wet inburgering|LAW}"),
    KV(("Van:", "[[Lotte Vermeulen|PERSON]] <[[lotte.vermeulen@minszw.nl|EMAIL]]>"),
       ("Verzonden:", "dinsdag {4 maart 2025|DATE} 09:12"),
       ("Aan:", "{Inburgering DG SZW|MAILBOX} <{inburgering@minszw.nl|MAILBOX}>"),
       ("CC:", "[[Bakker, Jeroen|PERSON|Bakker;Jeroen]]"),
       ("Onderwerp:", "Fwd: RE: aanlevering cijfers")),
    P("Hoi [[Jeroen|PERSON]],\n\nZie hieronder de reactie van [[Wouter|PERSON]] van {DUO|ACR}. Kun jij de "
      "tabel voor de {Monitor Inburgering|PROG} aanvullen? Ik ben vrijdag bereikbaar op [[06-19283746|PHONE]].\n\n"
      "Groet,\n[[Lotte|PERSON]]"),
    P("-----Original Message-----\nFrom: [[Wouter Schipper|PERSON|Schipper]] <[[w.schipper@duo.nl|EMAIL]]>\n"
      "Sent: Monday, {March 3, 2025|DATE} 16:40\nTo: [[Vermeulen, L.|PERSON|Vermeulen, L.]]\n"
      "Subject: RE: aanlevering cijfers"),
    P("Beste [[Lotte|PERSON]],\n\nDe cijfers over het eerste kwartaal staan in de {SharePoint|TERM}-map. "
      "Let op: de {dashboard export|TERM} bevat nog geen {B1-route|PROG}. Voor vragen kun je ook "
      "[[mevrouw Kuipers|PERSON|Kuipers]] bellen, [[050 599 21 87|PHONE]].\n\nMet vriendelijke groet,\n"
      "[[Wouter Schipper|PERSON]]\n{adviseur Informatievoorziening|FUNC}\n{Dienst Uitvoering Onderwijs|ORG}\n"
      "[[+31 (0)6 48 21 09 55|PHONE]]"),
], producer="fpdf2")

# 07 Teams chat export
doc("mx07", "Teams-chat", [
    T("Export {Microsoft Teams|TERM} – chat ‘Crisisteam hoogwater’"),
    TAB(["Tijd", "Afzender", "Bericht"],
        [["{13-01-2025|DATE} 07:02", "[[Sjoerd Hellinga|PERSON]]", "Morgen, peilstand {Lobith|PLACE} stijgt. @[[Mirjam|PERSON]] kun jij de {waterschapsbestuurders|FUNC} informeren?"],
         ["07:05", "[[Mirjam Zandstra|PERSON|Zandstra]]", "Doe ik. Bel me op [[0612 33 44 91|PHONE]] als het {LCO|ACR} opschaalt."],
         ["07:11", "[[Hellinga, S.|PERSON|Hellinga, S.]]", "Burgemeester {Dijksma|PUBLIC} wil om 10:00 een update via {Webex|TERM}."],
         ["07:14", "[[Bram|PERSON]]", "Ik zit in de {Meldkamer Oost-Nederland|ORG}, [[sjoerd|PERSON|sjoerd]] stuur je de {SitRap|TERM}?"],
         ["07:20", "[[Sjoerd Hellinga|PERSON]]", "Ja. {Rijkswaterstaat|ORG} ({RWS|ACR}) levert de {waterstandsverwachting|TERM} via {lco@rws.nl|MAILBOX}."],
         ["07:22", "[[Bram Wigboldus|PERSON|Wigboldus]]", "Top. ([[b.wigboldus@vrgz.nl|EMAIL]])"]],
        [1.3, 1.6, 5]),
], producer="libreoffice")

# 08 minutes with attendance and action list
doc("mx08", "Verslag", [
    T("Verslag overleg {Regionale Energiestrategie|PROG} {Drechtsteden|PLACE}"),
    KV(("Datum:", "{6 februari 2025|DATE}, {Stadskantoor Dordrecht|ORG}"),
       ("Aanwezig:", "wethouder {Stam|PUBLIC} (voorzitter), [[Ingrid Ploeg|PERSON]] ({Omgevingsdienst Zuid-Holland Zuid|ORG}), "
        "[[R. Groen|PERSON|Groen]] ({Stedin|ORG}), [[Nadia Haddou|PERSON]], [[mr. P.J. van Leeuwen|PERSON|van Leeuwen]] (notulist)"),
       ("Afwezig:", "[[Kees Groenewegen|PERSON]] (met bericht)")),
    H("1. Opening"),
    P("Wethouder {Stam|PUBLIC} opent. [[Groen|PERSON|Groen]] meldt dat de netcongestie in het {Groene Hart|PLACE} "
      "toeneemt. [[Nadia|PERSON]] vraagt of het {Netcongestie-loket|PROG} ook voor bewoners geldt."),
    H("2. Actielijst"),
    TAB(["Nr", "Actie", "Wie", "Wanneer"],
        [["1", "Kaart warmtenet actualiseren", "[[Ploeg|PERSON|Ploeg]]", "{1 maart|DATE}"],
         ["2", "Afstemming met {Stedin|ORG} over {Papendrecht|PLACE}", "[[Groen / Haddou|PERSON|Haddou]]", "{15 maart|DATE}"],
         ["3", "Brief aan gemeenteraad", "[[PJvL|INITIALS]]", "{20 maart|DATE}"]], [0.5, 5, 2, 1.5]),
    S("Verslag: [[p.vanleeuwen@drechtsteden.nl|EMAIL]] – secretariaat {res@drechtsteden.nl|MAILBOX}"),
], producer="chromium")

# 09 contact list, narrow columns so names wrap
doc("mx09", "Contactlijst", [
    T("Contactlijst {projectteam Omgevingswet|PROG}"),
    TAB(["Naam", "Organi­satie", "Functie", "Telefoon", "E-mail"],
        [["[[Hendrika van der Zwaag-Meijboom|PERSON|Zwaag-Meijboom;Hendrika]]", "{Gemeente Leeuwarden|ORG}", "{projectleider|FUNC}", "[[06 5122 8734|PHONE]]", "[[h.vdzwaag@leeuwarden.nl|EMAIL]]"],
         ["[[Jan-Willem Terpstra|PERSON|Terpstra;Jan-Willem]]", "{Wetterskip Fryslân|ORG}", "{jurist|FUNC}", "[[058 292 22 05|PHONE]]", "[[jw.terpstra@wetterskip.nl|EMAIL]]"],
         ["[[Aukje de Boer|PERSON|de Boer;Aukje]]", "{Provincie Fryslân|ORG}", "{adviseur|FUNC}", "[[+31 6 1100 4297|PHONE]]", "[[a.deboer@fryslan.frl|EMAIL]]"],
         ["[[Maximiliaan Oudshoorn|PERSON|Oudshoorn;Maximiliaan]]", "{Rijkswaterstaat|ORG}", "{omgevingsmanager|FUNC}", "[[06-28 76 54 10|PHONE]]", "[[max.oudshoorn@rws.nl|EMAIL]]"],
         ["Servicedesk", "{Informatiehuis|ORG}", "–", "{088 797 73 00|SWITCH}", "{servicedesk@iplo.nl|MAILBOX}"]],
        [2.2, 2, 1.6, 1.8, 2.8]),
], producer="reportlab")

# 10 incident log with licence plates and DOB
doc("mx10", "Incidentenlog", [
    T("Incidentenlog {Handhaving|ORG} {Gemeente Breda|ORG} – week 7"),
    TAB(["Datum", "Locatie", "Omschrijving"],
        [["{10-02-2025|DATE}", "{Grote Markt|PLACE}", "Voertuig [[GX-412-B|PLATE]] geparkeerd op laad- en losplaats. Bestuurder [[D. Aksoy|PERSON|Aksoy]] (geb. [[03-09-1988|DOB]]) bekeurd."],
         ["{11-02-2025|DATE}", "{Haagdijk|PLACE}", "Melding geluidsoverlast door bewoner [[Haagdijk 96|ADDRESS]]; {BOA|ACR} [[Koppelaar|PERSON]] ter plaatse."],
         ["{12-02-2025|DATE}", "{Station Breda|PLACE}", "Fiets weggesleept, eigenaar [[Fleur Mertens|PERSON]], [[Ginnekenweg 301|ADDRESS]], [[4835 NC|ADDRESS]] {Breda|PLACE}."],
         ["{13-02-2025|DATE}", "{Chasséveld|PLACE}", "Bestelbus [[VZ-88-TN|PLATE]] zonder {milieuzone|TERM}-ontheffing; kentekenhouder [[Loodgietersbedrijf Mertens|PERSON|Loodgietersbedrijf Mertens]]. Geboren [[21 april 1964|DOB]]."],
         ["{14-02-2025|DATE}", "{Valkenberg|PLACE}", "Geen bijzonderheden. Dienst: [[BOA 4471 (R. Koppelaar)|PERSON|R. Koppelaar]]."]],
        [1.3, 1.5, 6]),
    S("Meldingen: {14 076|SWITCH} of {handhaving@breda.nl|MAILBOX}"),
], producer="fpdf2")

# 11 Woo-besluit with inventory table
doc("mx11", "Woo-besluit", [
    T("Besluit op uw Woo-verzoek"),
    P("[[De heer M.A. Wijnberg|PERSON|Wijnberg]]\n[[Postjesweg 88-III|ADDRESS]]\n[[1057 EE|ADDRESS]] {Amsterdam|PLACE}"),
    KV(("Datum", "{17 april 2025|DATE}"), ("Kenmerk", "{WOO-2025-0219|CASE}"),
       ("Inlichtingen", "{woo@minienw.nl|MAILBOX}")),
    P("Geachte heer [[Wijnberg|PERSON|Wijnberg]],"),
    P("Met uw verzoek van {6 januari 2025|DATE} vraagt u op grond van de {Wet open overheid|LAW} ({Woo|ACR}) om "
      "documenten over de {Luchtvaartnota|PROG} en {Schiphol|PLACE}. De minister van {Infrastructuur en "
      "Waterstaat|ORG} besluit uw verzoek gedeeltelijk toe te wijzen. Namen van medewerkers zijn weggelakt "
      "op grond van artikel {5.1, tweede lid, onder e|LAW}."),
    TAB(["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
        [["1", "E-mail [[Van Wijk|PERSON|Van Wijk]] aan {DGLM|ACR}", "{08-03-2024|DATE}", "deels openbaar", "5.1.2e", "naam ambtenaar"],
         ["2", "Nota {Luchtvaartnota|PROG} (paraaf [[GdV|INITIALS]])", "{14-03-2024|DATE}", "deels openbaar", "5.1.2e", "–"],
         ["3", "Verslag gesprek met [[Corinne Lafeber|PERSON]] ({KLM|ACR})", "{02-04-2024|DATE}", "deels openbaar", "5.1.2e, 5.1.1c", "bedrijfsgegevens"],
         ["4", "Brief van minister {Harbers|PUBLIC} aan {Schiphol|PLACE}", "{19-04-2024|DATE}", "openbaar", "–", "reeds openbaar"]],
        [0.4, 3.6, 1.3, 1.4, 1.2, 1.6]),
    P("Hoogachtend,\nDe minister van {Infrastructuur en Waterstaat|ORG},\nnamens deze,\n\n"
      "[[ir. G. de Vries|PERSON|G. de Vries]]\n{afdelingshoofd Woo|FUNC}"),
], producer="libreoffice")

# 12 ombudsman complaint
doc("mx12", "Klachtrapport", [
    T("{Nationale ombudsman|ORG} – rapport {2025/031|CASE}"),
    P("Verzoeker: [[Jozef Nieuwenhuijs|PERSON|Nieuwenhuijs;Jozef]], wonend te {Tilburg|PLACE} "
      "([[Piushaven 40|ADDRESS]], [[5017 AN|ADDRESS]]), geboren op [[2 november 1953|DOB]]."),
    H("Klacht"),
    P("Verzoeker klaagt erover dat de {Belastingdienst/Toeslagen|ORG} zijn telefoontjes naar de "
      "{BelastingTelefoon|ORG} ({0800-0543|SWITCH}) niet heeft beantwoord en dat medewerker "
      "[[mevrouw Rood|PERSON|Rood]] hem op {14 oktober 2024|DATE} heeft toegezegd terug te bellen op "
      "[[013-5447129|PHONE]]. Zijn dochter [[Marloes|PERSON]] heeft de klacht ingediend via "
      "[[marloes.nieuwenhuijs@gmail.com|EMAIL]]."),
    H("Bevindingen"),
    P("De {Belastingdienst|ORG} erkent dat de terugbelnotitie van [[Rood|PERSON|Rood]] niet is opgepakt. "
      "Teamleider [[H. Achterberg|PERSON|Achterberg]] heeft excuses aangeboden. Het rode dossier "
      "(‘rood’ in het {CRM-systeem|TERM}) is gesloten. De {Algemene wet bestuursrecht|LAW} vereist "
      "een beslissing binnen acht weken."),
    H("Oordeel"),
    P("De klacht is gegrond. De {Nationale ombudsman|ORG}, {Bezuidenhoutseweg 151|GOVADDR}, {Den Haag|PLACE}."),
], producer="chromium")

# 13 tender evaluation with bidder contact persons
doc("mx13", "Gunningsadvies", [
    T("Gunningsadvies aanbesteding {onderhoud kunstwerken N35|PROG}"),
    KV(("Opdrachtgever:", "{Provincie Overijssel|ORG}"), ("Datum:", "{28 februari 2025|DATE}"),
       ("Referentie:", "{OV-2024-A-0412|CASE}"),
       ("Inkoopadviseur:", "[[Rianne Olde Rikkert|PERSON|Olde Rikkert;Rianne]], [[06 27 91 35 48|PHONE]]")),
    TAB(["Inschrijver", "Contactpersoon", "Prijs", "Score"],
        [["{Heijmans Infra B.V.|ORG}", "[[ing. T. Boerrigter|PERSON|Boerrigter]] ([[t.boerrigter@heijmans.nl|EMAIL]])", "{€ 4.212.000|AMOUNT}", "81"],
         ["{Van Oord|ORG}", "[[Sander Koning|PERSON|Koning;Sander]]", "{€ 4.390.500|AMOUNT}", "77"],
         ["{Dura Vermeer|ORG}", "[[mw. E. Haverkamp|PERSON|Haverkamp]], [[0031 6 3490 1276|PHONE]]", "{€ 4.105.750|AMOUNT}", "74"]],
        [2.2, 3.5, 1.6, 0.8]),
    P("De beoordelingscommissie ([[Olde Rikkert|PERSON|Olde Rikkert]], [[Wessel Dijkhuis|PERSON]] en "
      "[[A. ter Braak|PERSON|ter Braak]]) adviseert te gunnen aan {Heijmans Infra B.V.|ORG}. De "
      "{Koning-Willem-Alexanderbrug|PLACE} valt buiten de opdracht. Gedeputeerde {Bouwmeester|PUBLIC} wordt hierover geïnformeerd."),
    S("Toelichting bij de namen: bedrijven met een familienaam in de naam ({Heijmans|ORG}, {Van Oord|ORG}, "
      "{Dura Vermeer|ORG}) zijn rechtspersonen en blijven leesbaar; hun medewerkers worden weggelakt."),
], producer="reportlab")

# 14 reply-quoting e-mail thread (English headers)
doc("mx14", "Mail thread", [
    T("RE: RE: {Datalek melding|TERM} {AP|ACR}"),
    KV(("From:", "[[Chantal Boumans|PERSON]] <[[chantal.boumans@rvo.nl|EMAIL]]>"),
       ("Sent:", "Thursday, {20 February 2025|DATE} 11:03"),
       ("To:", "[[Pieters, Mark|PERSON|Pieters;Mark]]; {privacy@rvo.nl|MAILBOX}"),
       ("Subject:", "RE: RE: Datalek melding AP")),
    P("[[Mark|PERSON]],\n\nAkkoord met de tekst. De {Functionaris Gegevensbescherming|FUNC} wil wel dat we het "
      "{incident response plan|TERM} bijvoegen.\n\n[[Chantal|PERSON]]\n{Rijksdienst voor Ondernemend Nederland|ORG}\n"
      "T [[088 042 57 16|PHONE]]"),
    P("> Op {19 feb. 2025|DATE} om 17:21 schreef [[Mark Pieters|PERSON]]:\n> Beste [[Chantal|PERSON]],\n"
      "> Er is per abuis een Excel met aanvragers verstuurd, o.a. [[Hoeve De Eikenhorst, Bart Wolters|PERSON|Wolters;Bart]]\n"
      "> ([[Eikenhorsterweg 3|ADDRESS]], [[7137 HR|ADDRESS]] {Lievelde|PLACE}) en [[fam. Ten Hove|PERSON|Ten Hove]]. Melden bij de\n"
      "> {Autoriteit Persoonsgegevens|ORG} binnen 72 uur. Bel me op [[06 - 2255 8190|PHONE]].\n> [[Mark|PERSON]]"),
], producer="fpdf2")

# 15 Wmo letter: citizen address in running text without a person label
doc("mx15", "Brief woningaanpassing", [
    T("{Gemeente Groningen|ORG}"),
    P("[[Familie Dijkstra-Bos|PERSON|Dijkstra-Bos]]\n[[Oosterweg 12|ADDRESS]]\n[[9724 CC|ADDRESS]] {Groningen|PLACE}"),
    KV(("Datum", "{5 mei 2025|DATE}"), ("Ons nummer", "{Z-2025-77120|CASE}"),
       ("Vragen?", "Bel {14 050|SWITCH} of mail {wmo@groningen.nl|MAILBOX}")),
    P("Beste familie [[Dijkstra-Bos|PERSON|Dijkstra-Bos]],"),
    P("U vroeg om een {traplift|TERM} voor uw zoon [[Sietse|PERSON]]. De {ergotherapeut|FUNC} van "
      "{Zorgpunt Noord|ORG} heeft de woning op [[Oosterweg 12|ADDRESS]] bekeken. Een traplift is daar niet "
      "mogelijk. Wij bieden u daarom een verhuiskostenvergoeding aan voor een gelijkvloerse woning. "
      "{Woningcorporatie Lefier|ORG} heeft een woning beschikbaar op [[Zaagmuldersweg 51|ADDRESS]], "
      "[[9713 LV|ADDRESS]]; de huidige bewoner verhuist op {1 juli 2025|DATE}."),
    P("Het adres [[Paterswoldseweg 806 (bovenwoning)|ADDRESS|Paterswoldseweg 806]] dat u als alternatief "
      "noemde, valt helaas af. Wethouder {Jongman|PUBLIC} heeft in de raad toegezegd dat de "
      "{Wmo|ACR}-procedure in {2025|DATE} sneller wordt."),
    P("Met vriendelijke groet,\n\n[[Bos|PERSON|Bos]]\n{consulent Wmo|FUNC}"),
    S("De consulent heet toevallig ook [[Bos|PERSON|Bos]]; zij is geen familie. {Stadhuis|ORG}, {Grote Markt 1|GOVADDR}, {Groningen|PLACE}."),
], producer="libreoffice")

# 16 bijstand terugvordering (chromium, side column)
doc("mx16", "Terugvordering bijstand", [
    COLS([S("{Sociale Dienst Drechtsteden|ORG}\n{Spuiboulevard 300|GOVADDR}\n{Dordrecht|PLACE}\n\n"
            "Uw contactpersoon\n[[Gülşen Yıldırım|PERSON|Yıldırım;Gülşen]]\n[[078-770 83 14|PHONE]]\n"
            "[[g.yildirim@drechtsteden.nl|EMAIL]]")],
         [P("[[Mevr. D.P.M. van ’t Hof|PERSON|van ’t Hof]]\n[[Noordendijk 411|ADDRESS]]\n[[3311 RV|ADDRESS]] {Dordrecht|PLACE}"),
          KV(("Datum:", "{24 maart 2025|DATE}"), ("Dossier:", "{SDD-144902|CASE}"),
             ("BSN:", "[[" + B3 + "|BSN]]"), ("Geboortedatum:", "[[30-12-1979|DOB]]"))]),
    H("Terugvordering {bijzondere bijstand|TERM}"),
    P("Geachte mevrouw [[Van ’t Hof|PERSON|Van ’t Hof]],"),
    P("U ontving in 2024 {€ 2.430,00|AMOUNT} {bijzondere bijstand|TERM} voor een wasmachine en bed. Uit "
      "informatie van het {Inlichtingenbureau|ORG} blijkt dat uw inwonende zoon, [[Kevin van ’t Hof|PERSON|Kevin]], "
      "geboren [[8 augustus 2003|DOB]], inkomen had. Wij vorderen daarom {€ 1.215,00|AMOUNT} terug op grond van "
      "artikel 58 van de {Participatiewet|LAW}."),
    P("U kunt betalen op {NL86 BNGH 0285 0012 34|KEEPIBAN} van de {Gemeente Dordrecht|ORG} onder vermelding "
      "van het dossiernummer, of een betalingsregeling vragen. De betaling die u deed van rekening "
      "[[" + I3 + "|IBAN]] is verrekend."),
    P("Met vriendelijke groet,\n\n[[G. Yıldırım|PERSON|G. Yıldırım]]\n{klantmanager|FUNC}"),
], producer="chromium")

# 17 second beslisnota (reportlab), civil servant shares surname with staatssecretaris
doc("mx17", "Nota aan de staatssecretaris", [
    T("Nota {Ministerie van Sociale Zaken en Werkgelegenheid|ORG}"),
    KV(("Aan:", "staatssecretaris {Van Ark|PUBLIC}"), ("Van:", "[[Ruud van Ark|PERSON|Ruud]] ({DG Werk|ORG})"),
       ("Datum:", "{11 oktober 2024|DATE}"), ("Kenmerk:", "{2024-0000218740|CASE}"),
       ("Contactpersoon:", "[[R. van Ark|PERSON|R. van Ark]], [[070 333 49 02|PHONE]], [[r.vanark@minszw.nl|EMAIL]]")),
    H("Aanleiding"),
    P("Naar aanleiding van vragen van Kamerlid {Van Dijk|PUBLIC} over de {Banenafspraak|PROG} ligt een concept-"
      "antwoord voor. Het lid {Van Dijk|PUBLIC} ({SP|ACR}) vroeg ook naar {UWV|ACR}-cijfers; deze zijn aangeleverd "
      "door [[Kim Dijk|PERSON|Kim Dijk]] van {UWV|ACR}."),
    H("Advies"),
    P("Wij adviseren u in te stemmen. Let op: de nota is opgesteld door uw naamgenoot [[Van Ark|PERSON|Van Ark]] "
      "van {DG Werk|ORG}; er is geen familierelatie met de staatssecretaris."),
    TAB(["Naam", "Paraaf", "Datum"],
        [["[[R. van Ark|PERSON|R. van Ark]]", "[[RvA|INITIALS]]", "{10-10-2024|DATE}"],
         ["[[M. Çelik|PERSON|Çelik]]", "[[MÇ|INITIALS]]", "{11-10-2024|DATE}"]], [3, 1, 1.5]),
    H("Informatie die niet openbaar gemaakt kan worden"),
    P("Niet van toepassing."),
], producer="reportlab")

# 18 second Teams chat (fpdf2), first names only, lower-case
doc("mx18", "Teams-export", [
    T("Chatgeschiedenis ‘{Woo-team|ORG} {DJI|ACR}’"),
    P("[{08-01-2025|DATE} 14:02] [[Femke Rozendaal|PERSON]]: wie pakt het verzoek van [[de heer Doornbos|PERSON|Doornbos]] op? "
      "Hij belde weer, [[06-55 12 00 87|PHONE]]."),
    P("[14:04] [[Ahmed|PERSON]]: ik. [[femke|PERSON|femke]] heb jij de {PI Vught|ORG}-stukken al?"),
    P("[14:05] [[Femke Rozendaal|PERSON]]: ja, staan in {Join|TERM}. Let op, gedetineerde [[J.B.|INITIALS]] "
      "(geb. [[12-04-1996|DOB]]) staat erin met volledige naam [[Jordy Brink|PERSON]]."),
    P("[14:09] [[Ahmed el Amrani|PERSON|el Amrani]]: check. Ik vraag [[Hans|PERSON]] van {Juridische Zaken|ORG} om een zienswijze."),
    P("[14:12] [[Hans Veldhuis|PERSON|Veldhuis]]: prima, mail naar [[hans.veldhuis@dji.minjus.nl|EMAIL]], niet naar "
      "{woo@dji.minjus.nl|MAILBOX}. Staatssecretaris {Coenradie|PUBLIC} wil de beslissing zien."),
    P("[14:15] [[Femke Rozendaal|PERSON]]: ok. Deadline is {20 januari|DATE}, {Woo|ACR}-termijn plus verdaging."),
], producer="fpdf2")

# 19 minutes (libreoffice, two columns) with attendance
doc("mx19", "Notulen MT", [
    T("Notulen MT {Veiligheidsregio Utrecht|ORG}"),
    KV(("Datum:", "{27 januari 2025|DATE}"),
       ("Aanwezig:", "[[Willem Jan de Wit|PERSON|de Wit;Willem Jan]] (vz), [[Lies Zwart|PERSON|Zwart;Lies]], "
        "[[Ömer Kaya|PERSON|Kaya;Ömer]], [[A. van Beek|PERSON|van Beek]]"),
       ("Gast:", "burgemeester {Dijksma|PUBLIC} (agendapunt 3)")),
    P("1. [[De Wit|PERSON|De Wit]] opent. Het verslag van {16 december|DATE} wordt vastgesteld. "
      "[[Lies|PERSON]] meldt dat de {jaarwisseling|TERM} in {Utrecht|PLACE} rustig verliep; de wit-zwarte "
      "afzetlinten bij de {Jaarbeurs|ORG} werken goed."),
    P("2. [[Kaya|PERSON|Kaya]] presenteert het {Regionaal Risicoprofiel|PROG}. [[Van Beek|PERSON|Van Beek]] "
      "vraagt of de {Amsterdam-Rijnkanaal|PLACE}-scenario’s zijn meegenomen."),
    P("3. Burgemeester {Dijksma|PUBLIC} licht de {evenementenvergunning|TERM} {Tour de France|TERM} toe. "
      "Actie: [[WJdW|INITIALS]] stemt af met de {Politie Midden-Nederland|ORG}; contact via [[06 4455 6677|PHONE]]."),
    P("4. Rondvraag. [[Zwart|PERSON|Zwart]] is vanaf {1 maart|DATE} met verlof; vervanging door "
      "[[Bas Roodhart|PERSON]] ([[b.roodhart@vru.nl|EMAIL]])."),
], producer="libreoffice", twocol=True)

# 20 contact list (chromium) with names split by hard line ends
doc("mx20", "Bereikbaarheidslijst", [
    T("Bereikbaarheidslijst piket {Omgevingsdienst Haaglanden|ORG}"),
    TAB(["Naam", "Rol", "Mobiel", "Mail"],
        [["[[Geertruida van\nSchaik-Buitenhuis|PERSON|Schaik-Buitenhuis;Geertruida]]", "{piketcoördinator|FUNC}", "[[06 2391\n4478|PHONE|06 2391 4478]]", "[[g.vanschaik@odh.nl|EMAIL]]"],
         ["[[Thomas\nde la Court|PERSON|de la Court;Thomas]]", "{toezichthouder|FUNC}", "[[+31 6 5540 3321|PHONE]]", "[[t.delacourt@odh.nl|EMAIL]]"],
         ["[[Priya Ramdin-\nMisier|PERSON|Ramdin-Misier;Priya]]", "{specialist asbest|FUNC}", "[[06-10 20 30 49|PHONE]]", "[[p.ramdin@odh.nl|EMAIL]]"],
         ["Meldkamer", "{24/7|TERM}", "{070 – 3 60 20 20|SWITCH}", "{meldkamer@odh.nl|MAILBOX}"]],
        [2.2, 1.8, 1.8, 2.4]),
    P("Buiten kantoortijd eerst de meldkamer bellen. Bij calamiteiten in {Rijswijk|PLACE} of {Delft|PLACE} "
      "informeert de piketcoördinator ook de {Veiligheidsregio Haaglanden|ORG}."),
], producer="chromium")

# 21 police/handhaving incident report with plates (reportlab)
doc("mx21", "Proces-verbaal samenvatting", [
    T("Samenvatting incidenten {A12|PLACE} – {Rijkswaterstaat|ORG} {Verkeerscentrale Midden-Nederland|ORG}"),
    TAB(["Tijd", "Kenteken", "Betrokkene", "Geb.datum", "Toelichting"],
        [["{03-03-2025|DATE} 06:41", "[[52-KLV-8|PLATE]]", "[[Daan Hofstede|PERSON]]", "[[14-11-1990|DOB]]", "Kop-staartbotsing bij {Maarsbergen|PLACE}; {weginspecteur|FUNC} [[N. Bosman|PERSON|Bosman]] ter plaatse"],
         ["{03-03-2025|DATE} 07:15", "[[H-203-XS|PLATE]]", "[[Wendy Maarsbergen|PERSON|Wendy Maarsbergen]]", "[[01-05-1977|DOB]]", "Pech op vluchtstrook, berging door {ANWB|ACR}"],
         ["{04-03-2025|DATE} 17:58", "[[TN-612-P|PLATE]]", "chauffeur onbekend (vrachtwagen [[Transport Hofstede|PERSON|Transport Hofstede]])", "–", "Ladingverlies; {Incident Management|PROG}"]],
        [1.5, 1.4, 2, 1.4, 3.6]),
    P("Bestuurder [[Hofstede|PERSON|Hofstede]] woont aan de [[Utrechtseweg 214|ADDRESS]] in {Amersfoort|PLACE}. "
      "Mevrouw [[Maarsbergen|PERSON|Maarsbergen]] gaf als telefoonnummer [[0033 6 12 34 56 78|PHONE]] (Frans nummer) op."),
    S("Verkeersinformatie: {0800-8002|SWITCH}. {Rijkswaterstaat|ORG}, {Griffioenlaan 2|GOVADDR}, {Utrecht|PLACE}."),
], producer="reportlab")

# 22 Woo-besluit 2 with productierapport-like inventory (fpdf2)
doc("mx22", "Inventarislijst", [
    T("Bijlage 1 – Inventarislijst Woo-besluit {2025-WOO-0087|CASE}"),
    P("Verzoeker: [[Stichting-voorzitter L.E. Verbrugge|PERSON|Verbrugge]], [[Weteringschans 19|ADDRESS]], "
      "[[2312 AA|ADDRESS]] {Leiden|PLACE}; e-mail [[lverbrugge@ziggo.nl|EMAIL]]."),
    TAB(["ID", "Document", "Datum", "Beoordeling", "Grond", "Toelichting"],
        [["0001", "Mail [[Jansen|PERSON]] ({NCTV|ACR}) aan [[Rutger|PERSON]]", "{02-02-2024|DATE}", "deels openbaar", "5.1.2e", "–"],
         ["0002", "Bijlage: {dreigingsbeeld|TERM} {DTN|ACR}", "{02-02-2024|DATE}", "openbaar", "–", "reeds openbaar"],
         ["0003", "Chat [[R. Mulder-\nVeenstra|PERSON|Mulder-Veenstra]] / [[Jansen|PERSON]]", "{05-02-2024|DATE}", "deels openbaar", "5.1.2e, 5.1.2i", "–"],
         ["0004", "Nota aan minister {Yeşilgöz|PUBLIC}", "{12-02-2024|DATE}", "openbaar", "–", "–"],
         ["0005", "Agenda overleg met {Politie|ORG}", "{14-02-2024|DATE}", "niet openbaar", "5.1.2i", "duplicaat van 0003"]],
        [0.6, 3.8, 1.4, 1.5, 1.4, 1.6]),
    P("Namen van medewerkers van de {NCTV|ACR}, onder wie [[Rutger Hoekstra|PERSON|Hoekstra]], zijn weggelakt. "
      "Vragen over dit besluit: {woo@nctv.minjenv.nl|MAILBOX} of {070 751 50 50|SWITCH}."),
], producer="fpdf2")

# 23 forwarded e-mail, Dutch headers, signature blocks (libreoffice)
doc("mx23", "Doorgestuurd bericht", [
    T("Doorgestuurd: klacht parkeervergunning"),
    KV(("Van:", "[[Sophie ten Brink|PERSON|ten Brink;Sophie]]"), ("Verzonden:", "maandag {10 maart 2025|DATE} 08:55"),
       ("Aan:", "[[Klaassen, Ruben (Parkeren)|PERSON|Klaassen;Ruben]]"), ("Onderwerp:", "FW: klacht parkeervergunning")),
    P("Hoi [[Ruben|PERSON]], kun jij deze oppakken? Burgemeester {Halsema|PUBLIC} krijgt hier ook vragen over."),
    P("---------- Doorgestuurd bericht ----------\nVan: [[Peter-Paul Smit|PERSON|Smit;Peter-Paul]] <[[ppsmit1962@hotmail.com|EMAIL]]>\n"
      "Datum: {7 maart 2025|DATE}\nAan: {parkeren@amsterdam.nl|MAILBOX}"),
    P("Geachte heer/mevrouw,\n\nIk woon op [[Nassaukade 330-H|ADDRESS]], [[1053 LS|ADDRESS]]. Mijn vergunning voor "
      "kenteken [[K-877-RB|PLATE]] is zonder reden ingetrokken. Mijn BSN is [[" + B4 + "|BSN]] en mijn "
      "geboortedatum [[9 februari 1962|DOB]]. Bel mij op [[020 - 612 44 90|PHONE]].\n\n[[P.P. Smit|PERSON|P.P. Smit]]"),
    P("Met vriendelijke groet,\n\n[[Sophie ten Brink|PERSON]]\n{teamleider Parkeervergunningen|FUNC}\n"
      "{Gemeente Amsterdam|ORG} | {Amstel 1|GOVADDR} | {14 020|SWITCH}\nM [[06 8123 4567|PHONE]]"),
], producer="libreoffice")

# 24 provincial subsidy decision to a private person (chromium)
doc("mx24", "Subsidiebesluit particulier", [
    T("{Provincie Noord-Brabant|ORG} – besluit {Stimuleringsregeling Erfgoed|PROG}"),
    COLS([S("{Provinciehuis|ORG}\n{Brabantlaan 1|GOVADDR}\n{’s-Hertogenbosch|PLACE}\n{073 681 28 12|SWITCH}\n\n"
            "Behandelaar\n[[Joost van der\nHeijden|PERSON|van der Heijden;Joost]]\n[[073 680 87 41|PHONE]]")],
         [P("[[Dhr. en mevr. Van Gerwen-Schellekens|PERSON|Van Gerwen-Schellekens]]\n[[Markt 27|ADDRESS]]\n"
            "[[5701 RK|ADDRESS]] {Helmond|PLACE}"),
          KV(("Datum", "{3 juni 2025|DATE}"), ("Kenmerk", "{C2215803/5512094|CASE}"))]),
    P("Geachte heer en mevrouw [[Van Gerwen|PERSON|Van Gerwen]],"),
    P("Voor de restauratie van uw rijksmonument aan de [[Markt 27|ADDRESS]] verlenen wij een subsidie van "
      "{€ 22.750|AMOUNT}. Gedeputeerde {Van der Maat|PUBLIC} heeft het monument op {12 mei 2025|DATE} bezocht. "
      "De restauratie wordt uitgevoerd door {Restauratiebedrijf Van Gerwen & Zn. B.V.|ORG}; dat bedrijf draagt "
      "uw familienaam maar is een rechtspersoon."),
    P("Het bedrag wordt betaald op [[" + I4 + "|IBAN]] t.n.v. [[W.H.M. van Gerwen|PERSON|W.H.M. van Gerwen]]. "
      "Vragen? Mail [[j.vdheijden@brabant.nl|EMAIL]] of {subsidies@brabant.nl|MAILBOX}."),
], producer="chromium")


# ---- additional passages, inserted before the last block of a document (see _AT) ----
EXTRA = {
    "mx01": [P("Wilt u dat uw buurvrouw, [[mevrouw Grietje ter Haar|PERSON|ter Haar;Grietje]] ([[Grote Voort 213|ADDRESS]]), "
               "bij het volgende gesprek aanwezig is? Geef dit door aan [[Jorien|PERSON]] of bel {Loket Zorg|ORG} op {14 038|SWITCH}.")],
    "mx03": [P("Let op: de contactgegevens van [[Beumer|PERSON|Beumer]] ([[06 3021 8866|PHONE]], "
               "[[gj.beumer@planet.nl|EMAIL]]) gebruiken wij alleen voor deze aanvraag. De {Subsidieregeling "
               "Vitale Kernen|LAW} eist een eindverslag vóór {1 april 2026|DATE}.")],
    "mx05": [P("[Opmerking [[PS|INITIALS]] ([[Smeets|PERSON|Smeets]]): ook Kamerlid {Bikker|PUBLIC} vroeg hiernaar; "
               "antwoord afstemmen met [[Ilse Vonk|PERSON]], [[070 - 426 78 13|PHONE]].]")],
    "mx07": [P("Na afloop: [[Mirjam|PERSON]] en [[Sjoerd|PERSON]] maken het verslag; {burgemeester|FUNC} wordt om "
               "12:00 gebeld door [[Hellinga|PERSON|Hellinga]] via {088 - 355 33 33|SWITCH}.")],
    "mx08": [P("Nagekomen: [[Ingrid|PERSON]] is bereikbaar op [[078 770 41 22|PHONE]]; [[Kees|PERSON]] op "
               "[[06 1357 9246|PHONE]]. {Dordrecht|PLACE} levert de {warmtevisie|TERM} aan.")],
    "mx11": [P("Bij de beoordeling is advies gevraagd aan [[mr. S.A. Ouwehand|PERSON|Ouwehand]] "
               "([[s.ouwehand@minienw.nl|EMAIL]], [[06-4820 1733|PHONE]]) en [[Corinne|PERSON]] van {KLM|ACR} heeft "
               "een zienswijze gegeven. {Luchtverkeersleiding Nederland|ORG} ({LVNL|ACR}) zag af van een zienswijze.")],
    "mx12": [P("De medewerker die het dossier overnam, [[Yvonne Cornelissen-Jacobs|PERSON|Cornelissen-Jacobs;Yvonne]], "
               "belde verzoeker op {3 december 2024|DATE}. Het {BSN|ACR} van verzoeker, [[" + B5 + "|BSN]], stond "
               "in de klachtbrief; de {ombudsman|FUNC} heeft dit nummer niet gebruikt.")],
    "mx15": [P("Uw aanvraag is behandeld door [[Marrit Bos|PERSON|Marrit]] ([[m.bos@groningen.nl|EMAIL]], "
               "[[050 367 40 19|PHONE]]). Uw zoon [[Sietse Dijkstra|PERSON|Sietse Dijkstra;Dijkstra]] is geboren op "
               "[[22-08-2011|DOB]].")],
    "mx17": [P("Bijlage: mail van [[Kim|PERSON]] ([[k.dijk@uwv.nl|EMAIL]]) met de tabel {Banenafspraak|PROG} per "
               "{arbeidsmarktregio|TERM}. Vragen aan [[Çelik|PERSON|Çelik]] via [[06 1122 9043|PHONE]].")],
    "mx22": [P("Zienswijze gevraagd aan [[mevrouw Mulder-Veenstra|PERSON|Mulder-Veenstra]] en aan [[de heer "
               "Jansen|PERSON|Jansen]] ([[06-13 57 24 68|PHONE]]). Minister {Yeşilgöz|PUBLIC} heeft het besluit "
               "niet zelf genomen. Dossier {NCTV-2024-11|CASE}.")],
    "mx23": [P("Aanvulling [[Ruben|PERSON]]: ik heb [[Smit|PERSON|Smit]] teruggebeld. Hij rijdt ook met "
               "[[G-312-FK|PLATE]] (auto van zijn vrouw, [[Ans Smit-de Graaf|PERSON|Smit-de Graaf;Ans]]). Zie "
               "{Parkeerverordening 2013|LAW}.")],
    "mx24": [P("Bij de aanvraag is een machtiging gevoegd voor hun zoon [[Bart van Gerwen|PERSON|Bart]] "
               "([[bart.vangerwen@outlook.com|EMAIL]], [[+31 6 4133 0271|PHONE]]).")],
    "mx02": [P("Uw vorige klantmanager, [[mevrouw Ter Beek|PERSON|Ter Beek]], is per {1 april 2025|DATE} vertrokken. "
               "Uw schuldhulpverlener [[Dirk-Jan Hoefnagels|PERSON|Hoefnagels;Dirk-Jan]] van {Plangroep|ORG} "
               "ontvangt een kopie op [[djhoefnagels@plangroep.nl|EMAIL]].")],
    "mx06": [P("PS [[Jeroen|PERSON]]: [[Kuipers|PERSON|Kuipers]] werkt op dinsdag thuis, dan [[06 2468 1357|PHONE]]. "
               "De {Directie Samenleving en Integratie|ORG} ({SZW|ACR}) wil de tabel vóór {14 maart|DATE}.")],
    "mx09": [P("Gewijzigd {15 januari 2025|DATE}: [[Aukje|PERSON]] vervangt [[Hendrika|PERSON]] tijdens verlof. Nieuw "
               "in het team: [[Roelof Hazeleger|PERSON|Hazeleger;Roelof]] ({Gemeente Súdwest-Fryslân|ORG}), "
               "[[0515 48 94 12|PHONE]].")],
    "mx10": [P("Nagekomen: [[Fleur|PERSON]] heeft de fiets opgehaald; [[Aksoy|PERSON|Aksoy]] maakt bezwaar via "
               "[[d.aksoy88@gmail.com|EMAIL]]. {Parkeerbeheer|ORG} controleert [[GX-412-B|PLATE]] opnieuw op {17-02-2025|DATE}.")],
    "mx16": [P("Contact met uw bewindvoerder [[B.J.M. Hendriks-Arts|PERSON|Hendriks-Arts]] ([[Noordendijk 5|ADDRESS]], "
               "[[06 7012 3498|PHONE]]) loopt via {Schuldhulpverlening Drechtsteden|ORG}.")],
    "mx18": [P("[14:20] [[Ahmed el Amrani|PERSON|Ahmed]]: [[Doornbos|PERSON|Doornbos]] woont trouwens op [[Hoogstraat 7b|ADDRESS]], "
               "[[5261 AR|ADDRESS]] {Vught|PLACE}; zijn {BSN|ACR} staat in stuk 4, graag weglakken.")],
    "mx19": [P("5. Sluiting. Volgende vergadering {24 februari 2025|DATE}. [[Ömer|PERSON]] stuurt de "
               "{risicokaart|TERM} naar [[Willem Jan|PERSON]] en [[Annelies van Beek|PERSON|Annelies]].")],
    "mx20": [P("Bij afwezigheid van [[Thomas|PERSON]]: [[Kevin Smulders|PERSON|Smulders;Kevin]], "
               "[[+31 (0) 6 33 21 80 45|PHONE]]. Wijzigingen doorgeven aan [[Priya|PERSON]].")],
    "mx21": [P("De verklaring van [[Daan|PERSON]] is opgenomen door [[Bosman|PERSON|Bosman]] ({weginspecteur|FUNC}). "
               "Getuige [[Lars Vermaas|PERSON|Vermaas;Lars]] (geb. [[23-07-2001|DOB]]) reed in [[XB-909-Z|PLATE]].")],
}
_AT = {"mx07": None, "mx17": -2}  # default: before the last block; None: at the end
for _d in DOCUMENTS:
    if _d["id"] in EXTRA:
        _at = _AT.get(_d["id"], -1)
        if _at is None:
            _d["blocks"].extend(EXTRA[_d["id"]])
        else:
            _d["blocks"][_at:_at] = EXTRA[_d["id"]]
