"""Documents of set SH (mixed161): debt counselling in Deventer and a complaint about a budget coach."""
HDR = "Gemeente Deventer | Team Schuldhulpverlening | Grote Kerkhof 4, 7411 KV Deventer | 14 0570 | schuldhulp@deventer.nl"
WORD = dict(producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365")
OUTL = dict(producer="Microsoft Outlook 16.0 / Adobe PDF Library 23.1", creator="PDFMaker 23 voor Outlook")
ASP = dict(producer="Aspose.PDF for .NET 23.4", creator="Aspose")
ITX = dict(producer="iText® 7.2.5 ©2000-2023 iText Group NV (Allegro rapportage)", creator="Allegro")
NIT = dict(producer="Nitro Pro 13.70.0.30", creator="Nitro Pro")
PEN = dict(producer="PDFpen 13.1", creator="PDFpen")
SCN = dict(producer="Canon iR-ADV C5840 PDF", creator="Canon iR-ADV C5840")

def mail(frm, sent, to, subj, cc=None):
    s = f"Van: {frm}\nVerzonden: {sent}\nAan: {to}\n"
    if cc: s += f"CC: {cc}\n"
    return s + f"Onderwerp: {subj}"

D = []
def doc(stem, kind, blocks, **kw):
    D.append(dict(stem=stem, kind=kind, blocks=blocks, **kw))

doc("sh01_woo_verzoek", "rl", [
 "# Verzoek op grond van de Wet open overheid",
 mail("Gijs Poelstra <gijs.poelstra@kpnmail.nl>", "dinsdag 3 februari 2026 21:14", "woo@deventer.nl",
      "Woo-verzoek schuldhulpverlening en inhuur budgetcoaches"),
 "Geacht college van burgemeester en wethouders,",
 "Op grond van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten over (1) de inhuur van freelance budgetcoaches door het Team Schuldhulpverlening in 2025 en 2026, (2) de klacht die in januari 2026 is ingediend over een budgetcoach van Budgetwijs Coaching, en (3) het interne onderzoek dat daarop volgde.",
 "Ik verzoek u persoonsgegevens van cliënten uiteraard onleesbaar te maken. Ik ontvang de stukken graag digitaal.",
 "Met vriendelijke groet,\nGijs Poelstra\nBoxbergerweg 210\n7413 EK Deventer",
], **OUTL)

doc("sh02_ontvangstbevestiging", "rl", [
 HDR, "# Ontvangstbevestiging Woo-verzoek",
 "Aan: de heer G. Poelstra\nBoxbergerweg 210\n7413 EK Deventer",
 "Datum: 5 februari 2026\nKenmerk: WOO-2026-0147\nBehandeld door: Anouk Verbrugge, woo-coördinator\nTelefoon: 14 0570\nE-mail: woo@deventer.nl",
 "Geachte heer Poelstra,",
 "Op 3 februari 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen. Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen (artikel 4.4 Woo). Omdat derden belanghebbenden kunnen zijn, zoals Budgetwijs Coaching en Bewindvoering Salland B.V., stellen wij hen mogelijk in de gelegenheid een zienswijze te geven.",
 "Hoogachtend,\nnamens het college van burgemeester en wethouders,\n\nA. Verbrugge\nwoo-coördinator",
], font="dv", **WORD)

doc("sh03_aanmeldformulier", "form", [], title="Aanmeldformulier schuldhulpverlening (SHV-2026-0288)",
 fields=[("Naam aanvrager", "N. el Khatib-Verhoef"), ("Geboortedatum", "14-03-1988"), ("BSN", "204731658"),
         ("Adres", "Snipperlingsdijk 41-B, 7417 BJ Deventer"), ("Telefoon", "06-41287730"),
         ("E-mail", "nadia.elkhatib88@hotmail.com"), ("Partner", "Youssef el Khatib"),
         ("Aantal schuldeisers", "11"), ("Totale schuld (geschat)", "EUR 23.480"),
         ("Aangemeld via", "Vroeg Eropaf"), ("Ingevuld door (consulent)", "S. Dijkhuis")],
 hidden=[("annotations", "PERSON", "client name", ["el Khatib-Verhoef"]),
         ("annotations", "DATE_OF_BIRTH", "dob", ["14-03-1988"]), ("annotations", "BSN", "bsn", ["204731658"]),
         ("annotations", "ADDRESS", "home", ["Snipperlingsdijk 41-B", "7417 BJ"]),
         ("annotations", "PHONE", "phone", ["06-41287730"]), ("annotations", "EMAIL", "mail", ["nadia.elkhatib88@hotmail.com"]),
         ("annotations", "PERSON", "partner", ["Youssef el Khatib"]), ("annotations", "PERSON", "consulent", ["S. Dijkhuis"])],
 producer="ReportLab PDF Library - www.reportlab.com", creator="Zaaksysteem formulierenmodule")

doc("sh04_intakeverslag", "docx", [
 "# Intakeverslag schuldhulpverlening",
 "Zaaknummer: SHV-2026-0288\nDatum intake: 12 november 2025\nConsulent: Sanne Dijkhuis\nCliënt: EL KHATIB-VERHOEF, N. (geb. 14 maart 1988), BSN 2047.31.658",
 "Situatie: cliënte woont met partner Youssef el Khatib en twee kinderen aan de Snipperlingsdijk 41-B, 7417 BJ Deventer. Zij heeft elf schuldeisers, waaronder Vitens, Woonbedrijf IJsselstad, het CJIB, DUO en Zilveren Kruis. Er loopt een terugvordering van de Belastingdienst/Toeslagen.",
 "Gezondheid: cliënte geeft aan sinds 2024 depressieve klachten te hebben en antidepressiva te gebruiken; zij is deels arbeidsongeschikt na een burn-out.",
 "Afspraken: aanvraag moratorium bij dwangbevel; cliënte krijgt ondersteuning van een budgetcoach (inhuur via Budgetwijs Coaching) om de administratie op orde te brengen. Aanmelding bij BKR-toets. Contact via 06 41 28 77 30.",
 "Advies: stabilisatiefase 3 maanden, daarna schuldregeling of saneringskrediet via de NVVK-gedragscode.",
], docx_author="Petra Hulshof",
 hidden=[("metadata", "PERSON", "author", ["Petra Hulshof"])])

doc("sh05_brief_vitens", "rl", [
 HDR, "Vitens N.V.\nt.a.v. afdeling Incasso\nPostbus 1205\n8001 BE Zwolle",
 "Datum: 20 november 2025\nOns kenmerk: SHV-2026-0288\nUw kenmerk: klantnummer 4417 0093 21\nBehandeld door: S. Dijkhuis\nTelefoon: 06-23 11 48 90",
 "# Verzoek opschorting incasso en opgave vordering",
 "Geachte heer, mevrouw,",
 "Mevrouw N. el Khatib, wonende Snipperlingsdijk 41-B te Deventer, heeft zich gemeld voor schuldhulpverlening op grond van de Wet gemeentelijke schuldhulpverlening. Wij verzoeken u de incasso voor 120 dagen op te schorten en ons binnen 14 dagen een specificatie van uw vordering te sturen. Een eventuele betalingsregeling loopt via de budgetcoach, de heer R. ter Braake (Budgetwijs Coaching).",
 "Met vriendelijke groet,\n\nSanne Dijkhuis\nconsulent schuldhulpverlening\ns.dijkhuis@deventer.nl",
], font="times", **WORD)

doc("sh06_brief_woonbedrijf", "rl", [
 HDR, "Woonbedrijf IJsselstad\nt.a.v. de heer G.J. Haverkamp, incassomedewerker\nJacob van Deventerstraat 12\n7411 LK Deventer",
 "Datum: 21 november 2025\nOns kenmerk: SHV-2026-0288",
 "# Huurachterstand Snipperlingsdijk 41-B",
 "Geachte heer Haverkamp,",
 "Naar aanleiding van ons telefoongesprek bevestig ik dat de gemeente Deventer de schuldhulpverlening voor mevrouw el Khatib-Verhoef heeft gestart. De huurachterstand van EUR 2.340 wordt opgenomen in het schuldenoverzicht. Wij verzoeken u de ontruimingsprocedure aan te houden. De lopende huur wordt vanaf december via budgetbeheer van Bewindvoering Salland voldaan.",
 "Hoogachtend,\nnamens het college,\n\nJ. Wijnbergen\nteamleider Team Schuldhulpverlening\n0570 69 38 12",
 "Kopie: gj.haverkamp@woonbedrijf-ijsselstad.nl",
], font="dvs", **ASP)

doc("sh07_schuldenoverzicht", "rl", [
 "# Schuldenoverzicht SHV-2026-0288 (uitdraai Allegro)",
 "Cliënt: N. el Khatib | BSN 204731658 | geboren 14-03-1988 | rekening NL18 INGB 0007 3319 52",
 [["Nr", "Schuldeiser", "Kenmerk", "Bedrag", "Status"],
  ["1", "Vitens", "4417 0093 21", "EUR 612,40", "opgave ontvangen"],
  ["2", "Woonbedrijf IJsselstad", "HUUR-88213", "EUR 2.340,00", "ontruiming aangehouden"],
  ["3", "CJIB", "CJIB-7730-4411", "EUR 1.185,00", "dwangbevel"],
  ["4", "Belastingdienst/Toeslagen", "TSL-2023-991", "EUR 9.870,00", "terugvordering"],
  ["5", "DUO", "DUO-55120", "EUR 4.102,15", "draagkrachtmeting"],
  ["6", "Zilveren Kruis", "ZK-302918", "EUR 1.466,30", "opgave gevraagd"],
  ["7", "Rabobank", "doorlopend krediet", "EUR 3.904,70", "BKR-codering"]],
 "Totaal: EUR 23.480,55. Beslagvrije voet berekend op 6 januari 2026. Budgetcoach: Ruud ter Braake (Budgetwijs Coaching). Bewindvoerder: mr. H.M. van 't Hof, Bewindvoering Salland B.V.",
], size=9, **ITX)

doc("sh08_mail_bewindvoerder", "rl", [
 mail("Hanneke van 't Hof-Lindqvist <h.vanthof@bewindsalland.nl>", "maandag 12 januari 2026 09:41",
      "Dijkhuis, Sanne <s.dijkhuis@deventer.nl>", "RE: SHV-2026-0288 budgetplan en coach",
      "Wijnbergen, Joost <j.wijnbergen@deventer.nl>; Yıldırım, Mehmet <m.yıldırım@deventer.nl>"),
 "Beste Sanne,",
 "Ik maak mij zorgen over de gang van zaken bij mevrouw el Khatib. Sinds het bewind op 1 december is ingegaan, merk ik dat de budgetcoach buiten mij om afspraken maakt met schuldeisers. Hij heeft op 23 december een betalingsregeling met het CJIB toegezegd die niet in het budgetplan past, en hij heeft cliënte gevraagd EUR 150 contant aan hem te geven 'voor de boodschappen'. Dat kan niet: het leefgeld loopt via de beheerrekening.",
 "Verder heeft de heer ter Braake mij laten weten dat hij via WhatsApp 'dag en nacht' contact heeft met cliënte. Volgens cliënte appt hij ook over privézaken. Ik verzoek jullie dit te bespreken in het teamoverleg.",
 "Met vriendelijke groet,\nmr. H.M. van 't Hof\nbewindvoerder | Bewindvoering Salland B.V. | KvK 08123456\nT 0570-621844",
 "---",
 mail("Dijkhuis, Sanne", "vrijdag 9 januari 2026 16:05", "h.vanthof@bewindsalland.nl", "SHV-2026-0288 budgetplan en coach"),
 "Hoi Hanneke,",
 "Hierbij het budgetplan voor mevrouw El Khatib-Verhoef. De coach, Ruud, komt wekelijks langs om de post te openen. Kun jij de vaste lasten vanaf januari overnemen? Het leefgeld zetten we op EUR 95 per week. Bel gerust: 06-23114890.",
 "Groet,\nSanne Dijkhuis\nconsulent schuldhulpverlening | gemeente Deventer",
 "Deze e-mail is uitsluitend bestemd voor de geadresseerde. Algemene vragen: info@deventer.nl of 14 0570.",
], **OUTL)

doc("sh09_mail_klachtmelding", "rl", [
 mail("mr. H.M. van 't Hof <h.vanthof@bewindsalland.nl>", "donderdag 22 januari 2026 11:02",
      "klachten@deventer.nl", "Klacht over budgetcoach - dossier SHV-2026-0288",
      "Wijnbergen, Joost <j.wijnbergen@deventer.nl>"),
 "Geachte klachtfunctionaris,",
 "Namens mijn cliënte, mevrouw Nadia el Khatib-Verhoef, dien ik een klacht in over de budgetcoach die de gemeente heeft ingehuurd, de heer Ruud ter Braake van Budgetwijs Coaching (Hanzeweg 7, 7418 AW Deventer). Cliënte heeft hem op verzoek EUR 150 contant gegeven en ontving daarvoor geen bon. Ook stuurde hij berichten buiten kantoortijden die zij als intimiderend ervaart. Ik voeg de WhatsApp-export bij met toestemming van cliënte.",
 "Cliënte is kwetsbaar; zij kampt met depressieve klachten. Ik verzoek u de coach per direct van de zaak te halen.",
 "Hoogachtend,\nHanneke van 't Hof-Lindqvist\nBewindvoering Salland B.V.\n0570 - 62 18 44",
], font="dv", **OUTL)

doc("sh10_whatsapp_export", "rl", [
 "# WhatsApp-chat met Ruud Budgetcoach (export, bijlage bij klacht KL-2026-031)",
 "[02-12-25 19:02] Ruud Budgetcoach: Hoi Nad! Morgen om 10 uur weer post doornemen? Leg alle enveloppen klaar 😉",
 "[02-12-25 19:05] Nadia: Ok Ruud, Youssef is er ook",
 "[02-12-25 19:06] Ruud Budgetcoach: Prima. Neem je die brief van het CJIB ook mee",
 "[09-12-25 22:41] Ruud Budgetcoach: Nog wakker? Ik heb goed nieuws over Vitens, bel me even 06 18 92 40 33",
 "[09-12-25 23:10] Nadia: Sorry ik sliep al. Morgen?",
 "[10-12-25 08:02] Ruud Budgetcoach: Geen probleem. Ik heb een regeling geregeld, jij hoeft niks te doen",
 "[18-12-25 21:55] Ruud Budgetcoach: Kun je morgen 150 euro cash klaarleggen? Dan doe ik de boodschappen voor de kerst, is makkelijker dan via die bewindvoerder",
 "[18-12-25 22:20] Nadia: Mag dat wel? Hanneke zegt dat alles via de rekening moet",
 "[18-12-25 22:21] Ruud Budgetcoach: Tussen ons 🤫 Die mevrouw Van 't Hof snapt het niet altijd",
 "---",
 "[19-12-25 11:34] Nadia: Geld ligt klaar. Krijg ik een bonnetje?",
 "[19-12-25 11:40] Ruud Budgetcoach: Komt goed meid",
 "[23-12-25 23:48] Ruud Budgetcoach: Fijne feestdagen Nad. Je ziet er trouwens moe uit, slik je die pillen nog wel?",
 "[24-12-25 09:15] Nadia: Dat gaat je niks aan Ruud",
 "[05-01-26 20:30] Ruud Budgetcoach: Heb je het CJIB al gebeld? Zeg maar dat Ruudje alles regelt",
 "[05-01-26 20:31] Ruud Budgetcoach: Sanne van de gemeente hoeft dit niet te weten",
 "[12-01-26 10:02] Nadia: Ik wil dat het contact via de bewindvoerder gaat. Ik stuur dit door.",
 "[12-01-26 10:05] Ruud Budgetcoach: Jammer. Je weet me te vinden +31 6 18924033",
 "Einde export. Aantal berichten: 18. Geëxporteerd met WhatsApp op 12-01-2026.",
], font="dv", size=9, producer="Microsoft: Print To PDF", creator="WhatsApp Desktop")

doc("sh11_klachtbrief_scan", "scan", [
 "Deventer, 20 januari 2026",
 "Aan de gemeente Deventer, klachtfunctionaris",
 "Betreft: klacht over mijn budgetcoach",
 "Ik, Nadia el Khatib-Verhoef, wonend Snipperlingsdijk 41-B,\nwil een klacht indienen over Ruud ter Braake.\nHij vroeg mij om 150 euro contant en appte mij 's nachts.\nIk voel mij niet veilig met hem.\nMijn bewindvoerder Hanneke van 't Hof helpt mij.",
 "Mijn telefoon: 06-41287730\nZaak: SHV-2026-0288",
 "Met vriendelijke groet,",
], hand=["N. el Khatib", "Nadia"], angle=0.7, **SCN)

doc("sh12_ontvangst_klacht", "rl", [
 HDR, "Mevrouw N. el Khatib-Verhoef\np/a Bewindvoering Salland B.V.\nt.a.v. mr. H.M. van 't Hof",
 "Datum: 26 januari 2026\nKenmerk: KL-2026-031\nContactpersoon: Ingrid de Wolff-Ramaker, klachtfunctionaris\nTelefoon: 0570-693 455",
 "# Ontvangstbevestiging klacht",
 "Geachte mevrouw El Khatib-Verhoef,",
 "Wij hebben uw klacht over de budgetcoach ontvangen op 22 januari 2026. De klacht wordt behandeld volgens hoofdstuk 9 van de Algemene wet bestuursrecht (Awb). Omdat de coach in opdracht van de gemeente werkt, is de gemeente aanspreekpunt. Het college heeft besloten een intern onderzoek te laten doen (ONZ-2026-04). U wordt gehoord; u mag iemand meenemen. Bent u het niet eens met de afhandeling, dan kunt u zich wenden tot de Nationale ombudsman.",
 "Met vriendelijke groet,\n\nIngrid de Wolff-Ramaker\nklachtfunctionaris\ni.dewolff@deventer.nl",
], **NIT)

doc("sh13_notulen_teamoverleg", "rl", [
 "# Verslag teamoverleg Team Schuldhulpverlening, 14 januari 2026",
 [["Aanwezig", "Functie", "Code"], ["Joost Wijnbergen (vz)", "teamleider", "JW"], ["Sanne Dijkhuis", "consulent", "SD"],
  ["Mehmet Yıldırım", "consulent", "MY"], ["Femke Ploeger (notulen)", "beleidsmedewerker", "FP"],
  ["Zoë Achterberg", "consulent", "ZA"], ["Afwezig: Bart-Jan Oudeman", "jurist", "BJO"]],
 "# 1. Casuïstiek",
 "SHV-2026-0288 (N.e.K.): bewindvoerder meldt dat de budgetcoach buiten het budgetplan om regelingen treft en contant geld heeft aangenomen. SD bevestigt dat cliënte in december niet op twee afspraken verscheen (no-show). JW belt vandaag met Budgetwijs Coaching. MY merkt op dat dezelfde coach ook in SHV-2026-0311 (KdB) actief is; daar geen signalen.",
 "SHV-2026-0297 (L.N.): Łukasz Nowak heeft zijn aanvraag ingetrokken; ZA sluit het dossier. Brief naar CJIB over lopend dwangbevel.",
 "---",
 "# 2. Inhuur budgetcoaches",
 "FP licht toe dat de raamovereenkomst met Budgetwijs Coaching (INK-2025-118) loopt tot 1 juli 2026. Er zijn geen afspraken over contant geld of bereikbaarheid buiten kantoortijd. Voorstel: gedragscode opnemen conform NVVK-richtlijn. JW neemt dit mee naar wethouder Kampinga.",
 "# 3. Actielijst",
 [["Nr", "Actie", "Wie", "Wanneer"], ["1", "Gesprek met Budgetwijs Coaching", "JW", "16-01"],
  ["2", "Coach tijdelijk van zaak SHV-2026-0288 halen", "JW/SD", "direct"],
  ["3", "Check dossier SHV-2026-0311", "MY", "23-01"], ["4", "Gedragscode coaches opstellen", "FP", "februari"],
  ["5", "Juridisch advies over overeenkomst", "BJO", "30-01"]],
], **WORD)

doc("sh14_notulen_kort", "rl", [
 "# Kort verslag werkoverleg 28 januari 2026",
 "Aanwezig: J. Wijnbergen, S. Dijkhuis, M. Yıldırım, Zoë Achterberg. Notulist: Femke.",
 "- Klacht KL-2026-031 ingediend; De Wolff (klachtfunctionaris) coördineert. Teamleden spreken niet met de pers; vragen naar woo@deventer.nl of de woordvoerder.",
 "- SHV-2026-0288 overgedragen aan MY; SD blijft achtervang. Coach heeft sinds 16 januari geen contact meer met cliënte.",
 "- Vroeg Eropaf: 41 nieuwe signalen in januari. Mijn Schuldenwijzer wordt in maart uitgerold.",
 "Volgende overleg: 11 februari, Geert Groote Huis (zaal 2).",
], font="cour", size=9, **PEN)

doc("sh15_teams_chat", "rl", [
 "# Microsoft Teams - chat 'Schuldhulp consulenten'",
 "Sanne Dijkhuis 14-1 09:12\nHeb jij Ruud al gesproken? Hanneke van de bewindvoering belde me weer",
 "Mehmet Yıldırım 14-1 09:15\nNee, Joost doet dat. Ik vond hem in de zaak van KdB wel erg amicaal",
 "Zoë Achterberg 14-1 09:20\nIlse Mulder (oud-collega bij Budgetwijs) zei vorig jaar al dat hij cash aanneemt. Toen niks mee gedaan",
 "Sanne Dijkhuis 14-1 09:22\nDat moeten we melden aan Joost. Zoë, wil jij dat doen?",
 "Zoë Achterberg 14-1 09:31\nDoe ik. Bel me op 0031 570 69 37 01 als het spoed heeft",
 "Mehmet Yıldırım 14-1 10:02\nAgenda voor vanmiddag staat. Mail naar m.yildirim@deventer.nl als je nog iets hebt",
], font="dv", producer="Microsoft Teams (PDF export)", creator="Microsoft Teams")

doc("sh16_opdracht_onderzoek", "rl", [
 HDR, "# Opdrachtverlening intern onderzoek ONZ-2026-04",
 "Aan: T.J. Gerritsma, Gerritsma Onderzoek & Advies\nVan: J. Wijnbergen, teamleider Team Schuldhulpverlening\nDatum: 2 februari 2026\nKopie: I. de Wolff (klachtfunctionaris), B.J. Oudeman (jurist)",
 "# Aanleiding",
 "Op 22 januari 2026 is een klacht ontvangen (KL-2026-031) over een budgetcoach die via de raamovereenkomst INK-2025-118 voor de gemeente Deventer werkt. Uit het teamoverleg van 14 januari bleek dat er eerder signalen waren. Het college heeft op 27 januari besloten tot een onafhankelijk onderzoek.",
 "# Onderzoeksvragen",
 "1. Welke feiten zijn vast te stellen over het aannemen van contant geld en het contact buiten kantoortijd?\n2. Hoe heeft het Team Schuldhulpverlening op eerdere signalen gereageerd?\n3. Voldoen de afspraken in de raamovereenkomst aan de Wgs en de NVVK-gedragscode?\n4. Welke maatregelen zijn nodig?",
 "---",
 "# Werkwijze en planning",
 "De onderzoeker hoort cliënte (met haar bewindvoerder), de coach, de betrokken consulenten en de teamleider. Hij krijgt inzage in Allegro en de dossiers SHV-2026-0288 en SHV-2026-0311. Het conceptrapport volgt uiterlijk 6 maart 2026; hoor en wederhoor voor 13 maart. Budget: 48 uur à EUR 115 excl. btw.",
 "Contact onderzoeker: theo@gerritsma-onderzoek.nl",
 "Akkoord opdrachtgever:\nJ. Wijnbergen\n\nAkkoord onderzoeker:\nTheo Gerritsma",
], font="times", **WORD)

doc("sh17_onderzoeksrapport", "rl", [
 "# Rapport intern onderzoek ONZ-2026-04: inzet budgetcoach in dossier SHV-2026-0288",
 "Onderzoeker: Gerritsma Onderzoek & Advies, in opdracht van de gemeente Deventer. Datum: 10 maart 2026.",
 "# 1. Samenvatting",
 "De onderzoeker stelt vast dat de budgetcoach, de heer R. ter Braake, in december 2025 EUR 150 contant van cliënte heeft aangenomen zonder kwitantie, en dat hij in de periode december-januari 9 berichten tussen 22.00 en 24.00 uur stuurde. De coach erkent het contante geld en stelt dat hij er boodschappen van heeft gekocht; bonnen kon hij niet tonen.",
 "Het team ontving in mei 2025 een eerder signaal van mevrouw Ilse Mulder, destijds medewerker van Budgetwijs Coaching. Dat signaal is niet vastgelegd in Allegro.",
 "# 2. Bevindingen",
 "De raamovereenkomst INK-2025-118 bevat geen bepalingen over contante betalingen. De NVVK-gedragscode verbiedt het aannemen van geld van cliënten. De consulent (SD) heeft het budgetplan correct opgesteld; de teamleider heeft na het teamoverleg van 14 januari direct gehandeld.",
 "---",
 "# 3. Hoor en wederhoor",
 "De heer Ter Braake heeft op 12 maart gereageerd. Hij betwist het intimiderende karakter van de berichten. Zijn reactie is als bijlage 3 opgenomen. Cliënte, bijgestaan door mevrouw Van 't Hof, heeft geen aanvullingen.",
 "# 4. Aanbevelingen",
 "1. Neem in de overeenkomst een verbod op contant geld op.\n2. Beperk bereikbaarheid van coaches tot 8.00-20.00 uur.\n3. Leg signalen van derden vast in Allegro.\n4. Beëindig de inzet van deze coach in lopende dossiers.",
 "Bijlagen: 1. WhatsApp-export; 2. Hoorverslagen; 3. Reactie coach.",
], font="dvs", outline=[("Concept - T. Gerritsma / review A. de Vries-Ottens", 0), ("Bevindingen (tekstvoorstel Wim Scholten)", 1)],
 hidden=[("outline", "PERSON", "reviewer", ["de Vries-Ottens"]), ("outline", "PERSON", "onderzoeker (outline)", ["T. Gerritsma"]),
         ("outline", "PERSON", "HR (outline)", ["Wim Scholten"])],
 **NIT)

doc("sh18_hoorverslag_coach", "rl", [
 "# Hoorverslag ONZ-2026-04 - gesprek met de budgetcoach",
 "Datum: 18 februari 2026, Stadhuis, Grote Kerkhof 4\nAanwezig: R. ter Braake (coach), T.J. Gerritsma (onderzoeker), W. Scholten (notulist, HR)",
 "TG: U werkt sinds 2024 als zzp'er voor het team?\nRtB: Ja, via Budgetwijs Coaching, dat is mijn eenmanszaak. Ik heb zo'n twaalf cliënten van de gemeente.",
 "TG: Heeft u geld aangenomen van mevrouw El Khatib?\nRtB: Ja, 150 euro, voor boodschappen. Ik heb dat ook voor andere cliënten gedaan, want budgetbeheer is traag.",
 "TG: Waarom appte u na 22.00 uur?\nRtB: Cliënten zijn overdag vaak niet bereikbaar. Ik bedoelde het goed.",
 "TG: U schreef dat de consulent 'dit niet hoeft te weten'.\nRtB: Dat was onhandig. Sanne wist dat ik veel regelde.",
 "Het verslag is op 20 februari ter correctie toegezonden aan r.terbraake@budgetwijs-coaching.nl; de coach heeft niet gereageerd.",
], **ASP)

def invoice(stem, nr, date, lines, tot, **kw):
    doc(stem, "rl", [
     "BUDGETWIJS COACHING\nR. ter Braake - budgetcoach\nHanzeweg 7, 7418 AW Deventer\nKvK 81234567 | btw NL003917725B71\nIBAN NL42 RABO 0316 2291 47 | 06-18924033",
     "Gemeente Deventer\nTeam Schuldhulpverlening\nt.a.v. crediteurenadministratie\nGrote Kerkhof 4\n7411 KV Deventer",
     f"# FACTUUR {nr}",
     f"Factuurdatum: {date}\nOpdracht: raamovereenkomst INK-2025-118",
     [["Dossier", "Omschrijving", "Uren", "Bedrag"]] + lines,
     tot,
     "Betaling binnen 30 dagen o.v.v. factuurnummer. Vragen: administratie@budgetwijs-coaching.nl",
    ], font="dv", **kw)
invoice("sh19_factuur_dec", "2025-112", "31 december 2025",
 [["SHV-2026-0288", "Budgetcoaching december (4 huisbezoeken)", "8", "EUR 680,00"],
  ["SHV-2026-0311", "Budgetcoaching december", "6", "EUR 510,00"], ["", "Reiskosten", "", "EUR 42,60"]],
 "Subtotaal EUR 1.232,60 | btw 21% EUR 258,85 | Totaal EUR 1.491,45", producer="PDFpen 13.1", creator="PDFpen")
invoice("sh20_factuur_jan", "2026-007", "31 januari 2026",
 [["SHV-2026-0288", "Budgetcoaching 1-16 januari", "4", "EUR 340,00"],
  ["SHV-2026-0311", "Budgetcoaching januari", "5", "EUR 425,00"], ["", "Telefonische bereikbaarheid avond", "3", "EUR 255,00"]],
 "Subtotaal EUR 1.020,00 | btw 21% EUR 214,20 | Totaal EUR 1.234,20", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365")

doc("sh21_raamovereenkomst", "docx", [
 "# Raamovereenkomst inhuur budgetcoaching (INK-2025-118) - uittreksel",
 "Partijen: de gemeente Deventer, vertegenwoordigd door wethouder L. Kampinga, en Budgetwijs Coaching, eenmanszaak, ingeschreven onder KvK-nummer 81234567, gevestigd Hanzeweg 7, 7418 AW Deventer, vertegenwoordigd door de heer R. ter Braake.",
 "Artikel 3. De opdrachtnemer verleent budgetcoaching aan cliënten van het Team Schuldhulpverlening, op verwijzing van een consulent, met inachtneming van de Wgs, de AVG en de NVVK-gedragscode.",
 "Artikel 5. Tarief EUR 85 per uur exclusief btw. Facturatie maandelijks per dossier.",
 "Artikel 9. De overeenkomst loopt van 1 juli 2025 tot 1 juli 2026 en kan tussentijds worden opgezegd bij ernstige tekortkoming.",
 "Getekend te Deventer op 24 juni 2025.\nVoor de gemeente: wethouder Kampinga\nVoor opdrachtnemer: R. ter Braake",
], docx_author="Femke Ploeger", hidden=[("metadata", "PERSON", "author", ["Femke Ploeger"])])

doc("sh22_memo_handnotitie_scan", "scan", [
 "MEMO - Team Schuldhulpverlening",
 "Aan: teamleider\nVan: Zoë Achterberg\nDatum: 15 januari 2026",
 "Melding: Ilse Mulder belde in mei 2025 over de coach.\nZij zei dat Ruud ter Braake contant geld aanneemt.\nDit is toen niet vastgelegd.",
], hand=["Joost: graag bespreken met BJO", "JW 16/1"], angle=-0.8, **SCN)

doc("sh23_presentielijst_scan", "scan", [
 "Presentielijst hoorzitting klacht KL-2026-031",
 "Datum: 4 maart 2026, Stadhuis Deventer",
 [["Naam", "Rol"], ["Nadia el Khatib-Verhoef", "klaagster"], ["Hanneke van 't Hof", "bewindvoerder"],
  ["Ingrid de Wolff-Ramaker", "klachtfunctionaris"], ["Theo Gerritsma", "onderzoeker"], ["Wim Scholten", "notulist"]],
], hand=["Ingrid de Wolff", "Gerritsma"], angle=0.5, **SCN)

doc("sh24_beslisnota", "rl", [
 "# Beslisnota college van B&W - afhandeling klacht KL-2026-031",
 [["Aan", "college van burgemeester en wethouders"], ["Portefeuillehouder", "wethouder Kampinga"],
  ["Van", "Team Schuldhulpverlening"], ["Steller", "Bart-Jan Oudeman, jurist"], ["Telefoon", "0570-693 455 / toestel 3455"],
  ["Datum", "18 maart 2026"], ["Kenmerk", "KL-2026-031 / ONZ-2026-04"]],
 "# Geadviseerd besluit",
 "1. De klacht van mevrouw El Khatib-Verhoef gegrond te verklaren.\n2. De inzet van Budgetwijs Coaching per 1 april 2026 te beëindigen.\n3. De aanbevelingen uit het rapport ONZ-2026-04 over te nemen.\n4. De raad te informeren via een raadsinformatiebrief.",
 "# Kern",
 "Het onderzoek bevestigt dat de coach contant geld heeft aangenomen en cliënte buiten kantoortijd berichten stuurde. Dat is in strijd met de NVVK-gedragscode. De gemeente is verantwoordelijk voor de kwaliteit van ingehuurde dienstverlening op grond van de Wgs.",
 "---",
 "# Krachtenveld",
 "Raadslid Aydın (GroenLinks) heeft schriftelijke vragen gesteld. Bewindvoering Salland heeft aangekondigd bij de Nationale ombudsman te melden als de klacht niet voortvarend wordt afgehandeld.",
 "# Paraaf",
 [["Naam", "Functie", "Paraaf", "Datum"], ["J. Wijnbergen", "teamleider", "JW", "18-03"], ["B.J. Oudeman", "jurist", "BJO", "18-03"],
  ["Femke Ploeger", "beleidsmedewerker", "FP", "17-03"]],
 "# Informatie die niet openbaar gemaakt kan worden",
 "Motivering: in de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren en derden geanonimiseerd (artikel 5.1, tweede lid, onder e, Woo).",
], font="dv", **WORD)

doc("sh25_klachtbeslissing", "rl", [
 HDR, "Mevrouw N. el Khatib-Verhoef\np/a mr. H.M. van 't Hof\nBewindvoering Salland B.V.",
 "Datum: 25 maart 2026\nKenmerk: KL-2026-031",
 "# Beslissing op uw klacht",
 "Geachte mevrouw El Khatib-Verhoef,",
 "Op 22 januari 2026 ontvingen wij uw klacht over de budgetcoach die de gemeente voor u had ingeschakeld. Na onderzoek en de hoorzitting van 4 maart 2026 verklaren wij uw klacht gegrond. Wij bieden u onze excuses aan en vergoeden het bedrag van EUR 150 op uw beheerrekening. De samenwerking met Budgetwijs Coaching wordt per 1 april 2026 beëindigd. Uw schuldhulpverlening wordt voortgezet door consulent Mehmet Yıldırım.",
 "Bent u het niet eens met deze afhandeling, dan kunt u zich binnen een jaar wenden tot de Nationale ombudsman (0800-8051).",
 "Hoogachtend,\nhet college van burgemeester en wethouders van Deventer,\nnamens dezen,\n\nL. Kampinga\nwethouder Sociaal Domein",
], font="times", **WORD)

doc("sh26_raadsvragen", "rl", [
 "# Schriftelijke vragen ex artikel 40 Reglement van orde - budgetcoaches",
 "Indiener: raadslid S. Aydın (GroenLinks), mede namens raadslid P. Groothuis (ChristenUnie). Datum: 6 maart 2026.",
 "1. Klopt het dat een door de gemeente ingehuurde budgetcoach contant geld van een cliënt heeft aangenomen?\n2. Hoeveel freelance coaches huurt de gemeente in en welke gedragsregels gelden voor hen?\n3. Waarom is een eerder signaal uit mei 2025 niet opgepakt?",
 "---",
 "# Antwoord van het college (31 maart 2026)",
 "1. Ja. Naar aanleiding van een klacht is een onafhankelijk onderzoek gedaan (ONZ-2026-04). De klacht is gegrond verklaard. Wij doen geen mededelingen over de persoon van de coach of de cliënt.",
 "2. Het Team Schuldhulpverlening huurt via drie raamovereenkomsten zeven coaches in. Per 1 mei 2026 geldt voor alle coaches een gedragscode volgens de NVVK-richtlijn, met een verbod op contant geld en bereikbaarheid tussen 8.00 en 20.00 uur.",
 "3. Het signaal is destijds telefonisch binnengekomen en niet vastgelegd. Signalen van derden worden voortaan geregistreerd in Allegro. Wethouder Kampinga heeft het team en de klaagster excuses aangeboden.",
 "Het college van burgemeester en wethouders van Deventer,\nde secretaris, de burgemeester, Van Eerde",
], **ASP)

doc("sh27_persbericht", "rl", [
 "# PERSBERICHT - Gemeente Deventer scherpt regels voor budgetcoaches aan",
 "Deventer, 1 april 2026 - De gemeente Deventer voert een gedragscode in voor alle budgetcoaches die zij inhuurt voor schuldhulpverlening. Aanleiding is een gegronde klacht over een coach die contant geld aannam van een cliënt.",
 "\"Mensen met schulden moeten op hun hulpverleners kunnen vertrouwen,\" zegt wethouder Kampinga. \"Dit had niet mogen gebeuren. We hebben excuses aangeboden en de samenwerking met het bureau beëindigd.\"",
 "De gemeente werkt samen met de NVVK en met bewindvoerders in de regio. Inwoners met geldzorgen kunnen bellen met 14 0570 of mailen naar schuldhulp@deventer.nl. Via Vroeg Eropaf neemt de gemeente zelf contact op bij betalingsachterstanden. Op 15 april organiseert de gemeente een informatieavond in het Etty Hillesum Centrum; de avond wordt mede mogelijk gemaakt door de Stichting Jan Rietberg Fonds.",
 "Noot voor de redactie: voor vragen kunt u contact opnemen met de persvoorlichting via info@deventer.nl.",
], font="helv", author="Marloes Tjoa-Verkerk", xmp="Marloes Tjoa-Verkerk",
 hidden=[("metadata", "PERSON", "writer of release", ["Marloes Tjoa-Verkerk", "Tjoa-Verkerk"])], **WORD)

doc("sh28_mail_cjib", "rl", [
 mail("Yıldırım, Mehmet <m.yıldırım@deventer.nl>", "woensdag 4 februari 2026 14:22", "CJIB Schuldhulp <schuldhulp@cjib.nl>",
      "Regeling SHV-2026-0288 intrekken", "Dijkhuis, Sanne <s.dijkhuis@deventer.nl>"),
 "Geachte heer, mevrouw,",
 "Op 23 december 2025 is namens onze cliënte, mevrouw N. el Khatib (geb. 14-03-1988), door de heer Ter Braake een betalingsregeling van EUR 80 per maand toegezegd. Deze regeling is niet door de gemeente of de bewindvoerder goedgekeurd. Wij verzoeken u deze regeling als vervallen te beschouwen en de vordering op te nemen in het minnelijk traject. Correspondentie graag via de bewindvoerder, h.vanthof@bewindsalland.nl.",
 "Met vriendelijke groet,\nMehmet Yıldırım\nconsulent schuldhulpverlening\nT +31 (0)570 693812 (team)",
 "---- Oorspronkelijk bericht ----",
 mail("Lieke Brouwer <l.brouwer@cjib.nl>", "dinsdag 3 februari 2026 10:05", "m.yildirim@deventer.nl", "Uw cliënt CJIB-7730-4411"),
 "Beste heer Yıldırım, wij hebben een regeling geregistreerd op verzoek van de heer R. ter Braake. Graag bevestiging. Met vriendelijke groet, L. Brouwer, CJIB",
], **OUTL)

doc("sh29_concept_rapport_annotaties", "rl", [
 "# CONCEPT - Raadsinformatiebrief inzet budgetcoaches",
 "Datum: maart 2026. Status: concept voor bespreking in het college.",
 "Het college informeert de raad over de uitkomst van het onderzoek ONZ-2026-04 naar de inzet van een budgetcoach in het Team Schuldhulpverlening. Het onderzoek stelt vast dat een ingehuurde coach contant geld heeft aangenomen. De klacht (KL-2026-031) is gegrond verklaard.",
 "Maatregelen: een gedragscode voor coaches; registratie van signalen in Allegro; evaluatie van de raamovereenkomsten; training voor consulenten over grensoverschrijdend gedrag. De maatregelen worden voor 1 juli 2026 uitgevoerd.",
 "Financiële gevolgen: de vergoeding van EUR 150 aan klaagster en de kosten van het onderzoek (EUR 5.520) worden gedekt uit het budget schuldhulpverlening.",
], font="dv", annots=[(0, 500, 700, "Oudeman, Bart-Jan", "Naam coach hier niet noemen. Bel me: 06-52 80 13 77"),
                      (0, 500, 600, "Femke Ploeger", "Zin over training afstemmen met Bas Kooistra (P&O)")],
 hidden=[("annotations", "PERSON", "annotator", ["Oudeman, Bart-Jan", "Femke Ploeger"]),
         ("annotations", "PHONE", "annotator mobile", ["06-52 80 13 77"]),
         ("annotations", "PERSON", "P&O employee", ["Bas Kooistra"])], **PEN)

doc("sh30_mail_gespreksverslag", "rl", [
 mail("Van 't Hof, Hanneke <h.vanthof@bewindsalland.nl>", "vrijdag 6 februari 2026 17:30",
      "Yıldırım, Mehmet <m.yıldırım@deventer.nl>", "Verslag huisbezoek 5 februari",
      "Dijkhuis, Sanne <s.dijkhuis@deventer.nl>"),
 "Beste Mehmet,",
 "Gisteren samen met jou bij Nadia en Youssef geweest. Kort verslag: het leefgeld komt goed aan; de post wordt nu door cliënte zelf geopend en doorgestuurd. Zij voelt zich rustiger sinds de coach weg is. De huurachterstand bij Woonbedrijf IJsselstad is bevroren; de heer Haverkamp bevestigde dat telefonisch.",
 "Cliënte vraagt of de EUR 150 wordt terugbetaald. Haar rekening NL18 INGB 0007 3319 52 is de beheerrekening niet; graag storten op de beheerrekening bij Rabobank.",
 "Hartelijke groet,\nHanneke\n\nBewindvoering Salland B.V. | Jacob van Deventerstraat 40 | KvK 08123456",
], font="dv", **OUTL)

doc("sh31_contactlijst_team", "rl", [
 "# Contactlijst Team Schuldhulpverlening (intern, versie januari 2026)",
 [["Naam", "Functie", "Personeelsnr.", "Direct", "E-mail"],
  ["Joost Wijnbergen", "teamleider", "P-104522", "0570 69 38 12", "j.wijnbergen@deventer.nl"],
  ["Sanne Dijkhuis", "consulent", "P-107831", "06-23 11 48 90", "s.dijkhuis@deventer.nl"],
  ["Mehmet Yıldırım", "consulent", "P-109044", "+31 (0)570 693812", "m.yıldırım@deventer.nl"],
  ["Zoë Achterberg", "consulent", "P-110276", "0031 570 69 37 01", "schuldhulp@deventer.nl"],
  ["Femke Ploeger", "beleidsmedewerker", "P-112390", "14 0570", "schuldhulp@deventer.nl"]],
 "# Externe partners",
 [["Organisatie", "Contact", "Telefoon"],
  ["Bewindvoering Salland B.V.", "Hanneke van 't Hof-Lindqvist", "0570-621844"],
  ["Budgetwijs Coaching", "Ruud ter Braake", "06 18 92 40 33"],
  ["Woonbedrijf IJsselstad", "Gert-Jan Haverkamp", "via 14 0570"],
  ["CJIB", "Lieke Brouwer", "schuldhulp@cjib.nl"],
  ["Nationale ombudsman", "algemeen", "0800-8051"]],
 "---",
 "# Bereikbaarheid en vervanging",
 "Maandag: JW, SD, MY. Dinsdag: ZA, FP. Woensdag: SD, MY. Donderdag: JW, ZA. Vrijdag: wisselend. Spreekuur in het Geert Groote Huis op dinsdagmiddag. Jurist: Bart-Jan Oudeman (bj.oudeman@deventer.nl). Klachtfunctionaris: Ingrid de Wolff-Ramaker (i.dewolff@deventer.nl).",
], size=9, **ASP)

doc("sh32_woo_besluit", "rl", [
 HDR, "De heer G. Poelstra\nBoxbergerweg 210\n7413 EK Deventer",
 "Datum: 15 april 2026\nKenmerk: WOO-2026-0147",
 "# Besluit op uw Woo-verzoek",
 "Geachte heer Poelstra,",
 "U heeft op 3 februari 2026 verzocht om documenten over de inhuur van budgetcoaches, de klacht over een budgetcoach en het interne onderzoek. Wij hebben 33 documenten gevonden. Wij maken 2 documenten geheel openbaar, 29 documenten deels openbaar en 2 documenten niet openbaar. De inventarislijst is bijgevoegd.",
 "# Zienswijzen",
 "Budgetwijs Coaching en Bewindvoering Salland B.V. zijn in de gelegenheid gesteld een zienswijze te geven. De coach heeft bezwaar gemaakt tegen openbaarmaking van zijn naam. Wij volgen dat: de naam van een zzp'er is een persoonsgegeven. De handelsnaam blijft openbaar.",
 "---",
 "# Informatie die niet openbaar gemaakt kan worden",
 "Motivering: persoonsgegevens (namen, e-mailadressen, telefoonnummers, adressen, handtekeningen, paraven) van medewerkers, cliënten, de bewindvoerder en de coach worden niet openbaar gemaakt (artikel 5.1, tweede lid, onder e, Woo). Het BSN wordt geweigerd op grond van artikel 5.1, eerste lid, onder e, Woo. Gegevens over de gezondheid van cliënte vallen onder artikel 5.1, eerste lid, onder d, Woo. Namen van de wethouder, de burgemeester en raadsleden blijven openbaar.",
 "# Bezwaar",
 "Tegen dit besluit kunt u binnen zes weken bezwaar maken op grond van de Algemene wet bestuursrecht bij het college, Grote Kerkhof 4, 7411 KV Deventer.",
 "Hoogachtend,\nnamens het college van burgemeester en wethouders,\n\nAnouk Verbrugge\nwoo-coördinator",
], font="times", **WORD)

doc("sh33_inventarislijst", "rl", [
 "# Inventarislijst WOO-2026-0147",
 [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Toelichting"],
  ["1", "Woo-verzoek", "03-02-2026", "deels openbaar", "5.1.2e", "naam verzoeker"],
  ["3", "Aanmeldformulier SHV-2026-0288", "11-11-2025", "deels openbaar", "5.1.1e, 5.1.2e", "BSN, formuliervelden"],
  ["4", "Intakeverslag", "12-11-2025", "deels openbaar", "5.1.1d, 5.1.2e", "gezondheid cliënte"],
  ["8", "E-mail bewindvoerder", "12-01-2026", "deels openbaar", "5.1.2e", ""],
  ["10", "WhatsApp-export", "12-01-2026", "deels openbaar", "5.1.2e", ""],
  ["13", "Verslag teamoverleg", "14-01-2026", "deels openbaar", "5.1.2e", "initialen, zaakcodes blijven"],
  ["17", "Rapport ONZ-2026-04", "10-03-2026", "deels openbaar", "5.1.2e", ""],
  ["19", "Factuur Budgetwijs Coaching", "31-12-2025", "deels openbaar", "5.1.2e", "KvK, IBAN eenmanszaak"],
  ["24", "Beslisnota KL-2026-031", "18-03-2026", "deels openbaar", "5.1.2e", ""],
  ["26", "Raadsvragen en antwoord", "31-03-2026", "openbaar", "", "reeds openbaar"],
  ["27", "Persbericht", "01-04-2026", "openbaar", "", "reeds openbaar"],
  ["29", "Concept raadsinformatiebrief", "03-2026", "niet openbaar", "5.2.1", "concept, opmerkingen"],
  ["31", "Contactlijst team", "01-2026", "deels openbaar", "5.1.2e", "personeelsnummers"],
  ["33", "Inventarislijst", "15-04-2026", "openbaar", "", ""]],
 "Behandelaar: A. Verbrugge",
], size=8, **ITX)
