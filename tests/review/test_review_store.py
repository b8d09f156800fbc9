"""The decision store (two writers at once) and the page geometry, without a run."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from woo_redact.model import Box
from woo_redact.review.pages import PageGeom
from woo_redact.review.store import NewDecision, Store


def _writer(root: str, reviewer: str, n: int) -> None:
    store = Store(Path(root))
    for i in range(n):
        store.record([NewDecision(f"f{i % 7}", "a.pdf", "confirm" if i % 2 else "reject", None, reviewer)])
        store.add_manual("a.pdf", 0, (Box(0, 1, 2, 3, 4),), "", "MANUAL_AREA", "5.1.2e", reviewer)


def test_two_reviewers_at_once_lose_nothing(tmp_path: Path) -> None:
    Store(tmp_path)
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), name, 40)) for name in ("anna", "bert")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    store = Store(tmp_path)
    assert store.journal_mode() == "wal"
    assert len(store.history()) == 80
    assert len(store.manual()) == 80
    assert len(store.latest()) == 7
    last = store.history()[-1]
    assert store.latest()[("a.pdf", last.finding_id)] == last


def test_decisions_survive_a_new_store(tmp_path: Path) -> None:
    Store(tmp_path).record([NewDecision("abc", "x/y.pdf", "ground", "5.1.2h", "anna")])
    again = Store(tmp_path).latest()[("x/y.pdf", "abc")]
    assert (again.action, again.ground, again.reviewer) == ("ground", "5.1.2h", "anna") and again.time


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_geometry_round_trip(rotation: int) -> None:
    geom = PageGeom(10, 20, 605.2756, 861.89, rotation, 1.5)
    w, h = geom.pixel_size
    assert (w, h) == ((893, 1263) if rotation in (0, 180) else (1263, 893))
    box = Box(0, 100, 700, 160, 712)
    x, y, bw, bh = geom.box_to_pixels(box)
    assert 0 <= x and x + bw <= w and 0 <= y and y + bh <= h
    back = geom.rect_to_box(0, (x, y, x + bw, y + bh))
    assert [round(v, 6) for v in back.as_list()] == box.as_list()


def test_geometry_unrotated_is_y_down() -> None:
    geom = PageGeom(0, 0, 595, 842, 0, 1.0)
    assert geom.to_pixel(0, 842) == (0, 0)  # top-left of the page
    assert geom.to_pixel(595, 0) == (595, 842)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_boxes_land_on_the_rendered_page(tmp_path: Path, rotation: int) -> None:
    """A black square drawn at a known place in user space is dark where the overlay puts its box."""
    import pikepdf
    from reportlab.pdfgen import canvas

    from woo_redact.review.catalog import ReviewDoc
    from woo_redact.review.pages import PageImages

    pdf = tmp_path / "rot.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(400, 600))
    c.rect(50, 400, 60, 30, fill=1)
    c.save()
    with pikepdf.open(pdf, allow_overwriting_input=True) as p:
        p.pages[0].Rotate = rotation
        p.save(pdf)
    doc = ReviewDoc(0, "rot.pdf", str(pdf), f"rot{rotation}", 1, ())
    images = PageImages(tmp_path)
    geom = images.geometry(doc)[0]
    from PIL import Image

    with Image.open(images.png(doc, 0)) as img:
        assert img.size == geom.pixel_size
        x, y, w, h = geom.box_to_pixels(Box(0, 50, 400, 110, 430))
        assert img.convert("L").getpixel((int(x + w / 2), int(y + h / 2))) < 50
        assert img.convert("L").getpixel((int(x + w + 10), int(y + h / 2))) > 200
    images.close()


def test_a_database_of_before_bulk_undo_is_upgraded(tmp_path: Path) -> None:
    import sqlite3

    (tmp_path / "work").mkdir()
    con = sqlite3.connect(tmp_path / "work" / "review.sqlite")
    con.execute(
        "CREATE TABLE decisions (id INTEGER PRIMARY KEY AUTOINCREMENT, finding_id TEXT NOT NULL, document TEXT NOT "
        "NULL, action TEXT NOT NULL, ground TEXT, reviewer TEXT NOT NULL, time TEXT NOT NULL, scope TEXT NOT NULL "
        "DEFAULT 'one')"
    )
    con.execute("INSERT INTO decisions (finding_id, document, action, reviewer, time) VALUES ('f', 'a.pdf', "
                "'reject', 'anna', 't')")  # fmt: skip
    con.commit()
    con.close()
    store = Store(tmp_path)
    assert store.latest()[("a.pdf", "f")].action == "reject"
    _, bulk = store.record_bulk([NewDecision("f", "a.pdf", "confirm", None, "bert", "all")])
    assert store.latest()[("a.pdf", "f")].action == "confirm"
    assert store.undo_bulk(bulk, "bert") == 1  # type: ignore[arg-type]
    assert store.latest()[("a.pdf", "f")].action == "reject"


def test_signature_areas_are_each_their_own_occurrence() -> None:
    """ "All occurrences" of a signature never reaches the other signatures of the batch."""
    from woo_redact.review.catalog import Item

    def area(doc: int, fid: str) -> Item:
        return Item(
            fid, doc, 0, (Box(0, 1, 2, 3, 4),), "SIGNATURE", "5.1.2e", 0.6, "", ("signature",), (), "redact", True
        )

    a, b, c = area(0, "s1"), area(0, "s2"), area(1, "s1")
    assert len({a.occurrence_key, b.occurrence_key, c.occurrence_key}) == 3
