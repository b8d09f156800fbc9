"""Set BG documents bg01-bg12 (invented): request, register, family letters, mails, notes, invoices."""
from lib import Doc

H, P, L, T, SP, PB = "h", "p", "l", "t", "sp", "pb"
GEM = "{{gemeente Veenhoven}}"
DOCS = []

DOCS.append(Doc("bg01_woo_verzoek", "Woo-verzoek begraafplaats", [
    (L, "[[Jorien Tuinstra]]"), (L, "[[Populierenlaan 17|ADDRESS]]"), (L, "[[7921 KB Veenhoven|ADDRESS]]"),
    (L, "[[jorien.tuinstra@kpnmail.nl]]"), (L, "[[06-38 21 94 70]]"), (SP, 6),
    (L, "Aan het college van burgemeester en wethouders van de {{gemeente Veenhoven}}"),
    (L, "t.a.v. de Woo-coördinator, Postbus 20, 7920 AA Veenhoven"), (SP, 4),
    (L, "Veenhoven, 3 september 2026"), (L, "Betreft: verzoek op grond van de {{Wet open overheid|LAW}}"), (SP, 4),
    (P, "Geacht college,"),
    (P, "Op grond van artikel 4.1 van de {{Wet open overheid|LAW}} ({{Woo|LAW}}) verzoek ik u om openbaarmaking van alle documenten "
        "over de voorgenomen ruiming van graven op de {{Algemene Begraafplaats Veenhoven}} aan de {{Kerkhoflaan|STREET}} in de periode "
        "1 januari 2025 tot en met 31 augustus 2026. Het gaat mij in het bijzonder om de grafrechtenadministratie (uittreksels), "
        "de correspondentie met nabestaanden over het graf in vak C, de facturen van steenhouwers, aantekeningen van de beheerder, "
        "de klacht die bij de {{Nationale ombudsman}} is ingediend en de interne afstemming daarover."),
    (P, "Ik ben als freelance journalist betrokken bij een artikelenreeks voor {{Dagblad van het Noorden}} over het ruimingsbeleid "
        "van gemeenten in {{Drenthe|PLACE}} en {{Overijssel|PLACE}}. Ik verzoek u de stukken digitaal te verstrekken."),
    (P, "Mocht u vragen hebben, dan ben ik bereikbaar op het hierboven genoemde nummer."),
    (P, "Met vriendelijke groet,"), (SP, 8), (L, "[[J. Tuinstra]]"),
], producer="word", font="Times-Roman"))

DOCS.append(Doc("bg02_ontvangstbevestiging", "Ontvangstbevestiging Woo-verzoek", [
    (L, "{{Gemeente Veenhoven}} | Postbus 20 | 7920 AA Veenhoven | {{14 0528|PHONE_GENERAL}} | {{www.veenhoven.nl|URL}}"), (SP, 6),
    (L, "[[Mevrouw J. Tuinstra]]"), (L, "[[Populierenlaan 17|ADDRESS]]"), (L, "[[7921 KB VEENHOVEN|ADDRESS]]"), (SP, 6),
    (T, [["Ons kenmerk", "Uw brief van", "Behandeld door", "Datum"],
         ["{{Z/26/048213|REFERENCE}}", "3 september 2026", "[[F. de Wit-Kramer]]", "8 september 2026"]]),
    (L, "Onderwerp: ontvangstbevestiging Woo-verzoek {{WOO-2026-0031|REFERENCE}}"), (SP, 4),
    (P, "Geachte [[mevrouw Tuinstra]],"),
    (P, "Op 3 september 2026 hebben wij uw verzoek ontvangen op grond van de {{Wet open overheid|LAW}} over de ruiming van graven "
        "op de {{Algemene Begraafplaats Veenhoven}}. Wij hebben uw verzoek geregistreerd onder nummer {{WOO-2026-0031|REFERENCE}}."),
    (P, "Op grond van artikel 4.4 van de {{Woo|LAW}} beslissen wij binnen vier weken na ontvangst. Deze termijn kan met twee weken worden "
        "verdaagd. Omdat in de stukken gegevens van nabestaanden en van een ondernemer voorkomen, zullen wij mogelijk derden in de "
        "gelegenheid stellen een zienswijze te geven (artikel 4.9 {{Woo|LAW}})."),
    (P, "Voor vragen kunt u contact opnemen met de Woo-coördinator via {{woo@veenhoven.nl}} of via telefoonnummer {{14 0528|PHONE_GENERAL}}. "
        "Vermeld daarbij altijd het zaaknummer."),
    (P, "Met vriendelijke groet,"), (L, "namens dezen,"), (SP, 8),
    (L, "[[Fenna de Wit-Kramer]]"), (L, "Woo-coördinator, team {{Juridische Zaken}}"),
    (L, "T [[0528-37 64 12]] | E [[f.dewit-kramer@veenhoven.nl]]"),
], producer="itext", font="Helvetica"))

reg_rows = [["Graf", "Soort", "Rechthebbende", "Adres", "Ingang", "Verloopt", "Status"]]
reg_data = [
    ("C-112", "eigen graf", "[[W.H. van der Molen-Brouwer]]", "[[Reigerstraat 41|ADDRESS]], [[7921 GT Veenhoven|ADDRESS]]", "14-03-1996", "14-03-2026", "geschil"),
    ("C-113", "eigen graf", "[[H. Lubbers]]", "[[Oude Dijk 3a|ADDRESS]], [[7924 PB Kerkdorp|ADDRESS]]", "02-11-1996", "02-11-2026", "verlengd"),
    ("C-114", "eigen graf", "[[G.A. Snijders-Mulder]]", "[[Esweg 120|ADDRESS]], [[7921 AX Veenhoven|ADDRESS]]", "19-01-1997", "19-01-2027", "actief"),
    ("C-115", "eigen graf", "[[mr. K. 't Hooft]]", "[[Weteringkade 9|ADDRESS]], [[2515 AK Den|ADDRESS]] Haag|PLACE}}", "07-06-1997", "07-06-2027", "actief"),
    ("C-116", "algemeen graf", "geen (algemeen graf)", "-", "23-08-1997", "23-08-2007", "te ruimen"),
    ("C-117", "eigen graf", "[[J. Dijkstra]]", "[[Kanaalweg Oost 77|ADDRESS]], [[7921 RD Veenhoven|ADDRESS]]", "30-12-1997", "30-12-2027", "actief"),
    ("C-118", "eigen graf", "[[B.E.M. Oude Lenferink]]", "[[Molenesch 6|ADDRESS]], [[7597 LX Saasveld|ADDRESS]]", "11-02-1998", "11-02-2028", "actief"),
    ("C-119", "urnengraf", "[[Zoë Haddou]]", "[[Lindelaan 2-B|ADDRESS]], [[7921 KC Veenhoven|ADDRESS]]", "05-05-2016", "05-05-2036", "actief"),
    ("C-120", "eigen graf", "[[A.J. Timmerman]]", "onbekend (retour post)", "28-04-1998", "28-04-2026", "verlopen"),
    ("C-121", "eigen graf", "[[Geertruida Ensing]]", "[[Hoofdweg 301|ADDRESS]], [[9611 AE Sappemeer|ADDRESS]]", "16-09-1998", "16-09-2028", "actief"),
    ("C-122", "kindergraf", "[[D. Veldkamp]]", "[[Beatrixlaan 18|ADDRESS]], [[7921 BS Veenhoven|ADDRESS]]", "01-12-1998", "01-12-2028", "actief"),
    ("C-123", "eigen graf", "[[Ruud Schepers]]", "[[Postweg 55|ADDRESS]], [[7921 PN Veenhoven|ADDRESS]]", "09-03-1999", "09-03-2029", "actief"),
]
reg_data += [
    ("C-124", "eigen graf", "[[Petronella Hofstede]]", "[[Vlasakker 12|ADDRESS]], [[7921 HL Veenhoven|ADDRESS]]", "14-05-1999", "14-05-2029", "actief"),
    ("C-125", "eigen graf", "[[S.M. de Graaf-Pool]]", "[[Heerenweg 4|ADDRESS]], [[7921 EE Veenhoven|ADDRESS]]", "22-07-1999", "22-07-2029", "actief"),
    ("C-126", "eigen graf", "[[Karel-Jan van Houten]]", "[[Prinsengracht 611-3|ADDRESS]], [[1016 HT Amsterdam|ADDRESS]]", "03-10-1999", "03-10-2029", "actief"),
    ("C-127", "urnengraf", "[[Françoise Lemaître]]", "[[Rue des Tanneurs 8|ADDRESS]], [[67000 Straatsburg|ADDRESS]]", "19-01-2017", "19-01-2037", "actief"),
    ("C-128", "eigen graf", "[[H.J. Kamps]]", "[[Wilhelminastraat 33|ADDRESS]], [[7921 AM Veenhoven|ADDRESS]]", "27-02-2000", "27-02-2030", "actief"),
    ("C-129", "eigen graf", "[[Lambertus Eshuis]]", "[[Kampweg 90|ADDRESS]], [[7924 RK Kerkdorp|ADDRESS]]", "08-06-2000", "08-06-2030", "actief"),
    ("C-130", "algemeen graf", "geen (algemeen graf)", "-", "11-11-2000", "11-11-2010", "te ruimen"),
    ("C-131", "eigen graf", "[[Dirkje Nijboer-Hulshof]]", "[[Zwaluwstraat 7|ADDRESS]], [[7921 GW Veenhoven|ADDRESS]]", "30-01-2001", "30-01-2031", "actief"),
    ("C-132", "eigen graf", "[[Willem Takens]]", "[[Dorpsstraat 2|ADDRESS]], [[7924 PA Kerkdorp|ADDRESS]]", "17-03-2001", "17-03-2031", "actief"),
    ("C-133", "eigen graf", "[[Anouk van Dijk]]", "[[Kerkweg 14b|ADDRESS]], [[8011 NP Zwolle|ADDRESS]]", "02-08-2001", "02-08-2031", "actief"),
    ("C-134", "kindergraf", "[[R. Brinkman]]", "[[Merelhof 19|ADDRESS]], [[7921 GK Veenhoven|ADDRESS]]", "25-09-2001", "25-09-2031", "actief"),
    ("C-135", "eigen graf", "[[Jacobus ten Cate]]", "[[Industrieweg 5|ADDRESS]], [[7921 TZ Veenhoven|ADDRESS]]", "06-12-2001", "06-12-2031", "actief"),
]
for r in reg_data:
    reg_rows.append(list(r))
DOCS.append(Doc("bg03_grafrechtenregister_vak_c", "Uittreksel register grafrechten vak C", [
    (H, "Uittreksel register van grafrechten - {{Algemene Begraafplaats Veenhoven}}, vak C"),
    (P, "Uitdraai uit {{Key2Begraven|PRODUCT}} d.d. 1 juli 2026, conform artikel 27 van de {{Wet op de lijkbezorging|LAW}} en de "
        "{{Beheersverordening begraafplaatsen Veenhoven 2019|LAW}}. Alleen voor intern gebruik door de beheerder."),
    (T, reg_rows),
    (P, "Toelichting: graf {{C-112|REFERENCE}} is in geschil tussen nabestaanden; ruiming is aangehouden tot de klachtbehandeling is afgerond. "
        "Graf {{C-116|REFERENCE}} (algemeen graf) staat op de ruimingslijst 2026. Bij graf {{C-120|REFERENCE}} is de post retour gekomen; een bordje "
        "bij het graf is geplaatst op 2 mei 2026 (artikel 28 lid 2 {{Wet op de lijkbezorging|LAW}})."),
    (L, "Uitgedraaid door: [[L. Hoogeveen]], begraafplaatsadministratie"),
], producer="aspose", font="Helvetica", size=9))

reg2 = [["Graf", "Rechthebbende", "Geboortedatum", "Telefoon", "Verlenging", "Bedrag"]]
for r in [
    ("D-007", "[[Theodora Wolters]]", "[[12-06-1941|DATE_OF_BIRTH]]", "[[0528-26 19 03]]", "10 jaar", "€ 1.240,00"),
    ("D-008", "[[Frans van Bemmelen]]", "[[03-02-1958|DATE_OF_BIRTH]]", "[[+31 6 2418 7730]]", "20 jaar", "€ 2.480,00"),
    ("D-011", "[[Aaltje Kremer-Bos]]", "[[27-10-1949|DATE_OF_BIRTH]]", "[[0528 - 24 55 81]]", "10 jaar", "€ 1.240,00"),
    ("D-015", "[[Mehmet Çelik]]", "[[01-07-1972|DATE_OF_BIRTH]]", "[[06 51 22 30 98]]", "20 jaar", "€ 2.480,00"),
    ("D-016", "[[Ida ten Brinke]]", "[[15-04-1966|DATE_OF_BIRTH]]", "[[0031 528 260 114]]", "10 jaar", "€ 1.240,00"),
    ("D-020", "[[Henk Zwiers]]", "[[30-11-1955|DATE_OF_BIRTH]]", "[[(0528) 27 30 42]]", "geen", "-"),
]:
    reg2.append(list(r))
DOCS.append(Doc("bg04_verlengingen_vak_d", "Overzicht verlengingen grafrechten vak D", [
    (H, "Overzicht verlengingen grafrechten vak D (2026)"),
    (P, "Overzicht ten behoeve van de facturatie door {{team Belastingen}}. Tarieven volgens de {{Verordening lijkbezorgingsrechten 2026|LAW}}, "
        "hoofdstuk 2, tarief 2.1.3 (verlenging per tien jaar € 1.240,00)."),
    (T, reg2),
    (P, "Bij graf {{D-020|REFERENCE}} heeft de rechthebbende laten weten niet te verlengen. Het grafmonument wordt na afloop verwijderd; "
        "de rechthebbende heeft zes maanden om het monument zelf op te halen."),
    (P, "Opgesteld: [[Lieke Hoogeveen]] (begraafplaatsadministratie), gecontroleerd: [[R. ter Haar]] (beheerder)."),
], producer="docx-word", font="Helvetica", meta={"docx_author": ""}, size=10))

DOCS.append(Doc("bg05_brief_zus_bezwaar_ruiming", "Brief nabestaande over graf C-112", [
    (L, "[[W.H. van der Molen-Brouwer]]"), (L, "[[Reigerstraat 41|ADDRESS]]"), (L, "[[7921 GT Veenhoven|ADDRESS]]"),
    (L, "tel. [[0528-23 11 67]]"), (SP, 5),
    (L, "Aan de beheerder van de {{Algemene Begraafplaats Veenhoven}}"), (L, "{{Kerkhoflaan|STREET}} 2, Veenhoven"), (SP, 4),
    (L, "Veenhoven, 21 maart 2026"), (L, "Betreft: graf {{C-112|REFERENCE}}, mijn vader [[Hendrikus Brouwer]]"), (SP, 3),
    (P, "Geachte heer [[Ter Haar]],"),
    (P, "Tot mijn grote schrik hoorde ik van mijn broer [[Gerrit-Jan]] dat hij u heeft gevraagd het graf van onze vader te laten ruimen. "
        "Ik ben sinds 1996 de rechthebbende van dit graf en ik heb daar nooit toestemming voor gegeven. Mijn broer heeft geen enkele "
        "zeggenschap over het graf. De acceptgiro voor de verlenging heb ik niet ontvangen omdat ik in januari ben verhuisd; mijn "
        "nieuwe adres heb ik wel aan de gemeente doorgegeven."),
    (P, "Mijn moeder [[Johanna Brouwer-Lanting]] ligt sinds 2011 in hetzelfde graf. Ik wil het grafrecht met twintig jaar verlengen. "
        "Mijn zus [[Anneke Prins-Brouwer]] staat achter mij. Ik verzoek u dringend de ruiming te stoppen."),
    (P, "Ik heb het afgelopen jaar een zware operatie ondergaan en ben nog herstellende van [[borstkanker|HEALTH]]; de spanning rond dit graf "
        "valt mij zwaar."),
    (P, "Hoogachtend,"), (SP, 8), (L, "[[Wilhelmina van der Molen-Brouwer]]"),
], producer="scanner", font="Times-Roman", size=11))

DOCS.append(Doc("bg06_email_broer_ruiming", "E-mail verzoek ruiming", [
    (L, "Van: [[Gerrit-Jan Brouwer]] <[[gj.brouwer1962@hotmail.com]]>"),
    (L, "Verzonden: maandag 9 februari 2026 22:14"),
    (L, "Aan: {{begraafplaats@veenhoven.nl}}"),
    (L, "Onderwerp: graf pa en ma vak C nr 112"), (SP, 4),
    (P, "Goedenavond,"),
    (P, "Ik ben de oudste zoon van [[Henk Brouwer]] en [[Jo Brouwer]] die begraven liggen in graf 112 op de begraafplaats aan de "
        "{{Kerkhoflaan|STREET}}. Het grafrecht loopt in maart af. Ik woon al twintig jaar in {{Zweden|PLACE}} ([[Storgatan 14|ADDRESS]], "
        "[[Östersund|ADDRESS]]) en niemand in de familie onderhoudt het graf. Mijn zus [[Wil]] heeft er al jaren niet naar omgekeken. "
        "Ik wil graag dat het graf wordt geruimd en dat de stoffelijke resten in het verzamelgraf komen."),
    (P, "Wat kost een ruiming en kunt u mij een offerte sturen? Het grafmonument mag naar de steenhouwer, ik heb het niet nodig."),
    (P, "Groeten, [[Gerrit-Jan]]"),
    (L, "[[+46 70 412 88 31]]"),
], producer="outlook", font="Helvetica"))

DOCS.append(Doc("bg07_mailwisseling_beheerder_jurist", "RE: graf C-112 geschil nabestaanden", [
    (L, "Van: [[El Idrissi, Samira]] <[[s.elidrissi@veenhoven.nl]]>"),
    (L, "Verzonden: dinsdag 24 maart 2026 09:41"),
    (L, "Aan: [[Haar, Rutger ter]] <[[r.terhaar@veenhoven.nl]]>"),
    (L, "CC: [[Vos, Pieter-Jan]] <[[pj.vos@veenhoven.nl]]>; {{begraafplaats@veenhoven.nl}}"),
    (L, "Onderwerp: RE: graf C-112 geschil nabestaanden"), (SP, 3),
    (P, "Hoi [[Rutger]],"),
    (P, "Juridisch is het helder: alleen de rechthebbende kan om ruiming of verlenging vragen (artikel 28 {{Wet op de lijkbezorging|LAW}} "
        "en artikel 12 van de {{Beheersverordening begraafplaatsen Veenhoven 2019|LAW}}). Dat is mevrouw [[Van der Molen]], niet haar broer. "
        "Zolang zij binnen de termijn verlengt, kunnen we niet ruimen. De acceptgiro is naar haar oude adres gestuurd; dat is ons "
        "probleem, niet het hare. Ik zou haar per omgaande een verlengingsformulier sturen."),
    (P, "Aan de heer [[Brouwer]] in {{Zweden|PLACE}} zou ik schriftelijk uitleggen dat hij geen rechthebbende is. Graag niet telefonisch, "
        "want hij neemt gesprekken op (zei hij zelf tegen [[Lieke]])."),
    (P, "Groet,"), (L, "[[Samira El Idrissi]]"), (L, "Juridisch adviseur, team {{Juridische Zaken}}"),
    (L, "[[0528-37 64 30]] | [[06 - 1937 4452]]"), (SP, 4),
    (L, "Van: [[Haar, Rutger ter]] <[[r.terhaar@veenhoven.nl]]>"),
    (L, "Verzonden: maandag 23 maart 2026 16:02"),
    (L, "Aan: [[El Idrissi, Samira]] <[[s.elidrissi@veenhoven.nl]]>"),
    (L, "Onderwerp: graf C-112 geschil nabestaanden"), (SP, 3),
    (P, "[[Samira]], zie bijgaande brief van mevrouw [[Van der Molen-Brouwer]] en de mail van haar broer. Twee kinderen van dezelfde "
        "overledene met tegengestelde wensen. De steenhouwer ([[Huisman]]) heeft al een offerte voor het verwijderen van het monument "
        "naar de broer gestuurd, dat had hij niet moeten doen. Hoe gaan we hiermee om? Ruimingsploeg staat gepland voor week 16."),
    (P, "Groet, [[Rutger]]"), (L, "[[R. ter Haar]] | Beheerder begraafplaatsen | {{gemeente Veenhoven}}"),
    (L, "M [[06-41 82 33 07]] | {{Kerkhoflaan|STREET}} 2, Veenhoven"),
], producer="outlook", font="Helvetica", size=9.5))

DOCS.append(Doc("bg08_notities_beheerder_scan", "Scan notities beheerder", [], producer="scanner", scan={
    "header": ["Gescand met {{KONICA MINOLTA}} - 14-04-2026 - dossier {{Z/26/011902|REFERENCE}}"],
    "lines": [("bold", "Notities beheerder - graf C-112"), ("sp", ""),
              ("typed", "10-04 belafspraak mevr. Van der Molen"),
              ("typed", "zij komt woensdag met zus Anneke Prins"),
              ("hand", "broer Gerrit-Jan belde weer, boos"),
              ("hand", "dreigt met advocaat mr. Bakhuizen"),
              ("typed", "monument: Huisman haalt niets weg!"),
              ("sp", ""),
              ("hand", "bellen: 06-29 44 81 05 (Anneke)"),
              ("sp", ""),
              ("sig", "R. ter Haar")]}, hidden=[
    {"kind": "PERSON", "value": "Van der Molen", "channel": "ocr", "probes": ["Van der Molen"]},
    {"kind": "PERSON", "value": "Anneke Prins", "channel": "ocr", "probes": ["Anneke Prins", "Anneke"]},
    {"kind": "PERSON", "value": "Gerrit-Jan", "channel": "ocr", "probes": ["Gerrit-Jan"]},
    {"kind": "PERSON", "value": "mr. Bakhuizen", "channel": "ocr", "probes": ["Bakhuizen"]},
    {"kind": "PERSON", "value": "Huisman", "channel": "ocr", "probes": ["Huisman"]},
    {"kind": "PHONE", "value": "06-29 44 81 05", "channel": "ocr", "probes": ["06-29 44 81 05"]},
    {"kind": "PERSON", "value": "R. ter Haar", "channel": "ocr", "probes": ["ter Haar"]},
]))

DOCS.append(Doc("bg09_logboek_beheerder", "Logboek beheerder april-mei 2026", [
    (H, "Logboek beheerder {{Algemene Begraafplaats Veenhoven}} (uittreksel)"),
    (T, [["Datum", "Tijd", "Melding", "Door"],
         ["06-04-2026", "08:15", "Ruimingsploeg vak C ingepland, week 16 (graven {{C-116|REFERENCE}} en {{C-120|REFERENCE}})", "[[RtH]]"],
         ["08-04-2026", "13:30", "Mevr. [[Van der Molen-Brouwer]] aan de balie, emotioneel; verlengingsformulier meegegeven", "[[LH]]"],
         ["09-04-2026", "10:05", "Dhr. [[Brouwer]] (buitenland) belt, wil ruiming {{C-112|REFERENCE}} doorzetten; verwezen naar jurist", "[[LH]]"],
         ["10-04-2026", "11:00", "Monument {{C-112|REFERENCE}} staat scheef; veiligheidslint geplaatst door [[Jannes Kuiper]]", "[[JK]]"],
         ["14-04-2026", "09:20", "Graf {{C-112|REFERENCE}} van ruimingslijst gehaald op advies {{Juridische Zaken}}", "[[RtH]]"],
         ["17-04-2026", "15:45", "Steenhouwer [[D. Huisman]] belt over monument; gezegd: niets verwijderen", "[[RtH]]"],
         ["22-04-2026", "08:00", "Ruiming {{C-116|REFERENCE}} uitgevoerd, resten in verzamelgraf {{V-02|REFERENCE}}; aanwezig [[Bram Oosting]]", "[[BO]]"],
         ["02-05-2026", "14:10", "Verlenging {{C-112|REFERENCE}} ontvangen (20 jaar), betaald via {{iDEAL|PRODUCT}}", "[[LH]]"],
         ["12-05-2026", "16:30", "Brief {{Nationale ombudsman}} ontvangen, doorgezet naar [[Pieter-Jan Vos]]", "[[RtH]]"],
         ["14-05-2026", "10:15", "Begrafenis vak D, uitvaartleider [[Marco Smeenk]] ({{Yarden|ORG}}); aula gebruikt", "[[JK]]"],
         ["16-05-2026", "08:40", "Monument {{C-112|REFERENCE}} omgevallen na vorst/regen, niemand gewond; foto's gemaakt", "[[BO]]"],
         ["16-05-2026", "09:05", "Mevr. [[Van der Molen-Brouwer]] gebeld door [[Lieke]]; geen gehoor, voicemail ingesproken", "[[LH]]"],
         ["19-05-2026", "11:30", "Brief van [[G. Brouwer]] (tante, {{Wilgenhof|ORG}}) ontvangen en gescand", "[[LH]]"],
         ["20-05-2026", "14:00", "Opdracht herstel monument aan {{Steenhouwerij De Hamer}} (inkooporder {{IO-2026-00871|REFERENCE}})", "[[RtH]]"],
         ["27-05-2026", "13:30", "Monument {{C-112|REFERENCE}} hersteld en gekeurd", "[[JK]]"],
         ["03-06-2026", "10:00", "Gesprek wethouder met rechthebbende in gemeentehuis; beheerder aanwezig", "[[RtH]]"],
         ["09-06-2026", "07:45", "Vandalisme urnenmuur {{U-14|REFERENCE}}; aangifte bij {{politie Oost-Nederland|ORG}} ({{PL0600-2026114277|REFERENCE}})", "[[BO]]"],
         ["15-06-2026", "12:20", "Vrijwilliger [[Aafke Wolters]] meldt losliggende tegels pad vak B", "[[LH]]"]]),
    (P, "Paraafcodes: [[RtH]] = beheerder, [[LH]] = administratie, [[JK]] en [[BO]] = grafdelvers. Het logboek wordt bijgehouden in "
        "{{SharePoint|PRODUCT}} (site {{Begraafzaken|ORG}})."),
], producer="nitro", font="DejaVuSansCondensed", size=9.5))

def invoice(stem, nr, date, rows, total, prod, font, extra):
    return Doc(stem, f"Factuur {nr}", [
        (H, "{{Steenhouwerij De Hamer}}"),
        (L, "eigenaar [[Derk Huisman]]"), (L, "[[Esdoornweg 8|ADDRESS]], [[7722 PL Dalfsen|ADDRESS]]"),
        (L, "tel. [[0529-43 18 72]] | mob. [[06-53 07 21 64]] | [[derk@steenhouwerijdehamer.nl]]"),
        (L, "KvK [[64218830|KVK]] | btw [[NL001893245B62|VAT]] | IBAN [[NL42 RABO 0318 2290 47|IBAN]]"), (SP, 6),
        (L, "Aan: {{gemeente Veenhoven}}, afdeling {{Openbare Ruimte}}, t.a.v. crediteurenadministratie"),
        (L, "Postbus 20, 7920 AA Veenhoven"), (SP, 4),
        (L, f"Factuurnummer: {{{{{nr}|REFERENCE}}}}    Factuurdatum: {date}"),
        (L, "Uw referentie: inkoopordernummer {{IO-2026-00871|REFERENCE}}"), (SP, 3),
        (T, [["Omschrijving", "Aantal", "Prijs", "Bedrag"]] + rows),
        (L, f"Totaal incl. 21% btw: {total}"), (SP, 3),
        (P, "Betaling binnen 30 dagen op bovenstaand rekeningnummer onder vermelding van het factuurnummer."),
    ] + extra, producer=prod, font=font)

DOCS.append(invoice("bg10_factuur_steenhouwer_1", "2026-0417", "30 april 2026", [
    ["Stabiliteitsherstel grafmonumenten vak A (8 stuks), rechtzetten en verankeren", "8", "€ 165,00", "€ 1.320,00"],
    ["Verwijderen monumenten na ruiming {{C-116|REFERENCE}} en {{C-120|REFERENCE}}, afvoer naar depot {{Kerkhoflaan|STREET}}", "2", "€ 210,00", "€ 420,00"],
    ["Voorrijkosten", "1", "€ 45,00", "€ 45,00"]], "€ 2.159,85", "pdfpen", "Helvetica",
    [(P, "Werkzaamheden uitgevoerd door [[D. Huisman]] en zijn knecht [[Sander]]. Bij vragen: [[Derk]].")]))

DOCS.append(invoice("bg11_factuur_steenhouwer_2", "2026-0522", "28 mei 2026", [
    ["Herplaatsen omgevallen monument graf {{C-112|REFERENCE}} (staande steen, {{Belgisch hardsteen|PRODUCT}})", "1", "€ 385,00", "€ 385,00"],
    ["Nieuwe RVS-pennen en lijm", "1", "€ 62,50", "€ 62,50"],
    ["Opnieuw aanbrengen letters 'Rust zacht'", "1", "€ 95,00", "€ 95,00"]], "€ 656,43", "reportlab", "DejaVuSans",
    [(P, "Let op: deze factuur is in overleg met beheerder [[Rutger ter Haar]] aan de gemeente gericht en niet aan de rechthebbende. "
         "Mijn eerdere offerte aan de heer [[G.J. Brouwer]] ([[Östersund|ADDRESS]]) is hiermee vervallen.")]))

DOCS.append(Doc("bg12_offerte_mail_steenhouwer", "FW: offerte verwijderen grafmonument", [
    (L, "Van: [[Derk Huisman]] <[[derk@steenhouwerijdehamer.nl]]>"),
    (L, "Verzonden: donderdag 12 maart 2026 07:58"),
    (L, "Aan: [[gj.brouwer1962@hotmail.com]]"),
    (L, "CC: [[r.terhaar@veenhoven.nl]]"),
    (L, "Onderwerp: offerte verwijderen grafmonument Kerkhoflaan vak C"), (SP, 3),
    (P, "Beste meneer [[Brouwer]],"),
    (P, "Zoals telefonisch besproken: voor het verwijderen en afvoeren van het grafmonument (staande steen met omranding, graniet "
        "{{Impala|PRODUCT}}) reken ik € 395,- inclusief btw. Het monument wordt vernietigd bij {{Stenenbreker Twente BV}} in {{Hengelo|PLACE}}. "
        "Ik heb wel schriftelijke toestemming van de rechthebbende nodig, anders mag ik van de gemeente niets doen."),
    (P, "Met vriendelijke groet,"), (L, "[[Derk Huisman]], {{Steenhouwerij De Hamer}}"), (L, "[[06-53 07 21 64]]"), (SP, 4),
    (L, "-----Oorspronkelijk bericht-----"),
    (L, "Van: [[Gerrit-Jan Brouwer]] <[[gj.brouwer1962@hotmail.com]]>"),
    (L, "Verzonden: woensdag 11 maart 2026 21:30"),
    (L, "Aan: [[derk@steenhouwerijdehamer.nl]]"),
    (P, "Meneer [[Huisman]], mijn zus [[Wilhelmina]] gaat er niet over, ik ben de oudste. Wanneer kunt u de steen weghalen? [[GJB]]"),
], producer="outlook", font="Helvetica"))
