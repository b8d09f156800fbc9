"""Set CV, part 1: Defensie procurement (DMO), suppliers, tender evaluation, NATO/NSPA."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape

from lib import hidden, add_hidden, docx_build, rijks_header, rl_build, scan_build

DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


DMO_RIGHT = ["!{{Defensie Materieel Organisatie|O}}", "Directie Inkoop", "{{Herculeslaan 1|S}}", "3584 AB {{Utrecht|L}}",
             "{{Postbus 90004|S}}", "3509 AA Utrecht", "{{www.defensie.nl|O}}", ""]


# ---------------------------------------------------------------- cv01 letter to Thales: voorlopige gunning
@doc
def cv01():
    right = DMO_RIGHT + ["!Contactpersoon", "kapitein [[M. Hendriksen-Bos]]", "T [[06-29 51 73 08]]",
                         "[[m.hendriksen.bos@mindef.nl]]", "", "!Onze referentie", "{{DMO2025-004817|R}}", "",
                         "!Datum", "14 maart 2025"]
    blocks = [
        ("sp", 52),
        ("p", "{{Thales Nederland B.V.}}\nT.a.v. de heer [[M.J. Scholte Lubberink]], Account Manager Defence\n"
              "{{Zuidelijke Havenweg 40|S}}\n7554 RR {{Hengelo|L}}"),
        ("sp", 8),
        ("p", "Onderwerp: Voorlopige gunningsbeslissing aanbesteding Vervanging Tactische Radio Land (perceel 2)"),
        ("sp", 3),
        ("p", "Geachte heer [[Scholte Lubberink]],"),
        ("p", "Met deze brief informeer ik u over de voorlopige gunningsbeslissing in de niet-openbare procedure "
              "{{DMO2025-004817|R}} voor de levering van voertuigradio's en handheld-radio's voor het programma "
              "{{FOXTROT|G}} van het {{Commando Landstrijdkrachten}}. De procedure is gevoerd op grond van de "
              "{{Aanbestedingswet op defensie- en veiligheidsgebied|W}} ({{ADV|W}})."),
        ("p", "De beoordelingscommissie heeft de inschrijvingen beoordeeld aan de hand van het gunningscriterium "
              "beste prijs-kwaliteitverhouding. Uw inschrijving is als tweede gerangschikt. De voorgenomen "
              "opdrachtnemer is {{Rohde & Schwarz}} Benelux. In de bijlage treft u de scores per subcriterium "
              "aan, inclusief de relatieve kenmerken en voordelen van de winnende inschrijving."),
        ("table", [["Subcriterium", "Weging", "Score Thales", "Score winnaar"],
                   ["K1 Interoperabiliteit met {{NAVO}}-netwerken ({{FMN|G}})", "30%", "7,2", "8,1"],
                   ["K2 Levensduurkosten en logistieke ondersteuning", "25%", "7,9", "7,6"],
                   ["K3 Leveringsschema {{43 Gemechaniseerde Brigade|U}}", "15%", "6,8", "7,4"],
                   ["Prijs", "30%", "8,0", "7,7"]], [80, 22, 30, 30]),
        ("p", "Tegen deze beslissing kunt u binnen twintig kalenderdagen na verzending van deze brief een kort "
              "geding aanhangig maken bij de rechtbank {{Den Haag|L}}. Gedurende deze opschortende termijn wordt "
              "de opdracht niet definitief gegund. Vragen kunt u uitsluitend stellen via het functionele adres "
              "{{dmo.aanbestedingen@mindef.nl|E}} onder vermelding van het kenmerk."),
        ("p", "Hoogachtend,\nde Staatssecretaris van Defensie,\nnamens deze,\nhet hoofd Directie Inkoop DMO,"),
        ("sig", "W. Rensink", 38),
        ("p", "kolonel [[W.F. Rensink]]"),
    ]
    rl_build("cv01", blocks, font="LiberationSans", size=9.5, margins=(22, 62, 20, 20),
             header=rijks_header(["Ministerie van Defensie"], right), title="Voorlopige gunningsbeslissing")
    return {"post": lambda p: add_hidden(p, author="[[Hendriksen-Bos, M. (Marloes)]]")}


# ---------------------------------------------------------------- cv02 e-mail thread DMO / Rheinmetall (docx)
@doc
def cv02():
    blocks = [
        ("mail", [("Van:", "[[Verhoeven]], [[R.J.]] ([[Roel]]), MAJ DMO/IVB/CM <[[rj.verhoeven@mindef.nl]]>"),
                  ("Verzonden:", "dinsdag 6 mei 2025 16:42"),
                  ("Aan:", "'[[Stefan Wöhrmann]]' <[[stefan.woehrmann@rheinmetall.com]]>"),
                  ("CC:", "[[Zwartjes]], I. ([[Ineke]]), Mw. DMO/JZ <[[i.zwartjes@mindef.nl]]>; {{DMO-contractbeheer@mindef.nl|E}}"),
                  ("Onderwerp:", "RE: Boxer reservedelen - levertermijnen contract {{DMO-2019-0711|R}}")]),
        ("p", "Beste [[Stefan]],"),
        ("p", "Dank voor je snelle reactie. Voor ons blijft het punt dat de vertraging in de levering van de "
              "aandrijfassen voor de {{Boxer|X}} direct doorwerkt in de inzetbaarheid van {{13 Lichte Brigade|U}} "
              "in {{Oirschot|L}}. Ik heb mijn collega [[Ineke]] van Juridische Zaken gevraagd mee te kijken naar de "
              "boeteclausule (artikel 14 van de {{ARVODI-2018|W}}). Kun je uiterlijk vrijdag een herzien "
              "leverschema sturen, inclusief de gevolgen voor de {{Rheinmetall Defence Nederland}}-werkplaats in "
              "{{Ede|L}}?"),
        ("p", "Met vriendelijke groet,\n\n[[Roel Verhoeven]]\nMajoor\nSenior contractmanager Landsystemen\n"
              "{{Defensie Materieel Organisatie}} | Directie Instandhouding en Verwerving\n{{Kromhout Kazerne|K}} | "
              "{{Herculeslaan 1|S}} | Utrecht\nM [[+31 6 18 44 90 27]]\n"),
        ("quote", "Von: [[Stefan Wöhrmann]] <[[stefan.woehrmann@rheinmetall.com]]>\nGesendet: Dienstag, 6. Mai 2025 11:05\n"
                  "An: [[Verhoeven]], R.J. (Roel), MAJ DMO/IVB/CM\nBetreff: AW: Boxer reservedelen - levertermijnen"),
        ("quote", "Dear Roel,\n\nthank you for the call this morning. As discussed, the supplier of the axle "
                  "assemblies in {{Unterlüß|L}} has a backlog of about eleven weeks. We propose to deliver a first "
                  "batch of 24 units from the {{ARTEC}} pool in {{Munich|L}}, the remainder in Q3. My colleague "
                  "[[Jana Kowalczyk]] (logistics) will send you the detailed plan; you can reach her on "
                  "[[+49 5827 80 4413]].\n\nBest regards,\n[[Stefan Wöhrmann]]\nKey Account Manager Netherlands\n"
                  "Rheinmetall Landsysteme GmbH\nMobile [[+49 171 442 8817]]\n"),
        ("quote", "Van: [[Zwartjes]], I. (Ineke), Mw. DMO/JZ\nVerzonden: maandag 5 mei 2025 17:20\nAan: Verhoeven, R.J. (Roel)\n"
                  "Onderwerp: Boxer - ingebrekestelling?"),
        ("quote", "Roel, voordat je de leverancier in gebreke stelt: de {{ARVODI-2018|W}} vraagt een redelijke termijn. "
                  "Ik stel voor dat we eerst het herstelplan afwachten. Ik ben donderdag thuis (tandartsafspraak "
                  "ochtend), bel gerust op mijn mobiel [[06-50 37 11 86]]. Groet, [[Ineke]]\n\n"
                  "mr. [[I. Zwartjes]]\nSenior juridisch adviseur | DMO Juridische Zaken\n"
                  "Algemeen nummer DMO: {{088 950 00 00|T}}"),
    ]
    return {"docx": docx_build("cv02", blocks, font="Carlito", size=10.5, author="Verhoeven, R.J. (Roel)",
                               title="RE: Boxer reservedelen")}


# ---------------------------------------------------------------- cv03 proces-verbaal beoordelingscommissie
@doc
def cv03():
    blocks = [
        ("title", "Proces-verbaal van beoordeling"),
        ("kv", [("Aanbesteding", "Vervanging Tactische Radio Land, perceel 2 ({{DMO2025-004817|R}})"),
                ("Programma", "{{FOXTROT|G}} / {{Commando Landstrijdkrachten}}"),
                ("Datum consensusbijeenkomst", "25 februari 2025, 09.30-16.15 uur"),
                ("Locatie", "{{Kromhout Kazerne|K}}, gebouw 2, vergaderruimte {{Karel Doorman|K}}"),
                ("Procedure", "Niet-openbare procedure, {{ADV|W}} / {{ARVODI-2018|W}}")]),
        ("h", "1. Samenstelling van de beoordelingscommissie"),
        ("table", [["Naam", "Rang / functie", "Organisatieonderdeel", "Paraaf"],
                   ["[[Th.A. van der Meulen]]", "luitenant-kolonel, voorzitter", "{{DMO}} / Programma FOXTROT", "[[TvdM]]"],
                   ["[[A.C. de Wit-Kromhout]]", "ir., systeemingenieur C4", "DMO / {{JIVC|O}}", "[[AdW]]"],
                   ["[[R.J. Verhoeven]]", "majoor, contractmanager", "DMO / Directie Inkoop", "[[RJV]]"],
                   ["[[Dennis Kappelhof]]", "kapitein, gebruikersvertegenwoordiger", "{{43 Gemechaniseerde Brigade|U}}, {{Havelte|L}}", "[[DK]]"],
                   ["[[S. Lemstra]]", "senior inkoopadviseur (secretaris)", "DMO / Directie Inkoop", "[[SL]]"],
                   ["[[Ö. Yıldırım]]", "luitenant-kolonel, waarnemer", "{{Defensie Cyber Commando|U}}", "[[OY]]"]],
         [44, 46, 58, 16]),
        ("p", "Alle leden hebben voorafgaand aan de beoordeling een geheimhoudings- en onafhankelijkheidsverklaring "
              "getekend. Kapitein [[Kappelhof]] heeft gemeld dat zijn zwager werkzaam is bij een onderaannemer van "
              "een inschrijver; de voorzitter heeft besloten dat hij niet meescoort op K2. Luitenant-kolonel "
              "[[Yıldırım]] nam deel als waarnemer zonder stemrecht."),
        ("h", "2. Werkwijze"),
        ("p", "Iedere beoordelaar heeft de kwalitatieve subcriteria eerst individueel gescoord (schaal 0-10). In de "
              "consensusbijeenkomst zijn de individuele scores besproken; waar de spreiding groter was dan 3 punten is "
              "de onderbouwing opnieuw gelezen. De secretaris ([[SL]]) heeft de scores vastgelegd in het "
              "beoordelingsformulier in {{TenderNed|X}}."),
        ("h", "3. Individuele scores K1 Interoperabiliteit (vóór consensus)"),
        ("table", [["Inschrijver", "TvdM", "AdW", "RJV", "DK", "Consensus"],
                   ["{{Thales Nederland}}", "7", "8", "7", "6", "7,2"],
                   ["{{Rohde & Schwarz}} Benelux", "8", "9", "8", "8", "8,1"],
                   ["{{L3Harris}} Communication Systems", "6", "7", "5", "7", "6,4"]], [60, 18, 18, 18, 18, 24]),
        ("p", "[[AdW]] merkt op dat de inschrijving van Thales bij de koppeling met het {{Federated Mission Networking|G}}-"
              "profiel uitgaat van een nog niet gecertificeerde gateway. [[RJV]] wijst erop dat dit in de Nota van "
              "Inlichtingen (vraag 37) expliciet is toegestaan. Besloten wordt de score niet te verlagen."),
        ("h", "4. Besluit"),
        ("p", "De commissie adviseert het hoofd Directie Inkoop de opdracht voorlopig te gunnen aan Rohde & Schwarz "
              "Benelux. Het advies wordt via de programmamanager voorgelegd aan de {{Directeur DMO|F}}; de "
              "{{staatssecretaris van Defensie|F}} wordt over de uitkomst geïnformeerd in de voortgangsrapportage "
              "aan de {{Tweede Kamer}} (het {{Defensie Projectenoverzicht|G}})."),
        ("h", "5. Ondertekening"),
        ("table", [["Naam", "Handtekening", "Datum"],
                   ["[[Th.A. van der Meulen]]", "", "25-02-2025"],
                   ["[[S. Lemstra]]", "", "25-02-2025"]], [60, 70, 30]),
    ]
    rl_build("cv03", blocks, font="LiberationSerif", size=10.5, title="PV beoordeling VTR-L perceel 2",
             footer="DEPARTEMENTAAL VERTROUWELIJK - PV beoordeling {DMO2025-004817} - pagina {page}".replace("{DMO2025-004817}", "DMO2025-004817"))
    return {"post": lambda p: add_hidden(p, xmp_creator="[[Lemstra, Sander]]")}


# ---------------------------------------------------------------- cv04 verklaring geheimhouding (form fields)
@doc
def cv04():
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as cv
    import lib
    lib.DOCS_DIR.mkdir(exist_ok=True)
    out = lib.DOCS_DIR / "cv04.pdf"
    c = cv.Canvas(str(out), pagesize=A4)
    c.setTitle("Verklaring geheimhouding en onafhankelijkheid")
    c.setAuthor("DMO Directie Inkoop")
    W, H = A4
    c.setFont("Helvetica-Bold", 13)
    c.drawString(22 * mm, H - 28 * mm, lib.m("Verklaring van geheimhouding en onafhankelijkheid"))
    c.setFont("Helvetica", 9)
    y = H - 38 * mm
    for ln in ["Beoordelingscommissie aanbesteding {{DMO2025-004817|R}} (Vervanging Tactische Radio Land)",
               "{{Defensie Materieel Organisatie}}, Directie Inkoop - formulier {{DI-F-017|R}} versie 3.2",
               "",
               "Ondergetekende verklaart dat hij/zij geen persoonlijk, financieel of ander belang heeft bij een",
               "inschrijver of onderaannemer, en dat hij/zij alle informatie uit de inschrijvingen geheimhoudt,",
               "ook na afloop van de procedure ({{Aanbestedingswet op defensie- en veiligheidsgebied|W}}, art. 2.17).",
               "Een (mogelijk) belangenconflict meldt ondergetekende direct bij de voorzitter en bij",
               "{{integriteit.dmo@mindef.nl|E}} of het {{Meldpunt Integriteit Defensie|O}} ({{0800-3392273|T}})."]:
        c.drawString(22 * mm, y, lib.m(ln))
        y -= 12
    form = c.acroForm
    fields = [("naam", "Naam en voorletters", "[[Kappelhof, D.]]"),
              ("rang", "Rang", "kapitein"),
              ("regnr", "Registratienummer", "[[680412776|N]]"),
              ("eenheid", "Eenheid / standplaats", "43 Gemechaniseerde Brigade, Havelte"),
              ("email", "E-mail", "[[d.kappelhof@mindef.nl]]"),
              ("mobiel", "Mobiel", "[[06-38 20 19 45]]"),
              ("belang", "Te melden relatie", "Zwager [[J. Bouwknegt]] werkt bij Elbit Systems NL"),
              ("datum", "Datum", "17-02-2025")]
    y -= 14
    for key, label, val in fields:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(22 * mm, y, label)
        v = lib.hidden(val, "annotations")
        form.textfield(name=key, tooltip=label, x=70 * mm, y=y - 4, width=110 * mm, height=15, value=v,
                       fontName="Helvetica", fontSize=9, borderWidth=0.5)
        y -= 24
    c.setFont("Helvetica", 9)
    c.drawString(22 * mm, y - 10, lib.m("Handtekening:"))
    c.drawImage(str(lib.signature_png("D. Kappelhof", seed=4)), 70 * mm, y - 30, width=45 * mm, height=18 * mm,
                preserveAspectRatio=True, mask="auto")
    y -= 60
    c.setFont("Helvetica-Oblique", 8)
    for ln in ["Dit formulier wordt bewaard in het aanbestedingsdossier en na afloop van de bewaartermijn vernietigd",
               "volgens de {{Selectielijst Defensie|W}}. Verwerking op grond van de {{AVG|W}}; zie {{www.defensie.nl/privacy|O}}."]:
        c.drawString(22 * mm, y, lib.m(ln))
        y -= 11
    c.save()
    return {}


# ---------------------------------------------------------------- cv05 beslisnota staatssecretaris CV90
@doc
def cv05():
    blocks = [
        ("title", "Nota"),
        ("kv", [("Aan", "de {{Staatssecretaris van Defensie|F}}"),
                ("Van", "{{Directeur DMO|F}}"),
                ("Datum", "3 april 2025"),
                ("Kenmerk", "{{BS2025009921|R}}"),
                ("Onderwerp", "Besluit contractwijziging {{CV90|X}} Mid-Life Update, tweede tranche"),
                ("Kopie aan", "{{DGB|O}}, {{CLAS|O}}, {{HDFC|O}}"),
                ("Contactpersoon", "[[Ing. J.P. (Jasper) Roelofsen]], projectleider, T [[06-12 77 40 58]]\n"
                                   "[[jp.roelofsen@mindef.nl]]"),
                ("Paraaf", "[[JPR]] 2/4")]),
        ("bm", "Aanleiding", "a"),
        ("h", "Aanleiding"),
        ("p", "Op 12 maart 2025 heeft {{BAE Systems Hägglunds}} ({{Örnsköldsvik|L}}) een wijzigingsvoorstel ingediend voor "
              "de tweede tranche van de Mid-Life Update van de {{CV90|X}}-infanteriegevechtsvoertuigen van "
              "{{45 Pantserinfanteriebataljon Oranje Gelderland|U}} en {{44 Pantserinfanteriebataljon Regiment "
              "Johan Willem Friso|U}}. De meerkosten bedragen EUR 38,4 miljoen."),
        ("h", "Geadviseerd besluit"),
        ("p", "Aan de staatssecretaris wordt gevraagd in te stemmen met de contractwijziging en de {{Tweede Kamer}} "
              "hierover te informeren in de {{Voortgangsrapportage CV90|G}}."),
        ("h", "Kern"),
        ("p", "- De wijziging betreft de integratie van het actieve beschermingssysteem {{Iron Fist|X}} en de "
              "vervanging van de {{Saab|O}}-vuurleiding.\n- Het risico op vertraging ligt vooral bij de "
              "toeleverancier in {{Noorwegen|L}}; de key account manager van BAE, dhr. [[Anders Lindqvist]], "
              "heeft op 20 maart schriftelijk een boeteregeling aangeboden.\n- De bijdrage van {{Estland|L}} "
              "(gezamenlijke aanschaf) verandert niet."),
        ("h", "Krachtenveld"),
        ("p", "De Kamerleden {{Boswijk|M}} ({{CDA|O}}) en {{Sjoerdsma|M}} ({{D66|O}}) hebben tijdens het commissiedebat "
              "Materieel van 6 februari gevraagd naar de overschrijdingen. {{Minister Brekelmans|M}} heeft "
              "toegezegd de Kamer voor de zomer te informeren. Kamerlid {{Teunissen|M}} ({{PvdD|O}}) heeft schriftelijke "
              "vragen gesteld over de exportvergunning van de Israëlische component."),
        ("h", "Toelichting"),
        ("p", "De projectleider heeft op 26 maart overleg gevoerd met [[Lindqvist]] en met mevrouw [[Karin Sjöberg]] "
              "(contract manager BAE). Het overleg is vastgelegd in memo [[JPR]]-25-014. Namens {{CLAS|O}} heeft "
              "luitenant-kolonel [[H.G. Brinkhuis]] bevestigd dat de inzetbaarheid van de bataljons in "
              "{{Oirschot|L}} en {{Assen|L}} niet in gevaar komt."),
        ("bm", "Informatie niet openbaar", "b"),
        ("h", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "[Invullen bij openbaarmaking]"),
    ]
    rl_build("cv05", blocks, font="DejaVuSans", size=9, title="Nota CV90 MLU tranche 2",
             header="Ministerie van Defensie\nDefensie Materieel Organisatie")
    return {"post": lambda p: add_hidden(p, annots=[(0, "[[Zwartjes, Ineke]]", "Let op: boeteregeling [[Lindqvist]] nog niet juridisch getoetst. Bel mij even."),
                                                     (0, "[[J.P. Roelofsen]]", "Akkoord, aangepast in versie 3.")])}


# ---------------------------------------------------------------- cv06 English e-mail thread with NSPA
@doc
def cv06():
    blocks = [
        ("mail", [("From:", "[[Marchetti Giulia]] <[[gmarchetti@nspa.nato.int]]>"),
                  ("Sent:", "Thursday, 22 May 2025 09:12"),
                  ("To:", "[[Hendriksen-Bos]], M. (Marloes), KAP DMO/IVB/MUN <[[m.hendriksen.bos@mindef.nl]]>"),
                  ("Cc:", "[[Schmit Jean-Luc]] <[[jlschmit@nspa.nato.int]]>; {{LBDM-SP@nspa.nato.int|E}}"),
                  ("Subject:", "RE: 155mm ammunition - NLD participation in LBDM Support Partnership call-off {{SP-LBDM-2025-031|R}}")]),
        ("p", "Dear [[Marloes]],"),
        ("p", "Thank you for the signed Letter of Intent. I can confirm that the {{Netherlands|L}} share of the "
              "call-off under the {{Land Battle Decisive Munitions Support Partnership|G}} is 18,000 rounds of 155mm "
              "{{M107|X}}-compatible ammunition, delivered to the {{Munitiecomplex Veldhuizen|K}} in {{Ede|L}}. "
              "Delivery will follow the allocation agreed at the {{NSPA|O}} Agency Supervisory Board."),
        ("p", "Jean-Luc will send you the draft amendment to the Support Partnership Agreement by Friday. For "
              "urgent questions you can call me directly on [[+352 30 63 6721]]; the switchboard in "
              "{{Capellen|L}} is {{+352 30 631|T}}."),
        ("p", "Kind regards,\n[[Giulia Marchetti]]\nProcurement Officer, Ammunition Programme\n{{NATO Support and "
              "Procurement Agency (NSPA)|O}}\n{{11, rue de la Gare|S}}, L-8325 Capellen, {{Luxembourg|L}}"),
        ("line",),
        ("mail", [("Van:", "[[Hendriksen-Bos]], M. (Marloes), KAP DMO/IVB/MUN"),
                  ("Verzonden:", "woensdag 21 mei 2025 17:55"),
                  ("Aan:", "'[[Marchetti Giulia]]'"),
                  ("CC:", "[[Oosterwijk]], B. ([[Bart]]), KOL DMO/IVB; {{NMV-Brussel@mindef.nl|E}}"),
                  ("Onderwerp:", "155mm ammunition - NLD participation")]),
        ("p", "Dear [[Giulia]],\n\nPlease find attached the Letter of Intent signed on behalf of the {{Minister of "
              "Defence|F}}. As discussed with [[Jean-Luc]] last week, we would like the first deliveries to support "
              "{{41 Afdeling Artillerie|U}} at the {{Generaal-majoor De Ruyter van Steveninckkazerne|K}} in "
              "{{Oldebroek|L}}, ahead of the exercise in {{Bergen-Hohne|L}} in September.\n\nColonel [[Oosterwijk]] "
              "(my head of department) will attend the Support Partnership Committee on 3 June in my place, as I "
              "will be on parental leave."),
        ("p", "Met vriendelijke groet / Kind regards,\n\n[[Marloes Hendriksen-Bos]]\nKapitein\nCategory manager Munitie\n"
              "Defensie Materieel Organisatie\nM [[06-29 51 73 08]]"),
        ("line",),
        ("small", "Dit bericht kan informatie bevatten die niet voor u is bestemd. This message may contain information "
                  "that is not intended for you. {{Ministerie van Defensie}} - {{www.defensie.nl|O}}"),
    ]
    rl_build("cv06", blocks, font="Helvetica", size=9.5, title="RE: 155mm ammunition")
    return {}


# ---------------------------------------------------------------- cv07 verslag voortgangsoverleg ASWF (docx)
@doc
def cv07():
    blocks = [
        ("title", "Verslag voortgangsoverleg {{ASWF|G}} (vervanging M-fregatten)"),
        ("kv", [("Datum", "10 juni 2025, 13.00-15.30 uur"),
                ("Locatie", "{{Damen Naval}}, {{Vlissingen|L}} (hybride via {{Teams|X}})"),
                ("Kenmerk", "{{DMO/MAR/ASWF/2025-061|R}}"),
                ("Verslag", "[[Noor Verstappen]] (DMO)")], [35, 125]),
        ("h", "Aanwezig"),
        ("p", "Defensie: KLTZ [[J. ten Brinke]] (projectleider, vz.), ir. [[A.C. de Wit-Kromhout]] (JIVC), "
              "mw. [[N. Verstappen]] (secretaris), KLTZ [[Frederik Goedhart]] ({{Commando Zeestrijdkrachten|U}}, "
              "vanaf 14.00 uur).\nDamen Naval: dhr. [[P. Lievense]] (programmadirecteur), mw. [[Esmée van "
              "Hoorn-Tjon]] (contractmanager).\nBelgische Defensie: {{Capitaine de frégate|F}} [[Luc Vanderheyden]] "
              "({{DGMR|O}})."),
        ("p", "Afwezig met bericht: {{Thales Nederland}} (sensorsuite), [[Goedhart]] (eerste uur)."),
        ("h", "1. Opening en vaststelling verslag 8 april"),
        ("p", "Het verslag wordt vastgesteld. Actiepunt 4 (documentatie onderwaterhydrofoon) is afgerond."),
        ("h", "2. Planning bouw eerste schip (Zr.Ms. {{Karel Doorman|K}}-klasse onderscheid)"),
        ("p", "De heer [[Lievense]] meldt dat de kiellegging van het eerste schip is verschoven naar het vierde kwartaal. "
              "Oorzaak is de late levering van de {{Anti-Submarine Warfare|G}}-sonar door een onderaannemer. "
              "[[Ten Brinke]] vraagt om een onderbouwd herstelplan, mede omdat de {{staatssecretaris van Defensie|F}} "
              "de Kamer in de {{Defensie Projectenoverzicht|G}}-rapportage meldt dat de eerste levering in 2029 is. "
              "[[Vanderheyden]] bevestigt dat de Belgische marine ({{Zeebrugge|L}}) dezelfde planning hanteert."),
        ("h", "3. Wijzigingsvoorstellen"),
        ("p", "Mevrouw [[Van Hoorn-Tjon]] licht wijzigingsvoorstel WV-112 toe (extra koelcapaciteit voor het "
              "{{SMART-L|X}}-radarsysteem). [[De Wit-Kromhout]] plaatst vraagtekens bij de gevolgen voor het "
              "energiebudget. Afgesproken wordt dat Damen een impactanalyse levert."),
        ("h", "4. Actielijst"),
        ("table", [["Nr.", "Actie", "Wie", "Gereed"],
                   ["25-07", "Herstelplan kiellegging met onderbouwing sonarlevering", "PLi (Damen)", "1 juli"],
                   ["25-08", "Impactanalyse WV-112 energiebudget", "EvHT", "15 juli"],
                   ["25-09", "Afstemming planning met {{DGMR|O}} en {{COMMIT|O}}", "JtB / LV", "15 juli"],
                   ["25-10", "Memo aan {{Directeur DMO|F}} over planning", "JtB", "1 juli"]], [16, 90, 30, 20]),
        ("small", "Afkortingen: [[JtB]] = [[ten Brinke]], [[EvHT]] = [[Van Hoorn-Tjon]], [[LV]] = [[Vanderheyden]], [[PLi]] = [[Lievense]]."),
    ]
    return {"docx": docx_build("cv07", blocks, font="Liberation Serif", size=11, author=hidden("[[Verstappen, N.]]", "metadata"),
                               title="Verslag voortgangsoverleg ASWF")}


# ---------------------------------------------------------------- cv08 Teams chat export F-35 spares
@doc
def cv08():
    chat = """[14-04-2025 07:58] [[Kees Olthof]]: Morgen, de {{F-35|X}} met staartnummer F-021 staat nog steeds AOG op {{Vliegbasis Leeuwarden|K}}. Wachten op de koelmodule uit {{Woensdrecht|L}}
[14-04-2025 08:03] [[Yusuf Demirtaş]]: Heb ik gezien. Volgens {{ALIS|X}}/{{ODIN|X}} staat hij op transport sinds vrijdag
[14-04-2025 08:04] [[Kees Olthof]]: Dan zit hij vast bij de douane in Eindhoven? [[Sanne]] van {{322 Squadron|U}} belt me elk uur
[14-04-2025 08:10] [[Sanne Bleeker]]: Klopt ;-) We hebben hem nodig voor de {{QRA|G}}-rotatie vanaf woensdag
[14-04-2025 08:12] [[Yusuf Demirtaş]]: Ik bel {{Lockheed Martin}} {{Global Spares Pool|G}}. [[Kees]], kun jij [[Ruud]] van de {{Logistiek Centrum Woensdrecht|K}} vragen of er nog een exemplaar in de {{JSF|X}}-voorraad ligt?
[14-04-2025 08:15] [[Kees Olthof]]: Doe ik. Zijn nummer is [[06-44 18 30 92]] toch?
[14-04-2025 08:15] [[Yusuf Demirtaş]]: Ja. Of via de wachtdienst LCW {{0164-693 000|T}}
[14-04-2025 09:41] [[Ruud Vermeulen]]: Er ligt er 1 in {{Woensdrecht|L}}, maar die is gereserveerd voor {{Vliegbasis Volkel|K}} (313 sqn). Kan alleen met akkoord van de {{CLSK|O}}-staf
[14-04-2025 09:44] [[Sanne Bleeker]]: Ik vraag het aan mijn commandant. Die zit vandaag in {{Den Haag|L}} bij de {{CDS|F}}
[14-04-2025 10:20] [[Yusuf Demirtaş]]: Update: LM levert vrijdag via {{Camp Darby|K}}. [[Ruud]], reserve mag dan terug naar Volkel
[14-04-2025 10:22] [[Ruud Vermeulen]]: Top. Ik ben vanaf 12:00 weg, fysio voor mijn knie. [[Kees]] neemt het over
[14-04-2025 10:23] [[Kees Olthof]]: (y)
[14-04-2025 11:02] [[Sanne Bleeker]]: Akkoord van de commandant binnen. Dank allen"""
    blocks = [
        ("title", "Chatexport Microsoft Teams - kanaal 'F-35 Logistiek NL / AOG'"),
        ("small", "Geëxporteerd op 16-04-2025 door {{DMO|O}} / Afdeling Luchtsystemen ten behoeve van Woo-verzoek "
                  "{{2025-WOO-0418|R}}. Deelnemers: 4."),
        ("sp", 3),
        ("mono", chat),
    ]
    rl_build("cv08", blocks, font="LiberationSans", size=9.5, title="Teams export AOG")
    return {}


# ---------------------------------------------------------------- cv09 handwritten note (scan)
@doc
def cv09():
    h = {"font": "humor", "size": 46, "gap": 1.35}
    lines = [("[[INEKE]] -", h), ("", h),
             ("GRAAG EVEN KIJKEN NAAR DE KLACHT", h), ("VAN KNDS OVER DE BEOORDELING.", h),
             ("[[YILDIRIM]] ZEGT DAT HET PV KLOPT,", h), ("MAAR [[KAPPELHOF]] TWIJFELT OVER K2.", h),
             ("BEL ME THUIS: [[0318-560 713]]", h), ("", h),
             ("MORGEN BESPREKEN MET KOL. [[RENSINK]]?", h), ("", h),
             ("GROET, [[ROEL]] (22/4)", h)]
    scan_build("cv09", [lines], seed=9)
    return {}


# ---------------------------------------------------------------- cv10 toegangsaanvraag bezoekers kazerne
@doc
def cv10():
    blocks = [
        ("title", "Aanvraag toegang bezoekers - {{Kromhout Kazerne|K}}, {{Utrecht|L}}"),
        ("kv", [("Gastheer/-vrouw", "majoor [[R.J. Verhoeven]], DMO/IVB, toestel [[25 44 27|T]]"),
                ("Datum bezoek", "3 juni 2025, 09.00-17.00 uur"),
                ("Doel", "Fabrieksacceptatietest (FAT) documentatie {{Boxer|X}} {{RCT30|X}}-toren"),
                ("Beveiligingsniveau", "{{Stg. Confidentieel|R}}; begeleiding verplicht"),
                ("Bestemd voor", "{{Bureau Beveiliging Kromhout Kazerne|O}}, {{beveiliging.kromhout@mindef.nl|E}}")]),
        ("table", [["Naam", "Geb.datum", "Nat.", "ID-document", "Organisatie"],
                   ["[[Stefan Wöhrmann]]", "[[11-08-1979|D]]", "DE", "Reisepass [[C4F7K29LM|N]]", "{{Rheinmetall Landsysteme}}"],
                   ["[[Jana Kowalczyk]]", "[[02-02-1988|D]]", "PL", "Dowód [[CAX 418207|N]]", "{{Rheinmetall Landsysteme}}"],
                   ["[[Thomas de Bruijn]]", "[[29-12-1985|D]]", "NL", "Paspoort [[NX7RB4K21|N]]", "{{Rheinmetall Defence Nederland}}"],
                   ["[[Mehmet Aksoy]]", "[[17-05-1991|D]]", "NL", "ID-kaart [[IR3D71PK4|N]]", "{{ARTEC}} GmbH"]],
         [40, 24, 14, 46, 50]),
        ("p", "De bezoekers zijn op 28 mei 2025 gescreend door de {{MIVD|O}} (referentie {{MIVD-2025-11873|R}}). "
              "Voertuigen: één huurauto, kenteken XH-417-V (bestuurder [[De Bruijn]]). Parkeren op het "
              "bezoekersterrein aan de {{Herculeslaan|S}}."),
        ("p", "Akkoord commandant kazerne: {{overste|F}} [[E. Nijenhuis]], 30-05-2025."),
        ("small", "Gegevens worden na het bezoek binnen 4 weken vernietigd ({{AVG|W}}, {{Beveiligingsvoorschrift Defensie|W}})."),
    ]
    rl_build("cv10", blocks, font="DejaVuSans", size=9, title="Toegangsaanvraag 3 juni",
             margins=(18, 18, 18, 18))
    return {"post": lambda p: add_hidden(p, author="[[rverhoe2]]")}


# ---------------------------------------------------------------- cv11 contractenoverzicht (landscape table)
@doc
def cv11():
    rows = [["Contractnr.", "Omschrijving", "Leverancier", "Waarde (EUR)", "Looptijd", "Contractmanager", "Budgethouder"],
            ["{{DMO-2019-0711|R}}", "Reservedelen {{Boxer|X}}", "{{Rheinmetall Defence Nederland}}", "41.200.000", "2019-2027", "[[RJV]]", "{{CLAS|O}}"],
            ["{{DMO-2021-0388|R}}", "Onderhoud {{Patriot|X}} lanceerinrichtingen", "{{Raytheon|O}} / {{Kongsberg|O}}", "17.650.000", "2021-2026", "[[M. Hendriksen-Bos]]", "{{DGLC|U}}"],
            ["{{DMO-2022-1102|R}}", "Levering {{NASAMS|X}} munitie", "{{Kongsberg|O}} Defence & Aerospace", "63.000.000", "2022-2028", "[[MHB]]", "{{DGLC|U}}"],
            ["{{DMO-2023-0045|R}}", "{{NH90|X}} instandhouding", "{{NHIndustries|O}}", "122.400.000", "2023-2030", "[[T. Bakker-Oudshoorn]]", "{{DHC|U}}"],
            ["{{DMO-2024-0917|R}}", "{{Fennek|X}} modernisering", "{{KNDS|O}} Deutschland", "28.900.000", "2024-2029", "[[RJV]]", "{{CLAS|O}}"],
            ["{{DMO-2024-1210|R}}", "Kleding en uitrusting ({{Kleding en Persoonsgebonden Uitrusting|G}})", "{{Koninklijke Ten Cate|O}}", "9.870.000", "2024-2027", "[[G. van Dalfsen]]", "{{COMMIT|O}}"],
            ["{{DMO-2025-0206|R}}", "Brandstofcontract {{Vliegbasis Volkel|K}}", "{{Shell|O}} Nederland Verkoopmaatschappij", "14.300.000", "2025-2028", "[[T. Bakker-Oudshoorn]]", "{{CLSK|O}}"],
            ["{{DMO-2025-0311|R}}", "Tactische radio's perceel 2 ({{FOXTROT|G}})", "{{Rohde & Schwarz}} Benelux", "212.000.000", "2025-2035", "[[TvdM]]", "{{CLAS|O}}"]]
    blocks = [
        ("title", "Overzicht lopende contracten DMO Directie Inkoop - peildatum 1 juli 2025"),
        ("small", "Bijlage 2 bij besluit op Woo-verzoek {{2025-WOO-0418|R}}. Contractmanagers zijn aangeduid met hun "
                  "paraaf of naam zoals in het contractregister. Bron: {{SAP|X}} / module {{MM|X}}."),
        ("sp", 2),
        ("table", rows, [30, 62, 52, 24, 20, 40, 26]),
        ("small", "Paraafcodes: RJV = [[R.J. Verhoeven]] (majoor), MHB = [[M. Hendriksen-Bos]] (kapitein), TvdM = "
                  "[[Th.A. van der Meulen]] (luitenant-kolonel). Vragen: {{dmo.contractregister@mindef.nl|E}}."),
    ]
    rl_build("cv11", blocks, font="LiberationSans", size=9, pagesize=landscape(A4), margins=(14, 14, 16, 16),
             title="Contractenoverzicht DMO")
    return {}


# ---------------------------------------------------------------- cv12 Kamerbrief (public; office holders only)
@doc
def cv12():
    right = ["!Ministerie van Defensie", "{{Kalvermarkt 32|S}}", "MPC 58 B", "Postbus 20701", "2500 ES Den Haag",
             "{{www.defensie.nl|O}}", "", "!Onze referentie", "{{BS2025016744|R}}", "", "!Datum", "30 juni 2025"]
    blocks = [
        ("sp", 48),
        ("p", "Aan de Voorzitter van de {{Tweede Kamer}} der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag"),
        ("sp", 6),
        ("p", "Onderwerp: Voortgang versnelling materieelverwerving en de rol van {{NSPA|O}}"),
        ("p", "Tijdens het commissiedebat Materieel van 6 februari 2025 heb ik de leden {{Boswijk|M}} ({{CDA|O}}), "
              "{{Erkens|M}} ({{VVD|O}}) en {{Dassen|M}} ({{Volt|O}}) toegezegd uw Kamer te informeren over de versnelling "
              "van de materieelverwerving via internationale samenwerking. Met deze brief kom ik die toezegging na, "
              "mede namens de {{minister van Defensie|F}}."),
        ("h", "Versnelling via NATO Support and Procurement Agency"),
        ("p", "Nederland neemt deel aan de {{Land Battle Decisive Munitions Support Partnership|G}} van het {{NSPA|O}} in "
              "{{Capellen|L}} ({{Luxemburg|L}}). Via deze partnership zijn in 2025 raamovereenkomsten gesloten voor "
              "155mm-munitie en voor reservedelen van de {{Patriot|X}}. NAVO-secretaris-generaal {{Rutte|M}} heeft op "
              "de top in {{Den Haag|L}} van 24 en 25 juni het belang van gezamenlijke aanschaf onderstreept."),
        ("h", "Defensie Materieel Organisatie"),
        ("p", "De {{Defensie Materieel Organisatie}} ({{DMO|O}}) in {{Utrecht|L}} heeft de capaciteit van de Directie "
              "Inkoop uitgebreid met 140 fte. Het {{Defensiematerieelbegrotingsfonds|G}} maakt meerjarige "
              "verplichtingen mogelijk. De {{Wet op de defensiegereedheid|W}} wordt na de zomer voor advies aan de "
              "{{Raad van State|O}} voorgelegd. Over de vervanging van de {{M-fregatten|X}} (programma {{ASWF|G}}) bij "
              "{{Damen Naval}} en over de {{CV90|X}} Mid-Life Update informeer ik u in het "
              "{{Defensie Projectenoverzicht|G}} van september."),
        ("h", "Tot slot"),
        ("p", "Het lid {{Teunissen|M}} ({{PvdD|O}}) vroeg naar de exportvergunningen van componenten uit derde landen. "
              "Hierover is de {{minister voor Buitenlandse Handel en Ontwikkelingshulp|F}} op 2 juni in een aparte "
              "brief ingegaan ({{Kamerstuk 22054|R}}, nr. 421)."),
        ("sp", 4),
        ("p", "DE STAATSSECRETARIS VAN DEFENSIE,\n\n\n{{Gijs Tuinman|M}}"),
    ]
    rl_build("cv12", blocks, font="LiberationSerif", size=10.5, margins=(24, 62, 20, 20),
             header=rijks_header(["Ministerie van Defensie"], right, font="LiberationSerif"), title="Kamerbrief versnelling materieelverwerving",
             author="Ministerie van Defensie")
    return {}


# ---------------------------------------------------------------- cv13 English letter KNDS complaint
@doc
def cv13():
    blocks = [
        ("right", "{{KNDS Deutschland GmbH & Co. KG|O}}\n{{Krauss-Maffei-Straße 11|S}}\n80997 {{München|L}}, {{Germany|L}}"),
        ("sp", 6),
        ("p", "Ministerie van Defensie\nDefensie Materieel Organisatie - Directie Inkoop\nAttn. Colonel [[W.F. Rensink]]\n"
              "Herculeslaan 1\n3584 AB Utrecht\nThe Netherlands"),
        ("sp", 4),
        ("p", "Munich, 17 April 2025\nOur ref.: KNDS-DE/NL/2025/0142 - Your ref.: {{DMO2025-002291|R}}"),
        ("h", "Complaint regarding the evaluation of tender {{DMO2025-002291|R}} ({{Fennek|X}} reconnaissance vehicle, sustainment)"),
        ("p", "Dear Colonel [[Rensink]],"),
        ("p", "We refer to the notification of the intended award decision of 9 April 2025. KNDS respectfully "
              "objects to the score of 5.5 on sub-criterion K2 (obsolescence management). In our view the "
              "evaluation committee did not take into account the long-term support agreement with the "
              "{{Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr|O}} ({{BAAINBw|O}}), which "
              "covers the same vehicle fleet."),
        ("p", "Furthermore we understand from a conversation at the {{Eurosatory|G}} preparatory meeting that one "
              "member of the committee, Major [[Verhoeven]], had previously expressed a preference for a competitor. "
              "We ask you to confirm that all members signed a declaration of independence under the "
              "{{ADV|W}}."),
        ("p", "We request a meeting before the end of the standstill period. Our legal counsel, mr. [[D.S. Oude "
              "Elferink]] of {{Kennedy Van der Laan|O}} in {{Amsterdam|L}}, will attend. Please contact me on "
              "[[+49 89 1489 2275]] or at [[katharina.ebner-lutz@knds.de]]."),
        ("p", "Yours sincerely,"),
        ("sig", "K. Ebner-Lutz", 42, "dkg"),
        ("p", "Dr. [[Katharina Ebner-Lutz]]\nHead of Sales Benelux and Nordics\n\ncc: [[Frank Nieuwenhuis]], KNDS Nederland B.V., {{Oss|L}}"),
    ]
    rl_build("cv13", blocks, font="DejaVuSerif", size=9.5, title="Complaint tender DMO2025-002291",
             footer="KNDS Deutschland GmbH & Co. KG - Amtsgericht München HRA 72995 - www.knds.com")
    return {"post": lambda p: add_hidden(p, author="[[Ebner-Lutz, Katharina]]")}


# ---------------------------------------------------------------- cv14 interne nota JZ kort geding (docx)
@doc
def cv14():
    blocks = [
        ("title", "Notitie"),
        ("kv", [("Aan", "hoofd Directie Inkoop DMO"),
                ("Van", "DMO Juridische Zaken, mr. [[I. Zwartjes]]"),
                ("Datum", "24 april 2025"),
                ("Kenmerk", "{{DMO/JZ/2025/0377|R}}"),
                ("Onderwerp", "Klacht KNDS en dreigend kort geding, aanbesteding {{DMO2025-002291|R}}")], [35, 125]),
        ("h", "1. Aanleiding"),
        ("p", "Bij brief van 17 april 2025 heeft {{KNDS Deutschland|O}} bezwaar gemaakt tegen de voorgenomen gunning "
              "voor de instandhouding van de {{Fennek|X}}. De brief is ondertekend door dr. [[K. Ebner-Lutz]]. KNDS "
              "kondigt aan zich te laten bijstaan door mr. [[Oude Elferink]] ({{Kennedy Van der Laan|O}})."),
        ("h", "2. Beoordeling"),
        ("p", "De stelling dat majoor [[Verhoeven]] vooringenomen zou zijn, is niet onderbouwd. Uit het dossier blijkt "
              "dat alle leden, onder wie kapitein [[D. Kappelhof]] en ir. [[De Wit-Kromhout]], de verklaring "
              "geheimhouding en onafhankelijkheid (formulier {{DI-F-017|R}}) hebben getekend. De melding van kapitein "
              "[[Kappelhof]] over zijn zwager betrof een andere aanbesteding. Ik adviseer KNDS een gesprek aan te "
              "bieden, in aanwezigheid van de {{Landsadvocaat|F}} ({{Pels Rijcken|O}}, mr. [[A.M. Gerritsen-van Tuyll]])."),
        ("p", "De vergelijking met de afspraken van het {{BAAINBw|O}} raakt de inhoud van het gunningscriterium; daarover "
              "kan de {{Commissie van Aanbestedingsexperts|O}} geen bindend oordeel geven. Een kort geding bij de "
              "{{Rechtbank Den Haag|O}} achten wij kansarm."),
        ("h", "3. Advies"),
        ("p", "- Een gesprek met KNDS op 30 april in de {{Kromhout Kazerne|K}};\n- de opschortende termijn met tien "
              "dagen verlengen;\n- de {{Staatssecretaris van Defensie|F}} niet apart informeren, wel de {{Directeur DMO|F}}."),
        ("p", "mr. [[I. Zwartjes]]\nsenior juridisch adviseur\nT [[030 218 90 61]] | M [[06-50 37 11 86]]"),
        ("p", "Gezien: kolonel [[W.F. Rensink]] / paraaf [[WFR]] 25-04"),
    ]
    return {"docx": docx_build("cv14", blocks, font="Liberation Sans", size=10.5, author=hidden("[[Zwartjes, I.]]", "metadata"),
                               title="Notitie klacht KNDS")}


# ---------------------------------------------------------------- cv15 English minutes NSPA support partnership
@doc
def cv15():
    blocks = [
        ("title", "Minutes - {{LBDM Support Partnership Committee|G}}, 3 June 2025"),
        ("kv", [("Venue", "NSPA Headquarters, Capellen, Luxembourg, Conference Room {{Tanguy|K}}"),
                ("Chair", "Mr [[Tomasz Wiśniewski]], NSPA Ammunition Programme Manager"),
                ("Secretary", "Ms [[Giulia Marchetti]]"),
                ("Reference", "{{NSPA/LBDM/SPC/2025-02|R}}")], [30, 134]),
        ("h", "Participants"),
        ("table", [["Nation / body", "Representative", "Function"],
                   ["{{Netherlands|L}}", "COL [[B. Oosterwijk]]", "Head Ammunition & Explosives, DMO"],
                   ["Netherlands", "Mr [[Sander Lemstra]]", "Senior procurement advisor, DMO"],
                   ["{{Belgium|L}}", "LtCol [[Pieter-Jan Claeys]]", "{{DGMR|O}}"],
                   ["{{Norway|L}}", "Ms [[Ingrid Solheim]]", "{{Forsvarsmateriell|O}}"],
                   ["{{Lithuania|L}}", "Maj [[Darius Kazlauskas]]", "{{Lithuanian Armed Forces|O}}"],
                   ["NSPA", "Mr [[Jean-Luc Schmit]]", "Legal Advisor"]], [40, 60, 64]),
        ("h", "1. Opening"),
        ("p", "The Chair welcomed the participants. Colonel [[Oosterwijk]] replaced Captain [[Hendriksen-Bos]], who "
              "is on leave. The minutes of the meeting of 11 March were approved."),
        ("h", "2. Status of call-offs"),
        ("p", "Mr [[Wiśniewski]] reported that deliveries of 155mm ammunition under call-off "
              "{{SP-LBDM-2025-031|R}} will start in October from the production line of {{Nammo|O}} in {{Raufoss|L}} "
              "and {{Rheinmetall|O}} in {{Unterlüß|L}}. The {{Netherlands|L}} asked to prioritise deliveries to "
              "{{Ukraine|L}} under the {{Ramstein|G}} format; this was supported by {{Lithuania|L}}."),
        ("h", "3. Amendment of the Support Partnership Agreement"),
        ("p", "[[Schmit]] presented the draft amendment. Ms [[Solheim]] asked whether the liability clause follows "
              "the {{NSPO Charter|W}}. This will be checked. [[Lemstra]] noted that the Dutch {{ADV|W}} requires an "
              "exemption under article 2.24 for a government-to-government purchase; the Dutch delegation will "
              "provide the legal basis in writing."),
        ("h", "4. Actions"),
        ("table", [["#", "Action", "Owner", "Due"],
                   ["1", "Circulate revised amendment", "JLS", "20 June"],
                   ["2", "Dutch legal basis (ADV art. 2.24)", "SL / BO", "1 July"],
                   ["3", "Delivery schedule per nation", "TW", "15 July"]], [10, 100, 30, 24]),
        ("small", "Initials: [[JLS]] = [[Schmit]], [[SL]] = [[Lemstra]], [[BO]] = [[Oosterwijk]], [[TW]] = [[Wiśniewski]]. "
                  "Next meeting: 16 September 2025, {{NATO Headquarters|K}}, {{Brussels|L}}."),
    ]
    rl_build("cv15", blocks, font="Carlito", size=10, title="Minutes LBDM SPC 3 June 2025",
             footer="NATO UNCLASSIFIED - Releasable to participating nations")
    return {"post": lambda p: add_hidden(p, xmp_creator="[[Marchetti, Giulia]]")}


# ---------------------------------------------------------------- cv16 scan signature page contract
@doc
def cv16():
    n = {"size": 30}
    b = {"size": 34, "font": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"}
    lines = [("OVEREENKOMST {{DMO-2025-0311|R}} - ONDERTEKENINGSPAGINA", b), ("", n),
             ("Aldus overeengekomen en in tweevoud ondertekend,", n), ("", n),
             ("De Staat der Nederlanden (Ministerie van Defensie),", n),
             ("rechtsgeldig vertegenwoordigd door het hoofd Directie Inkoop DMO,", n), ("", n),
             ("@sig:W. Rensink", {"x": 200}),
             ("Naam: kolonel [[W.F. Rensink]]", n), ("Plaats en datum: Utrecht, 14 juli 2025", n), ("", n), ("---", n),
             ("Rohde & Schwarz Benelux B.V.,", n), ("rechtsgeldig vertegenwoordigd door haar directeur,", n), ("", n),
             ("@sig:H. Vissering", {"x": 200}),
             ("Naam: [[Hendrik Vissering]]", n), ("Plaats en datum: Breda, 15 juli 2025", n), ("", n), ("---", n),
             ("Paraaf opsteller: [[SL]]  Paraaf jurist: [[IZ]]", n)]
    scan_build("cv16", [lines], seed=16)
    return {}


# ---------------------------------------------------------------- cv30 NSPA letter (English, 2 pages)
@doc
def cv30():
    blocks = [
        ("title", "NATO Support and Procurement Agency"),
        ("small", "Ammunition Programme | {{11, rue de la Gare|S}} | L-8325 {{Capellen|L}} | Luxembourg | "
                  "Switchboard {{+352 30 631|T}} | {{www.nspa.nato.int|O}}"),
        ("line",),
        ("sp", 4),
        ("p", "Ministry of Defence of the Netherlands\nDefence Materiel Organisation (DMO)\nFor the attention of COL "
              "[[B. Oosterwijk]], Head Ammunition & Explosives\nVia the Netherlands Delegation to NATO, "
              "{{Boulevard Léopold III|S}}, 1110 {{Brussels|L}}"),
        ("p", "Our reference: {{NSPA/AP/2025/LBDM/0877|R}}\nDate: 19 September 2025"),
        ("h", "Subject: Call-off {{SP-LBDM-2025-031|R}} - allocation of 155mm ammunition and price adjustment"),
        ("p", "Dear Colonel [[Oosterwijk]],"),
        ("p", "Following the {{LBDM Support Partnership Committee|G}} of 16 September 2025 at {{NATO Headquarters|K}}, I "
              "am pleased to inform you that the Agency has concluded the framework amendment with {{Nammo|O}} and "
              "{{Rheinmetall|O}}. The Netherlands allocation of 18,000 rounds is confirmed. Deliveries to the "
              "{{Munitiecomplex Veldhuizen|K}} will start in October 2025, with a second tranche in the first "
              "quarter of 2026."),
        ("p", "The unit price has been adjusted following the indexation clause in Annex C of the Support Partnership "
              "Agreement. The adjusted price and the breakdown per lot are provided in the enclosed NATO RESTRICTED "
              "annex, which will be sent through the secure channel of the {{NATO Communications and Information "
              "Agency|O}} ({{NCIA|O}})."),
        ("p", "The Agency notes the request of the Netherlands, expressed by Mr [[Lemstra]] at the committee, to "
              "prioritise a share of the deliveries for {{Ukraine|L}} through the {{Comprehensive Assistance "
              "Package|G}}. This request will be discussed at the {{Agency Supervisory Board|O}} in October. "
              "{{Secretary General Rutte|M}} has repeatedly underlined the importance of joint procurement; the "
              "Agency's General Manager will report on this call-off at the meeting of Defence Ministers."),
        ("p", "For operational questions, please contact Ms [[Giulia Marchetti]] ([[gmarchetti@nspa.nato.int]], "
              "[[+352 30 63 6721]]). Legal questions may be addressed to Mr [[Jean-Luc Schmit]] "
              "([[jlschmit@nspa.nato.int]]) or to the functional mailbox {{legal.ammo@nspa.nato.int|E}}."),
        ("p", "Yours sincerely,"),
        ("sig", "T. Wisniewski", 40),
        ("p", "[[Tomasz Wiśniewski]]\nProgramme Manager, Ammunition\nNATO Support and Procurement Agency"),
        ("pb",),
        ("h", "Distribution"),
        ("table", [["Addressee", "Organisation", "Copy"],
                   ["COL [[B. Oosterwijk]]", "DMO, {{Utrecht|L}}", "original"],
                   ["Mr [[S. Lemstra]]", "DMO Directie Inkoop", "e-mail"],
                   ["CAPT [[M. Hendriksen-Bos]]", "DMO, category management ammunition", "e-mail"],
                   ["LTZ1 [[F. el Idrissi]]", "Netherlands Delegation to NATO, Brussels", "e-mail"],
                   ["LtCol [[P-J. Claeys]]", "{{DGMR|O}}, {{Evere|L}}", "information"],
                   ["Ms [[I. Solheim]]", "{{Forsvarsmateriell|O}}, {{Kolsås|L}}", "information"]], [50, 80, 30]),
        ("h", "Enclosures"),
        ("p", "1. Amendment No. 3 to the Support Partnership Agreement (signed copy)\n2. Delivery schedule per "
              "nation, version 19 September 2025\n3. NATO RESTRICTED annex (by secure channel only)"),
        ("small", "This letter is NATO UNCLASSIFIED. Handling: releasable to the participating nations of the LBDM "
                  "Support Partnership. Prepared by: [[GM]] / checked: [[JLS]]."),
    ]
    rl_build("cv30", blocks, font="LiberationSans", size=10, title="NSPA letter call-off SP-LBDM-2025-031",
             footer="NSPA/AP/2025/LBDM/0877 - page {page}")
    return {"post": lambda p: add_hidden(p, author="[[gmarchetti]]",
                                         annots=[(0, "[[Lemstra, S.]]", "Ter info aan [[Marloes]]: prijsstijging 6,8%, zie annex.")])}


# ---------------------------------------------------------------- cv31 wekelijks stafoverleg Directie Inkoop (docx, 2 pages)
@doc
def cv31():
    blocks = [
        ("title", "Stafoverleg Directie Inkoop DMO - besluiten- en actielijst"),
        ("kv", [("Datum", "maandag 12 mei 2025, 08.30 uur"), ("Plaats", "{{Kromhout Kazerne|K}}, gebouw 1, kamer 3.14"),
                ("Voorzitter", "kolonel [[W.F. Rensink]] ([[WFR]])"), ("Notulist", "[[Priscilla Doornbos]] ([[PD]])")], [35, 125]),
        ("h", "Aanwezig"),
        ("table", [["Paraaf", "Naam", "Functie"],
                   ["WFR", "kolonel [[W.F. Rensink]]", "hoofd Directie Inkoop"],
                   ["[[BO]]", "kolonel [[B. Oosterwijk]]", "hoofd afdeling Munitie & Explosieven"],
                   ["[[TvdM]]", "luitenant-kolonel [[Th.A. van der Meulen]]", "programmamanager {{FOXTROT|G}}"],
                   ["[[JPR]]", "ing. [[J.P. Roelofsen]]", "projectleider {{CV90|X}} MLU"],
                   ["[[MHB]]", "kapitein [[M. Hendriksen-Bos]]", "category manager Munitie"],
                   ["[[IZ]]", "mr. [[I. Zwartjes]]", "senior juridisch adviseur (agendapunt 3)"],
                   ["PD", "[[P. Doornbos]]", "managementondersteuner"]], [20, 75, 65]),
        ("p", "Afwezig: majoor [[R.J. Verhoeven]] ([[RJV]], cursus {{Defensie Inkoop Academie|O}}), "
              "luitenant-kolonel [[Ö. Yıldırım]] ([[ÖY]], ziek)."),
        ("h", "1. Mededelingen"),
        ("p", "WFR: de {{staatssecretaris van Defensie|F}} bezoekt op 22 mei de DMO; {{staatssecretaris Tuinman|M}} "
              "wil spreken over de versnelling van munitie-inkoop via het {{NSPA|O}}. BO en MHB bereiden een "
              "presentatie voor. De {{Directeur DMO|F}} opent."),
        ("p", "TvdM: de standstill-termijn van VTR-L perceel 2 is op 3 april verlopen zonder kort geding. "
              "Het contract ({{DMO-2025-0311|R}}) wordt medio juli getekend."),
        ("h", "2. Munitie en NSPA"),
        ("p", "MHB meldt dat de Letter of Intent voor de {{Land Battle Decisive Munitions Support Partnership|G}} "
              "is verstuurd. BO neemt op 3 juni de vergadering in Capellen over, omdat MHB met verlof gaat. "
              "WFR vraagt of de uitzondering in artikel 2.24 {{ADV|W}} juridisch is afgedekt. IZ: ja, memo volgt."),
        ("h", "3. Klacht KNDS Fennek"),
        ("p", "IZ licht de notitie {{DMO/JZ/2025/0377|R}} toe. Het gesprek met KNDS heeft op 30 april plaatsgevonden; "
              "KNDS ziet af van een kort geding. [[De Wit-Kromhout]] (JIVC) hoeft niet meer te worden gehoord. "
              "WFR: dossier sluiten."),
        ("h", "4. CV90 en Boxer"),
        ("p", "JPR: tweede tranche CV90 MLU ligt ter besluitvorming bij de staatssecretaris ({{BS2025009921|R}}). "
              "Boxer-reservedelen: RJV heeft het herstelplan van Rheinmetall ontvangen; levering 24 assen in juni. "
              "{{13 Lichte Brigade|U}} is geïnformeerd via de G4 in {{Oirschot|L}}."),
        ("h", "5. Actielijst"),
        ("table", [["Nr.", "Actie", "Wie", "Datum"],
                   ["19-1", "Presentatie bezoek staatssecretaris", "BO / MHB", "20-05"],
                   ["19-2", "Memo art. 2.24 ADV", "IZ", "19-05"],
                   ["19-3", "Afsluiten dossier Fennek-klacht", "IZ / RJV", "31-05"],
                   ["19-4", "Overdracht Capellen aan BO", "MHB", "23-05"],
                   ["19-5", "Planning kiellegging ASWF in projectenoverzicht", "[[JtB]]", "01-06"]], [15, 95, 30, 20]),
        ("small", "Volgende overleg: 19 mei 2025. Verspreiding: aanwezigen, afwezigen, {{DI-secretariaat@mindef.nl|E}}."),
    ]
    return {"docx": docx_build("cv31", blocks, font="Carlito", size=11, author=hidden("[[Doornbos, Priscilla]]", "metadata"),
                               title="Stafoverleg DI 12-05-2025")}
