from lib import Doc

W = "{{Coöperatie Dorpswinkel Westernieland U.A.}}"
P = "{{Provincie Groningen}}"
R = "{{Subsidieregeling Leefbaarheid Kleine Kernen 2026}}"
Z = "{{SUB-2026-04417}}"

DOCS = [
Doc("dw06_beoordeling", "Beoordeling aanvraag", f"""# Beoordelingsformulier subsidieaanvraag
Zaaknummer: {Z}   Regeling: {R}
Aanvrager: {W}
Behandelend ambtenaar: [[Marloes Brinkman-Holtrop]], beleidsmedewerker leefbaarheid, team {{{{Vitaal Platteland}}}}
Telefoon: [[050 316 4492]]   E-mail: [[m.brinkman-holtrop@provinciegroningen.nl]]
Tweede lezer: [[R.J. Spanninga]] (teamleider)
# 1. Ontvankelijkheid
De aanvraag is op 16 februari 2026 ontvangen via het eLoket en is volledig na aanvulling op 2 maart 2026. De coöperatie is ingeschreven bij de {{{{Kamer van Koophandel}}}} en heeft een volledige bestuursverklaring overgelegd.
# 2. Inhoudelijke toets
Westernieland is aangewezen als kleine kern in het {{{{Omgevingsplan Provincie Groningen}}}} en valt binnen het krimpgebied {{{{Noordoost-Groningen}}}}. De winkel voorziet in een basisvoorziening die sinds 2023 ontbreekt. Het draagvlak is groot: 212 leden op 318 huishoudens. De begroting is sluitend bij een omzet van € 310.000 per jaar; het risico zit in de afhankelijkheid van vrijwilligers. Volgens het rooster zijn vier vrijwilligers (o.a. [[B. Wiersma]] en [[D. Hekman]]) meer dan 16 uur per week actief; dat is kwetsbaar.
Het bezwaar van een ondernemer in {{{{Pieterburen}}}} ([[de heer Kamminga]]) over concurrentievervalsing is bekend. De staatssteuntoets volgens de {{{{de-minimisverordening}}}} is positief: de bijdrage blijft ruim onder € 300.000 over drie jaar.
# 3. Advies
Toekennen: € 48.500, waarvan € 30.000 investering en € 18.500 exploitatie (2026-2027), met voorschot van 80%.
Afstemming met [[Lieke Noordhof]] (juridische zaken) over de staatssteun heeft plaatsgevonden op 6 maart.
Paraaf behandelaar: [[MBH]]   Paraaf teamleider: [[RJS]]
""", producer="docx", meta={"Author": "Oosterveld, Harm", "Creator": "Microsoft Word"},
   hidden=[("metadata", "Oosterveld, Harm")]),

Doc("dw07_beslisnota", "Beslisnota gedeputeerde", f"""# Beslisnota
Aan: gedeputeerde {{{{Tuinstra}}}} (portefeuille Leefbaarheid en Krimp)
Van: team {{{{Vitaal Platteland}}}}
Datum: 9 maart 2026   Kenmerk: {{{{2026-031882}}}}
Contactpersoon: [[M. Brinkman-Holtrop]], [[06-52209183]]
Kopie aan: [[Harm Oosterveld]] (subsidiebureau)
Onderwerp: subsidie dorpswinkel Westernieland ({Z})
# Geadviseerd besluit
Aan de gedeputeerde wordt gevraagd in te stemmen met de toekenning van € 48.500 aan {W} op grond van de {R}.
# Kern
De dorpswinkel is de laatste basisvoorziening van het dorp. Dorpsraad en {{{{Gemeente Het Hogeland}}}} ondersteunen het plan; {{{{wethouder Hoekstra}}}} heeft cofinanciering van € 5.000 toegezegd.
# Krachtenveld
Een ondernemer uit Pieterburen heeft aangekondigd bezwaar te maken. Hij is door [[Rutger Spanninga]] telefonisch geïnformeerd op 4 maart. Statenlid {{{{Mulderij}}}} ({{{{BBB}}}}) heeft vragen aangekondigd.
# Paraafroute
Naam | Functie | Paraaf | Datum
[[M. Brinkman-Holtrop]] | beleidsmedewerker | [[MBH]] | 09-03-2026
[[R.J. Spanninga]] | teamleider | [[RJS]] | 10-03-2026
[[mr. L. Noordhof]] | jurist | [[LN]] | 10-03-2026
# Informatie die niet openbaar gemaakt kan worden
Motivering: in de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd (5.1.2e).
""", font="DejaVuSans", meta={"Producer": "Aspose.PDF for .NET 23.4", "Creator": "Corsa"}),

Doc("dw08_besluit", "Besluit subsidieverlening", f"""{{{{Gedeputeerde Staten}}}} van {P}
Aan het bestuur van {W}
t.a.v. [[mevrouw G. Dijkhuizen-Oosting]]
[[Hoofdstraat 14]]
[[9965 PB Westernieland]]
Datum: 12 maart 2026   Ons kenmerk: {{{{2026-031882}}}}   Zaaknummer: {Z}
Behandeld door: [[M. Brinkman-Holtrop]]   Telefoon: [[(050) 316 44 92]]
Onderwerp: verlening subsidie dorpswinkel
Geachte [[mevrouw Dijkhuizen-Oosting]],
Op 16 februari 2026 ontvingen wij uw aanvraag. Wij verlenen u op grond van de {R} en de {{{{Algemene subsidieverordening Provincie Groningen}}}} een subsidie van ten hoogste {{{{€ 48.500}}}}. U ontvangt een voorschot van € 38.800 op {{{{NL12 RABO 0345 6789 01}}}}.
De subsidie is de-minimissteun in de zin van {{{{Verordening (EU) 2023/2831}}}}. U bent verplicht binnen 13 weken na afloop van 2027 een aanvraag tot vaststelling in te dienen.
Bezwaar: binnen zes weken na de dag van verzending bij ons college, {{{{Postbus 610}}}}, 9700 AP Groningen, of via {{{{bezwaar@provinciegroningen.nl}}}}.
Hoogachtend,
Gedeputeerde Staten van {P},
namens dezen,
{{{{M. Tuinstra}}}}, gedeputeerde
""", font="Times-Roman", meta={"Producer": "Nitro Pro 13", "Creator": "Corsa 7", "Author": "brinkmm"},
   hidden=[("metadata", "brinkmm")]),

Doc("dw09_mail_dorpsraad", "Mail dorpsraad", f"""Van: [[Pot, Wiebe]] <[[wiebepot@dorpsraadwesternieland.nl]]>
Verzonden: dinsdag 24 februari 2026 21:14
Aan: [[Brinkman-Holtrop, Marloes]] <[[m.brinkman-holtrop@provinciegroningen.nl]]>
CC: [[Ineke Mulder]] <[[secretaris.ineke@gmail.com]]>; {{{{info@dorpsraadwesternieland.nl}}}}
Onderwerp: RE: steunbrief dorpswinkel ({Z})
Beste [[Marloes]],
In de bijlage de steunbrief van de {{{{Dorpsraad Westernieland}}}}. We hebben er in de ledenvergadering van 19 februari over gestemd: 64 voor, 3 tegen. De enige echte zorg is de bezorging naar de buitengebieden richting {{{{Usquert}}}}.
Groet, [[Wiebe]]
[[Wiebe Pot]] - voorzitter dorpsraad - [[06 - 5120 8834]]

Van: [[Brinkman-Holtrop, Marloes]]
Verzonden: maandag 23 februari 2026 10:02
Aan: [[Pot, Wiebe]]
Onderwerp: steunbrief dorpswinkel
Geachte heer [[Pot]],
Voor de beoordeling van de aanvraag van de coöperatie zouden wij graag een korte reactie van de dorpsraad ontvangen. Het {{{{Leefbaarheidsfonds}}}} van de gemeente vraagt hetzelfde.
Met vriendelijke groet,
[[Marloes Brinkman-Holtrop]]
Beleidsmedewerker leefbaarheid | {P} | T [[050 316 4492]]
Bezoekadres: {{{{Sint Jansstraat 4}}}}, Groningen
""", meta={"Producer": "Microsoft Outlook 16.0", "Creator": "Microsoft Outlook"}),

Doc("dw10_mail_gemeente", "Mail gemeente", f"""Van: [[Jeroen Slagter]] <[[j.slagter@hethogeland.nl]]>
Verzonden: woensdag 4 maart 2026 08:47
Aan: [[Brinkman-Holtrop, Marloes]]; [[Spanninga, Rutger]] <[[r.spanninga@provinciegroningen.nl]]>
CC: [[Vos-Kleinhuis, Anouk]] <[[a.vos-kleinhuis@hethogeland.nl]]>
Onderwerp: cofinanciering dorpswinkel Westernieland
Hoi [[Marloes]] en [[Rutger]],
{{{{Wethouder Hoekstra}}}} heeft gisteren in het college de € 5.000 uit het {{{{Leefbaarheidsfonds Het Hogeland}}}} rondgekregen. De beschikking gaat deze week de deur uit; het gemeentelijke zaaknummer is {{{{Z-2026-11873}}}}.
Over de heer [[Kamminga]]: hij heeft ook bij ons gebeld (via het {{{{KCC}}}}, {{{{14 0595}}}}) en wil een gesprek met de burgemeester. Zijn winkel ligt op 4,5 km. Wij zien geen strijd met het bestemmingsplan.
Groet,
[[Jeroen]]
[[J. Slagter]] | accountmanager dorpen | {{{{Gemeente Het Hogeland}}}} | [[06 3827 1150]]
""", producer="docx", meta={"Producer": "Microsoft Outlook 16.0"}),

Doc("dw11_whatsapp", "WhatsApp-export vrijwilligers", f"""WhatsApp-chat met Vrijwilligers Dorpswinkel 🛒
[03-03-26 07:58] [[Bertus]]: Moarn! Sleutel ligt onder de mat bij de achterdeur, ik ben om 9 uur bij de tandarts
[03-03-26 08:01] [[Anne K]]: Dank [[Bert]]! Ik neem het over
[03-03-26 08:15] [[Dou]]: Bezorgroute vandaag: [[mevrouw Tonnis]] en de familie [[Haikens]] aan de [[Wierdeweg 11]]
[03-03-26 09:42] [[Geertje D]]: Goed nieuws: de provincie is positief!! Officieel besluit volgt. Niet doorvertellen tot het persbericht ☺️
[03-03-26 09:44] [[Renée]]: 🎉🎉
[03-03-26 09:45] [[Klaas Smit]]: Mooi. En die [[Kamminga]] dan?
[03-03-26 09:51] [[Geertje D]]: Die gaat bezwaar maken zegt [[Jan-Willem]]. Laat maar.
[03-03-26 10:20] [[Zoë]]: Kan iemand zaterdag voor mij? Ik moet naar mijn moeder in het {{{{Martini Ziekenhuis}}}}
[03-03-26 10:22] [[Froukje]]: Ik doe het 👍
[03-03-26 11:03] [[+31 6 4471 0935]]: Hallo, ik ben [[Sjoukje]], nieuw in de groep. Mijn nummer is dit ene 😊
[03-03-26 11:05] [[Tjitske Z]]: Welkom [[Sjoukje]]! Kassa-training is bij {{{{Boni-Markten}}}} in {{{{Winsum}}}}
[04-03-26 19:30] [[Bertus]]: Wie heeft de pin-terminal van {{{{CCV}}}} uitgezet? Bel mij even [[06 13 44 72 90]]
[04-03-26 19:41] [[Hillie]]: Sorry dat was ik. Morgen weer aan.
[05-03-26 08:10] [[Dou]]: Denk aan de {{{{Jantje Beton}}}} collecte zaterdag, bus staat bij de kassa
[05-03-26 08:12] [[Ömer]]: Ik heb de offerte van [[Remco]] van {{{{Bos Interieurbouw}}}} binnen, schappen kunnen in week 12
[05-03-26 08:30] [[Sietske]]: Top. Declaraties graag vóór vrijdag naar mij, met IBAN erbij 🙏
[05-03-26 08:31] [[Dou]]: [[NL67 TRIO 0390 4417 12]] voor de benzine
[05-03-26 08:33] [[Sietske]]: Niet in de groep [[Dou]] 😂
[05-03-26 12:47] [[Jelle D]]: Mijn vrouw [[Gea]] wil ook meedoen, kan ze in de groep? [[06 1290 5567]]
[05-03-26 12:50] [[Anne K]]: Toegevoegd!
[06-03-26 18:02] [[Gea Dijkstra]]: Dank jullie! Ik kan op dinsdag en donderdag
[06-03-26 18:05] [[Bertus]]: Welkom [[Gea]]. Vraag [[Annechien]] om het rooster
[07-03-26 09:15] [[Geertje D]]: Vanavond overleg met [[Wiebe]] van de dorpsraad over de opening. Wie wil er bij zijn?
[07-03-26 09:20] [[Klaas Smit]]: Ik. En [[Hillie]] vraagt of iemand haar maandag naar het {{{{UMCG}}}} kan brengen
[07-03-26 09:22] [[Renée]]: Doe ik 🚗
""", font="DejaVuSans", meta={"Producer": "Android PDF Export", "Creator": "WhatsApp2PDF"}),

Doc("dw12_persbericht", "Persbericht", f"""# PERSBERICHT
Groningen, 13 maart 2026
# Provincie steunt dorpswinkel Westernieland met € 48.500
{P} draagt € 48.500 bij aan de dorpswinkel van Westernieland. De winkel in het oude postkantoor aan de {{{{Hoofdstraat}}}} wordt gerund door de {W} en zo'n veertig vrijwilligers.
"In een krimpend dorp is een winkel meer dan een plek voor brood en melk. Het is de huiskamer van het dorp," zegt {{{{gedeputeerde Tuinstra}}}}. "Dit is precies waarvoor de {R} bedoeld is."
De gemeente {{{{Het Hogeland}}}} geeft € 5.000. Eerder kwamen bijdragen van het {{{{Oranje Fonds}}}} en het {{{{Prins Bernhard Cultuurfonds}}}}. De winkel gaat op 1 mei open.
Voorzitter [[Geertje Dijkhuizen-Oosting]] van de coöperatie: "We zijn er stil van. Iedereen heeft meegeholpen."
Noot voor de redactie (niet voor publicatie):
Meer informatie: woordvoerder {{{{Evert Jan Smeenge}}}}, {{{{050 316 4160}}}}, {{{{pers@provinciegroningen.nl}}}}. Contact coöperatie: [[06-41827365]].
""", producer="odt", meta={"Author": "Kooistra, Femke"},
   hidden=[("metadata", "Kooistra, Femke")]),
]

DOCS += [
Doc("dw13_bezwaar", "Bezwaarschrift", f"""[[H.J. Kamminga]]
h.o.d.n. {{{{Buurtsuper De Wierde}}}}
[[Molenweg 7]]
[[9968 AB Pieterburen]]
KvK [[71234567]]   Tel. [[0595-528841]]   Mob. [[06-22 91 40 63]]
E-mail: [[hendrik@kamminga-pieterburen.nl]]
Aan: Gedeputeerde Staten van {P}, t.a.v. de {{{{Commissie bezwaarschriften}}}}, {{{{Postbus 610}}}}, 9700 AP Groningen
Pieterburen, 20 april 2026
Betreft: bezwaar tegen besluit {{{{2026-031882}}}} (subsidie dorpswinkel Westernieland)
Geacht college,
Hierbij maak ik, [[Hendrik Jan Kamminga]], geboren [[14 juli 1968]], eigenaar van {{{{Buurtsuper De Wierde}}}} in Pieterburen, bezwaar tegen uw besluit van 12 maart 2026 waarbij aan de {W} € 48.500 is verleend.
# Gronden
1. Oneerlijke concurrentie. Ik run al 22 jaar mijn zaak zonder een cent subsidie. Een winkel met gratis vrijwilligers en provinciegeld kan mij elke prijs afnemen. Mijn omzet uit Westernieland (ca. 60 vaste klanten) is nu al 14% gedaald sinds de aankondiging.
2. Staatssteun. Volgens mij is dit verboden staatssteun in de zin van artikel 107 {{{{VWEU}}}}. De {{{{de-minimisverordening}}}} is niet goed toegepast omdat ook de gemeente geld geeft.
3. Zorgvuldigheid. Ik ben nooit gehoord. Uw ambtenaar mevrouw [[Brinkman]] heeft mij pas gebeld toen alles al beslist was. Ook met [[de heer Spanninga]] had ik een onprettig gesprek.
4. Bezorging. Ik bezorg zelf al jaren in Westernieland, onder meer bij [[mevrouw Tonnis]] en bij de familie [[Haikens]]. Dat werk neemt de coöperatie nu over met een subsidieauto.
# Verzoek
Ik verzoek u het besluit te herroepen en mij te horen. Tevens verzoek ik om vergoeding van de kosten van rechtsbijstand. Mijn adviseur is [[mr. drs. P.C. van der Meulen-Ubbens]], {{{{Ubbens Bedrijfsadvies}}}}, Groningen.
Mijn schade (omzetverlies) betaalt u op [[NL44 RABO 0312 4455 67]] t.n.v. [[H.J. Kamminga]].
Met vriendelijke groet,
[[H.J. Kamminga]]
(handtekening)
Bijlage: omzetoverzicht 2024-2026 (vertrouwelijk), kopie uittreksel KvK
""", font="Times-Roman", meta={"Producer": "Microsoft® Word 2019"},
   hidden=[]),

Doc("dw14_ontvangstbevestiging", "Ontvangstbevestiging bezwaar", f"""{P}
Aan: de heer [[H.J. Kamminga]]
[[Molenweg 7]]
[[9968 AB Pieterburen]]
Datum: 23 april 2026
Kenmerk: {{{{BZW-2026-0093}}}}
Onderwerp: ontvangstbevestiging bezwaarschrift
Geachte heer [[Kamminga]],
Op 21 april 2026 ontvingen wij uw bezwaarschrift tegen ons besluit van 12 maart 2026, kenmerk {{{{2026-031882}}}}. Uw bezwaar wordt voorgelegd aan de {{{{Commissie bezwaarschriften}}}} van {P}. U wordt uitgenodigd voor een hoorzitting. De coöperatie ontvangt als belanghebbende een kopie van uw bezwaarschrift, waarin uw adres en telefoonnummers onleesbaar zijn gemaakt.
Op grond van de {{{{Algemene wet bestuursrecht}}}} beslissen wij binnen twaalf weken, met de mogelijkheid van verdaging met zes weken.
Heeft u vragen, neem dan contact op met de secretaris van de commissie, [[mr. L. Noordhof]], via [[l.noordhof@provinciegroningen.nl]] of [[050 316 4871]]. Algemene vragen: {{{{050 316 4911}}}}.
Met vriendelijke groet,
namens Gedeputeerde Staten,
[[Lieke Noordhof]]
secretaris {{{{Commissie bezwaarschriften}}}}
""", producer="docx", meta={"Producer": "Microsoft Word - Corsa", "Author": "noordhl"},
   hidden=[("metadata", "noordhl")]),

Doc("dw15_scan_steunbrief", "Scan: brief bewoner", "Ingekomen post - scan {{SUB-2026-04417}} - Provincie Groningen - pagina 1\n",
    producer="scan", ocr_text="""Westernieland, 8 maart 2026

Aan de provincie Groningen
Afdeling subsidies

Geachte heer, mevrouw,

Ik ben 84 jaar en woon sinds 1961 in Westernieland.
Sinds de winkel dicht is ben ik afhankelijk van mijn buren.
Ik heb geen auto meer en de bus rijdt twee keer per dag.
Ik hoop echt dat de dorpswinkel er komt.
Mijn buurvrouw [[Hillie de Groot]] helpt mij met deze brief.

Met vriendelijke groet,

~[[T. Tonnis]]
[[Trientje Tonnis-Haikens]]
[[Wierdeweg 11]], 9965 PD Westernieland
telefoon [[0595 427 301]]
""", meta={"Producer": "Canon iR-ADV C5535 PDF", "Creator": "Canon"}),

Doc("dw16_scan_presentielijst", "Scan: presentielijst ALV", "Scan presentielijst ledenvergadering {{Dorpswinkel Westernieland}} 19-02-2026\n",
    producer="scan", ocr_text="""PRESENTIELIJST Algemene Ledenvergadering
Cooperatie Dorpswinkel Westernieland - 19 februari 2026

Naam                          Handtekening
[[Bertus Wiersma]]                ~Wiersma
[[Annechien Kuipers]]             ~[[A. Kuipers]]
[[Klaas Smit]]                    ~[[K. Smit]]
[[Froukje Bakker]]                ~Froukje
[[Douwe Hekman]]                  ~[[D. Hekman]]
[[Renate Haikens]]                ~[[R. Haikens]]
[[Jelle Dijkstra]]                ~[[J. Dijkstra]]
[[Tjitske Zandstra]]              ~Tjitske
[[Gerrit Bolhuis]]                ~[[G. Bolhuis]]

Aantal aanwezig: 64
""", meta={"Producer": "KONICA MINOLTA bizhub C300i", "Creator": "scanner"}),

Doc("dw17_scan_notitie", "Scan: notitie met handschrift", "Scan notitie bij {{BZW-2026-0093}}\n",
    producer="scan", ocr_text="""NOTITIE telefoongesprek
Datum: 4 maart 2026
Gesprek met: [[H.J. Kamminga]] (Buurtsuper De Wierde)
Door: [[R. Spanninga]]

Dhr. is boos over de subsidie aan de dorpswinkel.
Hij dreigt naar de krant en naar de Staten te stappen.
Toegelicht: de-minimis, bezwaar mogelijk na besluit.
Terugbelverzoek op [[06-22914063]].

~Besproken met [[Marloes]], geen actie nodig. [[RS]]
""", meta={"Producer": "Xerox WorkCentre 7855", "Creator": "Xerox"}),
]
