"""Set LV (mixed181): the documents. Markup: [[K:text]] redact, {{K:text}} keep (kinds in make_set.KINDS).
All persons, addresses, numbers and the municipality 'Altenaweerd' are invented."""
from make_set import Doc

WORD = "Microsoft® Word for Microsoft 365"
OUTLOOK = "Microsoft® Outlook® for Microsoft 365"
ASPOSE = "Aspose.PDF for .NET 23.5.0"
ITEXT = "iText® 7.2.5 ©2000-2023 iText Group NV (AGPL-version)"
NITRO = "Nitro Pro 13 (13.70.2.40)"
PDFPEN = "PDFpen 13.1"
SCANNER = "Canon iR-ADV C5535 PDF"
KODAK = "KODAK Capture Pro Software 5.7"

DOCS = []


def add(*a, **k):
    DOCS.append(Doc(*a, **k))


# lv01 Woo-verzoek ---------------------------------------------------------------------------
add("lv01-woo-verzoek", """
[[P:Ilse Vermeulen-Bos]]
[[A:Kerkakkers 14]]
[[A:5254 AB Altenaweerd]]
[[E:ilse.vermeulen.bos@ziggo.nl]] | [[T:06-41 27 83 90]]

Aan het college van burgemeester en wethouders van de {{O:gemeente Altenaweerd}}
t.a.v. de Woo-coördinator
Postbus 100, 5250 AC Altenaweerd

Altenaweerd, 6 januari 2026

Onderwerp: verzoek op grond van de {{W:Wet open overheid}} – leerlingenvervoer

Geacht college,

Namens de {{O:Stichting Ouders Leerlingenvervoer Altenaweerd}} (SOLA), waarvan ik secretaris ben, verzoek ik u op grond van artikel 4.1 van de {{W:Wet open overheid}} (Woo) om openbaarmaking van de volgende documenten over het leerlingenvervoer in de periode 1 januari 2025 tot en met 31 december 2025:

1. de stukken van de aanbesteding {{F:ALT-2025-LLV-004}} (leidraad, beoordeling, gunning) en de overeenkomst met {{O:Markland Personenvervoer B.V.}};
2. de correspondentie tussen de gemeente en de vervoerder over te late, gemiste of onveilige ritten;
3. de klachtenregistratie en de afhandeling van klachten van ouders;
4. alle documenten over het incident met een chauffeur op route 14 op 18 september 2025;
5. de beantwoording van de schriftelijke vragen van de raadsleden van {{O:Lokaal Altenaweerd}} en {{O:GroenLinks-PvdA}}.

Ik begrijp dat persoonsgegevens van kinderen en ouders niet openbaar worden. Ik heb er geen bezwaar tegen dat de stukken digitaal worden verstrekt, bij voorkeur via {{O:PLOOI}} of {{L:open.overheid.nl}}.

Mijn eigen zoon [[P:Daan]] reist sinds 2023 met het leerlingenvervoer naar {{Q:SBO De Regenboog}} in {{L:Oosterhout}}; ik heb zelf meerdere klachten ingediend.

Met vriendelijke groet,

[[P:Ilse Vermeulen-Bos]]
secretaris SOLA
""", producer=WORD, creator=WORD, author="[[P:I. Vermeulen]]")

# lv02 ontvangstbevestiging ------------------------------------------------------------------
add("lv02-ontvangstbevestiging", """
# Gemeente Altenaweerd
{{S:Burgemeester Van Grinsvenlaan 1}} – Postbus 100 – 5250 AC Altenaweerd – telefoon 14 0416

Mevrouw [[P:I. Vermeulen-Bos]]
[[A:Kerkakkers 14]]
[[A:5254 AB Altenaweerd]]

Datum: 12 januari 2026
Ons kenmerk: {{F:WOO-2026-0181}}
Onderwerp: ontvangstbevestiging Woo-verzoek leerlingenvervoer

Geachte mevrouw [[P:Vermeulen-Bos]],

Op 7 januari 2026 hebben wij uw verzoek ontvangen op grond van de {{W:Wet open overheid}} over het leerlingenvervoer in 2025. Uw verzoek is geregistreerd onder zaaknummer {{F:WOO-2026-0181}}.

Op grond van {{W:artikel 4.4}} van de Woo beslissen wij binnen vier weken na ontvangst. Wij kunnen deze termijn met twee weken verdagen. Omdat een deel van de documenten afkomstig is van {{O:Markland Personenvervoer B.V.}}, zullen wij deze {{Z:derde-belanghebbende}} in de gelegenheid stellen een zienswijze te geven (artikel 4.4, vierde lid, Woo).

Heeft u vragen? Neem dan contact op met het {{O:Juridisch Kenniscentrum}} via {{M:woo@altenaweerd.nl}} of telefoonnummer {{G:14 0416}}. Vermeld bij contact altijd het zaaknummer.

Met vriendelijke groet,
namens het college van burgemeester en wethouders van Altenaweerd,

[[P:mr. M.A. Brouwer]]
{{J:jurist informatiebeheer}}
""", engine="docx", author="[[P:Kees Hamers]]", title="Ontvangstbevestiging WOO-2026-0181")

# lv03 aanbestedingsleidraad (uittreksel) ---------------------------------------------------
add("lv03-aanbestedingsleidraad", """
# Aanbestedingsleidraad Leerlingenvervoer 2025-2029
Europese openbare aanbesteding – kenmerk {{F:ALT-2025-LLV-004}} – {{O:TenderNed}}-nummer {{F:412877}}
Aanbestedende dienst: {{O:gemeente Altenaweerd}}, mede namens de gemeenten {{L:Dongen}} en {{L:Loon op Zand}}

## 1. Inleiding
De {{O:gemeente Altenaweerd}} verzorgt op grond van artikel 4 van de {{W:Wet op het primair onderwijs}} en de {{W:Verordening leerlingenvervoer Altenaweerd 2024}} het vervoer van ongeveer 310 leerlingen naar het speciaal (basis)onderwijs, onder meer naar {{Q:SBO De Regenboog}}, {{Q:Mgr. Bekkersschool}} en {{Q:Mytylschool De Sterrenwachter}} in {{L:Tilburg}}. Deze opdracht is verdeeld in twee percelen: perceel 1 (aangepast vervoer, taxibusjes) en perceel 2 (rolstoelvervoer).

## 2. Inlichtingen en contact
Alle communicatie verloopt via de berichtenmodule van {{O:TenderNed}}. Contactpersoon voor procedurele vragen is de inkoopadviseur van het {{O:Inkoopbureau West-Brabant}}, de heer [[P:J. 't Hart]] ([[E:j.thart@ibwb.nl]], [[T:076 - 529 41 18]]). Contractmanager na gunning is de heer [[P:Ruud ter Horst]] van de afdeling {{O:Samenleving}}.

| Fase | Datum |
| Publicatie aankondiging | 3 maart 2025 |
| Sluiting vragenronde | 24 maart 2025 |
| Uiterste datum inschrijving | 22 april 2025, 12.00 uur |
| Voorlopige gunning | 27 mei 2025 |
| Start vervoer | 18 augustus 2025 |

## 3. Gunningscriterium
De opdracht wordt gegund op basis van de beste prijs-kwaliteitverhouding ({{Z:BPKV}}). Kwaliteit weegt 60 procent, prijs 40 procent. De kwaliteitscriteria zijn: K1 veiligheid en chauffeursbeleid (25%), K2 planning en stiptheid (15%), K3 communicatie met ouders en scholen (10%), K4 duurzaamheid en {{Z:zero-emissie}} (10%).

---
## 4. Eisen aan chauffeurs
Iedere chauffeur beschikt over een geldige {{Z:Verklaring Omtrent het Gedrag}} (VOG), een chauffeurspas en het certificaat {{Z:Leerlingenvervoer}} van {{O:SOOB}}. De vervoerder zet zoveel mogelijk vaste chauffeurs per route in. Chauffeurs spreken Nederlands op minimaal niveau {{Z:B1}}. Bij incidenten meldt de vervoerder dit binnen 24 uur aan de contractmanager van de gemeente.

## 5. Kwaliteit en boeteregeling
Een rit is te laat als de leerling meer dan 15 minuten na de afgesproken tijd op school aankomt. Bij meer dan 3 procent te late ritten per maand kan de gemeente een boete opleggen van € 250 per te late rit boven die norm. De vervoerder rapporteert maandelijks in het {{U:KPI-dashboard Leerlingenvervoer}}.

## 6. Klachtenprocedure
Ouders melden klachten bij de vervoerder via {{M:klachten@markland-vervoer.nl}} of bij de gemeente via {{M:leerlingenvervoer@altenaweerd.nl}}. De klachtenlijn van de vervoerder ({{G:0800-022 44 66}}) is op schooldagen bereikbaar van 6.30 tot 18.00 uur.

## 7. Bijlagen
Bijlage A Programma van Eisen; bijlage B Conceptovereenkomst; bijlage C Prijzenblad; bijlage D {{Z:Uniform Europees Aanbestedingsdocument}} ({{Z:UEA}}).
Deze leidraad is opgesteld door [[P:Joost 't Hart]] en [[P:Femke van der Linden-Hoekstra]] in opdracht van de {{O:gemeente Altenaweerd}}.
""", producer=ITEXT, creator="Negometrix", font="Times-Roman", title="Aanbestedingsleidraad ALT-2025-LLV-004")

# lv04 beoordelingsrapport ---------------------------------------------------------------------
add("lv04-beoordelingsrapport", """
# Beoordelingsrapport kwaliteit – {{F:ALT-2025-LLV-004}} perceel 1
Datum consensusoverleg: 14 mei 2025, {{S:Raadhuis Altenaweerd}}, zaal {{Q:De Hooge Weerd}}

De beoordelingscommissie bestond uit vier leden die ieder afzonderlijk de plannen van aanpak hebben gelezen (blind, zonder kennis van de prijs). Daarna is in een consensusoverleg onder leiding van het {{O:Inkoopbureau West-Brabant}} per criterium een gezamenlijk oordeel vastgesteld.

| Code | Naam | Functie | Organisatie |
| B1 | [[P:F.M. van der Linden-Hoekstra]] | beleidsmedewerker leerlingenvervoer | {{O:gemeente Altenaweerd}} |
| B2 | [[P:R. ter Horst]] | contractmanager | {{O:gemeente Altenaweerd}} |
| B3 | [[P:Gözde Şahin]] | consulent onderwijs | gemeente {{L:Dongen}} |
| B4 | [[P:Pieter-Jan Oomens]] | adviseur ouderparticipatie | {{O:Stichting MEE West-Brabant}} |
| voorzitter | [[P:J. 't Hart]] | inkoopadviseur | {{O:Inkoopbureau West-Brabant}} |

## Scores (schaal 0-10, na consensus)
| Inschrijver | K1 veiligheid | K2 stiptheid | K3 communicatie | K4 duurzaamheid |
| {{O:Markland Personenvervoer B.V.}} | 8 | 7 | 8 | 6 |
| {{O:Taxi Brabantstad B.V.}} | 7 | 7 | 6 | 8 |
| {{O:Zorgvervoer Zuid B.V.}} | 6 | 8 | 7 | 5 |

---
## Toelichting per criterium
K1: Markland beschrijft een chauffeursbeleid met vaste koppels chauffeur-route, een inwerkprogramma van twee weken en jaarlijkse herhaling van de {{Z:BHV}}-training. B3 ([[P:Şahin]]) merkt op dat het plan niet vermeldt hoe invalchauffeurs worden ingewerkt; na bespreking is de score 8 gebleven.
K2: Taxi Brabantstad gebruikt het planningssysteem {{Z:RitManager Pro}}; de commissie vond de bufferplanning in de ochtendspits minder overtuigend.
K3: B4 ([[P:Oomens]]) waardeert de ouderapp van Markland, waarin ouders de rit live kunnen volgen.
K4: Taxi Brabantstad zet vanaf 2026 volledig elektrische busjes in ({{Z:zero-emissie}}); Markland vanaf 2027.

## Paraaf commissieleden
| Code | Paraaf | Datum |
| B1 | [[C:FvdLH]] | 14-05-2025 |
| B2 | [[C:RtH]] | 14-05-2025 |
| B3 | [[C:GŞ]] | 15-05-2025 |
| B4 | [[C:PJO]] | 14-05-2025 |

Vastgesteld door de voorzitter, [[P:Joost 't Hart]], {{O:Inkoopbureau West-Brabant}}.
""", producer=ASPOSE, creator="Aspose.Words for .NET 23.5", font="DejaVuSans",
    outline=[("Beoordelingsrapport perceel 1", 0), ("Opmerkingen [[P:Ellen Kuijpers-Dorrestein]] (inkoop)", 1),
             ("Versie 3 – [[P:Mohamed Ait Taleb]]", 1)])

# lv05 gunningsbeslissing --------------------------------------------------------------------
add("lv05-gunningsbeslissing", """
# Gemeente Altenaweerd
{{O:Markland Personenvervoer B.V.}}
t.a.v. de directie
{{S:Industrieweg 27}}
5145 PD {{L:Waalwijk}}

Datum: 27 mei 2025
Kenmerk: {{F:ALT-2025-LLV-004/G1}}
Onderwerp: voorlopige gunning perceel 1 aangepast vervoer

Geachte directie,

Hierbij delen wij u mee dat wij voornemens zijn perceel 1 van de Europese openbare aanbesteding {{F:ALT-2025-LLV-004}} aan uw onderneming te gunnen. Uw inschrijving heeft de beste prijs-kwaliteitverhouding: totaalscore 81,4 punten. Nummer twee, {{O:Taxi Brabantstad B.V.}}, scoorde 77,9 punten.

Tot en met 16 juni 2025 geldt een opschortende termijn van twintig kalenderdagen. Na afloop daarvan volgt, als geen {{Z:kort geding}} aanhangig is gemaakt, de definitieve gunning en de ondertekening van de raamovereenkomst.

Wij verzoeken u uiterlijk 6 juni 2025 een kopie te sturen van de VOG's van uw planners en de verzekeringspolis. Voor vragen kunt u contact opnemen met de heer [[P:R. ter Horst]], {{J:contractmanager}}, telefoon [[T:(0416) 28 47 31]], e-mail [[E:r.terhorst@altenaweerd.nl]].

Hoogachtend,
burgemeester en wethouders van Altenaweerd,
namens dezen,

{{R:wethouder Hendriksen}}
wethouder Onderwijs, Jeugd en Vervoer

Kopie: {{O:Inkoopbureau West-Brabant}}, de heer [[P:'t Hart]]
""", producer=WORD, creator=WORD, author="[[P:ter Horst, R.]]")

# lv06 raamovereenkomst ------------------------------------------------------------------------
add("lv06-raamovereenkomst", """
# Raamovereenkomst Leerlingenvervoer perceel 1
Contractnummer {{F:ALT-CO-2025-0917}}

DE ONDERGETEKENDEN:
1. de {{O:gemeente Altenaweerd}}, gevestigd aan de {{S:Burgemeester Van Grinsvenlaan 1}} te {{L:Altenaweerd}}, te dezen rechtsgeldig vertegenwoordigd door {{R:wethouder B.J. Hendriksen}}, handelend ter uitvoering van het besluit van het college van 3 juni 2025, hierna: "de gemeente";
2. {{O:Markland Personenvervoer B.V.}}, gevestigd te {{L:Waalwijk}}, ingeschreven in het handelsregister van de {{O:Kamer van Koophandel}} onder nummer {{F:27184490}}, te dezen vertegenwoordigd door haar statutair directeur de heer [[P:H.J.M. Kuijpers]], hierna: "de vervoerder";

KOMEN OVEREEN ALS VOLGT:

## Artikel 1 Looptijd
De overeenkomst loopt van 18 augustus 2025 tot en met 31 juli 2027 en kan tweemaal met één schooljaar worden verlengd.

## Artikel 2 Prijzen
De vervoerder declareert maandelijks op basis van het prijzenblad (bijlage C): € 2,18 per gereden kilometer (busje), € 2,94 per kilometer (rolstoelbus), € 11,40 vaste ritprijs. Prijzen worden jaarlijks op 1 januari geïndexeerd volgens de {{Z:NEA-index}} personenvervoer.

## Artikel 3 Chauffeurs
3.1 De vervoerder zet uitsluitend chauffeurs in die voldoen aan paragraaf 4 van de leidraad.
3.2 Een chauffeur tegen wie een klacht over ongepast gedrag gegrond is verklaard, wordt niet meer ingezet op een route met leerlingen van de gemeente.
3.3 De vervoerder meldt ieder incident binnen 24 uur aan de contractmanager.

## Artikel 4 Kwaliteit en boete
4.1 Het percentage te late ritten bedraagt ten hoogste 3 procent per kalendermaand.
4.2 Bij overschrijding kan de gemeente een boete opleggen van € 250 per te late rit boven de norm, met een maximum van € 7.500 per maand.

---
## Artikel 5 Privacy
De vervoerder verwerkt persoonsgegevens van leerlingen als verwerker in de zin van de {{W:Algemene verordening gegevensbescherming}} ({{W:AVG}}). Partijen sluiten een verwerkersovereenkomst (bijlage E). Medische gegevens van leerlingen worden alleen verstrekt aan de chauffeur van de betreffende route voor zover nodig voor een veilige rit.

## Artikel 6 Contactpersonen
| Partij | Rol | Naam | Telefoon | E-mail |
| Gemeente | contractmanager | [[P:Ruud ter Horst]] | [[T:0416-284731]] | [[E:r.terhorst@altenaweerd.nl]] |
| Gemeente | beleid | [[P:Femke van der Linden]] | [[T:06 - 2891 4470]] | [[E:f.vanderlinden@altenaweerd.nl]] |
| Vervoerder | accountmanager | [[P:Dennis Oomen]] | [[T:+31 (0)6 5503 2219]] | [[E:d.oomen@markland-vervoer.nl]] |
| Vervoerder | planning | algemeen | {{G:0416-700 700}} | {{M:planning@markland-vervoer.nl}} |

## Artikel 7 Slotbepaling
Op deze overeenkomst zijn de {{W:Algemene Inkoopvoorwaarden Altenaweerd 2023}} van toepassing.

Aldus overeengekomen en in tweevoud ondertekend,

| Voor de gemeente | Voor de vervoerder |
| {{R:wethouder B.J. Hendriksen}} | [[P:H.J.M. Kuijpers]], directeur |
| Altenaweerd, 19 juni 2025 | Waalwijk, 18 juni 2025 |
""", producer=NITRO, creator="Nitro Pro 13", title="Raamovereenkomst ALT-CO-2025-0917")

# lv07 Outlook thread te late ritten ---------------------------------------------------------
add("lv07-mail-te-late-ritten", """
Van: [[P:Oomen, Dennis]] <[[E:d.oomen@markland-vervoer.nl]]>
Verzonden: dinsdag 7 oktober 2025 16:42
Aan: [[P:ter Horst, Ruud]] <[[E:r.terhorst@altenaweerd.nl]]>
CC: [[P:Linden-Hoekstra, Femke van der]] <[[E:f.vanderlinden@altenaweerd.nl]]>; [[P:Kuijpers, Harm-Jan]] <[[E:hj.kuijpers@markland-vervoer.nl]]>
Onderwerp: RE: te late ritten september – route 9, 14 en 22

Hoi [[P:Ruud]],

Eerlijk is eerlijk: september was geen goede maand. In de eerste drie weken hadden we 6,8 procent te late ritten, vooral op {{Z:route 14}} ({{L:Kaatsheuvel}} – {{L:Tilburg}}) en route 22. Oorzaken: twee chauffeurs ziek, een busje met motorstoring en de wegwerkzaamheden op de {{L:N261}}.

Vanaf 13 oktober zetten we op route 14 een vaste invalchauffeur in. Ook krijgt route 22 een extra busje in de ochtend. Over de boete wil ik graag in het {{Z:contractoverleg}} van 21 oktober praten.

Groet,
[[P:Dennis Oomen]]
{{J:Accountmanager}} {{O:Markland Personenvervoer B.V.}}
M [[T:06 12 34 56 78]] | T {{G:0416-700 700}}

Van: [[P:ter Horst, Ruud]] <[[E:r.terhorst@altenaweerd.nl]]>
Verzonden: maandag 6 oktober 2025 09:15
Aan: [[P:Oomen, Dennis]] <[[E:d.oomen@markland-vervoer.nl]]>
CC: [[P:Linden-Hoekstra, Femke van der]] <[[E:f.vanderlinden@altenaweerd.nl]]>
Onderwerp: te late ritten september – route 9, 14 en 22

Beste [[P:Dennis]],

In september hebben wij 23 klachten van ouders over te late ritten ontvangen; in augustus waren dat er vier. Volgens het {{U:KPI-dashboard Leerlingenvervoer}} lag het percentage te late ritten op 6,8 procent, ruim boven de norm van 3 procent uit artikel 4.1 van de overeenkomst.

Daarnaast ontving ik van mevrouw [[P:Schellekens]] (moeder van een leerling op route 9) de melding dat haar zoon twee keer om 9.05 uur nog thuis stond terwijl de school om 8.30 uur begint. Zij heeft ook laten weten dat zij naar de pers wil stappen.

Ik verzoek je mij uiterlijk 8 oktober een verbeterplan te sturen. Ik overweeg een boete op te leggen op grond van artikel 4.2.

Met vriendelijke groet,

[[P:Ruud ter Horst]]
{{J:Contractmanager leerlingenvervoer}}
Gemeente Altenaweerd | afdeling {{O:Samenleving}}
T [[T:(0416) 28 47 31]] (toestel [[T:231]]) | M [[T:0031 6 1847 2290]]
Werkdagen: ma, di, do
---
Van: [[P:Femke van der Linden-Hoekstra]]
Verzonden: woensdag 8 oktober 2025 08:02
Aan: [[P:ter Horst, Ruud]]
Onderwerp: RE: RE: te late ritten september – route 9, 14 en 22

[[P:Ruud]], dank. {{R:Wethouder Hendriksen}} wil graag voor het collegeoverleg van dinsdag een korte notitie, want raadslid {{R:Van Velthoven}} heeft aangekondigd vragen te stellen. Kun jij de cijfers aanleveren? Ik schrijf de tekst.
Voor de notitie: de klacht van mevrouw [[P:Schellekens]] graag niet met naam noemen.

[[P:Femke]]
""", producer=OUTLOOK, creator=OUTLOOK, font="DejaVuSans", author="[[P:Horst, R. ter]]")

# lv08 klachtbrief ouder (scan) ------------------------------------------------------------------
add("lv08-klachtbrief-scan", """
[[P:W. Schellekens-Aarts]]
[[A:Populierenlaan 52]]
5251 KR Altenaweerd

Aan de gemeente Altenaweerd, afdeling Leerlingenvervoer

Altenaweerd, 29 september 2025

Betreft: klacht over het vervoer van mijn zoon [[P:Daan Schellekens]]

Geachte heer, mevrouw,

Mijn zoon [[P:Daan]] (geboren [[D:11-02-2016]]) zit op route 9.
Op 16 en 23 september stond hij om 9.05 uur nog buiten te wachten.
Op 24 september reed de chauffeur zonder gordelcontrole weg.
Daan heeft [[H:ADHD]] en raakt daardoor snel overstuur.
Ik heb al drie keer gebeld met Markland maar er verandert niets.
Ik wil dat u ingrijpt, anders ga ik naar de krant.

Mijn telefoonnummer is [[T:06-38 91 02 47]].

~Met vriendelijke groet,
~[[P:Wendy Schellekens]]
""", scan=True, producer=SCANNER, creator=SCANNER, title="Scan 2025-09-30 10.14")

# lv09 klachtmail ouder El Ouardi ------------------------------------------------------------------
add("lv09-klachtmail-ouder", """
Van: [[P:Abdelkader El Ouardi]] <[[E:a.elouardi1979@hotmail.com]]>
Verzonden: donderdag 18 september 2025 17:55
Aan: {{M:leerlingenvervoer@altenaweerd.nl}}
CC: {{M:klachten@markland-vervoer.nl}}
Onderwerp: Onveilige situatie in het busje van {{Z:route 14}} – dringend

Geachte heer/mevrouw,

Vanmiddag kwam mijn dochter [[P:Yasmina]] (10 jaar, {{Z:groep 6}} van {{Q:Mgr. Bekkersschool}}) huilend thuis. Volgens haar heeft de chauffeur van route 14 onderweg hard geschreeuwd tegen een jongen achterin en hem aan zijn arm uit de bus getrokken bij de {{L:Efteling}}-rotonde in {{L:Kaatsheuvel}}. Daarna reed hij met hoge snelheid verder en belde hij de hele tijd met zijn telefoon in de hand.

Ik wil weten wie deze chauffeur is en of hij morgen weer rijdt. Mijn dochter durft niet meer in te stappen. Zij heeft [[H:een angststoornis]] en is onder behandeling bij {{O:GGZ Breburg}}; dit incident is voor haar heel ingrijpend.

Ik ben morgen bereikbaar op [[T:+31 6 4410 9327]] of op mijn werk ([[T:013 - 544 29 08]]).

Met vriendelijke groet,
[[P:A. El Ouardi]]
[[A:Zeshoevenstraat 8b]], [[A:5171 BP Kaatsheuvel]]

Verzonden vanaf mijn {{Z:iPhone}}

--- Automatisch antwoord ---
Van: {{M:leerlingenvervoer@altenaweerd.nl}}
Aan: [[E:a.elouardi1979@hotmail.com]]
Onderwerp: Ontvangen: Onveilige situatie in het busje van route 14 – dringend

Wij hebben uw bericht ontvangen. U krijgt binnen vijf werkdagen antwoord. Bij spoed belt u de klachtenlijn van de vervoerder: {{G:0800-022 44 66}}. Kenmerk: {{F:KL-2025-0412}}.
""", producer=OUTLOOK, creator=OUTLOOK, font="DejaVuSerif", title="Onveilige situatie in het busje van route 14")

# lv10 klachtenregistratie ---------------------------------------------------------------------
add("lv10-klachtenregistratie", """
# Klachtenregistratie leerlingenvervoer – 3e kwartaal 2025
Bron: zaaksysteem {{Z:Djuma}}, export 2 oktober 2025 door team {{O:Onderwijs & Jeugd}}

| Nr. | Datum | Melder | Leerling | Route | Soort klacht | Status |
| {{F:KL-2025-0377}} | 19-08 | [[P:S. de Wit-Verhoeven]] | [[P:Finn de Wit]] | 3 | bus niet verschenen | afgehandeld |
| {{F:KL-2025-0381}} | 21-08 | [[P:P. Mulder]] | [[P:Lotte Mulder]] | 14 | rolstoel niet goed vastgezet | afgehandeld |
| {{F:KL-2025-0390}} | 02-09 | [[P:J. Nieuwenhuizen]] | [[P:Sem Nieuwenhuizen]] | 22 | 25 min te laat | afgehandeld |
| {{F:KL-2025-0396}} | 08-09 | [[P:Ö. Yıldız]] | [[P:Elif Yıldız]] | 22 | 30 min te laat | afgehandeld |
| {{F:KL-2025-0401}} | 16-09 | [[P:W. Schellekens-Aarts]] | [[P:Daan Schellekens]] | 9 | te laat, leerling stond buiten | in behandeling |
| {{F:KL-2025-0404}} | 17-09 | [[P:M. van 't Veer]] | [[P:Noah van 't Veer]] | 9 | te laat | afgehandeld |
| {{F:KL-2025-0412}} | 18-09 | [[P:A. El Ouardi]] | [[P:Yasmina El Ouardi]] | 14 | gedrag chauffeur, onveilig rijden | doorgezet naar vervoerder |
| {{F:KL-2025-0413}} | 18-09 | [[P:B. Kramer]] | [[P:Milan Kramer]] | 14 | gedrag chauffeur | doorgezet naar vervoerder |
| {{F:KL-2025-0420}} | 23-09 | [[P:W. Schellekens-Aarts]] | [[P:Daan Schellekens]] | 9 | te laat, gordel niet gecontroleerd | in behandeling |
| {{F:KL-2025-0427}} | 26-09 | [[P:R. Bakker-Ouwerkerk]] | [[P:Jesse Bakker]] | 31 | chauffeur rookte in bus | gegrond |

---
## Samenvatting
In het derde kwartaal van 2025 zijn 41 klachten geregistreerd (tweede kwartaal: 12). Van deze klachten gingen er 27 over te late ritten, 8 over het gedrag van chauffeurs, 4 over de veiligheid in het voertuig (gordels, rolstoelvastzetting) en 2 over de communicatie van de vervoerder. {{Z:Route 9}} en {{Z:route 14}} springen eruit.

De klachten over het gedrag van de chauffeur op route 14 op 18 september ({{F:KL-2025-0412}} en {{F:KL-2025-0413}}) zijn op 19 september doorgezet naar {{O:Markland Personenvervoer B.V.}} met het verzoek om een incidentrapport. De vervoerder heeft de chauffeur per 19 september van de route gehaald.

Behandelaar registratie: [[P:S. Koçak]] ([[E:s.kocak@altenaweerd.nl]]); controle: [[C:FvdL]].
""", producer=ASPOSE, creator="Aspose.Cells for .NET 23.4", font="DejaVuSans", fontsize=9,
    title="Klachtenregistratie Q3 2025")

# lv11 incidentrapport vervoerder ----------------------------------------------------------------
add("lv11-incidentrapport", """
# Incidentrapport {{O:Markland Personenvervoer B.V.}}
Formulier {{F:MPV-Q-07}} versie 4 – vertrouwelijk

| Veld | Invulling |
| Incidentnummer | {{F:INC-2025-0093}} |
| Datum en tijd | 18 september 2025, ca. 15.20 uur |
| Route / voertuig | {{Z:route 14}}, busnummer {{F:MPV-218}} |
| Chauffeur | [[P:Ricardo dos Santos]], personeelsnummer [[N:MPV-04417]] |
| Geboortedatum chauffeur | [[D:3 juni 1987]] |
| In dienst sinds | 1 juli 2024 (uitzendkracht via {{O:Randstad}}) |
| Melder | planner [[P:Chantal Verhoef]], na telefoontje van de school |
| Betrokken leerlingen | [[P:Milan Kramer]] (11), [[P:Yasmina El Ouardi]] (10) en vier anderen |

## Feitenrelaas
Volgens de eigen verklaring van de chauffeur weigerde [[P:Milan]] zijn gordel om te doen en schopte hij tegen de stoel. De chauffeur is gestopt op de parkeerplaats bij de rotonde en heeft de leerling volgens eigen zeggen "bij de mouw" uit de bus gehaald om hem op een andere stoel te zetten. De chauffeur ontkent dat hij heeft geschreeuwd. Hij erkent dat hij tijdens de rit heeft gebeld met een {{Z:handsfree-set}}; volgens twee leerlingen had hij de telefoon in de hand.
De dashcam van bus {{F:MPV-218}} was op dat moment niet actief (geheugenkaart vol).

## Maatregelen
1. De chauffeur is per 19 september 2025 niet meer ingezet op routes van de {{O:gemeente Altenaweerd}}.
2. Gesprek met de chauffeur op 22 september door {{J:operationeel manager}} [[P:Harm-Jan Kuijpers]] en {{J:HR-adviseur}} [[P:Lieke Manders]].
3. De uitzendovereenkomst met [[P:dos Santos]] is per 1 oktober 2025 beëindigd.
4. Alle dashcams worden wekelijks gecontroleerd; alle chauffeurs krijgen een herhaling van de training {{U:Omgaan met gedrag in het leerlingenvervoer}} van {{O:SOOB}}.

Opgesteld: [[P:C. Verhoef]], planner, [[T:0416-700 712]] | Gezien: [[P:H.J. Kuijpers]], 24-09-2025
""", producer=PDFPEN, creator="PDFpen", font="Helvetica", author="[[P:Verhoef, Chantal]]")

# lv12 WhatsApp export planners/chauffeurs --------------------------------------------------------
add("lv12-whatsapp-route14", """
# WhatsApp-chat "Routes {{L:Altenaweerd}} 🚐"
Geëxporteerd 25-09-2025 op verzoek van de gemeente. Deelnemers: planning {{O:Markland}}, chauffeurs routes 9, 14, 22.

[18-09-25 15:31] [[P:Chantal]] planning: [[P:Ricardo]] bel me NU even, school belt over {{Z:route 14}}
[18-09-25 15:33] [[P:Ricardo DS]]: ben aan het rijden, kleine jongen maakt gedoe, alles onder controle
[18-09-25 15:34] [[P:Chantal]] planning: Stop even veilig en bel. Niet met telefoon in hand rijden!!
[18-09-25 15:47] [[P:Ricardo DS]]: jongen zat niet vast, ik heb hem naar voren gezet. Niks aan de hand
[18-09-25 15:52] [[P:Kees]] route 22: 👍 die jongen ken ik, die van de [[P:Kramers]]
[18-09-25 15:53] [[P:Chantal]] planning: Kees, geen namen van kinderen in deze groep aub
[18-09-25 16:10] [[P:Harm-Jan]] MPV: Ricardo morgen niet op 14. [[P:Bouchra]] neemt over, ik bel je vanavond
[18-09-25 16:12] [[P:Bouchra]]: ok top, stuur me even de adressen via de app van {{Z:RitManager Pro}}
[18-09-25 16:14] [[P:Chantal]] planning: zit er al in. Let op: meisje op adres 3 heeft [[H:epilepsie]], noodmedicatie zit in haar tas
[18-09-25 16:15] [[P:Bouchra]]: 👌
[19-09-25 07:02] [[P:Mo]] (route 9): busje 211 start niet, sta bij {{O:Autobedrijf Van Gils}}. Route 9 wordt 20 min later
[19-09-25 07:04] [[P:Chantal]] planning: pff. Ik bel de ouders. [[P:Mo]] bel [[T:06-24 66 81 30]] als je weg kan
[19-09-25 07:40] [[P:Mo]] (route 9): rijdend 🙏 mevrouw van [[P:Daan]] weer boos
[19-09-25 09:12] [[P:Harm-Jan]] MPV: gemeente ([[P:Ruud]]) wil vandaag incidentrapport. [[P:Chantal]] jij?
[19-09-25 09:13] [[P:Chantal]] planning: ja komt goed
[22-09-25 11:20] [[P:Harm-Jan]] MPV: gesprek met Ricardo gehad. Hij stopt per 1/10. Graag geen verdere discussie hier
""", producer="Skia/PDF m118", creator="WhatsApp", font="DejaVuSans", fontsize=9)

# lv13 Teams chat ambtenaren ---------------------------------------------------------------
add("lv13-teams-chat", """
# Chat: Leerlingenvervoer incident {{Z:route 14}}
{{Z:Microsoft Teams}} – export 19 september 2025 – deelnemers: [[P:Femke van der Linden-Hoekstra]], [[P:Ruud ter Horst]], [[P:Sevda Koçak]], [[P:Thijs Wolters]]

[[P:Sevda Koçak]] 08:47
Morgen allemaal. Gisteren 2 klachten binnen over de chauffeur van route 14 ({{F:KL-0412}} en 0413). Vader van [[P:Yasmina]] heeft ook al {{O:Omroep Brabant}} gebeld.

[[P:Ruud ter Horst]] 08:52
Ik heb [[P:Dennis]] van {{O:Markland}} net gesproken, chauffeur is eraf. Ik heb om een incidentrapport gevraagd binnen 24u zoals het contract zegt.

[[P:Thijs Wolters]] 09:05
Goed. Moeten we dit melden bij de wethouder? Ik denk het wel, voordat het in de krant staat.

[[P:Femke van der Linden-Hoekstra]] 09:06
Ja. Ik bel met [[P:Anke]] van het bestuurssecretariaat, dan kan het in het {{Z:portefeuillehoudersoverleg}} van maandag. {{R:Wethouder Hendriksen}} zit vandaag bij de {{O:VNG}} in {{L:Den Haag}}.

[[P:Sevda Koçak]] 09:10
Let op: bij 1 van de kinderen in die bus ([[P:Lotte]]) staat in het dossier [[H:epilepsie met noodmedicatie]]. Weet de nieuwe chauffeur dat?

[[P:Ruud ter Horst]] 09:14
Goed punt. Ik vraag het na bij Markland. Staat in hun systeem.

[[P:Thijs Wolters]] 09:20
[[P:Femke]], wil jij ook de persvoorlichter meenemen? Als er vragen komen verwijzen we naar {{M:communicatie@altenaweerd.nl}}.

[[P:Femke van der Linden-Hoekstra]] 09:21
👍 doe ik. [[P:Sevda]] kun jij de ouders terugbellen? Telefoonnummer van de vader staat in de mail: [[T:+31 6 4410 9327]].

[[P:Sevda Koçak]] 09:22
Ja doe ik vanmiddag.
""", producer="Microsoft: Print To PDF", creator="Microsoft Teams", font="DejaVuSans",
    notes=[(0, "[[P:Marieke Brouwer]]", "Export voor Woo-verzoek; nog afstemmen met [[P:Joyce Lambregts]] (archief) welke chatberichten onder het verzoek vallen.", [400, 760, 420, 780])])

# lv14 beslisnota boete ------------------------------------------------------------------------
add("lv14-beslisnota-boete", """
# Beslisnota
| Aan | {{R:wethouder Hendriksen}} (Onderwijs, Jeugd en Vervoer) |
| Van | team {{O:Onderwijs & Jeugd}}, [[P:F.M. van der Linden-Hoekstra]] |
| Datum | 10 oktober 2025 |
| Kenmerk | {{F:Z/25/118402}} |
| Onderwerp | boete vervoerder te late ritten september en incident route 14 |
| Contactpersoon | [[P:R. ter Horst]], [[T:06-18 47 22 90]], [[E:r.terhorst@altenaweerd.nl]] |

## Aanleiding
In september 2025 was 6,8 procent van de ritten van {{O:Markland Personenvervoer B.V.}} te laat, tegen een norm van 3 procent. Op 18 september deed zich op route 14 een incident voor met een chauffeur. De raadsleden {{R:Van Velthoven}} ({{O:Lokaal Altenaweerd}}) en {{R:Aydın}} ({{O:GroenLinks-PvdA}}) hebben schriftelijke vragen aangekondigd.

## Geadviseerd besluit
Aan de wethouder wordt gevraagd:
1. in te stemmen met het opleggen van een boete van € 7.500 (het maximum per maand) op grond van artikel 4.2 van de raamovereenkomst;
2. kennis te nemen van het incidentrapport en de maatregelen van de vervoerder;
3. in te stemmen met een extra kwaliteitsoverleg iedere twee weken tot en met december 2025.

## Kern
Het aantal te late ritten boven de norm bedroeg in september 112 ritten; de boete zou op basis daarvan € 28.000 bedragen, maar is begrensd op € 7.500. De vervoerder heeft een {{Z:verbeterplan}} ingediend (vaste invalchauffeur route 14, extra busje route 22). De oorzaken liggen deels buiten de invloed van de vervoerder (wegwerkzaamheden {{L:N261}}).

---
## Krachtenveld
De ouderorganisatie {{O:SOLA}} heeft aangegeven een Woo-verzoek te overwegen. De vervoerder vindt de boete onredelijk vanwege de wegwerkzaamheden. Het {{O:Inkoopbureau West-Brabant}} adviseert de boete wel op te leggen om precedentwerking te voorkomen.

## Informatie die niet openbaar gemaakt kan worden
Het incidentrapport van de vervoerder bevat persoonsgegevens van de chauffeur en van leerlingen.

## Parafen
| Naam | Functie | Paraaf | Datum |
| [[P:F.M. van der Linden-Hoekstra]] | beleidsmedewerker | [[C:FvdLH]] | 10-10-2025 |
| [[P:T. Wolters]] | teamleider Onderwijs & Jeugd | [[C:TW]] | 10-10-2025 |
| [[P:drs. A.C. Mertens-Oduya]] | afdelingsmanager Samenleving | [[C:ACMO]] | 13-10-2025 |

Besluit wethouder: akkoord, 14 oktober 2025. {{R:wethouder Hendriksen}}
""", producer=WORD, creator=WORD, font="DejaVuSerif", author="[[P:Linden-Hoekstra, F.M. van der]]")

# lv15 aanvraagformulier (AcroForm) ----------------------------------------------------------
add("lv15-aanvraagformulier", """
# Aanvraag leerlingenvervoer schooljaar 2025-2026
Digitaal formulier {{F:LLV-A-2025}} – {{O:gemeente Altenaweerd}}, team {{O:Onderwijs & Jeugd}}
[FIELDS]
## Toelichting bij het formulier
U vraagt leerlingenvervoer aan op grond van de {{W:Verordening leerlingenvervoer Altenaweerd 2024}}. Voor leerlingen van het speciaal onderwijs geldt geen afstandsgrens; voor leerlingen van het speciaal basisonderwijs een afstand van meer dan 6 kilometer. Voeg een verklaring van de school of een deskundige toe als uw kind vanwege een handicap of ziekte niet zelfstandig kan reizen. Medische gegevens worden alleen gebruikt voor de beoordeling van deze aanvraag en voor een veilige rit (artikel 9 {{W:AVG}}).
Stuur het formulier vóór 1 mei naar {{M:leerlingenvervoer@altenaweerd.nl}} of naar Postbus 100, 5250 AC Altenaweerd. Vragen? Bel {{G:14 0416}}.
Verwerking: uw gegevens worden bewaard volgens de {{W:Archiefwet 1995}} en de {{Z:Selectielijst gemeenten en intergemeentelijke organen 2020}}.
""", producer="Adobe Experience Manager forms", creator="Adobe LiveCycle Designer 11.0", font="Helvetica",
    fields=[("Naam leerling", "leerling_naam", "[[P:Lotte Mulder]]"),
            ("Geboortedatum", "leerling_gebdat", "[[D:14-03-2015]]"),
            ("BSN leerling", "leerling_bsn", "[[B:218443907]]"),
            ("School", "school", "Mytylschool De Sterrenwachter, Tilburg"),
            ("Naam ouder/verzorger", "ouder_naam", "[[P:P.J. Mulder-Tjon A Fong]]"),
            ("Adres", "adres", "[[A:Wilhelminastraat 117]], 5251 GL Altenaweerd"),
            ("Telefoon", "telefoon", "[[T:06 - 55 10 83 26]]"),
            ("E-mail", "email", "[[E:priscilla.mulder@kpnmail.nl]]"),
            ("Reden aanvraag", "reden", "[[H:spastische diplegie, rolstoelgebonden]]"),
            ("Medicatie tijdens rit", "medicatie", "[[H:Buccolam 7,5 mg bij aanval]]"),
            ("Ingevuld door", "ingevuld", "[[P:Priscilla Mulder]]")])

# lv16 indicatiebesluit (beschikking) ----------------------------------------------------------
add("lv16-beschikking-indicatie", """
# Gemeente Altenaweerd
Aan de ouders/verzorgers van [[P:Lotte Mulder]]
[[A:Wilhelminastraat 117]]
[[A:5251 GL Altenaweerd]]

Datum: 8 juli 2025
Ons kenmerk: {{F:LLV/25/0733}}
Onderwerp: beschikking leerlingenvervoer [[P:Lotte]]

Geachte heer en mevrouw [[P:Mulder]],

Op 22 april 2025 ontvingen wij uw aanvraag voor leerlingenvervoer voor uw dochter [[P:Lotte Mulder]], geboren op [[D:14 maart 2015]], burgerservicenummer [[B:2184.43.907]]. In deze brief leest u ons besluit.

## Besluit
Wij kennen uw dochter aangepast vervoer toe ({{Z:rolstoelbus}}) van uw woonadres naar {{Q:Mytylschool De Sterrenwachter}} in {{L:Tilburg}}, voor de periode van 18 augustus 2025 tot en met 10 juli 2026. Het vervoer wordt uitgevoerd door {{O:Markland Personenvervoer B.V.}} ({{Z:route 14}}). Een eigen bijdrage is niet verschuldigd (artikel 12 van de {{W:Verordening leerlingenvervoer Altenaweerd 2024}}).

## Motivering
Uit de aanvraag en het advies van de jeugdarts van de {{O:GGD Hart voor Brabant}} blijkt dat [[P:Lotte]] [[H:door een spastische diplegie rolstoelgebonden is]] en [[H:een vorm van epilepsie heeft waarvoor zij noodmedicatie bij zich draagt]]. Zij kan daardoor niet zelfstandig of met het openbaar vervoer reizen, ook niet onder begeleiding. De afstand van de woning tot de school bedraagt 21,4 kilometer. Aangepast vervoer is daarom de goedkoopste passende vervoersvoorziening (artikel 4 van de verordening).

De chauffeur ontvangt een instructie over de noodmedicatie. Wij geven daarvoor alleen het strikt noodzakelijke door aan de vervoerder.

---
## Bezwaar
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending bezwaar maken bij het college van burgemeester en wethouders, Postbus 100, 5250 AC Altenaweerd, of digitaal via {{L:www.altenaweerd.nl/bezwaar}} met {{Z:DigiD}}. Dit staat in artikel 6:7 van de {{W:Algemene wet bestuursrecht}}.

Met vriendelijke groet,
burgemeester en wethouders van Altenaweerd,
namens dezen,

[[P:S. Koçak]]
consulent leerlingenvervoer
Telefoon [[T:(0416) 28 47 65]] (maandag t/m donderdag)

Afschrift: {{O:Markland Personenvervoer B.V.}} (alleen gegevens route en noodmedicatie)
""", producer=ITEXT, creator="Djuma documentcreatie", font="DejaVuSans", title="Beschikking LLV/25/0733")

# lv17 advies jeugdarts ---------------------------------------------------------------------------
add("lv17-advies-jeugdarts", """
# {{O:GGD Hart voor Brabant}} – Jeugdgezondheidszorg
Medisch advies leerlingenvervoer – VERTROUWELIJK

Aan: {{O:gemeente Altenaweerd}}, team {{O:Onderwijs & Jeugd}}, t.a.v. mevrouw [[P:S. Koçak]]
Datum: 27 juni 2025
Ons kenmerk: {{F:JGZ-LLV-2025-214}}
Betreft: [[P:Lotte Mulder]], geboren [[D:14-03-2015]]

Op uw verzoek heb ik het dossier beoordeeld en op 24 juni 2025 met moeder gesproken.

## Bevindingen
[[P:Lotte]] heeft [[H:een spastische diplegie (cerebrale parese, GMFCS-niveau IV)]] en verplaatst zich in een handbewogen rolstoel. Daarnaast is sinds 2022 sprake van [[H:focale epilepsie met gemiddeld één aanval per maand]]; bij een aanval langer dan vijf minuten moet [[H:midazolam (Buccolam) in het wangzakje]] worden gegeven. Zij gebruikt dagelijks [[H:levetiracetam]].

## Advies
1. Vervoer in een rolstoelbus met vastzetsysteem volgens {{Z:ISO 10542}}, de leerling blijft in haar eigen rolstoel zitten.
2. Vaste chauffeur; de chauffeur is geïnstrueerd over het herkennen van een aanval en het toedienen van de noodmedicatie (instructiekaart bij de ouders).
3. Maximale reistijd 60 minuten per rit.

De gemeente ontvangt alleen dit advies, niet het medisch dossier. Dit advies is gebaseerd op artikel 4 lid 2 van de {{W:Verordening leerlingenvervoer Altenaweerd 2024}}.

Met collegiale groet,

[[P:E.M. Rozendaal-Smit]], jeugdarts KNMG
{{O:GGD Hart voor Brabant}}, locatie {{L:Waalwijk}}, {{S:Laan van Hildernisse 4}}
T [[T:088 - 368 71 42]] | algemeen {{G:0900-463 64 43}}
""", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", font="Helvetica",
    notes=[(0, "[[P:Koçak, Sevda]]", "Advies overnemen in beschikking. Diagnose NIET in de beschikking aan Markland, alleen noodmedicatie. Overleg met [[P:Lieke Manders]] van Markland? Nee, loopt via [[P:Dennis]].", [480, 700, 500, 720]),
           (0, "[[P:Femke vd Linden]]", "Akkoord. Bel me als de GGD nog iets wil: [[T:06-28914470]]", [480, 640, 500, 660])])

# lv18 verklaring chauffeur (scan, handgeschreven) --------------------------------------------------
add("lv18-verklaring-chauffeur-scan", """
# Verklaring chauffeur incident route 14
Markland Personenvervoer B.V. - formulier MPV-Q-08

Naam chauffeur: [[P:Ricardo dos Santos]]
Personeelsnummer: [[N:MPV-04417]]
Datum incident: 18-09-2025

~Ik reed route 14 terug van school. Een jongen ([[P:Milan]]) deed
~zijn gordel steeds los en schopte tegen mijn stoel.
~Ik ben gestopt bij de rotonde en heb hem bij de mouw
~naar de stoel vooraan gezet. Ik heb niet geschreeuwd.
~Ik belde met de planning via de oortjes.
~Ik vind het jammer dat ik niet meer mag rijden.

Handtekening:
~[[P:R. dos Santos]]
Ontvangen door planning: [[P:C. Verhoef]] op 19-09-2025
""", scan=True, producer=KODAK, creator=KODAK)

# lv19 schriftelijke vragen raadsleden ----------------------------------------------------------
add("lv19-raadsvragen", """
# Schriftelijke vragen ex artikel 40 van het Reglement van orde
Aan het college van burgemeester en wethouders van Altenaweerd
Datum: 2 oktober 2025
Van: {{R:raadslid Jeroen van Velthoven}} ({{O:Lokaal Altenaweerd}}) en {{R:raadslid Gülşen Aydın}} ({{O:GroenLinks-PvdA}})
Onderwerp: problemen met het leerlingenvervoer sinds de nieuwe vervoerder

Geacht college,

Sinds de start van het nieuwe schooljaar bereiken ons veel signalen van ouders over het leerlingenvervoer. Kinderen komen structureel te laat op school, ouders krijgen geen bericht en op 18 september heeft zich volgens het {{O:Brabants Dagblad}} een ernstig incident voorgedaan met een chauffeur op een route naar {{L:Kaatsheuvel}}. Wij hebben daarom de volgende vragen.

1. Hoeveel ritten waren in augustus en september 2025 te laat, en hoeveel klachten heeft de gemeente ontvangen?
2. Klopt het dat {{O:Markland Personenvervoer B.V.}} de norm van 3 procent te late ritten uit de overeenkomst ruim heeft overschreden? Zo ja, legt het college een boete op?
3. Wat is er op 18 september precies gebeurd? Is de betrokken chauffeur nog in dienst? Hoe wordt gecontroleerd of chauffeurs een geldige {{Z:VOG}} hebben?
4. Waarom woog bij de aanbesteding de prijs 40 procent? Is het college bereid bij een volgende aanbesteding kwaliteit zwaarder te laten wegen, zoals de {{O:Stichting Ouders Leerlingenvervoer Altenaweerd}} bepleit?
5. Hoe worden ouders voortaan geïnformeerd als een rit te laat is? Is de ouderapp van de vervoerder al in gebruik?
6. Is het college bereid de raad elk kwartaal te informeren over de prestaties van de vervoerder via het {{U:KPI-dashboard Leerlingenvervoer}}?

Wij zien de beantwoording graag binnen dertig dagen tegemoet.

{{R:Jeroen van Velthoven}}, fractievoorzitter {{O:Lokaal Altenaweerd}}
{{R:Gülşen Aydın}}, raadslid {{O:GroenLinks-PvdA}}

Behandeld door de griffie: {{M:griffie@altenaweerd.nl}}
""", producer=WORD, creator=WORD, font="DejaVuSans", author="[[P:Bosman, Tineke]]", title="Art. 40 vragen leerlingenvervoer")

# lv20 antwoord college op raadsvragen --------------------------------------------------------
add("lv20-antwoord-raadsvragen", """
# Beantwoording schriftelijke vragen
Raadsinformatiebrief {{F:RIB-2025-061}} – Altenaweerd, 28 oktober 2025
Vragen van {{R:raadslid Van Velthoven}} ({{O:Lokaal Altenaweerd}}) en {{R:raadslid Aydın}} ({{O:GroenLinks-PvdA}}) over het leerlingenvervoer

Vraag 1. In augustus was 2,1 procent van de ritten te laat, in september 6,8 procent. De gemeente ontving in het derde kwartaal 41 klachten, waarvan 27 over te late ritten.

Vraag 2. Ja. Het college heeft op 14 oktober 2025 een boete van € 7.500 opgelegd, het maximum per maand op grond van artikel 4.2 van de overeenkomst. De vervoerder heeft een verbeterplan uitgevoerd; in oktober lag het percentage op 2,6.

Vraag 3. Op 18 september heeft een chauffeur een leerling tijdens de rit op een andere zitplaats gezet nadat de leerling herhaaldelijk zijn gordel losmaakte. Over de wijze waarop dat gebeurde en over het bellen tijdens de rit zijn klachten binnengekomen. De vervoerder heeft de chauffeur direct van de route gehaald; de chauffeur is niet meer werkzaam voor de vervoerder. Om de privacy van de betrokkenen te beschermen doet het college geen verdere mededelingen over personen. De contractmanager controleert ieder kwartaal steekproefsgewijs VOG's en chauffeurspassen.

Vraag 4. De verhouding 60/40 is gebruikelijk in de regio en is vastgesteld na een marktconsultatie. Het college is bereid bij de volgende aanbesteding de kwaliteit zwaarder te laten wegen en betrekt daarbij de {{O:Stichting Ouders Leerlingenvervoer Altenaweerd}} en de {{O:Adviesraad Sociaal Domein}}.

Vraag 5. Sinds 1 oktober 2025 gebruikt de vervoerder de ouderapp {{Z:Ritvolger}}. Ouders krijgen een pushbericht bij een vertraging van meer dan tien minuten.

Vraag 6. Ja. Het college stuurt de raad vanaf januari 2026 elk kwartaal een overzicht uit het {{U:KPI-dashboard Leerlingenvervoer}}.

Burgemeester en wethouders van Altenaweerd,
de secretaris, {{R:drs. P.J. Rietveld}}
de burgemeester, {{R:mr. M.C. Teunissen-Baas}}

Inlichtingen bij: [[P:mevrouw F. van der Linden-Hoekstra]], telefoon [[T:06-28914470]], [[E:f.vanderlinden@altenaweerd.nl]]
""", producer=ASPOSE, creator="Aspose.Words for .NET 23.5", font="DejaVuSans", title="RIB-2025-061")

# lv21 verslag contractoverleg ---------------------------------------------------------------
add("lv21-verslag-contractoverleg", """
# Verslag {{Z:contractoverleg}} leerlingenvervoer
Datum: 21 oktober 2025, 10.00-11.30 uur, {{S:Raadhuis Altenaweerd}}, kamer 2.14
Kenmerk: {{F:Z/25/118402-V3}}

| Aanwezig | Organisatie | Functie |
| [[P:Ruud ter Horst]] (voorzitter) | {{O:gemeente Altenaweerd}} | contractmanager |
| [[P:Femke van der Linden-Hoekstra]] | {{O:gemeente Altenaweerd}} | beleidsmedewerker |
| [[P:Sevda Koçak]] | {{O:gemeente Altenaweerd}} | consulent |
| [[P:Dennis Oomen]] | {{O:Markland Personenvervoer B.V.}} | accountmanager |
| [[P:Harm-Jan Kuijpers]] | {{O:Markland Personenvervoer B.V.}} | operationeel manager |
| [[P:Lieke Manders]] | {{O:Markland Personenvervoer B.V.}} | HR-adviseur (agendapunt 3) |
| Afwezig: [[P:Joost 't Hart]] | {{O:Inkoopbureau West-Brabant}} | inkoopadviseur |

## 1. Opening en verslag vorig overleg
Het verslag van 23 september wordt vastgesteld. Actiepunt {{F:2025-14}} (ouderapp) is afgerond.

## 2. Prestaties september en oktober
[[P:Oomen]] licht het verbeterplan toe. Het percentage te late ritten daalde van 6,8 (september) naar 2,6 procent (1-20 oktober). {{Z:Route 22}} rijdt sinds 13 oktober met twee busjes. [[P:Ter Horst]] meldt dat de wethouder een boete van € 7.500 heeft opgelegd. [[P:Kuijpers]] maakt bezwaar: de wegwerkzaamheden op de {{L:N261}} waren bij de inschrijving niet bekend. Afgesproken wordt dat de vervoerder een onderbouwing stuurt; de gemeente heroverweegt de boete niet, maar neemt de omstandigheden mee bij de evaluatie.

---
## 3. Incident route 14
[[P:Manders]] licht toe dat de betrokken chauffeur een uitzendkracht was en dat de inzet per 1 oktober is beëindigd. De VOG was geldig (afgegeven 12 juni 2024). [[P:Koçak]] vraagt of de invalchauffeur geïnstrueerd is over de noodmedicatie van een leerling op {{Z:route 14}}; [[P:Kuijpers]] bevestigt dit. De gemeente vraagt alle chauffeurs op routes met medische protocollen een instructiekaart te geven.

## 4. Woo-verzoek {{O:SOLA}} (aangekondigd)
[[P:Van der Linden-Hoekstra]] meldt dat de oudervereniging een Woo-verzoek heeft aangekondigd. De vervoerder wordt om een zienswijze gevraagd als zijn stukken onder het verzoek vallen.

## Actielijst
| Nr. | Actie | Wie | Gereed |
| 2025-17 | onderbouwing boete en wegwerkzaamheden | [[C:DO]] | 4 nov |
| 2025-18 | instructiekaarten medische protocollen alle routes | [[C:HJK]] | 1 nov |
| 2025-19 | steekproef VOG's en chauffeurspassen Q4 | [[C:RtH]] | 15 dec |
| 2025-20 | kwartaalrapportage voor de raad | [[C:FvdLH]] / [[C:SK]] | 15 jan |

Volgende overleg: 4 november 2025. Verslag: [[P:S. Koçak]].
""", producer=WORD, creator=WORD, font="Helvetica", fontsize=9, xmp_creator="[[P:Sevda Kocak]]")

# lv22 rooster chauffeurs ---------------------------------------------------------------------
add("lv22-rooster-chauffeurs", """
# Routeoverzicht en chauffeursrooster – week 40 (29 sept – 3 okt 2025)
{{O:Markland Personenvervoer B.V.}} – planning Altenaweerd – versie 29-09-2025 06:10

| Route | School | Chauffeur | Pers.nr. | Mobiel | Voertuig |
| 3 | {{Q:SBO De Regenboog}}, {{L:Oosterhout}} | [[P:Kees Vugts]] | [[N:MPV-03120]] | [[T:06-51 80 23 77]] | {{F:MPV-203}} |
| 9 | {{Q:SBO De Regenboog}}, {{L:Oosterhout}} | [[P:Mohammed Bakkali]] | [[N:MPV-03988]] | [[T:06 24 66 81 30]] | {{F:MPV-211}} |
| 14 | {{Q:Mytylschool De Sterrenwachter}}, {{L:Tilburg}} | [[P:Bouchra Amrani]] | [[N:MPV-04102]] | [[T:0031 6 1127 4408]] | {{F:MPV-218}} |
| 14 (inval) | idem | [[P:Gerrit-Jan van den Broek]] | [[N:MPV-02851]] | [[T:06-40 19 62 05]] | {{F:MPV-219}} |
| 22 | {{Q:Mgr. Bekkersschool}}, {{L:Dongen}} | [[P:Anja Rutten-de Bie]] | [[N:MPV-04390]] | [[T:06-13 57 92 46]] | {{F:MPV-225}} |
| 22 (extra) | {{Q:Mgr. Bekkersschool}}, {{L:Dongen}} | [[P:Łukasz Wiśniewski]] | [[N:MPV-04455]] | [[T:+48 601 223 874]] | {{F:MPV-226}} |
| 31 | {{Q:Prins Willem-Alexanderschool}}, {{L:Waalwijk}} | [[P:Thea van Dam]] | [[N:MPV-01277]] | [[T:06-29 03 44 18]] | {{F:MPV-231}} |

Planning: [[P:Chantal Verhoef]] ([[T:0416-700 712]]), bij afwezigheid de algemene planning {{G:0416-700 700}}.
Reserve: [[P:Ricardo dos Santos]] – GESCHRAPT per 19-09 (zie {{F:INC-2025-0093}}).

## Bijzonderheden per route (alleen voor chauffeur)
| Route | Bijzonderheid |
| 9 | [[P:Daan S.]]: vaste plek voorin, moeder wil bericht bij vertraging ([[T:06-38 91 02 47]]) |
| 14 | [[P:Lotte M.]]: rolstoel, [[H:noodmedicatie epilepsie in tas]], instructiekaart in map |
| 14 | [[P:Milan K.]]: niet naast [[P:Yasmina E.]] |
| 22 | ophalen op [[A:Kloosterstraat 3]] vóór 7.35 uur |
""", producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365",
    font="DejaVuSans", fontsize=8.5)

# lv23 factuur zzp-begeleider ---------------------------------------------------------------
add("lv23-factuur-begeleider", """
# FACTUUR
[[P:Annemiek Sprenkels]] – {{O:Begeleiding op Maat}}
[[A:Hoogstraat 41a]], 5261 BT {{L:Vught}}
KvK [[K:78231045]] | btw-id [[X:NL003412758B92]]
IBAN [[I:NL42 RABO 0318 4427 65]] t.n.v. [[P:A.M. Sprenkels]]
[[E:annemiek@begeleidingopmaat.nl]] | [[T:06-47 30 18 52]]

Aan: {{O:gemeente Altenaweerd}}, {{J:crediteurenadministratie}}, Postbus 100, 5250 AC Altenaweerd
Inkoopordernummer: {{F:IO-2025-44817}}
Factuurnummer: {{F:2025-0087}}
Factuurdatum: 31 oktober 2025

| Omschrijving | Uren | Tarief | Bedrag |
| Begeleiding leerling in taxibus {{Z:route 14}} (oktober, na incident 18-9) | 22 | € 58,00 | € 1.276,00 |
| Overleg met ouders en school | 3 | € 58,00 | € 174,00 |
| Reiskosten | 412 km | € 0,23 | € 94,76 |
| Subtotaal | | | € 1.544,76 |
| Btw 21% | | | € 324,40 |
| Totaal | | | € 1.869,16 |

Betaling binnen 30 dagen onder vermelding van het factuurnummer.
""", producer="Moneybird", creator="Moneybird invoice generator", font="Helvetica")

# lv24 factuur vervoersadviseur -------------------------------------------------------------
add("lv24-factuur-adviseur", """
# [[P:Van den Akker]] Mobiliteitsadvies
[[P:ir. B.W.J. van den Akker]] – zelfstandig adviseur {{Z:doelgroepenvervoer}}
[[A:Schoolstraat 9]] | [[A:5161 CD Sprang-Capelle]]
KvK [[K:61894402]] | IBAN [[I:NL07 INGB 0006 5142 93]]
[[E:bart@vdakker-mobiliteit.nl]] | [[T:0416 - 31 22 48]]

Factuur {{F:VDA-2025-019}}
Datum: 30 mei 2025
Aan: {{O:Inkoopbureau West-Brabant}} namens de {{O:gemeente Altenaweerd}}, t.a.v. de heer [[P:J. 't Hart]]
Project: aanbesteding leerlingenvervoer {{F:ALT-2025-LLV-004}}

| Datum | Werkzaamheden | Uren |
| 10-03 | {{Z:marktconsultatie}}, gesprekken met vijf vervoerders | 8 |
| 18-03 | opstellen {{Z:nota van inlichtingen}} | 6 |
| 29-04 | rekenkundige toets prijzenbladen | 5 |
| 14-05 | deelname {{Z:consensusoverleg}} (zonder stemrecht) | 4 |

Totaal 23 uur à € 112,50 = € 2.587,50, btw 21% € 543,38, te betalen € 3.130,88.

Met dank voor de opdracht, [[P:Bart van den Akker]]
""", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", font="Times-Roman", author="[[P:B. v.d. Akker]]")

# lv25 persbericht ---------------------------------------------------------------------------
add("lv25-persbericht", """
# PERSBERICHT
{{O:Gemeente Altenaweerd}} – 15 oktober 2025 – nummer {{F:PB-2025-112}}

## Gemeente legt taxivervoerder boete op en scherpt toezicht op leerlingenvervoer aan

Het college van {{L:Altenaweerd}} heeft {{O:Markland Personenvervoer B.V.}} een boete van € 7.500 opgelegd, omdat in september te veel taxiritten naar scholen te laat waren. Ook komt er vaker overleg met de vervoerder en krijgen ouders via de app {{Z:Ritvolger}} bericht als de bus later komt.

"Kinderen moeten veilig en op tijd op school komen. Dat is in september te vaak niet gelukt, en dat accepteren we niet," zegt {{R:wethouder Bram Hendriksen}} (Onderwijs, Jeugd en Vervoer). "Ik ben blij dat de vervoerder snel maatregelen heeft genomen. We houden de vinger aan de pols en praten ook met de ouders."

Na een incident met een chauffeur op 18 september heeft de vervoerder de betrokken chauffeur direct van de route gehaald. Over het incident en de betrokkenen doet de gemeente geen mededelingen.

De gemeente Altenaweerd regelt het leerlingenvervoer samen met de gemeenten {{L:Dongen}} en {{L:Loon op Zand}}. Ongeveer 310 kinderen reizen dagelijks met het leerlingenvervoer, onder meer naar {{Q:SBO De Regenboog}} in {{L:Oosterhout}}, {{Q:Mytylschool De Sterrenwachter}} in {{L:Tilburg}} en de {{Q:Mgr. Bekkersschool}} in {{L:Dongen}}. De {{O:Stichting Ouders Leerlingenvervoer Altenaweerd}} wordt betrokken bij de evaluatie.

Het college beantwoordt binnenkort de schriftelijke vragen van {{R:raadslid Jeroen van Velthoven}} en {{R:raadslid Gülşen Aydın}}. {{R:Burgemeester Teunissen-Baas}} sprak op 14 oktober met ouders tijdens het inloopspreekuur in het {{S:Raadhuis Altenaweerd}}.

Noot voor de redactie, niet voor publicatie:
Meer informatie: afdeling Communicatie, telefoon {{G:14 0416}}, {{M:communicatie@altenaweerd.nl}}. Communicatieadviseur met piketdienst: [[P:Noor Demirci]], [[T:06-52 18 09 63]].
""", producer=WORD, creator=WORD, font="DejaVuSans", author="[[P:Demirci, N.]]", xmp_creator="[[P:Noortje Demirci]]")

# lv26 inspectierapport voertuigen ----------------------------------------------------------------
add("lv26-inspectierapport", """
# Rapport steekproefcontrole vervoerskwaliteit leerlingenvervoer
Opdrachtgever: {{O:gemeente Altenaweerd}} | Uitvoering: {{O:Kiwa Register B.V.}}, {{L:Rijswijk}}
Rapportnummer: {{F:KR-2025-LLV-0392}} | Datum inspectie: 6 en 7 november 2025

## 1. Aanleiding en werkwijze
Na het incident op route 14 en de klachten over te late ritten heeft de gemeente {{O:Kiwa}} gevraagd een onaangekondigde steekproef uit te voeren bij {{O:Markland Personenvervoer B.V.}}. Gecontroleerd zijn: de staat van de voertuigen ({{Z:APK}}, banden, gordels, brandblusser, verbanddoos), de rolstoelvastzetsystemen volgens {{Z:ISO 10542}} en {{Z:ISO 7176-19}}, de chauffeurspassen, VOG's en het certificaat {{Z:Leerlingenvervoer}}, en de naleving van de rij- en rusttijden.

Inspecteurs: [[P:ing. K.L. Dijkstra]] (hoofdinspecteur) en [[P:Samira Haddouchi]]. Contact bij de vervoerder: [[P:H.J. Kuijpers]].

## 2. Bevindingen voertuigen
| Voertuig | Bevinding | Ernst |
| {{F:MPV-203}} | geen tekortkomingen | – |
| {{F:MPV-211}} | bandenprofiel achter links 1,8 mm | midden |
| {{F:MPV-218}} | dashcam werkt; geheugenkaart nieuw | – |
| {{F:MPV-219}} | één vastzetband rolstoel versleten | hoog |
| {{F:MPV-225}} | brandblusser keuring verlopen (06-2025) | midden |
| {{F:MPV-231}} | geen tekortkomingen | – |

---
## 3. Bevindingen chauffeurs
Van twaalf chauffeurs zijn de documenten gecontroleerd. Elf beschikten over een geldige chauffeurspas, VOG en certificaat. Bij één chauffeur (route 22, personeelsnummer [[N:MPV-04455]]) ontbrak het certificaat {{Z:Leerlingenvervoer}}; de vervoerder heeft aangetoond dat deze chauffeur op 20 november de cursus volgt. Twee chauffeurs konden het protocol voor noodmedicatie niet toelichten.

## 4. Conclusie en aanbevelingen
De vervoerder voldoet op hoofdlijnen aan het programma van eisen. De versleten vastzetband in {{F:MPV-219}} is een direct veiligheidsrisico; het voertuig is op 7 november uit de dienst genomen tot herstel. Aanbevolen wordt:
a. maandelijkse controle van vastzetsystemen door de vervoerder, met logboek;
b. een herhalingstraining medische protocollen voor alle vaste chauffeurs en invallers;
c. een controle op de certificaten vóór iedere eerste inzet van een nieuwe chauffeur.

{{O:Kiwa Register B.V.}}, {{S:Sir Winston Churchilllaan 273}}, {{L:Rijswijk}} – {{M:info@kiwa.nl}}
Ondertekend: [[P:K.L. Dijkstra]], hoofdinspecteur – [[E:koen.dijkstra@kiwa.nl]] – [[T:+31 (0)88 998 44 17]]
""", producer=ITEXT, creator="Kiwa Inspect 4.2", font="Helvetica", title="KR-2025-LLV-0392",
    outline=[("1 Aanleiding", 0), ("2 Voertuigen", 0), ("3 Chauffeurs", 1), ("Concept gereviewd door [[P:Anton Meijerink]]", 1)])

# lv27 interne mailwisseling Woo-verzoek ----------------------------------------------------------------
add("lv27-mail-woo-inventarisatie", """
Van: [[P:Brouwer, Marieke]] <[[E:m.brouwer@altenaweerd.nl]]>
Verzonden: woensdag 14 januari 2026 11:08
Aan: [[P:ter Horst, Ruud]] <[[E:r.terhorst@altenaweerd.nl]]>; [[P:Linden-Hoekstra, Femke van der]] <[[E:f.vanderlinden@altenaweerd.nl]]>; [[P:Koçak, Sevda]] <[[E:s.kocak@altenaweerd.nl]]>
CC: [[P:Wolters, Thijs]] <[[E:t.wolters@altenaweerd.nl]]>; {{M:woo@altenaweerd.nl}}
Onderwerp: Woo-verzoek {{F:WOO-2026-0181}} leerlingenvervoer – documenten aanleveren vóór 21 januari

Beste collega's,

Wij hebben een Woo-verzoek ontvangen van de oudervereniging {{O:SOLA}} over het leerlingenvervoer in 2025 (zie bijlage). Willen jullie uiterlijk woensdag 21 januari alle documenten aanleveren die onder de vijf onderdelen van het verzoek vallen? Denk aan mails, {{Z:Teams}}-chats, notities, verslagen en de WhatsApp-export die {{O:Markland}} in september heeft gestuurd. Zet ze in de map {{F:WOO-2026-0181}} in {{Z:SharePoint}}.

Let op: de stukken over het kind met een medische indicatie ({{Z:route 14}}) vallen onder onderdeel 4. Die worden grotendeels niet openbaar (artikel 5.1, eerste lid, sub d, {{W:Woo}}), maar ik moet ze wel beoordelen.

Groet,
[[P:Marieke]]

[[P:mr. Marieke Brouwer]] | jurist informatiebeheer | {{O:Juridisch Kenniscentrum}}
[[T:0416 28 47 09]] | aanwezig di t/m vr

Van: [[P:Koçak, Sevda]] <[[E:s.kocak@altenaweerd.nl]]>
Verzonden: woensdag 14 januari 2026 13:30
Aan: [[P:Brouwer, Marieke]] <[[E:m.brouwer@altenaweerd.nl]]>
Onderwerp: RE: Woo-verzoek {{F:WOO-2026-0181}} leerlingenvervoer

Hoi [[P:Marieke]], ik lever de klachtenregistratie en het {{O:GGD}}-advies aan. Het aanvraagformulier van de ouders [[P:Mulder]] bevat veel medische gegevens, zelfs in de formuliervelden. Ik stuur ook de beschikking. Let op dat de naam van de jeugdarts ([[P:dr. Rozendaal]]) er ook in staat.
[[P:Sevda]]
""", producer=OUTLOOK, creator=OUTLOOK, font="DejaVuSans", fontsize=9, author="[[P:Brouwer, M.A.]]")

# lv28 zienswijze vervoerder (advocaat) ---------------------------------------------------------
add("lv28-zienswijze-vervoerder", """
# {{O:Hermans Van Tilburg Advocaten}}
{{S:Stationsplein 12}} – 5211 AP {{L:'s-Hertogenbosch}} – {{G:073 - 612 00 00}} – {{M:info@hvt-advocaten.nl}}

Per e-mail: {{M:woo@altenaweerd.nl}}
Gemeente Altenaweerd, t.a.v. mevrouw [[P:mr. M.A. Brouwer]]

's-Hertogenbosch, 3 februari 2026
Uw kenmerk: {{F:WOO-2026-0181}}
Ons kenmerk: {{F:2026.0044/JvO}}
Behandeld door: [[P:mr. J.C. van Oosterhout-Naber]]
Direct: [[T:073 - 612 00 37]] | [[E:vanoosterhout@hvt-advocaten.nl]]

Betreft: zienswijze {{O:Markland Personenvervoer B.V.}} inzake Woo-verzoek leerlingenvervoer

Geachte mevrouw [[P:Brouwer]],

Namens mijn cliënte, {{O:Markland Personenvervoer B.V.}}, geef ik hierbij haar zienswijze op het voornemen om documenten openbaar te maken.

1. Cliënte heeft geen bezwaar tegen openbaarmaking van de raamovereenkomst, met uitzondering van het prijzenblad (bijlage C). De tarieven per kilometer en de opbouw van de ritprijs zijn bedrijfs- en fabricagegegevens die vertrouwelijk aan de gemeente zijn meegedeeld (artikel 5.1, eerste lid, sub c, {{W:Woo}}). Openbaarmaking zou concurrenten bij de volgende aanbesteding in {{L:West-Brabant}} een oneerlijk voordeel geven.
2. Het incidentrapport {{F:INC-2025-0093}} en de WhatsApp-export bevatten gegevens van medewerkers van cliënte, van een uitzendkracht en van leerlingen. Cliënte verzoekt alle namen, personeelsnummers, telefoonnummers en de namen van leerlingen onleesbaar te maken (artikel 5.1, tweede lid, sub e, Woo). Dat geldt ook voor de voornamen in de WhatsApp-export; in de kleine kring van ouders en chauffeurs in {{L:Altenaweerd}} zijn die goed herleidbaar.
3. Het plan van aanpak bij de inschrijving bevat de werkwijze van cliënte voor planning en chauffeursbeleid. Cliënte verzoekt dit niet openbaar te maken voor zover het de bijlage met het planningsalgoritme betreft (artikel 5.1, tweede lid, sub f, Woo).

Cliënte behoudt zich alle rechten voor, waaronder het recht om bezwaar te maken en een voorlopige voorziening te vragen bij de {{O:Rechtbank Zeeland-West-Brabant}}.

Hoogachtend,

[[P:mr. J.C. van Oosterhout-Naber]]
advocaat
""", producer=NITRO, creator="Nitro Pro 13", font="Times-Roman")

# lv29 Woo-besluit ---------------------------------------------------------------------------
add("lv29-woo-besluit", """
# Gemeente Altenaweerd
Mevrouw [[P:I. Vermeulen-Bos]]
[[A:Kerkakkers 14]]
[[A:5254 AB Altenaweerd]]

Datum: 17 februari 2026
Ons kenmerk: {{F:WOO-2026-0181}}
Onderwerp: besluit op uw Woo-verzoek over het leerlingenvervoer

Geachte mevrouw [[P:Vermeulen-Bos]],

Op 7 januari 2026 ontvingen wij uw verzoek op grond van de {{W:Wet open overheid}} (Woo) namens de {{O:Stichting Ouders Leerlingenvervoer Altenaweerd}}. Op 2 februari 2026 hebben wij de beslistermijn met twee weken verdaagd. In deze brief leest u ons besluit.

## 1. Besluit
Wij maken de documenten die onder uw verzoek vallen deels openbaar. Het gaat om 33 documenten; zij staan op de inventarislijst (bijlage 1). Drie documenten maken wij niet openbaar. Het prijzenblad van de raamovereenkomst maken wij niet openbaar.

## 2. Zienswijze
{{O:Markland Personenvervoer B.V.}} heeft via haar advocaat een zienswijze gegeven. Wij volgen die voor het prijzenblad (artikel 5.1, eerste lid, sub c, Woo) en voor de persoonsgegevens. Het plan van aanpak valt niet onder uw verzoek.

## 3. Overwegingen
Persoonsgegevens (artikel 5.1, tweede lid, sub e, Woo). Namen, e-mailadressen, telefoonnummers, handtekeningen en paraafcodes van medewerkers van de gemeente die niet in de openbaarheid treden, van medewerkers van de vervoerder, van chauffeurs, van ouders en van leerlingen maken wij onleesbaar. Het belang van de eerbiediging van de persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid. Namen van de burgemeester, de wethouder, de gemeentesecretaris en de raadsleden blijven leesbaar, omdat zij in hun publieke functie optreden.
Bijzondere persoonsgegevens (artikel 5.1, eerste lid, sub d, Woo). Gegevens over de gezondheid van leerlingen (diagnoses, medicatie) maken wij niet openbaar. Dat is een absolute weigeringsgrond.
Identificatienummers (artikel 5.1, eerste lid, sub e, Woo). Burgerservicenummers maken wij niet openbaar.
Het aanvraagformulier, het medisch advies van de jeugdarts en de beschikking over één leerling maken wij niet openbaar, omdat zij vrijwel geheel uit bijzondere persoonsgegevens bestaan; lakken zou een onleesbaar document opleveren.

---
## Informatie die niet openbaar gemaakt kan worden
In de openbaar gemaakte documenten zijn de weggelakte passages gemarkeerd met de code van de weigeringsgrond: 5.1.1c, 5.1.1d, 5.1.1e en 5.1.2e.

## Motivering
In de openbaar gemaakte versie van deze documenten zijn alle persoonsgegevens van ambtenaren, medewerkers van de vervoerder, ouders en leerlingen geanonimiseerd op grond van artikel 5.1, tweede lid, sub e, Woo; gezondheidsgegevens op grond van artikel 5.1, eerste lid, sub d, Woo.

## 4. Bezwaar
Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij ons college (artikel 6:7 {{W:Algemene wet bestuursrecht}}). De documenten worden ook gepubliceerd op {{L:open.overheid.nl}}.

Met vriendelijke groet,
burgemeester en wethouders van Altenaweerd,
namens dezen,

[[P:T.H. Wolters]]
teamleider {{O:Onderwijs & Jeugd}}

Bijlage: inventarislijst. Contact: {{O:Juridisch Kenniscentrum}}, {{M:woo@altenaweerd.nl}}, {{G:14 0416}}.
""", producer=WORD, creator=WORD, font="DejaVuSerif", author="[[P:Marieke Brouwer]]", title="Besluit WOO-2026-0181")

# lv30 inventarislijst ---------------------------------------------------------------------------
_inv = [
    ("1", "lv01-woo-verzoek.pdf", "06-01-2026", "deels openbaar", "5.1.2e", "verzoek"),
    ("2", "lv02-ontvangstbevestiging.pdf", "12-01-2026", "deels openbaar", "5.1.2e", ""),
    ("3", "lv03-aanbestedingsleidraad.pdf", "03-03-2025", "deels openbaar", "5.1.2e", "ook op TenderNed"),
    ("4", "lv04-beoordelingsrapport.pdf", "14-05-2025", "deels openbaar", "5.1.2e", ""),
    ("5", "lv05-gunningsbeslissing.pdf", "27-05-2025", "deels openbaar", "5.1.2e", ""),
    ("6", "lv06-raamovereenkomst.pdf", "19-06-2025", "deels openbaar", "5.1.1c, 5.1.2e", "prijzenblad niet openbaar"),
    ("7", "lv07-mail-te-late-ritten.pdf", "08-10-2025", "deels openbaar", "5.1.2e", "e-mailwisseling"),
    ("8", "lv08-klachtbrief-scan.pdf", "29-09-2025", "deels openbaar", "5.1.1d, 5.1.2e", "scan"),
    ("9", "lv09-klachtmail-ouder.pdf", "18-09-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""),
    ("10", "lv10-klachtenregistratie.pdf", "02-10-2025", "deels openbaar", "5.1.2e", ""),
    ("11", "lv11-incidentrapport.pdf", "24-09-2025", "deels openbaar", "5.1.1d, 5.1.2e", "derde: zienswijze"),
    ("12", "lv12-whatsapp-route14.pdf", "25-09-2025", "deels openbaar", "5.1.1d, 5.1.2e", "derde: zienswijze"),
    ("13", "lv13-teams-chat.pdf", "19-09-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""),
    ("14", "lv14-beslisnota-boete.pdf", "10-10-2025", "deels openbaar", "5.1.2e", ""),
    ("15", "lv15-aanvraagformulier.pdf", "22-04-2025", "niet openbaar", "5.1.1d, 5.1.1e, 5.1.2e", ""),
    ("16", "lv16-beschikking-indicatie.pdf", "08-07-2025", "niet openbaar", "5.1.1d, 5.1.1e, 5.1.2e", ""),
    ("17", "lv17-advies-jeugdarts.pdf", "27-06-2025", "niet openbaar", "5.1.1d, 5.1.2e", ""),
    ("18", "lv18-verklaring-chauffeur-scan.pdf", "19-09-2025", "deels openbaar", "5.1.2e", "scan"),
    ("19", "lv19-raadsvragen.pdf", "02-10-2025", "openbaar", "", "al openbaar (raadsinformatiesysteem)"),
    ("20", "lv20-antwoord-raadsvragen.pdf", "28-10-2025", "deels openbaar", "5.1.2e", ""),
    ("21", "lv21-verslag-contractoverleg.pdf", "21-10-2025", "deels openbaar", "5.1.2e", ""),
    ("22", "lv22-rooster-chauffeurs.pdf", "29-09-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""),
    ("23", "lv23-factuur-begeleider.pdf", "31-10-2025", "deels openbaar", "5.1.2e", ""),
    ("24", "lv24-factuur-adviseur.pdf", "30-05-2025", "deels openbaar", "5.1.2e", ""),
    ("25", "lv25-persbericht.pdf", "15-10-2025", "openbaar", "", "al openbaar"),
    ("26", "lv26-inspectierapport.pdf", "07-11-2025", "deels openbaar", "5.1.2e", ""),
    ("27", "lv27-mail-woo-inventarisatie.pdf", "14-01-2026", "deels openbaar", "5.1.2e", ""),
    ("28", "lv28-zienswijze-vervoerder.pdf", "03-02-2026", "deels openbaar", "5.1.2e", ""),
    ("29", "lv29-woo-besluit.pdf", "17-02-2026", "deels openbaar", "5.1.2e", "dit besluit"),
    ("31", "lv31-presentielijst-scan.pdf", "14-10-2025", "deels openbaar", "5.1.2e", "scan"),
    ("32", "lv32-brief-ouders.pdf", "12-08-2025", "openbaar", "", ""),
    ("33", "lv33-klachtafhandeling.pdf", "02-10-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""),
]
_rows = "\n".join(f"| {{{{F:{n}}}}} | {{{{F:{f}}}}} | {d} | {b} | {g} | {t} |" for n, f, d, b, g, t in _inv)
add("lv30-inventarislijst", """
# Bijlage 1 – Inventarislijst Woo-besluit {{F:WOO-2026-0181}}
Gemeente Altenaweerd – besluit van 17 februari 2026 – verzoeker: {{O:Stichting Ouders Leerlingenvervoer Altenaweerd}}

| Nr. | Document | Datum | Beoordeling | Grond | Opmerking |
""" + _rows + """

Gronden: 5.1.1c bedrijfs- en fabricagegegevens; 5.1.1d bijzondere persoonsgegevens (gezondheid); 5.1.1e identificatienummers (BSN); 5.1.2e eerbiediging van de persoonlijke levenssfeer.
Opgesteld in {{Z:Zylab}} door het {{O:Juridisch Kenniscentrum}}; beoordeling: [[C:MAB]]; tweede lezer: [[C:KH]].
""", producer="ZyLAB ONE 6.9", creator="ZyLAB ONE reporting", font="Helvetica", fontsize=8.5, title="Inventarislijst WOO-2026-0181")

# lv31 presentielijst informatieavond (scan met handtekeningen) --------------------------------------
add("lv31-presentielijst-scan", """
# Presentielijst informatieavond leerlingenvervoer
Raadhuis Altenaweerd, 14 oktober 2025, 19.30 uur

Naam / handtekening / e-mail (voor verslag)
~[[P:Wendy Schellekens]]     [[E:wendy.s@live.nl]]
~[[P:Bas Kramer]]     Kramer
~[[P:Priscilla Mulder]]     [[E:priscilla.mulder@kpnmail.nl]]
~[[P:Marco van 't Veer]]     MvtV
~[[P:Özlem Yıldız]]
~[[P:Ilse Vermeulen-Bos]]     (SOLA)
~[[P:Johan Nieuwenhuizen]]     [[T:06-19 44 07 35]]

Namens de gemeente: wethouder Hendriksen, [[P:R. ter Horst]], [[P:S. Koçak]]
""", scan=True, producer=SCANNER, creator=SCANNER)

# lv32 brief aan ouders (openbaar) ----------------------------------------------------------------
add("lv32-brief-ouders", """
# Gemeente Altenaweerd
Aan de ouders en verzorgers van leerlingen die gebruikmaken van het leerlingenvervoer

Datum: 12 augustus 2025
Kenmerk: {{F:LLV/25/0801}}
Onderwerp: nieuwe vervoerder vanaf 18 augustus 2025

Beste ouders en verzorgers,

Vanaf maandag 18 augustus 2025 wordt het leerlingenvervoer in {{L:Altenaweerd}}, {{L:Dongen}} en {{L:Loon op Zand}} uitgevoerd door {{O:Markland Personenvervoer B.V.}} uit {{L:Waalwijk}}. De vervoerder is gekozen na een Europese aanbesteding. In deze brief leest u wat er verandert.

Wat verandert er?
- In de week voor de start belt de chauffeur of de planner u over de ophaaltijd.
- Is uw kind ziek of gaat het niet naar school? Meld dit vóór 7.00 uur bij de vervoerder via {{G:0416-700 700}} of {{M:planning@markland-vervoer.nl}}.
- Klachten meldt u bij de vervoerder via {{M:klachten@markland-vervoer.nl}} of de gratis klachtenlijn {{G:0800-022 44 66}}. Bent u niet tevreden over de afhandeling, dan kunt u terecht bij de gemeente: {{M:leerlingenvervoer@altenaweerd.nl}}.
- Vanaf 1 oktober kunt u de rit volgen in de app {{Z:Ritvolger}}.

Heeft uw kind een medisch protocol (bijvoorbeeld noodmedicatie)? Geef dit dan door aan de vervoerder. Alleen de vaste chauffeur en de invalchauffeur van de route krijgen deze informatie.

Wilt u meepraten over de kwaliteit van het vervoer? Meld u dan aan bij de {{O:Stichting Ouders Leerlingenvervoer Altenaweerd}} of kom naar de informatieavond op 14 oktober in het {{S:Raadhuis Altenaweerd}}, {{S:Burgemeester Van Grinsvenlaan 1}}.

Met vriendelijke groet,

{{R:Bram Hendriksen}}
wethouder Onderwijs, Jeugd en Vervoer
""", producer=WORD, creator=WORD, engine="docx", author="[[P:Femke van der Linden]]", title="Brief ouders nieuwe vervoerder")

# lv33 klachtafhandeling -------------------------------------------------------------------------
add("lv33-klachtafhandeling", """
# Gemeente Altenaweerd
De heer [[P:A. El Ouardi]]
[[A:Zeshoevenstraat 8b]]
[[A:5171 BP Kaatsheuvel]]

Datum: 2 oktober 2025
Uw kenmerk: uw e-mail van 18 september 2025
Ons kenmerk: {{F:KL-2025-0412}}
Onderwerp: afhandeling van uw klacht over {{Z:route 14}}

Geachte heer [[P:El Ouardi]],

Op 18 september 2025 diende u een klacht in over het gedrag van de chauffeur op route 14, waarmee uw dochter [[P:Yasmina]] naar school reist. Wij vinden het heel vervelend dat uw dochter dit heeft meegemaakt. Op 19 september heeft mevrouw [[P:Koçak]] u telefonisch gesproken.

Wij hebben uw klacht doorgestuurd naar {{O:Markland Personenvervoer B.V.}}. De vervoerder heeft een {{Z:incidentrapport}} opgesteld en de betrokken chauffeur dezelfde dag van de route gehaald. Vanaf 19 september rijdt een vaste chauffeur op route 14. Wij vinden uw klacht gegrond: het is niet toegestaan tijdens de rit een telefoon in de hand te houden, en een leerling mag alleen met een veilige stop en met rustige woorden op een andere plaats worden gezet.

U vroeg ons naar de naam van de chauffeur. Die kunnen wij u niet geven: de chauffeur heeft ook recht op bescherming van zijn persoonlijke levenssfeer. U kunt, als u dat wilt, aangifte doen bij de {{O:politie}} of een melding doen bij {{O:Veilig Thuis}}.

Wij begrijpen dat [[P:Yasmina]] [[H:door haar angststoornis]] extra steun nodig heeft bij het instappen. De vervoerder heeft toegezegd dat de vaste chauffeur de eerste twee weken samen met een begeleider rijdt.

Bent u niet tevreden over de afhandeling van uw klacht, dan kunt u zich wenden tot de {{O:Nationale ombudsman}}, {{L:www.nationaleombudsman.nl}}.

Hoogachtend,
namens het college van burgemeester en wethouders,

[[P:Thijs Wolters]]
teamleider {{O:Onderwijs & Jeugd}}

Contactpersoon: [[P:Sevda Koçak]], [[T:(0416) 28 47 65]], [[E:s.kocak@altenaweerd.nl]]
""", producer=PDFPEN, creator="Pages", font="DejaVuSans", author="[[P:skocak]]")
