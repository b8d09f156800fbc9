"""LNV Woo dossier (part 1): decision letter, inventory, zienswijze letters, e-mail prints,
chats, minutes and a beslisnota with a paraph table and hidden channels."""
from framework import (A4, B, Bookmark, Doc, H, K, KV, MailLink, P, R, SP, StickyNote, T,
                       build_pdf, landscape, letterhead)
from registry import IBAN_HENDRIKSEN

LNV = ["Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
       "Directie Stikstof en Natuur", "Bezuidenhoutseweg 73", "2594 AC Den Haag",
       "Postbus 20401", "2500 EK Den Haag", "www.rijksoverheid.nl/lnv"]
MOTIV = [H("Informatie die niet openbaar gemaakt kan worden", 2), P("Motivering"),
         P("In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren "
           "geanonimiseerd.")]


# ------------------------------------------------------------------------------------------
def d01(path):
    s = [letterhead(LNV, [
        ("Behandeld door", "mr. Z. Çelik\njurist Woo-team"),
        ("T", "070 - 378 41 96"), ("E", "zeynep.çelik@minlnv.nl"),
        ("Ons kenmerk", "DGNVLG / 25487113"), ("Uw verzoek van", "3 maart 2025"),
        ("Bijlagen", "2 (inventarislijst, documenten)")],
        ["De heer T. El Khattabi", "Weverstraat 17-II", "6862 DK  Oosterbeek"])]
    s += [SP(6), KV([("Datum", "14 oktober 2025"),
                     ("Betreft", "Besluit op uw Woo-verzoek over de PAS-melders op de Veluwe")], 22, 140),
          SP(4), P("Geachte heer El Khattabi,"),
          P("In uw e-mail van 3 maart 2025 (tarik.elkhattabi@ziggo.nl) heeft u met een beroep op de Wet open "
            "overheid (Woo) gevraagd om alle documenten over het overleg tussen het ministerie van LNV en de "
            "provincie Gelderland over de PAS-melders en het Gebiedsprogramma Veluwe in de periode "
            "1 januari 2024 tot en met 28 februari 2025. Uw verzoek is op 4 maart 2025 ontvangen. Op 27 maart "
            "2025 heb ik de beslistermijn met twee weken verdaagd. Op 11 april 2025 heeft u telefonisch "
            "(06 - 2210 7765) met mevrouw Çelik de reikwijdte van uw verzoek besproken."),
          H("1. Zienswijzen", 2),
          P("Bij de openbaarmaking van een aantal documenten zijn belangen van derden betrokken. Ik heb "
            "Veluwse Mengvoeders B.V., Loonbedrijf G. Hendriksen en Stichting Heideherstel Veluwezoom in de "
            "gelegenheid gesteld hun zienswijze te geven. Veluwse Mengvoeders B.V. heeft bezwaar gemaakt tegen "
            "de openbaarmaking van de mengvoederrecepturen (weigergrond 5.1.1c). De heer Hendriksen heeft geen "
            "zienswijze gegeven. De stichting heeft laten weten geen bezwaar te hebben."),
          H("2. Besluit", 2),
          P("Ik heb 21 documenten gevonden. Ik besluit 6 documenten openbaar te maken, 13 documenten deels "
            "openbaar te maken en 2 documenten niet openbaar te maken. De inventarislijst bij dit besluit "
            "geeft per document aan welke weigergronden zijn toegepast."),
          H("3. Overwegingen", 2),
          P("Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo). In de documenten staan namen, "
            "e-mailadressen en telefoonnummers van medewerkers van LNV, van de provincie Gelderland en van "
            "derden. Ambtenaren die niet in de openbaarheid treden, hebben er belang bij dat hun naam niet "
            "openbaar wordt. Namen van bewindspersonen, zoals minister Wiersma en staatssecretaris Rummenie, "
            "en van bestuurders die in hun publieke rol optreden, zoals gedeputeerde Van 't Hoog en Kamerlid "
            "Van Campen, maak ik wel openbaar. Dat geldt ook voor de secretaris-generaal, mevrouw "
            "drs. C.E. Lagerwey-Mahabier, de directeur-generaal en de woordvoerder, de heer Verhoeckx, die "
            "uit hoofde van hun functie in de openbaarheid treden. Ik heb deze gegevens gelakt met code 5.1.2e."),
          P("Persoonlijke beleidsopvattingen (artikel 5.2, eerste lid, Woo). Interne notities van "
            "medewerkers van team Stikstof bevatten meningen die bedoeld zijn voor intern beraad; deze maak "
            "ik niet openbaar (5.2.1). Feitelijke gegevens, zoals de AERIUS-berekeningen en het dashboard "
            "met de stand van de PAS-melders, maak ik wel openbaar."),
          P("Identificatienummers (artikel 5.1, eerste lid, onder e, Woo). Burgerservicenummers en "
            "bankrekeningnummers van PAS-melders zijn niet openbaar gemaakt (5.1.1e en 5.1.2e)."),
          H("4. Wijze van openbaarmaking", 2),
          P("De documenten worden gepubliceerd op open.overheid.nl. Bezwaar kunt u binnen zes weken na de "
            "dag van bekendmaking maken bij de minister van LNV, Postbus 20401, 2500 EK Den Haag, of via "
            "woo@minlnv.nl. Heeft u vragen, belt u dan met het algemene nummer 070 378 68 68."),
          SP(5), P("Hoogachtend,"), P("de minister van Landbouw, Visserij, Voedselzekerheid en Natuur,"),
          P("namens deze,"), SP(10),
          P("ir. H.M. Oosterveld-Baptiste"), P("directeur-generaal Natuur, Visserij en Landelijk Gebied"),
          SP(4), P("Afschrift: Veluwse Mengvoeders B.V., t.a.v. de heer ir. P. Kowalczyk", "small"),
          SP(4)] + MOTIV
    build_pdf(path, s, meta={"title": "Besluit Woo-verzoek PAS-melders Veluwe",
                             "author": "Celik, Zeynep (DGNVLG/SN)"}, footer="DGNVLG / 25487113")


# ------------------------------------------------------------------------------------------
INV_ROWS = [
    ("1", "09-01-2024", "E-mail", "Mail van J. de Wit aan team Stikstof over planning PAS-melders", "Deels openbaar", "5.1.2e"),
    ("2", "16-01-2024", "Verslag", "Verslag bestuurlijk overleg met gedeputeerde Van 't Hoog", "Deels openbaar", "5.1.2e; 5.2.1"),
    ("3", "22-01-2024", "Memo", "Memo A. ter Brugge aan directeur M. 's Jacob: legalisatieroute", "Deels openbaar", "5.1.2e; 5.2.1"),
    ("4", "02-02-2024", "Chat", "Teams-chat Rachid - Zeynep over Woo-termijnen", "Deels openbaar", "5.1.2e"),
    ("5", "14-02-2024", "E-mail", "Fw: vragen Kamerlid Bromet over PAS-melders (R. Boukhari)", "Deels openbaar", "5.1.2e"),
    ("6", "28-02-2024", "Brief", "Brief minister Wiersma aan Gedeputeerde Staten van Gelderland", "Openbaar", "-"),
    ("7", "05-03-2024", "WhatsApp", "WhatsApp-export W. Groot Wassink / E. Aydın (provincie)", "Deels openbaar", "5.1.2e"),
    ("8", "19-03-2024", "Bijlage", "Mengvoederrecepturen Veluwse Mengvoeders B.V.", "Niet openbaar", "5.1.1c"),
    ("9", "02-04-2024", "Nota", "Beslisnota legalisatie PAS-melders, paraaf SRP en MsJ", "Deels openbaar", "5.1.2e; 5.2.1"),
    ("10", "17-04-2024", "E-mail", "Mail van Ł. Wiśniewski: AERIUS-runs Barneveld", "Deels openbaar", "5.1.2e"),
    ("11", "08-05-2024", "Notitie", "Handgeschreven notitie GHEBREMEDHIN, T. (scan)", "Deels openbaar", "5.1.2e"),
    ("12", "21-05-2024", "Brief", "Zienswijzeverzoek aan Loonbedrijf G. Hendriksen", "Deels openbaar", "5.1.2e"),
    ("13", "30-05-2024", "Lijst", "Adreslijst PAS-melders gemeente Barneveld (o.a. Kuipers-Ramdas, Van Ee)", "Niet openbaar", "5.1.2e; 5.1.1e"),
    ("14", "12-06-2024", "E-mail", "Re: persvragen, woordvoerder Verhoeckx", "Openbaar", "-"),
    ("15", "03-07-2024", "Verslag", "Ambtelijk overleg LNV - RVO; aanwezig: Zhou Meiling, F. van der Gragt", "Deels openbaar", "5.1.2e"),
    ("16", "29-08-2024", "E-mail", "Mail DE WIT, J. aan Sharmila Ramsaran-Pinas: dashboard", "Deels openbaar", "5.1.2e; 5.2.1"),
    ("17", "10-10-2024", "Kamerbrief", "Kamerbrief voortgang PAS-melders (staatssecretaris Rummenie)", "Openbaar", "-"),
    ("18", "14-11-2024", "E-mail", "Stichting Heideherstel Veluwezoom: reactie dr. I. Voskuijlen", "Deels openbaar", "5.1.2e"),
    ("19", "09-12-2024", "Verslag", "Overleg LTO Noord en Natuurmonumenten", "Openbaar", "-"),
    ("20", "23-01-2025", "Notitie", "Notitie Boukhari/Çelik: business case Lbv-plus", "Deels openbaar", "5.1.2e; 5.2.1"),
    ("21", "20-02-2025", "Brief", "Antwoord commissaris van de Koning Berends", "Openbaar", "-"),
    ("22", "21-02-2025", "E-mail", "Re: Re: planning, Jeroen / Anouk / Łukasz", "Deels openbaar", "5.1.2e"),
    ("23", "24-02-2025", "E-mail", "Doorgestuurd: reactie LTO Noord (via W. Groot Wassink)", "Deels openbaar", "5.1.2e"),
    ("24", "24-02-2025", "Bijlage", "Bijlage bij 23: standpunt LTO Noord", "Openbaar", "-"),
    ("25", "25-02-2025", "Agenda", "Agenda ambtelijk vooroverleg BO Veluwe", "Openbaar", "-"),
    ("26", "25-02-2025", "E-mail", "Mail Tesfay Ghebremedhin: export Teams-berichten", "Deels openbaar", "5.1.2e"),
    ("27", "26-02-2025", "Nota", "Nota aan minister Wiersma: stand Gebiedsprogramma Veluwe", "Deels openbaar", "5.1.2e; 5.2.1"),
    ("28", "26-02-2025", "E-mail", "Mail Kowalczyk (Veluwse Mengvoeders) over voermaatregelen", "Deels openbaar", "5.1.2e; 5.1.1c"),
    ("29", "27-02-2025", "Duplicaat", "Duplicaat van 28", "Niet openbaar", "duplicaat"),
    ("30", "27-02-2025", "Memo", "Memo Zhou Meiling (JZ): intern salderen na uitspraak Raad van State", "Deels openbaar", "5.1.2e; 5.2.1"),
    ("31", "28-02-2025", "E-mail", "Vraag Kamerlid Vedder, beantwoording via Floor van der Gragt", "Deels openbaar", "5.1.2e"),
    ("32", "28-02-2025", "Bijlage", "AERIUS-rekenresultaten 187 locaties (Excel)", "Openbaar", "-"),
    ("33", "28-02-2025", "E-mail", "Out of office: Sharmila Ramsaran-Pinas", "Niet openbaar", "buiten reikwijdte"),
    ("34", "28-02-2025", "Sms", "Sms R. Boukhari aan E. Aydın", "Deels openbaar", "5.1.2e"),
]


def d02(path):
    hdr = ["Nr.", "Datum", "Documenttype", "Titel / omschrijving", "Beoordeling", "Weigergronden",
           "Familie-ID", "Opmerking"]
    rows = [hdr]
    for i, r in enumerate(INV_ROWS):
        fam = "F-%03d" % (100 + (int(r[0]) + 1) // 2)
        opm = {"5": "Antwoord Kamervragen al openbaar (2024Z03117)", "8": "Zienswijze: bezwaar",
               "13": "Bevat BSN en IBAN", "6": "Reeds openbaar", "17": "Kamerstuk 35334-312",
               "29": "Gerelateerd ID 28", "24": "Familie met 23"}.get(r[0], "")
        rows.append(list(r) + [fam, opm])
    s = [H("Inventarislijst bij besluit op Woo-verzoek DGNVLG / 25487113"),
         P("Woo-verzoek van 3 maart 2025 - PAS-melders en Gebiedsprogramma Veluwe - Ministerie van Landbouw, "
           "Visserij, Voedselzekerheid en Natuur"), SP(2),
         T(rows, [10, 18, 20, 62, 24, 24, 16, 34]), SP(4),
         P("Legenda weigergronden: 5.1.1c bedrijfs- en fabricagegegevens; 5.1.1e identificatienummers; "
           "5.1.2e eerbiediging van de persoonlijke levenssfeer; 5.2.1 persoonlijke beleidsopvattingen.",
           "small"),
         P("Opgesteld door: Woo-team DGNVLG (contact: woo@minlnv.nl)", "small")]
    build_pdf(path, s, pagesize=landscape(A4), margins=(14, 14, 14, 14),
              meta={"title": "Inventarislijst Woo PAS-melders", "author": "Woo-team DGNVLG",
                    "creator": "Microsoft Excel"})


# ------------------------------------------------------------------------------------------
def zienswijze(path, addressee, salutation, subject_doc, body_extra, meta_author):
    s = [letterhead(LNV, [("Behandeld door", "Zeynep Çelik"), ("T", "070 - 378 41 96"),
                          ("E", "woo@minlnv.nl"), ("Ons kenmerk", "DGNVLG / 25487113-Z"),
                          ("Datum", "21 mei 2024")], addressee)]
    s += [SP(6), KV([("Betreft", "Verzoek om zienswijze Woo-verzoek PAS-melders Veluwe")], 22, 140),
          SP(3), P(salutation),
          P("Het ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur heeft een verzoek ontvangen op "
            "grond van de Wet open overheid (Woo). Het verzoek gaat over documenten over de PAS-melders en het "
            "Gebiedsprogramma Veluwe. Bij dat verzoek zijn documenten gevonden waarin uw organisatie wordt "
            "genoemd: " + subject_doc + ". Voordat ik een besluit neem, geef ik u de gelegenheid uw zienswijze "
            "te geven (artikel 4.9 Woo en afdeling 4.1.2 van de Algemene wet bestuursrecht).")]
    s += body_extra
    s += [P("U kunt uw zienswijze binnen twee weken na dagtekening van deze brief sturen naar woo@minlnv.nl, "
            "onder vermelding van het kenmerk. Ontvang ik geen reactie, dan ga ik ervan uit dat u geen bezwaar "
            "heeft."),
          SP(4), P("Met vriendelijke groet,"), P("Zeynep Çelik"), P("jurist Woo-team, directie Stikstof en Natuur")]
    build_pdf(path, s, meta={"author": meta_author, "title": "Zienswijzeverzoek"})


def d03(path):
    zienswijze(path, ["Veluwse Mengvoeders B.V.", "t.a.v. de heer ir. P. Kowalczyk, directeur",
                      "Industrieweg 40", "3771 MB  Barneveld"],
               "Geachte heer Kowalczyk,",
               "document 8 (mengvoederrecepturen, aangeleverd door mevrouw Jolanda Smit-Brouwer op 19 maart "
               "2024) en document 10 (AERIUS-runs Barneveld)",
               [P("Veluwse Mengvoeders B.V. (KvK 09178432, Industrieweg 40 te Barneveld) is als rechtspersoon "
                  "genoemd; de naam en het adres van de onderneming maak ik openbaar. De namen en het "
                  "mobiele nummer van uw medewerkers (onder wie 06-48812390) maak ik niet openbaar. Ik wijs u "
                  "erop dat bedrijfs- en fabricagegegevens die vertrouwelijk zijn meegedeeld onder weigergrond "
                  "5.1.1c kunnen vallen; geeft u in uw zienswijze aan welke passages dat volgens u zijn."),
                P("Bijgevoegd: kopie van document 8 en 10 (ter inzage, niet verspreiden).", "small")],
               "Celik, Zeynep")


def d04(path):
    zienswijze(path, ["Loonbedrijf G. Hendriksen", "t.a.v. de heer G. Hendriksen", "Molenweg 3",
                      "3781 PL  Voorthuizen"],
               "Geachte heer Hendriksen,",
               "document 12 (uw offerte voor het afgraven van de toplaag in het Natura 2000-gebied Veluwe)",
               [P("Uw onderneming is een eenmanszaak (KvK 71234599). Omdat de handelsnaam Loonbedrijf "
                  "G. Hendriksen uw eigen naam bevat en uw bedrijfsadres aan de Molenweg 3 ook uw woonadres "
                  "is, behandel ik deze gegevens als persoonsgegevens en maak ik ze niet openbaar. Dat geldt ook "
                  "voor uw telefoonnummer 0342-471839, het e-mailadres info@loonbedrijfhendriksen.nl en het "
                  "rekeningnummer " + IBAN_HENDRIKSEN + " op de factuur."),
                P("De bedragen in de offerte en de omschrijving van het werk (plaggen, 14 ha, Gebiedsprogramma "
                  "Veluwe) maak ik wel openbaar.")],
               "Celik, Zeynep")


def d05(path):
    zienswijze(path, ["Stichting Heideherstel Veluwezoom", "t.a.v. het bestuur", "Hoofdweg 12",
                      "6994 AD  De Steeg"],
               "Geacht bestuur,",
               "document 18 (e-mail van uw voorzitter, dr. I. Voskuijlen, van 14 november 2024, met een "
               "bijlage van uw secretaris Kofi Mensah)",
               [P("De naam van de stichting, haar adres (Hoofdweg 12, De Steeg) en haar KvK-nummer 41052233 "
                  "maak ik openbaar. De namen van bestuursleden en vrijwilligers en het mobiele nummer van de "
                  "secretaris (06 87 65 43 21) maak ik niet openbaar, omdat zij geen publieke functie "
                  "vervullen."),
                P("Natuurmonumenten en LTO Noord zijn in hetzelfde document genoemd; zij ontvangen een "
                  "afzonderlijk verzoek.")],
               "Celik, Zeynep")


# ------------------------------------------------------------------------------------------
def mailhdr(pairs):
    return KV(pairs, 24, 142)


def d06(path):
    s = [P("<b>Van der Gragt, Floor</b>", "mail", raw=True), SP(1),
         mailhdr([("Van:", "Boukhari, Rachid <r.boukhari@minlnv.nl>"),
                  ("Verzonden:", "vrijdag 29 augustus 2024 16:42"),
                  ("Aan:", "Ramsaran-Pinas, Sharmila <s.ramsaran-pinas@minlnv.nl>"),
                  ("CC:", "'s Jacob, Maarten <m.sjacob@minlnv.nl>; Wit, Jeroen de <jeroen.de.wit@minlnv.nl>; "
                          "Van der Gragt, Floor <floor.vandergragt@minlnv.nl>"),
                  ("Onderwerp:", "RE: dashboard PAS-melders - cijfers voor staatssecretaris Rummenie"),
                  ("Bijlagen:", "Dashboard_PAS_wk35.xlsx")]), SP(2),
         P("Hoi Sharmila,"),
         P("Het dashboard is bijgewerkt tot en met week 35. Van de 2.450 PAS-melders in Gelderland hebben er "
           "612 een aanvraag via RVO ingediend; op de Veluwe gaat het om 187 locaties. Jeroen heeft de "
           "AERIUS-runs voor Barneveld en Apeldoorn nagelopen. Floor maakt er een Q&A van voor de woordvoerder."),
         P("Kun jij voor maandag akkoord geven? De deadline voor de Kamerbrief staat op 2 september."),
         P("Groet,\nRachid\n\nRachid Boukhari | projectleider PAS-melders\nDirectie Stikstof en Natuur | Ministerie "
           "van LNV\nM 06 1938 4402 | r.boukhari@minlnv.nl"),
         SP(3), P("-----Oorspronkelijk bericht-----", "mail"),
         mailhdr([("Van:", "Ramsaran-Pinas, Sharmila"), ("Verzonden:", "donderdag 29 augustus 2024 09:15"),
                  ("Aan:", "Boukhari, Rachid"), ("CC:", "'s Jacob, Maarten"),
                  ("Onderwerp:", "dashboard PAS-melders")]), SP(2),
         P("Rachid, staatssecretaris Rummenie wil bij het commissiedebat van 5 september actuele cijfers. Kamerlid "
           "Vedder heeft gevraagd naar de verdeling per provincie en Kamerlid Bromet naar de Natura 2000-gebieden. "
           "Kun jij met Łukasz de cijfers per gebied laten draaien? Maarten wil het stuk zien voor het naar de "
           "SG gaat."),
         P("Sharmila\nafdelingshoofd Vergunningverlening en Handhaving\nM 0031 6 45678901"),
         SP(3), P("________________________________", "mail"),
         mailhdr([("From:", "Wiśniewski, Łukasz <łukasz.wiśniewski@minlnv.nl>"),
                  ("Sent:", "Wednesday, August 28, 2024 5:03 PM"),
                  ("To:", "Boukhari, Rachid <r.boukhari@minlnv.nl>"),
                  ("Cc:", "Zhou Meiling <m.zhou@minlnv.nl>"),
                  ("Subject:", "AERIUS runs Veluwe - first results")]), SP(2),
         P("Hi Rachid,"),
         P("Please find the first results of the AERIUS runs attached. The stikstofdepositie on the Veluwe "
           "habitat types is computed with the latest AERIUS Calculator release; Meiling checked the input "
           "data for the 187 locations. I'll be working from home tomorrow, call me on +31(0)6-34567890 if "
           "anything is unclear."),
         P("Kind regards,\nŁukasz Wiśniewski\nData Analyst / Policy Officer, Directorate Nitrogen and Nature"),
         SP(3), P("________________________________", "mail"),
         mailhdr([("Van:", "Wit, Jeroen de"), ("Verzonden:", "dinsdag 27 augustus 2024 11:20"),
                  ("Aan:", "Wiśniewski, Łukasz; Ghebremedhin, Tesfay"),
                  ("Onderwerp:", "runs Barneveld en Apeldoorn")]), SP(2),
         P("Łukasz, Tesfay,"),
         P("Willen jullie de runs voor Barneveld en Apeldoorn opnieuw draaien met de nieuwe emissiefactoren? "
           "De provincie Gelderland (Willemijn Groot Wassink) wil ze donderdag hebben voor het overleg met "
           "gedeputeerde Van 't Hoog. Tesfay, jij hebt de SharePoint-map; zet de resultaten daar neer."),
         P("Dank! Jeroen\nJ. de Wit, beleidsmedewerker team Stikstof | 06-51234987"),
         SP(4), P("Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde "
                  "bent, wordt u verzocht de afzender te informeren en het bericht te verwijderen.", "small")]
    build_pdf(path, s, meta={"title": "RE: dashboard PAS-melders", "author": "Van der Gragt, Floor",
                             "creator": "Microsoft Outlook"})


def d07(path):
    s = [P("<b>Aydın, Emre</b>", "mail", raw=True), SP(1),
         mailhdr([("From:", "Aydın, Emre <emre.aydın@gelderland.nl>"), ("Sent:", "Tuesday, March 5, 2024 08:57"),
                  ("To:", "Boukhari, Rachid <r.boukhari@minlnv.nl>"),
                  ("Cc:", "Groot Wassink, Willemijn <w.grootwassink@gelderland.nl>; post@gelderland.nl"),
                  ("Subject:", "FW: bestuurlijk overleg 16 januari - actiepunten")]), SP(2),
         P("Beste Rachid,"),
         P("Hierbij de actiepunten uit het bestuurlijk overleg, zoals gevraagd. Gedeputeerde Van 't Hoog heeft "
           "met minister Wiersma afgesproken dat de provincie Gelderland de gebiedsgerichte aanpak voor de "
           "Veluwe voor 1 juli 2024 uitwerkt. Willemijn is projectleider namens Gedeputeerde Staten; ik ben "
           "haar vervanger. Bereikbaar op +31 26 359 8012 of via het algemene nummer 026 359 99 99."),
         P("Met vriendelijke groet,\nEmre Aydın\nsenior adviseur stikstof | provincie Gelderland\nMarkt 11, Arnhem"),
         SP(3), P("From: Groot Wassink, Willemijn\nSent: Monday, March 4, 2024 17:31\nTo: Aydın, Emre\n"
                  "Subject: bestuurlijk overleg 16 januari - actiepunten", "mail"), SP(1),
         P("Emre, kun jij dit doorsturen naar Rachid Boukhari van LNV? Ik zit de rest van de week in Zwolle. "
           "Mijn mobiel is 026 359 87 41 (doorgeschakeld). Willemijn"),
         SP(2), T([["Nr.", "Actiepunt", "Wie", "Wanneer"],
                   ["1", "Uitwerking gebiedsgerichte aanpak Veluwe", "provincie (WGW)", "1 juli 2024"],
                   ["2", "Cijfers PAS-melders per gemeente", "LNV (R. Boukhari)", "1 april 2024"],
                   ["3", "Brief aan LTO Noord en Natuurmonumenten", "gedeputeerde Van 't Hoog", "15 april 2024"],
                   ["4", "Afstemming met RVO over Lbv-plus", "LNV (J. de Wit)", "doorlopend"]],
                  [10, 80, 45, 30]),
         MailLink("w.grootwassink@gelderland.nl")]
    build_pdf(path, s, meta={"title": "FW: bestuurlijk overleg 16 januari", "author": "Emre Aydın",
                             "creator": "Microsoft Outlook"})
    return s


def d08(path):
    msgs = [
        ("Rachid Boukhari", "02-02-2024 09:02", "Goedemorgen Zeynep! Heb je even voor de Woo-termijnen?"),
        ("Zeynep Çelik", "02-02-2024 09:04", "Ja hoor. Het verzoek van El Khattabi is binnen, termijn loopt tot 1 april."),
        ("Rachid Boukhari", "02-02-2024 09:05", "Oké. Tesfay heeft alle mails uit de mailbox van Jeroen gehaald, ~900 stuks."),
        ("Zeynep Çelik", "02-02-2024 09:07", "Top. Ik wil ook de WhatsApp-berichten met de provincie, van Willemijn en Emre."),
        ("Rachid Boukhari", "02-02-2024 09:08", "Die staan op mijn werktelefoon. Ik exporteer ze vandaag."),
        ("Zeynep Çelik", "02-02-2024 09:11", "En de zienswijzen: Veluwse Mengvoeders, Hendriksen en de stichting. "
                                             "Kowalczyk belde al, hij is er niet blij mee."),
        ("Rachid Boukhari", "02-02-2024 09:12", "Haha, dat verbaast me niks. Moet Sharmila meelezen?"),
        ("Zeynep Çelik", "02-02-2024 09:14", "Ja, en Maarten tekent niet, dat doet de DG (Oosterveld-Baptiste). "
                                             "Woordvoerder Verhoeckx wil een seintje voor publicatie."),
        ("Rachid Boukhari", "02-02-2024 09:15", "👍 ik zet een deadline in de planning"),
        ("Tesfay Ghebremedhin", "02-02-2024 10:31", "Zeynep, de export staat op SharePoint: /Woo/2025-0417/ruw"),
        ("Zeynep Çelik", "02-02-2024 10:33", "Dank je Tesfay!"),
    ]
    s = [H("Chatgeschiedenis Microsoft Teams"),
         P("Chat: Rachid Boukhari, Zeynep Çelik, Tesfay Ghebremedhin    Geëxporteerd: 12-03-2025 door Woo-team "
           "DGNVLG", "small"), SP(3)]
    for who, when, txt in msgs:
        s += [P("<b>%s</b>  <font size=7 color='#666666'>%s</font>" % (who, when), "mail", raw=True),
              P(txt, "mail"), SP(1)]
    build_pdf(path, s, meta={"title": "Teams export", "creator": "Microsoft Teams"})


def d09(path):
    lines = [
        "[05-03-2024 07:48:12] Willemijn Groot Wassink: Morgen Rachid, overleg met Van 't Hoog schuift naar 10.30",
        "[05-03-2024 07:49:40] Rachid LNV: Prima. Komt Berends ook?",
        "[05-03-2024 07:50:02] Willemijn Groot Wassink: Nee, alleen de gedeputeerde en Emre",
        "[05-03-2024 08:15:33] +31 6 2845 1173: Hoi, dit is Anouk ter Brugge (LNV), Rachid heeft me toegevoegd",
        "[05-03-2024 08:16:01] Willemijn Groot Wassink: Welkom Anouk!",
        "[05-03-2024 08:20:47] Emre: Ik stuur de kaart van de Veluwe met de 187 locaties zo",
        "[05-03-2024 08:21:10] Emre: <Media weggelaten>",
        "[05-03-2024 08:35:59] Rachid LNV: Dank. Kunnen jullie de lijst met adressen NIET via app delen? Via SharePoint graag",
        "[05-03-2024 08:36:30] Willemijn Groot Wassink: Helder 👍",
        "[05-03-2024 11:52:18] Anouk ter Brugge: Van 't Hoog wil een brief van minister Wiersma voor de zomer. Haalbaar?",
        "[05-03-2024 11:55:03] Rachid LNV: Ik check het bij Maarten en Sharmila",
        "[05-03-2024 12:01:44] +31 6 2845 1173 heeft het nummer gewijzigd naar 06-51234987",
        "[05-03-2024 12:02:10] Willemijn Groot Wassink: ? dat is toch Jeroen zijn nummer",
        "[05-03-2024 12:03:29] Anouk ter Brugge: Oeps, verkeerde telefoon. Negeer maar",
    ]
    s = [P("WhatsApp-chat met Veluwe LNV-provincie", "h2"),
         P("Exportbestand _chat.txt (zonder media), aangeleverd door R. Boukhari op 12 maart 2025", "small"), SP(3)]
    s += [P(x, "mono") for x in lines]
    build_pdf(path, s, meta={"title": "_chat.txt", "creator": "WhatsApp export"})


def d10(path):
    s = [H("Verslag bestuurlijk overleg PAS-melders Veluwe"),
         KV([("Datum", "16 januari 2024, 10.30 - 12.00 uur"), ("Plaats", "Provinciehuis, Arnhem"),
             ("Kenmerk", "2024-0116-BO")], 24, 140), SP(2),
         H("Aanwezig", 2),
         T([["Naam", "Organisatie", "Functie"],
            ["Femke Wiersma", "LNV", "minister"],
            ["Peter van 't Hoog", "provincie Gelderland", "gedeputeerde"],
            ["M. 's Jacob", "LNV", "directeur Stikstof en Natuur"],
            ["Ramsaran-Pinas, S.", "LNV", "afdelingshoofd"],
            ["R. Boukhari", "LNV", "projectleider (verslag)"],
            ["W. Groot Wassink", "provincie Gelderland", "projectleider Gebiedsprogramma Veluwe"],
            ["E. Aydın", "provincie Gelderland", "senior adviseur"],
            ["Daan Verhoeckx", "LNV", "woordvoerder"]], [50, 45, 70]),
         P("Afwezig met bericht: commissaris van de Koning Berends; A. ter Brugge (LNV).", "small"),
         H("1. Opening en mededelingen", 2),
         P("Minister Wiersma opent het overleg. Gedeputeerde Van 't Hoog meldt dat Gedeputeerde Staten op "
           "9 januari het Gebiedsprogramma Veluwe hebben vastgesteld. De heer Boukhari licht de stand van de "
           "PAS-melders toe: 612 meldingen in Gelderland zijn in behandeling bij RVO."),
         H("2. Legalisatie PAS-melders", 2),
         P("De directeur (de heer 's Jacob) schetst de routes: extern salderen, de Lbv-plus en het "
           "Programma Aanpak Stikstof. Mevrouw Ramsaran-Pinas wijst op de uitspraak van de Raad van State over "
           "intern salderen. De gedeputeerde vraagt om een gezamenlijke brief aan LTO Noord en Natuurmonumenten."),
         H("3. Communicatie", 2),
         P("Woordvoerder Verhoeckx stemt de persberichten af met de provincie. Kamerlid Van Campen heeft "
           "schriftelijke vragen gesteld; de beantwoording loopt via LNV."),
         H("Actielijst", 2),
         T([["Nr.", "Actie", "Paraaf", "Gereed"],
            ["1", "Cijfers PAS-melders per gemeente naar provincie", "RB", "1 april 2024"],
            ["2", "Concept-brief LTO Noord en Natuurmonumenten", "WGW / SRP", "15 april 2024"],
            ["3", "Juridische analyse intern salderen", "AtB", "1 maart 2024"],
            ["4", "Persstrategie", "woordvoerder", "doorlopend"],
            ["5", "Beantwoording vragen Kamerlid Van Campen", "MsJ", "13 februari 2024"]],
           [10, 95, 35, 30]),
         SP(3), P("Vastgesteld: 30 januari 2024, paraaf RB / SRP", "small")] + MOTIV
    build_pdf(path, s, meta={"title": "Verslag BO PAS-melders 16-01-2024", "author": "Boukhari, Rachid"})


def d11(path):
    s = [Bookmark("Beslisnota legalisatie PAS-melders"),
         Bookmark("Opmerking A. ter Brugge: nog afstemmen met JZ", 1),
         H("Beslisnota"),
         KV([("Aan", "de staatssecretaris van LNV"), ("Van", "Anouk ter Brugge, senior adviseur"),
             ("Via", "DG Natuur, Visserij en Landelijk Gebied (ir. H.M. Oosterveld-Baptiste)"),
             ("Datum", "2 april 2024"), ("Kenmerk", "DGNVLG / 24112902"),
             ("Onderwerp", "Legalisatie PAS-melders Veluwe"),
             ("Kopie aan", "woordvoerder (D. Verhoeckx); Woo-team")], 26, 140),
         SP(2),
         H("Paraaf- en akkoordtabel", 2),
         T([["Naam", "Functie", "Paraaf", "Datum", "Akkoord"],
            ["A. ter Brugge", "senior adviseur", "AtB", "02-04-2024", "opsteller"],
            ["Ramsaran-Pinas, S.", "afdelingshoofd", "SRP", "03-04-2024", "akkoord"],
            ["M. 's Jacob", "directeur Stikstof en Natuur", "MsJ", "04-04-2024", "akkoord met opm."],
            ["ir. H.M. Oosterveld-Baptiste", "directeur-generaal", "HMOB", "05-04-2024", "akkoord"],
            ["drs. C.E. Lagerwey-Mahabier", "secretaris-generaal", "-", "-", "ter kennisname"]],
           [48, 48, 18, 22, 30]), SP(2),
         Bookmark("Aanleiding", 1),
         H("Aanleiding", 2),
         P("Op 16 januari 2024 heeft u met gedeputeerde Van 't Hoog afgesproken dat de legalisatie van PAS-melders "
           "op de Veluwe wordt versneld. Kamerlid Bromet heeft op 14 februari 2024 vragen gesteld."),
         H("Geadviseerd besluit", 2),
         P("Aan de staatssecretaris wordt gevraagd in te stemmen met de inzet van de Lbv-plus als eerste route "
           "en het verzoek van de provincie Gelderland om 25 miljoen euro voor extern salderen."),
         H("Kern", 2),
         P("Van de 187 PAS-melders op de Veluwe kan naar verwachting een derde via extern salderen worden "
           "gelegaliseerd. De AERIUS-berekeningen van de heer Wiśniewski (team Stikstof) laten zien dat de "
           "stikstofdepositie op de Natura 2000-gebieden daardoor per saldo niet toeneemt."),
         StickyNote("Anouk, graag nog even langs JZ (Zhou Meiling). Groet, Sharmila", "Ramsaran-Pinas, Sharmila"),
         H("Krachtenveld", 2),
         P("LTO Noord steunt de aanpak; Natuurmonumenten en Stichting Heideherstel Veluwezoom vragen om "
           "aanvullende natuurmaatregelen. Veluwse Mengvoeders B.V. wil meedenken over voermaatregelen."),
         StickyNote("MsJ: akkoord, maar bedrag laten checken door FEZ (Floor van der Gragt weet de stand).",
                    "'s Jacob, Maarten"),
         ] + MOTIV
    build_pdf(path, s, meta={"title": "Beslisnota legalisatie PAS-melders - concept Anouk ter Brugge",
                             "author": "Brugge, A. ter", "subject": "paraaf Sharmila Ramsaran-Pinas",
                             "outline": True})


DOCS = [
    Doc("au01_besluit_woo_lnv", d01, [] + [R("PERSON", "Zeynep Çelik (metadata author without cedilla)", "Celik")]),
    Doc("au02_inventarislijst_lnv", d02, []),
    Doc("au03_zienswijze_bv", d03, [K("ADDRESS_ORG", "3771 MB Barneveld (company)", "3771 MB")] + [R("PERSON", "Zeynep Çelik (metadata author without cedilla)", "Celik")]),
    Doc("au04_zienswijze_eenmanszaak", d04, [] + [R("PERSON", "Zeynep Çelik (metadata author without cedilla)", "Celik")]),
    Doc("au05_zienswijze_stichting", d05, [K("PLACE", "De Steeg", "De Steeg"),
                                           K("ADDRESS_ORG", "6994 AD De Steeg (foundation)", "6994 AD")] + [R("PERSON", "Zeynep Çelik (metadata author without cedilla)", "Celik")]),
    Doc("au06_mailketen_dashboard", d06, []),
    Doc("au07_mail_forward_provincie", d07, [R("PARAPH", "WGW (Willemijn Groot Wassink)", "WGW")]),
    Doc("au08_teams_chat_woo", d08, []),
    Doc("au09_whatsapp_export", d09, []),
    Doc("au10_verslag_bestuurlijk_overleg", d10, [R("PARAPH", "RB (Rachid Boukhari)", "RB"),
                                                  R("PARAPH", "WGW", "WGW"),
                                                  K("PUBLIC", "gedeputeerde Peter van 't Hoog", "Peter van 't Hoog"),
                                                  K("PUBLIC", "minister Femke Wiersma", "Femke Wiersma"),
                                                  K("PUBLIC", "spokesperson Daan Verhoeckx (kept by rule)",
                                                    "Daan Verhoeckx")]),
    Doc("au11_beslisnota_paraaf", d11, [K("PUBLIC", "DG paraph (DG kept)", "HMOB")]),
]
