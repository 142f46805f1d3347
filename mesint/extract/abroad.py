"""Places outside Iraq and Syria: an item that happens abroad ("the Christchurch attack") is no event here.

The names (countries and large cities) are data: ``data/abroad.txt``, derived from GeoNames.
"""

from __future__ import annotations

import functools
import re
from importlib import resources


@functools.lru_cache(maxsize=1)
def _abroad_pattern() -> re.Pattern[str]:
    text = resources.files("mesint.data").joinpath("abroad.txt").read_text(encoding="utf-8")
    names = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    names.sort(key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    # Only where the name places the action: "in New Zealand", "near Ankara", "The Christchurch attack".
    direction = r"(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
    return re.compile(
        rf"(?:\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ii]nside|[Oo]utside)\s+(?:the\s+)?{direction}|^\s*The\s+)(?P<name>{alternation})\b"
    )


@functools.lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    text = resources.files("mesint.data").joinpath("abroad.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def heading_abroad(heading: str) -> str | None:
    """A heading that is a foreign country's or city's name ("Turkey", "The United States"), else None."""
    name = re.sub(r"^\s*the\s+", "", heading.strip().rstrip(":.").strip(), flags=re.I)
    return name if name in _names() else None


def place_abroad(text: str) -> str | None:
    """The first foreign country or large foreign city named in ``text``, if any."""
    m = _abroad_pattern().search(text)
    return m.group("name") if m else None
