"""``import acled``: ACLED CSV exports in, events with source ACLED out; and the round trip through our export."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mesint.compare import compare_with, member_events
from mesint.errors import InputError
from mesint.imports.acled import import_acled, read_acled
from mesint.ingest import ingest_paths
from mesint.publish.exporters import ExportOptions, export_events
from mesint.query import EventQuery
from mesint.store import open_store

REPORTS = Path(__file__).parents[1] / "reports"

# Rows in the shape of ACLED's own export: its admin1 spellings, day-month-year dates, a quoted note with
# a comma, a line break and a quote mark, a row from another country, and one with a broken coordinate.
ACLED_SAMPLE = """event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,\
assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,\
admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
IRQ90001,09 March 2021,2021,1,Political violence,Explosions/Remote violence,Remote explosive/landmine/IED,\
Islamic State (Iraq),,2,Military Forces of Iraq (2020-),,1,12,,368,Middle East,Iraq,Baghdad,Al-Kadhimiyah,,\
Tarmiyah,33.6744,44.3958,1,Reuters; Shafaq News,International-National,"On 9 March 2021, an IED planted by IS \
killed 3 soldiers, wounded 2 near Tarmiyah.
The army said ""three"".",3,,1615900000
IRQ90002,2021-03-10,2021,2,Political violence,Battles,Armed clash,Islamic State (Iraq),,2,Popular Mobilization \
Forces,,1,12,,368,Middle East,Iraq,Ninewa,Al-Baaj,,Al-Baaj,35.9344,41.7163,2,Shafaq News,National,Clashes.,0,,1615900000
SYR90003,2021-03-10,2021,1,Political violence,Violence against civilians,Attack,Unidentified Armed Group (Syria),,\
3,Civilians (Syria),,7,37,Civilian targeting,760,Middle East,Syria,Deir ez Zor,,,Abu Kamal,34.4531,40.9178,1,\
SOHR,Other,Gunmen killed a man.,1,,1615900000
TUR90004,2021-03-10,2021,1,Political violence,Battles,Armed clash,Military Forces of Turkey (2016-),,1,PKK,,2,12,,\
792,Middle East,Turkey,Hakkari,,,Cukurca,37.2,43.6,1,AA,National,Clash.,2,,1615900000
SYR90005,2021-03-11,2021,1,Political violence,Battles,Armed clash,A,,1,B,,2,12,,760,Middle East,Syria,Idleb,,,X,\
north,36.0,1,SOHR,Other,Bad row.,0,,1615900000
"""


def _write(tmp_path: Path, text: str, name: str = "acled.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_acled_rows_become_acled_events(tmp_path: Path) -> None:
    path = _write(tmp_path, ACLED_SAMPLE)
    with open_store(str(tmp_path / "a.db")) as store:
        summary = import_acled(path, store)
        events = {e["notes"][0]: e for e in member_events(store, EventQuery())}
        docs = store.documents()
    assert (summary.rows, summary.events, summary.events_added) == (5, 3, 3)
    assert summary.skipped_countries == {"Turkey": 1}
    assert summary.bad_rows == ("line 7: latitude 'north' is not a number",)
    assert docs[0]["media_type"] == "text/csv" and docs[0]["publisher"] == "ACLED"
    ied = events["ACLED event IRQ90001"]
    assert ied["sources"] == ["ACLED"]
    assert (ied["date"], ied["event_type"], ied["actor1"], ied["killed"]) == (
        "2021-03-09",
        "Explosions/Remote violence",
        "Islamic State (Iraq)",
        3,
    )
    assert ied["quote"].startswith("On 9 March 2021, an IED") and 'said "three"' in ied["quote"]
    assert "ACLED sources: Reuters; Shafaq News" in ied["notes"]
    clash = events["ACLED event IRQ90002"]
    assert clash["admin1"] == "Nineveh"  # ACLED's "Ninewa", the gazetteer's name
    assert "ACLED time precision 2: the date is known to the week" in clash["notes"]
    assert events["ACLED event SYR90003"]["admin1"] == "Deir ez-Zor"
    with sqlite3.connect(tmp_path / "a.db") as conn:  # what datasette shows
        assert conn.execute("SELECT outlet, events, documents FROM sources_view").fetchall() == [("ACLED", 3, 1)]


def test_an_imported_rows_span_quotes_the_row(tmp_path: Path) -> None:
    raw = ACLED_SAMPLE.encode()
    report, _ = read_acled(raw, name="acled.csv")
    text = report.document.text
    first = report.events[0]
    row_text = text[first.span.start : first.span.end]
    assert row_text.startswith("IRQ90001,09 March 2021") and row_text.endswith(",3,,1615900000")
    assert next(csv.reader(io.StringIO(row_text)))[0] == "IRQ90001"


def test_importing_twice_changes_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path, ACLED_SAMPLE)
    with open_store(str(tmp_path / "a.db")) as store:
        import_acled(path, store)
        again = import_acled(path, store)
        assert (again.new_document, again.events_added) == (False, 0)
        assert store.count_events() <= 3


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name,date\nx,2021-01-01\n", r"not an ACLED export: missing column\(s\) event_date, event_type"),
        ("", "the file is empty"),
        (ACLED_SAMPLE.splitlines()[0] + "\n", "a header and no rows"),
    ],
)
def test_a_bad_file_is_one_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = _write(tmp_path, content)
    with open_store(":memory:") as store, pytest.raises(InputError, match=message) as info:
        import_acled(path, store)
    assert "\n" not in str(info.value)


def test_a_binary_or_missing_file_is_refused(tmp_path: Path) -> None:
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    with open_store(":memory:") as store:
        with pytest.raises(InputError, match="not UTF-8"):
            import_acled(binary, store)
        with pytest.raises(InputError, match="no such file"):
            import_acled(tmp_path / "missing.csv", store)


# -- the round trip ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("roundtrip")
    with open_store(str(folder / "ours.db")) as store:
        ingest_paths([REPORTS], store)
        events = store.events()
        documents = {str(d["id"]): d for d in store.documents()}
    path = folder / "acled.csv"
    path.write_bytes(export_events(events, "acled-csv", ExportOptions(documents=documents)))
    return path, events


def test_acled_csv_round_trip_gives_the_same_events_back(
    tmp_path: Path, exported: tuple[Path, list[dict[str, Any]]]
) -> None:
    path, ours = exported
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(path.open(encoding="utf-8", newline=""))}
    with open_store(str(tmp_path / "fresh.db")) as store:
        summary = import_acled(path, store)
        back = {e["notes"][0].removeprefix("ACLED event "): e for e in member_events(store, EventQuery())}
    importable = [e for e in ours if e.get("country") in ("Iraq", "Syria") and e.get("date")]
    assert summary.events == len(importable) > 200
    assert len(back) == len(importable)
    for event in importable:
        row_id = next(k for k in rows if k.endswith(event["id"]))
        theirs = back[row_id]
        start, _, end = event["date"].partition("/")
        assert theirs["date"] == rows[row_id]["event_date"]
        if not end:
            assert theirs["date"] == start
        else:
            assert start <= theirs["date"] <= end
        for key in ("event_type", "sub_event_type", "actor1", "actor2", "admin1", "country", "lat", "lon"):
            assert theirs[key] == event[key], (key, event["id"])
        assert theirs["killed"] == (event["killed"] or 0)
        assert theirs["sources"] == ["ACLED"]


def test_compare_with_acled_matches_our_own_export(tmp_path: Path, exported: tuple[Path, list[dict[str, Any]]]) -> None:
    path, _ours = exported
    with open_store(str(tmp_path / "both.db")) as store:
        ingest_paths([REPORTS], store)
        import_acled(path, store)
        result = compare_with(store, "acled")
        week = compare_with(store, "acled", date_from=_day("2021-03-01"), date_to=_day("2021-03-31"))
    summary = result.summary()
    assert summary["theirs"] > 200
    assert summary["recall_of_theirs"] >= 0.95
    assert all(m.days_apart <= 1 for m in result.matched)
    assert all(m.ours.get("document") != m.theirs.get("document") for m in result.matched)
    assert week.summary()["matched"] == week.summary()["theirs"] > 0


def _day(value: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(value)


# -- the commands ------------------------------------------------------------------------------------------


def _mesint(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MESINT_DB"}
    return subprocess.run([sys.executable, "-m", "mesint", *args], capture_output=True, text=True, env=env, timeout=300)


def test_export_import_compare_commands(tmp_path: Path) -> None:
    db, csv_path, geo = tmp_path / "m.db", tmp_path / "out.csv", tmp_path / "out.geojson"
    assert _mesint("ingest", str(REPORTS / "reuters-2021-03-11-tarmiyah-ied.txt"), "--db", str(db)).returncode == 0
    r = _mesint("export", "--format", "acled-csv", "-o", str(csv_path), "--db", str(db))
    assert r.returncode == 0, r.stderr
    r = _mesint("export", "-f", "geojson", "-o", str(geo), "--uncertainty", "--from", "2021-03-09", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert json.loads(geo.read_text())["type"] == "FeatureCollection"
    r = _mesint("import", "acled", str(csv_path), "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert "Iraq/Syria event(s)" in r.stdout
    r = _mesint(
        "compare", "--with", "acled", "--from", "2021-03-01", "--to", "2021-03-31", "-f", "json", "--db", str(db)
    )
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)["summary"]
    assert summary["matched"] == summary["theirs"] > 0
    bad = _mesint("export", "--format", "shapefile", "-o", str(tmp_path / "x"), "--db", str(db))
    assert bad.returncode != 0 and "options: acled-csv" in bad.stderr and "Traceback" not in bad.stderr
    bad = _mesint("import", "acled", str(geo), "--db", str(db))
    assert bad.returncode != 0 and "not an ACLED export" in bad.stderr and "Traceback" not in bad.stderr
