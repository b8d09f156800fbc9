from lib import Doc

DOCS = []

DOCS.append(Doc("sz17_beslisnota", """# Beslisnota college van B&W      {{gemeente Deventer}}
Aan: college van burgemeester en wethouders      Portefeuillehouder: {{wethouder Brouwer}}
Van: team {{Sport en Bewegen}}      Datum: 30 juni 2026      Kenmerk: {{BN-2026-0611}}
Behandeld door: [[K. Dijkema]], [[k.dijkema@deventer.nl]], [[0570 69 34 08]]
Kopie aan: [[H. Vos]] (teamleider), [[S. van der Meulen]] (OOV)
Onderwerp: maatregelen zwemveiligheid {{Sportcentrum De Vijverberg}} na het incident van 23 mei 2026

# Aanleiding
Op 23 mei 2026 is in het wedstrijdbad een kind van zeven jaar bijna verdronken. Uit het incidentrapport van
{{Stichting Zwembad De Vijverberg}} en het voorlopige oordeel van de {{Nederlandse Arbeidsinspectie}} blijkt dat de
bezetting van het toezicht onder de eigen norm lag.

# Geadviseerd besluit
Het college wordt gevraagd:
1. de stichting op grond van de subsidiebeschikking {{SUB-2026-0412}} te verplichten tot een extern getoetst {{toezichtplan}};
2. eenmalig EUR 42.000 beschikbaar te stellen voor een onderwatercamerasysteem en zonwering;
3. de gemeenteraad te informeren met een raadsinformatiebrief.

# Kern
De gemeente is eigenaar van het gebouw en subsidiegever, niet de exploitant. De verantwoordelijkheid voor het toezicht
ligt bij de stichting. Het bevoegd gezag voor het {{Bhvbz}} is de {{provincie Overijssel}}.
\f
# Krachtenveld
De stichting ([[Henk Wessels]], voorzitter) steunt het voorstel. De ouders laten zich bijstaan door een advocaat en hebben
de stichting aansprakelijk gesteld; {{Noordwold Verzekeringen}} heeft aansprakelijkheid erkend. Raadslid
{{Samira Bakkali}} ({{GroenLinks-PvdA}}) heeft schriftelijke vragen gesteld.

# Paraafen
Naam\tFunctie\tParaaf\tDatum
[[K. Dijkema]]\tbeleidsadviseur\t[[KD|INITIALS]]\t30-06
[[H. Vos]]\tteamleider\t[[HV|INITIALS]]\t01-07
[[M.L. Hesselink]]\tconcerncontroller\t[[MLH|INITIALS]]\t02-07

# Informatie die niet openbaar gemaakt kan worden
Geen.
# Motivering
n.v.t.
""", producer="Microsoft® Word for Microsoft 365", creator="Corsa / Microsoft® Word for Microsoft 365", font="DejaVuSans",
    size=9.5, outline=["Beslisnota - opsteller [[Karin Dijkema]]", "Paraafen - [[Martijn Hesselink]]"]))

DOCS.append(Doc("sz18_notulen_bestuur", """# Notulen bestuursvergadering {{Stichting Zwembad De Vijverberg}}
Datum: 4 juni 2026, 19:30 uur, vergaderruimte {{Sportcentrum De Vijverberg}}

Aanwezig\tRol
[[Henk Wessels]]\tvoorzitter (HW)
[[Ingrid Mulder-Bos]]\tsecretaris (IMB)
[[Wouter Scholten]]\tpenningmeester (WS)
[[Anneke van 't Riet]]\tlid, namens ondernemersraad (AvtR)
[[Gerda Luttikhuis]]\tbedrijfsleider (GL), toehoorder
Afwezig met bericht: [[Kees Boerrigter]]

# 1. Incident 23 mei
[[GL|INITIALS]] doet verslag. Het kind is op 29 mei uit het ziekenhuis ontslagen. [[HW|INITIALS]] heeft namens het bestuur de ouders bezocht.
De {{Nederlandse Arbeidsinspectie}} komt 9 juni. [[WS|INITIALS]] meldt dat de {{AVB}}-polis bij {{Noordwold Verzekeringen}} dekking geeft
tot EUR 2,5 miljoen per gebeurtenis.

# 2. Personeel
Het bestuur besluit dat niemand zonder geldig {{PRO-certificaat}} nog als toezichthouder wordt ingeroosterd. [[IMB|INITIALS]] merkt op
dat [[Ruben]] hierdoor tijdelijk alleen kassadiensten kan draaien. De psychische nazorg loopt via {{ArboNed}}; een
medewerker is sinds 1 juni ziek thuis ([[Sevda Aksoy]], [[burn-outklachten|HEALTH]]).

# 3. Communicatie
Alle persvragen via de gemeente. [[AvtR|INITIALS]] vraagt het {{Ranomi Kromowidjojo Zwemgala}} van juli te laten doorgaan. Akkoord.
\f
# Actielijst
Nr\tActie\tWie\tDatum
1\ttoezichtplan laten toetsen door {{NRZ}}\t[[GL|INITIALS]]\t1 juli
2\tofferte zonwering en camera\t[[WS|INITIALS]]\t15 juni
3\tcertificatenregister bijwerken\t[[IMB|INITIALS]]\t10 juni
4\tbrief aan ouders\t[[HW|INITIALS]]\t8 juni

Vastgesteld in de vergadering van 2 juli 2026.
[[H. Wessels]], voorzitter      [[I. Mulder-Bos]], secretaris
""", producer="LibreOffice 7.6 / PDFpen 13.2", creator="Writer", font="Times-Roman", size=10))

DOCS.append(Doc("sz19_factuur_ehbo", """# [[Dekker EHBO & Reddingsles|TRADENAME]]
[[Marit Dekker]]  |  [[Oostriklaan 5|ADDRESS]]  |  7422 LM Deventer
[[marit@dekker-ehbo.nl]]  |  [[06 - 34 50 81 77]]
KvK [[75209931]]  |  btw-id [[NL002145789B61]]  |  IBAN [[NL12 INGB 0006 7321 45]]

Aan: {{Stichting Zwembad De Vijverberg}}, t.a.v. crediteurenadministratie, {{Vijverbergweg 12}}, 7412 AB Deventer

FACTUUR {{2026-041}}      Factuurdatum: 12 juni 2026      Vervaldatum: 26 juni 2026

Omschrijving\tAantal\tPrijs\tBedrag
Herhaling {{Reanimatie en AED}} (groep juni)\t8\t65,00\t520,00
Extra module {{Ladder van toezicht}} / drenkelingenredding\t1\t340,00\t340,00
Oefenpop {{Resusci Anne}} huur\t1\t45,00\t45,00
Subtotaal\t\t\t905,00
Btw 21%\t\t\t190,05
Totaal\t\t\tEUR 1.095,05

Deelnemers: [[R. 't Hooft]], [[B. IJzerman]], [[N. Pérez Castillo]], [[F. Zwiers]], [[J. Verhagen]] en drie anderen.
Gelieve te betalen onder vermelding van het factuurnummer.
""", producer="Moneybird", creator="Moneybird facturen", font="DejaVuSans", size=9.5))

DOCS.append(Doc("sz20_factuur_zwemles", """FACTUUR
# [[Erik-Jan Hoogendoorn]] Zwemonderwijs
[[Keizerstraat 31-bis|ADDRESS]], Deventer      [[ej.hoogendoorn@gmail.com]]      [[0031 6 2877 0415]]
KvK [[81934405]]      IBAN [[NL85 ABNA 0592 3310 78]]      KOR van toepassing (geen btw)

Aan: {{gemeente Deventer}}, afdeling {{Sport en Bewegen}}, Postbus 5000, 7400 GC Deventer
Inkoopordernummer: {{IO-2026-88214}}      Factuurnummer: {{EJH-26-019}}      Datum: 31 augustus 2026

Omschrijving\tUren\tTarief\tBedrag
Extra toezicht {{Schoolzwemmen}} {{Anne Frankschool}} (juni)\t12\t42,50\t510,00
Extra toezicht {{Schoolzwemmen}} {{Openbare Basisschool De Kolk}} (juni)\t8\t42,50\t340,00
Ouderavond zwemveiligheid 18 juni (met [[Mirjam]])\t3\t42,50\t127,50
Totaal\t\t\tEUR 977,50

Betaling binnen 30 dagen. Met dank, [[Erik-Jan]]
""", producer="Microsoft® Excel® 2019", creator="Microsoft® Excel® 2019", font="Courier", size=9.5))

DOCS.append(Doc("sz21_raadsvragen", """# Schriftelijke vragen ex artikel 40 {{Reglement van Orde}} - {{gemeente Deventer}}
Indiener: raadslid {{Samira Bakkali}} ({{GroenLinks-PvdA}}), mede namens raadslid {{Geert Hulshof}} ({{CDA}})
Datum: 2 juni 2026      Registratienummer: {{RV-2026-047}}

Onderwerp: bijna-verdrinking in {{Sportcentrum De Vijverberg}}

1. Klopt het dat er op 23 mei minder toezichthouders aanwezig waren dan het {{toezichtplan}} voorschrijft?
2. Klopt het dat een toezichthouder zonder geldig diploma dienst had?
3. Welke eisen stelt het college in de subsidiebeschikking aan de stichting?
4. Is het college bereid te investeren in een onderwatercamera?

# Antwoord van het college (vastgesteld 7 juli 2026)
1. Ja. Bij ruim 140 bezoekers stonden drie in plaats van vier toezichthouders op de vloer.
2. Het college doet geen uitspraken over individuele medewerkers van de stichting. Wel heeft het bestuur besloten dat
niemand zonder geldig {{PRO-certificaat}} als toezichthouder wordt ingezet.
3. De beschikking {{SUB-2026-0412}} verplicht tot het {{Keurmerk Veilig en Schoon Zwemwater}} en een actueel {{toezichtplan}}.
4. Ja, zie de raadsinformatiebrief van 7 juli 2026.
\f
Het college van burgemeester en wethouders van Deventer,
de secretaris,      de burgemeester,
drs. {{A.C. Wolters-Ebbinge}}      {{Ron König}}

Behandelend ambtenaar: [[Karin Dijkema]], telefoon [[(0570) 693408]]
""", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", font="Times-Roman", size=10.5))
