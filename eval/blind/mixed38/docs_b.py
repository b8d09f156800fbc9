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
             ("TITLE", "projectdirecteur"), ("ROAD", "Lemsterweg"), ("PLACE", "Flevoland")):
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
