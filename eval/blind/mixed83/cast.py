"""Invented persons and the (real or invented) organisations of set CO."""
from lib import make_bsn, make_iban

REGIO = "Regio Noord-Veluwe"
RBJ = "Regionaal Bureau Jeugd"
DOM = "regionoordveluwe.nl"
ADDR = "Stationsplein 3, 3844 KR Harderwijk"
TEL = "0341 742 700"
HEAD = f"{RBJ} | Stationsplein 3 | 3844 KR Harderwijk | {TEL} | jeugd@{DOM} | www.{DOM}"

BSN_LOTTE = make_bsn("21870534")
BSN_SEM = make_bsn("30419268")
BSN_NOAH = make_bsn("19283746")
BSN_YARA = make_bsn("19283751")
BSN_SAMIRA = make_bsn("16450378")
BSN_TIM = make_bsn("24618035")
IBAN_PLEEG = make_iban("RABO", "0312877465")
IBAN_ACHTERBERG = make_iban("INGB", "0006734512")
