"""Documents 01-10 of set BA. All persons, addresses and numbers are invented."""
from ids import bsn, iban

DEV = ["Gemeente Deventer", "Postbus 5000, 7400 GC Deventer"]
DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------------ 01 naamswijziging (reportlab letter)
B1 = bsn(101)
doc(name="ba01_naamswijziging_brief.pdf", producer="rl_letter",
    org="Gemeente Deventer", org_lines=["Afdeling Burgerzaken", "Stadhuis, Grote Kerkhof 1", "Postbus 5000, 7400 GC Deventer"],
    window=["De heer S.A. Oulad Haj Amar", "Zandweerdlaan 118", "7415 CT  DEVENTER"],
    sidebar=[("Behandeld door", "mw. L. (Lotte) Brinkerink-Haverkamp"), ("Direct nummer", "0570-693 412"),
             ("E-mail", "l.brinkerink@deventer.nl"), ("Ons kenmerk", "BZ/NW/2025/0417"), ("Datum", "12 augustus 2025"),
             ("Bezoekadres", "Grote Kerkhof 1\nDeventer")],
    footer="Gemeente Deventer  ·  14 0570  ·  info@deventer.nl  ·  www.deventer.nl",
    title="Naamswijziging Oulad Haj Amar - ontvangstbevestiging", author="Brinkerink-Haverkamp, Lotte",
    items=[("p", "Onderwerp: uw verzoek om wijziging van de geslachtsnaam"), ("sp", 3),
           ("p", "Geachte heer Oulad Haj Amar,"),
           ("p", f"Op 28 juli 2025 ontvingen wij aan de balie van het Stadhuis uw verzoek om wijziging van de geslachtsnaam "
                 f"van uw minderjarige zoon Yassin Oulad Haj Amar (BSN {B1}), geboren op 3 maart 2014, in de geslachtsnaam "
                 f"van zijn moeder, mevrouw Nadia Verbeek-Oudshoorn. Een verzoek om geslachtsnaamwijziging wordt beoordeeld door "
                 f"Justis, de screeningsautoriteit van het ministerie van Justitie en Veiligheid. De gemeente Deventer stuurt uw "
                 f"aanvraag met een uittreksel uit de Basisregistratie Personen (BRP) door."),
           ("p", "Voor de volledigheid van het dossier ontbreken nog de volgende stukken:"),
           ("p", "1. de schriftelijke instemming van de moeder, mevrouw Verbeek-Oudshoorn, woonachtig aan de Brinkgreverweg 47 te "
                 "Deventer, met een kopie van haar geldig identiteitsbewijs;<br/>2. een verklaring van de jeugdarts of "
                 "psycholoog waaruit blijkt dat de huidige naam een ernstige belemmering vormt (Besluit geslachtsnaamwijziging, "
                 "artikel 3);<br/>3. het bewijs van betaling van de leges."),
           ("p", "U kunt de stukken afgeven aan de balie Burgerzaken (Grote Kerkhof 1, maandag tot en met vrijdag van 9.00 tot "
                 "16.30 uur) of sturen naar burgerzaken@deventer.nl. Uw contactpersoon bij de Raad voor de Kinderbescherming is "
                 "de heer Joost Vlieger, bereikbaar op 06-41 87 22 90."),
           ("p", "Heeft u vragen? Bel dan mevrouw Brinkerink via het directe nummer in de kantlijn of via 14 0570."),
           ("sp", 4), ("p", "Met vriendelijke groet,<br/>namens de burgemeester van Deventer,"), ("sp", 8),
           ("p", "L. Brinkerink-Haverkamp<br/>medewerker Burgerzaken, team Documenten en Naamgebruik")],
    redact=[("PERSON", "S.A. Oulad Haj Amar", ["Oulad Haj Amar", "S.A."]), ("PERSON", "Yassin Oulad Haj Amar", ["Yassin"]),
            ("ADDRESS", "Zandweerdlaan 118, 7415 CT Deventer", ["Zandweerdlaan 118", "7415 CT"]),
            ("BSN", B1, [B1]), ("DATE_OF_BIRTH", "3 maart 2014", ["3 maart 2014"]),
            ("PERSON", "Nadia Verbeek-Oudshoorn", ["Nadia", "Verbeek-Oudshoorn"]),
            ("ADDRESS", "Brinkgreverweg 47", ["Brinkgreverweg 47"]),
            ("PERSON", "Lotte Brinkerink-Haverkamp", ["Brinkerink-Haverkamp", "Lotte", "Brinkerink", "L. Brinkerink-Haverkamp"]),
            ("PHONE", "0570-693 412", ["0570-693 412"]), ("EMAIL", "l.brinkerink@deventer.nl", ["l.brinkerink@deventer.nl"]),
            ("PERSON", "Joost Vlieger", ["Joost Vlieger", "Vlieger"]), ("PHONE", "06-41 87 22 90", ["06-41 87 22 90"])],
    keep=[("ORG", "Gemeente Deventer", ["Gemeente Deventer"]), ("ORG", "Justis", ["Justis"]),
          ("ORG", "ministerie van Justitie en Veiligheid", ["ministerie van Justitie en Veiligheid"]),
          ("ORG", "Raad voor de Kinderbescherming", ["Raad voor de Kinderbescherming"]),
          ("LAW", "Besluit geslachtsnaamwijziging", ["Besluit geslachtsnaamwijziging"]),
          ("LAW", "Basisregistratie Personen", ["Basisregistratie Personen"]),
          ("ADDRESS_PUBLIC", "Grote Kerkhof 1", ["Grote Kerkhof 1"]), ("PHONE_PUBLIC", "14 0570", ["14 0570"]),
          ("EMAIL_FUNC", "burgerzaken@deventer.nl", ["burgerzaken@deventer.nl"]), ("EMAIL_FUNC", "info@deventer.nl", ["info@deventer.nl"]),
          ("ADDRESS_PUBLIC", "Postbus 5000, 7400 GC Deventer", ["Postbus 5000", "7400 GC"]),
          ("TITLE", "medewerker Burgerzaken", ["medewerker Burgerzaken"]), ("ID", "BZ/NW/2025/0417", ["BZ/NW/2025/0417"]),
          ("DATE", "28 juli 2025", ["28 juli 2025"])])

# ------------------------------------------------------------------ 02 naturalisatieceremonie gastenlijst (chromium)
guests = [
    ("1", "Tesfay Gebremedhin Haile", "Eritrea", "Abrehet Tesfamariam Kidane<br>Samuel Tesfay Gebremedhin (zoon)", "Dreef 9-B<br>8936 AK Leeuwarden"),
    ("2", "Oksana Petrivna Kovalenko", "Oekraïne", "Dmytro Kovalenko<br>mw. I. Wierda-Zandstra (buurvrouw)", "Tjerk Hiddesstraat 31<br>8921 EB Leeuwarden"),
    ("3", "Muhammad Nour al-Din Haddad", "Syrië", "Rania Haddad-Khalil<br>Lina Haddad", "Aldlânsdyk 204<br>8926 PC Leeuwarden"),
    ("4", "Wen-Hui Zhang", "China", "Li Mei Zhang-Chen<br>dhr. G.J. van der Veen-Hoekstra (werkgever)", "Spanjaardslaan 77-2<br>8917 AP Leeuwarden"),
    ("5", "Agnieszka Maria Wiśniewska", "Polen", "Tomasz Wiśniewski<br>Katarzyna Nowak-Bielecka", "Valeriusstraat 15<br>8932 JA Leeuwarden"),
    ("6", "Rahwa Mehari Woldu", "Eritrea", "—", "Kalverdijkje 112<br>8924 GA Leeuwarden"),
]
rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in guests)
doc(name="ba02_naturalisatieceremonie_gastenlijst.pdf", producer="html",
    title="Gastenlijst naturalisatieceremonie 15 oktober 2025 - A. Bouma",
    body=f"""<h1>Gemeente Leeuwarden — Naturalisatieceremonie</h1>
<p class='small'>Team Burgerzaken, Publiekszaken · Stadhuis, Hofplein 38, Leeuwarden · 14 058 · burgerzaken@leeuwarden.nl</p>
<p>Datum ceremonie: woensdag 15 oktober 2025, 15.00 uur, Raadzaal Stadhuis. De ceremonie wordt geleid door burgemeester
Sybrand Buma; de verklaring van verbondenheid wordt afgenomen door de ceremoniemeester. De Immigratie- en Naturalisatiedienst (IND)
heeft de Koninklijke Besluiten op 24 september 2025 verzonden. Maximaal twee gasten per genaturaliseerde.</p>
<h2>Deelnemers en gasten</h2>
<table><tr><th style='width:5%'>nr</th><th style='width:22%'>Genaturaliseerde</th><th style='width:11%'>Land van herkomst</th><th style='width:34%'>Gasten</th><th>Adres (voor uitnodiging)</th></tr>
{rows}</table>
<h2>Organisatie</h2>
<table><tr><th>Rol</th><th>Naam</th><th>Bereikbaar</th></tr>
<tr><td>Ceremoniemeester</td><td>Anneke Bouma-de Jong</td><td>06 2817 4409</td></tr>
<tr><td>Baliemedewerker ontvangst</td><td>Jurre Postma</td><td>058 233 8171 (direct)</td></tr>
<tr><td>Fotograaf (vrijwilliger)</td><td>Sietske van der Meulen</td><td>+31 6 5109 3378</td></tr>
<tr><td>Bode</td><td>Team Facilitaire Zaken</td><td>facilitair@leeuwarden.nl</td></tr></table>
<p>Na afloop is er koffie en oranjekoek in de Burgerzaal. Het Wilhelmus wordt gezongen door het Leeuwarder Stadskoor.
Vragen over de lijst: Anneke Bouma, a.bouma@leeuwarden.nl.</p>""",
    redact=[("PERSON", "Tesfay Gebremedhin Haile", ["Tesfay", "Gebremedhin", "Haile"]),
            ("PERSON", "Abrehet Tesfamariam Kidane", ["Abrehet", "Tesfamariam", "Kidane"]),
            ("ADDRESS", "Dreef 9-B 8936 AK", ["Dreef 9-B", "8936 AK"]),
            ("PERSON", "Oksana Petrivna Kovalenko", ["Oksana", "Kovalenko", "Petrivna"]), ("PERSON", "Dmytro Kovalenko", ["Dmytro"]),
            ("PERSON", "I. Wierda-Zandstra", ["Wierda-Zandstra"]),
            ("ADDRESS", "Tjerk Hiddesstraat 31 8921 EB", ["Tjerk Hiddesstraat 31", "8921 EB"]),
            ("PERSON", "Muhammad Nour al-Din Haddad", ["Nour al-Din", "Haddad"]), ("PERSON", "Rania Haddad-Khalil", ["Rania", "Haddad-Khalil"]),
            ("PERSON", "Lina Haddad", ["Lina"]), ("ADDRESS", "Aldlânsdyk 204 8926 PC", ["Aldlânsdyk 204", "8926 PC"]),
            ("PERSON", "Wen-Hui Zhang", ["Wen-Hui", "Zhang"]), ("PERSON", "Li Mei Zhang-Chen", ["Li Mei", "Zhang-Chen"]),
            ("PERSON", "G.J. van der Veen-Hoekstra", ["Veen-Hoekstra"]),
            ("ADDRESS", "Spanjaardslaan 77-2 8917 AP", ["Spanjaardslaan 77-2", "8917 AP"]),
            ("PERSON", "Agnieszka Maria Wiśniewska", ["Agnieszka", "Wiśniewska"]), ("PERSON", "Tomasz Wiśniewski", ["Tomasz", "Wiśniewski"]),
            ("PERSON", "Katarzyna Nowak-Bielecka", ["Katarzyna", "Nowak-Bielecka"]),
            ("ADDRESS", "Valeriusstraat 15 8932 JA", ["Valeriusstraat 15", "8932 JA"]),
            ("PERSON", "Rahwa Mehari Woldu", ["Rahwa", "Mehari", "Woldu"]), ("ADDRESS", "Kalverdijkje 112 8924 GA", ["Kalverdijkje 112", "8924 GA"]),
            ("PERSON", "Anneke Bouma-de Jong", ["Anneke", "Bouma-de Jong", "Anneke Bouma", "A. Bouma"]), ("PHONE", "06 2817 4409", ["06 2817 4409"]),
            ("EMAIL", "a.bouma@leeuwarden.nl", ["a.bouma@leeuwarden.nl"]),
            ("PERSON", "Jurre Postma", ["Jurre", "Postma"]), ("PHONE", "058 233 8171", ["058 233 8171"]),
            ("PERSON", "Sietske van der Meulen", ["Sietske", "van der Meulen"]), ("PHONE", "+31 6 5109 3378", ["+31 6 5109 3378"])],
    keep=[("ORG", "Gemeente Leeuwarden", ["Gemeente Leeuwarden"]), ("ORG", "IND", ["Immigratie- en Naturalisatiedienst", "IND"]),
          ("PUBLIC_PERSON", "burgemeester Sybrand Buma", ["Sybrand Buma"]), ("ADDRESS_PUBLIC", "Hofplein 38", ["Hofplein 38"]),
          ("PHONE_PUBLIC", "14 058", ["14 058"]), ("EMAIL_FUNC", "burgerzaken@leeuwarden.nl", ["burgerzaken@leeuwarden.nl"]),
          ("EMAIL_FUNC", "facilitair@leeuwarden.nl", ["facilitair@leeuwarden.nl"]), ("COUNTRY", "Eritrea", ["Eritrea"]),
          ("COUNTRY", "Oekraïne", ["Oekraïne"]), ("COUNTRY", "Syrië", ["Syrië"]), ("COUNTRY", "Polen", ["Polen"]),
          ("ORG", "Team Facilitaire Zaken", ["Team Facilitaire Zaken"]), ("ORG", "Leeuwarder Stadskoor", ["Leeuwarder Stadskoor"]),
          ("TITLE", "Ceremoniemeester", ["Ceremoniemeester"]), ("PLACE", "Burgerzaal", ["Burgerzaal"]),
          ("DATE", "15 oktober 2025", ["15 oktober 2025"])])

# ------------------------------------------------------------------ 03 adresonderzoek BRP (LibreOffice)
B3a, B3b = bsn(301), bsn(302)
doc(name="ba03_adresonderzoek_brp.pdf", producer="docx", author="Kaya, Emre", title="Rapport adresonderzoek Hanzeweg 61",
    header="Gemeente Deventer – Team Burgerzaken, cluster Adreskwaliteit – vertrouwelijk",
    blocks=[("h1", "Rapport adresonderzoek BRP – zaak AO-2025-0388"),
            ("table", [["Onderwerp", "Gegevens"],
                       ["Onderzocht adres", "Hanzeweg 61-3, 7418 AW Deventer"],
                       ["Betrokkene 1", f"Dariusz Kamiński, geboren 11-02-1989, BSN {B3a[:4]}.{B3a[4:6]}.{B3a[6:]}"],
                       ["Betrokkene 2", f"Marisol Koendjbiharie, geboren 30-06-1993, BSN {B3b}"],
                       ["Aanleiding", "Signaal van de Belastingdienst/Toeslagen (Landelijke Aanpak Adreskwaliteit, LAA) van 4 juni 2025"],
                       ["Onderzoeker", "E. Kaya, handhaver BRP"]], [4, 12]),
            ("h2", "1. Aanleiding"),
            ("p", "Op grond van artikel 2.39 van de Wet basisregistratie personen (Wet BRP) onderzoekt de gemeente of de ingeschreven "
                  "personen feitelijk op het adres verblijven. Volgens de BRP staan op Hanzeweg 61-3 twee personen ingeschreven. "
                  "De verhuurder, Woonbedrijf Ieder1, meldt dat de woning volgens het huurcontract door één persoon wordt bewoond."),
            ("h2", "2. Huisbezoek"),
            ("p", "Op 19 juni 2025 om 10.15 uur bezochten de heer Emre Kaya en mevrouw Bianca Ter Horst-Scholten (BOA, team Toezicht) het adres. "
                  "Er werd opengedaan door de heer Kamiński. Hij verklaarde dat mevrouw Koendjbiharie sinds april 2025 verblijft bij haar "
                  "moeder, mevrouw Ingrid Koendjbiharie-Lachmon, woonachtig aan de Rembrandtkade 8 te Apeldoorn (7313 AB). "
                  "In de woning werden geen persoonlijke bezittingen van mevrouw Koendjbiharie aangetroffen."),
            ("p", "De buurvrouw op nummer 61-2, mevrouw Fenna Jolink, verklaarde desgevraagd dat zij 'de vrouw al maanden niet meer' had gezien. "
                  "Zij is telefonisch bereikbaar op 06-19 44 72 05 en wil niet dat haar naam aan de bewoners bekend wordt gemaakt."),
            ("h2", "3. Contact met betrokkene 2"),
            ("p", "Mevrouw Koendjbiharie is op 24 juni 2025 gebeld op 0031 6 2290 1476. Zij bevestigde de verhuizing naar Apeldoorn en "
                  "gaf aan haar verhuizing niet te hebben doorgegeven. Zij is gewezen op de aangifteplicht (artikel 2.39 Wet BRP) "
                  "en op de mogelijkheid van een bestuurlijke boete. Haar e-mailadres: marisol.koendj93@hotmail.com."),
            ("h2", "4. Conclusie en voorstel"),
            ("p", "Voorstel: ambtshalve adreswijziging van Marisol Koendjbiharie naar Rembrandtkade 8, Apeldoorn, na afstemming met de "
                  "gemeente Apeldoorn (Team Burgerzaken, 14 055). Voor akkoord: teamleider Burgerzaken, de heer Ruud Wansink."),
            ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                       ["E. Kaya", "handhaver BRP", "EK", "26-06-2025"],
                       ["R. Wansink", "teamleider Burgerzaken", "RW", "27-06-2025"]], [5, 5, 2, 3])],
    redact=[("ADDRESS", "Hanzeweg 61-3, 7418 AW", ["Hanzeweg 61-3", "7418 AW", "Hanzeweg 61", "61-2"]),
            ("PERSON", "Dariusz Kamiński", ["Dariusz", "Kamiński"]), ("DATE_OF_BIRTH", "11-02-1989", ["11-02-1989"]),
            ("BSN", B3a, [f"{B3a[:4]}.{B3a[4:6]}.{B3a[6:]}"]),
            ("PERSON", "Marisol Koendjbiharie", ["Marisol", "Koendjbiharie"]), ("DATE_OF_BIRTH", "30-06-1993", ["30-06-1993"]),
            ("BSN", B3b, [B3b]), ("PERSON", "Emre Kaya", ["Emre", "Kaya", "E. Kaya", "EK"]),
            ("PERSON", "Bianca Ter Horst-Scholten", ["Bianca", "Ter Horst-Scholten"]),
            ("PERSON", "Ingrid Koendjbiharie-Lachmon", ["Ingrid", "Koendjbiharie-Lachmon"]),
            ("ADDRESS", "Rembrandtkade 8, 7313 AB Apeldoorn", ["Rembrandtkade 8", "7313 AB"]),
            ("PERSON", "Fenna Jolink", ["Fenna", "Jolink"]), ("PHONE", "06-19 44 72 05", ["06-19 44 72 05"]),
            ("PHONE", "0031 6 2290 1476", ["0031 6 2290 1476"]), ("EMAIL", "marisol.koendj93@hotmail.com", ["marisol.koendj93@hotmail.com"]),
            ("PERSON", "Ruud Wansink", ["Ruud Wansink", "Wansink", "RW"])],
    keep=[("LAW", "Wet basisregistratie personen", ["Wet basisregistratie personen", "Wet BRP"]),
          ("ORG", "Belastingdienst/Toeslagen", ["Belastingdienst/Toeslagen"]),
          ("ORG", "Landelijke Aanpak Adreskwaliteit", ["Landelijke Aanpak Adreskwaliteit"]),
          ("ORG", "Woonbedrijf Ieder1", ["Woonbedrijf Ieder1"]), ("ORG", "team Toezicht", ["team Toezicht"]),
          ("ORG", "gemeente Apeldoorn", ["gemeente Apeldoorn"]), ("PHONE_PUBLIC", "14 055", ["14 055"]),
          ("TITLE", "handhaver BRP", ["handhaver BRP"]), ("TITLE", "teamleider Burgerzaken", ["teamleider Burgerzaken"]),
          ("ID", "AO-2025-0388", ["AO-2025-0388"]), ("DATE", "19 juni 2025", ["19 juni 2025"]),
          ("ORG", "cluster Adreskwaliteit", ["cluster Adreskwaliteit"])])

# ------------------------------------------------------------------ 04 grafrechten register (reportlab table, 2 pages)
reg = [
    ("A-014", "Hendrikus Johannes Wolterink", "Schoolstraat 3<br/>7431 BG Diepenveen", "01-04-1985", "01-04-2025", "verlengd t/m 2035"),
    ("A-015", "Geertruida Wilhelmina Dijkhuis-ter Braak", "Verzorgingshuis De Kruimelberg, kamer 12<br/>Molenweg 44<br/>7431 CE Diepenveen", "14-09-1991", "14-09-2031", ""),
    ("A-022", "Stichting Protestantse Gemeente Diepenveen", "Kerkplein 2, 7431 EE Diepenveen", "02-11-1978", "02-11-2028", "kerkelijk graf"),
    ("B-003", "Mustafa Yıldırım", "Rielerweg 215<br/>7416 ZP Deventer", "22-05-2009", "22-05-2029", "islamitisch vak"),
    ("B-004", "Fatma Yıldırım-Çelik", "idem (echtgenote)", "22-05-2009", "22-05-2029", "medegebruik"),
    ("B-017", "Roberto Martina", "Kaya Marchena 11<br/>Willemstad, Curaçao", "07-07-2012", "07-07-2027", "adres buitenland"),
    ("C-101", "Johanna (Annie) van 't Hul", "Lindelaan 9<br/>7431 AN Diepenveen", "30-12-1965", "30-12-2025", "ruiming aangekondigd"),
    ("C-102", "onbekend (rechthebbende overleden)", "—", "03-03-1960", "03-03-2020", "vervallen, ruimen"),
    ("C-118", "Kwame Asante Boateng", "Hoge Hondstraat 190-A<br/>7418 CA Deventer", "16-08-2001", "16-08-2031", ""),
    ("D-007", "Ewa Zielińska-Dąbrowska", "Keizerstraat 63 kamer 4<br/>7411 HE Deventer", "05-02-2018", "05-02-2038", ""),
    ("D-008", "Anthony Ramkisoensing", "Lange Bisschopstraat 70<br/>7411 MP Deventer", "19-10-2019", "19-10-2039", "urnengraf"),
    ("D-021", "Gerrit Jan Koopman", "Oude Larenseweg 151<br/>7214 PC Epse", "11-11-2011", "11-11-2031", "contactpersoon: dochter, 06-5377 2190"),
]
rows4 = [["Grafnr.", "Rechthebbende", "Adres rechthebbende", "Uitgifte", "Verloopt", "Opmerking"]] + [list(r) for r in reg] * 1
more = [("E-%03d" % i, n, a, "01-0%d-20%02d" % (i % 9 + 1, 10 + i), "01-0%d-20%02d" % (i % 9 + 1, 30 + i), o) for i, (n, a, o) in enumerate([
    ("Willemijn Stegeman-Oolbekkink", "Colmschaterstraatweg 24<br/>7429 AC Colmschate", ""),
    ("Haci Demirtaş", "Knutteldijk 8<br/>7411 SB Deventer", "familiegraf, 3 diep"),
    ("Liang Chen", "Smedenstraat 57-59<br/>7411 RB Deventer", ""),
    ("Merhawit Berhane Tesfay", "Hoge Hondstraat 212<br/>7418 CB Deventer", ""),
    ("Petronella Bosch-van Wijk", "Boxbergerweg 141, app. 22<br/>7431 PE Diepenveen", "machtiging zoon B. Bosch"),
    ("Cornelis (Kees) Nijkamp", "Vijfhoek 2<br/>7462 PE Rijssen", "adres buiten gemeente"),
], start=1)]
rows4 += [list(r) for r in more]
doc(name="ba04_grafrechten_register.pdf", producer="rl_doc",
    header="Gemeente Deventer – Begraafplaatsbeheer – Register grafrechten Algemene Begraafplaats Diepenveen (uittreksel)",
    footer="Begraafplaats Diepenveen, Kerkweg 35, Diepenveen  ·  beheerder: team Begraafplaatsen, 14 0570  ·  begraafplaatsen@deventer.nl",
    title="Register grafrechten Diepenveen", author="G. Hofsink",
    items=[("h1", "Register grafrechten — Algemene Begraafplaats Diepenveen"),
           ("p", "Uittreksel per 1 september 2025, opgesteld op grond van artikel 31 van de Wet op de lijkbezorging en de Beheersverordening "
                 "begraafplaatsen Deventer 2021. Peildatum verlopen rechten: 31 december 2025. Opgesteld door G. Hofsink (administratie "
                 "begraafplaatsen); gecontroleerd door de beheerder begraafplaatsen."),
           ("table", rows4, [15, 40, 48, 18, 18, 31]),
           ("h2", "Toelichting"),
           ("p", "Graven met een verlopen of vervallen grafrecht worden na publicatie op het informatiebord bij de ingang (Kerkweg 35) en "
                 "een aangetekende brief aan de laatst bekende rechthebbende geruimd, zoals bepaald in de Wet op de lijkbezorging. "
                 "Voor vak B (islamitisch) geldt een afspraak met de Stichting Islamitische Begraafplaatsen Nederland. "
                 "Vragen: mevrouw Gerda Hofsink, 0570-69 31 77, of begraafplaatsen@deventer.nl.")],
    redact=[("PERSON", n, p) for n, p in [
        ("Hendrikus Johannes Wolterink", ["Hendrikus Johannes", "Wolterink"]), ("Geertruida Wilhelmina Dijkhuis-ter Braak", ["Geertruida", "Dijkhuis-ter Braak"]),
        ("Mustafa Yıldırım", ["Mustafa", "Yıldırım"]), ("Fatma Yıldırım-Çelik", ["Fatma", "Yıldırım-Çelik"]),
        ("Roberto Martina", ["Roberto", "Martina"]), ("Johanna (Annie) van 't Hul", ["Johanna", "Annie", "van 't Hul"]),
        ("Kwame Asante Boateng", ["Kwame", "Boateng"]), ("Ewa Zielińska-Dąbrowska", ["Ewa", "Zielińska-Dąbrowska"]),
        ("Anthony Ramkisoensing", ["Anthony", "Ramkisoensing"]), ("Gerrit Jan Koopman", ["Gerrit Jan", "Koopman"]),
        ("Willemijn Stegeman-Oolbekkink", ["Willemijn", "Stegeman-Oolbekkink"]), ("Haci Demirtaş", ["Haci", "Demirtaş"]),
        ("Liang Chen", ["Liang Chen"]), ("Merhawit Berhane Tesfay", ["Merhawit", "Berhane Tesfay"]),
        ("Petronella Bosch-van Wijk", ["Petronella", "Bosch-van Wijk", "B. Bosch"]), ("Cornelis (Kees) Nijkamp", ["Cornelis", "Kees", "Nijkamp"]),
        ("Gerda Hofsink", ["Gerda", "Hofsink", "G. Hofsink"])]] + [
        ("ADDRESS", a, p) for a, p in [
        ("Schoolstraat 3 7431 BG", ["Schoolstraat 3", "7431 BG"]), ("kamer 12", ["kamer 12"]),
        ("Rielerweg 215 7416 ZP", ["Rielerweg 215", "7416 ZP"]), ("Kaya Marchena 11", ["Kaya Marchena 11"]),
        ("Lindelaan 9 7431 AN", ["Lindelaan 9", "7431 AN"]), ("Hoge Hondstraat 190-A 7418 CA", ["Hoge Hondstraat 190-A", "7418 CA"]),
        ("Keizerstraat 63 kamer 4 7411 HE", ["Keizerstraat 63", "7411 HE"]), ("Lange Bisschopstraat 70 7411 MP", ["Lange Bisschopstraat 70", "7411 MP"]),
        ("Oude Larenseweg 151 7214 PC", ["Oude Larenseweg 151", "7214 PC"]), ("Colmschaterstraatweg 24 7429 AC", ["Colmschaterstraatweg 24", "7429 AC"]),
        ("Knutteldijk 8 7411 SB", ["Knutteldijk 8", "7411 SB"]), ("Smedenstraat 57-59 7411 RB", ["Smedenstraat 57-59", "7411 RB"]),
        ("Hoge Hondstraat 212 7418 CB", ["Hoge Hondstraat 212", "7418 CB"]), ("Boxbergerweg 141, app. 22 7431 PE", ["Boxbergerweg 141", "7431 PE"]),
        ("Vijfhoek 2 7462 PE", ["Vijfhoek 2", "7462 PE"])]] + [
        ("PHONE", "06-5377 2190", ["06-5377 2190"]), ("PHONE", "0570-69 31 77", ["0570-69 31 77"])],
    keep=[("ORG", "Gemeente Deventer", ["Gemeente Deventer"]), ("LAW", "Wet op de lijkbezorging", ["Wet op de lijkbezorging"]),
          ("LAW", "Beheersverordening begraafplaatsen Deventer 2021", ["Beheersverordening begraafplaatsen Deventer 2021"]),
          ("PLACE", "Algemene Begraafplaats Diepenveen", ["Algemene Begraafplaats Diepenveen"]),
          ("ADDRESS_PUBLIC", "Kerkweg 35", ["Kerkweg 35"]), ("ORG", "Stichting Protestantse Gemeente Diepenveen", ["Stichting Protestantse Gemeente Diepenveen"]),
          ("ADDRESS_PUBLIC", "Kerkplein 2", ["Kerkplein 2"]), ("ORG", "Stichting Islamitische Begraafplaatsen Nederland", ["Stichting Islamitische Begraafplaatsen Nederland"]),
          ("EMAIL_FUNC", "begraafplaatsen@deventer.nl", ["begraafplaatsen@deventer.nl"]), ("PHONE_PUBLIC", "14 0570", ["14 0570"]),
          ("ID", "A-022", ["A-022"]), ("ID", "C-102", ["C-102"]), ("TITLE", "beheerder begraafplaatsen", ["beheerder begraafplaatsen"]),
          ("ORG", "team Begraafplaatsen", ["team Begraafplaatsen"])])

# ------------------------------------------------------------------ 05 ruimingsbrief (reportlab letter)
doc(name="ba05_ruiming_brief.pdf", producer="rl_letter",
    org="Gemeente Deventer", org_lines=["Team Begraafplaatsen", "Postbus 5000, 7400 GC Deventer"],
    window=["Aangetekend", "Mevrouw J. van 't Hul", "p/a mevrouw M.C. Lubbers-van 't Hul", "Wilhelminalaan 3", "7431 BK  DIEPENVEEN"],
    sidebar=[("Contactpersoon", "Gerda Hofsink"), ("Telefoon", "(0570) 69 31 77"), ("E-mail", "g.hofsink@deventer.nl"),
             ("Graf", "C-101, Algemene\nBegraafplaats Diepenveen"), ("Datum", "2 september 2025"), ("Kenmerk", "BGP/2025/C101")],
    footer="Gemeente Deventer · Begraafplaatsen · Kerkweg 35 Diepenveen · 14 0570",
    title="Ruiming graf C-101", author="Hofsink, G.",
    items=[("p", "Onderwerp: einde grafrecht en voorgenomen ruiming graf C-101"), ("sp", 2), ("p", "Geachte mevrouw Van 't Hul,"),
           ("p", "Volgens onze administratie bent u rechthebbende van het particuliere graf C-101 op de Algemene Begraafplaats Diepenveen, "
                 "waarin op 30 december 1965 is begraven de heer Albertus van 't Hul. Het grafrecht loopt af op 30 december 2025."),
           ("p", "U kunt het grafrecht verlengen voor een periode van tien jaar (artikel 28 Wet op de lijkbezorging). De kosten staan in de "
                 "Legesverordening 2025. Wilt u niet verlengen, dan wordt het graf na 1 april 2026 geruimd. De stoffelijke resten worden "
                 "herbegraven in het verzamelgraf; het grafmonument kunt u tot die datum zelf laten verwijderen."),
           ("p", "Wij schreven u eerder op 12 maart 2025 aan op het adres Lindelaan 9, maar die brief kwam onbestelbaar retour. Uw dochter, "
                 "mevrouw Marieke Lubbers-van 't Hul, gaf ons telefonisch (06 4411 8023) dit adres door."),
           ("p", "Wij horen graag vóór 1 december 2025 uw keuze. U kunt het antwoordformulier terugsturen of mailen naar "
                 "begraafplaatsen@deventer.nl."),
           ("sp", 4), ("p", "Met vriendelijke groet,<br/>het college van burgemeester en wethouders van Deventer,<br/>namens dezen,"), ("sp", 6),
           ("p", "G. Hofsink<br/>administratie begraafplaatsen")],
    redact=[("PERSON", "J. van 't Hul", ["van 't Hul", "Van 't Hul", "J. van 't Hul"]), ("PERSON", "Marieke Lubbers-van 't Hul", ["Marieke", "Lubbers-van 't Hul", "M.C. Lubbers-van"]),
            ("ADDRESS", "Wilhelminalaan 3 7431 BK", ["Wilhelminalaan 3", "7431 BK"]), ("PERSON", "Albertus van 't Hul", ["Albertus"]),
            ("ADDRESS", "Lindelaan 9", ["Lindelaan 9"]), ("PHONE", "06 4411 8023", ["06 4411 8023"]),
            ("PERSON", "Gerda Hofsink", ["Gerda Hofsink", "G. Hofsink"]), ("PHONE", "(0570) 69 31 77", ["(0570) 69 31 77"]),
            ("EMAIL", "g.hofsink@deventer.nl", ["g.hofsink@deventer.nl"])],
    keep=[("ORG", "Gemeente Deventer", ["Gemeente Deventer"]), ("ORG", "Team Begraafplaatsen", ["Team Begraafplaatsen"]),
          ("PLACE", "Algemene Begraafplaats Diepenveen", ["Algemene Begraafplaats Diepenveen"]), ("ADDRESS_PUBLIC", "Kerkweg 35", ["Kerkweg 35"]),
          ("LAW", "Wet op de lijkbezorging", ["Wet op de lijkbezorging"]), ("LAW", "Legesverordening 2025", ["Legesverordening 2025"]),
          ("ID", "C-101", ["C-101"]), ("ID", "BGP/2025/C101", ["BGP/2025/C101"]), ("EMAIL_FUNC", "begraafplaatsen@deventer.nl", ["begraafplaatsen@deventer.nl"]),
          ("PHONE_PUBLIC", "14 0570", ["14 0570"]), ("DATE", "1 april 2026", ["1 april 2026"]),
          ("ORG", "college van burgemeester en wethouders", ["college van burgemeester en wethouders"]),
          ("TITLE", "administratie begraafplaatsen", ["administratie begraafplaatsen"])])

# ------------------------------------------------------------------ 06 stembureau roster (chromium)
roster = [
    ("SB 101 Stadhuis Walburgstraat", "Hendrika (Riek) Jansen-Overbeek", "voorzitter", "06-23457781", iban("RABO", 601)),
    ("SB 101 Stadhuis Walburgstraat", "Youssef El Khattabi", "plv. voorzitter", "06 1190 4432", iban("INGB", 602)),
    ("SB 101 Stadhuis Walburgstraat", "Sevda Aydoğan-Kurt", "lid", "+31 6 4870 1125", iban("ABNA", 603)),
    ("SB 101 Stadhuis Walburgstraat", "Dirk-Jan van Voorst tot Voorst", "teller", "026-4456 120", iban("SNSB", 604)),
    ("SB 114 Wijkcentrum De Klup, Elderveld", "Priscilla Doelwijt", "voorzitter", "06-38 12 77 04", iban("INGB", 605)),
    ("SB 114 Wijkcentrum De Klup, Elderveld", "Jan-Willem Hoogeveen", "lid", "0031 6 1274 5590", iban("RABO", 606)),
    ("SB 114 Wijkcentrum De Klup, Elderveld", "Marta Szymańska", "lid", "06 5531 0986", iban("TRIO", 607)),
    ("SB 114 Wijkcentrum De Klup, Elderveld", "Abdirahman Hassan Warsame", "teller", "06-20981163", iban("BUNQ", 608)),
    ("SB 127 Sporthal Valkenburg (mobiel stembureau Presikhaaf)", "Ruthmila Statia-Richardson", "voorzitter", "06 4019 2287", iban("INGB", 609)),
    ("SB 127 Sporthal Valkenburg (mobiel stembureau Presikhaaf)", "Thijs Oldenhof", "lid", "026 379 1844", iban("ASNB", 610)),
    ("SB 127 Sporthal Valkenburg (mobiel stembureau Presikhaaf)", "Mykola Hrytsenko", "teller", "+31 (0)6 2987 4410", iban("ABNA", 611)),
    ("SB 127 Sporthal Valkenburg (mobiel stembureau Presikhaaf)", "Noor van Dijk-Ouchan", "reserve", "06-17 65 43 02", iban("INGB", 612)),
]
r6 = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td>€ 200,00</td></tr>" for a, b, c, d, e in roster)
doc(name="ba06_stembureau_bezetting.pdf", producer="html",
    title="Bezetting stembureaus TK 29 oktober 2025 - versie Hanneke Schuurman",
    body=f"""<h1>Gemeente Arnhem — bezetting stembureaus Tweede Kamerverkiezing 29 oktober 2025</h1>
<p class='small'>Team Verkiezingen · Stadhuis, Koningstraat 38, Arnhem · verkiezingen@arnhem.nl · 0800-1809 (gratis) · vertrouwelijk, niet doorsturen</p>
<p>Benoemd door het college van burgemeester en wethouders op grond van artikel E 4 van de Kieswet. De vergoeding wordt na de zitting
overgemaakt op het opgegeven rekeningnummer. Alle leden hebben de e-learning van de Kiesraad en het ProDemos-instructiemateriaal afgerond.</p>
<table><tr><th style='width:22%'>Stembureau</th><th style='width:22%'>Naam</th><th>Functie</th><th>Telefoon</th><th style='width:20%'>IBAN vergoeding</th><th>Bedrag</th></tr>
{r6}</table>
<h2>Coördinatie op de dag</h2>
<p>Coördinator stembureaus: Hanneke Schuurman (06-5120 3398). Piketdienst ICT: Bas Lenferink, b.lenferink@arnhem.nl.
Vervanging bij ziekmelding via de reservepool; bel dan eerst de centrale lijn 026-377 2400. Burgemeester Ahmed Marcouch bezoekt
SB 101 om 07.30 uur voor de opening.</p>
<p class='small'>Wijzigingen na 20 oktober: alleen via verkiezingen@arnhem.nl. Het proces-verbaal (model N 10-1) gaat na de telling naar het gemeentelijk stembureau.</p>""",
    redact=[("PERSON", n, p) for n, p in [
        ("Hendrika (Riek) Jansen-Overbeek", ["Hendrika", "Riek", "Jansen-Overbeek"]), ("Youssef El Khattabi", ["Youssef", "El Khattabi"]),
        ("Sevda Aydoğan-Kurt", ["Sevda", "Aydoğan-Kurt"]), ("Dirk-Jan van Voorst tot Voorst", ["Dirk-Jan", "van Voorst tot Voorst"]),
        ("Priscilla Doelwijt", ["Priscilla", "Doelwijt"]), ("Jan-Willem Hoogeveen", ["Jan-Willem", "Hoogeveen"]),
        ("Marta Szymańska", ["Marta", "Szymańska"]), ("Abdirahman Hassan Warsame", ["Abdirahman", "Warsame"]),
        ("Ruthmila Statia-Richardson", ["Ruthmila", "Statia-Richardson"]), ("Thijs Oldenhof", ["Thijs", "Oldenhof"]),
        ("Mykola Hrytsenko", ["Mykola", "Hrytsenko"]), ("Noor van Dijk-Ouchan", ["Noor", "van Dijk-Ouchan"]),
        ("Hanneke Schuurman", ["Hanneke", "Schuurman"]), ("Bas Lenferink", ["Bas Lenferink"])]] + [
        ("PHONE", r[3], [r[3]]) for r in roster] + [("IBAN", r[4], [r[4]]) for r in roster] + [
        ("PHONE", "06-5120 3398", ["06-5120 3398"]), ("EMAIL", "b.lenferink@arnhem.nl", ["b.lenferink@arnhem.nl"])],
    keep=[("ORG", "Gemeente Arnhem", ["Gemeente Arnhem"]), ("ORG", "Team Verkiezingen", ["Team Verkiezingen"]),
          ("ADDRESS_PUBLIC", "Koningstraat 38", ["Koningstraat 38"]), ("EMAIL_FUNC", "verkiezingen@arnhem.nl", ["verkiezingen@arnhem.nl"]),
          ("PHONE_PUBLIC", "0800-1809", ["0800-1809"]), ("PHONE_PUBLIC", "026-377 2400", ["026-377 2400"]),
          ("LAW", "Kieswet", ["Kieswet"]), ("ORG", "Kiesraad", ["Kiesraad"]), ("ORG", "ProDemos", ["ProDemos"]),
          ("PUBLIC_PERSON", "burgemeester Ahmed Marcouch", ["Ahmed Marcouch"]), ("PLACE", "Wijkcentrum De Klup", ["Wijkcentrum De Klup"]),
          ("PLACE", "Sporthal Valkenburg", ["Sporthal Valkenburg"]), ("TITLE", "voorzitter", ["voorzitter"]),
          ("TITLE", "teller", ["teller"]), ("AMOUNT", "€ 200,00", ["€ 200,00"]), ("ID", "N 10-1", ["N 10-1"]),
          ("TITLE", "Coördinator stembureaus", ["Coördinator stembureaus"])])

# ------------------------------------------------------------------ 07 proces-verbaal stembureau (reportlab form)
doc(name="ba07_proces_verbaal_sb114.pdf", producer="rl_doc",
    header="Model N 10-1  ·  Proces-verbaal van een stembureau  ·  Tweede Kamerverkiezing 29 oktober 2025",
    footer="Gemeente Arnhem  ·  stembureau 114  ·  Wijkcentrum De Klup, Elderveld",
    title="PV SB114 Arnhem", author="P. Doelwijt",
    items=[("h1", "Proces-verbaal van stembureau 114 (Wijkcentrum De Klup)"),
           ("h2", "1. Leden van het stembureau"),
           ("table", [["Functie", "Naam", "Aanwezig van – tot", "Handtekening"],
                      ["voorzitter", "P.E. Doelwijt", "07.00 – 23.40", "P. Doelwijt"],
                      ["lid", "J.W. Hoogeveen", "07.00 – 14.00 / 19.00 – 23.40", "J.W.H."],
                      ["lid", "M. Szymańska", "07.00 – 23.40", "Szymańska"],
                      ["lid (vervanger)", "N. van Dijk-Ouchan", "14.00 – 19.00", "NvD"],
                      ["teller", "A.H. Warsame", "21.00 – 23.40", "A. Warsame"]], [30, 45, 50, 40]),
           ("h2", "2. Toegelaten kiezers"),
           ("table", [["", "Aantal"], ["Geldige stempassen", "1.184"], ["Geldige volmachtbewijzen", "61"], ["Kiezerspassen", "9"],
                      ["Totaal toegelaten kiezers", "1.254"]], [110, 40]),
           ("h2", "3. Bijzonderheden en bezwaren van kiezers"),
           ("p", "Om 11.20 uur meldde een kiezer, de heer Kees-Jan Blankenstijn (Rosendaalsestraat 480, 6824 CW Arnhem), dat zijn "
                 "volmachtgever, zijn moeder mevrouw W. Blankenstijn-Peet, niet op de lijst stond. Na telefonisch overleg met het "
                 "gemeentelijk stembureau (026-377 2400) is hem uitgelegd dat de volmacht ongeldig was. Hij diende een bezwaar in; de tekst "
                 "is als bijlage 1 bij dit proces-verbaal gevoegd."),
           ("p", "Om 16.05 uur heeft een waarnemer van de OVSE, mevrouw Ilse Kronenburg, het stembureau bezocht. Burgemeester Marcouch "
                 "bezocht het stembureau om 20.15 uur. Er waren geen verstoringen van de orde."),
           ("h2", "4. Aantal uitgebrachte stemmen per lijst (samenvatting)"),
           ("table", [["Lijst", "Partij", "Stemmen"], ["1", "PVV", "214"], ["2", "GroenLinks-PvdA", "301"], ["3", "VVD", "142"],
                      ["4", "NSC", "38"], ["5", "D66", "322"], ["6", "BBB", "27"], ["7", "CDA", "88"], ["", "overige lijsten", "109"],
                      ["", "blanco / ongeldig", "6 / 7"]], [20, 90, 40]),
           ("p", "Aldus opgemaakt en ondertekend te Arnhem op 29 oktober 2025 door de voorzitter P.E. Doelwijt en de leden "
                 "J.W. Hoogeveen en M. Szymańska.")],
    redact=[("PERSON", "Priscilla Doelwijt", ["Doelwijt", "P.E. Doelwijt"]), ("PERSON", "Jan-Willem Hoogeveen", ["Hoogeveen", "J.W.H."]),
            ("PERSON", "Marta Szymańska", ["Szymańska"]), ("PERSON", "Noor van Dijk-Ouchan", ["van Dijk-Ouchan", "NvD"]),
            ("PERSON", "Abdirahman Hassan Warsame", ["Warsame", "A.H. Warsame"]),
            ("PERSON", "Kees-Jan Blankenstijn", ["Kees-Jan", "Blankenstijn"]), ("ADDRESS", "Rosendaalsestraat 480, 6824 CW", ["Rosendaalsestraat 480", "6824 CW"]),
            ("PERSON", "W. Blankenstijn-Peet", ["Blankenstijn-Peet"]), ("PERSON", "Ilse Kronenburg", ["Ilse", "Kronenburg"])],
    keep=[("ORG", "Gemeente Arnhem", ["Gemeente Arnhem"]), ("PLACE", "Wijkcentrum De Klup", ["Wijkcentrum De Klup"]),
          ("ORG", "OVSE", ["OVSE"]), ("PUBLIC_PERSON", "Burgemeester Marcouch", ["Marcouch"]), ("PHONE_PUBLIC", "026-377 2400", ["026-377 2400"]),
          ("ORG", "GroenLinks-PvdA", ["GroenLinks-PvdA"]), ("ORG", "D66", ["D66"]), ("ORG", "VVD", ["VVD"]), ("ORG", "PVV", ["PVV"]),
          ("ID", "Model N 10-1", ["Model N 10-1"]), ("TITLE", "gemeentelijk stembureau", ["gemeentelijk stembureau"]),
          ("AMOUNT", "1.254", ["1.254"]), ("DATE", "29 oktober 2025", ["29 oktober 2025"])])

# ------------------------------------------------------------------ 08 e-mail thread stembureau (chromium)
doc(name="ba08_mail_vervanging_stembureau.pdf", producer="html",
    title="RE: ziekmelding voorzitter SB 127",
    body="""<div class='hdr'><b>Van:</b> Schuurman, Hanneke &lt;h.schuurman@arnhem.nl&gt;<br>
<b>Verzonden:</b> dinsdag 28 oktober 2025 17:42<br>
<b>Aan:</b> Statia-Richardson, Ruthmila &lt;ruthmila.statia@gmail.com&gt;; Oldenhof, Thijs &lt;t.oldenhof@kpnmail.nl&gt;<br>
<b>CC:</b> Lenferink, Bas &lt;b.lenferink@arnhem.nl&gt;; Team Verkiezingen &lt;verkiezingen@arnhem.nl&gt;; Bakker-Veldkamp, Joyce &lt;j.bakker-veldkamp@arnhem.nl&gt;<br>
<b>Onderwerp:</b> RE: ziekmelding voorzitter SB 127</div>
<p>Hoi Ruthmila,</p>
<p>Beterschap! Ik heb Noor van Dijk uit de reservepool gevraagd om morgen jouw plek als voorzitter in te nemen. Thijs, wil jij de sleutel
van Sporthal Valkenburg om 06.30 uur ophalen bij de beheerder? Die is bereikbaar op 06-8124 3310 (Wilco). Joyce regelt de benoeming
via het college (artikel E 4 Kieswet) nog vanavond.</p>
<p>Groet,<br>Hanneke<br><br>Hanneke Schuurman | coördinator stembureaus | Team Verkiezingen<br>Gemeente Arnhem | T 026 377 4185 | M 06-5120 3398<br>
Bezoekadres Koningstraat 38, Arnhem</p>
<div class='q'><div class='hdr'><b>Van:</b> Ruthmila Statia &lt;ruthmila.statia@gmail.com&gt;<br><b>Verzonden:</b> dinsdag 28 oktober 2025 16:05<br>
<b>Aan:</b> Schuurman, Hanneke &lt;h.schuurman@arnhem.nl&gt;<br><b>Onderwerp:</b> ziekmelding voorzitter SB 127</div>
<p>Beste Hanneke,</p><p>Helaas moet ik me ziekmelden voor morgen, ik heb sinds zondag koorts en de huisarts (dr. Mahabier) zegt
dat ik thuis moet blijven. Mijn zus Gisela kan eventueel invallen, zij heeft vorig jaar ook bij de Europese verkiezingen
meegedaan. Haar nummer is 06 2231 7850.</p><p>Sorry!<br>Ruthmila<br>Verzonden vanaf mijn iPhone</p>
<div class='q'><div class='hdr'><b>Van:</b> Team Verkiezingen &lt;verkiezingen@arnhem.nl&gt;<br><b>Verzonden:</b> maandag 20 oktober 2025 09:00<br>
<b>Aan:</b> stembureauleden SB 101-140<br><b>Onderwerp:</b> Instructie verkiezingsdag</div>
<p>Beste stembureauleden, in de bijlage vindt u de instructie van de Kiesraad en het draaiboek. Burgemeester Marcouch opent de
verkiezingsdag om 07.30 uur in het Stadhuis. Vragen? Bel 026-377 2400 of mail verkiezingen@arnhem.nl.</p></div></div>""",
    redact=[("PERSON", "Hanneke Schuurman", ["Hanneke", "Schuurman"]), ("EMAIL", "h.schuurman@arnhem.nl", ["h.schuurman@arnhem.nl"]),
            ("PERSON", "Ruthmila Statia-Richardson", ["Ruthmila", "Statia-Richardson", "Ruthmila Statia"]),
            ("EMAIL", "ruthmila.statia@gmail.com", ["ruthmila.statia@gmail.com"]),
            ("PERSON", "Thijs Oldenhof", ["Thijs", "Oldenhof"]), ("EMAIL", "t.oldenhof@kpnmail.nl", ["t.oldenhof@kpnmail.nl"]),
            ("PERSON", "Bas Lenferink", ["Lenferink"]), ("EMAIL", "b.lenferink@arnhem.nl", ["b.lenferink@arnhem.nl"]),
            ("PERSON", "Joyce Bakker-Veldkamp", ["Joyce", "Bakker-Veldkamp"]), ("EMAIL", "j.bakker-veldkamp@arnhem.nl", ["j.bakker-veldkamp@arnhem.nl"]),
            ("PERSON", "Noor van Dijk", ["Noor van Dijk"]), ("PHONE", "06-8124 3310", ["06-8124 3310"]), ("PERSON", "Wilco", ["Wilco"]),
            ("PHONE", "026 377 4185", ["026 377 4185"]), ("PHONE", "06-5120 3398", ["06-5120 3398"]),
            ("PERSON", "dr. Mahabier", ["Mahabier"]), ("HEALTH", "koorts", ["sinds zondag koorts"]), ("PERSON", "Gisela", ["Gisela"]),
            ("PHONE", "06 2231 7850", ["06 2231 7850"])],
    keep=[("ORG", "Team Verkiezingen", ["Team Verkiezingen"]), ("EMAIL_FUNC", "verkiezingen@arnhem.nl", ["verkiezingen@arnhem.nl"]),
          ("ORG", "Gemeente Arnhem", ["Gemeente Arnhem"]), ("PLACE", "Sporthal Valkenburg", ["Sporthal Valkenburg"]),
          ("LAW", "Kieswet", ["Kieswet"]), ("ORG", "Kiesraad", ["Kiesraad"]), ("PUBLIC_PERSON", "Burgemeester Marcouch", ["Marcouch"]),
          ("ADDRESS_PUBLIC", "Koningstraat 38", ["Koningstraat 38"]), ("PHONE_PUBLIC", "026-377 2400", ["026-377 2400"]),
          ("TITLE", "coördinator stembureaus", ["coördinator stembureaus"]), ("ID", "SB 127", ["SB 127"]),
          ("DATE", "28 oktober 2025", ["28 oktober 2025"])])

# ------------------------------------------------------------------ 09 bijstand case notes (LibreOffice)
B9 = bsn(901)
doc(name="ba09_journaal_participatiewet.pdf", producer="docx", author="El Idrissi-Boukhari, Samira", title="Journaal klant 20250913",
    header="Gemeente Leeuwarden – Werk en Inkomen – journaal Participatiewet – zaak WI-2025-10233",
    blocks=[("h1", "Journaalregels Participatiewet – zaak WI-2025-10233"),
            ("table", [["Klant", "Partner", "Klantmanager"],
                       [f"Gökhan Şahin\nBSN {B9}\nIepenlaan 19\n8915 HR Leeuwarden", "Ayşe Şahin-Doğan\ngeb. 14-07-1990",
                        "S. El Idrissi-Boukhari\n058 233 4490\ns.elidrissi@leeuwarden.nl"]], [5.5, 5, 5.5]),
            ("table", [["Datum", "Medewerker", "Notitie"],
                       ["02-07-2025", "SEI", "Aanvraag algemene bijstand (gehuwdennorm) ontvangen via Werkplein Fryslân. Klant is per 15-06-2025 ontslagen bij "
                        "Transportbedrijf Van der Wal B.V. Bankafschriften drie maanden opgevraagd."],
                       ["09-07-2025", "SEI", "Intake met klant en partner. Partner mevrouw Şahin-Doğan heeft een deeltijdbaan als "
                        "schoonmaker bij CSU (16 uur). Klant heeft rugklachten, wacht op operatie in het MCL. Verwijzing naar Sociaal Wijkteam "
                        "Heechterp-Schieringen, contactpersoon Wiebren Hoekstra (06-4839 2201)."],
                       ["16-07-2025", "RvdB", "Rechtmatigheidscontrole: schuld bij Vesteda en bij het CJIB. Aanmelding schuldhulpverlening bij Kredietbank "
                        "Nederland, budgetcoach mw. Esther Hiemstra."],
                       ["23-07-2025", "SEI", "Besluit: bijstand toegekend per 15-06-2025 (artikel 21 Participatiewet), aanvulling op inkomsten partner. "
                        "Tegenprestatie voorlopig niet opgelegd (medisch). Zoon Emir (geb. 2012) gaat naar het Piter Jelles."],
                       ["05-08-2025", "RvdB", "Melding: klant heeft volgens een anonieme tip een Marktplaats-account met autoverkoop. Gesprek gepland; "
                        "sociaal rechercheur Rutger van den Bosch ingeschakeld (r.vandenbosch@leeuwarden.nl)."]], [2.5, 2, 11.5]),
            ("p", "Legenda paraafcodes: SEI = Samira El Idrissi-Boukhari (klantmanager); RvdB = Rutger van den Bosch (sociaal rechercheur)."),
            ("p", "Staatssecretaris Nobel (Participatie en Integratie) kondigde in de Kamerbrief van 2 juni 2025 het wetsvoorstel Participatiewet "
                  "in balans aan; de beoordeling van deze zaak volgt het huidige artikel 18 Participatiewet.")],
    redact=[("PERSON", "Gökhan Şahin", ["Gökhan", "Şahin"]), ("BSN", B9, [B9]), ("ADDRESS", "Iepenlaan 19 8915 HR", ["Iepenlaan 19", "8915 HR"]),
            ("PERSON", "Ayşe Şahin-Doğan", ["Ayşe", "Şahin-Doğan"]), ("DATE_OF_BIRTH", "14-07-1990", ["14-07-1990"]),
            ("PERSON", "Samira El Idrissi-Boukhari", ["Samira", "El Idrissi-Boukhari", "S. El Idrissi-Boukhari", "SEI"]),
            ("PHONE", "058 233 4490", ["058 233 4490"]), ("EMAIL", "s.elidrissi@leeuwarden.nl", ["s.elidrissi@leeuwarden.nl"]),
            ("HEALTH", "rugklachten, wacht op operatie", ["rugklachten"]), ("PERSON", "Wiebren Hoekstra", ["Wiebren", "Hoekstra"]),
            ("PHONE", "06-4839 2201", ["06-4839 2201"]), ("PERSON", "Esther Hiemstra", ["Esther", "Hiemstra"]), ("PERSON", "Emir", ["Emir"]),
            ("PERSON", "Rutger van den Bosch", ["Rutger", "van den Bosch", "RvdB"]), ("EMAIL", "r.vandenbosch@leeuwarden.nl", ["r.vandenbosch@leeuwarden.nl"])],
    keep=[("LAW", "Participatiewet", ["Participatiewet"]), ("ORG", "Werkplein Fryslân", ["Werkplein Fryslân"]),
          ("ORG", "Transportbedrijf Van der Wal B.V.", ["Transportbedrijf Van der Wal B.V."]), ("ORG", "CSU", ["CSU"]), ("ORG", "MCL", ["MCL"]),
          ("ORG", "Sociaal Wijkteam Heechterp-Schieringen", ["Sociaal Wijkteam Heechterp-Schieringen"]), ("ORG", "Vesteda", ["Vesteda"]),
          ("ORG", "CJIB", ["CJIB"]), ("ORG", "Kredietbank Nederland", ["Kredietbank Nederland"]), ("ORG", "Piter Jelles", ["Piter Jelles"]),
          ("PUBLIC_PERSON", "Staatssecretaris Nobel", ["Nobel"]), ("TITLE", "klantmanager", ["klantmanager"]),
          ("TITLE", "sociaal rechercheur", ["sociaal rechercheur"]), ("ID", "WI-2025-10233", ["WI-2025-10233"]),
          ("ORG", "Werk en Inkomen", ["Werk en Inkomen"])])

# ------------------------------------------------------------------ 10 budgetplan schuldhulp (reportlab)
doc(name="ba10_budgetplan_schuldhulp.pdf", producer="rl_doc",
    header="Gemeente Deventer – Schuldhulpverlening (Wet gemeentelijke schuldhulpverlening) – Budgetplan",
    footer="Schuldhulpverlening Deventer · Stadskantoor, Leeuwenbrug 10 · 14 0570 · schuldhulp@deventer.nl",
    title="Budgetplan Mahabali-Chedi", author="Teunissen, Koen",
    items=[("h1", "Budgetplan en schuldenoverzicht"),
           ("table", [["Aanvrager", "Partner", "Schuldhulpverlener"],
                      ["Ravi Mahabali<br/>Snipperlingsdijk 77-B<br/>7417 BK Deventer<br/>06 3390 4471",
                       "Shanti Mahabali-Chedi<br/>werkzaam bij Albert Heijn Keizerstraat",
                       "Koen Teunissen<br/>0570-69 45 12<br/>k.teunissen@deventer.nl"]], [56, 56, 58]),
           ("h2", "1. Inkomsten per maand"),
           ("table", [["Post", "Bedrag"], ["Salaris aanvrager (PostNL, sorteercentrum)", "€ 1.812,40"], ["Salaris partner", "€ 1.046,15"],
                      ["Kinderbijslag (SVB)", "€ 284,06"], ["Zorgtoeslag en huurtoeslag", "€ 497,00"], ["Totaal", "€ 3.639,61"]], [120, 50]),
           ("h2", "2. Vaste lasten"),
           ("table", [["Post", "Bedrag"], ["Huur Woonbedrijf Ieder1", "€ 912,33"], ["Energie Vattenfall", "€ 185,00"],
                      ["Zorgverzekering Menzis (2 pers.)", "€ 298,40"], ["Reservering en leefgeld", "€ 1.520,00"], ["Totaal", "€ 2.915,73"]], [120, 50]),
           ("h2", "3. Schuldeisers"),
           ("table", [["Schuldeiser", "Dossier / rekening", "Openstaand"],
                      ["CJIB (verkeersboetes)", "CJIB 8123 4409 1277", "€ 1.340,00"],
                      ["Belastingdienst (terugvordering toeslagen)", "ref. 2023-TS-88120", "€ 4.205,00"],
                      ["Zilveren Kruis (oude polis)", "polis 1928 3377", "€ 612,75"],
                      ["Dhr. Pradeep Chedi (privélening broer)", f"rek. {iban('INGB', 1001)}", "€ 3.000,00"],
                      ["Lowell Financial Services", "ref. LW-4412-998", "€ 866,10"]], [70, 60, 40]),
           ("h2", "4. Afspraken"),
           ("p", f"Afloscapaciteit: € 723,88 per maand gedurende 18 maanden (minnelijk traject, NVVK-gedragscode). Leefgeld wordt wekelijks "
                 f"overgemaakt op rekening {iban('RABO', 1002)} t.n.v. R. Mahabali. De heer Mahabali heeft een gokverleden en volgt "
                 f"behandeling bij Tactus Verslavingszorg. Wethouder Nazira El Bouzidi (Financiën, Armoedebeleid) is niet bij deze zaak betrokken."),
           ("p", "Ondertekening: R. Mahabali ............ S. Mahabali-Chedi ............ K. Teunissen (namens het college)")],
    redact=[("PERSON", "Ravi Mahabali", ["Ravi", "Mahabali", "R. Mahabali"]), ("ADDRESS", "Snipperlingsdijk 77-B 7417 BK", ["Snipperlingsdijk 77-B", "7417 BK"]),
            ("PHONE", "06 3390 4471", ["06 3390 4471"]), ("PERSON", "Shanti Mahabali-Chedi", ["Shanti", "Mahabali-Chedi", "S. Mahabali-Chedi"]),
            ("PERSON", "Koen Teunissen", ["Koen", "Teunissen", "K. Teunissen"]), ("PHONE", "0570-69 45 12", ["0570-69 45 12"]),
            ("EMAIL", "k.teunissen@deventer.nl", ["k.teunissen@deventer.nl"]), ("PERSON", "Pradeep Chedi", ["Pradeep", "Chedi"]),
            ("IBAN", iban("INGB", 1001), [iban("INGB", 1001)]), ("IBAN", iban("RABO", 1002), [iban("RABO", 1002)]),
            ("ID", "CJIB 8123 4409 1277", ["8123 4409 1277"]), ("ID", "polis 1928 3377", ["1928 3377"]),
            ("HEALTH", "gokverleden", ["gokverleden"])],
    keep=[("LAW", "Wet gemeentelijke schuldhulpverlening", ["Wet gemeentelijke schuldhulpverlening"]), ("ORG", "PostNL", ["PostNL"]),
          ("ORG", "Albert Heijn", ["Albert Heijn"]), ("ORG", "SVB", ["SVB"]), ("ORG", "Woonbedrijf Ieder1", ["Woonbedrijf Ieder1"]),
          ("ORG", "Vattenfall", ["Vattenfall"]), ("ORG", "Menzis", ["Menzis"]), ("ORG", "Belastingdienst", ["Belastingdienst"]),
          ("ORG", "Zilveren Kruis", ["Zilveren Kruis"]), ("ORG", "Lowell Financial Services", ["Lowell Financial Services"]),
          ("ORG", "NVVK", ["NVVK"]), ("ORG", "Tactus Verslavingszorg", ["Tactus Verslavingszorg"]),
          ("PUBLIC_PERSON", "Wethouder Nazira El Bouzidi", ["Nazira El Bouzidi"]), ("ADDRESS_PUBLIC", "Leeuwenbrug 10", ["Leeuwenbrug 10"]),
          ("EMAIL_FUNC", "schuldhulp@deventer.nl", ["schuldhulp@deventer.nl"]), ("AMOUNT", "€ 723,88", ["€ 723,88"]),
          ("AMOUNT", "€ 3.639,61", ["€ 3.639,61"])])
