"""The hot path of GET /api/events: paging through cached filter orders, caches that a write anywhere
empties, read-only connections, and ``mesint serve --workers``."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from serve_fixtures import Tokens

from mesint.query import EventQuery
from mesint.serve import data
from mesint.serve.cache import GenerationCache, LruCache
from mesint.serve.reads import ReadSide
from mesint.store import open_store
from mesint.store.sql import SQLStore


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def page(client: TestClient, tokens: Tokens, **params: object) -> httpx.Response:
    r = client.get("/api/events", params=params, headers=bearer(tokens.viewer))
    assert r.status_code == 200, r.text
    return r


@pytest.mark.parametrize("filters", [{}, {"type": "Battles"}, {"admin1": "Nineveh"}, {"country": "Syria"}])
def test_paging_through_a_filter_gives_the_store_listing(
    client: TestClient, tokens: Tokens, store: SQLStore, filters: dict[str, str]
) -> None:
    q = EventQuery(event_type=filters.get("type"), admin1=filters.get("admin1"), country=filters.get("country"))
    expected = [e["id"] for e in store.events(q)]
    assert expected
    seen: list[str] = []
    for view in ("full", "map"):
        seen = []
        for offset in range(0, len(expected) + 7, 7):
            body = page(client, tokens, limit=7, offset=offset, view=view, **filters).json()
            assert body["total"] == len(expected) == store.count_events(q)
            seen += [e["id"] for e in body["events"]]
        assert seen == expected, view


def test_default_page_is_50_and_paging_is_documented(client: TestClient, tokens: Tokens, store: SQLStore) -> None:
    body = page(client, tokens).json()
    assert body["limit"] == 50 and len(body["events"]) == min(50, store.count_events())
    spec = client.get("/api/openapi.json").json()
    params = {p["name"]: p for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert "default 50" in params["limit"]["description"] and "offset" in params
    assert "offset + limit" in spec["paths"]["/api/events"]["get"]["description"]


def test_a_repeated_page_comes_from_the_cache_until_a_write(
    client: TestClient, tokens: Tokens, store: SQLStore, db_path: Path
) -> None:
    first = page(client, tokens, limit=5, type="Battles")
    assert first.headers["x-cache"] == "miss"
    again = page(client, tokens, limit=5, type="Battles")
    assert again.headers["x-cache"] == "hit" and again.content == first.content
    # Another process corrects the first event (a second store on the same file, as `mesint` would).
    target = first.json()["events"][0]["id"]
    with open_store(str(db_path)) as other:
        data.correct_event(other, target, {"killed": 4321}, "elsewhere#1")
    after = page(client, tokens, limit=5, type="Battles")
    assert after.headers["x-cache"] == "miss"
    assert after.json()["events"][0]["killed"] == 4321 != first.json()["events"][0]["killed"]
    # A write through the API itself empties the cache as well.
    analyst = bearer(tokens.analyst)
    assert client.patch(f"/api/events/{target}", json={"killed": 5}, headers=analyst).status_code == 200
    fresh = page(client, tokens, limit=5, type="Battles")
    assert fresh.headers["x-cache"] == "miss" and fresh.json()["events"][0]["killed"] == 5


def test_revoking_in_another_process_applies_to_the_next_request(
    client: TestClient, tokens: Tokens, db_path: Path
) -> None:
    with open_store(str(db_path)) as other:
        info, token = data.create_token(other, "viewer", "short-lived")
    assert client.get("/api/me", headers=bearer(token)).status_code == 200
    assert client.get("/api/me", headers=bearer(token)).status_code == 200  # now answered from the cache
    with open_store(str(db_path)) as other:
        assert data.revoke_token(other, info.id)
    assert client.get("/api/me", headers=bearer(token)).status_code == 401


def test_cache_off_answers_the_same(tokens: Tokens, store: SQLStore) -> None:
    from mesint.serve.app import ServeSettings, create_app

    with TestClient(create_app(ServeSettings(cache_mb=0), store)) as c:
        a = page(c, tokens, limit=9, offset=3, admin1="Baghdad")
        b = page(c, tokens, limit=9, offset=3, admin1="Baghdad")
    assert a.headers["x-cache"] == b.headers["x-cache"] == "miss" and a.content == b.content


def test_read_side_connections_cannot_write(db_path: Path) -> None:
    with open_store(str(db_path)) as store:
        reads = ReadSide(store)
        assert reads.tracks_commits
        try:
            with reads.store._read() as conn, pytest.raises(Exception, match=r"readonly|read-only|query_only"):
                conn.exec_driver_sql("DELETE FROM api_tokens")
            before = reads.generation()
            assert reads.generation() == before  # nothing committed: the same generation
            with sqlite3.connect(db_path) as raw:
                raw.execute("UPDATE api_tokens SET name = name || '!'")
            assert reads.generation() > before
        finally:
            reads.close()


def test_lru_cache_bounds_its_weight_and_forgets_old_generations() -> None:
    cache = LruCache(100)
    for i in range(6):
        cache.put(i, 1, b"x" * 12)  # each entry must stay under an eighth of the bound
    assert cache.get(0, 1) == b"x" * 12  # 0 is now the most recently used
    cache.put("big", 1, b"y" * 12)
    cache.put("bigger", 1, b"z" * 12)
    cache.put("biggest", 1, b"w" * 12)  # 9 × 12 = 108 > 100: the least recently used (1) goes
    assert cache.weight <= 100 and cache.get(1, 1) is None and cache.get(0, 1) is not None
    cache.put("huge", 1, b"h" * 50)  # over an eighth of the whole cache: not kept
    assert cache.get("huge", 1) is None
    assert cache.get(0, 2) is None  # another generation sees nothing
    cache.put("new", 2, b"n")
    assert cache.get(0, 1) is None and cache.get("new", 2) == b"n"
    cache.put("stale", 1, b"s")  # computed before the write another request has seen: dropped
    assert cache.get("stale", 1) is None and cache.get("new", 2) == b"n"
    small = GenerationCache(size=2)
    small.put("a", 7, 1)
    small.put("b", 7, 2)
    small.put("c", 7, 3)  # full: starts over rather than growing
    assert small.get("a", 7) is None and small.get("c", 7) == 3 and small.get("c", 8) is None


def test_an_alias_finds_the_page_without_counting_it_twice() -> None:
    """The fast path looks pages up by the query string as sent: that key is an alias of the page's own."""
    cache = LruCache(100_000)
    cache.put(("full", "page-1"), 1, b"p" * 5_000)
    cache.alias(("raw", b"offset=0&view=full"), 1, ("full", "page-1"))
    assert cache.get(("raw", b"offset=0&view=full"), 1) == b"p" * 5_000
    assert cache.weight < 5_000 + 1_000  # the body is counted once
    for i in range(40):  # push the page out: its alias then finds nothing
        cache.put(("full", f"other-{i}"), 1, b"o" * 5_000)
    assert cache.get(("full", "page-1"), 1) is None
    assert cache.get(("raw", b"offset=0&view=full"), 1) is None
    assert cache.get(("raw", b"offset=0&view=full"), 2) is None


def test_page_json_is_written_fast_and_read_whatever_json_stored() -> None:
    from mesint.serve import jsonio

    body = {"ok": True, "events": [{"place": "Tal Afar", "arabic": "تلعفر", "killed": None, "lat": 36.37}]}
    assert jsonio.dumps(body) == json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    assert jsonio.loads('{"lat": NaN, "n": 1}')["n"] == 1  # json.dumps writes NaN; orjson refuses to read it
    assert jsonio.dumps({1: "a"}) == b'{"1":"a"}'  # keys orjson refuses are written as json writes them


def test_concurrent_misses_compute_once() -> None:
    cache = LruCache(10_000, weigh=len)
    calls: list[int] = []
    started = threading.Barrier(8)

    def slow() -> list[int]:
        calls.append(1)
        time.sleep(0.2)
        return [1, 2, 3]

    results: list[object] = []

    def ask() -> None:
        started.wait()
        results.append(cache.get_or_compute("filter", 1, slow))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [[1, 2, 3]] * 8 and len(calls) == 1


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_with_two_workers(db_path: Path, tokens: Tokens) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "MESINT_DB"}
    command = [sys.executable, "-m", "mesint", "serve", "--db", str(db_path), "--port", str(port), "--workers", "2"]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/events?limit=3", headers=bearer(tokens.viewer), timeout=5)
                break
            except httpx.HTTPError:
                assert server.poll() is None and time.monotonic() < deadline, "server did not start"
                time.sleep(0.3)
        assert r.status_code == 200 and len(r.json()["events"]) == 3
        assert httpx.get(f"http://127.0.0.1:{port}/api/events", timeout=5).status_code == 401
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    assert "2 workers" in err and "Traceback" not in err


def test_bad_serve_options_are_one_line_errors(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "MESINT_DB"}
    for args in (["--workers", "-1"], ["--threads", "0"], ["--cache-mb", "-5"]):
        r = subprocess.run(
            [sys.executable, "-m", "mesint", "serve", "--db", str(tmp_path / "x.db"), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert r.returncode != 0 and "--workers must be >= 0" in r.stderr and "Traceback" not in r.stderr


def test_cached_pages_keep_auth_and_rate_limits(store: SQLStore, db_path: Path) -> None:
    from mesint.serve.app import ServeSettings, create_app

    with open_store(str(db_path)) as other:
        info, token = data.create_token(other, "viewer", "fast")
        _, second = data.create_token(other, "viewer", "fast-too")
    with TestClient(create_app(ServeSettings(rate_per_minute=60, rate_burst=4), store)) as c:
        url = "/api/events?limit=3&type=Battles"
        first = c.get(url, headers=bearer(token))
        assert first.status_code == 200 and first.headers["x-cache"] == "miss"
        hit = c.get(url, headers=bearer(token))
        assert hit.headers["x-cache"] == "hit" and hit.content == first.content
        assert hit.headers["content-security-policy"] == first.headers["content-security-policy"]
        # The cached page is no answer to a request without a live token.
        assert c.get(url).status_code == 401
        assert c.get(url, headers=bearer("mesint_unknown")).status_code == 401
        # Every answer counts against the token's rate, cached or not: burst 4, the fifth is 429.
        assert [c.get(url, headers=bearer(token)).status_code for _ in range(3)] == [200, 200, 429]
        limited = c.get(url, headers=bearer(token))
        assert limited.status_code == 429 and limited.json()["status"] == 429 and limited.headers["retry-after"]
        assert c.get(url, headers=bearer(second)).status_code == 200  # another token has its own bucket
        with open_store(str(db_path)) as other:
            data.revoke_token(other, info.id)
        assert c.get(url, headers=bearer(token)).status_code == 401


def test_a_page_larger_than_one_in_list_keeps_its_order(
    client: TestClient, tokens: Tokens, store: SQLStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(data, "_IDS_PER_QUERY", 7)  # the page's rows are read 7 ids at a time
    expected = [e["id"] for e in store.events(EventQuery(country="Iraq"))]
    body = page(client, tokens, limit=1000, view="map", country="Iraq").json()
    assert len(expected) > 7 and [e["id"] for e in body["events"]] == expected
