"""Set BG documents bg13-bg23 (invented): ombudsman, wethouder, Teams, minutes, form, beslisnota."""
from lib import Doc

H, P, L, T, SP, PB = "h", "p", "l", "t", "sp", "pb"
DOCS = []

DOCS.append(Doc("bg13_klacht_ombudsman", "Klacht Nationale ombudsman", [
    (H, "Klachtformulier {{Nationale ombudsman}} (kopie ingediende klacht)"),
    (T, [["Veld", "Ingevuld"],
         ["Naam", "[[Wilhelmina Hendrika van der Molen-Brouwer]]"],
         ["Adres", "[[Reigerstraat 41|ADDRESS]], [[7921 GT Veenhoven|ADDRESS]]"],
         ["E-mail", "[[wil.vdmolen@ziggo.nl]]"],
         ["Telefoon", "[[0528-23 11 67]]"],
         ["Geboortedatum", "[[04-08-1958|DATE_OF_BIRTH]]"],
         ["Klacht over", "{{gemeente Veenhoven}}, beheer {{Algemene Begraafplaats Veenhoven}}"],
         ["Eerder geklaagd bij", "de gemeente, op 21 maart 2026 (interne klachtbehandeling, {{Awb|LAW}} hoofdstuk 9)"]]),
    (H, "Waarover gaat uw klacht?"),
    (P, "De gemeente heeft het graf van mijn ouders op de ruimingslijst gezet zonder mij als rechthebbende goed te informeren. "
        "De nota voor verlenging ging naar een oud adres. De beheerder, de heer [[R. ter Haar]], heeft mijn broer [[Gerrit-Jan Brouwer]] "
        "te woord gestaan alsof hij over het graf mocht beslissen. Een steenhouwer had al een offerte gemaakt om de steen weg te halen. "
        "Daarna is de steen bij werkzaamheden omgevallen. Niemand heeft mij gebeld; ik hoorde het van mijn buurvrouw [[Truus Hekman]]."),
    (P, "Ik wil dat de gemeente erkent dat dit niet goed is gegaan en dat het monument op kosten van de gemeente wordt hersteld. "
        "Ik heb door dit alles opnieuw [[slaapproblemen en angstklachten|HEALTH]] gekregen, waarvoor ik bij de huisarts ben geweest."),
    (L, "Ingediend via {{www.nationaleombudsman.nl|URL}} op 29 april 2026. Referentie ombudsman: {{2026.04118|REFERENCE}}"),
    (PB, None),
    (H, "Bijlage bij de klacht: tijdlijn (opgesteld door klaagster)"),
    (T, [["Datum", "Wat gebeurde er"],
         ["januari 2026", "Verhuisd van [[Meeuwenlaan 3|ADDRESS]] naar [[Reigerstraat 41|ADDRESS]]; adreswijziging bij de gemeente gedaan"],
         ["9 februari 2026", "Mijn broer [[Gerrit-Jan]] mailt de begraafplaats om het graf te ruimen (wist ik niet)"],
         ["12 maart 2026", "Steenhouwer [[Huisman]] stuurt mijn broer een offerte voor het weghalen van de steen"],
         ["20 maart 2026", "Buurvrouw [[Truus Hekman]] ziet het graf op de ruimingslijst bij de ingang staan"],
         ["21 maart 2026", "Ik schrijf de beheerder een brief"],
         ["8 april 2026", "Aan de balie krijg ik een formulier; de medewerkster ([[Lieke]]) is vriendelijk"],
         ["16 mei 2026", "De steen is omgevallen. Niemand belt mij. Mijn zwager [[Kees van der Molen]] ziet het toevallig"],
         ["29 april 2026", "Klacht bij de {{Nationale ombudsman}}"]]),
    (P, "Mijn huisarts, [[dokter Reinders]] in Veenhoven, kan bevestigen dat ik sinds maart meer klachten heb. Ik geef toestemming "
        "om mijn klacht met de gemeente te delen, maar niet met mijn broer."),
    (L, "Ondertekend: [[W.H. van der Molen-Brouwer]], [[wil.vdmolen@ziggo.nl]]"),
], producer="reportlab", font="Helvetica"))

DOCS.append(Doc("bg14_brief_ombudsman_aan_gemeente", "Brief Nationale ombudsman", [
    (L, "{{De Nationale ombudsman}}"), (L, "Postbus 93122, 2509 AC {{Den Haag|PLACE}} | {{0800 33 55 555|PHONE_GENERAL}}"), (SP, 6),
    (L, "Aan het college van burgemeester en wethouders van de {{gemeente Veenhoven}}"),
    (L, "t.a.v. de klachtcoördinator"), (SP, 4),
    (L, "Datum: 11 mei 2026"), (L, "Ons kenmerk: {{2026.04118|REFERENCE}}"), (L, "Behandeld door: [[mr. T. van 't Veer]]"),
    (L, "Onderwerp: klacht van [[mevrouw W.H. van der Molen-Brouwer]]"), (SP, 4),
    (P, "Geacht college,"),
    (P, "Wij hebben een klacht ontvangen van [[mevrouw Van der Molen-Brouwer]] te Veenhoven over de wijze waarop uw gemeente is "
        "omgegaan met het graf van haar ouders op de {{Algemene Begraafplaats Veenhoven}}. Omdat de klacht eerst intern is behandeld, "
        "maar mevrouw daarop geen inhoudelijke reactie heeft ontvangen, hebben wij besloten een interventie te doen."),
    (P, "Wij vragen u binnen drie weken te laten weten of u bereid bent in gesprek te gaan met verzoekster, en hoe u in het vervolg "
        "voorkomt dat iemand die geen rechthebbende is een ruiming in gang kan zetten. Wij wijzen u op de behoorlijkheidsnorm "
        "'goede informatieverstrekking' uit de {{Behoorlijkheidswijzer|ORG}}."),
    (P, "Heeft u vragen, neem dan contact op met [[de heer Van 't Veer]] via [[t.vantveer@nationaleombudsman.nl]] of "
        "[[070-356 35 91]]."),
    (P, "Hoogachtend,"), (SP, 6), (L, "[[mr. Thijs van 't Veer]]"), (L, "senior medewerker, team Gemeenten en Provincies"),
], producer="itext", font="Times-Roman", meta={"author": "Thijs van 't Veer"}))

DOCS.append(Doc("bg15_reactie_gemeente_aan_ombudsman", "Reactie gemeente aan Nationale ombudsman", [
    (L, "{{Gemeente Veenhoven}} | Postbus 20 | 7920 AA Veenhoven"), (SP, 6),
    (L, "{{De Nationale ombudsman}}"), (L, "t.a.v. [[de heer mr. T. van 't Veer]]"), (L, "Postbus 93122"), (L, "2509 AC Den Haag"), (SP, 4),
    (T, [["Uw kenmerk", "Ons kenmerk", "Datum"], ["{{2026.04118|REFERENCE}}", "{{Z/26/011902|REFERENCE}}", "29 mei 2026"]]),
    (L, "Onderwerp: interventie klacht graf {{C-112|REFERENCE}}"), (SP, 3),
    (P, "Geachte [[heer Van 't Veer]],"),
    (P, "In uw brief van 11 mei 2026 vraagt u ons te reageren op de klacht van [[mevrouw Van der Molen-Brouwer]]. Wij erkennen dat de "
        "verlengingsnota naar een oud adres is gestuurd, hoewel het nieuwe adres in de {{Basisregistratie Personen|ORG}} ({{BRP|ORG}}) bekend "
        "was. Onze grafadministratie was niet gekoppeld aan de {{BRP|ORG}}. Dat is inmiddels hersteld."),
    (P, "Het grafmonument is op 27 mei 2026 op onze kosten hersteld. Wethouder {{Marieke Stroeve|PUBLIC_OFFICIAL}} heeft mevrouw op 3 juni "
        "2026 uitgenodigd voor een gesprek. Wij hebben de werkinstructie aangepast: verzoeken tot ruiming van een eigen graf "
        "worden alleen nog in behandeling genomen als de rechthebbende ze ondertekent."),
    (P, "Hoogachtend,"), (L, "burgemeester en wethouders van Veenhoven,"), (L, "namens dezen,"), (SP, 7),
    (L, "[[drs. P.J. Vos]]"), (L, "afdelingshoofd {{Publiekszaken}}"),
    (L, "Contactpersoon: [[S. El Idrissi]], T [[0528-37 64 30]]"),
], producer="docx", font="Helvetica", meta={"docx_author": "Samira El Idrissi"}, hidden=[
    {"kind": "PERSON", "value": "Samira El Idrissi", "channel": "metadata", "probes": ["Samira El Idrissi"]}]))

DOCS.append(Doc("bg16_brief_wethouder", "Brief wethouder aan mevrouw Van der Molen-Brouwer", [
    (L, "{{Gemeente Veenhoven}}"), (L, "Wethouder {{M. Stroeve|PUBLIC_OFFICIAL}} (Openbare Ruimte, Begraafplaatsen en Financiën)"), (SP, 6),
    (L, "[[Mevrouw W.H. van der Molen-Brouwer]]"), (L, "[[Reigerstraat 41|ADDRESS]]"), (L, "[[7921 GT VEENHOVEN|ADDRESS]]"), (SP, 5),
    (L, "Veenhoven, 3 juni 2026"), (L, "Kenmerk: {{Z/26/011902|REFERENCE}}"), (SP, 3),
    (P, "Beste [[mevrouw Van der Molen]],"),
    (P, "Via de {{Nationale ombudsman}} heb ik kennisgenomen van uw klacht over het graf van uw ouders. Ik wil u allereerst mijn "
        "excuses aanbieden. Het is niet goed gegaan: u bent als rechthebbende niet tijdig en niet juist geïnformeerd, en uw broer is "
        "ten onrechte behandeld alsof hij over het graf kon beslissen."),
    (P, "Het monument is inmiddels op kosten van de gemeente hersteld door een erkende steenhouwer. Het grafrecht is verlengd tot "
        "14 maart 2046. Graag nodig ik u uit voor een gesprek op het gemeentehuis, {{Burgemeester Jansenplein|STREET}} 1, samen met uw zus "
        "als u dat wilt. Mijn secretariaat, [[Yvonne Lamberts]], neemt contact met u op om een afspraak te maken."),
    (P, "Met vriendelijke groet,"), (SP, 8),
    (L, "{{Marieke Stroeve|PUBLIC_OFFICIAL}}"), (L, "wethouder"),
], producer="word", font="DejaVuSerif"))

DOCS.append(Doc("bg17_teams_chat", "Teams chat Begraafzaken", [
    (H, "Chatexport {{Microsoft Teams|PRODUCT}} - kanaal Begraafzaken / algemeen"),
    (L, "Geëxporteerd 14-09-2026 door {{Woo-team|ORG}} voor {{WOO-2026-0031|REFERENCE}}"), (SP, 3),
] + [(L, x) for x in [
    "[14-04 08:52] [[Rutger ter Haar]]: morgen geen ruiming bij 112 hè, [[Samira]] zegt hard stop",
    "[14-04 08:53] [[Jannes Kuiper]]: ok. die steen staat echt scheef, wie is verantwoordelijk als die omvalt",
    "[14-04 08:55] [[Rutger ter Haar]]: formeel de rechthebbende. maar ik zou het lint laten staan",
    "[14-04 09:01] [[Lieke Hoogeveen]]: broer belde net wéér vanuit Zweden. ik heb gezegd dat hij moet mailen",
    "[14-04 09:02] [[Jannes Kuiper]]: die [[GJ]] is een lastige, [[Bram]] kent hem nog van vroeger",
    "[14-04 09:04] [[Bram Oosting]]: klopt. zat bij mij in de klas op de {{Willem Lodewijkschool|ORG}} haha",
    "[14-04 09:10] [[Lieke Hoogeveen]]: [[Rut]], kun jij [[Pieter-Jan]] even bijpraten voor het portefeuillehoudersoverleg?",
    "[14-04 09:12] [[Rutger ter Haar]]: doe ik. wethouder {{Stroeve|PUBLIC_OFFICIAL}} wil er donderdag over horen",
    "[27-05 13:40] [[Jannes Kuiper]]: steen 112 is terug, netjes gedaan door [[Derk]]",
    "[27-05 13:41] [[Lieke Hoogeveen]]: top ik stuur foto naar [[Samira]] voor het dossier",
    "[27-05 13:45] [[Bram Oosting]]: ik ben vrijdag ziek gemeld trouwens, [[rugklachten|HEALTH]]. [[Jan]] neemt de aula over",
    "[27-05 13:46] [[Rutger ter Haar]]: beterschap [[Bram]]. [[Jannes]], bel me op [[06-41 82 33 07]] als er iets is",
    "[28-05 08:02] [[Noor van den Akker]]: morgen 11u uitvaart in de aula, {{Dela|ORG}}. wie doet koffie?",
    "[28-05 08:05] [[Lieke Hoogeveen]]: ik [[Noor]]. en [[Jannes]] opent het hek om half 11",
    "[28-05 08:30] [[Jannes Kuiper]]:ok",
    "[02-06 15:12] [[Samira El Idrissi]]: Reminder: morgen gesprek wethouder met mevr. [[VdM]] om 10:00, kamer 2.14",
    "[02-06 15:14] [[Rutger ter Haar]]: staat in mijn agenda. neem ik het keuringsrapport mee?",
    "[02-06 15:15] [[Samira El Idrissi]]: ja graag, en de foto's van het herstel",
    "[02-06 15:20] [[Pieter-Jan Vos]]: ik schuif ook aan. [[Yvonne]] regelt de koffie bij de wethouder",
    "[03-06 11:02] [[Rutger ter Haar]]: gesprek goed verlopen. ze was blij met de excuses van wethouder {{Stroeve|PUBLIC_OFFICIAL}}",
    "[03-06 11:05] [[Lieke Hoogeveen]]: fijn! ik zet het in {{Key2Begraven|PRODUCT}} bij de aantekeningen",
    "[03-06 11:10] [[Samira El Idrissi]]: dan kan ik de ombudsman laten weten dat de interventie klaar is",
    "[10-06 09:00] [[Bram Oosting]]: ben weer terug. rug gaat beter",
    "[10-06 09:03] [[Jannes Kuiper]]: welkom terug [[Brammetje]]",
    "[10-06 09:04] [[Rutger ter Haar]]: welkom. vak K bordjes voor ruiming oktober plaatsen deze week aub",
    "[10-06 09:30] [[Bram Oosting]]: komt goed. lijst ligt bij [[Lieke]]?",
    "[10-06 09:31] [[Lieke Hoogeveen]]: ligt in het postvak, grafnummers {{K-201|REFERENCE}} t/m {{K-219|REFERENCE}}",
    "[11-09 16:40] [[Fenna de Wit-Kramer]]: Hoi allen, voor het Woo-verzoek exporteer ik dit kanaal. Graag niets verwijderen.",
]], producer="teams", font="DejaVuSans", size=9.5))

DOCS.append(Doc("bg18_verslag_overleg_begraafzaken", "Verslag werkoverleg Begraafzaken", [
    (H, "Verslag werkoverleg Begraafzaken - 16 april 2026"),
    (L, "Locatie: aula {{Algemene Begraafplaats Veenhoven}}, {{Kerkhoflaan|STREET}} 2"), (SP, 3),
    (T, [["Naam", "Functie", "Aanwezig"],
         ["[[Rutger ter Haar]]", "beheerder begraafplaatsen (voorzitter)", "ja"],
         ["[[Lieke Hoogeveen]]", "medewerker begraafplaatsadministratie (verslag)", "ja"],
         ["[[Jannes Kuiper]]", "grafdelver / terreinbeheerder", "ja"],
         ["[[Bram Oosting]]", "grafdelver", "nee (afgemeld)"],
         ["[[Samira El Idrissi]]", "juridisch adviseur", "ja, punt 2"],
         ["[[Kees-Jan Wiersma]]", "{{Omgevingsdienst Drenthe-Overijssel|ORG}}, adviseur bodem", "ja, punt 4"]]),
    (H, "1. Mededelingen"),
    (P, "De ruimingen in vak C zijn uitgesteld tot na de zomer, behalve {{C-116|REFERENCE}} (algemeen graf). Het nieuwe {{Key2Begraven|PRODUCT}}-"
        "koppelvlak met de {{BRP|ORG}} gaat in juni live."),
    (H, "2. Geschil graf C-112"),
    (P, "[[Samira]] licht toe: alleen de rechthebbende beslist. De broer krijgt een brief. [[Jannes]] meldt dat de steen scheef staat."),
    (H, "3. Steenhouwers"),
    (P, "Afspraak: steenhouwers voeren op gemeentelijke begraafplaatsen alleen werk uit met een vergunning van de beheerder "
        "(artikel 31 {{Beheersverordening begraafplaatsen Veenhoven 2019|LAW}}). [[Huisman]] wordt hierop aangesproken."),
    (H, "4. Bodemonderzoek uitbreiding"),
    (P, "De {{ODDO|ORG}} heeft geen bezwaar tegen de uitbreiding aan de noordzijde (grondwaterstand ruim voldoende)."),
    (H, "Actielijst"),
    (T, [["Nr", "Actie", "Wie", "Wanneer"],
         ["26-07", "Brief aan dhr. [[Brouwer]] over rechthebbende", "[[SEI]]", "24-04"],
         ["26-08", "Steen C-112 borgen, lint controleren", "[[JK]]", "wekelijks"],
         ["26-09", "Adrescontrole alle rechthebbenden vak C en D", "[[LH]]", "01-06"],
         ["26-10", "Gesprek met [[Huisman]] over werkwijze", "[[RtH]]", "30-04"]]),
], producer="aspose", font="Helvetica", size=9.5, meta={"author": "Hoogeveen, L."}, hidden=[
    {"kind": "PERSON", "value": "Hoogeveen, L.", "channel": "metadata", "probes": ["Hoogeveen, L."]}]))
