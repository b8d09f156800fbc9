"""Documents of set IG, part 3: the report, hoor en wederhoor, the decision, the sanction, scans, the note to the
commissaris van de Koning, the municipality, the forwarded mail, the aangifte memo, zienswijzen, MT minutes,
annual report and a page printed with markup."""
from __future__ import annotations

from pathlib import Path

from content import ADDR, MOT, doc, mail_head
from lib import flow, hidden, scan
from registry import IBAN_KUIJPERS, IBAN_OUDEJANS

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle, Spacer


# ---------------------------------------------------------------- ig21 investigation report (outline, XMP)
@doc("ig21", hidden=[("Nowak", "PERSON", "Wojciech Nowak", True, "outline"),
                     ("Roodbeen", "PERSON", "Femke Roodbeen", True, "metadata"),
                     ("Femke", "PERSON", "Femke Roodbeen", True, "metadata")])
def ig21(p: Path):
    flow(p, [
        ("h", "Rapport feitenonderzoek HB-25-0417"),
        ("p", "In opdracht van de provinciesecretaris van de Provincie Utrecht (INT-2025-014)\nHoffmann "
              "Bedrijfsrecherche, 6 juni 2025\nOnderzoekers: mr. S. Wagenaar en P. Ramdin"),
        ("h2", "1. Samenvatting"),
        ("p", "Op 3 februari 2025 ontving het Bureau Integriteit een melding over een senior inkoopadviseur van het "
              "Team Inkoop & Contractmanagement (hierna: de betrokkene, M.A. Kuijpers). De melding hield in dat hij "
              "opdrachten zou hebben voorbereid voor een eenmanszaak van zijn zwager zonder die relatie te melden. "
              "Wij hebben acht personen geïnterviewd, de mailbox en Teams-berichten van de betrokkene over 2023-2025 "
              "geanalyseerd en de crediteurenadministratie onderzocht."),
        ("p", "Wij stellen vast dat (a) de eigenaar van Oudejans Advies & Projectbegeleiding, de heer D.J. Oudejans, "
              "de zwager van de betrokkene is; (b) de betrokkene vier opdrachten met een totale waarde van € 96.800 "
              "heeft voorbereid zonder vergelijkende offertes; (c) hij die relatie niet heeft gemeld; (d) hij op "
              "13 januari 2025 een vertrouwelijk concept van de gunningsleidraad van PU-2024-0388 naar het "
              "privéadres van de heer Oudejans heeft gezonden, vóór publicatie van de nota van inlichtingen."),
        ("h2", "2. Onderzoeksopzet"),
        ("p", "Het onderzoek is uitgevoerd volgens de Gedragscode Integriteit, het protocol van BIOS voor "
              "interne integriteitsonderzoeken en de Privacygedragscode particuliere onderzoeksbureaus. "
              "Geïnterviewd zijn: de melder (mw. I. van der Veen-Schouten), de betrokkene, de teamleider "
              "(B. de Rooij), de contractmanager (G. Holtkamp), de projectleider wegen (N. Bakkali), een "
              "inkoopassistent (S. Verhoeff), de directeur van Groenlijn Infra B.V. (R. Haverkamp) en een "
              "medewerker van dat bedrijf. De heer Oudejans gaf een schriftelijke verklaring."),
        ("h2", "3. Bevindingen"),
        ("h2", "3.1 Familierelatie"),
        ("p", "De betrokkene heeft in het interview bevestigd dat de heer Oudejans de broer van zijn echtgenote is. "
              "Mevrouw Bakkali verklaarde dat de betrokkene in 2023 op een projectoverleg zei: 'Dennis kan dat "
              "wel even doen.' Mevrouw Verhoeff bevestigde dat zij in december 2024 door de betrokkene werd "
              "gevraagd de eisen aan projectbegeleiding aan te passen."),
        ("h2", "3.2 Opdrachtverlening"),
        ("p", "De vier opdrachten zijn alle door de betrokkene voorbereid en door de teamleider afgetekend. De "
              "bedragen bleven steeds net onder € 25.000, de grens voor enkelvoudig onderhandse gunning in het "
              "Inkoop- en aanbestedingsbeleid. Samen overschrijden zij de drempel; er is sprake van opknippen. "
              "Betalingen zijn gedaan op rekening " + IBAN_OUDEJANS + " ten name van de eenmanszaak."),
        ("h2", "3.3 Aanbesteding PU-2024-0388"),
        ("p", "Groenlijn Infra B.V. won perceel 2 (€ 1.240.000 over vier jaar). De directeur, de heer Haverkamp, "
              "verklaarde dat de naam van de onderaannemer 'via de provincie' was aangedragen, zonder te kunnen "
              "zeggen door wie. Een uitvoerder van Groenlijn Infra verklaarde dat de heer Oudejans al vóór de "
              "gunning bij een schouw aanwezig was. Uit de mailbox blijkt dat de betrokkene op 13 januari 2025 het "
              "concept doorstuurde naar marcokuijpers@hotmail.com en d.oudejans@hotmail.com."),
        ("h2", "3.4 Reactie van de betrokkene"),
        ("p", "De betrokkene en zijn advocaat, mr. Ch. Dekker-Mulder, hebben op 26 mei 2025 gereageerd op het "
              "conceptrapport. Zij stellen dat de meldplicht voor nevenbelangen niet duidelijk was en dat de "
              "teamleider verantwoordelijk was voor de gunning. Wij hebben de reactie verwerkt in paragraaf 3.2 en "
              "als bijlage 5 opgenomen."),
        ("h2", "3.5 Verklaring van de heer Oudejans"),
        ("p", "De heer Oudejans heeft op 9 april 2025 schriftelijk verklaard dat hij voor de opdrachten door zijn "
              "zwager is benaderd en geen offertes tegen andere partijen heeft uitgebracht. Hij verklaarde het "
              "document van 13 januari 2025 te hebben geopend, maar er niets mee te hebben gedaan. Een interview "
              "heeft hij geweigerd; hij was telefonisch bereikbaar op 06-55321190."),
        ("h2", "3.6 Informatiebeveiliging"),
        ("p", "De analyse van de mailbox laat zien dat de betrokkene tussen januari 2023 en februari 2025 in totaal "
              "41 berichten met bijlagen naar zijn privéadres heeft gestuurd. Het merendeel betreft gewone "
              "werkstukken. Drie berichten bevatten vertrouwelijke aanbestedingsstukken. Teamleider De Rooij "
              "verklaarde dat het team regelmatig thuis werkt zonder beveiligde laptop. Mevrouw Verhoeff heeft de "
              "betrokkene op 14 januari 2025 in een Teams-bericht op de regels gewezen."),
        ("h2", "3.7 Rol van de teamleider"),
        ("p", "De teamleider heeft de vier opdrachten afgetekend zonder te controleren of er vergelijkende offertes "
              "waren. Na het signaal van de melder in januari 2025 heeft hij de betrokkene alleen mondeling "
              "gevraagd of 'er iets speelde'. Wij hebben geen aanwijzingen dat de teamleider van de familierelatie "
              "wist. Wel wijzen de verklaringen van de heer Holtkamp en mevrouw Bakkali erop dat de werkdruk en de "
              "geringe bezetting van het team de functiescheiding hebben ondermijnd."),
        ("h2", "4. Conclusies"),
        ("p", "De feiten wijzen op een niet gemeld persoonlijk belang bij opdrachtverlening, in strijd met "
              "artikel 5 van de Gedragscode Integriteit en met de plicht tot melding van financiële belangen uit "
              "de Ambtenarenwet 2017. Het doorsturen van vertrouwelijke aanbestedingsstukken is in strijd met de "
              "Aanbestedingswet 2012 (gelijke behandeling) en de informatiebeveiligingsregels. Of sprake is van "
              "plichtsverzuim is ter beoordeling van de provinciesecretaris."),
        ("h2", "5. Aanbevelingen"),
        ("p", "1. Voer functiescheiding in bij opdrachten vanaf € 10.000.\n2. Controleer jaarlijks het register "
              "nevenbelangen tegen de crediteurenlijst.\n3. Laat de contractmanager van Groenlijn Infra de "
              "onderaanneming opnieuw beoordelen.\n4. Informeer de melder over de afloop, via de vertrouwenspersoon."),
        ("p", "Bijlagen: 1. overzicht geïnterviewden; 2. tijdlijn; 3. overzicht facturen; 4. gespreksverslagen; "
              "5. reactie hoor en wederhoor; 6. verklaring D. Oudejans."),
        ("h2", "6. Verantwoording"),
        ("p", "Alle geïnterviewden hebben hun verslag ter correctie ontvangen. De betrokkene is bijgestaan door "
              "mr. Dekker-Mulder. Het mailbox-onderzoek is uitgevoerd met toestemming van de provinciesecretaris "
              "en met inachtneming van de Algemene verordening gegevensbescherming; alleen berichten met de "
              "zoektermen 'Oudejans', 'Groenlijn' en 'PU-2024-0388' zijn gelezen. Het onderzoek is uitgevoerd "
              "door bedrijfsrechercheurs met een vergunning op grond van de Wet particuliere beveiligingsorganisaties "
              "en recherchebureaus."),
        ("p", "Utrecht, 6 juni 2025\n\nmr. S. Wagenaar, projectleider        P. Ramdin, bedrijfsrechercheur"),
    ], font="Times-Roman", size=11, header="Hoffmann Bedrijfsrecherche - vertrouwelijk",
        footer="Rapport HB-25-0417", title="Rapport feitenonderzoek HB-25-0417", author="Hoffmann Bedrijfsrecherche")
    hidden(p, xmp_creator="Femke Roodbeen",
           outline=[("1. Samenvatting", 0), ("3. Bevindingen", 1), ("4. Conclusies", 2),
                    ("Bijlage 4g - gespreksverslag W. Nowak (uitvoerder)", 2)])


# ---------------------------------------------------------------- ig22 hoor en wederhoor (lawyer)
@doc("ig22")
def ig22(p: Path):
    flow(p, [
        ("h", "DOMSTAD ADVOCATEN"),
        ("small", "Arbeidsrecht | Ambtenarenrecht  -  Maliebaan 40, Utrecht"),
        ("sp", 6),
        ("p", "Hoffmann Bedrijfsrecherche\nt.a.v. mr. S. Wagenaar\nuitsluitend per e-mail"),
        ("kv", [("Datum", "26 mei 2025"), ("Uw kenmerk", "HB-25-0417"), ("Behandeld door", "mr. Ch. Dekker-Mulder"),
                ("Mobiel", "+31 (0)6 41 55 28 09"), ("E-mail", "c.dekker-mulder@domstadadvocaten.nl"),
                ("Betreft", "reactie conceptrapport namens de heer M.A. Kuijpers")], 30),
        ("p", "Geachte heer Wagenaar,"),
        ("p", "Namens mijn cliënt, de heer Kuijpers, reageer ik op het conceptrapport van 12 mei 2025."),
        ("p", "1. Cliënt betwist dat hij wist dat een familierelatie met een zwager moest worden gemeld. De "
              "Gedragscode Integriteit spreekt van 'naaste familieleden'; een zwager valt daar naar de letter niet "
              "onder. De provincie heeft nooit voorlichting over deze regel gegeven."),
        ("p", "2. De opdrachten zijn afgetekend door de teamleider, de heer De Rooij. Cliënt had geen "
              "gunningsbevoegdheid. Het rapport legt de verantwoordelijkheid ten onrechte eenzijdig bij cliënt."),
        ("p", "3. Het doorsturen van het concept naar het privéadres van de heer Oudejans berust op een fout bij het "
              "automatisch aanvullen van e-mailadressen (marcokuijpers@hotmail.com en d.oudejans@hotmail.com liggen "
              "in de adreslijst naast elkaar). Er is geen bewijs dat de heer Oudejans het bericht heeft gelezen."),
        ("p", "4. Cliënt verzoekt in het rapport te vermelden dat hij sinds maart 2025 onder behandeling staat van "
              "de bedrijfsarts en dat het onderzoek zwaar op hem drukt."),
        ("p", "5. Verder verzoek ik de verklaring van mevrouw Bakkali te schrappen, nu zij volgens cliënt een "
              "arbeidsconflict met hem heeft gehad."),
        ("p", "Ik verzoek u deze reactie integraal als bijlage bij het rapport te voegen.\n\nMet vriendelijke groet,"
              "\n\n\nmr. Charlotte Dekker-Mulder\nadvocaat"),
    ], font="LibSerif", size=10.5, title="Reactie conceptrapport", author="Dekker-Mulder",
        creator="Microsoft Word")


# ---------------------------------------------------------------- ig23 decision of the provinciesecretaris (annotation)
@doc("ig23", special=[("ernstig plichtsverzuim", "DISCIPLINARY", "disciplinaire conclusie over betrokkene", False)],
     hidden=[("Zwartjes", "PERSON", "Hanneke Zwartjes", True, "annotations"),
             ("Hanneke", "PERSON", "Hanneke Zwartjes", True, "annotations"),
             ("Wouter", "PERSON", "Wouter Boschloo", True, "annotations"),
             ("Thijs", "PERSON", "Thijs van 't Hek", True, "annotations")])
def ig23(p: Path):
    flow(p, [
        ("b", "Provincie Utrecht"),
        ("small", " | ".join(ADDR)),
        ("sp", 4),
        ("h", "Besluit naar aanleiding van integriteitsonderzoek INT-2025-014"),
        ("kv", [("Besluitnummer", "PS-2025-1187"), ("Datum", "20 juni 2025"),
                ("Betreft", "M.A. Kuijpers, senior inkoopadviseur (pers.nr. 088213)")], 32),
        ("p", "De provinciesecretaris van de Provincie Utrecht,"),
        ("p", "gelet op het rapport feitenonderzoek HB-25-0417 van Hoffmann Bedrijfsrecherche van 6 juni 2025, de "
              "reactie van mr. Ch. Dekker-Mulder namens betrokkene van 26 mei 2025 en het gesprek met betrokkene "
              "op 16 juni 2025;"),
        ("p", "gelet op artikel 4 van de Ambtenarenwet 2017, de CAO Provincies, de Gedragscode Integriteit en het "
              "Inkoop- en aanbestedingsbeleid;"),
        ("h2", "Overwegingen"),
        ("p", "1. Uit het rapport blijkt dat betrokkene als senior inkoopadviseur vier opdrachten heeft voorbereid "
              "voor de eenmanszaak van zijn zwager, de heer Oudejans, zonder het persoonlijke belang te melden. De "
              "stelling van betrokkene dat een zwager geen 'naaste familie' is, volg ik niet: de gedragscode geeft "
              "als voorbeeld uitdrukkelijk aanverwanten in de tweede graad."),
        ("p", "2. Dat teamleider De Rooij de opdrachten aftekende, ontslaat betrokkene niet van zijn eigen "
              "verantwoordelijkheid. Wel neem ik in aanmerking dat het toezicht in het team tekortschoot; daarover "
              "heb ik de teamleider apart aangesproken."),
        ("p", "3. Het doorsturen van een vertrouwelijk concept van de gunningsleidraad naar een privéadres en naar "
              "de zwager acht ik bewezen. Een vergissing bij automatisch aanvullen is niet aannemelijk gezien de "
              "Teams-berichten van 13 januari 2025."),
        ("p", "4. Ik kom tot de conclusie dat betrokkene zich schuldig heeft gemaakt aan ernstig plichtsverzuim "
              "in de zin van de Ambtenarenwet 2017 en de CAO Provincies."),
        ("h2", "Besluit"),
        ("p", "I. Vast te stellen dat sprake is van ernstig plichtsverzuim door betrokkene.\nII. Over een "
              "disciplinaire maatregel afzonderlijk te besluiten, na betrokkene te hebben gehoord.\nIII. De "
              "aanbevelingen uit het rapport over te nemen en het Team Inkoop & Contractmanagement op te dragen "
              "deze voor 1 oktober 2025 uit te voeren.\nIV. De commissaris van de Koning Oosters en Gedeputeerde "
              "Staten te informeren, en de gemeente Utrecht in kennis te stellen van de bevindingen over de "
              "gezamenlijke inkoop."),
        ("p", "De provinciesecretaris,\n\n\ndrs. W.P. Boschloo"),
        ("small", "Afschrift: betrokkene (p/a Domstad Advocaten); personeelsdossier; Bureau Integriteit "
                  "(integriteit@provincie-utrecht.nl)."),
    ], font="Helvetica", size=10.5, footer="PS-2025-1187", title="Besluit PS-2025-1187",
        author="Bureau Integriteit", creator="Microsoft Word")
    hidden(p, note=(0, "Zwartjes, Hanneke", "Wouter, graag paraaf voor vrijdag; Thijs heeft de overwegingen "
                                            "juridisch gecheckt."))


# ---------------------------------------------------------------- ig24 sanction letter
@doc("ig24", special=[("voorwaardelijk strafontslag", "DISCIPLINARY", "disciplinaire maatregel", False),
                      ("proeftijd van twee jaar", "DISCIPLINARY", "disciplinaire maatregel", False),
                      ("ernstig plichtsverzuim", "DISCIPLINARY", "disciplinaire conclusie", False),
                      ("inhouding van de eindejaarsuitkering", "DISCIPLINARY", "disciplinaire maatregel", False)])
def ig24(p: Path):
    flow(p, [
        ("b", "Provincie Utrecht"),
        ("small", "  ".join(ADDR)),
        ("sp", 8),
        ("p", "AANGETEKEND EN PER GEWONE POST\nDe heer M.A. Kuijpers\nWeteringlaan 41\n3701 KV  ZEIST"),
        ("sp", 4),
        ("kv", [("Datum", "8 juli 2025"), ("Kenmerk", "PS-2025-1187/D"), ("Personeelsnummer", "088213"),
                ("Geboortedatum", "14-02-1979"), ("Onderwerp", "Besluit disciplinaire maatregel")], 34),
        ("p", "Geachte heer Kuijpers,"),
        ("p", "Bij besluit van 20 juni 2025 (PS-2025-1187) heb ik vastgesteld dat u zich schuldig heeft gemaakt aan "
              "ernstig plichtsverzuim. Op 1 juli 2025 bent u, bijgestaan door mr. Dekker-Mulder, gehoord over de "
              "voorgenomen maatregel."),
        ("p", "Ik heb besloten u de disciplinaire maatregel van voorwaardelijk strafontslag op te leggen, met een "
              "proeftijd van twee jaar, en daarnaast de inhouding van de eindejaarsuitkering over 2025. Bij het "
              "bepalen van de zwaarte heb ik rekening gehouden met uw lange staat van dienst en met het feit dat "
              "het toezicht in het team tekortschoot."),
        ("p", "De inhouding wordt verrekend met de salarisbetaling op uw rekening " + IBAN_KUIJPERS + " in "
              "december 2025. U wordt per 1 augustus 2025 definitief geplaatst bij het Team Vastgoed als "
              "adviseur, zonder inkoopbevoegdheden."),
        ("p", "Dit besluit is genomen op grond van de Ambtenarenwet 2017 en de CAO Provincies. Tegen dit besluit "
              "kunt u binnen zes weken na verzending bezwaar maken bij de provinciesecretaris, Postbus 80300, "
              "3508 TH Utrecht (Algemene wet bestuursrecht)."),
        ("p", "Hoogachtend,\n\nde provinciesecretaris,\n\n\ndrs. W.P. Boschloo"),
        ("small", "Afschrift: mr. Ch. Dekker-Mulder, Domstad Advocaten; HR (Y. Lammers); salarisadministratie"),
    ], font="Times-Roman", size=11, title="Besluit disciplinaire maatregel", author="Lammers, Y.",
        creator="Microsoft Word")


# ---------------------------------------------------------------- ig25 scanned signed statement
@doc("ig25", scan=True)
def ig25(p: Path):
    from reportlab.pdfgen import canvas

    src = p.with_suffix(".src.pdf")
    c = canvas.Canvas(str(src), pagesize=A4)
    W, H = A4
    y = H - 80
    c.setFont("Helvetica-Bold", 14)
    c.drawString(70, y, "VERKLARING")
    y -= 30
    c.setFont("Helvetica", 11.5)
    lines = [
        "Ondergetekende,",
        "",
        "Naam:            Dennis Oudejans",
        "Geboortedatum:   3 september 1981",
        "Adres:           Lindenhof 7, 3993 XA Houten",
        "Telefoon:        0031 6 5532 1190",
        "",
        "verklaart ten behoeve van het onderzoek HB-25-0417 van Hoffmann Bedrijfsrecherche",
        "het volgende:",
        "",
        "1. Ik ben eigenaar van de eenmanszaak Oudejans Advies & Projectbegeleiding.",
        "2. Marco Kuijpers is de echtgenoot van mijn zus.",
        "3. Ik heb in 2023 en 2024 opdrachten van de provincie gekregen. Ik ben daarvoor",
        "   benaderd door Marco. Ik heb geen offerte tegen andere partijen uitgebracht.",
        "4. In januari 2025 kreeg ik een e-mail van Marco met een document over de",
        "   aanbesteding. Ik heb dat document geopend maar er niets mee gedaan.",
        "5. Ik heb Marco of zijn gezin nooit geld of cadeaus gegeven voor de opdrachten.",
        "",
        "Deze verklaring is naar waarheid opgemaakt.",
        "",
        "Houten, 9 april 2025",
    ]
    for ln in lines:
        c.drawString(70, y, ln)
        y -= 17
    y -= 10
    c.setFont("Femke", 30)
    c.drawString(90, y - 20, "D. Oudejans")
    c.setFont("Helvetica", 10)
    c.drawString(70, y - 48, "(handtekening)")
    c.setFont("Helvetica", 9)
    c.drawString(70, 60, "Ontvangen door: P. Ramdin, Hoffmann Bedrijfsrecherche, 9-4-2025")
    c.showPage()
    c.save()
    scan(src, p, seed=25, angle=-0.8)
    src.unlink()


# ---------------------------------------------------------------- ig26 note to the commissaris van de Koning
@doc("ig26")
def ig26(p: Path):
    flow(p, [
        ("h", "Nota aan de commissaris van de Koning"),
        ("kv", [("Aan", "commissaris van de Koning Oosters"), ("Van", "provinciesecretaris"),
                ("Datum", "24 juni 2025"), ("Kenmerk", "INT-2025-014"),
                ("Contactpersoon", "A. Terpstra, coördinator integriteit, 06-18442093"),
                ("Onderwerp", "Afronding integriteitsonderzoek inkoop"), ("Rubricering", "Vertrouwelijk")], 32),
        ("h2", "Aanleiding"),
        ("p", "Als integriteitsverantwoordelijke wordt u geïnformeerd over de afronding van het onderzoek naar "
              "een medewerker van het Team Inkoop & Contractmanagement. In februari 2025 heb ik u mondeling "
              "geïnformeerd over de melding en de opdracht aan Hoffmann Bedrijfsrecherche."),
        ("h2", "Kern"),
        ("p", "Het onderzoek bevestigt dat een senior inkoopadviseur opdrachten heeft voorbereid voor een "
              "eenmanszaak van een familielid, zonder dat te melden, en vertrouwelijke aanbestedingsinformatie "
              "heeft doorgestuurd. Ik heb op 20 juni 2025 besloten (PS-2025-1187) dat sprake is van plichtsverzuim. "
              "Over de maatregel besluit ik na het horen van betrokkene."),
        ("p", "De aanbesteding PU-2024-0388 is niet aangetast: de inschrijving van Groenlijn Infra B.V. was de "
              "economisch meest voordelige, ook zonder de onderaanneming. Groenlijn Infra is gevraagd de "
              "projectbegeleiding per 1 september 2025 bij een andere partij onder te brengen."),
        ("h2", "Krachtenveld"),
        ("p", "De melder is door de vertrouwenspersoon geïnformeerd. De gemeente Utrecht, die via de gezamenlijke "
              "inkoop bij perceel 2 betrokken is, is geïnformeerd; burgemeester Dijksma is door de gemeentesecretaris "
              "op de hoogte gebracht. De gedeputeerde voor Mobiliteit is geïnformeerd door u. Er is regionale "
              "persbelangstelling; de woordvoering loopt via Communicatie."),
        ("h2", "Toelichting"),
        ("p", "Het onderzoek is uitgevoerd door Hoffmann Bedrijfsrecherche (dossier HB-25-0417) en heeft € 18.900 "
              "gekost. Acht personen zijn geïnterviewd. De betrokkene is bijgestaan door Domstad Advocaten. Het "
              "rapport doet vier aanbevelingen over functiescheiding, het register nevenbelangen, de "
              "onderaanneming bij Groenlijn Infra en de informatie aan de melder. Ik neem alle aanbevelingen over."),
        ("p", "Juridische Zaken (mr. T. van 't Hek) adviseert aangifte te doen bij het Openbaar Ministerie van "
              "het doorsturen van vertrouwelijke stukken. Ik wil dit met u bespreken in ons overleg van 1 juli. "
              "De Wet open overheid brengt mee dat het rapport na afronding op verzoek openbaar kan worden, met "
              "weglating van persoonsgegevens; wij bereiden ons daarop voor."),
        ("h2", "Communicatie"),
        ("p", "Er wordt geen persbericht uitgebracht. Op vragen van de pers antwoordt de woordvoerder: 'De "
              "provincie heeft naar aanleiding van een melding een extern onderzoek laten doen en maatregelen "
              "genomen. Over individuele medewerkers doen wij geen mededelingen.' Het team Inkoop & "
              "Contractmanagement wordt door teamleider B. de Rooij en door mij geïnformeerd op 1 juli 2025."),
        ("h2", "Geadviseerd besluit"),
        ("p", "Aan de commissaris van de Koning wordt gevraagd kennis te nemen van deze nota en in te stemmen met "
              "de voorgestelde informatie aan Provinciale Staten in de vertrouwelijke commissie."),
        ("h2", MOT[0]),
        ("p", "[in te vullen bij openbaarmaking]"),
        ("kv", [("Paraaf ATe", "23-06"), ("Paraaf TvtH", "23-06"), ("Paraaf WBo", "24-06")], 30),
    ], font="Carlito", size=11, title="Nota CdK integriteitsonderzoek", author="Terpstra, Annemiek",
        creator="Microsoft Word")


# ---------------------------------------------------------------- ig27 mail thread with gemeente Utrecht
@doc("ig27")
def ig27(p: Path):
    flow(p, [
        ("b", "Terpstra, Annemiek"),
        ("pre", "_" * 92),
        mail_head("Öztürk, Mehmet <m.ozturk@utrecht.nl>", "woensdag 16 april 2025 14:20",
                  "Terpstra, Annemiek <a.terpstra@provincie-utrecht.nl>", "integriteit@provincie-utrecht.nl",
                  "RE: gezamenlijke inkoop bermonderhoud - vertrouwelijk (GU-INT-25-031)"),
        ("p", "Beste Annemiek,\n\nDank voor je telefoontje. Ik heb het intern geregistreerd als GU-INT-25-031. "
              "Binnen de gemeente Utrecht heeft niemand van ons een rol gehad bij de opdrachten aan de eenmanszaak; "
              "onze inkoper bij perceel 2 was een collega die inmiddels bij Rijkswaterstaat werkt. Burgemeester "
              "Dijksma is als integriteitsverantwoordelijke volgens de Gemeentewet door onze gemeentesecretaris "
              "geïnformeerd.\n\nKun je ons het eindrapport sturen zodra het er is? Liefst via een beveiligde "
              "omgeving, niet als bijlage.\n\nMet vriendelijke groet,\nMehmet Öztürk\nadviseur integriteit | "
              "Gemeente Utrecht\nT 030 - 286 12 45 | Algemeen 14 030"),
        ("pre", "-" * 92),
        mail_head("Terpstra, Annemiek", "woensdag 16 april 2025 09:02", "'m.ozturk@utrecht.nl'", "",
                  "gezamenlijke inkoop bermonderhoud - vertrouwelijk"),
        ("p", "Hoi Mehmet,\n\nZoals net telefonisch besproken: de Provincie Utrecht doet onderzoek naar een "
              "medewerker die betrokken was bij PU-2024-0388. Omdat de gemeente bij perceel 2 mede-opdrachtgever "
              "is, informeer ik je vertrouwelijk. Namen deel ik niet per mail; de contractmanager aan onze kant is "
              "Gert (je kent hem van het kwartaaloverleg). Groenlijn Infra weet nog van niets.\n\nGroet,\nAnnemiek\n"
              "06 1844 2093"),
    ], font="Helvetica", size=9.5, title="RE: gezamenlijke inkoop", author="Terpstra, Annemiek",
        creator="Microsoft Outlook")


# ---------------------------------------------------------------- ig28 forwarded mail to private addresses
@doc("ig28")
def ig28(p: Path):
    flow(p, [
        ("b", "Kuijpers, Marco"),
        ("pre", "_" * 86),
        mail_head("Kuijpers, Marco <m.kuijpers@provincie-utrecht.nl>", "maandag 13 januari 2025 21:47",
                  "marcokuijpers@hotmail.com; d.oudejans@hotmail.com", "",
                  "FW: PU-2024-0388 concept gunningsleidraad perceel 2 - NIET VERSPREIDEN",
                  "Concept gunningsleidraad PU-2024-0388 v0.7.docx; Prijsformulier perceel 2.xlsx"),
        ("p", "Zie bijlage. Dennis, kijk vooral naar 4.3 (projectbegeleiding). Niet doorsturen graag.\nM."),
        ("p", "Verstuurd vanaf mijn Samsung Galaxy-smartphone\nMarco Kuijpers | 06 2391 8475"),
        ("pre", "-" * 86),
        mail_head("Verhoeff, Sanne", "maandag 13 januari 2025 16:05", "Kuijpers, Marco", "Holtkamp, Gert",
                  "PU-2024-0388 concept gunningsleidraad perceel 2 - NIET VERSPREIDEN"),
        ("p", "Hoi Marco,\n\nHierbij versie 0.7 met de aangepaste eisen in 4.3. De nota van inlichtingen gaat "
              "op 27 januari via TenderNed. Dit concept is vertrouwelijk tot publicatie; graag niet buiten het "
              "team delen.\n\nGroetjes,\nSanne\n\nSanne Verhoeff | inkoopassistent\nTeam Inkoop & "
              "Contractmanagement | Provincie Utrecht\ninkoop@provincie-utrecht.nl | 030 258 9111"),
        ("sp", 6),
        ("small", "Uitgedraaid ten behoeve van onderzoek HB-25-0417 door P. Ramdin, 20-03-2025. Bron: mailbox "
                  "m.kuijpers, map Verzonden items."),
    ], font="Helvetica", size=9.5, title="FW: PU-2024-0388 concept gunningsleidraad", author="Kuijpers, Marco",
        creator="Microsoft Outlook")


# ---------------------------------------------------------------- ig29 memo on reporting to the OM
@doc("ig29", special=[("ambtelijke omkoping", "CRIMINAL", "strafrechtelijk vermoeden over betrokkene", False),
                      ("schending van een ambtsgeheim", "CRIMINAL", "strafrechtelijk vermoeden", False)])
def ig29(p: Path):
    flow(p, [
        ("h", "Memo"),
        ("kv", [("Aan", "provinciesecretaris"), ("Van", "mr. T. van 't Hek, Juridische Zaken (TvtH)"),
                ("Datum", "27 juni 2025"), ("Kenmerk", "INT-2025-014"),
                ("Onderwerp", "Aangifte bij het Openbaar Ministerie?")], 30),
        ("p", "Op grond van artikel 162 van het Wetboek van Strafvordering zijn ambtenaren verplicht aangifte te "
              "doen van bepaalde ambtsmisdrijven die zij in de uitoefening van hun functie waarnemen. Naar "
              "aanleiding van het rapport HB-25-0417 is de vraag of aangifte moet worden gedaan tegen "
              "de heer Kuijpers."),
        ("p", "Beoordeling: het doorsturen van de vertrouwelijke gunningsleidraad aan de heer Oudejans kan worden "
              "gekwalificeerd als schending van een ambtsgeheim (artikel 272 Wetboek van Strafrecht). Voor "
              "ambtelijke omkoping (artikel 363 Sr) zijn onvoldoende aanwijzingen: er is geen gift of belofte "
              "vastgesteld; de tuinwerkzaamheden zijn volgens betrokkene contant betaald."),
        ("p", "Advies: aangifte doen van schending van een ambtsgeheim bij het Openbaar Ministerie, na overleg met "
              "de commissaris van de Koning Oosters. De melder blijft buiten de aangifte; als contactpersoon voor "
              "de politie treedt de coördinator integriteit op (integriteit@provincie-utrecht.nl)."),
        ("p", "Ik hoor graag of u dit advies overneemt. Ik ben bereikbaar via t.vanthek@provincie-utrecht.nl.\n\n"
              "Thijs van 't Hek"),
    ], font="LibSerif", size=11, title="Memo aangifte", author="Hek, T. van 't", creator="Microsoft Word")


# ---------------------------------------------------------------- ig30 scanned receipt (rotated)
@doc("ig30", scan=True)
def ig30(p: Path):
    src = p.with_suffix(".src.pdf")
    flow(src, [
        ("h", "Ontvangstbevestiging"),
        ("p", "Provincie Utrecht - HR-advies"),
        ("sp", 6),
        ("p", "Ondergetekende, M.A. KUIJPERS, personeelsnummer 088213, verklaart op 10 juli 2025 het besluit "
              "met kenmerk PS-2025-1187/D van 8 juli 2025 in ontvangst te hebben genomen."),
        ("p", "Ontvangen in aanwezigheid van: Y. Lammers, HR-adviseur"),
        ("sp", 10),
        ("t", [["Naam", "Handtekening", "Datum"], ["Marco Kuijpers", "", "10-07-2025"],
               ["Yvonne Lammers", "", "10-07-2025"]], [50, 70, 40]),
        ("sp", 6),
        ("p", "Retour aan: HR-advies, Archimedeslaan 6, Utrecht. Kopie voor betrokkene."),
    ], font="Helvetica", size=12)
    _signatures(src, [(225, 567, "MKuijpers"), (230, 551, "Y. Lammers")])
    scan(src, p, seed=30, angle=1.6, quality=50)
    src.unlink()


# ---------------------------------------------------------------- ig31 annual report extract (mostly keep)
@doc("ig31")
def ig31(p: Path):
    flow(p, [
        ("h", "Jaarverslag integriteit 2025 - Provincie Utrecht (uittreksel)"),
        ("p", "Dit jaarverslag wordt op grond van de Provinciewet en de Ambtenarenwet 2017 aangeboden aan "
              "Gedeputeerde Staten en ter kennisname aan Provinciale Staten. De commissaris van de Koning Oosters "
              "is als integriteitsverantwoordelijke voor het bestuur eerste aanspreekpunt; voor de ambtelijke "
              "organisatie is dat de provinciesecretaris."),
        ("h2", "Meldingen 2025"),
        ("t", [["Categorie", "Aantal", "Afgehandeld", "Extern onderzoek"],
               ["Belangenverstrengeling / nevenwerkzaamheden", "6", "5", "1 (Hoffmann)"],
               ["Misbruik van bevoegdheid", "2", "2", "0"],
               ["Omgangsvormen", "11", "9", "0"],
               ["Informatiebeveiliging / lekken", "4", "4", "0"],
               ["Fraude en diefstal", "1", "1", "1 (BIOS-gecertificeerd bureau)"]], [80, 22, 26, 45]),
        ("p", "Eén extern onderzoek (INT-2025-014) leidde tot een disciplinaire maatregel en tot een aangifte bij "
              "het Openbaar Ministerie. De aanbevelingen over functiescheiding bij inkoop zijn uitgevoerd; het "
              "register nevenbelangen wordt sinds oktober 2025 gekoppeld aan de crediteurenadministratie."),
        ("h2", "Vertrouwenspersonen"),
        ("p", "De provincie heeft drie interne vertrouwenspersonen en een externe vertrouwenspersoon. Zij werden "
              "in 2025 34 keer geraadpleegd. Contact: vertrouwenspersoon@provincie-utrecht.nl of via de "
              "receptie, 030 258 9111. Meldingen kunnen worden gedaan bij het Bureau Integriteit, "
              "integriteit@provincie-utrecht.nl, of bij het Huis voor Klokkenluiders."),
        ("h2", "Contact"),
        ("p", "Vragen over dit jaarverslag: coördinator integriteit, Bureau Integriteit, Archimedeslaan 6, "
              "3584 BA Utrecht. Auteur: A. Terpstra."),
    ], font="DejaVu", size=10, title="Jaarverslag integriteit 2025", author="Bureau Integriteit")


# ---------------------------------------------------------------- ig32 request for a zienswijze
@doc("ig32")
def ig32(p: Path):
    flow(p, [
        ("b", "Provincie Utrecht"),
        ("small", "  ".join(ADDR)),
        ("sp", 6),
        ("p", "Oudejans Advies & Projectbegeleiding\nt.a.v. de heer D.J. Oudejans\nLindenhof 7\n3993 XA  Houten"),
        ("kv", [("Datum", "18 maart 2026"), ("Zaaknummer", "WOO-2026-0311"), ("Behandeld door", "Lotte Brandsma"),
                ("E-mail", "l.brandsma@provincie-utrecht.nl"), ("Onderwerp", "Verzoek om zienswijze (artikel 4.4 Woo)")],
         32),
        ("p", "Geachte heer Oudejans,"),
        ("p", "Wij hebben een verzoek ontvangen op grond van de Wet open overheid om openbaarmaking van documenten "
              "over een integriteitsonderzoek. Onder de documenten zijn stukken waarin u, uw onderneming en uw "
              "gegevens voorkomen, zoals facturen, een uittreksel uit het Handelsregister en een door u "
              "ondertekende verklaring van 9 april 2025."),
        ("p", "Wij zijn voornemens deze documenten deels openbaar te maken. Uw naam, de handelsnaam van uw "
              "eenmanszaak (die uw achternaam bevat), uw KvK-nummer 84736291, uw adres, telefoonnummer, "
              "e-mailadres (info@oudejansadvies.nl) en rekeningnummer maken wij niet openbaar. Bedragen van "
              "opdrachten en de omschrijving van de werkzaamheden willen wij wel openbaar maken."),
        ("p", "U kunt binnen twee weken na dagtekening schriftelijk uw zienswijze geven, per post of per e-mail aan "
              "woo@provincie-utrecht.nl onder vermelding van WOO-2026-0311. Wij betrekken uw zienswijze bij het "
              "besluit."),
        ("p", "Met vriendelijke groet,\n\nnamens Gedeputeerde Staten van Utrecht,\n\n\nLotte Brandsma\n"
              "juridisch adviseur Woo"),
        ("small", "Een gelijkluidende brief is verzonden aan Groenlijn Infra B.V., t.a.v. de heer R. Haverkamp "
                  "(r.haverkamp@groenlijn-infra.nl; afschrift info@groenlijn-infra.nl), en aan mr. Ch. Dekker-Mulder "
                  "namens de betrokken medewerker. Telefonisch: 030-2589111."),
    ], font="Helvetica", size=10, title="Verzoek om zienswijze", author="Brandsma, L.", creator="Microsoft Word")


# ---------------------------------------------------------------- ig33 MT minutes with paraphs (Info /Author)
@doc("ig33", hidden=[("Zwartjes", "PERSON", "Hanneke Zwartjes", True, "metadata")])
def ig33(p: Path):
    flow(p, [
        ("h", "Verslag MT Bedrijfsvoering - 17 maart 2025"),
        ("kv", [("Aanwezig", "WBo (voorzitter), ATe, YLa, TvtH, EK (notulist), BdR (agendapunt 3; telefonisch via "
                             "06-52093318)"),
                ("Afwezig", "hoofd Financiën (met bericht)"), ("Kenmerk", "MT-BV-2025-11")], 26),
        ("h2", "1. Opening en mededelingen"),
        ("p", "WBo meldt dat de commissaris van de Koning Oosters op 13 maart is geïnformeerd over het lopende "
              "onderzoek INT-2025-014. Verder geen mededelingen."),
        ("h2", "2. Stand van zaken integriteitsonderzoek (vertrouwelijk)"),
        ("p", "ATe: Hoffmann Bedrijfsrecherche start op 18 maart 2025 met de interviews. De melder is geïnformeerd "
              "via de vertrouwenspersoon. YLa: de ordemaatregel is op 10 maart aan betrokkene (MKu) uitgereikt; hij "
              "werkt tijdelijk bij Vastgoed. Er zijn signalen dat collega's speculeren over de melder."),
        ("p", "Actie: ATe stuurt een algemene mail aan het team over vertrouwelijkheid, zonder namen. TvtH kijkt "
              "of de Wet bescherming klokkenluiders aanvullende maatregelen vraagt."),
        ("h2", "3. Inkoop: functiescheiding"),
        ("p", "Het MT besluit vooruitlopend op het rapport dat opdrachten boven € 10.000 door twee medewerkers "
              "worden voorbereid. BdR licht toe dat dit met de huidige bezetting krap is; hij vraagt een extra "
              "inkoopadviseur. Besluit uitgesteld tot na het rapport."),
        ("h2", "4. Rondvraag"),
        ("p", "Esther Kleinjan vraagt of het verslag van dit agendapunt in het Woo-archief vertrouwelijk wordt "
              "opgeslagen. WBo: ja, onder INT-2025-014."),
        ("p", "Vastgesteld in het MT van 24 maart 2025.  Paraaf voorzitter: WBo"),
    ], font="Carlito", size=10.5, title="Verslag MT Bedrijfsvoering 17-03-2025", creator="Microsoft Word")
    hidden(p, author="Zwartjes, H.")


# ---------------------------------------------------------------- ig34 report page printed with markup (balloons)
@doc("ig34")
def ig34(p: Path):
    st = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=14)
    bs = ParagraphStyle("s", fontName="Helvetica", fontSize=7.5, leading=9.5, textColor=colors.HexColor("#7a1f1f"))
    rows = [
        ("3.2 Opdrachtverlening", "Opmerking [SW1]: Wagenaar, Sjoerd - 14-05-2025 09:12\nBedragen checken met "
                                  "crediteurenlijst (Kleinjan)."),
        ("De vier opdrachten zijn alle door de betrokkene voorbereid en door de teamleider afgetekend. De bedragen "
         "bleven steeds net onder € 25.000.", "Verwijderd: de heer Kuijpers\nAuteur: Ramdin, Priya 14-05-2025"),
        ("Betrokkene stelt dat hij 'gewoon de goedkoopste' koos; vergelijkende offertes ontbreken echter in alle "
         "vier dossiers.", "Opmerking [PR2]: Ramdin, Priya - 14-05-2025 11:40\nCitaat MKu uit verslag 2, "
                           "regel 31. Dennis O. bevestigt in verklaring dat hij niet concurreerde."),
        ("3.3 Aanbesteding PU-2024-0388", ""),
        ("Groenlijn Infra B.V. won perceel 2 (€ 1.240.000 over vier jaar). De directeur verklaarde dat de naam van de "
         "onderaannemer 'via de provincie' was aangedragen.", "Verwijderd: (de heer R. Haverkamp)\nAuteur: "
                                                               "Wagenaar, Sjoerd 15-05-2025"),
        ("Een uitvoerder van Groenlijn Infra verklaarde dat de eigenaar van de eenmanszaak al vóór de gunning bij "
         "een schouw aanwezig was.", "Opmerking [SW3]: Wagenaar, Sjoerd\nNaam uitvoerder (W. Nowak) niet in "
                                     "rapport, wel in bijlage 4g. Akkoord Roodbeen voor opmaak."),
        ("Uit de mailbox blijkt dat het concept op 13 januari 2025 is doorgestuurd naar twee privéadressen.",
         "Opgemaakt: Markeren\nAuteur: Ploeger, Daan"),
    ]
    data = [[Paragraph(a, st), Paragraph(b.replace("\n", "<br/>"), bs) if b else ""] for a, b in rows]
    t = Table(data, colWidths=[112 * mm, 58 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBEFORE", (1, 0), (1, -1), 0.5, colors.red),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))

    def deco(c, d):
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 287 * mm, "Conceptrapport HB-25-0417 v0.4 - afdruk met markeringen - pagina 7")
        c.drawRightString(190 * mm, 10 * mm, "Hoffmann Bedrijfsrecherche | vertrouwelijk")

    doc = SimpleDocTemplate(str(p), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=22 * mm,
                            title="Conceptrapport HB-25-0417 v0.4", author="Wagenaar, Sjoerd")
    doc.build([Paragraph("Conceptrapport (versie 0.4, met opmerkingen)", ParagraphStyle(
        "h", fontName="Times-Bold", fontSize=14, leading=18)), Spacer(1, 6 * mm), t],
        onFirstPage=deco, onLaterPages=deco)


def _signatures(src: Path, sigs):
    """Overlay handwritten-looking signatures (fonts-femkeklaver) on page 1 of src."""
    import io

    import pikepdf
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Femke", 17)
    for x, y, t in sigs:
        c.drawString(x, y, t)
    c.save()
    buf.seek(0)
    with pikepdf.open(str(src), allow_overwriting_input=True) as pdf, pikepdf.open(buf) as ov:
        pikepdf.Page(pdf.pages[0]).add_overlay(ov.pages[0])
        pdf.save(str(src))
