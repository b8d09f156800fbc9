"""Second pages and appendices added to some documents (kept apart to keep content_*.py readable)."""
H, Pp, L, T, SP, M = "h", "p", "l", "t", "sp", "mono"


def extend(docs):
    by = {d.stem[:4]: d for d in docs}

    d = by["uc06"]
    i = next(k for k, b in enumerate(d.body) if b == (H, "6. Actielijst"))
    d.body[i:i] = [("break", None)]
    d.body += [(SP, 8), (H, "Bijlage bij het verslag: aanvragen en besluiten 2024 (ter informatie)"),
               (T, [["Grond", "Aanvragen", "Toegekend", "Afgewezen", "Gem. bemiddelingsperiode"],
                    ["sociale urgentie", "251", "151", "100", "7,9 maanden"], ["medische urgentie", "88", "61", "27", "6,2 maanden"],
                    ["uitstroom maatschappelijke opvang", "0 (apart contingent)", "-", "-", "-"], ["Totaal", "339", "212", "127", "7,4 maanden"]]),
               (Pp, "Bron: registratie secretariaat urgentiecommissie (MvDH), bewerkt door R. Hoogeveen voor de beantwoording van de "
                    "raadsvragen. De cijfers zijn afgestemd met Woonstichting Hanzeborg (G.J. Oudshoorn).")]

    d = by["uc07"]
    d.body += [("break", None), (H, "Toelichting per zaak (door de verhuurconsulenten)"),
               (Pp, "URG-2026-0412 - mevrouw Pattinama: na scheiding dakloos, inwonend bij familie; 20 punten dakloosheid, 10 punten "
                    "kinderen, 4 punten regiobinding. Rapport R. Brinkman, 3 februari 2025."),
               (Pp, "URG-2026-0433 - de heer Roelofsen: medische aanvraag; 8 punten op advies van F. Zandbergen, 5 punten binding, 5 punten "
                    "mantelzorg. Besluit afgewezen; bezwaar loopt (BZW-2026-0088). Rapport E. 't Hart."),
               (Pp, "URG-2026-0451 - mevrouw el Idrissi: uitstroom maatschappelijke opvang na advies Veilig Thuis IJsselland; zoekprofiel "
                    "zonder Kamperpoort. Rapport E. 't Hart."),
               (Pp, "URG-2026-0467 - de heer Wiśniewski: regiobinding korter dan zes jaar; woning afgekeurd door woningtoezicht. "
                    "Rapport R. Brinkman; contact via +48 512 330 871 (tolk Pools nodig)."),
               (Pp, "URG-2026-0470 - mevrouw Veldkamp-de Graaf: medische urgentie gelijkvloers; 25 punten op advies GGD IJsselland. "
                    "Rapport R. Brinkman; zoon als contactpersoon.")]

    d = by["uc12"]
    d.body += [("break", None), (H, "Bijlage bij de beantwoording: kerncijfers urgentie 2022-2024"),
               (T, [["Jaar", "Aanvragen", "Urgentieverklaringen", "Waarvan medisch", "Gem. wachttijd"],
                    ["2022", "297", "188", "49", "5,9 maanden"], ["2023", "318", "201", "55", "6,6 maanden"],
                    ["2024", "339", "212", "61", "7,4 maanden"]]),
               (Pp, "Bron: jaarrapportage Urgentiecommissie Zwolle en verhuurgegevens Woonstichting Hanzeborg. De cijfers over "
                    "2024 zijn op 11 maart 2025 in de urgentiecommissie besproken in aanwezigheid van wethouder Brouwer.")]

    d = by["uc23"]
    d.body += [("break", None), (H, "Bijlage 1 - e-mail van Hanzeborg over labelen van woningen"),
               (M, "Van:        Oudshoorn, Gijs <g.oudshoorn@hanzeborg.nl>\nVerzonden:  donderdag 17 april 2025 12:31\n"
                   "Aan:        Hoogeveen, Rik <rik.hoogeveen@zwolle.nl>\nCC:         Brinkman, Ruud <r.brinkman@hanzeborg.nl>\n"
                   "Onderwerp:  labelen tweekamerwoningen met lift"),
               (Pp, "Hoi Rik, 25 woningen per jaar labelen is haalbaar als de gemeente akkoord gaat met een uitzondering op de "
                    "lotingregels in WoonMatch IJssel. Ruud heeft berekend dat er in 2024 in Holtenbroek en Stadshagen 71 "
                    "tweekamerwoningen met lift vrijkwamen. Bel me gerust: 038-421 66 40. Groet, Gijs"),
               (H, "Bijlage 2 - financiële gevolgen"),
               (Pp, "Geen gevolgen voor de gemeentelijke begroting. Het huisbezoek door GGD IJsselland kost circa EUR 310 per "
                    "advies en valt binnen het bestaande contract.")]

    d = by["uc30"]
    d.body += [("break", None), (H, "Hersteltermijnen en fotoverslag"),
               (T, [["Nr", "Gebrek", "Artikel", "Termijn"], ["1", "Geen rookmelders slaapruimten", "Bbl 6.21", "4 weken"],
                    ["2", "Vluchtweg door keuken", "Bbl 4.24", "4 weken"], ["3", "Schimmel/vocht achterkamer", "Bbl 3.76", "8 weken"],
                    ["4", "Elektra: open aansluitdozen", "Bbl 6.7", "8 weken"]]),
               (Pp, "Foto 1 t/m 14 zijn opgenomen in het dossier VTH-2025-0391 en niet bij dit rapport gevoegd, omdat daarop "
                    "bewoners en hun bezittingen herkenbaar zijn. Hercontrole gepland op 15 april 2025 door B. Kolkman."),
               (Pp, "Afschrift: secretaris urgentiecommissie (in verband met URG-2026-0467); Woonstichting Hanzeborg ter informatie.")]

    d = by["uc32"]
    i = next(k for k, b in enumerate(d.body) if b[0] == T)
    rows = d.body[i][1][:-1] + [[f"{n}", t, dt, "deels openbaar" if n != "24" else "openbaar", g, o] for n, t, dt, g, o in [
        ("17", "Verslag hoorzitting", "20-05-2025", "5.1.2e, 5.1.1d", ""), ("18", "Advies bezwaarcommissie", "24-06-2025", "5.1.2e", "notities"),
        ("19", "Beslissing op bezwaar", "08-07-2025", "5.1.2e", ""), ("20", "Teams-chat verhuur", "10-02-2025", "5.1.2e", ""),
        ("21", "WhatsApp-export", "21-02-2025", "5.1.2e", ""), ("22", "Aanvraagformulier digitaal", "03-03-2025", "5.1.1d, 5.1.2e", "formuliervelden"),
        ("23", "Beslisnota urgentiebeleid", "22-04-2025", "5.1.2e", ""), ("24", "Persbericht", "15-05-2025", "-", "al openbaar"),
        ("25", "Memo jurist", "02-04-2025", "5.1.2e", ""), ("26", "Contactlijst", "01-03-2025", "5.1.2e", ""),
        ("27", "Besluit toekenning", "19-02-2025", "5.1.2e", ""), ("28", "Besluit afwijzing", "18-03-2025", "5.1.2e", ""),
        ("29", "E-mail Veilig Thuis", "28-02-2025", "5.1.2e, 5.1.1d", ""), ("30", "Inspectierapport VTH-2025-0391", "13-03-2025", "5.1.2e", ""),
        ("31", "Woo-besluit", "24-02-2026", "5.1.2e", ""), ("32", "Inventarislijst", "24-02-2026", "5.1.2e", ""),
        ("33", "E-mail griffie", "07-04-2025", "5.1.2e", "")]]
    d.body[i] = (T, rows)
    d.size = 10
    d.body.insert(i, (SP, 2))
    d.body[-1:-1] = [("break", None), (H, "Leeswijzer"),
                     (Pp, "Beoordeling: openbaar = volledig openbaar; deels openbaar = openbaar met weglakkingen; niet openbaar = "
                          "geheel geweigerd (niet van toepassing). Grond: 5.1.2e persoonlijke levenssfeer; 5.1.1d bijzondere "
                          "persoonsgegevens (gezondheid); 5.1.1e identificatienummers (BSN). Documenten die al openbaar waren, zoals "
                          "raadsvragen RV-2025-019 en het persbericht, zijn opgenomen voor de volledigheid."),
                     (Pp, "Vragen over deze lijst: woo@zwolle.nl of 14 038, onder vermelding van WOO-2026-0318.")]
    return docs
