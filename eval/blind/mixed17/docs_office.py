"""Set AA: documents produced by LibreOffice (python-docx -> Writer, openpyxl -> Calc)."""

from people import MOTIV, MOTIV_P, a, bsn, e, i, iban, k, p, t, u

DOCS = []

# ---------------------------------------------------------------- aa01 beslisnota with side table + comments
MK = "Marlijn Kooistervelt"
RZ = "Reinout Zwagerdijk"
SW = "Sjoerdtsje Wâlstra"
CE = "Chidubem Ezeokafor"
DOCS.append({
    "id": "aa01", "producer": "docx", "producer_desc": "python-docx -> LibreOffice Writer (comments exported)",
    "header": f"{k('DGDOO', 'ACRONYM')} | Directie Digitale Samenleving | concept",
    "footer": f"Kenmerk 2025-0000148211 | {i('MK', MK)}/{i('RZ', RZ)}",
    "docx_author": p(MK, "Kooistervelt, M."),
    "comments": [
        (p(SW, "Sjoerdtsje Wâlstra"), i("SW", SW), f"Graag afstemmen met {p(CE, 'Chidubem')} van {k('CIO-office', 'ORG')} voor de {k('DPIA', 'ACRONYM')}; hij is bereikbaar op {t('06-41 87 23 09')}.", "Geadviseerd besluit"),
        (p(RZ, "Zwagerdijk, Reinout"), i("RZ", RZ), f"Akkoord, maar {p(MK, 'Marlijn')} wil de passage over {k('DigiD', 'PRODUCT')} nog aanscherpen.", "Krachtenveld"),
    ],
    "blocks": [
        ("h", "Beslisnota"),
        ("kv", [("Aan", f"de {k('staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties', 'ROLE')}"),
                ("Via", f"{k('DGDOO', 'ACRONYM')} en {k('SG', 'ACRONYM')}"),
                ("Van", p(MK)),
                ("Datum", "12 februari 2025"),
                ("Kenmerk", "2025-0000148211"),
                ("Onderwerp", f"Verplichte {k('MFA', 'TERM')} voor {k('Rijksportaal', 'PRODUCT')} en {k('Microsoft Teams', 'PRODUCT')}"),
                ("Contactpersoon", f"{p(RZ)}, senior beleidsmedewerker, {t('06-23 71 90 58')}, {e('reinout.zwagerdijk@minbzk.nl')}"),
                ("Kopie aan", f"{p(SW, 'S. Wâlstra')} ({k('FEZ', 'ACRONYM')}), {p(CE, 'C. Ezeokafor')} ({k('CIO-office', 'ORG')})")]),
        ("h2", "Aanleiding"),
        ("p", f"Op 28 januari 2025 heeft {k('staatssecretaris Szabó', 'PUBLIC')} in het commissiedebat Digitale Overheid toegezegd dat alle rijksmedewerkers uiterlijk 1 juli {k('MFA', 'TERM')} gebruiken. "
              f"Het Kamerlid {k('Kathmann', 'PUBLIC')} ({k('GroenLinks-PvdA', 'ORG')}) vroeg daarbij naar de stand van zaken bij {k('Logius', 'ORG')} en {k('SSC-ICT', 'ORG')}."),
        ("h2", "Geadviseerd besluit"),
        ("p", f"U wordt gevraagd in te stemmen met de gefaseerde invoering van {k('Single Sign-On', 'TERM')} ({k('SSO', 'ACRONYM')}) via {k('Entra ID', 'PRODUCT')} en met de bijgevoegde brief aan de Tweede Kamer."),
        ("h2", "Kern"),
        ("p", f"Het {k('CIO Rijk', 'ORG')} adviseert de uitrol in drie tranches. De eerste tranche (kerndepartementen) is volgens {p(CE, 'Ezeokafor')} technisch gereed. "
              f"{p(SW, 'Wâlstra')} heeft de kosten geraamd op € 2,4 mln, te dekken uit het programma {k('Werk aan Uitvoering', 'PROGRAM')}. Zie ook het rapport {k('“Staat van de Uitvoering 2024”', 'TITLE')}."),
        ("h2", "Krachtenveld"),
        ("p", f"De {k('VNG', 'ACRONYM')} en het {k('IPO', 'ACRONYM')} steunen de aanpak. De {k('Algemene Rekenkamer', 'ORG')} wees eerder op het risico van vendor lock-in; {k('mutatis mutandis', 'LATIN')} geldt dat ook hier. "
              f"Voormalig staatssecretaris {k('Van Huffelen', 'PUBLIC')} heeft in 2023 al een vergelijkbare toezegging gedaan."),
        ("h2", "Paraafroute"),
        ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                   [p(MK), "beleidsmedewerker", i("MK", MK), "12-02"],
                   [p(RZ), "senior beleidsmedewerker", i("RZw", RZ), "13-02"],
                   ["", f"directeur {k('Digitale Samenleving', 'ORG')}", "", ""]]),
        MOTIV, MOTIV_P,
    ],
})

# ---------------------------------------------------------------- aa02 verslag with attendance list, two columns
GJ = "Gerrit-Jan Ommerkamp"
QH = "Quirine van Haeverwijck"
RT = "Rudmer Tjallingii"
MB = "Maricel Bantiling"
OV = "Oleksandra Velychkivska"
TM = "Tamar Mulder"
DOCS.append({
    "id": "aa02", "producer": "docx", "producer_desc": "python-docx -> LibreOffice Writer, two columns",
    "columns": 2, "size": 9.5,
    "footer": f"Verslag {k('MT DMO', 'ORG')} 4 maart 2025 - intern",
    "blocks": [
        ("h", "Verslag MT-overleg Directie Middelen en Organisatie"),
        ("p", f"Datum: 4 maart 2025, 10.00-11.30 uur, {k('Turfmarkt 147', 'ADDRESS_ORG')} (kamer 12.06) en {k('Microsoft Teams', 'PRODUCT')}"),
        ("p", f"Aanwezig: {p(GJ)} (voorzitter), {p(QH)}, {p(RT)}, {p(MB)}, {p(OV)} ({k('FEZ', 'ACRONYM')}), {p(TM)} (notulist)"),
        ("p", f"Afwezig met bericht: {p('Wybren Hoogterp')}, {p('Ayaan Xirsi Cabdulle')}"),
        ("h2", "1. Opening en mededelingen"),
        ("p", f"{p(GJ, 'Gerrit-Jan')} opent en meldt dat {k('minister Uitermark', 'PUBLIC')} op 20 maart het {k('Huygens-gebouw', 'BUILDING')} bezoekt. {p(QH, 'Quirine')} coördineert het programma met de {k('Rijksvastgoedbedrijf', 'ORG')}-accountmanager."),
        ("h2", "2. Huisvesting"),
        ("p", f"De verhuizing van {k('DGBEL', 'ACRONYM')} naar het {k('Johan de Witt-huis', 'BUILDING')} loopt vertraging op. {p(RT, 'Tjallingii')} meldt dat de aannemer ({k('Mulder Bouw B.V.', 'ORG')}) pas in mei oplevert. "
              f"Een medewerker van de facilitaire dienst vroeg of de {k('mulder', 'WORD')}-molen op het binnenterrein blijft staan: die blijft."),
        ("h2", "3. Financiën"),
        ("p", f"{p(OV, 'Oleksandra')} licht de eerste suppletoire begroting toe. De {k('Voorjaarsnota', 'TITLE')} vraagt een taakstelling van 3%. {p(MB, 'Bantiling')} wijst op de {k('SLA', 'ACRONYM')} met {k('SSC-ICT', 'ORG')} die in 2026 afloopt."),
        ("h2", "4. Personeel"),
        ("p", f"{p(QH, 'Van Haeverwijck')} meldt drie vacatures. De werving loopt via {k('Werken voor Nederland', 'PRODUCT')}. Het {k('ABD', 'ACRONYM')} is gevraagd voor de directeursfunctie."),
        ("h2", "Actielijst"),
        ("table", [["Nr", "Actie", "Wie", "Wanneer"],
                   ["25-07", f"Programma bezoek {k('minister Uitermark', 'PUBLIC')}", i("QvH", QH), "14 mrt"],
                   ["25-08", "Planning aannemer opvragen", i("RTj", RT), "11 mrt"],
                   ["25-09", f"Notitie {k('SLA', 'ACRONYM')} {k('SSC-ICT', 'ORG')}", i("MBa", MB), "1 apr"],
                   ["25-10", "Taakstelling uitwerken", f"{i('OV', OV)} / {i('GJO', GJ)}", "25 mrt"]], [1.1, 3.9, 1.6, 1.3]),
        ("p", f"Verslag: {p(TM, 'T. Mulder')}, {e('t.mulder@minbzk.nl')}. Vragen over huisvesting: {k('huisvesting-dmo@minbzk.nl', 'MAILBOX')}."),
    ],
})

# ---------------------------------------------------------------- aa03 wolf note (Dutch words as names)
RW = "Roos Wolf"
IV = "Ilse Vos"
MBg = "Marit Berg"
HN = "Hielke Nijdamstra"
DOCS.append({
    "id": "aa03", "producer": "docx", "producer_desc": "python-docx -> LibreOffice Writer",
    "header": f"Provincie Drenthe | {k('Team Natuur en Landschap', 'ORG')}",
    "docx_author": p(RW, "Wolf, R."),
    "blocks": [
        ("h", f"Notitie: {k('Wolf', 'WORD')} in het Drentse Aa-gebied"),
        ("kv", [("Aan", f"{k('gedeputeerde Jumelet', 'PUBLIC')}"), ("Van", f"{p(RW)} en {p(IV)}"), ("Datum", "17 januari 2025"),
                ("Afschrift", f"{p(MBg)}, {p(HN)}")]),
        ("h2", "Aanleiding"),
        ("p", f"Sinds december zijn bij Grolloo en Gasteren schapen gedood. DNA-onderzoek door {k('Wageningen Environmental Research', 'ORG')} bevestigt dat het om een {k('wolf', 'WORD')} gaat. "
              f"{k('Wolf', 'WORD')} en {k('vos', 'WORD')} worden in de meldingen soms verward; in twee gevallen bleek het een {k('vos', 'WORD')} te zijn."),
        ("p", f"{p(RW, 'Wolf')} heeft met {k('BIJ12', 'ORG')} de taxaties besproken. {p(IV, 'Vos')} stelt voor om de subsidie voor wolfwerende rasters te verhogen. "
              f"{p(MBg, 'Berg')} (juridische zaken) wijst erop dat de {k('Omgevingswet', 'LAW')} en de {k('Habitatrichtlijn', 'LAW')} een afschot vrijwel uitsluiten."),
        ("h2", "Bestuurlijk"),
        ("p", f"{k('Commissaris van de Koning', 'ROLE')} {k('Klijnsma', 'PUBLIC')} heeft het onderwerp geagendeerd voor het {k('IPO', 'ACRONYM')}-bestuur. Minister {k('Wiersma', 'PUBLIC')} ({k('LVVN', 'ACRONYM')}) wil een landelijk {k('wolvenplan', 'WORD')}. "
              f"De gemeente {k('Berg en Dal', 'PLACE')} heeft ervaring met een vergelijkbare aanpak op de {k('Veluwe', 'PLACE')}; de {k('berg', 'WORD')} aan kennis daar is groot."),
        ("h2", "Voorstel"),
        ("p", f"Wij stellen voor een informatieavond te houden in Rolde. {p(HN, 'Nijdamstra')} ({k('Staatsbosbeheer', 'ORG')}) zegt toe de boswachters te laten aansluiten; het {k('bos', 'WORD')} ten zuiden van Gasteren blijft voorlopig open."),
        ("p", f"Contact: {p(RW, 'R. Wolf')}, {t('06-19 44 80 37')}, {e('r.wolf@drenthe.nl')} of het algemene nummer {k('0592 36 55 55', 'SWITCHBOARD')}."),
        MOTIV, MOTIV_P,
    ],
})

# ---------------------------------------------------------------- aa04 Kamervragen answers
ST = "Semhar Gebrezghiabher"
AF = "Adilson Furtado Brito"
DOCS.append({
    "id": "aa04", "producer": "docx", "producer_desc": "python-docx -> LibreOffice Writer",
    "footer": f"Concept-antwoorden {k('2025Z01873', 'ID')} | behandelaar {p(ST, 'Gebrezghiabher')}",
    "docx_author": p(ST, "Gebrezghiabher, S."),
    "blocks": [
        ("h", "Antwoorden op Kamervragen"),
        ("p", f"Antwoorden van {k('minister Van Hijum', 'PUBLIC')} (Sociale Zaken en Werkgelegenheid) op vragen van de leden {k('Six Dijkstra', 'PUBLIC')} ({k('NSC', 'ACRONYM')}) en {k('Van Kent', 'PUBLIC')} ({k('SP', 'ACRONYM')}) over de uitvoering van de {k('Participatiewet', 'LAW')} (ingezonden 3 februari 2025)."),
        ("h2", "Vraag 1"),
        ("p", f"Bent u bekend met het bericht “Bijstandsgerechtigden wachten maanden op besluit” in {k('Trouw', 'ORG')}?"),
        ("h2", "Antwoord 1"),
        ("p", f"Ja. Mijn ambtsvoorganger, {k('minister Schouten', 'PUBLIC')}, heeft de Kamer in 2023 geïnformeerd over het programma {k('Participatiewet in balans', 'PROGRAM')}."),
        ("h2", "Vraag 2"),
        ("p", "Hoeveel gemeenten halen de wettelijke beslistermijn van acht weken niet?"),
        ("h2", "Antwoord 2"),
        ("p", f"Uit de monitor van {k('Divosa', 'ORG')} blijkt dat 38 gemeenten de termijn in meer dan 10% van de aanvragen overschrijden. Het {k('CBS', 'ACRONYM')} publiceert in april nieuwe cijfers. "
              f"De {k('Inspectie SZW', 'ORG')} ({k('Nederlandse Arbeidsinspectie', 'ORG')}) doet geen onderzoek naar individuele gemeenten."),
        ("h2", "Vraag 3"),
        ("p", f"Deelt u de opvatting van staatssecretaris {k('Nobel', 'PUBLIC')} dat de {k('Participatiewet', 'LAW')} menselijker moet?"),
        ("h2", "Antwoord 3"),
        ("p", f"Ja. Staatssecretaris {k('Nobel', 'PUBLIC')} werkt aan het wetsvoorstel. Het lid {k('Ceder', 'PUBLIC')} heeft hierover een motie ingediend die is aangenomen."),
        ("pb",),
        ("h2", "Interne toelichting (niet voor de Kamer)"),
        ("p", f"Bron antwoord 2: mail van {p(AF)} ({k('Divosa', 'ORG')}) aan {p(ST)}, 10 februari. {p(AF, 'Furtado Brito')} vraagt de cijfers niet per gemeente te noemen. "
              f"Afgestemd met {p('Ioana Bărăgănescu')} ({k('DG Werk', 'ORG')}, {t('070 333 48 21')}) en met {p('Errol Ajoebasingh')} van de {k('VNG', 'ACRONYM')}."),
        ("table", [["Stap", "Naam", "Paraaf", "Datum"],
                   ["Opsteller", p(ST, "Gebrezghiabher, S."), i("SGb", ST), "11-02"],
                   ["Collegiale toets", p("Ioana Bărăgănescu", "Bărăgănescu, I."), i("IB", "Ioana Bărăgănescu"), "12-02"],
                   ["Directeur", f"{k('directeur Participatie en Decentrale Voorzieningen', 'ROLE')}", "", ""]]),
        ("p", f"Vragen: {k('kamervragen-szw@minszw.nl', 'MAILBOX')} of {e('s.gebrezghiabher@minszw.nl')}."),
    ],
})

# ---------------------------------------------------------------- aa05 heritage note: koster, Hoek, dekker
WK = "Wietse Koster"
DH = "Daan Hoek"
KD = "Kees Dekker"
DOCS.append({
    "id": "aa05", "producer": "docx", "producer_desc": "python-docx -> LibreOffice Writer -> Ghostscript", "gs": True,
    "header": f"{k('Rijksdienst voor het Cultureel Erfgoed', 'ORG')} - Regio West",
    "blocks": [
        ("h", "Memo restauratie Sint-Laurenskerk"),
        ("lines", [f"Aan: {k('burgemeester Schouten', 'PUBLIC')} (Rotterdam), ter informatie", f"Van: {p(WK)}, adviseur erfgoed", "Datum: 6 maart 2025",
                   f"Onderwerp: dakherstel en subsidie {k('Brim', 'ACRONYM')}"]),
        ("p", f"Bij de schouw op 3 maart waren aanwezig: {p(DH)} (bouwhistoricus), {p(KD)} (aannemer, {k('Koninklijke Woudenberg', 'ORG')}) en de {k('koster', 'WORD')} van de kerk. "
              f"De {k('koster', 'WORD')} wees op lekkage in de noordwestelijke {k('hoek', 'WORD')} van het schip."),
        ("p", f"{p(DH, 'Hoek')} constateert dat de leien uit 1968 aan vervanging toe zijn. {p(KD, 'Dekker')} kan in september beginnen; een {k('dekker', 'WORD')} uit {k('Hoek van Holland', 'PLACE')} zou eerder kunnen, maar heeft geen erkenning."),
        ("p", f"Volgens {p(WK, 'Koster')} valt het werk onder de {k('Subsidieregeling instandhouding monumenten', 'LAW')}. De wethouder, {k('wethouder Kasmi', 'PUBLIC')}, is positief. "
              f"Ook het {k('Prins Bernhard Cultuurfonds', 'ORG')} en het {k('Erasmus MC', 'ORG')} (dat de kapel gebruikt voor herdenkingen) dragen bij."),
        ("p", f"Contact: {p(WK, 'W. Koster')}, {t('06 2984 1176')}, {e('w.koster@cultureelerfgoed.nl')}; {p(DH, 'D. Hoek')}, {e('daan@hoekbouwhistorie.nl')}."),
        MOTIV, MOTIV_P,
    ],
})

# ---------------------------------------------------------------- aa06 P&O integrity case note with comments
NB = "Nuno Baptista Évora"
LR = "Lieke Ruiterdink-Haasnoot"
PV = "Pepijn Veldhorst"
AK = "Aryan Kapoorsingh"
DOCS.append({
    "id": "aa06", "producer": "docx", "producer_desc": "python-docx -> LibreOffice Writer (comments exported)",
    "header": f"VERTROUWELIJK - {k('Integriteitsbureau', 'ORG')} {k('UBR', 'ACRONYM')}",
    "footer": f"Dossier INT-2025-014 | opsteller {i('LRH', LR)}",
    "comments": [(p(PV, "Veldhorst, Pepijn"), i("PV", PV), f"Klopt het dat {p(AK, 'Kapoorsingh')} al eerder een waarschuwing had? Graag checken in {k('P-Direkt', 'PRODUCT')}.", "Verloop"),
                 (p(LR, "Lieke R-H"), i("LRH", LR), f"Nee, navraag bij {p(PV, 'Pepijn')} gedaan.", "Conclusie")],
    "blocks": [
        ("h", "Casusnotitie integriteitsmelding"),
        ("kv", [("Melder", f"{p(NB)}, teamleider {k('DJI', 'ACRONYM')}"), ("Betrokkene", f"{p(AK)}, medewerker, personeelsnr. 300187442"),
                ("Vertrouwenspersoon", p(PV)), ("Behandeld door", f"{p(LR)} ({t('06-58 10 22 73')})")]),
        ("h2", "Verloop"),
        ("p", f"Op 14 januari meldde {p(NB, 'Baptista Évora')} dat {p(AK, 'Aryan')} declaraties zou hebben ingediend voor dienstreizen naar Zwolle die niet zijn gemaakt. "
              f"De melding kwam binnen via het {k('Meldpunt Integriteit', 'ORG')} en is geregistreerd in {k('TOPdesk', 'PRODUCT')}."),
        ("p", f"In het gesprek op 22 januari verklaarde {p(AK, 'Kapoorsingh')} dat hij voor het {k('Prinses Máxima Centrum', 'ORG')} in Utrecht werkte. {p(NB, 'Nuno')} bestrijdt dit."),
        ("h2", "Conclusie"),
        ("p", f"Er is onvoldoende grond voor een disciplinair onderzoek. Wel wordt het {k('Handboek declaraties', 'TITLE')} opnieuw onder de aandacht gebracht. Het {k('ARAR', 'LAW')} is van toepassing; {k('prima facie', 'LATIN')} is er geen sprake van plichtsverzuim."),
        ("p", f"Het {k('Landelijk Meldpunt Integriteit', 'ORG')} is niet ingeschakeld. Contact via {k('integriteit@ubr.nl', 'MAILBOX')}."),
        MOTIV, MOTIV_P,
    ],
})

# ---------------------------------------------------------------- aa07 Wmo case note about citizens
JL = "Jozefien Lourensberg-Statia"
SL = "Shurenska Lourensberg"
RK = "Rishma Kalloesingh"
DOCS.append({
    "id": "aa07", "producer": "docx", "producer_desc": "python-docx -> LibreOffice Writer",
    "header": f"Gemeente Zaanstad | {k('Sociaal Domein', 'ORG')} | {k('Wmo', 'LAW')}-verslag",
    "blocks": [
        ("h", "Verslag keukentafelgesprek Wmo"),
        ("kv", [("Cliënt", p(JL)), ("Geboortedatum", "14-07-1949"), ("BSN", bsn("268506590")),
                ("Adres", a("Pinaslaan 31, 1503 KV Zaandam")), ("Telefoon", t("075 617 40 92")),
                ("Mantelzorger", f"{p(SL)} (dochter), {t('06 4412 9930')}"), ("Consulent", p(RK))]),
        ("p", f"Mevrouw {p(JL, 'Lourensberg')} woont sinds 1978 in Zaandam; zij kwam uit Willemstad ({k('Curaçao', 'PLACE')}). Haar dochter {p(SL, 'Shurenska')} doet de boodschappen. "
              f"Mevrouw heeft een rollator en kan de trap naar de slaapkamer niet meer op."),
        ("p", f"Gevraagd wordt een traplift of verhuizing naar een gelijkvloerse woning via {k('Parteon', 'ORG')}. {p(RK, 'Kalloesingh')} adviseert huishoudelijke ondersteuning (2 uur per week) via {k('Zorgcentrum De Heemswijk', 'ORG')}."),
        ("p", f"De huisarts, dokter {p('Bonifacius Tjon-A-Loi', 'Tjon-A-Loi')}, is met toestemming geïnformeerd. Betaling eigen bijdrage via het {k('CAK', 'ACRONYM')}; rekeningnummer mantelzorger {iban('NL84 INGB 5277 3936 03')}."),
        ("p", f"Besluit volgt binnen zes weken, ondertekend namens het college door de {k('wethouder Zorg en Welzijn', 'ROLE')}. Vragen: {k('14 075', 'SWITCHBOARD')} of {k('wmo@zaanstad.nl', 'MAILBOX')}."),
        ("p", f"Consulent: {p(RK, 'R. Kalloesingh')}, {e('r.kalloesingh@zaanstad.nl')}"),
    ],
})

# ---------------------------------------------------------------- aa08 subsidy decision to a private person
HA = "Hendrikje Abbenbroek-Pauw"
SP = "Sven Pauw"
DOCS.append({
    "id": "aa08", "producer": "docx", "producer_desc": "python-docx -> LibreOffice Writer",
    "footer": f"Provincie Utrecht | {k('Archimedeslaan 6', 'ADDRESS_ORG')} | {k('030 258 91 11', 'SWITCHBOARD')}",
    "docx_author": u("habb02", HA),
    "blocks": [
        ("lines", [p(HA, "Mevrouw H. Abbenbroek-Pauw"), a("Kromme Rijnkade 4"), a("3981 GP Bunnik")]),
        ("sp",),
        ("lines", ["Datum: 24 februari 2025", "Zaaknummer: Z-2025-03318", f"Behandeld door: {p('Kofi Asantewaa-Boateng', 'K. Asantewaa-Boateng')}",
                   f"Telefoon: {t('030 258 22 94')}"]),
        ("h2", "Onderwerp: besluit subsidie groene erven"),
        ("p", f"Geachte mevrouw {p(HA, 'Abbenbroek-Pauw')},"),
        ("p", f"Op 8 januari ontvingen wij uw aanvraag voor de {k('Subsidieregeling Groen en Erfgoed', 'LAW')}. U vraagt subsidie voor het herstel van de hoogstamboomgaard bij uw boerderij. "
              f"Gedeputeerde Staten verlenen u een subsidie van € 7.480. Het bedrag wordt overgemaakt op {iban('NL79 RABO 8381 6937 49')} ten name van {p(HA, 'H. Abbenbroek')}."),
        ("p", f"In de aanvraag noemt u uw zoon {p(SP)} als uitvoerder. De kinderboerderij naast het erf houdt een {k('pauw', 'WORD')} en kippen; die vallen niet onder de regeling."),
        ("p", f"Tegen dit besluit kunt u binnen zes weken bezwaar maken bij Gedeputeerde Staten. Meer informatie op {k('www.provincie-utrecht.nl', 'WEB')}."),
        ("p", f"Hoogachtend, namens Gedeputeerde Staten van Utrecht, {k('gedeputeerde Schaddelee', 'PUBLIC')}"),
        ("small", f"Dit besluit is elektronisch vastgesteld. Kopie: {p('Kofi Asantewaa-Boateng', 'Asantewaa-Boateng')} (dossier)."),
    ],
})

# ---------------------------------------------------------------- aa09 Calc: Woo inventarislijst with senders / recipients
DOCS.append({
    "id": "aa09", "producer": "xlsx", "producer_desc": "openpyxl -> LibreOffice Calc, landscape", "landscape": True,
    "xlsx_widths": [6, 30, 11, 24, 24, 13, 9, 30],
    "footer": f"Inventarislijst Woo-besluit 2025-0211 {k('BZK', 'ACRONYM')}",
    "blocks": [
        ("h", "Inventarislijst Woo-verzoek digitale identiteit (2025-0211)"),
        ("table", [["Nr", "Document", "Datum", "Van", "Aan", "Beoordeling", "Grond", "Toelichting"],
                   ["1", f"Beslisnota {k('MFA', 'TERM')} Rijksportaal", "12-02-2025", p(MK, "Kooistervelt, M."), k("staatssecretaris Szabó", "PUBLIC"), "Deels openbaar", "5.1.2e", "Namen ambtenaren"],
                   ["2", "E-mail inzake planning", "13-02-2025", p(RZ, "Zwagerdijk, R."), f"{p(SW, 'Wâlstra, S.')}; {p(CE, 'Ezeokafor, C.')}", "Deels openbaar", "5.1.2e", ""],
                   ["3", f"Verslag {k('MT DMO', 'ORG')}", "04-03-2025", p(TM, "Mulder, T."), k("MT DMO", "ORG"), "Deels openbaar", "5.1.2e", ""],
                   ["4", "Chatbericht Teams", "05-03-2025", p("Maarten Giethoornveld", "Giethoornveld, M."), p("Xandra Oosterlaak-Bijl", "OOSTERLAAK-BIJL, X."), "Deels openbaar", "5.1.2e", "Alleen zakelijke deel"],
                   ["5", f"Brief {k('VNG', 'ACRONYM')}", "06-03-2025", k("VNG", "ACRONYM"), k("minister Uitermark", "PUBLIC"), "Openbaar", "", "Reeds openbaar"],
                   ["6", "E-mail Logius", "07-03-2025", p("Tiago Semedo Gonçalves", "Semedo Gonçalves, T."), p(RZ, "Zwagerdijk, R."), "Deels openbaar", "5.1.2e", ""],
                   ["7", "Notitie wolvenplan", "17-01-2025", p(RW, "Wolf, R."), k("gedeputeerde Jumelet", "PUBLIC"), "Niet openbaar", "5.2.1", "Buiten reikwijdte"],
                   ["8", f"Agenda {k('Catshuis', 'BUILDING')}-sessie", "10-03-2025", k("Ministerie van Algemene Zaken", "ORG"), k("minister-president Schoof", "PUBLIC"), "Openbaar", "", ""],
                   ["9", "Whatsapp-export", "11-03-2025", p("Pim Haan", "Haan, P."), p(IV, "Vos, I."), "Deels openbaar", "5.1.2e", "Privédeel verwijderd"]]),
        ("p", f"Vragen over deze lijst: {k('woo-verzoeken@minbzk.nl', 'MAILBOX')}"),
    ],
})

# ---------------------------------------------------------------- aa10 Calc: bereikbaarheidslijst crisis team
DOCS.append({
    "id": "aa10", "producer": "xlsx", "producer_desc": "openpyxl -> LibreOffice Calc, landscape", "landscape": True,
    "xlsx_widths": [26, 22, 20, 16, 30, 12],
    "header": f"{k('Veiligheidsregio Fryslân', 'ORG')} - Bereikbaarheid {k('ROT', 'ACRONYM')}",
    "blocks": [
        ("h", "Bereikbaarheidslijst Regionaal Operationeel Team, week 11-12 2025"),
        ("table", [["Naam", "Functie", "Organisatie", "Mobiel", "E-mail", "Piket"],
                   [p("Tsjalling Heerema-Fokkinga"), "Operationeel leider", k("Veiligheidsregio Fryslân", "ORG"), t("06-12 30 87 44"), e("t.heerema@vrfryslan.nl"), "wk 11"],
                   [p("Baukje Jelsma-de Vries", "JELSMA-DE VRIES, Baukje"), "Officier van dienst", k("Brandweer Fryslân", "ORG"), t("06-53 99 10 28"), e("b.jelsma@vrfryslan.nl"), "wk 11"],
                   [p("Haitske Winter"), k("Hoofd informatie", "ROLE"), k("GHOR Fryslân", "ORG"), t("06 4170 2263"), e("h.winter@ghorfryslan.nl"), "wk 12"],
                   [p("Abdirahman Warsame Guuleed", "Warsame Guuleed, A."), "Communicatieadviseur", k("Gemeente Leeuwarden", "ORG"), t("06-27 71 66 05"), e("a.warsameguuleed@leeuwarden.nl"), "wk 12"],
                   [p("Femke Kok"), k("Algemeen commandant bevolkingszorg", "ROLE"), k("Gemeente Smallingerland", "ORG"), t("06-34 18 52 90"), e("f.kok@smallingerland.nl"), "wk 11-12"],
                   [k("burgemeester Buma", "PUBLIC"), "Voorzitter veiligheidsregio", k("Gemeente Leeuwarden", "ORG"), "via meldkamer", k("bestuurssecretariaat@vrfryslan.nl", "MAILBOX"), "-"],
                   [p("Doede Bouma-Rypma", "Bouma-Rypma, D."), "Liaison Defensie", k("Koninklijke Marechaussee", "ORG"), t("06-40 02 91 17"), e("d.bouma@mindef.nl"), "wk 12"]]),
        ("p", f"Meldkamer Noord-Nederland: {k('088 229 90 00', 'SWITCHBOARD')} (24/7). {k('Kok', 'WORD')} op locatie is geregeld via de cateraar; de {k('koffie', 'WORD')} via de facilitaire dienst."),
    ],
})

# ---------------------------------------------------------------- aa11 Calc: actielijst with initials and paraphs
DOCS.append({
    "id": "aa11", "producer": "xlsx", "producer_desc": "openpyxl -> LibreOffice Calc",
    "xlsx_widths": [6, 44, 10, 10, 22],
    "blocks": [
        ("h", f"Actielijst programmateam {k('Programma Open Overheid', 'PROGRAM')} (stand 18-03-2025)"),
        ("p", f"Team: {p('Jeroen van de Bijlaard')} ({i('JvdB', 'Jeroen van de Bijlaard')}), {p('Annemieke Klaverdijk')} ({i('A.K.', 'Annemieke Klaverdijk')}), {p('Pieter de Vroomhaven')} ({i('PdV', 'Pieter de Vroomhaven')}), {p('Ngozi Adebayo-Martens')} ({i('NAM', 'Ngozi Adebayo-Martens')})"),
        ("table", [["Nr", "Actie", "Eigenaar", "Deadline", "Status"],
                   ["1", f"Reactie op rapport {k('“Open op orde”', 'TITLE')} van de {k('Inspectie Overheidsinformatie', 'ORG')}", i("JvdB", "Jeroen van de Bijlaard"), "21-03", "loopt"],
                   ["2", f"Afstemming {k('KOOP', 'ACRONYM')} over {k('open.overheid.nl', 'WEB')}", i("A.K.", "Annemieke Klaverdijk"), "28-03", "gereed"],
                   ["3", f"Notitie {k('Woo-index', 'PRODUCT')} voor {k('staatssecretaris Szabó', 'PUBLIC')}", f"{i('PdV', 'Pieter de Vroomhaven')} / {i('NAM', 'Ngozi Adebayo-Martens')}", "04-04", "open"],
                   ["4", f"Planning {k('Thorbecke-lezing', 'EVENT')} 2025", i("A.K.", "Annemieke Klaverdijk"), "11-04", "open"],
                   ["5", f"Overleg met {k('Adviescollege Openbaarheid en Informatiehuishouding', 'ORG')} ({k('ACOI', 'ACRONYM')})", i("JvdB", "Jeroen van de Bijlaard"), "15-04", "open"],
                   ["6", f"Input {k('Kamerlid Sneller', 'PUBLIC')} verwerken", f"{p('Ngozi Adebayo-Martens', 'Ngozi')}", "18-04", "open"]]),
        ("p", f"Afgevinkt door {p('Pieter de Vroomhaven', 'Pieter')}. Vragen aan {k('programma-openoverheid@minbzk.nl', 'MAILBOX')}."),
    ],
})
