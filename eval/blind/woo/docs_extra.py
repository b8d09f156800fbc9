# Continuation blocks (second/third pages) appended to some documents of set D.
_inv_rows = [["ID", "Document", "Datum", "Beoordeling", "Beoordelingsgrond", "Toelichting"]]
_people = [("{{P:Kok}}", "{{P:Asante}}"), ("{{P:Wijnberg}}", "{{P:Kok}}"), ("{{P:Rosalie Ngo}}", "{{P:Asante}}"),
           ("{{P:Asante}}", "{{P:Bram ten Hove}}"), ("{{P:Kok}}", "{{P:Ngo}}")]
for i in range(1, 26):
    a, b = _people[i % len(_people)]
    beo = ["deels openbaar", "openbaar", "niet openbaar"][i % 3]
    grond = {"deels openbaar": "5.1.2e", "openbaar": "", "niet openbaar": "5.1.2i"}[beo]
    _inv_rows.append([f"{{{{C:EZ-25-{200 + i:04d}}}}}", f"E-mail {a} aan {b}", f"{{{{D:2025-0{1 + i % 3}-{10 + i % 18:02d}}}}}",
                      beo, grond, "namen gelakt" if grond == "5.1.2e" else ""])

EXTRA = {
 "d08_woo_besluit_ez_inventaris": [
   ("h", "Vervolg inventarislijst (familie {{C:EZ-25-0200}})"),
   ("table", _inv_rows),
   ("p", "De documenten in deze familie bevatten e-mailwisselingen tussen medewerkers van de directie, "
         "onder wie {{P:Rosalie Ngo}} ({{E:r.ngo@minezk.nl}}, {{T:06 - 1029 3847}}) en {{P:Bram ten Hove}} "
         "({{E:Bram.tenHove@minezk.nl}}). Hun namen zijn gelakt; de naam van minister {{OF:Beljaarts}} niet."),
 ],
 "d07_woo_besluit_bzk": [
   ("h", "Bijlage 1 - Inventarislijst (vervolg)"),
   ("table", [["Nr", "Document", "Datum", "Beoordeling", "Grond"]] + [
       [f"{{{{C:BZK-{5 + i:04d}}}}}", doc, f"{{{{D:{20 + i:02d}-01-2025}}}}", "deels openbaar", "5.1.2e"]
       for i, doc in enumerate([
           "E-mail {{P:DE GRAAF-SMEETS}}, M. aan {{P:Orhan}}", "Chat {{P:Lisanne}} / {{P:Van der Linden}}",
           "Notitie {{P:Yvonne Akkermans}} over planning", "Agenda overleg met {{O:IPO}}",
           "E-mail {{P:Akkermans}} aan {{FE:secretariaat-dgoo@minbzk.nl}}",
           "Sms van {{T:06 51 62 73 84}} aan {{P:Lisanne}}", "Verslag bewindspersonenoverleg",
           "E-mail {{E:y.akkermans@minbzk.nl}} aan {{E:lisanne.tan@minbzk.nl}}"])], [20, 78, 24, 28, 15]),
   ("h", "Bijlage 2 - Overwegingen per document"),
   ("p", "In de documenten komen namen voor van medewerkers die niet in de openbaarheid treden, zoals "
         "{{P:Yvonne Akkermans}}, {{P:Lisanne Tan}} en {{P:Orhan Yıldırım}}. Hun namen, telefoonnummers en "
         "e-mailadressen zijn gelakt. De naam van minister {{OF:Uitermark}} en van oud-minister "
         "{{OF:Hanke Bruins Slot}} zijn niet gelakt, omdat zij in hun publieke functie handelen."),
   ("p", "Uw eigen gegevens - naam, adres en telefoonnummer - zijn in de openbaar te maken versie van dit "
         "besluit eveneens gelakt. Een afschrift van dit besluit is gestuurd aan de {{O:Nationale ombudsman}}."),
 ],
 "d10_uwv_memo_ww": [
   ("h", "Contactmomenten"),
   ("table", [["Datum", "Kanaal", "Medewerker", "Inhoud"],
              ["{{D:12-11-2024}}", "telefoon", "{{P:Kees Smit}}", "Klant meldt zich ziek; verwezen naar "
               "{{TI:verzekeringsarts}}"],
              ["{{D:19-11-2024}}", "e-mail", "{{P:Ayşe Korkmaz}}", "Vraag over inkomstenopgave via "
               "{{E:a.korkmaz@uwv.nl}}"],
              ["{{D:02-12-2024}}", "brief", "{{P:Korkmaz}}", "Verzoek loonstroken aan werkgever"],
              ["{{D:17-12-2024}}", "telefoon", "{{P:J. van Essen}}", "Werkgever belt vanaf {{T:0570 - 21 43 65}}"],
              ["{{D:06-01-2025}}", "telefoon", "{{P:Kees Smit}}", "Partner belt; zie memo"]], [25, 22, 40, 83]),
   ("p", "Mevrouw {{P:Petrović}} heeft een dochter, {{P:Mila Petrović}} (BSN {{B:187891151}}), die bij haar "
         "inwoont; dit is van belang voor de toeslagpartner-toets. Het {{TE:dagloon}} is vastgesteld op "
         "EUR 118,40. Het {{O:UWV}} betaalt per {{D:1 februari 2025}} uit. De betaling voor december 2024 is "
         "ten onrechte overgemaakt naar rekening {{I:NL36 TRIO 8690 9365 20}} van een derde; terugvordering "
         "volgt."),
   ("p", "Vanwege het dossier en de geschiedenis in deze zaak adviseer ik dat {{P:Korkmaz}} niet meer "
         "rechtstreeks contact opneemt. Vragen over deze memo: {{P:Kees Smit}}, intern nummer "
         "{{T:088 - 898 3071}}."),
 ],
 "d12_belastingdienst_herstel": [
   ("h", "Bijlage - betalingsoverzicht"),
   ("table", [["Datum", "Omschrijving", "Rekening", "Bedrag"],
              ["{{D:2023-03-14}}", "Catshuisregeling", "{{I:NL39 SNSB 0325 8105 25}}", "EUR 30.000"],
              ["{{D:2024-06-01}}", "Aanvullende tegemoetkoming kind {{P:Jayden Martina}}",
               "{{I:NL84ASNB9339612543}}", "EUR 10.000"],
              ["{{D:2024-11-20}}", "Tegemoetkoming ex-partner {{P:Sewnarain}}", "{{I:NL43 BUNQ 3855 2289 83}}",
               "EUR 10.000"]], [25, 65, 50, 25]),
   ("p", "Kind {{P:Jayden Martina}} (BSN {{B:178598835}}) is inmiddels meerderjarig en heeft een eigen "
         "aanvraag gedaan via {{PR:MijnOverheid}}. Zijn adres wijkt af: {{A:Kraaiennest 88}}, "
         "{{A:1104 CM}} {{PL:Amsterdam}}. Contact loopt via zijn zaakbehandelaar {{P:Ilse Verhoeven}} "
         "({{E:ilse.verhoeven@toeslagen.nl}}, {{T:+31 6 42 77 10 58}})."),
   ("p", "De {{O:Belastingdienst/Toeslagen}} stuurt de ouder een beschikking. De gegevens van mevrouw "
         "{{P:Martina-Isenia}} worden niet gedeeld met de gemeente {{PL:Amsterdam}} zonder haar toestemming."),
 ],
 "d15_rot_logboek_kennemerland": [
   ("h", "Vervolg logboek nafase"),
   ("lines", [
     "16:25 | {{PA:MdJ}}: evacuatie opgeheven; bewoners mogen terug.",
     "16:40 | {{PA:SK}}: meetuitslagen {{O:GGD Kennemerland}} binnen normen.",
     "17:05 | {{PA:RB}}: overdracht aan {{O:Omgevingsdienst IJmond}} (piket {{P:Hein Zwaan}}, {{T:06 24 68 13 57}}).",
     "17:30 | Woordvoerder {{OF:Gerda Stam}}: tweede persbericht uit.",
     "18:10 | {{PA:MdJ}}: bewoonster {{P:A. Bakker}} nagebeld, is bij dochter {{P:Nienke Bakker}} in "
     "{{PL:Velserbroek}}.",
     "19:00 | Einde logboek. Evaluatie via {{P:Boukema}} en {{P:Kaya}}.",
   ]),
   ("p", "Initialen in dit logboek: {{PA:MdJ}} = {{P:Marco de Jong}}, {{PA:RB}} = {{P:Rutger Boukema}}, "
         "{{PA:SK}} = {{P:Sevda Kaya}}. Het logboek is opgenomen in {{PR:LCMS}} onder incidentnummer "
         "{{C:VRK-2025-05-0917}}."),
 ],
 "d22_whatsapp_dijkbewaking": [
   ("lines", [
     "[03-01-25 06:12:44] {{P:Wim Post}}: Goedemorgen. Nacht rustig verlopen, water daalt.",
     "[03-01-25 06:15:02] {{P:Aylin Şahin}}: Dank. {{P:Joost}} en {{P:Fleur Ouwerkerk}} hebben de hele nacht gelopen.",
     "[03-01-25 06:20:19] {{P:Fleur Ouwerkerk}}: Klopt. Mijn nummer voor de rapportage: {{T:06-48 26 39 01}}.",
     "[03-01-25 07:01:55] {{P:Karin Dijkstra}}: Mevrouw {{P:Van Rijswijk}} is gisteravond door haar zoon "
     "opgehaald, zijn adres {{A:Groenestraat 301}}.",
     "[03-01-25 07:30:10] {{P:Wim Post}}: Dijkgraaf {{OF:Haverkamp}} en burgemeester {{OF:Bruls}} geven om 11:00 "
     "een persconferentie in het stadhuis.",
     "[03-01-25 07:31:42] {{P:Aylin Şahin}}: Ik regel de zaal. Vragen van pers naar {{FE:pers@nijmegen.nl}}.",
   ]),
 ],
 "d19_tk_procedure_bzk": [
   ("h", "Bijlage - lijst van ingekomen stukken"),
   ("table", [["Zaak", "Afzender", "Voorstel"],
              ["{{C:2025Z03501}}", "Minister van BZK, {{OF:Uitermark}}", "Voor kennisgeving"],
              ["{{C:2025Z03588}}", "Burger, de heer {{P:Ouali}}", "Doorgeleiden"],
              ["{{C:2025Z03610}}", "{{O:Kiesraad}}", "Betrekken bij debat"],
              ["{{C:2025Z03702}}", "Mevrouw {{P:Ingeborg van Dalen-Smit}}, {{E:ivandalen@planet.nl}}",
               "Doorgeleiden"],
              ["{{C:2025Z03715}}", "Staatssecretaris {{OF:Szabó}}", "Agenderen"]]),
 ],
}
