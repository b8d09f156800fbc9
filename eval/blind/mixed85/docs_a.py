"""Documents cq01-cq11."""
from lib import *  # noqa: F401,F403

D = {}


def doc(fn):
    D[fn.__name__] = fn
    return fn


def ocw_header(st, right_lines):
    left = Paragraph("<b>Ministerie van Onderwijs, Cultuur en Wetenschap</b>", st.cell)
    right = Paragraph("<br/>".join(esc(x) for x in right_lines), st.small)
    t = Table([[left, right]], colWidths=[105 * mm, 60 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


@doc
def cq01(p):
    st = Sty("LibSerif", 10.5)
    story = [ocw_header(st, ["> Retouradres Postbus 16375 2500 BJ Den Haag", "", "Rijnstraat 50", "Den Haag",
                             "Postbus 16375", "2500 BJ Den Haag", "www.rijksoverheid.nl", "",
                             "Onze referentie", "OCW/OWB-2025/1187342", "", "Bijlagen", "2"]), Spacer(1, 8 * mm)]
    story += paras(st, """De Voorzitter van de Tweede Kamer der Staten-Generaal
Postbus 20018
2500 EA Den Haag

Datum 17 juni 2025
Betreft Onderzoeksfinanciering en de borging van wetenschappelijke integriteit

Geachte voorzitter,

Tijdens het commissiedebat Hoger onderwijs en wetenschap van 26 maart 2025 heb ik uw Kamer toegezegd te informeren over twee onderwerpen die met elkaar samenhangen: de verdeling van de middelen voor vrij onderzoek via NWO en de wijze waarop de instellingen en NWO omgaan met vermoedens van schending van de wetenschappelijke integriteit in door NWO gefinancierde projecten. Het lid Stultiens (GroenLinks-PvdA) en het lid Hertzberger (NSC) vroegen daar in het bijzonder naar, mede naar aanleiding van berichtgeving in NRC over een integriteitszaak aan de Universiteit Twente.

## 1. Vrij onderzoek via NWO

De Open Competitie ENW-XL is in 2024 opnieuw sterk overtekend: van de 71 ingediende aanvragen zijn er 9 gehonoreerd. NWO-ENW heeft mij laten weten dat het honoreringspercentage daarmee onder de 15 procent blijft. Ook in het Talentprogramma (Veni, Vidi, Vici) blijft de druk hoog. Ik zie dat het voor onderzoekers aan het begin van hun loopbaan, onder wie veel internationale onderzoekers, onzeker is of zij na een Rubicon of een Marie Skłodowska-Curie Actions-beurs in Nederland kunnen blijven. Met Universiteiten van Nederland (UNL, voorheen VSNU), de KNAW en NWO bespreek ik hoe de middelen uit de Sectorplannen en de Nationale Wetenschapsagenda (NWA-ORC) beter op elkaar kunnen aansluiten.

## 2. Europese financiering

Nederlandse onderzoekers blijven succesvol in Horizon Europe. In de ronde ERC-2025-STG ontvingen onderzoekers aan Nederlandse instellingen 31 ERC Starting Grants. Ik heb met Commissaris Zaharieva gesproken over de voorbereiding van het volgende kaderprogramma en heb daarbij het belang van excellentie als enig criterium voor de ERC onderstreept.

## 3. Wetenschappelijke integriteit

De verantwoordelijkheid voor de behandeling van klachten over schending van de wetenschappelijke integriteit ligt bij de instellingen. Zij hanteren de Nederlandse gedragscode wetenschappelijke integriteit (2018) en een eigen klachtenregeling met een Commissie Wetenschappelijke Integriteit (CWI). Na het oordeel van het college van bestuur kan een betrokkene het Landelijk Orgaan Wetenschappelijke Integriteit (LOWI) om advies vragen. Het LOWI is ondergebracht bij de KNAW. De minister heeft in individuele zaken geen rol en dat moet zo blijven.""")
    story.append(PageBreak())
    story += paras(st, """In de zaak aan de Universiteit Twente, waarover het lid Hertzberger vragen stelde, heeft het college van bestuur op 12 mei 2025 een definitief oordeel gegeven; het LOWI heeft dat oordeel op 2 juni 2025 in hoofdlijnen bevestigd (LOWI-advies 2025-09). Het ging om een geschil over authorship en over het gebruik van een dataset die binnen een door NWO gefinancierd ENW-XL-project (OCENW.XL24.2.037) was opgebouwd. NWO heeft mij laten weten dat de subsidie niet wordt teruggevorderd, maar dat de data management plan-verplichtingen van het project worden aangescherpt en dat de dataset via Zenodo openbaar wordt gemaakt met een data availability statement waarin alle bijdragers worden genoemd.

Uit deze zaak trek ik drie lessen, die ik met UNL, de KNAW en NWO heb besproken:
a. instellingen leggen bij aanvang van een project vast wie welke rol heeft (bijvoorbeeld met de CRediT-taxonomie), juist in internationale onderzoeksgroepen met promovendi en postdocs op tijdelijke contracten;
b. het vertrouwenspersoon wetenschappelijke integriteit moet voor internationale onderzoekers ook in het Engels bereikbaar zijn;
c. NWO neemt in de Regeling subsidies NWO een meldplicht op voor integriteitsklachten over gefinancierde projecten.

## 4. Kennisveiligheid

Verschillende leden vroegen in hetzelfde debat naar kennisveiligheid. Het wetsvoorstel Wet kennisveiligheid is in voorbereiding; het Loket Kennisveiligheid blijft het aanspreekpunt voor instellingen. Ik benadruk dat internationale onderzoekers zeer welkom zijn in de Nederlandse wetenschap. Het beleid dat oud-minister Dijkgraaf in 2023 inzette, zet ik voort.

## 5. Tot slot

Ik informeer uw Kamer voor het einde van het jaar over de uitkomst van de gesprekken met UNL, de KNAW en NWO over de meldplicht.

De minister van Onderwijs, Cultuur en Wetenschap,



E.E.W. Bruins""")
    build_rl(p, story, title="Kamerbrief onderzoeksfinanciering en wetenschappelijke integriteit",
             author="Hamelink, A.", footer=page_footer("OCW/OWB-2025/1187342", "LibSerif"))


@doc
def cq02(p):
    st = Sty("LibSans", 9.5)
    side = ["Directie Onderzoek en", "Wetenschapsbeleid", "Rijnstraat 50", "Den Haag", "", "Contactpersoon",
            "drs. J.H. Verbeek", "beleidsmedewerker", "T 06-41873520", "joost.verbeek@minocw.nl", "",
            "Onze referentie", "OCW/OWB-2025/1187342", "", "Datum", "3 juni 2025"]
    head = Table([[Paragraph("<b>Beslisnota</b><br/>Aan: de minister van Onderwijs, Cultuur en Wetenschap<br/>"
                             "Van: directeur Onderzoek en Wetenschapsbeleid<br/>Kopie aan: DG Hoger Onderwijs, "
                             "Onderzoek en Wetenschap; Communicatie (Femke Oudejans)<br/><b>Onderwerp:</b> "
                             "Kamerbrief onderzoeksfinanciering en integriteit", st.p),
                   Paragraph("<br/>".join(esc(x) for x in side), st.small)]], colWidths=[118 * mm, 50 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBEFORE", (1, 0), (1, 0), 0.5, colors.grey)]))
    story = [head, Spacer(1, 5 * mm)]
    story += paras(st, """## Aanleiding
In het commissiedebat van 26 maart 2025 heeft u toegezegd de Kamer te informeren over de verdeling van NWO-middelen voor vrij onderzoek en over de integriteitszaak aan de Universiteit Twente (CWI-2025-04). Bijgaand treft u de Kamerbrief.

## Geadviseerd besluit
Aan de minister wordt gevraagd: akkoord te gaan met bijgaande Kamerbrief en deze te ondertekenen.

## Kern
- De brief beschrijft de rolverdeling: instellingen en LOWI behandelen integriteitsklachten, de minister niet.
- In de zaak zelf noemen wij geen namen. De klager (dr. Aoife Gallagher, postdoc) en de beklaagde (dr. K. Yıldız, universitair hoofddocent) zijn in de media wel herkenbaar beschreven; NRC noemde hun namen niet.
- NWO (contact: dr. Sanne Kuipers, programme officer ENW) bevestigt dat er geen terugvordering volgt.
- De decaan van TNW, prof. dr. M.A. de Bruijn-Tammes, heeft ons gevraagd de brief vooraf te mogen zien. Wij adviseren dat niet te doen; wel ontvangt de universiteit de brief bij verzending.

## Krachtenveld
UNL steunt een meldplicht bij NWO niet zonder meer en wil dat eerst bespreken in het bestuurlijk overleg. De KNAW (LOWI) is positief. Het lid Hertzberger zal naar verwachting doorvragen naar de positie van internationale promovendi.""")
    story.append(PageBreak())
    story += paras(st, """## Toelichting
De casus: binnen het ENW-XL-project TwenteCat (OCENW.XL24.2.037, hoofdaanvrager prof. dr. ir. H.J. van der Wetering) bouwde mevrouw Gallagher de dataset CatDB-23 op. Een preprint op ChemRxiv van de groep van dr. Yıldız, met promovendus Zhao Mingyu als eerste auteur, gebruikte die dataset zonder haar als co-auteur te noemen. De CWI achtte de klacht gedeeltelijk gegrond (questionable research practices, geen plagiarism). Het LOWI heeft dat oordeel in hoofdlijnen bevestigd.

Mevrouw Gallagher is sinds februari met burn-outklachten afwezig geweest; dat staat in de stukken van de CWI maar hoort niet in de Kamerbrief en is daar ook niet opgenomen.

## Bijlagen
1. Kamerbrief (OCW/OWB-2025/1187342)
2. Advies LOWI 2025-09 (vertrouwelijk, niet voor publicatie)""")
    story.append(Spacer(1, 4 * mm))
    story.append(table(st, [["Naam", "Functie", "Paraaf", "Datum"],
                            ["J.H. Verbeek", "beleidsmedewerker OWB", "JVe", "3-6-2025"],
                            ["A. Hamelink", "senior beleidsadviseur", "AHa", "4-6-2025"],
                            ["I.M. Smulders-van Oosten", "directeur OWB", "ISvO", "5-6-2025"],
                            ["W.P. Dijkgraaf-Leenders", "jurist, Woo-team", "WDL", "5-6-2025"]],
                        [48, 55, 25, 30]))
    story += paras(st, """
## Informatie die niet openbaar gemaakt kan worden
n.v.t.""")
    build_rl(p, story, title="Beslisnota Kamerbrief onderzoeksfinanciering", author="OCW",
             footer=page_footer("Beslisnota OWB - OCW/OWB-2025/1187342", "LibSans"))


@doc
def cq03(p):
    st = Sty("Carlito", 10.5)
    txt = """From: Kuipers, Sanne <s.kuipers@nwo.nl>
Sent: Tuesday, 8 April 2025 16:52
To: Verbeek, Joost <joost.verbeek@minocw.nl>
Cc: Oosterbeek, Maarten <m.oosterbeek@nwo.nl>; enw@nwo.nl
Subject: RE: ENW-XL TwenteCat - integrity complaint / Kamervragen

Hi Joost,

Thanks for the call this morning. As discussed: NWO has not been formally notified by the University of Twente yet, but Maarten received an informal message from the dean's office last week. Under the Regeling subsidies NWO the main applicant has to report anything that may affect the project, and the grant agreement for OCENW.XL24.2.037 says the same. We will ask prof. Van der Wetering (main applicant) for a written update.

Two points for your Q&A:
1. The dataset (CatDB-23, ~1.4 million DFT calculations done with VASP on Snellius) is listed as a deliverable in work package 2. It was supposed to go to Zenodo under a CC-BY licence after a 12-month embargo.
2. The preprint on ChemRxiv was withdrawn by the authors on 2 April. We don't comment on authorship, that is for the CWI.

Could you keep the names out of any text that goes to the Kamer? Dr. Gallagher asked us explicitly. If you need me: +31 6 2174 9083.

Best,
Sanne

Dr. S.M. Kuipers | Programme officer | NWO Domain Science (ENW)
Dutch Research Council | Laan van Nieuw Oost-Indië 300 | Den Haag | www.nwo.nl

-----Original Message-----
From: Verbeek, Joost <joost.verbeek@minocw.nl>
Sent: Monday, 7 April 2025 09:14
To: Kuipers, Sanne <s.kuipers@nwo.nl>
Subject: ENW-XL TwenteCat - integrity complaint / Kamervragen

Beste Sanne,

Er komen Kamervragen (2025Z04417, het lid Hertzberger) over de zaak in Enschede. Kun je me vandaag of morgen bellen? Ik wil weten (a) of NWO al een melding heeft, (b) of er publiek geld wordt teruggevorderd en (c) wat er met de dataset gebeurt. Mijn collega Anouk Hamelink (integriteitsdossier) sluit misschien aan.

Groet,
Joost

J.H. Verbeek | beleidsmedewerker | directie Onderzoek en Wetenschapsbeleid
Ministerie van OCW | Rijnstraat 50 | M 06-41873520"""
    story = []
    for block in txt.split("\n\n"):
        story.append(Paragraph("<br/>".join(esc(x) for x in block.split("\n")), st.p))
    build_rl(p, story, title="RE: ENW-XL TwenteCat - integrity complaint / Kamervragen",
             author="Verbeek, Joost", creator="Microsoft Outlook", margins=(18, 18, 15, 15))


@doc
def cq04(p):
    st = Sty("LibSans", 9.5)
    msgs = [
        ("Van:", "Bruijn-Tammes, M.A. de (UT-TNW) <m.debruijn-tammes@utwente.nl>"),
        ("Verzonden:", "donderdag 10 april 2025 22:07"),
        ("Aan:", "Hamelink, Anouk <anouk.hamelink@minocw.nl>"),
        ("CC:", "Nijenhuis, Gert-Jan (UT-CvB) <g.j.nijenhuis@utwente.nl>; cwi-secretariaat@utwente.nl"),
        ("Onderwerp:", "RE: Klacht CWI-2025-04 / informatieverzoek OCW"),
    ]

    def header(rows):
        t = Table([[Paragraph("<b>%s</b>" % esc(a), st.cell), Paragraph(esc(b), st.cell)] for a, b in rows],
                  colWidths=[24 * mm, 140 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        return t

    story = [header(msgs), Spacer(1, 3 * mm)]
    story += paras(st, """Beste mevrouw Hamelink,

Dank voor uw bericht. Ik begrijp dat de minister Kamervragen moet beantwoorden, maar ik kan u over een lopende procedure bij onze Commissie Wetenschappelijke Integriteit weinig zeggen. De Klachtenregeling Wetenschappelijke Integriteit van de Universiteit Twente schrijft vertrouwelijkheid voor, ook tegenover het ministerie.

Wat ik wel kan zeggen:
- de klacht is op 14 februari 2025 ingediend en ontvankelijk verklaard;
- de CWI (voorzitter prof. mr. dr. W.E. Hoogstraten) heeft beide partijen op 25 maart gehoord in De Waaier;
- het advies wordt eind april verwacht; het college van bestuur beslist daarna.

Mijn collega Gert-Jan Nijenhuis (bestuurssecretaris) is uw aanspreekpunt voor de formele kant; hij is bereikbaar op 06-44019283. Het algemene nummer van de universiteit is 053 489 9111.

Een persoonlijke opmerking: dr. Yıldız heeft mij gevraagd u te laten weten dat hij de publicatie in NRC als zeer belastend ervaart. Hij is sinds begin april onder behandeling van een cardioloog en werkt beperkt. Ik vertrouw erop dat u dit niet verder deelt.

Met vriendelijke groet,

Marieke de Bruijn-Tammes
Decaan Faculty of Science and Technology (TNW)
Universiteit Twente | Carré | Drienerlolaan 5 | 7522 NB Enschede
M +31 6 5391 2268""")
    story.append(Spacer(1, 3 * mm))
    story.append(header([("Van:", "Hamelink, Anouk <anouk.hamelink@minocw.nl>"),
                         ("Verzonden:", "woensdag 9 april 2025 11:30"),
                         ("Aan:", "m.debruijn-tammes@utwente.nl"),
                         ("CC:", "Verbeek, Joost <joost.verbeek@minocw.nl>"),
                         ("Onderwerp:", "Klacht CWI-2025-04 / informatieverzoek OCW")]))
    story.append(Spacer(1, 3 * mm))
    story += paras(st, """Geachte mevrouw De Bruijn-Tammes, beste Marieke,

Naar aanleiding van het artikel in NRC van 5 april zijn er Kamervragen gesteld (2025Z04417). De minister zal antwoorden dat integriteitszaken een verantwoordelijkheid van de instelling zijn. Voor de beantwoording wil ik graag feitelijk weten in welke fase de procedure is. Ik vraag nadrukkelijk niet naar de inhoud of naar de betrokken personen.

Zou u, of iemand van het college van bestuur, mij daarover kunnen informeren? U kunt mij bereiken op 06 2839 5170.

Met vriendelijke groet,
Anouk Hamelink
senior beleidsadviseur wetenschappelijke integriteit
directie Onderzoek en Wetenschapsbeleid | Ministerie van OCW""")
    build_rl(p, story, title="RE: Klacht CWI-2025-04 / informatieverzoek OCW", author="Hamelink, Anouk",
             creator="Microsoft Outlook")


@doc
def cq05(p):
    st = Sty("DejaVuSans", 9)
    story = [Paragraph("NWO Domain Science – Open Competitie ENW-XL 2024 – External referee report", st.h1)]
    story.append(table(st, [["File number", "OCENW.XL24.2.037"],
                            ["Title", "TwenteCat: data-driven discovery of single-atom catalysts for CO2 reduction"],
                            ["Main applicant", "Prof. dr. ir. H.J. van der Wetering (University of Twente)"],
                            ["Co-applicants", "Dr. K. Yıldız (University of Twente); Dr. Aoife Gallagher (University of Twente)"],
                            ["Referee", "R1"],
                            ["Date", "18 September 2024"]], [40, 125], header=False, bold_first_col=True))
    story += paras(st, """
## 1. Scientific quality
The proposal is ambitious and well written. The combination of high-throughput density functional theory (VASP and Quantum ESPRESSO), active learning with PyTorch and a dedicated experimental validation line at MESA+ is convincing. The work package led by Dr. Gallagher (WP2, curation of the CatDB-23 dataset and the FAIR publication strategy) is in my view the strongest part: the applicants have clearly thought about reuse, and the comparison with the Materials Project and the Open Catalyst (OC20) data is fair.

My main concern is WP3. Dr. Yıldız proposes a machine learning model that is trained on the same data that WP2 still has to produce. The timeline (figure 4) shows WP3 starting in month 3. The applicants should explain how they avoid circularity and who decides on the release of intermediate data.

## 2. Quality of the research team
Prof. Van der Wetering has an excellent track record (Vici 2016, ERC Consolidator Grant). Dr. Yıldız has published well in ACS Catalysis and Journal of Catalysis. The postdoc and PhD positions are realistic; the applicants mention two candidates by name (Mr Zhao Mingyu, funded by the China Scholarship Council, and Dr. Tomasz Wiśniewski), which is unusual and not needed at this stage.

## 3. Knowledge utilisation
Adequate. The letter of support from an industrial partner is generic; the in-kind contribution is small.

## 4. Data management
The data management plan is good. I would ask for a clear data availability statement and for ORCID identifiers of all contributors in the Zenodo records.

## Overall score: Very good (2)
Conflict of interest: none. I have not collaborated with any of the applicants in the past five years.""")
    build_rl(p, story, title="External referee report OCENW.XL24.2.037 R1", author="NWO ISAAC",
             creator="ISAAC report export")
    add_hidden(p, notes=[(0, [520, 780, 540, 800], "Ciarán Ó Murchú",
                          "Referee R1 = Prof. Ciarán Ó Murchú (University College Dublin), ciaran.omurchu@ucd.ie - "
                          "do not forward to applicants. YB")])


@doc
def cq06(p):
    st = Sty("Times-Roman", 10.5)
    story = [Paragraph("Referee report – Reviewer 2", st.h1)]
    story += paras(st, """Application: OCENW.XL24.2.037 (TwenteCat), Open Competitie ENW-XL
Programme officer: S. Kuipers
Submitted via ISAAC, 22 September 2024

## Summary
The applicants propose to build an open database of single-atom catalyst calculations and to use it for active learning. The idea is not new (see the work around the Open Catalyst project) but the focus on CO2 electroreduction and the experimental loop are original.

## Strengths
- A strong team. The main applicant, Prof. Van der Wetering, leads one of the best groups in the field. Dr Gallagher's earlier work on benchmarking DFT functionals (published in the Journal of Chemical Physics) gives confidence that the dataset will be of high quality.
- Open science is taken seriously: preprints on ChemRxiv, code on GitLab, data on Zenodo.

## Weaknesses
- The division of tasks between Dr Yildiz (WP3) and Dr Gallagher (WP2) is not clear. Who is responsible for the dataset, and who will be first author of the papers that use it? The proposal should refer to the CRediT taxonomy.
- The budget for computing time on Snellius looks low.
- The PhD candidate (Ms Raghunathan, mentioned in the proposal) would be the only person working on experiments. If she is absent for a longer period the experimental line stops.

## Score
Excellent/very good (1.5). I recommend funding if the panel is satisfied about the governance of WP2/WP3.

Reviewer 2 declares no conflict of interest.""")
    build_rl(p, story, title="Reviewer 2 report", author="NWO", creator="ISAAC report export")
    add_hidden(p, xmp_creator="Beatriz Sousa Lemos")


@doc
def cq07(p):
    st = Sty("LibSans", 9.5)
    story = [Paragraph("Minutes – Assessment committee Open Competitie ENW-XL 2024, round 2", st.h1)]
    story += paras(st, """Date: 21 November 2024, 09:30–17:00
Venue: Van der Valk Hotel Utrecht, Winthontlaan 4 (meeting room Pallas), and online (Microsoft Teams)
Minutes: Y. Blankenstijn (NWO)""")
    story.append(table(st, [["Present", "Role", "Code"],
                            ["Prof. Dr. Eleanor Whitcombe", "Panel chair (non-voting)", "EW"],
                            ["Dr. Katarzyna Nowicka-Baran", "Member", "KNB"],
                            ["Prof. Dr. Henrik Lindqvist", "Member", "HL"],
                            ["Prof. Dr. Jan-Willem ter Horst", "Member", "JWtH"],
                            ["Dr. Deepa Venkataraman", "Member (online)", "DV"],
                            ["Dr. Maarten Oosterbeek", "Teamleider NWO-ENW", "MOo"],
                            ["Dr. Sanne Kuipers", "Programme officer", "SK"],
                            ["Yvonne Blankenstijn", "Programmamedewerker (minutes)", "YB"]],
                        [60, 60, 20]))
    story += paras(st, """Absent: Prof. Dr. Lukas Oberhuber (member), with notice.

## 1. Opening and conflicts of interest
The chair opens the meeting. Each member has declared conflicts of interest in ISAAC. JWtH declares a conflict of interest for OCENW.XL24.2.037 (co-author of Prof. Van der Wetering on a 2021 paper in Nature Catalysis) and leaves the room for that item. KNB declares a conflict for OCENW.XL24.2.052 (same department as the main applicant). No other conflicts.

## 2. Procedure
MOo explains the procedure: the committee ranks the 24 proposals of round 2 on the basis of the external referee reports, the rebuttals and the pre-advice of two committee members per proposal. NWO-ENW decides on funding on the basis of the ranking. The budget allows for 4 or 5 grants.""")
    story.append(PageBreak())
    story += paras(st, """## 3. OCENW.XL24.2.037 – TwenteCat (main applicant Van der Wetering)
Pre-advisers: HL and DV. The referees (R1: very good; Reviewer 2: excellent/very good; R3: very good) are positive. HL shares the concern of R1 about the start of WP3 before the dataset of WP2 is ready. DV notes that the rebuttal answers this well: Dr. Gallagher will remain responsible for CatDB-23 and the release of data will be decided in a data board. EW asks whether the absence of the PhD candidate (maternity leave of Ms Raghunathan is mentioned in the rebuttal) is a risk; DV thinks the postdoc, Dr. Thiago Nascimento Albuquerque, can cover.
Outcome: rank 2, "excellent/very good". JWtH returns.

## 4. OCENW.XL24.2.052 – ammonia synthesis at TU Delft
Pre-advisers: JWtH and HL. Outcome: rank 7. KNB returns.

## 5. OCENW.XL24.2.011 – quantum materials (Rijksuniversiteit Groningen)
Outcome: rank 1 after a short discussion; the panel praises the link with the Gravitation programme.

## 6. Actions""")
    story.append(table(st, [["#", "Action", "Who", "When"],
                            ["1", "Send final ranking to NWO-ENW board", "SK", "29 Nov 2024"],
                            ["2", "Feedback texts for all applicants (draft)", "MOo / YB", "13 Dec 2024"],
                            ["3", "Check COI declarations of DV in ISAAC (missing one entry)", "YB", "25 Nov 2024"],
                            ["4", "Note for the NWO-ENW board on data governance in XL projects", "EW / SK",
                             "January 2025"]], [8, 100, 25, 30]))
    story += paras(st, """
Next meeting: 6 March 2025, NWO Den Haag, Laan van Nieuw Oost-Indië 300 (dinner the evening before at the World Forum, Johan de Wittlaan 7).
Approved by the chair on 2 December 2024. Contact: enw@nwo.nl""")
    build_rl(p, story, title="Minutes ENW-XL 2024 round 2", author="Blankenstijn, Y.",
             footer=page_footer("NWO-ENW | confidential | minutes ENW-XL 2024-2", "LibSans"))


@doc
def cq08(p):
    st = Sty("DejaVuSerif", 9.5)
    story = [Paragraph("Rebuttal – OCENW.XL24.2.037 TwenteCat", st.h1)]
    story += paras(st, """Main applicant: Prof. dr. ir. Hendrik-Jan van der Wetering, University of Twente, Faculty of Science and Technology
Submitted: 14 October 2024

We thank the referees for their careful reports.

## Response to R1 (circularity WP2/WP3)
R1 is right that WP3 depends on WP2. In the revised planning WP3 (led by Dr. Kerem Yıldız) starts in month 3 with the existing public data of the Materials Project and OC20 only. CatDB-23 data become available to WP3 in quarterly releases decided by a data board (Dr. Aoife Gallagher, Dr. Yıldız and the data steward of the faculty). Dr. Gallagher is responsible for the dataset and will be listed as a contributor (CRediT: data curation) in every publication that uses it.

## Response to Reviewer 2 (authorship, experiments)
We will adopt the CRediT taxonomy and an authorship agreement at the start of the project. On the experimental line: our PhD candidate Priya Raghunathan will be on maternity leave from March to July 2025. During that period Dr. Thiago Nascimento Albuquerque (postdoc, ORCID 0000-0002-7719-3054) takes over the electrochemical measurements in the MESA+ cleanroom.

## Response to R3 (computing budget)
We have applied separately for computing time on Snellius through SURF.

Enschede, 14 October 2024

Hendrik-Jan van der Wetering""")
    build_rl(p, story, title="Rebuttal OCENW.XL24.2.037", author="H.J. van der Wetering",
             creator="LaTeX with hyperref")


@doc
def cq09(p):
    st = Sty("Carlito", 11)
    story = paras(st, """Dr. Aoife Gallagher
Oude Postweg 112
7557 DS Hengelo
aoife.gallagher.research@gmail.com
+31 6 8340 1176

To: Commissie Wetenschappelijke Integriteit
University of Twente
attn. the secretary, cwi-secretariaat@utwente.nl
Drienerlolaan 5, 7522 NB Enschede

Hengelo, 14 February 2025

Subject: Complaint about a violation of research integrity

Dear members of the Committee,

I hereby submit a complaint under the Klachtenregeling Wetenschappelijke Integriteit of the University of Twente against Dr. Kerem Yıldız, associate professor in our department.

Between January 2024 and January 2025 I built the dataset CatDB-23 within the NWO project TwenteCat (OCENW.XL24.2.037), in work package 2 for which I am responsible. On 20 January 2025 a preprint appeared on ChemRxiv, "Transferable graph networks for single-atom catalysts", by M. Zhao, T. Wiśniewski and K. Yıldız. The preprint uses about 900,000 calculations from CatDB-23, copied from our SURF Research Drive folder, without my consent, without acknowledgement and before the agreed release by the data board. The data availability statement refers to "in-house calculations".

In my view this violates standards 11, 36 and 50 of the Netherlands Code of Conduct for Research Integrity (2018). I do not accuse Mr Zhao, who is a PhD candidate and depends on Dr. Yıldız; I believe he acted on instruction.

I attach the GitLab commit history, the access log of the Research Drive (my account gallaghera and the account yildizk) and my e-mail exchange with Prof. Van der Wetering of 22 and 23 January.

I must also tell the Committee that I have been on sick leave since 3 February. The company doctor (bedrijfsarts) has advised a gradual re-integration. I ask that hearings are planned with that in mind.

Yours sincerely,


Aoife Gallagher
ORCID 0000-0003-1846-2290""")
    story.append(PageBreak())
    story.append(Paragraph("Annex 1 – Timeline", st.h2))
    story.append(table(st, [["Date", "Event", "Persons involved"],
                            ["Jan 2024", "Start of WP2; CatDB-23 set up on SURF Research Drive", "A. Gallagher, M. Zhao"],
                            ["14 Oct 2024", "Rebuttal to NWO: data board and quarterly releases agreed",
                             "H.J. van der Wetering, K. Yıldız, A. Gallagher"],
                            ["6-7 Jan 2025", "WP2 release v0.3 downloaded with accounts yildizk and zhaom2",
                             "K. Yıldız, M. Zhao"],
                            ["20 Jan 2025", "Preprint on ChemRxiv (Zhao, Wiśniewski, Yıldız)", "–"],
                            ["22 Jan 2025", "E-mail to the group leader; share removed", "A. Gallagher, H.J. van der Wetering"],
                            ["23 Jan 2025", "Reply of the group leader: 'Kerem will withdraw it'", "H.J. van der Wetering"],
                            ["3 Feb 2025", "Sick leave", "A. Gallagher"],
                            ["2 Apr 2025", "Preprint withdrawn", "–"]], [28, 95, 50]))
    story += paras(st, """
Witnesses who can confirm the agreements about the data board: Dr. Thiago Nascimento Albuquerque (postdoc, WP4) and Ms Priya Raghunathan (PhD candidate, currently on maternity leave).

I agree that the Committee shares this complaint with Dr. Yıldız. I do not agree that it is shared with NWO or the ministry.""")
    build_rl(p, story, title="Complaint CWI", author="Aoife Gallagher", creator="Microsoft Word for Mac")
    add_hidden(p, author="Aoife Gallagher")


@doc
def cq10(p):
    st = Sty("LibSerif", 10.5)
    story = [Paragraph("Universiteit Twente – Commissie Wetenschappelijke Integriteit", st.h2),
             Paragraph("ADVIES inzake klacht CWI-2025-04", st.h1)]
    story += paras(st, """Klaagster: dr. A. GALLAGHER, postdoc, vakgroep Catalytic Processes and Data (TNW)
Beklaagde: dr. K. YILDIZ, universitair hoofddocent, dezelfde vakgroep
Samenstelling commissie: prof. mr. dr. W.E. Hoogstraten (voorzitter), prof. dr. R. Terpstra, dr. F. Öztürk (extern lid, Middle East Technical University); secretaris mr. B. Lindeboom

## 1. Procedure
De klacht is op 14 februari 2025 ontvangen. De commissie heeft partijen op 25 maart 2025 gehoord in De Waaier, klaagster in aanwezigheid van de vertrouwenspersoon wetenschappelijke integriteit, dr. E. Oudshoorn. Beklaagde werd bijgestaan door zijn advocaat, mr. F.J. Haverkamp (Twentstad Advocaten). Op verzoek van beklaagde is de hoorzitting niet op vrijdagmiddag gepland, in verband met het vrijdaggebed; beklaagde is praktiserend moslim. De commissie heeft daarnaast de programmaleider, prof. dr. ir. H.J. van der Wetering, en de promovendus Zhao Mingyu gehoord. De postdoc Wiśniewski heeft schriftelijk gereageerd.

## 2. Feiten
2.1 Klaagster is verantwoordelijk voor work package 2 van het door NWO gefinancierde project TwenteCat (OCENW.XL24.2.037). Zij heeft de dataset CatDB-23 opgebouwd.
2.2 Op 20 januari 2025 is op ChemRxiv een preprint verschenen van Zhao, Wiśniewski en Yıldız waarin ongeveer 900.000 berekeningen uit CatDB-23 zijn gebruikt.
2.3 Uit het toegangslog van SURF Research Drive blijkt dat de map van WP2 op 6 en 7 januari 2025 is gekopieerd met het account yildizk. Beklaagde erkent dat; hij stelt dat de data binnen het project vrij beschikbaar waren.
2.4 In de data availability statement van de preprint staat "in-house calculations". Klaagster wordt niet genoemd, ook niet in de acknowledgements.""")
    story.append(PageBreak())
    story += paras(st, """## 3. Beoordeling
3.1 De commissie stelt voorop dat het delen van data binnen een consortium wenselijk is. De afspraken in de rebuttal bij NWO (een data board, releases per kwartaal, CRediT) zijn echter door beklaagde zelf mede opgesteld en binden hem.
3.2 Het gebruik van de data vóór de afgesproken release en zonder vermelding van klaagster is in strijd met norm 36 (verantwoording van bronnen) en norm 50 (eerlijk toekennen van auteurschap) van de Nederlandse gedragscode wetenschappelijke integriteit. Van plagiarism in de zin van de gedragscode is geen sprake: de tekst is van beklaagde zelf.
3.3 Van data fabrication of falsification is geen sprake. De berekeningen zijn correct overgenomen.
3.4 De commissie rekent het de promovendus Zhao niet aan; hij handelde op aanwijzing van zijn begeleider.
3.5 De commissie acht van belang dat binnen de vakgroep de rolverdeling tussen de leden (onder wie internationale onderzoekers met een tijdelijk contract) nooit schriftelijk is vastgelegd. De programmaleider had daarin een verantwoordelijkheid.

## 4. Advies
De commissie adviseert het college van bestuur:
a. de klacht gegrond te verklaren voor zover het gaat om het gebruik van de data zonder toestemming en zonder vermelding (questionable research practices, geen schending in de zin van fabrication, falsification of plagiarism);
b. beklaagde op te dragen de preprint niet opnieuw in te dienen zonder klaagster als co-auteur of als vermelde bijdrager;
c. de vakgroep op te dragen binnen drie maanden een authorship-regeling en een data management plan voor alle projecten vast te stellen.

De commissie merkt op dat klaagster tijdens de procedure met burn-outklachten afwezig was; de commissie heeft de termijnen daarop aangepast.

Enschede, 28 april 2025

prof. mr. dr. W.E. Hoogstraten, voorzitter          mr. B. Lindeboom, secretaris""")
    build_rl(p, story, title="Advies CWI-2025-04", author="Lindeboom, B.",
             footer=page_footer("CWI-2025-04 - vertrouwelijk", "LibSerif"))
    add_hidden(p, outline=[("Advies CWI-2025-04 – concept Bas, opmerkingen Wilma verwerkt", 0), ("3. Beoordeling", 1)])


@doc
def cq11(p):
    st = Sty("DejaVuSans", 9.5)
    story = [Paragraph("UNIVERSITEIT TWENTE – COLLEGE VAN BESTUUR", st.h2), Spacer(1, 3 * mm)]
    story += paras(st, """Persoonlijk en vertrouwelijk
De heer dr. K. Yıldız
Het Lansink 47
7481 GB Haaksbergen

Ons kenmerk: UT-HR-2025-0188
Datum: 12 mei 2025
Onderwerp: definitief oordeel klacht CWI-2025-04

Geachte heer Yıldız,

Het college van bestuur heeft kennisgenomen van het advies van de Commissie Wetenschappelijke Integriteit van 28 april 2025 en van de reactie van uw advocaat daarop van 6 mei 2025.

Het college neemt het advies van de CWI over en komt tot het volgende definitieve oordeel:
1. De klacht van dr. A. Gallagher is gegrond voor zover het gaat om het gebruik van de dataset CatDB-23 zonder toestemming en zonder vermelding van haar bijdrage. Het college merkt dit aan als questionable research practices; van een schending in de zin van fabrication, falsification of plagiarism is geen sprake.
2. U wordt opgedragen de preprint alleen opnieuw in te dienen met vermelding van de bijdrage van dr. Gallagher conform de CRediT-taxonomie.
3. Het college legt geen disciplinaire maatregel op. Wel wordt dit oordeel met uw personeelsnummer 00214517 in uw personeelsdossier opgenomen.

Het college is zich ervan bewust dat deze procedure zwaar op u heeft gedrukt, mede gezien uw hartritmestoornis. De decaan zal met u bespreken welke ondersteuning u nodig heeft.

Tegen dit oordeel staat geen bezwaar open; u kunt zich binnen zes weken tot het Landelijk Orgaan Wetenschappelijke Integriteit (LOWI) wenden (www.lowi.nl).

Hoogachtend,
het college van bestuur van de Universiteit Twente,
namens dezen,

G.J. Nijenhuis
bestuurssecretaris

Kopie: dr. A. Gallagher; prof. dr. M.A. de Bruijn-Tammes, decaan TNW; NWO-ENW""")
    build_rl(p, story, title="Definitief oordeel CWI-2025-04", author="UT College van Bestuur",
             footer=page_footer("Universiteit Twente | Drienerlolaan 5 | 7522 NB Enschede | 053 489 9111", "DejaVuSans"))
