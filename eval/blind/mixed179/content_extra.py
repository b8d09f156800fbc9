"""Set RV: further mentions (surname alone, first name, initials) of persons already named in a document.
Kept apart so that each document's main list stays readable."""
P, X = "PERSON", "OTHER"

EXTRA = {
    "rv01_woo_verzoek": [(P, "Janneke")],
    "rv02_ontvangstbevestiging": [(P, "Tjon-A-Fong")],
    "rv03_meldkamerlog": [(P, "Oude Luttikhuis"), (P, "van Wijngaarden"), (P, "Öztürk"), (P, "Janssens")],
    "rv05_ontvangst_klacht": [(P, "Nieuwenhuizen"), (P, "Kraaijeveld")],
    "rv06_mailthread_rav": [(P, "Brinkhuis"), (P, "Ellen Kraaijeveld") if False else (P, "Derya Brinkhuis-Yilmaz")],
    "rv08_whatsapp_post_epe": [(P, "Demirtaş"), (P, "Öztürk"), (P, "Joke")],
    "rv10_onderzoeksplan": [(P, "Wouter"), (P, "El Idrissi"), (P, "van Dongen"), (P, "de Graaf-Nooitgedagt")],
    "rv11_calamiteitenrapport": [(P, "Scheepmaker"), (P, "Kraaijeveld"), (P, "Visscher"), (P, "Öztürk"), (P, "Demirtaş"),
                                 (P, "Martijn")],
    "rv12_interviewverslag": [(P, "Scheepmaker"), (P, "El Idrissi")],
    "rv13_notulen_commissie": [(P, "Scheepmaker"), (P, "Kraaijeveld"), (P, "van Dongen")],
    "rv15_hartslagnu_rapport": [(P, "Öztürk"), (P, "Ter Weeme"), (P, "Verhoef-Aksoy")],
    "rv16_factuur_voorzitter": [(P, "Scheepmaker"), (X, "71928374")],
    "rv17_factuur_notulist": [(P, "Van 't Hek"), (P, "Anne"), (X, "80114592")],
    "rv18_igj_informatieverzoek": [(P, "Haverkamp"), (P, "Koen"), (P, "Baldewsingh-Roos")],
    "rv19_igj_rapport": [(P, "Haverkamp")],
    "rv22_beslisnota_vws": [(P, "de Mol"), (P, "Haverkamp"), (P, "Spanjersberg"), (P, "Kortekaas")],
    "rv25_mail_vws_igj": [(P, "Haverkamp"), (P, "Jeroen"), (P, "Mol")],
    "rv28_verbeterplan": [(P, "van Dongen"), (P, "Hoekstra")],
    "rv29_brief_burgemeester": [(P, "Wolters"), (P, "Teun")],
    "rv30_raadsvragen": [(P, "Wolters")],
    "rv31_aanbiedingsmail_woo": [(P, "Tjon-A-Fong"), (P, "Kraaijeveld"), (P, "Bøgh-Hansen")],
    "rv32_woo_besluit": [(P, "Tjon-A-Fong")],
    "rv33_inventarislijst": [(P, "Verhoef-Aksoy"), (P, "Tjon-A-Fong")],
    "rv34_brief_advocaat_familie": [(P, "van Oordt"), (P, "Eline"), (P, "Ørsted-Bakker"), (P, "Brinkhuis")],
}

EXTRA2 = {
    "rv07_teams_meldkamer": [(P, "Oude Luttikhuis"), (P, "Janssens"), (P, "Zijlstra"), (P, "Çelik")],
    "rv14_rooster_meldkamer": [(P, "Oude Luttikhuis"), (P, "Demirtaş"), (P, "Kloosterman"), (P, "Nijenhuis"), (P, "Ajayi"),
                               (P, "Groeneveld")],
    "rv11_calamiteitenrapport": [(P, "van Wijngaarden")],
    "rv13_notulen_commissie": [(P, "El Idrissi"), (P, "de Graaf-Nooitgedagt")],
    "rv15_hartslagnu_rapport": [(P, "Janneke"), (P, "Sophie"), (P, "Rıza")],
    "rv28_verbeterplan": [(P, "Gijs"), (P, "Suze"), (P, "van der Wal-Bakker")],
    "rv25_mail_vws_igj": [(P, "Kortekaas")],
    "rv22_beslisnota_vws": [(P, "Amrani-Visser"), (P, "Fenna")],
}
for _k, _v in EXTRA2.items():
    EXTRA[_k] = EXTRA.get(_k, []) + _v

O, W, F, R, L = "ORG", "PLACE", "ROLE", "REF", "LAW"
KEEP = {
    "rv05_ontvangst_klacht": [(R, "25 maart 2026"), (W, "Epe")],
    "rv06_mailthread_rav": [(W, "Epe"), (X, "B-rit"), (X, "112-lijn")],
    "rv07_teams_meldkamer": [(X, "ETA")],
    "rv08_whatsapp_post_epe": [(X, "A1"), (W, "Epe")],
    "rv09_calamiteitenmelding_formulier": [(X, "17 maart 2026")],
    "rv12_interviewverslag": [(X, "2 april 2026"), (R, "05 en 06")],
    "rv13_notulen_commissie": [(X, "23 april 2026"), (X, "Actielijst")],
    "rv16_factuur_voorzitter": [(X, "€ 6.380,00"), (X, "Btw 21%")],
    "rv17_factuur_notulist": [(X, "€ 227,50")],
    "rv20_kamervragen": [(X, "24 maart 2026"), (X, "A1-ritten")],
    "rv23_persbericht_concept": [(X, "dekkingsplan"), (X, "excuses")],
    "rv24_persbericht_definitief": [(X, "8 mei 2026"), (X, "reanimatiecursussen")],
    "rv28_verbeterplan": [(X, "€ 42.000"), (X, "€ 18.500")],
    "rv30_raadsvragen": [(W, "Epe"), (X, "12 mei 2026")],
    "rv31_aanbiedingsmail_woo": [(X, "26 juni"), (X, "zienswijze")],
    "rv33_inventarislijst": [(X, "Verbeterplan"), (X, "Gespreksverslag familie"), (X, "Kamervragen")],
    "rv34_brief_advocaat_familie": [(W, "Apeldoorn"), (X, "€ 8.940,00")],
}
