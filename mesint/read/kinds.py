"""What a sentence that is not an incident is: assessment, statement, forecast, diplomacy, background. Pure."""

from __future__ import annotations

import re

from mesint.extract.prefilter import compile_gated
from mesint.vocab import ItemKind

_ASSESSMENT = compile_gated(
    r"\b(?:assessment|assess(?:es|ed)?|we believe|believes?|in (?:our|the \w+['’]s) view|it (?:seems|appears)|"
    r"apparently|probably|likely|indicates? that|reflects?|analysts? (?:say|said|believe))\b",
    re.I,
)
_FORECAST = compile_gated(
    r"\b(?:will|expected to|is expected|are expected|plans? to|planning to|(?-i:may)|might|could|is likely to|"
    r"intends? to|scheduled to|upcoming|next week|in the coming)\b",
    re.I,
)
_DIPLOMACY = compile_gated(
    r"\b(?:talks|summit|delegation|negotiat\w*|roadmap|agreement|meeting|met with|visit(?:ed)?|minister|"
    r"president|presidents|diplomat\w*|embassy|foreign ministry)\b",
    re.I,
)
_STATEMENT = compile_gated(
    r"\b(?:said|says|announced|stated|noted|tweeted|declared|claimed|added|told|warned|called on|"
    r"interview|aired|statement|speech)\b",
    re.I,
)


def classify_sentence(text: str) -> ItemKind:
    """Kind of a sentence that carries no incident (used for the report's non-events)."""
    if _ASSESSMENT.search(text):
        return ItemKind.ASSESSMENT
    if _FORECAST.search(text):
        return ItemKind.FORECAST
    if _DIPLOMACY.search(text):
        return ItemKind.DIPLOMACY
    if _STATEMENT.search(text):
        return ItemKind.STATEMENT
    return ItemKind.BACKGROUND
