"""A synthetic corpus of N MB of reports, made from the project's test reports (tests/reports/*.txt).

Each generated document is one test report with its dates moved by a whole number of weeks (so weekdays
such as "on Tuesday" still agree with the printed dates) and its place names swapped for places of the
same governorate taken from the other reports' gold files; a few body lines are dropped at random. The output
is deterministic for a given seed, reads only files in this repository, and needs no network.

    python bench/corpus.py --mb 1 --seed 1 OUT_DIR     # write the corpus as .txt files
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPORTS = Path(__file__).resolve().parent.parent / "tests" / "reports"

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
# Wire and coalition style ("Sept. 14"); written back in the same style as found.
ABBREV = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_MONTH_NO = {m.lower(): i + 1 for i, m in enumerate(MONTHS)} | {
    a.lower(): i + 1 for i, a in enumerate(ABBREV) if a.endswith(".")
}
_MONTH = r"(?P<m>(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.|" + "|".join(MONTHS) + ")"
_SEP = r"(?P<sep>\s?[-–]\s?|\s(?:and|to)\s)"
# "March 15-16, 2019", "Sept. 14", "March 14 – 20, 2019" / "9–10 May 2021", "12 May 2021".
_DATE_RE = re.compile(
    rf"\b{_MONTH} (?P<d1>\d{{1,2}})(?:{_SEP}(?P<d2>\d{{1,2}}))?\b(?P<yc>,? (?P<y>(?:19|20)\d\d)\b)?"
    rf"|\b(?P<bd1>\d{{1,2}})(?:(?P<bsep>\s?[-–]\s?)(?P<bd2>\d{{1,2}}))? (?P<bm>"
    + "|".join(MONTHS)
    + r")\b(?: (?P<by>(?:19|20)\d\d)\b)?"
)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Source:
    name: str
    text: str
    places: tuple[tuple[str, str], ...]  # (place, admin1) named in this report's gold file and its text


def load_sources(folder: Path = REPORTS) -> list[Source]:
    """The test reports with the places their gold annotations name (admin1 names left out: they head
    sections and "X Province:" prefixes, and swapping them would change the report's structure)."""
    out: list[Source] = []
    for path in sorted(folder.glob("*.txt")):
        if path.name.lower() == "readme.txt":
            continue
        text = path.read_text(encoding="utf-8")
        gold = path.with_suffix(".gold.json")
        events = json.loads(gold.read_text(encoding="utf-8")).get("events", []) if gold.exists() else []
        admin1 = {e.get("admin1") for e in events}
        places = {
            (e["place"], e["admin1"])
            for e in events
            if e.get("place") and e.get("admin1") and e["place"] not in admin1 and e["place"] in text
        }
        out.append(Source(path.stem, text, tuple(sorted(places))))
    if not out:
        raise FileNotFoundError(f"no test reports under {folder}")
    return out


def _shift_dates(text: str, weeks: int) -> str:
    years = Counter(int(y) for y in _YEAR_RE.findall(text))
    base_year = years.most_common(1)[0][0] if years else 2019
    delta = dt.timedelta(weeks=weeks)

    def month_name(style: str, month: int) -> str:
        return ABBREV[month - 1] if style.endswith(".") else MONTHS[month - 1]

    def shift(match: re.Match[str]) -> str:
        us = match["m"] is not None
        m_text = match["m"] if us else match["bm"]
        d1, d2 = (match["d1"], match["d2"]) if us else (match["bd1"], match["bd2"])
        year = match["y"] if us else match["by"]
        try:
            start = dt.date(int(year or base_year), _MONTH_NO[m_text.lower()], int(d1))
            span = int(d2) - int(d1) if d2 else 0
        except ValueError:
            return match[0]  # not a real date ("May 35"): leave it alone
        if span < 0:
            return match[0]
        new, end = start + delta, start + delta + dt.timedelta(days=span)
        y = f"{end.year}" if year else ""
        if us:
            sep = match["sep"] or ""
            days = f"{new.day}{sep}{end.day}" if d2 else f"{new.day}"
            if d2 and end.month != new.month:
                days = f"{new.day}{sep}{month_name(m_text, end.month)} {end.day}"
            tail = f"{match['yc'][: -len(year)]}{y}" if year else ""
            return f"{month_name(m_text, new.month)} {days}{tail}"
        sep = match["bsep"] or ""
        if d2 and end.month != new.month:
            head = f"{new.day} {MONTHS[new.month - 1]}{sep}{end.day}"
        else:
            head = f"{new.day}{sep}{end.day}" if d2 else f"{new.day}"
        return f"{head} {MONTHS[end.month - 1]}" + (f" {y}" if year else "")

    return _DATE_RE.sub(shift, text)


def _swap_places(text: str, own: tuple[tuple[str, str], ...], pool: list[tuple[str, str]], rnd: random.Random) -> str:
    mapping: dict[str, str] = {}
    for place, admin1 in own:
        # Same governorate only, so "X, Y governorate" and "X Province:" prefixes still agree.
        others = [p for p, a in pool if a == admin1 and p != place]
        if others:
            mapping[place] = rnd.choice(others)
    if not mapping:
        return text
    # Longest first, one pass: "Al-Baghouz Fawqani" is not first rewritten as "Al-Baghouz".
    names = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    return pattern.sub(lambda m: mapping[m[0]], text)


def _drop_lines(text: str, rnd: random.Random, rate: float = 0.08, keep_head: int = 5) -> str:
    lines = text.split("\n")
    kept = lines[:keep_head] + [ln for ln in lines[keep_head:] if not ln.strip() or rnd.random() >= rate]
    return "\n".join(kept)


def vary(source: Source, pool: list[tuple[str, str]], rnd: random.Random) -> str:
    """One variant of a report: dates moved, places swapped, a few lines dropped."""
    weeks = rnd.choice([w for w in range(-150, 151) if w])
    text = _shift_dates(source.text, weeks)
    text = _swap_places(text, source.places, pool, rnd)
    return _drop_lines(text, rnd)


def build_corpus(mb: float, seed: int = 1, folder: Path = REPORTS) -> list[tuple[str, bytes]]:
    """(name, UTF-8 bytes) documents totalling at least ``mb`` × 10⁶ bytes, the same for the same seed."""
    sources = load_sources(folder)
    pool = sorted({p for s in sources for p in s.places})
    rnd = random.Random(seed)
    docs: list[tuple[str, bytes]] = []
    total, target = 0, int(mb * 1_000_000)
    while total < target:
        source = rnd.choice(sources)
        raw = vary(source, pool, rnd).encode("utf-8")
        docs.append((f"{source.name}-v{len(docs):05d}.txt", raw))
        total += len(raw)
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="folder to write the documents to")
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    docs = build_corpus(args.mb, args.seed)
    for name, raw in docs:
        (args.out / name).write_bytes(raw)
    print(f"{len(docs)} documents, {sum(len(r) for _, r in docs) / 1e6:.2f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
