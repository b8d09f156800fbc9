"""Documents of set IG (eval/blind/mixed112), part 1: the Woo decision, the request, the melding and the intake.
Each builder writes one PDF; DOCS lists (stem, builder, options)."""
from __future__ import annotations

from pathlib import Path

from lib import docx_build, flow, hidden, soffice_pdf
from registry import IBAN_KUIJPERS, IBAN_OOSTERWIJK, IBAN_OUDEJANS, IBAN_OUDEJANS_RAW

PU = "Provincie Utrecht"
ADDR = ["Archimedeslaan 6", "3584 BA Utrecht", "Postbus 80300", "3508 TH Utrecht", "Telefoon 030 258 9111"]
MOT = ("Informatie die niet openbaar gemaakt kan worden",
       "Motivering")

DOCS: list = []


def doc(stem, **opts):
    def deco(fn):
        DOCS.append((stem, fn, opts))
        return fn
    return deco


def mail_head(frm, sent, to, cc, subj, att=None):
    rows = [("Van:", frm), ("Verzonden:", sent), ("Aan:", to)]
    if cc:
        rows.append(("CC:", cc))
    rows.append(("Onderwerp:", subj))
    if att:
        rows.append(("Bijlagen:", att))
    return ("kv", rows, 24)


# ---------------------------------------------------------------- ig01 Woo decision
@doc("ig01")
def ig01(p: Path):
    flow(p, [
        ("small", " | ".join(ADDR)),
        ("sp", 4),
        ("p", "De heer K.M. Oosterwijk\nSchoudermantel 34\n3981 AJ Bunnik"),
        ("sp", 3),
        ("kv", [("Datum", "14 april 2026"), ("Ons kenmerk", "UIT-2026-04415"), ("Zaaknummer", "WOO-2026-0311"),
                ("Behandeld door", "L. Brandsma"), ("Telefoon", "030 258 4410"),
                ("E-mail", "woo@provincie-utrecht.nl"),
                ("Onderwerp", "Besluit op uw Woo-verzoek over het integriteitsonderzoek inkoop (INT-2025-014)")], 32),
        ("p", "Geachte heer Oosterwijk,"),
        ("p", "Op 2 februari 2026 hebben wij uw verzoek ontvangen op grond van de Wet open overheid (Woo). U vraagt "
              "om openbaarmaking van alle documenten over het integriteitsonderzoek dat de Provincie Utrecht in 2025 "
              "heeft laten uitvoeren naar aanleiding van een melding over mogelijke belangenverstrengeling bij de "
              "aanbesteding PU-2024-0388 (onderhoud bermen en watergangen). Bij brief van 16 februari 2026 hebben wij "
              "de ontvangst bevestigd. Bij brief van 9 maart 2026 is de beslistermijn met twee weken verdaagd, omdat "
              "derden in de gelegenheid zijn gesteld een zienswijze te geven."),
        ("h2", "1. Besluit"),
        ("p", "Gedeputeerde Staten besluiten de documenten die onder uw verzoek vallen deels openbaar te maken. "
              "Twee documenten worden niet openbaar gemaakt. Een overzicht staat in de inventarislijst (bijlage 1). "
              "De documenten worden gepubliceerd op open.overheid.nl en op de website van de Provincie Utrecht."),
        ("h2", "2. Gevonden documenten"),
        ("p", "Bij het Bureau Integriteit, het Team Inkoop & Contractmanagement en het secretariaat van de "
              "provinciesecretaris zijn 33 documenten gevonden. Het gaat onder meer om de melding, het verslag van de "
              "vertrouwenspersoon, e-mails, een chatgesprek in Microsoft Teams, de gespreksverslagen, het "
              "onderzoeksrapport van Hoffmann Bedrijfsrecherche (dossier HB-25-0417) en het besluit van de "
              "provinciesecretaris van 20 juni 2025."),
        ("h2", "3. Zienswijzen"),
        ("p", "Wij hebben Groenlijn Infra B.V., de eenmanszaak die in de stukken voorkomt en de betrokken medewerker "
              "om een zienswijze gevraagd. De heer Haverkamp heeft namens Groenlijn Infra laten weten geen bezwaar te "
              "hebben tegen openbaarmaking van de opdrachtverlening, mits de tarieven onleesbaar worden gemaakt. "
              "Mr. Ch. Dekker-Mulder van Domstad Advocaten heeft namens de betrokken medewerker bezwaar gemaakt; "
              "haar zienswijze hebben wij meegewogen in paragraaf 4."),
        ("h2", "4. Overwegingen"),
        ("p", "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). De namen, e-mailadressen, telefoonnummers, "
              "personeelsnummers en handtekeningen van medewerkers die niet uit hoofde van hun functie in de "
              "openbaarheid treden, maken wij niet openbaar. Dat geldt ook voor de gegevens van de melder, de "
              "geïnterviewden en de medewerkers van het externe onderzoeksbureau. De namen van de commissaris van de "
              "Koning Oosters en van burgemeester Dijksma blijven leesbaar: zij treden in hun functie naar buiten."),
        ("p", "Bijzondere en strafrechtelijke persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). Gegevens "
              "over de gezondheid van een betrokkene, over een disciplinaire maatregel en over een mogelijk "
              "strafbaar feit maken wij niet openbaar. Ook de handelsnaam van de eenmanszaak, die de achternaam van "
              "de eigenaar draagt, het KvK-nummer en het rekeningnummer worden onleesbaar gemaakt, omdat zij direct "
              "naar een natuurlijke persoon herleidbaar zijn."),
        ("p", "Het belang van openbaarheid weegt zwaar waar het gaat om de wijze waarop de provincie met een "
              "integriteitsmelding is omgegaan. Daarom maken wij het onderzoeksrapport en het besluit wel openbaar, "
              "met uitzondering van de persoonsgegevens. De Ambtenarenwet 2017 en de Provinciewet verplichten de "
              "provincie tot een integriteitsbeleid; de Gedragscode Integriteit Provincie Utrecht is openbaar."),
        ("h2", "5. Wijze van openbaarmaking"),
        ("p", "De documenten worden u digitaal toegezonden. Tegen dit besluit kunt u binnen zes weken bezwaar maken "
              "bij Gedeputeerde Staten, Postbus 80300, 3508 TH Utrecht, op grond van de Algemene wet bestuursrecht."),
        ("p", "Hoogachtend,\nGedeputeerde Staten van Utrecht,\nnamens dezen,\n\n\ndrs. W.P. Boschloo\n"
              "provinciesecretaris"),
        ("small", "Bijlagen: 1. inventarislijst; 2. documenten (deels openbaar). Vragen? Mail woo@provincie-utrecht.nl "
                  "o.v.v. WOO-2026-0311 of bel 030 258 9111."),
    ], font="Helvetica", size=9.5, footer="WOO-2026-0311", title="Besluit Woo-verzoek WOO-2026-0311",
        author="Brandsma, Lotte", creator="Microsoft Word")


# ---------------------------------------------------------------- ig02 inventory list
@doc("ig02")
def ig02(p: Path):
    rows = [["Nr", "Datum", "Document", "Beoordeling", "Grond", "Opmerking"],
            ["1", "03-02-2025", "Melding vermoeden integriteitsschending (formulier)", "Deels openbaar", "5.1.2e", ""],
            ["2", "04-02-2025", "E-mail I. van der Veen-Schouten aan vertrouwenspersoon", "Deels openbaar", "5.1.2e", ""],
            ["3", "05-02-2025", "Gespreksnotitie vertrouwenspersoon J. Ngadi", "Deels openbaar", "5.1.2e", ""],
            ["4", "11-02-2025", "E-mailwisseling Bureau Integriteit - provinciesecretaris", "Deels openbaar", "5.1.2e", ""],
            ["5", "24-02-2025", "Memo vooronderzoek Bureau Integriteit", "Deels openbaar", "5.1.2e", ""],
            ["6", "06-03-2025", "Opdrachtbrief Hoffmann Bedrijfsrecherche", "Deels openbaar", "5.1.2e", ""],
            ["7", "10-03-2025", "Onderzoeksplan HB-25-0417 (met opmerkingen)", "Deels openbaar", "5.1.2e", ""],
            ["8", "10-03-2025", "Brief aan betrokkene M. Kuijpers (ordemaatregel)", "Deels openbaar", "5.1.2e, 5.1.1d", ""],
            ["9", "18-03-2025", "Lijst geïnterviewden", "Deels openbaar", "5.1.2e", ""],
            ["10", "18-03-2025", "Gespreksverslag melder", "Deels openbaar", "5.1.2e", ""],
            ["11", "27-03-2025", "Gespreksverslag betrokkene", "Deels openbaar", "5.1.2e, 5.1.1d", ""],
            ["12", "01-04-2025", "Gespreksverslag teamleider B. de Rooij", "Deels openbaar", "5.1.2e", ""],
            ["13", "03-04-2025", "Gespreksverslag contractmanager G. Holtkamp", "Deels openbaar", "5.1.2e", ""],
            ["14", "19-12-2024", "Chatgesprek Microsoft Teams (export)", "Deels openbaar", "5.1.2e", ""],
            ["15", "12-05-2025", "Tijdlijn", "Deels openbaar", "5.1.2e", ""],
            ["16", "12-05-2025", "Overzicht facturen Oudejans Advies", "Deels openbaar", "5.1.2e", "KvK-nr en IBAN"],
            ["17", "21-03-2025", "Uittreksel Handelsregister (scan)", "Deels openbaar", "5.1.2e", ""],
            ["18", "06-06-2025", "Onderzoeksrapport HB-25-0417", "Deels openbaar", "5.1.2e, 5.1.1d", ""],
            ["19", "26-05-2025", "Reactie hoor en wederhoor Domstad Advocaten", "Deels openbaar", "5.1.2e", ""],
            ["20", "20-06-2025", "Besluit provinciesecretaris PS-2025-1187", "Deels openbaar", "5.1.2e, 5.1.1d", ""],
            ["21", "08-07-2025", "Besluit disciplinaire maatregel", "Niet openbaar", "5.1.1d, 5.1.2e",
             "Integraal persoonsgegevens"],
            ["22", "09-04-2025", "Verklaring D. Oudejans (gescand)", "Deels openbaar", "5.1.2e", ""],
            ["23", "24-06-2025", "Nota aan de commissaris van de Koning", "Deels openbaar", "5.1.2e", ""],
            ["24", "16-04-2025", "E-mail gemeente Utrecht (GU-INT-25-031)", "Deels openbaar", "5.1.2e", ""],
            ["25", "13-01-2025", "Doorgestuurde e-mail aan privéadres", "Deels openbaar", "5.1.2e", ""],
            ["26", "27-06-2025", "Memo aangifte Openbaar Ministerie", "Niet openbaar", "5.1.1d", "Strafrechtelijk gegeven"],
            ["27", "10-07-2025", "Ontvangstbevestiging (gescand)", "Deels openbaar", "5.1.2e", ""],
            ["28", "18-03-2026", "Verzoek om zienswijze derden", "Deels openbaar", "5.1.2e", ""],
            ]
    flow(p, [("h", "Inventarislijst Woo-verzoek WOO-2026-0311"),
             ("p", "Bijlage 1 bij besluit UIT-2026-04415 van Gedeputeerde Staten van de Provincie Utrecht. "
                   "Onderwerp: integriteitsonderzoek INT-2025-014 (aanbesteding PU-2024-0388)."),
             ("t", rows, [10, 22, 112, 30, 30, 50])],
         font="Carlito", size=9.5, land=True, title="Inventarislijst WOO-2026-0311", author="Brandsma, Lotte",
         creator="Microsoft Excel")


# ---------------------------------------------------------------- ig03 the Woo request (mail)
@doc("ig03")
def ig03(p: Path):
    flow(p, [
        ("b", "Brandsma, Lotte"),
        ("pre", "_" * 96),
        mail_head("Koen Oosterwijk <koen.oosterwijk@gmail.com>", "maandag 2 februari 2026 08:12",
                  "woo@provincie-utrecht.nl", "", "Woo-verzoek integriteitsonderzoek inkoop bermonderhoud"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Op grond van de Wet open overheid verzoek ik u om openbaarmaking van alle documenten die betrekking "
              "hebben op het integriteitsonderzoek naar een medewerker van het Team Inkoop & Contractmanagement, "
              "waarover in september 2025 in de regionale pers werd bericht. Het gaat mij in het bijzonder om:"),
        ("p", "1. de melding en de reactie van het Bureau Integriteit;\n2. de opdracht aan en het rapport van het "
              "externe onderzoeksbureau;\n3. het besluit dat naar aanleiding van het rapport is genomen;\n"
              "4. correspondentie met Groenlijn Infra B.V. over de aanbesteding PU-2024-0388."),
        ("p", "Ik ontvang de documenten graag digitaal. Voor vragen ben ik bereikbaar op 06 1937 2284. Mocht u "
              "kosten in rekening willen brengen: mijn rekeningnummer is " + IBAN_OOSTERWIJK + "."),
        ("p", "Met vriendelijke groet,\n\nKoen Oosterwijk\nSchoudermantel 34\n3981 AJ Bunnik"),
        ("pre", "-" * 96),
        mail_head("Brandsma, Lotte", "maandag 2 februari 2026 10:47", "'Koen Oosterwijk'", "Woo-team",
                  "RE: Woo-verzoek integriteitsonderzoek inkoop bermonderhoud"),
        ("p", "Beste heer Oosterwijk,\n\nDank voor uw verzoek. Wij hebben het geregistreerd onder zaaknummer "
              "WOO-2026-0311. U ontvangt binnen twee weken een ontvangstbevestiging per brief.\n\nMet vriendelijke "
              "groet,\nLotte Brandsma\njuridisch adviseur Woo | Provincie Utrecht\nT 030 258 4410 | "
              "l.brandsma@provincie-utrecht.nl\nAlgemeen: 030 258 9111 | woo@provincie-utrecht.nl"),
    ], font="Helvetica", size=9.5, title="Woo-verzoek integriteitsonderzoek", author="Brandsma, Lotte",
        creator="Microsoft Outlook")


# ---------------------------------------------------------------- ig04 melding form (AcroForm)
@doc("ig04", hidden=[
    ("Ingrid van der Veen-Schouten", "PERSON", "Ingrid van der Veen-Schouten", False, "annotations"),
    ("104417", "PERSNR", "104417", True, "annotations"),
    ("06-41278390", "PHONE", "06-41278390", False, "annotations"),
    ("ingridschouten71@gmail.com", "EMAIL", "ingridschouten71@gmail.com", False, "annotations"),
    ("Marco Kuijpers", "PERSON", "Marco Kuijpers", False, "annotations"),
])
def ig04(p: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(p), pagesize=A4)
    c.setTitle("Meldingsformulier vermoeden integriteitsschending")
    c.setAuthor("Bureau Integriteit")
    W, H = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, H - 60, "Meldingsformulier vermoeden integriteitsschending")
    c.setFont("Helvetica", 9)
    c.drawString(50, H - 76, "Provincie Utrecht | Bureau Integriteit | integriteit@provincie-utrecht.nl | "
                             "vertrouwelijk")
    c.drawString(50, H - 88, "Zaaknummer (in te vullen door Bureau Integriteit): INT-2025-014     "
                             "Datum ontvangst: 3 februari 2025")
    form = c.acroForm
    y = H - 125
    fields = [("Naam melder", "melder_naam", "Ingrid van der Veen-Schouten"),
              ("Personeelsnummer", "melder_persnr", "104417"),
              ("Telefoon (bij voorkeur privé)", "melder_tel", "06-41278390"),
              ("E-mail (privé)", "melder_mail", "ingridschouten71@gmail.com"),
              ("Naam betrokkene(n)", "betrokkene", "Marco Kuijpers"),
              ("Functie betrokkene", "functie", "senior inkoopadviseur"),
              ("Afdeling", "afdeling", "Team Inkoop & Contractmanagement")]
    for label, name, val in fields:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(50, y + 5, label)
        form.textfield(name=name, value=val, x=230, y=y, width=300, height=18, fontName="Helvetica",
                       fontSize=9.5, borderWidth=0.6, forceBorder=True)
        y -= 28
    c.setFont("Helvetica-Bold", 10)
    y -= 6
    c.drawString(50, y, "Omschrijving van het vermoeden")
    y -= 16
    c.setFont("Helvetica", 9.5)
    txt = [
        "Bij het opstellen van het contractdossier voor PU-2024-0388 (onderhoud bermen en watergangen, perceel 2)",
        "zag ik dat Groenlijn Infra B.V. de projectbegeleiding heeft uitbesteed aan een eenmanszaak met de",
        "handelsnaam Oudejans Advies & Projectbegeleiding (KvK 84736291). Daarnaast heeft het team sinds 2023 vier",
        "opdrachten rechtstreeks aan deze eenmanszaak verstrekt, telkens net onder de drempel voor een meervoudig",
        "onderhandse procedure, samen € 96.800. Alle opdrachten zijn voorbereid door collega Kuijpers.",
        "Op de verjaardag van een collega vertelde Marco dat zijn zwager Dennis 'het bermwerk in de regio doet'.",
        "Ik weet niet of hij zijn familierelatie heeft gemeld. Ik wil graag dat dit wordt uitgezocht zonder dat",
        "mijn naam bij de betrokkene bekend wordt.",
    ]
    for line in txt:
        c.drawString(50, y, line)
        y -= 13
    y -= 10
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Heeft u de melding eerder met iemand besproken?")
    y -= 15
    c.setFont("Helvetica", 9.5)
    c.drawString(50, y, "Ja, met de vertrouwenspersoon integriteit (mevrouw Ngadi) op 4 februari 2025, en kort met")
    y -= 13
    c.drawString(50, y, "mijn teamleider Bart-Jan de Rooij.")
    y -= 30
    c.setFont("Helvetica", 8)
    for line in ["Dit formulier wordt vertrouwelijk behandeld volgens de Regeling melden vermoeden van een misstand",
                 "Provincie Utrecht en de Wet bescherming klokkenluiders. Inleveren bij het Bureau Integriteit,",
                 "Archimedeslaan 6, 3584 BA Utrecht, of via integriteit@provincie-utrecht.nl."]:
        c.drawString(50, y, line)
        y -= 11
    c.showPage()
    c.save()


# ---------------------------------------------------------------- ig05 mail to the vertrouwenspersoon
@doc("ig05")
def ig05(p: Path):
    flow(p, [
        ("b", "Ngadi, Joëlle"),
        ("pre", "_" * 90),
        mail_head("Ngadi, Joëlle <j.ngadi@provincie-utrecht.nl>", "dinsdag 4 februari 2025 16:05",
                  "Veen-Schouten, Ingrid van der <i.vanderveen-schouten@provincie-utrecht.nl>", "",
                  "RE: even sparren (vertrouwelijk)"),
        ("p", "Hoi Ingrid,\n\nDank voor je bericht. Ik heb morgen om 10.00 uur tijd, in de stilteruimte op de vierde "
              "verdieping van de Archimedeslaan 6, of via Microsoft Teams als je liever niet in het gebouw wordt "
              "gezien. Wat je mij vertelt blijft tussen ons, tenzij je zelf besluit een melding te doen bij het "
              "Bureau Integriteit. Je kunt mij ook op mijn mobiel bereiken: 06 3810 4452.\n\nHartelijke groet,\n"
              "Joëlle\n\nJoëlle Ngadi | vertrouwenspersoon integriteit\nProvincie Utrecht | T 030-2582714\n"
              "vertrouwenspersoon@provincie-utrecht.nl"),
        ("pre", "-" * 90),
        mail_head("Veen-Schouten, Ingrid van der", "dinsdag 4 februari 2025 13:31", "Ngadi, Joëlle", "",
                  "even sparren (vertrouwelijk)"),
        ("p", "Hallo Joëlle,\n\nIk zit ergens mee en wil dat graag eerst met jou bespreken voordat ik iets "
              "formeels doe. Het gaat over opdrachten in ons team en een mogelijke familierelatie van een collega "
              "met een leverancier. Ik weet niet goed of ik het mis heb, en ik werk dagelijks met hem samen.\n\n"
              "Zou je deze week tijd hebben? Liever niet via mijn werkmail verder; mijn privéadres is "
              "ingridschouten71@gmail.com en mijn nummer 06 4127 8390.\n\nGroet,\nIngrid\n\n"
              "I. van der Veen-Schouten | senior beleidsadviseur inkoop\nTeam Inkoop & Contractmanagement | "
              "Provincie Utrecht"),
    ], font="DejaVu", size=9, title="RE: even sparren (vertrouwelijk)", author="Ngadi, Joëlle",
        creator="Microsoft Outlook")


# ---------------------------------------------------------------- ig06 notes vertrouwenspersoon (docx)
@doc("ig06")
def ig06(p: Path):
    d = docx_build([
        ("hdr", "VERTROUWELIJK - vertrouwenspersoon integriteit Provincie Utrecht"),
        ("h", "Gespreksnotitie vertrouwenspersoon"),
        ("t", [["Datum", "5 februari 2025, 10.00-11.10 uur"],
               ["Vertrouwenspersoon", "J. Ngadi"],
               ["Medewerker", "mw. I. van der Veen-Schouten (pers.nr. 104417)"],
               ["Onderwerp", "vermoeden belangenverstrengeling inkoop"]]),
        ("p", "Mw. Van der Veen-Schouten vertelt dat zij bij het opbouwen van het contractdossier van PU-2024-0388 "
              "facturen zag van een eenmanszaak, Oudejans Advies & Projectbegeleiding, die als onderaannemer van "
              "Groenlijn Infra B.V. werkt. Collega Kuijpers heeft op een teamuitje gezegd dat zijn zwager Dennis in de "
              "bermen werkt. Zij heeft de achternaam opgezocht bij de Kamer van Koophandel."),
        ("p", "Zij maakt zich zorgen over haar positie: De Rooij (teamleider) en Kuijpers zijn bevriend en zij "
              "heeft in 2024 een moeizaam functioneringsgesprek gehad. Zij vraagt of zij anoniem kan melden."),
        ("p", "Besproken: de route via het Bureau Integriteit (coördinator integriteit A. Terpstra) en de "
              "mogelijkheid om bij het Huis voor Klokkenluiders advies te vragen. Uitgelegd dat een melding op grond "
              "van de Regeling melden vermoeden van een misstand vertrouwelijk wordt behandeld en dat de Wet "
              "bescherming klokkenluiders benadeling verbiedt."),
        ("p", "Afspraak: Ingrid vult het meldingsformulier in en levert het zelf in bij het Bureau Integriteit. "
              "Ik blijf beschikbaar voor nazorg. Vervolgafspraak over vier weken."),
        ("p", "JN"),
        ("ftr", "Gespreksnotitie vertrouwenspersoon, 5 februari 2025 - niet verspreiden"),
    ], font="Calibri", author="Ngadi, J.", title="Gespreksnotitie")
    soffice_pdf(d, p)


# ---------------------------------------------------------------- ig07 mail thread Bureau Integriteit / provinciesecretaris
@doc("ig07")
def ig07(p: Path):
    flow(p, [
        ("b", "Boschloo, Wouter"),
        ("pre", "_" * 100),
        mail_head("Boschloo, Wouter", "dinsdag 11 februari 2025 18:22", "Terpstra, Annemiek",
                  "Lammers, Yvonne; Hek, Thijs van 't; Zwartjes, Hanneke", "RE: Melding INT-2025-014 - verzoek "
                  "besluit vooronderzoek"),
        ("p", "Annemiek,\n\nAkkoord met een vooronderzoek door jullie. Houd de kring klein: alleen Yvonne (HR) en "
              "Thijs (juridisch) worden meegenomen. Ik informeer de commissaris van de Koning Oosters als "
              "integriteitsverantwoordelijke zelf in ons wekelijkse overleg. Ik wil voor 28 februari weten of we "
              "een extern onderzoek laten doen; denk aan Hoffmann of BIOS-adviseurs.\n\nWouter\n\n"
              "drs. W.P. (Wouter) Boschloo | provinciesecretaris\nT 030 258 2001 | w.boschloo@provincie-utrecht.nl"),
        ("pre", "-" * 100),
        mail_head("Terpstra, Annemiek", "dinsdag 11 februari 2025 09:14", "Boschloo, Wouter",
                  "Lammers, Yvonne; Hek, Thijs van 't", "Melding INT-2025-014 - verzoek besluit vooronderzoek"),
        ("p", "Beste Wouter,\n\nOp 3 februari 2025 heeft het Bureau Integriteit een melding ontvangen van een "
              "medewerker van het Team Inkoop & Contractmanagement. De melding gaat over een senior inkoopadviseur "
              "(M. Kuijpers, personeelsnummer 088213) die opdrachten zou hebben voorbereid en gegund aan een "
              "eenmanszaak van zijn zwager, zonder dat hij die familierelatie heeft gemeld als nevenbelang."),
        ("p", "De melder is bekend bij ons (mw. Van der Veen-Schouten) en heeft vooraf gesproken met de "
              "vertrouwenspersoon. Zij wil dat haar naam buiten het dossier van de betrokkene blijft."),
        ("p", "Mijn voorstel:\n1. een kort vooronderzoek door het Bureau Integriteit (inkoopdata, TenderNed, "
              "KvK-gegevens) van twee weken;\n2. daarna besluit over een extern feitenonderzoek;\n3. geen contact met "
              "de betrokkene of diens teamleider B. de Rooij tot het besluit over stap 2.\n\nKun je hiermee "
              "instemmen? Ik ben vandaag telefonisch bereikbaar op 06-18442093.\n\nMet vriendelijke groet,\n\n"
              "Annemiek Terpstra\ncoördinator integriteit | Bureau Integriteit\nProvincie Utrecht | Archimedeslaan 6 | "
              "3584 BA Utrecht\na.terpstra@provincie-utrecht.nl | integriteit@provincie-utrecht.nl"),
        ("pre", "-" * 100),
        mail_head("Hek, Thijs van 't", "dinsdag 11 februari 2025 11:02", "Terpstra, Annemiek", "Lammers, Yvonne",
                  "RE: Melding INT-2025-014 - verzoek besluit vooronderzoek"),
        ("p", "Hoi Annemiek, eens met de aanpak. Let op: als er een ordemaatregel komt, moet die op grond van de "
              "CAO Provincies en de Ambtenarenwet 2017 schriftelijk en gemotiveerd. Ik kijk graag mee naar de brief. "
              "Groet, Thijs"),
        ("pre", "-" * 100),
        mail_head("Lammers, Yvonne", "dinsdag 11 februari 2025 11:36", "Hek, Thijs van 't; Terpstra, Annemiek", "",
                  "RE: Melding INT-2025-014 - verzoek besluit vooronderzoek"),
        ("p", "Eens. Ik zorg dat het personeelsdossier van de betrokkene klaarligt, inclusief het register "
              "nevenwerkzaamheden. Ik stem de datum voor een eventuele ordemaatregel af met Bart-Jan zodra Wouter "
              "akkoord is.\n\nYvonne Lammers | HR-adviseur | Provincie Utrecht\nT 030 258 3377 | "
              "y.lammers@provincie-utrecht.nl"),
    ], font="Helvetica", size=9.5, title="RE: Melding INT-2025-014", author="Zwartjes, Hanneke",
        creator="Microsoft Outlook")


# ---------------------------------------------------------------- ig08 memo vooronderzoek
@doc("ig08", hidden=[("Esther Kleinjan", "PERSON", "Esther Kleinjan", False, "metadata")])
def ig08(p: Path):
    rows = [["Jaar", "Opdracht", "Procedure", "Bedrag excl. btw", "Voorbereid door"],
            ["2023", "Projectbegeleiding maaibestek Kromme Rijn", "enkelvoudig onderhands", "€ 24.500", "MKu"],
            ["2023", "Inspectie duikers N227", "enkelvoudig onderhands", "€ 23.900", "MKu"],
            ["2024", "Advies bermbeheerplan Utrechtse Heuvelrug", "enkelvoudig onderhands", "€ 24.800", "MKu"],
            ["2024", "Projectbegeleiding perceel 2 (via Groenlijn Infra)", "onderaanneming", "€ 23.600", "MKu / GHo"]]
    flow(p, [
        ("h", "Memo vooronderzoek INT-2025-014"),
        ("kv", [("Aan", "provinciesecretaris"), ("Van", "Bureau Integriteit, A. Terpstra (ATe)"),
                ("Kopie", "Y. Lammers (HR), mr. T. van 't Hek (Juridische Zaken)"), ("Datum", "24 februari 2025"),
                ("Kenmerk", "INT-2025-014"), ("Rubricering", "Vertrouwelijk - persoonsgegevens")], 30),
        ("h2", "1. Aanleiding"),
        ("p", "Op 3 februari 2025 is een melding ontvangen over mogelijke belangenverstrengeling van een senior "
              "inkoopadviseur van het Team Inkoop & Contractmanagement. Op uw verzoek van 11 februari heeft het "
              "Bureau Integriteit een vooronderzoek gedaan naar de vraag of er voldoende aanleiding is voor een "
              "feitenonderzoek."),
        ("h2", "2. Bevindingen uit openbare bronnen en eigen administratie"),
        ("p", "Volgens het Handelsregister van de Kamer van Koophandel is D.J. Oudejans sinds 12 mei 2021 eigenaar van "
              "de eenmanszaak Oudejans Advies & Projectbegeleiding, KvK-nummer 84736291, gevestigd Lindenhof 7, "
              "3993 XA Houten. De vrouw van de heer Kuijpers heet volgens het personeelsdossier Oudejans van haar "
              "meisjesnaam. Uit de crediteurenadministratie blijkt dat de provincie sinds 2023 vier facturen van deze "
              "eenmanszaak heeft betaald op rekening " + IBAN_OUDEJANS + "."),
        ("t", rows, [14, 64, 38, 30, 24]),
        ("p", "In het register nevenwerkzaamheden en financiële belangen staat voor M.A. Kuijpers geen melding. De "
              "opdrachten zijn steeds gegund zonder vergelijkende offertes. De totale waarde (€ 96.800) ligt boven de "
              "drempel van het Inkoop- en aanbestedingsbeleid voor een meervoudig onderhandse procedure, wat wijst op "
              "mogelijk opknippen van opdrachten."),
        ("h2", "3. Advies"),
        ("p", "Het Bureau Integriteit adviseert een extern feitenonderzoek, gelet op de positie van de betrokkene en "
              "het risico van vooringenomenheid binnen de eigen organisatie. Hoffmann Bedrijfsrecherche heeft een "
              "raamovereenkomst met de provincie en kan binnen twee weken starten. Tevens adviseren wij te overwegen "
              "de betrokkene tijdelijk andere werkzaamheden te laten verrichten (ordemaatregel), zodat hij het "
              "onderzoek niet kan beïnvloeden."),
        ("h2", "4. Vervolg"),
        ("p", "Na uw akkoord stelt het Bureau Integriteit de opdrachtbrief op. De commissaris van de Koning Oosters "
              "wordt door u geïnformeerd. De melder wordt door de vertrouwenspersoon op de hoogte gehouden.\n\nATe"),
    ], font="Times-Roman", size=10.5, title="Memo vooronderzoek", creator="Microsoft Word", header="VERTROUWELIJK")
    hidden(p, author="Esther Kleinjan")
