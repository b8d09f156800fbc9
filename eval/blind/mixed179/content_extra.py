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
