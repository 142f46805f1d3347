"""Number words and digits, shared by casualty counts and distance offsets. Pure."""

from __future__ import annotations

import re

from mesint.extract.prefilter import compile_gated

_UNITS = {
    "zero": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "couple": 2,
    "pair": 2,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "dozen": 12}
VAGUE_WORDS = (
    "several",
    "many",
    "a number of",
    "a number",
    "numerous",
    "dozens",
    "scores",
    "hundreds",
    "some",
    "a few",
    "few",
    "multiple",
    "various",
    "a large number of",
    "an unknown number of",
    "an undetermined number of",
    "an unspecified number of",
    "large numbers of",
    "tens",
)

_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
NUMBER_WORDS = frozenset([*_UNITS, *_TENS])
NUMBER_PATTERN = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?"
    # (an age or a length is no count: "a nine-year-old girl" is one girl, "a two-day offensive" one offensive)
    rf"|(?:(?:{_WORD})(?:[- ](?:{_WORD}))?(?:\s+(?:hundred|thousand|dozen))?)(?!-(?:years?|months?|weeks?|days?)\b|\s+(?:years?|months?)\s+old\b))"
)
NUMBER_RE = compile_gated(rf"\b{NUMBER_PATTERN}\b", re.IGNORECASE)


def parse_number(text: str) -> int | None:
    """ "seven" → 7, "twenty-five" → 25, "1,200" → 1200, "two dozen" → 24, "an" → 1; else None."""
    t = text.strip().lower().replace(",", "")
    if not t:
        return None
    if re.fullmatch(r"\d+", t):
        return int(t)
    t = re.sub(r"^an?\s+(?=couple|pair)", "", t)  # "a couple" is two, not one and two
    if re.fullmatch(r"\d+\.\d+", t):
        return int(float(t))
    total, current = 0, 0
    for word in re.split(r"[\s-]+", t):
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
        elif word == "and":
            continue
        else:
            return None
    return total + current
