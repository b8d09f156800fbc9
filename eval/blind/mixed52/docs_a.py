"""Set BJ documents, part A: GGD and IGJ."""
from __future__ import annotations

from reportlab.lib.units import cm

from framework import DOCS, Doc, hide, make_bsn, make_iban, rl_build, docx_build, html_build, WORK, scan_pdf, merge

ALL = []


def reg(fn):
    ALL.append(fn)
    return fn


def std_footer(d, font, text, size=7.5):
    def f(c, n):
        c.setFont(font, size)
        c.drawString(2.2 * cm, 1.2 * cm, d.t(text))
        c.drawRightString(19 * cm, 1.2 * cm, d.t(f"Pagina {n}"))
    return f


# ------------------------------------------------------------------------------------------------
@reg
def doc_ggd_tbc_contactonderzoek_brief():
    d = Doc("ggd_tbc_contactonderzoek_brief", "GGD letter to a contact person (TB contact investigation)", "reportlab Times")
    bsn = make_bsn(101)

    def head(c, n):
        c.setFont("Times-Bold", 13)
        c.drawString(2.2 * cm, 27.6 * cm, d.t("{{+ORG|GGD Amsterdam}}"))
        c.setFont("Times-Roman", 8.5)
        y = 27.6
        for ln in ["Afdeling Infectieziektebestrijding, team Tuberculosebestrijding", "{{+ADDR_GOV|Nieuwe Achtergracht 100}}",
                   "1018 WT Amsterdam", "Algemeen: {{+PHONE_GEN|020 555 5911}}", "{{+EMAIL_FUNC|tbc@ggd.amsterdam.nl}}"]:
            c.drawRightString(19 * cm, y * cm, d.t(ln))
            y -= 0.42

    flow = [
        ("sp", 22),
        ("cols", ["Vertrouwelijk", "De heer {{PERSON|R.J. Verhoeven|Rik Verhoeven}}",
                  "{{ADDRESS|Kastanjelaan 18|Kastanjelaan 18, 1111 AB Diemen}}", "{{ADDRESS|1111 AB|Kastanjelaan 18, 1111 AB Diemen}}  Diemen"],
         ["Datum: 14 mei 2025", "Ons kenmerk: TBC-BCO-2025-0188",
          "Uw geboortedatum: {{DOB|02-11-1987}}", f"BSN: {{{{BSN|{bsn}}}}}"], (9.5, 7.1)),
        ("p", "Onderwerp: uitnodiging contactonderzoek tuberculose"),
        ("p", "Geachte heer {{PERSON|Verhoeven|Rik Verhoeven}},"),
        ("p", "Bij een collega van uw werk bij {{+ORG|Schiphol}} is tuberculose vastgesteld. Omdat u in de afgelopen "
              "maanden regelmatig dicht bij deze persoon hebt gewerkt, nodigen wij u uit voor een contactonderzoek. "
              "Wij noemen de naam van uw collega niet; dat is medisch beroepsgeheim. Het onderzoek is gratis en "
              "vindt plaats op grond van de {{+LAW|Wet publieke gezondheid}}."),
        ("p", "Het onderzoek bestaat uit een {{+TERM|Mantouxtest}} (huidtest) en zo nodig een bloedtest ({{+TERM|IGRA}}). "
              "In ons telefoongesprek van 12 mei gaf u aan dat u {{HEALTH|prednison|prednisongebruik R.J. Verhoeven}} gebruikt "
              "in verband met de {{HEALTH|ziekte van Crohn|ziekte van Crohn R.J. Verhoeven}}. Daarom maken wij ook een "
              "longfoto. Neemt u uw medicatieoverzicht mee."),
        ("kv", [("Afspraak", "dinsdag 27 mei 2025, 09.40 uur"),
                ("Locatie", "{{+ORG|GGD Amsterdam}}, {{+ADDR_GOV|Nieuwe Achtergracht 100}}, ingang B"),
                ("Sociaal verpleegkundige", "{{PERSON|Joost Brinkhuis}}, telefoon {{PHONE|06 4187 3920}}")], 4.5),
        ("p", "Kunt u niet op deze datum? Bel dan met het algemene nummer {{+PHONE_GEN|020 555 5911}} of mail naar "
              "{{+EMAIL_FUNC|tbc@ggd.amsterdam.nl}}. Vermeld altijd het kenmerk TBC-BCO-2025-0188."),
        ("p", "Met vriendelijke groet,"),
        ("sp", 8),
        ("p", "drs. {{PERSON|M. El Khatib-Rozendaal|Meryem El Khatib-Rozendaal}}<br/>arts tuberculosebestrijding"),
        ("sm", "Informatie over tuberculose vindt u op de website van het {{+ORG|RIVM}} en van {{+ORG|KNCV Tuberculosefonds}}."),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="Times-Roman", size=11, first_header=head, margins=(2.2, 2.0, 2.0, 2.0))
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_ggd_legionella_bronopsporing():
    d = Doc("ggd_legionella_bronopsporing", "GGD internal memo: source investigation legionella cluster, case table", "reportlab DejaVuSans, 2 pages")

    def hdr(c, n):
        c.setFont("DejaVuSans-Bold", 8)
        c.drawString(2.0 * cm, 28.3 * cm, d.t("{{+ORG|GGD Zaanstreek-Waterland}} | Infectieziektebestrijding"))
        c.setFont("DejaVuSans", 7.5)
        c.drawRightString(19.2 * cm, 28.3 * cm, d.t("Intern memo - niet voor verspreiding"))

    flow = [
        ("h", "Memo bronopsporing cluster legionellose Zaandam-Oost", 14),
        ("kv", [("Aan", "OMT-regionaal, {{PERSON|W. Bakhuizen|Wouter Bakhuizen}} (arts infectieziektebestrijding, voorzitter)"),
                ("Van", "{{PERSON|Nadia Ouali}} (epidemioloog), {{PERSON|Gert-Jan Kroeze}} (milieukundige)"),
                ("Datum", "3 september 2025"),
                ("Status", "concept 0.3")], 2.6),
        ("h", "1. Aanleiding", 11),
        ("p", "Tussen 11 en 29 augustus 2025 zijn vier patiënten met een legionellapneumonie gemeld die in de "
              "incubatieperiode in Zaandam-Oost verbleven. Bij drie patiënten is {{+TERM|Legionella pneumophila}} serogroep 1 "
              "aangetoond. Conform de {{+TERM|LCI-richtlijn}} Legionellose is een bronopsporing gestart met het "
              "{{+ORG|Regionaal Laboratorium Kennemerland}} en het {{+ORG|RIVM}}."),
        ("h", "2. Casuïstiek", 11),
        ("tbl", [["nr", "naam", "geb.datum", "adres", "ziekenhuis / beloop"],
                 ["1", "{{PERSON|H.C. Groenendijk|Henk Groenendijk}}", "{{DOB|19-07-1951}}", "{{ADDRESS|Poelenburg 212|Poelenburg 212 Zaandam}}",
                  "{{+ORG|Zaans Medisch Centrum}}, opname IC, {{HEALTH|beademd|IC-opname Groenendijk}}"],
                 ["2", "{{PERSON|T. Abbassi-Koster|Touria Abbassi-Koster}}", "{{DOB|03-02-1964}}", "{{ADDRESS|Pelikaanweg 41|Pelikaanweg 41 Zaandam}}",
                  "thuis behandeld; {{HEALTH|COPD GOLD III|COPD Abbassi-Koster}}"],
                 ["3", "{{PERSON|Pieter Jan de Ruyter|Pieter Jan de Ruyter}}", "{{DOB|27-12-1948}}", "{{ADDRESS|Vinkenstraat 9|Vinkenstraat 9 Zaandam}}",
                  "{{+ORG|Zaans Medisch Centrum}}, overleden 24-08"],
                 ["4", "{{PERSON|M. Visser|Marco Visser}}", "{{DOB|11-05-1970}}", "{{ADDRESS|Kokermolen 3|Kokermolen 3 Zaandam}}",
                  "{{+ORG|OLVG}}, afdeling longziekten"]],
         [0.7, 3.8, 2.4, 3.8, 6.5], True, 8.5),
        ("p", "Alle vier patiënten wonen of werken binnen 1,5 km van het bedrijventerrein Hemkade. Patiënt 3 "
              "({{PERSON|De Ruyter|Pieter Jan de Ruyter}}) kwam dagelijks langs de koeltoren van "
              "{{+ORG|Zaanse Koelservice B.V.}}, {{+ADDR_CO|Hemkade 12}}. Let op: de {{+STREET|Michiel de Ruyterweg}} "
              "ligt buiten het zoekgebied."),
        ("pb",),
        ("h", "3. Bemonstering", 11),
        ("p", "Op 1 september zijn monsters genomen uit de koeltoren (installatie KT-2) en uit twee natte koelsystemen "
              "aan de {{+ADDR_CO|Hemkade 14}}. De eigenaar werkte mee; contactpersoon bij het bedrijf was de heer "
              "{{PERSON|Lucas Brand}} (technisch manager, {{PHONE|06 2299 1043}}). Typering (sequence-based typing, "
              "{{+TERM|SBT}}) volgt via het {{+ORG|RIVM}}; de uitslag verwachten wij binnen twee weken."),
        ("h", "4. Vervolg", 11),
        ("tbl", [["actie", "wie", "wanneer"],
                 ["Terugkoppeling aan patiënten 1 t/m 4 of naasten", "{{PERSON|NO|Nadia Ouali}}", "5 sept"],
                 ["Handhavingsverzoek aan {{+ORG|Omgevingsdienst IJmond}}", "{{PERSON|GJK|Gert-Jan Kroeze}}", "4 sept"],
                 ["Informeren burgemeester en wethouder Volksgezondheid", "{{PERSON|WB|Wouter Bakhuizen}}", "4 sept"],
                 ["Melding in {{+TERM|Osiris}}", "{{PERSON|NO|Nadia Ouali}}", "gereed"]],
         [10.0, 2.5, 3.0]),
        ("p", "Vragen: {{PERSON|Nadia Ouali}}, {{EMAIL|n.ouali@ggdzw.nl}}, {{PHONE|075 651 8342}}."),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="DejaVuSans", size=9.5, header=hdr,
             footer=std_footer(d, "DejaVuSans", "Memo bronopsporing legionellose - concept", 7),
             margins=(2.0, 1.8, 2.0, 2.0))
    hide(d, out, author="{{PERSON|B. Schipperheijn|Bas Schipperheijn}}", title="Memo bronopsporing legionella")
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_ggd_vaccinatie_incident():
    d = Doc("ggd_vaccinatie_incident", "JGZ incident report (VIM), wrong vaccine given", "LibreOffice from .docx")
    blocks = [
        ("h", "Melding incident (VIM) - Jeugdgezondheidszorg", 1),
        ("kv", [("Meldnummer", "VIM-JGZ-2025-117"),
                ("Datum incident", "8 april 2025"),
                ("Locatie", "Consultatiebureau Osdorp, {{+ADDR_GOV|Pieter Calandlaan 1}}"),
                ("Melder", "{{PERSON|Ingrid Zwanenburg}}, jeugdverpleegkundige"),
                ("Betrokken kind", "{{PERSON|Lieke Bos|Lieke Bos}}, geboren {{DOB|17-03-2024}}"),
                ("Ouder", "{{PERSON|Esther Bos-Kalkman}} (moeder)")]),
        ("h", "Wat is er gebeurd?", 2),
        ("p", "Bij de afspraak van 13 maanden is in plaats van de BMR-vaccinatie (M-M-RvaxPro) de "
              "DKTP-Hib-HepB-vaccinatie (Vaxelis) gegeven. De vaccinaties lagen in de koelkast in "
              "hetzelfde vak. De fout werd ontdekt bij de registratie in {{+PRODUCT|Praeventis}}."),
        ("p", "Moeder is direct geïnformeerd. Zij vertelde dat {{PERSON|Lieke|Lieke Bos}} "
              "een {{HEALTH|hartafwijking|hartafwijking Lieke Bos}} ({{HEALTH|VSD|hartafwijking Lieke Bos}}) heeft en onder controle staat bij het "
              "{{+ORG|Emma Kinderziekenhuis}}. Moeder is {{HEALTH|zwanger|zwangerschap Esther Bos-Kalkman}} van de tweede; "
              "zij had vragen over het risico voor de baby."),
        ("h", "Genomen maatregelen", 2),
        ("tbl", [["Maatregel", "Door", "Datum"],
                 ["Overleg met het {{+ORG|RIVM}} (Rijksvaccinatieprogramma)", "jeugdarts {{PERSON|T. Oudeman|Tessa Oudeman}}", "8-4-2025"],
                 ["Nieuwe afspraak BMR", "{{PERSON|I. Zwanenburg|Ingrid Zwanenburg}}", "22-4-2025"],
                 ["Koelkastindeling aangepast", "teamleider", "10-4-2025"]], [8.0, 5.0, 3.0]),
        ("p", "Paraaf teamleider: {{PERSON|HvdM|Hanneke van der Meulen}}   Datum: 11-4-2025"),
    ]
    out = DOCS / (d.name + ".pdf")
    docx_build(d, out, blocks, font="Arial", size=10,
               header="{{+ORG|GGD Amsterdam}} - Jeugdgezondheidszorg | Vertrouwelijk",
               footer="VIM-formulier versie 2024.2", author="{{PERSON|Hanneke van der Meulen}}")
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_ggd_teams_chat():
    d = Doc("ggd_teams_chat", "Teams chat export, measles contact tracing, first names", "reportlab DejaVuCond")
    lines = [
        ("{{PERSON|Sanne Hofstede}}", "09:02", "Morgen allemaal. Nieuwe melding mazelen via het lab, index is een leerling "
         "van de {{+SCHOOL|Jan Ligthartschool}} in Purmerend."),
        ("{{PERSON|Bram Tichelaar}}", "09:05", "Ik heb hem in {{+PRODUCT|HPZone}} gezet. Het gaat om "
         "{{PERSON|Mila Oosterbeek}} uit groep 5. {{HEALTH|Niet gevaccineerd|vaccinatiestatus Mila Oosterbeek}}, "
         "ouders zijn {{RELIGION|bevindelijk gereformeerd|geloof familie Oosterbeek}}."),
        ("{{PERSON|Sanne Hofstede}}", "09:07", "Oké. {{PERSON|Bram|Bram Tichelaar}}, bel jij de directeur? Ik doe de huisarts."),
        ("{{PERSON|Yusuf Demir}}", "09:11", "Broertje {{PERSON|Daan|Daan Oosterbeek}} zit op de opvang bij {{+ORG|Kinderopvang Humankind}}, "
         "die moeten we ook meenemen. {{PERSON|Daan|Daan Oosterbeek}} is 9 maanden en heeft {{HEALTH|astma|astma Daan Oosterbeek}}."),
        ("{{PERSON|Sanne Hofstede}}", "09:12", "Goed punt {{PERSON|Yusuf|Yusuf Demir}}. Kun je het {{+ORG|Wilhelmina Kinderziekenhuis}} "
         "vragen over immunoglobuline voor zuigelingen?"),
        ("{{PERSON|Yusuf Demir}}", "09:20", "Gedaan, kinderarts belt terug. Mijn mobiel: {{PHONE|06-38120477}}."),
        ("{{PERSON|Bram Tichelaar}}", "09:34", "Directeur is ingelicht. Brief aan ouders groep 5 volgt, concept staat in "
         "{{+PRODUCT|SharePoint}}. Geen namen in de brief natuurlijk."),
        ("{{PERSON|Sanne Hofstede}}", "09:35", "Top. Ik meld het ook aan de {{+ORG|LCI}} en aan het {{+ORG|RIVM}}."),
    ]
    flow = [("h", "Chat: BCO mazelen Purmerend (export 16-10-2025 10:02)", 12),
            ("sm", "Deelnemers: {{PERSON|Sanne Hofstede}}, {{PERSON|Bram Tichelaar}}, {{PERSON|Yusuf Demir}}"), ("hr",)]
    for who, tm, msg in lines:
        flow.append(("p", f"<b>{who}</b>  <font size=7>{tm}</font><br/>{msg}"))
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="DejaVuCond", size=9.5,
             footer=std_footer(d, "DejaVuCond", "Microsoft Teams - geëxporteerd chatgesprek", 7))
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_ggd_persbericht_mazelen():
    d = Doc("ggd_persbericht_mazelen", "public press release, no private persons", "reportlab Helvetica")
    flow = [
        ("sm", "PERSBERICHT - {{+ORG|GGD Zaanstreek-Waterland}} - 17 oktober 2025"),
        ("h", "Mazelen op basisschool in Purmerend: GGD roept ouders op vaccinatiestatus te controleren", 14),
        ("p", "Bij een leerling van een basisschool in Purmerend is mazelen vastgesteld. De {{+ORG|GGD Zaanstreek-Waterland}} "
              "heeft de ouders van alle leerlingen en de medewerkers van de school geïnformeerd. Kinderen die niet of maar "
              "één keer zijn gevaccineerd, kunnen alsnog een gratis BMR-vaccinatie halen binnen het "
              "{{+PROG|Rijksvaccinatieprogramma}}."),
        ("p", "In Nederland is de vaccinatiegraad voor de BMR-vaccinatie bij tweejarigen gedaald naar 88,7 procent "
              "(verslagjaar 2024, {{+ORG|RIVM}}). In delen van de zogeheten {{+TERM|Bible Belt}} ligt dat percentage lager. "
              "\"Mazelen is zeer besmettelijk en kan ernstige complicaties geven, zoals longontsteking en hersenontsteking\", "
              "zegt wethouder {{+OFFICIAL|Annet Zijlstra}} (Volksgezondheid)."),
        ("p", "Ouders kunnen een afspraak maken via het algemene nummer {{+PHONE_GEN|0900 254 5254}}. Meer informatie staat "
              "op {{+URL|www.ggdzw.nl/mazelen}}."),
        ("h", "Veelgestelde vragen", 11),
        ("tbl", [["Vraag", "Antwoord"],
                 ["Mag mijn kind naar school?", "Ja. Alleen kinderen met klachten blijven thuis."],
                 ["Wie loopt risico?", "Zuigelingen, zwangeren en mensen met een verminderde weerstand."],
                 ["Waar vind ik het vaccinatieboekje?", "In {{+PRODUCT|Mijn RVP}} of bij het consultatiebureau."]],
         [6.0, 10.5]),
        ("hr",),
        ("sm", "Noot voor de redactie: voor vragen kunt u contact opnemen met woordvoerder {{+SPOKES|Lotte Grasveld}} via "
               "{{+EMAIL_FUNC|pers@ggdzw.nl}} of {{+PHONE_GEN|075 651 8300}}. De GGD noemt geen namen van leerlingen of de school."),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="Helvetica", size=10.5)
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_igj_calamiteit_samenvatting():
    d = Doc("igj_calamiteit_samenvatting", "IGJ assessment of a calamity report (care home fall), sticky notes", "reportlab DejaVuSerif, 2 pages")

    def hdr(c, n):
        c.setFont("DejaVuSerif-Bold", 9)
        c.drawString(2.2 * cm, 28.2 * cm, d.t("{{+ORG|Inspectie Gezondheidszorg en Jeugd}}"))
        c.setFont("DejaVuSerif", 7.5)
        c.drawString(2.2 * cm, 27.8 * cm, d.t("{{+ADDR_GOV|Stadsplateau 1}}, 3521 AZ Utrecht - {{+PHONE_GEN|088 120 5000}}"))

    flow = [
        ("sp", 6),
        ("h", "Beoordeling calamiteitenrapport", 13),
        ("kv", [("Zorgaanbieder", "{{+ORG|Zorggroep Lindenhof}}, locatie De Heemhof, Heemstede"),
                ("Meldingsnummer", "IGJ-2025-018344"),
                ("Datum calamiteit", "2 februari 2025"),
                ("Cliënt", "mevrouw {{PERSON|A.M. Hoogstraten-de Wit|Annie Hoogstraten-de Wit}}, geboren {{DOB|14-03-1936}}"),
                ("Behandelend inspecteur", "{{PERSON|Marloes Tjalsma}}"),
                ("Senior inspecteur", "drs. {{PERSON|F. (Frank) Ypma|Frank Ypma}}")], 4.2),
        ("h", "1. Samenvatting van de calamiteit", 11),
        ("p", "Mevrouw {{PERSON|Hoogstraten|Annie Hoogstraten-de Wit}} woonde sinds 2022 op een psychogeriatrische afdeling "
              "in verband met de {{HEALTH|ziekte van Alzheimer|alzheimer Hoogstraten}}. Zij had een verhoogd {{HEALTH|valrisico|valrisico Hoogstraten}} "
              "en gebruikte {{HEALTH|oxazepam|oxazepam Hoogstraten}}. In de nacht van 2 februari is zij gevallen in haar kamer. "
              "De sensor (uitluisterfunctie) stond uit. Zij werd om 06.40 uur gevonden door verzorgende IG "
              "{{PERSON|Kevin Stam}}. In het {{+ORG|Spaarne Gasthuis}} is een {{HEALTH|heupfractuur|heupfractuur Hoogstraten}} "
              "vastgesteld; zij is op 9 februari overleden."),
        ("h", "2. Onderzoek door de zorgaanbieder", 11),
        ("p", "De zorgaanbieder heeft een onderzoekscommissie ingesteld volgens de {{+TERM|PRISMA}}-methode, met een "
              "externe voorzitter. De commissie sprak met de dochter, mevrouw {{PERSON|J. de Wit|Jolanda de Wit}}, met de "
              "verzorgende en met de specialist ouderengeneeskunde dr. {{PERSON|H. Lammers|Hein Lammers}}. De "
              "{{+LAW|Wkkgz}} verplicht de zorgaanbieder binnen acht weken te rapporteren; dat is gebeurd."),
        ("pb",),
        ("h", "3. Beoordeling door de inspectie", 11),
        ("tbl", [["Norm", "Oordeel", "Toelichting"],
                 ["Onafhankelijkheid onderzoek", "voldoet", "externe voorzitter, geen betrokkenen in commissie"],
                 ["Betrekken cliënt/naasten", "voldoet gedeeltelijk", "dochter gehoord, zoon ({{PERSON|Rob Hoogstraten}}) niet"],
                 ["Oorzaakanalyse", "voldoet", "basisoorzaken: techniek (sensor), organisatie (nachtbezetting)"],
                 ["Verbetermaatregelen", "voldoet", "SMART geformuleerd, borging via kwaliteitsraad"]],
         [4.5, 3.5, 8.6]),
        ("p", "De inspectie sluit de melding af. De inspectie vraagt de zorgaanbieder over zes maanden te laten weten "
              "hoe de maatregelen zijn geborgd. Dit rapport is vastgesteld namens de {{+ROLE|inspecteur-generaal}}."),
        ("sp", 6),
        ("p", "{{PERSON|M. Tjalsma|Marloes Tjalsma}}, inspecteur | {{EMAIL|m.tjalsma@igj.nl}} | {{PHONE|06 5210 7781}}"),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="DejaVuSerif", size=9.5, header=hdr,
             footer=std_footer(d, "DejaVuSerif", "IGJ-2025-018344 | Vertrouwelijk", 7), margins=(2.2, 2.0, 2.6, 2.0))
    hide(d, out, notes=[(0, "Check met {{PERSON|Sjoerd Bleeker}} of familie het rapport al heeft.", "{{PERSON|Anouk Drenthe-Maas}}", [480, 700, 500, 720]),
                         (1, "Oordeel normen akkoord - {{PERSON|FY|Frank Ypma}}", None, [480, 600, 500, 620])])
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_igj_email_medicatiefout():
    d = Doc("igj_email_medicatiefout", "Outlook reply chain IGJ meldpunt - hospital quality officer", "reportlab Helvetica, 2 pages")
    hdrs = lambda rows: ("kv", rows, 2.6)
    flow = [
        ("h", "RE: Melding medicatie-incident afdeling Geriatrie", 12),
        hdrs([("Van:", "{{PERSON|Vermaat|Ellen Vermaat}}, {{PERSON|Ellen|Ellen Vermaat}} <{{EMAIL|e.vermaat@igj.nl}}>"),
              ("Verzonden:", "dinsdag 4 maart 2025 16:12"),
              ("Aan:", "{{PERSON|Ruben Kasteleijn}} <{{EMAIL|r.kasteleijn@rdgg.nl}}>"),
              ("CC:", "{{+EMAIL_FUNC|meldpunt@igj.nl}}"),
              ("Onderwerp:", "RE: Melding medicatie-incident afdeling Geriatrie")]),
        ("p", "Beste {{PERSON|Ruben|Ruben Kasteleijn}},"),
        ("p", "Dank voor de aanvullende informatie. Wij registreren dit als calamiteit onder nummer "
              "IGJ-2025-009917. Graag ontvang ik binnen acht weken het onderzoeksrapport. Wil je daarin ook "
              "ingaan op de rol van het elektronisch voorschrijfsysteem ({{+PRODUCT|HiX}}) en de dubbele controle?"),
        ("p", "Met vriendelijke groet,<br/>{{PERSON|Ellen Vermaat}}<br/>Inspecteur, {{+ORG|Inspectie Gezondheidszorg en Jeugd}}<br/>"
              "M {{PHONE|06 1174 2258}}"),
        ("hr",),
        hdrs([("Van:", "{{PERSON|Ruben Kasteleijn}} <{{EMAIL|r.kasteleijn@rdgg.nl}}>"),
              ("Verzonden:", "dinsdag 4 maart 2025 11:47"),
              ("Aan:", "{{PERSON|Vermaat|Ellen Vermaat}}, {{PERSON|Ellen|Ellen Vermaat}}"),
              ("Onderwerp:", "Melding medicatie-incident afdeling Geriatrie")]),
        ("p", "Geachte mevrouw {{PERSON|Vermaat|Ellen Vermaat}},"),
        ("p", "Hierbij de aanvulling op onze melding van 28 februari. Het betreft de heer {{PERSON|F. Akkerman|Ferdinand Akkerman}} "
              "(73 jaar, patiëntnummer {{ID|7302118|patiëntnummer Akkerman}}), opgenomen met "
              "een {{HEALTH|delier|delier Akkerman}} bij een {{HEALTH|urineweginfectie|urineweginfectie Akkerman}}. Hij kreeg op 26 februari "
              "10 mg {{HEALTH|morfine|morfine Akkerman}} subcutaan in plaats van 1 mg. Na toediening van naloxon is hij "
              "hersteld. De familie (zoon, de heer {{PERSON|B. Akkerman|Bart Akkerman}}) is dezelfde dag door de "
              "zaalarts {{PERSON|Lisa Chen}} geïnformeerd."),
        
        ("p", "Betrokken medewerkers: verpleegkundige {{PERSON|Priscilla Ramdas}} (toediening) en "
              "{{PERSON|Maarten de Groot}} (dubbele controle). Beiden worden begeleid door het {{+ORG|Peer Support Team}}. "
              "Het {{+ORG|Reinier de Graaf Gasthuis}} heeft de melding ook intern in {{+TERM|VIM}} geregistreerd."),
        ("p", "Met vriendelijke groet,"),
        ("p", "{{PERSON|R. (Ruben) Kasteleijn|Ruben Kasteleijn}}<br/>Adviseur Kwaliteit &amp; Veiligheid<br/>"
              "{{+ORG|Reinier de Graaf Gasthuis}} | {{+ADDR_CO|Reinier de Graafweg 5}}, 2625 AD Delft<br/>"
              "T {{PHONE|015 260 3791}} (direct) | {{+PHONE_GEN|015 260 3060}} (algemeen)"),
        ("sm", "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het bericht dan."),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="Helvetica", size=10)
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_igj_aanwijzing_thuiszorg():
    d = Doc("igj_aanwijzing_thuiszorg", "IGJ public order (aanwijzing) to a home-care company", "reportlab Times")
    flow = [
        ("h", "Aanwijzing op grond van artikel 27 van de Wkkgz", 14),
        ("cols", ["{{+ORG|Thuiszorg Vitaal B.V.}}", "t.a.v. de raad van bestuur",
                  "de heer drs. {{PERSON|H.P. Gerritsen|Hendrik Gerritsen}}", "{{+ADDR_CO|Industrieweg 40}}", "3401 MA IJsselstein"],
         ["Datum: 19 juni 2025", "Kenmerk: {{+CASE_ORG|IGJ-HH-2025-2231}}", "Bijlage: rapport bezoek 22 mei 2025"]),
        ("p", "Geachte heer {{PERSON|Gerritsen|Hendrik Gerritsen}},"),
        ("p", "Op 22 mei 2025 bezocht de {{+ORG|Inspectie Gezondheidszorg en Jeugd}} (IGJ) uw organisatie onaangekondigd. "
              "De inspectie constateerde dat {{+ORG|Thuiszorg Vitaal B.V.}} niet voldoet aan de norm voor verantwoorde zorg: "
              "voorbehouden handelingen werden uitgevoerd door medewerkers zonder aantoonbare bekwaamheid, en het "
              "medicatiebeleid was niet vastgelegd. Dit is in strijd met artikel 2 en 3 van de "
              "{{+LAW|Wet kwaliteit, klachten en geschillen zorg}}."),
        ("p", "Namens de minister van Volksgezondheid, Welzijn en Sport, minister {{+OFFICIAL|Agema}}, geeft de inspectie u "
              "daarom de volgende aanwijzing:"),
        ("tbl", [["nr", "maatregel", "termijn"],
                 ["1", "Stel een actueel bekwaamheidsregister op voor alle zorgmedewerkers.", "1 augustus 2025"],
                 ["2", "Leg het medicatiebeleid vast conform de {{+TERM|Veilige principes in de medicatieketen}}.", "1 augustus 2025"],
                 ["3", "Rapporteer maandelijks over de voortgang aan de inspectie.", "tot 1 januari 2026"]],
         [1.0, 11.5, 4.0]),
        ("p", "Deze aanwijzing wordt openbaar gemaakt op {{+URL|www.igj.nl}} op grond van artikel 44 van de {{+LAW|Gezondheidswet}}. "
              "Persoonsgegevens van cliënten en medewerkers worden daarbij niet vermeld."),
        ("p", "Hoogachtend,<br/>de {{+ROLE|inspecteur-generaal}} van de {{+ORG|Inspectie Gezondheidszorg en Jeugd}},<br/>"
              "namens deze,"),
        ("sp", 6),
        ("p", "mr. drs. {{PERSON|C.J. Wolters|Carla Wolters}}<br/>senior inspecteur"),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="Times-Roman", size=11,
             footer=std_footer(d, "Times-Roman", "{{+ORG|Inspectie Gezondheidszorg en Jeugd}} - {{+ADDR_GOV|Stadsplateau 1}}, Utrecht", 8))
    return d
