from lib import Doc
DOCS = []
D = DOCS.append


def form(c):
    f = c.acroForm
    c.setFont("Helvetica", 9)
    y = 640
    for name, val in [("naam", "Jelle Huizinga"), ("adres", "Zuiderhamweg 31"), ("telefoon", "06 22 91 38 04"),
                      ("email", "jellehuizinga1961@ziggo.nl"), ("geboortedatum", "19-07-1961"),
                      ("motivatie", "Direct omwonende, zorgen over verkeer")]:
        c.drawString(70, y + 5, name)
        f.textfield(name=name, value=val, x=170, y=y, width=300, height=18, borderWidth=0.5, fontSize=9)
        y -= 30


D(Doc("az18_beslisnota_verkeer_docx", [
 "Beslisnota verkeersonderzoek {{L:Zuiderhamweg}}",
 "Aan: college van B en W. Datum: 23 oktober 2026. Kenmerk: {{R:Z/26/042240}}.",
 "Aanleiding: tijdens de informatieavond en in de raadsvragen van {{N:raadslid Smeenk}} is gevraagd naar de verkeersveiligheid op de {{L:Zuiderhamweg}}. Het college heeft toegezegd een verkeersonderzoek te laten uitvoeren.",
 "Geadviseerd besluit: opdracht te verlenen aan {{O:Goudappel}} voor een verkeersonderzoek (offerte {{R:GA-2026-3381}}, € 18.400 exclusief btw) en het rapport openbaar te maken op {{L:www.oosterwierum.nl/azc}}.",
 "Kern: de {{L:Zuiderhamweg}} is een 60 km/u-weg zonder vrijliggend fietspad. Het COA betaalt mee aan verlichting en fietspad uit het budget van artikel 4 van de bestuursovereenkomst.",
 "Krachtenveld: {{O:Dorpsbelangen Oosterwierum}} en de {{O:Fietsersbond}} afdeling Oost-Groningen hebben om een 30 km/u-zone gevraagd. {{O:Provincie Groningen}} is wegbeheerder van de aansluiting op de {{L:N33}}.",
 "Informatie die niet openbaar gemaakt kan worden",
 "Motivering: In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd.",
], kind="docx", producer="LibreOffice 7.6", creator="Writer", title="Beslisnota verkeersonderzoek",
 hidden={"author": "Roelfsema, Jasper", "probes": {"metadata": [("PERSON", "Roelfsema, Jasper"), ("PERSON", "Roelfsema")]}}))

D(Doc("az19_notitie_communicatie_docx", [
 "Communicatieplan opvanglocatie {{L:Zuiderhamweg}}",
 "Doel: omwonenden tijdig en eerlijk informeren; vertrouwen herstellen na de informatieavond van 1 oktober 2026.",
 "Middelen: nieuwsbrief (maandelijks), pagina {{L:www.oosterwierum.nl/azc}}, spreekuur in {{Z:Dorpshuis De Klinker}}, klankbordgroep, persberichten via {{M:pers@oosterwierum.nl}}.",
 "Kernboodschap {{N:burgemeester Hofstee}}: de gemeente neemt haar verantwoordelijkheid onder de {{W:Spreidingswet}} en doet dat samen met het dorp.",
 "Planning: week 44 nieuwsbrief 1; week 45 eerste klankbordgroep; 12 november raadsvergadering; week 48 open dag bij een bestaand azc van het COA in {{L:Musselkanaal}}.",
 "Risico's: onrust in buurtapps, landelijke media-aandacht, demonstraties bij het gemeentehuis aan het {{L:Raadhuisplein}}.",
], kind="docx", producer="LibreOffice 7.6", creator="Writer", title="Communicatieplan azc",
 hidden={"xmp": ["Ilse Kruizinga-Bos"], "probes": {"metadata": [("PERSON", "Ilse Kruizinga-Bos")]}}))

D(Doc("az20_projectplan_outline", [
 "# Projectplan realisatie opvanglocatie Zuiderhamweg",
 "Versie 0.9 | {{R:Z/26/039902}} | opdrachtgever: {{N:wethouder Tamminga}}",
 "# 1. Opdracht",
 "Realisatie van een opvanglocatie voor 180 asielzoekers conform de {{W:Spreidingswet}} en de {{R:bestuursovereenkomst COA-BO-2026-114}}.",
 "# 2. Organisatie",
 "Stuurgroep: {{N:wethouder Tamminga}} (voorzitter), regiomanager {{O:COA}} Noord, afdelingsmanager Ruimte. Projectgroep: projectleider opvang, communicatieadviseur, juridisch adviseur, adviseur vergunningen, {{O:Veiligheidsregio Groningen}}.",
 "# 3. Planning",
 "| Fase | Periode | Mijlpaal |",
 "| Voorbereiding | sep-nov 2026 | raadsbesluit 12 november 2026 |",
 "| Vergunningen | nov 2026-jan 2027 | {{W:omgevingsvergunning}} tijdelijke afwijking |",
 "| Bouw units | jan-mrt 2027 | oplevering door {{O:De Meeuw}} |",
 "| Ingebruikname | april 2027 | eerste bewoners |",
 "# 4. Risico's",
 "Bezwaar en beroep tegen de {{W:omgevingsvergunning}}; maatschappelijke onrust; capaciteit {{Z:cbs De Wegwijzer}} en huisartsenpraktijk.",
 "# 5. Stakeholders",
 "| Stakeholder | Belang | Aanpak |",
 "| Omwonenden {{L:Zuiderhamweg}} en {{L:Molenwijk}} | verkeer, geluid, veiligheid | klankbordgroep, nieuwsbrief, spreekuur |",
 "| {{O:Dorpsbelangen Oosterwierum}} | leefbaarheid dorp | deelname klankbordgroep |",
 "| {{Z:cbs De Wegwijzer}} | capaciteit onderwijs | overleg met schoolbestuur |",
 "| {{O:GZA Healthcare}} / huisartsen | zorgcapaciteit | afspraken via {{O:COA}} |",
 "| {{O:politie Noord-Nederland}} | openbare orde | veiligheidsadvies, wijkagent |",
 "| {{O:Provincie Groningen}} | regietafel, wegbeheer {{L:N33}} | bestuurlijk overleg |",
 "| Gemeenteraad | kaderstelling | raadsvoorstel 12 november 2026 |",
 "# 6. Budget",
 "Gemeentelijke kosten worden gedekt uit de {{W:Regeling financiële ondersteuning opvang}}; COA-bijdrage openbare ruimte € 350.000.",
], size=13.5, producer="Acrobat PDFMaker 23 voor Word", creator="Microsoft® Word for Microsoft 365",
 hidden={"outline": [("Projectplan (concept GvtH)", 0), ("Opmerkingen Jasper Roelfsema", 0), ("Planning - check met Okke Bosma", 0)],
         "probes": {"outline": [("INITIALS", "GvtH"), ("PERSON", "Jasper Roelfsema"), ("PERSON", "Okke Bosma")]}}))

D(Doc("az21_concept_brief_notes", [
 "CONCEPT - niet verzenden",
 "{{O:Gemeente Oosterwierum}} | {{L:Raadhuisplein 1}} | {{S:14 0596}}",
 "Aan: {{O:Dorpsbelangen Oosterwierum}}, t.a.v. het bestuur, {{M:info@dorpsbelangenoosterwierum.nl}}",
 "Onderwerp: uitnodiging klankbordgroep opvanglocatie",
 "Geacht bestuur,",
 "Het college stelt een klankbordgroep in voor de opvanglocatie aan de {{L:Zuiderhamweg}}. Wij nodigen {{O:Dorpsbelangen Oosterwierum}} uit één lid voor te dragen. De eerste bijeenkomst is op 5 november 2026 in {{Z:Dorpshuis De Klinker}}.",
 "De klankbordgroep adviseert over verkeer, veiligheid, beheer en de contacten tussen bewoners van het azc en het dorp. Het {{O:COA}} neemt deel met de locatiemanager.",
 "Met vriendelijke groet,",
 "{{N:wethouder Tamminga}}",
], producer="PDF-XChange Editor 10.1", creator="Microsoft® Word 2019", font="Helvetica",
 hidden={"notes": [("Wiersma-de Groot, Annelies", "Graag paraaf voor vrijdag - AW"), ("Jasper Roelfsema", "Dorpsbelangen heeft voorkeur voor Femke Oudman als voorzitter; bellen op 06-30 55 18 24"),
                   ("Ilse", "Kees Hoogeveen ook uitnodigen? Hij gaf aan dat zijn hartklachten zorgen geven.")],
         "probes": {"annotations": [("PERSON", "Wiersma-de Groot, Annelies"), ("PERSON", "Jasper Roelfsema"), ("PERSON", "Femke Oudman"),
                                    ("PHONE", "06-30 55 18 24"), ("PERSON", "Kees Hoogeveen"), ("HEALTH", "hartklachten"), ("PERSON", "Ilse")]}}))

D(Doc("az22_aanmeldformulier_klankbordgroep", [
 "# Aanmeldformulier klankbordgroep opvanglocatie Zuiderhamweg",
 "{{O:Gemeente Oosterwierum}} | formulier {{R:KBG-2026-01}} | inleveren bij {{M:azc@oosterwierum.nl}} of bij de balie aan het {{L:Raadhuisplein 1}}",
 "Vul het formulier in en stuur het vóór 26 oktober 2026 op. De gemeente gebruikt uw gegevens alleen voor de klankbordgroep ({{W:Algemene verordening gegevensbescherming}}).",
 "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", 
 "Privacyverklaring: zie {{L:www.oosterwierum.nl/privacy}}.",
], producer="ReportLab PDF Library - www.reportlab.com", creator="Formulierenbouwer Oosterwierum", form=form,
 hidden={"probes": {"annotations": [("PERSON", "Jelle Huizinga"), ("ADDRESS", "Zuiderhamweg 31"), ("PHONE", "06 22 91 38 04"),
                                    ("EMAIL", "jellehuizinga1961@ziggo.nl"), ("DATE_OF_BIRTH", "19-07-1961")]}}))
