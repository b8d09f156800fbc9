from lib import Doc

H, Pp, L, T, SP, M = "h", "p", "l", "t", "sp", "mono"
OUTL = dict(producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft® Outlook® voor Microsoft 365")
DOCS = []

DOCS.append(Doc("uc25_memo_jurist", [
    (H, "Memo"),
    (T, [["Aan", "M. van Dijk-Haverkamp, secretaris urgentiecommissie"], ["Van", "T. ter Horst, jurist"],
         ["Datum", "2 april 2025"], ["Onderwerp", "Regiobinding en arbeidsmigranten (URG-2026-0467)"]]),
    (Pp, "Je vroeg of de urgentiecommissie de aanvraag van de heer Wiśniewski terecht heeft afgewezen op grond van de regiobinding. "
         "Artikel 2.4.2 van de Huisvestingsverordening Zwolle 2024 eist dat de aanvrager ten minste zes jaar in de regio woont of werkt. "
         "Artikel 14 van de Huisvestingswet 2014 staat een dergelijke eis toe, mits de gemeente ruimte laat voor schrijnende gevallen."),
    (Pp, "De heer Wiśniewski werkt sinds 2021 bij een distributiecentrum in Zwolle-Zuid en woont sinds 2023 in Laag Zuthem. "
         "Hij heeft dus economische binding, maar korter dan zes jaar. De hardheidsclausule (artikel 2.9) is niet overwogen; dat is "
         "een zwak punt als hij bezwaar maakt. Ik adviseer de commissie de hardheidsclausule in het verslag expliciet te bespreken."),
    (Pp, "Over de verhuurder, de heer Hofstede: dat is een zaak voor VTH op grond van de Woningwet. De urgentiecommissie kan "
         "een onveilige woning van een particuliere verhuurder niet als grond voor urgentie aanmerken als de bewoner een huurovereenkomst "
         "heeft; de verhuurder moet de gebreken herstellen. Zie ook ABRvS 12 juli 2023, ECLI:NL:RVS:2023:2711 (fictief aangehaald voor intern gebruik)."),
    (Pp, "Groet, Thijs")],
    engine="docx", size=10, author="Thijs ter Horst",
    keep=[("LAW", "artikel 2.9"), ("TERM", "hardheidsclausule"), ("REF", "ECLI:NL:RVS:2023:2711"), ("PLACE", "Zwolle-Zuid"),
          ("LAW", "Woningwet"), ("ORG", "ABRvS")]))

DOCS.append(Doc("uc26_contactlijst", [
    (H, "Contactlijst urgentiecommissie en verhuur - intern"), (L, "Versie 3, 1 maart 2025 | niet verspreiden buiten de commissie"), (SP, 4),
    (T, [["Naam", "Functie / rol", "Organisatie", "Telefoon", "E-mail"],
         ["Hanneke Wolters", "voorzitter (extern)", "-", "06 51 02 44 87", "h.wolters@wolters-advies.nl"],
         ["Pieter-Jan Smeenk", "lid", "Stichting Wijkkracht Zwolle", "038 455 10 20", "pj.smeenk@wijkkrachtzwolle.nl"],
         ["Gijs Oudshoorn", "teamleider Verhuur", "Woonstichting Hanzeborg", "038-421 66 40 (toestel 240)", "g.oudshoorn@hanzeborg.nl"],
         ["Ruud Brinkman", "verhuurconsulent", "Woonstichting Hanzeborg", "06 18 54 72 09", "r.brinkman@hanzeborg.nl"],
         ["Esther 't Hart", "verhuurconsulent", "Woonstichting Hanzeborg", "0031 38 421 66 05", "e.thart@hanzeborg.nl"],
         ["Femke Zandbergen", "sociaal-medisch adviseur", "GGD IJsselland", "038 428 14 77", "f.zandbergen@ggdijsselland.nl"],
         ["Marloes van Dijk-Haverkamp", "secretaris", "gemeente Zwolle", "06-41 27 83 90", "m.vandijk-haverkamp@zwolle.nl"],
         ["Thijs ter Horst", "jurist bezwaar", "gemeente Zwolle", "038 498 27 14", "t.terhorst@zwolle.nl"],
         ["Algemeen", "secretariaat", "gemeente Zwolle", "14 038", "urgentie@zwolle.nl"],
         ["Algemeen", "klantcontact", "Woonstichting Hanzeborg", "088 600 21 00", "verhuur@hanzeborg.nl"]]),
    (Pp, "Personeelsnummers voor toegang tot het zaaksysteem: MvDH = 104877, TtH = 103302. Wijzigingen doorgeven aan urgentie@zwolle.nl.")],
    font="helv", size=9, widths=[100, 90, 100, 85, 96], producer="Microsoft® Excel® voor Microsoft 365",
    creator="Microsoft® Excel® voor Microsoft 365",
    redact=[("PHONE", "06 51 02 44 87"), ("EMAIL", "h.wolters@wolters-advies.nl"), ("PHONE", "038 455 10 20"),
            ("PERSONNEL_NR", "104877"), ("PERSONNEL_NR", "103302")],
    keep=[("PHONE_PUBLIC", "088 600 21 00"), ("TERM", "zaaksysteem")]))

DOCS.append(Doc("uc27_besluit_toekenning", [
    (L, "Woonstichting Hanzeborg"), (L, "Burgemeester Roelenweg 8 | Zwolle | info@hanzeborg.nl | 088 600 21 00"), (SP, 12),
    (L, "Mevrouw D.S. Pattinama"), (L, "p/a Veerallee 88-II"), (L, "8019 AD Zwolle"), (SP, 10),
    (L, "Zwolle, 19 februari 2025"), (L, "Ons kenmerk: URG-2026-0412"), (L, "Onderwerp: uw aanvraag urgentieverklaring"), (SP, 6),
    (Pp, "Geachte mevrouw Pattinama,"),
    (Pp, "De Urgentiecommissie Zwolle heeft op 12 februari 2025 uw aanvraag besproken. Namens het college van burgemeester en "
         "wethouders van Zwolle delen wij u mee dat u een urgentieverklaring krijgt op grond van sociale urgentie (artikel 2.4.1 "
         "Huisvestingsverordening Zwolle 2024)."),
    (Pp, "Met de urgentieverklaring kunt u gedurende een bemiddelingsperiode van zes maanden met voorrang reageren op woningen in "
         "Holtenbroek, Dieze en Stadshagen via WoonMatch IJssel. Als u een passende woning weigert, vervalt de urgentieverklaring. "
         "Uw verhuurconsulent is de heer Brinkman; u kunt hem bereiken via verhuur@hanzeborg.nl."),
    (Pp, "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college (Awb)."),
    (Pp, "Met vriendelijke groet,"), (L, "namens het college van burgemeester en wethouders van Zwolle,"), (SP, 14),
    (L, "G.J. Oudshoorn"), (L, "teamleider Verhuur, Woonstichting Hanzeborg")],
    font="times", size=10.5, producer="Aspose.Words for Java 22.12", creator="Hanzeborg Brievenmodule",
    redact=[("ADDRESS", "8019 AD Zwolle")], keep=[("PHONE_PUBLIC", "088 600 21 00"), ("ADDRESS_PUBLIC", "Burgemeester Roelenweg 8")]))

DOCS.append(Doc("uc28_besluit_afwijzing", [
    (L, "Gemeente Zwolle | Urgentiecommissie | urgentie@zwolle.nl"), (SP, 12),
    (L, "Pan Bogdan Wiśniewski"), (L, "p/a Hofstede Verhuur & Onderhoud, kamer 3"), (L, "Dorpsstraat 41, 8055 PK Laag Zuthem"), (SP, 10),
    (L, "Zwolle, 18 maart 2025 | kenmerk URG-2026-0467"), (SP, 6),
    (Pp, "Geachte heer Wiśniewski,"),
    (Pp, "De urgentiecommissie heeft uw aanvraag op 11 maart 2025 besproken. Uw aanvraag wordt afgewezen. U voldoet niet aan de "
         "eis van regiobinding van zes jaar (artikel 2.4.2 Huisvestingsverordening Zwolle 2024). De commissie heeft overwogen of de "
         "hardheidsclausule moet worden toegepast, maar ziet daarvoor geen aanleiding omdat uw verhuurder de gebreken aan de woning "
         "moet herstellen."),
    (Pp, "Het woningtoezicht van de gemeente Zwolle onderzoekt de woning. Heeft u vragen in het Pools of Engels, dan kunt u "
         "contact opnemen met het Informatiepunt Arbeidsmigranten, 0800-0233, of met de heer Brinkman van Woonstichting Hanzeborg."),
    (Pp, "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders."),
    (Pp, "Hoogachtend,"), (L, "namens het college, de secretaris van de urgentiecommissie,"), (SP, 14),
    (L, "Marloes van Dijk-Haverkamp"),
    (L, "Kopie: wiśniewski.b@hotmail.com (op verzoek van betrokkene per e-mail)")],
    font="dejavu", size=10, producer="Aspose.PDF for .NET 23.9", creator="Zaaksysteem Zwolle (Aspose)",
    redact=[("PERSON", "Pan Bogdan Wiśniewski")],
    keep=[("ORG", "Informatiepunt Arbeidsmigranten"), ("PHONE_PUBLIC", "0800-0233"), ("TERM", "hardheidsclausule")]))

DOCS.append(Doc("uc29_mail_veilig_thuis", [
    (M, "Van:        Veilig Thuis IJsselland <advies@veiligthuisijsselland.nl>\nVerzonden:  vrijdag 28 februari 2025 15:20\n"
        "Aan:        Dijk-Haverkamp, Marloes van <m.vandijk-haverkamp@zwolle.nl>\nCC:         Hart, Esther 't <e.thart@hanzeborg.nl>\n"
        "Onderwerp:  RE: advies URG-2026-0451 [vertrouwelijk]"),
    (Pp, "Beste Marloes,"),
    (Pp, "Zoals besproken ons advies in de zaak van mevrouw S. el Idrissi. Betrokkene en haar dochter verblijven sinds januari in de "
         "opvang van het Leger des Heils. Er is een tijdelijk huisverbod opgelegd aan de ex-partner. De ex-partner woont nog op "
         "Hortensiastraat 12 en heeft een netwerk in Kamperpoort. Wij adviseren sociale urgentie met uitsluiting van die wijk."),
    (Pp, "Ons advies is gebaseerd op de meldingen bij Veilig Thuis; de inhoud daarvan delen wij niet. Voor vragen kun je mij "
         "bereiken via het algemene nummer 0800-2000 en vragen naar Ingrid."),
    (Pp, "Met vriendelijke groet,"), (L, "I. Schothorst"), (L, "aandachtsfunctionaris, Veilig Thuis IJsselland"), (SP, 8),
    (M, "Van:        Dijk-Haverkamp, Marloes van <m.vandijk-haverkamp@zwolle.nl>\nVerzonden:  woensdag 26 februari 2025 09:12\n"
        "Aan:        advies@veiligthuisijsselland.nl\nOnderwerp:  advies URG-2026-0451 [vertrouwelijk]"),
    (Pp, "Goedemorgen, de urgentiecommissie bespreekt op 11 maart de aanvraag van Samira el Idrissi (30-07-1995). Kunnen jullie "
         "vóór 7 maart advies geven? Met vriendelijke groet, Marloes van Dijk-Haverkamp, secretaris urgentiecommissie, 06-41 27 83 90")],
    font="helv", size=10, **OUTL,
    redact=[("SENSITIVE", "tijdelijk huisverbod"), ("PERSON", "I. Schothorst", "I. Schothorst", "Ingrid")],
    keep=[("EMAIL_PUBLIC", "advies@veiligthuisijsselland.nl"), ("FUNCTION", "aandachtsfunctionaris")]))
