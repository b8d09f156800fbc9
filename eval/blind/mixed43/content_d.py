"""Documents 31-33 of set BA. All persons, addresses and numbers are invented."""
from ids import bsn, iban

DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------------ 31 Outlook thread naamgebruik / BRP (chromium)
doc(name="ba31_mail_naamgebruik_brp.pdf", producer="html", title="RE: RE: aanpassing naamgebruik en adres - Zhou / Melnyk",
    body="""<div class='hdr'><b>Van:</b> Brinkerink-Haverkamp, Lotte &lt;l.brinkerink@deventer.nl&gt;<br>
<b>Verzonden:</b> vrijdag 19 september 2025 14:07<br>
<b>Aan:</b> Zhou, Xiaoming &lt;xiaoming.zhou@saxion.nl&gt;<br>
<b>CC:</b> Wansink, Ruud &lt;r.wansink@deventer.nl&gt;; Burgerzaken Deventer &lt;burgerzaken@deventer.nl&gt;; Melnyk, Olena &lt;olena.melnyk.dev@gmail.com&gt;; Akgül, Mehmet &lt;m.akgul@deventer.nl&gt;<br>
<b>Onderwerp:</b> RE: RE: aanpassing naamgebruik en adres</div>
<p>Beste heer Zhou,</p>
<p>Dank voor uw reactie. Het naamgebruik van uw echtgenote, mevrouw Olena Zhou-Melnyk, is vandaag in de BRP aangepast: zij gebruikt voortaan
de naam van haar echtgenoot gevolgd door haar eigen naam. Uw adreswijziging naar de Rijksstraatweg 61 in Twello kunnen wij niet verwerken:
Twello valt onder de gemeente Voorst. U kunt dat doen via www.voorst.nl of via 14 0571.</p>
<p>Het uittreksel voor uw werkgever Saxion stuur ik per post naar uw huidige adres, Ceintuurbaan 33-A, 7415 AH Deventer.</p>
<p>Met vriendelijke groet,<br>Lotte Brinkerink<br>senior medewerker Naamgebruik | Burgerzaken | Gemeente Deventer<br>
Werkdagen ma, di, do · T 0570 693 412 · Stadhuis, Grote Kerkhof 1</p>
<div class='q'><div class='hdr'><b>Van:</b> Xiaoming Zhou &lt;xiaoming.zhou@saxion.nl&gt;<br><b>Verzonden:</b> donderdag 18 september 2025 22:31<br>
<b>Aan:</b> Burgerzaken Deventer &lt;burgerzaken@deventer.nl&gt;<br><b>CC:</b> Olena Melnyk &lt;olena.melnyk.dev@gmail.com&gt;<br>
<b>Onderwerp:</b> RE: aanpassing naamgebruik en adres</div>
<p>Geachte mevrouw Brinkerink,</p><p>Mijn vrouw en ik zijn op 30 augustus getrouwd in het Stadhuis (ambtenaar van de burgerlijke stand:
de heer Pim Jonkhout). Zij wil graag de naam Zhou-Melnyk gebruiken. Wij gaan op 1 november verhuizen naar Rijksstraatweg 61, 7391 MG Twello.
Mijn nummer is +31 6 3355 0718, dat van Olena 06 87 21 40 55.</p>
<p>Met vriendelijke groet,<br>Xiaoming Zhou<br>docent Informatica, Saxion Hogeschool</p>
<div class='q'><div class='hdr'><b>Van:</b> Burgerzaken Deventer &lt;burgerzaken@deventer.nl&gt;<br><b>Verzonden:</b> dinsdag 16 september 2025 09:12<br>
<b>Aan:</b> xiaoming.zhou@saxion.nl<br><b>Onderwerp:</b> aanpassing naamgebruik en adres</div>
<p>Geachte heer Zhou, wij hebben uw formulier ontvangen. Een medewerker neemt contact met u op. Team Burgerzaken, Gemeente Deventer, 14 0570.</p></div></div>""",
    redact=[("PERSON", "Lotte Brinkerink-Haverkamp", ["Lotte", "Brinkerink-Haverkamp", "Brinkerink"]), ("EMAIL", "l.brinkerink@deventer.nl", ["l.brinkerink@deventer.nl"]),
            ("PERSON", "Xiaoming Zhou", ["Xiaoming", "Zhou"]), ("EMAIL", "xiaoming.zhou@saxion.nl", ["xiaoming.zhou@saxion.nl"]),
            ("PERSON", "Ruud Wansink", ["Wansink, Ruud"]), ("EMAIL", "r.wansink@deventer.nl", ["r.wansink@deventer.nl"]),
            ("PERSON", "Olena Zhou-Melnyk", ["Olena", "Melnyk", "Zhou-Melnyk"]), ("EMAIL", "olena.melnyk.dev@gmail.com", ["olena.melnyk.dev@gmail.com"]),
            ("PERSON", "Mehmet Akgül", ["Akgül, Mehmet"]), ("EMAIL", "m.akgul@deventer.nl", ["m.akgul@deventer.nl"]),
            ("ADDRESS", "Rijksstraatweg 61, 7391 MG Twello", ["Rijksstraatweg 61", "7391 MG"]),
            ("ADDRESS", "Ceintuurbaan 33-A, 7415 AH", ["Ceintuurbaan 33-A", "7415 AH"]), ("PHONE", "0570 693 412", ["0570 693 412"]),
            ("PERSON", "Pim Jonkhout", ["Pim", "Jonkhout"]), ("PHONE", "+31 6 3355 0718", ["+31 6 3355 0718"]), ("PHONE", "06 87 21 40 55", ["06 87 21 40 55"])],
    keep=[("EMAIL_FUNC", "burgerzaken@deventer.nl", ["burgerzaken@deventer.nl"]), ("ORG", "Burgerzaken Deventer", ["Burgerzaken Deventer"]),
          ("ORG", "gemeente Voorst", ["gemeente Voorst"]), ("URL", "www.voorst.nl", ["www.voorst.nl"]), ("PHONE_PUBLIC", "14 0571", ["14 0571"]),
          ("PHONE_PUBLIC", "14 0570", ["14 0570"]), ("ORG", "Saxion", ["Saxion"]), ("ORG", "Saxion Hogeschool", ["Saxion Hogeschool"]),
          ("ADDRESS_PUBLIC", "Grote Kerkhof 1", ["Grote Kerkhof 1"]), ("TITLE", "senior medewerker Naamgebruik", ["senior medewerker Naamgebruik"]),
          ("TITLE", "ambtenaar van de burgerlijke stand", ["ambtenaar van de burgerlijke stand"]), ("TITLE", "docent Informatica", ["docent Informatica"]),
          ("ORG", "Gemeente Deventer", ["Gemeente Deventer"]), ("LAW", "BRP", ["BRP"])])

# ------------------------------------------------------------------ 32 besluitenlijst college B&W (LibreOffice, public, mostly keep)
doc(name="ba32_besluitenlijst_college.pdf", producer="docx", author="Bestuurssecretariaat", title="Openbare besluitenlijst college 30 september 2025",
    header="Gemeente Deventer – Openbare besluitenlijst van het college van burgemeester en wethouders",
    blocks=[("h1", "Openbare besluitenlijst collegevergadering 30 september 2025"),
            ("p", "Aanwezig: burgemeester Ron König (voorzitter), wethouder Gerrit-Jan Wolters, wethouder Nazira El Bouzidi, wethouder Jeroen "
                  "Haverkort-Smeets, wethouder Anke Loohuis; gemeentesecretaris Hester van Lochem. Verslag: bestuurssecretariaat."),
            ("table", [["Nr", "Onderwerp", "Portefeuillehouder", "Besluit"],
                       ["1", "Uitvoeringsplan armoede en schulden 2026-2028", "wethouder El Bouzidi", "Vastgesteld; naar de raad (commissie Sociaal Domein)."],
                       ["2", "Ruimingsronde 2026 Algemene Begraafplaats Diepenveen", "wethouder Haverkort-Smeets", "Ingestemd; publicatie in het Gemeenteblad."],
                       ["3", "Evenementenbeleid 2026, evaluatie Zandweerd Zomerfeest", "burgemeester König", "Ter kennisname; raadsinformatiebrief."],
                       ["4", "Wachtlijst Wmo huishoudelijke hulp", "wethouder Wolters", "Ingestemd met tijdelijke extra aanbieder; RIB vóór 1 november."],
                       ["5", "Bezwaar tegen intrekking bijstand (BZW-2025-118 Leeuwarden)", "—", "Vervallen: betreft een andere gemeente; agendafout."],
                       ["6", "Benoeming leden stembureaus gemeenteraadsverkiezingen 2026 (artikel E 4 Kieswet)", "burgemeester König", "Mandaat aan de teamleider Verkiezingen en Documenten."],
                       ["7", "Beantwoording schriftelijke vragen raadslid Hüseyin Kaplan (DENK) over de Meedoenregeling", "wethouder El Bouzidi", "Vastgesteld."],
                       ["8", "Subsidie Stichting Raster 2026 (algemene voorziening 'schoon huis')", "wethouder Loohuis", "Verleend: € 148.500."]],
             [1, 7.5, 4, 5]),
            ("p", "De besluitenlijst wordt gepubliceerd op www.deventer.nl/college. Stukken met persoonsgegevens zijn niet openbaar (Wet open overheid, "
                  "artikel 5.1 lid 2 onder e). Contact: bestuurssecretariaat@deventer.nl."),
            ("p", "Vastgesteld in de collegevergadering van 7 oktober 2025.\nDe secretaris, H. van Lochem          De burgemeester, R.C. König")],
    redact=[],
    keep=[("PUBLIC_PERSON", p, [p]) for p in ["Ron König", "Gerrit-Jan Wolters", "Nazira El Bouzidi", "Jeroen Haverkort-Smeets", "Anke Loohuis",
                                              "Hester van Lochem", "Hüseyin Kaplan", "H. van Lochem", "R.C. König"]] + [
          ("PUBLIC_PERSON", "surnames", ["El Bouzidi", "Haverkort-Smeets", "König", "Wolters", "Loohuis"]),
          ("ORG", "DENK", ["DENK"]), ("ORG", "Stichting Raster", ["Stichting Raster"]), ("LAW", "Kieswet", ["Kieswet"]),
          ("LAW", "Wet open overheid", ["Wet open overheid"]), ("PLACE", "Algemene Begraafplaats Diepenveen", ["Algemene Begraafplaats Diepenveen"]),
          ("ORG", "Stichting Zandweerd Zomerfeest", ["Zandweerd Zomerfeest"]), ("PROGRAMME", "Meedoenregeling", ["Meedoenregeling"]),
          ("EMAIL_FUNC", "bestuurssecretariaat@deventer.nl", ["bestuurssecretariaat@deventer.nl"]), ("URL", "www.deventer.nl/college", ["www.deventer.nl/college"]),
          ("AMOUNT", "€ 148.500", ["€ 148.500"]), ("ID", "BZW-2025-118", ["BZW-2025-118"]), ("ORG", "Gemeenteblad", ["Gemeenteblad"]),
          ("TITLE", "gemeentesecretaris", ["gemeentesecretaris"]), ("TITLE", "teamleider Verkiezingen en Documenten", ["teamleider Verkiezingen en Documenten"])])

# ------------------------------------------------------------------ 33 stemlokalen met contactpersonen (reportlab, public buildings)
loc = [("062", "Burgers' Zoo, Restaurant Oase", "Antoon van Hooffplein 1<br/>6816 SH Arnhem", "ja", "Gijs Mulderij (facilitair)<br/>06-4410 2287"),
       ("101", "Stadhuis Arnhem, Walburgzaal", "Walburgstraat 2<br/>6811 CE Arnhem", "ja", "bodes Stadhuis<br/>026-377 2400"),
       ("114", "Wijkcentrum De Klup", "Elderhof 3<br/>6843 KA Arnhem", "ja", "Fenna Riezebos-Altena<br/>06 2870 1145"),
       ("118", "OBS De Kleine Prins", "Bakenbergseweg 173<br/>6814 MK Arnhem", "nee (drempel)", "conciërge Wim Hekkelman<br/>026 442 0918"),
       ("127", "Sporthal Valkenburg", "Valkenburglaan 2<br/>6825 DP Arnhem", "ja", "beheerder Wilco Brandsma<br/>06-8124 3310"),
       ("131", "Moskee Ayasofya (foyer)", "Hommelseweg 318<br/>6821 LS Arnhem", "ja", "bestuurslid Ömer Kılıçarslan<br/>+31 6 1288 9064"),
       ("140", "Station Arnhem Centraal (mobiel, 07.00-10.00)", "Stationsplein 10<br/>6811 KG Arnhem", "ja", "Team Verkiezingen<br/>verkiezingen@arnhem.nl"),
       ("146", "Rijnstate ziekenhuis, centrale hal", "Wagnerlaan 55<br/>6815 AD Arnhem", "ja", "Petra Gerritsen-Olde Monnikhof<br/>p.gerritsen@rijnstate.nl")]
rows = [["Nr", "Stemlokaal", "Adres (openbaar)", "Toegankelijk", "Contactpersoon locatie (intern)"]] + [list(r) for r in loc]
doc(name="ba33_stemlokalen_contactpersonen.pdf", producer="rl_doc",
    header="Gemeente Arnhem – Team Verkiezingen – Stemlokalen gemeenteraadsverkiezingen 18 maart 2026",
    footer="Kolommen 1-4 worden gepubliceerd (artikel J 4 Kieswet); kolom 5 is intern.",
    title="Stemlokalen GR2026 met contactpersonen", author="Schuurman, H.",
    items=[("h1", "Stemlokalen en contactpersonen per locatie"),
           ("p", "Lijst voor de aanwijzing van stemlokalen door het college (collegevoorstel 2025.0.512.004). Burgemeester Ahmed Marcouch stemt zelf "
                 "in stembureau 101. De Kiesraad adviseert ten minste één stemlokaal per 1.500 kiezers."),
           ("table", rows, [10, 42, 40, 22, 56]),
           ("p", "Toegankelijkheid getoetst met de checklist van de Kiesraad en de Oogvereniging. Wijzigingen naar verkiezingen@arnhem.nl. "
                 "Locatiebezoeken in januari 2026 door Hanneke Schuurman en Thijs Oldenhof (06-3019 5522, stagiair).")],
    redact=[("PERSON", "Gijs Mulderij", ["Gijs", "Mulderij"]), ("PHONE", "06-4410 2287", ["06-4410 2287"]),
            ("PERSON", "Fenna Riezebos-Altena", ["Fenna", "Riezebos-Altena"]), ("PHONE", "06 2870 1145", ["06 2870 1145"]),
            ("PERSON", "Wim Hekkelman", ["Wim", "Hekkelman"]), ("PHONE", "026 442 0918", ["026 442 0918"]),
            ("PERSON", "Wilco Brandsma", ["Wilco", "Brandsma"]), ("PHONE", "06-8124 3310", ["06-8124 3310"]),
            ("PERSON", "Ömer Kılıçarslan", ["Ömer", "Kılıçarslan"]), ("PHONE", "+31 6 1288 9064", ["+31 6 1288 9064"]),
            ("PERSON", "Petra Gerritsen-Olde Monnikhof", ["Petra", "Gerritsen-Olde Monnikhof"]), ("EMAIL", "p.gerritsen@rijnstate.nl", ["p.gerritsen@rijnstate.nl"]),
            ("PERSON", "Hanneke Schuurman", ["Hanneke", "Schuurman"]), ("PERSON", "Thijs Oldenhof", ["Thijs", "Oldenhof"]),
            ("PHONE", "06-3019 5522", ["06-3019 5522"])],
    keep=[("ADDRESS_PUBLIC", a, [a]) for a in ["Antoon van Hooffplein 1", "Walburgstraat 2", "Elderhof 3", "Bakenbergseweg 173", "Valkenburglaan 2",
                                               "Hommelseweg 318", "Stationsplein 10", "Wagnerlaan 55", "6816 SH", "6811 CE", "6843 KA", "6825 DP"]] + [
          ("PLACE", p, [p]) for p in ["Burgers' Zoo", "Walburgzaal", "Wijkcentrum De Klup", "OBS De Kleine Prins", "Sporthal Valkenburg",
                                      "Moskee Ayasofya", "Station Arnhem Centraal", "Rijnstate"]] + [
          ("PUBLIC_PERSON", "Burgemeester Ahmed Marcouch", ["Ahmed Marcouch"]), ("ORG", "Kiesraad", ["Kiesraad"]), ("ORG", "Oogvereniging", ["Oogvereniging"]),
          ("EMAIL_FUNC", "verkiezingen@arnhem.nl", ["verkiezingen@arnhem.nl"]), ("PHONE_PUBLIC", "026-377 2400", ["026-377 2400"]),
          ("LAW", "Kieswet", ["Kieswet"]), ("TITLE", "conciërge", ["conciërge"]), ("TITLE", "beheerder", ["beheerder"]), ("TITLE", "bestuurslid", ["bestuurslid"]),
          ("TITLE", "stagiair", ["stagiair"]), ("ID", "2025.0.512.004", ["2025.0.512.004"])])
