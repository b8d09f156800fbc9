"""Set CV, part 2: veterans, ABP invaliditeitspensioen, Veteraneninstituut, Woo decision."""
from __future__ import annotations
from lib import hidden, add_hidden, docx_build, rijks_header, rl_build, scan_build
DOCS = []
def doc(fn):
    DOCS.append(fn)
    return fn
from reportlab.lib.pagesizes import A4, landscape

BSN = "172635482"          # veteran, valid 11-proef
IBAN = "NL72 RABO 3318 4579 02"
ABP_RIGHT = ["!{{ABP|O}}", "Bijzondere Pensioenen Defensie", "{{Oude Lindestraat 70|S}}", "6411 EJ {{Heerlen|L}}",
             "{{Postbus 4806|S}}", "6401 JL Heerlen", "{{www.abp.nl|O}}", ""]


# ---------------------------------------------------------------- cv17 aanvraagformulier invaliditeitspensioen
@doc
def cv17():
    blocks = [
        ("title", "Aanvraag militair invaliditeitspensioen"),
        ("small", "Op grond van de {{Kaderwet militaire pensioenen|W}} en het {{Besluit militaire invaliditeitspensioenen|W}}. "
                  "Uitvoering: {{ABP|O}} namens de {{Minister van Defensie|F}}. Formulier {{MIP-A 2024-1|R}}."),
        ("h", "1. Gegevens aanvrager"),
        ("kv", [("Achternaam", "[[van 't Hek]]"), ("Voornamen", "[[Patrick Johannes Maria]]"),
                ("Geboortedatum", "[[14-09-1976|D]]"), ("Burgerservicenummer", "[[" + BSN + "|B]]"),
                ("Registratienummer Defensie", "[[761092448|N]]"),
                ("Laatste rang", "sergeant der eerste klasse (b.d.)"),
                ("Adres", "[[Poolsterstraat 19|A]]"), ("Postcode en woonplaats", "[[6843 TN|A]] {{Arnhem|L}}"),
                ("Telefoon", "[[06-27 31 84 55]]"), ("E-mail", "[[p.vanthek76@ziggo.nl]]"),
                ("Rekeningnummer (IBAN)", "[[" + IBAN + "|I]] t.n.v. P.J.M. van 't Hek")], 58),
        ("h", "2. Diensttijd en uitzendingen"),
        ("table", [["Periode", "Missie / operatie", "Eenheid", "Locatie"],
                   ["jan - jul 1995", "{{UNPROFOR|G}} ({{Dutchbat III|U}})", "{{13 Luchtmobiele Brigade|U}}", "{{Srebrenica|L}}, {{Potočari|L}}"],
                   ["aug 2006 - feb 2007", "{{ISAF|G}} ({{Task Force Uruzgan|U}} 2)", "{{Battlegroup|U}} 2, {{12 Infanteriebataljon Luchtmobiel|U}}", "{{Kamp Holland|K}}, {{Tarin Kowt|L}}"],
                   ["mrt - sep 2009", "ISAF (TFU-7)", "{{42 Bataljon Limburgse Jagers|U}}", "{{Deh Rawod|L}}"],
                   ["2013 - 2014", "{{MINUSMA|G}}", "{{Special Operations Task Group|U}}", "{{Gao|L}}, {{Mali|L}}"]],
         [32, 50, 52, 40]),
        ("h", "3. Ziekte of gebrek waarvoor u pensioen aanvraagt"),
        ("p", "Omschrijving (in uw eigen woorden): [[Posttraumatische stressstoornis (PTSS)|H]] sinds de uitzending naar "
              "Srebrenica, verergerd na Uruzgan. [[Nachtmerries, concentratieproblemen en schrikreacties|H]]. "
              "Daarnaast [[gehoorschade en tinnitus aan het linkeroor|H]] na een IED-incident op 19 oktober 2006 bij "
              "{{Chora|L}}."),
        ("p", "Behandelaar(s): [[dr. M.A. Kuipers-Lanting]], psychiater, {{Militaire Geestelijke Gezondheidszorg|O}} "
              "({{MGGZ|O}}), locatie {{Doorn|L}}; huisarts [[H. Brouwer-Yilmaz]], {{Arnhem|L}}. [[Sinds 2021 in "
              "behandeling met EMDR en sertraline 100 mg|H]]."),
        ("pb",),
        ("h", "4. Verklaring en machtiging"),
        ("p", "Ik machtig het ABP om medische informatie op te vragen bij de genoemde behandelaars en bij de "
              "{{Militair Revalidatiecentrum Aardenburg|K}}. Ik weet dat de {{ABP-keuringsarts|F}} mij kan oproepen "
              "voor een onderzoek. Mijn partner, mevrouw [[M.A. van 't Hek-Dijkstra]], is gemachtigd namens mij "
              "contact op te nemen (telefoon [[06-14 02 77 39]])."),
        ("kv", [("Plaats en datum", "Arnhem, 3 februari 2025"), ("Handtekening", "")], 58),
        ("sig", "P. van 't Hek", 45),
        ("h", "5. In te vullen door het Veteranenloket"),
        ("kv", [("Ontvangen", "5 februari 2025, {{Veteranenloket|O}} ({{Veteraneninstituut|O}}, {{Doorn|L}})"),
                ("Casemanager", "[[Wendy Schuurman]], [[w.schuurman@veteraneninstituut.nl]]"),
                ("Zaaknummer", "{{VL-2025-018834|R}}"),
                ("Doorgezonden aan", "ABP Bijzondere Pensioenen, {{mip@abp.nl|E}}, 6 februari 2025")], 58),
        ("small", "Het Veteranenloket is bereikbaar via {{088 334 00 00|T}} of {{www.veteranenloket.nl|O}}. "
                  "Gegevens worden verwerkt volgens de {{AVG|W}} en de {{Veteranenwet|W}}."),
    ]
    rl_build("cv17", blocks, font="LiberationSans", size=9.5, title="Aanvraag MIP",
             header="ABP - Bijzondere Pensioenen Defensie\nFormulier MIP-A")
    return {"post": lambda p: add_hidden(p, title="[[Aanvraag MIP - van 't Hek, P.J.M.]]")}


# ---------------------------------------------------------------- cv18 ABP beslissing (docx)
@doc
def cv18():
    blocks = [
        ("right", "ABP - Bijzondere Pensioenen Defensie\nPostbus 4806, 6401 JL Heerlen\nTelefoon {{045 579 60 70|T}}"),
        ("p", "De heer P.J.M. [[VAN 'T HEK]]\n[[POOLSTERSTRAAT 19|A]]\n[[6843 TN|A]] ARNHEM"),
        ("sp",),
        ("kv", [("Datum", "12 juni 2025"), ("Ons kenmerk", "{{ABP/BPD/2025/04471|R}}"),
                ("Uw klantnummer", "[[3011847203|N]]"), ("Burgerservicenummer", "[[" + BSN + "|B]]"),
                ("Behandeld door", "mevrouw [[L. Huisman-Otten]]"), ("Telefoon", "[[045 579 82 16]]"),
                ("Onderwerp", "Beslissing op uw aanvraag militair invaliditeitspensioen")], [45, 115]),
        ("p", "Geachte heer [[Van 't Hek]],"),
        ("p", "Op 6 februari 2025 ontvingen wij via het {{Veteranenloket|O}} uw aanvraag voor een militair "
              "invaliditeitspensioen. In deze brief leest u onze beslissing. Wij nemen deze beslissing namens de "
              "{{Minister van Defensie|F}}, op grond van de {{Kaderwet militaire pensioenen|W}}."),
        ("h", "Onze beslissing"),
        ("p", "U krijgt met ingang van 1 maart 2025 een militair invaliditeitspensioen. De {{ABP-keuringsarts|F}} heeft "
              "vastgesteld dat [[uw posttraumatische stressstoornis|H]] in verband staat met de uitoefening van de "
              "militaire dienst (dienstverband). Voor [[de gehoorschade|H]] is het dienstverband eveneens aanvaard."),
        ("table", [["Aandoening", "Dienstverband", "Mate van invaliditeit"],
                   ["[[PTSS, chronisch|H]]", "ja ({{Srebrenica|L}}, {{Uruzgan|L}})", "[[40%|H]]"],
                   ["[[Perceptief gehoorverlies links, tinnitus|H]]", "ja (IED-incident {{Chora|L}} 2006)", "[[10%|H]]"],
                   ["Totaal (samengesteld)", "", "[[45%|H]]"]], [70, 55, 35]),
        ("p", "De hoogte van uw pensioen staat in de bijlage. Het bedrag wordt maandelijks overgemaakt op "
              "rekeningnummer [[" + IBAN + "|I]]. U bent ingedeeld in de {{Regeling bijzondere militaire "
              "voorzieningen|W}}; daardoor heeft u ook recht op vergoeding van [[uw behandelingen bij de MGGZ|H]]."),
        ("h", "Bent u het niet eens met deze beslissing?"),
        ("p", "Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken. Stuur uw bezwaarschrift naar "
              "ABP, t.a.v. {{Bezwaar en Beroep|O}}, Postbus 4806, 6401 JL Heerlen, of via {{Mijn ABP|X}}. U kunt "
              "ook hulp vragen aan het {{Veteranenloket|O}} of de {{BNMO|O}}."),
        ("p", "Met vriendelijke groet,\n\n[[L. Huisman-Otten]]\nmedewerker Bijzondere Pensioenen\n\n"
              "mede namens [[dr. R. Abdoel]], keuringsarts"),
        ("pb",),
        ("h", "Bijlage: berekening militair invaliditeitspensioen"),
        ("table", [["Onderdeel", "Bedrag per maand (bruto)"],
                   ["Invaliditeitspensioen (grondslag: laatst genoten salaris schaal 6 Defensie)", "EUR 1.218,40"],
                   ["Toeslag {{Regeling bijzondere militaire voorzieningen|W}}", "EUR 212,15"],
                   ["Inhouding loonheffing (tabel {{Belastingdienst|O}})", "- EUR 318,70"],
                   ["Netto", "EUR 1.111,85"]], [120, 45]),
        ("p", "Het pensioen wordt geïndexeerd volgens de {{CAO Defensie|W}}. Bij wijziging van uw gezondheid of "
              "bij [[opname in een kliniek|H]] vragen wij u dat door te geven via {{mip@abp.nl|E}}."),
        ("small", "Klantnummer [[3011847203|N]] - kenmerk ABP/BPD/2025/04471 - pagina 2"),
    ]
    return {"docx": docx_build("cv18", blocks, font="Carlito", size=11, author=hidden("[[lhuisma3]]", "metadata"),
                               title="Beslissing MIP")}


# ---------------------------------------------------------------- cv19 medisch advies keuringsarts
@doc
def cv19():
    blocks = [
        ("title", "Medisch advies - militair invaliditeitspensioen"),
        ("small", "MEDISCH GEHEIM - uitsluitend bestemd voor ABP Bijzondere Pensioenen Defensie"),
        ("kv", [("Betrokkene", "[[P.J.M. van 't Hek]], geboren [[14 september 1976|D]]"),
                ("Klantnummer ABP", "[[3011847203|N]]"),
                ("Aanvraag", "{{VL-2025-018834|R}} / {{ABP/BPD/2025/04471|R}}"),
                ("Onderzoek", "spreekuur 22 april 2025, {{ABP|O}} keuringslocatie {{Utrecht|L}}"),
                ("Keuringsarts", "[[dr. R. Abdoel]], {{verzekeringsarts|F}}, BIG [[19053378201|N]]")]),
        ("h", "Anamnese"),
        ("p", "Betrokkene is 48 jaar, gehuwd, twee kinderen. Sinds 2023 volledig arbeidsongeschikt voor zijn "
              "burgerfunctie bij {{ProRail|O}}. Hij beschrijft [[herbelevingen|H]] van de val van de enclave in juli 1995 "
              "en van een IED-aanslag in Uruzgan, waarbij zijn groepscommandant, sergeant [[Dennis Wolters]], "
              "zwaargewond raakte. [[Slaapt gemiddeld vier uur per nacht; alcoholgebruik sinds 2022 gestopt (was "
              "overmatig)|H]]."),
        ("h", "Bevindingen"),
        ("p", "[[Psychiatrisch onderzoek: gespannen, prikkelbaar, verhoogde schrikreactie, geen psychotische "
              "kenmerken. PCL-5 score 58|H]]. Audiogram ({{MRC Aardenburg|K}}, 14 maart 2025): [[perceptief verlies "
              "links 45 dB bij 4 kHz, tinnitus|H]]."),
        ("p", "Informatie behandelaar: brief van [[dr. M.A. Kuipers-Lanting]] ({{MGGZ|O}}) d.d. 2 april 2025: "
              "[[diagnose chronische PTSS (DSM-5 309.81) en een recidiverende depressieve stoornis|H]]; "
              "[[behandeling met EMDR en sertraline|H]]."),
        ("h", "Beoordeling"),
        ("p", "Het causaal verband met de dienst is aannemelijk ({{Kaderwet militaire pensioenen|W}}, art. 2 lid 2). "
              "Mate van invaliditeit volgens de {{AMA Guides|W}} en de richtlijn van de {{Nederlandse Vereniging voor "
              "Verzekeringsgeneeskunde|O}}: [[PTSS 40%, gehoor 10%, samengesteld 45%|H]]. Herbeoordeling over "
              "drie jaar."),
        ("p", "Utrecht, 25 april 2025\n[[dr. R. Abdoel]], verzekeringsarts\nT [[06-31 90 47 26]] (alleen voor "
              "behandelaars)"),
    ]
    rl_build("cv19", blocks, font="Times-Roman", size=10.5, title="Medisch advies MIP", author="ABP")
    return {}


# ---------------------------------------------------------------- cv20 intakeverslag Veteraneninstituut
@doc
def cv20():
    blocks = [
        ("right", "{{Veteraneninstituut|O}}\nZorg en Maatschappelijk Werk\n{{Doorn|L}}"),
        ("title", "Intakeverslag {{Landelijk Zorgsysteem voor Veteranen|G}} ({{LZV|G}})"),
        ("kv", [("Cliënt", "[[Patrick van 't Hek]] (roepnaam [[Pat]]), [[14-09-1976|D]]"),
                ("Zaaknummer", "{{VL-2025-018834|R}}"),
                ("Adres", "[[Poolsterstraat 19|A]], Arnhem"),
                ("Datum intake", "28 januari 2025, huisbezoek"),
                ("Maatschappelijk werker", "[[Wendy Schuurman]] ([[WS]])"),
                ("Aanwezig", "cliënt, partner [[Monique]], WS")], 40),
        ("h", "Hulpvraag"),
        ("p", "Cliënt wil een aanvraag doen voor een militair invaliditeitspensioen en zoekt hulp bij het "
              "{{Veteranenloket|O}}. Partner [[Monique van 't Hek-Dijkstra]] geeft aan dat de situatie thuis zwaar is. "
              "Cliënt heeft in november 2024 een [[suïcidepoging|H]] gedaan en is daarna "
              "[[vier weken opgenomen|H]] geweest bij de kliniek van Centrum '45 in Oegstgeest."),
        ("h", "Achtergrond"),
        ("p", "Cliënt diende van 1994 tot 2014 bij de {{Koninklijke Landmacht|O}}, o.a. in {{Dutchbat III|U}} en bij "
              "{{Task Force Uruzgan|U}}. Na zijn ontslag werkte hij als monteur bij {{ProRail|O}} in {{Utrecht|L}}. "
              "Hij is lid van de {{BNMO|O}} en bezoekt het {{Veteranen Ontmoetingscentrum|K}} in {{Arnhem|L}} "
              "(contactpersoon daar: [[Gert-Jan Loos]], zelf veteraan). Cliënt is sinds 2019 actief in de "
              "[[Pinkstergemeente|R]] in Arnhem en noemt [[zijn geloof|R]] een steun."),
        ("h", "Financiële situatie"),
        ("p", "[[Schulden ca. EUR 14.000 (creditcard, belastingdienst)|F]]. Inkomen: WIA-uitkering via het {{UWV|O}}. "
              "Doorverwezen naar de schuldhulpverlening van de gemeente {{Arnhem|L}}."),
        ("h", "Afspraken"),
        ("table", [["Wat", "Wie", "Wanneer"],
                   ["Aanvraag MIP invullen en versturen", "WS / cliënt", "februari"],
                   ["Contact met behandelaar [[Kuipers-Lanting]] (MGGZ)", "WS", "februari"],
                   ["Buddy koppelen via {{Nuldelijns Ondersteuning|G}}", "[[Gert-Jan]]", "maart"]], [90, 40, 30]),
        ("small", "Verslag opgesteld door [[W. Schuurman]], maatschappelijk werker, [[06-55 21 08 63]], "
                  "[[w.schuurman@veteraneninstituut.nl]]. Algemeen: {{088 334 00 00|T}}."),
    ]
    rl_build("cv20", blocks, font="DejaVuSans", size=9, title="Intakeverslag LZV")
    return {"post": lambda p: add_hidden(p, author="[[Wendy Schuurman]]")}


# ---------------------------------------------------------------- cv21 e-mail thread Veteranenloket / ABP / MGGZ (docx)
@doc
def cv21():
    blocks = [
        ("mail", [("Van:", "[[Huisman-Otten]], [[Lieke]] <[[lieke.huisman-otten@abp.nl]]>"),
                  ("Verzonden:", "woensdag 9 april 2025 10:17"),
                  ("Aan:", "[[Schuurman]], [[Wendy]] <[[w.schuurman@veteraneninstituut.nl]]>"),
                  ("CC:", "{{mip@abp.nl|E}}; [[Abdoel]], [[Rajesh]] <[[r.abdoel@abp.nl]]>"),
                  ("Onderwerp:", "RE: Aanvraag MIP dhr. Van 't Hek - zaak {{VL-2025-018834|R}}")]),
        ("p", "Hoi Wendy,\n\nDank voor de machtiging. Dokter [[Abdoel]] heeft de brief van de MGGZ nog niet ontvangen. "
              "Zou jij mevrouw [[Kuipers-Lanting]] willen vragen de behandelrapportage rechtstreeks naar "
              "{{medischadvies@abp.nl|E}} te sturen? Dan kunnen we het spreekuur op 22 april laten doorgaan. "
              "De partner van dhr. [[Van 't Hek]] belde gisteren dat [[hij weer slecht slaapt en de medicatie "
              "is verhoogd|H]]; dat heb ik in het dossier gezet.\n\nGroet,\n[[Lieke Huisman-Otten]]\n"
              "Medewerker Bijzondere Pensioenen Defensie | ABP\nT [[045 579 82 16]] (di/wo/do)\n"),
        ("quote", "Van: [[Schuurman]], Wendy <[[w.schuurman@veteraneninstituut.nl]]>\nVerzonden: dinsdag 8 april 2025 16:02\n"
                  "Aan: Huisman-Otten, Lieke\nOnderwerp: Aanvraag MIP dhr. Van 't Hek - zaak VL-2025-018834"),
        ("quote", "Beste Lieke,\n\nIn de bijlage de getekende machtiging van dhr. [[P.J.M. van 't Hek]] "
                  "(geb. [[14-09-1976|D]]). Hij wil graag dat zijn vrouw [[Monique]] bij het spreekuur aanwezig is; "
                  "[[bij drukte in de wachtkamer krijgt hij paniekaanvallen|H]]. Kan het spreekuur in een rustige "
                  "ruimte? De {{Defensie Veteranen Ombudsman|F}} is niet betrokken, wel heeft {{Kamerlid Boswijk|M}} "
                  "vorig jaar aandacht gevraagd voor de wachttijden bij het ABP; ik hoop dat het nu snel gaat.\n\n"
                  "Hartelijke groet,\n[[Wendy Schuurman]]\nMaatschappelijk werker | Veteraneninstituut\n"
                  "[[06-55 21 08 63]] | {{www.veteraneninstituut.nl|O}}"),
        ("quote", "-----Oorspronkelijk bericht-----\nFrom: [[M.A.Kuipers-Lanting@mindef.nl]]\nSent: Monday, 7 April 2025 "
                  "09:40\nTo: [[w.schuurman@veteraneninstituut.nl]]\nSubject: RE: behandelrapportage"),
        ("quote", "Wendy, rapportage volgt deze week. Ik stuur hem via {{Zorgmail|X}} naar het ABP. Let wel: "
                  "[[patiënt heeft de dosis sertraline zelf verlaagd; dat geeft een verhoogd risico|H]]. Ik zie hem op "
                  "15 april op de poli in Doorn.\n\n[[Marieke Kuipers-Lanting]], psychiater MGGZ\n"
                  "Locatie {{Doorn|L}} | {{Militaire Geestelijke Gezondheidszorg|O}}"),
    ]
    return {"docx": docx_build("cv21", blocks, font="Carlito", size=10.5, author="Huisman-Otten, Lieke",
                               title="RE: Aanvraag MIP")}


# ---------------------------------------------------------------- cv22 handwritten letter veteran (scan, 2 pages)
@doc
def cv22():
    h = {"font": "humor", "size": 40, "gap": 1.4}
    p1 = [("[[P. VAN 'T HEK]]", h), ("[[POOLSTERSTRAAT 19|A]]", h), ("6843 TN ARNHEM", h), ("", h),
          ("AAN DE STAATSSECRETARIS VAN DEFENSIE", h), ("DHR. TUINMAN", h), ("POSTBUS 20701, DEN HAAG", h), ("", h),
          ("ARNHEM, 2 MEI 2025", h), ("", h),
          ("GEACHTE HEER TUINMAN,", h), ("", h),
          ("IK SCHRIJF U OMDAT IK AL DRIE", h), ("MAANDEN WACHT OP HET ABP.", h),
          ("IK HEB [[PTSS|H]] DOOR SREBRENICA EN", h), ("URUZGAN. MIJN VROUW [[MONIQUE]] EN", h),
          ("MIJN DOCHTER [[ROMY]] LIJDEN ER", h), ("OOK ONDER.", h)]
    p2 = [("SINDS NOVEMBER SLIK IK [[ZWARE MEDICIJNEN|H]]", h),
          ("EN IK KAN NIET MEER WERKEN.", h), ("", h),
          ("MIJN MAATJE GERT-JAN [[LOOS]] ZEGT DAT", h), ("IK U MOET SCHRIJVEN. HIJ WAS OOK", h),
          ("BIJ DUTCHBAT.", h), ("", h),
          ("BEL ME GERUST: 06-27 31 84 55", h), ("", h),
          ("MET VRIENDELIJKE GROET,", h), ("", h),
          ("@sig:P. van 't Hek", {"x": 190}),
          ("[[PATRICK VAN 'T HEK]]", h), ("REG.NR. 761092448", h)]
    scan_build("cv22", [p1, p2], seed=22)
    return {}


# ---------------------------------------------------------------- cv23 verslag hoorzitting bezwaarcommissie
@doc
def cv23():
    blocks = [
        ("title", "Verslag hoorzitting"),
        ("kv", [("Zaak", "Bezwaar van de heer [[P.J.M. van 't Hek]] tegen de beslissing van 12 juni 2025 "
                         "(kenmerk {{ABP/BPD/2025/04471|R}})"),
                ("Bezwaarnummer", "{{BZ-MIP-2025-0193|R}}"),
                ("Datum en plaats", "4 september 2025, ABP, {{Oude Lindestraat 70|S}}, {{Heerlen|L}} (en via video)"),
                ("Commissie", "mr. [[E.W. Hoogendoorn]] (voorzitter), drs. [[F. Baghdadi]] (lid, arts), "
                              "kolonel b.d. [[C.J. Ruijters]] (lid namens Defensie)"),
                ("Secretaris", "mr. [[Yvonne Kalsbeek]]"),
                ("Bezwaarde", "de heer [[Van 't Hek]], bijgestaan door mr. [[S. el Amrani]] ({{BNMO|O}}-belangenbehartiger), "
                              "en zijn echtgenote"),
                ("Namens ABP", "mevrouw [[L. Huisman-Otten]], dr. [[R. Abdoel]] (keuringsarts)")], 34),
        ("h", "1. Opening"),
        ("p", "De voorzitter opent de zitting om 10.05 uur en stelt vast dat de stukken tijdig zijn toegezonden. "
              "Het bezwaar richt zich tegen de vastgestelde mate van invaliditeit voor [[de psychische klachten|H]]; "
              "bezwaarde vindt [[40%|H]] te laag."),
        ("h", "2. Toelichting bezwaarde"),
        ("p", "Mr. [[El Amrani]] voert aan dat de keuringsarts onvoldoende rekening heeft gehouden met [[de opname "
              "in november 2024|H]] en met het rapport van de {{MGGZ|O}}. Volgens de behandelaar is sprake van "
              "[[een ernstige, chronische PTSS met comorbide depressie|H]]; de {{AMA Guides|W}} rechtvaardigen dan een "
              "hoger percentage. Hij verwijst naar de uitspraak van de {{Centrale Raad van Beroep|O}} van 14 maart "
              "2024 ({{ECLI:NL:CRVB:2024:512|R}})."),
        ("p", "De heer [[Van 't Hek]] vertelt over zijn uitzendingen. [[Hij is sinds de uitzending naar Srebrenica "
              "nooit meer zonder slaapmiddelen geweest|H]]. Zijn echtgenote, mevrouw [[Van 't Hek-Dijkstra]], vult "
              "aan dat hij zelden buiten komt en het contact met de kinderen moeizaam is."),
        ("h", "3. Reactie ABP"),
        ("p", "Dr. [[Abdoel]] licht toe dat de beoordeling is gebaseerd op het eigen onderzoek en op de informatie "
              "van [[dr. Kuipers-Lanting]]. Hij erkent dat de opname niet in het rapport is genoemd. Mevrouw "
              "[[Huisman-Otten]] deelt mee dat het ABP bereid is een herbeoordeling door een onafhankelijke "
              "psychiater te laten doen."),
        ("h", "4. Vragen van de commissie"),
        ("p", "Drs. [[Baghdadi]] vraagt naar de frequentie van de behandeling. Bezwaarde: [[wekelijks EMDR, "
              "maandelijks controle bij de psychiater|H]]. Kolonel b.d. [[Ruijters]] vraagt of bezwaarde gebruik "
              "maakt van het {{Veteranen Ontmoetingscentrum|K}}. Dat is het geval."),
        ("h", "5. Afsluiting"),
        ("p", "De commissie brengt binnen zes weken advies uit aan de {{Minister van Defensie|F}}. De zitting wordt "
              "om 11.40 uur gesloten. Van de zitting is een geluidsopname gemaakt die na het besluit wordt vernietigd."),
        ("p", "Verslag: mr. [[Y. Kalsbeek]], secretaris, [[y.kalsbeek@abp.nl]], T [[045 579 77 03]]"),
    ]
    rl_build("cv23", blocks, font="LiberationSerif", size=10.5, title="Verslag hoorzitting BZ-MIP-2025-0193",
             footer="Commissie van advies voor de bezwaarschriften militaire pensioenen - vertrouwelijk - pagina {page}")
    return {"post": lambda p: add_hidden(p, author="[[Kalsbeek, Yvonne]]",
                                         annots=[(0, "[[E.W. Hoogendoorn]]", "Graag naam dochter eruit halen in definitieve versie.")])}


# ---------------------------------------------------------------- cv24 beslisnota staatssecretaris (with motivation)
@doc
def cv24():
    blocks = [
        ("title", "Beslisnota"),
        ("kv", [("Aan", "{{Staatssecretaris van Defensie|F}}"),
                ("Van", "{{Directeur Personeel|F}} ({{HDP|O}})"),
                ("Datum", "15 oktober 2025"),
                ("Kenmerk", "{{BS2025024108|R}}"),
                ("Onderwerp", "Brief van een veteraan over de doorlooptijd van het militair invaliditeitspensioen"),
                ("Contactpersoon", "[[mevr. drs. C.M. (Carolien) Ter Horst-Mbeki]], senior beleidsmedewerker "
                                   "veteranenbeleid, [[06-48 13 99 20]], [[cm.terhorst@mindef.nl]]")], 34),
        ("h", "Aanleiding"),
        ("p", "U ontving op 5 mei 2025 een handgeschreven brief van een veteraan (zaak {{VL-2025-018834|R}}) die "
              "klaagt over de wachttijd bij het {{ABP|O}}. Zijn aanvraag is inmiddels toegekend; tegen de hoogte loopt "
              "een bezwaar. U heeft gevraagd om een antwoordbrief en om een voorstel om de doorlooptijden te verkorten."),
        ("h", "Geadviseerd besluit"),
        ("p", "Aan de staatssecretaris wordt gevraagd:\n1. in te stemmen met de antwoordbrief aan de heer [[Van 't Hek]] "
              "(bijlage 1);\n2. in te stemmen met het voorstel om bij het ABP een versnelde route in te richten voor "
              "veteranen met [[psychische klachten|H]] die al in zorg zijn bij het {{Landelijk Zorgsysteem voor "
              "Veteranen|G}}."),
        ("h", "Kern"),
        ("p", "- De gemiddelde doorlooptijd van een aanvraag militair invaliditeitspensioen was in 2024 31 weken "
              "(norm: 26 weken).\n- De {{Veteranenwet|W}} legt de bijzondere zorgplicht bij de {{minister van "
              "Defensie|F}}; het ABP voert uit.\n- Het {{Veteraneninstituut|O}} en de {{Veteranenombudsman|F}} "
              "steunen het voorstel.\n- Financiële gevolgen: EUR 1,2 mln per jaar, te dekken uit het budget "
              "{{Veteranenzorg|G}}."),
        ("h", "Krachtenveld"),
        ("p", "{{Kamerlid Boswijk|M}} en {{Kamerlid Dassen|M}} dienden in 2024 een motie in over de wachttijden "
              "({{Kamerstuk 30139|R}}, nr. 288). De {{BNMO|O}} heeft eerder in de media aandacht gevraagd. De "
              "{{Nationale ombudsman|F}} is niet betrokken."),
        ("h", "Toelichting"),
        ("p", "Het ambtelijk overleg met het ABP vond plaats op 30 september (namens ABP: [[J.W. Derksen]], "
              "manager Bijzondere Pensioenen). De afdeling Veteranenbeleid ([[CTH]]) heeft de antwoordbrief "
              "opgesteld; de persoonlijke gegevens van de veteraan zijn daarin beperkt tot wat nodig is. [[De veteraan "
              "meldt in zijn brief ernstige psychische klachten en medicatiegebruik|H]]."),
        ("h", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "Deze nota bevat persoonsgegevens van de veteraan en zijn gezin, waaronder gegevens over zijn "
              "gezondheid, en namen en contactgegevens van ambtenaren."),
        ("h", "Motivering"),
        ("p", "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd "
              "(artikel 5.1, tweede lid, onder e, {{Woo|W}}). Gegevens over de gezondheid van de veteraan zijn "
              "bijzondere persoonsgegevens en zijn niet openbaar gemaakt (artikel 5.1, eerste lid, onder d, Woo)."),
        ("table", [["Paraaf", "Naam", "Datum"],
                   ["[[CTH]]", "[[C.M. Ter Horst-Mbeki]]", "15-10"],
                   ["[[AvR]]", "[[A. van Rooijen]], hoofd Veteranenbeleid", "16-10"],
                   ["", "{{Directeur Personeel|F}}", "17-10"]], [20, 90, 25]),
    ]
    rl_build("cv24", blocks, font="DejaVuSans", size=9, title="Beslisnota doorlooptijd MIP",
             header="Ministerie van Defensie\nHoofddirectie Personeel")
    return {}


# ---------------------------------------------------------------- cv25 antwoorden Kamervragen (public)
@doc
def cv25():
    blocks = [
        ("small", "2025Z09127"),
        ("title", "Antwoord op vragen van het lid {{Teunissen|M}} ({{PvdD|O}}) over de wachttijden voor het militair "
                  "invaliditeitspensioen"),
        ("small", "(ingezonden 13 mei 2025) - Antwoord van staatssecretaris {{Tuinman|M}} (Defensie) (ontvangen 3 juni 2025)"),
        ("h", "Vraag 1"),
        ("p", "Bent u bekend met het bericht 'Veteraan met {{PTSS|G}} wacht maanden op pensioen' in {{de "
              "Gelderlander|O}} van 9 mei 2025?"),
        ("h", "Antwoord 1"),
        ("p", "Ja. Ik ga niet in op individuele gevallen. In algemene zin herken ik het beeld dat veteranen met "
              "{{PTSS|G}} lang moeten wachten. Dat is onwenselijk; {{minister Brekelmans|M}} en ik hebben dit "
              "onderwerp hoog op de agenda staan."),
        ("h", "Vraag 2"),
        ("p", "Hoeveel aanvragen voor een militair invaliditeitspensioen ontving het {{ABP|O}} in 2024, en hoe "
              "lang was de gemiddelde doorlooptijd?"),
        ("h", "Antwoord 2"),
        ("p", "In 2024 ontving het ABP 1.146 aanvragen. De gemiddelde doorlooptijd was 31 weken; de norm in de "
              "{{Kaderwet militaire pensioenen|W}} is 26 weken. Ongeveer 60 procent van de aanvragen betrof "
              "psychische aandoeningen, vooral {{posttraumatische stressstoornis|G}}."),
        ("h", "Vraag 3"),
        ("p", "Welke maatregelen neemt u om de wachttijden te verkorten, en wat is de rol van het "
              "{{Veteraneninstituut|O}}?"),
        ("h", "Antwoord 3"),
        ("p", "Samen met het ABP, het {{Veteraneninstituut|O}} en de {{Militaire Geestelijke Gezondheidszorg|O}} "
              "werk ik aan een versnelde route voor veteranen die al in zorg zijn bij het {{Landelijk Zorgsysteem voor "
              "Veteranen|G}}. Ook breid ik de capaciteit van keuringsartsen uit. Ik informeer uw Kamer in de "
              "{{Veteranennota|G}} 2025 over de resultaten. Het {{Nationaal Veteraneninstituut|O}}-onderzoek "
              "'{{Veteranen in Nederland 2024|G}}' geeft daarbij richting."),
        ("h", "Vraag 4"),
        ("p", "Bent u bereid de {{Veteranenombudsman|F}} te vragen onderzoek te doen?"),
        ("h", "Antwoord 4"),
        ("p", "De {{Nationale ombudsman|F}}, tevens {{Veteranenombudsman|F}}, kan op eigen initiatief onderzoek doen. "
              "Ik heb de ombudsman op 20 mei 2025 gesproken; de ombudsman volgt de ontwikkelingen."
              " Ook het lid {{Boswijk|M}} ({{CDA|O}}) en het lid {{Van der Plas|M}} ({{BBB|O}}) hebben eerder "
              "aandacht gevraagd voor dit onderwerp."),
    ]
    rl_build("cv25", blocks, font="LiberationSans", size=10, title="Aanhangsel Handelingen 2025Z09127",
             author="Tweede Kamer der Staten-Generaal")
    return {}


# ---------------------------------------------------------------- cv26 WhatsApp export buddy / casemanager
@doc
def cv26():
    chat = """[03-03-25 19:02:14] [[Gert-Jan]]: Hoi [[Wendy]], even een update over [[Pat]]. Ben vanmiddag bij hem geweest
[03-03-25 19:02:51] [[Gert-Jan]]: [[Hij heeft weer een paar slechte nachten gehad, hij drinkt niet maar rookt als een ketter|H]]
[03-03-25 19:05:30] Wendy Schuurman VI: Dank je [[Gert-Jan]]. Heeft hij zijn afspraak bij de MGGZ nog?
[03-03-25 19:06:02] [[Gert-Jan]]: Donderdag om 10u in Doorn. Ik rij hem
[03-03-25 19:06:40] Wendy Schuurman VI: Top. Het ABP heeft de aanvraag binnen, zaak {{VL-2025-018834|R}}
[03-03-25 19:07:12] [[Gert-Jan]]: Mooi. [[Monique]] vraagt of je haar kunt bellen, haar nummer is [[06-14 02 77 39]]
[03-03-25 19:08:55] Wendy Schuurman VI: Doe ik morgen. Fijn dat je er bent voor hem :)
[03-03-25 19:09:20] [[Gert-Jan]]: Vanzelfsprekend. Wij van {{Dutchbat III|U}} laten elkaar niet vallen
[05-05-25 12:41:03] [[Gert-Jan]]: <Media weggelaten>
[05-05-25 12:41:30] [[Gert-Jan]]: Foto van zijn brief aan {{Tuinman|M}}, hij heeft de staatssecretaris echt geschreven
[05-05-25 12:44:11] Wendy Schuurman VI: Ok, ik meld het bij het {{Veteranenloket|O}}. Staatssecretaris {{Tuinman|M}} krijgt vaker zulke brieven"""
    chat = chat.replace("Wendy Schuurman VI", "[[Wendy Schuurman]] VI")
    blocks = [
        ("title", "WhatsApp-chat met [[Gert-Jan Loos]]"),
        ("small", "Export uit WhatsApp, opgenomen in dossier {{VL-2025-018834|R}} op verzoek van de casemanager. "
                  "Contact: [[Gert-Jan Loos]] [[+31 6 21 70 55 18]]."),
        ("sp", 2),
        ("mono", chat),
    ]
    rl_build("cv26", blocks, font="Courier", size=9.5, title="WhatsApp-chat")
    return {}


# ---------------------------------------------------------------- cv27 inventarislijst Woo-besluit
@doc
def cv27():
    rows = [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Toelichting"],
            ["1", "Voorlopige gunningsbeslissing VTR-L perceel 2", "14-03-2025", "deels openbaar", "{{5.1.2e|W}}", "namen en contactgegevens ambtenaren en leverancier"],
            ["2", "E-mailwisseling Boxer reservedelen", "06-05-2025", "deels openbaar", "5.1.2e, {{5.1.1c|W}}", "bedrijfsgegevens Rheinmetall"],
            ["3", "Proces-verbaal beoordelingscommissie", "25-02-2025", "deels openbaar", "5.1.2e, {{5.1.2i|W}}", ""],
            ["4", "Verklaring geheimhouding (kapitein)", "17-02-2025", "deels openbaar", "5.1.2e, {{5.1.1e|W}}", "registratienummer"],
            ["5", "Nota CV90 MLU tranche 2", "03-04-2025", "deels openbaar", "5.1.2e, {{5.2.1|W}}", "persoonlijke beleidsopvattingen"],
            ["6", "E-mail NSPA 155mm", "22-05-2025", "deels openbaar", "5.1.2e, {{5.1.2a|W}}", "internationale betrekkingen"],
            ["7", "Verslag voortgangsoverleg ASWF", "10-06-2025", "deels openbaar", "5.1.2e, {{5.1.2h|W}}", ""],
            ["8", "Chatexport Teams F-35 AOG", "14-04-2025", "deels openbaar", "5.1.2e", "zie ook nr. 11"],
            ["9", "Handgeschreven notitie", "22-04-2025", "deels openbaar", "5.1.2e", ""],
            ["10", "Aanvraag toegang bezoekers", "30-05-2025", "niet openbaar", "5.1.2e, 5.1.1e", "paspoortnummers"],
            ["11", "Contractenoverzicht DMO", "01-07-2025", "deels openbaar", "5.1.2e", ""],
            ["12", "Kamerbrief versnelling materieelverwerving", "30-06-2025", "reeds openbaar", "-", "{{Kamerstuk 27830|R}}, nr. 455"],
            ["13", "Brief KNDS", "17-04-2025", "deels openbaar", "5.1.2e, 5.1.1c", ""],
            ["14", "Notitie Juridische Zaken", "24-04-2025", "deels openbaar", "5.1.2e, {{5.1.2f|W}}", "vertrouwelijk overleg met advocaat"],
            ["15", "Minutes LBDM SPC", "03-06-2025", "deels openbaar", "5.1.2e, 5.1.2a", ""]]
    blocks = [
        ("title", "Inventarislijst - besluit op Woo-verzoek {{2025-WOO-0418|R}}"),
        ("small", "Bijlage 1 bij het besluit van 21 november 2025 ({{BS2025031877|R}}). Verzoeker: zie besluit. "
                  "Behandeld door het {{Woo-team DMO|O}}, {{woo@mindef.nl|E}}."),
        ("table", rows, [10, 68, 22, 26, 30, 70]),
        ("small", "Documenten 16 tot en met 23 (veteranendossier) vallen onder Woo-verzoek {{2025-WOO-0502|R}} en "
                  "worden niet openbaar gemaakt: ze bevatten bijzondere persoonsgegevens ({{artikel 5.1, eerste lid, "
                  "onder d, Woo|W}}). Eerder behandeld door mw. [[D.A. Groeneveld]] ([[DAG]]) van het Woo-team."),
    ]
    rl_build("cv27", blocks, font="LiberationSans", size=9, pagesize=landscape(A4), margins=(14, 14, 14, 14),
             title="Inventarislijst 2025-WOO-0418")
    return {}


# ---------------------------------------------------------------- cv28 Woo-besluit aan journalist
@doc
def cv28():
    right = ["!Ministerie van Defensie", "Bestuursstaf / Woo-team", "{{Kalvermarkt 32|S}}", "Postbus 20701",
             "2500 ES Den Haag", "", "!Contactpersoon", "[[mr. drs. J.H. Sprenger-Lind]]", "T [[06-23 88 01 46]]",
             "[[jh.sprenger-lind@mindef.nl]]", "", "!Onze referentie", "{{BS2025031877|R}}", "", "!Uw verzoek",
             "17 juli 2025", "", "!Datum", "21 november 2025"]
    blocks = [
        ("sp", 48),
        ("p", "Mevrouw [[L.R. Brandsma]]\n[[Tweede Oosterparkstraat 212-III|A]]\n[[1092 BX|A]] Amsterdam"),
        ("sp", 6),
        ("p", "Onderwerp: Besluit op uw Woo-verzoek over aanbestedingen van de DMO"),
        ("p", "Geachte mevrouw [[Brandsma]],"),
        ("p", "In uw e-mail van 17 juli 2025 vraagt u, als journalist van {{Follow the Money|O}}, op grond van de "
              "{{Wet open overheid|W}} ({{Woo|W}}) om documenten over de aanbesteding van tactische radio's, "
              "Boxer-reservedelen en de samenwerking met het {{NSPA|O}}. Uw verzoek is geregistreerd onder nummer "
              "{{2025-WOO-0418|R}}. Op 12 augustus heeft u telefonisch met mijn medewerker overlegd over de afbakening; "
              "u gaf toen uw mobiele nummer [[06-39 12 84 07]] op."),
        ("h", "Besluit"),
        ("p", "Ik maak de documenten deels openbaar. De inventarislijst (bijlage 1) geeft per document aan welke "
              "informatie niet openbaar wordt gemaakt en op welke grond."),
        ("h", "Overwegingen"),
        ("p", "Namen, e-mailadressen en telefoonnummers van medewerkers van Defensie, van leveranciers en van het "
              "NSPA maak ik niet openbaar (artikel 5.1, tweede lid, onder e, Woo). Dat geldt ook voor rangen in "
              "combinatie met een naam. Namen van bewindspersonen, zoals {{minister Brekelmans|M}} en "
              "{{staatssecretaris Tuinman|M}}, en van Kamerleden maak ik wel openbaar. De namen van eenheden, zoals "
              "{{13 Lichte Brigade|U}}, en van kazernes en vliegbases blijven leesbaar."),
        ("p", "Bedrijfs- en fabricagegegevens die vertrouwelijk aan Defensie zijn meegedeeld, zoals prijsopbouw en "
              "levertermijnen van {{Rheinmetall|O}} en {{KNDS|O}}, maak ik niet openbaar (artikel 5.1, eerste lid, onder "
              "c, Woo). Het belang van goede betrekkingen met andere staten en internationale organisaties weegt "
              "zwaarder bij enkele passages uit het overleg met het NSPA (artikel 5.1, tweede lid, onder a, Woo)."),
        ("p", "Met de leveranciers heb ik zienswijzeprocedures gevoerd. {{Thales Nederland}} en {{Rohde & "
              "Schwarz}} hebben geen bezwaar; KNDS heeft een zienswijze ingediend, die ik deels heb gevolgd."),
        ("h", "Wijze van openbaarmaking"),
        ("p", "De documenten worden gepubliceerd op {{open.overheid.nl|O}}. Tegen dit besluit kunt u binnen zes "
              "weken bezwaar maken bij de {{minister van Defensie|F}}, via {{woo@mindef.nl|E}}."),
        ("p", "Hoogachtend,\nde minister van Defensie,\nnamens deze,\nhet hoofd Woo-team Bestuursstaf,"),
        ("sig", "R. Meulenbelt", 36),
        ("p", "drs. [[R.P. Meulenbelt]]"),
    ]
    rl_build("cv28", blocks, font="LiberationSans", size=9.5, margins=(22, 62, 20, 20),
             header=rijks_header(["Ministerie van Defensie"], right), title="Besluit Woo-verzoek 2025-WOO-0418")
    return {"post": lambda p: add_hidden(p, author="[[Sprenger-Lind, J.H.]]", xmp_creator="[[J.H. Sprenger-Lind]]")}


# ---------------------------------------------------------------- cv29 scan uitzendverklaring
@doc
def cv29():
    n = {"size": 31}
    b = {"size": 38, "font": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"}
    s = {"size": 31, "font": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"}
    lines = [("MINISTERIE VAN DEFENSIE", b), ("Dienstencentrum Personeelsadministratie", s), ("", n),
             ("VERKLARING UITZENDINGEN", b), ("", n),
             ("Hierbij wordt verklaard dat", s),
             ("naam:            P.J.M. [[van 't Hek]]", s),
             ("geboren:         [[14-09-1976|D]] te [[Velp|BIRTHPLACE]]", s),
             ("registratienr.:  [[761092448|N]]", s),
             ("BSN:             [[" + BSN + "|B]]", s), ("", n),
             ("heeft deelgenomen aan de volgende uitzendingen:", s),
             ("- UNPROFOR, Dutchbat III, 18-01-1995 t/m 21-07-1995", s),
             ("- ISAF, TFU-2, 01-08-2006 t/m 05-02-2007", s),
             ("- ISAF, TFU-7, 02-03-2009 t/m 14-09-2009", s),
             ("- MINUSMA, 11-11-2013 t/m 03-05-2014", s), ("", n),
             ("en daarmee veteraan is in de zin van de Veteranenwet.", s), ("", n),
             ("Den Helder, 20 januari 2025", s),
             ("Namens de Minister van Defensie,", s),
             ("@sig:A. Koopal", {"x": 200}),
             ("[[A.G. Koopal]], teamleider", s),
             ("@box:GEZIEN VETERANENLOKET 27-01-2025 [[WS]]", {"w": 820, "h": 90})]
    scan_build("cv29", [lines], seed=29)
    return {"post": lambda p: add_hidden(p, author="[[Schuurman W]]")}


# ---------------------------------------------------------------- cv32 nieuwsbericht + persvragen (spokesperson kept)
@doc
def cv32():
    blocks = [
        ("small", "Nieuwsbericht | {{Defensie.nl|O}} | 24 juni 2025"),
        ("title", "Sneller duidelijkheid voor veteranen over invaliditeitspensioen"),
        ("p", "Veteranen die al in zorg zijn bij het {{Landelijk Zorgsysteem voor Veteranen|G}} krijgen vanaf 1 januari "
              "2026 sneller een beslissing op hun aanvraag voor een militair invaliditeitspensioen. Dat hebben "
              "{{staatssecretaris Tuinman|M}}, het {{ABP|O}} en het {{Veteraneninstituut|O}} vandaag afgesproken "
              "tijdens de {{Nederlandse Veteranendag|G}}-week in {{Den Haag|L}}."),
        ("p", "\"Wie voor ons land is uitgezonden en daar schade van ondervindt, mag niet maanden op een brief "
              "hoeven wachten,\" zegt {{Tuinman|M}}. De maatregel volgt op vragen van de {{Tweede Kamer}}, onder "
              "meer van de Kamerleden {{Teunissen|M}} en {{Boswijk|M}}."),
        ("h", "Versnelde route"),
        ("p", "In de nieuwe route beoordeelt een keuringsarts van het ABP het dossier op basis van de informatie van de "
              "behandelaar bij de {{Militaire Geestelijke Gezondheidszorg|O}} of een andere LZV-partner. Een extra "
              "keuring is dan vaak niet meer nodig. Het ABP breidt het team {{Bijzondere Pensioenen Defensie|O}} in "
              "{{Heerlen|L}} uit met twaalf medewerkers. De {{BNMO|O}} en het {{Veteranenplatform|O}} zijn positief."),
        ("h", "Nationale Veteranendag"),
        ("p", "Op zaterdag 28 juni is de {{Nederlandse Veteranendag|G}} in Den Haag, met het defilé over de "
              "{{Lange Voorhout|S}} en de {{Koninklijke Wachtparade|G}}. {{Minister Brekelmans|M}} en de staatssecretaris "
              "zijn daarbij aanwezig, evenals {{Koning Willem-Alexander|M}}."),
        ("h", "Meer informatie"),
        ("p", "Veteranen met vragen kunnen terecht bij het {{Veteranenloket|O}}: {{088 334 00 00|T}}. Journalisten "
              "kunnen contact opnemen met de {{Directie Communicatie|O}} van Defensie via {{070 318 81 88|T}} of "
              "{{persvoorlichting@mindef.nl|E}}. Voor veteranenzaken staat woordvoerder {{Eline Lagerwey|M}} de pers te woord."),
        ("line",),
        ("h", "Interne bijlage: persvragen en woordvoeringslijn (niet voor publicatie)"),
        ("table", [["Medium / journalist", "Vraag", "Afgehandeld door"],
                   ["{{de Gelderlander|O}}, [[Roel Hazenberg]]", "Reactie op het verhaal van de Arnhemse veteraan", "{{Eline Lagerwey|M}}"],
                   ["{{NOS|O}}, [[Yara Bouhali]]", "Hoeveel veteranen wachten nu?", "[[Dirk Zandbergen]] (DCO, backoffice)"],
                   ["{{Follow the Money|O}}, [[L.R. Brandsma]]", "Verband met Woo-verzoek {{2025-WOO-0418|R}}?", "[[Dirk Zandbergen]]"]],
         [55, 75, 45]),
        ("small", "Woordvoeringslijn opgesteld door [[D. Zandbergen]] ([[06-20 48 93 11]]), afgestemd met het "
                  "kabinet van de staatssecretaris. Niet ingaan op de individuele zaak van de Arnhemse veteraan "
                  "([[Van 't Hek]])."),
    ]
    rl_build("cv32", blocks, font="LiberationSans", size=10, title="Nieuwsbericht versnelde route MIP")
    return {}


# ---------------------------------------------------------------- cv33 declaratie dienstreis Capellen
@doc
def cv33():
    blocks = [
        ("title", "Declaratie dienstreis buitenland"),
        ("small", "Formulier {{DRB-04|R}} - {{Dienstencentrum Financiële Administratie|O}} ({{DCFA|O}}) - "
                  "{{Reisregeling buitenland|W}} en {{Regeling verplaatsingskosten Defensie|W}}"),
        ("h", "A. Gegevens declarant"),
        ("kv", [("Naam", "[[Lemstra]], [[S.]] ([[Sander]])"), ("Personeelsnummer", "[[PN 48193027|N]]"),
                ("Functie", "senior inkoopadviseur, DMO Directie Inkoop"), ("Kostenplaats", "{{DMO-DI-4410|R}}"),
                ("Woonadres (vertrekpunt)", "[[Ridderspoorweg 88|A]], [[3453 NK|A]] {{De Meern|L}}"),
                ("IBAN", "[[NL15 ABNA 0552 1873 40|I]]"),
                ("Telefoon", "[[06-17 63 05 29]]")], 48),
        ("h", "B. Reis"),
        ("kv", [("Doel", "{{LBDM Support Partnership Committee|G}}, {{NSPA|O}}"), ("Bestemming", "Capellen, Luxemburg"),
                ("Vertrek", "2 juni 2025, 14.10 uur vanaf woonadres"), ("Terugkeer", "3 juni 2025, 21.40 uur"),
                ("Vervoer", "dienstauto kenteken V-829-BB (samen met kolonel [[Oosterwijk]])"),
                ("Overnachting", "{{Hotel Parc Belle-Vue|O}}, {{Luxembourg-Ville|L}}")], 48),
        ("h", "C. Kosten"),
        ("table", [["Post", "Bedrag", "Bijlage"],
                   ["Logies 1 nacht", "EUR 148,00", "factuur 1"],
                   ["Maaltijden (vergoeding volgens {{Reisregeling buitenland|W}})", "EUR 61,40", "-"],
                   ["Parkeren {{Kromhout Kazerne|K}}", "EUR 0,00", "-"],
                   ["Totaal", "EUR 209,40", ""]], [100, 35, 30]),
        ("h", "D. Akkoord"),
        ("kv", [("Budgethouder", "kolonel [[W.F. Rensink]], 6 juni 2025"),
                ("Opmerking DCFA", "[[Dieetwens declarant (glutenvrij, coeliakie)|H]] niet declarabel; hotel heeft "
                                   "zelf rekening gehouden.")], 48),
        ("small", "Verwerkt in {{SAP|X}}/{{Peoplesoft|X}} door [[mw. K. Tjin-A-Tam]] ([[KTAT]]), {{DCFA|O}} "
                  "{{Den Helder|L}}, 11 juni 2025."),
    ]
    rl_build("cv33", blocks, font="DejaVuSerif", size=9, title="Declaratie DRB-04")
    return {}


# ---------------------------------------------------------------- cv34 scan presentielijst (typed + written)
@doc
def cv34():
    t = {"size": 30, "font": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf", "gap": 1.6}
    b = {"size": 36, "font": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"}
    h = {"font": "humor", "size": 34, "gap": 1.6}
    lines = [("PRESENTIELIJST - VETERANENCAFE ARNHEM", b), ("Informatieavond MIP / ABP, 19 maart 2025", t), ("", t),
             ("Nr  Naam                    Eenheid/Missie  Tel.", t),
             ("---", t),
             ("1   [[G.J. Loos]]               Dutchbat III    [[0621705518]]", t),
             ("2   [[R. Vreugdenhil]]          TFU-3           -", t),
             ("3   [[Hanneke Smeets-Bol]]      UNIFIL          [[0642119870]]", t),
             ("4   [[B. Kortenhorst]]          SFOR            -", t),
             ("5   [[A. Oudshoorn]]            MINUSMA         [[0613322819]]", t),
             ("", t),
             ("Handmatig toegevoegd:", t),
             ("6   [[MOHAMED TAHIRI]] - KFOR", h),
             ("7   [[PAT]] + [[MONIQUE]]", h), ("", t),
             ("Gastspreker: [[L. Huisman-Otten]] (ABP)", t),
             ("Organisatie: [[W. Schuurman]] (Veteraneninstituut)", t)]
    scan_build("cv34", [lines], seed=34)
    return {}
