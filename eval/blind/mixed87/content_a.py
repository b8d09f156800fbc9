"""Set CS, documents cs01-cs11 (markup: see lib.py)."""
from lib import signature_png

MINI = "[[o:Ministerie van Infrastructuur en Waterstaat]]"


def mail_nl(van, verzonden, aan, onderwerp, cc=None, bijlagen=None):
    s = f"Van: {van}\nVerzonden: {verzonden}\nAan: {aan}\n"
    if cc:
        s += f"CC: {cc}\n"
    s += f"Onderwerp: {onderwerp}"
    if bijlagen:
        s += f"\nBijlagen: {bijlagen}"
    return ("pb", s)


def mail_en(frm, sent, to, subject, cc=None):
    s = f"From: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    s += f"Subject: {subject}"
    return ("pb", s)


MOTIVATIE = [
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering: in de openbaar gemaakte versie van dit document zijn alle persoonsgegevens van "
          "ambtenaren en van derden geanonimiseerd op grond van artikel 5.1, tweede lid, onder e, van de "
          "[[l:Wet open overheid]] ([[t:5.1.2e]])."),
]

SPECS = []

# ------------------------------------------------------------------ cs01 Woo-besluit (3 pages)
SIG_TTH = signature_png("T. ter Horst", 11)
SPECS.append(dict(
    name="cs01_woo_besluit_klachten_lelystad", producer="rl", title="Woo-besluit klachtafhandeling",
    kw=dict(font="Helvetica", size=9.6,
            header="[[o:Ministerie van Infrastructuur en Waterstaat]]   >  Retouradres Postbus 20901 2500 EX  Den Haag",
            footer="IENW/BSK-2025/118734   -   pagina {page}"),
    meta=dict(author="Sanne Oudejans", title="Besluit op Woo-verzoek IENW/BSK-2025/118734"),
    hidden=[("PERSON", "Sanne Oudejans", "metadata")],
    blocks=[
        ("kv", [["", "De heer {{P:M.A. van Leeuwen}}\n{{A:Kerklaan 37}}\n{{A:1171 CK}} Badhoevedorp"],
                ["Datum", "[[d:7 april 2025]]"],
                ["Betreft", "Besluit op uw verzoek op grond van de Wet open overheid"]], [90, 330]),
        ("kv", [["Directoraat-generaal", "[[o:Luchtvaart en Maritieme Zaken]]"],
                ["Bezoekadres", "[[s:Rijnstraat 8]], 2515 XP Den Haag"],
                ["Ons kenmerk", "[[r:IENW/BSK-2025/118734]]"],
                ["Uw kenmerk", "Woo-verzoek d.d. 14 januari 2025"],
                ["Contactpersoon", "{{P:S. Oudejans}}, Woo-coördinator\nT {{T:070 456 8813}}\n{{E:s.oudejans@minienw.nl}}"],
                ["Algemeen", "T [[n:070 456 0000]] - [[m:woo-verzoeken@minienw.nl]]"]], [110, 310]),
        ("sp", 8),
        ("p", "Geachte heer {{P:Van Leeuwen}},"),
        ("p", "Met uw e-mail van 14 januari 2025, ontvangen op dezelfde dag, heeft u met een beroep op de "
              "[[l:Wet open overheid]] ([[l:Woo]]) gevraagd om openbaarmaking van documenten over de afhandeling "
              "van klachten over vliegtuiggeluid rond [[p:Schiphol]] en [[o:Lelystad Airport]] in de periode "
              "1 september 2024 tot en met 31 december 2024. U vraagt in het bijzonder naar de contacten tussen "
              "het ministerie, de [[o:Inspectie Leefomgeving en Transport]] ([[o:ILT]]), het "
              "[[o:Bewonersaanspreekpunt Schiphol]] ([[o:BAS]]) en de [[o:Omgevingsraad Schiphol]] ([[o:ORS]])."),
        ("p", "De ontvangst van uw verzoek is bevestigd bij brief van 16 januari 2025. Bij brief van "
              "10 februari 2025 is de beslistermijn met twee weken verdaagd. Op 3 maart 2025 heeft u telefonisch "
              "met mevrouw {{P:Oudejans}} gesproken over de reikwijdte van uw verzoek; u heeft toen aangegeven "
              "dat ook het verslag van de ORS-vergadering van [[d:12 december 2024]] onder uw verzoek valt."),
        ("h2", "1. Besluit"),
        ("p", "Ik heb besloten uw verzoek gedeeltelijk toe te wijzen. Er zijn 31 documenten gevonden; een "
              "overzicht vindt u in de inventarislijst (bijlage 1). Van deze documenten worden er 6 volledig, "
              "22 deels en 3 niet openbaar gemaakt. In de documenten zijn passages weggelakt met vermelding "
              "van de weigeringsgrond."),
        ("h2", "2. Zienswijzen"),
        ("p", "Omdat een aantal documenten informatie over derden bevat, zijn [[o:Royal Schiphol Group]], "
              "[[o:Luchtverkeersleiding Nederland]] ([[o:LVNL]]), [[o:Lelystad Airport]] en het [[o:BAS]] in de "
              "gelegenheid gesteld een zienswijze te geven. [[o:LVNL]] heeft geen bezwaar gemaakt. "
              "[[o:Royal Schiphol Group]] heeft verzocht de namen en contactgegevens van haar medewerkers niet "
              "openbaar te maken; dat verzoek volg ik. Een bewoner uit [[p:Aalsmeer]], mevrouw "
              "{{P:Ouwerkerk-Hazenberg}}, heeft bezwaar gemaakt tegen openbaarmaking van haar brief van "
              "2 november 2024; die brief wordt alleen in geanonimiseerde vorm openbaar."),
        ("h2", "3. Overwegingen"),
        ("p", "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). In de documenten staan namen, "
              "e-mailadressen, telefoonnummers en adressen van ambtenaren en van burgers die een klacht hebben "
              "ingediend. Het belang van eerbiediging van de persoonlijke levenssfeer weegt zwaarder dan het "
              "belang van openbaarheid. Namen van bewindspersonen, zoals minister [[h:Madlener]], en van "
              "Kamerleden blijven leesbaar, evenals functionele e-mailadressen zoals [[m:klachten@bezoekbas.nl]]."),
        ("p", "Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo). In twee klachtbrieven "
              "beschrijven bewoners hun gezondheid. Deze gegevens maak ik niet openbaar."),
        ("p", "Persoonlijke beleidsopvattingen (artikel 5.2, eerste lid, Woo). Documenten 14 tot en met 17 "
              "bevatten opvattingen van ambtenaren over de aanpak van [[g:anticiperend handhaven]] op "
              "[[p:Schiphol]] en over het [[g:Nieuw Normen- en Handhavingsstelsel]]. Feitelijke informatie "
              "daarin maak ik openbaar; de opvattingen niet in tot personen herleidbare vorm."),
        ("p", "Goed functioneren van de Staat (artikel 5.1, tweede lid, onder i, Woo). Eén concept-Kamerbrief "
              "(document 22) is op onderdelen nog niet vastgesteld; de definitieve brief is op "
              "[[d:25 maart 2025]] aan de [[o:Tweede Kamer]] gezonden (Kamerstuk [[r:29 665, nr. 531]])."),
        ("h2", "4. Wijze van openbaarmaking"),
        ("p", "De documenten worden geplaatst op [[u:open.overheid.nl]]. Uw persoonsgegevens worden daarbij "
              "niet openbaar gemaakt."),
        ("p", "Met vriendelijke groet,"),
        ("p", "De minister van Infrastructuur en Waterstaat,\nnamens deze,\nhet hoofd van de afdeling "
              "Luchthavens,"),
        ("img", SIG_TTH, 120, 40),
        ("p", "{{P:T.M. ter Horst}}"),
        ("small", "Bezwaar: tegen dit besluit kunt u binnen zes weken na de dag van verzending bezwaar maken "
                  "bij de minister van Infrastructuur en Waterstaat, Postbus 20901, 2500 EX Den Haag, op grond "
                  "van de [[l:Algemene wet bestuursrecht]]."),
    ] + MOTIVATIE,
))

# ------------------------------------------------------------------ cs02 inventarislijst (2 pages, landscape)
INV_ROWS = [
    ["Nr.", "Datum", "Document", "Beoordeling", "Grond", "Toelichting"],
    ["1", "02-09-2024", "E-mail [[o:BAS]] aan [[o:IenW]], kwartaalcijfers Q2", "Deels openbaar", "5.1.2e", ""],
    ["2", "05-09-2024", "Notitie [[o:ILT]] handhaving [[t:Polderbaan]] nachtgebruik", "Deels openbaar", "5.1.2e", ""],
    ["3", "11-09-2024", "E-mailwisseling [[o:LVNL]] - [[o:IenW]] baangebruik", "Deels openbaar", "5.1.2e", ""],
    ["4", "18-09-2024", "Klachtbrief bewoner Aalsmeer", "Deels openbaar", "5.1.2e, 5.1.1d", "Zienswijze bewoner"],
    ["5", "20-09-2024", "Agenda [[o:Omgevingsraad Schiphol]] 26 september 2024", "Openbaar", "", "Reeds openbaar"],
    ["6", "26-09-2024", "Verslag ORS-vergadering", "Deels openbaar", "5.1.2e", ""],
    ["7", "01-10-2024", "Telefoonnotitie klacht Zwanenburg", "Deels openbaar", "5.1.2e, 5.1.1d", ""],
    ["8", "03-10-2024", "Chatbericht Teams directie Luchtvaart", "Deels openbaar", "5.1.2e, 5.2.1", ""],
    ["9", "08-10-2024", "Concept-antwoorden Kamervragen lid [[h:Kostić]]", "Deels openbaar", "5.1.2e, 5.1.2i", ""],
    ["10", "14-10-2024", "E-mail {{P:Ouwerkerk-Hazenberg}} aan [[o:BAS]]", "Deels openbaar", "5.1.2e, 5.1.1d", "Afzender is burger"],
    ["11", "21-10-2024", "Handgeschreven notitie overleg [[o:Lelystad Airport]]", "Deels openbaar", "5.1.2e", "Scan"],
    ["12", "29-10-2024", "Beslisnota klachtafhandeling [[o:BAS]]", "Deels openbaar", "5.1.2e, 5.2.1", ""],
    ["13", "04-11-2024", "Brief bewoner aan minister", "Deels openbaar", "5.1.2e", ""],
    ["14", "06-11-2024", "Interne notitie [[g:anticiperend handhaven]]", "Deels openbaar", "5.2.1", ""],
    ["15", "06-11-2024", "Bijlage bij 14: tabel handhavingsverzoeken", "Deels openbaar", "5.1.2e", ""],
    ["16", "12-11-2024", "E-mail [[o:Royal Schiphol Group]] over [[u:NOMOS]]-data", "Deels openbaar", "5.1.2e, 5.1.1c", ""],
    ["17", "13-11-2024", "Reactie op 16", "Niet openbaar", "5.2.1", "Volledig opvatting"],
    ["18", "19-11-2024", "Klachtformulier [[o:BAS]] (webformulier)", "Deels openbaar", "5.1.2e", ""],
    ["19", "25-11-2024", "Verslag bewonersavond [[p:Dronten]]", "Deels openbaar", "5.1.2e", ""],
    ["20", "27-11-2024", "Ontwerp-antwoordbrief klager [[p:Lelystad]]", "Deels openbaar", "5.1.2e", ""],
    ["21", "02-12-2024", "Handhavingsbesluit [[o:ILT]] (last onder dwangsom)", "Deels openbaar", "5.1.2e, 5.1.1c", ""],
    ["22", "05-12-2024", "Concept-Kamerbrief geluidhinder", "Deels openbaar", "5.1.2i, 5.1.2e", ""],
    ["23", "09-12-2024", "Agenda ORS 12 december 2024", "Openbaar", "", ""],
    ["24", "12-12-2024", "Verslag ORS 12 december 2024 met actielijst", "Deels openbaar", "5.1.2e", ""],
    ["25", "16-12-2024", "E-mail ziekmelding/planning team", "Niet openbaar", "5.1.2e, 5.1.1d", ""],
    ["26", "17-12-2024", "E-mail {{P:D. Whitaker}} (Zeewolde)", "Deels openbaar", "5.1.2e", "Engelstalig"],
    ["27", "18-12-2024", "Gespreksverslag keukentafelgesprek Biddinghuizen", "Deels openbaar", "5.1.2e, 5.1.1d", ""],
    ["28", "19-12-2024", "Overzicht melders [[o:BAS]] (export)", "Niet openbaar", "5.1.2e", "Volledig persoonsgegevens"],
    ["29", "20-12-2024", "Uitnodiging overleg [[s:Rijnstraat 8]]", "Openbaar", "", ""],
    ["30", "23-12-2024", "Notitie [[t:Balanced Approach]]", "Openbaar", "", ""],
    ["31", "30-12-2024", "E-mail [[o:ILT]] inspecteur aan [[o:IenW]]", "Deels openbaar", "5.1.2e", ""],
]
SPECS.append(dict(
    name="cs02_inventarislijst", producer="rl", title="Inventarislijst bij Woo-besluit",
    kw=dict(font="DejaVuCond", size=8.6, pagesize=(842, 595), margins=(50, 40, 50, 40),
            footer="Bijlage 1 bij besluit [[r:IENW/BSK-2025/118734]] - inventarislijst - blad {page}"),
    blocks=[
        ("h", "Bijlage 1 - Inventarislijst"),
        ("p", "Woo-verzoek [[r:IENW/BSK-2025/118734]] - klachtafhandeling vliegtuiggeluid [[p:Schiphol]] en "
              "[[o:Lelystad Airport]]. Gronden: [[t:5.1.1c]] bedrijfs- en fabricagegegevens; [[t:5.1.1d]] "
              "bijzondere persoonsgegevens; [[t:5.1.2e]] eerbiediging persoonlijke levenssfeer; [[t:5.1.2i]] "
              "goed functioneren van de Staat; [[t:5.2.1]] persoonlijke beleidsopvattingen."),
        ("table", INV_ROWS, [28, 62, 300, 88, 92, 160]),
        ("small", "Behandeld door: {{P:S. Oudejans}} ({{K:SOu}}), Woo-coördinator; tweede lezing "
                  "{{P:F. el Idrissi}} ({{K:FeI}}), [[o:Directie Wetgeving en Juridische Zaken]]."),
    ],
))

# ------------------------------------------------------------------ cs03 e-mail thread (docx, Dutch Outlook)
SPECS.append(dict(
    name="cs03_mail_kamervragen_nachtvluchten", producer="docx", title="E-mail Kamervragen nachtvluchten",
    kw=dict(font="Carlito", size=10.5, author="Joost van der Meulen"),
    hidden=[("PERSON", "Joost van der Meulen", "metadata")],
    blocks=[
        mail_nl("{{P:Meulen, J. van der}} ({{P:Joost}}) - DGLM/LUCHTV <{{E:joost.vander.meulen@minienw.nl}}>",
                "dinsdag 8 oktober 2024 16:42",
                "{{P:Hoekstra-Bos, K.}} ({{P:Karin}}) - DGLM/LUCHTV <{{E:k.hoekstra-bos@minienw.nl}}>",
                "RE: Kamervragen lid Kostić over nachtvluchten Polderbaan - input ILT",
                cc="{{P:Wolters, P.J.}} <{{E:pj.wolters@minienw.nl}}>; [[m:kamervragen-dglm@minienw.nl]]"),
        ("p", "Hoi {{P:Karin}},"),
        ("p", "Ik heb de input van de [[o:ILT]] verwerkt in vraag 3 en 4. {{P:Ruben}} van de inspectie wil nog "
              "even naar de cijfers over de [[t:Polderbaan]] kijken, hij belt je morgen rond 10 uur op je "
              "mobiel ({{T:06-41822907}}). Vraag 5 over de [[u:NOMOS]]-meetpunten in [[p:Zwanenburg]] en "
              "[[p:Spaarndam]] heb ik opengelaten; daar moet [[o:Royal Schiphol Group]] nog op reageren."),
        ("p", "Voor de volledigheid: het lid [[h:Kostić]] ([[o:PvdD]]) verwijst in vraag 2 naar de uitzending "
              "van [[o:EenVandaag]]. Dat citaat klopt niet helemaal, zie de reactie van "
              "[[o:Luchtverkeersleiding Nederland]] hieronder."),
        ("p", "Groet,\n{{P:Joost}}"),
        ("small", "{{P:J. van der Meulen}} | beleidsmedewerker geluid en omgeving\nMinisterie van "
                  "Infrastructuur en Waterstaat | DG Luchtvaart en Maritieme Zaken | Directie Luchtvaart\n"
                  "[[s:Rijnstraat 8]] | 2515 XP | Den Haag\nM {{T:06 28 13 74 55}}\nAanwezig: ma, di, do"),
        ("hr",),
        mail_nl("{{P:Hoekstra-Bos, K.}} ({{P:Karin}}) - DGLM/LUCHTV", "dinsdag 8 oktober 2024 11:05",
                "{{P:Meulen, J. van der}} ({{P:Joost}}) - DGLM/LUCHTV",
                "FW: Kamervragen lid Kostić over nachtvluchten Polderbaan - input ILT"),
        ("p", "{{P:Joost}}, kun jij dit oppakken? Deadline bij [[o:Bestuursondersteuning]] is vrijdag 11 "
              "oktober, 12.00 uur. Paraaf van {{P:Thijs}} is nodig voordat het naar de minister gaat; hij is "
              "donderdag de hele dag bij het [[o:BRS]]-overleg ([[o:Bestuurlijke Regie Schiphol]])."),
        ("p", "Dank! {{P:Karin}}"),
        ("hr",),
        mail_nl("{{P:Dijkhuizen, R.}} <{{E:r.dijkhuizen@ilent.nl}}>", "maandag 7 oktober 2024 17:31",
                "{{P:Hoekstra-Bos, K.}} ({{P:Karin}}) - DGLM/LUCHTV",
                "Kamervragen lid Kostić over nachtvluchten Polderbaan - input ILT",
                cc="[[m:handhaving.luchtvaart@ilent.nl]]", bijlagen="ILT_input_KV_2024Z15012.docx"),
        ("p", "Beste {{P:Karin}},"),
        ("p", "Bijgaand onze input voor de beantwoording van de vragen van het lid [[h:Kostić]] "
              "([[r:2024Z15012]]). Kort samengevat: in het gebruiksjaar 2024 zijn er tot en met september "
              "1.146 nachtelijke landingen op de [[t:Polderbaan]] geweest buiten het [[t:baangebruiksysteem]] "
              "om, waarvan 61 met een uitzonderingsgrond op grond van het "
              "[[l:Luchthavenverkeerbesluit Schiphol]]. Voor de overige gevallen loopt een onderzoek; daar kunnen "
              "we nog niets over zeggen."),
        ("p", "Mijn collega {{P:Gerrit Postma}} (senior inspecteur geluid) is vanaf 14 oktober mijn vervanger. "
              "Je kunt hem bereiken op {{T:06-5277 3018}} of via {{E:g.postma@ilent.nl}}."),
        ("p", "Met vriendelijke groet,\n{{P:Ruben Dijkhuizen}}\nInspecteur luchtvaart, Team Luchthavens\n"
              "[[o:Inspectie Leefomgeving en Transport]]\n[[s:Graadt van Roggenweg 500]] | [[p:Utrecht]]\n"
              "T {{T:06-10384472}} | algemeen [[n:088 489 00 00]]"),
    ] + MOTIVATIE,
))

# ------------------------------------------------------------------ cs04 English thread ILT - LVNL (rl Times)
SPECS.append(dict(
    name="cs04_thread_lvnl_runway_deviation", producer="rl", title="Runway use deviation - thread",
    kw=dict(font="Times-Roman", size=10.5),
    meta=dict(author="Wouter Zijlstra (LVNL)", xmp_creator=["Wouter Zijlstra"]),
    hidden=[("PERSON", "Wouter Zijlstra", "metadata")],
    blocks=[
        mail_en("{{P:Annelies van Dam-Verhoef}} <{{E:a.vandam-verhoef@ilent.nl}}>",
                "Wednesday, 11 September 2024 09:14",
                "{{P:Zijlstra, W.}} <{{E:w.zijlstra@lvnl.nl}}>",
                "RE: Runway use 6-7 September - deviation Kaagbaan/Buitenveldertbaan",
                cc="{{P:Dijkhuizen, Ruben}}; [[m:omgeving@lvnl.nl]]"),
        ("p", "Dear {{P:Wouter}},"),
        ("p", "Thank you for the quick reply. For our file I need the exact times of the runway combination "
              "change on Saturday night. The [[o:ILT]] received 412 complaints via [[o:BAS]] from "
              "[[p:Aalsmeer]], [[p:Kudelstaart]] and [[p:Uithoorn]] within two hours, which is why we opened a "
              "preliminary investigation ([[r:ILT-2024/41877]])."),
        ("p", "Could you also confirm whether the [[t:Continuous Descent Approach]] procedure was suspended "
              "that night? Our inspector, {{P:Mr Dijkhuizen}}, will visit the [[o:LVNL]] operations room at "
              "[[s:Stationsplein Zuid-West 1001]] on 19 September."),
        ("p", "Kind regards,\n{{P:Annelies}}\n\n{{P:A.M. van Dam-Verhoef}} | Team Leader Enforcement Airports\n"
              "[[o:Human Environment and Transport Inspectorate]] ([[o:ILT]])\nMobile {{T:+31 6 2391 0457}}"),
        ("hr",),
        mail_en("{{P:Zijlstra, W.}}", "Tuesday, 10 September 2024 18:02", "{{P:Annelies van Dam-Verhoef}}",
                "RE: Runway use 6-7 September - deviation Kaagbaan/Buitenveldertbaan"),
        ("p", "Hi {{P:Annelies}},"),
        ("p", "Short answer: strong south-westerly crosswind (gusts 38 kt) forced us to use the "
              "[[t:Kaagbaan]] (06/24) together with the [[t:Buitenveldertbaan]] (09/27) between 23:40 and "
              "01:10 local time. This is an accepted deviation under the "
              "[[l:Luchthavenverkeerbesluit Schiphol]]. The duty supervisor that night was {{P:Marloes Terpstra}}; "
              "her log is attached. Please do not forward the log outside the Inspectorate, it contains "
              "staff details."),
        ("p", "Best,\n{{P:Wouter}}\n\n{{P:W. Zijlstra}} | Advisor Environment & Community\n"
              "[[o:Air Traffic Control the Netherlands]] ([[o:LVNL]])\nT {{T:+31 20 406 2287}} | M "
              "{{T:+31 6 1928 4470}}\nGeneral: [[n:+31 20 406 2000]]"),
        ("hr",),
        mail_en("{{P:Annelies van Dam-Verhoef}}", "Monday, 9 September 2024 08:27", "{{P:Zijlstra, W.}}",
                "Runway use 6-7 September - deviation Kaagbaan/Buitenveldertbaan"),
        ("p", "Dear Mr {{P:Zijlstra}}, dear {{P:Wouter}},"),
        ("p", "Following the many complaints of last weekend (see the [[o:BAS]] dashboard), we would like to "
              "understand why the [[t:preferential runway system]] was not followed. Please also include the "
              "[[u:Casper]] tracks of flights KL1002 and HV6130. Many thanks."),
        ("p", "{{P:Annelies}}"),
    ],
))

# ------------------------------------------------------------------ cs05 handwritten complaint letter (scan)
SPECS.append(dict(
    name="cs05_scan_handgeschreven_klachtbrief", producer="scan", title="Handgeschreven klachtbrief",
    kw=dict(font="Hand", size=17, margins=(60, 60, 60, 60), pagenum=False),
    scan=dict(dpi=200, angle=0.5, noise=6),
    blocks=[
        ("p", "{{P:Gerda Ouwerkerk-Hazenberg|Gerda|Ouwerkerk-Hazenberg|Ouwerkerk}}\n{{A:Uiterweg 214|Uiterweg 214|Uiterweg}}\n"
              "{{A:1431 AH}} Aalsmeer\ntel. {{T:06-55128063|06-55128063|55128063}}"),
        ("p", "Aan de Minister van Infrastructuur en Waterstaat\nPostbus 20901\n2500 EX Den Haag"),
        ("p", "Aalsmeer, 2 november 2024"),
        ("p", "Geachte minister,"),
        ("p", "Al drie jaar klaag ik bij het BAS over het lawaai van de Aalsmeerbaan. Sinds september komen de "
              "toestellen weer vanaf half zes over ons huis. Ik heb {{H:hartritmestoornissen}} en mijn "
              "cardioloog in het Spaarne Gasthuis zegt dat ik rust moet nemen. Dat lukt niet."),
        ("p", "Mijn man {{P:Kees}} slaapt inmiddels op zolder met oordoppen. Ik vraag u om iets te doen."),
        ("p", "Met vriendelijke groet,\n{{P:G. Ouwerkerk|G. Ouwerkerk}}"),
    ],
))

# ------------------------------------------------------------------ cs06 BAS kwartaalrapportage (rl DejaVu, 2p)
SPECS.append(dict(
    name="cs06_bas_kwartaalrapportage_q3", producer="rl", title="BAS kwartaalrapportage Q3 2024",
    kw=dict(font="DejaVuSans", size=9,
            header="[[o:Bewonersaanspreekpunt Schiphol]] - Rapportage derde kwartaal 2024"),
    blocks=[
        ("h", "Klachtenrapportage derde kwartaal 2024"),
        ("p", "Het [[o:Bewonersaanspreekpunt Schiphol]] ([[o:BAS]]) registreert meldingen over vliegtuiggeluid "
              "van omwonenden van [[p:Schiphol]]. Deze rapportage is opgesteld voor de [[o:Omgevingsraad Schiphol]] "
              "en het [[o:Ministerie van Infrastructuur en Waterstaat]]. Zij bevat geen gegevens die tot een "
              "individuele melder herleidbaar zijn, met uitzondering van de contactgegevens van de opstellers."),
        ("table", [["Woonplaats", "Meldingen Q3", "Melders Q3", "Verschil t.o.v. Q3 2023"],
                   ["[[p:Aalsmeer]]", "48.211", "612", "+ 9 %"],
                   ["[[p:Amstelveen]]", "31.877", "903", "- 4 %"],
                   ["[[p:Haarlemmermeer]]", "88.034", "1.744", "+ 2 %"],
                   ["[[p:Uithoorn]]", "22.650", "388", "+ 14 %"],
                   ["[[p:Zaanstad]]", "12.411", "291", "- 1 %"],
                   ["[[p:Castricum]]", "5.902", "97", "+ 31 %"],
                   ["[[p:Heemskerk]]", "3.118", "85", "+ 6 %"],
                   ["Overig", "19.880", "1.210", "- 2 %"]], [140, 90, 90, 140]),
        ("p", "De stijging in [[p:Castricum]] en [[p:Heemskerk]] hangt samen met het vaker inzetten van de "
              "[[t:Polderbaan]] in combinatie met de [[t:Zwanenburgbaan]] in juli. In [[p:Uithoorn]] en "
              "[[p:Kudelstaart]] zien we het effect van de [[t:Aalsmeerbaan]] als tweede landingsbaan tijdens "
              "de onderhoudsperiode van de [[t:Buitenveldertbaan]]."),
        ("h2", "Melders met zeer veel meldingen"),
        ("p", "Zoals eerder met de ORS afgesproken, vermelden wij het aantal melders met meer dan 5.000 meldingen "
              "per kwartaal (automatische meldingen via de [[u:BAS-app]] en [[u:Explane]]). In Q3 ging het om "
              "14 melders, samen goed voor 39 % van alle meldingen. Eén melder in [[p:Aalsmeer]] diende "
              "11.340 meldingen in."),
        ("h2", "Telefonisch contact en huisbezoeken"),
        ("p", "Het BAS voerde 212 telefoongesprekken en legde 9 huisbezoeken af, waarvan 4 in [[p:Uithoorn]]. "
              "Bij één huisbezoek was ook de [[o:GGD Amsterdam]] aanwezig in verband met gezondheidsklachten "
              "van de bewoner."),
        ("br",),
        ("h2", "Vragen over de dienstverlening"),
        ("p", "Bewoners vragen steeds vaker om inzage in de afhandeling van hun melding. Het BAS verwijst dan "
              "naar de algemene informatie op [[u:www.bezoekbas.nl]] en naar het [[g:Programma Omgeving Luchthaven "
              "Schiphol]]. Klachten over het BAS zelf worden behandeld door de klachtencoördinator."),
        ("h2", "Contact"),
        ("kv", [["Opsteller", "{{P:L. Brinkman}}, senior medewerker bewonerscontact"],
                ["E-mail", "{{E:l.brinkman@bezoekbas.nl}}"],
                ["Analyse", "{{P:H. Bouzidi}} ({{E:h.bouzidi@bezoekbas.nl}})"],
                ["Algemeen", "[[n:020 601 5555]] | [[m:klachten@bezoekbas.nl]]"],
                ["Postadres", "[[o:BAS]], Postbus 75700, 1117 ZT Schiphol"]], [90, 330]),
    ],
))

# ------------------------------------------------------------------ cs07 ORS verslag + actielijst (docx, 3p)
SPECS.append(dict(
    name="cs07_ors_verslag_12_december", producer="docx", title="Verslag Omgevingsraad Schiphol",
    kw=dict(font="Liberation Serif", size=10.5, author="Bureau ORS",
            header="Omgevingsraad Schiphol - verslag plenaire vergadering 12 december 2024",
            footer="Vastgesteld in de vergadering van 13 maart 2025"),
    blocks=[
        ("h", "Verslag plenaire vergadering [[o:Omgevingsraad Schiphol]]"),
        ("kv", [["Datum", "[[d:12 december 2024]], 13.30 - 16.45 uur"],
                ["Locatie", "[[s:Raadhuisplein 1]], [[p:Hoofddorp]] (raadzaal)"],
                ["Voorzitter", "de voorzitter van de ORS"],
                ["Verslag", "{{P:J.W. Lammers}} (Bureau ORS)"]]),
        ("h2", "Aanwezig"),
        ("table", [["Naam", "Namens", "Paraaf"],
                   ["[[h:burgemeester Schuurmans]]", "[[o:Gemeente Haarlemmermeer]]", "-"],
                   ["[[h:wethouder Van Rijn]]", "[[o:Gemeente Uithoorn]]", "-"],
                   ["{{P:Henk Zwart}}", "Bewonersdelegatie regio Noord", "{{K:HZw}}"],
                   ["{{P:Mieke de Wit-Brouwer}}", "Bewonersdelegatie regio Zuid", "{{K:MdWB}}"],
                   ["{{P:Wim van 't Hof}}", "Bewonersdelegatie regio Oost", "{{K:WvtH}}"],
                   ["{{P:P.J. Wolters}}", "[[o:Ministerie van IenW]]", "{{K:PJW}}"],
                   ["{{P:E. de Graaff-Smit}}", "[[o:Royal Schiphol Group]]", "{{K:EdGS}}"],
                   ["{{P:W. Zijlstra}}", "[[o:LVNL]]", "{{K:WZ}}"],
                   ["{{P:J.W. Lammers}}", "Bureau ORS (secretaris)", "{{K:JWL}}"]], [170, 200, 60]),
        ("p", "Afwezig met bericht: de vertegenwoordiger van [[o:KLM]]; bewonersdelegatie regio West "
              "({{P:Joke Mulder}})."),
        ("h2", "1. Opening en mededelingen"),
        ("p", "De voorzitter opent de vergadering. [[h:Burgemeester Schuurmans]] meldt dat de gemeenteraad van "
              "[[p:Haarlemmermeer]] op 5 december een motie heeft aangenomen over het nachtregime. De heer "
              "{{P:Zwart}} meldt dat hij na vijf jaar stopt als delegatielid; hij wordt bedankt."),
        ("h2", "2. Rapportage BAS derde kwartaal"),
        ("p", "Mevrouw {{P:De Wit-Brouwer}} vraagt waarom de melders met zeer veel meldingen apart worden "
              "genoemd. Het [[o:BAS]] licht toe dat dit op verzoek van de ORS gebeurt en dat geen namen worden "
              "gedeeld. De heer {{P:Van 't Hof}} merkt op dat de stijging in [[p:Castricum]] ook te maken heeft "
              "met de nieuwe [[t:naderingsroute]] over zee; [[o:LVNL]] ({{P:Zijlstra}}) zegt toe dit uit te "
              "zoeken."),
        ("h2", "3. Anticiperend handhaven en Balanced Approach"),
        ("p", "De vertegenwoordiger van het ministerie, de heer {{P:Wolters}}, geeft een toelichting op de stand "
              "van de [[t:Balanced Approach]]-procedure ([[l:Verordening (EU) nr. 598/2014]]). De Europese "
              "Commissie heeft vragen gesteld over de onderbouwing van de verlaging naar 460.000 "
              "vliegtuigbewegingen. Minister [[h:Madlener]] stuurt begin 2025 een brief aan de Kamer."),
        ("p", "Mevrouw {{P:De Graaff-Smit}} ([[o:Royal Schiphol Group]]) geeft aan dat het [[g:8-puntenplan]] "
              "van [[o:Schiphol]] op koers ligt, met uitzondering van de maatregel over het weren van de "
              "meest lawaaiige toestellen in de nacht."),
        ("h2", "4. Rondvraag"),
        ("p", "[[h:Wethouder Van Rijn]] vraagt aandacht voor bewoners in de [[s:Burgemeester Kasteleinweg]]-"
              "buurt in [[p:Aalsmeer]] die klagen over grondgeluid. De heer {{P:Van 't Hof}} vraagt of het "
              "verslag voortaan sneller kan worden verspreid."),
        ("h2", "Actielijst"),
        ("p", "Paraafcodes: zie presentielijst; {{K:JWL}} = secretaris."),
        ("table", [["Nr.", "Actie", "Wie", "Gereed"],
                   ["24-31", "Analyse naderingsroute over zee en klachten [[p:Castricum]]", "{{K:WZ}}", "maart 2025"],
                   ["24-32", "Stand [[t:Balanced Approach]] schriftelijk aan ORS", "{{K:PJW}}", "januari 2025"],
                   ["24-33", "Grondgeluid [[s:Burgemeester Kasteleinweg]] laten meten", "{{K:EdGS}}", "Q1 2025"],
                   ["24-34", "Afscheid delegatielid regio Noord regelen", "{{K:JWL}}", "januari 2025"],
                   ["24-35", "Verslag binnen drie weken rondsturen", "{{K:JWL}} / {{K:MdWB}}", "doorlopend"],
                   ["24-36", "Reactie op vraag regio Oost over meetpunten", "{{K:WvtH}} met {{K:EdGS}}", "februari 2025"]],
         [40, 260, 90, 70]),
        ("small", "Contact Bureau ORS: [[m:info@omgevingsraadschiphol.nl]]; secretaris {{P:Lammers}}, "
                  "{{T:06 48 20 19 37}}."),
    ],
))

# ------------------------------------------------------------------ cs08 Kamerbrief draft with paraphs (rl Times, 2p)
SPECS.append(dict(
    name="cs08_concept_kamerbrief_geluidhinder", producer="rl", title="Concept-Kamerbrief geluidhinder",
    kw=dict(font="LibSerif", size=10.5,
            header="CONCEPT - niet verspreiden - versie 0.4 ({{K:KHB}}/{{K:TtH}})"),
    annots=[(0, "Karin: kan de passage over Lelystad eruit? Groet, Thijs", "Thijs ter Horst")],
    hidden=[("PERSON", "Thijs ter Horst", "annotations")],
    blocks=[
        ("kv", [["Aan", "De Voorzitter van de [[o:Tweede Kamer]] der Staten-Generaal\nPostbus 20018\n2500 EA  Den Haag"],
                ["Datum", "[[d:5 december 2024]]"],
                ["Betreft", "Voortgang aanpak geluidhinder [[p:Schiphol]] en [[o:Lelystad Airport]]"],
                ["Ons kenmerk", "[[r:IENW/BSK-2024/342118]]"]], [80, 360]),
        ("sp", 6),
        ("p", "Geachte voorzitter,"),
        ("p", "Met deze brief informeer ik uw Kamer over de voortgang van de aanpak van geluidhinder rond "
              "[[p:Schiphol]]. Ook ga ik in op de toezegging aan het lid [[h:De Hoop]] ([[o:GroenLinks-PvdA]]) "
              "tijdens het commissiedebat Luchtvaart van 2 oktober 2024 over de afhandeling van klachten door "
              "het [[o:BAS]], en op de motie van het lid [[h:Boswijk]] ([[o:CDA]]) over [[o:Lelystad Airport]] "
              "([[r:Kamerstuk 31 936, nr. 1178]])."),
        ("h2", "Balanced Approach"),
        ("p", "Op 1 november 2024 heeft de [[o:Europese Commissie]] haar opmerkingen over de "
              "[[t:Balanced Approach]]-procedure gestuurd. Ik neem deze opmerkingen over en pas de "
              "onderbouwing van de maatregelen aan. [{{K:TtH}}: deze zin afstemmen met [[o:DGLM]]-juristen, "
              "{{P:Fatima}} heeft een andere lezing.]"),
        ("h2", "Klachtafhandeling"),
        ("p", "Het [[o:BAS]] heeft in 2024 ruim 1,1 miljoen meldingen ontvangen. Ik heb het [[o:BAS]] gevraagd "
              "om in 2025 een pilot te starten met persoonlijk contact voor melders die veel hinder ervaren, in "
              "samenwerking met de [[o:GGD Kennemerland]] en de [[o:GGD Amsterdam]]. [{{K:KHB}}: voorbeeld bewoner "
              "<<Uiterweg>> weglaten, privacy.]"),
        ("h2", "Lelystad Airport"),
        ("p", "Over de opening van [[o:Lelystad Airport]] voor handelsverkeer besluit het kabinet niet eerder "
              "dan nadat de natuurvergunning onherroepelijk is. Bewoners in [[p:Dronten]], [[p:Biddinghuizen]], "
              "[[p:Swifterbant]] en [[p:Zeewolde]] kunnen hun vragen stellen via [[m:info@lelystadairport.nl]] "
              "en tijdens bewonersavonden."),
        ("p", "Hoogachtend,"),
        ("p", "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n\n\nB. Madlener"),
        ("br",),
        ("h2", "Parafenblad (intern, niet meezenden)"),
        ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                   ["{{P:K. Hoekstra-Bos}}", "beleidsmedewerker geluid", "{{K:KHB}}", "05-12-2024"],
                   ["{{P:T.M. ter Horst}}", "hoofd afdeling Luchthavens", "{{K:TtH}}", "06-12-2024"],
                   ["{{P:F. el Idrissi}}", "juridisch adviseur [[o:WJZ]]", "{{K:FeI}}", "06-12-2024"],
                   ["{{P:M. Kaya}}", "communicatieadviseur", "{{K:MKa}}", "09-12-2024"],
                   ["[[f:directeur Luchtvaart]]", "[[f:directeur]]", "", ""],
                   ["[[h:directeur-generaal Van Noort]]", "[[f:directeur-generaal Luchtvaart en Maritieme Zaken]]", "", ""]],
         [130, 180, 60, 70]),
        ("p", "Opmerking {{K:MKa}}: persbericht niet nodig, wel Q&A voor woordvoering. Contact {{P:Meryem}} "
              "via {{T:06-4102 7765}}."),
    ] + MOTIVATIE,
))

# ------------------------------------------------------------------ cs09 ILT last onder dwangsom (docx, 2p)
SPECS.append(dict(
    name="cs09_ilt_last_onder_dwangsom", producer="docx", title="Last onder dwangsom",
    kw=dict(font="DejaVu Sans", size=9.5, author="ILT - Team Luchthavens",
            footer="ILT | Postbus 16191 | 2500 BD Den Haag | www.ilent.nl"),
    blocks=[
        ("pb", "[[o:Inspectie Leefomgeving en Transport]]\nMinisterie van Infrastructuur en Waterstaat"),
        ("kv", [["Aan", "[[o:AeroFlevo Charter B.V.]]\nt.a.v. de directie\n[[s:Emoeweg 20]]\n8218 PC  Lelystad"],
                ["Datum", "[[d:2 december 2024]]"],
                ["Kenmerk", "[[r:ILT-2024/52206]]"],
                ["Behandeld door", "{{P:G.H. Postma}}, toezichthouder nr. {{N:T-48213}}"],
                ["Telefoon", "{{T:06-5277 3018}} (direct) / [[n:088 489 00 00]] (algemeen)"],
                ["Betreft", "Last onder dwangsom - overschrijding openingstijden [[o:Lelystad Airport]]"]]),
        ("p", "Geachte directie,"),
        ("p", "Op 14, 16 en 21 november 2024 hebben toestellen van uw onderneming tussen 23.00 en 06.00 uur "
              "op [[o:Lelystad Airport]] geland. Volgens het [[l:Luchthavenbesluit Lelystad]] is de luchthaven "
              "in die periode gesloten voor handelsverkeer. De inspecteurs {{P:G.H. Postma}} en "
              "{{P:R. Dijkhuizen}} hebben dit vastgesteld aan de hand van de gegevens van [[o:LVNL]] en de "
              "vluchtplannen."),
        ("h2", "Zienswijze"),
        ("p", "Bij brief van 25 november 2024 heeft uw operationeel directeur, de heer {{P:D.J. Scholten}}, "
              "aangegeven dat de vertragingen werden veroorzaakt door onderhoud in [[p:Faro]]. Dat is geen "
              "uitzonderingsgrond als bedoeld in artikel 8.18 van de [[l:Wet luchtvaart]]."),
        ("h2", "Last onder dwangsom"),
        ("p", "Ik leg u een last onder dwangsom op. U moet het landen buiten de openingstijden beëindigen. "
              "Voor iedere overtreding na de dag van bekendmaking verbeurt u een dwangsom van EUR 25.000, tot "
              "een maximum van EUR 250.000 ([[l:artikel 5:32 Awb]])."),
        ("p", "Inlichtingen: inspecteur {{P:Postma}}, {{E:g.postma@ilent.nl}}. Bezwaar kunt u maken bij de "
              "[[o:ILT]], Postbus 16191, 2500 BD Den Haag."),
        ("p", "De minister van Infrastructuur en Waterstaat,\nnamens deze,\nde [[f:teamleider handhaving "
              "luchthavens]],\n\n{{P:A.M. VAN DAM-VERHOEF}}"),
        ("small", "Afschrift: [[o:Lelystad Airport]], t.a.v. de heer {{P:M. Oosterveld}}, manager omgeving; "
                  "[[o:Provincie Flevoland]], [[s:Visarenddreef 1]], Lelystad."),
    ],
))

# ------------------------------------------------------------------ cs10 Teams chat export (rl mono)
SPECS.append(dict(
    name="cs10_teams_chat_directie_luchtvaart", producer="rl", title="Teams-chat export",
    kw=dict(font="LibMono", size=8.6, margins=(50, 45, 50, 45)),
    meta=dict(author="Microsoft Teams export", title="Chat Karin Hoekstra-Bos / Joost van der Meulen / Pieter-Jan Wolters"),
    hidden=[("PERSON", "Pieter-Jan Wolters", "metadata")],
    blocks=[
        ("h", "Chatexport [[u:Microsoft Teams]] - groep 'Geluid & klachten DGLM'"),
        ("small", "Geëxporteerd op 14-11-2024 09:12 ten behoeve van Woo-verzoek [[r:IENW/BSK-2025/118734]]"),
        ("table", [["Tijd", "Afzender", "Bericht"],
                   ["03-10 08:41", "{{P:Hoekstra-Bos, Karin}}", "Morgen! Iemand de mail van die mevrouw uit Aalsmeer gezien? Ze heeft ook naar de minister geschreven."],
                   ["03-10 08:44", "{{P:Meulen, Joost van der}}", "Ja, {{P:Ouwerkerk}}. Ik heb haar brief doorgezet naar het [[o:BAS]]. Zij belt elke week."],
                   ["03-10 08:45", "{{P:Wolters, Pieter-Jan}}", "Let op, ze heeft het over haar {{H:hartproblemen}}. Niet in de Kamerbrief zetten."],
                   ["03-10 08:47", "{{P:Hoekstra-Bos, Karin}}", "Uiteraard. {{P:PJ}}, jij zit toch in de ORS-werkgroep? Kun je {{P:Lotte}} van BAS vragen hoe vaak ze al contact hebben gehad?"],
                   ["03-10 08:52", "{{P:Wolters, Pieter-Jan}}", "Doe ik. Ik mail {{E:l.brinkman@bezoekbas.nl}} vandaag."],
                   ["03-10 09:30", "{{P:Meulen, Joost van der}}", "Andere vraag: de [[o:ILT]] wil de [[u:NOMOS]]-data over [[p:Zwanenburg]]. Mag ik die doorsturen?"],
                   ["03-10 09:33", "{{P:Hoekstra-Bos, Karin}}", "Check even bij {{P:Fatima}} ([[o:WJZ]]), er zit bedrijfsinfo van Schiphol in."],
                   ["03-10 11:02", "{{P:El Idrissi, Fatima}}", "Mag naar de ILT, die is toezichthouder. Niet naar de ORS."],
                   ["03-10 11:05", "{{P:Meulen, Joost van der}}", "Top, dank {{P:Faat}}!"],
                   ["03-10 14:18", "{{P:Wolters, Pieter-Jan}}", "BAS: mw. is sinds 2021 {{N:melder 20417}}, ~300 meldingen per week. Ze is ook bij de GGD bekend."],
                   ["03-10 14:20", "{{P:Hoekstra-Bos, Karin}}", "Dat laatste graag niet op schrift ;-) Bel me even: {{T:06-41822907}}"],
                   ["04-10 07:58", "{{P:Meulen, Joost van der}}", "Ben vandaag thuis, {{H:kind ziek}}. Bereikbaar op mobiel."]],
         [62, 130, 300]),
    ],
))

# ------------------------------------------------------------------ cs11 telefoonnotitie (rl Courier)
SPECS.append(dict(
    name="cs11_telefoonnotitie_zwanenburg", producer="rl", title="Telefoonnotitie",
    kw=dict(font="Courier", size=9.5),
    blocks=[
        ("h", "TELEFOONNOTITIE"),
        ("kv", [["Datum/tijd", "[[d:1 oktober 2024]], 14:20"],
                ["Aangenomen door", "{{P:J. van der Meulen}} ({{K:JvdM}})"],
                ["Beller", "mevrouw {{P:R. Dekker}}"],
                ["Adres", "{{A:Dennenlaan 41}}, Zwanenburg"],
                ["Telefoon", "{{T:020 497 3361}} / {{T:06 39 02 81 44}}"],
                ["Onderwerp", "Klacht nachtvluchten [[t:Zwanenburgbaan]]; vraag om huisbezoek"]], [110, 320]),
        ("p", "Mevrouw {{P:Dekker}} belt via het algemene nummer van het ministerie ([[n:070 456 0000]]). "
              "Zij woont sinds 1988 aan de {{A:Dennenlaan}} en heeft sinds de zomer last van vroege starts. "
              "Zij is weduwe en mantelzorger van haar zoon met een {{H:verstandelijke beperking}}, die "
              "door het geluid 's nachts onrustig wordt."),
        ("p", "Zij heeft eerder bij het [[o:BAS]] geklaagd (meldingnummer {{N:2024-0871123}}) maar vindt de "
              "reactie standaard. Zij vraagt of de minister langs kan komen. Ik heb uitgelegd dat het "
              "[[o:BAS]] huisbezoeken doet en dat de [[o:Omgevingsraad Schiphol]] vergadert in "
              "[[p:Hoofddorp]]."),
        ("p", "Afspraak: {{K:JvdM}} vraagt het [[o:BAS]] om haar terug te bellen; kopie aan {{K:KHB}}."),
        ("p", "Mevrouw noemde ook haar buurman, de heer {{P:Frits Bakels}}, die een petitie organiseert "
              "(via {{E:fritsbakels@hetnet.nl}})."),
        ("mono", "Geregistreerd in Join als: {{P:DEKKER R.}} / ZWANENBURG / KLACHT NACHT\nZaak: [[r:IENW/BSK-2024/271455]]"),
    ],
))
