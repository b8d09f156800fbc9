# -*- coding: utf-8 -*-
"""Documents of set CD (justice and prisons). All persons below the political level are invented.
Marks: [[redact|KIND|probe]] and {{keep|KIND}}; see make_set.py."""

DOCS = []


def D(**kw):
    DOCS.append(kw)


def mailhdr(van, aan, datum, onderwerp, cc=None):
    rows = [["Van:", van], ["Verzonden:", datum], ["Aan:", aan]]
    if cc:
        rows.append(["CC:", cc])
    rows.append(["Onderwerp:", onderwerp])
    return ("kv", rows, [24, 146])


MOTIV = [("h", "Informatie die niet openbaar gemaakt kan worden"),
         ("p", "Motivering: in de openbaar gemaakte versie zijn persoonsgegevens weggelakt op grond "
               "van artikel 5.1, tweede lid, onder e, van de Woo.")]

# ------------------------------------------------------------------ cd01 besluit op Woo-verzoek
D(id="cd01", font="helvetica", title="Besluit op uw Woo-verzoek incidenten PI Vught en PI Zwolle",
  author="[[Annemiek Terpstra]]", header="{{Ministerie van Justitie en Veiligheid}}",
  outline=[("Besluit Woo-verzoek", 0), ("Concept: [[A. Terpstra]] / [[T. Vermeulen]]", 1)],
  blocks=[
      ("small", "{{Directoraat-Generaal Straffen en Beschermen}} | {{Turfmarkt 147|Q}} | {{2511 DP Den Haag|Q}} | "
                "Postbus 20301 | T {{070 370 79 11|Z}} | {{woo@minjenv.nl|M}}"),
      ("sp", 4),
      ("p", "Mevrouw [[L.M. Bosman]]<br/>[[Oranjesingel 42|A]]<br/>[[6511 NV|A]] Nijmegen"),
      ("kv", [["Datum", "{{14 maart 2025|Y}}"], ["Onderwerp", "Besluit op uw Woo-verzoek"],
              ["Ons kenmerk", "{{6123487|R}}"], ["Uw brief", "{{12 december 2024|Y}}"]], [30, 140]),
      ("p", "Geachte mevrouw [[Bosman]],"),
      ("p", "In uw e-mail van {{12 december 2024|Y}} heeft u op grond van de {{Wet open overheid|W}} ({{Woo|W}}) "
            "gevraagd om openbaarmaking van documenten over de incidenten in {{PI Vught|L}} en {{PI Zwolle|L}} in "
            "de periode 1 oktober tot en met 31 december 2024, de communicatie daarover tussen het ministerie en "
            "de {{Dienst Justitiële Inrichtingen}} ({{DJI}}) en de beantwoording van de Kamervragen van het lid "
            "{{Mutluer|F}} ({{GroenLinks-PvdA}}). Op {{17 december 2024|Y}} is de ontvangst bevestigd. Bij brief van "
            "{{23 januari 2025|Y}} is de beslistermijn met twee weken verdaagd."),
      ("h", "Besluit"),
      ("p", "Ik heb besloten uw verzoek gedeeltelijk toe te wijzen. Er zijn 32 documenten gevonden; een deel "
            "wordt geheel openbaar gemaakt, een deel gedeeltelijk. De inventarislijst is als bijlage 1 bij dit "
            "besluit gevoegd."),
      ("h", "Overwegingen"),
      ("p", "Persoonsgegevens van medewerkers van het ministerie, van {{DJI}}, van het {{Openbaar Ministerie}}, van "
            "de {{Reclassering Nederland|O}} en van het {{CJIB}} die niet in de openbaarheid treden, maak ik niet openbaar "
            "(artikel {{5.1, tweede lid, aanhef en onder e|W}}, {{Woo|W}}). Dat geldt ook voor de namen, "
            "registratienummers, geboortedata en woonadressen van gedetineerden, hun familieleden en advocaten. "
            "Strafrechtelijke persoonsgegevens en gegevens over de gezondheid van gedetineerden zijn bijzondere "
            "persoonsgegevens als bedoeld in artikel {{5.1, eerste lid, onder d|W}}, {{Woo|W}}; die worden niet openbaar gemaakt."),
      ("p", "De namen van de minister van Justitie en Veiligheid, de heer {{Van Weel|F}}, en van de "
            "staatssecretaris, mevrouw {{Coenradie|F}}, en van Kamerleden blijven leesbaar, evenals de namen van "
            "de inrichtingen, de {{Penitentiaire beginselenwet|W}} en kenmerken van de organisatie."),
      ("pb",),
      ("h", "Wijze van openbaarmaking"),
      ("p", "De documenten worden u digitaal toegezonden en worden ook geplaatst op {{open.overheid.nl}}. "
            "Voor vragen kunt u contact opnemen met de Woo-coördinator, mevrouw [[A. Terpstra]], via "
            "{{woo@minjenv.nl|M}} of telefonisch via [[06-21 90 44 37|T]], onder vermelding van het kenmerk {{6123487|R}}."),
      ("p", "Hoogachtend,<br/>De staatssecretaris van Justitie en Veiligheid,<br/>namens deze,<br/>"
            "het hoofd van de afdeling Gevangeniswezen,"),
      ("scribble", 11),
      ("p", "[[J.R. Ramdin]]"),
      ("small", "Bezwaar: binnen zes weken na de dag van bekendmaking kunt u bezwaar maken bij de "
                "staatssecretaris van {{Justitie en Veiligheid|O}}, Postbus 20301, {{2500 EH Den Haag|Q}}. "
                "Vermeld het kenmerk {{6123487|R}}."),
  ])

# ------------------------------------------------------------------ cd02 inventarislijst
D(id="cd02", font="libserif", size=10, title="Inventarislijst Woo-besluit 6123487", author="DSJ Woo-team",
  blocks=[
      ("h", "Bijlage 1 - Inventarislijst bij besluit {{6123487|R}}"),
      ("t", [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
             ["1", "Woo-verzoek", "12-12-2024", "deels openbaar", "5.1.2e", "naam en adres verzoeker"],
             ["2", "Incidentrapport {{PI Vught|L}} unit C", "03-11-2024", "deels openbaar", "5.1.1d, 5.1.2e", ""],
             ["3", "Incidentformulier {{PI Zwolle|L}}", "19-11-2024", "deels openbaar", "5.1.2e", ""],
             ["4", "E-mail [[T. Vermeulen]] aan {{DJI}}", "04-11-2024", "deels openbaar", "5.1.2e", "familie 4"],
             ["5", "E-mail [[M. Oosterbeek-Haddou]] - Kamervragen", "21-11-2024", "deels openbaar", "5.1.2e", ""],
             ["6", "Kamervragen lid {{Mutluer|F}}", "20-11-2024", "openbaar", "-", "reeds openbaar: {{2024Z18833|R}}"],
             ["7", "Concept-antwoorden", "02-12-2024", "deels openbaar", "5.1.2e, 5.2.1", ""],
             ["8", "Beslisnota aan staatssecretaris {{Coenradie|F}}", "09-12-2024", "deels openbaar", "5.1.2e", ""],
             ["9", "Verslag overleg {{DGSenB}}-{{DJI}}", "26-11-2024", "deels openbaar", "5.1.2e", ""],
             ["10", "Teams-chat teamleiders", "03-11-2024", "deels openbaar", "5.1.2e", ""],
             ["11", "WhatsApp-groep unit C", "03-11-2024", "deels openbaar", "5.1.2e, 5.1.2h", ""],
             ["12", "Zittingsrooster {{Rechtbank Oost-Brabant}}", "15-01-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""],
             ["13", "Vonnis kort geding {{C/01/412877 / KG ZA 24-655|R}}", "20-12-2024", "deels openbaar", "5.1.2e", "eiser [[Karataş]]"],
             ["14", "Brief {{Raad voor de rechtspraak}}", "08-01-2025", "deels openbaar", "5.1.2e", ""],
             ["15", "Brief {{CJIB}}", "13-01-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""],
             ["16", "E-mail {{OM}} persvoorlichting", "04-11-2024", "deels openbaar", "5.1.2e", ""],
             ["17", "Reclasseringsadvies", "28-11-2024", "niet openbaar", "5.1.1d", "zie document 18"],
             ["18", "Handgeschreven notitie PIW'er", "03-11-2024", "deels openbaar", "5.1.2e", "scan"]],
       [10, 62, 20, 24, 22, 32]),
      ("p", "Paraaf samensteller: [[AT|S]] / controle: [[MOH|S]]"),
  ])

# ------------------------------------------------------------------ cd03 incidentrapport PI Vught
D(id="cd03", font="dejavu", size=9.5, title="Rapportage incident unit C", author="[[Bart Steenbergen]]",
  header="{{Dienst Justitiële Inrichtingen}} - {{PI Vught|L}} - Rapportage bijzonder voorval",
  blocks=[
      ("h", "RAPPORTAGE BIJZONDER VOORVAL / INCIDENT"),
      ("kv", [["Inrichting", "{{PI Vught|L}}, {{Lunettenlaan 501|Q}}, {{5263 NT Vught|Q}}"],
              ["Afdeling", "Unit C2 (gewone regime)"],
              ["Datum en tijd incident", "zondag 3 november 2024, 07:40 uur"],
              ["Registratie {{TULP|X}}", "voorval {{BV-2024-11-0317|R}}"],
              ["Betrokken gedetineerde", "[[EL AMRANI, Youssef]]"],
              ["Registratienummer", "[[1948273|N]]"],
              ["Geboortedatum", "[[14-03-1991|D]]"],
              ["Betrokken gedetineerde 2", "[[VOS, Dirk Johannes]]"],
              ["Registratienummer", "[[2011548|N]]"],
              ["Geboortedatum", "[[29-09-1984|D]]"],
              ["Rapporteur", "[[Kees Winter]], PIW'er, personeelsnummer [[40219985|N]]"],
              ["Getuige", "[[Sevda Yıldırım]], PIW'er, personeelsnummer [[40217732|N]]"]], [48, 122]),
      ("h", "Feitelijke beschrijving"),
      ("p", "Bij het ontsluiten van de cellen op de C2 trof ik, [[Winter]], gedetineerde [[El Amrani]] aan in de "
            "deuropening van cel 214. Gedetineerde [[Vos]] stond op de galerij en riep dat hij 'zijn spullen' terug "
            "wilde. Ik heb beide gedetineerden aangesproken. Gedetineerde [[El Amrani]] gaf [[Vos]] daarop een "
            "vuistslag in het gezicht. Collega [[Yıldırım]] heeft direct alarm gemaakt via de portofoon "
            "(alarmcode geel). Binnen twee minuten waren het {{BHV|X}}-team en de collega's van unit C1 aanwezig."),
      ("p", "De heer [[Vos]] had een bloedneus en een snijwond boven het linkeroog. Hij is door de "
            "verpleegkundige, mevrouw [[Van der Meulen]], behandeld; de wond is gehecht door de dienstdoende "
            "arts. [[Vos heeft een stollingsstoornis (hemofilie A)|H|hemofilie A]] en is daarom ter observatie in "
            "de medische unit gebleven."),
      ("p", "Gedetineerde [[El Amrani]] is na het incident op last van de unitmanager, de heer [[Steenbergen]], "
            "in afzondering geplaatst (artikel {{24 Penitentiaire beginselenwet|W}}). Bij de celinspectie is een "
            "zelfgemaakt steekwapen aangetroffen. Dit is in beslag genomen en overgedragen aan de politie "
            "({{Politie Oost-Brabant|O}}, {{BVH|X}}-registratie {{PL2100-2024311045|R}})."),
      ("pb",),
      ("h", "Achtergrond betrokkenen (uitsluitend voor intern gebruik)"),
      ("p", "Gedetineerde [[El Amrani]] verblijft in {{PI Vught|L}} in verband met "
            "[[een veroordeling tot zes jaar wegens poging tot doodslag|C|poging tot doodslag]] "
            "({{Rechtbank Oost-Brabant}}, parketnummer [[01/845522-21|N]]). Hij staat bekend als "
            "[[verslaafd aan cocaïne|H|verslaafd aan cocaïne]] en krijgt begeleiding van de {{PMO|X}}. "
            "Gedetineerde [[Vos]] zit in voorlopige hechtenis als verdachte van "
            "[[een woninginbraak met geweld in Boxtel|C|woninginbraak met geweld]] (parketnummer [[01/196044-24|N]])."),
      ("h", "Maatregelen"),
      ("t", [["Maatregel", "Grondslag", "Besluit door", "Paraaf"],
             ["Afzondering 14 dagen [[El Amrani]]", "art. {{51 Pbw|W}}", "unitmanager", "[[BS|S]]"],
             ["Overplaatsing [[Vos]] naar unit B", "art. {{15 Pbw|W}}", "vestigingsdirecteur", "[[FH|S]]"],
             ["Melding {{Inspectie JenV}}", "{{Meldplicht calamiteiten}}", "vestigingsdirecteur", "[[FH|S]]"]],
       [62, 38, 40, 20]),
      ("p", "Opgemaakt naar waarheid, [[K. Winter]], {{PI Vught|L}}, 3 november 2024. Gezien: [[B. Steenbergen]], unitmanager C."),
  ])

# ------------------------------------------------------------------ cd04 incidentformulier PI Zwolle (form fields)
D(id="cd04", producer="form", font="helvetica", title="Incidentformulier PI Zwolle",
  author="[[Wendy Zomer]]",
  form_title="{{DJI}} | {{PI Zwolle|L}} - Incidentformulier (digitaal)",
  form_intro=["In te vullen door de rapporterende medewerker. Zenden aan {{incidenten.zwolle@dji.minjus.nl|M}}.",
              "{{PI Zwolle|L}}, {{Nieuwe Veenweg 8|Q}}, Zwolle | algemeen nummer {{088 071 54 00|Z}}"],
  form_rows=[
      ("Kenmerk", "{{INC-ZW-2024-1187|R}}", True),
      ("Datum incident", "19 november 2024, 16:15 uur", True),
      ("Afdeling", "Huis van Bewaring, afdeling 3B", True),
      ("Naam gedetineerde", "[[KARATAS, Mehmet]]", False),
      ("Geboortedatum", "[[02-08-1987|D]]", False),
      ("Registratienummer", "[[2087331|N]]", False),
      ("Soort incident", "Weigering insluiting, bedreiging personeel", True),
      ("Rapporterende medewerker", "[[W. Zomer]] (PIW'er)", False),
      ("Telefoon rapporteur", "[[038 - 455 12 87|T]]", False),
      ("Collega aanwezig", "[[Lucas Brinkman-Oduya]]", False),
      ("Beschrijving", "Gedetineerde weigerde na luchten in te sluiten; dreigde collega te slaan.", False),
      ("Maatregel", "Ordemaatregel art. {{55 Pbw|W}}, kamerplaatsing 1 dag", True),
  ],
  form_outro=["Bewaartermijn conform {{Archiefwet 1995|W}}. Kopie naar {{veiligheidsadviseur.zwolle@dji.minjus.nl|M}}.",
              "Dit formulier valt onder de {{Penitentiaire beginselenwet|W}} en de {{Penitentiaire maatregel|W}}."],
  blocks=[])

# ------------------------------------------------------------------ cd05 e-mail thread ministerie - DJI
D(id="cd05", font="libsans", size=10.5, title="RE: Incident PI Vught unit C - info voor stas",
  author="[[Vermeulen, Thijs]]",
  blocks=[
      mailhdr("[[Vermeulen, Thijs|P|Vermeulen, Thijs]] <[[t.vermeulen@minjenv.nl|E]]>",
              "[[Steenbergen, Bart|P|Steenbergen, Bart]]; [[Haverkamp, Frank|P|Haverkamp, Frank]]",
              "maandag 4 november 2024 10:26",
              "RE: Incident {{PI Vught|L}} unit C - info voor stas",
              "[[Oosterbeek-Haddou, Merel|P|Oosterbeek-Haddou, Merel]]; {{bewindspersonenstaf@minjenv.nl|M}}"),
      ("p", "Dank [[Bart]], helder. Ik heb er een korte feitenrelatie van gemaakt voor de staatssecretaris (zonder "
            "namen van gedetineerden). Twee aanvullende vragen van de staf van staatssecretaris {{Coenradie|F}}:"),
      ("p", "1. Hoeveel incidenten van geweld tegen personeel waren er dit jaar al op unit C?<br/>"
            "2. Is de PIW'er die gewond raakte inmiddels weer aan het werk? De stas wil hem misschien bellen."),
      ("p", "[[Frank]], misschien kun jij vraag 2 oppakken? De staatssecretaris komt op {{5 december 2024|Y}} op "
            "werkbezoek; het programma loopt via {{bezoeken.bewindspersonen@minjenv.nl|M}}."),
      ("p", "Groet, [[Thijs]]"),
      ("sp", 3),
      mailhdr("[[Steenbergen, Bart|P|Steenbergen, Bart]] <[[b.steenbergen@dji.minjus.nl|E]]>",
              "[[Vermeulen, Thijs|P|Vermeulen, Thijs]] <[[t.vermeulen@minjenv.nl|E]]>",
              "maandag 4 november 2024 09:12",
              "RE: Incident {{PI Vught|L}} unit C - info voor stas",
              "[[Dekker-Brouwer, Ilse|P|Dekker-Brouwer, Ilse]]; {{crisiscentrum@dji.minjus.nl|M}}"),
      ("p", "Hoi [[Thijs]],"),
      ("p", "Hierbij de stand van zaken over het incident van zondagochtend op de C2. De gedetineerde die de "
            "klap uitdeelde ([[Y. El Amrani|P|Y. El Amrani]], reg.nr. [[1948273|N]]) zit in afzondering; het "
            "slachtoffer ([[D.J. Vos|P|D.J. Vos]]) is inmiddels terug op de afdeling, wel op unit B. Er is aangifte "
            "gedaan door de inrichting. De {{Inspectie JenV}} is geïnformeerd via de calamiteitenmelding."),
      ("p", "Er is gisteren een filmpje van de galerij rondgegaan op sociale media. Dat is volgens ons gemaakt met "
            "een binnengesmokkelde telefoon van gedetineerde [[Sabajo]]. Bij een celinspectie is bij de heer "
            "[[Sabajo]] inderdaad een toestel aangetroffen."),
      ("p", "Als de staatssecretaris er vandaag in het mondelinge vragenuur naar gevraagd wordt: de lijn is dat "
            "de personele bezetting op de unit die ochtend conform rooster was (4 PIW'ers op 48 plaatsen)."),
      ("p", "Groet,<br/>[[Bart]]"),
      ("small", "[[Bart Steenbergen]] | unitmanager C | {{Dienst Justitiële Inrichtingen}} - {{PI Vught|L}}<br/>"
                "{{Lunettenlaan 501|Q}}, {{5263 NT Vught|Q}} | M [[06 2375 9184|T]] | T [[073 658 2154|T]]"),
      ("sp", 3),
      mailhdr("[[Vermeulen, Thijs|P|Vermeulen, Thijs]]",
              "[[Steenbergen, Bart|P|Steenbergen, Bart]]",
              "zondag 3 november 2024 14:03",
              "Incident {{PI Vught|L}} unit C - info voor stas",
              "[[Oosterbeek-Haddou, Merel|P|Oosterbeek-Haddou, Merel]]"),
      ("p", "Beste [[Bart]],"),
      ("p", "Via het {{Nationaal Crisiscentrum|O}} hoorde ik van het incident op jullie unit C vanochtend. "
            "Staatssecretaris {{Coenradie|F}} wil morgenvroeg graag een korte feitenrelatie: wat is er gebeurd, "
            "hoe is het met het slachtoffer, welke maatregelen zijn genomen en speelde de onderbezetting een rol? "
            "Het Kamerlid {{Van Nispen|F}} ({{SP}}) heeft al op X gereageerd, dus vragen zijn te verwachten."),
      ("p", "Kun je mij ook laten weten of de familie van de heer [[Vos]] is ingelicht? Zijn moeder, mevrouw "
            "[[A. Vos-Pranger|P|Vos-Pranger]], heeft het ministerie gebeld via het algemene nummer "
            "{{070 370 79 11|Z}} en wil teruggebeld worden op [[0411-67 43 20|T]]."),
      ("p", "Dank!<br/>[[Thijs Vermeulen]]<br/>senior beleidsmedewerker | {{Ministerie van Justitie en Veiligheid}} | "
            "{{DGSenB}} | directie {{Sanctietoepassing en Jeugd|O}}<br/>{{Turfmarkt 147|Q}} | {{2511 DP Den Haag|Q}} | "
            "M [[06-18 27 44 90|T]] | [[t.vermeulen@minjenv.nl|E]]"),
  ])

# ------------------------------------------------------------------ cd06 e-mail Kamervragen
D(id="cd06", font="helvetica", size=10, title="Kamervragen Mutluer - uitvraag DJI", author="Microsoft Outlook",
  blocks=[
      mailhdr("[[Oosterbeek-Haddou, Merel|P|Oosterbeek-Haddou, Merel]] <[[m.oosterbeek@minjenv.nl|E]]>",
              "[[Dekker-Brouwer, I.|P|Dekker-Brouwer, I.]] <[[i.dekker@dji.minjus.nl|E]]>; {{bestuursondersteuning@dji.minjus.nl|M}}",
              "donderdag 21 november 2024 16:47",
              "Kamervragen {{Mutluer|F}} ({{2024Z18833|R}}) - graag input voor 28/11",
              "[[Vermeulen, Thijs|P|Vermeulen, Thijs]]"),
      ("p", "Hoi [[Ilse]],"),
      ("p", "Gisteren zijn Kamervragen gesteld door het lid {{Mutluer|F}} ({{GroenLinks-PvdA}}) over het geweld "
            "tegen personeel en de onderbezetting in {{PI Vught|L}} en {{PI Zwolle|L}} (kenmerk {{2024Z18833|R}}). "
            "De beantwoording ligt bij ons; de termijn is drie weken. Ik wil je vragen om input op de vragen 2, 3, 5 en 6."),
      ("p", "Specifiek: aantallen geweldsincidenten tegen personeel per inrichting over 2023 en 2024, de "
            "bezettingsgraad van de units, en wat er is gedaan met het incident van {{19 november|Y}} in {{PI Zwolle|L}} "
            "(de weigering van gedetineerde [[Karatas]]). Let op: in de antwoorden noemen we geen namen of "
            "herleidbare details van gedetineerden of medewerkers."),
      ("p", "Wil je het concept vóór 28/11 12:00 uur sturen naar mij en {{dsj-kamerbrieven@minjenv.nl|M}}? "
            "Ik zit woensdag op de {{Turfmarkt|L}}, daarna ben ik bereikbaar op [[+31 6 4102 3385|T]]."),
      ("p", "Groet,<br/>[[Merel]]"),
      ("small", "[[Merel Oosterbeek-Haddou]] | beleidsmedewerker gevangeniswezen | directie {{Sanctietoepassing en Jeugd|O}}"),
      ("sp", 3),
      mailhdr("[[Dekker-Brouwer, I.|P|Dekker-Brouwer, I.]]", "[[Oosterbeek-Haddou, Merel|P|Oosterbeek-Haddou, Merel]]",
              "vrijdag 22 november 2024 08:05", "RE: Kamervragen {{Mutluer|F}} ({{2024Z18833|R}})"),
      ("p", "Dag [[Merel]], ik zet het uit bij de vestigingsdirecteuren van Vught en Zwolle en bij het "
            "{{Hoofdkantoor DJI|O}}. Voor Zwolle loopt het via [[Marco Pinas]]; hij is vanaf maandag terug. "
            "Groet, [[Ilse Dekker-Brouwer]], senior beleidsadviseur {{DJI}}, [[070 - 370 27 19|T]]"),
  ])

# ------------------------------------------------------------------ cd07 Kamervragen (public)
D(id="cd07", font="times", size=11, title="Vragen van het lid Mutluer over geweld tegen personeel in PI Vught en PI Zwolle",
  header="{{Tweede Kamer der Staten-Generaal}} - {{2024Z18833|R}}",
  blocks=[
      ("h", "{{2024Z18833|R}}"),
      ("p", "Vragen van het lid {{Mutluer|F}} ({{GroenLinks-PvdA}}) aan de staatssecretaris van {{Justitie en Veiligheid|O}} "
            "over geweld tegen personeel en onderbezetting in {{PI Vught|L}} en {{PI Zwolle|L}} "
            "(ingezonden {{20 november 2024|Y}})."),
      ("p", "1. Bent u bekend met het bericht 'Gevangenisbewaarder in Vught met mes bedreigd, bond slaat alarm' "
            "(Brabants Dagblad, 4 november 2024)?"),
      ("p", "2. Hoeveel geweldsincidenten tegen medewerkers van de {{Dienst Justitiële Inrichtingen}} zijn er in 2023 "
            "en 2024 geregistreerd, uitgesplitst naar inrichting?"),
      ("p", "3. Klopt het dat in {{PI Vught|L}} op sommige units vier penitentiair inrichtingswerkers verantwoordelijk "
            "zijn voor 48 gedetineerden? Acht u dat verantwoord?"),
      ("p", "4. Welke gevolgen heeft het capaciteitstekort voor de toepassing van de {{Penitentiaire beginselenwet|W}}, "
            "bijvoorbeeld voor het dagprogramma, de luchtmomenten en het bezoek?"),
      ("p", "5. Hoe vaak is in 2024 gebruikgemaakt van de mogelijkheid om meerpersoonscelgebruik toe te passen en "
            "hoeveel gedetineerden zijn vervroegd heengezonden?"),
      ("p", "6. Wat is de stand van zaken van het programma {{Werken in Justitiële Inrichtingen|X}} en de werving "
            "van nieuwe PIW'ers?"),
      ("p", "7. Bent u bereid de {{Inspectie Justitie en Veiligheid|O}} te vragen een onderzoek in te stellen naar "
            "de veiligheid van personeel in {{PI Vught|L}}?"),
      ("p", "8. Kunt u deze vragen beantwoorden vóór het commissiedebat {{Gevangeniswezen en tbs|X}}?"),
      ("small", "Mededeling: de staatssecretaris van {{Justitie en Veiligheid|O}}, {{Ingrid Coenradie|F}}, heeft op "
                "{{11 december 2024|Y}} uitstel van beantwoording gemeld. Zie ook eerdere vragen van de leden "
                "{{Van Nispen|F}} ({{SP}}) en {{Ellian|F}} ({{VVD}}), {{2024Z17410|R}}."),
  ])

# ------------------------------------------------------------------ cd08 concept-antwoorden with sticky notes
D(id="cd08", font="dejavuserif", size=10, title="Concept antwoorden Kamervragen 2024Z18833",
  author="[[m.oosterbeek]]",
  annots=[("[[Thijs Vermeulen]]", "Nog checken bij [[Ilse]] of de cijfers van Zwolle kloppen, anders nota aanhouden.",
           [470, 700, 490, 720]),
          ("[[Joost Ramdin]]", "Antwoord 7: afstemmen met [[Karin Bloemendaal]] van de Inspectie, zij belt mij morgen.",
           [470, 560, 490, 580])],
  blocks=[
      ("h", "CONCEPT - Antwoorden op vragen van het lid {{Mutluer|F}} ({{GroenLinks-PvdA}}) ({{2024Z18833|R}})"),
      ("small", "versie 0.3 - {{2 december 2024|Y}} - status: ter afstemming met {{DJI}} en {{DGSenB}}"),
      ("p", "<b>Antwoord op vraag 1</b><br/>Ja."),
      ("p", "<b>Antwoord op vraag 2</b><br/>In 2023 zijn bij {{DJI}} 1.214 incidenten van agressie en geweld tegen "
            "medewerkers geregistreerd, in de eerste tien maanden van 2024 1.087. Een uitsplitsing per inrichting "
            "is opgenomen in de bijlage. [opmerking: cijfers {{PI Zwolle|L}} nog bevestigen]"),
      ("p", "<b>Antwoord op vraag 3</b><br/>Op een regulier afdelingsdeel van {{PI Vught|L}} zijn overdag in de regel vier "
            "tot vijf medewerkers aanwezig. Dat is in lijn met de normen die {{DJI}} hanteert. Ik herken dat de druk op het "
            "personeel groot is."),
      ("p", "<b>Antwoord op vraag 4 en 5</b><br/>In 2024 is meerpersoonscelgebruik (mpc) uitgebreid. Over vervroegd "
            "heenzenden heb ik uw Kamer geïnformeerd bij brief van {{13 juni 2024|Y}} ({{Kamerstukken II 2023/24, 24 587|R}})."),
      ("p", "<b>Antwoord op vraag 6</b><br/>Het programma {{Werken in Justitiële Inrichtingen|X}} loopt. In 2024 zijn ruim "
            "1.100 nieuwe medewerkers ingestroomd."),
      ("p", "<b>Antwoord op vraag 7</b><br/>De {{Inspectie Justitie en Veiligheid|O}} is onafhankelijk en bepaalt zelf "
            "haar programmering. Ik heb kennisgenomen van het voornemen van de Inspectie om in 2025 een onderzoek te doen "
            "naar de veiligheid in {{PI Vught|L}}."),
      ("small", "Opgesteld: [[MOH|S]] | meegelezen: [[TV|S]], [[IDB|S]] | akkoord afdelingshoofd: -"),
  ])

# ------------------------------------------------------------------ cd09 beslisnota
D(id="cd09", font="libserif", size=10.5, title="Nota aan de staatssecretaris - beantwoording Kamervragen",
  author="[[Thijs Vermeulen]]", header="{{Ministerie van Justitie en Veiligheid}} - {{DGSenB}} - nota",
  blocks=[
      ("h", "Nota"),
      ("kv", [["Aan", "de staatssecretaris van {{Justitie en Veiligheid|O}}"],
              ["Van", "[[T. Vermeulen]], senior beleidsmedewerker"],
              ["Datum", "{{9 december 2024|Y}}"], ["Kenmerk", "{{6098712|R}}"],
              ["Onderwerp", "Beantwoording Kamervragen {{Mutluer|F}} over geweld tegen personeel ({{2024Z18833|R}})"],
              ["Kopie aan", "DG {{Straffen en Beschermen|O}}; hoofddirecteur {{DJI}}"],
              ["Contactpersoon", "[[Merel Oosterbeek-Haddou]], [[m.oosterbeek@minjenv.nl|E]], [[+31 6 4102 3385|T]]"]],
       [30, 140]),
      ("h", "Aanleiding"),
      ("p", "Op {{20 november 2024|Y}} heeft het lid {{Mutluer|F}} vragen gesteld over geweld tegen personeel en "
            "onderbezetting in {{PI Vught|L}} en {{PI Zwolle|L}}, naar aanleiding van het incident van 3 november "
            "op unit C van {{PI Vught|L}}. Ook de leden {{Van Nispen|F}} en {{Six Dijkstra|F}} ({{NSC}}) hebben in "
            "het mondelinge vragenuur aandacht gevraagd voor de veiligheid van PIW'ers."),
      ("h", "Geadviseerd besluit"),
      ("p", "Aan de staatssecretaris wordt gevraagd in te stemmen met de bijgevoegde antwoorden en de brief aan "
            "de Kamer te ondertekenen."),
      ("h", "Kern"),
      ("p", "De antwoorden schetsen de aantallen geweldsincidenten, de bezetting en de maatregelen uit het "
            "programma {{Werken in Justitiële Inrichtingen|X}}. Over individuele incidenten worden geen "
            "gegevens verstrekt die tot personen herleidbaar zijn. Het incident in {{PI Zwolle|L}} met gedetineerde "
            "[[Karataş]] wordt niet genoemd; de gedetineerde heeft een kort geding aangespannen tegen de Staat "
            "(zaak {{C/01/412877 / KG ZA 24-655|R}}), zie bijlage 3."),
      ("h", "Krachtenveld"),
      ("p", "De {{FNV Overheid|O}} en de {{CNV Overheid|O}} hebben op {{27 november 2024|Y}} een brandbrief gestuurd. "
            "Minister {{Van Weel|F}} is op de hoogte via de wekelijkse bewindspersonenstaf. Burgemeester "
            "{{Van de Mortel|F}} van {{Vught|L}} heeft om een gesprek gevraagd."),
      ("pb",),
      ("h", "Toelichting"),
      ("p", "De registratie van incidenten gebeurt in {{TULP|X}}. De cijfers zijn op {{2 december|Y}} door {{DJI}} "
            "aangeleverd door mevrouw [[Dekker-Brouwer]] en door de directie gecontroleerd."),
      ("h", "Parafen"),
      ("t", [["Naam", "Functie", "Paraaf", "Datum"],
             ["[[T. Vermeulen]]", "senior beleidsmedewerker", "[[TV|S]]", "09-12"],
             ["[[J.R. Ramdin]]", "afdelingshoofd Gevangeniswezen", "[[JRR|S]]", "10-12"],
             ["[[drs. H.E. van Dalfsen|P|H.E. van Dalfsen]]", "directeur {{Sanctietoepassing en Jeugd|O}}", "[[HvD|S]]", "10-12"]],
       [48, 62, 25, 25]),
      ] + MOTIV[:1] + [("p", "[nog in te vullen]")])

# ------------------------------------------------------------------ cd10 verslag overleg (docx -> LibreOffice)
D(id="cd10", producer="docx", docxfont="Liberation Sans", size=10,
  title="Verslag bestuurlijk overleg DGSenB-DJI 26 november 2024", author="[[Sanne Koopmans-Ait Said]]",
  blocks=[
      ("h", "Verslag bestuurlijk overleg {{DGSenB}} - {{DJI}}"),
      ("kv", [["Datum", "{{26 november 2024|Y}}, 10.00-11.30 uur"],
              ["Locatie", "{{Turfmarkt 147|Q}}, Den Haag, zaal 14.02 / via Teams"],
              ["Aanwezig", "[[H.E. van Dalfsen]] (directeur {{DSJ}}, voorzitter), [[J.R. Ramdin]] ({{DSJ}}), "
                           "[[T. Vermeulen]] ({{DSJ}}), [[I. Dekker-Brouwer]] ({{DJI}} hoofdkantoor), "
                           "[[F. Haverkamp]] (vestigingsdirecteur {{PI Vught|L}}), [[M. Pinas]] "
                           "(vestigingsdirecteur {{PI Zwolle|L}}), [[G. Çelik]] ({{OR DJI|O}})"],
              ["Afwezig", "[[M. Oosterbeek-Haddou]] ({{DSJ}})"],
              ["Verslag", "[[S. Koopmans-Ait Said]]"]]),
      ("h", "1. Opening en mededelingen"),
      ("p", "De voorzitter opent de vergadering. [[Van Dalfsen]] meldt dat staatssecretaris {{Coenradie|F}} op "
            "{{5 december 2024|Y}} een werkbezoek brengt aan {{PI Vught|L}}. Zij wil spreken met PIW'ers van unit C en "
            "met de {{Commissie van Toezicht|O}}."),
      ("h", "2. Incident unit C {{PI Vught|L}} (3 november)"),
      ("p", "[[Haverkamp]] licht het incident toe. De betrokken medewerkers zijn opgevangen door het {{BOT-team|O}}. "
            "PIW'er [[Winter]] is twee weken ziek thuis geweest en is inmiddels gedeeltelijk hersteld. De gedetineerde "
            "die de klap gaf, is overgeplaatst naar de {{EBI|O}}-achtige setting van de {{Afdeling Intensief Toezicht|O}} "
            "in {{PI Vught|L}}. [[Çelik]] vraagt namens de {{OR DJI|O}} om meer aandacht voor nazorg."),
      ("h", "3. Capaciteit {{PI Zwolle|L}}"),
      ("p", "[[Pinas]] meldt dat de bezetting in {{PI Zwolle|L}} op 97 procent ligt. In december worden 24 plaatsen "
            "voor meerpersoonscelgebruik gerealiseerd. Het incident met gedetineerde [[Karataş]] heeft geleid tot een "
            "kort geding; de {{Landsadvocaat|O}} ({{Pels Rijcken|O}}) behandelt de zaak."),
      ("h", "4. Kamervragen en commissiedebat"),
      ("p", "[[Vermeulen]] licht de planning toe: beantwoording Kamervragen {{Mutluer|F}} vóór het commissiedebat "
            "{{Gevangeniswezen en tbs|X}} van {{29 januari 2025|Y}}. Ook het lid {{Michon-Derkzen|F}} ({{VVD}}) heeft "
            "een rondetafelgesprek aangevraagd."),
      ("h", "Actielijst"),
      ("t", [["Nr.", "Actie", "Wie", "Wanneer"],
             ["24-31", "Cijfers geweld per inrichting aanleveren", "[[IDB|S]]", "28-11"],
             ["24-32", "Programma werkbezoek stas {{PI Vught|L}}", "[[FH|S]] / [[TV|S]]", "02-12"],
             ["24-33", "Nazorg medewerkers: voorstel {{OR DJI|O}}", "[[GÇ|S]]", "16-12"],
             ["24-34", "Afstemming {{Landsadvocaat|O}} kort geding", "[[JRR|S]]", "10-12"],
             ["24-35", "Conceptbrief aan Kamer capaciteit", "[[TV|S]] / [[MOH|S]]", "13-12"]]),
      ("p", "Volgend overleg: {{17 december 2024|Y}}. Verslag vastgesteld door de voorzitter."),
  ])

# ------------------------------------------------------------------ cd11 Teams chat export
D(id="cd11", font="dejavu", size=9, title="Chat: Teamleiders PI Vught - vr 3 nov",
  creator="Microsoft Teams export",
  blocks=[
      ("h", "Microsoft Teams - chat 'TL's {{PI Vught|L}} weekend'"),
      ("small", "Geëxporteerd op 05-11-2024 door [[steenbergen.b|U]] - 14 berichten"),
      ("t", [["Tijd", "Afzender", "Bericht"],
             ["03-11 07:44", "[[Bart Steenbergen]]", "Alarm op C2, klap uitgedeeld. [[Kees]] en [[Sevda]] ter plaatse. Wie kan er naar C?"],
             ["03-11 07:45", "[[Romy Vlaskamp]]", "Ik kom met 2 man van B1"],
             ["03-11 07:52", "[[Bart Steenbergen]]", "[[El Amrani]] in de isoleer. [[Vos]] naar medische dienst, bloedt flink"],
             ["03-11 07:53", "[[Romy Vlaskamp]]", "Let op, [[Vos]] is bloeder, bel [[Lotte]] van de MD direct"],
             ["03-11 08:10", "[[Dennis Kerkhof]]", "Heb piket gebeld ([[Haverkamp]]). Hij komt naar de inrichting"],
             ["03-11 08:31", "[[Bart Steenbergen]]", "[[Kees]] is flink geschrokken, laat hem door [[Sevda]] afmelden. Bedrijfsarts maandag?"],
             ["03-11 09:02", "[[Dennis Kerkhof]]", "Filmpje staat op TikTok, account [[@rinaldo_sbj|U]]. Ik denk [[Sabajo]] van C2-221"],
             ["03-11 09:04", "[[Bart Steenbergen]]", "Celinspectie 221 na het luchten, graag met hond. Melden aan {{BIZ|O}}"],
             ["03-11 09:40", "[[Romy Vlaskamp]]", "Toestel gevonden in de matras. Samsung, geen simkaart"],
             ["03-11 10:15", "[[Dennis Kerkhof]]", "Ik heb de {{Inspectie JenV}} gemeld via {{meldpunt@inspectie-jenv.nl|M}}"],
             ["03-11 11:20", "[[Frank Haverkamp]]", "Dank allen. Morgen 8:30 debrief in de vergaderkamer van het hoofdgebouw"],
             ["03-11 11:21", "[[Bart Steenbergen]]", "👍"],
             ["03-11 12:02", "[[Romy Vlaskamp]]", "[[Sevda]] belt nog met de partner van [[Kees]]: [[06-39 10 28 77|T]]"],
             ["03-11 13:30", "[[Frank Haverkamp]]", "Ministerie ([[Vermeulen]]) belt ook al. Ik pak het op."]],
       [22, 35, 113]),
  ])

# ------------------------------------------------------------------ cd12 WhatsApp export
D(id="cd12", font="dejavumono", size=8.5, monofont="dejavumono",
  title="WhatsApp-chat met Unit C nachtdienst.txt",
  blocks=[
      ("h", "WhatsApp Chat met Unit C nachtdienst"),
      ("mono", "[02-11-24 22:58:14] [[Kees Winter]]: Rustige avond tot nu toe. Cel 214 blijft bellen over zijn pakketje"),
      ("mono", "[02-11-24 23:01:40] [[+31 6 5822 9016|T]]: Dat is [[El Amrani]], die denkt dat [[Vos]] zijn tabak heeft gepikt"),
      ("mono", "[02-11-24 23:02:05] [[Kees Winter]]: Wie is dit nummer?"),
      ("mono", "[02-11-24 23:02:51] [[+31 6 5822 9016|T]]: [[Jorien]] van de nacht, nieuw nummer 🙂"),
      ("mono", "[02-11-24 23:15:33] [[Sevda Yıldırım]]: Ik zet het in de overdracht. Morgen eerst 214 en 216 apart ontsluiten?"),
      ("mono", "[02-11-24 23:16:02] [[Kees Winter]]: Ja goed plan. [[Vos]] heeft trouwens weer geen medicatie genomen"),
      ("mono", "[02-11-24 23:16:47] [[Sevda Yıldırım]]: Zijn [[stollingsmedicatie|H]]? Dan moet [[Lotte]] dat weten"),
      ("mono", "[03-11-24 06:55:10] [[Sevda Yıldırım]]: Ik sta in de file op de A2 bij Den Bosch, 10 min later"),
      ("mono", "[03-11-24 07:41:29] [[Kees Winter]]: ALARM C2"),
      ("mono", "[03-11-24 07:58:03] [[Sevda Yıldırım]]: Iedereen oké? [[Kees]]?"),
      ("mono", "[03-11-24 08:20:44] [[Kees Winter]]: Gaat wel. Dank jullie. Bel me niet op werknummer maar op [[06 1947 3302|T]]"),
      ("mono", "[03-11-24 09:12:37] [[+31 6 5822 9016|T]]: Sterkte [[Kees]]! Vanavond eten bij mij, [[Rozenstraat 9|A]], Vught, 18:00?"),
      ("mono", "[03-11-24 09:13:11] [[Sevda Yıldırım]]: ❤️ ik neem soep mee"),
      ("small", "Bestand geëxporteerd door [[K. Winter]] voor de {{BIZ|O}}-melding, bijlage bij {{BV-2024-11-0317|R}}."),
  ])

# ------------------------------------------------------------------ cd13 zittingsrooster rechtbank
D(id="cd13", font="courier", size=9, title="Zittingsrooster MK straf 15-01-2025", author="GPS rooster",
  blocks=[
      ("h", "{{RECHTBANK OOST-BRABANT|O}} - team strafrecht"),
      ("p", "Zittingsrooster meervoudige kamer, woensdag {{15 januari 2025|Y}}, zittingszaal 3, "
            "{{Leeghwaterlaan 8|Q}}, 's-Hertogenbosch. Griffier: mw. [[J. van Aken]]. Parketsecretaris: "
            "[[R. Meijerink-Tol]]. Officier van justitie: mr. [[R.P. Klaassen]] ({{arrondissementsparket Oost-Brabant|O}})."),
      ("t", [["Tijd", "Parketnummer", "Verdachte", "Gedet.", "Raadsman"],
             ["09:00", "[[01/845522-21|N]]", "[[EL AMRANI, Y.]] (ontneming)", "{{PI Vught|L}}", "mr. [[S. Lindeboom]]"],
             ["10:30", "[[01/196044-24|N]]", "[[VOS, D.J.]]", "{{PI Vught|L}}", "mr. [[H. Dogan]]"],
             ["11:30", "[[01/233971-24|N]]", "[[VAN PUTTEN, J.C.]]", "nee", "mr. [[E.M. Sarucco]]"],
             ["13:30", "[[01/310758-24|N]]", "[[KONING, H.]]", "{{PI Zwolle|L}}", "mr. [[S. Lindeboom]]"],
             ["15:00", "[[01/087412-24|N]]", "[[SABAJO, R.A.]]", "{{PI Vught|L}}", "mr. [[P. Gravenhorst]]"]],
       [13, 30, 45, 25, 42]),
      ("h", "Bijzonderheden"),
      ("p", "09:00 - Ontnemingsvordering ex art. {{36e Sr|W}} na veroordeling (wederrechtelijk verkregen voordeel "
            "€ 48.300). Vervoer door {{DV&O|O}}, 2 parketwachten. [[Y. El Amrani]] heeft een tolk Arabisch nodig? Nee."),
      ("p", "10:30 - Verdachte [[Vos]] in voorlopige hechtenis sinds 14 september 2024; pro-formazitting. Raadsman "
            "verzoekt om opheffing i.v.m. [[medische problemen (hemofilie)|H|hemofilie]]."),
      ("p", "11:30 - Verdachte [[Van Putten]] (niet gedetineerd), adres [[Stationsstraat 31|A]], [[3881 TD|A]] Putten; "
            "dagvaarding betekend in persoon. Feit: [[mishandeling van zijn ex-partner|C]]."),
      ("p", "13:30 - Verdachte [[Koning]] wordt gehoord via videoverbinding met {{PI Zwolle|L}} ({{artikel 131a Sv|W}})."),
      ("p", "15:00 - Zaak [[Sabajo]]: voeging ad informandum (smokkel mobiele telefoon in {{PI Vught|L}}). "
            "Navragen bij het OM, [[06-47 12 90 35|T]] (mr. [[Klaassen]], bereikbaar)."),
      ("small", "Intern document {{Rechtbank Oost-Brabant}}. Rooster-ID {{RB-OBR-MK-20250115-03|R}}. "
                "Wijzigingen via {{strafgriffie.oost-brabant@rechtspraak.nl|M}}."),
  ])

# ------------------------------------------------------------------ cd14 vonnis kort geding
D(id="cd14", font="libserif", size=10.5, title="Vonnis kort geding C/01/412877 KG ZA 24-655",
  header="{{Rechtbank Oost-Brabant}} - {{C/01/412877 / KG ZA 24-655|R}} - partijversie",
  blocks=[
      ("h", "vonnis"),
      ("h", "{{RECHTBANK OOST-BRABANT|O}}"),
      ("p", "Civiel recht<br/>Zittingsplaats 's-Hertogenbosch<br/>zaaknummer / rolnummer: {{C/01/412877 / KG ZA 24-655|R}}"),
      ("p", "Vonnis in kort geding van {{20 december 2024|Y}}<br/>in de zaak van"),
      ("p", "<b>[[MEHMET KARATAŞ]]</b>,<br/>gedetineerd in {{PI Zwolle|L}}, thans verblijvende te Zwolle,<br/>"
            "eiser,<br/>advocaat mr. [[H. Doğan]] te Rotterdam,"),
      ("p", "tegen"),
      ("p", "<b>{{DE STAAT DER NEDERLANDEN|O}}</b> ({{Ministerie van Justitie en Veiligheid}}),<br/>zetelend te Den Haag,<br/>"
            "gedaagde,<br/>advocaat mr. [[C.W. Terhorst-Bulut]] te Den Haag."),
      ("p", "Partijen zullen hierna [[Karataş]] en de Staat genoemd worden."),
      ("h", "1. De procedure"),
      ("p", "1.1. Het verloop van de procedure blijkt uit de dagvaarding met producties 1 tot en met 9 en de "
            "mondelinge behandeling van {{10 december 2024|Y}}, waarbij [[Karataş]] via een videoverbinding vanuit "
            "{{PI Zwolle|L}} aanwezig was, bijgestaan door mr. [[Doğan]]. Namens de Staat waren aanwezig mr. "
            "[[Terhorst-Bulut]] en [[M. Pinas]], vestigingsdirecteur van {{PI Zwolle|L}}."),
      ("h", "2. De feiten"),
      ("p", "2.1. [[Karataş]], geboren op [[2 augustus 1987|D]], verblijft sinds 3 juni 2024 in het huis van bewaring "
            "van {{PI Zwolle|L}}. Hij wordt verdacht van [[betrokkenheid bij de invoer van cocaïne via de haven van Rotterdam|C|invoer van cocaïne]]."),
      ("p", "2.2. Op {{19 november 2024|Y}} is [[Karataş]] na een weigering om in te sluiten een ordemaatregel opgelegd "
            "(kamerplaatsing) op grond van artikel {{55 Penitentiaire beginselenwet|W}}. Daarna is hij overgeplaatst "
            "naar een meerpersoonscel. [[Karataş]] lijdt aan [[een posttraumatische stressstoornis|H|posttraumatische stressstoornis]] "
            "en heeft bij de {{psycholoog|J}} van de inrichting aangegeven niet met een ander op cel te kunnen."),
      ("h", "3. Het geschil"),
      ("p", "3.1. [[Karataş]] vordert de Staat te gebieden hem binnen 24 uur in een eenpersoonscel te plaatsen, op straffe "
            "van een dwangsom. De Staat voert verweer en stelt dat de selectiefunctionaris van {{DJI}} op {{2 december 2024|Y}} "
            "een medisch advies heeft gevraagd van de {{medisch adviseur|J}}."),
      ("h", "4. De beoordeling"),
      ("p", "4.1. De voorzieningenrechter stelt voorop dat voor een klacht over een beslissing van de directeur een "
            "met voldoende waarborgen omklede rechtsgang openstaat bij de beklagcommissie van de {{Commissie van Toezicht|O}} "
            "(artikel {{60 Penitentiaire beginselenwet|W}}). [[Karataş]] is daarom niet-ontvankelijk."),
      ("p", "4.2. [[Karataş]] heeft aangevoerd dat de beklagprocedure te lang duurt en dat hij in de tussentijd "
            "psychisch ernstige schade oploopt. De voorzieningenrechter volgt dat niet. De beklagcommissie kan op grond "
            "van artikel {{66 Penitentiaire beginselenwet|W}} op korte termijn een schorsingsverzoek behandelen; van die "
            "mogelijkheid heeft [[Karataş]] geen gebruik gemaakt. Dat hij daarvan niet op de hoogte was, zoals mr. "
            "[[Doğan]] ter zitting heeft verklaard, komt voor zijn risico."),
      ("p", "4.3. Ten overvloede overweegt de voorzieningenrechter dat de Staat heeft toegezegd dat [[Karataş]] in "
            "afwachting van het medisch advies op een eenpersoonscel wordt geplaatst, en dat de selectiefunctionaris "
            "daarover uiterlijk op {{10 januari 2025|Y}} beslist. De inrichtingsarts heeft inmiddels verklaard dat "
            "[[Karataş]] ongeschikt is voor meerpersoonscelgebruik. Daarmee heeft [[Karataş]] ook geen spoedeisend "
            "belang meer bij zijn vordering."),
      ("p", "4.4. Omdat partijen over en weer op enkele punten in het ongelijk zijn gesteld, worden de proceskosten "
            "gecompenseerd in die zin dat elke partij de eigen kosten draagt."),
      ("h", "5. De beslissing"),
      ("p", "De voorzieningenrechter verklaart [[Karataş]] niet-ontvankelijk in zijn vorderingen en compenseert de "
            "proceskosten. Dit vonnis is gewezen door mr. [[A.F. de Leeuw-Hamstra]], voorzieningenrechter, en in het "
            "openbaar uitgesproken op {{20 december 2024|Y}}. Griffier: [[J. van Aken]]."),
  ])

# ------------------------------------------------------------------ cd15 brief Raad voor de rechtspraak
D(id="cd15", font="libsans", size=10, title="Capaciteit zittingen gedetineerden", author="[[Siebers, M.]]",
  blocks=[
      ("right", "{{Raad voor de rechtspraak}}<br/>Postbus 90613<br/>{{2509 LP Den Haag|Q}}<br/>T {{088 361 13 00|Z}}"),
      ("p", "Aan de directeur-generaal {{Straffen en Beschermen|O}}<br/>{{Ministerie van Justitie en Veiligheid}}<br/>Postbus 20301<br/>{{2500 EH Den Haag|Q}}"),
      ("kv", [["Datum", "{{8 januari 2025|Y}}"], ["Ons kenmerk", "{{UIT 2025/0048|R}}"],
              ["Onderwerp", "Uitval zittingen door vervoer en capaciteit {{DJI}}"],
              ["Contactpersoon", "[[M.A. Siebers]], [[maarten.siebers@rechtspraak.nl|E]], [[06 - 11 20 74 58|T]]"]], [30, 140]),
      ("p", "Geachte directeur-generaal,"),
      ("p", "De {{Raad voor de rechtspraak}} maakt zich zorgen over het toenemende aantal strafzittingen dat niet kan "
            "doorgaan doordat gedetineerde verdachten niet tijdig worden aangeleverd door de {{Dienst Vervoer en "
            "Ondersteuning|O}} ({{DV&O|O}}). In het vierde kwartaal van 2024 ging het landelijk om 312 zittingen; bij de "
            "{{Rechtbank Oost-Brabant}} alleen al om 41."),
      ("p", "Bij de {{Rechtbank Oost-Brabant}} moest op {{15 januari 2025|Y}} een zitting worden aangehouden omdat "
            "een verdachte uit {{PI Vught|L}} niet kon worden vervoerd. Een ander voorbeeld betreft de zaak van de heer "
            "[[Wiśniewski]], die door het ontbreken van een tolk Pools en van vervoer driemaal werd aangehouden."),
      ("p", "Wij stellen voor de mogelijkheden van horen per videoconferentie ({{artikel 131a Wetboek van Strafvordering|W}}) "
            "verder te benutten. Graag bespreken wij dit in het periodiek overleg met de {{DGSenB}} en het "
            "{{Openbaar Ministerie}}. Minister {{Van Weel|F}} en staatssecretaris {{Struycken|F}} hebben in het "
            "{{Landelijk Overleg Vakinhoud Strafrecht|O}} al aangegeven hiervoor open te staan."),
      ("p", "Met vriendelijke groet,<br/>namens de {{Raad voor de rechtspraak}},"),
      ("scribble", 23),
      ("p", "[[mr. drs. L.K. Nauta-Wolters|P|L.K. Nauta-Wolters]]<br/>directeur Bedrijfsvoering"),
      ("small", "Kopie: {{DJI}} hoofdkantoor; {{College van procureurs-generaal|O}}"),
  ])

# ------------------------------------------------------------------ cd16 brief CJIB
D(id="cd16", font="dejavu", size=9.5, title="Schadevergoedingsmaatregel - inning tijdens detentie",
  author="CJIB Leeuwarden", xmp_creator="[[Pieter Hoekstra]]",
  blocks=[
      ("right", "{{Centraal Justitieel Incassobureau|O}}<br/>Postbus 1794<br/>{{8901 CB Leeuwarden|Q}}<br/>"
                "{{www.cjib.nl}} | {{058 - 205 16 00|Z}}"),
      ("p", "Vertrouwelijk<br/>De heer [[Y. El Amrani]]<br/>p/a {{PI Vught|L}}<br/>{{Lunettenlaan 501|Q}}<br/>{{5263 NT Vught|Q}}"),
      ("kv", [["Datum", "{{13 januari 2025|Y}}"], ["Ons kenmerk", "{{CJIB/SVM/2025/00731|R}}"],
              ["Betalingskenmerk", "[[4018 2277 9031 6645|N]]"],
              ["Geboortedatum", "[[14 maart 1991|D]]"],
              ["Uw BSN", "[[287654321|B]]"],
              ["Onderwerp", "Schadevergoedingsmaatregel (art. {{36f Wetboek van Strafrecht|W}})"]], [36, 134]),
      ("p", "Geachte heer [[El Amrani]],"),
      ("p", "Bij vonnis van de {{Rechtbank Oost-Brabant}} van 7 juli 2022 is aan u een schadevergoedingsmaatregel "
            "opgelegd van € 12.450,00 ten behoeve van het slachtoffer [[mevrouw N. Bouzamour|P|N. Bouzamour]]. "
            "Het {{CJIB}} is belast met de inning hiervan. Het {{Schadefonds Geweldsmisdrijven|O}} heeft aan het slachtoffer "
            "een voorschot uitbetaald."),
      ("p", "Wij hebben geconstateerd dat u tijdens uw detentie in {{PI Vught|L}} arbeidsloon ontvangt. Op grond van de "
            "{{Penitentiaire maatregel|W}} kan een deel van uw loon worden ingehouden. U kunt ook zelf betalen op "
            "rekening {{NL25 INGB 0705 0012 93|R}} t.n.v. {{CJIB}} Leeuwarden, onder vermelding van uw betalingskenmerk."),
      ("p", "Uw familie heeft aangegeven te willen bijdragen. Betalingen van uw broer, de heer [[Karim El Amrani]], "
            "van rekening [[NL91 ABNA 0417 1643 00|I]] zijn op uw dossier bijgeschreven."),
      ("p", "Heeft u vragen? Bel ons op {{058 - 205 16 00|Z}} of kijk op {{www.cjib.nl}}. Houd uw betalingskenmerk bij de hand."),
      ("p", "Met vriendelijke groet,<br/>{{Centraal Justitieel Incassobureau|O}}<br/>team Slachtofferbetalingen, [[P. Hoekstra]]"),
  ])

# ------------------------------------------------------------------ cd17 OM persvoorlichting
D(id="cd17", font="libsans", size=10, title="Persvraag Brabants Dagblad incident PI Vught",
  author="[[Klaassen, Ruben]]",
  blocks=[
      mailhdr("{{Persvoorlichting OM Oost-Brabant|O}} <{{pers.oost-brabant@om.nl|M}}>",
              "[[Vermeulen, Thijs|P|Vermeulen, Thijs]]; {{persvoorlichting@minjenv.nl|M}}",
              "maandag 4 november 2024 11:37",
              "Persvraag Brabants Dagblad - incident {{PI Vught|L}}",
              "[[Klaassen, R.P.|P|Klaassen, R.P.]]; [[Bakker-Yilmaz, Derya|P|Bakker-Yilmaz, Derya]]"),
      ("p", "Goedemiddag,"),
      ("p", "Ter informatie: het {{Brabants Dagblad|O}} heeft het {{OM}} gevraagd of er een strafrechtelijk onderzoek "
            "loopt naar het incident in {{PI Vught|L}} van zondag. Wij zijn voornemens de volgende reactie te geven:"),
      ("p", "<i>\"Het {{Openbaar Ministerie}} heeft aangifte ontvangen van de {{Dienst Justitiële Inrichtingen}} van "
            "mishandeling van een gedetineerde in {{PI Vught|L}}. De politie doet onderzoek. Een 33-jarige gedetineerde "
            "is als verdachte aangemerkt. Over de identiteit van betrokkenen doen wij geen mededelingen\", aldus "
            "persvoorlichter {{Loes van Amstel|F}} van het {{OM}}.</i>"),
      ("p", "Intern ter info (niet voor de pers): het gaat om verdachte [[Youssef El Amrani]] "
            "(parketnummer [[01/279930-24|N]]). Officier van justitie mr. [[Klaassen]] overweegt een snelrechtzitting. "
            "De verdachte heeft [[een strafblad met eerdere geweldsdelicten|C|eerdere geweldsdelicten]]; aangever is "
            "[[Dirk Vos]], geboren [[29 september 1984|D]]."),
      ("p", "Voor de afstemming met het departement is [[Derya]] vandaag het aanspreekpunt; zij is bereikbaar op "
            "[[06-24 88 31 70|T]]. De persvoorlichter heeft piketdienst via het algemene nummer van het parket, "
            "{{088 699 12 00|Z}}."),
      ("p", "Met vriendelijke groet,"),
      ("p", "{{Loes van Amstel|F}}<br/>persvoorlichter {{arrondissementsparket Oost-Brabant|O}}<br/>"
            "{{Openbaar Ministerie}} | {{Leeghwaterlaan 14|Q}} | 's-Hertogenbosch<br/>M [[06-53 19 02 84|T]] | "
            "[[l.van.amstel@om.nl|E]]"),
      ("sp", 3),
      ("small", "Dit bericht kan informatie bevatten die niet voor u is bestemd. {{OM}} - {{www.om.nl}}"),
  ])

# ------------------------------------------------------------------ cd18 reclasseringsadvies
D(id="cd18", font="dejavuserif", size=9.5, title="Reclasseringsadvies - vroeghulp/VI",
  author="[[N. Boukhari]]", header="{{Reclassering Nederland|O}} - vertrouwelijk - advies {{RN-ADV-2024-118752|R}}",
  outline=[("Reclasseringsadvies", 0), ("Cliënt: [[S. Veenendaal]]", 1), ("Risicotaxatie", 1)],
  blocks=[
      ("h", "Reclasseringsadvies"),
      ("kv", [["Opdrachtgever", "{{Openbaar Ministerie}}, {{arrondissementsparket Midden-Nederland|O}}"],
              ["Cliënt", "[[VEENENDAAL, Stefan Marinus]]"],
              ["Geboortedatum", "[[17 juni 1996|D]] te Ede"],
              ["Adres", "[[Molenstraat 112|A]], [[6711 AW|A]] Ede"],
              ["Cliëntnummer", "[[RN-3387210|N]]"],
              ["Parketnummer", "[[16/241187-24|N]]"],
              ["Verblijfplaats", "{{PI Zwolle|L}}, huis van bewaring"],
              ["Adviseur", "[[Nadia Boukhari]], reclasseringswerker, [[06 - 40 55 18 93|T]]"],
              ["Datum", "{{28 november 2024|Y}}"]], [34, 136]),
      ("h", "1. Aanleiding"),
      ("p", "De heer [[Veenendaal|P|heer Veenendaal]] wordt verdacht van [[een straatroof met geweld in Utrecht|C|straatroof met geweld]]. "
            "Het {{Openbaar Ministerie}} vraagt om een advies over de persoon van verdachte en over de mogelijkheden "
            "van schorsing van de voorlopige hechtenis onder bijzondere voorwaarden."),
      ("h", "2. Bronnen"),
      ("p", "Gesprekken met betrokkene in {{PI Zwolle|L}} op 19 en 25 november 2024; telefonisch contact met zijn "
            "moeder, mevrouw [[G. Veenendaal-de Ruiter]] ([[0318 - 62 44 91|T]]); het Justitieel Documentatiesysteem; "
            "informatie van de {{GGZ Centraal|O}} en de {{Sociale dienst|O}} van de {{gemeente Ede|L}}."),
      ("h", "3. Delictgeschiedenis"),
      ("p", "Betrokkene heeft [[vijf eerdere veroordelingen voor vermogensdelicten|C|eerdere veroordelingen voor vermogensdelicten]], "
            "de laatste in 2022 (taakstraf, uitgevoerd bij de {{gemeente Veenendaal|L}})."),
      ("h", "4. Persoonlijke omstandigheden"),
      ("p", "De heer [[Veenendaal|P|heer Veenendaal]] is [[bekend met ADHD en een licht verstandelijke beperking|H|licht verstandelijke beperking]]. "
            "Hij gebruikte [[dagelijks cannabis en in het weekend cocaïne|H|dagelijks cannabis]]. Hij heeft een dochter "
            "van drie jaar, [[Noor]], die bij haar moeder woont."),
      ("pb",),
      ("h", "5. Risicotaxatie"),
      ("p", "Met het instrument {{RISc|X}} is het recidiverisico ingeschat als gemiddeld-hoog. Criminogene factoren "
            "zijn middelengebruik, financiën (schulden bij het {{CJIB}}) en vrijetijdsbesteding."),
      ("h", "6. Advies"),
      ("p", "Geadviseerd wordt de voorlopige hechtenis te schorsen onder de bijzondere voorwaarden: meldplicht bij "
            "{{Reclassering Nederland|O}}, ambulante behandeling bij {{Tactus Verslavingszorg|O}} en een locatiegebod "
            "met elektronische monitoring. Het toezicht wordt uitgevoerd door de unit Utrecht."),
      ("p", "Dit advies is besproken met de werkbegeleider, [[Jeroen Hofstede]], op {{27 november 2024|Y}}."),
      ("p", "[[Nadia Boukhari]]<br/>reclasseringswerker | {{Reclassering Nederland|O}} | {{info@reclassering.nl|M}} | "
            "{{088 804 10 00|Z}}"),
  ])

# ------------------------------------------------------------------ cd19 e-mail reclassering - gratie
D(id="cd19", font="helvetica", size=10, title="Gratieverzoek Koning - advies",
  blocks=[
      mailhdr("[[Boukhari, Nadia|P|Boukhari, Nadia]] <[[n.boukhari@reclassering.nl|E]]>",
              "{{gratie@minjenv.nl|M}}",
              "dinsdag 14 januari 2025 10:02",
              "Gratieverzoek dhr. [[H. Koning]] - reclasseringsadvies (uw kenmerk {{G-2024-03318|R}})",
              "[[Hofstede, Jeroen|P|Hofstede, Jeroen]]"),
      ("p", "Geachte medewerker van de afdeling Gratie,"),
      ("p", "In uw brief van {{3 december 2024|Y}} vraagt u ons om een advies over het gratieverzoek van de heer "
            "[[Hendrik Koning]] (geboren [[5 mei 1961|D]]), thans gedetineerd in {{PI Zwolle|L}}. Op grond van de "
            "{{Gratiewet|W}} wordt op een gratieverzoek beslist {{bij besluit van de Koning|F}}, na advies van de rechter "
            "en het {{Openbaar Ministerie}}."),
      ("p", "De heer [[Koning|P|heer Koning]] heeft ons verteld dat hij [[ongeneeslijk ziek is (longkanker, stadium IV)|H|longkanker]] "
            "en dat hij de laatste maanden bij zijn dochter in Hasselt (Ov.) wil doorbrengen. De medische dienst van "
            "{{PI Zwolle|L}} bevestigt dat. Wij adviseren positief, mits wordt voldaan aan voorwaarden: wonen op het adres "
            "[[Markt 3a|A]] en meewerken aan begeleiding door {{Reclassering Nederland|O}}."),
      ("p", "Zijn [[veroordeling uit 2021 voor fraude met subsidies|C|fraude met subsidies]] staat hier volgens ons niet aan in de weg; "
            "er is geen recidiverisico voor geweld."),
      ("p", "Met vriendelijke groet,<br/>[[Nadia Boukhari]]<br/>{{Reclassering Nederland|O}}, unit Zwolle<br/>[[06 - 40 55 18 93|T]]"),
      ("small", "Het advies van {{Reclassering Nederland|O}} is gericht aan de minister; de beslissing wordt bij Koninklijk "
                "Besluit genomen. Informatie: {{www.justis.nl}} / {{Justis|O}}."),
  ])

# ------------------------------------------------------------------ cd20 medische dienst
D(id="cd20", font="libsans", size=10, title="Medische informatie gedetineerde", author="MD PI Vught",
  blocks=[
      mailhdr("[[Van der Meulen, Lotte|P|Van der Meulen, Lotte]] <[[l.vandermeulen@dji.minjus.nl|E]]>",
              "[[Steenbergen, Bart|P|Steenbergen, Bart]]; [[Haverkamp, Frank|P|Haverkamp, Frank]]",
              "maandag 4 november 2024 13:20",
              "Medisch - [[reg.nr. 2011548|N|2011548]] (C2) - vertrouwelijk"),
      ("p", "[[Bart]], [[Frank]],"),
      ("p", "Naar aanleiding van het incident van gisteren: de heer [[Vos]] (C2, nu B1) is door de {{inrichtingsarts|J}} "
            "gezien. Hij heeft [[hemofilie A|H]] en gebruikt [[factor VIII-concentraat|H]]. Na de vuistslag is een "
            "CT-scan gemaakt in het {{Jeroen Bosch Ziekenhuis|O}}; er is geen hersenletsel."),
      ("p", "Daarnaast meld ik dat gedetineerde [[Sabajo]] sinds gisteren [[suïcidale uitingen|H]] doet. Hij is "
            "besproken met de {{psycholoog|J}} en staat op de lijst voor het {{Penitentiair Psychiatrisch Centrum|O}} "
            "({{PPC|O}}) in {{PI Vught|L}}. Graag extra toezicht via de camera (cameraobservatie art. {{24a Pbw|W}})."),
      ("p", "Ik deel deze informatie met jullie op grond van het medisch beroepsgeheim alleen voor zover dat voor "
            "de veiligheid noodzakelijk is. Niet doorsturen aan het ministerie."),
      ("p", "Met collegiale groet,<br/>[[Lotte van der Meulen]]<br/>verpleegkundige medische dienst {{PI Vught|L}}<br/>"
            "T [[073-6582190|T]] | {{medischedienst.vught@dji.minjus.nl|M}}"),
  ])

# ------------------------------------------------------------------ cd21 Inspectie JenV
D(id="cd21", font="times", size=11, title="Aankondiging onderzoek veiligheid personeel PI Vught",
  author="[[K. Bloemendaal]]",
  blocks=[
      ("right", "{{Inspectie Justitie en Veiligheid|O}}<br/>Ministerie van Justitie en Veiligheid<br/>Postbus 20301<br/>"
                "{{2500 EH Den Haag|Q}}<br/>{{www.inspectie-jenv.nl}}"),
      ("p", "Aan de hoofddirecteur van de {{Dienst Justitiële Inrichtingen}}<br/>Postbus 30132<br/>{{2500 GC Den Haag|Q}}"),
      ("kv", [["Datum", "{{16 december 2024|Y}}"], ["Ons kenmerk", "{{INSP-2024-1977|R}}"],
              ["Onderwerp", "Aankondiging onderzoek veiligheid personeel {{PI Vught|L}}"],
              ["Inlichtingen", "[[drs. K.J. Bloemendaal|P|K.J. Bloemendaal]], inspecteur, T [[06 52 80 13 46|T]]"]], [30, 140]),
      ("p", "Geachte heer, mevrouw,"),
      ("p", "De {{Inspectie Justitie en Veiligheid|O}} kondigt hierbij een onderzoek aan naar de veiligheid van het "
            "personeel in {{PI Vught|L}}. Aanleiding zijn de meldingen op grond van de {{Meldplicht calamiteiten}} in het "
            "vierde kwartaal van 2024, waaronder de melding {{BV-2024-11-0317|R}} van 3 november 2024, en signalen van de "
            "{{Commissie van Toezicht|O}} bij {{PI Vught|L}}."),
      ("p", "Het onderzoek wordt uitgevoerd op grond van de {{Regeling Inspectie Justitie en Veiligheid|W}}, in het kader van het toezicht op de uitvoering van de "
            "{{Penitentiaire beginselenwet|W}}. Wij zullen dossieronderzoek doen en gesprekken voeren met "
            "medewerkers, leidinggevenden en gedetineerden. Namen van geïnterviewden worden niet in het rapport opgenomen."),
      ("p", "Wij verwachten het rapport in het tweede kwartaal van 2025 aan te bieden aan de staatssecretaris van "
            "{{Justitie en Veiligheid|O}}, die het met een beleidsreactie aan de {{Tweede Kamer|O}} zendt."),
      ("p", "Het onderzoeksteam bestaat uit [[K.J. Bloemendaal]] (projectleider), [[A. Sneijder-Bakkal]] en "
            "[[P.W. Oude Groeniger]]. Contact via {{info@inspectie-jenv.nl|M}} of {{088 371 60 00|Z}}."),
      ("p", "Hoogachtend,<br/>de Inspecteur-generaal Justitie en Veiligheid,<br/>namens deze,<br/>"
            "het hoofd van het cluster Sanctietoepassing,"),
      ("scribble", 37),
      ("p", "[[mr. J.M. van der Steeg|P|J.M. van der Steeg]]"),
  ])

# ------------------------------------------------------------------ cd22 Raad voor de Kinderbescherming
D(id="cd22", font="dejavu", size=9.5, title="Verzoek informatie ouder in detentie",
  author="[[Femke Jansen-Oud]]",
  blocks=[
      ("right", "{{Raad voor de Kinderbescherming}}<br/>regio Zuidoost-Nederland, locatie 's-Hertogenbosch<br/>"
                "Postbus 90113<br/>T {{088 370 20 00|Z}}"),
      ("p", "Aan: {{PI Vught|L}}, t.a.v. de casemanager van de heer [[Y. El Amrani]], unit C"),
      ("kv", [["Datum", "{{9 december 2024|Y}}"], ["Ons kenmerk", "{{RvdK-ZON-2024-22517|R}}"],
              ["Betreft", "Raadsonderzoek gezag en omgang - minderjarige [[Amira El Amrani]], geboren [[11 april 2016|D]]"],
              ["Raadsonderzoeker", "[[F. Jansen-Oud]], [[f.jansen-oud@rvdk.nl|E]], [[06-13 77 08 52|T]]"]], [32, 138]),
      ("p", "Geachte heer, mevrouw,"),
      ("p", "De {{Raad voor de Kinderbescherming}} doet op verzoek van de {{Rechtbank Oost-Brabant}} (familiekamer, zaak "
            "{{C/01/409233 / FA RK 24-4410|R}}) onderzoek naar de omgang tussen [[Amira]] en haar vader, de heer "
            "[[El Amrani]], die in uw inrichting verblijft. De moeder, mevrouw [[Samira Benali]], woont met [[Amira]] "
            "op het adres [[Hertog Janplein 17|A]], [[5211 GE|A]] 's-Hertogenbosch."),
      ("p", "Wij vragen u om informatie over het gedrag van de heer [[El Amrani]] in de inrichting, over eerdere "
            "bezoeken van [[Amira]] (het kind is bij het bezoek op 12 oktober begeleid door haar oma, mevrouw "
            "[[F. El Amrani-Tahiri]]) en over de mogelijkheden van bezoek in de gezinsbezoekruimte van {{PI Vught|L}}."),
      ("p", "Ook vragen wij of de vader deelneemt aan het programma {{Ouderschap achter de tralies|X}} van "
            "{{Exodus|O}}. Wij zijn op de hoogte van het incident op 3 november 2024."),
      ("p", "Wij verzoeken u de informatie vóór {{6 januari 2025|Y}} te sturen aan {{zon.denbosch@rvdk.nl|M}} "
            "onder vermelding van ons kenmerk. De {{Jeugdwet|W}} en artikel {{1:238 Burgerlijk Wetboek|W}} geven de Raad "
            "de bevoegdheid om informatie op te vragen."),
      ("p", "Met vriendelijke groet,<br/>[[Femke Jansen-Oud]]<br/>raadsonderzoeker"),
  ])

# ------------------------------------------------------------------ cd23 handwritten note (scan)
D(id="cd23", producer="hand", title="scan handnotitie",
  hand_lines=[
      "Notitie 3/11 - unit C2 - voor [[Bart]]",
      "[[Kees]] is na de klap flink van slag.",
      "Gesproken met zijn vrouw [[Marieke]]",
      "tel [[06 2744 8105|T]]",
      "[[El Amrani]] zat al dagen te dreigen,",
      "staat in de overdracht van [[Jorien]].",
      "[[Vos]] moet naar de arts (bloeder!)",
      "Morgen bellen met [[Haverkamp]] ivm",
      "nazorg BOT + melding Inspectie",
      "groet, [[Sevda]] ([[SY|S]])",
  ],
  blocks=[])

# ------------------------------------------------------------------ cd24 signed lawyer letter (scan)
D(id="cd24", producer="scan", font="times", size=11.5, angle=0.7, title="scan brief advocaat",
  blocks=[
      ("right", "LINDEBOOM STRAFRECHTADVOCATEN<br/>Vughterweg 47, 5211 CK 's-Hertogenbosch<br/>T 073 - 614 22 80"),
      ("p", "Aan de directeur van PI Vught<br/>Lunettenlaan 501<br/>5263 NT Vught"),
      ("p", "'s-Hertogenbosch, 6 november 2024<br/>Betreft: cliënt [[Y. El Amrani]], reg.nr. [[1948273|N]]<br/>Uw kenmerk: BV-2024-11-0317"),
      ("p", "Geachte heer [[Haverkamp]],"),
      ("p", "Als raadsvrouw van de heer [[El Amrani]] maak ik bezwaar tegen de plaatsing van mijn cliënt in "
            "afzondering voor de duur van veertien dagen. Mijn cliënt stelt dat hij werd uitgedaagd door de heer "
            "[[Vos]] en dat de PIW'er, de heer [[Winter]], niet heeft ingegrepen toen de situatie escaleerde."),
      ("p", "Daarnaast verzoek ik u mij de camerabeelden van de galerij van unit C2 van 3 november tussen 07:30 en "
            "08:00 uur te verstrekken. Ik wijs u erop dat mijn cliënt [[medicatie gebruikt voor een depressie|H|depressie]]; "
            "afzondering is voor hem extra belastend."),
      ("p", "Een beklag bij de beklagcommissie van de Commissie van Toezicht is tegelijk ingediend."),
      ("p", "Hoogachtend,"),
      ("scribble", 51),
      ("p", "mr. [[S. Lindeboom]]<br/>advocaat<br/>[[s.lindeboom@lindeboomadvocaten.nl|E]]"),
  ])

# ------------------------------------------------------------------ cd25 verlofaanvraag (scan of a filled-in form)
D(id="cd25", producer="scan", font="helvetica", size=10.5, angle=-0.5, title="scan verlofaanvraag",
  blocks=[
      ("h", "DJI - AANVRAAG INCIDENTEEL VERLOF"),
      ("small", "art. 26 Penitentiaire maatregel / Regeling tijdelijk verlaten van de inrichting"),
      ("t", [["Veld", "Invulling"],
             ["Naam gedetineerde", "[[WISNIEWSKI, Pawel]]"],
             ["Geboortedatum", "[[23-01-1990|D]]"],
             ["V-nummer", "[[2738491065|N]]"],
             ["Registratienummer", "[[2104417|N]]"],
             ["Inrichting / afdeling", "PI Zwolle, afd. 2A"],
             ["Reden verlof", "Uitvaart van vader, [[Tadeusz Wisniewski]], in Poznan"],
             ["Adres tijdens verlof", "[[Brinkstraat 88|A]], [[7512 EC|A]] Enschede (bij broer [[Marek]])"],
             ["Telefoon contactpersoon", "[[+48 601 223 947|T]]"],
             ["Advies casemanager", "Positief onder begeleiding, [[D. Sinnige]]"],
             ["Handtekening gedetineerde", ""]],
       [55, 115]),
      ("scribble", 71),
      ("p", "Ontvangen 27-11-2024, paraaf [[WZ|S]]. Beslissing vestigingsdirecteur: afgewezen (vluchtrisico, vreemdeling zonder verblijfsrecht)."),
  ])

# ------------------------------------------------------------------ cd26 notitie capaciteit (docx -> LibreOffice)
D(id="cd26", producer="docx", docxfont="Carlito", size=10.5,
  title="Notitie capaciteit PI Zwolle december 2024", author="[[Hanneke Wolters-Brink]]",
  blocks=[
      ("h", "Notitie - capaciteit en personele bezetting {{PI Zwolle|L}}"),
      ("kv", [["Aan", "MT {{DJI}} sector Gevangeniswezen en Vreemdelingenbewaring"],
              ["Van", "vestigingsdirecteur {{PI Zwolle|L}}"],
              ["Datum", "{{3 december 2024|Y}}"],
              ["Kenmerk", "{{DJI-PIZ-2024-0412|R}}"]]),
      ("h", "1. Bezetting"),
      ("p", "{{PI Zwolle|L}} heeft 568 plaatsen (huis van bewaring, gevangenis, {{Penitentiair Programma|X}}). Op 1 december "
            "waren 551 plaatsen bezet. Vanaf 9 december worden op afdeling 3B en 4A 24 extra plaatsen voor "
            "meerpersoonscelgebruik in gebruik genomen, conform de landelijke maatregelen van staatssecretaris {{Coenradie|F}}."),
      ("h", "2. Personeel"),
      ("p", "Er staan 31 fte vacatures open voor PIW'ers. Het ziekteverzuim is 9,4 procent. Drie medewerkers zijn na "
            "incidenten in november uitgevallen, onder wie PIW'er [[Wendy Zomer]] (incident {{INC-ZW-2024-1187|R}}). "
            "Teamleider [[Lucas Brinkman-Oduya]] neemt haar taken tijdelijk over."),
      ("h", "3. Bijzondere gedetineerden"),
      ("p", "Gedetineerde [[Karataş]] (3B) heeft een kort geding aangespannen over meerpersoonscelgebruik; hij is "
            "ongeschikt verklaard voor mpc door de {{inrichtingsarts|J}}. Gedetineerde [[Wiśniewski]] (2A, v-nummer "
            "[[2738491065|N]]) wacht op overbrenging in het kader van de {{WETS|W}} naar Polen. Gedetineerde "
            "[[H. Koning]] is [[terminaal ziek|H]]; een gratieverzoek is ingediend."),
      ("h", "4. Voorstel"),
      ("p", "Voorgesteld wordt de inzet van uitzendkrachten te verlengen tot 1 april 2025 en de {{DJI}}-flexpool "
            "te vragen om 6 PIW'ers. De {{OR DJI|O}} en de {{Commissie van Toezicht|O}} worden geïnformeerd."),
      ("t", [["Wie", "Actie", "Gereed"],
             ["[[MP|S]]", "Besluit uitzendkrachten", "13-12"],
             ["[[LBO|S]]", "Rooster afdeling 3B", "9-12"],
             ["[[HWB|S]]", "Memo aan {{DSJ}} ([[Vermeulen]])", "6-12"]]),
      ("p", "Vestigingsdirecteur {{PI Zwolle|L}}, [[M. Pinas]]"),
  ])

# ------------------------------------------------------------------ cd27 overplaatsingsbesluit
D(id="cd27", font="dejavu", size=9.5, title="Beslissing selectiefunctionaris - overplaatsing",
  author="Selectiefunctionaris DJI",
  blocks=[
      ("right", "{{Dienst Justitiële Inrichtingen}}<br/>Afdeling Individuele Zaken<br/>Postbus 30132, {{2500 GC Den Haag|Q}}"),
      ("h", "BESLISSING SELECTIEFUNCTIONARIS"),
      ("kv", [["Kenmerk", "{{DJI/AIZ/2025/01877|R}}"], ["Datum", "{{10 januari 2025|Y}}"],
              ["Naam", "[[VAN PUTTEN, Jeroen Cornelis]]"],
              ["Geboortedatum", "[[03-12-1979|D]]"],
              ["Registratienummer", "[[2215906|N]]"],
              ["Huidige inrichting", "{{PI Zwolle|L}} (huis van bewaring)"]], [38, 132]),
      ("p", "De selectiefunctionaris van de {{Dienst Justitiële Inrichtingen}}, handelend namens de minister van "
            "{{Justitie en Veiligheid|O}},"),
      ("p", "gelet op artikel {{15 van de Penitentiaire beginselenwet|W}} en de {{Regeling selectie, plaatsing en "
            "overplaatsing van gedetineerden|W}},"),
      ("p", "besluit dat de heer [[Van Putten]] wordt overgeplaatst naar {{PI Vught|L}}, afdeling Intensieve Zorg (IZA), "
            "met ingang van {{13 januari 2025|Y}}."),
      ("h", "Motivering"),
      ("p", "De heer [[Van Putten]] verblijft sinds 28 november 2024 in "
            "voorlopige hechtenis. Hij is volgens de psychiater van {{PI Zwolle|L}} [[psychotisch en heeft een "
            "antipsychotische behandeling nodig|H|antipsychotische behandeling]], die op een reguliere afdeling niet kan worden "
            "gegeven. Plaatsing in het {{Penitentiair Psychiatrisch Centrum|O}} ({{PPC|O}}) is aangewezen."),
      ("p", "De heer [[Van Putten]] heeft verzocht te worden geplaatst in een inrichting dicht bij zijn woonplaats, de "
            "{{gemeente Putten|L}}. Zijn vader, de heer [[C. van Putten]], bezoekt hem wekelijks. Dit verzoek kan niet worden "
            "ingewilligd omdat {{PI Vught|L}} de enige inrichting is met de benodigde zorg; de reisafstand is in dit geval "
            "aanvaardbaar. Zijn advocaat, mr. [[E.M. Sarucco]], is gehoord."),
      ("h", "Rechtsmiddel"),
      ("p", "Tegen deze beslissing kan binnen zeven dagen bezwaar worden gemaakt bij de selectiefunctionaris en daarna "
            "beroep bij de {{Raad voor Strafrechtstoepassing en Jeugdbescherming|O}} ({{RSJ|O}}), Postbus 30137, "
            "{{2500 GC Den Haag|Q}}."),
      ("p", "De selectiefunctionaris,<br/>[[drs. Y.M. Pengel|P|Y.M. Pengel]]"),
  ])

# ------------------------------------------------------------------ cd28 bezoekregistratie
D(id="cd28", font="libmono", size=8.5, title="Bezoekregistratie unit C2 week 44",
  author="BZR export", header="{{PI Vught|L}} - Bezoekregistratie (BZR) - export 04-11-2024",
  blocks=[
      ("h", "Bezoekregistratie unit C2 - week 44 (28-10 t/m 03-11-2024)"),
      ("t", [["Datum", "Gedetineerde", "Reg.nr.", "Bezoeker(s)", "Relatie", "ID-check"],
             ["29-10", "[[EL AMRANI Y.]]", "[[1948273|N]]", "[[Karim El Amrani]]", "broer", "rijbewijs"],
             ["29-10", "[[SABAJO R.A.]]", "[[2099164|N]]", "[[Sharon Sabajo-Kromodihardjo]]; [[Jayden Sabajo]] (8)", "partner; zoon", "paspoort"],
             ["30-10", "[[VOS D.J.]]", "[[2011548|N]]", "[[A. Vos-Pranger]]", "moeder", "ID-kaart"],
             ["31-10", "[[MAAS T.]]", "[[2176630|N]]", "[[Dirk-Jan Bolhuis]]", "vriend", "rijbewijs"],
             ["01-11", "[[BOUZIANE-DE GRAAF K.]]", "[[2240011|N]]", "[[Mariska de Graaf]]", "zus", "ID-kaart"],
             ["02-11", "[[KOÇ E.]]", "[[2188305|N]]", "[[Zeynep Koç]]; [[Ali Koç]]", "ouders", "paspoort TR"],
             ["03-11", "[[EL AMRANI Y.]]", "[[1948273|N]]", "[[Amira El Amrani]] (8) m. oma [[F. El Amrani-Tahiri]]", "dochter", "gezinsbezoek"]],
       [13, 33, 18, 58, 20, 22]),
      ("p", "Bijzonderheden: bij het bezoek van 29-10 aan [[Sabajo]] is door de portier een verdacht pakketje "
            "aangetroffen in de kinderwagen; de bezoeker, mevrouw [[Sabajo-Kromodihardjo]], heeft een bezoekverbod "
            "gekregen van 3 maanden (art. {{38 Pbw|W}}). Melding gedaan bij {{BIZ|O}}; portier [[Ahmet Yavuz]] "
            "(personeelsnummer [[40301266|N]]) heeft de melding opgemaakt."),
      ("p", "Adres bezoeker [[Bolhuis]] voor terugzending pas: [[Kampweg 6|A]], [[5271 AB|A]] Sint-Michielsgestel. "
            "Bezoekaanvragen via {{bezoek.vught@dji.minjus.nl|M}} of {{088 071 60 00|Z}}."),
  ])

# ------------------------------------------------------------------ cd29 dagrapport / logboek met paraafkolom
D(id="cd29", font="helvetica", size=9, title="Dagrapport C2 03-11-2024", author="Logboek unit C",
  blocks=[
      ("h", "{{PI Vught|L}} - Dagrapport afdeling C2 - zondag 3 november 2024 (vroege dienst)"),
      ("small", "Bezetting: 46/48. Dienst: [[K. Winter]], [[S. Yildirim]], [[R. Vlaskamp]] (invaller B1), [[J. Meerdink]] (stagiair). "
                "Unitmanager piket: [[B. Steenbergen]], bereikbaar via {{meldkamer|J}} ({{073 658 20 00|Z}})."),
      ("t", [["Tijd", "Gebeurtenis", "Paraaf"],
             ["07:00", "Overdracht nachtdienst ontvangen van [[Jorien Meerdink]]. Cel 214/216 apart ontsluiten.", "[[KW|S]]"],
             ["07:30", "Medicatie uitgereikt. Cel 216 ([[Vos]]) weigert [[factor VIII|H]].", "[[SY|S]]"],
             ["07:40", "Ontsluiten 214 ([[El Amrani]]). Woordenwisseling met 216, vuistslag. Alarm geel.", "[[KW|S]]"],
             ["07:42", "Collega's B1 en BHV ter plaatse. [[El Amrani]] meegenomen naar de isoleer.", "[[RV|S]]"],
             ["07:55", "[[Vos]] naar MD, begeleid door [[Meerdink]].", "[[SY|S]]"],
             ["08:10", "Piket vestigingsdirecteur gebeld ([[F.H.]]).", "[[RV|S]]"],
             ["09:40", "Celinspectie 221 ([[Sabajo]]): telefoon aangetroffen in matras. Foto's gemaakt.", "[[RV|S]]"],
             ["10:30", "Luchten C2 vervallen. Gedetineerden ingelicht.", "[[SY|S]]"],
             ["12:00", "Nazorg collega [[Winter]] geregeld via BOT. Naar huis om 12:30.", "[[BS|S]]"],
             ["14:00", "Overdracht aan late dienst ([[L. Ouali]]).", "[[SY|S]]"]],
       [14, 136, 20]),
      ("p", "Gezien: [[BS|S]] 03-11-2024. Zie incidentrapport {{BV-2024-11-0317|R}} en {{BIZ|O}}-melding {{BIZ-2024-7713|R}}."),
  ])

# ------------------------------------------------------------------ cd30 uitspraak beklagcommissie
D(id="cd30", font="libserif", size=10.5, title="Uitspraak beklagcommissie PI Vught V-2024-1198",
  author="[[mr. T. Hazeleger]]", header="{{Commissie van Toezicht bij PI Vught|O}} - beklagcommissie",
  blocks=[
      ("h", "UITSPRAAK"),
      ("p", "van de beklagcommissie uit de {{Commissie van Toezicht bij PI Vught|O}}, gedaan op grond van artikel "
            "{{68 Penitentiaire beginselenwet|W}} ({{Pbw|W}}) in de zaak van:"),
      ("kv", [["Klager", "[[Youssef El Amrani]], verder te noemen klager"],
              ["Registratienummer", "[[1948273|N]]"],
              ["Beklagnummer", "{{V-2024-1198|R}}"],
              ["Gemachtigde", "mr. [[S. Lindeboom]], advocaat te 's-Hertogenbosch"]], [38, 132]),
      ("h", "1. De procedure"),
      ("p", "De beklagcommissie heeft kennisgenomen van het klaagschrift van 6 november 2024, de schriftelijke reactie "
            "van de directeur en de mondelinge behandeling op {{4 december 2024|Y}}, waar klager, bijgestaan door mr. "
            "[[Lindeboom]], is gehoord. Namens de directeur was aanwezig de heer [[Steenbergen]], unitmanager. "
            "De beklagcommissie bestond uit mr. [[T. Hazeleger]] (voorzitter), [[W.F. Rijsdijk]] en [[dr. M. Ongena-Sital|P|M. Ongena-Sital]]. "
            "Secretaris: [[C. Dijkhuizen]]."),
      ("h", "2. De beklagzaak"),
      ("p", "Het beklag betreft de plaatsing van klager in afzondering voor de duur van veertien dagen op grond van "
            "artikel {{51 Pbw|W}} en de duur daarvan, na het incident van 3 november 2024 op unit C2."),
      ("h", "3. De standpunten"),
      ("p", "Klager stelt dat hij is uitgedaagd door de medegedetineerde [[Vos]] en dat de opgelegde maatregel "
            "onevenredig is. Hij heeft [[last van angstaanvallen|H]] en heeft in de afzonderingscel niet de "
            "medicatie gekregen die hem was voorgeschreven. De directeur stelt dat klager een medegedetineerde met een "
            "vuistslag heeft verwond en dat bij hem een steekwapen is gevonden; de maatregel is daarom noodzakelijk."),
      ("pb",),
      ("h", "4. De beoordeling"),
      ("p", "De beklagcommissie stelt vast dat klager een medegedetineerde heeft geslagen. Een disciplinaire straf "
            "is dan in beginsel gerechtvaardigd. Uit de stukken blijkt echter niet dat klager op de dag van de "
            "plaatsing door de {{inrichtingsarts|J}} is bezocht, zoals artikel {{24, vijfde lid, Pbw|W}} voorschrijft. "
            "Uit het medisch dossier blijkt dat klager [[sertraline|H]] gebruikt; de verstrekking daarvan is twee dagen "
            "onderbroken geweest. Dat had niet mogen gebeuren."),
      ("p", "Het beklag is daarom gedeeltelijk gegrond. Klager wordt een tegemoetkoming toegekend van € 30,00. De "
            "beslissing van de directeur blijft voor het overige in stand."),
      ("h", "5. De uitspraak"),
      ("p", "De beklagcommissie verklaart het beklag gedeeltelijk gegrond en kent klager een tegemoetkoming toe van "
            "€ 30,00. Tegen deze uitspraak kunnen klager en de directeur binnen zeven dagen beroep instellen bij de "
            "{{Raad voor Strafrechtstoepassing en Jeugdbescherming|O}}."),
      ("p", "Aldus gegeven op {{4 december 2024|Y}} door mr. [[T. Hazeleger]], voorzitter, in aanwezigheid van "
            "[[C. Dijkhuizen]], secretaris."),
      ("small", "Verzonden aan klager, gemachtigde en directeur op 9 december 2024. {{Commissie van Toezicht bij PI Vught|O}}, "
                "{{Lunettenlaan 501|Q}}, {{5263 NT Vught|Q}}, {{cvt.vught@dji.minjus.nl|M}}."),
  ])

# ------------------------------------------------------------------ cd31 voorbereiding commissiedebat
D(id="cd31", font="dejavu", size=9.5, title="Dossier commissiedebat Gevangeniswezen en tbs 29 januari 2025",
  author="DSJ", xmp_creator="[[Ruben Wijffels]]",
  blocks=[
      ("h", "Voorbereiding commissiedebat {{Gevangeniswezen en tbs|X}} - {{29 januari 2025|Y}}"),
      ("small", "Staatssecretaris {{Coenradie|F}} | vaste commissie voor {{Justitie en Veiligheid|O}} | "
                "{{Tweede Kamer|O}}, Thorbeckezaal"),
      ("h", "Woordvoerders (verwachte inbreng)"),
      ("t", [["Fractie", "Woordvoerder", "Verwachte onderwerpen"],
             ["{{SP}}", "{{Van Nispen|F}}", "Onderbezetting, veiligheid PIW'ers, {{PI Vught|L}}"],
             ["{{GroenLinks-PvdA}}", "{{Mutluer|F}}", "Geweld tegen personeel, Kamervragen {{2024Z18833|R}}"],
             ["{{VVD}}", "{{Ellian|F}}", "Smokkel telefoons, ronselen, {{EBI|O}}"],
             ["{{NSC}}", "{{Six Dijkstra|F}}", "Meerpersoonscelgebruik, capaciteit"],
             ["{{SGP}}", "{{Van Dijk|F}}", "Zorg voor gedetineerden, {{PPC|O}}"],
             ["{{D66}}", "{{Podt|F}}", "Resocialisatie, {{Penitentiair Programma|X}}"]],
       [30, 55, 85]),
      ("h", "Planning en ambtelijke ondersteuning"),
      ("t", [["Onderdeel", "Dossierhouder", "Telefoon"],
             ["Capaciteit en mpc", "[[Thijs Vermeulen]]", "[[06-18 27 44 90|T]]"],
             ["Personeel en geweld", "[[Merel Oosterbeek-Haddou]]", "[[+31 6 4102 3385|T]]"],
             ["Zorg en {{PPC|O}}", "[[Ruben Wijffels]]", "[[06-29 33 18 40|T]]"],
             ["Smokkel en ronselen", "[[Ayşe Demirtaş]]", "[[06-70 41 55 09|T]]"],
             ["Woordvoering", "{{persvoorlichting@minjenv.nl|M}}", "{{070 370 73 45|Z}}"]],
       [50, 60, 60]),
      ("p", "Aanlevering speaking notes uiterlijk {{22 januari 2025|Y}} via {{dsj-kamerbrieven@minjenv.nl|M}}. "
            "Vooroverleg met de staatssecretaris op {{27 januari 2025|Y}}, 16:00 uur, {{Turfmarkt 147|Q}}, kamer 22.04. "
            "Aanwezig vanuit de lijn: [[J.R. Ramdin]] en [[H.E. van Dalfsen]]. Minister {{Van Weel|F}} is niet aanwezig."),
      ("p", "Let op: de casus in {{PI Vught|L}} (3 november) niet op persoonsniveau bespreken. Het lid {{Ellian|F}} heeft "
            "eerder gevraagd naar de smokkel van telefoons; in {{PI Vught|L}} is op 3 november een toestel gevonden bij "
            "gedetineerde [[Sabajo]]."),
  ])

# ------------------------------------------------------------------ cd32 Woo-verzoek (outline probe)
D(id="cd32", font="helvetica", size=10.5, title="Woo-verzoek incidenten PI Vught en PI Zwolle",
  author="", outline=[("Woo-verzoek [[Lieke Bosman]] 12-12-2024", 0), ("Bijlage: krantenartikel", 1)],
  blocks=[
      mailhdr("[[Lieke Bosman]] <[[lieke.bosman@gmail.com|E]]>", "{{woo@minjenv.nl|M}}",
              "donderdag 12 december 2024 21:48", "Woo-verzoek incidenten {{PI Vught|L}} en {{PI Zwolle|L}}"),
      ("p", "Geachte heer, mevrouw,"),
      ("p", "Op grond van de {{Wet open overheid|W}} verzoek ik u om openbaarmaking van alle documenten die betrekking "
            "hebben op:"),
      ("p", "1. incidenten van geweld tegen personeel in {{PI Vught|L}} en {{PI Zwolle|L}} in de periode 1 oktober tot "
            "en met 31 december 2024;<br/>2. de communicatie hierover tussen het {{Ministerie van Justitie en Veiligheid}} "
            "en de {{Dienst Justitiële Inrichtingen}};<br/>3. de beantwoording van de Kamervragen van het lid {{Mutluer|F}} "
            "({{2024Z18833|R}});<br/>4. de contacten met de {{Inspectie Justitie en Veiligheid|O}} hierover."),
      ("p", "Ik ben freelance journalist en werk aan een artikel voor de {{Volkskrant|O}} over de werkdruk in het "
            "gevangeniswezen. Ik stel het op prijs als de documenten digitaal worden verstrekt."),
      ("p", "Mijn gegevens:<br/>[[Lieke Bosman]]<br/>[[Oranjesingel 42|A]]<br/>[[6511 NV|A]] Nijmegen<br/>"
            "tel. [[06-55 12 43 98|T]]<br/>geboren [[30 juli 1989|D]] (voor de identificatie, indien nodig)"),
      ("p", "Met vriendelijke groet,<br/>[[Lieke Bosman]]"),
      ("sp", 4),
      mailhdr("{{woo@minjenv.nl|M}}", "[[lieke.bosman@gmail.com|E]]", "dinsdag 17 december 2024 09:30",
              "Ontvangstbevestiging Woo-verzoek - kenmerk {{6123487|R}}"),
      ("p", "Geachte mevrouw [[Bosman]], hierbij bevestigen wij de ontvangst van uw Woo-verzoek. Uw verzoek is "
            "geregistreerd onder kenmerk {{6123487|R}}. Behandelaar: [[A. Terpstra]]. U ontvangt binnen vier weken "
            "een besluit."),
  ])

# ------------------------------------------------------------------ cd33 feitenrelatie (docx -> LibreOffice)
D(id="cd33", producer="docx", docxfont="DejaVu Serif", size=10,
  title="Feitenrelatie incident PI Vught 3 november 2024", author="[[Ilse Dekker-Brouwer]]",
  blocks=[
      ("h", "Feitenrelatie ten behoeve van de staatssecretaris - incident {{PI Vught|L}} 3 november 2024"),
      ("p", "Opgesteld door {{DJI}} hoofdkantoor op {{4 november 2024|Y}}, 12:00 uur. Status: definitief. "
            "Kenmerk {{DJI-HK-FR-2024-088|R}}."),
      ("h", "Wat is er gebeurd?"),
      ("p", "Op zondag 3 november 2024 om 07:40 uur heeft een gedetineerde op unit C2 van {{PI Vught|L}} een "
            "medegedetineerde met een vuist in het gezicht geslagen. Het slachtoffer is behandeld door de medische "
            "dienst. Twee PIW'ers waren direct aanwezig; één van hen is na het incident uitgevallen."),
      ("h", "Betrokkenen (niet voor verdere verspreiding)"),
      ("t", [["Rol", "Naam", "Gegevens"],
             ["Gedetineerde (dader)", "[[Y. El Amrani]]", "reg.nr. [[1948273|N]], geb. [[14-03-1991|D]]"],
             ["Gedetineerde (slachtoffer)", "[[D.J. Vos]]", "reg.nr. [[2011548|N]], [[hemofiliepatiënt|H]]"],
             ["PIW'er (rapporteur)", "[[K. Winter]]", "ziekgemeld sinds 3-11"],
             ["PIW'er (getuige)", "[[S. Yıldırım]]", "-"],
             ["Unitmanager", "[[B. Steenbergen]]", "[[06 2375 9184|T]]"]]),
      ("h", "Maatregelen"),
      ("p", "De dader is in afzondering geplaatst (artikel {{51 Penitentiaire beginselenwet|W}}) en aangifte is gedaan. "
            "Bij een celinspectie is een zelfgemaakt steekwapen aangetroffen. Het slachtoffer is overgeplaatst naar "
            "unit B. Het {{Bedrijfsopvangteam|O}} is ingezet. De {{Inspectie Justitie en Veiligheid|O}} is geïnformeerd."),
      ("h", "Communicatie"),
      ("p", "Er is een filmpje op sociale media verschenen, vermoedelijk gemaakt met een gesmokkelde telefoon. Er is "
            "een persvraag van het {{Brabants Dagblad|O}}; het {{OM}} reageert. De staatssecretaris kan desgevraagd "
            "verwijzen naar de lopende maatregelen tegen smokkel uit de brief van {{16 april 2024|Y}}."),
      ("p", "Contact: [[Ilse Dekker-Brouwer]] ([[070 - 370 27 19|T]]) en {{crisiscentrum@dji.minjus.nl|M}}."),
  ])

# ------------------------------------------------------------------ cd34 verslag werkbezoek (docx -> LibreOffice)
D(id="cd34", producer="docx", docxfont="Liberation Serif", size=11,
  title="Verslag werkbezoek staatssecretaris PI Vught", author="[[Merel Oosterbeek-Haddou]]",
  blocks=[
      ("h", "Verslag werkbezoek staatssecretaris {{Coenradie|F}} aan {{PI Vught|L}} - {{5 december 2024|Y}}"),
      ("kv", [["Deelnemers", "Staatssecretaris {{Coenradie|F}}; burgemeester {{Van de Mortel|F}} ({{gemeente Vught|L}}); "
                             "[[F. Haverkamp]] (vestigingsdirecteur); [[B. Steenbergen]] (unitmanager C); "
                             "[[T. Vermeulen]] en [[M. Oosterbeek-Haddou]] ({{DSJ}}); {{Lisa Brouwers|F}} (woordvoering {{JenV|O}})"],
              ["Programma", "09:30 ontvangst; 10:00 rondgang unit C en {{PPC|O}}; 11:15 gesprek PIW'ers; 12:00 gesprek "
                            "{{Commissie van Toezicht|O}}; 12:45 pers"],
              ["Kenmerk", "{{DSJ-WB-2024-019|R}}"]]),
      ("h", "Rondgang"),
      ("p", "De staatssecretaris is rondgeleid door [[Steenbergen]] over unit C. Zij sprak kort met gedetineerden over "
            "het dagprogramma. Een gedetineerde, de heer [[Rinaldo Sabajo]], sprak haar aan over het bezoekverbod van "
            "zijn partner; de staatssecretaris heeft gezegd daarover niet te kunnen oordelen. In het {{PPC|O}} gaf "
            "psychiater [[dr. W. Haddou-Kramer|P|Haddou-Kramer]] uitleg over de zorg voor gedetineerden met een psychische stoornis."),
      ("h", "Gesprek met PIW'ers"),
      ("p", "Aan het gesprek namen zes PIW'ers deel, onder wie [[Sevda Yıldırım]], [[Romy Vlaskamp]] en [[Dennis Kerkhof]]. "
            "[[Kees Winter]] was er op eigen verzoek niet bij. De PIW'ers vertelden over de werkdruk, de agressie en het "
            "gevoel dat de politiek te weinig ziet wat er op de werkvloer gebeurt. [[Kerkhof]] vroeg om meer "
            "bodycams; [[Vlaskamp]] wees op het ziekteverzuim en de inzet van invallers van andere units."),
      ("p", "De staatssecretaris zegde toe dat zij de PIW'ers van unit C een brief zou sturen en dat het programma "
            "{{Werken in Justitiële Inrichtingen|X}} aandacht krijgt in het commissiedebat van {{29 januari 2025|Y}}."),
      ("h", "Gesprek Commissie van Toezicht"),
      ("p", "De voorzitter van de {{Commissie van Toezicht bij PI Vught|O}}, mr. [[T. Hazeleger]], meldde dat het aantal "
            "beklagzaken over afzondering is gestegen. Burgemeester {{Van de Mortel|F}} vroeg aandacht voor de "
            "overlast van drones boven de inrichting en de samenwerking met de politie."),
      ("h", "Pers"),
      ("p", "Na afloop stond de staatssecretaris het {{Brabants Dagblad|O}} en {{Omroep Brabant|O}} te woord. "
            "Woordvoerder {{Brouwers|F}} heeft de vragen vooraf afgestemd. Er zijn geen namen van medewerkers genoemd."),
      ("h", "Afspraken"),
      ("t", [["Wat", "Wie", "Wanneer"],
             ["Brief aan PIW'ers unit C", "[[TV|S]] / [[MOH|S]]", "december"],
             ["Pilot bodycams {{PI Vught|L}} uitwerken", "[[FH|S]]", "februari 2025"],
             ["Drones: overleg met {{gemeente Vught|L}} en politie", "[[JRR|S]]", "januari 2025"]]),
  ])
