"""The village tier: 32,586 GeoNames villages (via Who's On First) that the main gazetteer lacks.

It has the lowest priority. ``resolve_location`` consults it only for a name in a location phrase that no
main tier (cities500, supplement, OSM Syria, OpenSyria, governorates) can place, only within the country and
governorate known from context, and never guesses between villages of the same name far apart.
``find_names``, which scans free text, never sees it.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from mesint.geo import Gazetteer, load_gazetteer, resolve_location
from mesint.geo.villages import VILLAGE_CSV, VILLAGE_KEYS, load_village_tier, write_index


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def main_tiers_only(gaz: Gazetteer) -> Gazetteer:
    """The same gazetteer without its village tier: how phrases resolved before the tier existed."""
    plain = copy.copy(gaz)
    plain.village_csv = None
    plain._villages, plain._villages_loaded = None, True
    return plain


def test_a_village_only_the_new_tier_has_resolves_to_its_point(gaz: Gazetteer) -> None:
    # Balanjiyah, a village in Diyala (GeoNames 6879539): no main tier has it.
    assert gaz.lookup("Balanjiyah", "Iraq") == []
    res = resolve_location("in the village of Balanjiyah", country="Iraq", admin1="Diyala", gazetteer=gaz)
    p = res.place
    assert (p.name, p.admin1, p.country) == ("Balanjiyah", "Diyala", "Iraq")
    assert (p.lat, p.lon) == (34.64382, 44.8469)
    assert p.gazetteer_ids == ("geonames:6879539",)
    assert p.precision == 1 and p.resolved
    assert res.candidates[0].kind == "village" and res.candidates[0].tier == "village"
    # The name is unique in Iraq, so the country alone is context enough.
    assert resolve_location("near Balanjiyah", country="Iraq", gazetteer=gaz).place.admin1 == "Diyala"


def test_a_name_shared_by_villages_far_apart_needs_the_governorate(gaz: Gazetteer) -> None:
    # Two villages called Hajj Jabir, in Baghdad and in Maysan, 311 km apart.
    phrase = "in the village of Hajj Jabir"
    without = resolve_location(phrase, country="Iraq", gazetteer=gaz).place
    assert not without.resolved and without.lat is None  # no guess: country only, as before the tier
    in_maysan = resolve_location(phrase, country="Iraq", admin1="Maysan", gazetteer=gaz).place
    assert in_maysan.resolved and in_maysan.gazetteer_ids == ("geonames:96222",) and in_maysan.admin1 == "Maysan"
    in_baghdad = resolve_location(phrase, country="Iraq", admin1="Baghdad", gazetteer=gaz).place
    assert in_baghdad.gazetteer_ids == ("geonames:96221",) and in_baghdad.admin1 == "Baghdad"


def test_villages_far_apart_in_the_same_governorate_stay_unresolved(gaz: Gazetteer) -> None:
    # Two Awdalan villages in Sulaymaniyah, 107 km apart: the governorate fallback, as before.
    p = resolve_location("in Awdalan", country="Iraq", admin1="Sulaymaniyah", gazetteer=gaz).place
    assert not p.resolved and p.gazetteer_ids == ("admin1:IQ-SU",)


def test_the_village_tier_is_searched_only_in_the_context_country(gaz: Gazetteer) -> None:
    assert gaz.lookup_village("Balanjiyah", "Syria") == ([], "'Balanjiyah' is not a village in Syria either")
    assert gaz.lookup_village("Balanjiyah", None)[0] == []
    assert gaz.lookup_village("Balanjiyah", "Iraq", "Nineveh")[0] == []


def test_village_names_are_never_found_in_free_text(gaz: Gazetteer) -> None:
    text = "Fighting was reported in Balanjiyah and Hajj Jabir on Monday, said Karim Salam."
    # Both are villages the tier knows ...
    assert gaz.lookup_village("Balanjiyah", "Iraq")[0] and gaz.lookup_village("Hajj Jabir", "Iraq", "Maysan")[0]
    # ... but a scan of free text finds neither (nor the personal names, which are village names too).
    assert gaz.find_names(text) == []
    assert gaz.find_names(text, "Iraq") == []


def test_a_generic_word_is_not_a_village(gaz: Gazetteer) -> None:
    # "Al-Bara in Jabal" (a truncated "Jabal al-Zawiya"): Syria has villages called Jabal, but the word is generic.
    assert gaz.lookup_village("Jabal", "Syria", "Idlib")[0] == []
    res = resolve_location("of Al-Bara in Jabal", country="Syria", admin1="Idlib", gazetteer=gaz)
    assert res.place.gazetteer_ids == ("mesint:sy-0318",) and res.place.note == "not in gazetteer: Jabal"


def test_a_name_the_main_tiers_place_resolves_exactly_as_before(gaz: Gazetteer, main_tiers_only: Gazetteer) -> None:
    baiji = resolve_location("in the area of the city of Baiji", country="Iraq", admin1="Salah al-Din", gazetteer=gaz)
    assert baiji.place.gazetteer_ids == ("geonames:97783",) and baiji.candidates[0].tier == "main"
    for phrase, country, admin1 in [
        ("in the area of the city of Baiji", "Iraq", "Salah al-Din"),
        ("in Tal Afar", "Iraq", "Nineveh"),
        ("in the village of Atshan, about 30 km northeast of Hama", "Syria", "Hama"),
        ("east of Albukamal", "Syria", "Deir ez-Zor"),
        ("in Al-Baghouz", "Syria", None),
        ("in Baghuz", "Syria", "Al-Hasakah"),  # a far namesake: "Baghuz" is also an alternate of two Hasakah villages
        ("on the edge of the Al-Rami camp for displaced people near Ariha in Idlib", "Syria", "Idlib"),
    ]:
        assert (
            resolve_location(phrase, country, admin1, gazetteer=gaz).place
            == resolve_location(phrase, country, admin1, gazetteer=main_tiers_only).place
        ), phrase


def test_an_ambiguous_alternate_name_only_match_is_not_taken(gaz: Gazetteer) -> None:
    # "Ali Ahmad Beg" is no village's GeoNames name, only an alternate name of two Diyala villages.
    assert gaz.lookup_village("Ali Ahmad Beg", "Iraq", "Diyala")[0] == []
    p = resolve_location("in the village of Ali Ahmad Beg", country="Iraq", admin1="Diyala", gazetteer=gaz).place
    assert not p.resolved and p.gazetteer_ids == ("admin1:IQ-DI",)
    # Without a governorate an alternate-name match is never taken, however unique in the country.
    assert gaz.lookup_village("Jurf al-Sakhar", "Iraq")[0] == []


def test_the_tier_loads_from_a_fresh_key_index(tmp_path: Path) -> None:
    fresh = load_village_tier()
    assert fresh is not None and fresh.prebuilt, "run: python -m mesint.geo.villages"
    assert len(fresh) == 32_586
    rebuilt = tmp_path / "keys.tsv"
    write_index(VILLAGE_CSV, rebuilt)
    assert rebuilt.read_bytes() == VILLAGE_KEYS.read_bytes()


def test_load_gazetteer_does_not_read_the_village_tier_until_asked() -> None:
    fresh = load_gazetteer.__wrapped__()  # a new gazetteer, not the cached one
    assert fresh.village_csv == VILLAGE_CSV and not fresh._villages_loaded
    fresh.find_names("Fighting in Balanjiyah and in Baiji.", "Iraq")
    resolve_location("in Baiji", country="Iraq", gazetteer=fresh)  # a name the main tiers place
    assert not fresh._villages_loaded
    resolve_location("in Balanjiyah", country="Iraq", gazetteer=fresh)
    assert fresh._villages_loaded
