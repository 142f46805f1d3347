"""``--q TEXT`` to search terms, then to an FTS5 query or LIKE patterns.

Users type words and "quoted phrases"; FTS5 syntax (AND, NEAR, column filters, stray quotes) is never
passed through, so no input can make the query fail.
"""

from __future__ import annotations

import re

_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w")


def search_terms(text: str) -> list[str]:
    """Words and "quoted phrases", in order; terms with no letter or digit are dropped."""
    terms = []
    # FTS5 reads its query as a C string: a NUL would cut it short mid-phrase.
    for phrase, word in _TERM.findall(text.replace("\x00", " ")):
        term = (phrase or word).strip()
        if term and _WORD.search(term):
            terms.append(term)
    return terms


def fts5_query(terms: list[str]) -> str:
    """Every term as a quoted FTS5 phrase with a prefix match on its last word ("Raqq" finds "Raqqa")."""
    return " ".join('"' + term.replace('"', '""') + '"*' for term in terms)
