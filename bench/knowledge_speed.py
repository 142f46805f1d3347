"""Throughput of the actor matcher: MB of report text per second, whole documents and sentence by sentence.

Usage: python bench/knowledge_speed.py [FILE ...]   (default: a generated digest-style corpus of about 5 MB)
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from mesint.knowledge.actors import load_actor_table

# A few paragraphs in the style of the digests we read (written for this benchmark), repeated.
SAMPLE = """\
On the night of March 2-3, ISIS operatives attacked a Popular Mobilization position near Tarmiyah,
killing two members of the PMF and wounding three others (Shafaq News, March 3). Iraqi security forces
and the Counter-Terrorism Service arrested an ISIS commander in the Al-Hawija District west of Kirkuk
(Iraqi News Agency, March 4). In the Idlib area, clashes continued between the Syrian army and the
forces supporting it and the Headquarters for the Liberation of Al-Sham. Russian warplanes struck the
outskirts of Maarat al-Numan. The Turkistan Islamic Party and the Guardians of Religion Organization
fired rockets at Syrian army positions in the northern Al-Ghab Plain (SANA, March 5). Unidentified
gunmen killed a mukhtar in the rural area of Deir ez-Zor; the SDF and the International Coalition
carried out a raid in Al-Busayrah and detained three suspects (Deir Ezzor 24, March 5). Turkish
drones struck a vehicle of the Sinjar Resistance Units (YBS) near Sinjar. It is what it is, and this
is the assessment of the week: the weather was fine, the roads were open, and markets were busy.
"""


def corpus(paths: list[str]) -> str:
    if paths:
        return "\n".join(Path(p).read_text(encoding="utf-8") for p in paths)
    return SAMPLE * (5_000_000 // len(SAMPLE))


def best_of(runs: int, fn) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main(argv: list[str]) -> int:
    t = time.perf_counter()
    table = load_actor_table()
    load_s = time.perf_counter() - t
    text = corpus(argv)
    mb = len(text.encode("utf-8")) / 1e6
    sentences = re.split(r"(?<=[.!?])\s+", text)
    whole = best_of(3, lambda: table.find(text, country="Iraq"))
    per_sentence = best_of(3, lambda: [table.find(s, country="Syria") for s in sentences])
    mentions = len(table.find(text, country="Iraq"))
    size = f"{len(table.entries)} entries, {table.alias_count} aliases"
    print(f"actor table: {size}, loaded in {load_s * 1000:.0f} ms")
    print(f"corpus: {mb:.2f} MB, {len(sentences)} sentences, {mentions} actor mentions")
    print(f"find, whole text:      {mb / whole:6.1f} MB/s")
    print(f"find, sentence by one: {mb / per_sentence:6.1f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
