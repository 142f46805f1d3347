"""Killed and wounded counts: digits, number words, "one … another", vague amounts. Pure.

A vague amount ("several", "many", "sustained casualties") gives no number and a note, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mesint.extract.numbers import NUMBER_PATTERN, VAGUE_WORDS, parse_number
from mesint.model import Count

_VAGUE = "|".join(re.escape(w) for w in sorted(VAGUE_WORDS, key=len, reverse=True))
_QUANT = rf"(?:(?:at least|more than|over|nearly|about|around|some|up to|approximately)\s+)?(?P<n>{NUMBER_PATTERN}|another|{_VAGUE})"
_KILL = r"killed|dead|died|slain|executed|beheaded|shot dead|assassinated|murdered|lost (?:their|his|her) lives"
_WOUND = r"wounded|injured|hurt|maimed"
_AUX = r"(?:were|was|have been|has been|had been|are|is|been|got)\s+(?:reportedly\s+|also\s+|later\s+|critically\s+|seriously\s+|severely\s+|lightly\s+|fatally\s+|all\s+)?"
_GAP = r"(?:[\w'’\-]+,?\s+){0,7}?"

# "Nine Shiites visiting the province were killed", "six others were wounded", "another was wounded"
_PASSIVE = re.compile(rf"\b{_QUANT}\s+{_GAP}{_AUX}(?P<v>{_KILL}|{_WOUND})\b", re.I)
# Headline style without an auxiliary: "three soldiers killed in blast"
_HEADLINE = re.compile(
    rf"\b{_QUANT}\s+{_GAP}(?P<v>{_KILL}|{_WOUND})\s+(?=in|by|near|when|after|as|during|and|on|at)\b", re.I
)
# "killing three Syrian soldiers", "wounding two", "killed 12 people", "left five dead"
_ACTIVE = re.compile(
    rf"\b(?P<v>killing|wounding|injuring|killed|wounded|injured|left)\s+{_QUANT}\b"
    rf"(?:\s+{_GAP}(?P<left>dead|wounded|injured))?",
    re.I,
)
# "The killing of two members", "the execution of a Popular Mobilization operative"
_NOMINAL = re.compile(
    rf"\b(?P<v>killing|execution|assassination|murder|death|deaths|beheading)\s+of\s+{_QUANT}\b", re.I
)
# "executed him", "killing him"
_PRONOUN = re.compile(r"\b(?P<v>executed|killed|killing|shot dead|assassinated|murdered|beheaded)\s+(?:him|her)\b", re.I)
# "the driver was killed": a singular victim without a number
_SINGULAR = re.compile(rf"\b(?:the|a|an|his|her|their|its)\s+{_GAP}was\s+(?:reportedly\s+)?(?P<v>{_KILL}|{_WOUND})\b", re.I)
# "death toll rose to 12", "12 fatalities", "12 people died"
_TOLL = re.compile(rf"\bdeath toll\s+(?:\w+\s+){{0,3}}(?:to|of|at|reached)\s+{_QUANT}\b", re.I)
_FATALITIES = re.compile(rf"\b{_QUANT}\s+(?:fatalities|deaths|dead|people died|casualties)\b", re.I)
_VAGUE_LOSS = re.compile(
    r"\b(?:sustained|suffered|inflicted|caused|causing|resulted in|with)\s+(?:heavy\s+|many\s+|several\s+|some\s+|human\s+|numerous\s+)?"
    r"(?:casualties|losses)\b|\b(?:heavy|many|several|dozens of|numerous)\s+casualties\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    kind: str  # "killed" | "wounded"
    count: Count
    start: int
    end: int
    text: str


def _kind(verb: str) -> str:
    v = verb.lower()
    if re.match(rf"(?:{_WOUND}|wounding|injuring)$", v):
        return "wounded"
    return "killed"


def _count(word: str, matched: str) -> Count:
    w = word.lower()
    if w == "another":
        return Count.exact(1)
    n = parse_number(w)
    if n is not None:
        low = None if re.match(r"(?:more than|over|at least)", matched, re.I) else n
        return Count(low if low is not None else n, n, None if low is None else n)
    return Count.vague(matched.strip())


def find_casualties(text: str) -> list[CasualtyMention]:
    """Every killed/wounded mention in ``text``, non-overlapping, in order."""
    found: list[CasualtyMention] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, count: Count, s: int, e: int) -> None:
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append(CasualtyMention(kind, count, s, e, text[s:e]))

    for m in _NOMINAL.finditer(text):
        add("killed", _count(m.group("n"), m.group(0)), m.start(), m.end())
    for m in _ACTIVE.finditer(text):
        verb = m.group("v").lower()
        if verb == "left":
            if not m.group("left"):
                continue
            verb = m.group("left")
        n = m.group("n").lower()
        if n in {"a", "an"} and verb.startswith("kill") is False and verb.startswith("wound") is False:
            continue
        add(_kind(verb), _count(m.group("n"), m.group(0)), m.start(), m.end())
    for pattern in (_PASSIVE, _HEADLINE, _TOLL, _FATALITIES):
        for m in pattern.finditer(text):
            verb = m.groupdict().get("v") or "killed"
            add(_kind(verb), _count(m.group("n"), m.group(0)), m.start(), m.end())
    for m in _PRONOUN.finditer(text):
        add("killed", Count.exact(1), m.start(), m.end())
    for m in _SINGULAR.finditer(text):
        add(_kind(m.group("v")), Count.exact(1), m.start(), m.end())
    for m in _VAGUE_LOSS.finditer(text):
        add("killed", Count.vague(m.group(0)), m.start(), m.end())
    found.sort(key=lambda c: c.start)
    return found


def total(mentions: list[CasualtyMention], kind: str) -> Count | None:
    """Sum the numbered mentions of one kind; only vague mentions give a vague Count; none gives None."""
    of_kind = [m for m in mentions if m.kind == kind]
    if not of_kind:
        return None
    numbered = [m.count for m in of_kind if m.count.best is not None]
    if not numbered:
        return Count.vague("; ".join(m.text for m in of_kind))
    best = sum(c.best or 0 for c in numbered)
    low = sum(c.low or 0 for c in numbered)
    return Count(low, best, best if all(c.high is not None for c in numbered) else None)
