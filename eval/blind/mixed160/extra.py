"""Second-pass additions (surname-only and OCR redact probes, more keep probes), applied by stem."""
from lib import K, R

EXTRA_REDACT = {
    "vb08_verslag_hoorzitting": [R("PERSON", "Wim Roodbeen (surname)", "Roodbeen")],
    "vb09_teams_chat_balie": [R("PERSON", "surnames", "Brinkhuis", "Ramdin", "Smeenk")],
    "vb11_mail_rvig": [R("PERSON", "surnames", "Oosterbaan", "Dölle", "Brinkhuis")],
    "vb14_auditrapport_brp": [R("PERSON", "surnames", "Vreugdenhil", "Hoogendoorn", "Wijngaarden")],
    "vb15_bijlage_logging": [R("PERSON", "surnames", "Wijngaarden", "Ramdin", "Hakkert", "Aydın")],
    "vb19_rooster_burgerzaken": [R("PERSON", "surnames", "Brinkhuis", "Ramdin", "Bleeker")],
    "vb21_notulen_werkoverleg": [R("PERSON", "surnames", "Hakkert", "Aydın", "Brinkhuis")],
    "vb13_scan_verklaring_balie": [R("PERSON", "OCR extra", "Smeenk", "Rob ter Weele", "Priya", ch="ocr")],
    "vb28_scan_presentielijst": [R("PERSON", "OCR signatures", "K. de Bruijn", "M. Aydin", "Hakkert", "W. Brinkhuis",
                                   "Hanneke Vos-Terpstra", "HVT", "Ramdin", ch="ocr")],
    "vb29_scan_verklaring_getuige": [R("PHONE", "06 51 33 20 87", "06 51 33 20 87", ch="ocr"),
                                     R("PERSON", "Tom Verhagen (surname)", "Verhagen", ch="ocr")],
}

EXTRA_KEEP = {
    "vb01_woo_verzoek": [K("REG", "BRP", "BRP"), K("TERM", "identiteitsfraude", "identiteitsfraude")],
    "vb02_ontvangstbevestiging": [K("TERM", "zienswijze", "zienswijze"), K("DATE", "14 april 2026", "14 april 2026")],
    "vb03_klacht_bruidspaar": [K("TERM", "huwelijksakte", "huwelijksakte"), K("TERM", "trouwlocatie", "trouwlocatie")],
    "vb04_mail_klacht_babs": [K("TERM", "hoorzitting", "hoorzitting"), K("TERM", "personeelsdossier", "personeelsdossier")],
    "vb05_reactie_babs": [K("FUNC", "ceremoniemeester", "ceremoniemeester"), K("TERM", "Hoogachtend", "Hoogachtend")],
    "vb06_brief_afhandeling_klacht": [K("TERM", "huwelijksakte", "huwelijksakte"), K("DATE", "17 maart 2026", "17 maart 2026")],
    "vb07_beslisnota_babs": [K("HEAD", "Geadviseerd besluit", "Geadviseerd besluit"), K("TERM", "zzp-basis", "zzp-basis")],
    "vb08_verslag_hoorzitting": [K("TERM", "geluidsopname", "geluidsopname"), K("HEAD", "Actiepunten", "Actiepunten")],
    "vb09_teams_chat_balie": [K("TERM", "paspoort", "paspoort"), K("FUNC", "wachtmeester", "wachtmeester")],
    "vb10_meldformulier_idfraude": [K("TERM", "Uitgevende instantie", "Uitgevende instantie"), K("DATE", "12-03-2026", "12-03-2026")],
    "vb11_mail_rvig": [K("TERM", "vermoedelijk misbruik", "vermoedelijk misbruik"), K("TERM", "gezichtsvergelijking", "gezichtsvergelijking")],
    "vb12_mail_kmar_politie": [K("TERM", "camerabeelden", "camerabeelden"), K("TERM", "proces-verbaal van bevindingen", "proces-verbaal van bevindingen")],
    "vb14_auditrapport_brp": [K("TERM", "doelbinding", "doelbinding"), K("TERM", "datalek", "datalek")],
    "vb15_bijlage_logging": [K("TERM", "Totaal afwijkend", "Totaal afwijkend")],
    "vb16_gespreksverslag_hr": [K("TERM", "disciplinaire maatregel", "disciplinaire maatregel"), K("HEAD", "Gespreksverslag", "Gespreksverslag")],
    "vb17_brief_voornemen_maatregel": [K("TERM", "disciplinaire maatregel", "disciplinaire maatregel"), K("TERM", "zienswijze", "zienswijze")],
    "vb18_besluit_berisping": [K("TERM", "schriftelijke berisping", "schriftelijke berisping"), K("DATE", "1 januari 2027", "1 januari 2027")],
    "vb19_rooster_burgerzaken": [K("HEAD", "Huwelijksdienst", "Huwelijksdienst zaterdag 14 maart"), K("TERM", "Publiekshal stadhuis", "Publiekshal stadhuis")],
    "vb21_notulen_werkoverleg": [K("TERM", "e-learning", "e-learning"), K("HEAD", "Actielijst", "Actielijst")],
    "vb22_factuur_babs": [K("HEAD", "FACTUUR", "FACTUUR"), K("TERM", "Huwelijksvoltrekking", "Huwelijksvoltrekking")],
    "vb23_factuur_tolk": [K("ORG", "Tolk- en Vertaalpraktijk", "Tolk- en Vertaalpraktijk"), K("TERM", "Btw 21%", "Btw 21%")],
    "vb26_persbericht": [K("TERM", "trouwlocaties", "trouwlocaties"), K("HEAD", "PERSBERICHT", "PERSBERICHT")],
    "vb27_concept_persbericht": [K("TERM", "persvoorlichting", "persvoorlichting"), K("DATE", "14 maart", "14 maart")],
    "vb30_brief_rvig": [K("TERM", "look-alike-fraude", "look-alike-fraude"), K("DATE", "27 maart 2026", "27 maart 2026")],
    "vb31_memo_datalek": [K("TERM", "register datalekken", "register datalekken"), K("TERM", "bekende Nederlander", "bekende Nederlander")],
    "vb32_woo_besluit": [K("TERM", "inventarislijst", "inventarislijst"), K("HEAD", "Zienswijzen", "Zienswijzen")],
    "vb33_inventarislijst": [K("DOC", "vb10_meldformulier_idfraude", "vb10_meldformulier_idfraude"),
                             K("DOC", "vb07_beslisnota_babs", "vb07_beslisnota_babs")],
}


def apply(docs):
    for d in docs:
        d.redact = d.redact + EXTRA_REDACT.get(d.stem, [])
        d.keep = d.keep + EXTRA_KEEP.get(d.stem, [])
    return docs
