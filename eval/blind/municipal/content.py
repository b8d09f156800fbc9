"""Document texts of the 'municipal' blind set. All residents, civil servants, companies' staff and
their contact data are invented; public office holders are listed in README.md.
Markup: [[K:text|value]] private (redact), {{K:text}} public (keep); see generate.py."""
from generate import Doc

UTR_FOOT = "{{O:Gemeente Utrecht}} | {{S:Stadsplateau 1}} | Postbus 16200, 3500 CE {{L:Utrecht}} | {{F:14 030}} | {{F:www.utrecht.nl}}"
AMS_FOOT = "{{O:Gemeente Amsterdam}} | {{S:Amstel 1}}, 1011 PN Amsterdam | telefoon {{F:14 020}} | {{F:www.amsterdam.nl}}"
HLM_FOOT = "Gemeente Haarlem, {{S:Grote Markt 2}}, Haarlem | {{F:14 023}} | {{F:info@haarlem.nl}}"
ZWL_FOOT = "{{O:Gemeente Zwolle}} | {{S:Lübeckplein 2}} | {{F:14 038}} | {{F:www.zwolle.nl}}"
LWD_FOOT = "Gemeente Leeuwarden | {{S:Oldehoofsterkerkhof 2}} | {{F:14 058}} | {{F:www.leeuwarden.nl}}"
PU_FOOT = "{{O:Provincie Utrecht}} | {{S:Archimedeslaan 6}}, 3584 BA Utrecht | {{F:030 258 9111}} | {{F:provincie@provincie-utrecht.nl}}"
FRL_FOOT = "{{O:Provinsje Fryslân}} | {{S:Tweebaksmarkt 52}}, Ljouwert | {{F:058 292 59 25}} | {{F:www.fryslan.frl}}"
NH_FOOT = "{{O:Provincie Noord-Holland}} | {{S:Dreef 3}}, Haarlem | {{F:0900 - 321 0 321}} | {{F:post@noord-holland.nl}}"

DOCS = []


def add(*a, **k):
    DOCS.append(Doc(*a, **k))

# 1 raadsinformatiebrief (docx)
add("m01-rib-parkeren", "raadsinformatiebrief", "docx", "Liberation Sans",
    "Raadsinformatiebrief parkeerregulering Lombok",
    author="[[P:A.J. Brouwer|Anne-Jet Brouwer]]",
    header="Raadsinformatiebrief | kenmerk {{C:RIB-2024-0412}}",
    footer=UTR_FOOT,
    blocks=[
        ("h", "Raadsinformatiebrief"),
        ("kv", [["Datum", "{{D:12 maart 2024}}"], ["Onderwerp", "Uitbreiding betaald parkeren {{L:Lombok}}"],
                ["Portefeuillehouder", "{{G:wethouder Dennis de Vries}}"],
                ["Contactpersoon", "[[P:Anne-Jet Brouwer]], [[T:06-41 27 83 90]]"],
                ["E-mail", "[[E:annejet.brouwer@utrecht.nl]]"]], [1, 3]),
        ("p", "Geachte leden van de raad,"),
        ("p", "Met deze brief informeren wij u over de uitbreiding van het betaald parkeren in {{L:Lombok}} en {{L:Oog in Al}}. "
              "Op {{D:5 februari 2024}} is een bewonersavond gehouden in buurthuis {{O:De Speeldoos}}. Bewoner [[P:Kees de Boer]] "
              "van de [[A:Kanaalstraat 214|Kanaalstraat 214]] sprak namens een groep van veertig huishoudens. De heer [[P:De Boer|Kees de Boer]] "
              "vroeg of de regeling ook geldt voor de zijstraten van de Kanaalstraat."),
        ("p", "Ondernemersvereniging {{O:Kanaalstraat & Damstraat}} is vertegenwoordigd door [[P:Ömer Karataş]]. "
              "De vereniging heeft haar zorgen per brief gedeeld; de heer [[P:Karataş|Ömer Karataş]] is te bereiken via "
              "[[E:o.karatas@ondernemerslombok.nl]]."),
        ("p", "De uitvoering ligt bij de afdeling {{O:Mobiliteit}} en de {{R:BOA}}'s van {{O:Stadsbeheer}}. Handhaving gebeurt op grond van de {{W:Parkeerverordening 2024}} en de {{R:APV}}."),
        ("p", "Hoogachtend,\n\nburgemeester en wethouders van Utrecht,\n\nde burgemeester,\n\n{{G:Sharon Dijksma}}"),
        ("small", "Opgesteld door: [[I:AJB|Anne-Jet Brouwer]] / gelezen: [[I:MvO|Mark van Oosten]]"),
    ])

# 2 collegeadvies with paraph table (reportlab Helvetica)
add("m02-collegeadvies-jeugd", "collegeadvies met parafentabel", "rl", "Helvetica",
    "Collegeadvies inkoop jeugdhulp 2025",
    author="[[P:jvdijk|Joost van Dijk]]",
    header="Collegeadvies | zaaknummer {{C:Z-2024-118734}} | vertrouwelijk tot besluit",
    footer="Gemeente Zwolle, {{S:Lübeckplein 2}}, Zwolle | {{F:www.zwolle.nl}}",
    blocks=[
        ("h", "Collegeadvies"),
        ("kv", [["Onderwerp", "Inkoop jeugdhulp en {{R:Wmo}} 2025-2028"], ["Datum college", "{{D:23 april 2024}}"],
                ["Portefeuillehouder", "{{G:wethouder Monique Schuttenbeld}}"], ["Steller", "[[P:J. van Dijk|Joost van Dijk]], {{O:team Sociaal Domein}}"],
                ["Telefoon steller", "[[T:038 498 27 61]]"]], [1, 3]),
        ("h", "Beslispunten"),
        ("p", "1. In te stemmen met de inkoopstrategie jeugdhulp en {{R:WMO}} 2025-2028 van de regio {{L:IJsselland}}.\n2. De raad te informeren via bijgaande raadsinformatiebrief."),
        ("h", "Toelichting"),
        ("p", "De {{W:Jeugdwet}} en de {{W:Wet maatschappelijke ondersteuning 2015}} verplichten de gemeente tot passende hulp. "
              "De regio werkt samen met de {{O:GGD IJsselland}} en de {{O:Regionale Uitvoeringsdienst}} waar het gaat om toezicht. "
              "In het ambtelijk overleg van {{D:4 april 2024}} gaf [[P:Ilse ter Horst]] ({{J:beleidsadviseur}}) aan dat de tarieven onder druk staan. "
              "Mevrouw [[P:Ter Horst|Ilse ter Horst]] adviseert om de {{R:GGD}} vroeg te betrekken."),
        ("p", "Juridisch advies is gegeven door [[P:mr. R.K. Sitaldin|Ravi Sitaldin]]; akkoord [[I:RS|Ravi Sitaldin]] per mail van {{D:9 april 2024}}."),
        ("h", "Parafen"),
        ("table", [["Rol", "Naam", "Paraaf", "Datum"],
                   ["Steller", "[[P:Joost van Dijk]]", "[[I:JvD|Joost van Dijk]]", "{{D:10-04-2024}}"],
                   ["Teamleider", "[[P:Marieke Kok]]", "[[I:MK|Marieke Kok]]", "{{D:11-04-2024}}"],
                   ["Afdelingshoofd", "[[P:W.F. Bakker-Lont|Wendy Bakker-Lont]]", "[[I:WBL|Wendy Bakker-Lont]]", "{{D:15-04-2024}}"],
                   ["Concerncontroller", "[[P:Sevda Yildiz]]", "[[I:SY|Sevda Yildiz]]", "{{D:15-04-2024}}"],
                   ["Portefeuillehouder", "{{G:Schuttenbeld}}", "akkoord", "{{D:18-04-2024}}"]], [1.3, 1.8, 0.8, 1]),
        ("p", "Opmerking teamleider: akkoord [[I:MK|Marieke Kok]], mits de kok van het zorgcentrum {{O:De Kaarshof}} niet onder de aanbesteding valt."),
    ])

# 3 GS-nota provincie (docx) with paraph table
add("m03-gs-nota-stikstof", "GS-nota met parafentabel", "docx", "Liberation Serif",
    "GS-nota natuurherstel Gelderse Vallei",
    author="[[P:Tjitske Hoekstra]]",
    header="{{O:Provincie Utrecht}} | GS-nota {{C:PU-2023-77120}}",
    footer=PU_FOOT,
    blocks=[
        ("h", "Nota aan Gedeputeerde Staten"),
        ("kv", [["Onderwerp", "Gebiedsprogramma stikstof {{L:Gelderse Vallei}}"], ["Datum", "{{D:7 november 2023}}"],
                ["Gedeputeerde", "{{G:Arne Schaddelee}}"], ["Behandeld door", "[[P:Tjitske Hoekstra]], {{J:projectleider}}"],
                ["Telefoon", "[[T:+31 6 2871 4490]]"]], [1, 3]),
        ("p", "Gevraagd besluit: in te stemmen met het concept-gebiedsprogramma in het kader van het {{W:Nationaal Programma Landelijk Gebied}}. "
              "Gedeputeerde {{G:Schaddelee}} heeft op {{D:30 oktober 2023}} met de {{O:LTO Noord}} en {{O:Natuurmonumenten}} gesproken."),
        ("p", "Agrariër [[P:Gerrit Wijk]] uit {{L:Wijk bij Duurstede}} heeft een zienswijze ingediend over zijn bedrijf aan de [[A:Lekdijk Oost 41|Lekdijk Oost 41]]. "
              "De heer [[P:Wijk|Gerrit Wijk]] verzoekt om een gesprek met de {{O:Omgevingsdienst Regio Utrecht}} ({{R:ODRU}})."),
        ("p", "Ook de {{R:RUD}} Utrecht en de {{R:ODRA}} (Arnhem) zijn geraadpleegd over vergunningverlening ({{R:VTH}})."),
        ("table", [["Functie", "Naam", "Paraaf", "Datum"],
                   ["Projectleider", "[[P:T. Hoekstra|Tjitske Hoekstra]]", "[[I:TH|Tjitske Hoekstra]]", "{{D:01-11-2023}}"],
                   ["Teammanager", "[[P:Jurre van 't Veer]]", "[[I:JvtV|Jurre van 't Veer]]", "{{D:02-11-2023}}"],
                   ["Juridisch", "[[P:Mirela Nowakowska]]", "[[I:MN|Mirela Nowakowska]]", "{{D:02-11-2023}}"],
                   ["Directeur", "[[P:drs. H.G. 't Hart|Hendrik 't Hart]]", "[[I:HtH|Hendrik 't Hart]]", "{{D:03-11-2023}}"]], [1.2, 2, 0.8, 1]),
        ("p", "Commissaris van de Koning {{G:Hans Oosters}} wordt via het kabinet geïnformeerd."),
    ])

# 4 bezwaarschrift (reportlab Times)
add("m04-bezwaarschrift-omgevingsvergunning", "bezwaarschrift", "rl", "Times-Roman",
    "Bezwaarschrift omgevingsvergunning",
    author="[[P:Noor El Amrani-de Wit]]",
    blocks=[
        ("p", "[[P:N. El Amrani-de Wit|Noor El Amrani-de Wit]]\n[[A:Van Ostadelaan 17|Van Ostadelaan 17]]\n[[A:2035 KH Haarlem|2035 KH]]\n[[E:noor.elamrani@gmail.com]]\n[[T:06 18 27 36 45]]"),
        ("p", "Aan het college van burgemeester en wethouders van {{L:Haarlem}}\nt.a.v. de {{O:Commissie bezwaarschriften}}\nPostbus 511\n2003 PB Haarlem"),
        ("p", "{{L:Haarlem}}, {{D:14 juni 2024}}"),
        ("p", "Betreft: bezwaar tegen omgevingsvergunning {{C:OLO 8812045}}"),
        ("p", "Geacht college,"),
        ("p", "Hierbij maak ik bezwaar tegen de omgevingsvergunning die op {{D:3 mei 2024}} is verleend aan mijn buurman, de heer [[P:Peter Koning]], "
              "woonachtig aan de [[A:Van Ostadelaan 19|Van Ostadelaan 19]]. De dakopbouw ontneemt ons zonlicht. Mijn echtgenoot [[P:Youssef El Amrani]] en ik "
              "wonen hier sinds 2011. Ook [[P:mevrouw L. de la Cruz|Lucia de la Cruz]] van nummer 15 steunt dit bezwaar."),
        ("p", "Ik verzoek u de vergunning te herroepen en mij te horen. Mijn BSN is [[B:163829401]]. Voor de goede orde: het gaat mij niet om de "
              "koning van de straat te willen spelen; de heer [[P:Koning|Peter Koning]] is verder een prima buurman."),
        ("p", "Met vriendelijke groet,\n\n\n[[P:Noor El Amrani-de Wit]]"),
        ("p", "Bijlage: foto's van de situatie, uitspraak {{O:Raad van State}} {{C:ECLI:NL:RVS:2019:1234}}"),
    ])

# 5 beslissing op bezwaar, CAPITALS address block (docx)
add("m05-bob-wmo", "beslissing op bezwaar", "docx", "DejaVu Sans",
    "Beslissing op bezwaar Wmo-voorziening",
    author="[[P:Fenna Dijkstra]]",
    header="Gemeente Leeuwarden | {{O:Juridische Zaken}} | ons kenmerk {{C:BZ-24-0093}}",
    footer=LWD_FOOT,
    blocks=[
        ("p", "[[P:DE HEER S.R. RAMDIN|Sanjay Ramdin]]\n[[A:MOLENSTRAAT 8 B|Molenstraat 8 B]]\n[[A:8911 JL LEEUWARDEN|8911 JL]]"),
        ("kv", [["Datum", "{{D:2 september 2024}}"], ["Behandeld door", "[[P:F. Dijkstra|Fenna Dijkstra]]"],
                ["Doorkiesnummer", "[[T:(058) 233 87 14]]"], ["Onderwerp", "beslissing op bezwaar {{R:Wmo}}"]], [1, 3]),
        ("p", "Geachte heer [[P:Ramdin|Sanjay Ramdin]],"),
        ("p", "U heeft op {{D:11 juni 2024}} bezwaar gemaakt tegen ons besluit van {{D:2 mei 2024}} over huishoudelijke hulp op grond van de "
              "{{W:Wet maatschappelijke ondersteuning 2015}}. Uw zoon, de heer [[P:Ravi Ramdin]], was bij de hoorzitting aanwezig als uw gemachtigde."),
        ("p", "De {{O:Adviescommissie bezwaarschriften}} heeft geadviseerd het bezwaar gegrond te verklaren. Wij nemen dit advies over. "
              "Het onderzoek is uitgevoerd door {{J:Wmo-consulent}} [[P:Hylke Bergsma]] van het {{O:Sociaal Wijkteam}}."),
        ("p", "Met vriendelijke groet,\n\nburgemeester en wethouders van Leeuwarden,\nnamens dezen,\n\n[[P:Fenna Dijkstra]]\n{{J:senior juridisch adviseur}}"),
        ("p", "Tegen dit besluit kunt u beroep instellen bij de {{O:Rechtbank Noord-Nederland}}."),
    ])

# 6 beslissing op bezwaar (html)
add("m06-bob-parkeerboete", "beslissing op bezwaar", "html", "DejaVu Serif",
    "Beslissing op bezwaar naheffingsaanslag",
    header="{{O:Gemeente Amsterdam}} | {{O:Directie Belastingen}}",
    footer=AMS_FOOT,
    blocks=[
        ("p", "Aangetekend\n[[P:MEVROUW E.H. VOS-KOSTER|Els Vos-Koster]]\n[[A:POSTJESWEG 220-3|Postjesweg 220-3]]\n[[A:1061 AX AMSTERDAM|1061 AX]]"),
        ("kv", [["Datum", "{{D:19 januari 2024}}"], ["Aanslagnummer", "{{C:7733.12.0098}}"], ["Contact", "[[P:B. Doğan|Berk Doğan]], [[T:020 251 63 77]]"]], [1, 3]),
        ("p", "Geachte mevrouw [[P:Vos-Koster|Els Vos-Koster]],"),
        ("p", "Op {{D:2 december 2023}} ontvingen wij uw bezwaarschrift tegen de naheffingsaanslag parkeerbelasting. "
              "U stelt dat uw auto met kenteken [[X:GH-482-K|GH-482-K]] geparkeerd stond met een geldige vergunning. Uit de controle door de "
              "{{R:BOA}} blijkt dat de vergunning op naam staat van [[P:Ruud Vos]], [[A:Hoofdweg 31|Hoofdweg 31]]."),
        ("p", "Wij verklaren uw bezwaar ongegrond. De aanslag is opgelegd op grond van de {{W:Gemeentewet}} en de "
              "{{W:Verordening parkeerbelastingen 2024}}. Bij vragen kunt u bellen met {{F:14 020}}."),
        ("p", "Met vriendelijke groet,\n\nde heffingsambtenaar van de gemeente Amsterdam,\nnamens deze,\n\n[[P:Berk Doğan]]\n{{J:medewerker bezwaar}}"),
    ])

# 7 handhavingsbrief (reportlab DejaVuSans)
add("m07-handhaving-dwangsom", "handhavingsbrief", "rl", "DejaVuSans",
    "Last onder dwangsom",
    author="[[P:Kevin Bos]]",
    header="Gemeente Haarlem | {{O:Team Vergunningen, Toezicht en Handhaving}}",
    footer=HLM_FOOT,
    blocks=[
        ("p", "[[P:Dhr. M. Öztürk|Mehmet Öztürk]]\n[[A:Rijksstraatweg 301|Rijksstraatweg 301]]\n[[A:2025 DB|2025 DB]] HAARLEM"),
        ("kv", [["Ons kenmerk", "{{C:VTH/2024/00871}}"], ["Datum", "{{D:28 augustus 2024}}"], ["Behandeld door", "[[P:K. Bos|Kevin Bos]]"],
                ["Telefoon", "[[T:023-511 48 93]]"], ["E-mail", "[[E:k.bos@haarlem.nl]]"]], [1, 3]),
        ("p", "Geachte heer [[P:Öztürk|Mehmet Öztürk]],"),
        ("p", "Tijdens een controle op {{D:6 augustus 2024}} hebben toezichthouders van het team {{R:VTH}} geconstateerd dat op het perceel "
              "[[A:Rijksstraatweg 301|Rijksstraatweg 301]] een bedrijfsmatige autohandel plaatsvindt zonder vergunning. De controle werd uitgevoerd door "
              "toezichthouder [[P:Kevin Bos]] samen met [[P:Anouk Haarlem]] van de {{R:ODIJ}} (omgevingsdienst). De auto's staan deels in het bos "
              "achter de woning, in het {{L:Haarlemmerhout}}. Mevrouw [[P:Haarlem|Anouk Haarlem]] heeft foto's gemaakt."),
        ("p", "Wij leggen u een last onder dwangsom op op grond van artikel 5:32 {{W:Algemene wet bestuursrecht}}. U dient de activiteiten "
              "binnen vier weken te staken. Doet u dat niet, dan verbeurt u een dwangsom van € 500 per week."),
        ("p", "Uw zienswijze van {{D:20 augustus 2024}}, ingediend door uw adviseur [[P:mr. T. Hoogendijk-Sahin|Tülay Hoogendijk-Sahin]], is meegewogen."),
        ("p", "Met vriendelijke groet,\n\nhet college van burgemeester en wethouders van Haarlem,\nnamens dezen,\n\n[[P:drs. W. Bos-Zandvliet|Wilma Bos-Zandvliet]]\n{{J:afdelingshoofd VTH}}"),
    ])

# 8 vooraankondiging handhaving (html, two columns)
add("m08-handhaving-vooraankondiging", "handhavingsbrief", "html", "Liberation Sans",
    "Voornemen handhaving overlast",
    header="Gemeente Rotterdam | {{O:Stadsbeheer}} | {{C:HH-2024-3310}}",
    footer="{{O:Gemeente Rotterdam}} | {{S:Coolsingel 40}} | {{F:14 010}} | {{F:www.rotterdam.nl}}",
    columns=2,
    blocks=[
        ("p", "[[P:Mevrouw A. Mahabier|Asha Mahabier]]\n[[A:Schiedamseweg 117 C|Schiedamseweg 117 C]]\n[[A:3026 AH Rotterdam|3026 AH]]"),
        ("p", "{{L:Rotterdam}}, {{D:3 oktober 2024}}"),
        ("p", "Geachte mevrouw [[P:Mahabier|Asha Mahabier]],"),
        ("p", "Wij hebben meerdere meldingen ontvangen over geluidsoverlast vanuit uw woning. Een buurvrouw, mevrouw [[P:J. Kuipers|Joke Kuipers]], "
              "heeft een logboek bijgehouden. Op {{D:21 september 2024}} heeft {{J:handhaver}} [[P:Dennis Kok]] een rapport opgemaakt."),
        ("p", "Burgemeester {{G:Carola Schouten}} is bevoegd op grond van artikel 174a {{W:Gemeentewet}} en de {{R:APV}} Rotterdam. "
              "Wij zijn van plan een last onder bestuursdwang op te leggen. U kunt binnen twee weken een zienswijze geven."),
        ("p", "Vragen? Bel [[P:Dennis Kok]] op [[T:06-2290 1847]] of mail naar {{F:handhaving@rotterdam.nl}}."),
        ("p", "Met vriendelijke groet,\n\nde burgemeester van Rotterdam,\nnamens deze,\n\n[[P:R.J. Tjon-A-Fat|Roy Tjon-A-Fat]]\n{{J:teamleider handhaving}}"),
    ])

# 9 subsidiebeschikking (reportlab LiberationSerif TTF)
add("m09-subsidie-verlening", "subsidiebeschikking", "rl", "LiberationSerif",
    "Beschikking subsidieverlening",
    author="[[P:Priya Jagessar]]",
    header="Gemeente Utrecht | subsidienummer {{C:SUB-2024-04417}}",
    footer=UTR_FOOT,
    blocks=[
        ("p", "Stichting Buurtkracht {{L:Overvecht}}\nt.a.v. [[P:de heer D.A. Tesfamariam|Dawit Tesfamariam]]\n[[A:Bernadottelaan 22|Bernadottelaan 22]]\n[[A:3527 GA Utrecht|3527 GA]]"),
        ("kv", [["Datum", "{{D:15 februari 2024}}"], ["Behandeld door", "[[P:P. Jagessar|Priya Jagessar]]"],
                ["Telefoon", "[[T:030-286 41 09]]"], ["E-mail", "[[E:p.jagessar@utrecht.nl]]"]], [1, 3]),
        ("p", "Geachte heer [[P:Tesfamariam|Dawit Tesfamariam]],"),
        ("p", "Wij verlenen uw stichting een subsidie van € 24.500 voor het project Samen Koken in {{L:Overvecht}} op grond van de "
              "{{W:Algemene Subsidieverordening Utrecht 2022}}. Het bedrag wordt overgemaakt op rekeningnummer [[N:NL44 RABO 0317 2298 41|NL44 RABO 0317 2298 41]] "
              "ten name van de stichting."),
        ("p", "De penningmeester, mevrouw [[P:Amanuel Gebremariam|Amanuel Gebremariam]], heeft de begroting ondertekend. Voor de vrijwilligersvergoeding "
              "van de kok, de heer [[P:Jan Kok]] (BSN [[B:244190532]]), gelden de regels van de {{O:Belastingdienst}}."),
        ("p", "Wethouder {{G:Linda Voortman}} heeft het project bezocht op {{D:8 januari 2024}}."),
        ("p", "Met vriendelijke groet,\n\nburgemeester en wethouders van Utrecht,\nnamens dezen,\n\n[[P:Priya Jagessar]]\n{{J:subsidieadviseur}}"),
    ])

# 10 subsidievaststelling provincie (docx)
add("m10-subsidie-vaststelling", "subsidiebeschikking", "docx", "Liberation Sans",
    "Vaststelling subsidie erfgoed",
    author="[[P:Sjoukje van der Meer]]",
    header="{{O:Provinsje Fryslân}} | {{C:01987654}}",
    footer=FRL_FOOT,
    blocks=[
        ("p", "[[P:Dhr. J. Hiemstra|Jelle Hiemstra]]\n[[A:Tsjerkestrjitte 4|Tsjerkestrjitte 4]]\n[[A:9051 AK Stiens|9051 AK]]"),
        ("kv", [["Datum", "{{D:30 mei 2024}}"], ["Behandeld door", "[[P:S. van der Meer|Sjoukje van der Meer]]"], ["Telefoon", "[[T:06 5512 9083]]"],
                ["Onderwerp", "vaststelling subsidie restauratie stelpboerderij"]], [1, 3]),
        ("p", "Geachte heer [[P:Hiemstra|Jelle Hiemstra]],"),
        ("p", "Gedeputeerde Staten van {{L:Fryslân}} stellen de subsidie vast op € 38.200 op grond van de {{W:Algemene subsidieverordening Provincie Fryslân 2013}}. "
              "Wij betalen het restant uit op IBAN [[N:NL02 ABNA 0457 8812 90|NL02 ABNA 0457 8812 90]] t.n.v. [[P:J. Hiemstra en/of W. Hiemstra-Brouwer|Wiepkje Hiemstra-Brouwer]]."),
        ("p", "Uw BSN [[B:190733158]] hebben wij niet nodig gehad; wij hebben het verwijderd uit ons dossier."),
        ("p", "Gedeputeerde {{G:Sietske Poepjes}} was aanwezig bij de oplevering. De {{O:Rijksdienst voor het Cultureel Erfgoed}} heeft advies gegeven."),
        ("p", "Mei freonlike groetnis,\n\nnamens Gedeputeerde Staten,\n\n[[P:Sjoukje van der Meer]]\n{{J:teamlieder subsydzjes}}"),
    ])

# 11 klachtbehandeling verslag (docx)
add("m11-klacht-verslag", "klachtbehandeling verslag", "docx", "DejaVu Serif",
    "Verslag klachtbehandeling",
    author="[[P:Bram Schouten]]",
    header="Gemeente Zwolle | klachtnummer {{C:KL-2024-0211}}",
    footer=ZWL_FOOT,
    blocks=[
        ("h", "Verslag hoorgesprek klacht"),
        ("kv", [["Datum gesprek", "{{D:17 juli 2024}}"], ["Klager", "[[P:mevrouw F. Benali|Fatima Benali]], [[A:Assendorperstraat 77|Assendorperstraat 77]], [[A:8012 DE Zwolle|8012 DE]]"],
                ["Beklaagde", "[[P:Rik Mulder]], {{J:klantmanager}} {{O:Werk en Inkomen}}"], ["Klachtbehandelaar", "[[P:Bram Schouten]]"]], [1, 3]),
        ("p", "Mevrouw [[P:Benali|Fatima Benali]] klaagt over de bejegening door de heer [[P:Mulder|Rik Mulder]] bij de aanvraag bijstand op grond van de {{W:Participatiewet}}. "
              "Zij werd bijgestaan door haar dochter [[P:Salma|Salma Benali]]. [[P:Salma|Salma Benali]] vertaalde waar nodig. De heer [[P:Mulder|Rik Mulder]] erkent dat het gesprek stroef verliep."),
        ("p", "De klachtbehandelaar stelt vast dat de klacht gedeeltelijk gegrond is. De afhandeling volgt hoofdstuk 9 van de {{W:Algemene wet bestuursrecht}}. "
              "Mevrouw kan zich daarna wenden tot de {{O:Nationale ombudsman}}."),
        ("p", "Aanwezig namens de gemeente: [[P:Bram Schouten]] (verslag) en [[P:Nadia Boukhari]] ({{J:teamleider}})."),
    ])

# 12 table of complaint cases, narrow cells (html)
add("m12-klachten-overzicht", "tabel klachtzaken", "html", "DejaVu Sans Condensed",
    "Overzicht klachten tweede kwartaal",
    header="Gemeente Utrecht | {{O:Klachtenbureau}} | rapportage Q2 2024",
    footer=UTR_FOOT,
    blocks=[
        ("h", "Klachten tweede kwartaal 2024"),
        ("p", "Onderstaand overzicht is opgesteld voor de {{O:commissie Bestuur en Middelen}}. Persoonsgegevens zijn opgenomen ten behoeve van de interne afhandeling."),
        ("table", [["Nr.", "Klager", "Adres", "Afdeling", "Behandelaar", "Status"],
                   ["{{C:K24-101}}", "[[P:Wubbo Hoogeveen]]", "[[A:Amsterdamsestraatweg 508|Amsterdamsestraatweg 508]]", "{{O:Vergunningen}}", "[[P:L. Kramer|Lotte Kramer]]", "gegrond"],
                   ["{{C:K24-102}}", "[[P:Mariam Al-Khatib]]", "[[A:Marnixlaan 140|Marnixlaan 140]]", "{{O:Wijkteam}}", "[[P:L. Kramer|Lotte Kramer]]", "ongegrond"],
                   ["{{C:K24-103}}", "[[P:Agnieszka Wiśniewska-Bos]]", "[[A:Gageldijk 12|Gageldijk 12]]", "{{O:Stadsbeheer}}", "[[P:T. Kartosen|Tirza Kartosen]]", "ingetrokken"],
                   ["{{C:K24-104}}", "[[P:Jan-Willem van de Ven]]", "[[A:Biltstraat 9 bis|Biltstraat 9 bis]]", "{{O:Burgerzaken}}", "[[P:T. Kartosen|Tirza Kartosen]]", "gegrond"],
                   ["{{C:K24-105}}", "[[P:Nelson Fortes Monteiro]]", "[[A:Zamenhofdreef 63|Zamenhofdreef 63]]", "{{O:Belastingen}}", "[[P:L. Kramer|Lotte Kramer]]", "in behandeling"],
                   ["{{C:K24-106}}", "[[P:Putri Wulandari]]", "[[A:Vleutenseweg 331|Vleutenseweg 331]]", "{{O:Parkeren}}", "[[P:Ahmet Yılmaz]]", "gegrond"]],
         [0.8, 1.2, 1.5, 1.1, 1.1, 1]),
        ("p", "Toelichting: de klacht van de heer [[P:Hoogeveen|Wubbo Hoogeveen]] over de {{O:Omgevingsdienst}} is doorgestuurd. Klachtbehandelaar [[P:Kartosen|Tirza Kartosen]] is bereikbaar via {{F:klachten@utrecht.nl}}."),
    ])

# 13 e-mail thread municipality <-> resident (reportlab Courier)
add("m13-mail-bewoner-boom", "e-mailwisseling gemeente-bewoner", "rl", "Courier",
    "RE: boom voor mijn huis",
    author="[[P:Sander Verhoef]]",
    blocks=[
        ("p", "Van: [[P:Sander Verhoef]] <[[E:sander.verhoef@utrecht.nl]]>\nVerzonden: donderdag {{D:11 april 2024}} 09:14\nAan: [[E:h.demir1975@hotmail.com]]\nCC: {{F:info@utrecht.nl}}\nOnderwerp: RE: boom voor mijn huis"),
        ("p", "Beste [[P:mevrouw Demir|Hatice Demir]],"),
        ("p", "Dank voor uw bericht. De boom voor uw woning aan de [[A:Amaliadwarsstraat 6|Amaliadwarsstraat 6]] wordt op {{D:22 april 2024}} gesnoeid door {{O:Stadsbeheer}}. "
              "Mijn collega [[P:Ruben|Ruben Sahertian]] van het team Bomen komt vooraf kijken."),
        ("p", "Met vriendelijke groet,\n\n[[P:Sander Verhoef]]\n{{J:medewerker openbare ruimte}}\nGemeente Utrecht\nT [[T:030 - 286 53 21]]\nM [[T:+31 (0)6 47 10 29 88]]"),
        ("p", "-----Oorspronkelijk bericht-----\nVan: [[P:Hatice Demir]] <[[E:h.demir1975@hotmail.com]]>\nVerzonden: maandag {{D:8 april 2024}} 21:47\nAan: {{F:info@utrecht.nl}}\nOnderwerp: boom voor mijn huis"),
        ("p", "Goedenavond,\n\nDe boom voor mijn huis ([[A:Amaliadwarsstraat 6|Amaliadwarsstraat 6]], [[A:3572 KK|3572 KK]]) hangt over het dak. Mijn buurman [[P:Piet de Vries]] heeft ook al gebeld. "
              "Kunt u iemand sturen? U kunt mij bellen op [[T:0612345678]].\n\nGroet,\n[[P:Hatice|Hatice Demir]]"),
    ])

# 14 e-mail thread municipality <-> company (html)
add("m14-mail-bedrijf-aanbesteding", "e-mailwisseling gemeente-bedrijf", "html", "Liberation Serif",
    "RE: RE: vraag over aanbesteding",
    header="Afgedrukt uit Outlook door [[P:Lieke Janssen]]",
    blocks=[
        ("p", "Van: [[P:Lieke Janssen]]\nVerzonden: {{D:6 maart 2024}} 16:02\nAan: '[[P:Marco de Groot-Pinas|Marco de Groot-Pinas]]'\nCC: {{F:inkoop@haarlem.nl}}\nOnderwerp: RE: RE: vraag over aanbesteding {{C:2024-INK-017}}"),
        ("p", "Hoi [[P:Marco|Marco de Groot-Pinas]],\n\nDe nota van inlichtingen komt vrijdag op {{O:TenderNed}}. Wethouder {{G:Floor Roduner}} is op de hoogte.\n\nGroet,\n[[P:Lieke|Lieke Janssen]]"),
        ("p", "Van: [[P:Marco de Groot-Pinas]] <[[E:m.degrootpinas@groenwerk-bv.nl]]>\nVerzonden: {{D:6 maart 2024}} 11:30\nAan: [[P:Janssen, Lieke|Lieke Janssen]] <[[E:l.janssen@haarlem.nl]]>"),
        ("p", "Beste [[P:Lieke|Lieke Janssen]],\n\nNamens {{O:Groenwerk B.V.}} een vraag over perceel 2. Mijn collega [[P:Oksana Kowalczyk]] ([[T:+48 512 334 871]]) belt je nog.\n\n"
              "Met vriendelijke groet,\n\n[[P:Marco de Groot-Pinas]]\n{{J:accountmanager}}\nDirect: [[T:023 - 5420 187]]\nMobiel: [[T:06 - 1099 2831]]\n{{O:Groenwerk B.V.}} | {{F:www.groenwerk-bv.nl}}"),
    ])

# 15 internal e-mail thread gemeente <-> provincie (docx)
add("m15-mail-provincie-woningbouw", "e-mailwisseling gemeente-provincie", "docx", "Liberation Sans",
    "FW: woningbouwlocatie Rijnenburg",
    author="[[P:Lars Veenstra]]",
    blocks=[
        ("p", "Van: [[P:Veenstra, Lars|Lars Veenstra]]\nVerzonden: dinsdag {{D:14 mei 2024}} 08:51\nAan: [[E:esther.vanlingen@provincie-utrecht.nl]]\nCC: [[P:Yasmina Ouali]]\nOnderwerp: FW: woningbouwlocatie {{L:Rijnenburg}}"),
        ("p", "Hoi [[P:Esther|Esther van Lingen]],\n\nZie onderstaand. Kun jij checken of gedeputeerde {{G:Huib van Essen}} dit in het {{O:BO Leefomgeving}} wil inbrengen? "
              "[[P:Yasmina|Yasmina Ouali]] heeft de cijfers.\n\nGroet,\n[[P:Lars|Lars Veenstra]]\n\n[[P:Lars Veenstra]] | {{J:strategisch adviseur wonen}} | Gemeente Utrecht | [[T:06 12 88 45 03]]"),
        ("p", "Van: [[P:Esther van Lingen]]\nVerzonden: maandag {{D:13 mei 2024}} 17:20\nAan: [[P:Veenstra, Lars|Lars Veenstra]]\nOnderwerp: woningbouwlocatie {{L:Rijnenburg}}"),
        ("p", "Beste [[P:Lars|Lars Veenstra]],\n\nMinister {{G:Hugo de Jonge}} heeft {{L:Rijnenburg}} aangewezen als grootschalige woningbouwlocatie binnen de {{W:Woondeal}} regio Utrecht. "
              "Graag hoor ik hoe wethouder {{G:Eelco Eerenberg}} hierover denkt. Het {{O:Rijksvastgoedbedrijf}} sluit aan.\n\n"
              "Met vriendelijke groet,\n\n[[P:Esther van Lingen]]\n{{J:programmamanager}}\n{{O:Provincie Utrecht}}\nT: [[T:030-2583317]]"),
    ])

# 16 Teams chat export (html)
add("m16-teams-chat-evenement", "Teams-chatexport", "html", "DejaVu Sans",
    "Chat Evenementenvergunning Koningsdag",
    header="Microsoft Teams export | chat 'Vergunning Koningsdag Vondelpark' | {{D:23-04-2024}}",
    blocks=[
        ("table", [["Tijd", "Afzender", "Bericht"],
                   ["09:02", "[[P:Jasper Hofman]]", "Morgen {{R:GGD}} check bij het podium, wie gaat mee?"],
                   ["09:04", "[[P:Naima Chaara]]", "Ik! @[[P:Jasper|Jasper Hofman]] neem jij de {{R:BOA}}'s mee?"],
                   ["09:05", "[[P:Jasper Hofman]]", "Ja. [[P:Willem|Willem Brouwer]] rijdt. Bel me op [[T:06-31415926]] als het druk is"],
                   ["09:11", "[[P:Rachelle Pinas]]", "Burgemeester {{G:Halsema}} komt om 14.00 langs, graag iemand bij de ingang"],
                   ["09:12", "[[P:Naima Chaara]]", "👍 [[P:Rachelle|Rachelle Pinas]] doe jij dat?"],
                   ["09:20", "[[P:Rachelle Pinas]]", "ok. De organisator (mevr. [[P:Iris Kok|Iris Kok]]) wil nog een extra kraam, vergunning {{C:EV-2024-0133}}"],
                   ["09:21", "[[P:Jasper Hofman]]", "Nee, staat niet in de {{R:APV}}-ontheffing. Graag via {{F:evenementen@amsterdam.nl}}"]],
         [0.6, 1.3, 4]),
        ("p", "Deelnemers: [[P:Jasper Hofman]], [[P:Naima Chaara]], [[P:Rachelle Pinas]], [[P:Willem|Willem Brouwer]]"),
    ])

# 17 Teams chat export (reportlab condensed TTF)
add("m17-teams-chat-wmo", "Teams-chatexport", "rl", "DejaVuSansCondensed",
    "Teams chat Wmo-team",
    author="[[P:Femke Zwart]]",
    blocks=[
        ("p", "[{{D:02-09-2024}} 10:14] [[P:Femke Zwart]]: Hoi [[P:Sem|Sem Achterberg]], heb jij het dossier van [[P:mevr. Soerdjbalie|Kiran Soerdjbalie]] al gezien?"),
        ("p", "[{{D:02-09-2024}} 10:16] [[P:Sem Achterberg]]: Ja, {{R:Wmo}} traplift. Ze woont [[A:Laan van Nieuw Oosteinde 88|Laan van Nieuw Oosteinde 88]], derde verdieping."),
        ("p", "[{{D:02-09-2024}} 10:17] [[P:Femke Zwart]]: Oké. [[P:Kiran|Kiran Soerdjbalie]] belde gisteren weer, nummer [[T:070-3812290]]."),
        ("p", "[{{D:02-09-2024}} 10:21] [[P:Sem Achterberg]]: Ik bel haar. [[P:Femke|Femke Zwart]], kun jij het advies van de {{R:GGD}} opvragen?"),
        ("p", "[{{D:02-09-2024}} 10:22] [[P:Femke Zwart]]: Doe ik. Wethouder {{G:Van Asten}} wil vrijdag een update over de wachtlijsten."),
        ("p", "[{{D:02-09-2024}} 10:40] [[P:Dewi Hartono]]: [[P:Sem|Sem Achterberg]], de indicatie staat in {{O:Suite4Sociaal Domein}} onder {{C:WMO-24-88121}}."),
        ("p", "[{{D:02-09-2024}} 10:41] [[P:Sem Achterberg]]: Top, dank [[P:Dewi|Dewi Hartono]]!"),
        ("small", "Export {{O:Gemeente Den Haag}}, {{S:Spui 70}}, {{L:Den Haag}}"),
    ])

# 18 art. 40 raadsvragen + antwoorden (docx)
add("m18-raadsvragen-art40", "raadsvragen art. 40 met antwoorden", "docx", "Liberation Serif",
    "Schriftelijke vragen ex artikel 40 RvO",
    author="[[P:Merel Jongbloed]]",
    header="Raadsvragen {{C:2024/RV/041}} | beantwoording college",
    footer=AMS_FOOT,
    blocks=[
        ("h", "Schriftelijke vragen van het lid {{G:Yılmaz}} ({{O:GroenLinks}})"),
        ("p", "Indiener: {{G:Raadslid Yılmaz (GroenLinks)}}\nDatum indiening: {{D:4 maart 2024}}\nOnderwerp: schimmel in sociale huurwoningen {{L:Nieuw-West}}"),
        ("p", "Vraag 1: Is het college bekend met de situatie van een bewoner aan de [[A:Tussen Meer 1042|Tussen Meer 1042]], mevrouw [[P:Zeynep Aydın]], die al drie jaar klaagt over schimmel?"),
        ("p", "Antwoord 1: Ja. Het college heeft contact gehad met de bewoner en met woningcorporatie {{O:Stadgenoot}}. De {{R:GGD}} Amsterdam heeft op {{D:12 maart 2024}} een inspectie uitgevoerd."),
        ("p", "Vraag 2: Wil het college samen met het {{O:Huurteam}} in gesprek?"),
        ("p", "Antwoord 2: Wethouder {{G:Zita Pels}} gaat in gesprek. De behandelend ambtenaar, [[P:M. Jongbloed|Merel Jongbloed]], stelt een plan van aanpak op met [[P:Mohamed el Bouzidi]] van {{O:Stadgenoot}}."),
        ("p", "Burgemeester en wethouders van Amsterdam,\n\nde burgemeester, {{G:Femke Halsema}}"),
    ])

# 19 Statenvragen + antwoord GS (reportlab Helvetica)
add("m19-statenvragen", "schriftelijke Statenvragen met antwoord", "rl", "Helvetica",
    "Statenvragen windpark",
    author="[[P:Gerben Kingma]]",
    header="Provinsje Fryslân | Statenvragen {{C:SV-2024-17}}",
    footer=FRL_FOOT,
    blocks=[
        ("p", "Vragen van het Statenlid {{G:Sijtsma}} ({{O:FNP}}) over windpark {{L:Fryslân}} (IJsselmeer), ingediend {{D:9 februari 2024}}."),
        ("p", "1. Is het college op de hoogte van de brief van omwonende [[P:Tjeerd Feenstra]] uit {{L:Makkum}}?\n"
              "Antwoord: Ja. De heer [[P:Feenstra|Tjeerd Feenstra]] heeft ook gesproken met gedeputeerde {{G:Douwe Hoogland}}."),
        ("p", "2. Klopt het dat een medewerker van de provincie de klager heeft toegezegd dat de molens stilgezet worden?\n"
              "Antwoord: Nee. De behandelend {{J:omgevingsmanager}}, [[P:G. Kingma|Gerben Kingma]], heeft uitgelegd dat de {{W:Omgevingswet}} daarvoor geen grond biedt."),
        ("p", "3. Welke rol heeft het Rijk?\nAntwoord: Het windpark valt onder de {{W:Rijkscoördinatieregeling}}. Minister {{G:Rob Jetten}} is bevoegd gezag."),
        ("p", "Gedeputeerde Staten van Fryslân,\n\n{{G:Arno Brok}}, voorzitter"),
        ("small", "Opgesteld door [[P:drs. A.B. van Dam|Albert van Dam]], {{J:beleidsmedewerker}}; gelezen [[I:GK|Gerben Kingma]]"),
    ])

# 20 notulen commissievergadering (docx, two columns)
add("m20-notulen-commissie-ruimte", "notulen commissievergadering", "docx", "Liberation Sans",
    "Verslag commissie Ruimte",
    author="[[P:Charlotte Wolters]]",
    header="Verslag commissie Ruimte {{D:16 april 2024}} | concept",
    footer=HLM_FOOT,
    columns=2,
    blocks=[
        ("p", "Voorzitter: {{G:Van Stralen}} (VVD)\nGriffier: [[P:Charlotte Wolters]]\nAanwezig: raadsleden {{G:Van der Molen}}, {{G:Özdemir}}, {{G:De Haan}}, {{G:Ramsodit}}; wethouder {{G:Roduner}}"),
        ("h", "1. Inspreekrecht"),
        ("p", "Inspreker de heer [[P:Hans de Haan]] (bewoner [[A:Zijlweg 188|Zijlweg 188]]) spreekt over de bomenkap. De heer [[P:De Haan|Hans de Haan]] is geen familie van raadslid {{G:De Haan}}."),
        ("p", "Inspreekster mevrouw [[P:Marisol Fortes]] namens de {{O:Bomenstichting}} vraagt om een {{R:MER}}."),
        ("h", "2. Bestemmingsplan Zijlweg"),
        ("p", "Het raadslid {{G:Özdemir}} ({{O:GroenLinks}}) vraagt of mevrouw [[P:Fortes|Marisol Fortes]] betrokken wordt. Wethouder {{G:Roduner}} zegt toe dat de projectleider, [[P:mevrouw Stam|Ingrid Stam]], contact opneemt."),
        ("p", "Raadslid {{G:Ramsodit}} ({{O:PvdA}}) vraagt naar de planning. De ambtenaar, de heer [[P:Koen Wouters]], antwoordt dat de {{W:Omgevingswet}} vanaf {{D:1 januari 2024}} geldt."),
        ("h", "3. Toezeggingen"),
        ("p", "{{C:TZ-24-031}}: contact met inspreker (wethouder {{G:Roduner}})\n{{C:TZ-24-032}}: memo planning ([[P:K. Wouters|Koen Wouters]])"),
    ])

# 21 notulen commissie (html)
add("m21-notulen-commissie-zorg", "notulen commissievergadering", "html", "Liberation Sans",
    "Besluitenlijst en verslag commissie Welzijn",
    header="Gemeente Zwolle | commissie Welzijn {{D:5 juni 2024}}",
    footer=ZWL_FOOT,
    blocks=[
        ("p", "Aanwezig: {{G:Peter Snijders}} (voorzitter, burgemeester), wethouder {{G:Schuttenbeld}}, raadsleden {{G:Kamphuis}} ({{O:CDA}}), {{G:El Khatib}} ({{O:D66}}), {{G:Van Wijk}} ({{O:ChristenUnie}})\nNotulist: [[P:Rosa Meijerink]]"),
        ("h", "Insprekers"),
        ("p", "Mevrouw [[P:Aysel Çelik]] spreekt namens ouders van de peuterspeelzaal {{O:Het Kwetternest}}. Zij woont in {{L:Stadshagen}}. "
              "Daarna spreekt de heer [[P:Wim van Wijk]], vader van een cliënt van {{O:Dimence}}. De heer [[P:W. van Wijk|Wim van Wijk]] vraagt aandacht voor de wachtlijst."),
        ("p", "Raadslid {{G:Van Wijk}} merkt op dat zij niet verwant is aan de inspreker."),
        ("h", "Bespreking"),
        ("p", "De heer {{G:Kamphuis}} vraagt naar de rol van de {{R:GGD}}. Wethouder {{G:Schuttenbeld}} antwoordt dat de {{W:Wet publieke gezondheid}} de kaders geeft. "
              "Mevrouw {{G:El Khatib}} vraagt of mevrouw [[P:Çelik|Aysel Çelik]] een schriftelijk antwoord krijgt. Toezegging: ja, via [[E:r.meijerink@zwolle.nl]]."),
    ])

# 22 gespreksverslag with attendees in two columns (html)
add("m22-gespreksverslag-bewoners", "gespreksverslag", "html", "DejaVu Serif",
    "Gespreksverslag bewonersoverleg Kanaleneiland",
    header="Gespreksverslag | {{C:GV-2024-0588}}",
    footer=UTR_FOOT,
    blocks=[
        ("h", "Gespreksverslag bewonersoverleg {{L:Kanaleneiland}}, {{D:26 juni 2024}}"),
        ("table", [["Aanwezig namens bewoners", "Aanwezig namens gemeente en partners"],
                   ["[[P:Abdelkader Ouazzani]]\n[[P:Jannie de Vries]]\n[[P:Gerda Hulshof-van der Linden]]\n[[P:Tesfay Berhane]]\n[[P:Bogdan Zieliński]]",
                    "{{G:wethouder Dennis de Vries}}\n[[P:Ilona Verschuur]] ({{J:wijkmanager}})\n[[P:Kaj Oudshoorn]] ({{O:Bo-Ex}})\n[[P:Rianne de Boer]] ({{O:Politie Midden-Nederland}})"]], [1, 1]),
        ("p", "De heer [[P:Ouazzani|Abdelkader Ouazzani]] opent met een zorg over de hangjongeren bij het {{L:Churchilllaan}}-plein. Mevrouw [[P:Hulshof|Gerda Hulshof-van der Linden]] sluit zich aan."),
        ("p", "Wijkagent [[P:De Boer|Rianne de Boer]] meldt dat de politie extra surveilleert. De {{R:BOA}}'s werken samen met {{O:Bo-Ex}}. De boer van de stadsboerderij {{O:Op Buuren}} biedt een ruimte aan."),
        ("p", "Bewoner [[P:Jannie de Vries]] vraagt wethouder {{G:De Vries}} om meer verlichting in het park. [[P:Jannie|Jannie de Vries]] woont er al veertig jaar."),
        ("p", "Wethouder {{G:De Vries}} zegt toe in september terug te komen. Actie: [[P:Ilona|Ilona Verschuur]] plant een vervolgafspraak; bereikbaar via [[T:06 41 08 77 21]]."),
    ])

# 23 gespreksverslag (reportlab two-column frames, TTF)
add("m23-gespreksverslag-ondernemer", "gespreksverslag", "rl", "DejaVuSans",
    "Verslag gesprek ondernemer horeca",
    author="[[P:Thijs Oomen]]",
    header="Gemeente Leeuwarden | verslag {{C:HOR-2024-072}}",
    footer=LWD_FOOT,
    columns=2,
    blocks=[
        ("h", "Verslag gesprek exploitatievergunning"),
        ("p", "Datum: {{D:13 maart 2024}}\nLocatie: stadhuis, {{S:Oldehoofsterkerkhof 2}}\nAanwezig: burgemeester {{G:Sybrand Buma}}; [[P:Thijs Oomen]] ({{J:adviseur openbare orde}}); [[P:Klaas Jan Terpstra]] ({{J:jurist}}); "
              "de heer [[P:Hüseyin Koç]] (exploitant café {{O:De Waag}}) en zijn advocaat [[P:mr. S.W. de Jong-Tjiong|Sandra de Jong-Tjiong]]."),
        ("p", "De burgemeester licht toe dat de {{W:Alcoholwet}} en de {{R:APV}} Leeuwarden de basis zijn. Het {{O:Bibob}}-onderzoek van het {{O:Landelijk Bureau Bibob}} loopt nog."),
        ("p", "De heer [[P:Koç|Hüseyin Koç]] stelt dat zijn broer [[P:Mustafa Koç]] geen rol speelt in de onderneming. Mr. [[P:De Jong-Tjiong|Sandra de Jong-Tjiong]] vraagt om inzage in het dossier."),
        ("p", "Afspraak: [[P:Terpstra|Klaas Jan Terpstra]] stuurt de stukken vóór {{D:1 april 2024}}. Vragen kunnen naar {{F:openbareorde@leeuwarden.nl}}."),
        ("p", "Paraaf verslag: [[I:TO|Thijs Oomen]] / [[I:KJT|Klaas Jan Terpstra]]"),
    ])

# 24 Woo-inventarislijst (html table)
add("m24-woo-inventaris-azc", "Woo-inventarislijst", "html", "Liberation Sans",
    "Inventarislijst Woo-besluit opvang asielzoekers",
    header="Bijlage 1 bij Woo-besluit {{C:WOO-2024-0231}} | {{O:Gemeente Almere}}",
    footer="Gemeente Almere | {{S:Stadhuisplein 1}} | {{F:14 036}} | {{F:woo@almere.nl}}",
    blocks=[
        ("table", [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
                   ["1", "Brief {{O:COA}} aan college", "{{D:12-01-2024}}", "deels openbaar", "5.1.2e", "naam behandelaar [[P:Femke Lammers]] weggelakt"],
                   ["2", "E-mail [[P:P. Bhagwandin|Pooja Bhagwandin]] aan wethouder", "{{D:15-01-2024}}", "deels openbaar", "5.1.2e", ""],
                   ["3", "Raadsinformatiebrief opvang", "{{D:18-01-2024}}", "openbaar", "", "reeds openbaar"],
                   ["4", "Verslag overleg met burgemeester {{G:Hein van der Loo}}", "{{D:22-01-2024}}", "deels openbaar", "5.1.2e, 5.2.1", ""],
                   ["5", "Bezwaar omwonende [[P:Teun Zwanenburg]], [[A:Baljuwstraat 12|Baljuwstraat 12]]", "{{D:30-01-2024}}", "deels openbaar", "5.1.2e", ""],
                   ["6", "Memo {{O:Veiligheidsregio Flevoland}}", "{{D:02-02-2024}}", "niet openbaar", "5.1.2h", ""],
                   ["7", "Appberichten [[P:J. Mesman|Jeroen Mesman]] en [[P:A. Hoxha|Anisa Hoxha]]", "{{D:05-02-2024}}", "deels openbaar", "5.1.2e", "chat afdeling"],
                   ["8", "Notitie {{O:Ministerie van Justitie en Veiligheid}}", "{{D:09-02-2024}}", "openbaar", "", ""]],
         [0.4, 2.4, 0.9, 0.9, 0.8, 1.4]),
        ("p", "Behandelaar Woo-verzoek: {{F:woo@almere.nl}}. Verzoeker: [[P:Lodewijk Sprenger]] ({{O:Omroep Flevoland}})."),
    ])

# 25 Woo-inventarislijst (reportlab table, productierapport columns)
add("m25-woo-inventaris-provincie", "Woo-inventarislijst", "rl", "DejaVuSansCondensed",
    "Inventarislijst Woo-verzoek N201",
    author="[[P:Marloes Brink]]",
    header="{{O:Provincie Noord-Holland}} | inventarislijst {{C:NH-WOO-2024-112}}",
    footer=NH_FOOT,
    blocks=[
        ("table", [["ID", "Document", "Datum", "Beoordeling", "Beoordelingsgrond", "Toelichting"],
                   ["{{C:112.001}}", "Brief gedeputeerde {{G:Jeroen Olthof}} aan {{O:Rijkswaterstaat}}", "{{D:03-03-2023}}", "openbaar", "", ""],
                   ["{{C:112.002}}", "Mail [[P:Marloes Brink]] aan [[P:Hidde Ploeger]]", "{{D:07-03-2023}}", "deels openbaar", "5.1.2e", ""],
                   ["{{C:112.003}}", "Zienswijze [[P:familie Sastrowardojo|Sastrowardojo]], [[A:Schipholweg 402|Schipholweg 402]]", "{{D:20-03-2023}}", "deels openbaar", "5.1.2e", ""],
                   ["{{C:112.004}}", "Memo {{O:Omgevingsdienst Noordzeekanaalgebied}} ({{R:ODNZKG}})", "{{D:02-04-2023}}", "deels openbaar", "5.1.2i", ""],
                   ["{{C:112.005}}", "Verslag overleg commissaris van de Koning {{G:Arthur van Dijk}}", "{{D:11-04-2023}}", "openbaar", "", ""],
                   ["{{C:112.006}}", "Notitie [[P:H.J. ter Borg|Hennie ter Borg]] ({{O:Gemeente Haarlemmermeer}})", "{{D:17-04-2023}}", "deels openbaar", "5.1.2e, 5.2.1", ""]],
         [0.9, 2.6, 1, 1, 1, 1]),
        ("p", "Behandelaar: [[P:M. Brink|Marloes Brink]], {{J:Woo-coördinator}}, [[E:brinkm@noord-holland.nl]]. Algemeen: {{F:post@noord-holland.nl}}."),
    ])

# 26 letter with municipality footer (docx)
add("m26-brief-afvalinzameling", "brief aan bewoner", "docx", "DejaVu Sans",
    "Brief ondergrondse container",
    author="[[P:Stijn Verbeek]]",
    header="{{O:Gemeente Haarlem}} | {{O:Spaarnelanden}}",
    footer=HLM_FOOT + "\nBezoekadres {{S:Zijlvest 39}} | {{F:www.haarlem.nl}}",
    blocks=[
        ("p", "[[P:Familie Boukhari-Jansen|Boukhari-Jansen]]\n[[A:Amsterdamstraat 65 rood|Amsterdamstraat 65 rood]]\n[[A:2032 PL HAARLEM|2032 PL]]"),
        ("kv", [["Datum", "{{D:8 oktober 2024}}"], ["Kenmerk", "{{C:2024/612903}}"], ["Contactpersoon", "[[P:S. Verbeek|Stijn Verbeek]]"]], [1, 3]),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Op uw verzoek van {{D:12 september 2024}} verplaatsen wij de ondergrondse container. De nieuwe plek ligt bij de hoek met de {{L:Vooruitgangstraat}}. "
              "Uw buurvrouw mevrouw [[P:L. Koster|Lieke Koster]] heeft daar bezwaar tegen gemaakt; wij hebben haar apart bericht."),
        ("p", "Heeft u vragen, bel dan {{F:14 023}} of kijk op {{F:www.haarlem.nl}}. Vermeld ons kenmerk {{C:2024/612903}}."),
        ("p", "Met vriendelijke groet,\n\nnamens het college van burgemeester en wethouders,\n\n[[P:Stijn Verbeek]]\n{{J:projectleider afval}}"),
    ])

# 27 Wmo-beschikking (reportlab Times) with BSN without label
add("m27-wmo-beschikking", "beschikking Wmo", "rl", "Times-Roman",
    "Beschikking maatwerkvoorziening",
    author="[[P:R. Smits|Roos Smits]]",
    header="Gemeente Tilburg | {{O:Wmo-loket}} | {{C:WMO/2024/19822}}",
    footer="Gemeente Tilburg | {{S:Stadhuisplein 130}} | {{F:14 013}} | {{F:www.tilburg.nl}}",
    blocks=[
        ("p", "[[P:Mevrouw W. Nijboer-Kaya|Wendela Nijboer-Kaya]]\n[[A:Ringbaan-West 210|Ringbaan-West 210]]\n[[A:5037 KC Tilburg|5037 KC]]\nBurgerservicenummer: [[B:231940764]]"),
        ("p", "Geachte mevrouw [[P:Nijboer-Kaya|Wendela Nijboer-Kaya]],"),
        ("p", "U vroeg op {{D:3 juni 2024}} om een scootmobiel. Op grond van de {{W:Wet maatschappelijke ondersteuning 2015}} en de {{W:Verordening maatschappelijke ondersteuning Tilburg}} kennen wij u "
              "een scootmobiel toe. Leverancier {{O:Welzorg}} neemt contact op. Dossier [[B:231940764]]/{{C:WMO/2024/19822}}."),
        ("p", "Het gesprek vond plaats met consulent [[P:Roos Smits]] en uw mantelzorger [[P:Joyce|Joyce van Kempen]]."),
        ("p", "Met vriendelijke groet,\n\nburgemeester en wethouders van Tilburg,\nnamens dezen,\n\n[[P:Roos Smits]]\n{{J:Wmo-consulent}}"),
    ])

# 28 provincial letter (html)
add("m28-brief-provincie-ontheffing", "brief provincie", "html", "DejaVu Serif",
    "Ontheffing Wet natuurbescherming",
    header="{{O:Provincie Noord-Holland}} | kenmerk {{C:1893341/1903350}}",
    footer=NH_FOOT,
    blocks=[
        ("p", "[[P:De heer R. Gerritsen|Ruud Gerritsen]]\n[[A:Kerkbuurt 14|Kerkbuurt 14]]\n[[A:1511 BD OOSTZAAN|1511 BD]]"),
        ("p", "Haarlem, {{D:21 november 2023}}"),
        ("p", "Geachte heer [[P:Gerritsen|Ruud Gerritsen]],"),
        ("p", "Gedeputeerde Staten verlenen u ontheffing op grond van de {{W:Wet natuurbescherming}} voor het verjagen van ganzen. Gedeputeerde {{G:Jeroen Olthof}} heeft het beleid op {{D:7 november 2023}} vastgesteld. "
              "De {{O:Faunabeheereenheid Noord-Holland}} is geïnformeerd. Uw jachtaktehouder, de heer [[P:Cor Zwarthoed]], mag de ontheffing gebruiken."),
        ("p", "Heeft u vragen? Neem contact op met [[P:Hanneke Sluis]] via [[T:023 514 3987]] of [[E:sluish@noord-holland.nl]]."),
        ("p", "Hoogachtend,\n\nGedeputeerde Staten van Noord-Holland,\nnamens dezen,\n\n[[P:ir. B.C. van der Zwaag|Bart van der Zwaag]]\n{{J:teamleider natuur}}"),
    ])

# 29 raadsinformatiebrief two columns (html)
add("m29-rib-opvang", "raadsinformatiebrief", "html", "Liberation Serif",
    "Raadsinformatiebrief noodopvang",
    header="Raadsinformatiebrief {{C:RIB-2023-118}} | {{D:30 augustus 2023}}",
    footer=AMS_FOOT,
    columns=2,
    blocks=[
        ("h", "Noodopvang {{L:Zeeburgereiland}}"),
        ("p", "Geachte leden van de gemeenteraad,"),
        ("p", "Op verzoek van staatssecretaris {{G:Eric van der Burg}} heeft Amsterdam een noodopvang ingericht. Burgemeester {{G:Halsema}} heeft de locatie op {{D:28 augustus 2023}} bezocht met wethouder {{G:Rutger Groot Wassink}}."),
        ("p", "Omwonende [[P:Lidewij Bos]] organiseerde een inloopavond. Mevrouw [[P:Bos|Lidewij Bos]] woont aan de [[A:Pedro de Medinalaan 71|Pedro de Medinalaan 71]]; de avond werd gehouden in het bos bij de {{L:Diemerpark}}-ingang."),
        ("p", "Het {{O:COA}} en {{O:VluchtelingenWerk}} werken samen met de {{O:GGD Amsterdam}}. Contactpersoon namens de gemeente is [[P:Rachid Azzouzi]] ([[E:r.azzouzi@amsterdam.nl]], [[T:06-5318 2200]])."),
        ("p", "Met vriendelijke groet,\n\nnamens het college van burgemeester en wethouders,\n\n{{G:Rutger Groot Wassink}}\nwethouder Sociale Zaken"),
    ])

# 30 collegeadvies with paraph table (html)
add("m30-collegeadvies-ozb", "collegeadvies met parafentabel", "html", "DejaVu Sans",
    "Collegeadvies tarieven OZB 2025",
    header="Collegeadvies | {{C:Z/24/2231877}} | {{O:Gemeente Den Haag}}",
    footer="Gemeente Den Haag | {{S:Spui 70}} | {{F:14 070}} | {{F:www.denhaag.nl}}",
    blocks=[
        ("kv", [["Onderwerp", "Tarieven {{R:OZB}} en afvalstoffenheffing 2025"], ["Portefeuillehouder", "{{G:wethouder Van Asten}}"], ["Datum", "{{D:1 oktober 2024}}"]], [1, 3]),
        ("p", "Advies: in te stemmen met de tarieven {{R:OZB}} conform de {{W:Kadernota 2025}}. De {{O:Waarderingskamer}} is geïnformeerd."),
        ("p", "Afstemming: [[P:Mark Dekker]] ({{O:FIN}}) akkoord; [[P:Ewa Grabowska]] ({{O:Juridische Zaken}}) akkoord op {{D:25 september 2024}}."),
        ("table", [["Functie", "Naam", "Paraaf", "Datum", "Opmerking"],
                   ["Steller", "[[P:Laura Westerveld]]", "[[I:LW|Laura Westerveld]]", "{{D:20-09-2024}}", ""],
                   ["Teamleider", "[[P:Bart Koning]]", "[[I:BK|Bart Koning]]", "{{D:23-09-2024}}", "akkoord [[I:BK|Bart Koning]]"],
                   ["Afdelingshoofd", "[[P:Dr. Chandra Ramlal|Chandra Ramlal]]", "[[I:CR|Chandra Ramlal]]", "{{D:24-09-2024}}", "zie mail"],
                   ["Directeur", "[[P:Joris van den Heuvel-Agyeman|Joris van den Heuvel-Agyeman]]", "[[I:JvdHA|Joris van den Heuvel-Agyeman]]", "{{D:26-09-2024}}", ""],
                   ["Portefeuillehouder", "{{G:Van Asten}}", "", "{{D:01-10-2024}}", "akkoord"]], [1.2, 1.6, 0.8, 0.9, 1.2]),
        ("p", "Noot: de {{O:Koninklijke Bibliotheek}} en het {{O:Koninklijk Conservatorium}} vallen buiten de aanslag."),
    ])

# 31 hoorzitting bezwaarcommissie (reportlab Helvetica)
add("m31-hoorzitting-verslag", "verslag hoorzitting bezwaar", "rl", "Helvetica",
    "Verslag hoorzitting",
    author="[[P:Ineke Post]]",
    header="Commissie bezwaarschriften gemeente Utrecht | {{C:BZ 24.0612}}",
    footer=UTR_FOOT,
    blocks=[
        ("p", "Hoorzitting {{D:10 september 2024}}, {{S:Stadsplateau 1}}\nVoorzitter: {{J:externe voorzitter}} [[P:mr. P.A. Tuinstra|Pieter Tuinstra]]\nSecretaris: [[P:Ineke Post]]"),
        ("p", "Bezwaarmaker: de heer [[P:Jozef Kowalski]], [[A:Oudegracht 300 bis|Oudegracht 300 bis]], [[A:3511 PA Utrecht|3511 PA]]. Namens het college: [[P:Dirk-Jan Hazelhoff]], {{J:jurist}}."),
        ("p", "De heer [[P:Kowalski|Jozef Kowalski]] licht toe dat hij een boete van de {{R:BOA}} kreeg op grond van de {{R:APV}}. Hij wijst erop dat de heer [[P:Hazelhoff|Dirk-Jan Hazelhoff]] eerder een andere uitleg gaf."),
        ("p", "De voorzitter vraagt naar de rol van {{G:burgemeester Dijksma}}. De gemachtigde antwoordt dat de bevoegdheid is gemandateerd."),
        ("p", "BSN bezwaarmaker (voor de administratie): [[B:111222333]]. Telefoon: [[T:+31 30 231 77 90]]."),
    ])

# 32 handhaving/BOA rapport (docx)
add("m32-boa-rapport", "handhavingsrapport", "docx", "Liberation Serif",
    "Bestuurlijke rapportage BOA",
    author="[[P:BOA 4471 / R. van der Heijden|Rick van der Heijden]]",
    header="{{O:Gemeente Rotterdam}} | {{O:Toezicht en Handhaving}} | {{C:BR-2024-9017}}",
    footer="{{O:Gemeente Rotterdam}} | {{S:Coolsingel 40}} | {{F:14 010}}",
    blocks=[
        ("h", "Bestuurlijke rapportage"),
        ("kv", [["Opgemaakt door", "[[P:R. van der Heijden|Rick van der Heijden]], {{R:BOA}} domein I"], ["Collega", "[[P:Samira Bakkali]]"], ["Datum", "{{D:14 juni 2024}}"],
                ["Betrokkene", "[[P:Dewayne Martina]], geboren [[X:03-11-1991|03-11-1991]]"], ["Adres", "[[A:West-Kruiskade 88 B|West-Kruiskade 88 B]], [[A:3014 AN|3014 AN]] {{L:Rotterdam}}"]], [1, 3]),
        ("p", "Op {{D:14 juni 2024}} omstreeks 23.10 uur zagen wij dat betrokkene afval naast de container plaatste. Betrokkene, [[P:Martina|Dewayne Martina]], gaf aan dat de container vol was. "
              "Wij hebben hem gewezen op de {{R:APV}} en de {{W:Afvalstoffenverordening Rotterdam 2023}}."),
        ("p", "Het aanwijzingsbesluit cameratoezicht is genomen door {{G:burgemeester A. Aboutaleb}} op {{D:4 maart 2021}} en verlengd door burgemeester {{G:Schouten}}."),
        ("p", "Getuige: mevrouw [[P:Ans de Wit]], buurvrouw. Tel. [[T:010-4129983]]. De melding kwam binnen via {{F:14 010}}."),
        ("p", "Aldus opgemaakt en ondertekend te Rotterdam,\n\n[[P:R. van der Heijden|Rick van der Heijden]]\t\t[[P:S. Bakkali|Samira Bakkali]]"),
    ])

# 33 e-mail from resident about WOZ (reportlab DejaVuSans)
add("m33-mail-woz", "e-mail bewoner over WOZ", "rl", "DejaVuSans",
    "Bezwaar WOZ",
    author="[[P:Bas Kooistra]]",
    blocks=[
        ("p", "Van: [[P:Tjalling de Jong]] <[[E:tjalling.dejong@ziggo.nl]]>\nAan: {{F:belastingen@zwolle.nl}}\nDatum: {{D:19 februari 2024}}\nOnderwerp: bezwaar {{R:WOZ}} en {{R:OZB}} 2024"),
        ("p", "Geachte heer/mevrouw,\n\nIk maak bezwaar tegen de {{R:WOZ}}-waarde van mijn woning aan de [[A:Thorbeckegracht 41|Thorbeckegracht 41]] te {{L:Zwolle}} (aanslag {{C:2024.118.442.1}}). "
              "Mijn buren [[P:Gerda en Henk Kok|Kok]] betalen veel minder. Ik ben te bereiken op [[T:06 - 23 45 67 89]].\n\nMet vriendelijke groet,\n\n[[P:Tjalling de Jong]]\nBSN [[B:123456782]]"),
        ("p", "Van: [[P:Bas Kooistra]] <[[E:b.kooistra@zwolle.nl]]>\nAan: [[E:tjalling.dejong@ziggo.nl]]\nDatum: {{D:26 februari 2024}}"),
        ("p", "Geachte heer [[P:De Jong|Tjalling de Jong]],\n\nUw bezwaar is ontvangen. Een taxateur van {{O:Gemeente Zwolle}} neemt contact met u op. Dit gebeurt op grond van de {{W:Wet waardering onroerende zaken}}.\n\n"
              "Met vriendelijke groet,\n\n[[P:Bas Kooistra]]\n{{J:medewerker belastingen}}\n{{F:14 038}}"),
    ])

# 34 Statenbrief (docx, two columns)
add("m34-statenbrief-ov", "Statenbrief", "docx", "DejaVu Sans",
    "Statenbrief concessie openbaar vervoer",
    author="[[P:Floris Nieuwenhuis]]",
    header="{{O:Provincie Utrecht}} | Statenbrief {{C:PS2024MME12}}",
    footer=PU_FOOT,
    columns=2,
    blocks=[
        ("p", "Aan Provinciale Staten van Utrecht\nDatum: {{D:4 juli 2024}}\nPortefeuillehouder: {{G:Arne Schaddelee}}"),
        ("p", "Geachte Statenleden,"),
        ("p", "Met deze brief informeren wij u over de concessie {{L:Regio Utrecht}}. Vervoerder {{O:Qbuzz}} heeft de dienstregeling aangepast. Het Statenlid {{G:Van Muilekom}} vroeg daarnaar in de commissie {{O:MME}}."),
        ("p", "Reiziger [[P:Wouter Hoogendoorn]] uit {{L:Houten}} diende een klacht in; hij gebruikt een rolstoel. Zijn klacht is behandeld door [[P:Floris Nieuwenhuis]] ([[T:06-48 12 90 37]]) met {{O:Qbuzz}}-medewerker [[P:Joëlle Rampersad]]."),
        ("p", "Minister {{G:Mark Harbers}} ({{O:Ministerie van Infrastructuur en Waterstaat}}) is betrokken vanwege de {{W:Wet personenvervoer 2000}}. Kamerlid {{G:Caroline van der Plas}} stelde hierover vragen."),
        ("p", "Gedeputeerde Staten van Utrecht,\n\n{{G:Hans Oosters}}, voorzitter\n\nInlichtingen: [[P:M.G.J. Karskens|Marijke Karskens]], {{F:statengriffie@provincie-utrecht.nl}}"),
    ])

# 35 klachtbrief + reactie (html)
add("m35-klacht-reactie", "klachtbrief en reactie", "html", "DejaVu Sans",
    "Afhandeling klacht",
    header="Gemeente Leeuwarden | {{O:Klachtencoördinatie}} | {{C:KL/2024/0877}}",
    footer=LWD_FOOT,
    blocks=[
        ("p", "[[P:MEVROUW H. WESTRA-DE VRIES|Hinke Westra-de Vries]]\n[[A:NIEUWESTAD 12|Nieuwestad 12]]\n[[A:8911 CL LEEUWARDEN|8911 CL]]"),
        ("p", "Leeuwarden, {{D:18 november 2024}}"),
        ("p", "Geachte mevrouw [[P:Westra-de Vries|Hinke Westra-de Vries]],"),
        ("p", "U diende op {{D:28 oktober 2024}} een klacht in over het gedrag van een medewerker van de publieksbalie, mevrouw [[P:A. Ghebremedhin|Aster Ghebremedhin]]. "
              "Op {{D:11 november 2024}} sprak onze klachtcoördinator [[P:Jildou Postma]] met u en met uw zoon [[P:Sjoerd Westra]]."),
        ("p", "Wij vinden uw klacht gegrond. Burgemeester {{G:Buma}} heeft kennisgenomen van deze brief. Bent u het niet eens met de afhandeling, dan kunt u zich wenden tot de {{O:Nationale ombudsman}}, {{F:0800-33 55 555}}."),
        ("p", "Met vriendelijke groet,\n\nburgemeester en wethouders van Leeuwarden,\nnamens dezen,\n\n[[P:Jildou Postma]]\n{{J:klachtcoördinator}}\n[[T:058 - 233 4812]] | [[E:jildou.postma@leeuwarden.nl]]"),
    ])

# 36 subsidieoverzicht table (docx) with IBAN/BSN in cells
add("m36-subsidie-overzicht", "overzicht subsidies met IBAN", "docx", "Liberation Sans",
    "Overzicht verleende subsidies individuele ondersteuning",
    author="[[P:Kerem Aksoy]]",
    header="Gemeente Tilburg | overzicht {{C:SUB-IND-2024-Q3}}",
    footer="Gemeente Tilburg | {{S:Stadhuisplein 130}} | {{F:14 013}}",
    blocks=[
        ("p", "Overzicht voor de {{O:Rekenkamercommissie}}; opgesteld door [[P:Kerem Aksoy]] ({{J:controller}}), gecontroleerd door [[P:Tessa Hagenaars]]."),
        ("table", [["Aanvrager", "BSN", "IBAN", "Bedrag", "Regeling"],
                   ["[[P:Indra Soebagio]]", "[[B:207113891]]", "[[N:NL69 INGB 0123 4567 89|NL69 INGB 0123 4567 89]]", "€ 1.200", "{{W:Meedoenregeling}}"],
                   ["[[P:Kofi Mensah]]", "[[B:284729614]]", "[[N:NL20 RABO 0300 0654 21|NL20 RABO 0300 0654 21]]", "€ 850", "{{W:Meedoenregeling}}"],
                   ["[[P:Marta Lopes Tavares]]", "[[B:192845067]]", "[[N:NL55 SNSB 0947 3321 08|NL55 SNSB 0947 3321 08]]", "€ 2.400", "{{W:Tozo}}"],
                   ["[[P:Ruth Hagos]]", "[[B:140882793]]", "[[N:NL91 ABNA 0417 1643 00|NL91 ABNA 0417 1643 00]]", "€ 650", "{{W:Bijzondere bijstand}}"]],
         [1.6, 1, 2, 0.8, 1.3]),
        ("p", "Burgemeester {{G:Theo Weterings}} heeft het overzicht op {{D:2 oktober 2024}} ontvangen. Vragen: {{F:subsidies@tilburg.nl}}."),
    ])


# ------------------------------------------------------------------------------------------
# longer documents: extra sections so that headers/footers repeat over 2-3 pages
# ------------------------------------------------------------------------------------------
def _doc(name):
    return next(d for d in DOCS if d.name == name)


def _insert_before_last(name, blocks, k=1):
    d = _doc(name)
    d.blocks[len(d.blocks) - k:len(d.blocks) - k] = blocks


_POLICY = [
    ("h", "Financiën"),
    ("p", "De kosten van de inkoop worden gedekt uit de begroting Sociaal Domein. Voor 2025 is rekening gehouden met een indexatie van de tarieven "
          "van 4,2 procent, in lijn met de OVA-systematiek. Het verschil tussen de geraamde en de werkelijke kosten wordt in de voorjaarsnota verwerkt. "
          "De regio verdeelt de kosten naar rato van het aantal inwoners; een verdeelsleutel op basis van feitelijk gebruik is onderzocht en afgewezen "
          "omdat die leidt tot grote schommelingen voor kleine gemeenten."),
    ("h", "Risico's"),
    ("p", "Het grootste risico is dat aanbieders zich niet inschrijven omdat zij de tarieven te laag vinden. Om dat risico te beperken zijn in de "
          "marktconsultatie zes bijeenkomsten gehouden. Daarnaast bestaat het risico dat de wachtlijsten voor specialistische jeugdhulp verder oplopen. "
          "De regio monitort dit maandelijks en rapporteert per kwartaal aan de colleges. Een tweede risico betreft de uitvoeringskosten: de "
          "administratieve lasten van aanbieders nemen toe wanneer gemeenten verschillende productcodes hanteren."),
    ("p", "Juridisch is er een beperkt risico op bezwaar en beroep van aanbieders die niet worden gecontracteerd. De aanbesteding volgt de "
          "{{W:Aanbestedingswet 2012}} en het sociaal domein valt onder het verlichte regime. Het advies van de landsadvocaat is niet nodig geacht."),
    ("h", "Communicatie"),
    ("p", "Na het collegebesluit ontvangen de aanbieders een bericht via het inkoopplatform. Cliënten en hun ouders worden via de wijkteams "
          "geïnformeerd. Voor de raad ligt een raadsinformatiebrief klaar. De woordvoerder van de wethouder stemt de persberichten af met de "
          "regiogemeenten, zodat alle gemeenten dezelfde boodschap uitdragen."),
    ("h", "Planning"),
    ("p", "De aanbesteding wordt gepubliceerd in het eerste kwartaal. De gunning volgt in juni; de nieuwe contracten gaan in op 1 januari. "
          "In de tussentijd lopen de huidige contracten door. Een evaluatie is voorzien na twee jaar."),
    ("h", "Bijlagen"),
    ("p", "1. Inkoopstrategie regio IJsselland\n2. Raadsinformatiebrief\n3. Verslag marktconsultatie (opgesteld door [[P:Ilse ter Horst]])\n"
          "4. Advies cliëntenraad, ondertekend door de voorzitter [[P:Bertus Hofstede-Ramdas]]"),
]
_insert_before_last("m02-collegeadvies-jeugd", _POLICY, k=3)

_insert_before_last("m21-notulen-commissie-zorg", [
    ("h", "Agendapunt 4: Uitvoeringsprogramma gezondheid"),
    ("p", "De voorzitter geeft het woord aan wethouder {{G:Schuttenbeld}}. Zij licht toe dat het uitvoeringsprogramma drie sporen kent: "
          "preventie in de wijk, samenwerking met de huisartsen en een gezonde leefomgeving. Het programma wordt gefinancierd uit de "
          "specifieke uitkering en een bijdrage van de zorgverzekeraar. De eerste resultaten worden over een jaar verwacht."),
    ("p", "De heer {{G:Kamphuis}} vraagt hoe de gemeente het bereik onder jongeren meet. Mevrouw {{G:El Khatib}} wil weten of de buurtsportcoaches "
          "ook in de kleine kernen actief zijn. Raadslid {{G:Van Wijk}} vraagt om een overzicht van de subsidies per wijk."),
    ("p", "De wethouder antwoordt dat het bereik wordt gemeten met de gezondheidsmonitor van de {{R:GGD}}. De buurtsportcoaches zijn in alle "
          "kernen actief, maar in de kleine kernen minder uren. Het overzicht van de subsidies wordt voor de begrotingsbehandeling toegezonden."),
    ("h", "Agendapunt 5: Regionale inkoop beschermd wonen"),
    ("p", "De commissie bespreekt het voorstel om de inkoop van beschermd wonen regionaal te blijven organiseren. De centrumgemeente houdt de "
          "regie. Raadslid {{G:Kamphuis}} vraagt of de gemeente voldoende invloed houdt op de kwaliteit. De wethouder wijst op de "
          "bestuurlijke overleggen die elk kwartaal plaatsvinden en op het toezicht door de {{O:Inspectie Gezondheidszorg en Jeugd}}."),
    ("p", "Inspreker de heer [[P:W. van Wijk|Wim van Wijk]] krijgt de gelegenheid een aanvullende vraag te stellen. Hij vraagt of cliënten "
          "betrokken worden bij de evaluatie. De wethouder zegt toe dat de cliëntenraad wordt gehoord."),
    ("h", "Agendapunt 6: Rondvraag en sluiting"),
    ("p", "Er zijn geen vragen voor de rondvraag. De voorzitter sluit de vergadering om 22.14 uur en dankt de insprekers en de notulist, "
          "mevrouw [[P:Meijerink|Rosa Meijerink]]."),
], k=0)

_insert_before_last("m18-raadsvragen-art40", [
    ("p", "Vraag 3: Hoeveel meldingen van schimmel en vocht ontving het college in 2023, uitgesplitst naar stadsdeel?"),
    ("p", "Antwoord 3: Het college registreert deze meldingen niet zelf. De corporaties rapporteren in het kader van de prestatieafspraken. "
          "Volgens de rapportage over 2023 ging het om ruim 4.800 meldingen, waarvan het grootste deel in {{L:Nieuw-West}} en {{L:Zuidoost}}. "
          "Het college vraagt de corporaties om in de volgende rapportage de afhandeltermijnen op te nemen."),
    ("p", "Vraag 4: Is het college bereid om huurders die door schimmel gezondheidsklachten hebben, voorrang te geven bij herhuisvesting?"),
    ("p", "Antwoord 4: Een medische urgentie wordt beoordeeld door een onafhankelijke arts. Gezondheidsklachten door schimmel kunnen daarbij "
          "een rol spelen. Het college ziet geen aanleiding voor een aparte voorrangsregeling, maar vraagt de corporaties om bij ernstige "
          "gevallen tijdelijke vervangende woonruimte aan te bieden. In het geval van mevrouw [[P:Aydın|Zeynep Aydın]] is dat inmiddels gebeurd."),
    ("p", "Vraag 5: Welke rol kan het {{O:Huurteam}} spelen bij het informeren van huurders over hun rechten?"),
    ("p", "Antwoord 5: Het {{O:Huurteam}} organiseert spreekuren in de buurthuizen en helpt huurders bij procedures bij de {{O:Huurcommissie}}. "
          "Het college heeft de subsidie voor 2024 verhoogd, zodat er extra spreekuren in {{L:Nieuw-West}} kunnen worden gehouden. "
          "Daarnaast verschijnt een folder in zes talen. De gemeente werkt hierbij samen met de {{O:Woonbond}}."),
    ("p", "Vraag 6: Kan het college toezeggen de raad binnen drie maanden te informeren over de voortgang?"),
    ("p", "Antwoord 6: Ja. De raad ontvangt voor het zomerreces een voortgangsbrief."),
], k=1)

_insert_before_last("m18-raadsvragen-art40", [("pb",)], k=1)
_doc("m21-notulen-commissie-zorg").blocks += [
    ("pb",),
    ("h", "Bijlage: lijst van toezeggingen commissie Welzijn"),
    ("table", [["Nr.", "Toezegging", "Portefeuillehouder", "Termijn", "Status"],
               ["{{C:TZ-W-2024-07}}", "Schriftelijk antwoord aan inspreekster [[P:A. Çelik|Aysel Çelik]]", "{{G:Schuttenbeld}}", "{{D:1 juli 2024}}", "afgedaan"],
               ["{{C:TZ-W-2024-08}}", "Overzicht subsidies per wijk", "{{G:Schuttenbeld}}", "begroting 2025", "open"],
               ["{{C:TZ-W-2024-09}}", "Cliëntenraad horen over evaluatie beschermd wonen", "{{G:Schuttenbeld}}", "Q4 2024", "open"],
               ["{{C:TZ-W-2024-04}}", "Memo wachtlijst {{O:Dimence}} (vraag [[P:dhr. Van Wijk|Wim van Wijk]])", "{{G:Schuttenbeld}}", "{{D:1 mei 2024}}", "afgedaan"]],
     [1.1, 2.6, 1.2, 0.9, 0.8]),
    ("p", "Lijst bijgehouden door de griffie, {{F:griffie@zwolle.nl}}."),
]
