"""Documents cq19-cq26 (python-docx -> LibreOffice and reportlab tables)."""
from lib import *  # noqa: F401,F403

D = {}


def doc(fn):
    D[fn.__name__] = fn
    return fn


def _paras(d, text):
    for block in text.strip("\n").split("\n\n"):
        if block.startswith("## "):
            head, _, block = block.partition("\n")
            d.add_heading(head[3:], level=2)
        if block.strip() and not block.startswith("## "):
            p = d.add_paragraph()
            lines = block.split("\n")
            for i, line in enumerate(lines):
                p.add_run(line)
                if i < len(lines) - 1:
                    p.add_run().add_break()


@doc
def cq19(p):
    def make(d):
        docx_font(d, "Carlito", 10.5)
        d.add_heading("Verslag bestuurlijk overleg OCW – NWO – UNL – KNAW", level=1)
        _paras(d, """Datum: 15 mei 2025, 13.00–15.30 uur
Locatie: Ministerie van OCW, Rijnstraat 50, Den Haag, zaal 4.12
Verslag: R. el Khatib (OCW)""")
        d.add_heading("Aanwezig", level=2)
        docx_table(d, [["Naam", "Organisatie / functie"],
                       ["minister Bruins", "minister van Onderwijs, Cultuur en Wetenschap (agendapunt 1 en 2)"],
                       ["I.M. Smulders-van Oosten", "OCW, directeur Onderzoek en Wetenschapsbeleid"],
                       ["A. Hamelink", "OCW, senior beleidsadviseur"],
                       ["R. el Khatib", "OCW, jurist (verslag)"],
                       ["M. Oosterbeek", "NWO, teamleider NWO-ENW"],
                       ["E. Kaya", "Universiteiten van Nederland (UNL), beleidsadviseur onderzoek"],
                       ["J. Kemperman", "LOWI/KNAW, secretaris (agendapunt 3)"]])
        _paras(d, """Afwezig met bericht: J.H. Verbeek (OCW).

## 1. Opening en mededelingen
De minister opent het overleg. Hij meldt dat de Kamerbrief over onderzoeksfinanciering en integriteit in juni verschijnt en dat het lid Hertzberger (NSC) en het lid Stultiens (GroenLinks-PvdA) een schriftelijk overleg hebben aangekondigd.

## 2. Verdeling middelen vrij onderzoek
NWO (Oosterbeek) licht de honoreringspercentages toe: Open Competitie ENW-XL 13 procent, ENW-M 19 procent, Veni 16 procent. UNL (Kaya) pleit ervoor de middelen van de Sectorplannen structureel te maken en de matching bij Horizon Europe te verlagen. De minister zegt toe dit mee te nemen bij de Voorjaarsnota.

## 3. Meldplicht integriteitsklachten
OCW (Hamelink) schetst het voorstel: NWO neemt in de NWO-subsidieregeling op dat een instelling een integriteitsklacht over een gefinancierd project binnen vier weken meldt. Het LOWI (Kemperman) steunt het voorstel maar wijst erop dat de vertrouwelijkheid van de procedure bij de instelling voorop moet staan. UNL is terughoudend: een melding aan de financier kan de positie van de klager, vaak een promovendus of postdoc, verzwakken. Afgesproken wordt dat UNL en NWO een gezamenlijk voorstel maken.

De casus aan de Universiteit Twente wordt niet inhoudelijk besproken. Mevrouw Hamelink meldt dat de Woo-verzoeker (Woo-2025-0311) om alle stukken over het project heeft gevraagd; de stukken van NWO, de UT en het LOWI worden als derdenbelanghebbenden geconsulteerd.

## 4. Recognition & Rewards en internationale onderzoekers
UNL presenteert de voortgang van Erkennen en Waarderen. Punt van zorg is de positie van internationale postdocs die als kennismigrant afhankelijk zijn van hun contract; de IND-procedures duren lang. OCW neemt dit op met het ministerie van JenV.

## 5. Rondvraag en sluiting
Geen.""")
        d.add_heading("Actielijst", level=2)
        docx_table(d, [["Nr", "Actie", "Wie", "Termijn"],
                       ["25-05-1", "Gezamenlijk voorstel meldplicht integriteitsklachten", "MOo / EK", "1 sept 2025"],
                       ["25-05-2", "Concept-Kamerbrief naar UNL, KNAW en NWO ter informatie", "AHa", "5 juni 2025"],
                       ["25-05-3", "Zienswijzen derdenbelanghebbenden Woo-2025-0311 uitzetten", "REK", "23 mei 2025"],
                       ["25-05-4", "Knelpunten IND voor kennismigranten inventariseren", "JVe", "1 juli 2025"]])
        _paras(d, """
Afkortingen: AHa = A. Hamelink; REK = R. el Khatib; JVe = J.H. Verbeek; MOo = M. Oosterbeek (NWO); EK = E. Kaya (UNL).""")
    build_docx(p, make, author="el Khatib, Rachid", title="Verslag BO OCW NWO UNL KNAW 15-05-2025")


@doc
def cq20(p):
    def make(d):
        docx_font(d, "Liberation Sans", 10)
        d.add_heading("Notitie – internationale onderzoekers, kennisveiligheid en de casus TwenteCat", level=1)
        docx_table(d, [["Aan", "directeur OWB"], ["Van", "J.H. Verbeek (JVe), T 06-41873520"],
                       ["Datum", "30 april 2025"], ["Kenmerk", "OCW/OWB-2025/1187342"]], bold_header=False)
        _paras(d, """
## Vraag
De directeur vroeg of de casus aan de Universiteit Twente raakt aan kennisveiligheid, nu een van de betrokkenen een promovendus uit China is die wordt gefinancierd door de China Scholarship Council (CSC).

## Antwoord
Nee. Uit de stukken van de CWI blijkt dat de promovendus (Zhao Mingyu) de data op aanwijzing van zijn begeleider gebruikte en dat de data niet buiten de Universiteit Twente zijn gedeeld. CatDB-23 is bovendien bestemd voor publicatie via Zenodo en valt niet onder sensitieve technologie. Het Loket Kennisveiligheid heeft dit telefonisch bevestigd.

Ik wijs er wel op dat in de media en in een draad op PubPeer de nationaliteiten van de betrokkenen (Turks, Chinees, Iers, Pools) worden genoemd. In combinatie met de faculteit zijn de personen daarmee herleidbaar. In de Kamerbrief en in antwoorden op Kamervragen moeten wij dat vermijden.

## Verblijfsrechtelijke positie
De promovendus verblijft hier als kennismigrant (IND-2025/447180). Zijn contract loopt tot 1 september 2027. Het oordeel van het college van bestuur heeft geen gevolgen voor zijn verblijf. De postdoc dr. T. Wiśniewski is EU-burger; de postdoc uit Brazilië, dr. Nascimento Albuquerque, heeft een verblijfsvergunning als wetenschappelijk onderzoeker (richtlijn (EU) 2016/801).

## Advies
Geen verdere actie vanuit kennisveiligheid. Wel het signaal over de afhankelijkheid van internationale onderzoekers meenemen in het bestuurlijk overleg met UNL.""")
    build_docx(p, make, author="Verbeek, J.H.", title="Notitie kennisveiligheid TwenteCat")


@doc
def cq21(p):
    def make(d):
        docx_font(d, "Liberation Serif", 11)
        _paras(d, """Universiteit Twente
HR Services – International Staff Desk
Drienerlolaan 5, 7522 NB Enschede

Immigratie- en Naturalisatiedienst
Postbus 30125
8000 JC Zwolle

Enschede, 3 maart 2025
Betreft: wijziging werkgeversgegevens kennismigrant – referentie IND-2025/447180

Geachte heer, mevrouw,

Als erkend referent meldt de Universiteit Twente een wijziging in de arbeidsrelatie van de onderstaande werknemer:""")
        docx_table(d, [["Naam", "ZHAO Mingyu"], ["Geboortedatum", "03-11-1997"], ["Nationaliteit", "Chinese"],
                       ["Paspoortnummer", "EJ4471902"], ["BSN", "284719365"], ["V-nummer", "zie IND-dossier"],
                       ["Functie", "promovendus (PhD candidate), Faculty of Science and Technology"],
                       ["Begeleider", "dr. K. Yıldız"],
                       ["Wijziging", "wijziging begeleider per 1 april 2025: prof. dr. ir. H.J. van der Wetering"]],
                   bold_header=False)
        _paras(d, """
De wijziging van begeleider heeft geen gevolgen voor het salaris (promovendus, Cao Nederlandse Universiteiten, schaal P) of voor de duur van de arbeidsovereenkomst. Het looncriterium voor kennismigranten blijft van toepassing.

De werknemer wordt gefinancierd door de China Scholarship Council (CSC) in combinatie met een aanvulling uit het NWO-project OCENW.XL24.2.037.

Voor vragen kunt u contact opnemen met ondergetekende.

Met vriendelijke groet,

Lieke Brinkhuis
HR-adviseur International Staff Desk
l.brinkhuis@utwente.nl | T 053 489 9111 (algemeen)""")
    build_docx(p, make, author="Brinkhuis, L. (UT-HR)", title="IND wijziging werkgever")


@doc
def cq22(p):
    st = Sty("LibSans", 8.5)
    rows = [["Dossier", "Main applicant", "Institution", "Title (short)", "Budget (k€)", "Rank", "Decision"],
            ["OCENW.XL24.2.011", "Prof. dr. Margriet Zandbergen", "Rijksuniversiteit Groningen",
             "Topological magnons in 2D quantum materials", "2,980", "1", "Granted"],
            ["OCENW.XL24.2.037", "Prof. dr. ir. Hendrik-Jan van der Wetering", "Universiteit Twente",
             "TwenteCat – data-driven single-atom catalysts", "2,745", "2", "Granted"],
            ["OCENW.XL24.2.019", "Dr. Olusegun Adeyemi", "TU Delft", "Electro-ammonia from air and water", "2,500",
             "3", "Granted"],
            ["OCENW.XL24.2.044", "Prof. dr. Lukas Oberhuber", "Universiteit Utrecht",
             "Machine learning for protein-ligand dynamics", "2,910", "4", "Granted"],
            ["OCENW.XL24.2.052", "Prof. dr. Henrik Lindqvist", "TU Delft", "Ammonia synthesis at ambient pressure",
             "2,600", "7", "Not granted"],
            ["OCENW.XL24.2.058", "Dr. Deepa Venkataraman", "Universiteit Leiden", "Cold atoms for precision metrology",
             "1,950", "5", "Granted (reserve)"]]
    story = [Paragraph("NWO-ENW – Open Competitie ENW-XL 2024 round 2 – overview of decisions", st.h1),
             Paragraph("Annex to the decision of the NWO-ENW board of 12 December 2024. Internal – not for "
                       "publication before all applicants have been informed.", st.p),
             table(st, rows, [30, 45, 35, 70, 20, 12, 25]), Spacer(1, 5 * mm)]
    story += paras(st, """Note: in the final version of this overview the rows for OCENW.XL24.2.044 and OCENW.XL24.2.058 were corrected: Prof. Oberhuber and Dr. Venkataraman are committee members and their own applications were assessed by the reserve panel (chair: Prof. Nowicka-Baran). This overview was prepared by Y. Blankenstijn and checked by S. Kuipers (programme officer). Questions: enw@nwo.nl.""")
    build_rl(p, story, title="ENW-XL 2024-2 overview", author="NWO-ENW", pagesize=landscape(A4),
             margins=(15, 15, 15, 15))
    add_hidden(p, author="Blankenstijn, Yvonne")


@doc
def cq34(p):
    def make(d):
        docx_font(d, "Carlito", 10)
        d.add_heading("NWO – Declaratieformulier reis- en verblijfkosten / Expense claim form", level=1)
        _paras(d, """Voor leden van beoordelingscommissies en externe referenten. For members of assessment committees and external referees.
Stuur het ingevulde formulier met bonnen naar enw@nwo.nl. NWO pays within 30 days.""")
        docx_table(d, [["Veld / Field", "Invulling / Entry"],
                       ["Naam / Name", "dr. Katarzyna Nowicka-Baran"],
                       ["Relatienummer NWO / NWO relation number", "100482913"],
                       ["Geboortedatum / Date of birth", "27-05-1979"],
                       ["Privé-adres / Home address", "ul. Krótka 7, 32-020 Wieliczka, Polen"],
                       ["IBAN", "PL81 1240 2917 1111 0010 8336 4517"],
                       ["BIC", "PKOPPLPW"],
                       ["Commissie / Committee", "Open Competitie ENW-XL 2024, round 2"],
                       ["Vergadering / Meeting", "21 November 2024, Van der Valk Hotel Utrecht"],
                       ["Reiskosten / Travel", "flight Kraków – Amsterdam return, train Schiphol – Utrecht: EUR 412,60"],
                       ["Verblijf / Hotel", "1 night, EUR 139,00"],
                       ["Totaal / Total", "EUR 551,60"]], bold_header=True)
        _paras(d, """
Ik verklaar dit formulier naar waarheid te hebben ingevuld. / I declare that this form has been completed truthfully.

Datum / Date: 25-11-2024          Handtekening / Signature: K. Nowicka-Baran

Voor NWO / For NWO: akkoord budgethouder ENW-XL (MOo), 28-11-2024; verwerkt door Financiële Administratie, kostenplaats ENW-XL 2024-2.""")
    build_docx(p, make, author="Nowicka-Baran", title="Declaratie ENW-XL 2024-2")
