"""Set BG documents bg19-bg33 (invented): form, beslisnota, notices, scans, council, decision."""
from lib import Doc

H, P, L, T, SP, PB = "h", "p", "l", "t", "sp", "pb"
DOCS = []

DOCS.append(Doc("bg19_formulier_verlenging_grafrecht", "Aanvraagformulier verlenging grafrecht", [
    (H, "Aanvraag verlenging grafrecht - {{gemeente Veenhoven}}"),
    (P, "Formulier {{BG-04|REFERENCE}} (versie 2025). Inleveren bij de begraafplaatsadministratie of mailen naar {{begraafplaats@veenhoven.nl}}."),
], producer="reportlab", form=[
    ("Grafnummer", "graf", "C-112"),
    ("Naam rechthebbende", "naam", "W.H. van der Molen-Brouwer"),
    ("Adres", "adres", "Reigerstraat 41, 7921 GT Veenhoven"),
    ("BSN rechthebbende", "bsn", "183746520"),
    ("Telefoon", "tel", "0528-23 11 67"),
    ("E-mail", "mail", "wil.vdmolen@ziggo.nl"),
    ("Verlengingsperiode", "periode", "20 jaar"),
    ("IBAN voor automatische incasso", "iban", "NL27 INGB 0006 4412 93"),
    ("Ingevuld door (indien niet rechthebbende)", "door", "Anneke Prins-Brouwer"),
], hidden=[
    {"kind": "PERSON", "value": "W.H. van der Molen-Brouwer", "channel": "annotations", "probes": ["van der Molen-Brouwer"]},
    {"kind": "ADDRESS", "value": "Reigerstraat 41, 7921 GT Veenhoven", "channel": "annotations", "probes": ["Reigerstraat 41", "7921 GT"]},
    {"kind": "BSN", "value": "183746520", "channel": "annotations", "probes": ["183746520"]},
    {"kind": "PHONE", "value": "0528-23 11 67", "channel": "annotations", "probes": ["0528-23 11 67"]},
    {"kind": "EMAIL", "value": "wil.vdmolen@ziggo.nl", "channel": "annotations", "probes": ["wil.vdmolen@ziggo.nl"]},
    {"kind": "IBAN", "value": "NL27 INGB 0006 4412 93", "channel": "annotations", "probes": ["NL27 INGB 0006 4412 93"]},
    {"kind": "PERSON", "value": "Anneke Prins-Brouwer", "channel": "annotations", "probes": ["Anneke Prins-Brouwer"]},
]))

DOCS.append(Doc("bg20_beslisnota_ruimingsbeleid", "Beslisnota ruimingsbeleid", [
    (H, "Beslisnota aan het college"),
    (T, [["Onderwerp", "Aanpassing werkwijze ruimen van graven"], ["Portefeuillehouder", "wethouder {{M. Stroeve|PUBLIC_OFFICIAL}}"],
         ["Steller", "[[R. ter Haar]], beheerder begraafplaatsen, [[r.terhaar@veenhoven.nl]]"],
         ["Zaaknummer", "{{Z/26/015530|REFERENCE}}"], ["Datum", "16 juni 2026"]]),
    (H, "Aanleiding"),
    (P, "Naar aanleiding van een klacht bij de {{Nationale ombudsman}} (dossier {{2026.04118|REFERENCE}}) is de werkwijze rond het ruimen "
        "van eigen graven tegen het licht gehouden. Gebleken is dat de grafadministratie niet met de {{BRP|ORG}} was gekoppeld en dat "
        "verzoeken van familieleden die geen rechthebbende zijn, toch in behandeling werden genomen."),
    (H, "Geadviseerd besluit"),
    (P, "Het college wordt gevraagd: 1. in te stemmen met de aangepaste werkinstructie ruimen; 2. in te stemmen met een "
        "eenmalige adrescontrole van alle 1.412 rechthebbenden; 3. kennis te nemen van de kosten van herstel van het monument van "
        "graf {{C-112|REFERENCE}} (€ 656,43)."),
    (H, "Kern"),
    (P, "Ruimen mag pas na afloop van het grafrecht en na een bekendmaking van ten minste een jaar (artikel 28 {{Wet op de lijkbezorging|LAW}}). "
        "Alleen de rechthebbende kan verlenging aanvragen. De {{Landelijke Organisatie van Begraafplaatsen|ORG}} ({{LOB|ORG}}) adviseert het "
        "bordje bij het graf te combineren met een brief aan het BRP-adres."),
    (H, "Financiën"),
    (P, "De adrescontrole kost eenmalig circa 60 uur van de administratie en past binnen het budget van {{Begraafplaatsen|ORG}} (kostenplaats {{6720100|REFERENCE}})."),
    (H, "Bijlage: aangepaste werkinstructie ruimen (samenvatting)"),
    (P, "Stap 1. Zes maanden voor afloop van het grafrecht controleert de administratie het adres van de rechthebbende in de {{BRP|ORG}}. "
        "Stap 2. De rechthebbende ontvangt een brief met het verzoek om verlenging en een antwoordformulier (formulier {{BG-04|REFERENCE}}). "
        "Stap 3. Zonder reactie volgt na drie maanden een herinnering per aangetekende post. Stap 4. Bij het graf wordt een bordje "
        "geplaatst gedurende ten minste een jaar. Stap 5. Verzoeken van anderen dan de rechthebbende worden schriftelijk afgewezen, "
        "met een verwijzing naar de rechthebbende. Stap 6. Steenhouwers krijgen alleen een werkvergunning na toestemming van de "
        "rechthebbende. Stap 7. Ruiming vindt plaats buiten openingstijden, met afscherming, volgens het {{Protocol ruimen LOB 2019|LAW}}."),
    (P, "De werkinstructie wordt besproken met de uitvaartverzorgers en gepubliceerd op {{www.veenhoven.nl/begraven|URL}}."),
    (PB, None),
    (H, "Paraafschema"),
    (T, [["Naam", "Functie", "Paraaf", "Datum"],
         ["[[R. ter Haar]]", "beheerder", "[[RtH]]", "16-06"],
         ["[[S. El Idrissi]]", "juridisch adviseur", "[[SEI]]", "17-06"],
         ["[[P.J. Vos]]", "afdelingshoofd {{Publiekszaken}}", "[[PJV]]", "18-06"],
         ["[[A.M. Lindeboom-Kok]]", "concerncontroller", "[[AML]]", "19-06"]]),
    (H, "Informatie die niet openbaar gemaakt kan worden"),
    (P, "[invullen bij openbaarmaking]"),
], producer="docx-word", font="Helvetica", meta={"docx_author": ""}))

DOCS.append(Doc("bg21_bekendmaking_ruiming", "Bekendmaking voorgenomen ruiming", [
    (H, "Bekendmaking: voorgenomen ruiming graven {{Algemene Begraafplaats Veenhoven}}"),
    (P, "Het college van burgemeester en wethouders van de {{gemeente Veenhoven}} maakt bekend dat het voornemens is de "
        "volgende algemene graven en vervallen eigen graven te ruimen, overeenkomstig artikel 31 van de {{Wet op de lijkbezorging|LAW}}. "
        "Deze bekendmaking is geplaatst in het {{Gemeenteblad|ORG}} (nr. {{2025-118342|REFERENCE}}) en bij de ingang aan de {{Kerkhoflaan|STREET}}."),
    (T, [["Vak", "Grafnummers", "Soort", "Ruiming vanaf"],
         ["A", "{{A-001|REFERENCE}} t/m {{A-038|REFERENCE}}", "algemeen graf", "1 april 2026"],
         ["C", "{{C-116|REFERENCE}}, {{C-120|REFERENCE}}", "algemeen / vervallen", "1 april 2026"],
         ["K", "{{K-201|REFERENCE}} t/m {{K-219|REFERENCE}}", "kindergraf (algemeen)", "1 oktober 2026"]]),
    (P, "Nabestaanden die de stoffelijke resten willen laten herbegraven of cremeren, of het grafmonument willen behouden, kunnen "
        "contact opnemen met de begraafplaatsadministratie via {{14 0528|PHONE_GENERAL}} of {{begraafplaats@veenhoven.nl}}. Na ruiming "
        "worden de resten herbegraven in het verzamelgraf naast het {{Monument Johanna van Buren|MISC}}."),
    (P, "Het monument is vernoemd naar de {{Johanna van Buren|MISC}}-stichting, die in 1931 de aula schonk. Zie ook de herdenkingsplaquette "
        "bij het {{Sint Lambertuspad|STREET}}."),
], producer="itext", font="Times-Roman"))

DOCS.append(Doc("bg22_persbericht", "Persbericht gemeente Veenhoven werkwijze ruimen", [
    (H, "Persbericht: Veenhoven past werkwijze ruimen van graven aan"),
    (L, "Veenhoven, 2 juli 2026"), (SP, 3),
    (P, "De {{gemeente Veenhoven}} gaat zorgvuldiger om met het ruimen van graven op de {{Algemene Begraafplaats Veenhoven}}. Aanleiding "
        "is een klacht van een nabestaande bij de {{Nationale ombudsman}}. Voortaan controleert de gemeente de adressen van alle "
        "rechthebbenden in de {{Basisregistratie Personen|ORG}} voordat een graf op de ruimingslijst komt."),
    (P, "\"Een graf is voor nabestaanden een plek van rouw en herinnering. Daar moet je als gemeente uiterst zorgvuldig mee omgaan. "
        "Dat is hier niet gebeurd en dat spijt ons,\" zegt wethouder {{Marieke Stroeve|PUBLIC_OFFICIAL}}. Burgemeester "
        "{{Harm Jan Olthof|PUBLIC_OFFICIAL}} heeft de {{Nationale ombudsman}} bedankt voor de bemiddeling."),
    (P, "Rechthebbenden die twijfelen of hun adres klopt, kunnen bellen met {{14 0528|PHONE_GENERAL}}. Meer informatie staat op "
        "{{www.veenhoven.nl/begraven|URL}}."),
    (L, "Noot voor de redactie, niet voor publicatie:"),
    (L, "Voor vragen kunt u contact opnemen met de persvoorlichter via {{communicatie@veenhoven.nl}} of {{14 0528|PHONE_GENERAL}}."),
], producer="word", font="Helvetica", meta={"author": "Chantal Meijerink", "xmp_creator": "Meijerink, Chantal"}, hidden=[
    {"kind": "PERSON", "value": "Chantal Meijerink", "channel": "metadata", "probes": ["Chantal Meijerink", "Meijerink, Chantal"]}]))

DOCS.append(Doc("bg23_inspectierapport_monumenten", "Rapport stabiliteitskeuring grafmonumenten", [
    (H, "Rapport stabiliteitskeuring grafmonumenten 2026"),
    (T, [["Opdrachtgever", "{{gemeente Veenhoven}}, team {{Openbare Ruimte}}"], ["Uitvoerder", "{{Grafzorg Keurmerk Nederland BV|ORG}}, {{Apeldoorn|PLACE}}"],
         ["Keurmeester", "[[Ömer Yıldırım]] (certificaat {{GKN-K-0412|REFERENCE}})"], ["Contact", "[[o.yildirim@grafzorgkeurmerk.nl]], [[06-1188 4029]]"],
         ["Keuringsdatum", "2 en 3 juni 2026"], ["Norm", "{{Richtlijn Stabiliteit Grafmonumenten 2018|LAW}} ({{BGNN|ORG}})"]]),
    (H, "Bevindingen"),
    (P, "Er zijn 1.206 monumenten getest met een drukmeter (kracht 350 N). 41 monumenten zijn afgekeurd; 12 daarvan zijn direct met "
        "lint afgezet. Het eerder omgevallen monument op graf {{C-112|REFERENCE}} is na herstel opnieuw getest en goedgekeurd."),
    (T, [["Vak", "Getest", "Afgekeurd", "Direct gevaar"], ["A", "312", "14", "5"], ["B", "288", "9", "2"],
         ["C", "341", "11", "3"], ["D", "265", "7", "2"]]),
    (P, "De keurmeester werd bijgestaan door [[Łukasz Nowak]] (stagiair). Het gesprek op de begraafplaats met een rechthebbende, "
        "[[mevrouw Ensing]], over graf {{C-121|REFERENCE}} is gemeld bij de beheerder."),
    (H, "Afgekeurde monumenten met direct gevaar"),
    (T, [["Graf", "Rechthebbende (volgens opgave gemeente)", "Bevinding", "Maatregel"],
         ["{{A-014|REFERENCE}}", "[[T. Oldenburger]]", "steen los op sokkel", "plat gelegd"],
         ["{{A-022|REFERENCE}}", "[[Fam. Lubbers-Ten Hove]]", "scheur in staande steen", "lint"],
         ["{{B-105|REFERENCE}}", "[[Gerda Scholten]]", "fundering verzakt", "plat gelegd"],
         ["{{C-118|REFERENCE}}", "[[B.E.M. Oude Lenferink]]", "pen doorgeroest", "lint"],
         ["{{C-121|REFERENCE}}", "[[G. Ensing]]", "kantelt bij 200 N", "plat gelegd"],
         ["{{D-011|REFERENCE}}", "[[A. Kremer-Bos]]", "omranding los", "lint"]]),
    (PB, None),
    (H, "Advies"),
    (P, "Afgekeurde monumenten binnen zes weken laten herstellen door de rechthebbenden; bij direct gevaar het monument plat leggen. "
        "Steenhouwers dienen te werken volgens de {{Erkenningsregeling Steenhouwers|LAW}}."),
], producer="reportlab", font="DejaVuSans", size=9.5))

DOCS.append(Doc("bg24_brief_aan_broer", "Brief aan de heer Brouwer over rechthebbende", [
    (L, "{{Gemeente Veenhoven}}, team {{Juridische Zaken}}"), (SP, 5),
    (L, "[[De heer G.J. Brouwer]]"), (L, "[[Storgatan 14|ADDRESS]]"), (L, "[[831 30 Östersund|ADDRESS]]"), (L, "{{Zweden|PLACE}}"), (SP, 4),
    (L, "Datum: 23 april 2026"), (L, "Kenmerk: {{Z/26/011902|REFERENCE}}"), (L, "Onderwerp: uw verzoek tot ruiming graf {{C-112|REFERENCE}}"), (SP, 3),
    (P, "Geachte [[heer Brouwer]],"),
    (P, "Op 9 februari 2026 vroeg u per e-mail om het graf van uw ouders op de {{Algemene Begraafplaats Veenhoven}} te laten ruimen. "
        "Wij kunnen dat verzoek niet in behandeling nemen. Volgens de {{Wet op de lijkbezorging|LAW}} en artikel 12 van de "
        "{{Beheersverordening begraafplaatsen Veenhoven 2019|LAW}} kan alleen de rechthebbende van een eigen graf beslissen over "
        "verlenging, ruiming of het plaatsen en verwijderen van een grafmonument. U bent niet de rechthebbende."),
    (P, "De rechthebbende heeft het grafrecht inmiddels verlengd. Een geschil tussen familieleden kunnen wij niet beslechten; u kunt "
        "daarvoor een mediator of de rechter inschakelen."),
    (P, "Hoogachtend,"), (L, "namens het college van burgemeester en wethouders,"), (SP, 7),
    (L, "[[Samira El Idrissi]]"), (L, "juridisch adviseur"),
], producer="nitro", font="Times-Roman", size=11))

DOCS.append(Doc("bg25_scan_brief_tante", "Scan handgeschreven brief", [], producer="scanner", scan={
    "angle": -0.9,
    "header": ["Ingekomen {{19-05-2026|DATE}} - {{Gemeente Veenhoven}} - {{Z/26/011902|REFERENCE}}"],
    "lines": [("hand", "Veenhoven, 16 mei 2026"), ("sp", ""),
              ("hand", "Aan de wethouder van Veenhoven,"), ("sp", ""),
              ("hand", "Ik ben Grietje Brouwer, de zus van Henk."),
              ("hand", "Ik woon in de Wilgenhof, kamer 12."),
              ("hand", "Het graf van mijn broer moet blijven."),
              ("hand", "Gerrit-Jan heeft daar niets over te zeggen."),
              ("hand", "Mijn nicht Wil zorgt er goed voor."),
              ("sp", ""),
              ("hand", "Met groet,"),
              ("sig", "Grietje Brouwer"),
              ("hand", "tel. 0528-25 70 18")]}, hidden=[
    {"kind": "PERSON", "value": "Grietje Brouwer", "channel": "ocr", "probes": ["Grietje Brouwer"]},
    {"kind": "PERSON", "value": "Henk", "channel": "ocr", "probes": ["Henk"]},
    {"kind": "PERSON", "value": "Gerrit-Jan", "channel": "ocr", "probes": ["Gerrit-Jan"]},
    {"kind": "PERSON", "value": "Wil", "channel": "ocr", "probes": ["Wil"]},
    {"kind": "ADDRESS", "value": "Wilgenhof, kamer 12", "channel": "ocr", "probes": ["kamer 12"]},
    {"kind": "PHONE", "value": "0528-25 70 18", "channel": "ocr", "probes": ["0528-25 70 18"]},
]))

DOCS.append(Doc("bg26_scan_ontvangstbewijs_monument", "Scan ontvangstbewijs grafmonument", [], producer="scanner", scan={
    "angle": 0.6,
    "header": ["Scan {{Openbare Ruimte}} - depot {{Kerkhoflaan|STREET}} - {{IO-2026-00871|REFERENCE}}"],
    "lines": [("bold", "ONTVANGSTBEWIJS GRAFMONUMENT"), ("sp", ""),
              ("typed", "Graf: C-120   Vak: C   Datum: 22-04-2026"),
              ("typed", "Monument opgehaald door: Derk Huisman"),
              ("typed", "Steenhouwerij De Hamer"),
              ("sp", ""),
              ("typed", "Afgegeven door: Jannes Kuiper"),
              ("sig", "J. Kuiper"),
              ("sp", ""),
              ("typed", "Getuige: Bram Oosting"),
              ("sig", "B. Oosting"),
              ("sp", ""),
              ("typed", "Voor akkoord beheerder: Rutger ter Haar")]}, hidden=[
    {"kind": "PERSON", "value": "Derk Huisman", "channel": "ocr", "probes": ["Derk Huisman"]},
    {"kind": "PERSON", "value": "Jannes Kuiper", "channel": "ocr", "probes": ["Jannes Kuiper"]},
    {"kind": "PERSON", "value": "Bram Oosting", "channel": "ocr", "probes": ["Bram Oosting"]},
    {"kind": "PERSON", "value": "Rutger ter Haar", "channel": "ocr", "probes": ["Rutger ter Haar"]},
]))

DOCS.append(Doc("bg27_raadsvragen_en_antwoord", "Schriftelijke vragen en antwoord ruimen graven", [
    (H, "Schriftelijke vragen ex artikel 41 {{Reglement van orde|LAW}}"),
    (P, "Vragen van raadslid {{Ilse Bakkenes|PUBLIC_OFFICIAL}} ({{GroenLinks-PvdA|ORG}}) en raadslid {{Tjeerd Holwerda|PUBLIC_OFFICIAL}} "
        "({{CDA|ORG}}) over het ruimen van graven, ingediend 20 mei 2026."),
    (P, "1. Klopt het bericht in {{Dagblad van het Noorden|ORG}} dat een graf bijna is geruimd op verzoek van iemand die geen rechthebbende was?"),
    (P, "Antwoord: Ja. Een familielid dat geen rechthebbende was heeft om ruiming gevraagd. Het graf stond al op de ruimingslijst omdat "
        "de verlengingsnota niet was aangekomen. De ruiming is tijdig gestopt."),
    (P, "2. Hoeveel rechthebbenden zijn onvindbaar?"),
    (P, "Antwoord: Van de 1.412 rechthebbenden hebben er 37 een adres dat niet overeenkomt met de {{BRP|ORG}}. Zij krijgen een brief."),
    (P, "3. Is het college bereid excuses aan te bieden?"),
    (P, "Antwoord: Wethouder {{Stroeve|PUBLIC_OFFICIAL}} heeft de betrokken nabestaande persoonlijk excuses aangeboden."),
    (L, "Het college van burgemeester en wethouders van Veenhoven,"),
    (L, "de secretaris, {{Leonie van Dam|PUBLIC_OFFICIAL}}          de burgemeester, {{Harm Jan Olthof|PUBLIC_OFFICIAL}}"),
    (L, "Ambtelijk voorbereid door: [[Pieter-Jan Vos]] ([[PJV]])"),
], producer="aspose", font="Helvetica"))

DOCS.append(Doc("bg28_memo_juridisch_met_opmerkingen", "Memo juridische positie graf C-112", [
    (H, "Memo: juridische positie graf C-112"),
    (L, "Van: team {{Juridische Zaken}}   Aan: afdelingshoofd {{Publiekszaken}}   Datum: 15 mei 2026"), (SP, 3),
    (P, "1. Rechthebbende is mevrouw [[W.H. van der Molen-Brouwer]] (sinds 14-03-1996, overgeschreven na overlijden van haar moeder in 2011). "
        "Het recht is verlopen op 14-03-2026 maar binnen de termijn van artikel 28 {{Wet op de lijkbezorging|LAW}} verlengd."),
    (P, "2. De broer heeft geen positie. Een schadeclaim van hem (hij liet weten een advocaat in te schakelen) maakt weinig kans."),
    (P, "3. Aansprakelijkheid monument: de gemeente heeft de scheve steen niet tijdig laten borgen na de melding van 10 april. "
        "Herstel op kosten van de gemeente is verdedigbaar (coulance, geen erkenning van aansprakelijkheid)."),
    (P, "4. Ombudsman: de interventie kan worden afgerond met een gesprek met de wethouder en aanpassing van de werkinstructie."),
], producer="pdfpen", font="Helvetica", notes=[
    (0, (470, 700), "Joost Wanders", "Eens met punt 3, maar check of verzekeraar (Centraal Beheer) is ingelicht. Bel mij: 06-20 48 11 93"),
    (0, (470, 560), "Merel Bos", "Punt 2: advocaat is mr. F. Bakhuizen, Zwolle. Niet in memo opnemen i.v.m. openbaarheid."),
], hidden=[
    {"kind": "PERSON", "value": "Joost Wanders", "channel": "annotations", "probes": ["Joost Wanders"]},
    {"kind": "PHONE", "value": "06-20 48 11 93", "channel": "annotations", "probes": ["06-20 48 11 93"]},
    {"kind": "PERSON", "value": "Merel Bos", "channel": "annotations", "probes": ["Merel Bos"]},
    {"kind": "PERSON", "value": "mr. F. Bakhuizen", "channel": "annotations", "probes": ["F. Bakhuizen"]},
]))

DOCS.append(Doc("bg29_dossieroverzicht", "Dossieroverzicht Z/26/011902", [
    (H, "Dossieroverzicht zaak {{Z/26/011902|REFERENCE}} - klacht graf C-112"),
    (P, "Dit overzicht is gegenereerd uit het zaaksysteem ({{Centric|ORG}} {{Key2Zaken|PRODUCT}}) en toont de statusovergangen van de zaak."),
    (T, [["Datum", "Status", "Toelichting"],
         ["21-03-2026", "Ontvangen", "Brief rechthebbende via balie"],
         ["24-03-2026", "In behandeling", "Toegewezen aan team {{Juridische Zaken}}"],
         ["14-04-2026", "Besluit intern", "Ruiming aangehouden"],
         ["12-05-2026", "Ombudsman", "Interventie {{2026.04118|REFERENCE}}"],
         ["29-05-2026", "Reactie verzonden", "Brief aan {{Nationale ombudsman}}"],
         ["03-06-2026", "Excuses", "Brief wethouder"],
         ["30-06-2026", "Afgesloten", "Archiefcategorie {{B5|REFERENCE}}, bewaartermijn 5 jaar"]]),
    (PB, None),
    (H, "Bijlagen bij de zaak"),
    (P, "Bijlage 1 t/m 9 zijn als afzonderlijke documenten in de inventarislijst bij {{WOO-2026-0031|REFERENCE}} opgenomen."),
    (P, "Sjabloon dossieroverzicht versie 3.2, {{Documentair Informatiebeheer|ORG}} ({{DIV|ORG}})."),
], producer="itext", font="Helvetica", outline=[("Dossieroverzicht Z/26/011902", 0),
    ("Statusoverzicht (aangemaakt door Dennis Roelofsen)", 0), ("Bijlagen - gecontroleerd I. Smit-Tjoelker", 1)],
    hidden=[{"kind": "PERSON", "value": "Dennis Roelofsen", "channel": "outline", "probes": ["Dennis Roelofsen"]},
            {"kind": "PERSON", "value": "I. Smit-Tjoelker", "channel": "outline", "probes": ["Smit-Tjoelker"]}]))

DOCS.append(Doc("bg30_rooster_begraafplaats", "Rooster begraafplaatsen juni 2026", [
    (H, "Rooster en bereikbaarheid Begraafzaken - juni 2026"),
    (T, [["Naam", "Personeelsnr.", "Functie", "Mobiel", "Wk 23", "Wk 24", "Wk 25", "Wk 26"],
         ["[[Rutger ter Haar]]", "[[P004412|PERSONNEL_NR]]", "beheerder", "[[06-41 82 33 07]]", "D", "D", "V", "D"],
         ["[[Jannes Kuiper]]", "[[P007730|PERSONNEL_NR]]", "grafdelver", "[[06 27 90 14 58]]", "D", "P", "D", "D"],
         ["[[Bram Oosting]]", "[[P008106|PERSONNEL_NR]]", "grafdelver", "[[+31 (0)6 4471 0263]]", "Z", "Z", "D", "P"],
         ["[[Lieke Hoogeveen]]", "[[P009921|PERSONNEL_NR]]", "administratie", "[[06-18 55 70 42]]", "D", "D", "D", "V"],
         ["[[Noor van den Akker]]", "[[P011287|PERSONNEL_NR]]", "oproepkracht aula", "[[0031 6 3390 1176]]", "-", "P", "P", "-"]]),
    (P, "D = dagdienst, P = piket (bereikbaar voor begrafenissen op zaterdag), V = verlof, Z = ziek. Algemeen nummer begraafplaats: "
        "{{0528-37 60 00|PHONE_GENERAL}} (tijdens kantooruren), buiten kantooruren via {{14 0528|PHONE_GENERAL}}."),
    (P, "Piket wordt afgestemd met uitvaartverzorgers ({{Dela|ORG}}, {{Yarden|ORG}}, {{Uitvaartzorg Het Veen|ORG}})."),
    (PB, None),
    (H, "Contactlijst externe partijen en vrijwilligers"),
    (T, [["Organisatie", "Contactpersoon", "Telefoon", "E-mail"],
         ["{{Dela|ORG}} regio Noord-Oost", "[[Marco Smeenk]]", "[[06-22 81 40 09]]", "[[m.smeenk@dela.nl]]"],
         ["{{Yarden|ORG}}", "[[Els Groothuis-Aalders]]", "[[038-421 77 16]]", "[[e.groothuis@yarden.nl]]"],
         ["{{Uitvaartzorg Het Veen|ORG}} (eenmanszaak)", "[[Jeroen Veenstra]]", "[[06 4410 2287]]", "[[jeroen@uitvaartzorghetveen.nl]]"],
         ["{{Steenhouwerij De Hamer}}", "[[Derk Huisman]]", "[[06-53 07 21 64]]", "[[derk@steenhouwerijdehamer.nl]]"],
         ["Vrijwilliger aula", "[[Aafke Wolters]]", "[[0528-26 44 90]]", "[[aafke.wolters@gmail.com]]"],
         ["Vrijwilliger rondleidingen", "[[Gerrit ten Napel]]", "[[0528-22 01 35]]", "-"],
         ["{{Stichting Oude Begraafplaatsen Drenthe|ORG}}", "algemeen", "{{0592-30 40 50|PHONE_GENERAL}}", "{{info@sobdrenthe.nl}}"]]),
    (P, "Deze lijst is alleen voor intern gebruik. Wijzigingen doorgeven aan de begraafplaatsadministratie."),
], producer="nitro", font="Helvetica", size=9))

DOCS.append(Doc("bg31_intern_mailtje_woo", "RE: Woo-verzoek begraafplaats stukken", [
    (L, "Van: [[Wit-Kramer, Fenna de]] <[[f.dewit-kramer@veenhoven.nl]]>"),
    (L, "Verzonden: vrijdag 11 september 2026 10:12"),
    (L, "Aan: [[Haar, Rutger ter]] <[[r.terhaar@veenhoven.nl]]>; [[Hoogeveen, Lieke]] <[[l.hoogeveen@veenhoven.nl]]>"),
    (L, "CC: {{woo@veenhoven.nl}}"),
    (L, "Onderwerp: RE: Woo-verzoek begraafplaats stukken"), (SP, 3),
    (P, "Dag [[Rutger]] en [[Lieke]],"),
    (P, "Dank voor het aanleveren. Ik mis nog de Teams-chat van het kanaal Begraafzaken en de scans uit het depot. Willen jullie de "
        "notities van [[Rutger]] ook scannen? Let op: in het register staan adressen en geboortedata van rechthebbenden; die worden "
        "gelakt op grond van artikel 5.1 lid 2 sub e {{Woo|LAW}}. De steenhouwer is een eenmanszaak, dus ook zijn IBAN en KvK-nummer."),
    (P, "Groet, [[Fenna]]"), (SP, 3),
    (L, "Van: [[Haar, Rutger ter]]"), (L, "Verzonden: donderdag 10 september 2026 17:31"),
    (L, "Onderwerp: Woo-verzoek begraafplaats stukken"),
    (P, "[[Fenna]], in de map staan 24 stukken. De brief van tante [[Grietje]] heb ik erbij gedaan, die is handgeschreven. [[RtH]]"),
], producer="outlook", font="Helvetica"))
