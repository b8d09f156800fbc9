"""Set BF, part C: e-mail chains, chats, minutes, scans, forms, beslisnota, inventory, GLB, mest."""
from lib import A4, mm, Paragraph, Spacer, PageBreak, colors, styles, tbl, kv, rl, lines, pagenum, hide, R, K, \
    bsn, iban, docx_new, docx_pdf, chromium, scan, WORK, landscape

DOCS = []


def doc(name):
    def deco(fn):
        DOCS.append((name, fn))
        return fn
    return deco


def mailhdr(S, van, verz, aan, onderwerp, cc=None, bijl=None):
    rows = [("Van:", van), ("Verzonden:", verz), ("Aan:", aan)]
    if cc:
        rows.append(("CC:", cc))
    rows.append(("Onderwerp:", onderwerp))
    if bijl:
        rows.append(("Bijlagen:", bijl))
    return kv(rows, [24 * mm, 136 * mm], size=9)


# ---------------------------------------------------------------------------------------------
@doc("bf15_mailwisseling_odra_gemeente_vergunning")
def bf15(out):
    S = styles("DV", 9.5)
    H = lambda t: Paragraph("<font color='#555555'>" + t + "</font>", S["p"])  # noqa: E731
    story = [
        mailhdr(S, "Pieter de Vos &lt;p.devos@odregioarnhem.nl&gt;", "dinsdag 18 maart 2025 16:42",
                "Vergunningen Lingewaard &lt;vergunningen@lingewaard.nl&gt;; Annelies Zwolle-Kamps "
                "&lt;a.zwolle@lingewaard.nl&gt;", "RE: Z-24-088412 aanvraag uitbreiding fruitteeltbedrijf Huissen",
                cc="Milieu ODRA &lt;milieu@odregioarnhem.nl&gt;; Ruud Baldé &lt;r.balde@odregioarnhem.nl&gt;"),
        Spacer(1, 6),
        Paragraph("Hoi Annelies,", S["p"]),
        Paragraph("Ons advies over de aanvraag van Fruitbedrijf Arntz V.O.F. is bijna klaar. Het akoestisch onderzoek "
                  "voor de hagelkanonnen mist nog de beoordelingspunten bij de woningen Looveer 12 en Looveer 14. "
                  "De bewoner van nummer 12, de heer Teunissen, heeft al twee keer gebeld; hij is 82 en slaapt "
                  "slecht sinds zijn hartoperatie. Kun jij de aanvrager vragen om een aanvulling (artikel 4:5 Awb)?",
                  S["p"]),
        Paragraph("Wethouder Eveline Kunst wil het dossier bespreken in het portefeuillehoudersoverleg van 27 maart. "
                  "Ik kan dan ook aanschuiven.", S["p"]),
        Paragraph("Groet,<br/>Pieter<br/><br/><b>Pieter de Vos</b><br/>Adviseur geluid en trillingen<br/>"
                  "Omgevingsdienst Regio Arnhem<br/>Direct: 026 377 85 19 | Mobiel: +31 6 2947 1158<br/>"
                  "Werkdagen ma-di-do", S["p"]),
        H("-----Oorspronkelijk bericht-----"),
        mailhdr(S, "Annelies Zwolle-Kamps &lt;a.zwolle@lingewaard.nl&gt;", "maandag 17 maart 2025 09:05",
                "Pieter de Vos &lt;p.devos@odregioarnhem.nl&gt;", "Z-24-088412 aanvraag uitbreiding "
                "fruitteeltbedrijf Huissen", bijl="aanvulling_akoestiek_v2.pdf; situatietekening.pdf"),
        Spacer(1, 6),
        Paragraph("Goedemorgen Pieter,", S["p"]),
        Paragraph("Bijgaand de aanvulling van adviesbureau Peutz. Ruud Baldé gaf vorige week aan dat jullie ook "
                  "naar de stikstofberekening kijken? De aanvrager, Jos Arntz, wil graag voor de zomer duidelijkheid; "
                  "zijn mobiele nummer is 06-5318 0072 als je hem direct wilt spreken. Hij woont zelf op "
                  "Looveer 10, 6851 ER Huissen.", S["p"]),
        Paragraph("Met vriendelijke groet,<br/><br/>Annelies Zwolle-Kamps<br/>casemanager omgevingsvergunningen<br/>"
                  "Gemeente Lingewaard | Raadhuisstraat 1, Bemmel | T 14 026<br/>"
                  "Bereikbaar: di t/m vr", S["p"]),
        H("&gt; Van: Ruud Baldé, 12 maart 2025 14:20<br/>&gt; Annelies, wij nemen de AERIUS-toets mee. Die "
          "zit bij Zwolle (onze collega Bas Zwolle, geen familie ;-)). Gr, RB"),
        PageBreak(),
        Paragraph("Bijlage bij de mail: overzicht beoordelingspunten (uit aanvulling Peutz, 14 maart 2025)", S["h2"]),
        tbl([["Punt", "Ligging", "LAr,LT dag", "LAmax nacht", "Norm"],
             ["BP01", "woning Looveer 12", "43 dB(A)", "71 dB(A)", "45 / 70"],
             ["BP02", "woning Looveer 14", "41 dB(A)", "68 dB(A)", "45 / 70"],
             ["BP03", "bedrijfswoning Looveer 10 (eigen)", "-", "-", "n.v.t."],
             ["BP04", "Natura 2000 Rijntakken (grens)", "38 dB(A)", "-", "-"]],
            [18 * mm, 62 * mm, 25 * mm, 25 * mm, 25 * mm], S),
        Spacer(1, 6),
        Paragraph("Conclusie Peutz: overschrijding LAmax nacht bij BP01 met 1 dB. Maatwerkvoorschrift op grond van "
                  "artikel 2.10 Besluit activiteiten leefomgeving mogelijk.", S["p"]),
    ]
    rl(out, story, first=lambda c, d: pagenum(c, d, "Z-24-088412 | "))
    hide(out, author="Pieter de Vos", title="RE: Z-24-088412 aanvraag uitbreiding fruitteeltbedrijf Huissen",
         links=[(0, [120, 760, 300, 772], "mailto:p.devos@odregioarnhem.nl")])
    return [
        R("PERSON", "Pieter de Vos", "Pieter de Vos", "Pieter", "de Vos", "p.devos@odregioarnhem.nl"),
        R("PERSON", "Annelies Zwolle-Kamps", "Annelies", "Zwolle-Kamps", "Kamps", "a.zwolle@lingewaard.nl"),
        R("PERSON", "Bas Zwolle", "Bas Zwolle", "Zwolle"),
        R("PERSON", "Ruud Baldé", "Ruud", "Baldé", "r.balde@odregioarnhem.nl", "RB"),
        R("PERSON", "Teunissen", "Teunissen"),
        R("HEALTH", "hartoperatie", "hartoperatie"),
        R("PERSON", "Jos Arntz", "Jos Arntz"),
        R("PHONE", "06-5318 0072", "06-5318 0072"),
        R("ADDRESS", "Looveer 10, 6851 ER Huissen", "Looveer 10", "6851 ER"),
        R("ADDRESS", "Looveer 12", "Looveer 12"), R("ADDRESS", "Looveer 14", "Looveer 14"),
        R("PHONE", "026 377 85 19", "026 377 85 19"), R("PHONE", "+31 6 2947 1158", "+31 6 2947 1158"),
        K("EMAIL", "vergunningen@lingewaard.nl"), K("EMAIL", "milieu@odregioarnhem.nl"),
        K("CASE", "Z-24-088412"),
        R("TRADE", "Fruitbedrijf Arntz V.O.F.", "Arntz"),
        K("OFFICIAL", "Wethouder Eveline Kunst", "Eveline Kunst"), K("ORG", "Peutz"),
        K("ORG", "Omgevingsdienst Regio Arnhem"), K("ORG", "Gemeente Lingewaard"),
        K("ADDRESS", "Raadhuisstraat 1"), K("PHONE", "14 026"), K("LAW", "artikel 4:5 Awb"),
        K("PLACE", "Natura 2000 Rijntakken"), K("LAW", "artikel 2.10 Besluit activiteiten leefomgeving"),
        K("TITLE", "Adviseur geluid en trillingen"), K("TITLE", "casemanager omgevingsvergunningen"),
        K("FILE", "aanvulling_akoestiek_v2.pdf"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf16_mailketen_nvwa_provincie_docx")
def bf16(out):
    d = docx_new()
    d.add_paragraph("Van:\tIsa Lindeboom-Tjoa <i.lindeboom@prv.overijssel.nl>\nVerzonden:\tvrijdag 4 april 2025 "
                    "11:17\nAan:\tPostbus Vergunningen Natuur <natuurvergunningen@overijssel.nl>\nCC:\tFrank "
                    "Mensink <frank.mensink@nvwa.nl>; secretariaat gedeputeerde <sgz@overijssel.nl>\nOnderwerp:\t"
                    "FW: melding sterfte jonge grutto's Olde Maten / maaidatum")
    d.add_paragraph("Collega's,")
    d.add_paragraph("Ter info doorgestuurd. Gedeputeerde Roy de Witte wil maandag een kort memo. Frank van de NVWA "
                    "heeft bevestigd dat er geen dierziekte speelt. Wie pakt dit op? Ik ben vanaf dinsdag met verlof "
                    "(privé: 06 1983 4420, alleen bij spoed).")
    d.add_paragraph("Groet,\nIsa\n\nIsa Lindeboom-Tjoa | beleidsadviseur Natuur en Stikstof | Provincie Overijssel\n"
                    "Luttenbergstraat 2, Zwolle | 038 499 88 99 (algemeen)")
    d.add_paragraph("________________________________")
    d.add_paragraph("Van:\tFrank Mensink <frank.mensink@nvwa.nl>\nVerzonden:\tdonderdag 3 april 2025 17:52\nAan:\t"
                    "Isa Lindeboom-Tjoa <i.lindeboom@prv.overijssel.nl>\nOnderwerp:\tRE: melding sterfte jonge "
                    "grutto's Olde Maten / maaidatum")
    d.add_paragraph("Hoi Isa,")
    d.add_paragraph("Onze dierenarts heeft de kadavers onderzocht bij Wageningen Bioveterinary Research: geen "
                    "vogelgriep. De sterfte hangt volgens de boswachter van Natuurmonumenten samen met het vroege "
                    "maaien op percelen van loonbedrijf Hulshof (Oude Vechtweg, Dalfsen). De melder, mevrouw Dinie "
                    "Kamphuis-Wolters (Vechterweg 201, 7722 SB Dalfsen), heeft foto's gestuurd; zij wil niet dat haar "
                    "naam bij de boer bekend wordt.")
    d.add_paragraph("Met vriendelijke groet,\nFrank Mensink\nToezichthouder natuur, NVWA regio Oost\nT 088 223 13 67 | "
                    "M 06 4100 2278\nNVWA: 0900 0388 | www.nvwa.nl")
    d.add_paragraph("________________________________")
    d.add_paragraph("Van:\tMeldpunt Natuur <meldpuntnatuur@overijssel.nl>\nVerzonden:\tdonderdag 3 april 2025 08:14\n"
                    "Onderwerp:\tmelding sterfte jonge grutto's Olde Maten / maaidatum")
    d.add_paragraph("Melding nr. MN-2025-0392 via het webformulier. Melder: D. Kamphuis, telefoon 0529 43 17 80. "
                    "Locatie: Natura 2000-gebied Olde Maten & Veerslootslanden, nabij kilometerpaal 14. Volgens de "
                    "Beheerregeling agrarisch natuur- en landschapsbeheer (SNL/ANLb) geldt hier een rustperiode tot "
                    "15 juni.")
    docx_pdf(d, out, author="Isa Lindeboom-Tjoa", title="FW: melding sterfte jonge grutto's")
    return [
        R("PERSON", "Isa Lindeboom-Tjoa", "Isa", "Lindeboom-Tjoa", "Lindeboom", "i.lindeboom@prv.overijssel.nl"),
        R("PERSON", "Frank Mensink", "Frank", "Mensink", "frank.mensink@nvwa.nl"),
        R("PHONE", "06 1983 4420", "06 1983 4420"), R("PHONE", "088 223 13 67", "088 223 13 67"),
        R("PHONE", "06 4100 2278", "06 4100 2278"),
        R("PERSON", "Dinie Kamphuis-Wolters", "Dinie", "Kamphuis-Wolters", "Kamphuis", "Wolters"),
        R("ADDRESS", "Vechterweg 201, 7722 SB", "Vechterweg 201", "7722 SB"),
        R("PHONE", "0529 43 17 80", "0529 43 17 80"),
        R("TRADE", "loonbedrijf Hulshof", "Hulshof"),
        K("EMAIL", "natuurvergunningen@overijssel.nl"), K("EMAIL", "sgz@overijssel.nl"),
        K("EMAIL", "meldpuntnatuur@overijssel.nl"), K("OFFICIAL", "Gedeputeerde Roy de Witte", "Roy de Witte"),
        K("ORG", "NVWA"), K("ORG", "Provincie Overijssel"), K("ADDRESS", "Luttenbergstraat 2"),
        K("PHONE", "038 499 88 99"), K("PHONE", "0900 0388"), K("ORG", "Wageningen Bioveterinary Research"),
        K("ORG", "Natuurmonumenten"), K("PLACE", "Olde Maten & Veerslootslanden"), K("CASE", "MN-2025-0392"),
        K("PROGRAM", "SNL/ANLb"), K("TITLE", "beleidsadviseur Natuur en Stikstof"),
        K("TITLE", "Toezichthouder natuur"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf17_whatsapp_handhaving_buitengebied")
def bf17(out):
    S = styles("DV", 9)
    msgs = [
        "[11-03-25 06:58:12] Handhaving buitengebied ODRA: Berichten en oproepen zijn end-to-end versleuteld.",
        "[11-03-25 06:58:40] Rita: Morgen! Ik ga om half 10 naar Van Zwolle in Andelst, Tom rijdt mee",
        "[11-03-25 07:02:03] Tom: 👍 ik neem de drone niet mee, te veel wind",
        "[11-03-25 07:15:47] Gerben: Let op, die zoon (Bart) is nogal fel. Vorig jaar politie erbij gehad, "
        "hij heeft een taakstraf gehad voor bedreiging van een BOA",
        "[11-03-25 07:16:30] Rita: Thx. Ik bel als het uit de hand loopt",
        "[11-03-25 09:41:09] Tom: Binnen. Tellen nu stal 3",
        "[11-03-25 12:20:55] Rita: Klaar. 212 koeien, vergund 180. Mestzak lek. Rapport volgt",
        "[11-03-25 12:21:30] Marieke Stoltenborg-Yilmaz: Top Rita. Zet het in Squit, zaak 2025-ODRA-04417",
        "[11-03-25 12:40:02] Gerben: Buurvrouw (Hollanderdijk 6) belde net weer met klacht, ze heet mevr. "
        "Van Benthem, 06-1177 3092",
        "[11-03-25 12:41:18] Rita: Neem ik mee in het rapport, niet haar naam",
        "[12-03-25 08:03:44] ‎Marieke Stoltenborg-Yilmaz heeft +31 6 3381 9020 toegevoegd",
        "[12-03-25 08:04:10] +31 6 3381 9020: Hoi allemaal, Joost hier, nieuw bij team Agrarisch. Werkte "
        "hiervoor bij de ODR",
        "[12-03-25 08:05:00] Tom: Welkom Joost!",
        "[12-03-25 08:30:27] Gerben: Info voor iedereen: klachtenlijn ODRA 026 377 22 00 staat vanaf vandaag "
        "ook in het weekend open",
    ]
    story = [Paragraph("WhatsApp-chat met Handhaving buitengebied ODRA", S["h2"]),
             Paragraph("Geëxporteerd op 14-03-2025 (zonder media). Aangeleverd in het kader van Woo-verzoek "
                       "WOO-2025-0117.", S["s"]), Spacer(1, 6)]
    for m in msgs:
        story.append(Paragraph(m, S["m"]))
        story.append(Spacer(1, 3))
    rl(out, story, first=lambda c, d: pagenum(c, d, "WOO-2025-0117 | "))
    hide(out, author="", title="WhatsApp-chat met Handhaving buitengebied ODRA")
    return [
        R("PERSON", "Rita (Kuipers-Baldewsingh)", "Rita"), R("PERSON", "Tom (Oudshoorn)", "Tom"),
        R("PERSON", "Gerben", "Gerben"), R("PERSON", "Van Zwolle (veehouder)", "Van Zwolle"),
        R("PERSON", "Bart (zoon)", "Bart"), R("CRIMINAL", "taakstraf voor bedreiging", "taakstraf"),
        R("PERSON", "Marieke Stoltenborg-Yilmaz", "Marieke", "Stoltenborg-Yilmaz", "Yilmaz"),
        R("ADDRESS", "Hollanderdijk 6", "Hollanderdijk 6"),
        R("PERSON", "mevr. Van Benthem", "Van Benthem", "Benthem"),
        R("PHONE", "06-1177 3092", "06-1177 3092"), R("PHONE", "+31 6 3381 9020", "+31 6 3381 9020"),
        R("PERSON", "Joost", "Joost"),
        K("ORG", "ODRA"), K("CASE", "2025-ODRA-04417"), K("CASE", "WOO-2025-0117"), K("PHONE", "026 377 22 00"),
        K("PRODUCT", "Squit"), K("PLACE", "Andelst"), K("ORG", "team Agrarisch"), K("ORG", "ODR"),
        K("TITLE", "BOA"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf18_teams_chat_stikstofteam_html")
def bf18(out):
    rows = [
        ("Wouter Hazenberg", "10:02", "Zijn de AERIUS-resultaten voor Kampina binnen? Gedeputeerde Van der Maat "
                                      "vraagt ernaar voor PS."),
        ("Chantal Nieuwenhuis-Said", "10:05", "Ja, staat in de Teams-map. Let op: RVO-relatienummer van de "
                                               "melkveehouder (2100566182) staat nog in het rekenbestand."),
        ("Wouter Hazenberg", "10:06", "Oeps. Chantal, kun jij dat eruit halen voor het naar Statencommissie "
                                      "Ruimte gaat?"),
        ("Chantal Nieuwenhuis-Said", "10:11", "Gedaan. En de heer Van Gerwen (Boxtel) heeft gebeld, zijn vrouw is "
                                               "opgenomen, hij vraagt uitstel van de hoorzitting."),
        ("Ilse", "10:15", "Ik zet het in Corsa op zaak Z-BRA-2025-77312. @Wouter: lunch 12u?"),
        ("Wouter Hazenberg", "10:16", "👍 Bel anders even, 06 2290 8841"),
    ]
    body = "".join(f"<div class='m'><div class='who'>{w} <span>{t}</span></div><div>{x}</div></div>"
                   for w, t, x in rows)
    html = f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Chat - Stikstof uitvoering</title>
<style>body{{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:15mm}} h1{{font-size:14pt;color:#464775}}
.m{{border-left:3px solid #6264a7;padding:4px 8px;margin:8px 0;background:#f5f5fb}} .who{{font-weight:bold}}
.who span{{font-weight:normal;color:#777;font-size:8.5pt}} .meta{{font-size:8pt;color:#666}}</style></head><body>
<h1>Microsoft Teams - chat "Stikstof uitvoering Brabant"</h1>
<p class="meta">Export 2 april 2025, Provincie Noord-Brabant, Brabantlaan 1, 's-Hertogenbosch. Deelnemers: 4.
Woo-verzoek 2025-PNB-0091.</p>{body}
<p class="meta">Einde export. Vragen: woo@brabant.nl</p></body></html>"""
    chromium(html, out)
    hide(out, author="Wouter Hazenberg", title="Chat Stikstof uitvoering Brabant")
    return [
        R("PERSON", "Wouter Hazenberg", "Wouter", "Hazenberg"),
        R("PERSON", "Chantal Nieuwenhuis-Said", "Chantal", "Nieuwenhuis-Said", "Said"),
        R("PERSON", "Ilse", "Ilse"), R("PERSON", "Van Gerwen", "Gerwen"),
        R("HEALTH", "vrouw is opgenomen", "opgenomen"),
        R("ID", "relatienummer 2100566182", "2100566182"), R("PHONE", "06 2290 8841", "06 2290 8841"),
        K("OFFICIAL", "Gedeputeerde Van der Maat", "Gedeputeerde Van der Maat"), K("PLACE", "Kampina"),
        K("ORG", "Statencommissie Ruimte"), K("PRODUCT", "Corsa"), K("CASE", "Z-BRA-2025-77312"),
        K("CASE", "2025-PNB-0091"), K("EMAIL", "woo@brabant.nl"), K("ADDRESS", "Brabantlaan 1"),
        K("ORG", "Provincie Noord-Brabant"), K("PRODUCT", "Microsoft Teams"), K("PLACE", "Boxtel"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf19_verslag_omgevingsoverleg_provincie")
def bf19(out):
    S = styles("DV", 9.5)
    story = [
        Paragraph("Verslag Bestuurlijk Overleg Gebiedsprogramma Vitaal Platteland Salland", S["h1"]),
        kv([("Datum", "14 mei 2025, 13.30 - 16.00 uur"), ("Locatie", "Provinciehuis Overijssel, Zwolle, zaal IJssel"),
            ("Voorzitter", "gedeputeerde Roy de Witte"), ("Verslag", "J.C. Westendorp-Moes")], [35 * mm, 130 * mm]),
        Spacer(1, 4),
        Paragraph("<b>Aanwezig</b>: gedeputeerde Roy de Witte (Provincie Overijssel), burgemeester Erik Lievers "
                  "(Dalfsen), wethouder Bert Wiggers (Raalte), dijkgraaf Jan Pieter Frankena (Waterschap Drents "
                  "Overijsselse Delta), Pieter de Vlieger (LTO Noord, veehouder te Heino), Annet Groot Koerkamp "
                  "(Natuurmonumenten), Karin Boomsma-Ter Haar (Landschap Overijssel), ing. Hidde Nijhof (ambtelijk "
                  "secretaris), Priya Ramdin (Omgevingsdienst IJsselland)", S["p"]),
        Paragraph("<b>Afwezig met kennisgeving</b>: wethouder Maurits Otten (Olst-Wijhe), Gerdien "
                  "Bloemendaal-Prins (Rabobank Salland)", S["p"]),
        Paragraph("1. Opening en mededelingen", S["h2"]),
        Paragraph("De voorzitter opent de vergadering. De minister van LVVN, mevrouw Wiersma, heeft op 2 mei 2025 "
                  "de brief over de Landbouwkoers naar de Kamer gestuurd. Kamerlid Derk Boswijk (CDA) heeft vragen "
                  "gesteld over het Nationaal Programma Landelijk Gebied (NPLG).", S["p"]),
        Paragraph("2. Stand van zaken extensivering rond De Wieden en Vecht- en Beneden-Reggegebied", S["h2"]),
        Paragraph("Dhr. De Vlieger meldt dat twaalf bedrijven belangstelling hebben voor de Landelijke "
                  "beëindigingsregeling veehouderijlocaties (Lbv-plus). Hij noemt de familie Brinkman-Oosterveld "
                  "(Marsweg 19, 8131 PT Wijhe) die op de wachtlijst staat en van wie mevrouw sinds de aanvraag in "
                  "behandeling is bij GGZ Dimence. De voorzitter verzoekt dergelijke persoonlijke omstandigheden niet "
                  "in het overleg te bespreken.", S["p"]),
        Paragraph("Mw. Ramdin licht de AERIUS-analyse toe: de depositie op het stikstofgevoelige habitat "
                  "(H7140A overgangs- en trilvenen) daalt met gemiddeld 38 mol/ha/jaar als alle aanmeldingen "
                  "doorgaan.", S["p"]),
        Paragraph("3. Waterbeheer en bufferstroken", S["h2"]),
        Paragraph("Dijkgraaf Frankena meldt dat het waterschap € 4,2 miljoen uit het Deltaplan Agrarisch "
                  "Waterbeheer beschikbaar stelt. Mw. Groot Koerkamp pleit voor bredere bufferstroken (6 meter).",
                  S["p"]),
        PageBreak(),
        Paragraph("4. Actielijst", S["h2"]),
        tbl([["Nr", "Actie", "Wie", "Gereed"],
             ["25-11", "Overzicht aanmeldingen Lbv-plus per gemeente (geanonimiseerd)", "PdV / HN", "1 juni 2025"],
             ["25-12", "Notitie bufferstroken met kaarten", "AGK", "juni 2025"],
             ["25-13", "AERIUS-analyse actualiseren met nieuwe emissiefactoren", "PR (ODIJ)", "juli 2025"],
             ["25-14", "Bestuurlijke brief aan minister LVVN over financiering", "gedeputeerde De Witte", "1 juni 2025"],
             ["25-15", "Uitnodiging veldbezoek Vecht-Regge", "HN", "doorlopend"]],
            [15 * mm, 85 * mm, 35 * mm, 30 * mm], S),
        Spacer(1, 6),
        Paragraph("Actie: PdV neemt contact op met de Brinkman-Oosterveld-familie over begeleiding (via LTO "
                  "Noord, niet via de provincie).", S["p"]),
        Paragraph("Volgende vergadering: 9 juli 2025. Secretariaat: vitaalplatteland@overijssel.nl, "
                  "038 499 88 99. Verslag: JCWM.", S["p"]),
    ]
    rl(out, story, first=lambda c, d: pagenum(c, d, "Verslag BO Vitaal Platteland Salland 14-05-2025 | "))
    hide(out, author="Westendorp-Moes, J.C.", title="Verslag BO VP Salland 14 mei 2025",
         notes=[(1, 500, 700, "Hidde: actie 25-11 ook naar Karin sturen? JCWM", "J.C. Westendorp-Moes")])
    return [
        R("PERSON", "J.C. Westendorp-Moes", "Westendorp-Moes", "JCWM"),
        R("PERSON", "Pieter de Vlieger", "Pieter de Vlieger", "De Vlieger", "PdV"),
        R("PERSON", "Annet Groot Koerkamp", "Annet", "Groot Koerkamp", "AGK"),
        R("PERSON", "Karin Boomsma-Ter Haar", "Karin", "Boomsma-Ter Haar"),
        R("PERSON", "Hidde Nijhof", "Hidde", "Nijhof", "HN"),
        R("PERSON", "Priya Ramdin", "Priya", "Ramdin", "PR"),
        R("PERSON", "Gerdien Bloemendaal-Prins", "Gerdien", "Bloemendaal-Prins"),
        R("PERSON", "familie Brinkman-Oosterveld", "Brinkman-Oosterveld"),
        R("ADDRESS", "Marsweg 19, 8131 PT Wijhe", "Marsweg 19", "8131 PT"),
        R("HEALTH", "in behandeling bij GGZ Dimence", "GGZ Dimence"),
        K("OFFICIAL", "gedeputeerde Roy de Witte", "Roy de Witte", "gedeputeerde De Witte"),
        K("OFFICIAL", "burgemeester Erik Lievers", "Erik Lievers"), K("OFFICIAL", "wethouder Bert Wiggers", "Bert Wiggers"),
        K("OFFICIAL", "dijkgraaf Jan Pieter Frankena", "Jan Pieter Frankena", "Dijkgraaf Frankena"),
        K("OFFICIAL", "wethouder Maurits Otten", "Maurits Otten"), K("OFFICIAL", "minister Wiersma", "Wiersma"),
        K("OFFICIAL", "Kamerlid Derk Boswijk", "Derk Boswijk"), K("ORG", "LTO Noord"),
        K("ORG", "Natuurmonumenten"), K("ORG", "Landschap Overijssel"), K("ORG", "Rabobank Salland"),
        K("ORG", "Waterschap Drents Overijsselse Delta"), K("PROGRAM", "Nationaal Programma Landelijk Gebied"),
        K("PROGRAM", "Lbv-plus"), K("PROGRAM", "Deltaplan Agrarisch Waterbeheer"), K("PLACE", "De Wieden"),
        K("ID", "H7140A"), K("AMOUNT", "€ 4,2 miljoen"), K("EMAIL", "vitaalplatteland@overijssel.nl"),
        K("PHONE", "038 499 88 99"), K("DATE", "9 juli 2025"), K("ORG", "ODIJ"), K("TITLE", "ambtelijk secretaris"),
    ]


# ---------------------------------------------------------------------------------------------
def _scan_src(name, story_fn):
    WORK.mkdir(exist_ok=True)
    src = WORK / (name + "_src.pdf")
    story_fn(src)
    return src


@doc("bf20_scan_klachtbrief_buurman")
def bf20(out):
    S = styles("DS", 11.5)

    def mk(src):
        story = [
            Paragraph("H.A. (Hennie) Bijlsma<br/>Slingeweg 3<br/>8102 RE Raalte<br/>tel. 0572 35 19 04", S["p"]),
            Spacer(1, 14),
            Paragraph("Aan de Omgevingsdienst IJsselland<br/>afdeling Toezicht<br/>Postbus 1146<br/>8001 BC Zwolle",
                      S["p"]),
            Spacer(1, 10),
            Paragraph("Raalte, 6 februari 2025", S["p"]),
            Paragraph("Betreft: stankoverlast varkensbedrijf Heetebrij, Slingeweg 5", S["p"]),
            Paragraph("Geachte heer, mevrouw,", S["p"]),
            Paragraph("Al sinds de zomer ruiken wij bijna elke avond een zware mestlucht. Mijn man, Wim Bijlsma, "
                      "heeft COPD en kan dan niet buiten zitten. Ik heb dit al drie keer gemeld bij het klachtennummer. "
                      "De eigenaar, de heer Gerard Heetebrij, zegt dat de luchtwasser gewoon werkt. Wij willen dat u "
                      "komt meten. Ook onze buren Jannie en Albert Hofman (Slingeweg 7) hebben last.", S["p"]),
            Paragraph("Met vriendelijke groet,", S["p"]),
            Spacer(1, 24),
            Paragraph("H.A. Bijlsma", S["p"]),
        ]
        rl(src, story, margins=(30, 25, 25, 25))
    src = _scan_src(out.stem, mk)
    scan(src, out, skew=1.1, seed=20, stamp=[(120, 285, "ODIJ ingekomen 10-02-2025  zaak Z2025-004412")])
    hide(out, author="Canon iR-ADV C5535 scanner", title="scan0214")
    return [
        R("PERSON", "Hennie Bijlsma", "Hennie", "Bijlsma"),
        R("ADDRESS", "Slingeweg 3, 8102 RE Raalte", "Slingeweg 3", "8102 RE"),
        R("PHONE", "0572 35 19 04", "0572 35 19 04"),
        R("PERSON", "Wim Bijlsma", "Wim"), R("HEALTH", "COPD", "COPD"),
        R("PERSON", "Gerard Heetebrij", "Gerard", "Heetebrij"),
        R("ADDRESS", "Slingeweg 5", "Slingeweg 5"),
        R("PERSON", "Jannie en Albert Hofman", "Jannie", "Albert", "Hofman"),
        R("ADDRESS", "Slingeweg 7", "Slingeweg 7"),
        K("ORG", "ODIJ"), K("CASE", "Z2025-004412"), K("DATE", "10-02-2025"),
    ]


@doc("bf21_scan_handhavingsverzoek_2p")
def bf21(out):
    S = styles("DV", 11)

    def mk(src):
        story = [
            Paragraph("Stichting Leefbaar Buitengebied Barneveld", S["h2"]),
            Paragraph("p/a Esveldsweg 44, 3772 NA Barneveld", S["p"]),
            Spacer(1, 10),
            Paragraph("Aan het college van burgemeester en wethouders van Barneveld<br/>Raadhuisplein 2<br/>"
                      "3771 ER Barneveld", S["p"]),
            Paragraph("Barneveld, 20 januari 2025", S["p"]),
            Paragraph("Onderwerp: verzoek om handhaving pluimveebedrijf Van Ravenhorst, Esveldsweg 48", S["p"]),
            Paragraph("Geacht college,", S["p"]),
            Paragraph("Namens onze stichting en namens de direct omwonenden verzoeken wij u handhavend op te treden "
                      "tegen het pluimveebedrijf van de heer T.J. van Ravenhorst. Volgens onze waarneming worden er "
                      "meer dan de vergunde 60.000 leghennen gehouden en is de luchtwasser regelmatig uitgeschakeld. "
                      "Wij verwijzen naar de Omgevingswet en het Besluit activiteiten leefomgeving.", S["p"]),
            Paragraph("Bijgaand vindt u de handtekeningen van de omwonenden.", S["p"]),
            Paragraph("Hoogachtend,<br/>Marinus Brouwer-Laseur, voorzitter<br/>Esveldsweg 44, 3772 NA Barneveld<br/>"
                      "06-3012 8846", S["p"]),
            PageBreak(),
            Paragraph("Bijlage: handtekeningenlijst omwonenden", S["h2"]),
            tbl([["Naam", "Adres", "Handtekening"],
                 ["G. van de Bunt", "Esveldsweg 50", "G. vd Bunt"],
                 ["Fatima el Idrissi", "Esveldsweg 52", "F. el Idrissi"],
                 ["H. Boeve-Lagerweij", "Kallenbroekerweg 9", "H. Boeve"],
                 ["Kees Dijkgraaf", "Kallenbroekerweg 11", "K. Dijkgraaf"]],
                [55 * mm, 55 * mm, 50 * mm], S, size=11),
        ]
        rl(src, story, margins=(28, 25, 25, 25))
    src = _scan_src(out.stem, mk)
    scan(src, out, skew=-0.6, seed=21, stamp=[(25, 287, "Gemeente Barneveld - ingekomen 22 JAN 2025 - "
                                                          "D25.01881")])
    return [
        R("TRADE", "pluimveebedrijf Van Ravenhorst", "Ravenhorst"),
        R("ADDRESS", "Esveldsweg 48", "Esveldsweg 48"),
        R("PERSON", "Marinus Brouwer-Laseur", "Marinus", "Brouwer-Laseur"),
        R("ADDRESS", "Esveldsweg 44, 3772 NA", "Esveldsweg 44", "3772 NA"),
        R("PHONE", "06-3012 8846", "06-3012 8846"),
        R("PERSON", "G. van de Bunt", "~Bunt"), R("ADDRESS", "Esveldsweg 50", "Esveldsweg 50"),
        R("PERSON", "Fatima el Idrissi", "Fatima", "Idrissi"), R("ADDRESS", "Esveldsweg 52", "Esveldsweg 52"),
        R("PERSON", "H. Boeve-Lagerweij", "Boeve"), R("ADDRESS", "Kallenbroekerweg 9", "Kallenbroekerweg 9"),
        R("PERSON", "Kees Dijkgraaf", "Kees", "Dijkgraaf"), R("ADDRESS", "Kallenbroekerweg 11", "Kallenbroekerweg 11"),
        K("ORG", "Gemeente Barneveld"), K("CASE", "D25.01881"),
    ]


@doc("bf22_scan_machtiging_uwv")
def bf22(out):
    S = styles("DV", 11)
    B = bsn(2201, dots=True)

    def mk(src):
        story = [
            Paragraph("UWV - Formulier Machtiging", S["h2"]),
            Paragraph("Met dit formulier machtigt u iemand om namens u contact te hebben met UWV.", S["p"]),
            kv([("1. Uw naam", "Dragan Petrović"), ("Burgerservicenummer", B), ("Geboortedatum", "17-06-1979"),
                ("Adres", "Schipholweg 231-A"), ("Postcode en plaats", "2034 LR Haarlem"), ("Telefoon", "06 4418 2207"),
                ("2. Naam gemachtigde", "Mirela Petrović-Kovač (echtgenote)"),
                ("Reden", "ik ben opgenomen in revalidatiecentrum Heliomare na een beroerte"),
                ("3. Handtekening", "D. Petrović"), ("Datum", "2 mei 2025")], [55 * mm, 105 * mm], size=11),
            Spacer(1, 10),
            Paragraph("Stuur dit formulier naar: UWV, Postbus 58285, 1040 HG Amsterdam. Vragen: 0900 92 94.",
                      S["p"]),
        ]
        rl(src, story, margins=(28, 25, 25, 25))
    src = _scan_src(out.stem, mk)
    scan(src, out, skew=0.0, seed=22)
    hide(out, author="Scanstraat UWV Amsterdam", title="machtiging 2025-05-06 batch 0442")
    return [
        R("PERSON", "Dragan Petrović", "Dragan", "~Petrovi"),
        R("BSN", B.replace(".", ""), B),
        R("DOB", "17-06-1979", "17-06-1979"),
        R("ADDRESS", "Schipholweg 231-A, 2034 LR Haarlem", "Schipholweg 231-A", "2034 LR"),
        R("PHONE", "06 4418 2207", "06 4418 2207"),
        R("PERSON", "Mirela Petrović-Kovač", "Mirela"),
        R("HEALTH", "beroerte", "beroerte"),
    ]
