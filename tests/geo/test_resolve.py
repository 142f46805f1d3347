"""Phrase -> Place on hand-checked phrases for Iraq and Syria, including names that must not match."""

from __future__ import annotations

import json

import pytest

from mesint.geo import load_gazetteer, resolve_location
from mesint.geo.gazetteer import km_between
from mesint.vocab import GeoPrecision

# phrase, country, admin1, anchor_hint, expected (lat, lon), tolerance km, precision
CASES: list[tuple[str, str | None, str | None, str | None, tuple[float, float], float, int]] = [
    # --- Iraq
    ("around 37 km north of Baghdad", "Iraq", None, None, (33.674, 44.401), 1, 2),
    ("39 km north of Mosul", "Iraq", "Nineveh", None, (36.686, 43.119), 1, 2),
    ("near the 60th kilometer west of Ramadi", "Iraq", "Al-Anbar", None, (33.419, 42.663), 1, 2),
    ("near Haditha (around 195 km northwest of Baghdad)", "Iraq", "Al-Anbar", None, (34.137, 42.377), 2, 2),
    ("in the city of Mosul", "Iraq", "Nineveh", None, (36.335, 43.119), 2, 1),
    ("in the area of the city of Baiji", "Iraq", "Salah al-Din", None, (34.929, 43.489), 2, 2),
    ("in the Samarra area", "Iraq", "Salah al-Din", None, (34.196, 43.886), 2, 2),
    # a bare direction from a town: the town itself, precision 2 (ACLED); a city of a million keeps the offset
    ("in an ambush southeast of Samarra", "Iraq", "Salah al-Din", None, (34.196, 43.886), 3, 2),
    ("northeast of Tikrit", "Iraq", "Salah al-Din", None, (34.616, 43.679), 3, 2),
    ("west of Kirkuk", "Iraq", "Kirkuk", None, (35.468, 44.12), 4, 2),
    ("near the city of Al-Qaim", "Iraq", "Al-Anbar", None, (34.39, 40.99), 3, 2),
    ("in the Al-Hawija District west of Kirkuk", "Iraq", "Kirkuk", None, (35.326, 43.773), 2, 2),
    ("in Baiji district of Salah al-Din", "Iraq", None, None, (34.929, 43.489), 2, 2),
    ("Al-Anbar Province", "Iraq", None, None, (33.421, 43.308), 1, 3),
    ("in Fallujah", "Iraq", "Anbar", None, (33.349, 43.786), 2, 1),
    ("in the village of Al-Karmah, northeast of Fallujah", "Iraq", "Al-Anbar", None, (33.40, 43.91), 3, 1),
    ("in Bayji", "Iraq", "Salahuddin", None, (34.929, 43.489), 2, 1),
    ("in Tal Afar", "Iraq", "Ninawa", None, (36.379, 42.448), 2, 1),
    ("on Sinjar Mountain", "Iraq", "Nineveh", None, (36.38, 41.85), 3, 2),
    ("in Jalawla in northern Diyala", "Iraq", "Diyala", None, (34.27, 45.16), 2, 1),
    ("about 20 km south of Kirkuk", "Iraq", "Kirkuk", None, (35.288, 44.392), 1, 2),
    ("in the Tarmiyah area north of Baghdad", "Iraq", "Baghdad", None, (33.674, 44.396), 3, 2),
    ("in Camp Speicher", "Iraq", "Salah al-Din", None, (34.66, 43.55), 3, 1),
    ("in Khanaqin", "Iraq", "Diyala", None, (34.348, 45.391), 2, 1),
    # --- Syria
    (
        "in the village of Atshan, about 30 km northeast of Hama",
        "Syria",
        "Hama",
        None,
        (35.407, 36.824),
        2,
        1,
    ),
    ("into the city of Albukamal", "Syria", "Deir ez-Zor", None, (34.452, 40.919), 2, 1),
    ("at the city of Abu Kamal", "Syria", "Deir ez-Zor", None, (34.452, 40.919), 2, 1),
    ("east of Albukamal", "Syria", "Deir ez-Zor", None, (34.452, 40.919), 3, 2),
    ("in the Hajin rural area", "Syria", "Deir ez-Zor", None, (34.695, 40.831), 2, 2),
    ("in the Hajin area", "Syria", "Deir ez-Zor", None, (34.695, 40.831), 2, 2),
    ("in west Aleppo", "Syria", "Aleppo", None, (36.201, 37.07), 4, 2),
    ("in the rural area east of Aleppo", "Syria", "Aleppo", None, (36.20, 37.44), 4, 2),
    ("the southern Aleppo region", "Syria", "Aleppo", None, (35.98, 37.16), 5, 2),
    ("in the northern Al-Ghab Plain", "Syria", "Hama", None, (35.69, 36.33), 3, 2),
    ("in the city (Manbij)", "Syria", "Aleppo", None, (36.528, 37.955), 2, 1),
    (
        "about 42 km west of the city, on the road between Manbij and Al-Bab",
        "Syria",
        "Aleppo",
        "Manbij",
        (36.527, 37.486),
        1,
        2,
    ),
    # a road between two towns is placed at the first one named (ACLED), its whole length the uncertainty
    ("on the road between Manbij and Al-Bab", "Syria", "Aleppo", None, (36.528, 37.955), 2, 2),
    ("in the Al-Sukhnah Desert west of the Euphrates River", "Syria", "Homs", None, (34.89, 38.87), 3, 2),
    ("the outskirts of the village of Al-Marashida", "Syria", "Deir ez-Zor", None, (34.56, 40.88), 2, 2),
    (
        "in the village of Al-Baghouz [Tahtani], near the Syrian-Iraqi border",
        "Syria",
        "Deir ez-Zor",
        None,
        (34.435, 40.975),
        2,
        1,
    ),
    ("Tal Abyad town in Raqqa countryside", "Syria", None, None, (36.696, 38.954), 3, 1),
    ("in Deir ez-Zor", "Syria", None, None, (35.336, 40.141), 2, 1),
    ("in Dayr az Zawr province", "Syria", None, None, (35.336, 40.141), 2, 3),
    ("(the Idlib de-escalation zone)", "Syria", "Idlib", None, (35.931, 36.634), 2, 3),
    ("in Jisr al-Shughur", "Syria", "Idleb", None, (35.81, 36.32), 3, 1),
    ("near Palmyra", "Syria", "Homs", None, (34.56, 38.28), 3, 2),
    ("in the T4 Air Base", "Syria", "Homs", None, (34.52, 37.63), 3, 1),
    ("in Al-Tanf", "Syria", None, None, (33.50, 38.66), 3, 1),
    ("in Eastern Ghouta", "Syria", "Rif Dimashq", None, (33.54, 36.40), 3, 2),
    ("5 km north of Ras al-Ain", "Syria", "Al-Hasakah", None, (36.89, 40.07), 3, 2),
]


@pytest.mark.parametrize(("phrase", "country", "admin1", "hint", "expected", "tol", "precision"), CASES)
def test_resolve(
    phrase: str,
    country: str | None,
    admin1: str | None,
    hint: str | None,
    expected: tuple[float, float],
    tol: float,
    precision: int,
) -> None:
    place = resolve_location(phrase, country=country, admin1=admin1, anchor_hint=hint).place
    assert place.lat is not None and place.lon is not None
    assert km_between(place.lat, place.lon, *expected) <= tol, (place, expected)
    assert place.precision == precision
    assert place.uncertainty_km is not None and place.uncertainty_km > 0


def test_offsets_carry_anchor_distance_and_bearing() -> None:
    place = resolve_location("about 30 km northeast of Hama", country="Syria").place
    assert place.anchor and "Ham" in place.anchor
    assert place.offset_km == 30 and place.bearing_deg == 45
    assert place.precision == GeoPrecision.NEAR
    assert place.uncertainty_km is not None and place.uncertainty_km > 5


def test_hedged_offset_is_less_certain() -> None:
    exact = resolve_location("30 km north of Mosul", country="Iraq").place
    hedged = resolve_location("about 30 km north of Mosul", country="Iraq").place
    assert hedged.uncertainty_km is not None and exact.uncertainty_km is not None
    assert hedged.uncertainty_km > exact.uncertainty_km


@pytest.mark.parametrize("phrase", [None, ""])
def test_empty_phrase_gives_governorate(phrase: str | None) -> None:
    place = resolve_location(phrase, country="Iraq", admin1="Al-Anbar").place
    assert place.precision == GeoPrecision.REGION
    assert place.admin1 == "Al-Anbar"
    assert place.resolved is False
    assert place.lat is not None and km_between(place.lat, place.lon or 0, 33.42, 43.31) < 2


def test_border_phrase_falls_back_to_governorate() -> None:
    place = resolve_location("near the Syrian-Iraqi border", country="Iraq", admin1="Salah al-Din").place
    assert place.precision == GeoPrecision.REGION
    assert place.admin1 == "Salah al-Din"


# --- names that must NOT match
@pytest.mark.parametrize(
    ("phrase", "country", "admin1"),
    [
        ("in the village of Foshanabad", "Syria", "Hama"),
        ("in the village of Umm Zaytuna al-Gharbiya", "Syria", "Raqqa"),
        ("in the village of Imam Qasimiyya", "Iraq", "Al-Anbar"),
        ("in the village of Kharbat Zubaydiyat", "Iraq", "Diyala"),
    ],
)
def test_unknown_village_is_unresolved_with_governorate_fallback(
    phrase: str, country: str, admin1: str
) -> None:
    res = resolve_location(phrase, country=country, admin1=admin1)
    place = res.place
    assert place.resolved is False
    assert place.precision == GeoPrecision.REGION
    assert place.admin1 == admin1
    assert place.note and ("not in gazetteer" in place.note or "namesakes elsewhere ignored" in place.note)


def test_atshan_is_not_foshan() -> None:
    res = resolve_location("in Atshan", country="Syria")
    assert res.place.name == "Atshan"
    assert all(c.name != "Foshan" for c in res.candidates)


def test_al_qaim_is_not_imam_qasim() -> None:
    res = resolve_location("near the city of Al-Qaim", country="Iraq")
    assert res.place.admin1 == "Al-Anbar"
    assert all("Imam" not in c.name for c in res.candidates)


def test_no_far_away_namesake_from_other_governorate() -> None:
    # A Syrian village name given with an Iraqi context must not jump to Syria.
    place = resolve_location("in the village of Atshan", country="Iraq", admin1="Kirkuk").place
    assert place.country == "Iraq"
    assert place.resolved is False


def test_unknown_village_with_offset_uses_offset_point() -> None:
    place = resolve_location("in the village of Zzyzxa, about 20 km east of Raqqa", country="Syria").place
    assert place.precision == GeoPrecision.NEAR
    assert place.resolved is False
    assert place.lat is not None and km_between(place.lat, place.lon or 0, 35.95, 39.23) < 2


def test_point_outside_named_governorate_is_flagged() -> None:
    place = resolve_location("east of Albukamal", country="Syria", admin1="Deir ez-Zor").place
    if place.admin1 != "Deir ez-Zor":
        assert place.note and "outside" in place.note
    far = resolve_location("in Mosul", country="Iraq", admin1="Basra").place
    assert far.resolved is False or (far.note and "outside" in far.note)


def test_explain_is_json_able() -> None:
    res = resolve_location(
        "in the village of Atshan, about 30 km northeast of Hama", country="Syria", admin1="Hama"
    )
    data = json.loads(json.dumps(res.explain()))
    assert data["place"]["precision"] == 1
    assert data["candidates"] and data["reasoning"]
    assert data["offset"] is None or data["offset"]["bearing_deg"] == 45


def test_resolution_is_fast() -> None:
    import time

    load_gazetteer()
    t = time.perf_counter()
    for _ in range(50):
        resolve_location(
            "in the village of Atshan, about 30 km northeast of Hama", country="Syria", admin1="Hama"
        )
    assert (time.perf_counter() - t) / 50 < 0.005
