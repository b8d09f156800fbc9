"""Internal notes of set AE (mixed21): beslisnota, adviesnota, memo, verslag, case notes, inventory, Kamervragen."""
from framework import Doc

MOTIV = ("Informatie die niet openbaar gemaakt kan worden", "")

# ---------------------------------------------------------------- ae22: beslisnota with Word comments (LibreOffice)
ae22 = Doc("ae22_beslisnota_comments", "libreoffice", [
    ("h", "Beslisnota"),
    ("hdr", [("Aan:", "«H:de minister van Infrastructuur en Waterstaat»"), ("via:", "«J:SG», «J:DG Water en Bodem»"),
             ("Datum:", "18 juni 2024"), ("Kenmerk:", "«T:IENW/BSK-2024/187331»"),
             ("Onderwerp:", "Besluit op Woo-verzoek lozingen «O:Chemours» (WOO-2024-0417)"),
             ("Contactpersoon:", "⟦S. (Bas) Ottevanger⟧, ⟦T:06-41872290⟧, ⟦E:sebastiaan.ottevanger@minienw.nl⟧"),
             ("Kopie aan:", "«O:Directie Communicatie» (⟦M. van der Loeff⟧), «O:WJZ» (⟦H. Lolkema-Feddema⟧)")]),
    ("h3", "Ter beslissing aan de minister"),
    ("p", "Aan «H:minister Madlener» wordt gevraagd in te stemmen met het besluit op het Woo-verzoek (bijlage 1) en "
          "kennis te nemen van de zienswijze van «O:Chemours Netherlands B.V.» (bijlage 2)."),
    ("h3", "Kern"),
    ("p", "Er zijn 412 documenten gevonden; 61 worden geheel en 288 deels openbaar gemaakt. Namen en contactgegevens van "
          "ambtenaren en medewerkers van het bedrijf worden gelakt op grond van artikel 5.1, tweede lid, onder e, Woo. "
          "De namen van «H:staatssecretaris Jansen», «H:toenmalig minister Harbers» en van de «H:gedeputeerde van "
          "Zuid-Holland» blijven leesbaar. Het besluit wordt gepubliceerd op «R:open.overheid.nl»."),
    ("comment", "Krachtenveld: de «O:gemeente Dordrecht» en de «O:GGD Zuid-Holland Zuid» zijn geïnformeerd; de "
                "bewonersgroep «O:Stichting Schoon Water Dordrecht» heeft aangekondigd het besluit te bespreken met "
                "«H:Kamerlid Kröger».", "⟦Hylke Lolkema-Feddema⟧", "⟦X:HLF⟧",
                "Hier ook noemen dat ⟦Roëlle Tjoe-Awie⟧ (ILT) het parallelle besluit van de ILT coördineert?"),
    ("comment", "Communicatie: het besluit gaat met een begeleidende «T:Q&A» naar de woordvoering.", "⟦Marieke van der Loeff⟧",
     "⟦X:MvdL⟧", "Q&A is afgestemd met ⟦Dewi⟧ van DCOM; ⟦Bas⟧, graag nog jouw check op de cijfers."),
    ("h3", "Parafering"),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["⟦S. Ottevanger⟧", "«J:senior beleidsmedewerker»", "⟦X:SO⟧", "18-06-2024"],
               ["⟦R.E.M. van Keulen-Pinto⟧", "«J:afdelingshoofd Waterkwaliteit»", "⟦X:RvKP⟧", "19-06-2024"],
               ["⟦drs. A.W. (Anton) Gerritsma⟧", "«J:directeur Water en Bodem»", "⟦X:AWG⟧", "20-06-2024"],
               ["«J:DG Water en Bodem»", "", "", "21-06-2024"]], [0.3, 0.35, 0.15, 0.2]),
    ("h3", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering: [nog invullen]"),
    ("pb",),
    ("h", "Bijlage 1 – concept-besluit (uittreksel)"),
    ("p", "Geachte ⟦heer Vroegindewey-Sahin⟧,\n\nOp 3 juni 2024 heeft u namens de «O:Stichting Schoon Water Dordrecht» "
          "een verzoek gedaan op grond van de «W:Wet open overheid» (Woo). U vraagt om documenten over de lozingen van "
          "«O:Chemours» sinds 1 januari 2022. Uw adres: ⟦A:Vrieseweg 212⟧, ⟦A:3311 NZ⟧ «L:Dordrecht»."),
    ("p", "Bij de beoordeling is contact gezocht met «O:Chemours Netherlands B.V.», «O:Rijkswaterstaat», de «O:ILT» en de "
          "«O:Omgevingsdienst Zuid-Holland Zuid». De documenten waarin het kabinet van «H:minister Madlener» is betrokken, "
          "zijn in de inventaris opgenomen. Persoonsgegevens van ambtenaren zijn gelakt (5.1.2e)."),
    ("p", "Hoogachtend,\n\n«H:de minister van Infrastructuur en Waterstaat»,\nnamens deze,\n«J:de directeur Water en Bodem»,\n\n"
          "⟦A.W. Gerritsma⟧"),
    ("small", "Contact voor vragen over dit besluit: «F:woo@minienw.nl» of «S:070 456 0000» (algemeen). Behandelaar: "
              "⟦Lina Abu Zahrieh⟧."),
], title="Beslisnota Woo-verzoek Chemours", author="⟦Ottevanger, S.⟧",
   genre="beslisnota via SG/DG with Word comment balloons (printed in the margin), paraph table, empty motivation")

# ---------------------------------------------------------------- ae23: adviesnota B&W, two columns, actions with initials
ae23 = Doc("ae23_adviesnota_bw_twee_kolommen", "chromium", [
    ("raw", "<div style='border-bottom:2px solid #036;margin-bottom:6px'><b>«O:Gemeente Leeuwarden»</b> – Adviesnota aan "
            "het college van B&amp;W</div>"),
    ("table", [["Portefeuillehouder", "«H:wethouder Sjoerd Feitsma»"], ["Steller", "⟦Wietske Oenema-Bosgraaf⟧, ⟦T:058 233 8972⟧"],
               ["Afdeling", "«O:Sociaal Domein» / «O:Team Wijkteams»"], ["Collegevergadering", "10 december 2024"],
               ["Zaaknummer", "«T:Z-2024-118457»"]], [0.3, 0.7]),
    ("raw", "<div style='column-count:2;column-gap:8mm'>"),
    ("h3", "1. Onderwerp"),
    ("p", "Evaluatie pilot «W:Doorbraakaanpak Armoede» in de wijken «L:Heechterp-Schieringen» en «L:Vrijheidswijk»."),
    ("h3", "2. Voorstel"),
    ("p", "Het college besluit de pilot voort te zetten in 2025 en de raad te informeren via een "
          "raadsinformatiebrief. «H:Burgemeester Buma» en «H:wethouder Feitsma» presenteren de resultaten op het "
          "«O:VNG»-congres."),
    ("h3", "3. Toelichting"),
    ("p", "In 2024 zijn 214 huishoudens begeleid. De samenwerking met «O:Humanitas», «O:Stichting Schuldhulpmaatje» en "
          "«O:Elkander» verliep goed. Twee casussen zijn in de stuurgroep besproken (mevrouw ⟦F. Bouma-Cazemier⟧ en de "
          "familie ⟦Abdirahman⟧); details staan in het vertrouwelijke casusoverzicht. ⟦Femke⟧ van het wijkteam "
          "adviseert een vaste contactpersoon per gezin."),
    ("h3", "4. Financiën"),
    ("p", "Kosten € 312.000, gedekt uit de «W:Brede SPUK» en de «W:Armoedegelden Rijk»."),
    ("h3", "5. Actielijst"),
    ("table", [["#", "Actie", "Wie", "Wanneer"],
               ["1", "Raadsinformatiebrief", "⟦X:WOB⟧", "20-12"], ["2", "Afstemming «O:Friese Poort»", "⟦X:PdH⟧, ⟦X:TvdM⟧", "jan."],
               ["3", "Casusoverzicht anonimiseren", "⟦X:WOB⟧ / ⟦Femke⟧", "17-12"], ["4", "Persbericht", "«O:Concerncommunicatie»", "11-12"]],
     [0.08, 0.5, 0.24, 0.18]),
    ("p", "Betrokken: ⟦Piet de Haan⟧ (⟦X:PdH⟧), ⟦Tineke van der Meulen-Kloosterman⟧ (⟦X:TvdM⟧), «J:teamleider Wijkteams»."),
    ("raw", "</div>"),
    ("h3", "Paraaf"),
    ("table", [["Rol", "Naam", "Paraaf", "Datum"], ["Steller", "⟦W. Oenema-Bosgraaf⟧", "⟦X:WOB⟧", "28-11-2024"],
               ["Teamleider", "⟦P. de Haan⟧", "⟦X:PdH⟧", "29-11-2024"], ["Directeur", "⟦mr. J.K. Swierstra⟧", "⟦X:JKS⟧", "02-12-2024"],
               ["Portefeuillehouder", "«H:S. Feitsma»", "akkoord", "05-12-2024"]], [0.25, 0.35, 0.15, 0.25]),
], title="Adviesnota Doorbraakaanpak", genre="adviesnota B&W, two columns, actions with initials, paraph route")

# ---------------------------------------------------------------- ae24: memo with version table, colophon, hidden channels
ae24 = Doc("ae24_memo_versies_colofon", "reportlab", [
    ("h", "Memo"),
    ("hdr", [("Aan:", "«J:MT Directie Woningmarkt»"), ("Van:", "⟦Sanne Kartodikromo⟧"), ("Datum:", "2 april 2025"),
             ("Onderwerp:", "Stand van zaken «W:Wet versterking regie volkshuisvesting» - uitvoeringstoets")]),
    ("p", "Dit memo geeft de stand van zaken van de uitvoeringstoetsen bij «O:VNG», «O:IPO», «O:Aedes» en «O:Woonbond». "
          "«H:Minister Keijzer» heeft in het commissiedebat van 19 maart toegezegd de Tweede Kamer vóór de zomer te "
          "informeren (toezegging «T:TZ202503-044»). «H:Kamerlid De Hoop» en «H:Kamerlid Vijlbrief» vroegen om de "
          "gevolgen voor middenhuur."),
    ("h3", "Kern"),
    ("p", "De «O:VNG» vraagt uitstel tot 1 januari 2026. ⟦Kartodikromo⟧ en ⟦Jan-Willem Hofsteenge⟧ bespraken dit op 27 "
          "maart met ⟦Evelien Brandsma⟧ van de «O:VNG» en ⟦drs. M.C. Sijbesma-Toornstra⟧ van het «O:IPO». Zij zijn "
          "bereikbaar via hun functionele mailboxen."),
    ("h3", "Verzendlijst"),
    ("p", "«J:DG Volkshuisvesting en Bouwen»; «J:directeur Woningmarkt»; ⟦Jan-Willem Hofsteenge⟧; ⟦Aziz El Yaakoubi⟧; "
          "⟦Marjan Zwolsman⟧; «F:postbus-wvrv@minvro.nl»"),
    ("h3", "Versiebeheer"),
    ("table", [["Versie", "Datum", "Auteur", "Wijziging"], ["0.1", "24-03-2025", "⟦S. Kartodikromo⟧", "eerste opzet"],
               ["0.2", "28-03-2025", "⟦J.W. Hofsteenge⟧", "uitkomst overleg VNG/IPO"],
               ["0.3", "31-03-2025", "⟦A. El Yaakoubi⟧", "juridische check (art. 2.7)"],
               ["1.0", "02-04-2025", "⟦S. Kartodikromo⟧", "definitief"]], [0.12, 0.18, 0.3, 0.4]),
    ("h3", "Colofon"),
    ("p", "«O:Ministerie van Volkshuisvesting en Ruimtelijke Ordening» · «L:Turfmarkt 147» · «L:Den Haag»\n"
          "Contact: ⟦Sanne Kartodikromo⟧, «J:beleidsmedewerker», ⟦T:06 5544 2871⟧, ⟦E:sanne.kartodikromo@minvro.nl⟧"),
], title="Memo Wet versterking regie volkshuisvesting", author="⟦Kartodikromo, S.⟧",
   xmp_creator="⟦Sanne Kartodikromo⟧", info={"Subject": "Memo voor MT, opgesteld door ⟦Jan-Willem Hofsteenge⟧"},
   outline=[("Memo", 0), ("Verzendlijst (⟦Hofsteenge⟧, ⟦El Yaakoubi⟧, ⟦Zwolsman⟧)", 0), ("Versiebeheer", 0)],
   fields=[{"name": "Behandelaar", "value": "⟦Aziz El Yaakoubi⟧", "rect": (380, 40, 560, 56)}],
   footer="Memo WVRV - concept - niet verspreiden",
   genre="memo: distribution list, version table, colophon; Info Author/Subject, XMP creator, bookmarks and form field with names")

# ---------------------------------------------------------------- ae25: verslag with attendance and actions (fpdf2)
ae25 = Doc("ae25_verslag_stuurgroep", "fpdf2", [
    ("h", "Verslag stuurgroep «W:Regio Deal Zuid-Limburg»"),
    ("hdr", [("Datum:", "23 januari 2025, 14.00-16.00 uur"), ("Locatie:", "«O:Gouvernement», «L:Limburglaan 10», «L:Maastricht»"),
             ("Voorzitter:", "«H:gedeputeerde Ger Koopmans»"),
             ("Aanwezig:", "«H:wethouder Van Est» («O:gemeente Heerlen»), «H:wethouder Krewinkel» («O:gemeente Maastricht»), "
                           "⟦Mieke Nijsten-Schols⟧ («O:ministerie van BZK»), ⟦Rachid Boukhrissi⟧ («O:Provincie Limburg»), "
                           "⟦Ludo Pinckaers⟧ («O:Zuyd Hogeschool»), ⟦Annemarie Vleugels⟧ (secretaris)"),
             ("Afwezig:", "«H:burgemeester Hoogervorst» (bericht), ⟦Guido Bessems⟧")]),
    ("h3", "1. Opening en mededelingen"),
    ("p", "De voorzitter opent. ⟦Vleugels⟧ meldt dat «H:minister Uitermark» de regio op 12 maart bezoekt. ⟦Mieke⟧ bevestigt "
          "dat het ministerie de derde tranche van € 12,5 miljoen vrijgeeft."),
    ("h3", "2. Voortgang «W:Brightlands»-projecten"),
    ("p", "⟦Pinckaers⟧ licht de «T:KPI-dashboard» toe. Het project «T:Smart Services Campus» loopt vertraging op; ⟦Boukhrissi⟧ "
          "stelt voor de mijlpaal te verschuiven. «H:Wethouder Van Est» vraagt aandacht voor «L:Heerlen-Noord»."),
    ("h3", "3. Rondvraag"),
    ("p", "⟦Nijsten-Schols⟧: de evaluatie door «O:Berenschot» start in april. ⟦Ludo⟧ vraagt of ⟦Guido⟧ het verslag krijgt: ja."),
    ("h3", "Actielijst"),
    ("table", [["Nr", "Actie", "Actiehouder", "Datum"], ["25-01", "Mijlpaal Smart Services Campus herzien", "⟦X:RB⟧", "20-02"],
               ["25-02", "Programma ministersbezoek", "⟦X:AV⟧ / «O:Kabinet CdK»", "01-03"],
               ["25-03", "Offerte evaluatie Berenschot", "⟦X:MNS⟧", "15-02"], ["24-17", "Actie: ⟦X:RvdB⟧, ⟦X:MK⟧ (doorlopend)", "⟦X:RvdB⟧, ⟦X:MK⟧", "-"]],
     [0.1, 0.5, 0.25, 0.15]),
    ("small", "⟦X:RB⟧ = ⟦Rachid Boukhrissi⟧, ⟦X:AV⟧ = ⟦Annemarie Vleugels⟧, ⟦X:MNS⟧ = ⟦Mieke Nijsten-Schols⟧, ⟦X:RvdB⟧ = ⟦Roel van den Boorn⟧, "
              "⟦X:MK⟧ = ⟦Maud Kerckhoffs⟧. Verslag: ⟦Annemarie Vleugels⟧, ⟦T:043 389 7716⟧."),
    ("pb",), ("h3", "Bijlage – presentielijst (ondertekend)"),
    ("table", [["Naam", "Organisatie", "E-mail", "Paraaf"],
               ["«H:Ger Koopmans» (voorzitter)", "«O:Provincie Limburg»", "«F:statengriffie@prvlimburg.nl»", "✓"],
               ["«H:wethouder Van Est»", "«O:gemeente Heerlen»", "«F:postbus@heerlen.nl»", "✓"],
               ["⟦Mieke Nijsten-Schols⟧", "«O:ministerie van BZK»", "⟦E:mieke.nijsten@minbzk.nl⟧", "⟦X:MNS⟧"],
               ["⟦Rachid Boukhrissi⟧", "«O:Provincie Limburg»", "⟦E:r.boukhrissi@prvlimburg.nl⟧", "⟦X:RB⟧"],
               ["⟦Ludo Pinckaers⟧", "«O:Zuyd Hogeschool»", "⟦E:ludo.pinckaers@zuyd.nl⟧", "⟦X:LP⟧"],
               ["⟦Annemarie Vleugels⟧", "secretaris", "⟦E:a.vleugels@prvlimburg.nl⟧", "⟦X:AV⟧"],
               ["⟦Jos Schrijnemaekers-Ubachs⟧ (toehoorder)", "«O:LIOF»", "⟦E:j.schrijnemaekers@liof.nl⟧", "⟦X:JSU⟧"]],
     [0.32, 0.22, 0.32, 0.14]),
], title="Verslag stuurgroep Regio Deal", footer="Verslag stuurgroep 23-01-2025 (vastgesteld)",
   genre="verslag: attendance with office holders and civil servants, action list with initials and a legend")

# ---------------------------------------------------------------- ae26: P&O integrity case note (Ghostscript)
ae26 = Doc("ae26_integriteit_casusnotitie", "ghostscript", [
    ("h", "Vertrouwelijk – casusnotitie integriteitsmelding «T:INT-2024-031»"),
    ("hdr", [("Organisatie:", "«O:Dienst Justitiële Inrichtingen», «O:PI Zwaag»"), ("Opgesteld door:", "⟦mr. Oksana Dwarkasing-Bos⟧, «J:integriteitscoördinator»"),
             ("Datum:", "7 november 2024"), ("Betrokkene:", "⟦Q:P.J. (Pieter-Jan) Zwolle⟧, «J:penitentiair inrichtingswerker», personeelsnummer ⟦N:7718204⟧"),
             ("Melder:", "⟦Aylin Korkmaz-Dijkhuis⟧ (anoniem bij de leiding)")]),
    ("h3", "1. Melding"),
    ("p", "Op 14 oktober 2024 meldde ⟦Korkmaz-Dijkhuis⟧ bij de «O:Vertrouwenspersoon Integriteit» dat ⟦Q:collega Zwolle⟧ "
          "contact onderhield met een gedetineerde via «R:Snapchat». De gedetineerde, ⟦R. Mahabier⟧ (registratienummer "
          "⟦N:0412 9983 7⟧), zou een mobiele telefoon hebben ontvangen. De inrichting ligt niet in «L:Zwolle» maar in «L:Zwaag»."),
    ("h3", "2. Gesprekken"),
    ("p", "Hoor en wederhoor op 22 oktober met ⟦Q:de heer Zwolle⟧ en zijn raadsman ⟦mr. Thijmen Oosterbaan⟧ («O:Kruk & Van "
          "Beers Advocaten»). Aanwezig namens P&O: ⟦Dennis Kok⟧ (⟦T:088 071 5532⟧). ⟦Pieter-Jan⟧ ontkent het telefoonverhaal maar "
          "erkent het contact. Zijn leidinggevende ⟦Fatima el Khayari⟧ bevestigt dat hij in 2023 al een waarschuwing kreeg."),
    ("h3", "3. Advies"),
    ("p", "Extern onderzoek door «O:Bureau Integriteit Rijk»... Voorlopige schorsing conform «W:ARAR» art. 91. De "
          "«J:vestigingsdirecteur» besluit; de «O:Rijksrecherche» wordt geïnformeerd. «H:Staatssecretaris Struycken» is niet "
          "geïnformeerd (geen bestuurlijke relevantie)."),
    ("h3", "4. Verzendlijst"),
    ("p", "«J:vestigingsdirecteur PI Zwaag»; ⟦Dennis Kok⟧ (P&O); ⟦Fatima el Khayari⟧; dossier. Niet aan: melder."),
], title="Casusnotitie INT-2024-031", author="⟦Dwarkasing-Bos, O.⟧",
   genre="P&O integrity case note: suspect with a surname that is a city, informant, detainee number; Ghostscript")

# ---------------------------------------------------------------- ae27: Participatiewet case note with journal (LibreOffice)
ae27 = Doc("ae27_participatiewet_contactjournaal", "libreoffice", [
    ("h", "Gespreksverslag en contactjournaal – «W:Participatiewet»"),
    ("table", [["Klant", "⟦Mehmet Ali Kaya-Stroeve⟧"], ["BSN", "⟦B:2051 76 843⟧"], ["Adres", "⟦A:Van 't Hoffstraat 61-3⟧, ⟦A:1097 CT⟧ «L:Amsterdam»"],
               ["Geboortedatum", "⟦D:17 maart 1979⟧"], ["Klantmanager", "⟦Jolien van Leeuwen-Asante⟧ («O:Werk, Participatie en Inkomen»)"],
               ["Dossiernummer", "⟦N:WPI-2024-552109⟧"]], [0.25, 0.75]),
    ("h3", "Gesprek 4 september 2024 («L:Wibautstraat 3»)"),
    ("p", "Aanwezig: ⟦de heer Kaya-Stroeve⟧, ⟦Jolien van Leeuwen-Asante⟧, «J:jobcoach» ⟦Romano Doest⟧ («O:Pantar»). "
          "⟦Mehmet⟧ vertelt dat zijn vrouw ⟦Elif⟧ sinds juni werkt bij «O:Albert Heijn» (20 uur). Inkomsten worden "
          "verrekend. Hij volgt de cursus «W:Taal aan de Slag» bij het «O:ROC van Amsterdam». Hij vraagt bijzondere bijstand "
          "voor een wasmachine (€ 449, «O:Coolblue»). Uitbetaling op ⟦I:NL12 INGB 0007 4412 93⟧."),
    ("h3", "Contactjournaal"),
    ("table", [["Datum", "Kanaal", "Medewerker", "Notitie"],
               ["12-08-2024", "telefoon", "⟦JvLA⟧", "Klant belt ivm uitstel afspraak; nieuw nummer ⟦T:06 8119 0452⟧"],
               ["04-09-2024", "gesprek", "⟦JvLA⟧", "Zie verslag. Actie: ⟦Romano⟧ plant proefplaatsing."],
               ["19-09-2024", "e-mail", "⟦R. Doest⟧", "Proefplaatsing bij «O:Pantar» «L:Amsterdam-Noord» per 1/10."],
               ["02-10-2024", "brief", "«O:Team Bijzondere Bijstand»", "Toekenning wasmachine, besluit «T:BB-24-81732»."],
               ["15-10-2024", "balie", "⟦Q:Sander Blom⟧ (balie)", "Klant levert loonstroken ⟦Elif Kaya-Stroeve⟧ in."]],
     [0.15, 0.12, 0.25, 0.48]),
    ("p", "Wethouder «H:wethouder Groot Wassink» (armoede en schuldhulp) heeft de pilot «W:Samen Verder» gestart; deze "
          "klant doet niet mee. Vragen: «S:14 020» of «F:wpi-klantcontact@amsterdam.nl»."),
], title="Contactjournaal WPI", author="⟦Jolien van Leeuwen-Asante⟧",
   genre="Participatiewet case note: citizen, spouse, BSN, IBAN, address with 't, contact journal with initials")

# ---------------------------------------------------------------- ae28: Woo inventarislijst with senders/recipients (landscape)
inv = [["Nr", "Datum", "Document", "Afzender", "Ontvanger(s)", "Beoordeling", "Grond", "Opmerking"],
       ["1", "03-06-2024", "E-mail: Woo-verzoek Chemours", "⟦M. van der Loeff⟧", "⟦Ottevanger, S.⟧; ⟦Lolkema-Feddema, H.⟧", "Deels openbaar", "5.1.2e", ""],
       ["2", "03-06-2024", "E-mail: RE: Woo-verzoek", "⟦Sebastiaan Ottevanger⟧", "⟦Marieke van der Loeff⟧", "Deels openbaar", "5.1.2e", "zelfde thread als 1"],
       ["3", "03-06-2024", "E-mail: RE: Woo-verzoek", "⟦Owusu-Ansahene, K.⟧ («O:RWS»)", "⟦Ottevanger, S.⟧", "Deels openbaar", "5.1.2e", ""],
       ["4", "04-06-2024", "E-mail: RE: Woo-verzoek", "⟦R. Tjoe-Awie⟧ («O:ILT»)", "⟦K. Owusu-Ansahene⟧; ⟦S. Ottevanger⟧", "Deels openbaar", "5.1.2e", ""],
       ["5", "12-04-2023", "Kamerbrief PFAS Dordrecht", "«H:minister Harbers»", "«O:Tweede Kamer»", "Reeds openbaar", "-", "Kamerstuk «T:22 343, nr. 398»"],
       ["6", "14-04-2023", "Nota aan de minister", "«O:DGWB»", "«H:minister Harbers»", "Deels openbaar", "5.1.2e, 5.2.1", "persoonlijke beleidsopvattingen"],
       ["7", "20-04-2023", "E-mail met «O:Chemours»", "⟦J. Vanderhaegen⟧ («O:Chemours»)", "⟦Dirk de Groot⟧", "Deels openbaar", "5.1.1c, 5.1.2e", "zienswijze gevraagd"],
       ["8", "02-05-2023", "WhatsApp-bericht (screenshot)", "⟦D. de Groot⟧", "⟦Bas⟧", "Niet openbaar", "5.1.2e", "privébericht, buiten reikwijdte"],
       ["9", "11-06-2024", "Teams-chat Woo kernteam", "diverse", "⟦W. Sybrandy⟧ e.a.", "Deels openbaar", "5.1.2e", ""],
       ["10", "18-06-2024", "Beslisnota Woo-besluit", "⟦S. Ottevanger⟧", "«H:minister Madlener»", "Deels openbaar", "5.1.2e", ""],
       ["11", "02-03-2023", "Verslag overleg «O:Provincie Zuid-Holland»", "«O:PZH»", "⟦Ilse Bakker⟧", "Openbaar", "-", "«H:gedeputeerde Stolk» aanwezig"]]
ae28 = Doc("ae28_inventarislijst_woo", "chromium", [
    ("h", "Inventarislijst Woo-besluit «T:WOO-2024-0417» – bijlage 2"),
    ("p", "Verzoeker: ⟦de heer B. Vroegindewey-Sahin⟧, namens «O:Stichting Schoon Water Dordrecht». Familie en Thread: zie kolom Opmerking."),
    ("table", inv, [0.04, 0.09, 0.17, 0.15, 0.19, 0.1, 0.09, 0.17]),
    ("small", "Behandeld door ⟦Lina Abu Zahrieh⟧ en ⟦Farid Ahmadzai-Noorestani⟧, «O:Directie Communicatie», «F:woo@minienw.nl»."),
], landscape=True, title="Inventarislijst WOO-2024-0417", genre="Woo inventory listing senders and recipients, landscape")

# ---------------------------------------------------------------- ae29: answers to Kamervragen with routing (reportlab)
ae29 = Doc("ae29_antwoorden_kamervragen", "reportlab-times", [
    ("h", "Antwoorden op Kamervragen over de kostendelersnorm («T:2025Z00812»)"),
    ("p", "Antwoord van «H:minister Van Hijum» (Sociale Zaken en Werkgelegenheid), mede namens «H:staatssecretaris Nobel»"
          " (ontvangen 11 februari 2025)"),
    ("p", "**Vraag 1**\nKent u het bericht ‘Bijstandsmoeder gekort omdat zoon bij haar inwoont’ («O:NRC», 14 januari 2025)?"),
    ("p", "**Antwoord 1**\nJa."),
    ("p", "**Vraag 2**\nDeelt u de mening van «H:het lid Omtzigt» dat de kostendelersnorm jongeren ontmoedigt thuis te blijven "
          "wonen, zoals ook «H:oud-minister Schouten» in 2023 erkende?"),
    ("p", "**Antwoord 2**\nIk deel de zorg. In het «W:Programma Participatiewet in balans» wordt onderzocht of jongeren tot 27 "
          "jaar buiten de norm kunnen blijven. Het «O:CPB» en het «O:SCP» hebben de gevolgen doorgerekend. Ik verwijs ook naar "
          "de motie-«H:Bikker» («T:36 410 XV, nr. 39»)."),
    ("p", "**Vraag 3**\nKunt u ingaan op de individuele situatie uit «L:Zaandam»?"),
    ("p", "**Antwoord 3**\nNee, op individuele situaties ga ik niet in. De «O:gemeente Zaanstad» is verantwoordelijk voor de "
          "uitvoering; «H:wethouder Sluijs» heeft contact gezocht met de betrokkene."),
    ("p", "**Vraag 4**\nHoe verhoudt dit zich tot de toezegging aan «H:Kamerlid Van Kent» in het commissiedebat?"),
    ("p", "**Antwoord 4**\nIk informeer de Kamer vóór de zomer met een brief."),
    ("hr",),
    ("h3", "Interne routing (niet voor publicatie)"),
    ("table", [["Stap", "Naam", "Functie", "Paraaf", "Datum"],
               ["Opsteller", "⟦Jeroen Vroegop-Santiago⟧", "«J:beleidsmedewerker»", "⟦X:JVS⟧", "22-01-2025"],
               ["Teamleider", "⟦Sanne Hoekzema⟧", "«J:teamleider»", "⟦X:SH⟧", "23-01-2025"],
               ["Directeur", "⟦mr. drs. G. (Gijsbert) Lammers-Oyedele⟧", "«J:directeur Participatie»", "⟦X:GLO⟧", "27-01-2025"],
               ["WJZ", "⟦P. Mulderij⟧", "«J:wetgevingsjurist»", "⟦X:PM⟧", "28-01-2025"],
               ["DG", "«J:DG SZI»", "", "akkoord", "03-02-2025"]], [0.13, 0.3, 0.27, 0.12, 0.18]),
    ("p", "Contact: ⟦Jeroen Vroegop-Santiago⟧, ⟦T:06 2288 1740⟧. Cijfers: ⟦Ayaan Rampersad-Jhinkoe⟧ (⟦X:ARJ⟧)."),
], title="Antwoorden Kamervragen 2025Z00812", genre="Kamervragen answers: Kamerleden, minister, former minister, motie name keep; routing table redact")

# ---------------------------------------------------------------- ae30: interview report with speaker labels (reportlab-dejavu)
ae30 = Doc("ae30_interviewverslag_evaluatie", "reportlab-dejavu", [
    ("h", "Interviewverslag – evaluatie crisisaanpak hoogwater februari 2025"),
    ("hdr", [("Geïnterviewde:", "⟦Roos van Wageningen-Bleeker⟧, «J:crisiscoördinator», «O:Waterschap Drents Overijsselse Delta»"),
             ("Interviewers:", "⟦dr. Kasia Wróblewska-Hoogland⟧ («O:COT Instituut voor Veiligheids- en Crisismanagement»), "
                               "⟦Ties Bakker⟧ (notulist)"), ("Datum:", "18 maart 2025, «L:Zwolle» (kantoor waterschap)")]),
    ("p", "**⟦X:WH⟧:** Kunt u de eerste uren beschrijven?\n**⟦X:RvWB⟧:** Om 02.14 uur kreeg ik de melding van ⟦Marnix⟧ – ⟦Oldebroek-Stam⟧, "
          "onze dijkwacht. We hebben toen direct de «T:Signal»-groep gebruikt, omdat «R:LCMS» traag was."),
    ("p", "**⟦X:WH⟧:** Waarom Signal en niet het «O:Nationaal Crisiscentrum»?\n**⟦X:RvWB⟧:** Snelheid. «H:Dijkgraaf Ploeger» en "
          "«H:burgemeester Strijk» wilden elk uur een update. ⟦Ebo⟧ regelde de zandzakken met «O:Defensie»."),
    ("p", "**⟦X:TB⟧:** Is de groep achteraf gearchiveerd?\n**⟦X:RvWB⟧:** Ja, ik heb de export in Word gezet en in «R:Djuma» opgeslagen. "
          "⟦Geesje Tuinman-Hofstede⟧ van de «O:veiligheidsregio» heeft dat ook gedaan."),
    ("p", "**⟦X:WH⟧:** Wat zou u anders doen?\n**⟦X:RvWB⟧:** Eerder opschalen naar «T:GRIP 2». En de bewoner, ⟦meneer Hazelaar⟧, eerder "
          "informeren; zijn dochter ⟦Janneke⟧ belde mij om 04.00 uur privé op ⟦T:06 1029 3384⟧, dat nummer had ze van de "
          "«R:Facebook»-pagina."),
    ("p", "**⟦X:WH⟧:** Dank u wel. Het verslag wordt ter verificatie aan u voorgelegd.\n\n"
          "Legenda: ⟦X:WH⟧ = ⟦Wróblewska-Hoogland⟧, ⟦X:TB⟧ = ⟦Ties Bakker⟧, ⟦X:RvWB⟧ = geïnterviewde."),
    ("small", "Dit interview is afgenomen in opdracht van de «O:Inspectie Justitie en Veiligheid». «H:Minister Van Weel» ontvangt "
              "het rapport in juni."),
], title="Interviewverslag evaluatie hoogwater", author="⟦Ties Bakker⟧",
   genre="interview report with speaker initials (WH, TB, RvWB) and a legend")
