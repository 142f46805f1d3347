"""The ``mesint`` command as a user runs it: output shapes, exit codes, one-line errors."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPORTS = Path(__file__).parent / "reports"
SAMPLE = REPORTS / "itic-2019-02-06.txt"


def mesint(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MESINT_DB": ""}
    env.pop("MESINT_DB")
    return subprocess.run(
        [sys.executable, "-m", "mesint", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def test_extract_json_has_the_gold_shape() -> None:
    r = mesint("extract", str(SAMPLE), "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["document"] == "itic-2019-02-06.txt"
    event = data["events"][0]
    for key in (
        "id",
        "date",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "location_text",
        "place",
        "admin1",
        "country",
        "lat",
        "lon",
        "geo_precision",
        "killed",
        "wounded",
        "sources",
        "quote",
        "span",
    ):
        assert key in event
    text = SAMPLE.read_text(encoding="utf-8")
    for e in data["events"]:
        assert text[e["span"][0] : e["span"][1]] == e["quote"]


def test_published_date_resolves_weekdays(tmp_path: Path) -> None:
    report = tmp_path / "wire.txt"
    report.write_text(
        "BAGHDAD (Reuters) – A roadside bomb killed two Iraqi soldiers near Tarmiyah on Monday, "
        "security sources said.\n",
        encoding="utf-8",
    )
    r = mesint("extract", str(report), "--published", "2021-03-11", "--format", "json")
    [event] = json.loads(r.stdout)["events"]
    assert event["date"] == "2021-03-08" and event["killed"] == 2


def test_empty_file_gives_no_events_and_exit_0(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    r = mesint("extract", str(empty), "--format", "json")
    assert r.returncode == 0 and json.loads(r.stdout)["events"] == []


def test_bad_input_is_one_line_and_non_zero(tmp_path: Path) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    for args in (
        ["extract", str(binary)],
        ["extract", str(tmp_path / "missing.txt")],
        ["extract", str(SAMPLE), "--published", "yesterday"],
        ["extract", str(SAMPLE), "-f", "xml"],
    ):
        r = mesint(*args)
        assert r.returncode != 0
        assert "Traceback" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr


def test_ingest_is_idempotent_and_skips_bad_files(tmp_path: Path, db_url: str) -> None:
    db = db_url  # each back end (tests/conftest.py)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    first = mesint("ingest", str(SAMPLE), str(bad), "--db", db)
    assert first.returncode == 1 and "bad.txt" in first.stderr and "Traceback" not in first.stderr
    listed = json.loads(mesint("events", "--db", db, "--format", "json").stdout)
    assert len(listed) == 34  # the drone item printed twice in the digest is one event
    again = mesint("ingest", str(SAMPLE), "--db", db)
    assert again.returncode == 0 and "0 event(s) added" in again.stdout
    assert len(json.loads(mesint("events", "--db", db, "--format", "json").stdout)) == 34


def test_events_filters_and_show(db_url: str, tmp_path: Path) -> None:
    db = db_url
    # a folder of reports with a sub-folder (the whole test corpus is too long an ingest for a CLI test)
    folder = tmp_path / "reports"
    (folder / "more").mkdir(parents=True)
    for i, report in enumerate(sorted(REPORTS.glob("*.txt"))):
        shutil.copy(report, folder / ("more" if i % 2 else "") / report.name)
    mesint("ingest", str(folder), "--db", db)
    iraq = json.loads(mesint("events", "--db", db, "--admin1", "Ninawa", "-f", "json").stdout)
    assert iraq and all(e["admin1"] == "Nineveh" for e in iraq)
    dated = json.loads(
        mesint("events", "--db", db, "--from", "2019-02-01", "--to", "2019-02-02", "-f", "json").stdout
    )
    assert dated and all(e["date"][:10] <= "2019-02-02" for e in dated)
    found = json.loads(mesint("events", "--db", db, "--q", "Tarmiyah", "-f", "json").stdout)
    assert found
    csv_out = mesint("events", "--db", db, "--type", "Protests", "-f", "csv").stdout.splitlines()
    assert csv_out[0].startswith("id,date,event_type") and len(csv_out) > 1
    shown = mesint("show", found[0]["id"][:8], "--db", db)
    assert shown.returncode == 0 and "quote [" in shown.stdout and "document:" in shown.stdout
    missing = mesint("show", "ffffffffff", "--db", db)
    assert missing.returncode != 0 and "Traceback" not in missing.stderr


def test_evaluate_prints_the_yardstick_figures() -> None:
    r = mesint("evaluate", str(SAMPLE), str(REPORTS / "itic-2019-02-06.gold.json"))
    assert r.returncode == 0
    assert "detection: P" in r.stdout and "geo: median" in r.stdout


def test_geocode_explains_a_relative_location() -> None:
    r = mesint("geocode", "about 30 km northeast of Hama", "--country", "SY", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["place"]["precision"] == 2
    assert data["offset"]["distance_km"] == 30 and data["offset"]["bearing_deg"] == 45
    assert abs(data["place"]["lat"] - 35.32) < 0.05 and abs(data["place"]["lon"] - 36.99) < 0.05
