"""The actor alias table: phrase -> canonical actor, as the extractor sees report sentences."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from mesint.errors import DataFileError
from mesint.knowledge.actors import (
    ACTOR_KINDS,
    ActorMatch,
    alias_key,
    load_actor_table,
    parse_actor_table,
    read_actor_table,
)


@pytest.fixture(scope="module")
def table():
    return load_actor_table()


def canonicals(table, text, country=None, on=None):
    return [m.canonical for m in table.find(text, country=country, on=on)]


# (sentence, event country, the actors it names, left to right)
PHRASES = [
    # Syria: the sample digest's phrasings and others of the genre
    (
        "clashes continued between the Syrian army and the Headquarters for the Liberation of Al-Sham",
        "Syria",
        ["Military Forces of Syria", "Hayat Tahrir al-Sham (HTS)"],
    ),
    ("the Guardians of Religion Organization fired guns", "Syria", ["Hurras al-Din"]),
    (
        "clashes took place between the ISIS operatives and the Syrian army and the forces supporting it",
        "Syria",
        ["Islamic State (ISIS)", "Military Forces of Syria"],
    ),
    (
        "sniper fire at a force supporting the Syrian army in west Aleppo",
        "Syria",
        ["Military Forces of Syria"],
    ),
    (
        "The \u201cAwaken the Believers\u201d operations room (affiliated with Al-Qaeda) reported",
        "Syria",
        ["Wa Harid al-Muminin operations room", "Al-Qaeda"],
    ),
    ("the rebel organizations sustained casualties", "Syria", ["Rebel groups (Syria)"]),
    ("other jihadi organizations", "Syria", ["Rebel groups (Syria)"]),
    (
        "ISIS detonated an IED against SDF vehicles",
        "Syria",
        ["Islamic State (ISIS)", "Syrian Democratic Forces (SDF)"],
    ),
    (
        "The Kurdish forces reported that they had captured six ISIS foreign fighters",
        "Syria",
        ["People's Protection Units (YPG)", "Islamic State (ISIS)"],
    ),
    (
        "negotiations with the SDF forces and the International Coalition",
        "Syria",
        ["Syrian Democratic Forces (SDF)", "Global Coalition against Daesh"],
    ),
    ("hundreds of residents of Manbij staged a demonstration", "Syria", ["Civilians (Syria)"]),
    (
        "The demonstrators expressed support for the Manbij Military Council",
        "Syria",
        ["Protesters (Syria)", "Manbij Military Council"],
    ),
    ("killing three Syrian soldiers", "Syria", ["Military Forces of Syria"]),
    ("SAA units advanced on Kafr Nabudah", "Syria", ["Military Forces of Syria"]),
    (
        "The Tiger Forces and the 4th Division shelled the town",
        "Syria",
        ["Military Forces of Syria", "Military Forces of Syria"],
    ),
    ("Russian warplanes struck Maarat al-Numan", "Syria", ["Military Forces of Russia"]),
    (
        "Turkish-backed Syrian National Army factions shelled Ain Issa",
        "Syria",
        ["Syrian National Army (SNA)"],
    ),
    ("Free Syrian Army fighters", "Syria", ["Syrian National Army (SNA)"]),
    (
        "the Sultan Murad Division and the Hamza Division",
        "Syria",
        ["Sultan Murad Division", "Hamza Division"],
    ),
    (
        "Ahrar al-Sham and Faylaq al-Sham, members of the National Front for Liberation",
        "Syria",
        ["Ahrar al-Sham", "Faylaq al-Sham", "National Front for Liberation"],
    ),
    ("Jaysh al-Izza and Jaish al-Islam", "Syria", ["Jaysh al-Izza", "Jaysh al-Islam"]),
    (
        "the Turkistan Islamic Party (TIP) and Ansar al-Tawhid",
        "Syria",
        ["Turkistan Islamic Party (TIP)", "Ansar al-Tawhid"],
    ),
    (
        "Hay\u2019at Tahrir al-Sham (HTS) detained a journalist",
        "Syria",
        ["Hayat Tahrir al-Sham (HTS)", "Civilians (Syria)"],
    ),
    ("Israeli warplanes struck Iranian positions near Damascus", "Syria", ["Military Forces of Israel"]),
    (
        "Turkish-backed forces detained an HTS operative in Azaz",
        "Syria",
        ["Syrian National Army (SNA)", "Hayat Tahrir al-Sham (HTS)"],
    ),
    (
        "HTS fighters attacked a Russian position near Kafr Nabudah",
        "Syria",
        ["Hayat Tahrir al-Sham (HTS)", "Military Forces of Russia"],
    ),
    ("IRGC advisers and Hezbollah fighters", "Syria", ["Military Forces of Iran", "Hezbollah"]),
    ("Liwa Fatemiyoun and the NDF", "Syria", ["Liwa Fatemiyoun", "National Defence Forces (NDF)"]),
    ("Liwa al-Quds fighters", "Syria", ["Liwa al-Quds"]),
    ("Wagner mercenaries near Palmyra", "Syria", ["Wagner Group"]),
    (
        "YPJ fighters and the Asayish",
        "Syria",
        ["Women's Protection Units (YPJ)", "Asayish (North and East Syria)"],
    ),
    ("the Deir ez-Zor Military Council", "Syria", ["Deir ez-Zor Military Council"]),
    (
        "US forces and coalition aircraft",
        "Syria",
        ["Military Forces of the United States", "Global Coalition against Daesh"],
    ),
    (
        "Arab tribesmen attacked an SDF checkpoint",
        "Syria",
        ["Unidentified Tribal Militia (Syria)", "Syrian Democratic Forces (SDF)"],
    ),
    (
        "unidentified gunmen killed a mukhtar",
        "Syria",
        ["Unidentified Armed Group (Syria)", "Civilians (Syria)"],
    ),
    ("armed terrorist groups targeted Jourin with rockets", "Syria", ["Rebel groups (Syria)"]),
    ("the Al-Sham Province claimed the attack", "Syria", ["Islamic State (ISIS)"]),
    ("Jordanian border guards", "Syria", ["Military Forces of Jordan"]),
    # Iraq
    ("Attack on an oil police position around 37 km north of Baghdad", "Iraq", ["Police Forces of Iraq"]),
    ("The killing of two members of the Tribal Mobilization", "Iraq", ["Tribal Mobilization Forces"]),
    ("The downing of an Iraqi army reconnaissance drone", "Iraq", ["Military Forces of Iraq"]),
    (
        "ISIS operatives attacked an Iraqi Border Police position",
        "Iraq",
        ["Islamic State (ISIS)", "Police Forces of Iraq"],
    ),
    ("a vehicle belonging to an Iraqi Special Forces unit", "Iraq", ["Military Forces of Iraq"]),
    (
        "a vehicle of the Popular Mobilization in the area of Baiji",
        "Iraq",
        ["Popular Mobilization Forces (PMF)"],
    ),
    ("a collaborator with the Iraqi army", "Iraq", ["Civilians (Iraq)", "Military Forces of Iraq"]),
    ("Nine Shiites visiting the province were killed", "Iraq", ["Civilians (Iraq)"]),
    ("(Iraq \u2013 Dijla Province, February 4, 2019)", "Iraq", ["Islamic State (ISIS)"]),
    (
        "Daesh terrorists attacked a Hashd al-Shaabi checkpoint",
        "Iraq",
        ["Islamic State (ISIS)", "Popular Mobilization Forces (PMF)"],
    ),
    ("Kataib Hezbollah and Asa'ib Ahl al-Haq", "Iraq", ["Kataib Hezbollah", "Asaib Ahl al-Haq"]),
    (
        "the Badr Organization and Kataib Sayyid al-Shuhada",
        "Iraq",
        ["Badr Organization", "Kataib Sayyid al-Shuhada"],
    ),
    ("Harakat al-Nujaba and Saraya al-Salam", "Iraq", ["Harakat Hezbollah al-Nujaba", "Saraya al-Salam"]),
    (
        "the Counter-Terrorism Service (CTS) and the Federal Police",
        "Iraq",
        ["Military Forces of Iraq", "Police Forces of Iraq"],
    ),
    ("Emergency Response Division units", "Iraq", ["Police Forces of Iraq"]),
    ("Peshmerga forces repelled an attack", "Iraq", ["Peshmerga"]),
    ("Kurdish forces in Makhmour", "Iraq", ["Peshmerga"]),
    ("the Sinjar Resistance Units (YBS)", "Iraq", ["Sinjar Resistance Units (YBS)"]),
    (
        "Turkish drones struck PKK positions",
        "Iraq",
        ["Military Forces of Turkey", "Kurdistan Workers' Party (PKK)"],
    ),
    ("HPG guerrillas", "Iraq", ["Kurdistan Workers' Party (PKK)"]),
    (
        "On 12 May 2021, IS militants attacked an army checkpoint near Tarmiyah",
        "Iraq",
        ["Islamic State (ISIS)", "Military Forces of Iraq"],
    ),
    (
        "unknown gunmen shot dead two protesters in Nasiriyah",
        "Iraq",
        ["Unidentified Armed Group (Iraq)", "Protesters (Iraq)"],
    ),
    ("terrorists attacked a checkpoint", "Iraq", ["Islamic State (ISIS)"]),
    ("militants attacked a checkpoint", "Iraq", ["Islamic State (ISIS)"]),
    ("militants attacked a checkpoint", "Syria", ["Unidentified Armed Group (Syria)"]),
    ("Iranian-backed militias fired rockets", "Iraq", ["Popular Mobilization Forces (PMF)"]),
    ("Iranian-backed militias fired rockets", "Syria", ["Iran-backed militias"]),
    ("rioters stormed the consulate", "Iraq", ["Rioters (Iraq)"]),
    ("police officers were wounded", "Iraq", ["Police Forces of Iraq"]),
    ("security forces arrested a suspect", "Syria", ["Military Forces of Syria"]),
    ("tribal gunmen clashed", "Iraq", ["Unidentified Tribal Militia (Iraq)"]),
    (
        "the Islamic Resistance in Iraq claimed a drone attack on US troops",
        "Iraq",
        ["Islamic Resistance in Iraq", "Military Forces of the United States"],
    ),
]


@pytest.mark.parametrize(("text", "country", "expected"), PHRASES, ids=[p[0][:40] for p in PHRASES])
def test_phrase_names_canonical_actors(table, text, country, expected):
    assert canonicals(table, text, country) == expected


# Common words and look-alikes that must name no actor.
NEGATIVES = [
    "It is what it is, and this is so.",
    "Is it true? IS it?",  # "IS" at a sentence start in capitals is still the acronym; see below
    "The analysis covers the crisis in the oasis.",
    "Let us know; they told us nothing.",
    "The sdf file format and the saa acronym in lower case.",
    "Ideas, hits and misses.",
    "He visited the Armory and the Isisford museum.",
    "The pkk was written in lower case, as was the ypg.",
    "A tipping point; the tip of the iceberg.",
]


@pytest.mark.parametrize("text", NEGATIVES[:1] + NEGATIVES[2:])
def test_common_words_name_no_actor(table, text):
    assert table.find(text) == []


def test_acronyms_must_be_capitals(table):
    assert canonicals(table, "is IS is") == ["Islamic State (ISIS)"]
    assert canonicals(table, "the sdf and the SDF") == ["Syrian Democratic Forces (SDF)"]
    assert canonicals(table, "US forces and us forces") == ["Military Forces of the United States"]
    # a mixed-case spelling listed on purpose (Guardian style) matches in any case
    assert canonicals(table, "Isis and isis") == ["Islamic State (ISIS)", "Islamic State (ISIS)"]


def test_longest_alias_wins_and_matches_do_not_overlap(table):
    text = "the Syrian Democratic Forces (SDF) and the Syrian army"
    found = table.find(text, country="Syria")
    assert [m.text for m in found] == ["Syrian Democratic Forces (SDF)", "Syrian army"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_match_carries_span_and_acled_fields(table):
    text = "On February 3, ISIS attacked the Iraqi army."
    first, second = table.find(text, country="Iraq")
    assert isinstance(first, ActorMatch)
    assert text[first.start : first.end] == first.text == "ISIS"
    assert (first.kind, first.inter) == ("Rebel group", 2)
    assert (second.canonical, second.kind, second.inter, second.country) == (
        "Military Forces of Iraq",
        "State forces",
        1,
        "Iraq",
    )
    with pytest.raises(AttributeError):
        first.canonical = "x"  # frozen


def test_name_and_bracketed_acronym_are_one_mention(table):
    text = "the Sinjar Resistance Units (YBS) clashed with the Iraqi army"
    found = table.find(text, country="Iraq")
    assert [m.text for m in found] == ["Sinjar Resistance Units (YBS)", "Iraqi army"]


def test_spelling_variants_of_separators_and_apostrophes(table):
    for text in (
        "Hay'at Tahrir al-Sham",
        "Hay\u2019at Tahrir al Sham",
        "Hayat  Tahrir\nal-Sham",
        "HAYAT TAHRIR AL-SHAM",
    ):
        assert canonicals(table, text) == ["Hayat Tahrir al-Sham (HTS)"], text
    assert canonicals(table, "People\u2019s Protection Units") == ["People's Protection Units (YPG)"]


def test_country_placeholder_is_filled(table):
    assert canonicals(table, "civilians were killed", "Iraq") == ["Civilians (Iraq)"]
    assert canonicals(table, "civilians were killed", "Syria") == ["Civilians (Syria)"]
    assert canonicals(table, "gunmen fired", "Syria") == ["Unidentified Armed Group (Syria)"]
    # no country known: the placeholder is dropped, never printed
    assert canonicals(table, "civilians and gunmen") == ["Civilians", "Unidentified Armed Group"]
    assert canonicals(table, "government forces") == ["Military Forces"]
    match = table.find("protesters gathered", country="Iraq")[0]
    assert match.country == "Iraq" and match.kind == "Protesters" and match.inter == 6


def test_validity_dates(table):
    nusra = "Jabhat al-Nusra attacked"
    assert canonicals(table, nusra, "Syria", dt.date(2014, 5, 1)) == ["Jabhat al-Nusra"]
    assert canonicals(table, nusra, "Syria", dt.date(2019, 2, 1)) == ["Hayat Tahrir al-Sham (HTS)"]
    jfs = "Jabhat Fateh al-Sham"
    assert canonicals(table, jfs, "Syria", dt.date(2016, 10, 1)) == ["Jabhat al-Nusra"]
    assert canonicals(table, jfs, "Syria", dt.date(2018, 1, 1)) == ["Hayat Tahrir al-Sham (HTS)"]
    # (the English order of the same name, as digests print it)
    assert canonicals(table, "The Fatah al-Sham Front reported", "Syria", dt.date(2016, 10, 1)) == ["Jabhat al-Nusra"]
    isi = "the Islamic State of Iraq claimed"
    assert canonicals(table, isi, "Iraq", dt.date(2010, 6, 1)) == ["Islamic State of Iraq (ISI)"]
    # after 2013 the name is out of date: skipped whole, not read as a shorter alias inside it
    assert canonicals(table, isi, "Iraq", dt.date(2019, 1, 1)) == []
    assert canonicals(table, "Mahdi Army", "Iraq", dt.date(2008, 3, 25)) == ["Mahdi Army"]
    assert canonicals(table, "Mahdi Army", "Iraq", dt.date(2019, 3, 25)) == ["Saraya al-Salam"]
    # without a date every alias applies; the table's order prefers the current name
    assert canonicals(table, nusra, "Syria") == ["Hayat Tahrir al-Sham (HTS)"]


def test_get_by_alias_canonical_and_filled_placeholder(table):
    assert table.get("headquarters for the liberation of al-sham").canonical == "Hayat Tahrir al-Sham (HTS)"
    assert table.get("Military Forces of Syria").kind == "State forces"
    assert table.get("Civilians (Iraq)").canonical == "Civilians ({country})"
    assert table.get("Kurdish forces", "Iraq").canonical == "Peshmerga"
    assert table.get("Kurdish forces", "Syria").canonical == "People's Protection Units (YPG)"
    assert table.get("Nobody in particular") is None
    assert table.get("Civilians (Iraq)").name_for("Iraq") == "Civilians (Iraq)"


# The scorer's alias groups name these actors first (tools/score_events.py); we must print exactly these.
SCORER_CANONICALS = [
    "Islamic State (ISIS)",
    "Syrian Democratic Forces (SDF)",
    "People's Protection Units (YPG)",
    "Military Forces of Syria",
    "Military Forces of Iraq",
    "Police Forces of Iraq",
    "Popular Mobilization Forces (PMF)",
    "Tribal Mobilization Forces",
    "Hayat Tahrir al-Sham (HTS)",
    "Hurras al-Din",
    "Wa Harid al-Muminin operations room",
    "Global Coalition against Daesh",
    "Military Forces of Russia",
    "Military Forces of Turkey",
    "Manbij Military Council",
    "Rebel groups (Syria)",
    "Kurdistan Workers' Party (PKK)",
    "Peshmerga",
    "Military Forces of the United States",
    "Military Forces of Israel",
    "Military Forces of Iran",
    "Hezbollah",
    "Syrian National Army (SNA)",
    "Civilians ({country})",
    "Protesters ({country})",
    "Rioters ({country})",
    "Unidentified Armed Group ({country})",
    "Unidentified Tribal Militia ({country})",
]


def test_scorer_canonical_names_exist(table):
    names = {e.canonical for e in table.entries}
    assert [c for c in SCORER_CANONICALS if c not in names] == []


def test_table_size_and_consistency(table):
    assert len(table.entries) >= 100
    assert table.alias_count >= 800
    for entry in table.entries:
        assert entry.inter == ACTOR_KINDS[entry.kind], entry.canonical
        assert entry.parent is None or table.get(entry.parent) is not None, entry.canonical


def test_every_alias_finds_its_own_actor(table):
    """Each alias, alone, is one whole match naming an actor that lists that alias."""
    owners: dict[str, set[str]] = {}
    for entry in table.entries:
        for alias in entry.aliases:
            owners.setdefault(alias_key(alias.name), set()).add(entry.canonical)
    problems = []
    for entry in table.entries:
        for alias in entry.aliases:
            day = alias.valid_from or alias.valid_to
            found = table.find(alias.name, country=alias.country, on=day)
            if len(found) != 1 or found[0].text != alias.name:
                problems.append((alias.name, [m.text for m in found]))
                continue
            resolved = table.get(found[0].canonical) or table.get(alias.name, alias.country)
            assert resolved is not None
            if resolved.canonical not in owners[alias_key(alias.name)]:
                problems.append((alias.name, resolved.canonical))
    assert problems == []


def test_find_on_empty_and_plain_text(table):
    assert table.find("") == []
    assert table.find("Nothing to see here, only weather and football.") == []


def test_load_is_cached():
    assert load_actor_table() is load_actor_table()


# --- malformed files -------------------------------------------------------------------------------

GOOD_ENTRY = {
    "canonical": "Test Front",
    "kind": "Rebel group",
    "inter": 2,
    "country": "Syria",
    "aliases": ["Testers"],
}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([GOOD_ENTRY], "expected a mapping"),
        ({"version": 2, "actors": [GOOD_ENTRY]}, "unsupported version"),
        ({"version": 1, "actors": []}, "non-empty list"),
        ({"version": 1, "actors": [{**GOOD_ENTRY, "kind": "Rebels"}]}, "kind 'Rebels'"),
        ({"version": 1, "actors": [{**GOOD_ENTRY, "inter": 9}]}, "inter 9"),
        ({"version": 1, "actors": [{**GOOD_ENTRY, "inter": 3}]}, "does not agree"),
        ({"version": 1, "actors": [{**GOOD_ENTRY, "aliases": []}]}, "'aliases'"),
        ({"version": 1, "actors": [{**GOOD_ENTRY, "alias": ["x"]}]}, "unknown keys"),
        ({"version": 1, "actors": [{**GOOD_ENTRY, "parent": "Nobody"}]}, "parent 'Nobody'"),
        ({"version": 1, "actors": [GOOD_ENTRY, GOOD_ENTRY]}, "listed twice"),
        (
            {"version": 1, "actors": [{k: v for k, v in GOOD_ENTRY.items() if k != "country"}]},
            "'country' is missing",
        ),
        (
            {"version": 1, "actors": [{**GOOD_ENTRY, "aliases": [{"name": "x", "valid_from": "soon"}]}]},
            "not a date",
        ),
        (
            {
                "version": 1,
                "actors": [
                    {
                        **GOOD_ENTRY,
                        "aliases": [{"name": "x", "valid_from": "2019-01-01", "valid_to": "2018-01-01"}],
                    }
                ],
            },
            "after valid_to",
        ),
    ],
)
def test_malformed_table_raises_data_file_error(data, message):
    with pytest.raises(DataFileError, match=message) as info:
        parse_actor_table(data, "custom.yaml")
    assert "custom.yaml" in str(info.value)


def test_malformed_yaml_file_names_the_file_and_entry(tmp_path: Path):
    bad = tmp_path / "actors.yaml"
    bad.write_text(
        "version: 1\nactors:\n  - canonical: Test Front\n    kind: Rebel group\n    inter: two\n"
        "    country: null\n    aliases: [Testers]\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match=r"actors\.yaml: entry 1 \('Test Front'\): inter 'two'"):
        read_actor_table(bad)
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nactors: [\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="not valid YAML"):
        read_actor_table(broken)
    with pytest.raises(DataFileError, match="cannot read"):
        read_actor_table(tmp_path / "missing.yaml")


def test_a_small_custom_table_works_alone():
    table = parse_actor_table(
        {
            "version": 1,
            "actors": [
                GOOD_ENTRY,
                {
                    "canonical": "Villagers ({country})",
                    "kind": "Civilians",
                    "inter": 7,
                    "country": None,
                    "aliases": ["villagers", {"name": "TF", "country": "Syria"}],
                },
            ],
        }
    )
    assert [m.canonical for m in table.find("Testers shot at villagers", country="Iraq")] == [
        "Test Front",
        "Villagers (Iraq)",
    ]
    assert [m.canonical for m in table.find("TF", country="Syria")] == ["Villagers (Syria)"]
    assert table.find("TF", country="Iraq") == []


def test_a_states_forces_are_named_by_their_weapons_and_troops(table):
    # Derived from the "<Adjective> army" aliases: no need to list "Israeli tanks" by hand.
    found = table.find("Israeli tanks shelled the village before Jordanian patrols and US helicopters arrived")
    assert [m.canonical for m in found] == [
        "Military Forces of Israel",
        "Military Forces of Jordan",
        "Military Forces of the United States",
    ]


def test_derived_names_never_take_a_name_listed_for_another_actor():
    table = parse_actor_table(
        {
            "version": 1,
            "actors": [
                {"canonical": "Military Forces of Ruritania", "kind": "State forces", "inter": 1,
                 "country": "Ruritania", "aliases": ["Ruritanian army"]},
                {"canonical": "Ruritanian Drone Brigade", "kind": "Political militia", "inter": 3,
                 "country": "Ruritania", "aliases": ["Ruritanian drones"]},
            ],
        }
    )  # fmt: skip
    assert [m.canonical for m in table.find("Ruritanian tanks and Ruritanian drones")] == [
        "Military Forces of Ruritania",
        "Ruritanian Drone Brigade",
    ]


def test_a_sponsor_named_as_a_prefix_is_not_the_actor(table):
    assert canonicals(table, "the PKK-affiliated Sinjar Resistance Units attacked", "Iraq") == [
        "Sinjar Resistance Units (YBS)"
    ]
    assert canonicals(table, "US-backed SDF fighters", "Syria") == ["Syrian Democratic Forces (SDF)"]
    # a side and the other side, not a sponsor
    assert canonicals(table, "the PKK attacked the Sinjar Resistance Units", "Iraq") == [
        "Kurdistan Workers' Party (PKK)",
        "Sinjar Resistance Units (YBS)",
    ]


def test_a_group_named_as_another_ones_branch_is_that_group(table):
    found = canonicals(
        table, "between the Khalid bin al-Walid Army, ISIS's branch in the Yarmouk Basin, and the rebels"
    )
    assert found[0] == "Islamic State (ISIS)"
    assert "Jaysh Khalid ibn al-Walid" not in found


def _starts(pattern, text: str, shift: int) -> list[tuple[int, int]]:
    """Every place ``pattern`` matches at, searched from each position on: (start, end) in ``text`` coordinates."""
    found, pos = [], 0
    while (m := pattern.search(text, pos)) is not None:
        found.append((m.start(), m.end() - shift))
        pos = m.start() + 1
    return found


def test_the_scanning_search_finds_where_the_plain_pattern_matches(table):
    """``find`` searches with ``_scan`` (the character before an alias read with a set that also holds the letters
    from U+0100 on, which it drops itself): the same places and lengths as ``_pattern`` over the test reports."""
    reports = Path(__file__).resolve().parents[1] / "reports"
    texts = [p.read_text(encoding="utf-8") for p in sorted(reports.rglob("*.txt"))[::3]]
    texts += ["Kılıç isis şisis ğypg al-nusra (ypg) «sdf» ’pkk", "\u0130slamic state ISIS", "ypg"]
    assert table._scan is not None
    for text in texts:
        lowered = text.lower()
        padded = " " + lowered
        scanned = [
            (s, e)
            for s, e in _starts(table._scan, padded, 1)
            if not (padded[s] > "\u00ff" and padded[s].isalnum())  # (as ``find`` drops them)
        ]
        assert scanned == _starts(table._pattern, lowered, 0)
