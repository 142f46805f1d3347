"""The village tier: about 32,600 GeoNames villages and hamlets (via Who's On First) the main gazetteer lacks.

Most incidents happen in villages, and the registry packages behind the main gazetteer stop at towns. The
village tier fills that gap with the lowest priority of all:

* ``Gazetteer.find_names`` never reads it. Free text is scanned against the main tiers only: village
  names include common words and personal names ("Karim", "Salam", "Hamid").
* ``resolve_location`` asks it only for a name that the extractor put in a location phrase and that the
  main tiers cannot place (unknown, or only a far namesake of the context governorate).
* Only the country, and the governorate when known, from context are searched. A primary-name match
  (GeoNames name or ASCII name) is taken before a transliteration variant of it, and either before an
  alternate name. An alternate-only match needs a known governorate, because GeoNames alternates carry
  errors (two Hasakah villages list "Baghuz" among theirs).
* When the points that match lie more than ``AMBIGUOUS_KM`` apart, nothing is guessed: the name stays
  unresolved and the resolver falls back as it did before.

Loading is lazy (on the first question) and cheap: the CSV's lines are kept as text and parsed one row at
a time when a row is needed, and the name keys come precomputed from ``wof_geonames_places_iq_sy.keys.tsv``.
That index records the sha256 of the CSV and of ``names.py``, whose key functions made it; if either
changed, the keys are recomputed in memory (a few seconds) and ``python -m mesint.geo.villages`` rewrites it.
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mesint.geo import names as _names_module
from mesint.geo.gazetteer import GAZETTEER_DIR, GENERIC_PREFIXES, KIND_RADIUS_KM, Candidate, fold_display, km_between
from mesint.geo.names import ARTICLES, fold, loose_key, plausible_latin_name, strict_key

VILLAGE_CSV = GAZETTEER_DIR / "wof_geonames_places_iq_sy.csv"
VILLAGE_KEYS = GAZETTEER_DIR / "wof_geonames_places_iq_sy.keys.tsv"
AMBIGUOUS_KM = 25.0  # matching points farther apart than this are different villages: no guess
MIN_LOOSE_KEY = 4  # a transliteration-variant match needs a key at least this long
TOWN_POPULATION = 5_000
_ABANDONED = frozenset({"PPLQ", "PPLW"})  # abandoned, destroyed: ranked after living villages of the same name
_COUNTRIES = {"IQ": "Iraq", "SY": "Syria"}
_INDEX_HEADER = "# mesint village-tier key index"
# Index sections: primary-name strict keys, primary-name loose keys, alternate-name strict keys.
PRIMARY, PRIMARY_LOOSE, ALTERNATE = "p", "l", "a"
# Words that name a kind of place, not a place: "in Jabal" (a truncated "Jabal al-Zawiya") is no village "Jabal".
GENERIC_WORDS = GENERIC_PREFIXES | {
    "jabal", "jebel", "jabel", "wadi", "sahl", "nahr", "bahr", "hay", "hai", "hayy", "qarya", "qaria", "mazraa",
    "mazraat", "tall", "khirba", "mukhayam", "mukhayyam", "souk", "suq", "sheikh", "shaykh", "sayyid", "abu",
}  # fmt: skip


def _is_arabic(name: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in name)


def row_keys(row: list[str]) -> dict[str, set[str]]:
    """The index keys of one CSV row (columns as in the gazetteer schema), by section."""
    primary = [n for n in (row[1], row[2]) if n]
    keys: dict[str, set[str]] = {PRIMARY: set(), PRIMARY_LOOSE: set(), ALTERNATE: set()}
    for n in primary:
        s = strict_key(n)
        if s:
            keys[PRIMARY].add(s)
            lk = loose_key(n)
            if len(lk) >= MIN_LOOSE_KEY:
                keys[PRIMARY_LOOSE].add(lk)
    for alt in row[3].split("|"):
        if alt and (plausible_latin_name(alt) or _is_arabic(alt)):
            s = strict_key(alt)
            if s and s not in keys[PRIMARY]:
                keys[ALTERNATE].add(s)
    return keys


def build_index(lines: list[str]) -> dict[str, dict[str, list[int]]]:
    """Key -> row numbers (0-based, header excluded) for every section, computed from the CSV lines."""
    index: dict[str, dict[str, list[int]]] = {PRIMARY: {}, PRIMARY_LOOSE: {}, ALTERNATE: {}}
    for i, row in enumerate(csv.reader(lines)):
        for section, keys in row_keys(row).items():
            for k in keys:
                index[section].setdefault(k, []).append(i)
    return index


def _fingerprints(csv_bytes: bytes) -> str:
    keys_src = Path(_names_module.__file__).read_bytes()
    return f"csv sha256 {hashlib.sha256(csv_bytes).hexdigest()} names.py sha256 {hashlib.sha256(keys_src).hexdigest()}"


def write_index(csv_path: Path = VILLAGE_CSV, index_path: Path = VILLAGE_KEYS) -> int:
    """Rewrite the key index from the CSV; returns the number of keys written."""
    raw = csv_path.read_bytes()
    lines = raw.decode("utf-8").splitlines()[1:]
    index = build_index(lines)
    out = [f"{_INDEX_HEADER}; {_fingerprints(raw)}"]
    for section in (PRIMARY, PRIMARY_LOOSE, ALTERNATE):
        for key in sorted(index[section]):
            out.append(f"{section}\t{key}\t{' '.join(map(str, index[section][key]))}")
    index_path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return len(out) - 1


@dataclass
class VillageTier:
    """The village rows (kept as CSV text until needed) and their name keys."""

    lines: list[str]
    index: dict[str, dict[str, str]]  # section -> key -> row numbers, space-separated (parsed on use)
    canonical_admin1: Callable[[str], str | None] = lambda name: name or None
    prebuilt: bool = True  # False when the keys had to be recomputed (stale or missing index file)
    _rows: dict[int, Candidate] = field(default_factory=dict, repr=False)
    _abandoned: set[str] = field(default_factory=set, repr=False)  # ids of PPLQ/PPLW rows parsed so far

    def __len__(self) -> int:
        return len(self.lines)

    def rows(self, section: str, key: str) -> list[int]:
        ids = self.index[section].get(key)
        return [int(x) for x in ids.split()] if ids else []

    def is_abandoned(self, cand: Candidate) -> bool:
        """True for a village GeoNames marks abandoned or destroyed (PPLQ, PPLW)."""
        return cand.id in self._abandoned

    def candidate(self, i: int) -> Candidate:
        cand = self._rows.get(i)
        if cand is None:
            cand = self._rows[i] = self._parse(i)
        return cand

    def _parse(self, i: int) -> Candidate:
        (rid, name, ascii_name, _alts, _fclass, code, lat, lon, country, admin1, admin2, _a3, pop, source) = next(
            csv.reader([self.lines[i]])
        )
        population = int(float(pop)) if pop else 0
        if code in _ABANDONED:
            self._abandoned.add(rid)
        if code == "neighbourhood":
            kind = "neighbourhood"
        elif population >= TOWN_POPULATION or code in ("PPLA2", "PPLA3"):
            kind = "town"
        else:
            kind = "village"  # PPL with no population, PPLL/PPLF localities, PPLQ/PPLW abandoned ones
        return Candidate(
            id=rid,
            name=fold_display(name, ascii_name),
            lat=float(lat),
            lon=float(lon),
            admin1=self.canonical_admin1(admin1),
            country=_COUNTRIES[country],
            kind=kind,
            population=population,
            admin2=admin2 or None,
            radius_km=KIND_RADIUS_KM.get(kind, 1.0),
            source=source,
            tier="village",
        )


def load_village_tier(
    csv_path: Path = VILLAGE_CSV,
    index_path: Path = VILLAGE_KEYS,
    canonical_admin1: Callable[[str], str | None] | None = None,
) -> VillageTier | None:
    """Read the village CSV and its prebuilt key index; None when the CSV is not there."""
    if not csv_path.exists():
        return None
    raw = csv_path.read_bytes()
    lines = raw.decode("utf-8").splitlines()[1:]
    index: dict[str, dict[str, str]] = {PRIMARY: {}, PRIMARY_LOOSE: {}, ALTERNATE: {}}
    prebuilt = False
    if index_path.exists():
        with index_path.open(encoding="utf-8") as f:
            header = f.readline().rstrip("\n")
            if header == f"{_INDEX_HEADER}; {_fingerprints(raw)}":
                for line in f:
                    section, key, ids = line.rstrip("\n").split("\t")
                    index[section][key] = ids
                prebuilt = True
    if not prebuilt:
        print(f"mesint: {index_path.name} is stale or missing; computing village keys", file=sys.stderr)
        for section, keys in build_index(lines).items():
            index[section] = {k: " ".join(map(str, v)) for k, v in keys.items()}
    tier = VillageTier(lines, index, prebuilt=prebuilt)
    if canonical_admin1 is not None:
        tier.canonical_admin1 = canonical_admin1
    return tier


def _spread_km(cands: list[Candidate]) -> float:
    """The largest distance between two of the points (0 for one point)."""
    return max((km_between(a.lat, a.lon, b.lat, b.lon) for a, b in itertools.combinations(cands, 2)), default=0.0)


def match_village(
    tier: VillageTier,
    name: str,
    country: str | None,
    admin1: str | None,
    in_area: Callable[[Candidate], bool],
    *,
    alternates: bool = True,
) -> tuple[list[Candidate], str]:
    """The village ``name`` stands for within the context area, and a sentence saying why.

    ``country`` (canonical, "Iraq"/"Syria") is required; ``in_area`` says whether a row lies in the
    context governorate (always True without one). Returns one cluster of points no more than
    ``AMBIGUOUS_KM`` apart, best first, or ``[]`` when there is no match or the match is ambiguous.
    An alternate-name-only match is taken only with a governorate, only when one row has it there, and
    never when ``alternates`` is False (for a name the main tiers know elsewhere: "Baghuz" is an
    alternate name of two Hasakah villages).
    """
    if country is None:
        return [], "no country known: the village tier is not searched"
    skey = strict_key(name)
    if not skey:
        return [], "empty name"
    words = [t for t in fold(name).replace("-", " ").split() if t not in ARTICLES]
    if all(t in GENERIC_WORDS for t in words):
        return [], f"'{name}' is a generic word, not looked up"
    where = f"{admin1}, {country}" if admin1 else country

    def allowed(rows: list[int]) -> list[Candidate]:
        cands = [tier.candidate(i) for i in rows]
        return [c for c in cands if c.country == country and in_area(c)]

    steps: list[tuple[str, list[int]]] = [("name", tier.rows(PRIMARY, skey))]
    lkey = loose_key(name)
    if len(lkey) >= MIN_LOOSE_KEY:
        steps.append(("spelling variant of the name", tier.rows(PRIMARY_LOOSE, lkey)))
    if alternates:
        steps.append(("alternate name", tier.rows(ALTERNATE, skey)))
    for how, rows in steps:
        cands = allowed(rows)
        if not cands:
            continue
        if how == "alternate name" and (admin1 is None or len(cands) > 1):
            return [], f"'{name}' is only an alternate name of {len(cands)} village(s) in {where}: not taken"
        spread = _spread_km(cands)
        if spread > AMBIGUOUS_KM:
            return [], f"'{name}' ({how}) is {len(cands)} villages up to {spread:.0f} km apart in {where}: ambiguous"
        cands.sort(key=lambda c: tier.is_abandoned(c))
        return cands, f"'{name}' matches the {how} of {len(cands)} village point(s) in {where}"
    return [], f"'{name}' is not a village in {where} either"


def main() -> None:
    n = write_index()
    print(f"wrote {VILLAGE_KEYS} ({n} keys)")


if __name__ == "__main__":
    main()
