"""Set AB documents 19-30: tickets, registers, Kamervragen, provincial subsidy, version history, case notes,
contact lists, hidden channels."""

from docs_a import ALM_HEAD, LWD_HEAD, UTR_HEAD, ZWOLLE_HEAD, K, R  # noqa: F401

DOCS = []

# ---------------------------------------------------------------- ab19 TOPdesk melding openbare ruimte (rl)
DOCS.append(dict(
    name="ab19_topdesk_melding_openbare_ruimte", producer="rl", size=8.5,
    title="TOPdesk melding M2404 1187", foot=f"{K('TOPdesk', 'PRODUCT')} - afgedrukt 30-04-2024 08:14 door {R('fvdberg', 'USERNAME')}",
    blocks=[
        ("h1", f"Melding {K('M2404 1187', 'CASE_NO')} - Gevaarlijke losliggende stoeptegels"),
        ("table", [["Veld", "Waarde", "Veld", "Waarde"],
                   ["Melder", R("Abena Asantewaa Boateng"), "Soort melding", "Openbare ruimte - bestrating"],
                   ["Telefoon melder", R("06 44 1902 73", "PHONE"), "Categorie", K("MOR (Melding Openbare Ruimte)", "TERM")],
                   ["E-mail melder", R("a.a.boateng@kpnmail.nl", "EMAIL"), "Locatie",
                    f"{K('Nelson Mandelabaan', 'STREET')} t.h.v. basisschool {K('De Regenboog', 'ORG')}"],
                   ["Adres melder", f"{R('Kathmandupad 7', 'ADDRESS')}, {R('1335 AV', 'ADDRESS')} Almere",
                    "Behandelaar", R("Frank van den Berg")],
                   ["Binnengekomen via", K("BuitenBeter-app", "PRODUCT"), "Operatorgroep", K("Stadsbeheer Wijk Buiten", "ORG")],
                   ["Aangemaakt", "29-04-2024 19:52", "Status", "In behandeling"],
                   ["Prioriteit", "P2 - binnen 5 werkdagen", "Streefdatum", "06-05-2024"]],
         {"widths": [1.1, 2, 1.1, 2]}),
        ("h2", "Verzoek"),
        ("p", f"Bij de oversteek voor de school liggen 6 tegels los. Mijn vader ({R('Kofi Boateng')}, 78 jaar) is "
              f"hier gisteren gevallen en is met de ambulance naar het {K('Flevoziekenhuis', 'ORG')} gebracht. Graag "
              f"snel oplossen. - {R('Abena')}"),
        ("h2", "Actiehistorie"),
        ("table", [["Datum", "Door", "Actie"],
                   ["29-04-2024 19:52", "BuitenBeter", "Melding aangemaakt, foto bijgevoegd (IMG_4471.jpg)"],
                   ["30-04-2024 07:31", R("Frank van den Berg"),
                    f"Doorgezet naar aannemer {K('Heijmans Infra B.V.', 'ORG')} (contract {K('BO-2022-114', 'CASE_NO')})"],
                   ["30-04-2024 07:40", R("F. van den Berg"),
                    f"Melder gebeld op {R('06 44 1902 73', 'PHONE')}, geen gehoor. Voicemail ingesproken."],
                   ["30-04-2024 08:02", R("Samira Bouchtaoui"),
                    f"Let op: mogelijke aansprakelijkstelling. Doorgestuurd naar {K('schade@almere.nl', 'EMAIL_FUNC')}; "
                    f"contact met dochter via {R('+31644190273', 'PHONE')}."],
                   ["30-04-2024 08:10", R("fvdberg", "USERNAME"), "Werkorder W-88217 aangemaakt"]],
         {"widths": [1.2, 1.3, 4]}),
        ("small", f"Teamleider Wijkbeheer: {R('S. Bouchtaoui')} - toestel {R('4418', 'PHONE')}. "
                  f"Klantcontactcentrum {K('14 036', 'PHONE_PUBLIC')}."),
    ],
    extra=[("PERSON", "Abena Asantewaa Boateng", ["Asantewaa", "Boateng"]),
           ("PERSON", "Frank van den Berg", ["F. van den Berg", "van den Berg"]),
           ("PERSON", "Samira Bouchtaoui", ["Samira", "Bouchtaoui"]), ("PERSON", "Kofi Boateng", ["Kofi"])],
))

# ---------------------------------------------------------------- ab20 subsidieregister particulieren (xlsx)
DOCS.append(dict(
    name="ab20_subsidieregister_isolatie", producer="xlsx", landscape=True, sheet="Toekenningen 2024",
    title="Register subsidie isolatie particuliere woningeigenaren 2024",
    head=[K("Gemeente Leeuwarden")], foot="Export uit Excel - werkblad Toekenningen 2024",
    hidden={"author": R("Wiebren Sikkema")},
    blocks=[
        ("h1", "Register Subsidieregeling Isolatie Particuliere Woningen Leeuwarden 2024"),
        ("p", f"Regeling: {K('Subsidieregeling Verduurzaming Eigen Woning 2024', 'LAW')}; budget {K('€ 750.000', 'AMOUNT')}; "
              f"stand per {K('31 mei 2024', 'DATE')}"),
        ("table", [
            ["Zaaknr", "Aanvrager", "Adres", "Postcode", "IBAN", "Maatregel", "Bedrag", "Status"],
            [K("SVEW-24-0011", "CASE_NO"), R("Douwe Hoekstra"), R("Tjerk Hiddesstraat 41", "ADDRESS"), R("8913 DE", "ADDRESS"),
             R("NL70KNAB4641342527", "IBAN"), "spouwmuur", K("€ 1.650,00", "AMOUNT"), "vastgesteld"],
            [K("SVEW-24-0012", "CASE_NO"), R("A. (Anneke) Visser-Bergsma"), R("Oostergrachtswal 118", "ADDRESS"),
             R("8921 AD", "ADDRESS"), R("NL56 RABO 0115 4878 913", "IBAN"), "dakisolatie", K("€ 2.400,00", "AMOUNT"),
             "verleend"],
            [K("SVEW-24-0013", "CASE_NO"), R("Dhr. Y.R. Martis"), R("Pieter Stuyvesantweg 7", "ADDRESS"),
             R("8937 AH", "ADDRESS"), R("NL74INGB1752135878", "IBAN"), "HR++ glas", K("€ 980,00", "AMOUNT"), "verleend"],
            [K("SVEW-24-0014", "CASE_NO"), R("Siti Rahmawati"), R("Vlietzone 2b", "ADDRESS"), R("8935 NK", "ADDRESS"),
             R("NL52INGB2680962269", "IBAN"), "vloerisolatie", K("€ 1.100,00", "AMOUNT"), "afgewezen"],
            [K("SVEW-24-0015", "CASE_NO"), R("Hylke de Vries"), R("Harlingerstraatweg 63", "ADDRESS"), R("8914 AZ", "ADDRESS"),
             R("NL35SNSB2547015828", "IBAN"), "spouwmuur + dak", K("€ 3.000,00", "AMOUNT"), "in behandeling"],
            [K("SVEW-24-0016", "CASE_NO"), R("Jildou Tuinstra-Kok"), R("Wissesdwinger 22", "ADDRESS"), R("8911 LP", "ADDRESS"),
             "nog niet bekend", "dakisolatie", K("€ 2.400,00", "AMOUNT"), "aanvulling gevraagd"]],
         {"widths": [13, 22, 24, 9, 23, 14, 11, 15]}),
        ("p", f"Toelichting: aanvraag {K('SVEW-24-0014', 'CASE_NO')} afgewezen, IBAN-controle mislukt (typefout in "
              f"formulier). Behandelaar: {R('W. Sikkema')} ({R('058 233 4812', 'PHONE')})."),
    ],
    extra=[("PERSON", "Douwe Hoekstra", ["Douwe"]), ("PERSON", "A. (Anneke) Visser-Bergsma", ["Anneke", "Visser-Bergsma"]),
           ("PERSON", "Dhr. Y.R. Martis", ["Martis"]), ("PERSON", "Siti Rahmawati", ["Siti", "Rahmawati"]),
           ("PERSON", "Hylke de Vries", ["Hylke"]), ("PERSON", "Jildou Tuinstra-Kok", ["Jildou", "Tuinstra-Kok"]),
           ("PERSON", "Wiebren Sikkema", ["Sikkema"])],
))

# ---------------------------------------------------------------- ab21 antwoorden Kamervragen with routing (gs)
DOCS.append(dict(
    name="ab21_kamervragen_antwoorden_concept", producer="gs",
    title="Concept-antwoorden Kamervragen handhaving kamerverhuur",
    head=[K("Ministerie van Volkshuisvesting en Ruimtelijke Ordening"), "DG Volkshuisvesting en Bouwen",
          f"Kenmerk {K('2024-0000341872', 'CASE_NO')}"],
    foot="CONCEPT - niet verspreiden - routing zie tabel",
    blocks=[
        ("h1", "Antwoorden op Kamervragen over handhaving bij kamerverhuur"),
        ("p", f"Vragen van de leden {K('Jimmy Dijk', 'OFFICE_HOLDER')} (SP) en {K('Lisa Westerveld', 'OFFICE_HOLDER')} "
              f"({K('GroenLinks-PvdA', 'PARTY')}) aan de minister van Volkshuisvesting en Ruimtelijke Ordening over "
              f"handhaving bij kamerverhuur (ingezonden {K('8 april 2024', 'DATE')}, {K('2024Z05512', 'CASE_NO')})."),
        ("p", "<b>Vraag 1</b>\nBent u bekend met het bericht dat huurders in Groningen een last onder dwangsom "
              "moesten betalen in plaats van de verhuurder?"),
        ("p", f"<b>Antwoord 1</b>\nJa. Mijn ambtsvoorganger, minister {K('Hugo de Jonge', 'OFFICE_HOLDER')}, heeft "
              f"eerder over dit onderwerp gesproken met burgemeester {K('Koen Schuiling', 'OFFICE_HOLDER')}. In het "
              f"bericht wordt een huurder geciteerd; uit privacyoverwegingen noem ik die niet."),
        ("p", f"<b>Vraag 2</b>\nHoe vaak is de {K('Wet goed verhuurderschap', 'LAW')} sinds 1 juli 2023 toegepast?"),
        ("p", f"<b>Antwoord 2</b>\nGemeenten registreren dit niet centraal. Uit een uitvraag van de "
              f"{K('VNG', 'ORG')} bij 42 gemeenten blijkt dat 118 keer een waarschuwing is gegeven en 9 keer een "
              f"bestuurlijke boete. De {K('Huurcommissie', 'ORG')} ontving in dezelfde periode 2.940 verzoeken."),
        ("p", f"<b>Vraag 3</b>\nWilt u deze vragen beantwoorden voor het commissiedebat Volkshuisvesting?"),
        ("p", f"<b>Antwoord 3</b>\nDat is helaas niet gelukt. Ook de vragen van het lid {K('Pieter Omtzigt', 'OFFICE_HOLDER')} "
              f"({K('NSC', 'PARTY')}) over dit onderwerp worden binnenkort beantwoord."),
        ("h2", "Routing (intern, niet openbaar)"),
        ("table", [["Rol", "Naam", "Paraaf", "Datum"],
                   ["Steller", f"{R('drs. Rachida el Idrissi-Vos')}, {K('beleidsmedewerker', 'JOB')}", R("RIV", "PARAPH"), "15-04"],
                   ["Juridische toets", R("mr. Koen van 't Riet"), R("KvtR", "PARAPH"), "16-04"],
                   ["Afdelingshoofd", R("W.J. (Willem-Jan) Haverkamp"), R("WJH", "PARAPH"), "17-04"],
                   ["Woordvoering", f"{K('Directie Communicatie', 'ORG')}", "-", "17-04"],
                   ["DG", K("directeur-generaal Volkshuisvesting en Bouwen", "JOB"), "", ""]],
         {"widths": [1.3, 3, 0.8, 0.8]}),
        ("small", f"Vragen over deze concept-antwoorden: {R('Rachida el Idrissi-Vos')}, {R('06 - 46 08 22 19', 'PHONE')}, "
                  f"{R('rachida.elidrissi@minvro.nl', 'EMAIL')}. Postbus voor Kamervragen: {K('kamervragen@minvro.nl', 'EMAIL_FUNC')}."),
    ],
    extra=[("PERSON", "drs. Rachida el Idrissi-Vos", ["Rachida", "el Idrissi-Vos"]),
           ("PERSON", "mr. Koen van 't Riet", ["Koen van 't Riet", "van 't Riet"]),
           ("PERSON", "W.J. (Willem-Jan) Haverkamp", ["Willem-Jan", "Haverkamp"])],
    extra_keep=[("PLACE", "Groningen", ["Groningen"])],
))

# ---------------------------------------------------------------- ab22 provincial subsidy to private owner (rl)
DOCS.append(dict(
    name="ab22_subsidie_rijksmonument_fryslan", producer="rl", font="DVS",
    title="Beschikking subsidie restauratie rijksmonument",
    head=[K("Provinsje Fryslân"), f"{K('Tweebaksmarkt 52', 'STREET')}, Ljouwert", f"Telefoon {K('058 292 59 25', 'PHONE_PUBLIC')}",
          f"{K('provincie@fryslan.frl', 'EMAIL_FUNC')}"],
    foot=f"Provinsje Fryslân - {K('Afdeling Cultuur', 'ORG')} - zaak {K('01987654', 'CASE_NO')}",
    blocks=[
        ("p", f"Aan: {R('de heer S.J. (Sipke) van der Meulen')}\n{R('Terp 3', 'ADDRESS')}\n{R('9051 LR', 'ADDRESS')} Stiens"),
        ("p", f"Datum: {K('11 juni 2024', 'DATE')}\nVerzonden: {K('12 juni 2024', 'DATE')}\nZaaknummer: {K('01987654', 'CASE_NO')}\n"
              f"Bijlagen: 2\nBehandeld door: {R('Geartsje Hoekstra-Tjalma')}\nTelefoon: {R('058-2925 118', 'PHONE')}"),
        ("h1", "Beschikking subsidie restauratie rijksmonumentale boerderij"),
        ("p", f"Geachte heer {R('Van der Meulen')},"),
        ("p", f"U heeft ons op {K('2 februari 2024', 'DATE')} gevraagd om subsidie voor de restauratie van de "
              f"stelpboerderij op uw perceel, rijksmonumentnummer {K('37291', 'CASE_NO')}. Gedeputeerde Staten "
              f"verlenen u een subsidie van maximaal {K('€ 48.560,00', 'AMOUNT')} op grond van de "
              f"{K('Subsidieregeling Restauratie Monumenten Fryslân', 'LAW')}."),
        ("p", f"U voert de werkzaamheden uit met uw eigen bedrijf, {R('Timmerbedrijf S.J. van der Meulen', 'ORG_PERSONAL')} "
              f"(eenmanszaak, KvK {R('01128765', 'KVK')}), en met {K('Bouwbedrijf Bouma Stiens B.V.', 'ORG')} "
              f"(KvK {K('01056472', 'KVK_BV')}). De {K('Rijksdienst voor het Cultureel Erfgoed', 'ORG')} is "
              f"geïnformeerd. Het voorschot van 80% maken wij over naar {R('NL 56 RABO 0115 4878 913', 'IBAN')}."),
        ("p", f"Uw mede-eigenaar, mevrouw {R('Aukje van der Meulen-Zijlstra')} (geboren {R('12 sept. 1962', 'DOB')}), "
              f"heeft de aanvraag medeondertekend."),
        ("p", f"Wij wijzen u erop dat commissaris van de Koning {K('Arno Brok', 'OFFICE_HOLDER')} en gedeputeerde "
              f"{K('Friso Douwstra', 'OFFICE_HOLDER')} in september een werkbezoek willen brengen aan gerestaureerde "
              f"boerderijen. Wij nemen daarover contact met u op via {R('sipke@vdmeulen-timmerwerk.nl', 'EMAIL')}."),
        ("p", "Hoogachtend,\nGedeputeerde Staten van Fryslân,\nnamens dezen,"),
        ("sig", [R("drs. Auke Rienstra"), K("afdelingshoofd Cultuur", "JOB")]),
    ],
    extra=[("PERSON", "de heer S.J. (Sipke) van der Meulen", ["Sipke", "S.J. (Sipke) van der Meulen", "Van der Meulen"]),
           ("PERSON", "Geartsje Hoekstra-Tjalma", ["Geartsje", "Hoekstra-Tjalma"]),
           ("PERSON", "Aukje van der Meulen-Zijlstra", ["Aukje", "van der Meulen-Zijlstra"]),
           ("PERSON", "drs. Auke Rienstra", ["Auke Rienstra", "Rienstra"])],
    extra_keep=[("PLACE", "Stiens", ["Stiens"])],
))

# ---------------------------------------------------------------- ab23 SharePoint version history (html)
DOCS.append(dict(
    name="ab23_sharepoint_versiegeschiedenis", producer="html", landscape=True,
    title="Versiegeschiedenis - Raadsvoorstel Omgevingsvisie Almere 2040.docx",
    blocks=[
        ("h1", "Versiegeschiedenis: Raadsvoorstel Omgevingsvisie Almere 2040.docx"),
        ("small", f"Site: {K('Team Ruimtelijke Ontwikkeling', 'ORG')} > Documenten > Raad 2024 - "
                  f"afgedrukt vanuit {K('SharePoint Online', 'PRODUCT')}"),
        ("table", [["Nr.", "Gewijzigd", "Gewijzigd door", "Grootte", "Opmerkingen"],
                   ["7.0", "14-5-2024 16:48", R("Wendelien Dors-Amankwah"), "412 kB",
                    f"Definitief na portefeuilleoverleg wethouder {K('Maaike Veeningen', 'OFFICE_HOLDER')}"],
                   ["6.3", "14-5-2024 11:02", R("Koray Demir"), "409 kB", "Financiële paragraaf bijgewerkt"],
                   ["6.2", "13-5-2024 17:30", R("Wendelien Dors-Amankwah"), "407 kB",
                    f"Tekstvoorstellen {R('Pim')} verwerkt"],
                   ["6.1", "13-5-2024 09:15", R("Pim Oudshoorn"), "405 kB",
                    f"Reactie {K('Provincie Flevoland', 'ORG')} (brief {K('2024-04-118', 'CASE_NO')}) toegevoegd"],
                   ["5.0", "2-5-2024 14:20", R("Wendelien Dors-Amankwah"), "398 kB", "Versie voor juridische toets"],
                   ["4.2", "30-4-2024 10:05", R("mr. C.P. Akkerman"), "396 kB",
                    f"Zienswijze van {R('mevrouw M. Doornbos')} ({R('Kemphaanweg 14', 'ADDRESS')}) samengevat"],
                   ["4.1", "29-4-2024 08:41", R("Koray Demir"), "390 kB",
                    f"Opmerking: {R('k.demir@almere.nl', 'EMAIL')} is aanspreekpunt voor {K('Rijkswaterstaat', 'ORG')}"],
                   ["3.0", "18-4-2024 15:55", K("Systeemaccount Djuma", "PRODUCT"), "388 kB", "Automatische migratie"]],
         {"widths": [0.6, 1.6, 2.4, 0.9, 5]}),
        ("h2", "Eigenschappen"),
        ("table", [["Eigenschap", "Waarde"],
                   ["Auteur", R("Dors-Amankwah, Wendelien")],
                   ["Eigenaar", R("wdorsamankwah", "USERNAME")],
                   ["Portefeuillehouder", f"wethouder {K('Veeningen', 'OFFICE_HOLDER')}"],
                   ["Zaaknummer", K("Z/24/077120", "CASE_NO")],
                   ["Vertrouwelijkheid", "Intern"]], {"widths": [1, 4]}),
    ],
    extra=[("PERSON", "Wendelien Dors-Amankwah", ["Wendelien", "Dors-Amankwah"]),
           ("PERSON", "Koray Demir", ["Koray", "Demir"]), ("PERSON", "Pim Oudshoorn", ["Oudshoorn"]),
           ("PERSON", "mr. C.P. Akkerman", ["Akkerman"]), ("PERSON", "mevrouw M. Doornbos", ["Doornbos"])],
))

# ---------------------------------------------------------------- ab24 P&O case note (docx)
DOCS.append(dict(
    name="ab24_po_dossiernotitie_integriteit", producer="docx",
    title="Dossiernotitie integriteitsmelding", head=[K("Gemeente Utrecht"), "P&O - vertrouwelijk"],
    foot="Vertrouwelijk - alleen voor P&O en de melder",
    hidden={"author": R("Ingrid Meulenbelt")},
    blocks=[
        ("h1", "Dossiernotitie integriteitsmelding"),
        ("table", [["Veld", "Gegevens"],
                   ["Betreft", f"{R('De heer D.J.M. (Daan) Kroes')}, personeelsnummer {R('104882', 'PERSNR')}"],
                   ["Functie", f"{K('medewerker Vastgoedbeheer', 'JOB')}, {K('Team Vastgoed', 'ORG')}"],
                   ["Geboortedatum", R("1987-03-09", "DOB")],
                   ["Melder", f"anoniem via de vertrouwenspersoon, mevrouw {R('H. Gül')}"],
                   ["Behandelaar P&O", f"{R('Ingrid Meulenbelt')}, {K('HR-adviseur', 'JOB')}"],
                   ["Datum", K("3 juni 2024", "DATE")], ["Registratienummer", K("INT-2024-007", "CASE_NO")]],
         {"widths": [1, 3]}),
        ("h2", "Melding"),
        ("p", f"Op {K('28 mei 2024', 'DATE')} meldde een collega bij de {K('vertrouwenspersoon integriteit', 'JOB')} dat "
              f"de heer {R('Kroes')} een opdracht voor schilderwerk aan een gemeentelijk pand aan de "
              f"{K('Nicolaas Beetsstraat', 'STREET')} heeft gegund aan het bedrijf van zijn zwager, "
              f"{R('Schildersbedrijf R. de Groot', 'ORG_PERSONAL')} (eenmanszaak, KvK {R('30219877', 'KVK')}). "
              f"Volgens de melder is dat buiten {K('Negometrix', 'PRODUCT')} om gegaan."),
        ("h2", "Gesprek"),
        ("p", f"Op {K('3 juni 2024', 'DATE')} sprak {R('Meulenbelt')} met de heer {R('Kroes')} en zijn leidinggevende "
              f"{R('Annemarie Dijkstra-Yilmaz')}. De heer {R('Kroes')} erkent de familierelatie met {R('Rens de Groot')}, "
              f"maar stelt dat het om een spoedklus ging (lekkage) en dat hij {R('Dijkstra-Yilmaz')} mondeling heeft "
              f"ingelicht. De opdracht bedroeg {K('€ 6.840,00', 'AMOUNT')}, onder de drempel van de "
              f"{K('Inkoop- en aanbestedingsregels Utrecht 2023', 'LAW')}."),
        ("h2", "Vervolg"),
        ("p", f"1. Onderzoek door {K('Bureau Integriteit', 'ORG')} (opdracht aan {K('Hoffmann Bedrijfsrecherche', 'ORG')}).\n"
              f"2. Geen schorsing; wel tijdelijk geen inkoopbevoegdheid.\n"
              f"3. Terugkoppeling aan de melder via de vertrouwenspersoon ({R('h.gul@utrecht.nl', 'EMAIL')}).\n"
              f"4. Informeren gemeentesecretaris en de {K('Ondernemingsraad', 'ORG')} alleen op hoofdlijnen."),
        ("p", f"Contact P&O: {R('Ingrid Meulenbelt')}, {R('(030) 2861 447', 'PHONE')}, {R('i.meulenbelt@utrecht.nl', 'EMAIL')}."),
    ],
    extra=[("PERSON", "De heer D.J.M. (Daan) Kroes", ["Daan", "Kroes"]), ("PERSON", "mevrouw H. Gül", ["H. Gül", "Gül"]),
           ("PERSON", "Ingrid Meulenbelt", ["Ingrid", "Meulenbelt"]),
           ("PERSON", "Annemarie Dijkstra-Yilmaz", ["Annemarie", "Dijkstra-Yilmaz"]), ("PERSON", "Rens de Groot", ["Rens"]),
           ],
))

# ---------------------------------------------------------------- ab25 Wmo keukentafelgesprek (rl)
DOCS.append(dict(
    name="ab25_wmo_gespreksverslag", producer="rl", title="Gespreksverslag Wmo-melding",
    head=[K("Gemeente Leeuwarden"), K("Sociaal Wijkteam Noord", "ORG"), f"Telefoon {K('14 058', 'PHONE_PUBLIC')}"],
    foot=f"Wmo-dossier {K('WMO-24-11873', 'CASE_NO')} - bevat bijzondere persoonsgegevens",
    blocks=[
        ("h1", "Gespreksverslag onderzoek Wmo 2015"),
        ("table", [["", ""],
                   ["Cliënt", f"{R('mevrouw Trijntje (Trijn) Bakker')}, geboren {R('30 december 1938', 'DOB')}"],
                   ["Adres", f"{R('Bilgaardpark 83', 'ADDRESS')}, {R('8924 GH', 'ADDRESS')} Leeuwarden"],
                   ["BSN", R("798 272 338", "BSN")],
                   ["Telefoon", f"{R('058-2671234', 'PHONE')} (vast), dochter: {R('06 3312', 'PHONE')}"],
                   ["", f"{R('9087', 'PHONE')} ({R('Sietske de Jong-Bakker')})"],
                   ["Gesprek", f"{K('4 maart 2024', 'DATE')}, bij cliënt thuis"],
                   ["Consulent", f"{R('Marten Postma')}, {K('Wmo-consulent', 'JOB')}"]],
         {"widths": [1, 4], "header": False}),
        ("h2", "Hulpvraag"),
        ("p", f"Mevrouw {R('Bakker')} woont sinds het overlijden van haar man alleen. Zij valt vaker en gebruikt een "
              f"rollator. Haar dochter {R('Sietske')} komt twee keer per week en doet de boodschappen. De huisarts, "
              f"dokter {R('Van der Zee')} van {K('Huisartsenpraktijk Bilgaard', 'ORG')}, heeft haar doorverwezen naar "
              f"{K('Tjallingahiem', 'ORG')} voor dagbesteding."),
        ("h2", "Afspraken"),
        ("p", f"1. Indicatie hulp bij het huishouden, 3 uur per week, via {K('Thuiszorg Het Friese Land', 'ORG')}.\n"
              f"2. Aanvraag trapliftinstallatie bij {K('Welzorg', 'ORG')}; eigen bijdrage via het {K('CAK', 'ORG')}, "
              f"{K('€ 21,80', 'AMOUNT')} per maand.\n3. Mantelzorgwaardering voor {R('S. de Jong-Bakker')} aanvragen "
              f"bij {K('Mantelzorg Leeuwarden', 'ORG')}.\n4. Evaluatie over zes maanden."),
        ("p", f"Mevrouw {R('Bakker')} gaf toestemming om informatie te delen met de wijkverpleegkundige, "
              f"{R('Jannie Koopmans')} (buurtzorgteam Bilgaard, {R('06 - 1422 6631', 'PHONE')})."),
        ("p", f"Opgesteld door {R('M. Postma')} ({R('m.postma@leeuwarden.nl', 'EMAIL')}); paraaf teamleider {R('GvdW', 'PARAPH')}."),
    ],
    extra=[("PERSON", "mevrouw Trijntje (Trijn) Bakker", ["Trijntje", "Trijn", "Bakker"]),
           ("PERSON", "Sietske de Jong-Bakker", ["Sietske", "de Jong-Bakker"]),
           ("PERSON", "Marten Postma", ["Postma"]), ("PERSON", "Van der Zee", []),
           ("PERSON", "Jannie Koopmans", ["Jannie", "Koopmans"])],
))

# ---------------------------------------------------------------- ab26 Statenvragen answers (html)
DOCS.append(dict(
    name="ab26_statenvragen_stikstof_boer", producer="html",
    title="Beantwoording Statenvragen ex artikel 47 RvO over opkoop veehouderij",
    head=[K("Provincie Gelderland"), f"{K('Markt 11', 'STREET')}, Arnhem", f"Telefoon {K('026 359 99 99', 'PHONE_PUBLIC')}"],
    foot=f"Statenvragen {K('PS2024-211', 'CASE_NO')} - Gedeputeerde Staten van Gelderland",
    blocks=[
        ("h1", "Beantwoording schriftelijke vragen ex artikel 47 Reglement van Orde"),
        ("p", f"Vragen van de Statenleden {K('Annelies Roelofsen', 'OFFICE_HOLDER')} ({K('BBB', 'PARTY')}) en "
              f"{K('Tom Kroeze', 'OFFICE_HOLDER')} ({K('Partij voor de Dieren', 'PARTY')}) over de opkoop van een veehouderij "
              f"in {K('Barneveld', 'PLACE')}, ingediend op {K('3 mei 2024', 'DATE')}."),
        ("p", "<b>Vraag 1</b>: Klopt het dat een melkveehouder aan de Garderbroekerweg onder druk is gezet om mee "
              "te doen aan de opkoopregeling?"),
        ("p", f"<b>Antwoord</b>: Nee. Wij hebben met de betrokken ondernemer, de heer {R('Gerrit van den Brink')}, en zijn "
              f"zoon {R('Evert')} drie gesprekken gevoerd. Deelname aan de "
              f"{K('Landelijke beëindigingsregeling veehouderijlocaties', 'PROGRAMME')} ({K('Lbv-plus', 'PROGRAMME')}) is "
              f"vrijwillig. Gedeputeerde {K('Peter Drenth', 'OFFICE_HOLDER')} heeft de familie op {K('12 april 2024', 'DATE')} "
              f"bezocht."),
        ("p", "<b>Vraag 2</b>: Welke rol speelde de gebiedsmakelaar?"),
        ("p", f"<b>Antwoord</b>: De gebiedsmakelaar, in dienst van de provincie, onderhoudt contact met ondernemers in de "
              f"{K('Gelderse Vallei', 'PLACE')}. Uit de gespreksverslagen blijkt geen druk. De ondernemer heeft zelf "
              f"contact gezocht via {R('gvdbrink.melkvee@xs4all.nl', 'EMAIL')}; de makelaar, {R('Bertine Lokhorst')}, "
              f"belde hem vervolgens op {R('0342 - 45 18 90', 'PHONE')}."),
        ("p", "<b>Vraag 3</b>: Is de minister op de hoogte?"),
        ("p", f"<b>Antwoord</b>: Ja. Wij hebben minister {K('Femke Wiersma', 'OFFICE_HOLDER')} (LVVN) en haar "
              f"voorganger {K('Piet Adema', 'OFFICE_HOLDER')} over de Gelderse aanpak geïnformeerd. Ook "
              f"Europarlementariër {K('Anja Haga', 'OFFICE_HOLDER')} bracht in maart een werkbezoek. De bedrijfsgegevens "
              f"van {R('Maatschap Van den Brink', 'ORG_PERSONAL')} (KvK {R('09155832', 'KVK')}) delen wij niet, evenmin als "
              f"die van de loonwerker {K('Loonbedrijf Van de Kolk B.V.', 'ORG')}."),
        ("p", f"Gedeputeerde Staten van Gelderland,\n{K('John Berends', 'OFFICE_HOLDER')}, voorzitter\n"
              f"de secretaris"),
        ("small", f"Ambtelijk contact: {R('drs. J.F. (Hans) Wolters')}, {R('026 - 359 8871', 'PHONE')}"),
    ],
    extra=[("PERSON", "Gerrit van den Brink", ["Gerrit", "Van den Brink"]), ("PERSON", "Evert", []),
           ("PERSON", "Bertine Lokhorst", ["Bertine", "Lokhorst"]),
           ("PERSON", "drs. J.F. (Hans) Wolters", ["Hans", "Wolters"])],
))

# ---------------------------------------------------------------- ab27 bereikbaarheidslijst (rl, narrow cells)
DOCS.append(dict(
    name="ab27_bereikbaarheidslijst_vergunningen", producer="rl", landscape=True, size=8.5, cell_size=7.5,
    title="Bereikbaarheidslijst team Vergunningen, Toezicht en Handhaving",
    head=[K("Gemeente Almere"), "Team VTH - intern", "versie mei 2024"],
    foot="Intern - niet verspreiden buiten team VTH",
    blocks=[
        ("h1", "Bereikbaarheidslijst Vergunningen, Toezicht en Handhaving"),
        ("table", [["Naam", "Functie", "Direct", "Mobiel", "E-mail", "Piket"],
                   [R("Ahmed Al-Hashimi"), K("teamleider VTH", "JOB"), R("036 - 539 4410", "PHONE"),
                    R("+31 6 2210 4498", "PHONE"), R("a.alhashimi@almere.nl", "EMAIL"), "wk 19, 23"],
                   [R("Lucia Abu-Zahra"), K("senior jurist handhaving", "JOB"), R("(036) 5394417", "PHONE"),
                    R("06-55 18 24 01", "PHONE"), R("l.abuzahra@almere.nl", "EMAIL"), "wk 20"],
                   [R("B. (Bas) Cornelisse"), K("toezichthouder bouw", "JOB"), "toestel " + R("4421", "PHONE"),
                    R("0650932217", "PHONE"), R("b.cornelisse@almere.nl", "EMAIL"), "wk 21, 24"],
                   [R("DE VRIES, Anke"), K("BOA", "JOB"), "-", R("06 1983 0044", "PHONE"), R("a.devries3@almere.nl", "EMAIL"),
                    "wk 22"],
                   [R("Sánchez Rodríguez, Elena"), K("casemanager vergunningen", "JOB"), R("036-5394432", "PHONE"),
                    R("06 2877", "PHONE") + "\n" + R("1305", "PHONE"), R("e.sanchezrodriguez@almere.nl", "EMAIL"), "-"],
                   [R("Wirjosentono, Rudi"), K("medewerker Omgevingsloket", "JOB"), R("0031 36 539 4455", "PHONE"), "-",
                    R("r.wirjosentono@almere.nl", "EMAIL"), "-"]],
         {"widths": [2.3, 2.4, 1.6, 1.6, 3.2, 1]}),
        ("h2", "Algemene nummers (mogen naar buiten)"),
        ("table", [["Dienst", "Nummer / adres"],
                   ["Klantcontactcentrum", K("14 036", "PHONE_PUBLIC")],
                   ["Functionele mailbox VTH", K("vth@almere.nl", "EMAIL_FUNC")],
                   ["Storingsnummer openbare verlichting", K("0800-3636363", "PHONE_PUBLIC")],
                   [f"{K('Omgevingsdienst Flevoland & Gooi en Vechtstreek', 'ORG')}", K("088 - 633 3000", "PHONE_PUBLIC")],
                   ["Zaaksysteem (storingen)", f"{K('Servicedesk ICT', 'ORG')}, {K('036 - 539 9999', 'PHONE_PUBLIC')}"],
                   ["Politie (geen spoed)", K("0900-8844", "PHONE_PUBLIC")]], {"widths": [2, 3]}),
        ("small", f"Wijzigingen doorgeven aan {R('Lucia')} of via {K('vth@almere.nl', 'EMAIL_FUNC')}."),
    ],
    extra=[("PERSON", "Ahmed Al-Hashimi", ["Al-Hashimi"]), ("PERSON", "Lucia Abu-Zahra", ["Abu-Zahra"]),
           ("PERSON", "B. (Bas) Cornelisse", ["Bas", "Cornelisse"]), ("PERSON", "DE VRIES, Anke", ["DE VRIES"]),
           ("PERSON", "Sánchez Rodríguez, Elena", ["Sánchez Rodríguez", "Elena"]),
           ("PERSON", "Wirjosentono, Rudi", ["Wirjosentono"])],
))

# ---------------------------------------------------------------- ab28 kwijtschelding beschikking (fpdf)
DOCS.append(dict(
    name="ab28_kwijtschelding_beschikking", producer="fpdf", title="Beschikking kwijtschelding gemeentelijke belastingen",
    head=[K("Gemeente Almere"), f"Afdeling {K('Belastingen', 'ORG')}, {K('Postbus 200', 'ADDRESS_PUBLIC')}, 1300 AE Almere",
          f"Telefoon {K('14 036', 'PHONE_PUBLIC')} - {K('belastingen@almere.nl', 'EMAIL_FUNC')}"],
    foot=f"Beschikking {K('KW-2024-04471', 'CASE_NO')} - aanslagnummer {K('2024.118.4471.07', 'CASE_NO')}",
    blocks=[
        ("p", f"{R('K.A. Mensah')}\n{R('Pampuslaan 220', 'ADDRESS')}\n{R('1382 JS', 'ADDRESS')} ALMERE"),
        ("p", f"Datum: {K('27 mei 2024', 'DATE')}\nKenmerk: {K('KW-2024-04471', 'CASE_NO')}\n"
              f"Burgerservicenummer: {R('563685992', 'BSN')}"),
        ("h1", "Beschikking op uw verzoek om kwijtschelding"),
        ("p", f"Geachte heer {R('Mensah')},"),
        ("p", f"U heeft op {K('6 mei 2024', 'DATE')} kwijtschelding gevraagd voor de aanslag gemeentelijke belastingen "
              f"2024 van {K('€ 612,48', 'AMOUNT')} (afvalstoffenheffing en rioolheffing). Wij hebben uw betalingscapaciteit "
              f"berekend volgens de {K('Leidraad Invordering 2008', 'LAW')}. Uw netto besteedbaar inkomen en dat van uw "
              f"partner, mevrouw {R('Mensah-Owusu')}, is lager dan 100% van de kosten van bestaan."),
        ("p", f"Wij verlenen u volledige kwijtschelding. U hoeft niets te betalen. Het bedrag dat al van rekening "
              f"{R('NL36BUNQ6686804609', 'IBAN')} is afgeschreven ({K('€ 51,04', 'AMOUNT')}) storten wij binnen vier weken terug."),
        ("p", f"Let op: op het formulier stond als telefoonnummer {R('0031 (0)6 1740 2285', 'PHONE')}. Wij konden u daarop "
              f"niet bereiken. Geef een ander nummer door via {K('Mijn Almere', 'PRODUCT')}."),
        ("p", f"Bent u het niet eens met deze beschikking? Dan kunt u binnen zes weken beroep instellen bij de "
              f"{K('invorderingsambtenaar', 'JOB')}. Hulp bij uw geldzaken krijgt u via {K('Geldfit', 'PROGRAMME')} "
              f"({K('0800 8115', 'PHONE_PUBLIC')})."),
        ("p", f"Met vriendelijke groet,\nde invorderingsambtenaar van de gemeente Almere,\nnamens deze,"),
        ("sig", [R("L. Bouali"), f"{K('medewerker Kwijtschelding', 'JOB')}, telefoon {R('036 539 8820', 'PHONE')}"]),
    ],
    extra=[("PERSON", "K.A. Mensah", ["Mensah"]), ("PERSON", "L. Bouali", ["Bouali"])],
))

# ---------------------------------------------------------------- ab29 hidden channels memo (gs + pikepdf)
DOCS.append(dict(
    name="ab29_memo_handhaving_vakantieverhuur", producer="gs", font="DV",
    title="Memo handhavingsstrategie vakantieverhuur", head=UTR_HEAD,
    foot="Memo - intern - versie 0.4",
    hidden={"author": R("Thijmen Westerhof-Kalpoe"), "xmp_author": True,
            "subject": f"Concept voor {R('Nadia Benali')}",
            "annots": [(R("Nadia Benali"), f"{R('Thijmen')}, kun je de casus van {R('Van Beek')} anonimiseren?"),
                       (R("Cor de Ruijter"), f"Akkoord. Bel me even: {R('06 1098 4432', 'PHONE')}.")],
            "bookmarks": ["1. Aanleiding", f"2. Casus {R('Van Beek')} ({R('Oudegracht 301', 'ADDRESS')})",
                          f"3. Reactie {R('C. de Ruijter')}"],
            "fields": [("Behandelaar", R("Thijmen Westerhof-Kalpoe")), ("Telefoon", R("06-4471 2093", "PHONE"))],
            "links": [(R("t.westerhof@utrecht.nl", "EMAIL"), "mailto:" + R("t.westerhof@utrecht.nl", "EMAIL"))]},
    blocks=[
        ("h1", "Memo: handhavingsstrategie vakantieverhuur"),
        ("table", [["Aan", f"wethouder {K('Dennis de Vries', 'OFFICE_HOLDER')} (portefeuille Wonen)"],
                   ["Van", f"{K('Team Wonen', 'ORG')}, {K('Vergunningverlening', 'ORG')}"],
                   ["Datum", K("22 mei 2024", "DATE")], ["Kenmerk", K("9.2024.0451", "CASE_NO")]],
         {"widths": [1, 4], "header": False}),
        ("h2", "1. Aanleiding"),
        ("p", f"Het aantal meldingen over illegale vakantieverhuur via {K('Airbnb', 'ORG')} en {K('Booking.com', 'ORG')} "
              f"steeg in 2023 met 38%. De {K('Huisvestingsverordening Utrecht 2023', 'LAW')} staat 30 nachten per jaar toe "
              f"met registratienummer. Het college wil strenger optreden, zoals ook {K('Amsterdam', 'PLACE')} doet."),
        ("h2", "2. Casus"),
        ("p", f"Een eigenaar aan de {K('Oudegracht', 'STREET')} verhuurde 142 nachten. Na een "
              f"{K('last onder dwangsom', 'TERM')} van € {K('20.000', 'AMOUNT')} per overtreding stopte de verhuur. Het "
              f"bezwaar is ongegrond verklaard."),
        ("h2", "3. Voorstel"),
        ("p", f"Wij stellen voor een vaste boete van € {K('8.700', 'AMOUNT')} per overtreding in te voeren en samen "
              f"te werken met de {K('Belastingdienst', 'ORG')} en {K('Utrecht Marketing', 'ORG')}."),
        ("p", "Informatie die niet openbaar gemaakt kan worden: n.v.t."),
    ],
))

# ---------------------------------------------------------------- ab30 Jira ticket print (html)
DOCS.append(dict(
    name="ab30_jira_ticket_koppeling_brp", producer="html",
    title="[WOOAPP-412] Adresgegevens inwoner zichtbaar in testomgeving",
    blocks=[
        ("h1", "[WOOAPP-412] Adresgegevens inwoner zichtbaar in testomgeving"),
        ("table", [["Type", "Status", "Prioriteit", "Toegewezen aan", "Melder", "Aangemaakt"],
                   ["Bug", "In Progress", "Highest", R("Sven Kuipers"), R("Naomi Lie-A-Ling"), "02/05/2024 09:14"]],
         {"widths": [1, 1, 1, 1.5, 1.5, 1.5]}),
        ("h2", "Beschrijving"),
        ("p", f"In de ACC-omgeving van het {K('Woo-platform', 'PRODUCT')} (koppeling {K('StUF-BG', 'TERM')} met de "
              f"{K('BRP', 'TERM')} via {K('Haal Centraal BRP Bevragen', 'PRODUCT')}) wordt bij testzaak "
              f"{K('Z/24/061298', 'CASE_NO')} het echte adres van de verzoeker getoond in plaats van testdata: "
              f"<i>{R('J. van der Molen', 'PERSON')}, {R('Bisschopswetering 88', 'ADDRESS')}, {R('8017 KB', 'ADDRESS')} "
              f"Zwolle</i>. Zie screenshot. Dit is een mogelijk datalek; {K('FG', 'JOB')} is ingelicht."),
        ("h2", "Stappen"),
        ("pre", "1. Inloggen ACC als rol WOO_BEHANDELAAR\n2. Open zaak Z/24/061298\n"
                "3. Tab 'Betrokkenen' -> adres komt uit PROD-cache (TTL 24h)\n"
                "Expected: fake data uit testset 'BRP-Proef'\nActual: productiedata"),
        ("h2", "Activiteit"),
        ("table", [["Wie", "Wanneer", "Opmerking"],
                   [R("Naomi Lie-A-Ling"), "02/05 09:14", f"@{R('sven.kuipers', 'USERNAME')} kun je dit vandaag oppakken? "
                                                            f"Het CISO-team ({K('ciso@zwolle.nl', 'EMAIL_FUNC')}) weet ervan."],
                   [R("Sven Kuipers"), "02/05 10:02", "Cache uitgezet, root cause: CONFIG_ENV=prod in de Helm chart."],
                   [R("Thijs Kamphuis"), "02/05 11:30", f"Melding bij {K('Autoriteit Persoonsgegevens', 'ORG')} niet "
                                                          f"nodig volgens {K('Privacy Officer', 'JOB')}; vastgelegd in "
                                                          f"register {K('DL-2024-019', 'CASE_NO')}."],
                   [R("Naomi Lie-A-Ling"), "03/05 08:45", f"Verified in ACC. Leverancier {K('Atos', 'ORG')} geïnformeerd via "
                                                           f"{R('naomi.lie-a-ling@zwolle.nl', 'EMAIL')}."]],
         {"widths": [1.3, 1, 4]}),
        ("small", f"Labels: {K('privacy', 'TERM')}, {K('BRP', 'TERM')}, {K('P1-incident', 'TERM')} - Sprint 24.10 - "
                  f"Component: {K('Woo-inventaris', 'PRODUCT')}"),
    ],
    extra=[("PERSON", "Sven Kuipers", ["Sven"]), ("PERSON", "Naomi Lie-A-Ling", ["Naomi", "Lie-A-Ling"]),
           ("PERSON", "Thijs Kamphuis", ["Kamphuis"]), ("PERSON", "J. van der Molen", ["van der Molen"])],
))
