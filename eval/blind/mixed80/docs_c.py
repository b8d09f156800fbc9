"""Documents cl17-cl32 of set CL."""
from __future__ import annotations

from docs_a import D, MOT, MOT2, IGJ_FOOT, doc
import docs_b  # noqa: F401

# ---------------------------------------------------------------- cl17 NZa/IGJ memo
doc("cl17", "rl", [
    ("t", "Memo signaaloverleg NZa - IGJ"),
    ("p", "Datum: 6 maart 2025\nKenmerk NZa: NZa-2025-1187\nVan: Sophie Derksen (NZa, toezichthouder "
          "zorgmarkten)\nAan: Anouk Lindhout (IGJ, teamleider Team Ziekenhuizen)"),
    ("p", "De Nederlandse Zorgautoriteit (NZa) en de Inspectie Gezondheidszorg en Jeugd (IGJ) bespraken "
          "op 5 maart 2025 de continuïteit van zorg in Zuid-Limburg. Aanleiding is het personeelstekort "
          "op de afdeling Interne Geneeskunde van Zuyderland in Heerlen en de tijdelijke sluiting van "
          "bedden op de Geriatrie in Sittard-Geleen."),
    ("p", "Afspraken: de NZa vraagt Zuyderland om een continuïteitsplan; de IGJ betrekt de uitkomst van "
          "het calamiteitenonderzoek IGJ-2025-004817. Beide toezichthouders informeren het ministerie van "
          "VWS niet over individuele casussen."),
    ("p", "Vervolg: volgende signaaloverleg 2 april 2025 in Utrecht. Contact NZa: s.derksen@nza.nl, "
          "06-11830294. Contact IGJ: a.lindhout@igj.nl."),
], font="Helvetica", size=10.5, title="Memo signaaloverleg NZa IGJ", author="NZa")

# ---------------------------------------------------------------- cl18 Jeugdwet notification
doc("cl18", "rl", [
    ("t", "Melding geweldsincident Jeugdwet"),
    ("p", "Aan: Meldpunt IGJ (meldpunt@igj.nl)\nVan: Jeugdbescherming Rotterdam Rijnmond\nZaaknummer IGJ: "
          "IGJ-2025-008021\nDatum melding: 18 maart 2025"),
    ("p", "Gegevens jeugdige: Lotte Baksteen, geboren 09-02-2011, BSN 260855133. Lotte verblijft sinds "
          "november 2024 in een gesloten jeugdhulpinstelling in de regio Rotterdam. Bekend met ADHD en een "
          "depressieve stoornis; er is sprake van automutilatie."),
    ("p", "Op 15 maart 2025 is Lotte B. tijdens een separatie door twee groepsleiders vastgepakt; daarbij "
          "liep zij een schouderblessure op. De moeder, mevrouw Sandra Baksteen (06-50284416), is dezelfde "
          "avond geïnformeerd. Veilig Thuis is niet ingeschakeld omdat er geen sprake is van huiselijk "
          "geweld."),
    ("p", "De jeugdbeschermer, Mirjam Verhoef, heeft de melding gedaan op grond van de Jeugdwet. Zij is "
          "bereikbaar via m.verhoef@jbrr.nl of 06-24930571."),
    ("p", "Maatregelen: evaluatie van de separatie binnen het instellingsbeleid; gesprek met de jeugdige en "
          "de moeder; overleg met Team Jeugd van de inspectie. De Hervormingsagenda Jeugd wordt in het "
          "teamoverleg besproken."),
], font="Times", size=11, title="Melding Jeugdwet", author="Jeugdbescherming Rotterdam Rijnmond")

# ---------------------------------------------------------------- cl19 CIBG BIG check
doc("cl19", "rl", [
    ("p", "Van: BIG-register CIBG <i.dirksen@cibg.nl>\nAan: Kooistra, Jelmer <j.kooistra@igj.nl>\n"
          "Datum: 10 maart 2025\nOnderwerp: RE: verzoek controle registraties Wet BIG - IGJ-2025-004817"),
    ("p", "Beste heer Kooistra,"),
    ("p", "Op uw verzoek heb ik de registraties in het BIG-register gecontroleerd. Alle drie zijn actief en "
          "zonder aantekening:\n- 49061244001, internist, geregistreerd sinds 2011 (dr. F. Offermans)\n"
          "- 29058371601, arts, geregistreerd sinds 2021 (R. Kleuskens)\n"
          "- 19062783030, verpleegkundige, geregistreerd sinds 2017 (S. Wetzels)"),
    ("p", "Er lopen geen maatregelen van het Regionaal Tuchtcollege. Voor gegevens over herregistratie kunt "
          "u het CIBG-portaal raadplegen."),
    ("p", "Met vriendelijke groet,\nIris Dirksen\nmedewerker BIG-register\nCIBG, uitvoeringsorganisatie "
          "van het Ministerie van Volksgezondheid, Welzijn en Sport"),
], font="Carlito", size=11, title="Controle BIG-registraties", author="CIBG")

# ---------------------------------------------------------------- cl20 RIVM advice
doc("cl20", "rl", [
    ("t", "Advies uitbraak CPE - afdeling Interne Geneeskunde"),
    ("p", "RIVM - Centrum Infectieziektebestrijding, Landelijk Coördinatiecentrum Infectieziektebestrijding "
          "(LCI)\nKenmerk: RIVM-LCI-2025-044\nDatum: 28 januari 2025"),
    ("p", "Op verzoek van de GGD Zuid Limburg adviseert het LCI over de uitbraak van carbapenemase-"
          "producerende Enterobacterales (CPE) op de afdeling B3 Interne van Zuyderland Medisch Centrum in "
          "Heerlen. Er zijn vier dragers gevonden; twee van hen zijn overgeplaatst naar de Geriatrie."),
    ("p", "Advies: contactonderzoek op alle afdelingen waar de dragers verbleven, tijdelijk geen "
          "opnames op B3 Interne, screening van nieuwe opnames uit buitenlandse ziekenhuizen. De melding "
          "valt onder de Wet publieke gezondheid. De IGJ is geïnformeerd omdat de uitbraak samenviel met "
          "het calamiteitenonderzoek."),
    ("p", "Contact: Merel Ouwehand, arts-microbioloog LCI, merel.ouwehand@rivm.nl."),
], font="LiberationSerif", size=11, title="Advies uitbraak CPE", author="RIVM")

# ---------------------------------------------------------------- cl21 GGD outbreak report (docx)
doc("cl21", "docx", [
    ("t", "Situatierapport GGD Zuid Limburg"),
    ("p", "Onderwerp: uitbraak CPE Zuyderland Medisch Centrum, Heerlen\nDatum: 4 februari 2025\n"
          "Opgesteld door: Tom Coenen, arts infectieziektebestrijding, GGD Zuid Limburg"),
    ("p", "Stand van zaken: na het advies RIVM-LCI-2025-044 zijn 212 patiënten gescreend. Er zijn geen nieuwe "
          "dragers gevonden. De afdeling B3 Interne is per 3 februari 2025 weer open voor opnames."),
    ("p", "Bestuurlijk: burgemeester Wever van Heerlen is als voorzitter van de veiligheidsregio op de "
          "hoogte gebracht. De GGD heeft de Raad van Bestuur van Zuyderland geadviseerd over communicatie "
          "met patiënten."),
    ("p", "Melding aan IGJ: de uitbraak is doorgegeven aan het Meldpunt IGJ (zaak IGJ-2025-008410). "
          "Contact: t.coenen@ggdzl.nl, 06-20573318; bezoekadres GGD: Dr. Poelsplein 1, Heerlen."),
], author="GGD Zuid Limburg", title="Situatierapport CPE")

# ---------------------------------------------------------------- cl22 factsheet, name only in Author + XMP
doc("cl22", "rl", [
    ("t", "Factsheet: calamiteiten melden onder de Wkkgz"),
    ("p", "Wat is een calamiteit? Een niet-beoogde of onverwachte gebeurtenis die betrekking heeft op de "
          "kwaliteit van de zorg en die tot de dood of een ernstig schadelijk gevolg voor een cliënt heeft "
          "geleid (Wet kwaliteit, klachten en geschillen zorg)."),
    ("p", "Wie meldt? De zorgaanbieder, via de Raad van Bestuur of de bestuurder, bij het Meldpunt IGJ. "
          "De melding gebeurt onverwijld; het rapport volgt binnen acht weken."),
    ("p", "Wat doet de inspectie? Zij beoordeelt of het onderzoek zorgvuldig is en of de maatregelen "
          "passend zijn. Bij jeugdhulp geldt de Jeugdwet, bij onvrijwillige zorg de Wzd. Gaat het om "
          "het handelen van een individuele zorgverlener, dan kan de inspectie een procedure op grond van "
          "de Wet BIG starten bij het Regionaal Tuchtcollege."),
    ("p", "Meer informatie: meldpunt@igj.nl, 088 120 5000, of het Landelijk Meldpunt Zorg."),
], font="Helvetica", size=11, title="Factsheet calamiteiten Wkkgz", author="",
    hidden=dict(author="Yara Hoekstra (IGJ communicatie)", xmp=["Yara Hoekstra"]),
    hidden_gold=[("PERSON", "Yara Hoekstra", ["Yara Hoekstra", "Hoekstra"], "metadata")])

# ---------------------------------------------------------------- cl23 presentation handout with outline
doc("cl23", "rl", [
    ("t", "Jaarbeeld IGJ 2024: leren van calamiteiten"),
    ("h", "Kerncijfers"),
    ("p", "Ruim 2.900 meldingen van calamiteiten op grond van de Wkkgz; 410 meldingen op grond van de "
          "Jeugdwet; 260 meldingen onvrijwillige zorg (Wzd)."),
    ("h", "Thema's"),
    ("p", "Medicatieveiligheid (pompen, hoog-risicomedicatie zoals Clexane en Xarelto), overdracht tussen "
          "Spoedeisende Hulp en verpleegafdelingen, betrokkenheid van nabestaanden."),
    ("h", "Samenwerking"),
    ("p", "Met NZa, RIVM, CIBG, de GGD'en en Zorginstituut Nederland. Landelijk Meldpunt Zorg als ingang "
          "voor burgers."),
], font="Carlito", size=12, title="Jaarbeeld IGJ 2024", author="IGJ",
    hidden=dict(outline=[("Jaarbeeld 2024 - concept Daan Wijnands", 0), ("Kerncijfers", 0)]),
    hidden_gold=[("PERSON", "Daan Wijnands", ["Daan Wijnands", "Wijnands"], "outline")])

# ---------------------------------------------------------------- cl24 draft with sticky-note annotations
doc("cl24", "rl", [
    ("t", "Concept persbericht: inspectie rondt beoordeling calamiteit Zuyderland af"),
    ("p", "Utrecht, april 2025 - De Inspectie Gezondheidszorg en Jeugd (IGJ) heeft de beoordeling van het "
          "calamiteitenonderzoek van Zuyderland Medisch Centrum afgerond. Het ziekenhuis heeft de "
          "oorzaken van een doseringsfout met een infuuspomp zorgvuldig onderzocht en passende maatregelen "
          "genomen."),
    ("p", "De inspectie vraagt alle ziekenhuizen de bibliotheek van hun infuuspompen te controleren na "
          "iedere wijziging in het elektronisch patiëntendossier. Zij doet dat in een signaleringsbrief."),
    ("p", "Noot voor de redactie: voor vragen kunt u contact opnemen met de afdeling Communicatie van de "
          "IGJ via 088 120 5000."),
], font="Helvetica", size=11, title="Concept persbericht", author="IGJ",
    hidden=dict(annots=[(0, [420, 700, 440, 720], "Floor Vermeer", "Niet de naam van het ziekenhuis noemen? Gijs Hamers vindt van wel."),
                        (0, [420, 600, 440, 620], "Gijs Hamers", "Akkoord met tekst, maar check met Floor Vermeer.")]),
    hidden_gold=[("PERSON", "Floor Vermeer", ["Floor Vermeer", "Vermeer"], "annotations"),
                 ("PERSON", "Gijs Hamers", ["Gijs Hamers", "Hamers"], "annotations")])

# ---------------------------------------------------------------- cl25 form with field values
doc("cl25", "rl", [
    ("t", "Aanmeldformulier gesprek nabestaanden - IGJ"),
    ("p", "Met dit formulier meldt een inspecteur een gesprek met nabestaanden aan bij het Meldpunt IGJ. "
          "De ingevulde velden zijn alleen bedoeld voor intern gebruik."),
    ("p", "Zaaknummer: IGJ-2025-004817"),
    ("p", "Het gesprek vindt plaats in Heerlen of bij de nabestaande thuis. Verslaglegging volgens de AVG."),
], font="Helvetica", size=11, title="Aanmeldformulier gesprek", author="IGJ",
    fields=[("nabestaande", "Rob Geurts", 60, 200, 70, "Naam nabestaande:"),
            ("telefoon", "06-19283746", 60, 186, 50, "Telefoon:"),
            ("inspecteur", "Marloes Sprenkels", 60, 172, 70, "Inspecteur:")],
    hidden_gold=[("PERSON", "Rob Geurts", ["Rob Geurts", "Geurts"], "annotations"),
                 ("PHONE", "06-19283746", ["06-19283746"], "annotations"),
                 ("PERSON", "Marloes Sprenkels", ["Marloes Sprenkels", "Sprenkels"], "annotations")])

# ---------------------------------------------------------------- cl26 agenda + attendance list
doc("cl26", "rl", [
    ("t", "Agenda en presentielijst - regionaal overleg patiëntveiligheid Zuid-Limburg"),
    ("p", "Datum: 26 maart 2025, 14.00 uur\nLocatie: GGD Zuid Limburg, Dr. Poelsplein 1, Heerlen"),
    ("h", "Agenda"),
    ("p", "1. Opening (voorzitter GGD)\n2. Uitbraak CPE Zuyderland (RIVM-LCI-2025-044)\n3. Calamiteiten "
          "met infuuspompen: stand van zaken IGJ\n4. Wzd in de ouderenzorg: casus De Wingerd\n5. Rondvraag"),
    ("h", "Presentielijst"),
    ("tbl", [["Naam", "Organisatie", "Functie", "Paraaf"],
             ["Tom Coenen", "GGD Zuid Limburg", "arts infectieziektebestrijding", "TC"],
             ["Wietske Feddema", "IGJ", "senior inspecteur", "WFe"],
             ["Stefan Rutten", "Zuyderland", "medisch manager", "SRu"],
             ["Ellen Bemelmans", "De Wingerd", "Wzd-functionaris", "EBe"],
             ["Merel Ouwehand", "RIVM", "arts-microbioloog", "-"],
             ["Esther Hameleers", "cliëntenraad", "lid", "EH"]]),
    ("p", "Notulist: Loes Thissen (Zuyderland)."),
], font="DejaVuSans", size=10, title="Agenda overleg patiëntveiligheid", author="GGD Zuid Limburg")

# ---------------------------------------------------------------- cl27 press release (keep only)
doc("cl27", "rl", [
    ("t", "Persbericht: IGJ vraagt ziekenhuizen pompbibliotheken te controleren"),
    ("p", "Utrecht, 15 april 2025 - De Inspectie Gezondheidszorg en Jeugd (IGJ) vraagt alle ziekenhuizen "
          "in Nederland de bibliotheken van hun infuus- en spuitpompen te controleren. Aanleiding zijn "
          "calamiteiten in onder meer Zuyderland Medisch Centrum in Heerlen en het Maasstad Ziekenhuis in "
          "Rotterdam."),
    ("p", "Minister Agema van VWS heeft de Tweede Kamer op 4 april 2025 over het toezicht geïnformeerd "
          "(Kamerstuk 32 620). De inspectie werkt samen met de NZa en het RIVM en betrekt fabrikanten zoals "
          "BD (Alaris) en Medtronic."),
    ("p", "Zorgverleners kunnen incidenten intern melden bij de VIM-commissie of MIC-commissie van hun "
          "instelling. Ernstige gebeurtenissen zijn calamiteiten in de zin van de Wkkgz."),
    ("p", "Noot voor de redactie: Inspectie Gezondheidszorg en Jeugd, Stadsplateau 1, Utrecht; "
          "T 088 120 5000; postbus@igj.nl."),
], font="Helvetica", size=11, title="Persbericht pompbibliotheken", author="IGJ")

# ---------------------------------------------------------------- cl28 interview report nurse
doc("cl28", "rl", [
    ("t", "Verslag gesprek calamiteitencommissie"),
    ("p", "Zaak: VIM-2025-0312 / IGJ-2025-004817\nDatum: 29 januari 2025\nGesproken met: Sanne Wetzels, "
          "verpleegkundige afdeling B3 Interne\nNamens de commissie: Eveline Coumans en Marco Vranken "
          "(ziekenhuisapotheker)"),
    ("p", "Mevrouw Wetzels vertelt dat zij op 14 januari 2025 acht patiënten had. Zij heeft de Alaris-pomp "
          "ingesteld volgens wat zij in HiX las: 25.000 IE in 50 ml. Zij las de snelheid af van de "
          "toedienlijst. Haar collega Jorrit Habets heeft aan de balie meegekeken; aan het bed is niet "
          "gecontroleerd. Zij geeft aan dat dubbele controle aan de balie gebruikelijk was bij drukte."),
    ("p", "Over de patiënte zegt zij dat mevrouw Schoonbrood-Vliegen rond 21.00 uur hoofdpijn had. Zij "
          "heeft dat gemeld aan de arts-assistent, de heer Kleuskens, die paracetamol voorschreef."),
    ("p", "De commissie bedankt mevrouw Wetzels. Zij ontvangt het verslag ter correctie. Opvang is "
          "geregeld via het team collegiale ondersteuning."),
    ("p", "Vastgesteld: ECo, MVr, 31-01-2025"),
], font="LiberationSerif", size=11, title="Verslag gesprek", author="Zuyderland")

# ---------------------------------------------------------------- cl29 timeline (docx)
doc("cl29", "docx", [
    ("t", "Tijdlijn 14 januari 2025 - afdeling B3 Interne"),
    ("p", "Bijlage 2 bij calamiteitenrapport VIM-2025-0312. Afkortingen: RKl = arts-assistent, "
          "SWe en JHa = verpleegkundigen, FOf = internist."),
    ("tbl", [["Tijd", "Gebeurtenis", "Wie"],
             ["14.05", "Opname via Spoedeisende Hulp, atriumfibrilleren", "SEH"],
             ["16.40", "Voorschrift heparine in HiX", "RKl"],
             ["17.15", "Pomp ingesteld (Alaris GP)", "SWe"],
             ["17.20", "Dubbele controle aan de balie", "JHa"],
             ["21.00", "Hoofdpijn gemeld, paracetamol", "SWe / RKl"],
             ["22.10", "Verwardheid, pupilverschil", "avonddienst"],
             ["22.25", "Pomp gestopt na telefonisch overleg", "FOf"],
             ["23.05", "CT-scan: intracraniële bloeding", "Neurologie"],
             ["23.30", "Dochter aanwezig (Ingrid Schoonbrood)", "-"]]),
    ("p", "Opgesteld door P. Lemmens, teamleider, op basis van HiX-logging."),
], author="Patricia Lemmens", title="Tijdlijn VIM-2025-0312",
    hidden_gold=[])

# ---------------------------------------------------------------- cl30 e-mail follow-up complaint
doc("cl30", "rl", [
    ("p", "Van: Ingrid Schoonbrood <ingrid.schoonbrood@ziggo.nl>\nAan: meldpunt@igj.nl\nDatum: 2 april 2025\n"
          "Onderwerp: vraag over zaak IGJ-2025-005561"),
    ("p", "Geachte inspectie,"),
    ("p", "In januari heb ik een klacht ingediend over de zorg aan mijn moeder in Zuyderland. Ik heb van de "
          "klachtenfunctionaris, mevrouw Bouwens, een brief gekregen dat mijn klacht bij het "
          "calamiteitenonderzoek is betrokken. Ik heb het rapport nog niet gezien. Mag ik het rapport van "
          "de inspectie ontvangen? Ik ben bereikbaar op 06-28417753."),
    ("p", "Met vriendelijke groet,\nIngrid Schoonbrood\nDorpsstraat 112, 6461 CG Kerkrade"),
    ("p", "Van: Feddema, Wietske <w.feddema@igj.nl>\nAan: Ingrid Schoonbrood\nDatum: 4 april 2025\n"
          "Onderwerp: RE: vraag over zaak IGJ-2025-005561"),
    ("p", "Beste mevrouw Schoonbrood,"),
    ("p", "Dank voor uw bericht. Het ziekenhuis geeft u inzage in het rapport; de inspectie stuurt haar "
          "beoordeling naar de Raad van Bestuur. U kunt een Woo-verzoek indienen via woo@igj.nl. Ik bel u "
          "volgende week om de uitkomst toe te lichten."),
    ("p", "Met vriendelijke groet,\nWietske Feddema\nsenior inspecteur"),
], font="DejaVuSerif", size=10, title="vraag over zaak IGJ-2025-005561", author="IGJ")

# ---------------------------------------------------------------- cl31 Wzd register extract (table)
doc("cl31", "rl", [
    ("t", "Uittreksel register onvrijwillige zorg (Wzd) - De Wingerd"),
    ("p", "Periode: januari - februari 2025. Opgevraagd door de inspectie in zaak IGJ-2025-007455."),
    ("tbl", [["Cliëntnummer", "Bewoner", "Maatregel", "Start", "Besluit door", "Evaluatie"],
             ["CL-10377", "L. Pluijmen", "onrustband (niet geregistreerd)", "08-01-2025", "-", "geen"],
             ["CL-10377", "L. Pluijmen", "Haldol 's avonds", "12-12-2024", "Th. Ubachs", "03-02-2025"],
             ["CL-10412", "anoniem", "domotica deurbewaking", "02-01-2025", "Th. Ubachs", "01-02-2025"],
             ["CL-10433", "anoniem", "beperken bewegingsvrijheid", "20-01-2025", "Wzd-functionaris", "20-02-2025"]]),
    ("p", "Toelichting: de Wzd-functionaris (EBe) heeft het register op 3 maart 2025 aangevuld. Vragen "
          "via info@dewingerd-zorg.nl. BIG-nummer arts: 39056620801."),
], font="Helvetica", size=10, title="Register Wzd De Wingerd", author="De Wingerd")

# ---------------------------------------------------------------- cl32 answers to parliamentary questions (2 pages)
doc("cl32", "rl", [
    ("small", "Ministerie van Volksgezondheid, Welzijn en Sport"),
    ("t", "Antwoorden op Kamervragen van het lid Paulusma (D66) over dubbele controles bij "
          "hoog-risicomedicatie (2025Z04418)"),
    ("p", "Datum: 4 april 2025\nKenmerk: 2025D12873"),
    ("p", "Vraag 1. Bent u bekend met het bericht dat in Zuyderland Medisch Centrum een patiënte is overleden "
          "na een doseringsfout met een infuuspomp?"),
    ("p", "Antwoord 1. Ja. De Inspectie Gezondheidszorg en Jeugd heeft mij over de calamiteit geïnformeerd. "
          "Over de individuele patiënte doe ik geen mededelingen."),
    ("p", "Vraag 2. Hoe vaak komen dergelijke fouten voor?"),
    ("p", "Antwoord 2. In 2024 ontving de IGJ ongeveer 175 meldingen waarbij een infuus- of spuitpomp een "
          "rol speelde. In de Kamerbrief van 4 april 2025 (Kamerstuk 32 620) ga ik daar nader op in."),
    ("p", "Vraag 3. Is een dubbele controle aan het bed wettelijk verplicht?"),
    ("p", "Antwoord 3. Nee. De Wkkgz verplicht zorgaanbieders goede zorg te leveren; hoe zij dat doen "
          "leggen de beroepsgroepen vast in richtlijnen. De Wet BIG regelt de bevoegdheid van "
          "verpleegkundigen. Ook de Geneesmiddelenwet bevat geen verplichting tot dubbele controle."),
    ("p", "Vraag 4. Welke rol spelen de fabrikanten?"),
    ("p", "Antwoord 4. Fabrikanten van pompen zoals de Alaris GP en het elektronisch patiëntendossier HiX "
          "van ChipSoft moeten zorgen voor veilige producten. De IGJ houdt ook toezicht op medische "
          "hulpmiddelen."),
    ("p", "Vraag 5. Geldt dit ook voor de langdurige zorg en de jeugdzorg?"),
    ("p", "Antwoord 5. Ja. Deze vraag beantwoord ik mede namens de staatssecretaris van Langdurige en "
          "Maatschappelijke Zorg, mevrouw Maeijer, en de staatssecretaris van Jeugd, Preventie en Sport, "
          "de heer Karremans. In de langdurige zorg speelt daarnaast de Wet zorg en dwang (Wzd); voor de "
          "jeugdzorg de Jeugdwet en de Hervormingsagenda Jeugd."),
    ("p", "Vraag 6. Bent u bereid de Kamer te informeren over de voortgang?"),
    ("p", "Antwoord 6. Ja. Zoals toegezegd aan de leden Dijk (SP) en Krul (CDA) informeer ik de Kamer voor "
          "de zomer over de voortgang van de afspraken uit het Integraal Zorgakkoord."),
    ("p", "De minister van Volksgezondheid, Welzijn en Sport,\nFleur Agema"),
], font="Times", size=11, title="Antwoorden Kamervragen 2025Z04418", author="VWS")

# ---------------------------------------------------------------- cl33 inspection visit report (docx, LibreOffice, 2 pages)
doc("cl33", "docx", [
    ("t", "Rapport inspectiebezoek woonzorgcentrum De Wingerd"),
    ("p", "Inspectie Gezondheidszorg en Jeugd - Team Langdurige Zorg\nZaaknummer: IGJ-2025-007455\n"
          "Datum bezoek: 1 april 2025 (onaangekondigd)\nInspecteurs: H. Wouda en W. Feddema\n"
          "Zorgaanbieder: Stichting Zorggroep Parkstad Oost, Brunssum"),
    ("h", "1. Aanleiding"),
    ("p", "Op 3 maart 2025 meldde de bestuurder van Stichting Zorggroep Parkstad Oost een calamiteit met "
          "onvrijwillige zorg op grond van de Wet zorg en dwang (Wzd). Eerder, op 24 februari 2025, ontving "
          "de inspectie een signaal van een familielid (IGJ-2025-007018). De inspectie bezocht de "
          "psychogeriatrische afdeling om te beoordelen of de maatregelen uit het rapport zijn uitgevoerd."),
    ("h", "2. Werkwijze"),
    ("p", "De inspecteurs spraken met de bestuurder, mevrouw Ria Smeets, met de Wzd-functionaris, "
          "mevrouw Ellen Bemelmans, met de specialist ouderengeneeskunde, de heer Thijs Ubachs, met drie "
          "zorgmedewerkers onder wie Kim Jeurissen, en met een lid van de cliëntenraad, de heer Jan Hendrix. "
          "Zij keken in vijf zorgdossiers en in het register onvrijwillige zorg."),
    ("h", "3. Bevindingen"),
    ("tbl", [["Thema", "Bevinding", "Oordeel"],
             ["Stappenplan Wzd", "In vier van de vijf dossiers is het stappenplan gevolgd; in het dossier van "
              "de bewoner uit de melding (cliëntnummer CL-10377) ontbrak het tot maart.", "deels"],
             ["Registratie", "Het register is sinds 3 maart 2025 volledig; domotica is als maatregel opgenomen.",
              "voldoet"],
             ["Scholing", "Twee van de drie teams zijn getraind door de Wzd-functionaris.", "deels"],
             ["Medicatie", "Psychofarmaca zoals Haldol worden elke zes weken geëvalueerd.", "voldoet"],
             ["Bezetting nacht", "Nog steeds één zorgmedewerker voor 16 bewoners.", "voldoet niet"]],
     ),
    ("p", "In een dossier trof de inspectie een notitie aan waarin de naam van de bewoner uit de melding, "
          "de heer Pluijmen, voluit stond met de diagnose vasculaire dementie en een heupfractuur, "
          "gekopieerd in een teamoverleg dat voor alle medewerkers toegankelijk is. De inspectie wijst de "
          "zorgaanbieder op de AVG."),
    ("h", "4. Conclusie en vervolg"),
    ("p", "De zorgaanbieder voldoet nog niet aan alle eisen van de Wzd. De inspectie verwacht binnen drie "
          "maanden een plan voor de nachtbezetting. Bij onvoldoende voortgang overweegt de inspectie een "
          "aanwijzing. De staatssecretaris van Langdurige en Maatschappelijke Zorg wordt niet afzonderlijk "
          "geïnformeerd."),
    ("p", "Reactie zorgaanbieder: de bestuurder laat op 10 april 2025 per e-mail (r.smeets@dewingerd-zorg.nl) "
          "weten dat zij de bevindingen herkent. Inspecteur Wouda is bereikbaar via h.wouda@igj.nl of "
          "06-29384710."),
    ("p", "Paraaf: HWo / WFe"),
    MOT, MOT2,
], author="IGJ", title="Rapport inspectiebezoek De Wingerd", font="Liberation Serif")
