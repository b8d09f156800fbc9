"""Set AJ, documents aj01-aj10: mail-client prints and chat exports."""
from __future__ import annotations

import framework as fw
import mailprint as mp
from framework import Doc, H, K, P, Pr

DOCS = []

RIJK_DISCLAIMER = ("Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent "
                   "of dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden en "
                   "het bericht te verwijderen. De Staat aanvaardt geen aansprakelijkheid voor schade, van welke aard "
                   "ook, die verband houdt met risico's verbonden aan het elektronisch verzenden van berichten.")
RIJK_DISCLAIMER_EN = ("This message may contain information that is not intended for you. If you are not the addressee "
                      "or if this message was sent to you by mistake, you are requested to inform the sender and delete "
                      "the message. The State accepts no liability for damage of any kind resulting from the risks "
                      "inherent in the electronic transmission of messages.")

# ---------------------------------------------------------------------------------------------- aj01
SUBJ01 = "Kamervragen Kathmann over bewaren chatberichten bewindspersonen (2025Z03318)"


def b_aj01(out):
    msgs = [{
        "from": "Yildiz-Kaya, Selin (DGDOO/DIO) <s.yildiz-kaya@minbzk.nl>",
        "sent": "dinsdag 11 maart 2025 16:47",
        "to": "Boukhari, Samira (DGDOO/DIO) <samira.boukhari@minbzk.nl>; de Graaf, Jeroen (DGDOO/DIO) "
              "<jeroen.degraaf@minbzk.nl>; Tjin-A-Tsoi, Rachel (BZK/CIO Rijk) <rachel.tjin-a-tsoi@minbzk.nl>; "
              "Postbus Kamervragen DGDOO <kamervragen-dgdoo@minbzk.nl>",
        "cc": "Hoekstra, Wiebe (DGDOO/DIO) <wiebe.hoekstra@minbzk.nl>; Kowalczyk, Agnieszka (BZK/DJZ) "
              "<agnieszka.kowalczyk@minbzk.nl>",
        "subject": "RE: " + SUBJ01,
        "attach": "Antwoorden_2025Z03318_v4.docx; Reactie_NA_concept.pdf",
        "importance": "Hoog",
        "body": [
            """Hoi Samira,

Dank voor je snelle reactie. Ik heb de antwoorden op vraag 2 en 5 aangepast zoals Jeroen al voorstelde. Bij vraag 4 wil ik nog navraag doen bij mevrouw Ghebremedhin van het Nationaal Archief; zij kent de kant van de Archiefwet 1995 en de selectielijst.

Staatssecretaris Szabó wil de set uiterlijk vrijdag 14 maart in de tas. Szabó heeft in het commissiedebat gezegd dat ‘alle chats met beleidsinhoud worden bewaard’, dus die formulering moet in antwoord 1 terugkomen.

Kun jij de juristen vragen mee te kijken? De collega van Femke bij DJZ (ik meen Daan) heeft vorige week al een notitie over de Archiefwet gedeeld; Agnieszka weet waar die staat.

Groet,
Selin""",
            ("sig", """Selin Yildiz-Kaya
Senior beleidsmedewerker informatiehuishouding
Ministerie van Binnenlandse Zaken en Koninkrijksrelaties
DG Digitale Overheid | Directie Informatiesamenleving en Overheid
Turfmarkt 147 | 2511 DP | Den Haag
Postbus 20011 | 2500 EA | Den Haag
T 070 426 71 38
M 06 41 29 88 31
s.yildiz-kaya@minbzk.nl | www.rijksoverheid.nl/bzk
Aanwezig: ma, di, do"""),
            ("disc", RIJK_DISCLAIMER),
            ("hdr", {"from": "Boukhari, Samira (DGDOO/DIO) <samira.boukhari@minbzk.nl>",
                     "sent": "dinsdag 11 maart 2025 09:12",
                     "to": "Yildiz-Kaya, Selin (DGDOO/DIO) <s.yildiz-kaya@minbzk.nl>; de Graaf, Jeroen (DGDOO/DIO) "
                           "<jeroen.degraaf@minbzk.nl>",
                     "cc": "Postbus Kamervragen DGDOO <kamervragen-dgdoo@minbzk.nl>",
                     "subject": "RE: " + SUBJ01}),
            """Dag Selin, Jeroen,

In de bijlage mijn versie. Vraag 3, over de Signal-berichten van voormalige bewindspersonen, heb ik afgestemd met Wiebe. Het lid Kathmann (GL-PvdA) vraagt ook naar de functie ‘verdwijnende berichten’; daar houden we de lijn aan van de Kamerbrief over het Rijksbreed beleid instant messaging.

Ik ben donderdag afwezig; Jeroen heeft dan de pen.

Met vriendelijke groet,""",
            ("sig", """Samira Boukhari
Coördinator Kamervragen en Woo
DG Digitale Overheid
T 070 426 55 07 | M 06-2318 7740"""),
            ("orig", {"from": "de Graaf, Jeroen (DGDOO/DIO)", "sent": "maandag 10 maart 2025 17:48",
                      "to": "Boukhari, Samira (DGDOO/DIO)", "subject": SUBJ01}),
            """Samira,

Hierbij de concept-antwoorden. Ik heb bij Rachel nagevraagd hoe we het Rijksbreed beleid instant messaging moeten citeren; zij stuurt nog de vindplaats.

Nog iets anders: is mevrouw Brandsma-Olde Heuvel al teruggebeld? Zij was tot 2022 staatssecretaris en is nu zelfstandig adviseur; ze belde namens een leverancier van archiveringssoftware over ‘een kort gesprek met de staatssecretaris’. Volgens mij loopt dat via het secretariaat van Szabó en niet via ons.

Jeroen""",
        ]}]
    fw.chromium(mp.outlook("Boukhari, Samira", msgs), out)


DOCS.append(Doc(
    "aj01", "Outlook-print (NL): reply chain about Kamervragen on chat archiving", "chromium-outlook", b_aj01,
    redact=[
        P("Selin Yildiz-Kaya", ["Selin Yildiz-Kaya", "Yildiz-Kaya", "Selin"], email=["s.yildiz-kaya@minbzk.nl"],
          phone=["070 426 71 38", "06 41 29 88 31"]),
        P("Samira Boukhari", ["Samira Boukhari", "Boukhari", "Samira"], email=["samira.boukhari@minbzk.nl"],
          phone=["070 426 55 07", "06-2318 7740"]),
        P("Jeroen de Graaf", ["de Graaf", "Jeroen"], email=["jeroen.degraaf@minbzk.nl"]),
        P("Rachel Tjin-A-Tsoi", ["Tjin-A-Tsoi", "Rachel"], email=["rachel.tjin-a-tsoi@minbzk.nl"]),
        P("Wiebe Hoekstra", ["Hoekstra", "Wiebe"], email=["wiebe.hoekstra@minbzk.nl"]),
        P("Agnieszka Kowalczyk", ["Kowalczyk", "Agnieszka"], email=["agnieszka.kowalczyk@minbzk.nl"]),
        P("mevrouw Ghebremedhin (Nationaal Archief)", ["Ghebremedhin"]),
        P("Femke (DJZ)", ["Femke"]),
        P("Daan (DJZ)", ["Daan"]),
        P("Brandsma-Olde Heuvel (former staatssecretaris, now private adviser)", ["Brandsma-Olde Heuvel"]),
    ],
    keep=[
        K("ORG", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"),
        K("ORG", "DG Digitale Overheid"), K("ACRONYM", "DGDOO"), K("ACRONYM", "DIO"), K("ORG", "CIO Rijk"),
        K("ACRONYM", "DJZ"), K("ORG", "Nationaal Archief"), K("LAW", "Archiefwet 1995"),
        K("OFFICE_HOLDER", "Szabó"), K("OFFICE_HOLDER", "Kathmann"), K("ORG", "GL-PvdA"),
        K("MAILBOX", "Postbus Kamervragen DGDOO"), K("MAILBOX", "kamervragen-dgdoo@minbzk.nl"),
        K("ADDRESS_ORG", "Turfmarkt 147"), K("ADDRESS_ORG", "Postbus 20011"), K("PLACE", "Den Haag"),
        K("URL", "www.rijksoverheid.nl/bzk"), K("TITLE", "Senior beleidsmedewerker informatiehuishouding"),
        K("TITLE", "Coördinator Kamervragen en Woo"), K("ID", "2025Z03318"), K("PRODUCT", "Signal"),
        K("POLICY", "Rijksbreed beleid instant messaging"), K("FILE", "Antwoorden_2025Z03318_v4.docx"),
        K("DATE", "dinsdag 11 maart 2025"),
    ]))

# ---------------------------------------------------------------------------------------------- aj02
SUBJ02 = "RCA incident INC0048213 – DigiD SMS verification delays (7 March)"


def b_aj02(out):
    msgs = [{
        "from": "Jhinkoe-Rai, Ravi (Logius/DigiD) <ravi.jhinkoe-rai@logius.nl>",
        "sent": "Monday, 10 March 2025 08:31",
        "to": "Zhang, Xiaoming (Logius/CISO) <xiaoming.zhang@logius.nl>; SOC Logius <soc@logius.nl>",
        "cc": "van 't Hek, Pieter-Jan (Logius/DigiD) <pieterjan.vanthek@logius.nl>; Servicedesk DigiD "
              "<servicedesk.digid@logius.nl>",
        "subject": "FW: " + SUBJ02,
        "attach": "RCA_INC0048213_v1.2.pdf; timeline_sms_gateway.xlsx",
        "body": [
            """Xiaoming,

Ter info de root cause analysis van Qnova over de vertraging in de sms-verificatie van vrijdag. Kort: bij de failover naar het tweede datacenter bleef de rate limiting op het oude cluster actief, waardoor 38% van de sms-codes pas na de time-out van 5 minuten aankwam. Oleksandr heeft het weekend doorgewerkt; de fix (een aangepaste Kubernetes-config en een hogere queue-limiet) staat sinds zaterdag 02:10 in productie.

Wat mij betreft bespreken we dit dinsdag in het CAB. Pieter-Jan maakt de melding voor de privacy-check; volgens hem is er geen datalek (geen gegevens buiten de keten), maar ik wil dat het SOC dat bevestigt.

Groet,
Ravi""",
            ("sig", """Ravi Jhinkoe-Rai
Product owner DigiD Authenticatie
Logius | Ministerie van Binnenlandse Zaken en Koninkrijksrelaties
Wilhelmina van Pruisenweg 52 | 2595 AN Den Haag
Direct +31 70 888 76 42 | Mobile +31 6 5190 2277"""),
            ("disc", RIJK_DISCLAIMER_EN),
            ("hdr", {"from": "Oleksandr Shevchuk <o.shevchuk@qnova-systems.eu>",
                     "sent": "Saturday, 8 March 2025 03:05",
                     "to": "Jhinkoe-Rai, Ravi (Logius/DigiD) <ravi.jhinkoe-rai@logius.nl>",
                     "cc": "Nowak, Marta <m.nowak@qnova-systems.eu>; Qnova Service Desk <servicedesk@qnova-systems.eu>",
                     "subject": SUBJ02}, "en"),
            """Hi Ravi,

As promised, please find attached the RCA (v1.2). Summary:

– 16:42 CET: planned failover of the SMS gateway from DC-1 to DC-2 (change CHG0031877).
– 16:44: rate limiting on the old cluster was not released; messages queued behind the limit.
– 17:05: alert in our SIEM; Marta escalated to the on-call engineer (me).
– 17:31: configuration rollback, queue drained by 17:52.

Root cause: the rate-limit policy was pinned to the node pool instead of the service. Corrective action: policy moved to the service definition, and a canary check added to the failover runbook. No messages were lost and no data left the platform.

Happy to walk through it on Tuesday. My colleague Marta Nowak will join from Kraków.

Best regards,""",
            ("sig", """Oleksandr Shevchuk
Lead Site Reliability Engineer | Qnova Systems B.V.
Mobile +31 6 2874 1190 | Direct +31 20 303 4471
Qnova Systems B.V. | Piet Heinkade 55 | 1019 GM Amsterdam | KvK 71234590"""),
            ("disc", "This e-mail and any attachments are confidential and intended solely for the addressee. "
                     "Qnova Systems B.V. is registered in Amsterdam."),
        ]}]
    fw.chromium(mp.outlook("Jhinkoe-Rai, Ravi", msgs, lang="en"), out)


DOCS.append(Doc(
    "aj02", "Outlook-print (EN labels): forwarded supplier RCA of a DigiD incident", "chromium-outlook", b_aj02,
    redact=[
        P("Ravi Jhinkoe-Rai", ["Ravi Jhinkoe-Rai", "Jhinkoe-Rai", "Ravi"], email=["ravi.jhinkoe-rai@logius.nl"],
          phone=["+31 70 888 76 42", "+31 6 5190 2277"]),
        P("Xiaoming Zhang", ["Zhang", "Xiaoming"], email=["xiaoming.zhang@logius.nl"]),
        P("Pieter-Jan van 't Hek", ["van 't Hek", "Pieter-Jan"], email=["pieterjan.vanthek@logius.nl"]),
        P("Oleksandr Shevchuk", ["Oleksandr Shevchuk", "Shevchuk", "Oleksandr"], email=["o.shevchuk@qnova-systems.eu"],
          phone=["+31 6 2874 1190", "+31 20 303 4471"]),
        P("Marta Nowak", ["Marta Nowak", "Nowak", "Marta"], email=["m.nowak@qnova-systems.eu"]),
    ],
    keep=[
        K("ORG", "Logius"), K("PRODUCT", "DigiD"), K("ACRONYM", "CISO"), K("ACRONYM", "SOC"),
        K("MAILBOX", "soc@logius.nl"), K("MAILBOX", "servicedesk.digid@logius.nl"), K("MAILBOX", "servicedesk@qnova-systems.eu"),
        K("ID", "INC0048213"), K("ID", "CHG0031877"), K("TERM", "root cause analysis"), K("TERM", "failover"),
        K("TERM", "rate limiting"), K("PRODUCT", "Kubernetes"), K("TERM", "SIEM"), K("TERM", "SMS gateway"),
        K("ACRONYM", "CAB"), K("ORG", "Qnova Systems B.V."), K("PLACE", "Kraków"),
        K("TITLE", "Product owner DigiD Authenticatie"), K("TITLE", "Lead Site Reliability Engineer"),
        K("ADDRESS_ORG", "Wilhelmina van Pruisenweg 52"), K("ADDRESS_ORG", "Piet Heinkade 55"), K("ID", "KvK 71234590"),
        K("TERM", "runbook"), K("TERM", "on-call engineer"),
    ]))

# ---------------------------------------------------------------------------------------------- aj03
Q_KWAME = """Geachte heer/mevrouw,

Op grond van de Wet open overheid verzoek ik u om openbaarmaking van alle documenten (e-mails, chatberichten, verslagen, notities) over het windpark bij De Veenhoop in de gemeente Smallingerland, over de periode 1 januari 2023 tot en met 31 januari 2025. Ik verzoek u nadrukkelijk ook de WhatsApp- en Signal-berichten van gedeputeerde Douwstra en van de betrokken ambtenaren mee te nemen.

Ik ontvang de documenten graag digitaal."""


def b_aj03(out):
    msgs = [
        {"name": "Kwame Mensah", "mail": "kwame.mensah.nl@gmail.com", "date": "3 februari 2025 om 21:14",
         "to": "woo@fryslan.frl",
         "body": [Q_KWAME + """

Met vriendelijke groet,

Kwame Mensah
Wâldwei 27
9262 RB Sumar
06 48 73 21 09"""]},
        {"name": "Tjitske Wijbenga", "mail": "t.wijbenga@fryslan.frl", "date": "5 februari 2025 om 10:02",
         "to": "Kwame Mensah <kwame.mensah.nl@gmail.com>", "cc": "woo@fryslan.frl",
         "body": ["""Geachte heer Mensah,

Hartelijk dank voor uw verzoek, dat wij op 4 februari 2025 hebben ontvangen en geregistreerd onder kenmerk 01234567. De beslistermijn is vier weken; wij kunnen die met twee weken verdagen.

Uw verzoek is breed. Om het goed te kunnen behandelen wil ik het graag telefonisch met u bespreken. Kunt u aangeven wanneer ik u kan bellen? Mijn collega Sytse Hiemstra (juridisch adviseur) sluit aan.

Met vriendelijke groet,""",
                  ("sig", """Tjitske Wijbenga
Woo-coördinator | Provincie Fryslân
Tweebaksmarkt 52 | 8911 KZ Leeuwarden
T 058 292 8673 (direct) | 058 292 5925 (algemeen)"""),
                  ("wrote", "Op ma 3 feb 2025 om 21:14 schreef Kwame Mensah <kwame.mensah.nl@gmail.com>:"),
                  ("bq", [Q_KWAME])]},
        {"name": "Kwame Mensah", "mail": "kwame.mensah.nl@gmail.com", "date": "5 februari 2025 om 19:40",
         "to": "Tjitske Wijbenga <t.wijbenga@fryslan.frl>", "cc": "Akosua Owusu <akosua.owusu@ziggo.nl>",
         "body": ["""Beste mevrouw Wijbenga,

U kunt mij donderdag na 16.00 uur bellen op 06 48 73 21 09.

Ik heb mijn buurvrouw Akosua Owusu in cc gezet. Zij heeft in 2023 namens Dorpsbelang Sumar met gedeputeerde Douwstra gesproken en heeft daar nog aantekeningen van. Ook de heer Van der Meulen van de Enerzjy Koöperaasje Smelne zou stukken hebben; hij heeft destijds de informatieavond in De Veenhoop georganiseerd.

Met vriendelijke groet,
Kwame Mensah""",
                  ("wrote", "Op wo 5 feb 2025 om 10:02 schreef Tjitske Wijbenga <t.wijbenga@fryslan.frl>:"),
                  ("bq", ["""Geachte heer Mensah,

Hartelijk dank voor uw verzoek, dat wij op 4 februari 2025 hebben ontvangen en geregistreerd onder kenmerk 01234567.

[...]"""])]},
    ]
    fw.chromium(mp.gmail("Kwame Mensah", "kwame.mensah.nl@gmail.com",
                         "Re: Woo-verzoek windpark De Veenhoop (uw kenmerk 01234567)", msgs), out)


DOCS.append(Doc(
    "aj03", "Gmail print: a citizen's Woo request and the province's reply", "chromium-gmail", b_aj03,
    redact=[
        P("Kwame Mensah", ["Kwame Mensah", "Mensah", "Kwame"], email=["kwame.mensah.nl@gmail.com"],
          phone=["06 48 73 21 09"], address=["Wâldwei 27", "9262 RB"]),
        P("Tjitske Wijbenga", ["Tjitske Wijbenga", "Wijbenga", "Tjitske"], email=["t.wijbenga@fryslan.frl"],
          phone=["058 292 8673"]),
        P("Sytse Hiemstra", ["Sytse Hiemstra", "Hiemstra", "Sytse"]),
        P("Akosua Owusu", ["Akosua Owusu", "Owusu", "Akosua"], email=["akosua.owusu@ziggo.nl"]),
        P("Van der Meulen (windcoöperatie)", ["Van der Meulen"]),
    ],
    keep=[
        K("ORG", "Provincie Fryslân"), K("MAILBOX", "woo@fryslan.frl"), K("LAW", "Wet open overheid"),
        K("PLACE", "De Veenhoop"), K("PLACE", "Smallingerland"), K("OFFICE_HOLDER", "Douwstra"),
        K("TITLE", "gedeputeerde"), K("ADDRESS_ORG", "Tweebaksmarkt 52"), K("PLACE", "Leeuwarden"),
        K("SWITCHBOARD", "058 292 5925"), K("TITLE", "Woo-coördinator"), K("TITLE", "juridisch adviseur"),
        K("ORG", "Dorpsbelang Sumar"), K("ORG", "Enerzjy Koöperaasje Smelne"), K("ID", "01234567"),
        K("PRODUCT", "Gmail"), K("PRODUCT", "WhatsApp"), K("DATE", "4 februari 2025"),
    ]))

# ---------------------------------------------------------------------------------------------- aj04


def b_aj04(out):
    msgs = [{
        "subject": "Re: Hoogwater IJssel – zandzakken en inzet Zwolle-Zuid",
        "from": "Mark Winter <m.winter@vrijsselland.nl>",
        "date": "12-02-2025 11:26",
        "to": "Wouter Zwolle <w.zwolle@wdodelta.nl>",
        "cc": "Operationeel Leider VRIJ <ol@vrijsselland.nl>, Ilse van Dam <i.vandam@zwolle.nl>, "
              "Hatice Öztürk <h.ozturk@zwolle.nl>",
        "body": ["""Wouter,

Dank. Wij zetten om 14.00 uur twee ploegen in bij de Katerveer en aan de Winterdijk in Zwolle-Zuid; de zandzakken komen uit het depot in Hattem. Ilse van Dam regelt namens de gemeente Zwolle de bewonersbrief; Hatice zit vanaf 13.00 uur in het ROT.

Burgemeester Snijders wil om 16.00 uur een update voor het beleidsteam. Kun jij zorgen dat de peilverwachting van Rijkswaterstaat Oost-Nederland er dan ligt? Van Dam vraagt of het winterbed bij het Kampereiland al wordt afgesloten. Zoals Zwolle al schreef, gaan de coupures pas dicht boven de bewakingsnorm; dat neem ik zo over in de situatieschets.

Groet,""",
                 ("sig", """--
Mark Winter
Officier van dienst Bevolkingszorg
Veiligheidsregio IJsselland
Mobiel 06-5377 1028 (alleen tijdens inzet)
Algemeen 038 - 428 1500"""),
                 ("wrote", "Op 12-02-2025 om 09:41 schreef Wouter Zwolle:"),
                 ("bq", ["""Mark,

De verwachting voor Katerveer is een piek van NAP +3,10 m in de nacht van donderdag op vrijdag. Dat is onder de bewakingsnorm, maar boven het niveau waarop wij de coupures in de binnenstad van Zwolle voorbereiden. Onze dijkwacht (kring Zwolle-Noord; coördinator Jan-Willem Bakker, 06 1834 2291) loopt vanaf vanavond.

Bijgaand de lijst met coupures. Voor vragen van bewoners verwijs ik naar 14 038 (gemeente Zwolle); wij nemen die niet aan.

Met vriendelijke groet,""",
                         ("sig", """Wouter Zwolle
Teamleider Crisisbeheersing
Waterschap Drents Overijsselse Delta
T 088 233 1200 (algemeen) | M 06 2218 0463""")])]}]
    fw.chromium(mp.thunderbird(msgs), out)


# person occurrences of 'Zwolle': 'Wouter Zwolle' (Aan, 'schreef Wouter Zwolle:', signature) + 'Zoals Zwolle al schreef'
DOCS.append(Doc(
    "aj04", "Thunderbird print: high water on the IJssel; a man called Zwolle in Zwolle", "chromium-thunderbird", b_aj04,
    redact=[
        P("Mark Winter", ["Mark Winter", "Winter", "Mark"], email=["m.winter@vrijsselland.nl"], phone=["06-5377 1028"]),
        P("Wouter Zwolle", ["Wouter Zwolle", "Wouter", Pr("Zwolle", sub=4)], email=["w.zwolle@wdodelta.nl"],
          phone=["06 2218 0463"]),
        P("Ilse van Dam", ["Ilse van Dam", "Van Dam", "Ilse"], email=["i.vandam@zwolle.nl"]),
        P("Hatice Öztürk", ["Öztürk", "Hatice"], email=["h.ozturk@zwolle.nl"]),
        P("Jan-Willem Bakker", ["Jan-Willem Bakker", "Bakker"], phone=["06 1834 2291"]),
    ],
    keep=[
        K("PLACE", "Zwolle", sub=4), K("PLACE", "Zwolle-Zuid"), K("PLACE", "Zwolle-Noord"), K("ORG", "gemeente Zwolle"),
        K("PLACE", "Katerveer"), K("STREET", "Winterdijk"), K("TERM", "winterbed"), K("PLACE", "Hattem"),
        K("PLACE", "Kampereiland"), K("PLACE", "IJssel"), K("ORG", "Veiligheidsregio IJsselland"),
        K("MAILBOX", "ol@vrijsselland.nl"), K("MAILBOX", "Operationeel Leider VRIJ"), K("ACRONYM", "ROT"),
        K("OFFICE_HOLDER", "Snijders"), K("ORG", "Rijkswaterstaat Oost-Nederland"),
        K("ORG", "Waterschap Drents Overijsselse Delta"), K("TITLE", "Teamleider Crisisbeheersing"),
        K("TITLE", "Officier van dienst Bevolkingszorg"), K("SWITCHBOARD", "088 233 1200"), K("SWITCHBOARD", "14 038"),
        K("SWITCHBOARD", "038 - 428 1500"), K("TERM", "NAP +3,10 m"),
    ]))

# ---------------------------------------------------------------------------------------------- aj05


def b_aj05(out):
    m = {"from": "Harm-Jan Oldenkamp <hj@oldenkamp-advies.nl>",
         "subject": "Re: Kennismaking opvang Oekraïense ontheemden – locatie Zutphenseweg",
         "date": "17 maart 2025 om 07:58:12 CET",
         "to": "Nataliia Kravchenko <n.kravchenko@deventer.nl>",
         "cc": "Secretariaat Burgemeester en Wethouders <secretariaatbenw@deventer.nl>",
         "body": ["""Beste Nataliia,

Dank voor je snelle antwoord. Zoals je weet was ik tot 2022 wethouder in Deventer; tegenwoordig adviseer ik zorg- en vastgoedpartijen. Mijn opdrachtgever, Stichting Nieuw Thuis Salland, wil graag een gesprek over de 120 plekken aan de Zutphenseweg. Burgemeester König kent het dossier; ik heb hem er vorige week kort over gesproken bij de nieuwjaarsbijeenkomst van de Veiligheidsregio.

Zou het gesprek vóór het coalitieoverleg van 27 maart kunnen? Ik neem Yaw Osei mee, de projectleider van de stichting. Zijn nummer is 06 2046 7781, voor als hij je eerder wil bereiken.

Met hartelijke groet,
Harm-Jan

Verstuurd vanaf mijn iPhone""",
                  ("wrote", "Op 14 mrt. 2025 om 08:03 heeft Nataliia Kravchenko <n.kravchenko@deventer.nl> het volgende geschreven:"),
                  ("bq", ["""Geachte heer Oldenkamp,

Dank voor uw bericht aan het college. Ik coördineer namens de gemeente Deventer de opvang van ontheemden uit Oekraïne. Op dit moment zijn alle 412 plekken in de gemeente bezet; het COA en de provincie Overijssel vragen ons om 80 extra plekken.

Voor een gesprek kunt u het best contact opnemen met mijn collega Iryna Bondarenko (iryna.bondarenko@deventer.nl); zij doet de locatieverkenning. Bellen kan via het algemene nummer 14 0570.

Met vriendelijke groet,""",
                          ("sig", """Nataliia Kravchenko
Coördinator opvang ontheemden Oekraïne
Gemeente Deventer | Grote Kerkhof 1 | 7411 KV Deventer
Bereikbaar ma t/m do | mobiel 06 1509 3384""")])]}
    fw.chromium(mp.applemail(m), out)


DOCS.append(Doc(
    "aj05", "Apple Mail print: a former wethouder, now consultant, asks for a meeting", "chromium-applemail", b_aj05,
    redact=[
        P("Harm-Jan Oldenkamp (former wethouder, now private adviser)", ["Harm-Jan Oldenkamp", "Oldenkamp", "Harm-Jan"],
          email=["hj@oldenkamp-advies.nl"]),
        P("Nataliia Kravchenko", ["Nataliia Kravchenko", "Kravchenko", "Nataliia"], email=["n.kravchenko@deventer.nl"],
          phone=["06 1509 3384"]),
        P("Yaw Osei", ["Yaw Osei"], phone=["06 2046 7781"]),
        P("Iryna Bondarenko", ["Iryna Bondarenko"], email=["iryna.bondarenko@deventer.nl"]),
    ],
    keep=[
        K("OFFICE_HOLDER", "König"), K("TITLE", "Burgemeester"), K("PLACE", "Deventer"), K("ORG", "Gemeente Deventer"),
        K("ORG", "Stichting Nieuw Thuis Salland"), K("STREET", "Zutphenseweg"), K("ORG", "COA"),
        K("ORG", "provincie Overijssel"), K("PLACE", "Oekraïne"), K("SWITCHBOARD", "14 0570"),
        K("ADDRESS_ORG", "Grote Kerkhof 1"), K("MAILBOX", "secretariaatbenw@deventer.nl"),
        K("MAILBOX", "Secretariaat Burgemeester en Wethouders"), K("TITLE", "Coördinator opvang ontheemden Oekraïne"),
        K("ORG", "Veiligheidsregio"), K("PRODUCT", "iPhone"), K("TITLE", "projectleider"), K("TITLE", "wethouder"),
    ]))

# ---------------------------------------------------------------------------------------------- aj06


def b_aj06(out):
    d = fw.docx_new(author="Chen, Mei-Ling", title="Woo-besluit 2025-0071 document 17", size=10.5)
    fw.docx_header_footer(d, header="Woo-besluit 2025-0071 | document 17 | e-mail (kopie uit mailbox, opgeslagen als Word)",
                          footer="Ministerie van Sociale Zaken en Werkgelegenheid – inventaris Woo-besluit 2025-0071")
    fw.docx_par(d, """Van: Mulder, Daan <daan.mulder@minszw.nl>
Verzonden: woensdag 19 februari 2025 11:05
Aan: El Khattabi, Yasmina <y.elkhattabi@minszw.nl>; 'Sewdien, Anand' <anand.sewdien@uwv.nl>
CC: Postbus Directie Arbeidsmarkt <postbus-arbeidsmarkt@minszw.nl>
Onderwerp: RE: Signal-groep Regietafel Arbeidsmigratie – bewaren berichten""", after=10)
    fw.docx_par(d, "Yasmina,")
    fw.docx_par(d, "Zoals gisteren besproken: de Signal-groep ‘Regietafel Arbeidsmigratie’ (minister Van Hijum, twee DG’s, "
                   "UWV en de Nederlandse Arbeidsinspectie) valt onder de Archiefwet. Het secretariaat van de minister "
                   "exporteert de berichten iedere vrijdag; Anand doet dat voor de UWV-deelnemers.")
    p = d.add_paragraph()
    p.add_run("Van Hijum heeft in de groep op 12 februari gevraagd om ‘geen besluiten via de app’. Dat staat in de export; "
              "de reacties daarop ")
    r = p.add_run("(duimpjes van onder anderen Reinier en Laila)")
    p.add_run(" ook.")
    d.add_comment([r], text="Voornamen ook lakken (5.1.2e). Navragen bij Tesfay of Laila = Laila Bouzerda (UWV).",
                  author="Ait Haddou, Nadia", initials="NAH")
    p2 = fw.docx_par(d, "Voor de Woo-verzoeken die nu binnenkomen (onder meer van RTL Nieuws) lijkt het me van belang dat "
                        "we de exports op één plek in het DMS zetten. Ik stel voor: een map ‘Chatberichten bewindspersonen 2025’ "
                        "in Digidoc, met leesrechten voor DWJZ en de Woo-coördinator.")
    d.add_comment(p2.runs, text="Zaaknummer toevoegen? – Frits", author="Chen, Mei-Ling", initials="MLC")
    fw.docx_par(d, "Groet,\nDaan Mulder\nSenior jurist, Directie Wetgeving en Juridische Zaken\n"
                   "Ministerie van Sociale Zaken en Werkgelegenheid\nParnassusplein 5 | 2511 VX Den Haag\n"
                   "T 070 333 4912 | M 06 4471 2308", after=12)
    fw.docx_par(d, """> -----Oorspronkelijk bericht-----
> Van: El Khattabi, Yasmina <y.elkhattabi@minszw.nl>
> Verzonden: dinsdag 18 februari 2025 16:20
> Aan: Mulder, Daan <daan.mulder@minszw.nl>
> Onderwerp: Signal-groep Regietafel Arbeidsmigratie – bewaren berichten
>
> Daan, moeten we de Signal-groep van de regietafel bewaren en zo ja, wie doet de export? Laila zegt dat
> de verdwijnende berichten op 4 weken staan. Graag jouw juridische blik voor het MT van donderdag.
>
> Yasmina El Khattabi
> Beleidsadviseur arbeidsmigratie | 06 1187 4450""", color="1F3F7F")
    fw.libreoffice(d, out)


DOCS.append(Doc(
    "aj06", "E-mail saved as Word (plain-text quoting) with reviewer comments; LibreOffice", "libreoffice-docx", b_aj06,
    redact=[
        P("Daan Mulder", ["Daan Mulder", "Mulder", "Daan"], email=["daan.mulder@minszw.nl"],
          phone=["070 333 4912", "06 4471 2308"]),
        P("Yasmina El Khattabi", ["Yasmina El Khattabi", "El Khattabi", "Yasmina"], email=["y.elkhattabi@minszw.nl"],
          phone=["06 1187 4450"]),
        P("Anand Sewdien", ["Sewdien", "Anand"], email=["anand.sewdien@uwv.nl"]),
        P("Reinier", ["Reinier"]),
        P("Laila (Bouzerda)", ["Laila"]),
        H("PERSON", "Nadia Ait Haddou (comment author)", "Ait Haddou", "Nadia"),
        H("PERSON", "Tesfay (named in a comment)", "Tesfay"),
        H("PERSON", "Laila Bouzerda (named in a comment)", "Bouzerda"),
        H("PERSON", "Mei-Ling Chen (document author, comment author)", "Mei-Ling", "Chen"),
        H("PERSON", "Frits (comment)", "Frits"),
    ],
    keep=[
        K("OFFICE_HOLDER", "Van Hijum"), K("PRODUCT", "Signal"), K("ORG", "Regietafel Arbeidsmigratie"),
        K("LAW", "Archiefwet"), K("ORG", "UWV"), K("ORG", "Nederlandse Arbeidsinspectie"), K("ORG", "RTL Nieuws"),
        K("ACRONYM", "DMS"), K("PRODUCT", "Digidoc"), K("ACRONYM", "DWJZ"),
        K("ORG", "Ministerie van Sociale Zaken en Werkgelegenheid"), K("ADDRESS_ORG", "Parnassusplein 5"),
        K("MAILBOX", "postbus-arbeidsmarkt@minszw.nl"), K("MAILBOX", "Postbus Directie Arbeidsmarkt"),
        K("TITLE", "Senior jurist"), K("TITLE", "Beleidsadviseur arbeidsmigratie"),
        K("ORG", "Directie Wetgeving en Juridische Zaken"), K("ID", "Woo-besluit 2025-0071"), K("TITLE", "minister"),
        K("TITLE", "Woo-coördinator"),
    ]))

# ---------------------------------------------------------------------------------------------- aj07
SUBJ07 = "Gesprek garnalenvissers Lauwersoog 24 april – voorbereiding minister"


def b_aj07(out):
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Paragraph, Spacer

    st = fw.styles("DV", 9)
    acct = fw.styles("DV", 12.5)["b"]
    S = []

    def hdr(rows):
        S.append(fw.rl_header_table(rows, st, label_mm=25))
        S.append(Spacer(1, 8))

    def txt(t, style="n"):
        S.extend(fw.rl_text(t, st[style]))

    def line():
        S.append(HRFlowable(width="100%", thickness=0.6, color="#9aaccc", spaceBefore=6, spaceAfter=4))

    S.append(Paragraph("Visser, Hans", acct))
    S.append(HRFlowable(width="100%", thickness=2.2, color="black", spaceBefore=2, spaceAfter=6))
    hdr([("Van:", "Visser, Hans (DGA-VIS) <h.visser@minlnv.nl>"),
         ("Verzonden:", "vrijdag 4 april 2025 08:55"),
         ("Aan:", "de Boer, Hylkje (DGA-VIS) <h.deboer@minlnv.nl>; Bakker, Marloes (DGA-VIS) <marloes.bakker@minlnv.nl>; "
                  "Boateng, Kofi <kofi.boateng@wur.nl>; Wiśniewska, Ewa (NVWA) <e.wisniewska@nvwa.nl>; "
                  "Secretariaat DG Agro <secretariaat.dga@minlnv.nl>; Postbus Visserij <visserij@minlnv.nl>"),
         ("CC:", "Berhane, Filmon (DGA-VIS) <filmon.berhane@minlnv.nl>"),
         ("Onderwerp:", "RE: " + SUBJ07)])
    txt("""Allen,

Dank voor de reacties. Samengevat voor de nota aan minister Wiersma:

1. Het gesprek met de garnalenvissers is op donderdag 24 april in Lauwersoog (Vissersvereniging Ons Belang, zaal boven de afslag). Minister Wiersma opent; Wiersma wil vooral luisteren naar de zorgen over de natuurvergunning en de stikstofregels.
2. Kofi levert vóór 15 april de cijfers van Wageningen Marine Research over de bodemberoering.
3. Ewa checkt bij de NVWA of de inspecties van maart (Harlingen en Den Oever) zijn afgerond.
4. Het vervoer van de materialen regelt Bakker Logistiek; Marloes heeft de offerte.

Kamerlid Van der Plas heeft gevraagd of zij aanwezig mag zijn. Dat is aan de minister; Hylkje legt het voor aan de woordvoerder. Filmon maakt het verslag.

Groet,
Hans""")
    txt("""Hans Visser
Senior beleidsmedewerker Directie Visserij
Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur
Bezuidenhoutseweg 73 | 2594 AC Den Haag
M 06 5273 0184""", "small")
    line()
    hdr([("From:", "Boateng, Kofi <kofi.boateng@wur.nl>"), ("Sent:", "Thursday, April 3, 2025 4:21 PM"),
         ("To:", "Visser, Hans (DGA-VIS) <h.visser@minlnv.nl>"), ("Cc:", "de Boer, Hylkje (DGA-VIS) <h.deboer@minlnv.nl>"),
         ("Subject:", "RE: " + SUBJ07)])
    txt("""Hans,

De cijfers over bodemberoering komen uit het project met de Coöperatie Westwad; de definitieve versie staat op 14 april in Teams. Ik vraag Wang Jing (promovenda bij ons) om de kaarten te maken. Voor vragen over de methode kun je haar ook bellen: 0317 48 62 19.

Groeten,
Kofi Boateng
Senior onderzoeker | Wageningen Marine Research | IJmuiden""")
    line()
    txt("Op do 3 apr 2025 om 15:02 schreef Visser, Hans <h.visser@minlnv.nl>:")
    txt("""Kofi, Hylkje,

Kunnen jullie mij vóór vrijdag laten weten wie er namens WMR meegaat? Marloes Bakker regelt de zaal. Ik heb ook burgemeester Bolding van Het Hogeland uitgenodigd; zijn secretariaat (06 is niet nodig, via 0595 44 77 77) bevestigt nog.

Hans""", "q")
    line()
    hdr([("Van:", "Wiśniewska, Ewa (NVWA) <e.wisniewska@nvwa.nl>"), ("Verzonden:", "woensdag 2 april 2025 17:36"),
         ("Aan:", "Visser, Hans (DGA-VIS) <h.visser@minlnv.nl>"),
         ("CC:", "Berhane, Filmon (DGA-VIS) <filmon.berhane@minlnv.nl>; Toezicht Visserij NVWA <toezicht.visserij@nvwa.nl>"),
         ("Onderwerp:", "RE: " + SUBJ07)])
    txt("""Beste Hans,

De inspecties in Harlingen zijn afgerond; in Den Oever loopt nog één rapport (collega Dirk-Jan ter Horst, hij is tot 14 april met verlof). Over individuele vissers kan ik in het gesprek niets zeggen; de bevindingen per schip zijn vertrouwelijk.

Met vriendelijke groet,
Ewa Wiśniewska
Inspecteur Visserij | Nederlandse Voedsel- en Warenautoriteit
Catharijnesingel 59 | 3511 GG Utrecht | M 06-1098 3345""")
    line()
    hdr([("Van:", "de Boer, Hylkje (DGA-VIS) <h.deboer@minlnv.nl>"), ("Verzonden:", "woensdag 2 april 2025 09:14"),
         ("Aan:", "Visser, Hans (DGA-VIS) <h.visser@minlnv.nl>"), ("Onderwerp:", SUBJ07)])
    txt("""Hans,

De minister wil het gesprek op 24 april in Lauwersoog. Staatssecretaris Rummenie sluit niet aan. Kun jij de uitnodigingen regelen? De lijst van de Vissersvereniging (via de voorzitter, de heer Zijlstra) stuur ik door; daar staan namen en telefoonnummers van vissers op, dus niet verder verspreiden.

Hylkje de Boer
Afdelingshoofd Visserij en Wad | 070 378 5290""")

    def onpage(c, d):
        c.setFont("DV", 7)
        c.drawString(20 * mm, 10 * mm, f"Afgedrukt: vrijdag 4 april 2025 09:02")
        c.drawRightString(190 * mm, 10 * mm, f"{c.getPageNumber()}")

    fw.reportlab_doc(out, S, author="", title="RE: " + SUBJ07, creator="Microsoft Outlook", onpage=onpage)


# 'Bakker' as a person: 'Bakker, Marloes' (Aan), 'Marloes Bakker regelt'; 'Bakker Logistiek' is the company
DOCS.append(Doc(
    "aj07", "Outlook reply chain (NL and EN labels), Visser and Bakker as names and in words", "reportlab", b_aj07,
    redact=[
        P("Hans Visser", ["Hans Visser", "Visser", "Hans"], email=["h.visser@minlnv.nl"], phone=["06 5273 0184"]),
        P("Hylkje de Boer", ["Hylkje de Boer", "de Boer", "Hylkje"], email=["h.deboer@minlnv.nl"], phone=["070 378 5290"]),
        P("Marloes Bakker", ["Marloes Bakker", "Marloes", Pr("Bakker", sub=2)], email=["marloes.bakker@minlnv.nl"]),
        P("Kofi Boateng", ["Kofi Boateng", "Boateng", "Kofi"], email=["kofi.boateng@wur.nl"]),
        P("Ewa Wiśniewska", ["Ewa Wiśniewska", "Wiśniewska", "Ewa"], email=["e.wisniewska@nvwa.nl"], phone=["06-1098 3345"]),
        P("Filmon Berhane", ["Berhane", "Filmon"], email=["filmon.berhane@minlnv.nl"]),
        P("Wang Jing", ["Wang Jing"], phone=["0317 48 62 19"]),
        P("Dirk-Jan ter Horst", ["Dirk-Jan ter Horst"]),
        P("de heer Zijlstra (voorzitter vissersvereniging)", ["Zijlstra"]),
    ],
    keep=[
        K("OFFICE_HOLDER", "Wiersma"), K("OFFICE_HOLDER", "Van der Plas"), K("OFFICE_HOLDER", "Rummenie"),
        K("OFFICE_HOLDER", "Bolding"), K("PLACE", "Het Hogeland"), K("PLACE", "Lauwersoog"), K("PLACE", "Harlingen"),
        K("PLACE", "Den Oever"), K("PLACE", "IJmuiden"), K("ORG", "Bakker Logistiek"), K("ORG", "Bakker", sub=2),
        K("ORG", "Vissersvereniging Ons Belang"), K("ORG", "Wageningen Marine Research"), K("ACRONYM", "WMR"),
        K("ACRONYM", "NVWA"), K("ORG", "Nederlandse Voedsel- en Warenautoriteit"), K("ORG", "Coöperatie Westwad"),
        K("ORG", "Directie Visserij"), K("ORG", "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"),
        K("ACRONYM", "DGA-VIS"), K("MAILBOX", "secretariaat.dga@minlnv.nl"), K("MAILBOX", "visserij@minlnv.nl"),
        K("MAILBOX", "toezicht.visserij@nvwa.nl"), K("SWITCHBOARD", "0595 44 77 77"), K("TITLE", "Inspecteur Visserij"),
        K("TITLE", "Afdelingshoofd Visserij en Wad"), K("ADDRESS_ORG", "Bezuidenhoutseweg 73"),
        K("ADDRESS_ORG", "Catharijnesingel 59"), K("TERM", "bodemberoering"),
    ]))

# ---------------------------------------------------------------------------------------------- aj08


def _attachment_pdf(title, lines):
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setFont("Helvetica", 11)
    y = 780
    for l in lines:
        c.drawString(72, y, l)
        y -= 16
    c.save()
    return buf.getvalue()


def b_aj08(out):
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Paragraph, Spacer

    st = fw.styles("Helvetica", 10)
    S = [Paragraph("Ramdin, Shanti", fw.styles("Helvetica", 13)["b"]),
         HRFlowable(width="100%", thickness=2.2, color="black", spaceBefore=2, spaceAfter=6),
         fw.rl_header_table([("Van:", "Kartodikromo, Wiranto <w.kartodikromo@tilburg.nl>"),
                             ("Verzonden:", "woensdag 5 maart 2025 10:17"),
                             ("Aan:", "Ramdin, Shanti <s.ramdin@tilburg.nl>"),
                             ("CC:", "Bezwaarschriften gemeente Tilburg <bezwaarschriften@tilburg.nl>"),
                             ("Onderwerp:", "FW: Bezwaar toewijzing woning – zaak Z-2025-01187"),
                             ("Bijlagen:", "Bezwaarschrift_20250304.pdf; Machtiging_20250304.pdf")], st),
         Spacer(1, 8)]
    S += fw.rl_text("""Shanti,

Ter behandeling. Het bezwaar gaat over de toewijzing van een woning aan de Ringbaan-Oost aan een statushouder, in plaats van aan het gezin van de bezwaarmaker. De advocaat vraagt om een hoorzitting en schrijft dat zijn cliënte sinds 2019 bij WoonnetRijnmond, sorry, bij Klik voor Wonen staat ingeschreven. Kun jij nagaan of dat klopt? De namen staan in de bijlagen; ik heb ze niet in de mail gezet.

Bel bij vragen gerust, ik zit vandaag op de Stadswinkel.

Wiranto""", st["n"])
    S += fw.rl_text("""Wiranto Kartodikromo
Juridisch medewerker Team Bezwaar en Beroep
Gemeente Tilburg | Stadhuisplein 130 | 5038 TC Tilburg
T 013 542 9038 | M 06-4082 1173
Het algemene nummer van de gemeente is 14 013.""", st["small"])
    S += fw.rl_text("""-----Oorspronkelijk bericht-----
Van: Bram van den Akker <b.vandenakker@hoeksteen-advocaten.nl>
Verzonden: dinsdag 4 maart 2025 17:02
Aan: Bezwaarschriften gemeente Tilburg <bezwaarschriften@tilburg.nl>
Onderwerp: Bezwaar toewijzing woning – zaak Z-2025-01187""", st["n"])
    S += fw.rl_text("""Geachte heer, mevrouw,

Namens mijn cliënte maak ik bezwaar tegen het besluit van 21 januari 2025 over de toewijzing van de woning. Ik verzoek u om in de gelegenheid te worden gesteld het bezwaar mondeling toe te lichten. Mijn cliënte wordt bijgestaan door een tolk Tigrinya; ik verzoek u daarmee rekening te houden bij het plannen van de hoorzitting.

Het bezwaarschrift en de machtiging treft u als bijlage aan.

Met vriendelijke groet,

mr. B. (Bram) van den Akker
Advocatenkantoor De Hoeksteen
Spoorlaan 21 | 5038 CB Tilburg
T 013 207 4410 (kantoor) | M 06 5528 1907""", st["n"])

    def onpage(c, d):
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 10 * mm, "Zaak Z-2025-01187 – afgedrukt uit Outlook")

    fw.reportlab_doc(out, S, author="", title="FW: Bezwaar toewijzing woning – zaak Z-2025-01187",
                     creator="Microsoft Outlook", onpage=onpage)
    fw.post(out, attachments=[
        ("Bezwaarschrift_Tesfamariam_S_20250304.pdf",
         _attachment_pdf("Bezwaarschrift", ["Bezwaarschrift", "Zaak Z-2025-01187"]), "Bezwaarschrift"),
        ("Machtiging_Tesfamariam_Haile.pdf", _attachment_pdf("Machtiging", ["Machtiging", "Zaak Z-2025-01187"]),
         "Machtiging advocaat en tolk"),
    ])


DOCS.append(Doc(
    "aj08", "Forwarded objection with attachments whose file names carry the names (embedded files)",
    "reportlab+pikepdf", b_aj08,
    redact=[
        P("Shanti Ramdin", ["Ramdin", "Shanti"], email=["s.ramdin@tilburg.nl"]),
        P("Wiranto Kartodikromo", ["Wiranto Kartodikromo", "Kartodikromo", "Wiranto"], email=["w.kartodikromo@tilburg.nl"],
          phone=["013 542 9038", "06-4082 1173"]),
        P("Bram van den Akker (advocaat)", ["Bram van den Akker", "van den Akker", "Bram"],
          email=["b.vandenakker@hoeksteen-advocaten.nl"], phone=["06 5528 1907"]),
        H("PERSON", "Senait Tesfamariam (objector, only in attachment names)",
          Pr("Tesfamariam", word=False, hidden=True)),
        H("PERSON", "Haile (interpreter, only in an attachment name)", Pr("Haile", word=False, hidden=True)),
    ],
    keep=[
        K("ORG", "Gemeente Tilburg"), K("MAILBOX", "bezwaarschriften@tilburg.nl"),
        K("MAILBOX", "Bezwaarschriften gemeente Tilburg"), K("ID", "Z-2025-01187"), K("STREET", "Ringbaan-Oost"),
        K("ORG", "Klik voor Wonen"), K("ORG", "Stadswinkel"), K("TITLE", "Juridisch medewerker Team Bezwaar en Beroep"),
        K("ADDRESS_ORG", "Stadhuisplein 130"), K("SWITCHBOARD", "14 013"), K("ORG", "Advocatenkantoor De Hoeksteen"),
        K("ADDRESS_ORG", "Spoorlaan 21"), K("SWITCHBOARD", "013 207 4410"), K("LANG", "Tigrinya"),
        K("FILE", "Bezwaarschrift_20250304.pdf"), K("TERM", "statushouder"), K("TERM", "hoorzitting"),
    ]))

# ---------------------------------------------------------------------------------------------- aj09
TEAMS_CSS = """
.bar { background: #464775; color: #fff; padding: 6px 10px; font-weight: bold; font-size: 11pt; }
.sub { color: #444; font-size: 8.3pt; margin: 4px 0 10px 0; }
.m { margin: 0 0 8px 0; padding: 5px 8px; background: #f5f5f5; border-radius: 4px; }
.m.me { background: #e8ebfa; margin-left: 60px; }
.n { font-weight: bold; font-size: 8.6pt; }
.t { color: #666; font-size: 8pt; margin-left: 6px; }
.ed { color: #888; font-size: 7.5pt; margin-left: 4px; }
.r { font-size: 8pt; color: #333; margin-top: 2px; }
.at { color: #4f52b2; font-weight: bold; }
.sys { color: #666; font-style: italic; font-size: 8.4pt; margin: 6px 0 8px 0; }
.day { text-align: center; color: #666; font-size: 8pt; margin: 8px 0; }
"""


def teams(title, sub, items, me=None):
    from framework import esc

    b = [f"<div class='bar'>{esc(title)}</div><div class='sub'>{esc(sub)}</div>"]
    for it in items:
        if it[0] == "day":
            b.append(f"<div class='day'>{esc(it[1])}</div>")
            continue
        if it[0] == "sys":
            b.append(f"<div class='sys'>{esc(it[1])}</div>")
            continue
        name, t, text = it[:3]
        opts = it[3] if len(it) > 3 else {}
        body = esc(text)
        for m in opts.get("at", []):
            body = body.replace("@" + m, f"<span class='at'>{esc(m)}</span>")
        cls = "m me" if name == me else "m"
        ed = "<span class='ed'>Bewerkt</span>" if opts.get("edited") else ""
        r = f"<div class='r'>{esc(opts['react'])}</div>" if opts.get("react") else ""
        b.append(f"<div class='{cls}'><span class='n'>{esc(name)}</span><span class='t'>{esc(t)}</span>{ed}"
                 f"<div>{body.replace(chr(10), '<br>')}</div>{r}</div>")
    return fw.page("".join(b), title=title, css=TEAMS_CSS, size="9.3pt")


def b_aj09(out):
    P_, G_, L_, T_, S_, Y_ = ("Sharma, Priya (DGVH)", "Pinas, Glenn (DGVH)", "Mooi, Lotte (DGVH)",
                              "Kuipers, Tom (DGVH)", "El Idrissi, Soufiane (DGVH)", "Zhou, Yan (DGVH)")
    items = [
        ("day", "maandag 10 maart 2025"),
        (P_, "09:02", "Goedemorgen! Er zijn dit weekend drie nieuwe Woo-verzoeken binnengekomen via woo@minvro.nl. "
                      "Eén gaat over de Woontop van 12 februari; die verzoeker wil álle chats van de voorbereidingsgroep. "
                      "@Lotte wil jij die oppakken?", {"at": ["Lotte"]}),
        (L_, "09:05", "Ja, pak ik op. Weet iemand of minister Keijzer zelf in die Teams-groep zat?", {"react": "✔ 1"}),
        (G_, "09:07", "Volgens mij niet, Keijzer zat alleen in de Signal-groep met de DG. Navraag bij Tom?"),
        (T_, "09:11", "Klopt. In de Teams-groep zaten alleen wij en de collega's van IPO en VNG. Die van VNG "
                      "(Marieke? Marijke? iets met een M) heeft ook al een export gevraagd."),
        (L_, "09:12", "Mooi, dan vraag ik de export aan bij FMH."),
        (S_, "09:20", "@Priya het tweede verzoek (over de Startbouwimpuls) is van dezelfde journalist als vorig jaar, "
                      "die van Follow the Money. Ik heb de ontvangstbevestiging gestuurd.",
         {"at": ["Priya"], "react": "♥ 2   ✔ 1"}),
        (P_, "09:21", "Mooi zo. Deadline 7 april. Soufiane, wil jij de zoekslag in Outlook en Teams doen? "
                      "Trefwoorden: Woontop, woondeal, Keijzer en Startbouwimpuls.", {"edited": True}),
        (G_, "09:40", "Let op: in de chat van de voorbereidingsgroep staan ook appjes van Bas (de chauffeur van de "
                      "minister) over ophaaltijden. Die zijn niet relevant, maar het zijn wel persoonsgegevens."),
        (T_, "09:42", "Goed punt Glenn. Ik meld me even af, ik zit tot 12:00 in het IPO-overleg."),
        ("sys", "Kuipers, Tom (DGVH) heeft Zhou, Yan (DGVH) toegevoegd aan de chat en de volledige chatgeschiedenis gedeeld."),
        (Y_, "10:15", "Hoi allemaal, dank voor het toevoegen! Ik neem het derde verzoek (huurbevriezing) voor mijn "
                      "rekening; dat raakt ook SZW en Financiën."),
        (L_, "10:17", "Welkom Yan! ♥"),
        (S_, "10:31", "@Yan ik stuur je de zaaknummers. Tip: de collega van Glenn bij DGBRZO heeft een script voor de "
                      "Teams-export, vraag daar even naar.", {"at": ["Yan"], "react": "✔ 3"}),
    ]
    html = teams("Woo-team DGVH – intake 2025",
                 "Chat met: Sharma, Priya (DGVH); Pinas, Glenn (DGVH); Mooi, Lotte (DGVH); Kuipers, Tom (DGVH); "
                 "El Idrissi, Soufiane (DGVH); Zhou, Yan (DGVH) · afgedrukt 10-3-2025 11:04", items, me=P_)
    fw.chromium(html, out)


# 'Mooi' is Lotte's surname (4x: participants line and three message headers) and the adjective twice
DOCS.append(Doc(
    "aj09", "Teams group chat print: display names, @mentions, reactions, a surname that is also a word",
    "chromium-teams", b_aj09,
    redact=[
        P("Priya Sharma", ["Sharma", "Priya"]),
        P("Glenn Pinas", ["Pinas", "Glenn"]),
        P("Lotte Mooi", ["Lotte", Pr("Mooi", sub=4)]),
        P("Tom Kuipers", ["Kuipers", "Tom"]),
        P("Soufiane El Idrissi", ["El Idrissi", "Soufiane"]),
        P("Yan Zhou", ["Zhou", "Yan"]),
        P("Bas (chauffeur)", ["Bas"]),
        P("Marieke/Marijke (VNG)", ["Marieke", "Marijke"]),
    ],
    keep=[
        K("WORD", "Mooi", sub=4), K("WORD", "Mooi zo"), K("OFFICE_HOLDER", "Keijzer"), K("MAILBOX", "woo@minvro.nl"),
        K("EVENT", "Woontop"), K("PROGRAMME", "Startbouwimpuls"), K("ORG", "IPO"), K("ORG", "VNG"), K("ACRONYM", "FMH"),
        K("ORG", "Follow the Money"), K("PRODUCT", "Outlook"), K("PRODUCT", "Teams"), K("ACRONYM", "DGVH"),
        K("ACRONYM", "DGBRZO"), K("ORG", "SZW"), K("ORG", "Financiën"), K("TERM", "huurbevriezing"),
        K("DATE", "maandag 10 maart 2025"), K("TITLE", "chauffeur"),
    ]))

# ---------------------------------------------------------------------------------------------- aj10
WA = """03-02-25 08:02 - Berichten en oproepen zijn end-to-end versleuteld. Alleen mensen in deze chat kunnen ze lezen, beluisteren of delen. Meer informatie
03-02-25 08:02 - Gerda Bosma heeft groep "Wijkteam Overvecht-Noord" gemaakt
03-02-25 08:03 - Gerda Bosma heeft jou toegevoegd
03-02-25 08:03 - Gerda Bosma heeft Mo Azzouzi, Jeroentje en +31 6 14 22 87 09 toegevoegd
03-02-25 08:05 - Gerda Bosma: Goedemorgen team! Deze groep is voor korte afstemming over huisbezoeken en roosters. Geen cliëntinformatie hier, dat gaat via het registratiesysteem.
03-02-25 08:11 - +31 6 14 22 87 09: Hoi, dit is Dewi (nieuwe casemanager). Mijn nummer staat nog niet in jullie contacten
03-02-25 08:12 - Jeroentje: Welkom Dewi!
03-02-25 08:12 - Mo Azzouzi: Welkom!! 👋
03-02-25 09:40 - Mo Azzouzi: Ik ga vanmiddag naar mevrouw Yıldırım aan de Zamenhofdreef. De buurvrouw (Fatma) belde dat de verwarming al een week kapot is
03-02-25 09:41 - Gerda Bosma: Top. Meld het ook bij Portaal, dan loopt het via de reparatieservice
03-02-25 09:43 - Jeroentje: <Media weggelaten>
03-02-25 09:43 - Jeroentje: Dit bericht is verwijderd
03-02-25 10:02 - +31 6 14 22 87 09: Ik neem de familie Sabajo over van Ger. Wie heeft het nummer van de corporatie?
03-02-25 10:04 - Gerda Bosma: Portaal klantenservice 088 781 0000, optie 2
04-02-25 07:58 - Mo Azzouzi: Wethouder Voortman komt donderdag langs bij het wijkteam, weet iemand hoe laat?
04-02-25 08:01 - Gerda Bosma: 14.30 uur in de Gagelsteede. Jeroen, jij doet de rondleiding?
04-02-25 08:01 - Jeroentje: Doe ik 👍
04-02-25 08:15 - +31 6 14 22 87 09: Kan iemand mijn dienst van vrijdag overnemen? Mijn dochter heeft de waterpokken
04-02-25 08:20 - Mo Azzouzi: Ik kan wel Dewi, stuur je het adres van meneer De Bruijn-Hoekstra? Die van de Wiltonkade
04-02-25 08:21 - Gerda Bosma: Graag niet hier adressen delen 🙏 Mo, bel Dewi even
04-02-25 08:22 - Mo Azzouzi: Sorry Ger! Klopt"""


def b_aj10(out):
    d = fw.docx_new(author="Lindeboom, Frits", title="WhatsApp-chat met Wijkteam Overvecht-Noord", font="Consolas",
                    size=9)
    fw.docx_header_footer(d, header="Woo-verzoek 2025-112 | bijlage 7 | export WhatsApp-groep (aangeleverd door medewerker, "
                                    "bestand WhatsApp-chat met Wijkteam Overvecht-Noord.txt)",
                          footer="Gemeente Utrecht – Woo-verzoek 2025-112")
    for line in WA.split("\n"):
        line = line.replace("👋", "").replace("👍", "(y)").replace("🙏", "").rstrip()
        fw.docx_par(d, line, after=3)
    fw.libreoffice(d, out)


DOCS.append(Doc(
    "aj10", "WhatsApp export (.txt printed from Word): nicknames, unsaved numbers, residents named in passing",
    "libreoffice-docx", b_aj10,
    redact=[
        P("Gerda Bosma", ["Gerda Bosma", "Ger"]),
        P("Mo Azzouzi", ["Mo Azzouzi", "Mo"]),
        P("Jeroen ('Jeroentje')", ["Jeroentje", "Jeroen"]),
        P("Dewi (casemanager)", ["Dewi"], phone=["+31 6 14 22 87 09"]),
        P("mevrouw Yıldırım (resident)", ["Yıldırım"]),
        P("Fatma (neighbour)", ["Fatma"]),
        P("familie Sabajo", ["Sabajo"]),
        P("meneer De Bruijn-Hoekstra (resident)", ["De Bruijn-Hoekstra", "Hoekstra"]),
        H("PERSON", "Frits Lindeboom (document author)", "Lindeboom"),
    ],
    keep=[
        K("ORG", "Wijkteam Overvecht-Noord"), K("PLACE", "Overvecht-Noord"), K("STREET", "Zamenhofdreef"),
        K("STREET", "Wiltonkade"), K("ORG", "Portaal"), K("SWITCHBOARD", "088 781 0000"), K("OFFICE_HOLDER", "Voortman"),
        K("TITLE", "Wethouder"), K("PLACE", "Gagelsteede"), K("TITLE", "casemanager"), K("ORG", "Gemeente Utrecht"),
        K("ID", "Woo-verzoek 2025-112"), K("TERM", "end-to-end versleuteld"), K("TERM", "<Media weggelaten>"),
        K("TERM", "Dit bericht is verwijderd"),
    ]))
