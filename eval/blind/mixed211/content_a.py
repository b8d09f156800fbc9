from lib211 import Doc

W = "Microsoft® Word voor Microsoft 365"
OUT = "Microsoft Outlook 16.0"
DOCS = []
A = DOCS.append

A(Doc("gv01_woo_verzoek", "Woo-verzoek stikstofvergunning De Hoge Esch", """
# Verzoek op grond van de Wet open overheid
{{Stichting Stikstofwacht Veluwe}}
p/a [[Dorpsstraat 112]], [[3776 AC Stroe]]

Aan: {{Gedeputeerde Staten van Gelderland}}
t.a.v. de Woo-coördinator, Postbus 9090, 6800 GX Arnhem
E-mail: {{woo@gelderland.nl}}

[[Stroe]], 12 januari 2026

Betreft: verzoek om informatie over de vergunning {{Wet natuurbescherming}} voor {{Melkveebedrijf De Hoge Esch}} te Kootwijkerbroek

Geachte heer, mevrouw,

Op grond van artikel 4.1 van de {{Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over de aanvraag, de beoordeling en de verlening van de natuurvergunning (thans {{Omgevingswet}}, activiteit Natura 2000) voor de uitbreiding van het melkveebedrijf aan de [[Esveldsweg 14]] in Kootwijkerbroek, zaaknummer {{Z2025-018843}}, van 1 januari 2024 tot heden.

Ik denk in elk geval aan: de aanvraag en de {{AERIUS Calculator}}-berekeningen, de ecologische voortoets, de correspondentie met {{RVO}} en met {{Agrarisch Adviesbureau Oost}}, het verslag van het locatiebezoek, de zienswijzen, de beslisnota aan {{Gedeputeerde Staten}} en het besluit. Het gaat ons om de stikstofdepositie op het {{Natura 2000-gebied Veluwe}}, met name de habitattypen {{H4030 Droge heiden}} en {{H9190 Oude eikenbossen}}.

Ik verzoek u de stukken digitaal te verstrekken. Voor vragen ben ik bereikbaar via [[06-41 87 20 53]] of [[maarten.dijkgraaf@stikstofwacht.nl]].

Met vriendelijke groet,

[[Maarten Dijkgraaf]]
secretaris {{Stichting Stikstofwacht Veluwe}}
""", prod="Microsoft® Word voor Microsoft 365", creator=W, author=""))

A(Doc("gv02_ontvangstbevestiging", "Ontvangstbevestiging Woo-verzoek", """
# Provincie Gelderland
{{Huis der Provincie}}, {{Markt 11}}, Arnhem

Stichting Stikstofwacht Veluwe
t.a.v. de heer [[M. Dijkgraaf]]
[[Dorpsstraat 112]]
[[3776 AC Stroe]]

| Datum | Ons kenmerk | Zaaknummer | Behandeld door |
| 19 januari 2026 | {{2026-004187}} | {{Z2026-004187}} | [[Zoë Çelik]] |

Onderwerp: ontvangstbevestiging Woo-verzoek

Geachte heer [[Dijkgraaf]],

Op 12 januari 2026 hebben wij uw verzoek op grond van de {{Wet open overheid}} ontvangen over de natuurvergunning voor {{Melkveebedrijf De Hoge Esch}}. Wij hebben uw verzoek geregistreerd onder zaaknummer {{Z2026-004187}}.

Op grond van artikel 4.4 van de Woo beslissen wij binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verlengen. Omdat bij de stukken gegevens van derden staan, zoals de aanvrager, omwonenden en het adviesbureau, stellen wij hen mogelijk in de gelegenheid een zienswijze te geven (artikel 4.4, vierde lid).

Heeft u vragen? Neem dan contact op met [[Zoë Çelik]] via [[zoë.çelik@gelderland.nl]] of [[026 359 97 41]]. U kunt ook bellen met het algemene nummer {{026 359 90 00}}.

Met vriendelijke groet,
namens {{Gedeputeerde Staten van Gelderland}},

[[Z. Çelik]]
Woo-coördinator, afdeling {{Juridische Zaken}}
""", producer="docx", prod="LibreOffice 24.2", creator="Writer", author="Zoë Çelik",
    hidden=[]))

A(Doc("gv03_aanvraagformulier", "Aanvraagformulier natuurvergunning", """
# Aanvraag omgevingsvergunning Natura 2000-activiteit
{{Omgevingsloket}} aanvraagnummer {{OLO-9918234}} - provincie Gelderland
Project: uitbreiding melkveestal {{Melkveebedrijf De Hoge Esch}}, van 120 naar 185 melkkoeien
Berekening: {{AERIUS Calculator}} versie {{2024.1}}, kenmerk {{RXbWq7Yz8kLp}}
Emissiearm stalsysteem: {{Rav-code A 1.28}} (emissiearme vloer)
Invullen door aanvrager of gemachtigde; velden hieronder zijn digitaal ingevuld.
""", producer="form", prod="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="Omgevingsloket",
    form=[("aanvrager", "Naam aanvrager", "Gerrit van Ginkel"),
          ("medeaanvrager", "Medeaanvrager", "Aaltje van Ginkel-Hardeman"),
          ("bsn", "BSN aanvrager", "174029836"),
          ("adres", "Adres inrichting", "Esveldsweg 14, 3774 PK Kootwijkerbroek"),
          ("tel", "Telefoon", "0342-441927"),
          ("mail", "E-mail", "g.vanginkel@hogeesch-melk.nl"),
          ("gemachtigde", "Gemachtigde", "B. ter Horst (Agrarisch Adviesbureau Oost)"),
          ("kvk", "KvK-nummer maatschap", "09187734"),
          ("datum", "Datum ondertekening", "3 maart 2025")],
    hidden=[("annotations", "Gerrit van Ginkel"), ("annotations", "Aaltje van Ginkel-Hardeman"),
            ("annotations", "174029836"), ("annotations", "0342-441927"), ("annotations", "Esveldsweg 14"),
            ("annotations", "g.vanginkel@hogeesch-melk.nl"), ("annotations", "B. ter Horst")]))

A(Doc("gv04_brief_adviesbureau", "Begeleidende brief aanvraag", """
# Agrarisch Adviesbureau Oost B.V.
{{Keizerstraat 40}}, Deventer - {{info@aa-oost.nl}} - KvK {{08123456}}

Provincie Gelderland
Team {{Vergunningverlening Natuur}}
Postbus 9090
6800 GX Arnhem

Deventer, 4 maart 2025
Uw kenmerk: - | Ons kenmerk: {{AAO-25-0117}}

Betreft: aanvraag natuurvergunning {{Melkveebedrijf De Hoge Esch}}

Geachte heer [[Verhulst]],

Namens onze opdrachtgevers, de heer [[G. van Ginkel]] en mevrouw [[A. van Ginkel-Hardeman]], dienen wij via het {{Omgevingsloket}} een aanvraag in voor het uitbreiden van de melkveehouderij. De aanvraag steunt op intern salderen met de vergunde situatie uit 2014 en op de bouw van een nieuwe stal met het emissiearme systeem {{Rav-code A 1.28}}.

Uit de {{AERIUS Calculator}}-berekening blijkt dat de depositie op het {{Natura 2000-gebied Veluwe}} niet toeneemt ten opzichte van de referentiesituatie; het maximale verschil is {{0,00 mol/ha/jr}}. De ecologische voortoets van {{Ecologisch Adviesbureau Groenvlak}} is bijgevoegd.

Wij wijzen erop dat de familie [[Van Ginkel]] de aanvraag mede indient vanwege de bedrijfsopvolging door zoon [[Dirk-Jan van Ginkel]]. Persoonlijke omstandigheden van de heer [[Van Ginkel]] senior (hij is na een [[hartinfarct]] in 2024 minder inzetbaar) spelen daarbij een rol.

Voor vragen kunt u mij bereiken op [[06-21489503]] of via [[b.terhorst@aa-oost.nl]].

Hoogachtend,
{{Agrarisch Adviesbureau Oost B.V.}}

[[Bart ter Horst]]
adviseur vergunningen
""", prod="Microsoft® Word 2019", creator="Microsoft® Word 2019", author="Bart ter Horst",
    hidden=[]))

A(Doc("gv05_aerius_notitie", "Notitie stikstofberekening", """
# Notitie stikstofdepositie - intern salderen
Project: {{Melkveebedrijf De Hoge Esch}} | Kenmerk {{AAO-25-0117}} | Versie 2

Opgesteld door: [[B. ter Horst]] ({{Agrarisch Adviesbureau Oost}})
Gecontroleerd door: [[ing. M.A. Lubbers]]

## 1. Uitgangspunten
De vergunde situatie (besluit {{PS2014-0527}}) en de aangevraagde situatie zijn berekend met {{AERIUS Calculator}} {{2024.1}}. Gebruikte emissiefactoren komen uit de {{Regeling ammoniak en veehouderij}} (Rav).

| Diercategorie | Rav-code | Vergund (dieren) | Aangevraagd (dieren) | Emissie (kg NH3/jr) |
| Melkkoeien | {{A 1.100}} | 120 | 0 | 1.572 |
| Melkkoeien | {{A 1.28}} | 0 | 185 | 1.295 |
| Jongvee | {{A 3.100}} | 85 | 70 | 273 |

## 2. Resultaat
De totale emissie daalt van 2.185 naar 1.568 kg NH3 per jaar. Op geen enkel hexagon in het {{Natura 2000-gebied Veluwe}} of de {{Rijntakken}} neemt de depositie toe. Het {{Stikstofregistratiesysteem}} is niet nodig. Een {{ADC-toets}} is niet aan de orde.

## 3. Rekenkenmerken
Referentie: {{RQ8yTq2Lx3Pz}}; beoogd: {{RXbWq7Yz8kLp}}. Contact voor de berekening: [[b.terhorst@aa-oost.nl]], [[+31 (0)6 2148 9503]].

Paraaf opsteller: [[BtH]]   Paraaf controle: [[MAL]]
""", ttf=True, prod="Aspose.PDF for .NET 23.4.0", creator="Aspose.Words", author=""))

A(Doc("gv06_ecologische_voortoets", "Ecologische voortoets", """
# Ecologische voortoets uitbreiding melkveebedrijf
{{Ecologisch Adviesbureau Groenvlak}}, rapportnummer {{GV-2025-0211}}

Opdrachtgever: {{Agrarisch Adviesbureau Oost}} namens maatschap [[Van Ginkel]]
Auteur: [[dr. ir. S. Wijnja-Postma]], senior ecoloog
Veldwerk: [[Anouk Zwiers]] (ZZP, veldbioloog)
Datum: 20 februari 2025

## 1. Inleiding
Deze voortoets beoordeelt of de uitbreiding van {{Melkveebedrijf De Hoge Esch}} significante gevolgen kan hebben voor het {{Natura 2000-gebied Veluwe}}, in het kader van de {{Wet natuurbescherming}} en sinds 1 januari 2024 de {{Omgevingswet}} en het {{Besluit activiteiten leefomgeving}}.

## 2. Gebied en habitattypen
Het bedrijf ligt op circa 2,4 km van de begrenzing. Relevante stikstofgevoelige habitattypen zijn {{H4030 Droge heiden}}, {{H2310 Stuifzandheiden met struikhei}} en {{H9190 Oude eikenbossen}}; de kritische depositiewaarden zijn overschreden.

## 3. Soortenbescherming
Tijdens het veldbezoek van 14 februari 2025 zijn op het erf geen verblijfplaatsen van vleermuizen aangetroffen. In de schuur broedt een kerkuil; de nestkast blijft behouden. Volgens de bewoner, de heer [[Gerrit van Ginkel]], wordt de kast al jaren gebruikt.
---
## 4. Effecten stikstof
Op basis van de berekening van [[Bart ter Horst]] ({{AERIUS Calculator}}) neemt de depositie nergens toe. Er is daarom geen passende beoordeling nodig. Wel adviseren wij de extern saldering niet te gebruiken omdat de {{Raad van State}} in de uitspraak {{ECLI:NL:RVS:2024:4923}} strengere eisen stelt aan intern salderen met een latente ruimte.

## 5. Conclusie
Significante gevolgen zijn op voorhand uit te sluiten. Bij vragen: [[s.wijnja@groenvlak.nl]] of [[0317-42 66 81]] (doorkiesnummer), of het algemene nummer {{0317 420 000}}.

[[S. Wijnja-Postma]]
""", producer="docx", prod="LibreOffice 24.2", creator="Writer", author="Henk-Jan Smeenk",
    hidden=[("metadata", "Henk-Jan Smeenk")]))
