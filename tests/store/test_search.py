"""``--q`` text to search terms and FTS5 queries: user text is never FTS5 syntax."""

from __future__ import annotations

import pytest

from mesint.store.search import fts5_query, search_terms


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("IED Tarmiyah", ["IED", "Tarmiyah"]),
        ('"air strike" Hajin', ["air strike", "Hajin"]),
        ('unbalanced "quote', ["unbalanced", '"quote']),
        ("!!! -- ***", []),
        ("a\x00b", ["a", "b"]),  # a NUL would end FTS5's query string early
        ("", []),
    ],
)
def test_search_terms(text: str, terms: list[str]) -> None:
    assert search_terms(text) == terms


def test_fts5_query_quotes_every_term() -> None:
    assert fts5_query(["air strike", 'say "no"', "NEAR"]) == '"air strike"* "say ""no"""* "NEAR"*'
