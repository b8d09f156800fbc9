"""Set MK: the documents. [[KIND|text]] = personal data to redact, {{KIND|text}} = public, keep."""
from __future__ import annotations

GEM = "{{ORG|gemeente Maasbergen}}"
DOCS = []


def D(stem, **kw):
    kw["stem"] = stem
    DOCS.append(kw)


def outlook(frm, sent, to, subj, cc=None):
    s = f"Van: {frm}\nVerzonden: {sent}\nAan: {to}\n"
    if cc:
        s += f"CC: {cc}\n"
    return s + f"Onderwerp: {subj}"


WORD = {"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365"}
OUTL = {"Producer": "Microsoft: Print To PDF", "Creator": "Microsoft Outlook"}
ASPOSE = {"Producer": "Aspose.PDF for .NET 23.4", "Creator": "Zaaksysteem Djuma"}
ITEXT = {"Producer": "iText® 7.2.5 ©2000-2023 iText Group NV (AGPL-version)", "Creator": "Marktbeheer MB-Online"}
NITRO = {"Producer": "Nitro Pro 13.70.2.40", "Creator": "Nitro Pro"}
PDFPEN = {"Producer": "PDFpen 13.1.1", "Creator": "PDFpen"}
SCAN = {"Producer": "RICOH IM C3000 PDF", "Creator": "RICOH IM C3000"}

# ---------------------------------------------------------------- mk01 Woo request
D("mk01", font="helv", info={"Producer": "Microsoft® Word 2019", "Creator": "Microsoft® Word 2019"},
  title="Woo-verzoek standplaatsen weekmarkt", blocks=[
    ("p", "[[PERSON|Lieke Span]]\n[[ADDRESS|Beatrixlaan 41]]\n[[ADDRESS|5361 GV Grave]]\n[[EMAIL|lieke.span@maasbergschdagblad.nl]] | [[PHONE|06-39 51 27 84]]"),
    ("sp", 8),
    ("p", "Aan het college van burgemeester en wethouders van de {{ORG|gemeente Maasbergen}}\nt.a.v. de Woo-coördinator\nPostbus 1200, 5360 AA Maasbergen\nper e-mail: {{FUNC_EMAIL|woo@maasbergen.nl}}"),
    ("p", "Grave, 12 januari 2026"),
    ("h", "Verzoek op grond van de {{LAW|Wet open overheid}}: toewijzing standplaatsen weekmarkt"),
    ("p", "Geacht college,"),
    ("p", "Als verslaggever van het {{ORG|Maasbergsch Dagblad}} verzoek ik u op grond van artikel 4.1 van de {{LAW|Wet open overheid}} (Woo) om openbaarmaking van alle documenten over de toewijzing van vaste standplaatsen op de zaterdagmarkt op het {{LOC|Marktplein}} in de periode 1 september 2025 tot en met 31 december 2025. Het gaat mij in het bijzonder om:"),
    ("p", "1. de aanvragen van marktkooplieden en de wachtlijst (anciënniteitslijst);\n2. het proces-verbaal van de loting van 28 oktober 2025 in het {{LOC|Stadhuis}};\n3. klachten van marktkooplieden over de loting en de indeling;\n4. de dagrapporten van de marktmeester over de markt van november en december;\n5. de correspondentie met de {{ORG|Centrale Vereniging voor Ambulante Handel}} ({{ORG|CVAH}});\n6. de stukken van de commissie {{ORG|Economie en Middelen}} over de nieuwe {{LAW|Marktverordening Maasbergen 2025}}."),
    ("p", "Aanleiding is de ophef over marktkooplieden die na twintig jaar hun vaste plaats verloren. Ik verzoek u de documenten digitaal te verstrekken. Voor vragen ben ik bereikbaar op bovenstaand nummer."),
    ("p", "Met vriendelijke groet,\n\n[[PERSON|L. Span]]\nverslaggever regio {{LOC|Land van Cuijk}}"),
]),

# ---------------------------------------------------------------- mk02 acknowledgement (docx)
D("mk02", render="docx", docx_author="Ramdin, S.", info={"Producer": "LibreOffice 7.6 (docx via Djuma)", "Author": "Ramdin, S."},
  hidden=[("PERSON", "metadata", "Ramdin, S.")], title="Ontvangstbevestiging Woo-verzoek", blocks=[
    ("p", "Gemeente Maasbergen | Stadhuisplein 1 | Postbus 1200 | 5360 AA Maasbergen | telefoon {{PUBLIC_PHONE|14 0412}}"),
    ("p", "Mevrouw [[PERSON|L. Span]]\n[[ADDRESS|Beatrixlaan 41]]\n[[ADDRESS|5361 GV Grave]]"),
    ("p", "Datum: 15 januari 2026\nOns kenmerk: {{REF|WOO-2026-0007}}\nBehandeld door: [[PERSON|S. Ramdin]]\nTelefoon: [[PHONE|(0412) 68 34 02]]\nE-mail: [[EMAIL|s.ramdin@maasbergen.nl]]"),
    ("p", "Onderwerp: ontvangstbevestiging Woo-verzoek standplaatsen weekmarkt"),
    ("p", "Geachte mevrouw [[PERSON|Span]],"),
    ("p", "Op 12 januari 2026 hebben wij uw verzoek op grond van de {{LAW|Wet open overheid}} ontvangen. Uw verzoek gaat over de toewijzing van vaste standplaatsen op de weekmarkt. Wij hebben uw verzoek geregistreerd onder kenmerk {{REF|WOO-2026-0007}}."),
    ("p", "Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen. Bij de inventarisatie betrekken wij het team {{ORG|Economie en Vergunningen}} en de marktmeesters. Omdat in de documenten gegevens van marktkooplieden en van de {{ORG|CVAH}} staan, vragen wij hen mogelijk om hun zienswijze (artikel 4.4 Woo)."),
    ("p", "Met vriendelijke groet,\n\nnamens burgemeester en wethouders van Maasbergen,\n\n[[PERSON|Sunita Ramdin]]\nWoo-coördinator"),
]),

# ---------------------------------------------------------------- mk03 application form (AcroForm)
def _form(canv, dd):
    from reportlab.lib.units import mm
    if canv.getPageNumber() != 1:
        return
    f = canv.acroForm
    vals = [("naam", "Gerrit-Jan Hoogendoorn"), ("geboortedatum", "03-11-1968"), ("adres", "Dorpsstraat 14, 5371 AB Ravenstein"),
            ("telefoon", "06-12 45 78 90"), ("email", "gj@kaashoogendoorn.nl"), ("kvk", "71234509"),
            ("iban", "NL44 RABO 0312 8870 15"), ("kenteken", "VR-218-K")]
    y = 95
    for i, (n, v) in enumerate(vals):
        canv.setFont("Helvetica", 8)
        canv.drawString(24 * mm, (y - i * 9) * mm + 5, {"naam": "Naam aanvrager", "geboortedatum": "Geboortedatum",
                        "adres": "Woonadres", "telefoon": "Telefoon", "email": "E-mail", "kvk": "KvK-nummer",
                        "iban": "IBAN (incasso marktgeld)", "kenteken": "Kenteken verkoopwagen"}[n])
        f.textfield(name=n, value=v, x=70 * mm, y=(y - i * 9) * mm, width=95 * mm, height=7 * mm,
                    fontName="Helvetica", fontSize=9, borderWidth=0.5)


D("mk03", font="helv", form=_form, info={"Producer": "Adobe Acrobat Pro 2020 Paper Capture", "Creator": "Adobe Acrobat Pro"},
  title="Aanvraagformulier standplaatsvergunning weekmarkt",
  hidden=[("PERSON", "annotations", "Gerrit-Jan Hoogendoorn"), ("DOB", "annotations", "03-11-1968"),
          ("ADDRESS", "annotations", "Dorpsstraat 14, 5371 AB Ravenstein"), ("PHONE", "annotations", "06-12 45 78 90"),
          ("EMAIL", "annotations", "gj@kaashoogendoorn.nl"), ("KVK", "annotations", "71234509"),
          ("IBAN", "annotations", "NL44 RABO 0312 8870 15"), ("PLATE", "annotations", "VR-218-K")],
  blocks=[
    ("h", "Aanvraag vaste standplaatsvergunning weekmarkt {{LOC|Maasbergen}}"),
    ("p", "Formulier {{REF|EZ-MARKT-01}} (versie 2025). Inleveren bij de marktmeester of mailen naar {{FUNC_EMAIL|markt@maasbergen.nl}}. Op de toewijzing is de {{LAW|Marktverordening Maasbergen 2025}} van toepassing; vaste plaatsen worden bij schaarste verloot onder de kooplieden op de wachtlijst."),
    ("p", "Markt: zaterdagmarkt {{LOC|Marktplein}} / {{LOC|Kerkstraat}}. Gewenste branche: {{MISC|kaas, eieren en zuivel}}. Gewenste frontbreedte: 8 meter. Eigen verkoopwagen: ja. Stroomaansluiting: 32 A."),
    ("sp", 250),
    ("p", "Ondertekening: de aanvrager verklaart het formulier naar waarheid te hebben ingevuld. Ontvangen door de marktmeester op 2 september 2025, aanvraagnummer {{REF|STP-2025-0311}}."),
]),

# ---------------------------------------------------------------- mk04 application letter vof
D("mk04", font="dvs", size=10.5, info=PDFPEN, title="Aanvraag standplaats Bloemenhandel", blocks=[
    ("p", "V.o.f. Bloemenhandel [[PERSON|Şahin]] & Dochter\n[[ADDRESS|Vlierstraat 3]], [[ADDRESS|5341 KT Oss]]\nKvK [[KVK|80451127]] | tel. [[PHONE|+31 (0)6 2233 4455]] | [[EMAIL|ayşe.sahin@outlook.com]]"),
    ("p", "Aan de marktmeester van de {{ORG|gemeente Maasbergen}}\n{{LOC|Stadhuisplein 1}}\n5361 AA Maasbergen"),
    ("p", "Oss, 4 september 2025"),
    ("p", "Betreft: aanvraag vaste standplaats bloemen en planten, zaterdagmarkt"),
    ("p", "Geachte heer [[PERSON|Lagerweij]],"),
    ("p", "Hierbij vragen wij, vennoten van de vennootschap onder firma Bloemenhandel [[PERSON|Şahin]] & Dochter, een vaste standplaats aan op de zaterdagmarkt. Wij staan sinds 2019 als dagplaatshouder op de markt, meestal op plaats 31 bij de {{LOC|Sint-Janskerk}}. Wij hebben een kraam van 6 meter en huren die bij {{ORG|Kraamverhuur Zuid B.V.}}"),
    ("p", "Onze dochter [[PERSON|Melek]] helpt op zaterdag mee; zij is 17 jaar. Mijn man [[PERSON|Emre Şahin]] is vennoot en doet de inkoop op de {{ORG|Royal FloraHolland}} veiling in {{LOC|Aalsmeer}}. Wij zijn lid van de {{ORG|CVAH}}, lidnummer {{REF|CV-22871}}."),
    ("p", "Bijgevoegd: uittreksel {{ORG|Kamer van Koophandel}}, kopie legitimatie van beide vennoten, verklaring omtrent het gedrag."),
    ("p", "Met vriendelijke groet,\n\n[[PERSON|Ayşe Şahin-Yıldız]]                [[PERSON|E. Şahin]]\nvennoot                                   vennoot"),
]),

# ---------------------------------------------------------------- mk05 application by e-mail
D("mk05", font="helv", info=OUTL, title="FW: aanvraag vaste plaats textiel", blocks=[
    ("p", outlook("[[PERSON|Lagerweij, Bert]] <[[EMAIL|b.lagerweij@maasbergen.nl]]>", "maandag 8 september 2025 09:14",
                  "[[PERSON|Groeneveld-Posthuma, Marieke]] <[[EMAIL|m.groeneveld@maasbergen.nl]]>",
                  "FW: aanvraag vaste plaats textiel", "Markt <{{FUNC_EMAIL|markt@maasbergen.nl}}>")),
    ("p", "[[PERSON|Marieke]], ter registratie op de wachtlijst. Hij staat al sinds 2017 als dagplaatser op de markt, dus anciënniteit klopt volgens mij. Groet, [[PERSON|Bert]]"),
    ("p", "Bert Lagerweij | marktmeester | {{ORG|gemeente Maasbergen}} | [[PHONE|06-41 27 88 30]]".replace("Bert Lagerweij", "[[PERSON|Bert Lagerweij]]")),
    ("p", outlook("[[PERSON|Mohammed El Khayari]] <[[EMAIL|m.elkhayari@hotmail.com]]>", "zaterdag 6 september 2025 21:47",
                  "Markt <{{FUNC_EMAIL|markt@maasbergen.nl}}>", "aanvraag vaste plaats textiel")),
    ("p", "Goedenavond meneer de marktmeester,"),
    ("p", "Ik wil graag een vaste plek op de zaterdagmarkt voor mijn textielhandel (dameskleding, sjaals, fournituren). Ik sta al 8 jaar op dagplaats en kom elke week. Mijn eenmanszaak staat in het handelsregister onder nummer [[KVK|69012344]]. Mijn adres is [[ADDRESS|Zandstraat 9A]], [[ADDRESS|5363 CE Maasbergen]]. U kunt mij bellen op [[PHONE|06 - 18 33 92 07]] of mijn zoon [[PERSON|Yassin]] op [[PHONE|06 20 44 71 38]]."),
    ("p", "Ik heb gehoord dat er geloot wordt en dat de {{ORG|CVAH}} daar tegen is. Klopt dat? Ik ben geen lid. Mijn vergunning voor de markt in {{LOC|Uden}} heeft nummer {{REF|UD-MV-0412}}."),
    ("p", "Met vriendelijke groet,\n[[PERSON|M. El Khayari]]\nTextiel [[PERSON|El Khayari]]"),
]),

# ---------------------------------------------------------------- mk06 waiting list (2 pages)
WL = [["nr", "naam", "handelsnaam", "branche", "KvK", "telefoon", "op lijst sinds", "punten"],
      ["1", "[[PERSON|Şahin-Yıldız, A.]]", "v.o.f. Bloemenhandel", "{{MISC|bloemen en planten}}", "[[KVK|80451127]]", "[[PHONE|+31 (0)6 2233 4455]]", "14-03-2019", "62"],
      ["2", "[[PERSON|El Khayari, M.]]", "eenmanszaak", "textiel", "[[KVK|69012344]]", "[[PHONE|06 - 18 33 92 07]]", "02-05-2017", "60"],
      ["3", "[[PERSON|ter Beek, D.J.]]", "De Groenteboer", "{{MISC|aardappelen, groente en fruit}}", "[[KVK|58770213]]", "[[PHONE|0486-45 21 09]]", "19-09-2018", "57"],
      ["4", "[[PERSON|Nguyễn, Thi Lan]]", "Saigon Snacks", "{{MISC|Aziatische snacks}}", "[[KVK|77310452]]", "[[PHONE|06-55 09 12 61]]", "07-01-2020", "49"],
      ["5", "[[PERSON|Kaya, Ö.]]", "[[PERSON|Kaya]] Noten", "noten en zuidvruchten", "[[KVK|74882019]]", "[[PHONE|0031 6 4410 8823]]", "30-06-2020", "47"],
      ["6", "[[PERSON|Hermsen, B.]]", "De Wafelbakker", "verse stroopwafels", "[[KVK|81220937]]", "[[PHONE|06-71 80 55 14]]", "11-02-2021", "41"],
      ["7", "[[PERSON|Dubois-Verhagen, J.]]", "Fleur de Joëlle", "{{MISC|bloemen en planten}}", "[[KVK|83015576]]", "[[PHONE|073 - 521 66 40]]", "23-08-2021", "38"],
      ["8", "[[PERSON|Schoenmakers-de Graaf, M.G.]]", "Huishoudbazar", "huishoudelijke artikelen", "[[KVK|61340877]]", "[[PHONE|(0412) 45 90 31]]", "05-04-2022", "33"],
      ["9", "[[PERSON|Mulder, C.]]", "Poelier [[PERSON|Mulder]]", "{{MISC|poelier}}", "[[KVK|56607121]]", "[[PHONE|06-12 67 34 98]]", "17-10-2022", "29"],
      ["10", "[[PERSON|van der Zanden, R.]]", "eenmanszaak", "brood en banket", "[[KVK|85543302]]", "[[PHONE|06 48 22 10 77]]", "09-01-2023", "25"],
      ["11", "[[PERSON|Oosterhout, P.W.]]", "[[PERSON|Oosterhout]] Fietsen", "fietsonderdelen", "[[KVK|66190848]]", "[[PHONE|+31 6 3100 2488]]", "28-03-2023", "22"],
      ["12", "[[PERSON|Rahimi, F.]]", "Kabul Kitchen", "{{MISC|Aziatische snacks}}", "[[KVK|86712030]]", "[[PHONE|06-19 76 02 35]]", "14-06-2023", "20"],
      ["13", "[[PERSON|Wijnen, Th.]]", "eenmanszaak", "kaas", "[[KVK|79904413]]", "[[PHONE|0412-62 11 93]]", "02-10-2023", "16"],
      ["14", "[[PERSON|de Kort-Willems, A.]]", "Brei & Zo", "garen en wol", "[[KVK|88120457]]", "[[PHONE|06 36 91 44 05]]", "21-02-2024", "12"],
      ["15", "[[PERSON|Pawłowski, K.]]", "Polski Sklep", "Poolse levensmiddelen", "[[KVK|89345106]]", "[[PHONE|06-82 37 19 60]]", "08-07-2024", "9"],
      ["16", "[[PERSON|van Rijswijk, L.]]", "eenmanszaak", "sieraden", "[[KVK|90017732]]", "[[PHONE|06-28 11 46 93]]", "15-01-2025", "4"]]
D("mk06", font="cond", size=9, info=ITEXT, footer="{{REF|MB-WL-2025-Q3}} - wachtlijst vaste standplaatsen zaterdagmarkt - vertrouwelijk",
  title="Wachtlijst vaste standplaatsen", xmp_creator="Femke Ouwehand",
  hidden=[("PERSON", "metadata", "Femke Ouwehand")], blocks=[
    ("h", "Wachtlijst vaste standplaatsen zaterdagmarkt - stand 1 oktober 2025"),
    ("p", "Lijst op grond van artikel 6 van de {{LAW|Marktverordening Maasbergen 2025}}. Punten: 1 punt per maand op de lijst, 1 punt per bijgewoonde marktdag als dagplaatshouder (maximaal 24 per jaar). Bij gelijk aantal punten en bij schaarste in een branche beslist het lot (artikel 7). Vrijgekomen plaatsen per 1 januari 2026: 9 (waarvan 2 in de branche {{MISC|bloemen en planten}} en 2 in {{MISC|Aziatische snacks}})."),
    ("table", WL, [8, 34, 26, 28, 18, 28, 18, 12]),
    ("p", "Afgevoerd van de lijst in 2025 (art. 6 lid 5, drie keer niet gereageerd): [[PERSON|J.H. Verstappen]] (kramerij), [[PERSON|Gül Demir]] (kleding), [[PERSON|W. de Haas]] (overleden, bericht zoon)."),
    ("pb",),
    ("h", "Toelichting bij de wachtlijst"),
    ("p", "De lijst wordt bijgehouden door de marktmeester in {{MISC|MB-Online}}. Kooplieden kunnen hun eigen positie opvragen bij {{FUNC_EMAIL|markt@maasbergen.nl}} of via het algemene nummer {{PUBLIC_PHONE|14 0412}}. De lijst is niet openbaar; publicatie op de gemeentelijke website gebeurt alleen met nummers en punten, zonder namen."),
    ("p", "Correcties na controle door [[INITIALS|FO]] op 29-09-2025: nr. 3 punten aangepast (dagplaatsen 2024 niet verwerkt), nr. 8 nieuw adres [[ADDRESS|Lindenlaan 76]], [[ADDRESS|5364 BR Maasbergen]]; nr. 12 nieuw mobiel nummer."),
    ("p", "Branche-indeling volgens het branchebeleid bij de {{LAW|Marktverordening Maasbergen 2025}}: maximaal 4 kramen {{MISC|aardappelen, groente en fruit}}, 3 {{MISC|bloemen en planten}}, 2 {{MISC|Aziatische snacks}}, 1 {{MISC|poelier}}."),
]),

# ---------------------------------------------------------------- mk07 lottery minutes (docx, 2 pages)
D("mk07", render="docx", docx_author="W. Verhoef", docx_font="Times New Roman", size=11,
  hidden=[("PERSON", "metadata", "W. Verhoef")], info={"Producer": "LibreOffice 7.6", "Author": "W. Verhoef"},
  title="Proces-verbaal loting vaste standplaatsen", blocks=[
    ("h", "PROCES-VERBAAL VAN LOTING"),
    ("p", "Vaste standplaatsen zaterdagmarkt {{LOC|Maasbergen}} - loting 28 oktober 2025 - kenmerk {{REF|LOT-2025-02}}"),
    ("p", "Op achtentwintig oktober tweeduizend vijfentwintig, om negentien uur, verscheen in de {{LOC|Pieter Postzaal}} van het {{LOC|Stadhuis}} aan het {{LOC|Stadhuisplein 1}} te Maasbergen, ten overstaan van mij, [[PERSON|Wilhelmina Johanna Verhoef]], notarisklerk, werkzaam ten kantoor van {{ORG|Notariskantoor De Maaspoort}}, handelend in opdracht en onder verantwoordelijkheid van mr. [[PERSON|A.J. Knipscheer]], notaris te Maasbergen:"),
    ("p", "de heer [[PERSON|Herbert Lagerweij]], marktmeester, en mevrouw [[PERSON|Marieke Groeneveld-Posthuma]], beleidsmedewerker economische zaken, beiden handelend namens het college van burgemeester en wethouders van de {{ORG|gemeente Maasbergen}}."),
    ("p", "Aanwezig waren voorts: mevrouw [[PERSON|A. Şahin-Yıldız]], de heer [[PERSON|M. El Khayari]], de heer [[PERSON|D.J. ter Beek]], mevrouw [[PERSON|Thi Lan Nguyễn]], de heer [[PERSON|F. Rahimi]], mevrouw [[PERSON|J. Dubois-Verhagen]] en de heer [[PERSON|T. Verschuren]] als waarnemer namens de {{ORG|Centrale Vereniging voor Ambulante Handel}}. Afwezig met bericht: de heer [[PERSON|Ö. Kaya]]."),
    ("h", "Werkwijze"),
    ("p", "Voor iedere branche waarin meer gegadigden zijn dan vrije plaatsen is een afzonderlijke trekking gehouden. Per gegadigde is een genummerd, gesloten envelop in een doorzichtige bak gedaan. De trekking is verricht door de heer [[PERSON|Jesse van Wanrooij]], stagiair bij het team {{ORG|Economie en Vergunningen}}, die geen belang heeft bij de uitkomst. Ik heb de enveloppen voor en na de trekking geteld."),
    ("pb",),
    ("h", "Uitkomst"),
    ("table", [["branche", "vrije plaatsen", "gegadigden", "getrokken (volgorde)"],
               ["{{MISC|bloemen en planten}}", "2", "3", "1. [[PERSON|Dubois-Verhagen]]  2. [[PERSON|Şahin-Yıldız]]  reserve: [[PERSON|Dekkers]]"],
               ["{{MISC|Aziatische snacks}}", "2", "3", "1. [[PERSON|Rahimi]]  2. [[PERSON|Nguyễn]]  reserve: [[PERSON|Phan]]"],
               ["textiel", "1", "2", "1. [[PERSON|El Khayari]]  reserve: [[PERSON|Yilmazer]]"]]),
    ("p", "De heer [[PERSON|Verschuren]] liet aantekenen dat de {{ORG|CVAH}} bezwaar heeft tegen loting als verdelingsmethode en de voorkeur geeft aan anciënniteit, onder verwijzing naar de {{LAW|Dienstenrichtlijn}} en de uitspraak van de {{ORG|Afdeling bestuursrechtspraak van de Raad van State}} van 2 november 2016 ({{REF|ECLI:NL:RVS:2016:2927}}). Mevrouw [[PERSON|Nguyễn]] verklaarde dat zij de uitslag niet begreep omdat haar envelop volgens haar 'dubbel gevouwen' was; dit is gecontroleerd en onjuist bevonden."),
    ("p", "Van deze loting is dit proces-verbaal opgemaakt, dat na voorlezing is ondertekend door mij, notarisklerk, en door de heer [[PERSON|Lagerweij]] voornoemd."),
    ("p", "[[PERSON|W.J. Verhoef]]                                        [[PERSON|H. Lagerweij]]"),
]),

# ---------------------------------------------------------------- mk08 lottery result list with outline
D("mk08", font="dv", size=9.5, info=ASPOSE, title="Uitslag loting en indelingsplan",
  outline=[("Uitslag loting 28-10-2025", 0), ("Indeling door F. Ouwehand", 0), ("Akkoord M. Groeneveld", 0),
           ("Opmerkingen Hans de Wit", 0)],
  hidden=[("PERSON", "outline", "F. Ouwehand"), ("PERSON", "outline", "M. Groeneveld"), ("PERSON", "outline", "Hans de Wit")],
  blocks=[
    ("h", "Uitslag loting en indelingsplan zaterdagmarkt per 1 januari 2026"),
    ("p", "Kenmerk {{REF|LOT-2025-02}}. Vastgesteld door het college van burgemeester en wethouders op 4 november 2025 (besluit {{REF|B&W 2025-1187}}). Indeling volgens de plattegrond bij de {{LAW|Marktverordening Maasbergen 2025}}; plaatsnummers lopen van de {{LOC|Sint-Janskerk}} tot de hoek {{LOC|Kerkstraat}} / {{LOC|Burgemeester Dekkerstraat}}."),
    ("table", [["plaats", "front", "branche", "vergunninghouder", "ingang"],
               ["7", "6 m", "{{MISC|bloemen en planten}}", "[[PERSON|J. Dubois-Verhagen]]", "03-01-2026"],
               ["8", "6 m", "{{MISC|bloemen en planten}}", "v.o.f. Bloemenhandel [[PERSON|Şahin]] & Dochter", "03-01-2026"],
               ["19", "4 m", "{{MISC|Aziatische snacks}}", "[[PERSON|F. Rahimi]]", "03-01-2026"],
               ["20", "4 m", "{{MISC|Aziatische snacks}}", "[[PERSON|T.L. Nguyễn]]", "03-01-2026"],
               ["23", "8 m", "textiel", "[[PERSON|M. El Khayari]]", "03-01-2026"],
               ["24", "8 m", "{{MISC|aardappelen, groente en fruit}}", "[[PERSON|D.J. ter Beek]]", "03-01-2026"],
               ["31", "6 m", "noten en zuidvruchten", "[[PERSON|Ö. Kaya]]", "03-01-2026"],
               ["35", "5 m", "verse stroopwafels", "[[PERSON|B. Hermsen]]", "03-01-2026"],
               ["40", "8 m", "kaas, eieren en zuivel", "[[PERSON|G.J. Hoogendoorn]]", "03-01-2026"]], [16, 14, 50, 62, 24]),
    ("p", "Verplaatst wegens de herinrichting van de {{LOC|Kerkstraat}} (project {{MISC|Hart van Maasbergen}}): plaatsen 14 tot en met 17 schuiven naar het {{LOC|Marktplein}}. De poelier ([[PERSON|C. Mulder]]) behoudt zijn plaats 12 met stroomkast K3."),
    ("p", "Vervallen vergunningen per 31-12-2025: plaats 8 ([[PERSON|P. van 't Hek]], vis, beëindiging na 22 jaar), plaats 23 ([[PERSON|S. Kuipers]], intrekking wegens niet-innemen, zie dagrapporten)."),
]),

# ---------------------------------------------------------------- mk09 scan: attendance list lottery
D("mk09", render="scan", info=SCAN, title="Scan presentielijst loting", scan_lines=[
    ("b", "PRESENTIELIJST LOTING 28-10-2025"),
    ("s", "Gemeente Maasbergen - Pieter Postzaal - kenmerk LOT-2025-02"),
    ("s", ""),
    ("s", "Naam                         Branche              Handtekening"),
    ("s", "[[PERSON|Ayşe Şahin-Yıldız]]            bloemen"),
    ("h", "                                                          [[SIGNATURE|A. Şahin]]"),
    ("s", "[[PERSON|Mohammed El Khayari]]          textiel"),
    ("h", "                                                          [[SIGNATURE|M. Khayari]]"),
    ("s", "[[PERSON|Dirk-Jan ter Beek]]            groente/fruit"),
    ("h", "                                                          [[SIGNATURE|DJ ter Beek]]"),
    ("s", "[[PERSON|Thi Lan Nguyen]]               snacks"),
    ("s", "[[PERSON|Farid Rahimi]]                 snacks"),
    ("h", "                                                          [[SIGNATURE|Farid R.]]"),
    ("s", "[[PERSON|Joëlle Dubois-Verhagen]]       bloemen"),
    ("s", "[[PERSON|Ton Verschuren]]               CVAH (waarnemer)"),
    ("s", "tel. [[PHONE|06-53 90 14 72]]"),
    ("s", ""),
    ("s", "Notarisklerk: [[PERSON|W.J. Verhoef]]"),
    ("s", "Marktmeester: [[PERSON|H. Lagerweij]]"),
    ("h", "  nagekomen: [[PERSON|Ömer Kaya]] belde af, ziek ([[HEALTH|griep]])"),
]),

# ---------------------------------------------------------------- mk10 complaint letter Van 't Hek
D("mk10", font="times", size=10.5, info=WORD, title="Klacht intrekking standplaats", blocks=[
    ("p", "[[PERSON|P.M. van 't Hek]]\nVishandel De Zeester\n[[ADDRESS|Kerkeind 22]]\n[[ADDRESS|5363 RB Velp]]\ntelefoon [[PHONE|0031 6 5012 3344]]"),
    ("p", "Aan het college van burgemeester en wethouders van de {{ORG|gemeente Maasbergen}}\nt.a.v. wethouder {{OFFICE|Van Dongen-Smit}}"),
    ("p", "Velp, {{DATE|10 november 2025}}"),
    ("p", "Betreft: klacht over de gang van zaken rond mijn standplaats 8"),
    ("p", "Geachte mevrouw {{OFFICE|Van Dongen-Smit}},"),
    ("p", "Tweeëntwintig jaar sta ik elke zaterdag met mijn viswagen op plaats 8. Mijn vader [[PERSON|Kees van 't Hek]] stond er daarvoor al sinds 1979. Nu lees ik in een brief van de marktmeester dat mijn plaats per 1 januari naar de bloemen gaat omdat de plaatsen opnieuw verdeeld worden onder de nieuwe {{LAW|Marktverordening Maasbergen 2025}}. Niemand heeft met mij gepraat."),
    ("p", "Ik heb vorig jaar drie maanden niet op de markt gestaan omdat ik een [[HEALTH|nieuwe heup]] kreeg. Dat heb ik gemeld bij meneer [[PERSON|Lagerweij]] en bij zijn collega [[PERSON|Femke]]. Nu wordt dat blijkbaar tegen mij gebruikt. Ik vind dat ik onbehoorlijk ben behandeld en dien daarom een klacht in op grond van hoofdstuk 9 van de {{LAW|Algemene wet bestuursrecht}}."),
    ("p", "Mijn dochter [[PERSON|Sandra van 't Hek]] ([[EMAIL|sandra.vanthek@ziggo.nl]]) helpt mij met de correspondentie. U kunt haar ook bellen.\n\nHoogachtend,\n\n[[PERSON|Nel van 't Hek]]"),
]),

# ---------------------------------------------------------------- mk11 complaint e-mail thread (2 pages)
D("mk11", font="helv", size=9.5, info=OUTL, title="RE: RE: klacht marktgeld en intrekking", blocks=[
    ("p", outlook("[[PERSON|Heijden, Jeroen van der]] <[[EMAIL|j.vanderheijden@maasbergen.nl]]>", "dinsdag 18 november 2025 16:02",
                  "[[PERSON|Lagerweij, Bert]] <[[EMAIL|b.lagerweij@maasbergen.nl]]>; [[PERSON|Ouwehand, Femke]] <[[EMAIL|f.ouwehand@maasbergen.nl]]>",
                  "RE: RE: klacht marktgeld en intrekking", "[[PERSON|Wit, Hans de]] <[[EMAIL|h.dewit@maasbergen.nl]]>")),
    ("p", "Collega's,\n\nDe klacht van de heer [[PERSON|Kuipers]] behandel ik als bezwaar tegen de intrekking (art. 5.2 {{LAW|Marktverordening Maasbergen 2025}}) en voor het deel over jullie bejegening als klacht. Willen jullie de dagrapporten van week 38 tot en met 44 aanleveren? Daar moet uit blijken dat plaats 23 niet is ingenomen. Ik wil ook weten of hij zich ziek heeft gemeld; hij noemt in zijn mail zijn [[HEALTH|rugoperatie]]."),
    ("p", "Groet,\nJeroen\n\nmr. [[PERSON|J. van der Heijden]] | juridisch adviseur | team {{ORG|Juridische Zaken}} | [[PHONE|0412-683 455]] | bereikbaar ma t/m do"),
    ("p", outlook("[[PERSON|Lagerweij, Bert]] <[[EMAIL|b.lagerweij@maasbergen.nl]]>", "dinsdag 18 november 2025 11:40",
                  "[[PERSON|Heijden, Jeroen van der]] <[[EMAIL|j.vanderheijden@maasbergen.nl]]>", "RE: klacht marktgeld en intrekking")),
    ("p", "Hoi [[PERSON|Jeroen]], [[PERSON|Sjaak]] heeft sinds de zomer zes keer niet gestaan zonder af te melden. Hij belde pas toen de brief er was. Volgens mij doet hij nu op de markt in {{LOC|Veghel}} en {{LOC|Boxtel}} wel gewoon zijn ding. Dagrapporten komen van [[PERSON|Femke]]. Bert"),
    ("pb",),
    ("p", outlook("[[PERSON|Sjaak Kuipers]] <[[EMAIL|sjaakie.kuipers67@gmail.com]]>", "zondag 16 november 2025 22:51",
                  "Markt <{{FUNC_EMAIL|markt@maasbergen.nl}}>", "klacht marktgeld en intrekking", "{{FUNC_EMAIL|info@cvah.nl}}")),
    ("p", "Geachte heer/mevrouw,"),
    ("p", "Ik krijg een brief dat mijn vergunning voor plaats 23 wordt ingetrokken en tegelijk een nota van het marktgeld over het vierde kwartaal van € 412,80 ({{REF|factuur 2025-MG-0877}}). Dat kan toch niet allebei? Ik heb na mijn [[HEALTH|rugoperatie]] in het {{ORG|Bernhoven}} ziekenhuis een paar weken niet gekund, dat weet de marktmeester heel goed. Hij heeft het op mij gemunt sinds het gedoe met de stroomkast in 2023."),
    ("p", "Ik wil een gesprek met de wethouder. Ik ben bereikbaar op [[PHONE|06-24 88 17 03]] of thuis [[PHONE|0413 - 24 55 18]], [[ADDRESS|Hoogstraat 118]], [[ADDRESS|5469 ER Erp]]."),
    ("p", "[[PERSON|S. Kuipers]]\nKuipers Markthandel, KvK [[KVK|57018846]]"),
]),

# ---------------------------------------------------------------- mk12 scan: handwritten complaint
D("mk12", render="scan", info=SCAN, title="Scan klachtbrief", scan_lines=[
    ("h", "Maasbergen, 3 december 2025"),
    ("h", "Aan de marktmeester, gemeente Maasbergen"),
    ("h", ""),
    ("h", "Geachte heer,"),
    ("h", "Zaterdag 29 november werd mijn kraam verplaatst"),
    ("h", "naar de hoek bij de Burgemeester Dekkerstraat."),
    ("h", "Daar komt geen klant. Uw collega mevrouw [[PERSON|Ouwehand]]"),
    ("h", "zei dat het zo moest van de loting. Ik sta op"),
    ("h", "de wachtlijst als nummer 8 sinds 2022."),
    ("h", "Ik vraag u dit te herstellen."),
    ("h", ""),
    ("h", "[[PERSON|Ria Schoenmakers-de Graaf]]"),
    ("h", "[[ADDRESS|Lindenlaan 76]]"),
    ("h", "tel. [[PHONE|0412-45 90 31]]"),
    ("h", "geboren [[DOB|12-05-1957]]"),
    ("s", ""),
    ("s", "ontvangen 04-12-2025 [[INITIALS|BL]]"),
]),

# ---------------------------------------------------------------- mk13 market master's daily log (2 pages)
LOG = [["datum", "tijd", "plaats", "waarneming / actie", "paraaf"]]
_rows = [
    ("{{DATE|04-10-2025}}", "07:15", "23", "plaats 23 niet ingenomen, geen afmelding [[PERSON|Kuipers]]; dagplaats gegeven aan [[PERSON|Pawłowski]]", "[[INITIALS|BL]]"),
    ("{{DATE|04-10-2025}}", "09:40", "12", "stroomkast K3 uitgevallen, {{ORG|Enexis}} gebeld (storingsnummer {{PUBLIC_PHONE|0800-9009}})", "[[INITIALS|FO]]"),
    ("{{DATE|11-10-2025}}", "07:20", "23", "weer niet ingenomen; [[PERSON|Sjaak]] niet bereikbaar op [[PHONE|06-24 88 17 03]]", "[[INITIALS|BL]]"),
    ("{{DATE|11-10-2025}}", "11:05", "8", "klacht klant over vis; koelwagen [[PERSON|Van 't Hek]] op 6 graden, in orde", "[[INITIALS|FO]]"),
    ("{{DATE|18-10-2025}}", "07:10", "31", "[[PERSON|Kaya]] zonder kraamverzekering, gewezen op art. 11 {{LAW|Marktverordening Maasbergen 2025}}", "[[INITIALS|BL]]"),
    ("{{DATE|18-10-2025}}", "13:30", "-", "boa [[PERSON|Y. Amrani]] assistentie bij ruzie [[PERSON|ter Beek]] / [[PERSON|Hermsen]] over frontbreedte", "[[INITIALS|FO]]"),
    ("{{DATE|25-10-2025}}", "07:25", "23", "niet ingenomen (3e keer op rij); brief intrekking voorbereid door [[INITIALS|JvdH]]", "[[INITIALS|BL]]"),
    ("{{DATE|01-11-2025}}", "07:05", "19", "[[PERSON|Lan]] (Saigon Snacks) gasfles zonder keuring, niet toegestaan; {{ORG|Veiligheidsregio Brabant-Noord}} ingelicht", "[[INITIALS|BL]]"),
    ("{{DATE|01-11-2025}}", "10:50", "-", "{{ORG|CVAH}} ([[PERSON|Verschuren]]) op de markt, gesprek met kooplieden over loting", "[[INITIALS|FO]]"),
    ("{{DATE|08-11-2025}}", "07:15", "40", "[[PERSON|Hoogendoorn]] vraagt of verkoopwagen [[PLATE|VR-218-K]] op de stoep mag blijven; nee", "[[INITIALS|BL]]"),
    ("{{DATE|15-11-2025}}", "07:30", "23", "niet ingenomen; intrekking verzonden 14-11", "[[INITIALS|FO]]"),
    ("{{DATE|15-11-2025}}", "12:15", "8", "mevr. [[PERSON|van 't Hek]] emotioneel, dochter [[PERSON|Sandra]] erbij; verwezen naar wethouder", "[[INITIALS|BL]]"),
    ("{{DATE|22-11-2025}}", "07:10", "-", "vorst, markt later opgebouwd; {{ORG|Kraamverhuur Zuid B.V.}} 40 min te laat", "[[INITIALS|FO]]"),
    ("{{DATE|29-11-2025}}", "07:20", "14-17", "proefopstelling {{LOC|Marktplein}} ivm {{MISC|Hart van Maasbergen}}; mevr. [[PERSON|Schoenmakers]] ontevreden", "[[INITIALS|FO]]"),
    ("{{DATE|06-12-2025}}", "07:15", "-", "Sinterklaasmarkt, 6 extra dagplaatsen; [[PERSON|M. Wijnen-Arts]] (invaller) helpt", "[[INITIALS|BL]]"),
    ("{{DATE|13-12-2025}}", "08:00", "35", "[[PERSON|Bart]] van de wafels heeft schade aan kraam door storm, melding verzekeraar", "[[INITIALS|MWA]]"),
]
for r in _rows:
    LOG.append(list(r))
D("mk13", font="cond", size=9, info=ITEXT, footer="Dagrapporten marktmeester - export {{MISC|MB-Online}} - {{REF|MB-DR-2025-Q4}}",
  title="Dagrapporten marktmeester oktober-december 2025", blocks=[
    ("h", "Dagrapporten marktmeester zaterdagmarkt, 4 oktober t/m 13 december 2025"),
    ("p", "Export uit {{MISC|MB-Online}} op 20 januari 2026 voor {{REF|WOO-2026-0007}}. Paraafcodes: [[INITIALS|BL]] = marktmeester, [[INITIALS|FO]] = assistent-marktmeester, [[INITIALS|MWA]] = invalkracht. De marktmeester begint om 06:30 uur op het {{LOC|Marktplein}}; de markt is open van 08:00 tot 13:00 uur."),
    ("table", LOG, [22, 12, 14, 100, 14]),
    ("pb",),
    ("h", "Samenvatting weekstaten (door [[PERSON|F. Ouwehand]])"),
    ("table", [["week", "vaste plaatsen ingenomen", "dagplaatsen", "marktgeld dagplaatsen", "bijzonderheden"],
               ["40", "38 van 41", "5", "{{MISC|€ 187,50}}", "plaats 23 leeg"],
               ["42", "37 van 41", "6", "{{MISC|€ 225,00}}", "Enexis storing"],
               ["44", "39 van 41", "4", "{{MISC|€ 150,00}}", "CVAH op de markt"],
               ["46", "36 van 41", "7", "{{MISC|€ 262,50}}", "intrekking plaats 23"],
               ["49", "41 van 41", "12", "{{MISC|€ 450,00}}", "Sinterklaasmarkt"]]),
    ("p", "Opmerking [[PERSON|Femke]]: het rooster voor januari volgt. [[PERSON|Bert]] is van 27-12 t/m 10-01 met verlof; vervanging [[PERSON|Marloes Wijnen-Arts]], bereikbaar via [[PHONE|06-15 02 93 66]]."),
]),

# ---------------------------------------------------------------- mk14 daily log week 2, docx
D("mk14", render="docx", docx_author="Marloes Wijnen-Arts", info={"Producer": "LibreOffice 7.6", "Author": "Wijnen-Arts, M."},
  hidden=[("PERSON", "metadata", "Wijnen-Arts, M.")], title="Dagrapport 10 januari 2026", blocks=[
    ("h", "Dagrapport zaterdagmarkt 10 januari 2026"),
    ("p", "Marktmeester van dienst: [[PERSON|M. Wijnen-Arts]] (paraaf [[INITIALS|MWA]]), ondersteund door [[PERSON|F. Ouwehand]] ([[INITIALS|FO]]). Weer: droog, min 2 graden. Eerste markt met de nieuwe indeling volgens {{REF|LOT-2025-02}}."),
    ("table", [["tijd", "plaats", "gebeurtenis", "paraaf"],
               ["06:40", "8", "Bloemenhandel [[PERSON|Şahin]] staat voor het eerst op 8; mevr. [[PERSON|van 't Hek]] kwam kijken", "[[INITIALS|MWA]]"],
               ["07:30", "23", "[[PERSON|El Khayari]] opgebouwd, kraam 1 meter te breed, aangepast", "[[INITIALS|FO]]"],
               ["08:15", "20", "[[PERSON|Nguyễn]] vraagt om extra stroom; kast K5 vol", "[[INITIALS|MWA]]"],
               ["10:00", "-", "wethouder {{OFFICE|Van Dongen-Smit}} en burgemeester {{OFFICE|Lensink}} bezoeken de markt met {{ORG|Maasbergsch Dagblad}}", "[[INITIALS|MWA]]"],
               ["11:20", "23", "dhr. [[PERSON|Kuipers]] op de markt, scheldt op assistent-marktmeester; boa [[PERSON|Amrani]] gebeld", "[[INITIALS|FO]]"],
               ["12:45", "-", "melding gevonden portemonnee (eigenaar [[PERSON|G. van Oss]], [[ADDRESS|Schoolstraat 4]]) afgegeven bij {{ORG|Politie Oost-Brabant}}", "[[INITIALS|MWA]]"]]),
    ("p", "Marktgeld geïnd voor 6 dagplaatsen. Afrekening naar {{ORG|team Belastingen}}. Volgende markt: 17 januari, [[PERSON|Bert]] weer terug."),
]),

# ---------------------------------------------------------------- mk15 WhatsApp export
D("mk15", font="mono", size=8.5, info={"Producer": "Skia/PDF m120", "Creator": "Chrome"}, title="WhatsApp Chat - Marktteam", blocks=[
    ("p", "WhatsApp-chat met Marktteam Maasbergen\nExport 20-01-2026 (deelnemers: [[PERSON|Bert L]], [[PERSON|Femke O.]], [[PERSON|Marloes]], [[PHONE|+31 6 28714096]])"),
    ("p", "28-10-25 21:48 - [[PERSON|Bert L]]: Loting klaar. [[PERSON|Verschuren]] liet alles notuleren, typisch CVAH"),
    ("p", "28-10-25 21:50 - [[PERSON|Femke O.]]: En [[PERSON|Lan]]? Die was echt boos. Zei dat de envelop dubbel was"),
    ("p", "28-10-25 21:51 - [[PERSON|Bert L]]: Klerk heeft het gecontroleerd. Klopt niet"),
    ("p", "15-11-25 07:32 - [[PERSON|Femke O.]]: 23 weer leeg. [[PERSON|Sjaakie]] is echt weg denk ik"),
    ("p", "15-11-25 07:33 - [[PERSON|Bert L]]: Brief is gisteren weg. Als hij komt: rustig blijven en [[PERSON|Youssef]] bellen [[PHONE|06-47 70 21 55]]"),
    ("p", "15-11-25 12:20 - [[PERSON|Femke O.]]: [[PERSON|Nel]] stond te huilen bij haar wagen. Dochter was er ook. Zij wil naar de wethouder"),
    ("p", "15-11-25 12:22 - [[PERSON|Bert L]]: Snap ik. Verwijs naar {{FUNC_EMAIL|markt@maasbergen.nl}}, niet zelf beloven"),
    ("p", "06-12-25 06:51 - [[PERSON|Marloes]]: Ik sta bij de stroomkast, sleutel ligt niet in de kluis? Code is toch 4471?"),
    ("p", "06-12-25 06:53 - [[PERSON|Bert L]]: Ligt bij {{ORG|Kraamverhuur Zuid}}. Bel [[PERSON|Gijs]] [[PHONE|06 19 80 42 77]]"),
    ("p", "10-01-26 11:25 - [[PERSON|Femke O.]]: [[PERSON|Kuipers]] is er, hij is niet lief. Boa komt"),
    ("p", "10-01-26 11:41 - [[PERSON|Marloes]]: Opgelost. Verslag in {{MISC|MB-Online}}"),
]),

# ---------------------------------------------------------------- mk16 e-mail thread with CVAH (2 pages)
D("mk16", font="helv", size=9.5, info=OUTL, title="RE: loting vaste plaatsen Maasbergen", blocks=[
    ("p", outlook("[[PERSON|Groeneveld-Posthuma, Marieke]] <[[EMAIL|m.groeneveld@maasbergen.nl]]>", "woensdag 22 oktober 2025 10:12",
                  "'[[PERSON|Ton Verschuren]]' <[[EMAIL|t.verschuren@cvah.nl]]>", "RE: loting vaste plaatsen Maasbergen",
                  "[[PERSON|Lagerweij, Bert]] <[[EMAIL|b.lagerweij@maasbergen.nl]]>; {{FUNC_EMAIL|info@cvah.nl}}")),
    ("p", "Beste [[PERSON|Ton]],\n\nDank voor je reactie namens de {{ORG|Centrale Vereniging voor Ambulante Handel}}. De {{LAW|Marktverordening Maasbergen 2025}} is op 3 juli 2025 door de raad vastgesteld. Artikel 7 schrijft voor dat schaarse vaste plaatsen worden verdeeld door loting onder de gegadigden met de meeste punten; dat volgt uit de {{LAW|Dienstenwet}} en de rechtspraak over schaarse vergunningen (onder meer {{REF|ECLI:NL:RVS:2016:2927}}). De anciënniteit telt dus wel mee, maar niet als enige criterium."),
    ("p", "Je bent welkom als waarnemer op 28 oktober om 19:00 uur in de {{LOC|Pieter Postzaal}}. De loting gebeurt onder toezicht van {{ORG|Notariskantoor De Maaspoort}}."),
    ("p", "Met vriendelijke groet,\n[[PERSON|Marieke Groeneveld-Posthuma]]\nbeleidsmedewerker economische zaken\n{{ORG|gemeente Maasbergen}} | [[PHONE|(0412) 68 34 21]] | werkdagen ma, di, do"),
    ("p", outlook("[[PERSON|Ton Verschuren]] <[[EMAIL|t.verschuren@cvah.nl]]>", "maandag 20 oktober 2025 17:33",
                  "[[PERSON|Groeneveld-Posthuma, Marieke]] <[[EMAIL|m.groeneveld@maasbergen.nl]]>", "loting vaste plaatsen Maasbergen",
                  "[[PERSON|Priya Jagesar]] <[[EMAIL|p.jagesar@cvah.nl]]>")),
    ("p", "Beste mevrouw [[PERSON|Groeneveld]],"),
    ("p", "Onze leden in {{LOC|Maasbergen}} maken zich grote zorgen. Kooplieden die 20 jaar of langer op de markt staan, zoals mevrouw [[PERSON|van 't Hek]] van de vis, verliezen hun plek terwijl ze een gezin moeten onderhouden. Wij vinden dat de {{ORG|CVAH}} vooraf had moeten worden betrokken, zoals afgesproken in het {{MISC|Marktconvenant Brabant 2022}}."),
    ("pb",),
    ("p", "Wij verzoeken u de loting uit te stellen tot na een gesprek met wethouder {{OFFICE|Van Dongen-Smit}}. Onze juriste mevrouw [[PERSON|Jagesar]] bekijkt of de overgangsregeling (artikel 15) juist is toegepast. U kunt mij bereiken op [[PHONE|06-53 90 14 72]]; het algemene nummer van de CVAH is {{PUBLIC_PHONE|030 - 240 04 80}}."),
    ("p", "Met vriendelijke groet,\n\n[[PERSON|Ton Verschuren]]\nregiobestuurder Zuid\n{{ORG|Centrale Vereniging voor Ambulante Handel}}\n{{LOC|Waterwin 7}}, {{LOC|Nieuwegein}}"),
]),

# ---------------------------------------------------------------- mk17 CVAH letter, XMP creator
D("mk17", font="times", size=10.5, info={"Producer": "Microsoft® Word 2016", "Creator": "Microsoft® Word 2016"},
  xmp_creator="Priya Jagesar", hidden=[("PERSON", "metadata", "Priya Jagesar")], title="Brief CVAH aan college", blocks=[
    ("p", "{{ORG|Centrale Vereniging voor Ambulante Handel}}\n{{LOC|Waterwin 7}} - {{LOC|Nieuwegein}} - {{FUNC_EMAIL|info@cvah.nl}} - {{PUBLIC_PHONE|030 - 240 04 80}}"),
    ("p", "Aan het college van burgemeester en wethouders van Maasbergen\nPostbus 1200\n5360 AA Maasbergen"),
    ("p", "Nieuwegein, {{DATE|5 november 2025}}\nOns kenmerk: {{REF|CVAH/ZU/2025-114}}\nBetreft: verdeling vaste standplaatsen zaterdagmarkt"),
    ("p", "Geacht college,"),
    ("p", "De {{ORG|CVAH}} behartigt de belangen van ruim 4.500 ambulante handelaren. Op 28 oktober jl. heeft in uw gemeente een loting plaatsgevonden. Onze regiobestuurder was als waarnemer aanwezig. Wij hebben de volgende bezwaren:"),
    ("p", "1. De overgangsregeling van artikel 15 {{LAW|Marktverordening Maasbergen 2025}} biedt bestaande vergunninghouders onvoldoende bescherming. Een overgangstermijn van zes maanden is kort vergeleken met de {{MISC|Modelverordening Markten}} van de {{ORG|VNG}}.\n2. De branchering is niet onderbouwd met een marktanalyse.\n3. De vergunning van een lid is ingetrokken wegens niet-innemen, terwijl het lid aantoonbaar ziek was."),
    ("p", "Wij verzoeken u de uitkomst voor plaats 8 en plaats 23 te heroverwegen en in overleg te treden met de {{ORG|CVAH}} en de marktcommissie."),
    ("p", "Hoogachtend,\n{{ORG|Centrale Vereniging voor Ambulante Handel}}\n\n[[PERSON|A.C.M. (Ton) Verschuren]]\nregiobestuurder Zuid"),
]),

# ---------------------------------------------------------------- mk18 reply signed by the wethouder
D("mk18", font="helv", size=10, info=WORD, title="Antwoord aan CVAH", blocks=[
    ("p", "Gemeente Maasbergen\n{{LOC|Stadhuisplein 1}}, Postbus 1200, 5360 AA Maasbergen - {{PUBLIC_PHONE|14 0412}} - {{FUNC_EMAIL|gemeente@maasbergen.nl}}"),
    ("p", "{{ORG|Centrale Vereniging voor Ambulante Handel}}\nt.a.v. de heer [[PERSON|A.C.M. Verschuren]]\n{{LOC|Waterwin 7}}\n3438 AB Nieuwegein"),
    ("p", "Datum: {{DATE|25 november 2025}}\nUw kenmerk: {{REF|CVAH/ZU/2025-114}}\nOns kenmerk: {{REF|Z/25/118744}}\nContactpersoon: [[PERSON|M.A. Groeneveld-Posthuma]], telefoon [[PHONE|(0412) 68 34 21]]"),
    ("p", "Onderwerp: verdeling vaste standplaatsen zaterdagmarkt"),
    ("p", "Geachte heer [[PERSON|Verschuren]],"),
    ("p", "In uw brief van {{DATE|5 november 2025}} maakt u bezwaar tegen de loting van vaste standplaatsen. Het college hecht aan een goede verhouding met de ambulante handel en met de {{ORG|CVAH}}. Tegelijk zijn wij gehouden aan de {{LAW|Dienstenwet}}: schaarse vergunningen worden voor bepaalde tijd en op transparante wijze verdeeld. De raad heeft daarom in de {{LAW|Marktverordening Maasbergen 2025}} gekozen voor een puntensysteem met loting bij gelijke kansen."),
    ("p", "Op individuele zaken gaan wij in deze brief niet in; de betrokken kooplieden ontvangen een eigen besluit waartegen zij bezwaar kunnen maken. Wel nodigen wij de {{ORG|CVAH}} en de marktcommissie uit voor een evaluatie van de verordening in het voorjaar van 2026. Wethouder {{OFFICE|Van Dongen-Smit}} zit dat overleg voor."),
    ("p", "Hoogachtend,\nburgemeester en wethouders van Maasbergen,\n\nde secretaris,                          de burgemeester,\n\n{{OFFICE|drs. R.W. Hofstede}}                    {{OFFICE|W.J.M. Lensink}}"),
]),

# ---------------------------------------------------------------- mk19 beslisnota (2 pages)
D("mk19", font="dv", size=9.5, info={**ASPOSE, "Author": "Groeneveld-Posthuma, M.A."},
  hidden=[("PERSON", "metadata", "Groeneveld-Posthuma, M.A.")], title="Beslisnota indeling weekmarkt 2026", blocks=[
    ("h", "Beslisnota aan het college"),
    ("table", [["Aan", "college van burgemeester en wethouders"], ["Portefeuillehouder", "wethouder {{OFFICE|I. van Dongen-Smit}} (Economie, Markten)"],
               ["Van", "team {{ORG|Economie en Vergunningen}}, [[PERSON|M.A. Groeneveld-Posthuma]]"],
               ["Datum", "{{DATE|30 oktober 2025}}"], ["Zaaknummer", "{{REF|Z/25/118744}}"],
               ["Contactpersoon", "[[PERSON|Marieke Groeneveld-Posthuma]], [[PHONE|(0412) 68 34 21]], [[EMAIL|m.groeneveld@maasbergen.nl]]"]], [40, 120]),
    ("h", "Aanleiding"),
    ("p", "Op 28 oktober 2025 is onder notarieel toezicht geloot over negen vrijgekomen vaste standplaatsen op de zaterdagmarkt. Het college stelt de uitslag en het indelingsplan per 3 januari 2026 vast (artikel 7 en 8 {{LAW|Marktverordening Maasbergen 2025}})."),
    ("h", "Geadviseerd besluit"),
    ("p", "1. De uitslag van de loting {{REF|LOT-2025-02}} en het indelingsplan vast te stellen.\n2. De vergunning voor plaats 23 in te trekken wegens structureel niet-innemen (artikel 5.2).\n3. De {{ORG|CVAH}} uit te nodigen voor een evaluatie in het voorjaar van 2026."),
    ("h", "Kern"),
    ("p", "Er waren 16 gegadigden op de wachtlijst. Het puntensysteem en de loting zijn juridisch getoetst door team {{ORG|Juridische Zaken}}. Risico: bezwaarprocedures van kooplieden die hun plaats verliezen (vis, plaats 8) en van de houder van plaats 23. De houder van plaats 8 heeft zich niet binnen de overgangstermijn opnieuw aangemeld; de marktmeester heeft haar daar in april 2025 mondeling op gewezen."),
    ("pb",),
    ("h", "Krachtenveld"),
    ("p", "De {{ORG|CVAH}} is tegen loting. Raadslid {{OFFICE|Arslan}} ({{ORG|PvdA}}) heeft aangekondigd vragen te stellen over de vishandel. Het {{ORG|Maasbergsch Dagblad}} heeft een Woo-verzoek aangekondigd. Communicatie: persbericht na collegebesluit, woordvoering door de wethouder."),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "[nog in te vullen]"),
    ("h", "Paraaf"),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["[[PERSON|M.A. Groeneveld-Posthuma]]", "beleidsmedewerker", "[[INITIALS|MGP]]", "30-10-2025"],
               ["[[PERSON|J. van der Heijden]]", "juridisch adviseur", "[[INITIALS|JvdH]]", "31-10-2025"],
               ["[[PERSON|H. de Wit]]", "teamleider Economie", "[[INITIALS|HdW]]", "31-10-2025"],
               ["{{OFFICE|I. van Dongen-Smit}}", "wethouder", "akkoord", "03-11-2025"]]),
]),

# ---------------------------------------------------------------- mk20 raadsinformatiebrief
D("mk20", font="helv", size=10, info={**NITRO, "Author": "Hans de Wit"}, hidden=[("PERSON", "metadata", "Hans de Wit")],
  title="Raadsinformatiebrief vaste standplaatsen weekmarkt", blocks=[
    ("h", "Raadsinformatiebrief"),
    ("p", "Aan: de leden van de gemeenteraad van Maasbergen\nVan: het college van burgemeester en wethouders\nDatum: {{DATE|6 november 2025}}\nNummer: {{REF|RIB 2025-061}}\nPortefeuillehouder: wethouder {{OFFICE|Van Dongen-Smit}}"),
    ("p", "Onderwerp: uitslag loting vaste standplaatsen zaterdagmarkt"),
    ("p", "Met deze brief informeren wij u over de eerste verdeling van vaste standplaatsen onder de {{LAW|Marktverordening Maasbergen 2025}}, die uw raad op 3 juli 2025 heeft vastgesteld. Op 28 oktober 2025 zijn negen plaatsen verloot onder zestien gegadigden. De loting is begeleid door {{ORG|Notariskantoor De Maaspoort}}. De {{ORG|Centrale Vereniging voor Ambulante Handel}} was als waarnemer aanwezig."),
    ("p", "Twee kooplieden verliezen hun vaste plaats. Over individuele kooplieden doen wij in deze openbare brief geen mededelingen. Met de {{ORG|CVAH}} en de marktcommissie evalueren wij de verordening in het voorjaar van 2026. De uitkomst bespreken wij met de commissie {{ORG|Economie en Middelen}}."),
    ("p", "Het project {{MISC|Hart van Maasbergen}} leidt in 2026 tot een tijdelijke verplaatsing van vier kramen van de {{LOC|Kerkstraat}} naar het {{LOC|Marktplein}}. De {{LOC|Burgemeester Dekkerstraat}} blijft op marktdagen afgesloten tot 14:00 uur."),
    ("p", "Burgemeester en wethouders van Maasbergen,\nde secretaris, {{OFFICE|drs. R.W. Hofstede}}\nde burgemeester, {{OFFICE|W.J.M. Lensink}}"),
]),

# ---------------------------------------------------------------- mk21 committee minutes (docx, 2 pages)
D("mk21", render="docx", docx_author="Griffie", info={"Producer": "LibreOffice 7.6", "Author": "Brouwer, L."},
  hidden=[("PERSON", "metadata", "Brouwer, L.")], title="Verslag commissie Economie en Middelen 20 november 2025", blocks=[
    ("h", "Verslag commissie Economie en Middelen, {{DATE|20 november 2025}}"),
    ("table", [["Aanwezig", ""],
               ["voorzitter", "{{OFFICE|E. Timmermans}} (CDA)"],
               ["raadsleden", "{{OFFICE|T. Arslan}} (PvdA), {{OFFICE|E.J. Vos}} (VVD), {{OFFICE|M. Bakx}} (Lokaal Maasbergen), {{OFFICE|S. de Leeuw}} (GroenLinks)"],
               ["college", "wethouder {{OFFICE|I. van Dongen-Smit}}"],
               ["ambtelijk", "[[PERSON|M. Groeneveld-Posthuma]] (team Economie), [[PERSON|H. de Wit]] (teamleider)"],
               ["commissiegriffier", "[[PERSON|L. Brouwer]]"]]),
    ("h", "3. Inspreekrecht"),
    ("p", "Mevrouw [[PERSON|P.M. van 't Hek]] spreekt in over het verlies van haar standplaats. Zij staat 22 jaar op de markt en vraagt de commissie om een hardheidsclausule. Zij wordt bijgestaan door haar dochter. De heer [[PERSON|Verschuren]] spreekt in namens de {{ORG|CVAH}} en bepleit anciënniteit als hoofdcriterium."),
    ("h", "4. Raadsinformatiebrief loting weekmarkt ({{REF|RIB 2025-061}})"),
    ("p", "De heer {{OFFICE|Arslan}} vraagt of het college bereid is een hardheidsclausule op te nemen. Een koopvrouw die ziek was, mag daar niet de dupe van worden. De heer {{OFFICE|Vos}} vindt dat de verordening juist is toegepast: 'wie loot, kan verliezen'. Mevrouw {{OFFICE|Bakx}} vraagt hoe de marktmeesters met de kooplieden omgaan; zij hoort klachten over bejegening."),
    ("pb",),
    ("p", "Wethouder {{OFFICE|Van Dongen-Smit}} antwoordt dat de raad zelf voor loting heeft gekozen en dat het college geen uitzonderingen kan maken buiten de verordening. Een hardheidsclausule kan bij de evaluatie in 2026 aan de orde komen. Over individuele gevallen kan zij in het openbaar niets zeggen. Over bejegening: klachten worden behandeld volgens de {{LAW|Klachtenregeling gemeente Maasbergen}}."),
    ("p", "Mevrouw {{OFFICE|De Leeuw}} vraagt naar de kosten van de notaris. De wethouder zegt toe dit schriftelijk te laten weten."),
    ("h", "Actielijst"),
    ("table", [["nr", "actie", "wie", "wanneer"],
               ["25-41", "kosten notaris loting schriftelijk aan commissie", "wethouder / [[INITIALS|MGP]]", "december 2025"],
               ["25-42", "evaluatie verordening met CVAH en marktcommissie", "[[INITIALS|HdW]]", "april 2026"],
               ["25-43", "klachten bejegening: overzicht", "[[INITIALS|JvdH]]", "januari 2026"]]),
    ("p", "Verslag: [[PERSON|Lotte Brouwer]], commissiegriffier."),
]),

# ---------------------------------------------------------------- mk22 council questions and answers (2 pages)
D("mk22", font="times", size=10.5, info=WORD, title="Schriftelijke vragen art. 41 vaste standplaatsen", blocks=[
    ("h", "Schriftelijke vragen ex artikel 41 {{LAW|Reglement van orde}}"),
    ("p", "Vragensteller: raadslid {{OFFICE|Tuncay Arslan}} ({{ORG|PvdA}})\nDatum: {{DATE|12 november 2025}}\nNummer: {{REF|SV 2025-038}}\nOnderwerp: vishandel verliest plaats op zaterdagmarkt"),
    ("p", "1. Klopt het dat een vishandel die al 46 jaar (twee generaties) op de markt staat haar vaste plaats verliest?\n2. Heeft de marktmeester de koopvrouw gewezen op de termijn om zich opnieuw aan te melden?\n3. Is het college bereid een hardheidsclausule in de {{LAW|Marktverordening Maasbergen 2025}} op te nemen?\n4. Hoe voorkomt het college dat de zaterdagmarkt zijn vishandel verliest, nu er geen andere viskraam is?"),
    ("h", "Antwoord van het college ({{DATE|9 december 2025}})"),
    ("p", "1. Het college doet in openbare stukken geen uitspraken over individuele vergunninghouders. In het algemeen geldt dat vergunningen van vóór 1 januari 2025 op grond van artikel 15 van de verordening eindigen op 31 december 2025 en dat houders zich binnen zes maanden opnieuw konden aanmelden. Alle houders zijn hierover op {{DATE|14 januari 2025}} schriftelijk geïnformeerd."),
    ("p", "2. De marktmeesters hebben in het voorjaar van 2025 alle kooplieden ook mondeling geïnformeerd. Van die gesprekken is geen verslag gemaakt."),
    ("pb",),
    ("p", "3. Het college komt bij de evaluatie in het voorjaar van 2026 met een voorstel. De {{ORG|VNG}} en de {{ORG|CVAH}} worden daarbij betrokken."),
    ("p", "4. De branche vis is in het branchebeleid opgenomen met één plaats. Die plaats is per 3 januari 2026 vacant en wordt aangeboden aan de eerste gegadigde in deze branche. Tot die tijd staat er een dagplaatshouder met vis."),
    ("p", "Burgemeester en wethouders van Maasbergen,\nde secretaris, {{OFFICE|drs. R.W. Hofstede}}           de burgemeester, {{OFFICE|W.J.M. Lensink}}"),
    ("p", "Ambtelijke voorbereiding: [[PERSON|M.A. Groeneveld-Posthuma]] ([[INITIALS|MGP]]), gecontroleerd [[INITIALS|HdW]] {{DATE|4 december 2025}}."),
]),

# ---------------------------------------------------------------- mk23 enforcement report (boa)
D("mk23", font="helv", size=9.5, info=ITEXT, title="Rapport van bevindingen markt 10-01-2026", blocks=[
    ("h", "Rapport van bevindingen - toezicht en handhaving"),
    ("p", "Zaaknummer: {{REF|HH-2026-0031}}\nOpgemaakt door: [[PERSON|Youssef Amrani]], buitengewoon opsporingsambtenaar, BOA-nummer [[ID|BOA-27714]]\nLocatie: zaterdagmarkt, {{LOC|Marktplein}} bij plaats 23, {{LOC|Maasbergen}}\nDatum en tijd: {{DATE|10 januari 2026}}, 11:28 uur"),
    ("p", "Op verzoek van de assistent-marktmeester ben ik ter plaatse gegaan. Ik zag een man, die later bleek te zijn: [[PERSON|Jacobus (Sjaak) Kuipers]], geboren [[DOB|14-07-1967]] te {{LOC|Veghel}}, wonende [[ADDRESS|Hoogstraat 118]], [[ADDRESS|5469 ER Erp]]. Hij riep herhaaldelijk tegen de assistent-marktmeester dat zij 'een leugenaar' was. Hij stond naast zijn bestelbus met kenteken [[PLATE|VKL-64-B]], geparkeerd op de {{LOC|Kerkstraat}} waar op marktdagen een parkeerverbod geldt."),
    ("p", "Ik heb hem gevorderd zich te legitimeren (rijbewijs nummer [[ID|5108836412]]) en hem gewezen op artikel 2:48 {{LAW|APV Maasbergen}}. Hij werd rustig. Ik heb een bekeuring uitgeschreven (feitcode {{REF|R397b}}, {{MISC|€ 110,00}}). Getuige: [[PERSON|Gijs van Lieshout]], medewerker {{ORG|Kraamverhuur Zuid B.V.}}, [[PHONE|06 19 80 42 77]]."),
    ("p", "Waar opgemaakt en getekend te Maasbergen op {{DATE|10 januari 2026}}.\n[[PERSON|Y. Amrani]], boa domein I"),
]),

# ---------------------------------------------------------------- mk24 sole trader's invoice
D("mk24", font="cour", size=9.5, info=PDFPEN, title="Factuur 2025-117", blocks=[
    ("h", "Marktkramen [[PERSON|Kuipers]] - verhuur en opbouw"),
    ("p", "[[PERSON|J. Kuipers]] | [[ADDRESS|Hoogstraat 118]] | [[ADDRESS|5469 ER Erp]]\nKvK [[KVK|57018846]] | btw [[VAT|NL001874463B72]] | IBAN [[IBAN|NL19 INGB 0006 6217 45]]\n[[PHONE|06-24 88 17 03]] | [[EMAIL|sjaakie.kuipers67@gmail.com]]"),
    ("p", "Aan: {{ORG|gemeente Maasbergen}}, team {{ORG|Economie en Vergunningen}}, Postbus 1200, 5360 AA Maasbergen\nFactuurnummer: {{REF|2025-117}}   Factuurdatum: {{DATE|8 september 2025}}\nUw inkoopordernummer: {{REF|IO-25-04471}}"),
    ("table", [["omschrijving", "aantal", "prijs", "totaal"],
               ["huur marktkraam 4 m, Kermismarkt", "6", "{{MISC|€ 35,00}}", "{{MISC|€ 210,00}}"],
               ["opbouw en afbouw", "1", "{{MISC|€ 95,00}}", "{{MISC|€ 95,00}}"],
               ["zeilen en verlichting", "6", "{{MISC|€ 12,50}}", "{{MISC|€ 75,00}}"],
               ["btw 21%", "", "", "{{MISC|€ 79,80}}"],
               ["totaal", "", "", "{{MISC|€ 459,80}}"]], [80, 20, 30, 30]),
    ("p", "Betaling binnen 30 dagen op [[IBAN|NL19 INGB 0006 6217 45]] t.n.v. [[PERSON|J. Kuipers]] o.v.v. factuurnummer."),
    ("p", "Goedgekeurd voor betaling: [[INITIALS|BL]] 10/9 - budgetnummer {{REF|6.310.02}}"),
]),

# ---------------------------------------------------------------- mk25 Teams chat
D("mk25", font="dv", size=9, info={"Producer": "Microsoft: Print To PDF", "Creator": "Microsoft Teams"}, title="Teams-chat loting", blocks=[
    ("h", "Chat: Markt & loting (Microsoft Teams)"),
    ("p", "[[PERSON|Groeneveld-Posthuma, Marieke]]  27-10-2025 16:02\n[[PERSON|Jesse]], jij trekt morgen de enveloppen. Niet kijken, niet schudden met één hand :-)"),
    ("p", "[[PERSON|Wanrooij, Jesse van]]  27-10-2025 16:05\nHaha oké. Moet ik iets ondertekenen voor de notaris?"),
    ("p", "[[PERSON|Groeneveld-Posthuma, Marieke]]  27-10-2025 16:07\nNee, dat doet [[PERSON|Bert]]. De klerk ([[PERSON|mevr. Verhoef]]) komt om 18:30. Haar nummer voor noodgevallen: [[PHONE|073-614 22 90]] toestel [[PHONE|231]]."),
    ("p", "[[PERSON|Heijden, Jeroen van der]]  27-10-2025 16:30\nLet op: [[PERSON|Nguyễn]] heeft gisteren gebeld dat ze een tolk wil. Is dat geregeld? Verder: [[PERSON|Kaya]] is ziek, afmelding schriftelijk binnen."),
    ("p", "[[PERSON|Groeneveld-Posthuma, Marieke]]  27-10-2025 16:41\nTolk niet nodig volgens [[PERSON|Femke]], haar zoon [[PERSON|Minh]] komt mee. Zaal is {{LOC|Pieter Postzaal}}, koffie via {{ORG|Facilitair Bedrijf}}."),
    ("p", "[[PERSON|Wit, Hans de]]  28-10-2025 08:12\nWethouder {{OFFICE|Van Dongen-Smit}} komt niet, zij wil geen schijn van bemoeienis. Persvragen naar {{FUNC_EMAIL|communicatie@maasbergen.nl}}."),
]),

# ---------------------------------------------------------------- mk26 scan: typed memo with handwritten note
D("mk26", render="scan", info=SCAN, title="Scan memo marktmeester", scan_lines=[
    ("b", "MEMO"),
    ("s", "Aan: teamleider Economie"),
    ("s", "Van: marktmeester [[PERSON|H. Lagerweij]]"),
    ("s", "Datum: 21 november 2025"),
    ("s", "Onderwerp: bejegening marktmeesters"),
    ("s", ""),
    ("s", "Sinds de loting krijgen wij veel boze reacties."),
    ("s", "Dhr. [[PERSON|Kuipers]] belt mij privé op [[PHONE|06-41 27 88 30]]."),
    ("s", "Mevrouw [[PERSON|Ouwehand]] voelt zich niet veilig op zaterdag."),
    ("s", "Ik vraag om een vaste boa op marktdagen."),
    ("s", ""),
    ("h", "Hans - akkoord, boa [[PERSON|Amrani]] vast op zaterdag."),
    ("h", "Bespreken met [[PERSON|Jeroen]] i.v.m. klacht. [[INITIALS|HdW]] 24/11"),
]),

# ---------------------------------------------------------------- mk27 legal memo with sticky notes (2 pages)
D("mk27", font="times", size=10.5, info=NITRO, title="Juridische notitie schaarse standplaatsvergunningen",
  notes=[(0, 500, 700, "Sunita Ramdin", "Hele notitie 5.2 Woo? Overleggen met Jeroen"),
         (1, 480, 600, "J. van der Heijden", "Niet openbaar: procesrisico. Bel mij 06-30 71 58 42"),
         (1, 480, 400, "Marieke G.", "Alinea over plaats 8 eruit? Naam koopvrouw staat er niet in.")],
  hidden=[("PERSON", "annotations", "Sunita Ramdin"), ("PERSON", "annotations", "J. van der Heijden"),
          ("PHONE", "annotations", "06-30 71 58 42"), ("PERSON", "annotations", "Marieke G.")],
  blocks=[
    ("h", "Juridische notitie: verdeling schaarse standplaatsvergunningen"),
    ("p", "Zaak {{REF|Z/25/118744}} - team {{ORG|Juridische Zaken}} - {{DATE|31 oktober 2025}}"),
    ("h", "1. Vraag"),
    ("p", "Is de verdeling van vaste standplaatsen door loting na een puntensysteem in overeenstemming met de {{LAW|Dienstenwet}}, de {{LAW|Dienstenrichtlijn}} en het beginsel van gelijke kansen?"),
    ("h", "2. Kader"),
    ("p", "Sinds de uitspraak van de {{ORG|Afdeling bestuursrechtspraak van de Raad van State}} van 2 november 2016 ({{REF|ECLI:NL:RVS:2016:2927}}, Vlaardingen) moet een bestuursorgaan bij schaarse vergunningen ruimte bieden aan potentiële gegadigden. Anciënniteit als enig criterium is in strijd met het gelijkheidsbeginsel. Een vergunning voor onbepaalde tijd is niet toegestaan; de {{LAW|Marktverordening Maasbergen 2025}} kent een termijn van zeven jaar."),
    ("pb",),
    ("h", "3. Beoordeling"),
    ("p", "Het puntensysteem (artikel 6) geeft wachtenden en dagplaatshouders voordeel zonder nieuwkomers uit te sluiten. De loting per branche (artikel 7) is transparant, mits de bekendmaking vooraf in het {{MISC|Gemeenteblad}} heeft plaatsgevonden. Dat is gebeurd op {{DATE|1 augustus 2025}}."),
    ("p", "Risico's: (a) de overgangsregeling van artikel 15 is kort; (b) de intrekking van plaats 23 moet zorgvuldig zijn, omdat betrokkene medische redenen aanvoert; (c) de koopvrouw van plaats 8 kan een beroep doen op het vertrouwensbeginsel als de marktmeester toezeggingen heeft gedaan."),
    ("h", "4. Advies"),
    ("p", "Vaststellen zoals voorgesteld; bij de evaluatie een hardheidsclausule overwegen. Bezwaren voorleggen aan de {{ORG|Commissie bezwaarschriften}}."),
]),

# ---------------------------------------------------------------- mk28 press release with Author
D("mk28", font="helv", size=10.5, info={"Producer": "Microsoft® Word voor Microsoft 365", "Author": "Daan Rutjes"},
  hidden=[("PERSON", "metadata", "Daan Rutjes")], title="Persbericht nieuwe indeling weekmarkt", blocks=[
    ("h", "Persbericht: nieuwe indeling zaterdagmarkt Maasbergen"),
    ("p", "Maasbergen, {{DATE|7 november 2025}} - De zaterdagmarkt op het {{LOC|Marktplein}} krijgt per 3 januari 2026 een nieuwe indeling. Negen vaste standplaatsen zijn op 28 oktober onder notarieel toezicht verloot. 'Zo krijgt iedere koopman en koopvrouw een eerlijke kans', zegt wethouder {{OFFICE|Ingrid van Dongen-Smit}}."),
    ("p", "De markt krijgt twee nieuwe kramen met Aziatische snacks en een extra bloemenkraam. Door het project {{MISC|Hart van Maasbergen}} staan vier kramen tijdelijk op het {{LOC|Marktplein}} in plaats van in de {{LOC|Kerkstraat}}. De {{ORG|Centrale Vereniging voor Ambulante Handel}} is uitgenodigd voor de evaluatie van de {{LAW|Marktverordening Maasbergen 2025}}."),
    ("p", "Wie een vaste plaats wil, kan zich melden via {{FUNC_EMAIL|markt@maasbergen.nl}} of {{PUBLIC_PHONE|14 0412}}."),
    ("p", "Noot voor de redactie, niet voor publicatie: meer informatie bij woordvoerder {{OFFICE|Ellen Kroes}}, {{PUBLIC_PHONE|0412 - 68 30 00}}, {{FUNC_EMAIL|pers@maasbergen.nl}}."),
]),

# ---------------------------------------------------------------- mk29 objection by a lawyer
D("mk29", font="dvs", size=10, info=WORD, title="Bezwaarschrift intrekking standplaatsvergunning", blocks=[
    ("p", "[[PERSON|Brouwers]] & [[PERSON|Çelik]] Advocaten\n[[PERSON|mr. N.E. Çelik]] | [[EMAIL|n.celik@bc-advocaten.nl]] | [[PHONE|+31 (0)73 203 44 18]]"),
    ("p", "Aan het college van burgemeester en wethouders van Maasbergen\nPer e-mail en aangetekend\n\n's-Hertogenbosch, {{DATE|15 december 2025}}\nBetreft: bezwaar namens [[PERSON|J. Kuipers]] tegen besluit van 14 november 2025, kenmerk {{REF|Z/25/120391}}"),
    ("p", "Geacht college,"),
    ("p", "Namens mijn cliënt, de heer [[PERSON|Jacobus Kuipers]], wonende te [[ADDRESS|Erp]], maak ik bezwaar tegen uw besluit tot intrekking van de vaste standplaatsvergunning voor plaats 23 op de zaterdagmarkt. Cliënt was van augustus tot en met oktober 2025 arbeidsongeschikt na een [[HEALTH|hernia-operatie]] (zie bijgevoegde verklaring van zijn huisarts [[PERSON|dr. P. Smulders]]). Niet-innemen wegens ziekte is geen grond voor intrekking (artikel 5.2 lid 3 {{LAW|Marktverordening Maasbergen 2025}})."),
    ("p", "Bovendien is het besluit genomen door een marktmeester die een persoonlijk conflict met cliënt heeft, in strijd met artikel 2:4 {{LAW|Algemene wet bestuursrecht}}. Cliënt verzoekt om te worden gehoord en om vergoeding van de kosten van rechtsbijstand (artikel 7:15 {{LAW|Awb}})."),
    ("p", "Hoogachtend,\n\n[[PERSON|N.E. Çelik]]"),
]),

# ---------------------------------------------------------------- mk30 permit decision
D("mk30", font="helv", size=10, info=ASPOSE, title="Besluit vaste standplaatsvergunning", blocks=[
    ("p", "{{ORG|gemeente Maasbergen}} - {{LOC|Stadhuisplein 1}} - {{PUBLIC_PHONE|14 0412}} - {{FUNC_EMAIL|markt@maasbergen.nl}}"),
    ("p", "Mevrouw [[PERSON|J.M.A. Dubois-Verhagen]]\nFleur de Joëlle\n[[ADDRESS|Vughterweg 212]]\n[[ADDRESS|5211 CS 's-Hertogenbosch]]"),
    ("p", "Datum: {{DATE|12 november 2025}}   Kenmerk: {{REF|STP-2026-007}}\nBehandeld door: [[PERSON|B. Lagerweij]], marktmeester"),
    ("p", "Onderwerp: vaste standplaatsvergunning plaats 7"),
    ("p", "Geachte mevrouw [[PERSON|Dubois-Verhagen]],"),
    ("p", "Op grond van de artikelen 5 tot en met 8 van de {{LAW|Marktverordening Maasbergen 2025}} verlenen wij u een vaste standplaatsvergunning voor plaats 7 (frontbreedte 6 meter, branche bloemen en planten) op de zaterdagmarkt, voor de periode van 3 januari 2026 tot en met 31 december 2032. U bent bij de loting van 28 oktober 2025 als eerste getrokken."),
    ("p", "Voorschriften: u neemt de plaats iedere marktdag in; afwezigheid meldt u vooraf bij de marktmeester. Het marktgeld ({{MISC|€ 2,35}} per strekkende meter per marktdag) wordt per kwartaal geïnd. Uw KvK-nummer [[KVK|83015576]] en uw IBAN [[IBAN|NL02 ABNA 0457 1190 63]] zijn in de vergunningenadministratie opgenomen."),
    ("p", "Bezwaar: binnen zes weken na de datum van verzending kunt u bezwaar maken bij ons college (artikel 6:7 {{LAW|Algemene wet bestuursrecht}})."),
    ("p", "Met vriendelijke groet,\nnamens burgemeester en wethouders van Maasbergen,\n\n[[PERSON|Herbert Lagerweij]]\nmarktmeester"),
]),

# ---------------------------------------------------------------- mk31 Woo decision (2 pages)
D("mk31", font="dv", size=9.5, info=WORD, title="Besluit op Woo-verzoek WOO-2026-0007", blocks=[
    ("p", "Mevrouw [[PERSON|L. Span]]\n[[ADDRESS|Beatrixlaan 41]]\n[[ADDRESS|5361 GV Grave]]"),
    ("p", "Datum: {{DATE|23 februari 2026}}\nKenmerk: {{REF|WOO-2026-0007}}\nBehandeld door: [[PERSON|S. Ramdin]], Woo-coördinator"),
    ("h", "Besluit op uw Woo-verzoek over de standplaatsen op de weekmarkt"),
    ("p", "Geachte mevrouw [[PERSON|Span]],"),
    ("p", "Op 12 januari 2026 hebt u op grond van de {{LAW|Wet open overheid}} verzocht om documenten over de toewijzing van vaste standplaatsen op de zaterdagmarkt. Op {{DATE|9 februari 2026}} hebben wij de beslistermijn met twee weken verdaagd. Wij hebben 32 documenten gevonden. Wij maken 6 documenten geheel en 26 documenten gedeeltelijk openbaar."),
    ("h", "Zienswijzen"),
    ("p", "Wij hebben de {{ORG|CVAH}}, {{ORG|Notariskantoor De Maaspoort}} en elf marktkooplieden in de gelegenheid gesteld hun zienswijze te geven. De {{ORG|CVAH}} heeft geen bezwaar tegen openbaarmaking van haar brieven. Vier kooplieden hebben verzocht hun naam, adres en telefoonnummer niet openbaar te maken; dat doen wij ook niet."),
    ("h", "Overwegingen"),
    ("p", "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). In de documenten staan namen, adressen, telefoonnummers, e-mailadressen, KvK-nummers van eenmanszaken en vennootschappen onder firma, handtekeningen en paraafcodes van marktkooplieden, medewerkers van de {{ORG|CVAH}}, de notarisklerk en medewerkers van de gemeente die niet uit hoofde van hun functie in de openbaarheid treden. Het belang van eerbiediging van de persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid. Deze gegevens zijn onleesbaar gemaakt met de code 5.1.2e."),
    ("pb",),
    ("p", "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). Gegevens over de gezondheid van kooplieden maken wij niet openbaar (code 5.1.1d). Identificatienummers zoals rijbewijsnummers vallen onder artikel 5.1, eerste lid, onder e (code 5.1.1e)."),
    ("p", "Namen van burgemeester {{OFFICE|Lensink}}, wethouder {{OFFICE|Van Dongen-Smit}}, de gemeentesecretaris en de raadsleden maken wij wel openbaar, omdat zij in hun publieke functie optreden. Dat geldt ook voor de woordvoerder van de gemeente."),
    ("h", "Wijze van openbaarmaking"),
    ("p", "De documenten worden gepubliceerd op {{MISC|open.overheid.nl}} en op de website van de gemeente. Een inventarislijst is bijgevoegd."),
    ("p", "Hoogachtend,\nburgemeester en wethouders van Maasbergen,\nnamens dezen,\n\n[[PERSON|Sunita Ramdin]]\nWoo-coördinator"),
    ("p", "Bezwaar: binnen zes weken na bekendmaking bij het college, {{LOC|Stadhuisplein 1}}, Postbus 1200, 5360 AA Maasbergen."),
]),

# ---------------------------------------------------------------- mk32 inventory
_inv = [["nr", "document", "datum", "beoordeling", "grond", "opmerking"]]
_docs = [("Woo-verzoek", "12-01-2026", "deels openbaar", "5.1.2e", ""), ("ontvangstbevestiging", "15-01-2026", "deels openbaar", "5.1.2e", ""),
         ("aanvraagformulier standplaats", "02-09-2025", "deels openbaar", "5.1.2e, 5.1.1e", "formulierwaarden"),
         ("aanvraag v.o.f. bloemen", "04-09-2025", "deels openbaar", "5.1.2e", ""), ("e-mail aanvraag textiel", "08-09-2025", "deels openbaar", "5.1.2e", "thread"),
         ("wachtlijst", "01-10-2025", "deels openbaar", "5.1.2e", "KvK eenmanszaken"), ("proces-verbaal loting", "28-10-2025", "deels openbaar", "5.1.2e", ""),
         ("uitslag en indelingsplan", "04-11-2025", "deels openbaar", "5.1.2e", ""), ("presentielijst loting", "28-10-2025", "deels openbaar", "5.1.2e, 5.1.1d", "scan"),
         ("klacht vishandel", "10-11-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""), ("e-mails klacht plaats 23", "18-11-2025", "deels openbaar", "5.1.2e, 5.1.1d", "thread"),
         ("klachtbrief handgeschreven", "03-12-2025", "deels openbaar", "5.1.2e", "scan"), ("dagrapporten Q4", "20-01-2026", "deels openbaar", "5.1.2e", ""),
         ("dagrapport 10-01-2026", "10-01-2026", "deels openbaar", "5.1.2e", ""), ("WhatsApp marktteam", "20-01-2026", "deels openbaar", "5.1.2e", ""),
         ("e-mails CVAH", "22-10-2025", "deels openbaar", "5.1.2e", "thread"), ("brief CVAH", "05-11-2025", "deels openbaar", "5.1.2e", ""),
         ("antwoord CVAH", "25-11-2025", "deels openbaar", "5.1.2e", ""), ("beslisnota", "30-10-2025", "deels openbaar", "5.1.2e", ""),
         ("raadsinformatiebrief", "06-11-2025", "openbaar", "", "reeds openbaar"), ("verslag commissie", "20-11-2025", "deels openbaar", "5.1.2e", ""),
         ("raadsvragen en antwoorden", "09-12-2025", "deels openbaar", "5.1.2e", ""), ("rapport boa", "10-01-2026", "deels openbaar", "5.1.2e, 5.1.1e", ""),
         ("factuur kraamverhuur", "08-09-2025", "deels openbaar", "5.1.2e", ""), ("Teams-chat", "28-10-2025", "deels openbaar", "5.1.2e", ""),
         ("memo marktmeester", "21-11-2025", "deels openbaar", "5.1.2e", "scan"), ("juridische notitie", "31-10-2025", "openbaar", "", ""),
         ("persbericht", "07-11-2025", "openbaar", "", "reeds openbaar"), ("bezwaarschrift", "15-12-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
         ("besluit standplaats 7", "12-11-2025", "deels openbaar", "5.1.2e", ""), ("Woo-besluit", "23-02-2026", "openbaar", "", "")]
for i, (d, dt, b, g, o) in enumerate(_docs, 1):
    _inv.append([f"{{{{REF|MK-{i:03d}}}}}", d, dt, b, g, o])
D("mk32", font="cond", size=8.5, info={"Producer": "Microsoft® Excel® voor Microsoft 365", "Creator": "Microsoft® Excel® voor Microsoft 365", "Author": "s.ramdin"},
  title="Inventarislijst WOO-2026-0007", hidden=[("PERSON", "metadata", "s.ramdin")], blocks=[
    ("h", "Inventarislijst bij besluit {{REF|WOO-2026-0007}}"),
    ("p", "Bijlage bij het besluit van {{DATE|23 februari 2026}}. Zaaknummer {{REF|Z/26/100412}}. Opgesteld door de Woo-coördinator."),
    ("table", _inv, [18, 50, 20, 24, 26, 28]),
]),


# ---------------------------------------------------------------- mk33 direct debit list for market fees
_inc = [["plaats", "debiteur", "adres", "IBAN", "machtiging", "Q1 2026"]]
for r in [("7", "Dubois-Verhagen, J.M.A.", "Vughterweg 212, 's-Hertogenbosch", "NL02 ABNA 0457 1190 63", "MK-0007", "€ 183,30"),
          ("8", "Şahin-Yıldız, A.", "Vlierstraat 3, Oss", "NL71 RABO 0155 2290 48", "MK-0008", "€ 183,30"),
          ("12", "Mulder, C.", "Torenstraat 8, Heesch", "NL36 INGB 0004 1178 20", "MK-0012", "€ 152,75"),
          ("19", "Rahimi, F.", "Thorbeckelaan 55, Maasbergen", "NL90 SNSB 0930 4411 27", "MK-0019", "€ 122,20"),
          ("20", "Nguyễn, T.L.", "Kastanjelaan 17, Uden", "NL58 ASNB 0707 2213 90", "MK-0020", "€ 122,20"),
          ("23", "El Khayari, M.", "Zandstraat 9A, Maasbergen", "NL85 BUNQ 2290 3361 04", "MK-0023", "€ 244,40"),
          ("24", "ter Beek, D.J.", "Molenweg 101, Cuijk", "NL13 RABO 0302 7761 55", "MK-0024", "€ 244,40"),
          ("31", "Kaya, Ö.", "Parklaan 2, Oss", "NL49 TRIO 0391 0087 16", "MK-0031", "€ 183,30"),
          ("35", "Hermsen, B.", "Julianastraat 30, Berghem", "NL27 INGB 0008 5521 73", "MK-0035", "€ 152,75"),
          ("40", "Hoogendoorn, G.J.", "Dorpsstraat 14, Ravenstein", "NL44 RABO 0312 8870 15", "MK-0040", "€ 244,40")]:
    _inc.append([r[0], f"[[PERSON|{r[1]}]]", f"[[ADDRESS|{r[2]}]]", f"[[IBAN|{r[3]}]]", "{{REF|" + r[4] + "}}", "{{MISC|" + r[5] + "}}"])
D("mk33", font="dv", size=8.5, info={"Producer": "Key2Financien rapportgenerator 4.2", "Creator": "Centric Key2Financien"},
  title="Incassolijst marktgeld Q1 2026", blocks=[
    ("h", "Incassolijst marktgeld eerste kwartaal 2026 - zaterdagmarkt"),
    ("p", "Team {{ORG|Belastingen}}, {{ORG|gemeente Maasbergen}}. Tarief volgens de {{LAW|Verordening marktgelden Maasbergen 2026}}: {{MISC|€ 2,35}} per strekkende meter per marktdag, 13 marktdagen. Incassodatum {{DATE|28 maart 2026}}. Crediteur-ID {{REF|NL98ZZZ160123450000}}."),
    ("table", _inc, [12, 38, 48, 40, 20, 18]),
    ("p", "Gecontroleerd: [[PERSON|R. Hendriks-Tielemans]] (team Belastingen), [[INITIALS|RHT]] {{DATE|2 maart 2026}}. Vragen: {{FUNC_EMAIL|belastingen@maasbergen.nl}}."),
]),
