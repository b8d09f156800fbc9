"""The review app's safety rules and API, through Flask's test client (no browser)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reviewtools import finding_id, make_run

from woo_redact.review.app import COOKIE, CSRF_HEADER, create_app
from woo_redact.review.store import Store

TOKEN = "test-token-123"


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory, config_file: Path) -> Path:
    return make_run(tmp_path_factory.mktemp("review-app"), config_file)


@pytest.fixture()
def out(run_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the run folder (the decisions of one test never leak into the next)."""
    import shutil

    dest = tmp_path / "out"
    shutil.copytree(run_dir, dest, ignore=shutil.ignore_patterns("review.sqlite*", ".review-cache"))
    return dest


def _login(out: Path):  # type: ignore[no-untyped-def]
    app = create_app(out, "Tester", TOKEN)
    client = app.test_client()
    resp = client.get(f"/?token={TOKEN}&doc=0")
    assert resp.status_code == 303 and resp.headers["Location"] == "/?doc=0"
    cookie = resp.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    page = client.get("/?doc=0")
    assert page.status_code == 200
    csrf = page.get_data(as_text=True).split('name="csrf-token" content="')[1].split('"')[0]
    return client, csrf


def test_no_access_without_the_token(out: Path) -> None:
    client = create_app(out, "Tester", TOKEN).test_client()
    assert client.get("/").status_code == 403
    assert client.get("/?token=wrong").status_code == 403
    assert client.get("/page/0/0.png").status_code == 403
    client.set_cookie(COOKIE, "forged.0000")
    assert client.get("/").status_code == 403
    assert client.post("/api/decide", json={}).status_code == 403


def test_state_changes_need_the_csrf_token(out: Path) -> None:
    client, csrf = _login(out)
    fid = finding_id(out, "a.pdf", "Sanne Visser")
    body = {"doc": 0, "finding": fid, "action": "confirm"}
    assert client.post("/api/decide", json=body).status_code == 403
    assert client.post("/api/decide", json=body, headers={CSRF_HEADER: "x" * 64}).status_code == 403
    assert client.get("/api/decide").status_code == 405
    ok = client.post("/api/decide", json=body, headers={CSRF_HEADER: csrf})
    assert ok.status_code == 200 and ok.get_json()["decided"] == 1


def test_malformed_requests_get_clear_4xx(out: Path) -> None:
    client, csrf = _login(out)
    h = {CSRF_HEADER: csrf}
    fid = finding_id(out, "a.pdf", "Sanne Visser")
    cases = [
        ({"doc": 99, "finding": fid, "action": "confirm"}, 404),
        ({"doc": "../../etc/passwd", "finding": fid, "action": "confirm"}, 400),
        ({"doc": 0, "finding": "nope", "action": "confirm"}, 404),
        ({"doc": 0, "finding": fid, "action": "delete"}, 400),
        ({"doc": 0, "finding": fid, "action": "ground", "ground": "9.9.9"}, 400),
        ({"doc": 0, "page": 0, "rect": [1, 2, "x", 4]}, 400),
    ]
    for body, code in cases:
        url = "/api/manual" if "rect" in body else "/api/decide"
        resp = client.post(url, json=body, headers=h)
        assert resp.status_code == code, (body, resp.get_data(as_text=True))
        assert "Traceback" not in resp.get_data(as_text=True)
        assert resp.get_json()["message"]
    assert client.post("/api/decide", data="not json", headers=h).status_code == 400
    assert client.get("/?doc=abc").status_code == 400
    assert client.get("/?doc=0&status=bogus").status_code == 400
    assert client.get("/page/0/99.png").status_code == 404
    assert client.get("/page/7/0.png").status_code == 404
    assert client.get("/page/0/../../audit.jsonl").status_code == 404
    assert client.get("/static/../apply.py").status_code == 404


def test_text_is_escaped(out: Path) -> None:
    path = out / "work" / "a.findings.json"
    data = json.loads(path.read_text())
    data["findings"][0]["text"] = "<script>alert(1)</script>"
    path.write_text(json.dumps(data))
    client, _ = _login(out)
    html = client.get("/?doc=0").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_decisions_ground_change_all_occurrences_and_manual(out: Path) -> None:
    client, csrf = _login(out)
    h = {CSRF_HEADER: csrf}
    wolk = finding_id(out, "a.pdf", "P. Wolkenveld")
    resp = client.post(
        "/api/decide", json={"doc": 0, "finding": wolk, "action": "ground", "ground": "5.1.2h", "all": True}, headers=h
    )
    assert resp.get_json()["decided"] == 2  # a.pdf and b.pdf
    sanne = finding_id(out, "a.pdf", "Sanne Visser")
    client.post("/api/decide", json={"doc": 0, "finding": sanne, "action": "reject"}, headers=h)
    client.post("/api/decide", json={"doc": 0, "finding": sanne, "action": "confirm"}, headers=h)
    latest = Store(out).latest()
    assert {
        (k[0], v.ground) for k, v in latest.items() if k[1] in (wolk, finding_id(out, "b.pdf", "P. Wolkenveld"))
    } == {
        ("a.pdf", "5.1.2h"),
        ("b.pdf", "5.1.2h"),
    }
    assert latest[("a.pdf", sanne)].action == "confirm"  # the latest decision wins
    # a click in empty space adds nothing; a drawn area over no text is an area
    assert client.post("/api/manual", json={"doc": 0, "page": 0, "rect": [5, 5, 6, 6]}, headers=h).status_code == 400
    area = client.post("/api/manual", json={"doc": 0, "page": 0, "rect": [700, 1000, 800, 1100]}, headers=h)
    assert area.status_code == 200 and area.get_json()["entity_type"] == "MANUAL_AREA"
    mid = area.get_json()["id"]
    assert client.post(f"/api/manual/{mid}/remove", json={"doc": 1}, headers=h).status_code == 404
    assert client.post(f"/api/manual/{mid}/remove", json={"doc": 0}, headers=h).status_code == 200
    assert Store(out).manual() == ()


def test_page_images_are_cached(out: Path) -> None:
    client, _ = _login(out)
    resp = client.get("/page/0/0.png")
    assert resp.status_code == 200 and resp.mimetype == "image/png"
    assert resp.get_data()[:8] == b"\x89PNG\r\n\x1a\n"
    assert list((out / "work" / ".review-cache").rglob("*.png"))


def _retype(out: Path, rel: str, text: str, entity_type: str) -> None:
    """Make the finding with ``text`` in ``rel`` another entity type (as if the detector had said so)."""
    path = out / "work" / Path(rel).with_suffix(".findings.json")
    data = json.loads(path.read_text())
    for f in data["findings"]:
        if f["text"] == text:
            f["entity_type"] = entity_type
    path.write_text(json.dumps(data))


def test_every_occurrence_is_scoped_shown_first_and_undoable(out: Path) -> None:
    _retype(out, "b.pdf", "P. Wolkenveld", "ORGANIZATION")  # same text, another type: not the same entity
    client, csrf = _login(out)
    h = {CSRF_HEADER: csrf}
    wolk_a = finding_id(out, "a.pdf", "P. Wolkenveld")
    html = client.get(f"/?doc=0&f={wolk_a}").get_data(as_text=True)
    assert '"count": 1' in html and '"count": 2' in html, "the counts on the rows are those of the scoped action"
    sanne_a, sanne_b = finding_id(out, "a.pdf", "Sanne Visser"), finding_id(out, "b.pdf", "Sanne Visser")
    # shown before it is applied: the count and the documents
    preview = client.get(f"/api/occurrences?doc=0&finding={wolk_a}").get_json()
    assert preview["count"] == 1 and preview["documents"] == [{"document": "a.pdf", "count": 1}]
    preview = client.get(f"/api/occurrences?doc=0&finding={sanne_a}").get_json()
    assert preview["count"] == 2 and [d["document"] for d in preview["documents"]] == ["a.pdf", "b.pdf"]
    # a count that no longer holds is refused
    body = {"doc": 0, "finding": sanne_a, "action": "reject", "all": True, "expect": 3}
    assert client.post("/api/decide", json=body, headers=h).status_code == 409
    client.post("/api/decide", json={"doc": 0, "finding": sanne_a, "action": "confirm"}, headers=h)
    resp = client.post("/api/decide", json={**body, "expect": 2}, headers=h).get_json()
    assert resp["decided"] == 2 and resp["bulk"]
    latest = Store(out).latest()
    assert latest[("a.pdf", sanne_a)].action == latest[("b.pdf", sanne_b)].action == "reject"
    resp2 = client.post("/api/decide", json={"doc": 0, "finding": wolk_a, "action": "reject", "all": True}, headers=h)
    assert resp2.get_json()["decided"] == 1  # the ORGANIZATION in b.pdf is left alone
    assert ("b.pdf", finding_id(out, "b.pdf", "P. Wolkenveld")) not in Store(out).latest()
    # undo: what was in force before counts again (a's confirm; b had no decision)
    undone = client.post("/api/undo", json={"bulk": resp["bulk"]}, headers=h)
    assert undone.status_code == 200 and undone.get_json()["undone"] == 2
    latest = Store(out).latest()
    assert latest[("a.pdf", sanne_a)].action == "confirm" and ("b.pdf", sanne_b) not in latest
    assert latest[("a.pdf", wolk_a)].action == "reject", "only that action is undone"
    assert client.post("/api/undo", json={"bulk": resp["bulk"]}, headers=h).status_code == 404
    assert len(Store(out).history()) == 4, "the history keeps everything"
