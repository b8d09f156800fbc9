"""Set BX, documents tx23-tx32 (scanned machtiging, duty roster, letter to a company, integrity report,
data-breach report, Woo inventory, Kamerbrief with annex, agenda, scanned settlement, SVB e-mail)."""
from __future__ import annotations

from make_set import (DX, RL, Doc, DOCS_DIR, add_notes, add_outline, bad_bsn, images_to_pdf, make_bsn,
                      make_iban, scan_page, set_meta, signature_png)


def P(stem):
    return DOCS_DIR / f"{stem}.pdf"


def tx23():
    """Scanned, typed-in machtiging (image only) with two handwritten signatures."""
    d = Doc("tx23", "scan (PIL render, JPEG q60, 0.35 degree), reportlab wrapper")
    bsn = make_bsn("47730218")
    iban = make_iban("RABO", "1522840963")
    blocks = [
        ("Dienst Toeslagen", 14, "bold", 0),
        ("Machtiging voor een vertegenwoordiger", 13, "bold", 0),
        ("", 11, "regular", 0),
        ("1. Gegevens ouder", 11, "bold", 0),
        ("Naam: [[P:Maaike Hoogendijk|Maaike Hoogendijk]]", 11, "mono", 4),
        (f"BSN: [[B:{bsn}]]", 11, "regular", 4),
        ("Geboortedatum: [[D:27-04-1984]]", 11, "mono", 4),
        ("Adres: [[A:Turfmarkt 118]], [[A:2801 HK]] Gouda", 11, "mono", 4),
        (f"IBAN: [[I:{iban}]]", 11, "mono", 4),
        ("", 11, "regular", 0),
        ("2. Gegevens vertegenwoordiger", 11, "bold", 0),
        ("Naam: [[P:Corinne Lagerwey|Corinne Lagerwey]]", 11, "mono", 4),
        ("Organisatie: Stichting Schuldhulp Midden-Holland", 11, "mono", 4),
        ("Telefoon: [[T:06-28840371]]", 11, "mono", 4),
        ("E-mail: [[E:c.lagerwey@schuldhulpmh.nl]]", 11, "mono", 4),
        ("", 11, "regular", 0),
        ("3. Waarvoor geldt de machtiging?", 11, "bold", 0),
        ("Alle contacten over de hersteloperatie en de Integrale Beoordeling,", 11, "regular", 4),
        ("klantnummer [[N:TS-4402215]], inclusief het ontvangen van brieven.", 11, "regular", 4),
        ("", 11, "regular", 0),
        ("4. Ondertekening", 11, "bold", 0),
        ("Plaats en datum: Gouda, 12 februari 2025", 11, "mono", 4),
        ("", 11, "regular", 0),
        ("Handtekening ouder                 Handtekening vertegenwoordiger", 11, "regular", 4),
    ]
    im = scan_page(d, blocks, seed=23, rotate=0.35, quality=60)
    d.r("P", "Hoogendijk", "Maaike Hoogendijk", chan="ocr")
    d.r("P", "Lagerwey", "Corinne Lagerwey", chan="ocr")
    im = im.convert("RGB")
    s1 = signature_png("MHoogendijk", seed=11, w=440, h=120)
    s2 = signature_png("CLagerwey", seed=12, w=440, h=120)
    im.paste(s1.convert("RGB"), (200, 1370), s1)
    im.paste(s2.convert("RGB"), (820, 1370), s2)
    images_to_pdf(d, [im.convert("L")], how="reportlab")
    return d


def tx24():
    d = Doc("tx24", "reportlab Liberation Sans landscape (TTF subset)")
    r = RL(d, "LiberationSans", 8.5, landscape_=True, margins=(36, 36, 44, 40),
           header="Douane Schiphol - Passagiers - dienstrooster", footer="Rooster week 23 - blad {page} - niet verspreiden")
    r.h("Dienstrooster team Passagiers Aankomst, week 23 (<<X:2 juni 2025>> - <<X:8 juni 2025>>)")
    r.p("Locatie: <<L:Schiphol>>, <<L:Aankomstpassage 1>> en <<L:Pier E>>. Teamleider van dienst: zie kolom TL. Bij "
        "ziekte melden bij het <<O:Douane Meldpunt>> en de eigen teamleider. Vragen over het rooster: "
        "<<M:planning.schiphol@douane.nl>>.")
    staff = [("Kocabaş, E.", "Emre Kocabaş", "8817204", "06-31147720"),
             ("Dragt, N.", "Niels Dragt", "8809317", "06-13380954"),
             ("Soeters, M.", "Mila Soeters", "8831482", "06-29071163"),
             ("Ramdin, V.", "Vishal Ramdin", "8814096", "06-50982714"),
             ("Amoah, P.", "Priscilla Amoah", "8803871", "06-38845902"),
             ("Terlouw, B.", "Bas Terlouw", "8811728", "06-47520139")]
    days = ["ma", "di", "wo", "do", "vr", "za", "zo"]
    pat = ["V", "V", "L", "L", "N", "-", "-", "L", "N", "N", "-", "V", "V", "L"]
    rows = [["Naam", "Pers.nr.", "Mobiel"] + days + ["TL"]]
    for i, (nm, full, pn, mob) in enumerate(staff):
        sur = nm.split(",")[0]
        d.m(f"[[P:{sur}|{full}]]")
        rows.append([f"[[P:{nm}|{full}]]", f"[[N:{pn}]]", f"[[T:{mob}]]"] +
                    [pat[(i * 3 + k) % len(pat)] for k in range(7)] + ["TL" if i in (0, 3) else ""])
    r.table(rows, widths=[150, 60, 80] + [32] * 7 + [30])
    r.p("V = vroege dienst 05.30-14.00; L = late dienst 13.30-22.00; N = nachtdienst 21.30-06.00.")
    r.pagebreak()
    r.h2("Mutaties en bijzonderheden")
    r.table([["Datum", "Mutatie", "Akkoord"],
             ["<<X:3 juni 2025>>", "[[P:Dragt]] ruilt nachtdienst met [[P:Terlouw]]", "[[P:EK|Emre Kocabaş]]"],
             ["<<X:4 juni 2025>>", "[[P:Soeters]] afwezig: [[S:zwangerschapscontrole]]", "[[P:VR|Vishal Ramdin]]"],
             ["<<X:5 juni 2025>>", "Extra inzet <<G:Operatie Sluitstuk>> (vluchten uit <<L:Paramaribo>>), twee "
              "collega's van <<O:Koninklijke Marechaussee>>", "[[P:EK|Emre Kocabaş]]"],
             ["<<X:7 juni 2025>>", "[[P:Amoah]] cursus <<G:Basis Douane Opsporing>> in <<L:Rotterdam>>",
              "[[P:VR|Vishal Ramdin]]"]], widths=[100, 420, 100])
    r.p("Bezoek op <<X:6 juni 2025>>: <<H:staatssecretaris Van Oostenbruggen>> en <<H:DG Douane Van Schelven>> "
        "bezoeken de aankomsthal. Begeleiding door [[P:Ramdin]]; het bezoek is niet openbaar.")
    r.p("Contact regiokantoor: <<Y:088 154 27 00>> (algemeen). Opgesteld door planner [[P:Ilona Veldhuizen]] "
        "([[E:i.veldhuizen@douane.nl]]).")
    r.build(info={"title": "Rooster wk23"})
    return d


def tx25():
    d = Doc("tx25", "LibreOffice (python-docx) Carlito")
    w = DX(d, "Carlito", 10.5)
    w.lines("""
**<<O:Belastingdienst>>/<<O:Grote ondernemingen>>**
Kantoor <<L:Amsterdam>>
""", size=9)
    w.p("")
    w.lines("""
<<O:Van Oord Dredging and Marine Contractors B.V.>>
t.a.v. de heer [[P:M.F. Kwakernaak|Michiel Kwakernaak]], <<J:Head of Tax>>
Postbus 8574
3009 AN Rotterdam
""")
    w.p("")
    w.lines("""
Datum: <<X:24 april 2025>>
RSIN: <<R:8012.41.339>>
Betreft: afspraken horizontaal toezicht 2025-2027
""")
    w.p("")
    w.p("Geachte heer [[P:Kwakernaak]],")
    w.p("Graag bevestig ik de afspraken uit ons gesprek van <<X:10 april 2025>> op ons kantoor aan de <<S:Prins "
        "Bernhardplein>>. Aanwezig waren namens uw onderneming u en mevrouw [[P:Jasmijn Terhorst]] (<<J:Tax "
        "Manager>>), namens de <<O:Belastingdienst>> de <<J:klantcoördinator>> en ondergetekende.")
    w.p("1. Het <<G:Tax Control Framework>> wordt jaarlijks door uw interne accountant getoetst. "
        "2. Vooroverleg over de fiscale behandeling van de nieuwe schepen vindt plaats vóór de aangifte "
        "vennootschapsbelasting 2025. 3. Voor de douaneaspecten van de import van baggermaterieel is de <<O:Douane>> "
        "aanspreekpunt; uw contactpersoon daar is [[P:Wim Groenendaal]] ([[T:088 151 63 92]]).")
    w.p("Voor de loonheffingen vraagt u aandacht voor de 30%-regeling (<<W:Wet op de loonbelasting 1964>>). Mevrouw "
        "[[P:Terhorst]] levert de lijst van werknemers aan; wij behandelen die als vertrouwelijk.")
    w.p("U kunt mij bereiken op [[T:06 - 46 91 30 27]] of [[E:f.mostert@belastingdienst.nl]].")
    w.p("")
    w.p("Met vriendelijke groet,")
    w.p("[[P:F. Mostert|Freek Mostert]]")
    w.p("<<J:klantcoördinator>> Grote ondernemingen")
    w.core(author="Mostert, F.", title="Bevestiging afspraken HT")
    w.build()
    d.r("P", "Mostert, F.", "Freek Mostert", chan="metadata")
    return d


def tx26():
    d = Doc("tx26", "reportlab Liberation Serif (TTF subset)")
    r = RL(d, "LiberationSerif", 10.5, header="Bureau Integriteit Belastingdienst - vertrouwelijk")
    r.h("Rapport integriteitsonderzoek <<R:BI-2025-017>>")
    r.table([["Onderdeel", "Gegevens"],
             ["Betrokkene", "[[P:Rutger Spanjaard]], <<J:douanemedewerker>> B (schaal 8)"],
             ["Personeelsnummer", "[[N:8807731]]"],
             ["Standplaats", "<<L:Eemshaven>>"],
             ["Onderzoekers", "[[P:L. Dijkstra-Holm|Liesbeth Dijkstra-Holm]] en [[P:T. Sahin|Tarik Sahin]]"],
             ["Opdrachtgever", "<<J:directeur Douane Noord>>"]], widths=[120, 330])
    r.h2("1. Aanleiding")
    r.p("Op <<X:14 januari 2025>> meldde een collega via het <<O:Meldpunt Integriteit>> dat [[P:Spanjaard]] "
        "vertrouwelijke informatie uit het douanesysteem <<P:DMF>> zou hebben opgezocht over zijn zwager, "
        "[[P:Erwin Olthof]], eigenaar van een transportbedrijf in <<L:Delfzijl>>.")
    r.h2("2. Onderzoek")
    r.p("Uit de logging blijkt dat [[P:Spanjaard]] tussen oktober en december 2024 <<Z:23>> keer aangiften van "
        "het bedrijf van de heer [[P:Olthof]] heeft geraadpleegd zonder dat daar een werkopdracht aan ten grondslag "
        "lag. In het gesprek van <<X:4 februari 2025>> erkende hij dat. Hij verklaarde dat hij in die periode "
        "[[S:onder behandeling was voor een alcoholverslaving]] en 'niet helder dacht'.")
    r.p("[[P:Spanjaard]] heeft in 2016 een [[C:strafbeschikking gekregen voor rijden onder invloed]]; dat was bij "
        "indiensttreding bekend.")
    r.pagebreak()
    r.h2("3. Conclusie en advies")
    r.p("Het onderzoek bevestigt dat betrokkene zonder noodzaak gegevens heeft geraadpleegd. Dit is in strijd met "
        "de <<W:Gedragscode Belastingdienst>> en artikel 8:2 van de <<W:Algemene wet bestuursrecht>> is niet van "
        "toepassing. Wij adviseren een schriftelijke berisping en overplaatsing. Het <<O:Openbaar Ministerie>> is "
        "niet geïnformeerd; er is geen aanwijzing dat gegevens zijn doorgegeven.")
    r.p("De vertrouwenspersoon, [[P:Marjolein Kuipers]], heeft betrokkene bijgestaan. Zijn leidinggevende, "
        "[[P:A. (Arend) Scholtens|Arend Scholtens]], is op <<X:11 februari 2025>> gehoord.")
    r.h2("Ondertekening")
    r.table([["Naam", "Functie", "Datum"],
             ["[[P:L. Dijkstra-Holm|Liesbeth Dijkstra-Holm]]", "<<J:integriteitsonderzoeker>>", "<<X:3 maart 2025>>"],
             ["[[P:T. Sahin|Tarik Sahin]]", "<<J:integriteitsonderzoeker>>", "<<X:3 maart 2025>>"]], widths=[170, 170, 110])
    r.build(info={"title": "Rapport BI-2025-017"})
    return d


def tx27():
    d = Doc("tx27", "reportlab Helvetica")
    r = RL(d, "Helvetica", 9.5, header="UWV | Privacy Office")
    r.h("Registratie datalek <<R:DL-2025-0388>>")
    b1, b2, b3 = make_bsn("55120947"), bad_bsn("62019384"), make_bsn("70843156")
    b2_sp = f"{b2[:3]} {b2[3:6]} {b2[6:]}"
    r.lines("""
Datum melding: <<X:8 mei 2025>>
Gemeld door: [[P:Noortje Aalbers-Vink]] (<<J:klantmanager>>, [[T:088 898 31 47]])
Melding aan <<O:Autoriteit Persoonsgegevens>>: ja, op <<X:10 mei 2025>>
""")
    r.h2("Wat is er gebeurd?")
    r.p("Bij een gegevensuitwisseling tussen <<O:UWV>> en de <<O:SVB>> over samenloop van WW en AOW zijn drie "
        "dossiers naar een verkeerde ketenpartner gestuurd (een gemeentelijke sociale dienst). Het ging om:")
    r.table([["Naam", "BSN", "Geboortedatum", "Gegevens"],
             ["[[P:H.W. Boerrigter|Hendrika Boerrigter]]", f"[[B:{b1}]]", "[[D:02-05-1958]]", "WW-beschikking, loonstroken"],
             ["[[P:A. Mulder-Koç|Ayla Mulder-Koç]]", f"[[B:{b2_sp}]]", "[[D:19-10-1959]]",
              "WIA-rapport met [[S:diagnose reumatoïde artritis]]"],
             ["[[P:P.J. Vreeswijk|Paul Vreeswijk]]", f"[[B:{b3}]]", "[[D:07-01-1958]]", "AOW-aanvraag, IBAN"]],
            widths=[130, 90, 80, 180])
    r.p("Het BSN van mevrouw [[P:Mulder-Koç]] is in de melding verkeerd overgenomen (voldoet niet aan de "
        "elfproef); het juiste nummer staat in het dossier.")
    r.h2("Maatregelen")
    r.p("De ontvangende dienst heeft op <<X:9 mei 2025>> bevestigd dat de bestanden zijn verwijderd. De betrokkenen "
        "zijn per brief geïnformeerd. De <<J:functionaris gegevensbescherming>> van UWV adviseert de koppeling "
        "<<P:Suwinet>> aan te passen. Contact via <<M:privacy@uwv.nl>>.")
    r.p("Behandelaar Privacy Office: [[P:Sjoerd Keizer|Sjoerd Keizer]], [[E:sjoerd.keizer@uwv.nl]].")
    r.build(info={"title": "Datalek DL-2025-0388"})
    return d


def tx28():
    d = Doc("tx28", "LibreOffice (python-docx) Liberation Sans, landscape-free table")
    w = DX(d, "Liberation Sans", 9)
    w.p("Inventarislijst Woo-besluit <<R:WOO-2025-0915>> (concept)", bold=True, size=13)
    w.p("Verzoeker: [[P:R. de Klerk-Mahu|Roos de Klerk-Mahu]] (journalist). Behandelaars: [[P:Jelle Mulderij]] en "
        "[[P:Nadia Boukhari]] (<<O:CAP Woo>>); tweede lezing: [[P:Fenna Zwiers]].")
    w.table([["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
             ["1", "E-mailwisseling signaal CRS", "<<X:10-02-2025>>", "deels openbaar", "<<R:5.1.2e>>", "namen ambtenaren"],
             ["2", "Memo <<R:THZ-2025-04417>>", "<<X:03-02-2025>>", "deels openbaar", "5.1.2e, <<R:5.1.1e>>", "BSN belastingplichtige"],
             ["3", "Nota CRS-signalen", "<<X:03-06-2025>>", "deels openbaar", "5.1.2e", "actief openbaar"],
             ["4", "Export Teams-chat", "<<X:21-05-2025>>", "deels openbaar", "5.1.2e, <<R:5.1.1d>>", "gezondheid derde"],
             ["5", "Aanmaning (voorbeeld)", "<<X:19-05-2025>>", "niet openbaar", "5.1.2e", "alleen persoonsgegevens"],
             ["6", "Concept-antwoorden Kamervragen", "<<X:06-02-2025>>", "deels openbaar", "5.1.2e, <<R:5.2.1>>", "persoonlijke beleidsopvattingen"]])
    w.p("Opmerkingen bij de beoordeling:", bold=True)
    w.p("- [[P:Fenna]]: bij document 4 ook de naam van de ondernemer ([[P:Van Leeuwarden|Hidde van Leeuwarden]]) "
        "weglakken; hij is geen publiek figuur.")
    w.p("- [[P:Nadia]]: de naam van <<H:staatssecretaris Van Oostenbruggen>> en van <<H:directeur-generaal Smink>> "
        "blijven staan; [[P:Sminia]] (beleidsadviseur) weglakken.")
    w.p("- Zienswijze gevraagd aan <<O:Sluijter Belastingadvies>> (derde-belanghebbende) op <<X:2 juni 2025>>; "
        "contactpersoon [[P:W.F. Sluijter]], [[E:w.sluijter@sluijterbelastingadvies.nl]], [[T:030-6917742]].")
    w.p("Besluit te ondertekenen namens de <<H:minister van Financiën>>. Termijn verdaagd tot <<X:30 juni 2025>>.")
    w.core(author="Boukhari, N.", title="Inventarislijst WOO-2025-0915")
    w.build()
    d.r("P", "Boukhari, N.", "Nadia Boukhari", chan="metadata")
    return d


def tx29():
    d = Doc("tx29", "reportlab Times-Roman")
    r = RL(d, "Times-Roman", 11)
    r.lines("""
<<O:Ministerie van Financiën>>
> Retouradres Postbus 20201 2500 EE Den Haag
""")
    r.lines("""
Aan de Voorzitter van de <<O:Tweede Kamer der Staten-Generaal>>
Datum <<X:1 juli 2025>>
Betreft Fiscale aanpak ondermijning in de haven
Ons kenmerk <<R:2025-0000226301>>
""")
    r.p("Geachte voorzitter,")
    r.p("Hierbij informeer ik uw Kamer, mede namens de <<H:staatssecretaris Fiscaliteit, Belastingdienst en "
        "Douane>>, over de fiscale aanpak van ondermijnende criminaliteit in de havens van <<L:Rotterdam>>, "
        "<<L:Amsterdam>> en <<L:Vlissingen>>. Aanleiding is de motie-<<H:Flach>> (<<O:SGP>>) en de vragen van het lid "
        "<<H:Stultiens>> over de personele bezetting van de <<O:Douane>>.")
    r.p("In 2024 onderschepte de <<O:Douane>> in de Rotterdamse haven ruim <<Z:46.000 kg>> cocaïne. De <<O:FIOD>> "
        "startte <<Z:41>> strafrechtelijke onderzoeken naar witwassen met een haven-component. Het kabinet "
        "investeert structureel <<Z:€ 40 miljoen>> in scanapparatuur en extra personeel.")
    r.p("Om het beeld uit de praktijk op te halen, hebben de staatssecretaris en ik gesproken met ondernemers en "
        "havenmedewerkers. Een overzicht van die gesprekken treft u aan in de bijlage. Met toestemming van de "
        "betrokken organisaties zijn hun namen opgenomen; de namen van individuele medewerkers zijn weggelaten in "
        "de openbare versie.")
    r.p("De <<H:minister van Financiën>>,")
    r.space(12)
    r.p("<<H:E. Heinen|Heinen>>")
    r.pagebreak()
    r.h2("Bijlage: gesprekken met de praktijk (intern concept, niet voor publicatie in deze vorm)")
    r.table([["Datum", "Organisatie", "Gesprekspartner", "Onderwerp"],
             ["<<X:12 mei 2025>>", "<<O:Hutchison Ports ECT Rotterdam>>", "[[P:Annet Brouwer-Vlietstra]], <<J:security manager>>",
              "toegangscontrole terminals"],
             ["<<X:12 mei 2025>>", "<<O:Havenbedrijf Rotterdam>>", "[[P:Youri Dekkers]]", "<<G:Samen tegen ondermijning>>"],
             ["<<X:19 mei 2025>>", "<<O:Zeeland Refinery>>", "[[P:H. (Hans) Baaijens|Hans Baaijens]]", "<<L:Vlissingen>>-Oost"],
             ["<<X:26 mei 2025>>", "<<O:FNV Havens>>", "[[P:Petra Zoutendijk]], kaderlid ([[T:06 2255 8174]])",
              "druk op havenmedewerkers"],
             ["<<X:26 mei 2025>>", "<<O:Douane>> Rotterdam", "[[P:Bosveld|Hendrik Bosveld]], [[P:Meulenbelt|Ingrid Meulenbelt]]",
              "capaciteit containercontrole"]], widths=[70, 130, 170, 120])
    r.p("Opmerking ambtelijk: [[P:Petra Zoutendijk]] vroeg uitdrukkelijk haar naam niet te noemen; zij is in 2024 "
        "bedreigd. Aanspreekpunt voor deze bijlage: [[P:Maarten Gorissen]], [[E:m.gorissen@minfin.nl]].")
    r.build(info={"title": "Kamerbrief ondermijning haven"})
    return d


def tx30():
    d = Doc("tx30", "reportlab DejaVu Sans (TTF subset)")
    r = RL(d, "DejaVuSans", 8.5)
    r.h("Weekagenda staatssecretaris Fiscaliteit, Belastingdienst en Douane - week 20")
    r.p("Versie <<X:9 mei 2025>>. Verzorgd door het secretariaat ([[P:Femke Kooistra]], [[T:06 31 48 92 07]]). "
        "Wijzigingen via <<M:agenda.stasfbd@minfin.nl>>.")
    r.table([["Dag", "Tijd", "Afspraak", "Locatie", "Ondersteuning"],
             ["ma <<X:12 mei>>", "09.00", "Staf met <<H:DG Smink>>", "<<O:Ministerie van Financiën>>", "[[P:Laura ten Hoeve]]"],
             ["ma <<X:12 mei>>", "14.00", "Gesprek <<O:Hutchison Ports ECT Rotterdam>> met <<H:minister Heinen>>",
              "<<L:Rotterdam>>", "[[P:Maarten Gorissen]]"],
             ["di <<X:13 mei>>", "10.00", "Commissiedebat Douane, <<O:Tweede Kamer>> (<<H:Vijlbrief>> en <<H:Kisteman>> "
              "woordvoerders)", "<<L:Den Haag>>", "[[P:Rachid Benali]] (Douane)"],
             ["wo <<X:14 mei>>", "11.30", "Bezoek <<O:Belastingdienst>> <<L:Apeldoorn>>, gesprek met "
              "<<J:ondernemingsraad>>", "<<L:Apeldoorn>>", "[[P:Jeroen Sminia]]"],
             ["wo <<X:14 mei>>", "16.00", "Privé: ouderavond", "-", "-"],
             ["do <<X:15 mei>>", "13.00", "Bestuurlijk overleg met <<H:staatssecretaris Palmen>> en gemeenten",
              "<<L:Den Haag>>", "[[P:Arjen Bovenkerk]]"],
             ["vr <<X:16 mei>>", "10.00", "Gesprek met ondernemer [[P:Gijsbert Hooijer-Lamme]] (klacht over boeteoplegging, "
              "dossier op verzoek van <<H:Kamerlid Vermeer>>)", "<<L:Den Haag>>", "[[P:Laura ten Hoeve]]"]],
            widths=[65, 35, 220, 95, 100])
    r.p("Chauffeur week 20: [[P:Johan Stoutjesdijk]] ([[T:06-5529 0137]]). Beveiliging via <<O:DBB>>.")
    r.build(info={"title": "Weekagenda week 20"})
    return d


def tx31():
    """Two-page scan of a signed settlement agreement (vaststellingsovereenkomst)."""
    d = Doc("tx31", "scan (PIL render, JPEG q58, two pages), PIL PDF writer")
    iban = make_iban("ABNA", "448120738")
    p1 = [
        ("VASTSTELLINGSOVEREENKOMST", 14, "bold", 0),
        ("", 11, "regular", 0),
        ("De ondergetekenden:", 11, "regular", 0),
        ("", 11, "regular", 0),
        ("1. De Staat der Nederlanden, in dezen vertegenwoordigd door de", 11, "regular", 0),
        ("   Uitvoeringsorganisatie Herstel Toeslagen,", 11, "regular", 0),
        ("   vertegenwoordigd door mevrouw [[P:M.L. Scheepstra|Marieke Scheepstra]], directeur Ouders;", 11, "regular", 0),
        ("", 11, "regular", 0),
        ("2. De heer [[P:R. Mahabier|Rakesh Mahabier]], geboren op [[D:9 december 1977]],", 11, "regular", 0),
        ("   wonende aan de [[A:Loosduinseweg 604]], [[A:2571 CK]] Den Haag,", 11, "regular", 0),
        ("   hierna: de ouder,", 11, "regular", 0),
        ("", 11, "regular", 0),
        ("overwegende dat:", 11, "regular", 0),
        ("- de ouder op 2 oktober 2023 een verzoek heeft gedaan bij de", 11, "regular", 0),
        ("  Commissie Werkelijke Schade;", 11, "regular", 0),
        ("- de commissie heeft geadviseerd een bedrag van EUR 77.500 toe te kennen;", 11, "regular", 0),
        ("- partijen een einde willen maken aan het geschil;", 11, "regular", 0),
        ("", 11, "regular", 0),
        ("komen het volgende overeen:", 11, "regular", 0),
        ("Artikel 1. De Staat betaalt de ouder een bedrag van EUR 77.500,00.", 11, "regular", 0),
        ("Artikel 2. Betaling vindt plaats op rekening", 11, "regular", 0),
        (f"[[I:{iban}]] ten name van [[P:R. Mahabier|Rakesh Mahabier]].", 11, "sans", 0),
        ("Artikel 3. Met deze betaling is alle schade gefinaliseerd.", 11, "regular", 0),
    ]
    p2 = [
        ("Artikel 4. De ouder trekt het beroep in (zaaknummer SGR 24/8812).", 11, "regular", 0),
        ("Artikel 5. Op deze overeenkomst is Nederlands recht van toepassing.", 11, "regular", 0),
        ("", 11, "regular", 0),
        ("Aldus overeengekomen en ondertekend in tweevoud te Den Haag", 11, "regular", 0),
        ("op 21 maart 2025.", 11, "regular", 0),
        ("", 11, "regular", 0),
        ("Namens de Staat:                          De ouder:", 11, "regular", 0),
        ("", 11, "regular", 0), ("", 11, "regular", 0), ("", 11, "regular", 0), ("", 11, "regular", 0),
        ("[[P:M.L. Scheepstra|Marieke Scheepstra]]                       [[P:R. Mahabier|Rakesh Mahabier]]", 11, "regular", 0),
        ("", 11, "regular", 0),
        ("Paraaf jurist: [[P:E.v.D.|jurist]]   Kenmerk UHT/CWS/2025/00731", 11, "mono", 0),
    ]
    d.r("P", "Mahabier", "Rakesh Mahabier", chan="ocr")
    d.r("P", "Scheepstra", "Marieke Scheepstra", chan="ocr")
    im1 = scan_page(d, p1, seed=31, rotate=0.45, quality=58)
    im2 = scan_page(d, p2, seed=32, rotate=-0.3, quality=58).convert("RGB")
    s1 = signature_png("MScheepstra", seed=21, w=440, h=100)
    s2 = signature_png("RMahabier", seed=22, w=440, h=100)
    im2.paste(s1.convert("RGB"), (180, 400), s1)
    im2.paste(s2.convert("RGB"), (900, 400), s2)
    images_to_pdf(d, [im1.convert("L"), im2.convert("L")], how="pil")
    return d


def tx32():
    d = Doc("tx32", "reportlab Carlito (TTF subset), English/German e-mail")
    r = RL(d, "Carlito", 10)
    r.h("AOW and German pension - case coordination")
    r.lines("""
<b>Von/From:</b> Dr. [[P:Sabine Höltgen-Maier]] <[[E:sabine.hoeltgen-maier@drv-bund.de]]>
<b>Gesendet:</b> <<X:2 July 2025>> 09:41
<b>An/To:</b> [[P:Vos-Terlingen, Jacqueline|Jacqueline Vos-Terlingen]] <[[E:j.vos-terlingen@svb.nl]]>
<b>Betreff:</b> AW: Versicherungsverlauf [[P:Brinkhuis|Wilhelmina Brinkhuis]] / <<R:SVB-INT-2025-2231>>
""")
    r.p("Dear Ms [[P:Vos-Terlingen]],")
    r.p("Thank you for your request under <<W:Regulation (EC) No 883/2004>>. I can confirm that Mrs "
        "[[P:Wilhelmina Brinkhuis]] (born [[D:14.02.1959]] in Gronau) has 11 years of insurance in Germany. "
        "Her German insurance number is [[N:65 140259 B 512]]. The <<O:Deutsche Rentenversicherung Bund>> will pay "
        "a partial pension from 1 March 2026.")
    r.p("Mrs [[P:Brinkhuis]] told us by phone that she receives [[S:eine Erwerbsminderungsrente wegen einer "
        "Herzerkrankung]]; please check whether this affects the Dutch WIA. You can reach me directly on "
        "[[T:+49 (0)30 865 24417]]; the general line is <<Y:+49 30 865 0>>.")
    r.p("Mit freundlichen Grüßen / Kind regards,<br/>[[P:Sabine Höltgen-Maier]]<br/><<J:Sachbearbeiterin>> "
        "Auslandsrenten, <<L:Berlin>>")
    r.space(8)
    r.lines("""
<b>From:</b> [[P:Vos-Terlingen, Jacqueline|Jacqueline Vos-Terlingen]]
<b>Sent:</b> <<X:24 June 2025>> 16:20
<b>Subject:</b> Versicherungsverlauf / <<R:SVB-INT-2025-2231>>
""")
    r.p("Dear colleague, our client lives at [[A:Glanerbrugstraat 77]], Enschede, close to the border, and "
        "applies for AOW. Her Dutch AOW start date is <<X:1 March 2026>>. Could you send the "
        "Versicherungsverlauf? My colleague [[P:Gülsen Aydoğan]] ([[T:+31 20 656 44 83]]) handles the Dutch side "
        "while I am on leave. Regards, [[P:Jacqueline]]")
    r.build(info={"title": "AOW and German pension"})
    return d
