"""The file_name detector (woo_redact/detect/recognizers/file_names.py): names joined into file names."""

from __future__ import annotations

import pytest
from detecttools import check

# (text, redacted, kept)
FILE_NAMES = [
    # an inventory's file names: an initial and a surname, a first name, a particle and a surname (whatever word the
    # surname is too, or however it ends: "Bouwhuis", "Vries")
    (
        "FIN-2291-007  F-007  Whatsapp_export_A_Bouwhuis_feb2025.pdf  pdf  11-02-2025\n"
        "FIN-2291-008  F-008  Mail_Sanne_de_Vries_20250211.msg  msg\n"
        "FIN-2291-006  F-006  Notitie_Joris_Van_Oostenbruggen_CD_Fiscaliteit.docx  docx\n",
        [
            "Whatsapp_export_[A_Bouwhuis]_feb2025.pdf",
            "Mail_[Sanne_de_Vries]_20250211.msg",
            "Notitie_[Joris_Van_Oostenbruggen]_CD_Fiscaliteit.docx",
        ],
        ["FIN-2291-007", "11-02-2025"],
    ),
    # two first names alone; words, acronyms and numbers name no one
    (
        "Afspraak_Tanja_en_Gijsbert_HR_uitspraak.ics\nBijlage_overzicht_forfaitaire_rendementen.xlsx\n"
        "FIN_2291_F_007.pdf\n",
        ["Afspraak_[Tanja]_en_Gijsbert_HR_uitspraak.ics", "Afspraak_Tanja_en_[Gijsbert]_HR_uitspraak.ics"],
        ["Bijlage_overzicht_forfaitaire_rendementen.xlsx", "FIN_2291_F_007.pdf"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), FILE_NAMES)
def test_file_name(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
