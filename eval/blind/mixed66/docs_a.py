"""Set BX, documents tx01-tx11 (memos, e-mail chains, hersteloperatie letter, minutes, proces-verbaal,
English e-mail, form, scanned letter, payment table, Kamervragen, UWV memo)."""
from __future__ import annotations

import io

from make_set import (DX, RL, Doc, add_notes, add_outline, bad_bsn, images_to_pdf, make_bsn, make_iban,
                      scan_page, set_meta, signature_png)

BSN_OOST = make_bsn("17429356")        # Reinout Oostenbrug
BSN_OOST_PARTNER = bad_bsn("23806614")  # partner, typo'd in the file
IBAN_OOST = make_iban("INGB", "6640372")
IBAN_OOST2 = make_iban("RABO", "3318490277", grouped=False)


def tx01():
    d = Doc("tx01", "reportlab Helvetica")
    r = RL(d, "Helvetica", 10, header="Belastingdienst | Toezicht Particulieren regio Midden-Nederland",
           footer="Vertrouwelijk - pagina {page}")
    r.h("Memo: signaal vermogen in het buitenland, dossier <<R:THZ-2025-04417>>")
    r.lines(f"""
Aan: <<J:teamleider Toezicht Particulieren>> [[P:Marloes Heine|Marloes Heine]]
Van: [[P:Thijs Verbaan]], <<J:belastingcontroleur>>
Datum: <<X:3 februari 2025>>
Kopie: [[P:Ruud Palm]] (<<O:FIOD>>, <<J:liaison>>), <<O:Landelijk Incassocentrum>>
""")
    r.h2("Aanleiding")
    r.p("Via de automatische informatie-uitwisseling onder de <<W:Common Reporting Standard>> (CRS) ontvingen wij "
        "op <<X:12 januari 2025>> een renseignement van de <<O:Agencia Tributaria>> over een rekening bij een bank in "
        "<<L:Alicante>>. De rekeninghouder is [[P:Reinout Oostenbrug]], geboren [[D:14 maart 1978]], BSN "
        f"[[B:{BSN_OOST}]], wonend [[A:Kerkweg 14]], [[A:3951 AB]] Maarn. Het saldo per ultimo 2023 bedroeg "
        "<<Z:EUR 412.880>>; in de aangiften inkomstenbelasting over 2019 tot en met 2023 is in box 3 geen "
        "buitenlands vermogen opgegeven.")
    r.p(f"In de basisregistratie staat als fiscaal partner vermeld [[P:Annelies Oostenbrug-Wevers]], geboren "
        f"[[D:2 oktober 1980]]. In het dossier staat haar BSN als [[B:{BSN_OOST_PARTNER}]]; dat nummer voldoet niet "
        "aan de elfproef en moet bij het verzoek om gegevens worden gecorrigeerd.")
    r.h2("Bevindingen")
    r.p(f"De teruggaven van de afgelopen jaren zijn gestort op [[I:{IBAN_OOST}]] (Nederlandse rekening op naam van "
        f"de heer [[P:Oostenbrug|Reinout Oostenbrug]]). Een tweede rekening, [[I:{IBAN_OOST2}]], staat op naam van beide partners. Uit de "
        "<<O:Kamer van Koophandel>> blijkt dat de heer Oostenbrug bestuurder is van Oostenbrug Vastgoed B.V. "
        "(KvK <<R:30241187>>).")
    r.p("Let op: de naam lijkt op die van <<H:staatssecretaris Van Oostenbruggen|Van Oostenbruggen>>; er is geen "
        "enkele relatie. Het bureau van de staatssecretaris hoeft niet te worden geïnformeerd.")
    r.table([["Jaar", "Aangegeven box 3", "Saldo Spanje (CRS)", "Verschil"],
             ["2021", "<<Z:EUR 96.400>>", "EUR 377.150", "EUR 280.750"],
             ["2022", "EUR 101.020", "EUR 398.640", "EUR 297.620"],
             ["2023", "EUR 104.300", "<<Z:EUR 412.880>>", "EUR 308.580"]], widths=[60, 120, 120, 100])
    r.pagebreak()
    r.h2("Voorstel")
    r.p("Ik stel voor een boekenonderzoek te starten en de zaak te melden bij het <<O:Coördinatiepunt Fiscale "
        "Fraude>>. Omdat het verschil boven de meldgrens ligt, beoordeelt de <<O:FIOD>> binnen zes weken of een "
        "strafrechtelijk traject volgt (<<W:AAFD-protocol>>). [[P:Ruud Palm|Ruud Palm]] heeft toegezegd de zaak in "
        "het <<G:Tripartiete overleg>> van <<X:18 februari 2025>> te agenderen.")
    r.p("Contact met belastingplichtige is nog niet gelegd. De gemachtigde, mr. [[P:W.F. Sluijter|Sluijter]] van "
        "<<O:Sluijter Belastingadvies>>, heeft op <<X:28 januari 2025>> uitstel gevraagd voor de aangifte 2024.")
    r.h2("Contact")
    r.lines("""
[[P:Thijs Verbaan]] - <<J:belastingcontroleur>>
T [[T:06 4821 7730]] | [[E:t.verbaan@belastingdienst.nl]]
Paraaf teamleider: [[P:MHe|Marloes Heine]] 04-02
""")
    r.build(info={"title": "Memo signaal CRS", "author": "Belastingdienst"})
    return d


def tx02():
    d = Doc("tx02", "reportlab Carlito (TTF subset)")
    r = RL(d, "Carlito", 10.5)
    r.h("E-mailwisseling: Kamervragen box 3 en CRS-signalen")
    r.lines("""
<b>Van:</b> [[P:Heine, Marloes|Marloes Heine]] <[[E:marloes.heine@belastingdienst.nl]]>
<b>Verzonden:</b> maandag <<X:10 februari 2025>> 08:47
<b>Aan:</b> [[P:Sminia, Jeroen|Jeroen Sminia]]; DGBel Directiesecretariaat
<b>CC:</b> [[P:Verbaan, Thijs|Thijs Verbaan]]
<b>Onderwerp:</b> RE: signaal CRS - stand van zaken
""")
    r.p("Hoi [[P:Jeroen]],")
    r.p("Zoals besproken: het signaal uit Spanje loopt, de <<O:FIOD>> beslist op <<X:18 februari 2025>>. Voor de "
        "beantwoording van de vragen van het <<H:lid Inge van Dijk|Inge van Dijk>> (<<O:CDA>>) over "
        "CRS-signalen kunnen we geanonimiseerde cijfers leveren; namen van belastingplichtigen gaan uiteraard niet "
        "mee. Bel me gerust op [[T:06-18 33 90 41]].")
    r.p("Groet,<br/>[[P:Marloes]]<br/><<J:Teamleider Toezicht Particulieren>>")
    r.space(6)
    r.lines("""
<b>Van:</b> [[P:Sminia, Jeroen|Jeroen Sminia]]
<b>Verzonden:</b> maandag <<X:10 februari 2025>> 10:12
<b>Aan:</b> Bureau Staatssecretaris Fiscaliteit; [[P:Laura ten Hoeve]]
<b>CC:</b> [[P:Heine, Marloes|Marloes Heine]]; <<M:kamervragen.dgbel@minfin.nl>>
<b>Onderwerp:</b> FW: signaal CRS - stand van zaken
""")
    r.p("Beste [[P:Laura]],")
    r.p("Ter voorbereiding op het mondeling overleg: <<H:directeur-generaal Smink|Smink>> wil dat "
        "<<H:staatssecretaris Van Oostenbruggen|Van Oostenbruggen>> vóór het debat van <<X:20 februari 2025>> een "
        "korte notitie krijgt over de aanpak van CRS-signalen. Kun jij een half uur in de agenda vinden? Ik ben "
        "bereikbaar via [[T:070 342 71 18]] (direct) of via het algemene nummer <<Y:070 342 80 00>>.")
    r.p("Met vriendelijke groet,<br/>[[P:Jeroen Sminia]]<br/><<J:beleidsadviseur>>, <<O:Directoraat-generaal Belastingdienst>><br/>"
        "M [[T:+31 6 2290 5517]] | [[E:j.sminia@minfin.nl]]")
    r.pagebreak()
    r.lines("""
<b>Van:</b> [[P:Hoeve, L. ten|Laura ten Hoeve]] <[[E:l.tenhoeve@minfin.nl]]>
<b>Verzonden:</b> dinsdag <<X:11 februari 2025>> 14:30
<b>Aan:</b> [[P:Sminia, Jeroen|Jeroen Sminia]]
<b>CC:</b> [[P:Heine, Marloes|Marloes Heine]]; [[P:Kooistra, Femke|Femke Kooistra]]
<b>Onderwerp:</b> RE: FW: signaal CRS - stand van zaken
""")
    r.p("Hoi [[P:Jeroen]],")
    r.p("De staatssecretaris heeft woensdag om 16.00 uur tijd. <<H:Minister Heinen|Heinen>> wordt via zijn "
        "eigen bureau geïnformeerd, omdat de <<H:minister van Financiën>> eerstverantwoordelijke is voor de "
        "fiscale verdragen. [[P:Femke Kooistra|Femke]] van ons secretariaat stuurt de uitnodiging; zij is bereikbaar op "
        "[[T:06 31 48 92 07]].")
    r.p("Let op: in de bijlage staat nog de naam van de belastingplichtige ([[P:R. Oostenbrug|Reinout Oostenbrug]]). "
        "Graag een versie zonder persoonsgegevens, die kan dan ook naar <<H:Kamerlid Vijlbrief|Vijlbrief>> "
        "(<<O:D66>>) die om een technische briefing vroeg.")
    r.p("Groeten,<br/>[[P:Laura ten Hoeve]]<br/><<J:politiek assistent>> van de <<H:staatssecretaris Fiscaliteit, "
        "Belastingdienst en Douane>>")
    r.space(10)
    r.p("<i>Dit bericht kan informatie bevatten die niet voor u is bestemd. Bent u niet de geadresseerde, meld "
        "dit dan via <<M:servicedesk@minfin.nl>>.</i>", r.stc)
    r.build(info={"title": "RE: signaal CRS", "author": "Microsoft Outlook"})
    return d


BSN_KARTO = make_bsn("30127788")
IBAN_KARTO = make_iban("ABNA", "512984467")


def tx03():
    d = Doc("tx03", "LibreOffice (python-docx) Calibri/Carlito")
    w = DX(d, "Calibri", 10.5)
    w.lines("""
**<<O:Dienst Toeslagen>>**
<<O:Uitvoeringsorganisatie Herstel Toeslagen>>
Postbus 16190, 2500 BD Den Haag
""", size=9)
    w.p("")
    w.lines("""
Mevrouw [[P:S.N. Kartodikromo-Liem|Sarinah Kartodikromo-Liem]]
[[A:Van Speijkstraat 212-II]]
[[A:1057 HM]] Amsterdam
""")
    w.p("")
    w.lines(f"""
Datum: <<X:7 maart 2025>>
Ons kenmerk: <<R:UHT/IB/2025/031877>>
Uw klantnummer: [[N:TS-4419027]]
BSN: [[B:{BSN_KARTO}]]
Onderwerp: uitkomst Integrale Beoordeling
""")
    w.p("")
    w.p("Beste mevrouw [[P:Kartodikromo-Liem|Sarinah Kartodikromo-Liem]],")
    w.p("U heeft zich gemeld bij de <<O:Uitvoeringsorganisatie Herstel Toeslagen>> (UHT) omdat u denkt dat u "
        "gedupeerd bent door de problemen met de kinderopvangtoeslag. Uw persoonlijk zaakbehandelaar, "
        "[[P:Wendelien Brasser]], heeft uw dossier over de jaren 2009 tot en met 2016 opnieuw beoordeeld. In "
        "deze brief leest u de uitkomst.")
    w.h("Wat is de uitkomst?", 2)
    w.p("Wij hebben vastgesteld dat u in 2011 en 2012 ten onrechte als opzet/grove schuld (O/GS) bent "
        "aangemerkt. U heeft recht op de compensatie volgens de <<W:Wet hersteloperatie toeslagen>>. U krijgt:")
    w.table([["Onderdeel", "Bedrag"],
             ["Forfaitaire compensatie (<<G:Catshuisregeling>>)", "<<Z:€ 30.000,00>>"],
             ["Compensatie terugvorderingen 2011-2012", "<<Z:€ 14.612,50>>"],
             ["Immateriële schadevergoeding", "<<Z:€ 2.500,00>>"],
             ["Reeds betaald in 2021", "-€ 30.000,00"]])
    w.p(f"Wij maken het bedrag binnen zes weken over op rekeningnummer [[I:{IBAN_KARTO}]] ten name van "
        "[[P:S.N. Kartodikromo|Sarinah Kartodikromo-Liem]]. Klopt dit rekeningnummer niet meer? Neem dan contact op met uw "
        "zaakbehandelaar.")
    w.h("Uw kinderen", 2)
    w.p("Uw kinderen [[P:Rafael|Rafael Kartodikromo]] (geboren [[D:19-06-2008]]) en [[P:Noor|Noor Kartodikromo]] "
        "(geboren [[D:03-11-2010]]) komen mogelijk in aanmerking voor de <<G:Kindregeling>>. Zij ontvangen "
        "daarover een eigen brief.")
    w.h("Bent u het niet eens met deze beslissing?", 2)
    w.p("Dan kunt u binnen zes weken bezwaar maken. U kunt ook advies vragen aan de <<O:Commissie Werkelijke "
        "Schade>> als u denkt dat uw schade hoger is. Hulp nodig? Bel de hulplijn <<Y:0800-2275>> of stuur een "
        "e-mail naar [[E:w.brasser@toeslagen.nl]]; uw zaakbehandelaar is op dinsdag en donderdag direct bereikbaar "
        "op [[T:088 151 42 69]].")
    w.p("")
    w.p("Met vriendelijke groet,")
    w.p("namens de <<H:staatssecretaris van Financiën - Herstel en Toeslagen>>,")
    w.p("")
    w.p("[[P:W. Brasser|Wendelien Brasser]]")
    w.p("<<J:persoonlijk zaakbehandelaar>>")
    w.core(author="Brasser, Wendelien", title="Uitkomst IB")
    d.r("P", "Brasser, Wendelien", "Wendelien Brasser", chan="metadata")
    w.build()
    return d


def tx04():
    d = Doc("tx04", "reportlab Liberation Serif (TTF subset)")
    r = RL(d, "LiberationSerif", 10.5)
    r.h("Verslag MT-overleg Douane regio Rotterdam Rijnmond")
    r.lines("""
Datum: <<X:25 maart 2025>>, 09.30-11.45 uur
Locatie: <<L:Laan op Zuid>> 45, <<L:Rotterdam>>, zaal <<L:Maasvlakte>>
Kenmerk: <<R:DOU-RR/MT/2025-06>>
""")
    r.h2("Aanwezig")
    r.p("[[P:Bosveld, H.|Hendrik Bosveld]] (voorzitter, <<J:regiodirecteur>>); [[P:Achterberg, C.|Carla Achterberg]] "
        "(<<J:manager Handhaving>>); [[P:I.J. (Ingrid) Meulenbelt|Ingrid Meulenbelt]] (<<J:manager Containercontrole>>); "
        "[[P:Oudshoorn, K.|Koen Oudshoorn]] (<<O:FIOD>>); [[P:R.M. (Rachid) Benali|Rachid Benali]] (<<J:adviseur Strategie>>); "
        "[[P:Groeneveld-Tas, E.|Esther Groeneveld-Tas]] (notulist).")
    r.h2("Afwezig met bericht")
    r.p("[[P:Van Wijngaarden, P.|Pieter van Wijngaarden]]; [[P:A.C. (Anouk) Dekkers|Anouk Dekkers]] (<<O:Havenbedrijf Rotterdam>>).")
    r.h2("1. Opening en mededelingen")
    r.p("De voorzitter opent de vergadering. <<H:DG Douane Van Schelven|Van Schelven>> bezoekt de regio op "
        "<<X:14 april 2025>>; het programma volgt. [[P:Meulenbelt]] meldt dat de scanner op de "
        "<<L:Maasvlakte>> na onderhoud weer volledig in gebruik is.")
    r.h2("2. Inbeslagnames cocaïne eerste kwartaal")
    r.p("[[P:Achterberg]] presenteert de cijfers: in het eerste kwartaal is <<Z:8.210 kg>> cocaïne onderschept, "
        "tegen 6.950 kg vorig jaar. Het aantal uithalers dat op het terrein werd aangehouden is gestegen. "
        "[[P:Oudshoorn]] vraagt de casus van <<X:11 maart>> (zaak <<R:DOU-PV-2025-00219>>) niet in de "
        "kwartaalrapportage op te nemen zolang het opsporingsonderzoek loopt.")
    r.h2("3. Kamervragen")
    r.p("Het <<H:Kamerlid Stultiens|Stultiens>> (<<O:GroenLinks-PvdA>>) heeft vragen gesteld over de "
        "personele bezetting in de haven. [[P:Benali]] levert vóór <<X:2 april 2025>> een feitenoverzicht aan de "
        "directie; de antwoorden gaan namens <<H:staatssecretaris Van Oostenbruggen|Van Oostenbruggen>>. [[P:Rachid]] "
        "stemt af met [[P:Bosveld]] over de formulering van de passage over integriteit.")
    r.h2("4. Personeel")
    r.p("Een medewerker van team Containercontrole is sinds februari afwezig wegens [[S:burn-out]]; "
        "[[P:Meulenbelt]] regelt vervanging. Het verzoek van [[P:Groeneveld-Tas]] om ouderschapsverlof is "
        "toegekend.")
    r.h2("Actiepunten")
    r.table([["Nr", "Actie", "Wie", "Wanneer"],
             ["25-06-1", "Feitenoverzicht Kamervragen", "[[P:R. Benali|Rachid Benali]]", "<<X:2 april 2025>>"],
             ["25-06-2", "Programma bezoek DG", "[[P:Bosveld]]", "<<X:4 april 2025>>"],
             ["25-06-3", "Vervanging containercontrole", "[[P:I. Meulenbelt|Ingrid Meulenbelt]]", "direct"],
             ["25-06-4", "Afstemming <<O:Openbaar Ministerie>>", "[[P:K. Oudshoorn|Koen Oudshoorn]]", "<<X:8 april 2025>>"]],
            widths=[50, 200, 130, 90])
    r.build(info={"title": "Verslag MT Douane RR"})
    set_meta(d_path("tx04"), author="Groeneveld-Tas, E.")
    d.r("P", "Groeneveld-Tas", "Esther Groeneveld-Tas", chan="metadata")
    return d


def d_path(stem):
    from make_set import DOCS_DIR
    return DOCS_DIR / f"{stem}.pdf"


BSN_VERD = make_bsn("41592207")


def tx05():
    d = Doc("tx05", "reportlab Courier")
    r = RL(d, "Courier", 9.5, header="DOUANE - PROCES-VERBAAL", footer="Proces-verbaalnummer DOU-PV-2025-00219 - blad {page}")
    r.h("PROCES-VERBAAL VAN INBESLAGNEMING")
    r.lines("""
Proces-verbaalnummer : <<R:DOU-PV-2025-00219>>
Onderzoeksnaam       : <<R:ZWARTSTAART>>
Plaats               : <<L:Maasvlakte>>, <<L:Rotterdam>>
""")
    r.p("Ik, verbalisant, [[P:Dirk-Jan Hoekstra]], <<J:douanemedewerker>> en buitengewoon opsporingsambtenaar, "
        "ambtenaarnummer [[N:DOU-84417]], verbonden aan de <<O:Douane>> regio <<L:Rotterdam Rijnmond>>, team "
        "<<O:Hit and Run Cargo>>, verklaar het volgende.")
    r.p("Op dinsdag <<X:11 maart 2025>> omstreeks 03.15 uur bevond ik mij, samen met mijn collega [[P:Sevda Yilmaz]], "
        "ambtenaarnummer [[N:DOU-90236]], op het terrein van <<O:APM Terminals Maasvlakte II>>. Wij zagen een "
        "persoon die zich tussen de containerstapels ophield. Bij controle bleek het te gaan om:")
    r.lines(f"""
Achternaam     : [[P:Rozendaal|Melvin Rozendaal]]
Voornamen      : [[P:Melvin Johannes|Melvin Rozendaal]]
Geboren        : [[D:22-08-1999]] te Schiedam
Adres          : [[A:Nieuwe Haven 88c]], Vlaardingen
BSN            : [[B:{BSN_VERD}]]
Kenteken auto  : [[K:N-482-GX]]
""")
    r.p("De verdachte had een koevoet, een portofoon en een zak met gereedschap bij zich. In container "
        "<<R:MSKU 771041-3>>, afkomstig uit <<L:Guayaquil>>, troffen wij vijf sporttassen met in totaal "
        "<<Z:163 pakketten>> aan. Een indicatieve test wees op cocaïne.")
    r.p("Uit het <<O:Justitieel Documentatieregister>> blijkt dat [[P:Rozendaal]] eerder is [[C:veroordeeld voor "
        "een poging tot uithalen in 2022]]. Hij werd aangehouden ter zake van overtreding van de <<W:Opiumwet>> "
        "en overgebracht naar het politiebureau.")
    r.pagebreak()
    r.h2("Inbeslaggenomen goederen")
    r.table([["Nr", "Omschrijving", "Aantal", "Bewaarplaats"],
             ["1", "Sporttas met pakketten, vermoedelijk cocaïne", "5", "<<O:Douane Laboratorium>>"],
             ["2", "Koevoet", "1", "Goederenkamer <<L:Maasvlakte>>"],
             ["3", "Portofoon Motorola", "1", "Goederenkamer <<L:Maasvlakte>>"],
             [f"4", "Mobiele telefoon met nummer [[T:+31 6 1702 8836]]", "1", "<<O:FIOD>> digitale recherche"]],
            widths=[30, 240, 50, 150])
    r.p("De goederen zijn in beslag genomen op grond van artikel 94 van het <<W:Wetboek van Strafvordering>>. "
        "De hulpofficier van justitie, inspecteur [[P:M.P. Raaijmakers|Raaijmakers]], heeft de inbeslagneming bevestigd.")
    r.p("Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te <<L:Rotterdam>> op "
        "<<X:11 maart 2025>>.")
    r.lines("""
De verbalisant,
""")
    sig = signature_png("DJHoekstra", seed=5, w=420, h=110)
    buf = io.BytesIO()
    sig.save(buf, "PNG")
    buf.seek(0)
    r.image(buf, 150, 39)  # handwritten signature (image, not probed: too small for the evaluator's OCR)
    r.lines("""
[[P:D.J. Hoekstra|Dirk-Jan Hoekstra]] ([[N:DOU-84417]])
""")
    r.build()
    return d


def tx06():
    d = Doc("tx06", "reportlab DejaVu Sans (TTF subset)")
    r = RL(d, "DejaVuSans", 9.5)
    r.h("Mutual assistance request - container MSKU 771041-3")
    r.lines("""
<b>From:</b> [[P:Oudshoorn, Koen|Koen Oudshoorn]] <[[E:k.oudshoorn@fiod.nl]]>
<b>Sent:</b> Thursday, <<X:13 March 2025>> 11:04
<b>To:</b> [[P:Vandenbroucke, Lieselot|Lieselot Vandenbroucke]] <[[E:lieselot.vandenbroucke@minfin.fed.be]]>
<b>Cc:</b> [[P:Thomas Kräuter]] <[[E:thomas.kraeuter@zoll.bund.de]]>; <<M:naples2@douane.nl>>
<b>Subject:</b> RE: Naples II request <<R:NL-2025-0387>> - Antwerp transhipment
""")
    r.p("Dear [[P:Lieselot]],")
    r.p("Thank you for your quick reply. As discussed by phone, the container was loaded in <<L:Guayaquil>> and "
        "transhipped in <<L:Antwerp>> before arriving in <<L:Rotterdam>>. Under the <<W:Naples II Convention>> we "
        "would like to receive the manifest data and the names of the haulier's drivers. The person arrested at "
        "the terminal, Mr [[P:Rozendaal|Melvin Rozendaal]], may have contacts in Belgium.")
    r.p("[[P:Thomas]]: our German colleagues at the <<O:Zollfahndungsamt Essen>> asked whether the same "
        "consignee appears in your files. Could you check? You can reach me on my mobile [[T:+31 6 4437 1290]].")
    r.p("Kind regards,<br/>[[P:Koen Oudshoorn]]<br/><<J:Senior investigator>>, <<O:FIOD>> Rotterdam")
    r.space(8)
    r.lines("""
<b>From:</b> [[P:Lieselot Vandenbroucke]]
<b>Sent:</b> Wednesday, <<X:12 March 2025>> 17:22
<b>To:</b> [[P:Koen Oudshoorn]]
<b>Subject:</b> Naples II request NL-2025-0387
""")
    r.p("Dear [[P:Koen]],")
    r.p("The <<O:Algemene Administratie van de Douane en Accijnzen>> confirms that the container was handled at "
        "the <<L:Deurganckdok>>. My colleague [[P:Jens Maertens]] (<<J:risk analyst>>, [[T:+32 2 579 41 86]]) will "
        "send you the data by Friday. Our minister, <<H:Minister Jambon|Jambon>>, has asked for a joint update on "
        "port security before the <<O:Benelux>> summit, so please keep us informed.")
    r.p("For the UK side, please contact [[P:Olivia Pennington-Shaw]] of <<O:HM Revenue & Customs>>, "
        "[[E:olivia.pennington-shaw@hmrc.gov.uk]], tel. [[T:+44 20 7147 3385]]; she coordinates the "
        "<<G:Joint Maritime Task Force>>.")
    r.p("Best regards,<br/>[[P:Lieselot Vandenbroucke]]<br/><<J:Attachée>> - <<O:AAD&A>>, Brussels<br/>"
        "Mobile [[T:+32 478 12 90 54]]")
    r.space(8)
    r.lines("""
<b>From:</b> [[P:Thomas Kräuter]]
<b>Sent:</b> Wednesday, <<X:12 March 2025>> 09:15
<b>Subject:</b> Empfänger / consignee
""")
    r.p("Hi all, the consignee (<<O:Trans-Nord Logistik GmbH>>) is known to us. Director is [[P:Gerd Uhlenbrock]], "
        "born [[D:5 May 1971]]. Please call me: [[T:+49 201 8474 2217]] or mobile [[T:+49 171 553 0981]]. - [[P:Thomas]]")
    r.build(info={"title": "Naples II request NL-2025-0387"})
    return d


BSN_FORM = make_bsn("52038819")
IBAN_FORM = make_iban("SNSB", "9012771364")


def tx07():
    """A form with AcroForm fields; the values are only in the widgets (form-field channel)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from make_set import DOCS_DIR
    d = Doc("tx07", "reportlab canvas + AcroForm fields")
    out = DOCS_DIR / "tx07.pdf"
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle("Verzoek betalingsregeling")
    W, H = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(60, H - 70, d.m("<<O:Belastingdienst>> - Verzoek om een betalingsregeling"))
    c.setFont("Helvetica", 9.5)
    y = H - 95
    for ln in ["Gebruik dit formulier als u een aanslag inkomstenbelasting of een terugvordering niet in een keer",
               d.m("kunt betalen. Stuur het formulier naar <<O:Belastingdienst/Centrale administratie>>, Postbus 9048,"),
               d.m("7300 GK <<L:Apeldoorn>>. Vragen? Bel de <<Y:BelastingTelefoon>>: <<Y:0800-0543>>."),
               d.m("Formuliercode: <<R:IB 263 - 1Z*4FOL>>")]:
        c.drawString(60, y, ln)
        y -= 13
    fields = [
        ("naam", "Naam en voorletters", "Kuipers-Ferreira, A.M.", "P", "Kuipers-Ferreira", "Adriana Kuipers-Ferreira"),
        ("bsn", "Burgerservicenummer", BSN_FORM, "B", BSN_FORM, None),
        ("geb", "Geboortedatum", "30-01-1986", "D", "30-01-1986", None),
        ("adres", "Straat en huisnummer", "Lindelaan 7", "A", "Lindelaan 7", None),
        ("pc", "Postcode en plaats", "7421 KS Deventer", "A", "7421 KS", None),
        ("tel", "Telefoonnummer overdag", "06-55129873", "T", "06-55129873", None),
        ("mail", "E-mailadres", "a.kuipers.ferreira@ziggo.nl", "E", "a.kuipers.ferreira@ziggo.nl", None),
        ("iban", "IBAN voor automatische incasso", IBAN_FORM, "I", IBAN_FORM, None),
        ("aanslag", "Aanslagnummer", "5209.71.884.H.46.01", None, None, None),
        ("bedrag", "Openstaand bedrag", "EUR 6.482", None, None, None),
    ]
    y -= 14
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, y, "1  Uw gegevens")
    y -= 22
    form = c.acroForm
    for key, label, value, kind, probe, value_name in fields:
        c.setFont("Helvetica", 9.5)
        c.drawString(60, y + 5, label)
        form.textfield(name=key, tooltip=label, x=230, y=y, width=300, height=18, value=value,
                       fontName="Helvetica", fontSize=9, borderWidth=0.6, forceBorder=True)
        if kind:
            d.r(kind, probe, value_name, chan="annotations")
        y -= 27
    y -= 6
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, y, "2  Uw voorstel")
    y -= 18
    c.setFont("Helvetica", 9.5)
    for ln in [d.m("Een betalingsregeling duurt maximaal 12 maanden (<<W:Leidraad Invordering 2008>>, artikel 25)."),
               "Hebt u meer tijd nodig, dan moet u uw inkomsten en uitgaven aantonen."]:
        c.drawString(60, y, ln)
        y -= 13
    y -= 6
    c.drawString(60, y + 5, "Voorgesteld bedrag per maand")
    form.textfield(name="termijn", tooltip="Bedrag per maand", x=230, y=y, width=120, height=18,
                   value="EUR 540", fontName="Helvetica", fontSize=9, borderWidth=0.6, forceBorder=True)
    y -= 27
    c.drawString(60, y + 5, "Reden")
    form.textfield(name="reden", tooltip="Reden", x=230, y=y - 20, width=300, height=38,
                   value="Inkomensval na ontslag; herstel na borstkanker", fontName="Helvetica", fontSize=9,
                   borderWidth=0.6, forceBorder=True, fieldFlags="multiline")
    d.r("S", "borstkanker", "health data in form field", chan="annotations")
    y -= 60
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, y, "3  Ondertekening")
    y -= 18
    c.setFont("Helvetica", 9.5)
    c.drawString(60, y, "Datum")
    form.textfield(name="datum", tooltip="Datum", x=230, y=y - 5, width=120, height=18, value="14-04-2025",
                   fontName="Helvetica", fontSize=9, borderWidth=0.6, forceBorder=True)
    y -= 30
    c.setFont("Helvetica", 8)
    c.drawString(60, 50, d.m("<<R:IB 263 - 1Z*4FOL>> - <<O:Belastingdienst>> - in te vullen met Adobe Reader of op papier"))
    c.showPage()
    c.save()
    return d


def tx08():
    """Scanned letter (image only) with a handwritten signature: a bezwaarschrift to the Belastingdienst."""
    d = Doc("tx08", "scan (PIL render, JPEG q55, 0.6 degree), reportlab wrapper")
    bsn = make_bsn("60713325")
    blocks = [
        ("[[P:G.H. Tjalsma|Gerrit Tjalsma]]", 12, "regular", 0),
        ("[[A:Oosterstraat 31]]", 12, "regular", 0),
        ("[[A:8861 BK]] Harlingen", 12, "regular", 0),
        ("", 12, "regular", 0),
        ("Belastingdienst", 12, "regular", 0),
        ("t.a.v. afdeling Bezwaar", 12, "regular", 0),
        ("Postbus 50964", 12, "regular", 0),
        ("9700 GA Groningen", 12, "regular", 0),
        ("", 12, "regular", 0),
        ("Harlingen, 2 mei 2025", 12, "regular", 0),
        ("", 12, "regular", 0),
        (f"Betreft: bezwaar aanslag IB 2023, BSN [[B:{bsn}]]", 12, "bold", 0),
        ("", 12, "regular", 0),
        ("Geachte heer, mevrouw,", 12, "regular", 0),
        ("", 12, "regular", 0),
        ("Hierbij maak ik bezwaar tegen de aanslag inkomstenbelasting 2023. U heeft de", 12, "regular", 0),
        ("aftrek van specifieke zorgkosten geweigerd. Mijn echtgenote [[P:Hiltje Tjalsma-Boersma|Hiltje Tjalsma-Boersma]]", 12, "regular", 0),
        ("lijdt aan [[S:multiple sclerose]] en wij hebben in 2023 een traplift en vervoer naar", 12, "regular", 0),
        ("het ziekenhuis betaald. De rekeningen stuur ik mee.", 12, "regular", 0),
        ("", 12, "regular", 0),
        ("Ik verzoek u ook om uitstel van betaling. U kunt mij bellen op [[T:0517-412 886]].", 12, "regular", 0),
        ("", 12, "regular", 0),
        ("Met vriendelijke groet,", 12, "regular", 0),
        ("", 12, "regular", 0),
        ("", 12, "regular", 0),
        ("", 12, "regular", 0),
        ("[[P:G.H. Tjalsma|Gerrit Tjalsma]]", 12, "regular", 0),
    ]
    im = scan_page(d, blocks, seed=8, rotate=0.6, quality=55)
    d.r("P", "Tjalsma", "Gerrit Tjalsma", chan="ocr")
    sig = signature_png("GTjalsma", seed=8)
    im = im.convert("RGB")
    im.paste(sig.convert("RGB"), (int(22 / 25.4 * 200), int(150 / 25.4 * 200)), sig)
    images_to_pdf(d, [im.convert("L")], how="reportlab")
    return d


def tx09():
    d = Doc("tx09", "reportlab Helvetica landscape table")
    r = RL(d, "Helvetica", 8.5, landscape_=True, margins=(36, 36, 40, 40),
           footer="UHT - uitbetalingslijst week 14 - blad {page}")
    r.h("Uitbetalingslijst compensatie hersteloperatie - week 14 (<<X:31 maart 2025>> t/m <<X:4 april 2025>>)")
    r.p("Overzicht van uit te betalen bedragen na Integrale Beoordeling. Alleen voor intern gebruik "
        "<<O:Uitvoeringsorganisatie Herstel Toeslagen>> en <<O:Financiële Administratie Toeslagen>>. Controle door "
        "tweede paar ogen verplicht boven <<Z:€ 50.000>>.")
    rows = [["Klantnr", "Naam ouder", "Woonplaats", "Regeling", "Bedrag", "IBAN", "Behandelaar"]]
    data = [
        ("TS-4419027", "Kartodikromo-Liem, S.N.", "Sarinah Kartodikromo-Liem", "Amsterdam", "Catshuis + IB", "16.612,50", make_iban("ABNA", "512984467"), "WB"),
        ("TS-4420981", "Bakkali, Y.", "Youssef Bakkali", "Utrecht", "Catshuis", "30.000,00", make_iban("INGB", "7830116"), "JvR"),
        ("TS-4402215", "Hoogendijk, M.C.", "Maaike Hoogendijk", "Gouda", "CWS", "61.240,00", make_iban("RABO", "1522840963"), "WB"),
        ("TS-4408873", "Van Dijke, R.", "Ronald van Dijke", "Zwolle", "Kindregeling", "10.000,00", make_iban("ASNB", "7719320485"), "JvR"),
        ("TS-4415539", "Çelik, F.", "Fatma Çelik", "Enschede", "Catshuis", "30.000,00", make_iban("INGB", "4102937"), "DvdL"),
        ("TS-4437114", "Mahabier, R.", "Rakesh Mahabier", "Den Haag", "CWS", "77.500,00", make_iban("ABNA", "448120738"), "JvR"),
        ("TS-4409345", "Stulting, E.", "Erik Stulting", "Emmen", "Catshuis", "30.000,00", make_iban("SNSB", "8820145573"), "DvdL"),
        ("TS-4412908", "Grinwijs, L.", "Linda Grinwijs", "Rotterdam", "Kindregeling", "10.000,00", make_iban("BUNQ", "2055310984"), "WB"),
    ]
    places = set()
    for kl, nm, full, pl, reg, amt, iban, beh in data:
        sur = nm.split(",")[0]
        first_place = pl not in places
        places.add(pl)
        rows.append([f"[[N:{kl}]]", f"[[P:{nm}|{full}]]", pl, reg,
                     f"<<Z:{amt}>>", f"[[I:{iban}]]", f"[[P:{beh}|behandelaar {beh}]]"])
        d.m(f"[[P:{sur}|{full}]]")
    r.table(rows, widths=[62, 140, 75, 85, 65, 150, 70])
    r.p("Totaal week 14: <<Z:€ 265.352,50>> (8 ouders). Geaccordeerd door <<J:afdelingshoofd Uitbetalingen>> "
        "[[P:J. van Rijckevorsel|Jorien van Rijckevorsel]] op <<X:28 maart 2025>>. Vragen: <<M:uitbetalingen.uht@toeslagen.nl>>.")
    r.p("Opmerking: bij [[P:Mahabier]] loopt een beslag van de <<O:Gemeentelijke Kredietbank Den Haag>>; "
        "uitbetaling via de <<G:Wet kwijtschelding publieke schulden>>-route. [[P:Bakkali]] heeft een nieuw "
        "rekeningnummer doorgegeven, gecontroleerd door [[P:DvdL|Daan van der Linde]].")
    r.build(info={"title": "Uitbetalingslijst wk14"})
    # the surnames are registered through the rows; check they are present
    return d


def tx10():
    d = Doc("tx10", "reportlab Times-Roman")
    r = RL(d, "Times-Roman", 11)
    r.h("Concept-antwoorden Kamervragen (met ambtelijke toelichting)")
    r.lines("""
Vragen van het lid <<H:Inge van Dijk|Inge van Dijk>> (<<O:CDA>>) aan de <<H:staatssecretaris van Financiën>> over de
uitvoering van de hersteloperatie (ingezonden <<X:21 januari 2025>>, <<R:2025Z01022>>)
Versie 0.3 - <<X:6 februari 2025>> - behandeld door [[P:Pieternel Roodbeen]] ([[T:06 2741 8830]])
""")
    r.h2("Vraag 1")
    r.p("Hoeveel ouders wachten nog op een Integrale Beoordeling?")
    r.h2("Antwoord 1")
    r.p("Op <<X:1 januari 2025>> wachtten ongeveer <<Z:22.000>> ouders op een Integrale Beoordeling. De "
        "<<H:staatssecretaris Palmen|Palmen>> heeft in de <<G:Voortgangsrapportage>> aangegeven dat de "
        "<<O:UHT>> in 2025 ten minste 10.000 beoordelingen wil afronden.")
    r.p("<i>Toelichting (niet voor publicatie): cijfers afkomstig van [[P:Gijs Palm]], <<J:teamleider "
        "Informatievoorziening>>. [[P:Gijs]] waarschuwt dat de prognose gevoelig is voor de instroom bij de "
        "<<O:Commissie Werkelijke Schade>>.</i>")
    r.h2("Vraag 2")
    r.p("Klopt het dat ouders in <<L:Zoetermeer>> maandenlang geen contact hadden met hun zaakbehandelaar?")
    r.h2("Antwoord 2")
    r.p("Ik herken het beeld dat sommige ouders lang wachten. In één casus die in de media is verschenen, is de "
        "zaakbehandelaar langdurig ziek geweest en is de overdracht niet goed verlopen. Daar bied ik mijn "
        "excuses voor aan.")
    r.p("<i>Toelichting: het betreft ouder mevrouw [[P:Amrani|Khadija Amrani]] (klantnummer [[N:TS-4399310]]); de "
        "zaakbehandelaar was [[P:Ruben Hakvoort]], afwezig wegens [[S:een hernia-operatie]]. Mevrouw [[P:Amrani]] "
        "heeft zelf contact gezocht met <<H:Kamerlid Dijk|Dijk>> (<<O:SP>>).</i>")
    r.h2("Vraag 3")
    r.p("Bent u bereid deze vragen te beantwoorden vóór het commissiedebat Herstel Toeslagen?")
    r.h2("Antwoord 3")
    r.p("Ja. Ook de vragen van de leden <<H:Grinwis|Grinwis>> (<<O:ChristenUnie>>) en <<H:Vermeer|Vermeer>> "
        "(<<O:BBB>>) over de <<G:Kindregeling>> worden vóór het debat beantwoord.")
    r.space(8)
    r.p("<i>Afstemming: [[P:P. Roodbeen|Pieternel Roodbeen]] (<<O:DGTO>>), [[P:M. Eshuis|Mirjam Eshuis]] (<<O:Directie "
        "Juridische Zaken>>, [[E:m.eshuis@minfin.nl]]); bureau staatssecretaris akkoord via [[P:Laura ten Hoeve]].</i>")
    r.build(info={"title": "Concept-antwoorden Kamervragen Van Dijk"})
    add_notes(d_path("tx10"), [(0, "Roodbeen, P.", "Graag nog checken met Gijs of 22.000 klopt", (520, 700))])
    d.r("P", "Roodbeen", "Pieternel Roodbeen", chan="annotations")
    return d


BSN_UWV = bad_bsn("71849902")


def tx11():
    d = Doc("tx11", "reportlab Liberation Sans (TTF subset)")
    r = RL(d, "LiberationSans", 10, header="UWV | Handhaving | Intern", footer="UWV - Team Fraudeonderzoek Noord - {page}")
    r.h("Onderzoeksrapport vermoedelijke samenloop WW en inkomsten")
    r.table([["Veld", "Inhoud"],
             ["Zaaknummer", "<<R:HH-N-2025-11842>>"],
             ["Betrokkene", "[[P:Bouchra el Ouazzani|Bouchra el Ouazzani]]"],
             ["Geboortedatum", "[[D:17-12-1969]]"],
             ["BSN", f"[[B:{BSN_UWV}]] (controleren: voldoet niet aan elfproef)"],
             ["Adres", "[[A:Paterswoldseweg 301]], [[A:9727 BM]] Groningen"],
             ["Uitkering", "WW vanaf <<X:1 september 2024>>"],
             ["Onderzoeker", "[[P:Harm Jan Tuinstra]], <<J:sociaal rechercheur>>"]], widths=[110, 340])
    r.h2("Aanleiding")
    r.p("Uit de polisadministratie blijkt dat betrokkene sinds november 2024 loon ontvangt van <<O:Schoonmaakbedrijf "
        "De Poetsgilde B.V.>> terwijl zij over die periode geen inkomsten heeft opgegeven op het "
        "<<P:Werkmap>>-formulier. Het signaal is op <<X:20 januari 2025>> doorgezet door de <<O:SVB>> in het "
        "kader van de <<G:Landelijke Stuurgroep Interventieteams>>.")
    r.h2("Verhoor")
    r.p("Op <<X:12 februari 2025>> is mevrouw [[P:El Ouazzani]] op het kantoor in Groningen gehoord, bijgestaan "
        "door haar dochter [[P:Samira el Ouazzani]]. Zij verklaarde dat zij de werkzaamheden pas na haar "
        "herstel van [[S:een depressie]] heeft opgepakt en dacht dat dit pas na een proeftijd gemeld moest "
        "worden. Haar huisarts, dokter [[P:Wubbolts]], kan dat bevestigen.")
    r.h2("Conclusie")
    r.p("Er is sprake van een schending van de inlichtingenplicht (<<W:Werkloosheidswet>>, artikel 25). Het "
        "benadelingsbedrag is <<Z:€ 4.918,33>>. Gezien de omstandigheden adviseer ik een waarschuwing in plaats van "
        "een boete en een terugvordering met een betalingsregeling.")
    r.lines("""
[[P:H.J. Tuinstra|Harm Jan Tuinstra]] - [[T:050 522 4417]] - [[E:harmjan.tuinstra@uwv.nl]]
Medewerker [[N:UWV-p 0083317]]
Gezien: <<J:teamleider Handhaving Noord>> [[P:E. Bijlsma|Evelien Bijlsma]]
""")
    r.build(info={"title": "Onderzoeksrapport HH-N-2025-11842", "author": "UWV"})
    add_outline(d_path("tx11"), [("Onderzoek El Ouazzani (Tuinstra)", 0), ("Conclusie", 0)])
    d.r("P", "Onderzoek El Ouazzani (Tuinstra)", "outline title with names", chan="outline")
    return d
