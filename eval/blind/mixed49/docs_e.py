"""Longer documents: a leerplicht case list, council questions with an appendix, a register of side jobs."""
from lib import Doc

PUPILS = [
    # first, surname (as printed), probe surname, dob, school, kind, action, lpa
    ("Sem", "van Leeuwen-Hogendoorn", "Leeuwen-Hogendoorn", "12-03-2010", "Christelijk Lyceum Gouda", "relatief", "gesprek 2-12", "EvdM"),
    ("Yara", "EL MESSAOUDI", "EL MESSAOUDI", "28-07-2011", "Coornhert Gymnasium", "relatief", "HALT-verwijzing", "EvdM"),
    ("Thijmen", "Gouda", "Gouda", "05-01-2012", "Driestar College", "luxe verzuim", "PV opgemaakt", "JKo"),
    ("Mila", "Schoonhoven", "Schoonhoven", "17-09-2009", "ID College", "relatief (18-", "RMC-traject", "JKo"),
    ("Daniël", "Abdoelrahman", "Abdoelrahman", "30-04-2013", "Anne Frankschool", "signaalverzuim", "overleg IB", "SBr"),
    ("Fleur", "DE BRUIJN", "DE BRUIJN", "09-11-2010", "Christelijk Lyceum Gouda", "thuiszitter", "OT-overleg SWV", "SBr"),
    ("Oliwia", "Zielińska", "Zielińska", "21-02-2012", "Het Segment", "relatief", "zorgmelding", "EvdM"),
    ("Kerem", "Aydoğan", "Aydoğan", "14-06-2011", "Coornhert Gymnasium", "relatief", "gesprek ouders", "JKo"),
    ("Jesse", "Waddinxveen", "Waddinxveen", "03-08-2010", "De Goudse Waarden", "absoluut", "adresonderzoek BRP", "SBr"),
    ("Noor", "Verhagen-Ruijgrok", "Verhagen-Ruijgrok", "26-12-2012", "Driestar College", "relatief", "verwijzing jeugdarts", "EvdM"),
    ("Ravi", "Ramsaran", "Ramsaran", "11-10-2011", "ID College", "relatief", "HALT-verwijzing", "JKo"),
    ("Lotte", "van 't Wout", "van 't Wout", "07-05-2013", "Anne Frankschool", "luxe verzuim", "waarschuwing", "SBr"),
    ("Bilal", "Chaouch", "Chaouch", "19-03-2010", "De Goudse Waarden", "thuiszitter", "vrijstelling 5a aangevraagd", "EvdM"),
    ("Julia", "Moerkapelle", "Moerkapelle", "02-09-2012", "Het Segment", "relatief", "gesprek 9-12", "JKo"),
    ("Tygo", "Kortenhoeven", "Kortenhoeven", "25-11-2011", "Christelijk Lyceum Gouda", "relatief", "PV opgemaakt", "SBr"),
    ("Sara", "Haile", "Haile", "13-01-2013", "Coornhert Gymnasium", "signaalverzuim", "overleg mentor", "EvdM"),
    ("Luuk", "Boskoop", "Boskoop", "08-08-2010", "Driestar College", "relatief", "gesprek 3-12", "JKo"),
    ("Amira", "Benhaddou-Smit", "Benhaddou-Smit", "29-05-2012", "ID College", "thuiszitter", "OT-overleg SWV", "SBr"),
    ("Finn", "OUDSHOORN", "OUDSHOORN", "16-02-2011", "De Goudse Waarden", "relatief", "waarschuwing", "EvdM"),
    ("Emma", "Prinsen", "Prinsen", "04-10-2012", "Anne Frankschool", "luxe verzuim", "PV opgemaakt", "JKo"),
    ("Mohamed", "Ait Said", "Ait Said", "22-07-2010", "Het Segment", "relatief", "zorgmelding", "SBr"),
    ("Zoë", "Lekkerkerker", "Lekkerkerker", "10-12-2011", "Coornhert Gymnasium", "relatief", "gesprek ouders", "EvdM"),
]
REASONS = {
    "Daniël": "⟦angstklachten, behandeling Youz⟧",
    "Fleur": "⟦eetstoornis (opname)⟧",
    "Bilal": "⟦ernstige epilepsie⟧",
    "Amira": "⟦depressieve klachten⟧",
    "Kerem": "⟦broer in detentie, gezin onder druk⟧",
}


def bg31():
    d = Doc("bg31_verzuimdossiers_rbl_midden_holland", "rl", pagesize="A4L", font="cond")
    d.header = "RBL Midden-Holland - overzicht lopende verzuimdossiers gemeente Gouda - peildatum 27 november 2026"
    d.add("h1", "Overzicht lopende verzuimdossiers gemeente Gouda")
    d.add("p", "Regionaal Bureau Leerplicht Midden-Holland (RBL), Burgemeester Jamessingel 2, Gouda - telefoon 0182 588 400 "
               "- rbl@rblmiddenholland.nl. Intern werkdocument voor het casusoverleg met het samenwerkingsverband "
               "Passend Onderwijs Gouwe & IJssel (SWV Gouwe & IJssel). Codes leerplichtambtenaren: ⟦EvdM⟧ = ⟦Esmee van der "
               "Meulen⟧, ⟦JKo⟧ = ⟦Jeroen Koppejan⟧, ⟦SBr⟧ = ⟦Samira Brahimi⟧.")
    rows = [["Dossier", "Leerling", "Geb.datum", "School", "Soort verzuim", "Actie", "LPA", "Opmerking"]]
    for i, (fn, sn, _, dob, school, kind, act, lpa) in enumerate(PUPILS):
        name = f"⟦{sn}, {fn}⟧" if sn.isupper() else (f"⟦{fn}\n{sn}⟧" if i % 3 == 0 else f"⟦{fn} {sn}⟧")
        rows.append([f"RBL-26-{3100 + i * 7}", name, f"⟦{dob}⟧", school, kind, act, f"⟦{lpa}⟧", REASONS.get(fn, "")])
    d.add("tbl", rows, [0.09, 0.17, 0.09, 0.17, 0.11, 0.15, 0.05, 0.17], {"small": True})
    d.add("p", "Toelichting: bij ⟦Jesse Waddinxveen⟧ is het gezin volgens de buren verhuisd naar Waddinxveen; "
               "het adresonderzoek loopt. Bij ⟦Luuk Boskoop⟧ gaat het om vakantie buiten de schoolvakanties "
               "(familie in Boskoop heeft een kwekerij, artikel 13a Leerplichtwet 1969 niet van toepassing). "
               "Het overzicht wordt niet gedeeld buiten het RBL, het SWV en wethouder Onderwijs Michiel Bouwmeester "
               "(alleen geanonimiseerde aantallen).")
    d.meta = {"Author": "⟦Esmee van der Meulen⟧"}
    d.xmp_creator = "⟦Esmee van der Meulen⟧"
    d.R("PERSON", "Esmee van der Meulen", "Esmee van der Meulen", "van der Meulen", "EvdM")
    d.R("PERSON", "Jeroen Koppejan", "Jeroen Koppejan", "Koppejan", "JKo")
    d.R("PERSON", "Samira Brahimi", "Samira Brahimi", "Brahimi", "SBr")
    for fn, sn, probe, dob, *_ in PUPILS:
        d.R("PERSON", f"{fn} {sn}", (probe, True), (fn, True))
        d.R("DATE_OF_BIRTH", dob)
    d.R("HEALTH", "angstklachten", "angstklachten")
    d.R("HEALTH", "eetstoornis", "eetstoornis")
    d.R("HEALTH", "epilepsie", "epilepsie")
    d.R("HEALTH", "depressieve klachten", "depressieve klachten")
    d.R("CRIMINAL", "broer in detentie", "broer in detentie")
    d.K("ORG", "Regionaal Bureau Leerplicht Midden-Holland (RBL)", "Regionaal Bureau Leerplicht Midden-Holland")
    d.K("ORG", "SWV Gouwe & IJssel")
    d.K("ADDRESS", "Burgemeester Jamessingel 2")
    d.K("PHONE", "0182 588 400")
    d.K("EMAIL", "rbl@rblmiddenholland.nl")
    for s in ("Christelijk Lyceum Gouda", "Coornhert Gymnasium", "Driestar College", "ID College", "Anne Frankschool",
              "Het Segment", "De Goudse Waarden"):
        d.K("SCHOOL", s)
    d.K("LAW", "Leerplichtwet 1969")
    d.K("OFFICIAL", "wethouder Onderwijs Michiel Bouwmeester", "Michiel Bouwmeester")
    d.K("CASE", "RBL-26-3100")
    d.K("ORG", "HALT", ("HALT-verwijzing", True))
    return d


def bg32():
    d = Doc("bg32_raadsvragen_jeugdhulp_schiedam", "chrome", title="Beantwoording art. 44-vragen wachtlijsten jeugdhulp")
    d.add("lh", ["{b}Gemeente Schiedam{/b}", "Beantwoording schriftelijke vragen (artikel 44 Reglement van orde)"],
          ["Stadskantoor, Stadserf 1, 3112 DZ Schiedam", "Telefoon 14 010", "Registratienummer 2026-RV-077",
           "Datum 1 december 2026", "Behandelend ambtenaar: ⟦Nicole Slootweg⟧", "⟦n.slootweg@schiedam.nl⟧"])
    d.add("p", "Vragen van raadslid Sevda Koç (DENK) over de wachtlijsten in de jeugdhulp, ingediend op "
               "3 november 2026. Antwoorden van het college, namens deze wethouder Jeugd Marco Dolman.")
    d.add("p", "{b}Vraag 1.{/b} Hoeveel kinderen in Schiedam wachten langer dan de Treeknorm op specialistische jeugdhulp?")
    d.add("p", "{b}Antwoord.{/b} Op 1 november 2026 wachtten 87 kinderen langer dan 10 weken op behandeling bij een "
               "van de gecontracteerde aanbieders (Jeugdhulp Rijnmond). De meeste wachtenden staan bij de GGZ-aanbieders "
               "Parnassia (Youz) en Yulius.")
    d.add("p", "{b}Vraag 2.{/b} Kent het college de situatie van de moeder die zich op 28 oktober bij de raad meldde?")
    d.add("p", "{b}Antwoord.{/b} Ja. Het college gaat niet in op individuele gevallen. Met toestemming van de moeder is "
               "haar e-mail als bijlage bijgevoegd; de jeugdconsulent heeft contact met het gezin.")
    d.add("p", "{b}Vraag 3.{/b} Is het college bereid een wachtlijstbemiddelaar aan te stellen?")
    d.add("p", "{b}Antwoord.{/b} Per 1 januari 2027 start een wachtlijstbemiddelaar bij het Centrum voor Jeugd en Gezin "
               "Schiedam, bereikbaar via jeugd@schiedam.nl. De kosten (€ 78.000) worden gedekt uit het budget Jeugdwet.")
    d.add("p", "Burgemeester en wethouders van Schiedam,\nde secretaris, Wim Sarlemijn - de burgemeester, Cor Lamers")
    d.add("pb")
    d.add("h2", "Bijlage: e-mail aan de raad (doorgestuurd door de griffie)")
    d.add("kv", [("Van:", "⟦Samantha Kortekaas⟧ <{mailto:⟦samkortekaas@hotmail.com⟧}>"),
                 ("Aan:", "griffie@schiedam.nl"),
                 ("Datum:", "28 oktober 2026 21:37"),
                 ("Onderwerp:", "wachtlijst voor mijn zoon")])
    d.add("quote", "Geachte raadsleden,\n\nMijn zoon ⟦Jordy⟧ (9 jaar) ⟦heeft een autismespectrumstoornis en is al drie keer "
                   "geschorst⟧ van de Sint Jozefschool. Hij staat sinds maart op de wachtlijst bij Youz. Ik ben ⟦alleenstaand, "
                   "werk in de nachtdienst bij het Franciscus Vlietland⟧ en kan niet meer. Mijn adres is ⟦Nieuwe Haven "
                   "143⟧, ⟦3116 AC Schiedam⟧, telefoon ⟦06 23 81 45 70⟧. Raadslid Koç heeft gezegd dat ik u mocht mailen.\n\n"
                   "Met vriendelijke groet,\n⟦Samantha Kortekaas⟧")
    d.add("small", "Doorgestuurd door de griffie op 29 oktober 2026, griffier mr. Anouk Verbeek-Zandvliet.")
    d.meta = {"Author": "⟦Slootweg, Nicole⟧"}
    d.xmp_creator = "⟦Nicole Slootweg⟧"
    d.R("PERSON", "Nicole Slootweg", "Nicole Slootweg", "Slootweg")
    d.R("EMAIL", "n.slootweg@schiedam.nl")
    d.R("PERSON", "Samantha Kortekaas", "Samantha Kortekaas", "Kortekaas")
    d.R("EMAIL", "samkortekaas@hotmail.com", "samkortekaas@hotmail.com", "samkortekaas")
    d.R("PERSON", "Jordy Kortekaas", "Jordy")
    d.R("HEALTH", "autismespectrumstoornis", "autismespectrumstoornis")
    d.R("ADDRESS", "Nieuwe Haven 143, 3116 AC Schiedam", "Nieuwe Haven 143", "3116 AC")
    d.R("PHONE", "06 23 81 45 70")
    d.R("PERSONAL_DETAIL", "nachtdienst Franciscus Vlietland", "nachtdienst bij het Franciscus Vlietland")
    d.K("ORG", "Gemeente Schiedam")
    d.K("OFFICIAL", "raadslid Sevda Koç (DENK)", "Sevda Koç", "Raadslid Koç")
    d.K("OFFICIAL", "wethouder Jeugd Marco Dolman", "Marco Dolman")
    d.K("OFFICIAL", "de secretaris, Wim Sarlemijn", "Wim Sarlemijn")
    d.K("OFFICIAL", "de burgemeester, Cor Lamers", "Cor Lamers")
    d.K("OFFICIAL", "griffier mr. Anouk Verbeek-Zandvliet", "Anouk Verbeek-Zandvliet")
    d.K("ORG", "Jeugdhulp Rijnmond")
    d.K("ORG", "Youz")
    d.K("ORG", "Yulius")
    d.K("ORG", "Centrum voor Jeugd en Gezin Schiedam")
    d.K("SCHOOL", "Sint Jozefschool")
    d.K("EMAIL", "griffie@schiedam.nl")
    d.K("EMAIL", "jeugd@schiedam.nl")
    d.K("ADDRESS", "Stadserf 1")
    d.K("CASE", "2026-RV-077")
    d.K("LAW", "Jeugdwet")
    return d


def bg33():
    d = Doc("bg33_register_nevenfuncties_katwijk", "lo")
    d.add("org", "Gemeente Katwijk")
    d.add("h1", "Register nevenfuncties en nevenwerkzaamheden - stand 1 oktober 2026")
    d.add("p", "Deel A is openbaar (artikelen 41b, 66 en 67 Gemeentewet; Ambtenarenwet 2017 artikel 8 voor de "
               "gemeentesecretaris en de griffier). Deel B bevat de meldingen van medewerkers en is bestemd voor "
               "HR en de vertrouwenspersoon integriteit (integriteit@katwijk.nl).")
    d.add("h2", "Deel A - college, gemeentesecretaris en griffier")
    d.add("tbl", [["Naam", "Functie", "Nevenfunctie", "Bezoldigd"],
                  ["Hendrika Zwaan-Beukelman", "burgemeester", "voorzitter Veiligheidsregio Hollands Midden (ambtshalve); "
                   "bestuurslid KNRM station Katwijk", "nee"],
                  ["Jacqueline Kuyt-Parlevliet", "wethouder Sociaal Domein", "lid raad van toezicht Stichting Bibliotheek "
                   "Katwijk", "nee"],
                  ["Krijn Haasnoot", "wethouder Financiën", "penningmeester Oranjevereniging Rijnsburg", "nee"],
                  ["Ingrid van der Plas-Ouwehand", "gemeentesecretaris", "lid bestuur VGS (Vereniging van "
                   "Gemeentesecretarissen)", "nee"],
                  ["Thomas de Mooij", "griffier", "docent Bestuursacademie Nederland (4 dagdelen per jaar)", "ja"]],
          [0.26, 0.2, 0.42, 0.12])
    d.add("pb")
    d.add("h2", "Deel B - meldingen medewerkers (niet openbaar)")
    d.add("tbl", [["Nr", "Medewerker", "Functie", "Nevenwerkzaamheid", "Beoordeling"],
                  ["B-01", "⟦M. (Mirjam) Vooijs⟧", "vergunningverlener", "eigenaar ⟦Vooijs Bouwadvies⟧ (zzp, 4 uur p.w.)",
                   "niet toegestaan: belangenverstrengeling"],
                  ["B-02", "⟦Jan-Pieter\nGuijt⟧", "beleidsadviseur Sport", "trainer VV Katwijk", "toegestaan"],
                  ["B-03", "⟦S. van Duijn-Kuijt⟧", "Wmo-consulent", "vrijwilliger Hospice Katwijk", "toegestaan"],
                  ["B-04", "⟦HAASNOOT, Arie⟧", "medewerker Openbare Ruimte", "raadslid gemeente Noordwijk",
                   "toegestaan, melding griffie"],
                  ["B-05", "⟦Fatima Ouchan⟧", "jurist Bezwaar", "⟦bestuurslid moskeevereniging Al-Fath⟧", "toegestaan"],
                  ["B-06", "⟦K.J. (Kees) Noordwijk⟧", "teamleider Belastingen", "eigenaar ⟦Administratiekantoor "
                   "Noordwijk⟧", "toegestaan onder voorwaarden"]],
          [0.07, 0.22, 0.23, 0.28, 0.20])
    d.add("p", "B-04: de heer ⟦Haasnoot⟧ is geen familie van wethouder Krijn Haasnoot. B-06: ⟦Noordwijk⟧ mag geen "
               "klanten uit de gemeente Katwijk of de gemeente Noordwijk bedienen voor gemeentelijke belastingen.")
    d.add("p", "Contact: team HR, telefoon 071 406 5000 (algemeen).")
    d.meta = {"Author": "⟦Vooijs, M.⟧"}
    d.R("PERSON", "Mirjam Vooijs", "M. (Mirjam) Vooijs", "Vooijs", "Mirjam")
    d.R("TRADE", "Vooijs Bouwadvies", "Vooijs Bouwadvies")
    d.R("PERSON", "Jan-Pieter Guijt", "Jan-Pieter", "Guijt")
    d.R("PERSON", "S. van Duijn-Kuijt", "van Duijn-Kuijt")
    d.R("PERSON", "Arie Haasnoot", "HAASNOOT", "Arie", "de heer Haasnoot")
    d.R("PERSON", "Fatima Ouchan", "Fatima Ouchan", "Ouchan")
    d.R("RELIGION", "bestuurslid moskeevereniging Al-Fath", "moskeevereniging Al-Fath")
    d.R("PERSON", "Kees Noordwijk", "K.J. (Kees) Noordwijk", ("Noordwijk", True), "Kees")
    d.R("TRADE", "Administratiekantoor Noordwijk", "Administratiekantoor Noordwijk")
    d.K("ORG", "Gemeente Katwijk")
    d.K("OFFICIAL", "burgemeester Hendrika Zwaan-Beukelman", "Hendrika Zwaan-Beukelman")
    d.K("OFFICIAL", "wethouder Jacqueline Kuyt-Parlevliet", "Jacqueline Kuyt-Parlevliet")
    d.K("OFFICIAL", "wethouder Krijn Haasnoot", "Krijn Haasnoot")
    d.K("OFFICIAL", "gemeentesecretaris Ingrid van der Plas-Ouwehand", "Ingrid van der Plas-Ouwehand")
    d.K("OFFICIAL", "griffier Thomas de Mooij", "Thomas de Mooij")
    d.K("ORG", "Veiligheidsregio Hollands Midden")
    d.K("ORG", "KNRM")
    d.K("ORG", "VV Katwijk")
    d.K("ORG", "Hospice Katwijk")
    d.K("LAW", "Gemeentewet")
    d.K("LAW", "Ambtenarenwet 2017")
    d.K("EMAIL", "integriteit@katwijk.nl")
    d.K("PHONE", "071 406 5000")
    d.K("ROLE", "vergunningverlener")
    d.K("ROLE", "Wmo-consulent")
    d.K("ROLE", "teamleider Belastingen")
    return d


DOCS = [bg31, bg32, bg33]
