"""Office producers: Word (python-docx -> LibreOffice Writer), PowerPoint (python-pptx -> LibreOffice
Impress) and Excel (openpyxl -> LibreOffice Calc)."""
from __future__ import annotations

from framework import (IMPRESS_NOTES, IMPRESS_PDF, WORK, Doc, bsn, finish, ghostscript, iban, plain,
                       soffice)
from registry import doc
from render import docx_pdf, xlsx_pdf


# ------------------------------------------------------------------------------------------
# Word
# ------------------------------------------------------------------------------------------
@doc("z01")
def z01():
    d = Doc("z01", "beslisnota (Word: comments, footnotes, header/footer author)", "python-docx -> LibreOffice Writer")
    blocks = [
        ("h1", "Beslisnota dijkversterking Lauwersmeerdijk"),
        ("table", [["Aan", "Van", "Datum", "Kenmerk"],
                   ["de {{minister van Infrastructuur en Waterstaat|ROLE}}",
                    "DG {{Water en Bodem|ORG}}, directie {{Waterkeringen|ORG}}", "12 februari 2025", "IENW/BSK-2025/31877"],
                   ["Contactpersoon", "[[Sjoerd Hiemstra|P]], senior beleidsmedewerker", "T [[06 1834 2276|T]]",
                    "[[sjoerd.hiemstra@minienw.nl|E]]"]], [2.8, 4.6, 3.1, 6.3]),
        ("h2", "Aanleiding"),
        ("p", "Het {{Hoogwaterbeschermingsprogramma|PROGRAM}} (HWBP) heeft de versterking van de Lauwersmeerdijk "
              "tussen {{Zoutkamp|PLACE}} en {{Lauwersoog|PLACE}} geprioriteerd (noot 1). Het {{Wetterskip Fryslân|ORG}} en "
              "{{Waterschap Noorderzijlvest|ORG}} vragen om een besluit over de meerkosten van € 14,2 miljoen. "
              "Op 28 januari sprak u hierover met gedeputeerde {{Sietske Poepjes|PUBLIC}} en dijkgraaf "
              "{{Luzette Kroon|PUBLIC}}; ⟪uw verslaglegging⟫ daarvan is als bijlage 2 opgenomen."),
        ("h2", "Geadviseerd besluit"),
        ("p", "Aan de {{minister|ROLE}} wordt gevraagd in te stemmen met een bijdrage uit het {{Deltafonds|ORG}} en "
              "de {{Tweede Kamer|ORG}} hierover te informeren via de voortgangsrapportage HWBP. Het lid "
              "{{Grinwis|PUBLIC}} ({{ChristenUnie|ORG}}) vroeg in het commissiedebat Water om een tijdpad (noot 2)."),
        ("h2", "Kern"),
        ("p", "De aannemerscombinatie {{Dijkverbetering Noord VOF|ORG}} meldt een tekort aan klei uit "
              "{{Groningen|PLACE}}. Projectleider [[Wietske Dijkstra-Bouma|P]] van het {{Wetterskip|ORG}} stelt voor "
              "de planning met vier maanden te verlengen. [[Dijkstra-Bouma|P=Wietske Dijkstra-Bouma]] heeft dit "
              "afgestemd met de omgevingsmanager, [[Douwe Wijbenga|P]] (bereikbaar via het algemene nummer "
              "{{058 292 2222|SWITCHBOARD}}). ⟪Zie ook de risicoparagraaf⟫ in de {{MIRT|ACRONYM}}-verkenning."),
        ("p", "Financieel is de bijdrage gedekt binnen artikel 12 van het {{Deltafonds|ORG}}. De directie "
              "{{Financiën, Management en Control|ORG}} (FMC) heeft meegelezen; [[Jildou Postma|P]] van FMC "
              "verzoekt de {{kasschuif|TERM}} in de eerste suppletoire begroting te verwerken."),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "Motivering: nog in te vullen."),
    ]
    notes = ["1 Brief van de minister aan de Tweede Kamer, Kamerstuk 32 698, nr. 91; opgesteld met "
                 "[[Tjitske Hoekstra|P]] ({{Rijkswaterstaat|ORG}}).",
                 "2 Toezegging aan het lid Grinwis, commissiedebat Water van 5 december 2024; zie ook de e-mail van "
                 "[[Hiemstra|P=Sjoerd Hiemstra]] aan {{dgwb-secretariaat@minienw.nl|MAILBOX}}."]
    blocks += [("small", n) for n in notes]
    comments = [("[[Tjitske Hoekstra|P]]", "TH", "Graag het verslag van [[Sjoerd|P=Sjoerd Hiemstra]] nog even laten "
                 "checken door [[Jildou|P=Jildou Postma]]."),
                ("[[Hiemstra, Sjoerd|P=Sjoerd Hiemstra]]", "SH", "Risico's zijn met [[Douwe|P=Douwe Wijbenga]] "
                 "doorgenomen, bel hem op [[06 5012 8843|T]].")]
    src = docx_pdf(d, blocks, author="[[Hiemstra, S.|P=Sjoerd Hiemstra]]",
                   header="{{Ministerie van Infrastructuur en Waterstaat|ORG}} - concept [[S. Hiemstra|P=Sjoerd Hiemstra]]",
                   footer="Paraaf opsteller: [[SH|I=Sjoerd Hiemstra]] | paraaf MT: [[WvdB|I]]",
                   comments=comments, title="Beslisnota Lauwersmeerdijk")
    finish(src, d, info={"Author": "[[Hiemstra, S.|P=Sjoerd Hiemstra]]", "Title": "Beslisnota Lauwersmeerdijk"})
    return d


@doc("z02")
def z02():
    d = Doc("z02", "P&O integrity case note (Word: tracked changes shown, comments)", "python-docx -> LibreOffice Writer")
    blocks = [
        ("h1", "Notitie integriteitsmelding 2024-017"),
        ("p", "Vertrouwelijk - {{Bureau Integriteit|ORG}} {{Gemeente Almere|ORG}}"),
        ("table", [["Betrokkene", "Melder", "Onderzoeker", "Datum"],
                   ["[[Rania Abu Zeid|P]], medewerker {{Vergunningen|ORG}}",
                    "[[Kofi Asante-Boateng|P]], teamleider", "[[Lotte ter Horst|P]] (extern, {{Hoffmann Bedrijfsrecherche|ORG}})",
                    "3 maart 2025"]], [4.5, 4, 4.5, 3]),
        ("h2", "Melding"),
        ("p", "Op 14 januari 2025 meldde [[Asante-Boateng|P=Kofi Asante-Boateng]] dat mevrouw [[Abu Zeid|P=Rania Abu Zeid]] "
              "vergunningaanvragen in {{Decos JOIN|PRODUCT}} zou hebben ingezien van haar zwager, "
              "⟦CH1⟧ de heer [[Omar Al-Halabi|P]]. Het {{Team Informatiebeveiliging|ORG}} heeft de "
              "{{audit log|TERM}} van {{Decos JOIN|PRODUCT}} opgevraagd⟦CH2⟧."),
        ("h2", "Hoor en wederhoor"),
        ("p", "In het gesprek van 20 februari, in aanwezigheid van vertrouwenspersoon [[Ayşe Yıldız|P]] en "
              "{{HR-adviseur|ROLE}} [[Marieke Kok-Veenstra|P]], verklaarde mevrouw [[Abu Zeid|P=Rania Abu Zeid]] dat zij "
              "op verzoek van collega [[Bram van 't Hek|P]] dossiers had geopend om een {{SLA|ACRONYM}}-termijn te "
              "bewaken. ⟪[[Van 't Hek|P=Bram van 't Hek]] bevestigt dit niet.⟫"),
        ("p", "De {{gemeentesecretaris|ROLE}} is geïnformeerd. Burgemeester {{Hein van der Loo|PUBLIC}} ontvangt "
              "als portefeuillehouder integriteit een samenvatting. ⟦CH3⟧"),
        ("h2", "Advies"),
        ("p", "Het {{Bureau Integriteit|ORG}} adviseert een schriftelijke berisping en een herhaling van de "
              "e-learning {{Informatiebeveiliging in de praktijk|PROGRAM}}. Paraaf onderzoeker: [[LtH|I=Lotte ter Horst]]."),
    ]
    changes = {"⟦CH1⟧": ("del", "[[Kok-Veenstra, M.|P=Marieke Kok-Veenstra]]", "mogelijk ook van haar broer [[Yasmin Al-Halabi|P]] en "),
               "⟦CH2⟧": ("ins", "[[Kok-Veenstra, M.|P=Marieke Kok-Veenstra]]", " via [[Quensly Maduro|P]] van de servicedesk"),
               "⟦CH3⟧": ("ins", "[[LtH|I=Lotte ter Horst]]", "Afschrift aan [[Koning, I.M.|P=Iris Koning]] (jurist P&O).")}
    comments = [("[[Marieke Kok-Veenstra|P]]", "MK", "Is dit letterlijk zo gezegd? Check bij [[Ayşe|P=Ayşe Yıldız]].")]
    src = docx_pdf(d, blocks, author="[[Marieke Kok-Veenstra|P]]", changes=changes, comments=comments,
                   footer="{{Gemeente Almere|ORG}} | {{Bureau Integriteit|ORG}} | vertrouwelijk")
    finish(src, d, info={"Author": "[[Marieke Kok-Veenstra|P]]"})
    return d


@doc("z03")
def z03():
    d = Doc("z03", "Woo-besluit with inventory (Word, header with author)", "python-docx -> LibreOffice Writer")
    inv = [["Nr.", "Datum", "Document", "Afzender", "Ontvanger", "Beoordeling", "Grond"],
           ["1", "04-09-2024", "E-mail over aanbesteding", "[[Wijayakusuma, R.|P=Ratna Wijayakusuma]]",
            "{{inkoop@provincie-utrecht.nl|MAILBOX}}", "Deels openbaar", "5.1.2e"],
           ["2", "06-09-2024", "Memo aan gedeputeerde", "[[Prasetyo, B.|P=Bambang Prasetyo]]",
            "gedeputeerde {{Mirjam Sterk|PUBLIC}}", "Deels openbaar", "5.1.2e"],
           ["3", "11-09-2024", "Gespreksverslag {{Bestuursakkoord Water|PROGRAM}}", "[[Dam, G.|P=Gerrit Dam]]",
            "[[Winter, H.|P=Henk Winter]]", "Deels openbaar", "5.1.2e, 5.2.1"],
           ["4", "20-09-2024", "Brief aan {{Hoogheemraadschap De Stichtse Rijnlanden|ORG}}",
            "{{Commissaris van de Koning|ROLE}}", "dijkgraaf", "Openbaar", "-"],
           ["5", "02-10-2024", "Whatsappberichten", "[[Zoë Brouwer|P]]", "[[Gerrit Dam|P]]", "Deels openbaar", "5.1.2e"]]
    blocks = [
        ("p", "{{Provincie Utrecht|ORG}}\nPostbus 80300\n3508 TH {{Utrecht|PLACE}}"),
        ("p", "Aan: [[de heer T.J. van den Bosch|P=Tom van den Bosch]]\n[[Kruisstraat 41bis|A]]\n[[3581 GK Utrecht|A]]"),
        ("p", "Datum: 21 februari 2025\nOns kenmerk: 8211F4C2\nOnderwerp: besluit op uw Woo-verzoek"),
        ("p", "Geachte heer [[Van den Bosch|P=Tom van den Bosch]],"),
        ("p", "Op 2 december 2024 heeft u op grond van de {{Wet open overheid|LAW}} (Woo) verzocht om documenten "
              "over de aanbesteding van het baggerwerk in de {{Vaartsche Rijn|PLACE}}. {{Gedeputeerde Staten|ORG}} "
              "besluiten de documenten deels openbaar te maken. Namen, e-mailadressen en telefoonnummers van "
              "medewerkers zijn weggelakt op grond van artikel 5.1, tweede lid, onder e Woo. Namen van "
              "gedeputeerden en van de {{Commissaris van de Koning|ROLE}}, {{Hans Oosters|PUBLIC}}, blijven leesbaar."),
        ("p", "Bij de belangenafweging is de zienswijze van de aannemer betrokken: eigenaar [[Karin Visser|P]] van "
              "{{Bouwbedrijf Lek & Vecht B.V.|ORG}} vroeg haar naam en haar mobiele nummer [[06-41223301|T]] weg te laken."),
        ("h2", "Inventarislijst"),
        ("table", inv, [1, 2.1, 3.6, 2.9, 3.2, 2.2, 1.8]),
        ("p", "Met vriendelijke groet,\n{{Gedeputeerde Staten van Utrecht|ORG}},\nnamens dezen,\n\n"
              "[[drs. R. Wijayakusuma|P=Ratna Wijayakusuma]]\n{{teamleider Juridische Zaken|ROLE}}"),
        ("small", "Bezwaar: binnen zes weken na verzending, {{Algemene wet bestuursrecht|LAW}}. Vragen: "
                  "{{woo@provincie-utrecht.nl|MAILBOX}} of {{030 258 9111|SWITCHBOARD}}."),
    ]
    src = docx_pdf(d, blocks, author="[[Bambang Prasetyo|P]]",
                   header="{{Provincie Utrecht|ORG}} | Woo-2024-0412 | behandelaar [[B. Prasetyo|P=Bambang Prasetyo]]",
                   footer="Pagina-opmaak: [[bprasetyo|U=Bambang Prasetyo]] v3")
    finish(src, d, info={"Author": "[[Bambang Prasetyo|P]]", "Subject": "Woo-2024-0412"})
    return d


@doc("z04")
def z04():
    d = Doc("z04", "answers to Kamervragen with footnotes (Word)", "python-docx -> LibreOffice Writer")
    blocks = [
        ("h1", "Antwoorden op Kamervragen over wachttijden bij de IND"),
        ("p", "Antwoorden van {{minister Van Weel|PUBLIC}} (Justitie en Veiligheid) en staatssecretaris "
              "{{Nobel|PUBLIC}} op vragen van de leden {{Van Baarle|PUBLIC}} ({{DENK|ORG}}) en {{Ceder|PUBLIC}} "
              "({{ChristenUnie|ORG}}) over de wachttijden bij de {{Immigratie- en Naturalisatiedienst|ORG}} "
              "(ingezonden 9 januari 2025).⟦FN1⟧"),
        ("h2", "Vraag 1"),
        ("p", "Kent u het bericht 'Gezinnen wachten jaren op hereniging'?"),
        ("h2", "Antwoord op vraag 1"),
        ("p", "Ja. Het bericht beschrijft de situatie van een Afghaanse familie in {{Zwolle|PLACE}}. De "
              "{{IND|ACRONYM}} heeft inmiddels contact opgenomen met de gemachtigde van het gezin."),
        ("h2", "Vraag 2"),
        ("p", "Hoeveel nareisaanvragen lagen er op 1 januari 2025 langer dan de wettelijke termijn?"),
        ("h2", "Antwoord op vraag 2"),
        ("p", "Op 1 januari 2025 waren dat er 7.412.⟦FN2⟧ De voormalige staatssecretaris {{Van der Burg|PUBLIC}} heeft "
              "in 2023 het programma {{Werkvoorraad Asiel|PROGRAM}} gestart; minister {{Faber|PUBLIC}} heeft dit "
              "voortgezet. De {{Algemene Rekenkamer|ORG}} rapporteert hierover in mei."),
        ("h2", "Vraag 3"),
        ("p", "Bent u bereid in overleg te treden met {{VluchtelingenWerk Nederland|ORG}}?"),
        ("h2", "Antwoord op vraag 3"),
        ("p", "Ja. Het overleg met {{VluchtelingenWerk|ORG}} vindt plaats in het {{Landelijk Vreemdelingenoverleg|ORG}}. "
              "Europarlementariër {{Malik Azmani|PUBLIC}} heeft om een afschrift van de uitkomsten gevraagd."),
    ]
    footnotes = ["Aanhangsel Handelingen II 2024/25, nr. 1187. Concept-antwoorden opgesteld door "
                 "[[Habibullah Karimi|P]] (DGM) en [[Fleur Zwolle|P]] (IND, {{Directie Uitvoeringsbeleid|ORG}}).",
                 "Peildatum-cijfers aangeleverd door [[F. Zwolle|P=Fleur Zwolle]], {{Business Intelligence|TERM}} IND; "
                 "navraag via [[f.zwolle@ind.nl|E]] of {{088 043 0430|SWITCHBOARD}}."]
    src = docx_pdf(d, blocks, author="[[Karimi, H.|P=Habibullah Karimi]]", footnotes=footnotes,
                   footer="2025Z00417 | concept [[HK|I=Habibullah Karimi]] / [[FZ|I=Fleur Zwolle]]")
    finish(src, d, info={"Author": "[[Karimi, H.|P=Habibullah Karimi]]", "Title": "Antwoorden Kamervragen 2025Z00417"})
    return d


@doc("z05")
def z05():
    d = Doc("z05", "Wmo case note, two columns (Word)", "python-docx -> LibreOffice Writer")
    b1, ib = bsn(501), iban("RABO", 501)
    blocks = [
        ("h1", "Gespreksverslag keukentafelgesprek Wmo"),
        ("p", "{{Gemeente Emmen|ORG}} - {{Team Wmo|ORG}}\nZaaknummer WMO-2025-00871"),
        ("p", "Cliënt: [[Faadumo Cali Nuur|P]], geboren 12-04-1961, BSN [[" + b1 + "|B]]\nAdres: "
              "[[Noorderstraat 14|A]], [[7811 AB Emmen|A]]\nTelefoon: [[0591 624 117|T]]"),
        ("p", "Aanwezig: cliënt, haar dochter [[Hodan Abdi Warsame|P]] (mantelzorger), tolk [[Mohamed Farah Jama|P]] "
              "({{Tolk- en Vertaalcentrum Nederland|ORG}}) en Wmo-consulent [[Tóth Eszter|P]]."),
        ("h2", "Situatie"),
        ("p", "Mevrouw [[Cali Nuur|P=Faadumo Cali Nuur]] woont alleen in een eengezinswoning van "
              "{{Lefier|ORG}}. Sinds een heupoperatie in het {{Treant|ORG}} ziekenhuis lukt traplopen niet meer. "
              "[[Hodan|P=Hodan Abdi Warsame]] komt dagelijks langs; zij werkt parttime bij {{Albert Heijn|ORG}}."),
        ("p", "De huisarts, [[dokter Blom|P=Ruud Blom]], heeft een verwijzing gestuurd naar de ergotherapeut van "
              "{{Zorggroep Tangenborgh|ORG}}."),
        ("h2", "Afspraken"),
        ("p", "1. Traplift aanvragen via {{Welzorg|ORG}}.\n2. Huishoudelijke hulp via {{Thuiszorg Drenthe|ORG}}, "
              "3 uur per week.\n3. Eigen bijdrage volgens het {{abonnementstarief|TERM}} via het {{CAK|ACRONYM}}; "
              "restitutie op IBAN [[" + ib + "|N]] t.n.v. [[F. Cali Nuur|P=Faadumo Cali Nuur]]."),
        ("p", "Vervolgafspraak 2 april met consulent [[Eszter Tóth|P=Tóth Eszter]] ([[e.toth@emmen.nl|E]], "
              "{{14 0591|SWITCHBOARD}})."),
        ("p", "Wethouder {{Robin Hoogeveen|PUBLIC}} is niet bij deze casus betrokken; de klacht over de "
              "wachttijd loopt via de {{Ombudsman Emmen|ORG}}."),
    ]
    src = docx_pdf(d, blocks, author="[[Tóth Eszter|P]]", columns=2,
                   header="{{Gemeente Emmen|ORG}} | Wmo | consulent [[E. Tóth|P=Tóth Eszter]]")
    finish(src, d, info={"Author": "[[Tóth Eszter|P]]"})
    return d


@doc("z06")
def z06():
    d = Doc("z06", "subsidy decision to a private person (Word, Ghostscript re-distilled)",
            "python-docx -> LibreOffice Writer -> Ghostscript")
    ib = iban("INGB", 606)
    blocks = [
        ("p", "{{Provincie Fryslân|ORG}}\n{{Tweebaksmarkt 52|ADDRESS_ORG}}, {{Leeuwarden|PLACE}}"),
        ("p", "[[Mevrouw J.A. de Wit-Hoekstra|P=Jildou de Wit-Hoekstra]]\n[[Pieter Stuyvesantweg 8|A]]\n[[8937 AE Leeuwarden|A]]"),
        ("p", "Onderwerp: subsidie {{Regeling Erfgoedboerderijen Fryslân|LAW}}\nKenmerk: 01887432"),
        ("p", "Geachte mevrouw [[De Wit-Hoekstra|P=Jildou de Wit-Hoekstra]],"),
        ("p", "U vroeg subsidie aan voor het herstel van de stelpboerderij 'Harsta State' aan de "
              "{{Burgemeester de Withstraat|STREET}} in {{Wirdum|PLACE}}. {{Gedeputeerde Staten|ORG}} verlenen u een "
              "subsidie van € 48.500. Gedeputeerde {{Friso Douwstra|PUBLIC}} heeft de boerderij op 6 februari bezocht, "
              "samen met erfgoedconsulent [[Anouk van Dam-Terpstra|P]] van {{Hûs en Hiem|ORG}}."),
        ("p", "Het bedrag wordt in twee termijnen betaald op rekening [[" + ib + "|N]] ten name van "
              "[[J.A. de Wit|P=Jildou de Wit-Hoekstra]] en [[S. de Wit|P=Sybren de Wit]]. Uw echtgenoot, "
              "[[Sybren de Wit|P]], is mede-eigenaar."),
        ("p", "Voor vragen kunt u contact opnemen met [[mevrouw Van Dam|P=Anouk van Dam-Terpstra]], "
              "telefoon [[058 292 5519|T]], of met {{subsidies@fryslan.frl|MAILBOX}}. Het {{Fries Museum|ORG}} en de "
              "{{Rijksdienst voor het Cultureel Erfgoed|ORG}} ontvangen een afschrift."),
        ("p", "Met vriendelijke groet,\n\n{{Gedeputeerde Staten van Fryslân|ORG}},\n\n[[P.J. Winter|P=Pieter Winter]], "
              "afdelingshoofd {{Cultuur en Erfgoed|ORG}}"),
    ]
    src = docx_pdf(d, blocks, author="[[pwinter|U=Pieter Winter]]",
                   footer="{{Provincie Fryslân|ORG}} - {{Postbus 20120|ADDRESS_ORG}} - {{8900 HM Leeuwarden|ADDRESS_ORG}} - {{058 292 5925|SWITCHBOARD}}")
    gs = ghostscript(src)
    finish(gs, d, info={"Author": "[[pwinter|U=Pieter Winter]]", "Title": "Beschikking 01887432"})
    return d


# ------------------------------------------------------------------------------------------
# PowerPoint (python-pptx -> Impress)
# ------------------------------------------------------------------------------------------
def _pptx():
    from pptx import Presentation
    from pptx.util import Cm
    p = Presentation()
    p.slide_width, p.slide_height = Cm(25.4), Cm(14.29)
    return p


def _tb(slide, d, x, y, w, h, text, size=16, bold=False, box=False):
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Cm, Pt
    if box:
        shp = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Cm(x), Cm(y), Cm(w), Cm(h))
        shp.fill.solid()
        shp.fill.fore_color.rgb = RGBColor(0xDD, 0xE8, 0xF4)
        shp.line.color.rgb = RGBColor(0x15, 0x42, 0x73)
    else:
        shp = slide.shapes.add_textbox(Cm(x), Cm(y), Cm(w), Cm(h))
    tf = shp.text_frame
    tf.word_wrap = True
    for i, line in enumerate(text.split("\n")):
        para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        r = para.add_run()
        r.text = d.t(line)
        r.font.size = Pt(size)
        r.font.bold = bold
        if box:
            r.font.color.rgb = RGBColor(0x10, 0x20, 0x40)
    return shp


def _notes(slide, d, text):
    slide.notes_slide.notes_text_frame.text = d.t(text)


def _line(slide, x1, y1, x2, y2):
    from pptx.util import Cm
    slide.shapes.add_connector(1, Cm(x1), Cm(y1), Cm(x2), Cm(y2))


@doc("z07")
def z07():
    d = Doc("z07", "slide deck printed as notes pages: presenters, org chart, speaker notes",
            "python-pptx -> LibreOffice Impress (notes pages)")
    p = _pptx()
    blank = p.slide_layouts[6]
    s = p.slides.add_slide(blank)
    _tb(s, d, 1.5, 3, 22, 2.5, "Programma {{Digitale Weerbaarheid Gemeenten|PROGRAM}}", 28, True)
    _tb(s, d, 1.5, 6.5, 22, 3, "Stuurgroep 18 maart 2025\n[[Arief Gunawan|P]] & [[Małgorzata Wójcik|P]] - "
        "{{Informatiebeveiligingsdienst|ORG}} ({{IBD|ACRONYM}})", 16)
    _notes(s, d, "Welkom door [[Arief|P=Arief Gunawan]]. Meld dat voorzitter {{Sharon Dijksma|PUBLIC}} "
           "(burgemeester {{Utrecht|PLACE}}) later aansluit. [[Małgorzata|P=Małgorzata Wójcik]] doet de demo.")
    s = p.slides.add_slide(blank)
    _tb(s, d, 1, 0.5, 23, 1.5, "Organisatie programmateam", 22, True)
    boxes = [(9, 2.3, "[[Kwame Mensah|P]]\nprogrammamanager"),
             (1, 6, "[[Chloë Verhoeven|P]]\n{{CISO|ACRONYM}}-adviseur"),
             (9, 6, "[[Joris in 't Zandt|P]]\n{{SOC|ACRONYM}}-lead"),
             (17, 6, "[[Luana Moreira da Silva|P]]\n{{DPIA|ACRONYM}} en {{AVG|LAW}}"),
             (5, 10, "[[Edsel Petronia|P]]\n{{incident response|TERM}}"),
             (13, 10, "[[Gábor Kiss|P]]\n{{Red Team|TERM}}")]
    for x, y, t in boxes:
        _tb(s, d, x, y, 7, 2.6, t, 12, box=True)
    _line(s, 12.5, 4.9, 4.5, 6)
    _line(s, 12.5, 4.9, 12.5, 6)
    _line(s, 12.5, 4.9, 20.5, 6)
    _line(s, 12.5, 8.6, 8.5, 10)
    _line(s, 12.5, 8.6, 16.5, 10)
    _notes(s, d, "[[Kwame|P=Kwame Mensah]] stuurt het team aan; [[Chloë|P=Chloë Verhoeven]] is tot juni met "
           "verlof, vervanging door [[Edsel Petronia|P]]. Contact team: {{ibd@vng.nl|MAILBOX}}.")
    s = p.slides.add_slide(blank)
    _tb(s, d, 1, 0.5, 23, 1.5, "Stand van zaken", 22, True)
    _tb(s, d, 1.5, 2.5, 22, 9, "• 212 gemeenten aangesloten op de {{Security Operations Center|TERM}}-dienst\n"
        "• {{BIO|ACRONYM}} 2.0 zelfevaluatie: 61 % afgerond\n• {{ENSIA|ACRONYM}}-verantwoording via {{Logius|ORG}}\n"
        "• {{Multi-Factor Authentication|TERM}} verplicht voor {{Microsoft 365|PRODUCT}}\n"
        "• Oefening met {{Veiligheidsregio Utrecht|ORG}} en het {{NCSC|ACRONYM}} in mei", 15)
    _notes(s, d, "Cijfers van [[Gábor Kiss|P]] (stand 1 maart). Noem de melding van [[Henk Dam|P]], {{ICT-coördinator|ROLE}} van {{Gemeente Zaanstad|ORG}}, "
           "mobiel [[06 2755 0198|T]].")
    s = p.slides.add_slide(blank)
    _tb(s, d, 1, 0.5, 23, 1.5, "Besluitpunten en contact", 22, True)
    _tb(s, d, 1.5, 2.5, 22, 6, "1. Instemmen met de {{roadmap|TERM}} 2025-2026\n2. Mandaat voor aanbesteding {{SIEM|ACRONYM}}\n\n"
        "Contact: [[a.gunawan@vng.nl|E]] | [[m.wojcik@vng.nl|E]] | {{070 373 8393|SWITCHBOARD}}", 15)
    _notes(s, d, "Als {{minister Uitermark|PUBLIC}} de brief ondertekent, informeert [[Małgorzata|P=Małgorzata Wójcik]] "
           "de {{VNG|ACRONYM}}-directie.")
    p.core_properties.author = d.t("[[Arief Gunawan|P]]", "metadata")
    p.core_properties.last_modified_by = ""
    src = WORK / "z07.pptx"
    p.save(str(src))
    pdf = soffice(src, IMPRESS_NOTES)
    finish(pdf, d, info={"Author": "[[Arief Gunawan|P]]"})
    return d


@doc("z08")
def z08():
    d = Doc("z08", "slide deck (slides): project kick-off with team photo captions and contact slide",
            "python-pptx -> LibreOffice Impress")
    p = _pptx()
    blank = p.slide_layouts[6]
    s = p.slides.add_slide(blank)
    _tb(s, d, 1.5, 3, 22, 2.5, "Kick-off vervanging zaaksysteem", 28, True)
    _tb(s, d, 1.5, 6.5, 22, 3, "{{Gemeente Kerkrade|ORG}} | {{Informatiemanagement|ORG}}\n"
        "Presentatie: [[Quincy Rosaria|P]] en [[Sharlon Isenia|P]]", 16)
    s = p.slides.add_slide(blank)
    _tb(s, d, 1, 0.5, 23, 1.5, "Waarom een nieuw zaaksysteem?", 22, True)
    _tb(s, d, 1.5, 2.5, 22, 9, "• Contract {{Mozard|PRODUCT}} loopt af op 31-12-2025\n"
        "• Aansluiten op {{Common Ground|PROGRAM}} en {{ZGW API's|TERM}}\n"
        "• Koppeling met {{DigiD|PRODUCT}}, {{MijnOverheid|PRODUCT}} en het {{Omgevingsloket|PRODUCT}}\n"
        "• Archivering volgens de {{Archiefwet 1995|LAW}} ({{e-Depot|PRODUCT}} {{Rijckheyt|ORG}})", 15)
    s = p.slides.add_slide(blank)
    _tb(s, d, 1, 0.5, 23, 1.5, "Het projectteam", 22, True)
    team = [("[[Quincy Rosaria|P]]", "projectleider"), ("[[Sharlon Isenia|P]]", "informatiearchitect"),
            ("[[Noël Bijl|P]]", "functioneel beheerder"), ("[[Iris Koning|P]]", "privacy officer"),
            ("[[René Maréchal|P]]", "inkoopadviseur"), ("[[Ellen Kok|P]]", "archivaris")]
    for i, (n, r) in enumerate(team):
        x, y = 1 + (i % 3) * 8, 2.5 + (i // 3) * 5
        _tb(s, d, x, y, 7, 1.6, "[foto]", 10, box=True)
        _tb(s, d, x, y + 1.8, 7, 2, f"{n}\n{r}", 12)
    s = p.slides.add_slide(blank)
    _tb(s, d, 1, 0.5, 23, 1.5, "Planning en contact", 22, True)
    _tb(s, d, 1.5, 2.5, 22, 9, "Q2: marktconsultatie via {{TenderNed|PRODUCT}}\nQ3: gunning, {{DPIA|ACRONYM}} door "
        "[[I. Koning|P=Iris Koning]]\nQ4: migratie en {{go-live|TERM}}\n\nVragen? [[q.rosaria@kerkrade.nl|E]] - "
        "[[+31 6 4321 8765|T]]\nAlgemeen: {{zaaksysteem@kerkrade.nl|MAILBOX}} - {{14 045|SWITCHBOARD}}\n"
        "Opdrachtgever: wethouder {{Jo Gerards|PUBLIC}}; informeren burgemeester {{Petra Dassen-Housen|PUBLIC}}", 15)
    p.core_properties.author = d.t("[[Sharlon Isenia|P]]", "metadata")
    p.core_properties.last_modified_by = ""
    src = WORK / "z08.pptx"
    p.save(str(src))
    pdf = soffice(src, IMPRESS_PDF)
    finish(pdf, d, info={"Author": "[[Sharlon Isenia|P]]", "Title": "Kick-off zaaksysteem"})
    return d


@doc("z09")
def z09():
    d = Doc("z09", "slide deck printed as notes pages: crisis team briefing", "python-pptx -> LibreOffice Impress (notes pages)")
    p = _pptx()
    blank = p.slide_layouts[6]
    s = p.slides.add_slide(blank)
    _tb(s, d, 1.5, 3, 22, 2.5, "Briefing {{ROT|ACRONYM}} - stroomstoring Almere-Buiten", 26, True)
    _tb(s, d, 1.5, 6.5, 22, 3, "{{Veiligheidsregio Flevoland|ORG}}, 7 januari 2025, 14.00 uur\n"
        "Operationeel leider: [[Wouter ten Cate|P]]", 16)
    _notes(s, d, "Spreker: [[Wouter ten Cate|P]]. Burgemeester {{Hein van der Loo|PUBLIC}} is voorzitter van het "
           "{{GBT|ACRONYM}}; {{Liander|ORG}} levert een liaison: [[Jürgen Schäfer|P]] ([[06 1177 3409|T]]).")
    s = p.slides.add_slide(blank)
    _tb(s, d, 1, 0.5, 23, 1.5, "Beeld", 22, True)
    _tb(s, d, 1.5, 2.5, 22, 9, "• 11.400 aansluitingen zonder stroom\n• {{Flevoziekenhuis|ORG}} op noodstroom\n"
        "• {{NL-Alert|PRODUCT}} verstuurd 12.10 uur\n• Opvang in {{Sporthal De Marken|ORG}}", 15)
    _notes(s, d, "Informatiemanager [[Akosua Darko|P]] houdt {{LCMS|ACRONYM}} bij. Meld dat een bewoner, "
           "[[mevrouw Verhoef|P=Dina Verhoef]] van de [[Kiekendiefweg 3|A]], afhankelijk is van thuisbeademing; "
           "de {{GHOR|ACRONYM}} belt haar dochter [[Dina Verhoef|P]].")
    s = p.slides.add_slide(blank)
    _tb(s, d, 1, 0.5, 23, 1.5, "Acties", 22, True)
    _tb(s, d, 1.5, 2.5, 22, 9, "• Communicatie: woordvoerder {{Marjolein Sas|PUBLIC}}\n"
        "• Verslaglegging: [[Inés Ortíz-Leenders|P]]\n• Volgende {{ROT|ACRONYM}}: 16.00 uur", 15)
    _notes(s, d, "Verslag naar {{rot-verslag@vrfl.nl|MAILBOX}}; [[Inés|P=Inés Ortíz-Leenders]] zet het in "
           "{{LCMS|ACRONYM}}. Meldkamer: {{0320 24 82 00|SWITCHBOARD}}.")
    p.core_properties.author = d.t("[[Akosua Darko|P]]", "metadata")
    p.core_properties.last_modified_by = ""
    src = WORK / "z09.pptx"
    p.save(str(src))
    pdf = soffice(src, IMPRESS_NOTES)
    finish(pdf, d, info={"Author": "[[Akosua Darko|P]]"})
    return d


# ------------------------------------------------------------------------------------------
# Excel (openpyxl -> Calc), landscape, many narrow columns
# ------------------------------------------------------------------------------------------
@doc("z10")
def z10():
    d = Doc("z10", "Woo inventory spreadsheet (productierapport columns), landscape", "openpyxl -> LibreOffice Calc")
    hdr = ["ID", "Matter", "Family ID", "Email Thread ID", "Document", "File type", "Datum", "Van", "Aan", "CC",
           "Beoordeling", "Beoordelingsgrond", "Toelichting", "Zaaknummer"]
    rows = [hdr]
    data = [
        ("Re: planning Woo-verzoek stikstof", "msg", "03-05-2024", "[[Dijkstra, W.|P=Wietske Dijkstra]]",
         "{{woo@minlnv.nl|MAILBOX}}", "[[Kovács, A.|P=Anna Kovács]]", "Deels openbaar", "5.1.2e", "namen ambtenaren"),
        ("Nota aan minister {{Wiersma|PUBLIC}}", "docx", "07-05-2024", "[[Rahimi, M.|P=Maryam Rahimi]]",
         "{{minister van LNV|ROLE}}", "", "Deels openbaar", "5.1.2e, 5.2.1", "persoonlijke beleidsopvattingen"),
        ("Verslag overleg {{LTO Nederland|ORG}}", "pdf", "14-05-2024", "[[Noorzai, F.|P=Farid Noorzai]]",
         "[[Dijkstra, W.|P=Wietske Dijkstra]]", "[[de Groot, B.|P=Bas de Groot]]", "Openbaar", "", ""),
        ("Fw: vraag Kamerlid {{Van der Plas|PUBLIC}}", "msg", "16-05-2024", "[[Bas de Groot|P]]",
         "[[Maryam Rahimi|P]]", "{{dgan-secretariaat@minlnv.nl|MAILBOX}}", "Deels openbaar", "5.1.2e", ""),
        ("Bijlage: kaart {{Natura 2000|PROGRAM}}-gebieden", "pdf", "16-05-2024", "[[Bas de Groot|P]]", "", "",
         "Openbaar", "", "reeds openbaar (Gerelateerd ID 18)"),
        ("Appberichten DG", "txt", "21-05-2024", "[[Anna Kovács|P]]", "[[Farid Noorzai|P]]", "", "Deels openbaar",
         "5.1.2e", "mobiele nummers"),
        ("Agenda {{RVO|ACRONYM}}-overleg", "ics", "22-05-2024", "[[Joao Pedro dos Santos Oliveira|P]]",
         "[[Wietske Dijkstra|P]]", "", "Openbaar", "", ""),
        ("Concept Kamerbrief {{NPLG|ACRONYM}}", "docx", "28-05-2024", "[[Maryam Rahimi|P]]",
         "{{staatssecretaris Van der Wal|PUBLIC}}", "[[Bas de Groot|P]]", "Niet openbaar", "5.2.1", "concept"),
    ]
    for i, r in enumerate(data):
        rows.append([str(2024100 + i), "Woo-2024-077", f"F{31 + i // 2}", f"T{12 + i}", r[0], r[1], r[2], r[3],
                     r[4], r[5], r[6], r[7], r[8], "2024-0077"])
    path = xlsx_pdf(d, rows, [7, 8, 6, 7, 18, 5, 8, 12, 13, 12, 9, 9, 13, 8],
                    creator="[[Maryam Rahimi|P]]", header="{{Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur|ORG}} - productierapport",
                    footer="Gegenereerd door [[mrahimi|U=Maryam Rahimi]]",
                    title_rows=["Productierapport Woo-2024-077 ({{Wet open overheid|LAW}})"])
    finish(path, d, info={"Author": "[[Maryam Rahimi|P]]"})
    return d


@doc("z11")
def z11():
    d = Doc("z11", "register of subsidy recipients (private persons) printed from Excel", "openpyxl -> LibreOffice Calc")
    hdr = ["Nr", "Aanvrager", "Straat", "PC", "Plaats", "IBAN", "Telefoon", "E-mail", "Maatregel", "Bedrag",
           "Status", "Behandelaar"]
    people = [
        ("[[Dewi Sulistyowati|P]]", "[[Javastraat 112|A]]", "[[2585 AV|A]]", "{{Den Haag|PLACE}}", iban("ABNA", 11),
         "[[06-18264493|T]]", "[[dewi.suli@ziggo.nl|E]]", "{{warmtepomp|TERM}}", "€ 2.500", "verleend", "[[Blom, R.|P=Ruud Blom]]"),
        ("[[Kiss Gábor Péter|P]]", "[[Laan van Meerdervoort 700|A]]", "[[2564 AP|A]]", "{{Den Haag|PLACE}}", iban("TRIO", 12),
         "[[070 363 1187|T]]", "[[gabor.kiss@gmail.com|E]]", "{{isolatie|TERM}}", "€ 1.200", "verleend", "[[Blom, R.|P=Ruud Blom]]"),
        ("[[Thijs de Wit|P]]", "[[Burgemeester Patijnlaan 14|A]]", "[[2585 BE|A]]", "{{Den Haag|PLACE}}", iban("RABO", 13),
         "[[+31 6 2091 4470|T]]", "[[thijsdewit@xs4all.nl|E]]", "{{zonneboiler|TERM}}", "€ 950", "afgewezen", "[[Ellen Visser|P]]"),
        ("[[Yasmin Al-Masri|P]]", "[[Hobbemastraat 9|A]]", "[[2526 JA|A]]", "{{Den Haag|PLACE}}", iban("INGB", 14),
         "[[06 3320 5511|T]]", "[[y.almasri@hotmail.com|E]]", "{{warmtepomp|TERM}}", "€ 2.500", "in behandeling", "[[Ellen Visser|P]]"),
        ("[[Khaled Abu Saleh|P]]", "[[Vaillantlaan 301|A]]", "[[2526 HE|A]]", "{{Den Haag|PLACE}}", iban("SNSB", 15),
         "[[06-44120987|T]]", "[[k.abusaleh@live.nl|E]]", "{{isolatie|TERM}}", "€ 800", "verleend", "[[Blom, R.|P=Ruud Blom]]"),
        ("[[Ana Paula Ferreira da Costa|P]]", "[[Prins Hendrikplein 6|A]]", "[[2518 JA|A]]", "{{Den Haag|PLACE}}", iban("BUNQ", 16),
         "[[06 5123 0067|T]]", "[[anapaula.costa@gmail.com|E]]", "{{HR++ glas|TERM}}", "€ 1.450", "verleend", "[[Ellen Visser|P]]"),
    ]
    rows = [hdr] + [[str(i + 1)] + list(p[:4]) + ["[[" + p[4] + "|N]]"] + list(p[5:]) for i, p in enumerate(people)]
    path = xlsx_pdf(d, rows, [4, 16, 16, 7, 8, 19, 12, 18, 10, 7, 9, 10],
                    creator="[[Ellen Visser|P]]", header="{{Gemeente Den Haag|ORG}} | {{Subsidieregeling Verduurzaming Particuliere Woningen|LAW}} | stand 1-3-2025",
                    footer="Vertrouwelijk - behandelaar [[E. Visser|P=Ellen Visser]] - {{Team Subsidies|ORG}}")
    finish(path, d, info={"Author": "[[Ellen Visser|P]]", "Title": "Register verduurzaming"})
    return d


@doc("z12")
def z12():
    d = Doc("z12", "attendance and training matrix of staff, many narrow columns", "openpyxl -> LibreOffice Calc")
    hdr = ["Medewerker", "Pers.nr", "Functie", "Afdeling", "{{BHV|ACRONYM}}", "{{EHBO|ACRONYM}}", "{{AVG|LAW}}-training",
           "{{Phishing|TERM}}-test", "{{BIO|ACRONYM}}", "Mobiel", "Opmerking"]
    staff = [("[[Bakker, J.|P=Jeroen Bakker]]", "40117", "{{toezichthouder|ROLE}}", "{{Handhaving|ORG}}", "ja", "ja", "2024", "geslaagd", "ja", "[[06 1020 3344|T]]", ""),
             ("[[Abdi, H.|P=Hodan Abdi]]", "40288", "{{klantmanager|ROLE}}", "{{Werk en Inkomen|ORG}}", "nee", "nee", "2023", "gezakt", "ja", "[[06 2233 4411|T]]", "herkansing na verlof"),
             ("[[Wever, K.|P=Kimberly Wever]]", "40301", "{{jurist|ROLE}}", "{{Bezwaar en Beroep|ORG}}", "ja", "nee", "2025", "geslaagd", "nee", "[[06 3141 5926|T]]", ""),
             ("[[OORTWIJN, P.H.|P=Pieter Oortwijn]]", "40355", "{{teamleider|ROLE}}", "{{Handhaving|ORG}}", "ja", "ja", "2024", "geslaagd", "ja", "[[06 2718 2818|T]]", "vervangt [[Bakker|P=Jeroen Bakker]] bij afwezigheid"),
             ("[[Yıldız, A.|P=Ayşe Yıldız]]", "40390", "{{vertrouwenspersoon|ROLE}}", "{{HR|ACRONYM}}", "nee", "ja", "2025", "n.v.t.", "ja", "[[06 4455 6677|T]]", ""),
             ("[[Op de Kamp, F.|P=Fenna op de Kamp]]", "40412", "{{beleidsadviseur|ROLE}}", "{{Sociaal Domein|ORG}}", "ja", "nee", "2024", "gezakt", "ja", "[[06 9988 7766|T]]", "langdurig ziek, zie {{Arbo Unie|ORG}}")]
    rows = [hdr] + [list(s) for s in staff]
    path = xlsx_pdf(d, rows, [16, 7, 13, 13, 5, 5, 8, 9, 5, 12, 22],
                    creator="[[Kimberly Wever|P]]", header="{{Gemeente Hoorn|ORG}} - opleidingsmatrix 2025",
                    footer="Bijgehouden door [[K. Wever|P=Kimberly Wever]] | {{P&O|ACRONYM}}")
    finish(path, d, info={"Author": "[[Kimberly Wever|P]]"})
    return d
