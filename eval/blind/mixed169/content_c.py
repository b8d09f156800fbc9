from lib169 import Doc
W = "Word voor Microsoft 365"
DOCS = []
A = DOCS.append

A(Doc("wz26_bodycam_register", "rl-helv", """
# Register inzage en bewaring bodycambeelden - maart 2026
Op grond van het ‹Besluit bodycams handhaving 2024› en de ‹AVG› (artikel 30, register van verwerkingen)
| Opname | Camera | Drager | Datum | Reden bewaring | Ingezien door | Tot |
| ‹BWC-0417/20260312-0841› | 0417 | «BOA-3317» | 12-03 | klacht ‹KL-2026-0388› | «E. Dijkstra-van Rooij» | 12-09-2026 |
| ‹BWC-0422/20260312-0932› | 0422 | «BOA-3342» | 12-03 | bezwaar ‹BZ-2026-0147› | «T.W. Oudeman» | 12-09-2026 |
| ‹BWC-0417/20260312-0852› | 0417 | «BOA-3317» | 12-03 | bezwaar ‹BZ-2026-0147› | «T.W. Oudeman» | 12-09-2026 |
| ‹BWC-0409/20260318-2214› | 0409 | «BOA-3290» | 18-03 | agressie-incident, aangifte | «Politie Oost-Nederland» | 18-03-2027 |
| ‹BWC-0422/20260321-1610› | 0422 | «BOA-3356» | 21-03 | verzoek betrokkene art. 15 AVG | ‹functionaris gegevensbescherming› | 21-06-2026 |
Beheerder register: «Nadia Verkerk», ‹privacy officer›, «n.verkerk@wezelveen.nl». Overige opnamen worden na 28 dagen automatisch verwijderd.
Inzage door de eigenaar van voertuig «XG-417-K» is geweigerd omdat op de beelden derden herkenbaar zijn (buurvrouw, chauffeur).
""", producer="Qoppa PDF Studio 2024", creator="Reveal DEMS export", title="Register bodycambeelden maart 2026"))

A(Doc("wz27_memo_handnotitie", "scan", """
MEMO - afdeling Parkeren
Aan: «Mark-Jan Bosveld», teamleider Handhaving
Van: «Eveline Dijkstra-van Rooij», teamleider Parkeren
Datum: 16 maart 2026
Onderwerp: klacht KL-2026-0388, wegslepen Jan Ligthartstraat
Graag voor vrijdag een reactie van de betrokken handhavers op de klacht.
Vraag vooral waarom niet bij de fysiotherapeut is gezocht.
Handgeschreven aantekening:
MJ - «Dennis» en «Samira» spreken. «Frank» had aangeboden te gaan kijken!
Bel mij even: «06-29 33 07 18» - «Eveline»
""", scan={"hand": False, "rot": 0.6}, producer="Canon iR-ADV C5840 PDF", creator="Canon iR-ADV C5840"))

A(Doc("wz28_presentielijst_scan", "scan", """
Presentielijst hoorzitting 21 april 2026 - zaak BZ-2026-0147
Naam                              Handtekening
mr. «R.A. Groenewegen»  -  «R. Groenewegen»
drs. «B. Yildirim»  -  «B. Yildirim»
«W. Kuipers-Tjalma»  -  «W. Kuipers»
«A. ter Horst-Celik»  -  «Anneke ter Horst»
«R. ter Horst»  -  «Rutger ter Horst»
«T.W. Oudeman»  -  «Oudeman»
«E. Dijkstra-van Rooij»  -  «Eveline Dijkstra»
""", scan={"hand": True, "rot": 0.9}, producer="Xerox AltaLink C8145", creator="Xerox AltaLink C8145"))

A(Doc("wz29_mail_ombudsman", "rl-dejavu", """
Van: «Rutger ter Horst» <«rutger.th@gmail.com»>
Verzonden: maandag 6 april 2026 21:33
Aan: ‹klachten@wezelveen.nl›; «Oudeman, Thijs» <«t.oudeman@wezelveen.nl»>
Onderwerp: namens mijn moeder - bezwaar ‹BZ-2026-0147› en ‹KL-2026-0388›
Geachte heer «Oudeman»,
Ik schrijf namens mijn moeder, mevrouw «A. ter Horst-Çelik». Het duurt nu al drie weken en wij hebben niets gehoord over de klacht. Als wij voor 20 april niets horen, stappen wij naar de ‹Nationale ombudsman›.
Ook willen wij weten wie de handhaver was. Volgens de balie mag u dat niet zeggen. Mijn moeder heeft alleen het nummer «BOA-3317» op de bon zien staan.
Met vriendelijke groet,
«R.J. ter Horst»
«Kastanjelaan 7», «3831 BN Leusden»
«06-15 73 28 44»
-----
Van: «Oudeman, Thijs» <«t.oudeman@wezelveen.nl»>
Verzonden: dinsdag 7 april 2026 08:58
Aan: «rutger.th@gmail.com»
CC: «Dijkstra-van Rooij, Eveline» <«e.dijkstra@wezelveen.nl»>
Onderwerp: RE: namens mijn moeder
Geachte heer «Ter Horst»,
Excuses voor de late reactie. De klacht wordt meegenomen in de bezwaarprocedure; de hoorzitting is gepland op 21 april 2026. De ‹Nationale ombudsman› behandelt een klacht pas na de interne klachtprocedure.
Namen van handhavers geven wij niet; zij zijn herkenbaar aan hun dienstnummer. Dat is vast beleid in de ‹gemeente Wezelveen› en past bij de ‹Wet bescherming persoonsgegevens›-opvolger, de ‹AVG›.
Met vriendelijke groet,
«Thijs Oudeman», ‹juridisch adviseur›
""", notes=[(0, ("«Eveline Dijkstra»", "Ik bel de zoon morgen, privé nr van moeder: «06 41 27 93 58»"))],
   producer="Microsoft Outlook 16.0", creator="Microsoft Outlook", title="namens mijn moeder"))

A(Doc("wz30_raamovereenkomst_contact", "docx", """
# Bijlage 3 bij ‹raamovereenkomst RO-2023-PARK-04› - contactpersonen en escalatie
Partijen: ‹gemeente Wezelveen› (opdrachtgever) en ‹Takelbedrijf De Worp V.O.F.› (opdrachtnemer), gevestigd ‹Nijverheidsweg 8›, ‹7418 AZ Wezelveen›, KvK ‹08156432›.
De V.O.F. wordt gevormd door de vennoten «Gerrit Hendrik Brouwer» en «Willem (Wim) Brouwer».
| Rol | Gemeente | Takelbedrijf |
| contractmanager | «E. Dijkstra-van Rooij», «0575 78 14 09» | «W. Brouwer», «06 22 81 40 97» |
| operationeel | ‹Meldkamer Handhaving› ‹0575 78 10 00› | ‹planning@deworp-hulpdienst.nl›, ‹0575 44 90 90› |
| financieel | team Financiën | «I. Brouwer-Schuttenbeld», «ineke@brouwer-deworp.nl» |
| escalatie | ‹afdelingshoofd Openbare Ruimte› | «G.H. Brouwer», «06-51 07 62 33» |
Facturen van opdrachtnemer aan ‹crediteuren@wezelveen.nl›.
Privénummer vennoot bij calamiteiten buiten kantoortijd: «0575-52 18 40» (woonhuis «Worpweg 2»).
Tarieven: zie bijlage 2 (‹Tarieventabel wegslepen 2026›), jaarlijks geïndexeerd op basis van de ‹CBS›-prijsindex.
Ondertekend namens de gemeente door ‹wethouder Haverkamp›, 1 juli 2023; namens opdrachtnemer door beide vennoten.
""", author="Hofstede, Jeroen", title="Bijlage 3 RO-2023-PARK-04", producer="LibreOffice 7.6", creator=W))

A(Doc("wz31_klachtafhandeling", "rl-helv", """
‹Gemeente Wezelveen› · ‹Stadhuisplein 1› · ‹7411 HH Wezelveen› · ‹14 0575›
Mevrouw «A. ter Horst-Çelik»
«Zwanenbloemstraat 14»
«7423 KM Wezelveen»
Datum: 24 april 2026   Ons kenmerk: ‹KL-2026-0388›
Onderwerp: afhandeling van uw klacht over de bejegening bij het wegslepen
Geachte mevrouw «Ter Horst-Çelik»,
U heeft op 12 maart 2026 een klacht ingediend over de manier waarop handhavers en het takelbedrijf met u zijn omgegaan. Op grond van hoofdstuk 9 van de ‹Algemene wet bestuursrecht› hebben wij uw klacht onderzocht. Wij hebben gesproken met de betrokken handhavers en met de teamleider.
Wij vinden uw klacht gegrond voor zover het gaat om het zoeken naar u voordat de auto werd weggesleept. Een collega had aangeboden bij de fysiotherapeut te gaan kijken; dat is niet gebeurd. Uw klacht over schade aan het portier vinden wij ongegrond: de foto's van ‹Takelbedrijf De Worp› tonen geen nieuwe schade.
De financiële kant wordt afgehandeld in de bezwaarprocedure ‹BZ-2026-0147›.
Bent u niet tevreden over deze afhandeling, dan kunt u zich wenden tot de ‹Nationale ombudsman›, ‹Postbus 93122›, ‹2509 AC Den Haag›, ‹0800-33 55 555›.
Met vriendelijke groet,
«J. Fransen-Ekelmans»
‹klachtencoördinator›
""", producer="Nitro Pro 13.70", creator="Nitro Pro", title="Afhandeling klacht KL-2026-0388"))

A(Doc("wz32_woo_besluit", "docx", """
‹Gemeente Wezelveen›
Mevrouw «J. Smeets-Oudenaller»
per e-mail: «jorien.smeets@dvho-redactie.nl»
Datum: 9 juni 2026
Kenmerk: ‹WOO-2026-0233›
Onderwerp: besluit op uw Woo-verzoek over de ‹wegsleepregeling›
Geachte mevrouw «Smeets-Oudenaller»,
Op 2 april 2026 heeft u met een beroep op de ‹Wet open overheid› (‹Woo›) gevraagd om documenten over het wegslepen van een voertuig aan de ‹Jan Ligthartstraat› op 12 maart 2026 en over de ‹wegsleepregeling› in 2025 en 2026. Op 28 april 2026 hebben wij de beslistermijn met twee weken verdaagd.
Besluit
Wij maken 33 documenten (deels) openbaar. De documenten staan op de inventarislijst (bijlage 1).
Zienswijze
‹Takelbedrijf De Worp V.O.F.› heeft een zienswijze gegeven. Het bedrijf vraagt de namen en telefoonnummers van de vennoten en medewerkers en het bankrekeningnummer niet openbaar te maken. Dat verzoek honoreren wij. De naam van het bedrijf, de tarieven en de factuurbedragen maken wij wel openbaar.
---PAGE---
Overwegingen
Persoonsgegevens (artikel 5.1 lid 2 sub e ‹Woo›). Wij maken de namen, e-mailadressen, telefoonnummers, paraafcodes en dienstnummers van medewerkers en handhavers niet openbaar, net als namen, adressen, kentekens en rekeningnummers van inwoners en medewerkers van het takelbedrijf. Namen van de burgemeester, de wethouder en raadsleden in hun publieke functie maken wij wel openbaar.
Gezondheidsgegevens (artikel 5.1 lid 1 sub d ‹Woo›). Het medisch advies en de medische gegevens in de GPK-aanvraag zijn bijzondere persoonsgegevens. Deze maken wij niet openbaar.
Burgerservicenummer (artikel 5.1 lid 1 sub e ‹Woo›). Het BSN maken wij niet openbaar.
Bodycambeelden vallen niet onder dit besluit; de registratie daarvan wel.
Bezwaar
Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het ‹college van burgemeester en wethouders›.
Met vriendelijke groet,
namens het college,
«L.M. Nijenhuis», ‹Woo-coördinator›
""", author="Nijenhuis, L.M.", title="Woo-besluit WOO-2026-0233", producer="LibreOffice 7.6", creator=W))

A(Doc("wz33_inventarislijst", "rl-helv", """
# Inventarislijst bij besluit ‹WOO-2026-0233›
| nr | document | datum | beoordeling | grond | opmerking |
| 1 | Woo-verzoek | 02-04-2026 | deels openbaar | ‹5.1.2e› | naam verzoeker |
| 2 | ontvangstbevestiging | 07-04-2026 | deels openbaar | ‹5.1.2e› | |
| 3 | handgeschreven briefje eigenaar | 12-03-2026 | deels openbaar | ‹5.1.2e›, ‹5.1.1d› | |
| 4 | e-mail klacht | 12-03-2026 | deels openbaar | ‹5.1.2e› | |
| 5 | logboek handhaving | 12-03-2026 | deels openbaar | ‹5.1.2e› | dienstnummers |
| 6 | dienstrooster week 11 | 09-03-2026 | deels openbaar | ‹5.1.2e› | |
| 7 | Teams-chat ‹Handhaving Oost› | 12-03-2026 | deels openbaar | ‹5.1.2e›, ‹5.1.1d› | |
| 8 | wegsleepopdracht ‹WSL-2026-03-118› | 12-03-2026 | deels openbaar | ‹5.1.2e› | |
| 9 | factuur ‹2026-0317› | 31-03-2026 | deels openbaar | ‹5.1.2e› | kentekens, IBAN |
| 10 | afgiftebon ‹D-26-0871› | 12-03-2026 | deels openbaar | ‹5.1.2e› | |
| 11 | depotregister maart | 01-04-2026 | deels openbaar | ‹5.1.2e› | |
| 12-13 | e-mails ‹Parkeren› | 13/25-03-2026 | deels openbaar | ‹5.1.2e› | |
| 14-15 | bezwaar en ontvangst | 19/23-03-2026 | deels openbaar | ‹5.1.2e›, ‹5.1.1d›, ‹5.1.1e› | BSN |
| 16-18 | GPK-aanvraag, medisch advies, besluit | 02/11/18-03-2026 | deels openbaar | ‹5.1.1d›, ‹5.1.1e› | |
| 19-21 | hoorzitting, beslisnota, beslissing | 21-04/26-05-2026 | deels openbaar | ‹5.1.2e› | |
| 22-24 | raadsvragen, antwoord, persbericht | 17-03/28-05-2026 | openbaar | - | |
| 25-31 | evaluatie, bodycamregister, memo, presentielijst, e-mails, contract, klacht | 2023-2026 | deels openbaar | ‹5.1.2e› | |
Behandeld door «L.M. Nijenhuis» («LMN»), tweede lezing «C. Ambrosius» («CA»).
""", producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365", title="Inventarislijst WOO-2026-0233"))
