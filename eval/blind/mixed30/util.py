"""reportlab and HTML helpers for set AN."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

_F = {
    "DV": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DVB": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DVC": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "MONO": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "MONOB": "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
    "CAL": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "CALB": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "HAND": "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf",
}
for k, v in _F.items():
    pdfmetrics.registerFont(TTFont(k, v))

A4L = landscape(A4)


def st(size=9.5, font="DV", lead=None, color=colors.black, **kw):
    return ParagraphStyle("s", fontName=font, fontSize=size, leading=lead or size * 1.3, textColor=color, **kw)


def P(text, size=9.5, font="DV", **kw):
    return Paragraph(text, st(size, font, **kw))


def table(rows, widths, size=8.5, font="DV", head_font="DVB", grid=0.4, head_bg=colors.HexColor("#dde3ea"),
          wrap=True, style=()):
    data = []
    for i, r in enumerate(rows):
        f = head_font if i == 0 and head_font else font
        data.append([P(c, size, f) if (wrap and isinstance(c, str)) else c for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    ts = [("GRID", (0, 0), (-1, -1), grid, colors.HexColor("#888888")),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if head_bg is not None and head_font:
        ts.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
    t.setStyle(TableStyle(ts + list(style)))
    return t


def rl_doc(out: Path, story, pagesize=A4, margins=(18, 18, 18, 18), title="", author="", subject="",
           creator="", onpage=None):
    doc = SimpleDocTemplate(str(out), pagesize=pagesize, leftMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            topMargin=margins[2] * mm, bottomMargin=margins[3] * mm, title=title,
                            author=author, subject=subject, creator=creator)
    if onpage:
        doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    else:
        doc.build(story)
    return out


CSS_BASE = """
@page { size: A4; margin: 14mm 13mm 14mm 13mm; }
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 10pt; color: #222; }
.small { font-size: 8pt; color: #666; }
table { border-collapse: collapse; }
td, th { vertical-align: top; }
"""


def html_page(title, body, css="", landscape=False):
    page = "@page { size: A4 landscape; margin: 10mm; }" if landscape else ""
    return (f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{title}</title>"
            f"<style>{CSS_BASE}{page}{css}</style></head><body>{body}</body></html>")
