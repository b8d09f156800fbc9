from lib import Doc

WORD = ("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365")
OUTLOOK = ("Microsoft® Outlook® for Microsoft 365", "Microsoft® Outlook® for Microsoft 365")
ITEXT = ("iText® 7.2.5 ©2000-2023 iText Group NV", "Squit Verseon BOA-app")
ASPOSE = ("Aspose.PDF for .NET 23.4", "Decos JOIN Zaakgericht werken")
NITRO = ("Nitro Pro 13 (13.70.2.40)", "Nitro Pro 13")
PDFPEN = ("PDFpen 13.0.2", "PDFpen")
SCANNER = ("Canon iR-ADV C5840 PDF", "Canon iR-ADV C5840")
LO = ("LibreOffice 7.6", "Writer")

DOCS = [
Doc("dv01_woo_verzoek", [
    "# Verzoek op grond van de Wet open overheid",
    "Aan: het college van burgemeester en wethouders en de burgemeester van Deventer\nPer e-mail: woo@deventer.nl",
    "Van: Jurre Oldenkamp\nHofstraat 7\n7411 BR Deventer\nE-mail: jurre.öldenkamp@posteo.de",
    "Deventer, 3 september 2026",
    "Geachte heer, mevrouw,",
    "Op grond van de Wet open overheid (Woo) verzoek ik om openbaarmaking van alle documenten over de exploitatievergunning van café De Koperen Ketel aan de Brink 41 in Deventer, over de periode 1 januari 2026 tot heden. Het gaat in ieder geval om: de aanvraag en het Bibob-vragenformulier, de rapportages van boa's over geluidsoverlast, de meting van de Omgevingsdienst IJsselland, het verslag van de hoorzitting, de beslisnota en het besluit van burgemeester Van Oordt, en de interne en externe correspondentie hierover.",
    "Als buurtbewoner en lid van de bewonersvereniging rond de Brink wil ik begrijpen waarom de sluitingstijd is aangepast. Documenten die al openbaar zijn (zoals de raadsvragen van raadslid Wissink) hoeft u niet opnieuw te verstrekken.",
    "Ik ontvang de stukken graag digitaal. Voor vragen ben ik bereikbaar via bovenstaand e-mailadres.",
    "Met vriendelijke groet,\nJurre Oldenkamp",
], producer=("Microsoft: Print To PDF", "Microsoft® Word 2019")),

Doc("dv02_ontvangstbevestiging", [
    "Gemeente Deventer\nPostbus 5000, 7400 GC Deventer\nBezoekadres: Grote Kerkhof 4, Deventer\nTelefoon 14 0570",
    "Aan: de heer J. Oldenkamp\nHofstraat 7\n7411 BR Deventer",
    "Datum: 8 september 2026\nOns kenmerk: WOO-2026-0391\nZaaknummer: Z/26/184417\nBehandeld door: Marloes Tijhuis, Woo-coördinator\nTelefoon: 0570-693102\nE-mail: woo@deventer.nl",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "Geachte heer Oldenkamp,",
    "Op 3 september 2026 hebben wij uw verzoek op grond van de Wet open overheid ontvangen over de exploitatievergunning van De Koperen Ketel. Wij beslissen binnen vier weken na ontvangst. Wij kunnen deze termijn met twee weken verdagen. Omdat in de documenten derden worden genoemd (de exploitant, omwonenden en zijn advocaat) zullen wij hen mogelijk vragen om een zienswijze.",
    "Wij behandelen uw verzoek onder kenmerk WOO-2026-0391. Vermeld dit kenmerk bij correspondentie.",
    "Met vriendelijke groet,\nnamens dezen,",
    "Marloes Tijhuis\nWoo-coördinator, team Juridische Zaken",
], engine="docx", producer=LO, title="Ontvangstbevestiging WOO-2026-0391"),

Doc("dv03_aanvraagformulier", [
    "# Aanvraag exploitatievergunning horecabedrijf",
    "Gemeente Deventer - team Vergunningen Bijzondere Wetten - vergunningen@deventer.nl - 14 0570",
    "Dit formulier is digitaal ingevuld. Zaaknummer EXPL-2026-0117. De aanvraag wordt getoetst aan de Algemene Plaatselijke Verordening (artikel 2:28), de Alcoholwet en de Wet Bibob. Bij de aanvraag hoort het Bibob-vragenformulier.",
    "@space 72",
    "Inrichting: De Koperen Ketel, Brink 41, Deventer. Soort: café met terras, live music op vrijdag en zaterdag.",
    "Gevraagde sluitingstijd: 02:00 uur (vrijdag en zaterdag), 01:00 uur overige dagen.",
    "Ondertekening: de aanvrager verklaart het formulier naar waarheid te hebben ingevuld.",
], producer=("Adobe LiveCycle Designer 11", "Adobe Acrobat Pro DC"),
    form=[("aanvrager_naam", "Naam aanvrager", "Kees-Jan Wolterink", 20, 232, 80),
          ("aanvrager_gebdat", "Geboortedatum", "14-03-1979", 110, 232, 40),
          ("aanvrager_bsn", "BSN", "204718653", 155, 232, 35),
          ("aanvrager_adres", "Woonadres", "Zandweerd 88, 7415 EW Deventer", 20, 215, 90),
          ("aanvrager_tel", "Telefoon", "06-24 61 93 70", 115, 215, 40),
          ("aanvrager_mail", "E-mail", "keesjan@dekoperenketel.nl", 20, 198, 80),
          ("lg1", "Leidinggevende 1", "Samira el Idrissi (02-09-1991)", 20, 181, 80),
          ("lg2", "Leidinggevende 2", "Tomasz Wisniewski (27-11-1986)", 105, 181, 80)],
    hidden=[("PERSON", "Kees-Jan Wolterink", "annotations", ["Kees-Jan Wolterink"]),
            ("ID", "geboortedatum", "annotations", ["14-03-1979"]),
            ("ID", "BSN", "annotations", ["204718653"]),
            ("ADDRESS", "woonadres", "annotations", ["Zandweerd 88"]),
            ("PHONE", "mobiel", "annotations", ["06-24 61 93 70"]),
            ("EMAIL", "e-mail", "annotations", ["keesjan@dekoperenketel.nl"]),
            ("PERSON", "Samira el Idrissi", "annotations", ["Samira el Idrissi", "02-09-1991"]),
            ("PERSON", "Tomasz Wiśniewski", "annotations", ["Wisniewski", "27-11-1986"])]),

Doc("dv04_bibob_advies", [
    "# Intern advies Bibob-toets",
    "Zaak: BIBOB-2026-009 / EXPL-2026-0117\nAan: burgemeester Van Oordt (via team OOV)\nVan: Ruben Akkerman, Bibob-coördinator\nDatum: 12 maart 2026\nParaaf: RAk",
    "## Aanleiding",
    "De heer K.J. Wolterink (geboren 14-03-1979) heeft een exploitatievergunning aangevraagd voor De Koperen Ketel aan de Brink 41. Het Bibob-vragenformulier is volledig ingeleverd. Uit de financieringsparagraaf blijkt dat een lening van EUR 85.000 is verstrekt door de heer Gerrit-Jan Sloot via Sloot Horecavastgoed B.V.",
    "## Eigen onderzoek",
    "Raadpleging van de Kamer van Koophandel, het Kadaster en open bronnen. De heer G.J. Sloot was tot 2021 bestuurder van een onderneming waarvan de vergunning in Zwolle is ingetrokken na een overtreding van artikel 13b Opiumwet. Via het RIEC Oost-Nederland is bevestigd dat er geen lopend onderzoek is. De Belastingdienst meldt geen openstaande aanslagen voor de aanvrager.",
    "## Leidinggevenden",
    "| Naam | Geboortedatum | Verklaring Sociale Hygiëne | Opmerking",
    "| Kees-Jan Wolterink | 14-03-1979 | SVH 2009 | aanvrager",
    "| Samira el Idrissi | 02-09-1991 | SVH 2015 | geen bijzonderheden",
    "| Tomasz Wiśniewski | 27-11-1986 | SVH 2024 | geen bijzonderheden",
    "---",
    "## Advies aan Landelijk Bureau Bibob",
    "Gelet op de relatie met de heer Sloot adviseer ik een advies te vragen aan het Landelijk Bureau Bibob (LBB) bij Justis in Den Haag. De contactpersoon bij het LBB, drs. A. Poelman, heeft telefonisch aangegeven dat het advies binnen acht weken kan worden uitgebracht.",
    "## Conclusie",
    "Mindere mate van gevaar is niet uitgesloten. De beslistermijn wordt opgeschort. Overleg met Femke Zwartjes (vergunningverlener) en mr. E.M. van der Meulen-Bos (juridisch adviseur) heeft plaatsgevonden.",
    "Ruben Akkerman\nBibob-coördinator\n06-41 88 27 03 | r.akkerman@deventer.nl",
], font="DejaVu", producer=ASPOSE),

Doc("dv05_mail_bibob", [
    "Van: Zwartjes, Femke <f.zwartjes@deventer.nl>\nVerzonden: dinsdag 19 mei 2026 16:42\nAan: Akkerman, Ruben <r.akkerman@deventer.nl>; Meulen-Bos, Esther van der <e.vandermeulen@deventer.nl>\nCC: vergunningen@deventer.nl\nOnderwerp: RE: LBB-advies De Koperen Ketel (BIBOB-2026-009)",
    "Hoi Ruben, Esther,",
    "Het advies van het Landelijk Bureau Bibob is binnen: mindere mate van gevaar, maar geen ernstig gevaar. Advies LBB: vergunning verlenen met als voorschrift dat de lening van Sloot binnen een jaar wordt afgelost. Kunnen we dat als voorschrift in de exploitatievergunning opnemen, of moet het via een apart besluit?",
    "Ik hoor ook van Hüseyin dat de boa's al drie keer zijn geweest voor geluid. Dat speelt straks mee.",
    "Groet,\nFemke\nFemke Zwartjes | vergunningverlener | (0570) 693 417",
    "Van: Meulen-Bos, Esther van der <e.vandermeulen@deventer.nl>\nVerzonden: dinsdag 19 mei 2026 14:05\nAan: Zwartjes, Femke <f.zwartjes@deventer.nl>\nCC: Akkerman, Ruben <r.akkerman@deventer.nl>\nOnderwerp: RE: LBB-advies De Koperen Ketel (BIBOB-2026-009)",
    "Femke, een voorschrift op grond van artikel 3 Wet Bibob kan, mits proportioneel. Wolterink moet wel eerst de gelegenheid krijgen zijn zienswijze te geven (artikel 4:8 Awb). Zijn advocaat, mr. R.P. Dijkhuis, heeft al gebeld.",
    "Esther\nmr. E.M. van der Meulen-Bos | juridisch adviseur | e.vandermeulen@deventer.nl",
    "---",
    "Van: Akkerman, Ruben <r.akkerman@deventer.nl>\nVerzonden: maandag 18 mei 2026 09:12\nAan: Zwartjes, Femke <f.zwartjes@deventer.nl>; Meulen-Bos, Esther van der <e.vandermeulen@deventer.nl>\nOnderwerp: LBB-advies De Koperen Ketel (BIBOB-2026-009)",
    "Collega's,",
    "Bijgaand het advies van het LBB (vertrouwelijk, niet doorsturen). Justis wijst op de rol van G.J. Sloot als financier. Ik stel voor dat we dinsdag 10 uur overleggen in het Stadhuiskwartier, zaal Etty Hillesum Centrum is bezet, dus zaal 2.14.",
    "Met vriendelijke groet,\nRuben Akkerman\nBibob-coördinator gemeente Deventer\nM +31 (0)6 4188 2703",
], producer=OUTLOOK, font="DejaVu"),

Doc("dv06_klachtbrief_scan", [
    "# Klacht geluidsoverlast",
    "G. ter Horst-Veldkamp\nPolstraat 12-A\nDeventer\ntel. 0570-612488",
    "Aan de burgemeester van Deventer",
    "Deventer, 14 juni 2026",
    "Geachte burgemeester,",
    "Sinds de nieuwe eigenaar van café De Koperen Ketel\nis er elk weekend harde muziek tot na tweeën.\nIk kan niet slapen en mijn man is ziek.\nIk heb al vijf keer gebeld met handhaving.",
    "Ik vraag u om iets te doen aan de sluitingstijd.",
    "Met vriendelijke groet,",
    "~ Gerda ter Horst-Veldkamp",
    "~ G. ter Horst",
], engine="scan", producer=SCANNER),
]
