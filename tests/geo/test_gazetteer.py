"""The bundled gazetteer: governorate names, lookup, free-text names, boundaries, load time."""

from __future__ import annotations

import pytest

from mesint.geo import Candidate, Gazetteer, load_gazetteer
from mesint.geo.gazetteer import Governorate, km_between


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Salahuddin", "Salah al-Din"),
        ("Saladin", "Salah al-Din"),
        ("Sala ad-Din", "Salah al-Din"),
        ("Salah ad Din", "Salah al-Din"),
        ("Ninawa", "Nineveh"),
        ("Ninewa", "Nineveh"),
        ("Anbar", "Al-Anbar"),
        ("Al-Anbar Province", "Al-Anbar"),
        ("At-Ta'mim", "Kirkuk"),
        ("Tamim", "Kirkuk"),
        ("Dayr az Zawr", "Deir ez-Zor"),
        ("Deir al-Zour", "Deir ez-Zor"),
        ("Deir-ez-Zor", "Deir ez-Zor"),
        ("Al-Hasakeh", "Al-Hasakah"),
        ("Hasaka", "Al-Hasakah"),
        ("Ar-Raqqah", "Raqqa"),
        ("Raqqah", "Raqqa"),
        ("Idleb", "Idlib"),
        ("Lattakia", "Latakia"),
        ("Tartous", "Tartus"),
        ("Dar'a", "Daraa"),
        ("Deraa", "Daraa"),
        ("Sweida", "As-Suwayda"),
        ("As-Sweida", "As-Suwayda"),
        ("Rural Damascus", "Rif Dimashq"),
        ("Damascus countryside", "Rif Dimashq"),
        ("Reef Damascus", "Rif Dimashq"),
        ("Babylon", "Babil"),
        ("Kerbala", "Karbala"),
        ("Qadissiya", "Al-Qadisiyah"),
        ("Diwaniyah", "Al-Qadisiyah"),
        ("Muthanna", "Al-Muthanna"),
        ("Thi Qar", "Dhi Qar"),
        ("Missan", "Maysan"),
        ("Basrah", "Basra"),
        ("Arbil", "Erbil"),
        ("Irbil", "Erbil"),
        ("Hawler", "Erbil"),
        ("Duhok", "Dohuk"),
        ("Dahuk", "Dohuk"),
        ("Sulaimaniya", "Sulaymaniyah"),
        ("Slemani", "Sulaymaniyah"),
    ],
)
def test_canonical_admin1(gaz: Gazetteer, alias: str, canonical: str) -> None:
    assert gaz.canonical_admin1(alias) == canonical


def test_admin1_unknown_and_countries(gaz: Gazetteer) -> None:
    assert gaz.canonical_admin1("Narnia") is None
    assert gaz.admin1_country("Salah al-Din") == "Iraq"
    assert gaz.admin1_country("Hasakah") == "Syria"
    assert len(gaz.admin1_names("Iraq")) == 19
    assert len(gaz.admin1_names("SY")) == 14


def test_admin1_centroid_is_the_capital(gaz: Gazetteer) -> None:
    lat, lon = gaz.admin1_centroid("Al-Anbar") or (0.0, 0.0)
    assert km_between(lat, lon, 33.42, 43.31) < 2  # Ramadi


@pytest.mark.parametrize(
    ("lat", "lon", "admin1"),
    [
        (34.45, 40.92, "Deir ez-Zor"),  # Albukamal
        (34.39, 40.99, "Al-Anbar"),  # Al-Qaim, across the border
        (36.34, 43.13, "Nineveh"),  # Mosul
        (33.51, 36.29, "Damascus"),
        (33.57, 36.40, "Rif Dimashq"),  # Douma, outside the Damascus hole
        (35.18, 45.99, "Halabja"),
        (31.0, 30.0, None),  # Egypt
    ],
)
def test_admin1_at(gaz: Gazetteer, lat: float, lon: float, admin1: str | None) -> None:
    assert gaz.admin1_at(lat, lon) == admin1


def test_lookup_albukamal_spellings(gaz: Gazetteer) -> None:
    for spelling in ("Albukamal", "Abu Kamal", "Al-Bukamal", "Al Bu Kamal"):
        best = gaz.lookup(spelling, country="Syria")[0]
        assert best.admin1 == "Deir ez-Zor"
        assert km_between(best.lat, best.lon, 34.45, 40.92) < 3


def test_lookup_prefers_town_over_area_and_respects_country(gaz: Gazetteer) -> None:
    best = gaz.lookup("Tal Abyad", country="Syria", admin1="Raqqa")[0]
    assert best.kind in ("town", "city") and best.admin1 == "Raqqa"
    assert gaz.lookup("Baiji", country="Iraq")[0].admin1 == "Salah al-Din"
    assert gaz.lookup("Bayji", country="Syria") == []


@pytest.mark.parametrize("name", ["Foshan", "Imam Qasim Foshan", "Narnia", "Gondor"])
def test_lookup_unknown_names(gaz: Gazetteer, name: str) -> None:
    assert gaz.lookup(name, country="Syria") == []


def test_no_fuzzy_match_across_names(gaz: Gazetteer) -> None:
    assert all(c.name != "Foshan" for c in gaz.lookup("Atshan"))
    qaim = gaz.lookup("Al-Qaim", country="Iraq")
    assert qaim and all("Imam" not in c.name for c in qaim)


def test_find_names(gaz: Gazetteer) -> None:
    text = (
        "ISIS attacked the Iraqi Army in Al-Qaim and near the Police Center of Baiji; "
        "the SDF advanced on Al-Baghouz Fawqani, east of Albukamal, and Deir ez-Zor."
    )
    hits = gaz.find_names(text)
    found = [h.text for h in hits]
    assert found == ["Al-Qaim", "Baiji", "Al-Baghouz Fawqani", "Albukamal", "Deir ez-Zor"]
    for h in hits:
        assert text[h.start : h.end] == h.text
    assert "Police" not in found and "Army" not in found and "Center" not in found


def test_find_names_stop_list_and_case(gaz: Gazetteer) -> None:
    assert gaz.find_names("Iran and Turkey and Jordan said the army and police in the center") == []
    assert gaz.find_names("the mosul dam") == []  # lower case is never a name


def test_find_names_country_filter(gaz: Gazetteer) -> None:
    assert [h.text for h in gaz.find_names("clashes in Hit and Raqqa", country="Iraq")] == ["Hit"]


def test_tiny_gazetteer_from_rows() -> None:
    gov = Governorate("Arnor", "Syria", "XX-AR", "Fornost", 35.0, 38.0, "capital", None, ("Arnorland",))
    cand = Candidate("t:1", "Fornost", 35.0, 38.0, "Arnor", "Syria", "capital", 1000)
    gaz = Gazetteer.build([(cand, ["Fornost", "Norbury"])], [gov])
    assert gaz.lookup("Norbury")[0].name == "Fornost"
    assert gaz.canonical_admin1("Arnorland") == "Arnor"
    assert [h.text for h in gaz.find_names("Riders reached Norbury at dawn.")] == ["Norbury"]


def test_supplement_rows_have_provenance() -> None:
    import csv

    from mesint.geo.gazetteer import GAZETTEER_DIR

    with (GAZETTEER_DIR / "supplement.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 300
    assert all(r["provenance"] for r in rows)
    assert {r["country"] for r in rows} == {"IQ", "SY"}


def test_a_variant_spelling_names_its_place_without_a_country_when_all_its_places_lie_in_one(gaz: Gazetteer) -> None:
    # "Makhmour" is no printed spelling of Mexmur, but every place it may be is in Iraq
    (hit,) = gaz.find_names("a drone hit a house in Makhmour on Tuesday")
    assert {c.country for c in hit.candidates} == {"Iraq"}
    assert gaz.lookup("Makhmour")[0].country == "Iraq"
