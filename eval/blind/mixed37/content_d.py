"""Extra shapes: a meeting request with a reply chain (JenV), a Woo web-form print with filled
form fields (provincie Gelderland) and a provincial Woo decision with its inventory in one PDF."""
from reportlab.platypus import Flowable, PageBreak

from framework import (B, Doc, H, K, KV, P, R, SP, StickyNote, T, build_pdf, letterhead)
from content_a import MOTIV, mailhdr
from content_c import JV

GLD = ["Provincie Gelderland", "Afdeling Juridische Zaken", "Markt 11", "6811 CG Arnhem", "Postbus 9090",
       "6800 GX Arnhem", "026 359 99 99"]


class FormField(Flowable):
    """A filled AcroForm text field (value in /V and in its appearance stream)."""
    def __init__(self, name, value, width=300, height=16):
        super().__init__()
        self.name, self.value = name, value
        self.width, self.height = width, height

    def draw(self):
        self.canv.acroForm.textfield(name=self.name, value=self.value, x=0, y=0, width=self.width,
                                     height=self.height, relative=True, fontName="Helvetica", fontSize=9,
                                     borderWidth=0.5, forceBorder=True, tooltip=self.name)


def e32(path):
    s = [P("<b>Lachmon, Ricardo</b>", "mail", raw=True), SP(1),
         mailhdr([("Van:", "Lachmon, Ricardo <r.lachmon@minjenv.nl>"), ("Verzonden:", "dinsdag 18 februari 2025 10:02"),
                  ("Aan:", "Vreeswijk, Anke; Oduya, Bram; DJI Inkoop <inkoop@dji.minjus.nl>"),
                  ("Onderwerp:", "Vergaderverzoek: afstemming Woo schoonmaakcontracten DJI"),
                  ("Locatie:", "Turfmarkt 147, zaal 12.03 / Microsoft Teams"),
                  ("Tijdstip:", "donderdag 20 februari 2025 13:00-14:00 (UTC+01:00) Amsterdam, Berlijn, Rome")]),
         SP(2),
         KV([("Organisator:", "Ricardo Lachmon"),
             ("Vereiste deelnemers:", "Vreeswijk, Anke; Oduya, Bram; Nowak, Dominika (extern); "
                                      "woordvoering JenV"),
             ("Optionele deelnemers:", "Lachmon, Ricardo; secretariaat DWJZ")], 38, 128), SP(2),
         P("Agenda: 1. stand zienswijzen (Nowak, andere leveranciers); 2. weigergronden 5.1.1c en 5.1.2e; "
           "3. planning besluit (deadline 28 maart); 4. afstemming met de IND als opdrachtgever."),
         P("Microsoft Teams-vergadering | Deelnemen via de computer of mobiele app | Vergadering-ID: 374 119 802 55 "
           "| Wachtwoord: Hv7sQ2"),
         SP(3), P("________________________________", "mail"),
         mailhdr([("Van:", "Oduya, Bram"), ("Verzonden:", "maandag 17 februari 2025 16:44"),
                  ("Aan:", "Lachmon, Ricardo"), ("CC:", "Vreeswijk, Anke"),
                  ("Onderwerp:", "RE: zienswijze Nowak")]), SP(2),
         P("Ricardo,"),
         P("Mevrouw Nowak heeft gebeld. Zij heeft bezwaar tegen openbaarmaking van haar uurtarieven en vraagt of "
           "haar woonadres in Rijswijk uit de stukken gaat. Ik heb gezegd dat we de handelsnaam Schoonmaakbedrijf "
           "D. Nowak lakken. Zij is bereikbaar op 06-71 20 44 93 (alleen 's ochtends)."),
         P("Staatssecretaris Coenradie heeft via de PA laten weten dat ze het besluit voor verzending wil zien."),
         P("Groet,\nBram Oduya\ncontractmanager, Dienst Justitiële Inrichtingen\nT 088 071 22 19 (direct)"),
         SP(3), P("________________________________", "mail"),
         mailhdr([("From:", "Vreeswijk, Anke <a.vreeswijk@minjenv.nl>"), ("Sent:", "Monday, 17 February 2025 09:12"),
                  ("To:", "Oduya, Bram <b.oduya@dji.minjus.nl>"), ("Cc:", "Lachmon, Ricardo <r.lachmon@minjenv.nl>"),
                  ("Subject:", "zienswijze Nowak")]), SP(2),
         P("Bram, kun jij Dominika Nowak bellen over de zienswijze? Zij reageert niet op mail. Minister Van Weel "
           "krijgt het besluit ter informatie. Ik ben vandaag bereikbaar op 06 41 22 90 17."),
         P("Met vriendelijke groet,\nmr. Anke Vreeswijk\nsenior jurist | Directie Wetgeving en Juridische Zaken\n"
           "Ministerie van Justitie en Veiligheid | Turfmarkt 147 | 2511 DP Den Haag"),
         SP(3), P("________________________________", "mail"),
         mailhdr([("Van:", "Lachmon, Ricardo"), ("Verzonden:", "vrijdag 14 februari 2025 15:30"),
                  ("Aan:", "Vreeswijk, Anke"), ("Onderwerp:", "FW: Woo-verzoek mevrouw Kaya - ontvangstbevestiging")]),
         SP(2),
         P("Anke, ter info: de ontvangstbevestiging aan mevrouw Kaya is verstuurd naar selin.kaya@hotmail.com. "
           "Zij vroeg of ze ook stukken over de IND kan krijgen; dat valt buiten het verzoek."),
         P("Ricardo Lachmon\njurist Woo | wooverzoeken@minjenv.nl"),
         SP(4), P("Dit bericht kan informatie bevatten die niet voor u is bestemd.", "small")]
    build_pdf(path, s, meta={"title": "Vergaderverzoek: afstemming Woo schoonmaakcontracten DJI",
                             "author": "Lachmon, Ricardo", "creator": "Microsoft Outlook"})


def e33(path):
    s = [P("<b>Provincie Gelderland</b> | Webformulier", "h2", raw=True),
         H("Woo-verzoek indienen"),
         P("Ingediend via gelderland.nl op 6 januari 2025 om 21:14. Referentie: WEB-2025-000318. Dit is een "
           "afdruk van het ingevulde formulier; de ingevulde velden staan in de formuliervelden van dit "
           "bestand.", "small"), SP(3),
         B("Uw gegevens")]
    fields = [("Naam", "naam", "drs. E.J. (Evert-Jan) Tuinman-Oyelaran"),
              ("Straat en huisnummer", "adres", "Van Heemstralaan 58"),
              ("Postcode en plaats", "postcode", "6881 RD Velp"),
              ("E-mailadres", "email", "ej.tuinman@xs4all.nl"),
              ("Telefoonnummer", "telefoon", "+31 6 39 02 71 55"),
              ("Organisatie (optioneel)", "organisatie", "")]
    for label, name, val in fields:
        s += [T([[label, ""]], [55, 110], grid=False, header=False), FormField(name, val), SP(2)]
    s += [SP(2), B("Uw verzoek"),
          P("Ik verzoek om alle documenten over de provinciale bijdrage aan de legalisatie van PAS-melders op de "
            "Veluwe, waaronder de GS-nota van april 2024, de correspondentie met het ministerie van LNV en de "
            "verslagen van de gebiedstafel Barneveld. Periode: 1 januari 2024 tot en met 31 december 2024."),
          P("Voorkeur voor digitale verstrekking: ja. Ik ben bekend met de Wet open overheid."),
          SP(3), B("Verwerking"),
          P("Uw verzoek wordt behandeld door de afdeling Juridische Zaken. De provincie Gelderland gebruikt uw "
            "gegevens alleen voor de behandeling van dit verzoek. Vragen: post@gelderland.nl of 026 359 99 99."),
          StickyNote("Toegewezen aan Emre Aydın en Willemijn Groot Wassink (JZ: N. de Haan-Sitompul)",
                     "de Haan-Sitompul, Nienke")]
    build_pdf(path, s, meta={"title": "Woo-verzoek WEB-2025-000318", "author": "webformulier gelderland.nl",
                             "creator": "Formulierenserver"})


def e34(path):
    s = [letterhead(GLD, [("Behandeld door", "mr. N. de Haan-Sitompul"), ("Telefoon", "026 359 84 06"),
                          ("E-mail", "n.dehaan-sitompul@gelderland.nl"), ("Zaaknummer", "2025-000318"),
                          ("Datum", "3 maart 2025")],
                    ["De heer drs. E.J. Tuinman-Oyelaran", "Van Heemstralaan 58", "6881 RD  Velp"])]
    s += [SP(6), KV([("Onderwerp", "Besluit op uw Woo-verzoek over de bijdrage aan PAS-melders Veluwe")], 24, 140),
          SP(3), P("Geachte heer Tuinman-Oyelaran,"),
          P("Op 6 januari 2025 heeft u via ons webformulier (referentie WEB-2025-000318) gevraagd om documenten over "
            "de provinciale bijdrage aan de legalisatie van PAS-melders op de Veluwe. Gedeputeerde Staten van "
            "Gelderland hebben 6 documenten gevonden. Wij maken 2 documenten openbaar en 4 deels openbaar."),
          H("Overwegingen", 2),
          P("De namen van gedeputeerde Van 't Hoog en commissaris van de Koning Berends en van minister Wiersma "
            "blijven leesbaar. Namen, e-mailadressen en telefoonnummers van medewerkers van de provincie en van "
            "het ministerie van LNV zijn gelakt (5.1.2e). Het algemene nummer 026 359 99 99 en het adres "
            "post@gelderland.nl zijn niet gelakt. Documenten die al openbaar zijn, zoals de brief van minister "
            "Wiersma van 28 februari 2024, zijn in de inventarislijst vermeld maar niet opnieuw verstrekt."),
          P("Tegen dit besluit kunt u binnen zes weken bezwaar maken bij Gedeputeerde Staten, Postbus 9090, "
            "6800 GX Arnhem."),
          SP(4), P("Met vriendelijke groet,"), P("Gedeputeerde Staten van Gelderland,"), P("namens dezen,"), SP(8),
          P("mr. N. de Haan-Sitompul"), P("juridisch adviseur")] + [SP(3)] + MOTIV
    s += [PageBreak(), H("Bijlage - Inventarislijst zaak 2025-000318"),
          T([["Nr.", "Datum", "Omschrijving", "Beoordeling", "Grond"],
             ["1", "09-04-2024", "GS-nota inzet provincie PAS-melders Veluwe (opsteller W. Groot Wassink, paraaf "
                                 "JMTB)", "Deels openbaar", "5.1.2e"],
             ["2", "16-04-2024", "Besluitenlijst GS, gedeputeerde Van 't Hoog", "Openbaar", "-"],
             ["3", "05-03-2024", "FW: bestuurlijk overleg - mail E. Aydın aan R. Boukhari (LNV)", "Deels openbaar",
              "5.1.2e"],
             ["4", "05-03-2024", "WhatsApp Groot Wassink / ter Brugge / Boukhari", "Deels openbaar", "5.1.2e"],
             ["5", "28-02-2024", "Brief minister Wiersma aan Gedeputeerde Staten", "Openbaar", "reeds openbaar"],
             ["6", "12-11-2024", "Verslag gebiedstafel Barneveld (voorzitter: Hans ten Brink-Olthof)",
              "Deels openbaar", "5.1.2e"]], [10, 22, 90, 26, 22]),
          SP(3), P("Behandeld door de afdeling Juridische Zaken (post@gelderland.nl).", "small")]
    build_pdf(path, s, meta={"title": "Besluit Woo 2025-000318", "author": "Haan-Sitompul, N. de"})


TUINMAN = [R("PERSON", "drs. E.J. (Evert-Jan) Tuinman-Oyelaran", "Tuinman-Oyelaran", "Evert-Jan",
             "ej.tuinman@xs4all.nl"),
           R("ADDRESS", "Van Heemstralaan 58, 6881 RD Velp", "Van Heemstralaan 58", "6881 RD"),
           R("PHONE", "+31 6 39 02 71 55", "+31 6 39 02 71 55")]
HAAN = [R("PERSON", "mr. Nienke de Haan-Sitompul", "Haan-Sitompul", "Nienke", "n.dehaan-sitompul@gelderland.nl"),
        R("PHONE", "026 359 84 06", "026 359 84 06")]

DOCS = [
    Doc("au32_vergaderverzoek_mailketen_jenv", e32, [
        R("PHONE", "06-71 20 44 93", "06-71 20 44 93"), R("PHONE", "088 071 22 19 (direct)", "088 071 22 19"),
        R("EMAIL", "b.oduya@dji.minjus.nl", "b.oduya@dji.minjus.nl"),
        R("EMAIL", "selin.kaya@hotmail.com", "selin.kaya@hotmail.com"),
        R("TRADE", "Schoonmaakbedrijf D. Nowak", "Schoonmaakbedrijf D. Nowak"),
        K("CONTACT", "inkoop@dji.minjus.nl", ("inkoop@dji.minjus.nl", False)),
        K("ORG", "Directie Wetgeving en Juridische Zaken", "Directie Wetgeving en Juridische Zaken"),
        K("TITLE", "contractmanager", "contractmanager")]),
    Doc("au33_woo_webformulier_gelderland", e33, TUINMAN + HAAN + [K("ORG", "Juridische Zaken", "Juridische Zaken")]),
    Doc("au34_besluit_woo_gelderland", e34, TUINMAN + HAAN + [
        R("PERSON", "J.M. (Hans) ten Brink-Olthof", "ten Brink-Olthof", "Hans", "JMTB"),
        K("TITLE", "juridisch adviseur", "juridisch adviseur")]),
]
