"""Set mixed19, part D: more office prints, a subsidy decision and a reaction note."""
from __future__ import annotations

from pathlib import Path

from framework import Pic, gs_redistill, h, iban, img, t, table_pic  # noqa: F401
from render import chromium_doc, docx_doc, fpdf_doc, reportlab_pdf, xlsx_doc

CM = 28.3465


# ------------------------------------------------------------------------------------------------
def ac32(out):
    """Subsidy decision to a private person (fpdf2, then Ghostscript)."""
    tmp = Path(str(out) + ".f.pdf")
    ib = iban("ASNB", 3201)
    blocks = [
        ("small", "{{Provincie Zeeland|ORG}} - {{Abdij 6|OFFICE_ADDRESS}}, {{Middelburg|PLACE}} - {{0118 631 011|SWITCHBOARD}} - "
                  "{{subsidies@zeeland.nl|MAILBOX}}"),
        ("sp", 8),
        ("p", "De heer en mevrouw [[J.C. Moerland|PERSON]] en [[L.M. Moerland-Ogbonna|PERSON]]\n[[Noordstraat 27|ADDRESS]]\n"
              "[[4525 AG|POSTCODE]] {{Retranchement|PLACE}}"),
        ("table", [["Datum", "12 maart 2025"], ["Kenmerk", "{{SUB-2025-00391|CASE_NUMBER}}"],
                   ["Behandeld door", "[[Emma Baaijens|PERSON]]"], ["Telefoon", "[[0118 631 792|PHONE]]"],
                   ["Onderwerp", "Subsidie restauratie rijksmonumentale boerderij"]], [40, 120], {"head": False}),
        ("p", "Geachte heer en mevrouw [[Moerland|PERSON]],"),
        ("p", "Op 20 december 2024 heeft u subsidie aangevraagd op grond van de {{Subsidieregeling Zeeuws Erfgoed 2024|LAW}} "
              "voor het herstel van het rieten dak van uw boerderij, een rijksmonument (monumentnummer {{31846|CASE_NUMBER}}). "
              "Gedeputeerde {{Harry van der Maas|OFFICE_HOLDER}} heeft de boerderij in januari bezocht."),
        ("h2", "Besluit"),
        ("p", "{{Gedeputeerde Staten van Zeeland|ORG}} verlenen u een subsidie van ten hoogste € 18.450,-. Wij betalen een "
              f"voorschot van 80% op rekeningnummer [[{ib}|IBAN]] t.n.v. [[J.C. Moerland|PERSON]]. Het restant betalen wij na "
              "de vaststelling."),
        ("h2", "Voorwaarden"),
        ("p", "- De werkzaamheden worden uitgevoerd door een erkend rietdekker (u noemt {{Rietdekkersbedrijf Van Overbeeke|ORG}}).\n"
              "- U volgt het advies van de {{Rijksdienst voor het Cultureel Erfgoed|ORG}} ({{RCE|ACRONYM}}).\n"
              "- Het werk is uiterlijk 31 december 2025 klaar. Uw contactpersoon bij de {{Monumentenwacht Zeeland|ORG}} is "
              "[[Pieter Kodde|PERSON]]."),
        ("p", "Met vriendelijke groet,\n{{Gedeputeerde Staten van Zeeland|ORG}},\nnamens dezen,\n\n[[E.C. Baaijens|PERSON]]\n"
              "{{teamleider Subsidies|ROLE}}"),
        ("small", "Bezwaar: binnen zes weken bij {{Gedeputeerde Staten|ORG}}, {{Postbus 6001|OFFICE_ADDRESS}}, 4330 LA "
                  "{{Middelburg|PLACE}}. Kopie: [[e.baaijens@zeeland.nl|EMAIL]]."),
    ]
    fpdf_doc(blocks, tmp, footer="{{SUB-2025-00391|CASE_NUMBER}}")
    gs_redistill(tmp, out)
    tmp.unlink()
    return {"info": {"Author": h("metadata", "[[baaijense|USERNAME]]"), "Title": "Beschikking SUB-2025-00391"}}


# ------------------------------------------------------------------------------------------------
def _teams_chat(title, msgs, w_cm=16, size=10):
    hh = 1.2 * CM + sum((2 + m[1].count("\n")) * size * 1.6 + 10 for m in msgs) + 10
    p = Pic(w_cm * CM, hh, 200, bg=(245, 245, 245))
    p.rect(0, 0, w_cm * CM, 1.0 * CM, fill=(70, 71, 117))
    p.text(10, 7, title, 11.5, "sansb", fill="white")
    y = 1.2 * CM
    for who, txt, tm in msgs:
        p.ellipse(8, y, 22, 22, fill=(120, 130, 200))
        p.text(38, y, who, size, "sansb")
        p.text(38 + p.tw(__import__("framework").plain(who), size, "sansb") + 10, y, tm, size - 1.5, "sans",
               fill=(110, 110, 110), reg=False)
        y += size * 1.6
        for ln in txt.split("\n"):
            p.text(38, y, ln, size, "sans")
            y += size * 1.6
        y += 10
    return p


def ac33(out):
    """Word note (LibreOffice) with a pasted screenshot of a Teams chat."""
    chat = _teams_chat("Chat: Opvang Oekraïners {{Zoetermeer|PLACE}}",
                       [("[[Olena Kovalenko|PERSON]]", "Er staan morgen 14 mensen voor de deur bij de {{Dobbe|PLACE}}.\n"
                                                        "[[Dmytro|PERSON]] zegt dat {{COA|ACRONYM}} geen plek heeft.", "09:41"),
                        ("[[Remco Schipper|PERSON]]", "Ik bel [[Inge|PERSON]] van de {{Veiligheidsregio Haaglanden|ORG}}.\n"
                                                       "Mijn 06 staat aan: [[06-2803 5519|PHONE]]", "09:44"),
                        ("[[Inge Vlasblom|PERSON]]", "Sporthal {{Oosterheem|PLACE}} kan vanaf 16.00 uur.\n"
                                                      "Wethouder {{Van der Meer|OFFICE_HOLDER}} is geïnformeerd.", "10:02"),
                        ("[[Olena Kovalenko|PERSON]]", "Dank! Ik mail de lijst naar [[r.schipper@zoetermeer.nl|EMAIL]]", "10:05")])
    blocks = [
        ("h1", "Notitie: opvang Oekraïense ontheemden, week 11"),
        ("p", "{{Gemeente Zoetermeer|ORG}}, cluster {{Publieke Dienstverlening|ORG}}. Opgesteld door [[Remco Schipper|PERSON]] "
              "voor burgemeester {{Michel Bezuijen|OFFICE_HOLDER}}, 14 maart 2025."),
        ("h2", "Wat gebeurde er"),
        ("p", "Op 12 maart meldde de tolk van de gemeente dat een groep van veertien ontheemden uit {{Charkiv|PLACE}} zonder "
              "opvangplek naar {{Zoetermeer|PLACE}} kwam. De afstemming liep via een Teams-chat (schermafdruk hieronder). "
              "Het {{Rijksprogramma Opvang Ontheemden|PROGRAM}} en de {{Regeling opvang ontheemden Oekraïne|LAW}} zijn van "
              "toepassing; de kosten worden vergoed via de normbedragen."),
        img(chat),
        ("h2", "Afspraken"),
        ("p", "1. De groep verblijft tot 1 april in sporthal {{Oosterheem|PLACE}}; daarna {{De Dobbe|ORG}}.\n"
              "2. Tolk [[Olena Kovalenko|PERSON]] is het aanspreekpunt voor de groep; de heer [[Dmytro Bondarenko|PERSON]] "
              "(woordvoerder van de groep) is bereikbaar via de tolk.\n"
              "3. De {{GGD Haaglanden|ORG}} doet op 15 maart een gezondheidscheck.\n"
              "4. Terugkoppeling aan de minister van {{Justitie en Veiligheid|ORG}} via de {{NCTV|ACRONYM}}-lijn."),
        ("p", "Vragen: {{opvang@zoetermeer.nl|MAILBOX}} of {{14 079|SWITCHBOARD}}."),
    ]
    docx_doc(blocks, out, footer="Notitie opvang - [[RSc|PARAPH]] - 14-03-2025")


# ------------------------------------------------------------------------------------------------
def ac34(out):
    """On-call rota printed from a spreadsheet (LibreOffice Calc): rows of people with mobile numbers."""
    rows = [["Week", "Rol", "Naam", "Mobiel", "Vervanger", "Mobiel vervanger"]]
    data = [("10", "Officier van dienst bevolkingszorg", "[[Marieke Dekker-Ouwens|PERSON]]", "[[06-4120 3358|PHONE]]", "[[Teun Bouwmeester|PERSON]]", "[[06-3877 2146|PHONE]]"),
            ("10", "Hoofd taakorganisatie opvang", "[[Ahmed Bouzidi|PERSON]]", "[[06-1592 6603|PHONE]]", "[[Liesbeth Groen|PERSON]]", "[[06-2008 4471|PHONE]]"),
            ("11", "Officier van dienst bevolkingszorg", "[[Gijs van Leeuwen|PERSON]]", "[[06-5511 3920|PHONE]]", "[[Marieke Dekker-Ouwens|PERSON]]", "[[06-4120 3358|PHONE]]"),
            ("11", "Hoofd taakorganisatie opvang", "[[Noëlle Sprenger|PERSON]]", "[[06-4436 7715|PHONE]]", "[[Ahmed Bouzidi|PERSON]]", "[[06-1592 6603|PHONE]]"),
            ("12", "Officier van dienst bevolkingszorg", "[[Teun Bouwmeester|PERSON]]", "[[06-3877 2146|PHONE]]", "[[Gijs van Leeuwen|PERSON]]", "[[06-5511 3920|PHONE]]"),
            ("12", "Hoofd taakorganisatie opvang", "[[Liesbeth Groen|PERSON]]", "[[06-2008 4471|PHONE]]", "[[Rachida El Ouali|PERSON]]", "[[06-1324 0987|PHONE]]"),
            ("13", "Officier van dienst bevolkingszorg", "[[Wendela van Houten|PERSON]]", "[[06-2290 6614|PHONE]]", "[[Teun Bouwmeester|PERSON]]", "[[06-3877 2146|PHONE]]"),
            ("13", "Hoofd taakorganisatie opvang", "[[Rachida El Ouali|PERSON]]", "[[06-1324 0987|PHONE]]", "[[Noëlle Sprenger|PERSON]]", "[[06-4436 7715|PHONE]]"),
            ("", "Algemeen Commandant Bevolkingszorg", "{{via meldkamer|ROLE}}", "{{088 246 7000|SWITCHBOARD}}", "", ""),
            ("", "Burgemeester (voorzitter {{veiligheidsregio|ROLE}})", "{{Hubert Bruls|OFFICE_HOLDER}}", "{{via kabinet|ROLE}}", "", "")]
    for r in data:
        rows.append(list(r))
    xlsx_doc("Piketrooster bevolkingszorg {{Veiligheidsregio Gelderland-Zuid|ORG}} - weken 10-13 2025", rows,
             [7, 38, 28, 16, 28, 18], out, header="Vertrouwelijk - niet verspreiden",
             footer="Beheer: [[Noëlle Sprenger|PERSON]], {{bevolkingszorg@vrgz.nl|MAILBOX}}")


# ------------------------------------------------------------------------------------------------
def ac35(out):
    """Reaction note to zienswijzen (Chromium) listing private submitters and organisations."""
    rows = [["Nr", "Indiener", "Samenvatting zienswijze", "Reactie gemeente", "Wijziging"],
            ["1", "[[R. Kalpoe|PERSON]], [[Tulpenstraat 4|ADDRESS]], {{Wijchen|PLACE}}", "Vreest verkeer door de "
             "{{Graafseweg|STREET}}", "Verkeersonderzoek {{Goudappel|ORG}} toont dat de intensiteit beperkt stijgt.", "nee"],
            ["2", "{{Dorpsraad Alverna|ORG}} (secretaris [[Maud Rutten|PERSON]])", "Wil een ommetje en bankjes", "Wordt "
             "opgenomen in het inrichtingsplan.", "ja"],
            ["3", "[[Hüseyin Aydoğan|PERSON]] en [[Gülay Aydoğan|PERSON]], [[Meidoornstraat 19|ADDRESS]]", "Bezwaar tegen "
             "hoogte appartementen", "Maximaal vier lagen, zoals in de {{Woonvisie Wijchen 2030|PROGRAM}}.", "nee"],
            ["4", "{{Natuurmonumenten|ORG}}", "Vraagt aandacht voor de das", "Ecologisch onderzoek {{Bureau Waardenburg|ORG}} "
             "wordt aangevuld.", "ja"],
            ["5", "[[Fam. Hendriks-Van Haren|PERSON]], [[Tienakker 31|ADDRESS]]", "Wateroverlast achtertuin", "Afstemming "
             "met {{Waterschap Rivierenland|ORG}}; wadi's worden vergroot.", "ja"],
            ["6", "[[Stijn de Bruijn|PERSON]] ([[stijndebruijn@xs4all.nl|EMAIL]])", "Te weinig sociale huur", "Aandeel is "
             "30 procent, conform prestatieafspraken met {{Woonwaard|ORG}}.", "nee"],
            ["7", "[[A. Kok-Peters|PERSON]], [[Kraaijenberg 112|ADDRESS]]", "Parkeerdruk", "Parkeernorm volgens "
             "{{CROW|ACRONYM}}-kencijfers.", "nee"]]
    blocks = [
        ("h1", "Nota van beantwoording zienswijzen"),
        ("p", "Ontwerpbestemmingsplan {{Woonwijk Huurlingsedam|PLACE}}, gemeente {{Wijchen|PLACE}}. Bijlage 2 bij raadsvoorstel "
              "{{RV 2025-19|CASE_NUMBER}}. Portefeuillehouder: wethouder {{Marijke Pennings|OFFICE_HOLDER}}. Ambtelijk "
              "opgesteld door [[Jasper Willems|PERSON]] ([[j.willems@wijchen.nl|EMAIL]])."),
        ("p", "Het ontwerp lag van 9 januari tot en met 19 februari 2025 ter inzage. Er kwamen zeven zienswijzen binnen. In "
              "de openbare versie van deze nota worden de namen en adressen van particuliere indieners niet vermeld; "
              "organisaties worden wel genoemd. (Deze versie is de interne versie voor de raadsleden.)"),
        ("table", rows, [0.7, 6.2, 3.6, 4.8, 1.4]),
        ("h2", "Ambtshalve wijzigingen"),
        ("p", "Naar aanleiding van het overleg met de {{Omgevingsdienst Regio Nijmegen|ORG}} ({{ODRN|ACRONYM}}) en "
              "burgemeester {{Mark Slinkman|OFFICE_HOLDER}} wordt de geluidsparagraaf geactualiseerd. Mevrouw "
              "[[Rutten|PERSON]] is door de projectleider gebeld over de bankjes."),
    ]
    chromium_doc(blocks, out)


# ------------------------------------------------------------------------------------------------
def ac36(out):
    """Woo production inventory exported to a spreadsheet (LibreOffice Calc), with sender/recipient columns."""
    rows = [["ID", "Family ID", "Email Thread ID", "Document", "Datum", "Van", "Aan", "Beoordeling", "Beoordelingsgrond"]]
    data = [("1001", "1001", "T-88", "E-mail: Stikstofbank aanvraag", "2024-10-02", "[[Vos, Hendrikje|PERSON]]", "[[Stoker, M.|PERSON]]", "Deels openbaar", "5.1.2e"),
            ("1002", "1001", "T-88", "Bijlage: memo {{AERIUS|PRODUCT}}", "2024-10-02", "[[Vos, Hendrikje|PERSON]]", "[[Stoker, M.|PERSON]]", "Deels openbaar", "5.1.2e"),
            ("1003", "1003", "T-88", "E-mail: RE: Stikstofbank aanvraag", "2024-10-04", "[[Stoker, M.|PERSON]]", "[[Vos, Hendrikje|PERSON]]; [[Abdullahi, Sagal|PERSON]]", "Deels openbaar", "5.1.2e"),
            ("1004", "1004", "T-91", "E-mail: Agenda {{BO Stikstof|TERM}}", "2024-10-10", "[[Dijkman-Tol, Aafke|PERSON]]", "{{Secretariaat DG Stikstof|MAILBOX}}", "Openbaar", ""),
            ("1005", "1005", "", "Nota aan minister {{Wiersma|OFFICE_HOLDER}}", "2024-10-14", "directie {{Stikstof|ORG}}", "minister", "Deels openbaar", "5.1.2e; 5.2.1"),
            ("1006", "1006", "T-93", "E-mail: vraag {{IPO|ACRONYM}}", "2024-10-21", "[[Meester, Joris|PERSON]] ({{IPO|ACRONYM}})", "[[Abdullahi, Sagal|PERSON]]", "Deels openbaar", "5.1.2e"),
            ("1007", "1006", "T-93", "Bijlage: overzicht provincies", "2024-10-21", "[[Meester, Joris|PERSON]] ({{IPO|ACRONYM}})", "[[Abdullahi, Sagal|PERSON]]", "Openbaar", ""),
            ("1008", "1008", "T-93", "E-mail: RE: vraag {{IPO|ACRONYM}}", "2024-10-22", "[[Abdullahi, Sagal|PERSON]]", "[[Meester, Joris|PERSON]]; [[Wubbolts, K.|PERSON]]", "Deels openbaar", "5.1.2e"),
            ("1009", "1009", "", "Verslag gesprek {{LTO Nederland|ORG}}", "2024-11-05", "[[Wubbolts, K.|PERSON]]", "-", "Niet openbaar", "5.1.2i"),
            ("1010", "1010", "T-97", "Chat: {{Teams|PRODUCT}} [[Sagal|PERSON]] / [[Aafke|PERSON]]", "2024-11-06", "[[Abdullahi, Sagal|PERSON]]", "[[Dijkman-Tol, Aafke|PERSON]]", "Deels openbaar", "5.1.2e")]
    for r in data:
        rows.append(list(r))
    xlsx_doc("Productierapport Woo-besluit {{LVVN-2025-0214|CASE_NUMBER}} - {{Stikstofbank|PROGRAM}}", rows,
             [7, 8, 10, 34, 11, 24, 32, 14, 14], out, footer="Export {{Relativity|PRODUCT}} - [[hvos|USERNAME]]")


# ------------------------------------------------------------------------------------------------
def ac37(out):
    """Minutes (reportlab) whose signed attendance list is pasted in as a scanned picture."""
    p = Pic(17 * CM, 9.8 * CM, 200, bg=(252, 251, 246))
    p.text(8, 6, "Presentielijst klankbordgroep {{Zuidas|PLACE}}-Noord - 27 februari 2025", 11.5, "sansb")
    hdr = [("Naam", 150), ("Namens", 170), ("Paraaf", 80)]
    x = 8
    for c, w in hdr:
        p.rect(x, 28, w, 18, outline=(60, 60, 60), width=0.6)
        p.text(x + 4, 31, c, 10, "sansb", reg=False)
        x += w
    people = [("[[Wilhelmina Sarmo|PERSON]]", "bewoner {{Gustav Mahlerlaan|STREET}}"),
              ("[[Xander de Graaff|PERSON]]", "{{VvE Symphony|ORG}}"),
              ("[[Chioma Okafor|PERSON]]", "{{Vrije Universiteit|ORG}}"),
              ("[[Frits van Oorschot|PERSON]]", "{{ABN AMRO|ORG}} facility"),
              ("[[Lucía Romero Vidal|PERSON]]", "{{Ondernemersvereniging Zuidas|ORG}}"),
              ("[[Bert Schoemaker|PERSON]]", "bewoner {{Buitenveldert|PLACE}}"),
              ("[[Yasmina Bakkali|PERSON]]", "{{Gemeente Amsterdam|ORG}} (secretaris)")]
    y = 46
    for i, (n, org) in enumerate(people):
        x = 8
        for c, w in hdr:
            p.rect(x, y, w, 24, outline=(60, 60, 60), width=0.6)
            x += w
        p.text(12, y + 6, n, 10, "sans", fill=(25, 25, 80))
        p.text(162, y + 6, org, 9.5, "sans", fill=(25, 25, 80))
        p.squiggle(336, y + 2, 60, 18, seed=3700 + i, fill=(25, 25, 80), width=1.0)
        y += 24
    blocks = [
        ("h1", "Verslag klankbordgroep {{Zuidas|PLACE}}-Noord, 27 februari 2025"),
        ("p", "Locatie: {{Zuidas Informatiecentrum|ORG}}, {{Gustav Mahlerplein 3|OFFICE_ADDRESS}}, {{Amsterdam|PLACE}}. Voorzitter: "
              "[[Yasmina Bakkali|PERSON]] (projectbureau {{Zuidas|PLACE}}). Namens het bestuur was stadsdeelvoorzitter "
              "{{Sebastiaan Capel|OFFICE_HOLDER}} aanwezig. De getekende presentielijst is hieronder ingescand."),
        img(p),
        ("h2", "1. Stand van zaken {{Zuidasdok|PROGRAM}}"),
        ("p", "De projectdirecteur licht de planning van de tunnel voor de {{A10|TERM}} toe. Bewoner [[Bert Schoemaker|PERSON]] "
              "vraagt naar de trillingen in de nacht; [[Schoemaker|PERSON]] heeft een logboek bijgehouden en geeft dit aan de "
              "secretaris. {{Rijkswaterstaat|ORG}} en {{ProRail|ORG}} reageren schriftelijk."),
        ("h2", "2. Groen en openbare ruimte"),
        ("p", "Mevrouw [[Okafor|PERSON]] (VU) stelt voor de tijdelijke tuin bij het {{Vivaldipark|PLACE}} te behouden. "
              "[[Lucía Romero Vidal|PERSON]] vraagt om meer fietsparkeerplaatsen. Wethouder {{Melanie van der Horst|OFFICE_HOLDER}} "
              "komt in juni naar de klankbordgroep."),
        ("h2", "3. Rondvraag"),
        ("p", "De heer [[Van Oorschot|PERSON]] meldt dat hij na de zomer stopt. Volgende bijeenkomst: 22 mei. Vragen: "
              "{{klankbord@zuidas.nl|MAILBOX}} of bel {{14 020|SWITCHBOARD}}."),
    ]
    reportlab_pdf(blocks, out, footer="Verslag klankbordgroep - secretariaat [[Y. Bakkali|PERSON]]")


# ------------------------------------------------------------------------------------------------
def ac38(out):
    """Wmo case note after a kitchen-table talk (reportlab, two pages)."""
    from framework import bsn
    blocks = [
        ("h1", "Gespreksverslag keukentafelgesprek Wmo"),
        ("table", [["Cliënt", "Dhr. [[Tjalling Sikkema|PERSON]]", "BSN", f"[[{bsn(3801)}|BSN]]"],
                   ["Adres", "[[Prinses Margrietlaan 6|ADDRESS]], {{Drachten|PLACE}}", "Geboortedatum", "[[21-09-1944|DOB]]"],
                   ["Aanwezig", "cliënt, zoon [[Rutger Sikkema|PERSON]], consulent [[Mirjam de Vries-Bouma|PERSON]]",
                    "Datum", "5 februari 2025"],
                   ["Telefoon zoon", "[[06-3988 0462|PHONE]]", "Zaak", "{{WMO-2025-1177|CASE_NUMBER}}"]],
         [2.8, 7.2, 2.8, 3.4], {"head": False}),
        ("h2", "1. Hulpvraag"),
        ("p", "De heer [[Sikkema|PERSON]] (80) woont sinds het overlijden van zijn vrouw [[Grietje|PERSON]] alleen in een "
              "eengezinswoning van {{Accolade|ORG}}. Hij heeft {{COPD|TERM}} en kan de trap naar de slaapkamer nauwelijks "
              "nog op. Zoon [[Rutger|PERSON]] woont in {{Groningen|PLACE}} en komt eens per week."),
        ("h2", "2. Situatie"),
        ("p", "Huishouden: de buurvrouw, mevrouw [[Anneke Tjoelker|PERSON]], doet boodschappen. Mobiliteit: rollator; een "
              "traplift is volgens de ergotherapeut van {{Kwadrant Fysiotherapie|ORG}}, [[Sietske Wouda|PERSON]], niet "
              "geschikt door de smalle trap. Sociaal netwerk: kerk ({{PKN Drachten-Noord|ORG}}), koor."),
        ("h2", "3. Afspraken"),
        ("p", "- Aanvraag urgentie bij {{Accolade|ORG}} voor een gelijkvloerse woning (contact [[Femke Jongsma|PERSON]], "
              "woonconsulent).\n- Huishoudelijke ondersteuning 3 uur per week via {{Thuiszorg Het Friese Land|ORG}}.\n"
              "- Tijdelijk een bed beneden via {{Medipoint|ORG}}.\n- Mantelzorgondersteuning voor [[Rutger|PERSON]] via "
              "{{Timpaan Welzijn|ORG}}."),
        ("pb",),
        ("h2", "4. Beoordeling consulent"),
        ("p", "Op grond van de {{Wet maatschappelijke ondersteuning 2015|LAW}} en de {{Verordening maatschappelijke "
              "ondersteuning Smallingerland|LAW}} bestaat recht op huishoudelijke ondersteuning (maatwerkvoorziening). "
              "De eigen bijdrage wordt geïnd door het {{CAK|ACRONYM}}. Wethouder {{Siebe Hoekstra|OFFICE_HOLDER}} heeft de "
              "urgentieregeling in januari verruimd."),
        ("p", "Verslag besproken met cliënt en zoon op 7 februari; akkoord per e-mail van [[rutger.sikkema@outlook.com|EMAIL]]."),
        ("p", "Consulent: [[M. de Vries-Bouma|PERSON]] ([[MdVB|PARAPH]]), {{Sociaal Team Smallingerland|ORG}}, "
              "[[m.devries@smallingerland.nl|EMAIL]], bereikbaar via {{14 0512|SWITCHBOARD}}."),
    ]
    reportlab_pdf(blocks, out, header="{{Gemeente Smallingerland|ORG}} - {{Wmo|ACRONYM}} - vertrouwelijk",
                  footer="Zaak {{WMO-2025-1177|CASE_NUMBER}} - [[Sikkema|PERSON]]")
