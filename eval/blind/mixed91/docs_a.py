from people import *  # noqa

DOCS = []


def D(id, title, prod, blocks, font="Helvetica", size=10, **kw):
    DOCS.append(dict(id=id, title=title, prod=prod, blocks=blocks, font=font, size=size, **kw))


def mail(frm, sent, to, subj, cc=None, en=False):
    L = ("From", "Sent", "To", "Cc", "Subject") if en else ("Van", "Verzonden", "Aan", "CC", "Onderwerp")
    rows = [(L[0] + ":", frm), (L[1] + ":", sent), (L[2] + ":", to)]
    if cc:
        rows.append((L[3] + ":", cc))
    rows.append((L[4] + ":", subj))
    return ("kv", rows, 0.16)


MOTIV_EMPTY = [("h2", "Informatie die niet openbaar gemaakt kan worden"), ("p", "[n.v.t. / in te vullen]")]

# ---------------------------------------------------------------- cw01 Woo-besluit (letter, 2 pages)
D("cw01", "Besluit op Woo-verzoek SDE++ Twentse Groengas", "rl", [
    ("lh", "Ministerie van Klimaat en Groene Groei", ["{{Directie Wetgeving en Juridische Zaken}}", "{{Bezuidenhoutseweg 73}}", "{{2594 AC Den Haag}}", "Postbus 20401, 2500 EK Den Haag", "www.rijksoverheid.nl/kgg"]),
    ("sp", 6),
    ("p", "Per e-mail en per post"),
    ("p", "De heer [[D.]] [[Heijermans]]<br/>[[Vechtstraat 112-2]]<br/>[[1079 JH]] Amsterdam"),
    ("sp", 6),
    ("kv", [("Datum", "14 oktober 2025"), ("Ons kenmerk", "{{KGG/WJZ/25-0418817}}"), ("Uw verzoek", "29 juni 2025"),
            ("Contactpersoon", "[[mr. P.J.]] [[de Roode-Verhulst]], Woo-coördinator"),
            ("T", "{{070 379 8911}} (algemeen) / [[06-19420587]] (direct)"), ("E", "{{woo@minkgg.nl}}"),
            ("Onderwerp", "Besluit op uw verzoek op grond van de {{Wet open overheid}}")]),
    ("p", "Geachte heer [[Heijermans]],"),
    ("p", "In uw e-mail van 29 juni 2025, ontvangen op dezelfde dag, heeft u met een beroep op de {{Wet open overheid}} ({{Woo}}) gevraagd om openbaarmaking van documenten over de subsidie die de {{Rijksdienst voor Ondernemend Nederland}} ({{RVO}}) in het kader van de {{SDE++}} heeft verleend aan {{Twentse Groengas B.V.}}, en over het onderzoek naar mogelijke subsidiefraude dat daarop volgde. Ook vroeg u naar de contacten met de {{Europese Commissie}} over de {{EFRO}}- en {{JTF}}-projecten van dezelfde groep."),
    ("h2", "1. Verloop van de procedure"),
    ("p", "Bij brief van 3 juli 2025 is de ontvangst van uw verzoek bevestigd. Op 8 augustus 2025 is de beslistermijn met twee weken verdaagd. Op 22 augustus 2025 heeft u telefonisch met mijn medewerker, mevrouw [[El Khatib]], afgesproken dat het verzoek wordt beperkt tot de periode 1 januari 2023 tot en met 30 juni 2025. Derde-belanghebbenden zijn in de gelegenheid gesteld een zienswijze te geven (artikel 4.4 van de {{Woo}})."),
    ("h2", "2. Besluit"),
    ("p", "Ik heb besloten uw verzoek gedeeltelijk toe te wijzen. Van de 34 aangetroffen documenten maak ik 3 documenten volledig openbaar, 28 documenten gedeeltelijk openbaar en 3 documenten niet openbaar. De inventarislijst is als bijlage 1 bij dit besluit gevoegd."),
    ("h2", "3. Overwegingen"),
    ("p", "**Persoonlijke levenssfeer (artikel 5.1, tweede lid, aanhef en onder e, Woo).** In de documenten staan namen, e-mailadressen, telefoonnummers en handtekeningen van medewerkers van het ministerie, van {{RVO}}, van de {{Auditdienst Rijk}} en van de {{Europese Commissie}}, en gegevens van medewerkers van betrokken bedrijven. Namen van bewindspersonen, zoals minister {{Hermans}}, en van de {{Eurocommissaris}} maak ik wel openbaar, omdat zij in hun publieke functie optreden."),
    ("p", "**Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo).** In enkele documenten staan gegevens over de gezondheid van een bestuurder en strafrechtelijke persoonsgegevens. Deze gegevens maak ik niet openbaar."),
    ("p", "**Identificatienummers (artikel 5.1, eerste lid, onder e, Woo).** Burgerservicenummers in aanvraagformulieren van de {{ISDE}} zijn weggelakt."),
    ("p", "**Internationale betrekkingen (artikel 5.1, tweede lid, onder a, Woo).** Passages uit de correspondentie met {{DG REGIO}} en {{OLAF}} die nog lopende gesprekken betreffen, maak ik niet openbaar."),
    ("p", "**Eenmanszaken.** Gegevens van een eenmanszaak die herleidbaar zijn tot de eigenaar, zoals de handelsnaam met zijn achternaam, het {{KvK}}-nummer, het adres en het rekeningnummer, zijn persoonsgegevens. Deze zijn weggelakt. Gegevens van rechtspersonen, zoals {{Twentse Groengas B.V.}}, maak ik openbaar."),
    ("h2", "4. Wijze van openbaarmaking"),
    ("p", "De documenten worden gepubliceerd op {{open.overheid.nl}}. Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de minister van {{Klimaat en Groene Groei}}, {{Directie Wetgeving en Juridische Zaken}}, Postbus 20401, 2500 EK Den Haag."),
    ("p", "Hoogachtend,"),
    ("p", "De minister van {{Klimaat en Groene Groei}},<br/>namens deze,<br/>het hoofd van de {{Directie Wetgeving en Juridische Zaken}},"),
    ("sig", "vBerkel"),
    ("p", "[[mr. drs. S.E.]] [[van Berkel-Dijkstra]]"),
], font="Times", size=10.5, hidden=[("xmp_creator", "Pieter-Jan de Roode-Verhulst", ["Pieter-Jan"])])

# ---------------------------------------------------------------- cw02 inventarislijst (landscape)
inv = [["Nr", "Datum", "Document", "Afzender / opsteller", "Beoordeling", "Grond", "Toelichting"]]
rows = [
    ("1", "12-01-2023", "Verleningsbeschikking {{SDE++}} {{SDE22-05184}}", "{{RVO}}, team {{SDE++}}", "deels openbaar", "5.1.2e", "naam contactpersoon"),
    ("2", "03-03-2023", "E-mail melding signaal fraude", "[[R. Sant'Anna]] (melder)", "deels openbaar", "5.1.2e, 5.1.2d", ""),
    ("3", "06-03-2023", "E-mailwisseling {{RVO}} intern", "[[M.]] [[Tjon-A-Fong]]", "deels openbaar", "5.1.2e", ""),
    ("4", "20-03-2023", "Opdrachtbrief onderzoek", "{{Inspectie KGG}}", "deels openbaar", "5.1.2e", ""),
    ("5", "11-04-2023", "Gespreksverslag bezoek locatie", "[[J.]] [[van 't Hek]]", "deels openbaar", "5.1.2e, 5.1.1d", "gezondheid"),
    ("6", "18-04-2023", "Uittreksel {{Handelsregister}}", "{{Kamer van Koophandel}}", "deels openbaar", "5.1.2e", "eenmanszaak"),
    ("7", "02-05-2023", "Overzicht bankrekeningen", "{{RVO}}", "deels openbaar", "5.1.2e", "privérekening"),
    ("8", "30-06-2023", "Rapport van feitelijke bevindingen", "{{Flynth}}", "deels openbaar", "5.1.2e, 5.1.2c", ""),
    ("9", "14-07-2023", "E-mail {{DG REGIO}}", "[[K.]] [[Wiśniewska]]", "deels openbaar", "5.1.2e, 5.1.2a", "Engelstalig"),
    ("10", "01-08-2023", "Melding onregelmatigheid {{IMS}}", "{{OLAF}}", "niet openbaar", "5.1.2a", "lopend onderzoek"),
    ("11", "09-10-2023", "Bezwaarschrift", "[[mr. C.F.]] [[van Wijngaarden]]", "deels openbaar", "5.1.2e", ""),
    ("12", "27-11-2023", "Verslag hoorzitting", "{{Adviescommissie bezwaarschriften}}", "deels openbaar", "5.1.2e, 5.1.1d", ""),
    ("13", "05-02-2024", "Chatberichten {{Teams}}", "behandelaars {{RVO}}", "deels openbaar", "5.1.2e", ""),
    ("14", "19-03-2024", "Beslisnota terugvordering", "{{DGKE}}", "deels openbaar", "5.1.2e, 5.2.1", ""),
    ("15", "22-04-2024", "Memo {{Auditdienst Rijk}}", "[[H.]] [[ter Horst]]", "deels openbaar", "5.1.2e", ""),
    ("16", "13-06-2024", "Terugvorderingsbesluit {{ISDE}}", "{{RVO}}", "deels openbaar", "5.1.2e, 5.1.1e", "{{BSN}}"),
    ("17", "02-09-2024", "Kamervragen concept-antwoorden", "{{DGKE}}", "openbaar", "", "reeds openbaar, zie {{2024Z13318}}"),
    ("18", "18-11-2024", "Brief aan {{DG REGIO}}", "{{Stimulus Programmamanagement}}", "deels openbaar", "5.1.2e", ""),
]
for r in rows:
    inv.append(list(r))
D("cw02", "Inventarislijst Woo-besluit KGG/WJZ/25-0418817", "rl", [
    ("h", "Bijlage 1 Inventarislijst bij besluit {{KGG/WJZ/25-0418817}}"),
    ("sm", "Beoordeling: openbaar / deels openbaar / niet openbaar. Gronden: 5.1.1d bijzondere persoonsgegevens, 5.1.1e identificatienummers, 5.1.2a internationale betrekkingen, 5.1.2c opsporing en vervolging, 5.1.2d inspectie, controle en toezicht, 5.1.2e persoonlijke levenssfeer, 5.2.1 persoonlijke beleidsopvattingen."),
    ("table", inv, [0.04, 0.095, 0.255, 0.2, 0.1, 0.12, 0.19]),
    ("sm", "Opgesteld door: [[PJR]] ({{WJZ}}), gecontroleerd: [[SvB]]. Versie 3, 10-10-2025."),
], font="DejaVuSans", size=9, land=True)

# ---------------------------------------------------------------- cw03 SDE++ verleningsbeschikking (docx)
D("cw03", "Beschikking SDE++ SDE22-05184", "docx", [
    ("lh", "Rijksdienst voor Ondernemend Nederland", ["{{Hanzelaan 310}}", "{{8017 JK Zwolle}}", "Postbus 10079, 8000 GB Zwolle", "T {{088 042 42 42}}", "www.rvo.nl"]),
    ("p", "{{Twentse Groengas B.V.}}<br/>t.a.v. de heer [[G.J.]] [[Lammerink]]<br/>{{Industrieweg}} 41<br/>7482 KN Haaksbergen"),
    ("kv", [("Datum", "12 januari 2023"), ("Projectnummer", "{{SDE22-05184}}"), ("Uw kenmerk", "TGG/SDE/2022-7"),
            ("Behandeld door", "[[W.]] [[Brinkhuis]]"), ("Telefoon", "{{088 042 42 42}}"), ("E-mail", "[[w.brinkhuis@rvo.nl]]"),
            ("Onderwerp", "Beschikking op uw aanvraag {{SDE++}} 2022")]),
    ("p", "Geachte heer [[Lammerink]],"),
    ("p", "U heeft op 4 oktober 2022 een aanvraag ingediend voor subsidie op grond van het {{Besluit stimulering duurzame energieproductie en klimaattransitie}} ({{SDE++}}) voor de productie van hernieuwbaar gas uit vergisting van mest (categorie {{Monomestvergisting}} > 400 kW). Met deze brief ontvangt u de beschikking op uw aanvraag."),
    ("h2", "Besluit"),
    ("p", "Ik verleen u subsidie voor de productie van hernieuwbaar gas met de installatie op de locatie {{Industrieweg}} 41 te Haaksbergen. Het maximale subsidiebedrag bedraagt € 6.842.115 over een periode van 12 jaar. Het basisbedrag bedraagt 0,1432 €/kWh; de maximale productie is 41.200 MWh per jaar. De installatie moet uiterlijk 12 januari 2026 in gebruik zijn genomen."),
    ("h2", "Verplichtingen"),
    ("p", "U bent verplicht de productie te laten meten door een erkende meetverantwoordelijke en de gegevens via {{CertiQ}} of {{Vertogas}} aan te leveren. Wijzigingen in de eigendom van de installatie, de {{KvK}}-inschrijving of de bankrekening meldt u vooraf via {{Mijn RVO}}. Betaling vindt plaats op rekeningnummer {{" + IBAN_TGG + "}} ten name van {{Twentse Groengas B.V.}}."),
    ("p", "{{RVO}} kan op grond van artikel 4:49 van de {{Algemene wet bestuursrecht}} de subsidievaststelling intrekken of wijzigen als u onjuiste of onvolledige gegevens heeft verstrekt."),
    ("p", "Met vriendelijke groet,"),
    ("p", "De minister van {{Economische Zaken en Klimaat}},<br/>namens deze,<br/>{{Rijksdienst voor Ondernemend Nederland}}"),
    ("sig", "H. Kloos"),
    ("p", "[[drs. H.A.]] [[Kloosterboer]]<br/>Manager uitvoering {{SDE++}}"),
    ("sm", "Bezwaar: binnen zes weken na de datum van deze brief via {{mijn.rvo.nl}} of Postbus 40219, 8004 DE Zwolle."),
], font="Liberation Sans", size=10)

# ---------------------------------------------------------------- cw04 ISDE aanvraagformulier (private person)
D("cw04", "ISDE aanvraag warmtepomp Wessels", "rl", [
    ("h", "Aanvraag {{Investeringssubsidie duurzame energie en energiebesparing}} ({{ISDE}}) – woningeigenaren"),
    ("sm", "Afdruk van digitale aanvraag via {{Mijn RVO}} | dossiernummer {{ISDE-W-24-281406}}"),
    ("h2", "1. Gegevens aanvrager"),
    ("kv", [("Naam", "[[J.M.]] [[Wessels-Brouwer]] (roepnaam [[Joke]])"), ("Geboortedatum", "[[17-02-1958]]"),
            ("BSN", "[[" + BSN_WESSELS + "]]"), ("Adres", "[[Dokter van Deenweg 88]]"), ("Postcode/plaats", "[[8025 BM]] Zwolle"),
            ("Telefoon", "[[06-47293810]]"), ("E-mail", "[[joke.wessels58@ziggo.nl]]"),
            ("IBAN", "[[" + IBAN_WESSELS + "]]"), ("Ten name van", "[[J.M. Wessels]]")], 0.28),
    ("h2", "2. Maatregel"),
    ("kv", [("Maatregel", "{{Warmtepomp}} lucht-water, {{Daikin Altherma 3 H HT}}, meldcode {{KA38118}}"),
            ("Installatiedatum", "19 maart 2024"), ("Installateur", "[[Koolhoven]] Installatietechniek, {{KvK}} [[74011592]]"),
            ("Factuurbedrag", "€ 14.385,00 incl. btw"), ("Aangevraagd subsidiebedrag", "€ 3.375,00")], 0.28),
    ("h2", "3. Verklaring"),
    ("p", "Ik verklaar dat ik eigenaar en bewoner ben van de woning op het hierboven vermelde adres, dat de maatregel is geïnstalleerd en betaald, en dat ik de gegevens naar waarheid heb ingevuld. Ik weet dat {{RVO}} de gegevens kan controleren bij de {{Basisregistratie Personen}} en het {{Kadaster}}."),
    ("p", "Bijzonderheden (vrij veld): _ik heb een medische indicatie voor aanpassing van de woning vanwege_ [[COPD]] _en wil graag met voorrang behandeld worden._"),
    ("kv", [("Ingediend op", "2 april 2024, 21:14 uur via {{DigiD}}"), ("Ontvangstbevestiging", "{{ISDE-W-24-281406}}")], 0.28),
], font="LiberationSans", size=9.5, formfields=[("behandelaar", "Noor Hamdaoui", ["Noor Hamdaoui", "Hamdaoui"]), ("paraaf_controle", "NH / TV", ["NH / TV"])], annots=[("Controle BRP: adres klopt, wel 2e aanvraag op zelfde adres. Bel installateur. - Wouter B.", "Brinkhuis, W.", ["Wouter B.", "Brinkhuis, W."])])

# ---------------------------------------------------------------- cw05 melding signaal (email)
D("cw05", "E-mail melding signaal misbruik SDE++", "rl", [
    mail("[[Ricardo Sant'Anna]] &lt;[[r.santanna1987@gmail.com]]&gt;", "vrijdag 3 maart 2023 23:41", "{{meldpunt-fraude@rvo.nl}}", "Signaal: groengas installatie Haaksbergen draait niet"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Ik werk tot vorige maand als operator bij {{Twentse Groengas B.V.}} in Haaksbergen. Ik wil melden dat de vergister aan de {{Industrieweg}} sinds november bijna stil ligt, terwijl de productiecijfers die naar {{Vertogas}} gaan gewoon doorlopen. De directeur, [[Geert-Jan]] [[Lammerink]], heeft tegen mij en mijn collega [[Bas]] [[Oude Elferink]] gezegd dat we 'de meter met rust moeten laten'."),
    ("p", "Ook wordt er volgens mij geld van het bedrijf overgemaakt naar een privérekening van [[Lammerink]]. Ik heb een foto van een overboeking naar [[" + IBAN_LAMMERINK_PRIV + "]] gezien."),
    ("p", "Ik wil graag anoniem blijven. Ik ben bereikbaar op [[06-81526630]] na 18.00 uur. Mijn adres is [[Kerkstraat 9a]], [[7481 CJ]] in Haaksbergen."),
    ("p", "Met vriendelijke groet,<br/>[[Ricardo]]"),
    ("hr",),
    mail("{{Meldpunt Fraude RVO}}", "maandag 6 maart 2023 08:12", "[[Ricardo Sant'Anna]]", "RE: Signaal: groengas installatie Haaksbergen draait niet"),
    ("p", "Geachte heer [[Sant'Anna]],"),
    ("p", "Dank voor uw melding. Wij hebben deze geregistreerd onder nummer {{MF-2023-0311}}. Uw gegevens behandelen wij vertrouwelijk. Een medewerker van het team {{Handhaving}} kan contact met u opnemen. Meer informatie over de behandeling van meldingen vindt u op {{www.rvo.nl/fraude}}."),
    ("p", "Met vriendelijke groet,<br/>{{Meldpunt Fraude}}<br/>{{Rijksdienst voor Ondernemend Nederland}}"),
], font="Helvetica", size=10)

# ---------------------------------------------------------------- cw06 internal e-mail thread RVO (nested)
D("cw06", "RE: MF-2023-0311 Twentse Groengas", "rl", [
    mail("[[Tjon-A-Fong, Marloes]]", "dinsdag 7 maart 2023 16:05", "[[Hek, Jeroen van 't]]; [[Brinkhuis, Wouter]]", "RE: {{MF-2023-0311}} Twentse Groengas - opschalen?", cc="{{SDE-handhaving@rvo.nl}}"),
    ("p", "Hoi [[Jeroen]],"),
    ("p", "Eens, dit gaan we opschalen. De productiedata van {{Vertogas}} laten over december-februari een vlakke lijn op 96% van de capaciteit zien; dat is voor een mestvergister onwaarschijnlijk. Kun jij een locatiebezoek plannen met de {{Inspectie KGG}}? Ik heb [[Fatima]] al gebeld; zij zet het in de weekplanning."),
    ("p", "Voorschotten vanaf april aanhouden (artikel 4:56 {{Awb}}). Ik stem dat af met mr. [[Oudshoorn]] van {{Juridische Zaken}}."),
    ("p", "Groet,<br/>[[Marloes]]<br/><br/>[[Marloes Tjon-A-Fong]] | Senior adviseur handhaving {{SDE++}}<br/>{{Rijksdienst voor Ondernemend Nederland}} | Uitvoering Energie en Klimaat<br/>{{Croeselaan 15}}, {{3521 BJ Utrecht}}<br/>M [[+31 6 41 87 22 03]] | [[marloes.tjonafong@rvo.nl]]"),
    ("hr",),
    mail("[[Hek, Jeroen van 't]]", "dinsdag 7 maart 2023 11:32", "[[Tjon-A-Fong, Marloes]]", "RE: {{MF-2023-0311}} Twentse Groengas", cc="[[Brinkhuis, Wouter]]"),
    ("p", "[[Marloes]], zie hieronder. Melder klinkt geloofwaardig (oud-operator). Ik heb de {{KvK}} gecheckt: de installatie is in 2024 nog niet overgedragen, maar het onderhoud wordt gedaan door een eenmanszaak, [[Koolhoven]] Installatietechniek, die we ook kennen uit {{ISDE}} (zie signaal van [[Wouter]]). Zelfde adres als de woning van de eigenaar.<br/>Voorstel: opschalen naar {{TFM}}. [[JvtH]]"),
    ("hr",),
    mail("[[Brinkhuis, Wouter]]", "maandag 6 maart 2023 17:48", "[[Hek, Jeroen van 't]]", "FW: Signaal: groengas installatie Haaksbergen draait niet"),
    ("p", "Ter info. Bij {{ISDE}} zien we sinds januari 41 aanvragen met installateur [[Koolhoven]] ({{KvK}} [[74011592]]), allemaal warmtepompen van hetzelfde type en allemaal net onder de meldcodegrens. Daarvan 12 met een factuur zonder btw-nummer. Ik stuur je mijn excel.<br/><br/>[[Wouter Brinkhuis]]<br/>Adviseur {{ISDE}} | [[06-29931457]]"),
    ("sm", "Dit bericht kan informatie bevatten die niet voor u bestemd is. Indien u niet de geadresseerde bent, wordt u verzocht de afzender te informeren en het bericht te verwijderen. {{RVO}} aanvaardt geen aansprakelijkheid voor schade van welke aard ook die verband houdt met risico's verbonden aan het elektronisch verzenden van berichten."),
], font="LiberationSans", size=9.5, meta={"Author": "Marloes Tjon-A-Fong"})

# ---------------------------------------------------------------- cw07 opdrachtbrief inspectie (docx)
D("cw07", "Opdrachtbrief onderzoek Inspectie KGG", "docx", [
    ("lh", "Inspectie Klimaat en Groene Groei", ["{{Team Toezicht Subsidies}}", "{{Anna van Buerenplein 1}}", "{{2595 DA Den Haag}}"]),
    ("p", "**Opdracht tot onderzoek**"),
    ("kv", [("Aan", "[[mw. F.]] [[El Khatib]], inspecteur, en [[dhr. T.C.]] [[Mangroelal]], inspecteur"),
            ("Van", "[[A.]] [[Ruijgrok]], teamleider {{Toezicht Subsidies}}"), ("Datum", "20 maart 2023"),
            ("Kenmerk", "{{INSP-KGG 2023/0877}}"), ("Betreft", "Onderzoek naar de naleving van subsidieverplichtingen {{SDE22-05184}} en {{ISDE}}-aanvragen via installateur")]),
    ("p", "Hierbij geef ik u opdracht een onderzoek in te stellen naar de naleving van de verplichtingen uit de beschikking {{SDE22-05184}} door {{Twentse Groengas B.V.}} en naar de juistheid van de {{ISDE}}-aanvragen waarbij de eenmanszaak van de heer [[R.]] [[Koolhoven]] als installateur is opgegeven."),
    ("p", "U bent als toezichthouder aangewezen op grond van artikel 5:11 van de {{Algemene wet bestuursrecht}} en beschikt over de bevoegdheden van afdeling 5.2 {{Awb}}. U legitimeert zich met uw legitimatiebewijs (nummers [[T-4471]] en [[T-4502]])."),
    ("p", "**Onderzoeksvragen**"),
    ("p", "1. Heeft de installatie aan de {{Industrieweg}} 41 te Haaksbergen in de periode november 2022 – maart 2023 hernieuwbaar gas geproduceerd in de gemelde hoeveelheden?"),
    ("p", "2. Zijn de in {{ISDE}} opgegeven warmtepompen daadwerkelijk geleverd en geïnstalleerd?"),
    ("p", "3. Zijn er aanwijzingen dat subsidiegelden zijn doorgesluisd naar privérekeningen van bestuurders?"),
    ("p", "Contactpersoon bij {{RVO}} is de heer [[J.]] [[van 't Hek]] (casemanager, [[06-28119456]]). Bij signalen van strafbare feiten meldt u dit direct aan mij en aan de {{FIOD}} via het {{Anti Fraude Informatie Punt}}. Rapportage uiterlijk 30 juni 2023."),
    ("sig", "A Ruijgrok"),
    ("p", "[[A.]] [[Ruijgrok]]"),
], font="Calibri", size=10.5)

# ---------------------------------------------------------------- cw08 gespreksverslag locatiebezoek (2 pages)
D("cw08", "Gespreksverslag locatiebezoek Twentse Groengas", "rl", [
    ("h", "Verslag locatiebezoek en gesprek {{Twentse Groengas B.V.}}"),
    ("kv", [("Datum/tijd", "11 april 2023, 09.30 – 12.15 uur"), ("Locatie", "{{Industrieweg}} 41, Haaksbergen"),
            ("Aanwezig namens bedrijf", "de heer [[G.J.]] [[Lammerink]] (directeur-grootaandeelhouder), mevrouw [[Y.]] [[Lammerink-ter Brugge]] (administratie), de heer [[S.]] [[Kuipers]] (bedrijfsleider)"),
            ("Aanwezig namens overheid", "[[F.]] [[El Khatib]] en [[T.C.]] [[Mangroelal]] ({{Inspectie KGG}}), [[J.]] [[van 't Hek]] ({{RVO}})"),
            ("Verslag", "[[T.C.]] [[Mangroelal]]"), ("Kenmerk", "{{INSP-KGG 2023/0877}}-03")], 0.27),
    ("h2", "1. Opening"),
    ("p", "Mevrouw [[El Khatib]] licht het doel van het bezoek toe en wijst op de medewerkingsplicht (artikel 5:20 {{Awb}}). De heer [[Lammerink]] verklaart dat hij graag meewerkt maar geeft aan dat hij de afgelopen maanden weinig in het bedrijf is geweest: hij is in december 2022 [[opgenomen geweest in verband met een hartinfarct]] en is daarna [[in behandeling bij een cardioloog]]. De dagelijkse leiding lag bij de heer [[Kuipers]]."),
    ("h2", "2. Rondgang installatie"),
    ("p", "Tijdens de rondgang stellen de inspecteurs vast dat vergister 2 leeg staat en dat de opwerkingsinstallatie ({{membraanscheiding}}) is uitgeschakeld. De bedrijfsleider verklaart dat de installatie sinds half november 'op halve kracht' draait wegens een storing aan de roerwerken. De gasmeter (merk {{Elster}}, type {{Q-75}}) is verzegeld; de verzegeling is intact. In het logboek ontbreken de weken 47 tot en met 52."),
    ("p", "De heer [[Kuipers]] kan niet verklaren waarom de aan {{Vertogas}} gemelde productie in die periode niet is gedaald. Hij verwijst naar de externe beheerder, de eenmanszaak [[Koolhoven]] Installatietechniek, die de datalogger op afstand beheert. De heer [[Lammerink]] bevestigt dat [[Ruud]] [[Koolhoven]] 'een oude schoolvriend' is."),
    ("h2", "3. Financiële administratie"),
    ("p", "Mevrouw [[Lammerink-ter Brugge]] toont de grootboekkaarten. De voorschotten van {{RVO}} komen binnen op de bedrijfsrekening {{" + IBAN_TGG + "}}. In januari en februari 2023 zijn drie bedragen van in totaal € 186.400 overgemaakt naar rekening [[" + IBAN_LAMMERINK_PRIV + "]], volgens mevrouw 'een rekening-courant met de dga'. Verder is € 48.950 betaald aan [[Koolhoven]] Installatietechniek op rekening [[" + IBAN_KOOLHOVEN_ZAAK + "]] voor 'onderhoud en monitoring'."),
    ("h2", "4. Afspraken"),
    ("table", [["Nr", "Actie", "Wie", "Termijn"],
               ["1", "Aanleveren logboek en dataloggerbestanden nov 2022 – mrt 2023", "[[Kuipers]]", "18-04-2023"],
               ["2", "Aanleveren bankafschriften rekening-courant dga", "[[Lammerink-ter Brugge]]", "18-04-2023"],
               ["3", "Opvragen meetgegevens bij {{Vertogas}} en netbeheerder {{Enexis}}", "[[JvtH]]", "21-04-2023"],
               ["4", "Contact met installateur pas na afronding dossier {{ISDE}}", "[[FEK]]", "28-04-2023"]], [0.06, 0.6, 0.2, 0.14]),
    ("p", "De heer [[Lammerink]] vraagt om toekomstige gesprekken in te plannen na 14.00 uur in verband met zijn [[hartrevalidatie]] in {{Medisch Spectrum Twente}}. Hij is bereikbaar op [[06-53307719]] en via [[g.lammerink@twentsegroengas.nl]]; algemene correspondentie graag naar {{info@twentsegroengas.nl}}."),
    ("sm", "Paraaf verslag: [[TCM]] 13-04-2023 | gezien: [[FEK]] 14-04-2023"),
], font="DejaVuSerif", size=9.5)
