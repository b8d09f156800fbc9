"""Set mixed6, documents p12-p23: a court ruling (Ghostscript), a bezwaar hearing (object streams),
ticket exports (TOPdesk, Jira), an SMS export, a mayor's diary, appointments and honours, an EU
working party report in English, consular notes, a visitor register, an inspection with photos.
All private persons and their data are invented."""
from helpers import bsn, iban

PUBLIC_TOO: set = set()
DOCS = []

# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    id="p12", name="p12_uitspraak_rechtbank_bestuursrecht", producer="docx", gs=True, font="serif",
    title="Uitspraak rechtbank Overijssel bestuursrecht",
    text="""
# RECHTBANK OVERIJSSEL
Zittingsplaats {Zwolle|L} - Bestuursrecht - zaaknummer: {ZWO 24/1187|C}
uitspraak van de enkelvoudige kamer van 18 februari 2025 in de zaak tussen
[[Hendrik Jan Berghuis|P|Hendrik Jan;Berghuis]], uit {Dalfsen|L}, eiser
(gemachtigde: mr. [[E.M. van Dijk-Oosterhof|P|Dijk-Oosterhof]]),
en
het college van burgemeester en wethouders van de {gemeente Zwolle|O}, verweerder
(gemachtigde: [[mr. S. Kamphuis|P|S. Kamphuis;Kamphuis]]).
## Procesverloop
Met het besluit van 12 maart 2024 heeft verweerder de aanvraag van eiser om een {omgevingsvergunning|TE} voor het bouwen van een mantelzorgwoning op het perceel [[Nieuwleusenerweg 7|A]] afgewezen. Eiser heeft daartegen bezwaar gemaakt; {burgemeester Snijders|F|Snijders} heeft het bestreden besluit mede ondertekend.
De rechtbank heeft het beroep op 21 januari 2025 op zitting behandeld. Hieraan hebben deelgenomen: eiser, bijgestaan door zijn dochter [[Gerda Berghuis|P|Gerda]] en zijn gemachtigde, en de gemachtigde van verweerder. Ook de buurman, [[A. Scholten|P|A. Scholten]], was aanwezig.
## Overwegingen
1. Eiser stelt dat [[Berghuis|P]] zelf zorg nodig heeft. Verweerder stelt dat het {Omgevingsplan gemeente Zwolle|TE} geen mantelzorgwoning toelaat en verwijst naar artikel 5.21 van de {Omgevingswet|W}.
2. [[Kamphuis|P]] heeft ter zitting toegelicht dat de {Omgevingsdienst IJsselland|O} niet om advies is gevraagd. Het beroep is gegrond.
## Beslissing
De rechtbank verklaart het beroep gegrond, vernietigt het bestreden besluit en draagt verweerder op het griffierecht van € 194 aan eiser te vergoeden.
Deze uitspraak is gedaan door mr. drs. K. de Vries-Lam, rechter, in aanwezigheid van mr. T. Ravensbergen, griffier.
""",
))
# The judge and griffier are not labelled (their names are public in a published ruling; no probe).

DOCS.append(dict(
    id="p13", name="p13_verslag_hoorzitting_bezwaarcommissie", producer="docx", objstreams=True,
    title="Verslag hoorzitting commissie bezwaarschriften", author="[[Linda Jonker|P|Linda Jonker]]",
    text="""
# Verslag hoorzitting {commissie bezwaarschriften|O}
~ Gemeente | {Amersfoort|L}
~ Datum hoorzitting | 26 februari 2025, 14:00 uur, {Stadhuisplein 1|G}
~ Dossier | {BZ-2024-0318|C}
~ Bezwaarmaker | [[de heer R. (Rachid) Bouzid|P|R.;Rachid;Bouzid]], [[Lupinestraat 12|A]], [[3815 PL|A]] {Amersfoort|L}
~ Gemachtigde | [[mevrouw mr. J. Hoek|P|J. Hoek;Hoek]] ({Juridisch Loket|O})
~ Namens het college | [[Dennis van Ommen|P|Dennis;Ommen]], {juridisch adviseur|TI}, en [[Priya Ramsaran|P|Priya;Ramsaran]], {consulent Participatiewet|TI}
~ Secretaris | [[Linda Jonker|P|Linda;Jonker]]
## Standpunt bezwaarmaker
[[Bouzid|P]] licht toe dat hij zijn uitkering op grond van de {Participatiewet|W} verloor nadat [[Ramsaran|P]] had vastgesteld dat hij samenwoonde met [[mevrouw S. Yilmaz|P|S. Yilmaz]]. Dat klopt volgens hem niet: zij staat ingeschreven op een ander adres. [[Hoek|P]] wijst op de uitspraak {ECLI:NL:CRVB:2019:1234|C}.
## Standpunt college
[[Van Ommen|P]] stelt dat het huisbezoek van 4 november 2024 voldoende grond bood. Het besluit is genomen namens {wethouder Tigchelaar|F|Tigchelaar}.
## Vragen van de commissie
De voorzitter vraagt naar het BSN dat op het huisbezoekrapport staat ([[{b}|B]]); dat blijkt van een ander dossier te zijn. Contact via {bezwaarschriften@amersfoort.nl|FE} of {14 033|S}.
Verslag vastgesteld door de secretaris ([[LJ|PA]]); afschrift aan [[R. BOUZID|P|R. BOUZID]] en zijn gemachtigde.
""".replace("{b}", bsn("p13")),
))

DOCS.append(dict(
    id="p14", name="p14_topdesk_incident_export", producer="chromium", font="liberation", size=9,
    title="TOPdesk incident I 2503 118",
    text="""
# Incident {I 2503 118|C} - Kan niet inloggen op {Citrix|PR} werkplek
~ Status | Afgemeld
~ Melder | [[Karin Smit-de Leeuw|P|Karin;Smit-de Leeuw]] ({Belastingdienst|O}, {Apeldoorn|L})
~ Telefoon melder | [[055 - 528 4419|T]]
~ E-mail melder | [[k.smit-deleeuw@belastingdienst.nl|E]]
~ Werkplek | {BD-APD-LT-40471|C}
~ Operator | [[Jeroen Bakx|P|Jeroen;Bakx]] ({Servicedesk ICT|O})
~ Operatorgroep | {Tweedelijns Werkplek|TE}
~ Categorie | {Accounts en wachtwoorden|TE} / {MFA|TE}
## Verzoek
Sinds de update van {Windows 11 24H2|PR} krijgt mevrouw geen {Authenticator|PR}-melding meer. Collega [[Wim de Groot|P|Wim;Groot]] heeft hetzelfde probleem.
## Actiehistorie
| Datum | Door | Actie |
| 17-03-2025 08:41 | [[Karin Smit-de Leeuw|P]] | Melding via selfservice portal |
| 17-03-2025 09:05 | [[Bakx, Jeroen|P|Bakx, Jeroen]] | Token gereset; gebruiker gebeld op [[06 - 22 31 87 40|T]] (privé, werktelefoon kapot) |
| 17-03-2025 10:12 | [[Lisa|P|Lisa]] ({2e lijn|TE}) | {Conditional Access|TE} policy aangepast in {Entra ID|PR} |
| 17-03-2025 11:30 | [[J. Bakx|P|J. Bakx]] | Afgemeld. Melder tevreden. Gebruikersnaam [[smitk07|U]] ontgrendeld. |
!small Bereikbaarheid {Servicedesk|O}: {088 - 154 4000|S} of {servicedesk@belastingdienst.nl|FE}
""",
))

DOCS.append(dict(
    id="p15", name="p15_jira_issue_export_english", producer="chromium", font="dejavu", size=9,
    title="[DIGI-2291] Export of Woo platform publication fails",
    text="""
# [{DIGI-2291|C}] Publication export to {open.overheid.nl|PR} fails for large PDFs
~ Project | {Woo Platform|PR} ({Logius|O})
~ Type | Bug
~ Priority | High
~ Reporter | [[Niels Oostveen|P|Niels;Oostveen]] ([[noostveen|U]])
~ Assignee | [[Agnieszka Nowak|P|Agnieszka;Nowak]] ([[anowak|U]])
~ Watchers | [[Sven de Winter|P|Sven;Winter]], [[Iris Hoek|P|Iris;Hoek]], {team-platform@logius.nl|FE}
~ Components | {DiWoo|TE} metadata, {Kubernetes|PR} ingest
## Description
When a PDF larger than 50 MB is uploaded the {ingest-worker|TE} pod is {OOMKilled|TE}. Steps to reproduce in {staging|TE}: upload document {WOO-2025-0007|C} from {Ministerie van Financiën|O}. Found by [[Niels|P]] during the demo for {staatssecretaris Szabó|F|Szabó}.
## Comments
[[Agnieszka Nowak|P]] - 19 Mar 2025 10:02: Memory limit raised to 2 GiB in the {Helm chart|TE}. @[[Sven de Winter|P]] can you check the {Grafana|PR} dashboard?
[[Sven de Winter|P]] - 19 Mar 2025 13:47: Looks fine. Note: [[iris.hoek@logius.nl|E]] asked for a {Postgres|PR} vacuum first. Call me on [[+31 6 4470 9128|T]] if needed.
[[Iris Hoek|P]] - 20 Mar 2025 09:15: Vacuum done. Closing after regression test by [[Jenkins|PR]].
!small Exported from {Jira|PR} by [[noostveen|U]] on 21 Mar 2025. {Logius|O}, {Wilhelmina van Pruisenweg 52|G}, {Den Haag|L}.
""",
))
# "Jenkins" above is a product (CI server) - the mark is corrected just below.
DOCS[-1]["text"] = DOCS[-1]["text"].replace("[[Jenkins|PR]]", "{Jenkins|PR}")

DOCS.append(dict(
    id="p16", name="p16_sms_export_burgemeester", producer="fpdf2", font="dejavu", size=9,
    title="Export sms-berichten telefoon burgemeester",
    text="""
# Export berichten - toestel {burgemeester Bolsius|F|Bolsius} ({gemeente Amersfoort|O})
Geëxporteerd voor Woo-verzoek {W-2025-033|C}, periode 1-31 januari 2025. Toestelbeheer: {Team ICT|O}.
| Datum/tijd | Van | Aan | Bericht |
| 03-01-2025 07:58 | [[+31 6 1832 4477|T]] ([[Esther|P|Esther]], bestuurssecretaris) | Burgemeester | Goedemorgen. Persbericht over de jaarwisseling staat klaar, wil je nog lezen? |
| 03-01-2025 08:02 | Burgemeester | [[Esther|P]] | Ja graag. Bel {wethouder Tigchelaar|F|Tigchelaar} even. |
| 07-01-2025 21:15 | [[06-27419933|T]] | Burgemeester | Burgemeester, hier [[Mark de Vries|P|Mark;Vries]] van de {politie Midden-Nederland|O}. Incident {Kruiskamp|L}, bel me svp. |
| 07-01-2025 21:19 | Burgemeester | [[06-27419933|T]] | Bel nu. |
| 15-01-2025 12:40 | [[Esther van Wijngaarden|P|Wijngaarden]] | Burgemeester | Lunch met {Commissaris van de Koning Oosters|F|Oosters} verplaatst naar 13:30. |
| 22-01-2025 16:05 | [[0031 6 5590 1214|T]] ([[Bram Heuvel|P|Bram;Heuvel]], {Heuvel Evenementen|O}) | Burgemeester | Dank voor het gesprek over het {Amersfoort Jazz|TE} festival! |
!small Nummers van de gemeente zelf ({14 033|S}, {033 469 49 11|S}) zijn niet geanonimiseerd.
""",
))

DOCS.append(dict(
    id="p17", name="p17_weekagenda_burgemeester_leeuwarden", producer="chromium", font="liberation",
    title="Weekagenda burgemeester week 6",
    text="""
# Weekagenda {burgemeester Buma|F|Buma} - week 6 (3-9 februari 2025)
{Gemeente Leeuwarden|O} - intern, met toelichting voor het secretariaat. Contact: {bestuurssecretariaat@leeuwarden.nl|FE}.
| Dag | Tijd | Afspraak | Met | Voorbereiding |
| ma 3 feb | 09:00 | Collegevergadering | College, gemeentesecretaris | [[Sietske Hoekstra|P|Sietske;Hoekstra]] |
| ma 3 feb | 14:00 | Driehoeksoverleg | {Politie Noord-Nederland|O}, {OM|O}; namens politie [[districtschef Wiebe Dijkstra|P|Wiebe;Dijkstra]] | [[Jelle Postma|P|Jelle;Postma]] ({OOV|TE}) |
| di 4 feb | 10:30 | Gesprek {Omrin|O} | [[Hylke Visser|P|Hylke;Visser]] (directeur bedrijfsvoering) | [[J. Postma|P|J. Postma]] |
| wo 5 feb | 12:00 | Werkbezoek {Tresoar|O} | {Commissaris van de Koning Brok|F|Brok}, archivaris | chauffeur [[Gerben|P|Gerben]], [[60-SBK-3|K]] |
| wo 5 feb | 19:30 | Raadsvergadering | {gemeenteraad|O}; inspreker [[mevrouw T. Zijlstra-Bos|P|Zijlstra-Bos]] | griffie |
| do 6 feb | 11:00 | Gesprek met lobbyist {Frisian Airport Group|O} | [[Dirk-Jan ter Horst|P|Dirk-Jan;ter Horst]] ([[06 3877 0145|T]]) | [[Sietske Hoekstra|P]] |
| vr 7 feb | 16:00 | Nieuwjaarsborrel {Veiligheidsregio Fryslân|O} | {burgemeester De Vries|F|De Vries} ({Súdwest-Fryslân|L}) | - |
!small Openbare versie op {leeuwarden.nl|PR}: zonder namen van ambtenaren en derden.
""",
))

DOCS.append(dict(
    id="p18", name="p18_besluit_babs_benoeming", producer="reportlab", gs=True, font="liberation",
    title="Besluit benoeming buitengewoon ambtenaar burgerlijke stand",
    text="""
# Besluit benoeming buitengewoon ambtenaar van de burgerlijke stand (BABS voor één dag)
{Gemeente Tilburg|O} - {Stadhuisplein 130|G}, {5038 TC Tilburg|G}
Burgemeester en wethouders van {Tilburg|L};
gelet op artikel 1:16 van het {Burgerlijk Wetboek|W};
gezien het verzoek van het bruidspaar [[Joris van Beek|P|Joris;Beek]] en [[Malika Ouali|P|Malika;Ouali]];
BESLUITEN:
te benoemen tot buitengewoon ambtenaar van de burgerlijke stand voor de dag van 14 juni 2025:
~ Naam | [[Willemijn Anna Visser|P|Willemijn;Anna Visser;Visser]]
~ Geboren | [[23-09-1986|D]] te {Breda|L}
~ Adres | [[Spoorlaan 203|A]], [[5038 CC|A]] {Tilburg|L}
~ BSN | [[{b}|B]]
~ Verklaring omtrent het gedrag | afgegeven door {Justis|O} op 2 mei 2025
[[Visser|P]] is een vriendin van het paar. De bevoegdheid geldt alleen voor het huwelijk van [[Van Beek|P]] en [[Ouali|P]].
Tilburg, 20 mei 2025
Het college van burgemeester en wethouders van {Tilburg|L},
{burgemeester Weterings|F|Weterings}
Behandeld door: [[Marieke Lievens|P|Marieke;Lievens]], {team Burgerzaken|O}, [[013 - 542 9811|T]]. Algemeen: {14 013|S}.
""".replace("{b}", bsn("p18")),
))

DOCS.append(dict(
    id="p19", name="p19_voordracht_koninklijke_onderscheiding", producer="fpdf2", font="dejavu",
    title="Voordracht Koninklijke onderscheiding (lintjesregen 2025)",
    text="""
# Voordracht Koninklijke onderscheiding - {Lintjesregen 2025|TE}
~ Gemeente | {Arnhem|L}
~ Kanselarij-kenmerk | {KDO 2024/18831|C}
~ Voorgestelde onderscheiding | {Lid in de Orde van Oranje-Nassau|TE}
## Gegevens decorandus
~ Naam | [[Hermanus (Herman) Jacobus ten Winkel|P|Hermanus;Herman;Jacobus;ten Winkel]]
~ Geboortedatum | [[11 november 1949|D]]
~ Adres | [[Velperweg 166|A]], [[6824 HT|A]] {Arnhem|L}
~ Telefoon | [[026 - 351 77 02|T]]
## Verdiensten
[[Ten Winkel|P]] is sinds 1978 vrijwilliger bij {Scouting Arnhem-Zuid|O} en sinds 2002 penningmeester van {Voedselbank Arnhem|O}. Hij zette het {Repair Café|TE} in de wijk {Presikhaaf|L} op.
## Aanvragers
[[Annelies Wouters|P|Annelies;Wouters]] ([[annelies.wouters@ziggo.nl|E]]) en [[drs. P.H. Groenendijk|P|P.H. Groenendijk]], namens het bestuur van de {Voedselbank Arnhem|O}.
## Advies
{Burgemeester Marcouch|F|Marcouch} adviseert positief. Ambtelijke behandeling: [[Lotte van den Bosch|P|Lotte;Bosch]], kabinet van de burgemeester. Na toekenning worden de gegevens bewaard volgens de {Archiefwet 1995|W}.
""",
))

DOCS.append(dict(
    id="p20", name="p20_eu_working_party_telecom_report", producer="chromium", font="dejavu", size=9,
    title="Report Working Party on Telecommunications and Information Society",
    text="""
# Report - {Working Party on Telecommunications and Information Society|O}
Brussels, 4 February 2025. {Polish Presidency|O}. Classification: for internal use. Drafted by [[Thomas Kuipers|P|Thomas;Kuipers]] ({Permanent Representation of the Netherlands|O}).
## 1. {Digital Networks Act|W} - presentation by the {Commission|O}
{DG CONNECT|O} ([[Ms Sofia Andreou|P|Andreou]]) presented the state of play following {Executive Vice-President Virkkunen|F|Virkkunen}'s letter. The Chair, [[Mr Paweł Wiśniewski|P|Paweł;Wiśniewski]], invited delegations to comment.
## 2. Interventions
| Delegation | Speaker | Main points |
| NL | [[Thomas Kuipers|P]] | supports {spectrum|TE} harmonisation; refers to the letter of {minister Beljaarts|F|Beljaarts} and {staatssecretaris Szabó|F|Szabó} to the {Tweede Kamer|O}; scrutiny reservation |
| DE | [[Dr. Katrin Vogelsang|P|Katrin;Vogelsang]] | concerns on {universal service|TE} obligations |
| FR | [[M. Olivier Berger|P|Olivier;Berger]] | asks for an {impact assessment|TE} |
| BE | [[Stijn Van den Broeck|P|Stijn;Van den Broeck]] | supports NL, mentions {BIPT|O} |
## 3. Next steps
The Presidency will circulate a compromise text; comments to {tele.wp@consilium.europa.eu|FE} by 14 February. Dutch contact points: [[t.kuipers@minbuza.nl|E]], [[+32 2 679 15 24|T]]; backup [[Eline de Wit|P|Eline;Wit]] ({Ministerie van Economische Zaken|O}).
""",
))

DOCS.append(dict(
    id="p21", name="p21_notitie_consulaire_bijstand", producer="docx", font="liberation",
    title="Notitie consulaire bijstand gedetineerde",
    text="""
# Notitie - consulaire bijstand
~ Van | [[Ruben Kramer|P|Ruben;Kramer]], {Consulaire Zaken en Visumbeleid|O} (CZ/CB)
~ Aan | {DCM|TI} {ambassade Lima|O}; cc [[Vera Tanis|P|Vera;Tanis]]
~ Datum | 9 april 2025
~ Dossier | {CZ-2025-PE-0017|C}
## Betrokkene
[[Lucas Driessen|P|Lucas;Driessen]], geboren [[30-07-1999|D]], paspoort [[NXH41K8P3|X]], sinds 12 maart 2025 gedetineerd in {Lima|L} ({Peru|L}). Zijn vader, [[A.F. Driessen|P|A.F. Driessen]], woont in {Heerlen|L} en is bereikbaar op [[045 - 571 40 92|T]].
## Stand van zaken
De ambassade bezocht [[Driessen|P]] op 2 april. Hij maakt het naar omstandigheden goed. Zijn Peruaanse advocaat, [[dr. Javier Quispe Huamán|P|Javier;Quispe Huamán]], verwacht een zitting in mei. {Minister Veldkamp|F|Veldkamp} is via een {Kamerbrief|TE} op de hoogte gebracht van het aantal gedetineerden in {Zuid-Amerika|L}, niet van deze zaak.
## Afspraken
Familie kan 24/7 bellen met het {BZ Contactcenter|O}: {+31 247 247 247|S}. Vragen van de pers: {woordvoering@minbuza.nl|FE}. Het {Reclassering Nederland|O}-bureau buitenland is geïnformeerd door [[Vera Tanis|P]].
""",
))

DOCS.append(dict(
    id="p22", name="p22_bezoekersregistratie_ministerie", producer="calc",
    title="Bezoekersregistratie Rijnstraat 8 - 11 februari 2025",
    sheet_header="Bezoekersregistratie {Rijnstraat 8|G} - 11-02-2025 - {FMH Beveiliging|O}",
    colw=[8, 22, 22, 20, 12, 20, 9],
    sheets=[("Bezoekers", [
        ["Tijd in", "Bezoeker", "Organisatie", "Gastheer/-vrouw", "Kenteken", "Legitimatie", "Tijd uit"],
        ["08:12", "[[Anna Bakker|P|Anna;Bakker]]", "{Bakker & Zonen Catering|O}", "[[Frits Mol|P|Frits;Mol]]", "[[VR-551-T|K]]", "rijbewijs [[5123480097|X]]", "16:40"],
        ["09:30", "[[Jan-Willem van Hoek|P|Jan-Willem;Hoek]]", "{Deloitte|O}", "[[Samira Haddou|P|Samira;Haddou]]", "-", "paspoort [[NP8K2L9T1|X]]", "11:05"],
        ["10:00", "{Kamerlid Dobbe|F|Dobbe}", "{Tweede Kamer|O}", "{minister Keijzer|F|Keijzer}", "-", "Kamerpas", "11:00"],
        ["10:45", "[[C. van der Berg|P|C. van der Berg]]", "{Aedes|O}", "[[Samira Haddou|P]]", "[[3-KLP-88|K]]", "ID-kaart [[IR4B73KJ2|X]]", "12:30"],
        ["13:15", "[[Dong Nguyen|P|Dong;Nguyen]]", "{TNO|O}", "[[F. Mol|P|F. Mol]]", "-", "ID-kaart [[IXT2280P4|X]]", "15:50"],
        ["14:00", "[[Marco Groot|P|Marco;Groot]]", "{Woonbond|O}", "[[Samira Haddou|P]]", "[[H-472-JS|K]]", "rijbewijs [[5099217742|X]]", "15:10"],
        ["", "Balie: {070 456 0000|S}", "", "Afwijkingen melden bij {beveiliging@minbzk.nl|FE}", "", "", ""],
    ])],
))

DOCS.append(dict(
    id="p23", name="p23_ilt_inspectierapport_taxibedrijf", producer="reportlab", gs=True, font="dejavu",
    title="ILT inspectierapport taxivervoer",
    text="""
# Inspectierapport {Wet personenvervoer 2000|W}
{Inspectie Leefomgeving en Transport|O} - {Postbus 16191|G}, {2500 BD Den Haag|G} - {088 489 00 00|S}
~ Onderzochte onderneming | {Taxi Noordster B.V.|O}, KvK {71294418|C}, {Industrieweg 8|G}, {Assen|L}
~ Eigenaar/bestuurder | [[Rik Noorda|P|Rik;Noorda]]
~ Inspecteurs | [[T. Wessels|P|T. Wessels;Wessels]] en [[ing. M.A. de Bruin|P|M.A. de Bruin]]
~ Datum inspectie | 25 maart 2025
~ Zaaknummer | {ILT-2025/PV-22817|C}
## Bevindingen
1. Chauffeur [[Gerrit Bosman|P|Gerrit;Bosman]] (chauffeurskaart [[CK-0448219|X]]) reed met voertuig [[T-884-NB|K]] zonder geldige {boordcomputer taxi|TE} registratie.
2. Chauffeur [[Ahmed Benali|P|Ahmed;Benali]] had zijn rusttijd overschreden volgens de {BCT|TE}-data.
3. De administratie wordt bijgehouden door [[mevrouw Noorda-Kuipers|P|Noorda-Kuipers]], echtgenote van de eigenaar; zij is bereikbaar op [[06 12 90 44 67|T]].
## Foto's (bijlage)
Foto 1: voertuig [[T-884-NB|K]] op het terrein aan de {Industrieweg|L}; op de achtergrond chauffeur [[Bosman|P]].
Foto 2: scherm {BCT|TE} met inlognaam [[gbosman|U]].
Foto 3: kantoor; links [[Rik Noorda|P]], rechts inspecteur [[Wessels|P]].
## Conclusie
Opgemaakt door [[T. WESSELS|P|WESSELS]], inspecteur (paraaf [[TW|PA]]), en [[MA de Bruin|P|MA de Bruin]].
Er wordt een {rapport van bevindingen|TE} opgemaakt; een {bestuurlijke boete|TE} volgt. Vragen: {handhaving@ilent.nl|FE}.
""",
))
