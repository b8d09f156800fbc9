"""Documents of set mixed114: a Woo request about the organisation of the gemeenteraadsverkiezingen of
18 March 2026 in the gemeente Zwolle. All persons below the political level are invented."""
from __future__ import annotations

GLOBAL_KEEP = [
    ("ORG", "Kiesraad"), ("LAW", "Kieswet"), ("ORG", "gemeente Zwolle"), ("ORG", "Gemeente Zwolle"),
    ("PLACE", "Zwolle"), ("ORG", "centraal stembureau"), ("ORG", "Centraal stembureau"),
    ("PERSON_PUBLIC", "Snijders"), ("EMAIL_FUNCTIONAL", "verkiezingen@zwolle.nl"),
    ("EMAIL_FUNCTIONAL", "woo@zwolle.nl"), ("PHONE_GENERAL", "14 038"), ("ADDRESS_PUBLIC", "Grote Kerkplein 15"),
    ("PRODUCT", "OSV2020"), ("ORG", "BZK"), ("TERM", "gemeenteraadsverkiezingen"),
    ("TERM", "Gemeenteraadsverkiezingen"), ("DATE", "18 maart 2026"), ("ORG", "Swollwacht"),
    ("ORG", "GroenLinks-PvdA"), ("ORG", "ChristenUnie"), ("LAW", "Wet open overheid"),
    ("PERSON_PUBLIC", "Schuttenbeld"), ("EMAIL_FUNCTIONAL", "info@kiesraad.nl"), ("ORG", "Stentor"),
    ("ADDRESS_PUBLIC", "8011 PK"), ("ORG", "Publiekszaken"), ("PLACE", "Overijssel"),
]

DOCS: list = []


def D(**kw):
    DOCS.append(kw)


def mailhdr(van, aan, datum, onderwerp, cc=None, bijlage=None):
    rows = [("Van:", van), ("Verzonden:", datum), ("Aan:", aan)]
    if cc:
        rows.append(("CC:", cc))
    rows.append(("Onderwerp:", onderwerp))
    if bijlage:
        rows.append(("Bijlagen:", bijlage))
    return ("kv", rows, 24 * 2.8346)


LOGO = "Gemeente Zwolle"
ADRES_GEM = "Postbus 10007, 8000 GA Zwolle | Bezoekadres Stadhuis, Grote Kerkplein 15, 8011 PK Zwolle | telefoon 14 038"

# ------------------------------------------------------------------ gr01 the Woo request (letter by e-mail)
D(stem="gr01", producer="rl", font="Times-Roman", size=11, pdf_title="Woo-verzoek verkiezingen",
  creator="Microsoft Word", blocks=[
    ("p", "[[Laurens Wiegersma]]<br/>[[Koestraat 41::Koestraat 41]]<br/>[[8011 NK Zwolle::8011 NK]]<br/>"
          "[[l.wiegersma@kpnmail.nl]]<br/>[[06-24718390]]"),
    ("space", 6),
    ("p", "Aan het college van burgemeester en wethouders van de gemeente Zwolle<br/>t.a.v. de Woo-coördinator<br/>"
          "Postbus 10007<br/>8000 GA Zwolle"),
    ("space", 4),
    ("p", "Zwolle, 2 april 2026"),
    ("p", "**Onderwerp: verzoek op grond van de Wet open overheid – organisatie gemeenteraadsverkiezingen 2026**"),
    ("p", "Geacht college,"),
    ("p", "Op grond van artikel 4.1 van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van alle documenten "
          "die betrekking hebben op de organisatie van de gemeenteraadsverkiezingen van 18 maart 2026 in de gemeente "
          "Zwolle, over de periode 1 oktober 2025 tot en met 31 maart 2026. Het gaat mij in het bijzonder om:"),
    ("p", "1. de besluiten over de samenstelling van het centraal stembureau en de benoeming van de stembureauleden;<br/>"
          "2. de roosters en de werving van stembureauleden, waaronder de communicatie over het tekort aan tellers;<br/>"
          "3. de processen-verbaal van de stembureaus en van de zitting van het centraal stembureau;<br/>"
          "4. de correspondentie met de Kiesraad en het ministerie van BZK over de kandidaatstelling en de uitslag;<br/>"
          "5. klachten en bezwaren van kiezers over de toegankelijkheid van stembureaus;<br/>"
          "6. interne chatberichten (Teams, WhatsApp) van het verkiezingsteam op de verkiezingsavond."),
    ("p", "Aanleiding is de hertelling in stembureau 31 (Wijkcentrum Holtenbroek) en de berichtgeving daarover in "
          "de Stentor van 21 maart 2026. Ik schrijf als inwoner; ik werk niet voor een medium."),
    ("p", "Ik ontvang de documenten bij voorkeur digitaal. Voor vragen ben ik bereikbaar op het hierboven genoemde "
          "telefoonnummer of per e-mail."),
    ("p", "Met vriendelijke groet,"),
    ("sig", "[[L. Wiegersma::Wiegersma]]"),
    ("p", "[[Laurens Wiegersma]]"),
  ],
  keep=[("LAW", "artikel 4.1"), ("PLACE", "Wijkcentrum Holtenbroek"), ("NUMBER", "stembureau 31"),
        ("ADDRESS_PUBLIC", "Postbus 10007")])

# ------------------------------------------------------------------ gr02 acknowledgement (hidden: Info /Author)
D(stem="gr02", producer="rl", font="LibSans", size=10, pdf_title="Ontvangstbevestiging Woo-verzoek",
  creator="Microsoft Word - ontvangstbevestiging.docx",
  hidden={"author": "Dorien Klappe-Weenink"},
  hidden_probes=[("PERSON", "Dorien Klappe-Weenink", "Klappe", "metadata"),
                 ("PERSON", "Dorien Klappe-Weenink", "Weenink", "metadata")],
  blocks=[
    ("right", "**Gemeente Zwolle**<br/>Publiekszaken – Juridische Zaken"),
    ("space", 4),
    ("p", "[[De heer L. Wiegersma::Wiegersma]]<br/>[[Koestraat 41]]<br/>[[8011 NK Zwolle::8011 NK]]"),
    ("space", 4),
    ("kv", [("Datum", "7 april 2026"), ("Ons kenmerk", "Z/26/184403-WOO"), ("Uw brief van", "2 april 2026"),
            ("Behandeld door", "[[J. Brinkhuis-Lammers::Brinkhuis;Lammers]]"),
            ("Telefoon", "[[038 498 2240]]"), ("E-mail", "woo@zwolle.nl"),
            ("Onderwerp", "Ontvangstbevestiging Woo-verzoek verkiezingen 2026")], 34 * 2.83),
    ("p", "Geachte heer [[Wiegersma]],"),
    ("p", "Op 2 april 2026 hebben wij uw verzoek op grond van de Wet open overheid (Woo) ontvangen. U vraagt om "
          "documenten over de organisatie van de gemeenteraadsverkiezingen van 18 maart 2026. Uw verzoek is "
          "geregistreerd onder zaaknummer Z/26/184403-WOO. Wilt u dit nummer vermelden als u contact met ons opneemt?"),
    ("p", "Wij beslissen binnen vier weken na ontvangst op uw verzoek. Deze termijn kunnen wij met twee weken "
          "verdagen als de omvang of de ingewikkeldheid van de informatie dat rechtvaardigt (artikel 4.4 Woo). "
          "Omdat in de documenten gegevens van stembureauleden en andere derden staan, zullen wij hen mogelijk "
          "eerst om hun zienswijze vragen (artikel 4.4, tweede lid, Woo)."),
    ("p", "Wij wijzen u erop dat processen-verbaal van de stembureaus en van het centraal stembureau al openbaar zijn "
          "gemaakt op zwolle.nl/verkiezingen en op de website van de Kiesraad (verkiezingsuitslagen.nl)."),
    ("p", "Heeft u vragen, neemt u dan contact op met het team Juridische Zaken via woo@zwolle.nl of telefonisch "
          "via 14 038."),
    ("p", "Met vriendelijke groet,<br/>namens het college van burgemeester en wethouders van Zwolle,"),
    ("space", 3),
    ("p", "[[J. Brinkhuis-Lammers::Brinkhuis]]<br/>Woo-coördinator"),
  ],
  footer=ADRES_GEM,
  keep=[("REF", "Z/26/184403-WOO"), ("LAW", "artikel 4.4"), ("URL", "verkiezingsuitslagen.nl"),
        ("TITLE", "Woo-coördinator")])

# ------------------------------------------------------------------ gr03 besluit benoeming centraal stembureau (LibreOffice, Author)
D(stem="gr03", producer="docx", pdf_title="Besluit benoeming leden centraal stembureau",
  pdf_author="Ruud ter Haar", docx_font="Liberation Serif",
  hidden_probes=[("PERSON", "Ruud ter Haar", "Ruud", "metadata"), ("PERSON", "Ruud ter Haar", "Haar", "metadata")],
  blocks=[
    ("title", "Besluit van de burgemeester van Zwolle tot benoeming van de leden en plaatsvervangende leden van het "
              "centraal stembureau"),
    ("p", "Registratienummer: 2025-BM-0917"),
    ("p", "De burgemeester van Zwolle;"),
    ("p", "gelet op artikel E 4 van de Kieswet en artikel E 4, eerste lid, van het Kiesbesluit;"),
    ("p", "overwegende dat de zittingsperiode van de huidige leden van het centraal stembureau afloopt op "
          "1 januari 2026 en dat de gemeenteraadsverkiezingen op 18 maart 2026 worden gehouden;"),
    ("h", "Besluit:"),
    ("p", "**Artikel 1.** Tot lid van het centraal stembureau voor de verkiezing van de leden van de gemeenteraad van "
          "Zwolle worden voor de periode van 1 januari 2026 tot 1 januari 2030 benoemd:"),
    ("table", [["Functie", "Naam", "Achtergrond"],
               ["voorzitter", "de burgemeester, P.H. Snijders (van rechtswege)", "burgemeester"],
               ["plaatsvervangend voorzitter", "[[G.J. (Gerard) Hofstede::Gerard;Hofstede]]", "gemeentesecretaris a.i."],
               ["lid", "[[mw. W.M. Zandbergen-Kroes::Zandbergen;Kroes]]", "oud-medewerker Burgerzaken"],
               ["lid", "[[P.B. Nijenhuis::Nijenhuis]]", "jurist, gemeente Kampen"],
               ["lid", "[[mw. drs. A. Demirtaş::Demirtaş]]", "docent staatsinrichting"],
               ["lid", "[[K. de Jonge::Jonge]]", "medewerker Publiekszaken"]]),
    ("p", "**Artikel 2.** Tot plaatsvervangend lid worden benoemd: [[mr. H.C. Brouwer-Ates::Brouwer;Ates]] en "
          "[[L.M. van Hoorn::Hoorn]]."),
    ("p", "**Artikel 3.** De benoemden ontvangen een vergoeding overeenkomstig de Verordening vergoedingen "
          "verkiezingen Zwolle 2018."),
    ("p", "**Artikel 4.** Dit besluit treedt in werking op 1 januari 2026 en wordt bekendgemaakt in het "
          "Gemeenteblad."),
    ("p", "Zwolle, 16 december 2025"),
    ("p", "De burgemeester van Zwolle,"),
    ("space", 0),
    ("p", "P.H. Snijders"),
    ("h", "Toelichting"),
    ("p", "Op grond van artikel E 4 Kieswet is de burgemeester van rechtswege voorzitter van het centraal stembureau. "
          "De overige leden worden door de burgemeester benoemd voor vier jaar. Een lid mag geen kandidaat zijn bij "
          "de verkiezing (artikel E 4, vierde lid). Alle benoemden hebben verklaard geen kandidaat te zijn op een "
          "van de kandidatenlijsten. Inlichtingen: team Verkiezingen, verkiezingen@zwolle.nl, telefoon 14 038."),
  ],
  keep=[("LAW", "artikel E 4"), ("REF", "2025-BM-0917"), ("LAW", "Kiesbesluit"), ("ORG", "Gemeenteblad"),
        ("LAW", "Verordening vergoedingen verkiezingen Zwolle 2018"), ("DATE", "16 december 2025"),
        ("TITLE", "gemeentesecretaris a.i."), ("ORG", "gemeente Kampen")])


def iban(bank: str, acct: str) -> str:
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    ck = 98 - int(num) % 97
    s = f"NL{ck:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# volunteers: display name in roster, probes, date of birth, mobile, IBAN
VOL = [
    ("MULDER-BAKKER, H. (Riek)", "MULDER;BAKKER;Riek", "14-02-1951", "06-12873306", iban("INGB", "0004517731")),
    ("Kuipers, Bram", "Kuipers;Bram", "03-09-1998", "06-44012875", iban("RABO", "0318277456")),
    ("Haddou, Noor", "Haddou;Noor", "27-11-2001", "06-38271904", iban("ABNA", "0512987345")),
    ("Slot, W. van 't (Wim)", "Slot;Wim", "09-06-1957", "06-51874420", iban("INGB", "0007712204")),
    ("Gerritsen-Bosch, T.A. (Trees)", "Gerritsen;Bosch;Trees", "30-01-1962", "06-20938417", iban("SNSB", "0938112745")),
    ("TEN BRINKE, J.W. (Jan-Willem)", "BRINKE;Jan-Willem", "18-07-1974", "06-19385520", iban("RABO", "0147732219")),
    ("Nguyễn, Minh Khoa", "Nguyễn;Khoa", "05-05-1993", "06-41120983", iban("INGB", "0006634185")),
    ("Kovalenko, Oksana", "Kovalenko;Oksana", "21-12-1986", "06-83910274", iban("BUNQ", "2045519387")),
    ("Yılmaz, Mehmet", "Yılmaz;Mehmet", "11-04-1979", "06-29475013", iban("ABNA", "0481239076")),
    ("Haan, F. de (Femke)", "Haan;Femke", "16-08-2003", "06-57310298", iban("TRIO", "0212345670")),
    ("Stegeman, Gijs", "Stegeman;Gijs", "02-03-1968", "06-10298376", iban("RABO", "0389014562")),
    ("Pronk, Ilse", "Pronk;Ilse", "24-10-1990", "06-36627481", iban("INGB", "0003928815")),
    ("Visscher, M. (Marco)", "Visscher;Marco", "07-01-1971", "06-48819027", iban("ASNB", "0707166241")),
    ("Steege, Y. ter (Yvonne)", "Steege;Yvonne", "29-09-1965", "06-22019384", iban("RABO", "0122734985")),
    ("Veldkamp, Dirk-Jan", "Veldkamp;Dirk-Jan", "13-06-1983", "06-30482716", iban("INGB", "0009182733")),
    ("Hoekstra, Sietske", "Hoekstra;Sietske", "08-12-1999", "06-52671038", iban("ABNA", "0599812734")),
]

D(stem="gr04", producer="rl", font="DejaVuSans", size=9.5, landscape=True,
  pdf_title="Rooster stembureauleden GR2026 - deel Holtenbroek/Centrum", creator="Microsoft Excel",
  footer="Gemeente Zwolle – team Verkiezingen – rooster versie 4 (11 maart 2026) – vertrouwelijk",
  blocks=[
    ("title", "Rooster stembureauleden gemeenteraadsverkiezingen 18 maart 2026"),
    ("p", "Stembureaus 1, 12 en 31 (dagploeg 07.00–21.00 uur, telploeg vanaf 21.00 uur). Wijzigingen doorgeven aan "
          "verkiezingen@zwolle.nl of aan de coördinator stembureaus, [[Sjoerd Wesselink]] ([[06-28375519]])."),
    ("table", [["Stembureau", "Functie", "Naam", "Geboortedatum", "Mobiel", "Instructie gevolgd"]] + [
        [sb, fn, f"[[{v[0]}::{v[1]}]]", f"[[{v[2]}]]", f"[[{v[3]}]]", ins]
        for (sb, fn, ins), v in zip([
            ("1 Stadhuis", "voorzitter", "e-learning + klassikaal 3 maart"),
            ("1 Stadhuis", "plv. voorzitter", "e-learning"),
            ("1 Stadhuis", "lid", "e-learning"),
            ("1 Stadhuis", "teller", "nee (ervaren)"),
            ("12 Bibliotheek Zwolle Centrum", "voorzitter", "klassikaal 5 maart"),
            ("12 Bibliotheek Zwolle Centrum", "lid", "e-learning"),

            ("31 Wijkcentrum Holtenbroek", "voorzitter", "klassikaal 3 maart"),
            ("31 Wijkcentrum Holtenbroek", "plv. voorzitter", "e-learning"),
            ("31 Wijkcentrum Holtenbroek", "lid", "e-learning"),
            ("31 Wijkcentrum Holtenbroek", "lid", "nee – volgt 12 maart"),
            ("31 Wijkcentrum Holtenbroek", "teller", "e-learning"),
        ], VOL[:6] + VOL[8:11])], [2.4, 1.4, 2.8, 1.4, 1.5, 2.2]),
    ("p", "Reservepool (oproepbaar op de verkiezingsdag): zie tabblad 3. Bij uitval belt de voorzitter eerst het "
          "verkiezingsteam (14 038, keuze 5) en daarna de coördinator."),
    ("p", "Let op: [[Riek]] heeft aangegeven alleen de ochtend te kunnen doen; [[Wim]] neemt dan het voorzitterschap "
          "van stembureau 1 over tot 13.00 uur. [[Jan-Willem]] rijdt na sluiting met de plv. voorzitter de "
          "processen-verbaal naar het stadhuis."),
  ],
  keep=[("PLACE", "Bibliotheek Zwolle Centrum"), ("PLACE", "Wijkcentrum Holtenbroek"),
        ("TITLE", "coördinator stembureaus")])

# ------------------------------------------------------------------ gr05 polling stations (public buildings: keep)
D(stem="gr05", producer="rl", font="Helvetica", size=9.5, pdf_title="Overzicht stembureaus GR2026",
  creator="Adobe InDesign 19.0", blocks=[
    ("title", "Stembureaus gemeenteraadsverkiezingen 18 maart 2026"),
    ("p", "Vastgesteld door de burgemeester van Zwolle op 2 februari 2026 (artikel J 1 Kieswet). Alle stembureaus "
          "zijn open van 07.30 tot 21.00 uur, tenzij anders vermeld. T = toegankelijk voor kiezers met een "
          "lichamelijke beperking (artikel J 4 Kieswet)."),
    ("table", [["Nr.", "Locatie", "Adres", "T", "Bijzonderheden", "Beheerder (sleutel)"],
               ["1", "Stadhuis", "Grote Kerkplein 15, 8011 PK", "T", "leesloep, stemmal", "Facilitaire Zaken"],
               ["4", "Station Zwolle, stationshal", "Stationsplein 1, 8011 CW", "T", "07.00–21.00 uur", "NS Stations"],
               ["12", "Bibliotheek Zwolle Centrum", "Diezerstraat 80, 8011 RJ", "T", "", "[[Carla Wenneker::Wenneker;Carla]] ([[06-17736402]])"],
               ["17", "Sporthal Stadshagen", "Zwartewaterallee 55, 8043 LN", "T", "", "sportbedrijf, 038 498 3300"],
               ["23", "Wijkcentrum De Enk", "Van der Capellenstraat 2, 8014 VR", "T", "", "[[Harm Jan Olthof::Olthof;Harm]] ([[06-93014422]])"],
               ["31", "Wijkcentrum Holtenbroek", "Ruusbroecstraat 10, 8031 BE", "T", "hertelling 19 maart", "Travers Welzijn"],
               ["36", "Isala, hoofdingang", "Dokter van Heesweg 2, 8025 AB", "T", "ook voor patiënten", "Isala, beveiliging"],
               ["40", "Kerkelijk centrum De Fontein", "Thorbeckegracht 41, 8011 VL", "", "geen invalidentoilet", "[[dhr. Van Essen::Essen]]"],
               ["44", "Hogeschool Windesheim", "Campus 2, 8017 CA", "T", "studenten", "Windesheim Facility Services"],
               ["52", "Dorpshuis Windesheim", "Windesheimerweg 27, 8025 PA", "T", "", "stichting dorpshuis"],
               ["60", "Mobiel stembureau (bus)", "Marslanden / Schellerhoek", "T", "10.00–16.00 uur", "RTV, Keolis"]],
     [0.6, 2.6, 2.8, 0.4, 1.8, 2.5]),
    ("p", "Stembureau 36 (Isala) is op 18 maart 2026 ook bereikbaar voor bezoekers van het ziekenhuis. Stembureau 40 "
          "is niet volledig toegankelijk; kiezers worden verwezen naar stembureau 1 of 12."),
    ("p", "Kiezers met een visuele beperking kunnen in stembureau 1 (Stadhuis) gebruikmaken van een stemmal en een "
          "leesloep. Vragen: verkiezingen@zwolle.nl of 14 038."),
    ("pagebreak",),
    ("h", "Overige stembureaus (vervolg)"),
    ("table", [["Nr.", "Locatie", "Adres", "T", "Bijzonderheden"],
               ["2", "Stadskantoor, publiekshal", "Lubeckplein 2, 8017 JZ", "T", "ook vervroegd stemmen 16 maart"],
               ["3", "Museum de Fundatie", "Blijmarkt 20, 8011 NE", "T", ""],
               ["7", "Basisschool De Octopus", "Cellostraat 4, 8031 KV", "T", ""],
               ["9", "Theater De Spiegel", "Spinhuisplein 1, 8011 ZZ", "T", ""],
               ["14", "Wijkcentrum Aa-landen", "Rieteweg 4, 8041 AM", "T", ""],
               ["19", "Sportcentrum De Marslanden", "Schellerbergweg 22, 8024 AV", "T", "leesloep"],
               ["21", "Zwolle Noord, bibliotheek Stadshagen", "Hanzeallee 33, 8043 PH", "T", ""],
               ["27", "Gereformeerde kerk Berkum", "Ruitenveen 8, 8026 PD", "", "drempel bij ingang"],
               ["33", "Wijkcentrum Westenholte", "Nieuwe Veerallee 50, 8042 PE", "T", ""],
               ["45", "Dominicanenklooster", "Assendorperstraat 29, 8012 DE", "T", ""],
               ["48", "Johannes Calvijnschool", "Johan de Wittlaan 3, 8023 AR", "T", "straat genoemd naar raadpensionaris"],
               ["55", "Scholengemeenschap Thomas a Kempis", "Thomas a Kempisstraat 71, 8021 BM", "T", ""],
               ["61", "Kiezerspassen-stembureau Stadhuis", "Grote Kerkplein 15, 8011 PK", "T", "alleen 18 maart"]],
     [0.6, 3.2, 3.0, 0.4, 3.0]),
    ("p", "De stembureaus 45, 48 en 55 liggen aan straten die zijn genoemd naar personen (Johan de Witt, Thomas a "
          "Kempis); de adressen zijn die van openbare gebouwen en dus openbaar."),
    ("small", "Bron: besluit aanwijzing stembureaus 2026, kenmerk 2026-BM-0112. Publicatie in het Gemeenteblad van "
              "3 februari 2026."),
  ],
  keep=[("ADDRESS_PUBLIC", "Stationsplein 1"), ("ADDRESS_PUBLIC", "Diezerstraat 80"),
        ("ADDRESS_PUBLIC", "Zwartewaterallee 55"), ("ADDRESS_PUBLIC", "Van der Capellenstraat 2"),
        ("ADDRESS_PUBLIC", "Ruusbroecstraat 10"), ("ADDRESS_PUBLIC", "Dokter van Heesweg 2"),
        ("ADDRESS_PUBLIC", "Thorbeckegracht 41"), ("ADDRESS_PUBLIC", "Campus 2"), ("ORG", "Isala"),
        ("ORG", "Hogeschool Windesheim"), ("PLACE", "Sporthal Stadshagen"), ("PLACE", "Wijkcentrum De Enk"),
        ("PLACE", "Kerkelijk centrum De Fontein"), ("LAW", "artikel J 1"), ("LAW", "artikel J 4"),
        ("REF", "2026-BM-0112"), ("ORG", "NS Stations"), ("ORG", "Travers Welzijn"),
        ("PHONE_GENERAL", "038 498 3300"), ("ADDRESS_PUBLIC", "8031 BE"), ("PLACE", "Schellerhoek"),
        ("ADDRESS_PUBLIC", "Lubeckplein 2"), ("ADDRESS_PUBLIC", "Blijmarkt 20"), ("ADDRESS_PUBLIC", "Cellostraat 4"),
        ("ADDRESS_PUBLIC", "Spinhuisplein 1"), ("ADDRESS_PUBLIC", "Rieteweg 4"), ("ADDRESS_PUBLIC", "Schellerbergweg 22"),
        ("ADDRESS_PUBLIC", "Hanzeallee 33"), ("ADDRESS_PUBLIC", "Ruitenveen 8"), ("ADDRESS_PUBLIC", "Nieuwe Veerallee 50"),
        ("ADDRESS_PUBLIC", "Assendorperstraat 29"), ("ADDRESS_PUBLIC", "Johan de Wittlaan 3"),
        ("ADDRESS_PUBLIC", "Thomas a Kempisstraat 71"), ("PLACE", "Museum de Fundatie"), ("PLACE", "Theater De Spiegel"),
        ("ORG", "Johannes Calvijnschool"), ("PERSON_PUBLIC", "Johan de Witt"), ("ORG", "Dominicanenklooster")])

# ------------------------------------------------------------------ gr06 e-mail thread with the Kiesraad (XMP dc:creator)
D(stem="gr06", producer="rl", font="LibSans", size=9.5, pdf_title="RE: vraag nummering kandidatenlijsten",
  creator="Microsoft Outlook", hidden={"xmp_creator": ["Thijs Oude Nijhuis"], "xmp_title": "RE: nummering"},
  hidden_probes=[("PERSON", "Thijs Oude Nijhuis", "Nijhuis", "metadata"),
                 ("PERSON", "Thijs Oude Nijhuis", "Thijs", "metadata")],
  blocks=[
    mailhdr("[[Maassen, Jorien::Maassen;Jorien]] <[[j.maassen@kiesraad.nl]]>",
            "[[El Idrissi, Fatima::Idrissi;Fatima]] <[[f.elidrissi@zwolle.nl]]>",
            "donderdag 5 februari 2026 16:42",
            "RE: vraag nummering kandidatenlijsten Zwolle (ons kenmerk 2026-0000219)",
            cc="Verkiezingen Zwolle <verkiezingen@zwolle.nl>; [[Akkerman, Daan::Akkerman;Daan]] <[[d.akkerman@kiesraad.nl]]>"),
    ("p", "Beste [[Fatima]],"),
    ("p", "Dank voor je vraag. De nummering van de lijsten van partijen die bij de Tweede Kamerverkiezing van "
          "29 oktober 2025 zetels hebben behaald, volgt het aantal stemmen dat zij toen landelijk hebben gekregen "
          "(artikel I 11 Kieswet). Swollwacht heeft toen niet meegedaan en krijgt dus een nummer na die lijsten, "
          "samen met de andere lokale lijsten; de volgorde daarvan wordt door loting bepaald in de openbare zitting "
          "van het centraal stembureau."),
    ("p", "Voor de geregistreerde aanduiding van de combinatie GroenLinks-PvdA geldt dat het een lijstencombinatie "
          "was bij de vorige gemeenteraadsverkiezingen; dat heeft geen gevolg voor de nummering. Zie ook de "
          "Handreiking kandidaatstelling gemeenteraadsverkiezingen 2026 van de Kiesraad, paragraaf 4.3."),
    ("p", "Met vriendelijke groet,<br/>[[Jorien Maassen]]<br/>Adviseur verkiezingen | Kiesraad<br/>"
          "Postbus 20011 | 2500 EA Den Haag<br/>T [[070 426 7391]] | M [[06-53118206]]<br/>www.kiesraad.nl"),
    ("hr", ""),
    mailhdr("[[El Idrissi, Fatima::Idrissi;Fatima]] <[[f.elidrissi@zwolle.nl]]>", "info@kiesraad.nl",
            "woensdag 4 februari 2026 11:07", "vraag nummering kandidatenlijsten Zwolle",
            cc="[[Wesselink, Sjoerd::Wesselink;Sjoerd]]; [[Haar, Ruud ter::Haar;Ruud]]"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Op 2 februari 2026 (dag van kandidaatstelling) zijn bij het centraal stembureau van Zwolle veertien "
          "kandidatenlijsten ingeleverd. Wij willen de zitting voor de nummering voorbereiden en hebben een vraag "
          "over de positie van twee lokale partijen die in 2022 een lijstencombinatie vormden. Moeten wij die nu "
          "samen of afzonderlijk loten? Ik hoor graag van u; ik ben morgen tot 14.00 uur bereikbaar op "
          "[[038 498 2716]]."),
    ("p", "Met vriendelijke groet,<br/>[[Fatima el Idrissi]]<br/>Medewerker verkiezingen<br/>Gemeente Zwolle | "
          "Publiekszaken<br/>Postbus 10007 | 8000 GA Zwolle"),
    ("small", "Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden "
              "ontleend."),
  ],
  keep=[("LAW", "artikel I 11"), ("ORG", "Tweede Kamerverkiezing"), ("DOC", "Handreiking kandidaatstelling"),
        ("ADDRESS_PUBLIC", "Postbus 20011"), ("PLACE", "Den Haag"), ("URL", "www.kiesraad.nl"),
        ("REF", "2026-0000219"), ("TITLE", "Adviseur verkiezingen"), ("TITLE", "Medewerker verkiezingen")])

# ------------------------------------------------------------------ gr07 internal thread on the shortage of tellers
D(stem="gr07", producer="rl", font="Carlito", size=10.5, pdf_title="tekort tellers", creator="Microsoft Outlook",
  blocks=[
    mailhdr("[[Bergh-Scholte, Marloes van den::Bergh;Scholte;Marloes]]",
            "[[Wesselink, Sjoerd::Wesselink;Sjoerd]]; [[El Idrissi, Fatima::Idrissi;Fatima]]",
            "maandag 9 maart 2026 08:12", "RE: RE: tekort tellers Holtenbroek en Stadshagen",
            cc="[[Dijkhuizen, Henk-Jan::Dijkhuizen;Henk-Jan]]; Verkiezingen Zwolle"),
    ("p", "Hoi [[Sjoerd]],"),
    ("p", "Akkoord met het voorstel om de reservepool in te zetten voor stembureau 31 en 17. Wil je [[Yvonne]] "
          "([[Y. ter Steege::Steege]]) vragen of ze naar Holtenbroek wil? Ze woont daar om de hoek. Voor Stadshagen kunnen we "
          "de twee studenten van Windesheim nemen die zich via de website hebben aangemeld. [[Henk-Jan]]: graag jouw "
          "akkoord op de extra vergoeding van € 25 voor tellers die na 23.00 uur blijven (binnen budget "
          "verkiezingen, kostenplaats 6120450)."),
    ("p", "Groet, [[Marloes]]<br/>—<br/>[[Marloes van den Bergh-Scholte]] | teamleider Verkiezingen en Burgerzaken<br/>"
          "Gemeente Zwolle | M [[06-41873920]] | [[m.vandenbergh@zwolle.nl]]<br/>Werkdagen ma-di-do"),
    ("hr", ""),
    mailhdr("[[Wesselink, Sjoerd::Wesselink;Sjoerd]]", "[[Bergh-Scholte, Marloes van den::Bergh;Scholte;Marloes]]",
            "vrijdag 6 maart 2026 17:55", "RE: tekort tellers Holtenbroek en Stadshagen",
            cc="[[El Idrissi, Fatima::Idrissi;Fatima]]"),
    ("p", "[[Marloes]], stand van zaken: voor stembureau 31 hebben we nog twee tellers nodig en voor 17 drie. "
          "[[Bram Kuipers]] heeft zich afgemeld ([[ziek, hij laat het weten als hij weer fit is::ziek@HEALTH]]). [[Mw. Gerritsen::Gerritsen]] "
          "wil wel, maar alleen overdag. Ik heb ook [[Kovalenko]] gebeld; zij kan als teller, niet als voorzitter. "
          "Voorstel: reservepool inzetten en via de nieuwsbrief van de wijkcentra nog een oproep doen."),
    ("p", "Gr. [[Sjoerd]]<br/>[[Sjoerd Wesselink]] – coördinator stembureaus – [[06-28375519]]"),
    ("hr", ""),
    mailhdr("[[El Idrissi, Fatima::Idrissi;Fatima]]", "[[Wesselink, Sjoerd::Wesselink;Sjoerd]]",
            "vrijdag 6 maart 2026 10:31", "tekort tellers Holtenbroek en Stadshagen"),
    ("p", "Hoi [[Sjoerd]], uit OSV2020 het overzicht van de bezetting: er zijn 412 stembureauleden ingedeeld voor "
          "62 stembureaus (incl. mobiel stembureau). Tekorten bij 17 en 31, zie bijlage. Groet, [[Fatima]]"),
  ],
  keep=[("PLACE", "Holtenbroek"), ("PLACE", "Stadshagen"), ("ORG", "Windesheim"), ("REF", "6120450"),
        ("TITLE", "teamleider Verkiezingen en Burgerzaken"), ("NUMBER", "stembureau 31")])

# ------------------------------------------------------------------ gr08 Teams chat on election night (2 pages, mono)
CHAT = [
    ("18-3 21:02", "[[Marloes van den Bergh-Scholte::Bergh;Scholte;Marloes]]", "Stembureaus dicht. Iedereen bedankt tot nu toe! Tellen mag beginnen."),
    ("18-3 21:05", "[[Thijs Oude Nijhuis::Nijhuis;Thijs]]", "OSV2020 staat klaar op de twee invoer-pc's in de Burgerzaal. Wachtwoorden liggen in de kluis."),
    ("18-3 21:19", "[[Sjoerd Wesselink::Wesselink;Sjoerd]]", "SB 17 meldt dat de voorzitter onwel is geworden. [[Ilse]] neemt over, ik rij erheen."),
    ("18-3 21:20", "[[Marloes van den Bergh-Scholte::Bergh;Scholte;Marloes]]", "Ok. Bel [[Ilse]] even op [[06-36627481]], ze staat niet in de groep."),
    ("18-3 21:48", "[[Fatima el Idrissi::Idrissi;Fatima]]", "Eerste telling SB 4 (station) binnen via de bode: 1.231 stemmen."),
    ("18-3 22:10", "[[Lotte Vermeulen::Vermeulen;Lotte]]", "Stentor vraagt wanneer de eerste voorlopige uitslag komt. Ik zeg: niet voor 00.30 uur?"),
    ("18-3 22:11", "[[Marloes van den Bergh-Scholte::Bergh;Scholte;Marloes]]", "Klopt. Geen cijfers per partij naar buiten voor de burgemeester ze heeft."),
    ("18-3 22:37", "[[Sjoerd Wesselink::Wesselink;Sjoerd]]", "SB 31: verschil van 14 tussen uitgereikte stembiljetten en getelde stemmen. Voorzitter ([[Stegeman]]) wil hertellen."),
    ("18-3 22:39", "[[Ruud ter Haar::Haar;Ruud]]", "Hertellen mag op het stembureau zelf als het verschil niet te verklaren is. Wel noteren in het PV (N 10-1, rubriek 3)."),
    ("18-3 22:40", "[[Sjoerd Wesselink::Wesselink;Sjoerd]]", "Doorgegeven. [[Dirk-Jan]] blijft erbij als extra teller."),
    ("18-3 23:15", "[[Henk-Jan Dijkhuizen::Dijkhuizen;Henk-Jan]]", "Burgemeester Snijders is om 23.45 uur in de Burgerzaal. Wethouder Schuttenbeld komt ook."),
    ("18-3 23:52", "[[Thijs Oude Nijhuis::Nijhuis;Thijs]]", "Invoer SB 1 t/m 30 compleet, tweede invoer loopt. Verschil bij SB 12 was een tikfout, opgelost."),
    ("19-3 00:24", "[[Fatima el Idrissi::Idrissi;Fatima]]", "SB 31 hertelling klaar: verschil nu 2, verklaard (meegenomen stembiljetten)."),
    ("19-3 00:41", "[[Lotte Vermeulen::Vermeulen;Lotte]]", "Persbericht voorlopige uitslag staat klaar, wacht op akkoord [[Marloes]]."),
    ("19-3 00:43", "[[Marloes van den Bergh-Scholte::Bergh;Scholte;Marloes]]", "Akkoord, maar zet erbij dat het centraal stembureau de uitslag op 23 maart vaststelt."),
    ("19-3 01:10", "[[Sjoerd Wesselink::Wesselink;Sjoerd]]", "Alle PV's binnen. [[Jan-Willem]] en ik brengen de dozen naar de archiefruimte."),
    ("19-3 01:12", "[[Bas Timmerman::Timmerman;Bas]]", "Archiefruimte is open, sleutel bij de bode. Bus voor SB 60 staat weer bij Keolis."),
    ("19-3 01:30", "[[Marloes van den Bergh-Scholte::Bergh;Scholte;Marloes]]", "Top gedaan allemaal. Morgen 10.00 uur evaluatie in kamer 2.14. 🙏"),
]
D(stem="gr08", producer="rl", font="DejaVuSans", size=9.5, pdf_title="Teams-chat Verkiezingsteam GR2026",
  creator="Microsoft Teams (export)", footer="Export chat 'Verkiezingsteam GR2026' – geëxporteerd 7 april 2026",
  blocks=[("title", "Chat: Verkiezingsteam GR2026 (18–19 maart 2026)"),
          ("small", "Deelnemers: [[Marloes van den Bergh-Scholte::Bergh;Scholte;Marloes]], [[Sjoerd Wesselink::Wesselink;Sjoerd]], "
                    "[[Fatima el Idrissi::Idrissi;Fatima]], [[Thijs Oude Nijhuis::Nijhuis;Thijs]], [[Ruud ter Haar::Haar;Ruud]], "
                    "[[Henk-Jan Dijkhuizen::Dijkhuizen;Henk-Jan]], [[Lotte Vermeulen::Vermeulen;Lotte]], [[Bas Timmerman::Timmerman;Bas]]")]
  + [("table", [["Tijd", "Afzender", "Bericht"]] + [[t, a, m] for t, a, m in CHAT], [1.1, 2.4, 6.5])]
  + [("small", "Berichten met bijlagen (foto's van processen-verbaal) zijn in deze export weggelaten.")],
  keep=[("PLACE", "Burgerzaal"), ("NUMBER", "SB 31"), ("NUMBER", "SB 17"), ("DOC", "N 10-1"), ("ORG", "Keolis"),
        ("TITLE", "Burgemeester Snijders"), ("TITLE", "Wethouder Schuttenbeld"), ("DATE", "23 maart")])

# ------------------------------------------------------------------ gr09 WhatsApp screenshot (image only)
WA = [
    ("[[Sjoerd::Sjoerd]]", "Wie kan er morgen om 6.45 uur de sleutel van de Fontein halen bij [[Van Essen::Essen]]?"),
    ("[[Gijs Stegeman::Stegeman;Gijs]]", "Ik doe het wel, ik woon op de [[Thorbeckegracht 77::Thorbeckegracht 77]]."),
    ("[[Noor::Noor]]", "Ik ben vanavond om 22.00 uur klaar, mijn moeder haalt me op."),
    ("[[Femke de Haan::Haan;Femke]]", "Mijn nummer is veranderd: [[06-57310298]]"),
    ("[[Sjoerd::Sjoerd]]", "Top. [[Marco]] neemt de telploeg van bureau 40 over."),
    ("[[Marco Visscher::Visscher;Marco]]", "Prima. Is de stemmal er al voor stembureau 1?"),
]
WA_SRC = "\n".join(a + ": " + b for a, b in WA)


def build_wa(path):
    from PIL import Image, ImageDraw, ImageFont
    import lib
    W, H = 1100, 1500
    im = Image.new("RGB", (W, H), (236, 229, 221))
    dr = ImageDraw.Draw(im)
    fb = ImageFont.truetype(lib.FONTDIR + "dejavu/DejaVuSans-Bold.ttf", 30)
    fr = ImageFont.truetype(lib.FONTDIR + "dejavu/DejaVuSans.ttf", 30)
    dr.rectangle([0, 0, W, 120], fill=(7, 94, 84))
    dr.text((40, 38), "Stembureau 40 - De Fontein (5 deelnemers)", font=fb, fill=(255, 255, 255))
    y = 170
    for i, (a, b) in enumerate(WA):
        import textwrap
        who = lib.plain(a)
        lines = textwrap.wrap(lib.plain(b), 48)
        h = 60 + 42 * len(lines)
        x0 = 60 if i % 2 == 0 else 160
        dr.rounded_rectangle([x0, y, x0 + 880, y + h], 18, fill=(255, 255, 255) if i % 2 == 0 else (220, 248, 198))
        dr.text((x0 + 24, y + 12), who, font=fb, fill=(30, 30, 120))
        for j, ln in enumerate(lines):
            dr.text((x0 + 24, y + 52 + 42 * j), ln, font=fr, fill=(20, 20, 20))
        dr.text((x0 + 780, y + h - 34), f"17:{10 + 3 * i:02d}", font=ImageFont.truetype(lib.FONTDIR + "dejavu/DejaVuSans.ttf", 20), fill=(120, 120, 120))
        y += h + 30
    lib.build_image_pdf(path, im, dpi=130.0)


D(stem="gr09", producer="image", image_builder=build_wa, image_source=WA_SRC, producer_label="screenshot drawn with Pillow, Pillow PDF (no text layer)")

# ------------------------------------------------------------------ gr10 proces-verbaal stembureau 31 (2 pages, signatures)
D(stem="gr10", producer="rl", font="DejaVuCond", size=9.5, pdf_title="Model N 10-1 stembureau 31",
  creator="OSV2020 (Ondersteunende Software Verkiezingen)", footer="Model N 10-1 – gemeenteraadsverkiezingen 2026 – gemeente Zwolle – stembureau 31",
  blocks=[
    ("title", "Proces-verbaal van een stembureau (Model N 10-1)"),
    ("p", "Verkiezing van de leden van de gemeenteraad van Zwolle op 18 maart 2026. Stembureau nummer 31, "
          "Wijkcentrum Holtenbroek, Ruusbroecstraat 10, 8031 BE Zwolle."),
    ("h", "1. Leden van het stembureau"),
    ("table", [["Functie", "Naam", "Aanwezig"],
               ["voorzitter", "[[G. Stegeman::Stegeman]]", "07.00–01.00"],
               ["plaatsvervangend voorzitter", "[[Y. ter Steege::Steege]]", "07.00–01.00"],
               ["lid", "[[D.J. Veldkamp::Veldkamp]]", "13.00–01.00"],
               ["lid", "[[S. Hoekstra::Hoekstra]]", "07.00–14.00"],
               ["teller", "[[I. Pronk::Pronk]]", "21.00–00.30"],
               ["teller", "[[M. Yılmaz::Yılmaz]]", "21.00–00.30"]], [2, 3, 2]),
    ("h", "2. Aantal toegelaten kiezers"),
    ("table", [["", "Aantal"], ["Geldige stempassen", "1.104"], ["Geldige volmachtbewijzen", "57"],
               ["Geldige kiezerspassen", "12"], ["Totaal toegelaten kiezers", "1.173"]], [5, 2]),
    ("h", "3. Verschillen tussen toegelaten kiezers en getelde stembiljetten"),
    ("p", "Bij de eerste telling zijn 1.159 stembiljetten geteld: 14 minder dan het aantal toegelaten kiezers. Het "
          "stembureau heeft besloten de stembiljetten opnieuw te tellen (artikel N 10 Kieswet). Na hertelling: "
          "1.171 stembiljetten. Het verschil van 2 is verklaard: twee kiezers hebben het stembiljet meegenomen."),
    ("h", "4. Bezwaren van kiezers"),
    ("p", "Om 16.20 uur heeft een kiezer, [[de heer G. Lensink::Lensink]], bezwaar gemaakt tegen het ontbreken van "
          "een verlaagd stemhokje. Volgens de kiezer was het stemhokje niet bereikbaar met [[zijn rolstoel::rolstoel@HEALTH]]. "
          "De voorzitter heeft het verlaagde stemhokje uit de berging laten plaatsen (16.35 uur)."),
    ("pagebreak",),
    ("h", "5. Aantal uitgebrachte stemmen per lijst"),
    ("table", [["Lijst", "Aanduiding", "Stemmen"], ["1", "GroenLinks-PvdA", "241"], ["2", "VVD", "158"],
               ["3", "CDA", "121"], ["4", "D66", "98"], ["5", "ChristenUnie", "132"], ["6", "SP", "63"],
               ["7", "Swollwacht", "187"], ["8", "PVV", "77"], ["9", "Partij voor de Dieren", "41"],
               ["10", "BBB", "29"], ["11", "JA21", "17"], ["", "Blanco / ongeldig", "5 / 2"]], [1, 4, 2]),
    ("h", "6. Ondertekening"),
    ("p", "Aldus opgemaakt en ondertekend op 19 maart 2026 om 00.58 uur door de leden van het stembureau."),
    ("table", [["Naam", "Handtekening"],
               ["[[G. Stegeman::Stegeman]] (voorzitter)", ""],
               ["[[Y. ter Steege::Steege]]", ""], ["[[D.J. Veldkamp::Veldkamp]]", ""]], [3, 4]),
    ("sig", "[[G. Stegeman::Stegeman]]   [[Yvonne::Yvonne]]   [[DJ Veldkamp::Veldkamp]]", 18),
  ],
  keep=[("DOC", "Model N 10-1"), ("LAW", "artikel N 10"), ("ADDRESS_PUBLIC", "Ruusbroecstraat 10"),
        ("PLACE", "Wijkcentrum Holtenbroek"), ("ORG", "Partij voor de Dieren"), ("ORG", "JA21"), ("ORG", "PVV"),
        ("NUMBER", "1.173"), ("NUMBER", "1.171")])

# ------------------------------------------------------------------ gr11 scan: signed last page of PV stembureau 12
D(stem="gr11", producer="scan", font="Times-Roman", size=11, producer_label="scan: page rasterised at 200 dpi, rotated, noise, JPEG, Pillow PDF (no text layer)",
  blocks=[
    ("p", "Model N 10-1 – stembureau 12 – Bibliotheek Zwolle Centrum – pagina 6 van 6"),
    ("h", "Bijlage 2: verklaring van de leden van het stembureau"),
    ("p", "De ondergetekenden verklaren dat dit proces-verbaal volledig en juist is ingevuld."),
    ("table", [["Functie", "Naam", "Handtekening"],
               ["voorzitter", "[[Marco Visscher::Visscher;Marco]]", ""],
               ["lid", "[[Oksana Kovalenko::Kovalenko;Oksana]]", ""],
               ["lid", "[[Femke de Haan::Haan;Femke]]", ""],
               ["teller", "[[Noor Haddou::Haddou;Noor]]", ""]], [2, 4, 4]),
    ("sig", "[[M. Visscher::Visscher]]      [[O. Kovalenko::Kovalenko]]", 22),
    ("h", "Bijzonderheden"),
    ("p", "Om 19.40 uur is de heer [[Anton Bussink::Bussink;Anton]], wonende [[Diezerstraat 112::Diezerstraat 112]], "
          "door de voorzitter verzocht het stemlokaal te verlaten nadat hij kiezers aansprak over hun stemkeuze. "
          "De politie (wijkagent) is niet ingeschakeld."),
    ("p", "Telefonisch contact met het verkiezingsteam om 19.45 uur ([[Sjoerd Wesselink::Wesselink;Sjoerd]])."),
    ("p", "Zwolle, 18 maart 2026"),
  ])
D_SCAN_NOTE = None

# ------------------------------------------------------------------ gr12 complaint by a voter (health data)
D(stem="gr12", producer="rl", font="LibSerif", size=11, pdf_title="klacht stembureau 31", creator="Pages",
  blocks=[
    ("p", "[[G.H. Lensink::Lensink]]<br/>[[Bachlaan 212::Bachlaan 212]]<br/>[[8031 HL Zwolle::8031 HL]]<br/>"
          "tel. [[038-4536172]]<br/>[[gerritlensink@ziggo.nl]]"),
    ("space", 5),
    ("p", "Aan de burgemeester van Zwolle<br/>Postbus 10007<br/>8000 GA Zwolle"),
    ("p", "Zwolle, 19 maart 2026"),
    ("p", "**Betreft: klacht over stembureau 31 (Wijkcentrum Holtenbroek) en bezwaar tegen de gang van zaken**"),
    ("p", "Geachte heer Snijders,"),
    ("p", "Gisteren, op 18 maart 2026, wilde ik om ongeveer 16.15 uur mijn stem uitbrengen in stembureau 31. "
          "[[Sinds mijn dwarslaesie in 2019 zit ik in een rolstoel::dwarslaesie;rolstoel@HEALTH]] en ik kon het stemhokje niet in. De "
          "voorzitter, een vriendelijke man met een baard (ik meen dat hij [[Gijs]] heette), moest eerst in de berging "
          "zoeken naar een verlaagd stemhokje. Ik heb twintig minuten bij de ingang gewacht, in de tocht, terwijl "
          "andere kiezers langs mij heen liepen."),
    ("p", "Op de website van de gemeente stond dat stembureau 31 toegankelijk is. Volgens artikel J 4 van de Kieswet "
          "moet de burgemeester ervoor zorgen dat kiezers met een lichamelijke beperking zelfstandig kunnen stemmen. "
          "Dat is in mijn geval niet gebeurd."),
    ("p", "Mijn buurvrouw, mevrouw [[Tjitske Andringa::Andringa;Tjitske]], was erbij en kan dit bevestigen. Ik heb "
          "bezwaar gemaakt bij het stembureau en gevraagd het op te nemen in het proces-verbaal."),
    ("p", "Ik vraag u: (1) mij schriftelijk uit te leggen hoe dit kon gebeuren, (2) te zorgen dat het bij de "
          "volgende verkiezing (Provinciale Staten 2027) beter gaat, en (3) mij te laten weten of mijn klacht is "
          "doorgestuurd naar het centraal stembureau."),
    ("p", "Hoogachtend,"),
    ("sigimg", "G. Lensink"),
    ("p", "[[G.H. (Gerrit) Lensink::Lensink;Gerrit]]"),
  ],
  keep=[("LAW", "artikel J 4"), ("PLACE", "Wijkcentrum Holtenbroek"), ("ORG", "Provinciale Staten"),
        ("NUMBER", "stembureau 31"), ("PERSON_PUBLIC", "heer Snijders")])

# ------------------------------------------------------------------ gr13 reply to the complaint (LibreOffice)
D(stem="gr13", producer="docx", docx_font="Carlito", pdf_title="Reactie op uw klacht stembureau 31",
  pdf_author="Publiekszaken", blocks=[
    ("right", "Gemeente Zwolle\nPostbus 10007, 8000 GA Zwolle"),
    ("p", "[[De heer G.H. Lensink::Lensink]]\n[[Bachlaan 212]]\n[[8031 HL Zwolle::8031 HL]]"),
    ("kv", [("Datum", "2 april 2026"), ("Kenmerk", "KL/2026/0441"), ("Behandeld door",
            "[[F. el Idrissi::Idrissi]]"), ("Telefoon", "14 038"), ("Onderwerp", "Uw klacht over stembureau 31")]),
    ("p", "Geachte heer [[Lensink]],"),
    ("p", "Op 19 maart 2026 ontvingen wij uw brief over uw bezoek aan stembureau 31 in Wijkcentrum Holtenbroek. U "
          "schrijft dat u twintig minuten moest wachten voordat er een verlaagd stemhokje stond. Het spijt ons zeer "
          "dat dit is gebeurd. Uw klacht is behandeld volgens hoofdstuk 9 van de Algemene wet bestuursrecht."),
    ("p", "Wat is er gebeurd? Het verlaagde stemhokje was bij de inrichting van het stembureau op 17 maart 2026 wel "
          "afgeleverd, maar door de beheerder in de berging gezet. De voorzitter van het stembureau heeft uw bezwaar "
          "in het proces-verbaal opgenomen (Model N 10-1, rubriek 4). Het proces-verbaal is besproken in de openbare "
          "zitting van het centraal stembureau op 23 maart 2026. Uw bezwaar had geen gevolgen voor de uitslag."),
    ("p", "Wat doen wij? Voor de verkiezing van Provinciale Staten en het waterschap in maart 2027 controleert een "
          "medewerker van het verkiezingsteam vooraf bij alle stembureaus die als toegankelijk zijn aangemerkt of "
          "het verlaagde stemhokje klaarstaat. Wij nemen dit ook op in de instructie voor voorzitters."),
    ("p", "Heeft u nog vragen? Bel dan met het team Verkiezingen via 14 038 of mail naar verkiezingen@zwolle.nl."),
    ("p", "Met vriendelijke groet,\nnamens de burgemeester van Zwolle,"),
    ("p", "[[H.J. Dijkhuizen::Dijkhuizen]]\nafdelingsmanager Publiekszaken"),
  ],
  keep=[("REF", "KL/2026/0441"), ("LAW", "Algemene wet bestuursrecht"), ("DOC", "Model N 10-1"),
        ("ORG", "Provinciale Staten"), ("TITLE", "afdelingsmanager Publiekszaken"), ("DATE", "23 maart 2026")])

# ------------------------------------------------------------------ gr14 kandidatenlijst (candidates public; gemachtigde not)
CAND = [("Hofman-Brink", "J.M. (Jolanda)", "v", "Zwolle"), ("Oosterveld", "R. (Rik)", "m", "Zwolle"),
        ("Bakkali", "S. (Samira)", "v", "Zwolle"), ("Lindeboom", "T.H. (Theo)", "m", "Zwolle"),
        ("Zuidema", "A.C. (Anouk)", "v", "Zwolle"), ("Schreurs", "P.J.M. (Peter)", "m", "Windesheim"),
        ("Ekkelkamp", "E. (Evelien)", "v", "Zwolle"), ("Kaya", "B. (Burak)", "m", "Zwolle"),
        ("Van Dijk-Ormel", "M. (Mirjam)", "v", "Zwolle"), ("Ter Horst", "G.W. (Gert-Willem)", "m", "Berkum")]
CAND2 = [("Meijerink", "H.A. (Hanneke)", "v", "Zwolle"), ("Rademaker", "S.J. (Stijn)", "m", "Zwolle"),
         ("Achterberg-Kloosterman", "C. (Corine)", "v", "Zwolle"), ("Mohamud", "A. (Abdi)", "m", "Zwolle"),
         ("Groot Wesseldijk", "L.E. (Lieke)", "v", "Zwolle"), ("Vos", "R.D. (Ruben)", "m", "Hattem"),
         ("Smit-Wevers", "I. (Ingrid)", "v", "Zwolle"), ("Zandvliet", "J. (Joost)", "m", "Zwolle")]
D(stem="gr14", producer="rl", font="Helvetica", size=9.5, pdf_title="Kandidatenlijst Zwolle Zuid Lokaal",
  creator="OSV2020-PP (Partijen en kandidaten)", footer="Model H 1 – kandidatenlijst – gemeenteraad Zwolle 2026",
  blocks=[
    ("title", "Model H 1 – Kandidatenlijst"),
    ("p", "Verkiezing van de leden van de gemeenteraad van Zwolle op 18 maart 2026. Aanduiding boven de lijst: "
          "**Zwolle Zuid Lokaal**. Deze lijst is ingeleverd op 2 februari 2026 om 14.22 uur bij het centraal "
          "stembureau (Stadhuis, Grote Kerkplein 15)."),
    ("table", [["Nr.", "Naam", "Voorletters (roepnaam)", "M/V", "Woonplaats"]] +
     [[str(i + 1), a, b, c, d] for i, (a, b, c, d) in enumerate(CAND)], [0.6, 2.6, 2.6, 0.6, 1.8]),
    ("h", "Inleveraar en gemachtigde"),
    ("p", "De lijst is ingeleverd door [[de heer W.F. Koerselman::Koerselman]], gemachtigde van de partij "
          "(artikel I 1 Kieswet). Adres voor correspondentie van de gemachtigde: [[Obrechtstraat 19::Obrechtstraat 19]], "
          "[[8031 NJ Zwolle::8031 NJ]], telefoon [[06-77301845]], e-mail [[wf.koerselman@gmail.com]]. "
          "Plaatsvervangend gemachtigde: [[mevrouw E.J. Wassink-Prins::Wassink;Prins]]."),
    ("h", "Ondersteuning"),
    ("p", "De partij heeft in 2022 geen zetel behaald. Bij de lijst zijn 34 ondersteuningsverklaringen "
          "(Model H 4) gevoegd; het vereiste aantal voor Zwolle is 30. De verklaringen zijn door het centraal "
          "stembureau gecontroleerd; 31 zijn geldig (zie de aparte lijst, kenmerk CSB-2026-07)."),
    ("pagebreak",),
    ("title", "Model H 1 – Kandidatenlijst (2)"),
    ("p", "Aanduiding boven de lijst: **Samen Zwolle-Noord**. Ingeleverd op 2 februari 2026 om 16.51 uur door de "
          "gemachtigde, [[mevrouw D. Lubbers-Ten Hove::Lubbers;Hove]] ([[Zeven Alleetjes 8::Zeven Alleetjes 8]], "
          "[[8042 AN Zwolle::8042 AN]], [[06-60028133]])."),
    ("table", [["Nr.", "Naam", "Voorletters (roepnaam)", "M/V", "Woonplaats"]] +
     [[str(i + 1), a, b, c, d] for i, (a, b, c, d) in enumerate(CAND2)], [0.6, 2.6, 2.6, 0.6, 1.8]),
    ("p", "Bij de lijst zijn 32 ondersteuningsverklaringen gevoegd (kenmerk CSB-2026-08); 30 geldig. De lijst is "
          "op 6 februari 2026 geldig verklaard en heeft bij de nummering lijstnummer 13 gekregen."),
    ("small", "De woonplaatsen van de kandidaten zijn openbaar. Woonadressen van kandidaten staan op de "
              "instemmingsverklaringen (Model H 9) en worden niet gepubliceerd."),
  ],
  keep=[("PERSON_PUBLIC", c[0]) for c in CAND + CAND2] + [("ORG", "Samen Zwolle-Noord"), ("REF", "CSB-2026-08"),
        ("PLACE", "Hattem"),
        ("ORG", "Zwolle Zuid Lokaal"), ("DOC", "Model H 1"), ("DOC", "Model H 4"), ("DOC", "Model H 9"),
        ("LAW", "artikel I 1"), ("REF", "CSB-2026-07"), ("PLACE", "Windesheim"), ("PLACE", "Berkum")])

# ------------------------------------------------------------------ gr15 instemmingsverklaring (candidate public, address not; AcroForm)
def _draw15(c):
    c.setFont("Helvetica", 9)
    c.drawString(57, 232, "Woonadres:")
    c.drawString(57, 208, "Postcode:")
    c.drawString(57, 184, "Geboortedatum:")


D(stem="gr15", producer="rl", font="Helvetica", size=10, pdf_title="Model H 9 instemmingsverklaring",
  creator="Kiesraad – invulbaar formulier", draw=_draw15,
  hidden={"fields": [
      {"name": "woonadres", "value": "Assendorperstraat 163", "rect": (140, 226, 420, 244)},
      {"name": "postcode", "value": "8012 DK Zwolle", "rect": (140, 202, 420, 220)},
      {"name": "geboortedatum", "value": "12-10-1988", "rect": (140, 178, 420, 196)}]},
  hidden_probes=[("ADDRESS", "Assendorperstraat 163", "Assendorperstraat 163", "annotations"),
                 ("ADDRESS", "8012 DK", "8012 DK", "annotations"),
                 ("DATE_OF_BIRTH", "12-10-1988", "12-10-1988", "annotations")],
  blocks=[
    ("title", "Model H 9 – Instemmingsverklaring kandidaat"),
    ("p", "Ondergetekende, **Bakkali, S. (Samira)**, verklaart in te stemmen met haar kandidaatstelling op de "
          "kandidatenlijst met de aanduiding Zwolle Zuid Lokaal voor de verkiezing van de leden van de gemeenteraad "
          "van Zwolle op 18 maart 2026 (artikel H 9 Kieswet)."),
    ("p", "Zij verklaart geen kandidaat te zijn op een andere lijst in deze kieskring en wijst als gemachtigde voor "
          "het ontvangen van de kennisgeving van de benoeming aan: [[W.F. Koerselman::Koerselman]]."),
    ("p", "Bijlage: kopie van een geldig identiteitsbewijs (niet meegestuurd in deze Woo-publicatie)."),
    ("p", "Plaats en datum: Zwolle, 26 januari 2026"),
    ("p", "Handtekening kandidaat:"),
    ("sigimg", "S. Bakkali"),
    ("space", 38),
    ("small", "De gegevens hieronder zijn alleen bestemd voor het centraal stembureau."),
  ],
  keep=[("PERSON_PUBLIC", "Bakkali"), ("ORG", "Zwolle Zuid Lokaal"), ("DOC", "Model H 9"),
        ("LAW", "artikel H 9")])

# ------------------------------------------------------------------ gr16 scan: two ondersteuningsverklaringen (Model H 4)
def _h4(naam, probes, adres, pc, geb, nr, amb):
    return [
        ("title", "Model H 4 – Ondersteuningsverklaring"),
        ("p", "Verkiezing van de leden van de gemeenteraad van Zwolle, 18 maart 2026. Aanduiding: Zwolle Zuid Lokaal. "
              "Volgnummer verklaring: " + nr),
        ("p", "Ondergetekende verklaart de kandidatenlijst met bovenstaande aanduiding te ondersteunen."),
        ("kv", [("Naam en voorletters", f"[[{naam}::{probes}]]"), ("Adres", f"[[{adres}]]"),
                ("Postcode en woonplaats", f"[[{pc}::{pc[:7]}]]"), ("Geboortedatum", f"[[{geb}]]")], 130),
        ("p", "Handtekening kiezer:"),
        ("sig", f"[[{naam.split(',')[0]}::{probes.split(';')[0]}]]", 24),
        ("p", "In te vullen door de gemeente: de ondertekening heeft plaatsgevonden in mijn tegenwoordigheid. "
              f"Zwolle, 14 januari 2026. Naam ambtenaar: [[{amb}]]"),
    ]


D(stem="gr16", producer="scan", font="Helvetica", size=12, producer_label="scan: page rasterised at 200 dpi, rotated, noise, JPEG, Pillow PDF (no text layer)",
  blocks=_h4("Dekker, Johanna Wilhelmina", "Dekker;Johanna", "Hoogstraat 8", "8011 RE Zwolle", "04-05-1947",
             "H4-0012", "F. el Idrissi::Idrissi")
  + [("pagebreak",)]
  + _h4("Boukhari, Youssef", "Boukhari;Youssef", "Lassuslaan 61", "8031 WV Zwolle", "22-08-1995", "H4-0013",
        "K. de Jonge::Jonge"))

# ------------------------------------------------------------------ gr17 check of the support declarations (table)
SUP = [
    ("Dekker, J.W.", "Dekker", "Hoogstraat 8", "04-05-1947", "geldig", ""),
    ("Boukhari, Y.", "Boukhari", "Lassuslaan 61", "22-08-1995", "geldig", ""),
    ("Aalbers-Kamphuis, R.", "Aalbers;Kamphuis", "Vechtstraat 47", "19-03-1960", "geldig", ""),
    ("Pereira da Silva, Luana", "Pereira;Silva;Luana", "Ossenmarkt 3", "30-06-2000", "geldig", ""),
    ("Kleinjan, P.", "Kleinjan", "Weezenlanden 120", "11-11-1955", "ongeldig", "niet ingeschreven in Zwolle op 2 februari"),
    ("Zwiers, Hendrik", "Zwiers;Hendrik", "Palestrinastraat 14", "01-02-1972", "geldig", ""),
]
D(stem="gr17", producer="rl", font="LibSans", size=9, landscape=True, pdf_title="Controle ondersteuningsverklaringen",
  creator="Microsoft Excel", footer="CSB-2026-07 – controle ondersteuningsverklaringen Zwolle Zuid Lokaal – blad 1",
  blocks=[
    ("title", "Controle ondersteuningsverklaringen – Zwolle Zuid Lokaal"),
    ("p", "Gecontroleerd door het centraal stembureau op 3 februari 2026 aan de hand van de Basisregistratie "
          "Personen (BRP). Vereist aantal: 30. Ingeleverd: 34. Geldig: 31. Hieronder de eerste zes verklaringen."),
    ("table", [["Nr.", "Naam kiezer", "Adres", "Geboortedatum", "Oordeel", "Reden"]] +
     [[f"H4-00{12 + i}", f"[[{n}::{p}]]", f"[[{a}]]", f"[[{g}]]", o, r] for i, (n, p, a, g, o, r) in enumerate(SUP)],
     [0.8, 2.3, 2, 1.2, 0.9, 3.3]),
    ("p", "Conclusie: de lijst voldoet aan artikel H 4 Kieswet. Controle uitgevoerd door [[P.B. Nijenhuis::Nijenhuis]] en "
          "[[mw. drs. A. Demirtaş::Demirtaş]] (leden centraal stembureau), ambtelijk ondersteund door "
          "[[Fatima el Idrissi::Idrissi;Fatima]]."),
  ],
  keep=[("REF", "CSB-2026-07"), ("ORG", "Zwolle Zuid Lokaal"), ("ORG", "Basisregistratie Personen"),
        ("ORG", "BRP"), ("LAW", "artikel H 4"), ("REF", "H4-0012")])

# ------------------------------------------------------------------ gr18 minutes of the elections team (LibreOffice, initials)
D(stem="gr18", producer="docx", docx_font="Liberation Sans", size=10, pdf_title="Verslag overleg verkiezingsteam 24 februari 2026",
  pdf_author="Fatima el Idrissi", blocks=[
    ("title", "Verslag overleg verkiezingsteam GR2026"),
    ("kv", [("Datum", "24 februari 2026, 13.30–15.00 uur, kamer 2.14 Stadhuis"),
            ("Aanwezig", "[[Marloes van den Bergh-Scholte::Bergh;Scholte;Marloes]] ([[MvdB]], vz), "
                         "[[Sjoerd Wesselink::Wesselink;Sjoerd]] ([[SW]]), [[Fatima el Idrissi::Idrissi;Fatima]] ([[FeI]], verslag), "
                         "[[Thijs Oude Nijhuis::Nijhuis;Thijs]] ([[TON]]), [[Bas Timmerman::Timmerman;Bas]] ([[BT]]), "
                         "[[Lotte Vermeulen::Vermeulen;Lotte]] ([[LV]])"),
            ("Afwezig", "[[Ruud ter Haar::Haar;Ruud]] ([[RtH]]), met bericht")]),
    ("h", "1. Opening en mededelingen"),
    ("p", "[[Marloes]] opent. De Kiesraad heeft de circulaire over de uitslagvaststelling verstuurd (kenmerk "
          "2026-0000388). Het ministerie van BZK heeft de stempassen laten drukken; bezorging bij kiezers uiterlijk "
          "4 maart 2026 (artikel J 7 Kieswet)."),
    ("h", "2. Bezetting stembureaus"),
    ("p", "Stand: 398 van de 412 plekken gevuld. [[Sjoerd]] benadert de reservepool en de studenten van Windesheim. "
          "Voorstel om oud-raadslid [[Geert Nijboer::Nijboer;Geert]], die zich als vrijwilliger heeft gemeld, in te "
          "zetten als voorzitter van stembureau 23: akkoord, hij is geen kandidaat."),
    ("h", "3. Logistiek en ICT"),
    ("p", "[[Bas]] regelt de bus voor het mobiele stembureau (SB 60) met Keolis. [[Thijs]] test OSV2020 op 10 maart "
          "met een proefinvoer; de tweede invoer gebeurt door een andere medewerker dan de eerste (vier-ogenprincipe)."),
    ("h", "4. Communicatie"),
    ("p", "[[Lotte]]: campagne 'Stem in Zwolle' loopt via de Stentor en RTV Oost. Persmoment met burgemeester Snijders "
          "op 16 maart bij het mobiele stembureau in de Schellerhoek."),
    ("h", "Actielijst"),
    ("table", [["Nr.", "Actie", "Wie", "Wanneer", "Status"],
               ["24-01", "Reservepool benaderen voor SB 17 en 31", "[[SW]]", "6 maart", "loopt"],
               ["24-02", "Proefinvoer OSV2020 plannen", "[[TON]]", "10 maart", "gepland"],
               ["24-03", "Bus mobiel stembureau bevestigen", "[[BT]]", "1 maart", "gereed"],
               ["24-04", "Instructie verlaagd stemhokje toevoegen", "[[MvdB]] / [[FeI]]", "3 maart", "open"],
               ["24-05", "Juridisch advies hertelling op stembureau", "[[RtH]]", "13 maart", "open"],
               ["24-06", "Persbericht uitslagavond voorbereiden", "[[LV]]", "17 maart", "open"]]),
    ("p", "Volgend overleg: 10 maart 2026. Verslag: [[FeI]]."),
  ],
  hidden_probes=[],
  keep=[("REF", "2026-0000388"), ("LAW", "artikel J 7"), ("ORG", "RTV Oost"), ("ORG", "Keolis"),
        ("ORG", "Windesheim"), ("PLACE", "Schellerhoek"), ("TERM", "Actielijst")])

# ------------------------------------------------------------------ gr19 minutes of the public session of the centraal stembureau (2 pages)
D(stem="gr19", producer="rl", font="DejaVuSerif", size=10.5, pdf_title="Verslag openbare zitting centraal stembureau 23 maart 2026",
  creator="Microsoft Word", footer="Verslag zitting centraal stembureau Zwolle – 23 maart 2026",
  blocks=[
    ("title", "Verslag van de openbare zitting van het centraal stembureau"),
    ("p", "Maandag 23 maart 2026, 10.00 uur, Burgerzaal van het Stadhuis, Grote Kerkplein 15, Zwolle."),
    ("kv", [("Aanwezig", "burgemeester P.H. Snijders (voorzitter); [[G.J. Hofstede::Hofstede]] (plaatsvervangend "
                         "voorzitter); [[W.M. Zandbergen-Kroes::Zandbergen;Kroes]], [[P.B. Nijenhuis::Nijenhuis]], "
                         "[[A. Demirtaş::Demirtaş]] (leden); [[K. de Jonge::Jonge]] (plaatsvervangend lid)"),
            ("Secretaris", "[[mr. R. ter Haar::Haar]] (juridisch adviseur)"),
            ("Publiek", "circa 25 personen, onder wie raadslid Eefje Landman (GroenLinks-PvdA), raadslid Tim Veerman "
                        "(VVD) en een verslaggever van de Stentor")], 70),
    ("h", "1. Opening"),
    ("p", "De voorzitter opent de zitting om 10.02 uur. Hij stelt vast dat de zitting openbaar is aangekondigd op "
          "zwolle.nl en in het Gemeenteblad. Het centraal stembureau stelt vandaag de uitslag vast van de verkiezing "
          "van de leden van de gemeenteraad van Zwolle (artikel P 19 Kieswet)."),
    ("h", "2. Bezwaren en onderzoek naar verschillen"),
    ("p", "Het centraal stembureau heeft de processen-verbaal van de 62 stembureaus en van het gemeentelijk "
          "stembureau (Model Na 31-2) gecontroleerd. Bij stembureau 31 was een onverklaard verschil van 14; na "
          "hertelling op het stembureau resteert een verklaard verschil van 2. Geen nieuwe telling nodig."),
    ("p", "Bij stembureau 31 is een bezwaar ingediend door een kiezer over de toegankelijkheid van het stemhokje. "
          "Het bezwaar heeft geen invloed op de uitslag; de voorzitter zegt toe dat de burgemeester de kiezer "
          "schriftelijk antwoordt."),
    ("h", "3. Mondelinge bezwaren in de zitting"),
    ("p", "[[De heer L. Wiegersma::Wiegersma]] (kiezer) vraagt waarom de hertelling in stembureau 31 niet in het "
          "openbaar is gedaan. De voorzitter antwoordt dat de hertelling op het stembureau openbaar was en dat "
          "iedereen daarbij aanwezig mocht zijn."),
    ("p", "Raadslid Landman vraagt of de tweede invoer in OSV2020 door een andere medewerker is gedaan. "
          "[[Mevrouw Zandbergen::Zandbergen]] bevestigt dit namens het centraal stembureau. Raadslid Veerman vraagt om de "
          "telling van stembureau 12 te controleren vanwege een tikfout; het verschil blijkt in de invoer al "
          "gecorrigeerd."),
    ("p", "[[Mevrouw A. Ruitenberg::Ruitenberg]] (kiezer, [[Wipstrikkerallee 140::Wipstrikkerallee 140]]) maakt bezwaar tegen het feit "
          "dat zij in stembureau 40 haar stempas moest laten zien aan haar buurman, die lid van het stembureau "
          "was. Het bezwaar wordt opgenomen in het proces-verbaal (Model P 22-2)."),
    ("pagebreak",),
    ("h", "4. Vaststelling van de uitslag en zetelverdeling"),
    ("p", "Opkomst: 62,4 procent (82.319 van de 131.922 kiesgerechtigden). De gemeenteraad telt 39 zetels."),
    ("table", [["Lijst", "Stemmen", "Zetels"], ["GroenLinks-PvdA", "16.412", "8"], ["Swollwacht", "12.004", "6"],
               ["VVD", "10.331", "5"], ["ChristenUnie", "9.870", "5"], ["CDA", "8.102", "4"], ["D66", "6.560", "3"],
               ["PVV", "5.221", "2"], ["SP", "3.618", "2"], ["Partij voor de Dieren", "3.140", "1"],
               ["Zwolle Zuid Lokaal", "2.605", "1"], ["BBB", "1.998", "1"], ["JA21", "1.544", "1"],
               ["overige lijsten", "914", "0"]], [4, 2, 1]),
    ("p", "Gekozen voor Zwolle Zuid Lokaal: J.M. Hofman-Brink. De gekozen kandidaten worden schriftelijk op de "
          "hoogte gesteld (artikel V 1 Kieswet). De geloofsbrieven worden onderzocht door de commissie van de raad; "
          "de installatie van de nieuwe raad is op 1 april 2026."),
    ("h", "5. Sluiting"),
    ("p", "De voorzitter sluit de zitting om 11.14 uur. Het proces-verbaal (Model P 22-2) wordt direct na de "
          "zitting gepubliceerd en aan de Kiesraad gezonden."),
    ("p", "Voor het verslag: [[R. ter Haar::Haar]], secretaris"),
  ],
  keep=[("PERSON_PUBLIC", "Landman"), ("PERSON_PUBLIC", "Veerman"), ("PERSON_PUBLIC", "Hofman-Brink"),
        ("LAW", "artikel P 19"), ("LAW", "artikel V 1"), ("DOC", "Model P 22-2"), ("DOC", "Model Na 31-2"),
        ("PLACE", "Burgerzaal"), ("NUMBER", "82.319"), ("NUMBER", "39 zetels"), ("ORG", "Zwolle Zuid Lokaal"),
        ("ORG", "Partij voor de Dieren"), ("DATE", "23 maart 2026")])

# ------------------------------------------------------------------ gr20 e-mail by the griffier (civil servant: redact)
D(stem="gr20", producer="rl", font="Carlito", size=10.5, pdf_title="geloofsbrieven en installatie", creator="Microsoft Outlook",
  blocks=[
    mailhdr("[[Bosgraaf-Tuinstra, Annelies::Bosgraaf;Tuinstra;Annelies]] <[[a.bosgraaf@zwolle.nl]]>",
            "[[Bergh-Scholte, Marloes van den::Bergh;Scholte;Marloes]]; [[Haar, Ruud ter::Haar;Ruud]]",
            "dinsdag 24 maart 2026 09:18", "Geloofsbrieven nieuwe raadsleden en installatie 1 april",
            cc="Griffie Zwolle <griffie@zwolle.nl>; burgemeester Snijders"),
    ("p", "Beste [[Marloes]] en [[Ruud]],"),
    ("p", "Dank voor het proces-verbaal van de zitting van gisteren. De commissie onderzoek geloofsbrieven (raadslid "
          "Veerman, raadslid Landman en raadslid Ayoub Chaouch) komt op 30 maart om 19.00 uur bijeen in de "
          "Commissiekamer. Ik heb van jullie nodig: de benoemingsbrieven (Model I 3) en de verklaringen van "
          "aanvaarding van alle 39 gekozenen, en een overzicht van de nevenfuncties."),
    ("p", "Van de gekozen kandidaat van Zwolle Zuid Lokaal, mevrouw Hofman-Brink, ontbreekt nog de verklaring over "
          "nevenfuncties. Kunnen jullie haar via de gemachtigde ([[Koerselman]]) vragen die voor 27 maart in te "
          "leveren? Het privé-adres staat niet in ons raadsinformatiesysteem en dat houden we zo."),
    ("p", "Wethouder Schuttenbeld en wethouder Hans Blom blijven aan tot de installatie van het nieuwe college; "
          "de afscheidsraad is op 31 maart 2026."),
    ("p", "Hartelijke groet,<br/>[[Annelies]]"),
    ("p", "[[mr. A. (Annelies) Bosgraaf-Tuinstra::Bosgraaf;Tuinstra]]<br/>griffier van de gemeenteraad van Zwolle<br/>"
          "T [[06-33019284]] | griffie@zwolle.nl<br/>Stadhuis, Grote Kerkplein 15, 8011 PK Zwolle"),
    ("small", "Werkdagen: maandag t/m donderdag."),
  ],
  keep=[("PERSON_PUBLIC", "Veerman"), ("PERSON_PUBLIC", "Landman"), ("PERSON_PUBLIC", "Chaouch"),
        ("PERSON_PUBLIC", "Hofman-Brink"), ("PERSON_PUBLIC", "Blom"), ("EMAIL_FUNCTIONAL", "griffie@zwolle.nl"),
        ("DOC", "Model I 3"), ("TITLE", "griffier van de gemeenteraad"), ("PLACE", "Commissiekamer"),
        ("ORG", "Zwolle Zuid Lokaal")])

# ------------------------------------------------------------------ gr21 fees of polling staff (IBAN)
D(stem="gr21", producer="rl", font="LibMono", size=9, pdf_title="Betaalbestand vergoedingen stembureauleden",
  creator="SAP Crystal Reports", footer="Afdeling Financiën – betaalrun 2026-04 – kostenplaats 6120450",
  blocks=[
    ("title", "Vergoedingen stembureauleden GR2026 – betaalrun 2026-04"),
    ("p", "Vergoeding volgens de Verordening vergoedingen verkiezingen Zwolle 2018: voorzitter € 230, plv. voorzitter "
          "€ 200, lid € 175, teller € 90, reserve (opgeroepen) € 50, toeslag na 23.00 uur € 25. Uitbetaling uiterlijk "
          "17 april 2026."),
    ("table", [["Relatienr.", "Naam", "IBAN", "Functie", "Bedrag"]] + [
        [f"[[R{700311 + 7 * i}]]", f"[[{v[0]}::{v[1]}]]", f"[[{v[4]}]]", fn, bd]
        for i, (v, fn, bd) in enumerate(zip(VOL[:8], ["voorzitter", "plv. voorzitter", "lid", "teller", "voorzitter",
                                                  "lid", "lid", "teller", "voorzitter", "plv. voorzitter", "lid",
                                                  "lid", "teller", "teller", "reserve", "reserve"],
                                            ["€ 230,00", "€ 200,00", "€ 175,00", "€ 115,00", "€ 230,00", "€ 175,00",
                                             "€ 175,00", "€ 90,00", "€ 255,00", "€ 225,00", "€ 175,00", "€ 175,00",
                                             "€ 115,00", "€ 115,00", "€ 50,00", "€ 0,00"]))],
     [1.2, 3.0, 3.0, 1.7, 1.1]),
    ("p", "Totaal deze pagina: 8 regels, € 1.390,00. Gecontroleerd: [[FeI]] / [[SW]]. Geautoriseerd door budgethouder "
          "[[H.J. Dijkhuizen::Dijkhuizen]]."),
  ],
  keep=[("LAW", "Verordening vergoedingen verkiezingen Zwolle 2018"), ("REF", "2026-04"), ("REF", "6120450"),
        ("ORG", "Financiën"), ("AMOUNT", "€ 1.390,00")])

# ------------------------------------------------------------------ gr22 filled-in application form (values only in AcroForm fields)
def _draw22(c):
    c.setFont("Helvetica-Bold", 10)
    c.drawString(57, 470, "Uw gegevens")
    c.setFont("Helvetica", 9.5)
    for i, lab in enumerate(["Voornaam en achternaam", "E-mailadres", "Mobiel nummer", "IBAN (voor de vergoeding)",
                             "Geboortedatum", "Voorkeur stembureau"]):
        c.drawString(57, 446 - 26 * i, lab + ":")


D(stem="gr22", producer="rl", font="Helvetica", size=10, pdf_title="Aanmeldformulier stembureaulid",
  creator="Gemeente Zwolle e-formulieren (Adobe LiveCycle)", draw=_draw22,
  hidden={"fields": [
      {"name": "naam", "value": "Esra Ko\u00e7", "rect": (220, 440, 480, 458)},
      {"name": "email", "value": "esra.koc2004@hotmail.com", "rect": (220, 414, 480, 432)},
      {"name": "mobiel", "value": "06-14452093", "rect": (220, 388, 480, 406)},
      {"name": "iban", "value": "NL91 ABNA 0417 1643 00", "rect": (220, 362, 480, 380)},
      {"name": "geboortedatum", "value": "17-03-2004", "rect": (220, 336, 480, 354)},
      {"name": "voorkeur", "value": "44 Hogeschool Windesheim", "rect": (220, 310, 480, 328)}]},
  hidden_probes=[("PERSON", "Esra Koç", "Esra", "annotations"), ("PERSON", "Esra Koç", "Koç", "annotations"),
                 ("EMAIL", "esra.koc2004@hotmail.com", "esra.koc2004@hotmail.com", "annotations"),
                 ("PHONE", "06-14452093", "06-14452093", "annotations"),
                 ("IBAN", "NL91 ABNA 0417 1643 00", "NL91 ABNA 0417 1643 00", "annotations"),
                 ("DATE_OF_BIRTH", "17-03-2004", "17-03-2004", "annotations")],
  blocks=[
    ("title", "Aanmelden als stembureaulid – gemeenteraadsverkiezingen 18 maart 2026"),
    ("p", "Wilt u helpen op de verkiezingsdag? Vul dit formulier in en stuur het naar verkiezingen@zwolle.nl. U moet "
          "op de verkiezingsdag minimaal 16 jaar zijn en de e-learning Stembureauleden van de Kiesraad hebben "
          "gevolgd. U ontvangt een vergoeding volgens de Verordening vergoedingen verkiezingen Zwolle 2018."),
    ("p", "Wij gebruiken uw gegevens alleen voor de organisatie van de verkiezingen en bewaren ze tot zes maanden "
          "na de verkiezing (privacyverklaring Publiekszaken, zwolle.nl/privacy)."),
    ("space", 145),
    ("small", "Formulier ontvangen op 19 januari 2026 – registratienummer AF-2026-0187 – ingedeeld: stembureau 44."),
  ],
  keep=[("REF", "AF-2026-0187"), ("LAW", "Verordening vergoedingen verkiezingen Zwolle 2018"),
        ("URL", "zwolle.nl/privacy")])

# ------------------------------------------------------------------ gr23 draaiboek verkiezingsdag (2 pages, landscape)
D(stem="gr23", producer="rl", font="LibSans", size=9, landscape=True, pdf_title="Draaiboek verkiezingsdag 18 maart 2026",
  creator="Microsoft Word", footer="Draaiboek verkiezingsdag GR2026 – versie 1.3 – team Verkiezingen",
  blocks=[
    ("title", "Draaiboek verkiezingsdag en uitslagavond – 18 maart 2026"),
    ("p", "Crisisnummer verkiezingsteam op de dag zelf: 14 038, keuze 5 (doorgeschakeld naar het verkiezingsteam in "
          "kamer 2.14). Alleen bij calamiteiten de mobiele nummers hieronder gebruiken."),
    ("table", [["Tijd", "Activiteit", "Verantwoordelijk", "Bereikbaar", "Back-up"],
               ["06.30", "Sleuteluitgifte stembureaus (bode, ingang Grote Kerkplein)", "[[B. Timmerman::Timmerman]]",
                "[[06-45120387]]", "[[Henk-Jan::Henk-Jan]]"],
               ["07.00", "Stembureaus ingericht; melding 'open' via app", "[[S. Wesselink::Wesselink]]", "[[06-28375519]]",
                "[[Fatima::Fatima]]"],
               ["07.30", "Opening stembureaus; persmoment stembureau 1 met burgemeester Snijders", "[[L. Vermeulen::Vermeulen]]",
                "[[06-20394857]]", "communicatie@zwolle.nl"],
               ["09.00–20.00", "Rondes coördinatoren (wijken Noord, Zuid, Oost, West, Centrum)",
                "[[Sjoerd]] / [[Gerdien Pool::Pool;Gerdien]] / [[Ahmed Bouzid::Bouzid;Ahmed]]",
                "[[06-28375519]] / [[06-13098754]]", "reservepool"],
               ["10.00–16.00", "Mobiel stembureau 60 (Marslanden, Schellerhoek)", "Keolis (chauffeur), [[Ilse]]",
                "[[06-36627481]]", "[[Bas]]"],
               ["21.00", "Sluiting; start telling", "voorzitters", "–", "–"],
               ["21.00–01.00", "Ontvangst processen-verbaal Burgerzaal; eerste en tweede invoer OSV2020",
                "[[T. Oude Nijhuis::Nijhuis]]", "[[06-19283746]]", "[[Fatima]]"],
               ["23.45", "Voorlopige uitslag aan burgemeester Snijders en wethouder Schuttenbeld", "[[M. van den Bergh::Bergh]]",
                "[[06-41873920]]", "[[Henk-Jan]]"],
               ["00.30", "Persbericht voorlopige uitslag (zwolle.nl, RTV Oost, de Stentor)", "[[L. Vermeulen::Vermeulen]]",
                "[[06-20394857]]", "[[Marloes]]"]],
     [1.1, 4.2, 2.5, 2.2, 1.6]),
    ("pagebreak",),
    ("h", "Bijlage: contactgegevens beheerders van stemlokalen"),
    ("table", [["Nr.", "Locatie", "Beheerder", "Telefoon"],
               ["1", "Stadhuis, Grote Kerkplein 15", "Facilitaire Zaken (bode)", "14 038"],
               ["17", "Sporthal Stadshagen, Zwartewaterallee 55", "sportbedrijf", "038 498 3300"],
               ["23", "Wijkcentrum De Enk, Van der Capellenstraat 2", "[[Harm Jan Olthof::Olthof;Harm]]", "[[06-93014422]]"],
               ["31", "Wijkcentrum Holtenbroek, Ruusbroecstraat 10", "Travers Welzijn", "038 422 6800"],
               ["40", "Kerkelijk centrum De Fontein, Thorbeckegracht 41", "[[dhr. J. van Essen::Essen]]", "[[038-4217730]]"]],
     [0.6, 4.5, 3, 2]),
    ("p", "Bij een storing van de stroom of ICT in een stemlokaal: stembureau blijft open, voorzitter belt "
          "14 038 keuze 5. Bij agressie: 112 bellen en daarna het verkiezingsteam."),
  ],
  keep=[("ADDRESS_PUBLIC", "Van der Capellenstraat 2"),
        ("ADDRESS_PUBLIC", "Thorbeckegracht 41"), ("ADDRESS_PUBLIC", "Ruusbroecstraat 10"),
        ("EMAIL_FUNCTIONAL", "communicatie@zwolle.nl"), ("PHONE_GENERAL", "038 422 6800"),
        ("PHONE_GENERAL", "038 498 3300"), ("ORG", "Travers Welzijn"), ("ORG", "RTV Oost"), ("PLACE", "Marslanden"),
        ("TITLE", "burgemeester Snijders")])

# ------------------------------------------------------------------ gr24 memo to the burgemeester with paraph table
D(stem="gr24", producer="rl", font="Helvetica", size=10, pdf_title="Advies hertelling stembureau 31",
  creator="Microsoft Word", blocks=[
    ("title", "Memo"),
    ("kv", [("Aan", "burgemeester P.H. Snijders, voorzitter centraal stembureau"),
            ("Van", "[[R. ter Haar::Haar]], juridisch adviseur, team Verkiezingen"),
            ("Via", "[[H.J. Dijkhuizen::Dijkhuizen]], afdelingsmanager Publiekszaken"),
            ("Datum", "20 maart 2026"), ("Kenmerk", "MEMO-CSB-2026-03"),
            ("Onderwerp", "Geen nieuwe telling stembureau 31; bezwaar kiezer")], 70),
    ("h", "Aanleiding"),
    ("p", "In stembureau 31 (Wijkcentrum Holtenbroek) was op 18 maart 2026 na de eerste telling een verschil van 14 "
          "tussen het aantal toegelaten kiezers en het aantal getelde stembiljetten. Het stembureau heeft zelf "
          "herteld; daarna resteerde een verklaard verschil van 2."),
    ("h", "Advies"),
    ("p", "Wij adviseren het centraal stembureau in de zitting van 23 maart 2026 geen nieuwe telling te verrichten "
          "(artikel P 19a Kieswet). Het verschil is verklaard en kleiner dan de drempel uit de Handreiking "
          "uitslagvaststelling van de Kiesraad. Raadslid Landman heeft in de commissie Bestuur naar de gang van "
          "zaken gevraagd; wij stellen voor haar na de zitting schriftelijk te informeren."),
    ("p", "Het bezwaar van een kiezer over de toegankelijkheid (rolstoel, 16.20 uur) wordt apart afgehandeld als klacht."),
    ("h", "Paraaf"),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["[[R. ter Haar::Haar]]", "juridisch adviseur", "[[RtH]]", "20-3"],
               ["[[M. van den Bergh-Scholte::Bergh;Scholte]]", "teamleider Verkiezingen", "[[MvdB]]", "20-3"],
               ["[[H.J. Dijkhuizen::Dijkhuizen]]", "afdelingsmanager", "[[HJD]]", "20-3"]], [3, 3, 1.5, 1.2]),
    ("p", "Akkoord burgemeester: ja, 21 maart 2026 (P.H. Snijders)"),
  ],
  keep=[("REF", "MEMO-CSB-2026-03"), ("LAW", "artikel P 19a"), ("PERSON_PUBLIC", "Landman"),
        ("TITLE", "juridisch adviseur"), ("TITLE", "afdelingsmanager Publiekszaken"), ("ORG", "commissie Bestuur"),
        ("DOC", "Handreiking uitslagvaststelling")])

# ------------------------------------------------------------------ gr25 e-mail with the Kiesraad about the upload of the result
D(stem="gr25", producer="rl", font="Helvetica", size=10, pdf_title="EML uitslagbestand", creator="Microsoft Outlook",
  blocks=[
    mailhdr("[[Akkerman, Daan::Akkerman;Daan]] <[[d.akkerman@kiesraad.nl]]>", "Verkiezingen Zwolle <verkiezingen@zwolle.nl>",
            "dinsdag 24 maart 2026 14:03", "RE: EML-bestand uitslag Zwolle GR2026 – controle hash",
            cc="[[Oude Nijhuis, Thijs::Nijhuis;Thijs]] <[[t.oudenijhuis@zwolle.nl]]>; Kiesraad uitslagen <uitslagen@kiesraad.nl>"),
    ("p", "Beste collega's in Zwolle,"),
    ("p", "Het EML-bestand (Model P 22-2 in EML_NL-formaat) is goed ontvangen. De hashcode in het bestand komt overeen "
          "met de hashcode op het papieren proces-verbaal (eerste vier tekens 7F3A). De uitslag van Zwolle staat "
          "vanaf morgen op verkiezingsuitslagen.nl."),
    ("p", "Eén opmerking: in de bijlage bij het proces-verbaal staat bij lijst 11 (JA21) een voorkeurstem-totaal van "
          "1.545, in het EML-bestand 1.544. Het centraal stembureau moet dit niet herstellen als het om een "
          "overschrijffout in de bijlage gaat, maar wel in het verslag vermelden. Kunnen jullie dit bevestigen?"),
    ("p", "Met vriendelijke groet,<br/>[[Daan Akkerman]]<br/>Kiesraad | team Uitslagen en Kandidaatstelling<br/>"
          "T 070 426 7329 (algemeen) | [[06-27745012]]"),
    ("hr", ""),
    mailhdr("[[Oude Nijhuis, Thijs::Nijhuis;Thijs]]", "uitslagen@kiesraad.nl", "maandag 23 maart 2026 16:48",
            "EML-bestand uitslag Zwolle GR2026", cc="[[Bergh-Scholte, Marloes van den::Bergh;Scholte;Marloes]]",
            bijlage="Telling_GR2026_Zwolle.eml.xml; PV_P22-2_Zwolle_GR2026.pdf"),
    ("p", "Hierbij het EML-bestand en het getekende proces-verbaal van de zitting van vandaag. Vragen over de "
          "technische kant graag aan mij: [[t.oudenijhuis@zwolle.nl]] of [[06-19283746]]. Inhoudelijke vragen aan "
          "verkiezingen@zwolle.nl."),
    ("p", "Groeten,<br/>[[Thijs]] – applicatiebeheer verkiezingen, gemeente Zwolle"),
  ],
  keep=[("EMAIL_FUNCTIONAL", "uitslagen@kiesraad.nl"), ("DOC", "Model P 22-2"), ("PRODUCT", "EML_NL"),
        ("URL", "verkiezingsuitslagen.nl"), ("PHONE_GENERAL", "070 426 7329"), ("ORG", "JA21"),
        ("DOC", "Telling_GR2026_Zwolle.eml.xml")])

# ------------------------------------------------------------------ gr26 scan: incident form stembureau 17
D(stem="gr26", producer="scan", font="Courier", size=11, producer_label="scan: page rasterised at 200 dpi, rotated, noise, JPEG, Pillow PDF (no text layer)", jpeg_q=60,
  blocks=[
    ("h", "INCIDENTFORMULIER STEMBUREAU – GR 18-03-2026"),
    ("p", "Stembureau nr: 17   Locatie: Sporthal Stadshagen"),
    ("p", "Tijdstip: 14.05 uur"),
    ("p", "Omschrijving: kiezer [[Peter Hartgers::Hartgers;Peter]] ([[geb. 02-11-1958::02-11-1958]]) kwam stemmen met een "
          "volmacht van zijn buurvrouw [[R. Meilink::Meilink]]. Op het volmachtbewijs stond een andere naam. "
          "Volmacht geweigerd; kiezer is boos vertrokken en kwam om 15.30 uur terug met [[mevrouw Meilink::Meilink]]."),
    ("p", "Genomen maatregel: opgenomen in PV (N 10-1, rubriek 4). Coordinator gebeld."),
    ("p", "Ingevuld door (voorzitter): [[Kees Vrielink::Vrielink;Kees]]"),
    ("p", "Telefoon voorzitter: [[06-55203917]]"),
    ("sig", "[[K. Vrielink::Vrielink]]", 24),
  ])

# ------------------------------------------------------------------ gr27 letter to a voter: replacement stempas
D(stem="gr27", producer="rl", font="LibSerif", size=10.5, pdf_title="Vervangende stempas", creator="Centric Burgerzaken",
  blocks=[
    ("right", "Gemeente Zwolle<br/>Publiekszaken – Verkiezingen"),
    ("p", "[[Mevrouw N. Çelik-van Dam::Çelik;Dam]]<br/>[[Schoenmakersstraat 3b::Schoenmakersstraat 3b]]<br/>[[8011 KH Zwolle::8011 KH]]"),
    ("kv", [("Datum", "11 maart 2026"), ("Ons kenmerk", "VS-2026-00871"), ("Stempasnummer oud", "[[SP 0412-2291::0412-2291]]"),
            ("Stempasnummer nieuw", "[[SP 0412-9833::0412-9833]]")], 100),
    ("p", "Geachte mevrouw [[Çelik-van Dam::Çelik]],"),
    ("p", "U heeft op 10 maart 2026 aan de balie van het Stadhuis gemeld dat uw stempas voor de "
          "gemeenteraadsverkiezingen van 18 maart 2026 verloren is gegaan. Bij deze brief ontvangt u een vervangende "
          "stempas. De oude stempas is ongeldig gemaakt (artikel J 7a Kieswet); wie daarmee probeert te stemmen, "
          "wordt niet toegelaten."),
    ("p", "Neem op de verkiezingsdag uw vervangende stempas en een geldig identiteitsbewijs mee. Een identiteitsbewijs "
          "mag maximaal vijf jaar verlopen zijn. U kunt stemmen in elk stembureau in Zwolle; een overzicht staat op "
          "zwolle.nl/stembureaus."),
    ("p", "Met vriendelijke groet,<br/>team Verkiezingen<br/>verkiezingen@zwolle.nl | 14 038"),
  ],
  footer=ADRES_GEM,
  keep=[("REF", "VS-2026-00871"), ("LAW", "artikel J 7a"), ("URL", "zwolle.nl/stembureaus")])

# ------------------------------------------------------------------ gr28 register of written proxies and kiezerspassen
D(stem="gr28", producer="rl", font="DejaVuSans", size=8.5, pdf_title="Register schriftelijke volmachten en kiezerspassen",
  creator="Centric Burgerzaken – rapportage", footer="Register volmachten/kiezerspassen GR2026 – uitdraai 13 maart 2026 – blad 1 van 1",
  blocks=[
    ("title", "Register schriftelijke volmachten en kiezerspassen (uittreksel)"),
    ("p", "Aanvragen ontvangen tot en met 13 maart 2026, 17.00 uur (artikel L 7 en K 4 Kieswet). V = schriftelijke "
          "volmacht (Model L 8), K = kiezerspas (Model K 1)."),
    ("table", [["Nr.", "Soort", "Aanvrager (volmachtgever)", "Geb.datum", "Gemachtigde", "Stempas gemachtigde", "Reden / opmerking"],
               ["V-031", "V", "[[Hendriks, A.M.::Hendriks]]", "[[12-09-1939]]", "[[Hendriks-Oosterhof, L.::Oosterhof]]", "[[0415-0092]]", "[[verblijft in verpleeghuis::verpleeghuis@HEALTH]]"],
               ["V-032", "V", "[[Brummelman, J.::Brummelman]]", "[[03-03-1984]]", "[[Kolkman, S.::Kolkman]]", "[[0411-7720]]", "buitenland (werk)"],
               ["V-033", "V", "[[el Amrani, Karima::Amrani;Karima]]", "[[19-06-1990]]", "[[el Amrani, Hassan::Amrani;Hassan]]", "[[0413-5531]]", ""],
               ["K-014", "K", "[[Uittenbogaard, P.::Uittenbogaard]]", "[[28-02-1977]]", "–", "–", "stemt in Deventer (werk)"],
               ["K-015", "K", "[[Jansen Schoonhoven, Marit::Schoonhoven;Marit]]", "[[09-10-2005]]", "–", "–", "student Groningen"],
               ["V-034", "V", "[[O'Sullivan, Ciarán::Sullivan;Ciarán]]", "[[14-01-1969]]", "[[Bakker-O'Sullivan, E.::Bakker]]", "[[0414-3310]]", "ingetrokken 12-3"],
               ],
     [0.7, 0.5, 2.3, 1.1, 2.1, 1.3, 2.0]),
    ("p", "Ingetrokken volmachten worden in het register van ongeldige stempassen opgenomen en aan de voorzitters "
          "van alle stembureaus doorgegeven."),
    ("small", "Uitgedraaid door [[FeI]] op 13-03-2026 17:12."),
  ],
  keep=[("LAW", "artikel L 7"), ("DOC", "Model L 8"), ("DOC", "Model K 1"), ("PLACE", "Deventer"),
        ("PLACE", "Groningen"), ("REF", "V-031"), ("REF", "K-014")])

# ------------------------------------------------------------------ gr29 press release (almost everything public)
D(stem="gr29", producer="rl", font="Helvetica", size=10.5, pdf_title="Persbericht voorlopige uitslag", creator="Microsoft Word",
  blocks=[
    ("small", "PERSBERICHT – 19 maart 2026, 00.45 uur"),
    ("title", "Voorlopige uitslag gemeenteraadsverkiezingen Zwolle: opkomst 62,4 procent"),
    ("p", "Zwolle – In Zwolle heeft 62,4 procent van de kiesgerechtigden gestemd bij de gemeenteraadsverkiezingen van "
          "18 maart 2026. Dat is meer dan in 2022 (52,1 procent). GroenLinks-PvdA is volgens de voorlopige uitslag de "
          "grootste partij met 8 zetels, gevolgd door Swollwacht (6), VVD (5) en ChristenUnie (5). Nieuw in de raad "
          "is Zwolle Zuid Lokaal met 1 zetel."),
    ("p", "Burgemeester Peter Snijders: 'Ik dank de ruim vierhonderd stembureauleden die vandaag, vaak tot diep in de "
          "nacht, hebben geholpen. Zonder hen geen democratie.' Wethouder Monique Schuttenbeld bezocht het mobiele "
          "stembureau in de Schellerhoek."),
    ("p", "De definitieve uitslag wordt vastgesteld door het centraal stembureau in een openbare zitting op maandag "
          "23 maart 2026 om 10.00 uur in de Burgerzaal van het Stadhuis. Iedereen is welkom. Het proces-verbaal "
          "komt daarna op zwolle.nl/verkiezingen en op verkiezingsuitslagen.nl van de Kiesraad."),
    ("p", "In stembureau 31 (Holtenbroek) is op verzoek van de voorzitter opnieuw geteld. Volgens de gemeente heeft "
          "dat geen invloed op de zetelverdeling."),
    ("small", "Noot voor de redactie, niet voor publicatie: vragen aan de persvoorlichter van de burgemeester via "
              "14 038 of pers@zwolle.nl. Op de uitslagavond bereikbaar: [[Lotte Vermeulen::Vermeulen;Lotte]], "
              "[[06-20394857]]."),
  ],
  keep=[("PERSON_PUBLIC", "Peter Snijders"), ("PERSON_PUBLIC", "Monique Schuttenbeld"), ("EMAIL_FUNCTIONAL", "pers@zwolle.nl"),
        ("NUMBER", "62,4 procent"), ("ORG", "Zwolle Zuid Lokaal"), ("PLACE", "Schellerhoek"), ("PLACE", "Burgerzaal"),
        ("URL", "zwolle.nl/verkiezingen"), ("URL", "verkiezingsuitslagen.nl"), ("PLACE", "Holtenbroek")])

# ------------------------------------------------------------------ gr30 mass mail with private addresses in Aan (data breach)
D(stem="gr30", producer="rl", font="Carlito", size=10.5, pdf_title="Laatste informatie verkiezingsdag", creator="Microsoft Outlook",
  blocks=[
    mailhdr("Verkiezingen Zwolle <verkiezingen@zwolle.nl>",
            "[[riekmulder51@hetnet.nl]]; [[bram.kuipers98@gmail.com]]; [[noor.haddou@student.windesheim.nl]]; "
            "[[w.vantslot@kpnplanet.nl]]; [[trees.gerritsen@ziggo.nl]]; [[jw.tenbrinke@outlook.com]]; "
            "[[oksana.kovalenko86@gmail.com]]; [[m.yilmaz79@hotmail.com]]; [[femkedehaan@icloud.com]]",
            "maandag 16 maart 2026 15:31", "Laatste informatie verkiezingsdag – stembureaus 1, 12 en 31",
            bijlage="Instructiekaart_voorzitter_2026.pdf"),
    ("p", "Beste stembureauleden,"),
    ("p", "Over twee dagen is het zover. In de bijlage vindt u de instructiekaart. Denk aan: uw benoemingsbrief, een "
          "geldig identiteitsbewijs, eten en drinken voor de hele dag. De voorzitters halen om 06.30 uur de sleutel "
          "op bij de bode van het Stadhuis (ingang Grote Kerkplein)."),
    ("p", "Bij ziekte of verhindering belt u zo snel mogelijk 14 038, keuze 5."),
    ("p", "Met vriendelijke groet,<br/>[[Sjoerd Wesselink::Wesselink;Sjoerd]]<br/>coördinator stembureaus"),
    ("hr", ""),
    mailhdr("Verkiezingen Zwolle <verkiezingen@zwolle.nl>", "Verkiezingen Zwolle <verkiezingen@zwolle.nl>",
            "maandag 16 maart 2026 15:52", "Excuses: e-mailadressen zichtbaar",
            cc="BCC: 9 ontvangers; Functionaris gegevensbescherming <fg@zwolle.nl>"),
    ("p", "Beste stembureauleden, in de vorige e-mail stonden uw e-mailadressen per ongeluk zichtbaar in het "
          "aan-veld. Onze excuses. Wij hebben dit gemeld bij de functionaris gegevensbescherming (melding "
          "DL-2026-014). Wilt u de vorige e-mail verwijderen en niet doorsturen?"),
  ],
  keep=[("EMAIL_FUNCTIONAL", "fg@zwolle.nl"), ("REF", "DL-2026-014"), ("DOC", "Instructiekaart_voorzitter_2026.pdf"),
        ("TITLE", "coördinator stembureaus"), ("TITLE", "functionaris gegevensbescherming")])

# ------------------------------------------------------------------ gr31 incident log (sticky notes in annotations)
D(stem="gr31", producer="rl", font="LibSans", size=9, pdf_title="Logboek verkiezingsteam 18 maart 2026",
  creator="Microsoft Excel", footer="Logboek verkiezingsteam – LCMS-notatie – vertrouwelijk tot vaststelling uitslag",
  hidden={"notes": [
      {"page": 0, "xy": (520, 700), "author": "Gerdien Pool",
       "text": "Gerdien: melding 09.40 is door mij afgehandeld, zie app-groep"},
      {"page": 0, "xy": (520, 520), "author": "Ruud ter Haar",
       "text": "Nalopen met Wouter Scheepstra of de politie een proces-verbaal heeft opgemaakt"}]},
  hidden_probes=[("PERSON", "Gerdien Pool", "Gerdien", "annotations"), ("PERSON", "Gerdien Pool", "Pool", "annotations"),
                 ("PERSON", "Ruud ter Haar", "Ruud", "annotations"),
                 ("PERSON", "Wouter Scheepstra", "Scheepstra", "annotations"),
                 ("PERSON", "Wouter Scheepstra", "Wouter", "annotations")],
  blocks=[
    ("title", "Logboek verkiezingsteam – woensdag 18 maart 2026"),
    ("table", [["Tijd", "SB", "Melding", "Door", "Actie / afhandeling"],
               ["07.32", "40", "Deur kerkelijk centrum nog dicht, beheerder niet bereikbaar", "[[SW]]", "reservesleutel via bode; open 07.41"],
               ["08.15", "4", "Rij van 40 kiezers in stationshal", "[[MvdB]]", "extra stemhokje uit voorraad"],
               ["09.40", "23", "Kiezer filmt stembiljet in stemhokje", "[[GP]]", "voorzitter spreekt kiezer aan; stembiljet niet ongeldig"],
               ["11.05", "36", "Stemmal ontbreekt (Isala)", "[[FeI]]", "stemmal gebracht door [[Bas]]"],
               ["14.05", "17", "Volmacht geweigerd, kiezer boos", "[[SW]]", "incidentformulier ingevuld"],
               ["16.20", "31", "Bezwaar kiezer: stemhokje niet toegankelijk", "[[SW]]", "verlaagd hokje geplaatst 16.35"],
               ["19.40", "12", "Kiezer beïnvloedt andere kiezers", "[[SW]]", "kiezer verwijderd door voorzitter"],
               ["21.19", "17", "Voorzitter onwel", "[[SW]]", "plv. voorzitter neemt over; [[Ilse Pronk::Pronk;Ilse]] gebeld"],
               ["22.37", "31", "Verschil 14 bij telling", "[[SW]] / [[RtH]]", "hertelling op stembureau"],
               ["00.24", "31", "Hertelling gereed, verschil 2 verklaard", "[[FeI]]", "vermeld in PV"]],
     [0.7, 0.5, 4, 1, 3.6]),
    ("p", "Afkortingen: SB = stembureau; PV = proces-verbaal; LCMS = Landelijk Crisismanagement Systeem."),
  ],
  keep=[("ORG", "Isala"), ("ORG", "Landelijk Crisismanagement Systeem"), ("TERM", "LCMS")])

# ------------------------------------------------------------------ gr32 inventory list (outline titles hidden)
INV = [
    ("1", "Besluit benoeming leden centraal stembureau", "16-12-2025", "deels openbaar", "5.1.2e"),
    ("2", "Rooster stembureauleden (stembureaus 1, 12, 31)", "11-03-2026", "deels openbaar", "5.1.2e"),
    ("3", "Overzicht stembureaus GR2026", "02-02-2026", "openbaar", ""),
    ("4", "E-mailwisseling Kiesraad nummering kandidatenlijsten", "05-02-2026", "deels openbaar", "5.1.2e"),
    ("5", "E-mailwisseling tekort tellers", "09-03-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("6", "Teams-chat verkiezingsteam", "18-03-2026", "deels openbaar", "5.1.2e"),
    ("7", "WhatsApp-groep stembureau 40 (schermafdruk)", "17-03-2026", "deels openbaar", "5.1.2e"),
    ("8", "Proces-verbaal stembureau 31 (Model N 10-1)", "19-03-2026", "reeds openbaar", ""),
    ("9", "Klacht kiezer stembureau 31", "19-03-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("10", "Kandidatenlijst Zwolle Zuid Lokaal (Model H 1)", "02-02-2026", "deels openbaar", "5.1.2e"),
    ("11", "Ondersteuningsverklaringen (Model H 4)", "14-01-2026", "deels openbaar", "5.1.2e"),
    ("12", "Verslag overleg verkiezingsteam", "24-02-2026", "deels openbaar", "5.1.2e"),
    ("13", "Verslag zitting centraal stembureau", "23-03-2026", "deels openbaar", "5.1.2e"),
    ("14", "Betaalbestand vergoedingen stembureauleden", "14-04-2026", "deels openbaar", "5.1.2e"),
    ("15", "Register volmachten en kiezerspassen", "13-03-2026", "deels openbaar", "5.1.2e, 5.1.1d"),
    ("16", "Persbericht voorlopige uitslag", "19-03-2026", "reeds openbaar", ""),
    ("17", "Concept-nota burgemeester inzet stembureaulid 23", "25-02-2026", "niet openbaar", "5.2.1"),
]
D(stem="gr32", producer="rl", font="LibSans", size=9, landscape=True, pdf_title="Inventarislijst Woo-besluit Z/26/184403-WOO",
  creator="Microsoft Excel",
  hidden={"outline": [("Inventarislijst", 0), ("Opmerkingen Joyce en Ruud - niet publiceren", 0)]},
  hidden_probes=[("PERSON", "Joyce Brinkhuis-Lammers", "Joyce", "outline"), ("PERSON", "Ruud ter Haar", "Ruud", "outline")],
  blocks=[
    ("title", "Inventarislijst bij besluit op Woo-verzoek Z/26/184403-WOO"),
    ("p", "Verzoeker: particulier. Onderwerp: organisatie gemeenteraadsverkiezingen 18 maart 2026. Weigeringsgronden: "
          "5.1.1d Woo (bijzondere persoonsgegevens), 5.1.2e Woo (eerbiediging van de persoonlijke levenssfeer), "
          "5.2.1 Woo (persoonlijke beleidsopvattingen)."),
    ("table", [["Nr.", "Document", "Datum", "Beoordeling", "Grond"]] + [list(r) for r in INV], [0.5, 5, 1.2, 1.6, 1.6]),
    ("small", "Documenten 8 en 16 zijn al openbaar (zwolle.nl/verkiezingen) en worden niet opnieuw verstrekt."),
  ],
  keep=[("REF", "Z/26/184403-WOO"), ("LAW", "5.1.2e"), ("LAW", "5.1.1d"), ("LAW", "5.2.1"),
        ("DOC", "Model N 10-1"), ("DOC", "Model H 1"), ("ORG", "Zwolle Zuid Lokaal"), ("TERM", "deels openbaar"),
        ("TERM", "niet openbaar"), ("URL", "zwolle.nl/verkiezingen")])

# ------------------------------------------------------------------ gr33 decision on the Woo request (2 pages)
D(stem="gr33", producer="rl", font="Helvetica", size=10, pdf_title="Besluit op uw Woo-verzoek", creator="Microsoft Word",
  footer=ADRES_GEM,
  blocks=[
    ("right", "**Gemeente Zwolle**"),
    ("p", "Aangetekend en per e-mail ([[l.wiegersma@kpnmail.nl]])<br/>[[De heer L. Wiegersma::Wiegersma]]<br/>"
          "[[Koestraat 41]]<br/>[[8011 NK Zwolle::8011 NK]]"),
    ("kv", [("Datum", "12 mei 2026"), ("Ons kenmerk", "Z/26/184403-WOO/B"), ("Onderwerp", "Besluit op uw Woo-verzoek"),
            ("Contactpersoon", "[[mw. J. Brinkhuis-Lammers::Brinkhuis;Lammers]], [[038 498 2240]]")], 80),
    ("p", "Geachte heer [[Wiegersma]],"),
    ("p", "Op 2 april 2026 heeft u ons gevraagd om documenten over de organisatie van de gemeenteraadsverkiezingen "
          "van 18 maart 2026 (Wet open overheid). Bij brief van 28 april 2026 hebben wij de beslistermijn met twee "
          "weken verdaagd. In deze brief leest u ons besluit."),
    ("h", "Besluit"),
    ("p", "Wij maken de documenten 1 tot en met 7 en 9 tot en met 15 uit de inventarislijst deels openbaar. Document "
          "17 maken wij niet openbaar. De documenten 8 en 16 zijn al openbaar."),
    ("h", "Zienswijzen"),
    ("p", "Wij hebben de leden van het centraal stembureau, de gemachtigde van Zwolle Zuid Lokaal en 23 "
          "stembureauleden om hun zienswijze gevraagd. Zij hebben allen bezwaar gemaakt tegen openbaarmaking van "
          "hun naam en contactgegevens."),
    ("h", "Overwegingen"),
    ("p", "Namen en contactgegevens van medewerkers van de gemeente en van de Kiesraad maken wij niet openbaar, met "
          "uitzondering van de burgemeester. De burgemeester is op grond van de Kieswet voorzitter van het centraal "
          "stembureau en treedt in die rol in de openbaarheid. Ook de griffier van de gemeenteraad is een ambtenaar; "
          "zijn of haar naam wordt daarom niet openbaar gemaakt. De namen van wethouders en raadsleden en van "
          "kandidaten op een kandidatenlijst zijn openbaar; de woonadressen van kandidaten niet."),
    ("p", "Stembureauleden zijn vrijwilligers. Hun namen, telefoonnummers, geboortedata en rekeningnummers vallen "
          "onder de eerbiediging van de persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo). Gegevens "
          "over de gezondheid van kiezers zijn bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo) "
          "en worden niet verstrekt."),
    ("pagebreak",),
    ("h", "Document 17"),
    ("p", "Document 17 is een concept-nota voor intern beraad met persoonlijke beleidsopvattingen van medewerkers. "
          "Wij maken deze opvattingen niet openbaar (artikel 5.2, eerste lid, Woo). De feiten in deze nota staan ook "
          "in het verslag van 24 februari 2026 (document 12)."),
    ("h", "Bezwaar"),
    ("p", "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending bezwaar maken "
          "bij het college van burgemeester en wethouders van Zwolle, Postbus 10007, 8000 GA Zwolle, of via "
          "zwolle.nl/bezwaar."),
    ("p", "Met vriendelijke groet,<br/>het college van burgemeester en wethouders van Zwolle,<br/>namens dezen,"),
    ("sig", "[[H.J. Dijkhuizen::Dijkhuizen]]", 20),
    ("p", "[[H.J. Dijkhuizen::Dijkhuizen]]<br/>afdelingsmanager Publiekszaken"),
    ("small", "Bijlagen: inventarislijst; 16 documenten (deels) openbaar."),
  ],
  keep=[("REF", "Z/26/184403-WOO/B"), ("LAW", "artikel 5.1"), ("LAW", "artikel 5.2"), ("URL", "zwolle.nl/bezwaar"),
        ("ORG", "Zwolle Zuid Lokaal"), ("TITLE", "afdelingsmanager Publiekszaken"), ("ADDRESS_PUBLIC", "Postbus 10007")])
