"""The REST API over a real database: filters, paging, detail, stats, places, uploads, corrections."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from serve_fixtures import REPORTS, Tokens

from mesint.serve.app import ServeSettings
from mesint.store import SQLiteStore


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def get(client: TestClient, tokens: Tokens, path: str, **params: object) -> dict:
    r = client.get(path, params=params, headers=bearer(tokens.viewer))
    assert r.status_code == 200, r.text
    return r.json()


def test_events_page_matches_the_store(client: TestClient, tokens: Tokens, store: SQLiteStore) -> None:
    page = get(client, tokens, "/api/events", limit=10)
    assert page["ok"] is True
    assert page["total"] == store.count_events() > 10
    assert page["limit"] == 10 and len(page["events"]) == 10
    assert [e["id"] for e in page["events"]] == [e["id"] for e in store.events()[:10]]
    second = get(client, tokens, "/api/events", limit=10, offset=10)
    assert {e["id"] for e in second["events"]}.isdisjoint(e["id"] for e in page["events"])
    event = page["events"][0]
    for key in ("id", "date", "event_type", "actor1", "lat", "lon", "sources", "quote", "span", "sources_count"):
        assert key in event


def test_filters(client: TestClient, tokens: Tokens, store: SQLiteStore) -> None:
    everything = store.events()

    def ids(**params: object) -> set[str]:
        return {e["id"] for e in get(client, tokens, "/api/events", limit=1000, **params)["events"]}

    battles = ids(type="Battles")
    assert battles == {e["id"] for e in everything if e["event_type"] == "Battles"} and battles
    ied = "Remote explosive/landmine/IED"
    assert ids(sub_type=ied) == {e["id"] for e in everything if e["sub_event_type"] == ied}
    assert ids(admin1="Ninawa") == ids(admin1="Nineveh") != set()
    assert ids(country="iraq") == {e["id"] for e in everything if e["country"] == "Iraq"}
    in_feb_2019 = ids(**{"from": "2019-02-01", "to": "2019-02-28"})
    assert in_feb_2019 and all((e["date"] or "")[:7] == "2019-02" for e in everything if e["id"] in in_feb_2019)
    # Baghdad's surroundings: every hit inside the box, every event inside the box a hit.
    box = (43.5, 32.8, 45.0, 34.2)
    inside = {e["id"] for e in everything if e["lat"] and box[0] <= e["lon"] <= box[2] and box[1] <= e["lat"] <= box[3]}
    assert ids(bbox=",".join(map(str, box))) == inside != set()
    multi = ids(min_sources=2)
    assert multi == {e["id"] for e in everything if e["sources_count"] >= 2}
    assert 0 < len(multi) < len(everything)
    tarmiyah = ids(q="Tarmiyah")
    assert tarmiyah and all("tarmiyah" in str(e).lower() for e in everything if e["id"] in tarmiyah)
    assert ids(actor="Islamic State") == {
        e["id"]
        for e in everything
        if any(
            "islamic state" in (e.get(k) or "").lower() for k in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
        )
    }


def test_map_view_is_compact(client: TestClient, tokens: Tokens) -> None:
    page = get(client, tokens, "/api/events", view="map", limit=5000)
    assert page["view"] == "map" and len(page["events"]) == page["total"]
    e = page["events"][0]
    assert {"id", "date", "event_type", "lat", "lon", "killed", "sources_count"} <= set(e)
    assert "quote" not in e and "citations" not in e


@pytest.mark.parametrize(
    ("params", "status", "fragment"),
    [
        ({"from": "2019-13-01"}, 400, "not a date"),
        ({"from": "2020-01-02", "to": "2020-01-01"}, 400, "after"),
        ({"bbox": "1,2,3"}, 400, "bbox"),
        ({"limit": "many"}, 422, "limit"),
        ({"limit": 5000}, 400, "over the 1000"),
        ({"min_sources": -1}, 422, "min_sources"),
        ({"view": "table"}, 422, "view"),
    ],
)
def test_bad_parameters_get_the_one_error_shape(
    client: TestClient, tokens: Tokens, params: dict, status: int, fragment: str
) -> None:
    r = client.get("/api/events", params=params, headers=bearer(tokens.viewer))
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"ok", "error", "errors", "status"}
    assert body["ok"] is False and body["status"] == status and fragment in body["error"]


def test_event_detail_has_quotes_sources_and_spans(client: TestClient, tokens: Tokens, store: SQLiteStore) -> None:
    multi = next(e for e in store.events() if e["sources_count"] >= 2 and e["claims"])
    body = get(client, tokens, f"/api/events/{multi['id'][:8]}")
    e = body["event"]
    assert e["id"] == multi["id"]
    assert e["document"]["name"].endswith(".txt")
    assert len(e["citations"]) >= 2 and all(c["text"] for c in e["citations"])
    assert e["claims"] and "provenance_text" in e and e["span"]
    assert body["corrections"] == [] and body["verifications"] == []
    r = client.get("/api/events/ffffffffffff", headers=bearer(tokens.viewer))
    assert r.status_code == 404 and r.json()["status"] == 404


def test_stats_count_by_day_type_and_governorate(client: TestClient, tokens: Tokens, store: SQLiteStore) -> None:
    s = get(client, tokens, "/api/stats")
    assert s["total"] == store.count_events()
    assert sum(t["count"] for t in s["by_type"]) == s["total"]
    assert sum(a["count"] for a in s["by_admin1"]) == s["total"]
    dated = [e for e in store.events() if e["date"]]
    assert sum(d["count"] for d in s["by_day"]) == len(dated)
    iraq = get(client, tokens, "/api/stats", country="Iraq")
    assert 0 < iraq["total"] < s["total"] and {a["country"] for a in iraq["by_admin1"]} == {"Iraq"}


def test_places_looks_up_the_gazetteer(client: TestClient, tokens: Tokens) -> None:
    places = get(client, tokens, "/api/places", q="Tarmiyah")["places"]
    assert places and places[0]["admin1"] == "Baghdad" and places[0]["country"] == "Iraq"
    assert get(client, tokens, "/api/places", q="Nowhere-at-all-xyz")["places"] == []


def test_upload_runs_the_pipeline(client: TestClient, tokens: Tokens, store: SQLiteStore) -> None:
    text = (
        "BAGHDAD (Reuters) – A roadside bomb killed two Iraqi soldiers near Tarmiyah on Monday, "
        "security sources said.\n"
    ).replace("Monday", "Monday, May 8, 2023,")
    before = store.count_events()
    files = {"file": ("wire.txt", text.encode(), "text/plain")}
    r = client.post("/api/documents", files=files, data={"published": "2023-05-10"}, headers=bearer(tokens.analyst))
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["new"] is True and body["document"]["name"] == "wire.txt" and body["document"]["events"] == 1
    (event,) = body["events"]
    assert event["date"] == "2023-05-08" and event["killed"] == 2 and event["admin1"] == "Baghdad"
    assert store.count_events() == before + 1
    again = client.post("/api/documents", files=files, data={"published": "2023-05-10"}, headers=bearer(tokens.analyst))
    assert again.status_code == 200 and again.json()["new"] is False and len(again.json()["events"]) == 1


def test_upload_rejects_non_reports(client: TestClient, tokens: Tokens) -> None:
    r = client.post(
        "/api/documents", files={"file": ("x.pdf", b"%PDF-1.4", "application/pdf")}, headers=bearer(tokens.analyst)
    )
    assert r.status_code == 400 and "not a report file" in r.json()["error"]
    r = client.post(
        "/api/documents", files={"file": ("x.txt", b"\x00\x01\x02" * 50, "text/plain")}, headers=bearer(tokens.analyst)
    )
    assert r.status_code == 400 and r.json()["ok"] is False


@pytest.mark.parametrize("settings", [ServeSettings(max_upload_bytes=1000)])
def test_upload_over_the_limit_is_413(client: TestClient, tokens: Tokens, settings: ServeSettings) -> None:
    big = ("An IED exploded near Tarmiyah. " * 100).encode()
    r = client.post("/api/documents", files={"file": ("big.txt", big, "text/plain")}, headers=bearer(tokens.analyst))
    assert r.status_code == 413
    body = r.json()
    assert body["status"] == 413 and "over the 1,000-byte limit" in body["error"]
    # Declared too large up front: refused before the body is read, same message shape.
    huge = b"x" * (200 * 1024)
    r = client.post("/api/documents", files={"file": ("huge.txt", huge, "text/plain")}, headers=bearer(tokens.analyst))
    assert r.status_code == 413 and "limit" in r.json()["error"]


def test_patch_keeps_who_when_and_the_old_value(client: TestClient, tokens: Tokens, store: SQLiteStore) -> None:
    e = store.events()[0]
    r = client.patch(
        f"/api/events/{e['id']}", json={"killed": 9, "admin1": "Kirkuk", "lat": 35.47}, headers=bearer(tokens.analyst)
    )
    assert r.status_code == 200, r.text
    changes = {c["field"]: c for c in r.json()["corrections"]}
    assert set(changes) == {"killed", "admin1", "lat"}
    assert changes["killed"]["old_value"] == e["killed"] and changes["killed"]["new_value"] == 9
    assert changes["admin1"]["old_value"] == e["admin1"]
    assert changes["killed"]["who"] == "test-analyst#2" and changes["killed"]["at"]
    stored = store.event(e["id"])
    assert stored["killed"] == 9 and stored["admin1"] == "Kirkuk" and stored["lat"] == 35.47
    # Columns changed with the record: the filters see the correction.
    assert e["id"] in {
        x["id"]
        for x in client.get(
            "/api/events", params={"admin1": "Kirkuk", "limit": 1000}, headers=bearer(tokens.viewer)
        ).json()["events"]
    }
    detail = client.get(f"/api/events/{e['id']}", headers=bearer(tokens.viewer)).json()
    assert sorted(c["field"] for c in detail["corrections"]) == ["admin1", "killed", "lat"]
    # The same value again changes nothing and records nothing.
    assert (
        client.patch(f"/api/events/{e['id']}", json={"killed": 9}, headers=bearer(tokens.analyst)).json()["corrections"]
        == []
    )


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"event_type": "Picnic"}, 400),
        ({"date": "2019-02-30"}, 400),
        ({"geo_precision": 7}, 400),
        ({"colour": "red"}, 422),
        ({}, 400),
    ],
)
def test_patch_validates(client: TestClient, tokens: Tokens, store: SQLiteStore, body: dict, status: int) -> None:
    e = store.events()[0]
    r = client.patch(f"/api/events/{e['id']}", json=body, headers=bearer(tokens.analyst))
    assert r.status_code == status and r.json()["ok"] is False
    assert store.event(e["id"])["record" if False else "id"] == e["id"]


def test_patch_date_moves_the_event_in_time(client: TestClient, tokens: Tokens, store: SQLiteStore) -> None:
    e = store.events()[0]
    r = client.patch(f"/api/events/{e['id']}", json={"date": "2030-01-02"}, headers=bearer(tokens.analyst))
    assert r.status_code == 200
    page = client.get("/api/events", params={"from": "2030-01-01"}, headers=bearer(tokens.viewer)).json()
    assert [x["id"] for x in page["events"]] == [e["id"]] and page["events"][0]["date"] == "2030-01-02"


def test_verify(client: TestClient, tokens: Tokens, store: SQLiteStore) -> None:
    e = store.events()[0]
    r = client.post(
        f"/api/events/{e['id']}/verify",
        json={"status": "verified", "note": "matches footage"},
        headers=bearer(tokens.analyst),
    )
    assert r.status_code == 200 and r.json()["verification"]["who"] == "test-analyst#2"
    detail = client.get(f"/api/events/{e['id']}", headers=bearer(tokens.viewer)).json()
    assert (
        detail["verifications"][0]["status"] == "verified" and detail["verifications"][0]["note"] == "matches footage"
    )
    bad = client.post(f"/api/events/{e['id']}/verify", json={"status": "maybe"}, headers=bearer(tokens.analyst))
    assert bad.status_code == 422


def test_openapi_and_local_docs(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/stats", "/api/places", "/api/documents"} <= set(
        spec["paths"]
    )
    assert "HTTPBearer" in spec["components"]["securitySchemes"]
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "http" not in docs.text.replace("http-equiv", "")  # nothing from a CDN
    assert client.get("/docs").status_code == 404


def test_dashboard_and_layers_are_local_with_a_strict_csp(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self';" in csp and "unsafe-inline" not in csp
    assert "<script>" not in page.text and "http://" not in page.text and "https://" not in page.text
    for name in ("admin1", "countries", "rivers"):
        layer = client.get(f"/layers/{name}.geojson")
        assert layer.status_code == 200 and layer.json()["type"] == "FeatureCollection"
    assert client.get("/layers/secrets.geojson").status_code == 404
    js = client.get("/static/app.js").text
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200


def test_digest_link_target(client: TestClient, tokens: Tokens) -> None:
    r = client.get("/digest", params={"week": "2019-02-06"}, headers=bearer(tokens.viewer))
    if r.status_code == 404:
        assert "not available" in r.json()["error"]  # mesint.publish is absent from this installation
        return
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert (
        "script-src" not in r.headers["content-security-policy"]
        and "default-src 'none'" in r.headers["content-security-policy"]
    )
    assert client.get("/digest", params={"week": "2019-02-06"}).status_code == 401


def test_reports_dir_is_the_seed() -> None:
    assert len(list(REPORTS.glob("*.txt"))) >= 5


def test_uploaded_file_name_cannot_escape(client: TestClient, tokens: Tokens, tmp_path: Path) -> None:
    files = {"file": ("../../etc/evil.txt", b"Nothing happened in Mosul today.\n", "text/plain")}
    r = client.post("/api/documents", files=files, headers=bearer(tokens.analyst))
    assert r.status_code in (200, 201) and r.json()["document"]["name"] == "evil.txt"
