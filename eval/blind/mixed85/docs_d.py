"""Documents cq23-cq33."""
import tempfile as _tf

from lib import *  # noqa: F401,F403

D = {}


def doc(fn):
    D[fn.__name__] = fn
    return fn


@doc
def cq23(p):
    st = Sty("Carlito", 9)
    story = [Paragraph("TwenteCat (OCENW.XL24.2.037) – Annex B: work packages, staffing and budget", st.h1)]
    story.append(table(st, [["WP", "Title", "Lead", "Staff", "PM", "Deliverables"],
                            ["WP1", "Management, data governance and open science", "Prof. H.J. van der Wetering",
                             "data steward (0.2 fte)", "12", "D1.1 data management plan (M3); D1.2 authorship agreement (M3)"],
                            ["WP2", "CatDB-23: high-throughput DFT database", "Dr. A. Gallagher",
                             "postdoc A. Gallagher; PhD candidate (CSC) M. Zhao", "84",
                             "D2.1 first release on Zenodo (M12); D2.2 full release (M30)"],
                            ["WP3", "Active learning and graph neural networks", "Dr. K. Yıldız",
                             "postdoc T. Wiśniewski", "60", "D3.1 model on GitLab (M18); D3.2 paper (M24)"],
                            ["WP4", "Electrochemical validation", "Dr. T. Nascimento Albuquerque",
                             "PhD candidate P. Raghunathan", "66", "D4.1 benchmark set (M20); D4.2 paper (M40)"],
                            ["WP5", "Knowledge utilisation and outreach", "Prof. H.J. van der Wetering",
                             "–", "6", "D5.1 workshop with industry (M36)"]],
                        [12, 45, 36, 42, 10, 62]))
    story.append(Spacer(1, 5 * mm))
    story.append(table(st, [["Budget item", "k€"],
                            ["Personnel (1 postdoc 4 yr, 1 postdoc 3 yr, 1 PhD 4 yr, data steward)", "1,712"],
                            ["Computing time (Snellius, via SURF; in-kind)", "0"],
                            ["Materials and cleanroom MESA+", "420"],
                            ["Knowledge utilisation", "45"],
                            ["Open access publications and Zenodo storage", "38"],
                            ["Money follows Cooperation / international exchange (Tsinghua University, IIT Madras)", "60"],
                            ["Overhead / bench fee", "470"],
                            ["Total requested from NWO", "2,745"]], [140, 25]))
    story += paras(st, """
Matching: the University of Twente contributes the salary of the main applicant and co-applicants (in-kind). The CSC scholarship of the PhD candidate in WP2 is an external contribution.
Tools: VASP, Quantum ESPRESSO, ASE, PyTorch, Jupyter notebooks on GitLab; data on SURF Research Drive during the project.""")
    build_rl(p, story, title="Annex B TwenteCat", author="Van der Wetering",
             footer=page_footer("NWO ISAAC - application OCENW.XL24.2.037 - Annex B"))


@doc
def cq24(p):
    st = Sty("LibSerif", 10)
    story = [Paragraph("Bijlage 3 bij het advies CWI-2025-04: betrokken publicaties en literatuur", st.h1)]
    story += paras(st, """De commissie heeft de volgende stukken en literatuur betrokken. Onder A de publicaties en preprints van de vakgroep waarop de klacht betrekking heeft; onder B de gepubliceerde literatuur waarnaar partijen verwijzen.

## A. Publicaties van de vakgroep
[A1] Zhao, M., Wiśniewski, T., Yıldız, K. (2025). Transferable graph networks for single-atom catalysts. ChemRxiv preprint, ingediend 20 januari 2025, ingetrokken 2 april 2025.
[A2] Gallagher, A., Raghunathan, P., Nascimento Albuquerque, T., Van der Wetering, H.J. (2024). CatDB-23 release notes v0.3. Intern rapport, SURF Research Drive.
[A3] Yıldız, K., Van der Wetering, H.J. (2023). Descriptor-based screening of Cu–Ni alloys for CO2 electroreduction. ACS Catalysis 13, 4410–4421.
[A4] Gallagher, A. (2022). Benchmarking dispersion-corrected functionals for adsorption energies. Journal of Chemical Physics 157, 114702.

## B. Gepubliceerde literatuur
[B1] Castellanos, R., Okafor, I.N. (2019). Open data in computational catalysis: lessons from the Materials Project. npj Computational Materials 5, 88.
[B2] Takahashi, H., Brandt, S. (2021). Who owns the data? Authorship norms in large computational consortia. Scientific Data 8, 212.
[B3] Vermeulen-Prins, A. (2020). Questionable research practices in the Netherlands. Rathenau Instituut, Den Haag.
[B4] Ferreira da Costa, L., Castellanos, R. (2023). Graph neural networks for catalysis: a review. Chemical Science 14, 2890–2915.
[B5] KNAW, NFU, NWO, TO2-federatie, Vereniging Hogescholen, VSNU (2018). Nederlandse gedragscode wetenschappelijke integriteit.
[B6] ALLEA (2023). The European Code of Conduct for Research Integrity, revised edition.

Keuze van de commissie: de namen onder A zijn die van partijen en betrokkenen in deze procedure; de auteurs onder B zijn niet bij de klacht betrokken.""")
    build_rl(p, story, title="Bijlage 3 CWI-2025-04", author="CWI secretariaat")


@doc
def cq25(p):
    st = Sty("DejaVuSans", 9)
    story = [Paragraph("Q&A woordvoering – Kamerbrief onderzoeksfinanciering en wetenschappelijke integriteit", st.h1),
             Paragraph("Versie 3, 16 juni 2025 – intern, niet voor verspreiding. Opgesteld door Communicatie "
                       "(F. Oudejans, 06-52019347) met OWB (J. Verbeek). Persvragen: pers@minocw.nl", st.small),
             Spacer(1, 3 * mm)]
    qa = [("Gaat de minister ingrijpen bij de Universiteit Twente?",
           "Nee. De behandeling van integriteitsklachten is een verantwoordelijkheid van de instellingen. Het LOWI "
           "adviseert in tweede lijn. De minister heeft daarin geen rol."),
          ("Moet het NWO-geld terug?",
           "NWO heeft laten weten dat de subsidie voor het ENW-XL-project niet wordt teruggevorderd. Er is geen sprake "
           "van data fabrication of falsification."),
          ("Wie zijn de betrokken onderzoekers?",
           "Daar doen wij geen uitspraken over. Ook niet over nationaliteit, functie of gezondheid van betrokkenen."),
          ("Wat doet de minister met de conclusies van het LOWI?",
           "De minister wil dat NWO een meldplicht opneemt in de Regeling subsidies NWO en bespreekt dat met UNL, de "
           "KNAW en NWO. Ook wil hij dat instellingen de CRediT-taxonomie gebruiken en afspraken over authorship "
           "vastleggen."),
          ("Is er een link met kennisveiligheid?",
           "Nee. Het Loket Kennisveiligheid ziet geen aanleiding voor actie. Internationale onderzoekers zijn welkom."),
          ("Hoeveel geld gaat er naar vrij onderzoek?",
           "Via NWO ruim 1 miljard euro per jaar, waarvan een deel via de Open Competitie en het Talentprogramma. Daarnaast "
           "Horizon Europe, met onder meer de ERC Starting Grant en de Marie Skłodowska-Curie Actions."),
          ("Wat vindt de minister van de berichtgeving in NRC?",
           "Geen reactie op berichtgeving over individuele zaken. Verwijs naar de Kamerbrief en naar de antwoorden op de "
           "vragen van het lid Hertzberger (2025Z04417).")]
    for q, a in qa:
        story.append(Paragraph("<b>V: %s</b>" % esc(q), st.p))
        story.append(Paragraph("A: " + esc(a), st.p))
    build_rl(p, story, title="Q&A woordvoering", author="Oudejans, F.")


@doc
def cq26(p):
    st = Sty("LibSerif", 10.5)
    story = [Paragraph("Antwoord van minister Bruins (Onderwijs, Cultuur en Wetenschap) (ontvangen 2 mei 2025)", st.h2)]
    story += paras(st, """Vragen van het lid Hertzberger (NSC) aan de minister van Onderwijs, Cultuur en Wetenschap over een integriteitszaak aan de Universiteit Twente (ingezonden 7 april 2025). 2025Z04417

Vraag 1
Bent u bekend met het artikel 'Data van collega gebruikt zonder toestemming' in NRC van 5 april 2025?

Antwoord 1
Ja.

Vraag 2
Klopt het dat het onderzoek waarop het artikel betrekking heeft, is gefinancierd door NWO?

Antwoord 2
Ja. Het gaat om een project in de Open Competitie ENW-XL van NWO-ENW. NWO verstrekt subsidies op basis van de Regeling subsidies NWO en de Kaderregeling subsidies OCW, SZW en VWS.

Vraag 3
Wordt de subsidie teruggevorderd?

Antwoord 3
NWO heeft mij laten weten dat daarvoor op dit moment geen aanleiding is. De procedure bij de Commissie Wetenschappelijke Integriteit van de Universiteit Twente loopt nog. Terugvordering is in de regel alleen aan de orde bij data fabrication, falsification of plagiarism.

Vraag 4
Welke rol heeft u bij integriteitsklachten aan universiteiten?

Antwoord 4
Geen. Instellingen zijn op grond van de Wet op het hoger onderwijs en wetenschappelijk onderzoek (WHW) verantwoordelijk voor hun onderzoek en hebben een klachtenregeling die is gebaseerd op de Nederlandse gedragscode wetenschappelijke integriteit. Het LOWI adviseert in tweede instantie.""")
    story.append(PageBreak())
    story += paras(st, """Vraag 5
Hoe wordt voorkomen dat promovendi en postdocs uit het buitenland, die voor hun verblijf afhankelijk zijn van hun contract, in een integriteitszaak niet durven te klagen?

Antwoord 5
Ik deel de zorg dat de afhankelijkheid van internationale onderzoekers een drempel kan zijn. Iedere instelling heeft een vertrouwenspersoon wetenschappelijke integriteit. Ik ga met Universiteiten van Nederland in gesprek over de toegankelijkheid daarvan voor onderzoekers die geen Nederlands spreken, en over de gevolgen van een klacht voor de kennismigrantenregeling.

Vraag 6
Bent u bereid de Kamer te informeren over de uitkomst?

Antwoord 6
Ik informeer uw Kamer voor de zomer in een brief over onderzoeksfinanciering en wetenschappelijke integriteit. Over de inhoud van individuele zaken doe ik geen uitspraken.

Toelichting: deze vragen vormen een aanvulling op eerdere vragen van het lid Stultiens (GroenLinks-PvdA) over de werkdruk van promovendi (2025Z02961).""")
    build_rl(p, story, title="Antwoord Kamervragen 2025Z04417", author="Verbeek, J.H.",
             footer=page_footer("ah-tk-20242025-2025Z04417", "LibSerif"))


@doc
def cq27(p):
    st = Sty("Helvetica", 9.5)
    story = paras(st, """Van: Wassenaar, Lotte <l.wassenaar@nrc.nl>
Verzonden: vrijdag 4 april 2025 15:41
Aan: pers@minocw.nl
Onderwerp: Vragen NRC over integriteitszaak Universiteit Twente – deadline vandaag 18.00 uur

Goedemiddag,

Ik werk aan een artikel over een integriteitszaak bij de Universiteit Twente in een door NWO gefinancierd project. Volgens mijn bronnen heeft een universitair hoofddocent data van een Ierse postdoc gebruikt voor een preprint zonder haar te noemen, en is de postdoc daarna met een burn-out uitgevallen. Ik heb drie vragen aan de minister:
1. Is de minister op de hoogte?
2. Vindt de minister dat NWO het geld moet terugvorderen?
3. Moet er een meldplicht komen voor integriteitsklachten?

U kunt mij bellen op 06-27718350. De redactie is bereikbaar via redactie@nrc.nl.

Met vriendelijke groet,
Lotte Wassenaar
verslaggever wetenschap, NRC

---

Van: Oudejans, Femke <femke.oudejans@minocw.nl>
Verzonden: vrijdag 4 april 2025 17:36
Aan: Wassenaar, Lotte <l.wassenaar@nrc.nl>
CC: Verbeek, Joost <joost.verbeek@minocw.nl>
Onderwerp: RE: Vragen NRC over integriteitszaak Universiteit Twente – deadline vandaag 18.00 uur

Beste Lotte,

Een reactie van het ministerie, die je kunt toeschrijven aan een woordvoerder van OCW:
"Integriteitszaken worden behandeld door de instellingen zelf, volgens de Nederlandse gedragscode wetenschappelijke integriteit. De minister doet geen uitspraken over individuele zaken. Over de financiering gaat NWO."

Groet,
Femke Oudejans
Directie Communicatie | Ministerie van Onderwijs, Cultuur en Wetenschap
M 06-52019347""")
    build_rl(p, story, title="Vragen NRC", author="Oudejans, Femke", creator="Microsoft Outlook")


@doc
def cq28(p):
    st = Sty("Carlito", 10.5)
    story = paras(st, """From: Vos-Hartman, Nienke <n.vos-hartman@rvo.nl>
Sent: 12 March 2025 10:05
To: t.nascimentoalbuquerque@utwente.nl
Cc: ncp-erc@rvo.nl; Verbeek, Joost <joost.verbeek@minocw.nl>
Subject: ERC Starting Grant 2026 – mock interview and eligibility (HEU-2025-0071)

Dear Thiago,

Thank you for registering for the ERC mock interview organised by the National Contact Point (NCP) for the ERC at RVO on behalf of the Ministerie van OCW. A few points:

- Eligibility: your PhD was awarded on 18 December 2019 (Universidade de São Paulo), so you are within the 2–7 year window for the ERC Starting Grant call ERC-2026-STG.
- Host institution: the University of Twente has confirmed that it will host you; please ask your grants office for the host support letter.
- Your current project, TwenteCat, is funded by NWO; an ERC project must not overlap with it. The panel (PE4, Physical and Analytical Chemical Sciences) will look at this.
- Please do not mention the ongoing integrity procedure in your group in your CV or track record. It does not concern you and you are not obliged to report it.

The mock interview will take place on 7 April 2025 at the RVO office, Prinses Beatrixlaan 2, Den Haag. Panel members are former ERC grantees and evaluators; their names will be shared on the day.

Kind regards,
Nienke Vos-Hartman
NCP ERC | Rijksdienst voor Ondernemend Nederland (RVO)
M 06-11542987 | general: 088 042 42 42 | ncp-erc@rvo.nl

Joost: cc for your information, as OCW funds the NCP. NVH""")
    build_rl(p, story, title="ERC StG 2026 mock interview", author="Vos-Hartman, N.", creator="Microsoft Outlook")


@doc
def cq29(p):
    st = Sty("LibMono", 7.8)
    story = [Paragraph("SURF Research Drive – audit log export (project folder /TwenteCat/WP2-CatDB)", Sty("LibSans", 11).h1),
             Paragraph("Requested by the CWI secretariat (cwi-secretariaat@utwente.nl), exported by SURF servicedesk "
                       "(servicedesk@surf.nl) on 3 March 2025. Times in CET.", Sty("LibSans", 9).p)]
    rows = [["Timestamp", "Account", "Action", "Path / object", "Client"],
            ["2025-01-06 21:14:07", "yildizk", "share.create", "/TwenteCat/WP2-CatDB/releases/v0.3", "web"],
            ["2025-01-06 21:16:52", "yildizk", "file.download", "/TwenteCat/WP2-CatDB/releases/v0.3/catdb23_v03.tar.gz", "desktop"],
            ["2025-01-07 08:02:11", "zhaom2", "file.download", "/TwenteCat/WP2-CatDB/releases/v0.3/catdb23_v03.tar.gz", "rclone"],
            ["2025-01-07 08:40:29", "zhaom2", "file.download", "/TwenteCat/WP2-CatDB/releases/v0.3/metadata.json", "rclone"],
            ["2025-01-07 10:03:55", "svc-backup", "folder.sync", "/TwenteCat/", "backup"],
            ["2025-01-22 09:12:40", "gallaghera", "share.list", "/TwenteCat/WP2-CatDB/releases", "web"],
            ["2025-01-22 09:15:02", "gallaghera", "share.delete", "/TwenteCat/WP2-CatDB/releases/v0.3", "web"],
            ["2025-01-22 09:17:18", "gallaghera", "permission.change", "/TwenteCat/WP2-CatDB (read: WP2 only)", "web"]]
    story.append(table(st, rows, [34, 22, 28, 80, 16]))
    story += paras(Sty("LibSans", 9), """
Account holders (from the UT identity provider): yildizk = dr. K. Yıldız (employee); zhaom2 = M. Zhao (employee, PhD candidate, student number s2674419 for the graduate school); gallaghera = dr. A. Gallagher (employee); svc-backup = functional account of the faculty ICT.

The log is complete for the period 1 December 2024 – 28 February 2025. Retention: 12 months. Files in Research Drive are stored in the Netherlands. The data steward of TNW has been informed.""")
    build_rl(p, story, title="Research Drive audit log", author="SURF", creator="Research Drive admin export")


@doc
def cq30(p):
    st = Sty("LibSans", 8)
    rows = [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Toelichting"],
            ["DOC-01", "Kamerbrief onderzoeksfinanciering en integriteit", "17-06-2025", "openbaar", "–", "al openbaar (kst-29338-287)"],
            ["DOC-02", "Beslisnota bij Kamerbrief", "03-06-2025", "deels openbaar", "5.1.2e", ""],
            ["DOC-03", "E-mail NWO – OCW", "08-04-2025", "deels openbaar", "5.1.2e", ""],
            ["DOC-04", "E-mailwisseling decaan UT – OCW", "10-04-2025", "deels openbaar", "5.1.2e; 5.1.1d", "gezondheidsgegevens"],
            ["DOC-05", "Referentenrapport R1", "18-09-2024", "deels openbaar", "5.1.2e", "naam referent"],
            ["DOC-06", "Referentenrapport Reviewer 2", "22-09-2024", "deels openbaar", "5.1.2e", ""],
            ["DOC-07", "Verslag beoordelingscommissie ENW-XL", "21-11-2024", "deels openbaar", "5.1.2e", ""],
            ["DOC-09", "Klacht aan CWI", "14-02-2025", "deels openbaar", "5.1.2e; 5.1.1d", ""],
            ["DOC-10", "Advies CWI-2025-04", "28-04-2025", "deels openbaar", "5.1.2e; 5.1.1d", "religie en gezondheid"],
            ["DOC-12", "Verzoek aan LOWI", "16-05-2025", "deels openbaar", "5.1.2e; 5.1.1d", ""],
            ["DOC-13", "Advies LOWI 2025-09", "02-06-2025", "deels openbaar", "5.1.2e", "geanonimiseerd gepubliceerd op www.lowi.nl"],
            ["DOC-14", "Chatexport Teams", "14-04-2025", "deels openbaar", "5.1.2e", ""],
            ["DOC-16", "Telefoonnotitie (handgeschreven)", "10-04-2025", "deels openbaar", "5.1.2e; 5.1.1d", ""],
            ["DOC-21", "Brief UT aan IND", "03-03-2025", "niet openbaar", "5.1.1e; 5.1.2e", "BSN en paspoortnummer"],
            ["DOC-26", "Antwoorden Kamervragen 2025Z04417", "02-05-2025", "openbaar", "–", "al openbaar"],
            ["DOC-29", "Audit log Research Drive", "03-03-2025", "deels openbaar", "5.1.2e", "accountnamen"],
            ["DOC-31", "Besluit op Woo-verzoek", "30-06-2025", "openbaar", "–", ""]]
    story = [Paragraph("Inventarislijst bij besluit op Woo-verzoek Woo-2025-0311", Sty("LibSans", 12).h1),
             table(st, rows, [16, 62, 20, 24, 27, 40]),
             Spacer(1, 3 * mm),
             Paragraph("Zaaknummer Woo-2025-0311 | Ministerie van OCW | woo@minocw.nl", st.p)]
    build_rl(p, story, title="Inventarislijst Woo-2025-0311", author="Woo-team OCW")


@doc
def cq31(p):
    st = Sty("Helvetica", 10)
    side = ["Directie Wetgeving en Juridische Zaken", "Rijnstraat 50", "Den Haag", "Postbus 16375", "2500 BJ Den Haag",
            "www.rijksoverheid.nl", "", "Contact", "woo@minocw.nl", "", "Onze referentie", "Woo-2025-0311",
            "2025-0000412871"]
    head = Table([[Paragraph(esc("> Retouradres Postbus 16375 2500 BJ Den Haag") + "<br/><br/>De heer B.A. Kloosterboer"
                             "<br/>Zwanenvechtlaan 8<br/>3607 DT Maarssen", st.p),
                   Paragraph("<br/>".join(esc(x) for x in side), st.small)]], colWidths=[115 * mm, 52 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph("Ministerie van Onderwijs, Cultuur en Wetenschap", st.h2), head, Spacer(1, 6 * mm)]
    story += paras(st, """Datum 30 juni 2025
Betreft Besluit op uw verzoek op grond van de Wet open overheid

Geachte heer Kloosterboer,

In uw e-mail van 31 maart 2025 (bram.kloosterboer@ziggo.nl) heeft u met een beroep op de Wet open overheid (Woo) gevraagd om alle documenten over de subsidie van NWO aan het project TwenteCat van de Universiteit Twente en over de integriteitsklacht binnen dat project. De ontvangst is op 2 april 2025 bevestigd. Op 22 april 2025 is de beslistermijn met twee weken verdaagd en op 13 mei 2025 zijn derdenbelanghebbenden (NWO, de Universiteit Twente en het LOWI) in de gelegenheid gesteld een zienswijze te geven.

## Besluit
Ik heb besloten uw verzoek gedeeltelijk toe te wijzen. De documenten staan op de inventarislijst; per document is aangegeven of het openbaar, deels openbaar of niet openbaar wordt gemaakt en op welke grond.

## Overwegingen
Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). In de documenten staan namen, e-mailadressen, telefoonnummers, handtekeningen en andere gegevens van ambtenaren, medewerkers van NWO en de universiteit, referenten, commissieleden en andere betrokkenen. Het belang van eerbiediging van hun persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid. Namen van de minister en van Kamerleden worden niet weggelakt.""")
    story.append(PageBreak())
    story += paras(st, """Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). Enkele documenten bevatten gegevens over de gezondheid en de religie van betrokkenen. Deze gegevens worden niet openbaar gemaakt, tenzij de openbaarmaking kennelijk geen inbreuk op de persoonlijke levenssfeer maakt. Daarvan is geen sprake.

Identificatienummers (artikel 5.1, eerste lid, onder e, Woo). De brief aan de IND bevat een BSN en een paspoortnummer; ook de overige gegevens in die brief zijn zo herleidbaar dat ik het document niet openbaar maak.

Referentenrapporten. NWO heeft in zijn zienswijze gevraagd de identiteit van referenten niet openbaar te maken, omdat de onafhankelijke peer review daardoor onder druk komt te staan. Ik volg dat: referenten worden aangeduid met hun code (R1, Reviewer 2, R3).

Persoonlijke beleidsopvattingen (artikel 5.2 Woo). In de chatexport staan opvattingen van ambtenaren die bedoeld zijn voor intern beraad. Omdat het overwegend feitelijke informatie betreft, heb ik deze niet weggelakt.

## Informatie die niet openbaar gemaakt kan worden
## Motivering
In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van ambtenaren en andere betrokkenen geanonimiseerd (5.1.2e); bijzondere persoonsgegevens (5.1.1d) en identificatienummers (5.1.1e) zijn weggelakt.

## Wijze van openbaarmaking
De documenten worden gepubliceerd op www.rijksoverheid.nl en op open.overheid.nl.

Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de minister van Onderwijs, Cultuur en Wetenschap, op grond van de Algemene wet bestuursrecht (Awb).

De minister van Onderwijs, Cultuur en Wetenschap,
namens deze,
het hoofd van de afdeling Woo,

W.P. Dijkgraaf-Leenders""")
    build_rl(p, story, title="Besluit Woo-2025-0311", author="Dijkgraaf-Leenders, W.P.",
             footer=page_footer("Woo-2025-0311"))


@doc
def cq32(p):
    """Printed e-mail with handwritten remark, scanned (OCR only)."""
    with _tf.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        st = Sty("Helvetica", 11)
        story = paras(st, """From: Gallagher, Aoife <a.gallagher@utwente.nl>
Sent: Wednesday, 22 January 2025 06:48
To: Van der Wetering, Hendrik-Jan <h.j.vanderwetering@utwente.nl>
Subject: CatDB-23 used in ChemRxiv preprint without consent

Dear Hendrik-Jan,

This morning I found a preprint on ChemRxiv by Mingyu Zhao, Tomasz Wisniewski and Kerem Yildiz that uses our CatDB-23 release v0.3. I never agreed to this and the data board never met. The data availability statement says "in-house calculations".

I would like to meet today. I am also not sleeping well and I think I need to see the company doctor about my burn-out symptoms.

Aoife

Dr. Aoife Gallagher | Postdoctoral researcher | University of Twente
Mobile +31 6 8340 1176""")
        build_rl(src, story)
        import pikepdf
        from reportlab.pdfgen import canvas
        note = Path(td) / "n.pdf"
        c = canvas.Canvas(str(note), pagesize=A4)
        c.setFont("Femke", 22)
        c.drawString(30 * mm, 60 * mm, "Kerem gebeld 22/1 - HJ")
        c.save()
        with pikepdf.open(src) as a, pikepdf.open(note) as b:
            a.pages[0].add_overlay(b.pages[0])
            a.save(Path(td) / "annot.pdf")
        scan_pdf(Path(td) / "annot.pdf", p, seed=32, dpi=200, angle=-0.4)


@doc
def cq33(p):
    """NWO notification form with AcroForm fields (values only in form fields)."""
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setTitle("Melding integriteitsklacht gefinancierd project")
    c.setAuthor("NWO")
    w, h = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(25 * mm, h - 25 * mm, "NWO – Melding integriteitsklacht in een gefinancierd project")
    c.setFont("Helvetica", 9.5)
    c.drawString(25 * mm, h - 32 * mm, "Op grond van de Regeling subsidies NWO meldt de instelling een integriteitsklacht "
                 "binnen vier weken aan NWO.")
    c.drawString(25 * mm, h - 37 * mm, "Stuur het formulier naar integrity@nwo.nl. NWO verwerkt persoonsgegevens volgens de AVG.")
    fields = [("dossier", "Dossiernummer", "OCENW.XL24.2.037"),
              ("instelling", "Instelling", "Universiteit Twente"),
              ("hoofdaanvrager", "Hoofdaanvrager", "prof. dr. ir. H.J. van der Wetering"),
              ("melder", "Naam melder (namens instelling)", "Gert-Jan Nijenhuis, bestuurssecretaris"),
              ("melder_tel", "Telefoon melder", "06-44019283"),
              ("melder_mail", "E-mail melder", "g.j.nijenhuis@utwente.nl"),
              ("klacht", "Kenmerk klacht", "CWI-2025-04"),
              ("datum", "Datum ontvangst klacht", "14-02-2025"),
              ("betrokkenen", "Betrokkenen (rol)", "klaagster postdoc (A. Gallagher); beklaagde UHD (K. Yildiz)"),
              ("fase", "Fase", "advies CWI verwacht eind april 2025")]
    y = h - 55 * mm
    form = c.acroForm
    for name, label, value in fields:
        c.setFont("Helvetica", 10)
        c.drawString(25 * mm, y + 2 * mm, label)
        form.textfield(name=name, value=value, x=85 * mm, y=y, width=100 * mm, height=7 * mm, fontName="Helvetica",
                       fontSize=9, borderWidth=0.5, tooltip=label)
        y -= 12 * mm
    c.setFont("Helvetica", 8.5)
    c.drawString(25 * mm, 25 * mm, "NWO | Winthontlaan 2 | 3526 KV Utrecht | info@nwo.nl | www.nwo.nl")
    c.save()
