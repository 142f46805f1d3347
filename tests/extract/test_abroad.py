import random
import re

from mesint.extract.abroad import _grouped


def test_names_grouped_by_their_first_characters_find_what_the_flat_list_finds() -> None:
    # names that are prefixes of others, names sharing first letters, one-letter names and escaped characters
    names = [
        "San Jose", "San Juan", "Sana", "Santa Cruz", "Santiago", "Salt", "Saltillo", "Salta", "Sal", "S", "Sao Paulo",
        "Sapporo", "Sakai", "Sagar", "Sa", "Kabul", "Kabula", "St. Louis", "6th of October City", "A.B",
    ]
    names.sort(key=len, reverse=True)
    flat = re.compile(r"\b(?P<name>" + "|".join(map(re.escape, names)) + r")\b(?!\s+said)")
    grouped = re.compile(r"\b(?P<name>" + _grouped(names) + r")\b(?!\s+said)")
    assert grouped.pattern != flat.pattern
    rng = random.Random(7)
    pieces = [*names, "Santa", "San", "Salt said", "Kabul said", "St.", "x", " ", ", ", "Sao", "A.B said"]
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        assert [m.span("name") for m in grouped.finditer(text)] == [m.span("name") for m in flat.finditer(text)], text
