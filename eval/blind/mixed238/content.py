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
