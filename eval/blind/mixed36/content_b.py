"""Documents b17-b32 of set mixed36 (incident logs, hoogwater Limburg, HR, hidden channels)."""
import people  # noqa: F401
from content_a import H, H2, P, S, PRE, T, PB, MOTIV
from people import bsn, iban

DOCS = []

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b17_sitrep_cyberincident.pdf", producer="rl",
  title="SITREP 4 cyberincident RvIG",
  hidden=dict(meta={"Author": "«p:bw.acct»"}),
  footer="SITREP 4 · TLP:AMBER · opgesteld door «p:yd.ini» · gecontroleerd «p:ko.par»",
  blocks=[
  H("Situatierapport (SITREP) nr. 4 – cyberincident RvIG"),
  P("Peildatum: 19 februari 2026, 18:00 uur · Classificatie: TLP:AMBER · Verspreiding: crisisteam, «k:ORG:NCSC», «k:ORG:Logius»"),
  H2("1. Beeld"),
  P("Initial access via phishing (credential harvesting) op werkplek WP-RVIG-1187 van een medewerker van de afdeling Verstrekkingen. Daarna lateral movement naar drie beheerservers via een serviceaccount met te ruime rechten. Geen aanwijzingen voor exfiltratie van BRP-gegevens; wel is het bestand gemeentecontacten_2025.xlsx geopend."),
  H2("2. Getroffen accounts"),
  T([["Account", "Type", "Eigenaar", "Status"],
     ["svc-brp-sync", "serviceaccount", "team Koppelvlakken (functioneel)", "geblokkeerd, wachtwoord geroteerd"],
     ["«p:yd.acct»", "beheeraccount", "«p:yd.full»", "geblokkeerd 17-02 03:40, heruitgegeven met FIDO2"],
     ["«p:ma.acct»", "werkplekaccount", "«p:ma.ini» (afd. Verstrekkingen)", "gereset, werkplek opnieuw geïnstalleerd"],
     ["«p:ko.acct»", "beheeraccount", "«p:ko.ini»", "preventief gereset"]], [3, 2.5, 4, 5]),
  H2("3. Maatregelen"),
  P("Het «k:TERM:Security Operations Center» heeft 214 «k:TERM:Indicators of Compromise» gedeeld met het «k:ORG:NCSC», dat deze via de «k:ORG:Informatiebeveiligingsdienst» aan gemeenten heeft doorgezet. «k:TERM:Endpoint Detection and Response» is op alle endpoints actief. De leverancier HexaGuard (contact «p:x1.full») levert het forensisch rapport op 2 maart."),
  H2("4. Communicatie"),
  P("Persvragen: 27 (o.a. NOS, «p:j1.full»; Volkskrant, «p:j2.full»). Woordvoering via «k:MAILBOX:pers@minbzk.nl», piketnummer pers «k:SERVICE_NO:070 426 7474». De staatssecretaris beantwoordt Kamervragen van «k:OFFICE:Veldhuizen-Aydın» en «k:OFFICE:Stoffels»."),
  H2("5. Tickets"),
  P("Lopende tickets: «k:CASE:INC0612448390», «k:CASE:INC0612448417», «k:CASE:CHG0070113259». Het nummer van de externe hotline van HexaGuard is «k:SERVICE_NO:085 208 0800»."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b18_logboek_incident.pdf", producer="rl",
  title="Logboek CT RvIG",
  hidden=dict(notes=[(0, "«p:aw.full»", "Regel 03:40 nog checken met «p:yd.first» – tijd in SIEM wijkt af", [480, 700, 500, 720]),
                     (0, "«p:sk.par»", "Nummer van «p:x2.last» hier niet opnemen", [480, 600, 500, 620])]),
  blocks=[
  H("Logboek crisisteam RvIG (LCMS-uitdraai)"),
  P("Incident: «k:CASE:LCMS-2026-00417» · Logboekhouder: «p:aw.full» · Systeem: «k:PRODUCT:LCMS»"),
  T([["Tijd", "Bron", "Melding", "Door"],
     ["17-02 02:51", "SIEM", "Alarm ‘impossible travel’ op beheeraccount «p:yd.acct»", "SOC-dienst («p:yd.first»)"],
     ["17-02 03:12", "Teams", "Start «k:TERM:Incident Response» procedure, ticket «k:CASE:INC0612448390»", "«p:yd.full»"],
     ["17-02 03:40", "AD", "Beheeraccounts geblokkeerd", "«p:yd.par»"],
     ["17-02 04:31", "Signal", "Externe deskundige «p:x2.full» ingeschakeld (tel. «p:x2.mob»)", "«p:sk.full»"],
     ["17-02 06:45", "telefoon", "NCSC geïnformeerd via meldpunt «k:SERVICE_NO:070 751 5555»; piket «p:rj.ttl»", "«p:sk.par»"],
     ["17-02 07:05", "mail", "Formele melding aan «k:MAILBOX:cert@ncsc.nl»", "«p:ko.full»"],
     ["17-02 08:00", "telefoon", "SG geïnformeerd", "«p:jb.full»"],
     ["17-02 09:30", "briefing", "Staatssecretaris «k:OFFICE:Ramkisoen» geïnformeerd", "DG"],
     ["17-02 14:20", "Teams", "Melding AP voorbereid", "«p:pv.ini»"],
     ["18-02 00:10", "SOC", "«k:TERM:Endpoint Detection and Response» uitgerold op 212 endpoints", "«p:yd.par»"],
     ["18-02 23:59", "SOC", "Restore beheerservers gereed", "«p:ok.full»"]], [2.2, 1.8, 7.5, 3.5]),
  P("Telefoonnummer ticket «k:CASE:INC0612448390» is geen telefoonnummer maar een TOPdesk-incidentnummer."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b19_qa_woordvoering.pdf", producer="docx",
  title="Q&A woordvoering cyberincident",
  hidden=dict(meta={"Author": "«p:ao.full»", "Subject": "Q&A", "Keywords": "pers; «p:j1.last»; «p:j2.last»"}),
  blocks=[
  H("Q&A woordvoering – cyberincident RvIG (versie 3)"),
  P("Opgesteld door «p:ao.full» (Directie Communicatie), afgestemd met woordvoerder «k:OFFICE:Bram Tjoe-Awie» en «p:sk.ini». Alleen voor intern gebruik."),
  H2("Vragen die al gesteld zijn"),
  T([["Medium", "Journalist", "Vraag", "Status"],
     ["NOS", "«p:j1.full» («p:j1.mob»)", "Zijn burgers geïnformeerd?", "beantwoord 17-02"],
     ["de Volkskrant", "«p:j2.full», «p:j2.email»", "Hoeveel gemeenten geraakt?", "beantwoord 18-02"],
     ["RTV Noord", "via «k:MAILBOX:redactie@rtvnoord.nl»", "Gevolgen voor Groningse gemeenten?", "open"],
     ["Tweakers", "«p:j1.last» (tip doorgestuurd)", "Welke software?", "geen inhoudelijke reactie"]], [2.5, 4.5, 5, 3]),
  H2("Kernboodschap"),
  P("De «k:ORG:Rijksdienst voor Identiteitsgegevens» heeft het incident snel ontdekt en ingedamd. Er zijn geen gegevens uit de «k:ORG:Basisregistratie Personen» buitgemaakt. Burgers hoeven niets te doen. De «k:ORG:RvIG» werkt samen met het «k:ORG:NCSC» en de «k:ORG:Autoriteit Persoonsgegevens»."),
  H2("Vragen en antwoorden"),
  P("V: Is er losgeld gevraagd?\nA: Daar doen wij geen mededelingen over."),
  P("V: Wie is verantwoordelijk?\nA: De staatssecretaris, «k:OFFICE:Ramkisoen», is verantwoordelijk en informeert de Kamer. Het is niet aan de woordvoering om individuele medewerkers te noemen."),
  P("V: Is de medewerker die de phishingmail opende ontslagen?\nA: Wij doen geen uitspraken over personeelszaken. [NB intern: betreft «p:ma.full», «p:ma.pnr»; HR-contact «p:lb.first». NIET delen.]"),
  P("Piket woordvoering: «k:SERVICE_NO:070 426 7474». Persberichten: «k:ORG:Rijksoverheid.nl»."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b20_concept_kamerbrief_hoogwater.pdf", producer="rl",
  title="Concept Kamerbrief hoogwater Limburg",
  hidden=dict(meta={"Author": "«p:nr.full»", "Title": "Kamerbrief hoogwater v3 – opm. «p:ev.full»"},
              outline=[("1. Aanleiding", 0), ("2. Verloop (input «p:rg.full», RWS)", 0), ("3. Tegemoetkoming", 1)],
              notes=[(0, "«p:ev.full»", "Cijfers evacuatie nog laten bevestigen door «p:lc.full» (VRZL), «p:lc.mob»", [500, 760, 520, 780]),
                     (1, "«p:nr.par»", "Bedrag afgestemd met «p:dhl.full» (BZK)", [500, 700, 520, 720])]),
  blocks=[
  P("> Retouradres Postbus 20901 2500 EX Den Haag"),
  P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag"),
  P("Datum: 22 juli 2026\nBetreft: Hoogwater in Limburg, juli 2026"),
  H2("1. Aanleiding"),
  P("In de week van 13 juli 2026 viel in Zuid-Limburg en de Belgische Ardennen binnen 48 uur meer dan 150 millimeter neerslag. Het «k:ORG:KNMI» gaf op 13 juli code oranje af. De Geul, de Geleenbeek en de Roer traden buiten hun oevers; in «k:PLACE:Valkenburg aan de Geul», «k:PLACE:Meerssen» en «k:PLACE:Gulpen-Wittem» stonden straten blank."),
  H2("2. Verloop"),
  P("Het «k:ORG:Waterschap Limburg» heeft op 14 juli om 22.00 uur de noodoverloop bij de Roode Beek geopend. «k:ORG:Rijkswaterstaat» heeft de Maaswerken gecoördineerd; de waterstand bij Sint Pieter bereikte 45,12 m NAP. «k:ORG:Defensie» heeft met 240 militairen ondersteund. De commissaris van de Koning in Limburg, de heer «k:OFFICE:Roemer», en burgemeester «k:OFFICE:Prevoo» hebben op 15 juli het getroffen gebied bezocht, samen met mij."),
  PB,
  H2("3. Tegemoetkoming"),
  P("Het kabinet heeft de «k:LAW:Wet tegemoetkoming schade bij rampen» van toepassing verklaard. De uitvoering ligt bij «k:ORG:RVO». Het beschikbare bedrag is voorlopig «k:AMOUNT:€ 85 miljoen». Gedupeerden kunnen zich melden via «k:SERVICE_NO:088 042 4242»."),
  P("De Minister van Infrastructuur en Waterstaat,\n\n«k:OFFICE:J.P. Terpstra»"),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b21_aanvraag_vip_toegang_rot.pdf", producer="rl",
  title="Aanvraag toegangspas ROT",
  hidden=dict(field=(0, "naam_aanvrager", "«p:nr.full» («p:nr.email»)", [300, 120, 560, 140]),
              meta={"Author": "«p:nr.email»"}),
  blocks=[
  H("Aanvraag tijdelijke toegangspas Regionaal Operationeel Team"),
  P("«k:ORG:Veiligheidsregio Zuid-Limburg» · Meldkamer Maastricht · formulier «k:CASE:VRZL-F12»"),
  T([["Veld", "Waarde"],
     ["Organisatie", "«k:ORG:Ministerie van Infrastructuur en Waterstaat», DG Water en Bodem"],
     ["Functie", "«k:TITLE:liaison crisisbeheersing»"],
     ["Periode", "15 t/m 31 juli 2026"],
     ["Personeelsnummer", "«r:PERSONNEL_NO:IenW-0093417»"],
     ["Kenteken dienstauto", "«k:CASE:GZ-318-K»"],
     ["Geautoriseerd door", "«p:tf.full», hoofd Meldkamer, «p:tf.mob»"]], [5, 10]),
  P("Vragen over deze aanvraag: «p:nr.first», «p:nr.mob» (alleen tijdens de crisisinzet).\nNaam aanvrager: zie formulierveld. Pas af te halen bij de receptie; legitimatie verplicht."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b22_mail_sollicitatie_ciso.pdf", producer="rl",
  title="Mail met bijlage - vacature CISO",
  hidden=dict(attach=("CV_«p:ok.first»_«p:ok.last»_2026.txt", "Curriculum vitae (ingekort) – zie personeelsdossier"),
              meta={"Subject": "Vacature CISO RvIG"}),
  blocks=[
  H("FW: Sollicitatie CISO – kandidaten eerste ronde"),
  PRE("""Van: «p:ib.rev» <«p:ib.email»>
Verzonden: maandag 16 februari 2026 17:48
Aan: «p:hk.rev»
CC: «k:MAILBOX:recruitment@minbzk.nl»
Onderwerp: FW: Sollicitatie CISO – kandidaten eerste ronde
Bijlage: CV (zie bijlage in dit PDF-bestand)"""),
  P("«p:hk.first», hierbij de longlist voor de vacature «k:TITLE:Chief Information Security Officer» bij de «k:ORG:RvIG» (vacaturenummer «k:CASE:VAC-2026-0117»). Gesprekken vrijdag 20 februari. Ik heb de interne kandidaat erbij gezet; haar CV zit als bijlage bij deze PDF."),
  T([["Kandidaat", "Huidige functie", "Advies"],
     ["«p:x1.full»", "Lead Incident Response, HexaGuard", "uitnodigen"],
     ["«p:ok.full»", "senior adviseur, «k:ORG:RvIG» (intern)", "uitnodigen"],
     ["«r:PERSON:Ahmet Karaca»", "IT-auditor, «k:ORG:Belastingdienst»", "uitnodigen"],
     ["«r:PERSON:Lieuwe Terpstra»", "zzp, security architect", "afwijzen (salaris)"]], [5, 6, 3]),
  P("N.B. «r:PERSON:Lieuwe Terpstra» is geen familie van de minister; hij heeft dit zelf in zijn brief vermeld."),
  P("Groet,\n«p:ib.first»\n\n«p:ib.ini» | MT-lid directie Digitale Overheid | M «p:ib.mob»"),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b23_verslag_bestuurlijk_overleg_hoogwater.pdf", producer="html",
  title="Verslag bestuurlijk overleg hoogwater 16 juli 2026",
  blocks=[
  H("Verslag bestuurlijk overleg hoogwater Zuid-Limburg"),
  P("Datum: 16 juli 2026, 14.00–15.30 uur · Locatie: Gouvernement Maastricht · Verslag: «p:lc.full» (VRZL)"),
  H2("Aanwezig"),
  T([["Naam", "Rol"],
     ["«k:OFFICE:Emile Roemer»", "commissaris van de Koning in Limburg (voorzitter)"],
     ["«k:OFFICE:Annemarie Penn-te Strake»", "burgemeester Maastricht, voorzitter Veiligheidsregio Zuid-Limburg"],
     ["«k:OFFICE:Daan Prevoo»", "burgemeester Valkenburg aan de Geul"],
     ["minister «k:OFFICE:Terpstra»", "minister van Infrastructuur en Waterstaat (via Teams)"],
     ["«p:gs.ini»", "hydroloog, «k:ORG:Waterschap Limburg»"],
     ["«p:rg.full»", "regionaal crisiscoördinator, «k:ORG:Rijkswaterstaat» Zuid-Nederland"],
     ["«p:ev.ttl»", "DG Water en Bodem (plv.), «k:ORG:Ministerie van Infrastructuur en Waterstaat»"],
     ["«p:nr.full»", "beleidsadviseur, IenW"],
     ["«p:lc.full»", "secretaris, «k:ORG:Veiligheidsregio Zuid-Limburg»"]]),
  H2("1. Beeld"),
  P("«p:gs.last» schetst het verloop: de Geul bereikte in «k:PLACE:Valkenburg» een piekafvoer van 95 m³/s. «p:rg.last» meldt dat de Maas bij Sint Pieter op 45,12 m NAP piekte. Er zijn 1.240 woningen getroffen en 3 zorginstellingen geëvacueerd. Er zijn geen dodelijke slachtoffers."),
  H2("2. Bestuurlijke vragen"),
  P("Burgemeester «k:OFFICE:Penn-te Strake» vraagt om snelle duidelijkheid over de «k:LAW:Wts». De minister zegt toe dat het kabinet vrijdag besluit. De heer «k:OFFICE:Roemer» vraagt aandacht voor ondernemers in de horeca van «k:PLACE:Valkenburg»."),
  P("Burgemeester «k:OFFICE:Prevoo» meldt dat een inwoner, «p:c2.full» (Cauberg), zich bij de gemeente heeft beklaagd over de evacuatie; de gemeente handelt dit af. Zijn klacht is doorgestuurd naar «k:MAILBOX:klachten@valkenburg.nl»."),
  H2("3. Afspraken"),
  T([["Nr.", "Afspraak", "Trekker"],
     ["1", "Overzicht schade aan infrastructuur", "«p:rg.first» (RWS)"],
     ["2", "Voorstel Wts-regeling naar ministerraad", "«p:nr.first» / «p:ev.par»"],
     ["3", "Communicatie aan inwoners via «k:SERVICE_NO:14 043» en «k:ORG:L1»", "«p:lc.first»"],
     ["4", "Evaluatie door «k:ORG:Inspectie Justitie en Veiligheid»", "VRZL"]], [1, 9, 4]),
  S("Verslag vastgesteld per mail op 18 juli 2026. Contact secretariaat: «p:lc.email», «p:lc.mob»."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b24_bereikbaarheidslijst_crisisteam.pdf", producer="rl",
  title="Bereikbaarheidslijst CT",
  footer="Bereikbaarheidslijst CT · versie 18-02-2026 · beheer «p:aw.email» · niet verder verspreiden",
  blocks=[
  H("Bereikbaarheidslijst crisisteam – ministerie van BZK en RvIG"),
  P("Algemene nummers (mogen gedeeld worden): Nationaal CrisisCentrum «k:SERVICE_NO:070 751 5150», BZK-receptie «k:SERVICE_NO:070 426 6426», servicedesk RvIG «k:SERVICE_NO:088 900 1000», functionele mailbox «k:MAILBOX:crisiscentrum@minbzk.nl»."),
  T([["Naam", "Rol in CT", "Mobiel", "Vast", "E-mail", "Paraaf"],
     ["«p:sk.ttl»", "coördinator", "«p:sk.mob»", "«p:sk.tel»", "«p:sk.email»", "«p:sk.par»"],
     ["«p:jb.full»", "plv. coördinator", "«p:jb.mob»", "–", "«p:jb.email»", "«p:jb.par»"],
     ["«p:mg.full»", "Kamerstukken", "«p:mg.mob»", "–", "«p:mg.email»", "«p:mg.par»"],
     ["«p:ko.full»", "RvIG informatiebeveiliging", "«p:ko.mob»", "«p:ko.tel»", "«p:ko.email»", "«p:ko.par»"],
     ["«p:yd.full»", "SOC RvIG", "«p:yd.mob»", "–", "«p:yd.email»", "«p:yd.par»"],
     ["«p:rj.ttlfull»", "liaison NCSC", "«p:rj.mob»", "–", "«p:rj.email»", "«p:rj.par»"],
     ["«p:wz.full»", "Logius", "«p:wz.mob»", "–", "«p:wz.email»", "«p:wz.par»"],
     ["«p:pv.ttl»", "FG-office RvIG", "«p:pv.mob»", "–", "«p:pv.email»", "«p:pv.par»"],
     ["«p:km.ttl»", "data-analist RvIG", "«p:km.mob»", "–", "«p:km.email»", ""],
     ["«p:ok.full»", "back-up en herstel", "«p:ok.mob»", "–", "«p:ok.email»", ""],
     ["«p:kw.full»", "juridisch", "«p:kw.mob»", "–", "«p:kw.email»", "«p:kw.par»"],
     ["«p:aw.full»", "notulist / logboek", "«p:aw.mob»", "–", "«p:aw.email»", "«p:aw.par»"],
     ["«p:ao.full»", "communicatie", "«p:ao.mob»", "–", "«p:ao.email»", ""],
     ["«p:fi.full»", "juridisch adviseur", "«p:fi.mob»", "–", "«p:fi.email»", "«p:fi.par»"],
     ["«p:dh.full»", "Kamerstukken", "–", "«p:dh.tel»", "«p:dh.email»", "«p:dh.par»"]],
    [3.2, 2.6, 2.4, 2.0, 5.8, 1.0]),
  P("Piketrooster: week 8 «p:sk.first» / «p:jb.first», week 9 «p:jb.first» / «p:mg.first». Bij geen gehoor: «k:SERVICE_NO:070 751 5150» (NCC, 24/7)."),
  P("Woordvoerder (publiek): «k:OFFICE:Bram Tjoe-Awie», via «k:SERVICE_NO:070 426 7474»."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b25_rdi_mail_c2000_storing.pdf", producer="html",
  title="RE: RE: Storing C2000 en mobiel netwerk Geuldal",
  blocks=[
  H("RE: RE: Storing C2000 en mobiel netwerk Geuldal"),
  PRE("""From: «p:wd.rev» <«p:wd.email»>
Sent: Thursday, 16 July 2026 08:12
To: «p:sh.rev» <«p:sh.email»>; «p:tj.rev»
Cc: «k:MAILBOX:meldpunt@rdi.nl»
Subject: RE: RE: Storing C2000 en mobiel netwerk Geuldal"""),
  P("Moarn «p:sh.first»,"),
  P("De «k:ORG:RDI» heeft vannacht twee meetwagens naar «k:PLACE:Valkenburg aan de Geul» gestuurd. Drie antennemasten van KPN en Odido staan zonder stroom; het «k:PRODUCT:C2000»-netwerk draait op noodstroom (nog ca. 6 uur). De veiligheidsregio heeft gevraagd om prioriteit voor de mast bij Schin op Geul."),
  P("Groetnis,\n«p:wd.first»\n\n«p:wd.ini» | Toezichthouder frequentiegebruik | «k:ORG:Rijksinspectie Digitale Infrastructuur» | M «p:wd.mob»"),
  PRE("""Van: «p:sh.full»
Verzonden: woensdag 15 juli 2026 23:40
Aan: «p:wd.full»
CC: «p:tj.full»; «p:hp.full»
Onderwerp: RE: Storing C2000 en mobiel netwerk Geuldal"""),
  P("«p:wd.first», kinst do moarn betiid nei Limburg? «p:tj.first» fan BZK wol witte oft 112 berikber is. It «k:ORG:Agentschap Telecom» (no «k:ORG:RDI») hat yn 2021 ek sa'n situaasje hân. Tank! «p:sh.first»\n\n«p:sh.ini» | Teamleider Toezicht | M «p:sh.mob»"),
  PRE("""Van: «p:tj.full»
Verzonden: woensdag 15 juli 2026 22:58
Aan: «p:sh.full»
Onderwerp: Storing C2000 en mobiel netwerk Geuldal"""),
  P("Hoi «p:sh.first», het Nationaal CrisisCentrum meldt dat «k:TERM:cell broadcast» (NL-Alert) in een deel van het Geuldal niet aankwam. Kan de «k:ORG:RDI» dat vannacht nog laten onderzoeken? Minister «k:OFFICE:Van Dalsum» krijgt morgen om 8 uur een update. Je kunt me bellen op «p:tj.mob». Groet, «p:tj.first»"),
  S("De Rijksinspectie Digitale Infrastructuur is onderdeel van het ministerie van Economische Zaken. Algemeen nummer «k:SERVICE_NO:050 587 7444»."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b26_overzicht_overuren_crisisinzet.pdf", producer="docx",
  title="Overzicht overuren crisisinzet februari 2026",
  hidden=dict(meta={"Author": "«p:lb.full»", "Subject": "P-dossier overuren", "Keywords": "«p:jb.pnr»; «p:ma.pnr»"}),
  blocks=[
  H("Overzicht overuren en vergoedingen crisisinzet cyberincident (februari 2026)"),
  P("Vertrouwelijk – P&O. Grondslag: «k:LAW:ARAR» / «k:LAW:CAO Rijk», hoofdstuk 4 (overwerk en bereikbaarheidsdienst). Opgesteld door P-Direkt-adviseur «p:lb.full»."),
  T([["Medewerker", "Personeelsnr.", "Overuren", "Bereikbaarheid", "Bedrag", "Uitbetalen op"],
     ["«p:sk.ini»", "«r:PERSONNEL_NO:PN 0397215»", "31,5", "7 dagen", "€ 1.842,18", "salaris maart"],
     ["«p:jb.ini»", "«p:jb.pnr»", "26,0", "7 dagen", "€ 1.511,40", "salaris maart"],
     ["«p:aw.ini»", "«r:PERSONNEL_NO:PN 0452098»", "18,0", "–", "€ 702,36", "salaris maart"],
     ["«p:mg.ini»", "«r:PERSONNEL_NO:PN 0440176»", "12,5", "–", "€ 488,75", "salaris maart"],
     ["«p:yd.ini» (RvIG)", "«r:PERSONNEL_NO:RV-118420»", "44,0", "7 dagen", "€ 2.390,02", "salaris maart"],
     ["«p:ok.ini» (RvIG)", "«r:PERSONNEL_NO:RV-120963»", "21,0", "–", "€ 871,50", "salaris maart"],
     ["«p:ma.ini» (RvIG)", "«p:ma.pnr»", "–", "–", "–", "n.v.t. (zie dossier)"]], [3.5, 3, 1.8, 2.3, 2.3, 3]),
  P("Externe inhuur (declaratie via facturen, niet via salaris): «p:x2.full», «r:TRADE:Ramsaran Security», «k:AMOUNT:€ 14.850» excl. btw; IBAN «r:IBAN:" + iban("KNAB", 2209381746) + "» (eenmanszaak: persoonsgegeven)."),
  P("Reiskosten «p:jb.full» (privé-auto, 3 ritten Den Haag–Kralendijk n.v.t.; 2 ritten Den Haag–Maastricht): uitbetalen op «p:jb.iban»." if False else "Reiskostenvergoeding voor de dienstreizen naar Maastricht wordt via de declaratieportal van «k:ORG:P-Direkt» verwerkt."),
  P("Akkoord budgethouder: «p:mh.ttl», directeur Digitale Samenleving, paraaf «p:mh.par», 2 maart 2026."),
  ] + MOTIV))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b27_intranet_nieuwsbrief.pdf", producer="rl2",
  title="BZK Intern - nieuwsbrief maart 2026",
  footer="BZK Intern · nr. 3 · maart 2026 · redactie: «p:tj.full» en «p:bw.full»",
  blocks=[
  H("BZK Intern – maart 2026"),
  H2("‘Het was een marathon’ – terugblik op het crisisteam"),
  P("Drie weken lang vergaderde het crisisteam rond het cyberincident bij de «k:ORG:RvIG» dagelijks. Coördinator «p:sk.full» kijkt terug: ‘We hadden binnen vier uur een werkend team. Dat komt ook doordat we in november hadden geoefend met het «k:ORG:NCSC».’ Haar plaatsvervanger «p:jb.full» sliep de eerste nacht op kantoor. ‘«p:sk.first» belde me om tien over drie. Ik dacht eerst dat het over mijn dochter ging.’"),
  P("Ook bijzonder: de samenwerking met de «k:ORG:Rijksdienst Caribisch Nederland». «p:sc.full» hield vanuit Kralendijk het contact met de drie eilanden. ‘Op «k:PLACE:Saba» konden mensen twee weken geen paspoort aanvragen. Dan wil je elke ochtend een update.’"),
  H2("Nieuwe collega’s"),
  P("Welkom aan «p:st.full» (directie Digitale Overheid), «p:hk.full» (Koninkrijksrelaties) en «p:dhl.full», die vanuit de «k:ORG:Belastingdienst» komt. «p:dhl.first» woont overigens niet «k:PLACE:in Haarlem» maar in Leiden – ‘dat vraagt iedereen’."),
  ("fb",),
  H2("Afscheid"),
  P("Na 31 jaar neemt «p:tj.full» afscheid. «p:tj.first» begon in 1995 bij de «k:ORG:Rijksdienst voor het Wegverkeer», werkte voor de «k:ORG:Belastingdienst» en kwam in 2012 naar BZK. Het afscheid is op vrijdag 20 maart in het Atrium."),
  H2("Van de SG"),
  P("Secretaris-generaal «k:OFFICE:Hester van Wieringen»: ‘Ik ben trots op hoe collega’s van BZK, «k:ORG:RvIG», «k:ORG:Logius» en het «k:ORG:NCSC» hebben samengewerkt. Staatssecretaris «k:OFFICE:Ramkisoen» heeft het team persoonlijk bedankt.’"),
  H2("Puzzel"),
  P("Winnaar van de februaripuzzel: «p:gp.full»? Nee – «p:st.first»! Zij wint een lunch met de SG. Oplossingen naar «k:MAILBOX:bzkintern@minbzk.nl»."),
  H2("Agenda"),
  P("26 maart: «k:PROG:Week van de Digitale Overheid» kick-off. 2 april: «k:TERM:Zero Trust»-lunchlezing door «p:mh.ttl» (aanmelden via «p:hp.email»). 9 april: Haagse Hackathon."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b28_overzicht_burgerbrieven_hoogwater.pdf", producer="html",
  title="Overzicht burgerbrieven hoogwater week 30",
  blocks=[
  H("Overzicht burgerbrieven en -mails hoogwater Limburg – week 30"),
  P("Team Burgerbrieven «k:ORG:Ministerie van Infrastructuur en Waterstaat» · behandelaar «p:nr.full» · ter bespreking in het MT DGWB"),
  T([["Nr.", "Afzender", "Adres", "Contact", "Samenvatting", "Afhandeling"],
     ["«k:CASE:BB-26-3041»", "«p:c3.ini»", "«p:c3.addr», «p:c3.pc» Valkenburg", "«p:c3.email»", "Klacht bereikbaarheid RWS, vraagt om Wts", "brief minister (zie brief 28-07)"],
     ["«k:CASE:BB-26-3042»", "«p:c2.full»", "«p:c2.addr», «p:c2.pc» Valkenburg", "«p:c2.email», «p:c2.mob»", "Klacht over evacuatie; vader (87) zonder medicatie", "doorgestuurd gemeente"],
     ["«k:CASE:BB-26-3043»", "«p:c4.full»", "«p:c4.addr», «p:c4.pc» Valkenburg", "«p:c4.mob»", "Vraagt wie schade aan kelder vergoedt", "standaardbrief RVO"],
     ["«k:CASE:BB-26-3044»", "«p:c1.full»", "«p:c1.addr»", "–", "Vraagt voorschot; BSN meegestuurd: «p:c1.bsn»", "doorgestuurd RVO, BSN niet overnemen"],
     ["«k:CASE:BB-26-3045»", "Stichting Geuldal Veilig (voorzitter «r:PERSON:Harrie Ploumen»)", "Postbus 88, Valkenburg", "«k:MAILBOX:info@geuldalveilig.nl»", "Vraagt om onafhankelijke evaluatie", "antwoord minister"],
     ["«k:CASE:BB-26-3046»", "Kamerlid «k:OFFICE:Koopmans» (PVV), doorgestuurde burgerbrief van «r:PERSON:fam. Schoonbrood»", "–", "–", "Vraagt om inzet Defensie langer te laten duren", "Kamervragen"],
     ["«k:CASE:BB-26-3047»", "«p:c5.full» (Bonaire)", "«p:c5.addr», Kralendijk", "«p:c5.mob»", "Biedt hulp aan; familie in Limburg", "bedankbrief"]],
    [2, 3.6, 3.2, 3.2, 4, 3]),
  P("Aantallen week 30: 214 brieven, 1.930 e-mails, 61 telefonische klachten via «k:SERVICE_NO:0800-8002». Gemiddelde behandeltijd 6,2 werkdagen."),
  P("Vragen over dit overzicht: «p:nr.first» of «p:ev.first» («k:MAILBOX:burgerbrieven@minienw.nl»)."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b29_ncsc_advisory_municipalities.pdf", producer="rl",
  title="NCSC advisory phishing campaign municipal registry staff",
  footer="NCSC-2026-0142 · TLP:GREEN · Nationaal Cyber Security Centrum",
  hidden=dict(meta={"Author": "«p:ok.full»", "Keywords": "NCSC-2026-0142; phishing; IOC"}),
  blocks=[
  H("Security advisory NCSC-2026-0142: phishing campaign against municipal civil registry staff"),
  P("Version 1.02 · 21 February 2026 · Severity: High/Medium · Distribution: TLP:GREEN"),
  H2("Summary"),
  P("The «k:ORG:Nationaal Cyber Security Centrum» is aware of a phishing campaign targeting staff of municipalities and of the «k:ORG:Rijksdienst voor Identiteitsgegevens». The campaign uses lures that imitate «k:PRODUCT:Microsoft Teams» meeting invitations and the «k:PRODUCT:DigiD» login page. Credentials harvested are used for initial access; the actor then attempts lateral movement to administrative servers."),
  H2("Recommendations"),
  P("1. Enforce phishing-resistant multi-factor authentication (FIDO2) for all administrative accounts.\n2. Move towards a «k:TERM:Zero Trust» architecture for interfaces with the «k:ORG:Basisregistratie Personen».\n3. Ensure your «k:TERM:Security Operations Center» monitors for impossible-travel alerts.\n4. Share indicators through the «k:ORG:Informatiebeveiligingsdienst» (IBD) and the «k:ORG:CSIRT-DSP»."),
  H2("Indicators of Compromise"),
  T([["Type", "Value", "Remark"],
     ["domain", "teams-meet-rvig[.]com", "lure domain, registered 2026-02-10"],
     ["domain", "digid-verificatie[.]org", "credential harvesting"],
     ["IPv4", "185.220.101[.]47", "C2, Tor exit"],
     ["SHA-256", "9f2c1e7a...d41b", "loader (ZIP attachment)"],
     ["e-mail sender", "noreply@teams-meet-rvig[.]com", "spoofed display name ‘RvIG Servicedesk’"]], [2.5, 6, 6]),
  H2("Contact"),
  P("Peer review: «p:wz.full» («k:ORG:Logius») and «p:km.ttl»; Dutch translation: «p:st.full» («p:st.email»)."),
  P("Report incidents to the NCSC via «k:MAILBOX:cert@ncsc.nl» or «k:SERVICE_NO:070 751 5555» (24/7). Analyst for this advisory: «p:rj.ttlfull» («p:rj.email»). Contributing analyst at the «k:ORG:RvIG»: «p:km.ttl». Technical questions from municipalities: «k:MAILBOX:info@ibdgemeenten.nl»."),
  H2("Disclaimer"),
  S("This advisory has been compiled with the utmost care. The NCSC accepts no liability for damage resulting from its use. The NCSC is part of the «k:ORG:Ministerie van Justitie en Veiligheid». Kenmerk «k:CASE:NCSC-2026-0142»; telephone-like reference «k:CASE:0612-2026-0142» is an internal tracking number."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b30_dienstoverdracht_nachtploeg.pdf", producer="docx",
  title="Dienstoverdracht nachtploeg CT",
  blocks=[
  H("Dienstoverdracht – nachtploeg crisisteam (17/18 februari 2026)"),
  P("Van: «p:ok.first» (nacht) · Aan: «p:kw.nick» en «p:bw.first» (dag) · Overdracht om 07:00 uur"),
  H2("Lopend"),
  P("– Restore beheerserver 2 loopt nog (ETA 09:00). «p:yd.first» is om 04:30 naar huis gegaan, bereikbaar op «p:yd.mob» alleen bij escalatie.\n– «p:x2.first» van «r:TRADE:Ramsaran Security» levert om 10:00 haar analyse van de serviceaccount.\n– De «k:ORG:Koninklijke Marechaussee» vraagt of de noodprocedure voor reisdocumenten op «k:PLACE:Bonaire» vandaag kan starten. Contact via «p:sc.first» (RCN), «p:sc.mob»."),
  H2("Incidenten vannacht"),
  P("02:14 Nieuwe phishing-mail bij een gemeente (Heerlen), door IBD opgepakt, ticket «k:CASE:INC0612449011».\n03:30 Vals alarm SIEM (back-upverkeer).\n05:50 «p:j1.first» (NOS) belde het piketnummer. Verwezen naar woordvoering."),
  H2("Aandachtspunten"),
  P("– Niet vergeten: «p:ma.first» heeft gevraagd of hij vandaag thuis mag werken; «p:ib.first» is hierover geïnformeerd. Geen verdere details in dit document.\n– Koffieautomaat 6e verdieping is stuk 😉\n– Toegangspas van «p:dhl.first» werkt niet na 22:00; melding bij FMH («k:SERVICE_NO:070 888 3600»)."),
  P("Overdracht getekend: «p:ok.ini» (nacht) / «p:kw.ini» (dag)"),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b31_whatsapp_burgerzaken_bonaire.pdf", producer="html",
  title="WhatsApp Chat - Burgerzaken BES",
  blocks=[
  H("WhatsApp-chat ‘Burgerzaken BES 🇧🇶’"),
  P("Geëxporteerd op 12-03-2026 door «p:mr.full» (Openbaar Lichaam Bonaire) · 7 deelnemers"),
  PRE("""[06-03-26 08:02:11] «p:mr.first»: Bon dia tur! Sistema ainda no ta kore 😩
[06-03-26 08:03:40] «p:mr.mob»: ^ sorry, mi telefon nobo. Esaki ta «p:mr.first»
[06-03-26 08:10:02] «p:sc.full»: Bon dia. RvIG says Monday 9 March. I will confirm
[06-03-26 08:12:55] «p:tw.first» Statia: Good morning all. We have 23 people waiting, one urgent medical case
[06-03-26 08:13:30] «p:gp.first» (Saba): Same here, 6 waiting. The Bottom office closed till further notice
[06-03-26 08:20:17] «p:sc.first»: KMar can issue nooddocumenten at Flamingo Airport. @«p:tw.first» send me the name of the patient privately, not in this group pls
[06-03-26 08:21:03] «p:tw.first» Statia: ok 👍
[06-03-26 09:45:48] «p:jm.full»: «k:OFFICE:Gezaghebber Martis» wants a short note before the Bestuurscollege at 11
[06-03-26 09:46:20] «p:mr.first»: Mi ta hasi'é. Kiko mi mester skibi tocante «k:ORG:Rijksdienst Caribisch Nederland»?
[06-03-26 09:50:00] «p:jm.first»: just the date + the hotline «k:SERVICE_NO:+599 715 8330»
[06-03-26 12:31:15] «p:c5.mob»: Bon tardi, mi ta «p:c5.first». Mi pasport a kaduka, ki ora mi por bin? (BSN «p:c5.bsn»)
[06-03-26 12:33:02] «p:mr.first»: Señor, e grupo aki ta solamente pa empleado. Yama «k:SERVICE_NO:+599 717 5330» por fabor
[06-03-26 12:33:40] «p:mr.first» removed «p:c5.mob»
[09-03-26 10:02:09] «p:sc.first»: IT'S BACK ✅✅ PIVA-V connected again on all three islands
[09-03-26 10:02:51] «p:gp.first» (Saba): Masha danki!! 🎉"""),
  S("Bericht met BSN is op verzoek van de FG na export niet verwijderd uit de chat; de Woo-beoordelaar dient dit te lakken (grond 5.1.1e)."),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b32_deelnemerslijst_evaluatiesessie.pdf", producer="rl",
  title="DEELNEMERSLIJST EVALUATIESESSIE",
  blocks=[
  H("DEELNEMERSLIJST EVALUATIESESSIE CYBERINCIDENT RVIG"),
  P("DATUM: 14 APRIL 2026 · LOCATIE: «k:ORG:COT» INSTITUUT VOOR VEILIGHEIDS- EN CRISISMANAGEMENT, DEN HAAG · BEGELEIDING: EXTERNE EVALUATOR"),
  T([["NAAM", "ORGANISATIE", "FUNCTIE", "DIEETWENS"],
     ["«p:sk.caps»", "BZK", "COÖRDINATOR CRISISTEAM", "–"],
     ["«p:jb.caps»", "BZK", "PLV. COÖRDINATOR", "vegetarisch"],
     ["«p:ko.caps»", "RVIG", "AFDELINGSHOOFD INFORMATIEBEVEILIGING", "–"],
     ["«p:yd.caps»", "RVIG", "TEAMLEIDER SOC", "halal"],
     ["«p:rj.caps»", "NCSC", "LIAISON", "–"],
     ["«p:wz.caps»", "LOGIUS", "SECURITY OFFICER", "–"],
     ["«p:st.caps»", "BZK", "BELEIDSMEDEWERKER", "glutenvrij"],
     ["«p:sc.caps»", "RCN", "SENIOR ADVISEUR (VIA TEAMS)", "–"],
     ["«p:km.caps»", "RVIG", "DATA-ANALIST", "–"],
     ["«p:ao.caps»", "BZK", "COMMUNICATIEADVISEUR", "lactosevrij"],
     ["«p:hp.caps»", "BZK", "BELEIDSMEDEWERKER", "–"],
     ["«p:dhl.caps»", "BZK", "ADVISEUR BEDRIJFSVOERING", "–"],
     ["«p:ma.caps»", "RVIG", "MEDEWERKER VERSTREKKINGEN", "–"]], [5, 2.5, 6, 2.5]),
  P("Let op: dieetwensen zijn bijzondere persoonsgegevens (geloof/gezondheid) en worden na afloop verwijderd. Afmelden via «k:MAILBOX:evaluatie-ct@minbzk.nl»."),
  P("Evaluatievragen: hoe verliep de opschaling naar het «k:ORG:Nationaal CrisisCentrum»? Hoe werkte de informatiedeling met de «k:ORG:Informatiebeveiligingsdienst»? Was de inzet van «k:PRODUCT:Signal» naast «k:PRODUCT:Microsoft Teams» verantwoord in het licht van de «k:LAW:Archiefwet 1995»?"),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b33_scan_fax_statia.pdf", producer="scan_img",
  title="scan",
  blocks=[
  H("FAX – Public Entity St. Eustatius"),
  P("To: Ministry of BZK, Directie Koninkrijksrelaties, attn. «p:hk.ini»\nFrom: Civil Registry, Oranjestad, St. Eustatius\nDate: 5 March 2026 · Pages: 1"),
  P("Urgent request for an emergency travel document for «r:PERSON:Mr. Vernon Spanner» (born 1958), who needs to travel to Curaçao for hospital treatment on 9 March. The RvIG connection is down since 17 February."),
  P("Home address: «r:ADDRESS:Rosemary Laan 14», Oranjestad. Phone: «r:PHONE:+599 318 4472»."),
  P("Please contact «p:tw.full» at «p:tw.mob» or «p:tw.email»."),
  P("Signed,\n\n«p:tw.ini»\nHead Civil Registry"),
  ]))

# ---------------------------------------------------------------------------------------------
DOCS.append(dict(name="b34_concept_antwoorden_kamervragen_hoogwater.pdf", producer="docx",
  title="Concept antwoorden Kamervragen hoogwater Limburg",
  hidden=dict(meta={"Author": "«p:nr.full»", "Keywords": "Kamervragen; opm. «p:ev.par»; «p:rg.full»"}),
  blocks=[
  H("Antwoorden op vragen van de leden Koopmans (PVV) en Stoffels (BBB) over het hoogwater in Limburg"),
  P("Kenmerk «k:CASE:IENW/BSK-2026/214455» · «k:CASE:2026Z14102» · concept 27 juli 2026 · INTERN"),
  H2("Vraag 1"),
  P("Waarom werd NL-Alert in delen van het Geuldal niet ontvangen?"),
  H2("Antwoord 1"),
  P("Door stroomuitval vielen drie antennemasten uit. De «k:ORG:Rijksinspectie Digitale Infrastructuur» heeft dit onderzocht. [Opm. «p:nr.par»: bron is de mail van «p:wd.full» (RDI) van 16 juli; navragen of wij haar mogen citeren. – «p:ev.par»: nee, niet citeren.]"),
  H2("Vraag 2"),
  P("Klopt het dat het waterschap de noodoverloop te laat opende?"),
  H2("Antwoord 2"),
  P("Nee. Het «k:ORG:Waterschap Limburg» heeft gehandeld volgens het calamiteitenplan. [Opm. «p:ev.par»: dit is te stellig. «p:gs.full» (waterschap) zei in het ROT dat het 40 minuten later was dan gepland. Graag afzwakken. – «p:nr.first»: aangepast in v2.]"),
  H2("Vraag 3"),
  P("Hoeveel gedupeerden hebben zich gemeld voor een tegemoetkoming?"),
  H2("Antwoord 3"),
  P("Op 26 juli 2026 waren 3.912 meldingen ontvangen bij «k:ORG:RVO». Het kabinet heeft «k:AMOUNT:€ 85 miljoen» gereserveerd."),
  H2("Vraag 4"),
  P("Bent u bereid met de commissaris van de Koning en de burgemeesters in gesprek te gaan?"),
  H2("Antwoord 4"),
  P("Ja. Ik heb op 16 juli met de heer «k:OFFICE:Roemer» en de burgemeesters «k:OFFICE:Penn-te Strake» en «k:OFFICE:Prevoo» gesproken en doe dat opnieuw in september."),
  P("Meelezers: «p:rg.ini» (RWS), «p:gs.ini» (waterschap), «p:lc.ini» (VRZL), «p:dhl.ini» (BZK). Reacties vóór 29 juli aan «k:MAILBOX:kamervragen-dgwb@minienw.nl»."),
  ]))

# Terms that are kept wherever they occur outside a redacted span (kind, text). Not used for scans.
# Place names that occur in home addresses of private persons (Valkenburg, Den Haag, Kralendijk,
# Oranjestad) are deliberately not in this list.
GLOBAL_KEEP = [
    ("ORG", t) for t in ("RvIG", "NCSC", "BZK", "Logius", "RWS", "VRZL", "IenW", "KNMI", "Defensie", "NOS",
                         "Volkskrant", "RVO", "RCN", "KMar", "DGDOO", "VNG", "IBD", "SG", "DG", "Tweede Kamer",
                         "Nationaal CrisisCentrum", "HexaGuard", "Rijkswaterstaat", "Waterschap Limburg",
                         "Ministerie van BZK", "FG-office", "NVVB", "AP", "RDI", "KPN", "Odido", "NCC",
                         "Permanent Representation of the Netherlands", "DG CNECT", "Presidency", "LOCC")
] + [
    ("TERM", t) for t in ("SOC", "SIEM", "multifactorauthenticatie", "lateral movement", "FIDO2",
                          "IOC's", "TLP:AMBER", "TLP:GREEN", "NL-Alert", "Indicators of Compromise", "CSIRT")
] + [
    ("PRODUCT", t) for t in ("Microsoft Teams", "Teams", "Signal", "Outlook", "WhatsApp", "TOPdesk", "PIVA-V",
                             "C2000", "LCMS", "DigiD", "Signal Desktop")
] + [
    ("TITLE", t) for t in ("coördinator", "coördinator crisisteam", "plv. coördinator", "beleidsmedewerker",
                           "afdelingshoofd Informatiebeveiliging", "Afdelingshoofd Informatiebeveiliging",
                           "teamleider", "woordvoerder", "Woordvoerder", "notulist", "juridisch adviseur",
                           "staatssecretaris", "Staatssecretaris", "minister", "Minister", "secretaris-generaal",
                           "burgemeester", "gezaghebber", "Gezaghebber", "commissaris van de Koning", "directeur",
                           "liaison", "hydroloog", "data-analist", "security officer", "Senior adviseur I&A",
                           "Coördinator Kamerstukken", "Toezichthouder frequentiegebruik", "Teamleider Toezicht",
                           "MT-lid directie Digitale Overheid", "beleidsadviseur", "Head Civil Registry")
] + [
    ("PLACE", t) for t in ("Maastricht", "Meerssen", "Heerlen", "Limburg", "Zuid-Limburg", "Maas", "Sint Pieter",
                           "Bonaire", "Saba", "Sint Eustatius", "Caribisch Nederland", "Curaçao", "Brussels",
                           "Leiden", "Geuldal", "Statia", "Turfmarkt 147", "Roode Beek", "Schin op Geul",
                           "Gulpen-Wittem", "The Bottom", "Flamingo Airport", "Ardennen", "Geleenbeek", "Roer")
] + [
    ("DATE", t) for t in ("17 februari 2026", "18 februari 2026", "19 februari 2026", "20 februari 2026",
                          "23 februari 2026", "24 februari 2026", "3 maart 2026", "4 maart 2026", "6 maart 2026",
                          "9 maart 2026", "10 March 2026", "14 juli 2026", "15 juli 2026", "16 juli 2026",
                          "22 juli 2026", "28 juli 2026",
                          "17-02-2026", "06-03-26")
] + [
    ("AMOUNT", t) for t in ("€ 4,2 miljoen", "€ 85 miljoen", "€ 18.450", "€ 1.842,18", "€ 1.511,40",
                            "€ 2.390,02", "€ 702,36", "€ 488,75", "€ 871,50")
] + [
    ("LAW", t) for t in ("Wts", "Wbni", "ARAR", "AVG", "5.1.2e", "5.1.1e", "Archiefwet 1995")
]
