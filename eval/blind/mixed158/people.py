"""Invented persons and recurring public terms of set NK (all persons are fictitious)."""
# province staff
RO = "{p|Ruben Okkerse}"; RO_E = "{e|r.okkerse@overijssel.nl}"; RO_T = "{t|06-41 27 93 58}"
SG = "{p|Sanne de Groot-Veldkamp}"; SG_E = "{e|s.degroot-veldkamp@overijssel.nl}"; SG_T = "{t|038 499 72 14}"
MY = "{p|Mehmet Yıldırım}"; MY_E = "{e|m.yildirim@overijssel.nl}"; MY_T = "{t|+31 (0)6 2377 4410}"
AD = "{p|Aukje Dijkstra}"; AD_E = "{e|a.dijkstra@overijssel.nl}"; AD_T = "{t|06 1882 0437}"
LB = "{p|Laurens ter Borg}"; LB_E = "{e|l.terborg@overijssel.nl}"
FH = "{p|Femke Haverkamp}"
# omgevingsdienst
JK = "{p|Jeroen Kleinsman}"; JK_E = "{e|j.kleinsman@odtwente.nl}"; JK_T = "{t|074-2458 331}"
ZM = "{p|Zoë Ménard}"; ZM_E = "{e|zoë.ménard@odtwente.nl}"; ZM_T = "{t|06-53 08 71 92}"
TO = "{p|Thijs Olthof}"; TO_E = "{e|t.olthof@odtwente.nl}"; TO_T = "{t|0031 74 245 8390}"
NK = "{p|Nadia El Khatib}"
# family
GJ = "{p|Gerrit-Jan Lohuis}"; HM = "{p|Hermien Lohuis-Mensink}"; BR = "{p|Bram Lohuis}"
ADDR = "{a|Veldkampsweg 27}"; PC = "{a|7642 PJ Wierden}"
FAM_T = "{t|0546-57 33 12}"; HM_T = "{t|06-22 91 46 03}"; HM_E = "{e|hermien.lohuis@kpnmail.nl}"
# lawyer
FW = "{p|Floor van 't Wout}"; FW_E = "{e|f.vantwout@tenveldebosch.nl}"; FW_T = "{t|038-421 55 90}"
# public terms
PROV = "{O|Provincie Overijssel}"; GS = "{O|Gedeputeerde Staten van Overijssel}"; ODT = "{O|Omgevingsdienst Twente}"
N2K = "{L|Wierdense Veld}"; GED = "gedeputeerde {F|Wessels}"
ZAAK = "{R|Z2026-004317}"; WOO = "{R|WOO-OV-2026-0088}"; MELD = "{R|PAS-M-2015-08813}"
