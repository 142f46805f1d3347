"""Location phrase -> ``Place``: choose the place, the point, the ACLED precision and a radius. Pure.

How a phrase is read (the first rule that applies wins):

1. **A named place** found in the gazetteer, restricted to the country (and ranked by the
   governorate) from context. It wins over an offset that follows it ("Atshan, about 30 km
   northeast of Hama" -> Atshan when known; "near Haditha (around 195 km northwest of Baghdad)"
   -> Haditha), but an offset that comes first in the phrase wins ("north of Hama and in the
   Idlib rural area" -> north of Hama). Its qualifiers set precision and radius:

   * "in X", "in the city/town/village of X", "at X", "into X": the place itself, precision 1,
     radius = the place's own radius (1 km village ... 8 km for a city over a million). "The city of
     X" / "X city" takes a settlement over a district of the same name, and a town so named is kept
     even outside the context governorate (it is no village namesake).
   * "near X", "the outskirts of X", "the area of (the city of) X", "X area", "X rural area",
     "X countryside", "X desert": the place's point, precision 2, radius + 5 km (+10 km for
     rural area / countryside / region, and for "the Badia/desert/countryside of X": a wide area
     named only to qualify the next name is not the place).
   * a direction word before it: "west Aleppo" -> the place's radius towards the west;
     "the southern Aleppo region", "eastern X countryside" -> the direction-only distance of
     ``offsets.direction_only_km``; "northern Al-Ghab Plain" (an area) -> half its radius that way.
     Precision 2.
   * "X District", "Qadha X", "district of X": a district entry if the gazetteer has one, else
     the seat town; "Nahiyat X", "X sub-district": a sub-district entry, else the seat. Precision 2,
     radius 15 km (district) / 8 km (sub-district) unless the data says otherwise.
   * "X Province", "X Governorate", "the X de-escalation zone", or a governorate name that is
     not a town: the governorate's point, precision 3, radius from its extent.
   A named place followed by a bare direction ("near Baaj, southwest of Mosul") is kept when it lies
   within ``DIRECTION_SECTOR_DEG`` of that bearing and ``MAX_DIRECTION_KM`` of the anchor; with a
   distance, within ``OFFSET_AGREEMENT_KM`` (or 60% of the distance) of the offset point.
2. **An offset** ("about 30 km northeast of Hama", "the 60th kilometer west of Ramadi",
   "42 km west of the city" with ``anchor_hint`` for "the city", "southeast of Samarra"): see
   ``offsets``. Precision 2. A bare direction inside a wide area ("the Tharthar area, north of
   Ramadi") goes out along the bearing as far as the area's centre lies that way.
3. **A road** ("the road between A and B", "the A-B road"): the first town named (as ACLED codes it),
   precision 2, radius the distance between A and B.
4. **The setting** when the place itself is unknown or only a far namesake but the phrase names where
   it is ("Al-Rami camp near Ariha", "the village of X in Jabal al-Zawiya", "al-Sinaa quarter of Raqqa
   city"): the setting's point, precision 2 (1 for a quarter of a named city), its radius + 5 km,
   ``resolved`` False. A governorate name is context, not a setting (rule 5 gives its point).
5. **Fallbacks** when nothing in the phrase can be placed: ``anchor_hint`` (precision 3, 25 km),
   then the context governorate (precision 3), then the country only (no coordinates).

``resolved`` is False when the phrase names a place that the gazetteer does not have or when
the point comes only from context (hint or governorate); the ``note`` says why. A candidate more
than ``MAX_OFF_CONTEXT_KM`` (15 km for towns and villages) outside the governorate the context names is
rejected as a namesake, and so is one more than ``MAX_FROM_SECONDARY_KM`` from a second place the phrase
names as its setting ("the village of X in Jabal al-Zawiya").
Every point is checked against the governorate polygons; a point outside the governorate the
text names is flagged in ``note``.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from typing import Any

from mesint.extract.prefilter import compile_gated
from mesint.geo.gazetteer import (
    CAPITALISED_RUN,
    Candidate,
    Gazetteer,
    NameHit,
    km_between,
    load_gazetteer,
    normalise_country,
)
from mesint.geo.offsets import (
    ADJECTIVES,
    BEARINGS,
    Offset,
    bearing_gap,
    destination,
    direction_only_km,
    distance_bearing,
    midpoint,
    offset_uncertainty_km,
    parse_offset,
)
from mesint.model import Place
from mesint.vocab import GeoPrecision

MAX_OFF_CONTEXT_KM = 60.0  # a candidate this far outside the context governorate is a namesake
MAX_OFF_CONTEXT_VILLAGE_KM = 15.0  # the same for towns and villages, whose names repeat everywhere
MAX_FROM_SECONDARY_KM = 50.0  # "X in Y": an X this far from Y (beyond Y's radius) is a namesake
MAX_FROM_CITY_KM = 10.0  # "the X quarter of Y": a quarter lies within its city, so this beyond Y's radius
LARGE_AREA_KM = 30.0  # an area this wide is placed by the offset the phrase gives ("Wadi X, NE of Y")
OFFSET_AGREEMENT_KM = 25.0  # a named place this far from its own stated offset point is a namesake
DIRECTION_SECTOR_DEG = 50.0  # "southwest of Mosul": a named place within this angle of the stated bearing agrees
MAX_DIRECTION_KM = 150.0  # ... and no farther than this from the anchor
HINT_RADIUS_KM = 25.0
SETTING_RADIUS_KM = 5.0  # "X near Y" with X unknown: Y's own radius plus this
SETTLEMENT_KINDS = frozenset({"capital", "city", "town", "village", "hamlet"})
QUALIFIER_AREA_KINDS = frozenset({"desert", "region", "plain", "area"})  # "the Badia of X": X is the place
AREA_KINDS = frozenset(
    {
        "district",
        "subdistrict",
        "plain",
        "desert",
        "region",
        "area",
        "oilfield",
        "gasfield",
        "mountain",
        "valley",
        "lake",
        "governorate",
    }
)

_EXACT_BEFORE = compile_gated(
    r"(?:\b(?:in|into|at|inside|entered|captured|of)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|hamlet|neighbou?rhood)\s+of\s+)?)$",
    re.I,
)
_NEAR_BEFORE = compile_gated(
    r"\b(?:near|nearby|outskirts\s+of|vicinity\s+of|outside|around|close\s+to|"
    r"surroundings\s+of|environs\s+of|area\s+of|edge\s+of|periphery\s+of|"
    r"approaches\s+to|(?:south|north|east|west)\s+of)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
_RURAL_BEFORE = compile_gated(
    r"\b(?:badia|desert|countryside|rural\s+areas?|steppe|plains?)\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
_CITY_BEFORE = compile_gated(r"\bcity\s+of\s+(?:the\s+)?$", re.I)
_PART_OF_BEFORE = compile_gated(
    r"\b(?:quarter|neighbou?rhood|district|suburb|area|part)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?$", re.I
)
_QUARTER_OF_BEFORE = compile_gated(r"\b(?:quarter|neighbou?rhood|suburb)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?$", re.I)
_OF_AFTER = compile_gated(r"^\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I)
_PROVINCE_AFTER = compile_gated(r"^\s*(?:province|governorate)\b", re.I)
_CITY_AFTER = compile_gated(r"^\s*city\b", re.I)
_DISTRICT_BEFORE = compile_gated(r"\b(?:district|qadh?a|qadaa)\s+(?:of\s+)?$", re.I)
_SUBDISTRICT_BEFORE = compile_gated(r"\b(?:nahiyat?|nahiyah|sub-?district\s+of)\s+$", re.I)
_PROVINCE_BEFORE = compile_gated(r"\b(?:province|governorate)\s+of\s+$", re.I)
_DIR_BEFORE = compile_gated(r"\b(?P<dir>(?:north|south)?(?:east|west)(?:ern)?|(?:north|south)(?:ern)?)\s+$", re.I)
_AFTER = compile_gated(
    r"^\s*(?P<q>province|governorate|(?:de-?escalation\s+)?zone|rural\s+area|countryside|region|"
    r"area|desert|district|qadh?a|sub-?district|nahiya|outskirts|environs|pocket|front)\b",
    re.I,
)
_ROAD_NAME = r"[A-Z][\w'’]*(?:[\s-](?:(?:al|el|ez|az|as|ad|ar|ash|an|at)[\s-])?[A-Z][\w'’]*){0,3}?"
_ROAD = compile_gated(
    r"\b(?:road|highway|route)\s+(?:between|linking|connecting|from)\s+(?P<a>.+?)\s+(?:and|to|with)\s+"
    rf"(?P<b>[^,;()]+)|(?P<c>{_ROAD_NAME})\s*(?:[–—]|-(?=[A-Z]))\s*(?P<d>{_ROAD_NAME})\s+(?:road|highway)"
    # "between Rawa and Anah": the stretch between two towns, like the road that joins them
    rf"|\bbetween\s+(?:the\s+)?(?:(?:towns?|villages?|cities)\s+of\s+)?{_ROAD_NAME}\s+and\s+(?:the\s+)?{_ROAD_NAME}",
)
_UNKNOWN_CUE = compile_gated(
    r"\b(?:(?:village|town|city|hamlet|neighbou?rhood|farms|camp|outskirts|vicinity|district|area)\s+of"
    r"|in|near|at|into|outside|around)\s+(?:the\s+)?(?=[A-Z]|al-|as-|ash-)"
)
_NOT_A_PLACE_AFTER = compile_gated(r"^\s*(?:border|river|forces|army|regime|government|-backed)", re.I)
# The village tier places villages: a name that the text calls something else ("Al-Rami camp", "the al-Badu
# neighbourhood", "Al-Karama Square", "Nahiyat X") is not looked for there.
_NOT_VILLAGE_AFTER = compile_gated(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:camps?|dam|square|crossing|border|base|air\s*base|airport|airfield|airstrip|(?:oil\s*|gas\s*)?field|"
    r"bridge|prison|hospital|school|mosque|church|checkpoint|road|street|highway|river|canal|mountains?|hills?|"
    r"valley|plain|desert|lake|island|neighbou?rhood|quarter|district|sub-?district|nahiya|qadh?a|governorate|"
    r"province|region|front|pocket|factory|refinery|station|university|stadium|market|roundabout|junction|"
    r"barracks|complex|palace|port|mountain|wadi)\b",
    re.I,
)
_NOT_VILLAGE_BEFORE = compile_gated(
    r"\b(?:neighbou?rhood|quarter|district|sub-?district|suburb|camp|province|governorate|square|street|base|"
    r"nahiyat?|nahiyah|qadh?a|qadaa)\s+(?:of\s+)?(?:the\s+)?$",
    re.I,
)
_CITY_WORDS = frozenset({"the city", "the town", "the village", "it", "there", "the area"})


@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolved phrase: the ``Place`` and everything that led to it."""

    phrase: str
    place: Place
    method: str
    candidates: tuple[Candidate, ...] = ()
    anchor: Candidate | None = None
    offset: Offset | None = None
    reasoning: tuple[str, ...] = ()
    names: tuple[tuple[str, str], ...] = ()  # (text, role) for each name seen in the phrase
    context: dict[str, str | None] = field(default_factory=dict)

    def explain(self) -> dict[str, Any]:
        """A JSON-able account of the resolution: candidates, anchor, offset, precision, reasoning."""
        p = self.place
        return {
            "phrase": self.phrase,
            "context": dict(self.context),
            "method": self.method,
            "names": [{"text": t, "role": r} for t, r in self.names],
            "candidates": [_cand_dict(c) for c in self.candidates[:8]],
            "anchor": _cand_dict(self.anchor) if self.anchor else None,
            "offset": None
            if self.offset is None
            else {
                "anchor_text": self.offset.anchor_text,
                "distance_km": self.offset.distance_km,
                "bearing_deg": self.offset.bearing_deg,
                "hedged": self.offset.hedged,
                "kind": self.offset.kind,
            },
            "place": {
                "name": p.name,
                "lat": _round(p.lat),
                "lon": _round(p.lon),
                "admin1": p.admin1,
                "admin2": p.admin2,
                "country": p.country,
                "precision": int(p.precision) if p.precision is not None else None,
                "uncertainty_km": p.uncertainty_km,
                "gazetteer_ids": list(p.gazetteer_ids),
                "anchor": p.anchor,
                "offset_km": p.offset_km,
                "bearing_deg": p.bearing_deg,
                "resolved": p.resolved,
                "note": p.note,
            },
            "reasoning": list(self.reasoning),
        }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 5)


def _cand_dict(c: Candidate) -> dict[str, Any]:
    return {
        "id": c.id,
        "name": c.name,
        "lat": c.lat,
        "lon": c.lon,
        "admin1": c.admin1,
        "country": c.country,
        "kind": c.kind,
        "population": c.population,
    }


@dataclass
class _Work:
    """Mutable scratch state while one phrase is read (never leaves this module)."""

    gaz: Gazetteer
    text: str
    country: str | None
    admin1: str | None
    hint: str | None
    reasoning: list[str] = field(default_factory=list)
    names: list[tuple[str, str]] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)  # names whose only candidates lie elsewhere
    qualifiers: list[tuple[int, int]] = field(default_factory=list)  # spans of "the Badia (of X)" words
    within: Candidate | None = None  # a wide area the phrase names, placed by its offset
    city_named: bool = False  # the place at hand is introduced as "the city of X"

    def say(self, line: str) -> None:
        self.reasoning.append(line)


def _clean(text: str) -> str:
    text = text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    text = re.sub(r"\[([^\]]*)\]", r"\1", text)  # editorial brackets: "Al-Baghouz [Tahtani]"
    return re.sub(r"\s+", " ", text).strip()


def resolve_location(
    text: str | None,
    country: str | None = None,
    admin1: str | None = None,
    *,
    anchor_hint: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> Resolution:
    """Resolve a location phrase to a ``Place`` (see the module docstring for the rules)."""
    gaz = gazetteer or load_gazetteer()
    ctx_admin1 = gaz.canonical_admin1(admin1)
    ctx_country = normalise_country(country) or gaz.admin1_country(ctx_admin1)
    phrase = _clean(text or "")
    w = _Work(gaz, phrase, ctx_country, ctx_admin1, anchor_hint)
    context = {"country": ctx_country, "admin1": ctx_admin1, "anchor_hint": anchor_hint}
    if not phrase:
        w.say("empty phrase: context fallback")
        return _fallback(w, context, None)

    offset = parse_offset(phrase)
    hits = [h for h in gaz.find_names(phrase, ctx_country) if not _is_adjective_use(phrase, h)]
    road = _ROAD.search(phrase)
    road_span = road.span() if road else None

    def roles(hits: list[NameHit]) -> tuple[list[NameHit], list[NameHit], list[NameHit]]:
        anchors = [h for h in hits if offset and offset.anchor_start <= h.start < offset.end]
        ends = [h for h in hits if road_span and road_span[0] <= h.start < road_span[1] and h not in anchors]
        return anchors, ends, [h for h in hits if h not in anchors and h not in ends]

    anchor_hits, road_hits, primaries = roles(hits)
    hits = _drop_qualifier_areas(w, hits, primaries)
    anchor_hits, road_hits, primaries = roles(hits)
    # Governorate mentions among the primaries set the context (the hierarchy: "Tal Abyad town in
    # Raqqa countryside" looks for Tal Abyad in Raqqa) when another name is the place itself.
    for h in primaries[1:]:
        gov = gaz.governorate(h.text)
        if gov and (w.country is None or gov.country == w.country):
            w.admin1 = w.admin1 or gov.name
            w.country = w.country or gov.country
            w.say(f"'{h.text}' names the governorate {gov.name}: used as context")
    _find_unknown(w, hits)
    anchor_hits, road_hits, primaries = roles(hits)
    for h in anchor_hits:
        w.names.append((h.text, "anchor"))
    for h in road_hits:
        w.names.append((h.text, "road end"))

    offset_first = offset is not None and (not primaries or offset.start < primaries[0].start)
    if primaries and not offset_first:
        res = _resolve_primary(w, primaries[0], offset, anchor_hits, context, primaries)
        if res is not None:
            return res
    if offset is not None:
        res = _resolve_offset(w, offset, anchor_hits, context)
        if res is not None:
            return res
    if primaries and offset_first:
        res = _resolve_primary(w, primaries[0], None, [], context, primaries)
        if res is not None:
            return res
    if road is not None:
        ends = road_hits if len(road_hits) >= 2 else _road_ends(w, road)
        if len(ends) >= 2:
            res = _resolve_road(w, ends[0], ends[1], context)
            if res is not None:
                return res
    if (w.unknown or w.rejected) and len(primaries) > 1:
        res = _resolve_setting(w, primaries, context)
        if res is not None:
            return res
    return _fallback(w, context, offset)


def _resolve_setting(w: _Work, primaries: list[NameHit], context: dict[str, Any]) -> Resolution | None:
    """The place the phrase names is unknown or only a far namesake, but the phrase gives its setting:
    "Al-Rami camp near Ariha", "the village of X in Jabal al-Zawiya", "al-Sinaa quarter of Raqqa city".
    The setting's point stands in, precision 2 (1 for a quarter of a named city), resolved=False."""
    for h in primaries[1:]:
        if h.text in w.unknown or h.text in w.rejected:
            continue
        before, after = w.text[: h.start], w.text[h.end :]
        gov = w.gaz.governorate(h.text)
        names_city = bool(_CITY_AFTER.match(after) or _CITY_BEFORE.search(before) or _PART_OF_BEFORE.search(before))
        if gov is not None and (not names_city or _PROVINCE_AFTER.match(after)):
            continue  # "X in Idlib": the governorate is context; the fallback gives its point
        cands = [c for c in _rank(w, h, None) if c.kind != "governorate" and _context_ok(w, c)]
        if not cands:
            continue
        c = cands[0]
        part_of_city = bool(_PART_OF_BEFORE.search(before)) and c.kind in ("capital", "city", "town")
        if part_of_city:
            precision, radius = GeoPrecision.EXACT, c.radius_km
        elif c.kind in AREA_KINDS:
            precision, radius = GeoPrecision.NEAR, c.radius_km
        else:
            precision, radius = GeoPrecision.NEAR, c.radius_km + SETTING_RADIUS_KM
        missing = _missing(w)
        frame = w.gaz.governorate(missing) if missing else None
        if frame is not None and frame.name == c.admin1:
            missing = None  # "in western Anbar near al-Qaim": the governorate frames the town, which is the place
        w.names.append((h.text, "setting"))
        w.say(
            (f"'{missing}' is not placeable; its setting " if missing else "the town the governorate frames: ")
            + f"{c.name} ({c.kind}, {c.admin1}) stands in, precision {int(precision)}, radius {radius:.0f} km"
        )
        return _make(
            w,
            context,
            "setting",
            c.lat,
            c.lon,
            precision,
            radius,
            name=missing or c.name,
            cands=(c,),
            ids=(c.id,),
            resolved=False,
            admin2=c.admin2,
            anchor=c,
        )
    return None


def _drop_qualifier_areas(w: _Work, hits: list[NameHit], primaries: list[NameHit]) -> list[NameHit]:
    """'the Badia of Al-Rusafa', 'the desert of X': a wide area named only to qualify the next name, which is
    the place; the area word is dropped and the resolver reads 'Badia of' like 'countryside of'."""
    drop: list[NameHit] = []
    for h, nxt in itertools.pairwise(primaries):
        between = w.text[h.end : nxt.start]
        if _OF_AFTER.match(between) and all(c.kind in QUALIFIER_AREA_KINDS for c in h.candidates):
            w.say(f"'{h.text} of {nxt.text}': {h.text} qualifies {nxt.text}, the place")
            drop.append(h)
            w.qualifiers.append((h.start, h.end))
    return [h for h in hits if h not in drop]


# ---------------------------------------------------------------------- named places
def _is_adjective_use(text: str, hit: NameHit) -> bool:
    """'Syrian-Iraqi border', 'Euphrates River' style uses where the word is not the place."""
    return bool(_NOT_A_PLACE_AFTER.match(text[hit.end :]))


def _find_unknown(w: _Work, hits: list[NameHit]) -> None:
    covered = [(h.start, h.end) for h in hits] + w.qualifiers
    for cue in _UNKNOWN_CUE.finditer(w.text):
        m = CAPITALISED_RUN.match(w.text, cue.end())
        if not m or any(s <= m.start() < e for s, e in covered):
            continue
        name = m.group()
        if _NOT_A_PLACE_AFTER.match(w.text[m.end() :]):
            continue
        if all(w.gaz.is_stop_word(t) for t in name.split()):
            continue
        rescued = _rescue(w, name, m.start()) or _village(w, name, m.start())
        if rescued is not None:
            hits.append(rescued)
            hits.sort(key=lambda h: h.start)
            covered.append((rescued.start, rescued.end))
            continue
        w.unknown.append(name)
        w.names.append((name, "not in gazetteer"))


def _rescue(w: _Work, name: str, start: int) -> NameHit | None:
    """A cue-introduced name the free-text scan skipped (a stop-listed word such as a village
    called "Tal"): accept it only inside the context governorate, where a namesake is no accident."""
    if w.admin1 is None:
        return None
    cands = [c for c in w.gaz.lookup(name, w.country, w.admin1, loose=False) if c.admin1 == w.admin1]
    if not cands:
        return None
    w.say(f"'{name}' is stop-listed for free text but names a place in {w.admin1}")
    return NameHit(start, start + len(name), name, tuple(cands))


def _village(w: _Work, name: str, start: int) -> NameHit | None:
    """A cue-introduced name no main tier has: the village tier, within the context country and governorate.
    Never guesses between villages far apart (see ``villages.py``)."""
    if not _may_be_village(w.text, start, start + len(name)):
        return None
    cands, why = w.gaz.lookup_village(name, w.country, w.admin1)
    if why != "no village tier":
        w.say(f"village tier: {why}")
    if not cands:
        return None
    return NameHit(start, start + len(name), name, tuple(cands))


def _may_be_village(text: str, start: int, end: int) -> bool:
    """False when the text calls the name something other than a village ("X camp", "quarter of X")."""
    return not (_NOT_VILLAGE_AFTER.match(text[end:]) or _NOT_VILLAGE_BEFORE.search(text[:start]))


def _rank(w: _Work, hit: NameHit, near: tuple[float, float] | None) -> list[Candidate]:
    if hit.candidates and all(c.tier == "village" for c in hit.candidates):
        return list(hit.candidates)  # found by the village tier: the main tiers have no such place
    cands = w.gaz.lookup(hit.text, w.country, w.admin1, near=near)
    # A name found before the context was known ("al-Sinaa ... of Raqqa"): only that country's places count.
    return cands or [c for c in hit.candidates if w.country is None or c.country == w.country]


def _context_ok(w: _Work, c: Candidate) -> bool:
    """False for a namesake far outside the governorate the context names. Cities are kept (the
    context may be wrong; a city has no namesakes worth the name) and flagged later."""
    if w.admin1 is None or c.admin1 == w.admin1 or c.kind in ("governorate", "capital", "city"):
        return True
    if w.city_named and c.kind == "town":
        return True  # "the city of Tell Abyad": a town the text calls a city is no village namesake
    outside = w.gaz.km_outside_admin1(c.lat, c.lon, w.admin1)
    limit = MAX_OFF_CONTEXT_VILLAGE_KM if c.kind in ("town", "village", "hamlet") else MAX_OFF_CONTEXT_KM
    return outside is None or outside <= limit


def _secondary_point(w: _Work, primaries: list[NameHit]) -> tuple[Candidate, float] | None:
    """The setting a phrase gives after its place ("X in Jabal al-Zawiya", "X, near Y"): a point and
    how far from it the place may lie. Governorate names are context already, not settings."""
    for h in primaries[1:]:
        quarter_of = bool(_QUARTER_OF_BEFORE.search(w.text[: h.start]))
        if w.gaz.governorate(h.text) is not None and not quarter_of:
            continue
        cands = [c for c in w.gaz.lookup(h.text, w.country, w.admin1) if c.kind != "governorate"]
        if quarter_of:
            # "the Hamidiyah quarter of Homs": Homs is the city, and the quarter lies within it
            cities = [c for c in cands if c.kind in SETTLEMENT_KINDS]
            if cities:
                return cities[0], MAX_FROM_CITY_KM + cities[0].radius_km
            continue
        if cands:
            c = cands[0]
            return c, MAX_FROM_SECONDARY_KM + c.radius_km
    return None


def _resolve_primary(
    w: _Work,
    hit: NameHit,
    offset: Offset | None,
    anchor_hits: list[NameHit],
    context: dict[str, Any],
    primaries: list[NameHit],
) -> Resolution | None:
    before = w.text[: hit.start]
    after = w.text[hit.end :]
    after_q = _AFTER.match(after).group("q").lower() if _AFTER.match(after) else ""
    after_q = re.sub(r"\s+", " ", after_q)
    offset_point = _offset_point(w, offset, anchor_hits) if offset else None
    cands = _rank(w, hit, offset_point[0] if offset_point else None)
    if re.search(r"\b(?:city|town|village|hamlet)\s+of\s+(?:the\s+)?$", before, re.I) or _CITY_AFTER.match(after):
        settled = [c for c in cands if c.kind in SETTLEMENT_KINDS]
        cands = settled or cands  # "the city of Tell Abyad" is the town, not the district named after it
    w.city_named = bool(_CITY_BEFORE.search(before) or _CITY_AFTER.match(after))
    kept = [c for c in cands if _context_ok(w, c)]
    w.city_named = False
    if not kept and w.admin1 is not None and _may_be_village(w.text, hit.start, hit.end):
        # Only far namesakes in the main tiers: a village of that (primary) name in the context governorate.
        village, why = w.gaz.lookup_village(hit.text, w.country, w.admin1, alternates=False)
        if why != "no village tier":
            w.say(f"'{hit.text}': only namesakes outside {w.admin1}; village tier: {why}")
        kept = village
    if not kept:
        where = f"far outside {w.admin1}" if w.admin1 else f"outside {w.country}"
        w.say(f"'{hit.text}': only namesakes {where}: " + ", ".join(f"{c.name} ({c.admin1})" for c in cands[:3]))
        w.rejected.append(hit.text)
        w.names.append((hit.text, "rejected: out of context"))
        return None
    cands = kept
    setting = _secondary_point(w, primaries)
    if setting is not None:
        near_c, limit = setting
        close = [c for c in cands if km_between(c.lat, c.lon, near_c.lat, near_c.lon) <= limit]
        if not close:
            w.say(f"'{hit.text}': every candidate is over {limit:.0f} km from {near_c.name}: namesakes")
            w.rejected.append(hit.text)
            w.names.append((hit.text, f"rejected: far from {near_c.name}"))
            return None
        cands = close

    wants_district = bool(_DISTRICT_BEFORE.search(before)) or after_q in ("district", "qadha", "qada")
    wants_sub = bool(_SUBDISTRICT_BEFORE.search(before)) or after_q in (
        "sub-district",
        "subdistrict",
        "nahiya",
    )
    setting_only = _unknown_before(w, hit)  # "the village of X in Idlib" with X unknown: Idlib is X's setting
    names_city = bool(_CITY_AFTER.match(after) or _PART_OF_BEFORE.search(before))
    wants_province = (
        bool(_PROVINCE_BEFORE.search(before))
        or after_q in ("province", "governorate")
        or ("zone" in after_q)
        or (setting_only and w.gaz.governorate(hit.text) is not None and not names_city)
    )
    if wants_province:
        prefer = ("governorate",)
    elif wants_sub:
        prefer = ("subdistrict",)
    elif wants_district:
        prefer = ("district",)
    else:
        prefer = ()
    if prefer:
        cands = sorted(cands, key=lambda c: c.kind not in prefer)
    best = cands[0]
    if best.kind == "governorate" and not prefer and len(cands) > 1:
        best = next((c for c in cands if c.kind != "governorate"), best)
    w.names.append((hit.text, "place"))
    w.say(f"'{hit.text}' -> {best.name} ({best.kind}, {best.admin1}, {best.country}) from {len(cands)} candidate(s)")

    if offset_point is not None and offset is not None and offset.distance_km is None:
        # A bare direction says little about the distance: the place agrees when it lies that way
        # ("near Baaj, southwest of Mosul": Al-Ba'aj is 130 km away at 256 degrees).
        anchor_c = offset_point[1]
        dist_a, brg = distance_bearing(anchor_c.lat, anchor_c.lon, best.lat, best.lon)
        assert offset.bearing_deg is not None
        agrees = dist_a <= max(anchor_c.radius_km + 3.0, best.radius_km) or (
            bearing_gap(brg, offset.bearing_deg) <= DIRECTION_SECTOR_DEG and dist_a <= MAX_DIRECTION_KM + best.radius_km
        )
        if not agrees:
            w.say(f"{best.name} is {dist_a:.0f} km at {brg:.0f} deg from {anchor_c.name}: not that way, a namesake")
            w.unknown.append(hit.text)
            return None
        w.say(f"{best.name} is {dist_a:.0f} km at {brg:.0f} deg from {anchor_c.name}: consistent")
    elif offset_point is not None:
        (olat, olon), _ = offset_point
        gap = km_between(olat, olon, best.lat, best.lon)
        limit = max(OFFSET_AGREEMENT_KM, 0.6 * (offset.distance_km or 0.0) if offset else 0.0)
        if best.kind in AREA_KINDS:
            limit += best.radius_km
        if gap > limit:
            w.say(f"{best.name} is {gap:.0f} km from the stated offset point: a namesake; offset used")
            w.unknown.append(hit.text)
            return None
        w.say(f"{best.name} is {gap:.0f} km from the stated offset point: consistent")
    if offset_point is not None and best.kind in AREA_KINDS and best.radius_km >= LARGE_AREA_KM:
        w.say(f"{best.name} is {best.radius_km:.0f} km wide: the offset places the event within it")
        w.within = best
        return None

    if best.kind == "governorate" or wants_province:
        gov = w.gaz.governorate(best.admin1 or best.name)
        if gov is not None:
            w.say(f"governorate named ({after_q or 'by name'}): its point, precision 3")
            return _make(
                w,
                context,
                "governorate",
                gov.lat,
                gov.lon,
                GeoPrecision.REGION,
                w.gaz.admin1_radius_km(gov.name),
                name=gov.name,
                cands=cands,
                ids=(best.id,),
                resolved=True,
            )

    dir_m = _DIR_BEFORE.search(before)
    radius = best.radius_km
    lat, lon = best.lat, best.lon
    precision = GeoPrecision.EXACT
    method = "place"
    anchor: Candidate | None = None
    bearing: float | None = None
    dist: float | None = None
    if dir_m and after_q in ("district", "neighbourhood", "neighborhood", "quarter", "suburb"):
        # "the eastern Sadr City district": the adjective says where the district lies, it is the place itself.
        dir_m = None
        w.say("direction before a named district: where it lies in the city, not a part of it")
    if dir_m:
        bearing = BEARINGS[ADJECTIVES[dir_m.group("dir").lower()]]
        if best.kind in AREA_KINDS:
            dist = max(1.0, radius * 0.5)
        elif after_q in ("region", "countryside", "rural area", "area", "desert"):
            dist, radius = direction_only_km(best.population)
        else:
            dist = max(2.0, radius)
            radius = max(3.0, radius)
        lat, lon = destination(best.lat, best.lon, bearing, dist)
        precision, method, anchor = GeoPrecision.NEAR, "part of place", best
        w.say(f"'{dir_m.group('dir')}' part of {best.name}: {dist:.0f} km at {bearing:.0f} deg, precision 2")
    elif wants_district or wants_sub:
        precision = GeoPrecision.NEAR
        if best.kind not in ("district", "subdistrict"):
            radius = 15.0 if wants_district else 8.0
            w.say(
                f"no {'district' if wants_district else 'sub-district'} entry: seat town used, radius {radius:.0f} km"
            )
        method = "district" if wants_district else "subdistrict"
    elif best.kind in AREA_KINDS:
        precision = GeoPrecision.NEAR
        method = "area"
        w.say(f"{best.kind}: its centre, precision 2, radius {radius:.0f} km")
    elif after_q in ("rural area", "countryside", "region") or _RURAL_BEFORE.search(before):
        precision, radius, method = GeoPrecision.NEAR, radius + 10.0, "area around place"
        w.say(f"'{after_q or 'rural area'}' of {best.name}: the place's point, precision 2")
    elif after_q or _NEAR_BEFORE.search(before):
        precision, radius, method = GeoPrecision.NEAR, radius + 5.0, "near place"
        w.say(f"near/area of {best.name}: the place's point, precision 2")
    else:
        w.say(f"the {best.kind} itself: precision 1")
    if setting_only and precision == GeoPrecision.EXACT and not names_city:
        precision, radius, method = GeoPrecision.NEAR, radius + SETTING_RADIUS_KM, "setting"
        w.say(f"the event's own place is unknown: {best.name} is its setting, precision 2")
    return _make(
        w,
        context,
        method,
        lat,
        lon,
        precision,
        radius,
        name=best.name,
        cands=cands,
        ids=(best.id,),
        resolved=not _unknown_before(w, hit) and not w.rejected,
        admin2=best.admin2,
        anchor=anchor,
        bearing=bearing,
        dist=dist,
    )


def _unknown_before(w: _Work, hit: NameHit) -> bool:
    """True when an unknown name comes before the place used (the event's own place is unknown)."""
    return any(w.text.find(u) < hit.start for u in w.unknown if u != hit.text)


# ---------------------------------------------------------------------- offsets and roads
def _anchor_candidate(w: _Work, offset: Offset, anchor_hits: list[NameHit]) -> Candidate | None:
    if anchor_hits:
        hit = anchor_hits[0]
        cands = [c for c in _rank(w, hit, None) if c.kind != "governorate" or len(hit.candidates) == 1]
        return cands[0] if cands else None
    if offset.anchor_text.lower() in _CITY_WORDS and w.hint:
        cands = w.gaz.lookup(w.hint, w.country, w.admin1)
        if cands:
            w.say(f"'{offset.anchor_text}' = the context anchor '{w.hint}'")
            return cands[0]
    return None


def _offset_point(
    w: _Work, offset: Offset | None, anchor_hits: list[NameHit]
) -> tuple[tuple[float, float], Candidate] | None:
    if offset is None or offset.bearing_deg is None:
        return None
    anchor = _anchor_candidate(w, offset, anchor_hits)
    if anchor is None:
        return None
    dist = offset.distance_km if offset.distance_km is not None else direction_only_km(anchor.population)[0]
    return destination(anchor.lat, anchor.lon, offset.bearing_deg, dist), anchor


def _resolve_offset(w: _Work, offset: Offset, anchor_hits: list[NameHit], context: dict[str, Any]) -> Resolution | None:
    anchor = _anchor_candidate(w, offset, anchor_hits)
    if anchor is None:
        w.say(f"offset anchor '{offset.anchor_text}' not found")
        return None
    if offset.kind == "distance_only":
        assert offset.distance_km is not None
        w.say(f"{offset.distance_km:g} km from {anchor.name}, no bearing: the anchor, radius = distance")
        return _make(
            w,
            context,
            "distance only",
            anchor.lat,
            anchor.lon,
            GeoPrecision.NEAR,
            round(offset.distance_km + anchor.radius_km, 1),
            name=anchor.name,
            cands=(anchor,),
            ids=(anchor.id,),
            resolved=not (w.unknown or w.rejected),
            anchor=anchor,
            dist=offset.distance_km,
            parsed=offset,
        )
    assert offset.bearing_deg is not None
    if offset.distance_km is None:
        dist, radius = direction_only_km(anchor.population)
        if w.within is None and anchor.population < 1_000_000:
            # "north of Muqdadiyah": no distance to go by; ACLED's habit, the named town at precision 2, with a
            # radius that reaches as far as the size rule would have put a point. "North of Baghdad" is beyond a
            # city that size: the point stays out there
            w.say(f"direction only: {anchor.name} itself, radius {dist + radius:g} km (size rule)")
            dist, radius = 0.0, dist + radius
        else:
            w.say(
                f"direction only: {dist:g} km at {offset.bearing_deg:g} deg from {anchor.name} "
                f"(size rule), radius {radius:g} km"
            )
        if w.within is not None:
            # "the Tharthar area, north of Ramadi": the point on that bearing closest to the area's centre.
            d, brg = distance_bearing(anchor.lat, anchor.lon, w.within.lat, w.within.lon)
            along = d * math.cos(math.radians(bearing_gap(brg, offset.bearing_deg)))
            if along > dist:
                dist, radius = along, max(radius, w.within.radius_km / 2)
                w.say(f"{w.within.name} lies that way: {dist:.0f} km out, abreast of its centre, radius {radius:.0f}")
    else:
        dist = offset.distance_km
        radius = offset_uncertainty_km(dist, offset.hedged)
        w.say(
            f"{'about ' if offset.hedged else ''}{dist:g} km at {offset.bearing_deg:g} deg from "
            f"{anchor.name}: geodesic point, radius {radius:g} km"
        )
    lat, lon = destination(anchor.lat, anchor.lon, offset.bearing_deg, dist)
    name = w.within.name if w.within else (w.unknown or w.rejected or [anchor.name])[0]
    return _make(
        w,
        context,
        offset.kind.replace("_", " "),
        lat,
        lon,
        GeoPrecision.NEAR,
        radius,
        name=name,
        cands=(anchor,),
        ids=(anchor.id,),
        resolved=not (w.unknown or w.rejected),
        anchor=anchor,
        bearing=offset.bearing_deg,
        dist=dist,
        parsed=offset,
    )


def _road_ends(w: _Work, road: re.Match[str]) -> list[NameHit]:
    """Road ends from the pattern's own groups ("the Baghdad-Kirkuk road" is one hyphenated word)."""
    ends: list[NameHit] = []
    for group in ("a", "b", "c", "d"):
        text = road.group(group)
        if not text:
            continue
        start = road.start(group)
        found = w.gaz.find_names(text.strip(), w.country)
        if found:
            h = found[0]
            ends.append(NameHit(start + h.start, start + h.end, h.text, h.candidates))
        else:
            cands = w.gaz.lookup(text.strip(), w.country, w.admin1, loose=False)
            if cands:
                ends.append(NameHit(start, start + len(text), text, tuple(cands)))
    return ends


def _resolve_road(w: _Work, a_hit: NameHit, b_hit: NameHit, context: dict[str, Any]) -> Resolution | None:
    a = _rank(w, a_hit, None)
    b = _rank(w, b_hit, None)
    if not a or not b:
        return None
    _, dist = midpoint(a[0].lat, a[0].lon, b[0].lat, b[0].lon)
    # ACLED codes a road between two towns at the first town named, precision 2; the whole road is the uncertainty
    w.say(f"road between {a[0].name} and {b[0].name} ({dist:.0f} km): {a[0].name}, radius {dist:.0f} km")
    return _make(
        w,
        context,
        "road's first town",
        a[0].lat,
        a[0].lon,
        GeoPrecision.NEAR,
        round(max(3.0, dist), 1),
        name=f"{a[0].name}–{b[0].name} road",
        cands=(a[0], b[0]),
        ids=(a[0].id, b[0].id),
        resolved=not (w.unknown or w.rejected),
        anchor=a[0],
    )


# ---------------------------------------------------------------------- fallbacks and output
def _fallback(w: _Work, context: dict[str, Any], offset: Offset | None) -> Resolution:
    if w.unknown:
        w.say(f"not in the gazetteer: {', '.join(w.unknown)}")
    if w.hint:
        cands = w.gaz.lookup(w.hint, w.country, w.admin1)
        if cands:
            c = cands[0]
            w.say(f"nothing placeable in the phrase: context anchor {c.name}, precision 3")
            return _make(
                w,
                context,
                "anchor hint",
                c.lat,
                c.lon,
                GeoPrecision.REGION,
                HINT_RADIUS_KM,
                name=_missing(w) or c.name,
                cands=(c,),
                ids=(c.id,),
                resolved=False,
                anchor=c,
            )
    gov = w.gaz.governorate(w.admin1)
    if gov is not None:
        w.say(f"governorate fallback: {gov.name} ({gov.point_basis}), precision 3")
        return _make(
            w,
            context,
            "governorate fallback",
            gov.lat,
            gov.lon,
            GeoPrecision.REGION,
            w.gaz.admin1_radius_km(gov.name),
            name=_missing(w),
            cands=(),
            ids=(f"admin1:{gov.iso}",),
            resolved=False,
        )
    w.say("no governorate known: country only, no coordinates")
    place = Place(
        name=_missing(w),
        admin1=None,
        country=w.country,
        precision=GeoPrecision.REGION if w.country else None,
        resolved=False,
        note=_note(w, None),
    )
    return Resolution(
        w.text,
        place,
        "country only",
        reasoning=tuple(w.reasoning),
        names=tuple(w.names),
        context=context,
        offset=offset,
    )


def _missing(w: _Work) -> str | None:
    """The first place name the phrase gives that could not be used."""
    return (w.unknown + w.rejected or [None])[0]


def _note(w: _Work, extra: str | None) -> str | None:
    parts = []
    if w.unknown:
        parts.append(f"not in gazetteer: {', '.join(dict.fromkeys(w.unknown))}")
    if w.rejected:
        where = f"in {w.admin1}" if w.admin1 else "where the text puts it"
        parts.append(f"no {', '.join(dict.fromkeys(w.rejected))} {where} (namesakes elsewhere ignored)")
    if extra:
        parts.append(extra)
    return "; ".join(parts) or None


def _make(
    w: _Work,
    context: dict[str, Any],
    method: str,
    lat: float,
    lon: float,
    precision: GeoPrecision,
    radius: float,
    *,
    name: str | None,
    cands: Any,
    ids: tuple[str, ...],
    resolved: bool,
    admin2: str | None = None,
    anchor: Candidate | None = None,
    bearing: float | None = None,
    dist: float | None = None,
    parsed: Offset | None = None,
) -> Resolution:
    # The governorate is the polygon's, except that a governorate the text or the gazetteer names
    # wins while the point is within its boundary tolerance (simplified polygons, Baghdad's small one).
    admin1 = w.gaz.admin1_at(lat, lon)
    extra = None
    named = context.get("admin1")
    declared = (
        cands[0].admin1
        if cands and method in ("place", "near place", "area", "district", "subdistrict", "area around place")
        else None
    )
    # ("about 40 km south-east of Baghdad": the anchor's governorate, while the point is within its tolerance)
    for preferred in (named, declared, anchor.admin1 if anchor is not None else None):
        if preferred and preferred != admin1 and w.gaz.in_admin1(lat, lon, preferred):
            admin1 = preferred
            break
    if named and admin1 and admin1 != named:
        extra = f"point lies in {admin1}, outside the governorate named ({named})"
        w.say(extra)
    if anchor is not None and anchor.admin1:
        crossed = w.country and admin1 and w.gaz.admin1_country(admin1) != w.country
        if admin1 is None or crossed:
            # Off the simplified polygons, or over a border the text did not cross ("east of Albukamal"
            # in a Syrian report): the anchor's governorate is the better guess.
            if crossed:
                w.say(f"point falls in {admin1}; keeping the anchor's governorate {anchor.admin1}")
            admin1 = anchor.admin1
    admin1 = admin1 or declared or w.admin1
    country = w.gaz.admin1_country(admin1) or w.country
    place = Place(
        name=name,
        admin1=admin1,
        country=country,
        lat=round(lat, 5),
        lon=round(lon, 5),
        precision=precision,
        uncertainty_km=round(radius, 1),
        gazetteer_ids=ids,
        admin2=admin2,
        anchor=anchor.name if anchor else None,
        offset_km=round(dist, 1) if dist is not None else None,
        bearing_deg=bearing,
        resolved=resolved,
        note=_note(w, extra),
    )
    return Resolution(
        w.text,
        place,
        method,
        tuple(cands),
        anchor,
        parsed or (None if dist is None else _off(anchor, dist, bearing)),
        tuple(w.reasoning),
        tuple(w.names),
        context,
    )


def _off(anchor: Candidate | None, dist: float, bearing: float | None) -> Offset:
    """An offset the resolver computed itself ("west Aleppo"), recorded like a parsed one."""
    return Offset(anchor.name if anchor else "", dist, bearing, False, 0, 0, 0, "computed")
