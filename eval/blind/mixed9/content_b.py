"""mixed9 documents s10-s18: Writer case notes, two-column report, Ghostscript, Kamervragen, beslisnota."""
from util import bsn, iban

DOCS = []

# --- s10 Integriteit / P&O case note (docx, comments) -------------------------------------------------
DOCS.append({
    "id": "s10", "producer": "docx", "title": "Dossiernotitie integriteitsmelding",
    "opt": {"author": "[[N:Marieke Oldenhof-Dekker|Oldenhof-Dekker]]", "header": "VERTROUWELIJK - Bureau Integriteit {{O:Belastingdienst}}",
            "footer": "Dossier INT-2024-0388 - niet verspreiden",
            "comments": [(3, "[[N:Oldenhof-Dekker, M.]]", "[[P:MOD]]", "Naam melder niet in het rapport aan de {{F:directeur}} opnemen."),
                         (6, "[[N:Jurriën Ter Beek|Ter Beek]]", "[[P:JTB]]", "Afstemmen met [[N:Noor]] van P&O Advies vóór het gesprek.")]},
    "blocks": [
        ("h1", "Dossiernotitie melding vermoeden integriteitsschending"),
        ("kv", [("Dossiernummer:", "INT-2024-0388"), ("Datum notitie:", "4 december 2024"),
                ("Opgesteld door:", "[[N:M. Oldenhof-Dekker]], {{F:integriteitsadviseur}}"),
                ("Betrokkene:", "[[N:Jan-Willem Kok|Kok;Jan-Willem]], {{F:teamleider}} {{O:Team Particulieren Apeldoorn}}, personeelsnummer [[X:8013377]]"),
                ("Melder:", "[[N:Yara Al-Khatib|Al-Khatib;Yara]], {{F:medewerker klantinteractie}}")]),
        ("h2", "Aanleiding"),
        ("p", "Op 21 november 2024 meldde mevrouw [[N:Al-Khatib]] via de {{F:vertrouwenspersoon}} ([[N:drs. P. Hiemstra|Hiemstra]]) dat de heer "
              "[[N:Kok]] in {{R:Teams}}-berichten aan haar opmerkingen heeft gemaakt over haar afkomst. Zij heeft schermafdrukken "
              "overhandigd. De melding valt onder de {{G:Gedragscode Integriteit Rijk}} en het protocol ongewenste omgangsvormen."),
        ("h2", "Verloop"),
        ("p", "Op 26 november sprak [[N:Oldenhof-Dekker]] met de melder; op 29 november met de {{F:manager}} van betrokkene, "
              "[[N:Abu Bakar Sesay|Sesay]]. De heer [[N:Sesay]] bevestigt dat er eerder signalen waren, onder meer van "
              "[[N:Jan Blom|Blom]] en [[N:Annelies de Groot-Schouten|de Groot-Schouten]]. Betrokkene is bereikbaar op [[T:06 43 12 99 70]]."),
        ("p", "Het {{O:Bureau Integriteit}} adviseert een feitenonderzoek door de {{O:ABD Interim}}-pool of een extern bureau. "
              "[[N:Noor Faizi|Faizi]] ({{F:P&O-adviseur}}) is geïnformeerd; zij stemt af met de {{F:directeur Particulieren}}."),
        ("h2", "Afspraken"),
        ("table", [["Wie", "Wat", "Wanneer"],
                   ["[[N:Oldenhof-Dekker]]", "Opdrachtformulering feitenonderzoek", "6 december"],
                   ["[[N:Faizi]]", "Gesprek met betrokkene plannen, in bijzijn van [[N:Sesay]]", "11 december"],
                   ["[[N:Ter Beek]]", "Toets aan {{G:Ambtenarenwet 2017}}, art. 8", "13 december"]], [35, 95, 35]),
        ("p", "Contact Bureau Integriteit: {{M:integriteit@belastingdienst.nl}}, {{C:0800-0543}} (algemeen nummer {{O:Belastingtelefoon}} niet gebruiken voor meldingen)."),
    ],
})

# --- s11 Wmo gespreksverslag (docx) -----------------------------------------------------------------
B11 = bsn()
DOCS.append({
    "id": "s11", "producer": "docx", "title": "Gespreksverslag Wmo-melding",
    "opt": {"author": "[[N:Hamid Sultani|Sultani]]", "footer": "{{O:Gemeente Utrecht}} - Buurtteam Overvecht - verslag keukentafelgesprek",
            "header": "Zaaknummer WMO-2025-08813"},
    "blocks": [
        ("h1", "Verslag keukentafelgesprek Wmo"),
        ("kv", [("Cliënt:", "[[N:Mevrouw Zarmina Ahmadzai|Ahmadzai;Zarmina]]"),
                ("BSN:", "[[B:" + B11 + "]]"),
                ("Geboortedatum:", "[[D:4 mei 1961]]"),
                ("Adres:", "[[A:Neckardreef 31, 3562 CM Utrecht]]"),
                ("Telefoon:", "[[T:06 84 20 11 39]] (zoon [[N:Farid]])"),
                ("Gesprek op:", "6 maart 2025, bij cliënt thuis"),
                ("Aanwezig:", "cliënt, zoon [[N:Farid Ahmadzai]], tolk [[N:Gul Ahmad Stanikzai|Stanikzai]] (Dari), "
                              "consulent [[N:Hamid Sultani]]")]),
        ("h2", "Hulpvraag"),
        ("p", "Mevrouw [[N:Ahmadzai]] kan sinds een heupoperatie in het {{O:St. Antonius Ziekenhuis}} niet meer zelfstandig "
              "douchen en de trap op. Zij woont op de derde verdieping zonder lift. Zoon [[N:Farid]] helpt dagelijks, maar "
              "werkt sinds januari bij {{O:PostNL}} in {{L:Nieuwegein}} en is overdag weg."),
        ("h2", "Bevindingen"),
        ("p", "De consulent heeft met toestemming van cliënt contact gehad met de huisarts, [[N:dokter Van Leeuwen|Van Leeuwen]] "
              "({{O:Gezondheidscentrum Overvecht}}). Een woningaanpassing is niet doelmatig; verhuizing naar een "
              "gelijkvloerse woning via {{O:WoningNet}} met urgentie ligt meer voor de hand. {{O:Mitros}} is benaderd."),
        ("h2", "Afspraken"),
        ("p", "1. Tijdelijke huishoudelijke ondersteuning via {{O:Careyn}}, 4 uur per week.\n"
              "2. Aanvraag medische urgentie; [[N:Sultani]] levert het advies aan bij {{O:WoningNet}}.\n"
              "3. Zoon [[N:Farid]] ([[E:farid.ahmadzai91@gmail.com]]) ontvangt het verslag ter controle."),
        ("p", "Dit verslag is opgesteld op grond van de {{G:Wet maatschappelijke ondersteuning 2015}}. "
              "Vragen: {{C:030 - 286 00 00}} of {{M:wmo@utrecht.nl}}."),
        ("p", "[[N:H. Sultani]], {{F:Wmo-consulent}}, [[E:h.sultani@buurtteamsutrecht.nl]]"),
    ],
})

# --- s12 Participatiewet rapportage (docx) ----------------------------------------------------------
B12 = bsn(); I12 = iban("INGB")
DOCS.append({
    "id": "s12", "producer": "docx", "title": "Rapportage heronderzoek bijstand",
    "opt": {"author": "[[N:Koster, Ditte|Ditte]]", "header": "{{O:Gemeente Zaanstad}} - Team Inkomen",
            "footer": "Rapportage heronderzoek - pagina 1"},
    "blocks": [
        ("h1", "Rapportage heronderzoek Participatiewet"),
        ("kv", [("Belanghebbende:", "[[N:Mohammad Al-Hassan|Al-Hassan;Mohammad]] en [[N:Rasha Abu Khalil|Abu Khalil;Rasha]]"),
                ("BSN aanvrager:", "[[B:" + B12 + "]]"),
                ("Adres:", "[[A:Rosmolenstraat 212, 1502 AG Zaandam]]"),
                ("Bankrekening:", "[[I:" + I12 + "]]"),
                ("Uitkering:", "Bijstand gehuwden, norm 2025"),
                ("Klantmanager:", "[[N:D. Koster]] ([[T:075 681 63 27]])")]),
        ("h2", "Aanleiding"),
        ("p", "Het heronderzoek is ingesteld na een signaal van het {{O:Inlichtingenbureau}} over een rekening bij een "
              "buitenlandse bank. Tevens is een anonieme tip binnengekomen via {{M:handhaving@zaanstad.nl}}."),
        ("h2", "Gesprek 12 februari 2025"),
        ("p", "De heer [[N:Al-Hassan]] verklaart dat de rekening in {{L:Beiroet}} op naam staat van zijn broer "
              "[[N:Khaled Al-Hassan]]. Mevrouw [[N:Abu Khalil]] bevestigt dit. Bij het gesprek was [[N:Abu Bakr Darwish|Darwish]] "
              "aanwezig als tolk Arabisch (tolknummer [[X:TN-40927]]). Handhaver [[N:Pieter Winter|Winter]] stelde de "
              "vragen over de auto (kenteken [[X:N-417-ZB]])."),
        ("h2", "Conclusie"),
        ("p", "Er is geen grond voor herziening. De inlichtingenplicht ({{G:Participatiewet}} art. 17) is nagekomen. "
              "Advies: dossier sluiten; de {{F:teamleider}} [[N:Sanne Borst-Visser|Borst-Visser]] paraferen."),
        ("table", [["Rol", "Naam", "Paraaf", "Datum"],
                   ["Klantmanager", "[[N:D. Koster]]", "[[P:DK]]", "14-02-2025"],
                   ["Handhaver", "[[N:P. Winter]]", "[[P:PW]]", "14-02-2025"],
                   ["Teamleider", "[[N:S. Borst-Visser]]", "[[P:SBV]]", "17-02-2025"]], [40, 50, 25, 30]),
    ],
})

# --- s13 two-column verslag (docx) ------------------------------------------------------------------
DOCS.append({
    "id": "s13", "producer": "docx", "title": "Verslag bestuurlijke tafel Caribisch Nederland",
    "opt": {"twocol": True, "author": "[[N:Rignald Frans|Frans]]", "footer": "{{O:Ministerie van Binnenlandse Zaken en Koninkrijksrelaties}} - DGKR"},
    "blocks": [
        ("h1", "Verslag bestuurlijke tafel armoede Caribisch Nederland"),
        ("p", "Datum: 22 januari 2025, {{L:Kralendijk}} (hybride). Aanwezig: {{H:staatssecretaris Szabó}}, {{H:Edison Rijna}} "
              "({{F:gezaghebber}} {{L:Bonaire}}), {{H:Alex Schmidt}} ({{F:regeringscommissaris}} {{L:Sint Eustatius}}), "
              "{{H:Jonathan Johnson}} ({{F:gezaghebber}} {{L:Saba}}); ambtelijk: [[N:Rignald Frans]], [[N:Giselle Martis-Croes|Martis-Croes]], "
              "[[N:Shurandy Girigorie|Girigorie]], [[N:Anne-Fleur van Pelt|van Pelt]] (verslag)."),
        ("h2", "1. Opening"),
        ("p", "{{H:De staatssecretaris}} opent en verwijst naar het advies van de {{O:Commissie sociaal minimum Caribisch Nederland}}. "
              "[[N:Frans]] licht de cijfers van het {{O:CBS}} toe: het ijkpunt voor het sociaal minimum ligt op {{L:Saba}} het hoogst."),
        ("h2", "2. Energie en water"),
        ("p", "{{H:Gezaghebber Rijna}} vraagt om verlenging van de subsidie op het vastrecht van {{O:WEB Bonaire}}. "
              "[[N:Martis-Croes]] zegt toe een notitie te maken; zij stemt af met [[N:Girigorie]] van {{O:RCN}}."),
        ("h2", "3. Kinderopvang"),
        ("p", "{{H:Regeringscommissaris Schmidt}} meldt dat op {{L:Sint Eustatius}} 14 kinderen op de wachtlijst staan. "
              "De {{G:BES-kinderopvangvoorziening}} wordt in 2025 geëvalueerd door {{O:Regioplan}}."),
        ("h2", "4. Rondvraag"),
        ("p", "[[N:Giselle]] meldt dat de bijeenkomst in {{L:Oranjestad}} met {{O:Aruba}} en {{O:Curaçao}} is verplaatst. "
              "Contact voor de volgende tafel: [[E:giselle.martis@minbzk.nl]], [[T:+599 717 8020]]; "
              "algemeen: {{M:bestuurlijketafel.cn@minbzk.nl}}."),
        ("h2", "Actiepunten"),
        ("p", "- Notitie vastrecht ([[N:Martis-Croes]], 15 februari)\n- Cijfers kinderopvang ([[N:van Pelt]])\n"
              "- Terugkoppeling aan {{H:minister Uitermark}} en {{H:minister Van Hijum}} ([[N:Frans]])"),
    ],
})

# --- s14 Subsidiebeschikking particulier (docx -> LO -> Ghostscript) ----------------------------------
I14 = iban("RABO")
DOCS.append({
    "id": "s14", "producer": "docx+gs", "title": "Beschikking subsidie restauratie rijksmonument",
    "opt": {"author": "[[N:Wouter ter Haar|ter Haar]]"},
    "blocks": [
        ("small", "{{O:Rijksdienst voor het Cultureel Erfgoed}}\nPostbus 1600, 3800 BP {{L:Amersfoort}}\n{{S:Smallepad 5}}, {{L:Amersfoort}}"),
        ("p", "[[N:De heer K. Asante-Mensah|Asante-Mensah]] en [[N:mevrouw A. Boateng|Boateng]]\n"
              "[[A:Korte Gracht 9]]\n[[A:1601 HA]] {{L:Enkhuizen}}"),
        ("kv", [("Datum", "17 januari 2025"), ("Onderwerp", "Beschikking {{G:Subsidieregeling instandhouding monumenten}} (SIM)"),
                ("Ons kenmerk", "SIM-2024-11872"), ("Behandeld door", "[[N:W. ter Haar]]"),
                ("Telefoon", "[[T:033 421 72 58]]"), ("E-mail", "[[E:w.terhaar@cultureelerfgoed.nl]]")]),
        ("p", "Geachte heer [[N:Asante-Mensah]] en mevrouw [[N:Boateng]],"),
        ("p", "Op 30 september 2024 hebben wij uw aanvraag ontvangen voor subsidie voor de instandhouding van het rijksmonument "
              "aan de [[A:Korte Gracht 9]] in {{L:Enkhuizen}} (monumentnummer 15522). U bent sinds 2019 eigenaar van het pand."),
        ("h2", "Besluit"),
        ("p", "Wij verlenen u een subsidie van ten hoogste € 38.410,- voor de periode 2025-2030. Het bedrag wordt in termijnen "
              "overgemaakt op rekeningnummer [[I:" + I14 + "]] ten name van [[N:K. Asante-Mensah]]."),
        ("p", "De aanvraag is beoordeeld door onze {{F:adviseur}} [[N:ing. Mieke Schaap|Schaap]] na een bezoek op 12 november 2024. "
              "Het advies van de {{O:Rijksdienst voor het Cultureel Erfgoed}} is afgestemd met {{H:wethouder Visser}} van de "
              "{{O:gemeente Enkhuizen}} en met de {{O:Vereniging Hendrick de Keyser}}."),
        ("h2", "Bezwaar"),
        ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij de {{H:minister van Onderwijs, Cultuur en Wetenschap}}, "
              "Postbus 16375, 2500 BJ {{L:Den Haag}}. Algemene vragen: {{C:033 421 74 21}} of {{M:info@cultureelerfgoed.nl}}."),
        ("p", "Met vriendelijke groet,\nnamens deze,\n\n[[N:drs. H.J. Bloemendaal|Bloemendaal]]\n{{F:Afdelingshoofd Subsidies}}"),
    ],
})

# --- s15 Antwoorden Kamervragen (reportlab) ---------------------------------------------------------
DOCS.append({
    "id": "s15", "producer": "rl", "title": "Antwoorden op Kamervragen over wachttijden UWV",
    "opt": {"font": "DVS", "header": "{{O:Ministerie van Sociale Zaken en Werkgelegenheid}}",
            "footer": "2025Z03117 - pagina {page}", "author": "[[N:Sophie Kaya-Lindeboom|Kaya-Lindeboom]]",
            "side": ["!Contactpersoon", "[[N:S. Kaya-Lindeboom]]", "T [[T:070 333 58 10]]",
                     "[[E:skaya@minszw.nl]]", "", "!Onze referentie", "2025-0000041827", "",
                     "!Bezoekadres", "{{S:Parnassusplein 5}}", "{{L:Den Haag}}", "", "!Postbus", "Postbus 90801",
                     "2509 LV {{L:Den Haag}}", "{{C:070 333 44 44}}"]},
    "blocks": [
        ("p", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n{{S:Prinses Irenestraat 6}}\n2595 BD {{L:Den Haag}}"),
        ("sp", 12),
        ("p", "Datum 27 februari 2025\nBetreft Antwoorden Kamervragen over wachttijden bij de sociaal-medische beoordeling"),
        ("p", "Hierbij beantwoord ik de vragen van de leden {{H:Dijk}} (SP) en {{H:Inge van Dijk}} (CDA) over de wachttijden bij "
              "het {{O:UWV}} (ingezonden 6 februari 2025, kenmerk 2025Z03117). Ook het lid {{H:Patijn}} (GL-PvdA) heeft aanvullende "
              "vragen gesteld."),
        ("h2", "Vraag 1"),
        ("p", "Bent u bekend met het bericht 'Duizenden zieke werknemers wachten maanden op keuring'?"),
        ("h2", "Antwoord 1"),
        ("p", "Ja. Het {{O:UWV}} heeft mij laten weten dat eind januari 29.400 aanvragen voor een WIA-beoordeling op behandeling "
              "wachtten.¹ Mijn ambtsvoorganger, {{H:minister Van Gennip}}, heeft uw Kamer hierover eerder geïnformeerd."),
        ("h2", "Vraag 2"),
        ("p", "Klopt het dat een verzekeringsarts in {{L:Zwolle}} gemiddeld 14 maanden achterstand heeft?"),
        ("h2", "Antwoord 2"),
        ("p", "Gemiddeld is de achterstand in de regio {{L:Zwolle}} 9 maanden. De {{F:verzekeringsartsen}} worden ondersteund "
              "door {{F:arbeidsdeskundigen}}. Het voorbeeld in het artikel van een verzekeringsarts in {{L:Zwolle}} is mij niet "
              "bekend; om privacyredenen kan ik niet ingaan op individuele gevallen."),
        ("h2", "Vraag 3"),
        ("p", "Wat doet u met de motie-{{H:Dijk}}/{{H:Van Dijk}} over taakdelegatie?"),
        ("h2", "Antwoord 3"),
        ("p", "Ik voer de motie uit samen met de {{O:NVVG}} en {{O:Stichting van de Arbeid}}. Ik verwijs ook naar mijn brief "
              "van 12 december 2024 en naar het overleg met {{H:staatssecretaris Nobel}}."),
        ("sp", 10),
        ("p", "{{H:De Minister van Sociale Zaken en Werkgelegenheid}},\n\n\n{{H:Y.J. van Hijum}}"),
        ("sp", 14),
        ("small", "¹ Cijfers geleverd door [[N:drs. Ruben Groen|Groen]] ({{O:UWV}}, directie SMZ) per e-mail van 3 februari 2025 "
                  "aan [[N:Kaya-Lindeboom]]; zie ook de Kamerbrief van {{H:Van Hijum}} van 12 december 2024."),
    ],
})

# --- s16 Beslisnota with paraph table, bookmarks naming people, Info author (reportlab) ---------------
DOCS.append({
    "id": "s16", "producer": "rl", "title": "Nota aan de minister - Woo-besluit Schiphol",
    "opt": {"font": "DV", "header": "{{O:Ministerie van Infrastructuur en Waterstaat}}", "footer": "Pagina {page}",
            "author": "[[N:Koen Hermans-Tanis|Hermans-Tanis]]",
            "side": ["!Directoraat-Generaal Luchtvaart en Maritieme Zaken", "", "!Contactpersoon",
                     "[[N:Koen Hermans-Tanis]]", "[[F:|]]".replace("[[F:|]]", "{{F:Senior beleidsmedewerker}}"),
                     "M [[T:06 52 84 11 07]]", "[[E:koen.hermans@minienw.nl]]", "", "!Datum", "6 maart 2025",
                     "", "!Kenmerk", "IENW/BSK-2025/48110"]},
    "blocks": [
        ("h1", "Nota"),
        ("kv", [("Aan", "{{H:de Minister van Infrastructuur en Waterstaat}}"),
                ("Van", "[[N:drs. E.M. (Esther) Zijlstra-Abena|Zijlstra-Abena;Esther]], {{F:directeur Luchtvaart}}"),
                ("Kopie aan", "{{H:staatssecretaris Jansen}}; {{F:plv. DG}} [[N:H. Oost]]"),
                ("Onderwerp", "Besluit op Woo-verzoek over de slotallocatie {{O:Schiphol}}")]),
        ("h2", "Aanleiding"),
        ("p", "Op 4 november 2024 ontving u een Woo-verzoek van [[N:de heer T. Hoekstra|T. Hoekstra]] (journalist, {{O:Follow the Money}}) "
              "over de correspondentie met {{O:KLM}} en {{O:Schiphol Group}} over de {{G:Wet luchtvaart}}."),
        ("h2", "Geadviseerd besluit"),
        ("p", "Aan de minister wordt gevraagd in te stemmen met het besluit. U bent eerder geïnformeerd door uw "
              "ambtsvoorganger {{H:Mark Harbers}} en u hebt met {{H:Kamerlid Kröger}} over dit verzoek gesproken."),
        ("h2", "Kern"),
        ("p", "- 63 documenten, waarvan 41 deels openbaar.\n- Namen van medewerkers van {{O:KLM}} en {{O:Schiphol}} worden "
              "geanonimiseerd; de namen van {{F:CEO}}'s die in het openbaar optreden niet.\n"
              "- De {{O:ILT}} heeft een zienswijze ingediend via [[N:mr. Lara Oost-Veenstra|Oost-Veenstra]]."),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "Motivering: n.v.t."),
        ("h2", "Parafenroute"),
        ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                   ["[[N:K. Hermans-Tanis]]", "{{F:Senior beleidsmedewerker}}", "[[P:KHT]]", "5-3-2025"],
                   ["[[N:H. Oost]]", "{{F:plv. DG}}", "[[P:HO]]", "6-3-2025"],
                   ["[[N:E.M. Zijlstra-Abena]]", "{{F:directeur Luchtvaart}}", "[[P:EZA]]", "6-3-2025"]], [45, 55, 25, 25]),
    ],
    "hidden": {"bookmarks": [("Nota", 0), ("Aanleiding - verzoek [[N:Hoekstra]]", 0), ("Reactie [[N:Esther Z.]]", 0),
                             ("Parafenroute ([[N:Koen]])", 0)],
               "info": {"Subject": "Concept nota Woo [[N:Hoekstra]] - opmerkingen [[N:Esther]]"}},
})

# --- s17 Interview report with speaker labels and sticky notes (reportlab) ---------------------------
DOCS.append({
    "id": "s17", "producer": "rl", "title": "Interviewverslag evaluatie crisisorganisatie",
    "opt": {"font": "DVC", "header": "{{O:Inspectie Justitie en Veiligheid}} - evaluatie crisisorganisatie overstromingen Limburg",
            "footer": "Interviewverslag 7 - vertrouwelijk - pagina {page}", "author": "[[N:Ayaan Warsame|Warsame]]"},
    "blocks": [
        ("h1", "Interviewverslag 7"),
        ("kv", [("Datum:", "15 januari 2025"), ("Geïnterviewde:", "[[N:Luc Meertens|Meertens]], {{F:officier van dienst bevolkingszorg}}, {{O:Veiligheidsregio Zuid-Limburg}}"),
                ("Interviewers:", "[[N:Ayaan Warsame]] (I1), [[N:Bram Ligtvoet|Ligtvoet]] (I2)"),
                ("Locatie:", "kantoor veiligheidsregio, {{L:Maastricht}}")]),
        ("p", "I1: Kunt u uw rol tijdens de hoogwaterdagen beschrijven?"),
        ("p", "[[N:Meertens]]: Ik was OvD Bevolkingszorg in het {{W:ROT}}. De {{H:burgemeester van Valkenburg}}, "
              "toen {{H:Daan Prevoo}}, had de leiding over de evacuatie. Mijn collega [[N:Marij Dautzenberg|Dautzenberg]] deed de "
              "verwanteninformatie, [[N:Lei Ruijters|Ruijters]] zat in het {{W:CoPI}}."),
        ("p", "I2: Hoe verliep de informatie-uitwisseling met {{O:Waterschap Limburg}}?"),
        ("p", "[[N:Meertens]]: Moeizaam. We werkten met {{R:LCMS}}, het waterschap met eigen systemen. Ik belde [[N:Ruijters]] "
              "op zijn mobiel, [[T:06 23 61 04 88]], omdat {{R:C2000}} overbelast was."),
        ("p", "I1: Had u contact met de {{F:Commissaris van de Koning}}?"),
        ("p", "[[N:Meertens]]: Niet rechtstreeks. De {{F:Commissaris van de Koning}} zat in het {{W:RBT}}; later kwam {{H:minister-president Rutte}} op bezoek."),
        ("p", "I2: Wie kunnen we nog spreken?"),
        ("p", "[[N:Meertens]]: [[N:Dautzenberg]] zeker, en [[N:Hüseyin Aydın|Aydın]] van de {{O:GGD Zuid Limburg}}. Hij is bereikbaar via "
              "[[E:h.aydin@ggdzl.nl]]."),
        ("small", "Verslag ter correctie voorgelegd aan geïnterviewde op 17 januari; akkoord ontvangen per mail ([[E:luc.meertens@vrzl.nl]]) op 20 januari."),
    ],
    "hidden": {"notes": [(0, "[[N:Bram Ligtvoet]]", "[[N:Ayaan]], noemen we [[N:Dautzenberg]] bij naam in de rapportage?", 480, 640),
                         (0, "[[N:Warsame, A.]]", "Nee, alleen functie. Akkoord [[N:Meertens]] staat in de map.", 480, 600)],
               "info": {"Title": "Interview [[N:Meertens]] - verslag"}},
})

# --- s18 Two-column report of a provincial meeting, Frisian names, Visser collision (reportlab) -------
DOCS.append({
    "id": "s18", "producer": "rl", "title": "Verslag bestuurlijk overleg Wadden",
    "opt": {"font": "DV", "twocol": True, "size": 9, "header": "{{O:Provinsje Fryslân}} / {{O:Provincie Fryslân}}",
            "footer": "Verslag BO Waddengebied 4 februari 2025 - pagina {page}"},
    "blocks": [
        ("h1", "Verslag bestuurlijk overleg Waddengebied"),
        ("p", "Aanwezig: {{H:Arno Brok}} ({{H:Commissaris van de Koning}}, voorzitter), {{H:gedeputeerde Fokkinga}}, "
              "{{H:burgemeester Buma}} ({{L:Leeuwarden}}), {{H:burgemeester Visser}} ({{L:Harlingen}}), "
              "{{H:dijkgraaf Schippers}} ({{O:Wetterskip Fryslân}}); ambtelijk: [[N:Jildou Wijbenga|Wijbenga]], "
              "[[N:Douwe Visser|Visser]], [[N:Tsjalling Hettinga|Hettinga]], [[N:Sjoukje de Jong-Terpstra|de Jong-Terpstra]] (verslag)."),
        ("h2", "1. Opening en mededelingen"),
        ("p", "{{H:De voorzitter}} heet iedereen welkom in het {{S:Provinsjehûs}}. Hij meldt dat {{H:minister Madlener}} het "
              "werkbezoek aan {{L:Vlieland}} heeft verzet. [[N:Douwe Visser]] verzorgt de nieuwe datum met het ministerie."),
        ("h2", "2. Vaargeul Holwerd-Ameland"),
        ("p", "{{H:Burgemeester Visser}} vraagt aandacht voor de bereikbaarheid van de eilanden. [[N:Hettinga]] meldt dat "
              "{{O:Rijkswaterstaat}} in maart extra baggert; de planning is afgestemd met [[N:Visser]] en met "
              "{{O:Wagenborg}}. {{H:Gedeputeerde Fokkinga}} wil dit in de {{O:Regio Deal Waddengebied}} opnemen."),
        ("h2", "3. Kustversterking"),
        ("p", "{{H:Dijkgraaf Schippers}} licht het {{G:Hoogwaterbeschermingsprogramma}} toe. [[N:Wijbenga]] merkt op dat de "
              "{{O:Waddenvereniging}} en {{O:It Fryske Gea}} willen meepraten over de dijk bij {{L:Koehool}}."),
        ("h2", "4. Rondvraag"),
        ("p", "{{H:Burgemeester Buma}} vraagt naar de stand van de {{G:Kulturele Haadstêd}}-evaluatie. [[N:De Jong-Terpstra]] "
              "stuurt het rapport na. Contact: [[E:s.dejong-terpstra@fryslan.frl]], [[T:058 292 53 61]]."),
        ("h2", "Actielijst"),
        ("table", [["Nr", "Actie", "Wie"],
                   ["1", "Nieuwe datum werkbezoek", "[[N:D. Visser]]"],
                   ["2", "Baggerplanning delen", "[[N:T. Hettinga]]"],
                   ["3", "Overleg {{O:Waddenvereniging}}", "[[N:J. Wijbenga]]"],
                   ["4", "Rapport KH2018 nasturen", "[[N:S. de Jong-Terpstra]]"]], [8, 45, 28]),
    ],
})
