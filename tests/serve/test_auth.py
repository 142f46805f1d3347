"""Tokens and roles: 401 without a live token, 403 for a role's forbidden writes, 429 over the rate."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from serve_fixtures import Tokens

from mesint.serve.app import ServeSettings
from mesint.serve.ratelimit import RateLimiter
from mesint.store import SQLiteStore


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("headers", [{}, bearer("mesint_not-a-token"), {"Authorization": "Basic dXNlcjpwYXNz"}])
def test_no_valid_token_is_401(client: TestClient, headers: dict[str, str]) -> None:
    for path in ("/api/events", "/api/stats", "/api/places?q=Mosul", "/api/me", "/digest?week=2019-02-06"):
        r = client.get(path, headers=headers)
        assert r.status_code == 401, path
        assert r.json() == {"ok": False, "error": r.json()["error"], "errors": [], "status": 401}


def test_viewer_reads_but_cannot_write(client: TestClient, tokens: Tokens, store: SQLiteStore) -> None:
    h = bearer(tokens.viewer)
    eid = store.events()[0]["id"]
    assert client.get("/api/events", headers=h).status_code == 200
    writes = [
        client.patch(f"/api/events/{eid}", json={"killed": 1}, headers=h),
        client.post(f"/api/events/{eid}/verify", json={}, headers=h),
        client.post("/api/documents", files={"file": ("a.txt", b"Nothing.", "text/plain")}, headers=h),
        client.get("/api/tokens", headers=h),
        client.post("/api/tokens", json={"role": "admin"}, headers=h),
    ]
    for r in writes:
        assert r.status_code == 403, r.text
        assert r.json()["status"] == 403 and "viewer" in r.json()["error"]
    assert store.event(eid)["killed"] == store.events()[0]["killed"]


def test_analyst_writes_but_does_not_manage_tokens(client: TestClient, tokens: Tokens, store: SQLiteStore) -> None:
    h = bearer(tokens.analyst)
    eid = store.events()[0]["id"]
    assert client.post(f"/api/events/{eid}/verify", json={}, headers=h).status_code == 200
    assert client.get("/api/tokens", headers=h).status_code == 403
    assert client.get("/api/me", headers=h).json()["role"] == "analyst"


def test_admin_manages_tokens_and_revocation_is_immediate(client: TestClient, tokens: Tokens, db_path: Path) -> None:
    h = bearer(tokens.admin)
    created = client.post("/api/tokens", json={"role": "viewer", "name": "field team"}, headers=h)
    assert created.status_code == 201
    new = created.json()
    assert new["token"].startswith("mesint_") and new["role"] == "viewer"
    assert client.get("/api/me", headers=bearer(new["token"])).json()["name"] == "field team"
    listed = client.get("/api/tokens", headers=h).json()["tokens"]
    assert any(t["id"] == new["id"] for t in listed) and all("token" not in t and "token_hash" not in t for t in listed)
    assert client.delete(f"/api/tokens/{new['id']}", headers=h).json()["revoked"] is True
    assert client.get("/api/me", headers=bearer(new["token"])).status_code == 401
    assert client.delete("/api/tokens/9999", headers=h).status_code == 404
    # Only a hash is stored.
    with sqlite3.connect(db_path) as db:
        stored = [r[0] for r in db.execute("SELECT token_hash FROM api_tokens")]
    assert new["token"] not in stored and all(len(h) == 64 for h in stored)


@pytest.mark.parametrize("settings", [ServeSettings(rate_per_minute=60, rate_burst=3)])
def test_rate_limit_per_token_is_429(client: TestClient, tokens: Tokens, settings: ServeSettings) -> None:
    codes = [client.get("/api/me", headers=bearer(tokens.viewer)).status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
    r = client.get("/api/me", headers=bearer(tokens.viewer))
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
    assert r.json()["status"] == 429 and "rate limit" in r.json()["error"]
    # Another token has its own bucket.
    assert client.get("/api/me", headers=bearer(tokens.analyst)).status_code == 200


def test_token_bucket_refills() -> None:
    now = [0.0]
    limiter = RateLimiter(per_minute=60, burst=2, clock=lambda: now[0])
    assert [limiter.check("t") for _ in range(2)] == [0.0, 0.0]
    assert limiter.check("t") == pytest.approx(1.0)
    now[0] += 1.0
    assert limiter.check("t") == 0.0
    assert RateLimiter(per_minute=0, burst=1).check("t") == 0.0  # 0 disables the limit


def mesint(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MESINT_DB"}
    return subprocess.run([sys.executable, "-m", "mesint", *args], capture_output=True, text=True, env=env, timeout=120)


def test_token_cli(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    made = mesint("token", "create", "--role", "analyst", "--name", "alice", "--db", db)
    assert made.returncode == 0, made.stderr
    token = made.stdout.strip()
    assert token.startswith("mesint_") and "shown only now" in made.stderr
    listed = mesint("token", "list", "--db", db)
    assert "alice" in listed.stdout and "analyst" in listed.stdout and token not in listed.stdout
    assert "revoked" in mesint("token", "revoke", "1", "--db", db).stdout
    assert "already revoked" in mesint("token", "revoke", "1", "--db", db).stdout
    bad = mesint("token", "create", "--role", "boss", "--db", db)
    assert bad.returncode != 0 and "unknown role 'boss'" in bad.stderr and "Traceback" not in bad.stderr
    missing = mesint("token", "revoke", "42", "--db", db)
    assert missing.returncode != 0 and "no token with id 42" in missing.stderr
