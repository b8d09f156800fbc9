# -*- coding: utf-8 -*-
"""Set FE, part B: mail threads, chat, minutes, forms (fe13-fe23)."""
from lib import Doc

DOCS = []
A = DOCS.append

A(Doc("fe13_mail_eindtijd", "RE: eindtijd en geluid", [
    "Van: [[P:Ter Horst, Marloes]] <[[E:m.terhorst@apeldoorn.nl]]>",
    "Verzonden: dinsdag 14 april 2026 16:12",
    "Aan: [[P:Joost Verbeek-Ramdin]] <[[E:joost@klankrijkevents.nl]]>",
    "CC: [[P:Hofstede, Bart-Jan]] <[[E:b.hofstede@apeldoorn.nl]]>; [[P:de Wilde, Sanne]] <[[E:sanne.dewilde@klankrijkevents.nl]]>",
    "Onderwerp: RE: eindtijd en geluid {{M:Klankrijk Open Air 2026}}",
    "",
    "Hoi [[P:Joost]],",
    "",
    "Dank voor je mail. De burgemeester is niet bereid de eindtijd op zondag te verruimen naar 23.30 uur. Zaterdag 23.00 uur "
    "is haalbaar als jullie de dB(C)-norm van 90 aan de gevel halen. Het {{T:geluidsmanagementplan}} moet uiterlijk 1 mei binnen zijn.",
    "Daarnaast vraagt de {{O:VNOG}} om twee extra nooduitgangen bij de hoofdtent, zie het advies van [[P:Dirk-Jan]].",
    "",
    "Groet,",
    "[[P:Marloes ter Horst]]",
    "{{J:evenementencoördinator}} | {{O:team Evenementen}} | {{O:gemeente Apeldoorn}}",
    "T [[T:055 580 14 23]] | M [[T:06 2705 9143]]",
    "Aanwezig: ma, di, do",
    "",
    "Van: [[P:Joost Verbeek-Ramdin]] <[[E:joost@klankrijkevents.nl]]>",
    "Verzonden: maandag 13 april 2026 21:47",
    "Aan: [[P:Ter Horst, Marloes]] <[[E:m.terhorst@apeldoorn.nl]]>",
    "Onderwerp: eindtijd en geluid",
    "",
    "Hallo [[P:Marloes]],",
    "",
    "Zoals besproken zouden we graag op beide dagen tot 23.30 uur doorgaan. De artiesten die we geboekt hebben spelen "
    "pas na 22.00 uur. Kun je dit voorleggen aan {{R:burgemeester Hoekstra-Valk}}? Ik heb haar ook al kort gesproken bij de "
    "nieuwjaarsreceptie.",
    "",
    "Onze geluidsman [[P:Jeroen]] kan de geluidsprognose aanpassen. Ik bel je morgen, of bel mij op [[T:06-41 55 87 03]].",
    "",
    "Groet, [[P:Joost]]",
    "{{O:Stichting Klankrijk Events}} | {{F:info@klankrijkopenair.nl}}",
], font="DejaVuSans", size=9.5, prod_str="Microsoft® Outlook® for Microsoft 365", creator="Microsoft Outlook"))

A(Doc("fe14_mail_nooduitgangen", "FW: nooduitgangen hoofdtent", [
    "Van: [[P:Hofstede, Bart-Jan]]",
    "Verzonden: woensdag 6 mei 2026 09:03",
    "Aan: [[P:Wassink, Dirk-Jan]] <[[E:dj.wassink@vnog.nl]]>",
    "CC: [[P:Ter Horst, Marloes]]; [[P:Aydın, Gülşen]] <[[E:g.aydin@apeldoorn.nl]]>",
    "Onderwerp: FW: nooduitgangen hoofdtent - tekening v4",
    "Bijlagen: plattegrond_v4.pdf",
    "",
    "[[P:Dirk-Jan]],",
    "",
    "Hierbij de nieuwe plattegrond van de organisatie. Kun jij beoordelen of de twee extra uitgangen nu voldoen aan je "
    "advies van {{N:VNOG-RB-2026-1142}}? Ik wil de vergunning uiterlijk 20 mei verlenen.",
    "",
    "Met vriendelijke groet,",
    "[[P:Bart-Jan Hofstede]]",
    "{{J:vergunningverlener APV/bijzondere wetten}}",
    "{{O:gemeente Apeldoorn}} | [[T:055 580 2296]] | bereikbaar via {{G:14 055}}",
    "",
    "-----Oorspronkelijk bericht-----",
    "Van: [[P:Sanne de Wilde]] <[[E:sanne.dewilde@klankrijkevents.nl]]>",
    "Verzonden: dinsdag 5 mei 2026 17:30",
    "Aan: [[E:b.hofstede@apeldoorn.nl]]",
    "Onderwerp: nooduitgangen hoofdtent",
    "",
    "Beste [[P:Bart-Jan]],",
    "",
    "In de bijlage de aangepaste tekening. We hebben de tent van {{O:Neptunus}} omgewisseld voor een model met zes "
    "uitgangen. De tentenbouwer, [[P:Wout Klein Gunnewiek]], komt op 24 juni opbouwen en kan bij de schouw zijn.",
    "",
    "Hartelijke groet,",
    "[[P:Sanne]]",
    "{{J:productieleider}} {{O:Stichting Klankrijk Events}}",
    "[[T:+31 (0)6 2398 1174]]",
], font="DejaVuSerif", size=9.5, prod_str="Microsoft® Outlook® for Microsoft 365", creator="Microsoft Outlook",
    author="Hofstede, Bart-Jan"))

A(Doc("fe15_chat_crowdsafety", "WhatsApp export Crowd Safety KOA26", [
    "# WhatsApp-chat met Crowd Safety KOA26",
    "~ Export 29-06-2026, 27 juni 2026 (zaterdag)",
    "[27-06-2026 13:58] [[P:Rachid El Khatib]]: Poorten open om 14:00, iedereen op positie?",
    "[27-06-2026 13:59] [[P:Fleur W.]]: K2 staat. Vak A nog leeg",
    "[27-06-2026 14:01] [[P:Keesje]]: podium 2 klaar, maar nooduitgang 3 staat vol met kratten van de bar",
    "[27-06-2026 14:02] [[P:Rachid El Khatib]]: @[[P:Ruud]] laat je mensen die kratten weghalen graag",
    "[27-06-2026 14:03] [[P:Ruud Lammers]]: 👍 komt goed",
    "[27-06-2026 17:40] [[P:Marloes gemeente]]: Ik zit in het ECC. Brandweer vraagt of uitgang Noord vrij is",
    "[27-06-2026 17:41] [[P:Fleur W.]]: ja vrij",
    "[27-06-2026 21:15] [[P:Keesje]]: druk bij de sluis, ik schat 3,5 p/m2",
    "[27-06-2026 21:16] [[P:Rachid El Khatib]]: sluis dicht, omleiden via vak B. [[P:Dewi]] wil je een EHBO-team bij vak A?",
    "[27-06-2026 21:18] [[P:Dewi R.]]: onderweg. Meisje flauwgevallen bij de bar, wordt behandeld",
    "[27-06-2026 21:31] [[P:Dewi R.]]: meisje ([[P:Lotte]], 17) heeft [[H:diabetes type 1]], suiker was laag. ouders gebeld op [[T:06 3387 1204]]",
    "[27-06-2026 21:32] [[P:Rachid El Khatib]]: top. graag geen namen in de app jongens 🙏",
    "[27-06-2026 22:47] [[P:Marloes gemeente]]: meting R1 te hoog volgens [[P:Jeroen]], 94 dB(C). Kunnen jullie de bas terugdraaien?",
    "[27-06-2026 22:49] [[P:Rachid El Khatib]]: doorgegeven aan FOH",
    "[27-06-2026 23:02] [[P:Fleur W.]]: muziek uit. uitstroom via {{L:Europaweg}} loopt goed",
    "[27-06-2026 23:40] [[P:Ruud Lammers]]: terrein leeg. 2 man aangehouden door politie bij de uitgang, overgedragen aan [[P:Pelgrim]]",
    "[27-06-2026 23:41] [[P:Rachid El Khatib]]: dank allen. Briefing morgen 11:00 in de {{X:Koning Willem III-kazerne}}",
], font="DejaVuSans", size=9, prod_str="Skia/PDF m118", creator="WhatsApp export via Chrome"))

A(Doc("fe16_teams_evenementenoverleg", "Teams-chat team Evenementen", [
    "# Microsoft Teams - chat 'Evenementen ZP'",
    "[[P:Hofstede, Bart-Jan]] 20-5 10:12",
    "Vergunning {{M:Klankrijk Open Air 2026}} staat klaar voor paraaf, [[P:Freek]] kun jij vandaag?",
    "[[P:Molenaar, Freek]] 20-5 10:30",
    "Ja. Heb jij de zienswijze van [[P:mevrouw Vos]] verwerkt? Die gaat waarschijnlijk in bezwaar.",
    "[[P:Hofstede, Bart-Jan]] 20-5 10:33",
    "Ja, in de overwegingen. Norm blijft 90 dB(C), eindtijd 23.00 uur.",
    "[[P:Aydın, Gülşen]] 20-5 10:41",
    "Vanuit OOV: {{R:burgemeester Hoekstra-Valk}} wil voor 1 juni een {{T:driehoeksoverleg}}. Ik plan het in met de "
    "politie ([[P:Roeterink]]) en het OM.",
    "[[P:Ter Horst, Marloes]] 20-5 11:02",
    "Top. [[P:Gül]], kun jij ook [[P:Lieke]] van de GHOR uitnodigen? Haar nummer is [[T:06 5199 0378]].",
    "[[P:Aydın, Gülşen]] 20-5 11:04",
    "Doe ik 👍",
    "[[P:Molenaar, Freek]] 20-5 14:15",
    "Geparafeerd. Let op: [[P:BJH]] en [[P:MtH]] graag allebei in het ECC op zaterdag.",
    "[[P:Ter Horst, Marloes]] 20-5 14:16",
    "Ik sta ingeroosterd. [[P:Bart-Jan]] heeft zondagdienst.",
], font="DejaVuSansCondensed", size=9.5, prod_str="Microsoft: Print To PDF", creator="Microsoft Teams"))

A(Doc("fe17_verslag_vooroverleg", "Verslag vooroverleg multidisciplinair", [
    "# Verslag multidisciplinair vooroverleg {{M:Klankrijk Open Air 2026}}",
    "~ Datum: 28 april 2026, 10.00-11.30 uur, {{L:stadhuis Apeldoorn}}, kamer 3.14 - zaak {{N:Z/26/041873}}",
    "## Aanwezig",
    "|Naam|Organisatie|Functie",
    "|[[P:M. ter Horst]] (voorzitter)|{{O:gemeente Apeldoorn}}|{{J:evenementencoördinator}}",
    "|[[P:B.J. Hofstede]]|{{O:gemeente Apeldoorn}}|{{J:vergunningverlener}}",
    "|[[P:G. Aydın]]|{{O:gemeente Apeldoorn}}|{{J:adviseur openbare orde en veiligheid}}",
    "|[[P:H.G. Roeterink]]|{{O:Politie Oost-Nederland}}|{{J:operationeel expert evenementen}}",
    "|[[P:D.J. Wassink]]|{{O:VNOG}}|{{J:adviseur risicobeheersing}}",
    "|[[P:L. Zandbergen]]|{{O:GHOR NOG}}|{{J:adviseur publieke gezondheid}}",
    "|[[P:J. Verbeek-Ramdin]]|{{O:Stichting Klankrijk Events}}|directeur",
    "|[[P:R. El Khatib]]|{{O:SafeFlow Crowd Control B.V.}}|hoofd veiligheid",
    "Afwezig met bericht: [[P:F. Molenaar]] ({{O:gemeente Apeldoorn}}).",
    "## 1. Mededelingen",
    "De voorzitter meldt dat {{R:wethouder Kuipers}} (evenementen) het festival belangrijk vindt voor de stad, maar dat de "
    "klachten van 2025 serieus moeten worden genomen.",
    "## 2. Veiligheid en crowd management",
    "[[P:Roeterink]] vraagt om een fouilleringsprotocol. [[P:El Khatib]] zegt dit toe. [[P:Wassink]] herhaalt het advies over de "
    "nooduitgangen; de organisatie levert een nieuwe tekening.",
    "## 3. Geluid",
    "De organisatie vraagt 23.30 uur; de gemeente houdt 23.00 uur aan. Geluidsmetingen door {{O:Van Lochem Akoestiek}} en "
    "steekproefsgewijs door de {{O:Omgevingsdienst Veluwe IJssel}} ({{O:OVIJ}}).",
    "## Actiepunten",
    "|Nr|Actie|Wie|Gereed",
    "|1|Fouilleringsprotocol aanleveren|[[C:RK]]|12-5",
    "|2|Plattegrond met extra nooduitgangen|[[C:SdW]]|6-5",
    "|3|Driehoeksoverleg plannen|[[C:GA]]|1-6",
    "|4|Meetplan {{O:OVIJ}} afstemmen|[[C:BJH]]|15-5",
    "|5|Communicatie omwonenden (brief)|[[C:MtH]]|1-6",
], font="DejaVuSans", size=9, prod_str="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
    author="Marloes ter Horst", hidden=[("P", "Marloes ter Horst", "metadata")]))

A(Doc("fe18_formulier_incident", "Incidentregistratie EHBO", [
    "# Registratieformulier incident / EHBO-inzet",
    "{{M:Klankrijk Open Air 2026}} - ingevuld door EHBO-post vak A",
    "Dit formulier is vertrouwelijk en bevat medische gegevens.",
    "",
], form=[("naam_patient", "Naam bezoeker", "Lotte Hiemstra"),
         ("geboortedatum", "Geboortedatum", "02-08-2008"),
         ("klacht", "Klacht / bevinding", "hypoglykemie bij diabetes type 1"),
         ("contact_ouder", "Contact ouder/verzorger", "M. Hiemstra-Bakker, 06 3387 1204"),
         ("ingevuld_door", "Ingevuld door", "Dewi Ramsaran"),
         ("tijd", "Tijdstip", "27-06-2026 21:18")],
    hidden=[("P", "Lotte Hiemstra", "annotations"), ("D", "02-08-2008", "annotations"),
            ("H", "hypoglykemie bij diabetes type 1", "annotations"), ("P", "M. Hiemstra-Bakker", "annotations"),
            ("T", "06 3387 1204", "annotations"), ("P", "Dewi Ramsaran", "annotations")],
    prod_str="ReportLab PDF Library - www.reportlab.com", creator="Formulierenserver"))

A(Doc("fe19_rooster_ecc", "Rooster ECC en toezicht", [
    "# Rooster {{T:Evenementen Coördinatie Centrum}} en toezicht 27-28 juni 2026",
    "~ {{O:gemeente Apeldoorn}} - {{O:team Toezicht en Handhaving}} en {{O:team Evenementen}} - intern",
    "|Dag|Dienst|Naam|Personeelsnr.|Mobiel",
    "|za 27-6|ECC 12-24|[[P:Marloes ter Horst]]|[[N:104883]]|[[T:06 2705 9143]]",
    "|za 27-6|{{T:Officier van Dienst}} gemeente|[[P:Gülşen Aydın]]|[[N:107215]]|[[T:06-22 81 64 90]]",
    "|za 27-6|boa geluid|[[P:Lars Wennekes]]|[[N:109932]]|[[T:06 1733 8021]]",
    "|za 27-6|boa parkeren|[[P:Şükrü Demirtaş]]|[[N:110457]]|[[T:06 4290 1166]]",
    "|zo 28-6|ECC 11-24|[[P:Bart-Jan Hofstede]]|[[N:102671]]|[[T:06 5091 2274]]",
    "|zo 28-6|boa geluid|[[P:Ilse Nijkamp-Oude Luttikhuis]]|[[N:111038]]|[[T:06 3640 7729]]",
    "|zo 28-6|boa parkeren|[[P:Lars Wennekes]]|[[N:109932]]|[[T:06 1733 8021]]",
    "",
    "Bereikbaarheid ECC: {{G:055 580 3999}} (algemene lijn tijdens het evenement). Piket teamleider: [[P:F. Molenaar]], [[T:06 1208 4455]].",
    "Meldingen van omwonenden lopen via {{G:14 055}} en het {{T:Meldingen Openbare Ruimte}}-systeem.",
], font="DejaVuSansCondensed", size=9, prod_str="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365",
    outline=[("Rooster ECC - opgesteld door Freek Molenaar", 0)],
    hidden=[("P", "Freek Molenaar", "outline")]))

A(Doc("fe20_factuur_geluid", "Factuur Van Lochem Akoestiek", [
    "# FACTUUR",
    "{{O:Van Lochem Akoestiek}} - eenmanszaak van [[P:J.W. van Lochem]]",
    "[[A:Dorpsstraat 41]], [[A:7241 AC]] Lochem | [[T:0575-84 31 20]] | [[E:jeroen@vanlochemakoestiek.nl]]",
    "KvK: [[K:81234567]] | btw-id: [[X:NL003418765B51]] | IBAN: [[I:NL42 RABO 0312 4567 89]]",
    "",
    "Aan: {{O:Stichting Klankrijk Events}}, t.a.v. [[P:mevrouw S. de Wilde]]",
    "Factuurnummer: {{N:2026-0047}} | Factuurdatum: 3 juli 2026",
    "|Omschrijving|Aantal|Prijs|Bedrag",
    "|Geluidsprognose {{M:Klankrijk Open Air 2026}} ({{N:VLA-26-0412}})|1|€ 1.850,00|€ 1.850,00",
    "|Controlemetingen 27 en 28 juni (2 personen)|22 uur|€ 95,00|€ 2.090,00",
    "|Huur meetapparatuur {{X:Brüel & Kjær 2250}}|2 dagen|€ 120,00|€ 240,00",
    "|Subtotaal|||€ 4.180,00",
    "|Btw 21%|||€ 877,80",
    "|Totaal|||€ 5.057,80",
    "",
    "Gelieve binnen 30 dagen over te maken op [[I:NL42 RABO 0312 4567 89]] t.n.v. [[P:J.W. van Lochem]] o.v.v. {{N:2026-0047}}.",
], font="DejaVuSans", size=9.5, prod_str="Moneybird PDF (Prince 14.2)", creator="Moneybird"))

A(Doc("fe21_factuur_verkeersregelaars", "Factuur verkeersregelaars", [
    "# Factuur",
    "{{O:Verkeersregelaars Oost}} - [[P:Hüseyin Kaya]] (eenmanszaak)",
    "[[A:Loolaan 402]], [[A:7315 AK]] Apeldoorn - KvK [[K:90417732]] - IBAN [[I:NL18 INGB 0007 2331 90]]",
    "Tel. [[T:06-48 20 17 63]] - [[E:h.kaya.vro@gmail-mail.com]]",
    "",
    "Factuur {{N:VRO-26-019}}, 30 juni 2026",
    "Klant: {{O:Stichting Klankrijk Events}}, {{L:Apeldoorn}}",
    "|Datum|Inzet|Uren|Bedrag",
    "|27-06-2026|6 verkeersregelaars {{L:Europaweg}}/{{L:Sportlaan}}|6 x 11|€ 2.112,00",
    "|28-06-2026|6 verkeersregelaars|6 x 10|€ 1.920,00",
    "|Totaal excl. btw||126|€ 4.032,00",
    "",
    "Instructie verkeersregelaars verzorgd door [[P:H. Kaya]] conform {{W:Regeling verkeersregelaars 2009}}.",
], font="Times-Roman", size=10.5, prod_str="Microsoft® Word 2013", creator="Microsoft® Word 2013"))

A(Doc("fe22_scan_ondertekende_verklaring", "scan verklaring", [
    "# Verklaring organisator aansprakelijkheid",
    "",
    "Ondergetekende verklaart dat de organisatie van",
    "Klankrijk Open Air 2026 een evenementenverzekering heeft",
    "afgesloten met een dekking van 2.500.000 euro.",
    "",
    "Polisnummer: EV-88213-04",
    "",
    "Naam: [[P:Joost Verbeek-Ramdin]]",
    "Geboortedatum: [[D:14-03-1981]]",
    "BSN: [[B:183940275]]",
    "",
    "~ Apeldoorn, 15 mei 2026",
    "~ [[P:J. Verbeek-Ramdin]]",
], scan=True, prod_str="RICOH IM C3000 PDF", creator="RICOH IM C3000"))

A(Doc("fe23_mail_omwonendenbrief", "RE: conceptbrief omwonenden", [
    "Van: [[P:Ter Horst, Marloes]] <[[E:m.terhorst@apeldoorn.nl]]>",
    "Verzonden: donderdag 28 mei 2026 15:22",
    "Aan: {{F:communicatie@apeldoorn.nl}}",
    "CC: [[P:Sanne de Wilde]] <[[E:sanne.dewilde@klankrijkevents.nl]]>; [[P:Maud Oosterveld-Çelik]] <[[E:maud@klankrijkevents.nl]]>",
    "Onderwerp: RE: conceptbrief omwonenden",
    "",
    "Hallo collega's van Communicatie,",
    "",
    "Hierbij de conceptbrief voor de 1.400 adressen rond het {{L:Zuiderpark}}. Het telefoonnummer voor klachten tijdens het "
    "festival is {{G:0800 022 4455}} (organisatie) en daarnaast {{G:14 055}} (gemeente). Graag geen mobiele nummers van "
    "medewerkers in de brief, ook niet dat van [[P:Sanne]].",
    "",
    "[[P:Maud]], kun jij de lijst met artiesten en eindtijden per podium aanleveren?",
    "",
    "Dank en groet,",
    "[[P:Marloes]]",
    "",
    "Van: [[P:Maud Oosterveld-Çelik]] <[[E:maud@klankrijkevents.nl]]>",
    "Verzonden: donderdag 28 mei 2026 11:05",
    "Aan: [[P:Ter Horst, Marloes]]",
    "Onderwerp: conceptbrief omwonenden",
    "",
    "Beste [[P:Marloes]], in de bijlage onze tekst. Vorig jaar kwamen de meeste klachten van de [[A:Sportlaan 70-90]] (even "
    "nummers) en van [[P:mevrouw Brinkhuis]]; misschien is een persoonlijk bezoek verstandig? Groet, [[P:Maud]] - "
    "[[T:0031 6 4470 1288]]",
], font="DejaVuSans", size=9.5, prod_str="Microsoft® Outlook® for Microsoft 365", creator="Microsoft Outlook"))


def _get(stem):
    return [d for d in DOCS if d.stem == stem][0]


_get("fe15_chat_crowdsafety").lines += [
    "---",
    "~ 28 juni 2026 (zondag)",
    "[28-06-2026 10:52] [[P:Rachid El Khatib]]: Goedemorgen! Briefing 11:00, [[P:Keesje]] neemt vandaag vak A over van [[P:Fleur W.]]",
    "[28-06-2026 10:55] [[P:Fleur W.]]: prima, ik sta dan bij podium 2. Mijn nieuwe nummer is [[T:06 4011 8832]] btw",
    "[28-06-2026 11:30] [[P:Marloes gemeente]]: Vandaag is [[P:Bart-Jan]] namens de gemeente in het ECC. Zijn nummer: [[T:06 5091 2274]]",
    "[28-06-2026 13:10] [[P:Ruud Lammers]]: bij de ingang een bezoeker met een mes aangetroffen, politie ([[P:Pelgrim]]) heeft hem meegenomen",
    "[28-06-2026 13:12] [[P:Rachid El Khatib]]: noteer in het logboek, geen namen hier",
    "[28-06-2026 16:44] [[P:Dewi R.]]: rustig bij de EHBO, 9 behandelingen, vooral wespensteken en blaren",
    "[28-06-2026 19:05] [[P:Keesje]]: buurman van [[A:Sportlaan 77]] staat weer aan het hek te schelden 😅",
    "[28-06-2026 19:07] [[P:Marloes gemeente]]: Ik stuur [[P:Ilse]] van handhaving langs, die meet ook even",
    "[28-06-2026 22:58] [[P:Fleur W.]]: laatste nummer. uitstroom start",
    "[28-06-2026 23:35] [[P:Rachid El Khatib]]: terrein leeg, alles veilig. Topwerk iedereen! Evaluatie volgt via [[P:Sanne]] 🎉",
    "[28-06-2026 23:36] [[P:Ruud Lammers]]: 🙌",
    "[28-06-2026 23:37] [[P:Kees Baltus]]: thx allemaal, tot volgend jaar",
]

_get("fe19_rooster_ecc").lines += [
    "---",
    "# Bijlage: bereikbaarheid externe partners",
    "|Partner|Contactpersoon|Telefoon|E-mail",
    "|{{O:Politie Oost-Nederland}}|[[P:Yvonne Pelgrim]] (brigadier)|[[T:06 - 5210 3386]]|[[E:yvonne.pelgrim@politie.nl]]",
    "|{{O:VNOG}}|[[P:Dirk-Jan Wassink]]|[[T:088 - 7075 531]]|[[E:dj.wassink@vnog.nl]]",
    "|{{O:GHOR NOG}}|[[P:Lieke Zandbergen]]|[[T:06 5199 0378]]|[[E:l.zandbergen@ggdnog.nl]]",
    "|{{O:OVIJ}} (geluid)|[[P:Marco van den Heuvel-Sahin]]|[[T:0570 - 68 22 14]]|[[E:m.vandenheuvel@ovij.nl]]",
    "|Organisatie|[[P:Rachid El Khatib]]|[[T:06-18 22 90 47]]|[[E:r.elkhatib@safeflow.nl]]",
    "|Meldkamer {{O:Meldkamer Oost-Nederland}}|-|{{G:112}} / {{G:0900-8844}}|-",
    "",
    "Wijzigingen in dit rooster alleen via de teamleider. Ruilen van diensten melden bij het secretariaat ({{F:secretariaat.vth@apeldoorn.nl}}).",
]
