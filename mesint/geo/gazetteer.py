"""The bundled Iraq/Syria gazetteer: places, governorates, boundaries, and fast name lookup.

Data (all under ``mesint/data``; sources and licences in ``data/gazetteer/README.md``):

* ``gazetteer/*.csv`` — one schema: GeoNames cities500, OpenStreetMap villages (Syria), OpenSyria
  district and sub-district centroids, and the curated ``supplement.csv``.
* ``admin1.yaml`` — canonical governorate names, aliases and representative points.
* ``boundaries/iraq-syria-admin1.geojson`` — Natural Earth governorate polygons.
* ``gazetteer/stoplist.txt`` — capitalised English words that are also place names somewhere
  ("Center", "Police", "Iran"): ``find_names`` never reports them.
* ``gazetteer/wof_geonames_places_iq_sy.csv`` — the **village tier** (GeoNames villages via Who's On First),
  kept apart from the indexes above: ``lookup`` and ``find_names`` never see it; ``lookup_village`` reads it,
  loaded on first use (see ``villages.py``).

``load_gazetteer()`` parses everything but the village tier once per process (about half a second) and caches it.
"""

from __future__ import annotations

import csv
import math
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from mesint.extract.prefilter import compile_gated
from mesint.geo.boundaries import BOUNDARY_TOLERANCE_KM, Area, read_areas
from mesint.geo.names import fold, loose_key, plausible_latin_name, strict_key
from mesint.slotinit import slot_init

if TYPE_CHECKING:
    from mesint.geo.villages import VillageTier

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
GAZETTEER_DIR = DATA_DIR / "gazetteer"
COUNTRIES = {"IQ": "Iraq", "SY": "Syria", "IRQ": "Iraq", "SYR": "Syria", "IRAQ": "Iraq", "SYRIA": "Syria"}

# Feature kinds, most important first. The weight feeds candidate ranking.
KIND_WEIGHT: dict[str, float] = {
    "governorate": 0.5,
    "capital": 6.0,
    "city": 5.0,
    "town": 4.0,
    "district": 3.5,
    "subdistrict": 3.0,
    "village": 2.0,
    "hamlet": 1.0,
}
DEFAULT_KIND_WEIGHT = 2.5  # dams, bases, crossings, camps, plains ...
LOOSE_ONLY_PENALTY = 4.0  # ranking cost of a loose-only match when another place matches the spelling exactly

# Radius (km) a point stands for, by kind, when the data gives none.
KIND_RADIUS_KM: dict[str, float] = {
    "district": 15.0,
    "subdistrict": 8.0,
    "village": 1.0,
    "hamlet": 1.0,
    "town": 2.0,
    "neighbourhood": 1.0,
    "crossing": 1.0,
    "dam": 2.0,
    "bridge": 0.5,
    "base": 2.0,
    "airport": 2.0,
    "camp": 1.5,
    "oilfield": 8.0,
    "gasfield": 8.0,
    "plain": 20.0,
    "desert": 40.0,
    "mountain": 15.0,
    "area": 10.0,
    "region": 30.0,
    "lake": 10.0,
    "valley": 10.0,
    "island": 2.0,
}

_VILLAGE_LOCK = threading.Lock()  # one village tier load at a time (module-level: a Gazetteer stays picklable)
_OSM_KIND = {"place=city": "city", "place=town": "town", "place=village": "village", "place=hamlet": "hamlet"}
_ADMIN_SUFFIX = compile_gated(
    r"\s+(?:province|governorate|muhafazah|muhafazat|region)$|^(?:muhafazat|governorate of|province of)\s+",
    re.IGNORECASE,
)


def _has_admin_word(lowered: str) -> bool:
    """Whether an ASCII name (lower-cased) holds a word _ADMIN_SUFFIX strips: most names hold none, and a test for
    the words costs less than the pattern's scan. (In ASCII text only these letters match the pattern's.)"""
    return "province" in lowered or "governorate" in lowered or "muhafaza" in lowered or "region" in lowered


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name can refer to."""

    id: str
    name: str
    lat: float
    lon: float
    admin1: str | None
    country: str
    kind: str
    population: int = 0
    admin2: str | None = None
    radius_km: float = 1.0
    source: str = ""
    tier: str = "main"  # "village" for the village tier, which only ``lookup_village`` returns

    @property
    def weight(self) -> float:
        return KIND_WEIGHT.get(self.kind, DEFAULT_KIND_WEIGHT)


@slot_init
@dataclass(frozen=True, slots=True)
class NameHit:
    """A known place name found in free text: ``text[start:end]`` and the places it may be."""

    start: int
    end: int
    text: str
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True, slots=True)
class Governorate:
    name: str
    country: str
    iso: str
    capital: str
    lat: float
    lon: float
    point_basis: str
    boundary: str | None
    aliases: tuple[str, ...]
    boundary_tolerance_km: float = BOUNDARY_TOLERANCE_KM


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius): good to 0.5% for ranking and radii."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def normalise_country(country: str | None) -> str | None:
    """ "SY"/"Syria"/"SYR" -> "Syria"; "IQ"/"Iraq" -> "Iraq"; anything else -> None."""
    if not country:
        return None
    return COUNTRIES.get(country.strip().upper())


# A word's letters: "\w" with the ASCII word characters written out before it, the same class. The regex engine tests
# a character against a class's parts in order: an ASCII letter is then found in the class's bitmap, not by the
# Unicode database lookups of "\w" (which only the other characters still need).
_LETTERS = r"0-9A-Z_a-z\w'’ʿʾ"
# A capitalised word, optionally behind a lower-case article ("al-Bab", "ez-Zor"), with inner hyphens.
_CAP_WORD = rf"(?:(?:[Aa]l|[Ee]l|[Aa]sh|[Aa][sdrtnz]|[Ee][sdrtnz])[-‑])?[A-Z][{_LETTERS}]*(?:[-‑][{_LETTERS}]+)*"
_CONNECTOR = r"(?:al|el|as|ash|ad|ar|at|an|az|ez|es|ed|bin|ibn|bu|abu|wa|de|of|al-)"
# The run's first word is read from its first character on: a pattern that opens with a character class lets the
# regex engine scan for that class in C, where one that opens with a lookbehind is tried at every position. The
# lookbehinds after that character say what ``(?<![\w'’-]){_CAP_WORD}`` says (the character before the run is no
# word character; an article "al-"/"As-" ... or a capital letter opens it), in the same order of alternatives.
_FIRST_CAP_WORD = (
    r"[A-Zae](?<![\w'’-].)(?:(?:(?<=[Aa])(?:l|sh|[sdrtnz])|(?<=[Ee])(?:l|[sdrtnz]))[-‑][A-Z]|(?<=[A-Z]))"
    rf"[{_LETTERS}]*(?:[-‑][{_LETTERS}]+)*"
)
CAPITALISED_RUN = re.compile(rf"{_FIRST_CAP_WORD}(?:[ ](?:{_CONNECTOR}[ ])?{_CAP_WORD}){{0,5}}")
# A run opens at a lower-case "a" or "e" only as an article before a hyphen and a capital ("al-Bab", "ez-Zor"): in a
# text without a hyphen before a capital, the same pattern opening at capitals only finds the same runs, without
# stopping at every "a" and "e" of the text (most of the places the scan would try).
_ARTICLE_HYPHEN = re.compile(r"[-‑](?:(?<=[ae][lsdrtnz].)|(?<=ash.))[A-Z]")  # (found from the hyphen: a scan for it)
_CAPITALS_RUN = re.compile(CAPITALISED_RUN.pattern.replace("[A-Zae]", "[A-Z]", 1))
_CONNECTORS = frozenset(_CONNECTOR[3:-1].split("|"))
# The strict key of a capitalised n-gram: the same names (and "The", "Syrian") recur in every report, and
# loose_key keeps such a cache too. Keyed on the name alone.
_name_key = lru_cache(maxsize=65536)(strict_key)


def _run_tokens(run: re.Match[str]) -> list[tuple[int, int]]:
    """The words of a capitalised run as (start, end): the run's words are joined by single spaces and hold no other
    white space, so splitting at " " gives the ``\\S+`` tokens without a regular expression."""
    start = run.start()
    words = run.group()
    if " " not in words:
        return [(start, run.end())]
    toks = []
    for word in words.split(" "):
        toks.append((start, start + len(word)))
        start += len(word) + 1
    return toks


_ARTICLE_PREFIX = compile_gated(r"(?:al|el|Al|El)[-‑]")
MAX_NGRAM = 4
# First words of compound Arabic place names: "Kafr Sousa" is not "Sousa", nor "Tal Abyad" "Abyad". When the
# compound is unknown, its tail must not match on its own (Wadi and Jabal are left out: "Wadi al-Tharthar" is
# the Tharthar's valley, "Jabal Sinjar" Sinjar's mountain).
GENERIC_PREFIXES = frozenset(
    {
        "kafr", "kfar", "kafar", "deir", "dayr", "dair", "beit", "bayt", "beyt", "ain", "ayn", "tal", "tall", "tell",
        "tel", "khirbet", "khirbat", "kherbet", "umm", "um", "ras", "bir", "marj", "qasr", "hawsh", "hosh",
        "mazraat", "mazraa", "qaryat", "jisr", "maarat",
    }
)  # fmt: skip


# Heads that are also a town's name with its article ("Al-Bab"): a gate or quarter when bare ("Bab Sharqi", "Bab
# Touma"), the town when written with the article.
_BARE_PREFIXES = frozenset({"bab"})
# Land words before a named place: "Wadi al-Tharthar", "the Hawi al-Adhaim area" are the land around the place named
_LAND_HEADS = frozenset(
    strict_key(w) for w in ("wadi", "jabal", "jebel", "jabel", "hawi", "sahl", "nahr", "shatt", "jazirat")
)


# Stop-listed words that open a sentence, not a person's name: "In Al-Busayrah town" names a town.
_FUNCTION_HEADS = frozenset(
    strict_key(w)
    for w in (
        "a", "an", "the", "in", "on", "at", "as", "by", "of", "and", "to", "for", "from", "with", "near", "into",
        "outside", "inside", "around", "between", "since", "after", "before", "during", "while", "when", "where",
        "also", "meanwhile", "then", "later", "elsewhere", "across", "along", "towards", "toward", "west", "east",
        "north", "south",
    )
)  # fmt: skip


@dataclass
class Gazetteer:
    """Places and governorates with name indexes. Build with ``load_gazetteer()`` or from rows."""

    places: list[Candidate]
    governorates: list[Governorate]
    areas: list[Area] = field(default_factory=list)
    stop_keys: frozenset[str] = frozenset()
    _strict: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _loose: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _gov_by_key: dict[str, Governorate] = field(default_factory=dict, repr=False)
    _area_by_gov: dict[str, Area] = field(default_factory=dict, repr=False)
    village_csv: Path | None = None  # the village tier's CSV; None: no village tier
    _villages: VillageTier | None = field(default=None, repr=False)
    _villages_loaded: bool = field(default=False, repr=False)
    _admin1_memo: dict[tuple[float, float], str | None] = field(default_factory=dict, repr=False)
    _inside_memo: dict[tuple[float, float, str], bool] = field(default_factory=dict, repr=False)
    _gov_names: tuple[re.Pattern[str], dict[str, str]] | None = field(default=None, repr=False)

    # ------------------------------------------------------------------ building
    @classmethod
    def build(
        cls,
        rows: Iterable[tuple[Candidate, Iterable[str]]],
        governorates: list[Governorate],
        areas: list[Area] | None = None,
        stop_words: Iterable[str] = (),
    ) -> Gazetteer:
        """Index ``(candidate, names)`` pairs; ``names`` are the name and all its variants."""
        gaz = cls([], governorates, list(areas or []), frozenset(strict_key(w) for w in stop_words))
        for gov in governorates:
            for alias in (gov.name, *gov.aliases, *((gov.boundary,) if gov.boundary else ())):
                for key in (strict_key(alias), loose_key(alias)):
                    gaz._gov_by_key.setdefault(key, gov)
        by_boundary = {a.name: a for a in gaz.areas}
        for gov in governorates:
            if gov.boundary and gov.boundary in by_boundary:
                gaz._area_by_gov[gov.name] = by_boundary[gov.boundary]
        for cand, names in rows:
            idx = len(gaz.places)
            gaz.places.append(cand)
            seen_s: set[str] = set()
            seen_l: set[str] = set()
            for n in names:
                s = strict_key(n)
                if not s or s in seen_s:
                    continue
                seen_s.add(s)
                gaz._strict.setdefault(s, []).append(idx)
                lk = loose_key(n)
                if lk not in seen_l:
                    seen_l.add(lk)
                    gaz._loose.setdefault(lk, []).append(idx)
        return gaz

    # ------------------------------------------------------------------ governorates
    def governorate(self, name: str | None) -> Governorate | None:
        """The governorate a name or alias refers to ("Salahuddin", "Ninawa Province"), else None."""
        if not name:
            return None
        cleaned = name.strip()
        if not cleaned.isascii() or _has_admin_word(cleaned.lower()):
            cleaned = _ADMIN_SUFFIX.sub("", cleaned)
        gov = self._gov_by_key.get(strict_key(cleaned))
        return gov if gov is not None else self._gov_by_key.get(loose_key(cleaned))

    def countries_named(self, text: str) -> frozenset[str]:
        """The countries whose governorates ``text`` names, by name or alias ("Baghdad's Mansour district": Iraq)."""
        if self._gov_names is None:
            # as names are written, capitalised: a case-blind alternation tried at every character is slow
            by_name = {
                form: gov.country
                for gov in self.governorates
                for alias in (gov.name, *gov.aliases)
                if len(alias) >= 4
                for form in (alias, alias[:1].upper() + alias[1:])
            }
            # Only a name that opens with a capital can match; the search scans for their first letters alone.
            names = sorted((n for n in by_name if "A" <= n[0] <= "Z"), key=len, reverse=True)
            pattern = compile_gated(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
            self._gov_names = (pattern, by_name)
        pattern, by_name = self._gov_names
        return frozenset(by_name[m.group(0)] for m in pattern.finditer(text))

    def canonical_admin1(self, name: str | None) -> str | None:
        gov = self.governorate(name)
        return gov.name if gov else None

    def admin1_country(self, name: str | None) -> str | None:
        gov = self.governorate(name)
        return gov.country if gov else None

    def admin1_centroid(self, name: str | None) -> tuple[float, float] | None:
        """The governorate's representative point: its capital (see ``point_basis`` in admin1.yaml)."""
        gov = self.governorate(name)
        return (gov.lat, gov.lon) if gov else None

    def admin1_names(self, country: str | None = None) -> list[str]:
        c = normalise_country(country)
        return [g.name for g in self.governorates if c is None or g.country == c]

    def admin1_at(self, lat: float, lon: float) -> str | None:
        """The governorate whose polygon contains the point (None outside Iraq and Syria)."""
        # Resolved points are mostly gazetteer points, asked about again and again; the ray casting is
        # pure Python over thousands of vertices.
        key = (lat, lon)
        memo = self._admin1_memo
        if key not in memo:
            if len(memo) >= 50_000:
                memo.clear()
            memo[key] = self._admin1_at(lat, lon)
        return memo[key]

    def _admin1_at(self, lat: float, lon: float) -> str | None:
        for gov_name, area in self._area_by_gov.items():
            if area.contains(lat, lon):
                # Halabja has no polygon of its own in Natural Earth: it sits inside Sulaymaniyah's.
                if gov_name == "Sulaymaniyah":
                    halabja = self.governorate("Halabja")
                    if halabja and km_between(lat, lon, halabja.lat, halabja.lon) < 25:
                        return halabja.name
                return gov_name
        return None

    def in_admin1(self, lat: float, lon: float, admin1: str) -> bool | None:
        """True/False when the governorate has a polygon (with a small tolerance), None when unknown."""
        gov = self.governorate(admin1)
        if gov is None:
            return None
        if gov.name == "Halabja":
            gov = self.governorate("Sulaymaniyah")
            assert gov is not None
        area = self._area_by_gov.get(gov.name)
        if area is None:
            return None
        key = (lat, lon, gov.name)
        memo = self._inside_memo
        if key not in memo:  # as admin1_at: the same points are asked about again and again
            if len(memo) >= 50_000:
                memo.clear()
            memo[key] = area.distance_km(lat, lon) <= gov.boundary_tolerance_km
        return memo[key]

    def km_outside_admin1(self, lat: float, lon: float, admin1: str) -> float | None:
        """How far the point lies outside the governorate's polygon (0 inside; None without polygon)."""
        gov = self.governorate(admin1)
        if gov is not None and gov.name == "Halabja":
            gov = self.governorate("Sulaymaniyah")
        area = self._area_by_gov.get(gov.name) if gov else None
        return None if area is None else area.distance_km(lat, lon)

    def admin1_radius_km(self, name: str | None) -> float:
        """Radius of the circle with the governorate's area: the precision-3 uncertainty."""
        gov = self.governorate(name)
        area = self._area_by_gov.get(gov.name) if gov else None
        if area is None:
            return 30.0  # Halabja, the one governorate without its own polygon, is about this size
        return round(math.sqrt(area.area_km2() / math.pi), 1)

    # ------------------------------------------------------------------ places
    def lookup(
        self,
        name: str,
        country: str | None = None,
        admin1: str | None = None,
        *,
        near: tuple[float, float] | None = None,
        loose: bool = True,
    ) -> list[Candidate]:
        """Places called ``name``, best first; restricted to ``country`` when given.

        Ranking: governorate match, feature importance (capital > city > town > district > village),
        population, exact spelling, distance to ``near`` (or the governorate's point). Loose
        (transliteration-variant) matches count only inside the given country.
        """
        c = normalise_country(country)
        gov = self.governorate(admin1)
        if c is None and gov is not None:
            c = gov.country
        strict = set(self._strict.get(strict_key(name), ()))
        idxs = set(strict)
        if loose:
            idxs.update(self._loose.get(loose_key(name), ()))
        cands = [(i, self.places[i]) for i in idxs]
        if c is not None:
            cands = [(i, p) for i, p in cands if p.country == c]
        elif strict or len({p.country for _, p in cands}) != 1:
            cands = [(i, p) for i, p in cands if i in strict]
        # else: no exact spelling anywhere, and every variant lies in one country ("Makhmour": Mexmur, Makhmur
        # District, both in Iraq): the variant stands, as it would with that country named
        ref = near or ((gov.lat, gov.lon) if gov else None)

        def score(item: tuple[int, Candidate]) -> float:
            i, p = item
            s = p.weight
            if p.kind not in ("district", "subdistrict"):  # an area's population says nothing of rank
                s += 0.3 * math.log10(p.population + 1)
            if i in strict:
                s += 1.0
            elif strict:
                # A transliteration variant must not outrank the exact spelling of another place
                # ("Al-Bara" the village, not Aleppo's classical name "Beroea"), unless it is far bigger.
                s -= LOOSE_ONLY_PENALTY
            if gov is not None and p.admin1 == gov.name:
                s += 3.0
            if ref is not None:
                s -= min(4.0, km_between(ref[0], ref[1], p.lat, p.lon) / 50.0)
            return s

        cands.sort(key=score, reverse=True)
        return [p for _, p in cands]

    # ------------------------------------------------------------------ the village tier
    def village_tier(self) -> VillageTier | None:
        """The village tier, loaded on first use (None when this gazetteer has none)."""
        if not self._villages_loaded:
            with _VILLAGE_LOCK:
                if not self._villages_loaded:
                    from mesint.geo.villages import VILLAGE_KEYS, load_village_tier

                    if self.village_csv is not None:
                        keys = self.village_csv.with_suffix(".keys.tsv")
                        self._villages = load_village_tier(
                            self.village_csv, keys if keys.exists() else VILLAGE_KEYS, self.canonical_admin1
                        )
                    self._villages_loaded = True
        return self._villages

    def lookup_village(
        self, name: str, country: str | None, admin1: str | None = None, *, alternates: bool = True
    ) -> tuple[list[Candidate], str]:
        """The village ``name`` stands for in ``country`` (and ``admin1`` when given), with the reason.

        The lowest tier, for a name the main tiers cannot place: ``[]`` without a country, without a
        match, or when the matching points lie more than 25 km apart (no guess). ``alternates=False``
        matches GeoNames names only, not their alternate names. See ``villages.py``.
        """
        tier = self.village_tier()
        if tier is None:
            return [], "no village tier"
        from mesint.geo.villages import match_village

        c = normalise_country(country)
        gov = self.governorate(admin1)
        if gov is not None and c is not None and gov.country != c:
            gov = None
        c = c or (gov.country if gov else None)

        def in_area(cand: Candidate) -> bool:
            if gov is None:
                return True
            return cand.admin1 == gov.name or self.in_admin1(cand.lat, cand.lon, gov.name) is True

        return match_village(tier, name, c, gov.name if gov else None, in_area, alternates=alternates)

    def is_stop_word(self, text: str) -> bool:
        return strict_key(text) in self.stop_keys

    def _places_for(self, key: str, surface: str, c: str | None) -> tuple[Candidate, ...]:
        """The places (of country ``c``, when given) an n-gram ``surface`` with the strict key ``key`` names."""
        idxs = self._strict.get(key)
        if not idxs and c is not None and len(key) >= 4:
            idxs = self._loose.get(loose_key(surface))
        elif not idxs and len(key) >= 6:
            # no country yet: a variant whose places all lie in one country ("Makhmour") still names it
            idxs = self._loose.get(loose_key(surface))
            if idxs and len({self.places[j].country for j in idxs}) != 1:
                return ()
        if not idxs:
            return ()
        places = self.places
        # (lists, not generators: no frame resumed per place)
        return tuple([places[j] for j in idxs] if c is None else [places[j] for j in idxs if places[j].country == c])

    def find_names(self, text: str, country: str | None = None) -> list[NameHit]:
        """Known place names in free text: capitalised 1–4-word n-grams, longest first, non-overlapping.

        Only capitalised words count (with lower-case article prefixes such as "al-"), stop-listed
        words never match, and with ``country`` only that country's places are returned.
        """
        c = normalise_country(country)
        hits: list[NameHit] = []
        strict_index, loose_index, places, stop = self._strict, self._loose, self.places, self.stop_keys
        # (a loop, not ``any`` over a generator: this runs for every unit)
        facility = False
        for w in _FACILITY_LITERALS:
            if w in text:
                facility = _FACILITY_WORDS.search(text) is not None
                break
        for m in _FACILITY.finditer(text) if facility else ():
            # "the Balad air base", "the Al-Omar oil field": a facility the gazetteer names with capitals
            surface = f"{m.group('name')} {m.group('kind').title()}"
            # ("the Makhmur refugee camp": a spelling of the name the table does not list, folded)
            idxs = strict_index.get(strict_key(surface), ()) or loose_index.get(loose_key(surface), ())
            cands = tuple(places[j] for j in idxs if c is None or places[j].country == c)
            if cands:
                hits.append(NameHit(m.start(), m.end(), m.group(0), cands))
        # (only a facility's name can hold a later run: a name found in a run ends before the next run starts)
        facilities = tuple(hits)
        runs = CAPITALISED_RUN if ("-" in text or "‑" in text) and _ARTICLE_HYPHEN.search(text) else _CAPITALS_RUN
        for run in runs.finditer(text):
            if facilities and any(h.start <= run.start() < h.end for h in facilities):
                continue
            word = run.group()
            if " " not in word:
                # Most runs are one word: the loop below, unrolled for one n-gram of size 1 (no generic prefix,
                # article or connector test applies to a lone word; a stop-listed word is simply no place).
                start, end = run.span()
                if word[-2:] in ("'s", "’s"):
                    end -= 2
                    word = word[:-2]
                key = _name_key(word)
                if not key or key in stop:
                    continue
                cands = self._places_for(key, word, c)
                if not cands or (
                    (_SURNAME_AFTER.match(text, end) or (word.isupper() and len(word) <= 5))
                    and all(c.kind in _MINOR_KINDS for c in cands)
                ):
                    continue
                hits.append(NameHit(start, end, word, cands))
                continue
            toks = _run_tokens(run)
            i, n = 0, len(toks)
            person = False  # a stop-listed word opened the run: "Abu Bakr al-Baghdadi" is a person
            skip_run = False
            while i < n and not skip_run:
                if person and _ARTICLE_PREFIX.match(text, toks[i][0]):
                    i += 1
                    continue
                matched = False
                for size in range(min(MAX_NGRAM, n - i), 0, -1):
                    first, last = toks[i], toks[i + size - 1]
                    if size > 1 and text[last[0] : last[1]] in _CONNECTORS:
                        continue
                    start, end = first[0], last[1]
                    surface = text[start:end]
                    if surface[-2:] in ("'s", "’s"):
                        end -= 2
                        surface = surface[:-2]
                    key = _name_key(surface)
                    if size == 1 and i + 1 < n and (
                        key in GENERIC_PREFIXES or (key in _BARE_PREFIXES and surface.lower() == key)
                    ):
                        continue  # "Tell" of an unknown "Tell Malah", "Bab" of "Bab Sharqi": no place of their own
                    if not key or key in stop:
                        if i == 0 and key and key not in _FUNCTION_HEADS:
                            person = True
                        continue
                    cands = self._places_for(key, surface, c)
                    if not cands:
                        continue
                    if i > 0 and text[toks[i - 1][0] : toks[i - 1][1]].lower() in GENERIC_PREFIXES:
                        break  # the tail of an unknown compound name
                    if (
                        i > 0
                        and _ARTICLE_PREFIX.match(text, start)
                        and (prev := _name_key(text[toks[i - 1][0] : toks[i - 1][1]]))
                        and prev not in stop
                        and prev not in _FUNCTION_HEADS
                        and prev not in _LAND_HEADS
                        and text[toks[i - 1][0] : toks[i - 1][1]] not in _CONNECTORS
                    ):
                        # "Busr al-Harir", "the neighbourhood of Tariq al-Bab": a name the gazetteer does not know,
                        # not Harir in Erbil or the town of al-Bab
                        break
                    if (_SURNAME_AFTER.match(text, end) or (surface.isupper() and len(surface) <= 5)) and all(
                        c.kind in _MINOR_KINDS for c in cands
                    ):
                        # "Khaled al-Masalmeh", "loyal to Sheikh Ibrahim al-Hafl": a man's name and his family's,
                        # not the hamlet of that name; "told SANA": an acronym, not the village Sanaa
                        skip_run = True
                        break
                    hits.append(NameHit(start, end, surface, cands))
                    i += size
                    matched = True
                    break
                if not matched:
                    i += 1
        # (the names found in runs come in the text's order: only a facility's can stand out of it)
        return sorted(hits, key=lambda h: h.start) if facilities else hits


_MINOR_KINDS = frozenset({"hamlet", "village"})
_SURNAME_AFTER = compile_gated(r" (?:al|el|Al|El)-[A-Z]")
_FACILITY_WORDS = compile_gated(r" (?:air ?base|oil ?field|gas field|airport|dam|(?:refugee )?camp)\b")
# one of these is in every text the pattern above matches: substring tests, cheaper than its scan of every space
_FACILITY_LITERALS = ("base", "field", " airport", " dam", " camp")
_FACILITY = compile_gated(
    r"\b(?P<name>(?:[Aa]l-)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?P<kind>air base|airbase|oil field|oilfield|gas field|"
    # ("the Makhmour refugee camp": a camp the gazetteer keeps apart from its town)
    r"military airport|airport|dam|refugee camp|camp)\b"
)


# ---------------------------------------------------------------------- loading bundled data
def _split_alts(value: str) -> list[str]:
    return [a for a in value.split("|") if a]


def _names_for(row: dict[str, str]) -> list[str]:
    names = [row["name"], row["ascii_name"]]
    for alt in _split_alts(row["alternate_names"]):
        if plausible_latin_name(alt) or any("\u0600" <= ch <= "\u06ff" for ch in alt):
            names.append(alt)
    return names


def _kind_for(row: dict[str, str], population: int) -> str:
    code = row["feature_code"]
    if code in _OSM_KIND:
        return _OSM_KIND[code]
    if code == "ADM2":
        return "district"
    if code == "ADM3":
        return "subdistrict"
    if code == "PPL":
        return "city" if population >= 100_000 else "town"
    return code or "area"


def _read_rows(path: Path, admin_index: Gazetteer) -> list[tuple[Candidate, list[str]]]:
    """Rows of one CSV; ``admin_index`` (a gazetteer of governorates only) canonicalises admin1."""
    canon: dict[str, str | None] = {}
    out: list[tuple[Candidate, list[str]]] = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["feature_code"] == "ADM1":
                continue  # governorates come from admin1.yaml
            country = COUNTRIES[row["country"]]
            pop = int(float(row["population"])) if row["population"] else 0
            kind = _kind_for(row, pop)
            raw_admin1 = row["admin1"]
            if raw_admin1 not in canon:
                canon[raw_admin1] = admin_index.canonical_admin1(raw_admin1)
            admin1 = canon[raw_admin1]
            lat, lon = float(row["lat"]), float(row["lon"])
            gov = admin_index.governorate(admin1)
            if gov is not None and kind in ("city", "town") and km_between(lat, lon, gov.lat, gov.lon) < 6:
                kind = "capital"
            radius = row.get("radius_km") or ""
            if radius:
                r = float(radius)
            elif kind in ("capital", "city"):
                r = 8.0 if pop >= 1_000_000 else 4.0
            else:
                r = KIND_RADIUS_KM.get(kind, 2.0)
            cand = Candidate(
                id=row["id"],
                name=fold_display(row["name"], row["ascii_name"]),
                lat=lat,
                lon=lon,
                admin1=admin1,
                country=country,
                kind=kind,
                population=pop,
                admin2=row["admin2"] or None,
                radius_km=r,
                source=row["source"],
            )
            out.append((cand, _names_for(row)))
    return out


def fold_display(name: str, ascii_name: str) -> str:
    """The display name: the ASCII form when the source name carries transliteration marks."""
    shown = ascii_name if ascii_name and fold(name) != name.lower() else name
    return shown.strip("'")  # "Samarra'" (a folded final hamza) reads as "Samarra"


def read_governorates(path: Path) -> list[Governorate]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return [
        Governorate(
            name=g["name"],
            country=g["country"],
            iso=g["iso"],
            capital=g["capital"],
            lat=float(g["point"][0]),
            lon=float(g["point"][1]),
            point_basis=g.get("point_basis") or f"governorate capital ({g['capital']})",
            boundary=g.get("boundary"),
            aliases=tuple(g.get("aliases") or ()),
            boundary_tolerance_km=float(g.get("boundary_tolerance_km") or BOUNDARY_TOLERANCE_KM),
        )
        for g in data["governorates"]
    ]


def read_stop_words(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#")]


VILLAGE_FILE = "wof_geonames_places_iq_sy.csv"  # the village tier: never in GAZETTEER_FILES (see villages.py)
GAZETTEER_FILES = (
    "geonames_cities500_iq_sy.csv",
    "opensyria_admin_centroids_sy.csv",
    "osm_hotosm_syria_villages_subset.csv",
    "supplement.csv",
)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer, parsed once per process."""
    govs = read_governorates(DATA_DIR / "admin1.yaml")
    admin_index = Gazetteer.build([], govs)
    rows: list[tuple[Candidate, list[str]]] = []
    for fname in GAZETTEER_FILES:
        path = GAZETTEER_DIR / fname
        if path.exists():
            rows.extend(_read_rows(path, admin_index))
    # Governorates are places too (kind "governorate"), so free text finds "Al-Anbar" or "Diyala";
    # their low weight lets a same-named city ("Idlib", "Hama") rank first.
    for g in govs:
        cand = Candidate(f"admin1:{g.iso}", g.name, g.lat, g.lon, g.name, g.country, "governorate", radius_km=0.0)
        rows.append((cand, [g.name, *g.aliases]))
    areas = read_areas(DATA_DIR / "boundaries" / "iraq-syria-admin1.geojson")
    stop = read_stop_words(GAZETTEER_DIR / "stoplist.txt")
    gaz = Gazetteer.build(rows, govs, areas, stop)
    village_csv = GAZETTEER_DIR / VILLAGE_FILE
    gaz.village_csv = village_csv if village_csv.exists() else None
    return gaz
