"""Continuation pages of some documents of set AB (appended to the documents by name)."""

from docs_a import K, R

MORE = {}

MORE["ab03_verslag_hoorzitting"] = dict(blocks=[
    ("pb",),
    ("h2", "Nagekomen stukken (na de zitting)"),
    ("p", f"Op {K('7 mei 2024', 'DATE')} stuurde {R('Warsame')} het belregister van het {K('KCC', 'ORG')} (export uit "
          f"{K('Genesys Cloud', 'PRODUCT')}). Daaruit blijkt dat op {K('2 oktober 2023', 'DATE')} om 10.14 uur is gebeld vanaf "
          f"{R('06 - 41 52 63 74', 'PHONE')}; het gesprek duurde 6 minuten en is aangenomen door medewerker "
          f"{R('Sandra Lieuw-On')}. In het gespreksverslag staat: 'klant meldt verblijf buitenland, doorgezet naar "
          f"consulent'. De notitie is niet in {K('Suite4Sociaal Domein', 'PRODUCT')} terechtgekomen."),
    ("p", f"De gemachtigde reageerde op {K('13 mei 2024', 'DATE')} per e-mail vanaf {R('d.richardson@juridischloket.nl', 'EMAIL')}: "
          f"'Hiermee is de melding aangetoond. Ik verzoek de commissie ook de proceskosten toe te kennen.' Hij is "
          f"telefonisch bereikbaar op {R('(020) 5201 733', 'PHONE')}."),
    ("h2", "Overwegingen van de commissie (concept)"),
    ("p", f"De commissie acht aannemelijk dat mevrouw {R('Martina-Statia')} haar verblijf op {K('Curaçao', 'PLACE')} tijdig "
          f"heeft gemeld. Het college kan haar dan niet verwijten de inlichtingenplicht te hebben geschonden. De "
          f"commissie adviseert het bezwaar gegrond te verklaren, het besluit van {K('8 januari 2024', 'DATE')} te "
          f"herroepen en een proceskostenvergoeding van {K('€ 875,00', 'AMOUNT')} toe te kennen."),
    ("p", f"Het advies wordt voorgelegd aan wethouder {K('Maaike Veeningen', 'OFFICE_HOLDER')} (portefeuille "
          f"{K('Sociaal Domein', 'ORG')}). Bij afwijking van het advies informeert het college de raad via de "
          f"{K('Auditcommissie', 'ORG')}."),
    ("table", [["Aanwezig namens", "Naam", "Functie"],
               ["College", R("Ayaan Warsame"), K("consulent Werk en Inkomen", "JOB")],
               ["College", R("Liesbeth de Groot"), K("jurist Sociaal Domein", "JOB")],
               ["Bezwaarmaker", R("Shaquira Martina-Statia"), "-"],
               ["Gemachtigde", R("D.C. Richardson"), K("advocaat", "JOB")],
               ["Secretariaat", R("T. Bakker"), K("secretaris bezwaarcommissie", "JOB")]],
     {"widths": [1.2, 2, 2]}),
])
MORE["ab03_verslag_hoorzitting"]["extra"] = [("PERSON", "Sandra Lieuw-On", ["Lieuw-On"])]

MORE["ab15_woo_besluit_inventaris"] = dict(blocks=[
    ("pb",),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "<b>Motivering</b>"),
    ("p", f"In de openbaar gemaakte documenten zijn persoonsgegevens van medewerkers en van omwonenden weggelakt. "
          f"Het gaat om namen, e-mailadressen, telefoonnummers en adressen. Het belang van openbaarheid weegt niet op "
          f"tegen de eerbiediging van de persoonlijke levenssfeer (artikel {K('5.1, tweede lid, onder e', 'LAW')}, Woo). "
          f"Namen van medewerkers met een publieke functie, zoals de woordvoerder van wethouder "
          f"{K('Ten Bolscher', 'OFFICE_HOLDER')}, blijven leesbaar."),
    ("p", f"In document 3 schrijft een omwonende, {R('de heer W.F. Dam')} van de {R('Hortensiastraat 9', 'ADDRESS')}, "
          f"over zijn gezondheid. Die passage lakken wij op grond van artikel {K('5.1, eerste lid, onder d', 'LAW')}, Woo."),
    ("p", f"In document 6 (WhatsApp-bericht van {R('Rukiye Öztürk')} aan {R('Esmée')}) staat het mobiele nummer "
          f"{R('+31 6 4417 0932', 'PHONE')}. Dat lakken wij eveneens."),
    ("h2", "Wijze van openbaarmaking"),
    ("p", f"Dit besluit en de documenten publiceren wij op {K('open.overheid.nl', 'URL')} en op "
          f"{K('www.zwolle.nl/woo', 'URL')}. U ontvangt de documenten digitaal. Vragen over dit besluit kunt u stellen "
          f"aan de {K('Woo-coördinator', 'JOB')} via {K('woo@zwolle.nl', 'EMAIL_FUNC')} of {K('14 038', 'PHONE_PUBLIC')}."),
    ("h2", "Bezwaar"),
    ("p", f"Binnen zes weken na de dag van verzending kunt u bezwaar maken bij het college, {K('Postbus 10007', 'ADDRESS_PUBLIC')}, "
          f"8000 GA Zwolle. Vermeld het kenmerk {K('WOO-2024-0147', 'CASE_NO')}."),
])

MORE["ab21_kamervragen_antwoorden_concept"] = dict(blocks=[
    ("pb",),
    ("h2", "Achtergrond voor de minister (niet voor publicatie)"),
    ("p", f"Minister {K('Mona Keijzer', 'OFFICE_HOLDER')} wordt gevraagd in te stemmen met de antwoorden. Het bericht "
          f"waar de leden naar verwijzen verscheen in {K('Dagblad van het Noorden', 'ORG')}. Daarin wordt de huurder "
          f"{R('Lars Dijkhuizen')} (student, {R('Oosterstraat 62-a', 'ADDRESS')}, Groningen) met naam genoemd. De "
          f"journalist, {R('Marit Zandbergen')}, belde op {K('10 april 2024', 'DATE')} met de woordvoerder."),
    ("p", f"De gemeente Groningen (contactpersoon {R('ing. P. Bos-Huizinga')}, {R('050 367 1198', 'PHONE')}) bevestigt dat "
          f"de dwangsom per abuis aan de huurder is gericht en is ingetrokken. Wethouder {K('Roeland van der Schaaf', 'OFFICE_HOLDER')} "
          f"heeft de raad op {K('17 april 2024', 'DATE')} geïnformeerd."),
    ("p", f"Het lid {K('Caroline van der Plas', 'OFFICE_HOLDER')} ({K('BBB', 'PARTY')}) stelde eerder vragen over "
          f"opkoopbescherming ({K('2024Z03318', 'CASE_NO')}); staatssecretaris {K('Jurgen Nobel', 'OFFICE_HOLDER')} "
          f"(SZW) is betrokken vanwege de arbeidsmigranten die in dezelfde panden wonen."),
    ("table", [["Onderwerp", "Cijfer", "Bron"],
               ["Waarschuwingen", "118", K("VNG", "ORG") + "-uitvraag"],
               ["Bestuurlijke boetes", "9", K("VNG", "ORG") + "-uitvraag"],
               ["Verzoeken Huurcommissie", "2.940", K("Huurcommissie", "ORG")],
               ["Meldpunten goed verhuurderschap", "287 gemeenten", K("Rijksoverheid.nl", "URL")]],
     {"widths": [2, 1, 2]}),
    ("small", f"Opgesteld door {R('R. el Idrissi-Vos')} ({R('RIV', 'PARAPH')}); meegelezen door {R('Haverkamp')}."),
])
MORE["ab21_kamervragen_antwoorden_concept"]["extra"] = [
    ("PERSON", "Lars Dijkhuizen", ["Dijkhuizen"]), ("PERSON", "Marit Zandbergen", ["Zandbergen"]),
    ("PERSON", "ing. P. Bos-Huizinga", ["Bos-Huizinga"])]

MORE["ab24_po_dossiernotitie_integriteit"] = dict(blocks=[
    ("pb",),
    ("h2", "Bijlage: verslag gesprek met de melder (via de vertrouwenspersoon)"),
    ("p", f"Datum: {K('30 mei 2024', 'DATE')}, locatie {K('Stadskantoor', 'ORG')}, {K('Stadsplateau 1', 'STREET')}. "
          f"Aanwezig: {R('H. Gül')} ({K('vertrouwenspersoon', 'JOB')}) en {R('Meulenbelt')}. De melder wil anoniem blijven; "
          f"de identiteit is bekend bij de vertrouwenspersoon en vastgelegd in het afgeschermde dossier."),
    ("p", f"De melder zag dat de heer {R('Kroes')} op {K('14 mei 2024', 'DATE')} een offerte van het schildersbedrijf "
          f"doorstuurde vanaf zijn privéadres {R('daankroes87@gmail.com', 'EMAIL')} naar zijn werkmail. De melder vond "
          f"het vreemd dat {R('Dijkstra-Yilmaz')} daar niets van wist."),
    ("p", f"Volgens de melder heeft ook een andere collega, {R('Joost Vermeulen')}, hierover vragen gesteld in het "
          f"teamoverleg. {R('Vermeulen')} is bereikbaar op {R('06-3019 8840', 'PHONE')}."),
    ("h2", "Afspraken met de vertrouwenspersoon"),
    ("p", f"1. {R('Gül')} koppelt binnen twee weken terug.\n2. De melder kan contact opnemen met het "
          f"{K('Huis voor Klokkenluiders', 'ORG')} ({K('088 - 133 1000', 'PHONE_PUBLIC')}).\n3. Geen contact met de "
          f"{K('Ondernemingsraad', 'ORG')} zonder toestemming van de melder."),
    ("table", [["Datum", "Actie", "Door"],
               [K("3 juni 2024", "DATE"), "Gesprek betrokkene", R("I. Meulenbelt")],
               [K("5 juni 2024", "DATE"), "Opdracht onderzoek verstrekt", f"{K('directeur Stadsontwikkeling', 'JOB')}"],
               [K("6 juni 2024", "DATE"), "Inkoopbevoegdheid opgeschort in " + K("SAP", "PRODUCT"), R("J. Vermeulen")]],
     {"widths": [1, 3, 2]}),
])
MORE["ab24_po_dossiernotitie_integriteit"]["extra"] = [("PERSON", "Joost Vermeulen", ["Joost", "J. Vermeulen"]),
                                                      ("PERSON", "I. Meulenbelt", [])]

MORE["ab25_wmo_gespreksverslag"] = dict(blocks=[
    ("pb",),
    ("h2", "Contactjournaal"),
    ("table", [["Datum", "Medewerker", "Contact", "Notitie"],
               ["05-03-2024", R("M. Postma"), "telefoon", f"Dochter {R('Sietske')} gebeld op {R('06 3312 9087', 'PHONE')}: "
                                                          f"akkoord met afspraken."],
               ["12-03-2024", R("Klaske Wiersma"), "e-mail", f"Offerte {K('Welzorg', 'ORG')} ontvangen, "
                                                             f"{K('€ 4.350,00', 'AMOUNT')}; doorgezet naar {R('Postma')}."],
               ["19-03-2024", R("M. Postma"), "huisbezoek", f"Mevrouw {R('Bakker')} is opnieuw gevallen; "
                                                          f"buurman {R('Harm Veenstra')} heeft 112 gebeld."],
               ["02-04-2024", R("K. Wiersma"), "brief", f"Beschikking verzonden naar {R('Bilgaardpark 83', 'ADDRESS')}."],
               ["15-04-2024", R("M. Postma"), "overleg", f"Casus besproken met {K('GGD Fryslân', 'ORG')} "
                                                       f"(ouderenadviseur {R('Aly Sijbesma')})."]],
     {"widths": [1, 1.3, 1, 4]}),
    ("p", f"Cliëntnummer {K('Suite', 'PRODUCT')}: {R('3004417', 'CLIENTNR')}. Beschikking {K('WMO-24-11873', 'CASE_NO')} "
          f"verzonden op {K('2 april 2024', 'DATE')}; bezwaartermijn verloopt {K('14 mei 2024', 'DATE')}."),
])
MORE["ab25_wmo_gespreksverslag"]["extra"] = [("PERSON", "Klaske Wiersma", ["Klaske", "Wiersma"]),
                                             ("PERSON", "Harm Veenstra", ["Veenstra"]), ("PERSON", "Aly Sijbesma", ["Sijbesma"])]

MORE["ab29_memo_handhaving_vakantieverhuur"] = dict(blocks=[
    ("pb",),
    ("h2", "4. Financiën en capaciteit"),
    ("p", f"Voor de extra handhaving zijn 3 fte toezichthouders nodig (€ {K('285.000', 'AMOUNT')} per jaar). De "
          f"{K('Regionale Uitvoeringsdienst Utrecht', 'ORG')} kan een deel leveren. Dekking via de leges en de boetes."),
    ("h2", "5. Risico's"),
    ("p", f"Platforms delen gegevens pas vanaf 2025 op grond van de Europese {K('Short Term Rental Regulation', 'LAW')} "
          f"(STR). Tot die tijd is de gemeente afhankelijk van meldingen van omwonenden en van {K('data scraping', 'TERM')}."),
    ("h2", "6. Vervolg"),
    ("p", f"Bespreking in het portefeuilleoverleg van {K('4 juni 2024', 'DATE')}. Daarna gaat de strategie als "
          f"raadsinformatiebrief naar de commissie Stad en Ruimte. Burgemeester {K('Sharon Dijksma', 'OFFICE_HOLDER')} "
          f"wordt geïnformeerd omdat de sluitingsbevoegdheid bij haar ligt."),
])

MORE["ab05_inspraakreacties_tabel"] = dict(rows=[
    ["9", R("Gerdien Mulder-van 't Hul"), R("Bloemendalstraat 3", "ADDRESS"), R("8011 PR Zwolle", "ADDRESS"),
     "Vraagt om behoud van de parkeerplaatsen voor bewoners", "Deels overgenomen"],
    ["10", R("Ahmad Al-Khatib"), R("Eikstraat 18", "ADDRESS"), R("8021 WS Zwolle", "ADDRESS"),
     "Vraagt om een zebrapad bij de moskee", "Wordt onderzocht"],
    ["11", R("BRINKMAN, J.H.A."), R("Van Ittersumstraat 40", "ADDRESS"), R("8011 JV Zwolle", "ADDRESS"),
     f"Tegen de fietsstraat; verwijst naar {K('Fietsersbond', 'ORG')}", "Niet overgenomen"],
    ["12", R("Elif Doğan"), R("Hortensiastraat 9", "ADDRESS"), R("8013 BA Zwolle", "ADDRESS"),
     "Meer verlichting in het park", f"Opgenomen in {K('Lichtplan Zwolle', 'PROGRAMME')}"],
    ["13", f"{K('Isala', 'ORG')} (afdeling Facilitair)", K("Postbus 10400", "ADDRESS_PUBLIC"), "8000 GK Zwolle",
     "Bereikbaarheid ambulances", "Overgenomen"],
    ["14", R("Tjeerd Koopman"), R("Emmastraat 5", "ADDRESS"), R("8011 AE Zwolle", "ADDRESS"),
     f"Vraagt om overleg met {K('Cogas', 'ORG')} over de kabels", "Toegezegd"],
    ["15", R("Jasmijn Dam"), R("Kamperstraat 27A", "ADDRESS"), R("8011 LJ Zwolle", "ADDRESS"),
     "Steunt het plan", "Voor kennisgeving"],
    ["16", R("H. van Dijk"), R("Bagijnesingel 16", "ADDRESS"), R("8011 GW Zwolle", "ADDRESS"),
     "Vraagt waarom zijn eerdere reactie niet is beantwoord", "Excuses; alsnog beantwoord"],
], extra=[("PERSON", "Gerdien Mulder-van 't Hul", ["Gerdien", "Mulder-van 't Hul"]), ("PERSON", "Ahmad Al-Khatib", ["Al-Khatib"]),
          ("PERSON", "BRINKMAN, J.H.A.", ["BRINKMAN"]), ("PERSON", "Elif Doğan", ["Doğan", "Elif"]),
          ("PERSON", "Tjeerd Koopman", ["Tjeerd"]), ("PERSON", "Jasmijn Dam", ["Jasmijn"]),
          ("PERSON", "H. van Dijk", [])])

MORE["ab20_subsidieregister_isolatie"] = dict(rows=[
    [K("SVEW-24-0017", "CASE_NO"), R("Bauke Dijkstra"), R("Mr. P.J. Troelstraweg 146", "ADDRESS"), R("8919 AC", "ADDRESS"),
     R("NL 12 INGB 0003 4521 87", "IBAN"), "spouwmuur", K("€ 1.650,00", "AMOUNT"), "verleend"],
    [K("SVEW-24-0018", "CASE_NO"), R("Mw. G. Kuipers-Zwart"), R("Sibadawei 11", "ADDRESS"), R("8941 DD", "ADDRESS"),
     R("NL09TRIO0197683021", "IBAN"), "bodemisolatie", K("€ 800,00", "AMOUNT"), "verleend"],
    [K("SVEW-24-0019", "CASE_NO"), R("Rienk en Marije Bosma"), R("Camminghaburen 410", "ADDRESS"), R("8925 BX", "ADDRESS"),
     R("NL40ASNB0708123456", "IBAN"), "dakisolatie", K("€ 2.400,00", "AMOUNT"), "vastgesteld"],
    [K("SVEW-24-0020", "CASE_NO"), R("Jan Willem Winter"), R("Westerplantage 2", "ADDRESS"), R("8934 BR", "ADDRESS"),
     R("NL81RABO 0311 8874 20", "IBAN"), "HR++ glas", K("€ 980,00", "AMOUNT"), "verleend"],
    [K("SVEW-24-0021", "CASE_NO"), f"{K('VvE Prinsentuin', 'ORG')}", "Prinsentuin 1-40", "8911 AB",
     "(rekening VvE)", "gevelisolatie", K("€ 14.000,00", "AMOUNT"), "in behandeling"],
], extra=[("PERSON", "Bauke Dijkstra", ["Bauke"]), ("PERSON", "Mw. G. Kuipers-Zwart", ["Kuipers-Zwart"]),
          ("PERSON", "Rienk en Marije Bosma", ["Rienk", "Marije", "Bosma"]), ("PERSON", "Jan Willem Winter", ["Winter"])])

MORE["ab14_woo_verzoek_email"] = dict(blocks=[
    ("pb",),
    ("pre", f"Van:        {R('Esmée Ter Avest', 'PERSON')}\n"
            f"Verzonden:  dinsdag 7 mei 2024 11:05\n"
            f"Aan:        {R('Thijs Kamphuis', 'PERSON')}; {R('Frits van den Heuvel', 'PERSON')}\n"
            f"CC:         {K('Team Bomen', 'ORG')} <{K('bomen@zwolle.nl', 'EMAIL_FUNC')}>\n"
            f"Onderwerp:  FW: Woo-verzoek bomenkap Stadspark"),
    ("p", f"Hoi {R('Thijs')} en {R('Frits')},"),
    ("p", f"Zie hieronder een Woo-verzoek van de heer {R('Van der Molen')}. Hij is ook een van de insprekers bij de "
          f"commissie Ruimte geweest, samen met mevrouw {R('Lotte Tjon-A-Fat')} van de bewonersgroep "
          f"{K('Red de Wezenlanden', 'ORG')}. Kunnen jullie vóór vrijdag de stukken aanleveren? Ook de appjes met "
          f"wethouder {K('Ten Bolscher', 'OFFICE_HOLDER')} graag (die staan op de telefoon van {R('Frits')}, "
          f"{R('06-2398 1170', 'PHONE')})."),
    ("p", f"Let op: de aannemer {K('Van Werven', 'ORG')} heeft eigen correspondentie; contactpersoon daar is "
          f"{R('dhr. B. Veldkamp')} ({R('0031 (0)38 455 2190', 'PHONE')}). Hun algemene nummer is {K('088 - 600 9500', 'PHONE_PUBLIC')}."),
    ("p", f"Groet,\n{R('Esmée')}"),
    ("pre", f"Van:        {R('Frits van den Heuvel', 'PERSON')}\n"
            f"Verzonden:  dinsdag 7 mei 2024 13:48\n"
            f"Aan:        {R('Esmée Ter Avest', 'PERSON')}\n"
            f"Onderwerp:  RE: FW: Woo-verzoek bomenkap Stadspark"),
    ("p", f"Doe ik. Ik zet ze in de map {K('Woo-inventaris', 'PRODUCT')} onder {K('WOO-2024-0147', 'CASE_NO')}. "
          f"NB: in de appjes staan ook berichten van mijn vrouw, die lak ik vooraf niet - dat moet in de beoordeling."),
    ("p", f"Met vriendelijke groet,\n{R('Frits van den Heuvel')}\n{K('bomenconsulent', 'JOB')}, {K('Stadsbedrijven', 'ORG')}\n"
          f"T {R('038 498 4471', 'PHONE')} | {R('f.vandenheuvel@zwolle.nl', 'EMAIL')}"),
])
MORE["ab14_woo_verzoek_email"]["extra"] = [("PERSON", "Thijs Kamphuis", ["Thijs", "Kamphuis"]),
    ("PERSON", "Frits van den Heuvel", ["Frits", "van den Heuvel"]), ("PERSON", "Lotte Tjon-A-Fat", ["Lotte", "Tjon-A-Fat"]),
    ("PERSON", "dhr. B. Veldkamp", ["B. Veldkamp", "Veldkamp"])]

MORE["ab09_bijstand_terugvordering"] = dict(blocks=[
    ("pb",),
    ("h2", "Bijlage: berekening terugvordering"),
    ("table", [["Maand", "Norm (gehuwd/alleenst.)", "Inkomsten", "Te veel ontvangen"],
               ["september 2023", K("€ 1.292,24", "AMOUNT"), K("€ 812,10", "AMOUNT"), K("€ 812,10", "AMOUNT")],
               ["oktober 2023", K("€ 1.292,24", "AMOUNT"), K("€ 930,00", "AMOUNT"), K("€ 930,00", "AMOUNT")],
               ["november 2023", K("€ 1.292,24", "AMOUNT"), K("€ 845,66", "AMOUNT"), K("€ 845,66", "AMOUNT")],
               ["december 2023", K("€ 1.292,24", "AMOUNT"), K("€ 825,10", "AMOUNT"), K("€ 825,10", "AMOUNT")],
               ["Totaal", "", "", K("€ 3.412,86", "AMOUNT")]], {"widths": [1.4, 1.6, 1.2, 1.4]}),
    ("p", f"Gegevens werkgever: {K('Koopmans Koninklijke Meelfabrieken', 'ORG')}, loonheffingennummer "
          f"{K('8013.47.218.L01', 'CASE_NO')}. Loonstroken opgevraagd via {K('Suwinet', 'PRODUCT')} door "
          f"{R('R. Yntema')} op {K('3 april 2024', 'DATE')}; tweede lezer {R('Gerlof Zandstra')} "
          f"({K('sociaal rechercheur', 'JOB')}, {R('06-1276 5508', 'PHONE')})."),
    ("p", f"Aflossingsregeling: {K('€ 120,00', 'AMOUNT')} per maand vanaf {K('1 juni 2024', 'DATE')}, 29 termijnen. "
          f"Bij betaling op eigen initiatief: IBAN gemeente {K('NL40 BNGH 0285 0884 12', 'IBAN_PUBLIC')} t.n.v. "
          f"{K('Gemeente Súdwest-Fryslân', 'ORG')} onder vermelding van {K('TV-2024-00318', 'CASE_NO')}."),
])
MORE["ab09_bijstand_terugvordering"]["extra"] = [("PERSON", "Gerlof Zandstra", ["Gerlof", "Zandstra"])]

MORE["ab16_klachtafhandeling_concept"] = dict(blocks=[
    ("pb",),
    ("h2", "Interne notitie bij klacht KL-2024-0093 (niet meesturen)"),
    ("p", f"Gesprek met de baliemedewerker, {R('Yasmina El Ouardi')}, op {K('6 mei 2024', 'DATE')}. Zij herinnerde zich "
          f"mevrouw {R('Achterberg-Rahimi')} goed: de klant was boos en filmde met haar telefoon. {R('Yasmina')} heeft "
          f"daarop de beveiliger, {R('Koos Wentink')} ({K('Trigion', 'ORG')}), erbij gehaald."),
    ("p", f"Camerabeelden: volgens {R('Koos')} worden de beelden na 28 dagen automatisch gewist (beleid "
          f"{K('cameratoezicht Stadhuis', 'PROGRAMME')}). Verzoek om inzage van de klant loopt apart via "
          f"{K('privacy@almere.nl', 'EMAIL_FUNC')}."),
    ("p", f"De ex-partner van de klant, de heer {R('Dariush Rahimi')}, woont in {K('Rotterdam', 'PLACE')} en heeft "
          f"volgens de klant geen toestemming gegeven. Burgerzaken heeft hem niet benaderd."),
    ("p", f"Afgestemd met {R('Priscilla Kerkhof')} en met de {K('Nationale ombudsman', 'ORG')}: geen verdere actie. "
          f"Notitie opgesteld door {R('G. Adjei-Mensah')}, {R('036 539 9231', 'PHONE')}."),
])
MORE["ab16_klachtafhandeling_concept"]["extra"] = [("PERSON", "Yasmina El Ouardi", ["Yasmina", "El Ouardi"]),
    ("PERSON", "Koos Wentink", ["Koos", "Wentink"]), ("PERSON", "Dariush Rahimi", ["Dariush"])]

MORE["ab18_teams_transcript_bezwaar"] = dict(blocks=[
    ("pb",),
    ("h2", "Chat tijdens de vergadering"),
    ("pre", f"[14:03] {R('Hugo Blom', 'PERSON')}: link naar de foto's: SharePoint > Handhaving > {K('Z/24/118734', 'CASE_NO')}\n"
            f"[14:05] {R('Ronald Winter', 'PERSON')}: de buurvrouw belde vanochtend weer, {R('06 81 44 20 17', 'PHONE')} (haar mobiel)\n"
            f"[14:06] {R('Janneke Kok', 'PERSON')}: oké, noteer ik in {K('Djuma', 'PRODUCT')}\n"
            f"[14:09] {R('Mohamed El Khayari', 'PERSON')}: advocaat mailt vanaf {R('r.vanommen@kienhuislegal.nl', 'EMAIL')}, "
            f"zet hem in cc bij de uitnodiging\n"
            f"[14:11] {R('Hugo Blom', 'PERSON')}: {R('@Mo', 'PERSON')} de hoorzitting is in zaal {K('Thorbecke', 'PLACE')}, "
            f"{K('Stadskantoor', 'ORG')} {K('Lübeckplein 2', 'STREET')}\n"
            f"[14:12] {R('Ronald Winter', 'PERSON')}: 👍\n"
            f"[14:13] {R('Janneke Kok', 'PERSON')}: Geboortedatum meneer {R('Ter Horst', 'PERSON')} staat verkeerd in het "
            f"dossier, moet {R('11-09-1966', 'DOB')} zijn, niet 1969"),
    ("h2", "Actiepunten (automatisch samengevat door Copilot)"),
    ("p", f"- {R('Janneke Kok')}: update sturen aan wethouder {K('Monique Schuttenbeld', 'OFFICE_HOLDER')}.\n"
          f"- {R('Mohamed El Khayari')}: stukken in SharePoint; uitnodiging hoorzitting {K('2 juli 2024', 'DATE')}.\n"
          f"- {R('Hugo Blom')}: tekenen namens de {K('teamleider Toezicht en Handhaving', 'JOB')}.\n"
          f"- {R('Ronald Winter')}: nieuwe controle na {K('1 augustus 2024', 'DATE')}."),
])
MORE["ab18_teams_transcript_bezwaar"]["extra"] = [("PERSON", "r. van Ommen", ["Ommen"])]

MORE["ab26_statenvragen_stikstof_boer"] = dict(blocks=[
    ("pb",),
    ("h2", "Bijlage: tijdlijn contacten (opgesteld voor de gedeputeerde)"),
    ("table", [["Datum", "Contact", "Wie (provincie)", "Wie (bedrijf)"],
               ["14-11-2023", "keukentafelgesprek", R("B. Lokhorst"), R("G. van den Brink") + ", " + R("Evert")],
               ["09-01-2024", "telefoon", R("B. Lokhorst"), R("G. van den Brink")],
               ["22-02-2024", "gesprek met adviseur", R("B. Lokhorst") + ", " + R("Hans Wolters"),
                f"{R('Ria van den Brink-Kok')}; adviseur {K('LTO Noord', 'ORG')}"],
               ["12-04-2024", "werkbezoek", f"gedeputeerde {K('Drenth', 'OFFICE_HOLDER')}", "familie"],
               ["25-04-2024", "e-mail", R("Lokhorst"), R("gvdbrink.melkvee@xs4all.nl", "EMAIL")]],
     {"widths": [1, 1.5, 2, 2.5]}),
    ("p", f"Adres van de locatie: {R('Garderbroekerweg 212', 'ADDRESS')}, {R('3772 MD', 'ADDRESS')} Barneveld. "
          f"Het {K('Team Gebiedsgerichte Aanpak', 'ORG')} beheert het dossier onder {K('2024-009812', 'CASE_NO')}."),
    ("p", f"Statenlid {K('Roelofsen', 'OFFICE_HOLDER')} heeft op {K('6 mei 2024', 'DATE')} zelf de familie bezocht. "
          f"Commissaris van de Koning {K('Berends', 'OFFICE_HOLDER')} is over de vragen geïnformeerd."),
])
MORE["ab26_statenvragen_stikstof_boer"]["extra"] = [("PERSON", "Ria van den Brink-Kok", ["Ria", "van den Brink-Kok"]),
    ("PERSON", "B. Lokhorst", []), ("PERSON", "G. van den Brink", [])]

MORE["ab04_raadsinformatiebrief_woonoverlast"] = dict(blocks=[
    ("h2", "Bijlage: tijdlijn"),
    ("table", [["Datum", "Gebeurtenis"],
               ["12-10-2023", f"Eerste melding door {R('F. Koning')} via {K('14 038', 'PHONE_PUBLIC')}"],
               ["30-10-2023", f"Huisbezoek wijkagent en {R('A. van Dijk')}"],
               ["15-11-2023", f"Gesprek met {R('D. Visser')} en zijn moeder, mevrouw {R('Gré Visser-Kamp')}"],
               ["04-12-2023", f"Waarschuwing burgemeester (art. 174a {K('Gemeentewet', 'LAW')})"],
               ["11-01-2024", f"Start traject {K('Tactus Verslavingszorg', 'ORG')}"],
               ["01-02-2024", "Afname meldingen"],
               ["22-04-2024", f"Vragen raadslid {K('Stam', 'OFFICE_HOLDER')} in commissie Bestuur"]],
     {"widths": [1, 4]}),
    ("p", f"De wijkagent ({R('Bart Hulshof')}) en de wijkregisseur overleggen iedere twee weken. Contact met de "
          f"politie loopt via {K('0900-8844', 'PHONE_PUBLIC')}."),
])
MORE["ab04_raadsinformatiebrief_woonoverlast"]["extra"] = [("PERSON", "Gré Visser-Kamp", ["Gré", "Visser-Kamp"]),
    ("PERSON", "Bart Hulshof", ["Hulshof"]), ("PERSON", "D. Visser", []), ("PERSON", "F. Koning", [])]

MORE["ab19_topdesk_melding_openbare_ruimte"] = dict(blocks=[
    ("pb",),
    ("h2", "Gekoppelde melding: aansprakelijkstelling (A2405 0031)"),
    ("table", [["Veld", "Waarde"],
               ["Eiser", f"{R('Kofi Boateng')}, geboren {R('8 augustus 1945', 'DOB')}"],
               ["Adres", f"{R('Kathmandupad 7', 'ADDRESS')}, Almere (inwonend bij dochter)"],
               ["Gemachtigde", f"{R('Abena Asantewaa Boateng')} (dochter)"],
               ["Verzekeraar gemeente", f"{K('Centraal Beheer', 'ORG')}, polis {K('AVB-117742', 'CASE_NO')}"],
               ["Schadebedrag (claim)", K("€ 1.275,40", "AMOUNT")],
               ["Behandelaar", f"{R('Samira Bouchtaoui')} / {K('schade@almere.nl', 'EMAIL_FUNC')}"]],
     {"widths": [1, 3]}),
    ("p", f"Notitie {R('S. Bouchtaoui')}: eigen risico gemeente {K('€ 2.500', 'AMOUNT')}, claim valt daaronder. "
          f"Medische verklaring van het {K('Flevoziekenhuis', 'ORG')} (bijzondere persoonsgegevens) opgeslagen in het "
          f"afgeschermde deel. Uitbetaling naar {R('NL64RABO0888781094', 'IBAN')} t.n.v. {R('K. Boateng')}."),
])
MORE["ab19_topdesk_melding_openbare_ruimte"]["extra"] = [("PERSON", "K. Boateng", [])]


def extend(docs):
    by = {d["name"]: d for d in docs}
    for name, add in MORE.items():
        d = by[name]
        if "rows" in add:  # more rows for the (first) table
            for b in d["blocks"]:
                if b[0] == "table":
                    b[1].extend(add["rows"])
                    break
        else:
            d["blocks"] = d["blocks"] + add["blocks"]
        d["extra"] = d.get("extra", []) + add.get("extra", [])
    return docs
