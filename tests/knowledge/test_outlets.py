"""The outlet registry: attributions as reports print them -> registry entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from mesint.errors import DataFileError
from mesint.knowledge.outlets import (
    OUTLET_KINDS,
    RELIABILITY_GRADES,
    Outlet,
    load_outlets,
    parse_outlets,
    read_outlets,
)


@pytest.fixture(scope="module")
def outlets():
    return load_outlets()


# (outlet as printed in an attribution, registry name)
ATTRIBUTIONS = [
    ("Al-Hashed.net Popular Mobilization website", "Al-Hashed.net"),
    (
        "IWN@A7_Mirza Twitter account of the IWN news website, probably affiliated with the Iranian"
        " Revolutionary Guards",
        "IWN",
    ),
    ("Ahval, a Turkish news website", "Ahval"),
    ("YPG website ypgrojava.org", "YPG website"),
    ("DeirEzzoreNow Twitter account", "DeirEzzoreNow"),
    ("Furat Post Twitter account", "Furat Post"),
    ("Euphrates Post", "Furat Post"),
    ("Al-Ikhbariya al-Suriya channel", "Al-Ikhbariya al-Suriya"),
    ("Al-Sham Province, Aleppo area", "Al-Sham Province"),
    ("Iraq \u2013 Dijla Province", "Iraq \u2013 Dijla Province"),
    ("Iraq - Dijla Province", "Iraq \u2013 Dijla Province"),
    ("Khotwa", "Step News Agency"),
    ("Step News Agency Telegram channel", "Step News Agency"),
    ("Baladi", "Enab Baladi"),
    ("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
    ("SOHR", "Syrian Observatory for Human Rights"),
    ("Shabakat Shumukh", "Shabakat Shumukh"),
    ("Al-Sumaria News", "Al-Sumaria News"),
    ("Alsumaria", "Al-Sumaria News"),
    ("Iraqi News Agency", "Iraqi News Agency"),
    ("INA", "Iraqi News Agency"),
    ("Butulat Al-Jaysh Al-Suri", "Butulat Al-Jaysh Al-Suri"),
    ("SANA", "SANA"),
    ("Syrian TV", "Syrian TV"),
    ("Syria TV", "Syria TV"),
    ("Manbij Military Council website", "Manbij Military Council website"),
    ("SDF Press", "SDF Press"),
    ("Awaken the Believers operations room", "Awaken the Believers operations room"),
    ("Anadolu News Agency", "Anadolu News Agency"),
    ("Turkish News Agency", "Anadolu News Agency"),
    ("US Department of Defense website", "US Department of Defense"),
    ("DNI website", "DNI"),
    ("US Senate website", "US Senate"),
    ("Nezavisimaya Gazeta", "Nezavisimaya Gazeta"),
    ("Kommersant", "Kommersant"),
    ("Asharq Al-Awsat", "Asharq Al-Awsat"),
    ("CNN", "CNN"),
    ("Reuters", "Reuters"),
    ("the Associated Press", "Associated Press"),
    ("AP", "Associated Press"),
    ("A\u2019maq", "Amaq News Agency"),
    ("Amaq News Agency via Telegram", "Amaq News Agency"),
    ("Al-Naba weekly", "Al-Naba"),
    ("Hawar news agency (ANHA)", "Hawar News Agency"),
    ("Kurdistan 24 TV channel", "Kurdistan 24"),
    ("Rudaw", "Rudaw"),
    ("Shafaq News", "Shafaq News"),
    ("Iraqi Security Media Cell Twitter account", "Iraqi Security Media Cell"),
    ("CJTF-OIR press release", "CJTF-OIR"),
    ("Operation Inherent Resolve", "CJTF-OIR"),
    ("U.S. Central Command", "CENTCOM"),
    ("Ibaa News Agency", "Ibaa News Agency"),
    ("Al-Mayadeen", "Al-Mayadeen"),
    ("Al Manar TV", "Al-Manar"),
    ("TASS", "TASS"),
    ("RIA Novosti", "RIA Novosti"),
    ("Sputnik Arabic", "Sputnik"),
    ("Xinhua", "Xinhua"),
    ("Sham FM radio station Facebook page", "Sham FM"),
    ("North Press", "North Press Agency"),
    ("Deir Ezzor 24", "Deir Ezzor 24"),
]


@pytest.mark.parametrize(("printed", "name"), ATTRIBUTIONS, ids=[a[0][:40] for a in ATTRIBUTIONS])
def test_attribution_matches_outlet(outlets, printed, name):
    outlet = outlets.match(printed)
    assert outlet is not None and outlet.name == name


@pytest.mark.parametrize(
    "printed",
    [
        "Russian media",
        "Turkish presidential spokesperson",
        "a website affiliated with the Syrian army",
        "",
        "local sources",
        "activists",
    ],
)
def test_unknown_outlets_match_nothing(outlets, printed):
    assert outlets.match(printed) is None


def test_outlet_record(outlets):
    iwn = outlets.match("IWN news website")
    assert isinstance(iwn, Outlet)
    assert (iwn.kind, iwn.country, iwn.reliability) == ("social media account", "Iran", "D")
    assert iwn.affiliation == "Iranian Revolutionary Guards (probable)"
    assert outlets.get("amaq").affiliation == "ISIS"
    assert outlets.get("Reuters").reliability_label == "Usually reliable"


def test_independence(outlets):
    assert not outlets.independent("SANA", "Syrian TV")  # one government's media
    assert outlets.independent("SANA", "Syrian Observatory for Human Rights")
    assert not outlets.independent("IWN", "Tasnim")  # the same affiliation, qualifier aside
    assert outlets.independent("Fars", "Tasnim")  # listed as independent of each other
    assert not outlets.independent("Reuters", "Reuters news agency")
    assert outlets.independent("Reuters", "AFP")
    assert outlets.independent("Some blog", "Another blog")


def test_registry_size_and_vocabulary(outlets):
    assert len(outlets) >= 80
    for outlet in outlets:
        assert outlet.kind in OUTLET_KINDS
        assert outlet.reliability in RELIABILITY_GRADES
        assert outlets.match(outlet.name) is outlet
        for alias in outlet.aliases:
            assert outlets.get(alias) is not None


def test_load_is_cached():
    assert load_outlets() is load_outlets()


GOOD = {
    "name": "Test Wire",
    "aliases": ["TW"],
    "kind": "international wire",
    "country": None,
    "affiliation": None,
    "reliability": "B",
}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"version": 1, "outlets": [{**GOOD, "kind": "blog"}]}, "kind 'blog'"),
        ({"version": 1, "outlets": [{**GOOD, "reliability": "G"}]}, "Admiralty"),
        ({"version": 1, "outlets": [{k: v for k, v in GOOD.items() if k != "affiliation"}]}, "missing keys"),
        ({"version": 1, "outlets": [GOOD, GOOD]}, "already used"),
        ({"version": 1, "outlets": [{**GOOD, "independent_of": ["Nobody"]}]}, "unknown outlet"),
        ({"version": 1, "outlets": [{**GOOD, "aliases": "TW"}]}, "list of non-empty strings"),
        ({"version": 3, "outlets": [GOOD]}, "unsupported version"),
    ],
)
def test_malformed_registry_raises_data_file_error(data, message):
    with pytest.raises(DataFileError, match=message):
        parse_outlets(data, "custom.yaml")


def test_malformed_yaml_file(tmp_path: Path):
    bad = tmp_path / "outlets.yaml"
    bad.write_text(
        "version: 1\noutlets:\n  - name: X\n    kind: gossip\n    country: null\n"
        "    affiliation: null\n    reliability: C\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match=r"outlets\.yaml: entry 1 \('X'\): kind 'gossip'"):
        read_outlets(bad)
    bad.write_text("outlets: {", encoding="utf-8")
    with pytest.raises(DataFileError, match="not valid YAML"):
        read_outlets(bad)
