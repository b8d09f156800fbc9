"""Content of set KB (kinderboerderij De Hazelaar, Zutphen). All persons invented."""


def R(v, k="PERSON"):
    return f"[[{v}|{k}]]"


def K(v, k="ORG"):
    return f"{{{{{v}|{k}}}}}"


P, EM, TEL, ADR, ID, H = "PERSON", "EMAIL", "PHONE", "ADDRESS", "ID", "HEALTH"
ZUT, KBH, NVWA, GGD = K("Zutphen", "PLACE"), K("Kinderboerderij De Hazelaar"), K("NVWA"), K("GGD Noord- en Oost-Gelderland")
WOO = K("WOO-2026-0418", "CASE")
MOT = ["## Informatie die niet openbaar gemaakt kan worden",
       "## Motivering",
       "In de openbaar gemaakte versie van dit document zijn persoonsgegevens van ambtenaren, vrijwilligers en "
       "andere betrokkenen weggelakt op grond van artikel 5.1, tweede lid, onder e, van de " + K("Wet open overheid", "LAW") + "."]


def W(*a, **k):
    return dict(**k)


DOCLIST = []


def doc(stem, pages, **kw):
    DOCLIST.append(dict(stem=stem, pages=pages, **kw))


WORD = {"info": {"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365"}}
OUTL = {"info": {"Producer": "Microsoft Outlook 16.0 (PDF export)", "Creator": "Microsoft Outlook"}}

# kb01 Woo request ------------------------------------------------------------------------
doc("kb01_woo_verzoek", [[
    "Van: " + R("Martijn Kloosterman") + " <" + R("m.kloosterman@kpnmail.nl", EM) + ">",
    "Verzonden: maandag 7 september 2026 21:14",
    "Aan: " + K("woo@zutphen.nl", "MAILBOX"),
    "Onderwerp: Woo-verzoek sluiting " + KBH,
    "",
    "Geacht college van burgemeester en wethouders,",
    "Op grond van de " + K("Wet open overheid", "LAW") + " verzoek ik u om openbaarmaking van alle documenten over de "
    "sluiting van " + KBH + " aan de " + K("Hazelaarweg 12", "ADDRESS_PUBLIC") + " in " + ZUT + " in augustus 2026, "
    "waaronder het inspectierapport van de " + NVWA + ", het uitbraakonderzoek van de " + GGD + " naar de besmettingen "
    "met " + K("STEC O157", "TERM") + " en de correspondentie met " + K("Stichting Dierenweide Zutphen") + ".",
    "Mijn dochter was op 9 augustus op de kinderboerderij en is daarna ziek geworden; ik wil begrijpen wat er misging.",
    "Ik ontvang de stukken graag digitaal. U kunt mij bereiken op " + R("06-41 27 93 58", TEL) + ".",
    "",
    "Met vriendelijke groet,",
    R("M.J. Kloosterman"),
    R("Berkelsingel 44", ADR) + ", " + R("7201 KC", ADR) + " " + ZUT,
]], meta=OUTL)

# kb02 acknowledgement (docx) ---------------------------------------------------------------
doc("kb02_ontvangstbevestiging", [[
    "Gemeente " + ZUT + " | " + K("Postbus 15", "ADDRESS_PUBLIC") + " | " + K("7200 AA", "POSTCODE") + " " + ZUT,
    "",
    "Aan de heer " + R("M.J. Kloosterman"),
    R("Berkelsingel 44", ADR),
    R("7201 KC", ADR) + " ZUTPHEN",
    "",
    "Datum: 10 september 2026",
    "Ons kenmerk: " + WOO,
    "Behandeld door: " + R("E.A. Dijkstra-Roelofs"),
    "Telefoon: " + R("0575 - 84 72 19", TEL),
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "",
    "Geachte heer " + R("Kloosterman") + ",",
    "Op 7 september 2026 hebben wij uw verzoek op grond van de " + K("Wet open overheid", "LAW") + " ontvangen. "
    "Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen. "
    "Omdat de stukken ook de " + NVWA + " en de " + K("GGD") + " raken, vragen wij hen om een zienswijze.",
    "Heeft u vragen? Bel dan het algemene nummer " + K("14 0575", "PHONE_PUBLIC") + " of mail naar " + K("woo@zutphen.nl", "MAILBOX") + ".",
    "",
    "Met vriendelijke groet,",
    "namens het college van burgemeester en wethouders van " + ZUT + ",",
    R("Esther Dijkstra-Roelofs"),
    K("juridisch adviseur Woo", "ROLE"),
]], writer="docx", meta={"keep_info": True})

# kb03 NVWA inspection report (2p) ----------------------------------------------------------
doc("kb03_nvwa_inspectierapport", [[
    "# Inspectierapport dierenwelzijn en hygiëne",
    K("Nederlandse Voedsel- en Warenautoriteit") + " - " + K("Divisie Inspectie") + ", " + K("Team Dierenwelzijn Oost"),
    "Rapportnummer: " + K("NVWA-DW-2026-08871", "CASE") + "    Datum inspectie: 14 augustus 2026",
    "Locatie: " + KBH + ", " + K("Hazelaarweg 12", "ADDRESS_PUBLIC") + ", " + ZUT + "    UBN: " + K("2784519", "UBN"),
    "Houder: " + K("Stichting Dierenweide Zutphen") + ", KvK " + K("41038277", "KVK_ORG"),
    "Aanwezig namens houder: " + R("G.J. ter Horst") + " (voorzitter) en " + R("F. El Idrissi") + " (coördinator)",
    "Inspecteurs: " + R("H. Brinkman-Sluis") + " (toezichthouder, " + R("nr. 40117", ID) + ") en " + R("W.P. Adema") + " (dierenarts NVWA)",
    "",
    "## 1. Aanleiding",
    "Melding van de " + GGD + " van 12 augustus 2026 over vijf kinderen met " + K("STEC O157", "TERM") + " na een bezoek aan de kinderboerderij.",
    "## 2. Bevindingen",
    "2.1 Het geitenverblijf was niet schoongemaakt; mest lag tot 15 cm hoog in de uitloop. Overtreding van artikel 1.6 "
    "van het " + K("Besluit houders van dieren", "LAW") + ".",
    "2.2 Bij de handwasunit bij de uitgang ontbrak zeep; de kraan werkte niet. De " + K("Hygiënecode voor kinderboerderijen", "DOC") +
    " schrijft een werkende voorziening voor.",
    "2.3 Twee lammeren hadden diarree; een behandeling was volgens het logboek gestart door de praktijkdierenarts.",
    "2.4 Het aantal geiten (23) was hoger dan geregistreerd in " + K("I&R", "TERM") + " (19). Vier geiten waren afkomstig "
    "van een hobbyhouder met UBN " + R("6630142", "UBN_PRIVATE") + ".",
], [
    "## 3. Verklaringen",
    "De heer " + R("Ter Horst") + " verklaarde dat door vakantie van vrijwilligers het schoonmaakrooster van 3 tot 13 augustus "
    "niet was gevolgd. Mevrouw " + R("El Idrissi") + " gaf aan dat zij dit op 6 augustus heeft gemeld in de appgroep.",
    "## 4. Maatregelen",
    "- Schriftelijke waarschuwing (" + K("WS-2026-3310", "CASE") + ") voor de mestsituatie.",
    "- Last onder dwangsom voorbereid voor de I&R-registratie, hersteltermijn 14 dagen.",
    "- Advies aan de burgemeester om de kinderboerderij tijdelijk te sluiten voor publiek.",
    "",
    "## 5. Ondertekening",
    "Opgemaakt op ambtseed door " + R("H. Brinkman-Sluis") + ", toezichthouder " + NVWA + ".",
    "Vragen: " + K("info@nvwa.nl", "MAILBOX") + " of " + K("0900 0388", "PHONE_PUBLIC") + ".",
]], font="dejavu", meta={"info": {"Producer": "iText® 7.2.5 ©2000-2023 Apryse Group NV", "Creator": "NVWA Inspectieview"}},)

# kb04 Outlook thread gemeente-NVWA ---------------------------------------------------------
doc("kb04_mail_gemeente_nvwa", [[
    "Van: " + R("Brinkman-Sluis, Hennie") + " <" + R("h.brinkman-sluis@nvwa.nl", EM) + ">",
    "Verzonden: vrijdag 14 augustus 2026 17:42",
    "Aan: " + R("Smit, Jeroen") + " <" + R("j.smit@zutphen.nl", EM) + ">",
    "CC: " + R("Lodewijks-Peters, Karin") + " <" + R("k.lodewijks-peters@zutphen.nl", EM) + ">; " + R("Adema, Wouter") + " <" + R("w.p.adema@nvwa.nl", EM) + ">",
    "Onderwerp: RE: " + KBH + " - advies sluiting",
    "",
    "Hoi Jeroen,",
    "Zoals telefonisch besproken: wij adviseren de burgemeester de kinderboerderij per direct te sluiten. Het rapport volgt "
    "maandag. Ik ben morgen bereikbaar op " + R("06 - 2290 1174", TEL) + ".",
    "Groet, Hennie",
    "",
    "Van: " + R("Smit, Jeroen") + " <" + R("j.smit@zutphen.nl", EM) + ">",
    "Verzonden: vrijdag 14 augustus 2026 15:05",
    "Aan: " + R("Brinkman-Sluis, Hennie") + " <" + R("h.brinkman-sluis@nvwa.nl", EM) + ">",
    "Onderwerp: " + KBH + " - advies sluiting",
    "",
    "Beste mevrouw " + R("Brinkman") + ",",
    "Burgemeester " + K("Wessels", "PUBLIC_OFFICIAL") + " wil vanavond beslissen over een sluiting op grond van artikel 174 van de "
    + K("Gemeentewet", "LAW") + ". Kunt u uw bevindingen kort op papier zetten? Wethouder " + K("Koopmans", "PUBLIC_OFFICIAL") +
    " (dierenwelzijn) is geïnformeerd.",
    "",
    "Met vriendelijke groet,",
    R("Jeroen Smit"),
    K("beleidsadviseur openbare orde en veiligheid", "ROLE"),
    "Gemeente " + ZUT + " | T " + R("0575 - 84 75 02", TEL) + " | M " + R("06-18 34 66 90", TEL),
]], meta=OUTL)

# kb05 GGD outbreak report (2p) -------------------------------------------------------------
doc("kb05_ggd_uitbraakonderzoek", [[
    "# Uitbraakonderzoek STEC O157 - " + KBH,
    GGD + ", " + K("afdeling Infectieziektebestrijding") + "    Meldingsnummer " + K("OSIRIS 2026-14473", "CASE"),
    "Auteurs: " + R("dr. M.C. Oudshoorn") + " (arts infectieziektebestrijding), " + R("T. Haaksma") + " (sociaal verpleegkundige)",
    "",
    "## Samenvatting",
    "Tussen 11 en 17 augustus 2026 werden zes kinderen (2-7 jaar) gemeld met bloederige diarree. Bij vijf werd "
    + K("STEC O157", "TERM") + " aangetoond; " + K("RIVM", "ORG") + " typeerde de isolaten met " + K("whole genome sequencing", "TERM") +
    " als één cluster, identiek aan isolaten uit geitenmest van de kinderboerderij.",
    "## Casuïstiek (vertrouwelijk - bijzondere persoonsgegevens)",
    "| casus | naam | geb.datum | beloop |",
    "| 1 | " + R("Yasmin Bouzid") + " | " + R("14-03-2021", "DOB") + " | " + R("opname, HUS, dialyse", H) + " |",
    "| 2 | " + R("Julia Verhoef") + " | " + R("02-11-2019", "DOB") + " | " + R("opname 3 dagen", H) + " |",
    "| 3 | " + R("Siem de Graaf") + " | " + R("27-06-2022", "DOB") + " | " + R("thuis hersteld", H) + " |",
    "| 4 | " + R("Noor van 't Hul") + " | " + R("09-01-2020", "DOB") + " | " + R("opname, HUS", H) + " |",
    "| 5 | " + R("Lucas Ploeger") + " | " + R("30-08-2023", "DOB") + " | " + R("thuis hersteld", H) + " |",
    "Eén broer van casus 2 werd secundair besmet (" + R("Mees Verhoef") + ").",
], [
    "## Bronopsporing",
    "Alle kinderen hadden de geitenweide bezocht en geiten geaaid; bij vier ontbrak handen wassen na het bezoek. Monsters van "
    "zes mestplaatsen: drie positief. De kraan bij de uitgang werkte sinds eind juli niet (verklaring vrijwilliger " + R("R. Hoekstra") + ").",
    "## Maatregelen en advies",
    "1. Sluiting voor publiek tot twee negatieve mestrondes en werkende handwasvoorzieningen.",
    "2. Vrijwilligers met klachten niet inzetten bij dieren; " + R("twee vrijwilligers met klachten", H) + " zijn getest.",
    "3. Informatie aan ouders via brief en de website van de " + K("GGD") + ".",
    "",
    "Contact: " + K("infectieziekten@ggdnog.nl", "MAILBOX") + ", " + K("088 443 31 00", "PHONE_PUBLIC") + ".",
    "Mailadres behandelaar: " + R("m.oudshoorn@ggdnog.nl", EM),
]], font="serif", meta={"info": {"Producer": "Aspose.PDF for .NET 23.4", "Creator": "HPZone Lite", "Title": "Uitbraakonderzoek STEC"}})

# kb06 GGD letter to parents ---------------------------------------------------------------
doc("kb06_ggd_brief_ouders", [[
    GGD + " | " + K("Rijksweg 153", "ADDRESS_PUBLIC") + " | " + K("Apeldoorn", "PLACE") + " (locatie " + ZUT + ")",
    "",
    "Aan de ouders van " + R("Yasmin Bouzid"),
    R("Mw. N. Bouzid"),
    R("Weerdslag 8-2", ADR) + " | " + R("7206 BR", ADR) + " " + ZUT,
    "",
    "Datum: 18 augustus 2026    Kenmerk: " + K("IZB/2026/14473-01", "CASE"),
    "Betreft: uitslag en adviezen na " + K("STEC O157", "TERM"),
    "",
    "Beste mevrouw " + R("Bouzid") + ",",
    "Uw dochter " + R("Yasmin") + " is besmet geraakt met een " + K("E. coli", "TERM") + "-bacterie die " + K("shigatoxine", "TERM") +
    " maakt. Omdat zij " + R("nierproblemen (HUS) heeft ontwikkeld", H) + ", blijft zij onder behandeling van het " + K("Wilhelmina Kinderziekenhuis", "ORG") + ".",
    "Gezinsleden kunnen de bacterie overdragen. Wij adviseren goed handen te wassen en tot twee negatieve uitslagen niet naar "
    "kinderopvang te gaan. Voor de opvang van haar broer " + R("Adam") + " nemen wij contact op met " + K("Kinderopvang Het Kwetternest", "ORG") + ".",
    "",
    "Met vriendelijke groet,",
    R("dr. Mirjam Oudshoorn"),
    K("arts infectieziektebestrijding", "ROLE"),
    "Direct: " + R("088 - 443 3187", TEL),
]], font="serif", meta={"info": {"Producer": "Aspose.PDF for .NET 23.4", "Creator": "HPZone Lite"}})

# kb07 volunteers roster (2p) ---------------------------------------------------------------
vol = [("Fatima El Idrissi", "06-21 55 80 13", "coördinator", "VOG 03-2026"),
       ("Sanne Wolters", "06 1093 4427", "dierverzorging", "VOG 11-2025"),
       ("Daan Kuipers", "06-38 20 71 95", "dierverzorging", "aangevraagd"),
       ("Ingrid Mulder-Hazeveld", "0575-52 31 08", "winkel/koffie", "VOG 01-2024"),
       ("Özlem Çelik", "+31 (0)6 4471 2209", "educatie", "VOG 05-2026"),
       ("Bram de Jong", "06-5507 3316", "dierverzorging", "geen VOG"),
       ("Joke Stam", "0575 51 99 40", "administratie", "VOG 09-2025"),
       ("Kees Bouwmeester", "0031 6 2780 5531", "techniek", "VOG 02-2026"),
       ("Lotte van der Wal", "06-1173 8802", "educatie", "VOG 04-2026"),
       ("Rik Hoekstra", "06 44 02 61 77", "techniek/water", "VOG 10-2025"),
       ("Mies Oosterbeek", "0575-52 84 66", "dierverzorging", "VOG verlopen"),
       ("José Brouwer", "06-2933 1048", "weekend", "VOG 06-2026")]
rows = ["| naam | telefoon | taak | VOG-status |"] + [f"| {R(n)} | {R(t, TEL)} | {K(tk, 'ROLE') if False else tk} | {v} |" for n, t, tk, v in vol]
doc("kb07_rooster_vrijwilligers", [[
    "# Vrijwilligersrooster augustus 2026 - " + KBH,
    K("Stichting Dierenweide Zutphen") + " | intern | niet verspreiden buiten de groep",
    "",
] + rows + [
    "",
    "VOG = Verklaring Omtrent het Gedrag van " + K("Justis", "ORG") + "; verplicht voor educatie met schoolklassen.",
], [
    "## Rooster 3 - 16 augustus (ochtend / middag)",
    "| datum | ochtend | middag | schoonmaak geitenweide |",
    "| ma 3 aug | " + R("Sanne") + " | " + R("Daan") + " | " + R("Bram") + " |",
    "| di 4 aug | " + R("Mies") + " | " + R("Kees") + " | - (vakantie) |",
    "| wo 5 aug | " + R("Özlem") + " | " + R("Lotte") + " | - |",
    "| do 6 aug | " + R("Fatima") + " | " + R("José") + " | melding niet gedaan |",
    "| za 8 aug | " + R("Daan") + " | " + R("Ingrid") + " | - |",
    "| zo 9 aug | " + R("José") + " | " + R("Rik") + " | - (drukte, 400 bezoekers) |",
    "",
    "Sleutelhouders: " + R("F. El Idrissi") + ", " + R("K. Bouwmeester") + ", " + R("G.J. ter Horst") + ".",
    "Alarmcode en sleutelkluis: zie map beheer.",
]], font="dejavu", meta={"info": {"Producer": "Microsoft® Excel® voor Microsoft 365", "Creator": "Microsoft® Excel® voor Microsoft 365", "Author": "Annemiek van 't Veer"}},
    hidden=[("metadata", P, "Annemiek van 't Veer")])

# kb08/kb09 vet invoices (sole trader) ------------------------------------------------------
def invoice(stem, nr, date, lines, total, prod):
    doc(stem, [[
        "# " + R("Dierenartsenpraktijk L. Verschuren", "TRADE_NAME"),
        R("Lieke Verschuren") + ", dierenarts | " + R("Eefdeseweg 201", ADR) + " | " + R("7231 DL", ADR) + " " + K("Warnsveld", "PLACE"),
        "Tel. " + R("0575-43 22 87", TEL) + " | " + R("praktijk@verschuren-dierenarts.nl", EM) + " | KvK " + R("74418930", "KVK") +
        " | btw " + R("NL001842267B45", "VAT"),
        "",
        "Aan: " + K("Stichting Dierenweide Zutphen") + ", t.a.v. de penningmeester, " + K("Hazelaarweg 12", "ADDRESS_PUBLIC") + ", " + ZUT,
        "Factuurnummer: " + K(nr, "CASE") + "    Factuurdatum: " + date + "    Klant-UBN: " + K("2784519", "UBN"),
        "",
        "| datum | omschrijving | aantal | bedrag |",
    ] + lines + [
        "",
        "Totaal inclusief 9% btw: EUR " + total,
        "Graag binnen 30 dagen overmaken op " + R("NL27 RABO 0312 4567 89", "IBAN") + " t.n.v. " + R("L.M. Verschuren", P) + ".",
        "Lid van de " + K("KNMvD", "ORG") + "; praktijk gecertificeerd door " + K("GD Deventer", "ORG") + ".",
    ]], font="times", meta={"info": {"Producer": prod, "Creator": "VetManager 4"}})


invoice("kb08_factuur_dierenarts_juli", K("F2026-0712", "CASE") and "F2026-0712", "31 juli 2026", [
    "| 22-07 | consult geitenweide, 2 lammeren diarree | 1 | 68,50 |",
    "| 22-07 | mestonderzoek GD, 3 monsters | 3 | 114,00 |",
    "| 29-07 | herhalingsconsult, contact " + R("Mies Oosterbeek") + " | 1 | 48,00 |",
], "251,07", "PDFpen 13.2")
invoice("kb09_factuur_dierenarts_augustus", "F2026-0833", "21 augustus 2026", [
    "| 13-08 | spoedconsult, melding " + R("F. El Idrissi") + " | 1 | 95,00 |",
    "| 14-08 | aanwezigheid inspectie NVWA | 2 uur | 170,00 |",
    "| 15-08 | bemonstering mest STEC, 6 plaatsen | 6 | 228,00 |",
    "| 18-08 | ontwormen en behandelen 23 geiten | 23 | 207,00 |",
], "763,00", "Nitro Pro 13.70.2.40")

# kb10 treatment log with UBN ---------------------------------------------------------------
doc("kb10_behandellogboek_ubn", [[
    "# Logboek diergeneesmiddelen en behandelingen 2026",
    "Houder: " + K("Stichting Dierenweide Zutphen") + " | UBN " + K("2784519", "UBN") + " | bedrijfsbegeleidend dierenarts: " + R("L.M. Verschuren"),
    "",
    "| datum | dier / oornummer | middel (REG NL) | behandeld door |",
    "| 22-07-2026 | lam NL 507812 00431 | " + K("Baycox", "PRODUCT") + " " + K("REG NL 9924", "CASE") + " | " + R("LV") + " / " + R("Sanne") + " |",
    "| 22-07-2026 | lam NL 507812 00432 | " + K("Baycox", "PRODUCT") + " " + K("REG NL 9924", "CASE") + " | " + R("LV") + " / " + R("Sanne") + " |",
    "| 29-07-2026 | geit NL 660314 00217 | " + K("Metacam", "PRODUCT") + " | " + R("LV") + " |",
    "| 05-08-2026 | 4 geiten, aanvoer | geen behandeling | " + R("DK") + " |",
    "| 13-08-2026 | geit NL 660314 00219 | " + K("Cydectin", "PRODUCT") + " | " + R("LV") + " / " + R("MO") + " |",
    "| 18-08-2026 | alle 23 geiten | " + K("Cydectin", "PRODUCT") + " | " + R("LV") + " |",
    "",
    "Aanvoer 05-08-2026: 4 geiten van UBN " + R("6630142", "UBN_PRIVATE") + ", herkomst " + R("fam. Kuipers, Voorsterallee 17", ADR) + " (hobbyhouder).",
    "Paraaf dierenarts: " + R("LV") + "    Paraaf houder: " + R("GJtH"),
    "Wachttijden: n.v.t., geen productiedieren voor consumptie. Registratie conform " + K("Wet dieren", "LAW") + " en " + K("Regeling diergeneesmiddelen", "LAW") + ".",
]], meta={"info": {"Producer": "Microsoft: Print To PDF", "Creator": "Microsoft Excel"}})

# kb11 mail gemeente - bestuur --------------------------------------------------------------
doc("kb11_mail_gemeente_bestuur", [[
    "Van: " + R("Gerrit-Jan ter Horst") + " <" + R("gj.terhorst@dierenweide-zutphen.nl", EM) + ">",
    "Verzonden: zondag 16 augustus 2026 10:21",
    "Aan: " + R("Smit, Jeroen") + " <" + R("j.smit@zutphen.nl", EM) + ">",
    "CC: " + K("bestuur@dierenweide-zutphen.nl", "MAILBOX") + "; " + R("Annemiek van 't Veer") + " <" + R("a.vantveer@hetnet.nl", EM) + ">",
    "Onderwerp: RE: sluitingsbevel " + KBH,
    "",
    "Geachte heer " + R("Smit") + ",",
    "Het bestuur van " + K("Stichting Dierenweide Zutphen") + " betreurt wat er is gebeurd. Wij werken mee, maar vragen "
    "om een gesprek met wethouder " + K("Koopmans", "PUBLIC_OFFICIAL") + " over de subsidie uit het " + K("Programma Groen en Ontmoeting", "PROGRAM") + ".",
    "Onze vrijwilligers zijn aangeslagen; " + R("Fatima") + " heeft zich ziek gemeld. Ik ben bereikbaar op " + R("06 5120 9934", TEL) + ".",
    "",
    R("Gerrit-Jan"),
    "",
    "Van: " + R("Smit, Jeroen") + " <" + R("j.smit@zutphen.nl", EM) + ">",
    "Verzonden: zaterdag 15 augustus 2026 09:02",
    "Aan: " + R("gj.terhorst@dierenweide-zutphen.nl", EM),
    "Onderwerp: sluitingsbevel " + KBH,
    "",
    "Geacht bestuur,",
    "Bijgaand het besluit van de burgemeester tot sluiting (" + K("Z/26/088412", "CASE") + "). Het hek moet vandaag voor 12.00 uur dicht. "
    "Toezichthouder " + R("Ruud Jansen-Akkerman") + " van " + K("team Toezicht en Handhaving", "ORG") + " komt het besluit uitreiken.",
    "Met vriendelijke groet, " + R("J. Smit") + " | " + R("06-18 34 66 90", TEL),
]], meta=OUTL)

# kb12 WhatsApp export (2p) -----------------------------------------------------------------
wa = [
    ("03-08-26 08:12", "Sanne", "Morgen! Geitenweide is echt smerig, wie doet vandaag de uitloop?"),
    ("03-08-26 08:40", "Bram", "ik niet, rug"),
    ("04-08-26 19:03", "Mies Oosterbeek", "Kraan bij de uitgang doet het nog steeds niet. " + "Rikkie" + " weet jij iets?"),
    ("04-08-26 19:30", "Rik H", "onderdeel besteld bij " + "Gamma" + ", komt na de vakantie"),
    ("06-08-26 14:55", "Fatima", "Ik meld het aan " + "GJ" + ". Lammeren hebben weer diarree, dierenarts komt morgen."),
    ("06-08-26 15:01", "Daantje", "Kan mijn zus " + "Roos" + " helpen zaterdag? Ze heeft geen VOG"),
    ("06-08-26 15:04", "Fatima", "Nee, niet bij de kinderen. Wel in de winkel"),
    ("09-08-26 17:22", "José", "400 man vandaag!! Zeep was op, heb niks kunnen halen"),
    ("12-08-26 20:10", "Fatima", "GGD heeft gebeld. Kinderen ziek. NIETS op Facebook zetten aub"),
    ("12-08-26 20:14", "Özlem", "Oh nee. Is het dat meisje van de Weerdslag? Haar moeder " + "Nadia" + " kwam vaak"),
]
def wa_line(t, who, msg):
    for n in ("Rikkie", "GJ", "Roos", "Nadia"):
        msg = msg.replace(n, R(n))
    msg = msg.replace("Gamma", K("Gamma"))
    return f"[{t}] {R(who)}: {msg}"
doc("kb12_whatsapp_vrijwilligers", [[
    "WhatsApp-chat met Vrijwilligers Hazelaar 🐐",
    "Groep aangemaakt door " + R("+31 6 21558013", TEL) + ". Export zonder media.",
    "",
] + [wa_line(*x) for x in wa[:7]], [wa_line(*x) for x in wa[7:]] + [
    "[13-08-26 07:45] " + R("Kees") + ": Ik ga vandaag de kraan repareren, " + R("Rik") + " kan pas vrijdag",
    "[14-08-26 16:30] " + R("Fatima") + ": Inspectie NVWA geweest. " + R("Gerrit-Jan") + " praat met de gemeente. Wie wil er morgen helpen met opruimen?",
    "[14-08-26 16:32] " + R("Lotte vd Wal") + ": ik kom",
    "[14-08-26 16:40] " + R("Joke") + ": Nummer van de dierenarts voor het weekend: " + R("06-1987 4402", TEL),
    "[15-08-26 11:58] " + R("Ingrid") + ": Burgemeester heeft ons gesloten, staat op " + K("Zutphen Nieuws", "ORG") + ". Verschrikkelijk",
    "[15-08-26 12:03] " + R("Fatima") + ": Ik stop even, ben helemaal op. Sorry allemaal",
]], font="dejavu", meta={"info": {"Producer": "Skia/PDF m119", "Creator": "Chromium"}})

# kb13 parent complaint mail ----------------------------------------------------------------
doc("kb13_klacht_ouder_mail", [[
    "Van: " + R("Thomas Verhoef") + " <" + R("t.verhoef1984@gmail.com", EM) + ">",
    "Verzonden: dinsdag 18 augustus 2026 23:47",
    "Aan: " + K("klachten@zutphen.nl", "MAILBOX"),
    "CC: " + K("info@dierenweide-zutphen.nl", "MAILBOX"),
    "Onderwerp: klacht kinderboerderij - mijn kinderen in het ziekenhuis",
    "",
    "Geachte heer/mevrouw,",
    "Onze dochter " + R("Julia") + " (6) heeft drie dagen in het " + K("Gelre ziekenhuis", "ORG") + " gelegen met bloederige diarree en nu is ook "
    "onze zoon " + R("Mees") + " ziek. Wij waren op zondag 9 augustus bij " + KBH + ". Er was geen zeep en de kraan deed het niet.",
    "Een vrijwilliger (een oudere man met een pet, ik denk dat hij " + R("Kees") + " heette) zei dat dit al weken zo was.",
    "Hoe kan de gemeente dit subsidiëren zonder toezicht? Ik wil weten wat de " + NVWA + " heeft gevonden en of er eerder klachten waren.",
    "Mijn vrouw, " + R("Ellen de Graaf-Snijders") + ", en ik overwegen aansprakelijkstelling.",
    "",
    "Met vriendelijke groet,",
    R("Thomas Verhoef"),
    R("Van Heeckerenstraat 3", ADR) + ", " + R("7203 HA", ADR) + " " + ZUT,
    R("06-24 81 90 57", TEL),
]], meta=OUTL)

# kb14 scanned handwritten parent letter (OCR) ----------------------------------------------
doc("kb14_brief_ouder_scan", [[
    "# Aan de gemeente Zutphen",
    "~ Zutphen, 19 augustus 2026",
    "",
    "Beste burgemeester,",
    "Mijn zoon " + R("Lucas Ploeger") + " is ziek geworden",
    "na ons bezoek aan de kinderboerderij.",
    "Hij is gelukkig weer beter.",
    "Ik wil graag dat iemand mij belt:",
    R("06-3314 7720", TEL),
    "",
    "Vriendelijke groet,",
    R("Wendy Ploeger-Aksoy"),
    R("Spittaalstraat 61", ADR),
]], ocr=True, meta={"info": {"Producer": "Canon iR-ADV C5535 PDF", "Creator": "Canon"}})

# kb15 closure order burgemeester -----------------------------------------------------------
doc("kb15_besluit_sluiting", [[
    "# Besluit van de burgemeester van Zutphen",
    "Kenmerk: " + K("Z/26/088412", "CASE") + "    Datum: 14 augustus 2026",
    "",
    "De burgemeester van " + ZUT + ",",
    "gelet op artikel 174 van de " + K("Gemeentewet", "LAW") + " en artikel 2:10 van de " + K("Algemene Plaatselijke Verordening Zutphen 2024", "LAW") + ";",
    "gezien het advies van de " + NVWA + " van 14 augustus 2026 en de melding van de " + GGD + ";",
    "overwegende dat bij zes kinderen een infectie is vastgesteld die samenhangt met een bezoek aan " + KBH + ";",
    "",
    "BESLUIT:",
    "1. " + KBH + ", " + K("Hazelaarweg 12", "ADDRESS_PUBLIC") + ", wordt met ingang van 15 augustus 2026 12.00 uur gesloten voor publiek.",
    "2. De verzorging van de dieren door " + K("Stichting Dierenweide Zutphen") + " gaat door.",
    "3. Dit besluit geldt tot de burgemeester het intrekt na positief advies van de " + K("GGD") + " en de " + NVWA + ".",
    "",
    "De burgemeester van " + ZUT + ",",
    K("A.C. Wessels", "PUBLIC_OFFICIAL"),
    "",
    "Uitgereikt aan " + R("G.J. ter Horst") + " op 15 augustus 2026 om 10.40 uur door " + R("R. Jansen-Akkerman") + " (" + R("BOA 11.208", ID) + ").",
    "Bezwaar: binnen zes weken bij de burgemeester, " + K("Postbus 15", "ADDRESS_PUBLIC") + ", " + K("7200 AA", "POSTCODE") + " " + ZUT + ".",
]], writer="docx", meta={"keep_info": True, "info": {"Author": "Jeroen Smit"}}, hidden=[("metadata", P, "Jeroen Smit")])

# kb16 press release (author hidden, XMP) ---------------------------------------------------
doc("kb16_persbericht", [[
    "# PERSBERICHT gemeente Zutphen",
    "15 augustus 2026 - nummer " + K("PB-2026-131", "CASE"),
    "",
    "## Burgemeester sluit Kinderboerderij De Hazelaar tijdelijk",
    "Burgemeester " + K("Annelies Wessels", "PUBLIC_OFFICIAL") + " heeft " + KBH + " met ingang van vandaag gesloten voor bezoekers. "
    "Aanleiding is een uitbraak van " + K("E. coli", "TERM") + " (" + K("STEC O157", "TERM") + ") waarbij zes kinderen ziek werden. "
    "De " + NVWA + " en de " + GGD + " onderzoeken de bron.",
    "\"De gezondheid van kinderen gaat voor alles. Ik leef mee met de ouders en de kinderen die ziek zijn geworden,\" "
    "zegt burgemeester " + K("Wessels", "PUBLIC_OFFICIAL") + ".",
    "Wethouder " + K("Dirk-Jan Koopmans", "PUBLIC_OFFICIAL") + " (natuur en dierenwelzijn): \"De vrijwilligers doen fantastisch werk. "
    "Samen met de stichting zorgen we dat de kinderboerderij veilig weer open kan.\"",
    "De dieren worden verder verzorgd. Ouders met vragen kunnen terecht bij de " + K("GGD") + " via " + K("088 443 31 00", "PHONE_PUBLIC") + ".",
    "",
    "Noot voor de redactie: vragen via " + K("communicatie@zutphen.nl", "MAILBOX") + " of " + K("14 0575", "PHONE_PUBLIC") + ".",
]], meta={"info": {"Producer": "Adobe PDF Library 17.0", "Creator": "Adobe InDesign 19.0 (Windows)", "Author": "Charlotte Brinkers"},
          "xmp_creator": "Charlotte Brinkers", "xmp": "Adobe InDesign 19.0 (Windows)"},
    hidden=[("metadata", P, "Charlotte Brinkers")])

# kb17 scanned feeding log (OCR) ------------------------------------------------------------
doc("kb17_voerlogboek_scan", [[
    "# Voerlijst geitenweide week 32",
    "| dag | voer | schoon? | paraaf |",
    "| ma | hooi + brok | nee | " + R("Sanne W") + " |",
    "| di | hooi | nee | " + R("Mies") + " |",
    "| wo | hooi + wortel | ? | " + R("Lotte") + " |",
    "| do | hooi + brok | nee | " + R("Fatima") + " |",
    "| vr | hooi | nee | " + R("Bram") + " |",
    "| za | hooi + brok | nee | " + R("Daan") + " |",
    "",
    "Lammetjes dun, dierenarts gebeld",
    "Kraan kapot, doorgegeven aan " + R("Rik Hoekstra"),
    "Voer besteld, bel " + R("06-5507 3316", TEL),
]], ocr=True, meta={"info": {"Producer": "Brother MFC-L2710DW Scan", "Creator": "Brother iPrint&Scan"}})

# kb18 board minutes ------------------------------------------------------------------------
doc("kb18_notulen_bestuur", [[
    "# Notulen extra bestuursvergadering " + K("Stichting Dierenweide Zutphen"),
    "Datum: 17 augustus 2026, 19.30 uur, kantine " + KBH,
    "",
    "| aanwezig | functie | afkorting |",
    "| " + R("Gerrit-Jan ter Horst") + " | voorzitter | " + R("GJtH") + " |",
    "| " + R("Annemiek van 't Veer") + " | secretaris | " + R("AvtV") + " |",
    "| " + R("Hüseyin Karaca") + " | penningmeester | " + R("HK") + " |",
    "| " + R("Fatima El Idrissi") + " | coördinator (afwezig, ziek) | " + R("FEI") + " |",
    "Te gast: " + R("J. Smit") + " (gemeente " + ZUT + ")",
    "",
    "1. Sluiting. De voorzitter licht het besluit van de burgemeester toe. Het bestuur gaat niet in bezwaar.",
    "2. NVWA-rapport. De waarschuwing voor de mest is terecht. De I&R-registratie van de vier geiten van " + R("Daan Kuipers") + " wordt hersteld.",
    "3. Vrijwilligers. " + R("Bram de Jong") + " heeft geen VOG maar deed geen educatie; " + R("AvtV") + " vraagt de VOG alsnog aan.",
    "4. Financiën. De dierenarts kost dit jaar circa EUR 4.800; subsidie " + K("Programma Groen en Ontmoeting", "PROGRAM") + " dekt EUR 3.000.",
    "",
    "## Actielijst",
    "| nr | actie | wie | wanneer |",
    "| 1 | handwasunit vervangen | " + R("KB") + " / " + R("RH") + " | 21-08 |",
    "| 2 | I&R melden 4 geiten | " + R("HK") + " | 19-08 |",
    "| 3 | schoonmaakrooster met back-up | " + R("FEI") + " / " + R("AvtV") + " | 24-08 |",
    "| 4 | gesprek wethouder " + K("Koopmans", "PUBLIC_OFFICIAL") + " | " + R("GJtH") + " | 25-08 |",
]], writer="docx", meta={"keep_info": True, "xmp_creator": "Joke Stam"}, hidden=[("metadata", P, "Joke Stam")])

# kb19 AcroForm incident form ---------------------------------------------------------------
doc("kb19_meldformulier_incident", [[
    "# Meldformulier incident bezoeker - " + KBH,
    K("Stichting Dierenweide Zutphen") + " | formulier " + K("MF-03", "CASE") + " | in te vullen door dienstdoende vrijwilliger",
    "Gebruik dit formulier bij letsel of ziekte van een bezoeker. Stuur het naar " + K("info@dierenweide-zutphen.nl", "MAILBOX") + ".",
    "Medische gegevens worden alleen gedeeld met de " + K("GGD") + ".",
]], form=[("naam_bezoeker", "Naam bezoeker", "Noor van 't Hul"),
          ("geboortedatum", "Geboortedatum", "09-01-2020"),
          ("ouder", "Naam ouder/verzorger", "Sietske van 't Hul-Bakker"),
          ("telefoon", "Telefoon ouder", "06-4820 1136"),
          ("klacht", "Klachten", "buikkramp, bloed bij ontlasting"),
          ("ingevuld", "Ingevuld door", "Özlem Çelik")],
    font="dejavu",
    meta={"info": {"Producer": "iText 5.5.13.3", "Creator": "Formulierenserver Hazelaar"}},
    hidden=[("annotations", P, "Noor van 't Hul"), ("annotations", "DOB", "09-01-2020"),
            ("annotations", P, "Sietske van 't Hul-Bakker"), ("annotations", TEL, "06-4820 1136"),
            ("annotations", H, "buikkramp, bloed bij ontlasting"), ("annotations", P, "Özlem Çelik")])

# kb20 beslisnota (outline hidden) ----------------------------------------------------------
doc("kb20_beslisnota_college", [[
    "# Beslisnota college van B en W",
    "Aan: college van burgemeester en wethouders    Portefeuillehouder: wethouder " + K("Koopmans", "PUBLIC_OFFICIAL"),
    "Van: " + K("afdeling Leefomgeving", "ORG") + "    Contactpersoon: " + R("Karin Lodewijks-Peters") + ", " + R("0575 - 84 71 40", TEL),
    "Datum: 25 augustus 2026    Zaaknummer: " + K("Z/26/090155", "CASE"),
    "Onderwerp: voorwaarden heropening " + KBH + " en subsidie 2027",
    "",
    "## Aanleiding",
    "Na de uitbraak van " + K("STEC O157", "TERM") + " is de kinderboerderij op 15 augustus gesloten. De stichting vraagt om heropening en extra subsidie.",
    "## Geadviseerd besluit",
    "1. In te stemmen met heropening zodra " + K("GGD") + " en " + NVWA + " positief adviseren.",
    "2. Een eenmalige bijdrage van EUR 12.500 voor een nieuwe handwasvoorziening uit het " + K("Programma Groen en Ontmoeting", "PROGRAM") + ".",
    "3. De subsidie 2027 te verbinden aan het " + K("Keurmerk Kinderboerderijen", "PROGRAM") + " van " + K("SBK", "ORG") + ".",
    "## Kern",
    "De stichting draait op 26 vrijwilligers en heeft geen betaalde beheerder. Het toezicht op hygiëne was afhankelijk van één "
    "coördinator. Volgens " + R("mevrouw Lodewijks") + " is een betaalde beheerder (0,5 fte) de duurzame oplossing.",
    "## Krachtenveld",
    "Raadslid " + K("Van Eijk", "PUBLIC_OFFICIAL") + " (" + K("GroenLinks-PvdA", "ORG") + ") heeft vragen gesteld. Ouders overwegen aansprakelijkstelling.",
    "",
    "| naam | functie | paraaf | datum |",
    "| " + R("K. Lodewijks-Peters") + " | teamleider | " + R("KLP") + " | 25-08 |",
    "| " + R("J. Smit") + " | beleidsadviseur | " + R("JS") + " | 24-08 |",
] + MOT], font="dejavu", meta={"info": {"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365"},
    "outline": [("Beslisnota heropening - concept Marloes Tiggelaar", 0), ("Opmerkingen Bas van Woudenberg", 0)]},
    hidden=[("outline", P, "Marloes Tiggelaar"), ("outline", P, "Bas van Woudenberg")])

# kb21 NVWA follow-up letter ----------------------------------------------------------------
doc("kb21_nvwa_brief_hersteltermijn", [[
    K("Nederlandse Voedsel- en Warenautoriteit") + " | " + K("Postbus 43006", "ADDRESS_PUBLIC") + " | " + K("3540 AA", "POSTCODE") + " " + K("Utrecht", "PLACE"),
    "",
    K("Stichting Dierenweide Zutphen"),
    "t.a.v. de heer " + R("G.J. ter Horst"),
    K("Hazelaarweg 12", "ADDRESS_PUBLIC"),
    K("7207 PM", "POSTCODE") + " " + ZUT,
    "",
    "Datum: 2 september 2026    Ons kenmerk: " + K("NVWA-DW-2026-08871/2", "CASE"),
    "Onderwerp: hercontrole en voornemen last onder dwangsom",
    "",
    "Geachte heer " + R("Ter Horst") + ",",
    "Op 1 september 2026 heeft een hercontrole plaatsgevonden. De mestsituatie is op orde en de handwasvoorziening werkt. "
    "De registratie in " + K("I&R", "TERM") + " van vier geiten ontbreekt nog. Wij geven u tot 16 september 2026 om dit te herstellen. "
    "Doet u dat niet, dan verbeurt u een dwangsom van EUR 500 per dier.",
    "Bij de hercontrole waren ook mevrouw " + R("Van 't Veer") + " en de heer " + R("Bouwmeester") + " aanwezig.",
    "",
    "Hoogachtend,",
    "namens dezen,",
    R("Hennie Brinkman-Sluis"),
    "toezichthouder " + K("Team Dierenwelzijn Oost"),
    "E " + R("h.brinkman-sluis@nvwa.nl", EM) + " | T " + R("+31 (0)88 223 9140", TEL),
]], font="dejavu", meta={"info": {"Producer": "iText® 7.2.5 ©2000-2023 Apryse Group NV", "Creator": "NVWA Inspectieview", "Author": "brinkmanh"}},
    hidden=[("metadata", "USERNAME", "brinkmanh")])

# kb22 council questions and answer ---------------------------------------------------------
doc("kb22_raadsvragen_antwoord", [[
    "# Schriftelijke vragen ex artikel 41 " + K("Reglement van orde", "LAW") + " - beantwoording",
    "Vragensteller: raadslid " + K("Sophie van Eijk", "PUBLIC_OFFICIAL") + " (" + K("GroenLinks-PvdA", "ORG") + ")    Nummer: " + K("RV-2026-047", "CASE"),
    "",
    "Vraag 1. Wanneer wist het college dat de handwasvoorziening op de kinderboerderij kapot was?",
    "Antwoord: Het college was hiervan niet op de hoogte tot de melding van de " + K("GGD") + " op 12 augustus 2026. De stichting is "
    "zelf verantwoordelijk voor het onderhoud.",
    "Vraag 2. Houdt de gemeente toezicht op kinderboerderijen die zij subsidieert?",
    "Antwoord: Het toezicht op dierenwelzijn ligt bij de " + NVWA + ". De gemeente toetst de subsidievoorwaarden jaarlijks. Wij gaan het "
    + K("Keurmerk Kinderboerderijen", "PROGRAM") + " als voorwaarde stellen.",
    "Vraag 3. Hoe gaat het met de zieke kinderen?",
    "Antwoord: Over individuele kinderen doen wij geen mededelingen. Volgens de " + K("GGD") + " zijn alle kinderen thuis.",
    "",
    "Het college van burgemeester en wethouders van " + ZUT + ",",
    "de secretaris, " + K("drs. P.L. Groeneveld", "PUBLIC_OFFICIAL") + "    de burgemeester, " + K("A.C. Wessels", "PUBLIC_OFFICIAL"),
    "",
    "Ambtelijke voorbereiding: " + R("J. Smit") + " / " + R("K. Lodewijks-Peters"),
]], meta=WORD)

# kb23 GGD mail with sticky notes -----------------------------------------------------------
doc("kb23_mail_ggd_gemeente", [[
    "Van: " + R("Oudshoorn, Mirjam") + " <" + R("m.oudshoorn@ggdnog.nl", EM) + ">",
    "Verzonden: woensdag 12 augustus 2026 18:20",
    "Aan: " + R("Smit, Jeroen") + " <" + R("j.smit@zutphen.nl", EM) + ">; " + K("meldpunt@nvwa.nl", "MAILBOX"),
    "CC: " + R("Haaksma, Tjeerd") + " <" + R("t.haaksma@ggdnog.nl", EM) + ">",
    "Onderwerp: melding cluster STEC - " + KBH + " (vertrouwelijk)",
    "",
    "Beste Jeroen en collega's van de " + NVWA + ",",
    "Wij hebben vandaag de vijfde melding ontvangen van een kind met " + K("STEC O157", "TERM") + ". Alle kinderen bezochten tussen 2 en 9 augustus "
    + KBH + ". Eén kind (" + R("meisje, 5 jaar, Weerdslag", "INDIRECT") + ") is opgenomen met " + R("HUS", H) + ".",
    "Wij adviseren de kinderboerderij direct te sluiten voor publiek. Ik bel morgen om 9.00 uur met de burgemeester.",
    "Bereikbaar via dienstdoende arts: " + K("088 443 31 00", "PHONE_PUBLIC") + " (keuze 2), of mobiel " + R("06-5311 0894", TEL) + ".",
    "",
    "Met vriendelijke groet,",
    R("Mirjam Oudshoorn"),
    K("arts infectieziektebestrijding", "ROLE") + ", " + GGD,
]], meta={**OUTL, "notes": [(0, "Lodewijks-Peters, Karin", "Jeroen: burgemeester vanavond nog bellen, niet pas morgen. KLP"),
                            (0, "Pieter Hazenberg", "Graag geen details over het kind in de pers - bel mij op 06-4002 7719")]},
    hidden=[("annotations", P, "Lodewijks-Peters, Karin"), ("annotations", P, "Pieter Hazenberg"), ("annotations", TEL, "06-4002 7719"),
            ("annotations", "INITIALS", "KLP")])

# kb24 board letter to gemeente (docx, XMP) -------------------------------------------------
doc("kb24_brief_bestuur_reactie", [[
    K("Stichting Dierenweide Zutphen") + " | " + K("Hazelaarweg 12", "ADDRESS_PUBLIC") + " | " + K("info@dierenweide-zutphen.nl", "MAILBOX"),
    "",
    "Aan de burgemeester van " + ZUT + ", mevrouw " + K("A.C. Wessels", "PUBLIC_OFFICIAL"),
    K("Postbus 15", "ADDRESS_PUBLIC") + ", " + K("7200 AA", "POSTCODE") + " " + ZUT,
    "",
    "Zutphen, 28 augustus 2026",
    "Betreft: uw besluit " + K("Z/26/088412", "CASE") + " en ons verzoek tot heropening",
    "",
    "Geachte mevrouw " + K("Wessels", "PUBLIC_OFFICIAL") + ",",
    "Wij hebben alle maatregelen uit het rapport van de " + NVWA + " uitgevoerd. Vrijwilliger " + R("Kees Bouwmeester") + " heeft een nieuwe "
    "handwasunit met sensorkranen geplaatst; de geitenweide wordt dagelijks uitgemest volgens een nieuw rooster met back-up.",
    "Alle vrijwilligers die met schoolklassen werken hebben een VOG. Eén vrijwilliger zonder VOG werkt alleen nog in de winkel.",
    "Wij verzoeken u de kinderboerderij per 1 oktober 2026 te heropenen. De " + K("GGD") + " heeft op 26 augustus twee negatieve mestrondes bevestigd.",
    "",
    "Met vriendelijke groet,",
    "namens het bestuur,",
    R("Gerrit-Jan ter Horst") + ", voorzitter",
    R("Annemiek van 't Veer") + ", secretaris",
    "Contact: " + R("06 5120 9934", TEL),
]], writer="docx", meta={"keep_info": True, "xmp_creator": "Hüseyin Karaca", "info": {"Author": "Hüseyin Karaca"}},
    hidden=[("metadata", P, "Hüseyin Karaca")])

# kb25 hygiene plan (2p) --------------------------------------------------------------------
doc("kb25_plan_van_aanpak_hygiene", [[
    "# Plan van aanpak hygiëne en dierenwelzijn " + KBH,
    "Versie 1.2, 27 augustus 2026 | opgesteld door de werkgroep hygiëne",
    "Werkgroep: " + R("Lotte van der Wal") + " (trekker), " + R("Rik Hoekstra") + ", " + R("Joke Stam") + "; advies: " + R("Lieke Verschuren") + " (dierenarts)",
    "",
    "## 1. Uitgangspunten",
    "Wij volgen de " + K("Hygiënecode voor kinderboerderijen", "DOC") + " van " + K("SBK", "ORG") + " en het " + K("LCI-draaiboek", "DOC") + " " + K("STEC", "TERM") + " van het " + K("RIVM", "ORG") + ".",
    "## 2. Handen wassen",
    "- Twee handwasunits met sensorkraan, zeep en papieren doekjes bij de uitgang en bij de picknicktafels.",
    "- Bord \"Eerst handen wassen, dan eten\" in vier talen.",
    "- Controle drie keer per dag door de dienstdoende vrijwilliger; aftekenen op de lijst.",
    "## 3. Mest en stallen",
    "- Uitloop geitenweide dagelijks uitmesten; stallen twee keer per week.",
    "- Back-up bij uitval: de coördinator belt de reservelijst; bij twee uitvallers gaat de aaiweide dicht.",
], [
    "## 4. Dieren",
    "- Nieuwe dieren alleen na quarantaine van 14 dagen en melding in " + K("I&R", "TERM") + "; geen dieren meer van particulieren.",
    "- Mestonderzoek per kwartaal door " + K("GD Deventer", "ORG") + ".",
    "## 5. Vrijwilligers",
    "- VOG verplicht voor iedereen; aanvragen via " + K("Justis", "ORG") + " met de gratis regeling " + K("GVOG", "PROGRAM") + ".",
    "- Jaarlijkse instructie hygiëne door " + R("mw. Verschuren") + ".",
    "- Wie ziek is (diarree) werkt niet met dieren of in de winkel.",
    "## 6. Contact",
    "Reservelijst: " + R("Sanne Wolters") + " (" + R("06 1093 4427", TEL) + "), " + R("José Brouwer") + " (" + R("06-2933 1048", TEL) + ").",
    "Algemeen: " + K("info@dierenweide-zutphen.nl", "MAILBOX") + ".",
]], font="dejavu", meta={"info": {"Producer": "LibreOffice 7.6", "Creator": "Writer"}, "outline": [("Plan van aanpak - werkversie L. vd Wal", 0), ("Bijlage reservelijst", 1)]},
    hidden=[("outline", P, "L. vd Wal")])

# kb26 scanned attendance list with signatures (OCR) ----------------------------------------
doc("kb26_presentielijst_scan", [[
    "# Presentielijst instructie hygiëne 31-08-2026",
    "~ Kinderboerderij De Hazelaar - instructie door dierenarts",
    "",
    "| naam | handtekening |",
    "| " + R("Sanne Wolters") + " | " + R("S. Wolters", "SIGNATURE") + " |",
    "| " + R("Daan Kuipers") + " | " + R("D. Kuipers", "SIGNATURE") + " |",
    "| " + R("Ingrid Mulder") + " | " + R("IM", "SIGNATURE") + " |",
    "| " + R("Lotte van der Wal") + " | " + R("Lotte", "SIGNATURE") + " |",
    "| " + R("José Brouwer") + " | " + R("J.B.", "SIGNATURE") + " |",
    "| " + R("Kees Bouwmeester") + " | " + R("KB", "SIGNATURE") + " |",
    "",
    "Instructie gegeven door " + R("L. Verschuren"),
]], ocr=True, meta={"info": {"Producer": "KONICA MINOLTA bizhub C300i", "Creator": "bizhub"}})

# kb27 lab results summary ------------------------------------------------------------------
doc("kb27_labuitslagen_samenvatting", [[
    "# Overzicht laboratoriumuitslagen cluster " + K("STEC O157", "TERM"),
    "Bron: " + K("Laboratorium Medische Microbiologie Gelre", "ORG") + " en " + K("RIVM", "ORG") + " (typering)    Cluster-ID: " + K("RIVM-STEC-2026-031", "CASE"),
    "",
    "| monster | herkomst | BSN | uitslag |",
    "| H-26-5511 | casus 1 | " + R("231847706", "BSN") + " | stx2 pos, O157 |",
    "| H-26-5532 | casus 2 | " + R("199402157", "BSN") + " | stx2 pos, O157 |",
    "| H-26-5540 | casus 4 | " + R("254661023", "BSN") + " | stx1+2 pos, O157 |",
    "| H-26-5561 | casus 5 | " + R("287133542", "BSN") + " | stx2 pos, O157 |",
    "| V-26-0907 | mest geitenuitloop | - | stx2 pos, O157 |",
    "| V-26-0908 | mest stal lammeren | - | stx2 pos, O157 |",
    "| V-26-0911 | mest schapen | - | negatief |",
    "",
    "Alle humane isolaten en twee mestisolaten vallen binnen 5 allelen (" + K("cgMLST", "TERM") + "). Conclusie: gemeenschappelijke bron.",
    "Contactpersoon laboratorium: " + R("dr. ir. Beatriz Nuñez Aguilar") + ", arts-microbioloog, " + R("b.nunezaguilar@gelre.nl", EM) + ".",
    "Verzonden aan: " + R("M.C. Oudshoorn") + " (" + K("GGD") + ").",
]], font="serif", meta={"info": {"Producer": "GlobeLab LIMS report engine 3.1", "Creator": "GLIMS"}})

# kb28 lawyer's letter ----------------------------------------------------------------------
doc("kb28_aansprakelijkstelling_advocaat", [[
    K("Hartgers & Ouwerkerk Advocaten") + " | " + K("Stationsplein 4", "ADDRESS_PUBLIC") + " | " + K("Deventer", "PLACE"),
    "",
    "Aan het college van burgemeester en wethouders van " + ZUT,
    "en aan het bestuur van " + K("Stichting Dierenweide Zutphen"),
    "",
    "Deventer, 9 september 2026",
    "Uw kenmerk: -    Ons kenmerk: " + K("HO/26/3318", "CASE"),
    "Betreft: aansprakelijkstelling - " + R("Verhoef") + " / " + R("De Graaf-Snijders"),
    "",
    "Geacht college, geacht bestuur,",
    "Ik sta de heer " + R("T.H. Verhoef") + " en mevrouw " + R("E.M. de Graaf-Snijders") + " bij, ouders van " + R("Julia") + " en " + R("Mees Verhoef") + ". "
    "Beide kinderen raakten besmet met " + K("STEC O157", "TERM") + " na een bezoek aan " + KBH + " op 9 augustus 2026. "
    + R("Julia lag drie dagen in het ziekenhuis en heeft nog nierfunctiecontroles", H) + ".",
    "Uit de berichtgeving blijkt dat de handwasvoorziening weken defect was. Ik stel u beiden aansprakelijk voor de schade.",
    "Ik verzoek u binnen veertien dagen uw aansprakelijkheidsverzekeraar in te lichten.",
    "",
    "Hoogachtend,",
    R("mr. Roel Ouwerkerk"),
    "advocaat",
    "T " + R("0570 - 61 88 03", TEL) + " | " + R("r.ouwerkerk@hartgers-ouwerkerk.nl", EM),
]], meta={"info": {"Producer": "Microsoft® Word 2019", "Creator": "Microsoft® Word 2019", "Author": "secretariaat HO"}})

# kb29 municipal supervision memo -----------------------------------------------------------
doc("kb29_memo_toezicht", [[
    "# Memo",
    "Aan: " + R("K. Lodewijks-Peters") + ", teamleider    Van: " + R("R. Jansen-Akkerman") + ", toezichthouder",
    "Datum: 31 augustus 2026    Onderwerp: controle naleving sluitingsbevel " + K("Z/26/088412", "CASE"),
    "",
    "Op 15, 22 en 29 augustus heb ik de naleving van het sluitingsbevel gecontroleerd. Het hek was gesloten; er hing een bord van de gemeente.",
    "Op 22 augustus trof ik bij de ingang een vader met twee kinderen aan die via de achterzijde (" + K("Coehoornsingel", "STREET") + ") binnen "
    "wilden. Vrijwilliger " + R("Mies Oosterbeek") + " heeft hen verzocht te vertrekken.",
    "Op 29 augustus was vrijwilliger " + R("Ingrid Mulder-Hazeveld") + " aanwezig; zij meldde dat de nieuwe handwasunit is geplaatst.",
    "Ik zie geen aanleiding voor handhaving. Wel adviseer ik om het bord ook bij de ingang aan de " + K("Coehoornsingel", "STREET") + " te plaatsen.",
    "",
    R("RJA") + " / dienstnummer " + R("BOA 11.208", ID),
    "Mobiel dienst: " + R("06-1420 3378", TEL),
]], font="times", meta={"info": {"Producer": "Squeeze 4.3 (Toezicht app)", "Creator": "Squeeze", "Author": "Ruud Jansen"}},
    hidden=[("metadata", P, "Ruud Jansen")])

# kb30 disinfection contractor invoice (sole trader) -----------------------------------------
doc("kb30_factuur_ongediertebestrijding", [[
    "# FACTUUR",
    R("Plaagdierbeheersing Hendriks", "TRADE_NAME") + " | eenmanszaak van " + R("Bart Hendriks"),
    R("Industrieweg 9A", ADR) + ", " + R("7202 CA", ADR) + " " + ZUT + " | " + R("06 - 27 31 40 88", TEL),
    "KvK " + R("80557431", "KVK") + " | IBAN " + R("NL61 INGB 0007 4413 52", "IBAN") + " | " + K("KPMB", "ORG") + "-gecertificeerd",
    "",
    "Aan: " + K("Stichting Dierenweide Zutphen") + ", " + K("Hazelaarweg 12", "ADDRESS_PUBLIC") + ", " + ZUT,
    "Factuurnummer: " + K("2026-117", "CASE") + "    Datum: 24 augustus 2026",
    "",
    "| omschrijving | aantal | prijs | totaal |",
    "| reiniging en desinfectie geitenstal | 1 | 385,00 | 385,00 |",
    "| desinfectie aaiweide (" + K("Virkon S", "PRODUCT") + ") | 1 | 210,00 | 210,00 |",
    "| rattenbestrijding, 6 voerkisten | 6 | 18,50 | 111,00 |",
    "",
    "Subtotaal EUR 706,00 | btw 21% EUR 148,26 | totaal EUR 854,26",
    "Opdracht gegeven door " + R("H. Karaca") + " (penningmeester). Betaling binnen 14 dagen.",
]], meta={"info": {"Producer": "Moneybird", "Creator": "Moneybird PDF"}})

# kb31 verduidelijking mail -----------------------------------------------------------------
doc("kb31_mail_verduidelijking", [[
    "Van: " + K("Woo Zutphen", "ORG") + " <" + K("woo@zutphen.nl", "MAILBOX") + ">",
    "Verzonden: dinsdag 15 september 2026 11:02",
    "Aan: " + R("m.kloosterman@kpnmail.nl", EM),
    "Onderwerp: " + WOO + " - verdaging en afbakening",
    "",
    "Geachte heer " + R("Kloosterman") + ",",
    "Wij verdagen de beslistermijn met twee weken tot 19 oktober 2026. Wij vragen de " + NVWA + ", de " + K("GGD") + ", de stichting "
    "en enkele ouders om hun zienswijze. Medische gegevens van kinderen maken wij niet openbaar (artikel 5.1, eerste lid, onder d, " + K("Woo", "LAW") + ").",
    "Telefonisch spraken wij af dat de correspondentie met de " + K("verzekeraar Centraal Beheer", "ORG") + " buiten het verzoek valt.",
    "",
    "Met vriendelijke groet,",
    R("Esther Dijkstra") + " | " + K("juridisch adviseur Woo", "ROLE"),
    "Gemeente " + ZUT + " | " + K("14 0575", "PHONE_PUBLIC"),
    "",
    "-----Oorspronkelijk bericht-----",
    "Van: " + R("Martijn Kloosterman") + " <" + R("m.kloosterman@kpnmail.nl", EM) + ">",
    "Verzonden: vrijdag 11 september 2026 08:15",
    "Aan: " + R("Dijkstra-Roelofs, Esther") + " <" + R("e.dijkstra-roelofs@zutphen.nl", EM) + ">",
    "Onderwerp: RE: " + WOO,
    "Dag mevrouw " + R("Dijkstra") + ", de verzekeringscorrespondentie hoeft niet. Groet, " + R("Martijn"),
]], meta=OUTL)

# kb32 Woo decision (2p) --------------------------------------------------------------------
doc("kb32_woo_besluit", [[
    "Gemeente " + ZUT + " | " + K("Postbus 15", "ADDRESS_PUBLIC") + " | " + K("7200 AA", "POSTCODE") + " " + ZUT,
    "",
    "Aangetekend",
    "De heer " + R("M.J. Kloosterman"),
    R("Berkelsingel 44", ADR),
    R("7201 KC", ADR) + " ZUTPHEN",
    "",
    "Datum: 16 oktober 2026    Kenmerk: " + WOO + "    Onderwerp: besluit op uw Woo-verzoek",
    "",
    "Geachte heer " + R("Kloosterman") + ",",
    "## 1. Uw verzoek",
    "Op 7 september 2026 vroeg u om documenten over de sluiting van " + KBH + ". Op 15 september is de termijn verdaagd.",
    "## 2. Zienswijzen",
    "De " + NVWA + ", de " + GGD + ", " + K("Stichting Dierenweide Zutphen") + " en drie ouders zijn om een zienswijze gevraagd. "
    "De ouders hebben bezwaar gemaakt tegen openbaarmaking van gegevens over hun kinderen. Dat bezwaar volgen wij.",
    "## 3. Besluit",
    "Wij maken de 31 documenten op de inventarislijst deels openbaar. Twee documenten (de uitslagen per kind en het meldformulier) "
    "maken wij grotendeels niet openbaar.",
    "## 4. Motivering",
    "Persoonsgegevens (5.1.2e): namen, adressen, telefoonnummers en e-mailadressen van vrijwilligers, ouders, medewerkers van de "
    "gemeente, " + K("GGD") + " en " + NVWA + " die niet in de openbaarheid treden. Namen van de burgemeester, wethouders en raadsleden blijven leesbaar.",
    "Gezondheidsgegevens (5.1.1d): gegevens over de ziekte van kinderen en vrijwilligers.",
    "Identificatienummers (5.1.1e): de burgerservicenummers in het laboratoriumoverzicht.",
], [
    "Gegevens van eenmanszaken: de namen, KvK-nummers, IBAN en adressen van de dierenarts en de ongediertebestrijder herleiden "
    "tot een natuurlijk persoon en zijn daarom weggelakt; het UBN van de stichting blijft leesbaar, het UBN van een particuliere houder niet.",
    "## 5. Publicatie",
    "Dit besluit en de documenten worden geplaatst op " + K("open.overheid.nl", "URL") + ".",
    "## 6. Bezwaar",
    "Binnen zes weken kunt u bezwaar maken bij het college, " + K("Postbus 15", "ADDRESS_PUBLIC") + ", " + K("7200 AA", "POSTCODE") + " " + ZUT + ".",
    "",
    "Hoogachtend,",
    "burgemeester en wethouders van " + ZUT + ",",
    "namens dezen,",
    R("E.A. Dijkstra-Roelofs"),
    K("juridisch adviseur Woo", "ROLE"),
    "",
] + MOT], meta=WORD)

# kb33 inventory (2p) -----------------------------------------------------------------------
inv = [("1", "Woo-verzoek", "07-09-2026", "deels openbaar", "5.1.2e"),
       ("2", "Ontvangstbevestiging", "10-09-2026", "deels openbaar", "5.1.2e"),
       ("3", "Inspectierapport NVWA", "14-08-2026", "deels openbaar", "5.1.2e"),
       ("4", "Mail gemeente-NVWA", "14-08-2026", "deels openbaar", "5.1.2e"),
       ("5", "Uitbraakonderzoek GGD", "20-08-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
       ("6", "Brief GGD aan ouders", "18-08-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
       ("7", "Vrijwilligersrooster", "01-08-2026", "deels openbaar", "5.1.2e"),
       ("8", "Factuur dierenarts juli", "31-07-2026", "deels openbaar", "5.1.2e"),
       ("9", "Factuur dierenarts augustus", "21-08-2026", "deels openbaar", "5.1.2e"),
       ("10", "Behandellogboek", "18-08-2026", "deels openbaar", "5.1.2e"),
       ("11", "Mail gemeente-bestuur", "16-08-2026", "deels openbaar", "5.1.2e"),
       ("12", "WhatsApp vrijwilligers", "15-08-2026", "deels openbaar", "5.1.2e"),
       ("13", "Klacht ouder", "18-08-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
       ("14", "Brief ouder (scan)", "19-08-2026", "deels openbaar", "5.1.2e"),
       ("15", "Besluit sluiting", "14-08-2026", "deels openbaar", "5.1.2e"),
       ("16", "Persbericht", "15-08-2026", "openbaar", "-")]
inv2 = [("17", "Voerlijst (scan)", "09-08-2026", "deels openbaar", "5.1.2e"),
        ("18", "Notulen bestuur", "17-08-2026", "deels openbaar", "5.1.2e"),
        ("19", "Meldformulier incident", "13-08-2026", "niet openbaar", "5.1.1d, 5.1.2e"),
        ("20", "Beslisnota college", "25-08-2026", "deels openbaar", "5.1.2e"),
        ("21", "Brief NVWA hersteltermijn", "02-09-2026", "deels openbaar", "5.1.2e"),
        ("22", "Raadsvragen en antwoord", "08-09-2026", "deels openbaar", "5.1.2e"),
        ("23", "Mail GGD-gemeente", "12-08-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
        ("24", "Brief bestuur", "28-08-2026", "deels openbaar", "5.1.2e"),
        ("25", "Plan van aanpak hygiëne", "27-08-2026", "deels openbaar", "5.1.2e"),
        ("26", "Presentielijst (scan)", "31-08-2026", "deels openbaar", "5.1.2e"),
        ("27", "Labuitslagen", "19-08-2026", "niet openbaar", "5.1.1d, 5.1.1e"),
        ("28", "Aansprakelijkstelling", "09-09-2026", "deels openbaar", "5.1.1d, 5.1.2e"),
        ("29", "Memo toezicht", "31-08-2026", "deels openbaar", "5.1.2e"),
        ("30", "Factuur ongediertebestrijding", "24-08-2026", "deels openbaar", "5.1.2e"),
        ("31", "Mail verduidelijking", "15-09-2026", "deels openbaar", "5.1.2e")]
def invrow(r):
    return "| " + " | ".join([r[0], K(r[1], "DOC_TITLE")] + list(r[2:])) + " |"
doc("kb33_inventarislijst", [[
    "# Inventarislijst Woo-besluit " + WOO,
    "Gemeente " + ZUT + " - bijlage bij besluit van 16 oktober 2026 - behandelaar: " + R("E. Dijkstra-Roelofs"),
    "",
    "| nr | document | datum | beoordeling | grond |",
] + [invrow(r) for r in inv], [
    "| nr | document | datum | beoordeling | grond |",
] + [invrow(r) for r in inv2] + [
    "",
    "Toelichting nr. 19 en 27: niet openbaar, omdat vrijwel de gehele inhoud bestaat uit medische gegevens en BSN van kinderen.",
    "Toelichting nr. 16: reeds openbaar via " + K("zutphen.nl", "URL") + ".",
    "Gecontroleerd door: " + R("JS") + " / " + R("EDR") + " (paraaf)",
]], meta={"info": {"Producer": "Aspose.Cells for .NET 24.1", "Creator": "Woo-tool export", "Author": "E.A. Dijkstra-Roelofs", "Title": "Inventarislijst WOO-2026-0418"}},
    hidden=[("metadata", P, "E.A. Dijkstra-Roelofs")])
