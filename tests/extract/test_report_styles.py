"""Whole reports in the styles analysts receive: wire copy, strike releases, security-company weeklies, digests."""

import datetime as dt

import pytest

from mesint.collect.files import document_from_bytes
from mesint.extract.casualties import find_casualties
from mesint.pipeline import extract_document
from mesint.read.glossary import find_glossary
from mesint.serialize import report_to_dict


def extract(text: str, name: str = "r.txt", published: dt.date | None = None) -> dict:
    return report_to_dict(extract_document(document_from_bytes(text.encode(), name=name, published=published)))


WIRE = """\
Bombs hit Shi'ite districts of Baghdad

By Layla Hashim and Omar Abbas

BAGHDAD (Reuters) - A wave of car bombs struck Shi'ite neighbourhoods of Baghdad on Tuesday, killing at least 25 \
people, police said.

A car bomb exploded near a bakery in the Kadhimiya district, killing nine people and wounding 20. \
Another bomb went off near a mosque in the Jihad district, killing four.

In Diyala province, north of Baghdad, soldiers said their helicopters had killed between six and eight militants \
in strikes near the town of Muqdadiyah on Monday.

On Monday, a suicide bomber attacked an army checkpoint in Tarmiyah, killing three soldiers, an army officer said.
"""


def test_wire_story_byline_lede_and_paragraphs() -> None:
    events = extract(WIRE, published=dt.date(2014, 1, 14))["events"]
    places = [e["place"] for e in events]
    # The reporters' surnames are not places, and the lede only sums up the bombings told below it.
    assert all(e["country"] == "Iraq" for e in events)
    assert not any("wave of car bombs" in e["quote"] for e in events)
    # Two bombings in one paragraph, each with its own place and toll, are two events.
    kadhimiya = next(e for e in events if "Kadhimiya" in e["quote"] and "bakery" in e["quote"])
    jihad = next(e for e in events if e["quote"].startswith("Another bomb"))
    assert (kadhimiya["killed"], kadhimiya["wounded"]) == (9, 20)
    assert jihad["killed"] == 4
    # "In Diyala province, north of Baghdad," says where the province is; the strike was near Muqdadiyah.
    strike = next(e for e in events if "helicopters" in e["quote"])
    assert strike["sub_event_type"] == "Air/drone strike"
    assert strike["killed"] == 6  # "between six and eight": the lower figure
    assert strike["admin1"] == "Diyala" and "Baghdad" not in (strike["location_text"] or "")
    # "..., an army officer said" is a source after the action, not the bomber.
    bomb = next(e for e in events if "suicide bomber" in e["quote"])
    assert bomb["actor1"] != "Military Forces of Iraq" and bomb["actor2"] == "Military Forces of Iraq"
    assert len(places) == 4


RELEASE = """\
Combined Joint Task Force - Operation Inherent Resolve
News Release

Coalition Strikes Target ISIS

March 3, 2018

SOUTHWEST ASIA - On Feb. 28 and March 1, Coalition military forces conducted 12 strikes against ISIS targets \
in Syria and Iraq.

Strikes in Syria

-- Near Hajin, four strikes engaged two ISIS tactical units and destroyed an ISIS vehicle.
-- Near Dashisha, one strike destroyed an ISIS weapons cache.

Strikes in Iraq

-- Near Tal Afar, two strikes destroyed an ISIS tunnel.
"""


def test_strike_release_lists_take_the_ledes_dates_and_the_coalition() -> None:
    report = extract(RELEASE)
    events = report["events"]
    assert len(events) == 3  # the lede "12 strikes ... in Syria and Iraq" is a summary, not a fourth strike
    for e in events:
        assert e["date"] == "2018-02-28/2018-03-01"
        assert e["actor2"] == "Islamic State (ISIS)"
        assert e["actor1"] != "Unidentified Armed Group (Syria)"
    assert {e["country"] for e in events} == {"Syria", "Iraq"}


WEEKLY = """\
ACME RISK CONSULTING
WEEKLY SECURITY REPORT - IRAQ
Issued: 09/06/2015

1. SUMMARY

- Threat level for Baghdad remains HIGH.

Abbreviations: IA - Iraqi Army; IP - Iraqi Police; IDF - indirect fire; SAF - small arms fire; \
KIA/WIA - killed/wounded in action.

2. INCIDENTS

SALAH AL-DIN
- 04/06/2015 - Samarra - IDF: 4 x rockets impacted near an IA base north of Samarra. 2 x IA KIA, 5 x WIA.
- 05/06/2015 - Tikrit - SAF engagement between IA and ISIS militants on the southern edge of Tikrit. 3 x IP WIA.

3. ASSESSMENT AND OUTLOOK

- Rocket attacks on bases around Samarra are likely to continue next week.
"""


def test_security_weekly_shorthand_follows_the_reports_own_abbreviations() -> None:
    assert find_glossary(WEEKLY)["IDF"] == "indirect fire"
    events = extract(WEEKLY)["events"]
    assert len(events) == 2  # the abbreviation list and the outlook are not incidents
    rockets, clash = events
    assert rockets["sub_event_type"] == "Shelling/artillery/missile attack"
    assert "Israel" not in (rockets["actor1"] or "")  # this report's IDF is indirect fire
    assert rockets["actor2"] == "Military Forces of Iraq"  # its IA is the Iraqi Army
    assert (rockets["killed"], rockets["wounded"]) == (2, 5)
    assert rockets["date"] == "2015-06-04"
    assert clash["event_type"] == "Battles"
    assert {clash["actor1"], clash["actor2"]} == {"Military Forces of Iraq", "Islamic State (ISIS)"}
    assert clash["wounded"] == 3


def test_in_action_counts_and_ranges() -> None:
    def counts(text: str) -> list[tuple[str, int | None]]:
        return [(c.kind, c.count.best) for c in find_casualties(text)]

    assert counts("Approx. 12 x KIA and 30 x WIA.") == [("killed", 12), ("wounded", 30)]
    assert counts("1 x IP KIA, 2 x IP WIA.") == [("killed", 1), ("wounded", 2)]
    assert counts("between four and seven soldiers were killed") == [("killed", 4)]
    ranged = find_casualties("killing between 10 and 15 people")[0].count
    assert (ranged.low, ranged.best, ranged.high) == (10, 10, 15)


DIGEST = """\
# Weekly jihad monitor

## Overview

- We expect ISIS to step up suicide car bomb attacks in Anbar.

## Iraq

1. On March 2, 2017, ISIS operatives attacked a Popular Mobilization post near Baiji, killing two fighters \
(Al-Sumaria, March 2, 2017).
2. Witnesses who fled Qayyarah said that ISIS operatives had executed six shepherds near the town \
(Rudaw, March 3, 2017).

![A burnt vehicle](photo.jpg)

*A burnt vehicle near Qayyarah (Rudaw, March 3, 2017)*

3. The Iraqi army completed the takeover of the village of Imam Gharbi on March 4, 2017 (INA, March 4, 2017).
4. Women in the camp threw stones at guards carrying out a search; the guards fired into the air and two of \
them were injured (Rudaw, March 5, 2017).
"""


def test_numbered_digest_items_captions_and_forecasts() -> None:
    report = extract(DIGEST, name="d.md")
    events = report["events"]
    quotes = [e["quote"] for e in events]
    assert not any(q.startswith("We expect") for q in quotes)  # a forecast
    # Numbered items are list items: each is its own incident, never merged as a wire story's retelling.
    assert len(events) == 4
    executed = next(e for e in events if "executed" in e["quote"])
    assert executed["actor1"] == "Islamic State (ISIS)"  # the witnesses only tell it
    assert executed["place"] and "Qayyarah" in (executed["location_text"] or "")
    takeover = next(e for e in events if "takeover" in e["quote"])
    assert takeover["sub_event_type"] == "Government regains territory"
    # The picture and its caption are captions; the region heading above them still holds.
    assert all(e["country"] == "Iraq" for e in events)
    # "...; the guards fired into the air": the same incident going on, not a second one.
    assert sum("threw stones" in q or "fired into the air" in q for q in quotes) == 1


def test_roads_institutions_and_the_governorate_named_in_the_text() -> None:
    def one(text: str) -> dict:
        events = extract("MONITOR\n\n" + text + "\n", published=dt.date(2021, 5, 17))["events"]
        assert len(events) == 1
        return events[0]

    road = one(
        "On 3 May 2021, an IED struck an army vehicle on the road between Tikrit and Samarra, wounding two soldiers."
    )
    assert road["location_text"] == "on the road between Tikrit and Samarra"
    assert road["admin1"] == "Salah al-Din" and road["geo_precision"] == 2
    # ACLED codes a road between two towns at the first one named (Tikrit, 34.6 N), its length the uncertainty
    assert abs(road["lat"] - 34.616) < 0.05
    # "the Diyala Police Directorate" is an institution; the incident happened in Khanaqin.
    body = one("On 4 May 2021, the Diyala Police Directorate said an IED killed a policeman in Khanaqin.")
    assert "Khanaqin" in body["location_text"]
    # An "Iraqi woman" in a Syrian camp: the governorate named in the text decides the country.
    camp = one("On 5 May 2021, gunmen killed an Iraqi woman in the Al-Hol camp in Al-Hasakah governorate.")
    assert (camp["country"], camp["admin1"]) == ("Syria", "Al-Hasakah")


def test_a_daily_report_with_contrasting_actions_kin_victims_and_running_counts() -> None:
    text = (
        "MONITOR DAILY, 12 March 2020\n\n"
        "Regime helicopters dropped barrel bombs on the town of Kafr Zita today, while regime artillery shelled "
        "the town of Al-Latamnah in the countryside of Hama.\n\n"
        "Russian warplanes struck the village of Kansafra, killing a man and his three sons.\n\n"
        "An IED exploded near a regime checkpoint in Inkhil, wounding two soldiers. The monitor has documented "
        "84 such bombings in Daraa since March 2019.\n"
    )
    events = extract(text, published=dt.date(2020, 3, 12))["events"]
    subs = [e["sub_event_type"] for e in events]
    # ", while ..." with its own action and place is a second incident
    assert subs[:2] == ["Air/drone strike", "Shelling/artillery/missile attack"]
    assert next(e for e in events if "Kansafra" in e["quote"])["killed"] == 4
    ied = next(e for e in events if "IED" in e["quote"])
    assert ied["date"] == "2020-03-12"  # "since March 2019" counts bombings, it does not date this one


def test_location_tails_keep_article_names_and_squares() -> None:
    text = (
        "MONITOR DAILY, 12 March 2020\n\n"
        "Regime forces shelled the village of Maarshurin, east of Maarat al-Numan, killing two civilians.\n\n"
        "Protesters gathered in Al-Karama Square in the city of Suwayda on Friday.\n"
    )
    shelled, protest = extract(text, published=dt.date(2020, 3, 12))["events"]
    assert shelled["location_text"].endswith("east of Maarat al-Numan")
    assert shelled["admin1"] == "Idlib"  # the Maarshurin near Maarat al-Numan, not a namesake in Deir ez-Zor
    assert "Suwayda" in protest["location_text"] and protest["admin1"] == "As-Suwayda"


def test_origins_and_leaders_are_not_the_place() -> None:
    text = (
        "WEEKLY OUTLOOK\n\n"
        "On August 3, the SDF brought reinforcements from Hasakah and retook the town of Al-Shuhayl from tribal "
        "fighters.\n\n"
        "On August 4, tribal fighters led by Sheikh Ibrahim al-Hafl attacked an SDF checkpoint in the town of "
        "Dhiban.\n"
    )
    retook, attack = extract(text, published=dt.date(2023, 8, 8))["events"]
    assert "Shuhayl" in retook["location_text"]  # where the action reached, not where the reinforcements came from
    assert "Dhiban" in attack["location_text"]  # the tribe's leader is a person, whatever village shares his name
    assert retook["admin1"] == attack["admin1"] == "Deir ez-Zor"


PARAGRAPH_DIGEST = """\
Weekly jihad review (April 3-9, 2018)

Main events of the week
- In Deir ez-Zor, ISIS cells kept up their attacks on regime supply lines along the Euphrates.
- In Anbar, the Iraqi army continued sweeping the desert between Rutbah and the Syrian border.
- In the ITIC's assessment, ISIS will keep attacking isolated posts in the coming weeks.

Syria

On April 5, 2018, ISIS operatives attacked a Syrian army checkpoint near al-Mayadin, killing four soldiers \
(Amaq, April 6, 2018).

Iraq

Al-Anbar Province: ISIS operatives detonated an IED against an Iraqi army vehicle near Rutbah. Two soldiers \
were killed (Amaq, April 7, 2018).
"""


def test_a_report_of_paragraphs_whose_only_list_is_its_overview() -> None:
    # Three bullets of highlights do not make the report a bulleted digest: the paragraphs below them that end
    # with an attribution are its incidents, not captions or background.
    report = extract(PARAGRAPH_DIGEST)
    assert [(e["place"], e["killed"]) for e in report["events"]] == [("Al Mayadin", 4), ("Ar Rutbah", 2)]
    assert all("Highlights" not in e["quote"] for e in report["events"])


DATASET = """\
SELECTED EVENTS, NINEVEH 2021

NIN2041
On 4 June 2021, IS militants attacked a police post near the village of Tall Abtah, killing one policeman.
Source: Shafaq News; Rudaw

NIN2042
On 6 June 2021, a roadside bomb wounded two Iraqi soldiers near Hammam al-Alil.
Sources: Iraqi Security Media Cell, 6 June 2021
"""


def test_dataset_records_take_their_sources_from_the_source_line() -> None:
    events = extract(DATASET)["events"]
    assert [e["sources"] for e in events] == [["Shafaq News", "Rudaw"], ["Iraqi Security Media Cell, 6 June 2021"]]
    assert events[1]["citations"][0]["date"] == "2021-06-06"
    assert [e["killed"] for e in events] == [1, None] and events[1]["wounded"] == 2


HEADLINED_WIRE = """\
Rudaw

Drone strike hits party office near Koya

SULAIMANI (Rudaw) – A drone struck an office of an Iranian Kurdish opposition party on the outskirts of Koya \
on Tuesday, wounding three people, local officials said.
"""


def test_a_dateline_places_the_headline_above_it() -> None:
    # Koya is a district of Erbil and a village near Daraa: the Sulaimani dateline decides, headline included.
    events = extract(HEADLINED_WIRE, published=dt.date(2022, 9, 28))["events"]
    assert [(e["admin1"], e["country"], e["wounded"]) for e in events] == [("Erbil", "Iraq", 3)]


SITREP = """\
Syria Situation Report: June 1 - 7, 2020

Security Developments

- Regime artillery shelled Kafr Nabl. Syrian regime artillery shelled the town of Kafr Nabl in southern Idlib \
on June 3, killing two civilians, according to local activists.

- Protesters blocked the road to Raqqa. Residents demanding the release of detained relatives blocked the \
highway outside Tabqa on June 5 and burned tyres.
"""


def test_a_short_headline_sentence_announces_the_incident_told_after_it() -> None:
    # Each bullet opens with a sentence that names the incident and then tells it in full: one event each,
    # dated by the full telling; "the release of detained relatives" is why they protest, not an arrest.
    events = extract(SITREP, published=dt.date(2020, 6, 8))["events"]
    assert [(e["date"], e["event_type"], e["killed"]) for e in events] == [
        ("2020-06-03", "Explosions/Remote violence", 2),
        ("2020-06-05", "Riots", None),  # ACLED: burning tyres on a blocked road is a violent demonstration
    ]


def test_another_sources_death_toll_is_a_claim_not_more_dead() -> None:
    text = (
        "On 2 May 2021, an airstrike hit a militia depot near al-Mayadin, killing at least six fighters, according "
        "to local sources. The Syrian Observatory for Human Rights put the death toll at nine."
    )
    (event,) = extract(text, published=dt.date(2021, 5, 3))["events"]
    assert event["killed"] == 6  # the lower of two figures for the same dead, never their sum (15)
    assert [c["killed"] for c in event["claims"]] == [6, 9]


def test_the_other_sides_telling_of_an_attack_is_the_same_event() -> None:
    text = (
        "Syria\n\nDaraa Province: ISIS operatives attacked army posts near Nawa. Amaq claimed that seven soldiers "
        "were killed (Amaq, May 2, 2018). SANA reported that the army repelled the attack and killed dozens of "
        "ISIS operatives (SANA, May 2, 2018).\n"
    )
    (event,) = extract(text)["events"]
    assert (event["place"], event["admin1"]) == ("Nawa", "Daraa")
    assert [c["source"] for c in event["claims"]] == ["Amaq, May 2, 2018", "SANA, May 2, 2018"]


def test_an_outlet_that_reports_is_not_a_place_of_its_name() -> None:
    # "SANA" is also a village near Aleppo; "SANA reported" names the agency, and the item names no place.
    (event,) = extract("Syria\n\nOn May 2, 2018, SANA reported that army units repelled an attack by ISIS "
                       "operatives, killing dozens of them.\n")["events"]
    assert event["place"] is None and event["country"] == "Syria"


AFTERMATH = """\
Iraq

On 9 April 2021, ISIS militants attacked a police checkpoint near Hawija, killing two policemen. The attackers \
withdrew towards the Hamrin mountains.

The governor of Kirkuk condemned the attack on the checkpoint and called for more troops in the area.

During the month, local sources continued to report shelling of villages south of Daquq.
"""


def test_condemnations_ongoing_reports_and_the_attackers_retreat_are_not_incidents() -> None:
    events = extract(AFTERMATH)["events"]
    assert [(e["event_type"], e["killed"]) for e in events] == [("Battles", 2)]
    assert "withdrew" in events[0]["quote"]  # the attackers' retreat belongs to the attack


HISTORY_WIRE = """\
TIKRIT, Iraq (AP) — Iraqi forces have taken control of the last ISIS-held village north of Baiji, the army \
said on Sunday, after two days of fighting.

The militants overran Baiji in June 2014, killing dozens of soldiers at its refinery.
"""


def test_a_wire_storys_history_is_background_and_taken_control_is_regained_territory() -> None:
    events = extract(HISTORY_WIRE, published=dt.date(2016, 3, 7))["events"]
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Government regains territory", "Military Forces of Iraq")
    ]  # the 2014 capture of Baiji, told as background two years on, is not this week's incident


NOTES = """\
Incident records

On 2 May 2021, regime artillery shelled the town of Ariha, Idlib, killing a shepherd. [size=no report] \
(Sources: Shafaq News; Syria Civil Defence (White Helmets))

Between 30 May and 2 June 2021, Peshmerga forces withdrew from Makhmour town, Erbil, without fighting, and \
Iraqi army units took over their positions. [size=no report]

On 4 June 2021, hundreds of people protested in Kalar and nearby villages, Sulaymaniyah, demanding electricity. \
[size=dozens]
"""


def test_dataset_notes_inline_sources_cross_month_ranges_and_places_left() -> None:
    events = extract(NOTES)["events"]
    assert events[0]["sources"] == ["Shafaq News", "Syria Civil Defence (White Helmets)"]
    assert events[1]["date"] == "2021-05-30/2021-06-02"  # the year is printed once, after the second day
    assert events[1]["place"] == "Mexmur"  # GeoNames spelling; "withdrew from X": X is where it happened, not an origin
    assert (events[2]["place"], events[2]["admin1"]) == ("Kelar", "Sulaymaniyah")  # "and nearby villages"


def test_depot_blasts_with_no_attacker_and_handed_over_positions_are_strategic_developments() -> None:
    text = (
        "Records\n\nOn 9 July 2020, a blast of unknown cause struck an ammunition store of the Syrian army near "
        "Jableh, Latakia. [size=no report]\n\nOn 14 October 2019, Syrian army units moved into villages "
        "abandoned by the SDF north of Tabqa, Raqqa, without fighting. [size=no report]\n"
    )
    events = extract(text)["events"]
    assert [e["sub_event_type"] for e in events] == ["Other", "Non-violent transfer of territory"]


DIGEST_WEEK = """\
Spotlight on Global Jihad (April 12-18, 2018)

Iraq
  • On April 14, 2018, ISIS reported that two of its operatives had driven two car bombs into gatherings of the \
Iraqi army south of Hawija. According to the announcement, dozens of soldiers were killed and wounded (Amaq, April \
14, 2018). Iraqi sources did not report on the attack.
  • On April 15, 2018, ISIS operatives attacked a Popular Mobilization post near Baiji. On the same day, an IED \
exploded near a police vehicle in the area of Tuz Khurmatu, wounding two policemen (Shafaq News, April 15, 2018; \
Alsumaria, April 16, 2018).
"""


def test_a_digest_bullet_of_two_incidents_shares_its_closing_parenthesis() -> None:
    events = extract(DIGEST_WEEK)["events"]
    assert [e["sub_event_type"] for e in events] == ["Suicide bomb", "Armed clash", "Remote explosive/landmine/IED"]
    # "Iraqi sources did not report on the attack": a remark on the reporting, not another attack.
    assert not any(e["quote"].startswith("Iraqi sources") for e in events)
    # The parenthesis closes the bullet: both of its incidents cite both outlets.
    baiji, tuz = events[1], events[2]
    assert baiji["sources"] == tuz["sources"]
    assert any("Shafaq" in s for s in baiji["sources"]) and any("Alsumaria" in s for s in baiji["sources"])


BULLETIN = """\
Syria monitor
Evening update | March 9, 2022: Shelling in Idlib, a raid in Daraa

Idlib: In Kafr Nabl town, regime artillery shelled houses in the southern countryside of Idlib, killing one \
civilian and injuring the other members of the family.

Daraa: In Tafas town, unknown gunmen opened fire on two former rebels in the western countryside of Daraa, \
killing one and injuring the other.

Daraa: Five civilians, among them two women, were killed when a landmine exploded near Busra al-Harir.
"""


def test_a_bulletins_governorate_labels_give_the_governorate_not_the_place() -> None:
    events = extract(BULLETIN, published=dt.date(2022, 3, 9))["events"]
    # The "Evening update | ..." line under the title is a headline, not a fourth incident.
    assert [(e["admin1"], e["place"]) for e in events] == [
        ("Idlib", "Kafranbel"),
        ("Daraa", "Tafas"),
        ("Daraa", "Busra al-Harir"),
    ]
    assert [(e["killed"], e["wounded"]) for e in events][1:] == [(1, 1), (5, None)]


DIGEST_SYRIA = """\
Spotlight on Global Jihad (October 6-12, 2022)

Syria
  • On October 8, 2022, Syrian army units, accompanied by Russian military police, entered the town of Nawa in \
the western rural area of Daraa. The entry took place without fighting, after former rebel fighters handed over \
their weapons (Horan Free League, October 8, 2022).
  • Assassinations continued in the Daraa region. On October 9, 2022, unidentified gunmen shot dead a former \
rebel commander in the town of Inkhil (Horan Free League, October 9, 2022).
  • Russian aircraft struck the outskirts of the village of Kafr Ouid in Jabal al-Zawiya on October 10, 2022, \
wounding two civilians (Syrian Observatory for Human Rights, October 10, 2022; Syria Civil Defense (the White \
Helmets), October 10, 2022).
  • Homs Province: On October 11, 2022, ISIS operatives ambushed a bus carrying Syrian army soldiers east of \
Al-Sukhnah. According to the Syrian Observatory for Human Rights, seven soldiers were killed. ISIS claimed that \
15 soldiers had been killed (Syrian Observatory for Human Rights, October 12, 2022; Amaq, October 12, 2022).
"""


def test_digest_transfers_trends_nested_parentheses_and_a_perpetrators_own_count() -> None:
    events = extract(DIGEST_SYRIA)["events"]
    nawa, inkhil, kafr_ouid, ambush = events
    # Entering a town without a fight is a transfer; the escort is an ally, not the other side.
    assert (nawa["sub_event_type"], nawa["actor1"], nawa["actor2"]) == (
        "Non-violent transfer of territory", "Military Forces of Syria", "Rebel groups (Syria)")
    assert nawa["assoc_actor_1"] == "Military Forces of Russia"
    # "Assassinations continued in the Daraa region." announces the killing told next; it is not one itself.
    assert inkhil["quote"].startswith("On October 9, 2022")
    # A parenthesis inside the citation parenthesis: both outlets are read.
    assert [s.split(",")[0] for s in kafr_ouid["sources"]] == [
        "Syrian Observatory for Human Rights", "Syria Civil Defense (the White Helmets)"]
    # ISIS's own count of the same dead is a claim beside the monitor's, not more dead.
    assert ambush["killed"] == 7


REGIONAL = """\
Hawar Monitor
Turkish drone kills three SDF fighters near Darbasiyah

DARBASIYAH, Syria, Feb. 10, 2022 (Hawar Monitor) – Three fighters of the Syrian Democratic Forces (SDF) were killed \
and a civilian shepherd was injured on Tuesday when a Turkish drone struck their vehicle near Darbasiyah, in northern \
Hasakah, a military source said.

Yesterday evening, the Turkish army and its affiliated Syrian National Army factions also shelled villages near Abu \
Rasin with heavy artillery, causing material damage but no casualties.

On Thursday morning, dozens of residents gathered in front of the Russian base in Tal Tamr, demanding an end to the \
attacks. The protest dispersed peacefully after a Russian officer received their letter.
"""


def test_a_regional_story_dates_from_its_text_not_its_dateline() -> None:
    strike, shelling, protest = extract(REGIONAL, published=dt.date(2022, 2, 10))["events"]
    # "on Tuesday" against Thursday 10 February; the dateline's own date is the story's, not the strike's.
    assert strike["date"] == "2022-02-08"
    # The fighters were the target; the shepherd was hurt beside them.
    assert strike["actor2"] == "Syrian Democratic Forces (SDF)"
    # "X and its affiliated Y" are one side.
    assert (shelling["actor1"], shelling["actor2"]) == ("Military Forces of Turkey", None)
    assert protest["sub_event_type"] == "Peaceful protest"


def test_a_response_in_kind_is_its_own_event_and_a_places_holder_is_no_victim() -> None:
    text = (
        "MONITOR\n\nAleppo: Turkish forces shelled villages near Tal Rifaat, killing a woman. SDF-affiliated forces "
        "responded by shelling Turkish bases, according to local sources.\n\n"
        "Deir ez-Zor: ISIS fired mortar shells at the Al-Qusour neighborhood, held by the Syrian army in the city of "
        "Deir ez-Zor, killing two civilians.\n"
    )
    shelling, response, mortars = extract(text, published=dt.date(2023, 8, 28))["events"]
    assert (shelling["actor1"], shelling["killed"]) == ("Military Forces of Turkey", 1)
    assert (response["actor1"], response["actor2"], response["killed"]) == (
        "Syrian Democratic Forces (SDF)", "Military Forces of Turkey", None)
    assert (mortars["actor1"], mortars["actor2"]) == ("Islamic State (ISIS)", "Civilians (Syria)")


RECORDS = """\
Iraq – coded incidents, selected entries
Compiled: 2 February 2024

01. [2019-05-04] Kirkuk – Rashad: IS militants attacked a PMF checkpoint near the village of Rashad, south-west of \
Kirkuk, killing two PMF members.
    Source: Alsumaria

02. [2020-07-12] Nineveh – Sinjar: A Turkish drone struck a vehicle near Sinjar town, killing a YBS commander.

Entries still under review

A roadside bomb exploded near an army patrol on the Baiji-Haditha road, Salah al-Din, on the morning of 3 March \
2021, wounding three soldiers.
"""

CSV_ROWS = """\
Syria – incident summaries (CSV extract)

event_date,admin1,location,notes,source
2022-11-23,Al-Hasakah,Qamishli,"A Turkish drone struck a car carrying SDF members about 8 km west of Qamishli, \
killing two SDF fighters.",North Press Agency; ANHA
2021-06-14,Homs,Palmyra,"IS militants ambushed a regime convoy near Palmyra, killing five soldiers.",
"""


def test_dataset_record_fields_give_date_and_governorate_and_the_notes_give_the_place() -> None:
    rashad, sinjar, baiji = extract(RECORDS)["events"]
    # "[date] Governorate – Location:" are the record's fields: the date dates it, the notes name the place.
    assert (rashad["date"], rashad["admin1"], rashad["place"]) == ("2019-05-04", "Kirkuk", "Al-Rashad")
    assert (sinjar["date"], sinjar["admin1"], sinjar["place"]) == ("2020-07-12", "Nineveh", "Sinjar")
    # A record without the fields, dated in its first sentence, is an incident too.
    assert (baiji["date"], baiji["wounded"]) == ("2021-03-03", 3)

    qamishli, palmyra = extract(CSV_ROWS)["events"]
    assert (qamishli["date"], qamishli["admin1"], qamishli["killed"]) == ("2022-11-23", "Al-Hasakah", 2)
    # The CSV row's source column gives its sources; an empty one gives none of the extract's title.
    assert [s.split(",")[0] for s in qamishli["sources"]] == ["North Press Agency", "ANHA"]
    assert (palmyra["admin1"], palmyra["killed"]) == ("Homs", 5)


CITIES_WIRE = """\
Police fire on protesters in two Iraqi cities

BASRA, Iraq (AP) — Iraqi police fired on anti-government crowds in Basra and in the holy city of Karbala on \
Sunday, killing at least five people, medical officials said.

In Basra, three protesters were killed when riot police fired live ammunition and tear gas canisters at crowds \
trying to storm the provincial council building, two medical officials said.

In Karbala, about 100 kilometers south of Baghdad, security forces shot dead two demonstrators who had gathered \
outside the governor's office, a police officer said.
"""


def test_a_lede_summing_up_incidents_in_two_cities_gives_way_to_their_paragraphs() -> None:
    events = extract(CITIES_WIRE, published=dt.date(2019, 11, 11))["events"]
    # The lede tells the two shootings told one by one below it: it is their summary, not a third incident.
    assert [(e["place"], e["killed"]) for e in events] == [("Basrah", 3), ("Karbala", 2)]
    # "fired live ammunition and tear gas canisters at crowds": two weapons named before the crowd
    assert {e["sub_event_type"] for e in events} == {"Excessive force against protesters"}


ROCKETS_WIRE = """\
Rockets hit near U.S. embassy in Baghdad, no casualties - security sources

BAGHDAD, Jan 26 (Reuters) - Three rockets landed near the U.S. embassy in Baghdad's heavily fortified Green Zone \
late on Sunday, security sources said.

A separate Katyusha rocket struck an empty field near Baghdad airport, which hosts U.S. troops, an hour later, a \
police officer said.
"""


def test_an_incident_an_hour_after_the_one_before_is_on_its_day() -> None:
    events = extract(ROCKETS_WIRE, published=dt.date(2020, 1, 27))["events"]
    assert [e["date"] for e in events] == ["2020-01-26", "2020-01-26"]


MONITOR_NEWS = """\
Syrian Observatory for Human Rights

Regime shelling kills child in southern Idlib

March 14, 2021

SOHR activists have reported that a child was killed and his mother was seriously injured this morning when \
regime forces fired artillery shells on the town of Kansafra in the southern countryside of Idlib.

In Aleppo countryside, a member of the "Hamza Division" was killed by sniper fire from the SDF on the front line \
near Al-Bab yesterday evening.

In Raqqa countryside, government forces retook two villages near Maadan, the army said, killing 12 IS fighters. \
IS, for its part, claimed that 40 soldiers had been killed.
"""


def test_a_monitors_own_news_item() -> None:
    shelling, sniper, retaken = extract(MONITOR_NEWS)["events"]
    # the monitor named again in its own report is one source, not two
    assert shelling["sources"] == ["Syrian Observatory for Human Rights, March 14, 2021"]
    assert (shelling["killed"], shelling["wounded"]) == (1, 1)  # "his mother was seriously injured"
    # "killed by sniper fire from the SDF": the side the fire came from acted; a quoted name still counts
    # (the SNA's faction coded as the SNA, the faction associated)
    assert (sniper["actor1"], sniper["actor2"], sniper["assoc_actor_2"], sniper["killed"]) == (
        "Syrian Democratic Forces (SDF)",
        "Syrian National Army (SNA)",
        "Hamza Division",
        1,
    )
    # "In Aleppo countryside, ... near Al-Bab": the countryside frames the town named after it
    assert sniper["place"] == "Al Bab" and sniper["date"] == "2021-03-13"
    # "IS, for its part, claimed that 40 soldiers had been killed": the other side's count is a claim, not more dead
    assert retaken["killed"] == 12


STORIES = """\
Selected wire items

1. Car bomb hits market in Azaz
AZAZ, Syria, Feb. 7, 2022 (AFP) – A car bomb exploded in a crowded market in Azaz on Monday, killing six \
civilians, the White Helmets said.
No group claimed the bombing.

2. Rocket attack on Erbil airport
ERBIL, Iraq, Sept. 30, 2020 (Reuters) – Six rockets were fired at Erbil airport late on Wednesday, the Kurdistan \
Region's counter-terrorism service said, adding that no one was hurt.

3. Israeli strike near Damascus
DAMASCUS, Nov. 3, 2021 (AP) – Israeli missiles struck army positions south of Damascus early on Wednesday, \
killing two soldiers, the Syrian army said. The Syrian Observatory for Human Rights said four people died.
"""


def test_a_compilation_of_wire_stories_dates_and_places_each_from_its_own_dateline() -> None:
    report = extract(STORIES, published=dt.date(2022, 3, 1))
    events = report["events"]
    assert [(e["date"], e["country"]) for e in events] == [
        ("2022-02-07", "Syria"),
        ("2020-09-30", "Iraq"),
        ("2021-11-03", "Syria"),
    ]
    # each story's own outlet, not the first dateline's
    assert [e["sources"][0].split(",")[0] for e in events] == ["Agence France-Presse", "Reuters", "Associated Press"]
    # the numbered headlines are no incidents
    assert not any(e["quote"].startswith(("1.", "Car bomb", "Rocket attack")) for e in events)
    # "..., the Syrian army said. The Syrian Observatory ... said four people died.": the same dead, two counts
    assert events[2]["killed"] == 2


READING_FILE = """\
Military releases: a reading file
Collected on 2 May 2024. Each release under its own date line.

1. Combined Joint Task Force – Operation Inherent Resolve
Release No. 20180305-02
March 5, 2018
SOUTHWEST ASIA – On March 4, Coalition military forces conducted 5 strikes against ISIS targets in Syria and Iraq.
Strikes in Syria
Near Hajin, three strikes engaged two ISIS tactical units and destroyed a fighting position.
Near Abu Kamal, a strike destroyed an ISIS vehicle.
Strikes in Iraq
Near Rawah, one strike destroyed an ISIS tunnel.

2. Ministry of National Defence (Türkiye)
Ankara, 9 August 2022
5 PKK terrorists detected in the Zap region of northern Iraq were neutralized in an air operation this morning.

3. Security Media Cell (Iraq)
14 February 2021
At 21:30 yesterday evening, three Katyusha rockets fell near Erbil airport. Two contractors were wounded.
"""


def test_a_reading_file_of_releases_takes_each_issuer_and_date_line() -> None:
    events = extract(READING_FILE, published=dt.date(2024, 5, 2))["events"]
    strikes = [e for e in events if e["quote"].startswith("Near ")]
    # the lede's "On March 4" and its Coalition date and sign every row of the tables below it
    assert {(e["date"], e["actor1"]) for e in strikes} == {("2018-03-04", "Global Coalition against Daesh")}
    assert len(strikes) == 3
    # each release's issuer is its source; "Ankara, 9 August 2022" dates "this morning"
    turkish = next(e for e in events if "PKK" in e["quote"])
    assert turkish["date"] == "2022-08-09"
    assert turkish["sources"] == ["Ministry of National Defence (Türkiye), August 9, 2022"]
    rockets = next(e for e in events if "Katyusha" in e["quote"])
    assert (rockets["date"], rockets["wounded"]) == ("2021-02-13", 2)
    assert rockets["sources"][0].startswith("Security Media Cell")


BRACKETED = """\
Regional press items, 2022

[Rudaw, April 3, 2022]
Gunmen kill shop owner in Kirkuk
KIRKUK, Kurdistan Region – Unknown gunmen shot dead a shop owner in the Rahimawa neighbourhood of Kirkuk on Friday \
evening, police said.

[Enab Baladi, 12 June 2022]
Teacher abducted near Tafas
Daraa – Gunmen abducted a teacher near Tafas, in the western countryside of Daraa, on Thursday.
"""


def test_bracketed_item_headers_give_each_items_outlet_and_day() -> None:
    events = extract(BRACKETED, published=dt.date(2022, 11, 30))["events"]
    assert [(e["date"], e["sources"][0].split(",")[0]) for e in events] == [
        ("2022-04-01", "Rudaw"),
        ("2022-06-09", "Enab Baladi"),
    ]


CHANNEL = """\
Channel export: local news (Telegram)
Exported: 2024-02-12 08:00 | posts 9-11 February 2024

[2024-02-09 19:40]
#Daraa | Unknown gunmen shot dead a former rebel commander in Tafas this evening.

[2024-02-10 22:15]
#DeirEzZor | Regime artillery shelled Dhiban tonight. A woman was wounded.

[2024-02-11 07:05]
#Idlib | Russian jets struck the outskirts of Jisr al-Shughur at dawn.
"""


def test_a_channels_posts_take_their_day_from_their_stamp_and_their_governorate_from_the_hashtag() -> None:
    events = extract(CHANNEL, published=dt.date(2024, 2, 12))["events"]
    assert [(e["date"], e["admin1"]) for e in events] == [
        ("2024-02-09", "Daraa"),
        ("2024-02-10", "Deir ez-Zor"),
        ("2024-02-11", "Idlib"),
    ]
    # the hashtag names the governorate; the town in the text is the place
    assert "Dhiban" in (events[1]["location_text"] or "")


def test_a_second_speakers_count_after_according_to_is_the_same_dead() -> None:
    text = (
        "MONITOR\n\nOn 12 August 2017, a man, his wife and their three daughters were killed when a coalition jet "
        "struck a vehicle near their house in al-Nahda, Raqqa, according to Raqqa is Being Slaughtered Silently. A "
        "volunteer network cited eight civilian deaths for the same strike; a neighbour was also reported injured.\n"
    )
    (event,) = extract(text, published=dt.date(2017, 8, 20))["events"]
    assert event["killed"] == 5


def test_a_repost_is_told_once_and_a_riots_wounded_stay_with_it() -> None:
    channel = (
        "Channel export\n\n[2024-02-09 19:40]\n#Idlib | Russian raids on the outskirts of Ariha killed a shepherd.\n\n"
        "[2024-02-10 08:00]\n🔁 Repost from yesterday: Russian raids on the outskirts of Ariha killed a shepherd.\n"
    )
    assert len(extract(channel, published=dt.date(2024, 2, 12))["events"]) == 1
    riot = (
        "MONITOR\n\nOn 8 March 2021, protesters threw Molotov cocktails at the governorate building in Nasiriyah, "
        "setting fire to its gate. Security forces used tear gas; a police officer and seven protesters were "
        "wounded.\n"
    )
    (event,) = extract(riot, published=dt.date(2021, 3, 10))["events"]
    assert (event["sub_event_type"], event["wounded"]) == ("Violent demonstration", 8)


def test_a_source_that_gave_a_higher_figure_tells_more_of_the_same_blast() -> None:
    article = (
        "IED kills three PMF fighters in Diyala\n\nBAQUBAH (Shafaq News) – An improvised explosive device struck a "
        "convoy of the Popular Mobilization Forces late on Tuesday north-east of Baqubah, killing three fighters, a "
        "PMF statement said.\n\nA security source in the governorate gave Shafaq News a higher figure, saying four "
        "members of the brigade had died.\n"
    )
    (event,) = extract(article, published=dt.date(2021, 10, 21))["events"]
    assert event["killed"] == 3


def test_a_digests_governorate_and_day_prefix_is_no_place() -> None:
    digest = (
        "IRAQ WEEKLY SECURITY DIGEST (5-11 March 2023)\n\nDIYALA\n"
        "• Diyala – 6 Mar: Two shepherds were abducted by gunmen in farmland near Khanaqin.\n"
        "• Diyala – night of 7/8 Mar: IS militants attacked a PMF checkpoint on the outskirts of Jalawla.\n"
        "• Diyala – 9 Mar: An IED struck an army patrol near Muqdadiyah; no casualties.\n"
    )
    events = extract(digest, published=dt.date(2023, 3, 13))["events"]
    assert [e["place"] for e in events] == ["Khanaqin", "Jalawla", "Al Miqdadiyah"]
    assert {e["admin1"] for e in events} == {"Diyala"}


HEADED_RECORDS = """\
Iraq and Syria: selected event records (export)

3 March 2016 | Aleppo | Explosions/Remote violence | SOHR; Aleppo Media Centre
On 3 March 2016, regime helicopters dropped barrel bombs on the Al-Sukkari neighbourhood of Aleppo city, killing 9 \
civilians. [9 fatalities]

Date: 14 May 2022
IS militants attacked a PMF post near Tarmiyah (Baghdad), killing 2 fighters (2 PMF KIA, 1 WIA).
"""


def test_dataset_records_with_header_sources_fatality_tags_and_date_lines() -> None:
    aleppo, tarmiyah = extract(HEADED_RECORDS, published=dt.date(2022, 6, 1))["events"]
    # the header line's last field names the sources; the closing tag restates the toll the note told
    assert aleppo["sources"] == ["SOHR", "Aleppo Media Centre"]
    assert (aleppo["date"], aleppo["killed"]) == ("2016-03-03", 9)
    # a "Date:" line dates the record under it; the KIA/WIA bracket tells the same dead again
    assert (tarmiyah["date"], tarmiyah["killed"], tarmiyah["wounded"]) == ("2022-05-14", 2, 1)


WEEK_BULLETIN = """\
IRAQ SECURITY WEEKLY 07/2023

Coverage: Monday 13 – Sunday 19 February 2023 | Issued: 20 February 2023

KIRKUK

On Monday, IS militants attacked an army post near Daquq, killing two soldiers, per Shafaq News. Kurdistan 24 \
reported three dead.

DUHOK

Turkish drones struck PKK positions near Kani Masi on Wednesday and Thursday, per Rudaw.
"""


def test_a_weekly_bulletin_dates_weekdays_in_its_week_and_reads_inline_sources() -> None:
    daquq, kani_masi = extract(WEEK_BULLETIN)["events"]
    # "On Monday" in a bulletin issued on the next Monday is the Monday of the week it covers
    assert daquq["date"] == "2023-02-13"
    assert [s.split(",")[0] for s in daquq["sources"]][-2:] == ["Shafaq News", "Kurdistan 24"]
    assert daquq["killed"] == 2  # two outlets' counts of the same dead: the lower one, not their sum
    assert kani_masi["date"] == "2023-02-15/2023-02-16"
    assert [s.split(",")[0] for s in kani_masi["sources"]][-1:] == ["Rudaw"]


ARTICLE_WITH_UPDATES = """\
Car bomb kills nine in Syrian border town of Azaz: monitor

Azaz (Syria) (AFP) - Published on 15/03/2020 - 11:40

A car bomb exploded near a market in the town of Azaz in northern Syria on Saturday, killing at least nine \
people, a war monitor said.

The vehicle, packed with explosives, blew up outside a bakery on the town's main Aleppo road around midday, the \
Syrian Observatory for Human Rights said.

The Britain-based monitor first reported five dead, but the toll later rose to nine. More than 20 people were \
wounded, it said.

Hours after the blast, Turkish artillery shelled villages near Tal Rifaat on Sunday morning, the monitor added.

The militants overran much of the area in the summer of 2014, seizing Azaz for several months.
"""


def test_an_article_tells_its_lead_again_and_updates_its_toll_in_later_paragraphs() -> None:
    events = extract(ARTICLE_WITH_UPDATES, published=dt.date(2020, 3, 15))["events"]
    azaz, tal_rifaat = events  # the retelling merged, the 2014 background left out
    assert (azaz["admin1"], azaz["killed"], azaz["wounded"]) == ("Aleppo", 9, 20)
    # "Hours after the blast ... on Sunday morning": the day it names stands
    assert tal_rifaat["date"] == "2020-03-15"
    # "the monitor added": the monitor named before
    assert any(s.startswith("Syrian Observatory for Human Rights") for s in tal_rifaat["sources"])


AMBUSH_WITH_LOWER_TOLL = """\
BAGHDAD (AP) — Islamic State militants ambushed an army patrol near Tarmiyah late Sunday, killing five soldiers, \
two security officials said Monday.

The militants first set off a roadside bomb as the patrol passed an orchard, then opened fire on the soldiers.

The Security Media Cell gave a lower toll in a statement on Monday, saying three soldiers were killed.

The Islamic State group claimed the attack in a statement carried by its Amaq news agency.
"""


def test_a_lower_toll_from_another_source_gives_the_conservative_count() -> None:
    (ambush,) = extract(AMBUSH_WITH_LOWER_TOLL, published=dt.date(2021, 9, 6))["events"]
    assert (ambush["event_type"], ambush["killed"]) == ("Battles", 3)
    assert any(s.startswith("Amaq") for s in ambush["sources"])


SINJAR_ARTICLE = """\
Turkish drone strike kills two YBS fighters in Sinjar

Rudaw
14-05-2023

ERBIL, Kurdistan Region - Two fighters of the Sinjar Resistance Units (YBS) were killed on Saturday when a Turkish \
drone hit their car near the town of Sinune in northern Sinjar, a spokesperson for the group told Rudaw.

The Iraqi foreign ministry condemned the strike in a statement.

In August last year, a Turkish drone strike on a clinic in the village of Sikeniye killed eight people.
"""


def test_a_town_and_the_district_it_lies_in_are_no_summary_and_last_years_strike_is_background() -> None:
    (event,) = extract(SINJAR_ARTICLE, published=dt.date(2023, 5, 14))["events"]
    assert (event["date"], event["actor1"], event["killed"]) == ("2023-05-13", "Military Forces of Turkey", 2)


TRIBAL_CLASH = """\
Two killed in tribal clash north of Basra

Shafaq News
2024-03-16 11:48

Shafaq News/ Two people were killed and five others injured in an armed tribal dispute in the al-Qurna district, \
north of Basra governorate, a security source said on Saturday.

The source told Shafaq News Agency that the clash broke out on Friday evening between two clans over a plot of land.

The Observatory of the south also reported that gunmen shot dead a shopkeeper in Amarah.
"""


def test_an_armed_tribal_dispute_is_a_clash_and_the_source_tells_its_day() -> None:
    clash = extract(TRIBAL_CLASH, published=dt.date(2024, 3, 16))["events"][0]
    assert (clash["event_type"], clash["actor1"], clash["killed"], clash["wounded"]) == (
        "Battles", "Unidentified Tribal Militia (Iraq)", 2, 5
    )
    assert clash["date"] == "2024-03-15"


TRENDS_DIGEST = """\
Spotlight on Global Jihad (March 3 – 9, 2021)

Main trends of the week
  • In the Syrian Desert, ISIS ambushed a Syrian army bus. In response, Russian aircraft attacked ISIS hideouts.

Syria
  • On Sunday, March 7, 2021, ISIS operatives ambushed a Syrian army bus on the road between Palmyra and Deir \
ez-Zor. According to the Syrian Observatory for Human Rights, 11 soldiers were killed. Syrian TV reported four \
soldiers killed and nine wounded (Syrian Observatory for Human Rights, March 7, 2021; Syrian TV, March 8, 2021).
  • Clashes broke out in the town of Armanaz, northwest of Idlib, between operatives of the Headquarters for the \
Liberation of Al-Sham and operatives of the Guardians of Religion Organization (Enab Baladi, March 6, 2021).

ISIS abroad
  • Nigeria: ISIS’s West Africa Province claimed an attack on a Nigerian army base in Dikwa (Amaq, March 4, 2021).
"""


def test_a_digests_main_trends_repeat_what_it_tells_below_and_its_abroad_items_stay_abroad() -> None:
    bus, armanaz = extract(TRENDS_DIGEST, published=dt.date(2021, 3, 10))["events"]
    # two outlets, one sentence each, count the same dead: the lower count; the wounded only one of them gives
    assert (bus["killed"], bus["wounded"]) == (4, 9)
    assert (armanaz["actor1"], armanaz["actor2"]) == ("Hayat Tahrir al-Sham (HTS)", "Hurras al-Din")


XINHUA = """\
4 PMF members killed in IS attack in Iraq's Diyala

Source: Xinhua
2022-12-20 18:05:31

BAGHDAD, Dec. 20 (Xinhua) -- Three members of the Popular Mobilization Forces (PMF) were killed when Islamic State \
(IS) militants attacked their position in Iraq's eastern province of Diyala late Monday, a security source said.

The IS militants, armed with sniper rifles, stormed a PMF outpost near the town of Jalawla before fleeing.

One of the wounded later died of his injuries in a hospital in Baquba, bringing the death toll to four, the PMF said.

The PKK has waged an insurgency since 1984 in a conflict that has killed more than 40,000 people.

In 2022, clashes between two clans in Maysan killed six people.
"""


def test_a_wire_storys_dateline_day_its_doers_told_again_and_a_risen_toll() -> None:
    (event,) = extract(XINHUA, published=dt.date(2022, 12, 20))["events"]
    # "late Monday" against the dateline's Tuesday; the stormed outpost is the same attack; the toll rose to four;
    # a war's running tally and a clash of an earlier year are background
    assert (event["date"], event["killed"], event["admin1"]) == ("2022-12-19", 4, "Diyala")


BULLETIN_OF_ONE_FRONT = """\
DAILY FIELD BULLETIN

HASAKAH GOVERNORATE

Turkish howitzers shelled the outskirts of Abu Rasin through the morning; no casualties were reported.

In the afternoon, factions backed by Ankara stormed SDF positions south of Abu Rasin; four SDF fighters were killed \
before the assault was repelled.
"""


def test_a_paragraph_on_another_hour_with_another_doer_is_another_incident() -> None:
    shelling, assault = extract(BULLETIN_OF_ONE_FRONT, published=dt.date(2019, 11, 20))["events"]
    assert (shelling["actor1"], shelling["killed"] or 0) == ("Military Forces of Turkey", 0)
    assert (assault["event_type"], assault["actor1"], assault["killed"]) == (
        "Battles",
        "Syrian National Army (SNA)",
        4,
    )


STRIKE_RELEASE_IN_PARAGRAPHS = """\
Press Release | Jan. 24, 2024

TAMPA, Fla. – U.S. military forces yesterday conducted precision strikes on two facilities in eastern Syria used by \
the IRGC and affiliated groups.

The first strike hit a weapons depot near Al-Mayadin. Minutes later, U.S. aircraft struck a command post near \
Hajin.

On Jan. 21, a one-way attack drone struck near the quarters of U.S. forces at their base in Al-Shuhayl, causing no \
injuries.
"""

RELEASE_WITH_A_DATELINE = """\
Release No. 20171020-01

SOUTHWEST ASIA, Oct. 20, 2017 — On Oct. 19, Coalition military forces conducted 5 strikes consisting of \
7 engagements against ISIS targets in Syria and Iraq.

Strikes in Syria

-- Near Hajin, two strikes destroyed an ISIS vehicle.
"""


def test_a_strike_release_in_paragraphs_dates_each_strike_by_its_lede() -> None:
    depot, post, drone = extract(STRIKE_RELEASE_IN_PARAGRAPHS, published=dt.date(2024, 1, 24))["events"]
    # "yesterday" in the lede, two strikes 45 km apart told one after the other
    assert (depot["date"], post["date"]) == ("2024-01-23", "2024-01-23")
    assert depot["place"] != post["place"]
    assert depot["actor1"] == "Military Forces of the United States"
    # the drone's target is the lede's striking side, not its doer
    assert (drone["date"], drone["actor1"]) == ("2024-01-21", "Unidentified Armed Group (Syria)")
    (hajin,) = extract(RELEASE_WITH_A_DATELINE, published=dt.date(2017, 10, 20))["events"]
    assert hajin["date"] == "2017-10-19"  # the strikes' day, not the release's in its dateline


WIRE_STORY_WITH_A_CLAIM_AND_UPDATES = """\
Suicide attack kills soldiers in Anbar, officials say

By Staff

RAMADI, Iraq (Wire) - Islamic State militants attacked an army outpost near Rutba late on Tuesday, killing at least \
six soldiers and wounding scores, two army officers said.

The attack on the outpost west of Rutba, near the Jordanian border, began with a car bomb before gunmen stormed the \
gate, one of the officers said.

By Wednesday morning, the toll had risen to nine dead and 31 wounded, a hospital source said.

Islamic State claimed the attack in a statement on Wednesday, saying its fighters had killed 40 soldiers.

The same outpost was hit in a 2017 bombing that killed 12 soldiers.
"""


def test_a_wire_story_keeps_one_incident_through_its_claim_update_and_background() -> None:
    (attack,) = extract(WIRE_STORY_WITH_A_CLAIM_AND_UPDATES, published=dt.date(2022, 3, 9))["events"]
    assert (attack["date"], attack["actor1"]) == ("2022-03-08", "Islamic State (ISIS)")
    # the hospital's later count, not the claim's forty nor the 2017 bombing's twelve
    assert (attack["killed"], attack["wounded"]) == (9, 31)


ARTICLE_WITH_A_STANDFIRST = """\
Shelling on market kills civilians: monitor

Artillery fire on a crowded market in the province killed dozens of people, a war monitor said.

Beirut (Wire)

Regime artillery shells hit the market of Kafr Nabl on Monday, killing at least 14 civilians, the Syrian \
Observatory for Human Rights said.

The monitor later raised the toll to 17, and said many people had been wounded.

In Khan Sheikhun, rescuers on Wednesday pulled the bodies of three sisters from their house, which had been hit by \
an air strike on Tuesday.
"""


def test_a_standfirst_is_its_lead_and_bodies_pulled_later_are_the_strikes_dead() -> None:
    market, house = extract(ARTICLE_WITH_A_STANDFIRST, published=dt.date(2019, 7, 24))["events"]
    assert (market["date"], market["killed"]) == ("2019-07-22", 17)
    assert (house["date"], house["killed"]) == ("2019-07-23", 3)


DIGEST_WITH_CLAIMS_AND_ABROAD = """\
Spotlight on the week (March 6-12, 2019)

Syria
  • On March 8, 2019, HTS operatives attacked Syrian army positions near Kafr Nabudah. HTS reported that 12 \
soldiers had been killed. The Syrian army admitted the loss of three soldiers (Ibaa, March 8, 2019; SANA, \
March 9, 2019).
  • On March 9, 2019, Turkish jets struck villages around Tal Rifaat. According to the Kurdish forces, the strikes \
killed four civilians (ANHA, March 9, 2019).
  • Shells fired from the Tal Rifaat area on March 10, 2019 landed in the Turkish border town of Kilis, wounding \
two people (Anadolu, March 10, 2019).
  • HTS leader Abu Muhammad al-Julani called on the young men of Idlib to join the fighting against the regime \
(Ibaa, March 11, 2019).

Iraq
  • Kirkuk Province: ISIS claimed that its operatives had killed five PMF fighters near Daquq, whereas the PMF said \
two fighters had been killed (Amaq, March 10, 2019; Al-Ghadir, March 10, 2019).

Other countries
  • A suicide bomber blew himself up at a wedding in the Shahr-e Naw neighborhood of Kabul, killing 20 people \
(Amaq, March 7, 2019).
"""


def test_a_digest_keeps_the_victims_count_and_leaves_out_what_happened_abroad() -> None:
    kafr_nabudah, tal_rifaat, daquq = extract(DIGEST_WITH_CLAIMS_AND_ABROAD, published=dt.date(2019, 3, 13))["events"]
    # the claimant's figure and the admitted one count the same dead: the lower stands
    assert kafr_nabudah["killed"] == 3
    assert daquq["killed"] == 2
    # "According to the Kurdish forces, the strikes killed ...": the strikes told before, with their dead
    assert (tal_rifaat["actor1"], tal_rifaat["killed"]) == ("Military Forces of Turkey", 4)


MIXED_EXPORT_ROWS = """\
desk notes, as exported

2022-05-03 | Nineveh | On 3 May 2022, an IED struck an army patrol near the village of Tel Abta, killing a soldier.
Kirkuk, 14 Feb 2021: police fire on protesters in Hawija — 2 dead.
Duhok (Amadiya), 9 Jul 2021: Turkish drone kills two PKK fighters.
Diyala, 2 Mar 2022: clan fight in Baladruz, 4 dead
Daraa, 11 Jan 2024: several hundred residents protest in Bosra against the government [size=several hundred]
"""


def test_export_rows_and_dated_labels_name_the_governorate_not_the_place() -> None:
    tel_abta, hawija, amadiya, baladruz, bosra = extract(MIXED_EXPORT_ROWS, published=dt.date(2024, 2, 1))["events"]
    assert tel_abta["admin1"] == "Nineveh" and tel_abta["geo_precision"] < 3  # a town, not the governorate
    assert "Tel Abta" in tel_abta["location_text"]
    assert (hawija["event_type"], hawija["location_text"], hawija["killed"]) == ("Protests", "in Hawija", 2)
    # the label's town when the note names none
    assert (amadiya["sub_event_type"], amadiya["admin1"], amadiya["killed"]) == ("Air/drone strike", "Dohuk", 2)
    assert (baladruz["sub_event_type"], baladruz["killed"]) == ("Armed clash", 4)
    assert (bosra["event_type"], bosra["admin1"]) == ("Protests", "Daraa")


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 3 June 2018, two US destroyers fired 40 Tomahawk cruise missiles at a depot near Masyaf.",
         "Shelling/artillery/missile attack"),
        ("On 3 June 2018, Israeli jets fired missiles at a depot near Masyaf.", "Air/drone strike"),
        ("On 30 November 2024, factions of the Military Operations Command captured Maarat al-Numan in southern Idlib "
         "from the Syrian army after brief clashes.", "Non-state actor overtakes territory"),
    ],
)
def test_missiles_from_the_sea_and_ground_taken_after_brief_clashes(text: str, sub_event_type: str) -> None:
    (event,) = extract("NOTES\n\n" + text + "\n", published=dt.date(2025, 1, 1))["events"]
    assert event["sub_event_type"] == sub_event_type


MARKET_BOMBING_STORY = """\
Car bomb hits Baghdad market

BAGHDAD (Wire) — A car bomb exploded in a crowded market in Baghdad's Shula district on Sunday morning, killing at \
least eight people, officials said, the latest in a string of attacks to hit the capital as Iraqi forces battle the \
Islamic State group in Mosul.

By the afternoon, the toll had risen to 14, according to police. A spokesman for the Health Ministry gave a lower \
figure of 12 dead.

Earlier Sunday, a bomb placed near a bakery in the Dora neighborhood went off, killing one person, police said.

In Mosul, Iraqi special forces pushed into the eastern neighborhoods on Sunday, retaking the Karama district after \
heavy street fighting.
"""


def test_the_latest_in_a_string_of_attacks_is_an_incident_with_its_lower_toll() -> None:
    events = extract(MARKET_BOMBING_STORY, published=dt.date(2017, 1, 8))["events"]
    market, bakery, karama = events
    assert (market["killed"], market["date"]) == (12, "2017-01-08")
    assert bakery["killed"] == 1
    assert karama["sub_event_type"] == "Government regains territory"


CSV_EXPORT = """\
event_date,event_type,actor1,admin1,location,fatalities,source,notes
2023-04-12,Explosions/Remote violence,Military Forces of Turkey,Nineveh,Sinjar,2,Rudaw,"On 12 April 2023, a Turkish \
drone struck a car near Sinune, killing two members of the Sinjar Resistance Units."
2024-03-08,Protests,Protesters (Syria),Idlib,Idlib,0,Enab Baladi,"Hundreds demonstrated in central Idlib after Friday \
prayers against HTS."
"""


def test_a_csv_export_reads_its_notes_with_the_row_day_and_governorate() -> None:
    strike, protest = extract(CSV_EXPORT, published=dt.date(2024, 4, 22))["events"]
    # the actor columns are the coder's, the notes are read: Turkey is the doer named in them
    assert (strike["actor1"], strike["admin1"], strike["killed"]) == ("Military Forces of Turkey", "Nineveh", 2)
    assert "Sinune" in strike["location_text"]
    # "after Friday prayers": the row's day, not the Friday before the export
    assert protest["date"] == "2024-03-08"


ARTICLE_WITH_DEATHS_AMONG_THE_WOUNDED = """\
Bomb rips through bus station in Tuz Khurmatu

TUZ KHURMATU, Iraq (Wire) — A bomb hidden in a parked minibus exploded at the town's bus station on Thursday \
morning, killing six people and wounding 18, a local health official said.

The Islamic State group claimed responsibility for the bombing in an online statement late on Thursday.

On Friday, the official said three of the wounded had died in hospital, raising the count to nine dead and 15 wounded.
"""

ARTICLE_WITH_ONE_WOUNDED_WHO_DIED = """\
Rocket hits house near Qamishli

QAMISHLI, Syria (Wire) — A rocket fired from the Turkish side of the border hit a house in the village of \
Tal Hamis on Saturday evening, wounding four members of one family, local Kurdish officials said.

On Sunday, a hospital source said one of the injured, a girl of twelve, passed away overnight.
"""


def test_later_paragraphs_move_wounded_who_died_to_the_dead_and_name_the_claimant() -> None:
    (bus,) = extract(ARTICLE_WITH_DEATHS_AMONG_THE_WOUNDED, published=dt.date(2019, 5, 10))["events"]
    assert (bus["killed"], bus["wounded"]) == (9, 15)  # the new count, down for the wounded too
    assert bus["actor1"] == "Islamic State (ISIS)"  # the claim in the next paragraph names the doer
    (house,) = extract(ARTICLE_WITH_ONE_WOUNDED_WHO_DIED, published=dt.date(2019, 5, 12))["events"]
    assert (house["killed"], house["wounded"]) == (1, 3)


WEEKLY_NOTES_OF_AN_EARLIER_YEAR = """\
Incident notes, Iraq

Week of 10-16 June 2023 — Iraq

12 June: An IED struck a federal police patrol near Tarmiyah, Baghdad governorate, wounding two policemen.

14 June: Protesters blocked the main road in Nasiriyah, Dhi Qar, demanding jobs.
"""


def test_a_weeks_heading_gives_the_year_of_the_days_under_it() -> None:
    events = extract(WEEKLY_NOTES_OF_AN_EARLIER_YEAR, published=dt.date(2024, 8, 1))["events"]
    assert [e["date"] for e in events] == ["2023-06-12", "2023-06-14"]  # not June 2024, the last June before August


ARTICLE_WITH_A_RISEN_TOLL_AFTER_A_QUOTE = """\
Barrel bombs kill dozens in Aleppo

Aleppo (Syria) (Wire) - February 2, 2014

Government helicopters dropped barrel bombs on two rebel-held districts of Aleppo on Saturday, killing at least 36 \
people, a monitoring group said.

The bombs slammed into a crowded street and a residential block in the east of the city, residents said.

"We pulled a woman and her two sons from under the rubble," a rescuer told reporters.

By Sunday afternoon the monitor said the toll from Saturday's raids had risen to 41.

In the west of the city, three people including a child were killed and 14 were wounded when rebel mortar rounds \
crashed into the Midan neighbourhood of Aleppo on Sunday morning. One of the wounded died later in hospital.
"""

ARTICLE_WITH_ARRESTS_BEFORE_THE_TOLL = """\
Clan fighting kills three in Maysan

AMARAH, Iraq (Wire) — An armed dispute between two clans in Al-Majar al-Kabir on Saturday evening killed three \
people and wounded five others, a police source said.

Police reinforcements were deployed to contain the clash and arrested six suspects.

By Sunday noon, the death toll had risen to four after one of the wounded died in hospital, the source added.
"""


def test_a_risen_toll_after_a_quote_and_a_wounded_who_died_in_the_same_paragraph() -> None:
    raids, mortars = extract(ARTICLE_WITH_A_RISEN_TOLL_AFTER_A_QUOTE, published=dt.date(2014, 2, 2))["events"]
    assert raids["killed"] == 41  # the update two paragraphs later, past a description and a quote
    assert (mortars["killed"], mortars["wounded"]) == (4, 13)  # the one who died leaves the wounded


def test_a_risen_toll_is_the_incidents_not_the_arrests_told_after_it() -> None:
    events = extract(ARTICLE_WITH_ARRESTS_BEFORE_THE_TOLL, published=dt.date(2023, 3, 12))["events"]
    clash = next(e for e in events if e["event_type"] == "Battles")
    assert (clash["killed"], clash["wounded"]) == (4, 4)


MINISTRY_POSTS = """\
Ministry of National Defence of the Republic of Türkiye – statements, 3–5 May 2023

3 May 2023, 09:12
Within the scope of the Claw-Lock Operation, 3 PKK terrorists detected in the Hakurk region of northern Iraq were \
neutralized by air strikes.

5 May 2023, 18:40
Two PKK/YPG terrorists who opened harassing fire on our base area near Marea were neutralized by the retaliatory \
fire of our commandos.
"""

PARTY_STATEMENT = """\
SDF Media Centre
Statement to the public
20 April 2023

On Wednesday, our forces foiled an infiltration attempt by the mercenaries of the Turkish occupation on the Tal Tamr \
front. Two of the mercenaries were killed in the clash.
"""


def test_a_partys_own_posts_are_dated_by_their_lines_and_its_forces_are_ours() -> None:
    strike, fire = extract(MINISTRY_POSTS, published=dt.date(2023, 5, 6))["events"]
    # each post's own date line, with its time of day, dates it
    assert (strike["date"], fire["date"]) == ("2023-05-03", "2023-05-05")
    # the issuing ministry struck: "were neutralized by air strikes" in its own release
    assert (strike["actor1"], strike["actor2"]) == ("Military Forces of Turkey", "Kurdistan Workers' Party (PKK)")
    assert strike["killed"] == 3
    (clash,) = extract(PARTY_STATEMENT, published=dt.date(2023, 4, 20))["events"]
    assert "Syrian Democratic Forces (SDF)" in (clash["actor1"], clash["actor2"])  # "our forces"


WEEKLY_WITH_TARGET_HEADING = """\
IRAQ SECURITY UPDATE
Week 17 | 22–28 April 2021

1. MILITIA ATTACKS ON US AND COALITION TARGETS

Balad. Two 107mm rockets hit Balad Air Base on 25 April, wounding an Iraqi soldier (Shafaq News).
"""


def test_a_heading_naming_whom_attacks_were_on_names_no_doer() -> None:
    (event,) = extract(WEEKLY_WITH_TARGET_HEADING, published=dt.date(2021, 4, 29))["events"]
    assert event["actor1"] != "Global Coalition against Daesh"
    assert event["actor1"].startswith("Unidentified")


ARTICLE_WITH_THE_MONITOR_LATER = """\
Barrel bombs hit rebel-held Aleppo

Aleppo (Syria) (Wire) - February 2, 2014

Government helicopters dropped barrel bombs on two rebel-held districts of Aleppo on Saturday, killing at least 36 \
people, a monitoring group said.

The crude bombs slammed into a crowded street in the east of the city, according to the Syrian Observatory for \
Human Rights.

In Daraa, gunmen shot dead a former rebel commander in Tafas on Sunday. The Horan Free League, a local news \
network, said he had joined the 2018 settlement.
"""


def test_a_monitor_named_in_the_next_paragraph_is_the_incidents_source() -> None:
    raids, shooting = extract(ARTICLE_WITH_THE_MONITOR_LATER, published=dt.date(2014, 2, 2))["events"]
    assert any(s.startswith("Syrian Observatory for Human Rights") for s in raids["sources"])
    assert any(s.startswith("Horan Free League") for s in shooting["sources"])


MONITOR_UPDATE_WITH_YESTERDAYS_FIGURE = """\
Death toll of the market massacre rises to 39

July 23, 2019

The Syrian Observatory for Human Rights has documented a rise in the death toll of the massacre committed by regime \
warplanes on Monday in the vegetable market of Maarat al-Numan. The number of people killed has risen to 39.

SOHR had reported yesterday that 31 civilians were killed when the warplanes fired several missiles at the market.
"""


def test_yesterdays_figure_in_the_next_paragraph_retells_the_incident() -> None:
    (event,) = extract(MONITOR_UPDATE_WITH_YESTERDAYS_FIGURE, published=dt.date(2019, 7, 23))["events"]
    assert (event["sub_event_type"], event["date"], event["killed"]) == ("Air/drone strike", "2019-07-22", 39)


DAILY_LOG_WITH_DAY_HEADINGS = """\
IRAQ DAILY SECURITY LOG
Issued: 14 March 2020, 08:00 local

THURSDAY 12 MARCH 2020

0640 | Baghdad | Taji: IED detonated against an Iraqi Army patrol near the grain silos. 2 soldiers WIA.
1940 | Basra | Zubair: Approx. 150 oil workers protested outside the company gate; dispersed peacefully.

Day total (12 March): 2 incidents, 0 killed, 9 wounded.

FRIDAY 13 MARCH 2020

0550 | Diyala | Jalawla: ISIS gunmen abducted 2 shepherds from their tents near Jalawla.
"""


def test_a_logs_day_headings_in_capitals_date_its_lines_and_its_day_total_is_no_toll() -> None:
    ied, protest, abduction = extract(DAILY_LOG_WITH_DAY_HEADINGS, published=dt.date(2020, 3, 14))["events"]
    assert [e["date"] for e in (ied, protest, abduction)] == ["2020-03-12", "2020-03-12", "2020-03-13"]
    assert protest["event_type"] == "Protests"  # "Approx. 150" does not end the sentence
    assert protest["wounded"] is None  # the day's total below it is no figure of its own


ARTICLE_RECALLING_LAST_WEEKS_BOMBING = """\
Suicide bomber kills dozens at Baghdad funeral

22 Sep 2013 09:41 GMT

A suicide bomber blew himself up inside a packed funeral tent in Baghdad's Sadr City district on Saturday evening, \
killing at least 31 people and wounding more than 60, police and medical sources said.

The mourners had gathered to console the family of a local man who was among those killed when a car bomb tore \
through a vegetable market in the same district last week.

By Sunday morning the toll had risen to 35 dead, a police official said, with 62 people still being treated for \
their wounds.
"""


def test_an_incident_recalled_about_its_victims_is_background_and_the_risen_toll_is_the_leads() -> None:
    (event,) = extract(ARTICLE_RECALLING_LAST_WEEKS_BOMBING, published=dt.date(2013, 9, 22))["events"]
    assert (event["sub_event_type"], event["killed"], event["wounded"]) == ("Suicide bomb", 35, 62)


def test_a_headline_is_no_source_but_a_reports_name_is() -> None:
    (event,) = extract(
        "Barrel bombs hit rebel-held Aleppo\n\nGovernment helicopters dropped barrel bombs on the Sukkari district of "
        "Aleppo on 1 February 2014, killing at least 36 people.\n",
        published=dt.date(2014, 2, 2),
    )["events"]
    assert not any(s.startswith("Barrel bombs") for s in event["sources"])
    (event,) = extract(
        "IRAQ SECURITY MONITOR\n\nOn 3 May 2021, gunmen shot dead a shopkeeper in Basra.\n",
        published=dt.date(2021, 5, 4),
    )["events"]
    assert any(s.startswith("Iraq Security Monitor") for s in event["sources"])
    # a UN-style title that names the country covered is nobody's name either
    (event,) = extract(
        "SYRIAN ARAB REPUBLIC\nNorth-west Syria: Flash Update No. 4\n\nOn 3 May 2021, an air strike hit a market in "
        "Ariha, killing five civilians.\n",
        published=dt.date(2021, 5, 4),
    )["events"]
    assert not any(s.lower().startswith("syrian arab republic") for s in event["sources"])


ARTICLE_WITH_A_SECOND_STATEMENT = """\
Rocket kills family near Baghdad airport

BAGHDAD (Wire) — A rocket fired at Baghdad airport fell short and slammed into a family home in the nearby \
Radwaniyah area on Monday evening, killing three people, Iraqi officials said.

In a second statement issued late on Monday, the Security Media Cell said the toll had risen to five, adding that \
the rocket was one of two launched from the Jihad neighbourhood of western Baghdad.
"""


def test_a_second_statement_that_counts_the_same_rocket_again_is_no_second_incident() -> None:
    (event,) = extract(ARTICLE_WITH_A_SECOND_STATEMENT, published=dt.date(2020, 9, 29))["events"]
    assert event["killed"] == 5


ARTICLE_WITH_A_DAYS_TOLL = """\
Government rockets kill family in Idlib village

IDLIB, Syria (Wire) — Four members of one family were killed on Sunday when government rockets hit their home in \
the village of Hass in southern Idlib, a war monitor said.

The monitor said a fifth person died of wounds in the evening, bringing the day's toll in the village to five.
"""


def test_a_days_toll_brought_up_by_a_later_death_is_the_incidents_and_government_rockets_are_the_armys() -> None:
    (event,) = extract(ARTICLE_WITH_A_DAYS_TOLL, published=dt.date(2019, 6, 10))["events"]
    assert (event["actor1"], event["killed"]) == ("Military Forces of Syria", 5)


ARTICLE_WITH_A_ROLL_UP_LEDE_AND_A_RECALLED_RAID = """\
Bombings hit Kirkuk and Tuz Khurmatu

Kirkuk, Iraq (Wire) — Three bombs exploded in two towns of northern Iraq on Sunday, killing at least 12 people, \
police said.

The deadliest blast went off at a bus station in Tuz Khurmatu, killing eight people and wounding 20.

In Kirkuk, a roadside bomb struck a police patrol on the Baghdad road, killing four policemen.

Violence has risen in the area since security forces raided a village near Hawija on March 2, setting off clashes \
in which 15 people died.
"""


def test_a_lede_over_several_incidents_told_below_is_their_summary_and_a_raid_weeks_before_is_background() -> None:
    report = extract(ARTICLE_WITH_A_ROLL_UP_LEDE_AND_A_RECALLED_RAID, published=dt.date(2013, 4, 1))
    assert sorted(e["killed"] for e in report["events"]) == [4, 8]
    assert any(n["quote"].startswith("Violence has risen") for n in report["non_events"])


RECORDS_WITH_HEADER_LINES = """\
IRAQ AND SYRIA – event notes, selected records

Export date: 2 February 2026

2018-03-11 | Diyala | Khanaqin
A roadside bomb struck a Peshmerga patrol on the road north of Khanaqin on Sunday evening, wounding three.
Fatalities: 0.

SYR20417 · 4 April 2019 · Hama / Suqaylabiyah
Rockets fired from rebel-held areas hit a residential street in Suqaylabiyah, killing two children.

Raqqa — Tabqa (al-Wahda quarter) — 30 June 2023
Unidentified gunmen shot dead a tribal notable outside his home after evening prayers.
Sources: Furat FM; SOHR

On 5 May 2020, IS militants attacked a PMF post near Tarmiyah, killing one fighter.
"""


def test_a_records_header_line_dates_and_places_that_record_only() -> None:
    events = extract(RECORDS_WITH_HEADER_LINES, published=dt.date(2026, 2, 2))["events"]
    assert [(e["date"], e["admin1"]) for e in events] == [
        ("2018-03-11", "Diyala"), ("2019-04-04", "Hama"), ("2023-06-30", "Raqqa"), ("2020-05-05", "Baghdad"),
    ]
    # the header's last field is the record's place, not its source
    assert events[0]["sources"] == []


STATEMENTS_UNDER_THEIR_ISSUERS = """\
Reading file: official statements, 3-5 August 2021

Turkish Ministry of National Defence (@tcsavunma)

3 August, 09:40: 6 PKK terrorists spotted in the Hakurk region of northern Iraq were neutralized.

4 August, 20:15: Our heroic soldier was martyred in a clash with terrorists near Kani Masi, and 2 terrorists were \
neutralized.

5 August, 12:00: Since the start of the month, a total of 14 terrorists have been neutralized.

Russian Centre for Reconciliation of Opposing Parties in Syria

4 August: Over the past 24 hours, seven shelling attacks were recorded in the Idlib de-escalation zone.
"""


def test_a_heading_that_names_the_issuer_makes_its_posts_its_own() -> None:
    report = extract(STATEMENTS_UNDER_THEIR_ISSUERS, published=dt.date(2021, 8, 6))
    events = report["events"]
    assert [(e["date"], e["actor1"], e["actor2"]) for e in events] == [
        ("2021-08-03", "Military Forces of Turkey", "Kurdistan Workers' Party (PKK)"),
        ("2021-08-04", "Military Forces of Turkey", "Kurdistan Workers' Party (PKK)"),
    ]
    assert all(any(s.startswith("Turkish Ministry of National Defence") for s in e["sources"]) for e in events)
    # a month's total and a day's count of violations are summaries
    assert {n["quote"][:16] for n in report["non_events"]} >= {"5 August, 12:00:", "4 August: Over t"}


WEEKLY_WITH_TRENDS = """\
NORTHEAST SYRIA WEEKLY, 6-12 March 2023

KEY POINTS
- Turkey continued the drone campaign it resumed in February against the SDF, hitting targets around Qamishli.
- Attacks on SDF checkpoints rose for the fourth week in a row.

Deir ez-Zor
- On 8 March 2023, gunmen on a motorcycle shot dead an SDF commander in Al-Busayrah. ISIS cells have carried out \
similar assassinations in the town this year.
- The Coalition reported that between 5 and 11 March it had conducted 140 strikes in the middle Euphrates valley.

The Sinai Peninsula
- On 9 March 2023, ISIS's Sinai Province claimed an IED attack on an Egyptian army patrol near Rafah, killing two \
soldiers.
"""


def test_a_weeks_trends_and_counts_are_no_incidents() -> None:
    events = extract(WEEKLY_WITH_TRENDS, published=dt.date(2023, 3, 13))["events"]
    assert [(e["date"], e["place"]) for e in events] == [("2023-03-08", "Al Busayrah")]


REVIEW_PARAGRAPHS = """\
WEEKLY SECURITY REVIEW – IRAQ, 2-8 May 2021

Maysan and the south: A land dispute between two clans near Qalat Salih escalated into a gunfight on 4 May; one \
clansman was killed. In Samawah some 300 contract teachers demonstrated outside the Muthanna governorate building on \
Tuesday to demand permanent posts.

Weekly trend: Attacks on logistics convoys in the south continued, with four incidents recorded between Diwaniyah \
and Nasiriyah. Kirkuk was comparatively quiet apart from one IED.
"""


def test_another_kind_of_act_at_another_place_is_another_event_and_a_weeks_trend_is_none() -> None:
    events = extract(REVIEW_PARAGRAPHS, published=dt.date(2021, 5, 9))["events"]
    assert [(e["date"], e["event_type"], e["admin1"]) for e in events] == [
        ("2021-05-04", "Battles", "Maysan"), ("2021-05-04", "Protests", "Al-Muthanna"),
    ]


def test_a_claim_and_another_tellers_count_of_the_same_blast_are_one_event() -> None:
    events = extract(
        "SPOTLIGHT ON THE EUPHRATES\n\nSyria\n  • ISIS claimed that one of its operatives had blown himself up among "
        "SDF fighters in the town of Al-Susah, killing 12 of them (Amaq, March 3, 2019). According to a local "
        "network, three SDF fighters were killed in the explosion (Deir Ezzor 24, March 3, 2019).\n",
        published=dt.date(2019, 3, 6),
    )["events"]
    assert [(e["sub_event_type"], e["killed"]) for e in events] == [("Suicide bomb", 3)]


CHANNEL_POSTS_WITH_AN_UPDATE = """\
Security Media Cell – posts of 4 April 2022

[07:10] Security Media Cell: Iraqi F-16 aircraft carried out an air strike at dawn today on a Daesh hideout in the \
Hamrin Mountains, killing three terrorists.

[11:30] Security Media Cell: Police arrested two suspects in Baquba.

[16:05] Security Media Cell: Update – the number of terrorists killed in this morning's air strike in the Hamrin \
Mountains has risen to five after two more bodies were recovered.
"""


def test_an_update_post_counts_the_earlier_strike_again() -> None:
    events = extract(CHANNEL_POSTS_WITH_AN_UPDATE, published=dt.date(2022, 4, 4))["events"]
    assert [(e["sub_event_type"], e["killed"]) for e in events] == [("Air/drone strike", 5), ("Arrests", None)]


MONITOR_STATEMENTS_WITH_A_RISEN_TOLL = """\
Monitor statements – 9 March 2020

Syrian warplanes struck a bakery in the town of Ariha this afternoon, killing at least 11 civilians.

Gunmen shot dead a man at his shop in Daraa al-Balad this evening.

The toll of the air strike in Ariha has risen to 17 civilians after more bodies were recovered from the rubble.

Further to our earlier statement, rescuers at the Daraa al-Balad shop found a second body, raising the toll of the \
shooting to two.
"""


def test_a_statement_that_only_counts_again_updates_the_earlier_event() -> None:
    events = extract(MONITOR_STATEMENTS_WITH_A_RISEN_TOLL, published=dt.date(2020, 3, 9))["events"]
    assert [(e["place"], e["killed"]) for e in events] == [("Ariha", 17), ("Dar'a", 2)]


ARTICLE_ON_A_NEW_ROUND = """\
Fighting flares again near Manbij

MANBIJ, Syria (Wire) – Clashes erupted again on Thursday between SNA factions and SDF fighters near the village of \
Arab Hasan, killing five fighters, a war monitor said.

The fighting broke out on Sunday, after the factions shelled SDF positions on the Sajur river front.
"""


def test_a_round_told_again_keeps_its_own_day() -> None:
    (event,) = extract(ARTICLE_ON_A_NEW_ROUND, published=dt.date(2024, 1, 12))["events"]
    assert event["date"] == "2024-01-11"


ARTICLE_WITH_A_MINISTRYS_WORD = """\
Drone kills two fighters near Sinjar

DUHOK, Kurdistan Region (Wire) - Two fighters of the Sinjar Resistance Units (YBS) were killed when a drone struck \
their car near the village of Khanasor, north of Sinjar, on Monday evening, a local official said.

Turkey's defence ministry said on Tuesday that its forces had "neutralised two PKK terrorists" in the Sinjar region.

The Iraqi military said on Tuesday its aircraft had struck hideouts near Rutba, in western Anbar, killing five \
Islamic State fighters.
"""


def test_a_ministrys_word_on_the_next_day_names_the_unknown_doer_but_a_strike_far_away_is_another_event() -> None:
    events = extract(ARTICLE_WITH_A_MINISTRYS_WORD, published=dt.date(2023, 5, 16))["events"]
    assert [(e["date"], e["actor1"], e["killed"]) for e in events] == [
        ("2023-05-15", "Military Forces of Turkey", 2), ("2023-05-16", "Military Forces of Iraq", 5),
    ]


def test_a_dateline_with_a_colon_is_where_the_story_was_filed_not_where_it_happened() -> None:
    (event,) = extract(
        "Tikrit falls\n\nSAMARRA, Iraq: Islamic State militants seized full control of Tikrit on 11 June 2014 after "
        "the army withdrew, officials said.\n",
        published=dt.date(2014, 6, 12),
    )["events"]
    assert (event["place"], event["admin1"]) == ("Tikrit", "Salah al-Din")


FIELD_RECORDS = """\
CIVILIAN HARM LOG – Mosul, selected incidents

Incident code: IQ2210
Date: March 17, 2017
Location: al-Jadida neighbourhood, Mosul
Civilians reported killed: 10–14
Civilians reported injured: 6
Suspected belligerent: Coalition
Summary: A coalition air strike hit a house in al-Jadida where families had sheltered, according to local residents.
Sources: Nineveh Media Center

Incident code: IQ2214
Date: March 19, 2017
Location: Bab Sinjar, Mosul
Civilians reported killed: 3
Civilians reported injured: Unknown
Suspected belligerent: ISIS
Summary: ISIS snipers shot dead three civilians trying to flee across the old city.
Sources: Mosul Eye
"""


def test_a_record_of_labelled_fields_is_one_event_dated_and_counted_by_its_fields() -> None:
    events = extract(FIELD_RECORDS, published=dt.date(2017, 4, 1))["events"]
    assert [(e["date"], e["sub_event_type"], e["actor1"], e["killed"], e["wounded"]) for e in events] == [
        ("2017-03-17", "Air/drone strike", "Global Coalition against Daesh", 10, 6),
        ("2017-03-19", "Attack", "Islamic State (ISIS)", 3, None),
    ]


ARTICLE_WITH_A_LONG_APPOSITIVE = """\
Scores killed in assault on Syrian village

BEIRUT (Wire) — Syrian troops backed by tanks pounded a farming village in northern Hama province on Friday before \
militiamen stormed it, activists said.

The assault on Qubair, a small Sunni hamlet of some 150 people on the edge of the Ghab plain west of the town of \
Masyaf, began at noon. The Syrian Observatory for Human Rights said it had documented the names of 52 people killed \
there, while local activists put the toll at more than 80.
"""


def test_a_paragraph_on_the_assault_tells_the_leads_place_and_toll() -> None:
    (event,) = extract(ARTICLE_WITH_A_LONG_APPOSITIVE, published=dt.date(2012, 6, 9))["events"]
    assert (event["date"], event["killed"]) == ("2012-06-08", 52)


ARTICLE_ON_ONE_GROUP = """\
IS fighters storm prison in Hasakah

HASAKAH, Syria (Wire) — Islamic State fighters attacked the Sinaa prison in Hasakah late on Thursday, setting off a \
car bomb at its gate, the Kurdish-led Syrian Democratic Forces said.

On Saturday, coalition aircraft struck a school north of the prison where militants had holed up, killing at least \
seven of them.
"""


def test_in_a_story_that_names_one_jihadist_group_its_militants_are_that_groups() -> None:
    events = extract(ARTICLE_ON_ONE_GROUP, published=dt.date(2022, 1, 23))["events"]
    assert [(e["actor1"], e["actor2"]) for e in events] == [
        ("Islamic State (ISIS)", "Syrian Democratic Forces (SDF)"),
        ("Global Coalition against Daesh", "Islamic State (ISIS)"),
    ]


def test_a_dateline_of_two_cities_with_its_date_is_the_filing_not_the_incident() -> None:
    (event,) = extract(
        "Strikes hit Aleppo hospital\n\nBEIRUT/AMMAN, May 4 (Wire) - Air strikes hit a hospital in a rebel-held "
        "district of Aleppo late on Tuesday, killing nine people, a monitor said.\n",
        published=dt.date(2016, 5, 4),
    )["events"]
    assert event["date"] == "2016-05-03"


FEED = """\
Northeast Syria live – Thursday, 9 May 2024

06:15 — Clashes between the SDF and tribal gunmen in Jdeidet Ageidat, Deir ez-Zor countryside
07:40 — Turkish drone hits a car near Amuda, 2 YPG fighters killed – Hawar News Agency
08:05 — Photos: smoke over Jdeidet Ageidat
09:20 — Rocket hits a house in Manbij, 1 child killed, 3 wounded – North Press Agency
"""


def test_a_live_feed_gives_one_event_per_stamped_line_with_its_own_credit() -> None:
    r = extract(FEED, published=dt.date(2024, 5, 9))
    events = r["events"]
    assert [e["place"] for e in events] == ["Jdeidet Ageidat", "Amuda", "Manbij"] or len(events) == 3
    amuda = next(e for e in events if "Amuda" in e["quote"])
    assert amuda["killed"] == 2 and amuda["actor1"] == "Military Forces of Turkey"
    assert [s.split(",")[0] for s in amuda["sources"]] == ["Hawar News Agency"]
    manbij = next(e for e in events if "Manbij" in e["quote"])
    assert (manbij["killed"], manbij["wounded"]) == (1, 3)
    assert [s.split(",")[0] for s in manbij["sources"]] == ["North Press Agency"]
    # the first stamped line is no header: its credit is not the whole feed's
    clash = next(e for e in events if "Clashes" in e["quote"])
    assert not any("Hawar" in s or "North Press" in s for s in clash["sources"])


STRIKE_STORY = """\
Jets pound positions near Deir ez-Zor

The Gulf Herald
Mar 6, 2023

DEIR EZ-ZOR // Israeli warplanes struck several sites around Deir ez-Zor city before dawn on Sunday, killing at least \
four fighters of Iran-backed militias, a war monitor said.

Missiles hit a weapons depot in the Harabesh neighbourhood, setting off secondary explosions, the monitor said.

In a second wave of the same raid, missiles targeted a militia headquarters near Al-Bukamal, killing four fighters.

Israel's military, as is its habit, did not comment.
"""


def test_a_strike_story_lends_its_leads_day_and_doer_to_the_strikes_told_below() -> None:
    r = extract(STRIKE_STORY, published=dt.date(2023, 3, 6))
    events = r["events"]
    # the lede over "several sites" sums up the strikes told one by one below it
    assert len(events) == 2
    assert all(e["actor1"] == "Military Forces of Israel" for e in events)
    assert all(e["sub_event_type"] == "Air/drone strike" for e in events)
    assert all(e["date"] == "2023-03-05" for e in events)


STANDFIRST = """\
Mortars fall on Tuz Khurmatu market

Local officials say mortar rounds hit the town's central market, the third such attack this month.

TUZ KHURMATU, Iraq — 12 October 2022

Three mortar rounds fell on the crowded central market of Tuz Khurmatu on Tuesday evening, wounding seven people, \
a police officer said.
"""


def test_a_standfirst_above_the_date_line_is_not_a_second_incident() -> None:
    events = extract(STANDFIRST, published=dt.date(2022, 10, 12))["events"]
    assert len(events) == 1 and events[0]["wounded"] == 7


TURKISH_RELEASE = """\
Türkiye responds to attack on its base in northern Syria

ANKARA

Turkish forces "neutralized" nine PKK/YPG terrorists in northern Syria after an attack on a Turkish base, the ministry \
said on Tuesday.

On Monday, PKK/YPG terrorists fired mortar rounds at a Turkish base near Azaz, the ministry said.

Turkish howitzers then shelled terrorist positions around Tal Rifaat, neutralizing five terrorists, the ministry added.
"""


def test_bare_terrorists_are_the_group_the_report_calls_terrorists_by_name() -> None:
    events = extract(TURKISH_RELEASE, published=dt.date(2022, 8, 23))["events"]
    shelling = next(e for e in events if "howitzers" in e["quote"])
    assert shelling["actor1"] == "Military Forces of Turkey"
    assert shelling["actor2"] == "People's Protection Units (YPG)"


ROUNDUP = """\
Hawar News Agency – daily round-up, 3 June 2023

NEWS CENTER – The Turkish occupation army continued on Saturday its attacks on the villages of North and East Syria. \
Below is a summary of the day.

ZIRGAN
The occupation army shelled the villages of Dada Abdal and Tal Tawil with heavy artillery; no casualties were \
reported.
"""


def test_the_occupation_army_is_the_occupier_the_report_names() -> None:
    events = extract(ROUNDUP, published=dt.date(2023, 6, 3))["events"]
    assert len(events) == 1  # the lede sums up the day
    assert events[0]["actor1"] == "Military Forces of Turkey"


def test_arrest_warrants_are_no_arrests_and_trends_are_no_incidents() -> None:
    r = extract(
        "Two clans fought with rifles and grenades in Khan Bani Saad on Sunday, leaving three men dead, police "
        "said.\n\nDiyala police said they had issued arrest warrants for the men behind the fighting.\n\n"
        "Rocket fire has repeatedly struck the airport road in recent weeks, residents said.\n\n"
        "The feud has left nine people dead since Friday, according to a local official.\n",
        published=dt.date(2021, 7, 6),
    )
    assert [e["sub_event_type"] for e in r["events"]] == ["Armed clash"]


def test_a_linking_sentence_leads_into_the_incident_told_next() -> None:
    r = extract(
        "The group also targeted farmers in the area. On Sunday, a mine laid by ISIS near Khanasir killed two "
        "truffle hunters, a local source said.\n",
        published=dt.date(2022, 3, 2),
    )
    assert len(r["events"]) == 1 and r["events"][0]["killed"] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sit-in cleared with live fire
        ("On 12 March 2020, riot police cleared the sit-in at Habboubi Square in Nasiriyah with live fire, killing "
         "two protesters.", ("Protests", "Excessive force against protesters")),
        # a crowd that stones a convoy, and one that breaks through walls into a compound
        ("On 3 May 2018, angry relatives pelted the car of the district mayor with stones outside the hospital in "
         "Shirqat.", ("Riots", "Violent demonstration")),
        ("On 9 July 2022, several thousand supporters of a cleric broke through the blast walls of the governorate "
         "building in Basra.", ("Riots", "Violent demonstration")),
        # ground given up under fire is ground taken by fighting
        ("On 4 June 2017, SDF fighters entered the centre of Hunaydah after IS withdrew under fire from the "
         "village.", ("Battles", "Non-state actor overtakes territory")),
        ("On 2 May 2019, army units entered Qalaat al-Madiq after HTS fighters withdrew following days of shelling.",
         ("Battles", "Government regains territory")),
        ("On 30 June 2017, army units took the centre of Hamam al-Alil from IS.",
         ("Battles", "Government regains territory")),
        # an air strike that brings a building down is an air strike
        ("On 2 April 2017, a coalition air strike on a house in Tabqa brought down the building, killing 11 "
         "civilians.", ("Explosions/Remote violence", "Air/drone strike")),
        # elders of two clans sign a truce
        ("On 7 June 2021, sheikhs of two rival clans in Maysan signed a reconciliation agreement at the governorate "
         "building.", ("Strategic developments", "Agreement")),
        # a nerve agent, and captives lined up and shot
        ("On 4 April 2017, rockets carrying a nerve agent hit Khan Sheikhoun, killing dozens.",
         ("Explosions/Remote violence", "Chemical weapon")),
        ("On 3 November 2014, IS fighters lined up and shot dead 30 men of a local tribe near Hit.",
         ("Violence against civilians", "Attack")),
        # foreign workers seized
        ("On 1 September 2016, gunmen seized 16 Turkish construction workers at a building site in eastern "
         "Baghdad.", ("Violence against civilians", "Abduction/forced disappearance")),
    ],
)
def test_dataset_notes_of_crowds_ground_and_truces(text: str, expected: tuple[str, str]) -> None:
    [e] = extract(text + "\n", published=dt.date(2023, 1, 1))["events"]
    assert (e["event_type"], e["sub_event_type"]) == expected


def test_an_incident_that_ran_into_the_next_day_is_dated_by_both() -> None:
    [e] = extract(
        "Late on 14 March 2023, gunmen attacked a checkpoint in Tarmiyah, and the fighting lasted until the "
        "morning of 15 March.\n",
        published=dt.date(2023, 4, 1),
    )["events"]
    assert e["date"] == "2023-03-14/2023-03-15"


def test_a_running_toll_of_dead_and_wounded_replaces_the_first_figures() -> None:
    [e] = extract(
        "On Monday, two men were killed and six wounded in a clan fight in Qurna. One of the wounded died on "
        "Tuesday, bringing the toll to three dead and five wounded, a medical source said.\n",
        published=dt.date(2023, 6, 7),
    )["events"]
    assert (e["killed"], e["wounded"]) == (3, 5)


def test_an_outlet_named_in_the_text_beside_the_parenthesis_is_a_source_too() -> None:
    [e] = extract(
        "  • Diyala Province: On June 3, 2019, a roadside bomb hit a PMF vehicle near Muqdadiyah. According to "
        "Al-Sumaria, two fighters were killed (Amaq, June 3, 2019).\n  • Kirkuk Province: filler text so the report "
        "is a list of bullets (Rudaw, June 3, 2019).\n  • Anbar Province: more filler of the same kind here "
        "(Rudaw, June 3, 2019).\n",
        published=dt.date(2019, 6, 5),
    )["events"][:1]
    assert {s.split(",")[0] for s in e["sources"]} >= {"Amaq", "Al-Sumaria"}


CLAIMS_CHANNEL = """\
Claims log: posts of an armed group's channel, 3-5 March 2024
Compiled 5 March 2024

[03.03.2024 22:10]
"Our fighters targeted the occupation base at the Conoco field with two drones tonight."
US response: A defence official said one drone struck the base on 3 March, lightly wounding two service members.

[04.03.2024 09:30]
"This morning our mujahideen struck the American base at Harir with a drone."
"""


def test_a_channels_stamped_posts_date_their_claims_and_a_response_line_is_the_same_attack() -> None:
    events = extract(CLAIMS_CHANNEL, published=dt.date(2024, 3, 5))["events"]
    assert [e["date"] for e in events] == ["2024-03-03", "2024-03-04"]
    assert all(e["sub_event_type"] == "Air/drone strike" for e in events)
    # the other side's account below the claim is the same attack, with its figures
    assert events[0]["wounded"] == 2


STATEMENTS = """\
Directorate statements, 2023

Statement of 14 April 2023
At 09:40 this morning, a drone struck a car near Penjwen, killing two men.

Statement of 2 June 2023
Last night, Turkish artillery shelled the hills around Kani Masi; no one was hurt.
"""


def test_a_statements_own_date_line_anchors_its_relative_days() -> None:
    events = extract(STATEMENTS, published=dt.date(2023, 12, 31))["events"]
    assert [e["date"] for e in events] == ["2023-04-14", "2023-06-01"]


ARTICLE_NO_DATELINE = """\
Rockets hit base in western Iraq

An unknown group fired rockets at a base hosting foreign troops, the second such attack this week.

At least four Katyusha rockets landed inside Ain al-Asad air base on Thursday evening, causing no casualties, the \
Security Media Cell said.

Late on Tuesday, a rocket fell on a house in the Amil district of Baghdad, wounding a child, police said.
"""


def test_a_standfirst_with_no_day_over_a_dated_lead_is_not_an_incident_of_its_own() -> None:
    events = extract(ARTICLE_NO_DATELINE, published=dt.date(2022, 1, 14))["events"]
    assert len(events) == 2
    assert {e["date"] for e in events} == {"2022-01-13", "2022-01-11"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BAGHDAD: US strikes late on Friday against positions of an armed faction near Al-Qaim killed nine "
         "fighters, officials said.",
         ("Explosions/Remote violence", "Air/drone strike", "Military Forces of the United States")),
        ("On 8 May 2021, a drone packed with explosives crashed into a hangar at Harir air base, causing damage.",
         ("Explosions/Remote violence", "Air/drone strike", None)),
        ("On 3 June 2013, the army command declared that Qusayr was again entirely under government control.",
         ("Battles", "Government regains territory", "Military Forces of Syria")),
        ("On 6 May 2014, IS fighters stopped a minibus carrying students near Manbij and took them away.",
         ("Violence against civilians", "Abduction/forced disappearance", "Islamic State (ISIS)")),
        ("On 2 March 2012, several hundred men marched through Binnish after Friday prayers.",
         ("Protests", "Peaceful protest", "Protesters (Syria)")),
        ("On 9 March 2025, police came under attack by gunmen at a checkpoint near Baniyas, losing two men.",
         ("Battles", "Armed clash", None)),
    ],
)
def test_more_phrasings_of_strikes_ground_abductions_crowds_and_attacks(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    [e] = extract(text + "\n", published=dt.date(2025, 12, 1))["events"]
    assert (e["event_type"], e["sub_event_type"]) == expected[:2]
    if expected[2] is not None:
        assert e["actor1"] == expected[2]


def test_remembrance_references_and_liberated_areas_tell_no_incident() -> None:
    r = extract(
        "Sunday marked the fourth anniversary of the air strike that killed the group's founder near the airport.\n\n"
        "Thousands of families have left the camps since the attack of 6 November, aid workers said.\n\n"
        "HTS said it would not allow any faction to open new headquarters in the liberated areas.\n\n"
        "The governor described the attack as a crime against the people of the province.\n",
        published=dt.date(2022, 11, 20),
    )
    assert r["events"] == []


def test_the_side_that_moved_first_attacked_when_the_next_sentence_repels_it() -> None:
    [e] = extract(
        "IS fighters tried to approach the Baiji refinery from the east on 3 July 2014. Soldiers and tribal fighters "
        "repelled them.\n",
        published=dt.date(2014, 7, 10),
    )["events"]
    assert (e["actor1"], e["actor2"]) == ("Islamic State (ISIS)", "Military Forces of Iraq")


def test_an_items_headline_names_the_region_and_its_dated_sentence_the_place() -> None:
    [e] = extract(
        "3. Gunmen kill a former rebel commander in Daraa. Unidentified gunmen shot dead a former opposition "
        "commander in Nawa on 2 June.\n",
        published=dt.date(2021, 6, 8),
    )["events"]
    assert e["place"] == "Nawa"


def test_an_overview_in_bold_sums_up_and_a_markdown_title_is_no_outlet() -> None:
    r = extract(
        "# Northwest Syria weekly\n\n**Overview.** Shelling of southern Idlib intensified, with the heaviest toll in "
        "Kansafra.\n\n## Idlib\n\n**Sarmada:** A bomb fixed under a car blew up near the roundabout in Sarmada on 9 "
        "June, wounding two men.\n",
        published=dt.date(2021, 6, 14),
    )
    [e] = r["events"]
    assert e["place"] == "Sarmada" and e["wounded"] == 2
    assert not any(s.startswith("#") for s in e["sources"])


def test_the_party_a_struck_car_carried_is_the_target() -> None:
    [e] = extract(
        "On 12 May 2023, a Turkish drone struck a car carrying YPG members near Kobani; two people were killed.\n",
        published=dt.date(2023, 6, 1),
    )["events"]
    assert e["actor2"] == "People's Protection Units (YPG)"


MOD_POSTS_2023 = """\
Republic of Türkiye Ministry of National Defence – official posts of 3-5 May 2023

03.05.2023 · 10:20
2 PKK terrorists spotted by our UAVs in the Gara region were neutralized by our Air Force.

05.05.2023 · 21:05
Terrorists who fired on our base area in the Metina region last night were neutralized by our retaliatory fire.
"""


def test_a_ministrys_stamped_posts_date_their_news_and_our_forces_are_its_own() -> None:
    events = extract(MOD_POSTS_2023, published=dt.date(2023, 5, 6))["events"]
    assert [e["date"] for e in events] == ["2023-05-03", "2023-05-04"]
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike", "Shelling/artillery/missile attack"]
    assert events[0]["actor1"] == "Military Forces of Turkey"


def test_a_bracketed_day_month_stamp_is_a_date_line_too() -> None:
    events = extract(
        "Security channel, posts of 2-4 March 2021\n\n[2 Mar 2021, 09:15]\nLast night a Katyusha rocket fell near "
        "Baghdad airport without casualties.\n\n[4 Mar 2021, 18:40]\nAn IED exploded against an army vehicle in "
        "Tarmiyah, wounding two soldiers.\n",
        published=dt.date(2021, 3, 5),
    )["events"]
    assert [e["date"] for e in events] == ["2021-03-01", "2021-03-04"]


def test_bylines_lives_campaigns_and_recalled_raids_are_not_incidents() -> None:
    r = extract(
        "Militias accused over killings near Falluja\n\nSarah Kamal in Baghdad and agencies\n\n"
        "Among the dead was a field commander of the YPG, who had fought against IS in Manbij.\n\n"
        "For months, government forces have been trying to push rebels out of the valley.\n\n"
        "The raid came less than a week after an air strike on the same town killed two commanders.\n",
        published=dt.date(2020, 5, 5),
    )
    assert r["events"] == []


def test_an_earlier_toll_revised_is_the_same_incident() -> None:
    events = extract(
        "Rutba (Xinhua) -- Gunmen killed three truffle hunters in the desert east of Rutba on Tuesday, a police "
        "source said.\n\nThe source had earlier put the death toll at two, but a third body was found on Wednesday, "
        "the source added.\n",
        published=dt.date(2019, 4, 3),
    )["events"]
    assert len(events) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Thursday, Turkish shells slammed into a neighbourhood of Qamishli, wounding five people.",
         ("Shelling/artillery/missile attack", "Military Forces of Turkey")),
        ("An Israeli strike on 3 May hit a truck near the Jusiyah crossing, causing no casualties.",
         ("Air/drone strike", "Military Forces of Israel")),
        ("07 Jun – Two clans exchanged small-arms and RPG fire in Al-Madina, north of Basra. 2 KIA.",
         ("Armed clash", "Unidentified Tribal Militia (Iraq)")),
        ("12 Jun – Approx. 400 retired teachers gathered outside the governorate building in Basra.",
         ("Peaceful protest", None)),
    ],
)
def test_shells_single_strikes_terse_clashes_and_counted_crowds(text: str, expected: tuple[str, str | None]) -> None:
    [e] = extract(text + "\n", published=dt.date(2023, 6, 14))["events"]
    assert e["sub_event_type"] == expected[0]
    if expected[1] is not None:
        assert e["actor1"] == expected[1]


def test_a_weeks_strike_count_is_a_summary_and_a_claim_is_not_added_to_the_count() -> None:
    r = extract(
        "Russian aircraft carried out more than 30 strikes on IS hideouts in the Badia over the week.\n",
        published=dt.date(2024, 10, 22),
    )
    assert r["events"] == []
    [e] = extract(
        "  • An IS suicide bomber blew himself up among soldiers in western Mosul on May 3, 2017. IS's news agency "
        "claimed that 30 soldiers had been killed. An Iraqi military source said that three soldiers were killed and "
        "five wounded (Amaq, May 3, 2017; Al-Sumaria, May 4, 2017).\n",
        published=dt.date(2017, 5, 10),
    )["events"]
    assert (e["killed"], e["wounded"]) == (3, 5)


def test_a_files_particulars_line_names_no_region() -> None:
    events = extract(
        "Iraq and Syria – notes column, selected entries\n\nExport: notes only | Prepared 2 May 2019 | Desk: Iraq\n\n"
        "On 3 April 2019, Syrian government aircraft struck a market in Kafranbel, killing four civilians.\n\n"
        "On 4 April 2019, an IED exploded near a checkpoint in Tarmiyah, killing two soldiers.\n",
        published=dt.date(2019, 5, 2),
    )["events"]
    assert [(e["country"], e["place"]) for e in events] == [("Syria", "Kafranbel"), ("Iraq", "At Tarmiyah")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 July 2017, IS fighters flew small drones rigged with grenades over SDF lines in Raqqa, wounding two.",
         ("Explosions/Remote violence", "Air/drone strike")),
        ("On 3 July 2017, a suicide car bomber drove into an SDF checkpoint in Raqqa, killing four fighters.",
         ("Explosions/Remote violence", "Suicide bomb")),
        ("On 2 July 2017, the SDF said its fighters captured the Great Mosque of Raqqa after a day of fighting.",
         ("Battles", "Non-state actor overtakes territory")),
        ("On 28 May 2015, Jaish al-Fatah completed its capture of Ariha after two days of fighting.",
         ("Battles", "Non-state actor overtakes territory")),
        ("On 6 March 2019, gunmen broke into the house of a farmer in Tarmiyah and shot him and his son dead.",
         ("Violence against civilians", "Attack")),
        ("On 9 December 2019, an angry crowd in Tahrir Square in Baghdad stabbed him to death.",
         ("Riots", "Violent demonstration")),
        ("On 4 February 2024, several hundred mourners rallied at the site of the strike in Baghdad.",
         ("Protests", "Peaceful protest")),
    ],
)
def test_drones_with_grenades_car_bombers_landmarks_killings_and_mourners(text: str, expected: tuple[str, str]) -> None:
    [e] = extract(text + "\n", published=dt.date(2024, 12, 1))["events"]
    assert (e["event_type"], e["sub_event_type"]) == expected


def test_a_london_based_monitor_places_nothing_abroad() -> None:
    [e] = extract(
        "The London-based monitoring group Airwars said that at least 30 civilians were killed when coalition "
        "aircraft bombed apartment blocks in Raqqa on 20 August 2017.\n",
        published=dt.date(2017, 8, 23),
    )["events"]
    assert e["killed"] == 30 and e["sub_event_type"] == "Air/drone strike"


def test_another_sources_figure_is_the_high_estimate() -> None:
    [e] = extract(
        "  • Fighting raged between the Syrian army and rebels in Handarat, north of Aleppo. Six soldiers were killed. "
        "Another source reported nine killed (SOHR, February 8, 2015).\n",
        published=dt.date(2015, 2, 11),
    )["events"]
    assert e["killed"] == 6


BULLETINS = """\
Centre for reconciliation of opposing sides

Bulletin of the Centre for reconciliation of opposing sides in the Syrian Arab Republic (March 2, 2021)

Illegal armed groups shelled the settlement of Jurin, Hama province. Two servicemen were wounded.

Bulletin of the Centre for reconciliation of opposing sides in the Syrian Arab Republic (March 3, 2021)

Militants fired two rockets at the western districts of Aleppo city. One civilian was killed.
"""


def test_a_bulletin_titles_closing_date_dates_its_items() -> None:
    events = extract(BULLETINS, published=dt.date(2021, 3, 4))["events"]
    assert [e["date"] for e in events] == ["2021-03-02", "2021-03-03"]


def test_who_the_dead_were_told_after_them_names_the_target() -> None:
    [e] = extract(
        "On Monday, a Turkish drone struck a car near Batifa, killing two men whom local officials described as PKK "
        "members.\n",
        published=dt.date(2022, 6, 8),
    )["events"]
    assert e["actor2"] == "Kurdistan Workers' Party (PKK)"
    [e] = extract(
        "On Monday, a Turkish drone struck a car near Batifa, killing two people. The mayor said the dead were members "
        "of the PKK.\n",
        published=dt.date(2022, 6, 8),
    )["events"]
    assert e["actor2"] == "Kurdistan Workers' Party (PKK)"


def test_the_day_a_toll_was_raised_is_not_the_day_of_the_attack() -> None:
    [e] = extract(
        "ERBIL, Kurdistan Region (Kurdistan24) – IS militants attacked a Peshmerga post near Gwer late on Saturday, "
        "killing two fighters.\n\nThe militants struck the post shortly before midnight, an officer said. First "
        "reports spoke of one dead, but the ministry raised the toll on Sunday morning to two.\n",
        published=dt.date(2021, 12, 6),
    )["events"]
    assert e["date"] == "2021-12-04" and e["killed"] == 2


def test_a_former_fighter_shot_dead_is_a_civilian() -> None:
    [e] = extract(
        "A former commander in the opposition factions was killed on Sunday evening when unidentified gunmen opened "
        "fire on him in the town of Tafas.\n",
        published=dt.date(2023, 4, 4),
    )["events"]
    assert (e["event_type"], e["actor2"]) == ("Violence against civilians", "Civilians (Syria)")


def test_aircraft_believed_to_be_a_states_and_a_state_that_likely_struck() -> None:
    [e] = extract(
        "On 8 May, aircraft believed to be Jordanian struck a house in the village of Arman, killing three people.\n",
        published=dt.date(2023, 5, 14),
    )["events"]
    assert e["actor1"] == "Military Forces of Jordan"
    [e] = extract(
        "Israel likely conducted an airstrike on a weapons depot near Damascus airport on 17 January.\n",
        published=dt.date(2024, 1, 21),
    )["events"]
    assert e["actor1"] == "Military Forces of Israel"


AGENCY_ITEMS = """\
NEWS AGENCY – selected English items

Army units clear villages in Homs countryside
2 May 2016
Homs, SANA – Army units killed dozens of ISIS terrorists in clashes near the village of Jubb al-Jarrah on Monday.

Citizens injured as terrorists target Aleppo neighborhoods
4 May 2016
Aleppo, SANA – Two citizens were injured on Wednesday when terrorist groups positioned in Bani Zaid fired rocket \
shells on al-Midan neighborhood in Aleppo city, a police source said.
In the afternoon, a boy was injured by a sniper bullet fired by the terrorists on al-Sheikh Maqsoud neighborhood.
The shells also caused material damage to a number of shops.
"""


def test_each_agency_story_names_its_own_terrorists_and_its_own_incidents() -> None:
    events = extract(AGENCY_ITEMS, published=dt.date(2016, 5, 5))["events"]
    aleppo = [e for e in events if e["admin1"] == "Aleppo"]
    assert [(e["sub_event_type"], e["actor1"]) for e in aleppo] == [
        ("Shelling/artillery/missile attack", "Rebel groups (Syria)"),
        ("Attack", "Rebel groups (Syria)"),
    ]


HARM_LOG = """\
CIVILIAN HARM LOG — Deir ez-Zor, July 2017

Code | date | location | summary
CH201 | 4 July 2017 | Al-Quriyah, west bank of the Euphrates | Warplanes struck a house sheltering families displaced \
from Aleppo and Homs, killing six civilians. Grading: Fair.
CH202 | 9 July 2017 | Ar-Raqqa, Al-Sinaa district | Shelling killed three members of one family; Raqqa is Being \
Slaughtered Silently named them.
"""


def test_a_logs_location_cell_says_where_when_the_summary_names_other_places() -> None:
    events = extract(HARM_LOG, published=dt.date(2017, 7, 20))["events"]
    assert [(e["admin1"], e["place"]) for e in events] == [("Deir ez-Zor", "Al-Quriyah"), ("Raqqa", "Ar Raqqah")]


RAID_STORY = """\
Jihadists raid Iraqi town of Tuz Khurmatu

Tuz Khurmatu (Iraq) (AFP) - Islamic State group fighters stormed police stations in the northern Iraqi town of \
Tuz Khurmatu on Thursday, sparking street battles that left at least seven people dead.

Dozens of IS gunmen, some in police uniforms, attacked the targets before sunrise, officials said. Residents said the \
fighters had crossed the river overnight.

By Friday, the toll had risen to 12 dead, with more than 40 wounded, a hospital source said. Police said two of the \
attackers had blown themselves up when they were surrounded.

Clashes resumed on Friday morning in the Jumhuriya neighbourhood, where a few gunmen were hiding in a school. \
Police commandos stormed the building and killed three of them.
"""


def test_an_afp_raid_story_one_raid_with_its_risen_toll_then_the_next_days_fight() -> None:
    events = extract(RAID_STORY, published=dt.date(2021, 5, 21))["events"]
    assert [(e["date"], e["actor1"], e["killed"], e["wounded"], e["place"]) for e in events] == [
        ("2021-05-20", "Islamic State (ISIS)", 12, 40, "Tuz Khurmatu"),
        ("2021-05-21", "Police Forces of Iraq", 3, None, "Tuz Khurmatu"),
    ]


SPREAD_STORY = """\
Factions clash in Azaz

Azaz – Clashes broke out on Friday night between the Hamza Division and the Sultan Murad Division in the centre of \
Azaz, leaving one fighter dead, local sources said.

The fighting spread the next day to the town of Mare', where two civilians were wounded by stray bullets.
"""


def test_fighting_that_spread_the_next_day_is_dated_the_day_after() -> None:
    events = extract(SPREAD_STORY, published=dt.date(2024, 6, 17))["events"]
    assert [e["date"] for e in events] == ["2024-06-14", "2024-06-15"]


LIVE_PAGE = """\
Rudaw | LIVE
Drone strikes in Duhok – live updates
Duhok, Kurdistan Region | Last updated: 22 March 2024, 18:00

22 Mar, 09:40
A Turkish drone struck a vehicle near Sidakan this morning, killing two people, local officials said.

21 Mar, 21:15
Turkish warplanes bombed suspected PKK positions around Deraluk this afternoon; no casualties were reported.
"""


def test_a_live_pages_update_stamps_date_what_each_update_tells() -> None:
    events = extract(LIVE_PAGE, published=dt.date(2024, 3, 22))["events"]
    assert [e["date"] for e in events] == ["2024-03-22", "2024-03-21"]


CELL_POSTS = """\
Joint Operations Command (Iraq) – posts, May 2024

Joint Operations Command | 3 May 2024
Intro line of the collection.

Joint Operations Command | 7 May 2024
Iraqi F-16 aircraft struck a hideout used by terrorists in the Makhoul mountains, killing three of them.

Joint Operations Command | 12 May 2024
A force of the 5th Division found a cache of rockets near Tarmiyah.
"""

PRESS_CENTRE = """\
YPG Press Centre – statements, May 2024

3 May 2024
Our forces raided a hideout of an ISIS cell in the town of Al-Hawl and arrested two members.

7 May 2024
Two of our fighters were wounded when ISIS mercenaries attacked one of our points near Tal Hamis.
"""


def test_an_issuers_posts_are_dated_by_their_own_header_lines() -> None:
    events = extract(CELL_POSTS, published=dt.date(2024, 5, 31))["events"]
    assert [e["date"] for e in events] == ["2024-05-07", "2024-05-12"]


def test_a_press_centres_our_forces_are_its_own() -> None:
    events = extract(PRESS_CENTRE, published=dt.date(2024, 5, 31))["events"]
    assert events[0]["actor1"] == "People's Protection Units (YPG)"
    assert events[1]["actor2"] == "People's Protection Units (YPG)"


SECOND_STRIKE = """\
Israeli strikes hit Damascus suburbs

BEIRUT (Reuters) - Israeli warplanes struck an apartment block in the Kafr Sousa district of Damascus on Tuesday, \
killing six people, state media said.

Minutes later, a second strike flattened a two-storey house in Jdeidet Artouz, west of the capital, killing three \
people, a war monitor said.
"""


def test_a_second_strike_told_by_its_effect_is_the_same_sides_second_strike() -> None:
    events = extract(SECOND_STRIKE, published=dt.date(2024, 11, 20))["events"]
    assert [(e["actor1"], e["killed"]) for e in events] == [
        ("Military Forces of Israel", 6), ("Military Forces of Israel", 3)
    ]


RECALLED_SHELLING = """\
Turkish drone kills two near Penjwen

SULAIMANI, Kurdistan Region (Kurdistan24) – A Turkish drone struck a car near Penjwen on Tuesday night, killing \
both men inside, local officials said.

Iranian artillery had shelled border villages near Sidakan on and off for several days last week.

By Wednesday evening, the overall death toll from the week's attacks in the region had risen to 9.
"""


def test_shelling_recalled_from_last_week_and_a_weeks_overall_toll_are_not_this_storys() -> None:
    events = extract(RECALLED_SHELLING, published=dt.date(2022, 9, 28))["events"]
    assert [(e["sub_event_type"], e["killed"]) for e in events] == [("Air/drone strike", 2)]


MOD_POSTS = """\
T.C. Millî Savunma Bakanlığı / Ministry of National Defence of the Republic of Türkiye – posts, March 2023

4 March 2023 · 10:15
Our howitzers fired at terrorist targets determined in the Manbij region.

6 March 2023 · 18:40
A PKK/YPG leader was neutralized by our armed UAVs near Qamishli.
"""


def test_a_bilingual_ministry_title_names_whose_howitzers_and_uavs_acted() -> None:
    events = extract(MOD_POSTS, published=dt.date(2023, 3, 31))["events"]
    assert [(e["actor1"], e["sub_event_type"]) for e in events] == [
        ("Military Forces of Turkey", "Shelling/artillery/missile attack"),
        ("Military Forces of Turkey", "Air/drone strike"),
    ]


NAMED_TOLL = """\
Jihadists attack paramilitary post in Diyala

Baquba (Iraq) (AFP) – Islamic State group fighters killed three members of Iraq's Hashed al-Shaabi paramilitary \
force on Saturday in an attack on their checkpoint near Khanaqin, security sources said. Two others were wounded.

On Friday, gunmen shot dead a shepherd near Jalawla, a local official said.

One of the wounded fighters died in hospital on Sunday, bringing the toll of the checkpoint attack to four dead \
and one wounded.
"""


def test_a_risen_toll_goes_to_the_attack_it_names() -> None:
    events = extract(NAMED_TOLL, published=dt.date(2020, 5, 4))["events"]
    assert [(e["actor2"], e["killed"]) for e in events] == [
        ("Popular Mobilization Forces (PMF)", 4), ("Civilians (Iraq)", 1)
    ]


RETALIATION = """\
US strikes militias in Iraq and Syria

WASHINGTON (AP) — The U.S. military struck more than 40 targets in Iraq and Syria linked to Iran-backed militias, \
officials said.

The strikes hit command centers and weapons depots at six locations, three in Syria and three in Iraq, a Pentagon \
spokesman said.

In Iraq, the strikes hit sites near the town of Jurf al-Sakhar, and local officials said eight fighters were killed.

Hours before the strikes, a drone targeted a base used by U.S. troops near the Omar oil field. No group claimed it.
"""


def test_a_retaliation_story_one_strike_per_country_told_and_the_drone_before_it() -> None:
    events = extract(RETALIATION, published=dt.date(2024, 2, 3))["events"]
    assert [(e["actor1"], e["admin1"]) for e in events] == [
        ("Military Forces of the United States", "Babil"),
        ("Unidentified Armed Group (Syria)", "Deir ez-Zor"),
    ]


def test_a_monitors_count_and_the_claimants_count_in_the_next_sentence_are_one_toll() -> None:
    (event,) = extract(
        "On 3 May 2019, ISIS militants attacked an army post near Al-Sukhnah, killing seven soldiers, according to "
        "SOHR. ISIS's Amaq agency said 25 soldiers died.\n",
        published=dt.date(2019, 5, 10),
    )["events"]
    assert event["killed"] == 7


ARTICLE_WITH_RUNNING_COUNTS_AND_DETAILS = """\
Clashes near Tal Abyad enter third day

TAL ABYAD, Syria (Wire) – Fighting between Turkish-backed factions and the SDF near Ain Issa entered its third day on \
Monday, residents said.

On Monday, SNA factions attacked SDF positions in the village of Saida, north of Ain Issa, killing four SDF fighters.

The SDF fighters suffered heavy losses in the clashes, a commander of the factions added.

Three mortar rounds hit the market of Ain Issa on Monday afternoon, wounding two women. According to local sources, \
the shells were launched from the outskirts of Tal Abyad.

Later in the day, Turkish drones struck an SDF vehicle on the M4 highway near Ain Issa, killing two fighters.

Since January, more than 60 shells fired from the area have hit villages around Ain Issa, killing nine civilians. \
The town's power station has been targeted at least five times since March.
"""


def test_running_counts_days_of_fighting_and_details_of_a_told_attack_are_no_new_events() -> None:
    events = extract(ARTICLE_WITH_RUNNING_COUNTS_AND_DETAILS, published=dt.date(2019, 10, 28))["events"]
    assert [(e["sub_event_type"], e["killed"], e["wounded"]) for e in events] == [
        ("Armed clash", 4, None),
        ("Shelling/artillery/missile attack", None, 2),
        ("Air/drone strike", 2, None),  # another hour, another doer: not the clash told again
    ]


RELEASE_WITH_A_RESPONSE = """\
Coalition press release – 12 March 2021

At about 9 p.m. local time March 11, rockets launched by suspected militia members struck near Ain al-Asad air base. \
No coalition personnel were hurt.

A short time later, two more rockets hit the base's perimeter; one contractor was treated for minor injuries.

Coalition forces responded with artillery fire against the launch site west of the base. [Coalition press office]
"""


def test_what_follows_a_short_time_later_and_the_response_keep_the_attacks_day() -> None:
    events = extract(RELEASE_WITH_A_RESPONSE, published=dt.date(2021, 3, 12))["events"]
    assert [(e["date"], e["actor1"], e["wounded"]) for e in events] == [
        ("2021-03-11", "Unidentified Armed Group (Iraq)", None),
        ("2021-03-11", None, 1),
        ("2021-03-11", "Global Coalition against Daesh", None),  # the answer, not the attack told again
    ]
    assert events[2]["sources"] == ["Coalition press office"]  # the entry's sources in closing brackets


def test_an_agreement_announced_between_two_sides_is_an_agreement() -> None:
    (event,) = extract(
        "On 2 April 2017, a deal for the evacuation of the besieged towns of Madaya and Zabadani, brokered by Qatar "
        "and Iran, was announced between the Syrian government and the rebels.\n",
        published=dt.date(2017, 4, 30),
    )["events"]
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Agreement", "Military Forces of Syria", "Rebel groups (Syria)"
    )


def test_dozens_of_airstrikes_against_named_hideouts_are_one_air_strike_after_the_ambush() -> None:
    events = extract(
        "Syria\n\nOn March 4, ISIS operatives ambushed a Syrian army convoy near Al-Sukhnah, killing 12 soldiers "
        "(Amaq, March 5, 2021).\n\nFollowing the ambush, Russian warplanes carried out dozens of airstrikes against "
        "ISIS hideouts in the desert north of Palmyra (SOHR, March 6, 2021).\n",
        published=dt.date(2021, 3, 10),
    )["events"]
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        ("Armed clash", "Islamic State (ISIS)", "Military Forces of Syria"),
        ("Air/drone strike", "Military Forces of Russia", "Islamic State (ISIS)"),
    ]


STAMPED_CHANNEL_POSTS = """\
Operations Command – statements of the Media Cell, 3–5 May 2017

[Wednesday 3 May 2017, 10:15]
Our heroes of the 15th Division stormed the Zanjili neighbourhood of western Mosul and liberated it after fierce \
fighting with the Daesh gangs.

[Wednesday 3 May 2017, 18:40]
Units of the Federal Police completed the liberation of the Shifa area of western Mosul this afternoon; nine \
terrorists were killed.

[Thursday 4 May 2017, 09:05]
Our forces on the Badush axis destroyed two car bombs driven by suicide bombers before they could reach our \
positions.

[Thursday 4 May 2017, 16:30]
Army aviation struck a gathering of Daesh terrorists near Tal Afar this afternoon, killing eleven of them.

[Friday 5 May 2017, 08:00]
Our forces captured three Daesh mercenaries who tried to flee among the displaced near Badush.
"""


def test_each_stamped_post_tells_its_own_incident() -> None:
    events = extract(STAMPED_CHANNEL_POSTS, published=dt.date(2017, 5, 5))["events"]
    assert [(e["date"], e["sub_event_type"], e["killed"]) for e in events] == [
        ("2017-05-03", "Government regains territory", None),
        ("2017-05-03", "Government regains territory", 9),  # another quarter of the city, not the first told again
        ("2017-05-04", "Disrupted weapons use", None),
        ("2017-05-04", "Air/drone strike", 11),
        ("2017-05-05", "Arrests", None),
    ]


def test_a_state_agencys_idioms_and_a_killing_told_with_its_hour() -> None:
    events = extract(
        "Damascus Countryside, SANA – The Syrian Arab Army on Sunday restored security and stability to Hazarma "
        "and Nashabiyah.\n\nDaraa: A member of the regime's Air Force Intelligence was killed last night by gunfire "
        "of unknown persons near Inkhil.\n",
        published=dt.date(2018, 3, 12),
    )["events"]
    assert [(e["sub_event_type"], e["actor1"], e["killed"]) for e in events] == [
        ("Government regains territory", "Military Forces of Syria", None),
        ("Armed clash", "Unidentified Armed Group (Syria)", 1),
    ]


ARTICLE_WITH_RECALLED_STRIKES = """\
Drone strike kills two near Qamishli

QAMISHLI, Syria (Wire) – A Turkish drone struck a car near the village of Tal Hamis, east of Qamishli, on Tuesday, \
killing two SDF fighters, the SDF said.

Tensions along the border have been high since October, when U.S. officials said Turkish strikes killed 11 SDF \
fighters near Derik. A Turkish drone strike on a motorcycle near Kobani in 2021 killed a YPJ commander, while drone \
strikes on the Qamishli countryside have become almost routine.
"""


def test_strikes_recalled_from_past_months_and_years_are_no_events() -> None:
    events = extract(ARTICLE_WITH_RECALLED_STRIKES, published=dt.date(2023, 2, 8))["events"]
    assert [(e["date"], e["killed"]) for e in events] == [("2023-02-07", 2)]


def test_a_denied_rumour_is_no_event() -> None:
    events = extract(
        "[Friday 3 March 2017, 10:00]\nThe Media Cell denies the false reports circulated by terrorist pages that "
        "Daesh has retaken the Wadi Hajar neighbourhood.\n",
        published=dt.date(2017, 3, 3),
    )["events"]
    assert events == []


def test_a_town_taken_a_stabbing_and_a_weeks_attacks_described_together() -> None:
    events = extract(
        "Syria\n\nOn 12 March, government troops took the town of Kafr Nabudah after three days of fighting "
        "against HTS.\n\nTwo days later, a man was stabbed to death outside his shop in al-Hol camp.\n\n"
        "ISIS claimed 14 attacks in Deir ez-Zor this week. The attacks were mostly shootings and IEDs.\n",
        published=dt.date(2019, 3, 20),
    )["events"]
    assert [(e["date"], e["sub_event_type"], e["killed"]) for e in events] == [
        ("2019-03-12", "Government regains territory", None), ("2019-03-14", "Attack", 1)
    ]


def test_strikes_that_also_hit_another_place_are_an_event_of_their_own() -> None:
    events = extract(
        "WASHINGTON (Wire) – U.S. aircraft struck weapons depots of Kataib Hezbollah near Jurf al-Sakhar early on "
        "Friday, the Pentagon said.\n\nThe Iraqi military said the strikes also hit an airport under construction in "
        "Karbala, killing three soldiers, two police officers and a civilian worker.\n",
        published=dt.date(2020, 3, 13),
    )["events"]
    assert [(e["sub_event_type"], e["killed"]) for e in events] == [("Air/drone strike", None), ("Air/drone strike", 6)]


def test_a_large_scale_attack_by_two_forces_on_a_third() -> None:
    (event,) = extract(
        "On Friday, Iraqi forces and the Hashd al-Shaabi launched a large-scale attack on Peshmerga positions in "
        "Altun Kupri.\n",
        published=dt.date(2017, 10, 21),
    )["events"]
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Iraq", "Peshmerga")


def test_an_agencys_dated_dateline_anchors_its_yesterday_and_its_town() -> None:
    events = extract(
        "SANA news items\n\nDamascus, SANA, 13 March 2018 – A woman was martyred and 12 citizens were injured "
        "yesterday evening when terrorists fired rocket shells on the al-Qassaa neighbourhood.\n\n"
        "Damascus Countryside, SANA, 11 March 2018 – The Syrian Arab Army on Saturday restored security and stability "
        "to Mesraba.\n",
        published=dt.date(2018, 3, 21),
    )["events"]
    assert [(e["date"], e["admin1"]) for e in events] == [("2018-03-12", "Damascus"), ("2018-03-10", "Rif Dimashq")]


def test_a_channels_count_of_yesterdays_strike_goes_to_that_strike() -> None:
    events = extract(
        "Media Cell statements\n\n[Thursday 3 November 2016, 20:30]\nArmy aviation struck a gathering of Daesh "
        "terrorists near Hammam al-Alil at noon today, killing twenty-three of them.\n\n"
        "[Friday 4 November 2016, 08:15]\nAt dawn today the terrorists attacked our forces in the Intisar "
        "neighbourhood with a suicide car bomb.\n\n[Friday 4 November 2016, 14:00]\nThe number of terrorists killed "
        "in yesterday's strike by army aviation near Hammam al-Alil has risen to 31.\n",
        published=dt.date(2016, 11, 4),
    )["events"]
    assert [e["killed"] for e in events] == [31, None]


AGENCY_ITEMS_WITH_THEIR_DAYS = """\
NINA (National Iraqi News Agency) — English items, 2014

Ramadi, 3 March 2014 (NINA) – Army units clashed today with armed groups in Al-Malaab district, killing four gunmen.

Baqubah, 9 March 2014 (NINA) – Two policemen were killed yesterday when a roadside bomb went off near their patrol \
in Buhriz.
"""


def test_an_agencys_items_each_open_with_their_place_and_day() -> None:
    events = extract(AGENCY_ITEMS_WITH_THEIR_DAYS, published=dt.date(2014, 12, 31))["events"]
    assert [(e["date"], e["sub_event_type"], e["killed"]) for e in events] == [
        ("2014-03-03", "Armed clash", 4), ("2014-03-08", "Remote explosive/landmine/IED", 2)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 9 May 2007, explosives planted by unknown men brought down the minaret of a mosque in Tuz Khurmatu.",
            ("Remote explosive/landmine/IED", None),
        ),
        (
            "On 2 April 2008, the Iraqi army launched an operation against Mahdi Army militiamen in Nasiriyah.",
            ("Armed clash", None),
        ),
        (
            "On 3 June 2010, a car bomb exploded outside a bank in Mosul, killing 12 people, on a day of about 20 "
            "attacks across Iraq.",
            ("Remote explosive/landmine/IED", 12),
        ),
    ],
)
def test_a_coded_note_told_with_its_context(text: str, expected: tuple[str, int | None]) -> None:
    (event,) = extract(text + "\n", published=dt.date(2013, 12, 31))["events"]
    assert (event["sub_event_type"], event["killed"]) == expected


MINISTRY_POSTS_WITH_A_BILINGUAL_TITLE = """\
T.C. Milli Savunma Bakanlığı (Turkish Ministry of National Defence) — English posts, March 2024

3 March 2024
Within the scope of our right to self-defence, 17 targets used by PKK/YPG terrorists in the Tel Tamr region of \
northern Syria were destroyed by our air operations last night.
"""


def test_a_ministrys_title_in_two_languages_names_the_doer_and_targets_used_by_a_group_are_its() -> None:
    (event,) = extract(MINISTRY_POSTS_WITH_A_BILINGUAL_TITLE, published=dt.date(2024, 3, 31))["events"]
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Air/drone strike", "Military Forces of Turkey", "People's Protection Units (YPG)"
    )


def test_a_claimed_killing_is_an_event_and_a_months_statistics_are_not() -> None:
    events = extract(
        "Deir ez-Zor\n\nISIS claimed the killing of an SDF member in Hajin on the night of 3-4 May (Amaq, 4 May "
        "2022).\n\nStatistics\n\nWe recorded 52 security incidents during the month. Fourteen of these were IED "
        "attacks. At least 20 soldiers were killed in attacks this month.\n",
        published=dt.date(2022, 5, 31),
    )["events"]
    assert [(e["date"], e["actor1"], e["actor2"], e["killed"]) for e in events] == [
        ("2022-05-03/2022-05-04", "Islamic State (ISIS)", "Syrian Democratic Forces (SDF)", 1)
    ]


def test_a_denial_of_involvement_and_a_planted_flag_are_no_events() -> None:
    events = extract(
        "BAGHDAD (Wire) - Gunmen killed three farmers near Tarmiyah on Sunday, police said.\n\n"
        "The ministry denied that its forces were involved, blaming \"outlaw groups\" which it said had attacked "
        "army posts in the area.\n\n"
        "\"The area is safe now,\" said a commander, standing on a rooftop where soldiers had planted an Iraqi flag.\n",
        published=dt.date(2019, 5, 6),
    )["events"]
    assert [(e["sub_event_type"], e["killed"]) for e in events] == [("Attack", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 11 January 2013, thousands of worshippers blocked the highway near Samarra after Friday prayers, "
            "chanting against the government.",
            "Peaceful protest",
        ),
        ("On 9 March 2013, police bulldozers removed the tents of the sit-in camp outside Hawija.",
            "Protest with intervention"),
        ("On 2 July 2016, the SDF said it had driven Islamic State (ISIS) out of the village of Abu Qilqil.",
            "Non-state actor overtakes territory"),
        ("On 4 May 2016, a hospital in Aleppo was hit from the air, killing 14 people.", "Air/drone strike"),
    ],
)
def test_crowds_that_chant_camps_cleared_ground_retaken_and_strikes_from_the_air(text: str, expected: str) -> None:
    (event,) = extract(text + "\n", published=dt.date(2016, 12, 31))["events"]
    assert event["sub_event_type"] == expected


def test_a_bracketed_stamp_with_a_dash_and_a_capitals_dateline_with_its_day_date_their_posts() -> None:
    events = extract(
        "Security Media Cell statements\n\n[Sunday 4 April 2021 – 21:05]\nA Katyusha rocket fell near Baghdad "
        "airport this evening without causing casualties.\n\n[Wednesday 7 April 2021 – 09:10]\nTerrorist remnants "
        "opened sniper fire on farmers in Mutaibija last night, killing one farmer.\n",
        published=dt.date(2021, 4, 30),
    )["events"]
    assert [e["date"] for e in events] == ["2021-04-04", "2021-04-06"]
    events = extract(
        "ANHA items\n\nQAMISHLI, 3 August 2023 – A Turkish drone struck a car near the village of Tal Hamis late last "
        "night, killing two SDF fighters.\n",
        published=dt.date(2023, 8, 31),
    )["events"]
    assert [e["date"] for e in events] == ["2023-08-02"]


def test_a_teller_named_for_the_figure_before_and_another_tellers_figure_are_one_count() -> None:
    (event,) = extract(
        "Unknown gunmen killed two shepherds near Baaj on Monday. Police gave that toll; a tribal source said five "
        "died.\n",
        published=dt.date(2022, 3, 9),
    )["events"]
    assert event["killed"] == 2


def test_tellers_after_the_wounded_and_kin_sharing_a_possessive_are_not_more_victims() -> None:
    events = extract(
        "A mortar round hit a police post in Khanaqin on Tuesday, killing one policeman and wounding two more, a "
        "police captain and a medic said.\n\nA landmine blew up under a tractor near Sinjar on Tuesday, killing a "
        "farmer and wounding his mother and brother, a local official said.\n",
        published=dt.date(2022, 3, 9),
    )["events"]
    assert [(e["killed"], e["wounded"]) for e in events] == [(1, 2), (1, 2)]


def test_a_toll_paragraph_naming_a_hospital_gives_the_first_tellers_wounded_not_a_sum() -> None:
    (event,) = extract(
        "BASRA, May 3, 2022 (AFP) - A bomb hidden in a motorcycle exploded near a busy square in central Basra on "
        "Tuesday, killing at least four people, police said.\n\nA provincial health official put the toll at four "
        "dead and 19 wounded, while a doctor at Basra Teaching Hospital said about 25 wounded had been admitted.\n",
        published=dt.date(2022, 5, 3),
    )["events"]
    assert (event["killed"], event["wounded"]) == (4, 19)


def test_a_since_clause_with_its_when_a_day_named_by_an_attack_and_a_feared_renewal_are_no_events() -> None:
    report = extract(
        "Since the 2019 protests, when security forces and militiamen killed hundreds of demonstrators in Baghdad, "
        "the square has stayed closed to traffic.\n\nDozens of families left the village on Friday, fearing a "
        "resumption of the shelling.\n\nA UN team visited Khan Sheikhoun, where it met survivors of the air strike "
        "of March 2, 2022.\n",
        published=dt.date(2022, 4, 20),
    )
    assert report["events"] == []


def test_a_crowd_that_dispersed_of_itself_a_rally_outside_a_building_and_a_road_map_agreed() -> None:
    events = extract(
        "On 3 March, hundreds of retired teachers gathered outside the governorate building in Amarah chanting "
        "against pension cuts; they dispersed in the evening without clashes with the police.\n\nOn 4 March, "
        "several hundred unemployed graduates rallied outside the oil ministry in Baghdad.\n\nOn 5 March, the "
        "town's elders and the army's security committee agreed on a road map: a truce and the handover of light "
        "and medium weapons.\n",
        published=dt.date(2022, 3, 9),
    )["events"]
    assert [e["sub_event_type"] for e in events] == ["Peaceful protest", "Peaceful protest", "Agreement"]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # the army named twice before the action is one side, not its own target
        (
            "The shelling of Tafas resumed on the night of 3-4 May 2019 after talks failed. Government artillery and "
            "Fourth Division mortars hit houses near the Grand Mosque, killing two women, according to local "
            "activists.",
            "Military Forces of Syria",
        ),
        # an organ of a group acts for the group
        ("The Public Security branch of Ahrar al-Sham arrested five men in Ariha on 3 May 2019.", "Ahrar al-Sham"),
        # the operation told in the sentence before is the fight the dead fell in
        (
            "Diyala Province: On 3 May 2019, the Iraqi army and the Popular Mobilization conducted a search operation "
            "in the Hamrin mountains. Two ISIS members were killed in the clashes.",
            "Military Forces of Iraq",
        ),
        # a scene-setting sentence without a doer, then the same strike told with its doer
        (
            "The car had just left Kobani when the missile struck. A Turkish drone hit the vehicle near Kobani on 3 "
            "May 2019, killing three YPG fighters.",
            "Military Forces of Turkey",
        ),
    ],
)
def test_the_doer_of_an_action_told_by_its_organ_its_units_or_the_sentence_around_it(text: str, actor1: str) -> None:
    events = extract(text + "\n", published=dt.date(2019, 5, 6))["events"]
    assert [e["actor1"] for e in events] == [actor1]
    assert all(e["actor2"] != actor1 for e in events)


def test_a_byline_over_the_date_line_is_no_region_and_the_story_country_yields_to_the_other_countrys_cities() -> None:
    events = extract(
        "US jets hit militia depots in eastern Syria after Baghdad rocket attack\n\nSalim Rashid\nMarch 5, 2021\n\n"
        "The United States carried out air strikes on Thursday night against depots near Albu Kamal used by "
        "Kataib Hezbollah, the Pentagon said.\n\nThe raids followed a rocket attack on March 1 in which six "
        "rockets hit the perimeter of Baghdad airport, wounding two contractors.\n\nSeparately, police said a "
        "Katyusha rocket landed in an empty lot in Baghdad's Mansour district on Thursday without causing "
        "casualties.\n",
        published=dt.date(2021, 3, 5),
    )["events"]
    assert [(e["actor1"], e["admin1"]) for e in events] == [
        ("Military Forces of the United States", "Deir ez-Zor"),
        ("Unidentified Armed Group (Iraq)", "Baghdad"),
        ("Unidentified Armed Group (Iraq)", "Baghdad"),
    ]


def test_a_title_line_ending_in_brackets_is_no_dateline_over_dated_records() -> None:
    events = extract(
        "INCIDENT RECORDS – IRAQ – 2018-2023 (extract prepared for analysts; fields: Date, Governorate, Location, "
        "Notes, Source, Fatalities)\n\n"
        "Date: 2018-07-14\nGovernorate: Basra\nLocation: Basra\nNotes: Riot police fired tear gas at protesters "
        "outside the provincial council building.\n\nDate: 2020-02-03\nGovernorate: Kirkuk\nLocation: Hawija\n"
        "Notes: ISIS militants attacked an army post near Hawija, killing two soldiers.\n",
        published=dt.date(2023, 6, 1),
    )["events"]
    assert [e["date"] for e in events] == ["2018-07-14", "2020-02-03"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 2 March 2020, hundreds of graduates gathered outside the oil ministry in Basra over the lack of jobs.",
            ("Protests", "Peaceful protest"),
        ),
        (
            "On 2 March 2020, police fired tear gas to halt a march towards the provincial council in Kut.",
            ("Protests", "Protest with intervention"),
        ),
        (
            "On 2 March 2020, masked gunmen seized a young activist outside his home in Amarah.",
            ("Violence against civilians", "Abduction/forced disappearance"),
        ),
        (
            "On 2 March 2020, coalition forces handed over the Qayyarah air base to the Iraqi army.",
            ("Strategic developments", "Non-violent transfer of territory"),
        ),
        (
            "On 2 March 2020, an old feud between two families of the Bani Malik tribe flared up in Qalat Salih; two "
            "men were killed.",
            ("Battles", "Armed clash"),
        ),
        (
            "On 2 March 2020, fires set at night burned dozens of dunams of barley near Makhmour. ISIS later claimed "
            "the fires.",
            ("Strategic developments", "Looting/property destruction"),
        ),
    ],
)
def test_crowds_with_grievances_captives_handovers_feuds_and_burned_crops(text: str, expected: tuple[str, str]) -> None:
    (event,) = extract(text + "\n", published=dt.date(2020, 3, 31))["events"]
    assert (event["event_type"], event["sub_event_type"]) == expected


def test_a_records_governorate_field_and_a_crowd_held_back_in_the_next_sentence() -> None:
    (event,) = extract(
        "Incident records\n\nDate: 2020-03-02\nGovernorate: Wasit\nLocation: Kut - Republic Bridge\nNotes: Several "
        "hundred teachers gathered near the Republic Bridge over unpaid salaries. Riot police fired tear gas to keep "
        "them from crossing to the governorate building, wounding 12 people.\n",
        published=dt.date(2020, 3, 31),
    )["events"]
    assert (event["admin1"], event["sub_event_type"], event["wounded"]) == ("Wasit", "Protest with intervention", 12)


def test_victims_named_by_rank_and_a_martyred_sergeant_count() -> None:
    from mesint.extract.casualties import find_casualties, total

    found = find_casualties("A roadside bomb hit the vehicle, killing Second Lieutenant Karwan Aziz and wounding two.")
    assert total(found, "killed").best == 1
    found = find_casualties(
        "Six militants were neutralized in the firefight, while Staff Sergeant Emre Kaya was martyred."
    )
    assert total(found, "killed").best == 7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trend, no incident
        ("Car bombings have become less common in Mosul since the city was retaken in 2017.", None),
        # the guns named, then what they did
        (
            "Turkish tanks also pounded YPG positions near Tal Tamr on Monday, according to local sources.",
            ("Shelling/artillery/missile attack", "Military Forces of Turkey"),
        ),
        # a driver and his explosive-laden vehicle
        (
            "On Monday, an attacker drove a truck laden with explosives toward an army checkpoint near Tarmiyah and "
            "detonated it, killing three soldiers.",
            ("Suicide bomb", "Unidentified Armed Group (Iraq)"),
        ),
        # the group leading the fighters, and the group whose men fired
        (
            "Rebel fighters led by Jaysh al-Izza entered the village of Kernaz on Monday after government troops "
            "withdrew.",
            ("Non-state actor overtakes territory", "Jaysh al-Izza"),
        ),
        (
            "On Monday, gunmen from Asaib Ahl al-Haq traded fire with police in Basra's Hayaniya district.",
            ("Armed clash", "Asaib Ahl al-Haq"),
        ),
        # the doctors speak; the aircraft struck
        (
            "On Monday, doctors in Saraqib described patients foaming at the mouth after government helicopters "
            "dropped barrels on the town.",
            ("Chemical weapon", "Military Forces of Syria"),
        ),
    ],
)
def test_trends_guns_drivers_leaders_and_symptoms(text: str, expected: tuple[str, str] | None) -> None:
    events = extract("Title\n\n" + text + "\n", published=dt.date(2021, 3, 3))["events"]
    if expected is None:
        assert events == []
    else:
        assert [(e["sub_event_type"], e["actor1"]) for e in events] == [expected]


def test_hours_earlier_and_the_side_a_later_paragraph_names_for_the_dead() -> None:
    events = extract(
        "Title\n\nA Turkish drone struck a pickup near Sinjar on Sunday night, killing three people.\n\nThe YBS said "
        "the three dead were members of the Sinjar Resistance Units.\n\nHours earlier, Turkish jets bombed caves in "
        "the Qandil mountains, a local official said.\n",
        published=dt.date(2022, 5, 10),
    )["events"]
    assert [e["date"] for e in events] == ["2022-05-08", "2022-05-08"]
    assert events[0]["actor2"] == "Sinjar Resistance Units (YBS)"


def test_a_strike_told_with_what_it_answered_and_missiles_fired_from_warships() -> None:
    events = extract(
        "Title\n\nThe US has carried out air strikes on a militia depot near Albu Kamal in retaliation for a drone "
        "attack on its troops last week, officials say.\n",
        published=dt.date(2021, 3, 3),
    )["events"]
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Air/drone strike", "Military Forces of the United States")
    ]
    events = extract(
        "Title\n\nOn Monday, twenty cruise missiles were fired from US destroyers in the Red Sea at a radar site near "
        "Abu Kamal.\n",
        published=dt.date(2021, 3, 3),
    )["events"]
    assert [e["actor1"] for e in events] == ["Military Forces of the United States"]


def test_a_campaign_launched_weeks_before_and_a_wars_toll_are_no_incidents() -> None:
    report = extract(
        "Title\n\nThe army launched Operation Desert Shield on March 2 against ISIS hideouts in the Hamrin "
        "mountains.\n\nThe group has been responsible for the deaths of thousands of people since 2014.\n",
        published=dt.date(2022, 5, 10),
    )
    assert report["events"] == []


def test_a_battle_told_with_the_air_campaign_around_it_a_toll_paragraph_and_a_car_bomb_apart() -> None:
    events = extract(
        "Kurds hold Tal Tamr as jets strike\n\nAKCAKALE, Turkey — Kurdish fighters drove Islamic State militants "
        "out of several streets of Tal Tamr on Thursday, as coalition warplanes kept up their raids on the town's "
        "outskirts.\n\nA local monitor said that 12 Islamic State fighters and four members of the Kurdish "
        "militia, known as the YPG, were killed in Thursday's fighting.\n\nCoalition aircraft conducted nine "
        "airstrikes around Tal Tamr on Wednesday and Thursday, the command said.\n\nLate Wednesday, a militant drove "
        "a truck laden with explosives toward a YPG post in Tal Tamr and blew it up, killing three fighters. The "
        "Islamic State said that one of its fighters had carried out the attack.\n",
        published=dt.date(2015, 3, 6),
    )["events"]
    assert [(e["sub_event_type"], e["actor1"], e["killed"]) for e in events] == [
        ("Armed clash", "People's Protection Units (YPG)", 16),
        ("Air/drone strike", "Global Coalition against Daesh", None),
        ("Suicide bomb", "Islamic State (ISIS)", 3),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 2 May 2019, ISIS fighters retreating from Al-Mashrafa took some 20 shepherds from the area with them.",
            "Abduction/forced disappearance",
        ),
        (
            "On 2 May 2019, government forces announced the end of the siege after capturing the last rebel pocket in "
            "the eastern Ghouta.",
            "Government regains territory",
        ),
        (
            "On 2 May 2019, fighters of a Turkish-backed faction sexually harassed two women at a checkpoint in "
            "Jarablus.",
            "Sexual violence",
        ),
        (
            "On 2 May 2019, the National Liberation Front attacked regime posts in the Sahl al-Ghab and captured "
            "Tal Sakhr and two nearby hamlets.",
            "Non-state actor overtakes territory",
        ),
        (
            "On 2 May 2019, HTS police arrested a blogger in Sarmada after he filmed the aftermath of a car bombing.",
            "Arrests",
        ),
        (
            "On 2 May 2019, two British submarines fired cruise missiles at the Barzeh research centre, from which "
            "the chlorine attack on Douma had been planned. Two helicopters were destroyed.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_captives_taken_last_pockets_harassment_places_taken_in_a_fight_and_what_the_modifiers_name(
    text: str, expected: str
) -> None:
    events = extract("Notes\n\n" + text + "\n", published=dt.date(2019, 5, 31))["events"]
    assert [e["sub_event_type"] for e in events] == [expected]


def test_a_crowd_killing_one_and_hurting_the_other_and_losses_estimated() -> None:
    from mesint.extract.casualties import find_casualties, total

    found = find_casualties(
        "A crowd caught two thieves, beating one of them to death; the other was taken to hospital injured."
    )
    assert (total(found, "killed").best, total(found, "wounded").best) == (1, 1)
    found = find_casualties("Army officers estimated the attackers' losses at about 40.")
    assert total(found, "killed").best == 40


def test_a_two_country_lede_leads_the_strikes_told_place_by_place() -> None:
    events = extract(
        "Iran strikes Kurdish groups\n\nTEHRAN, Iran (AP) — Iranian drones carried out airstrikes on Kurdish groups in "
        "northern Iraq and eastern Syria early Monday, state media said.\n\nThe state broadcaster said the drones hit "
        "42 targets, including camps and depots.\n\nThe Kurdistan Region's health ministry, which runs the hospitals "
        "there, said the strikes on a camp near Koya killed three people.\n",
        published=dt.date(2022, 9, 26),
    )["events"]
    assert [(e["sub_event_type"], e["actor1"], e["killed"]) for e in events] == [
        ("Air/drone strike", "Military Forces of Iran", 3)
    ]


def test_a_drone_brought_down_a_blame_for_the_attack_told_and_ground_handed_over() -> None:
    events = extract(
        "Title\n\nOn Monday, army air defences fired on a small drone over the Habbaniyah base and brought it down, a "
        "military spokesman said.\n\nIn a statement, the militia said the attack was carried out by a foreign "
        "drone.\n\nOn Tuesday, Peshmerga forces handed over the town of Bashiqa to the Iraqi army, officials said.\n",
        published=dt.date(2019, 9, 4),
    )["events"]
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        ("Disrupted weapons use", "Military Forces of Iraq", None),
        ("Non-violent transfer of territory", "Military Forces of Iraq", "Peshmerga"),
    ]


def test_whose_aircraft_told_after_the_strike_and_a_separate_attack_opening_the_sentence() -> None:
    events = extract(
        "Title\n\nOn Monday, warplanes struck a bakery in Maarat al-Numan, killing five people. Local activists said "
        "the jets were Russian.\n\nIn a separate attack on Monday night, Turkish drones struck a car near Qamishli, "
        "killing two YPG fighters.\n",
        published=dt.date(2019, 12, 3),
    )["events"]
    assert [e["actor1"] for e in events] == ["Military Forces of Russia", "Military Forces of Turkey"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 June 2021, armed men stopped the car of a journalist near Amarah and drove off with him.",
            ("Abduction/forced disappearance", None),
        ),
        (
            "On 4 June 2021, a pharmacist was taken from his car at a checkpoint near Dael by masked gunmen.",
            ("Abduction/forced disappearance", None),
        ),
        (
            "On 4 June 2021, Jabhat al-Nusra fighters entered the eastern neighbourhoods of Idlib city, meeting "
            "little resistance.",
            ("Non-state actor overtakes territory", None),
        ),
        (
            "On 4 June 2021, gunmen went from house to house in a village near Salamiyah, killing civilians.",
            ("Attack", None),
        ),
        (
            "On 4 June 2021, HTS launched an offensive in the Ghab plain, taking Tal Wassit and a string of hamlets.",
            ("Non-state actor overtakes territory", None),
        ),
        (
            "On 4 June 2021, gunmen shot dead human rights lawyer Ali Jasim outside his office in Basra.",
            ("Attack", 1),
        ),
        (
            "4 June 2021: A drone strike by Military Forces of Turkey hit a car near Sinjar, killing two YBS fighters.",
            ("Air/drone strike", 2),
        ),
    ],
)
def test_captives_driven_off_streets_entered_sprees_named_victims_and_a_strike_by_its_doer(
    text: str, expected: tuple[str, int | None]
) -> None:
    (event,) = extract("Notes\n\n" + text + "\n", published=dt.date(2021, 6, 30))["events"]
    assert (event["sub_event_type"], event["killed"]) == expected


def test_a_coders_context_and_summary_notes_are_no_incidents() -> None:
    report = extract(
        "Notes\n\nContext, 2 March 2021: The prime minister announced that the army had taken full control of the "
        "desert border with Syria.\n\nMonthly summary, March 2021: 14 IED explosions and 6 drone strikes were "
        "recorded in the province.\n",
        published=dt.date(2021, 4, 30),
    )
    assert report["events"] == []


def test_an_exports_type_and_actor_columns_are_the_coders_own_coding() -> None:
    events = extract(
        "event_date;event_type;sub_event_type;actor1;actor2;admin1;location;fatalities;notes\n"
        "03 March 2019;Strategic developments;Looting/property destruction;Islamic State (Iraq);;Kirkuk;Hawija;0;"
        "\"On 3 March 2019, ISIS militants blew up two houses belonging to policemen in a village near Hawija.\"\n"
        "05 March 2019;Battles;Armed clash;Military Forces of Iraq (2018-2022);Islamic State (Iraq);Diyala;Khanaqin;2;"
        "\"On 5 March 2019, army units and ISIS militants exchanged fire near Khanaqin; two soldiers were killed.\"\n",
        published=dt.date(2019, 3, 31),
    )["events"]
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        ("Looting/property destruction", "Islamic State (ISIS)", None),
        ("Armed clash", "Military Forces of Iraq", "Islamic State (ISIS)"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 8 May 2015, ISIS militants blew up the tomb of a Sufi sheikh near Palmyra.",
            "Looting/property destruction",
        ),
        (
            "On 8 May 2015, ISIS publicly shot dead four men in Mayadin, accusing them of planting roadside bombs.",
            "Attack",
        ),
        (
            "On 8 May 2015, thousands of villagers marched towards Homs chanting against the government; security "
            "forces opened fire on the procession, killing three.",
            "Excessive force against protesters",
        ),
        (
            "On 8 May 2015, Jaish al-Fatah launched an offensive on Jisr al-Shughur, a town on the Orontes, and "
            "captured it after four days.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_buildings_blown_up_accusations_funerals_fired_on_and_a_town_captured(text: str, expected: str) -> None:
    (event,) = extract("Notes\n\n" + text + "\n", published=dt.date(2015, 5, 31))["events"]
    assert event["sub_event_type"] == expected


def test_the_paragraph_after_a_lead_telling_it_again_blame_for_a_bombing_and_an_operation_named() -> None:
    events = extract(
        "Title\n\nERBIL (Kurdistan 24) – Three Peshmerga fighters were killed when Islamic State militants attacked "
        "their post in the Qaraj district on Monday night, the ministry said.\n\nAccording to the ministry, a group "
        "of Islamic State militants opened fire on the post near the village of Kharbarut on Monday night.\n\n"
        "Turkey blames the PKK and its Syrian affiliate, the YPG, for the March 3 bombing in Ankara. The defence "
        "minister said the operation, dubbed Claw-Eagle, targeted the group's bases.\n",
        published=dt.date(2021, 3, 9),
    )["events"]
    assert [(e["actor1"], e["killed"]) for e in events] == [("Islamic State (ISIS)", 3)]


def test_overnight_is_the_night_before_the_story_but_the_records_own_day() -> None:
    events = extract(
        "Title\n\nBAGHDAD, March 9 (Reuters) - Gunmen from two rival militias traded fire overnight in Baghdad's "
        "Karrada district, security sources said.\n",
        published=dt.date(2021, 3, 9),
    )["events"]
    assert [e["date"] for e in events] == ["2021-03-08/2021-03-09"]
    events = extract(
        "Incident records\n\nIRQ1001 · 9 March 2021 · Baghdad\nUnidentified men set fire overnight to the office of a "
        "political party in Karrada; nobody was inside.\n\nIRQ1002 · 10 March 2021 · Basra\nGunmen shot dead a "
        "shopkeeper in Zubair.\n",
        published=dt.date(2021, 3, 31),
    )["events"]
    assert events[0]["date"] == "2021-03-09"


def test_a_channels_stamp_and_name_over_each_post_dates_its_today_and_yesterday() -> None:
    events = extract(
        "Security Media Cell – statements\n\n[12/03/2022 09:10] Security Media Cell:\nYesterday evening an explosive "
        "device went off against an army patrol in Tarmiyah, wounding two soldiers.\n\n[14/03/2022 22:30] Security "
        "Media Cell:\nAt 21:15 this evening, two Katyusha rockets fell near Baghdad airport without casualties.\n",
        published=dt.date(2022, 3, 20),
    )["events"]
    assert [e["date"] for e in events] == ["2022-03-11", "2022-03-14"]


def _one(text: str, published: dt.date) -> list[dict]:
    return extract("Notes\n\n" + text + "\n", published=published)["events"]


def test_a_tellers_tally_after_a_semicolon_does_not_make_the_strike_a_summary() -> None:
    events = _one(
        "On 3 May 2021, Turkish jets struck PKK hideouts near Sidakan; Ankara's defence ministry said 40 targets were "
        "hit across northern Iraq.",
        dt.date(2021, 5, 31),
    )
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [("Air/drone strike", "Military Forces of Turkey")]
    # a tally with no teller is still one: the week's strikes summed up
    assert not _one(
        "Turkish drone strikes continued in Duhok and Erbil governorates; three people were killed in two strikes "
        "this week.",
        dt.date(2021, 5, 31),
    )


def test_people_taken_away_are_abducted() -> None:
    events = _one(
        "On 9 March 2019, ISIS gunmen stopped cars on the Baiji road and took away five drivers.", dt.date(2019, 3, 31)
    )
    assert [e["sub_event_type"] for e in events] == ["Abduction/forced disappearance"]


def test_what_a_crowd_did_and_the_force_used_on_it() -> None:
    events = _one(
        "On 2 November 2019, hundreds of protesters tried to cross the Sinak bridge towards the government district. "
        "Riot police fired tear-gas canisters directly at their heads; a rights group counted three protesters killed.",
        dt.date(2019, 11, 30),
    )
    assert [(e["sub_event_type"], e["killed"]) for e in events] == [("Excessive force against protesters", 3)]
    events = _one(
        "On 4 June 2021, followers of a Basra cleric tore down the fence of the governorate building and occupied its "
        "courtyard; guards used water cannon to push them back.",
        dt.date(2021, 6, 30),
    )
    assert [e["sub_event_type"] for e in events] == ["Protest with intervention"]
    events = _one(
        "On 8 May 2020, supporters of a militia stormed the offices of a TV channel in Baghdad and set the building "
        "alight.",
        dt.date(2020, 5, 31),
    )
    assert [(e["event_type"], e["actor1"]) for e in events] == [("Riots", "Rioters (Iraq)")]


def test_deals_accepted_or_negotiated_are_agreements() -> None:
    events = _one(
        "On 2 August 2018, rebel commanders in Quneitra accepted a deal brokered by Russia to hand over their heavy "
        "weapons.",
        dt.date(2018, 8, 31),
    )
    assert [e["sub_event_type"] for e in events] == ["Agreement"]
    events = _one(
        "On 9 April 2018, Jaysh al-Islam fighters in Douma agreed with Russia to leave for Jarablus with their light "
        "weapons.",
        dt.date(2018, 4, 30),
    )
    assert [e["sub_event_type"] for e in events] == ["Agreement"]
    # the body that negotiated an old settlement did nothing that day
    events = _one(
        "On 3 May 2022, gunmen shot dead a member of the committee that negotiated the 2018 settlement in Tafas.",
        dt.date(2022, 5, 31),
    )
    assert [e["sub_event_type"] for e in events] == ["Attack"]


def test_ground_taken_with_bombs_or_air_support_is_coded_by_the_ground() -> None:
    events = _one(
        "On 12 June 2015, Jaish al-Fatah fighters led by Jabhat al-Nusra overran Mastumah after three suicide car "
        "bombs hit the camp's gates.",
        dt.date(2015, 6, 30),
    )
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Non-state actor overtakes territory", "Jabhat al-Nusra")
    ]
    events = _one(
        "On 20 August 2019, Syrian troops with Russian air cover captured Khan Shaykhun and Kafr Zita from HTS.",
        dt.date(2019, 8, 31),
    )
    assert [e["sub_event_type"] for e in events] == ["Government regains territory"]


def test_barrels_releasing_gas_are_a_chemical_attack() -> None:
    events = _one(
        "On 2 May 2017, a helicopter dropped a barrel releasing a greenish gas over Latamina.", dt.date(2017, 5, 31)
    )
    assert [e["sub_event_type"] for e in events] == ["Chemical weapon"]


def test_an_incident_dated_only_by_a_past_year_is_background_in_a_story() -> None:
    report = extract(
        "Title\n\nNASIRIYAH (Shafaq News) – A man was killed on Sunday in a tribal clash in Suq al-Shuyukh, police "
        "said.\n\nDhi Qar, the country's southern farm belt, has long suffered from clan feuds fought with medium and "
        "heavy weapons, often over water or grazing land. In 2021, "
        "clashes between two clans in al-Islah killed three people, including a boy, according to police.\n",
        published=dt.date(2024, 3, 4),
    )
    assert [(e["date"], e["killed"]) for e in report["events"]] == [("2024-03-03", 1)]
    # what a place "has long suffered" is no incident
    assert not _one("Maysan has long suffered from tribal disputes fought with machine guns, often over land.",
                    dt.date(2024, 3, 4))


def test_denials_and_mine_clearing_are_no_incidents() -> None:
    events = extract(
        "Title\n\nBEIRUT (AP) — Shelling hit the Khalidiya district of Homs on Monday, killing six people, activists "
        "said.\n\nPictures showed smoke over the district.\n\nState television denied that residential areas were "
        "being targeted, saying the army was hunting armed gangs and that several gunmen had been killed.\n\nArmy "
        "engineering teams were combing the villages to remove mines and explosive devices planted by the "
        "militants.\n",
        published=dt.date(2012, 2, 7),
    )["events"]
    assert [(e["actor1"], e["actor2"], e["killed"]) for e in events] == [(None, None, 6)]


def test_a_paragraph_naming_who_carried_out_the_strike_gives_its_doer() -> None:
    events = extract(
        "Title\n\nBEIRUT (AP) — Air strikes hit a bakery in the town of Kafranbel on Sunday, killing seven people, "
        "rescuers said.\n\nPictures showed people queueing outside when the roof fell in.\n\nThe Observatory said the "
        "strikes were carried out by Russian aircraft.\n",
        published=dt.date(2019, 5, 6),
    )["events"]
    assert [(e["actor1"], e["killed"]) for e in events] == [("Military Forces of Russia", 7)]


def test_summaries_counted_attacks_and_breakdowns_are_no_incidents() -> None:
    published = dt.date(2024, 2, 1)
    assert not _one(
        "Since 7 October 2023, armed groups have carried out more than 60 rocket and drone attacks on bases in Iraq.",
        published,
    )
    assert not _one("The group documented at least 80 cases of arbitrary arrest in January 2024.", published)
    assert not _one(
        "Breakdown by perpetrator: government forces killed 9 civilians; the SDF killed two.", published
    )
    assert not _one("In the past month HTS demonstrated its ability to strike deep behind the lines.", published)


def test_whether_anyone_was_killed_is_no_count() -> None:
    found = find_casualties(
        "The militia did not say whether anyone was killed; a local channel said two guards were hurt."
    )
    assert [(c.kind, c.count.best) for c in found] == [("wounded", 2)]


def test_a_quotation_running_over_sentences_tells_no_new_incident() -> None:
    events = extract(
        "Title\n\nBEIRUT (AP) — Shelling hit the Khalidiya district of Homs on Wednesday, killing six people, "
        "activists said.\n\n\"They are shelling from the hills. We pulled two children out of the rubble this morning "
        "and the shelling has not stopped,\" an activist told AP.\n\n\"The first shell fell near the bakery, then the "
        "tanks fired again. People were running,\" said Abu Omar, a resident.\n",
        published=dt.date(2012, 2, 9),
    )["events"]
    assert [(e["date"], e["killed"]) for e in events] == [("2012-02-08", 6)]


def test_when_a_campaign_began_and_what_led_to_an_arrest_sweep() -> None:
    events = extract(
        "Title\n\nIn Hama, troops opened fire on a crowd in the Hamidiya district on Thursday evening, killing two "
        "people, according to activists.\n\nThe assault on Idlib began on Sunday night, hours before the UN envoy "
        "arrived in Damascus.\n",
        published=dt.date(2012, 3, 16),
    )["events"]
    assert [e["date"] for e in events] == ["2012-03-15"]
    events = extract(
        "Title\n\nBEIRUT (AP) — Kurdish-led forces said Sunday they have detained 31 suspected members of the Islamic "
        "State group in a sweep of the Roj camp, days after the bodies of three women were found inside.\n",
        published=dt.date(2022, 8, 28),
    )["events"]
    assert [e["sub_event_type"] for e in events] == ["Arrests"]


def test_distances_and_ages_are_no_counts_and_a_finding_gives_its_figure() -> None:
    def counts(text: str) -> list[tuple[str, int | None]]:
        return [(c.kind, c.count.best) for c in find_casualties(text)]

    assert counts("Gunmen attacked herders about 15 km north of Palmyra, shooting nine of them dead.") == [
        ("killed", 9)
    ]
    assert counts("A girl aged 9 was killed when a shell hit her home.") == [("killed", 1)]
    assert counts("A UN inquiry later found 42 civilians were killed in the raid.") == [("killed", 42)]
    assert counts("Three soldiers, among them a colonel, and two militiamen were killed in the ambush.") == [
        ("killed", 5)
    ]
    assert counts("The ministry said some 80 people, 12 of them police, were injured.") == [("wounded", 80)]


def test_a_record_header_right_under_the_title_heads_its_record() -> None:
    events = extract(
        "Incident log (ID | date | governorate, then note)\n\nID: IRQ0101 | 4 March 2021 | Diyala\nAn IED hit an army "
        "patrol near Khanaqin, killing one soldier.\n\nID: IRQ0102 | 9 March 2021 | Kirkuk\nGunmen shot dead a "
        "shepherd near Daquq.\n",
        published=dt.date(2021, 6, 30),
    )["events"]
    assert [(e["date"], e["admin1"]) for e in events] == [("2021-03-04", "Diyala"), ("2021-03-09", "Kirkuk")]


def test_the_losing_sides_retreat_is_part_of_the_capture() -> None:
    events = _one(
        "On 17 May 2015, ISIS fighters overran the last government positions in Ramadi. Army units abandoned their "
        "vehicles and withdrew towards Khalidiya.",
        dt.date(2015, 5, 31),
    )
    assert [e["sub_event_type"] for e in events] == ["Non-state actor overtakes territory"]


def test_a_standfirst_above_the_byline_sums_up_the_story() -> None:
    events = extract(
        "Mosul: protesters burn council offices\n\nCrowds set fire to the provincial council and party offices after "
        "a week of protests over power cuts.\n\n12 Jul 2018\n\nMosul, Iraq - Angry protesters stormed the provincial "
        "council building in Mosul on Wednesday evening and set it ablaze.\n",
        published=dt.date(2018, 7, 12),
    )["events"]
    assert [(e["date"], e["event_type"]) for e in events] == [("2018-07-11", "Riots")]


def test_more_groups_taken_abducted_beaten_and_captured() -> None:
    published = dt.date(2024, 12, 31)
    events = _one("On 4 May 2016, gunmen seized a party of 12 Kuwaiti hunters near Salman.", published)
    assert [e["sub_event_type"] for e in events] == ["Abduction/forced disappearance"]
    events = _one(
        "On 6 June 2020, villagers near Hilla chased and beat a young man they suspected of theft.", published
    )
    assert [e["sub_event_type"] for e in events] == ["Mob violence"]
    events = _one(
        "On 29 November 2024, HTS captured Khan al-Asal, Kafr Naha and several other villages west of Aleppo.",
        published,
    )
    assert [e["sub_event_type"] for e in events] == ["Non-state actor overtakes territory"]


def test_a_pattern_or_a_period_summed_up_is_no_incident() -> None:
    published = dt.date(2024, 2, 21)
    assert not _one(
        "The strike came as tensions stayed high, with near-daily exchanges of fire between the army and the militia.",
        published,
    )
    assert not _one("Since the 2018 settlement, Quneitra has seen a string of assassinations.", published)
    assert not _one("Coalition forces conducted three strikes in Syria in recent weeks.", published)
    # a statement calling strikes names no strike of its own
    assert not _one("The government called the strikes a violation of its sovereignty.", published)


def test_a_risen_toll_of_named_strikes_a_named_leader_and_the_others_with_him() -> None:
    def counts(text: str) -> list[tuple[str, int | None]]:
        return [(c.kind, c.count.best) for c in find_casualties(text)]

    assert counts(
        "The death toll of Russian jets' raids on Ariha yesterday rose to 14 civilians, among them five children and "
        "two women, after two of the wounded died."
    ) == [("killed", 14)]
    assert counts("The strike killed ISIS commander Abu Hamza al-Iraqi and two other ISIS members.") == [("killed", 3)]
    assert counts("A drone strike near Sarmada killed Abu Umar al-Tunisi, a senior official of the group.") == [
        ("killed", 1)
    ]


def test_a_side_blamed_when_no_claim_was_made_is_a_suspect() -> None:
    events = _one(
        "On 5 May 2021, a roadside bomb killed two soldiers near Baiji. Officials blamed ISIS remnants; no claim was "
        "issued.",
        dt.date(2021, 5, 31),
    )
    assert [e["actor1"] for e in events] == ["Unidentified Armed Group (Iraq)"]
    events = _one("On 7 May 2021, ISIS gunmen killed three shepherds near Rutba.", dt.date(2021, 5, 31))
    assert [e["actor1"] for e in events] == ["Islamic State (ISIS)"]


def test_fire_by_a_force_and_men_from_a_faction_of_a_force_name_the_doer() -> None:
    published = dt.date(2017, 6, 30)
    events = _one(
        "On 12 June 2017, artillery and mortar fire by regime forces hit Douma in Eastern Ghouta, killing five "
        "civilians.",
        published,
    )
    assert [(e["actor1"], e["actor2"]) for e in events] == [("Military Forces of Syria", "Civilians (Syria)")]
    events = _one(
        "On 14 June 2017, gunmen from the Saad bin Abi Waqqas faction of the Syrian National Army shot dead a "
        "farmer near Azaz.",
        published,
    )
    assert [e["actor1"] for e in events] == ["Syrian National Army (SNA)"]


def test_a_press_digest_items_filing_day_gives_way_to_the_day_it_tells() -> None:
    events = _one(
        "Duhok, 21 March – Late on Sunday night a Turkish drone struck a car near Zakho, killing two PKK members.\n\n"
        "Duhok, 23 March – A Turkish drone struck a farm near Batifa, wounding a shepherd.",
        dt.date(2022, 3, 28),
    )
    assert [e["date"] for e in events] == ["2022-03-20", "2022-03-23"]


def test_cumulative_tolls_asides_and_tellers_in_digest_items() -> None:
    counts = lambda text: [(c.kind, c.count.best) for c in find_casualties(text)]  # noqa: E731
    assert counts("The SOHR said more than 400 fighters have been killed since the offensive began on 2 May.") == []
    assert counts("Fighting in the town has killed 40 people since Monday.") == [("killed", 40)]
    assert counts(
        "Three soldiers, among them a lieutenant colonel who commanded the regiment's second battalion, were killed."
    ) == [("killed", 3)]
    assert counts("Gunmen killed on Friday morning, 4 June, Omar Khalil, a former rebel commander, in Inkhil.") == [
        ("killed", 1)
    ]
    events = _one(
        "On 3 July 2016, rebel factions took over the military academy in al-Hamdaniya, south of Aleppo. Anadolu "
        "initially reported the capture of the whole district.",
        dt.date(2016, 7, 10),
    )
    assert [(e["sub_event_type"], any(s.startswith("Anadolu") for s in e["sources"])) for e in events] == [
        ("Non-state actor overtakes territory", True)
    ]


def test_kin_wounded_turkey_backed_fighters_hilltops_and_names_that_are_no_places() -> None:
    published = dt.date(2018, 2, 28)
    counts = lambda text: [(c.kind, c.count.best) for c in find_casualties(text)]  # noqa: E731
    assert counts("Gunmen shot dead a farmer and wounded his nephew near Khanaqin.") == [("killed", 1), ("wounded", 1)]
    events = _one("On 3 February 2018, Turkish-backed Syrian rebels seized a hilltop north of Afrin.", published)
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Non-state actor overtakes territory", "Syrian National Army (SNA)")
    ]
    events = _one("On 4 February 2018, Turkish armed drones struck a YPG vehicle near Jandairis.", published)
    assert [e["actor1"] for e in events] == ["Military Forces of Turkey"]
    # a man's name and an outlet's name are not places, even where a village shares them
    events = _one(
        "On 6 February 2018, SDF fighters repelled an IS attack on their positions, a commander who gave his name as "
        "Adnan said.",
        published,
    )
    assert [e["place"] for e in events] == [None]
    events = _one(
        "On 7 February 2018, rebels repelled an attempt by regime units to advance, Enab Baladi's correspondent in "
        "Daraa reported.",
        published,
    )
    assert [e["admin1"] for e in events] == ["Daraa"]


def test_a_feeds_clock_stamped_lines_without_a_mark_are_items_of_their_own() -> None:
    events = extract(
        "Iraq live feed | Tuesday, 12 March 2019\n\n"
        "06:40 Rockets hit near the Baghdad airport perimeter, no casualties reported\n"
        "07:15 UN envoy to meet Kurdish leaders in Erbil later today\n"
        "09:05 IS gunmen attacked a PMF checkpoint near Tarmiyah, 2 PMF fighters killed\n"
        "10:20 Hundreds rally outside the Basra governorate building demanding jobs\n",
        published=dt.date(2019, 3, 12),
    )["events"]
    assert [(e["event_type"], e["killed"]) for e in events] == [
        ("Explosions/Remote violence", None),
        ("Battles", 2),
        ("Protests", None),
    ]


def test_statements_under_dash_framed_day_labels_are_dated_by_them() -> None:
    events = extract(
        "Press office statements, 2019-2020\n\n"
        "— Statement, 4 May 2019 —\n"
        "Our forces repelled an attack by ISIS cells on a checkpoint near Hajin at dawn today, killing two of the "
        "attackers.\n\n"
        "— Statement, 9 February 2020 —\n"
        "Turkish artillery shelled the village of Umm al-Kaif north of Tal Tamr on Saturday evening.\n",
        published=dt.date(2020, 12, 31),
    )["events"]
    assert [e["date"] for e in events] == ["2019-05-04", "2020-02-08"]


def test_a_sentence_opening_on_another_place_with_another_kind_of_act_is_its_own_event() -> None:
    events = _one(
        "On 3 May 2016, regime artillery shelled Kafr Batna, killing four people. In Harasta, troops fought rebels "
        "for several hours on the edge of the town.",
        dt.date(2016, 5, 10),
    )
    assert [(e["event_type"], e["place"]) for e in events] == [
        ("Explosions/Remote violence", "Kafr Batna"),
        ("Battles", "Harasta"),
    ]


def test_a_state_force_is_not_the_target_of_its_own_bombs() -> None:
    events = _one(
        "On 9 May 2016, barrel bombs dropped by government helicopters hit a school in Anadan, wounding three "
        "children, as the Syrian army pressed its offensive north of Aleppo.",
        dt.date(2016, 5, 10),
    )
    assert [(e["actor1"], e["actor2"]) for e in events] == [("Military Forces of Syria", "Civilians (Syria)")]


def test_government_jets_by_model_mourners_who_burn_villages_counted_and_the_attackers_losses() -> None:
    published = dt.date(2015, 6, 1)
    events = _one("On 2 May 2015, a government Sukhoi fired rockets at the Kafr Nubl market, killing six.", published)
    assert [e["actor1"] for e in events] == ["Military Forces of Syria"]
    events = _one("On 4 May 2015, mourners set fire to the police station in Qamishli after the funeral.", published)
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == [("Riots", "Violent demonstration")]
    events = _one("Between 5 and 8 May 2015, ISIS seized at least 20 villages from the YPG.", published)
    assert [e["sub_event_type"] for e in events] == ["Non-state actor overtakes territory"]
    events = _one(
        "On 9 May 2015, ISIS fighters attacked YPG positions near Tal Tamr. Three YPG fighters were killed, while the "
        "attackers lost at least 11 of their members.",
        published,
    )
    assert [e["killed"] for e in events] == [14]


def test_a_raid_or_a_foiled_plot_that_ends_in_arrests_is_an_arrest() -> None:
    published = dt.date(2023, 3, 1)
    events = _one(
        "On 12 February 2023, SDF units raided a house in the town of Diban. Two members of an ISIS cell were "
        "arrested and a rifle was seized.",
        published,
    )
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        ("Arrests", "Syrian Democratic Forces (SDF)", "Islamic State (ISIS)")
    ]
    events = _one(
        "On 14 February 2023, the police foiled a plot by an ISIS cell to bomb a market in Kirkuk. The cell's three "
        "members were arrested.",
        published,
    )
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [("Arrests", "Police Forces of Iraq")]
    # a raid that turns into a fight stays a fight
    events = _one(
        "On 16 February 2023, SDF units raided a house in Diban and clashed with the ISIS cell inside. Two members "
        "of the cell were arrested.",
        published,
    )
    assert [e["sub_event_type"] for e in events] == ["Armed clash"]


def test_nights_that_run_into_the_next_day_are_ranges() -> None:
    published = dt.date(2019, 3, 16)  # a Saturday
    events = _one("Rebels and regime troops fought near Kafr Nabudah from late Tuesday until dawn on Wednesday.",
                  published)
    assert [e["date"] for e in events] == ["2019-03-12/2019-03-13"]
    events = _one("Regime artillery shelled villages around Jisr al-Shughur through the night into Friday.", published)
    assert [e["date"] for e in events] == ["2019-03-14/2019-03-15"]


def test_a_story_told_on_in_later_paragraphs() -> None:
    events = extract(
        "Three soldiers killed in Diyala ambush\n\n"
        "BAQUBA (Reuters) - Islamic State militants ambushed an army patrol near Muqdadiya late on Monday, killing "
        "three soldiers, a police source said.\n\n"
        "The patrol was attacked with machine guns while it searched farmland on the edge of the town.\n\n"
        "A hospital source later said a fourth soldier had died of his wounds.\n\n"
        "On Tuesday morning, a roadside bomb hit a police car on a road in Salahuddin province, wounding two "
        "policemen, the Security Media Cell said.\n",
        published=dt.date(2022, 5, 10),
    )["events"]
    assert [(e["killed"], e["admin1"]) for e in events] == [(4, "Diyala"), (None, "Salah al-Din")]
    events = _one(
        "On 3 May 2022, an air strike hit a market in Ariha, killing nine people, the Syrian Observatory for Human "
        "Rights, a UK-based monitoring group with a network of sources in Syria, said.",
        dt.date(2022, 5, 10),
    )
    assert any(s.startswith("Syrian Observatory for Human Rights") for s in events[0]["sources"])


def test_notes_of_kinds_the_rules_had_missed() -> None:
    published = dt.date(2022, 12, 31)
    kinds = lambda text: [(e["event_type"], e["sub_event_type"]) for e in _one(text, published)]  # noqa: E731
    # a grenade thrown over a quarrel about a road accident is no accident
    assert kinds(
        "On 2 March 2022, gunmen threw a grenade at the house of a shopkeeper in Al-Hartha after a dispute over a "
        "traffic accident; nobody was hurt."
    ) == [("Explosions/Remote violence", "Grenade")]
    # a sit-in kept since an earlier month is where the crowd was, not a summary since then
    assert kinds(
        "On 5 March 2022, supporters of a militia stormed a square in Kut, where students had kept a sit-in "
        "since October 2021, and set fire to their tents."
    ) == [("Riots", "Violent demonstration")]
    assert kinds(
        "On 6 March 2022, the army and local fighters agreed under Russian mediation on the evacuation of the "
        "remaining gunmen from Tafas."
    ) == [("Strategic developments", "Agreement")]
    assert kinds(
        "On 7 March 2022, IS fighters stopped two minibuses carrying 30 labourers near Hatra and took them to a "
        "farm in the desert."
    ) == [("Violence against civilians", "Abduction/forced disappearance")]
    assert kinds("On 8 March 2022, HTS fighters seized most of Jisr al-Shughur from a rival faction.") == [
        ("Battles", "Non-state actor overtakes territory")
    ]


def test_another_drone_is_another_strike_on_the_same_day() -> None:
    events = _one(
        "On 18 August 2021, a Turkish drone hit a car near Tal Tamr, killing two SDF fighters. Another drone struck "
        "a farmhouse in the village of Tal Shamiran, wounding a shepherd.",
        dt.date(2021, 8, 20),
    )
    assert [(e["date"], e["killed"], e["wounded"]) for e in events] == [
        ("2021-08-18", 2, None),
        ("2021-08-18", None, 1),
    ]


def test_a_story_filed_from_one_country_about_the_other() -> None:
    events = extract(
        "Turkish drones hit Kobani as talks stall\n\n"
        "ERBIL, Kurdistan Region – A Turkish drone struck a car in Kobani on Tuesday evening, killing two fighters of "
        "the Syrian Democratic Forces (SDF), the force said, as talks on a truce in northern Syria stalled.\n\n"
        "On Monday, Turkish artillery shelled villages west of Tal Abyad, wounding a farmer.\n",
        published=dt.date(2022, 11, 23),
    )["events"]
    assert [(e["admin1"], e["actor2"] == "Civilians (Iraq)") for e in events] == [("Aleppo", False), ("Raqqa", False)]


def test_area_labels_in_a_safety_weekly_are_headings_after_its_overview() -> None:
    events = extract(
        "NGO SAFETY WEEKLY – NORTHWEST SYRIA\n"
        "Reporting period: 5 – 11 June 2023\n\n"
        "Overview\n"
        "Incident levels fell slightly against the previous week. Idlib remained the most affected area.\n\n"
        "Idlib:\n"
        "Government artillery shelled the outskirts of Sarmin on 6 Jun, wounding two farmers.\n"
        "Assessment: shelling along the front is likely to continue.\n\n"
        "Aleppo:\n"
        "A car bomb exploded near a checkpoint in Azaz on 9 Jun, killing three civilians.\n",
        published=dt.date(2023, 6, 12),
    )["events"]
    assert [(e["date"], e["admin1"]) for e in events] == [("2023-06-06", "Idlib"), ("2023-06-09", "Aleppo")]


def test_a_daily_reports_title_dates_its_incidents_and_the_raiders_it_names() -> None:
    events = extract(
        "Monitor\nDaily report: civilian deaths in Syria on Monday, June 10, 2019\nPublished June 11, 2019\n\n"
        "Idlib governorate\n"
        "Warplanes we believe to be Russian fired missiles at the market of Kafr Nubl in the morning, killing two "
        "civilians.\n\n"
        "Hours later a Russian raid hit a farm near Hish, killing a farmer.\n\n"
        "Shells fired by factions of the Armed Opposition fell on Mhardeh, killing a child.\n",
        published=dt.date(2019, 6, 11),
    )["events"]
    assert [(e["date"], e["actor1"]) for e in events] == [
        ("2019-06-10", "Military Forces of Russia"),
        ("2019-06-10", "Military Forces of Russia"),
        ("2019-06-10", "Rebel groups (Syria)"),
    ]


def test_bases_set_up_and_town_centres_taken() -> None:
    published = dt.date(2016, 12, 31)
    kinds = lambda text: [(e["sub_event_type"], e["actor1"]) for e in _one(text, published)]  # noqa: E731
    assert kinds(
        "On 2 August 2016, a contingent of US forces arrived at Qayyarah to set up a logistics hub for the Mosul "
        "offensive."
    ) == [("Headquarters or base established", "Military Forces of the United States")]
    assert kinds("On 5 August 2016, Russian forces began setting up a helicopter base at Tiyas.") == [
        ("Headquarters or base established", "Military Forces of Russia")
    ]
    assert kinds("On 6 August 2016, ISIS fighters took over the centre of Hit after police abandoned their posts.") == [
        ("Non-state actor overtakes territory", "Islamic State (ISIS)")
    ]


def test_handovers_chemical_cylinders_named_towns_taken_and_crowds_that_break_in() -> None:
    published = dt.date(2021, 12, 31)
    kinds = lambda text: [(e["event_type"], e["sub_event_type"]) for e in _one(text, published)]  # noqa: E731
    assert kinds(
        "On 4 March 2021, army units deployed in the town of Ain Issa under an understanding brokered by Russia."
    ) == [("Strategic developments", "Non-violent transfer of territory")]
    assert kinds(
        "On 5 March 2021, under the settlement reached with the local committee, the army entered Tafas for the "
        "first time since 2018."
    ) == [("Strategic developments", "Non-violent transfer of territory")]
    assert kinds("On 6 March 2021, a helicopter dropped a chlorine cylinder on a house in Kafr Zita.") == [
        ("Explosions/Remote violence", "Chemical weapon")
    ]
    assert kinds("On 7 March 2021, HTS seized Kafr Takharim from the Turkistan Islamic Party after clashes.") == [
        ("Battles", "Non-state actor overtakes territory")
    ]
    assert kinds(
        "On 8 March 2021, supporters of a cleric broke into the provincial council building in Kut and smashed its "
        "windows."
    ) == [("Riots", "Violent demonstration")]


def test_a_battles_start_days_before_running_counts_and_captives_driven_away() -> None:
    events = extract(
        "Fighting rages at Raqqa jail\n\n"
        "RAQQA, Syria (AFP) – Kurdish-led forces fought Islamic State jihadists holed up in a wing of a jail in "
        "northern Syria on Monday, a monitor said.\n\n"
        "The assault began late Thursday when a suicide bomber drove a car packed with explosives into the jail's "
        "gate, allowing dozens of inmates to escape.\n\n"
        "The Observatory said the fighting had so far killed 60 people.\n\n"
        "Witnesses said the jihadists stopped women at a checkpoint on Friday and drove them away in a truck.\n",
        published=dt.date(2022, 3, 8),
    )["events"]
    assert [(e["date"], e["sub_event_type"], e["killed"]) for e in events] == [
        ("2022-03-07", "Armed clash", None),
        ("2022-03-03", "Suicide bomb", None),
        ("2022-03-04", "Abduction/forced disappearance", None),
    ]


def test_a_wire_story_of_strikes_in_two_countries_and_a_toll_raised() -> None:
    events = extract(
        "US strikes hit militias in Iraq and Syria\n\n"
        "BAGHDAD, March 4 (Reuters) - U.S. forces struck militia targets in Iraq and Syria overnight, officials said "
        "on Saturday.\n\n"
        "In Iraq, U.S. aircraft hit positions of Kataib Hezbollah near al-Qaim on Friday night. The group said nine "
        "of its members had been killed and 12 wounded, later raising the toll to 10 after a wounded fighter died.\n\n"
        "A second wave of strikes targeted a depot near Rutba, two security sources said.\n\n"
        "In Syria, strikes hit sites around Albu Kamal in Deir ez-Zor province. The Syrian Observatory for Human "
        "Rights said 11 fighters were killed.\n",
        published=dt.date(2023, 3, 4),
    )["events"]
    assert [(e["date"], e["killed"], e["wounded"], e["admin1"]) for e in events] == [
        ("2023-03-03", 10, 12, "Al-Anbar"),
        ("2023-03-03", None, None, "Al-Anbar"),
        ("2023-03-03", 11, None, "Deir ez-Zor"),  # the strikes the lead says came overnight
    ]


def test_a_lead_told_again_as_another_kind_of_act_and_a_roadmap_accepted_on_a_day() -> None:
    events = extract(
        "Israeli raid kills seven in Quneitra\n\n"
        "DAMASCUS, May 8 (Reuters) - Israeli forces carried out strikes that killed seven people near the town of "
        "Khan Arnabah overnight, Syrian authorities said on Thursday.\n\n"
        "Israeli troops pushed late on Wednesday into farmland on the edge of Khan Arnabah, where local gunmen "
        "opened fire on them, the governorate said. It said seven people were killed.\n",
        published=dt.date(2025, 5, 8),
    )["events"]
    assert [(e["killed"], e["quote"][:13]) for e in events] == [(7, "Israeli troop")]
    events = _one(
        "The local committee accepted on Monday evening, 6 September, a Russian-sponsored roadmap with the "
        "government's security committee.",
        dt.date(2021, 9, 8),
    )
    assert [(e["date"], e["sub_event_type"]) for e in events] == [("2021-09-06", "Agreement")]


def test_feed_lines_in_headline_style() -> None:
    events = extract(
        "Syria feed | Monday, 5 March 2018\n\n"
        "09:10 Regime warplanes bombed Hamouria in Eastern Ghouta; SOHR says 9 civilians killed\n"
        "10:45 ISIS attack on SDF positions near Shaafa repelled, 4 attackers killed\n"
        "11:30 UN envoy arrives in Damascus for talks\n"
        "12:05 Turkish artillery shelled villages near Rajo, 2 civilians wounded\n",
        published=dt.date(2018, 3, 5),
    )["events"]
    assert [(e["actor1"], e["killed"], any(s.startswith("SOHR") for s in e["sources"])) for e in events] == [
        ("Military Forces of Syria", 9, True),
        ("Islamic State (ISIS)", 4, False),
        ("Military Forces of Turkey", None, False),
    ]


def test_an_abduction_that_ends_with_the_body_found_is_a_killing() -> None:
    events = _one(
        "Gunmen abducted a teacher from his car near Khalis late on 3 May 2015; police found his body on a farm the "
        "next day.",
        dt.date(2015, 5, 10),
    )
    assert [(e["sub_event_type"], e["actor2"], e["killed"]) for e in events] == [("Attack", "Civilians (Iraq)", 1)]
    events = _one("Gunmen abducted a teacher from his car near Khalis late on 3 May 2015.", dt.date(2015, 5, 10))
    assert [e["sub_event_type"] for e in events] == ["Abduction/forced disappearance"]


def test_ground_taken_is_taken_from_the_force_that_left_not_from_its_people() -> None:
    events = _one(
        "On 5 August 2014, ISIS fighters captured the town of Zummar and the Yazidi villages around it after "
        "Peshmerga units pulled out overnight.",
        dt.date(2014, 8, 10),
    )
    assert [(e["sub_event_type"], e["actor2"]) for e in events] == [
        ("Non-state actor overtakes territory", "Peshmerga")
    ]


def test_government_forces_by_their_singular_weapons_their_factions_and_their_ground() -> None:
    published = dt.date(2025, 3, 30)
    doers = lambda text: [e["actor1"] for e in _one(text, published)]  # noqa: E731
    assert doers("On 2 January 2013, a government warplane hit a petrol station in Muleiha, killing 12 people.") == [
        "Military Forces of Syria"
    ]
    assert doers("On 8 March 2025, government-aligned factions killed 14 men in the village of Mukhtariya.") == [
        "Military Forces of Syria"
    ]
    assert doers("On 14 March 2025, rockets fired from government-held areas hit a market in Sarmada.") == [
        "Military Forces of Syria"
    ]


def test_a_side_blamed_or_believed_responsible_is_a_suspect_not_the_doer() -> None:
    published = dt.date(2022, 6, 30)
    doers = lambda text: [e["actor1"] for e in _one(text, published)]  # noqa: E731
    assert doers(
        "On 10 June 2022, a roadside bomb struck an army patrol east of Tuz Khurmatu, killing a soldier. The Joint "
        "Operations Command blamed Daesh remnants."
    ) == ["Unidentified Armed Group (Iraq)"]
    assert doers(
        "On 12 June 2022, gunmen believed to belong to an ISIS cell shot dead a council member in Diban."
    ) == ["Unidentified Armed Group (Syria)"]
    # a claim still names the doer
    assert doers("On 14 June 2022, a roadside bomb struck an army patrol near Hawija; ISIS claimed the attack.") == [
        "Islamic State (ISIS)"
    ]


def test_numbered_items_after_a_summary_paragraph_are_the_reports_body() -> None:
    events = extract(
        "SECURITY COUNCIL\nWeekly Security Summary No. 9/2023\nReporting period: 6–12 March 2023\n\n"
        "Summary\n"
        "The situation remained stable. Units detained five suspects; attacks by terrorist organisations on "
        "infrastructure remain the main threat.\n\n"
        "1. On Friday, 10 March, a drone struck a power station near Kalar, wounding two workers.\n\n"
        "2. On 11 March, Asayish units arrested an ISIS member in Erbil.\n\n"
        "Outlook: further attacks on energy sites are likely.\n",
        published=dt.date(2023, 3, 13),
    )["events"]
    assert [(e["date"], e["actor1"]) for e in events] == [
        ("2023-03-10", "Unidentified Armed Group (Iraq)"),
        ("2023-03-11", "Police Forces of Iraq (Kurdistan Regional Government)"),
    ]


def test_common_spellings_rivers_and_agencies_in_place_phrases() -> None:
    published = dt.date(2023, 10, 31)
    places = lambda text: [(e["place"], e["admin1"]) for e in _one(text, published)]  # noqa: E731
    assert places("On 20 October 2017, Iraqi forces shelled Peshmerga positions in Prde, killing two.") == [
        ("Altun Kupri", "Kirkuk")
    ]
    assert places("On 20 March 2023, gunmen shot dead two men in Jinderes.") == [("Jindires", "Aleppo")]
    # a river's name is no town on it, an agency's name no place
    assert places(
        "On 21 October 2017, Iraqi forces attacked Peshmerga positions on the northern bank of the Lesser Zab River "
        "near Altun Kupri. The state news agency, Sana, said nothing of it."
    ) == [("Altun Kupri", "Kirkuk")]


def test_incidents_across_the_border_in_a_neighbours_town_are_abroad() -> None:
    assert not _one(
        "On 15 January 2024, Jordanian troops killed five smugglers in clashes in the desert east of Mafraq.",
        dt.date(2024, 1, 20),
    )
    assert not _one("On 3 May 2016, rockets fired from Syria hit the border town of Kilis, wounding two.",
                    dt.date(2016, 5, 4))


def test_two_lines_of_a_live_page_with_their_own_tolls_are_two_incidents() -> None:
    events = extract(
        "LIVE: day five\nUpdated October 13, 2019 – 23:55\n\n"
        "13:05 – Just in: a Turkish airstrike hit a convoy near Ras al-Ain, killing 11 people, the SDF said.\n\n"
        "08:30 – Good morning. Turkish warplanes struck SDF positions in Ras al-Ain overnight, the SDF said. It said "
        "3 of its fighters were killed.\n",
        published=dt.date(2019, 10, 13),
    )["events"]
    assert sorted(e["killed"] for e in events) == [3, 11]


def test_crowds_that_converge_and_leads_that_sum_up_days_of_protest() -> None:
    events = extract(
        "Curfew in Nasiriyah after deadly protests\n\n"
        "Nasiriyah (AFP) - November 5, 2019\n\n"
        "Authorities imposed a curfew on Nasiriyah on Tuesday after three days of protests in which police fired live "
        "rounds at crowds.\n\n"
        "On Saturday, more than 2,000 people converged on Haboubi Square. Police fired tear gas and live rounds to "
        "disperse them, killing two protesters.\n",
        published=dt.date(2019, 11, 5),
    )["events"]
    assert [(e["date"], e["sub_event_type"], e["killed"]) for e in events] == [
        ("2019-11-02", "Excessive force against protesters", 2)
    ]


def test_an_incident_that_ran_into_the_next_morning_and_a_toll_first_given_lower() -> None:
    events = extract(
        "Clashes in Sulaymaniyah\n\n"
        "Shafaq News – Sulaymaniyah\n\n"
        "Two members of the security forces were killed and nine others wounded in clashes that erupted late "
        "Thursday in Sulaymaniyah, where Asayish units moved to arrest a former official. His guards fired on the "
        "force from a hotel, and the fighting lasted until around 6 a.m. on Friday. The health directorate had "
        "initially put the toll at one dead before raising it on Friday afternoon.\n",
        published=dt.date(2025, 8, 22),
    )["events"]
    assert [(e["killed"], e["wounded"]) for e in events] == [(2, 9)]


def test_some_of_those_counted_are_not_more_of_them() -> None:
    counts = lambda text: [(c.kind, c.count.best) for c in find_casualties(text)]  # noqa: E731
    assert counts("ISIS executed 14 men in the square. Five of them were beheaded.") == [("killed", 14)]
    assert counts("Three soldiers were killed. Two civilians were also killed.") == [("killed", 3), ("killed", 2)]


def test_key_value_export_records_take_the_governorate_field_and_the_notes_place() -> None:
    events = extract(
        "# Iraq incident records: date; gov; loc; text\n"
        "date=2021-03-04; gov=Diyala; loc=Muqdadiya; text=Gunmen attacked a PMF post north of Muqdadiya, killing "
        "two fighters.\n"
        "date=2021-03-06; gov=Kirkuk; loc=Hawija; text=An IED struck an army vehicle near Hawija, wounding three "
        "soldiers.\n",
        published=dt.date(2021, 3, 31),
    )["events"]
    assert [(e["location_text"], e["admin1"]) for e in events] == [
        ("north of Muqdadiya", "Diyala"),
        ("near Hawija", "Kirkuk"),
    ]


def test_those_named_one_by_one_and_the_others_counted() -> None:
    counts = lambda text: [(c.kind, c.count.best) for c in find_casualties(text)]  # noqa: E731
    assert counts("The strike killed Abu Ali, Abu Omar and six others.") == [("killed", 8)]
    assert counts("A bomb under his car went off, killing him, his wife and two others.") == [("killed", 4)]


def test_a_city_quarter_is_in_the_city_the_report_is_about_not_a_village_namesake() -> None:
    text = """\
Raqqa, July 3 (Reuters) - U.S.-backed fighters pushed deeper into Raqqa on Sunday, a spokesman said.

Coalition jets struck a school used as a shelter in the Mashlab quarter of Raqqa on Saturday, killing 11 \
civilians, the Observatory said.

On Sunday a mortar bomb fell on a market in the al-Badu neighbourhood, killing four people.

Air strikes on the Hamidiyah neighbourhood in the centre of Homs killed two children on Monday, activists said.
"""
    events = extract(text, published=dt.date(2017, 7, 3))["events"]
    badu = next(e for e in events if "al-Badu" in e["quote"])
    hamidiyah = next(e for e in events if "Hamidiyah" in e["quote"])
    # No sentence names the city of al-Badu: the report's city stands in for the namesake village in Homs.
    assert badu["admin1"] == "Raqqa" and badu["geo_precision"] == 2
    # The city named after the quarter wins over the village of Hamidiyah in Tartus.
    assert hamidiyah["admin1"] == "Homs"


BASE_STORY = """\
Rockets hit Iraqi base hosting U.S. troops

BAGHDAD (AP) — Militants fired rockets at the Harir air base north of Erbil on Tuesday, officials said.

Tuesday's attack on the Harir air base, which hosts American and coalition troops, involved at least six rockets, \
most of which fell outside the perimeter, the coalition said. Two contractors were lightly wounded. Kataib Sayyid \
al-Shuhada, an Iran-aligned militia, claimed the attack in a statement.

Hours after the Harir attack, gunmen shot dead a judge in Makhmour, police said.

Two days earlier, air defences at the base shot down an explosive-laden drone, a coalition official said.

The Pentagon said it had provided "air support and intelligence" to the Peshmerga but gave no details.
"""


def test_a_claim_after_an_aside_days_counted_back_the_base_named_before_and_support_given() -> None:
    events = extract(BASE_STORY, published=dt.date(2021, 7, 8))["events"]
    attack = next(e for e in events if e["quote"].startswith("Tuesday's attack"))
    judge = next(e for e in events if "judge" in e["quote"])
    # The claimant is named before its aside; the troops the base hosts are the target, not the attackers.
    assert attack["actor1"] == "Kataib Sayyid al-Shuhada"
    assert attack["actor1"] != "Global Coalition against Daesh"
    drone = next(e for e in events if "shot down" in e["quote"])
    assert drone["date"] == "2021-07-04"  # two days before the attack on Tuesday 6 July told above
    assert drone["place"] == attack["place"]  # "the base": the one attacked
    assert judge["place"] != attack["place"]  # not the place of the attack it follows
    assert not any("air support" in e["quote"] for e in events)  # support given is no strike


def test_a_summary_box_of_bullets_does_not_swallow_the_story_below_it() -> None:
    text = """\
Fighting spreads on Syria's coast

DAMASCUS, March 8 (Reuters) - Syria's interim government said on Saturday it was sending more troops to the coast.

Summary
- Gunmen ambush police near Latakia
- Troops retake Kafr Dubbin

On Thursday, gunmen attacked a police patrol near the village of Kafr Dubbin, killing four officers, the interior \
ministry said.

The clashes later spread to the nearby town of Jableh, where the army said it killed 11 gunmen.

A little-known group said on social media it had begun operations against the government, without mentioning \
the ambush.

In Jableh, 20 km further south, residents described gunmen in uniform opening fire on cars at a checkpoint on \
Friday, killing three drivers.
"""
    events = extract(text, published=dt.date(2025, 3, 8))["events"]
    quotes = [e["quote"] for e in events]
    assert any(q.startswith("On Thursday, gunmen attacked") for q in quotes)
    assert any(q.startswith("The clashes later spread") for q in quotes)
    assert not any(q.startswith("A little-known group") for q in quotes)
    shooting = next(e for e in events if e["quote"].startswith("In Jableh"))
    assert shooting["actor1"] != "Civilians (Syria)"  # the residents tell it


def test_kurdish_led_fighters_and_a_district_retaken_from_the_militants() -> None:
    text = """\
BEIRUT (AP) — Kurdish-led fighters pressed an assault on Sunday on Islamic State militants holed up in a \
school in Hasakeh, officials said.

On Thursday, Iraqi troops pushed through the last streets of the Zanjili area, retaking the district from the \
militants after two days of fighting.
"""
    events = extract(text, published=dt.date(2022, 1, 23))["events"]
    assert events[0]["actor1"] == "Syrian Democratic Forces (SDF)"
    assert any(e["sub_event_type"] == "Government regains territory" for e in events)


def test_a_sitrep_second_attack_hours_later_the_towns_market_and_tallies_that_are_no_incidents() -> None:
    text = """\
Iraq Situation Report: June 2-4, 2016

Anbar

• June 3: ISIS detonated a suicide vest at a police checkpoint at the eastern entrance of Hit, killing three \
policemen. Hours later ISIS fired mortar rounds at the town's main square and wounded four civilians.
• June 2-4: CJTF-OIR reported a total of 23 airstrikes in Anbar over the three days.

Baghdad

• June 4: Security forces found the rocket launcher used in the morning's attack near Abu Ghraib, with two \
unfired rockets still on it.
• Outcome for the past week: police carried out 31 raids across the capital and arrested 19 suspects.
• June 4: A landmine planted by the Kurdish units wounded two SNA fighters near Marea, SOHR said.
"""
    events = extract(text, published=dt.date(2016, 6, 4))["events"]
    quotes = [e["quote"] for e in events]
    mortar = next(e for e in events if e["quote"].startswith("Hours later"))
    bomb = next(e for e in events if "suicide vest" in e["quote"])
    # another kind of attack with its own toll, the same day, in the town the bombing named
    assert mortar["sub_event_type"] == "Shelling/artillery/missile attack" and mortar["wounded"] == 4
    assert mortar["date"] == bomb["date"] == "2016-06-03"
    assert mortar["place"] == bomb["place"]
    assert not any("a total of 23" in q for q in quotes)
    assert not any("launcher used" in q for q in quotes)
    assert not any(q.startswith("Outcome for the past week") for q in quotes)
    mine = next(e for e in events if "landmine" in e["quote"])
    assert mine["actor1"] == "People's Protection Units (YPG)"


def test_a_towns_past_a_claim_by_the_group_named_before_an_updated_toll_and_reactions() -> None:
    text = """\
Missiles hit Sulaimani suburb, killing a family

SULAIMANI, Kurdistan Region – Missiles fired from Iran struck a house in the Bakrajo district of Sulaimani late on \
Sunday, killing a doctor and his wife, Kurdish officials said.

The missiles landed shortly after 11 pm. In an updated statement on Monday afternoon, the provincial health \
directorate said three people were killed and five others wounded.

"These were people asleep in their beds," the governor told reporters on Monday, describing the attack as a crime. \
It is not the first time Iranian missiles have struck the province.

In Qara Tapa, a town in Diyala that the army retook last month, gunmen fired on a police checkpoint on Saturday, \
wounding two officers.

Islamic State fighters struck again further north. In a statement on Telegram, the group claimed responsibility \
for a roadside bomb that hit an army vehicle near Tuz Khurmatu on Sunday, killing one soldier.
"""
    events = extract(text, published=dt.date(2024, 3, 11))["events"]
    quotes = [e["quote"] for e in events]
    strike = events[0]
    assert (strike["killed"], strike["wounded"]) == (3, 5)  # the updated statement's count
    assert not any(q.startswith('"These were') or q.startswith("It is not the first time") for q in quotes)
    checkpoint = next(e for e in events if "Qara Tapa" in e["quote"])
    assert checkpoint["date"] == "2024-03-09"  # Saturday, not "last month" when the town was retaken
    assert checkpoint["sub_event_type"] != "Government regains territory"
    bomb = next(e for e in events if "roadside bomb" in e["quote"])
    assert bomb["actor1"] == "Islamic State (ISIS)"


def test_a_lead_told_again_unsited_a_correspondents_seat_and_years_recalled() -> None:
    text = """\
Russian jets hit Ariha market

At least seven people have been killed in a Russian air strike on a busy market in the town of Ariha in \
northwest Syria, rescuers said.

Jets struck the fruit market in the centre of the town, in Idlib province, on Monday morning, the civil defence \
said. It put the death toll at seven, with 22 people wounded.

Enab Baladi's correspondent in Idlib said HTS fighters entered Kafr Nabl on Sunday after clashes that lasted \
several hours with a rival faction.

In 2018 and 2019, protests broke out in Ariha against the rising price of bread.
"""
    events = extract(text, published=dt.date(2023, 7, 11))["events"]
    strikes = [e for e in events if e["sub_event_type"] == "Air/drone strike"]
    assert len(strikes) == 1  # the lead and the paragraph that tells it in full are one strike
    assert strikes[0]["actor1"] == "Military Forces of Russia" and strikes[0]["killed"] == 7
    takeover = next(e for e in events if "Kafr Nabl" in e["quote"])
    assert takeover["sub_event_type"] == "Non-state actor overtakes territory"
    assert takeover["place"] != "Idlib"  # where the correspondent sits is not where it happened
    assert not any(e["quote"].startswith("In 2018 and 2019") for e in events)


def test_an_earlier_strikes_dead_are_not_this_ones_and_a_named_day_beats_days_counted_back() -> None:
    text = """\
Drone strike on Sinuni checkpoint kills five

Sinuni (Iraq) (AFP) - May 12, 2022

A drone strike on Thursday hit a checkpoint of a Yazidi armed group near Sinuni, killing five fighters, local \
officials said, two days after another strike killed three of the group's members.

Three days earlier, on Tuesday night, a drone struck a car near Khanasor, killing its driver, a local official said.
"""
    events = extract(text, published=dt.date(2022, 5, 12))["events"]
    lead = next(e for e in events if "Sinuni" in e["quote"])
    assert lead["killed"] == 5
    car = next(e for e in events if "Khanasor" in e["quote"])
    assert car["date"] == "2022-05-10"  # the Tuesday it names, not three days before Thursday


def test_a_town_placed_by_the_offset_its_appositive_gives() -> None:
    text = """\
Iraq Situation Report: May 28, 2015

• May 26: Iraqi troops recaptured Husaybah al-Gharbiya, a village roughly 10 km east of Ramadi, after fighting \
with ISIS.
"""
    event = extract(text, published=dt.date(2015, 5, 28))["events"][0]
    # the border town Husaybah (Al-Qaim) is a namesake 250 km away: the appositive's offset places this one
    assert "east of Ramadi" in event["location_text"]
    assert event["lon"] is not None and event["lon"] > 43.0


def test_a_regional_story_with_property_seized_a_habit_and_a_call_to_protest() -> None:
    text = """\
Azaz: factions seize homes as protesters are beaten in the town centre

Residents of Azaz accuse factions of the National Army of looting, while security men broke up a march on Tuesday.

Enab Baladi – Azaz

Local sources told Enab Baladi that fighters of the "Sham Legion" broke into at least 12 shops in the market of \
Azaz on Sunday, 9 June, and carried off fridges and generators.

In Mare', north of Aleppo, members of the "Sultan Murad Division" took over nine houses belonging to displaced \
families on Saturday, 8 June, a member of the local council said.

On Tuesday, military police blocked dozens of protesters who were marching to the council building in Azaz, \
firing into the air and beating demonstrators with sticks.

Since then, residents have gathered every Friday in the town's main square.

Activists called for a new demonstration in Azaz after Friday prayers.

Last year, a clash between two factions in the town killed four fighters.
"""
    events = extract(text, published=dt.date(2019, 6, 12))["events"]
    quotes = [e["quote"] for e in events]
    shops = next(e for e in events if "broke into" in e["quote"])
    assert shops["sub_event_type"] == "Looting/property destruction"
    assert shops["place"] != "Anab"  # the outlet the sources told is no place
    houses = next(e for e in events if "took over nine houses" in e["quote"])
    assert houses["sub_event_type"] == "Looting/property destruction"
    march = next(e for e in events if "blocked dozens" in e["quote"])
    assert march["sub_event_type"] == "Protest with intervention"
    assert not any(q.startswith(("Since then", "Activists called", "Last year")) for q in quotes)


def test_press_releases_with_a_second_attack_later_that_day_and_the_air_arm_that_answered() -> None:
    text = """\
Press release
Erbil, 14 October 2020
In the early hours of this morning, ISIS terrorists attacked a Peshmerga post near Makhmour. One Peshmerga was \
martyred and one other was injured. Later in the day, a roadside bomb struck a Peshmerga vehicle heading to the \
post, injuring two Peshmerga.

Press release
Erbil, 20 October 2020
ISIS attacked Peshmerga positions near Qara Tapa late on Monday, killing one Peshmerga. Coalition aircraft later \
targeted ISIS positions in the area.

Weekly roundup, 26 October 2020
1. Army aviation destroyed three Daesh hideouts in the Hamrin mountains on Thursday.
2. Outcome of the week's operations: 30 terrorists killed, 7 arrested.

The civil defence calls on the international community to take action to stop the bombing of civilians.
"""
    events = extract(text, published=dt.date(2020, 10, 26))["events"]
    quotes = [e["quote"] for e in events]
    bomb = next(e for e in events if e["quote"].startswith("Later in the day"))
    assert bomb["wounded"] == 2 and bomb["sub_event_type"] == "Remote explosive/landmine/IED"
    post = next(e for e in events if "attacked a Peshmerga post" in e["quote"])
    assert post["wounded"] == 1  # the roadside bomb's wounded are its own
    strike = next(e for e in events if e["quote"].startswith("Coalition aircraft later"))
    assert strike["actor1"] == "Global Coalition against Daesh"
    assert any("destroyed three Daesh hideouts" in q for q in quotes)
    assert not any("Outcome of the week" in q or "calls on" in q for q in quotes)


def test_the_same_teller_raising_his_toll_later_is_the_count() -> None:
    text = """\
Early on Sunday, two suicide car bombs exploded at the gates of a police station in Haditha, killing at least \
seven policemen and wounding 11, a police captain said. He later put the death toll at nine.
"""
    event = extract(text, published=dt.date(2015, 5, 17))["events"][0]
    assert (event["killed"], event["wounded"]) == (9, 11)


def test_the_losing_side_leaving_the_ground_just_taken_is_the_same_takeover() -> None:
    text = """\
HADITHA, June 2 (Reuters) - Islamic State militants seized the town of Baghdadi on Monday, overrunning the main \
police headquarters, officials said.

Police units withdrew from the headquarters on the town's northern edge in the afternoon, leaving behind their \
vehicles, a police officer said. Video posted online showed a column of vehicles heading south along the highway \
towards Haditha.
"""
    events = extract(text, published=dt.date(2014, 6, 2))["events"]
    assert len(events) == 1
    assert events[0]["sub_event_type"] == "Non-state actor overtakes territory"
    assert events[0]["actor2"] == "Police Forces of Iraq"


def test_strikes_by_two_forces_together_and_demonstrators_held() -> None:
    text = """\
Hostilities

On 3 March, airstrikes by Government of Syria (GoS) and Russian forces reportedly hit a market in Saraqab, \
killing at least six civilians.

On 4 March, HTS security forces arrested at least 15 activists and demonstrators in Atarib.
"""
    events = extract(text, published=dt.date(2020, 3, 6))["events"]
    strike = next(e for e in events if "airstrikes" in e["quote"])
    assert strike["actor1"] == "Military Forces of Syria" and strike["actor2"] == "Civilians (Syria)"
    arrest = next(e for e in events if "arrested" in e["quote"])
    assert arrest["actor2"] == "Protesters (Syria)"


@pytest.mark.parametrize(
    ("note", "sub_event_type"),
    [
        ("On 2 March 2015, coalition aircraft began striking ISIS positions in central Baiji.", "Air/drone strike"),
        ("10 July 2016 - the army announced that its units had fully retaken western Qayyarah from ISIS.",
         "Government regains territory"),
        ("On 5 July 2017, CTS troops seized the last streets of the Old City held by ISIS in Mosul.",
         "Government regains territory"),
        ("On 30 August 2017, army units took the citadel of Tal Afar, a week into the offensive.",
         "Government regains territory"),
        ("On 4 March 2014, ISIS drove the last Ahrar al-Sham fighters out of Tabqa after a week of clashes.",
         "Non-state actor overtakes territory"),
        ("Between 2 and 9 June 2015, ISIS fought its way into al-Qaryatayn and took the town.",
         "Non-state actor overtakes territory"),
        ("On 4 May 2022, members of an SNA faction broke into and stripped a row of shops in the Azaz market.",
         "Looting/property destruction"),
        ("On 9 April 2024, gunmen in a car seized a dentist as he left his clinic in Jaramana and demanded a ransom.",
         "Abduction/forced disappearance"),
    ],
)
def test_coded_notes_told_with_other_verbs(note: str, sub_event_type: str) -> None:
    events = extract(note, published=dt.date(2024, 10, 1))["events"]
    assert [e["sub_event_type"] for e in events] == [sub_event_type]


def test_a_disasters_dead_are_no_incident() -> None:
    note = "On 8 February 2023, two days after the earthquake, rescuers had recovered more than 300 bodies in Harem."
    assert extract(note, published=dt.date(2023, 2, 10))["events"] == []


def test_a_lead_summing_up_two_incidents_each_told_below_and_the_village_named_before() -> None:
    text = """\
ISIS attack on Kirkuk village kills civilians, Peshmerga

ERBIL (Kurdistan 24) - Islamic State militants attacked a village in Kirkuk province late on Monday, killing \
civilians and later ambushing a Peshmerga unit that rushed to help, officials said on Tuesday.

The gunmen stormed the village of Khalid, about 12 kilometers south of Daquq, at around 9 p.m., killing two \
villagers and wounding one other, the local mayor said.

When a Peshmerga force arrived at the village, the militants ambushed it with machine-gun fire, killing four \
Peshmerga and wounding three.
"""
    events = extract(text, published=dt.date(2021, 12, 7))["events"]
    assert [(e["killed"], e["wounded"]) for e in events] == [(2, 1), (4, 3)]
    assert events[1]["admin1"] == "Kirkuk"  # "the village": the one the paragraph before named, not the dateline's


def test_a_campaigns_days_summed_up_and_fighting_there() -> None:
    text = """\
Turkey's offensive in Duhok enters fifth day

Turkey's latest cross-border offensive against the PKK in northern Iraq entered its fifth day on Friday, with \
drones and artillery pounding suspected hideouts.

Turkish howitzers shelled the hills around Sidakan on the night of April 18-19, villagers said.

A Turkish drone struck a car near the town of Amadiya on Wednesday, killing two PKK fighters. Turkish forces \
clashed with PKK fighters there on Thursday, and the ministry said one Turkish soldier had been killed.
"""
    events = extract(text, published=dt.date(2022, 4, 22))["events"]
    assert not any("entered its fifth day" in e["quote"] for e in events)
    clash = next(e for e in events if e["quote"].startswith("Turkish forces clashed"))
    assert clash["admin1"] == "Dohuk"


def test_a_search_and_arrest_incursion_and_the_same_dead_told_again() -> None:
    text = """\
AMMAN (Reuters) - Israeli air strikes killed seven people near the southern Syrian town of Tasil late on \
Wednesday after Israeli troops clashed with local gunmen, residents said.

The seven were killed in strikes that followed the clash, on the outskirts of Tasil, according to the Syrian \
Observatory for Human Rights.

In neighbouring Quneitra province, Israeli troops entered the village of Hamidiyah on Tuesday morning, searched \
several homes and detained three young men, residents said.
"""
    events = extract(text, published=dt.date(2025, 4, 3))["events"]
    assert sum(1 for e in events if e["killed"] == 7) == 1  # the seven are the lead's dead, told again
    raid = next(e for e in events if "searched" in e["quote"])
    assert raid["sub_event_type"] == "Arrests"


def test_missiles_most_of_which_were_intercepted_are_an_attack() -> None:
    note = "On 4 March 2024, rockets were fired at Harir air base north of Erbil; most were intercepted."
    [event] = extract(note, published=dt.date(2024, 3, 10))["events"]
    assert event["sub_event_type"] == "Shelling/artillery/missile attack"


BLOG_LOG = """\
Weekly Violence In Iraq, Jun 3-9, 2019

There were 9 incidents this week, the same as the week before. Most of them were in Diyala and Kirkuk.

Incidents by province

Diyala
Jun 4 Two farmers killed by IS near Muqdadiya
Jun 6 Army officer wounded by sniper in Mandali; same day IS burned crops outside Baladruz

Kirkuk
Jun 7 Police officer killed in IS attack in Hawija
"""


def test_a_blogs_log_of_dated_lines_without_full_stops() -> None:
    events = extract(BLOG_LOG, published=dt.date(2019, 6, 11))["events"]
    got = [(e["date"], e["place"], e["killed"], e["wounded"]) for e in events]
    # Each "Jun D ..." line is an incident, not a heading; its bare singular subject is one victim, and "same day"
    # without its article is the line's day.
    assert [(d, k, w) for d, _, k, w in got] == [
        ("2019-06-04", 2, None), ("2019-06-06", None, 1), ("2019-06-06", None, None), ("2019-06-07", 1, None)
    ]
    assert events[3]["event_type"] == "Battles" and events[3]["actor1"] == "Islamic State (ISIS)"
    # "Army officer wounded by sniper": the bare passive's victim comes before its verb
    assert (events[1]["actor1"], events[1]["actor2"]) == ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq")
    assert [e["admin1"] for e in events] == ["Diyala", "Diyala", "Diyala", "Kirkuk"]


MARKET_BOMB = """\
Car bomb kills five in Jarablus

Enab Baladi – Aleppo

Three civilians and two fighters of the National Army were killed, and nine others were wounded, among them two \
women, after a car bomb exploded near the bus station in the town of Jarablus, northeastern Aleppo, on Sunday.

The toll rose to six on Monday, when rescuers recovered the body of a boy from under the rubble of a bakery.

The local council said in a statement that the blast was the third in the town this month.
"""


def test_a_toll_told_before_its_incident_and_a_body_from_the_rubble() -> None:
    events = extract(MARKET_BOMB, published=dt.date(2021, 3, 22))["events"]
    # "..., among them two women, after a car bomb exploded": one incident, its victims told first; the body from the
    # rubble is one more of its dead, no new killing; "northeastern Aleppo" is the town's governorate
    assert len(events) == 1
    e = events[0]
    assert (e["sub_event_type"], e["place"], e["admin1"]) == ("Remote explosive/landmine/IED", "Jarabulus", "Aleppo")
    assert (e["killed"], e["wounded"]) == (6, 9)


CLAIM_AFTER = """\
BAGHDAD (AP) — A suicide bomber blew himself up at a checkpoint north of Baghdad on Monday, killing four soldiers, \
officials said.

The Islamic State group claimed responsibility late Monday in a post on its Telegram channel, saying one of its \
fighters had carried out the attack.

A YBS spokesman, a group formed in 2014 during the Islamic State assault on Sinjar, said the area was quiet.
"""


def test_a_claim_told_after_its_attack_names_the_doer_and_an_asides_old_assault_is_no_incident() -> None:
    events = extract(CLAIM_AFTER, published=dt.date(2021, 5, 3))["events"]
    assert [(e["sub_event_type"], e["actor1"], e["killed"]) for e in events] == [
        ("Suicide bomb", "Islamic State (ISIS)", 4)
    ]


MONTHLY_OVERVIEW = """\
Syria, 1-15 May 2022

On 3 May, Russian jets struck a poultry farm near Kafr Takharim, killing two workers, and artillery shelled \
Al-Bara shortly afterwards.

On 4 May, cross-border shelling from Turkey hit the Al-Hilaliyah neighbourhood of Qamishli, wounding three \
civilians.

Protesters gathered in Al-Sa'a (Clock) Square in Idlib city on 6 May.

Regime artillery pounded Kansafra, Kafr Oweid, Al-Fatira and dozens of villages in Jabal al-Zawiya over the week, \
with monitors recording over 60 attacks.

Tribal elders met SDF officials in Diban on 10 May, more than a month after the SDF's arrest of a tribal leader.

Turkish officials said the gunmen behind the 2 April bombing in Gaziantep had come from Syria.

Interior Minister Ahmad Saleh withdrew 9 May and the cabinet named no successor.
"""


def test_an_overviews_second_strike_fire_from_a_state_a_square_and_its_summaries() -> None:
    events = extract(MONTHLY_OVERVIEW, published=dt.date(2022, 5, 16))["events"]
    got = [(e["date"], e["sub_event_type"], e["actor1"], e["place"]) for e in events]
    assert got == [
        # "..., and artillery shelled Al-Bara shortly afterwards": a second strike, its doer and day the first's
        ("2022-05-03", "Air/drone strike", "Military Forces of Russia", "Kafr Takharim"),
        ("2022-05-03", "Shelling/artillery/missile attack", "Military Forces of Russia", "Al-Bara"),
        # the state the fire came from fired it
        ("2022-05-04", "Shelling/artillery/missile attack", "Military Forces of Turkey", "Al Qamishli"),
        # a square named with its other name lies in the city after it
        ("2022-05-06", "Peaceful protest", "Protesters (Syria)", "Idlib"),
    ]
    # no event for a week's bombardment of many villages counted, an arrest dated from, a bombing abroad known by its
    # day, or a minister who withdrew


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ISIS car bomb 14 June tore through busy street in Baghdad's Bab al-Sharqi, killing at least 40, deadliest "
         "attack in capital since 2016.", [("2018-06-14", 40)]),
        ("Rockets 2 May struck the Victory base near Baghdad airport, killing two U.S. contractors and one Iraqi "
         "guard. In retaliation, U.S. aircraft night of 3-4 May struck militia depots at Al-Qaim.",
         [("2018-05-02", 3), ("2018-05-03/2018-05-04", None)]),
    ],
)
def test_a_monthly_entrys_telegraphic_incidents(text: str, expected: list) -> None:
    events = extract(text, published=dt.date(2018, 6, 30))["events"]
    assert [(e["date"], e["killed"]) for e in events] == expected


RELEASES = """\
Kurdistan Region Security Council – compiled statements, 3 – 6 June 2023

Release No. 1 – Saturday 3 June 2023
1. At around 14:00 today, a Turkish drone struck a car near Sidakan, killing two PKK members.

Release No. 2 – Monday 5 June 2023
1. Yesterday evening, Peshmerga forces arrested three ISIS suspects in Makhmour.
2. During the past week our forces carried out 14 operations, which led to the arrest of 22 suspects.

Release No. 3 – Tuesday 6 June 2023 (weekly summary)
1. This week our teams responded to 35 incidents across the region.
"""


def test_numbered_releases_date_their_items_and_a_weeks_tally_is_no_incident() -> None:
    events = extract(RELEASES, published=dt.date(2023, 6, 7))["events"]
    assert [(e["date"], e["sub_event_type"]) for e in events] == [
        ("2023-06-03", "Air/drone strike"),
        ("2023-06-04", "Arrests"),
    ]


RESCUE_LOG = """\
White Helmets – week of 2-8 March 2020

Monday 2 March: Warplanes, believed by our teams to be Russian, struck houses in Maarrat Misrin. Our teams pulled \
three injured civilians from under the rubble but were unable to save a woman and her daughter. Hours later, regime \
rocket launchers targeted Binnish, about 6 km north-east of Maarrat Misrin; no one was hurt.

Tuesday 3 March: The Russian Ministry of Defence said the strikes had been carried out in coordination with Turkey and \
had hit a drone workshop.
"""


def test_a_rescuers_log_its_figures_the_observers_word_and_a_ministrys_account_of_strikes_told() -> None:
    events = extract(RESCUE_LOG, published=dt.date(2020, 3, 9))["events"]
    got = [(e["place"], e["actor1"], e["killed"], e["wounded"]) for e in events]
    assert got == [
        ("Ma'arratmisrin", "Military Forces of Russia", 2, 3),
        # the town an offset is measured from is no reason to make the rockets the same strike
        ("Binnish", "Military Forces of Syria", None, 0),
    ]


DRONE_STORY = """\
Turkish drone kills two in Amuda

QAMISHLI (Kurdistan24) – A Turkish drone struck a car near the town of Amuda on Sunday, killing a local official \\
along with members of his family, officials said.

The Asayish said in a statement that three people were killed and one was wounded when the drone hit the car on the \\
road to Qamishli.

The drone hit the vehicle as it left a wedding, the Asayish said, adding that the driver was a civilian.

“We heard the explosion from the market,” one resident told Kurdistan24’s correspondent in Amuda.
"""


def test_a_strike_told_again_by_its_tellers_and_the_drone_told_on() -> None:
    events = extract(DRONE_STORY.replace("\\\n", ""), published=dt.date(2022, 8, 22))["events"]
    # the security service tells the toll of the lede's strike, it did not strike; "The drone hit the vehicle" is the
    # same strike told on; "him along with members of his family" is at least two
    assert [(e["actor1"], e["place"], e["killed"], e["wounded"]) for e in events] == [
        ("Military Forces of Turkey", "Amuda", 3, 1)
    ]


CODED_NOTES = """\
On 12 May 2015, a suicide bomber drove a fuel tanker into a checkpoint at the entrance of Balad. IS claimed the \\
attack. The provincial council put the toll at 41; AFP, citing medics, reported more than 50 dead.

On 3 September 2014, US and British aircraft dropped food and water to families stranded in the Sinjar mountains.

On 17 March 2017, Iraqi troops raised the flag over the government complex in the centre of Hit after a long push. \\
The prime minister declared the whole town liberated on 20 March.

Around 2 April 2017, a crowd in a displacement camp near Hammam al-Alil beat a man to death, accusing him of spying \\
for IS.

In the course of 2017, the UN counted at least 3,300 civilians killed and 4,600 injured across the country.
"""


def test_coded_notes_two_tellers_tolls_an_airdrop_a_declared_capture_and_a_years_tally() -> None:
    events = extract(CODED_NOTES.replace("\\\n", ""), published=dt.date(2018, 1, 10))["events"]
    got = [(e["date"], e["sub_event_type"], e["killed"], e["wounded"]) for e in events]
    assert got == [
        # the council's toll and the agency's figure are two counts of the same dead, not 91
        ("2015-05-12", "Suicide bomb", 41, None),
        # the declaration is of the capture just told, not a capture of its own
        ("2017-03-17", "Government regains territory", None, None),
        # the year's tally after the note is no count of its dead or wounded
        ("2017-04-02", "Mob violence", 1, None),
    ]


TWO_CAPITALS_STORY = """\
Turkey hits PKK hideouts in northern Iraq

ANKARA/ERBIL, June 15 (Reuters) - Turkey struck dozens of targets in northern Iraq on Thursday that it said were \\
used by the outlawed Kurdistan Workers Party, a day after two of its soldiers were killed near the border.

Kurdish officials said the strikes on a village near Sidakan, in Erbil province, killed four people and wounded \\
three.

The northern countryside of Duhok has seen frequent strikes over the past years, over the PKK's presence, \\
smuggling and arrests.
"""


def test_a_two_city_dateline_lends_the_ledes_day_and_the_state_that_struck() -> None:
    events = extract(TWO_CAPITALS_STORY.replace("\\\n", ""), published=dt.date(2018, 6, 15))["events"]
    # "ANKARA/ERBIL, June 15" is the story's day, the lede's "on Thursday" the strikes'; the state named as striking
    # strikes in the paragraph after it, and a region's years of strikes are no arrest
    assert [(e["date"], e["actor1"], e["place"], e["killed"], e["wounded"]) for e in events] == [
        ("2018-06-14", "Military Forces of Turkey", "Sidakan", 4, 3)
    ]


def test_a_fight_dated_by_the_day_it_ended_and_its_length() -> None:
    text = (
        "Clashes between tribal fighters and the SDF in the town of Dhiban, in Deir ez-Zor province, subsided on "
        "Wednesday after three days, residents said.\n\n"
        "Gunmen freed a kidnapped trader near Tikrit on Monday after four days in captivity, police said.\n"
    )
    events = extract(text, published=dt.date(2023, 9, 1))["events"]
    # three days that ended on Wednesday 30 August began on Monday 28; a man held four days was freed on one day
    assert [(e["place"], e["date"]) for e in events][:1] == [("Diban", "2023-08-28/2023-08-30")]
    assert all(e["date"] != "2023-08-25/2023-08-28" for e in events)


BYLINED_STORY = """\
Gunmen kill six at checkpoint near Tuz Khurmatu

Layla Hassan
Erbil
March 9, 2021

Gunmen attacked a checkpoint of the federal police near Tuz Khurmatu in Salahuddin province on Sunday night, \\
killing six policemen, a security source said.

The Islamic State group claimed the assault on its Amaq agency on Monday, saying its fighters had "stormed" the post \\
with rifles and rocket-propelled grenades.

Iraqi aircraft later bombed suspected hideouts in the Hamrin hills, the military said, without giving a toll.

A day later, a roadside bomb hit an army vehicle near Daquq, wounding two soldiers.

Hours after the funerals, angry clansmen of the dead set fire to several houses in a nearby village, residents said.
"""


def test_a_bylined_story_its_claim_its_reply_and_its_reprisal() -> None:
    events = extract(BYLINED_STORY.replace("\\\n", ""), published=dt.date(2021, 3, 9))["events"]
    got = [(e["date"], e["sub_event_type"], e["place"]) for e in events]
    # the reporter's city over the date line is where she files from, not a section of foreign news; the claim that
    # names the assault and says what its fighters had done is no new attack; the aircraft's "later" is the assault's
    # day; clansmen burning a village's houses are a mob, not a demonstration
    assert got[0] == ("2021-03-07", "Armed clash", "Tuz Khurmatu")
    assert got[1][:2] == ("2021-03-07", "Air/drone strike")
    assert [g[1] for g in got[2:]] == ["Remote explosive/landmine/IED", "Mob violence"]
    assert got[2][2] == "Daquq"
    assert len(events) == 4


DECLARED_NOTES = """\
On 28 December 2015, Prime Minister Haider al-Abadi declared Ramadi liberated after the army and tribal \\
fighters cleared the last ISIS-held neighbourhoods.

On 9 December 2017, the government declared Rawa liberated from ISIS.

By the Observatory's cumulative count, the fighting in the Ghouta between 18 February and 8 April 2018 killed 1,700 \\
civilians in dozens of towns.
"""


def test_a_liberation_declared_by_the_state_and_a_monitors_cumulative_count() -> None:
    events = extract(DECLARED_NOTES.replace("\\\n", ""), published=dt.date(2018, 6, 1))["events"]
    # the prime minister or the government declares the ground its forces took from the side that held it; a
    # monitor's cumulative count over weeks is no incident
    assert [(e["sub_event_type"], e["actor1"], e["actor2"], e["place"]) for e in events] == [
        ("Government regains territory", "Military Forces of Iraq", "Islamic State (ISIS)", "Ramadi"),
        ("Government regains territory", "Military Forces of Iraq", "Islamic State (ISIS)", "Rawah"),
    ]


def test_ground_handed_over_with_no_clashes_and_druze_militiamen() -> None:
    text = (
        "On 6 January 2019, government troops entered Tal Rifaat and took over the positions of the Kurdish units "
        "after they agreed to leave under a Russian-mediated deal. No clashes took place.\n\n"
        "On 3 May 2025, General Security forces attacked a checkpoint held by Druze militiamen in Sahnaya.\n"
    )
    events = extract(text, published=dt.date(2025, 6, 1))["events"]
    assert [(e["sub_event_type"], e["actor2"]) for e in events] == [
        # troops who take over positions handed to them, with no clash told, fought nobody for them
        ("Non-violent transfer of territory", "People's Protection Units (YPG)"),
        ("Armed clash", "Druze Militia (Syria)"),
    ]


def test_a_weekends_count_after_a_strike_is_not_its_toll() -> None:
    text = (
        "SULAIMANI, Kurdistan Region - A Turkish drone struck a car near Penjwen on Saturday evening, local officials "
        "said, without giving a toll.\n\n"
        "The Turkish defence ministry said its forces had killed 14 PKK militants in northern Iraq over the weekend.\n"
    )
    events = extract(text, published=dt.date(2023, 3, 13))["events"]
    # the ministry counts two days of operations across the region, not the dead of the car
    assert [(e["sub_event_type"], e["killed"]) for e in events] == [("Air/drone strike", None)]


def test_an_incident_across_the_border_is_listed_as_abroad() -> None:
    text = (
        "Turkish artillery shelled villages near Afrin on Sunday, killing three civilians, the Observatory said.\n\n"
        "Two rockets fired from Syria landed in the Turkish border town of Kilis on Sunday, wounding two people.\n"
    )
    report = extract(text, published=dt.date(2018, 2, 5))
    assert [e["place"] for e in report["events"]] == ["Afrin"]
    # not dropped unseen: the rockets on Kilis are listed as an incident outside Iraq and Syria
    assert any(n["kind"] == "abroad" and "Kilis" in n["quote"] for n in report["non_events"])


SECURITY_BULLETIN = """\
NORTH-WEST SYRIA SECURITY BULLETIN, 1-14 MARCH 2022

Idleb governorate
- 3 Mar: Russian fixed-wing aircraft carried out three airstrikes on the outskirts of Kafr Takharim.
- 5 Mar: A drone, believed to be operated by the US-led coalition, struck a motorbike near Sarmada, killing its rider.
- 7 Mar: A mortar round hit a house in Termanin, killing a girl and injuring the mother.

Aleppo governorate
- 8 Mar: Armed men belonging to an SNA faction abducted a shepherd near Jindires.
- 9 Mar: A car bomb exploded at a roundabout in Azaz, killing 4 and injuring 11. The Turkish Ministry of National \\
Defence attributed the attack to the YPG; no group claimed it.
- 11 Mar: Unknown gunmen shot dead a pharmacist in al-Bab. It was the third killing of a health worker in the city \\
since January.
- 12 Mar: HTS fighters fired mortars at SNA positions near Darat Izza, which HTS captured in 2017.
"""


def test_a_security_bulletins_aircraft_affiliations_and_asides() -> None:
    events = extract(SECURITY_BULLETIN.replace("\\\n", ""), published=dt.date(2022, 3, 15))["events"]
    got = [(e["sub_event_type"], e["actor1"], e["actor2"], e["killed"], e["wounded"]) for e in events]
    assert got == [
        # aircraft named by their kind and their flag; a drone told by whose it is thought to be
        ("Air/drone strike", "Military Forces of Russia", None, None, None),
        ("Air/drone strike", "Global Coalition against Daesh", None, 1, None),
        ("Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", 1, 1),
        # gunmen of a faction are the faction's
        ("Abduction/forced disappearance", "Syrian National Army (SNA)", "Civilians (Syria)", None, None),
        # an unclaimed bombing stays unidentified: the ministry that blames the YPG is neither side
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)", None, 4, 11),
        # "the third killing" is this one, counted in a series
        ("Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", 1, None),
        # the town taken in 2017 is where it happened, not what happened
        ("Shelling/artillery/missile attack", "Hayat Tahrir al-Sham (HTS)", "Syrian National Army (SNA)", None, None),
    ]


def test_a_situation_reports_claims_of_support_and_strikes_on_bomb_factories() -> None:
    text = (
        "Anbar Province\n"
        "- April 3: Local sources reported that ISIS militants shot four farmers near Hit who had refused to pay "
        "a tax.\n"
        "- Between April 4 and 6, the coalition reported 12 airstrikes near Haditha, destroying ISIS positions and a "
        "VBIED workshop.\n"
        "- The Anbar Operations Command said on April 6 that coalition air support had “allowed the army to hold "
        "the line” west of Ramadi.\n"
    )
    events = extract(text, published=dt.date(2016, 4, 7))["events"]
    # people shot by militants are an attack; a strike on a bomb workshop is a strike, not a suicide bombing; air
    # support credited for holding a line is no strike of its own
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Attack", "Islamic State (ISIS)"),
        ("Air/drone strike", "Global Coalition against Daesh"),
    ]


def test_an_attack_that_has_not_happened_since_a_recapture() -> None:
    text = (
        "Salah al-Din Province\n"
        "- December 20: Federal police clashed with ISIS militants near Tuz Khurmatu.\n"
        "- ISIS has not mounted a significant attack on Tikrit since Iraqi forces and the PMF recaptured it in March, "
        "and no attack is expected this week.\n"
        "- ISIS has not carried out a major attack in Baiji this month, police said.\n"
    )
    events = extract(text, published=dt.date(2015, 12, 22))["events"]
    # a negated attack names no incident; the recapture in March dates the calm, it is not this week's news
    assert [(e["date"], e["sub_event_type"]) for e in events] == [("2015-12-20", "Armed clash")]


BARRAGE_STORY = """\
Turkish jets pound PKK hideouts across Duhok province

DUHOK, Kurdistan Region – Turkish warplanes carried out a wave of air strikes on suspected PKK hideouts across Duhok \\
province on Tuesday night, local officials said.

The heaviest raids hit the hills above the village of Kesta, north of Amedi, where several houses were destroyed.

In Kesta alone, four people were killed and six others wounded, the mayor of Amedi said on Wednesday. He had put \\
the death toll at two shortly after midnight.

A provincial council member called the attack "a crime against civilians" and urged Baghdad to act.
"""


def test_a_states_lede_across_a_province_its_places_and_their_tolls() -> None:
    events = extract(BARRAGE_STORY.replace("\\\n", ""), published=dt.date(2021, 6, 9))["events"]
    # the lede's state struck the village told below; "In Kesta alone" counts that village's dead, the figure he
    # had put earlier is superseded; a councillor calling it a crime is no clash
    assert [(e["actor1"], e["killed"], e["wounded"]) for e in events] == [("Military Forces of Turkey", 4, 6)]


MONITOR_ITEMS = """\
Hama, SANA – Two civilians were martyred and five others were injured on Tuesday as terrorists positioned in the \\
countryside of Idleb targeted the town of Suqaylabiyah with rocket shells.

On Monday, a shepherd lost a leg when a landmine exploded near Morek.

According to the monitor's statistics, the death toll of the fighting since it broke out on Friday has risen to 31.

The escalation comes amid tension in the region since the army detained two local commanders last month.
"""


def test_monitor_items_the_side_hit_a_maimed_shepherd_and_the_days_toll() -> None:
    events = extract(MONITOR_ITEMS.replace("\\\n", ""), published=dt.date(2019, 5, 8))["events"]
    # civilians were hit, they fired nothing; a shepherd who lost a leg is wounded by a mine nobody is named for;
    # the fighting's toll since Friday and the setting of the news are no incidents
    assert [(e["actor1"], e["actor2"], e["killed"], e["wounded"]) for e in events] == [
        # (state media's "terrorists" in Idleb are the rebels)
        ("Rebel groups (Syria)", "Civilians (Syria)", 2, 5),
        ("Unidentified Armed Group (Syria)", "Civilians (Syria)", None, 1),
    ]


def test_a_standfirst_about_years_of_mines_and_a_byline_with_agencies() -> None:
    text = (
        "Two boys killed by old mortar round in Daraa\n\n"
        "The New Arab Staff & Agencies\n"
        "3 April, 2021\n\n"
        "Remnants of a decade of shelling continue to claim civilian lives in southern Syria.\n\n"
        "Two boys were killed on Friday when an old mortar round they found exploded on a farm near Nawa, local "
        "activists said.\n"
    )
    events = extract(text, published=dt.date(2021, 4, 3))["events"]
    # the standfirst tells a trend of years, the paragraph the incident; the byline's outlet is The New Arab
    assert [(e["place"], e["killed"], e["sources"]) for e in events] == [("Nawa", 2, ["The New Arab, April 3, 2021"])]
    assert events[0]["quote"].startswith("Two boys were killed")


def test_a_report_without_a_title_is_not_named_after_its_first_section() -> None:
    text = "Tikrit and Samarra\n\n- 4 May: PMF units clashed with ISIS militants west of Samarra.\n"
    events = extract(text, published=dt.date(2016, 5, 6))["events"]
    # the heading names places, not the report's author: no source is made of it
    assert [(e["place"], e["sources"]) for e in events] == [("Samarra", [])]


MINES_STORY = """\
Mines kill shepherd and son in Hama countryside

Beirut – Leftover munitions continue to maim civilians in Syria's northwest, years after the fighting moved on.

In the regime-held countryside of Hama, two sisters aged eight and 14 were wounded on Saturday when an old shell \\
exploded near Souran, the pro-government Al-Watan newspaper reported.

A day earlier, a farmer and his 15-year-old son were killed when a landmine went off under their tractor near \\
Kafr Zita.

Kafr Zita and the villages around it were heavily shelled during the 2019 offensive on the northern Hama \\
countryside. Among the victims of mines there this year were three children from one family.

By Sunday afternoon, hundreds of mourners had gathered at the cemetery of Kafr Zita for the burial.
"""


def test_ages_a_kins_age_a_setting_held_by_the_regime_and_a_burial() -> None:
    events = extract(MINES_STORY.replace("\\\n", ""), published=dt.date(2024, 3, 4))["events"]
    got = [(e["actor2"], e["killed"], e["wounded"], e["sources"]) for e in events]
    # "aged eight and 14" are ages; the side holding the countryside is where, not whom the shell hit; the farmer
    # and his 15-year-old son are two dead; the 2019 offensive, the victims recalled and the burial are no incidents
    assert got == [
        ("Civilians (Syria)", None, 2, ["Al-Watan, March 4, 2024"]),
        ("Civilians (Syria)", 2, None, []),
    ]


CODED_NOTES_TWO = """\
On 4 March 2017, Iraqi troops pushed into the Wadi Hajar district of western Mosul, the first time the army had \\
entered the neighbourhood since 2014.

5 March 2020 — a lawyer was bundled into a black car by masked men on Rasheed Street in Baghdad.

At dawn on 10 June 2015, IS fighters seized more than 40 Yazidi villagers from two hamlets south of Sinjar.

On 20 January 2018, a Turkish army column began setting up an observation post on a hill near Atmeh.
"""


def test_coded_notes_a_push_into_a_quarter_people_seized_and_a_post_set_up() -> None:
    events = extract(CODED_NOTES_TWO.replace("\\\n", ""), published=dt.date(2020, 6, 1))["events"]
    # "the first time ... since 2014" measures this push, it dates no earlier incident; a man bundled into a car and
    # villagers seized are abducted; a column setting up a post establishes a base
    assert [(e["date"], e["sub_event_type"]) for e in events] == [
        ("2017-03-04", "Armed clash"),
        ("2020-03-05", "Abduction/forced disappearance"),
        ("2015-06-10", "Abduction/forced disappearance"),
        ("2018-01-20", "Headquarters or base established"),
    ]


def test_a_person_named_by_calling_is_not_a_place() -> None:
    text = (
        "On 3 May 2014, unknown gunmen abducted the lawyer Hussein Zaitouneh and two colleagues in Douma.\n"
    )
    events = extract(text, published=dt.date(2014, 6, 1))["events"]
    # "Zaitouneh" is his name, not the village of that name in Hama
    assert [(e["place"], e["admin1"]) for e in events] == [("Duma", "Rif Dimashq")]


NINEVEH_SITREP = """\
Nineveh Province
- March 24: About 4,000 Iraqi troops, joined by tribal fighters and PMF units, launched "Operation Fatah" on the \\
villages south of Makhmour at dawn.
- March 26: The army launched an offensive west of Qayyarah, capturing Kudila and two nearby hamlets by evening.
- The weekly tally of violence in Mosul stayed steady: local sources recorded nine IED detonations between March 20 \\
and 26.
- The security situation in southern Nineveh deteriorated sharply over the week.
- The bridge has been the scene of repeated fighting since the army launched its offensive on February 10.
"""


def test_a_sitrep_operations_launched_ground_taken_and_the_weeks_tallies() -> None:
    events = extract(NINEVEH_SITREP.replace("\\\n", ""), published=dt.date(2016, 3, 29))["events"]
    # an operation launched is a fight (its allies are no enemy); an offensive that took villages took ground; the
    # week's count, the trend and a campaign's start recalled are no incidents
    assert [(e["date"], e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        ("2016-03-24", "Armed clash", "Military Forces of Iraq", None),
        ("2016-03-26", "Government regains territory", "Military Forces of Iraq", None),
    ]


def test_forces_that_withdrew_without_offering_resistance_handed_the_ground_over() -> None:
    text = (
        "On October 17, 2017, Iraqi troops entered Sinjar and took over the town hall. The Peshmerga withdrew "
        "towards Duhok without offering resistance (Rudaw, October 17, 2017).\n"
    )
    events = extract(text, published=dt.date(2017, 10, 18))["events"]
    assert [e["sub_event_type"] for e in events] == ["Non-violent transfer of territory"]


CODED_NOTES_THREE = """\
On 10 July 2017, Iraqi army units took the ruins of the al-Hadba minaret from Islamic State (ISIS) after a day of \\
street fighting.

On 2 March 2021, unidentified gunmen forced a young activist from the sit-in into a car near Habboubi Square in \\
Nasiriyah; he was freed three days later.

Around 10 pm on 5 May 2022 an ISIS cell struck an army post near Tarmiyah, killing two soldiers.

On 20 May 2014, residents said NDF militiamen were carting furniture and cables from empty homes in the Old City \\
of Homs.

On 22 December 2016, rebel factions and the government agreed, under a truce brokered by Russia, that fighters \\
would leave for Idlib.

On 10 December 2017, the prime minister declared on television that the army had liberated the whole country.

On 6 June 2019, police said 14 people were killed and 60 wounded in clashes in Basra; Reuters's own count, from \\
medics, was 19 dead.

On 2 September 2015, a car bomb killed Sheikh Abu Fahd, leader of the local council, and at least nine others.
"""


def test_coded_notes_ground_taken_from_a_side_abductions_and_two_tellers() -> None:
    events = extract(CODED_NOTES_THREE.replace("\\\n", ""), published=dt.date(2022, 6, 1))["events"]
    got = [(e["date"], e["sub_event_type"], e["killed"]) for e in events]
    # ground taken "from" a side; a man forced into a car; a post struck; homes emptied of their goods; an agreement
    # "under a truce"; the war's end declared for the whole country is no incident; a second teller's count is
    # the same dead; a leader named with his title "and at least nine others" is ten dead
    assert got == [
        ("2017-07-10", "Government regains territory", None),
        ("2021-03-02", "Abduction/forced disappearance", None),
        ("2022-05-05", "Armed clash", 2),
        ("2014-05-20", "Looting/property destruction", None),
        ("2016-12-22", "Agreement", None),
        ("2019-06-06", "Armed clash", 14),
        ("2015-09-02", "Remote explosive/landmine/IED", 10),
    ]


CAMP_STORY = """\
Two killed in Rukban camp this week, camp officials say

DAMASCUS, Syria (Enab Baladi) – Two residents were killed inside Rukban camp, near the Jordanian border, over the \\
past week, officials said on Saturday.

On Monday night, unknown attackers strangled a woman in her tent in the camp's third sector, a security source said.
"""


def test_the_camp_a_later_paragraph_names_is_the_one_the_lead_named() -> None:
    events = extract(CAMP_STORY.replace("\\\n", ""), published=dt.date(2023, 3, 11))["events"]
    # the lead sums up the week; the incident told below it in "the camp's third sector" is in the camp the lead
    # named, not at the town of the dateline
    assert [(e["date"], e["place"], e["admin1"]) for e in events] == [("2023-03-06", "Rukban camp", "Homs")]


CODED_NOTES_FOUR = """\
On 14 March 2020, Syrian government forces captured Khan Tuman after three days of fighting with HTS fighters.

On 9 April 2016, government troops retook al-Qaryatayn following a week-long assault on Islamic State (ISIS).

On 3 June 2017, ISIS militants shot dead a grocer in Hawija; a local source told Alsumaria that two men had been \\
killed.

On 5 February 2013, police opened fire on protesters in Samarra, killing four and wounding 30. Tribal elders later \\
said six had died.

On 22 August 2021, a US drone strike near Al-Qaim killed Abu Zaid al-Ansari, an ISIS official, together with \\
three other people.

On 30 October 2022, gunmen stopped the car of a council member near Jarabulus and shot him dead together with his \\
driver.
"""


def test_coded_notes_ground_won_after_a_fight_and_a_second_tellers_count() -> None:
    events = extract(CODED_NOTES_FOUR.replace("\\\n", ""), published=dt.date(2023, 1, 1))["events"]
    got = [(e["date"], e["sub_event_type"], e["killed"]) for e in events]
    # a town "captured after three days of fighting" is ground won; "a local source told X that two men had been
    # killed" and "elders later said six had died" are other counts of the same dead, not more dead; a man killed
    # "together with three other people" is four dead, one "together with his driver" two
    assert got == [
        ("2020-03-14", "Government regains territory", None),
        ("2016-04-09", "Government regains territory", None),
        ("2017-06-03", "Attack", 1),
        ("2013-02-05", "Excessive force against protesters", 4),
        ("2021-08-22", "Air/drone strike", 4),
        ("2022-10-30", "Attack", 2),
    ]


LIVE_TIMELINE = """\
Syria – live map timeline
14–15 March 2018 · Afrin · Ghouta

Wednesday, 14 March 2018

08:12 · Afrin: 6 civilians killed as Turkish jets struck the town of Jindires – @AfrinNow

09:40 · SOHR: at least 9 civilians killed in airstrikes on Jindires this morning

11:05 · Car bomb explodes near a checkpoint in Azaz; 3 dead – @Step_Agency

Thursday, 15 March 2018

07:30 · Douma: regime helicopters dropped barrel bombs on the town, 5 civilians killed – SANA
"""


def test_a_live_timelines_day_lines_stamps_and_handles() -> None:
    events = extract(LIVE_TIMELINE, published=dt.date(2018, 3, 16))["events"]
    got = [(e["date"], e["sub_event_type"], e["place"], sorted(s.split(",")[0] for s in e["sources"])) for e in events]
    # each entry is dated by the day line above it (not by the page's date); two outlets' entries on one strike on
    # one town that day are one event with both outlets; a closing "– @handle" and a leading "SOHR:" name the outlet
    assert got == [
        ("2018-03-14", "Air/drone strike", "Jindires", ["@AfrinNow", "SOHR"]),
        ("2018-03-14", "Remote explosive/landmine/IED", "I'zaz", ["@Step_Agency"]),
        ("2018-03-15", "Air/drone strike", "Duma", ["SANA"]),
    ]


def test_gunmen_who_shot_at_a_man_and_a_former_commander_fired_on() -> None:
    text = (
        "On Tuesday, a young man from Jasim was wounded when two gunmen on a motorcycle shot at him near the town's "
        "bakery.\n\n"
        "On Wednesday, unknown gunmen opened fire on Khaled Saleh al-Masri, a former opposition commander, outside "
        "his home in Nawa, killing him.\n"
    )
    events = extract(text, published=dt.date(2021, 7, 16))["events"]
    # a man shot at is an attack on him; a named man who was once a commander is a civilian attacked, not a clash
    assert [(e["date"], e["sub_event_type"], e["actor2"], e["killed"], e["wounded"]) for e in events] == [
        ("2021-07-13", "Attack", "Civilians (Syria)", None, 1),
        ("2021-07-14", "Attack", "Civilians (Syria)", 1, None),
    ]


def test_the_dead_of_the_attack_a_strike_answered_are_not_its_own() -> None:
    text = (
        "On 12 March 2020, US aircraft struck five weapons depots of Kataib Hezbollah near Jurf al-Sakhar, in "
        "retaliation for the rocket attack that killed two US soldiers at Camp Taji. Iraqi officials said six people "
        "were killed and four wounded.\n"
    )
    events = extract(text, published=dt.date(2020, 3, 20))["events"]
    assert [(e["sub_event_type"], e["killed"], e["wounded"]) for e in events] == [("Air/drone strike", 6, 4)]


CODED_NOTES_FIVE = """\
On 4 June 2019, gunmen whom locals believe to belong to ISIS cells shot dead a mukhtar in the village of Sbikhan \\
as he left his home.

On 9 March 2025, a crowd in a Homs market set upon a man they accused of informing for the old regime and beat \\
him to death.

On 30 November 2024, rebel factions launched an offensive in the northern countryside of Hama, overrunning more \\
than a dozen villages by evening.

On 11 December 2024, SNA factions entered Tal Rifaat after SDF units withdrew from their positions overnight. There \\
was no fighting in the town.

On 14 October 2017, the CTS said it killed nine attackers and lost two soldiers in a night assault near Rashad.

On 20 April 2018, a resident said returns to the old city remain slow because of rubble and unexploded ordnance.
"""


def test_coded_notes_beliefs_about_doers_mobs_and_ground_taken_without_a_fight() -> None:
    events = extract(CODED_NOTES_FIVE.replace("\\\n", ""), published=dt.date(2025, 6, 1))["events"]
    got = [(e["date"], e["sub_event_type"], e["killed"]) for e in events]
    # a belief about who the gunmen were does not make the killing an assessment; a crowd that beat a man to death
    # killed one; villages overrun are ground taken; ground entered when "there was no fighting" is handed over; a
    # side that "lost two soldiers" counts its own dead; a hazard named with no blast is no incident
    assert got == [
        ("2019-06-04", "Attack", 1),
        ("2025-03-09", "Mob violence", 1),
        ("2024-11-30", "Non-state actor overtakes territory", None),
        ("2024-12-11", "Non-violent transfer of territory", None),
        ("2017-10-14", "Armed clash", 11),
    ]


SECURITY_LOG = """\
Security in Iraq, Nov 2-8, 2020

Diyala

Nov 3 Two shepherds taken from their truck near Khanaqin by gunmen in black

Nov 5 Body of a man kidnapped a week earlier found on a farm in Jalawla
"""


def test_a_security_logs_telegraphic_abductions_and_bodies_found() -> None:
    events = extract(SECURITY_LOG, published=dt.date(2020, 11, 9))["events"]
    # people taken from their truck by gunmen were abducted; a body found is a killing, told the day it was found
    # (the kidnapping a week before is recalled, not told)
    assert [(e["date"], e["sub_event_type"]) for e in events] == [
        ("2020-11-03", "Abduction/forced disappearance"),
        ("2020-11-05", "Attack"),
    ]


def test_the_device_that_went_off_told_again_by_the_statement_is_the_same_bomb() -> None:
    text = (
        "Two soldiers were wounded on Sunday when a roadside bomb struck their patrol near Tuz Khurmatu, security "
        "sources said.\n\n"
        "In a statement, the army said the device went off as the patrol was returning to its base on the road to "
        "Amerli.\n"
    )
    events = extract(text, published=dt.date(2022, 5, 10))["events"]
    assert [(e["date"], e["sub_event_type"], e["wounded"]) for e in events] == [
        ("2022-05-08", "Remote explosive/landmine/IED", 2)
    ]


CAMP_STRIKE_STORY = """\
Air strikes on camp near Sarmada kill six, rescuers say

At least six people were killed in air strikes on a camp for displaced families near Sarmada on Tuesday morning, \\
according to the Syria Civil Defence.

The rescue group said 30 people were wounded when missiles hit tents and that the strikes were carried out by \\
Russian warplanes. The Syrian Observatory for Human Rights put the toll at seven.

Dozens of families left the camps targeted on Tuesday for olive groves near the border, local officials said.
"""


def test_a_lead_whose_doer_the_next_paragraph_names_and_families_fleeing_a_camp_struck() -> None:
    events = extract(CAMP_STRIKE_STORY.replace("\\\n", ""), published=dt.date(2021, 3, 24))["events"]
    # the paragraph that names the Russian jets tells the lead's strike again; families fleeing "the camps targeted on
    # Tuesday" is no new attack
    assert [(e["date"], e["sub_event_type"], e["actor1"], e["killed"], e["wounded"]) for e in events] == [
        ("2021-03-23", "Air/drone strike", "Military Forces of Russia", 6, 30)
    ]


MONTHLY_CONFLICT_REPORT = """\
Monthly conflict report – June 2021

Tal Tamr: Villages along the front were shelled on at least 12 days of the month, with our researchers counting 340 \\
shells in total. On 9 June, artillery fire from Turkish positions killed a farmer near the village of Umm al-Kaif.

Manbij: The last time the SNA attempted a serious infiltration here was in March, when it overran two SDF posts. The \\
Turkish army provided artillery and air support.
"""


def test_a_monthly_reports_tallies_recollections_and_support_given() -> None:
    events = extract(MONTHLY_CONFLICT_REPORT.replace("\\\n", ""), published=dt.date(2021, 7, 5))["events"]
    # a month's shelling days and shell count are tallies; the fire came from Turkish positions, so Turkey fired it;
    # "the last time ..." recalls an older attack; support "provided" is no strike of its own
    assert [(e["date"], e["sub_event_type"], e["actor1"], e["killed"]) for e in events] == [
        ("2021-06-09", "Shelling/artillery/missile attack", "Military Forces of Turkey", 1)
    ]


CODED_NOTES_SIX = """\
12 June 2024. On the eve of Eid al-Adha, a car bomb exploded outside a mosque in Tuz Khurmatu, killing four people.

On 3 August 2016, government forces seized the Ramouseh farms south of Aleppo city from rebel factions.

On 22 December 2016, rebel officials announced a deal, mediated by Turkey, under which the last fighters in \\
eastern Aleppo would leave for the western countryside.

On 5 May 2017, negotiators for the besieged town of Madaya and government representatives agreed, under \\
Russian guarantees, on the evacuation of fighters to the north.

On 14 May 2012, a mortar round killed the British photographer John Lane and the Syrian reporter Omar Haddad in \\
Baba Amr.
"""


def test_coded_notes_a_day_written_as_its_own_sentence_farms_from_a_town_deals_and_named_victims() -> None:
    events = extract(CODED_NOTES_SIX.replace("\\\n", ""), published=dt.date(2024, 12, 30))["events"]
    got = [(e["date"], e["sub_event_type"], e["admin1"], e["killed"]) for e in events]
    # the note's day, written as a sentence of its own, dates what follows it (not the holiday of the report's
    # year); farms "south of Aleppo city" lie by Aleppo, not at a namesake far away; a deal "under which" fighters
    # leave and an agreement "on the evacuation" are agreements; two victims named by role are two dead
    assert got == [
        ("2024-06-12", "Remote explosive/landmine/IED", "Salah al-Din", 4),
        ("2016-08-03", "Government regains territory", "Aleppo", None),
        ("2016-12-22", "Agreement", "Aleppo", None),
        ("2017-05-05", "Agreement", "Rif Dimashq", None),
        ("2012-05-14", "Shelling/artillery/missile attack", "Homs", 2),
    ]


ATTACKS_LOG = """\
Attacks on the villages of Tal Tamr: daily log

ANHA - TAL TAMR
16 November 2021

Saturday, 13 November

08:30 - The occupation army shelled the village of Um al-Kaif with heavy artillery, damaging two houses.

Sunday, 14 November

14:10 - A Turkish drone struck a car near the village of Tal Shamran, killing two SDF fighters.

The co-chair of the local council said families were determined to stay in their homes despite the shelling.

The last deadly drone strike in the area was on 2 November, when a drone hit a motorcycle near Tal Tamr.
"""


def test_a_daily_logs_yearless_day_lines_and_what_is_no_incident() -> None:
    events = extract(ATTACKS_LOG, published=dt.date(2021, 11, 16))["events"]
    # each entry takes the day of the line above it, its year the report's; staying "despite the shelling" and
    # "the last deadly drone strike ... was on 2 November" recall attacks, they tell none
    assert [(e["date"], e["sub_event_type"], e["killed"]) for e in events] == [
        ("2021-11-13", "Shelling/artillery/missile attack", None),
        ("2021-11-14", "Air/drone strike", 2),
    ]


def test_a_square_named_after_a_town_is_not_that_town() -> None:
    text = (
        "Protests continue in Suwayda\n\n"
        "SWEIDA, Syria (Enab Baladi) – Thousands of people protested in al-Karama Square in the city centre on "
        "Friday, the third week of protests.\n"
    )
    events = extract(text, published=dt.date(2023, 9, 10))["events"]
    assert [(e["sub_event_type"], e["admin1"]) for e in events] == [("Peaceful protest", "As-Suwayda")]


def test_a_bombers_kunya_is_no_place_and_the_eve_of_a_feast_is_the_day_before() -> None:
    text = (
        "Toll rises after market bombing in Baghdad\n\n"
        "The death toll from a suicide bombing at a market in Baghdad's Shula district on the eve of Eid al-Fitr rose "
        "to 21 on Friday, officials said.\n\n"
        "In a statement, IS said the bomber, whom it named as Abu Hamza al-Ansari, had detonated his vest among the "
        "shoppers.\n"
    )
    events = extract(text, published=dt.date(2023, 4, 22))["events"]
    # Eid al-Fitr fell on 21 April 2023: its eve is the 20th, and the day the toll rose is not the bombing's; the
    # claim names a man "Abu Hamza ...", no place called Hamza
    assert [(e["date"], e["sub_event_type"], e["actor1"]) for e in events] == [
        ("2023-04-20", "Suicide bomb", "Islamic State (ISIS)")
    ]


DAILY_TOLL = """\
Syrian Observatory for Human Rights
Daily death toll | Tuesday, March 3, 2020: 31 people killed across Syrian territory, among them 12 civilians
March 4, 2020 – 00:40

The Syrian Observatory for Human Rights documented the death of 31 people across Syrian territory on Tuesday, \\
March 3, 2020.

Idlib governorate
Air strikes: Six civilians were killed in air strikes carried out by Russian warplanes on the town of Sarmin.

Daraa governorate
Assassinations: Unknown gunmen shot dead a former rebel commander near the town of Tafas.
"""


def test_a_daily_tolls_title_dates_the_governorates_items() -> None:
    events = extract(DAILY_TOLL.replace("\\\n", ""), published=dt.date(2020, 3, 4))["events"]
    # the items are of the day the title reports, not of the day the post went up after midnight
    assert [(e["date"], e["sub_event_type"]) for e in events] == [
        ("2020-03-03", "Air/drone strike"),
        ("2020-03-03", "Attack"),
    ]


def test_a_sentence_opening_on_another_town_the_next_day_is_its_own_incident() -> None:
    text = (
        "Protests report\n\n"
        "On 4 March hundreds of graduates gathered peacefully outside the governorate building in Kut, carrying "
        "banners. In Diwaniyah, the next day, riot police fired tear gas and rubber bullets to clear Qazzaz Square, "
        "wounding nine according to the health department.\n"
    )
    events = extract(text, published=dt.date(2021, 3, 10))["events"]
    # another town, its own day ("the next day": the 5th) and its own wounded: a second incident
    assert [(e["date"], e["place"], e["wounded"]) for e in events] == [
        ("2021-03-04", "Al-Kut", None),
        ("2021-03-05", "Al Diwaniyah", 9),
    ]


HARM_LOG_ENTRIES = """\
CIVILIAN HARM TRACKER - SYRIA AND IRAQ (draft)
Alleged civilian deaths from air and artillery strikes, 3-9 June 2018
Compiled 11 June 2018

Each entry below is one incident alleged by local sources. Figures are the range found in those sources.

1. SY-0931 - Sunday 3 June 2018 - Hajin (Deir ez-Zor, Syria)
Belligerent: US-led Coalition | Reported killed: 5-7 | Grading: Fair
Five members of one family, three of them children, were killed when a strike destroyed their home on the \
northern edge of Hajin, a local activist network said.
Sources: Deir Ezzor 24; Sada al-Sharqiya

2. IQ-0412 - Thursday 7 June 2018 - Tal Afar (Nineveh, Iraq)
Belligerent: Iraqi Air Force | Reported killed: 2 | Grading: Weak
Two shepherds were killed when an aircraft bombed a valley south of Tal Afar, a tribal elder told a local station.
Sources: Turkmeneli TV
"""


def test_a_harm_logs_entries_are_incidents_under_their_headers() -> None:
    events = extract(HARM_LOG_ENTRIES, published=dt.date(2018, 6, 10))["events"]
    assert [(e["date"], e["place"], e["killed"], e["actor1"]) for e in events] == [
        ("2018-06-03", "Hajin", 5, "Global Coalition against Daesh"),
        ("2018-06-07", "Tall 'Afar", 2, "Military Forces of Iraq"),
    ]


ALERT_LIST = """\
SYRIA / IRAQ — DAILY INCIDENT ALERTS
Tuesday 14 January 2020 | Issued 14/01/2020 1900 LT | RESTRICTED

ALERTS

0110 | NINEVEH | Sinjar | SAF (LATE) — Late on Monday (13 Jan), unknown gunmen fired on a YBS checkpoint west of \
Sinjar town; no casualties.

0820 | ANBAR | Al-Qaim | IED — An IED struck an army vehicle on the main road through the town centre. Initial reports \
say two soldiers killed and three wounded.

1010 | BASRA | Al-Zubair | CIVIL UNREST — Protesters closed the road to the Rumaila oil field with burning tyres; \
police dispersed them with tear gas. No casualties.

1545 | BAGHDAD | Green Zone | IDF — Three rockets impacted near the perimeter wall; no casualties, no claim.

1700 | ANBAR | Al-Qaim | UPDATE — The death toll from this morning's IED attack on the army vehicle has risen to \
three, according to a local hospital.
"""


def test_a_security_alert_lists_rows_are_dated_by_the_list_and_placed_by_their_location_cells() -> None:
    events = extract(ALERT_LIST, published=dt.date(2020, 1, 14))["events"]
    assert [(e["date"], e["place"], e["killed"] or 0) for e in events] == [
        ("2020-01-13", "Sinjar", 0),
        ("2020-01-14", "Al Qa'im", 3),
        ("2020-01-14", "Az Zubayr", 0),
        ("2020-01-14", "Green Zone", 0),
    ]
    assert events[3]["actor1"] != "Military Forces of Israel"  # "IDF" is the list's category: indirect fire
