"""Plain-text incident tables: the header says which column is what, each row is one incident."""

import datetime as dt

from mesint.collect.files import document_from_bytes
from mesint.pipeline import extract_document
from mesint.read.tables import TableHeader, cell_count, split_cells
from mesint.serialize import report_to_dict

LOG = """WEEKLY INCIDENT LOG - IRAQ
Reporting week: 1-7 June 2021 | Issued: 8 June 2021

Date | Governorate | District | Incident | Killed | Wounded | Source
-----|-------------|----------|----------|--------|---------|-------
02/06/2021 | Anbar | Rutba | IED struck an army vehicle west of Rutba; two soldiers dead | 2 | - | Shafaq News
05/06/2021 | Ninewa | Sinjar | Turkish drone struck a car near Sinjar town | 1-2 | 1 | Rudaw; Kurdistan24
-----|-------------|----------|----------|--------|---------|-------
TOTAL | | | 2 incidents | 3-4 | 1 |
"""


def test_a_header_names_its_columns() -> None:
    header = TableHeader.parse("Date | Governorate | District | Incident | Killed | Wounded | Source")
    assert header is not None
    assert header.columns == {"date": 0, "admin1": 1, "place": 2, "text": 3, "killed": 4, "wounded": 5, "source": 6}
    assert TableHeader.parse("Reporting week: 1-7 June 2021 | Issued: 8 June 2021") is None


def test_cells_keep_their_offsets() -> None:
    line = "02/06/2021 | Anbar | Rutba"
    assert [(c.text, line[c.start : c.end]) for c in split_cells(line)] == [
        ("02/06/2021", "02/06/2021"),
        ("Anbar", "Anbar"),
        ("Rutba", "Rutba"),
    ]


def test_count_columns() -> None:
    assert cell_count("2") == (2, None)
    assert cell_count("2-3") == (2, 3)
    assert cell_count("-") is None


def test_each_row_is_an_incident_dated_placed_and_counted_by_its_cells() -> None:
    doc = document_from_bytes(LOG.encode(), name="log.txt", published=dt.date(2021, 6, 8))
    report = report_to_dict(extract_document(doc))
    got = [(e["date"], e["admin1"], e["killed"], e["wounded"], e["sources"]) for e in report["events"]]
    assert got == [
        ("2021-06-02", "Al-Anbar", 2, None, ["Shafaq News"]),
        ("2021-06-05", "Nineveh", 1, 1, ["Rudaw", "Kurdistan24"]),
    ]
    # the quote is the Incident cell, where the document holds it
    first = report["events"][0]
    assert LOG[first["span"][0] : first["span"][1]] == first["quote"]
    assert first["quote"].startswith("IED struck an army vehicle")


def test_an_acled_style_csv_export_is_a_table_and_quoted_commas_stay_in_their_cell() -> None:
    header = TableHeader.parse("event_date,event_type,actor1,admin1,location,fatalities,source,notes")
    assert header is not None and header.sep == ","
    line = '2019-05-02,Battles,Military Forces of Syria,Hama,Kafr Nabudah,4,SOHR,"On 2 May 2019, fighting, heavy."'
    row = header.row(line)
    assert row is not None
    assert (row["admin1"].text, row["place"].text, row["killed"].text) == ("Hama", "Kafr Nabudah", "4")
    assert line[row["text"].start : row["text"].end] == "On 2 May 2019, fighting, heavy."
    # a sentence that lists the fields is no header
    assert TableHeader.parse("Fields: event_date, admin1, location, notes, source.") is None


TAB_EXPORT = (
    "event_date\tadmin1\tlocation\tnotes\tsource\n"
    "2018-03-14\tNinewa\tTal Afar\tOn 14 March 2018, an IED struck a PMF vehicle near the town, killing two fighters."
    "\tRudaw\n"
    "2018-05-02\tBasra\tAl-Zubair\tOn 2 May 2018, jobless men protesting outside an oil company's gate were met by "
    "guards; the guards opened fire, killing a protester.\tShafaq News\n"
)


def test_a_tab_separated_export_is_a_table_placed_and_sourced_by_its_cells() -> None:
    header = TableHeader.parse("event_date\tadmin1\tlocation\tnotes\tsource")
    assert header is not None and header.sep == "\t"
    doc = document_from_bytes(TAB_EXPORT.encode(), name="export.tsv.txt", published=dt.date(2018, 12, 31))
    events = report_to_dict(extract_document(doc))["events"]
    got = [(e["date"], e["place"], e["killed"], e["sources"]) for e in events]
    assert got == [("2018-03-14", "Tall 'Afar", 2, ["Rudaw"]), ("2018-05-02", "Az Zubayr", 1, ["Shafaq News"])]
    # one protester killed is excessive force against the protest, the same event
    assert events[1]["sub_event_type"] == "Excessive force against protesters"



def test_a_rows_text_tells_one_incident_whatever_its_sentences() -> None:
    export = (
        "event_date\tadmin1\tlocation\tnotes\tsource\n"
        "2018-09-02\tKirkuk\tDaquq\tOn 2 September 2018, a roadside bomb struck a police vehicle near Daquq, killing "
        "two policemen. A second bomb hit the ambulance sent to the scene, wounding three more policemen.\tRudaw\n"
    )
    doc = document_from_bytes(export.encode(), name="export.txt", published=dt.date(2018, 12, 31))
    (event,) = report_to_dict(extract_document(doc))["events"]
    assert (event["killed"], event["wounded"], event["sources"]) == (2, 3, ["Rudaw"])


SEMICOLON_EXPORT = """ACLED-style export - Iraq (semicolon-separated)
event_date;admin1;admin2;location;notes;fatalities
3 June 2017;Ninewa;Tal Afar;Tal Afar;On 3 June 2017, an IED struck a PMF vehicle near the town, killing two.;2
"""


def test_a_semicolon_separated_export_is_a_table_placed_by_its_location_cell() -> None:
    header = TableHeader.parse("event_date;admin1;admin2;location;notes;fatalities")
    assert header is not None and header.sep == ";"
    doc = document_from_bytes(SEMICOLON_EXPORT.encode(), name="export.txt", published=dt.date(2017, 6, 30))
    (event,) = report_to_dict(extract_document(doc))["events"]
    got = (event["date"], event["admin1"], event["place"], event["killed"])
    assert got == ("2017-06-03", "Nineveh", "Tall 'Afar", 2)


NUMBERED_RECORDS = """\
Syria – coded incidents, selected entries

1. 14/02/2019 – Idlib – Khan Shaykhun: Government artillery shelled the southern edge of the town, killing two \
civilians. Rescue workers recovered the bodies later.

2. 20–21/03/2019 – Hama – Kafr Zita: Clashes between HTS fighters and the Syrian army went on through the night; six \
soldiers were killed.

3. 05/04/2019 – Aleppo – Al-Bab: Several hundred people assembled in the town centre to mark one year since the \
March 2018 protests over fuel prices.
"""


def test_a_record_line_dates_and_places_its_note_from_its_fields() -> None:
    doc = document_from_bytes(NUMBERED_RECORDS.encode(), name="records.txt", published=dt.date(2019, 12, 31))
    events = report_to_dict(extract_document(doc))["events"]
    got = [(e["date"], e["admin1"], e["sub_event_type"], e["killed"]) for e in events]
    assert got == [
        ("2019-02-14", "Idlib", "Shelling/artillery/missile attack", 2),  # one record, one incident
        ("2019-03-20/2019-03-21", "Hama", "Armed clash", 6),  # "20–21/03/2019": both days
        ("2019-04-05", "Aleppo", "Peaceful protest", None),  # not "since the March 2018 protests"
    ]
    assert events[0]["place"] == "Khan Shaykhun" and events[2]["place"] == "Al Bab"


RECORDS_WITH_HEADER_LINES = """\
Coded incident records

Each record gives the event date, the governorate and the location, then the coder's note.

2013-06-05 | Homs | Al-Qusayr
Military Forces of Syria and Hezbollah fighters took the town of Al-Qusayr after a three-week battle with rebels. \
Remaining rebel fighters withdrew north towards Al-Dabaa.

2013-06-09 | Aleppo | Aleppo - Al-Sakhour
A government air strike hit a bakery queue in the Al-Sakhour district, killing 11 civilians.
"""


def test_a_record_tells_one_incident_whatever_its_note_adds() -> None:
    doc = document_from_bytes(RECORDS_WITH_HEADER_LINES.encode(), name="records.txt", published=dt.date(2013, 12, 31))
    events = report_to_dict(extract_document(doc))["events"]
    assert [(e["date"], e["sub_event_type"]) for e in events] == [
        ("2013-06-05", "Government regains territory"), ("2013-06-09", "Air/drone strike")
    ]


SEMICOLON_EXPORT_WITH_SHORT_NAMES = """\
# weekly desk export
id;day;gov;location;src;fat;notes
IQ-0401;2020-02-11;Diyala;Jalawla;Rudaw|Shafaq News;3;"IS gunmen attacked a PMF post near Jalawla; two fighters and a \
shepherd were reported dead, and a third fighter died of his wounds."
"""


def test_a_coders_short_column_names_are_read() -> None:
    header = TableHeader.parse("id;day;gov;location;src;fat;notes")
    assert header is not None and set(header.columns) == {"date", "admin1", "place", "source", "killed", "text"}
    doc = document_from_bytes(SEMICOLON_EXPORT_WITH_SHORT_NAMES.encode(), name="x.txt", published=dt.date(2020, 2, 17))
    (event,) = report_to_dict(extract_document(doc))["events"]
    assert event["admin1"] == "Diyala" and event["killed"] == 3
    assert [s.split(",")[0] for s in event["sources"]] == ["Rudaw", "Shafaq News"]
