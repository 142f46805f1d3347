"""What a sentence that is not an incident is: assessment, statement, forecast, diplomacy, background. Pure."""

from __future__ import annotations

import re

from mesint.extract.prefilter import LiteralIndex, Prefiltered, folds_plainly
from mesint.vocab import ItemKind

_ASSESSMENT = Prefiltered.compile(
    r"\b(?:assessment|assess(?:es|ed)?|we believe|believes?|in (?:our|the \w+['’]s) view|it (?:seems|appears)|"
    r"apparently|probably|likely|indicates? that|reflects?|analysts? (?:say|said|believe))\b",
    re.I,
)
_FORECAST = Prefiltered.compile(
    r"\b(?:will|expected to|is expected|are expected|plans? to|planning to|(?-i:may)|might|could|is likely to|"
    r"intends? to|scheduled to|upcoming|next week|in the coming)\b",
    re.I,
)
_DIPLOMACY = Prefiltered.compile(
    r"\b(?:talks|summit|delegation|negotiat\w*|roadmap|agreement|meeting|met with|visit(?:ed)?|minister|"
    r"president|presidents|diplomat\w*|embassy|foreign ministry)\b",
    re.I,
)
_STATEMENT = Prefiltered.compile(
    r"\b(?:said|says|announced|stated|noted|tweeted|declared|claimed|added|told|warned|called on|"
    r"interview|aired|statement|speech)\b",
    re.I,
)


# in the order they are tried; one Aho-Corasick pass over the sentence rules out those whose words are absent (each
# pattern would otherwise scan the sentence, trying every word start, and every letter inside a word, it could open on)
_KINDS = (
    (ItemKind.ASSESSMENT, _ASSESSMENT),
    (ItemKind.FORECAST, _FORECAST),
    (ItemKind.DIPLOMACY, _DIPLOMACY),
    (ItemKind.STATEMENT, _STATEMENT),
)
_INDEX = LiteralIndex(
    [p.literals for _, p in _KINDS], [p.literal_sets[1] if len(p.literal_sets) > 1 else None for _, p in _KINDS]
)


def classify_sentence(text: str) -> ItemKind:
    """Kind of a sentence that carries no incident (used for the report's non-events)."""
    # (a literal test on the lower-cased text is exact only where it folds plainly: else every pattern is tried)
    tried = _INDEX.candidates(text.lower()) if folds_plainly(text) else range(len(_KINDS))
    for i in tried:
        kind, pattern = _KINDS[i]
        if pattern.pattern.search(text):
            return kind
    return ItemKind.BACKGROUND
