"""Rebuild set CR (eval/blind/mixed86): a Woo dossier on a rijksmonument and its restoration.

    /work/main/.venv/bin/python make_set.py           # all documents
    /work/main/.venv/bin/python make_set.py cr03 cr17  # only these

Text is written with marks ([[K|...]] redact, {{K|...}} keep, see cr_lib.py); the gold is derived
from what was drawn: every keep probe's 'after' is counted on the original's PDFium text with the
evaluator's own functions, every redact probe has after=0 and is checked by check_gold.py in the
channel it claims (text, OCR or a hidden channel).
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cr_lib import (BUILD, DOCS_DIR, GOLD_DIR, Doc, DocxFlow, Flow, add_link, add_note,  # noqa: E402
                    add_outline, build_gold, make_bsn, make_iban, register_fonts, render_scan,
                    set_meta, sig_flowable, soffice_convert, styles)

BSN_CV = make_bsn("17342608")   # Charlotte van Leeuwaerden
BSN_RO = make_bsn("20851937")   # Ruben Ostendorf
BSN_HB = make_bsn("15590214")   # Henk Bouwmeester (buurman)
IBAN_CV = make_iban("INGB", "0007352914")
IBAN_CV2 = make_iban("RABO", "0318442571", grouped=False)
IBAN_LA = make_iban("ASNB", "0709213364")

DOCS = {}
POST = {}
DOCX_JOBS = []   # (doc, docx path, post-function)


def doc(fn):
    DOCS[fn.__name__] = fn
    return fn


# Leiden letterhead (public building, general number, functional mailbox)
LEIDEN_FOOT = ("{{O|Gemeente Leiden}} | {{B|Stadhuisplein 1}} | Postbus 9100, 2300 PC Leiden | "
               "telefoon {{G|14 071}} | {{M|info@leiden.nl}}")


def footer(doc_, text, font="Helvetica", size=7.5):
    plain_cache = {}

    def on_page(c, d):
        if "p" not in plain_cache:
            plain_cache["p"] = doc_.mk(text)
            plain_cache["n"] = 0
        else:
            doc_.mk(text)
        c.saveState()
        c.setFont(font, size)
        c.setFillColor("#555555")
        c.drawString(d.leftMargin, 30, plain_cache["p"])
        c.drawRightString(d.pagesize[0] - d.rightMargin, 30, f"pagina {c.getPageNumber()}")
        c.restoreState()
    return on_page


# =====================================================================================
@doc
def cr01(d=None):
    d = Doc("cr01", "Aanvraag omgevingsvergunning rijksmonumentenactiviteit Herengracht 37", "docx+LibreOffice")
    w = DocxFlow(d, font="Liberation Sans", size=9.5)
    w.header("{{O|Omgevingsloket}} - aanvraagnummer {{Z|OLO 9284417}}")
    w.h("Aanvraag omgevingsvergunning", 15)
    w.p("Activiteit: {{X|rijksmonumentenactiviteit}} (artikel 5.1, tweede lid, onder c, {{W|Omgevingswet}}) en "
        "{{X|bouwactiviteit (technisch)}}")
    w.p("Datum indiening: {{D|3 maart 2025}}    Bevoegd gezag: {{O|Gemeente Leiden}}")
    w.h("1. Gegevens aanvrager", 11)
    w.table([
        ["Veld", "Ingevuld"],
        ["Naam", "[[P|C.A. van Leeuwaerden]]"],
        ["Voornamen", "[[P|Charlotte Alida]]"],
        ["Geboortedatum", "[[D|14-03-1968]]"],
        ["Burgerservicenummer", f"[[B|{BSN_CV}]]"],
        ["Adres", "[[A|Haaswijkweg 31]]"],
        ["Postcode en woonplaats", "[[A|2341 CJ]] Oegstgeest"],
        ["Telefoonnummer", "[[T|06-41872290]]"],
        ["E-mailadres", "[[E|charlotte.vanleeuwaerden@ziggo.nl]]"],
        ["Mede-eigenaar", f"[[P|R.J. Ostendorf]], BSN [[B|{BSN_RO}]]"],
    ], widths_cm=[5, 11])
    w.h("2. Gemachtigde", 11)
    w.table([
        ["Veld", "Ingevuld"],
        ["Bedrijfsnaam", "{{O|Koolhoven & Stam Restauratiearchitecten}} B.V."],
        ["KvK-nummer", "{{Z|27194385}}"],
        ["Contactpersoon", "[[P|ing. T.W. Koolhoven]]"],
        ["Functie", "{{F|projectarchitect}}"],
        ["Telefoon", "{{G|071 512 40 60}} (algemeen), direct [[T|06-51237704]]"],
        ["E-mail", "[[E|t.koolhoven@koolhovenstam.nl]]; kopie aan {{M|projecten@koolhovenstam.nl}}"],
    ], widths_cm=[5, 11])
    w.h("3. Locatie", 11)
    w.table([
        ["Veld", "Ingevuld"],
        ["Adres monument", "{{B|Herengracht 37}}, 2312 LC {{L|Leiden}}"],
        ["Rijksmonumentnummer", "{{Z|24731}}"],
        ["Kadastrale aanduiding", "{{Z|Leiden F 1187}}"],
        ["Naam object", "{{H|Huis De Vergulde Sleutel}} (grachtenhuis, ca. 1638, gevel 1868)"],
    ], widths_cm=[5, 11])
    w.page_break()
    w.h("4. Omschrijving van de werkzaamheden", 11)
    w.p("Restauratie en herbestemming van het grachtenhuis tot woning. Herstel van de "
        "{{Y|kap met Hollandse spanten}}, vervanging van aangetaste {{Y|moerbalken}} in de voorkamer, herstel "
        "van de lijstgevel uit 1868 naar ontwerp van architect {{H|Hendrik Jan Rijnbende}}, restauratie van "
        "de {{Y|opkamer}} en het aanbrengen van isolatie aan de binnenzijde van het dakbeschot. "
        "De achtergevel van meester-timmerman {{H|Jacob Pietersz. Swaenenburgh}} blijft ongewijzigd.")
    w.p("Bijgevoegde stukken: bouwhistorische verkenning ({{O|Bureau Bouwhistorie Rijnland}}), "
        "restauratieplan en tekeningen {{Z|K&S-2025-014}}, {{Y|waardenstelling}}, archeologisch "
        "bureauonderzoek, kostenraming.")
    w.h("5. Bijzondere omstandigheden", 11)
    w.p("Aanvrager verzoekt om spoedige behandeling, omdat zij het pand na de restauratie zelf wil "
        "bewonen. Zij geeft aan dat [[S|zij vanwege een chronische longziekte (COPD) niet langer in een woning "
        "met trappen zonder lift kan wonen]], zodat een traplift in de achterbouw deel van het plan is.")
    w.h("6. Ondertekening", 11)
    w.p("Naam: [[P|C.A. van Leeuwaerden]]    Plaats: Oegstgeest    Datum: {{D|3 maart 2025}}")
    w.p("Deze aanvraag is ingediend via het {{O|Omgevingsloket}}; de ontvangstbevestiging is verzonden aan "
        "[[E|charlotte.vanleeuwaerden@ziggo.nl]].")
    path = w.save(author="")
    DOCX_JOBS.append((d, path, None))
    return d


@doc
def cr02(d=None):
    d = Doc("cr02", "Ontvangstbevestiging aanvraag", "reportlab Helvetica")
    f = Flow(d, styles("Helvetica", "Helvetica-Bold", 10))
    f.p("{{O|Gemeente Leiden}}", "h1")
    f.table([
        ["Retouradres Postbus 9100, 2300 PC Leiden", ""],
        ["Mevrouw [[P|C.A. van Leeuwaerden]]\n[[A|Haaswijkweg 31]]\n[[A|2341 CJ]] OEGSTGEEST",
         "Datum {{D|6 maart 2025}}\nZaaknummer {{Z|Z/25/318841}}\nBehandeld door [[P|I. Vermeulen-Boukhari]]\n"
         "Telefoon [[T|071 516 58 42]]\nE-mail [[E|i.vermeulenboukhari@leiden.nl]]"],
    ], [270, 210], grid=False)
    f.sp(14)
    f.p("Onderwerp: ontvangstbevestiging aanvraag omgevingsvergunning {{B|Herengracht 37}}", "b")
    f.p("Geachte mevrouw [[P|Van Leeuwaerden]],")
    f.p("Op {{D|3 maart 2025}} hebben wij uw aanvraag ontvangen voor een omgevingsvergunning voor een "
        "{{X|rijksmonumentenactiviteit}} voor het pand {{B|Herengracht 37}} te {{L|Leiden}} (rijksmonument {{Z|24731}}). "
        "Uw aanvraag is geregistreerd onder zaaknummer {{Z|Z/25/318841}}.")
    f.p("Omdat het gaat om een ingrijpende wijziging van een rijksmonument, vragen wij advies aan de "
        "{{O|Rijksdienst voor het Cultureel Erfgoed}} ({{O|RCE}}) en aan de {{O|Commissie Welstand en Monumenten}}. "
        "Wij behandelen uw aanvraag met de {{X|uitgebreide voorbereidingsprocedure}} van afdeling 3.4 van de "
        "{{W|Algemene wet bestuursrecht}}. De beslistermijn is zes maanden.")
    f.p("Uw gemachtigde, [[P|de heer T.W. Koolhoven]] van {{O|Koolhoven & Stam Restauratiearchitecten}}, "
        "ontvangt een kopie van deze brief.")
    f.p("Heeft u vragen? Neem dan contact op met [[P|mevrouw Vermeulen-Boukhari]] van het team "
        "{{O|Vergunningen Binnenstad}}, bereikbaar op dinsdag tot en met donderdag.")
    f.p("Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van {{L|Leiden}},")
    f.story.append(sig_flowable(seed=2))
    f.p("[[P|Ilse Vermeulen-Boukhari]]\n{{F|casemanager omgevingsvergunningen}}")
    f.build(on_page=footer(d, LEIDEN_FOOT))
    return d


@doc
def cr03(d=None):
    d = Doc("cr03", "E-mailwisseling gemeente en architectenbureau", "reportlab Carlito")
    f = Flow(d, styles("Carlito", "Carlito-Bold", 10.5))
    f.p("Van: [[P|Vermeulen-Boukhari, Ilse]] &lt;[[E|i.vermeulenboukhari@leiden.nl]]&gt;".replace("&lt;", "<").replace("&gt;", ">"), "t")
    f.p("Verzonden: dinsdag 8 april 2025 16:42\nAan: [[P|Thijs Koolhoven]] <[[E|t.koolhoven@koolhovenstam.nl]]>\n"
        "CC: [[P|Wolff, Pieter-Jan de]] <[[E|pj.dewolff@leiden.nl]]>; {{M|projecten@koolhovenstam.nl}}\n"
        "Onderwerp: RE: Herengracht 37 - aanvullende gegevens {{Z|Z/25/318841}}", "t")
    f.sp(6)
    f.p("Beste [[P|Thijs]],")
    f.p("Dank voor de nagezonden tekeningen. [[P|Pieter-Jan]] heeft ze bekeken: de detaillering van de "
        "{{Y|kroonlijst}} is akkoord, maar voor de binnenisolatie van het dakbeschot willen we een "
        "{{Y|bouwfysisch advies}} zien (dauwpuntberekening). Kun je dat voor de commissievergadering van "
        "{{D|17 april 2025}} aanleveren? De stukken moeten uiterlijk vrijdag binnen zijn bij het secretariaat "
        "({{M|welstand@leiden.nl}}).")
    f.p("Groet,\n[[P|Ilse]]\n\n[[P|Ilse Vermeulen-Boukhari]] | {{F|casemanager omgevingsvergunningen}} | "
        "{{O|Gemeente Leiden}}\nT [[T|071 516 58 42]] | M [[T|06-28459137]] | werkdagen di-do")
    f.sp(4)
    f.p("-----Oorspronkelijk bericht-----\nVan: [[P|Thijs Koolhoven]] <[[E|t.koolhoven@koolhovenstam.nl]]>\n"
        "Verzonden: maandag 7 april 2025 09:15\nAan: [[P|Vermeulen-Boukhari, Ilse]]\n"
        "CC: [[P|Sarita Ramdin]] <[[E|s.ramdin@koolhovenstam.nl]]>\nOnderwerp: Herengracht 37 - aanvullende gegevens", "q")
    f.p("Goedemorgen [[P|Ilse]],", "q")
    f.p("Bijgaand de aangepaste tekeningen {{Z|K&S-2025-014}} blad 3 t/m 7. [[P|Sarita]] heeft de "
        "kroonlijst opnieuw ingemeten; de oorspronkelijke profilering van {{H|Rijnbende}} blijkt op de "
        "zolder bewaard in een losse mal. Die gebruiken we als basis. Mevrouw [[P|Van Leeuwaerden]] gaat "
        "akkoord met de meerkosten.", "q")
    f.p("Met vriendelijke groet,\n[[P|Thijs Koolhoven]]\n{{F|projectarchitect}}\n"
        "{{O|Koolhoven & Stam Restauratiearchitecten}} | {{S|Haarlemmerstraat}} 210 | {{L|Leiden}}\n"
        "{{G|071 512 40 60}} | mobiel [[T|06-51237704]] | www.koolhovenstam.nl", "q")
    f.p(">> -----Oorspronkelijk bericht-----\n>> Van: [[P|Wolff, Pieter-Jan de]]\n>> Verzonden: vrijdag 4 april 2025 11:02\n"
        ">> Aan: [[P|Thijs Koolhoven]]\n>> Onderwerp: kroonlijst", "q")
    f.p(">> [[P|Thijs]], kun je de mal van de kroonlijst fotograferen? Dan leg ik hem voor aan "
        "[[P|Wouter Hazelhoff]] van de {{O|RCE}}. Groet, [[P|PJ]]", "q")
    f.p(">> [[P|Pieter-Jan de Wolff]] | {{F|adviseur monumenten}} | {{O|Erfgoed Leiden}} | [[T|06-13582046]]", "q")
    f.p(">>> -----Oorspronkelijk bericht-----\n>>> Van: [[P|Jeroen Stam]] <[[E|j.stam@koolhovenstam.nl]]>\n"
        ">>> Verzonden: donderdag 3 april 2025 17:26\n>>> Aan: [[P|Wolff, Pieter-Jan de]]; [[P|Thijs Koolhoven]]\n"
        ">>> Onderwerp: kroonlijst Herengracht", "q")
    f.p(">>> [[P|Pieter-Jan]], [[P|Thijs]] neemt het dossier van mij over nu ik minder ga werken "
        "([[S|revalidatie na mijn knieoperatie]]). Alles loopt via hem of [[P|Sarita]]. Vriendelijke groet, "
        "[[P|Jeroen]] ([[P|J.A. Stam]], {{F|directeur}} {{O|Koolhoven & Stam Restauratiearchitecten}})", "q")
    f.build(on_page=footer(d, "Afgedrukt uit Outlook - {{O|Gemeente Leiden}}", font="Carlito"))
    return d


@doc
def cr04(d=None):
    d = Doc("cr04", "E-mail thread with RCE adviser (English client)", "reportlab DejaVuSans")
    f = Flow(d, styles("DejaVuSans", "DejaVuSans-Bold", 9))
    f.p("From: [[P|Hazelhoff, Wouter]] <[[E|w.hazelhoff@cultureelerfgoed.nl]]>\n"
        "Sent: Thursday, April 10, 2025 2:31 PM\n"
        "To: [[P|Wolff, Pieter-Jan de]] <[[E|pj.dewolff@leiden.nl]]>\n"
        "Cc: [[P|Doornbos-van Dijk, Marieke]] <[[E|m.doornbos@cultureelerfgoed.nl]]>; {{M|info@cultureelerfgoed.nl}}\n"
        "Subject: RE: Herengracht 37 Leiden (monument {{Z|24731}}) - kroonlijst en kap", "t")
    f.sp(6)
    f.p("Hoi [[P|Pieter-Jan]],")
    f.p("De foto's van de mal zijn helder. Wat ons betreft is reconstructie van de kroonlijst op basis van de "
        "mal van {{H|Rijnbende}} verantwoord; de {{O|RCE}} adviseert positief op dat onderdeel. Over de kap ben ik "
        "kritischer: de {{Y|Hollandse spanten}} dragen nog telmerken van {{H|Swaenenburgh}} en die moeten in het "
        "zicht blijven. Isolatie op het dakbeschot dus, niet tussen de spanten.")
    f.p("Over de SIM: de eigenaar kan voor het planmatig onderhoud een aanvraag doen in de "
        "{{X|Subsidieregeling instandhouding monumenten}}; restauratie zelf valt daarbuiten. [[P|Marieke]] "
        "behandelt de aanvragen uit {{L|Zuid-Holland}} dit jaar.")
    f.p("Ik ben volgende week op pad (mobiel [[T|06-10934458]]), daarna weer in {{L|Amersfoort}}.")
    f.p("Groet,\n[[P|Wouter]]\n\n[[P|drs. W.G. Hazelhoff]] | {{F|adviseur erfgoed en ruimte}}\n"
        "{{O|Rijksdienst voor het Cultureel Erfgoed}} | {{B|Smallepad 5}}, 3811 MG {{L|Amersfoort}}\n"
        "T {{G|033 421 74 21}} | www.cultureelerfgoed.nl")
    f.sp(4)
    f.p("From: [[P|Wolff, Pieter-Jan de]] <[[E|pj.dewolff@leiden.nl]]>\nSent: Monday, April 7, 2025 10:48 AM\n"
        "To: [[P|Hazelhoff, Wouter]]\nSubject: Herengracht 37 Leiden - kroonlijst en kap", "q")
    f.p("Beste [[P|Wouter]], in de bijlage foto's van de houten mal die de architect op zolder vond. "
        "De eigenaar, mevrouw [[P|C.A. van Leeuwaerden]], is overigens een nazaat van de familie die het "
        "huis in de zeventiende eeuw liet bouwen; {{H|Cornelis van Leeuwaerden}} ligt begraven in de "
        "{{O|Pieterskerk}}. Leuk detail voor de waardenstelling, maar niet voor het advies natuurlijk. "
        "Kun jij vóór de commissie van {{D|17 april 2025}} reageren?", "q")
    f.p("Met vriendelijke groet,\n[[P|Pieter-Jan de Wolff]]\n{{F|adviseur monumenten}} {{O|Erfgoed Leiden}}", "q")
    f.sp(4)
    f.p("This message may contain information that is not intended for you. If you are not the addressee or "
        "if this message was sent to you by mistake, you are requested to inform the sender and delete the "
        "message. The {{O|State}} accepts no liability for damage of any kind resulting from the risks "
        "inherent in the electronic transmission of messages.", "s")
    f.build()
    return d


@doc
def cr05(d=None):
    d = Doc("cr05", "Verslag Commissie Welstand en Monumenten 17 april 2025", "docx+LibreOffice")
    w = DocxFlow(d, font="Carlito", size=10)
    w.h("{{O|Commissie Welstand en Monumenten Leiden}}")
    w.p("Verslag van de openbare vergadering van {{D|17 april 2025}}, {{O|Stadsbouwhuis}}, zaal 2.14", italic=True)
    w.h("Aanwezig", 11)
    w.table([
        ["Naam", "Rol", "Paraaf"],
        ["[[P|ir. M.E. Tjallema]]", "{{F|voorzitter}} (extern lid)", "[[K|MT]]"],
        ["[[P|G.J. Oosterloo]]", "{{F|architectlid}}", "[[K|GJO]]"],
        ["[[P|drs. H. van Ommeren-Smit]]", "{{F|bouwhistoricus}} / {{F|monumentenlid}}", "[[K|HvO]]"],
        ["[[P|P.J. de Wolff]]", "{{F|adviseur monumenten}} {{O|Erfgoed Leiden}} (ambtelijk)", "[[K|PdW]]"],
        ["[[P|Y. Kleinjan]]", "{{F|secretaris}}", "[[K|YK]]"],
    ], widths_cm=[6, 7.5, 2.5])
    w.p("Afwezig met bericht: [[P|R. Ouahabi]] ({{F|burgerlid}}).")
    w.p("Paraafcodes in dit verslag en in de actielijst volgen de tabel hierboven.", italic=True)
    w.h("1. Opening en vaststelling agenda", 11)
    w.p("De voorzitter opent om 13.30 uur. Agendapunt 6 ({{B|Breestraat 117}}, gevelreclame) wordt aangehouden.")
    w.h("4. Herengracht 37 - restauratie rijksmonument ({{Z|Z/25/318841}})", 11)
    w.p("Namens de aanvrager zijn aanwezig [[P|de heer Koolhoven]] en [[P|mevrouw Ramdin]] van "
        "{{O|Koolhoven & Stam Restauratiearchitecten}}. Eigenaar [[P|mevrouw Van Leeuwaerden]] is niet aanwezig.")
    w.p("[[K|HvO]] licht de waardenstelling toe. De kern van het pand is een dubbel huis uit circa 1638, gebouwd "
        "door meester-timmerman {{H|Jacob Pietersz. Swaenenburgh}} voor koopman {{H|Cornelis van Leeuwaerden}}. "
        "In 1868 liet de familie de voorgevel vervangen door een lijstgevel naar ontwerp van {{H|Hendrik Jan Rijnbende}}, "
        "die ook aan de {{S|Rapenburg}} en de {{S|Jan van Houtkade}} bouwde. De kap met Hollandse spanten en telmerken "
        "is van hoge monumentale waarde.")
    w.p("[[K|GJO]] vraagt naar de traplift in de achterbouw. [[P|De heer Koolhoven]] antwoordt dat de lift in "
        "de aanbouw uit 1952 komt, die geen monumentale waarde heeft. De commissie heeft geen bezwaar.")
    w.p("[[K|PdW]] meldt dat de {{O|RCE}} (de heer [[P|Hazelhoff]]) positief adviseert over de kroonlijst en "
        "isolatie tussen de spanten afwijst. De commissie sluit zich daarbij aan.")
    w.p("Advies: akkoord onder voorwaarden: (1) isolatie op het dakbeschot, (2) kroonlijst naar de bewaarde "
        "mal, (3) kleuronderzoek van de voordeur voor uitvoering, (4) archeologische begeleiding bij de "
        "graafwerkzaamheden voor de liftput (zie {{W|Erfgoedwet}} en het {{X|bestemmingsplan Binnenstad}}).")
    w.page_break()
    w.h("5. Oude Vest 12 - vervangen kozijnen (gemeentelijk monument)", 11)
    w.p("Aanvrager [[P|de heer K. Yilmaz]] licht het plan toe. De commissie vraagt om houten schuifvensters in "
        "plaats van kunststof. [[K|GJO]]: het voorbeeld van de {{S|Lange Mare}} laat zien dat enkel glas met "
        "voorzetramen kan. Advies: niet akkoord, aanpassen.")
    w.h("6. Breestraat 117 - gevelreclame {{O|HEMA}}", 11)
    w.p("Aangehouden (zie agendapunt 1).")
    w.h("7. Steenschuur 21 - dakopbouw", 11)
    w.p("Namens de eigenaren [[P|mevrouw L. Bakhuizen]] en [[P|de heer P. Bakhuizen]] is aanwezig "
        "architect [[P|Joris van Velzen]] van {{O|Studio Velzen}}. [[K|HvO]] wijst op de zichtlijn vanaf het "
        "{{S|Rapenburg}}. De commissie vraagt de opbouw 1,20 m terug te leggen. [[P|De heer Van Velzen]] zegt dit toe.")
    w.p("[[K|MT]] merkt op dat de eigenaren bij de vooroverleggen steeds naar de beperkte financiële ruimte "
        "verwezen; dat is voor de commissie geen beoordelingsgrond.")
    w.h("8. Rondvraag", 11)
    w.p("[[K|YK]] meldt dat [[P|R. Ouahabi]] [[S|langdurig ziek is]]; vervanging wordt geregeld door "
        "{{R|wethouder Verbraeken}}. [[K|PdW]] meldt dat de {{O|RCE}} in juni een regiobijeenkomst organiseert over de "
        "{{X|Erfgoeddeal}}.")
    w.h("Actielijst", 11)
    w.table([
        ["Nr.", "Actie", "Wie", "Gereed"],
        ["25-031", "Advies Herengracht 37 verzenden aan casemanager", "[[K|YK]]", "{{D|22 april 2025}}"],
        ["25-032", "Kleuronderzoek voordeur opvragen bij architect", "[[K|PdW]]", "{{D|1 mei 2025}}"],
        ["25-033", "Archeologische begeleiding afstemmen met {{O|ArcheoBureau Rijnland}}", "[[K|PdW]] / [[K|HvO]]", "{{D|1 mei 2025}}"],
        ["25-034", "Reglement van orde agenderen", "[[K|MT]]", "{{D|15 mei 2025}}"],
    ], widths_cm=[1.6, 9, 2.6, 2.8])
    w.p("Vastgesteld in de vergadering van {{D|15 mei 2025}}. Secretaris: [[P|Yvonne Kleinjan]], "
        "{{M|welstand@leiden.nl}}.")
    path = w.save(author="")
    DOCX_JOBS.append((d, path, None))
    return d


@doc
def cr06(d=None):
    d = Doc("cr06", "Advies RCE rijksmonumentenactiviteit", "reportlab LiberationSerif")
    f = Flow(d, styles("LiberationSerif", "LiberationSerif-Bold", 11))
    f.p("{{O|Rijksdienst voor het Cultureel Erfgoed}}", "h1")
    f.p("{{O|Ministerie van Onderwijs, Cultuur en Wetenschap}}", "s")
    f.sp(8)
    f.table([
        ["College van burgemeester en wethouders van {{L|Leiden}}\nt.a.v. [[P|mevrouw I. Vermeulen-Boukhari]]\n"
         "Postbus 9100\n2300 PC {{L|Leiden}}",
         "{{B|Smallepad 5}}\n3811 MG {{L|Amersfoort}}\nwww.cultureelerfgoed.nl\n\nContactpersoon\n"
         "[[P|drs. W.G. Hazelhoff]]\n[[T|06 10 93 44 58]]\n[[E|w.hazelhoff@cultureelerfgoed.nl]]\n\n"
         "Ons kenmerk {{Z|RCE-2025-0086421}}\nUw kenmerk {{Z|Z/25/318841}}"],
    ], [290, 190], grid=False)
    f.sp(10)
    f.p("Datum {{D|14 april 2025}}\nBetreft Advies omgevingsvergunning rijksmonument {{B|Herengracht 37}} te {{L|Leiden}}", "b")
    f.p("Geacht college,")
    f.p("Op grond van artikel 4.23 van het {{W|Omgevingsbesluit}} bent u verplicht advies te vragen aan de "
        "{{O|Rijksdienst voor het Cultureel Erfgoed}} bij een aanvraag voor een rijksmonumentenactiviteit die "
        "leidt tot een ingrijpende wijziging. Met deze brief ontvangt u ons advies over de aanvraag van "
        "[[P|C.A. van Leeuwaerden]] voor het rijksmonument {{Z|24731}}.")
    f.p("Waardestelling", "h2")
    f.p("Het pand is van belang als gaaf voorbeeld van een zeventiende-eeuws dubbel grachtenhuis met een "
        "negentiende-eeuwse lijstgevel. Het eikenhouten kapwerk met Hollandse spanten is voorzien van "
        "gehakte telmerken en een jaartalanker 1638. De lijstgevel van {{H|Hendrik Jan Rijnbende}} (1868) is een "
        "vroeg werk van deze {{L|Leidse}} architect, die later stadsarchitect werd. Het interieur van de opkamer "
        "bevat een stucplafond uit circa 1760.")
    f.p("Beoordeling", "h2")
    f.p("1. Kroonlijst. Reconstructie naar de bewaarde mal is aanvaardbaar en draagt bij aan het herstel van de "
        "architectuurhistorische waarde. Positief.")
    f.p("2. Kapconstructie en isolatie. Isolatie tussen de spanten zou de telmerken en de "
        "spantbenen aan het zicht onttrekken en vocht in het eikenhout vasthouden. Wij adviseren isolatie "
        "uitsluitend op het dakbeschot aan te brengen (sandwichdak), met een dampopen opbouw.")
    f.p("3. Lift in de achterbouw. De aanbouw uit 1952 heeft geen monumentale waarde. Tegen de lift bestaat "
        "geen bezwaar, mits de liftput buiten de fundering van de zeventiende-eeuwse achtergevel blijft.")
    f.p("4. Archeologie. Het perceel ligt binnen de middeleeuwse stadskern ({{X|AMK-terrein}} {{Z|16.892}}). "
        "Wij verwijzen naar het advies van de gemeentelijk archeoloog.")
    f.p("Conclusie", "h2")
    f.p("De {{O|RCE}} adviseert positief, onder de voorwaarden genoemd onder 2 en 3. Dit advies is "
        "afgestemd met het {{O|Erfgoed Leiden}}.")
    f.p("Hoogachtend,\nDe directeur van de {{O|Rijksdienst voor het Cultureel Erfgoed}},\nnamens deze,")
    f.story.append(sig_flowable(seed=7))
    f.p("[[P|ir. J.H. Boekestijn-Algra]]\n{{F|afdelingshoofd Regio West}}")
    f.p("Afschrift: [[P|ing. T.W. Koolhoven]] ({{O|Koolhoven & Stam Restauratiearchitecten}})", "s")
    f.build(on_page=footer(d, "{{O|Rijksdienst voor het Cultureel Erfgoed}} | {{Z|RCE-2025-0086421}}", font="LiberationSerif"))
    return d


@doc
def cr07(d=None):
    d = Doc("cr07", "Archeologisch rapport opgraving Herengracht 37", "reportlab DejaVuSerif + outline + XMP")
    f = Flow(d, styles("DejaVuSerif", "DejaVuSerif-Bold", 9.5))
    f.p("{{O|ArcheoBureau Rijnland}} rapport {{Z|ABR-318}}", "s")
    f.p("Herengracht 37, Leiden. Een archeologische begeleiding bij de aanleg van een liftput", "h1")
    f.table([
        ["Opdrachtgever", "[[P|C.A. van Leeuwaerden]], eigenaar"],
        ["Bevoegd gezag", "{{O|Gemeente Leiden}}, gemeentelijk archeoloog"],
        ["ARCHIS-zaakidentificatie", "{{Z|5267194100}}"],
        ["Auteurs", "[[P|drs. M.L. Tjoa]] en [[P|dr. A. Verschuren]] (fysische antropologie)"],
        ["Veldwerk", "[[P|K. el Idrissi]], [[P|M.L. Tjoa]]; {{D|2 t/m 13 juni 2025}}"],
        ["Autorisatie", "[[P|drs. B. Hoekstra]], {{F|senior KNA-archeoloog}}"],
    ], [140, 330])
    f.p("Samenvatting", "h2")
    f.p("In opdracht van de eigenaar heeft {{O|ArcheoBureau Rijnland}} in juni 2025 de graafwerkzaamheden voor een "
        "liftput in de achterbouw van {{B|Herengracht 37}} begeleid, conform het {{X|Programma van Eisen}} van de "
        "gemeente en de {{W|Kwaliteitsnorm Nederlandse Archeologie}} ({{Z|KNA 4.1}}). Er werden twee werkputten "
        "aangelegd (WP1 en WP2). In WP1 kwam onder de vloer van de aanbouw uit 1952 een beerput van "
        "ongeveer 1640 aan het licht (S14), met een rijke vulling van aardewerk, glas en een loden zegel van de "
        "{{O|Leidse lakenhal}}. In WP2 werd een ouder ophogingspakket uit de veertiende eeuw gedocumenteerd.")
    f.p("Historische achtergrond", "h2")
    f.p("Het perceel werd in 1636 gekocht door de lakenkoopman {{H|Cornelis van Leeuwaerden}} (1602-1671) en zijn "
        "vrouw {{H|Maria Ruysch}} (1611-1680). Meester-timmerman {{H|Jacob Pietersz. Swaenenburgh}} bouwde er in 1638 een "
        "dubbel huis; zijn naam staat in het bestek dat in het {{O|Erfgoed Leiden en Omstreken}} bewaard is "
        "({{Z|ELO, archief 508, inv.nr. 1123}}). Hun zoon {{H|Johannes Cornelisz. van Leeuwaerden}} (1645-1702) was "
        "schepen van {{L|Leiden}}. De familie werd begraven in een grafkelder in de {{O|Pieterskerk}} "
        "(graf 214, koor). In 1868 liet {{H|Willem van Leeuwaerden}} (1821-1890) de voorgevel vernieuwen door "
        "architect {{H|Hendrik Jan Rijnbende}} (1831-1897).")
    f.brk()
    f.p("Resultaten per werkput", "h2")
    f.table([
        ["Werkput", "Spoor", "Omschrijving", "Datering", "Vondstnrs."],
        ["WP1", "S14", "beerput, bakstenen rond, diam. 1,60 m", "ca. 1640-1750", "V-012 t/m V-027"],
        ["WP1", "S15", "uitbraaksleuf achtergevel", "19e eeuw", "V-028"],
        ["WP1", "S16", "kuil met bouwpuin (verbouwing 1868)", "1860-1870", "V-029, V-030"],
        ["WP2", "S21", "ophogingslaag, klei met mest", "1300-1375", "V-041 t/m V-046"],
        ["WP2", "S22", "paalkuil, vermoedelijk erfafscheiding", "14e eeuw", "V-047"],
    ], [50, 40, 190, 80, 110], header=True)
    f.sp(6)
    f.p("De vulling van S14 bevatte 1.214 scherven, waaronder een bord van majolica met het wapen van de "
        "{{H|familie Van Leeuwaerden}} (V-019) en een glazen roemer (V-022). Menselijk skeletmateriaal is niet aangetroffen; "
        "de dierbotten (V-024) zijn onderzocht door [[P|dr. A. Verschuren]].")
    f.p("Selectie en deponering", "h2")
    f.p("De vondsten zijn gedeponeerd in het {{O|Provinciaal Depot voor Bodemvondsten Zuid-Holland}} in "
        "{{L|Alphen aan den Rijn}}. Het majolicabord V-019 wordt op verzoek van de eigenaar in bruikleen tentoongesteld "
        "in {{O|Museum De Lakenhal}}.")
    f.p("Waardering en selectieadvies", "h2")
    f.p("De beerput S14 is een gesloten context uit de bouwtijd van het huis en is daarom behoudenswaardig; de "
        "vulling is volledig verzameld. Vervolgonderzoek is niet nodig, omdat de liftput het enige verstorende "
        "onderdeel van het plan is. Het selectiebesluit ligt bij de gemeente als bevoegd gezag.")
    f.brk()
    f.p("Verantwoording", "h2")
    f.p("Het veldwerk werd uitgevoerd door [[P|Karim el Idrissi]] ({{F|veldtechnicus}}) en [[P|Mei-Lin Tjoa]] "
        "({{F|KNA-archeoloog}}). De tekeningen zijn digitaal gemaakt met een {{Y|total station}}; de coupes van "
        "S14 zijn met de hand getekend op schaal 1:20 (tekeningnummers T-03 en T-04). Wij danken de eigenaar, "
        "[[P|mevrouw Van Leeuwaerden]], en [[P|de heer R.J. Ostendorf]] voor de gastvrijheid, en uitvoerder "
        "[[P|Dennis Hoogeveen]] van {{O|Bouwbedrijf Van der Kwaak}} voor de medewerking.")
    f.p("Contact: {{M|info@archeobureaurijnland.nl}}, {{G|071 301 88 20}}. Vragen over dit rapport aan "
        "[[E|ml.tjoa@archeobureaurijnland.nl]].")
    f.p("Literatuur", "h2")
    f.p("{{H|Rijnbende}}, H.J., 1870: Beschrijving van eenige nieuwe gevels te {{L|Leiden}}, {{L|Leiden}}.\n"
        "Van Oerle, H.A., 1975: Leiden binnen en buiten de stadsvesten, {{L|Leiden}}.\n"
        "{{O|RCE}} 2017: {{X|Leidraad Archeologische Monumentenkaart}}, {{L|Amersfoort}}.", "s")
    f.build(on_page=footer(d, "{{O|ArcheoBureau Rijnland}} - {{Z|ABR-318}}", font="DejaVuSerif"))
    return d


def _post_cr07(d):
    set_meta(d.pdf, xmp_creator="Sjoerd Wapenaar")
    add_outline(d.pdf, [("Samenvatting", 0), ("Resultaten per werkput", 1),
                        ("Verantwoording (tekeningen J. Zandvliet)", 2)])
    d.hide("P", "Sjoerd Wapenaar", "Wapenaar", "metadata")
    d.hide("P", "J. Zandvliet", "Zandvliet", "outline")


POST["cr07"] = _post_cr07


@doc
def cr08(d=None):
    from reportlab.lib.pagesizes import A4, landscape
    d = Doc("cr08", "Vondstenlijst ABR-318", "reportlab LiberationMono landscape")
    f = Flow(d, styles("LiberationMono", "LiberationSans-Bold", 8))
    f.p("{{O|ArcheoBureau Rijnland}} - Bijlage 2: vondstenlijst {{Z|ABR-318}}, {{B|Herengracht 37}} {{L|Leiden}} "
        "(ARCHIS {{Z|5267194100}})", "b")
    rows = [["Vondstnr", "Put", "Spoor", "Vlak", "Materiaal", "Aantal", "Datering", "Verzameld door", "Opmerking"]]
    data = [
        ("V-012", "WP1", "S14", "1", "aardewerk roodbakkend", "312", "1625-1675", "[[K|KEI]]", "vulling bovenin"),
        ("V-013", "WP1", "S14", "1", "aardewerk witbakkend", "88", "1625-1675", "[[K|KEI]]", ""),
        ("V-014", "WP1", "S14", "2", "majolica", "41", "1600-1650", "[[K|MLT]]", ""),
        ("V-015", "WP1", "S14", "2", "faience", "57", "1650-1700", "[[K|MLT]]", ""),
        ("V-016", "WP1", "S14", "2", "steengoed (Westerwald)", "23", "1640-1700", "[[K|KEI]]", ""),
        ("V-017", "WP1", "S14", "2", "pijpenkoppen", "19", "1640-1660", "[[K|KEI]]", "merk gekroonde roos"),
        ("V-018", "WP1", "S14", "3", "glas", "64", "1630-1680", "[[K|MLT]]", ""),
        ("V-019", "WP1", "S14", "3", "majolica bord", "1", "ca. 1640", "[[K|MLT]]", "wapen {{H|Van Leeuwaerden}}; bruikleen {{O|Lakenhal}}"),
        ("V-020", "WP1", "S14", "3", "metaal (lood)", "2", "17e eeuw", "[[K|KEI]]", "lakenloodje"),
        ("V-022", "WP1", "S14", "3", "glas roemer", "1", "1640-1660", "[[K|MLT]]", "compleet"),
        ("V-024", "WP1", "S14", "4", "dierlijk bot", "402", "17e eeuw", "[[K|KEI]]", "determinatie [[K|AV]]"),
        ("V-027", "WP1", "S14", "4", "hout (tonduig)", "3", "17e eeuw", "[[K|KEI]]", "dendro-monster D1"),
        ("V-028", "WP1", "S15", "1", "baksteen", "6", "19e eeuw", "[[K|MLT]]", "formaat 21x10x5"),
        ("V-029", "WP1", "S16", "1", "bouwpuin, natuursteen", "9", "1860-1870", "[[K|KEI]]", "fragment gevel {{H|Rijnbende}}"),
        ("V-030", "WP1", "S16", "1", "aardewerk industrieel", "14", "1850-1880", "[[K|KEI]]", ""),
        ("V-041", "WP2", "S21", "1", "aardewerk grijsbakkend", "37", "1300-1375", "[[K|MLT]]", ""),
        ("V-044", "WP2", "S21", "2", "leer", "5", "14e eeuw", "[[K|MLT]]", "schoenzool"),
        ("V-046", "WP2", "S21", "2", "botanisch monster", "1", "14e eeuw", "[[K|KEI]]", "M-04"),
        ("V-047", "WP2", "S22", "1", "hout (paal)", "1", "14e eeuw", "[[K|KEI]]", "dendro-monster D2"),
    ]
    rows += [list(r) for r in data]
    f.table(rows, [52, 34, 36, 30, 150, 40, 64, 62, 250], header=True)
    f.sp(6)
    f.p("Afkortingen verzamelaars: [[K|KEI]] = [[P|K. el Idrissi]], [[K|MLT]] = [[P|M.L. Tjoa]], "
        "[[K|AV]] = [[P|A. Verschuren]]. Depot: {{O|Provinciaal Depot voor Bodemvondsten Zuid-Holland}}, "
        "pakbonnummer {{Z|PD-2025-1187}}.", "t")
    f.build(pagesize=landscape(A4), margins=(36, 36, 36, 36))
    return d


@doc
def cr09(d=None):
    d = Doc("cr09", "Handgeschreven bouwplaatsnotities 12 juni 2025 (scan)", "scan: PIL femkeklaver, JPEG")
    F = "Femke"
    lines = [
        (F, 58, "Bouwvergadering Herengracht 37 - 12/6"),
        (F, 46, ""),
        (F, 46, "aanw: [[P|Thijs]] [[P|Koolhoven]] (K&S)"),
        (F, 46, "[[P|Dennis]] [[P|Hoogeveen]] (uitvoerder)"),
        (F, 46, "[[P|Karim]] [[P|el Idrissi]] (archeo)"),
        (F, 46, "[[P|Pieter-Jan]] [[P|de Wolff]] (gem.)"),
        (F, 46, ""),
        (F, 46, "- beerput S14 in WP1, veel aardewerk"),
        (F, 46, "- liftput 40 cm opschuiven"),
        (F, 46, "- [[P|Charlotte]] belt vrijdag over kosten"),
        (F, 46, "  [[T|06 41 87 22 90]]"),
        (F, 46, "- zij heeft [[S|longaanval]] gehad,"),
        (F, 46, "  ligt in [[S|ziekenhuis]] - niet storen"),
        (F, 46, "- [[P|Ruben]] tekent namens haar"),
        (F, 46, ""),
        (F, 46, "vlgd overleg 19/6 - [[K|PdW]]"),
    ]
    render_scan(d, lines, seed=9, rotate=-1.1, margin=140, spacing=1.35, ink=(25, 35, 110))
    return d


@doc
def cr10(d=None):
    d = Doc("cr10", "Handgeschreven aantekening monumentenadviseur (scan)", "scan: PIL Humor-Sans handwriting, JPEG")
    F = "Humor"
    lines = [
        (F, 52, "LOCATIEBEZOEK HERENGRACHT 37"),
        (F, 52, "3 JULI 2025"),
        (F, 44, ""),
        (F, 44, "MET [[P|WOUTER]] [[P|HAZELHOFF]] (RCE)"),
        (F, 44, "EN [[P|SARITA]] [[P|RAMDIN]] (K+S)"),
        (F, 44, ""),
        (F, 44, "SPANTEN 1 T/M 9: TELMERKEN OK"),
        (F, 44, "SPANT 6: HOUTWORM, VERVANGEN"),
        (F, 44, "KROONLIJST: MAL GEFOTOGRAFEERD"),
        (F, 44, ""),
        (F, 44, "BUURMAN [[P|H. BOUWMEESTER]] KLAAGT"),
        (F, 44, "OVER STEIGER, NR. [[T|06 22 31 90 48]]"),
        (F, 44, "[[S|HARTPATIENT]], WIL TRILLINGSMETING"),
        (F, 44, ""),
        (F, 44, "TERUGBELLEN: MW. [[P|VAN LEEUWAERDEN]]"),
        (F, 44, "PARAAF [[K|PDW]]"),
    ]

    def sketch(dr, W, H, y):
        x0, y0 = 200, y + 60
        for i in range(9):
            dr.line((x0 + i * 120, y0 + 200, x0 + i * 120 + 60, y0), fill=(40, 40, 40), width=4)
            dr.line((x0 + i * 120 + 60, y0, x0 + i * 120 + 120, y0 + 200), fill=(40, 40, 40), width=4)
        dr.line((x0, y0 + 200, x0 + 9 * 120, y0 + 200), fill=(40, 40, 40), width=4)
    render_scan(d, lines, seed=10, rotate=0.9, margin=150, spacing=1.4, sketch=sketch)
    return d


@doc
def cr11(d=None):
    """SIM application form: values in AcroForm fields only (hidden channel: annotations)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    d = Doc("cr11", "Aanvraagformulier SIM (ingevuld formulier)", "reportlab canvas + AcroForm")
    c = canvas.Canvas(str(d.pdf), pagesize=A4)
    c.setAuthor("")
    c.setTitle(d.title)
    W, H = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(56, H - 70, d.mk("Aanvraag subsidie {{X|Subsidieregeling instandhouding monumenten}} (SIM)"))
    c.setFont("Helvetica", 9)
    c.drawString(56, H - 88, d.mk("{{O|Rijksdienst voor het Cultureel Erfgoed}} - aanvraagperiode 1 februari t/m 31 maart 2025 - "
                                  "formulier {{Z|SIM-F-2025}}"))
    fields = [
        ("Naam eigenaar", "eigenaar", "C.A. van Leeuwaerden", "P"),
        ("Correspondentieadres", "adres", "Haaswijkweg 31, 2341 CJ Oegstgeest", "A"),
        ("Geboortedatum", "gebdatum", "14-03-1968", "D"),
        ("Burgerservicenummer", "bsn", BSN_CV, "B"),
        ("IBAN", "iban", IBAN_CV.replace(" ", ""), "I"),
        ("Tenaamstelling rekening", "tnv", "C.A. van Leeuwaerden", None),
        ("E-mail", "email", "charlotte.vanleeuwaerden@ziggo.nl", "E"),
        ("Telefoon", "tel", "06-41872290", "T"),
    ]
    y = H - 130
    c.setFont("Helvetica-Bold", 10)
    c.drawString(56, y, d.mk("1. Gegevens aanvrager"))
    y -= 24
    for label, name, val, kind in fields:
        c.setFont("Helvetica", 9.5)
        c.drawString(56, y + 4, d.mk(label))
        c.acroForm.textfield(name=name, value=val, x=220, y=y, width=300, height=18, fontName="Helvetica",
                             fontSize=9, borderWidth=0.6, forceBorder=True)
        if kind:
            d.hide(kind, val, val, "annotations")
        y -= 28
    y -= 8
    c.setFont("Helvetica-Bold", 10)
    c.drawString(56, y, d.mk("2. Monument"))
    y -= 18
    c.setFont("Helvetica", 9.5)
    for s in ["Rijksmonumentnummer {{Z|24731}} - {{B|Herengracht 37}}, {{L|Leiden}} - categorie woonhuis",
              "Instandhoudingsplan opgesteld door {{O|Koolhoven & Stam Restauratiearchitecten}}, gevalideerd door",
              "{{O|Monumentenwacht Zuid-Holland}} (inspectierapport {{Z|MW-ZH-2024-7712}}).",
              "Gevraagde subsidie: {{A|€ 41.360}} over zes jaar (50% van de subsidiabele kosten,",
              "zie {{W|Besluit rijkssubsidiëring instandhouding monumenten}})."]:
        c.drawString(56, y, d.mk(s))
        y -= 15
    y -= 10
    c.setFont("Helvetica-Bold", 10)
    c.drawString(56, y, d.mk("3. Verklaring en ondertekening"))
    y -= 18
    c.setFont("Helvetica", 9.5)
    c.drawString(56, y, d.mk("Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. Plaats en datum:"))
    c.acroForm.textfield(name="plaatsdatum", value="Oegstgeest, 27 maart 2025", x=400, y=y - 4, width=140,
                         height=16, fontSize=8, borderWidth=0.6, forceBorder=True)
    y -= 40
    from cr_lib import signature
    signature(c, 60, y, 120, seed=31)
    c.setFont("Helvetica", 8)
    c.drawString(56, 60, d.mk("Formulier indienen via Mijn RCE of per post: {{O|RCE}}, Postbus 1600, 3800 BP {{L|Amersfoort}}. "
                              "Vragen: {{M|subsidies@cultureelerfgoed.nl}}, {{G|033 421 74 21}}."))
    c.save()
    return d


@doc
def cr12(d=None):
    d = Doc("cr12", "Beschikking SIM-subsidie", "reportlab Times-Roman")
    f = Flow(d, styles("Times-Roman", "Times-Bold", 11))
    f.p("{{O|Rijksdienst voor het Cultureel Erfgoed}}", "h1")
    f.table([
        ["> Retouradres Postbus 1600 3800 BP {{L|Amersfoort}}\n\nMevrouw [[P|C.A. van Leeuwaerden]]\n"
         "[[A|Haaswijkweg 31]]\n[[A|2341 CJ]] {{L|Oegstgeest}}",
         "Team Subsidies\n{{B|Smallepad 5}}\n3811 MG {{L|Amersfoort}}\n\nBehandeld door\n[[P|M. Doornbos-van Dijk]]\n"
         "T {{G|033 421 74 21}}\n{{M|subsidies@cultureelerfgoed.nl}}\n\nOns kenmerk\n{{Z|SIM-2025-04417}}"],
    ], [290, 190], grid=False)
    f.sp(10)
    f.p("Datum {{D|17 juli 2025}}\nOnderwerp Beschikking subsidieverlening SIM {{Z|SIM-2025-04417}}", "b")
    f.p("Geachte mevrouw [[P|Van Leeuwaerden]],")
    f.p("Op {{D|27 maart 2025}} ontvingen wij uw aanvraag voor een subsidie op grond van de "
        "{{X|Subsidieregeling instandhouding monumenten}} voor het rijksmonument {{B|Herengracht 37}} te "
        "{{L|Leiden}} (monumentnummer {{Z|24731}}). In deze brief leest u ons besluit.")
    f.p("Besluit", "h2")
    f.p("Wij verlenen u een subsidie van ten hoogste {{A|€ 38.912}} voor de instandhoudingsactiviteiten in de "
        "periode 2025-2030. Het verschil met het gevraagde bedrag komt doordat de kosten van de traplift niet "
        "subsidiabel zijn (artikel 11 van het {{W|Besluit rijkssubsidiëring instandhouding monumenten}}).")
    f.p("Betaling", "h2")
    f.p(f"Wij betalen jaarlijks een voorschot van 90% op rekeningnummer [[I|{IBAN_CV}]] ten name van "
        "[[P|C.A. van Leeuwaerden]]. Wijzigt uw rekeningnummer, geef dat dan door via Mijn RCE.")
    f.p("Verplichtingen", "h2")
    f.p("U voert de activiteiten uit volgens het instandhoudingsplan. U laat het monument ten minste eenmaal in "
        "de zes jaar inspecteren door {{O|Monumentenwacht}}. Na afloop vraagt u de subsidie vast.")
    f.p("Bezwaar", "h2")
    f.p("Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag van verzending bezwaar maken "
        "bij de minister van {{O|Onderwijs, Cultuur en Wetenschap}}, p/a {{O|RCE}}, Postbus 1600, 3800 BP "
        "{{L|Amersfoort}}.")
    f.p("Hoogachtend,\nde minister van {{O|Onderwijs, Cultuur en Wetenschap}},\nnamens deze,")
    f.story.append(sig_flowable(seed=12))
    f.p("[[P|drs. L.M. Feenstra]]\n{{F|teamleider Subsidies}}")
    f.build(on_page=footer(d, "Kenmerk {{Z|SIM-2025-04417}}", font="Times-Roman"))
    return d


@doc
def cr13(d=None):
    d = Doc("cr13", "Zienswijze Erfgoedvereniging Heemschut", "reportlab LiberationSans")
    f = Flow(d, styles("LiberationSans", "LiberationSans-Bold", 10))
    f.p("{{O|Erfgoedvereniging Heemschut}}\nCommissie {{L|Zuid-Holland}}", "h2")
    f.p("Aan het college van burgemeester en wethouders van {{L|Leiden}}\nPostbus 9100\n2300 PC {{L|Leiden}}")
    f.p("{{L|Leiden}}, {{D|28 augustus 2025}}\nBetreft: zienswijze ontwerpbesluit omgevingsvergunning {{B|Herengracht 37}} "
        "({{Z|Z/25/318841}})", "b")
    f.p("Geacht college,")
    f.p("{{O|Erfgoedvereniging Heemschut}} komt op voor het behoud van cultureel erfgoed in Nederland. Wij hebben "
        "kennisgenomen van het ontwerpbesluit dat van {{D|24 juli 2025}} tot en met {{D|4 september 2025}} ter inzage ligt, "
        "en dienen hierbij een zienswijze in.")
    f.p("1. De liftput", "h2")
    f.p("Wij waarderen dat de lift in de aanbouw uit 1952 is gesitueerd. Het rapport {{Z|ABR-318}} toont echter dat de "
        "beerput S14 uit de bouwtijd van het huis dateert. Wij vragen het college in het besluit vast te leggen dat "
        "de fundering van de achtergevel van {{H|Swaenenburgh}} niet wordt ondervangen.")
    f.p("2. De kroonlijst", "h2")
    f.p("De reconstructie van de kroonlijst van {{H|Rijnbende}} steunen wij. Wij vragen om de oude mal na afloop "
        "over te dragen aan {{O|Erfgoed Leiden en Omstreken}}, zodat deze bewaard blijft.")
    f.p("3. Het stucplafond", "h2")
    f.p("Het ontwerpbesluit zwijgt over het stucplafond in de opkamer. Wij vragen een voorschrift dat het plafond "
        "tijdens de werkzaamheden wordt beschermd en dat een {{F|restauratiestukadoor}} het herstel uitvoert.")
    f.p("Wij zijn graag bereid onze zienswijze toe te lichten. U kunt contact opnemen met onze secretaris, "
        "[[P|Anneke Bijlsma]] ([[E|a.bijlsma@heemschut.nl]], [[T|06-47120385]]), of via {{M|zuid-holland@heemschut.nl}}.")
    f.p("Met vriendelijke groet,")
    f.story.append(sig_flowable(seed=13))
    f.p("[[P|mr. F.H. van Royen]]\n{{F|voorzitter}} commissie {{L|Zuid-Holland}}\n\n[[P|A. Bijlsma]]\n{{F|secretaris}}")
    f.p("Kopie: {{O|Historische Vereniging Oud Leiden}}; [[P|de heer H. Bouwmeester]], [[A|Herengracht 35]] (buurman, "
        "heeft ons op het ontwerpbesluit gewezen)", "s")
    f.build()
    return d


@doc
def cr14(d=None):
    d = Doc("cr14", "Reactienota zienswijzen", "docx+LibreOffice")
    w = DocxFlow(d, font="Liberation Serif", size=10.5)
    w.h("Reactienota zienswijzen ontwerpbesluit {{B|Herengracht 37}}")
    w.p("Zaaknummer {{Z|Z/25/318841}} - opgesteld door team {{O|Vergunningen Binnenstad}} - {{D|16 september 2025}}")
    w.table([
        ["Nr.", "Indiener", "Samenvatting", "Reactie gemeente", "Aanpassing"],
        ["1", "{{O|Erfgoedvereniging Heemschut}}, commissie {{L|Zuid-Holland}}",
         "Fundering achtergevel niet ondervangen; mal kroonlijst bewaren; stucplafond beschermen.",
         "Voorschriften 4, 7 en 8 toegevoegd. De mal gaat naar {{O|Erfgoed Leiden en Omstreken}}.", "ja"],
        ["2", "[[P|H. Bouwmeester]], [[A|Herengracht 35]]",
         "Overlast steiger, zorg over [[S|zijn hartkwaal]] bij trillingen; vraagt trillingsmeting.",
         "Trillingsmeting is voorgeschreven (voorschrift 9). Overlast valt buiten de beoordeling.", "deels"],
        ["3", "[[P|J. en M. Okafor-de Graaf]], [[A|Herengracht 39]]",
         "Bezwaar tegen dakkapel aan de achterzijde.",
         "Het plan bevat geen dakkapel; het betreft een bestaand dakraam.", "nee"],
    ], widths_cm=[0.8, 3.6, 4.2, 5, 1.6], size=9)
    w.p("Voorgesteld wordt de vergunning te verlenen met de aangepaste voorschriften. Het besluit wordt genomen door "
        "{{R|wethouder Verbraeken}} (portefeuille Erfgoed) op grond van het mandaatbesluit.")
    w.p("Opsteller: [[P|mr. N. el Khatib]], {{F|juridisch adviseur}}; collegiale toets: [[K|IVB]].")
    path = w.save(author="Noor el Khatib")
    DOCX_JOBS.append((d, path, None))
    d.hide("P", "Noor el Khatib (Info /Author)", "Noor el Khatib", "metadata")
    return d


@doc
def cr15(d=None):
    d = Doc("cr15", "Teams-chat export team Erfgoed", "reportlab DejaVuSans")
    f = Flow(d, styles("DejaVuSans", "DejaVuSans-Bold", 9))
    f.p("Chat: Herengracht 37 (kanaal {{O|Team Erfgoed}} / {{O|Vergunningen Binnenstad}}) - export {{D|2 oktober 2025}}", "b")
    msgs = [
        ("[[P|Ilse Vermeulen-Boukhari]]", "22-7-2025 09:12", "Ontwerpbesluit staat klaar, kan iemand nog naar voorschrift 4 kijken?"),
        ("[[P|Pieter-Jan de Wolff]]", "22-7-2025 09:20", "Doe ik. [[P|Femke]], heb jij de tekst van de RCE over de kap?"),
        ("[[P|Femke Ruijgrok]]", "22-7-2025 09:31", "Ja, staat in de map. [[P|Wouter]] belde trouwens, hij wil de telmerken nog laten fotograferen."),
        ("[[P|Ilse Vermeulen-Boukhari]]", "22-7-2025 10:02", "Prima. [[P|Charlotte]] (eigenaar) vraagt of het sneller kan, [[S|ze moet in september opnieuw geopereerd worden]]."),
        ("[[P|Femke Ruijgrok]]", "22-7-2025 10:05", "Dat laatste hoort niet in het dossier [[P|Ilse]] :) Termijn is termijn."),
        ("[[P|Pieter-Jan de Wolff]]", "22-7-2025 10:40", "Voorschrift 4 aangepast. Ook Heemschut gaat reageren verwacht ik, [[P|Bouwmeester]] van nr. 35 heeft ze gebeld."),
        ("[[P|Bas Timmerman]]", "22-7-2025 11:15", "Voor de Woo later: zet de mails met K&S in de zaak, niet in je eigen mailbox aub."),
        ("[[P|Ilse Vermeulen-Boukhari]]", "22-7-2025 11:16", "Check [[P|Bas]]."),
        ("[[P|Femke Ruijgrok]]", "23-7-2025 08:55", "{{R|Wethouder Verbraeken}} wil bij de oplevering een persmoment, met de kroonlijst en het majolicabord uit de beerput."),
        ("[[P|Pieter-Jan de Wolff]]", "23-7-2025 09:03", "Leuk. Bord gaat naar {{O|Museum De Lakenhal}}, [[P|Mei-Lin]] van ArcheoBureau regelt de bruikleen."),
        ("[[P|Bas Timmerman]]", "23-7-2025 09:10", "[[P|PJ]], wil je [[P|Mei-Lin]] vragen of ze foto's rechtenvrij aanlevert? [[P|Tjoa]] heeft dat vorige keer ook gedaan."),
        ("[[P|Noor el Khatib]]", "23-7-2025 09:44", "Even over de zienswijze van [[P|Bouwmeester]]: zijn medische gegevens niet in de reactienota opnemen, alleen 'zorg over trillingen'."),
        ("[[P|Femke Ruijgrok]]", "23-7-2025 09:46", "Te laat [[P|Noor]], staat er al in. Pas ik aan."),
        ("[[P|Noor el Khatib]]", "23-7-2025 09:47", "Top, dank. Bel me anders even op [[T|06-33 41 20 78]]."),
    ]
    for who, when, txt in msgs:
        f.table([[f"{who}   {when}", txt]], [150, 330], grid=False)
        f.sp(2)
    f.sp(6)
    f.p("Deelnemers: [[U|ivermeulenb]], [[U|pjdewolff]], [[U|fruijgrok]], [[U|btimmerman]], [[U|nelkhatib]] (gebruikersnamen {{O|Gemeente Leiden}})", "s")
    f.build()
    return d


@doc
def cr16(d=None):
    d = Doc("cr16", "WhatsApp-export bouwgroep (aangeleverd door uitvoerder)", "reportlab Courier")
    f = Flow(d, styles("Courier", "Courier-Bold", 8.5))
    f.p("WhatsApp-chat met Herengracht 37 bouw", "b")
    lines = [
        "[12-06-25 07:41] [[P|Dennis Hoogeveen]]: mannen om 8 uur beginnen met sloop vloer aanbouw",
        "[12-06-25 07:43] [[P|Thijs Koolhoven]]: archeologen komen om 9u, [[P|Karim]] is eerste aanspreekpunt",
        "[12-06-25 10:12] [[T|+31 6 19 84 40 27]]: hier [[P|Karim]], we hebben een beerput, niet verder graven in WP1 aub",
        "[12-06-25 10:15] [[P|Dennis Hoogeveen]]: 👍",
        "[12-06-25 16:30] [[P|Charlotte vL]]: wat spannend! kan ik morgen kijken?",
        "[12-06-25 16:41] [[P|Thijs Koolhoven]]: natuurlijk [[P|Charlotte]], 10 uur?",
        "[13-06-25 08:02] [[P|Charlotte vL]]: helaas, [[S|ik moet vandaag naar de longarts]], [[P|Ruben]] komt",
        "[13-06-25 08:05] [[P|Ruben Ostendorf]]: ben er om 10u. parkeer ik bij de {{O|Hooglandse Kerk}}?",
        "[13-06-25 08:06] [[P|Dennis Hoogeveen]]: beter {{O|parkeergarage Haagweg}}, op de gracht staat de container",
        "[20-06-25 12:20] [[P|Dennis Hoogeveen]]: buurman van 35 weer aan de deur. zegt dat [[S|hij een pacemaker heeft]] en van de trillingen last krijgt",
        "[20-06-25 12:24] [[P|Thijs Koolhoven]]: ik meld het bij [[P|Ilse]] van de gemeente, trillingsmeter laten plaatsen",
        "[03-07-25 14:10] [[P|Sarita Ramdin]]: foto's spant 6 staan in de dropbox",
        "[03-07-25 14:11] [[P|Thijs Koolhoven]]: dank [[P|Sarita]]",
        "[11-09-25 09:02] [[P|Ruben Ostendorf]]: [[P|Charlotte]] ligt vanaf maandag in het ziekenhuis, ik teken voor de meerwerkopdracht",
        "[11-09-25 09:30] [[P|Dennis Hoogeveen]]: sterkte [[P|Ruben]]. mijn collega [[P|Bram Zuidam]] ([[T|06 40 18 27 66]]) neemt volgende week over",
        "[11-09-25 09:31] [[P|Bram Zuidam]]: 👍 ik zit in de app, kenteken bus [[L|VX-284-D]] staat op de vergunning",
    ]
    for ln in lines:
        f.p(ln, "t")
        f.sp(3)
    f.sp(8)
    f.p("Export aangeleverd door {{O|Bouwbedrijf Van der Kwaak}} ({{L|Katwijk}}) op verzoek van de gemeente, "
        "{{D|14 oktober 2026}}, in het kader van het Woo-verzoek {{Z|WOO-2026-0412}}.", "t")
    f.build()
    return d


@doc
def cr17(d=None):
    d = Doc("cr17", "Besluit omgevingsvergunning Herengracht 37 (wethouder Erfgoed)", "docx+LibreOffice")
    w = DocxFlow(d, font="Liberation Sans", size=10)
    w.p("{{O|Gemeente Leiden}}", bold=True, size=16)
    w.p("Mevrouw [[P|C.A. van Leeuwaerden]]\np/a {{O|Koolhoven & Stam Restauratiearchitecten}}\n"
        "t.a.v. [[P|de heer T.W. Koolhoven]]\n{{S|Haarlemmerstraat}} 210\n2312 GG {{L|Leiden}}")
    w.table([["Datum", "Zaaknummer", "Behandeld door", "Telefoon"],
             ["{{D|30 september 2025}}", "{{Z|Z/25/318841}}", "[[P|I. Vermeulen-Boukhari]]", "{{G|14 071}}"]],
            widths_cm=[3.5, 3.5, 5, 4], size=9)
    w.p("Onderwerp: besluit omgevingsvergunning {{X|rijksmonumentenactiviteit}} {{B|Herengracht 37}}", bold=True)
    w.p("Geachte mevrouw [[P|Van Leeuwaerden]],")
    w.p("Wij verlenen u de omgevingsvergunning voor het restaureren en verbouwen van het rijksmonument "
        "{{B|Herengracht 37}} (monumentnummer {{Z|24731}}), met toepassing van de artikelen 5.1 en 5.21 van de "
        "{{W|Omgevingswet}}. Wij hebben advies gekregen van de {{O|Rijksdienst voor het Cultureel Erfgoed}} "
        "(kenmerk {{Z|RCE-2025-0086421}}) en van de {{O|Commissie Welstand en Monumenten}}; beide adviezen "
        "nemen wij over.")
    w.h("Voorschriften", 11)
    for s in ["1. Isolatie wordt uitsluitend op het dakbeschot aangebracht; de spanten en telmerken blijven in het zicht.",
              "2. De kroonlijst wordt gereconstrueerd naar de bewaarde mal van architect {{H|Rijnbende}}.",
              "3. Voor uitvoering wordt een kleuronderzoek van de voordeur overgelegd.",
              "4. De fundering van de zeventiende-eeuwse achtergevel wordt niet ondervangen.",
              "7. De mal van de kroonlijst wordt na afloop overgedragen aan {{O|Erfgoed Leiden en Omstreken}}.",
              "8. Het stucplafond in de opkamer wordt beschermd en hersteld door een {{F|restauratiestukadoor}}.",
              "9. Tijdens de werkzaamheden wordt bij de belendende panden een trillingsmeting uitgevoerd."]:
        w.p(s, space=2)
    w.h("Zienswijzen", 11)
    w.p("Er zijn drie zienswijzen ingediend, onder meer door {{O|Erfgoedvereniging Heemschut}}. De reactie staat "
        "in de reactienota die bij dit besluit hoort.")
    w.p("Hoogachtend,\nnamens het college van burgemeester en wethouders van {{L|Leiden}},")
    w.p("{{R|J. Verbraeken}}\n{{R|wethouder Erfgoed}}", space=10)
    w.p("Bezwaar: binnen zes weken na verzending bij het college, Postbus 9100, 2300 PC {{L|Leiden}}, of digitaal via "
        "{{M|bezwaar@leiden.nl}}. Deze vergunning wordt gepubliceerd in het {{O|Gemeenteblad}}.", size=8.5)
    path = w.save()
    DOCX_JOBS.append((d, path, None))
    return d


@doc
def cr18(d=None):
    d = Doc("cr18", "Brief minister van OCW aan college Leiden", "reportlab Times-Roman")
    f = Flow(d, styles("Times-Roman", "Times-Bold", 11))
    f.p("{{O|Ministerie van Onderwijs, Cultuur en Wetenschap}}", "h2")
    f.table([
        ["Aan het college van burgemeester en wethouders\nvan de gemeente {{L|Leiden}}\nt.a.v. {{R|wethouder Verbraeken}}\n"
         "Postbus 9100\n2300 PC {{L|Leiden}}",
         "Directie Erfgoed en Kunsten\nRijnstraat 50\n{{L|Den Haag}}\nPostbus 16375\n2500 BJ {{L|Den Haag}}\n\n"
         "Contactpersoon\n[[P|mr. E.J. Zwanenburg]]\n[[T|06 52 88 13 07]]\n[[E|e.j.zwanenburg@minocw.nl]]\n\n"
         "Onze referentie\n{{Z|52318744}}"],
    ], [290, 190], grid=False)
    f.sp(8)
    f.p("Datum {{D|12 november 2025}}\nBetreft Restauratie rijksmonumenten in binnensteden; uw brief van {{D|2 oktober 2025}}", "b")
    f.p("Geacht college,")
    f.p("In uw brief van {{D|2 oktober 2025}} vraagt u aandacht voor de kosten van restauratie van particuliere "
        "rijksmonumenten in de {{L|Leidse}} binnenstad, met als voorbeeld het grachtenhuis {{B|Herengracht 37}}. "
        "U pleit voor een verhoging van het budget van de {{X|Subsidieregeling instandhouding monumenten}} en voor "
        "een restauratiefonds voor woonhuismonumenten.")
    f.p("Ik deel uw zorg dat eigenaren van woonhuismonumenten de kosten van restauratie en verduurzaming niet altijd "
        "kunnen dragen. Met de {{X|Erfgoeddeal}} en de lening van het {{O|Nationaal Restauratiefonds}} zijn er "
        "aanvullende instrumenten. In de {{X|Erfgoedbrief}} die ik in het voorjaar aan de {{O|Tweede Kamer}} stuur, "
        "ga ik in op de toekomst van de SIM. Ik betrek daarbij de motie van het {{R|lid Bontenbal}} over "
        "monumentenzorg in binnensteden.")
    f.p("Het is niet gebruikelijk dat ik mij uitspreek over een individuele aanvraag. De eigenaar van "
        "{{B|Herengracht 37}} heeft een SIM-beschikking ontvangen van de {{O|RCE}}; ik heb geen aanleiding daarop "
        "terug te komen.")
    f.p("De minister van Onderwijs, Cultuur en Wetenschap,")
    f.sp(20)
    f.p("{{R|E.E.W. Bruins}}")
    f.p("Afschrift: {{O|Rijksdienst voor het Cultureel Erfgoed}}, t.a.v. [[P|drs. W.G. Hazelhoff]]", "s")
    f.build(on_page=footer(d, "Pagina 1 - Onze referentie {{Z|52318744}}", font="Times-Roman"))
    return d


@doc
def cr19(d=None):
    d = Doc("cr19", "Raadsinformatiebrief restauratie Herengracht 37", "reportlab Helvetica")
    f = Flow(d, styles("Helvetica", "Helvetica-Bold", 10))
    f.p("Raadsinformatiebrief", "h1")
    f.table([["Aan", "de gemeenteraad van {{L|Leiden}}"],
             ["Van", "het college van burgemeester en wethouders"],
             ["Portefeuillehouder", "{{R|wethouder J. Verbraeken}} (Erfgoed, Binnenstad)"],
             ["Datum", "{{D|4 november 2025}}"],
             ["Nummer", "{{Z|RIB 25.0193}}"],
             ["Contactpersoon", "[[P|F. Ruijgrok]], [[E|f.ruijgrok@leiden.nl]]"]], [120, 360])
    f.sp(8)
    f.p("Onderwerp: restauratie rijksmonument {{B|Herengracht 37}} en archeologische vondsten", "b")
    f.p("Tijdens de commissie Leefomgeving van {{D|9 oktober 2025}} heeft {{R|raadslid Van Gelderen}} (PvdA) gevraagd "
        "naar de archeologische vondsten bij de restauratie van {{B|Herengracht 37}}. {{R|Wethouder Verbraeken}} heeft "
        "toegezegd de raad hierover te informeren.")
    f.p("Bij de aanleg van een liftput heeft {{O|ArcheoBureau Rijnland}} een beerput uit circa 1640 opgegraven. De "
        "vondsten geven een beeld van het dagelijks leven van de familie van lakenkoopman {{H|Cornelis van Leeuwaerden}}, "
        "die het huis in 1638 liet bouwen door meester-timmerman {{H|Jacob Pietersz. Swaenenburgh}}. Een majolicabord "
        "met het familiewapen is vanaf {{D|1 februari 2026}} te zien in {{O|Museum De Lakenhal}}.")
    f.p("De vergunning is op {{D|30 september 2025}} verleend. De {{O|Rijksdienst voor het Cultureel Erfgoed}} heeft "
        "positief geadviseerd; de {{O|Erfgoedvereniging Heemschut}} heeft een zienswijze ingediend die grotendeels is "
        "overgenomen. De minister van {{O|OCW}}, {{R|minister Bruins}}, heeft op onze brief over de financiering van "
        "woonhuismonumenten gereageerd (zie bijlage).")
    f.p("Het college van burgemeester en wethouders van {{L|Leiden}},\nde secretaris, de burgemeester,\n"
        "{{F|gemeentesecretaris}}   {{R|burgemeester Dijkstra}}")
    f.build(on_page=footer(d, LEIDEN_FOOT))
    return d


@doc
def cr20(d=None):
    d = Doc("cr20", "Parafenblad besluit Herengracht 37", "docx+LibreOffice")
    w = DocxFlow(d, font="Carlito", size=10.5)
    w.h("Parafenblad / routeblad")
    w.p("Zaak {{Z|Z/25/318841}} - besluit omgevingsvergunning {{B|Herengracht 37}} - mandaat {{R|wethouder Erfgoed}}")
    w.table([
        ["Stap", "Naam", "Functie", "Paraaf", "Datum", "Opmerking"],
        ["1", "[[P|I. Vermeulen-Boukhari]]", "{{F|casemanager}}", "[[K|IVB]]", "{{D|24-09-2025}}", "concept gereed"],
        ["2", "[[P|N. el Khatib]]", "{{F|juridisch adviseur}}", "[[K|NeK]]", "{{D|25-09-2025}}", "voorschrift 9 herschreven"],
        ["3", "[[P|P.J. de Wolff]]", "{{F|adviseur monumenten}}", "[[K|PdW]]", "{{D|25-09-2025}}", "akkoord"],
        ["4", "[[P|drs. R.A. Sardjoe]]", "{{F|teammanager Vergunningen}}", "[[K|RAS]]", "{{D|26-09-2025}}", "akkoord, naar wethouder"],
        ["5", "{{R|J. Verbraeken}}", "{{R|wethouder Erfgoed}}", "getekend", "{{D|30-09-2025}}", ""],
    ], widths_cm=[1, 3.8, 3.8, 1.8, 2.3, 4], size=9)
    w.p("Toelichting paraafcodes: zie stap 1 t/m 4. Na ondertekening verzenden via {{M|vergunningen@leiden.nl}}; "
        "afschrift aan {{O|RCE}} en {{O|Erfgoedvereniging Heemschut}}.")
    w.p("Notitie bij stap 2 ([[K|NeK]]): [[K|IVB]] graag de reactienota als bijlage meesturen; [[K|RAS]] is vanaf "
        "{{D|1 oktober 2025}} met verlof, vervanging door [[P|M. Brouwer]].")
    path = w.save()
    DOCX_JOBS.append((d, path, None))
    return d


@doc
def cr21(d=None):
    d = Doc("cr21", "Bouwhistorische verkenning (samenvatting)", "reportlab DejaVuSerif")
    f = Flow(d, styles("DejaVuSerif", "DejaVuSerif-Bold", 9.5))
    f.p("Bouwhistorische verkenning {{B|Herengracht 37}}, {{L|Leiden}}", "h1")
    f.p("{{O|Bureau Bouwhistorie Rijnland}} - rapport {{Z|BBR 2024-27}} - {{D|november 2024}} - onderzoek en tekst "
        "[[P|ir. S.C. Vlasblom]]", "s")
    f.p("1. Bouwgeschiedenis", "h2")
    f.p("Het huis werd in 1638 gebouwd voor {{H|Cornelis van Leeuwaerden}} en {{H|Maria Ruysch}}. Het bestek noemt "
        "meester-timmerman {{H|Jacob Pietersz. Swaenenburgh}} en metselaar {{H|Claes Adriaensz. Verdoes}}. Na de dood "
        "van {{H|Johannes Cornelisz. van Leeuwaerden}} in 1702 bleef het huis in de familie. Rond 1760 werd de opkamer "
        "voorzien van een stucplafond, vermoedelijk van de Italiaanse stukadoor {{H|Carlo Borra}}. In 1868 liet "
        "{{H|Willem van Leeuwaerden}} de trapgevel vervangen door een lijstgevel naar ontwerp van "
        "{{H|Hendrik Jan Rijnbende}}; diens tekeningen berusten in het {{O|Erfgoed Leiden en Omstreken}}. "
        "Tussen 1911 en 1952 was het pand in gebruik als kantoor van de {{O|Leidsche Hypotheekbank}}; in 1952 kwam de "
        "aanbouw aan de achterzijde tot stand.")
    f.p("2. Waardenstelling", "h2")
    f.table([
        ["Onderdeel", "Periode", "Waarde"],
        ["Kapconstructie met Hollandse spanten en telmerken", "1638", "hoog"],
        ["Achtergevel met kruiskozijnen", "1638", "hoog"],
        ["Lijstgevel ({{H|Rijnbende}})", "1868", "hoog"],
        ["Stucplafond opkamer", "ca. 1760", "hoog"],
        ["Trappenhuis", "1868", "positief"],
        ["Aanbouw achterzijde", "1952", "indifferent"],
    ], [250, 80, 120], header=True)
    f.p("3. Bewoners", "h2")
    f.p("Het huis is sinds de bouw - met een onderbreking van 1911 tot 2023 - eigendom geweest van leden van de "
        "{{H|familie Van Leeuwaerden}}. De huidige eigenaar kocht het pand in 2023 terug van een belegger. De "
        "grafkelder van de familie in de {{O|Pieterskerk}} is in 2019 gedocumenteerd door {{O|Stichting Leidse Graven}}.")
    f.p("Het onderzoek kwam tot stand met medewerking van de eigenaar en van [[P|de heer G. Verdoes]] van "
        "{{O|Historische Vereniging Oud Leiden}}, een verre nazaat van de metselaar, die zijn familiearchief ter "
        "beschikking stelde.", "n")
    f.build(on_page=footer(d, "{{O|Bureau Bouwhistorie Rijnland}} - {{Z|BBR 2024-27}}", font="DejaVuSerif"))
    return d


@doc
def cr22(d=None):
    d = Doc("cr22", "Kostenraming restauratie", "reportlab LiberationSans table")
    f = Flow(d, styles("LiberationSans", "LiberationSans-Bold", 9))
    f.p("{{O|Bouwbedrijf Van der Kwaak}} B.V. - kostenraming restauratie {{B|Herengracht 37}} {{L|Leiden}}", "h2")
    f.p("Offertenummer {{Z|VDK-25-0611}} - {{D|20 februari 2025}} - opdrachtgever [[P|mevrouw C.A. van Leeuwaerden]] - "
        "calculator [[P|J. Hoogeveen-Smits]]", "t")
    f.sp(6)
    rows = [["Post", "Omschrijving", "Bedrag excl. btw", "SIM"],
            ["01", "Steigerwerk voorgevel en kap", "{{A|€ 18.400}}", "ja"],
            ["02", "Herstel kapconstructie, vervangen spant 6 (eiken)", "{{A|€ 46.750}}", "ja"],
            ["03", "Sandwichdak, dampopen isolatie, leien", "{{A|€ 71.200}}", "deels"],
            ["04", "Reconstructie kroonlijst naar mal", "{{A|€ 23.980}}", "ja"],
            ["05", "Stucplafond opkamer (onderaanneming {{O|Stucadoorsbedrijf Van Rijn}})", "{{A|€ 16.300}}", "ja"],
            ["06", "Liftput en traplift aanbouw", "{{A|€ 38.500}}", "nee"],
            ["07", "Archeologische begeleiding ({{O|ArcheoBureau Rijnland}})", "{{A|€ 12.870}}", "nee"],
            ["08", "Schilderwerk na kleuronderzoek", "{{A|€ 9.640}}", "ja"],
            ["", "Totaal", "{{A|€ 237.640}}", ""]]
    f.table(rows, [40, 280, 100, 50], header=True)
    f.sp(8)
    f.p("Uitvoerder: [[P|Dennis Hoogeveen]], mobiel [[T|06 19 45 02 83]]. Algemeen: {{G|071 403 22 10}}, "
        "{{M|info@vanderkwaakbouw.nl}}. Prijzen op basis van de {{X|UAV 2012}}; gecertificeerd volgens "
        "{{X|ERM}} (Erkende Restauratiekwaliteit Monumentenzorg), {{Z|URL 4001}} en {{Z|URL 2002}}.", "t")
    f.p("Voor akkoord opdrachtgever: ............................ [[P|C.A. van Leeuwaerden]]", "t")
    f.build()
    return d


@doc
def cr23(d=None):
    d = Doc("cr23", "Brief eigenaar aan gemeente (ingescand)", "scan: PIL LiberationSerif typed letter, JPEG")
    F = "LiberationSerif"

    def sig(dr, W, H, y):
        import random as _r
        rnd = _r.Random(23)
        x, yy = 190, y - 105
        pts = [(x + i * 14, yy + rnd.randint(-28, 28)) for i in range(30)]
        dr.line(pts, fill=(20, 30, 120), width=4, joint="curve")
    lines = [
        (F, 34, "[[P|C.A. van Leeuwaerden]]"),
        (F, 34, "[[A|Haaswijkweg 31]]"),
        (F, 34, "[[A|2341 CJ]] Oegstgeest"),
        (F, 34, "[[T|06-41872290]]"),
        (F, 34, ""),
        (F, 34, "Gemeente Leiden, team Vergunningen Binnenstad"),
        (F, 34, "t.a.v. mevrouw [[P|I. Vermeulen-Boukhari]]"),
        (F, 34, "Postbus 9100, 2300 PC Leiden"),
        (F, 34, ""),
        (F, 34, "Oegstgeest, 11 juli 2025"),
        (F, 34, ""),
        (F, 34, "Betreft: Herengracht 37, zaak Z/25/318841"),
        (F, 34, ""),
        (F, 34, "Geachte mevrouw [[P|Vermeulen-Boukhari]],"),
        (F, 34, ""),
        (F, 34, "Graag vraag ik u om het besluit zo spoedig mogelijk te nemen."),
        (F, 34, "Zoals ik in mijn aanvraag schreef, [[S|lijd ik aan COPD]] en"),
        (F, 34, "[[S|word ik in september opnieuw opgenomen in het LUMC]]."),
        (F, 34, "Ik wil voor die tijd de aannemer opdracht kunnen geven."),
        (F, 34, ""),
        (F, 34, "De leges kunt u verrekenen; mijn rekening is"),
        (F, 34, f"[[I|{IBAN_CV2}]] (ten name van [[P|C.A. van Leeuwaerden]])."),
        (F, 34, "Mijn partner [[P|Ruben Ostendorf]] is gemachtigd namens mij te"),
        (F, 34, "tekenen als ik in het ziekenhuis lig."),
        (F, 34, ""),
        (F, 34, "Met vriendelijke groet,"),
        (F, 34, ""),
        (F, 34, ""),
        (F, 34, "[[P|Charlotte van Leeuwaerden]]"),
    ]
    render_scan(d, lines, seed=23, rotate=0.4, margin=170, spacing=1.42, ink=(15, 15, 15), sketch=sig)
    return d


@doc
def cr24(d=None):
    d = Doc("cr24", "Telefoonnotitie", "docx+LibreOffice")
    w = DocxFlow(d, font="Liberation Sans", size=10)
    w.h("Telefoonnotitie")
    w.table([
        ["Datum / tijd", "{{D|21 augustus 2025}}, 14.20 uur"],
        ["Gesprek met", "[[P|de heer H. Bouwmeester]], bewoner [[A|Herengracht 35]], tel. [[T|071 514 77 36]]"],
        ["Genoteerd door", "[[P|Femke Ruijgrok]], {{F|beleidsmedewerker erfgoed}}"],
        ["Zaak", "{{Z|Z/25/318841}} ({{B|Herengracht 37}})"],
    ], widths_cm=[4, 12], header=False)
    w.p("[[P|De heer Bouwmeester]] belt over de steiger voor {{B|Herengracht 37}}. Hij woont sinds 1987 op nummer 35. "
        "Hij zegt dat [[S|hij sinds zijn hartoperatie in 2022 een pacemaker heeft]] en dat de trillingen van de sloop "
        "hem onrustig maken. Hij wil weten of er een trillingsmeting komt en heeft {{O|Erfgoedvereniging Heemschut}} "
        "gebeld.")
    w.p("Ik heb uitgelegd dat hij tot {{D|4 september 2025}} een zienswijze kan indienen en dat trillingsmetingen "
        "onderdeel kunnen worden van de voorschriften. Hij vraagt ook of de gracht tijdens de bouw "
        "afgesloten wordt; dat is een vraag voor team {{O|Bereikbaarheid}} ({{M|bereikbaarheid@leiden.nl}}).")
    w.p("Hij noemde nog dat zijn overgrootvader bouwmeester was bij de {{O|Rijksgebouwendienst}} en dat hij "
        "de {{F|Rijksbouwmeester}} ooit heeft geschreven over de gracht. Geen actie.")
    w.p("Actie: [[K|FR]] stuurt de vraag door naar [[K|IVB]]. Terugbellen binnen een week.")
    path = w.save()
    DOCX_JOBS.append((d, path, None))
    return d


@doc
def cr25(d=None):
    d = Doc("cr25", "Verslag locatiebezoek 3 juli 2025", "reportlab Helvetica")
    f = Flow(d, styles("Helvetica", "Helvetica-Bold", 10))
    f.p("Verslag locatiebezoek {{B|Herengracht 37}}", "h1")
    f.table([["Datum", "{{D|3 juli 2025}}, 10.00-12.15 uur"],
             ["Aanwezig", "[[P|W.G. Hazelhoff]] ({{O|RCE}}), [[P|P.J. de Wolff]] ({{O|Erfgoed Leiden}}), "
              "[[P|S. Ramdin]] ({{O|Koolhoven & Stam Restauratiearchitecten}}), [[P|D. Hoogeveen]] "
              "({{O|Bouwbedrijf Van der Kwaak}}), [[P|R.J. Ostendorf]] (namens eigenaar)"],
             ["Verslag", "[[P|P.J. de Wolff]]"]], [90, 390])
    f.sp(8)
    f.p("1. Kap", "h2")
    f.p("Alle negen spanten zijn bekeken. De telmerken van {{H|Swaenenburgh}} (I t/m IX, gehakt) zijn compleet. Spant 6 "
        "is aangetast door de bonte knaagkever; het spantbeen wordt aangeheeld met eiken, niet vervangen. [[P|De heer "
        "Hazelhoff]] vraagt de telmerken vóór de werkzaamheden te fotograferen. Actie: [[P|mevrouw Ramdin]].")
    f.p("2. Kroonlijst", "h2")
    f.p("De houten mal is gefotografeerd en ingemeten. Het profiel komt overeen met de tekening van {{H|Rijnbende}} "
        "uit 1867 in het archief van {{O|Erfgoed Leiden en Omstreken}}.")
    f.p("3. Overige punten", "h2")
    f.p("[[P|De heer Ostendorf]] meldt dat mevrouw [[P|Van Leeuwaerden]] [[S|wegens ziekte]] niet aanwezig kon "
        "zijn. De buurman van nummer 35 sprak de groep aan over de steiger; [[P|de heer Hoogeveen]] zorgt voor "
        "een afgeschermde doorgang. Volgend bezoek: {{D|11 september 2025}}.")
    f.p("Verspreiding: aanwezigen, {{M|welstand@leiden.nl}}, archief zaak {{Z|Z/25/318841}}.", "s")
    f.build(on_page=footer(d, LEIDEN_FOOT))
    return d


@doc
def cr26(d=None):
    d = Doc("cr26", "Woo-verzoek (e-mail)", "reportlab Carlito")
    f = Flow(d, styles("Carlito", "Carlito-Bold", 11))
    f.p("Van: {{M|woo@leiden.nl}}\nVerzonden: dinsdag 16 september 2026 08:52\nAan: [[P|Vermeulen-Boukhari, Ilse]]; "
        "[[P|Wolff, Pieter-Jan de]]; [[P|Ruijgrok, Femke]]\nOnderwerp: FW: Woo-verzoek Herengracht 37 ({{Z|WOO-2026-0412}})", "t")
    f.p("Goedemorgen, hieronder een nieuw Woo-verzoek. Willen jullie vóór {{D|29 september 2026}} alle stukken in de zaak "
        "zetten, ook chats en notities? Groet, [[P|Bas]]\n[[P|Bas Timmerman]] | {{F|Woo-coördinator}} | "
        "[[T|06-55 18 72 40]] | [[E|b.timmerman@leiden.nl]]")
    f.sp(6)
    f.p("Van: [[P|Lotte Aksoy]] <[[E|lotte.aksoy@protonmail.com]]>\nVerzonden: maandag 15 september 2026 21:07\n"
        "Aan: {{M|woo@leiden.nl}}\nOnderwerp: Woo-verzoek Herengracht 37", "t")
    f.sp(8)
    f.p("Geachte heer, mevrouw,")
    f.p("Op grond van de {{W|Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over de restauratie "
        "van het rijksmonument {{B|Herengracht 37}} in {{L|Leiden}} vanaf {{D|1 januari 2025}}, waaronder de aanvraag, de "
        "adviezen van de {{O|RCE}} en de {{O|Commissie Welstand en Monumenten}}, de correspondentie met het "
        "architectenbureau, de subsidie en het archeologisch onderzoek.")
    f.p("Ik schrijf als freelance journalist voor het {{O|Leidsch Dagblad}} over de kosten van monumentenzorg voor "
        "particulieren. Een digitale verstrekking heeft mijn voorkeur.")
    f.p("Met vriendelijke groet,\n[[P|Lotte Aksoy]]\n[[A|Zoeterwoudsesingel 88]]\n[[A|2313 EP]] {{L|Leiden}}\n[[T|06 38 01 27 95]]")
    f.build()
    return d


@doc
def cr27(d=None):
    d = Doc("cr27", "Besluit op Woo-verzoek", "docx+LibreOffice")
    w = DocxFlow(d, font="Liberation Serif", size=11)
    w.p("{{O|Gemeente Leiden}}", bold=True, size=16)
    w.p("Mevrouw [[P|L. Aksoy]]\n[[A|Zoeterwoudsesingel 88]]\n[[A|2313 EP]] {{L|Leiden}}")
    w.p("Datum: {{D|20 november 2026}}\nKenmerk: {{Z|WOO-2026-0412}}\nBehandeld door: [[P|B. Timmerman]], "
        "{{F|Woo-coördinator}}\nE-mail: {{M|woo@leiden.nl}}")
    w.p("Onderwerp: besluit op uw Woo-verzoek over {{B|Herengracht 37}}", bold=True)
    w.p("Geachte mevrouw [[P|Aksoy]],")
    w.p("Op {{D|15 september 2026}} heeft u een verzoek gedaan op grond van de {{W|Wet open overheid}} (Woo). U vraagt "
        "om documenten over de restauratie van het rijksmonument {{B|Herengracht 37}}. Wij hebben de termijn op "
        "{{D|13 oktober 2026}} met twee weken verdaagd en daarna met u afgestemd over de omvang.")
    w.h("Besluit", 12)
    w.p("Wij maken de 33 documenten op de inventarislijst deels openbaar. In de documenten zijn persoonsgegevens "
        "weggelakt op grond van artikel 5.1, tweede lid, onder e, van de Woo (5.1.2e), bijzondere persoonsgegevens "
        "over de gezondheid van betrokkenen op grond van artikel 5.1, eerste lid, onder d (5.1.1d), en "
        "identificatienummers op grond van artikel 5.1, eerste lid, onder e (5.1.1e).")
    w.h("Overwegingen", 12)
    w.p("Namen van medewerkers van de gemeente, de {{O|RCE}}, het architectenbureau, het aannemersbedrijf en het "
        "archeologisch bureau maken wij niet openbaar. Namen van bestuurders die in hun functie optreden, zoals "
        "{{R|wethouder Verbraeken}} en {{R|minister Bruins}}, blijven leesbaar. Namen van historische personen, zoals "
        "{{H|Cornelis van Leeuwaerden}} en architect {{H|Hendrik Jan Rijnbende}}, zijn geen persoonsgegevens omdat deze "
        "personen zijn overleden. De naam van de huidige eigenaar is wel een persoonsgegeven, ook al is het dezelfde "
        "familienaam; die hebben wij weggelakt.")
    w.p("Het belang van openbaarheid weegt naar ons oordeel niet op tegen het belang van de eerbiediging van de "
        "persoonlijke levenssfeer van de eigenaar, haar partner en de omwonenden, van wie de woonadressen, "
        "telefoonnummers en bankgegevens in de stukken staan.")
    w.page_break()
    w.h("Wijze van openbaarmaking", 12)
    w.p("De documenten worden gepubliceerd op {{X|open.overheid.nl}} en op de Woo-pagina van de gemeente. U "
        "ontvangt ze ook digitaal.")
    w.h("Bezwaar", 12)
    w.p("Binnen zes weken na verzending van dit besluit kunt u bezwaar maken bij het college, Postbus 9100, 2300 PC "
        "{{L|Leiden}}. Derde-belanghebbenden ({{O|Koolhoven & Stam Restauratiearchitecten}}, {{O|Bouwbedrijf Van der Kwaak}}) "
        "zijn in de gelegenheid gesteld een zienswijze te geven.")
    w.p("Hoogachtend,\nnamens het college van burgemeester en wethouders van {{L|Leiden}},")
    w.p("[[P|B. Timmerman]]\n{{F|Woo-coördinator}}")
    path = w.save()
    DOCX_JOBS.append((d, path, None))
    return d


@doc
def cr28(d=None):
    from reportlab.lib.pagesizes import A4, landscape
    d = Doc("cr28", "Inventarislijst Woo-besluit WOO-2026-0412", "reportlab Helvetica landscape")
    f = Flow(d, styles("Helvetica", "Helvetica-Bold", 8))
    f.p("Inventarislijst bij besluit {{Z|WOO-2026-0412}} - {{B|Herengracht 37}}", "h2")
    rows = [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]]
    inv = [
        ("1", "Aanvraag omgevingsvergunning", "03-03-2025", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", ""),
        ("2", "Ontvangstbevestiging", "06-03-2025", "deels openbaar", "5.1.2e", ""),
        ("3", "E-mailwisseling gemeente - {{O|Koolhoven & Stam}}", "08-04-2025", "deels openbaar", "5.1.2e", "familie 3"),
        ("4", "E-mail {{O|RCE}} over kroonlijst en kap", "10-04-2025", "deels openbaar", "5.1.2e", ""),
        ("5", "Verslag {{O|Commissie Welstand en Monumenten}}", "17-04-2025", "deels openbaar", "5.1.2e", "ook op website"),
        ("6", "Advies {{O|RCE}} {{Z|RCE-2025-0086421}}", "14-04-2025", "deels openbaar", "5.1.2e", ""),
        ("7", "Rapport {{Z|ABR-318}} + vondstenlijst", "15-08-2025", "deels openbaar", "5.1.2e", ""),
        ("9", "Handgeschreven notities bouwvergadering", "12-06-2025", "deels openbaar", "5.1.2e, 5.1.1d", "scan"),
        ("11", "Aanvraag SIM", "27-03-2025", "deels openbaar", "5.1.2e, 5.1.1e", ""),
        ("12", "Beschikking SIM {{Z|SIM-2025-04417}}", "17-07-2025", "deels openbaar", "5.1.2e", ""),
        ("13", "Zienswijze {{O|Erfgoedvereniging Heemschut}}", "28-08-2025", "deels openbaar", "5.1.2e", ""),
        ("16", "WhatsApp-export bouwgroep", "14-10-2026", "deels openbaar", "5.1.2e, 5.1.1d", "aangeleverd door aannemer"),
        ("17", "Besluit omgevingsvergunning", "30-09-2025", "openbaar", "", "reeds gepubliceerd"),
        ("18", "Brief minister van {{O|OCW}}", "12-11-2025", "deels openbaar", "5.1.2e", ""),
        ("19", "Raadsinformatiebrief {{Z|RIB 25.0193}}", "04-11-2025", "openbaar", "", "reeds openbaar"),
        ("23", "Brief eigenaar (scan)", "11-07-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
        ("29", "Beslisnota wethouder", "23-09-2025", "deels openbaar", "5.1.2e, 5.2.1", ""),
    ]
    rows += [list(r) for r in inv]
    f.table(rows, [30, 260, 70, 90, 120, 170], header=True)
    f.sp(6)
    f.p("Opgesteld door [[P|B. Timmerman]] ([[K|BT]]), gecontroleerd door [[K|NeK]]. Vragen: {{M|woo@leiden.nl}}.", "t")
    f.build(pagesize=landscape(A4), margins=(36, 36, 36, 36))
    return d


@doc
def cr29(d=None):
    d = Doc("cr29", "Beslisnota wethouder Erfgoed", "reportlab LiberationSans")
    f = Flow(d, styles("LiberationSans", "LiberationSans-Bold", 10))
    f.p("Beslisnota", "h1")
    f.table([["Aan", "{{R|wethouder Verbraeken}}"],
             ["Van", "[[P|R.A. Sardjoe]], {{F|teammanager Vergunningen}}"],
             ["Datum", "{{D|23 september 2025}}"],
             ["Kenmerk", "{{Z|BN-2025-0877}}"],
             ["Onderwerp", "Besluit omgevingsvergunning rijksmonument {{B|Herengracht 37}}"],
             ["Kopie aan", "[[P|P.J. de Wolff]], [[P|N. el Khatib]]"],
             ["Contactpersoon", "[[P|Ilse Vermeulen-Boukhari]], [[T|071 516 58 42]], [[E|i.vermeulenboukhari@leiden.nl]]"]],
            [100, 380])
    f.p("Aanleiding", "h2")
    f.p("Op {{D|3 maart 2025}} is een aanvraag ingediend voor de restauratie van het rijksmonument {{B|Herengracht 37}}. "
        "De zienswijzetermijn is op {{D|4 september 2025}} verstreken. Er zijn drie zienswijzen ingediend.")
    f.p("Geadviseerd besluit", "h2")
    f.p("Aan de wethouder wordt gevraagd: de omgevingsvergunning te verlenen met de voorschriften uit het bijgevoegde "
        "conceptbesluit, en de reactienota vast te stellen.")
    f.p("Kern", "h2")
    f.p("- De {{O|RCE}} en de {{O|Commissie Welstand en Monumenten}} adviseren positief onder voorwaarden.\n"
        "- {{O|Erfgoedvereniging Heemschut}} steunt het plan op hoofdlijnen; haar drie punten zijn overgenomen.\n"
        "- De eigenaar heeft om spoed gevraagd om persoonlijke redenen; dat is voor de beslissing niet relevant.")
    f.p("Krachtenveld", "h2")
    f.p("De buurman van nummer 35, [[P|de heer Bouwmeester]], heeft de pers benaderd. [[P|Mevrouw Aksoy]] van het "
        "{{O|Leidsch Dagblad}} heeft vragen gesteld aan de afdeling communicatie. {{R|Raadslid Van Gelderen}} heeft "
        "aangekondigd schriftelijke vragen te stellen over de kosten voor particuliere eigenaren. Ambtelijk is de "
        "inschatting dat dit dossier een goed voorbeeld is voor de {{X|Erfgoedagenda Leiden 2024-2028}}.")
    f.p("Wij adviseren u bij de oplevering een persmoment te organiseren samen met {{O|Museum De Lakenhal}}. "
        "Mijn persoonlijke inschatting is dat de minister het bezwaar over de SIM niet zal honoreren.")
    f.p("Bijlagen", "h2")
    f.p("1. Conceptbesluit {{Z|Z/25/318841}}\n2. Reactienota zienswijzen\n3. Advies {{O|RCE}} {{Z|RCE-2025-0086421}}")
    f.p("Informatie die niet openbaar gemaakt kan worden", "h2")
    f.p("[in te vullen bij openbaarmaking]")
    f.p("Paraaf: [[K|RAS]] {{D|23-09-2025}}    Akkoord wethouder: JV {{D|30-09-2025}}", "s")
    f.build(on_page=footer(d, "{{O|Gemeente Leiden}} - beslisnota {{Z|BN-2025-0877}}", font="LiberationSans"))
    return d


@doc
def cr30(d=None):
    d = Doc("cr30", "E-mail architect met bijlagen (annotaties)", "reportlab Carlito + link and note annotations")
    f = Flow(d, styles("Carlito", "Carlito-Bold", 11))
    f.p("From: [[P|Sarita Ramdin]] <[[E|s.ramdin@koolhovenstam.nl]]>\nSent: Friday, 5 September 2025 16:02\n"
        "To: [[P|Femke Ruijgrok]] <[[E|f.ruijgrok@leiden.nl]]>\nCc: {{M|projecten@koolhovenstam.nl}}\n"
        "Subject: Herengracht 37 - foto's telmerken en kleuronderzoek\nAttachments: telmerken_spant1-9.zip; "
        "kleuronderzoek_voordeur.pdf", "t")
    f.sp(8)
    f.p("Beste [[P|Femke]],")
    f.p("Zoals afgesproken tijdens het locatiebezoek stuur ik de foto's van de telmerken van spant I tot en met IX. "
        "Het kleuronderzoek van de voordeur is gedaan door {{O|Atelier Kleur en Interieur}}: de oudste afwerking is een "
        "donkergroene olieverf, passend bij de lijstgevel van {{H|Rijnbende}}.")
    f.p("[[P|Thijs]] is de komende twee weken afwezig; vragen over de kap graag aan mij of aan {{M|projecten@koolhovenstam.nl}}.")
    f.p("Met vriendelijke groet,\n[[P|Sarita Ramdin]]\n{{F|bouwkundig tekenaar}} / {{F|restauratiedeskundige}}\n"
        "{{O|Koolhoven & Stam Restauratiearchitecten}}\n{{G|071 512 40 60}}")
    f.build()
    return d


def _post_cr30(d):
    add_link(d.pdf, 0, [56, 760, 300, 775], "mailto:s.ramdin@koolhovenstam.nl")
    add_note(d.pdf, 0, [480, 700, 500, 720], "Doorgestuurd aan Pieter-Jan; kleur akkoord? - Femke",
             "Femke Ruijgrok")
    add_note(d.pdf, 0, [480, 640, 500, 660], "Akkoord, groen RAL 6009 komt overeen. PJ",
             "Pieter-Jan de Wolff")
    d.hide("P", "Pieter-Jan (note)", "Pieter-Jan", "annotations")
    d.hide("P", "Pieter-Jan de Wolff (note author)", "Pieter-Jan de Wolff", "annotations")


POST["cr30"] = _post_cr30


@doc
def cr31(d=None):
    from reportlab.lib.pagesizes import A4, landscape
    d = Doc("cr31", "Presentatie restauratieplan (commissie)", "reportlab DejaVuSans slides")
    f = Flow(d, styles("DejaVuSans", "DejaVuSans-Bold", 14))
    f.p("Restauratie {{B|Herengracht 37}} - {{H|Huis De Vergulde Sleutel}}", "h1")
    f.p("Presentatie {{O|Commissie Welstand en Monumenten}}, {{D|17 april 2025}}")
    f.p("{{O|Koolhoven & Stam Restauratiearchitecten}} - [[P|ing. T.W. Koolhoven]], [[P|S. Ramdin]]")
    f.sp(10)
    f.p("- 1638: bouw door {{H|Jacob Pietersz. Swaenenburgh}} voor {{H|Cornelis van Leeuwaerden}}\n"
        "- ca. 1760: stucplafond opkamer\n- 1868: lijstgevel door {{H|Hendrik Jan Rijnbende}}\n"
        "- 1952: aanbouw achterzijde\n- 2023: eigendom weer bij een nazaat", "n")
    f.brk()
    f.p("Ingrepen", "h1")
    f.p("- Sandwichdak op het dakbeschot, spanten in het zicht\n- Kroonlijst naar de gevonden mal\n"
        "- Traplift in de aanbouw (liftput: archeologische begeleiding)\n- Stucplafond: conserveren, niet vernieuwen\n"
        "- Verduurzaming: {{X|Routekaart Verduurzaming Monumenten}}, {{Y|label C}} haalbaar", "n")
    f.p("Vragen? {{M|info@koolhovenstam.nl}}", "n")
    f.build(pagesize=landscape(A4), margins=(60, 60, 60, 60))
    return d


def _post_cr31(d):
    set_meta(d.pdf, author="Thijs Koolhoven", title="Herengracht 37 presentatie - versie Sarita", subject="concept")
    d.hide("P", "Thijs Koolhoven (Info /Author)", "Thijs Koolhoven", "metadata")
    d.hide("P", "Sarita (Info /Title)", "Sarita", "metadata")


POST["cr31"] = _post_cr31


@doc
def cr32(d=None):
    d = Doc("cr32", "Klachtbrief buurman (ingescand, typemachine)", "scan: PIL LiberationMono, JPEG")
    F = "LiberationMono"
    lines = [
        (F, 30, "[[P|H. Bouwmeester]]"),
        (F, 30, "[[A|Herengracht 35]]"),
        (F, 30, "[[A|2312 LC]] Leiden"),
        (F, 30, "tel. [[T|071 514 77 36]]"),
        (F, 30, ""),
        (F, 30, "Aan het college van B en W van Leiden"),
        (F, 30, "Postbus 9100, 2300 PC Leiden"),
        (F, 30, ""),
        (F, 30, "Leiden, 18 augustus 2025"),
        (F, 30, ""),
        (F, 30, "Betreft: steiger en sloop Herengracht 37"),
        (F, 30, ""),
        (F, 30, "Geacht college,"),
        (F, 30, ""),
        (F, 30, "Sinds juni staat voor mijn deur een steiger en wordt"),
        (F, 30, "er gesloopt in het pand van [[P|mevrouw Van Leeuwaerden]]."),
        (F, 30, "Ik woon hier sinds 1987. Omdat [[S|ik een pacemaker heb]]"),
        (F, 30, "en [[S|hartpatient ben]], maken de trillingen mij ongerust."),
        (F, 30, "Ik vraag u een trillingsmeting voor te schrijven."),
        (F, 30, ""),
        (F, 30, "Ook wijs ik u erop dat de familie Van Leeuwaerden al"),
        (F, 30, "in 1868 het huis liet verbouwen door Rijnbende; de gevel"),
        (F, 30, "is dus niet origineel. Ik heb dit ook aan Heemschut"),
        (F, 30, "en aan de heer [[P|Verdoes]] van Oud Leiden geschreven."),
        (F, 30, ""),
        (F, 30, "Hoogachtend,"),
        (F, 30, ""),
        (F, 30, "[[P|Henk Bouwmeester]]"),
    ]

    def sig(dr, W, H, y):
        import random as _r
        rnd = _r.Random(32)
        pts = [(180 + i * 12, y - 100 + rnd.randint(-22, 22)) for i in range(26)]
        dr.line(pts, fill=(10, 10, 60), width=3, joint="curve")
    render_scan(d, lines, seed=32, rotate=-0.7, margin=160, spacing=1.5, ink=(30, 30, 30), sketch=sig)
    return d


@doc
def cr33(d=None):
    d = Doc("cr33", "Meeting request (Outlook, English)", "reportlab LiberationSans")
    f = Flow(d, styles("LiberationSans", "LiberationSans-Bold", 10))
    f.p("Meeting request", "h2")
    f.table([["Subject", "Herengracht 37 - oplevering en persmoment"],
             ["Organizer", "[[P|Femke Ruijgrok]] <[[E|f.ruijgrok@leiden.nl]]>"],
             ["Required", "[[P|Pieter-Jan de Wolff]]; [[P|Thijs Koolhoven]] <[[E|t.koolhoven@koolhovenstam.nl]]>; "
              "[[P|Mei-Lin Tjoa]] <[[E|ml.tjoa@archeobureaurijnland.nl]]>; {{M|communicatie@leiden.nl}}"],
             ["Optional", "[[P|Bas Timmerman]]; [[P|Van Leeuwaerden, Charlotte]]"],
             ["When", "Thursday, {{D|29 January 2026}} 10:00-11:00 (UTC+01:00) Amsterdam, Berlin"],
             ["Where", "{{O|Museum De Lakenhal}}, {{B|Oude Singel 32}}, {{L|Leiden}} / Microsoft Teams"]], [80, 400])
    f.sp(8)
    f.p("Hi all,")
    f.p("{{R|Wethouder Verbraeken}} would like to mark the completion of the restoration on site and present the "
        "majolica dish (find V-019) at {{O|De Lakenhal}}. Proposed programme: 10:00 welcome by the wethouder, 10:15 "
        "short talk by the archaeologist, 10:30 tour of the attic with the architect. The owner has asked not to be "
        "named in the press release.")
    f.p("[[P|Femke]]\n{{F|beleidsmedewerker erfgoed}} | {{O|Gemeente Leiden}} | mobile [[T|06-24 70 83 19]]")
    f.p("Join Microsoft Teams meeting - Meeting ID: 384 112 907 551 - Passcode: hT7sQ2", "s")
    f.build()
    return d


@doc
def cr34(d=None):
    d = Doc("cr34", "Presentielijst informatieavond omwonenden", "docx+LibreOffice landscape")
    w = DocxFlow(d, font="Liberation Sans", size=9, landscape=True)
    w.h("Presentielijst informatieavond restauratie {{B|Herengracht 37}}", 13)
    w.p("{{D|22 mei 2025}}, 19.30 uur, {{O|Hooglandse Kerk}} (consistoriekamer), {{L|Leiden}}. "
        "Organisatie: {{O|Gemeente Leiden}} en {{O|Koolhoven & Stam Restauratiearchitecten}}.")
    people = [
        ("[[P|H. Bouwmeester]]", "[[A|Herengracht 35]]", "-", "wil trillingsmeting"),
        ("[[P|Jolanda Okafor-de Graaf]]", "[[A|Herengracht 39]]", "[[E|jolanda.okafor@kpnmail.nl]]", ""),
        ("[[P|Michael Okafor]]", "[[A|Herengracht 39]]", "-", ""),
        ("[[P|A.M. van der Zwan]]", "[[A|Herengracht 41a]]", "[[E|amvdzwan@xs4all.nl]]", "VvE-voorzitter"),
        ("[[P|Gijs ten Brink]]", "[[A|Herengracht 33]]", "[[E|gijs.tenbrink@gmail.com]]", ""),
        ("[[P|Fatma Demirci]]", "[[A|Oude Vest 148]]", "[[E|f.demirci@hotmail.com]]", "parkeren?"),
        ("[[P|Wim 't Hart]]", "[[A|Herengracht 30]]", "-", "huurder"),
        ("[[P|Ineke Bosboom-Kreuger]]", "[[A|Zijlsingel 6]]", "[[E|bosboomkreuger@ziggo.nl]]", ""),
        ("[[P|Priya Raghoebier]]", "[[A|Herengracht 28]]", "[[E|p.raghoebier@outlook.com]]", "rolstoel, toegang stoep"),
        ("[[P|Tom de Vries]]", "[[A|Herengracht 43]]", "[[E|tomdevries1979@gmail.com]]", ""),
        ("[[P|Sem van Dijk-Roelofs]]", "[[A|Groenhazengracht 11]]", "-", "lid Oud Leiden"),
        ("[[P|R.J. Ostendorf]]", "namens eigenaar", "-", ""),
        ("[[P|Thijs Koolhoven]]", "{{O|Koolhoven & Stam}}", "{{M|info@koolhovenstam.nl}}", "presentatie"),
        ("[[P|Femke Ruijgrok]]", "{{O|Gemeente Leiden}}", "{{M|erfgoed@leiden.nl}}", "verslag"),
    ]
    rows = [["Naam", "Adres", "E-mail (voor nieuwsbrief)", "Opmerking", "Paraaf"]]
    for n, a, e, o in people:
        rows.append([n, a, e, o, ""])
    w.table(rows, widths_cm=[5.5, 5.5, 7, 5, 2.5], size=9)
    w.p("De gegevens op deze lijst worden alleen gebruikt om de aanwezigen te informeren over de voortgang "
        "(grondslag: toestemming). Vragen: {{M|erfgoed@leiden.nl}} of {{G|14 071}}.", size=8)
    path = w.save()
    DOCX_JOBS.append((d, path, None))
    return d


@doc
def cr35(d=None):
    d = Doc("cr35", "Machtiging eigenaar", "reportlab Courier form")
    f = Flow(d, styles("Courier", "Courier-Bold", 10))
    f.p("MACHTIGING", "h1")
    f.p("Ondergetekende,", "t")
    f.sp(4)
    f.table([["Naam", "[[P|Charlotte Alida van Leeuwaerden]]"],
             ["Geboren", "[[D|14 maart 1968]] te {{L|Leiden}}"],
             ["Paspoortnummer", "[[N|NXK4R71P2]]"],
             ["Adres", "[[A|Haaswijkweg 31, 2341 CJ Oegstgeest]]"],
             ["BSN", f"[[B|{BSN_CV[:4]}.{BSN_CV[4:6]}.{BSN_CV[6:]}]]"]], [130, 340])
    f.sp(8)
    f.p("eigenaar van het rijksmonument {{B|Herengracht 37}} te {{L|Leiden}} (kadastraal {{Z|Leiden F 1187}}), "
        "machtigt hierbij:", "n")
    f.table([["Naam", "[[P|Ruben Jeroen Ostendorf]]"],
             ["Geboren", "[[D|2 november 1965]] te {{L|Utrecht}}"],
             ["Rijbewijsnummer", "[[N|5173904826]]"],
             ["Adres", "[[A|Haaswijkweg 31, 2341 CJ Oegstgeest]]"]], [130, 340])
    f.sp(8)
    f.p("om namens haar alle handelingen te verrichten in verband met de aanvraag omgevingsvergunning "
        "({{Z|Z/25/318841}}), de subsidie {{X|SIM}} ({{Z|SIM-2025-04417}}) en de opdracht aan "
        "{{O|Bouwbedrijf Van der Kwaak}}, waaronder het ondertekenen van stukken, zolang [[S|zij in verband met haar "
        "longziekte in het ziekenhuis is opgenomen]].", "n")
    f.p("Daarnaast machtigt zij {{O|Koolhoven & Stam Restauratiearchitecten}} B.V., vertegenwoordigd door "
        "[[P|ing. T.W. Koolhoven]], om de aanvraag in het {{O|Omgevingsloket}} in te dienen.", "n")
    f.sp(10)
    f.p("Plaats en datum: Oegstgeest, {{D|28 februari 2025}}", "t")
    f.sp(6)
    f.table([["Handtekening volmachtgever", "Handtekening gevolmachtigde"]], [235, 235], grid=False)
    from reportlab.platypus import Table
    f.story.append(Table([[sig_flowable(seed=351), sig_flowable(seed=352)]], colWidths=[235, 235]))
    f.table([["[[P|C.A. van Leeuwaerden]]", "[[P|R.J. Ostendorf]]"]], [235, 235], grid=False)
    f.build()
    return d


# =====================================================================================
def main(argv):
    register_fonts()
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    wanted = argv or sorted(DOCS)
    built = [DOCS[s]() for s in wanted]
    if DOCX_JOBS:
        soffice_convert([p for _, p, _ in DOCX_JOBS])
        for dd, p, post in DOCX_JOBS:
            shutil.move(str(BUILD / f"{dd.stem}.pdf"), dd.pdf)
    for dd in built:
        post = POST.get(dd.stem)
        if post:
            post(dd)
    probs = []
    for dd in built:
        gold, pr = build_gold(dd)
        probs += pr
        (GOLD_DIR / f"{dd.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
        print(f"{dd.stem}: pages={gold['pages']} redact={len(gold['redact'])} keep={len(gold['keep'])}"
              + (f"  notes={dd.notes}" if dd.notes else "")
              + (f"  dropped={dd.dropped}" if dd.dropped else ""))
        gold["unprobed_scan_spans"] = dd.dropped
        (GOLD_DIR / f"{dd.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
    shutil.rmtree(BUILD, ignore_errors=True)
    for p in probs:
        print("PROBLEM", p)
    print(f"problems={len(probs)}")


if __name__ == "__main__":
    main(sys.argv[1:])
