"""The weekly digest: from the ingested sample, an empty week, a crowded week, and report text kept as text."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from mesint.cli import app
from mesint.publish.digest import (
    FULL_INCIDENTS_WHEN_FEW,
    TOP_INCIDENTS,
    brief_label,
    build_digest,
    collect_digest,
    figure_of,
    load_regions,
)
from mesint.publish.maps import find_hotspots
from mesint.publish.queries import period_totals
from mesint.publish.render import md_escape, render_html, write_digest
from mesint.store import open_store

REPORTS = Path(__file__).resolve().parents[1] / "reports"
SAMPLE = REPORTS / "itic-2019-02-06.txt"
WEEK = (dt.date(2019, 1, 31), dt.date(2019, 2, 6))


@pytest.fixture(scope="module")
def sample_db(module_db_url: str) -> str:
    db = module_db_url  # each back end (tests/conftest.py)
    result = CliRunner().invoke(app, ["ingest", str(SAMPLE), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def sample_out(sample_db: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("digest-out")
    result = CliRunner().invoke(
        app, ["digest", "--from", "2019-01-31", "--to", "2019-02-06", "--out", str(out), "--db", str(sample_db)]
    )
    assert result.exit_code == 0, result.output
    return out


def test_sample_week_writes_every_file(sample_out: Path) -> None:
    for name in ("digest.html", "digest.md", "digest.pdf", "map.png", "timeline.png"):
        assert (sample_out / name).stat().st_size > 1000, name
    assert (sample_out / "digest.pdf").read_bytes().startswith(b"%PDF")
    html = (sample_out / "digest.html").read_text(encoding="utf-8")
    # Self-contained: images inline, no network reference anywhere.
    assert "data:image/png;base64," in html
    assert not re.search(r"""(src|href)=["']https?://""", html)


def test_sample_week_contents_trace_to_stored_events(sample_db: Path, sample_out: Path) -> None:
    with open_store(str(sample_db)) as store:
        events = store.events()
        digest = collect_digest(store, *WEEK)
    html = (sample_out / "digest.html").read_text(encoding="utf-8")
    in_week = [e for e in events if e["date"] and e["date"][-10:] >= "2019-01-31" and e["date"][:10] <= "2019-02-06"]
    assert len(digest.incidents) == len(in_week) > 20
    for e in in_week:  # every incident is shown with its id
        assert e["id"][:10] in html
    # the reports' own geography
    regions = {(s.country, s.region) for s in digest.sections}
    assert ("Syria", "The Idlib region") in regions
    assert ("Syria", "Eastern Syria and the Euphrates valley") in regions
    assert ("Iraq", "Salah al-Din Province") in regions
    assert ("Iraq", "Nineveh Province") in regions
    # the deadliest incident of the week is named in the overview
    assert any("Samarra" in line and "9 killed" in line for line in digest.overview)
    # assessments are quoted with their report, apart from the incidents
    kinds = {s.kind for s in digest.statements}
    assert "assessment" in kinds
    assert all(s.report for s in digest.statements)
    assert "Assessments and statements from the reports" in html
    # sources appendix with registry grades and claim counts
    shumukh = next(r for r in digest.sources if "Shumukh" in r.outlet)
    assert shumukh.claims >= 5 and shumukh.reliability in "ABCDEF"
    md = (sample_out / "digest.md").read_text(encoding="utf-8")
    assert "## Appendix: sources" in md and "Salah al-Din Province" in md


def test_empty_week_gives_a_clear_no_events_digest(sample_db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["digest", "--from", "2021-06-01", "--to", "2021-06-07", "--out", str(tmp_path), "--db", str(sample_db)]
    )
    assert result.exit_code == 0, result.output
    html = (tmp_path / "digest.html").read_text(encoding="utf-8")
    md = (tmp_path / "digest.md").read_text(encoding="utf-8")
    assert "No events" in html and "No events" in md
    assert (tmp_path / "digest.pdf").read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "map.png").exists()


def test_from_after_to_is_a_one_line_error(sample_db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["digest", "--from", "2019-02-06", "--to", "2019-01-31", "--out", str(tmp_path), "--db", str(sample_db)]
    )
    assert result.exit_code != 0


def _event(n: int, rng: random.Random, **over: Any) -> dict[str, Any]:
    govs = [
        ("Syria", "Idlib", 35.93, 36.63),
        ("Syria", "Deir ez-Zor", 35.33, 40.14),
        ("Syria", "Aleppo", 36.52, 37.95),
        ("Iraq", "Nineveh", 36.34, 43.13),
        ("Iraq", "Al-Anbar", 33.42, 43.3),
    ]
    country, admin1, lat, lon = rng.choice(govs)
    day = dt.date(2020, 3, 2) + dt.timedelta(days=rng.randrange(7))
    killed = rng.choice([None, 0, 1, 2, 5, 12])
    event = {
        "id": f"{n:016x}",
        "date": day.isoformat(),
        "event_type": rng.choice(["Battles", "Explosions/Remote violence", "Violence against civilians"]),
        "sub_event_type": "Armed clash",
        "actor1": "Islamic State (ISIS)",
        "actor2": rng.choice(["Military Forces of Iraq", "Military Forces of Syria"]),
        "place": f"Village {n}",
        "admin1": admin1,
        "country": country,
        "lat": lat + rng.uniform(-0.3, 0.3),
        "lon": lon + rng.uniform(-0.3, 0.3),
        "uncertainty_km": rng.choice([1.0, 15.0]),
        "killed": killed,
        "wounded": None,
        "citations": [{"outlet": "SANA", "label": f"SANA, {day:%B} {day.day}, 2020", "date": day.isoformat()}],
        "claims": [],
        "quote": f"Incident number {n} near the village.",
        "span": [0, 10],
        "document": "d" * 64,
    }
    event.update(over)
    return event


def test_crowded_week_stays_readable(tmp_path: Path) -> None:
    rng = random.Random(3)
    events = [_event(n, rng) for n in range(300)]
    digest = build_digest(events, date_from=dt.date(2020, 3, 2), date_to=dt.date(2020, 3, 8))
    assert len(digest.incidents) == 300 > FULL_INCIDENTS_WHEN_FEW
    full = [i for s in digest.sections for i in s.full]
    compact = [i for s in digest.sections for i in s.compact]
    assert len(full) == digest.full_count == TOP_INCIDENTS
    assert len(compact) == 300 - TOP_INCIDENTS
    # the incidents written in full are the deadliest
    assert min(i.killed.best if i.killed else 0 for i in full) >= max(i.killed.best if i.killed else 0 for i in compact)
    for s in digest.sections:  # date order inside every region
        dates = [i.date_start for i in s.incidents]
        assert dates == sorted(dates)
    files = write_digest(digest, tmp_path, pdf=False)
    html = files.html.read_text(encoding="utf-8")
    assert html.count('class="incident"') == TOP_INCIDENTS
    assert html.count("<tr>") >= 300 - TOP_INCIDENTS
    assert len(files.images) >= 2


def test_report_text_is_escaped_everywhere(tmp_path: Path) -> None:
    rng = random.Random(1)
    evil = "<script>alert('x')</script> & <b>bold</b>"
    events = [_event(1, rng, quote=evil, place="<img src=x onerror=alert(1)>")]
    statements = [{"kind": "assessment", "quote": f"In our assessment {evil}", "document_name": "r<1>.txt"}]
    digest = build_digest(
        events, date_from=dt.date(2020, 3, 2), date_to=dt.date(2020, 3, 8), title=evil, statements=statements
    )
    files = write_digest(digest, tmp_path, pdf=False)
    html = files.html.read_text(encoding="utf-8")
    assert "<script>" not in html and "<img src=x" not in html and "<b>bold" not in html
    assert "&lt;script&gt;alert(" in html
    md = files.markdown.read_text(encoding="utf-8")
    assert "<script>" not in md and "\\<script\\>" in md


def test_disagreeing_sources_show_as_a_range() -> None:
    event = {"killed": 2, "claims": [{"killed": 2}, {"killed": 5}]}
    fig = figure_of(event, "killed")
    assert fig is not None and (fig.low, fig.best, fig.high, fig.text) == (2, 2, 5, "2–5")
    reconciled = {"killed": 3, "fatalities": {"killed": {"low": 3, "best": 3, "high": 7}}}
    assert figure_of(reconciled, "killed").text == "3–7"  # type: ignore[union-attr]
    assert figure_of({"killed": None}, "killed") is None


def test_regions_follow_the_reports_geography() -> None:
    regions = load_regions()
    assert regions.locate("Syria", "Aleppo", 36.2, 37.1) == ("Syria", "The Idlib region")
    assert regions.locate("Syria", "Aleppo", 36.5, 37.95) == ("Syria", "Manbij and the north")
    assert regions.locate("Syria", "Homs", 34.5, 38.5) == ("Syria", "The desert (Homs and the Badia)")
    assert regions.locate("Syria", "Daraa", 32.6, 36.1) == ("Syria", "The south")
    assert regions.locate("Iraq", "Kirkuk", None, None) == ("Iraq", "Kirkuk Province")
    assert regions.locate(None, None, None, None)[0] == "Other and unlocated"


def test_markdown_escape() -> None:
    assert md_escape("a|b *c* <x>") == "a\\|b \\*c\\* \\<x\\>"


def test_print_edition_keeps_every_event_and_source(tmp_path: Path) -> None:
    """The PDF is laid out from a tighter print edition; it must still carry every event, its id and sources."""
    rng = random.Random(5)
    events = [_event(n, rng) for n in range(120)]
    events[7]["citations"].append({"outlet": "Reuters", "label": "Reuters, February 28, 2020", "date": "2020-02-28"})
    digest = build_digest(events, date_from=dt.date(2020, 3, 2), date_to=dt.date(2020, 3, 8))
    paper = render_html(digest, [], paper=True)
    screen = render_html(digest, [])
    assert 'class="paper"' in paper and 'class="paper"' not in screen
    compact = [i for s in digest.sections for i in s.compact]
    assert paper.count('class="incident"') == TOP_INCIDENTS and len(compact) == 120 - TOP_INCIDENTS
    for i in digest.incidents:
        assert i.short_id in paper and i.where in paper
    # compact rows: four cells, every source with its date (shortened within the event's year)
    rows = re.findall(r"<tr><td>(\d{4}-\d\d-\d\d) · .*?</tr>", paper, flags=re.S)
    assert len(rows) == len(compact)
    row = next(r for r in re.findall(r"<tr><td>.*?</tr>", paper, flags=re.S) if "Reuters" in r)
    assert row.count("<td") == 4 and "Reuters, Feb 28" in row and "SANA, Mar " in row
    # the statements and the sources appendix are in both editions
    for part in ("Assessments and statements from the reports", "Appendix: sources", "SANA"):
        assert part in paper and part in screen


def test_brief_labels_shorten_dates_only() -> None:
    assert brief_label("SANA, March 2, 2020", 2020) == "SANA, Mar 2"
    assert brief_label("SANA, December 30, 2019", 2020) == "SANA, Dec 30, 2019"
    assert brief_label("Al-Hashed.net website, February 2 and 3, 2019", 2019) == (
        "Al-Hashed.net website, February 2 and 3, 2019"
    )
    assert brief_label("Ahval, a Turkish news website, February 1, 2019", None) == (
        "Ahval, a Turkish news website, Feb 1, 2019"
    )


def test_previous_period_totals_count_in_the_database(sample_db: Path) -> None:
    with open_store(str(sample_db)) as store:
        events = store.events()
        totals = period_totals(store, *WEEK)
        before = period_totals(store, dt.date(2019, 1, 24), dt.date(2019, 1, 30))
    in_week = [e for e in events if e["date"] and e["date"][-10:] >= "2019-01-31" and e["date"][:10] <= "2019-02-06"]
    assert totals.documents == 1 and totals.events == len(in_week) == sum(totals.by_type.values())
    assert totals.by_country == dict(Counter(e["country"] or "" for e in in_week))
    assert totals.killed == sum(e["killed"] or 0 for e in in_week)
    # no report published in the week before: nothing to compare with, so nothing is counted
    assert before.documents == 0 and before.events == 0 and before.by_country == {}


def test_hotspots_are_the_densest_clusters() -> None:
    rng = random.Random(2)
    places = [("Raqqa", 35.95, 39.01, 6), ("Mosul", 36.34, 43.13, 4), ("Rutba", 33.03, 40.28, 2)]
    events = [
        _event(100 * k + n, rng, place=name, lat=lat + rng.uniform(-0.1, 0.1), lon=lon + rng.uniform(-0.1, 0.1))
        for k, (name, lat, lon, count) in enumerate(places)
        for n in range(count)
    ]
    digest = build_digest(events, date_from=dt.date(2020, 3, 2), date_to=dt.date(2020, 3, 8))
    spots = find_hotspots(digest.incidents)
    assert [(s.name, len(s.incidents)) for s in spots] == [("Raqqa", 6), ("Mosul", 4)]
    again = find_hotspots(tuple(reversed(digest.incidents)))  # the order events come in does not matter
    assert [(s.name, {i.id for i in s.incidents}, s.extent) for s in again] == [
        (s.name, {i.id for i in s.incidents}, s.extent) for s in spots
    ]


def test_write_digest_reports_stage_timings(tmp_path: Path) -> None:
    rng = random.Random(4)
    digest = build_digest([_event(n, rng) for n in range(12)], date_from=dt.date(2020, 3, 2),
                          date_to=dt.date(2020, 3, 8))
    timings: dict[str, tuple[float, float]] = {}
    files = write_digest(digest, tmp_path, pdf=False, timings=timings)
    assert set(timings) == {"images", "html", "markdown"}
    assert all(wall >= 0 and cpu >= 0 for wall, cpu in timings.values())
    for image in files.images:  # opaque PNGs: WeasyPrint need not split off an alpha channel
        assert image.read_bytes()[25] == 2  # IHDR colour type 2: RGB
