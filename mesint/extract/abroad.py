"""Places outside Iraq and Syria: an item that happens abroad ("the Christchurch attack") is no event here.

The names (countries and large cities) are data: ``data/abroad.txt``, derived from GeoNames.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from mesint.extract.prefilter import compile_gated


@functools.lru_cache(maxsize=1)
def _abroad_pattern() -> re.Pattern[str]:
    text = resources.files("mesint.data").joinpath("abroad.txt").read_text(encoding="utf-8")
    names = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    names.sort(key=len, reverse=True)
    alternation = _grouped(names)
    # Only where the name places the action: "in New Zealand", "near Ankara", "The Christchurch attack".
    direction = r"(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
    # "in the Dasht-e-Barchi neighborhood of Kabul", "in the border town of Kilis"
    part_of = (
        r"(?:(?:[\w'’-]+\s+){0,3}?(?:neighbou?rhood|district|suburb|area|outskirts|centre|center|city|town|province|"
        r"region|countryside|desert)\s+(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+)?"
        r"of\s+)?"
    )
    return compile_gated(
        # ("rockets fired from Syria hit the border town of Kilis": struck there)
        rf"(?:\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ii]nside|[Oo]utside|hit|struck|shelled)\s+(?:the\s+)?{direction}{part_of}|^\s*The\s+)"
        rf"(?P<name>{alternation})\b(?![-‑]\w)"  # ("The London-based monitoring group": where it sits, no place)
        # ("The United States carried out air strikes ...": the country acting, not where)
        r"(?<!^The United States)(?!\s+(?:[a-z]+ed|has|have|had|is|was|were|are|will|would|said|says|struck|hit|sent|"
        r"led|and|also|struck|strikes|fires|launches)\b)"
        # "landed in the Turkish border towns of Kilis and Reyhanli": a neighbour's own towns
        # ("Rockets ... fell on the Turkish border town of Karkamis")
        r"|\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ii]nside|fell\s+on|landed\s+on|hit|struck)\s+(?:the\s+)?(?P<adj>Turkish|Jordanian|Lebanese|Iranian|Israeli|Saudi|"
        r"Kuwaiti)\s+(?:border\s+)?(?:town|towns|city|cities|province|village|villages|territory|district)\b"
    )


def _grouped(names: list[str]) -> str:
    """The alternation of ``names`` (longest first) grouped by first character, and large groups by the next: the
    engine tries every name of a flat list (some two thousand) at each place a name may begin, where grouped it passes
    over all but one group with a comparison each. Names of different first characters never match at the same
    place, and the names that do (each a prefix of the next) keep their order, the longest first (a name that ends
    where others go on comes last in its group): the same matches."""
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(n[:1], []).append(n[1:])
    parts: list[str] = []
    for first, rests in groups.items():
        if not first:
            parts.append("")  # (a name ends here)
            continue
        inner = _grouped(rests) if len(rests) > 8 else "|".join(map(re.escape, rests))
        parts.append(re.escape(first) + "(?:" + inner + ")")
    return "|".join(parts)


@functools.lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    text = resources.files("mesint.data").joinpath("abroad.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def heading_abroad(heading: str) -> str | None:
    """A heading that is a foreign country's or city's name ("Turkey", "The United States"), else None."""
    name = re.sub(r"^\s*the\s+", "", heading.strip().rstrip(":.").strip(), flags=re.I)
    if name in _names():
        return name
    return name if _ELSEWHERE.fullmatch(name) else None


def place_abroad(text: str) -> str | None:
    """The first foreign country or large foreign city named in ``text``, if any."""
    m = _abroad_pattern().search(text)
    if m is None:
        return None
    return m.group("name") or _COUNTRY_OF.get(m.group("adj"), m.group("adj"))


_COUNTRY_OF = {
    "Turkish": "Turkey",
    "Jordanian": "Jordan",
    "Lebanese": "Lebanon",
    "Iranian": "Iran",
    "Israeli": "Israel",
    "Saudi": "Saudi Arabia",
    "Kuwaiti": "Kuwait",
}
# A digest's section for the rest of the world
_ELSEWHERE = compile_gated(
    r"(?:other|outside)\s+(?:countries|regions|arenas|theatres|theaters|fronts)|(?:around|across)\s+the\s+world|"
    r"outside\s+(?:iraq|syria)(?:\s+and\s+(?:iraq|syria))?|(?:the\s+)?rest\s+of\s+the\s+world|worldwide|international",
    re.I,
)
