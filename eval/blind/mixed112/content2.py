"""Documents of set IG, part 2: the assignment, the investigation plan, the interviews, the chat, the timeline,
the invoices and the scanned trade-register extract."""
from __future__ import annotations

from pathlib import Path

from content import ADDR, doc, mail_head
from lib import docx_build, flow, hidden, scan, soffice_pdf
from registry import IBAN_OUDEJANS


# ---------------------------------------------------------------- ig09 assignment letter to Hoffmann
@doc("ig09")
def ig09(p: Path):
    flow(p, [
        ("b", "Provincie Utrecht"),
        ("small", "\n".join(ADDR)),
        ("sp", 6),
        ("p", "Hoffmann Bedrijfsrecherche\nt.a.v. mr. S. Wagenaar\nper e-mail: s.wagenaar@hoffmann.nl\ntel. 06 2874 1150"),
        ("sp", 4),
        ("kv", [("Datum", "6 maart 2025"), ("Ons kenmerk", "INT-2025-014 / UIT-2025-20931"),
                ("Uw kenmerk", "offerte HB-25-0417 van 4 maart 2025"), ("Contactpersoon", "A. Terpstra"),
                ("Telefoon", "06 1844 2093"), ("Onderwerp", "Opdracht feitenonderzoek integriteit")], 32),
        ("p", "Geachte heer Wagenaar,"),
        ("p", "Hierbij verleen ik Hoffmann Bedrijfsrecherche opdracht voor een feitenonderzoek naar een vermoeden van "
              "belangenverstrengeling bij de inkoop van de Provincie Utrecht, overeenkomstig uw offerte HB-25-0417 en "
              "de raamovereenkomst bedrijfsrecherche 2023-2026."),
        ("p", "Onderzoeksvragen:\n1. Welke opdrachten zijn sinds 1 januari 2023 direct of via onderaanneming verstrekt "
              "aan de eenmanszaak Oudejans Advies & Projectbegeleiding (KvK 84736291)?\n2. Welke rol had de heer "
              "M.A. Kuijpers, senior inkoopadviseur, bij de voorbereiding en gunning van deze opdrachten, en bij de "
              "aanbesteding PU-2024-0388?\n3. Bestaat er een familie- of zakelijke relatie tussen de heer Kuijpers "
              "en de eigenaar van de eenmanszaak, en is die gemeld?\n4. Zijn bij deze opdrachten de regels van het "
              "Inkoop- en aanbestedingsbeleid, de Aanbestedingswet 2012 en de Gedragscode Integriteit nageleefd?"),
        ("p", "Het onderzoek is een feitenonderzoek; het trekken van conclusies over plichtsverzuim is voorbehouden "
              "aan de provinciesecretaris. De betrokkene wordt in de gelegenheid gesteld een reactie te geven op het "
              "conceptrapport (hoor en wederhoor). U verwerkt persoonsgegevens uitsluitend voor dit onderzoek, "
              "volgens de Algemene verordening gegevensbescherming en de verwerkersovereenkomst."),
        ("p", "De opdracht wordt uitgevoerd voor een vaste prijs van € 18.900 exclusief btw. U rapporteert "
              "uiterlijk 6 juni 2025. Contactpersoon voor de inhoud is de coördinator integriteit, mevrouw "
              "A. Terpstra (a.terpstra@provincie-utrecht.nl); voor de planning van interviews kunt u terecht bij "
              "mevrouw H. Zwartjes, managementassistent (h.zwartjes@provincie-utrecht.nl)."),
        ("p", "Met vriendelijke groet,\n\nde provinciesecretaris,\n\n\nW.P. Boschloo"),
        ("small", "Afschrift: Bureau Integriteit (integriteit@provincie-utrecht.nl)"),
    ], font="LibSerif", size=10.5, title="Opdracht feitenonderzoek", author="Terpstra, A.",
        creator="Microsoft Word")


# ---------------------------------------------------------------- ig10 investigation plan with margin comments (docx)
@doc("ig10", hidden=[("Priya", "PERSON", "Priya Ramdin", True, "annotations"),
                    ("Ploeger", "PERSON", "Daan Ploeger", True, "annotations"),
                    ("Daan", "PERSON", "Daan Ploeger", True, "annotations")])
def ig10(p: Path):
    d = docx_build([
        ("hdr", "Hoffmann Bedrijfsrecherche - Onderzoeksplan HB-25-0417 - CONCEPT 0.3"),
        ("h", "Onderzoeksplan feitenonderzoek Provincie Utrecht"),
        ("p", "Opdrachtgever: provinciesecretaris Provincie Utrecht (kenmerk INT-2025-014). Onderzoekers: "
              "mr. S. Wagenaar (projectleider) en P. Ramdin MSc (bedrijfsrechercheur)."),
        ("h2", "1. Aanpak"),
        ("c", "Het onderzoek bestaat uit dossieronderzoek, analyse van e-mail en Microsoft Teams van de betrokkene "
              "over de periode 2023-2025, en interviews met de melder, de betrokkene, zijn teamleider en twee "
              "collega's.", "analyse van e-mail en Microsoft Teams",
         "Toestemming mailbox-onderzoek vooraf schriftelijk vastleggen (AVG). Priya, wil jij dit checken?",
         "Wagenaar, Sjoerd", "SW"),
        ("p", "De interviews worden opgenomen met toestemming; de geïnterviewde ontvangt het verslag ter correctie. "
              "Getuigen mogen zich laten bijstaan door een vertrouwenspersoon of adviseur."),
        ("h2", "2. Te interviewen personen"),
        ("t", [["Rol", "Naam", "Functie", "Bereikbaar"],
               ["melder", "I. van der Veen-Schouten", "senior beleidsadviseur inkoop", "via vertrouwenspersoon"],
               ["betrokkene", "M.A. Kuijpers", "senior inkoopadviseur", "via advocaat"],
               ["getuige", "B. de Rooij", "teamleider Inkoop", "06-52093318"],
               ["getuige", "G. Holtkamp", "contractmanager", "g.holtkamp@provincie-utrecht.nl"],
               ["getuige", "N. Bakkali", "projectleider wegen", "06 4470 1286"],
               ["getuige", "S. Verhoeff", "inkoopassistent", "s.verhoeff@provincie-utrecht.nl"],
               ["informant", "R. Haverkamp", "directeur Groenlijn Infra B.V.", "010-4127730"]]),
        ("c", "Daarnaast vragen wij de eigenaar van de eenmanszaak, de heer D. Oudejans, om een schriftelijke "
              "verklaring.", "schriftelijke verklaring",
         "Hij is geen medewerker; medewerking is vrijwillig. Eventueel via Haverkamp benaderen.",
         "Ploeger, Daan", "DP"),
        ("h2", "3. Planning"),
        ("p", "Week 12: interview melder (18 maart 2025). Week 13: interview betrokkene. Week 14-15: getuigen. "
              "Week 19: conceptrapport. Week 21: hoor en wederhoor. Week 23: eindrapport (6 juni 2025)."),
        ("c", "Rapportage aan de provinciesecretaris; de commissaris van de Koning wordt door de opdrachtgever "
              "geïnformeerd.", "commissaris van de Koning",
         "Volgens de Gedragscode Integriteit is de CdK integriteitsverantwoordelijke voor GS, niet voor ambtenaren. "
         "Klopt dit?", "Ramdin, Priya", "PR"),
        ("ftr", "Hoffmann Bedrijfsrecherche | vertrouwelijk"),
    ], font="Arial", size=10, author="Ploeger, Daan", title="Onderzoeksplan HB-25-0417")
    _notes_as_annotations(d, p)


# ---------------------------------------------------------------- ig11 letter to the employee (ordemaatregel)
@doc("ig11")
def ig11(p: Path):
    flow(p, [
        ("b", "Provincie Utrecht"),
        ("small", "  ".join(ADDR)),
        ("sp", 8),
        ("p", "PERSOONLIJK EN VERTROUWELIJK\nDe heer M.A. Kuijpers\nWeteringlaan 41\n3701 KV Zeist"),
        ("sp", 4),
        ("kv", [("Datum", "10 maart 2025"), ("Kenmerk", "INT-2025-014"), ("Personeelsnummer", "088213"),
                ("Onderwerp", "Aankondiging onderzoek en ordemaatregel")], 34),
        ("p", "Geachte heer Kuijpers,"),
        ("p", "Op 6 maart 2025 heb ik opdracht gegeven voor een feitenonderzoek naar een vermoeden van "
              "belangenverstrengeling bij opdrachten die u als senior inkoopadviseur heeft voorbereid. Het onderzoek "
              "wordt uitgevoerd door Hoffmann Bedrijfsrecherche. U wordt uitgenodigd voor een gesprek; u mag zich "
              "laten bijstaan door een raadsman of -vrouw."),
        ("p", "Om het onderzoek zorgvuldig te laten verlopen, heb ik besloten u met ingang van 11 maart 2025 als "
              "ordemaatregel tijdelijk andere werkzaamheden op te dragen bij het Team Vastgoed. U heeft tijdens het "
              "onderzoek geen toegang tot de inkoopdossiers en TenderNed. Dit is geen straf. Het besluit is genomen "
              "op grond van de CAO Provincies en de Ambtenarenwet 2017."),
        ("p", "Uw bezoldiging loopt ongewijzigd door. Voor vragen over de praktische gevolgen kunt u contact opnemen "
              "met mevrouw Y. Lammers, HR-adviseur, telefoon 030 258 3377. Een vertrouwenspersoon is bereikbaar via "
              "vertrouwenspersoon@provincie-utrecht.nl."),
        ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken (Algemene wet bestuursrecht)."),
        ("p", "Met vriendelijke groet,\n\nde provinciesecretaris,\n\n\ndrs. W.P. Boschloo"),
        ("small", "Kopie: personeelsdossier; Y. Lammers (HR); B. de Rooij (leidinggevende)"),
    ], font="Helvetica", size=10, title="Aankondiging onderzoek", author="Lammers, Yvonne",
        creator="Microsoft Word")


# ---------------------------------------------------------------- ig12 list of interviewees
@doc("ig12")
def ig12(p: Path):
    rows = [["Nr", "Naam", "Functie", "Code in verslag", "Datum interview", "Interviewers", "Bijgestaan door"],
            ["1", "Ingrid van der Veen-Schouten", "senior beleidsadviseur inkoop", "IvdV", "18-03-2025", "SWa, PRa",
             "-"],
            ["2", "Marco Kuijpers", "senior inkoopadviseur", "MKu", "27-03-2025", "SWa, PRa",
             "mr. Ch. Dekker-Mulder"],
            ["3", "Bart-Jan de Rooij", "teamleider Inkoop", "BdR", "01-04-2025", "SWa", "-"],
            ["4", "Gert Holtkamp", "contractmanager", "GHo", "03-04-2025", "PRa", "-"],
            ["5", "Noor Bakkali", "projectleider wegen", "NBa", "03-04-2025", "PRa", "J. Ngadi"],
            ["6", "Sanne Verhoeff", "inkoopassistent", "SVe", "08-04-2025", "SWa", "-"],
            ["7", "Ruud Haverkamp", "directeur Groenlijn Infra B.V.", "RHa", "09-04-2025", "SWa, PRa", "-"],
            ["8", "Wojciech Nowak", "uitvoerder Groenlijn Infra B.V.", "WNo", "09-04-2025", "PRa", "tolk"]]
    flow(p, [
        ("h", "Bijlage 1 - Overzicht geïnterviewden HB-25-0417"),
        ("p", "Feitenonderzoek in opdracht van de Provincie Utrecht (INT-2025-014). Alle interviews zijn gehouden in "
              "het provinciehuis, Archimedeslaan 6 te Utrecht, behalve nr. 7 en 8 (kantoor Groenlijn Infra, "
              "Nieuwegein). Legenda interviewers: SWa = mr. S. Wagenaar, PRa = P. Ramdin (bedrijfsrechercheur)."),
        ("t", rows, [8, 48, 48, 24, 26, 26, 40]),
        ("p", "De heer D. Oudejans (eigenaar eenmanszaak) heeft op 9 april 2025 een schriftelijke verklaring "
              "afgelegd (bijlage 6)."),
    ], font="DejaVu", size=9, land=True, title="Overzicht geïnterviewden", author="Hoffmann Bedrijfsrecherche")


# ---------------------------------------------------------------- ig13 interview report: the melder
@doc("ig13")
def ig13(p: Path):
    qa = [
        ("SWa", "U werkt sinds 2016 bij de provincie. Kunt u uw rol in het team beschrijven?"),
        ("IvdV", "Ik ben senior beleidsadviseur inkoop. Ik schrijf het inkoopbeleid en ik controleer steekproefsgewijs "
                 "dossiers. Marco doet de uitvoering van de grotere opdrachten in het domein wegen en water."),
        ("SWa", "Hoe bent u op de eenmanszaak gestuit?"),
        ("IvdV", "In januari vroeg Gert Holtkamp, de contractmanager van perceel 2, of ik naar een factuur van "
                 "Groenlijn Infra wilde kijken. Daarin stond een post 'projectbegeleiding derden' en als bijlage een "
                 "factuur van Oudejans Advies & Projectbegeleiding. Die naam kende ik uit onze eigen "
                 "crediteurenlijst."),
        ("PRa", "Wist u toen al van een familierelatie?"),
        ("IvdV", "Niet zeker. Marco zei op de nieuwjaarsborrel iets over 'Dennis, mijn zwager, die doet het bermwerk'. "
                 "Zijn vrouw heet van zichzelf Oudejans, dat stond op de trouwkaart die op de afdeling hing."),
        ("SWa", "Heeft u het met uw leidinggevende besproken?"),
        ("IvdV", "Kort, met Bart-Jan. Hij zei dat ik 'geen spoken moest zien' en dat Marco altijd netjes werkt. "
                 "Daarom ben ik naar de vertrouwenspersoon gegaan."),
        ("PRa", "Heeft u sindsdien iets gemerkt van de melding op de werkvloer?"),
        ("IvdV", "Sinds de ordemaatregel wordt er gespeculeerd. Sanne vroeg mij of ik er iets mee te maken had. "
                 "Ik heb gezegd dat ik daar niets over kan zeggen."),
        ("PRa", "U noemde de trouwkaart. Weet u nog wanneer die op de afdeling hing?"),
        ("IvdV", "In het voorjaar van 2019, denk ik. Marco trouwde in mei. Iedereen heeft de kaart gezien; hij "
                 "hing naast de koffieautomaat op de derde verdieping."),
        ("SWa", "Weet u of de heer Kuijpers zijn nevenbelangen ooit heeft gemeld?"),
        ("IvdV", "Dat weet ik niet. Ik heb wel in het register gekeken, dat is voor iedereen in het team in te zien. "
                 "Er stond niets bij zijn naam. Bij mijn eigen naam staat mijn bestuursfunctie bij de "
                 "volkstuinvereniging."),
        ("SWa", "Heeft u met iemand anders dan de vertrouwenspersoon over uw vermoeden gesproken?"),
        ("IvdV", "Met Gert, omdat hij de factuur had gezien. Verder met niemand. Mijn man weet ervan, maar die "
                 "werkt niet bij de provincie."),
        ("PRa", "Hoe is de samenwerking met Groenlijn Infra verder verlopen?"),
        ("IvdV", "Prima. De directeur, de heer Haverkamp, is een zakelijke man. Hij belde mij in februari met de "
                 "vraag waarom de provincie ineens zoveel vragen stelde over de onderaannemer. Ik heb hem "
                 "doorverwezen naar Gert."),
        ("SWa", "Hoe gaat het nu met u?"),
        ("IvdV", "Het is zwaar. Ik slaap slecht en ik ben bang dat men erachter komt dat ik de melder ben. Joëlle "
                 "heeft mij goed geholpen."),
        ("SWa", "Wilt u nog iets toevoegen?"),
        ("IvdV", "Ik wil benadrukken dat ik geen persoonlijk conflict met Marco heb. Het gaat mij om de regels."),
    ]
    blocks = [
        ("h", "Gespreksverslag"),
        ("kv", [("Onderzoek", "HB-25-0417 / INT-2025-014 Provincie Utrecht"),
                ("Geïnterviewde", "mw. I. van der Veen-Schouten (IvdV), melder"),
                ("Interviewers", "mr. S. Wagenaar (SWa), P. Ramdin (PRa)"),
                ("Datum en plaats", "18 maart 2025, 13.30-15.05 uur, provinciehuis Utrecht"),
                ("Status", "vastgesteld na correctie door geïnterviewde op 24 maart 2025")], 34),
        ("p", "De interviewers lichten het doel van het gesprek toe en wijzen op de vertrouwelijkheid. De geïnterviewde "
              "stemt in met een geluidsopname, die na vaststelling van het verslag wordt vernietigd."),
    ]
    for who, txt in qa:
        blocks.append(("p", f"{who}: {txt}"))
    blocks += [
        ("p", "Einde gesprek. De geïnterviewde ontvangt dit verslag op haar privéadres ingridschouten71@gmail.com "
              "ter correctie."),
        ("sp", 6),
        ("t", [["Voor akkoord", "Naam", "Datum"], ["geïnterviewde", "I. VAN DER VEEN-SCHOUTEN", "24-03-2025"],
               ["interviewer", "S. Wagenaar", "24-03-2025"]], [50, 70, 40]),
    ]
    flow(p, blocks, font="LibSerif", size=11, header="Hoffmann Bedrijfsrecherche - vertrouwelijk",
         title="Gespreksverslag 1", author="Wagenaar")


# ---------------------------------------------------------------- ig14 interview report: the employee (docx, notes as annotations)
@doc("ig14", special=[("burn-outklachten", "HEALTH", "gezondheid betrokkene", True),
                      ("antidepressiva", "HEALTH", "gezondheid betrokkene", True)],
     hidden=[("Ploeger", "PERSON", "Daan Ploeger", True, "annotations"),
             ("Daan", "PERSON", "Daan Ploeger", True, "annotations")])
def ig14(p: Path):
    d = docx_build([
        ("hdr", "Hoffmann Bedrijfsrecherche | HB-25-0417 | vertrouwelijk"),
        ("h", "Gespreksverslag betrokkene"),
        ("t", [["Geïnterviewde", "de heer M.A. KUIJPERS (MKu), senior inkoopadviseur, pers.nr. 088213"],
               ["Geboren / telefoon", "14 februari 1979 / +31 6 23918475"],
               ["Bijgestaan door", "mr. Ch. Dekker-Mulder, Domstad Advocaten"],
               ["Interviewers", "mr. S. Wagenaar (SWa) en P. Ramdin (PRa)"],
               ["Datum", "27 maart 2025, 09.30-12.15 uur"]]),
        ("p", "SWa: Kent u de heer Dennis Oudejans?"),
        ("p", "MKu: Ja, hij is de broer van mijn vrouw. Ik zie hem op verjaardagen. Zakelijk heb ik niets met hem te "
              "maken; zijn bedrijf staat los van mij."),
        ("c", "SWa: U heeft vier opdrachten aan zijn eenmanszaak voorbereid. Waarom heeft u die familierelatie niet "
              "gemeld?", "familierelatie niet gemeld",
         "Daan: tijdstempel 00:41:10 in opname nalopen", "Ploeger, Daan", "DP"),
        ("p", "MKu: Ik wist niet dat dat moest bij een zwager. Bovendien was hij gewoon de goedkoopste. Bart-Jan "
              "tekende de opdrachten af, dus hij wist ervan."),
        ("p", "PRa: Uit de mailbox blijkt dat u op 13 januari 2025 het concept van de gunningsleidraad naar "
              "marcokuijpers@hotmail.com en naar d.oudejans@hotmail.com heeft gestuurd. Kunt u dat toelichten?"),
        ("p", "MKu: Dat naar mijn privéadres was om thuis te werken. Dat het naar Dennis ging, kan ik niet verklaren; "
              "misschien een fout bij het automatisch aanvullen."),
        ("p", "Mr. Dekker-Mulder merkt op dat haar cliënt sinds de ordemaatregel kampt met burn-outklachten en "
              "antidepressiva gebruikt, en verzoekt het gesprek na twee uur af te ronden. De interviewers stemmen "
              "daarmee in."),
        ("p", "SWa: Wie heeft Oudejans Advies voorgesteld als onderaannemer bij Groenlijn Infra?"),
        ("p", "MKu: Ruud Haverkamp vroeg mij bij een startoverleg of ik iemand wist voor de projectbegeleiding. Ik heb "
              "toen de naam van Dennis genoemd, met de opmerking dat hij familie is. Dat heb ik Haverkamp gewoon "
              "gezegd."),
        ("p", "PRa: De heer Haverkamp verklaart dat hij niet wist dat het om familie ging."),
        ("p", "MKu: Dan herinnert hij zich dat anders dan ik."),
        ("p", "SWa: In de Teams-chat van 19 december 2024 schrijft u aan mevrouw Verhoeff dat u de eisen aan de "
              "projectbegeleiding wilt aanscherpen 'zodat de onderaannemer van Groenlijn er ook aan kan voldoen'. "
              "Wat bedoelde u daarmee?"),
        ("p", "MKu: Dat de eisen niet zo streng moesten zijn dat alleen grote bureaus konden meedoen. Dat is "
              "gewoon goed beleid voor het mkb. Sanne heeft dat verkeerd begrepen."),
        ("p", "PRa: Kent u mevrouw Van der Veen-Schouten?"),
        ("p", "Mr. Dekker-Mulder maakt bezwaar tegen deze vraag, omdat de identiteit van de melder niet aan de orde "
              "is. De interviewers trekken de vraag in."),
        ("p", "SWa: Heeft u van Groenlijn Infra of van de heer Oudejans iets ontvangen, zoals geld, goederen of "
              "diensten?"),
        ("p", "MKu: Nee. Wel heeft Dennis ooit onze tuin gedaan, maar dat heb ik contant betaald."),
        ("p", "Het verslag wordt aan mr. Dekker-Mulder gezonden (c.dekker-mulder@domstadadvocaten.nl) ter correctie."),
        ("ftr", "Gespreksverslag 2 - betrokkene"),
    ], font="Liberation Serif", size=11, author="Wagenaar, S.", title="Gespreksverslag 2")
    _notes_as_annotations(d, p)


def _notes_as_annotations(d, p: Path):
    """Convert again with ExportNotes (comments become PDF text annotations)."""
    import shutil
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="ig-lo-") as td:
        td = Path(td)
        src = td / (p.stem + ".docx")
        d.save(str(src))
        filt = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/prof", "--headless", "--convert-to", filt,
                        "--outdir", str(td), str(src)], capture_output=True, timeout=240, check=True)
        shutil.copy(td / (p.stem + ".pdf"), p)


# ---------------------------------------------------------------- ig15 interview report: teamleider
@doc("ig15")
def ig15(p: Path):
    flow(p, [
        ("h", "Gespreksverslag 3 - teamleider Inkoop"),
        ("kv", [("Geïnterviewde", "B. de Rooij (BdR), teamleider Team Inkoop & Contractmanagement"),
                ("Interviewer", "mr. S. Wagenaar (SWa)"), ("Datum", "1 april 2025"), ("Dossier", "HB-25-0417")], 30),
        ("p", "De Rooij is sinds 2019 teamleider. Hij is eindverantwoordelijk voor de gunning van opdrachten tot "
              "€ 50.000 en tekent de opdrachtbrieven."),
        ("p", "SWa: Wist u dat de heer Kuijpers familie is van de eigenaar van Oudejans Advies?"),
        ("p", "BdR: Nee. Ik kende de naam Oudejans van de facturen, maar ik heb nooit het verband gelegd. Marco heeft "
              "dat ook nooit gezegd. Achteraf had ik moeten doorvragen toen Ingrid in januari iets zei."),
        ("p", "SWa: Hoe toetst u of een opdracht is opgeknipt?"),
        ("p", "BdR: Eerlijk gezegd niet systematisch. We hebben één contractmanager, Gert, en die ziet alleen de "
              "lopende contracten. Ik heb de vier opdrachten afgetekend omdat de bedragen onder de € 25.000 bleven."),
        ("p", "SWa: Heeft u na het gesprek met mevrouw Van der Veen-Schouten iets gedaan?"),
        ("p", "BdR: Ik heb Marco gevraagd of er 'iets speelde'. Hij zei van niet. Ik heb het daarbij gelaten. Dat "
              "was niet handig, dat zie ik nu ook."),
        ("p", "SWa: Bent u privé bevriend met de heer Kuijpers?"),
        ("p", "BdR: We fietsen soms samen op zaterdag, met een groep van zes. Ik zou het geen vriendschap noemen."),
        ("p", "Verslag gecorrigeerd door de geïnterviewde per mail (b.derooij@provincie-utrecht.nl) op 7 april 2025. "
              "Akkoord: BdR"),
    ], font="Carlito", size=11, header="Hoffmann Bedrijfsrecherche - HB-25-0417", title="Gespreksverslag 3",
        author="Ramdin, P.")


# ---------------------------------------------------------------- ig16 interview report: contractmanager (typewriter)
@doc("ig16")
def ig16(p: Path):
    txt = """GESPREKSVERSLAG 4                                   HB-25-0417
Geinterviewde : G. HOLTKAMP (GHo), contractmanager
Interviewer   : P. Ramdin (PRa), bedrijfsrechercheur
Datum         : 3 april 2025, 10.00 - 11.00 uur

PRa: Wat is uw rol bij perceel 2 van PU-2024-0388?
GHo: Ik ben contractmanager. Ik beoordeel de facturen van Groenlijn
     Infra en ik heb maandelijks overleg met hun directeur, Ruud
     Haverkamp, en met de uitvoerder, de heer Nowak.
PRa: Wie heeft Oudejans Advies als onderaannemer aangedragen?
GHo: Volgens Haverkamp kwam de tip van Marco Kuijpers. Hij zou hebben
     gezegd dat 'Dennis de regio goed kent'. Ik heb dat in een mail
     van 18 december 2024 aan Marco gevraagd maar nooit antwoord
     gekregen. Die mail zit in het dossier.
PRa: Heeft u het bestek gezien voordat het werd gepubliceerd op
     TenderNed?
GHo: Nee. Dat bereidde Marco voor met Sanne Verhoeff. Ik kreeg het
     pas bij de gunning.
PRa: Heeft u nog iets toe te voegen?
GHo: Ja. Ik vind dat het team te klein is voor een goede
     functiescheiding. Dat heb ik ook in 2023 al tegen Bart-Jan
     gezegd.

Verslag vastgesteld op 10 april 2025. Paraaf geinterviewde: GHo
"""
    flow(p, [("pre", txt)], font="Courier", size=10.5, title="Gespreksverslag 4", author="Ramdin, P.",
         creator="Microsoft Word")


# ---------------------------------------------------------------- ig17 Teams chat export
@doc("ig17")
def ig17(p: Path):
    msgs = [
        ("19-12-2024 08:51", "Sanne Verhoeff", "Goedemorgen! Heb je de gunningsleidraad voor perceel 2 al af? "
                                               "Gert vraagt ernaar."),
        ("19-12-2024 08:58", "Marco Kuijpers", "Bijna. Ik wil de eisen aan de projectbegeleiding nog even "
                                               "aanscherpen, dan kan de onderaannemer van Groenlijn er ook aan voldoen"),
        ("19-12-2024 09:01", "Sanne Verhoeff", "Welke onderaannemer bedoel je?"),
        ("19-12-2024 09:03", "Marco Kuijpers", "Laat maar, ik bel je zo. Heb je mijn 06 nog? 06-23918475"),
        ("19-12-2024 09:04", "Sanne Verhoeff", "ja (y)"),
        ("19-12-2024 11:40", "Gert Holtkamp", "Marco, nog even over mijn mail van gisteren: wie heeft Oudejans "
                                              "Advies aangedragen bij Haverkamp?"),
        ("19-12-2024 11:52", "Marco Kuijpers", "Gert, dat is gewoon een lokale partij, niks bijzonders. Kunnen we "
                                               "het na de kerst bespreken?"),
        ("19-12-2024 11:53", "Gert Holtkamp", "prima"),
        ("13-01-2025 21:39", "Marco Kuijpers", "Sanne, ik werk vanavond thuis verder, stuur ik de leidraad even naar "
                                               "mijn hotmail"),
        ("14-01-2025 08:12", "Sanne Verhoeff", "Oké. Let wel op, Bart-Jan wil niet dat we stukken naar privémail "
                                               "sturen i.v.m. de AVG"),
        ("14-01-2025 08:15", "Marco Kuijpers", "Klopt, eenmalig :-)"),
    ]
    blocks = [("h", "Chatgeschiedenis Microsoft Teams"),
              ("small", "Export eDiscovery (Microsoft Purview) ten behoeve van onderzoek HB-25-0417. Deelnemers: "
                        "Kuijpers, Marco; Verhoeff, Sanne; Holtkamp, Gert. Geëxporteerd door: Ramdin, Priya "
                        "(p.ramdin@hoffmann.nl), 21-03-2025."),
              ("sp", 3)]
    for ts, who, m in msgs:
        blocks.append(("b", f"{who}   {ts}"))
        blocks.append(("p", m))
    flow(p, blocks, font="DejaVu", size=9.5, title="Teams export", author="Ramdin, Priya",
         creator="Microsoft Purview eDiscovery")


# ---------------------------------------------------------------- ig18 timeline
@doc("ig18", hidden=[("Ramdin", "PERSON", "Priya Ramdin", True, "outline")])
def ig18(p: Path):
    rows = [["Datum", "Gebeurtenis", "Bron"],
            ["12-05-2021", "Inschrijving eenmanszaak Oudejans Advies & Projectbegeleiding (D.J. Oudejans)", "KvK"],
            ["14-03-2023", "Opdracht 1 (€ 24.500) gegund, voorbereid door M. Kuijpers, afgetekend BdR", "crediteuren"],
            ["02-10-2023", "Opdracht 2 (€ 23.900), zelfde procedure", "crediteuren"],
            ["11-04-2024", "Opdracht 3 (€ 24.800), zelfde procedure", "crediteuren"],
            ["01-07-2024", "Publicatie PU-2024-0388 op TenderNed (€ 1.240.000, twee percelen)", "TenderNed"],
            ["18-12-2024", "Mail G. Holtkamp aan Kuijpers: wie droeg onderaannemer aan?", "mailbox"],
            ["19-12-2024", "Teams-chat Kuijpers / Verhoeff / Holtkamp", "Teams"],
            ["13-01-2025", "Doorsturen concept-gunningsleidraad naar marcokuijpers@hotmail.com en "
                           "d.oudejans@hotmail.com", "mailbox"],
            ["03-02-2025", "Melding bij Bureau Integriteit (melder: IvdV)", "dossier"],
            ["06-03-2025", "Opdracht aan Hoffmann Bedrijfsrecherche", "UIT-2025-20931"],
            ["10-03-2025", "Ordemaatregel betrokkene", "brief"],
            ["18-03 t/m 09-04-2025", "Interviews (8) en verklaring D. Oudejans", "bijlage 1"],
            ["26-05-2025", "Reactie hoor en wederhoor (mr. Dekker-Mulder)", "brief"],
            ["06-06-2025", "Eindrapport HB-25-0417", "rapport"],
            ["20-06-2025", "Besluit provinciesecretaris PS-2025-1187", "besluit"]]
    flow(p, [("h", "Bijlage 2 - Tijdlijn"),
             ("p", "Opgesteld door Hoffmann Bedrijfsrecherche op basis van dossier INT-2025-014 en de stukken van de "
                   "Provincie Utrecht. Versie 12 mei 2025, aangevuld na vaststelling."),
             ("t", rows, [30, 110, 30])],
         font="Helvetica", size=9.5, title="Tijdlijn", author="Hoffmann Bedrijfsrecherche")
    hidden(p, outline=[("Tijdlijn", 0), ("Opmerking P. Ramdin: data verifiëren bij Holtkamp", 0)])


# ---------------------------------------------------------------- ig19 invoices overview
@doc("ig19")
def ig19(p: Path):
    rows = [["Factuurnr", "Datum", "Omschrijving", "Bedrag incl. btw", "Rekening", "Betaald"],
            ["OA-2023-011", "31-05-2023", "Projectbegeleiding maaibestek Kromme Rijn", "€ 29.645,00", IBAN_OUDEJANS,
             "14-06-2023"],
            ["OA-2023-027", "30-11-2023", "Inspectie duikers N227", "€ 28.919,00", IBAN_OUDEJANS, "12-12-2023"],
            ["OA-2024-009", "28-06-2024", "Advies bermbeheerplan", "€ 30.008,00", IBAN_OUDEJANS, "10-07-2024"],
            ["OA-2024-031*", "20-12-2024", "Projectbegeleiding perceel 2 (aan Groenlijn Infra)", "€ 28.556,00",
             IBAN_OUDEJANS, "n.v.t."]]
    flow(p, [("h", "Bijlage 3 - Overzicht facturen"),
             ("kv", [("Crediteur", "Oudejans Advies & Projectbegeleiding"), ("KvK-nummer", "84736291"),
                     ("Adres", "Lindenhof 7, 3993 XA Houten"), ("E-mail", "info@oudejansadvies.nl"),
                     ("Website", "www.oudejansadvies.nl"), ("Telefoon", "+31 (0)6 55 32 11 90"),
                     ("Crediteurnummer provincie", "CR-208817")], 44),
             ("t", rows, [24, 22, 56, 26, 42, 18]),
             ("small", "* factuur gericht aan Groenlijn Infra B.V. (onderaanneming), door Groenlijn doorbelast in "
                       "termijnstaat 4 van PU-2024-0388. Bron: crediteurenadministratie Provincie Utrecht, "
                       "opgevraagd door Bureau Integriteit (Esther Kleinjan, e.kleinjan@provincie-utrecht.nl) op 14 "
                       "februari 2025. Bank: Rabobank."),
             ], font="Helvetica", size=9, title="Overzicht facturen", author="Hoffmann Bedrijfsrecherche")


# ---------------------------------------------------------------- ig20 scanned trade register extract
@doc("ig20", scan=True)
def ig20(p: Path):
    src = p.with_suffix(".src.pdf")
    flow(src, [
        ("h", "Uittreksel Handelsregister Kamer van Koophandel"),
        ("p", "KvK-nummer 84736291                      Pagina 1 (van 1)"),
        ("p", "Dit uittreksel is gewaarmerkt met een elektronische handtekening en is officieel uitgegeven door "
              "de Kamer van Koophandel. Opgevraagd op 21-03-2025."),
        ("h2", "Onderneming"),
        ("kv", [("Handelsnaam", "Oudejans Advies & Projectbegeleiding"),
                ("Rechtsvorm", "Eenmanszaak"), ("Startdatum", "12-05-2021"),
                ("Activiteiten", "SBI-code: 7112 - Ingenieurs en overig technisch ontwerp en advies"),
                ("Werkzame personen", "1")], 40),
        ("h2", "Vestiging"),
        ("kv", [("Vestigingsnummer", "000048812377"), ("Bezoekadres", "Lindenhof 7, 3993 XA Houten"),
                ("Telefoonnummer", "06-55321190"), ("E-mailadres", "info@oudejansadvies.nl")], 40),
        ("h2", "Eigenaar"),
        ("kv", [("Naam", "OUDEJANS, Dennis Johannes"), ("Geboortedatum", "03-09-1981"),
                ("Datum in functie", "12-05-2021")], 40),
        ("sp", 10),
        ("small", "Waarmerk: KvK Handelsregisterwet 2007. Extract ten behoeve van onderzoek HB-25-0417."),
    ], font="Helvetica", size=11)
    scan(src, p, seed=20, angle=0.5)
    src.unlink()
