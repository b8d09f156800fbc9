"""Documents 01-15 of mixed45. All persons, addresses and numbers are invented."""
from lib import Doc

DOCS = []


def add(*a, **k):
    DOCS.append(Doc(*a, **k))


# 01 ---------------------------------------------------------------- police proces-verbaal
add("01_pv_verhoor", "rl", [
    ("h1", "Proces-verbaal van verhoor verdachte"),
    ("p", "Politie Eenheid Rotterdam\nBasisteam Oude Maas\nProces-verbaalnummer: PL1700-2025187432"),
    ("p", "Ik, verbalisant, Kees-Jan Ooms, hoofdagent van politie Eenheid Rotterdam, dienstnummer 1845273, "
          "verklaar het volgende. Op dinsdag 11 maart 2025 omstreeks 14:20 uur hoorde ik, samen met "
          "verbalisant D. Aksoy-Brink, brigadier van politie, dienstnummer 1790418, in het politiebureau "
          "Hoogvliet, Middenbaan 80, als verdachte:"),
    ("table", [["Gegeven", "Verdachte"],
               ["Achternaam", "DOELWIJT"],
               ["Voornamen", "Jermaine Rudy"],
               ["Geboren", "14 februari 1999"],
               ["BSN", "173402586"],
               ["Adres", "Tolhuisstraat 112B, 3192 GK Hoogvliet Rotterdam"],
               ["Voertuig", "grijze Volkswagen Polo, kenteken NX-418-P"]], [40, 110]),
    ("p", "De verdachte wordt verdacht van winkeldiefstal (artikel 310 van het Wetboek van Strafrecht) in de "
          "vestiging van Albert Heijn in Winkelcentrum Binnenban. Hem is medegedeeld dat hij niet tot "
          "antwoorden verplicht is. Hij verklaarde, zakelijk weergegeven:"),
    ("p", "\"Ik heb die blikken energiedrank in mijn jas gestopt. Ik had geen geld. Ik ben sinds vorig jaar "
          "verslaafd aan cocaïne en ik moest iemand terugbetalen. Ik weet dat ik eerder veroordeeld ben "
          "voor winkeldiefstal, dat was in 2022.\""),
    ("h2", "Getuige"),
    ("p", "Als getuige werd gehoord Greetje Kroon-Vlasblom, caissière, bereikbaar op 06-48 21 73 90. "
          "Mevrouw Kroon-Vlasblom verklaarde dat zij zag dat Doelwijt zonder te betalen langs de kassa "
          "liep. De bedrijfsleider van Albert Heijn, de heer Yusuf Karaca, heeft de camerabeelden veiliggesteld."),
    ("pb",),
    ("h2", "Bevindingen"),
    ("p", "Uit raadpleging van de politiesystemen bleek dat de verdachte Doelwijt bekend is. Volgens het "
          "Justitieel Documentatieregister is hij eerder veroordeeld voor winkeldiefstal. Het kenteken "
          "NX-418-P staat op zijn naam. Verbalisant Ooms heeft de goederen teruggegeven aan de vestiging."),
    ("p", "Het Openbaar Ministerie, arrondissementsparket Rotterdam, is in kennis gesteld. De zaak wordt "
          "ingezonden voor een OM-strafbeschikking. Hoofdofficier van justitie mr. Wieringa is niet betrokken."),
    ("p", "Waarvan door mij, Kees-Jan Ooms, is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende "
          "te Hoogvliet op 11 maart 2025.\nK.J. Ooms, hoofdagent"),
],
    R=[("PERSON", "Kees-Jan Ooms", "Kees-Jan Ooms", "K.J. Ooms", "Ooms"),
       ("ID", "dienstnummer Ooms", "1845273"),
       ("PERSON", "D. Aksoy-Brink", "D. Aksoy-Brink", "Aksoy-Brink"),
       ("ID", "dienstnummer Aksoy-Brink", "1790418"),
       ("PERSON", "Jermaine Rudy Doelwijt", "DOELWIJT", "Jermaine Rudy", "Doelwijt"),
       ("DOB", "14 februari 1999"),
       ("BSN", "173402586"),
       ("ADDRESS", "Tolhuisstraat 112B", "Tolhuisstraat 112B", "3192 GK"),
       ("PLATE", "NX-418-P"),
       ("HEALTH", "verslaafd aan cocaïne"),
       ("SPECIAL", "eerder veroordeeld voor winkeldiefstal", "eerder veroordeeld", "veroordeeld voor winkeldiefstal"),
       ("PERSON", "Greetje Kroon-Vlasblom", "Greetje Kroon-Vlasblom", "Kroon-Vlasblom"),
       ("PHONE", "06-48 21 73 90"),
       ("PERSON", "Yusuf Karaca", "Yusuf Karaca", "Karaca")],
    K=[("ORG", "Politie Eenheid Rotterdam"), ("ORG", "Basisteam Oude Maas"),
       ("CASENO", "PL1700-2025187432"), ("TITLE", "hoofdagent van politie"), ("TITLE", "brigadier van politie"),
       ("OFFICE_ADDRESS", "Middenbaan 80"), ("LAW", "Wetboek van Strafrecht"), ("LAW", "artikel 310"),
       ("ORG", "Albert Heijn"), ("PLACE", "Winkelcentrum Binnenban"), ("ORG", "Justitieel Documentatieregister"),
       ("ORG", "Openbaar Ministerie"), ("OFFICIAL", "hoofdofficier Wieringa", "Wieringa"),
       ("PRODUCT", "Volkswagen Polo")],
    meta={"/Author": "Ooms, K.J. (1845273)", "/Title": "PV verhoor Doelwijt PL1700-2025187432",
          "/Subject": "Winkeldiefstal Albert Heijn Binnenban"},
    outline=["Verhoor verdachte J.R. Doelwijt", "Getuige G. Kroon-Vlasblom"],
)

# 02 ---------------------------------------------------------------- OM sepot (LibreOffice)
add("02_om_sepot", "lo", [
    ("p", "Openbaar Ministerie\nArrondissementsparket Den Haag\nPostbus 20302\n2500 EH Den Haag\n"
          "Telefoon (algemeen) 088 699 1000\nparket.denhaag@om.nl"),
    ("sp",),
    ("p", "Aan de heer T.J.M. Wouterse\nZeemanlaan 17\n2282 LM Rijswijk"),
    ("p", "Datum: 2 april 2025\nParketnummer: 09/184527-25\nBehandeld door: A. Çelik, juridisch medewerker\n"
          "Doorkiesnummer: 070 - 345 67 82\nE-mail: a.celik@om.nl"),
    ("p", "<b>Onderwerp: beslissing niet verder vervolgen (sepot)</b>"),
    ("p", "Geachte heer Wouterse,"),
    ("p", "Op 14 januari 2025 heeft de politie proces-verbaal opgemaakt tegen u wegens bedreiging (artikel 285 "
          "van het Wetboek van Strafrecht) van uw buurman, de heer P. Ravensbergen. Ik heb besloten u niet "
          "verder te vervolgen. De reden is dat er onvoldoende wettig en overtuigend bewijs is (sepotgrond 02). "
          "De verklaring van de heer Ravensbergen wordt niet door andere bewijsmiddelen ondersteund."),
    ("p", "Deze beslissing is genomen volgens de Aanwijzing gebruik sepotgronden van het College van "
          "procureurs-generaal. Als nieuwe feiten bekend worden, kan de zaak worden heropend. Een "
          "belanghebbende kan op grond van artikel 12 van het Wetboek van Strafvordering beklag doen bij het "
          "Gerechtshof Den Haag."),
    ("p", "Heeft u vragen, neem dan contact op met het Servicecentrum van het Openbaar Ministerie via "
          "088 699 1000 of mail naar parket.denhaag@om.nl."),
    ("p", "Hoogachtend,\nde officier van justitie,\n\nmr. L.E. Brandsma-Tuinman"),
    ("small", "Paraaf: LBT / AC"),
],
    R=[("PERSON", "T.J.M. Wouterse", "T.J.M. Wouterse", "Wouterse"),
       ("ADDRESS", "Zeemanlaan 17, 2282 LM Rijswijk", "Zeemanlaan 17", "2282 LM Rijswijk"),
       ("PERSON", "A. Çelik", "A. Çelik", "Çelik"),
       ("PHONE", "070 - 345 67 82"),
       ("EMAIL", "a.celik@om.nl"),
       ("PERSON", "P. Ravensbergen", "P. Ravensbergen", "Ravensbergen"),
       ("PERSON", "L.E. Brandsma-Tuinman", "L.E. Brandsma-Tuinman", "Brandsma-Tuinman", "Lieke Brandsma"),
       ("PERSON", "paraph LBT", "LBT"),
       ("PERSON", "paraph AC", "AC"),
       ("SPECIAL", "verdacht van bedreiging", "proces-verbaal opgemaakt tegen u wegens bedreiging")],
    K=[("ORG", "Openbaar Ministerie"), ("ORG", "Arrondissementsparket Den Haag"),
       ("OFFICE_ADDRESS", "Postbus 20302"), ("OFFICE_ADDRESS", "2500 EH Den Haag"),
       ("SWITCHBOARD", "088 699 1000"), ("MAILBOX", "parket.denhaag@om.nl"),
       ("CASENO", "09/184527-25"), ("TITLE", "juridisch medewerker"), ("LAW", "artikel 285"),
       ("LAW", "Wetboek van Strafvordering"), ("LAW", "Wetboek van Strafrecht"),
       ("PROGRAMME", "Aanwijzing gebruik sepotgronden"),
       ("ORG", "College van procureurs-generaal"), ("COURT", "Gerechtshof Den Haag"),
       ("ORG", "Servicecentrum"), ("TITLE", "officier van justitie")],
    core={"author": "Lieke Brandsma-Tuinman", "title": "Sepotbeslissing Wouterse 09/184527-25",
          "last_modified_by": "A. Çelik"},
)

# 03 ---------------------------------------------------------------- OM strafbeschikking / CJIB
add("03_om_strafbeschikking", "rl", [
    ("h1", "OM-strafbeschikking"),
    ("p", "Openbaar Ministerie - Parket Centrale Verwerking Openbaar Ministerie (CVOM)\n"
          "Postbus 50000, 8900 HA Leeuwarden"),
    ("table", [["Gegeven", "Inhoud"],
               ["Naam", "Sabine Hoekstra-de Wit"],
               ["Geboortedatum", "03-09-1987"],
               ["Adres", "Kerkewijk 44, 3904 JB Veenendaal"],
               ["BSN", "231189746"],
               ["Parketnummer", "96/073521-25"],
               ["Kenteken", "H-295-ZP"]], [45, 110]),
    ("p", "U wordt verdacht van het besturen van een motorrijtuig na gebruik van alcohol (artikel 8 van de "
          "Wegenverkeerswet 1994) op 22 februari 2025 op de Rijksstraatweg. De ademanalyse gaf 410 ug/l. De "
          "officier van justitie legt u een geldboete op van EUR 550 en een ontzegging van de rijbevoegdheid "
          "van drie maanden, voorwaardelijk."),
    ("p", "Betaal het bedrag binnen 14 dagen aan het Centraal Justitieel Incassobureau (CJIB), rekeningnummer "
          "NL82 INGB 0007 3845 12, onder vermelding van betalingskenmerk 5182 0473 9920 1384. Dit rekeningnummer "
          "is van het CJIB; de boete wordt niet van uw eigen rekening afgeschreven."),
    ("p", "Een eerder te veel betaald bedrag van EUR 35 wordt teruggestort op rekening NL39 RABO 0316 7284 09 "
          "ten name van S. Hoekstra."),
    ("p", "Bent u het niet eens met deze strafbeschikking, dan kunt u binnen 14 dagen verzet doen bij het "
          "Openbaar Ministerie. Informatie: www.om.nl of het CJIB, telefoon 058 - 205 08 30 (algemeen)."),
    ("p", "Namens de officier van justitie,\nR. Abdoelbasier, medewerker strafbeschikkingen"),
],
    R=[("PERSON", "Sabine Hoekstra-de Wit", "Sabine Hoekstra-de Wit", "Hoekstra-de Wit", "S. Hoekstra"),
       ("DOB", "03-09-1987"),
       ("ADDRESS", "Kerkewijk 44, 3904 JB Veenendaal", "Kerkewijk 44", "3904 JB Veenendaal"),
       ("BSN", "231189746"),
       ("PLATE", "H-295-ZP"),
       ("IBAN", "NL39 RABO 0316 7284 09"),
       ("PERSON", "R. Abdoelbasier", "R. Abdoelbasier", "Abdoelbasier"),
       ("SPECIAL", "rijden onder invloed", "na gebruik van alcohol")],
    K=[("ORG", "Openbaar Ministerie"), ("ORG", "Centrale Verwerking Openbaar Ministerie"), ("ORG", "CVOM"),
       ("OFFICE_ADDRESS", "Postbus 50000, 8900 HA Leeuwarden"), ("CASENO", "96/073521-25"),
       ("LAW", "Wegenverkeerswet 1994"), ("PLACE", "Rijksstraatweg"),
       ("ORG", "Centraal Justitieel Incassobureau"), ("ORG", "CJIB"),
       ("ORG_IBAN", "NL82 INGB 0007 3845 12"), ("CASENO", "5182 0473 9920 1384"),
       ("SWITCHBOARD", "058 - 205 08 30"), ("TITLE", "medewerker strafbeschikkingen")],
    meta={"/Author": "R. Abdoelbasier", "/Title": "OM-strafbeschikking 96/073521-25"},
)

# 04 ---------------------------------------------------------------- reclassering advies (LO)
add("04_reclassering_advies", "lo", [
    ("h1", "Reclasseringsadvies"),
    ("p", "Reclassering Nederland, unit Utrecht\nVolgnummer: R-2025-031187\nOpdrachtgever: Openbaar Ministerie, "
          "arrondissementsparket Midden-Nederland\nDatum: 18 maart 2025"),
    ("table", [["Betrokkene", ""],
               ["Naam", "Bastiaan van 't Hooft"],
               ["Geboortedatum", "21-06-1994"],
               ["Adres", "Lange Nieuwstraat 8-bis, 3512 PH Utrecht"],
               ["Telefoon", "06 - 1937 4402"]], [45, 110]),
    ("h2", "1. Aanleiding"),
    ("p", "Betrokkene wordt verdacht van mishandeling van een portier. Het Openbaar Ministerie vraagt advies over "
          "een passende strafmodaliteit en eventuele bijzondere voorwaarden (artikel 14c Wetboek van Strafrecht)."),
    ("h2", "2. Delictgeschiedenis en risico"),
    ("p", "Uit het Justitieel Documentatieregister blijkt dat betrokkene drie eerdere veroordelingen voor "
          "geweldsdelicten heeft (2016, 2019, 2022). Het recidiverisico is met de RISc ingeschat als "
          "gemiddeld-hoog. Betrokkene is bekend met ADHD en er is sprake van alcoholafhankelijkheid; hij heeft "
          "in 2023 een behandeling bij Altrecht afgebroken."),
    ("h2", "3. Sociale situatie"),
    ("p", "Van 't Hooft woont samen met zijn partner Chantal en werkt parttime bij Bouwbedrijf Hollandia als "
          "opperman. Zijn partner bevestigde telefonisch dat hij na drankgebruik snel agressief wordt."),
    ("pb",),
    ("h2", "4. Advies"),
    ("p", "Reclassering Nederland adviseert een deels voorwaardelijke taakstraf met de volgende bijzondere "
          "voorwaarden: meldplicht bij Reclassering Nederland, ambulante behandeling bij Tactus Verslavingszorg "
          "of een soortgelijke instelling, en deelname aan de Cognitieve Vaardigheidstraining (CoVa)."),
    ("p", "Betrokkene is bereid mee te werken. Hij heeft aangegeven dat hij de behandeling bij Tactus wil "
          "volgen, mits deze buiten werktijd valt."),
    ("h2", "5. Ondertekening"),
    ("p", "Noor Haddou-Verbeek, reclasseringswerker\nT 06-41 27 93 58\nE n.haddou@reclassering.nl\n"
          "Gezien door werkbegeleider: drs. P.W. Vlietstra\nParaaf: NHV"),
    ("small", "Reclassering Nederland, Vivaldiplantsoen 100, 3533 JE Utrecht, tel. 088 - 804 10 00"),
],
    R=[("PERSON", "Bastiaan van 't Hooft", "Bastiaan van 't Hooft", "van 't Hooft", "Van 't Hooft"),
       ("DOB", "21-06-1994"),
       ("ADDRESS", "Lange Nieuwstraat 8-bis, 3512 PH Utrecht", "Lange Nieuwstraat 8-bis", "3512 PH Utrecht"),
       ("PHONE", "06 - 1937 4402"),
       ("SPECIAL", "drie eerdere veroordelingen voor geweldsdelicten", "eerdere veroordelingen voor geweldsdelicten"),
       ("SPECIAL", "verdacht van mishandeling", "verdacht van mishandeling van een portier"),
       ("HEALTH", "ADHD", "bekend met ADHD"),
       ("HEALTH", "alcoholafhankelijkheid"),
       ("PERSON", "Chantal (partner)", "Chantal"),
       ("PERSON", "Noor Haddou-Verbeek", "Noor Haddou-Verbeek", "Haddou-Verbeek"),
       ("PHONE", "06-41 27 93 58"),
       ("EMAIL", "n.haddou@reclassering.nl"),
       ("PERSON", "P.W. Vlietstra", "P.W. Vlietstra", "Vlietstra"),
       ("PERSON", "paraph NHV", "NHV"),
       ("PERSON", "paraph PV (sticky note)", "PV")],
    K=[("ORG", "Reclassering Nederland"), ("CASENO", "R-2025-031187"), ("ORG", "Openbaar Ministerie"),
       ("ORG", "arrondissementsparket Midden-Nederland"), ("LAW", "artikel 14c"), ("LAW", "Wetboek van Strafrecht"),
       ("ORG", "Justitieel Documentatieregister"), ("PRODUCT", "RISc"), ("ORG", "Altrecht"),
       ("ORG", "Bouwbedrijf Hollandia"), ("ORG", "Tactus Verslavingszorg"), ("ORG", "Tactus"),
       ("PROGRAMME", "Cognitieve Vaardigheidstraining"), ("PROGRAMME", "CoVa"),
       ("TITLE", "reclasseringswerker"), ("OFFICE_ADDRESS", "Vivaldiplantsoen 100, 3533 JE Utrecht"),
       ("SWITCHBOARD", "088 - 804 10 00")],
    core={"author": "Haddou-Verbeek, N.", "title": "Advies Van 't Hooft", "subject": "Reclasseringsadvies OM"},
    notes=[("P.W. Vlietstra", "Noor, graag nog het contact met Chantal toelichten. PV")],
)

# 05 ---------------------------------------------------------------- Halt verwijzing (rl)
add("05_halt_verwijzing", "rl", [
    ("h1", "Verwijzing naar Halt"),
    ("p", "Politie Eenheid Noord-Nederland, Basisteam Leeuwarden\nRegistratienummer: 2025038841"),
    ("table", [["Jeugdige", ""],
               ["Naam", "Lucas Groenendijk"],
               ["Geboortedatum", "09-11-2010"],
               ["Adres", "Schrans 214, 8932 NL Leeuwarden"],
               ["School", "Piter Jelles Montessori"],
               ["Ouder/verzorger", "Ellen Groenendijk-Mostert, 06 2291 8457"]], [45, 110]),
    ("p", "Feit: vernieling van een bushokje en het afsteken van vuurwerk buiten de toegestane tijden, op 2 januari "
          "2025 bij de Cambuursterpad. Gedupeerde: Arriva (bushokje) en woningcorporatie Elkien (portiekdeur)."),
    ("p", "De jeugdige heeft het feit bekend. Op grond van artikel 77e van het Wetboek van Strafrecht wordt de "
          "zaak verwezen naar Halt voor een Halt-straf. De jeugdige is niet eerder met de politie in aanraking "
          "geweest."),
    ("p", "Verbalisant: M. Dijkstra, agent, dienstnummer 2044719\nCollega: Hidde Wijnja (jeugdagent)"),
    ("p", "Halt Noord-Nederland wordt verzocht contact op te nemen met de ouders. Algemeen nummer Halt: "
          "088 - 425 82 58, e-mail: noord-nederland@halt.nl."),
],
    R=[("PERSON", "Lucas Groenendijk", "Lucas Groenendijk", "Groenendijk"),
       ("DOB", "09-11-2010"),
       ("ADDRESS", "Schrans 214, 8932 NL Leeuwarden", "Schrans 214", "8932 NL Leeuwarden"),
       ("PERSON", "Ellen Groenendijk-Mostert", "Ellen Groenendijk-Mostert", "Groenendijk-Mostert"),
       ("PHONE", "06 2291 8457"),
       ("PERSON", "M. Dijkstra", "M. Dijkstra"),
       ("ID", "dienstnummer Dijkstra", "2044719"),
       ("PERSON", "Hidde Wijnja", "Hidde Wijnja", "Wijnja")],
    K=[("ORG", "Politie Eenheid Noord-Nederland"), ("ORG", "Basisteam Leeuwarden"), ("CASENO", "2025038841"),
       ("ORG", "Piter Jelles Montessori"), ("PLACE", "Cambuursterpad"), ("ORG", "Arriva"),
       ("ORG", "woningcorporatie Elkien"), ("LAW", "artikel 77e"), ("LAW", "Wetboek van Strafrecht"),
       ("ORG", "Halt Noord-Nederland"), ("PROGRAMME", "Halt-straf"), ("SWITCHBOARD", "088 - 425 82 58"),
       ("MAILBOX", "noord-nederland@halt.nl"), ("TITLE", "jeugdagent")],
    meta={"/Author": "M. Dijkstra", "/Title": "Haltverwijzing Groenendijk"},
    links=["mailto:noord-nederland@halt.nl"],
)

# 06 ---------------------------------------------------------------- IND decision in English (rl)
add("06_ind_decision_en", "rl", [
    ("h1", "Decision on your application"),
    ("p", "Immigration and Naturalisation Service (IND)\nDirectorate Asylum, Reception and Return\n"
          "Postbus 2000, 8000 CA Zwolle\nTelephone 088 043 0430 (general)"),
    ("p", "To: Ms Selam Tesfamariam Gebru\nc/o COA location Ter Apel\nV-number: 2938471650\n"
          "Date of birth: 12 April 1996\nYour lawyer: mr. D.F. Oosterwijk, Vondel Migratierecht Advocaten"),
    ("p", "Date: 7 May 2025\nReference: IND-2025-AS-77120"),
    ("h2", "1. Your application"),
    ("p", "On 3 October 2024 you applied for an asylum residence permit for a fixed period under Article 28 of "
          "the Aliens Act 2000 (Vreemdelingenwet 2000). You also applied on behalf of your son Yonas, born "
          "2 June 2019."),
    ("h2", "2. Assessment"),
    ("p", "You stated that you fear treatment contrary to Article 3 of the European Convention on Human Rights "
          "upon return. The Minister for Asylum and Migration considers your statements about your identity and "
          "nationality credible. The medical advice of the Bureau Medische Advisering (BMA) states that you are "
          "being treated for post-traumatic stress disorder and that this condition must be taken into account "
          "during interviews (Article 3.109 of the Aliens Decree 2000)."),
    ("pb",),
    ("h2", "3. Decision"),
    ("p", "The application is granted. You will receive a residence permit valid until 7 May 2030. The Central "
          "Agency for the Reception of Asylum Seekers (COA) will contact you about housing in a municipality. "
          "Ms Gebru and her son Yonas may remain at COA location Ter Apel until then."),
    ("p", "If you do not agree with this decision, your lawyer mr. Oosterwijk may lodge an appeal with the "
          "District Court of The Hague within four weeks. Questions: asiel.zwolle@ind.nl."),
    ("p", "On behalf of the Minister for Asylum and Migration,\n\nH. Brouwer-Lutz\nSenior decision officer\n"
          "direct line 06-1044 3972"),
],
    R=[("PERSON", "Selam Tesfamariam Gebru", "Selam Tesfamariam Gebru", "Gebru", "Tesfamariam"),
       ("ID", "V-number", "2938471650"),
       ("DOB", "12 April 1996"),
       ("PERSON", "D.F. Oosterwijk (lawyer)", "D.F. Oosterwijk", "Oosterwijk"),
       ("PERSON", "Yonas (son)", "Yonas"),
       ("DOB", "2 June 2019"),
       ("HEALTH", "post-traumatic stress disorder", "treated for post-traumatic stress disorder"),
       ("PERSON", "H. Brouwer-Lutz", "H. Brouwer-Lutz", "Brouwer-Lutz"),
       ("PHONE", "06-1044 3972")],
    K=[("ORG", "Immigration and Naturalisation Service"), ("ORG", "IND"),
       ("OFFICE_ADDRESS", "Postbus 2000, 8000 CA Zwolle"), ("SWITCHBOARD", "088 043 0430"),
       ("PLACE", "Ter Apel"), ("ORG", "Vondel Migratierecht Advocaten"), ("CASENO", "IND-2025-AS-77120"),
       ("LAW", "Aliens Act 2000"), ("LAW", "Vreemdelingenwet 2000"),
       ("LAW", "European Convention on Human Rights"), ("LAW", "Aliens Decree 2000"),
       ("TITLE", "Minister for Asylum and Migration"), ("ORG", "Bureau Medische Advisering"),
       ("ORG", "Central Agency for the Reception of Asylum Seekers"), ("ORG", "COA"),
       ("COURT", "District Court of The Hague"), ("MAILBOX", "asiel.zwolle@ind.nl"),
       ("TITLE", "Senior decision officer")],
    meta={"/Author": "Brouwer-Lutz H", "/Title": "Decision IND-2025-AS-77120 Gebru",
          "/Subject": "asylum permit granted, BMA advice PTSD"},
    xmp={"dc:creator": ["H. Brouwer-Lutz"]},
)

# 07 ---------------------------------------------------------------- Veiligheidsregio evaluation (LO)
add("07_vr_evaluatie", "lo", [
    ("h1", "Evaluatie brand zorgcentrum De Vloedlijn"),
    ("p", "Veiligheidsregio IJsselland - Bureau Evaluaties\nVersie 1.0, 24 april 2025\nVastgesteld door het "
          "Algemeen Bestuur"),
    ("h2", "1. Samenvatting"),
    ("p", "In de nacht van 2 op 3 februari 2025 brak brand uit in zorgcentrum De Vloedlijn van IJsselheem in de "
          "gemeente Kampen. Er werd opgeschaald naar GRIP 2. Burgemeester Vreugdenhil van de gemeente Kampen "
          "werd om 02:40 uur geïnformeerd en was aanwezig bij het ROT. Er is een NL-Alert verstuurd voor de "
          "wijk Brunnepe in Kampen."),
    ("h2", "2. Verloop"),
    ("p", "De eerste tankautospuit van Brandweer IJsselland, bevelvoerder T. Klomp, was om 01:58 uur ter plaatse. "
          "Officier van dienst Ruud Hesselink nam de operationele leiding over. De teamleider zorg van de nachtdienst, "
          "mevrouw E. Kampen, had op dat moment al elf bewoners naar de centrale hal gebracht."),
    ("p", "Eén bewoner, mevrouw Hendrika Bosscher (87), werd met rookvergiftiging naar Isala in Zwolle gebracht. "
          "Mevrouw Bosscher heeft dementie en kon de brandmelding niet volgen. Mevrouw Kampen heeft haar uit de "
          "kamer gehaald."),
    ("pb",),
    ("h2", "3. Leiding en coördinatie"),
    ("p", "De Regionaal Operationeel Leider, Anouk Westerveld-Ruiter, stelde om 02:30 uur het ROT samen. De "
          "informatievoorziening liep via LCMS. De afstemming met de burgemeester van de gemeente Kampen verliep "
          "goed; burgemeester Vreugdenhil heeft om 07:00 uur de pers te woord gestaan."),
    ("h2", "4. Aanbevelingen"),
    ("p", "1. Oefen de ontruiming in zorginstellingen in Kampen en Zwolle jaarlijks met de nachtdienst.\n"
          "2. Leg in LCMS vast welke bewoners niet zelfredzaam zijn (zonder namen).\n"
          "3. Betrek de Inspectie Justitie en Veiligheid bij de vervolgevaluatie op grond van de Wet "
          "veiligheidsregio's."),
    ("small", "Contact: Bureau Evaluaties, evaluaties@vrijsselland.nl, 038 - 428 18 18 (algemeen)"),
],
    R=[("PERSON", "T. Klomp", "T. Klomp", "Klomp"),
       ("PERSON", "Ruud Hesselink", "Ruud Hesselink", "Hesselink"),
       ("PERSON", "E. Kampen", "E. Kampen", "Mevrouw Kampen", {"text": "Kampen", "after": "keep"}),
       ("PERSON", "Hendrika Bosscher", "Hendrika Bosscher", "Bosscher"),
       ("HEALTH", "rookvergiftiging", "met rookvergiftiging"),
       ("HEALTH", "dementie", "heeft dementie"),
       ("PERSON", "Anouk Westerveld-Ruiter", "Anouk Westerveld-Ruiter", "Westerveld-Ruiter")],
    K=[("ORG", "Veiligheidsregio IJsselland"), ("ORG", "IJsselheem"), ("PLACE", "De Vloedlijn"),
       ("PLACE", "gemeente Kampen"), ("PLACE", "Brunnepe in Kampen"), ("PLACE", "zorginstellingen in Kampen"),
       ("PROGRAMME", "GRIP 2"), ("OFFICIAL", "burgemeester Vreugdenhil", "Vreugdenhil"),
       ("PRODUCT", "NL-Alert"), ("ORG", "Brandweer IJsselland"), ("TITLE", "Officier van dienst"),
       ("TITLE", "Regionaal Operationeel Leider"), ("ORG", "Isala"), ("PLACE", "Zwolle"), ("PRODUCT", "LCMS"),
       ("ORG", "Inspectie Justitie en Veiligheid"), ("LAW", "Wet veiligheidsregio's"),
       ("MAILBOX", "evaluaties@vrijsselland.nl"), ("SWITCHBOARD", "038 - 428 18 18")],
    core={"author": "Westerveld-Ruiter, A.", "title": "Evaluatie brand De Vloedlijn"},
)

# 08 ---------------------------------------------------------------- GGD outbreak note (rl)
add("08_ggd_mazelen", "rl", [
    ("h1", "Notitie bron- en contactonderzoek mazelen"),
    ("p", "GGD Hollands Noorden, afdeling Infectieziektebestrijding\nMeldingsnummer Osiris: 2025-HN-0417\n"
          "Datum: 19 maart 2025"),
    ("h2", "Indexpatiënt"),
    ("p", "Noah Boersma, geboren 27-08-2017, leerling groep 4 van OBS De Schooten in Den Helder. Op 17 maart is "
          "bij hem een laboratoriumbevestigde mazeleninfectie vastgesteld. Hij is niet gevaccineerd (BMR). Moeder: "
          "Petra Boersma-Zijlstra, Javastraat 61, 1782 KL Den Helder, telefoon 06-2730 4418."),
    ("h2", "Contacten"),
    ("table", [["Naam", "Relatie", "Status", "Advies"],
               ["Sophie Boersma", "zus (2020)", "niet gevaccineerd", "BMR-vaccinatie binnen 72 uur"],
               ["Petra Boersma-Zijlstra", "moeder", "zwanger (22 weken)", "immunoglobuline, overleg verloskundige"],
               ["Fenna de Ruiter", "klasgenoot", "gevaccineerd", "geen"],
               ["Mees Ligthart", "klasgenoot", "niet gevaccineerd", "thuisblijven tot 8 april"]],
     [40, 30, 40, 60]),
    ("p", "Advies aan de school volgens de LCI-richtlijn Mazelen van het RIVM. Melding aan het RIVM op grond van "
          "de Wet publieke gezondheid (groep B1). De directeur van OBS De Schooten ontvangt een informatiebrief "
          "zonder namen."),
    ("p", "Arts infectieziektebestrijding: drs. W.M. Kalverda\nSociaal verpleegkundige: Ingrid Terpstra, "
          "i.terpstra@ggdhn.nl\nAlgemeen: 088 - 010 05 55, infectieziekten@ggdhn.nl"),
],
    R=[("PERSON", "Noah Boersma", "Noah Boersma", "Noah"),
       ("DOB", "27-08-2017"),
       ("HEALTH", "laboratoriumbevestigde mazeleninfectie"),
       ("HEALTH", "niet gevaccineerd", "niet gevaccineerd"),
       ("PERSON", "Petra Boersma-Zijlstra", "Petra Boersma-Zijlstra", "Boersma-Zijlstra"),
       ("ADDRESS", "Javastraat 61, 1782 KL Den Helder", "Javastraat 61", "1782 KL"),
       ("PHONE", "06-2730 4418"),
       ("PERSON", "Sophie Boersma", "Sophie Boersma"),
       ("PERSON", "Boersma (family name)", "Boersma"),
       ("HEALTH", "zwanger (22 weken)"),
       ("PERSON", "Fenna de Ruiter", "Fenna de Ruiter"),
       ("PERSON", "Mees Ligthart", "Mees Ligthart", "Ligthart"),
       ("PERSON", "W.M. Kalverda", "W.M. Kalverda", "Kalverda"),
       ("PERSON", "Ingrid Terpstra", "Ingrid Terpstra", "Terpstra"),
       ("EMAIL", "i.terpstra@ggdhn.nl"),
       ("PERSON", "Wessels (midwife, sticky note)", "Wessels")],
    K=[("ORG", "GGD Hollands Noorden"), ("CASENO", "2025-HN-0417"), ("ORG", "OBS De Schooten"),
       ("PLACE", "in Den Helder"), ("PROGRAMME", "LCI-richtlijn Mazelen"), ("ORG", "RIVM"),
       ("LAW", "Wet publieke gezondheid"), ("TITLE", "Arts infectieziektebestrijding"),
       ("TITLE", "Sociaal verpleegkundige"), ("SWITCHBOARD", "088 - 010 05 55"),
       ("MAILBOX", "infectieziekten@ggdhn.nl"), ("PRODUCT", "BMR-vaccinatie")],
    meta={"/Author": "Kalverda", "/Title": "BCO mazelen 2025-HN-0417"},
    notes=[("Ingrid Terpstra", "Nabellen moeder Boersma vrijdag; verloskundige mevr. Wessels informeren")],
)

# 09 ---------------------------------------------------------------- Veilig Thuis case notes (LO)
add("09_veilig_thuis", "lo", [
    ("h1", "Veilig Thuis Utrecht - casusnotities"),
    ("p", "Dossiernummer: VT-U-2025-11873\nGezin: Ouali / Verhagen\nAdres: Vinkenstraat 23, 3817 VE Amersfoort\n"
          "Kinderen: Milan (geb. 04-05-2017) en Yara (geb. 19-12-2020)"),
    ("h2", "Melding"),
    ("p", "3 maart 2025 - Melding door intern begeleider mevrouw Lamberts van basisschool De Wingerd op grond van "
          "de Meldcode huiselijk geweld en kindermishandeling. Milan vertelde in de klas dat papa mama had "
          "geslagen. (MvdL)"),
    ("h2", "Notities"),
    ("p", "4 maart 2025 - Telefonisch contact met wijkagent Erik Jonkman: politie is op 28 februari ter plaatse "
          "geweest na een melding van de buren, vader Richard Verhagen was onder invloed. Er is sprake van "
          "alcoholmisbruik door vader. (MvdL)"),
    ("p", "6 maart 2025 - Huisbezoek met collega Sevda Yılmaz. Moeder Samira Ouali vertelt dat zij sinds de "
          "geboorte van Yara depressieve klachten heeft en medicatie gebruikt. Huisarts dr. P. Schreuder is op de "
          "hoogte. Moeder is bereikbaar op 06-1182 7305. (MvdL/SY)"),
    ("pb",),
    ("p", "10 maart 2025 - Overleg met de Raad voor de Kinderbescherming: nog geen verzoek tot onderzoek. Wel "
          "vrijwillige hulp via het wijkteam van de gemeente Amersfoort in het kader van de Wet maatschappelijke "
          "ondersteuning 2015 en de Jeugdwet. (MvdL)"),
    ("p", "14 maart 2025 - Vader Verhagen (06-4410 2287) is akkoord met een intake bij Victas voor zijn "
          "alcoholgebruik. Afspraak: evaluatie over zes weken."),
    ("h2", "Medewerker"),
    ("p", "Marieke van der Linden, aandachtsfunctionaris / casemanager Veilig Thuis Utrecht\n"
          "m.vanderlinden@veiligthuisutrecht.nl\nBereikbaar via 0800-2000 (Veilig Thuis, gratis)"),
],
    R=[("PERSON", "Samira Ouali", "Samira Ouali", "Ouali"),
       ("PERSON", "Richard Verhagen", "Richard Verhagen", "Verhagen"),
       ("ADDRESS", "Vinkenstraat 23, 3817 VE Amersfoort", "Vinkenstraat 23", "3817 VE Amersfoort"),
       ("PERSON", "Milan (child)", "Milan"),
       ("PERSON", "Yara (child)", "Yara"),
       ("DOB", "04-05-2017"), ("DOB", "19-12-2020"),
       ("PERSON", "mevrouw Lamberts", "Lamberts"),
       ("PERSON", "Erik Jonkman", "Erik Jonkman", "Jonkman"),
       ("SPECIAL", "alcoholmisbruik door vader", "alcoholmisbruik"),
       ("HEALTH", "intake voor zijn alcoholgebruik", "voor zijn alcoholgebruik"),
       ("PERSON", "Sevda Yılmaz", "Sevda Yılmaz", "Yılmaz"),
       ("HEALTH", "depressieve klachten", "depressieve klachten heeft en medicatie gebruikt"),
       ("PERSON", "P. Schreuder", "P. Schreuder", "Schreuder"),
       ("PHONE", "06-1182 7305"), ("PHONE", "06-4410 2287"),
       ("PERSON", "Marieke van der Linden", "Marieke van der Linden", "van der Linden"),
       ("PERSON", "paraph MvdL", "MvdL"),
       ("PERSON", "paraph SY", "SY"),
       ("EMAIL", "m.vanderlinden@veiligthuisutrecht.nl")],
    K=[("ORG", "Veilig Thuis Utrecht"), ("CASENO", "VT-U-2025-11873"), ("TITLE", "intern begeleider"),
       ("ORG", "basisschool De Wingerd"), ("PROGRAMME", "Meldcode huiselijk geweld en kindermishandeling"),
       ("TITLE", "wijkagent"), ("ORG", "Raad voor de Kinderbescherming"), ("PLACE", "gemeente Amersfoort"),
       ("LAW", "Wet maatschappelijke ondersteuning 2015"), ("LAW", "Jeugdwet"), ("ORG", "Victas"),
       ("TITLE", "aandachtsfunctionaris"), ("SWITCHBOARD", "0800-2000")],
    core={"author": "Marieke van der Linden", "title": "Casus Ouali-Verhagen", "comments": "alleen intern"},
    xmp={"dc:creator": ["Marieke van der Linden", "Sevda Yılmaz"], "dc:title": "Casus Ouali-Verhagen"},
)

# 10 ---------------------------------------------------------------- zorgkantoor Wlz letter (rl)
add("10_wlz_zorgkantoor", "rl", [
    ("p", "Zilveren Kruis Zorgkantoor\nPostbus 444, 2700 AK Zoetermeer\nTelefoon 0800 - 0201 (gratis)"),
    ("sp", 6),
    ("p", "Mevrouw G.H. Bakker-Nijboer\nOranjelaan 5\n7941 BD Meppel"),
    ("p", "Datum: 9 april 2025\nKenmerk: ZK-WLZ-2025-604418\nBSN: 288451065\nGeboortedatum: 02-05-1938"),
    ("p", "<b>Onderwerp: uw Wlz-indicatie en zorg in natura</b>"),
    ("p", "Geachte mevrouw Bakker-Nijboer,"),
    ("p", "Het Centrum indicatiestelling zorg (CIZ) heeft u een indicatie gegeven voor de Wet langdurige zorg "
          "(Wlz). Uit het indicatiebesluit blijkt dat u vasculaire dementie heeft en 24 uur per dag toezicht "
          "nodig heeft. Wij hebben uw aanmelding ontvangen voor een plaats bij Zorggroep Noordwest-Veluwe."),
    ("p", "Uw zoon, de heer J. Bakker, heeft ons laten weten dat u voorkeur heeft voor een locatie in Zwolle of "
          "Staphorst. Wij nemen binnen twee weken contact met hem op via 06-5219 8830."),
    ("p", "Heeft u vragen? Neem contact op met uw zorgbemiddelaar, Femke Zandbergen, telefoon 06-2048 7731, "
          "of met het algemene nummer van Zilveren Kruis Zorgkantoor."),
    ("p", "Met vriendelijke groet,\n\nF. Zandbergen\nzorgbemiddelaar Wlz"),
],
    R=[("PERSON", "G.H. Bakker-Nijboer", "G.H. Bakker-Nijboer", "Bakker-Nijboer"),
       ("ADDRESS", "Oranjelaan 5, 7941 BD Meppel", "Oranjelaan 5", "7941 BD Meppel"),
       ("BSN", "288451065"), ("DOB", "02-05-1938"),
       ("HEALTH", "vasculaire dementie"),
       ("PERSON", "J. Bakker", "J. Bakker"),
       ("PHONE", "06-5219 8830"),
       ("PERSON", "Femke Zandbergen", "Femke Zandbergen", "F. Zandbergen", "Zandbergen"),
       ("PHONE", "06-2048 7731")],
    K=[("ORG", "Zilveren Kruis Zorgkantoor"), ("OFFICE_ADDRESS", "Postbus 444, 2700 AK Zoetermeer"),
       ("SWITCHBOARD", "0800 - 0201"), ("CASENO", "ZK-WLZ-2025-604418"),
       ("ORG", "Centrum indicatiestelling zorg"), ("ORG", "CIZ"), ("LAW", "Wet langdurige zorg"),
       ("LAW", "Wlz"), ("ORG", "Zorggroep Noordwest-Veluwe"), ("PLACE", "Zwolle"), ("PLACE", "Staphorst"),
       ("TITLE", "zorgbemiddelaar")],
    meta={"/Author": "F. Zandbergen", "/Title": "Brief Wlz Bakker-Nijboer"},
)

# 11 ---------------------------------------------------------------- hospital complaints committee (LO)
add("11_klachtencommissie", "lo", [
    ("h1", "Beslissing Klachtencommissie Amphia"),
    ("p", "Klachtnummer: KC-2025-038\nDatum beslissing: 15 april 2025"),
    ("p", "in de klacht van\n\nmevrouw A.M. Verschuren-de Koning, wonende te Breda, klaagster,\n\ntegen\n\n"
          "dr. S. Rahimi, internist-geriater, en Amphia, verweerders."),
    ("h2", "1. De klacht"),
    ("p", "Klaagster klaagt namens haar inmiddels overleden vader, de heer W. de Koning, over de zorg op "
          "afdeling C3 in november 2024. De heer De Koning was opgenomen met een heupfractuur. Volgens "
          "klaagster werd het delier te laat herkend en ontstond er decubitus aan beide hielen. Verpleegkundige "
          "Joyce zou hebben gezegd dat er \"te weinig handen\" waren."),
    ("h2", "2. Het standpunt van verweerders"),
    ("p", "Dr. Rahimi stelt dat het delier op de tweede opnamedag is vastgesteld en dat conform het protocol is "
          "gehandeld. Amphia erkent dat de wisselligging niet steeds is vastgelegd."),
    ("pb",),
    ("h2", "3. Beoordeling"),
    ("p", "De commissie toetst aan de Wet kwaliteit, klachten en geschillen zorg (Wkkgz) en de richtlijnen van de "
          "Federatie Medisch Specialisten. De klacht over het herkennen van het delier is ongegrond. De klacht "
          "over de preventie van decubitus is gegrond."),
    ("h2", "4. Beslissing"),
    ("p", "De commissie verklaart de klacht gedeeltelijk gegrond. Klaagster kan zich voor een schadevergoeding "
          "wenden tot de Geschilleninstantie Ziekenhuizen. Amphia meldt de calamiteit niet bij de Inspectie "
          "Gezondheidszorg en Jeugd, omdat geen sprake is van een calamiteit."),
    ("p", "Aldus beslist door mr. H.P. Staal (voorzitter), drs. M. Vos-Abspoel en E. Ceylan (leden), bijgestaan "
          "door L. Hermans, ambtelijk secretaris (klachtencommissie@amphia.nl)."),
],
    R=[("PERSON", "A.M. Verschuren-de Koning", "A.M. Verschuren-de Koning", "Verschuren-de Koning"),
       ("PERSON", "W. de Koning", "W. de Koning", "De Koning"),
       ("PERSON", "S. Rahimi", "S. Rahimi", "Rahimi"),
       ("HEALTH", "heupfractuur", "opgenomen met een heupfractuur"),
       ("HEALTH", "delier", "het delier"),
       ("HEALTH", "decubitus", "decubitus aan beide hielen"),
       ("PERSON", "Joyce (nurse)", "Joyce"),
       ("PERSON", "H.P. Staal", "H.P. Staal", "Staal"),
       ("PERSON", "M. Vos-Abspoel", "M. Vos-Abspoel", "Vos-Abspoel"),
       ("PERSON", "E. Ceylan", "E. Ceylan", "Ceylan"),
       ("PERSON", "L. Hermans", "L. Hermans", "Lieke Hermans")],
    K=[("ORG", "Klachtencommissie Amphia"), ("ORG", "Amphia"), ("CASENO", "KC-2025-038"), ("PLACE", "Breda"),
       ("TITLE", "internist-geriater"), ("LAW", "Wet kwaliteit, klachten en geschillen zorg"), ("LAW", "Wkkgz"),
       ("ORG", "Federatie Medisch Specialisten"), ("ORG", "Geschilleninstantie Ziekenhuizen"),
       ("ORG", "Inspectie Gezondheidszorg en Jeugd"), ("TITLE", "ambtelijk secretaris"),
       ("MAILBOX", "klachtencommissie@amphia.nl")],
    core={"author": "L. Hermans", "title": "Beslissing KC-2025-038 Verschuren-de Koning"},
    xmp={"dc:creator": ["Lieke Hermans"], "dc:description": "klacht dochter W. de Koning, heupfractuur/delier"},
)

# 12 ---------------------------------------------------------------- youth care plan minutes (LO)
add("12_jeugdzorg_notulen", "lo", [
    ("h1", "Verslag plangesprek jeugdhulp"),
    ("p", "Gemeente Zaanstad - Sociaal Wijkteam Zaandam-Oost\nDatum: 26 maart 2025\nBetreft: Daan Mol "
          "(geb. 11-07-2013)"),
    ("table", [["Aanwezig", "Rol"],
               ["Fatima el Amrani (FeA)", "jeugdconsulent gemeente Zaanstad"],
               ["J.W. Pronk (JP)", "gedragswetenschapper Parlan"],
               ["Sandra Mol (SM)", "moeder"],
               ["Kevin Mol", "vader (afwezig met bericht)"]], [70, 90]),
    ("h2", "1. Stand van zaken"),
    ("p", "Daan is in 2022 gediagnosticeerd met een autismespectrumstoornis. Hij gaat sinds januari niet meer naar "
          "school. Moeder geeft aan dat zij zelf in behandeling is voor een angststoornis. JP licht toe dat "
          "Parlan ambulante gezinsbegeleiding kan bieden."),
    ("h2", "2. Afspraken"),
    ("p", "Wethouder Oudejans heeft de raad geïnformeerd over de wachtlijsten; voor Daan wordt geen uitzondering "
          "gemaakt. De Stichting Jan de Bruijn Fonds kan een bijdrage geven voor een zomerkamp."),
    ("table", [["Nr", "Actie", "Wie", "Wanneer"],
               ["1", "Beschikking ambulante jeugdhulp aanvragen (Jeugdwet)", "FeA", "4 april"],
               ["2", "Intake gezinsbegeleiding plannen", "JP", "11 april"],
               ["3", "Aanvraag Stichting Jan de Bruijn Fonds", "SM", "30 april"],
               ["4", "Contact leerplichtambtenaar", "FeA", "4 april"]], [10, 90, 20, 30]),
    ("p", "Volgend overleg: 7 mei 2025. Contact: Fatima el Amrani, f.elamrani@zaanstad.nl, 06-3877 1206. "
          "Algemeen: 14 075, wijkteam@zaanstad.nl."),
],
    R=[("PERSON", "Daan Mol", "Daan Mol", "Daan"),
       ("DOB", "11-07-2013"),
       ("PERSON", "Fatima el Amrani", "Fatima el Amrani", "el Amrani"),
       ("PERSON", "paraph FeA", "FeA"),
       ("PERSON", "J.W. Pronk", "J.W. Pronk", "Pronk"),
       ("PERSON", "paraph JP", "JP"),
       ("PERSON", "Sandra Mol", "Sandra Mol"),
       ("PERSON", "paraph SM", "SM"),
       ("PERSON", "Kevin Mol", "Kevin Mol"),
       ("PERSON", "Mol (family name)", "Mol"),
       ("HEALTH", "autismespectrumstoornis"),
       ("HEALTH", "angststoornis", "behandeling is voor een angststoornis"),
       ("EMAIL", "f.elamrani@zaanstad.nl"), ("PHONE", "06-3877 1206")],
    K=[("PLACE", "Gemeente Zaanstad"), ("ORG", "Sociaal Wijkteam Zaandam-Oost"), ("TITLE", "jeugdconsulent"),
       ("TITLE", "gedragswetenschapper"), ("ORG", "Parlan"), ("OFFICIAL", "Wethouder Oudejans", "Oudejans"),
       ("ORG", "Stichting Jan de Bruijn Fonds"), ("LAW", "Jeugdwet"), ("TITLE", "leerplichtambtenaar"),
       ("SWITCHBOARD", "14 075"), ("MAILBOX", "wijkteam@zaanstad.nl")],
    core={"author": "el Amrani, Fatima", "title": "Plangesprek Daan Mol"},
)

# 13 ---------------------------------------------------------------- DJI visit schedule (rl, landscape)
add("13_dji_bezoekrooster", "rl", [
    ("h1", "Bezoekrooster week 14"),
    ("p", "Dienst Justitiële Inrichtingen - Penitentiaire Inrichting Vught, afdeling Huis van Bewaring 2\n"
          "Bezoek volgens de Penitentiaire beginselenwet en de huisregels. Bezoekzaal B, Lunettenlaan 501."),
    ("table", [["Datum", "Tijd", "Gedetineerde", "Reg.nr.", "Bezoeker(s)", "Relatie", "Opmerking"],
               ["1 april", "09:30", "VAN DER MEULEN, Jeroen", "1498273", "Ilse van der Meulen-Brink", "echtgenote", "-"],
               ["1 april", "10:45", "EL HADDOUCHI, Anouar", "1502118", "Rachida el Haddouchi; Samir (12)", "moeder; broer",
                "minderjarige onder begeleiding"],
               ["2 april", "14:00", "KOWALCZYK, Pawel", "1487720", "Agnieszka Nowak", "partner",
                "bezoek achter glas (besluit directeur)"],
               ["3 april", "09:30", "DE JONG, Wessel", "1510964", "mr. E.F. Tjon-A-Fat", "advocaat",
                "advocatenbezoek, kamer 4"],
               ["3 april", "13:15", "VAN DER MEULEN, Jeroen", "1498273", "Ilse van der Meulen-Brink", "echtgenote",
                "-"]],
     [18, 14, 45, 20, 55, 28, 60]),
    ("p", "Roosteraar: B. Nijenhuis (afdelingshoofd bezoek), telefoon 073 - 658 42 11 (receptie PI Vught). "
          "Wijzigingen via bezoekplanning.vught@dji.minjus.nl."),
],
    R=[("PERSON", "Jeroen van der Meulen", "VAN DER MEULEN, Jeroen", "VAN DER MEULEN"),
       ("ID", "reg.nr. Van der Meulen", "1498273"),
       ("PERSON", "Ilse van der Meulen-Brink", "Ilse van der Meulen-Brink", "van der Meulen-Brink"),
       ("PERSON", "Anouar el Haddouchi", "EL HADDOUCHI, Anouar", "EL HADDOUCHI"),
       ("ID", "reg.nr. El Haddouchi", "1502118"),
       ("PERSON", "Rachida el Haddouchi", "Rachida el Haddouchi"),
       ("PERSON", "Samir (12)", "Samir"),
       ("PERSON", "Pawel Kowalczyk", "KOWALCZYK, Pawel", "KOWALCZYK"),
       ("ID", "reg.nr. Kowalczyk", "1487720"),
       ("PERSON", "Agnieszka Nowak", "Agnieszka Nowak"),
       ("PERSON", "Wessel de Jong", "DE JONG, Wessel", "DE JONG"),
       ("ID", "reg.nr. De Jong", "1510964"),
       ("PERSON", "E.F. Tjon-A-Fat (lawyer)", "E.F. Tjon-A-Fat", "Tjon-A-Fat"),
       ("PERSON", "B. Nijenhuis", "B. Nijenhuis", "Nijenhuis", "Bas Nijenhuis")],
    K=[("ORG", "Dienst Justitiële Inrichtingen"), ("ORG", "Penitentiaire Inrichting Vught"),
       ("ORG", "Huis van Bewaring 2"), ("LAW", "Penitentiaire beginselenwet"), ("PLACE", "Bezoekzaal B"),
       ("OFFICE_ADDRESS", "Lunettenlaan 501"), ("TITLE", "afdelingshoofd bezoek"),
       ("SWITCHBOARD", "073 - 658 42 11"), ("MAILBOX", "bezoekplanning.vught@dji.minjus.nl"),
       ("TITLE", "advocatenbezoek")],
    landscape=True,
    meta={"/Author": "Nijenhuis, B.", "/Title": "Bezoekrooster HvB2 week 14"},
    xmp={"dc:creator": ["Bas Nijenhuis"]},
)

# 14 ---------------------------------------------------------------- Rechtspraak excerpt (rl)
add("14_rechtspraak_uitspraak", "rl", [
    ("p", "ECLI:NL:RBNHO:2025:4821"),
    ("h1", "Rechtbank Noord-Holland"),
    ("p", "Zittingsplaats Haarlem\nBestuursrecht\nzaaknummer: HAA 24/6613\n\nuitspraak van de enkelvoudige kamer "
          "van 12 maart 2025 in de zaak tussen\n\n[eiser], uit [woonplaats], eiser\n(gemachtigde: mr. S. El Idrissi),"
          "\n\nen\n\nhet college van burgemeester en wethouders van de gemeente Haarlemmermeer, verweerder\n"
          "(gemachtigde: mr. drs. K. Hoekman)."),
    ("h2", "Inleiding"),
    ("p", "1. Eiser heeft een maatwerkvoorziening op grond van de Wet maatschappelijke ondersteuning 2015 (Wmo 2015) "
          "aangevraagd. [eiser] woont met zijn partner Mirjam aan de [adres 1]. [eiser] heeft een chronische "
          "longziekte (COPD) en kan de trap niet meer op."),
    ("p", "2. Verweerder heeft de aanvraag bij besluit van 4 juni 2024 afgewezen. Het bezwaar is ongegrond "
          "verklaard. Ter zitting heeft mr. Hoekman toegelicht dat [eiser] een beroep kan doen op zijn partner."),
    ("pb",),
    ("h2", "Beoordeling door de rechtbank"),
    ("p", "3. De rechtbank verwijst naar de uitspraak van de Centrale Raad van Beroep van 18 mei 2022 "
          "(ECLI:NL:CRVB:2022:1105). Gebruikelijke hulp van een partner mag worden meegewogen, maar verweerder "
          "heeft niet onderzocht of Mirjam die hulp kan geven. Het besluit is in strijd met artikel 3:2 van de "
          "Algemene wet bestuursrecht."),
    ("h2", "Beslissing"),
    ("p", "De rechtbank verklaart het beroep gegrond, vernietigt het bestreden besluit en draagt verweerder op een "
          "nieuw besluit te nemen. Deze uitspraak is gedaan door mr. A.B. Keizer, rechter, in aanwezigheid van "
          "mr. T. Schipper, griffier."),
    ("small", "Aangehecht aan het Woo-dossier van de gemeente Haarlemmermeer door K. Hoekman, k.hoekman@haarlemmermeer.nl."),
],
    R=[("PERSON", "S. El Idrissi (lawyer)", "S. El Idrissi", "El Idrissi"),
       ("PERSON", "K. Hoekman", "K. Hoekman", "Hoekman"),
       ("PERSON", "Mirjam (partner)", "Mirjam"),
       ("HEALTH", "chronische longziekte (COPD)", "chronische longziekte (COPD)", "COPD"),
       ("PERSON", "T. Schipper (griffier)", "T. Schipper", "Schipper"),
       ("EMAIL", "k.hoekman@haarlemmermeer.nl")],
    K=[("ECLI", "ECLI:NL:RBNHO:2025:4821"), ("COURT", "Rechtbank Noord-Holland"), ("PLACE", "Zittingsplaats Haarlem"),
       ("CASENO", "HAA 24/6613"), ("PSEUDONYM", "[eiser]"), ("PSEUDONYM", "[woonplaats]"), ("PSEUDONYM", "[adres 1]"),
       ("PLACE", "gemeente Haarlemmermeer"), ("LAW", "Wet maatschappelijke ondersteuning 2015"), ("LAW", "Wmo 2015"),
       ("COURT", "Centrale Raad van Beroep"), ("ECLI", "ECLI:NL:CRVB:2022:1105"),
       ("LAW", "Algemene wet bestuursrecht"), ("TITLE", "griffier")],
    meta={"/Author": "Hoekman, K.", "/Title": "Uitspraak HAA 24/6613"},
)

# 15 ---------------------------------------------------------------- e-mail thread police / municipality (rl)
_MAIL = [
    ("p", "<b>Van:</b> Ramdin, Sarita <s.ramdin@dordrecht.nl>\n<b>Verzonden:</b> donderdag 6 maart 2025 11:47\n"
          "<b>Aan:</b> Brink, Thijs van den <thijs.vandenbrink@politie.nl>\n<b>CC:</b> Ondermijning "
          "<ondermijning@dordrecht.nl>; Kaya, Emre <e.kaya@dordrecht.nl>\n"
          "<b>Onderwerp:</b> RE: bestuurlijke rapportage Krommedijk - 13b Opiumwet"),
    ("p", "Hoi Thijs,"),
    ("p", "Dank voor de rapportage. Burgemeester Kolff wil op basis van het Damoclesbeleid de woning voor drie "
          "maanden sluiten. Kun je bevestigen dat de bewoner, de heer Ruigrok, ook de huurder is? En staat de "
          "auto met kenteken VZ-381-T op zijn naam?"),
    ("p", "Emre zet het voornemen deze week klaar; zienswijze via de mailbox ondermijning@dordrecht.nl."),
    ("p", "Met vriendelijke groet,\n\nSarita Ramdin\nBeleidsadviseur Openbare Orde en Veiligheid\nGemeente Dordrecht | "
          "Spuiboulevard 300\nT 078 - 770 4821 (direct) | M +31 6 1723 0984 | Algemeen: 14 078"),
    ("p", "-----Oorspronkelijk bericht-----\n<b>Van:</b> Brink, Thijs van den <thijs.vandenbrink@politie.nl>\n"
          "<b>Verzonden:</b> dinsdag 4 maart 2025 09:12\n<b>Aan:</b> Ramdin, Sarita <s.ramdin@dordrecht.nl>\n"
          "<b>Onderwerp:</b> bestuurlijke rapportage Krommedijk - 13b Opiumwet"),
    ("p", "Dag Sarita,"),
    ("p", "Bijgaand de bestuurlijke rapportage (BR 2025-0311) over de woning Krommedijk 211, 3312 CC Dordrecht. "
          "Bij de doorzoeking op 26 februari zijn 1,2 kg hennep en 48 gram cocaïne aangetroffen. Bewoner: "
          "Dennis Ruigrok, geboren 30-01-1989. Ruigrok is bekend vanwege eerdere handel in harddrugs (2021)."),
    ("p", "De verhuurder is woningcorporatie Trivire; die is door ons nog niet geïnformeerd."),
]
add("15_mail_politie_gemeente", "rl", _MAIL + [
    ("pb",),
    ("p", "Groet,\nThijs van den Brink\nWijkagent Dordrecht-West\nPolitie Eenheid Rotterdam | District "
          "Zuid-Holland-Zuid\nM 06-2388 1945\nBereikbaar via 0900-8844"),
    ("p", "-----Oorspronkelijk bericht-----\n<b>Van:</b> Ondermijning <ondermijning@dordrecht.nl>\n"
          "<b>Verzonden:</b> maandag 3 maart 2025 16:30\n<b>Aan:</b> Brink, Thijs van den\n"
          "<b>Onderwerp:</b> verzoek rapportage"),
    ("p", "Beste Van den Brink,\n\nNamens het team Ondermijning het verzoek om de bestuurlijke rapportage voor "
          "donderdag aan te leveren, zodat het RIEC Zuid-Holland-Zuid kan meekijken.\n\nTeam Ondermijning, "
          "gemeente Dordrecht"),
    ("p", "Op 4 maart 2025 om 09:40 schreef Emre Kaya <e.kaya@dordrecht.nl>:\n> Sarita, ik neem het "
          "voornemen van je over. Groet, Emre (06-5120 3367)"),
],
    R=[("PERSON", "Sarita Ramdin", "Sarita Ramdin", "Ramdin, Sarita", "Ramdin", "Sarita"),
       ("EMAIL", "s.ramdin@dordrecht.nl"),
       ("PERSON", "Thijs van den Brink", "Thijs van den Brink", "Brink, Thijs van den", "Van den Brink", "Thijs"),
       ("EMAIL", "thijs.vandenbrink@politie.nl"),
       ("PERSON", "Emre Kaya", "Emre Kaya", "Kaya, Emre", "Emre"),
       ("EMAIL", "e.kaya@dordrecht.nl"),
       ("PERSON", "Dennis Ruigrok", "Dennis Ruigrok", "Ruigrok"),
       ("PLATE", "VZ-381-T"),
       ("ADDRESS", "Krommedijk 211, 3312 CC Dordrecht", "Krommedijk 211", "3312 CC Dordrecht"),
       ("DOB", "30-01-1989"),
       ("SPECIAL", "eerdere handel in harddrugs", "eerdere handel in harddrugs (2021)"),
       ("PHONE", "078 - 770 4821"), ("PHONE", "+31 6 1723 0984"), ("PHONE", "06-2388 1945"),
       ("PHONE", "06-5120 3367")],
    K=[("OFFICIAL", "Burgemeester Kolff", "Kolff"), ("PROGRAMME", "Damoclesbeleid"), ("LAW", "Opiumwet"),
       ("MAILBOX", "ondermijning@dordrecht.nl"), ("TITLE", "Beleidsadviseur Openbare Orde en Veiligheid"),
       ("PLACE", "Gemeente Dordrecht"), ("OFFICE_ADDRESS", "Spuiboulevard 300"), ("SWITCHBOARD", "14 078"),
       ("CASENO", "BR 2025-0311"), ("ORG", "woningcorporatie Trivire"), ("TITLE", "Wijkagent Dordrecht-West"),
       ("ORG", "Politie Eenheid Rotterdam"), ("ORG", "District Zuid-Holland-Zuid"),
       ("SWITCHBOARD", "0900-8844"), ("ORG", "RIEC Zuid-Holland-Zuid"), ("ORG", "team Ondermijning")],
    meta={"/Author": "Sarita Ramdin", "/Title": "RE: bestuurlijke rapportage Krommedijk"},
    links=["mailto:s.ramdin@dordrecht.nl", "mailto:thijs.vandenbrink@politie.nl", "mailto:ondermijning@dordrecht.nl"],
    outline=["Mail Ramdin 6 maart", "Mail Van den Brink 4 maart"],
)
