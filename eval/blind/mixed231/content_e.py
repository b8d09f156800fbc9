from lib import Doc

P = "PERSON"
DOCS = []

# vt20 council questions + answers (2 pages)
DOCS.append(Doc("vt20_raadsvragen_antwoord", [
    "# Schriftelijke vragen ex artikel 40 Reglement van Orde",
    "Vragensteller: raadslid Sandra Eeftink-Kok (Partij voor de Dieren)",
    "Datum: 10 april 2025     Nummer: RV-2025-031",
    "Onderwerp: bewoning berging op volkstuincomplex Zandweerd",
    "In De Stentor van 8 april 2025 lees ik dat een tuinder op complex Zandweerd in zijn berging woont.",
    "1. Is het college bekend met dit bericht?",
    "2. Hoeveel mensen in Deventer slapen volgens het college in bergingen, schuren of tuinhuisjes?",
    "3. Is het college bereid eerst hulp te bieden voordat wordt gehandhaafd?",
    "<<PAGE>>",
    "# Antwoorden van het college",
    "Datum: 6 mei 2025     Kenmerk: RV-2025-031-A",
    "1. Ja. Het college kent het bericht. Het gaat om één tuinder; over zijn persoonlijke situatie doen wij geen mededelingen.",
    "2. Dat is niet bekend. Het Sociaal Wijkteam en Stichting Iriszorg schatten het aantal op enkele tientallen.",
    "3. Ja. De boa's van Toezicht en Handhaving hebben de betrokkene naar het Sociaal Wijkteam verwezen. Er is geen "
    "proces-verbaal opgemaakt. Wethouder Jeroen Tijhof (Zorg en Welzijn) heeft met de Voedselbank Deventer en Iriszorg "
    "gesproken over opvang.",
    "Ambtelijk voorbereid door: Mirjam Vos-Boerrigter (beleidsadviseur Wonen), m.vosboerrigter@deventer.nl, 0570 69 31 76.",
    "Burgemeester en wethouders van Deventer,",
    "de burgemeester, Ron König",
], [
    (P, ["Mirjam Vos-Boerrigter"]), ("EMAIL", ["m.vosboerrigter@deventer.nl"]), ("PHONE", ["0570 69 31 76"]),
], [
    ("PERSON_PUBLIC", ["raadslid Sandra Eeftink-Kok"]), ("ORG", ["Partij voor de Dieren"]), ("REF", ["RV-2025-031"]),
    ("ORG", ["De Stentor"]), ("LOC", ["Zandweerd"]), ("ORG", ["Sociaal Wijkteam"]), ("ORG", ["Stichting Iriszorg"]),
    ("ORG", ["Toezicht en Handhaving"]), ("PERSON_PUBLIC", ["Wethouder Jeroen Tijhof"]), ("ORG", ["Voedselbank Deventer"]),
    ("PERSON_PUBLIC", ["Ron König"]), ("ROLE", ["beleidsadviseur Wonen"]), ("LAW", ["Reglement van Orde"]), ("ORG", ["Iriszorg"]),
], producer="rlttf", meta={"Producer": "iText 5.5.13.3", "Creator": "iBabs"}))

# vt21 mail thread with fencing contractor (quote)
DOCS.append(Doc("vt21_mail_offerte_hekwerk", [
    "Van: Erwin Tijhuis <erwin@hekwerktijhuis.nl>",
    "Verzonden: vrijdag 21 maart 2025 07:58",
    "Aan: penningmeester@degroenehoek-deventer.nl",
    "CC: Ahmet Yılmaz <a.yilmaz1974@gmail.com>",
    "Onderwerp: RE: offerte hekwerk complex Zandweerd - HT-25-033",
    "Goedemorgen Ahmet,",
    "Hierbij de aangepaste offerte: 112 meter dubbelstaafmat in antraciet en een dubbele draaipoort van 4 meter. Levering "
    "in week 17. Voor de subsidie Groen Deventer heeft u een specificatie nodig; die zit als bijlage bij deze mail.",
    "Mijn vrouw Gerda doet de administratie, bij vragen over de factuur kunt u haar bellen op 0570-551 862.",
    "Groet, Erwin",
    "Hekwerk Tijhuis | Lettele | 06-24681357",
    "Van: penningmeester@degroenehoek-deventer.nl",
    "Verzonden: woensdag 19 maart 2025 22:14",
    "Aan: Erwin Tijhuis <erwin@hekwerktijhuis.nl>",
    "Onderwerp: offerte hekwerk complex Zandweerd",
    "Beste Erwin,",
    "Kunt u de offerte splitsen in hekwerk en poort? De gemeente (mevrouw Steenbergen van Vastgoed) vraagt dat voor de "
    "subsidieaanvraag. Ik ben overdag bereikbaar op 06-11928374.",
    "Met vriendelijke groet,",
    "Ahmet Yılmaz",
    "penningmeester De Groene Hoek",
], [
    (P, ["Erwin Tijhuis", "Erwin"]), ("EMAIL", ["erwin@hekwerktijhuis.nl", "a.yilmaz1974@gmail.com"]),
    (P, ["Ahmet Yılmaz", "Ahmet"]), (P, ["Gerda"]), ("PHONE", ["0570-551 862", "06-24681357", "06-11928374"]), (P, ["Steenbergen"]),
], [
    ("EMAIL_FUNC", ["penningmeester@degroenehoek-deventer.nl"]), ("REF", ["HT-25-033"]), ("ORG", ["Hekwerk Tijhuis"]), ("LOC", ["Zandweerd"]),
    ("MISC", ["Groen Deventer"]), ("LOC", ["Lettele"]), ("ORG", ["De Groene Hoek"]), ("MISC", ["dubbelstaafmat"]),
], producer="rlttf", meta={"Producer": "Microsoft Outlook 16.0", "Creator": "Microsoft Outlook"}))

# vt22 board letter to Pasman
DOCS.append(Doc("vt22_brief_bestuur_aan_tuinder", [
    "Volkstuinvereniging De Groene Hoek",
    "Aan: de heer H.J. Pasman, tuin 31 (per post p/a Sociaal Wijkteam Deventer-Noord, Hanzeweg 2)",
    "Deventer, 22 april 2025",
    "Betreft: gebruik berging tuin 31",
    "Beste Henk,",
    "Op 2 april hebben boa's van de gemeente vastgesteld dat je in de berging op tuin 31 overnacht. Wij begrijpen dat je "
    "het moeilijk hebt, en wij willen je helpen. Maar de gemeente verhuurt het terrein aan de vereniging en bewoning is "
    "verboden (artikel 9 huurovereenkomst, artikel 14 Huishoudelijk Reglement).",
    "Wij vragen je daarom vóór 1 juni 2025 een andere slaapplaats te vinden. Tot die datum mag je de berging blijven gebruiken. "
    "Mevrouw Esther Wijnbergen van het Sociaal Wijkteam heeft aangeboden je te helpen; zij is bereikbaar op 06-13579086. "
    "Je tuin blijft van jou, zolang je de contributie (EUR 42,50 per are) betaalt.",
    "Sterkte, en met vriendelijke groet,",
    "namens het bestuur,",
    "Gerrit-Jan ter Haar, voorzitter",
], [
    (P, ["H.J. Pasman"]), (P, ["Henk"]), (P, ["Esther Wijnbergen"]), ("PHONE", ["06-13579086"]), (P, ["Gerrit-Jan ter Haar"]),
], [
    ("ORG", ["Volkstuinvereniging De Groene Hoek"]), ("ORG", ["Sociaal Wijkteam Deventer-Noord"]), ("LOC", ["Hanzeweg 2"]),
    ("MISC", ["Huishoudelijk Reglement"]), ("MISC", ["tuin 31"]), ("MISC", ["EUR 42,50"]), ("ROLE", ["voorzitter"]),
], producer="docx", meta={"Author": "G.J. ter Haar"}))

# vt23 mediation evaluation mail (sticky notes none) + XMP
DOCS.append(Doc("vt23_mail_evaluatie_bemiddeling", [
    "Van: Annelies Roodbeen <a.roodbeen@buurtbemiddelingdeventer.nl>",
    "Verzonden: maandag 11 augustus 2025 13:20",
    "Aan: secretaris@degroenehoek-deventer.nl",
    "Onderwerp: evaluatie bemiddeling BB-2025-0716",
    "Beste Wilma,",
    "Vorige week hebben Jurre en ik het evaluatiegesprek gevoerd met beide tuinders. De composthoop is verplaatst en de "
    "hond loopt aangelijnd. Meneer Oudejans vertelde dat hij zich beter voelt sinds hij niet meer elke dag op het complex is "
    "(hij is in juni gestart met een cardiologische revalidatie). Beide heren vinden het dossier hiermee afgesloten.",
    "Mogen wij jullie vereniging noemen in ons jaarverslag 2025? Dan zonder namen van leden natuurlijk.",
    "Hartelijke groet,",
    "Annelies Roodbeen",
    "vrijwillig bemiddelaar | Stichting Buurtbemiddeling Deventer | algemeen 0570-760 260",
], [
    (P, ["Annelies Roodbeen"]), ("EMAIL", ["a.roodbeen@buurtbemiddelingdeventer.nl"]), (P, ["Wilma"]), (P, ["Jurre"]),
    (P, ["Oudejans"]), ("HEALTH", ["cardiologische revalidatie"]),
], [
    ("EMAIL_FUNC", ["secretaris@degroenehoek-deventer.nl"]), ("REF", ["BB-2025-0716"]), ("ORG", ["Stichting Buurtbemiddeling Deventer"]),
    ("PHONE_PUBLIC", ["0570-760 260"]), ("ROLE", ["vrijwillig bemiddelaar"]), ("MISC", ["jaarverslag 2025"]),
], meta={"Producer": "macOS Version 14.5 (Build 23F79) Quartz PDFContext"}))

# vt24 lease agreement (docx, 3 pages)
DOCS.append(Doc("vt24_huurovereenkomst", [
    "# Huurovereenkomst volkstuincomplex Zandweerd",
    "Contractnummer: VG-HUUR-2025-112",
    "De ondergetekenden:",
    "1. De gemeente Deventer, zetel Grote Kerkhof 1, Deventer, te dezen rechtsgeldig vertegenwoordigd door wethouder "
    "Marleen Okkerse-Visser, handelend ter uitvoering van het collegebesluit van 2 september 2025, hierna: verhuurder;",
    "2. Volkstuinvereniging De Groene Hoek, gevestigd te Deventer, KvK 40072615, vertegenwoordigd door haar voorzitter "
    "Gerrit-Jan ter Haar en haar secretaris Wilma van 't Veld-Brouwer, hierna: huurder;",
    "verklaren te zijn overeengekomen als volgt.",
    "## Artikel 1 Gehuurde",
    "Het perceel kadastraal bekend gemeente Deventer, sectie K, nummer 4417, groot 3,41 hectare, gelegen aan de Jan van "
    "Arkelweg, zoals aangegeven op de bij deze overeenkomst gevoegde tekening (bijlage 1).",
    "## Artikel 2 Duur",
    "De huur gaat in op 1 januari 2026 en eindigt op 31 december 2035. In 2030 evalueren partijen de overeenkomst.",
    "## Artikel 3 Huurprijs",
    "De huurprijs bedraagt EUR 0,38 per m2 per jaar, jaarlijks geïndexeerd met de CPI van het CBS.",
    "<<PAGE>>",
    "## Artikel 9 Gebruik",
    "Het gehuurde wordt uitsluitend gebruikt als volkstuincomplex. Bewoning van bergingen en tuinhuisjes, ook tijdelijk, is "
    "niet toegestaan. Huurder ziet toe op naleving door zijn leden.",
    "## Artikel 10 Hekwerk en onderhoud",
    "Huurder onderhoudt het hekwerk, de paden en het verenigingsgebouw Het Tuinhuis.",
    "## Artikel 14 Ontbinding",
    "Bij woningbouw op het gehuurde biedt verhuurder een gelijkwaardige vervangende locatie aan, conform de motie "
    "'Volkstuinen blijven groen' (raadsvergadering 25 juni 2025).",
    "<<PAGE>>",
    "Aldus opgemaakt en getekend te Deventer op 29 september 2025.",
    "Namens de gemeente Deventer:                 Namens Volkstuinvereniging De Groene Hoek:",
    "wethouder M. Okkerse-Visser                 G.J. ter Haar, voorzitter",
    "                                             W. van 't Veld-Brouwer, secretaris",
    "Opgesteld door Team Vastgoed (dossier VG-2025-0331), contact vastgoed@deventer.nl.",
], [
    (P, ["Gerrit-Jan ter Haar", "G.J. ter Haar"]), (P, ["Wilma van 't Veld-Brouwer", "W. van 't Veld-Brouwer"]),
    (P, ["Rik Hoogeveen"], "metadata"),
], [
    ("PERSON_PUBLIC", ["wethouder Marleen Okkerse-Visser"]), ("PERSON_PUBLIC", ["wethouder M. Okkerse-Visser"]),
    ("REF", ["VG-HUUR-2025-112"]), ("REF", ["KvK 40072615"]), ("LOC", ["Grote Kerkhof 1"]), ("MISC", ["sectie K"]),
    ("ORG", ["CBS"]), ("MISC", ["Het Tuinhuis"]), ("EMAIL_FUNC", ["vastgoed@deventer.nl"]), ("REF", ["VG-2025-0331"]),
    ("ORG", ["Team Vastgoed"]), ("MISC", ["Volkstuinen blijven groen"]), ("ORG", ["Volkstuinvereniging De Groene Hoek"]),
], producer="docx", meta={"Author": "Rik Hoogeveen", "Title": "Huurovereenkomst volkstuinen"}))

# vt25 boa notebook scan
DOCS.append(Doc("vt25_boa_aantekeningen_scan", [
    "# Aantekeningen boa - controle tuin 31",
    "02-04-2025  07.15 uur  Jan van Arkelweg",
    "Samen met collega N. Ouaziz-Lemmens.",
    "Aangetroffen: H.J. Pasman, geb. 17-08-1968.",
    "Tel. betrokkene 06-87015324.",
    "Zegt: slaapt hier sinds nov. 2024.",
    "Gebruikt medicatie, onder behandeling Dimence.",
    "Doorverwezen naar Sociaal Wijkteam.",
    "Melder: J. Dijkhuis, tuin 3.",
    "",
    "Paraaf: DVS",
], [], [], producer="scan", meta={"Producer": "HP Scan Extended"},
    ocr_redact=[(P, ["N. Ouaziz-Lemmens", "Ouaziz-Lemmens"]), (P, ["H.J. Pasman", "Pasman"]), ("DOB", ["17-08-1968"]),
                ("PHONE", ["06-87015324"]), ("HEALTH", ["onder behandeling Dimence"]), (P, ["J. Dijkhuis"]), ("PARAPH", ["DVS"])]))

# vt26 Teams chat Vastgoed
DOCS.append(Doc("vt26_teams_vastgoed", [
    "# Teams-chat Team Vastgoed - kanaal Volkstuinen",
    "[9-4-2025 11:02] Laura Steenbergen-Mol: Rik, heb je het boa-rapport van tuin 31 al gezien?",
    "[9-4-2025 11:05] Rik Hoogeveen: Ja, zojuist. Mail komt eraan. Lastig dossier, meneer is echt in de war.",
    "[9-4-2025 11:06] Laura Steenbergen-Mol: Ik bel de secretaris vanmiddag. Bas wil een update voor het PFO.",
    "[9-4-2025 11:09] Bas Kamphuis: Graag kort, en zonder medische details in de nota. Wethouder Okkerse-Visser wil vooral weten of het hek op tijd klaar is.",
    "[9-4-2025 11:12] Laura Steenbergen-Mol: Hekwerk Tijhuis levert in week 17.",
    "[9-4-2025 11:20] Mirjam V.: Ik zit er vanuit Wonen ook op, i.v.m. raadsvragen PvdD. Bel me: 06-27384950",
    "[9-4-2025 11:21] Bas Kamphuis: 👍",
], [
    (P, ["Laura Steenbergen-Mol"]), (P, ["Rik Hoogeveen", "Rik"]), (P, ["Bas Kamphuis", "Bas"]),
    (P, ["Mirjam V."]), ("PHONE", ["06-27384950"]), ("HEALTH", ["meneer is echt in de war"]),
], [
    ("ORG", ["Team Vastgoed"]), ("PERSON_PUBLIC", ["Wethouder Okkerse-Visser"]), ("MISC", ["PFO"]), ("ORG", ["PvdD"]),
    ("MISC", ["tuin 31"]), ("MISC", ["week 17"]), ("MISC", ["Volkstuinen"]), ("ORG", ["Hekwerk Tijhuis"]),
], producer="rlttf", meta={"Producer": "Microsoft: Print To PDF"}))

# vt27 AVVN letter (keep-heavy)
DOCS.append(Doc("vt27_brief_avvn", [
    "AVVN - Landelijke Vereniging voor Volkstuinders",
    "Aan: het college van burgemeester en wethouders van Deventer",
    "Utrecht, 2 mei 2025",
    "Onderwerp: volkstuinen in de Omgevingsvisie Deventer 2040",
    "Geacht college,",
    "Het AVVN vertegenwoordigt ruim 26.000 volkstuinders. Wij vragen u volkstuincomplexen als Zandweerd te beschermen in het "
    "omgevingsplan, zoals Utrecht, Zwolle en Amersfoort hebben gedaan. De Nationale Omgevingsvisie (NOVI) en het "
    "Deltaplan Biodiversiteitsherstel onderstrepen het belang van stadsgroen. Minister Keijzer van Volkshuisvesting heeft in "
    "haar brief aan de Tweede Kamer van 12 maart 2025 erkend dat groen bij woningbouw moet meegroeien.",
    "Graag bieden wij u onze handreiking 'Tuinen in de Stad' aan. Contact: info@avvn.nl of 030-6701350.",
    "Hoogachtend,",
    "Bestuur AVVN",
    "p.o. Marianne Heijnen-Daalmeijer, regiobestuurder Oost, 06-50607080",
], [
    (P, ["Marianne Heijnen-Daalmeijer"]), ("PHONE", ["06-50607080"]),
], [
    ("ORG", ["AVVN"]), ("LOC", ["Utrecht"]), ("LOC", ["Zwolle"]), ("LOC", ["Amersfoort"]), ("LAW", ["Nationale Omgevingsvisie"]),
    ("MISC", ["NOVI"]), ("MISC", ["Deltaplan Biodiversiteitsherstel"]), ("PERSON_PUBLIC", ["Minister Keijzer"]),
    ("ORG", ["Tweede Kamer"]), ("MISC", ["Tuinen in de Stad"]), ("EMAIL_FUNC", ["info@avvn.nl"]), ("PHONE_PUBLIC", ["030-6701350"]),
    ("MISC", ["Omgevingsvisie Deventer 2040"]), ("ROLE", ["regiobestuurder Oost"]), ("LOC", ["Zandweerd"]),
], producer="rl", meta={"Producer": "Adobe PDF Library 17.0", "Creator": "Adobe InDesign 18.2"}))
