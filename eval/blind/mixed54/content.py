"""The documents of set BL (mixed54) and their gold. All persons, addresses and numbers are invented."""
from __future__ import annotations

import tempfile
from pathlib import Path

import make_set as M
from make_set import K, R, doc, make_bsn, make_iban
import lib
from lib import render_rl, render_lo, scanify, hide

OCW_LH = ["Ministerie van Onderwijs, Cultuur en", "Wetenschap"]


def scan(path, spec, seed, fax=False, faxline=None, angle=0.6, dpi=200, **kw):
    with tempfile.TemporaryDirectory(prefix="bl-scan-") as td:
        src = Path(td) / "src.pdf"
        render_rl(src, spec, **kw)
        scanify(src, path, dpi=dpi, angle=angle, seed=seed, fax=fax, faxline=faxline)


def hand(items):
    """extra() drawing handwritten-style annotations: (page, x_mm, y_mm, text, size, angle)."""
    from reportlab.lib.units import mm

    def f(c, pn):
        for pg, x, y, t, sz, ang in items:
            if pg != pn:
                continue
            c.saveState()
            c.setFillColorRGB(0.05, 0.12, 0.55)
            c.translate(x * mm, y * mm)
            c.rotate(ang)
            c.setFont("Femke", sz)
            for i, ln in enumerate(t.split("\n")):
                c.drawString(0, -i * sz * 1.15, ln)
            c.restoreState()
    return f


# =====================================================================================================
# bl01  NWO Vidi referee report (English, reportlab Helvetica, 2 pages, XMP creator)
# =====================================================================================================
def b01(p):
    spec = [
        ("title", "NWO Talent Programme: Vidi 2025 (ENW)\nReferee report"),
        ("kv", [("File number", "VI.Vidi.253.118"),
                ("Applicant", "Dr Katarzyna Nowicka-Brandt"),
                ("Host institution", "Universiteit Leiden, Leiden Institute of Chemistry"),
                ("Proposal title", "Light-driven molecular motors for adaptive soft materials (LUMOS)"),
                ("Referee", "Prof. Dr Matthias Oberhuber, Technische Universität München"),
                ("NWO contact", "Fleur van Amerongen, policy officer, +31 70 349 4123, f.van.amerongen@nwo.nl"),
                ("General questions", "vidi@nwo.nl")], (36 * lib.mm, None)),
        ("h", "1. Quality of the candidate"),
        ("p", "Dr Nowicka-Brandt obtained her PhD at the Jagiellonian University in Kraków (2016) and held a "
              "Marie Skłodowska-Curie fellowship in Strasbourg before moving to Leiden in 2020. Her publication "
              "record is strong for her career stage, with first-author papers on photoswitchable azobenzene "
              "amphiphiles and a well-cited review on supramolecular polymers. The committee should take into "
              "account that the applicant reports a period of sick leave in 2022 related to long COVID; the "
              "output in that year is accordingly lower and, in my view, this does not weigh against her."),
        ("p", "She has supervised two PhD candidates and organised a Lorentz Center workshop on out-of-equilibrium "
              "materials. Independence from her former supervisor is convincingly demonstrated by her own line "
              "of research and an ERC Starting Grant submission that reached step 2."),
        ("h", "2. Quality, innovative character and academic impact of the proposal"),
        ("p", "The proposal combines time-resolved FTIR, cryo-EM and DFT calculations (Gaussian 16 and ORCA) to "
              "understand how rotary motors embedded in hydrogels convert light into macroscopic work. Work "
              "package 2 relies on a custom LED array controlled via LabVIEW; I would ask the applicant to "
              "explain the fallback if the quantum yield in water drops below 1 %. The comparison with the "
              "Feynman ratchet analogy in section 3.2 is elegant but somewhat speculative."),
        ("pb",),
        ("p", "Work package 3 on dissipative self-assembly is the most original part. The data management plan "
              "follows the FAIR principles and deposits raw spectra in the 4TU.ResearchData repository; the "
              "software will be released on GitHub under an MIT licence."),
        ("h", "3. Knowledge utilisation"),
        ("p", "Contacts with DSM-Firmenich and the Brightlands Materials Center are mentioned but not yet "
              "formalised. A letter of intent would strengthen this section."),
        ("h", "4. Overall assessment"),
        ("kv", [("Candidate", "excellent (1)"), ("Proposal", "very good (2)"),
                ("Knowledge utilisation", "good (3)")], (50 * lib.mm, None)),
        ("h", "Declaration of the referee"),
        ("p", "I declare that I have no conflict of interest with the applicant or the host institution and "
              "that I will treat the proposal confidentially."),
        ("p", "Signed: M. Oberhuber\nMunich, 2 April 2025"),
    ]
    render_rl(p, spec, family="sans", size=9,
              header="NWO | Vidi 2025 ENW | VI.Vidi.253.118 | NOWICKA-BRANDT | confidential",
              footer="Referee report - not for distribution", title="Vidi referee report")
    hide(p, author="", xmp_creator="Bastiaan Kroeze")


doc("bl01_nwo_vidi_referee_report", b01,
    redact=[R("PERSON", "Katarzyna Nowicka-Brandt", "Nowicka-Brandt", "Katarzyna", "NOWICKA-BRANDT"),
            R("PERSON", "Matthias Oberhuber", "Oberhuber", "Matthias"),
            R("PERSON", "Fleur van Amerongen", "Amerongen", "Fleur"),
            R("PHONE", "+31 70 349 4123"),
            R("EMAIL", "f.van.amerongen@nwo.nl"),
            R("HEALTH", "long COVID (applicant's sick leave)", "long COVID"),
            R("PERSON", "Bastiaan Kroeze (XMP dc:creator only)", "Kroeze", "Bastiaan")],
    keep=[K("ORG", "NWO", "Universiteit Leiden", "Leiden Institute of Chemistry", "Jagiellonian University",
            "Technische Universität München", "Lorentz Center", "DSM-Firmenich", "Brightlands Materials Center",
            "4TU.ResearchData"),
          K("PROGRAMME", "Vidi", "Marie Skłodowska-Curie", "ERC Starting Grant", "LUMOS"),
          K("TECH", "FTIR", "cryo-EM", "Gaussian 16", "ORCA", "LabVIEW", "GitHub", "FAIR", "Feynman ratchet"),
          K("EMAIL_FUNCTIONAL", "vidi@nwo.nl"),
          K("PLACE", "Kraków", "Strasbourg")])


# =====================================================================================================
# bl02  ZonMw subsidy decision letter (Times, 2 pages)
# =====================================================================================================
def b02(p):
    spec = [
        ("p", "Erasmus MC\nt.a.v. dr. A.E. Brinkman-Vos\nafdeling Maag-, Darm- en Leverziekten\nPostbus 2040\n"
              "3000 CA  Rotterdam"),
        ("sp", 8),
        ("kv", [("Datum", "14 maart 2025"), ("Ons kenmerk", "2025-0412/ZonMw/GGG"),
                ("Projectnummer", "10430022310045"),
                ("Contactpersoon", "mw. L.M. Hagenaars"), ("Telefoon", "070 349 5187"),
                ("E-mail", "hagenaars@zonmw.nl"),
                ("Onderwerp", "Besluit subsidieverlening DEPRESCRIBE-NL")], (32 * lib.mm, None)),
        ("p", "Geachte mevrouw Brinkman-Vos,"),
        ("p", "Op 2 december 2024 heeft u namens Erasmus MC een aanvraag ingediend in het programma Goed Gebruik "
              "Geneesmiddelen voor het project //Deprescribing bij kwetsbare ouderen (DEPRESCRIBE-NL)//. Met deze "
              "brief ontvangt u ons besluit."),
        ("h", "Besluit"),
        ("p", "Wij verlenen u op grond van de Kaderwet subsidies OCW, SZW en VWS en de Subsidieregeling ZonMw een "
              "subsidie van ten hoogste € 749.863 voor de periode van 1 april 2025 tot en met 31 maart 2029. De "
              "subsidie wordt verleend aan de rechtspersoon Erasmus MC; de projectleider is mevrouw Brinkman-Vos."),
        ("p", "Het project wordt uitgevoerd samen met dr. R.S. Tjon A Fong (Amsterdam UMC) en drs. M. El Khattabi, "
              "huisarts bij Huisartsenpraktijk Kralingen. De beoordelingscommissie waardeerde de "
              "samenwerking met de eerste lijn en de inzet van het STOPP/START-instrument."),
        ("h", "Verplichtingen"),
        ("p", "U legt jaarlijks voor 1 mei een voortgangsverslag af via ProjectNet. Publicaties verschijnen in "
              "open access, conform het beleid van cOAlition S. Voor het onderzoek is een positief oordeel nodig "
              "van de METC Erasmus MC; u stuurt dit oordeel voor de start van de inclusie aan ons toe."),
        ("pb",),
        ("h", "Betaling"),
        ("p", "Wij betalen 80 % van het subsidiebedrag in voorschotten, verspreid over de looptijd. Het restant "
              "wordt betaald na vaststelling. Wijzigingen in het projectteam meldt u vooraf."),
        ("h", "Bezwaar"),
        ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de verzenddatum bezwaar maken "
              "op grond van de Algemene wet bestuursrecht. Stuur uw bezwaarschrift naar ZonMw, t.a.v. de "
              "Bezwarencommissie, Postbus 93245, 2509 AE Den Haag. Voor algemene vragen kunt u bellen met "
              "070 349 51 11."),
        ("p", "Hoogachtend,\nnamens het bestuur van ZonMw,"),
        ("sp", 10),
        ("p", "drs. H.J. Ossewaarde\nmanager Programma's Geneesmiddelen"),
        ("small", "Kopie: mr. B. Yıldırım, subsidieadministratie Erasmus MC"),
    ]
    render_rl(p, spec, family="serif", size=10, letterhead=["ZonMw", "Laan van Nieuw Oost-Indië 334",
                                                              "2593 CE  Den Haag"],
              footer="ZonMw - 10430022310045", logo_color=(0.55, 0.1, 0.35))


doc("bl02_zonmw_besluit_subsidie", b02,
    redact=[R("PERSON", "A.E. Brinkman-Vos", "Brinkman-Vos"),
            R("PERSON", "L.M. Hagenaars", "Hagenaars"),
            R("PHONE", "070 349 5187"), R("EMAIL", "hagenaars@zonmw.nl"),
            R("PERSON", "R.S. Tjon A Fong", "Tjon A Fong"),
            R("PERSON", "M. El Khattabi", "El Khattabi"),
            R("PERSON", "H.J. Ossewaarde", "Ossewaarde"),
            R("PERSON", "B. Yıldırım", "Yıldırım")],
    keep=[K("ORG", "ZonMw", "Erasmus MC", "Amsterdam UMC", "Huisartsenpraktijk Kralingen", "METC Erasmus MC",
            "cOAlition S", "Bezwarencommissie"),
          K("PROGRAMME", "Goed Gebruik Geneesmiddelen", "DEPRESCRIBE-NL", "STOPP/START", "ProjectNet"),
          K("LAW", "Kaderwet subsidies OCW, SZW en VWS", "Algemene wet bestuursrecht"),
          K("ADDRESS_ORG", "Laan van Nieuw Oost-Indië 334", "Postbus 93245", "Postbus 2040"),
          K("PHONE_GENERAL", "070 349 51 11"), K("FILE", "10430022310045"), K("AMOUNT", "€ 749.863")])


# =====================================================================================================
# bl03  DUO letter to a citizen (DejaVu Sans, window address, BSN, IBAN, health)
# =====================================================================================================
BSN03 = make_bsn("21794036")
IBAN03 = make_iban("INGB", "0007381442")


def b03(p):
    spec = [
        ("p", "De heer M.A. Ouali\nSchepenstraat 41 B\n3039 NC  Rotterdam"),
        ("sp", 10),
        ("kv", [("Datum", "22 april 2025"), ("Uw BSN", BSN03), ("Geboortedatum", "03-11-1998"),
                ("Betalingskenmerk", "4120 9984 5521 0077"), ("Onderwerp", "Uw verzoek om een lagere maandtermijn")],
         (34 * lib.mm, None)),
        ("p", "Beste heer Ouali,"),
        ("p", "U vroeg ons op 28 maart 2025 om uw maandtermijn voor het terugbetalen van uw studieschuld "
              "opnieuw te berekenen. U heeft aangegeven dat u sinds 2023 een WIA-uitkering ontvangt vanwege "
              "reumatoïde artritis. Wij hebben uw draagkracht berekend volgens de Wet studiefinanciering 2000."),
        ("h", "Onze beslissing"),
        ("p", "Uw nieuwe maandtermijn is € 0,00 per maand van 1 mei 2025 tot en met 30 april 2026. In die "
              "periode bouwt u geen extra rente-achterstand op. Het bedrag van € 312,40 dat u in april te veel "
              "heeft betaald, maken wij binnen vier weken over op uw rekening " + IBAN03 + "."),
        ("h", "Wat moet u doen?"),
        ("p", "U hoeft niets te doen. Wijzigt uw inkomen, geef dit dan door via Mijn DUO; u logt in met DigiD. "
              "Op duo.nl/draagkracht leest u hoe de berekening werkt."),
        ("h", "Niet eens met deze beslissing?"),
        ("p", "Dan kunt u binnen zes weken bezwaar maken. Dat kan via Mijn DUO of per post: DUO, Postbus 50061, "
              "9702 AB Groningen. Heeft u vragen? Bel ons op 050 599 77 55, op werkdagen van 8.30 tot 17.00 uur."),
        ("p", "Met vriendelijke groet,\n\nR. Zwiers\nteamleider Terugbetalen\nDienst Uitvoering Onderwijs"),
    ]
    render_rl(p, spec, family="helv", size=10, letterhead=["Dienst Uitvoering Onderwijs",
                                                              "Ministerie van Onderwijs, Cultuur en Wetenschap"],
              footer="DUO - TB-Draagkracht-2025", logo_color=(0.0, 0.35, 0.6))


doc("bl03_duo_brief_draagkracht", b03,
    redact=[R("PERSON", "M.A. Ouali", "Ouali"),
            R("ADDRESS", "Schepenstraat 41 B, 3039 NC Rotterdam", "Schepenstraat 41 B", "3039 NC"),
            R("BSN", BSN03), R("DOB", "03-11-1998"),
            R("ID", "betalingskenmerk 4120 9984 5521 0077", "4120 9984 5521 0077"),
            R("HEALTH", "reumatoïde artritis"), R("IBAN", IBAN03),
            R("PERSON", "R. Zwiers", "Zwiers")],
    keep=[K("ORG", "Dienst Uitvoering Onderwijs", "DUO"),
          K("LAW", "Wet studiefinanciering 2000"), K("PRODUCT", "Mijn DUO", "DigiD"),
          K("ADDRESS_ORG", "Postbus 50061", "9702 AB Groningen"), K("PHONE_GENERAL", "050 599 77 55"),
          K("AMOUNT", "€ 312,40")])


# =====================================================================================================
# bl04  SCAN: citizen's objection letter to DUO with handwritten annotations (image only)
# =====================================================================================================
BSN04 = make_bsn("30418262")


def b04(p):
    spec = [
        ("p", "C. Sewdien-Ramdin\nGoudsbloemvallei 118\n2565 EB  Den Haag\nTel. 06-41872209"),
        ("sp", 6),
        ("p", "Dienst Uitvoering Onderwijs\nAfdeling Bezwaar en Beroep\nPostbus 50061\n9702 AB  Groningen"),
        ("sp", 6),
        ("p", "Den Haag, 14 april 2025"),
        ("p", "**Betreft: bezwaar tegen besluit omzetting prestatiebeurs, BSN " + BSN04 + "**"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Hierbij maak ik bezwaar tegen uw besluit van 6 maart 2025 waarin mijn prestatiebeurs over de jaren "
              "2019 tot en met 2022 niet wordt omgezet in een gift. Ik heb mijn opleiding Pedagogiek aan de "
              "Haagse Hogeschool niet binnen tien jaar kunnen afronden omdat ik in 2021 en 2022 ernstige "
              "depressieve klachten had. Ik was toen onder behandeling bij Parnassia."),
        ("p", "Mijn huisarts, dokter Koenraadt, kan dit bevestigen. Een verklaring van de studentendecaan, "
              "mevrouw Verschoor, stuur ik mee. Ik vraag u daarom de termijn te verlengen op grond van de "
              "hardheidsclausule in de Wet studiefinanciering 2000."),
        ("p", "Ik ben bereikbaar op het nummer hierboven of per e-mail: chantal.sewdien@ziggo.nl"),
        ("p", "Met vriendelijke groet,"),
        ("sp", 12),
        ("p", "Chantal Sewdien-Ramdin"),
        ("small", "Bijlagen: verklaring studentendecaan, kopie besluit 6 maart 2025"),
    ]
    ann = hand([(1, 128, 272, "ontv. 17/4\nJvdW", 15, 4),
                (1, 118, 120, "bel mw. even, ook\nover hardheidsclausule", 14, 6),
                (1, 25, 32, "dossier 2025-BZ-0877 -> team Bezwaar", 13, 1),
                (1, 30, 123, "C. Sewdien", 20, 3)])
    scan(p, spec, seed=4, family="times", size=11.5, extra=ann, footer=False, angle=0.7)


doc("bl04_duo_bezwaar_scan", b04,
    redact=[R("PERSON", "Chantal Sewdien-Ramdin", "Sewdien-Ramdin", "Chantal"),
            R("ADDRESS", "Goudsbloemvallei 118, 2565 EB Den Haag", "Goudsbloemvallei 118", "2565 EB"),
            R("PHONE", "06-41872209"), R("BSN", BSN04),
            R("HEALTH", "ernstige depressieve klachten", "depressieve klachten"),
            R("HEALTH", "treatment provider Parnassia (reveals mental-health care)", "Parnassia"),
            R("PERSON", "dokter Koenraadt", "Koenraadt"),
            R("PERSON", "mevrouw Verschoor", "Verschoor"),
            R("EMAIL", "chantal.sewdien@ziggo.nl")],
    keep=[],
    notes="handwritten paraph 'JvdW' and signature are ink only (OCR cannot read them): no probe; the "
          "handwritten objection file number is left unprobed")


# =====================================================================================================
# bl05  E-mail chain Inspectie - school board (Outlook, Dutch headers, DejaVu Condensed)
# =====================================================================================================
def b05(p):
    spec = [
        ("kv", [("Van:", "Hendrikx, Marloes <m.hendrikx@owinsp.nl>"),
                ("Verzonden:", "dinsdag 3 juni 2025 16:42"),
                ("Aan:", "bestuur@spoorzicht.nl"),
                ("CC:", "Dekker-Öztürk, Selin <s.dekker-ozturk@owinsp.nl>"),
                ("Onderwerp:", "RE: Melding incident OBS De Regenboog - vertrouwelijk")], (26 * lib.mm, None)),
        ("p", "Geachte heer Van Wijngaarden,"),
        ("p", "Dank voor uw melding van vorige week en het telefoongesprek van vanochtend. Ik vat de afspraken "
              "samen. Het bestuur van Stichting Spoorzicht heeft de betrokken groepsleerkracht, de heer R. Smit, "
              "per 26 mei op non-actief gesteld. U heeft ons laten weten dat hij bij de aanvraag van een nieuwe "
              "VOG geen verklaring kreeg omdat Justis een veroordeling uit 2021 voor rijden onder invloed heeft "
              "meegewogen."),
        ("p", "De inspectie onderzoekt of het bestuur heeft voldaan aan de zorgplicht uit de Wet op het primair "
              "onderwijs en of het Integriteitsbeleid van de stichting is gevolgd. Mijn collega mevrouw "
              "Dekker-Öztürk (vertrouwensinspecteur) neemt contact op met de directeur van de school. Ouders "
              "kunnen voor vragen terecht bij het Meldpunt vertrouwensinspecteurs, 0900 111 3 111."),
        ("p", "Met vriendelijke groet,\n\nMarloes Hendrikx\ninspecteur primair onderwijs, regio Zuid\n"
              "Inspectie van het Onderwijs | Park Voorn 4, 3544 AC Utrecht\nT 088 669 60 00 | M 06 18 44 72 05"),
        ("hr",),
        ("kv", [("Van:", "Jeroen van Wijngaarden <j.vanwijngaarden@spoorzicht.nl>"),
                ("Verzonden:", "woensdag 28 mei 2025 09:03"),
                ("Aan:", "Hendrikx, Marloes <m.hendrikx@owinsp.nl>"),
                ("Onderwerp:", "Melding incident OBS De Regenboog")], (26 * lib.mm, None)),
        ("p", "Beste mevrouw Hendrikx,"),
        ("p", "Zoals telefonisch besproken meld ik u dat wij meester Ruud (groep 7) vandaag op non-actief hebben "
              "gesteld. De medezeggenschapsraad en de GMR zijn geïnformeerd; de ouders van groep 7 krijgen "
              "morgen een brief. Ik houd u op de hoogte."),
        ("p", "Jeroen van Wijngaarden\nvoorzitter College van Bestuur\nStichting Spoorzicht\n06 52 19 83 40"),
    ]
    render_rl(p, spec, family="cond", size=9.5, footer=False)


doc("bl05_inspectie_mail_schoolbestuur", b05,
    redact=[R("PERSON", "Marloes Hendrikx", "Hendrikx", "Marloes"),
            R("EMAIL", "m.hendrikx@owinsp.nl"),
            R("PERSON", "Selin Dekker-Öztürk", "Dekker-Öztürk", "Selin"),
            R("EMAIL", "s.dekker-ozturk@owinsp.nl"),
            R("PERSON", "Jeroen van Wijngaarden", "Wijngaarden", "Jeroen"),
            R("EMAIL", "j.vanwijngaarden@spoorzicht.nl"),
            R("PERSON", "R. Smit / meester Ruud", "Smit", "Ruud"),
            R("CRIMINAL", "veroordeling voor rijden onder invloed", "rijden onder invloed"),
            R("PHONE", "06 18 44 72 05"), R("PHONE", "06 52 19 83 40")],
    keep=[K("ORG", "Inspectie van het Onderwijs", "Stichting Spoorzicht", "OBS De Regenboog", "Justis",
            "Meldpunt vertrouwensinspecteurs", "GMR"),
          K("EMAIL_FUNCTIONAL", "bestuur@spoorzicht.nl"),
          K("LAW", "Wet op het primair onderwijs"), K("TERM", "VOG", "zorgplicht", "vertrouwensinspecteur"),
          K("PHONE_GENERAL", "0900 111 3 111", "088 669 60 00"), K("ADDRESS_ORG", "Park Voorn 4"),
          K("FUNCTION", "voorzitter College van Bestuur", "inspecteur primair onderwijs")])


# =====================================================================================================
# bl06  LibreOffice: school board letter to parents about a complaint (home address, child, health)
# =====================================================================================================
def b06(p):
    spec = [
        ("p", "Stichting Vechtstreek Onderwijs\nCollege van Bestuur\nPostbus 127, 1380 AC Weesp"),
        ("p", "Aan de ouders van Zofia Wiśniewska\nde heer T. Wiśniewski en mevrouw A. Wiśniewska-Nowak\n"
              "Bloemendalerweg 14\n1382 KC  Weesp"),
        ("kv", [["Datum", "10 juli 2025"], ["Kenmerk", "SVO/KL/2025-031"],
                ["Onderwerp", "Uw klacht over de ondersteuning van uw dochter"]]),
        ("p", "Geachte heer en mevrouw Wiśniewski,"),
        ("p", "Op 16 juni 2025 ontvingen wij uw klacht over de ondersteuning van uw dochter Zofia "
              "(geboren 21-02-2016, groep 6 van basisschool De Vechtkrullen). U geeft aan dat de school "
              "onvoldoende rekening houdt met haar dyslexie en ADHD, en dat het ontwikkelingsperspectief "
              "(OPP) niet met u is besproken."),
        ("p", "Wij hebben uw klacht besproken met de directeur van de school, mevrouw Lindeboom, en met de "
              "intern begeleider. Wij erkennen dat het OPP te laat is opgesteld. De school zal voor 1 oktober "
              "een gesprek plannen met u en met de orthopedagoog van het samenwerkingsverband Passend "
              "Onderwijs Amstel en Gooi. Daarnaast krijgt Zofia vanaf het nieuwe schooljaar voorleessoftware "
              "(Kurzweil 3000) op een Chromebook."),
        ("p", "Bent u het niet eens met deze afhandeling, dan kunt u uw klacht voorleggen aan de Landelijke "
              "Klachtencommissie Onderwijs (LKC), via Onderwijsgeschillen in Utrecht (info@onderwijsgeschillen.nl)."),
        ("p", "Met vriendelijke groet,\n\n\nAnne-Marie Hoekstra-Blom\ndirecteur-bestuurder\n"
              "a.hoekstra@vechtstreekonderwijs.nl | 0294 41 22 73 (secretariaat)"),
    ]
    render_lo(p, spec, font="DejaVu Sans", size=10, footer="Stichting Vechtstreek Onderwijs - KvK 41208877",
              author="Anne-Marie Hoekstra-Blom", title="Klacht Wisniewski")


doc("bl06_school_brief_klacht_ouders", b06,
    redact=[R("PERSON", "Zofia Wiśniewska", "Zofia", "Wiśniewska"),
            R("PERSON", "T. Wiśniewski", "Wiśniewski"),
            R("PERSON", "A. Wiśniewska-Nowak", "Wiśniewska-Nowak"),
            R("PERSON", "metadata title 'Klacht Wisniewski' (ASCII spelling)", "Wisniewski"),
            R("ADDRESS", "Bloemendalerweg 14, 1382 KC Weesp", "Bloemendalerweg 14", "1382 KC"),
            R("DOB", "21-02-2016"),
            R("HEALTH", "dyslexie en ADHD", "dyslexie", "ADHD"),
            R("PERSON", "mevrouw Lindeboom", "Lindeboom"),
            R("PERSON", "Anne-Marie Hoekstra-Blom", "Hoekstra-Blom", "Anne-Marie"),
            R("EMAIL", "a.hoekstra@vechtstreekonderwijs.nl")],
    keep=[K("ORG", "Stichting Vechtstreek Onderwijs", "De Vechtkrullen", "Landelijke Klachtencommissie Onderwijs",
            "LKC", "Onderwijsgeschillen", "Passend Onderwijs Amstel en Gooi"),
          K("PRODUCT", "Kurzweil 3000", "Chromebook"), K("TERM", "OPP", "intern begeleider", "orthopedagoog"),
          K("EMAIL_FUNCTIONAL", "info@onderwijsgeschillen.nl"), K("PHONE_GENERAL", "0294 41 22 73"),
          K("FILE", "SVO/KL/2025-031"), K("ADDRESS_ORG", "Postbus 127"),
          K("FUNCTION", "directeur-bestuurder")],
    notes="the secretariat number of the school board is a general number (keep)")


# =====================================================================================================
# bl07  Beslisnota OCW with side column, paraph table and outline (reportlab DejaVu Serif, 2 pages)
# =====================================================================================================
def b07(p):
    side = ["**Directie Hoger Onderwijs en", "**Studiefinanciering", "Rijnstraat 50", "2515 XP Den Haag",
            "Postbus 16375", "2500 BJ Den Haag", "www.rijksoverheid.nl/ocw", "",
            "**Contactpersoon", "drs. E.J. Groenewegen-Bakx", "beleidsmedewerker", "T 06 27 90 14 66",
            "esther.groenewegen@minocw.nl", "", "**Datum", "8 mei 2025", "", "**Kenmerk", "51622304", "",
            "**Kopie aan", "DG HO&S, DBI"]
    spec = [
        ("title", "Beslisnota"),
        ("kv", [("Aan", "de minister van Onderwijs, Cultuur en Wetenschap"),
                ("Onderwerp", "Kamerbrief stand van zaken Wet internationalisering in balans")], (24 * lib.mm, None)),
        ("h", "Aanleiding"),
        ("p", "Tijdens het commissiedebat Hoger onderwijs van 17 april 2025 heeft u toegezegd de Kamer voor de "
              "zomer te informeren over de uitvoering van de Wet internationalisering in balans (WIB), in het "
              "bijzonder over de toets anderstalig onderwijs en de numerus fixus voor niet-EER-studenten."),
        ("h", "Geadviseerd besluit"),
        ("p", "Aan de minister wordt gevraagd in te stemmen met bijgaande Kamerbrief en deze te ondertekenen."),
        ("h", "Kern"),
        ("p", "De instroom van internationale studenten in Engelstalige bacheloropleidingen daalde in 2024 met "
              "7 %. Universiteiten van Nederland en de Vereniging Hogescholen steunen de toets, maar vragen om "
              "een overgangstermijn tot studiejaar 2027-2028. De NVAO heeft aangegeven de toets binnen het "
              "bestaande accreditatiestelsel te kunnen uitvoeren. Staatssecretaris Paul is geïnformeerd over "
              "de gevolgen voor het mbo."),
        ("h", "Krachtenveld"),
        ("p", "Het lid Paternotte (D66) heeft in het debat gewaarschuwd voor krimp in de grensregio's; het lid "
              "Bontenbal (CDA) vroeg naar de gevolgen voor de Brainport-regio. In het ambtelijk overleg van "
              "29 april met Universiteiten van Nederland gaf de heer Ter Horst aan dat de TU/e en de "
              "Universiteit Twente de overgangstermijn essentieel vinden. De ISO en het LSVb zijn kritisch."),
        ("pb",),
        ("h", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "[Nog in te vullen door de Woo-coördinator.]"),
        ("h", "Paraafblok"),
        ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                   ["drs. E.J. Groenewegen-Bakx", "beleidsmedewerker", "EGB", "8-5-2025"],
                   ["K. Amrani MSc", "coördinator internationalisering", "KA", "9-5-2025"],
                   ["dr. T.S. van den Heuvel", "directeur HO&S", "TvdH", "12-5-2025"]],
         [52, 55, 20, 25]),
        ("small", "Bijlage: concept-Kamerbrief; overzicht instroom internationale studenten 2020-2024 (DUO, "
                  "1cijferHO)"),
    ]
    render_rl(p, spec, family="serif", size=9.5, letterhead=OCW_LH, side=side,
              footer="Beslisnota WIB - 51622304")
    hide(p, author="", outline=[("Beslisnota WIB", 0), ("Paraafblok", 1),
                                ("Bijlage - reactie S. Lammertink (UNL)", 1)])


doc("bl07_beslisnota_wib_paraaf", b07,
    redact=[R("PERSON", "E.J. (Esther) Groenewegen-Bakx", "Groenewegen-Bakx", "esther"),
            R("PHONE", "06 27 90 14 66"), R("EMAIL", "esther.groenewegen@minocw.nl"),
            R("PERSON", "de heer Ter Horst", "Ter Horst"),
            R("PERSON", "K. Amrani", "Amrani"),
            R("PERSON", "dr. T.S. van den Heuvel", "Heuvel"),
            R("PARAPH", "EGB"), R("PARAPH", "KA"), R("PARAPH", "TvdH"),
            R("PERSON", "S. Lammertink (outline title only)", "Lammertink")],
    keep=[K("OFFICE_HOLDER", "Staatssecretaris Paul", "Paternotte", "Bontenbal"),
          K("ORG", "Universiteiten van Nederland", "Vereniging Hogescholen", "NVAO", "TU/e", "Universiteit Twente",
            "ISO", "LSVb", "DUO"),
          K("LAW", "Wet internationalisering in balans", "WIB"),
          K("TERM", "toets anderstalig onderwijs", "numerus fixus", "Brainport-regio", "1cijferHO"),
          K("ADDRESS_ORG", "Rijnstraat 50", "Postbus 16375"), K("FILE", "51622304"),
          K("FUNCTION", "beleidsmedewerker", "directeur HO&S")],
    notes="'esther' probe is the lower-case e-mail local part; Kamerleden in parliamentary context stay")


# =====================================================================================================
# bl08  NWO interview panel: attendance and action list with initials (English, DejaVu Condensed)
# =====================================================================================================
def b08(p):
    spec = [
        ("title", "ENW-XL 2025 round 1 - Interview panel D (Physics)"),
        ("p", "Minutes of the panel meeting, 19 June 2025, 09:30-17:00, NWO office, Laan van Nieuw Oost-Indië 300, "
              "Den Haag, and via Microsoft Teams."),
        ("h", "Present"),
        ("table", [["Role", "Name", "Affiliation", "Initials"],
                   ["Chair", "Prof. dr. Ingrid Vermeulen-Schouten", "Rijksuniversiteit Groningen", "IVS"],
                   ["Member", "Prof. Dr. Friedrich-Wilhelm Käßmann", "Max-Planck-Institut für Kernphysik, Heidelberg", "FWK"],
                   ["Member", "Dr. Amélie Lefèvre-Dupont", "CNRS, Institut Néel, Grenoble", "ALD"],
                   ["Member", "Prof. dr. Hüseyin Çelik", "Middle East Technical University, Ankara", "HÇ"],
                   ["Member", "Dr. ZHANG Xiaoling", "Tsinghua University, Beijing", "ZX"],
                   ["Member (online)", "Dr. Siti Rahmawati", "Institut Teknologi Bandung", "SR"],
                   ["Secretary", "drs. Youssef Bennani", "NWO Domain Science (ENW)", "YB"],
                   ["Observer", "Ilse Cremers", "NWO Quality Assurance", "IC"]],
         [24, 58, 70, 16]),
        ("p", "Absent with notice: Prof. dr. Gerrit-Jan ten Brinke (conflict of interest for all applications of "
              "Universiteit Twente)."),
        ("h", "Proceedings"),
        ("p", "The chair welcomed the members and recalled the NWO Code for dealing with conflicts of interest and "
              "the principles of the Declaration on Research Assessment (DORA). FWK reported a potential conflict "
              "for ENW.XL.25.1.044 (joint paper in 2023 with a co-applicant); after discussion the panel decided "
              "that he would not take part in the scoring of that application. The panel interviewed nine "
              "consortia; the application on quantum sensing with NV centres in diamond and the one on the "
              "Einstein Telescope pathfinder ETpathfinder were ranked highest. The Spinoza Prize laureate "
              "mentioned in application ENW.XL.25.1.051 is a co-applicant and was not discussed as a person."),
        ("h", "Action list"),
        ("table", [["No.", "Action", "Who", "When"],
                   ["A1", "Circulate the adjusted scoring rubric and the ranking to the members", "YB", "23 June"],
                   ["A2", "Record the COI decision for ENW.XL.25.1.044 in ISAAC", "YB / IC", "20 June"],
                   ["A3", "Draft the panel's advice for the ENW board", "IVS, ALD", "30 June"],
                   ["A4", "Send remarks on the Einstein Telescope proposals to the secretary", "FWK", "25 June"]],
         [12, 110, 25, 22]),
        ("p", "Next meeting: 3 July 2025 (online). Questions: enw-xl@nwo.nl"),
    ]
    render_rl(p, spec, family="cond", size=9.5, footer="NWO ENW-XL 2025-1 | panel D | confidential")


doc("bl08_nwo_panel_actielijst", b08,
    redact=[R("PERSON", "Ingrid Vermeulen-Schouten", "Vermeulen-Schouten", "Ingrid"),
            R("PERSON", "Friedrich-Wilhelm Käßmann", "Käßmann", "Friedrich-Wilhelm"),
            R("PERSON", "Amélie Lefèvre-Dupont", "Lefèvre-Dupont", "Amélie"),
            R("PERSON", "Hüseyin Çelik", "Çelik", "Hüseyin"),
            R("PERSON", "ZHANG Xiaoling", "ZHANG", "Xiaoling"),
            R("PERSON", "Siti Rahmawati", "Rahmawati"),
            R("PERSON", "Youssef Bennani", "Bennani", "Youssef"),
            R("PERSON", "Ilse Cremers", "Cremers", "Ilse"),
            R("PERSON", "Gerrit-Jan ten Brinke", "ten Brinke", "Gerrit-Jan"),
            R("PARAPH", "IVS"), R("PARAPH", "FWK"), R("PARAPH", "ALD"), R("PARAPH", "HÇ"),
            R("PARAPH", "ZX"), R("PARAPH", "YB"), R("PARAPH", "IC")],
    keep=[K("ORG", "NWO", "Rijksuniversiteit Groningen", "Max-Planck-Institut für Kernphysik", "CNRS",
            "Institut Néel", "Middle East Technical University", "Tsinghua University", "Institut Teknologi Bandung",
            "Universiteit Twente"),
          K("PROGRAMME", "ENW-XL", "Einstein Telescope", "ETpathfinder", "Spinoza Prize", "DORA", "ISAAC"),
          K("FILE", "ENW.XL.25.1.044", "ENW.XL.25.1.051"), K("PRODUCT", "Microsoft Teams"),
          K("TERM", "NV centres", "quantum sensing"), K("ADDRESS_ORG", "Laan van Nieuw Oost-Indië 300"),
          K("EMAIL_FUNCTIONAL", "enw-xl@nwo.nl"), K("PLACE", "Heidelberg", "Grenoble", "Ankara", "Beijing")],
    notes="ENW-XL application numbers belong to consortia (organisations), so they stay")


# =====================================================================================================
# bl09  International conference attendee list (English, Helvetica-free: DejaVu Sans, 2 pages)
# =====================================================================================================
ATT = [
    ("Dr Johannes Brückner", "Deutsche Forschungsgemeinschaft (DFG)", "DE", "johannes.brueckner@dfg.de", ""),
    ("Sabine Hoffmann-Kraus", "BMFTR", "DE", "", "vegetarian"),
    ("Jean-Baptiste Moreau", "Ministère de l'Enseignement supérieur et de la Recherche", "FR", "", ""),
    ("Claire Dubois-Lambert", "Agence nationale de la recherche (ANR)", "FR", "claire.dubois-lambert@anr.fr", ""),
    ("Małgorzata Kowalczyk", "Narodowe Centrum Nauki (NCN)", "PL", "", "kosher meal"),
    ("Tomasz Zieliński", "Ministry of Science and Higher Education", "PL", "t.zielinski@mnisw.gov.pl", ""),
    ("Ayşe Yılmaz-Demir", "TÜBİTAK", "TR", "", "halal meal"),
    ("Emre Aksoy", "Koç University", "TR", "", ""),
    ("Fatima Zahra El Idrissi", "CNRST Rabat", "MA", "f.elidrissi@cnrst.ma", ""),
    ("Rachid Benjelloun", "Université Mohammed V de Rabat", "MA", "", "wheelchair user, step-free access"),
    ("Ravindra Jhagroe", "Anton de Kom Universiteit van Suriname", "SR", "r.jhagroe@uvs.edu", ""),
    ("Naomi Kartodikromo", "Ministerie van Onderwijs, Wetenschap en Cultuur (Suriname)", "SR", "", ""),
    ("WANG Haoran", "Chinese Academy of Sciences", "CN", "", ""),
    ("CHEN Jiahui", "Fudan University", "CN", "chenjh@fudan.edu.cn", ""),
    ("Bambang Sutrisno", "Badan Riset dan Inovasi Nasional (BRIN)", "ID", "", ""),
    ("Dewi Lestari Anggraini", "Universitas Indonesia", "ID", "dewi.anggraini@ui.ac.id", ""),
    ("Dr Omar Al-Khatib", "Qatar National Research Fund", "QA", "", ""),
    ("Mariam Al-Hashimi", "United Arab Emirates University", "AE", "", ""),
    ("Pieter-Jan de Graaf", "NWO", "NL", "pj.degraaf@nwo.nl", ""),
    ("Mirjam van 't Hof", "Ministerie van OCW", "NL", "mirjam.vanthof@minocw.nl", ""),
]


def b09(p):
    rows = [["No.", "Name", "Organisation", "Country", "E-mail", "Remarks"]]
    for i, (n, o, c, e, r) in enumerate(ATT, 1):
        rows.append([str(i), n, o, c, e, r])
    spec = [
        ("title", "Safeguarding Open Science: Research Security in Practice"),
        ("p", "International conference under the Danish Presidency of the Council of the EU, co-organised by the "
              "Netherlands and Germany. Egmont Palace, Brussels, 23-24 October 2025.\n**List of participants** "
              "(version 3, 20 October 2025; for the organisers and security only)"),
        ("table", rows, [9, 40, 52, 13, 46, 28]),
        ("p", "Speakers (programme, public): Commissioner Zaharieva (opening), minister Bruins (panel 2), "
              "Executive Vice-President Mînzatu (closing). Moderator: Dr Ruth Okonkwo-Meier (freelance)."),
        ("p", "Registration desk: researchsecurity2025@minocw.nl. Venue: Egmont Palace, Place du Petit Sablon 8, "
              "1000 Brussels. Shuttle from Brussels-Central. Security clearance via the Belgian FPS Foreign Affairs."),
        ("pb",),
        ("h", "Annex: bilateral meetings on 23 October (room Salon Louis XVI)"),
        ("table", [["Time", "Meeting", "Note-taker", "Liaison"],
                   ["12:30", "minister Bruins - Federal Minister Bär (BMFTR)", "Mirjam van 't Hof",
                    "Daan Rietveld, +32 470 12 88 41"],
                   ["13:15", "minister Bruins - Commissioner Zaharieva", "Mirjam van 't Hof",
                    "Daan Rietveld"],
                   ["16:00", "NWO - NCN - TÜBİTAK (agencies' round table)", "Pieter-Jan de Graaf", "-"]],
         [14, 80, 40, 50]),
        ("p", "The note-takers send their reports within two working days to the EU coordination desk "
              "(eu-coordinatie@minocw.nl). Cars: Permanent Representation, Kortenberglaan 4-10, 1040 Brussels."),
    ]
    render_rl(p, spec, family="sans", size=8.5, footer="Participants list - not for publication", margins=(15, 15, 18, 18))


_att_red = []
for n, o, c, e, r in ATT:
    parts = n.replace("Dr ", "").split()
    if n.startswith(("WANG", "CHEN")):
        probes = [parts[0], parts[1]]
    elif "van 't Hof" in n:
        probes = ["van 't Hof", "Mirjam"]
    elif "de Graaf" in n:
        probes = ["de Graaf", "Pieter-Jan"]
    elif n.startswith("Fatima"):
        probes = ["El Idrissi", "Fatima Zahra"]
    elif n.startswith("Dewi"):
        probes = ["Anggraini", "Dewi Lestari"]
    else:
        probes = [parts[-1], parts[0]]
    _att_red.append(R("PERSON", n, *probes))
    if e:
        _att_red.append(R("EMAIL", e))
_att_red += [R("RELIGION", "kosher meal (reveals religion)", "kosher"),
             R("RELIGION", "halal meal (reveals religion)", "halal"),
             R("HEALTH", "wheelchair user", "wheelchair user"),
             R("PERSON", "Ruth Okonkwo-Meier (moderator, private person)", "Okonkwo-Meier", "Ruth"),
             R("PERSON", "Daan Rietveld (liaison officer)", "Rietveld", "Daan"),
             R("PHONE", "+32 470 12 88 41")]

doc("bl09_conference_participants_list", b09,
    redact=_att_red,
    keep=[K("ORG", "Deutsche Forschungsgemeinschaft", "BMFTR", "ANR", "NCN", "TÜBİTAK", "Koç University",
            "CNRST Rabat", "Université Mohammed V de Rabat", "Anton de Kom Universiteit van Suriname",
            "Chinese Academy of Sciences", "Fudan University", "BRIN", "Universitas Indonesia",
            "Qatar National Research Fund", "United Arab Emirates University", "NWO", "FPS Foreign Affairs"),
          K("OFFICE_HOLDER", "Commissioner Zaharieva", "minister Bruins", "Executive Vice-President Mînzatu",
            "Federal Minister Bär"),
          K("ADDRESS_ORG", "Kortenberglaan 4-10"), K("EMAIL_FUNCTIONAL", "eu-coordinatie@minocw.nl"),
          K("PLACE", "Salon Louis XVI"),
          K("PLACE", "Egmont Palace", "Place du Petit Sablon 8", "Brussels-Central"),
          K("EMAIL_FUNCTIONAL", "researchsecurity2025@minocw.nl"), K("TERM", "vegetarian", "Danish Presidency")],
    notes="a dietary remark that reveals religion (kosher, halal) or a disability is special-category data of "
          "a named participant and goes; 'vegetarian' stays")


# =====================================================================================================
# bl10  English e-mail chain Permanent Representation <-> European Commission (Helvetica, 2 pages)
# =====================================================================================================
def b10(p):
    spec = [
        ("kv", [("From:", "Boomsma, Sterre <sterre.boomsma@minbuza.nl>"),
                ("Sent:", "Tuesday, 11 March 2025 09:14"),
                ("To:", "JANSSENS Kristof (EAC) <Kristof.JANSSENS@ec.europa.eu>"),
                ("Cc:", "HOFFMEISTER Anna (EAC) <Anna.HOFFMEISTER@ec.europa.eu>; OCW EU-coordinatie "
                        "<eu-coordinatie@minocw.nl>"),
                ("Subject:", "RE: Erasmus+ 2026 annual work programme - NL comments on European Universities")],
         (20 * lib.mm, None)),
        ("p", "Dear Kristof,"),
        ("p", "Thank you for the quick reply. Please find below the Dutch comments, cleared with The Hague "
              "yesterday evening. We would appreciate it if they could be reflected before the Erasmus+ Programme "
              "Committee of 26 March."),
        ("p", "1. The Netherlands supports the continuation of the European Universities initiative but asks "
              "the Commission to keep the funding per alliance predictable (max. EUR 14.4 million over four years) "
              "and to align the reporting with the Erasmus Without Paper (EWP) network.\n"
              "2. On the European degree label: we prefer a voluntary label; a joint degree should not require "
              "changes to the WHW before the MFF 2028-2034 negotiations have concluded.\n"
              "3. We welcome the pilot on Erasmus+ Virtual Exchange and ask for data on participation of students "
              "with fewer opportunities."),
        ("p", "Minister Bruins intends to raise point 2 at the EYCS Council of 12 May; Commissioner Mînzatu's "
              "speech at the EUA annual conference was well received in The Hague."),
        ("p", "Kind regards,\nSterre"),
        ("small", "Sterre Boomsma | Attaché Education, Youth & Research\nPermanent Representation of the Kingdom of "
                  "the Netherlands to the European Union\nKortenberglaan 4-10, 1040 Brussels | T +32 2 679 15 11 | "
                  "M +32 470 55 18 93"),
        ("hr",),
        ("kv", [("From:", "Kristof.JANSSENS@ec.europa.eu"),
                ("Sent:", "Monday, 10 March 2025 17:52"),
                ("To:", "Boomsma, Sterre"),
                ("Cc:", "Anna.HOFFMEISTER@ec.europa.eu"),
                ("Subject:", "Erasmus+ 2026 annual work programme - NL comments on European Universities")],
         (20 * lib.mm, None)),
        ("p", "Dear Sterre,"),
        ("p", "As discussed at the coordination meeting in the J-70 building, we would be grateful to receive "
              "the Dutch written comments by Wednesday. My colleague Anna Hoffmeister (Unit B.1, Higher Education) "
              "is preparing the consolidated table for the Committee."),
        ("pb",),
        ("p", "For your information: the Commission intends to publish the call for the European Universities "
              "initiative in November 2025 via the Funding & Tenders Portal. The EACEA will manage the grant "
              "agreements, as before. Questions from national agencies (Nuffic in your case) can be sent to the "
              "functional mailbox EAC-EUROPEAN-UNIVERSITIES@ec.europa.eu."),
        ("p", "Best regards,\nKristof"),
        ("small", "Kristof JANSSENS\nPolicy Officer - European Universities\nEuropean Commission, Directorate-"
                  "General for Education, Youth, Sport and Culture\nUnit B.1 - Higher Education\nJ-70 04/112, "
                  "Rue Joseph II 70, 1000 Brussels\nTel. +32 2 299 41 87 | Switchboard +32 2 299 11 11"),
        ("small", "The information in this e-mail is intended for the addressee only."),
    ]
    render_rl(p, spec, family="helv", size=9.5, footer=False, header="Printed from Outlook - Boomsma, Sterre")


doc("bl10_pv_commission_mail_erasmus", b10,
    redact=[R("PERSON", "Sterre Boomsma", "Boomsma", "Sterre"),
            R("EMAIL", "sterre.boomsma@minbuza.nl"),
            R("PERSON", "Kristof JANSSENS", "JANSSENS", "Kristof"),
            R("EMAIL", "Kristof.JANSSENS@ec.europa.eu"),
            R("PERSON", "Anna HOFFMEISTER / Anna Hoffmeister", "HOFFMEISTER", "Hoffmeister", "Anna"),
            R("EMAIL", "Anna.HOFFMEISTER@ec.europa.eu"),
            R("PHONE", "+32 470 55 18 93"), R("PHONE", "+32 2 299 41 87"),
            R("LOCATION", "personal office room J-70 04/112", "J-70 04/112")],
    keep=[K("OFFICE_HOLDER", "Minister Bruins", "Commissioner Mînzatu"),
          K("ORG", "European Commission", "EACEA", "Nuffic", "EUA", "Permanent Representation",
            "Erasmus+ Programme Committee"),
          K("PROGRAMME", "European Universities initiative", "Erasmus Without Paper", "Erasmus+ Virtual Exchange",
            "European degree label", "Funding & Tenders Portal", "MFF 2028-2034", "EYCS Council"),
          K("LAW", "WHW"), K("ADDRESS_ORG", "Kortenberglaan 4-10", "Rue Joseph II 70"),
          K("PHONE_GENERAL", "+32 2 679 15 11", "+32 2 299 11 11"),
          K("EMAIL_FUNCTIONAL", "eu-coordinatie@minocw.nl", "EAC-EUROPEAN-UNIVERSITIES@ec.europa.eu"),
          K("FUNCTION", "Policy Officer", "Attaché Education, Youth & Research")],
    notes="Commission staff below senior management are withheld like Dutch civil servants; a personal "
          "office room number goes with the name, the building name J-70 stays")


# =====================================================================================================
# bl11  LibreOffice: Council Working Party on Research report (English)
# =====================================================================================================
def b11(p):
    spec = [
        ("title", "Report: Working Party on Research, 4 February 2025"),
        ("kv", [["From", "Permanent Representation of the Netherlands to the EU (PV EU)"],
                ["To", "OCW/DG HO&S, EZ/DGEK, BZ/DIE"],
                ["Author", "Thijs Hoogerwerf-Mensah (PV EU, research attaché)"],
                ["Classification", "Departementaal vertrouwelijk"]]),
        ("h", "Summary"),
        ("p", "The Polish Presidency presented its first compromise text on the Council conclusions on research "
              "security. A large majority, including the Netherlands, supports a non-binding approach building on "
              "the 2024 Council Recommendation on enhancing research security. Germany and France asked for a "
              "reference to the Kennisveiligheid checklist used in the Netherlands; Hungary entered a scrutiny "
              "reservation."),
        ("h", "Discussion"),
        ("p", "The Presidency chair, Ms Joanna Wróblewska-Kaczmarek, proposed to finalise the text at the next "
              "meeting so that Coreper I can prepare the Competitiveness Council of 23 May. The Commission (DG RTD, "
              "represented by Mr Luc Vandenberghe) explained the European Centre of Expertise on research security "
              "and the planned update of the Horizon Europe ethics appraisal."),
        ("p", "The Dutch delegation (Hoogerwerf-Mensah, with Ms Y. Tahiri from the Ministry of Economic Affairs "
              "online) stressed proportionality and the role of the national contact point (Loket Kennisveiligheid). "
              "Sweden and Denmark supported this line; Italy asked for dual-use export control references to "
              "Regulation (EU) 2021/821."),
        ("h", "Next steps"),
        ("p", "Written comments by 11 February to the Presidency (research.wp@pl2025.eu). The PV EU proposes that "
              "OCW coordinates the Dutch comments in the BNC-fiche follow-up. Contact at PV EU: "
              "t.hoogerwerf-mensah@minbuza.nl, +32 470 33 90 12."),
    ]
    render_lo(p, spec, font="DejaVu Sans Condensed", size=10, header="PV EU - Verslag raadswerkgroep - "
              "Departementaal vertrouwelijk", footer="PV EU Brussel", author="T. Hoogerwerf-Mensah",
              title="WP Research 4 Feb 2025")


doc("bl11_council_wp_research_report", b11,
    redact=[R("PERSON", "Thijs Hoogerwerf-Mensah", "Hoogerwerf-Mensah", "Thijs"),
            R("PERSON", "Joanna Wróblewska-Kaczmarek (Presidency delegate, civil servant)",
              "Wróblewska-Kaczmarek", "Joanna"),
            R("PERSON", "Luc Vandenberghe (Commission official)", "Vandenberghe"),
            R("PERSON", "Y. Tahiri", "Tahiri"),
            R("EMAIL", "t.hoogerwerf-mensah@minbuza.nl"), R("PHONE", "+32 470 33 90 12")],
    keep=[K("ORG", "Polish Presidency", "Coreper I", "Competitiveness Council", "DG RTD", "Loket Kennisveiligheid",
            "European Centre of Expertise", "Ministry of Economic Affairs"),
          K("PROGRAMME", "Horizon Europe", "Kennisveiligheid"),
          K("LAW", "Regulation (EU) 2021/821", "Council Recommendation"),
          K("PLACE", "Germany", "France", "Hungary", "Sweden", "Denmark", "Italy"),
          K("EMAIL_FUNCTIONAL", "research.wp@pl2025.eu"), K("TERM", "scrutiny reservation", "BNC-fiche"),
          K("FUNCTION", "research attaché")],
    notes="the Presidency's chair of a working party is a national civil servant, not an office holder")


# =====================================================================================================
# bl12  Dutch report of the Competitiveness Council (reportlab Times), minister and Kamerleden stay
# =====================================================================================================
def b12(p):
    spec = [
        ("title", "Verslag Raad voor Concurrentievermogen (onderzoek), 23 mei 2025"),
        ("kv", [("Van", "PV EU Brussel, afdeling Onderwijs, Onderzoek en Innovatie"),
                ("Aan", "OCW, EZ, BZ"),
                ("Opsteller", "mr. W.F. (Willemijn) de Jong-Achterberg"),
                ("Meegelezen", "H. van der Zwaag (OCW/DBI), paraaf HvdZ")], (28 * lib.mm, None)),
        ("h", "1. Beleidsdebat over het tiende kaderprogramma (FP10)"),
        ("p", "Minister Bruins benadrukte namens Nederland dat excellentie het leidende criterium moet blijven en "
              "dat de ERC en de Marie Sklodowska-Curie Actions voldoende budget moeten houden. Eurocommissaris "
              "Zaharieva zegde toe de voorstellen voor FP10 in juli te presenteren, samen met het voorstel voor "
              "het Europees Concurrentievermogensfonds (ECF). De Duitse minister Bär en de Franse minister "
              "Baptiste steunden de Nederlandse lijn."),
        ("h", "2. Raadsconclusies kennisveiligheid"),
        ("p", "De raadsconclusies werden zonder discussie aangenomen. Het Kamerlid Kisteman (VVD) had vooraf "
              "schriftelijke vragen gesteld over de positie van Nederland; de beantwoording volgt via de "
              "geannoteerde agenda voor de volgende Raad."),
        ("h", "3. Lunch en marge"),
        ("p", "Tijdens de lunch sprak de minister met de Poolse minister van Wetenschap over het Einstein "
              "Telescope-bidbook (Limburg/Euregio Maas-Rijn). De contacten liepen via de heer Kowalski van de "
              "Poolse PV; hij is bereikbaar op +32 2 780 42 73."),
        ("small", "Opsteller: willemijn.dejong@minbuza.nl, 06 39 12 04 58"),
    ]
    render_rl(p, spec, family="times", size=11, letterhead=["Permanente Vertegenwoordiging van het",
                                                              "Koninkrijk der Nederlanden bij de EU"],
              footer="PV EU - Verslag RvC-O 23-05-2025")


doc("bl12_pv_verslag_concurrentievermogen", b12,
    redact=[R("PERSON", "W.F. (Willemijn) de Jong-Achterberg", "de Jong-Achterberg", "Willemijn",
              "willemijn.dejong@minbuza.nl"),
            R("PERSON", "H. van der Zwaag", "Zwaag"), R("PARAPH", "HvdZ"),
            R("PERSON", "de heer Kowalski (Polish PR official)", "Kowalski"),
            R("PHONE", "+32 2 780 42 73"), R("PHONE", "06 39 12 04 58")],
    keep=[K("OFFICE_HOLDER", "Minister Bruins", "Eurocommissaris Zaharieva", "minister Bär", "minister Baptiste",
            "Kamerlid Kisteman"),
          K("PROGRAMME", "FP10", "ERC", "Marie Sklodowska-Curie Actions", "Europees Concurrentievermogensfonds",
            "Einstein Telescope"),
          K("ORG", "PV EU Brussel", "Raad voor Concurrentievermogen"), K("PLACE", "Euregio Maas-Rijn", "Limburg")],
    notes="Philippe Baptiste (French minister for higher education and research) and Dorothee Bär are named in "
          "their public role")


# =====================================================================================================
# bl13  Press inquiry from a journalist, forwarded internally (Outlook, DejaVu Sans)
# =====================================================================================================
def b13(p):
    spec = [
        ("kv", [("Van:", "Aalders, Rutger <rutger.aalders@minocw.nl>"),
                ("Verzonden:", "donderdag 6 februari 2025 11:08"),
                ("Aan:", "Kuijpers, Merel <merel.kuijpers@minocw.nl>; Oudhof, Daan <d.oudhof@minocw.nl>"),
                ("CC:", "pers@minocw.nl"),
                ("Onderwerp:", "FW: Vragen de Volkskrant over bezuiniging op NWO-talentprogramma - deadline 15.00")],
         (24 * lib.mm, None)),
        ("p", "Merel, Daan,"),
        ("p", "Zie de vragen van de Volkskrant hieronder. Kunnen jullie voor 13.30 uur een feitelijke reactie "
              "aanleveren? Ik stem de lijn af met de minister; de Kamerbrief over de Nationale Wetenschapsagenda "
              "wordt niet genoemd. Bij twijfel bellen: 06 11 90 23 64."),
        ("p", "Groet,\nRutger Aalders\nwoordvoerder minister van OCW (hoger onderwijs en wetenschap)"),
        ("hr",),
        ("kv", [("Van:", "Noor Hamdan-van Dijk <n.hamdan@volkskrant.nl>"),
                ("Verzonden:", "donderdag 6 februari 2025 10:41"),
                ("Aan:", "pers@minocw.nl"),
                ("Onderwerp:", "Vragen over bezuiniging op NWO-talentprogramma")], (24 * lib.mm, None)),
        ("p", "Geachte woordvoerder,"),
        ("p", "Voor een artikel in de Volkskrant van zaterdag werk ik aan een reconstructie van de bezuiniging op "
              "het NWO-talentprogramma (Veni, Vidi, Vici). Ik heb de volgende vragen:\n"
              "1. Klopt het dat het budget voor de Veni-ronde 2026 met 25 % daalt?\n"
              "2. Is het Rathenau Instituut gevraagd om de gevolgen voor jonge onderzoekers in beeld te brengen?\n"
              "3. Hoe reageert de minister op de open brief van de Jonge Akademie (KNAW)?"),
        ("p", "Ik spreek ook met dr. Sanne Verbiest, universitair docent in Nijmegen, die haar Veni-aanvraag "
              "heeft ingetrokken. Graag een reactie voor 15.00 uur.\n\nMet vriendelijke groet,\nNoor Hamdan-van "
              "Dijk\nverslaggever wetenschap, de Volkskrant\n06 48 27 15 90 | X: @noorhamdan_vk"),
    ]
    render_rl(p, spec, family="sans", size=9.5, footer=False)


doc("bl13_persvragen_volkskrant", b13,
    redact=[R("PHONE", "06 11 90 23 64 (spokesperson's mobile)", "06 11 90 23 64"),
            R("EMAIL", "rutger.aalders@minocw.nl"),
            R("PERSON", "Merel Kuijpers", "Kuijpers", "Merel"), R("EMAIL", "merel.kuijpers@minocw.nl"),
            R("PERSON", "Daan Oudhof", "Oudhof", "Daan"), R("EMAIL", "d.oudhof@minocw.nl"),
            R("PERSON", "Noor Hamdan-van Dijk (journalist)", "Hamdan-van Dijk", "Hamdan-van", "Noor"),
            R("EMAIL", "n.hamdan@volkskrant.nl"), R("PHONE", "06 48 27 15 90"),
            R("HANDLE", "@noorhamdan_vk", "~noorhamdan_vk"),
            R("PERSON", "dr. Sanne Verbiest", "Verbiest", "Sanne")],
    keep=[K("SPOKESPERSON", "Rutger Aalders"),
          K("ORG", "de Volkskrant", "NWO", "Rathenau Instituut", "Jonge Akademie", "KNAW"),
          K("PROGRAMME", "Veni", "Vidi", "Vici", "Nationale Wetenschapsagenda"),
          K("EMAIL_FUNCTIONAL", "pers@minocw.nl"), K("PLACE", "Nijmegen"),
          K("FUNCTION", "woordvoerder", "verslaggever wetenschap", "universitair docent")],
    notes="spokesperson's name stays (public function), his mobile number and personal e-mail address go; "
          "journalists are private persons: name, e-mail, mobile and X handle go, the medium stays")


# =====================================================================================================
# bl14  Draft press release with sticky-note comments (annotations only)
# =====================================================================================================
def b14(p):
    spec = [
        ("small", "CONCEPT - embargo tot dinsdag 10 juni 2025, 10.00 uur"),
        ("title", "Persbericht: 40 miljoen euro voor open science en software-infrastructuur"),
        ("p", "Den Haag, 10 juni 2025 - Het kabinet investeert de komende vier jaar 40 miljoen euro in "
              "open science. NWO, SURF en de Universiteitsbibliotheken (UKB) gaan samen een nationaal "
              "platform bouwen voor onderzoekssoftware, gebaseerd op Research Software Directory en "
              "Zenodo. Ook komt er geld voor het rekencluster Snellius en voor de opvolger van het "
              "Lisa-cluster."),
        ("p", "Minister Bruins: 'Onderzoek dat met publiek geld is betaald, hoort open te zijn. Met deze "
              "investering zorgen we dat Nederlandse onderzoekers hun data en code veilig kunnen delen, zonder "
              "afhankelijk te zijn van een handvol Amerikaanse techbedrijven.'"),
        ("p", "Het Nationaal Programma Open Science (NPOS) coördineert de uitvoering. De eerste call opent in "
              "september 2025 via het NWO-portaal ISAAC. De Tweede Kamer ontvangt voor de zomer een brief over "
              "de voortgang."),
        ("h", "Noot voor de redactie"),
        ("p", "Voor meer informatie: Directie Communicatie OCW, woordvoerder Rutger Aalders, 06 11 90 23 64, of "
              "de persvoorlichting via 070 412 34 56."),
    ]
    render_rl(p, spec, family="helv", size=10.5, letterhead=OCW_LH, footer="Persbericht concept v4")
    hide(p, author="", annots=[(0, (420, 640, 440, 660), "Roos Wendt: graag het citaat inkorten, zie mail van "
                                "Lieke Doornbos (DGHO&S).", "Bas Terpstra"),
                               (0, (420, 520, 440, 540), "Afgestemd met SURF (Hanneke Scheepmaker) 5 juni", "Bas Terpstra")])


doc("bl14_persbericht_open_science_concept", b14,
    redact=[R("PHONE", "06 11 90 23 64 (spokesperson's mobile)", "06 11 90 23 64"),
            R("PERSON", "Bas Terpstra (annotation author)", "Terpstra"),
            R("PERSON", "Roos Wendt (annotation text)", "Wendt"),
            R("PERSON", "Lieke Doornbos (annotation text)", "Doornbos"),
            R("PERSON", "Hanneke Scheepmaker (annotation text)", "Scheepmaker")],
    keep=[K("OFFICE_HOLDER", "Minister Bruins"), K("SPOKESPERSON", "Rutger Aalders"),
          K("ORG", "NWO", "SURF", "UKB", "Tweede Kamer", "Directie Communicatie OCW"),
          K("PRODUCT", "Research Software Directory", "Zenodo", "Snellius", "Lisa-cluster", "ISAAC"),
          K("PROGRAMME", "Nationaal Programma Open Science", "NPOS"), K("PHONE_GENERAL", "070 412 34 56"),
          K("AMOUNT", "40 miljoen euro")],
    notes="Snellius and Lisa (computing clusters) look like a surname and a first name but are products")


# =====================================================================================================
# bl15  Webcare report with an X screenshot (image; names only in pixels -> OCR)
# =====================================================================================================
def _x_screenshot(out_png):
    from PIL import Image, ImageDraw, ImageFont
    W, H = 1400, 1020
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    fb = ImageFont.truetype(lib.DJ + "DejaVuSans-Bold.ttf", 34)
    fr = ImageFont.truetype(lib.DJ + "DejaVuSans.ttf", 34)
    fs = ImageFont.truetype(lib.DJ + "DejaVuSans.ttf", 28)
    gray = (100, 110, 120)

    def post(y, name, handle, when, lines, avatar):
        d.ellipse((40, y, 130, y + 90), fill=avatar)
        d.text((155, y + 4), name, font=fb, fill="black")
        w = d.textlength(name, font=fb)
        d.text((155 + w + 16, y + 6), f"{handle} · {when}", font=fr, fill=gray)
        yy = y + 56
        for ln in lines:
            d.text((155, yy), ln, font=fr, fill="black")
            yy += 46
        d.text((155, yy + 8), "Reply 12     Repost 31     Like 148     Views 9.214", font=fs, fill=gray)
        d.line((30, yy + 60, W - 30, yy + 60), fill=(220, 224, 228), width=2)
        return yy + 80

    y = 30
    y = post(y, "Lotte Schreuder", "@lotteschreuder_", "14 feb.",
             ["Al 9 weken wacht ik op DUO over mijn aanvullende", "beurs. Bellen = 45 minuten in de wacht.",
              "@DUO_nl @MinOCW dit kan toch niet?", "#studiefinanciering #DUO"], (200, 120, 160))
    y = post(y, "DUO", "@DUO_nl", "14 feb.",
             ["Hoi Lotte, vervelend om te lezen! Stuur je ons een", "DM met je geboortedatum en je postcode?",
              "Dan zoeken we het voor je uit. ^MK"], (0, 90, 150))
    y = post(y, "Gijs Brandsma", "@gijsbrandsma", "14 feb.",
             ["@lotteschreuder_ Zelfde hier, sinds november.", "Ik studeer in Groningen, Hanzehogeschool."],
             (90, 150, 90))
    im.save(out_png)


def b15(p):
    from reportlab.pdfgen import canvas as rlc
    from reportlab.lib.pagesizes import A4
    with tempfile.TemporaryDirectory(prefix="bl-x-") as td:
        png = Path(td) / "x.png"
        _x_screenshot(png)
        lib.fonts()
        c = rlc.Canvas(str(p), pagesize=A4)
        c.setAuthor("")
        c.setFont("DejaVuSans-Bold", 12)
        c.drawString(60, 790, "Webcare DUO - escalatie naar team Studiefinanciering")
        c.setFont("DejaVuSans", 9.5)
        y = 770
        for ln in ["Datum: 14 februari 2025   Kanaal: X (voorheen Twitter)   Ticket: WEB-2025-02-1187",
                   "Reden escalatie: burger meldt lange wachttijd aanvullende beurs; reactie binnen 24 uur.",
                   "Bijlage 1: schermafdruk van het bericht en de reacties (zie hieronder).",
                   "Behandeling: team Studiefinanciering, via het webcare-dashboard (Coosto)."]:
            c.drawString(60, y, ln)
            y -= 14
        c.drawImage(str(png), 60, 230, width=470, height=470 * 1020 / 1400)
        c.setFont("DejaVuSans", 8)
        c.drawString(60, 210, "Webcare volgt de Richtlijn sociale media Rijksoverheid. Algemene vragen: 050 599 77 55.")
        c.drawString(60, 40, "DUO Klantcontact - intern")
        c.showPage()
        c.save()


doc("bl15_webcare_x_screenshot", b15,
    redact=[R("PERSON", "Lotte Schreuder (display name in screenshot)", "Schreuder", "Lotte"),
            R("HANDLE", "@lotteschreuder_", "~lotteschreuder"),
            R("PERSON", "Gijs Brandsma (display name in screenshot)", "Brandsma", "Gijs"),
            R("HANDLE", "@gijsbrandsma", "~gijsbrandsma")],
    keep=[K("ORG", "DUO", "Coosto"), K("PHONE_GENERAL", "050 599 77 55"),
          K("TERM", "Richtlijn sociale media Rijksoverheid", "Webcare")],
    notes="the screenshot is an image; the text layer only carries the ticket text. The webcare signature "
          "^MK is not a probe (OCR reads it unreliably)")


# =====================================================================================================
# bl16  Media monitor: social media overview (landscape-ish table, Helvetica)
# =====================================================================================================
def b16(p):
    rows = [["Tijd", "Platform", "Account", "Bericht (samenvatting)", "Bereik", "Actie"],
            ["08:12", "X", "@MinOCW", "Aankondiging Kamerbrief kennisveiligheid", "41.000", "-"],
            ["08:47", "X", "Jan Paternotte, Kamerlid D66 (@jpaternotte)", "Vraagt om debat over screening "
             "promovendi", "28.500", "monitoren"],
            ["09:30", "LinkedIn", "Ahmed Bakkali (senior beleidsmedewerker bij Ministerie van OCW)",
             "Deelt persoonlijke mening over de screeningswet", "3.100", "doorgezet naar HR/Integriteit"],
            ["10:05", "X", "@bram_studeert (Bram Veldkamp)", "Promovendus TU Delft: 'ik voel me verdacht'",
             "12.700", "webcare: geen reactie"],
            ["10:40", "Bluesky", "@lsvb.bsky.social (LSVb)", "Oproep aan studenten om zorgen te melden", "6.900", "-"],
            ["11:15", "X", "Linda Visser (@lindavisser_nrc), NRC", "Vraagt naar aantal geweigerde visa",
             "18.400", "pers@minocw.nl"],
            ["11:52", "Instagram", "@universiteitleiden", "Uitleg over Loket Kennisveiligheid", "9.800", "-"],
            ["12:20", "TikTok", "@xinyi.studies (Xinyi Zhou)", "Chinese student vertelt over haar ervaringen",
             "55.000", "geen actie"]]
    spec = [
        ("title", "Mediamonitor sociale media - donderdag 13 maart 2025"),
        ("p", "Onderwerp: Wet screening kennisveiligheid (toegang tot sensitieve kennis). Opgesteld door de "
              "Directie Communicatie, team Online. Bronnen: Coosto en OBI4wan."),
        ("table", rows, [14, 18, 52, 52, 16, 28]),
        ("p", "Analyse: de discussie wordt vooral gevoerd door promovendi en studentenorganisaties. Het lid "
              "Paternotte verwijst naar het advies van de Raad van State. Voorstel: Q&A op rijksoverheid.nl "
              "aanvullen over de Adviescommissie Kennisveiligheid en de rol van de AIVD."),
        ("small", "Samensteller: A.J. Vroegindeweij (team Online), 070 412 37 60"),
    ]
    render_rl(p, spec, family="helv", size=9, letterhead=OCW_LH, footer="Mediamonitor - alleen intern gebruik",
              margins=(18, 14, 22, 18))


doc("bl16_mediamonitor_sociale_media", b16,
    redact=[R("PERSON", "Ahmed Bakkali (civil servant, post on a professional network)", "Bakkali", "Ahmed"),
            R("PERSON", "Bram Veldkamp", "Veldkamp", "Bram"), R("HANDLE", "@bram_studeert", "~bram_studeert"),
            R("PERSON", "Linda Visser (journalist)", "Visser", "Linda"),
            R("HANDLE", "@lindavisser_nrc", "~lindavisser_nrc"),
            R("PERSON", "Xinyi Zhou", "Zhou", "Xinyi"), R("HANDLE", "@xinyi.studies", "~xinyi.studies"),
            R("PERSON", "A.J. Vroegindeweij", "Vroegindeweij"), R("PHONE", "070 412 37 60")],
    keep=[K("OFFICE_HOLDER", "Jan Paternotte", "Paternotte", "@jpaternotte"),
          K("HANDLE_ORG", "@MinOCW", "@universiteitleiden", "@lsvb.bsky.social"),
          K("ORG", "Ministerie van OCW", "TU Delft", "LSVb", "NRC", "Raad van State", "AIVD",
            "Adviescommissie Kennisveiligheid", "Loket Kennisveiligheid", "Directie Communicatie"),
          K("PRODUCT", "LinkedIn", "Bluesky", "Instagram", "TikTok", "Coosto", "OBI4wan"),
          K("LAW", "Wet screening kennisveiligheid"), K("EMAIL_FUNCTIONAL", "pers@minocw.nl")],
    notes="a Kamerlid's name and account stay even without a title directly before the name (public role, "
          "stated in the same cell); organisation accounts stay; accounts of private persons, journalists and "
          "civil servants go. Being on LinkedIn does not make a civil servant's name public")


# =====================================================================================================
# bl17  SCAN: faxed letter from a university legal office to the CBHO (fax header, binarised)
# =====================================================================================================
def b17(p):
    spec = [
        ("p", "**Universiteit Utrecht**\nDirectie Juridische Zaken\nHeidelberglaan 8, 3584 CS Utrecht"),
        ("sp", 4),
        ("p", "FAXBERICHT"),
        ("kv", [("Aan", "College van Beroep voor het hoger onderwijs (CBHO)"),
                ("Faxnummer", "070 331 98 99"),
                ("Van", "mr. D.P. Vogelzang, bedrijfsjurist"),
                ("Direct", "030 253 77 81"),
                ("Datum", "25 maart 2025"),
                ("Betreft", "Beroep nr. CBHO 2025/0142, appellant J. Kurniawan-de Bruijn"),
                ("Pagina's", "1 (incl. dit blad)")], (30 * lib.mm, None)),
        ("p", "Geacht College,"),
        ("p", "In de zaak van appellant de heer J. Kurniawan-de Bruijn (studentnummer 6183054) tegen het besluit "
              "van het College van Beroep voor de Examens van 12 februari 2025 bericht ik u dat verweerder "
              "instemt met een zitting op 24 april 2025. Wij verzoeken u de stukken van de Examencommissie "
              "Bètawetenschappen als bijlage B5 toe te voegen."),
        ("p", "Appellant stelt dat hij door een psychose in 2024 niet aan de herkansing kon deelnemen. Het "
              "medisch advies van de studentenarts is in een gesloten envelop bijgevoegd."),
        ("p", "Hoogachtend,\n\nmr. D.P. Vogelzang"),
    ]
    scan(p, spec, seed=17, fax=True, dpi=200, angle=-0.5, family="courier", size=11.5, footer=False,
         faxline="25-03-2025 14:22  FROM: UU JURIDISCHE ZAKEN  +31 30 253 0000  TO: 0703319899  P.00{p}/001")


doc("bl17_fax_uu_cbho_scan", b17,
    redact=[R("PERSON", "mr. D.P. Vogelzang", "Vogelzang"),
            R("PHONE", "030 253 77 81"),
            R("PERSON", "J. Kurniawan-de Bruijn", "Kurniawan-de Bruijn"),
            R("ID", "studentnummer 6183054", "6183054"),
            R("HEALTH", "psychose", "psychose")],
    keep=[],
    notes="scan only: no keep probes (nothing to count in the PDFium text of the original). The CBHO case "
          "number is left unprobed")


# =====================================================================================================
# bl18  Teams chat export (mono font), first names alone, Kamerlid with particle stays
# =====================================================================================================
def b18(p):
    chat = """Microsoft Teams - chat 'Kamervragen lerarentekort' - geexporteerd 2 april 2025 16:05

[01-04-2025 09:12] Noa Vreeswijk: Hoi Joep, de Kamervragen van het lid Van der Plas (BBB)
                   over het lerarentekort in Groningen zijn binnen. Termijn 3 weken.
[01-04-2025 09:14] Joep Hazenberg: Top. Ik pak vraag 1 t/m 4, kan Imane de cijfers doen?
[01-04-2025 09:20] Imane Ait Lhaj: Ja, ik haal ze uit de Trendrapportage arbeidsmarkt
                   leraren (CentERdata). Noa, heb jij het Excelbestand van DUO nog?
[01-04-2025 09:31] Noa Vreeswijk: Staat op SharePoint > PO > Lerarentekort > 2025.
[01-04-2025 11:02] Joep Hazenberg: Let op: staatssecretaris Paul wil een verwijzing naar de
                   Lerarenstrategie en naar het Regionaal Educatief Centrum in Groningen.
[01-04-2025 11:05] Imane Ait Lhaj: Ok. Ik ben morgen vrij (ziekenhuisafspraak), Noa neemt
                   het over. Mijn 06 is 06 24 81 67 30 als er iets is.
[01-04-2025 11:06] Noa Vreeswijk: Prima Imane, sterkte morgen!
[02-04-2025 15:58] Joep Hazenberg: Concept staat klaar voor Wessel (teamleider) -> daarna
                   naar de lijn. Bedankt allebei."""
    spec = [("mono", chat)]
    render_rl(p, spec, family="mono", size=10, footer="Teams-export - intern")


doc("bl18_teams_chat_kamervragen", b18,
    redact=[R("PERSON", "Noa Vreeswijk", "Vreeswijk", "Noa"),
            R("PERSON", "Joep Hazenberg", "Hazenberg", "Joep"),
            R("PERSON", "Imane Ait Lhaj", "Ait Lhaj", "Imane"),
            R("PERSON", "Wessel (teamleider, first name only)", "Wessel"),
            R("PHONE", "06 24 81 67 30")],
    keep=[K("OFFICE_HOLDER", "het lid Van der Plas", "staatssecretaris Paul"),
          K("ORG", "CentERdata", "DUO", "Regionaal Educatief Centrum", "BBB"),
          K("PRODUCT", "Microsoft Teams", "SharePoint", "Excelbestand"),
          K("PROGRAMME", "Lerarenstrategie", "Trendrapportage arbeidsmarkt"), K("PLACE", "Groningen")],
    notes="'ziekenhuisafspraak' is not probed (no diagnosis)")


# =====================================================================================================
# bl19  WhatsApp export: wethouder (office holder, stays) and a school director (goes)
# =====================================================================================================
def b19(p):
    chat = """WhatsApp-chat met Karim Bouzidi
Geexporteerd op 19-09-2025 (Woo-verzoek gemeente Zoetermeer, stuk 14)

12-09-25 07:48 - Karim Bouzidi: Goedemorgen Esther, ik las het bericht over de
  lekkage in de gymzaal. Is de school vandaag open?
12-09-25 07:55 - Esther Kolkman-Pinas: Morgen wethouder. Ja, groep 5 t/m 8 gaan naar
  het Stadsforum, de rest blijft in het hoofdgebouw. De aannemer (Bouwbedrijf
  Van Wijnen) komt om 10 uur.
12-09-25 08:02 - Karim Bouzidi: Goed. Ik vraag het IHP-team om vandaag contact op te
  nemen. Jouw nummer mag ik aan hen doorgeven?
12-09-25 08:03 - Esther Kolkman-Pinas: Ja hoor, 06 55 02 41 97. Bel liever niet
  tussen 12 en 13, dan sta ik op het plein.
12-09-25 16:40 - Karim Bouzidi: Burgemeester Bezuijen is op de hoogte gebracht. We
  bespreken het dinsdag in het college."""
    spec = [
        ("p", "**Bijlage bij Woo-besluit** - chatberichten wethouder Karim Bouzidi (Onderwijs, Sport en "
              "Vastgoed) met de directeur van IKC De Vlinderboom over de gymzaal aan de Van Leeuwenhoeklaan."),
        ("mono", chat),
    ]
    render_rl(p, spec, family="sans", size=9.5, footer="Gemeente Zoetermeer - Woo 2025-0311")


doc("bl19_whatsapp_wethouder_school", b19,
    redact=[R("PERSON", "Esther Kolkman-Pinas (school director)", "Kolkman-Pinas", "Esther"),
            R("PHONE", "06 55 02 41 97")],
    keep=[K("OFFICE_HOLDER", "Karim Bouzidi", "Burgemeester Bezuijen"),
          K("ORG", "IKC De Vlinderboom", "Bouwbedrijf Van Wijnen", "Stadsforum", "IHP-team",
            "Gemeente Zoetermeer"),
          K("PLACE", "Van Leeuwenhoeklaan"), K("FILE", "Woo 2025-0311")],
    notes="the wethouder (invented name) acts in his public role: his name stays also in the chat lines "
          "without a title; Bouwbedrijf Van Wijnen and the street Van Leeuwenhoeklaan look like names but stay")


# =====================================================================================================
# bl20  LibreOffice: Inspectie report on a school (2 pages); school named after a person stays
# =====================================================================================================
def b20(p):
    spec = [
        ("title", "Rapport herstelonderzoek Dr. Nassau College, locatie Quintus"),
        ("kv", [["Bestuur", "Stichting Openbaar Voortgezet Onderwijs Drenthe-Noord (bestuursnummer 41722)"],
                ["School", "Dr. Nassau College, locatie Quintus, Assen (BRIN 20FX)"],
                ["Datum onderzoek", "4 en 5 november 2025"],
                ["Inspecteurs", "drs. P.G. Mulderij (coördinerend), H. Boukhari MEd"],
                ["Vastgesteld", "2 december 2025"]]),
        ("h", "1. Samenvatting"),
        ("p", "In november 2024 beoordeelden wij de kwaliteit van de havo-afdeling als onvoldoende op de "
              "standaarden OP2 Zicht op ontwikkeling en KA1 Kwaliteitszorg. Bij dit herstelonderzoek zien wij "
              "dat de school de tekortkomingen heeft hersteld. De school werkt nu met een leerlingvolgsysteem "
              "(Magister en Somtoday voor de onderbouw) en bespreekt de resultaten elk kwartaal."),
        ("h", "2. Wat hebben wij onderzocht?"),
        ("p", "Wij spraken met de rector, met de teamleider havo, de heer A. Kaya, met zes docenten, met de "
              "leerlingenraad en met de medezeggenschapsraad. Wij bezochten twaalf lessen, onder meer Engels "
              "(Cambridge English), wiskunde B en het profielwerkstuk. Ook bestudeerden wij het "
              "schoolondersteuningsprofiel en de jaarverslagen van de examencommissie."),
        ("pb",),
        ("h", "3. Bevindingen"),
        ("p", "OP2 Zicht op ontwikkeling: voldoende. De mentoren, onder wie mevrouw J. Oosterveld-Tjin, gebruiken "
              "de gegevens uit Magister om leerlingen met een achterstand tijdig te signaleren. Eén leerling uit "
              "havo 4, Daan Q., die na een lange ziekteperiode was teruggekeerd, kreeg een aangepast PTA."),
        ("p", "KA1 Kwaliteitszorg: voldoende. Het bestuur heeft een kwaliteitsmedewerker aangesteld; zij "
              "rapporteert aan de rector en aan het bestuur. De Johan Frisoschool (vmbo) van hetzelfde bestuur "
              "gebruikt dezelfde aanpak."),
        ("h", "4. Vervolg"),
        ("p", "Wij hebben vertrouwen in de kwaliteit van de havo-afdeling. De school valt terug in het reguliere "
              "toezicht. Het bestuur kan reageren via het contactformulier op onderwijsinspectie.nl of via "
              "088 669 60 00."),
        ("small", "Inspectie van het Onderwijs, Park Voorn 4, 3544 AC Utrecht. Contact over dit rapport: "
                  "p.mulderij@owinsp.nl"),
    ]
    render_lo(p, spec, font="DejaVu Serif", size=10.5, header="Inspectie van het Onderwijs - Rapport "
              "herstelonderzoek", footer="Dr. Nassau College - 20FX - december 2025", author="Mulderij, Paul",
              title="Herstelonderzoek Nassau Quintus")


doc("bl20_inspectie_rapport_herstelonderzoek", b20,
    redact=[R("PERSON", "drs. P.G. (Paul) Mulderij", "Mulderij", "Paul"),
            R("EMAIL", "p.mulderij@owinsp.nl"),
            R("PERSON", "H. Boukhari", "Boukhari"),
            R("PERSON", "A. Kaya (teamleider)", "Kaya"),
            R("PERSON", "J. Oosterveld-Tjin", "Oosterveld-Tjin"),
            R("PERSON", "pupil Daan Q.", "Daan Q."),
            R("HEALTH", "lange ziekteperiode (pupil)", "lange ziekteperiode")],
    keep=[K("ORG", "Dr. Nassau College", "Quintus", "Stichting Openbaar Voortgezet Onderwijs Drenthe-Noord",
            "Johan Frisoschool", "Inspectie van het Onderwijs", "Cambridge English"),
          K("PRODUCT", "Magister", "Somtoday"),
          K("TERM", "OP2 Zicht op ontwikkeling", "KA1 Kwaliteitszorg", "PTA", "schoolondersteuningsprofiel",
            "20FX"),
          K("PHONE_GENERAL", "088 669 60 00"), K("ADDRESS_ORG", "Park Voorn 4"), K("PLACE", "Assen"),
          K("FUNCTION", "rector", "teamleider havo", "kwaliteitsmedewerker")],
    notes="Dr. Nassau College and Johan Frisoschool are schools named after historical persons (stay); "
          "'Paul' as a redact probe is safe here because no staatssecretaris Paul occurs in this document")


# =====================================================================================================
# bl21  E-mail from a parent (passend onderwijs) and the ministry's reply (DejaVu Sans, 2 pages)
# =====================================================================================================
BSN21 = make_bsn("18302745")


def b21(p):
    spec = [
        ("kv", [("Van:", "Informatie Rijksoverheid <antwoord@postbus51.nl>"),
                ("Verzonden:", "maandag 17 maart 2025 14:26"),
                ("Aan:", "r.baldewsingh@hotmail.com"),
                ("Onderwerp:", "RE: Thuiszitter - mijn zoon krijgt geen plek [ref. IR-2025-0318-4471]")],
         (24 * lib.mm, None)),
        ("p", "Geachte heer Baldewsingh,"),
        ("p", "Dank voor uw e-mail aan het ministerie van Onderwijs, Cultuur en Wetenschap. Wij begrijpen dat de "
              "situatie van uw zoon zwaar is. Het ministerie kan niet ingrijpen in individuele zaken. Voor "
              "bemiddeling kunt u terecht bij de onderwijsconsulenten (www.onderwijsconsulenten.nl, "
              "070 312 28 87). Ook de leerplichtambtenaar van uw gemeente kan helpen."),
        ("p", "Met vriendelijke groet,\nInformatie Rijksoverheid, namens het ministerie van OCW\n"
              "Medewerker: Marit (IR-team 3)"),
        ("hr",),
        ("kv", [("Van:", "Ravi Baldewsingh <r.baldewsingh@hotmail.com>"),
                ("Verzonden:", "donderdag 13 maart 2025 22:51"),
                ("Aan:", "antwoord@postbus51.nl"),
                ("Onderwerp:", "Thuiszitter - mijn zoon krijgt geen plek")], (24 * lib.mm, None)),
        ("p", "Geachte minister,"),
        ("p", "Mijn zoon Jayden Baldewsingh (geboren 9 augustus 2013, BSN " + BSN21 + ") zit sinds oktober "
              "thuis. Hij heeft een autismespectrumstoornis en een angststoornis en de reguliere school in "
              "Almere kan hem niet meer begeleiden. Het samenwerkingsverband Passend Onderwijs Almere zegt "
              "dat er een wachtlijst is voor De Kemphaan (cluster 4)."),
        ("pb",),
        ("p", "Ik heb al met de leerplichtambtenaar, mevrouw Hoogendoorn, gesproken maar er gebeurt niets. "
              "Wethouder Jalal Bouzaidi van Almere heeft beloofd te helpen maar ik hoor niets. Ik wil dat de "
              "minister ingrijpt. Volgens de Wet passend onderwijs heeft mijn zoon recht op een plek."),
        ("p", "Mijn adres is Bachlaan 23, 1323 KS Almere. U kunt mij bellen op 06 30 58 17 42.\n\nMet "
              "vriendelijke groet,\nRavi Baldewsingh"),
    ]
    render_rl(p, spec, family="sans", size=9.5, footer="Informatie Rijksoverheid - IR-2025-0318-4471")


doc("bl21_mail_ouder_thuiszitter", b21,
    redact=[R("PERSON", "Ravi Baldewsingh", "Baldewsingh", "Ravi"),
            R("EMAIL", "r.baldewsingh@hotmail.com"),
            R("PERSON", "Jayden Baldewsingh (child)", "Jayden"),
            R("DOB", "9 augustus 2013"), R("BSN", BSN21),
            R("HEALTH", "autismespectrumstoornis en angststoornis", "autismespectrumstoornis", "angststoornis"),
            R("PERSON", "mevrouw Hoogendoorn (compulsory-education officer)", "Hoogendoorn"),
            R("ADDRESS", "Bachlaan 23, 1323 KS Almere", "Bachlaan 23", "1323 KS"),
            R("PHONE", "06 30 58 17 42"),
            R("PERSON", "Marit (employee of the information service)", "Marit")],
    keep=[K("OFFICE_HOLDER", "Wethouder Jalal Bouzaidi"),
          K("ORG", "Informatie Rijksoverheid", "onderwijsconsulenten", "Passend Onderwijs Almere", "De Kemphaan"),
          K("EMAIL_FUNCTIONAL", "antwoord@postbus51.nl"), K("PHONE_GENERAL", "070 312 28 87"),
          K("LAW", "Wet passend onderwijs"),
          K("FUNCTION", "leerplichtambtenaar")],
    notes="invented wethouder named with his title stays; the IR ticket reference is left unprobed; "
          "'Almere' is not probed because it is part of the "
          "private address")


# =====================================================================================================
# bl22  Filled Erasmus+ grant form: personal data only in AcroForm field values
# =====================================================================================================
IBAN22 = make_iban("ABNA", "0532871946")
FIELDS22 = [("Naam student", "naam", "Yasmina El Amrani"),
            ("Studentnummer", "studentnr", "500912874"),
            ("Geboortedatum", "geboortedatum", "14-07-2003"),
            ("Woonadres", "adres", "Tolstraat 112-2, 1074 VK Amsterdam"),
            ("E-mail", "email", "yasmina.elamrani@hva.nl"),
            ("IBAN", "iban", IBAN22),
            ("Opleiding", "opleiding", "Bachelor Social Work (HvA)"),
            ("Gastinstelling", "gast", "Universidad de Granada (E GRANADA01)"),
            ("Periode", "periode", "3 februari 2026 - 30 juni 2026"),
            ("Extra ondersteuning", "inclusie", "ja - slechtziend, aangepaste leermiddelen")]


def b22(p):
    def form(c):
        from reportlab.lib.units import mm
        y = 226 * mm
        for label, key, val in FIELDS22:
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(22 * mm, y + 2.2 * mm, label)
            c.acroForm.textfield(name=key, tooltip=label, value=val, x=70 * mm, y=y, width=115 * mm,
                                 height=7 * mm, fontName="Helvetica", fontSize=9, borderWidth=0.6,
                                 fillColor=None, forceBorder=True)
            y -= 10.5 * mm
    spec = [
        ("title", "Aanvraagformulier Erasmus+ studiebeurs 2025-2026"),
        ("p", "Hogeschool van Amsterdam - International Office. Erasmus+ KA131 (mobiliteit van studenten en "
              "personeel), uitgevoerd met het Nationaal Agentschap Erasmus+ Onderwijs & Training (Nuffic). "
              "Vul het formulier digitaal in; het wordt opgeslagen in Mobility-Online."),
        ("sp", 124),
        ("p", "Met ondertekening verklaar ik dat de gegevens juist zijn. De beurs wordt uitbetaald in twee "
              "termijnen (70 % / 30 %). Na afloop vul ik het EU Survey-verslag in en rond ik de Online "
              "Learning Support (OLS)-taaltoets af. Inclusiesteun (top-up voor studenten met een functiebeperking) "
              "wordt aangevraagd via de studentendecaan."),
        ("small", "International Office HvA, Wibauthuis, Wibautstraat 3b, 1091 GH Amsterdam - "
                  "erasmus@hva.nl - 020 595 10 00"),
    ]
    render_rl(p, spec, family="helv", size=10, forms={1: form}, footer="HvA International Office - formulier E+ 2025")


doc("bl22_erasmus_formulier_velden", b22,
    redact=[R("PERSON", "Yasmina El Amrani (form field)", "El Amrani", "Yasmina", "yasmina.elamrani@hva.nl"),
            R("ID", "student number 500912874 (form field)", "500912874"),
            R("DOB", "14-07-2003 (form field)", "14-07-2003"),
            R("ADDRESS", "Tolstraat 112-2, 1074 VK Amsterdam (form field)", "Tolstraat 112-2", "1074 VK"),
            R("IBAN", IBAN22 + " (form field)", IBAN22),
            R("HEALTH", "slechtziend (form field)", "slechtziend")],
    keep=[K("ORG", "Hogeschool van Amsterdam", "Nuffic", "International Office", "Wibauthuis",
            "Nationaal Agentschap Erasmus+ Onderwijs & Training"),
          K("PROGRAMME", "Erasmus+ KA131", "Online Learning Support", "EU Survey"),
          K("PRODUCT", "Mobility-Online"), K("ADDRESS_ORG", "Wibautstraat 3b"),
          K("EMAIL_FUNCTIONAL", "erasmus@hva.nl"), K("PHONE_GENERAL", "020 595 10 00")],
    notes="field values live in /V and the widgets' appearance streams, not in the page content; the "
          "Wibauthuis and Wibautstraat are named after a person but are a building and a street")


# =====================================================================================================
# bl23  LibreOffice: project meeting minutes with attendance and action list (initials)
# =====================================================================================================
def b23(p):
    spec = [
        ("title", "Verslag projectoverleg 'Herinvoering basisbeurs - fase 3'"),
        ("kv", [["Datum", "15 januari 2025, 13.00-14.30 uur"], ["Locatie", "DUO Groningen, Kempkensberg 12, "
                 "zaal Ubbo Emmius, en Teams"], ["Voorzitter", "Marjolein ter Veen-Drost (OCW/DGHO&S)"],
                ["Notulist", "Okke Jorritsma (DUO)"]]),
        ("h", "Aanwezig"),
        ("table", [["Naam", "Organisatie", "Afkorting"],
                   ["Marjolein ter Veen-Drost", "OCW, directie Studiefinanciering", "MtVD"],
                   ["Okke Jorritsma", "DUO, Regie Studiefinanciering", "OJ"],
                   ["Bouchra Ammouri", "DUO, Informatievoorziening", "BAm"],
                   ["Stefan Nijenhuis", "DUO, Klantcontact", "SN"],
                   ["Willem-Alexander de Vries", "Auditdienst Rijk (toehoorder)", "WAdV"]],
         [62, 70, 30]),
        ("p", "Afwezig: Jolanda Zwartjes (OCW, FEZ)."),
        ("h", "Besproken"),
        ("p", "1. De wijzigingen in STUFI-2 (de uitvoeringsapplicatie) liggen op schema. De koppeling met de "
              "BRP via de GBA-V-berichten is getest; de ketentest met de Belastingdienst volgt in februari.\n"
              "2. De tekst van de voorlichtingscampagne op duo.nl en via Studiekeuze123 wordt afgestemd met de "
              "Directie Communicatie van OCW.\n"
              "3. De ADR vraagt om een overzicht van de risico's rond de uitwonendenbeurs (controle op "
              "inschrijving adres). BAm levert dit aan."),
        ("h", "Actielijst"),
        ("table", [["Nr.", "Actie", "Wie", "Gereed"],
                   ["25-01", "Planning ketentest Belastingdienst delen", "OJ", "22-01"],
                   ["25-02", "Risico-overzicht uitwonendenbeurs voor ADR", "BAm", "05-02"],
                   ["25-03", "Teksten campagne laten checken door Directie Communicatie", "MtVD", "29-01"],
                   ["25-04", "Wachttijden Klantcontact rapporteren (week 2-4)", "SN", "05-02"]],
         [18, 100, 22, 24]),
        ("p", "Volgend overleg: 5 februari 2025. Vragen via basisbeurs-project@duo.nl."),
    ]
    render_lo(p, spec, font="DejaVu Sans", size=10, footer="DUO - projectverslag - intern", author="Okke Jorritsma",
              title="Verslag projectoverleg basisbeurs 15-01-2025")


doc("bl23_verslag_projectoverleg_basisbeurs", b23,
    redact=[R("PERSON", "Marjolein ter Veen-Drost", "ter Veen-Drost", "Marjolein"),
            R("PERSON", "Okke Jorritsma", "Jorritsma", "Okke"),
            R("PERSON", "Bouchra Ammouri", "Ammouri", "Bouchra"),
            R("PERSON", "Stefan Nijenhuis", "Nijenhuis", "Stefan"),
            R("PERSON", "Willem-Alexander de Vries", "Willem-Alexander de Vries"),
            R("PERSON", "Jolanda Zwartjes", "Zwartjes", "Jolanda"),
            R("PARAPH", "MtVD"), R("PARAPH", "OJ"), R("PARAPH", "BAm"), R("PARAPH", "SN"), R("PARAPH", "WAdV")],
    keep=[K("ORG", "DUO", "OCW", "Auditdienst Rijk", "ADR", "Belastingdienst", "Studiekeuze123", "BRP",
            "Directie Communicatie"),
          K("PRODUCT", "STUFI-2", "GBA-V", "Teams"),
          K("PLACE", "Kempkensberg 12", "Ubbo Emmius"), K("TERM", "uitwonendenbeurs", "basisbeurs"),
          K("EMAIL_FUNCTIONAL", "basisbeurs-project@duo.nl")],
    notes="'Willem-Alexander de Vries' is a civil servant who shares the King's first names; only the full "
          "name is probed. Zaal Ubbo Emmius is a room named after a historical person (stays)")


# =====================================================================================================
# bl24  LibreOffice: Woo request by a citizen and acknowledgement of receipt
# =====================================================================================================
def b24(p):
    spec = [
        ("p", "Ministerie van Onderwijs, Cultuur en Wetenschap\nPostbus 16375\n2500 BJ  Den Haag"),
        ("p", "Mevrouw drs. I.M. (Ingeborg) Lagerwey-Sno\nTulpenburgstraat 9\n6461 HT  Kerkrade"),
        ("kv", [["Datum", "2 september 2025"], ["Ons kenmerk", "Woo-2025-1187"],
                ["Onderwerp", "Ontvangstbevestiging van uw Woo-verzoek"]]),
        ("p", "Geachte mevrouw Lagerwey-Sno,"),
        ("p", "Op 28 augustus 2025 hebben wij uw verzoek ontvangen op grond van de Wet open overheid (Woo). U "
              "vraagt om alle documenten over de sluiting van de lerarenopleiding Frans aan de Zuyd Hogeschool "
              "en de gesprekken daarover met de Vereniging Hogescholen, in de periode 1 januari 2024 tot en met "
              "30 juni 2025."),
        ("p", "Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen. "
              "Als wij documenten aantreffen die gaan over derden, vragen wij hen eerst om hun zienswijze. Uw "
              "verzoek wordt behandeld door het Woo-team van de directie Wetgeving en Juridische Zaken."),
        ("p", "Heeft u vragen, neem dan contact op via woo@minocw.nl of via 070 412 34 56 en vermeld het "
              "kenmerk Woo-2025-1187."),
        ("p", "Met vriendelijke groet,\n\nde minister van Onderwijs, Cultuur en Wetenschap,\nnamens deze,\n\n\n"
              "mr. F.A. Dijkhuizen\nteamleider Woo-team WJZ"),
        ("small", "Uw verzoek (e-mail van 28 augustus 2025, verzonden vanaf ingeborg.lagerwey@kpnmail.nl, "
                  "telefoon 045 541 82 30) is bijgevoegd."),
    ]
    render_lo(p, spec, font="DejaVu Serif", size=10.5, header="Rijksoverheid - Ministerie van OCW",
              footer="Woo-2025-1187", author="Dijkhuizen, F.A.", title="Ontvangstbevestiging Woo-2025-1187")


doc("bl24_woo_verzoek_ontvangstbevestiging", b24,
    redact=[R("PERSON", "drs. I.M. (Ingeborg) Lagerwey-Sno", "Lagerwey-Sno", "Ingeborg",
              "ingeborg.lagerwey@kpnmail.nl"),
            R("ADDRESS", "Tulpenburgstraat 9, 6461 HT Kerkrade", "Tulpenburgstraat 9", "6461 HT"),
            R("PHONE", "045 541 82 30 (private landline)", "045 541 82 30"),
            R("PERSON", "mr. F.A. Dijkhuizen", "Dijkhuizen")],
    keep=[K("LAW", "Wet open overheid"), K("ORG", "Zuyd Hogeschool", "Vereniging Hogescholen", "Woo-team",
                                              "Wetgeving en Juridische Zaken"),
          K("EMAIL_FUNCTIONAL", "woo@minocw.nl"), K("PHONE_GENERAL", "070 412 34 56"),
          K("FILE", "Woo-2025-1187"), K("ADDRESS_ORG", "Postbus 16375"),
          K("FUNCTION", "teamleider Woo-team WJZ")],
    notes="the Woo file number of the ministry stays (a request number, not a personal identifier); a "
          "requester's private landline is a personal phone number")


# =====================================================================================================
# bl25  Research integrity committee advice (Times, two-column header block)
# =====================================================================================================
def b25(p):
    spec = [
        ("title", "Advies Commissie Wetenschappelijke Integriteit"),
        ("table", [["Zaaknummer: CWI 2025-07", "Datum: 30 juni 2025"],
                   ["Klager: dr. L.C. (Lieke) van Haastrecht", "Beklaagde: prof. dr. G.J.M. Boersema"],
                   ["Vakgroep: Sociale Geografie", "Getuige: drs. R. Ağaoğlu-Kerkhof"]], [82, 82], False),
        ("h", "1. De klacht"),
        ("p", "Klager stelt dat beklaagde in het artikel 'Urban heat and vulnerable neighbourhoods' (Landscape "
              "and Urban Planning, 2024) data uit haar promotieonderzoek heeft gebruikt zonder bronvermelding en "
              "zonder haar als coauteur te vermelden. Zij verwijst naar de Nederlandse gedragscode "
              "wetenschappelijke integriteit (2018), norm 37 en 38."),
        ("h", "2. Het onderzoek van de commissie"),
        ("p", "De commissie hoorde klager en beklaagde op 3 juni 2025 en sprak met de getuige, die als "
              "datamanager de toegang tot de SPSS- en R-bestanden beheerde. Uit de versiegeschiedenis op "
              "SURFdrive en de metadata in het Yoda-archief blijkt dat beklaagde in maart 2023 toegang had tot "
              "de ruwe data. Klager heeft de dataset in 2022 als eerste aangelegd."),
        ("p", "Beklaagde voert aan dat hij de data heeft ontvangen in het kader van het NWO-project 'Hittestress "
              "in de stad' en dat hij klager mondeling heeft bedankt. Beklaagde wijst er ook op dat klager in "
              "die periode wegens een burn-out afwezig was en niet bereikbaar was voor overleg."),
        ("h", "3. Oordeel"),
        ("p", "De commissie acht de klacht gegrond: er is sprake van een schending van de wetenschappelijke "
              "integriteit (verwijtbaar, geen ernstige schending). Zij adviseert het College van Bestuur een "
              "correctie bij het tijdschrift te laten aanvragen. Partijen kunnen binnen zes weken na het "
              "besluit van het College het Landelijk Orgaan Wetenschappelijke Integriteit (LOWI) om advies "
              "vragen."),
        ("p", "Namens de commissie,\nprof. mr. E.H. Wolters-Bakboord, voorzitter\ndrs. N. Çakır, ambtelijk secretaris"),
    ]
    render_rl(p, spec, family="serif", size=10, letterhead=["Universiteit Utrecht", "Commissie Wetenschappelijke "
                                                             "Integriteit"], footer="CWI 2025-07 - vertrouwelijk",
              logo_color=(0.75, 0.1, 0.1))


doc("bl25_cwi_advies_integriteit", b25,
    redact=[R("PERSON", "dr. L.C. (Lieke) van Haastrecht", "Haastrecht", "Lieke"),
            R("PERSON", "prof. dr. G.J.M. Boersema", "Boersema"),
            R("PERSON", "drs. R. Ağaoğlu-Kerkhof", "Ağaoğlu-Kerkhof"),
            R("HEALTH", "burn-out of the complainant", "burn-out"),
            R("PERSON", "prof. mr. E.H. Wolters-Bakboord", "Wolters-Bakboord"),
            R("PERSON", "drs. N. Çakır", "Çakır")],
    keep=[K("ORG", "Commissie Wetenschappelijke Integriteit", "Landelijk Orgaan Wetenschappelijke Integriteit",
            "LOWI", "NWO", "College van Bestuur", "Universiteit Utrecht"),
          K("LAW", "Nederlandse gedragscode wetenschappelijke integriteit"),
          K("PRODUCT", "SPSS", "SURFdrive", "Yoda"), K("TERM", "Landscape and Urban Planning", "Sociale Geografie"),
          K("FILE", "CWI 2025-07"), K("FUNCTION", "ambtelijk secretaris", "datamanager")],
    notes="the article title is left unprobed (it could identify the respondent via a search); the CWI case "
          "number of the committee stays")


# =====================================================================================================
# bl26  English knowledge-security screening memo (DejaVu Sans Condensed); passport and visa numbers
# =====================================================================================================
def b26(p):
    spec = [
        ("title", "Knowledge security assessment - incoming PhD candidate"),
        ("kv", [("Institution", "Eindhoven University of Technology (TU/e), Department of Applied Physics"),
                ("Prepared by", "Research Security Office, Koen Hietbrink"),
                ("Date", "7 August 2025"),
                ("Candidate", "Mr LIU Zhenyu, born 22 March 1999"),
                ("Passport", "EJ4417825 (People's Republic of China)"),
                ("Supervisor", "Dr. Marloes van Rijsbergen-Oyelaran")], (30 * lib.mm, None)),
        ("h", "Context"),
        ("p", "The candidate applied for a four-year PhD position in the project 'High-NA EUV mask defect "
              "metrology', funded by the NWO Perspectief programme with ASML and ZEISS as industrial partners. "
              "The research involves technology listed in Annex I of Regulation (EU) 2021/821 (dual-use items, "
              "category 3B001) and touches on the Wassenaar Arrangement."),
        ("h", "Assessment"),
        ("p", "The candidate obtained his MSc at Harbin Institute of Technology, which appears on the US Entity "
              "List. The Loket Kennisveiligheid was consulted on 30 July 2025. In line with the national "
              "knowledge security guidelines (Nationale leidraad kennisveiligheid), the office advises to admit "
              "the candidate under conditions: no access to the EUV cleanroom bay B3 without escort, work "
              "on the open-source simulation code (Python, PyTorch, COMSOL Multiphysics) only, and a review "
              "after twelve months."),
        ("p", "The MVV application (IND reference V-2025-088314) can proceed once the conditions are accepted. "
              "The decision rests with the Dean of Applied Physics."),
        ("small", "Research Security Office TU/e - researchsecurity@tue.nl - contact: k.hietbrink@tue.nl, "
                  "+31 6 41 09 73 25"),
    ]
    render_rl(p, spec, family="cond", size=10, footer="TU/e - Research Security Office - confidential")


doc("bl26_knowledge_security_phd_screening", b26,
    redact=[R("PERSON", "Koen Hietbrink", "Hietbrink", "Koen"),
            R("PERSON", "LIU Zhenyu", "Zhenyu", "LIU"),
            R("DOB", "22 March 1999"),
            R("ID", "passport number EJ4417825", "EJ4417825"),
            R("PERSON", "Marloes van Rijsbergen-Oyelaran", "Rijsbergen-Oyelaran", "Marloes"),
            R("ID", "immigration reference of the candidate's residence application", "V-2025-088314"),
            R("EMAIL", "k.hietbrink@tue.nl"), R("PHONE", "+31 6 41 09 73 25")],
    keep=[K("ORG", "Eindhoven University of Technology", "TU/e", "ASML", "ZEISS", "NWO", "Harbin Institute of "
            "Technology", "Loket Kennisveiligheid", "Research Security Office", "IND"),
          K("TECH", "High-NA EUV", "3B001", "Python", "PyTorch", "COMSOL Multiphysics", "MVV"),
          K("LAW", "Regulation (EU) 2021/821", "Wassenaar Arrangement", "Nationale leidraad kennisveiligheid"),
          K("PROGRAMME", "Perspectief"), K("TERM", "US Entity List", "Dean of Applied Physics"),
          K("EMAIL_FUNCTIONAL", "researchsecurity@tue.nl")],
    notes="an IND reference of one person's residence application is a personal identifier (goes)")


# =====================================================================================================
# bl27  SCAN: internal memo with handwritten annotations (study visit Jakarta)
# =====================================================================================================
def b27(p):
    spec = [
        ("p", "**MEMO**"),
        ("kv", [("Aan", "Plv. directeur Internationaal Beleid"),
                ("Van", "Hester Dijkgraaf, senior beleidsmedewerker"),
                ("Datum", "3 juni 2025"),
                ("Betreft", "Studiereis Indonesie, 8-12 september 2025")], (25 * lib.mm, None)),
        ("p", "In het kader van het Nederlands-Indonesische onderwijsmemorandum (MoU 2023) is een studiereis "
              "naar Jakarta en Bandung voorbereid. Het programma omvat bezoeken aan het Ministerie van Onderwijs "
              "van Indonesie (Kemendikbudristek), Universitas Indonesia en het Nuffic Neso-kantoor in Jakarta."),
        ("p", "Delegatie: de minister (onder voorbehoud), Hester Dijkgraaf, Rob Tjoe-Awie (DIB) en "
              "tolk Ibu Ratna Wulandari. Contactpersoon ter plaatse is Pak Agus Hartono van de "
              "Nederlandse ambassade (+62 811 904 2231)."),
        ("p", "Voor de tolk is een veiligheidsscreening door de AIVD niet nodig. Reisboekingen via BCD Travel; "
              "het budget (EUR 18.400) valt binnen artikel 16 van de OCW-begroting."),
        ("p", "Graag uw akkoord op het programma en de samenstelling van de delegatie."),
    ]
    ann = hand([(1, 105, 118, "akkoord, maar zonder\ntolk in de delegatie -\nvia ambassade regelen", 15, 3),
                (1, 24, 70, "RvB 4/6", 22, -2),
                (1, 120, 80, "cc Hester: graag\nnieuwe versie", 15, 2)])
    scan(p, spec, seed=27, family="helv", size=11, extra=ann, footer=False, angle=-0.8)


doc("bl27_memo_studiereis_handgeschreven_scan", b27,
    redact=[R("PERSON", "Hester Dijkgraaf", "Dijkgraaf", "Hester"),
            R("PERSON", "Rob Tjoe-Awie", "Tjoe-Awie"),
            R("PERSON", "Ratna Wulandari (interpreter)", "Wulandari"),
            R("PERSON", "Agus Hartono (embassy)", "Hartono"),
            R("PHONE", "+62 811 904 2231")],
    keep=[],
    notes="scan: keep probes impossible; the handwritten 'cc Hester' is read by OCR and counts for the "
          "probe Hester; the handwritten paraph 'RvB' is not probed")


# =====================================================================================================
# bl28  English letter from the minister to a Commissioner (Times, letterhead); cc civil servants go
# =====================================================================================================
def b28(p):
    spec = [
        ("p", "Ms Ekaterina Zaharieva\nCommissioner for Startups, Research and Innovation\nEuropean Commission\n"
              "Rue de la Loi 200\n1049 Brussels\nBelgium"),
        ("sp", 6),
        ("kv", [("Date", "16 June 2025"), ("Our reference", "OCW/DBI/2025-44817"),
                ("Subject", "Dutch position on the tenth Framework Programme (FP10)")], (30 * lib.mm, None)),
        ("p", "Dear Commissioner Zaharieva,"),
        ("p", "Thank you for our constructive meeting at the Competitiveness Council on 23 May. As announced, I "
              "would like to share the Dutch position on the design of FP10 ahead of your proposal in July."),
        ("p", "First, the Netherlands considers excellence-based funding through the European Research Council "
              "and the Marie Curie actions the backbone of the programme. Second, we support a simpler "
              "architecture with fewer instruments and lump-sum funding as the default. Third, we ask you to "
              "keep FP10 as a stand-alone programme and not to merge it into the European Competitiveness Fund; "
              "the Dutch Parliament adopted a motion by members Bontenbal and Paternotte to this effect."),
        ("p", "My officials remain at your disposal. The Permanent Representation in Brussels will contact your "
              "cabinet to arrange a follow-up meeting in September."),
        ("p", "Yours sincerely,"),
        ("sp", 14),
        ("p", "Eppo Bruins\nMinister of Education, Culture and Science"),
        ("small", "cc: Ms Ilona Verstappen (Head of Cabinet, by e-mail), Mr Frank-Jan van Leusden (OCW/DBI), "
                  "Ms Yara Chaïbi (PV EU). Contact for this letter: Frank-Jan van Leusden, +31 6 83 20 11 57, "
                  "fj.vanleusden@minocw.nl"),
    ]
    render_rl(p, spec, family="times", size=11, letterhead=["Ministry of Education, Culture and", "Science"],
              footer="Rijnstraat 50, 2515 XP The Hague - PO Box 16375, 2500 BJ The Hague - www.government.nl/ocw")


doc("bl28_letter_minister_commissioner_fp10", b28,
    redact=[R("PERSON", "Ilona Verstappen (Head of Cabinet, Commission official)", "Verstappen", "Ilona"),
            R("PERSON", "Frank-Jan van Leusden", "van Leusden", "Frank-Jan", "fj.vanleusden@minocw.nl"),
            R("PHONE", "+31 6 83 20 11 57"),
            R("PERSON", "Yara Chaïbi", "Chaïbi", "Yara")],
    keep=[K("OFFICE_HOLDER", "Ekaterina Zaharieva", "Commissioner Zaharieva", "Eppo Bruins", "Bontenbal",
            "Paternotte"),
          K("FUNCTION", "Commissioner for Startups, Research and Innovation", "Minister of Education, Culture and "
            "Science"),
          K("ORG", "European Commission", "European Research Council", "Competitiveness Council",
            "Permanent Representation", "Dutch Parliament"),
          K("PROGRAMME", "FP10", "Marie Curie actions", "European Competitiveness Fund"),
          K("ADDRESS_ORG", "Rue de la Loi 200", "Rijnstraat 50"), K("FILE", "OCW/DBI/2025-44817")],
    notes="the addressee Commissioner and the signing minister stay without a title directly before every "
          "mention; a Head of Cabinet of a Commissioner is an official (goes, invented name); members of "
          "parliament named as movers of a motion stay")


# =====================================================================================================
# bl29  English technical memo SURF (DejaVu Sans, 2 pages): product names that look like names stay
# =====================================================================================================
def b29(p):
    spec = [
        ("title", "Technical memo: migration of the research data pipeline to Snellius"),
        ("kv", [("Project", "NPOS Research Software Platform, work package 4"),
                ("Authors", "Joris Vlasblom (SURF, HPC team), Anneke Tjong-Ayong (UvA, Research IT)"),
                ("Reviewers", "Bartosz Wiśniewski, Priya Ramdhani"),
                ("Status", "final, 21 October 2025")], (26 * lib.mm, None)),
        ("h", "1. Summary"),
        ("p", "The pipeline currently runs on the Lisa cluster, which will be decommissioned on 31 December 2025. "
              "This memo describes the migration to Snellius (partitions genoa and gpu_h100), the move of the "
              "CI/CD from Jenkins to GitLab CI, and the monitoring stack (Prometheus, Grafana, Loki). "
              "Authentication uses SURFconext with eduID as fallback; eduroam remains the campus network."),
        ("h", "2. Architecture"),
        ("p", "Raw data arrive via iRODS from the Yoda instance of Utrecht University and are processed with "
              "Snakemake workflows in Apptainer containers. Job submission uses Slurm; metadata are stored in "
              "PostgreSQL 16 and exposed through a FastAPI service. Secrets are kept in HashiCorp Vault; "
              "infrastructure is described in Ansible playbooks and Terraform modules. Long-term storage moves "
              "from dCache to the Data Archive (tape) at SURF Amsterdam Science Park."),
        ("h", "3. Risks"),
        ("p", "The Sherlock scheduler plug-in (an in-house tool named after the original Lisa queue) is not "
              "compatible with Slurm 24.05 and must be rewritten. The Darwin Core export for the biodiversity "
              "use case depends on a Java library that is no longer maintained. Both risks are tracked in Jira "
              "(NPOS-412, NPOS-415)."),
        ("pb",),
        ("h", "4. Planning and contacts"),
        ("table", [["Milestone", "Date", "Owner"],
                   ["Test runs on gpu_h100", "10 November 2025", "JV"],
                   ["Jenkins jobs migrated to GitLab CI", "24 November 2025", "ATA"],
                   ["Grafana dashboards live", "1 December 2025", "BW"],
                   ["Lisa switched off", "31 December 2025", "SURF"]], [80, 40, 30]),
        ("p", "On-call during the migration: Joris Vlasblom, +31 6 20 73 91 48 (weekdays) and the SURF "
              "servicedesk (servicedesk@surf.nl, +31 30 800 1234) outside office hours. Issues in the GitHub "
              "repository 'npos-rsp/pipeline' are triaged on Mondays by A. Tjong-Ayong."),
    ]
    render_rl(p, spec, family="sans", size=9.5, footer="SURF - technical memo - NPOS-RSP-WP4")


doc("bl29_surf_technical_memo_snellius", b29,
    redact=[R("PERSON", "Joris Vlasblom", "Vlasblom", "Joris"),
            R("PERSON", "Anneke Tjong-Ayong", "Tjong-Ayong", "Anneke"),
            R("PERSON", "Bartosz Wiśniewski", "Wiśniewski", "Bartosz"),
            R("PERSON", "Priya Ramdhani", "Ramdhani", "Priya"),
            R("PARAPH", "JV"), R("PARAPH", "ATA"), R("PARAPH", "BW"),
            R("PHONE", "+31 6 20 73 91 48")],
    keep=[K("PRODUCT", "Snellius", "Lisa", "Jenkins", "GitLab CI", "Prometheus", "Grafana", "Loki", "SURFconext",
            "eduID", "eduroam", "iRODS", "Yoda", "Snakemake", "Apptainer", "Slurm", "PostgreSQL 16", "FastAPI",
            "HashiCorp Vault", "Ansible", "Terraform", "dCache", "Sherlock", "Darwin Core", "Jira", "GitHub"),
          K("ORG", "SURF", "Utrecht University", "UvA"), K("PLACE", "Amsterdam Science Park"),
          K("EMAIL_FUNCTIONAL", "servicedesk@surf.nl"), K("PHONE_GENERAL", "+31 30 800 1234"),
          K("FILE", "NPOS-412", "NPOS-415")],
    notes="Lisa, Jenkins, Sherlock, Darwin, Loki and Prometheus look like names but are products or standards")


# =====================================================================================================
# bl30  LibreOffice: European University alliance steering committee minutes (English, 2 pages)
# =====================================================================================================
def b30(p):
    spec = [
        ("title", "EUniWell+ alliance - Steering Committee, minutes"),
        ("kv", [["Date", "27 November 2025, 14:00-16:30 CET (hybrid, host: Leiden University)"],
                ["Chair", "Prof. Hélène Rousseau-Vidal (Université de Nantes)"],
                ["Minutes", "Jasper Kloosterboer (Leiden University, alliance office)"],
                ["Present", "Dr. Agnieszka Szymańska (Uniwersytet Łódzki), Prof. Mehmet Karataş (Ankara "
                            "University), Dr. Ingrid Solberg (University of Bergen), Dr. Yusuf Amezian "
                            "(Leiden University), Ms Tjitske de Boer-Holwerda (Leiden University, finance)"],
                ["Guests", "Mr Alessandro Ferri (EACEA project officer, item 3 only)"]]),
        ("h", "1. Opening and approval of the agenda"),
        ("p", "The chair opened the meeting. The agenda was approved. The minutes of 18 September were approved "
              "with one correction (item 4: the Erasmus+ Key Action 2 budget line)."),
        ("h", "2. Progress report work packages"),
        ("p", "WP2 (joint micro-credentials) reported that 14 micro-credentials are now listed in the Europass "
              "Digital Credentials Infrastructure (EDCI). WP3 (mobility) reported that the Erasmus Without Paper "
              "connection of Ankara University is live. WP5 (research & innovation) will organise a summer school "
              "on well-being and AI at the Lorentz Center in Leiden in July 2026."),
        ("h", "3. Interim report to the EACEA"),
        ("p", "Mr Ferri explained the requirements for the interim report under the 2024 European Universities "
              "call: KPIs per work package, the sustainability plan and the financial statement. The deadline is "
              "15 February 2026. Ms De Boer-Holwerda will collect the financial statements of all partners."),
        ("pb",),
        ("h", "4. Staff matters (confidential)"),
        ("p", "The chair informed the committee that the alliance coordinator, Dr. Amezian, will be on "
              "parental leave from January to April 2026; Jasper Kloosterboer will act as coordinator. Dr. "
              "Szymańska raised a complaint by a PhD candidate of Łódź about supervision within WP5; the "
              "committee referred it to the ombudsperson of the Uniwersytet Łódzki."),
        ("h", "5. Any other business"),
        ("p", "The next meeting will be held on 26 February 2026 in Nantes (Château des ducs de Bretagne, "
              "meeting room Anne de Bretagne)."),
        ("h", "Action points"),
        ("table", [["#", "Action", "Owner", "Deadline"],
                   ["1", "Collect partner financial statements", "TdBH", "31 January 2026"],
                   ["2", "Draft KPI section of the interim report", "JK", "20 January 2026"],
                   ["3", "Send summer school concept to WP5 members", "YA", "15 December 2025"],
                   ["4", "Update EDCI listing", "AS", "15 December 2025"]], [10, 90, 25, 40]),
    ]
    render_lo(p, spec, font="DejaVu Sans", size=10, header="EUniWell+ Steering Committee - 27/11/2025",
              footer="EUniWell+ alliance office, Rapenburg 70, 2311 EZ Leiden", author="Kloosterboer, J.",
              title="SC minutes 2025-11-27")


doc("bl30_alliance_steering_committee_minutes", b30,
    redact=[R("PERSON", "Hélène Rousseau-Vidal", "Rousseau-Vidal", "Hélène"),
            R("PERSON", "Jasper Kloosterboer", "Kloosterboer", "Jasper"),
            R("PERSON", "Agnieszka Szymańska", "Szymańska", "Agnieszka"),
            R("PERSON", "Mehmet Karataş", "Karataş", "Mehmet"),
            R("PERSON", "Ingrid Solberg", "Solberg", "Ingrid"),
            R("PERSON", "Yusuf Amezian", "Amezian", "Yusuf"),
            R("PERSON", "Tjitske de Boer-Holwerda", "Boer-Holwerda", "Tjitske"),
            R("PERSON", "Alessandro Ferri (project officer of the executive agency)", "Ferri", "Alessandro"),
            R("PARAPH", "TdBH"), R("PARAPH", "JK"), R("PARAPH", "YA"), R("PARAPH", "AS")],
    keep=[K("ORG", "EUniWell+", "Leiden University", "Université de Nantes", "Uniwersytet Łódzki",
            "Ankara University", "University of Bergen", "EACEA", "Lorentz Center"),
          K("PROGRAMME", "Erasmus+ Key Action 2", "Europass", "EDCI", "Erasmus Without Paper",
            "European Universities"),
          K("PLACE", "Château des ducs de Bretagne", "Anne de Bretagne", "Rapenburg 70", "Nantes"),
          K("TERM", "micro-credentials", "ombudsperson")],
    notes="'parental leave' is not treated as special-category data (no probe); the meeting room 'Anne de "
          "Bretagne' is named after a historical person and stays")


# =====================================================================================================
# bl31  Letter to an international student abroad (Helvetica): tuition fee, passport, address in Jakarta
# =====================================================================================================
def b31(p):
    spec = [
        ("p", "Ms Putri Ayu Kusumawardhani\nJl. Kemang Raya No. 18A\nBangka, Mampang Prapatan\n"
              "Jakarta Selatan 12730\nIndonesia"),
        ("sp", 8),
        ("kv", [("Date", "4 July 2025"), ("Student number", "S5204417"),
                ("Subject", "Institutional tuition fee 2025-2026 and scholarship")], (32 * lib.mm, None)),
        ("p", "Dear Ms Kusumawardhani,"),
        ("p", "Congratulations on your admission to the MSc Water Science and Engineering at IHE Delft Institute "
              "for Water Education. As a non-EEA student you pay the institutional tuition fee of EUR 19.850 for "
              "2025-2026. We are pleased to inform you that you have been awarded an Orange Knowledge Programme "
              "(OKP) scholarship, funded by the Ministry of Foreign Affairs and administered by Nuffic, which "
              "covers the full tuition fee and a monthly allowance."),
        ("p", "To apply for your entry visa (MVV) we need a copy of your passport (number C 8841276) and proof "
              "of your health insurance before 1 August. IHE Delft will submit the application to the IND as "
              "a recognised sponsor. Your date of birth (17-01-1998) in Studielink differs from the one in "
              "your passport; please correct it in Studielink."),
        ("p", "The Admissions Office can be reached at admissions@un-ihe.org or +31 15 215 1715. Your personal "
              "adviser is Ms Wendelien Overduin (w.overduin@un-ihe.org)."),
        ("p", "Kind regards,\n\n\nDrs. Maarten Hol-Adeyemi\nHead of Admissions\nIHE Delft Institute for Water "
              "Education, Westvest 7, 2611 AX Delft, The Netherlands"),
    ]
    render_rl(p, spec, family="helv", size=10, letterhead=["IHE Delft Institute for Water Education",
                                                            "Westvest 7, Delft"], footer="IHE Delft - Admissions",
              logo_color=(0.0, 0.45, 0.65))


doc("bl31_letter_student_tuition_okp", b31,
    redact=[R("PERSON", "Putri Ayu Kusumawardhani", "Kusumawardhani", "Putri Ayu"),
            R("ADDRESS", "Jl. Kemang Raya No. 18A, Jakarta Selatan 12730", "Jl. Kemang Raya No. 18A",
              "Jakarta Selatan 12730"),
            R("ID", "student number S5204417", "S5204417"),
            R("ID", "passport number C 8841276", "C 8841276"),
            R("DOB", "17-01-1998"),
            R("PERSON", "Wendelien Overduin", "Overduin", "Wendelien", "w.overduin@un-ihe.org"),
            R("PERSON", "Maarten Hol-Adeyemi", "Hol-Adeyemi", "Maarten")],
    keep=[K("ORG", "IHE Delft Institute for Water Education", "Ministry of Foreign Affairs", "Nuffic", "IND",
            "Admissions Office"),
          K("PROGRAMME", "Orange Knowledge Programme", "OKP", "MSc Water Science and Engineering"),
          K("PRODUCT", "Studielink"), K("ADDRESS_ORG", "Westvest 7"),
          K("EMAIL_FUNCTIONAL", "admissions@un-ihe.org"), K("PHONE_GENERAL", "+31 15 215 1715"),
          K("AMOUNT", "EUR 19.850"), K("FUNCTION", "Head of Admissions")],
    notes="the head of admissions of an institute is staff, not an office holder (goes)")


# =====================================================================================================
# bl32  Campus security incident report (Courier, form-like): licence plate, arrest, burgemeester stays
# =====================================================================================================
def b32(p):
    spec = [
        ("title", "INCIDENTRAPPORTAGE CAMPUS SECURITY"),
        ("kv", [("Incidentnummer", "CS-2025-0419"),
                ("Datum/tijd", "14 mei 2025, 21:40 - 23:55"),
                ("Locatie", "Maagdenhuis, Spui 21, Amsterdam"),
                ("Melder", "Security-officer R.J. Brinkhorst (dienstnummer 4471)"),
                ("Leidinggevende", "Coordinator Campus Security UvA, 020 525 28 90 (meldkamer)")], (36 * lib.mm, None)),
        ("h", "Verloop"),
        ("p", "Om 21:40 meldde de meldkamer dat circa veertig personen de hal van het Maagdenhuis waren "
              "binnengegaan. Om 22:05 arriveerde een bestelbus met kenteken VZ-318-G, bestuurder Sem Oudejans, "
              "met materiaal voor een tentenkamp. Na overleg tussen het College van Bestuur en de driehoek heeft "
              "burgemeester Halsema om 23:10 opdracht gegeven tot ontruiming. De politie Eenheid Amsterdam heeft "
              "de ontruiming uitgevoerd."),
        ("p", "Twee personen zijn aangehouden: S. Oudejans (geboren 02-05-2001) op verdenking van vernieling van "
              "een deur, en een minderjarige (16 jaar) van wie de naam bij de security niet bekend is. Een "
              "medewerker van de afdeling Facility Services, de heer Ramcharan, liep een lichte "
              "polsblessure op en is behandeld door de EHBO."),
        ("h", "Schade en vervolg"),
        ("p", "Schade aan de toegangsdeur (Sectie 3B) en aan twee camera's (Axis P3265). De camerabeelden zijn "
              "veiliggesteld conform het Camerareglement UvA en op verzoek van de politie (proces-verbaalnummer "
              "PL1300-2025147822) verstrekt. Aangifte is gedaan door de UvA."),
        ("small", "Rapporteur: R.J. Brinkhorst | r.j.brinkhorst@uva.nl | 06 47 29 11 03\n"
                  "Verspreiding: CvB, Directie Bedrijfsvoering, Integrale Veiligheid UvA"),
    ]
    render_rl(p, spec, family="courier", size=10, footer="UvA Campus Security - vertrouwelijk")


doc("bl32_incidentrapport_campus_security", b32,
    redact=[R("PERSON", "R.J. Brinkhorst (security officer)", "Brinkhorst", "r.j.brinkhorst@uva.nl"),
            R("ID", "dienstnummer 4471 (personnel number)", "4471"),
            R("PHONE", "06 47 29 11 03"),
            R("PLATE", "licence plate VZ-318-G", "VZ-318-G"),
            R("PERSON", "Sem Oudejans", "Oudejans", "Sem"),
            R("DOB", "02-05-2001"),
            R("CRIMINAL", "aangehouden op verdenking van vernieling", "verdenking van vernieling"),
            R("PERSON", "de heer Ramcharan", "Ramcharan"),
            R("HEALTH", "lichte polsblessure (employee)", "polsblessure")],
    keep=[K("OFFICE_HOLDER", "burgemeester Halsema"),
          K("ORG", "Maagdenhuis", "UvA", "politie Eenheid Amsterdam", "Facility Services", "College van Bestuur",
            "Integrale Veiligheid"),
          K("PRODUCT", "Axis P3265"), K("LAW", "Camerareglement UvA"), K("ADDRESS_ORG", "Spui 21"),
          K("PHONE_GENERAL", "020 525 28 90"), K("FILE", "CS-2025-0419")],
    notes="the owner of the licence plate is identifiable (the driver is named): the plate goes; the "
          "police report number is left unprobed")


# =====================================================================================================
# bl33  LibreOffice: draft answers to parliamentary questions with reviewer comments (2 pages)
# =====================================================================================================
def b33(p):
    spec = [
        ("p", "CONCEPT 3 - behandelend ambtenaar: Jorien Hamstra (DGHO&S/HO&S), 06 19 72 44 08"),
        ("title", "Antwoorden op Kamervragen van het lid Van der Plas (BBB) over het tekort aan docenten Duits"),
        ("p", "(ingezonden 3 maart 2025, 2025Z03817)"),
        ("h", "Vraag 1"),
        ("p", "Bent u bekend met het bericht 'Scholen in Twente zoeken wanhopig docenten Duits' (Tubantia, "
              "1 maart 2025)?"),
        ("h", "Antwoord 1"),
        ("p", "Ja."),
        ("h", "Vraag 2"),
        ("p", "Hoeveel lerarenopleidingen Duits zijn er nog, en hoeveel studenten stromen jaarlijks in?"),
        ("h", "Antwoord 2"),
        ("p", "Er zijn nog vier tweedegraads lerarenopleidingen Duits (Fontys, Hogeschool Utrecht, Hogeschool van "
              "Arnhem en Nijmegen en Saxion) en drie universitaire lerarenopleidingen (Radboud Universiteit, "
              "Rijksuniversiteit Groningen en Universiteit Utrecht). In 2024 stroomden volgens 1cijferHO 112 "
              "studenten in. [Opmerking JH: cijfers nog checken met DUO - Imke?]"),
        ("pb",),
        ("h", "Vraag 3"),
        ("p", "Bent u bereid om met de Duitse deelstaat Nordrhein-Westfalen afspraken te maken over de erkenning "
              "van Duitse lerarendiploma's?"),
        ("h", "Antwoord 3"),
        ("p", "De erkenning van buitenlandse diploma's is geregeld in de Richtlijn 2005/36/EG en wordt in "
              "Nederland uitgevoerd door DUO (Internationale Diplomawaardering). Staatssecretaris Paul heeft op "
              "12 februari 2025 met minister Feller van Nordrhein-Westfalen gesproken over het programma "
              "'Grenzeloos Leren' en de Euregio-leraar. De Inspectie van het Onderwijs wordt betrokken bij de "
              "uitwerking. [Opmerking KvdM: naam NRW-minister laten staan? graag check met BZ/Protocol]"),
        ("h", "Vraag 4"),
        ("p", "Kunt u deze vragen beantwoorden voor het commissiedebat Leraren?"),
        ("h", "Antwoord 4"),
        ("p", "Ja."),
        ("small", "Opmerkingen in deze versie: JH = Jorien Hamstra, KvdM = Koen van der Meulen (juridisch "
                  "adviseur WJZ). Imke Stapel (DUO) levert de cijfers."),
    ]
    render_lo(p, spec, font="DejaVu Serif", size=10, header="Tweede Kamer - Kamervragen 2025Z03817 - concept",
              footer="OCW - concept-antwoorden - niet verspreiden", author="Hamstra, Jorien",
              title="Concept antwoorden 2025Z03817")


doc("bl33_concept_antwoorden_kamervragen", b33,
    redact=[R("PERSON", "Jorien Hamstra", "Hamstra", "Jorien"),
            R("PHONE", "06 19 72 44 08"),
            R("PARAPH", "JH"), R("PARAPH", "KvdM"),
            R("PERSON", "Koen van der Meulen", "van der Meulen", "Koen"),
            R("PERSON", "Imke Stapel", "Stapel", "Imke")],
    keep=[K("OFFICE_HOLDER", "het lid Van der Plas", "Staatssecretaris Paul", "minister Feller"),
          K("ORG", "BBB", "Fontys", "Hogeschool Utrecht", "Hogeschool van Arnhem en Nijmegen", "Saxion",
            "Radboud Universiteit", "Rijksuniversiteit Groningen", "Universiteit Utrecht", "DUO", "Tubantia",
            "Inspectie van het Onderwijs", "Internationale Diplomawaardering"),
          K("LAW", "Richtlijn 2005/36/EG"), K("PLACE", "Nordrhein-Westfalen", "Twente"),
          K("PROGRAMME", "Grenzeloos Leren", "Euregio-leraar", "1cijferHO"), K("FILE", "2025Z03817")],
    notes="Dorothee Feller is the NRW minister for schools (public role, stays); reviewer initials in "
          "comments are paraphs (go); 'Stapel' also means a pile, but here only the surname occurs")
