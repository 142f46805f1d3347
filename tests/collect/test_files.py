"""Reading report files: text, HTML, bad input."""

import datetime as dt
from pathlib import Path

import pytest

from mesint.collect.files import document_from_bytes, iter_report_paths, read_document
from mesint.errors import InputError


def test_same_bytes_same_id(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("On 12 May 2021, IS militants attacked a checkpoint.", encoding="utf-8")
    b.write_bytes(a.read_bytes())
    assert read_document(a).id == read_document(b).id


def test_windows_line_ends_and_bom_are_normalised() -> None:
    doc = document_from_bytes(b"\xef\xbb\xbfline one\r\nline two\r\n", name="x.txt")
    assert doc.text == "line one\nline two\n"


def test_legacy_encoding_is_decoded() -> None:
    doc = document_from_bytes("Caf\u00e9 \u2013 Aleppo".encode("cp1252"), name="x.txt")
    assert doc.text == "Caf\u00e9 \u2013 Aleppo"


def test_binary_and_missing_files_are_clear_errors(tmp_path: Path) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(InputError, match="binary"):
        read_document(binary)
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="directory"):
        read_document(tmp_path)


def test_html_gives_visible_text_title_and_published_date() -> None:
    html = (
        "<html><head><title>Strike near Hajin</title>"
        '<meta property="article:published_time" content="2022-03-04T10:00:00Z">'
        "<script>alert(1)</script></head><body><nav>Home</nav>"
        "<p>On Thursday, a drone struck a house near Hajin.</p></body></html>"
    )
    doc = document_from_bytes(html.encode(), name="page.html")
    assert doc.title == "Strike near Hajin"
    assert doc.published == dt.date(2022, 3, 4)
    assert "drone struck a house" in doc.text
    assert "alert" not in doc.text


def test_folders_are_walked_for_report_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "sub/b.md", "sub/c.html", "d.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    names = sorted(p.name for p in iter_report_paths([tmp_path]))
    assert names == ["a.txt", "b.md", "c.html"]


def test_a_folders_readme_is_its_documentation_not_a_report(tmp_path: Path) -> None:
    (tmp_path / "week-12.txt").write_text("On 3 May 2021, gunmen killed a farmer near Tarmiyah.", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Reports of May\nOne file per week.", encoding="utf-8")
    assert [p.name for p in iter_report_paths([tmp_path])] == ["week-12.txt"]
    assert [p.name for p in iter_report_paths([tmp_path / "README.md"])] == ["README.md"]  # named: read
