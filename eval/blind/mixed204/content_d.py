from lib import Doc

DOCS = []

DOCS.append(Doc("sz22_brief_ouders_scan", """Deventer, 2 juni 2026

Aan het college van B en W
gemeente Deventer

Geacht college,

Wij zijn de ouders van [[Lieke van Ommeren]]. Op 23 mei is onze
dochter bijna verdronken in zwembad De Vijverberg.
Zij lag twee nachten in het ziekenhuis.

Wij willen weten waarom er zo weinig toezicht was.
Wij hebben onze advocaat, [[mr. Ter Haar]], gevraagd
om alle stukken op te vragen.

U kunt ons bereiken op [[06-38715022]].

Met vriendelijke groet,

[[Marco van Ommeren]]
[[Looierspad 17|ADDRESS]], 7421 KX Deventer
~ [[M. van Ommeren]]
""", kind="scan", producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535"))

DOCS.append(Doc("sz23_memo_scan", """MEMO  team Sport en Bewegen
Aan: wethouder Brouwer
Van: [[Karin Dijkema]]
Datum: 26 mei 2026
Onderwerp: stand van zaken Vijverberg

- kind is stabiel, ontslag verwacht eind week
- stichting meldt 3 in plaats van 4 toezichthouders
- Arbeidsinspectie onderzoekt, bezoek 9 juni
- gesprek met [[Henk Wessels]] op 28 mei

~ Akkoord, graag ook [[Sjoerd]] erbij. Bel mij
~ na het gesprek. [[Hanneke]]
""", kind="scan", producer="RICOH MP C3004 Scan", creator="RICOH"))

DOCS.append(Doc("sz24_presentielijst_scan", """PRESENTIELIJST herhalingstraining reanimatie
Zwembad De Vijverberg - 6 juni 2026
Instructeur: [[Marit Dekker]]

Naam                       Handtekening
[[Ruben 't Hooft]]      ~ [[R. Hooft]]
[[Fenna Zwiers]]    ~ [[Fenna]]
[[Joost Verhagen]]          ~ J.V.
[[Bram IJzerman]]    ~ [[Bram|PERSON]]
[[Noah Pérez Castillo]]    ~ [[Noah|PERSON]]
""", kind="scan", producer="EPSON Scan", creator="EPSON DS-530"))

DOCS.append(Doc("sz25_rie_toezicht", """# Risico-inventarisatie en -evaluatie (RI&E) - deel toezicht zwemzalen
{{Stichting Zwembad De Vijverberg}}      versie 3.2 (concept-actualisatie juni 2026)      kenmerk {{VB-RIE-2026}}

Nr\tRisico\tKans x effect\tMaatregel\tStatus
T1\tschittering wateroppervlak zuidgevel\thoog\tzonwering + extra toezichtpositie\topen
T2\tonderbezetting bij drukte (>120 bezoekers)\thoog\tstand-by toezichthouder oproepbaar\topen
T3\tonderwatercamera {{Poseidon}} defect\tmidden\tservicecontract {{Poseidon}}\tuitgevoerd 08-2026
T4\tverlopen certificaten\tmidden\tregister + blokkade in {{Recreatex}}\tuitgevoerd
T5\tzwemmers zonder {{Zwemdiploma B}} in diep bad\tmidden\tpolsbandjessysteem\topen

Toetsing: de actualisatie wordt getoetst door een gecertificeerde kerndeskundige van {{ArboNed}} en voorgelegd aan de
{{Nederlandse Arbeidsinspectie}} in het kader van de eis tot naleving ({{NLA-26-0044817}}).
Referentie: {{Richtlijn toezicht}} ({{NRZ}}, 2024), {{NEN-EN 15288-2}}.
""", producer="PDFpen 13.2.1 (Nisus Software)", creator="Pages", font="Helvetica", size=9.5,
    notes=[(0, "Gerda Luttikhuis", "T2: oproeplijst met [[Bram|PERSON]] en [[Joost]] bijvoegen, mobiel Joost [[06 19 27 44 08]]"),
           (0, "Wouter Scholten", "Zonwering: offerte [[Jan-Willem Koopmans]] (installateur) ligt bij mij."),
           (0, "Daan Kortekaas", "Polsbandjes werken bij Stadsbad Zwolle? navragen bij [[Lotte]].")]))

DOCS.append(Doc("sz26_brief_gemeente_stichting", """# gemeente Deventer
Postbus 5000, 7400 GC Deventer      {{14 0570}}      www.deventer.nl

{{Stichting Zwembad De Vijverberg}}
t.a.v. het bestuur, de heer [[H.J. Wessels]]
{{Vijverbergweg 12}}
7412 AB Deventer

Datum: 10 juli 2026
Ons kenmerk: {{UIT-2026-21877}}
Onderwerp: aanvullende verplichting subsidiebeschikking {{SUB-2026-0412}}

Geacht bestuur,

Naar aanleiding van het incident van 23 mei 2026 en het rapport van de {{Nederlandse Arbeidsinspectie}} heeft ons
college op 7 juli 2026 besloten de subsidiebeschikking {{SUB-2026-0412}} aan te vullen met de volgende verplichtingen
(artikel 4:38 {{Algemene wet bestuursrecht}}):
1. u laat het {{toezichtplan}} vóór 1 oktober 2026 toetsen door de {{Nationale Raad Zwemveiligheid}};
2. u roostert geen toezichthouders in zonder geldig {{PRO-certificaat}};
3. u rapporteert elk kwartaal over bezetting en incidenten aan team {{Sport en Bewegen}}.

Voor de aanschaf van een onderwatercamerasysteem en zonwering stelt de gemeente eenmalig EUR 42.000 beschikbaar.

Heeft u vragen over deze brief, neem dan contact op met [[mevrouw K. Dijkema]], telefoon [[0570 - 69 34 08]],
e-mail [[k.dijkema@deventer.nl]].

Met vriendelijke groet,
burgemeester en wethouders van Deventer,
namens dezen,

[[Hanneke Vos]]
teamleider {{Sport en Bewegen}}
""", kind="docx", producer="LibreOffice 7.6", author="Dijkema, K."))

DOCS.append(Doc("sz27_evaluatieverslag", """# Verslag evaluatiegesprek incident 23 mei 2026
Datum: 17 juni 2026      Plaats: {{Sportcentrum De Vijverberg}}      Gespreksleider: {{Reddingsbrigade Nederland}}, regio Oost

Aanwezig: [[Daan Kortekaas]], [[Sevda Aksoy]] (telefonisch), [[Ruben 't Hooft]], [[Fenna Zwiers]], [[Thijs Oude Nijhuis]],
[[Gerda Luttikhuis]]; verslag: [[Mirjam de Groot-Schipper]]

# Wat ging goed
De alarmering en de reanimatie verliepen volgens de {{Ladder van toezicht}} en het protocol van de {{Nederlandse Reanimatie Raad}}.
De {{AED}} was binnen anderhalve minuut ter plaatse. [[Thijs]] had de toegang voor de ambulance vrijgemaakt.

# Wat kan beter
- Niemand wist wie de vierde toezichthouder had moeten vervangen; het {{toezichtplan}} regelt dit niet.
- [[Ruben]] zat op een stoel met zon in het gezicht; de stoel wordt verplaatst.
- Na afloop waren er telefoontjes van journalisten naar de privénummers van [[Daan|PERSON]] en [[Sevda]].

# Afspraken
- Bij meer dan 120 bezoekers belt de kassa de bedrijfsleider; die beslist over sluiting van het diepe deel.
- Elke toezichthouder volgt vóór 1 september de module {{Drenkelingenherkenning}} van de {{KNZB}}.
""", kind="docx", producer="LibreOffice 7.6", author="Schipper, M."))

DOCS.append(Doc("sz28_memo_jurist", """# Memo      team Juridische Zaken
Aan: [[H. Vos]], teamleider {{Sport en Bewegen}}
Van: [[P.J. Bosscher]], jurist informatiebeheer
Datum: 6 oktober 2026
Betreft: Woo-verzoek {{WOO-2026-0187}} - beoordeling en zienswijzen

1. Het verzoek van {{Hanzestad Letselschade Advocaten}} omvat 33 documenten. De meeste kunnen deels openbaar worden
gemaakt. Namen en contactgegevens van medewerkers van de gemeente, de stichting, de verzekeraar en de
{{Nederlandse Arbeidsinspectie}} lakken wij op grond van artikel 5.1 lid 2 sub e {{Woo}}.
2. Gegevens over de gezondheid van het kind en van een medewerker zijn bijzondere persoonsgegevens (artikel 5.1 lid 1
sub d {{Woo}}); die worden niet openbaar gemaakt, ook niet aan de ouders via de {{Woo}}: openbaarmaking is voor
iedereen. De ouders kunnen een inzageverzoek doen op grond van artikel 15 {{AVG}}.
3. De naam van {{wethouder Brouwer}} en van {{burgemeester König}} blijft staan; zij treden op in hun publieke functie.
4. De stichting ([[de heer Wessels]]) heeft in haar zienswijze van 29 september bezwaar gemaakt tegen openbaarmaking
van het certificatenoverzicht. Wij volgen dat niet volledig: het overzicht wordt deels openbaar, zonder namen en
geboortedata.
5. Het BSN in de ongevalsregistratie van de ambulancedienst valt onder artikel 5.1 lid 1 sub e {{Woo}}
([[183466093|BSN]]); dit document is van de {{RAV IJsselland}} en valt buiten het verzoek.
""", kind="docx", producer="LibreOffice 7.6", author="P.J. Bosscher"))
