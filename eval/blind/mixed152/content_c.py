"""Documents m26-m33 of set mixed152 (all persons invented)."""
from lib import Doc

DOCS = []

DOCS.append(Doc("m26_scan_brief_bewoonster", [
    "Laren, 2 februari 2026",
    "",
    "Aan de gemeente Lochem",
    "",
    "Geachte heer of mevrouw,",
    "Ik schrijf u omdat mijn moeder, [[P:Gerda Hoekstra]], niet meer",
    "naar buiten kan sinds de straat open ligt. Zij heeft een",
    "[[H:pacemaker]] en mag niet te ver lopen. De thuiszorg van",
    "[[P:Zuster Ineke]] kan de auto niet meer kwijt.",
    "",
    "Wilt u mij bellen op [[T:0575-52 30 18]]?",
    "Mijn adres is [[A:Hofstraat 7]], [[A:7201 JB]] Zutphen.",
    "",
    "Met vriendelijke groet,",
    "[[P:Marleen Mensink-Hoekstra]]",
    "[[E:marleen.mensink@ziggo.nl]]",
], ocr=True, font="serif", prod_str="KONICA MINOLTA bizhub C300i", creator="KONICA MINOLTA bizhub C300i"))

DOCS.append(Doc("m27_scan_presentielijst", [
    "# Presentielijst informatieavond 3 oktober 2025",
    "Jan Ligthartschool, Laren",
    "",
    "Naam              Straat              Handtekening",
    "[[P:Kees Overbeek]]     [[A:Dorpsstraat 12]]      [[S:K.Overbeek]]",
    "[[P:Wilma ten Brinke]]  [[A:Dorpsstraat 14]]      [[S:WtB]]",
    "[[P:Johan Nijenhuis]]   [[A:Molenweg 88]]         [[S:J.Nijenhuis]]",
    "[[P:Agnes 't Hoen]]     [[A:Pastoor Wesselsweg 3]]",
    "[[P:Priya Ramdin]]      [[A:Dorpsstraat 37]]",
    "[[P:Frank de Wit]]      [[A:Dorpsstraat 22]]",
    "[[P:Theo Oude Luttikhuis]]  [[A:Dorpsstraat 35]]",
    "[[P:Ilse Kroeze]]       [[A:Molenweg 17]]",
    "[[P:Geert Bleumink]]    [[A:Dr. Ariënsplein 2]]",
    "",
    "Namens gemeente: [[P:Maarten ter Horst]], [[P:Sanne Lubbers]]",
], ocr=True, prod_str="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535"))

DOCS.append(Doc("m28_scan_memo_verkeerskundige", [
    "# MEMO",
    "Van: [[P:R. Oude Nijhuis]], verkeerskundige",
    "Aan: [[P:M. ter Horst]]",
    "Datum: 23 maart 2026",
    "",
    "Telling Pastoor Wesselsweg (Goudappel):",
    "spits ochtend 212 mvt/uur, avond 188 mvt/uur.",
    "Voor de reconstructie: 64 mvt/uur.",
    "Conclusie: sluipverkeer, drempels nodig.",
    "",
    "Gesprek met [[P:Bart Nijenhuis]] ([[T:06 - 12 98 33 40]]):",
    "melkwagen 2x per week, dinsdag en vrijdag.",
    "",
    "Handgeschreven: akkoord, [[C:MtH]] 24/3",
], ocr=True, font="serif", prod_str="RICOH IM C3000", creator="RICOH IM C3000"))

DOCS.append(Doc("m29_bouwvergadering", [
    "# Verslag bouwvergadering nr. 4",
    "Project: {{Y:Reconstructie Dorpsstraat-Molenweg}}  |  Bestek {{F:LOC-2025-044}}  |  Datum: 2 april 2026, bouwkeet",
    "",
    "Aanwezig | Organisatie | Code",
    "[[P:Maarten ter Horst]] (voorzitter) | {{O:gemeente Lochem}} | [[C:MtH]]",
    "[[P:Sanne Lubbers]] | {{O:gemeente Lochem}} | [[C:SL]]",
    "[[P:Ruud Oude Nijhuis]] | {{O:gemeente Lochem}} | [[C:RON]]",
    "[[P:Henk-Jan Klein Gunnewiek]] | {{O:Wegenbouw Berkelland BV}} | [[C:HJKG]]",
    "[[P:Thijs Beltman]] | {{O:Wegenbouw Berkelland BV}} | [[C:TB]]",
    "[[P:Wim Zweers]] | {{O:Liander}} | [[C:WZ]]",
    "Afwezig: [[P:Özlem Kaya]] ([[C:ÖK]])",
    "",
    "1. Voortgang: fase 1a gereed op 24 april; één week vertraging door late levering putten van {{O:Wavin}}.",
    "2. Bomenkap: blijft uitgesteld tot het advies van {{O:Boomtechnisch Adviesbureau Oost}}. Stilstandkosten worden "
    "apart gemeld. [[C:HJKG]] stuurt een meerwerkopgave.",
    "3. Omgeving: klachten over trillingen bij nummer 14. [[C:SL]] heeft {{O:Nebest}} ingeschakeld. De bewoner van 41 "
    "krijgt voorrang bij het leggen van loopschotten.",
    "4. Verkeer: tellingen {{X:Pastoor Wesselsweg}} bevestigen sluipverkeer; [[C:RON]] werkt een voorstel voor "
    "drempels uit voor wethouder {{U:Brinkhorst}}.",
    "5. Rondvraag: [[C:WZ]] meldt dat de gasleiding in week 15 wordt omgelegd.",
    "",
    "Actielijst",
    "Nr | Actie | Door | Gereed",
    "4.1 | meerwerkopgave stilstand | [[C:HJKG]] | 9-4",
    "4.2 | herstelplan gevel nr 14 | [[C:TB]] | 16-4",
    "4.3 | voorstel drempels | [[C:RON]] | 23-4",
    "4.4 | bewonersbrief mei | [[C:SL]] | 30-4",
], font="dejavu", producer="docx", prod_str="LibreOffice 7.6", creator="Writer"))

DOCS.append(Doc("m30_memo_juridisch", [
    "# Juridisch memo - voorlopige voorziening en nadeelcompensatie",
    "Aan: projectteam {{Y:Reconstructie Dorpsstraat-Molenweg}}",
    "Van: [[P:Femke Dijkhuis-Amsink]], juridisch adviseur ([[T:0573 289 415]], [[E:f.dijkhuis@lochem.nl]])",
    "Datum: 18 maart 2026",
    "",
    "1. Vraag: kan de bomenkap doorgaan nu bezwaar loopt tegen {{F:OV-2025-3317}}?",
    "Bezwaar heeft geen schorsende werking ({{W:artikel 6:16 Awb}}). Juridisch mag de kap doorgaan. Wel kan de heer "
    "[[P:Schäfer]] de voorzieningenrechter van de {{O:Rechtbank Gelderland}} om een voorlopige voorziening vragen. Gelet op "
    "de onomkeerbaarheid van kap is de kans reëel dat die wordt toegewezen.",
    "2. Vraag: welk risico loopt de gemeente op nadeelcompensatie?",
    "De melkveehouder aan de Molenweg (de heer [[P:Nijenhuis]]) kan op grond van titel 4.5 van de {{W:Algemene wet "
    "bestuursrecht}} om nadeelcompensatie vragen. Normaal maatschappelijk risico: bij wegwerkzaamheden van deze duur "
    "doorgaans de eerste 15% van het omzetverlies. Bakkerij De Wit ([[P:Frank de Wit]]) heeft telefonisch al een "
    "omzetdaling van 30% gemeld.",
    "3. Advies",
    "Stel de kap uit; vraag {{O:Boomtechnisch Adviesbureau Oost}} om een alternatief. Overweeg een schaderegeling naar "
    "het voorbeeld van de {{O:gemeente Zutphen}} ({{Y:Regeling nadeelcompensatie Zutphen 2022}}).",
    "",
    "[[C:FDA]]",
], font="times", prod_str="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
   outline=[("Memo FDA 18-3", 0), ("opmerkingen Tessa Nijkamp", 0)],
   hidden=[("outline", "PERSON", "Tessa Nijkamp")]))

DOCS.append(Doc("m31_rooster_bereikbaarheid", [
    "# Bereikbaarheidsrooster storingsdienst en verkeersregelaars - april 2026",
    "Project {{Y:Reconstructie Dorpsstraat-Molenweg}}  |  Storingsnummer buiten werktijd: {{V:0800-022 33 44}}",
    "",
    "Week | Gemeente (piket) | Pers.nr | Mobiel | Aannemer (piket) | Mobiel",
    "14 | [[P:Ruud Oude Nijhuis]] | [[N:L-20417]] | [[T:06 3391 2084]] | [[P:Thijs Beltman]] | [[T:06-21 47 90 03]]",
    "15 | [[P:Gerben Hesselink]] | [[N:L-20388]] | [[T:06 5127 4439]] | [[P:Henk-Jan Klein Gunnewiek]] | [[T:06-53 81 22 47]]",
    "16 | [[P:Maarten ter Horst]] | [[N:L-19962]] | [[T:06 4308 1195]] | [[P:Özlem Kaya]] | [[T:06-10 88 24 71]]",
    "17 | [[P:Sanne Lubbers]] | [[N:L-21105]] | [[T:06 2210 5873]] | [[P:Thijs Beltman]] | [[T:06-21 47 90 03]]",
    "",
    "Verkeersregelaars ({{O:Pasman Verkeersregeling}})",
    "Dag | Naam | Pasnummer | Mobiel",
    "ma-wo | [[P:Arjen Pasman]] | [[F:VR-118273]] | [[T:06-49 02 17 63]]",
    "do-vr | [[P:Jolien Pasman-Eggink]] | [[F:VR-120954]] | [[T:06-49 77 31 08]]",
    "reserve | [[P:Sem Boschker]] | [[F:VR-131602]] | [[T:+31 6 1460 9925]]",
    "",
    "Bij calamiteiten: altijd eerst 112, daarna piket gemeente. Meldingen openbare ruimte overdag: {{V:14 0573}}.",
    "Kenteken piketauto gemeente: {{X:V-398-GH}} (dienstauto).",
    "Opgesteld door [[P:Gerben Hesselink]], toestel [[T:0573 28 9460 (toestel 460)]]",
], font="helv", size=9, prod_str="Microsoft® Excel® 2019", creator="Microsoft® Excel® 2019"))

DOCS.append(Doc("m32_woo_besluit", [
    "{{O:Gemeente Lochem}}",
    "",
    "Mevrouw [[P:I. Kroeze]]",
    "[[A:Molenweg 17]]",
    "7245 AN Laren",
    "",
    "Datum: 27 mei 2026",
    "Ons kenmerk: {{F:WOO-2026-0093}}",
    "Onderwerp: besluit op uw Woo-verzoek",
    "",
    "Geachte mevrouw [[P:Kroeze]],",
    "Op 2 maart 2026 heeft u ons gevraagd om openbaarmaking van documenten over de {{Y:Reconstructie "
    "Dorpsstraat-Molenweg}}. Bij brief van 27 maart 2026 hebben wij de beslistermijn met twee weken verdaagd en "
    "daarna derden om hun zienswijze gevraagd.",
    "1. Besluit",
    "Wij maken de 33 documenten op de bijgevoegde inventarislijst deels openbaar.",
    "2. Zienswijzen",
    "{{O:Wegenbouw Berkelland BV}} en {{O:Ter Haar Advocaten}} hebben een zienswijze gegeven. Zij vroegen de namen en "
    "telefoonnummers van hun medewerkers niet openbaar te maken. Wij volgen dat.",
    "3. Weigeringsgronden",
    "Persoonsgegevens (artikel 5.1, tweede lid, onder e, {{W:Woo}}). Wij maken namen, adressen, telefoonnummers, "
    "e-mailadressen en handtekeningen van bewoners, medewerkers van derden en ambtenaren die niet in de openbaarheid "
    "treden niet openbaar. De namen van wethouder {{U:Annelies Brinkhorst}}, burgemeester {{U:Sander Veltkamp}} en van "
    "de raadsleden {{U:Groot Wassink}} en {{U:El Idrissi}} blijven leesbaar.",
    "<<PB>>",
    "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, {{W:Woo}}). In enkele documenten staan gegevens over "
    "de gezondheid van een bewoonster. Die maken wij in het geheel niet openbaar.",
    "Identificerende nummers, bankrekeningnummers en KvK-nummers van eenmanszaken maken wij evenmin openbaar.",
    "4. Wijze van openbaarmaking",
    "De documenten worden gepubliceerd op {{X:open.overheid.nl}}. U ontvangt ze ook digitaal.",
    "",
    "Hoogachtend,",
    "burgemeester en wethouders van Lochem,",
    "namens dezen,",
    "[[P:D. Bosch]], Woo-coördinator",
    "",
    "Bezwaar: binnen zes weken na verzending bij het college van burgemeester en wethouders, Postbus 17, 7240 AA Lochem.",
    "Bijlage: inventarislijst {{F:WOO-2026-0093}}",
], font="dejavu", prod_str="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365"))

_inv = [("1", "Woo-verzoek", "02-03-2026"), ("2", "ontvangstbevestiging", "05-03-2026"),
        ("3", "bezwaarschrift bewoonster", "12-01-2026"), ("4", "pro-forma bezwaar", "14-01-2026"),
        ("5", "aanvullende gronden advocaat", "09-02-2026"), ("6", "collectief bezwaar bewoners", "16-01-2026"),
        ("7", "ontvangstbevestiging bezwaar", "21-01-2026"), ("8", "uitnodiging hoorzitting", "10-02-2026"),
        ("9", "verslag hoorzitting", "04-03-2026"), ("10", "advies commissie", "08-04-2026"),
        ("11", "beslissing op bezwaar", "28-04-2026"), ("12", "verkeersbesluit VB-2026-019", "28-04-2026"),
        ("13", "uitvoeringsplanning aannemer", "12-03-2026"), ("14", "mailwisseling aannemer", "17-03-2026"),
        ("15", "mails bewoners", "27-03-2026"), ("16", "WhatsApp buurtgroep", "14-03-2026"),
        ("17", "Teams-chat projectteam", "20-03-2026"), ("18", "raadsvragen en antwoord", "07-04-2026"),
        ("19", "beslisnota", "21-04-2026"), ("20", "factuur verkeersregelaar", "31-03-2026"),
        ("21", "factuur hovenier", "30-04-2026"), ("22", "schadeformulier", "23-03-2026"),
        ("23", "schouwrapport", "30-03-2026"), ("24", "persbericht", "29-04-2026"),
        ("25", "bewonersbrief", "20-03-2026"), ("26", "brief dochter bewoonster", "02-02-2026"),
        ("27", "presentielijst informatieavond", "03-10-2025"), ("28", "memo verkeerskundige", "23-03-2026"),
        ("29", "verslag bouwvergadering", "02-04-2026"), ("30", "juridisch memo", "18-03-2026"),
        ("31", "bereikbaarheidsrooster", "01-04-2026")]
_rows = []
for n, t, dt in _inv:
    g = "5.1.2e" if n not in ("3", "17", "26") else "5.1.2e, 5.1.1d"
    if n in ("20", "21"):
        g = "5.1.2e, 5.1.1e"
    beo = "openbaar" if n in ("12", "24", "25") else "deels openbaar"
    if n in ("12",):
        g = "-"
    _rows.append(f"{n} | {t} | {dt} | {beo} | {g}")

DOCS.append(Doc("m33_inventarislijst", [
    "# Inventarislijst Woo-besluit WOO-2026-0093",
    "Zaak: {{F:Z-2026-04418}}  |  Bestuursorgaan: college van B&W {{G:Lochem}}",
    "",
    "Nr | Document | Datum | Beoordeling | Grond",
] + _rows + [
    "",
    "Toelichting: bij document 9 en 10 zijn de namen van de externe leden van de {{O:Commissie bezwaarschriften}} "
    "weggelakt; zij treden niet in de openbaarheid. Document 19 bevat een paraaflijst; alleen de paraaf van de "
    "wethouder blijft zichtbaar.",
    "Contact: {{M:woo@lochem.nl}}",
], font="helv", size=9, prod_str="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
   author="Bosch, D.", hidden=[("metadata", "PERSON", "Bosch, D.")]))
