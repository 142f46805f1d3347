"""The dashboard in a real browser: Debian chromium driven by playwright, against uvicorn on loopback.

Run ``scripts/install-browser.sh`` once to get /usr/bin/chromium; without it these tests skip and say so.
Set MESINT_SCREENSHOT_DIR to keep a screenshot of the dashboard.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from serve_fixtures import REPORTS

from mesint.ingest import ingest_paths
from mesint.serve.app import create_app
from mesint.serve.data import create_token
from mesint.store import open_store

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
XSS = "<script>alert(1)</script>"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium: run scripts/install-browser.sh"
    ),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    root = tmp_path_factory.mktemp("browser")
    hostile = root / "hostile-2023-05-10.txt"
    hostile.write_text(
        f"BAGHDAD (Reuters) – A roadside bomb killed two Iraqi soldiers near Tarmiyah on Monday, May 8, 2023, {XSS} "
        "security sources said.\n",
        encoding="utf-8",
    )
    store = open_store(str(root / "mesint.db"))
    summary = ingest_paths([*sorted(REPORTS.glob("*.txt")), hostile], store, published=None)
    assert summary.ok, summary.failures
    _, token = create_token(store, "viewer", "browser test")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(None, store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}", token
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


def wait_until(page: object, expression: str, timeout: float = 15.0) -> None:
    """Poll a JS expression from Python: wait_for_function evaluates strings, which the page's CSP forbids."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(f"() => Boolean({expression})"):  # type: ignore[attr-defined]
        assert time.monotonic() < deadline, f"timed out waiting for {expression}"
        time.sleep(0.1)


def test_dashboard_login_filter_open_event_and_untrusted_text(server: tuple[str, str], browser: object) -> None:
    base, token = server
    page = browser.new_page(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    dialogs: list[str] = []
    outside: list[str] = []
    csp_violations: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: None if r.url.startswith((base, "data:", "blob:")) else outside.append(r.url))
    page.on("console", lambda m: csp_violations.append(m.text) if "Content Security Policy" in m.text else None)

    page.goto(base + "/")
    assert page.is_visible("#login")
    page.fill("#token", token)
    page.click("#login-form button[type=submit]")
    page.wait_for_selector("#event-list li")
    assert not page.is_visible("#login")
    assert "viewer" in page.text_content("#whoami")
    total = int(page.text_content("#summary").split()[0])
    assert total > 50
    wait_until(
        page, "document.querySelectorAll('.leaflet-overlay-pane path, .leaflet-boundaries-pane path').length > 10"
    )
    assert page.locator(".leaflet-tile").count() == 0  # no tile server

    # Filter by type: the summary shrinks and every listed event is of that type's colour.
    page.select_option("#f-type", "Battles")
    wait_until(page, f"parseInt(document.getElementById('summary').textContent) < {total}")
    battles = int(page.text_content("#summary").split()[0])
    assert 0 < battles < total

    # Back to everything, then find the hostile report by its words and open it.
    page.select_option("#f-type", "")
    page.fill("#f-q", "Tarmiyah security sources")
    wait_until(page, "parseInt(document.getElementById('summary').textContent) < 10")
    page.locator("#event-list li").first.click()
    page.wait_for_selector("#panel:not([hidden]) .quote")
    page.wait_for_timeout(300)
    quotes = " ".join(page.locator("#panel .quote, #panel q").all_text_contents())
    if XSS not in quotes:  # the search may list the Reuters original first: open each until the hostile one
        for i in range(page.locator("#event-list li").count()):
            page.locator("#event-list li").nth(i).click()
            page.wait_for_timeout(300)
            quotes = " ".join(page.locator("#panel .quote, #panel q").all_text_contents())
            if XSS in quotes:
                break
    assert XSS in quotes  # shown as text ...
    assert page.evaluate("document.querySelectorAll('#panel script').length") == 0  # ... never as markup
    assert page.locator("#panel .facts").is_visible()
    assert page.locator("path.leaflet-interactive").count() >= 1
    page.wait_for_timeout(500)
    assert dialogs == []
    assert outside == [], outside
    assert csp_violations == [], csp_violations

    shots = os.environ.get("MESINT_SCREENSHOT_DIR")
    page.fill("#f-q", "")
    page.wait_for_timeout(800)
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(shots) / "dashboard-event.png"))
        page.click("#panel-close")
        page.evaluate("() => state.map.fitBounds([[29.0, 35.5], [37.5, 48.8]])")
        page.wait_for_timeout(800)
        page.screenshot(path=str(Path(shots) / "dashboard.png"))
    page.close()


def test_api_docs_render_from_local_assets(server: tuple[str, str], browser: object) -> None:
    base, _ = server
    page = browser.new_page()  # type: ignore[attr-defined]
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith((base, "data:")) else outside.append(r.url))
    page.goto(base + "/api/docs")
    page.wait_for_selector(".opblock", timeout=20_000)
    assert "/api/events" in page.text_content("body")
    assert outside == []
    page.close()


def test_install_script_exists() -> None:
    script = Path(__file__).parents[2] / "scripts" / "install-browser.sh"
    assert script.exists() and "chromium" in script.read_text() and shutil.which("bash")
