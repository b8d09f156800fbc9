"""Set BJ documents, part D: beslisnota, English EWRS e-mail, waiting list export."""
from __future__ import annotations

from reportlab.lib.units import cm

from framework import DOCS, WORK, Doc, docx_build, hide, make_bsn, rl_build

ALL = []


def reg(fn):
    ALL.append(fn)
    return fn


# ------------------------------------------------------------------------------------------------
@reg
def doc_vws_beslisnota_igj():
    d = Doc("vws_beslisnota_igj", "VWS decision note to the minister with side column, paraph table, empty Woo section", "reportlab DejaVuSans, 2 pages")

    def side(c, n):
        c.setFont("DejaVuSans-Bold", 7)
        c.drawString(15.4 * cm, 27.0 * cm, d.t("Directoraat-generaal Langdurige Zorg"))
        c.setFont("DejaVuSans", 7)
        c.drawString(15.4 * cm, 26.65 * cm, d.t("Directie Kwaliteit en Toezicht"))
        if n == 1:
            y = 25.6
            for ln in ["{{+ADDR_GOV|Parnassusplein 5}}", "2511 VX Den Haag", "{{+URL|www.rijksoverheid.nl}}", "",
                       "Kenmerk", "{{+CASE_ORG|4190021-1090577-KT}}", "", "Contactpersoon",
                       "drs. {{PERSON|P.M. (Petra) Smit-Hoogeveen|Petra Smit-Hoogeveen}}", "T {{PHONE|070 340 7718}}",
                       "M {{PHONE|06 5233 0984}}", "{{EMAIL|pm.smit@minvws.nl}}", "", "Kopie aan",
                       "{{+ORG|Inspectie Gezondheidszorg en Jeugd}}"]:
                c.setFont("DejaVuSans-Bold" if ln in ("Kenmerk", "Contactpersoon", "Kopie aan") else "DejaVuSans", 7)
                c.drawString(15.4 * cm, y * cm, d.t(ln))
                y -= 0.36

    flow = [
        ("h", "nota", 16),
        ("kv", [("Aan", "de minister van Volksgezondheid, Welzijn en Sport"),
                ("Van", "{{PERSON|Jasper Oudendijk}}, beleidsmedewerker"),
                ("Datum", "2 juli 2025"),
                ("Onderwerp", "Openbaarmaking aanwijzing IGJ aan Thuiszorg Vitaal B.V.")], 2.5),
        ("h", "Aanleiding", 10.5),
        ("p", "De {{+ORG|Inspectie Gezondheidszorg en Jeugd}} heeft op 19 juni 2025 een aanwijzing gegeven aan "
              "{{+ORG|Thuiszorg Vitaal B.V.}} De aanwijzing wordt openbaar gemaakt. Kamerlid {{+OFFICIAL|Tielen}} (VVD) heeft "
              "eerder vragen gesteld over toezicht op nieuwe thuiszorgaanbieders."),
        ("h", "Geadviseerd besluit", 10.5),
        ("p", "Aan de minister wordt gevraagd: kennis te nemen van de aanwijzing en in te stemmen met de bijgevoegde "
              "beantwoording van de Kamervragen."),
        ("h", "Kern", 10.5),
        ("p", "Het aantal kleine thuiszorgaanbieders is sinds 2020 verdubbeld. De inspectie ziet bij nieuwe toetreders vaker "
              "tekortkomingen in bekwaamheid en medicatieveiligheid. Het wetsvoorstel {{+LAW|Wet toetreding zorgaanbieders}} "
              "(Wtza) helpt daarbij. Volgens het lid {{PERSON|Jansen|Ria Jansen (werkgroep ActiZ)}} van de werkgroep "
              "thuiszorg van {{+ORG|ActiZ}} is de meldplicht onvoldoende bekend."),
        ("h", "Krachtenveld", 10.5),
        ("p", "{{+ORG|ActiZ}} en {{+ORG|Zorgthuisnl}} steunen strenger toezicht. De {{+ORG|Nederlandse Zorgautoriteit}} wijst op "
              "de samenhang met declaratiefraude."),
        ("pb",),
        ("h", "Informatie die niet openbaar gemaakt kan worden", 10.5),
        ("p", "[nog in te vullen]"),
        ("h", "Paraafschema", 10.5),
        ("tbl", [["Naam", "Functie", "Paraaf", "Datum"],
                 ["{{PERSON|J. Oudendijk|Jasper Oudendijk}}", "beleidsmedewerker", "{{PERSON|JO|Jasper Oudendijk}}", "2-7"],
                 ["{{PERSON|P.M. Smit-Hoogeveen|Petra Smit-Hoogeveen}}", "coördinerend beleidsmedewerker", "{{PERSON|PSH|Petra Smit-Hoogeveen}}", "2-7"],
                 ["{{PERSON|R.E. Eijkelenboom|Ruud Eijkelenboom}}", "plv. directeur KT", "{{PERSON|RE|Ruud Eijkelenboom}}", "3-7"]],
         [4.2, 4.6, 1.9, 1.9]),
        ("sm", "Bijlagen: 1. aanwijzing IGJ; 2. concept-antwoorden Kamervragen (reactie van {{PERSON|Smit-Hoogeveen|Petra Smit-Hoogeveen}} verwerkt)."),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="DejaVuSans", size=9, header=side, first_header=side, margins=(2.2, 6.2, 2.6, 2.0))
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_ggd_ewrs_flight_contacts_en():
    d = Doc("ggd_ewrs_flight_contacts_en", "plain-text e-mail in English (EWRS flight contact tracing, passenger list)", "reportlab Courier")
    txt = """From:    {{PERSON|Hannah O'Sullivan}} <{{EMAIL|hannah.osullivan@hse.ie}}>
Sent:    Monday, 17 March 2025 09:48
To:      {{+EMAIL_FUNC|lci@rivm.nl}}
Cc:      {{PERSON|Martijn Verwoerd}} <{{EMAIL|m.verwoerd@ggd.amsterdam.nl}}>
Subject: EWRS 2025-0312 - measles case on flight KL0933 Dublin-Amsterdam

Dear colleagues,

Through {{+TERM|EWRS}} we notified a confirmed measles case who travelled on
{{+ORG|KLM}} flight KL0933 (Dublin - Amsterdam Schiphol) on 12 March 2025,
seat 14C. The case is an Irish resident; details remain with the HSE.
Below are the passengers seated within two rows of the case who have
a Dutch address, as provided by the airline under the {{+LAW|IHR (2005)}}:

{TABLE}

Passenger 15D is an infant; we advise contacting the parents within
72 hours (post-exposure prophylaxis). Mrs {{PERSON|Van den Broek|Sophie van den Broek}} told the
crew she is {{HEALTH|pregnant|pregnancy Van den Broek}}.

Kind regards,
{{PERSON|Hannah O'Sullivan}}
Surveillance Scientist, {{+ORG|HSE Health Protection Surveillance Centre}}
T {{PHONE|+353 1 876 5324}} | {{+URL|www.hpsc.ie}}

-----
GGD note ({{PERSON|MV|Martijn Verwoerd}}): passengers called 17-03, see {{+PRODUCT|HPZone}}."""
    from framework import plain
    pax = [("12A", "{{PERSON|VAN DEN BROEK|Sophie van den Broek}}, {{PERSON|Sophie|Sophie van den Broek}}", "{{DOB|04-09-1990}}", "{{ID|NX8K41PT2|passport Van den Broek}}"),
           ("13C", "{{PERSON|EL AMRANI|Yassin El Amrani}}, {{PERSON|Yassin|Yassin El Amrani}}", "{{DOB|22-01-1985}}", "{{ID|NR3FF07L1|passport El Amrani}}"),
           ("15D", "{{PERSON|JANSSEN-BOS|Marloes Janssen-Bos}}, {{PERSON|Marloes|Marloes Janssen-Bos}}", "{{DOB|11-07-2021}}", "{{ID|NW5TK92H8|passport Janssen-Bos}}"),
           ("16A", "{{PERSON|JANSSEN|Pim Janssen}}, {{PERSON|Pim|Pim Janssen}}", "{{DOB|30-05-1983}}", "{{ID|NW5TK90C4|passport Pim Janssen}}")]
    pad = lambda s_, w: s_ + " " * max(1, w - len(plain(s_)))
    table = " Row  " + pad("Name", 27) + pad("Date of birth", 16) + "Passport\n"
    table += "\n".join(" " + pad(r, 5) + pad(n, 27) + pad(b, 16) + p_ for r, n, b, p_ in pax)
    txt = txt.replace("{TABLE}", table)
    flow = [("mono", txt)]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="Courier", size=9.5, margins=(1.8, 1.5, 2.0, 2.0))
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_zorgkantoor_wachtlijst_export():
    d = Doc("zorgkantoor_wachtlijst_export", "waiting-list export table (client numbers, names, dates of birth)", "LibreOffice from .docx")
    rows = [["Cliëntnr.", "Naam", "Geb.datum", "Woonplaats", "Status", "Voorkeursaanbieder"],
            ["{{ID|40021877|cliëntnummer Bakker}}", "{{PERSON|Bakker|Hendrika Bakker}}, H.", "{{DOB|03-03-1932}}", "Leiden", "actief wachtend", "{{+ORG|Topaz}}"],
            ["{{ID|40022519|cliëntnummer Van Leeuwen}}", "{{PERSON|Leeuwen|Johannes van Leeuwen}}, J.C. van", "{{DOB|19-11-1940}}", "Katwijk", "urgent", "{{+ORG|Marente}}"],
            ["{{ID|40023003|cliëntnummer Lim}}", "{{PERSON|Lim|Siu Hwa Lim}}, S.H.", "{{DOB|27-06-1945}}", "Leiden", "wacht op voorkeur", "{{+ORG|Topaz}}"],
            ["{{ID|40023362|cliëntnummer Zwetsloot}}", "{{PERSON|Zwetsloot-Brand|Adriana Zwetsloot-Brand}}, A.", "{{DOB|08-12-1936}}", "Oegstgeest", "actief wachtend", "{{+ORG|Activite}}"],
            ["{{ID|40024190|cliëntnummer Pronk}}", "{{PERSON|Pronk|Willem Pronk}}, W.", "{{DOB|14-02-1950}}", "Noordwijk", "urgent", "{{+ORG|Marente}}"],
            ["{{ID|40024671|cliëntnummer Dijkstra}}", "{{PERSON|Dijkstra|Trijntje Dijkstra}}, T.", "{{DOB|01-10-1929}}", "Leiden", "overleden 28-10", "{{+ORG|Topaz}}"]]
    blocks = [
        ("h", "Wachtlijst verpleeghuiszorg (VV) - stand 1 november 2025", 1),
        ("p", "Export uit iWlz-wachtlijstbeheer, {{+ORG|Zorgkantoor Zuid-Holland Noord}}. Alleen cliënten met zorgprofiel VV en "
              "wachtstatus 'actief wachtend' of 'urgent'. Intern gebruik."),
        ("tbl", rows, [2.3, 4.2, 2.3, 2.4, 2.8, 2.8]),
        ("p", "Toelichting: bij urgente cliënten neemt de zorgbemiddelaar binnen twee werkdagen contact op met de aanbieder. "
              "Zorgbemiddelaar: {{PERSON|Esra Yılmaz}} ({{EMAIL|e.yilmaz@zk-zhn.nl}}). Algemeen: {{+EMAIL_FUNC|zorgbemiddeling@zk-zhn.nl}}."),
        ("p", "Opmerking bij {{PERSON|Van Leeuwen|Johannes van Leeuwen}}: {{HEALTH|terminaal|CVA Van Leeuwen}} na {{HEALTH|CVA|CVA Van Leeuwen}}, "
              "echtgenote kan zorg niet meer dragen. Bij {{PERSON|Pronk|Willem Pronk}}: {{HEALTH|Korsakov|korsakov Pronk}}, "
              "voorkeur {{+ORG|Marente}} locatie Hoog Duin."),
    ]
    out = DOCS / (d.name + ".pdf")
    docx_build(d, out, blocks, font="Calibri", size=9, header="Zorgkantoor - vertrouwelijk - niet verspreiden",
               footer="Gegenereerd 01-11-2025 07:00 door iWlz-wachtlijstbeheer", author="zk-zhn-batch")
    return d
