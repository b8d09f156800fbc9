from lib import Doc

P = "PERSON"
DOCS = []

# vt12 invoice fencing contractor (sole trader)
DOCS.append(Doc("vt12_factuur_hekwerk", [
    "# FACTUUR",
    "Hekwerk Tijhuis - eenmanszaak van E.J. Tijhuis",
    "Bathmenseweg 61, 7434 PS Lettele  |  06-24681357  |  erwin@hekwerktijhuis.nl",
    "KvK 71234598  |  btw NL001873245B52  |  IBAN NL48 RABO 0312 4567 89",
    "Aan: Volkstuinvereniging De Groene Hoek, t.a.v. de penningmeester",
    "Factuurnummer: 2025-0147     Factuurdatum: 28 april 2025",
    "Uw referentie: offerte HT-25-033 / subsidie Groen Deventer",
    "Omschrijving | Aantal | Prijs | Totaal",
    "Dubbelstaafmat hekwerk 1,83 m, antraciet | 112 m | EUR 48,50 | EUR 5.432,00",
    "Draaipoort 2-vleugelig 4 m met cilinderslot | 1 | EUR 1.295,00 | EUR 1.295,00",
    "Verwijderen oud gaashekwerk en afvoer | 1 | EUR 640,00 | EUR 640,00",
    "Subtotaal EUR 7.367,00  |  btw 21% EUR 1.547,07  |  Totaal EUR 8.914,07",
    "Betaling binnen 30 dagen op IBAN NL48 RABO 0312 4567 89 t.n.v. E.J. Tijhuis, o.v.v. factuurnummer.",
    "Vragen? Bel Erwin op 06-24681357.",
], [
    (P, ["E.J. Tijhuis"]), ("ADDRESS", ["Bathmenseweg 61", "7434 PS"]), ("PHONE", ["06-24681357"]),
    ("EMAIL", ["erwin@hekwerktijhuis.nl"]), ("ID", ["KvK 71234598", "71234598"]), ("ID", ["NL001873245B52"]),
    ("IBAN", ["NL48 RABO 0312 4567 89"]), (P, ["Erwin"]),
], [
    ("ORG", ["Hekwerk Tijhuis"]), ("ORG", ["Volkstuinvereniging De Groene Hoek"]), ("REF", ["2025-0147"]), ("REF", ["HT-25-033"]),
    ("MISC", ["Groen Deventer"]), ("MISC", ["Dubbelstaafmat"]), ("MISC", ["EUR 8.914,07"]), ("LOC", ["Lettele"]), ("ROLE", ["penningmeester"]),
], producer="rl", meta={"Producer": "Aspose.PDF for .NET 23.4", "Creator": "Moneybird"}))

# vt13 council motion
DOCS.append(Doc("vt13_motie_volkstuinen", [
    "# Motie 'Volkstuinen blijven groen'",
    "Gemeenteraad Deventer, vergadering van 25 juni 2025, agendapunt 7: Omgevingsvisie Deventer 2040",
    "De raad van de gemeente Deventer, in vergadering bijeen,",
    "constaterende dat:",
    "- het volkstuincomplex Zandweerd in de Omgevingsvisie is aangeduid als zoekgebied wonen;",
    "- de huurovereenkomst met Volkstuinvereniging De Groene Hoek eind 2025 afloopt;",
    "- volkstuinen bijdragen aan biodiversiteit, gezondheid en sociale samenhang;",
    "verzoekt het college:",
    "- de huurovereenkomst met ten minste tien jaar te verlengen;",
    "- bij woningbouw op Zandweerd eerst een gelijkwaardige vervangende locatie aan te wijzen;",
    "en gaat over tot de orde van de dag.",
    "Ingediend door:",
    "Thijs Bovenkerk (GroenLinks)   Aylin Demir (D66)   Harm-Jan Lubbers (CDA)   Sandra Eeftink-Kok (Partij voor de Dieren)",
    "Uitslag: aangenomen met 27 stemmen voor en 10 tegen.",
    "Griffier: drs. P.A. van Wingerden",
], [
    (P, ["P.A. van Wingerden"]),
], [
    ("PERSON_PUBLIC", ["Thijs Bovenkerk"]), ("PERSON_PUBLIC", ["Aylin Demir"]), ("PERSON_PUBLIC", ["Harm-Jan Lubbers"]),
    ("PERSON_PUBLIC", ["Sandra Eeftink-Kok"]), ("ORG", ["GroenLinks"]), ("ORG", ["D66"]), ("ORG", ["CDA"]),
    ("ORG", ["Partij voor de Dieren"]), ("ORG", ["Gemeenteraad Deventer"]), ("MISC", ["Omgevingsvisie Deventer 2040"]),
    ("LOC", ["Zandweerd"]), ("ORG", ["Volkstuinvereniging De Groene Hoek"]), ("MISC", ["Volkstuinen blijven groen"]), ("ROLE", ["Griffier"]),
], producer="docx", meta={"Author": "Griffie Deventer"}))

# vt14 wethouder letter to council
DOCS.append(Doc("vt14_raadsbrief_wethouder", [
    "Gemeente Deventer  |  Grote Kerkhof 1  |  Postbus 5000, 7400 GC Deventer  |  14 0570",
    "Aan: de gemeenteraad van Deventer",
    "Datum: 16 september 2025     Kenmerk: RB-2025-118",
    "Onderwerp: uitvoering motie 'Volkstuinen blijven groen' - huurovereenkomst complex Zandweerd",
    "Geachte raadsleden,",
    "Met de motie van de leden Bovenkerk, Demir, Lubbers en Eeftink-Kok heeft u ons gevraagd de huurovereenkomst met "
    "Volkstuinvereniging De Groene Hoek met ten minste tien jaar te verlengen. Wij informeren u over de uitvoering.",
    "Wij hebben met het bestuur van de vereniging een nieuwe huurovereenkomst gesloten voor tien jaar, tot en met "
    "31 december 2035, met een tussentijdse toets in 2030. Het nieuwe hekwerk is gedeeltelijk betaald uit de subsidie "
    "Groen Deventer (EUR 4.000). Over één tuin liep een handhavingstraject wegens bewoning van een berging; de bewoner is "
    "inmiddels met hulp van het Sociaal Wijkteam gehuisvest. Uit privacyoverwegingen doen wij geen verdere mededelingen.",
    "Wethouder Marleen Okkerse-Visser (Grondzaken en Vastgoed) heeft op 2 september 2025 het complex bezocht, samen met "
    "burgemeester Ron König. Voor vragen kunt u contact opnemen met de ambtelijk contactpersoon, Bas Kamphuis, teamleider "
    "Vastgoed, b.kamphuis@deventer.nl, 0570 69 35 80.",
    "Hoogachtend,",
    "burgemeester en wethouders van Deventer,",
    "de secretaris,                         de burgemeester,",
    "mr. J.W. Stegeman-de Graaf              Ron König",
], [
    (P, ["Bas Kamphuis", "Kamphuis"]), ("EMAIL", ["b.kamphuis@deventer.nl"]), ("PHONE", ["0570 69 35 80"]),
], [
    ("PERSON_PUBLIC", ["Marleen Okkerse-Visser"]), ("PERSON_PUBLIC", ["Ron König"]), ("PERSON_PUBLIC", ["Bovenkerk"]),
    ("PERSON_PUBLIC", ["Demir"]), ("PERSON_PUBLIC", ["Lubbers"]), ("PERSON_PUBLIC", ["Eeftink-Kok"]), ("REF", ["RB-2025-118"]),
    ("ORG", ["Sociaal Wijkteam"]), ("MISC", ["Groen Deventer"]), ("LOC", ["Grote Kerkhof 1"]), ("PHONE_PUBLIC", ["14 0570"]),
    ("ROLE", ["teamleider Vastgoed"]), ("PERSON_PUBLIC", ["J.W. Stegeman-de Graaf"]), ("LOC", ["Zandweerd"]),
], producer="rlttf", meta={"Producer": "Microsoft® Word 2019", "Author": "Kamphuis, Bas", "Title": "Raadsinformatiebrief volkstuinen"}))
