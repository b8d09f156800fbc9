from people import *  # noqa
from docs_a import D, mail, MOTIV_EMPTY  # noqa

# ---------------------------------------------------------------- cw17 verslag hoorzitting (2 pages)
D("cw17", "Verslag hoorzitting bezwaar Twentse Groengas", "rl", [
    ("lh", "Rijksdienst voor Ondernemend Nederland", ["{{Juridische Zaken}} – Bezwaar en Beroep", "{{Prinses Beatrixlaan 2}}, {{2595 AL Den Haag}}"]),
    ("h", "Verslag van de hoorzitting"),
    ("kv", [("Zaak", "Bezwaar {{Twentse Groengas B.V.}} tegen intrekking {{SDE22-05184}} ({{BZ-23-04418}})"),
            ("Datum en plaats", "27 november 2023, 13.30 uur, {{RVO}} Zwolle, {{Hanzelaan 310}}, zaal {{IJssel}}"),
            ("Commissie", "[[mr. A.B.]] [[Zijlstra]] (voorzitter, extern), [[mr. drs. H.]] [[Bouwmeester]] (lid), [[mr. S.]] [[Oudshoorn]] (secretaris)"),
            ("Bezwaarmaker", "{{Twentse Groengas B.V.}}, vertegenwoordigd door [[mr. C.F.]] [[van Wijngaarden]] ({{Hekkelman Advocaten}}), vergezeld van de heer [[G.J.]] [[Lammerink]] en de heer [[S.]] [[Kuipers]]"),
            ("Verweerder", "[[J.]] [[van 't Hek]] (casemanager) en [[M.]] [[Tjon-A-Fong]] (senior adviseur)"),
            ("Derde", "de heer [[R.H.J.]] [[Koolhoven]] was uitgenodigd maar is niet verschenen")], 0.22),
    ("h2", "1. Opening"),
    ("p", "De voorzitter opent de hoorzitting, stelt de aanwezigen voor en licht de procedure toe. Van de hoorzitting wordt een geluidsopname gemaakt die na vaststelling van het verslag wordt vernietigd. De heer [[Lammerink]] meldt dat hij de zitting om 15.00 uur moet verlaten vanwege een [[controle bij de cardioloog]]."),
    ("h2", "2. Toelichting bezwaarmaker"),
    ("p", "Mevrouw [[Van Wijngaarden]] verwijst naar het bezwaarschrift. Zij benadrukt dat cliënte niet wist dat de datalogger onjuiste waarden doorgaf. De heer [[Koolhoven]] beheerde de logger op afstand. 'Mijn cliënt was ziek; hij kon niet alles overzien.' Zij legt een nieuw stuk over: een e-mail van [[Koolhoven]] van 28 november 2022 waarin hij schrijft dat 'de teller netjes doorloopt'."),
    ("p", "De heer [[Lammerink]] verklaart dat de rekening-courantonttrekkingen een lening waren die inmiddels deels is terugbetaald. De heer [[Kuipers]] bevestigt dat de roerwerken in november defect waren en dat hij dit aan de directie heeft gemeld, maar 'niet aan {{RVO}}, dat wist ik niet'."),
    ("h2", "3. Toelichting verweerder"),
    ("p", "De heer [[Van 't Hek]] licht toe dat de beschikking verplicht tot melding van storingen die de productie met meer dan 10% verminderen. De gemelde productie lag 28% hoger dan de meetdata van {{Enexis}}, zoals ook blijkt uit het rapport van {{Flynth}}. Mevrouw [[Tjon-A-Fong]] wijst erop dat de onttrekkingen plaatsvonden in de weken na ontvangst van het voorschot en dat er geen leningsovereenkomst is."),
    ("h2", "4. Vragen van de commissie"),
    ("p", "Op vragen van mevrouw [[Bouwmeester]] antwoordt de heer [[Lammerink]] dat hij niet op vrijdag gehoord wil worden omdat hij dan [[naar de moskee gaat]]; de commissie merkt op dat de zitting op maandag is. Op de vraag van de voorzitter of een lagere vaststelling in plaats van intrekking bespreekbaar is, zegt verweerder dat dit wordt bezien na afronding van het strafrechtelijk onderzoek."),
    ("h2", "5. Sluiting"),
    ("p", "De voorzitter sluit de zitting om 14.52 uur. De commissie brengt binnen vier weken advies uit aan de directeur van {{RVO}}. Partijen ontvangen het conceptverslag voor feitelijke opmerkingen."),
    ("sp", 6),
    ("table", [["Functie", "Naam", "Paraaf", "Datum"],
               ["Secretaris", "[[S.]] [[Oudshoorn]]", "[[SO]]", "01-12-2023"],
               ["Voorzitter", "[[A.B.]] [[Zijlstra]]", "[[ABZ]]", "04-12-2023"]], [0.25, 0.4, 0.15, 0.2]),
], font="Times", size=10.5, outline=[("Concept - opmerkingen Hester", ["Hester"])])

# ---------------------------------------------------------------- cw18 Teams chat export
D("cw18", "Teams chat Handhaving SDE ISDE", "rl", [
    ("h", "Chatexport {{Microsoft Teams}} – kanaal 'Handhaving {{SDE++}}/{{ISDE}} – dossier TGG'"),
    ("sm", "Geëxporteerd 5 februari 2024 door [[Thijs Verbeek]] ten behoeve van Woo-verzoek {{KGG/WJZ/25-0418817}}"),
    ("mono", """
[05-02-2024 08:47] [[Marloes Tjon-A-Fong]]: goedemorgen! FIOD belt vanmiddag om 14u, wie schuift aan?
[05-02-2024 08:49] [[Jeroen van 't Hek]]: ik. [[Noor]] ook?
[05-02-2024 08:52] [[Noor Hamdaoui]]: kan pas na 15u, zit bij de tandarts met mijn zoontje
[05-02-2024 08:53] [[Marloes Tjon-A-Fong]]: np, ik stuur je de notities. @[[Thijs]] heb jij de analyse van de 41 ISDE-dossiers af?
[05-02-2024 09:10] [[Thijs Verbeek]]: bijna. 9 uitbetalingen op de privé-IBAN van [[Koolhoven]], 12 facturen zonder btw-nr, 3 adressen bestaan niet in de BAG
[05-02-2024 09:11] [[Thijs Verbeek]]: o en die mevrouw [[Wessels]] uit Zwolle belde weer, ze wil haar geld. Ze klonk echt in paniek
[05-02-2024 09:14] [[Jeroen van 't Hek]]: die is slachtoffer denk ik. [[Wouter]] heeft haar dossier, toch?
[05-02-2024 09:15] [[Wouter Brinkhuis]]: klopt. zij heeft wel een warmtepomp, maar geen Daikin maar een goedkoop merk. Terugvordering bij haar is vervelend, ze is [[ernstig longziek]]
[05-02-2024 09:17] [[Marloes Tjon-A-Fong]]: ok, dat bespreken we met [[Sanne]] van JZ. Niet in de chat zetten svp, Woo!
[05-02-2024 09:18] [[Wouter Brinkhuis]]: oeps sorry
[05-02-2024 10:02] [[Noor Hamdaoui]]: mobiel [[Lammerink]] staat nog op voicemail, nummer was [[06 5330 7719]] toch?
[05-02-2024 10:03] [[Jeroen van 't Hek]]: ja. maar laat FIOD dat doen vanaf nu
[05-02-2024 10:30] [[Thijs Verbeek]]: analyse staat in de map: \\\\rvo.local\\dfs\\TFM\\2023\\MF-2023-0311\\analyse-[[tverbeek]].xlsx
[05-02-2024 14:55] [[Marloes Tjon-A-Fong]]: FIOD neemt het over, zaaknummer {{FIOD-2024-OV-0214}}. Minister {{Hermans}} wordt via de beslisnota geïnformeerd; [[Pieter-Jan]] maakt een Woo-ready versie
[05-02-2024 14:57] [[Noor Hamdaoui]]: (y)
[05-02-2024 15:20] [[Sanne Oudshoorn]]: bezwaar TGG ligt stil tot het strafrechtelijk onderzoek klaar is, heb ik [[Van Wijngaarden]] net gemaild
[05-02-2024 15:22] [[Marloes Tjon-A-Fong]]: top, dank [[Sanne]]!
"""),
], font="Helvetica", size=10)

# ---------------------------------------------------------------- cw19 scan: letter with handwritten notes
D("cw19", "Scan brief aanvrager ISDE met aantekeningen", "scan", [
    ("p", "[[Ahmet Yildirim]]<br/>[[Tuinstraat 27]]<br/>[[7551 DR]] Hengelo"),
    ("sp", 10),
    ("p", "Aan {{RVO}} afdeling {{ISDE}}<br/>Postbus 10079<br/>8000 GB Zwolle"),
    ("sp", 10),
    ("p", "Hengelo, 12 mei 2023"),
    ("p", "Betreft: mijn subsidie warmtepomp, dossier {{ISDE-W-23-040912}}"),
    ("p", "Geachte mevrouw, meneer,"),
    ("p", "Ik krijg een brief dat ik mijn subsidie van 2.950 euro moet terugbetalen. Maar ik heb dat geld nooit gekregen. De installateur meneer [[Koolhoven]] zei dat hij alles regelt en dat ik een formulier moest tekenen. Hij heeft het geld op zijn eigen rekening laten zetten. Ik heb de warmtepomp wel, maar hij maakt veel lawaai en werkt niet goed."),
    ("p", "Ik ben sinds twee jaar [[afgekeurd vanwege mijn rug]] en kan dit bedrag niet betalen. Mijn burgerservicenummer is [[" + BSN_YILDIRIM + "]]. U kunt mij bellen op [[06 4418 2290]]. Mijn dochter [[Elif]] helpt mij met de brief."),
    ("p", "Met vriendelijke groet,"),
    ("sp", 30),
    ("p", "[[A. Yildirim]]"),
], font="LiberationSerif", size=12,
   hand=[(0, 1050, 120, "ontv. 16/5 WB", 56, None), (0, 900, 1330, "slachtoffer? -> TFM", 60, None),
         (0, 190, 1085, "A Yildirim", 64, None)])

# ---------------------------------------------------------------- cw20 scan: ontvangstbevestiging bezwaar met stempel
D("cw20", "Scan ontvangstbevestiging bezwaar", "scan", [
    ("lh", "Rijksdienst voor Ondernemend Nederland", ["Postbus 40219", "8004 DE Zwolle"]),
    ("sp", 12),
    ("p", "{{Hekkelman Advocaten N.V.}}<br/>t.a.v. [[mr. C.F.]] [[van Wijngaarden]]<br/>Postbus 1094<br/>6501 BB Nijmegen"),
    ("sp", 10),
    ("kv", [("Datum", "16 oktober 2023"), ("Ons kenmerk", "{{BZ-23-04418}}"), ("Behandelaar", "[[S.]] [[Oudshoorn]]"),
            ("Telefoon", "[[088 042 71 36]]")]),
    ("p", "Geachte mevrouw [[Van Wijngaarden]],"),
    ("p", "Op 10 oktober 2023 hebben wij het bezwaarschrift ontvangen dat u namens {{Twentse Groengas B.V.}} heeft ingediend. Wij behandelen uw bezwaar binnen twaalf weken. U wordt uitgenodigd voor een hoorzitting. Wij verzoeken u de machtiging van uw cliënte, ondertekend door de heer [[G.J.]] [[Lammerink]], binnen twee weken na te zenden."),
    ("p", "Met vriendelijke groet,"),
    ("sp", 28),
    ("p", "[[mr. S.]] [[Oudshoorn]]<br/>Jurist bezwaar en beroep"),
], font="Helvetica", size=12,
   hand=[(0, 1150, 600, "INGEKOMEN 19 OKT 2023", 52, "HAND2"), (0, 900, 1950, "cc: JvtH / MTAF", 60, None)])

# ---------------------------------------------------------------- cw21 scan: presentielijst met handtekeningen
D("cw21", "Scan presentielijst overleg", "scan", [
    ("h", "Presentielijst"),
    ("p", "Overleg {{RVO}} – {{Inspectie KGG}} – {{Auditdienst Rijk}} – {{Oost NL}}, 19 september 2023, {{Croeselaan 15}} Utrecht"),
    ("table", [["Naam", "Organisatie", "Handtekening"],
               ["[[Marloes Tjon-A-Fong]]", "{{RVO}}", ""],
               ["[[Jeroen van 't Hek]]", "{{RVO}}", ""],
               ["[[Fatima El Khatib]]", "{{Inspectie KGG}}", ""],
               ["[[Hanneke ter Horst]]", "{{Auditdienst Rijk}}", ""],
               ["[[Koen Stalpers]]", "{{Oost NL}}", ""],
               ["[[Edwin Hoekzema]]", "{{SNN}}", ""]], [0.4, 0.3, 0.3]),
], font="Helvetica", size=13,
   hand=[(0, 1100, 418, "MTjon", 44, None), (0, 1100, 475, "J vt Hek", 44, None), (0, 1100, 532, "F.E.K.", 44, None),
         (0, 1100, 589, "HtH", 44, None), (0, 1100, 646, "K Stalpers", 44, None)])

# ---------------------------------------------------------------- cw22 beslisnota (2 pages)
D("cw22", "Beslisnota terugvordering SDE++ en ISDE", "rl", [
    ("lh", "Ministerie van Klimaat en Groene Groei", ["{{DG Klimaat en Energie}}", "{{Directie Warmte en Ketens}}"]),
    ("h", "Beslisnota"),
    ("kv", [("Aan", "de minister van {{Klimaat en Groene Groei}}"), ("Van", "[[Ilse Mulder-Bakhuis]], beleidsmedewerker"),
            ("Datum", "19 maart 2024"), ("Kenmerk", "{{DGKE-WK / 24082211}}"), ("Kopie aan", "{{DGKE}}, {{WJZ}}, {{RVO}}"),
            ("Contactpersoon", "[[I.]] [[Mulder-Bakhuis]], T [[06-52781190]], [[ilse.mulder@minkgg.nl]]"),
            ("Onderwerp", "Terugvordering {{SDE++}}-subsidie en {{ISDE}}-fraude via installateur")], 0.2),
    ("h2", "Aanleiding"),
    ("p", "{{RVO}} heeft de {{SDE++}}-subsidie aan {{Twentse Groengas B.V.}} ingetrokken en € 1,1 mln teruggevorderd. Het dossier is op 5 februari 2024 overgedragen aan de {{FIOD}}. Daarnaast zijn 41 {{ISDE}}-aanvragen onderzocht waarbij dezelfde installateur betrokken was. Kamerlid {{Kops}} ({{PVV}}) heeft schriftelijke vragen gesteld ({{2024Z03117}}); Kamerlid {{Kröger}} ({{GroenLinks-PvdA}}) heeft aangekondigd het onderwerp in het commissiedebat van 11 april te agenderen."),
    ("h2", "Geadviseerd besluit"),
    ("p", "Aan de minister wordt gevraagd: 1. in te stemmen met het voorstel om {{ISDE}}-aanvragers die aantoonbaar slachtoffer zijn van de installateur niet terug te vorderen (hardheidsclausule, artikel 4.8 {{Kaderbesluit EZK-/LNV-subsidies}}); 2. kennis te nemen van de stand van zaken bij {{EFRO}} en {{JTF}}."),
    ("h2", "Kern"),
    ("p", "- Volgens {{RVO}} zijn ten minste negen aanvragers gedupeerd; hun subsidie is uitgekeerd op de privérekening van de installateur. Een van hen, mevrouw [[W.]] (Zwolle), is [[ernstig ziek]]; terugvordering zou onevenredig zijn.<br/>- De {{Europese Commissie}} ({{DG REGIO}}) is geïnformeerd; er is geen {{EFRO}}-uitgave gedeclareerd. Een {{IMS}}-melding is gedaan.<br/>- De {{Auditdienst Rijk}} neemt het dossier mee in de {{Annual Control Report}} 2024."),
    ("h2", "Toelichting"),
    ("p", "Het verbeterplan van {{RVO}} voorziet in een IBAN-naamcheck ({{SurePay}}) bij uitbetaling van {{ISDE}}, zodat subsidie alleen wordt uitbetaald op een rekening ten name van de aanvrager. Dit kost eenmalig circa € 180.000. De {{Raad van State}} heeft in eerdere uitspraken ({{ECLI:NL:RVS:2022:3351}}) bevestigd dat de subsidieontvanger verantwoordelijk blijft voor gegevens die een derde namens hem indient; daarom is de hardheidsclausule nodig."),
    ("h2", "Krachtenveld"),
    ("p", "{{Techniek Nederland}} steunt een strengere controle op installateurs. {{Vereniging Eigen Huis}} vraagt aandacht voor gedupeerde woningeigenaren."),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["[[I.]] [[Mulder-Bakhuis]]", "Beleidsmedewerker", "[[IMB]]", "19-03"],
               ["[[drs. R.]] [[Vos-Tieleman]]", "Afdelingshoofd Warmte", "[[RVT]]", "20-03"],
               ["[[J.]] [[Ooms]]", "Directeur Warmte en Ketens", "[[JO]]", "21-03"]], [0.3, 0.35, 0.15, 0.2]),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "[nog invullen door {{WJZ}}]"),
], font="LiberationSans", size=10, links=[("mailto:i.mulder-bakhuis@minkgg.nl", [60, 660, 200, 672], ["i.mulder-bakhuis@minkgg.nl"])], annots=[("IMB: graag alinea over mevrouw W. schrappen - Rutger", "Rutger Vos-Tieleman", ["Rutger"])])

# ---------------------------------------------------------------- cw23 verslag overleg met actielijst (docx, 2 pages)
D("cw23", "Verslag overleg handhaving 19 september 2023", "docx", [
    ("p", "**Verslag overleg handhaving {{SDE++}}/{{EFRO}}/{{JTF}} dossier {{Twentse Groengas}}**"),
    ("kv", [("Datum", "19 september 2023, 10.00–12.00 uur"), ("Plaats", "{{RVO}}, {{Croeselaan 15}}, Utrecht, en via {{Teams}}"),
            ("Aanwezig", "[[Marloes Tjon-A-Fong]] ([[MTAF]], {{RVO}}, voorzitter), [[Jeroen van 't Hek]] ([[JvtH]], {{RVO}}), [[Fatima El Khatib]] ([[FEK]], {{Inspectie KGG}}), [[Hanneke ter Horst]] ([[HtH]], {{Auditdienst Rijk}}), [[Koen Stalpers]] ([[KS]], {{Oost NL}}), [[Edwin Hoekzema]] ([[EH]], {{SNN}}, via {{Teams}})"),
            ("Afwezig", "[[Wouter Brinkhuis]] ([[WB]], {{RVO}})"), ("Verslag", "[[JvtH]]")]),
    ("p", "**1. Opening en mededelingen**"),
    ("p", "[[MTAF]] opent. Het {{OM}} ({{Functioneel Parket}}) heeft de aangifte van 24 juli in behandeling genomen. [[FEK]] meldt dat het inspectierapport definitief is (kenmerk {{INSP-KGG 2023/0877}}-R)."),
    ("p", "**2. Stand van zaken {{SDE++}}**"),
    ("p", "[[JvtH]]: intrekkingsbesluit is op 31 augustus verzonden. Bezwaar wordt verwacht. Voorschotten zijn sinds april opgeschort. [[HtH]] vraagt of de intrekking ook de {{EFRO}}-aanvraag raakt: nee, aparte regeling, maar de {{Managementautoriteit}} moet zelf beoordelen."),
    ("p", "**3. {{EFRO}} en {{JTF}}**"),
    ("p", "[[KS]] heeft {{DG REGIO}} op 13 juli geïnformeerd. De desk officer (mevrouw [[Wiśniewska]]) vraagt om een {{IMS}}-melding; die is op 1 augustus gedaan. [[EH]] meldt dat de {{JTF}}-betaling aan {{Groengas Drenthe B.V.}} is opgeschort. Commissaris van de Koning {{Klijnsma}} (Drenthe) is door {{SNN}} bestuurlijk geïnformeerd."),
    ("p", "**4. {{ISDE}}**"),
    ("p", "Analyse van [[Thijs]] (team Data) volgt in oktober. Voorlopig beeld: installateur [[Koolhoven]] heeft via machtigingen subsidie op zijn eigen rekening laten storten. Veel aanvragers zijn ouderen; sommige zijn kwetsbaar."),
    ("p", "**5. Rondvraag en sluiting**"),
    ("p", "[[HtH]] vraagt om het verslag ook aan {{AFCOS}} te sturen. Akkoord."),
    ("p", "**Actielijst**"),
    ("table", [["Nr", "Actie", "Wie", "Wanneer"],
               ["23-09-01", "Stand {{IMS}}-melding delen met {{ADR}}", "[[KS]]", "1 okt"],
               ["23-09-02", "Opschorting {{JTF}} schriftelijk bevestigen aan begunstigde", "[[EH]]", "29 sep"],
               ["23-09-03", "Analyse 41 {{ISDE}}-dossiers opleveren", "[[WB]] / [[TV]]", "16 okt"],
               ["23-09-04", "Concept-line-to-take voor bezoek {{EVP Fitto}} (2 okt)", "[[MTAF]]", "25 sep"],
               ["23-09-05", "Verslag naar {{AFCOS}}", "[[JvtH]]", "22 sep"]]),
], font="Calibri", size=10.5, meta={"Author": "Jeroen van 't Hek"})

# ---------------------------------------------------------------- cw24 memo Auditdienst Rijk
D("cw24", "Memo ADR bevinding EFRO", "rl", [
    ("lh", "Auditdienst Rijk", ["{{Ministerie van Financiën}}", "{{Korte Voorhout 7}}", "{{2511 CW Den Haag}}"]),
    ("h", "Memo"),
    ("kv", [("Aan", "{{Managementautoriteit OP Oost}}, t.a.v. mevrouw [[A.]] [[Veldkamp-Jonkers]]"),
            ("Van", "[[H.]] [[ter Horst]] RE, senior auditor, team {{EU-audits}}"), ("Datum", "22 april 2024"),
            ("Kenmerk", "{{ADR-2024-0000517}}"), ("Onderwerp", "Voorlopige bevinding systeemaudit {{EFRO}} {{OP Oost}} – fraudepreventie")], 0.18),
    ("p", "In het kader van de systeemaudit over het boekjaar 2023-2024 heeft de {{Auditdienst Rijk}} als auditautoriteit ({{artikel 71 Verordening (EU) 2021/1060}}) de fraudepreventie van de managementautoriteit beoordeeld. Aanleiding voor een verdiepende steekproef was de casus {{OOST-2021-00418}}."),
    ("p", "**Bevinding 1 (categorie 2: functioneert, maar verbetering nodig).** Bij de beoordeling van subsidieaanvragen wordt niet structureel gecontroleerd op cumulatie met nationale regelingen zoals de {{SDE++}} en de {{DEI+}}. Het risico op dubbele financiering is daardoor niet afgedekt. In de casus {{OOST-2021-00418}} is dit tijdig ontdekt dankzij een melding bij {{RVO}}, niet dankzij de eigen controles."),
    ("p", "**Bevinding 2.** De {{ARACHNE}}-risicoscore wordt niet gebruikt. Voor de begunstigde gaf {{ARACHNE}} een hoge score op 'concentration' en 'reputational and fraud alerts'."),
    ("p", "**Aanbeveling.** Neem in de checklist een verplichte raadpleging van de {{RVO}}-subsidieregisters en {{ARACHNE}} op. Wij vragen u binnen vier weken te reageren. De definitieve bevinding wordt opgenomen in het {{Annual Control Report}} dat uiterlijk 15 februari 2025 aan de {{Europese Commissie}} wordt gezonden."),
    ("p", "Vragen kunt u stellen aan ondergetekende, [[06-31177250]], [[h.terhorst@minfin.nl]], of aan het teamsecretariaat via {{adr-eu-audits@minfin.nl}}."),
    ("p", "[[Hanneke ter Horst]] RE"),
], font="DejaVuSans", size=9.5)

# ---------------------------------------------------------------- cw25 ISDE terugvorderingsbesluit (private person)
D("cw25", "Besluit ISDE Wessels hardheidsclausule", "docx", [
    ("lh", "Rijksdienst voor Ondernemend Nederland", ["{{Hanzelaan 310}}", "{{8017 JK Zwolle}}", "T {{088 042 42 42}}"]),
    ("p", "Mevrouw [[J.M.]] [[Wessels-Brouwer]]<br/>[[Dokter van Deenweg 88]]<br/>[[8025 BM]] ZWOLLE"),
    ("kv", [("Datum", "13 juni 2024"), ("Dossiernummer", "{{ISDE-W-24-281406}}"), ("Relatienummer", "[[RVO-REL-3301874]]"),
            ("Contactpersoon", "[[W.]] [[Brinkhuis]]"), ("Onderwerp", "Vaststelling subsidie {{ISDE}} – toepassing hardheidsclausule")]),
    ("p", "Geachte mevrouw [[Wessels-Brouwer]],"),
    ("p", "Op 2 april 2024 vroeg u subsidie aan voor een warmtepomp. Bij controle bleek dat de opgegeven warmtepomp ({{Daikin Altherma 3 H HT}}) niet is geïnstalleerd, maar een ander toestel zonder geldige meldcode. Normaal gesproken zou dit betekenen dat wij de subsidie op nihil vaststellen en het uitbetaalde bedrag van € 3.375 terugvorderen."),
    ("p", "Wij hebben vastgesteld dat u de aanvraag niet zelf heeft ingevuld: de installateur, [[Koolhoven]] Installatietechniek, heeft dit namens u gedaan met een machtiging. U heeft te goeder trouw gehandeld. Gelet op uw persoonlijke omstandigheden, waaronder [[uw longziekte (COPD) en het zuurstofgebruik thuis]], passen wij de hardheidsclausule toe (artikel 4.8 van het {{Kaderbesluit EZK-/LNV-subsidies}}). Wij vorderen het bedrag niet van u terug."),
    ("p", "Wij vragen u wel om de installateur niet meer toegang te geven tot uw gegevens in {{Mijn RVO}}. U kunt de machtiging intrekken via {{eHerkenning}}/{{DigiD}} of bellen met {{088 042 42 42}}. Heeft u hulp nodig? Neem contact op met het {{Juridisch Loket}} of met {{Vereniging Eigen Huis}}."),
    ("p", "Met vriendelijke groet,<br/>{{Rijksdienst voor Ondernemend Nederland}}<br/>namens deze,"),
    ("sig", "W Brinkhuis"),
    ("p", "[[W.]] [[Brinkhuis]], adviseur {{ISDE}}"),
    ("sm", "Bezwaar: binnen zes weken via {{mijn.rvo.nl}}. Vermeld uw dossiernummer {{ISDE-W-24-281406}}."),
], font="Verdana", size=10)

# ---------------------------------------------------------------- cw26 memo overdracht FIOD (criminal data)
D("cw26", "Memo overdracht dossier aan FIOD", "rl", [
    ("h", "VERTROUWELIJK – Memo overdracht strafrechtelijk onderzoek"),
    ("kv", [("Van", "[[M.]] [[Tjon-A-Fong]] / [[J.]] [[van 't Hek]], {{RVO}} team {{TFM}}"), ("Aan", "{{FIOD}}, team {{Fraude Subsidies}}, t.a.v. [[dhr. B.]] [[Hofstede-Lansink]] (teamleider)"),
            ("Datum", "5 februari 2024"), ("Zaak", "{{MF-2023-0311}} / {{FIOD-2024-OV-0214}}")], 0.14),
    ("h2", "1. Verdachte personen"),
    ("table", [["Rol", "Naam", "Geboren", "Adres", "Bijzonderheden"],
               ["dga {{Twentse Groengas B.V.}}", "[[Geert-Jan]] [[Lammerink]]", "[[04-11-1969]]", "[[Oldenzaalsestraat 211]], [[7481 GZ]] Haaksbergen", "[[eerder veroordeeld wegens valsheid in geschrift (2016)]]"],
               ["eigenaar eenmanszaak", "[[Ruud]] [[Koolhoven]]", "[[23-08-1976]]", "[[Pastoor Ruwestraat 6]], [[7491 GB]] Delden", "[[taakstraf 2021 wegens heling]]; {{BSN}} [[" + BSN_KOOLHOVEN + "]]"]], [0.12, 0.16, 0.13, 0.27, 0.32]),
    ("h2", "2. Feiten"),
    ("p", "a. Opgave van 11.480 MWh niet-geproduceerd hernieuwbaar gas in {{SDE++}} (artikel 225 {{Wetboek van Strafrecht}}, valsheid in geschrift; artikel 323a Sr, subsidiefraude).<br/>b. Onttrekking van € 186.400 aan de vennootschap naar de privérekening van de dga.<br/>c. Uitbetaling van negen {{ISDE}}-subsidies op de privérekening [[" + IBAN_KOOLHOVEN_PRIV + "]] van de installateur."),
    ("h2", "3. Getuigen"),
    ("p", "De melder ([[R. Sant'Anna]], oud-operator) en de bedrijfsleider ([[S.]] [[Kuipers]]) zijn bereid te verklaren. De heer [[Kuipers]] is bereikbaar via [[06-20184533]]. Verder negen gedupeerde {{ISDE}}-aanvragers (lijst in bijlage B, niet bijgevoegd bij deze Woo-versie)."),
    ("h2", "4. Stukken"),
    ("p", "Inspectierapport {{INSP-KGG 2023/0877}}-R, rapport {{Flynth}} van 30 juni 2023, bankoverzicht (bijlage 3), analyse {{ISDE}} van [[T.]] [[Verbeek]], {{Vertogas}}-data en meetdata {{Enexis}}."),
], font="LiberationMono", size=8.5)

# ---------------------------------------------------------------- cw27 Kamervragen concept-antwoorden
D("cw27", "Concept antwoorden Kamervragen Kops", "docx", [
    ("p", "**CONCEPT – antwoorden op schriftelijke vragen van het lid {{Kops}} ({{PVV}}) over subsidiefraude met groengas en warmtepompen ({{2024Z03117}})**"),
    ("sm", "Versie 0.4 – opsteller [[IMB]] ({{DGKE-WK}}), juridische check [[PJR]] ({{WJZ}}), [[Ilse]]: graag voor do 12.00 u terug"),
    ("p", "**Vraag 1** Bent u bekend met het bericht 'Groengasboer streek miljoenen subsidie op' in {{Tubantia}} van 14 februari 2024?"),
    ("p", "**Antwoord** Ja."),
    ("p", "**Vraag 2** Hoeveel subsidie is aan het betreffende bedrijf verstrekt en hoeveel is teruggevorderd?"),
    ("p", "**Antwoord** Over individuele subsidieontvangers doe ik geen mededelingen. In algemene zin kan ik melden dat {{RVO}} in 2023 in 14 gevallen een {{SDE++}}-beschikking heeft ingetrokken wegens onjuiste productieopgaven, voor een totaal van € 3,9 mln."),
    ("p", "**Vraag 3** Klopt het dat ook {{ISDE}}-subsidies voor warmtepompen op de rekening van een installateur zijn gestort?"),
    ("p", "**Antwoord** {{RVO}} heeft signalen ontvangen dat een installateur namens aanvragers subsidie heeft aangevraagd en deze op een eigen rekening heeft laten uitbetalen. Het {{Openbaar Ministerie}} doet hiernaar onderzoek. Vanaf 1 juli 2024 controleert {{RVO}} bij iedere uitbetaling of de rekening op naam van de aanvrager staat."),
    ("p", "**Vraag 4** Bent u bereid de gedupeerden tegemoet te komen?"),
    ("p", "**Antwoord** Waar aanvragers te goeder trouw hebben gehandeld, past {{RVO}} de hardheidsclausule toe. Ik heb hierover ook gesproken met het lid {{Kröger}} en met de leden {{Bontenbal}} ({{CDA}}) en {{Vermeer}} ({{BBB}}) tijdens het commissiedebat Klimaat en Energie van 11 april 2024."),
    ("p", "**Vraag 5** Is ook Europees geld gemoeid met deze zaak?"),
    ("p", "**Antwoord** Voor zover mij bekend is er geen Europese subsidie uitbetaald. De {{Europese Commissie}} is op de hoogte gesteld via de gebruikelijke kanalen."),
    ("sm", "Opmerking [[RVT]]: vraag 2 – [[Ilse]], hier niet de naam [[Lammerink]] noemen, staat wel in {{Tubantia}}, maar wij bevestigen dat niet. Interne contactpersoon {{RVO}}: [[Marloes]] ([[06-41872203]])."),
], font="Calibri", size=10.5)

# ---------------------------------------------------------------- cw28 e-mail thread with installateur (Dutch/English headers mix)
D("cw28", "RE: Machtiging ISDE aanvragen", "rl", [
    mail("[[Ruud Koolhoven]] &lt;[[ruud@koolhoven-installatie.nl]]&gt;", "Wed 22 Feb 2023 21:03", "{{ISDE@rvo.nl}}", "RE: Machtiging ISDE aanvragen – verzoek om toelichting", en=True),
    ("p", "Goedenavond,"),
    ("p", "Ik snap de vraag niet helemaal. Mijn klanten zijn vaak oudere mensen die niet handig zijn met {{DigiD}}. Ik regel alles, ze tekenen een machtiging en ik schiet de subsidie voor. Daarom komt het geld op mijn rekening. Dat is toch gewoon toegestaan? Zo doen alle installateurs in Twente het, vraag het maar aan {{Techniek Nederland}}."),
    ("p", "Bellen kan op [[06-24118760]] maar liever niet overdag, dan sta ik op de steiger.<br/><br/>Gr. [[Ruud]]<br/>[[Koolhoven]] Installatietechniek | {{KvK}} [[74011592]] | [[Pastoor Ruwestraat 6]] Delden"),
    ("hr",),
    mail("{{ISDE@rvo.nl}}", "dinsdag 21 februari 2023 10:44", "[[ruud@koolhoven-installatie.nl]]", "Machtiging ISDE aanvragen – verzoek om toelichting", cc="[[w.brinkhuis@rvo.nl]]"),
    ("p", "Geachte heer [[Koolhoven]],"),
    ("p", "In de afgelopen weken heeft u als gemachtigde {{ISDE}}-aanvragen ingediend voor onder anderen de heer [[Yıldırım]] in Hengelo en mevrouw [[Nieuwenhuis-Oude Luttikhuis]] in Borne. Bij een aantal aanvragen is als rekeningnummer [[" + IBAN_KOOLHOVEN_PRIV + "]] opgegeven. Volgens de {{Subsidieregeling ISDE}} wordt de subsidie uitbetaald aan de aanvrager. Wilt u toelichten waarom niet het rekeningnummer van de aanvrager is gebruikt?"),
    ("p", "Met vriendelijke groet,<br/>Team {{ISDE}} – {{Rijksdienst voor Ondernemend Nederland}}<br/>{{088 042 42 42}} | {{www.rvo.nl/isde}}"),
    ("sm", "Behandelaar: [[WB]]"),
], font="LiberationSans", size=10)

# ---------------------------------------------------------------- cw29 steekproef SDE++ (table, landscape)
D("cw29", "Steekproef productieopgaven SDE++ 2023", "rl", [
    ("h", "Steekproef productieopgaven {{SDE++}} 2023 – categorie vergisting"),
    ("p", "Naar aanleiding van dossier {{MF-2023-0311}} heeft {{RVO}} een risicogerichte steekproef gedaan onder 12 vergistingsinstallaties. Per installatie is de gemelde productie vergeleken met de meetdata van de netbeheerder ({{Enexis}}, {{Liander}}, {{Stedin}})."),
    ("table", [["Project", "Producent", "Contactpersoon", "Afwijking", "Vervolg"],
               ["{{SDE21-03311}}", "{{Groengas Salland B.V.}}", "[[H.]] [[Sterenborg]]", "1,2%", "geen"],
               ["{{SDE21-04028}}", "{{Bio Energie Achterhoek B.V.}}", "[[mevr. D.]] [[Wolters-Gerritsen]]", "0,4%", "geen"],
               ["{{SDE22-05184}}", "{{Twentse Groengas B.V.}}", "[[G.J.]] [[Lammerink]]", "28%", "intrekking, {{FIOD}}"],
               ["{{SDE22-05411}}", "Maatschap [[Ten Dam]]", "[[A. en G. ten Dam]]", "7,9%", "nadere uitvraag"],
               ["{{SDE22-06002}}", "{{Coöperatie Groen Gas Friesland U.A.}}", "[[S.]] [[de Jong]]", "0,9%", "geen"],
               ["{{SDE22-06117}}", "[[Hoeve Van den Akker]] (eenmanszaak)", "[[P.]] [[van den Akker]]", "11,3%", "gesprek 14-11"],
               ["{{SDE23-00195}}", "{{Attero Wijster}}", "{{biogas@attero.nl}}", "0,2%", "geen"]], [0.12, 0.28, 0.25, 0.1, 0.25]),
    ("p", "Bij {{SDE22-06117}} ([[Hoeve Van den Akker]]) verklaarde de eigenaar telefonisch ([[0573 45 18 32]]) dat de afwijking komt door een defecte meter; bevestiging volgt. De maatschap [[Ten Dam]] levert voor 1 december de meetrapporten aan."),
    ("sm", "Analyse: [[Thijs Verbeek]], data-analist {{TFM}} | gecontroleerd: [[NH]]"),
], font="Helvetica", size=9, land=True)

# ---------------------------------------------------------------- cw30 letter to DG REGIO (English)
D("cw30", "Letter to DG REGIO on case OOST-2021-00418", "rl", [
    ("lh", "Stimulus Programmamanagement", ["on behalf of the {{Managing Authorities}} for {{ERDF}} in the Netherlands", "{{Kennedyplein 1}}, {{5611 ZS Eindhoven}}"]),
    ("p", "{{European Commission}}<br/>{{Directorate-General for Regional and Urban Policy}}<br/>Ms {{Themis Christophidou}}, Director-General<br/>{{B-1049 Brussels}}"),
    ("kv", [("Date", "18 November 2024"), ("Our ref.", "{{STIM/ERDF/2024-1187}}"), ("Your ref.", "{{Ares(2024)7712045}}"),
            ("Contact", "[[Maarten Geboers]], [[m.geboers@stimulus.nl]], [[+31 40 751 81 27]]"), ("Subject", "Follow-up of irregularity {{NL/2023/014}} and measures against double funding")], 0.14),
    ("p", "Dear Ms {{Christophidou}},"),
    ("p", "On behalf of the four Dutch {{ERDF}} {{Managing Authorities}} ({{Kansen voor West}}, {{SNN}}, {{Oost NL}} and {{Stimulus}}), I would like to inform you of the measures taken after irregularity {{NL/2023/014}}, which concerned a beneficiary that had also received a national renewable-energy subsidy ({{SDE++}}) from the Netherlands Enterprise Agency ({{RVO}})."),
    ("p", "First, as of 1 January 2025 all four authorities will check every application against the national subsidy register of {{RVO}} and against {{ARACHNE}}. Second, a data-sharing agreement with {{RVO}} was signed on 4 November 2024. Third, training on fraud indicators was given to 46 staff members by the {{Auditdienst Rijk}} and {{AFCOS Nederland}}."),
    ("p", "We appreciate the constructive contacts with your services, in particular with Unit {{E.4}}. We have noted the remarks made by Executive Vice-President {{Fitto}} in his letter to the Member States of 9 October 2024 on the simplification of cohesion policy and will take them into account."),
    ("p", "Yours sincerely,"),
    ("sig", "Geboers"),
    ("p", "[[M.J.A.]] [[Geboers]]<br/>Director, {{Stimulus Programmamanagement}}"),
    ("sm", "cc: [[Ms K.]] [[Wiśniewska]], Unit {{E.4}}; {{Ministry of Climate and Green Growth}} (Directorate {{Regional Economy}})"),
], font="LiberationSerif", size=11)

# ---------------------------------------------------------------- cw31 Woo-verzoek (e-mail from requester)
D("cw31", "Woo-verzoek subsidiefraude groengas", "rl", [
    mail("[[Daan Heijermans]] &lt;[[daan@heijermans-onderzoek.nl]]&gt;", "zondag 29 juni 2025 22:18", "{{woo@minkgg.nl}}", "Woo-verzoek: SDE++, ISDE en EU-subsidies Twentse Groengas"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Op grond van de {{Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten vanaf 1 januari 2022 over:"),
    ("p", "1. de {{SDE++}}-subsidie aan {{Twentse Groengas B.V.}} ({{SDE22-05184}}) en de intrekking daarvan;<br/>2. het onderzoek van de {{Inspectie KGG}} en de overdracht aan de {{FIOD}};<br/>3. de {{ISDE}}-aanvragen waarbij een installateur uit Delden betrokken was;<br/>4. de contacten met de {{Europese Commissie}} en {{OLAF}} over {{EFRO}}- en {{JTF}}-projecten van hetzelfde bedrijf."),
    ("p", "Ik ben freelance onderzoeksjournalist en werk aan een publicatie voor {{Follow the Money}}. Ik verzoek u de documenten digitaal te verstrekken. Graag ontvang ik eerst een ontvangstbevestiging."),
    ("p", "Met vriendelijke groet,<br/><br/>[[Daan Heijermans]]<br/>[[Vechtstraat 112-2]]<br/>[[1079 JH]] Amsterdam<br/>[[06-38854107]]"),
    ("sm", "Verstuurd vanaf mijn iPhone"),
], font="Helvetica", size=10.5, meta={"Author": "Daan Heijermans", "Title": "Woo-verzoek"})

# ---------------------------------------------------------------- cw32 zienswijzeverzoek (docx)
D("cw32", "Verzoek om zienswijze Woo derde belanghebbende", "docx", [
    ("lh", "Ministerie van Klimaat en Groene Groei", ["{{Directie Wetgeving en Juridische Zaken}}", "{{Bezuidenhoutseweg 73}}, {{2594 AC Den Haag}}"]),
    ("p", "{{Hekkelman Advocaten N.V.}}<br/>t.a.v. [[mr. C.F.]] [[van Wijngaarden]]<br/>Postbus 1094<br/>6501 BB Nijmegen"),
    ("kv", [("Datum", "25 augustus 2025"), ("Kenmerk", "{{KGG/WJZ/25-0418817}}-Z2"), ("Behandeld door", "[[P.J.]] [[de Roode-Verhulst]]"),
            ("E-mail", "{{woo@minkgg.nl}}"), ("Onderwerp", "Verzoek om zienswijze over openbaarmaking documenten")]),
    ("p", "Geachte mevrouw [[Van Wijngaarden]],"),
    ("p", "Het ministerie van {{Klimaat en Groene Groei}} heeft een verzoek ontvangen op grond van de {{Wet open overheid}} om openbaarmaking van documenten over de {{SDE++}}-subsidie aan uw cliënte {{Twentse Groengas B.V.}}. Omdat de openbaarmaking de belangen van uw cliënte en van haar directeur kan raken, stel ik u in de gelegenheid een zienswijze te geven (artikel 4.4 {{Woo}})."),
    ("p", "Ik ben voornemens de documenten gedeeltelijk openbaar te maken. Namen, contactgegevens, privé-rekeningnummers en gegevens over de gezondheid en het strafrechtelijk verleden van de heer [[Lammerink]] worden niet openbaar gemaakt. De naam van de vennootschap, het projectnummer en de hoogte van de subsidie worden wel openbaar gemaakt, omdat subsidieontvangers al worden gepubliceerd in het {{Register SDE++}} en op {{rvo.nl}}."),
    ("p", "De documenten liggen ter inzage via een beveiligde omgeving ({{Kiteworks}}); de link ontvangt u separaat. Uw zienswijze ontvang ik graag binnen twee weken, uiterlijk 8 september 2025."),
    ("p", "Ook de eigenaar van de eenmanszaak die als installateur optrad, de heer [[R.H.J.]] [[Koolhoven]], ontvangt een zienswijzeverzoek op zijn woonadres."),
    ("p", "Met vriendelijke groet,<br/>De minister van {{Klimaat en Groene Groei}},<br/>namens deze,"),
    ("p", "[[P.J.]] [[de Roode-Verhulst]]<br/>Woo-coördinator"),
], font="Cambria", size=10.5)
