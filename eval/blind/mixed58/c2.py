"""Set BP, documents bp09-bp16: college answer, e-mail with griffie, zienswijzen, committee, hearings."""
from kit import *  # noqa: F401,F403
from reportlab.platypus import Frame


# ------------------------------------------------------------------ bp09 college answer with side column
def bp09(path):
    F = "LiberationSans"
    b = st(F, 9.5, 13.5, space=6)
    q = st(F, 9.5, 13.5, space=4, italic=True)

    def first(c, d):
        c.saveState()
        c.setFont("LiberationSans-Bold", 15)
        c.setFillColor(colors.HexColor("#c8102e"))
        c.drawString(20 * mm, 280 * mm, "Gemeente Nijmegen")
        c.setFillColor(colors.black)
        y = 250 * mm
        for lab, val in (("Retouradres", "Postbus 9105, 6500 HG Nijmegen"), ("Bezoekadres", "Korte Nieuwstraat 6"),
                         ("Telefoon", "14 024"), ("Internet", "www.nijmegen.nl"), ("", ""),
                         ("Contactpersoon", "Lieke Brinkhorst"), ("Afdeling", "Wonen en Leefbaarheid"),
                         ("Doorkiesnummer", "024 - 329 27 41"), ("E-mail", "l.brinkhorst@nijmegen.nl"), ("", ""),
                         ("Ons kenmerk", "2025-0095612"), ("Uw kenmerk", "SV-2025-117"),
                         ("Datum", "18 november 2025")):
            c.setFont("LiberationSans-Bold", 7.5)
            c.drawString(157 * mm, y, lab)
            c.setFont("LiberationSans", 7.5)
            c.drawString(157 * mm, y - 3.4 * mm, val)
            y -= 9 * mm
        c.setFont("LiberationSans", 7)
        c.drawString(20 * mm, 12 * mm, "SV-2025-117 beantwoording")
        c.drawRightString(190 * mm, 12 * mm, f"{c.getPageNumber()}")
        c.restoreState()

    story = [
        Spacer(1, 25 * mm),
        P("Aan de gemeenteraad van Nijmegen<br/>t.a.v. mevrouw S. Wagenvoort, raadslid Partij voor de Dieren", b),
        Spacer(1, 6),
        P("<b>Onderwerp: beantwoording schriftelijke vragen over huisuitzetting Hatertseweg</b>", b),
        P("Geachte mevrouw Wagenvoort,", b),
        P("Hieronder beantwoorden wij uw vragen van 20 oktober 2025. Omdat het om een individuele "
          "inwoner gaat, gaan wij niet in op haar persoonlijke omstandigheden.", b),
        P("1. Is het college bekend met het bericht?", q),
        P("Ja.", b),
        P("2. Klopt het dat de melding in juni binnenkwam?", q),
        P("Ja. De melding is op 11 juni 2025 door de casemanager van het Sociaal Wijkteam Hatert, de heer "
          "Arjen Willemsen, in behandeling genomen. Hij heeft op 19 juni een huisbezoek afgelegd. De "
          "melder, de heer Olthof, is daarover op 20 juni geïnformeerd.", b),
        P("3. Welke afspraken zijn er met Talis en Portaal?", q),
        P("Met beide corporaties geldt het convenant Vroegsignalering Nijmegen 2023. Een corporatie meldt "
          "een achterstand van twee maanden bij Bureau Schuldhulpverlening, dat binnen vijf werkdagen "
          "contact zoekt, zoals de Wet gemeentelijke schuldhulpverlening vraagt.", b),
        P("4. Is het college bereid in gesprek te gaan?", q),
        P("Wethouder Kayadoğlu heeft op 3 november met de directeur van de corporatie gesproken. De "
          "uitzetting is opgeschort. Burgemeester Bruls is hierover geïnformeerd.", b),
        P("5. Hoeveel huisuitzettingen vonden plaats?", q),
        tbl([["Jaar", "Talis", "Portaal", "Overig", "Totaal"], ["2024", "9", "7", "3", "19"],
             ["2025 (t/m okt.)", "6", "5", "1", "12"]], [35 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm],
            st(F, 9, 11, space=0)),
        Spacer(1, 8),
        P("Met vriendelijke groet,<br/>Het college van burgemeester en wethouders van Nijmegen,", b),
        tbl([["de secretaris,", "de burgemeester,"], ["", ""], ["", "H.M.F. Bruls"]], [60 * mm, 60 * mm],
            b, head=False, grid=False),
    ]
    fr = [Frame(20 * mm, 20 * mm, 130 * mm, 257 * mm, id="f")]
    build(path, story, onpage=first, frames=fr, title="Beantwoording SV-2025-117", author="l.brinkhorst")
    post(path, author="Brinkhorst, Lieke (WL)")
    red = [R("PERSON", "Lieke Brinkhorst", "Lieke Brinkhorst"), R("PHONE", "024 - 329 27 41"),
           R("EMAIL", "l.brinkhorst@nijmegen.nl"), R("PERSON", "Arjen Willemsen", "Arjen Willemsen"),
           R("PERSON", "Olthof (melder)", "Olthof"),
           R("PERSON", "Brinkhorst in Info /Author", "Brinkhorst, Lieke", ch="metadata")]
    keep = [K("ORG", "Gemeente Nijmegen"), K("ADDRESS_PUBLIC", "Postbus 9105"), K("ADDRESS_PUBLIC", "Korte Nieuwstraat 6"),
            K("PHONE_PUBLIC", "14 024"), K("URL", "www.nijmegen.nl"), K("ORG", "Wonen en Leefbaarheid"),
            K("REF", "2025-0095612"), K("REF", "SV-2025-117"),
            K("PERSON_PUBLIC", "raadslid Wagenvoort", "S. Wagenvoort", "Wagenvoort"),
            K("ORG", "Partij voor de Dieren"), K("STREET", "Hatertseweg"), K("ORG", "Sociaal Wijkteam Hatert"),
            K("ORG", "Talis"), K("ORG", "Portaal"), K("LAW", "convenant Vroegsignalering Nijmegen 2023"),
            K("ORG", "Bureau Schuldhulpverlening"), K("LAW", "Wet gemeentelijke schuldhulpverlening"),
            K("PERSON_PUBLIC", "wethouder Kayadoğlu", "Kayadoğlu"),
            K("PERSON_PUBLIC", "burgemeester Bruls", "H.M.F. Bruls", "Bruls"), K("DATE", "18 november 2025")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp10 e-mail thread griffie and inspreker
def bp10(path):
    F = "LiberationMono"
    m = st(F, 8.6, 11.2, space=0)
    def mail(lines):
        return P("<br/>".join(lines), m)
    story = [
        P("<b>Van:</b> Trip, Marjolein &lt;m.trip@deventer.nl&gt;<br/><b>Verzonden:</b> woensdag 5 maart 2025 "
          "16:42<br/><b>Aan:</b> Jelle Oudshoorn &lt;jelle.oudshoorn@protonmail.com&gt;<br/><b>CC:</b> Griffie "
          "Deventer &lt;griffie@deventer.nl&gt;<br/><b>Onderwerp:</b> RE: aanmelding inspreken "
          "Raadsinformatiebijeenkomst 10 maart - Havenkwartier", st("LiberationSans", 9, 12)),
        Spacer(1, 6),
        mail(["Hoi Jelle,", "", "Dank voor je aanmelding. Je staat op de sprekerslijst voor de",
              "Informatiebijeenkomst over het Havenkwartier op maandag 10 maart om 19.30 uur in de",
              "raadzaal van het Stadhuis (Grote Kerkhof 4). Je krijgt vijf minuten. De voorzitter is",
              "raadslid Engbers (CDA); burgemeester König is die avond niet aanwezig.", "",
              "Je vroeg of je buurvrouw Marieke ook mag spreken. Dat kan, maar dan moet zij zich zelf",
              "aanmelden via het formulier op deventer.raadsinformatie.nl of bij mij.", "",
              "Met vriendelijke groet,", "", "Marjolein Trip", "raadsadviseur | Griffie gemeente Deventer",
              "T 0570 - 69 33 12 | M 06 - 83 02 55 19", "Werkdagen ma, di, do"]),
        Spacer(1, 10),
        P("<b>Van:</b> Jelle Oudshoorn &lt;jelle.oudshoorn@protonmail.com&gt;<br/><b>Verzonden:</b> woensdag 5 "
          "maart 2025 11:08<br/><b>Aan:</b> Griffie Deventer &lt;griffie@deventer.nl&gt;<br/><b>Onderwerp:</b> "
          "aanmelding inspreken Raadsinformatiebijeenkomst 10 maart - Havenkwartier", st("LiberationSans", 9, 12)),
        Spacer(1, 6),
        mail(["Beste griffie,", "", "Graag meld ik me aan om in te spreken over de bouwplannen in het",
              "Havenkwartier. Ik woon sinds 2019 op de Hanzeweg 38-3 en ben lid van de",
              "Bewonersvereniging Havenkwartier, maar spreek op eigen titel.", "",
              "Mijn buurvrouw Marieke Schepers-",
              "Oonk wil misschien ook iets zeggen over de geluidsoverlast van de loods",
              "van Koninklijke Auping. Mag dat?", "",
              "Bij voorkeur wil ik na wethouder Van Veen van de raad spreken, want ik reageer op",
              "zijn presentatie. Voor de goede orde: ik zit in een rolstoel (MS), kan de raadzaal",
              "lift aan?", "", "Groet,", "Jelle", "06 27 11 90 48"]),
    ]
    build(path, story, margins=(18 * mm, 18 * mm, 18 * mm, 18 * mm),
          onpage=footer("Woo-verzoek 2025-W-0218, document 14", font="LiberationSans"),
          title="RE: aanmelding inspreken", author="Griffie")
    red = [R("PERSON", "Marjolein Trip", "Marjolein Trip", "Trip, Marjolein"), R("EMAIL", "m.trip@deventer.nl"),
           R("PHONE", "06 - 83 02 55 19"), R("PHONE", "0570 - 69 33 12"),
           R("PERSON", "Jelle Oudshoorn", "Jelle Oudshoorn", "Jelle"), R("EMAIL", "jelle.oudshoorn@protonmail.com"),
           R("ADDRESS", "Hanzeweg 38-3"), R("PERSON", "Marieke Schepers-Oonk", "Schepers-Oonk", "Marieke"),
           R("HEALTH", "MS", "(MS)", {"text": "rolstoel", "word": True}), R("PHONE", "06 27 11 90 48")]
    keep = [K("MAILBOX", "griffie@deventer.nl"), K("PLACE", "Havenkwartier"), K("ADDRESS_PUBLIC", "Grote Kerkhof 4"),
            K("PERSON_PUBLIC", "raadslid Engbers", "Engbers"), K("PERSON_PUBLIC", "burgemeester König", "König"),
            K("PERSON_PUBLIC", "wethouder Van Veen", "Van Veen"), K("URL", "deventer.raadsinformatie.nl"),
            K("ORG", "Bewonersvereniging Havenkwartier"), K("ORG", "Koninklijke Auping"),
            K("FUNCTION", "raadsadviseur"), K("ORG", "Griffie gemeente Deventer"), K("REF", "2025-W-0218")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp11 raadsvoorstel with zienswijzen (2 p.)
ZW11 = [("J. Hoekstra-Bijlsma", "Tesselschadestraat 21", "Parkeerdruk; vraagt om ondergrondse garage."),
        ("Sietse de Vries", "Schrans 102", "Bezwaar tegen hoogte (zeven lagen); verwacht schaduw op tuin."),
        ("Wytske Faber", "Oranjewoud 3", "Steunt plan; vraagt meer sociale huur."),
        ("Hr. A. (Abdelkader) Benali", "Julianalaan 64", "Fietsroute naar school onveilig tijdens bouw."),
        ("Fam. Dijkstra-Veenstra", "Harlingersingel 11", "Bomen aan de singel moeten blijven."),
        ("Okke Sneek", "Willem Lodewijkstraat 8", "Vraagt om planschadevergoeding."),
        ("Hinke van der Ploeg", "Spanjaardslaan 140", "Geluid van de warmtepompen op het dak."),
        ("T. Zwart", "Verlengde Schrans 44", "Geen bezwaar; wel zorgen over verkeersveiligheid."),
        ("Mariska Bosma-Ykema", "Stationsweg 2c", "Verzoekt om een informatieavond in de wijk."),
        ("Piotr Wiśniewski", "Heliconweg 30", "Vraagt om vertaling van stukken in het Pools.")]


def bp11(path):
    F = "Carlito"
    b = st(F, 10.5, 14, space=6)
    sm = st(F, 9, 11, space=0)
    rows = [["Nr.", "Indiener", "Adres", "Samenvatting zienswijze", "Reactie college"]]
    for i, (n, a, s) in enumerate(ZW11):
        rows.append([str(i + 1), n, a, s, "Zie paragraaf %d.%d" % (3 + i // 4, i % 4 + 1)])
    story = [
        P("Raadsvoorstel", st(F, 20, 24, bold=True, color=colors.HexColor("#00457c"))),
        tbl([["Onderwerp", "Vaststelling omgevingsplan Schrans-Zuid (Nieuwe Vaart)"],
             ["Portefeuillehouder", "wethouder Hoekstra-Faber"], ["Registratienummer", "RV 2025/144"],
             ["Raadsvergadering", "17 december 2025"], ["Behandeld door", "Bauke Feenstra, team Ruimte, 058 - 233 80 47"]],
            [40 * mm, 126 * mm], sm, head=False),
        Spacer(1, 8),
        P("1. Voorgesteld besluit", st(F, 12, 15, bold=True)),
        P("De raad wordt voorgesteld het omgevingsplan Schrans-Zuid gewijzigd vast te stellen, met "
          "inachtneming van de Nota zienswijzen (bijlage 1), en geen exploitatieplan vast te stellen.", b),
        P("2. Aanleiding", st(F, 12, 15, bold=True)),
        P("Het ontwerp heeft van 4 juli tot en met 14 augustus 2025 ter inzage gelegen op grond van de "
          "Omgevingswet. Er zijn tien zienswijzen ingediend. Op 2 september 2025 is een bewonersavond "
          "gehouden in Wijkcentrum De Schakel, gespreksleider was de heer Feenstra. Op verzoek van "
          "indiener 9 is deze avond georganiseerd. Burgemeester Buma heeft de indieners een "
          "ontvangstbevestiging gestuurd.", b),
        P("3. Argumenten", st(F, 12, 15, bold=True)),
        P("Het plan past in de Omgevingsvisie Leeuwarden 2040 en de Woondeal Fryslân. De woningbouw "
          "(186 woningen, waarvan 40 procent sociale huur door Elkien en Woonfriesland) draagt bij aan de "
          "regionale opgave. Wethouder Hoekstra-Faber heeft de raad hierover op 12 september 2025 "
          "geïnformeerd (RIB 2025/61).", b),
        PageBreak(),
        P("Bijlage 1. Nota zienswijzen - overzicht indieners", st(F, 13, 16, bold=True)),
        P("De zienswijzen zijn geanonimiseerd in de openbare versie behalve waar de indiener toestemming "
          "gaf. Dit exemplaar is de vertrouwelijke werkversie voor de raadscommissie.", st(F, 9, 11, italic=True)),
        tbl(rows, [9 * mm, 36 * mm, 36 * mm, 55 * mm, 30 * mm], sm),
        Spacer(1, 8),
        P("Indiener 4 (de heer Benali) en indiener 6 (de heer Sneek) hebben ook gebruikgemaakt van het "
          "spreekrecht in de commissie Omgeving van 25 november 2025. Mevrouw Faber heeft haar "
          "zienswijze per e-mail aangevuld (wytske.faber@live.nl).", b),
    ]
    build(path, story, onpage=footer("Raadsvoorstel RV 2025/144 - gemeente Leeuwarden", font="Carlito", size=8),
          title="Raadsvoorstel RV 2025/144", author="team Ruimte")
    red = []
    for n, a, _ in ZW11:
        red.append(R("PERSON", n, n))
        red.append(R("ADDRESS", a, a))
    red += [R("PERSON", "Bauke Feenstra", "Bauke Feenstra", "Feenstra"), R("PHONE", "058 - 233 80 47"),
            R("PERSON", "Benali", "Benali"), R("PERSON", "Sneek (surname)", "Sneek"),
            R("PERSON", "Wytske Faber", "Mevrouw Faber"), R("EMAIL", "wytske.faber@live.nl")]
    keep = [K("PERSON_PUBLIC", "wethouder Hoekstra-Faber", "Hoekstra-Faber"), K("REF", "RV 2025/144"),
            K("PLACE", "Schrans-Zuid"), K("LAW", "Omgevingswet"), K("ORG", "Wijkcentrum De Schakel"),
            K("PERSON_PUBLIC", "burgemeester Buma", "Buma"), K("LAW", "Omgevingsvisie Leeuwarden 2040"),
            K("PROGRAMME", "Woondeal Fryslân"), K("ORG", "Elkien"), K("ORG", "Woonfriesland"),
            K("REF", "RIB 2025/61"), K("DATE", "17 december 2025"), K("LAW", "Nota zienswijzen")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp12 committee verbatim Groningen (2 p.)
def bp12(path):
    F = "DejaVuSans"
    b = st(F, 9.2, 13, space=5)
    h = st(F, 11, 14, bold=True, color=colors.HexColor("#2b5d34"))
    sp = lambda who, txt: P(f"<b>{who}</b> {txt}", b)
    story = [
        P("Raadscommissie Wonen - gemeente Groningen", st(F, 8, color=colors.grey)),
        P("Letterlijk verslag van de vergadering van woensdag 8 januari 2025, 16.30 uur", st(F, 13, 17, bold=True)),
        P("Voorzitter: de heer R.J. ter Veld (SP)<br/>Aanwezige commissieleden: El Khaddouri (GroenLinks), "
          "Koops (Partij voor het Noorden), De Wrede-Slagter (VVD), Van Zuijlen (D66), Bolhuis (Stadspartij 100% "
          "voor Groningen), Mulder (CDA).<br/>Portefeuillehouder: wethouder Wijnja (Wonen).<br/>"
          "Commissiegriffier: de heer D. Hofstee.", b),
        P("Agendapunt 3. Huisvesting van arbeidsmigranten en statushouders: inspreekronde", h),
        sp("Voorzitter TER VELD:", "Goedemiddag. Er zijn vier insprekers. Ik vraag de eerste, de heer "
           "Kovalenko, naar voren te komen. U mag in het Engels spreken; de griffie zorgt voor een "
           "samenvatting."),
        sp("De heer KOVALENKO:", "Thank you. My name is Oleksandr Kovalenko, I came from Kharkiv in 2022 and "
           "I live with eleven other men in a house on the Oosterweg. We pay 650 euro each to the agency, "
           "Flexpoint Staffing. I have the contract here. My colleague Dmytro was sick for two weeks and "
           "they took his bed."),
        sp("Mevrouw EL KHADDOURI (GroenLinks):", "Dank u, meneer Kovalenko. Mag de commissie een kopie van dat "
           "contract? Dan vraag ik de wethouder of dit past binnen de Huisvestingsverordening Groningen 2024."),
        sp("Voorzitter TER VELD:", "Dank. Dan de tweede inspreker, mevrouw Wiersma-de Haan."),
        sp("Mevrouw WIERSMA-DE HAAN:", "Voorzitter, Aafke Wiersma-de Haan. Ik ben vrijwilliger bij "
           "VluchtelingenWerk Noord-Nederland, maar spreek vandaag als buurtbewoner van de Korrewegwijk. "
           "Naast mij woont een statushouder uit Eritrea, de heer Tesfay Gebremedhin, die na twee jaar nog "
           "steeds in een azc-kamer in Ter Apel staat ingeschreven, terwijl hij hier werkt. Ik vraag u: "
           "help hem en mensen zoals hij."),
        sp("De heer KOOPS (Partij voor het Noorden):", "Mevrouw Wiersma, weet u of de heer Gebremedhin "
           "zelf bij de gemeente een aanvraag heeft gedaan?"),
        sp("Mevrouw WIERSMA-DE HAAN:", "Ja, in oktober. Hij heeft nog niets gehoord."),
        sp("Voorzitter TER VELD:", "Dank u wel. De derde inspreker, de heer Yıldırım."),
        sp("De heer YILDIRIM:", "Mehmet Yıldırım, eigenaar van twee panden in de Oosterparkwijk. Ik "
           "verhuur netjes, met vergunning. Maar de nieuwe regels maken het voor kleine verhuurders "
           "onmogelijk. Ik word nu over één kam geschoren met Flexpoint. Mijn advocaat, mr. Sanne "
           "Dokkum, heeft uw college al in november geschreven."),
        sp("Mevrouw DE WREDE-SLAGTER (VVD):", "Meneer Yıldırım, heeft u daar antwoord op gekregen?"),
        sp("De heer YILDIRIM:", "Nee. Alleen een ontvangstbevestiging van een zekere mevrouw Brouwers van "
           "het team Vergunningen."),
        sp("Voorzitter TER VELD:", "Dan als laatste de heer Jan Zuidhorn, namens de Huurdersvereniging "
           "De Oosterpoort."),
        sp("De heer ZUIDHORN:", "Dank u. Wij steunen het voorstel van wethouder Wijnja. Het Rijk vraagt "
           "met de Wet versterking regie volkshuisvesting dat gemeenten doorpakken. Onze leden in de "
           "Oosterpoort hebben last van overbewoning. Ik heb foto's gemaakt van de Meeuwerderweg; die stuur "
           "ik aan de commissiegriffier."),
        P("Agendapunt 4. Reactie portefeuillehouder", h),
        sp("Wethouder WIJNJA:", "Voorzitter, dank aan de insprekers. Aan de heer Kovalenko: wij nemen uw "
           "signaal over Flexpoint Staffing serieus; ik vraag de Arbeidsinspectie mee te kijken. Aan "
           "mevrouw Wiersma-de Haan: over individuele gevallen spreek ik hier niet, maar ik wil de naam van "
           "uw buurman graag buiten de vergadering ontvangen. Aan de heer Yıldırım: de brief van zijn "
           "advocaat wordt binnen vier weken beantwoord. Mevrouw Brouwers heeft dat inmiddels toegezegd."),
        sp("De heer VAN ZUIJLEN (D66):", "Voorzitter, kan de wethouder de commissie voor de begroting "
           "informeren over het aantal kamers van COA in de gemeente?"),
        sp("Wethouder WIJNJA:", "Ja, dat zeg ik toe, via een raadsbrief in het eerste kwartaal."),
        sp("Voorzitter TER VELD:", "Dan noteren we die toezegging. Dank u allen. Ik sluit de vergadering om "
           "18.05 uur."),
    ]
    build(path, story, onpage=footer("Commissie Wonen 8 januari 2025 - letterlijk verslag", font="DejaVuSans", size=7),
          title="Commissie Wonen 8-1-2025", author="D. Hofstee")
    red = [R("PERSON", "Oleksandr Kovalenko", "Oleksandr", "Kovalenko", "KOVALENKO"), R("PERSON", "Dmytro", "Dmytro"),
           R("HEALTH", "ziek collega", "was sick for two weeks"),
           R("PERSON", "Aafke Wiersma-de Haan", "Aafke", "Wiersma-de Haan", "WIERSMA-DE HAAN", "Mevrouw Wiersma,"),
           R("PERSON", "Tesfay Gebremedhin", "Tesfay", "Gebremedhin"),
           R("PERSON", "Mehmet Yıldırım", "Mehmet", "Yıldırım", "YILDIRIM"),
           R("PERSON", "mr. Sanne Dokkum", "Sanne Dokkum"),
           R("PERSON", "mevrouw Brouwers (ambtenaar)", "Brouwers"),
           R("PERSON", "Jan Zuidhorn", "Jan Zuidhorn", "ZUIDHORN"),
           R("PERSON", "D. Hofstee (commissiegriffier)", "D. Hofstee"),
           R("PERSON", "Hofstee in Info /Author", {"text": "D. Hofstee", "word": True}, ch="text")]
    red.pop()  # Info /Author is the same string as in the text; one probe covers both
    keep = [K("PERSON_PUBLIC", "raadslid ter Veld", "R.J. ter Veld", "TER VELD"),
            K("PERSON_PUBLIC", "El Khaddouri", "El Khaddouri", "EL KHADDOURI"),
            K("PERSON_PUBLIC", "Koops", "Koops", "KOOPS"), K("PERSON_PUBLIC", "De Wrede-Slagter", "De Wrede-Slagter", "DE WREDE-SLAGTER"),
            K("PERSON_PUBLIC", "Van Zuijlen", "Van Zuijlen", "VAN ZUIJLEN"), K("PERSON_PUBLIC", "Bolhuis"),
            K("PERSON_PUBLIC", "Mulder"), K("PERSON_PUBLIC", "wethouder Wijnja", "Wijnja", "WIJNJA"),
            K("ORG", "Partij voor het Noorden"), K("ORG", "Stadspartij 100% voor Groningen"),
            K("PLACE", "Kharkiv"), K("STREET", "Oosterweg"), K("ORG", "Flexpoint Staffing"),
            K("LAW", "Huisvestingsverordening Groningen 2024"), K("ORG", "VluchtelingenWerk Noord-Nederland"),
            K("PLACE", "Korrewegwijk"), K("PLACE", "Eritrea"), K("PLACE", "Ter Apel"), K("PLACE", "Oosterparkwijk"),
            K("ORG", "Huurdersvereniging De Oosterpoort"), K("LAW", "Wet versterking regie volkshuisvesting"),
            K("STREET", "Meeuwerderweg"), K("ORG", "Arbeidsinspectie"), K("ORG", "COA"),
            K("DATE", "8 januari 2025")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp13 presentielijst hoorzitting + XMP creator
def bp13(path):
    F = "Helvetica"
    b = st(F, 9.5, 12.5, space=5)
    sm = st(F, 9, 11, space=0)
    rows = [["Naam", "Hoedanigheid", "Organisatie", "Paraaf"],
            ["mr. drs. C.W.M. (Carla) Eshuis", "voorzitter", "Commissie bezwaarschriften Deventer", "CE"],
            ["H. Ruitenberg-Klein", "lid", "Commissie bezwaarschriften Deventer", "HRK"],
            ["Youssef Amrani", "secretaris", "team Juridische Zaken", "YA"],
            ["Nadia Kroeze", "bezwaarmaker", "-", "NK"],
            ["Ricardo dos Santos Pereira", "partner van bezwaarmaker", "-", "RdSP"],
            ["mr. W.J.A. Klaassen", "gemachtigde", "Stichting Rechtshulp Salland", "WK"],
            ["ing. Marijke Hofman", "namens college", "team Handhaving", "MH"],
            ["Rob Lassche", "namens college", "team Vergunningen", "RL"],
            ["", "toehoorder", "De Stentor (pers)", ""]]
    story = [
        P("Gemeente Deventer", st(F, 14, 18, bold=True, color=colors.HexColor("#0067a5"))),
        P("Presentielijst hoorzitting commissie bezwaarschriften", st(F, 12, 15, bold=True)),
        tbl([["Datum", "maandag 17 februari 2025, 14.00 uur"], ["Locatie", "Stadhuis, Grote Kerkhof 4, zaal 2.14"],
             ["Dossier", "BZW-25-0031 (last onder dwangsom, Brinkgreverweg)"]], [35 * mm, 130 * mm], sm, head=False),
        Spacer(1, 8),
        tbl(rows, [52 * mm, 38 * mm, 55 * mm, 20 * mm], sm),
        Spacer(1, 8),
        P("De hoorzitting is openbaar (artikel 7:5 Algemene wet bestuursrecht en artikel 9 Verordening "
          "commissie bezwaarschriften Deventer). Burgemeester König is als bestuursorgaan verweerder; hij "
          "laat zich vertegenwoordigen door de medewerkers van team Handhaving en team Vergunningen.", b),
        P("Paraaf secretaris: YA &nbsp;&nbsp;&nbsp; Lijst getekend door de voorzitter: CE", b),
    ]
    build(path, story, onpage=footer("BZW-25-0031 presentielijst"), title="Presentielijst BZW-25-0031",
          author="Juridische Zaken")
    post(path, xmp_creator="Youssef Amrani (secretaris)", title="Presentielijst BZW-25-0031")
    red = [R("PERSON", "Carla Eshuis", "C.W.M. (Carla) Eshuis", "CE"),
           R("PERSON", "H. Ruitenberg-Klein", "Ruitenberg-Klein", "HRK"),
           R("PERSON", "Youssef Amrani", "Youssef Amrani", "YA"),
           R("PERSON", "Nadia Kroeze", "Nadia Kroeze", "NK"),
           R("PERSON", "Ricardo dos Santos Pereira", "Ricardo dos Santos Pereira", "RdSP"),
           R("PERSON", "W.J.A. Klaassen", "W.J.A. Klaassen", "WK"),
           R("PERSON", "Marijke Hofman", "Marijke Hofman", "MH"), R("PERSON", "Rob Lassche", "Rob Lassche", "RL"),
           R("PERSON", "XMP creator", "Youssef Amrani (secretaris)", ch="metadata")]
    keep = [K("ORG", "Gemeente Deventer"), K("ADDRESS_PUBLIC", "Grote Kerkhof 4"), K("CASE", "BZW-25-0031"),
            K("STREET", "Brinkgreverweg"), K("ORG", "Commissie bezwaarschriften Deventer"),
            K("ORG", "team Juridische Zaken"), K("ORG", "Stichting Rechtshulp Salland"), K("ORG", "team Handhaving"),
            K("ORG", "team Vergunningen"), K("ORG", "De Stentor"), K("LAW", "Algemene wet bestuursrecht"),
            K("LAW", "Verordening commissie bezwaarschriften Deventer"), K("PERSON_PUBLIC", "burgemeester König", "König"),
            K("FUNCTION", "gemachtigde"), K("FUNCTION", "secretaris")]
    return {"red": red, "keep": keep}


# ------------------------------------------------------------------ bp14 agenda raad Tilburg with outline titles
def bp14(path):
    F = "Helvetica"
    b = st(F, 10, 13, space=4)
    sm = st(F, 9, 11.5, space=0)
    rows = [["Tijd", "Nr.", "Onderwerp", "Stuk"],
            ["19.30", "1", "Opening en mededelingen door burgemeester Weterings", ""],
            ["19.35", "2", "Vaststelling agenda", ""],
            ["19.40", "3", "Spreekrecht burgers (max. 4 sprekers, 5 minuten per spreker)", "zie bijlage"],
            ["20.10", "4", "Vragenhalfuur: vragen van raadslid Van Gils-Aertssen (Lokaal Tilburg) over "
             "de Spoorzone", "VH-2025-09"],
            ["20.40", "5", "Raadsvoorstel Parkeren Stappegoor", "RV 2025-0301"],
            ["21.30", "6", "Initiatiefvoorstel 'Groen in de wijk' (Hubregtse, GroenLinks-PvdA)", "IV 2025-04"],
            ["22.15", "7", "Moties vreemd aan de orde van de dag", ""],
            ["22.45", "8", "Sluiting", ""]]
    story = [
        P("Gemeenteraad Tilburg", st(F, 18, 22, bold=True, color=colors.HexColor("#e2001a"))),
        P("Agenda van de openbare raadsvergadering van maandag 29 september 2025, aanvang 19.30 uur, "
          "Raadszaal Stadskantoor, Stadhuisplein 130", b),
        Spacer(1, 6),
        tbl(rows, [16 * mm, 10 * mm, 112 * mm, 28 * mm], sm),
        Spacer(1, 8),
        P("Bijlage: aangemelde insprekers bij agendapunt 3", st(F, 11, 14, bold=True)),
        P("Er hebben zich vier insprekers aangemeld, over de Spoorzone (2), over Stappegoor (1) en over het "
          "initiatiefvoorstel (1). Hun namen zijn bij de griffie bekend en worden ter vergadering door de "
          "voorzitter genoemd. Aanmelden kan tot vrijdag 12.00 uur via griffie@tilburg.nl of 013 - 542 88 "
          "88 (griffie).", b),
        P("De vergadering is live te volgen via tilburg.raadsinformatie.nl. Vragen over deze agenda: "
          "de griffier, via griffie@tilburg.nl.", b),
    ]
    build(path, story, onpage=footer("Agenda gemeenteraad 29-09-2025"), title="Agenda raad 29 september 2025",
          author="griffie")
    post(path, outline=[("Agenda raadsvergadering 29 september 2025", 0),
                        ("3. Spreekrecht - Lieke van Boxtel-Smulders (Spoorzone)", 0),
                        ("3. Spreekrecht - Ton Verhoeven (Spoorzone)", 0),
                        ("3. Spreekrecht - Marloes Akkermans (Stappegoor)", 0),
                        ("3. Spreekrecht - Imane Bouzidi (Groen in de wijk)", 0),
                        ("Bijlage insprekers", 0)])
    red = [R("PERSON", "Lieke van Boxtel-Smulders", "van Boxtel-Smulders", ch="outline"),
           R("PERSON", "Ton Verhoeven", "Ton Verhoeven", ch="outline"),
           R("PERSON", "Marloes Akkermans", "Marloes Akkermans", ch="outline"),
           R("PERSON", "Imane Bouzidi", "Imane Bouzidi", ch="outline")]
    keep = [K("PERSON_PUBLIC", "burgemeester Weterings", "Weterings"),
            K("PERSON_PUBLIC", "raadslid Van Gils-Aertssen", "Van Gils-Aertssen"), K("ORG", "Lokaal Tilburg"),
            K("PLACE", "Spoorzone"), K("PLACE", "Stappegoor"), K("PERSON_PUBLIC", "raadslid Hubregtse", "Hubregtse"),
            K("ORG", "GroenLinks-PvdA"), K("REF", "VH-2025-09"), K("REF", "RV 2025-0301"), K("REF", "IV 2025-04"),
            K("ADDRESS_PUBLIC", "Stadhuisplein 130"), K("MAILBOX", "griffie@tilburg.nl"),
            K("PHONE_PUBLIC", "013 - 542 88 88"), K("URL", "tilburg.raadsinformatie.nl")]
    return {"red": red, "keep": keep}


DOCS = [("bp09_beantwoording_vragen_nijmegen", bp09), ("bp10_mail_griffie_deventer", bp10),
        ("bp11_raadsvoorstel_zienswijzen_leeuwarden", bp11), ("bp12_commissie_wonen_groningen", bp12),
        ("bp13_presentielijst_hoorzitting_deventer", bp13), ("bp14_agenda_raad_tilburg", bp14)]
