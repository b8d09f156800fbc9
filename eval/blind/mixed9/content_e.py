"""Second pages for some mixed9 documents (appended to the blocks of content_a..d)."""

EXTRA = {
    # Kamervragen: more questions on a second page, other Kamerleden and a former minister
    "s15": [
        ("pb",),
        ("h2", "Vraag 4"),
        ("p", "Hoeveel verzekeringsartsen zijn er in 2024 bij het {{O:UWV}} vertrokken, en wat is de rol van "
              "detacheringsbureaus zoals {{O:Randstad}} en {{O:ArboNed}}?"),
        ("h2", "Antwoord 4"),
        ("p", "In 2024 zijn 112 verzekeringsartsen vertrokken en 97 ingestroomd. Het {{O:UWV}} huurt beperkt externe "
              "artsen in. Ik verwijs naar de antwoorden van {{H:minister Koolmees}} uit 2021 op vragen van het lid "
              "{{H:Omtzigt}} over dit onderwerp en naar de brief van {{H:staatssecretaris Nobel}}."),
        ("h2", "Vraag 5"),
        ("p", "Bent u bereid in gesprek te gaan met de {{O:FNV}}, {{O:CNV}} en de {{O:Landelijke Cliëntenraad}}?"),
        ("h2", "Antwoord 5"),
        ("p", "Ja. Op 4 maart spreek ik met {{H:Tuur Elzinga}} ({{F:voorzitter}} {{O:FNV}}) en met de {{O:Landelijke Cliëntenraad}}. "
              "Ook de leden {{H:Van Kent}} (SP) en {{H:Mutluer}} (GL-PvdA) hebben gevraagd om een rondetafelgesprek; "
              "de griffie van de vaste commissie voor {{O:Sociale Zaken en Werkgelegenheid}} plant dat."),
        ("h2", "Vraag 6"),
        ("p", "Kunt u deze vragen binnen drie weken en afzonderlijk beantwoorden?"),
        ("h2", "Antwoord 6"),
        ("p", "De vragen zijn zo snel mogelijk beantwoord. Voor de inhoudelijke voorbereiding is gebruik gemaakt van "
              "gegevens van de {{O:Inspectie SZW}} en het {{O:CBS}}; de ambtelijke afstemming liep via [[N:Kaya-Lindeboom]] "
              "en [[N:Ruben Groen]]."),
    ],
    # Nota: second page with a bijlage listing the correspondence
    "s16": [
        ("pb",),
        ("h2", "Bijlage 1 - Overzicht correspondentie met derden"),
        ("table", [["Nr", "Datum", "Van", "Aan", "Onderwerp"],
                   ["1", "12-1-2024", "[[N:P. de Vries-Opoku|de Vries-Opoku]] ({{O:KLM}})", "[[N:K. Hermans-Tanis]]", "Slotallocatie winter 2024"],
                   ["2", "2-2-2024", "[[N:Hermans-Tanis]]", "{{M:regulatory.affairs@schiphol.nl}}", "Vragen {{O:ACM}}-besluit"],
                   ["3", "15-3-2024", "{{H:Minister Harbers}}", "{{O:Schiphol Group}}", "Brief over de {{G:Balanced Approach}}"],
                   ["4", "3-4-2024", "[[N:Oost-Veenstra]] ({{O:ILT}})", "[[N:H. Oost]]", "Handhavingsbesluit"],
                   ["5", "18-6-2024", "[[N:W.J. Smit|Smit]] ({{O:Schiphol}})", "[[N:Zijlstra-Abena]]", "Reactie op conceptbesluit"],
                   ["6", "9-9-2024", "{{O:Tweede Kamer}}", "{{H:Minister Madlener}}", "Motie-{{H:Kröger}}/{{H:De Hoop}}"]],
         [8, 20, 50, 45, 50]),
        ("p", "Zienswijzen zijn gevraagd aan {{O:KLM}} ([[E:p.devries-opoku@klm.com]]) en {{O:Schiphol}} "
              "(via {{M:woo-verzoeken@schiphol.nl}}). De {{F:CEO}} van {{O:Schiphol}} is bij naam genoemd in documenten 3 en 5."),
    ],
    # Woo-besluit: second page with motivation per document
    "s22": [
        ("pb",),
        ("h2", "Bijlage - motivering per document"),
        ("p", "Document 1 is een nota van de directie {{O:Jeugd}} aan {{H:staatssecretaris Karremans}}. De naam van de "
              "opsteller, [[N:Rutger Brinkman]], en zijn telefoonnummer [[T:070 340 61 88]] zijn weggelakt op grond van "
              "artikel 5.1, tweede lid, aanhef en onder e, van de Woo."),
        ("p", "Document 2 is een e-mail van [[N:Sanna Lindqvist]] aan de functionele mailbox van de {{O:VNG}}. De functionele "
              "mailbox blijft leesbaar; de namen van de VNG-medewerkers [[N:Hüsnü Karadağ|Karadağ]] en "
              "[[N:Marleen IJzerman-Kok|IJzerman-Kok]] niet."),
        ("p", "Document 3 is het verslag van een overleg met {{O:Jeugdzorg Nederland}}, de {{O:Nederlandse Jeugdzorg Inspectie}} "
              "(de {{O:Inspectie Gezondheidszorg en Jeugd}}) en {{O:Kinderombudsman}}. De {{F:Kinderombudsman}} treedt "
              "in het openbaar op; zijn naam blijft leesbaar: {{H:Kinderombudsman Dullaert}}."),
        ("p", "Document 4, de brief van {{H:burgemeester Halsema}}, is al openbaar op {{R:vng.nl}}."),
    ],
    # Teams transcript continues on a second page
    "s02": [
        ("pb",),
        ("h2", "Actiepunten (door Copilot samengevat, gecontroleerd door [[N:Sjoerd]])"),
        ("table", [["Actie", "Eigenaar", "Deadline"],
                   ["Bevestiging asfaltploeg {{O:Heijmans}}", "[[N:Kweku Owusu-Ansah]] / [[N:B. van 't Hek]]", "21 maart"],
                   ["Bewonersbrief {{S:Burgemeester Wallerweg}}", "[[N:Gerlof Wybenga]]", "3 mei"],
                   ["{{W:BIM}}-tekening in {{R:Relatics}}", "[[N:Kweku]]", "20 maart"],
                   ["Storing {{W:API}} sensoren", "[[N:F. de Wit]]", "27 maart"],
                   ["Afstemming {{O:gemeente Houten}} en {{O:Provincie Utrecht}}", "[[N:Wytske Dijkstra-Wybenga]]", "28 maart"]],
         [80, 70, 30]),
        ("p", "Aanwezig volgens Teams: [[N:Sjoerd Hoekstra]], [[N:Wytske Dijkstra-Wybenga]], [[N:Gerlof Wybenga]], "
              "[[N:Kweku Owusu-Ansah]], [[N:Femke de Wit]], [[N:Tomás Oliveira Mendes|Oliveira Mendes]] (stagiair, alleen luisterend)."),
    ],
    # E-mail thread: an older message on page 2
    "s24": [
        ("pb",),
        ("kv", [("Van:", "[[N:Statia, Jean-Marc]]"), ("Verzonden:", "maandag 20 januari 2025 09:12"),
                ("Aan:", "[[N:Croes, Dayanara]]; [[N:Wernet, Rosalie]]"),
                ("Onderwerp:", "Stageplaatsen - lijst {{O:Universiteit van Curaçao}}")]),
        ("p", "Goedemorgen dames,"),
        ("p", "Via mijn contactpersoon bij de UoC, [[N:dr. Quincy Isenia|Isenia]], kreeg ik de vraag of rijksdiensten "
              "studenten willen plaatsen. {{O:DUO}} en de {{O:Rijksdienst voor Ondernemend Nederland}} staan ervoor open. "
              "[[N:Quincy]] is bereikbaar op [[T:+599 9 744 2277]] of [[E:q.isenia@uoc.cw]]."),
        ("p", "Groet,\n[[N:Jean-Marc Statia]]\n{{F:Coördinator}} stages, {{O:Ministerie van Onderwijs, Cultuur en Wetenschap}}\n"
              "{{S:Rijnstraat 50}}, {{L:Den Haag}}"),
    ],
    # Integriteit: a timeline on a second page
    "s10": [
        ("pb",),
        ("h2", "Bijlage - tijdlijn"),
        ("table", [["Datum", "Gebeurtenis", "Bron"],
                   ["14-10-2024", "Eerste Teams-bericht van [[N:Kok]] aan [[N:Al-Khatib]]", "Schermafdruk 1"],
                   ["22-10-2024", "Opmerking tijdens teamoverleg, gehoord door [[N:Jan Blom]]", "Verklaring [[N:Blom]]"],
                   ["05-11-2024", "[[N:Al-Khatib]] meldt zich ziek", "{{R:P-Direkt}}"],
                   ["21-11-2024", "Melding bij vertrouwenspersoon [[N:Hiemstra]]", "Notitie [[N:Hiemstra]]"],
                   ["26-11-2024", "Intake [[N:Oldenhof-Dekker]] met melder", "Deze notitie"],
                   ["29-11-2024", "Gesprek met [[N:Sesay]]", "Deze notitie"]], [25, 100, 40]),
        ("p", "De schermafdrukken zijn opgeslagen in de beveiligde map van het {{O:Bureau Integriteit}} in {{R:DigiDoc}}. "
              "Bewaartermijn: 7 jaar na afsluiting (selectielijst {{O:Belastingdienst}})."),
    ],
}
