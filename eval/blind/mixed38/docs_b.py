"""mixed38, documents av12-av21 (all persons, addresses and numbers invented)."""
from framework import Doc, bsn, iban

DOCS = []

# ---------------------------------------------------------------------------------------------
# av12 SDE++ beschikking aan B.V. (docx -> LO); company kept, contact person redacted
# ---------------------------------------------------------------------------------------------
d = Doc("av12_sde_beschikking_bv", "docx", author="Ramdin, Kavita", title="Beschikking SDE++ Zonnepark De Kroonpolder",
        footer="Rijksdienst voor Ondernemend Nederland - Croeselaan 15, Utrecht")
d.p("Zonnepark De Kroonpolder B.V.<br/>t.a.v. de heer ing. D.J. (Daan) Oostveen-Achterberg<br/>Energieweg 4<br/>"
    "3771 NA Barneveld")
d.p("Datum: 14 maart 2025<br/>Projectnummer: SDE25-ZON-004417<br/>Contactpersoon RVO: K. Ramdin<br/>"
    "Telefoonnummer: 088 042 42 42")
d.p("<b>Onderwerp: Beschikking SDE++ najaarsronde 2024</b>")
d.p("Geachte heer Oostveen-Achterberg,")
d.p("U hebt namens Zonnepark De Kroonpolder B.V. (KvK 87440915) subsidie aangevraagd in de Stimulering "
    "Duurzame Energieproductie en Klimaattransitie (SDE++) voor een zonnepark op land van 24,6 MWp aan de "
    "Kroonpolderweg in Barneveld. Wij kennen de subsidie toe voor een periode van 15 jaar. De netbeheerder "
    "Liander heeft de transportcapaciteit bevestigd; TenneT verzorgt de aansluiting op het 150 kV-station.")
d.p("Het vestigingsadres van de onderneming (Energieweg 4, bedrijventerrein Harselaar) is openbaar. De "
    "aanvraag is ondertekend door de bestuurder, de heer Oostveen-Achterberg, en door mevrouw Noor El Idrissi, "
    "financieel directeur (noor.elidrissi@kroonpolder-solar.nl, 06 - 14 55 20 97).")
d.p("Minister Hermans van Klimaat en Groene Groei heeft de najaarsronde opengesteld bij regeling van "
    "september 2024. Namens de minister,")
d.p("Kavita Ramdin<br/>senior adviseur Duurzame Energie, RVO")
d.R("PERSON", "ing. D.J. (Daan) Oostveen-Achterberg", "Daan", "Oostveen-Achterberg")
d.R("PERSON", "Kavita Ramdin", "Kavita", "Ramdin", ("K. Ramdin", False))
d.R("PERSON", "Noor El Idrissi", "Noor El Idrissi", "noor.elidrissi")
d.R("EMAIL", "noor.elidrissi@kroonpolder-solar.nl", ("noor.elidrissi@kroonpolder-solar.nl", False))
d.R("PHONE", "06 - 14 55 20 97", ("06 - 14 55 20 97", False))
for k, v in (("ORG", "Zonnepark De Kroonpolder B.V."), ("ADDRESS_BUSINESS", "Energieweg 4"), ("KVK_BV", "87440915"),
             ("PROG", "SDE++"), ("ORG", "Liander"), ("ORG", "TenneT"), ("PUBLIC", "Hermans"), ("AREA", "Harselaar"),
             ("ROAD", "Kroonpolderweg"), ("TITLE", "financieel directeur"), ("TITLE", "senior adviseur Duurzame Energie"),
             ("ID", "SDE25-ZON-004417"), ("PHONE_GENERAL", "088 042 42 42"), ("ORG", "Rijksdienst voor Ondernemend Nederland")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av13 verslag informatieavond windpark (HTML -> LibreOffice), named residents
# ---------------------------------------------------------------------------------------------
d = Doc("av13_informatieavond_windpark", "html", title="Verslag informatieavond Windpark Noordoostpolder-Urk uitbreiding",
        author="Bureau Omgevingsdialoog")
d.h("Verslag informatieavond uitbreiding windpark Zuidermeerdijk")
d.p("Datum: donderdag 6 februari 2025, 19.30-22.00 uur. Locatie: Het Voorhuys, Emmeloord. Circa 120 bezoekers.")
d.p("Aanwezig: gedeputeerde Energie Harold Zoet, burgemeester Joost Ekkers van de gemeente "
    "Noordoostpolder, namens de initiatiefnemer Windkoepel Noordoostpolder de heer Klaas-Jan Ras "
    "(projectdirecteur) en mevrouw Nienke Bosma-Fokkens (participatiecoördinator). Gespreksleider: Peter van der "
    "Sluis (Bureau Omgevingsdialoog). Verslag: Lieke Mol.")
d.h("Presentatie", 2)
d.p("De gedeputeerde licht het Regionaal Energie Strategie-bod van Flevoland toe (RES 1.0) en de rol van het "
    "Rijk via de Rijkscoördinatieregeling. De heer Ras toont de zichtbaarheidskaarten vanaf Urk, Schokland (UNESCO-"
    "werelderfgoed) en de Kuinderplas.")
d.h("Vragen uit de zaal", 2)
d.p("<b>Marten Kloosterman (Zuidermeerdijk 51, Creil)</b> vraagt hoe hard de turbines te horen zijn. Antwoord: "
    "de norm Lden 47 dB geldt; de nieuwe landelijke windnormen worden verwacht.")
d.p("<b>Mw. Hendrika (Riek) Post-Brouwer</b> vraagt naar de waardedaling van haar huis. Antwoord: een "
    "planschaderegeling is van toepassing; mevrouw Bosma-Fokkens neemt contact op via 06-2833 1904 van mevrouw Post.")
d.p("<b>Bartholomeus &quot;Bart&quot; Visscher</b>, akkerbouwer aan de Lemsterweg, vraagt of hij mag "
    "deelnemen als grondeigenaar. Antwoord: de pachtregeling van de Windkoepel geldt ook voor hem.")
d.p("<b>Dhr. Ahmet Yıldız</b> (bewoner Emmeloord) vraagt naar lokaal eigendom. De Windkoepel verwijst naar de "
    "coöperatie Noordoostpolder Wind U.A.; aanmelden via info@windkoepelnop.nl.")
d.p("<b>Kamerlid Thom van Campen</b> was als toehoorder aanwezig en stelde geen vragen.")
d.br()
d.h("Afspraken", 2)
d.table([["Nr.", "Toezegging", "Wie"],
         ["1", "Geluidskaart per woning voor de Zuidermeerdijk", "K.J. Ras"],
         ["2", "Gesprek over planschade met mw. Post-Brouwer", "N. Bosma-Fokkens"],
         ["3", "Verslag op website gemeente Noordoostpolder", "L. Mol"]])
d.p("Reacties op dit verslag kunnen tot 1 maart 2025 naar omgevingsdialoog@windkoepelnop.nl.")
d.R("PERSON", "Klaas-Jan Ras", "Klaas-Jan", "Ras", ("K.J. Ras", False))
d.R("PERSON", "Nienke Bosma-Fokkens", "Nienke", "Bosma-Fokkens")
d.R("PERSON", "Peter van der Sluis", ("Peter van der Sluis", False), "Sluis")
d.R("PERSON", "Lieke Mol", "Lieke", "Mol")
d.R("PERSON", "Marten Kloosterman", "Marten", "Kloosterman")
d.R("ADDRESS", "Zuidermeerdijk 51, Creil", "Zuidermeerdijk 51")
d.R("PERSON", "Hendrika (Riek) Post-Brouwer", "Hendrika", "Riek", "Post-Brouwer", ("mevrouw Post", False))
d.R("PHONE", "06-2833 1904", ("06-2833 1904", False))
d.R("PERSON", "Bartholomeus (Bart) Visscher", "Bartholomeus", "Bart", "Visscher")
d.R("PERSON", "Ahmet Yıldız", "Ahmet", "Yıldız")
for k, v in (("PUBLIC", "Harold Zoet"), ("PUBLIC", "Joost Ekkers"), ("PUBLIC", "Thom van Campen"),
             ("ORG", "Windkoepel Noordoostpolder"), ("ORG", "Bureau Omgevingsdialoog"), ("PLACE", "Urk"),
             ("PLACE", "Schokland"), ("AREA", "Kuinderplas"), ("PROG", "Rijkscoördinatieregeling"),
             ("ORG", "Noordoostpolder Wind U.A."), ("EMAIL_FUNC", "info@windkoepelnop.nl"),
             ("EMAIL_FUNC", "omgevingsdialoog@windkoepelnop.nl"), ("TITLE", "participatiecoördinator"),
             ("TITLE", "projectdirecteur"), ("PLACE", "Flevoland")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av14 e-mail thread provincie <-> advocaat van boeren (rl, mailto links, 2 pages)
# ---------------------------------------------------------------------------------------------
d = Doc("av14_mail_advocaat_provincie", "rl", size=9, title="RE: Gebiedsproces Rijntakken - positie cliënten",
        author="Zoë van Leeuwen", footer="Afgedrukt door Van Leeuwen, Zoë (Provincie Gelderland) op 10-10-2025 09:14")
d.p("<b>Van:</b> Zoë van Leeuwen &lt;<a href=\"mailto:zoe.vanleeuwen@gelderland.nl\">zoe.vanleeuwen@gelderland.nl</a>&gt;<br/>"
    "<b>Verzonden:</b> donderdag 9 oktober 2025 17:02<br/>"
    "<b>Aan:</b> mr. Joëlle Ter Steege &lt;<a href=\"mailto:joëlle.tersteege@agrarischrecht-oost.nl\">joëlle.tersteege@agrarischrecht-oost.nl</a>&gt;<br/>"
    "<b>CC:</b> Bas Wolters; juridischezaken@gelderland.nl<br/>"
    "<b>Onderwerp:</b> RE: Gebiedsproces Rijntakken - positie cliënten")
d.p("Geachte mevrouw Ter Steege,")
d.p("Dank voor uw bericht. Gedeputeerde Peter Kerris heeft het dossier van uw cliënten, de maatschap "
    "Gerritsen-Van Doorn in Gendt, besproken in het portefeuillehoudersoverleg. Ik kan bevestigen dat de "
    "provincie geen onteigening overweegt. Wel wil de provincie spreken over extensivering in de bufferzone van "
    "het Natura 2000-gebied Rijntakken (Gelderse Poort). Ik stel voor dat wij op 21 oktober bij uw cliënten thuis "
    "aan de Waaldijk afspreken; mijn collega Bas Wolters (grondzaken) schuift aan.")
d.p("Met vriendelijke groet,<br/>Zoë van Leeuwen<br/>programmamanager Gebiedsgerichte Aanpak Rijk van Nijmegen<br/>"
    "Provincie Gelderland | T 026 359 99 99 | M 06 30 07 55 18")
d.p("<b>Van:</b> mr. Joëlle Ter Steege<br/><b>Verzonden:</b> dinsdag 7 oktober 2025 11:48<br/>"
    "<b>Aan:</b> Zoë van Leeuwen<br/><b>Onderwerp:</b> Gebiedsproces Rijntakken - positie cliënten")
d.p("Geachte mevrouw Van Leeuwen,")
d.p("Ik sta de maatschap Gerritsen-Van Doorn bij, bestaande uit Theo Gerritsen, Marianne Gerritsen-van Doorn en "
    "hun zoon Luuk Gerritsen. De maatschap exploiteert een melkveebedrijf aan de Waaldijk 38, 6691 MK Gendt, "
    "waar ook de familie woont. In het informatiebulletin van 12 september wordt het bedrijf met naam genoemd als "
    "\"piekbelaster nr. 4\". Mijn cliënten hebben daarvan veel last: er zijn zelfs bedreigingen via Facebook "
    "gericht aan Luuk.")
d.p("Namens mijn cliënten verzoek ik u: (1) de naam van het bedrijf uit alle openbare stukken te verwijderen, "
    "(2) schriftelijk te bevestigen dat onteigening niet aan de orde is en (3) de AERIUS-berekening van BIJ12 te "
    "verstrekken. Zij zijn lid van LTO Noord en hebben ook Kamerlid Caroline van der Plas geïnformeerd.")
d.p("Hoogachtend,<br/>mr. J.C.M. (Joëlle) Ter Steege<br/>Agrarisch Recht Oost advocaten<br/>"
    "Stationsplein 9, 7201 DK Zutphen | 0575 - 51 40 00 | mobiel +31 (0)6 4112 7736")
d.br()
d.p("<b>Van:</b> Bas Wolters<br/><b>Verzonden:</b> vrijdag 10 oktober 2025 08:31<br/><b>Aan:</b> Zoë van Leeuwen"
    "<br/><b>Onderwerp:</b> FW: Gebiedsproces Rijntakken - positie cliënten")
d.p("Hoi Zoë,")
d.p("Klopt: Theo heeft mij ook al gebeld (06-81 22 47 03, zijn eigen nummer). Hij wil vooral dat Luuk het bedrijf "
    "kan overnemen. Ik denk dat een kavelruil met Staatsbosbeheer in de Millingerwaard kan helpen. Het "
    "relatienummer van de maatschap bij RVO is 301128455, UBN 6617203 - handig voor de AERIUS-check.")
d.p("Groet,<br/>Bas<br/><i>Bas Wolters | adviseur grondzaken | b.wolters@gelderland.nl</i>")
d.R("PERSON", "Zoë van Leeuwen", "Zoë", ("van Leeuwen", True), ("Van Leeuwen", True), "zoe.vanleeuwen")
d.R("EMAIL", "zoe.vanleeuwen@gelderland.nl", ("zoe.vanleeuwen@gelderland.nl", False))
d.R("PERSON", "mr. Joëlle Ter Steege", "Joëlle", "Ter Steege", ("J.C.M. (Joëlle) Ter Steege", False), "joëlle.tersteege")
d.R("EMAIL", "joëlle.tersteege@agrarischrecht-oost.nl", ("joëlle.tersteege@agrarischrecht-oost.nl", False))
d.R("PERSON", "Bas Wolters", "Bas", "Wolters", "b.wolters")
d.R("FIRM_PERSON", "maatschap Gerritsen-Van Doorn", "Gerritsen-Van Doorn")
d.R("PERSON", "Theo Gerritsen", "Theo", "Gerritsen")
d.R("PERSON", "Marianne Gerritsen-van Doorn", "Marianne", "Gerritsen-van Doorn")
d.R("PERSON", "Luuk Gerritsen", "Luuk")
d.R("ADDRESS", "Waaldijk 38, 6691 MK Gendt", "Waaldijk 38", "6691 MK")
d.R("PHONE", "06 30 07 55 18", ("06 30 07 55 18", False))
d.R("PHONE", "+31 (0)6 4112 7736", ("+31 (0)6 4112 7736", False))
d.R("PHONE", "06-81 22 47 03", ("06-81 22 47 03", False))
d.R("RELATIENR", "301128455", "301128455")
d.R("UBN", "6617203", "6617203")
for k, v in (("PUBLIC", "Peter Kerris"), ("PUBLIC", "Caroline van der Plas"), ("N2000", "Rijntakken"),
             ("AREA", "Gelderse Poort"), ("AREA", "Millingerwaard"), ("ORG", "Staatsbosbeheer"), ("ORG", "BIJ12"),
             ("ORG", "LTO Noord"), ("ORG", "Agrarisch Recht Oost advocaten"), ("ADDRESS_BUSINESS", "Stationsplein 9"),
             ("PHONE_GENERAL", "0575 - 51 40 00"), ("PHONE_GENERAL", "026 359 99 99"), ("ORG", "Provincie Gelderland"),
             ("EMAIL_FUNC", "juridischezaken@gelderland.nl"), ("TITLE", "adviseur grondzaken"), ("PROG", "AERIUS")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av15 WhatsApp group export of a project team (rl, monospace), first names, phones
# ---------------------------------------------------------------------------------------------
chat = """WhatsApp-chat met Projectteam Windpark Oldambt-Noord
[12-05-25 07:58:11] Jelmer Heijnen: Morgen om 9 uur keukentafel bij Wubbolts, wie rijdt er?
[12-05-25 08:03:40] Sytske: Ik rij, pik je op bij het provinciehuis
[12-05-25 08:04:02] Jelmer Heijnen: Top 👍
[12-05-25 08:15:27] +31 6 4420 9915: Hoi allen, dit is Reinier van Eneco, nieuw nummer. Kunnen jullie me opslaan?
[12-05-25 08:16:01] Sytske: Welkom Reinier!
[12-05-25 09:42:55] Mariëlle Brouwer-Oosting: Let op: mevr. Bolhuis heeft gisteren de gedeputeerde gebeld, ze is boos over de slagschaduw
[12-05-25 09:43:30] Mariëlle Brouwer-Oosting: Haar nummer staat nu ook in het CRM: 0597 - 62 80 14
[12-05-25 09:50:12] Jelmer Heijnen: Ik bel haar vanmiddag. Gedeputeerde Susan Top wil een memo vóór vrijdag
[12-05-25 10:02:09] Reinier: Eneco kan de participatieregeling aanpassen, Derk Veldhuis vroeg er ook om
[12-05-25 10:02:41] Sytske: Derk belde mij ook, hij wil Jelle erbij hebben
[12-05-25 12:31:00] Jelmer Heijnen: <Media weggelaten>
[12-05-25 12:31:20] Jelmer Heijnen: kaartje turbines WTG-01 t/m WTG-05, nog niet delen met TenneT
[13-05-25 08:59:44] Sytske: Ben er. Wubbolts staat al buiten 😅
[13-05-25 11:20:13] Sytske: Gesprek ging goed, hij wil verkopen. Hij vraagt of Gerdien van het Kadaster de grens nog kan checken
[13-05-25 11:21:05] Mariëlle Brouwer-Oosting: Gerdien zit op 06 19 27 83 46, ik stuur het door
[13-05-25 11:24:38] Reinier: 👍
[13-05-25 16:47:02] Jelmer Heijnen: Verslag staat in Teams. Sytske, wil jij het naar Pieter-Jan mailen? pjwubbolts@gmail.com
[13-05-25 16:49:30] Sytske: Doe ik. Groet, Sytske Hoekstra-Bouma"""
d = Doc("av15_whatsapp_projectteam", "rl", title="WhatsApp-export Projectteam Windpark Oldambt-Noord", size=9,
        footer="Export 14-05-2025 - bijlage bij Woo-verzoek 2025-117 - provincie Groningen")
d.pre(chat)
d.R("PERSON", "Jelmer Heijnen", "Jelmer", "Heijnen")
d.R("PERSON", "Sytske Hoekstra-Bouma", "Sytske", "Hoekstra-Bouma")
d.R("PHONE", "+31 6 4420 9915", ("+31 6 4420 9915", False))
d.R("PERSON", "Reinier (Eneco)", "Reinier")
d.R("PERSON", "Mariëlle Brouwer-Oosting", "Mariëlle", "Brouwer-Oosting")
d.R("PERSON", "mevr. Bolhuis", "Bolhuis")
d.R("PHONE", "0597 - 62 80 14", ("0597 - 62 80 14", False))
d.R("PERSON", "Derk Veldhuis", "Derk", "Veldhuis")
d.R("PERSON", "Jelle (Veldhuis)", "Jelle")
d.R("PERSON", "Pieter-Jan Wubbolts", "Wubbolts", "Pieter-Jan", "pjwubbolts")
d.R("EMAIL", "pjwubbolts@gmail.com", ("pjwubbolts@gmail.com", False))
d.R("PERSON", "Gerdien (Kadaster)", "Gerdien")
d.R("PHONE", "06 19 27 83 46", ("06 19 27 83 46", False))
for k, v in (("ORG", "Eneco"), ("PUBLIC", "Susan Top"), ("ORG", "TenneT"), ("ORG", "Kadaster"), ("ID", "WTG-01"),
             ("ORG", "Teams"), ("PROJ", "Windpark Oldambt-Noord"), ("TERM", "Media weggelaten")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av16 image-only scan: handwritten, signed objection (OCR needed)
# ---------------------------------------------------------------------------------------------
d = Doc("av16_scan_bezwaar_handgeschreven", "scan")
d.scan_pages = [[
    ("Aan het college van Gedeputeerde Staten van Groningen", "hand"),
    ("Postbus 610, 9700 AP Groningen", "hand"),
    ("gap", "gap"),
    ("Afzender: Wiebe en Trijntje Kamminga-Bos", "hand"),
    ("Tjuchemerweg 8, 9628 CE Siddeburen", "hand"),
    ("telefoon 0598 - 43 21 67", "hand"),
    ("gap", "gap"),
    ("Siddeburen, 2 juni 2025", "hand"),
    ("Betreft: bezwaar inpassingsplan Windpark Oldambt-Noord", "hand"),
    ("gap", "gap"),
    ("Geachte heer of mevrouw,", "hand"),
    ("Wij maken bezwaar tegen het plan voor vijf windturbines.", "hand"),
    ("De turbine WTG-05 komt op 480 meter van onze woning.", "hand"),
    ("Onze dochter Femke Kamminga heeft last van migraine", "hand"),
    ("en kan niet tegen slagschaduw en geluid.", "hand"),
    ("Wij hebben dit ook gezegd tegen de heer Wubbolts,", "hand"),
    ("maar die wil zijn grond toch verkopen aan Eneco.", "hand"),
    ("Wij vragen u het plan niet vast te stellen.", "hand"),
    ("gap", "gap"),
    ("Met vriendelijke groet,", "hand"),
    ("W. Kamminga", "sig"),
    ("T. Kamminga-Bos", "sig"),
]]
d.R("PERSON", "Wiebe Kamminga", "Wiebe", "Kamminga")
d.R("PERSON", "Trijntje Kamminga-Bos", "Trijntje", "Kamminga-Bos")
d.R("ADDRESS", "Tjuchemerweg 8, 9628 CE Siddeburen", "Tjuchemerweg 8", "9628 CE")
d.R("PHONE", "0598 - 43 21 67", ("43 21 67", False))
d.R("PERSON", "Femke Kamminga", "Femke")
d.R("PERSON", "Wubbolts", "Wubbolts")
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av17 image-only scan: typed letter of a farmer withdrawing from Lbv, with BSN and signature
# ---------------------------------------------------------------------------------------------
bsn17 = bsn("17420963")
d = Doc("av17_scan_brief_intrekking", "scan")
d.scan_pages = [[
    ("J.H.M. (Jan) Roelofsen", "type"),
    ("Varkenshouderij Roelofsen", "type"),
    ("Hengelosestraat 221", "type"),
    ("7157 LA Neede", "type"),
    ("gap", "gap"),
    ("Rijksdienst voor Ondernemend Nederland", "type"),
    ("Afdeling Lbv-plus", "type"),
    ("Postbus 40219, 8004 DE Zwolle", "type"),
    ("gap", "gap"),
    ("Neede, 18 augustus 2025", "type"),
    ("Onderwerp: intrekking aanvraag Lbv-plus", "bold"),
    ("gap", "gap"),
    ("Geachte heer, mevrouw,", "type"),
    ("Hierbij trek ik mijn aanvraag voor de Lbv-plus in.", "type"),
    ("Relatienummer RVO: 300519837", "type"),
    ("BSN: " + bsn17, "type"),
    ("Na overleg met mijn vrouw Gerda Roelofsen-Wissink en onze", "type"),
    ("adviseur van LTO Noord hebben wij besloten het bedrijf te", "type"),
    ("verplaatsen in plaats van te stoppen.", "type"),
    ("Voor vragen ben ik bereikbaar op 06-53 88 12 40.", "type"),
    ("gap", "gap"),
    ("Met vriendelijke groet,", "type"),
    ("J. Roelofsen", "sig"),
], [
    ("Bijlage: machtiging", "bold"),
    ("gap", "gap"),
    ("Ondergetekende, J.H.M. Roelofsen, machtigt hierbij", "type"),
    ("de heer Gerben Wouda, bedrijfsadviseur bij LTO Noord,", "type"),
    ("om namens hem met RVO en de provincie Gelderland", "type"),
    ("te spreken over de verplaatsing van het bedrijf.", "type"),
    ("gap", "gap"),
    ("Telefoon adviseur: 06 - 29 71 08 64", "type"),
    ("gap", "gap"),
    ("Neede, 18 augustus 2025", "type"),
    ("J.H.M. Roelofsen", "sig"),
    ("G. Wouda", "sig"),
]]
d.R("PERSON", "Jan Roelofsen", "Roelofsen")
d.R("TRADE", "Varkenshouderij Roelofsen", "Varkenshouderij Roelofsen")
d.R("ADDRESS", "Hengelosestraat 221, 7157 LA Neede", "Hengelosestraat 221", "7157 LA")
d.R("RELATIENR", "300519837", "300519837")
d.R("BSN", bsn17, (bsn17, False))
d.R("PERSON", "Gerda Roelofsen-Wissink", "Gerda", "Wissink")
d.R("PHONE", "06-53 88 12 40", ("88 12 40", False))
d.R("PERSON", "Gerben Wouda", "Gerben", "Wouda")
d.R("PHONE", "06 - 29 71 08 64", ("29 71 08 64", False))
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av18 beslisnota minister LNV (docx -> LO): paraph table, Kamerleden, DG kept, motivation placeholder
# ---------------------------------------------------------------------------------------------
d = Doc("av18_beslisnota_lnv_opkoop", "docx", author="Tammes, E.J.", title="Beslisnota voortgang Lbv en Lbv-plus",
        footer="Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur - DG Stikstof en Landelijk Gebied")
d.h("Beslisnota", 1)
d.table([["Aan", "de minister van LNV"],
         ["Van", "DG Stikstof en Landelijk Gebied"],
         ["Datum", "16 april 2025"],
         ["Kenmerk", "DGSLG / 98765432"],
         ["Contactpersoon", "E.J. Tammes, senior beleidsmedewerker, 06-4071 2264, e.j.tammes@minlnv.nl"],
         ["Kopie aan", "staatssecretaris Rummenie; SG"]], header=False, widths=[3, 9])
d.h("Aanleiding", 2)
d.p("Op 24 april debatteert de Tweede Kamer over de voortgang van de beëindigingsregelingen. De leden "
    "Van Campen (VVD), Bromet (GroenLinks-PvdA) en Boswijk (CDA) hebben om een actuele stand gevraagd. "
    "Minister Wiersma heeft in het commissiedebat van 5 maart toegezegd de cijfers per provincie te delen.")
d.h("Geadviseerd besluit", 2)
d.p("Aan de minister wordt gevraagd: in te stemmen met bijgaande Kamerbrief, waarin geen namen of locaties "
    "van individuele deelnemers worden genoemd.")
d.h("Kern", 2)
d.p("Per 1 april 2025 hebben 742 veehouders een aanvraag ingediend in de Lbv en 498 in de Lbv-plus. RVO "
    "signaleert dat enkele deelnemers zich publiekelijk hebben gemeld. Eén deelnemer, de heer Hendrik "
    "Westerhof-Poelman uit Oosterwolde, heeft zijn verhaal aan de regionale omroep verteld; ook dan noemt "
    "de Kamerbrief hem niet. DG Stikstof en Landelijk Gebied mr. drs. A.C. Lansink-Dubois heeft dit met "
    "het IPO afgestemd.")
d.h("Krachtenveld", 2)
d.p("LTO Nederland en NAJK vragen om ruimere ondernemersperspectief-middelen. BIJ12 werkt de rekenregels "
    "in AERIUS Calculator bij. Het lid Van der Plas (BBB) heeft een motie aangekondigd over een tijdelijke stop.")
d.h("Paraaf", 2)
d.table([["Naam", "Functie", "Paraaf", "Datum"],
         ["E.J. Tammes", "senior beleidsmedewerker", "ET", "15-04"],
         ["Pauline Verschuur-Adeyemi", "afdelingshoofd Beëindiging", "PVA", "15-04"],
         ["A.C. Lansink-Dubois", "DG SLG", "AL", "16-04"]], widths=[4, 4, 1.5, 1.5])
d.h("Informatie die niet openbaar gemaakt kan worden", 2)
d.p("Motivering: [in te vullen]")
d.R("PERSON", "E.J. Tammes", ("E.J. Tammes", False), "Tammes", "e.j.tammes")
d.R("PHONE", "06-4071 2264", ("06-4071 2264", False))
d.R("EMAIL", "e.j.tammes@minlnv.nl", ("e.j.tammes@minlnv.nl", False))
d.R("PERSON", "Hendrik Westerhof-Poelman", "Hendrik", "Westerhof-Poelman")
d.R("PERSON", "Pauline Verschuur-Adeyemi", "Pauline", "Verschuur-Adeyemi")
d.R("PARAPH", "PVA", "PVA")
d.R("PARAPH", "ET", "ET")
for k, v in (("PUBLIC", "Rummenie"), ("PUBLIC", "Van Campen"), ("PUBLIC", "Bromet"), ("PUBLIC", "Boswijk"),
             ("PUBLIC", "Wiersma"), ("PUBLIC", "Van der Plas"), ("PUBLIC_DG", "Lansink-Dubois"), ("ORG", "IPO"),
             ("ORG", "LTO Nederland"), ("ORG", "NAJK"), ("ORG", "BIJ12"), ("PROG", "AERIUS Calculator"),
             ("ORG", "RVO"), ("ORG", "DG Stikstof en Landelijk Gebied"),
             ("TITLE", "senior beleidsmedewerker"), ("TITLE", "afdelingshoofd Beëindiging"), ("ORG", "Tweede Kamer")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av19 Natura 2000 beheerplanoverleg, two columns
# ---------------------------------------------------------------------------------------------
d = Doc("av19_n2000_beheerplan_overleg", "rl", columns=2, size=9, title="Verslag beheerplanoverleg Wieden-Weerribben",
        author="Hannah Nijboer", footer="Provincie Overijssel - beheerplan Natura 2000 Weerribben-Wieden - verslag 3")
d.h("Verslag beheerplanoverleg Weerribben-Wieden", outline="Verslag overleg 3 (H. Nijboer)")
d.p("Datum: 11 maart 2025, Giethoorn. Voorzitter: gedeputeerde Eddy van Hijum, provincie Overijssel.")
d.h("Aanwezig", 2)
d.p("Natuurmonumenten: Gijs ten Brinke (gebiedsmanager) en Ellen Vreeswijk-Bakx (ecoloog). Staatsbosbeheer: "
    "Rob Kiewiet de Jonge (boswachter). LTO Noord afdeling Steenwijkerland: melkveehouder Harmen Slot. "
    "Waterschap Drents Overijsselse Delta: dijkgraaf Hans Beenen. Gemeente Steenwijkerland: "
    "wethouder Rolf Tuinstra. Verslag: Hannah Nijboer (provincie).")
d.h("1. Stand beheerplan", 2)
d.p("Het beheerplan loopt tot 2027. De instandhoudingsdoelen voor trilveen en blauwgrasland worden niet "
    "gehaald. De stikstofdepositie ligt ruim boven de kritische depositiewaarde (KDW).")
d.h("2. Peilbeheer", 2)
d.p("Dijkgraaf Beenen licht het ontwerp-peilbesluit toe. De heer Slot vreest natschade op zijn percelen aan de "
    "Kalenbergerpad en vraagt om compensatie via BIJ12. Mevrouw Vreeswijk-Bakx wijst op de noodzaak van "
    "hogere peilen voor de veenmosrietlanden.")
d.h("3. Recreatie", 2)
d.p("De heer Kiewiet de Jonge meldt overlast van sloepverhuur bij de Wetering. Boa's van Staatsbosbeheer "
    "handhaven vanaf mei vaker. Wethouder Tuinstra ondersteunt een vaarroutering.")
d.h("4. Rondvraag", 2)
d.p("De heer Ten Brinke vraagt het verslag niet te verspreiden voordat Natuurmonumenten het heeft gezien. "
    "Contact: g.tenbrinke@natuurmonumenten.nl, 06 27 14 30 88.")
d.annot("Harmen wil niet met naam in het verslag - navragen! (HN)", author="Hannah Nijboer")
d.R("PERSON", "Hannah Nijboer", "Hannah", "Nijboer", ("H. Nijboer", False))
d.R("PERSON", "Gijs ten Brinke", "Gijs", ("ten Brinke", False), ("Ten Brinke", False), "g.tenbrinke")
d.R("PERSON", "Ellen Vreeswijk-Bakx", "Ellen", "Vreeswijk-Bakx")
d.R("PERSON", "Rob Kiewiet de Jonge", "Rob", "Kiewiet de Jonge")
d.R("PERSON", "Harmen Slot", "Harmen", "Slot")
d.R("EMAIL", "g.tenbrinke@natuurmonumenten.nl", ("g.tenbrinke@natuurmonumenten.nl", False))
d.R("PHONE", "06 27 14 30 88", ("06 27 14 30 88", False))
for k, v in (("PUBLIC", "Eddy van Hijum"), ("PUBLIC", "Hans Beenen"), ("PUBLIC", "Rolf Tuinstra"), ("PUBLIC", "Beenen"),
             ("ORG", "Natuurmonumenten"), ("ORG", "Staatsbosbeheer"), ("ORG", "LTO Noord"), ("ORG", "BIJ12"),
             ("ORG", "Waterschap Drents Overijsselse Delta"), ("ORG", "Gemeente Steenwijkerland"), ("PLACE", "Giethoorn"),
             ("N2000", "Weerribben-Wieden"), ("TERM", "kritische depositiewaarde"), ("TITLE", "gebiedsmanager"),
             ("TITLE", "boswachter")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av20 TenneT hoogspanningsverbinding, landowner compensation list (docx landscape)
# ---------------------------------------------------------------------------------------------
ib20a = iban("INGB", "0006518823")
ib20b = iban("ABNA", "0529963107")
ib20c = iban("RABO", "0168820441")
d = Doc("av20_tennet_grondeigenaren_vergoeding", "docx", landscape=True, author="TenneT TSO B.V. - team Grondzaken",
        title="Overzicht gewasschade en vergoedingen 380 kV Doetinchem-Voorst", size=9,
        footer="TenneT TSO B.V. - Utrechtseweg 310, Arnhem - grondzaken 380 kV DV")
d.h("Overzicht gewasschade- en zakelijk-rechtvergoedingen 380 kV Doetinchem-Voorst", 1)
d.p("Project van TenneT onder de Rijkscoördinatieregeling (minister van Klimaat en Groene Groei). Vergoedingen "
    "volgens de Agrarische Schadevergoedingsregeling (LTO-TenneT-overeenkomst 2024). Peildatum 30 juni 2025.")
d.table([["Mast", "Rechthebbende", "Adres", "Kadastraal", "Vergoeding", "Rekening (IBAN)", "Opmerking"],
         ["DV-112", "Hermanus (Herman) te Brake, melkveehouder", "Keppelseweg 40, 6999 DM Hummelo", "Hummelo en Keppel F 1877",
          "€ 18.450", ib20a, "schade maïs 2024 nog open"],
         ["DV-113", "Maatschap Nijenhuis-Te Lintelo", "Zomerweg 3, 7221 AL Steenderen", "Steenderen B 2040",
          "€ 24.900", ib20b, "maten: Evert Nijenhuis en Gerdien te Lintelo"],
         ["DV-114", "Vereniging Natuurmonumenten", "Postbus 9955, 1243 ZS 's-Graveland", "Steenderen B 1001",
          "€ 3.100", "n.v.t.", "natuurcompensatie"],
         ["DV-115", "Erven J.W. Scholten, p/a notaris", "Dorpsstraat 17, 7221 BN Steenderen", "Bronckhorst D 554",
          "€ 9.875", ib20c, "contact: zoon Wouter Scholten 06 43 51 02 88"]],
        widths=[1.2, 3.2, 3.3, 2.6, 1.6, 3.4, 3.3])
d.p("Vragen: grondzaken@tennet.eu. Rentmeester van TenneT: ing. Arjen Lubbers-Bakker (Rentmeesterskantoor "
    "Achterhoek), 0573-45 17 70 (direct).")
d.R("PERSON", "Hermanus (Herman) te Brake", "Hermanus", "Herman", "te Brake")
d.R("ADDRESS", "Keppelseweg 40, 6999 DM Hummelo", "Keppelseweg 40", "6999 DM")
d.R("PARCEL", "Hummelo en Keppel F 1877", "F 1877")
d.R("IBAN", ib20a, (ib20a, False))
d.R("FIRM_PERSON", "Maatschap Nijenhuis-Te Lintelo", "Nijenhuis-Te Lintelo")
d.R("ADDRESS", "Zomerweg 3, 7221 AL Steenderen", "Zomerweg 3", "7221 AL")
d.R("PARCEL", "Steenderen B 2040", "B 2040")
d.R("IBAN", ib20b, (ib20b, False))
d.R("PERSON", "Evert Nijenhuis", "Evert", "Nijenhuis")
d.R("PERSON", "Gerdien te Lintelo", "Gerdien", ("te Lintelo", False))
d.R("PERSON", "J.W. Scholten (erven)", "Scholten")
d.R("ADDRESS", "Dorpsstraat 17, 7221 BN Steenderen", "Dorpsstraat 17", "7221 BN")
d.R("PARCEL", "Bronckhorst D 554", "D 554")
d.R("IBAN", ib20c, (ib20c, False))
d.R("PERSON", "Wouter Scholten", "Wouter")
d.R("PHONE", "06 43 51 02 88", ("06 43 51 02 88", False))
d.R("PERSON", "ing. Arjen Lubbers-Bakker", "Arjen", "Lubbers-Bakker")
d.R("PHONE", "0573-45 17 70", ("0573-45 17 70", False))
for k, v in (("ORG", "TenneT"), ("ORG", "Vereniging Natuurmonumenten"), ("PARCEL_PUBLIC", "B 1001"),
             ("ORG", "Postbus 9955"), ("PROG", "Rijkscoördinatieregeling"), ("LAW", "Agrarische Schadevergoedingsregeling"),
             ("EMAIL_FUNC", "grondzaken@tennet.eu"), ("ORG", "Rentmeesterskantoor Achterhoek"), ("ID", "DV-114"),
             ("PLACE", "'s-Graveland"), ("TITLE", "melkveehouder")):
    d.K(k, v)
DOCS.append(d)

# ---------------------------------------------------------------------------------------------
# av21 Eneco omgevingsfonds, aanvragen (Chromium), IBANs of private persons vs foundations
# ---------------------------------------------------------------------------------------------
ib21a = iban("RABO", "0399178265")
ib21b = iban("TRIO", "0212349876")
ib21c = iban("INGB", "0008871234")
d = Doc("av21_omgevingsfonds_aanvragen", "chromium", title="Beoordeling aanvragen Omgevingsfonds Windpark Krammer-Oost",
        author="Fondscommissie")
d.h("Omgevingsfonds Windpark Krammer-Oost - beoordeling aanvragen ronde 2025-1")
d.p("Het fonds wordt gevoed door Eneco en de coöperaties Zeeuwind en Deltawind (€ 0,50 per MWh). De "
    "fondscommissie bestaat uit inwoners van Bruinisse en Oude-Tonge; de gemeente Schouwen-Duiveland is "
    "toehoorder. Aanvragen van particulieren worden alleen op initialen gepubliceerd.")
d.table([["Nr.", "Aanvrager", "Project", "Bedrag", "IBAN", "Advies"],
         ["25-01", "Stichting Dorpshuis De Vliet", "Zonnepanelen dorpshuis", "€ 7.500", "n.v.t. (bekend)", "toekennen"],
         ["25-02", "Johanna (Jopie) Padmos-de Ridder, Molendijk 4, 4311 AC Bruinisse", "Buurtkas voor energiebesparing",
          "€ 1.200", ib21a, "toekennen"],
         ["25-03", "Visserijvereniging Bruinisse (contact: Kees Kodde, 06 2201 8876)", "Onderhoud botenhelling",
          "€ 4.000", ib21b, "aanhouden"],
         ["25-04", "Ravi Ramsaransing-Hage, Havenweg 22, Bruinisse", "Speelplek Havenweg", "€ 2.750", ib21c, "afwijzen"],
         ["25-05", "IVN Schouwen-Duiveland", "Natuurpad Grevelingen", "€ 3.300", "n.v.t. (bekend)", "toekennen"]])
d.p("Aanvraag 25-04 wordt afgewezen omdat de grond niet van de aanvrager is (eigenaar Staatsbosbeheer). De heer "
    "Ramsaransing-Hage is hierover gebeld door commissielid Corrie Moerland.")
d.p("Secretariaat: omgevingsfonds@krammer-oost.nl. Voorzitter fondscommissie: L. Hoogesteger.")
d.R("PERSON", "Johanna (Jopie) Padmos-de Ridder", "Johanna", "Jopie", "Padmos-de Ridder")
d.R("ADDRESS", "Molendijk 4, 4311 AC Bruinisse", "Molendijk 4", "4311 AC")
d.R("IBAN", ib21a, (ib21a, False))
d.R("PERSON", "Kees Kodde", "Kees Kodde")
d.R("PHONE", "06 2201 8876", ("06 2201 8876", False))
d.R("PERSON", "Ravi Ramsaransing-Hage", "Ravi", "Ramsaransing-Hage")
d.R("ADDRESS", "Havenweg 22, Bruinisse", "Havenweg 22")
d.R("IBAN", ib21c, (ib21c, False))
d.R("PERSON", "Corrie Moerland", "Corrie", "Moerland")
d.R("PERSON", "L. Hoogesteger", "Hoogesteger")
for k, v in (("ORG", "Eneco"), ("ORG", "Zeeuwind"), ("ORG", "Deltawind"), ("ORG", "Stichting Dorpshuis De Vliet"),
             ("ORG", "Visserijvereniging Bruinisse"), ("ORG", "IVN Schouwen-Duiveland"), ("N2000", "Grevelingen"),
             ("ORG", "Staatsbosbeheer"), ("PLACE", "Oude-Tonge"), ("ORG", "gemeente Schouwen-Duiveland"),
             ("EMAIL_FUNC", "omgevingsfonds@krammer-oost.nl"), ("TITLE", "commissielid")):
    d.K(k, v)
DOCS.append(d)
