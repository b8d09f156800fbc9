"""Set NV, documents nv23-nv33: scanned attendance list, beslisnota, Kamerbrief, press release, draft plan with
sticky notes, roster, enforcement report with bookmarks, council questions, mail with the requester, the Woo
decision and its inventory."""
from __future__ import annotations

import io

from lib import A4, Doc, finish, landscape, mm, rl_doc, scan_pdf
from content_a import ASPOSE, ITEXT, NITRO, NVWA_HEAD, OUTLOOK, WORD
from content_b import _scan_page


# ------------------------------------------------------------------------------------------------
def nv23(d):
    rows = [("[[Gerard Schuurman]]", "pluimvee, Lunteren", "G. Schuurman"),
            ("[[Hennie Vlastuin]]", "vleeskuikens, Scherpenzeel", "H. Vlastuin"),
            ("[[Aart van de Kolk]]", "leghennen, Barneveld", "A.v.d. Kolk"),
            ("[[Willemijn Hoogendoorn]]", "ZLTO", "W. Hoogendoorn"),
            ("[[Jacob Ruitenberg]]", "eenden, Ede", "J. Ruitenberg"),
            ("[[Rick van 't Klooster]]", "leghennen, Lunteren", "R. v. Klooster"),
            ("[[Teunis Brouwer]]", "kalkoenen, Voorthuizen", "T. Brouwer")]

    def draw(c):
        W, H = A4
        c.setFont("Helvetica-Bold", 13)
        c.drawString(20 * mm, H - 25 * mm, "Presentielijst informatieavond vogelgriep")
        c.setFont("Helvetica", 10)
        c.drawString(20 * mm, H - 32 * mm, "25 november 2025, Theater De Schaffelaar, Barneveld")
        c.drawString(20 * mm, H - 38 * mm, "Organisatie: ZLTO / NVWA / gemeente Barneveld")
        y0 = H - 50 * mm
        xs = [15 * mm, 82 * mm, 140 * mm, 196 * mm]
        c.setFont("Helvetica-Bold", 10)
        c.drawString(xs[0] + 2 * mm, y0 + 2 * mm, "Naam")
        c.drawString(xs[1] + 2 * mm, y0 + 2 * mm, "Bedrijf / organisatie")
        c.drawString(xs[2] + 2 * mm, y0 + 2 * mm, "Handtekening")
        rh = 15 * mm
        for i, (n, org, sig) in enumerate(rows):
            y = y0 - (i + 1) * rh
            c.line(xs[0], y, xs[3], y)
            c.setFont("DejaVuSerif-Italic", 13.5)
            c.drawString(xs[0] + 2 * mm, y + 4 * mm, d.o(n))
            c.setFont("DejaVuSerif-Italic", 10.5)
            c.drawString(xs[1] + 2 * mm, y + 4 * mm, org)
            c.setFont("DejaVuSerif-Italic", 13)
            c.drawString(xs[2] + 4 * mm, y + 4 * mm, d.o(f"[[{sig}]]") if sig[-1].isalpha() else sig)
        c.line(xs[0], y0, xs[3], y0)
        for x in xs:
            c.line(x, y0 + 8 * mm, x, y0 - len(rows) * rh)
        c.line(xs[0], y0 + 8 * mm, xs[3], y0 + 8 * mm)
        c.setFont("Helvetica", 9)
        c.drawString(20 * mm, 30 * mm, d.o("Lijst na afloop ingenomen door [[H. Jol]] (NVWA), tel. [[06-31 08 77 25]]"))
    data = scan_pdf(d, _scan_page(d, draw), "", "", angles=(0.9,), seed=23)
    finish(d, data, "Xerox AltaLink C8130", "Xerox AltaLink C8130", title="Presentielijst")


# ------------------------------------------------------------------------------------------------
def nv24(d):
    b = [
        ("small", "{{Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur}}<br/>{{DG Agro}} \u2013 "
                  "{{Directie Dierketens en Dierenwelzijn}}"),
        ("h1", "Beslisnota"),
        ("kv", [("Aan", "de minister van LNV"),
                ("Van", "[[Zo\u00eb Brandsma]], beleidsmedewerker dierziekten"),
                ("Datum", "20 november 2025"), ("Kenmerk", "{{REF|DGA-DDD / 95012834}}"),
                ("Onderwerp", "Preventieve ruiming 1-km-zone Lunteren en Kamerbrief vogelgriep"),
                ("Kopie aan", "{{ROLE|directeur-generaal Agro}}, {{Directie Communicatie}}, NVWA"),
                ("Contactpersoon", "[[Z. Brandsma]] \u2013 [[06 2417 5580]] \u2013 "
                                   "[[zo\u00eb.brandsma@minlnv.nl]]")]),
        ("h2", "Aanleiding"),
        ("p", "Op 17 november 2025 is hoogpathogene vogelgriep ({{TERM|H5N1}}) vastgesteld op een "
              "legpluimveebedrijf in {{PLACE|Lunteren}} (gemeente Ede). Het bedrijf is op 18 november geruimd. "
              "Binnen een straal van 1 kilometer liggen twee pluimveebedrijven. De {{Deskundigengroep "
              "Dierziekten}} adviseert preventief te ruimen."),
        ("h2", "Geadviseerd besluit"),
        ("p", "Aan de minister wordt gevraagd: (1) in te stemmen met preventieve ruiming van de twee bedrijven in "
              "de 1-km-zone; (2) in te stemmen met bijgaande Kamerbrief; (3) kennis te nemen van de vragen van "
              "het lid {{ROLE|Hazenberg (BBB)}} over de tegemoetkoming."),
        ("h2", "Kern"),
        ("p", "Preventieve ruiming beperkt het risico op verdere verspreiding in dit pluimveedichte gebied (ca. "
              "4,8 miljoen dieren binnen 10 km). De eigenaar van een van de bedrijven, de heer [[Schuurman]], "
              "heeft telefonisch bezwaar aangekondigd; de NVWA heeft hem bezocht samen met de "
              "{{ROLE|burgemeester van Ede}}."),
        ("h2", "Toelichting"),
        ("p", "De kosten van de tegemoetkoming worden geraamd op \u20ac 1,9 miljoen en komen ten laste van het "
              "{{Diergezondheidsfonds}}. Cofinanciering door de {{Europese Commissie}} is mogelijk op grond van "
              "{{LAW|Verordening (EU) 2021/690}}."),
        ("h2", "Krachtenveld"),
        ("p", "{{LTO Nederland}} en de {{NVP}} steunen het besluit. De {{Partij voor de Dieren}} heeft vragen "
              "gesteld over vaccinatie. De {{ROLE|gedeputeerde Stegeman}} van de provincie Gelderland heeft om "
              "een bestuurlijk overleg gevraagd."),
        ("h2", "Communicatie"),
        ("p", "Het persbericht is afgestemd met de woordvoering van de NVWA. Vragen van omwonenden worden "
              "doorverwezen naar het {{Klant Contact Centrum}} van de NVWA. De familie van de getroffen "
              "pluimveehouder heeft gevraagd geen namen of adressen te noemen; de zoon, [[Rick]], is door "
              "[[W. 't Hooft]] gebeld over de tegemoetkoming."),
        ("h2", "Bijlagen"),
        ("p", "1. Advies Deskundigengroep Dierziekten van 19 november 2025<br/>2. Concept-Kamerbrief<br/>"
              "3. Kaart 1-km- en 10-km-zone"),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "[Nog in te vullen bij openbaarmaking]"),
        ("h2", "Paraafblok"),
        ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                   ["[[Z. Brandsma]]", "beleidsmedewerker", "[[INITIALS|ZBr]]", "20-11"],
                   ["[[drs. P.A. van Lieshout]]", "MT-lid DDD", "[[INITIALS|PvL]]", "20-11"],
                   ["[[W. 't Hooft]]", "NVWA crisisco\u00f6rdinator", "akkoord per mail", "20-11"]],
         [55 * mm, 55 * mm, 30 * mm, 25 * mm]),
    ]
    finish(d, rl_doc(d, b, "Helvetica", 11.5, header="Beslisnota DGA-DDD / 95012834"), *WORD,
           title="Beslisnota preventieve ruiming", author="Brandsma, Z.")


# ------------------------------------------------------------------------------------------------
def nv25(d):
    b = [
        ("small", "> Retouradres {{Postbus 20401}} 2500 EK Den Haag"),
        ("p", "De Voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>{{Prinses Irenestraat 6}}<br/>"
              "2595 BD {{PLACE|Den Haag}}"),
        ("kv", [("Datum", "20 november 2025"), ("Betreft", "Uitbraak vogelgriep in Lunteren"),
                ("Ons kenmerk", "{{REF|DGA-DDD / 95012901}}")]),
        ("p", "Geachte voorzitter,"),
        ("p", "Met deze brief informeer ik uw Kamer over de uitbraak van hoogpathogene vogelgriep op een "
              "legpluimveebedrijf in {{PLACE|Lunteren}} en de maatregelen die ik heb genomen."),
        ("h2", "Uitbraak en maatregelen"),
        ("p", "Op 17 november 2025 is de besmetting bevestigd door {{Wageningen Bioveterinary Research}}. Het "
              "bedrijf met circa 38.400 leghennen is op 18 november door de NVWA geruimd. Op advies van de "
              "{{Deskundigengroep Dierziekten}} heb ik besloten ook twee pluimveebedrijven in de 1-kilometerzone "
              "preventief te ruimen. Rond het besmette bedrijf geldt een beschermingszone van 3 km en een "
              "toezichtszone van 10 km, met een vervoersverbod. De landelijke ophokplicht blijft van kracht."),
        ("h2", "Tegemoetkoming"),
        ("p", "Pluimveehouders van wie dieren zijn gedood, ontvangen een tegemoetkoming in de waarde van de dieren "
              "op grond van {{LAW|artikel 86 van de Wet dieren}}. In antwoord op de vraag van het lid "
              "{{ROLE|Hazenberg (BBB)}} tijdens het commissiedebat van 12 november merk ik op dat ik de "
              "taxatiesystematiek laat evalueren door {{Wageningen Economic Research}}."),
        ("h2", "Vaccinatie"),
        ("p", "Het Kamerlid {{ROLE|Bouwmeester (GroenLinks-PvdA)}} heeft gevraagd naar de stand van zaken van "
              "de vaccinatiepilot. De pilot bij een legpluimveebedrijf in {{PLACE|Putten}} loopt sinds maart "
              "2025; de eerste resultaten ontvangt uw Kamer in het voorjaar van 2026."),
        ("h2", "Tot slot"),
        ("p", "Ik realiseer me dat een ruiming ingrijpend is voor de betrokken pluimveehouders en hun gezinnen. "
              "Ik waardeer de inzet van de medewerkers van de NVWA, de gemeente Ede en de "
              "{{Veiligheidsregio Gelderland-Midden}}. Ik houd uw Kamer op de hoogte."),
        ("p", "De minister van Landbouw, Visserij, Voedselzekerheid<br/>en Natuur,"),
        ("sp", 14),
        ("p", "{{ROLE|J.A. Kortenhoeven}}"),
    ]
    finish(d, rl_doc(d, b, "DejaVuSans", 12, footer="Kamerbrief DGA-DDD / 95012901"), *WORD,
           title="Kamerbrief uitbraak vogelgriep Lunteren", author="Joost Habermehl")
    d.hide("metadata", "PERSON", "Joost Habermehl")


# ------------------------------------------------------------------------------------------------
def nv26(d):
    b = [
        ("small", "PERSBERICHT \u2013 {{Nederlandse Voedsel- en Warenautoriteit}} en {{ministerie van LNV}}"),
        ("h1", "Vogelgriep vastgesteld in Lunteren; 38.400 leghennen geruimd"),
        ("p", "<b>Utrecht, 18 november 2025</b> \u2013 Op een legpluimveebedrijf in {{PLACE|Lunteren}} is "
              "hoogpathogene vogelgriep vastgesteld. Het gaat om de variant {{TERM|H5N1}}. De NVWA heeft de "
              "circa 38.400 leghennen op het bedrijf vandaag gedood om verspreiding te voorkomen. Er is "
              "een vervoersverbod ingesteld in een straal van 10 kilometer."),
        ("p", "Minister {{ROLE|Kortenhoeven}} van LNV: \u201cDit is een zware dag voor de pluimveehouder en haar "
              "familie. We doen er alles aan om verdere verspreiding te voorkomen.\u201d"),
        ("p", "In de 10-kilometerzone liggen 64 andere pluimveebedrijven. Deze worden onderzocht op vogelgriep. "
              "Op de website van de {{Rijksoverheid}} staat een kaart met de zones. Pluimveehouders met vragen "
              "kunnen bellen met het {{Klant Contact Centrum}} van de NVWA, {{PHONE_GENERAL|0900 0388}}."),
        ("p", "Vogelgriep is een besmettelijke ziekte bij vogels. Het risico voor de volksgezondheid is volgens het "
              "{{RIVM}} laag. Het eten van eieren en kippenvlees is veilig."),
        ("h2", "Noot voor redacties"),
        ("p", "Voor meer informatie: {{ROLE|woordvoerder Lisanne Roozendaal}}, {{PHONE_GENERAL|070 378 6677}}, "
              "{{EMAIL_FUNCTIONAL|persvoorlichting@nvwa.nl}}."),
    ]
    finish(d, rl_doc(d, b, "Helvetica", 11), *NITRO, title="Persbericht vogelgriep Lunteren",
           xmp_creator="Merel Oudshoorn-Tjon", author="Communicatie NVWA")
    d.hide("metadata", "PERSON", "Merel Oudshoorn-Tjon")


# ------------------------------------------------------------------------------------------------
def nv27(d):
    b = [
        ("small", "CONCEPT v0.3 \u2013 niet verspreiden"),
        ("h1", "Inspectieplan slachthuizen 2026 \u2013 regio Oost"),
        ("h2", "1. Doel"),
        ("p", "Dit plan beschrijft de risicogerichte inzet van inspecteurs en toezichthoudend dierenartsen bij de "
              "roodvleesslachthuizen in regio Oost in 2026, waaronder {{Slachterij Oostveluwe B.V.}} in "
              "{{PLACE|Barneveld}} en {{Vion Apeldoorn}}. Uitgangspunt is de {{Meerjarenagenda Toezicht "
              "Dierenwelzijn 2024-2027}}."),
        ("h2", "2. Risicoselectie"),
        ("p", "Bedrijven met een ernstige tekortkoming bij bedwelming in 2025 krijgen in 2026 minimaal zes "
              "onaangekondigde inspecties. Cameratoezicht ({{TERM|CCTV}}) wordt steekproefsgewijs beoordeeld "
              "conform het {{Convenant cameratoezicht slachthuizen}}."),
        ("h2", "3. Capaciteit"),
        ("table", [["Bedrijf", "Inspecties 2026", "Toezicht DA (fte)"],
                   ["Slachterij Oostveluwe B.V.", "8", "2,4"],
                   ["{{Vion Apeldoorn}}", "6", "3,1"],
                   ["{{Westfort Ede}}", "4", "1,2"]],
         [70 * mm, 40 * mm, 40 * mm]),
        ("h2", "4. Veiligheid inspecteurs"),
        ("p", "Na het incident in {{PLACE|Kootwijkerbroek}} (oktober 2025) worden bedrijven op de VRB-lijst alleen "
              "in duo's bezocht. Zie de notitie van {{Integrale Veiligheid}}."),
    ]
    data = rl_doc(d, b, "Helvetica", 10.5)
    notes = [(0, 480, 700, "Noor El Khatib", "Graag afstemmen met Bram en Ilse voor de aantallen."),
             (0, 480, 520, "Hoekstra, Bram", "8 inspecties is krap. Bel me even: 06-41278390"),
             (0, 480, 330, "Peter Verhulst", "Namen van betrokken inspecteur hier niet noemen (GJ)."),
             (0, 60, 780, "Ilse van der Wiel", "Akkoord met 2,4 fte."),
             (0, 60, 420, "Sch\u00e4fer, Anke", "Westfort: ik ben daar in week 3 t/m 6 niet beschikbaar, "
              "mail me op anke.schafer@kds-keuring.nl")]
    finish(d, data, "Adobe PDF Library 23.1.175", "Acrobat PDFMaker 23 voor Word", title="Inspectieplan "
           "slachthuizen 2026", notes=notes)
    d.hide("annotations", "PERSON", "Noor El Khatib")
    d.hide("annotations", "PERSON", "Bram en Ilse", ["Bram", "Ilse"])
    d.hide("annotations", "PERSON", "Hoekstra, Bram")
    d.hide("annotations", "PHONE", "06-41278390")
    d.hide("annotations", "PERSON", "Peter Verhulst")
    d.hide("annotations", "PERSON", "GJ")
    d.hide("annotations", "PERSON", "Ilse van der Wiel")
    d.hide("annotations", "PERSON", "Sch\u00e4fer, Anke")
    d.hide("annotations", "EMAIL", "anke.schafer@kds-keuring.nl")


# ------------------------------------------------------------------------------------------------
def nv28(d):
    rows = [["Week", "Ma", "Di", "Wo", "Do", "Vr", "Piket (mobiel)"],
            ["45", "[[I. van der Wiel]]", "[[I. van der Wiel]]", "[[A. Sch\u00e4fer]]", "[[A. Sch\u00e4fer]]",
             "[[K. Dijkhuizen]]", "[[06-2211 8043]]"],
            ["46", "[[K. Dijkhuizen]]", "[[M. Nowicka]]", "[[M. Nowicka]]", "[[I. van der Wiel]]",
             "[[I. van der Wiel]]", "[[06-5510 3377]]"],
            ["47", "[[A. Sch\u00e4fer]]", "[[A. Sch\u00e4fer]]", "[[K. Dijkhuizen]]", "[[K. Dijkhuizen]]",
             "[[M. Nowicka]]", "[[06-2211 8043]]"],
            ["48", "[[I. van der Wiel]]", "[[K. Dijkhuizen]]", "[[I. van der Wiel]]", "[[A. Sch\u00e4fer]]",
             "[[A. Sch\u00e4fer]]", "[[06-4499 1206]]"]]
    b = [("h1", "Rooster toezichthoudend dierenartsen \u2013 {{Slachterij Oostveluwe B.V.}}"),
         ("p", "Periode november 2025 (weken 45-48). Aanvang slachtdag 05:30 uur. Ruilen alleen via de planner "
               "{{EMAIL_FUNCTIONAL|planning.keuren.oost@nvwa.nl}}."),
         ("table", rows, [14 * mm, 38 * mm, 38 * mm, 38 * mm, 38 * mm, 38 * mm, 40 * mm]),
         ("h2", "Medewerkers"),
         ("table", [["Code", "Naam", "Personeelsnr.", "Mobiel", "Bevoegdheid"],
                    ["[[INITIALS|IWB]]", "[[drs. Ilse van der Wiel-Bosman]]", "[[PERSNR|10288410]]",
                     "[[06-2211 8043]]", "TDA, {{TERM|BIG}}-geregistreerd"],
                    ["[[INITIALS|ASC]]", "[[Anke Sch\u00e4fer]]", "[[PERSNR|10301977]]", "[[06-4499 1206]]",
                     "TDA (inhuur via {{Kwaliteitskeuring Dierlijke Sector}})"],
                    ["[[INITIALS|KDI]]", "[[Koen Dijkhuizen]]", "[[PERSNR|10315520]]", "[[06-5510 3377]]",
                     "TDA in opleiding"],
                    ["[[INITIALS|MNO]]", "[[Ma\u0142gorzata Nowicka]]", "[[PERSNR|10276603]]",
                     "[[+48 601 224 917]]", "officieel dierenarts, {{TERM|EU-erkend}}"]],
          [18 * mm, 60 * mm, 30 * mm, 35 * mm, 100 * mm]),
         ("small", "Planner: [[Yvonne Rademaker]] \u2013 toestel [[088 223 1944]] (intern [[PHONE|1944]])")]
    finish(d, rl_doc(d, b, "DejaVuSansCond", 9.5, pagesize=landscape(A4), margins=14),
           "Microsoft\u00ae Excel\u00ae voor Microsoft 365", "Microsoft\u00ae Excel\u00ae voor Microsoft 365",
           title="Rooster TDA nov 2025", author="Rademaker, Yvonne")


# ------------------------------------------------------------------------------------------------
def nv29(d):
    b = [
        ("h1", "Handhavingsoverzicht dierenwelzijn regio Oost \u2013 4e kwartaal 2025"),
        ("p", "Dit overzicht bevat de lopende handhavingszaken dierenwelzijn bij landbouwhuisdieren in de regio's "
              "{{PLACE|Gelderse Vallei}} en {{PLACE|Veluwe}}. Het is bestemd voor het {{Regionaal "
              "Handhavingsoverleg}}."),
        ("h2", "1. Kerncijfers"),
        ("table", [["Soort", "Aantal", "Waarvan boete", "Gemiddeld bedrag"],
                   ["Melkveehouderij", "14", "6", "\u20ac 3.125"],
                   ["Varkenshouderij", "9", "4", "\u20ac 2.250"],
                   ["Pluimveehouderij", "5", "1", "\u20ac 1.500"],
                   ["Slachthuizen", "3", "2", "\u20ac 6.000"]], [60 * mm, 30 * mm, 35 * mm, 40 * mm]),
        ("h2", "2. Lopende zaken"),
        ("table", [["Zaak", "Sector", "Status", "Behandelaar"],
                   ["BB-2025-00871", "slachthuis", "voornemen verzonden", "Bureau Bestuurlijke Boete"],
                   ["BB-2025-01127", "melkvee", "besluit 18-12-2025, gematigd", "Bureau Bestuurlijke Boete"],
                   ["{{REF|BB-2025-01204}}", "varkens", "opgeschort (aangifte bedreiging)", "Integrale "
                    "Veiligheid"],
                   ["{{REF|LB-2025-0088}}", "pluimvee", "last onder bestuursdwang", "Team Dierenwelzijn"]],
         [40 * mm, 30 * mm, 55 * mm, 45 * mm]),
        ("pb",),
        ("h2", "3. Toelichting per zaak"),
        ("p", "<b>BB-2025-00871.</b> Ernstige tekortkoming bij de controle na bedwelming. Het bedrijf heeft de "
              "bedwelmingsinstallatie laten kalibreren. Zienswijze verwacht in januari 2026."),
        ("p", "<b>BB-2025-01127.</b> Drie overtredingen bij een melkveehouderij in {{PLACE|Voorthuizen}}. De boete "
              "is gematigd wegens persoonlijke omstandigheden van de houder."),
        ("p", "<b>BB-2025-01204.</b> De zaak is opgeschort nadat de houder een inspecteur heeft bedreigd. Het "
              "{{Openbaar Ministerie}} beslist over vervolging. Bezoeken uitsluitend in duo's."),
        ("p", "<b>LB-2025-0088.</b> Last onder bestuursdwang wegens ontbrekende ophokvoorziening; "
              "begunstigingstermijn verstreken op 1 december 2025, hercontrole gepland."),
        ("h2", "4. Aandachtspunten"),
        ("p", "De werkdruk bij de toezichthoudend dierenartsen is hoog door de inzet bij de vogelgriepcrisis. Het "
              "{{Regionaal Handhavingsoverleg}} wordt gevraagd in te stemmen met het uitstellen van tien "
              "reguliere inspecties naar het eerste kwartaal van 2026."),
    ]
    outline = [("1. Kerncijfers", 0), ("2. Lopende zaken", 0),
               ("BB-2025-01127 (behandelaar Fleur \u00d6zt\u00fcrk)", 1),
               ("BB-2025-01204 Brinkhuis, Veldweg \u2013 dossierhouder Sjoerd", 1),
               ("LB-2025-0088 (inspecteur Thijmen Roseboom)", 1),
               ("Bijlage: mail Yasmina de Ruiter-Amrani over beveiliging woning", 1), ("4. Aandachtspunten", 1)]
    finish(d, rl_doc(d, b, "DejaVuSans", 10.5), *NITRO, title="Handhavingsoverzicht Q4 2025",
           outline=outline)
    d.hide("outline", "PERSON", "Fleur \u00d6zt\u00fcrk")
    d.hide("outline", "PERSON", "Brinkhuis")
    d.hide("outline", "PERSON", "Sjoerd")
    d.hide("outline", "PERSON", "Thijmen Roseboom")
    d.hide("outline", "PERSON", "Yasmina de Ruiter-Amrani")


# ------------------------------------------------------------------------------------------------
def nv30(d):
    b = [
        ("small", "{{gemeente Barneveld}} \u2013 {{Raadhuisplein 2}} \u2013 Postbus 63, 3770 AB Barneveld "
                  "\u2013 {{PHONE_GENERAL|14 0342}}"),
        ("h1", "Schriftelijke vragen ex artikel 40 Reglement van orde"),
        ("kv", [("Vragensteller", "{{ROLE|raadslid Kraaijeveld (SGP)}} en {{ROLE|raadslid Boukhari (D66)}}"),
                ("Datum ingekomen", "21 november 2025"), ("Nummer", "{{REF|RV-2025-071}}"),
                ("Onderwerp", "Vogelgriep en bedreiging van inspecteurs")]),
        ("p", "<b>Vraag 1.</b> Is het college bekend met het bericht in {{Dagblad De Vallei}} dat een inspecteur "
              "van de NVWA op een varkensbedrijf in {{PLACE|Kootwijkerbroek}} met een mestvork is bedreigd?"),
        ("p", "<b>Antwoord.</b> Ja. De burgemeester is door de NVWA en de politie ge\u00efnformeerd. Het college "
              "veroordeelt iedere vorm van agressie tegen toezichthouders."),
        ("p", "<b>Vraag 2.</b> Welke steun biedt de gemeente aan pluimveehouders in de 10-kilometerzone?"),
        ("p", "<b>Antwoord.</b> Samen met {{ZLTO}}, de NVWA en de {{Stichting Zorgalarm Boerderij}} is op 25 "
              "november een informatieavond gehouden in {{NOT_PERSON|Theater De Schaffelaar}}. Daar waren circa "
              "120 ondernemers. Wethouder {{ROLE|Dolmans}} heeft met de twee getroffen gezinnen in "
              "{{PLACE|Lunteren}} gesproken. Eén van hen, de familie [[Van 't Klooster]], heeft ermee ingestemd "
              "dat dit wordt vermeld."),
        ("p", "<b>Vraag 3.</b> Klopt het dat de woning van een betrokken inspecteur in onze gemeente ligt?"),
        ("p", "<b>Antwoord.</b> Het college doet geen uitspraken over de woonplaats van individuele "
              "medewerkers."),
        ("p", "<b>Vraag 4.</b> Is het college bereid de veiligheid van toezichthouders te agenderen in de "
              "{{Regionale Veiligheidsstrategie}}?"),
        ("p", "<b>Antwoord.</b> Ja. De {{ROLE|burgemeester Van Meerten}} zal dit inbrengen in het algemeen "
              "bestuur van de {{Veiligheidsregio Gelderland-Midden}}. Contactpersoon voor de raad is de "
              "griffie, {{EMAIL_FUNCTIONAL|griffie@barneveld.nl}}."),
        ("p", "Burgemeester en wethouders van Barneveld,<br/>de secretaris, de burgemeester,"),
        ("p", "[[drs. E.M. Vonk-Hagedoorn]] {{ROLE|A.J. van Meerten}}"),
        ("small", "Ambtelijk behandelaar: [[Thijs Koolhaas]], team Openbare Orde en Veiligheid, "
                  "[[t.koolhaas@barneveld.nl]], [[(0342) 495 210]]. Vergaderlocatie: {{NOT_PERSON|Jan van "
                  "Schaffelaarzaal}}, raadhuis."),
    ]
    finish(d, rl_doc(d, b, "Times-Roman", 11), "iText 2.1.7 by 1T3XT", "Decos JOIN", title="RV-2025-071")


# ------------------------------------------------------------------------------------------------
def nv31(d):
    b = [
        ("mono", "<b>Van:</b> {{EMAIL_FUNCTIONAL|woo@nvwa.nl}}\n<b>Verzonden:</b> maandag 12 januari 2026 10:22\n"
                 "<b>Aan:</b> '[[annelot.veenstra@devalleipost.nl]]'\n"
                 "<b>CC:</b> [[Kuipers-Dijkstra, Sanne]] &lt;[[sanne.kuipers-dijkstra@nvwa.nl]]&gt;\n"
                 "<b>Onderwerp:</b> Uw Woo-verzoek NVWA/2026/WOO/0417 \u2013 verduidelijking"),
        ("p", "Geachte mevrouw [[Veenstra]],"),
        ("p", "Dank voor het telefoongesprek van vanochtend. Zoals besproken beperkt u onderdeel 2 van uw verzoek tot "
              "documenten over het bedrijf in {{PLACE|Lunteren}} en de twee preventief geruimde bedrijven, en "
              "vervalt onderdeel 5 voor zover het gaat om stukken die al openbaar zijn (Kamerbrief, "
              "raadsvragen). Wij verdagen de beslistermijn met twee weken tot 16 februari 2026."),
        ("p", "Met vriendelijke groet,<br/>namens het {{Team Woo en Juridische Zaken}},<br/>[[Sanne]] "
              "[[Kuipers-Dijkstra]]<br/>jurist | T [[088 223 41 76]]"),
        ("mono", "<b>Van:</b> [[Annelot Veenstra]] &lt;[[annelot.veenstra@devalleipost.nl]]&gt;\n"
                 "<b>Verzonden:</b> vrijdag 9 januari 2026 17:03\n<b>Aan:</b> woo@nvwa.nl\n"
                 "<b>Onderwerp:</b> RE: Ontvangstbevestiging Woo-verzoek"),
        ("p", "Goedemiddag, ik kan maandag tussen 9 en 10 gebeld worden op [[06 28 41 90 57]] of via mijn vaste "
              "nummer op de redactie, [[0342-42 18 96]]. Groet, [[Annelot]]"),
        ("small", "[[Annelot Veenstra]] \u2013 verslaggever {{Dagblad De Vallei}} \u2013 volg mij op X: "
                  "[[USERNAME|@annelotveenstra]]"),
    ]
    finish(d, rl_doc(d, b, "Helvetica", 10.5), *OUTLOOK, title="Uw Woo-verzoek - verduidelijking",
           links=[(0, [56, 700, 300, 712], "mailto:annelot.veenstra@devalleipost.nl"),
                  (0, [56, 400, 300, 412], "https://x.com/annelotveenstra")])


# ------------------------------------------------------------------------------------------------
INV = [("1", "Woo-verzoek", "05-01-2026", "deels openbaar", "5.1.2e"),
       ("2", "Ontvangstbevestiging", "07-01-2026", "deels openbaar", "5.1.2e"),
       ("3", "Inspectierapport IR-SL-2025-10482", "24-09-2025", "deels openbaar", "5.1.2e"),
       ("4", "Mailwisseling herstelmaatregelen", "02-10-2025", "deels openbaar", "5.1.2e"),
       ("5", "Rapport van bevindingen DW-2025-3318", "10-10-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
       ("6", "Diergeneeskundige verklaring", "10-10-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
       ("7", "Teams-chat crisisteam", "18-11-2025", "deels openbaar", "5.1.2e"),
       ("8", "Besluit tot doding AI-2025-LUN-004", "17-11-2025", "deels openbaar", "5.1.2e"),
       ("9", "Verslag crisisoverleg", "19-11-2025", "deels openbaar", "5.1.2e"),
       ("10", "Aanvraag tegemoetkoming (formulier)", "21-11-2025", "deels openbaar", "5.1.2e, 5.1.1e"),
       ("11", "Factuur dierenarts (zzp)", "30-11-2025", "deels openbaar", "5.1.2e"),
       ("12", "Factuur reinigingsbedrijf", "24-11-2025", "deels openbaar", "5.1.2e"),
       ("13", "Boeterapport BB-2025-01127", "13-10-2025", "deels openbaar", "5.1.2e, 5.1.1e"),
       ("14", "Voornemen bestuurlijke boete", "28-10-2025", "deels openbaar", "5.1.2e"),
       ("15", "Zienswijze advocaat", "24-11-2025", "deels openbaar", "5.1.2e, 5.1.1d"),
       ("16", "Verslag hoorzitting", "05-12-2025", "deels openbaar", "5.1.2e"),
       ("17", "Besluit bestuurlijke boete", "18-12-2025", "deels openbaar", "5.1.2e"),
       ("18", "Mailwisseling incident 14-10", "17-10-2025", "deels openbaar", "5.1.2e, 5.1.2h, 5.1.1d"),
       ("19", "Melding agressie en geweld", "15-10-2025", "deels openbaar", "5.1.2e, 5.1.2h"),
       ("20", "WhatsApp-export team", "20-10-2025", "deels openbaar", "5.1.2e"),
       ("21", "Verklaring getuige (scan)", "16-10-2025", "deels openbaar", "5.1.2e, 5.1.2h"),
       ("22", "Brief [[J.W. ter Braak]] (scan)", "20-10-2025", "deels openbaar", "5.1.2e"),
       ("23", "Presentielijst informatieavond (scan)", "25-11-2025", "deels openbaar", "5.1.2e"),
       ("24", "Beslisnota preventieve ruiming", "20-11-2025", "deels openbaar", "5.1.2e"),
       ("25", "Kamerbrief vogelgriep", "20-11-2025", "reeds openbaar", "\u2013"),
       ("26", "Persbericht", "18-11-2025", "reeds openbaar", "\u2013"),
       ("27", "Concept inspectieplan 2026", "03-12-2025", "deels openbaar", "5.1.2e, 5.2.1"),
       ("28", "Rooster toezichthoudend dierenartsen", "31-10-2025", "deels openbaar", "5.1.2e"),
       ("29", "Handhavingsoverzicht Q4", "15-12-2025", "deels openbaar", "5.1.2e"),
       ("30", "Raadsvragen RV-2025-071", "21-11-2025", "reeds openbaar", "\u2013"),
       ("31", "Mail verzoeker verduidelijking", "12-01-2026", "deels openbaar", "5.1.2e"),
       ("32", "Proces-verbaal van aangifte", "15-10-2025", "niet openbaar", "5.1.2h, 5.1.2e"),
       ("33", "Kalibratierapport CO2-installatie", "02-10-2025", "niet openbaar", "5.1.1c")]


REM = {"10": "formulierwaarden weggelakt", "13": "BSN weggelakt (5.1.1e)", "15": "gezondheid (5.1.1d)",
       "18": "woonplaats inspecteur (5.1.2h)", "22": "handtekening weggelakt", "23": "handtekeningen",
       "25": "zie {{www.tweedekamer.nl}}", "26": "zie {{www.nvwa.nl}}", "30": "zie raadsinformatiesysteem",
       "32": "gedeeltelijk dubbel met 18 en 19", "33": "zienswijze derde: bezwaar",
       "27": "opmerkingen [[Noor El Khatib]] en anderen in notities", "29": "behandelaar in bladwijzers"}


def nv32(d):
    b = [
        ("small", NVWA_HEAD),
        ("sp", 6),
        ("p", "Dagblad De Vallei<br/>t.a.v. mevrouw [[A. Veenstra]]<br/>Klaproosstraat 18<br/>3772 KH BARNEVELD"),
        ("kv", [("Datum", "13 februari 2026"), ("Kenmerk", "{{REF|NVWA/2026/WOO/0417}}"),
                ("Onderwerp", "Besluit op uw Woo-verzoek")]),
        ("p", "Geachte mevrouw [[Veenstra]],"),
        ("p", "Op 5 januari 2026 heeft u een verzoek ingediend op grond van de {{LAW|Wet open overheid}}. Met deze "
              "brief beslis ik op uw verzoek."),
        ("h2", "1. Verloop van de procedure"),
        ("p", "Bij brief van 7 januari 2026 is de ontvangst van uw verzoek bevestigd. Op 12 januari 2026 is uw "
              "verzoek in overleg verduidelijkt en is de beslistermijn verdaagd tot 16 februari 2026. Omdat de "
              "documenten ook gegevens over derden bevatten, zijn {{Slachterij Oostveluwe B.V.}}, de betrokken "
              "veehouders en de gemeente Barneveld in de gelegenheid gesteld een zienswijze te geven. "
              "{{Slachterij Oostveluwe B.V.}} heeft bezwaar gemaakt tegen openbaarmaking van het "
              "kalibratierapport; de melkveehouder heeft via zijn advocaat verzocht om weglating van alle "
              "gegevens over zijn gezondheid."),
        ("p", "Zienswijzen zijn gevraagd aan mevrouw [[A.G. van 't Klooster-Roelofs]], de heer [[G. Schuurman]], "
              "de heer [[J.W. ter Braak]] (via zijn advocaat, [[mr. C. Dekker-van Amerongen]]) en de heer "
              "[[T.H. Brinkhuis]]. Mevrouw [[Van 't Klooster-Roelofs]] en de heer [[Schuurman]] hebben geen "
              "zienswijze gegeven. De heer [[Brinkhuis]] heeft telefonisch laten weten tegen openbaarmaking te zijn."),
        ("h2", "2. Besluit"),
        ("p", "Ik heb 33 documenten gevonden. Ik besluit 3 documenten die al openbaar zijn niet opnieuw openbaar "
              "te maken, 28 documenten deels openbaar te maken en 2 documenten niet openbaar te maken. De "
              "documenten staan in de bijgevoegde inventarislijst."),
        ("h2", "3. Overwegingen"),
        ("p", "<b>Persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo).</b> De documenten bevatten "
              "namen, e-mailadressen, telefoonnummers, handtekeningen en paraafcodes van medewerkers van de NVWA, "
              "het ministerie van LNV en andere organisaties die niet in de openbaarheid treden, en "
              "persoonsgegevens van veehouders, hun gezinsleden en medewerkers, waaronder woonadressen en "
              "UBN-nummers, die herleidbaar zijn tot natuurlijke personen. Het belang van bescherming van de "
              "persoonlijke levenssfeer weegt zwaarder dan het belang van openbaarheid. Namen van bewindspersonen, "
              "Kamerleden, burgemeesters, wethouders en raadsleden en van de woordvoerder maak ik wel openbaar."),
        ("p", "<b>Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo).</b> Gegevens over de "
              "gezondheid van betrokkenen worden niet openbaar gemaakt."),
        ("p", "<b>Identificatienummers (artikel 5.1, eerste lid, onder e, Woo).</b> Burgerservicenummers worden "
              "niet openbaar gemaakt."),
        ("p", "<b>Veiligheid van personen (artikel 5.1, tweede lid, onder h, Woo).</b> Openbaarmaking van "
              "gegevens over het incident van 14 oktober 2025 die de betrokken inspecteur kunnen identificeren of "
              "zijn woonplaats prijsgeven, zou zijn veiligheid in gevaar kunnen brengen. Het proces-verbaal van "
              "aangifte maak ik niet openbaar."),
        ("p", "<b>Bedrijfsgegevens (artikel 5.1, eerste lid, onder c, Woo).</b> Het kalibratierapport is "
              "vertrouwelijk aan de NVWA meegedeeld en bevat technische gegevens van de leverancier {{Butina}}."),
        ("p", "<b>Persoonlijke beleidsopvattingen (artikel 5.2, eerste lid, Woo).</b> In het concept-inspectieplan "
              "zijn opvattingen van medewerkers over de capaciteitsverdeling niet openbaar gemaakt."),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "<b>Motivering.</b> In de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van "
              "ambtenaren en derden geanonimiseerd op grond van artikel 5.1, tweede lid, onder e, Woo (code "
              "5.1.2e). Waar een andere grond is toegepast, staat de code van die grond bij de weggelakte passage."),
        ("h2", "4. Openbaarmaking"),
        ("p", "De documenten worden ook gepubliceerd op {{open.overheid.nl}}. Daarbij worden uw naam en "
              "adresgegevens weggelaten."),
        ("p", "Hoogachtend,<br/>de {{ROLE|inspecteur-generaal}} van de Nederlandse Voedsel- en Warenautoriteit,"
              "<br/>namens deze,"),
        ("sig", 32),
        ("p", "[[mr. S.M. Kuipers-Dijkstra]]<br/>jurist Team Woo en Juridische Zaken"),
        ("small", "Bezwaar: binnen zes weken na de dag van verzending bij de inspecteur-generaal van de NVWA, "
                  "Postbus 43006, 3540 AA Utrecht, of digitaal via {{www.nvwa.nl/bezwaar}}."),
    ]
    finish(d, rl_doc(d, b, "DejaVuSerif", 10.5, footer="NVWA/2026/WOO/0417"), *ASPOSE,
           title="Besluit Woo-verzoek NVWA/2026/WOO/0417", author="NVWA")


def nv33(d):
    rows = [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]] + \
        [list(r) + [REM.get(r[0], "")] for r in INV]
    b = [("h1", "Inventarislijst Woo-besluit {{REF|NVWA/2026/WOO/0417}}"),
         ("p", "Bijlage bij het besluit van 13 februari 2026. Familie: e-mail met bijlagen. Zaaknummer "
               "NVWA/2026/WOO/0417."),
         ("table", rows, [10 * mm, 58 * mm, 22 * mm, 27 * mm, 25 * mm, 40 * mm]),
         ("small", "Opgesteld door [[S. Kuipers-Dijkstra]] ([[INITIALS|SKD]]); gecontroleerd [[INITIALS|RV]] "
                   "({{Woo-coördinator LNV}}).")]
    finish(d, rl_doc(d, b, "Helvetica", 11), "Aspose.Cells for .NET 24.1", "Microsoft Excel",
           title="Inventarislijst NVWA/2026/WOO/0417")


DOCS = [Doc("nv23_scan_presentielijst_informatieavond", nv23), Doc("nv24_beslisnota_preventieve_ruiming", nv24),
        Doc("nv25_kamerbrief_vogelgriep_lunteren", nv25), Doc("nv26_persbericht_vogelgriep", nv26),
        Doc("nv27_concept_inspectieplan_met_opmerkingen", nv27), Doc("nv28_rooster_toezichthoudend_dierenartsen", nv28),
        Doc("nv29_handhavingsoverzicht_q4", nv29), Doc("nv30_raadsvragen_barneveld", nv30),
        Doc("nv31_mail_verzoeker_verduidelijking", nv31), Doc("nv32_besluit_woo_verzoek", nv32),
        Doc("nv33_inventarislijst", nv33)]
