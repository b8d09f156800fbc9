"""Documents a01-a16 of set mixed36 (cyber incident at RvIG, Kamervragen, crisis team chats)."""
import people  # noqa: F401  (registers the invented people)

H = lambda t: ("h", t)          # noqa: E731
H2 = lambda t: ("h2", t)        # noqa: E731
P = lambda t: ("p", t)          # noqa: E731
S = lambda t: ("small", t)      # noqa: E731
PRE = lambda t: ("pre", t)      # noqa: E731
T = lambda rows, w=None: ("table", rows, w)  # noqa: E731
PB = ("pb",)

MOTIV = [H2("Informatie die niet openbaar gemaakt kan worden"),
         P("Motivering: n.v.t. (in te vullen bij openbaarmaking)")]

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="a01_concept_antwoorden_kamervragen.pdf", producer="docx",
  title="Concept antwoorden Kamervragen cyberincident RvIG",
  hidden=dict(meta={"Author": "«p:mg.full»", "Subject": "Kamervragen «k:CASE:2026Z03318»",
                    "Keywords": "cyberincident; RvIG; «p:jb.par»"}),
  blocks=[
  H("Antwoorden op vragen van het lid Veldhuizen-Aydın (GroenLinks-PvdA) over het cyberincident bij de RvIG"),
  P("Kenmerk: «k:CASE:2026-0000148872» | Datum: 9 maart 2026 | CONCEPT v0.4 – niet verspreiden"),
  P("Vragen van het lid «k:OFFICE:Veldhuizen-Aydın» (GroenLinks-PvdA) aan de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties over het cyberincident bij de «k:ORG:Rijksdienst voor Identiteitsgegevens» (ingezonden 24 februari 2026, «k:CASE:2026Z03318»)."),
  H2("Vraag 1"),
  P("Bent u bekend met het bericht ‘Hackers bij beheerder paspoortgegevens: burgers niet geïnformeerd’ (NOS, 23 februari 2026)?"),
  H2("Antwoord 1"),
  P("Ja. [Opm. «p:mg.par»: bron nog checken bij «p:sk.first», zij had het NOS-artikel met de quote van «p:j1.full».]"),
  H2("Vraag 2"),
  P("Kunt u aangeven wanneer de «k:ORG:RvIG» het incident heeft ontdekt en wanneer het «k:ORG:Nationaal Cyber Security Centrum» is ingelicht?"),
  H2("Antwoord 2"),
  P("Het «k:TERM:Security Operations Center» van de «k:ORG:RvIG» signaleerde op 17 februari 2026 om 02.40 uur afwijkend verkeer op een beheerserver. Het «k:ORG:NCSC» is dezelfde ochtend geïnformeerd via het meldpunt. Volgens het «k:TERM:Incident Response»-protocol is direct een crisisteam ingericht onder leiding van de directeur «k:ORG:RvIG»."),
  P("[Opm. «p:jb.par»: tijdstip 02.40 klopt niet met logboek van «p:yd.last» (daar 02.51). Graag afstemmen met «p:ko.ini» voordat dit naar de stas gaat. – «p:mg.par»: akkoord, ik bel «p:ko.first» morgen.]"),
  H2("Vraag 3"),
  P("Zijn er persoonsgegevens van burgers buitgemaakt? Zo ja, hoeveel en welke?"),
  H2("Antwoord 3"),
  P("Uit het forensisch onderzoek blijkt dat er geen gegevens uit de «k:ORG:Basisregistratie Personen» zijn gekopieerd. Wel is een bestand met contactgegevens van circa 1.400 medewerkers van gemeenten ingezien. De betrokken gemeenten zijn op 20 februari 2026 geïnformeerd; de «k:ORG:Autoriteit Persoonsgegevens» heeft op 18 februari een melding ontvangen (meldnummer «k:CASE:M-2026-004417»)."),
  P("[Opm. «p:fi.full»: ‘circa 1.400’ is de telling van «p:km.ttl» (RvIG) van vrijdag; de externe partij HexaGuard (contact: «p:x1.ini», «p:x1.mob») komt maandag met een definitief getal.]"),
  H2("Vraag 4"),
  P("Welke maatregelen neemt u om herhaling te voorkomen, en gaat u over op een «k:TERM:Zero Trust»-architectuur?"),
  H2("Antwoord 4"),
  P("De «k:ORG:RvIG» versnelt de invoering van multifactorauthenticatie voor alle beheeraccounts en werkt met «k:ORG:Logius» en het «k:ORG:NCSC» aan een «k:TERM:Zero Trust»-aanpak voor de koppelvlakken. Hiervoor is in 2026 «k:AMOUNT:€ 4,2 miljoen» beschikbaar uit het programma «k:PROG:Digitale Weerbaarheid Rijksdienst»."),
  P("Contactpersoon concept: «p:mg.full», beleidsmedewerker DGDOO, «p:mg.mob» | Meelezers: «p:jb.rev»; «p:dh.ini»; «p:kw.nick» (juridisch)"),
  S("Reacties graag vóór dinsdag 12.00 uur via de functionele mailbox «k:MAILBOX:kamervragen-dgdoo@minbzk.nl». Niet via Teams."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="a02_teams_chat_crisisteam.pdf", producer="html",
  title="Chat export - Crisisteam RvIG incident",
  blocks=[
  H("Microsoft Teams – chatexport ‘CT RvIG 17-02’"),
  P("Geëxporteerd op 24-02-2026 door «p:bw.acct» ten behoeve van Woo-verzoek «k:CASE:2026-WOO-0391». Kanaal: Crisisteam RvIG · Leden: 11"),
  PRE("""[17-02-2026 03:12] «p:yd.full»: SOC ziet lateral movement vanaf beheerserver BRP-KV-04. Ik zet de «k:TERM:Incident Response» procedure in gang
[17-02-2026 03:14] «p:yd.first»: ticket «k:CASE:INC0612448390» aangemaakt in TOPdesk
[17-02-2026 03:20] «p:ko.full»: ok. bel je mij als je meer weet? «p:ko.mob»
[17-02-2026 03:21] «p:yd.first»: 👍
[17-02-2026 06:45] «p:sk.full»: Goedemorgen. Ik heb «k:ORG:NCSC» gebeld, «p:rj.first» («p:rj.last») is piket. Hij belt terug
[17-02-2026 06:47] «p:sk.first»: DG is geïnformeerd. Stas nog niet, dat doet de SG om 8u
[17-02-2026 07:02] «p:jb.full»: Ik ben er om half 8. Kan iemand de bereikbaarheidslijst updaten? mijn nummer is nieuw: «p:jb.mob»
[17-02-2026 07:05] «p:kw.nick»: doe ik 👌
[17-02-2026 08:31] «p:rj.full» (Gast): NCSC stuurt een advies via «k:MAILBOX:cert@ncsc.nl». IOC's volgen
[17-02-2026 09:58] «p:sk.first»: [21:04 gisteren] was de laatste succesvolle back-up? «p:ok.first» kun jij dat checken
[17-02-2026 10:03] «p:ok.full»: ja, 16-02 21:04, integer. Restore-test loopt
[17-02-2026 10:04] «p:sk.first»: ok
[17-02-2026 11:40] «p:mg.full»: persvragen van «p:j1.full» (NOS) binnen, ik stem af met woordvoering. Woordvoerder is «k:OFFICE:Bram Tjoe-Awie», hij staat op de lijst
[17-02-2026 11:42] «p:sk.first»: prima, geen details over de aanvalsvector naar buiten
[17-02-2026 14:15] «p:km.ttl»: analyse bestand contactgegevens: ca 1400 records gemeentemedewerkers. Geen BRP-data
[17-02-2026 14:16] «p:jb.first»: 😬
[17-02-2026 14:17] «p:jb.first»: melding «k:ORG:Autoriteit Persoonsgegevens» binnen 72 uur, wie pakt dat
[17-02-2026 14:20] «p:pv.ttl»: Ik (FG-office). Heb wel de ticketnummers nodig
[17-02-2026 14:21] «p:yd.first»: «k:CASE:INC0612448390» en «k:CASE:INC0612448417»
[17-02-2026 22:50] «p:sk.first»: morgen 07:30 CT via Teams, 09:00 fysiek Turfmarkt 147, zaal 6.12"""),
  S("Export bevat alleen berichten in het kanaal; privéchats vallen buiten de export. Systeem: Microsoft Teams (tenant minbzk), bewaartermijn 10 jaar."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="a03_whatsapp_hoogwater_limburg.pdf", producer="html",
  title="WhatsApp Chat met Hoogwater LB coördinatie",
  blocks=[
  H("WhatsApp-chat ‘Hoogwater LB coördinatie’"),
  P("Export zonder media. Groep aangemaakt door «p:tf.mob» op 14-07-2026. Deelnemers: 9."),
  PRE("""14-07-2026 21:04 - «p:tf.mob»: Geul stijgt sneller dan KNMI-verwachting, «k:PLACE:Valkenburg» centrum loopt onder bij Grotestraat
14-07-2026 21:04 - «p:lc.full»: ok
14-07-2026 21:06 - ~«p:jb.first»: ik hoor het. «k:ORG:Landelijk Operationeel Coördinatiecentrum» al geïnformeerd?
14-07-2026 21:07 - «p:tf.nick»: LOCC is aangehaakt, «k:ORG:Defensie» staat stand-by met zandzakken
14-07-2026 21:15 - «p:gs.mob»: Waterschap: noodoverloop Roode Beek gaat open om 22:00. Burgers in Meerssen graag waarschuwen via NL-Alert
14-07-2026 21:16 - «p:lc.first»: NL-Alert gaat via «k:ORG:Veiligheidsregio Zuid-Limburg», niet via ons
14-07-2026 21:30 - ~«p:gs.first» ⚓: klopt. ik bel burgemeester «k:OFFICE:Prevoo» wel even
14-07-2026 21:31 - «p:rg.full»: RWS: Maas bij Sint Pieter 44,90 m NAP, piek verwacht do 06:00 🌊
14-07-2026 21:45 - ~«p:jb.first»: minister «k:OFFICE:Terpstra» wil om 23:00 een update. wie levert
14-07-2026 21:46 - «p:lc.first»: ik, via «k:MAILBOX:crisiscentrum@minbzk.nl»
14-07-2026 22:58 - «p:ev.full»: namens IenW: DG Water komt morgen naar het ROT in Maastricht
15-07-2026 00:12 - «p:tf.mob»: Evacuatie verpleeghuis Oud-Valkenburg afgerond, 38 bewoners naar Heerlen 🙏
15-07-2026 00:14 - «p:c4.mob»: Sorry verkeerde groep!! Mijn kelder in de Berkelstraat staat vol, wie kan ik bellen?
15-07-2026 00:15 - «p:lc.first»: mevrouw, belt u «k:SERVICE_NO:0800-1351» of de gemeente via «k:SERVICE_NO:14 043». Ik verwijder u uit de groep
15-07-2026 00:15 - «p:lc.first» heeft «p:c4.mob» verwijderd
15-07-2026 06:40 - «p:gs.first»: piek Geul gehaald, daalt. Commissaris van de Koning «k:OFFICE:Emile Roemer» is om 10:00 ter plaatse"""),
  S("Telefoonnummers zonder contactnaam zijn door WhatsApp als afzender getoond. ‘~’ = naam uit het profiel van de afzender."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="a04_signal_export_ct.pdf", producer="rl",
  title="Signal export CT-kern",
  hidden=dict(outline=[("Signal export (opgevraagd door «p:bw.full»)", 0)]),
  footer="Signal Desktop export · gegenereerd 25-02-2026 · vertrouwelijk",
  blocks=[
  H("Signal – groep ‘CT-kern (niet-Rijks)’"),
  P("Reden gebruik Signal: Teams en Outlook waren op 17 en 18 februari 2026 voor beheerders van de «k:ORG:RvIG» tijdelijk niet vertrouwd. Export door «p:sk.full» op verzoek van de Woo-coördinator."),
  ("mono", """[17-02 04:02] «p:yd.mob»: Ben jij wakker
[17-02 04:02] «p:ko.first»: ja
[17-02 04:03] «p:yd.mob»: we moeten de AD-koppeling eruit trekken. account «p:yd.acct» is ook geraakt
[17-02 04:05] «p:ko.first»: doen. ik meld het aan «p:sk.first»
[17-02 04:31] «p:sk.first»: ok. Ik wil «p:x2.full» van «r:TRADE:Ramsaran Security» erbij, zij deed de pentest vorig jaar
[17-02 04:33] «p:x2.mob»: Ik ben er. Stuur me de hashes via de beveiligde omgeving, niet hier
[17-02 05:10] «p:ko.first»: @«p:yd.first» wat is de scope
[17-02 05:12] «p:yd.first»: 3 servers, 1 serviceaccount (svc-brp-sync), en «p:ma.full» zijn werkplek (hij heeft phishing mail geopend vrijdag)
[17-02 05:13] «p:sk.first»: naam van «p:ma.last» NIET in verslag svp, privacy
[17-02 05:14] «p:yd.first»: ok sorry
[17-02 07:58] «p:sk.nick» 🇳🇱: SG is geïnformeerd, stas «k:OFFICE:Ramkisoen» om 9:30
[17-02 09:40] «p:ko.first»: RvIG servicenummer «k:SERVICE_NO:088 900 1000» moet een keuzemenu-bericht krijgen
[18-02 23:59] «p:yd.first»: restore klaar ✅ «k:TERM:Endpoint Detection and Response» draait op alle 212 endpoints"""),
  P("Einde export. Berichten met bijlagen (7) zijn niet meegenomen."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="a05_outlook_thread_doorgestuurd.pdf", producer="html",
  title="FW: FW: RE: Kamervragen cyberincident - aanlevering RvIG",
  blocks=[
  H("FW: FW: RE: Kamervragen cyberincident – aanlevering RvIG"),
  PRE("""Van: «p:dh.rev»
Verzonden: woensdag 4 maart 2026 16:22
Aan: «p:mg.rev» <«p:mg.email»>; «p:hp.rev» <«p:hp.email»>
CC: «k:MAILBOX:kamervragen-dgdoo@minbzk.nl»
Onderwerp: FW: FW: RE: Kamervragen cyberincident - aanlevering RvIG"""),
  P("Ter info, zie onderaan de feitelijke aanlevering van de «k:ORG:RvIG». «p:mg.first», wil jij dit verwerken in v0.5?"),
  P("Groet,\n«p:dh.first»\n\n«p:dh.ini» | Coördinator Kamerstukken | «k:ORG:DG Digitalisering en Overheidsorganisatie»\nT «p:dh.tel» | «k:ORG:Ministerie van Binnenlandse Zaken en Koninkrijksrelaties» | Turfmarkt 147, Den Haag"),
  PRE("""From: «p:kw.rev» <«p:kw.email»>
Sent: Wednesday, 4 March 2026 14:03
To: «p:dh.rev» <«p:dh.email»>
Cc: «p:jb.rev»
Subject: FW: RE: Kamervragen cyberincident - aanlevering RvIG"""),
  P("Hi «p:dh.first», forwarding as promised. Legal has no objections to answer 3, provided we do not name the supplier. Best, «p:kw.nick»"),
  PRE("""Van: «p:ko.full» namens «k:MAILBOX:directie-rvig@rvig.nl»
Verzonden: dinsdag 3 maart 2026 10:14
Aan: «p:kw.email»; «p:jb.email»
CC: «p:km.rev»; «p:ok.rev»; «p:pv.rev»
Onderwerp: RE: Kamervragen cyberincident - aanlevering RvIG"""),
  P("Beste «p:kw.first» en «p:jb.first»,"),
  P("Hierbij de feitelijke aanlevering. Aantallen zijn gecontroleerd door «p:km.ttl». Het «k:TERM:Security Operations Center» heeft de alarmering om 02:51 uur gelogd (niet 02:40). Het «k:ORG:NCSC» is om 07:05 formeel geïnformeerd."),
  P("Met vriendelijke groet,\n«p:ko.ttl»\nAfdelingshoofd Informatiebeveiliging\n«k:ORG:Rijksdienst voor Identiteitsgegevens»\nM «p:ko.mob» | T «p:ko.tel»\nAlgemeen: «k:SERVICE_NO:088 900 1000»"),
  PRE("""On Tue, 3 Mar 2026 at 08:47, «p:jb.full» <«p:jb.email»> wrote:
> «p:ko.first», kun je vandaag de tijdlijn bevestigen? De stas wil de antwoorden
> donderdag tekenen. Staatssecretaris «k:OFFICE:Ramkisoen» heeft gevraagd om
> expliciet in te gaan op «k:TERM:Zero Trust».
> Dank! «p:jb.par»"""),
  S("Dit bericht kan informatie bevatten die niet voor u is bestemd. Ministerie van BZK – www.rijksoverheid.nl"),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="a06_mailwisseling_bonaire_brp.pdf", producer="docx",
  title="RE: Fwd: Aansluiting PIVA-V op BRP na incident",
  hidden=dict(meta={"Author": "«p:sc.full»", "Subject": "PIVA-V Caribisch Nederland"}),
  blocks=[
  H("RE: Fwd: Aansluiting PIVA-V op BRP na incident"),
  PRE("""Van: «p:sc.rev» <«p:sc.email»>
Verzonden: vrijdag 6 maart 2026 09:31
Aan: «p:hk.rev»; «p:jm.rev» <«p:jm.email»>
CC: «k:MAILBOX:servicedesk@rvig.nl»
Onderwerp: RE: Fwd: Aansluiting PIVA-V op BRP na incident"""),
  P("Bon dia «p:hk.first», «p:jurgen.first»,".replace("«p:jurgen.first»", "«p:jm.first»")),
  P("Voor de openbare lichamen «k:PLACE:Bonaire», «k:PLACE:Sint Eustatius» en «k:PLACE:Saba» is de koppeling van «k:PRODUCT:PIVA-V» met de «k:ORG:RvIG» sinds 17 februari afgesloten. Burgerzaken op Kralendijk kan daardoor geen reisdocumenten aanvragen. «k:OFFICE:Gezaghebber Martis» heeft gisteren gebeld met de vraag wanneer het loket weer open kan; op Saba is hetzelfde gemeld door «p:gp.full» (Burgerzaken Saba, «p:gp.mob»)."),
  P("Masha danki,\n«p:sc.first»\n\n«p:sc.ini» | Senior adviseur I&A | «k:ORG:Rijksdienst Caribisch Nederland»\nKaya Internashonal z/n, Kralendijk | M «p:sc.mob» | Algemeen «k:SERVICE_NO:+599 715 8330»"),
  PRE("""From: «p:jm.full» <«p:jm.email»>
Sent: Thursday, March 5, 2026 6:12 PM
To: «p:hk.email»
Cc: «p:tw.email»; «p:mr.email»
Subject: Fwd: Aansluiting PIVA-V op BRP na incident"""),
  P("Dear «p:hk.first», forwarding the message from Statia below. «p:tw.first» reports that 23 residents are waiting for an emergency travel document, among whom a patient who must travel to Curaçao for treatment. Could the ministry grant an exception? Regards, «p:jm.ini»"),
  PRE("""---------- Forwarded message ---------
From: «p:tw.full» <«p:tw.email»>
Date: Thu, 5 Mar 2026 at 14:40
Subject: Aansluiting PIVA-V op BRP na incident
To: «p:jm.full» <«p:jm.email»>"""),
  P("Good afternoon «p:jm.first», the Civil Registry of «k:PLACE:Sint Eustatius» still has no connection. Government Commissioner's office asks for an update before Monday. Please call me on «p:tw.mob». Thanks, «p:tw.first»"),
  PRE("""Van: «p:hk.full»
Verzonden: vrijdag 6 maart 2026 11:05
Aan: «p:sc.rev»
CC: «p:jb.rev»; «p:yd.rev»
Onderwerp: RE: RE: Fwd: Aansluiting PIVA-V op BRP na incident"""),
  P("Dank «p:sc.first». De «k:ORG:RvIG» heeft toegezegd de koppeling voor «k:PLACE:Caribisch Nederland» als eerste te herstellen (verwacht 9 maart). Voor de spoedaanvraag uit «k:PLACE:Sint Eustatius» loopt een noodprocedure via de «k:ORG:Koninklijke Marechaussee». Staatssecretaris «k:OFFICE:Ramkisoen» is op de hoogte.\n\n«p:hk.first»\n\n«p:hk.ini» | Directie Koninkrijksrelaties | M «p:hk.mob»"),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="a07_verslag_crisisteam_20260218.pdf", producer="rl",
  title="Verslag crisisteam RvIG 18 februari 2026",
  footer="Verslag CT RvIG 18-02-2026 · Departementaal Vertrouwelijk · versie 1.0 · opsteller: secretariaat CT",
  hidden=dict(outline=[("Verslag CT 18-02 (notulist «p:aw.full»)", 0), ("Actielijst", 1)]),
  blocks=[
  H("Verslag crisisteam RvIG – woensdag 18 februari 2026, 09.00–10.30 uur"),
  P("Locatie: Turfmarkt 147, zaal 6.12 en via «k:PRODUCT:Microsoft Teams»"),
  H2("Aanwezig"),
  T([["Naam", "Functie / organisatie", "Paraaf"],
     ["«p:sk.ini»", "coördinator crisisteam, DGDOO", "«p:sk.par»"],
     ["«p:jb.full»", "plv. coördinator, DGDOO", "«p:jb.par»"],
     ["«p:mg.full»", "beleidsmedewerker Kamerstukken", "«p:mg.par»"],
     ["«p:ko.ttl»", "afdelingshoofd Informatiebeveiliging, «k:ORG:RvIG»", "«p:ko.par»"],
     ["«p:yd.full»", "teamleider «k:TERM:Security Operations Center», RvIG", "«p:yd.par»"],
     ["«p:rj.ttl»", "liaison «k:ORG:NCSC»", "«p:rj.par»"],
     ["«p:wz.full»", "security officer «k:ORG:Logius»", "«p:wz.par»"],
     ["«p:aw.full»", "notulist", "«p:aw.par»"]], [4, 7, 1.5]),
  P("Afwezig met bericht: «p:pv.ttl» (FG-office), «p:dh.ini»."),
  H2("1. Opening en stand van zaken"),
  P("«p:sk.par» opent. Het «k:TERM:Incident Response»-team van de «k:ORG:RvIG» meldt dat de aanvaller via een phishingmail toegang kreeg tot één werkplek en van daaruit tot drie beheerservers. «p:yd.par» licht toe dat alle beheeraccounts zijn geblokkeerd en dat de «k:TERM:Endpoint Detection and Response»-dekking nu 100% is."),
  H2("2. Communicatie"),
  P("Er zijn vragen van de NOS («p:j1.last») en van de Volkskrant («p:j2.full»). Woordvoerder «k:OFFICE:Bram Tjoe-Awie» neemt deze. Lijn: geen details over de aanvalsvector. De staatssecretaris informeert de Kamer per brief vóór 27 februari."),
  H2("3. Caribisch Nederland"),
  P("De koppeling van de openbare lichamen is afgesloten. «p:jb.par» neemt contact op met de «k:ORG:Rijksdienst Caribisch Nederland»."),
  PB,
  H2("Actielijst"),
  T([["Nr.", "Actie", "Wie", "Gereed"],
     ["18-01", "Tijdlijn incident vastleggen voor Kamerbrief", "Actie: «p:yd.par»/«p:ko.par»", "20-02"],
     ["18-02", "Melding «k:ORG:Autoriteit Persoonsgegevens» afronden (meldnr. «k:CASE:M-2026-004417»)", "«p:pv.par»", "19-02"],
     ["18-03", "Afstemming NCSC over IOC-deling met gemeenten via «k:ORG:Informatiebeveiligingsdienst»", "«p:rj.par»", "19-02"],
     ["18-04", "Concept Kamerbrief", "«p:mg.par»/«p:jb.par»", "24-02"],
     ["18-05", "Contact RCN over PIVA-V", "Actie: «p:jb.par»", "19-02"],
     ["18-06", "Bereikbaarheidslijst actualiseren", "«p:aw.par»", "18-02"]], [1.2, 7, 2.5, 1.3]),
  P("Volgend overleg: donderdag 19 februari 2026, 08.30 uur (Teams)."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="a08_beslisnota_kamerbrief_cyberincident.pdf", producer="docx",
  title="Beslisnota Kamerbrief cyberincident RvIG",
  hidden=dict(meta={"Author": "«p:jb.acct»", "Keywords": "beslisnota; paraaf «p:ib.full»"}),
  blocks=[
  H("Beslisnota"),
  T([["Aan", "de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties"],
     ["Van", "«p:jb.ini», plv. coördinator crisisteam"],
     ["Datum", "23 februari 2026"],
     ["Kenmerk", "«k:CASE:2026-0000112734»"],
     ["Onderwerp", "Kamerbrief over het cyberincident bij de RvIG"],
     ["Contactpersoon", "«p:mg.full», T «p:mg.mob», «p:mg.email»"],
     ["Kopie aan", "SG, DGDOO, «k:MAILBOX:woordvoering@minbzk.nl»"]], [3, 10]),
  H2("Aanleiding"),
  P("Op 17 februari 2026 is een cyberincident vastgesteld bij de «k:ORG:Rijksdienst voor Identiteitsgegevens». U heeft toegezegd de Tweede Kamer binnen tien dagen te informeren (toezegging aan het lid «k:OFFICE:El Khatib» (D66) in het mondelinge vragenuur van 17 februari)."),
  H2("Geadviseerd besluit"),
  P("Aan de staatssecretaris wordt gevraagd de bijgevoegde Kamerbrief te ondertekenen en te verzenden."),
  H2("Kern"),
  P("De brief beschrijft het incident, de genomen maatregelen (blokkeren beheeraccounts, herstel van back-ups, invoering multifactorauthenticatie) en de versnelde «k:TERM:Zero Trust»-aanpak binnen het programma «k:PROG:Digitale Weerbaarheid Rijksdienst». Kosten 2026: «k:AMOUNT:€ 4,2 miljoen», te dekken binnen hoofdstuk VII."),
  H2("Krachtenveld"),
  P("Kamerlid «k:OFFICE:Stoffels» (BBB) heeft aangekondigd een debat aan te vragen. De «k:ORG:VNG» is kritisch over de late informatie aan gemeenten."),
  H2("Parafenlijst"),
  T([["Naam", "Functie", "Paraaf", "Datum", "Opmerking"],
     ["«p:jb.ini»", "plv. coördinator CT", "«p:jb.par»", "23-02", ""],
     ["«p:ib.full»", "MT-lid directie Digitale Overheid", "«p:ib.par»", "23-02", "akkoord, zie opm. over VNG"],
     ["«p:mh.ttl»", "directeur Digitale Samenleving", "«p:mh.par»", "24-02", "akkoord"],
     ["mr. K. «k:OFFICE:Doğan»", "DG Digitalisering en Overheidsorganisatie", "", "24-02", "akkoord (per mail)"],
     ["«p:fi.full»", "juridisch adviseur", "«p:fi.par»", "24-02", "Wbni-passage aangepast"],
     ["drs. H.J. van «k:OFFICE:Wieringen»", "secretaris-generaal", "", "", ""]], [3.5, 4.5, 1.5, 1.5, 4]),
  P("De namen van de DG en de SG staan openbaar op «k:ORG:Rijksoverheid.nl» (publieke functie)."),
  ] + MOTIV))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="a09_eu_working_party_report.pdf", producer="rl2",
  title="Report HWPCI meeting 10 March 2026",
  hidden=dict(notes=[(0, "«p:kw.full»", "Check with «p:st.full» whether the Dutch translation of para 2 is right; and ask «p:mh.ttl» for the line on NIS2.", [520, 780, 540, 800])]),
  footer="NL Permanent Representation · Report HWPCI 10-03-2026 · LIMITE-free summary · drafted by «p:kw.ini»",
  blocks=[
  H("Horizontal Working Party on Cyber Issues – report"),
  P("Meeting of 10 March 2026, Justus Lipsius building, Brussels. Chair: Presidency. Reporting officer: «p:kw.ini» (Permanent Representation of the Netherlands), with «p:ok.full» («k:ORG:RvIG») as technical expert."),
  H2("1. Information by delegations on recent incidents"),
  P("The Netherlands («p:kw.last») briefed on the incident at the «k:ORG:RvIG», stressing that no population register data had been exfiltrated. The delegation referred to the «k:LAW:NIS2 Directive» obligations and to the role of the «k:ORG:NCSC» as CSIRT. Germany («p:eu1.ini») asked whether the intrusion vector had been shared through the «k:ORG:CSIRTs Network»; «p:kw.last» confirmed that indicators had been shared on 19 February."),
  P("Poland («p:eu2.full») reported a comparable phishing campaign against municipal registry staff and offered to share its «k:TERM:Threat Intelligence» with the Dutch «k:TERM:Security Operations Center». The Commission («p:eu3.full», DG CNECT) welcomed the exchange and recalled the «k:PROG:Cyber Blueprint» exercise planned for June."),
  ("fb",),
  H2("2. Cyber Solidarity Act implementation"),
  P("The Commission presented the state of play of the «k:ORG:EU Cybersecurity Reserve». Sweden («p:eu4.ini») and the Netherlands supported a light reporting format. Commissioner «k:OFFICE:Virkkunen» is expected to present the evaluation in Q4."),
  H2("3. AOB"),
  P("The next meeting is set for 7 April 2026. The delegation will send written comments through «k:MAILBOX:hwpci@minbuza.nl» by 20 March."),
  H2("Assessment"),
  P("Dutch handling of the incident was well received. Contacts for follow-up: «p:eu1.email» (DE), «p:eu3.email» (COM). Action for The Hague: «p:ok.first» to provide the anonymised IOC list; «p:kw.nick» to draft the written comments. Comments on this report to «p:kw.email» or «p:kw.mob»."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="a10_agenda_export_ct.pdf", producer="html",
  title="Agenda - export 16-02-2026 t/m 20-02-2026",
  blocks=[
  H("Agenda-export – «p:sk.full» (gedelegeerd beheer: «p:aw.full»)"),
  P("Periode: maandag 16 februari t/m vrijdag 20 februari 2026 · Bron: Outlook · Tijdzone: (UTC+01:00) Amsterdam"),
  T([["Datum", "Tijd", "Onderwerp", "Locatie", "Deelnemers"],
     ["ma 16-02", "10:00–11:00", "Bila «p:mh.ttl» / «p:sk.first»", "Kamer 6.04", "«p:mh.email»"],
     ["ma 16-02", "14:00–15:30", "Voorbereiding «k:PROG:Werkagenda Waardengedreven Digitaliseren»", "Teams", "«p:ib.rev»; «p:hp.rev»; «p:tj.rev»"],
     ["di 17-02", "07:30–08:00", "CT RvIG (spoed)", "Microsoft Teams-vergadering", "«p:jb.email»; «p:ko.email»; «p:yd.email»; «p:rj.email»"],
     ["di 17-02", "09:30–10:00", "Briefing staatssecretaris «k:OFFICE:Ramkisoen»", "Bewindspersonenkamer", "SG; DGDOO; «p:jb.full»"],
     ["di 17-02", "12:00–12:30", "Tandarts (privé)", "", ""],
     ["wo 18-02", "09:00–10:30", "Crisisteam RvIG", "Turfmarkt 147, zaal 6.12", "zie uitnodiging, notulist «p:aw.first»"],
     ["wo 18-02", "16:00–16:45", "Gesprek «k:ORG:NCSC» – «k:TERM:Threat Intelligence» gemeenten", "Wilhelmina van Pruisenweg 52", "«p:rj.full»; «p:wz.full»"],
     ["do 19-02", "08:30–09:00", "CT RvIG", "Teams", "vaste kern"],
     ["do 19-02", "13:00–14:00", "Overleg «k:ORG:VNG» / «k:ORG:NVVB» over meldplicht", "Nassaulaan 12", "«p:dhl.full»; «p:dhl.mob»"],
     ["vr 20-02", "11:00–12:00", "Sollicitatiegesprek vacature CISO (kandidaat: «p:x1.full»)", "Kamer 6.04", "«p:ib.first»; «p:hk.first»"],
     ["vr 20-02", "15:00–15:30", "Afscheid «p:tj.first» (borrel)", "Atrium", ""]],
    [1.4, 1.6, 4.5, 2.6, 4]),
  S("Privé-afspraken zijn in de export zichtbaar als titel. Gedelegeerde toegang is verleend aan «p:aw.email»."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="a11_inventarislijst_woo_besluit.pdf", producer="rl",
  title="Inventarislijst Woo-besluit 2026-WOO-0391",
  footer="Bijlage 1 bij besluit op Woo-verzoek 2026-WOO-0391 · Ministerie van BZK",
  hidden=dict(meta={"Author": "«p:bw.full»", "Subject": "Woo-verzoek van «p:j2.full»"}),
  blocks=[
  H("Inventarislijst – Woo-verzoek «k:CASE:2026-WOO-0391» (cyberincident RvIG)"),
  P("Verzoeker: journalist, bekend bij de afdeling Woo. Beoordeling door «p:bw.ini» en «p:lb.ini». Gronden: «k:GROUND:5.1.2e» (persoonlijke levenssfeer), «k:GROUND:5.1.2h» (beveiliging), «k:GROUND:5.2.1» (persoonlijke beleidsopvattingen)."),
  T([["ID", "Document", "Datum", "Beoordeling", "Grond", "Toelichting"],
     ["«k:CASE:0391-001»", "Chatexport Teams CT RvIG", "17-02-2026", "deels openbaar", "5.1.2e, 5.1.2h", "namen medewerkers RvIG en NCSC gelakt"],
     ["«k:CASE:0391-002»", "Signal-export CT-kern", "17-02-2026", "deels openbaar", "5.1.2e", "telefoonnummers gelakt"],
     ["«k:CASE:0391-003»", "Verslag CT 18 februari", "18-02-2026", "deels openbaar", "5.1.2e, 5.2.1", "notulist «p:aw.full» gelakt"],
     ["«k:CASE:0391-004»", "Beslisnota Kamerbrief", "23-02-2026", "deels openbaar", "5.1.2e", "eerder openbaar: «k:CASE:Kamerstuk 26643, nr. 1421»"],
     ["«k:CASE:0391-005»", "E-mail «p:ko.full» aan «p:kw.full», aanlevering RvIG", "03-03-2026", "deels openbaar", "5.1.2e", "duplicaat van 0391-007"],
     ["«k:CASE:0391-006»", "Rapport HexaGuard forensisch onderzoek", "02-03-2026", "niet openbaar", "5.1.2h, 5.1.1c", "beveiligingsdetails"],
     ["«k:CASE:0391-007»", "E-mailwisseling Kamervragen", "04-03-2026", "deels openbaar", "5.1.2e", ""],
     ["«k:CASE:0391-008»", "Agenda-export coördinator CT", "20-02-2026", "deels openbaar", "5.1.2e", "privé-afspraken gelakt"],
     ["«k:CASE:0391-009»", "Sms-bericht «p:yd.mob» aan coördinator", "17-02-2026", "deels openbaar", "5.1.2e", "afzendernummer gelakt"],
     ["«k:CASE:0391-010»", "Concept antwoorden Kamervragen v0.4", "09-03-2026", "openbaar", "–", "interne opmerkingen: zie 5.2.1"]],
    [2.1, 4.3, 2.3, 2.4, 2.1, 4]),
  P("Tweede lezing: «p:hp.full» en «p:st.full». Zienswijze gevraagd aan «p:ko.ini» (RvIG) en «p:rj.ini» (NCSC) in verband met derdenbelangen; beide zijn akkoord per mail van 30 maart 2026 («p:ko.email», «p:rj.email»)."),
  P("Zaaknummer DIV: «k:CASE:ZK26-011873». Behandelend jurist: «p:lb.full» («p:lb.email»). Bezwaar kan worden gemaakt binnen zes weken."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="a12_brief_openbaar_lichaam_saba.pdf", producer="docx",
  title="Brief aan het bestuurscollege van Saba",
  hidden=dict(meta={"Author": "«p:hk.acct»".replace("«p:hk.acct»", "«p:hk.full»")}),
  blocks=[
  P("Aan het bestuurscollege van het openbaar lichaam «k:PLACE:Saba»\nt.a.v. gezaghebber «k:OFFICE:Jonathan Hassell»\nThe Bottom, Saba"),
  P("Datum: 11 maart 2026\nKenmerk: «k:CASE:2026-0000160041»\nBetreft: herstel aansluiting reisdocumenten na cyberincident"),
  P("Geachte heer «k:OFFICE:Hassell»,"),
  P("Naar aanleiding van uw brief van 2 maart 2026 en het telefonisch overleg tussen uw eilandsecretaris en mijn medewerker «p:hk.full» bericht ik u als volgt. Sinds 9 maart 2026 is de koppeling tussen het systeem «k:PRODUCT:PIVA-V» en de «k:ORG:RvIG» voor de openbare lichamen hersteld. De achterstand van 41 aanvragen op «k:PLACE:Saba» wordt met voorrang afgehandeld."),
  P("Voor de inwoner die in uw brief wordt genoemd (mevrouw «p:gp.last» verwees mij naar haar dossier) is op 6 maart een nooddocument verstrekt via de «k:ORG:Koninklijke Marechaussee». Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd."),
  P("De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,\n\n\n«k:OFFICE:R. Ramkisoen»"),
  P("Afschrift aan: «p:jm.full» («k:ORG:Rijksdienst Caribisch Nederland»), «p:gp.full» (Burgerzaken Saba)."),
  S("Contactpersoon: «p:hk.full» | Directie Koninkrijksrelaties | «p:hk.mob» | «p:hk.email» · Postbus 20011, 2500 EA Den Haag · «k:SERVICE_NO:070 426 6426»"),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="a13_scan_schadeformulier_valkenburg.pdf", producer="scan_img",
  title="scan",
  blocks=[
  H("Aanvraagformulier tegemoetkoming schade Wts"),
  P("Regeling tegemoetkoming schade bij rampen – hoogwater Limburg juli 2026"),
  T([["1. Gegevens aanvrager", ""],
     ["Naam", "«p:c1.ini»"],
     ["Burgerservicenummer", "«p:c1.bsn»"],
     ["Adres", "«p:c1.addr»"],
     ["Postcode en plaats", "«p:c1.pc» Valkenburg aan de Geul"],
     ["Telefoon", "«p:c1.mob»"],
     ["IBAN", "«p:c1.iban»"],
     ["2. Schade", ""],
     ["Omschrijving", "Kelder en begane grond onder water, cv-ketel en keuken verloren"],
     ["Geschat bedrag", "€ 18.450"],
     ["3. Ondertekening", ""],
     ["Datum", "21 juli 2026"],
     ["Handtekening", "W. «p:c1.last»"]], [5, 10]),
  P("In te sturen naar «k:ORG:RVO» / Team Wts, Postbus 93144, 2509 AC Den Haag."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="a14_scan_geheimhoudingsverklaring.pdf", producer="scan_ocr",
  title="scan",
  blocks=[
  H("Geheimhoudingsverklaring externe deskundige"),
  P("Ondergetekende,"),
  T([["Naam", "«p:x1.full»"],
     ["Organisatie", "HexaGuard B.V., Den Haag"],
     ["Functie", "Lead «k:TERM:Incident Response»"],
     ["Privéadres", "«p:x1.addr», «p:x1.pc» Den Haag"],
     ["Mobiel", "«p:x1.mob»"],
     ["E-mail", "«p:x1.email»"]], [4, 10]),
  P("verklaart dat hij alle informatie die hem in het kader van het onderzoek naar het cyberincident bij de «k:ORG:Rijksdienst voor Identiteitsgegevens» ter kennis komt, geheim zal houden, ook na afloop van de opdracht (zaak «k:CASE:RvIG-SEC-2026-017»)."),
  P("Aldus getekend te Den Haag op 17 februari 2026."),
  P("Handtekening deskundige: B. «p:x1.last»\n\nNamens de «k:ORG:RvIG»: «p:ko.ini», afdelingshoofd Informatiebeveiliging"),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="a15_scan_presentielijst_rot.pdf", producer="scan_img",
  title="scan",
  blocks=[
  H("PRESENTIELIJST ROT ZUID-LIMBURG"),
  P("Datum: 15 juli 2026 · Locatie: Meldkamer Maastricht · Incident: hoogwater Geul en Maas"),
  T([["NAAM", "ORGANISATIE", "TELEFOON"],
     ["«p:lc.caps»", "VRZL", "«p:lc.mob»"],
     ["«p:tf.caps»", "VRZL", "«p:tf.mob»"],
     ["«p:gs.caps»", "WATERSCHAP LIMBURG", "«p:gs.mob»"],
     ["«p:rg.caps»", "RIJKSWATERSTAAT", "«p:rg.mob»"],
     ["«p:ev.caps»", "MINISTERIE IENW", "«p:ev.mob»"],
     ["«p:nr.caps»", "MINISTERIE IENW", "«p:nr.mob»"]], [5, 5, 4]),
  P("Voorzitter: burgemeester Annemarie Penn-te Strake (Maastricht)"),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="a16_scan_brief_bewoner_meerssen.pdf", producer="scan_ocr",
  title="scan",
  blocks=[
  P("«p:c3.ini»\n«p:c3.addr»\n«p:c3.pc» Valkenburg aan de Geul\n«p:c3.tel» / «p:c3.email»"),
  P("Aan de minister van Infrastructuur en Waterstaat\nPostbus 20901\n2500 EX Den Haag"),
  P("Valkenburg, 28 juli 2026"),
  P("Betreft: schade hoogwater en bereikbaarheid Rijkswaterstaat"),
  P("Geachte minister «k:OFFICE:Terpstra»,"),
  P("Voor de tweede keer in vijf jaar is mijn huis aan de Plenkertstraat overstroomd. Op 15 juli heb ik twaalf keer gebeld met «k:ORG:Rijkswaterstaat» en het «k:ORG:Waterschap Limburg»; niemand nam op. Een medewerker van het waterschap, de heer «p:gs.full», heeft mij later teruggebeld en was zeer behulpzaam. Toch vraag ik u: waarom werd de noodoverloop pas om 22.00 uur geopend?"),
  P("Mijn aanvraag voor een tegemoetkoming (referentie «k:CASE:WTS-2026-LB-08812») is nog niet behandeld. Mijn rekeningnummer is «p:c3.iban», mijn burgerservicenummer «p:c3.bsn»."),
  P("Hoogachtend,\n\n«p:c3.ini»"),
  ]))
