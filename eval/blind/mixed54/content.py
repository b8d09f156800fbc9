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
          K("FILE", "VI.Vidi.253.118"), K("EMAIL_FUNCTIONAL", "vidi@nwo.nl"),
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
          K("LAW", "Wet studiefinanciering 2000"), K("PRODUCT", "Mijn DUO", "DigiD", "WIA-uitkering"),
          K("ADDRESS_ORG", "Postbus 50061", "9702 AB Groningen"), K("PHONE_GENERAL", "050 599 77 55"),
          K("AMOUNT", "€ 312,40")])
