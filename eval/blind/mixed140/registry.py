"""Set-wide values of set BG (all persons invented). Found automatically in every document."""

REDACT = {
    # civil servants, gemeente Meppel
    "Ingrid Havinga-Stoter": "PERSON", "i.havinga@meppel.nl": "EMAIL", "06-41 27 83 90": "PHONE",
    "Rutger ter Beek": "PERSON", "r.terbeek@meppel.nl": "EMAIL", "(0522) 85 44 17": "PHONE",
    "Sevda Yıldırım": "PERSON", "s.yildirim@meppel.nl": "EMAIL", "0522-854 402": "PHONE",
    "Bart Zwiers": "PERSON", "06 23 11 90 45": "PHONE",
    "Mirjam Oosting": "PERSON", "m.oosting@meppel.nl": "EMAIL",
    "Koen van 't Hul": "PERSON",
    "Anouk Dijkhuizen": "PERSON", "a.dijkhuizen@meppel.nl": "EMAIL", "+31 6 18 40 77 29": "PHONE",
    "Lotte Reinders": "PERSON", "l.reinders@meppel.nl": "EMAIL",
    "Hamid El Khatib": "PERSON", "h.elkhatib@meppel.nl": "EMAIL",
    "Gerda Pruim": "PERSON", "g.pruim@meppel.nl": "EMAIL",
    "Teun Smeenge": "PERSON",
    # heritage committee (external members, private persons)
    "Ferdinand Bloemendal": "PERSON", "Hester de Wolff": "PERSON", "Jakob Sikkema": "PERSON",
    "Aafke Hoekstra-Veen": "PERSON", "f.bloemendal@kpnmail.nl": "EMAIL",
    # undertaker and staff
    "Renée de Koning": "PERSON", "renée@uitvaartzorg-dekoning.nl": "EMAIL", "+31 (0)6 55 82 14 73": "PHONE",
    "0522-24 61 08": "PHONE", "Wouter Kamphuis": "PERSON", "w.kamphuis@uitvaartzorg-dekoning.nl": "EMAIL",
    "NL91 ABNA 0417 1643 00": "IBAN",
    # relatives and rights holders (living)
    "Gerrit Mulder": "PERSON", "Zomerdijk 7": "ADDRESS", "7942 KL": "ADDRESS",
    "gerritmulder58@hotmail.com": "EMAIL", "0031 6 47 20 18 66": "PHONE",
    "Hendrika Bosscher-Lamberts": "PERSON", "Annemarie Bosscher": "PERSON", "Wilhelminapark 22": "ADDRESS",
    "Jürgen Hoffmann": "PERSON", "Lotter Straße 41": "ADDRESS", "+49 541 66 20 37": "PHONE",
    "Thijs Ebbinge": "PERSON", "E.J. van der Sluis-Gorter": "PERSON",
    # requester
    "Sjoerd Altena": "PERSON", "s.altena@ziggo.nl": "EMAIL", "Havelterweg 118": "ADDRESS",
    "06-29 13 55 02": "PHONE",
    # sole traders
    "Pieter van Dalfsen": "PERSON", "NL42 RABO 0312 4487 19": "IBAN",
    "Henk Brink": "PERSON", "NL07 INGB 0006 7712 84": "IBAN", "06 51 88 03 17": "PHONE",
    # monumentenwacht inspector
    "Esmée Kuipers": "PERSON", "e.kuipers@monumentenwachtdrenthe.nl": "EMAIL",
}

KEEP = {
    "gemeente Meppel": "ORG", "Gemeente Meppel": "ORG", "Meppel": "LOC",
    "wethouder Wessels-Brouwer": "PUBLIC_OFFICIAL", "Wessels-Brouwer": "PUBLIC_OFFICIAL",
    "burgemeester Vlietstra": "PUBLIC_OFFICIAL",
    "Begraafplaats Oosterveld": "LOC", "Oude Begraafplaats": "LOC", "Kerkweg": "LOC",
    "Hendrik Kok Aula": "BUILDING", "Burgemeester Van Swinderenlaan": "STREET",
    "Stichting Dr. Anna Feitsma Fonds": "ORG",
    "Uitvaartzorg De Koning": "ORG", "Steenhouwerij Van Dalfsen": "ORG", "Grondwerken Brink": "ORG",
    "Monumentenwacht Drenthe": "ORG", "erfgoedcommissie": "ORG", "Erfgoedcommissie Meppel": "ORG",
    "Wet op de lijkbezorging": "LAW", "Beheersverordening begraafplaatsen Meppel 2024": "LAW",
    "Verordening lijkbezorgingsrechten 2026": "LAW", "Erfgoedwet": "LAW", "Wet open overheid": "LAW",
    "Algemene wet bestuursrecht": "LAW", "AVG": "LAW", "Woo": "LAW",
    "WOO-2026-0147": "REF", "Z/26/08812": "REF",
    "begraafplaatsen@meppel.nl": "MAILBOX", "woo@meppel.nl": "MAILBOX", "info@meppel.nl": "MAILBOX",
    "klachten@meppel.nl": "MAILBOX", "14 0522": "PHONE_GENERAL",
    "beheerder begraafplaatsen": "FUNCTION", "teamleider Openbare Ruimte": "FUNCTION",
    "juridisch adviseur": "FUNCTION", "Woo-coördinator": "FUNCTION",
    "Landelijke Organisatie Begraafplaatsen": "ORG", "LOB": "ORG",
    "Aaltje Mulder-Scheper": "DECEASED", "Jan Hendrik Kuiperij": "DECEASED", "Albertus Roelofs": "DECEASED",
    "Lucas Reinier van Swinderen": "DECEASED", "Geesje Boerema-Lok": "DECEASED", "Klaas Prins": "DECEASED",
    "Harm Jan Nijsingh": "DECEASED", "Trijntje Bosscher-Hulst": "DECEASED",
    "Regionaal Archief Zuidwest-Drenthe": "ORG", "Drents Archief": "ORG",
    "Rijksdienst voor het Cultureel Erfgoed": "ORG",
    "J.W. Hollander": "PUBLIC_OFFICIAL", "H. Vlietstra": "PUBLIC_OFFICIAL", "Mennega": "PUBLIC_OFFICIAL",
    "raadslid Mennega": "PUBLIC_OFFICIAL", "Klaas Prinsstraat": "STREET", "Hoofdstraat 20": "LOC",
    "Nationale ombudsman": "ORG", "Postbus 501": "LOC", "KL-2025-0031": "REF", "Basisregistratie Personen": "ORG",
    "klachtencoördinator": "FUNCTION", "uitvaartverzorger": "FUNCTION", "Openbare Ruimte": "ORG",
    "Juridische Zaken": "ORG", "ruimingsronde": "MISC", "grafadministratie": "MISC", "grafmonumenten": "MISC",
    "Osnabrück": "LOC", "Havelte": "LOC", "Hoogeveen": "LOC", "vak C": "LOC", "C-4-17": "REF", "C-1-04": "REF",
    "C-4-18": "REF", "ChristenUnie": "ORG", "Teams": "PRODUCT", "Kerkweg 3a": "LOC", "minigraver": "MISC",
    "Woo-verzoek": "MISC", "beleidsmedewerker cultureel erfgoed": "FUNCTION", "Archiefwet 1995": "LAW",
    "Mariakerk": "LOC", "Oud-Meppel": "ORG",
}
