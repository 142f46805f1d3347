"""Find the location phrase of an incident in its text: "in the village of Atshan, about 30 km northeast of
Hama", "near the 60th kilometer west of Ramadi", "in the rural area east of Aleppo". Pure.

The phrase is handed to the geo stage as written; this module only decides where it starts and ends.
Place names come from the gazetteer's ``find_names``; offsets ("42 km west of the city") are found even
when the anchor is not a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from mesint.extract.prefilter import compile_gated
from mesint.slotinit import slot_init

_DIR = (  # longest first: "south-east" is not "south" followed by "-east"
    r"(?:northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|northern|southern|"
    r"eastern|western|north of|south of|north|south|east|west)"
)
OFFSET = compile_gated(
    rf"(?:(?:about|around|some|approximately|nearly|roughly|almost|over|more than|less than)\s+)?"
    rf"(?:\d+(?:\.\d+)?|the\s+\d+(?:st|nd|rd|th))\s*(?:-\s*)?(?:km|kms|kilomet(?:er|re)s?|miles?)\b"
    rf"(?:\s+\(\s*[\d.]+\s*miles?\s*\))?\s+(?:to the\s+)?{_DIR}\s*(?:of\s+)?",
    re.I,
)
# Every offset and every "<direction> of" needs one of these words: a cheap test before the patterns run.
_DIR_WORDS = ("north", "south", "east", "west")
_DIGIT = compile_gated(r"\d")
_LEFT = compile_gated(
    r"(?:(?:\b(?:in|near|at|into|outside|around|on|from|towards?|inside|within|across|off|along|by|of|opposite)\s+)"
    r"(?:the\s+)?(?:(?:northern|southern|eastern|western|central|rural|eastern|outer|old)\s+)*"
    r"(?:(?:outskirts|vicinity|environs|countryside|area|region|surroundings|edge|entrance|centre|center|"
    r"village|villages|town|towns|city|district|sub-district|subdistrict|neighbou?rhood|camp|desert|"
    r"suburb|suburbs|province|governorate|road|highway)\s+(?:of\s+(?:the\s+)?)?)*"
    r"(?:(?:village|town|city|area|district|camp)\s+of\s+)?"
    rf"(?:{_DIR}\s+(?:of\s+)?)?(?:the\s+)?)$",
    re.I,
)
_DIR_LEFT = compile_gated(
    rf"(?:\b(?:the|in|near|at|on)\s+)?(?:(?:the\s+)?(?:rural\s+)?(?:area|region|countryside|outskirts)\s+)?"
    rf"(?:\b{_DIR}\s+(?:of\s+)?)$|\b(?:north|south|east|west)\s+$",
    re.I,
)
_RIGHT = compile_gated(
    r"^(?:\s+\[[^\]]{1,40}\])?(?:\s+(?:rural\s+area|countryside|area|district|District|sub-district|"
    r"Sub-district|region|Desert|desert|Plain|plain|valley|Valley|province|governorate|camp|Camp|dam|Dam|"
    r"border crossing|crossing|oil field|field|airport|base|bridge|highway|road|[Mm]ountains?|[Hh]ills|[Ss]quare)\b)*"
)
_TAIL = compile_gated(
    # ("Husaybah al-Sharqiya, a town roughly 10 km east of Ramadi": the rest of the name, then where the town lies)
    r"^(?:\s+(?:al|el)-(?-i:[A-Z])[\w'’-]*(?=,\s+an?\s+(?:town|village|city|hamlet|district|area)\b))?"
    r"(?:\s*\((?:[^()]{0,80}\b(?:of|from|km|kilomet\w*)\b[^()]{0,60})\))?"
    rf"(?:,?\s+(?:an?\s+(?:town|village|city|hamlet|district|area)\s+)?"
    rf"(?:(?:about|around|some|approximately|nearly|roughly|just)\s+)?(?:\d+\s*(?:km|kilomet\w*)\s+)?{_DIR}\s+of\s+"
    r"[A-Z][\w'’-]*(?:[ -](?:(?:al|el|as|ash|ad|ar|az|an|at|ez|es|ed|er|en|et)[- ])?[A-Z][\w'’-]*){0,3})?"
)
# "the al-Badu neighborhood in central Raqqa", "al-Sinaa quarter of Raqqa city": the city that holds the name.
_OF_CITY = compile_gated(
    # ("Masaken Hanano, Jabal Badro and al-Sakhour districts of northeastern Aleppo City": a list of quarters)
    r"^(?:,\s+(?:al-)?[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}){0,6}(?:,?\s+and\s+(?:al-)?[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}"
    r"(?=\s+(?:neighbou?rhoods|quarters|districts)\s))?"
    r"(?:\s+(?:(?:neighbou?rhood|quarter|district|area|suburb|sector|camp|countryside|desert|badia)s?\s+)?(?:of|in)\s+"
    # ("the al-Badu neighbourhood, Raqqa city": the city after a comma, told as one)
    r"|\s+(?:neighbou?rhood|quarter|district)s?,\s+(?:in\s+)?(?=[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}\s+(?:city|town)\b))"
    r"(?:the\s+)?(?:(?:central|eastern|western|northern|southern|north-?eastern|north-?western|south-?eastern|"
    r"south-?western|old|rural)\s+)?(?:(?:city|town) of\s+)?"
    r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}(?:\s+(?:city|town|governorate|province))?"
)
_FUSED_LEFT = compile_gated(
    r"(?<![.:;!?]\s)(?<!^)\b(?!(?:The|In|On|At|Near|Of|And|From|To|By|With|For|A|An)\b)"
    r"(?:(?:Kafr|Tal|Tell|Deir|Dayr|Ain|Ayn|Jisr|Khan|Qasr|Abu|Umm|Beit|Bayt|Bir|Ras|Jabal|Jebel|Wadi|Arab|Sheikh|"
    r"Shaykh|Tel|Bab|Hazm|Mazraat|Qaryat|Ard)\s+)+$"
)
_NEAR_PLACE = compile_gated(
    r"^(?:\s+for(?:\s+[\w-]+){1,3}?)?,?\s+(?:near|outside|close to|by)\s+(?:the\s+)?(?:(?:city|town|village) of\s+)?"
    r"(?:(?:al|el|as|ash|ad|ar|az|an|at)-)?[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}(?:,?\s+in\s+[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2})?"
)
# "in the village of Boban, ": a place the gazetteer lacks, told by where it lies (not "one missile landed some ...")
_UNKNOWN_VILLAGE_BEFORE = compile_gated(
    r"\b(?:village|town|hamlet|settlement)\s+of\s+(?:(?:al|el)-)?[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2},\s*$"
)
_PRONOUN_PLACE = compile_gated(r"\bthe (?:city|town|village)\b", re.I)


@slot_init
@dataclass(frozen=True, slots=True)
class LocationPhrase:
    start: int
    end: int
    text: str
    anchor_hint: str | None = None  # a place named nearby, for "42 km west of the city"


_COUNTRYSIDE_AFTER = compile_gated(r"\s+countryside\b(?!\s+of\b)", re.I)


# (its other name between: "Al-Karama (Al-Sir) Square")
_LANDMARK_AFTER = compile_gated(r"\s+(?:\([^()]{1,40}\)\s+)?(?:Square|Street|Roundabout|Avenue|Circle)\b")
# "al Badiya school in al Mansoura town", "al Quds hospital in the city of Saraqib": a facility's name, then the town
_FACILITY_IN_TOWN = re.compile(
    r"\s+(?:school|hospital|mosque|bakery|clinic|church|university|stadium|market)\s+in\s+(?:the\s+)?"
    r"(?:(?:town|city|village)\s+of\s+)?(?P<rest>[^,.;]{1,40})",
)
_TOWNS_OWN = compile_gated(r"\bthe (?:town|city|village|district|camp)['’]s\s+(?:main\s+|old\s+|central\s+|busy\s+)?$", re.I)


def find_location(
    text: str,
    name_hits: Sequence[tuple[int, int, str]],
    *,
    blocked: Callable[[int, int], bool] = lambda s, e: False,
    anchor_hint: str | None = None,
) -> LocationPhrase | None:
    """The first location phrase in ``text`` built around a place name or an offset.

    ``name_hits`` are (start, end, name) of gazetteer names in ``text``; ``blocked`` tells which character
    ranges belong to something else (actor names, citations) and cannot hold the location.
    """
    hits = [h for h in name_hits if not blocked(h[0], h[1])]
    if "Square" in text or "Street" in text or "Roundabout" in text:
        # "in Al-Karama Square in the centre of Sweida city": a square's name is no village of that name
        hits = [h for h in hits if not _LANDMARK_AFTER.match(text, h[1])] or hits
    if len(hits) > 1 and " in " in text:
        # "bombed al Badiya school in al Mansoura town": the facility's name is no place; the town it is in is
        facility = [
            h for h in hits
            if (f := _FACILITY_IN_TOWN.match(text, h[1])) is not None
            and any(
                f.start("rest") <= g[0] <= f.start("rest") + 3  # ("al Mansoura": the name after its article)
                for g in hits
            )
        ]
        hits = [h for h in hits if h not in facility] or hits
    if "'s " in text or "’s " in text:
        # "near a bakery on the town's main Rajo road": a street of the town already named, not the village Raju
        # (the pattern ends at the name with "'s" and up to one word: no apostrophe in the 40 characters, no match)
        hits = [
            h for h in hits
            if not (_has_apostrophe(text, max(0, h[0] - 40), h[0]) and _TOWNS_OWN.search(text, max(0, h[0] - 40), h[0]))
        ]
    # "brought reinforcements from Hasakah and retook Al-Busayrah", "shelled X from Y": an origin is where the
    # action came from; the place it reached is the event's.
    lowered = text.lower()
    out_of = " out of " in text
    if "from" in lowered or out_of:  # (each pattern needs its word)
        kept = [
            h for h in hits
            if not _FROM_BEFORE.search(text, max(0, h[0] - 60), h[0])
            # "IS fighters coming out of the Hawija pocket attacked a post north of Baiji": where they came from
            and not (out_of and _OUT_OF_BEFORE.search(text, max(0, h[0] - 40), h[0]))
        ]
        # ("blew up near the town's main bus station, where minibuses from Jarablus drop off shoppers": the town told
        # before, not where the buses come from)
        hits = kept or (
            []
            if hits
            and ("'s " in text or "’s " in text)
            and _TOWNS_OWN_PLACE.search(text, 0, hits[0][0]) is not None
            else hits
        )
    if len(hits) > 1 and (
        "positioned in" in lowered or "stationed in" in lowered or "entrenched in" in lowered or "holed up in" in lowered
    ):
        hits = [h for h in hits if not _POSITIONED_IN_BEFORE.search(text, max(0, h[0] - 40), h[0])] or hits
    if " aimed at " in lowered and len(hits) > 1:
        # "found a launch pad loaded with rockets aimed at Baghdad airport in an orchard in Abu Ghraib": the target,
        # not where it was found
        aimed = [h for h in hits if _AIMED_AT_BEFORE.search(text, max(0, h[0] - 20), h[0])]
        # (and the names overlapping the target's: "Ain al-Asad" and "al-Asad air base")
        hits = [h for h in hits if not any(a[0] < h[1] and h[0] < a[1] for a in aimed)] or hits
    if hits and " solidarity with " in lowered:
        # "gathered in front of the provincial council ... in solidarity with the demonstrators in Baghdad": where the
        # others they stood with were
        hits = [h for h in hits if not _SOLIDARITY_BEFORE.search(text, max(0, h[0] - 70), h[0])]
    if len(hits) > 1 and (" way to " in lowered or " route to " in lowered or " bound for " in lowered):
        # "a restaurant frequented by pilgrims on their way to Karbala and a checkpoint west of Nasiriyah": where the
        # people were going, not where the attack was
        hits = [h for h in hits if not _BOUND_FOR_BEFORE.search(text, max(0, h[0] - 30), h[0])] or hits
    may_offset = _may_have(OFFSET, text, lowered)
    if len(hits) > 1 and ("–" in text or "-" in text) and ("road" in text or "highway" in text or "way" in text):
        # "on the Baghdad–Amman highway about 30 km east of Ar-Rutbah", "on the Baghdad–Kirkuk highway near Tuz
        # Khurmatu": the towns that name a road are not where the offset or the town named after it puts the event
        roads = [m.span() for m in _ROAD_NAME.finditer(text)]
        hits = [h for h in hits if not any(a <= h[0] < b for a, b in roads)] or hits
    if (
        len(hits) > 1
        and "countryside" in text
        and _COUNTRYSIDE_AFTER.match(text, hits[0][1])
        # (not "targeted some points in Tartus countryside and the south of Damascus countryside": two alike)
        and not _COUNTRYSIDE_AFTER.match(text, hits[1][1])
    ):
        # "In Aleppo countryside, ... near Al-Bab": the governorate's countryside frames the town named after it
        hits = hits[1:]
    elif (
        len(hits) > 1
        and _OPENING_FRAME.match(text[: hits[0][0]])
        and (frame_end := _FRAME_END.match(text, hits[0][1])) is not None
        and not _WHERE_IT_LIES.match(text, frame_end.end())  # "In Nasiriyah, about 360 km south of Baghdad, ..."
    ):
        # "In Deir Ezzor, cells of ISIS attacked a checkpoint in Al-Busayrah town": the opening names the region the
        # sentence is about; the town named after it ("in", "near" it, not "loyal to Sheikh Ibrahim") is the place
        placed = [h for h in hits[1:] if _LOCATIVE_BEFORE.search(text, max(0, h[0] - 40), h[0])]
        hits = placed or hits
    if (
        len(hits) > 1
        and (of := _CITY_DISTRICT_OF.match(text, hits[0][1])) is not None
        and hits[1][0] == of.end()
        and text[hits[0][0] : hits[0][1]].lower() in _governorates_and_capitals()
        and text[hits[1][0] : hits[1][1]].lower() not in _governorates_and_capitals()
    ):
        # "In the northern Baghdad district of Kadhimiya", "the Damascus suburb of Jaramana": the city names the
        # district that is the place (not "the Hawija district of Kirkuk", "the al-Nazzal neighbourhood of Fallujah")
        hits = hits[1:]
    if len(hits) > 1 and _FORCE_AFTER.match(text, hits[0][1]) and blocked(hits[0][1] + 1, hits[0][1] + 2):
        # "The Sulaimani Asayish announced the arrest of a suspect in Kalar": a force named for its city, then where
        # it acted
        placed = [h for h in hits[1:] if _LOCATIVE_BEFORE.search(text, max(0, h[0] - 40), h[0])]
        hits = placed or hits
    offsets = OFFSET.finditer(text) if may_offset else iter(())
    offset = next((m for m in offsets if not blocked(m.start(), m.end())), None)
    first_hit = hits[0] if hits else None
    back_to = None
    if (
        offset
        and first_hit is not None
        and offset.start() > first_hit[1]
        and _PRONOUN_PLACE.match(text, offset.end())
        and not any(first_hit[1] <= h[0] < offset.start() for h in hits[1:])
        and _UNKNOWN_VILLAGE_BEFORE.search(text, max(0, offset.start() - 60), offset.start())
    ):
        # "In Kobani, a drone struck a farm in the village of Boban, about 14 km west of the city": the offset from the
        # town named before, the only one
        back_to = first_hit[2]
    if offset and (first_hit is None or offset.start() < first_hit[0] or back_to):
        # "about 42 km west of the city, on the road between Manbij and Al-Bab": the offset comes first.
        rest = text[offset.end() :]
        anchor = re.match(r"(?:the\s+)?[\w'’-]+(?:[ -][A-Z][\w'’-]*){0,3}", rest)
        end = offset.end() + (anchor.end() if anchor else 0)
        named = next((h for h in hits if h[0] == offset.end()), None)
        if named is not None and named[1] > end:
            end = named[1]  # "southeast of Ma’arrat al-Nu’man": the whole name the gazetteer knows
        following = _FOLLOWING.match(text, end)
        hint = anchor_hint
        near = [h for h in hits if end <= h[0] <= end + 120]
        if anchor and not _PRONOUN_PLACE.match(rest):
            near = []
        if near and (hint is None or _PRONOUN_PLACE.match(rest)):
            hint = near[0][2]
        elif back_to is not None:
            hint = back_to
        start = _extend_left(text, offset.start())
        tail_end = following.end() if following else end
        return LocationPhrase(start, tail_end, text[start:tail_end].strip(" ,"), hint)
    if first_hit is None:
        return None
    s, e, _name = first_hit
    # "Kafr Sousa" when only "Sousa" is known: the capitalised words fused to the name belong to it.
    fused = _FUSED_LEFT.search(text[max(0, s - 40) : s])
    if fused:
        s -= len(fused.group(0))
    start = _extend_left(text, s)
    road = _ROAD_LEFT.search(text[max(0, s - 80) : s])
    if road and len(hits) > 1:
        # "on the road between Mosul and Tal Afar": both towns belong to the phrase (the resolver places it at the first)
        joint = _ROAD_JOINT.match(text[e:])
        other = next((h for h in hits[1:] if joint and h[0] == e + joint.end()), None)
        if other is not None:
            start = min(start, max(0, s - 80) + road.start())
            e = other[1]
    right = _RIGHT.match(text[e:])
    end = e + (right.end() if right else 0)
    of_city = _OF_CITY.match(text[end:])
    if of_city:
        end += of_city.end()
    near = _NEAR_PLACE.match(text[end:])
    if near:
        end += near.end()  # "the Al-Rami camp for displaced people near Ariha in Idlib"
    tail = _TAIL.match(text[end:])
    if tail and tail.end():
        end += tail.end()
    return LocationPhrase(start, end, text[start:end].strip(" ,"), anchor_hint)


_WHERE_IT_LIES = compile_gated(
    r"\s*(?:(?:about|some|around|nearly|roughly|approximately)\s+)?(?:\d|(?:north|south|east|west)|the\s+(?:capital|"
    r"centre|center|seat)\b"
    # ("In Douma, the largest town of the Ghouta, regime forces ...": the town, described)
    r"|(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|suburb|district|stronghold|hub)\s+(?:of|in)\b"
    # ("In Shula, in north-western Baghdad, a car bomb ...": the quarter, then the part of the city it lies in)
    r"|in\s+(?:the\s+)?(?:(?:north|south)?-?(?:east|west)ern|northern|southern|central)\s)",
    re.I,
)
_LOCATIVE_BEFORE = compile_gated(
    # ("In Maysan, ... in the Kumait subdistrict, north of Amarah": where the sentence puts it from a town)
    r"\b(?:in|near|at|outside|around|inside|on the outskirts of|(?:town|village|city|area|port|camp|district|"
    r"neighbou?rhood)\s+of|(?:road|highway|way)\s+(?:to|from)|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)"
    r"\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# (and "North of Baghdad, fighters ... attacked the town of Dhuluiya": a direction from a city, the story's area)
_OPENING_FRAME = compile_gated(
    r"^\s*(?:(?:(?:(?:Meanwhile|Elsewhere|Also),?\s+)?(?:In|Across|Throughout)"
    # ("Further west, in the rebel-held province of Idlib, ... on the town of Saraqeb")
    r"|(?:Further|Farther)\s+(?:north|south|east|west)\w*,\s+in)\s+(?:the\s+)?(?:[\w'’-]+\s+)?"
    r"(?:(?:province|governorate|region)\s+of\s+)?"
    r"|(?:Further\s+|Farther\s+)?(?:North|South|East|West)(?:-?(?:east|west))?\s+of\s+)$"
)
_FRAME_END = compile_gated(
    r"(?:\s+(?:governorate|province|countryside|region|area|desert|Badia|sector))?\s*,", re.I
)
# "..., on the road to Y": more of the place; "on 7 March", "on Monday" are its day, not part of it
_FOLLOWING = compile_gated(
    r",?\s*(?:on(?!\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))|along|near|between|at|in)\b[^.;()]{0,100}"
)
# "from X" as an origin; but "withdrew from X", "expelled ... from X": X is where it happened.
_FORCE_AFTER = compile_gated(
    r"\s+(?:Asayish|police|security|forces|army|military|intelligence|counter-terrorism|operations\s+command)\b", re.I
)
@cache
def _governorates_and_capitals() -> frozenset[str]:
    """Every spelling of a governorate or of its capital, in lower case: names that hold districts, never districts."""
    from mesint.geo.gazetteer import DATA_DIR, read_governorates  # (the geo stage's table; imported when first needed)

    names = set()
    for g in read_governorates(DATA_DIR / "admin1.yaml"):
        names.update(n.lower() for n in (g.name, g.capital, *g.aliases))
    return frozenset(names)


_CITY_DISTRICT_OF = compile_gated(r"\s+(?:district|neighbou?rhood|quarter|suburb)\s+of\s+(?:the\s+)?")
_TOWNS_OWN_PLACE = compile_gated(r"\bthe\s+(?:town|city|village|camp)['’]s\b", re.I)
_FROM_BEFORE = compile_gated(
    r"(?<!withdrew )(?<!withdrawn )(?<!retreated )(?<!pulled out )(?<!evacuated )(?<!expelled )(?<!ousted )"
    r"(?<!driven out )(?<!pushed out )\bfrom\s+(?:the\s+)?(?:(?:town|city|village|area|direction)\s+of\s+(?:the\s+)?)?"
    # ("many of them from the Sinjar and Makhmour areas, rallied ... in Erbil": both where they came from)
    r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?,?\s+and\s+)?$",
    re.I,
)
# "terrorists positioned in Idleb southern countryside fired rocket shells on al-Suqaylabiyah": where the fire came from
_POSITIONED_IN_BEFORE = compile_gated(
    r"\b(?:positioned|stationed|entrenched|holed\s+up)\s+in\s+(?:the\s+)?(?:(?:town|city|village|area)\s+of\s+)?$",
    re.I,
)
_SOLIDARITY_BEFORE = compile_gated(r"\bsolidarity\s+with\s+(?:[\w'’-]+\s+){0,5}?(?:in|of|from)\s+(?:the\s+)?$", re.I)
_BOUND_FOR_BEFORE = compile_gated(r"\b(?:(?:on\s+(?:their|his|her|its|the)\s+)?way\s+to|en\s+route\s+to|bound\s+for)\s+(?:the\s+)?$", re.I)
_AIMED_AT_BEFORE = compile_gated(r"\baimed\s+at\s+(?:the\s+)?$", re.I)
_OUT_OF_BEFORE = compile_gated(
    r"\b(?:coming|came|emerging|emerged|infiltrating|infiltrated|sneaking|sneaked|advancing|advanced)\s+out\s+of\s+"
    r"(?:the\s+)?$",
    re.I,
)
_ROAD_NAME = compile_gated(
    # ("the Palmyra–Deir ez-Zor road": a name's lower-case article between its words)
    r"\b[A-Z][\w'’]*(?:\s+(?:(?:al|el|ez|az|ad|ed|as|es|ash|ar|er|an|en)-)?[A-Z][\w'’]*)?\s*[–—-]\s*"
    r"[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ez|az|ad|ed|as|es|ash|ar|er|an|en)-)?[A-Z][\w'’-]*)?\s+"
    r"(?:highway|road|motorway|expressway)\b"
)
_ROAD_LEFT = compile_gated(
    r"(?:\b(?:(?:on|along|near|at)\s+)?(?:the\s+)?(?:main\s+|international\s+|old\s+)?(?:road|highway|route)\s+"
    r"(?:between|linking|connecting|from)|\bbetween)\s+(?:the\s+)?(?:(?:towns?|cities|villages?)\s+of\s+)?$",
    re.I,
)
_ROAD_JOINT = compile_gated(r"\s+(?:and|to|with)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?")


def _may_have(pattern: re.Pattern[str], text: str, lowered: str | None = None) -> bool:
    """False when ``text`` lacks every word the pattern needs (a compass direction; for offsets, a digit too);
    ``lowered`` is the text in lower case, when the caller has it."""
    if pattern is OFFSET and not _DIGIT.search(text):
        return False
    if lowered is None:
        lowered = text.lower()
    # (the four tests written out: a generator costs more than the substring tests it drives)
    return "north" in lowered or "south" in lowered or "east" in lowered or "west" in lowered


def _has_apostrophe(text: str, start: int, end: int) -> bool:
    return text.find("'", start, end) >= 0 or text.find("’", start, end) >= 0


# Every ASCII character a match of _LEFT or _DIR_LEFT can hold: letters, "-" and white space.
_PHRASE_CHARS = "".join(chr(c) for c in range(128) if chr(c).isalpha() or chr(c).isspace() or chr(c) == "-")


def _search_end(pattern: re.Pattern[str], window: str) -> re.Match[str] | None:
    """``pattern.search(window)`` for _LEFT and _DIR_LEFT, whose matches are words, each with the white space after
    it, up to the window's end: none in a window that does not end with white space, and none that begins before
    the window's last stretch of letters, hyphens and white space (the engine starts there, not at every character
    of the window)."""
    if not window[-1:].isspace():
        return None
    start = len(window.rstrip(_PHRASE_CHARS)) if window.isascii() else 0
    return pattern.search(window, start)


def _extend_left(text: str, pos: int) -> int:
    window_start = max(0, pos - 120)
    window = text[window_start:pos]
    best = pos
    lowered = window.lower()
    for pattern in (OFFSET, _LEFT, _DIR_LEFT):
        if pattern is not _LEFT and not _may_have(pattern, window, lowered):
            continue
        # Offsets before a name: "the village of Atshan, about 30 km northeast of Hama" keeps both parts.
        for m in pattern.finditer(window) if pattern is OFFSET else [_search_end(pattern, window)]:
            if m and m.end() == len(window) and m.group(0).strip():
                best = min(best, window_start + m.start())
    if best < pos:
        # Continue left for chains like "in the village of X, about 30 km ... of"
        m = _search_end(_LEFT, text[max(0, best - 80) : best])
        # a lone preposition is no link of the chain: "went off in the Al-Shaab area" starts at "in"
        if m and len(m.group(0).split()) > 1 and m.end() == best - max(0, best - 80):
            best = max(0, best - 80) + m.start()
    return best
