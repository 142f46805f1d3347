"""The literal-led and gated forms of the sentence, chunk and dateline patterns find what the full patterns find."""

from __future__ import annotations

from pathlib import Path

import pytest

import mesint.extract.sentences as sentences
import mesint.extract.sources as sources
import mesint.read.structure as structure

REPORTS = Path(__file__).resolve().parents[1] / "reports"


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    out = []
    for path in sorted(REPORTS.rglob("*.txt")):
        out += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    assert len(out) > 5000  # the test reports, every style
    return out


def _found(pattern, text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_a_text_with_only_full_stops_has_the_same_boundaries_by_the_literal_led_pattern(paragraphs):
    plain = [p for p in paragraphs if not any(c in p for c in "!?…")]
    assert len(plain) > 1000
    for text in plain:
        assert _found(sentences._BOUNDARY_STOP, text) == _found(sentences._BOUNDARY, text), text


def test_a_text_without_square_brackets_has_the_same_groups_by_the_round_bracket_pattern(paragraphs):
    for text in (p for p in paragraphs if "[" not in p):
        assert _found(sentences._ROUND_BRACKETS, text) == _found(sentences._BRACKETS, text), text


def test_a_text_without_while_or_whereas_has_the_same_chunk_marks_by_the_bracket_pattern(paragraphs):
    for text in (p for p in paragraphs if "while" not in p and "whereas" not in p):
        assert _found(sentences._BRACKET_MARKS, text) == _found(sentences._CHUNK_MARKS, text), text


def test_a_log_header_is_not_found_where_no_dash_is(paragraphs):
    for text in paragraphs:
        for start, end in sentences.split_sentences(text)[:1]:
            if not sentences._has_log_dash(text, start, end):
                assert sentences._LOG_HEADER.match(text, start, end) is None, text


def test_a_dateline_is_not_found_in_a_head_without_an_outlet_bracket_and_dash():
    for path in sorted(REPORTS.rglob("*.txt")):
        head = path.read_text(encoding="utf-8")[:3000]
        if sources._OUTLET_CLOSE.search(head) is None:
            assert sources._DATELINE.search(head) is None, path


def test_a_province_prefix_is_found_as_the_full_pattern_finds_it(paragraphs):
    for text in paragraphs:
        for line in [text, *text.split("\n")]:
            body = line.strip()
            got, want = structure._province(body), structure._PROVINCE.match(body)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), body
