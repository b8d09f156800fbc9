"""The 33 documents of set DK (dike reinforcement Zaltbommel-Haaften, land acquisition). All persons invented."""
from lib import Doc

MOT = [("h", "Informatie die niet openbaar gemaakt kan worden"), ("h", "Motivering"),
       ("p", "In de openbaar gemaakte versie van dit document zijn de persoonsgegevens van medewerkers en van "
             "particuliere grondeigenaren weggelakt op grond van artikel 5.1, tweede lid, onder e, van de Wet open overheid (5.1.2e).")]
W, O, LO, OUT = "Microsoft® Word voor Microsoft 365", "Microsoft® Outlook voor Microsoft 365", "LibreOffice 7.6", "Microsoft Outlook 16.0"
SIG = ["p", ""]

D = []
def add(stem, blocks, **kw):
    D.append(Doc(stem, blocks, **kw))

add("dk01_woo_verzoek", [
 ("h", "Verzoek om informatie op grond van de Wet open overheid"),
 ("m", "Van: Annelies Roodbeen <annelies.roodbeen@gmail.example>"),
 ("m", "Verzonden: maandag 12 januari 2026 09:14"),
 ("m", "Aan: woo@wsrivierenland.example"),
 ("m", "Onderwerp: Woo-verzoek grondverwerving Dijkversterking Zaltbommel-Haaften"), ("m", ""),
 ("p", "Geacht bestuur van Waterschap Rivierenland,"),
 ("p", "Op grond van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten over de minnelijke verwerving "
       "van gronden en tuinstroken langs de Waaldijk tussen Zaltbommel en Haaften voor het project Dijkversterking Zaltbommel-Haaften (ZoHa), "
       "over de periode 1 januari 2025 tot en met 12 januari 2026. Het gaat mij in het bijzonder om de taxatierapporten, "
       "de verslagen van keukentafelgesprekken, de besluiten van het dagelijks bestuur over schadeloosstelling en de e-mails met de grondverwerver."),
 ("p", "Ik woon zelf aan de dijk en mijn buren hebben de indruk dat niet iedere eigenaar dezelfde vergoeding per vierkante meter krijgt."),
 ("p", "Met vriendelijke groet,"), ("p", "Annelies Roodbeen"), ("p", "Telefoon 06 2398 4471"),
], producer=OUT, creator=O, title="Woo-verzoek ZoHa")

add("dk02_ontvangstbevestiging", [
 ("p", "Waterschap Rivierenland | De Blomboogerd 1 | 4003 BX Tiel | Postbus 599, 4000 AN Tiel | 0344 64 90 90"),
 ("p", "Mevrouw A. Roodbeen"), ("p", "Waalbandijk 77"), ("p", "5311 BE Gameren"),
 ("p", "Datum: 3 februari 2026      Ons kenmerk: WOO-2026-0131      Behandeld door: Femke de Wit"),
 ("h", "Ontvangstbevestiging Woo-verzoek"),
 ("p", "Geachte mevrouw Roodbeen,"),
 ("p", "Wij hebben uw verzoek van 12 januari 2026 op grond van de Wet open overheid ontvangen en geregistreerd onder kenmerk WOO-2026-0131. "
       "Wij beslissen binnen vier weken; deze termijn kan met twee weken worden verdaagd. Omdat documenten ook andere eigenaren langs de Waaldijk "
       "betreffen, vragen wij hun zienswijze voordat wij besluiten."),
 ("p", "Heeft u vragen, neem dan contact op met de Woo-coördinator via woo@wsrivierenland.example of 0344 64 90 90."),
 ("p", "Hoogachtend,"), ("p", "het dagelijks bestuur van Waterschap Rivierenland, namens dezen,"),
 ("p", "Femke de Wit"), ("p", "Woo-coördinator"),
], engine="docx", producer=LO, creator="Writer", title="Ontvangstbevestiging WOO-2026-0131", author="Femke de Wit")
