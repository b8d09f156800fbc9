"""E-mail threads of set AE (mixed21). All persons are invented; office holders are named in their role."""
from framework import Doc
from mail import (DISCL_RIJK, M, P, d, en_gmail, en_long, nl_long, nl_short, outlook_desktop, quoted_chain)

IENW = "«O:Ministerie van Infrastructuur en Waterstaat»"

# ---------------------------------------------------------------- ae01: Outlook desktop, 8 deep, IenW / PFAS
bas = P("Sebastiaan", "Ottevanger", "sebastiaan.ottevanger@minienw.nl", "senior beleidsmedewerker",
        "Directoraat-Generaal Water en Bodem", "070 456 8812", "06-41872290", nick="Bas", paraph="SO")
mvdl = P("Marieke", "van der Loeff", "marieke.vander.loeff@minienw.nl", "coördinator Woo-verzoeken",
         "Directie Communicatie", "", "06 2718 4406", paraph="MvdL")
hylke = P("Hylke", "Lolkema-Feddema", "h.lolkema-feddema@minienw.nl", "jurist", "Directie Wetgeving en Juridische Zaken",
          "070 456 3391", "", extra="Werkdagen: ma-di-do\n(hij/hem)")
kwab = P("Kwabena", "Owusu-Ansahene", "kwabena.owusu-ansahene@rws.nl", "adviseur waterkwaliteit",
         "Rijkswaterstaat West-Nederland Zuid", "", "+31 6 1538 0927")
roel = P("Roëlle", "Tjoe-Awie", "roelle.tjoe-awie@ilent.nl", "inspecteur", "", "", "06 31 77 50 84")
wyt = P("Wytske", "Sybrandy", "w.sybrandy@minienw.nl")
dirk = P("Dirk", "de Groot", "dirk.de.groot@minienw.nl")
ilse = P("Ilse", "Bakker", "ilse.bakker@minienw.nl")
anais = P("Anaïs", "Verbrüggen", "anais.verbruggen@minienw.nl")
farid = P("Farid", "Ahmadzai-Noorestani", "f.ahmadzai@minienw.nl")
joost = P("Joost", "van 't Hoenderdaal", "joost.vant.hoenderdaal@minienw.nl")
lina = P("Lina", "Abu Zahrieh", "lina.abuzahrieh@minienw.nl")

ae01_msgs = [
    M(mvdl, [bas, hylke], d("2024-06-03 09:02"), cc=["«F:woo@minienw.nl»"],
      body=f"Hoi {bas.nk} en {hylke.fn},\n\nVandaag is een Woo-verzoek binnengekomen over de lozingsvergunning van "
           f"«O:Chemours» in «L:Dordrecht» en de contacten daarover met «O:Rijkswaterstaat» en de «O:ILT» sinds 2022. "
           f"Zaaknummer «T:WOO-2024-0417». De termijn loopt tot 1 juli. Kunnen jullie vóór vrijdag aangeven welke "
           f"mappen in «R:DigiDoc» en welke mailboxen we moeten doorzoeken? Ik zet de "
           f"«F:woo@minienw.nl» in cc.\n\nGroet,", sig=2),
    M(bas, [mvdl], d("2024-06-03 11:47"), cc=[hylke, kwab],
      body=f"Hoi {mvdl.fn},\n\nDank. Bij ons gaat het vooral om de map «R:DigiDoc» «T:DGWB/Waterkwaliteit/Chemours» en de "
           f"mailboxen van mij, {dirk.full} en {ilse.full}. {kwab.full} van «O:RWS» heeft de meetgegevens; ik zet hem "
           f"in cc. Let op: in de periode maart-april 2023 is ook met het kabinet van «H:minister Harbers» gemaild "
           f"over de Kamerbrief, en met de «O:Provincie Zuid-Holland» (gedeputeerde Stolk?).\n\nGroet,", sig=1),
    M(kwab, [bas], d("2024-06-03 14:20"), cc=[mvdl, hylke, roel],
      body=f"Beste {bas.fn},\n\nIk kan de meetrapporten van de «O:Waterdienst» aanleveren (ruim 40 documenten). "
           f"Een deel daarvan is al openbaar via «R:Waterinfo». Voor de contacten met het bedrijf moet je bij "
           f"{roel.full} van de «O:ILT» zijn, zij heeft de inspecties gedaan. Ik zit tot en met 14 juni op "
           f"cursus, daarna pak ik het op.", sig=0),
    M(roel, [kwab, bas], d("2024-06-04 08:31"), cc=[mvdl],
      body=f"Goedemorgen allen,\n\nDe «O:ILT» behandelt dit als een apart verzoek: het is ook bij ons binnengekomen "
           f"(ons kenmerk «T:ILT-2024/21773»). Ik stem af met onze Woo-coördinator. Zoals {kwab.sur} al zei: een "
           f"deel is openbaar. Ik stel voor dat we de inventarislijst samen opstellen zodat de nummering klopt.\n\n"
           f"Groetjes,", sig=1),
    M(hylke, [mvdl, bas, roel, kwab], d("2024-06-04 10:12"),
      cc=[wyt, dirk, ilse, anais, farid, joost, lina, "«F:juridischezaken@minienw.nl»"],
      body=f"Allen,\n\nJuridisch punt: stukken die onder artikel 5.1 lid 1 sub c Woo vallen (bedrijfsgegevens "
           f"«O:Chemours») moeten we eerst aan het bedrijf voorleggen (zienswijze, art. 4.4 Woo). Ik stuur "
           f"{anais.fn} de standaardbrief. Namen van medewerkers van het bedrijf maken we zwart (5.1.2e), "
           f"net als die van ons; de naam van «H:minister Madlener» en van «H:staatssecretaris Jansen» uiteraard "
           f"niet. Zoals {roel.sur} al schreef, stemmen we de nummering af. Dank, {hylke.fn}", sig=None),
    M(mvdl, [hylke, bas], d("2024-06-04 13:55"), cc=[roel, kwab],
      body=f"Top, dank {hylke.sur}. {bas.nk}, kun jij {wyt.full} vragen om de export uit «R:Outlook» te maken? "
           f"Zij heeft er vorig jaar ook de export voor de Kamervragen van «H:Kamerlid Kröger» voor gedaan.",
      sig=2),
    M(bas, [mvdl], d("2024-06-05 16:40"), cc=[hylke, wyt],
      body=f"Gedaan. {wyt.fn} levert de PST-bestanden maandag aan via «R:SharePoint». Kleine waarschuwing: in mijn "
           f"mailbox zit ook een appje van {dirk.sur} doorgestuurd (screenshot), dat moeten we nog beoordelen. Ik ben "
           f"donderdag 6 juni vrij; bel me gerust op mijn mobiel ({bas.mob}).", sig=1),
    M(mvdl, [bas], d("2024-06-07 08:58"), cc=[hylke, wyt, kwab, roel],
      body=f"Dag {bas.nk},\n\nIk heb de PST's ontvangen, dank. Ik plan een overleg in voor dinsdag 11 juni 10:00 "
           f"in «L:De Resident», zaal 4.12 (of via «R:Teams»). Graag ook {lina.full} en {farid.full} erbij voor de "
           f"lakken in «R:Woo-tool». @{kwab.fn}: fijn als jij in je cursusweek kunt inbellen.\n\nGroet, "
           f"{mvdl.pa}", sig=None),
]
ae01 = Doc("ae01_outlook_pfas_woo", "reportlab",
           outlook_desktop(ae01_msgs, mvdl, "Woo-verzoek Chemours lozingen (WOO-2024-0417)"),
           title="RE: Woo-verzoek Chemours lozingen (WOO-2024-0417)", genre="Outlook desktop print, 8-deep chain",
           footer="Afgedrukt uit Outlook")

# ---------------------------------------------------------------- ae02: Outlook web, English, EU partners
ewa = P("Øyvind", "Brekkestrand", "oyvind.brekkestrand@miljodir.no", "Senior Adviser", "Norwegian Environment Agency",
        "+47 73 58 05 12", "+47 917 44 208")
chiara = P("Chiara", "Benedettini-Rossi", "chiara.benedettini-rossi@ec.europa.eu", "Policy Officer",
           "European Commission, DG ENV, Unit C.2", "+32 2 298 61 47", "")
ana = P("Ana Luísa", "Coutinho dos Reis", "ana.coutinhodosreis@minienw.nl", "beleidsadviseur internationaal",
        "Directie Internationale Zaken", "", "+31 6 2094 8817")
thiago = P("Thiago", "Bezerra da Silva Santos", "thiago.bezerra@rivm.nl", "onderzoeker", "RIVM", "", "06 1175 3309")
zsu = P("Réka", "Szalai-Kertész", "reka.szalai-kertesz@minienw.nl", "stagiair", "", "", "")
ae02_msgs = [
    M(chiara, [ewa, ana], d("2024-09-16 09:15"), cc=["«F:ENV-PFAS-RESTRICTION@ec.europa.eu»"],
      subject="PFAS universal restriction – follow-up meeting 23 September",
      body=f"Dear {ewa.fn}, dear {ana.fn},\n\nThank you for the constructive exchange in «L:Brussels». As agreed, "
           f"the Commission will circulate the non-paper on derogations for «T:fluoropolymers» before the «O:REACH "
           f"Committee». «H:Commissioner Roswall» would like to discuss the timeline with the five submitting countries "
           f"in October. Could you confirm attendance for 23 September (hybrid, «L:BU-5» room 02/174)?\n\nBest "
           f"regards,", sig=0),
    M(ewa, [chiara], d("2024-09-16 13:42"), cc=[ana, thiago],
      subject="RE: PFAS universal restriction – follow-up meeting 23 September",
      body=f"Hi {chiara.fn},\n\nI will join in person. Our scientific input from the «O:ECHA» «T:RAC/SEAC» consultation "
           f"will be ready by Friday. I copy {thiago.full} of «O:RIVM», who did the Dutch side of the emission "
           f"modelling.\n\nKind regards,", sig=0),
    M(ana, [chiara, ewa], d("2024-09-17 08:05"), cc=[thiago, zsu, "«F:pfas-team@minienw.nl»"],
      subject="RE: PFAS universal restriction – follow-up meeting 23 September",
      body=f"Dear {chiara.fn}, {ewa.fn},\n\nThe Netherlands will be represented by myself and {thiago.fn}. "
           f"«H:Minister Madlener» has asked to be briefed after the meeting; «H:State Secretary Jansen» "
           f"will raise the restriction at the «O:Environment Council» of 17 December. Our intern "
           f"{zsu.m('Szalai-Kertész Réka')} (Hungarian name order in our HR system, she goes by {zsu.fn}) will take "
           f"minutes.\n\nBest,", sig=0),
    M(chiara, [ana], d("2024-09-17 10:30"), cc=[ewa, thiago],
      subject="RE: PFAS universal restriction – follow-up meeting 23 September",
      body=f"Thanks {ana.m('Ana')}, noted. Please note that the room changed to «L:BERL» 1/56. Dial-in "
           f"for {thiago.m('Thiago')}: «S:+32 2 299 11 11» (Commission switchboard), then ask for the meeting code.\n\n"
           f"{chiara.fn}", sig=None),
    M(thiago, [chiara, ana], d("2024-09-18 17:21"),
      subject="RE: PFAS universal restriction – follow-up meeting 23 September",
      body=f"Dear Ms {chiara.m('Benedettini-Rossi')},\n\nAttached our note on emission factors («T:PFOA», «T:GenX»). "
           f"As {ewa.m('Mr Brekkestrand')} pointed out, the «T:RAC/SEAC» timeline is tight. I will be in "
           f"«L:Brussels» from Sunday evening.\n\nKind regards,\n{thiago.full}\n«O:Rijksinstituut voor "
           f"Volksgezondheid en Milieu»\nMobile {thiago.mob}", sig=None, attach="Emission_factors_NL_v3.pdf"),
]
_b = []
for i, m in enumerate(sorted(ae02_msgs, key=lambda m: m.date, reverse=True)):
    _b += [("hdr", [("From:", f"{m.frm.full} <{m.frm.mail}>"), ("Sent:", en_long(m.date)),
                    ("To:", "; ".join(x.addr if isinstance(x, P) else x for x in m.to))]
            + ([("Cc:", "; ".join(x.addr if isinstance(x, P) else x for x in m.cc))] if m.cc else [])
            + [("Subject:", m.subject)] + ([("Attachments:", m.attach)] if m.attach else [])),
           ("p", m.body + ("\n\n" + m.frm.sig(m.sig) if m.sig is not None else "")), ("hr",)]
ae02 = Doc("ae02_owa_english_pfas_eu", "chromium",
           [("h", "Outlook"), ("p", f"RE: PFAS universal restriction – follow-up meeting 23 September"),
            ("small", f"{ana.full} <{ana.mail}>")] + _b +
           [("small", "This e-mail and any attachments are confidential and intended solely for the addressee. "
                      "The European Commission does not accept liability for any errors or omissions.")],
           title="RE: PFAS universal restriction", genre="Outlook on the web print, English, EU and Norwegian partners",
           links=[{"uri": f"mailto:{chiara.mail}", "rect": (40, 700, 300, 712)}])

# ---------------------------------------------------------------- ae03: Gmail print, citizen <-> gemeente, nested quotes
efua = P("Efua", "Boateng-Fordjour", "efua.boatengfordjour@gmail.com")
chay = P("Chayenne", "Girigorie-Martis", "c.girigorie-martis@vlaardingen.nl", "Wmo-consulent", "gemeente Vlaardingen",
         "010 248 4419", "06 2551 8036")
rik = P("Rik", "van Dijk", "r.vandijk@vlaardingen.nl", "teamleider Wmo", "", "", "")
ae03_msgs = [
    M(efua, [chay], d("2024-02-12 21:14"),
      body=f"Geachte mevrouw {chay.m('Girigorie')},\n\nOp 30 januari heeft u bij ons thuis (⟦A:Westlandseweg 118⟧, "
           f"⟦A:3131 HX⟧ «L:Vlaardingen») een keukentafelgesprek gevoerd over een traplift voor mijn moeder "
           f"⟦Adwoa Fordjour⟧. Zij is 81 en na haar heupoperatie kan zij de trap niet meer op. Wij hebben nog niets "
           f"gehoord. Haar BSN is ⟦B:193847266⟧ voor het dossier.\n\nMet vriendelijke groet,", sig=None),
    M(chay, [efua], d("2024-02-13 09:40"),
      body=f"Beste mevrouw {efua.m('Boateng-Fordjour')},\n\nDank voor uw bericht. Het verslag van het gesprek is "
           f"klaar en ligt ter ondertekening bij mijn teamleider. U ontvangt het deze week per post. Het advies van de "
           f"ergotherapeut van «O:Zorgadvies Rijnmond» is positief. Stuurt u mij in het vervolg geen BSN per e-mail; "
           f"dat kan via «R:Mijn Vlaardingen».\n\nMet vriendelijke groet,", sig=3),
    M(efua, [chay], d("2024-02-26 20:02"), cc=[f"⟦Kofi Boateng⟧ <⟦E:kofiboateng1994@hotmail.com⟧>"],
      body=f"Beste {chay.fn},\n\nHet verslag hebben we nog steeds niet. Mijn broer {efua.m('Kofi')} (in cc) belt "
           f"morgen met «S:14 010». Mijn moeder is inmiddels twee keer gevallen.\n\nGroet,\n{efua.fn}", sig=None),
    M(chay, [efua], d("2024-02-27 11:18"), cc=[rik, f"⟦E:kofiboateng1994@hotmail.com⟧"],
      body=f"Beste {efua.fn},\n\nExcuses, het verslag is blijven liggen omdat mijn collega ziek was. {rik.full}, "
           f"teamleider, leest mee. Het besluit volgt uiterlijk 8 maart. «H:Wethouder Van der Lans» is op "
           f"de hoogte gebracht via het klachtenteam.", sig=0),
    M(rik, [efua], d("2024-03-01 16:45"), cc=[chay],
      body=f"Geachte mevrouw {efua.m('Boateng-Fordjour')},\n\nHierbij bevestig ik dat de traplift is toegekend als "
           f"maatwerkvoorziening. «O:Welzorg» neemt contact met u op voor de plaatsing. Mocht u een klacht willen "
           f"indienen over de doorlooptijd, dan kan dat via «F:klachten@vlaardingen.nl».\n\nMet vriendelijke "
           f"groet,\n{rik.full}\nteamleider Wmo", sig=None),
    M(efua, [rik], d("2024-03-02 10:07"), cc=[chay],
      body=f"Dank u wel meneer {rik.m('Van Dijk')}, en {chay.fn} ook bedankt. Mijn moeder is heel blij.\n\n"
           f"{efua.full}\n⟦T:06 4471 2093⟧", sig=None),
]
_gm = quoted_chain(ae03_msgs, "nl", "gmail")
ae03 = Doc("ae03_gmail_wmo_traplift", "chromium",
           [("small", "12-03-2024 08:51    Gmail - Re: Aanvraag traplift"),
            ("h", "Gmail"), ("p", f"**Re: Aanvraag traplift**\n1 bericht"), ("hr",),
            ("p", f"**{efua.full}** <{efua.mail}>\t{en_gmail(d('2024-03-02 10:07'))}\nAan: {rik.full} <{rik.mail}>\n"
                  f"Cc: {chay.full} <{chay.mail}>"),
            ("pre", _gm)],
           title="Gmail - Re: Aanvraag traplift", genre="Gmail print of a citizen's thread, nested '> ' quotes")

# ---------------------------------------------------------------- ae04: Apple Mail, forwarded, burgemeester's office
sjoukje = P("Sjoukje", "Hiemstra-Oenema", "s.hiemstra@utrecht.nl", "bestuursadviseur", "Kabinet burgemeester",
            "", "06-29 17 45 03", paraph="SHO")
omer = P("Ömer", "Çelikkaya", "omer@bewonersplatformkanaleneiland.nl", "voorzitter", "Bewonersplatform Kanaleneiland")
teun = P("Teun", "Koning", "t.koning@utrecht.nl", whole=True)
ae04_fwd = (f"-------- Doorgestuurd bericht --------\nVan: {omer.full} <{omer.mail}>\nDatum: 9 oktober 2024 om "
            f"22:41:09 CEST\nAan: «F:burgemeester@utrecht.nl»\nOnderwerp: Vuurwerkoverlast en cameratoezicht "
            f"Kanaleneiland\n\nGeachte «H:burgemeester Dijksma»,\n\nNamens het «O:Bewonersplatform Kanaleneiland» "
            f"vraag ik uw aandacht voor de overlast rond het «L:Bisschopsplein» en de «L:Marshalllaan». Bewoners "
            f"(onder wie mijn buurman ⟦Said El Ouardighi⟧, ⟦A:Marshalllaan 211-bis⟧) worden bedreigd. Wij vragen om "
            f"cameratoezicht zoals in «L:Overvecht».\n\nMet vriendelijke groet,\n{omer.full}\nvoorzitter\n"
            f"⟦T:06 1902 7733⟧")
ae04_msgs = [
    M(sjoukje, [teun], d("2024-10-10 08:12"),
      body=f"Hoi {teun.fn},\n\nZie hieronder. De burgemeester wil graag dat we dit meenemen in het "
           f"«W:Jaarwisselingsoverleg» met de «O:politie Midden-Nederland» en «O:Stadswerken». Kun jij een concept-"
           f"antwoord maken? «H:Wethouder Isabella» is ook geïnteresseerd vanwege het «W:Buurtaanpak»-budget.\n\n"
           f"{sjoukje.fn}\n\nVerstuurd vanaf mijn iPhone\n\n" + ae04_fwd, sig=None),
    M(teun, [sjoukje], d("2024-10-10 13:37"), cc=[f"⟦Noor in 't Groenhuijsen⟧ <⟦E:n.groenhuijsen@utrecht.nl⟧>"],
      body=f"Hoi {sjoukje.fn},\n\nConcept staat in «R:Corsa» (nummer «T:24.0876512»). Ik heb ⟦Noor⟧ van OOV in cc "
           f"gezet, zij kent {omer.m('meneer Çelikkaya')} van de wijkschouw. Let op: buurman "
           f"{'⟦El Ouardighi⟧'} wil niet genoemd worden in de brief.\n\nGroet,\n{teun.full}\nadviseur openbare orde "
           f"en veiligheid\n«O:gemeente Utrecht»\n⟦T:06 8322 1179⟧", sig=None),
]
_am = quoted_chain(ae04_msgs, "nl", "apple")
ae04 = Doc("ae04_applemail_forward_utrecht", "fpdf2",
           [("hdr", [("Van:", f"{teun.full} <{teun.mail}>"), ("Onderwerp:", "Re: Fwd: Vuurwerkoverlast en cameratoezicht Kanaleneiland"),
                     ("Datum:", "10 oktober 2024 om 13:37:52 CEST"), ("Aan:", f"{sjoukje.full} <{sjoukje.mail}>"),
                     ("Kopie:", "⟦Noor in 't Groenhuijsen⟧ <⟦E:n.groenhuijsen@utrecht.nl⟧>")]),
            ("pre", _am), ("pb",), ("h", "Gemeente Utrecht – afdruk uit zaaksysteem Corsa, document 24.0876498"),
            ("pre", ae04_fwd.split("\n", 1)[1]),
            ("p", f"Geregistreerd door: {teun.full} («J:adviseur openbare orde en veiligheid») op 10-10-2024. "
                  f"Afschrift aan: «O:Kabinet burgemeester» ({sjoukje.pa}), «O:politie Midden-Nederland» (⟦wijkagent R. Sprenkeling⟧).")],
           title="Re: Fwd: Vuurwerkoverlast", genre="Apple Mail print with a forwarded message and iPhone footer",
           footer="Re: Fwd: Vuurwerkoverlast en cameratoezicht Kanaleneiland")

# ---------------------------------------------------------------- ae05: Lotus Notes style, RWS 2009, Ghostscript
ae05_text = """⟦Gert-Jan Blom⟧/DID/RWS/VENW@VENW
12-03-2009 14:05

Aan     ⟦Hanneke Kok⟧/WD/RWS/VENW@VENW, ⟦Sietse Wybrandy⟧/DNN/RWS/VENW@VENW
Kopie   ⟦Marjolein Dam-Verhoeks⟧/DVS/RWS/VENW@VENW, ⟦Jurick Saragoza-Obispo⟧/DID/RWS/VENW@VENW
Onderwerp   Fw: Afsluitdijk - zettingsmetingen km 12-14

⟦Hanneke⟧, ⟦Sietse⟧,

Ter info het bericht van «O:Fugro» hieronder. Kunnen jullie voor het «W:Project Afsluitdijk» nagaan of de
zettingen bij «L:Kornwerderzand» binnen de marges vallen? «H:Minister Eurlings» bezoekt de dijk op 2 april
met «H:gedeputeerde Konst» (Fryslân) en de dijkgraaf van «O:Wetterskip Fryslân».
⟦Jurick⟧ zet de afspraak in de agenda.

Gr, ⟦X:GJ⟧
----- Doorgestuurd door ⟦Gert-Jan Blom⟧/DID/RWS/VENW op 12-03-2009 14:02 -----

⟦Berend-Jan Kalkdijk⟧ <⟦E:b.kalkdijk@fugro.nl⟧>
11-03-2009 17:48
Aan     <⟦E:gert-jan.blom@rws.nl⟧>
Kopie   <⟦E:p.stoutjesdijk@fugro.nl⟧>
Onderwerp   Afsluitdijk - zettingsmetingen km 12-14

Geachte heer ⟦Blom⟧,

Bijgaand de resultaten van de zettingsmetingen (rapport «T:FNL-0912-R03»). Bij km 13,2 meten wij 18 mm meer
dan verwacht. Mijn collega ⟦Pim Stoutjesdijk⟧ (⟦T:06-53 86 41 27⟧) kan het toelichten.

Met vriendelijke groet,
⟦Ir. B.J. Kalkdijk⟧
Projectleider Geotechniek
«O:Fugro GeoServices B.V.»
Veurse Achterweg 10, «L:Leidschendam»
T ⟦T:070 311 1487⟧

-----
⟦Hanneke Kok⟧/WD/RWS/VENW
13-03-2009 09:21
Aan     ⟦Gert-Jan Blom⟧/DID/RWS/VENW@VENW
Onderwerp   Re: Fw: Afsluitdijk - zettingsmetingen km 12-14

⟦X:GJ⟧,

Binnen de marge volgens de «T:Leidraad Rivieren», maar ik laat ⟦Sietse⟧ de data in «R:DONAR» zetten. ⟦Kalkdijk⟧
heeft gelijk dat km 13,2 afwijkt. Voor het bezoek van de minister: ik ben er niet (verlof), ⟦Marjolein⟧ neemt
waar. Zij is bereikbaar op ⟦T:06-1213 6650⟧.

⟦Hanneke⟧
«J:Hoofd Afdeling Waterkeringen», «O:Waterdienst»
"""
ae05 = Doc("ae05_lotusnotes_afsluitdijk", "ghostscript", [("pre", ae05_text)],
           title="Fw: Afsluitdijk - zettingsmetingen", genre="Lotus Notes print (Name/OU/ORG@DOMAIN), redistilled")

# ---------------------------------------------------------------- ae06: out-of-office + forwarded meeting invite (docx)
fenna = P("Fenna", "ter Beekhuize", "fenna.terbeekhuize@minbzk.nl", "programmamanager", "DG Koninkrijksrelaties",
          "070 426 7745", "06 5130 2288", paraph="FtB")
giov = P("Giovanni", "Martina-Rosalia", "giovanni.martina@minbzk.nl", "beleidsmedewerker", "", "", "06 3382 0461")
hodan = P("Hodan", "Cabdiqaadir Xirsi", "hodan.xirsi@minbzk.nl", "senior adviseur", "", "", "")
wil = P("Willem", "op den Kamp", "willem.opdenkamp@minbzk.nl", "directeur Bestuur en Financiën", "", "", "")
ae06 = Doc("ae06_outlook_afwezig_uitnodiging", "libreoffice", [
    ("h", giov.full), ("hr",),
    ("hdr", [("Van:", giov.outlook), ("Verzonden:", "maandag 12 augustus 2024 09:31"),
             ("Aan:", f"{hodan.outlook}"), ("Onderwerp:", "FW: Bestuurlijk overleg Caribisch Nederland - voorbereiding")]),
    ("p", f"Hoi {hodan.fn},\n\nIk kreeg onderstaande afwezigheidsmelding van {fenna.fn}. Kun jij in haar plaats de "
          f"uitnodiging doorzetten naar de eilandsecretarissen? «H:Staatssecretaris Szabó» wil het overleg graag fysiek "
          f"in «L:Kralendijk» doen, maar dat gaat niet lukken voor 22 augustus. Ik heb {wil.fn} ook gevraagd.\n\n"
          f"Grt {giov.fn}"),
    ("p", "________________________________"),
    ("hdr", [("Van:", f"{fenna.outlook} <{fenna.mail}>"), ("Verzonden:", "maandag 12 augustus 2024 09:29"),
             ("Aan:", giov.outlook), ("Onderwerp:", "Automatisch antwoord: Bestuurlijk overleg Caribisch Nederland")]),
    ("p", f"Dank voor je bericht. Ik ben met vakantie tot en met maandag 26 augustus en lees mijn mail niet. Voor "
          f"dringende zaken kun je terecht bij {hodan.full} ({hodan.mail}) of bij het secretariaat van «O:DG "
          f"Koninkrijksrelaties» via «S:070 426 6426» of «F:secretariaat-dgkr@minbzk.nl».\n\n"
          f"Thank you for your message. I am on leave until Monday 26 August. For urgent matters please contact "
          f"{hodan.full} or the secretariat (+31 70 426 6426)."),
    ("p", "________________________________"),
    ("hdr", [("Van:", f"{giov.outlook} <{giov.mail}>"), ("Verzonden:", "maandag 12 augustus 2024 09:28"),
             ("Aan:", fenna.outlook), ("CC:", wil.outlook),
             ("Onderwerp:", "FW: Bestuurlijk overleg Caribisch Nederland - voorbereiding")]),
    ("p", f"Hoi {fenna.fn}, zie de uitnodiging hieronder; wil jij de agenda nog aanvullen met het «W:Caribisch "
          f"Nederland-Akkoord»? Groet, {giov.fn}"),
    ("p", "-----Oorspronkelijke afspraak-----"),
    ("hdr", [("Van:", f"{wil.outlook} <{wil.mail}>"), ("Verzonden:", "vrijdag 9 augustus 2024 16:02"),
             ("Aan:", f"{wil.outlook}; {fenna.outlook}; {giov.outlook}; {hodan.outlook}; "
                      f"⟦Doran, Ricardo⟧ <⟦E:r.doran@bonairegov.com⟧>; ⟦Gumbs-Lejuez, Tamara⟧ <⟦E:tamara.gumbs@statiagov.com⟧>; "
                      f"⟦Hassell, Kenneth⟧ <⟦E:kenneth.hassell@sabagov.nl⟧>"),
             ("Onderwerp:", "Bestuurlijk overleg Caribisch Nederland - voorbereiding"),
             ("Tijd:", "donderdag 22 augustus 2024 14:00-15:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen."),
             ("Waar:", "Microsoft Teams-vergadering; «L:Turfmarkt 147», kamer «T:C-11.04»")]),
    ("table", [["Organisator", "Verplichte deelnemers", "Optionele deelnemers"],
               [f"{wil.full}", f"{fenna.full}\n{giov.full}\n{hodan.full}\n⟦Ricardo Doran⟧ («O:Openbaar Lichaam Bonaire»)\n"
                               f"⟦Tamara Gumbs-Lejuez⟧ («O:Openbaar Lichaam Sint Eustatius»)",
                f"⟦Kenneth Hassell⟧ («O:Openbaar Lichaam Saba»)\n«F:secretariaat-dgkr@minbzk.nl»"]], [0.25, 0.45, 0.3]),
    ("p", f"Agenda: 1. Terugkoppeling bezoek «H:staatssecretaris Szabó» aan «L:Sint Eustatius»; 2. "
          f"«W:Uitvoeringsagenda Caribisch Nederland» 2025; 3. Rondvraag.\n\nMicrosoft Teams Hulp nodig?\n"
          f"Nu deelnemen aan de vergadering\nVergadering-id: «T:351 224 907 118»  Wachtwoord: «T:Ua7Ft2»\nBellen (alleen audio) "
          f"«S:+31 20 708 5184» Nederland, Amsterdam\nVoor organisatoren: Vergaderopties | Telefonische pincode opnieuw instellen"),
], title="FW: Bestuurlijk overleg Caribisch Nederland", author=giov.full,
   genre="Outlook print: forward, out-of-office reply (NL/EN), meeting request with Organisator/deelnemers; Info Author")

# ---------------------------------------------------------------- ae07: -----Oorspronkelijk bericht----- + sticky notes
jel = P("Jildou", "Feenstrahuis", "j.feenstrahuis@sudwestfryslan.nl", "consulent monumenten",
        "gemeente Súdwest-Fryslân", "", "06 4289 1157", paraph="JFh")
tsj = P("Tsjalle", "de Wit", "tsjalle@dewitfarms.frl")
ani = P("Anouk", "Blom", "a.blom@sudwestfryslan.nl", "juridisch adviseur", "", "", "")
ae07_body = f"""Van: {jel.full} [mailto:{jel.mail}]
Verzonden: woensdag 15 mei 2024 11:03
Aan: {ani.full}
Onderwerp: RE: subsidie rieten dak ⟦A:Haule 14⟧ - aanvraag ⟦Tsjalle de Wit⟧

{ani.fn},

Volgens mij komt de aanvraag wel in aanmerking: de boerderij is een «T:gemeentelijk monument» (nr. «T:GM-1187»). Het
gaat om € 18.400, uit te betalen op ⟦I:NL31 RABO 0347 1982 66⟧ t.n.v. ⟦T. de Wit⟧. De heer {tsj.m('De Wit')} heeft
ook een aanvraag lopen bij de «O:Provincie Fryslân» («W:Subsidieregeling Restauratie Monumenten»).

Groet, {jel.pa}

-----Oorspronkelijk bericht-----
Van: {ani.full}
Verzonden: dinsdag 14 mei 2024 16:44
Aan: {jel.full}
CC: «F:subsidies@sudwestfryslan.nl»
Onderwerp: RE: subsidie rieten dak ⟦A:Haule 14⟧ - aanvraag ⟦Tsjalle de Wit⟧

Hoi {jel.fn}, kan de subsidie voor het rieten dak op ⟦A:Haule 14⟧ in «L:Greonterp» worden verleend? De aanvrager
heeft de offerte van «O:Rietdekkersbedrijf Anema» bijgevoegd. Burgemeester «H:burgemeester Fennema» vroeg ernaar
na de werkbezoek. Zijn vrouw ⟦Baukje de Wit-Hettema⟧ belde ook al (⟦T:0515 72 31 88⟧).

{ani.full}

-----Oorspronkelijk bericht-----
Van: ⟦Tsjalle de Wit⟧ [mailto:{tsj.mail}]
Verzonden: maandag 13 mei 2024 20:15
Aan: «F:subsidies@sudwestfryslan.nl»
Onderwerp: subsidie rieten dak ⟦A:Haule 14⟧

Goedenavond,

Hierbij dien ik een aanvraag in voor subsidie voor het vernieuwen van het rieten dak van onze stelpboerderij
op ⟦A:Haule 14⟧, ⟦A:8614 JG⟧ «L:Greonterp». Geboortedatum ⟦D:04-11-1961⟧, BSN ⟦B:251 704 338⟧.
Rekeningnummer ⟦I:NL31 RABO 0347 1982 66⟧.

Mei freonlike groetnis,
⟦Tsjalle de Wit⟧
⟦T:06 1440 9921⟧"""
ae07 = Doc("ae07_oorspronkelijk_bericht_stickies", "reportlab-dejavu",
           [("h", "RE: subsidie rieten dak ⟦A:Haule 14⟧"), ("pre", ae07_body)],
           title="RE: subsidie rieten dak",
           annots=[{"author": ani.full, "text": f"Naam aanvrager en IBAN lakken. Naam burgemeester niet. – {ani.m('AB')}",
                    "pos": (500, 760)},
                   {"author": "⟦Wybren Talsma⟧", "text": f"Geboortedatum en BSN 5.1.1e. Vraag {jel.fn} of de "
                                                    f"vrouw ({'⟦Baukje⟧'}) ook genoemd moet worden.", "pos": (500, 560)}],
           genre="old Outlook '-----Oorspronkelijk bericht-----' chain, sticky notes with author names")

# ---------------------------------------------------------------- ae08: 16 recipients in mixed forms, Overijssel
thijs = P("Thijs", "Zwolle", "thijs.zwolle@overijssel.nl", "projectleider", "Provincie Overijssel", "", "06 2037 4418", whole=True)
eva = P("Eva", "Winter", "e.winter@overijssel.nl", whole=True)
mark = P("Mark", "Koning", "m.koning@overijssel.nl", whole=True)
zar = P("Zarmina", "Hotakyar", "z.hotakyar@overijssel.nl")
sara = P("Sara", "Kok", "sara.kok@deventer.nl")
nguyen = P("Nguyễn Thị", "Thu Hà", "thuha.nguyen@overijssel.nl")
recips = ("⟦Q:Zwolle, Thijs⟧; ⟦Q:Winter, E.⟧ (⟦Q:Eva⟧); ⟦KONING, M.⟧; ⟦Zarmina Hotakyar⟧; ⟦E:sara.kok@deventer.nl⟧; "
          "⟦Nguyễn Thị Thu Hà⟧; ⟦Brinkhuis-Oldenzaal, A.J.⟧; ⟦E:l.tenhagen@enschede.nl⟧; ⟦Ter Haar, Bouke⟧; "
          "⟦Mahad Warsame Cilmi⟧; ⟦E:r.akkermans-vos@hengelo.nl⟧; ⟦Hylkje Zwiers⟧; «F:omgevingsvisie@overijssel.nl»; "
          "⟦Pattipeilohy, Johannes⟧; ⟦E:b.ijzerman@regiotwente.nl⟧; ⟦Dekkers-Uslu, Fatma⟧")
ae08 = Doc("ae08_owa_many_recipients_overijssel", "chromium", [
    ("h", "Verslag regionaal overleg Stedendriehoek - netcongestie"),
    ("hdr", [("Van", f"{thijs.full} <{thijs.mail}>"), ("Datum", "do 21-11-2024 17:05"),
             ("Aan", recips), ("Cc", f"«F:secretariaat.gs@overijssel.nl»; ⟦E:s.ozkan@overijssel.nl⟧")]),
    ("p", f"Beste allen,\n\nDank voor jullie komst naar het «O:Provinciehuis» aan de «L:Luttenbergstraat 2» in «L:Zwolle». "
          f"Hieronder de belangrijkste afspraken. Het volledige verslag staat in «R:iBabs».\n\n"
          f"1. «H:Gedeputeerde De Bree» opent en meldt dat «O:TenneT» en «O:Enexis» de wachtlijst in «L:Deventer» en "
          f"«L:Apeldoorn» pas in 2029 kunnen oplossen. De «H:Commissaris van de Koning» (de heer «H:Heidema») heeft "
          f"er bij «H:minister Hermans» aandacht voor gevraagd.\n"
          f"2. {mark.m('Mark')} en {eva.fn} werken de lijst met «T:flex-contracten» uit; {zar.m('Zarmina')} zoekt uit "
          f"of het «W:Landelijk Actieprogramma Netcongestie» (LAN) subsidie geeft.\n"
          f"3. ⟦Ter Haar⟧ en ⟦Bouke⟧... (sorry, één persoon: ⟦Bouke ter Haar⟧ van «O:Regio Twente») vraagt om de "
          f"ruimtelijke kaart «T:EnergyHub Twente» in «R:ArcGIS Online» te delen.\n"
          f"4. Volgende keer in het stadhuis van «L:Deventer»; {sara.m('Sara Kok')} regelt de zaal.\n\n"
          f"Zoals {mark.m('Koning')} terecht opmerkte: de «H:Koning» opent in maart het nieuwe onderstation in "
          f"«L:Hengelo», daar moeten we rekening mee houden in de planning.\n\nHartelijke groet,\n\n{thijs.full}\n"
          f"«J:projectleider» energie-infrastructuur\n«O:Provincie Overijssel» | «L:Zwolle»\n{thijs.mob}\n"
          f"Ik werk niet op vrijdag. | ⟦linkedin.com/in/thijszwolle-ov⟧"),
    ("hr",),
    ("small", "Van: ⟦Nguyễn Thị Thu Hà⟧ <⟦E:thuha.nguyen@overijssel.nl⟧>\nVerzonden: donderdag 21 november 2024 10:14\n"
              f"Aan: {thijs.outlook}\nOnderwerp: aanwezigheid\n\nHoi ⟦Q:Thijs⟧, ik sluit aan tot 12.00. Groet, ⟦Hà⟧"),
], title="Verslag regionaal overleg Stedendriehoek", genre="Outlook web print: 16 recipients in mixed forms, surnames that are words/places")

# ---------------------------------------------------------------- ae09: VRO <-> gemeente, docx, CAPITALS names
zeyn = P("Zeynep", "Aksoy-van Wijngaarden", "zeynep.aksoy@minvro.nl", "senior beleidsmedewerker woningbouw",
         "Directoraat-Generaal Volkshuisvesting en Bouwen", "", "06 1934 0078", paraph="ZAvW")
bram = P("Bram", "Kuipers-Osinga", "b.kuipers-osinga@almere.nl", "programmamanager wonen", "gemeente Almere",
         "036 539 9821", "")
idris = P("Idris", "Al-Khatibeh", "idris.alkhatibeh@minvro.nl", "", "", "", "")
ae09 = Doc("ae09_vro_almere_woondeal", "libreoffice", [
    ("h", zeyn.full), ("hr",),
    ("hdr", [("Van:", zeyn.outlook_i), ("Verzonden:", "donderdag 6 maart 2025 18:22"),
             ("Aan:", f"{bram.m('KUIPERS-OSINGA, B.')}"),
             ("CC:", f"{idris.m('AL-KHATIBEH, I.')}; ⟦OUDEWEG, H.R. (Henk)⟧; «F:woondeals@minvro.nl»"),
             ("Onderwerp:", "RE: Woondeal Almere - voortgang Pampus en Oosterwold")]),
    ("p", f"Beste {bram.fn},\n\nDank voor de cijfers. Ik neem ze mee in de voortgangsrapportage voor «H:minister Keijzer». "
          f"Zij spreekt op 20 maart met «H:wethouder Smith» en «H:burgemeester Hoekstra» over de «W:Woondeal Almere» en "
          f"de «W:Woningbouwimpuls». Ter info: onder «H:toenmalig minister De Jonge» is in 2022 afgesproken dat "
          f"«L:Pampus» pas na het besluit over de «T:IJmeerverbinding» in de programmering komt.\n\n{idris.fn} stuurt "
          f"je de planning van het «W:Deltaplan Wonen». Kun jij nagaan of ⟦Henk⟧ ({'⟦Oudeweg⟧'}) de grondposities van "
          f"het «O:Rijksvastgoedbedrijf» in «L:Oosterwold» heeft bijgewerkt?\n\nGroet,\n\n{zeyn.full}\n«J:senior "
          f"beleidsmedewerker woningbouw»\nMobiel {zeyn.mob}\n(werkdagen ma, di, do en vr-ochtend)"),
    ("p", "________________________________"),
    ("hdr", [("Van:", f"{bram.m('Kuipers-Osinga, Bram')} <{bram.mail}>"), ("Verzonden:", "woensdag 5 maart 2025 11:09"),
             ("Aan:", zeyn.outlook_i), ("CC:", f"{idris.outlook}"),
             ("Onderwerp:", "Woondeal Almere - voortgang Pampus en Oosterwold")]),
    ("p", f"Hoi {zeyn.fn},\n\nZoals besproken in het «O:BO MIRT»: de gemeente «L:Almere» heeft in 2024 2.140 woningen "
          f"opgeleverd, waarvan 38 % sociale huur. In «L:Oosterwold» loopt de kavelverkoop achter door de "
          f"netcongestie. De raad heeft op 27 februari de motie van het raadslid «H:raadslid El Bouchtaoui» over "
          f"betaalbare koop aangenomen.\n\nOverigens: {idris.m('Al-Khatibeh')} had gevraagd naar de «T:KPI's» van het "
          f"«O:Flevoland-Gooi en Vechtstreek»-dashboard; die staan in «R:Power BI».\n\nMet vriendelijke groet,\n"
          f"{bram.full}\n«J:programmamanager wonen» | «O:gemeente Almere» | «L:Stadhuisplein 1»\n"
          f"T {bram.tel} | algemeen «S:14 036»\n\nDenk aan het milieu voordat u deze e-mail print."),
    ("p", "________________________________"),
    ("hdr", [("Van:", f"{zeyn.outlook_i} <{zeyn.mail}>"), ("Verzonden:", "maandag 3 maart 2025 08:47"),
             ("Aan:", bram.m("Kuipers-Osinga, Bram")), ("Onderwerp:", "Woondeal Almere - cijfers 2024?")]),
    ("p", f"Goedemorgen {bram.fn}, mag ik de opleveringscijfers 2024? Groet, {zeyn.pa}"),
], title="RE: Woondeal Almere", author=zeyn.m("Aksoy-van Wijngaarden, Z."),
   genre="Outlook print via Word/LibreOffice, names in CAPITALS and 'Surname, I. (First)', former minister")

# ---------------------------------------------------------------- ae10: Kamervragen preparation thread, fpdf2
jeroen = P("Jeroen", "Vroegop-Santiago", "jeroen.vroegop@minszw.nl", "beleidsmedewerker", "Directie Participatie",
           "", "06 2288 1740", paraph="JVS")
sanne = P("Sanne", "Hoekzema", "sanne.hoekzema@minszw.nl", "teamleider", "", "", "", paraph="SH")
ayan = P("Ayaan", "Rampersad-Jhinkoe", "ayaan.rampersad@minszw.nl", "", "", "", "")
pm = P("Pieter", "Mulderij", "p.mulderij@minszw.nl")
ae10_chain = quoted_chain([
    M(sanne, [jeroen, ayan], d("2025-01-20 08:15"),
      body=f"Hoi {jeroen.fn}, {ayan.fn},\n\nEr zijn schriftelijke vragen gesteld door «H:het lid Omtzigt» (NSC) en "
           f"«H:het lid Van Kent» (SP) over de «W:Participatiewet in balans» en de kostendelersnorm "
           f"(«T:2025Z00812»). Termijn: drie weken. {jeroen.fn}, jij trekt; {ayan.fn} levert de cijfers van het «O:CBS» "
           f"aan. Route: via de directeur naar de «O:DG Sociale Zekerheid en Integratie» en dan naar "
           f"«H:minister Van Hijum» en «H:staatssecretaris Nobel».\n\n{sanne.pa}", sig=None),
    M(jeroen, [sanne], d("2025-01-20 11:02"), cc=[ayan],
      body=f"Dag {sanne.fn}, komt goed. Vraag 4 gaat over de casus uit «L:Zaandam» die in «O:NRC» stond; daar moeten "
           f"we voorzichtig zijn met persoonsgegevens. Ik bel even met {pm.full} van Wetgeving.\n\nGr. {jeroen.fn}",
      sig=None),
    M(pm, [jeroen], d("2025-01-21 15:30"), cc=[sanne],
      body=f"{jeroen.fn},\n\nVoor vraag 4: geen uitspraken over de individuele casus; verwijs naar het «W:Programma "
           f"Participatiewet in balans» en de brief van «H:toenmalig minister Schouten» van juni 2023. «H:Kamerlid "
           f"Bikker» (CU) heeft in het commissiedebat ook naar de kostendelersnorm gevraagd, zie «T:Handelingen» "
           f"TK 2024-2025.\n\nGroet,\n{pm.full}\n«J:wetgevingsjurist»\n«O:Ministerie van Sociale Zaken en "
           f"Werkgelegenheid»", sig=None),
    M(jeroen, [pm, sanne], d("2025-01-22 09:44"), cc=[ayan],
      body=f"Dank {pm.m('Pieter')}. Concept-antwoorden staan in «R:DigiJust»... sorry, «R:Docs Online», map Kamervragen "
           f"2025Z00812. {sanne.fn}: graag jouw paraaf vóór donderdag. {ayan.m('Rampersad')} heeft de tabel nog niet "
           f"aangeleverd; {ayan.fn}, lukt dat vandaag?\n\n{jeroen.full}\n«J:beleidsmedewerker» «O:Directie Participatie»\n"
           f"{jeroen.mob} | «L:Parnassusplein 5», «L:Den Haag»\n(hij/hem)", sig=None),
    M(ayan, [jeroen], d("2025-01-22 16:51"), cc=[sanne],
      body=f"Hoi {jeroen.fn}, tabel staat erin. Let op: de «O:CBS»-cijfers over 2024 zijn voorlopig. En zoals "
           f"{pm.m('Mulderij')} zei: niets over de casus. Groetjes, {ayan.m('Ayaan')}", sig=None),
    M(sanne, [jeroen, ayan], d("2025-01-23 08:05"), cc=[pm, "«F:kamervragen@minszw.nl»"],
      body=f"Geparafeerd en doorgezet naar de directeur. Dank jullie! {sanne.pa}", sig=None),
], "nl", "gmail")
ae10 = Doc("ae10_kamervragen_voorbereiding", "fpdf2", [
    ("hdr", [("Van:", f"{sanne.full} <{sanne.mail}>"), ("Datum:", "do 23 jan. 2025 08:05"),
             ("Aan:", f"{jeroen.full} <{jeroen.mail}>, {ayan.full} <{ayan.mail}>"),
             ("Cc:", f"{pm.full} <{pm.mail}>, «F:kamervragen@minszw.nl»"),
             ("Onderwerp:", "Re: Kamervragen Omtzigt/Van Kent kostendelersnorm (2025Z00812)")]),
    ("pre", ae10_chain),
    ("small", "Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden ontleend."),
    ("pb",),
] + outlook_desktop([
    M(sanne, [jeroen, ayan], d("2025-01-20 08:15"), subject="Kamervragen Omtzigt/Van Kent kostendelersnorm (2025Z00812)",
      body=f"Hoi {jeroen.fn}, {ayan.fn},\n\nEr zijn schriftelijke vragen gesteld door «H:het lid Omtzigt» (NSC) en "
           f"«H:het lid Van Kent» (SP) over de kostendelersnorm. Termijn: drie weken. {jeroen.fn}, jij trekt; "
           f"{ayan.fn} levert de cijfers aan.\n\n{sanne.pa}", sig=None),
    M(jeroen, [sanne], d("2025-01-20 11:02"), cc=[ayan], subject="RE: Kamervragen Omtzigt/Van Kent kostendelersnorm (2025Z00812)",
      body=f"Dag {sanne.fn}, komt goed. Ik bel even met {pm.full} van Wetgeving. Mijn vervanger bij afwezigheid is "
           f"⟦Ruud in 't Veldhoven⟧ (⟦T:070 333 4912⟧).", sig=0),
], jeroen, "Kamervragen Omtzigt/Van Kent kostendelersnorm (2025Z00812)", style="outlook_i"), title="Kamervragen kostendelersnorm", genre="thread preparing answers to Kamervragen; Kamerleden as keep, paraphs",
   footer="Ministerie van SZW - afdruk mailbox")

# ---------------------------------------------------------------- ae11: SCAN of a printed Outlook thread
ae11_text = """Van: Hettinga, Douwe <douwe.hettinga@rvo.nl>
Verzonden: dinsdag 8 oktober 2024 15:12
Aan: Pinas, Marcia <m.pinas@minlvvn.nl>
CC: Ramdin, Suresh <suresh.ramdin@rvo.nl>
Onderwerp: RE: bezwaar melkveehouder Wiltenburg - derogatie

Hoi Marcia,

Het bezwaar van de heer Wiltenburg (relatienummer 2104477) tegen de korting op de
derogatie loopt bij ons. Hij belde vandaag weer, op 06-39 48 12 07. Zijn adviseur,
mevrouw Ottink van LTO Noord, heeft een hoorzitting gevraagd.

Suresh Ramdin bereidt het dossier voor. Minister Wiersma heeft er in het
Commissiedebat Mest niets over gezegd.

Groet,
Douwe Hettinga
adviseur Mest | Rijksdienst voor Ondernemend Nederland
T 088 042 4717 | M 06 1195 3320

-----Oorspronkelijk bericht-----
Van: Pinas, Marcia <m.pinas@minlvvn.nl>
Verzonden: dinsdag 8 oktober 2024 09:40
Aan: Hettinga, Douwe <douwe.hettinga@rvo.nl>
Onderwerp: bezwaar melkveehouder Wiltenburg - derogatie

Douwe, weet jij hoe het staat met het bezwaar van Gerrit Wiltenburg uit Staphorst?
Zijn dochter Marieke Wiltenburg heeft de staatssecretaris een brief geschreven.

Marcia Pinas
Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur
06 4417 0892"""
ae11_marked = (ae11_text.replace("Hettinga, Douwe", "⟦Hettinga, Douwe⟧").replace("douwe.hettinga@rvo.nl", "⟦E:douwe.hettinga@rvo.nl⟧")
               .replace("Pinas, Marcia", "⟦Pinas, Marcia⟧").replace("m.pinas@minlvvn.nl", "⟦E:m.pinas@minlvvn.nl⟧")
               .replace("Ramdin, Suresh", "⟦Ramdin, Suresh⟧").replace("suresh.ramdin@rvo.nl", "⟦E:suresh.ramdin@rvo.nl⟧")
               .replace("heer Wiltenburg", "heer ⟦Wiltenburg⟧").replace("06-39 48 12 07", "⟦T:06-39 48 12 07⟧")
               .replace("mevrouw Ottink", "mevrouw ⟦Ottink⟧").replace("Suresh Ramdin", "⟦Suresh Ramdin⟧")
               .replace("Douwe Hettinga\n", "⟦Douwe Hettinga⟧\n").replace("06 1195 3320", "⟦T:06 1195 3320⟧")
               .replace("088 042 4717", "⟦T:088 042 4717⟧").replace("Hoi Marcia", "Hoi ⟦Marcia⟧")
               .replace("Douwe, weet", "⟦Douwe⟧, weet").replace("Gerrit Wiltenburg", "⟦Gerrit Wiltenburg⟧")
               .replace("Marieke Wiltenburg", "⟦Marieke Wiltenburg⟧").replace("Marcia Pinas\n", "⟦Marcia Pinas⟧\n")
               .replace("06 4417 0892", "⟦T:06 4417 0892⟧").replace("(relatienummer 2104477)", "(relatienummer ⟦N:2104477⟧)")
               .replace("melkveehouder Wiltenburg", "melkveehouder ⟦Wiltenburg⟧"))
ae11 = Doc("ae11_scan_outlook_derogatie", "scan", [("pre", ae11_marked)], scan=True,
           genre="scan (200 dpi, noise, rotation) of a printed Outlook reply chain")

# ---------------------------------------------------------------- ae12: SCAN of a printed Gmail thread from a citizen
ae12_text = """Gmail                                              Lieke Bosschaart-Imanuel <liekebosschaart@gmail.com>

Re: Uw melding 2024-118873 (boom Prins Hendrikkade)
3 berichten

Lieke Bosschaart-Imanuel <liekebosschaart@gmail.com>            14 juni 2024 om 19:02
Aan: meldingen@amsterdam.nl

Geachte heer/mevrouw,

Al drie weken hangt er een grote tak boven de stoep voor ons huis aan de
Prins Hendrikkade 74-2. Mijn buurman Arjen Tuinstra heeft ook al gebeld.
Bel mij gerust: 06 5519 4230.

Lieke Bosschaart

Stadsloket Centrum <meldingen@amsterdam.nl>                      17 juni 2024 om 10:31
Aan: Lieke Bosschaart-Imanuel <liekebosschaart@gmail.com>

Beste mevrouw Bosschaart,

Uw melding is doorgezet naar de boomverzorger. Mijn collega Kees Roodenburg
komt woensdag kijken.

Met vriendelijke groet,
Yasmina El Haddouti
Stadsdeel Centrum, gemeente Amsterdam
Telefoon 14 020

Lieke Bosschaart-Imanuel <liekebosschaart@gmail.com>            19 juni 2024 om 08:15
Aan: Stadsloket Centrum <meldingen@amsterdam.nl>

Dank! De tak is weg. Groet, Lieke"""
ae12_marked = ae12_text
for a, b in [("Lieke Bosschaart-Imanuel", "⟦Lieke Bosschaart-Imanuel⟧"), ("liekebosschaart@gmail.com", "⟦E:liekebosschaart@gmail.com⟧"),
             ("Prins Hendrikkade 74-2", "⟦A:Prins Hendrikkade 74-2⟧"), ("Arjen Tuinstra", "⟦Arjen Tuinstra⟧"),
             ("06 5519 4230", "⟦T:06 5519 4230⟧"), ("Lieke Bosschaart\n", "⟦Lieke Bosschaart⟧\n"),
             ("mevrouw Bosschaart", "mevrouw ⟦Bosschaart⟧"), ("Kees Roodenburg", "⟦Kees Roodenburg⟧"),
             ("Yasmina El Haddouti", "⟦Yasmina El Haddouti⟧"), ("Groet, Lieke", "Groet, ⟦Lieke⟧")]:
    ae12_marked = ae12_marked.replace(a, b)
ae12 = Doc("ae12_scan_gmail_melding", "scan", [("pre", ae12_marked)], scan=True,
           genre="scan of a printed Gmail conversation (citizen and Stadsloket)")

# ---------------------------------------------------------------- ae14: meeting request replies + calendar (chromium)
yara = P("Yara", "de Bruijn-Wairata", "yara.debruijn@minjenv.nl", "secretaris Veiligheidsberaad-werkgroep",
         "Directoraat-Generaal Politie en Veiligheidsregio's", "", "06 4800 1936", paraph="YdBW")
kees = P("Kees", "Visser", "kees.visser@minjenv.nl", whole=False)
mona = P("Mona", "Al-Rifai", "m.alrifai@vrhm.nl", "", "Veiligheidsregio Haaglanden", "", "")
luuk = P("Luuk", "van der Hammen-Steur", "luuk.vanderhammen@minjenv.nl")
ae14 = Doc("ae14_uitnodiging_antwoorden_crisis", "chromium", [
    ("h", "Agenda-item: Werkgroep evaluatie oefening «T:Blackout 2025»"),
    ("table", [["Onderwerp", "Werkgroep evaluatie oefening Blackout 2025"],
               ["Locatie", "«L:Turfmarkt 147», «L:Den Haag», zaal «T:Beatrix» (14e) / Microsoft Teams"],
               ["Begin", "di 14-1-2025 13:30"], ["Einde", "di 14-1-2025 15:00"],
               ["Terugkeerpatroon", "(geen)"], ["Status vergadering", "Geaccepteerd"],
               ["Organisator", yara.full],
               ["Verplichte deelnemers", f"{yara.outlook}; {kees.outlook}; {mona.full}; {luuk.outlook}; "
                                         f"⟦Ramsaran, Devika⟧; ⟦E:jaap.oosterwijk@nctv.minjenv.nl⟧; "
                                         f"⟦Sabri Öztürk⟧ («O:Nationaal Crisiscentrum»)"],
               ["Optionele deelnemers", f"⟦Kovács-Lindgren, Hanna⟧; «F:crisisbeheersing@minjenv.nl»; ⟦Ferdi Dam⟧"]],
     [0.25, 0.75]),
    ("p", f"Beste collega's,\n\nNa de landelijke oefening «T:Blackout 2025» evalueren we met de «O:veiligheidsregio's», "
          f"«O:NCTV» en de «O:Landelijke Meldkamer Samenwerking». De «H:minister van Justitie en Veiligheid», "
          f"«H:minister Van Weel», ontvangt het eindrapport in maart; «H:burgemeester Van Zanen» als voorzitter van "
          f"«O:Veiligheidsregio Haaglanden» heeft gevraagd om een voorlopige terugkoppeling.\n\nGraag vooraf het "
          f"«T:Observer-rapport» lezen (bijlage). {kees.fn} ({kees.m('Visser')}) verzorgt een korte presentatie over "
          f"de «T:C2000»-storing.\n\nGroet,\n{yara.full}\n{yara.mob}"),
    ("hr",),
    ("hdr", [("Van:", f"{mona.full} <{mona.mail}>"), ("Verzonden:", "vrijdag 10 januari 2025 12:02"),
             ("Aan:", yara.outlook), ("Onderwerp:", "Voorlopig: Werkgroep evaluatie oefening Blackout 2025")]),
    ("p", f"Ik kan pas om 14.00 uur aansluiten. Groet, {mona.fn}"),
    ("hr",),
    ("hdr", [("Van:", f"{luuk.outlook} <{luuk.mail}>"), ("Verzonden:", "vrijdag 10 januari 2025 12:44"),
             ("Aan:", yara.outlook), ("Onderwerp:", "Geweigerd: Werkgroep evaluatie oefening Blackout 2025")]),
    ("p", f"Ik zit dan bij het «O:Veiligheidsberaad». Mijn collega ⟦Devika⟧ (⟦Ramsaran⟧) gaat in mijn plaats. "
          f"Zie ook het «T:Ops-Center»-verslag dat ⟦Öztürk⟧ rondstuurde.\n\n{luuk.m('Luuk')}"),
    ("hr",),
    ("hdr", [("Van:", f"{kees.outlook} <{kees.mail}>"), ("Verzonden:", "maandag 13 januari 2025 08:10"),
             ("Aan:", yara.outlook), ("CC:", f"⟦Ferdi Dam⟧"),
             ("Onderwerp:", "Geaccepteerd: Werkgroep evaluatie oefening Blackout 2025")]),
    ("p", f"Ik neem ⟦Ferdi⟧ mee, hij kent het «T:Network Operations Center» van «O:KPN» goed. Sheets volgen.\n"
          f"{kees.full} | «J:beleidsadviseur crisisbeheersing» | ⟦T:070 370 4458⟧"),
    ("hr",),
    ("small", "Opmerkingen uit de agenda van de organisator: 09-01 reminder naar ⟦Sabri⟧ sturen; catering via "
              "«F:facilitair@minjenv.nl» (⟦Yvonne⟧, toestel ⟦T:4471⟧)."),
], title="Werkgroep evaluatie oefening Blackout 2025", genre="calendar item print with replies (Geaccepteerd/Voorlopig/Geweigerd)",
   links=[{"uri": "mailto:⟦E:yara.debruijn@minjenv.nl⟧", "rect": (40, 760, 240, 772)}])

# ---------------------------------------------------------------- ae15: English Outlook with German/Belgian partners, GS
kl = P("Klaus-Dieter", "Hüttemann", "k.huettemann@bezreg-duesseldorf.nrw.de", "Referent Hochwasserschutz",
       "Bezirksregierung Düsseldorf", "+49 211 475 2291", "")
els = P("Els", "Vanhoutteghem", "els.vanhoutteghem@vmm.be", "", "Vlaamse Milieumaatschappij", "", "+32 478 21 66 09")
rob = P("Robbert-Jan", "Pattiasina", "robbert-jan.pattiasina@rws.nl", "Senior Advisor Transboundary Water",
        "Rijkswaterstaat", "", "+31 6 5232 1970", nick="RJ")
ae15_msgs = [
    M(kl, [rob], d("2024-11-04 10:20"), cc=[els],
      subject="Maas/Rhine flood forecasting - data exchange after July 2021",
      body=f"Dear Mr {rob.m('Pattiasina')},\n\nFollowing the «O:International Meuse Commission» plenary in «L:Liège», "
           f"we would like to connect the «R:Delft-FEWS» instance of «O:Rijkswaterstaat» to the «T:HYDRA» gauges of "
           f"«O:LANUV». «H:Minister Krischer» has asked for a joint statement before the «O:IKSR» ministerial "
           f"conference.\n\nMit freundlichen Grüßen", sig=0),
    M(rob, [kl], d("2024-11-04 15:05"), cc=[els, "«F:waterdata@rws.nl»"], subject="RE: Maas/Rhine flood forecasting",
      body=f"Dear {kl.m('Klaus-Dieter')},\n\nGood idea. Our «T:API» team ({'⟦Sven Duijvestein⟧'}, "
           f"{'⟦Marloes Kalverstraat-Nijhof⟧'}) can set up an «T:SFTP» feed with «T:WaterML 2.0». I will inform "
           f"«H:State Secretary Jansen»'s office. Please call me on my mobile if needed.\n\nKind regards,\n{rob.nk}",
      sig=None),
    M(els, [rob, kl], d("2024-11-05 09:33"), subject="RE: Maas/Rhine flood forecasting",
      body=f"Hi {rob.nk}, hi {kl.m('Klaus')},\n\nFlanders joins. Our minister, «H:Vlaams minister Brouns», will sign "
           f"the statement. Note that ⟦Sven⟧ already has access to our «R:Waterinfo.be» endpoints.\n\nBest,\n{els.full}\n"
           f"«O:Vlaamse Milieumaatschappij» – «O:Hydrologisch Informatiecentrum»\nGSM {els.mob}", sig=None),
    M(rob, [els, kl], d("2024-11-05 16:48"), subject="RE: Maas/Rhine flood forecasting",
      body=f"Thanks {els.fn}. Draft statement attached. {kl.m('Hüttemann')}, can you check the German text? I am "
           f"out of office Thursday–Friday; ⟦Marloes⟧ ({'⟦E:marloes.kalverstraat@rws.nl⟧'}) will answer technical "
           f"questions.\n\nBest regards,", sig=0, attach="Joint_statement_Meuse_FEWS_draft2.docx"),
]
ae15 = Doc("ae15_english_partners_ghostscript", "ghostscript",
           outlook_desktop(ae15_msgs, rob, "Maas/Rhine flood forecasting", en=True, sep="orig", disclaimer=False) +
           [("small", "Disclaimer: Dit bericht is uitsluitend bestemd voor de geadresseerde(n). / This message is intended "
                      "solely for the addressee(s). Rijkswaterstaat, «L:Rijnstraat 8», «L:Den Haag», «S:0800 8002».")],
           title="RE: Maas/Rhine flood forecasting", genre="Outlook desktop print in English (-----Original Message-----), German and Flemish partners; Ghostscript")
