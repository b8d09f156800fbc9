"""Documents b01-b16 of set mixed35 (invented content)."""
from gen import bsn, bsn_dots, iban

MOTIV = """## Informatie die niet openbaar gemaakt kan worden
**Motivering**
In de openbaar gemaakte versie van dit document zijn persoonsgegevens van burgers en ambtenaren onleesbaar gemaakt op grond van artikel 5.1, tweede lid, onder e, van de Woo (5.1.2e)."""

DOCS = []

# ---------------------------------------------------------------------------------------------- b01
DOCS.append(dict(name="b01_verslag_keukentafelgesprek_stikstof", producer="html", size=9.2,
    html_title="Keukentafelgesprek familie [[Brinkman]] - Barneveld",
    hidden={"notes": [(0, "[[Wouter]], graag niet delen met de gemeente vóór akkoord van [[Henk Brinkman]]", "[[W. Schotanus-Eelman]]")]},
    body=f"""# Verslag keukentafelgesprek
**{{{{Provincie Gelderland|ORG}}}}** - programma {{{{Gebiedsprogramma Veluwe|PROGRAMME}}}} - {{{{Landelijke beëindigingsregeling veehouderijlocaties met piekbelasting|PROGRAMME}}}} ({{{{Lbv-plus|PROGRAMME}}}})

|~ Datum | {{{{16 januari 2025|DATE}}}}, 10.00-12.15 uur
|~ Locatie | erf {{{{Kallenbroekerweg 61|SITE}}}}, {{{{Barneveld|PLACE}}}}
|~ Aanwezig | [[Henk Brinkman]] en [[Gerda Brinkman-<br>van de Kamp~Brinkman-van de Kamp]] (ondernemers), zoon [[Jesse Brinkman]]; [[Wouter Schotanus~Schotanus]] (gebiedsregisseur provincie), [[Fenna Huisman]] (erfbetrokkene, {{{{Stichting Zorg om Boer en Tuinder|ORG}}}})
|~ Kenmerk | {{{{2025-004188|CASE}}}}

## 1. Situatie van het bedrijf
Het bedrijf (vleeskalveren, 1.100 plaatsen) ligt op 380 meter van de {{{{Veluwe|PLACE}}}} en staat op de lijst van piekbelasters. De heer [[Brinkman]] (63) heeft geen opvolger: [[Jesse]] werkt bij {{{{Van Drie Group|ORG}}}} en wil het bedrijf niet voortzetten. Mevrouw [[Brinkman-van de Kamp]] heeft sinds de zomer gezondheidsklachten; zij vraagt dit niet in stukken op te nemen.

## 2. Vragen van de familie
- Wat gebeurt er met de bedrijfswoning? *Antwoord [[Schotanus]]:* die mag blijven bewoond, de stallen moeten worden gesloopt.
- Kan de familie de grond (12 ha, kadastraal {{{{Barneveld, sectie R, nummer 1180|KADASTER}}}}) verkopen aan de buurman, [[Gijs van Ravenhorst]]? Ja, onder voorwaarden.
- De accountant van de familie, de heer [[A. Karaca~Karaca]] van {{{{Flynth|ORG}}}}, wordt betrokken bij de taxatie.

## 3. Afspraken
1. [[Schotanus]] vraagt bij {{{{RVO|ORG}}}} de taxatie aan vóór 1 februari.
2. De familie beslist vóór de sluiting van de regeling op {{{{1 juni 2025|DATE}}}}.
3. Gedeputeerde {{{{Harmke Veldhuis-Smit|OFFICEHOLDER}}}} komt op verzoek van de familie langs; minister {{{{Femke Wiersma|OFFICEHOLDER}}}} is over de uitvoering geïnformeerd via het {{{{IPO|ORG}}}}.

Contact familie: [[0342 41 80 66|PHONE]], [[brinkman.kalveren@kpnmail.nl]]. Gebiedsregisseur: [[w.schotanus@gelderland.nl]], [[06 50 12 87 43|PHONE]].

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- b02
DOCS.append(dict(name="b02_woo_besluit_windturbines", producer="rl", size=9.4,
    meta={"Author": "[[Lotte Verschuren]]", "Title": "Woo-besluit [[Van Rijswijk]] windpark"},
    hidden={"outline": [("Woo-besluit verzoek [[L. van Rijswijk]]", 0), ("Inventarislijst", 1)]},
    footer="{{Gemeente Zeewolde|ORG}} - Postbus 1, 3890 AA Zeewolde - {{036 522 95 22|PHONE_ORG}} - {{woo@zeewolde.nl|EMAIL_FUNCTIONAL}}",
    body=f"""|~ **{{{{Gemeente Zeewolde|ORG}}}}** | Datum: {{{{28 april 2025|DATE}}}}
|~ | Ons kenmerk: {{{{WOO-2025-031|CASE}}}}
|~ | Behandeld door: [[L. Verschuren~Verschuren]]
|~ | Telefoon: {{{{14 036|PHONE_SERVICE}}}}

De heer [[L. van Rijswijk~van Rijswijk]]
[[Gooiseweg 28|ADDRESS]]
[[3891 TK Zeewolde|ADDRESS]]

Onderwerp: besluit op uw Woo-verzoek over {{{{Windpark Zeewolde-Noord|PROJECT}}}}

Geachte heer [[Van Rijswijk]],

Op {{{{4 februari 2025|DATE}}}} hebt u een verzoek gedaan op grond van de {{{{Wet open overheid|LAW}}}} (Woo). U vraagt om alle documenten over het overleg tussen de gemeente, de initiatiefnemer {{{{Windkracht Zeewolde B.V.|ORG}}}} en omwonenden over de geluidsnormen van de windturbines, in de periode {{{{1 januari 2023|DATE}}}} tot en met {{{{31 december 2024|DATE}}}}.

## 1. Verloop van de procedure
Wij hebben de ontvangst op {{{{6 februari 2025|DATE}}}} bevestigd. Op {{{{3 maart 2025|DATE}}}} hebben wij de beslistermijn met twee weken verdaagd. Omdat de documenten informatie over derden bevatten, zijn {{{{Windkracht Zeewolde B.V.|ORG}}}} en twee omwonenden in de gelegenheid gesteld een zienswijze te geven. U hebt op {{{{12 maart 2025|DATE}}}} telefonisch met mevrouw [[Verschuren]] gesproken over het uitstel.

## 2. Besluit
Wij maken de documenten die op de inventarislijst staan gedeeltelijk openbaar. Wij hebben 31 documenten gevonden. Van 24 documenten maken wij de inhoud deels openbaar, 5 documenten zijn volledig openbaar en 2 documenten maken wij niet openbaar.

## 3. Overwegingen
**Persoonlijke levenssfeer (artikel 5.1, tweede lid, aanhef en onder e, Woo).** In de documenten staan namen, adressen, telefoonnummers en e-mailadressen van omwonenden, medewerkers van de gemeente en van de initiatiefnemer. Het belang van openbaarheid weegt niet op tegen het belang van bescherming van hun persoonlijke levenssfeer. Namen van burgemeester {{{{Gerrit Jan Gorter|OFFICEHOLDER}}}} en wethouder {{{{Egbert Wassink|OFFICEHOLDER}}}} zijn niet weggelakt, omdat zij in hun publieke functie optreden.

**Bedrijfsgegevens (artikel 5.1, eerste lid, onder c, Woo).** De turbinespecificaties die {{{{Windkracht Zeewolde B.V.|ORG}}}} vertrouwelijk heeft verstrekt, maken wij niet openbaar.

**Persoonlijke beleidsopvattingen (artikel 5.2 Woo).** In interne notities staan opvattingen van ambtenaren; feiten maken wij wel openbaar.
@PAGE
## 4. Zienswijzen van derden
Omwonende [[mevrouw K. Mulder-Zijlstra~Mulder-Zijlstra]] heeft bezwaar gemaakt tegen openbaarmaking van haar e-mails aan de projectleider, de heer [[Timo Lagerwey]]. Haar naam en haar adres aan de [[Spiekweg 41|ADDRESS]] zijn weggelakt; de inhoud van haar klacht over slagschaduw maken wij wel openbaar. Omwonende [[Bram Obbink]] stemde in met openbaarmaking van zijn naam; wij hebben zijn naam toch weggelakt, omdat zijn e-mails ook gegevens over zijn buren [[Stam]] en [[Roos]] bevatten.

## 5. Wijze van openbaarmaking
De documenten worden gepubliceerd op {{{{open.overheid.nl|ORG}}}}. U ontvangt ze ook per e-mail op [[l.vanrijswijk@planet.nl]].

## 6. Bezwaar
Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders van {{{{Zeewolde|PLACE}}}}.

Met vriendelijke groet,
het college van burgemeester en wethouders van {{{{Zeewolde|PLACE}}}},
namens dezen,

[[drs. Eline Bos-Achterberg~Bos-Achterberg]]
coördinator Informatiebeheer en Woo

Bijlage: inventarislijst (zie afzonderlijk document {{{{WOO-2025-031|CASE}}}}-INV)

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- b03
DOCS.append(dict(name="b03_woo_inventarislijst_windpark", producer="rl", size=7.8,
    widths={7: [0.06, 0.34, 0.1, 0.08, 0.12, 0.1, 0.2]},
    footer="{{Gemeente Zeewolde|ORG}} - inventarislijst {{WOO-2025-031|CASE}}",
    body=f"""# Inventarislijst Woo-verzoek {{{{WOO-2025-031|CASE}}}}
Verzoeker: [[L. van Rijswijk]] - besluit van {{{{28 april 2025|DATE}}}}

| Nr. | Document | Datum | Type | Beoordeling | Grond | Opmerking |
| 1 | Projectplan geluid {{{{Windpark Zeewolde-Noord|PROJECT}}}} v3 | 12-01-2023 | rapport | openbaar | - | al openbaar |
| 2 | E-mail [[T. Lagerwey]] aan {{{{Windkracht Zeewolde B.V.|ORG}}}} over meetpunten | 03-02-2023 | e-mail | deels openbaar | 5.1.2e | |
| 3 | Bijlage bij 2: meetplan {{{{Peutz|ORG}}}} | 03-02-2023 | rapport | openbaar | - | |
| 4 | Klacht slagschaduw van mevrouw [[Mulder-Zijlstra]], [[Spiekweg 41]] | 21-03-2023 | brief | deels openbaar | 5.1.2e | |
| 5 | Reactie [[Lagerwey]] aan [[Mulder-Zijlstra]] | 04-04-2023 | e-mail | deels openbaar | 5.1.2e | |
| 6 | Turbinespecificaties Vestas V150 | 18-04-2023 | bijlage | niet openbaar | 5.1.1c | bedrijfsgegevens |
| 7 | Verslag bewonersavond {{{{De Verbinding|ORG}}}} met presentielijst | 11-05-2023 | verslag | deels openbaar | 5.1.2e | presentielijst geheel gelakt |
| 8 | Collegeadvies geluidsnormen, wethouder {{{{Egbert Wassink|OFFICEHOLDER}}}} | 06-06-2023 | advies | deels openbaar | 5.2, 5.1.2e | |
| 9 | Appberichten [[Timo]] en [[Karim Bennani]] ({{{{Windkracht|ORG}}}}) | juni 2023 | chat | deels openbaar | 5.1.2e | 14 berichten |
| 10 | E-mail [[Bram Obbink]] over geluid bij [[Gooiseweg 30|ADDRESS]] | 19-07-2023 | e-mail | deels openbaar | 5.1.2e | zienswijze derde |
| 11 | Notitie juridische zaken ([[mr. S. Öztürk~Öztürk]]) | 02-08-2023 | notitie | deels openbaar | 5.2, 5.1.2e | |
| 12 | Raadsinformatiebrief {{{{2023-117|CASE}}}} | 29-08-2023 | brief | openbaar | - | al openbaar |
| 13 | Geluidsmeting week 36, meetpunt [[Spiekweg 41]] | 08-09-2023 | meetrapport | deels openbaar | 5.1.2e | adres meetpunt gelakt |
| 14 | E-mail [[Dijkstra, Marten]] ({{{{Omgevingsdienst Flevoland & Gooi en Vechtstreek|ORG}}}}) | 15-09-2023 | e-mail | deels openbaar | 5.1.2e | |
| 15 | Duplicaat van 14 | 15-09-2023 | e-mail | niet openbaar | - | dubbel |
@PAGE
| Nr. | Document | Datum | Type | Beoordeling | Grond | Opmerking |
| 16 | Brief burgemeester {{{{Gerrit Jan Gorter|OFFICEHOLDER}}}} aan omwonenden | 02-10-2023 | brief | openbaar | - | |
| 17 | Klachtenregistratie Q3 2023 (telefoonnotities [[Yvonne de Ruiter]]) | 10-10-2023 | overzicht | deels openbaar | 5.1.2e | 22 regels |
| 18 | E-mail [[Hakan Yılmaz]], Spiekweg, over nachtgeluid | 14-11-2023 | e-mail | deels openbaar | 5.1.2e | |
| 19 | Antwoord [[Lagerwey]] aan [[Yılmaz]] | 20-11-2023 | e-mail | deels openbaar | 5.1.2e | |
| 20 | Memo maatwerkvoorschrift, opgesteld door [[RdJ]] | 04-12-2023 | memo | deels openbaar | 5.2 | |
| 21-29 | Maandrapportages geluid jan-sep 2024 | 2024 | rapport | openbaar | - | |
| 30 | Mail [[Obbink]] aan wethouder {{{{Wassink|OFFICEHOLDER}}}} | 11-10-2024 | e-mail | deels openbaar | 5.1.2e | |
| 31 | Collegebesluit maatwerk {{{{Z/24/118842|CASE}}}} | 17-12-2024 | besluit | openbaar | - | |

Toelichting op de gronden: 5.1.1c bedrijfs- en fabricagegegevens; 5.1.2e eerbiediging van de persoonlijke levenssfeer; 5.2 persoonlijke beleidsopvattingen in documenten voor intern beraad.

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- b04
DOCS.append(dict(name="b04_raadsinformatiebrief_herinrichting_dorpsstraat", producer="docx", size=9.8,
    docx_author="[[Mustafa Kaya]]", docx_title="RIB Dorpsstraat",
    header="{{Raadsinformatiebrief|TITLE}} - {{gemeente Westerkwartier|ORG}}",
    body=f"""# Raadsinformatiebrief
|~ Aan | de gemeenteraad van {{{{Westerkwartier|PLACE}}}} |
|~ Van | het college van burgemeester en wethouders |
|~ Portefeuillehouder | wethouder {{{{Jan Gerrit Douma|OFFICEHOLDER}}}} |
|~ Contactpersoon | [[M. Kaya~Kaya]], projectleider, [[m.kaya@westerkwartier.nl]], [[06 - 4118 2093|PHONE]] |
|~ Datum | {{{{20 mei 2025|DATE}}}} |
|~ Onderwerp | voortgang herinrichting {{{{Dorpsstraat Zuidhorn|PROJECT}}}} |

## Aanleiding
In uw vergadering van {{{{11 december 2024|DATE}}}} hebben wij toegezegd u te informeren over de planning en de participatie rond de herinrichting van de {{{{Dorpsstraat|STREET}}}} in {{{{Zuidhorn|PLACE}}}}. Met deze brief doen wij dat.

## Kernboodschap
De {{{{Dorpsstraat|STREET}}}} wordt vanaf {{{{1 september 2025|DATE}}}} in drie fasen afgesloten voor doorgaand verkeer. Het werk wordt uitgevoerd door {{{{Roelofs Wegenbouw|ORG}}}}; ingenieursbureau {{{{Sweco|ORG}}}} begeleidt het ontwerp. Het budget blijft binnen het krediet van {{{{€ 3,4 miljoen|AMOUNT}}}}.

## Participatie
Er zijn twee inloopavonden gehouden, op {{{{4 februari|DATE}}}} en {{{{18 maart 2025|DATE}}}}, met in totaal 126 bezoekers. De belangrijkste punten:
- ondernemers vrezen omzetverlies tijdens de werkzaamheden; de {{{{Ondernemersvereniging Zuidhorn|ORG}}}} (voorzitter [[Harm Jan Kremer]]) heeft een compensatieregeling gevraagd;
- bewoners van de {{{{Hoofdstraat|STREET}}}} vrezen sluipverkeer;
- een petitie met 412 handtekeningen voor behoud van de lindebomen is op {{{{25 maart 2025|DATE}}}} aangeboden door mevrouw [[Roos Hazenberg]] ({{{{Bomenwacht Westerkwartier|ORG}}}}).

Eén bewoner, de heer [[Jurjen Tjoelker]] van [[Dorpsstraat 17|ADDRESS]], heeft een klacht ingediend over de communicatie; deze klacht is door [[mevrouw Van der Wal~Van der Wal]] van het klantcontactcentrum behandeld en gegrond verklaard.
@PAGE
## Bomen
Van de 23 lindebomen blijven er 19 staan. Vier bomen zijn volgens de boomtechnische rapportage van {{{{Pius Floris Boomverzorging|ORG}}}} (opsteller [[ir. Koen Adriaanse~Adriaanse]]) niet meer vitaal. Voor deze bomen wordt een {{{{omgevingsvergunning voor het vellen van houtopstand|TERM}}}} aangevraagd. Er worden 12 nieuwe bomen geplant.

## Vervolg
| Fase | Periode | Afsluiting |
| 1 | sep - nov 2025 | {{{{Dorpsstraat|STREET}}}} tussen {{{{Hoofdstraat|STREET}}}} en {{{{Kerkstraat|STREET}}}} |
| 2 | jan - apr 2026 | kruising {{{{Kerkstraat|STREET}}}} |
| 3 | mei - jul 2026 | {{{{Dorpsstraat|STREET}}}} tot de {{{{N355|ROAD}}}} |

Bewoners ontvangen een bewonersbrief. Vragen kunnen worden gesteld via {{{{dorpsstraat@westerkwartier.nl|EMAIL_FUNCTIONAL}}}} of {{{{14 0594|PHONE_SERVICE}}}}. Omgevingsmanager namens {{{{Roelofs Wegenbouw|ORG}}}} is de heer [[Erik Jan Postma]], bereikbaar op [[06 23 87 51 40|PHONE]].

Het college van burgemeester en wethouders van {{{{Westerkwartier|PLACE}}}},
de secretaris, [[drs. H. Smeenge-Bolt~Smeenge-Bolt]]          de burgemeester, {{{{Ard van der Tuuk|OFFICEHOLDER}}}}

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- b05
DOCS.append(dict(name="b05_mailwisseling_projectleider_adviesbureau_bewoners", producer="html", size=8.8,
    html_title="FW: geluidsscherm Ringweg - reactie bewoners ([[Pinas]])",
    body=f"""**Van:** [[Bakker, Ingrid <i.bakker@amersfoort.nl>~i.bakker@amersfoort.nl~Ingrid]]
**Verzonden:** vrijdag {{{{7 februari 2025|DATE}}}} 16:31
**Aan:** [[Pinas, Errol <errolpinas@gmail.com>~errolpinas@gmail.com~Errol]]; [[Sarah Çelik <s.celik@hotmail.com>~s.celik@hotmail.com]]
**CC:** [[Wagenaar, Ruben <ruben.wagenaar@tauw.com>~ruben.wagenaar@tauw.com]]; {{{{projectbureau Ringweg|ORG}}}} &lt;ringweg@amersfoort.nl&gt;
**Onderwerp:** FW: geluidsscherm Ringweg - reactie bewoners

Beste [[Errol]] en [[Sarah]],

Hieronder de reactie van [[Ruben]] van {{{{Tauw|ORG}}}} op jullie vragen van de bewonersavond. Kort samengevat: het scherm langs de {{{{Ringweg-Koppel|STREET}}}} wordt 4 meter hoog, niet 3 meter. Ik stel voor dat we op {{{{20 februari|DATE}}}} met de klankbordgroep in {{{{wijkcentrum De Neng|ORG}}}} bij elkaar komen. Wethouder {{{{Cees van Eijk|OFFICEHOLDER}}}} is daar ook bij.

Hartelijke groet,
[[Ingrid Bakker]]
projectleider {{{{Ringweg Koppel|PROJECT}}}}, {{{{gemeente Amersfoort|ORG}}}}
[[06 83 29 10 74|PHONE]]

---

**Van:** [[Wagenaar, Ruben]]
**Verzonden:** donderdag {{{{6 februari 2025|DATE}}}} 11:02
**Aan:** [[Bakker, Ingrid]]
**Onderwerp:** RE: vragen bewoners geluidsscherm

Hoi [[Ingrid]],

Antwoorden op de vragen van de bewoners:
1. De berekende geluidbelasting op de gevel van [[Koppelweg 14|ADDRESS]] (woning van [[dhr. Pinas]]) daalt van 63 naar 56 dB. Voor nummer 16 (familie [[Çelik]]) daalt die naar 55 dB.
2. Een transparant scherm is mogelijk, maar duurder: circa {{{{€ 180.000|AMOUNT}}}} extra.
3. De trillingsmeting bij de woning van mevrouw [[Hanneke Bloemendaal-Ruis~Bloemendaal-Ruis]] (nr. 22) doet mijn collega [[Luuk Verbrugge]] op 12 februari.

Het akoestisch rapport is gecontroleerd door [[ir. D. Oyelaran~Oyelaran]].

Gr. [[Ruben]]
[[Ruben Wagenaar]] | adviseur geluid en trillingen | {{{{Tauw|ORG}}}} Deventer | [[+31 6 1094 2281|PHONE]] | algemeen {{{{0570 69 99 11|PHONE_ORG}}}}

---

**Van:** [[Errol Pinas]] &lt;[[errolpinas@gmail.com]]&gt;
**Verzonden:** maandag {{{{3 februari 2025|DATE}}}} 22:15
**Aan:** {{{{ringweg@amersfoort.nl|EMAIL_FUNCTIONAL}}}}
**CC:** [[s.celik@hotmail.com]]; [[hbloemendaal@ziggo.nl]]
**Onderwerp:** vragen bewoners geluidsscherm

Geachte mevrouw [[Bakker]],

Namens de bewoners van de {{{{Koppelweg|STREET}}}} (even nummers 2 t/m 30) stuur ik de vragen die op de avond van 28 januari zijn blijven liggen. Wij willen vooral weten wat het scherm betekent voor de nummers 14 tot en met 22, waar veel ouderen wonen. Mijn buurvrouw, mevrouw [[Bloemendaal]], heeft last van trillingen door vrachtverkeer.
@PAGE
Verder vragen wij waarom het onderzoek niet is uitgevoerd door een onafhankelijk bureau. Kamerlid {{{{Pieter Grinwis|OFFICEHOLDER}}}} heeft vorig jaar vragen gesteld over geluidsschermen langs gemeentelijke wegen; wij verwijzen daarnaar.

Met vriendelijke groet,
[[Errol Pinas]]
[[Koppelweg 14]]
[[3812 AB Amersfoort|ADDRESS]]
[[033 - 461 72 09|PHONE]]

---

**Van:** [[Sarah Çelik]] &lt;[[s.celik@hotmail.com]]&gt;
**Verzonden:** dinsdag {{{{4 februari 2025|DATE}}}} 07:48
**Aan:** [[Errol Pinas]]
**Onderwerp:** RE: vragen bewoners geluidsscherm

Goed stuk [[Errol]]! Zet je ook de vraag over de bomen erbij? Mijn man [[Burak]] kan op de 20e niet, ik kom wel. Groetjes [[Sarah]] (nr. 16)

!small {{{{Gemeente Amersfoort|ORG}}}} - Stadhuisplein 1, 3811 LM Amersfoort - {{{{14 033|PHONE_SERVICE}}}}. Dit bericht kan vertrouwelijke informatie bevatten.

{MOTIV}
""".replace("&gt;", ">").replace("&lt;", "<")))

# ---------------------------------------------------------------------------------------------- b06 scan (image only)
DOCS.append(dict(name="b06_presentielijst_inspraakavond_scan", producer="scan", font="DVS", size=10.5,
    widths={4: [0.24, 0.22, 0.42, 0.12]},
    body="""# Presentielijst inspraakavond
Herinrichting Dorpsstraat Zuidhorn - 18 maart 2025 - Gemeente Westerkwartier

| Naam | Adres | E-mail | Paraaf |
| [[Jurjen Tjoelker]] | [[Dorpsstraat 17]] | [[j.tjoelker@live.nl~tjoelker]] | JT |
| [[Anneke Kremer]] | [[Hoofdstraat 4]] | [[anneke.kremer@gmail.com~anneke.kremer]] | AK |
| [[Piet Roos]] | [[Kerkstraat 9]] | | PR |
| [[Samira Amezian]] | [[Dorpsstraat 44]] | [[samira.amezian@gmail.com~samira.amezian]] | SA |
| [[Gerrit Dijkhuis]] | [[Molenweg 2]] | [[dijkhuis@home.nl]] | GD |
| [[Hilda Kooistra]] | [[Dorpsstraat 51]] | | HK |
| [[Tomasz Zielinski]] | [[Parkweg 11]] | [[t.zielinski@wp.pl]] | TZ |

Namens de gemeente aanwezig: projectleider [[M. Kaya]], omgevingsmanager [[Erik Jan Postma]] (Roelofs).
"""))

# ---------------------------------------------------------------------------------------------- b07
DOCS.append(dict(name="b07_petitie_behoud_speeltuin_met_ondertekenaars", producer="rl", size=9.2,
    widths={4: [0.06, 0.34, 0.3, 0.3]},
    meta={"Author": "[[Esther van Eck]]", "Title": "Petitie speeltuin Vogelwijk"},
    hidden={"attach": ("handtekeningen-origineel-[[Esther van Eck]].csv", "naam;straat\nvan Eck;Merelstraat\n")},
    body=f"""# Petitie: Red de speeltuin in de {{{{Vogelwijk|PLACE}}}}!
Aangeboden aan de gemeenteraad van {{{{Hengelo|PLACE}}}} op {{{{3 juni 2025|DATE}}}}, in handen van burgemeester {{{{Sander Schelberg|OFFICEHOLDER}}}} en wethouder {{{{Bas Bruggeman|OFFICEHOLDER}}}}.

De gemeente wil de speeltuin aan de {{{{Merelstraat|STREET}}}} opheffen om er acht woningen te bouwen ({{{{bouwplan Merelhof|PROJECT}}}}). Wij, bewoners van de Vogelwijk, vragen de raad:
1. de speeltuin te behouden of binnen 300 meter te verplaatsen;
2. bewoners te betrekken bij het ontwerp, zoals de {{{{Omgevingswet|LAW}}}} vraagt;
3. de bomen langs de {{{{Lijsterstraat|STREET}}}} te sparen.

Initiatiefnemers: [[Esther van Eck~van Eck]] ([[Merelstraat 31|ADDRESS]], [[06-19 82 44 05|PHONE]]) en [[Ricardo Lopes da Silva~Lopes da Silva]] ([[Spreeuwstraat 8|ADDRESS]]).

## Ondertekenaars
| Nr. | Naam | Straat | Woonplaats |
| 1 | [[Esther van Eck]] | [[Merelstraat 31]] | {{{{Hengelo|PLACE}}}} |
| 2 | [[Ricardo Lopes da Silva]] | [[Spreeuwstraat 8]] | Hengelo |
| 3 | [[Monique ter Haar-Kuipers~ter Haar-Kuipers]] | [[Merelstraat 27]] | Hengelo |
| 4 | [[Bayu Sastrowardoyo]] | [[Lijsterstraat 102]] | Hengelo |
| 5 | [[DE VRIES, HENK~DE VRIES]] | [[Kievitstraat 3]] | Hengelo |
| 6 | [[Dilan Yavuz]] | [[Merelstraat 40]] | Hengelo |
| 7 | [[Marloes Haverkate]] | [[Zwaluwstraat 15]] | Borne |
| 8 | [[J. Bakker]] | [[Merelstraat 12]] | Hengelo |
| 9 | [[Yasmina Bouchtaoui]] | [[Spreeuwstraat 21]] | Hengelo |
| 10 | [[Gerben Hoekstra]] | [[Meeuwenstraat 6]] | Hengelo |
| 11 | [[Tesfay Kahsay]] | [[Lijsterstraat 88]] | Hengelo |
| 12 | [[Sophie Brinkers-Hofman~Brinkers-Hofman]] | [[Merelstraat 33]] | Hengelo |
| 13 | [[Wim Zwolle]] | [[Kievitstraat 19]] | Hengelo |
| 14 | [[Agnieszka Lewandowska]] | [[Spreeuwstraat 2]] | Hengelo |
| 15 | [[Roel Stam]] | [[Merelstraat 18]] | Hengelo |
@PAGE
| Nr. | Naam | Straat | Woonplaats |
| 16 | [[Fatma Şahin]] | [[Lijsterstraat 54]] | Hengelo |
| 17 | [[Harm Nijhuis]] | [[Kievitstraat 7]] | Hengelo |
| 18 | [[Chantal Kromodimedjo]] | [[Meeuwenstraat 20]] | Hengelo |
| 19 | [[Kidane Tewelde]] | [[Spreeuwstraat 14]] | {{{{Enschede|PLACE}}}} |
| 20 | [[Lotte Oude Booijink~Oude Booijink]] | [[Merelstraat 22]] | Hengelo |
| 21 | [[Mark Hoek]] | [[Lijsterstraat 9]] | Hengelo |
| 22 | [[Naima El Idrissi]] | [[Zwaluwstraat 4]] | Borne |

Online ondertekend via {{{{petities.nl|ORG}}}}: 389 handtekeningen (namen bij de griffie bekend; e-mailadressen zijn niet doorgegeven).

!small Ontvangen door de griffie op {{{{3 juni 2025|DATE}}}}, registratienummer {{{{INK-2025-0611|CASE}}}}, in behandeling bij [[A. Schuurman-Otten~Schuurman-Otten]] (griffiemedewerker).

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- b08
DOCS.append(dict(name="b08_boa_rapportage_afvaldumping", producer="rl", size=9,
    sidebar="{{Handhaving en Toezicht|ORG}} gemeente Tilburg - BOA-rapport {{HT-25-02218|CASE}} - opgemaakt door [[BOA 4471 Schellekens|PERSON]]",
    body=f"""# Rapport van bevindingen - illegale afvaldumping
**{{{{Gemeente Tilburg|ORG}}}}**, afdeling {{{{Handhaving en Toezicht|ORG}}}} - nummer {{{{HT-25-02218|CASE}}}}

|~ Opsteller | [[T. Schellekens~Schellekens]], BOA domein I (openbare ruimte), dienstnummer [[4471|ID]]
|~ Collega | [[Anouar Benali]], BOA
|~ Datum/tijd | {{{{11 februari 2025|DATE}}}}, 14.25 uur
|~ Plaats | {{{{Ringbaan-Oost|STREET}}}} ter hoogte van de glasbak bij de {{{{Jumbo|ORG}}}}, {{{{Tilburg|PLACE}}}}

## Bevindingen
Wij zagen dat een man uit een bestelbus, Renault Trafic, kenteken [[VJF-21-N|LICENCE_PLATE]], zes vuilniszakken, een matras en bouwafval naast de containers plaatste. Wij hebben de man aangesproken. Hij legitimeerde zich met een Nederlands rijbewijs:

| Gegeven | Waarde |
| Naam | [[Dragan Petrović]] |
| Geboortedatum | [[19-05-1984|DATE_OF_BIRTH]] |
| Geboorteplaats | [[Kragujevac (Servië)|BIRTHPLACE]] |
| Adres | [[Korvelseweg 312|ADDRESS]], [[5025 JM Tilburg|ADDRESS]] |
| BSN | [[{bsn_dots(57)}|BSN]] |
| Telefoon | [[06 41 02 77 39|PHONE]] |

Betrokkene verklaarde: "Ik ruim het huis van mijn schoonmoeder, mevrouw [[Jovanović]], aan de Hasseltstraat. De milieustraat was dicht." Hij gaf aan voor een klusbedrijf te werken.

## Afdoening
Wij hebben een {{{{bestuurlijke strafbeschikking|TERM}}}} opgemaakt voor overtreding van artikel {{{{10.2 Wet milieubeheer|LAW}}}}, boete {{{{€ 430,-|AMOUNT}}}}. Betrokkene heeft het afval dezelfde middag opgeruimd; dit is gecontroleerd door [[Benali]]. Een getuige, mevrouw [[Kim van den Heuvel]] ([[06 28 90 14 63|PHONE]]), had de dumping eerder die week ook gezien en gefotografeerd.

Opgemaakt op ambtseed,
[[T. Schellekens]]

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- b09
DOCS.append(dict(name="b09_intakeverslag_buurtbemiddeling", producer="docx", size=9.5,
    docx_author="[[Wendy Verhulst]]", docx_title="Intake [[Mahabier]] - [[Kuiper]]",
    footer="Buurtbemiddeling {{Den Haag|PLACE}} - uitgevoerd door {{Stichting Mooi|ORG}} in opdracht van {{gemeente Den Haag|ORG}}",
    body=f"""# Intakeverslag buurtbemiddeling
Dossier {{{{BB-2025-0347|CASE}}}} - intake {{{{14 april 2025|DATE}}}} - bemiddelaars [[Wendy Verhulst]] en [[Hamid Taheri]] (vrijwilligers)

## Partij A
[[Shanti Mahabier]], [[Zuiderparklaan 188|ADDRESS]], [[2574 HK Den Haag|ADDRESS]], [[06 1420 8871|PHONE]]. Woont er met haar twee kinderen en haar moeder [[Kamla Mahabier-Jhinkoe~Mahabier-Jhinkoe]].

## Partij B
[[Frank Kuiper]] en [[Mirjam Kuiper]], [[Zuiderparklaan 190|ADDRESS]], [[070 - 397 55 12|PHONE]]. Eigenaar-bewoners sinds 2009.

## Wat speelt er?
Mevrouw [[Mahabier]] ervaart overlast van de hond van de familie [[Kuiper]] die de hele dag blaft, en van rook van de houtkachel. De heer [[Kuiper]] zegt dat de kinderen van mevrouw [[Mahabier]] over de schutting klimmen en dat er harde muziek is. Er is eerder een melding gedaan bij {{{{Haag Wonen|ORG}}}} en bij de wijkagent van {{{{politie Den Haag|ORG}}}}. In oktober heeft [[Frank]] de schutting verhoogd zonder overleg; volgens [[Shanti]] is daarvoor geen vergunning gevraagd. Het {{{{Juridisch Loket|ORG}}}} ({{{{0800-8071|PHONE_SERVICE}}}}) heeft haar naar buurtbemiddeling verwezen.

## Afspraken
Beide partijen willen een gesprek op neutraal terrein, in {{{{buurthuis De Mussen|ORG}}}}, {{{{Hoefkade|STREET}}}}. Datum: {{{{6 mei 2025|DATE}}}}, 19.30 uur. Coördinator [[Ilse de Waal]] bevestigt per brief.

!small Dit verslag is vertrouwelijk en bestemd voor de coördinator. Doorgestuurd aan {{{{gemeente Den Haag|ORG}}}}, afdeling Veiligheid, t.b.v. het Woo-verzoek {{{{DH-WOO-2025-1180|CASE}}}}.

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- b10
DOCS.append(dict(name="b10_verzoek_om_handhaving_en_ontvangstbevestiging", producer="html", size=9.3,
    html_title="Verzoek om handhaving - [[Van Dijk]] - Breda",
    hidden={"attach": ("fotos-schuur-buren-[[Wiersma]]-maart2025.txt", "foto's IMG_2231 t/m IMG_2240")},
    body=f"""# Verzoek om handhaving
[[R. van Dijk-Heijmans~van Dijk-Heijmans]]
[[Haagweg 416|ADDRESS]]
[[4813 XK Breda|ADDRESS]]
[[076 - 521 93 08|PHONE]]

Aan het college van burgemeester en wethouders van {{{{Breda|PLACE}}}}
{{{{Stadskantoor|ORG}}}}, {{{{Claudius Prinsenlaan 10|ADDRESS_ORG}}}}, Breda

{{{{Breda|PLACE}}}}, {{{{10 maart 2025|DATE}}}}

Geacht college,

Hierbij verzoek ik u handhavend op te treden tegen de bewoners van [[Haagweg 418|ADDRESS]], de heer en mevrouw [[Wiersma]]. Zij hebben in hun achtertuin een schuur van ruim 40 m² gebouwd die tot 1 meter van mijn erfgrens staat, en gebruiken die als autowerkplaats. Er worden auto's gespoten; de lucht komt in mijn slaapkamer. Op zaterdagen staan er tot vijf auto's van klanten in de straat, onder andere met de kentekens [[G-904-RS|LICENCE_PLATE]] en [[57-NB-TL|LICENCE_PLATE]].

Ik heb de heer [[Wiersma]] hierop aangesproken. Hij zei dat hij toestemming had van "iemand van de gemeente". Ik heb foto's gemaakt (bijgevoegd). Mijn dochter [[Lisa van Dijk]] heeft op {{{{3 maart|DATE}}}} gebeld met {{{{14 076|PHONE_SERVICE}}}}.

Ik verzoek u een besluit te nemen binnen acht weken.

Hoogachtend,
[[Rita van Dijk-Heijmans]]
[[rita.vandijk@kpnplanet.nl]]

---

## Ontvangstbevestiging
**{{{{Gemeente Breda|ORG}}}}** - {{{{Vergunningen, Toezicht en Handhaving|ORG}}}}
Uw kenmerk: - | Ons kenmerk: {{{{BRD-VTH-25-07713|CASE}}}} | Datum: {{{{13 maart 2025|DATE}}}}

Geachte mevrouw [[Van Dijk-Heijmans]],

Wij hebben uw verzoek om handhaving ontvangen. Toezichthouder [[Jeroen Dekkers]] bezoekt de locatie {{{{Haagweg|STREET}}}} binnen vier weken. Uw verzoek wordt behandeld door jurist [[Nicole Aarts-de Jong~Aarts-de Jong]] (bereikbaar via {{{{14 076|PHONE_SERVICE}}}}). Uw gegevens worden niet aan de overtreder verstrekt, maar bij een besluit wel in het dossier opgenomen.

Met vriendelijke groet,
[[N. Aarts-de Jong]]

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- b11
DOCS.append(dict(name="b11_omgevingsvergunning_kappen_boom", producer="rl", font="DVS", size=9.6,
    meta={"Author": "[[B. Oudshoorn]]"},
    footer="{{Gemeente Leiden|ORG}} - Postbus 9100, 2300 PC Leiden - {{14 071|PHONE_SERVICE}}",
    body=f"""**{{{{Gemeente Leiden|ORG}}}}**

Mevrouw [[dr. E.C.M. Zandbergen~Zandbergen]]
[[Rapenburg 44-A|ADDRESS]]
[[2311 EZ Leiden|ADDRESS]]

|~ Datum | {{{{7 april 2025|DATE}}}}
|~ Zaaknummer | {{{{Z/25/231907|CASE}}}}
|~ Behandeld door | [[Bas Oudshoorn]], [[071 516 84 30|PHONE]]

Onderwerp: omgevingsvergunning voor het vellen van een houtopstand

Geachte mevrouw [[Zandbergen]],

U vroeg op {{{{18 februari 2025|DATE}}}} vergunning om een rode beuk te kappen in de tuin achter het pand {{{{Rapenburg 44|SITE}}}} ({{{{kadastraal Leiden, sectie F, nummer 2180|KADASTER}}}}). De boom staat op de lijst van monumentale bomen van {{{{Leiden|PLACE}}}}.

## Besluit
Wij weigeren de vergunning. De bomdeskundige van de gemeente, de heer [[ing. F. Lamers~Lamers]], heeft de boom op {{{{4 maart|DATE}}}} onderzocht en stelt dat de boom vitaal is; de schade aan de fundering die u noemt is niet aangetoond. Het rapport van uw eigen adviseur, [[Joris Plaisier]] van {{{{Boomadvies Holland|ORG}}}}, komt tot een andere conclusie maar gaat uit van verouderde metingen.

Uw bovenburen, mevrouw [[C. Lindeboom]] en de heer [[Vincent Osei]], hebben in een e-mail aan de gemeente laten weten dat zij de boom willen behouden. De {{{{Bomenstichting|ORG}}}} heeft hetzelfde gevraagd.

Wethouder {{{{Fleur Spijker|OFFICEHOLDER}}}} heeft met u op {{{{26 maart 2025|DATE}}}} gesproken tijdens het spreekuur.

## Bezwaar
Binnen zes weken bij het college van {{{{Leiden|PLACE}}}}. U kunt ook de voorzieningenrechter van de {{{{rechtbank Den Haag|ORG}}}} om een voorlopige voorziening vragen.

Met vriendelijke groet,
namens het college,
[[B. Oudshoorn]], vergunningverlener groen

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- b12
DOCS.append(dict(name="b12_verslag_hoorzitting_bezwaar_peilbesluit_waterschap", producer="docx", size=9.4,
    docx_author="secretaris [[A. Mollema]]", docx_title="Hoorzitting Hunze en Aa's 2025-03",
    footer="{{Waterschap Hunze en Aa's|ORG}} - verslag hoorzitting {{HZ-2025-03|CASE}}",
    body=f"""# Verslag hoorzitting commissie bezwaarschriften
**{{{{Waterschap Hunze en Aa's|ORG}}}}** - {{{{22 mei 2025|DATE}}}}, waterschapshuis {{{{Veendam|PLACE}}}}

|~ Commissie | [[mr. R.G. Hovingh~Hovingh]] (voorzitter), [[ing. S. Boerema-Nap~Boerema-Nap]], [[drs. T. Eilders~Eilders]]
|~ Secretaris | [[A. Mollema]]
|~ Bezwaarmakers | [[Jan Harm Wubs]] en [[Klaasje Wubs-Kruize~Wubs-Kruize]] (akkerbouwers), [[Berend Oldenhof]] (namens {{{{akkerbouwbedrijf De Veenhoeve|ORG}}}})
|~ Gemachtigde | [[mr. N. Aksoy~Aksoy]], {{{{LTO Noord Juridisch Advies|ORG}}}}
|~ Verweerder | [[ir. G. de Haan~de Haan]] (peilbeheer) en [[Marit Sikkema]] (jurist)

## Onderwerp
Bezwaar tegen het {{{{peilbesluit Veenkoloniën-Oost|TITLE}}}}, vastgesteld door het algemeen bestuur op {{{{12 maart 2025|DATE}}}}. De bezwaarmakers vrezen wateroverlast op hun percelen aan de {{{{Zuiderdiep|STREET}}}} door het hogere zomerpeil.

## Betoog bezwaarmakers
De heer [[Wubs]] licht toe dat hij in 2023 en 2024 aardappelen verloor door natte percelen (schade {{{{€ 38.000|AMOUNT}}}}). Zijn percelen liggen aan [[Zuiderdiep 402|ADDRESS]] te {{{{Valthermond|PLACE}}}}; hij woont op het erf. Mevrouw [[Wubs-Kruize]] voegt toe dat het waterschap de stuw bij sluis 5 niet heeft bijgesteld, ondanks toezeggingen van de rayonbeheerder, de heer [[Henk Lubbers]]. Heemraad {{{{Jan Dijkstra|OFFICEHOLDER}}}} was daar als portefeuillehouder bij aanwezig. De heer [[Oldenhof]] sluit zich aan. [[Mr. Aksoy]] stelt dat het peilbesluit in strijd is met de {{{{Waterwet|LAW}}}}, omdat de belangenafweging ontbreekt.
@PAGE
## Reactie verweerder
De heer [[De Haan]] legt uit dat het zomerpeil met 10 cm omhoog gaat om verdroging van het {{{{Drentsche Aa|PLACE}}}}-gebied tegen te gaan, een doel uit het {{{{Nationaal Programma Landelijk Gebied|PROGRAMME}}}}. Mevrouw [[Sikkema]] wijst op de schaderegeling. Dijkgraaf {{{{Geert-Jan ten Brink|OFFICEHOLDER}}}} heeft de bezwaarmakers in april een gesprek aangeboden.

## Vragen van de commissie
- [[Boerema-Nap]]: is er een peilbuis bij het perceel van de heer [[Wubs]]? *Ja, sinds 2022 (meetpunt {{{{PB-VK-117|CASE}}}}).*
- [[Eilders]]: waarom is de zienswijze van de heer [[Oldenhof]] niet in de nota van beantwoording opgenomen? *Door een fout bij de registratie; de secretaris zoekt dit uit.*

## Afsluiting
De voorzitter dankt de aanwezigen. Het advies volgt binnen zes weken. Correspondentie: [[jh.wubs@agroweb.nl]], [[oldenhof.valthermond@gmail.com]], en voor het waterschap {{{{bezwaar@hunzeenaas.nl|EMAIL_FUNCTIONAL}}}}.

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- b13
DOCS.append(dict(name="b13_collegeadvies_evenementenvergunning_met_notities", producer="rl", size=9.2,
    meta={"Author": "[[Noor van Leeuwen]]", "Subject": "B&W-advies [[NvL]] / paraaf [[JdG]]"},
    hidden={"notes": [(0, "Is dit afgestemd met [[Jeroen de Graaf]] (politie)? Graag vóór dinsdag. [[Saskia]]", "[[Saskia Hermans]]"),
                      (0, "Omwonende [[Peeters]] dreigt met pers, zie mail van 2/6", "[[Noor van Leeuwen]]")]},
    body=f"""# Collegeadvies
|~ Onderwerp | evenementenvergunning {{{{Zomerfestival Stadspark|EVENT}}}} 2025 |
|~ Portefeuillehouder | burgemeester {{{{Jack Mikkers|OFFICEHOLDER}}}} |
|~ Steller | [[N. van Leeuwen~van Leeuwen]], adviseur evenementen, toestel [[8831|PHONE_EXT]] |
|~ Registratienummer | {{{{2025-B&W-0544|CASE}}}} |
|~ Datum | {{{{10 juni 2025|DATE}}}} |

## Voorgesteld besluit
1. De evenementenvergunning voor het {{{{Zomerfestival Stadspark|EVENT}}}} op {{{{12 en 13 juli 2025|DATE}}}} te verlenen aan {{{{Stichting Zomerfestival 's-Hertogenbosch|ORG}}}}.
2. De geluidsnorm te stellen op 95 dB(C) op 15 meter van het podium, eindtijd 23.00 uur.

## Toelichting
Vorig jaar kwamen 38 klachten binnen over geluid, vooral uit de {{{{Rosmalense|PLACE}}}} kant van het park. Omwonende de heer [[L. Peeters]] ([[Zuid-Willemsvaart 181|ADDRESS]]) heeft namens een groep van twaalf huishoudens een zienswijze ingediend en om een eindtijd van 22.00 uur gevraagd. Mevrouw [[Ayaan Warsame]] van [[Sparrenburgstraat 9|ADDRESS]] vraagt een extra geluidsmeting bij haar woning.

De organisatie (voorzitter [[Twan van den Akker]], [[06 52 33 90 18|PHONE]]) heeft toegezegd een klachtenlijn in te richten ({{{{073 615 55 00|PHONE_ORG}}}}, het algemene nummer van de stichting). De {{{{Veiligheidsregio Brabant-Noord|ORG}}}} adviseert positief; de {{{{GGD Hart voor Brabant|ORG}}}} vraagt gratis drinkwater.

## Paraafroute
| Naam | Functie | Paraaf | Datum |
| [[N. van Leeuwen]] | adviseur evenementen | [[NvL]] | 10-06 |
| [[J. de Groot-<br>Smits~de Groot-Smits]] | teamleider APV-vergunningen | [[JdG]] | 11-06 |
| [[Saskia Hermans]] | juridisch controller | [[SH]] | 11-06 |
| burgemeester {{{{Jack Mikkers|OFFICEHOLDER}}}} | portefeuillehouder | akkoord | 12-06 |

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- b14
DOCS.append(dict(name="b14_advies_bezwaarschriftencommissie_dakkapel", producer="html", columns=2, size=8.8,
    html_title="Advies bezwaarschriftencommissie - [[Kaya]] / [[Oosterhuis]]",
    footer="{{Commissie bezwaarschriften gemeente Groningen|ORG}} - advies {{BZ-2025-0288|CASE}}",
    body=f"""# Advies van de commissie bezwaarschriften
**{{{{Gemeente Groningen|ORG}}}}** - zaak {{{{BZ-2025-0288|CASE}}}} - {{{{30 juni 2025|DATE}}}}

## 1. Partijen
Bezwaarmaker is de heer [[E.J. Oosterhuis~Oosterhuis]], wonend [[Oosterstraat 60a|ADDRESS]], [[9711 NX Groningen|ADDRESS]]. Hij maakt bezwaar tegen de omgevingsvergunning die op {{{{2 maart 2025|DATE}}}} is verleend aan mevrouw [[Ayşe Kaya-Öztürk~Kaya-Öztürk]] voor een dakkapel op het pand {{{{Oosterstraat 62|SITE}}}}. Vergunninghouder werd bijgestaan door haar broer, [[Murat Öztürk]], en door architect [[Joost Wolthuis]] van {{{{Architectenbureau Noorderhaven|ORG}}}}.

## 2. Hoorzitting
De hoorzitting vond plaats op {{{{12 juni 2025|DATE}}}}. De commissie bestond uit [[mr. H.A. van der Veen~van der Veen]] (voorzitter), [[M. Doornbos]] en [[dr. R.J. Faber~Faber]]. Namens het college waren aanwezig [[Annemiek Poelstra]] en [[Kees Jalving]].

## 3. Standpunt bezwaarmaker
De heer [[Oosterhuis]] stelt dat de dakkapel zijn dakterras van zonlicht berooft en inbreuk maakt op zijn privacy. Hij stelt dat hij pas op {{{{20 april|DATE}}}} van de vergunning hoorde, omdat de publicatie in het {{{{Gemeenteblad|PUBLICATION}}}} alleen digitaal was.

## 4. Standpunt college
De dakkapel past binnen de regels voor vergunningvrij bouwen niet, maar wel binnen het {{{{omgevingsplan Groningen|TERM}}}} (regels voor het {{{{beschermd stadsgezicht|TERM}}}}). De welstandsadviseur, de heer [[Bram Kuiper]] van {{{{Libau|ORG}}}}, heeft positief geadviseerd.

## 5. Beoordeling
**Termijn.** Het bezwaarschrift is ontvangen op {{{{24 april 2025|DATE}}}}, na afloop van de termijn van zes weken. De commissie acht de termijnoverschrijding echter verschoonbaar: op de bouwplaats was geen kennisgeving geplaatst en mevrouw [[Kaya-Öztürk]] heeft de buren niet vooraf geïnformeerd.

**Bezonning.** Uit de bezonningsstudie van {{{{Architectenbureau Noorderhaven|ORG}}}} volgt dat het dakterras van bezwaarmaker in maart en september tussen 15.00 en 17.00 uur in de schaduw valt. Dit is een beperkte aantasting. Het college heeft de belangen voldoende afgewogen.

**Privacy.** De ramen in de dakkapel kijken uit op het dakterras. De commissie adviseert een voorschrift voor matglas in het rechterraam, zoals [[de heer Wolthuis~Wolthuis]] ter zitting toezegde.

## 6. Advies
De commissie adviseert het college het bezwaar ontvankelijk en ongegrond te verklaren, met aanvulling van de vergunning met een voorschrift over matglas. Het college beslist; portefeuillehouder is wethouder {{{{Philip Broeksma|OFFICEHOLDER}}}}.

De voorzitter, [[H.A. van der Veen]]          De secretaris, [[mr. drs. Willemijn Tuin~Tuin]]

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- b15
DOCS.append(dict(name="b15_klacht_bouwlawaai_heipalen_en_reactie", producer="docx", size=9.5,
    docx_author="[[Dewi Sitompul]]", docx_title="Klacht heiwerk Oostpoort [[Ramdin]]",
    body=f"""# Klachtformulier
**{{{{Gemeente Amsterdam|ORG}}}}** - stadsdeel {{{{Oost|PLACE}}}} - klachtnummer {{{{KL-2025-44810|CASE}}}}

| Vraag | Antwoord |
| Naam | [[Anand Ramdin]] |
| Adres | [[Ringdijk 88-2|ADDRESS]], [[1097 AH Amsterdam|ADDRESS]] |
| Telefoon | [[+31 20 668 41 27|PHONE]] |
| E-mail | [[a.ramdin@xs4all.nl]] |
| Waar gaat uw klacht over? | heiwerkzaamheden bouwproject {{{{Oostpoort Fase 3|PROJECT}}}}, start 06.45 uur in plaats van 07.00 uur; scheuren in mijn trappenhuis |
| Met wie had u contact? | met de omgevingsmanager van {{{{BAM Wonen|ORG}}}}, [[Laura Stokvis]], en eerder met [[Ruud]] van de gemeente |

## Reactie gemeente
Geachte heer [[Ramdin]],

Uw klacht is behandeld door [[Dewi Sitompul]], klachtbehandelaar. Wij hebben contact gehad met {{{{BAM Wonen|ORG}}}}. Het bedrijf erkent dat op {{{{13 mei|DATE}}}} en {{{{15 mei 2025|DATE}}}} eerder is begonnen. Het {{{{Bouwbesluit 2012|LAW}}}} en de {{{{Omgevingswet|LAW}}}} staan heien toe tussen 07.00 en 19.00 uur; de toezichthouder, de heer [[R. Hartog~Hartog]], heeft het bedrijf een waarschuwing gegeven.

De scheuren in uw trappenhuis zijn op {{{{22 mei|DATE}}}} opgenomen door bouwkundige [[ing. Pieter-Jan Smulders~Smulders]] ({{{{Bureau Nulmeting Amsterdam|ORG}}}}). Schade kunt u melden bij {{{{BAM Wonen|ORG}}}} via {{{{schade.oostpoort@bam.com|EMAIL_FUNCTIONAL}}}} of {{{{0800 022 6000|PHONE_SERVICE}}}}. Uw bovenbuurvrouw, mevrouw [[Esperanza Martis]], heeft een vergelijkbare klacht ingediend.

Wij vinden uw klacht gegrond. Met vriendelijke groet,
[[D. Sitompul]]
namens burgemeester {{{{Femke Halsema|OFFICEHOLDER}}}} en het dagelijks bestuur van stadsdeel Oost

{MOTIV}
"""))

# ---------------------------------------------------------------------------------------------- b16
DOCS.append(dict(name="b16_brief_vrijwillige_opkoop_veehouder", producer="rl", size=9.4, font="DVS",
    meta={"Author": "[[Maaike Tolboom]]", "Title": "Aanbod opkoop locatie [[Van Beek]]"},
    footer="{{Provincie Overijssel|ORG}} - Luttenbergstraat 2, 8012 EE Zwolle - {{038 499 88 99|PHONE_ORG}} - {{postbus@overijssel.nl|EMAIL_FUNCTIONAL}}",
    body=f"""**{{{{Provincie Overijssel|ORG}}}}**

De heer [[W.H.J. van Beek~van Beek]] en mevrouw [[M. van Beek-Lammers~van Beek-Lammers]]
[[Haarweg 29|ADDRESS]]
[[7468 RC Enter|ADDRESS]]

|~ Datum | {{{{8 juli 2025|DATE}}}}
|~ Kenmerk | {{{{2025/0182344|CASE}}}}
|~ Contactpersoon | [[M. Tolboom~Tolboom]]
|~ Telefoon | [[06 41 80 25 96|PHONE]]
|~ E-mail | [[m.tolboom@overijssel.nl]]

Onderwerp: aanbod vrijwillige aankoop veehouderijlocatie {{{{Haarweg 31|SITE}}}}

Geachte heer en mevrouw [[Van Beek]],

Naar aanleiding van ons gesprek op {{{{17 juni 2025|DATE}}}} met u en uw adviseur, de heer [[Jos Hoogeveen]] van {{{{ABAB Accountants|ORG}}}}, doen wij u een aanbod voor de aankoop van uw varkenshouderij aan de {{{{Haarweg 31|SITE}}}} te {{{{Enter|PLACE}}}} (kadastraal {{{{Wierden, sectie O, nummer 812|KADASTER}}}}), in het kader van de provinciale {{{{Maatregel Gerichte Aankoop|PROGRAMME}}}} en het {{{{Nationaal Programma Landelijk Gebied|PROGRAMME}}}}.

## Aanbod
Het aanbod bedraagt {{{{€ 2.815.000|AMOUNT}}}}, gebaseerd op de taxatie door {{{{Arcadis|ORG}}}} (taxateur [[Anton Kleinjan]]) van {{{{30 mei 2025|DATE}}}}. Daarnaast ontvangt u een vergoeding voor sloop van de stallen van {{{{€ 312.000|AMOUNT}}}}. De productierechten worden doorgehaald. Uw bedrijfswoning mag u blijven bewonen.

## Voorwaarden
U reageert vóór {{{{1 oktober 2025|DATE}}}}. De betaling geschiedt op uw zakelijke rekening [[{iban('RABO', '0378201944')}|IBAN]] ten name van [[W.H.J. van Beek]] na passeren van de akte bij notaris [[mr. C.B. Wolters~Wolters]] te {{{{Rijssen|PLACE}}}}.

U hebt in het gesprek laten weten dat uw zoon [[Thijmen van Beek]] geen opvolger wil zijn. Gedeputeerde {{{{Gert Harm ten Bolscher|OFFICEHOLDER}}}} heeft op uw verzoek toegezegd u in augustus te bezoeken. Staatssecretaris en minister zijn niet bij dit individuele aanbod betrokken.

Met vriendelijke groet,
Gedeputeerde Staten van {{{{Overijssel|PLACE}}}}, namens dezen,
[[ing. Maaike Tolboom]], gebiedsmakelaar

{MOTIV}
"""))
