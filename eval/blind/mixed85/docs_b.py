"""Documents cq12-cq22."""
import tempfile as _tf

from lib import *  # noqa: F401,F403

D = {}


def doc(fn):
    D[fn.__name__] = fn
    return fn


@doc
def cq12(p):
    st = Sty("LibSerif", 11)
    story = [Paragraph("TWENTSTAD ADVOCATEN", st.h1), Paragraph("Hendrik Jan van Heekplein 9 | 7511 HK Enschede | 053 431 22 00", st.small),
             Spacer(1, 8 * mm)]
    story += paras(st, """Landelijk Orgaan Wetenschappelijke Integriteit
t.a.v. de secretaris
Kloveniersburgwal 29
1011 JV Amsterdam
per e-mail: lowi@knaw.nl

Enschede, 16 mei 2025
Uw kenmerk: –
Ons kenmerk: 25/0412 FJH
Betreft: verzoek om advies – oordeel college van bestuur Universiteit Twente van 12 mei 2025 (CWI-2025-04)

Geacht college,

Namens mijn cliënt, de heer dr. Kerem Yıldız, universitair hoofddocent aan de Universiteit Twente, verzoek ik het LOWI om advies over het definitieve oordeel van het college van bestuur van 12 mei 2025.

Het college heeft het advies van de CWI overgenomen, maar is voorbijgegaan aan het feit dat binnen het project TwenteCat (NWO, Open Competitie ENW-XL) nooit schriftelijke afspraken over het gebruik van de data zijn gemaakt. De rebuttal aan NWO is geschreven door de programmaleider, prof. Van der Wetering, en is nooit in de vakgroep besproken. Cliënt heeft de data gebruikt zoals in de computational catalysis gebruikelijk is; de preprint is bovendien binnen twee weken ingetrokken.

Verder verzoek ik het LOWI rekening te houden met de gezondheid van cliënt. Hij kan door zijn hartritmestoornis niet aan langdurige zittingen deelnemen. Een verklaring van zijn cardioloog zend ik u desgewenst toe.

Cliënt is bereid tot een gesprek met klaagster, dr. Gallagher, onder leiding van een mediator.

Met vriendelijke groet,


mr. F.J. Haverkamp
advocaat
T 06-30458812 | haverkamp@twentstad-advocaten.nl""")
    build_rl(p, story, title="Verzoek LOWI", author="FJH", creator="Microsoft Word - 250516 LOWI verzoek.docx")


@doc
def cq13(p):
    st = Sty("DejaVuSerif", 9.5)
    story = [Paragraph("Landelijk Orgaan Wetenschappelijke Integriteit", st.h2),
             Paragraph("Advies LOWI 2025-09", st.h1)]
    story += paras(st, """Het Landelijk Orgaan Wetenschappelijke Integriteit (LOWI), in de samenstelling mr. P. van Amerongen (voorzitter), prof. dr. H. Smit-Bosma en dr. R. Mahabier (leden), bijgestaan door mr. J. Kemperman (secretaris), heeft het verzoek van verzoeker behandeld.

Verzoeker: dr. K. Yıldız, Universiteit Twente, bijgestaan door mr. F.J. Haverkamp
Belanghebbende: dr. A. Gallagher, Universiteit Twente
Instelling: Universiteit Twente, vertegenwoordigd door mr. G.J. Nijenhuis en de decaan TNW

## 1. Verloop van de procedure
1.1 Het verzoek is op 16 mei 2025 ontvangen. Omdat alle partijen daarom vroegen en de stukken van de CWI volledig waren, heeft het LOWI de zaak versneld behandeld.
1.2 De hoorzitting vond plaats op 26 mei 2025 in het Trippenhuis te Amsterdam. Belanghebbende was in verband met haar re-integratie telefonisch aanwezig.
1.3 Verzoeker heeft verzocht de zitting niet op vrijdag te houden. Het LOWI heeft dat gehonoreerd.

## 2. Standpunt verzoeker
Verzoeker stelt dat de dataset CatDB-23 een gemeenschappelijk product van de vakgroep was, mede berekend met scripts die hij zelf in de ASE-omgeving schreef, en dat de afspraken uit de rebuttal nooit zijn uitgevoerd. Een data board is nooit bijeengekomen.

## 3. Standpunt belanghebbende
Belanghebbende stelt dat zij de dataset heeft opgebouwd, dat verzoeker wist dat die nog niet was vrijgegeven en dat hij de map in SURF Research Drive heeft gekopieerd terwijl zij ziek thuis zat.""")
    story.append(PageBreak())
    story += paras(st, """## 4. Overwegingen
4.1 Het LOWI toetst of het college van bestuur op goede gronden tot zijn oordeel is gekomen. Het LOWI hanteert daarbij de Nederlandse gedragscode wetenschappelijke integriteit en de European Code of Conduct for Research Integrity (ALLEA).
4.2 Dat het data board nooit bijeenkwam, ontslaat verzoeker niet van de plicht om toestemming te vragen aan de verantwoordelijke voor WP2. Verzoeker was mede-aanvrager en kende de afspraken.
4.3 Het LOWI deelt het oordeel dat geen sprake is van fabrication, falsification of plagiarism, maar van questionable research practices.
4.4 Het LOWI merkt op dat de programmaleider, prof. Van der Wetering, onvoldoende heeft gezorgd voor heldere afspraken over authorship in een groep met promovendi en postdocs uit China, India, Polen, Brazilië en Ierland, die voor hun verblijfsvergunning als kennismigrant van hun contract afhankelijk zijn. Dit verdient aandacht van de instelling.

## 5. Advies
Het LOWI adviseert het college van bestuur van de Universiteit Twente zijn oordeel van 12 mei 2025 te handhaven, met de aanvulling dat de faculteit een regeling voor authorship en datagebruik vaststelt die ook in het Engels beschikbaar is.

Amsterdam, 2 juni 2025

mr. P. van Amerongen, voorzitter        mr. J. Kemperman, secretaris

Dit advies wordt geanonimiseerd gepubliceerd op www.lowi.nl.""")
    build_rl(p, story, title="LOWI 2025-09", author="LOWI",
             footer=page_footer("LOWI 2025-09 | Kloveniersburgwal 29 | 1011 JV Amsterdam | 020 551 07 37", "DejaVuSerif"))


@doc
def cq14(p):
    st = Sty("DejaVuMono", 8.5)
    lines = """Chat export - Microsoft Teams - "Kamervragen UT integriteit" (groepschat)
Deelnemers: Verbeek, Joost (OCW); Hamelink, Anouk (OCW); el Khatib, Rachid (OCW)
Geëxporteerd: 14-04-2025 17:02

[08-04-2025 09:12] Verbeek, Joost: goedemorgen, concept-antwoorden staan in de map. vraag 3 (terugvordering) hangt nog op NWO
[08-04-2025 09:14] Hamelink, Anouk: ik heb gisteren Marieke (decaan) gemaild, nog geen reactie
[08-04-2025 09:15] Verbeek, Joost: Sanne van NWO belt me om 11u
[08-04-2025 09:31] el Khatib, Rachid: let op: in vraag 4 staat 'de Ierse postdoc'. Dat is in combinatie met de faculteit gewoon herleidbaar. Liever 'een onderzoeker'
[08-04-2025 09:33] Hamelink, Anouk: eens. en de burn-out moet er helemaal uit
[08-04-2025 09:33] Verbeek, Joost: 👍 pas ik aan
[08-04-2025 11:47] Verbeek, Joost: NWO: geen terugvordering, dataset gaat naar Zenodo. Maarten (teamleider ENW) bevestigt per mail
[08-04-2025 11:49] el Khatib, Rachid: mooi. Joost kun je de mail van Sanne in de Woo-map zetten? dan hebben we 'm voor het verzoek van Kloosterboer
[08-04-2025 11:50] Verbeek, Joost: wie is Kloosterboer?
[08-04-2025 11:52] el Khatib, Rachid: Woo-verzoeker, Woo-2025-0311, wil alles over NWO-subsidies aan TwenteCat. termijn loopt
[10-04-2025 22:31] Hamelink, Anouk: decaan heeft gereageerd, fase-info is voldoende voor de beantwoording. ze noemt ook medische info over Yıldız, die laat ik er uiteraard uit
[11-04-2025 08:05] Verbeek, Joost: top. Ingrid wil de antwoorden vrijdag zien
[11-04-2025 08:06] Hamelink, Anouk: dan moet WDL er ook nog naar kijken (Woo-team)
[11-04-2025 16:40] el Khatib, Rachid: Wouter heeft gekeken, akkoord
[14-04-2025 16:58] Verbeek, Joost: antwoorden zijn door ISvO geparafeerd en naar de minister"""
    story = [Paragraph(esc(x) if x else "&nbsp;", st.p) for x in lines.split("\n")]
    build_rl(p, story, title="Teams chat export", author="Verbeek, Joost", creator="Microsoft Teams export",
             margins=(15, 15, 15, 15))


@doc
def cq15(p):
    st = Sty("LibSans", 9.5)
    lines = """WhatsApp-chat met Hendrik-Jan vd Wetering
(overgelegd door de decaan TNW in het kader van Woo-2025-0311, via het college van bestuur)

[22-01-25 07:58:12] Marieke de Bruijn: Hendrik-Jan, heb je het bericht van Aoife gezien? Ze is woedend over die preprint
[22-01-25 08:03:40] Hendrik-Jan vd Wetering: Ja. Ik heb Kerem gisteravond gebeld. Hij snapt het probleem niet, zegt dat de data van de groep zijn
[22-01-25 08:04:02] Hendrik-Jan vd Wetering: Mingyu is er kapot van, hij heeft gewoon gedaan wat Kerem vroeg
[22-01-25 08:10:55] Marieke de Bruijn: Laat Kerem de preprint terugtrekken. Vandaag nog. En zorg dat Aoife weet dat we het serieus nemen
[22-01-25 08:11:30] Hendrik-Jan vd Wetering: Doe ik. Tomasz staat ook als auteur, die wist van niks zegt hij
[03-02-25 19:22:41] Hendrik-Jan vd Wetering: Aoife heeft zich ziek gemeld. Burn-out volgens Priya
[03-02-25 19:25:03] Marieke de Bruijn: Dat is niet aan Priya om te delen. Heeft ze contact met de bedrijfsarts?
[03-02-25 19:26:18] Hendrik-Jan vd Wetering: Weet ik niet. Ik bel HR morgen
[14-02-25 13:02:09] Marieke de Bruijn: Klacht bij de CWI binnen. Ik moet me er nu verder buiten houden. Bel Gert-Jan als er iets is: 06-44019283
[14-02-25 13:05:47] Hendrik-Jan vd Wetering: Ok. En NWO?
[14-02-25 13:06:30] Marieke de Bruijn: Melden bij Sanne Kuipers (ENW), dat moet volgens de subsidievoorwaarden. Niet over de klacht zelf"""
    story = [Paragraph(esc(x) if x else "&nbsp;", st.p) for x in lines.split("\n")]
    build_rl(p, story, title="WhatsApp chat", author="", creator="WhatsApp export to PDF")


@doc
def cq16(p):
    """Handwritten telephone note, scanned."""
    with _tf.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(src), pagesize=A4)
        w, h = A4
        c.setFont("Helvetica-Bold", 12)
        c.drawString(25 * mm, h - 25 * mm, "Ministerie van OCW - Telefoonnotitie")
        c.setFont("Helvetica", 10)
        c.drawString(25 * mm, h - 32 * mm, "Datum: 10-4-2025     Van: A. Hamelink")
        y = h - 50 * mm
        c.setFont("Femke", 21)
        for line in ["Gebeld met decaan UT (De Bruijn-Tammes)",
                     "- procedure bij CWI loopt, advies eind april",
                     "- Yildiz bij cardioloog, werkt beperkt",
                     "- Gallagher burn-out, sinds febr. thuis",
                     "- contact via Nijenhuis 06-44019283",
                     "- NWO (Kuipers) is geinformeerd",
                     "",
                     "Niet in Kamerantwoord! -> Joost",
                     "", "AHa 10/4"]:
            c.drawString(25 * mm, y, line)
            y -= 13 * mm
        c.save()
        scan_pdf(src, p, seed=16, dpi=200, angle=-0.8)


@doc
def cq17(p):
    """Letter of the CvB to the minister, printed, signed and scanned."""
    with _tf.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        st = Sty("Times-Roman", 11.5)
        story = [Paragraph("UNIVERSITEIT TWENTE.", st.h1), Paragraph("College van Bestuur", st.p), Spacer(1, 6 * mm)]
        story += paras(st, """Aan de minister van Onderwijs, Cultuur en Wetenschap
Postbus 16375
2500 BJ Den Haag

Enschede, 19 mei 2025
Kenmerk: UT-CvB-2025-117
Onderwerp: integriteitszaak TNW

Geachte heer Bruins,

Graag informeren wij u dat het college van bestuur op 12 mei 2025 een definitief oordeel heeft gegeven in de klacht over de onderzoeksgroep van prof. Van der Wetering. Wij vragen u om in uw Kamerbrief geen details te noemen die tot de betrokken onderzoekers kunnen leiden, in het bijzonder niet tot dr. Gallagher en dr. Yildiz.

Contactpersoon is de bestuurssecretaris, G.J. Nijenhuis, telefoon 06-44019283.

Met vriendelijke groet,
namens het college van bestuur,""")
        story.append(Spacer(1, 14 * mm))
        story += paras(st, "Gert-Jan Nijenhuis\nbestuurssecretaris")
        build_rl(src, story)
        # handwritten signature over the blank space
        import pikepdf
        from reportlab.pdfgen import canvas
        sig = Path(td) / "sig.pdf"
        c = canvas.Canvas(str(sig), pagesize=A4)
        c.setFont("Femke", 26)
        c.drawString(28 * mm, 88 * mm, "G.J. Nijenhuis")
        c.save()
        with pikepdf.open(src) as a, pikepdf.open(sig) as b:
            a.pages[0].add_overlay(b.pages[0])
            a.save(Path(td) / "signed.pdf")
        scan_pdf(Path(td) / "signed.pdf", p, seed=17, dpi=200, angle=0.5)


@doc
def cq18(p):
    """Conflict-of-interest declaration of a panel member, filled in by hand, scanned."""
    with _tf.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(src), pagesize=A4)
        w, h = A4
        c.setFont("Helvetica-Bold", 14)
        c.drawString(25 * mm, h - 28 * mm, "NWO - Declaration of conflict of interest")
        c.setFont("Helvetica", 10.5)
        c.drawString(25 * mm, h - 36 * mm, "Open Competitie ENW-XL 2024, round 2 - committee members")
        y = h - 55 * mm
        rows = [("Name", "Jan-Willem ter Horst"), ("Institution", "Universiteit Utrecht"),
                ("E-mail", "j.w.terhorst@uu.nl"), ("Proposal", "OCENW.XL24.2.037"),
                ("Nature of conflict", "co-author with main applicant (2021)"),
                ("Proposal", "OCENW.XL24.2.052"), ("Nature of conflict", "none"),
                ("Place, date", "Utrecht, 12-11-2024"), ("Signature", "")]
        for k, v in rows:
            c.setFont("Helvetica", 11)
            c.drawString(25 * mm, y, k + ":")
            c.line(70 * mm, y - 2, 185 * mm, y - 2)
            c.setFont("Courier", 12)
            c.drawString(72 * mm, y + 1, v)
            y -= 15 * mm
        c.setFont("Femke", 24)
        c.drawString(75 * mm, y + 16 * mm, "JW ter Horst")
        c.setFont("Helvetica", 8.5)
        c.drawString(25 * mm, 20 * mm, "Return to enw@nwo.nl before the committee meeting. NWO processes this "
                     "form under the AVG; see www.nwo.nl/privacy.")
        c.save()
        scan_pdf(src, p, seed=18, dpi=200, angle=0.9)
