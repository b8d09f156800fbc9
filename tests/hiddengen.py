"""A Word file with a different invented name in every hidden channel of the format, and two visible ones.

``hidden_docx(path)`` writes it and returns ``{channel: planted text}`` for the
hidden channels (none may reach the PDF) and :data:`VISIBLE_TEXT` for the
visible body and header (both must). Built with python-docx, then the parts
python-docx has no API for are written into the package directly.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f'xmlns:w="{W_NS}"'
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

HIDDEN_CHANNELS = {
    "vanish": "Anneke Vlasbloem",  # a run with w:vanish (Word's hidden text, Ctrl+Shift+H)
    "vanish_style": "Jacobus Terwisscha",  # a run whose character style is hidden
    "vanish_paragraph_style": "Fenna Hoogeveen",  # a paragraph whose style hides its text
    "vanish_inherited": "Durk Haitsma",  # a character style based on a hidden one
    "spec_vanish": "Ypie Sikkema",  # w:specVanish (hidden, e.g. a heading's run-in part)
    "deleted": "Gerbrand Wijnstra",  # a tracked deletion
    "comment": "Baukje Sybesma",  # a comment's text
    "comment_author": "Hiltje Rinsma",  # a comment's author
    "core_author": "Pieternella Bouwhuis",  # docProps/core.xml
    "app_company": "Wubbo Kingma",  # docProps/app.xml: company and manager
    "custom_property": "Sjoerd Kuipers",  # docProps/custom.xml: a custom property (Behandelaar)
    "first_page_header": "Roelof Bakhuizen",  # a first-page header without w:titlePg: never shown
    "even_page_header": "Trijntje Veldkamp",  # an even-page header without w:evenAndOddHeaders: never shown
    "document_variable": "Wiebe Hoekstra",  # w:docVars in settings.xml
}
VISIBLE_TEXT = {
    "body": "Het programma loopt volgens de planning",
    "shown_despite_false_vanish": "Zichtbare zin met vanish uit",
    "header": "Ministerie van Voorbeeldzaken",
}


def hidden_docx(path: Path) -> dict[str, str]:
    """Write the Word file to ``path``; returns :data:`HIDDEN_CHANNELS`."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    h = HIDDEN_CHANNELS
    d = docx.Document()
    d.core_properties.author = h["core_author"]
    d.core_properties.last_modified_by = h["core_author"]
    hidden_char = d.styles.add_style("Verborgen", WD_STYLE_TYPE.CHARACTER)
    hidden_char.font.hidden = True
    based = d.styles.add_style("VerborgenAfgeleid", WD_STYLE_TYPE.CHARACTER)
    based.base_style = hidden_char
    hidden_para = d.styles.add_style("VerborgenAlinea", WD_STYLE_TYPE.PARAGRAPH)
    hidden_para.font.hidden = True

    p = d.add_paragraph(VISIBLE_TEXT["body"] + " van het kwartaal. ")
    p.add_run(f"Contact: {h['vanish']}. ").font.hidden = True
    p.add_run(f"Behandeld door {h['vanish_style']}. ", style="Verborgen")
    p.add_run(f"Afgestemd met {h['vanish_inherited']}. ", style="VerborgenAfgeleid")
    p._p.append(parse_xml(f"<w:r {W}><w:rPr><w:specVanish/></w:rPr><w:t>Paraaf {h['spec_vanish']}. </w:t></w:r>"))
    p._p.append(
        parse_xml(
            f'<w:del {W} w:id="91" w:author="{h["comment_author"]}" w:date="2026-01-05T10:00:00Z">'
            f"<w:r><w:delText>Gesproken met {h['deleted']}.</w:delText></w:r></w:del>"
        )
    )
    d.add_comment(p.runs[0], text=f"Bellen met {h['comment']}", author=h["comment_author"], initials="HR")
    d.add_paragraph(f"Notitie voor {h['vanish_paragraph_style']} over de stukken.", style="VerborgenAlinea")
    shown = d.add_paragraph(style="VerborgenAlinea")
    shown.add_run(VISIBLE_TEXT["shown_despite_false_vanish"] + ".").font.hidden = False  # w:vanish w:val="0"
    d.add_paragraph("Met vriendelijke groet, Directie Informatiehuishouding")
    section = d.sections[0]
    section.header.paragraphs[0].text = VISIBLE_TEXT["header"]
    section.first_page_header.paragraphs[0].text = f"Concept van {h['first_page_header']}"
    section.even_page_header.paragraphs[0].text = f"Opgesteld door {h['even_page_header']}"
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(_post_process(buf.getvalue()))
    return dict(h)


def _post_process(data: bytes) -> bytes:
    """Turn off what python-docx turned on for the headers, add app, custom and settings entries."""
    h = HIDDEN_CHANNELS
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    names = src.namelist()
    with src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in names:
            if not name.endswith((".xml", ".rels")):
                dst.writestr(name, src.read(name))
                continue
            body = src.read(name).decode("utf-8")
            if name == "word/document.xml":  # the first-page header exists but is not switched on
                body = re.sub(r"<w:titlePg(\s[^>]*)?/>", "", body)
            elif name == "word/settings.xml":  # the even-page header exists but is not switched on
                body = re.sub(r"<w:evenAndOddHeaders(\s[^>]*)?/>", "", body)
                body = body.replace(
                    "</w:settings>",
                    f'<w:docVars><w:docVar w:name="Behandelaar" w:val="{h["document_variable"]}"/></w:docVars>'
                    "</w:settings>",
                )
            elif name == "docProps/app.xml":
                body = body.replace(
                    "</Properties>",
                    f"<Company>{h['app_company']}</Company><Manager>{h['app_company']}</Manager></Properties>",
                )
            elif name == "[Content_Types].xml":
                body = body.replace(
                    "</Types>",
                    '<Override PartName="/docProps/custom.xml" '
                    'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
                )
            elif name == "_rels/.rels":
                body = body.replace(
                    "</Relationships>",
                    '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
                )
            dst.writestr(name, body)
        dst.writestr(
            "docProps/custom.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Behandelaar">'
            f"<vt:lpwstr>{h['custom_property']}</vt:lpwstr></property></Properties>",
        )
    return out.getvalue()


ODT_HIDDEN = {
    "hidden_characters": "Klaasje Zeldenrust",  # a span whose style says text:display="none"
    "hidden_section": "Marten Bonnema",  # a section with text:display="none"
    "condition_section": "Geeske Tjalma",  # a section hidden under a condition
    "hidden_text_field": "Rients Faber",  # a text:hidden-text field
    "hidden_paragraph": "Aukje Sijbrandij",  # a paragraph with a text:hidden-paragraph field
    "creator": "Jelle Oostra",  # meta.xml: creator and initial creator
    "annotation": "Froukje Dijkema",  # a comment (office:annotation)
}
ODT_VISIBLE = ("Zichtbare tekst van de nota.", "Alinea met een veld.", "Deze alinea blijft staan.", "Einde.")

_ODT_NS_DECL = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'office:version="1.3"'
)


def hidden_odt(path: Path) -> dict[str, str]:
    """Write an OpenDocument text with a name in each of its hidden channels; returns :data:`ODT_HIDDEN`."""
    h = ODT_HIDDEN
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {_ODT_NS_DECL}>
<office:automatic-styles>
<style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:p>{ODT_VISIBLE[0]} <text:span text:style-name="T1">Verborgen {h["hidden_characters"]}.</text:span>
<office:annotation><dc:creator>{h["annotation"]}</dc:creator><text:p>Vragen aan {h["annotation"]}</text:p>
</office:annotation></text:p>
<text:section text:name="S1" text:display="none"><text:p>Sectie met {h["hidden_section"]}.</text:p></text:section>
<text:section text:name="S2" text:display="condition" text:condition="ooow:1==1">
<text:p>Conditie met {h["condition_section"]}.</text:p></text:section>
<text:p>Alinea met <text:hidden-text text:condition="ooow:1==1" text:string-value="{h["hidden_text_field"]}"
 text:is-hidden="true"/>een veld.</text:p>
<text:p><text:hidden-paragraph text:condition="ooow:1==1" text:is-hidden="true"/>
Alinea van {h["hidden_paragraph"]}.</text:p>
<text:p><text:hidden-paragraph text:condition="ooow:1==0" text:is-hidden="false"/>{ODT_VISIBLE[2]}</text:p>
<text:p>{ODT_VISIBLE[3]}</text:p>
</office:text></office:body></office:document-content>"""
    meta = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {_ODT_NS_DECL}><office:meta><meta:initial-creator>{h["creator"]}</meta:initial-creator>
<dc:creator>{h["creator"]}</dc:creator></office:meta></office:document-meta>"""
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return dict(h)
