"""Print the geo stage's speed figures: gazetteer load (cold and warm), phrase resolution, name scan.

    python bench/geo_speed.py

Load time is measured in fresh interpreter processes (the second run is "warm": the OS file cache
is hot, nothing else is shared), import of ``mesint.geo`` included. Resolution and scanning run in this
process after one load. The village tier is loaded on first use, not by ``load_gazetteer()``: its
first-use time and the resolution of phrases it answers are printed on their own lines. Every figure is given
as wall time and CPU time: on a shared machine the wall
time swings with the load, the CPU time much less.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time

from mesint.geo import load_gazetteer, resolve_location
from mesint.geo.names import loose_key, strict_key

PHRASES: list[tuple[str, str | None, str | None]] = [
    ("in the village of Atshan, about 30 km northeast of Hama", "Syria", "Hama"),
    ("around 37 km north of Baghdad", "Iraq", None),
    ("near the 60th kilometer west of Ramadi", "Iraq", "Al-Anbar"),
    ("east of Albukamal", "Syria", "Deir ez-Zor"),
    ("in the area of the city of Baiji", "Iraq", "Salah al-Din"),
    ("near the Syrian-Iraqi border", "Iraq", "Salah al-Din"),
    ("in the Hajin rural area", "Syria", "Deir ez-Zor"),
    ("in the Al-Hawija District west of Kirkuk", "Iraq", "Kirkuk"),
    ("in west Aleppo", "Syria", "Aleppo"),
    ("near Haditha (around 195 km northwest of Baghdad)", "Iraq", "Al-Anbar"),
    ("in the northern Al-Ghab Plain", "Syria", "Hama"),
    ("the road between Manbij and Al-Bab", "Syria", "Aleppo"),
]

# Phrases whose name only the village tier has (or has ambiguously: no guess, the fallback as before).
VILLAGE_PHRASES: list[tuple[str, str | None, str | None]] = [
    ("in the village of Balanjiyah", "Iraq", "Diyala"),
    ("in the village of Hajj Jabir", "Iraq", "Maysan"),
    ("in the village of Hajj Jabir", "Iraq", None),
    ("in the town of Al-Yadudah, west of Daraa", "Syria", "Daraa"),
    ("in Awdalan", "Iraq", "Sulaymaniyah"),
]

TEMPLATES = [
    "On {d}, ISIS operatives attacked a checkpoint of the Iraqi Army in {a}, killing two soldiers. ",
    "Clashes were reported between the SDF and ISIS near {a}, east of {b}. ",
    "A drone strike hit a vehicle on the road between {a} and {b}; the Coalition said it targeted leaders. ",
    "The Popular Mobilization Units reported finding an IED in the {a} area, about 20 km south of {b}. ",
    "Residents said that the Syrian regime shelled {a} and the villages around it for the third day. ",
]


def load_seconds() -> tuple[float, float]:
    """(wall, CPU) seconds to import mesint.geo and load the gazetteer in a fresh process."""
    code = (
        "import time; t=time.perf_counter(); c=time.process_time(); from mesint.geo import load_gazetteer; "
        "load_gazetteer(); print(time.perf_counter()-t, time.process_time()-c)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    wall, cpu = out.stdout.split()
    return float(wall), float(cpu)


def make_text(size: int, seed: int = 7) -> str:
    gaz = load_gazetteer()
    names = [p.name for p in gaz.places if p.name.isascii() and p.kind != "governorate"]
    rnd = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        s = rnd.choice(TEMPLATES).format(a=rnd.choice(names), b=rnd.choice(names), d="February 3")
        parts.append(s)
        total += len(s)
    return "".join(parts)


def main() -> None:
    cold = load_seconds()
    warm = min(load_seconds() for _ in range(3))
    print(
        f"gazetteer load, fresh process: first {cold[0] * 1000:.0f} ms wall / {cold[1] * 1000:.0f} ms CPU, "
        f"warm (best of 3) {warm[0] * 1000:.0f} ms wall / {warm[1] * 1000:.0f} ms CPU"
    )

    gaz = load_gazetteer()
    print(f"gazetteer: {len(gaz.places)} places, {len(gaz.governorates)} governorates")
    n = 200
    t, c = time.perf_counter(), time.process_time()
    for _ in range(n):
        for text, country, admin1 in PHRASES:
            resolve_location(text, country=country, admin1=admin1, gazetteer=gaz)
    calls = n * len(PHRASES)
    per, per_cpu = (time.perf_counter() - t) / calls, (time.process_time() - c) / calls
    print(f"resolve_location: {per * 1e6:.0f} µs wall / {per_cpu * 1e6:.0f} µs CPU per phrase (mean of {calls} calls)")

    t, c = time.perf_counter(), time.process_time()
    tier = gaz.village_tier()
    print(
        f"village tier first use: {(time.perf_counter() - t) * 1000:.0f} ms wall / "
        f"{(time.process_time() - c) * 1000:.0f} ms CPU ({len(tier) if tier else 0} villages, "
        f"prebuilt keys: {tier.prebuilt if tier else None})"
    )
    t, c = time.perf_counter(), time.process_time()
    for _ in range(n):
        for text, country, admin1 in VILLAGE_PHRASES:
            resolve_location(text, country=country, admin1=admin1, gazetteer=gaz)
    calls = n * len(VILLAGE_PHRASES)
    per, per_cpu = (time.perf_counter() - t) / calls, (time.process_time() - c) / calls
    print(
        f"resolve_location, village-tier phrases: {per * 1e6:.0f} µs wall / {per_cpu * 1e6:.0f} µs CPU per phrase "
        f"(mean of {calls} calls)"
    )

    text = make_text(1_000_000)
    strict_key.cache_clear()
    loose_key.cache_clear()
    t = time.perf_counter()
    hits = gaz.find_names(text)
    dt = time.perf_counter() - t
    print(
        f"find_names: {len(text) / dt / 1e6:.2f} MB/s on {len(text) / 1e6:.1f} MB of varied report text, "
        f"cold key cache ({len(hits)} names found)"
    )


if __name__ == "__main__":
    main()
