"""Tests for woo_redact.redact.sanitize: scrubbing the non-content channels.

The test PDF carries the secret in every channel the Woo guide lists (section
2) but *not* in its visible page text, so after scrubbing a search of the
whole, fully decompressed file must find it nowhere.
"""

from __future__ import annotations

import io
import re

import pikepdf
import pytest
from pikepdf import Array, Dictionary, Name, String
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from woo_redact.redact.sanitize import (
    PRODUCER,
    REPLACEMENT_TITLE,
    SecretMatcher,
    scrub_auxiliary,
    scrub_channels,
    scrub_docinfo,
    scrub_optional_content,
    scrub_outline,
    scrub_structure_tree,
)

NAME = "Jan Jansen"
EMAIL = "jan.jansen@minbzk.nl"
SECRETS = (NAME, EMAIL, "06-12345678")
SECRET_RE = re.compile(rb"jan\s*jansen|jansen@|06-12345678", re.IGNORECASE)
SECRET_RE_16 = re.compile(re.escape("Jansen".encode("utf-16-be")), re.IGNORECASE)
XMP = f"""<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF
 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:creator><rdf:Seq><rdf:li>{NAME}</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>"""


def base_pdf() -> bytes:
    """Two pages of visible text without any secret."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for text in ("Nota aan de minister", "Bijlage"):
        c.setFont("Helvetica", 11)
        c.drawString(72, 770, text)
        c.drawString(72, 740, "Van: [5.1.2e], beleidsmedewerker")
        c.showPage()
    c.save()
    return buf.getvalue()


def annot(pdf: pikepdf.Pdf, **kw: object) -> pikepdf.Object:
    return pdf.make_indirect(Dictionary(Type=Name.Annot, Rect=[72, 700, 200, 715], **kw))


def uri_link(pdf: pikepdf.Pdf, uri: str) -> pikepdf.Object:
    return annot(pdf, Subtype=Name.Link, A=Dictionary(S=Name.URI, URI=String(uri)))


def leaky_pdf() -> pikepdf.Pdf:
    """The base PDF with the secret in every side channel."""
    pdf = pikepdf.open(io.BytesIO(base_pdf()))
    root = pdf.Root
    page0, page1 = pdf.pages[0], pdf.pages[1]

    # document info and XMP
    pdf.trailer.Info = pdf.make_indirect(
        Dictionary(
            Author=String(NAME),
            Title=String(f"Nota van {NAME}"),
            Creator=String("Word"),
            Producer=String("Acrobat"),
        )
    )
    root.Metadata = pdf.make_stream(XMP.encode(), Type=Name.Metadata, Subtype=Name.XML)

    # outline: one title with the secret, one without, one with a mailto action
    with pdf.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem(f"Gesprek met {NAME}", 0))
        outline.root.append(pikepdf.OutlineItem("Inleiding", 0))
        mail = pikepdf.OutlineItem("Contact", 1)
        outline.root.append(mail)
    first = root.Outlines.First
    first.Next.Next.A = Dictionary(S=Name.URI, URI=String(f"mailto:{EMAIL}"))

    # page labels and named destinations
    root.PageLabels = Dictionary(
        Nums=Array([0, Dictionary(S=Name.D), 1, Dictionary(S=Name.D, P=String("Jan Jansen - "))])
    )
    dests = pikepdf.NameTree.new(pdf)
    dests["mail_jan_jansen"] = Array([page0.obj, Name.Fit])
    dests["inleiding"] = Array([page0.obj, Name.Fit])
    root.Names = Dictionary(Dests=dests.obj)
    root.Dests = Dictionary({"/JanJansen": Array([page1.obj, Name.Fit])})

    # annotations: mailto link, link with the name in its URI, a clean link,
    # a link to the named destination, a note with popup, a stamp, a widget
    note = annot(pdf, Subtype=Name.Text, T=String(NAME), Contents=String("Even checken"), F=4)
    popup = annot(pdf, Subtype=Name.Popup, Parent=note)
    note.Popup = popup
    widget = annot(
        pdf,
        Subtype=Name.Widget,
        FT=Name.Tx,
        T=String("naam"),
        V=String(NAME),
        AP=Dictionary(N=pdf.make_stream(b"BT /Helv 10 Tf (Jan Jansen) Tj ET")),
    )
    clean = uri_link(pdf, "https://www.rijksoverheid.nl")
    clean.Contents = String(f"Link gemaakt door {NAME}")
    page0.Annots = Array(
        [
            uri_link(pdf, f"mailto:{EMAIL}"),
            uri_link(pdf, "https://example.org/profiel/jan-jansen"),
            uri_link(pdf, "https://example.org/JanJansen"),
            clean,
            annot(pdf, Subtype=Name.Link, Dest=String("mail_jan_jansen")),
            annot(pdf, Subtype=Name.Link, Dest=String("inleiding")),
            note,
            popup,
            annot(pdf, Subtype=Name.Stamp, Contents=String(f"Goedgekeurd {NAME}")),
            widget,
        ]
    )
    root.AcroForm = Dictionary(Fields=Array([widget]))

    # embedded file, JavaScript, actions
    pdf.attachments["notitie.txt"] = pikepdf.AttachedFileSpec(
        pdf, f"Notitie van {NAME}".encode(), description=f"van {NAME}"
    )
    js = pikepdf.NameTree.new(pdf)
    js["init"] = Dictionary(S=Name.JavaScript, JS=String(f"app.alert('{NAME}')"))
    root.Names.JavaScript = js.obj
    root.OpenAction = Dictionary(S=Name.JavaScript, JS=String("this.print()"))
    root.AA = Dictionary(WC=Dictionary(S=Name.JavaScript, JS=String("1")))
    page1.AA = Dictionary(O=Dictionary(S=Name.Launch, F=String(f"C:/{NAME}.exe")))

    # auxiliary data
    page0.Thumb = pdf.make_stream(b"\x00" * 16, Width=2, Height=2)
    page0.PieceInfo = Dictionary(Word=Dictionary(Private=String(NAME)))
    root.PieceInfo = Dictionary(SearchIndex=Dictionary(Name=String(NAME)))
    root.Perms = Dictionary(DocMDP=Dictionary())
    root.SpiderInfo = Dictionary(V=1.0, Base=String(f"https://example.org/{NAME}"))
    root.Threads = Array([pdf.make_indirect(Dictionary(I=Dictionary(Title=String(NAME))))])

    # structure tree: a signature figure, a span with ActualText, a clean figure,
    # an object reference to the note annotation
    sig = Dictionary(S=Name.Figure, Alt=String(f"Handtekening {NAME}"), Pg=page0.obj, K=0)
    span = Dictionary(S=Name.Span, ActualText=String(NAME), T=String(NAME), Pg=page0.obj, K=1)
    logo = Dictionary(S=Name.Figure, Alt=String("Logo Rijksoverheid"), Pg=page0.obj, K=2)
    objr = Dictionary(Type=Name.OBJR, Obj=note, Pg=page0.obj)
    annot_elem = Dictionary(S=Name.Annot, K=Array([objr]), Pg=page0.obj)
    document = pdf.make_indirect(Dictionary(S=Name.Document, K=Array([sig, span, logo, annot_elem])))
    root.StructTreeRoot = Dictionary(Type=Name.StructTreeRoot, K=document)

    # marked content: an inline property list and a named one
    page0.Resources.Properties = Dictionary(MC0=Dictionary(Alt=String(NAME)))
    page0.contents_add(
        pdf.make_stream(
            b"/Span <</ActualText (Jan Jansen) /Lang (nl)>> BDC EMC "
            b"/Span /MC0 BDC EMC "
            b"/Span <</ActualText <FEFF004A0061006E0020004A0061006E00730065006E>>> BDC EMC"
        ),
        prepend=False,
    )
    return pdf


def decompressed(pdf: pikepdf.Pdf) -> bytes:
    """The whole file with every stream decoded and no object streams."""
    out = io.BytesIO()
    pdf.save(
        out,
        compress_streams=False,
        stream_decode_level=pikepdf.StreamDecodeLevel.all,
        object_stream_mode=pikepdf.ObjectStreamMode.disable,
        deterministic_id=True,  # else /ID depends on the clock
    )
    return out.getvalue()


@pytest.fixture
def scrubbed() -> tuple[pikepdf.Pdf, tuple[str, ...]]:
    pdf = leaky_pdf()
    assert SECRET_RE.search(decompressed(pdf))  # the fixture does leak
    notes = scrub_channels(pdf, SECRETS)
    return pdf, notes


def reopen(pdf: pikepdf.Pdf) -> pikepdf.Pdf:
    out = io.BytesIO()
    pdf.save(out)
    return pikepdf.open(io.BytesIO(out.getvalue()))


def test_no_secret_anywhere(scrubbed: tuple[pikepdf.Pdf, tuple[str, ...]]) -> None:
    pdf, _ = scrubbed
    data = decompressed(reopen(pdf))
    assert not SECRET_RE.search(data), SECRET_RE.search(data)
    assert not SECRET_RE_16.search(data)


def test_notes_do_not_repeat_secrets(scrubbed: tuple[pikepdf.Pdf, tuple[str, ...]]) -> None:
    _, notes = scrubbed
    assert notes
    text = "\n".join(notes).lower()
    assert "jansen" not in text and "12345678" not in text
    for word in ("document info", "XMP", "outline", "annotations", "embedded files"):
        assert word.lower() in text, word


def test_idempotent(scrubbed: tuple[pikepdf.Pdf, tuple[str, ...]]) -> None:
    pdf, _ = scrubbed
    before = decompressed(pdf)
    assert scrub_channels(pdf, SECRETS) == ()
    assert decompressed(pdf) == before


def test_docinfo_and_xmp(scrubbed: tuple[pikepdf.Pdf, tuple[str, ...]]) -> None:
    pdf = reopen(scrubbed[0])
    assert dict(pdf.trailer.Info.items()) == {"/Producer": PRODUCER}
    assert Name.Metadata not in pdf.Root


def test_docinfo_note_names_keys_not_values() -> None:
    pdf = leaky_pdf()
    (note,) = scrub_docinfo(pdf)
    assert note == "document info: removed Author, Creator, Title"


def test_stray_docinfo_copies_lose_their_author() -> None:
    """real12, a Word export of a letter with its report: each part's information dictionary was reachable
    from a structure element's /Info, its /Author ("Mick van der Steeg", "fatehr") left after the trailer's
    /Info was emptied."""
    pdf = pikepdf.open(io.BytesIO(base_pdf()))
    copy = pdf.make_indirect(
        Dictionary(Author=String(NAME), Title=String("Rapport"), CreationDate=String("D:20210520"))
    )
    pdf.Root.StructTreeRoot = pdf.make_indirect(
        Dictionary(Type=Name.StructTreeRoot, K=Array([Dictionary(S=Name.Document, Info=copy)]))
    )
    notes = scrub_channels(pdf, SECRETS)
    assert "document info copies: removed 2 entries" in notes
    out = reopen(pdf)
    element = out.Root.StructTreeRoot.K[0]
    assert Name.Author not in element.Info and Name.Title not in element.Info
    buf = io.BytesIO()
    out.save(buf, compress_streams=False)
    assert not SECRET_RE.search(buf.getvalue())
    assert not [n for n in scrub_channels(out, SECRETS) if n.startswith("document info copies")]


def test_outline_kept_but_titles_replaced(
    scrubbed: tuple[pikepdf.Pdf, tuple[str, ...]],
) -> None:
    pdf = reopen(scrubbed[0])
    with pdf.open_outline() as outline:
        titles = [item.title for item in outline.root]
    assert titles == [REPLACEMENT_TITLE, "Inleiding", "Contact"]
    contact = pdf.Root.Outlines.First.Next.Next
    assert Name.A not in contact  # the mailto action went


def test_outline_whitespace_and_case() -> None:
    pdf = pikepdf.open(io.BytesIO(base_pdf()))
    with pdf.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem("Gesprek met JAN\n  JANSEN", 0))
        outline.root.append(pikepdf.OutlineItem("Brief J a n J a n s e n", 0))
    assert scrub_outline(pdf, [NAME])
    with pdf.open_outline() as outline:
        assert [i.title for i in outline.root] == [REPLACEMENT_TITLE] * 2


def test_outline_items_only_last_reaches() -> None:
    """A malformed outline (a Quartz re-save of a Word PDF) whose /Last leads to an item its /First chain never
    reaches: the item is cleaned too (a viewer may show it, and the proof reads every string)."""
    pdf = pikepdf.open(io.BytesIO(base_pdf()))
    with pdf.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem("Inleiding", 0))
    stray = pdf.make_indirect(
        pikepdf.Dictionary(Title=pikepdf.String("Gesprek met Jan Jansen"), Parent=pdf.Root.Outlines)
    )
    pdf.Root.Outlines.Last = stray
    assert scrub_outline(pdf, [NAME])
    assert str(pdf.Root.Outlines.Last.Title) == REPLACEMENT_TITLE
    assert str(pdf.Root.Outlines.First.Title) == "Inleiding"
    assert scrub_outline(pdf, [NAME]) == ()  # idempotent


def test_page_labels_and_destinations(
    scrubbed: tuple[pikepdf.Pdf, tuple[str, ...]],
) -> None:
    pdf = reopen(scrubbed[0])
    assert Name.PageLabels not in pdf.Root
    assert list(pikepdf.NameTree(pdf.Root.Names.Dests).keys()) == ["inleiding"]
    assert "/JanJansen" not in pdf.Root.Dests


def test_annotations(scrubbed: tuple[pikepdf.Pdf, tuple[str, ...]]) -> None:
    pdf = reopen(scrubbed[0])
    annots = list(pdf.pages[0].Annots)
    assert all(a.Subtype == Name.Link for a in annots)
    kept = sorted(str(a.A.URI) if Name.A in a else f"dest:{a.Dest}" for a in annots)
    assert kept == ["dest:inleiding", "https://www.rijksoverheid.nl"]
    clean = next(a for a in annots if Name.A in a)
    assert Name.Contents not in clean  # it named the author
    assert Name.AcroForm not in pdf.Root


def test_active_and_auxiliary_content(
    scrubbed: tuple[pikepdf.Pdf, tuple[str, ...]],
) -> None:
    pdf = reopen(scrubbed[0])
    root = pdf.Root
    assert len(pdf.attachments) == 0
    assert Name.JavaScript not in root.Names and Name.EmbeddedFiles not in root.Names
    for key in ("/OpenAction", "/AA", "/PieceInfo", "/Perms", "/SpiderInfo", "/Threads"):
        assert key not in root, key
    for page in pdf.pages:
        for key in ("/AA", "/Thumb", "/PieceInfo"):
            assert key not in page.obj, key


def test_structure_tree(scrubbed: tuple[pikepdf.Pdf, tuple[str, ...]]) -> None:
    pdf = reopen(scrubbed[0])
    sig, span, logo, annot_elem = pdf.Root.StructTreeRoot.K.K
    assert Name.Alt not in sig
    assert Name.ActualText not in span and Name.T not in span
    assert str(logo.Alt) == "Logo Rijksoverheid"  # kept for accessibility
    assert len(annot_elem.K) == 0  # the reference to the removed note


def test_structure_tree_single_kid() -> None:
    pdf = pikepdf.open(io.BytesIO(base_pdf()))
    elem = pdf.make_indirect(Dictionary(S=Name.P, ActualText=String(f"{NAME} zei")))
    pdf.Root.StructTreeRoot = Dictionary(Type=Name.StructTreeRoot, K=elem)
    assert scrub_structure_tree(pdf, [NAME])
    assert Name.ActualText not in pdf.Root.StructTreeRoot.K


def test_marked_content(scrubbed: tuple[pikepdf.Pdf, tuple[str, ...]]) -> None:
    pdf = reopen(scrubbed[0])
    page = pdf.pages[0]
    ops = pikepdf.parse_content_stream(page)
    bdc = [i.operands for i in ops if str(i.operator) == "BDC"]
    inline = [o[1] for o in bdc if isinstance(o[1], Dictionary)]
    assert len(inline) == 2
    assert all(Name.ActualText not in d for d in inline)
    assert str(inline[0].Lang) == "nl"  # other properties stay
    assert Name.Alt not in page.Resources.Properties.MC0
    # the visible text is untouched
    text = b"".join(pikepdf.unparse_content_stream(ops).split())
    assert b"(Notaaandeminister)Tj" in text


def test_without_secrets_still_removes_unconditional_channels() -> None:
    pdf = leaky_pdf()
    notes = scrub_channels(pdf, [])
    assert any("document info" in n for n in notes)
    with pdf.open_outline() as outline:  # nothing to compare with: titles stay
        assert outline.root[0].title == f"Gesprek met {NAME}"
    assert len(pdf.attachments) == 0
    assert all(a.Subtype == Name.Link for a in pdf.pages[0].Annots)


def test_matcher() -> None:
    m = SecretMatcher(["Jan  Jansen", " ", ""])
    assert m("Dear JAN JANSEN,")
    assert m("jan\njansen")
    assert m("J a n J a n s e n")
    assert m("Jan\u00adJansen")
    assert not m("Jansen")
    assert not SecretMatcher([])("anything")
    assert m.object(String("mail jan jansen"))
    assert m.object(Name("/JanJansen"))
    assert not m.object(pikepdf.Object.parse(b"12"))


@pytest.mark.parametrize(
    ("secret", "text", "expected"),
    [
        ("Jan Jansen", "mail_jan_jansen", True),
        ("Jan Jansen", "https://example.org/profiel/jan-jansen", True),
        ("Jan Jansen", "Brief%20Jan%20Jansen.docx", True),
        ("06-12345678", "bel 06 1234 5678", True),
        ("jan.jansen@minbzk.nl", "mailto:Jan.Jansen@MINBZK.nl", True),
        ("Ed", "Bedrijfsvoering", False),
        ("Ed", "Gesprek met Ed", True),
        ("J.J.", "Notitie J.J. Smit", True),
        ("J.J.", "Notitie JJ Smit", False),
        ("Jan Jansen", "Janssen", False),
    ],
)
def test_matcher_variants(secret: str, text: str, expected: bool) -> None:
    assert SecretMatcher([secret])(text) is expected


def test_pdftex_info_of_an_included_pdf_is_removed() -> None:
    # pdfTeX copies an included PDF's information dictionary into the form XObject that draws it
    pdf = pikepdf.new()
    pdf.add_blank_page()
    form = pikepdf.Stream(pdf, b"")
    form[Name.Type] = Name.XObject
    form[Name.Subtype] = Name.Form
    form[Name.BBox] = Array([0, 0, 10, 10])
    form["/PTEX.InfoDict"] = pdf.make_indirect(Dictionary(Author=String("Dirk-Willem van Gulik")))
    form["/PTEX.FileName"] = String("notitie-gulik.pdf")
    pdf.pages[0].obj[Name.Resources] = Dictionary(XObject=Dictionary(Fm1=pdf.make_indirect(form)))
    notes = scrub_auxiliary(pdf)
    buf = io.BytesIO()
    pdf.save(buf)
    assert b"Gulik" not in buf.getvalue()
    assert any("/PTEX" in n for n in notes) and not any("Gulik" in n for n in notes)
    assert scrub_auxiliary(pdf) == ()  # idempotent


def test_layers_lose_their_provenance_and_names_that_hold_a_secret() -> None:
    # a drawing program writes who made a layer (/CreatorInfo) and for whom (/User) into each one
    pdf = pikepdf.open(io.BytesIO(base_pdf()))
    usage = Dictionary(
        CreatorInfo=Dictionary(Creator=String(f"Illustrator ({NAME})"), Subtype=Name.Artwork),
        User=Dictionary(Type=Name.Ind, Name=String(NAME)),
        View=Dictionary(ViewState=Name.ON),
    )
    named = pdf.make_indirect(Dictionary(Type=Name.OCG, Name=String(f"Laag van {NAME}"), Usage=usage))
    clean = pdf.make_indirect(Dictionary(Type=Name.OCG, Name=String("Kaart")))
    config = Dictionary(Name=String(f"Export {NAME}"), Creator=String("Illustrator"), ON=[named, clean])
    pdf.Root.OCProperties = Dictionary(OCGs=[named, clean], D=config, Configs=[Dictionary(Name=String("Print"))])
    notes = scrub_optional_content(pdf, SECRETS)
    assert str(named.Name) == REPLACEMENT_TITLE and str(clean.Name) == "Kaart"
    assert sorted(named.Usage.keys()) == ["/View"]  # what a viewer needs to show the layer stays
    assert Name.Creator not in config and Name.Name not in config
    assert str(pdf.Root.OCProperties.Configs[0].Name) == "Print"
    assert not SECRET_RE.search(decompressed(pdf))
    assert notes and not any("jansen" in n.lower() for n in notes)
    assert scrub_optional_content(pdf, SECRETS) == ()  # idempotent
