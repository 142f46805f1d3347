"""One-paragraph reports through the whole extractor: who, what, where, how many."""

import datetime as dt

import pytest

from mesint.collect.files import document_from_bytes
from mesint.pipeline import extract_document
from mesint.serialize import report_to_dict


def extract(text: str, published: dt.date = dt.date(2021, 5, 17)) -> list[dict]:
    doc = document_from_bytes(("MONITOR\n\n" + text + "\n").encode(), name="t.txt", published=published)
    return report_to_dict(extract_document(doc))["events"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 12 May 2021, IS militants attacked an army checkpoint near Tarmiyah in Baghdad governorate, "
            "killing two soldiers.",
            {
                "date": "2021-05-12",
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
                "actor1": "Islamic State (ISIS)",
                "actor2": "Military Forces of Iraq",
                "admin1": "Baghdad",
                "killed": 2,
            },
        ),
        (
            "On 13 May 2021, IS militants kidnapped two shepherds near Al-Miqdadiyah in Diyala governorate.",
            {"sub_event_type": "Abduction/forced disappearance", "actor2": "Civilians (Iraq)", "admin1": "Diyala"},
        ),
        (
            "On 14 May 2021, Turkish forces and PKK fighters clashed near Kani Masi in Dohuk governorate. "
            "One Turkish soldier was killed.",
            {"actor1": "Military Forces of Turkey", "actor2": "Kurdistan Workers' Party (PKK)", "killed": 1},
        ),
        (
            "On 16 May 2021, exchanges of artillery fire and clashes took place between the Syrian army and the "
            "jihadi organizations north of Hama.",
            {"event_type": "Battles", "actor1": "Military Forces of Syria", "actor2": "Rebel groups (Syria)"},
        ),
        (
            "On 15 May 2021, Iraqi F-16s struck an IS hideout north of Ramadi, killing five militants.",
            {"sub_event_type": "Air/drone strike", "actor1": "Military Forces of Iraq", "killed": 5},
        ),
        (
            "On 9 May 2021, several hundred demonstrators gathered outside the provincial council building in "
            "Karbala city.",
            {"event_type": "Protests", "sub_event_type": "Peaceful protest", "actor1": "Protesters (Iraq)"},
        ),
        (
            "Anbar – Two apostates of the tribal Hashd were killed by the soldiers of the Caliphate near Haditha "
            "on Saturday.",
            {
                "actor1": "Islamic State (ISIS)",
                "actor2": "Tribal Mobilization Forces",
                "place": "Hadithah",
                "admin1": "Al-Anbar",
                "killed": 2,
                "date": "2021-05-15",
            },
        ),
        (
            "On 3 February 2019, unknown gunmen shot dead a former rebel commander in the town of Al-Yadudah, west "
            "of Daraa city.",
            {"event_type": "Violence against civilians", "actor2": "Civilians (Syria)", "admin1": "Daraa"},
        ),
        (
            # Two subjects that clash *with* a third fought side by side: the third is actor2.
            "On 20 May 2021, HTS and Turkistan Islamic Party fighters clashed with regime forces near Kabani in "
            "Latakia governorate, killing three soldiers.",
            {
                "actor1": "Hayat Tahrir al-Sham (HTS)",
                "assoc_actor_1": "Turkistan Islamic Party (TIP)",
                "actor2": "Military Forces of Syria",
                "killed": 3,
            },
        ),
        (
            # "by" after the verb names the side that left, not the doer, when the doer is the subject.
            "On 6 May 2021, regime forces deployed to positions vacated by the SDF west of Manbij in Aleppo "
            "governorate, without fighting.",
            {
                "sub_event_type": "Non-violent transfer of territory",
                "actor1": "Military Forces of Syria",
                "actor2": "Syrian Democratic Forces (SDF)",
            },
        ),
        (
            "On 4 May 2021, Turkish forces set up a new military base near Batifa in Dohuk governorate.",
            {
                "sub_event_type": "Headquarters or base established",
                "actor1": "Military Forces of Turkey",
                "actor2": None,
            },
        ),
        (
            # No attacker is told: the depot's owner is the actor of the event.
            "On 2 May 2021, a fire broke out at a PMF ammunition depot near Jurf al-Sakhar in Babil governorate.",
            {"event_type": "Strategic developments", "actor1": "Popular Mobilization Forces (PMF)", "actor2": None},
        ),
        (
            # The item names no country; the place it names does.
            "On 3 May 2021, IS militants killed two shepherds near the village of Tall al-Ghazal, west of Hawija, "
            "Kirkuk governorate.",
            {"actor1": "Islamic State (ISIS)", "actor2": "Civilians (Iraq)", "admin1": "Kirkuk", "killed": 2},
        ),
        (
            # Where the fire came from names who fired, not whom it hit.
            "On 20 November 2022, rockets fired from regime-held areas hit a camp near Sarmada in Idlib "
            "governorate, killing a child.",
            {"actor1": "Military Forces of Syria", "actor2": "Civilians (Syria)", "killed": 1},
        ),
        (
            "On 21 November 2022, shelling from Government of Syria-controlled areas struck a school in Ariha in "
            "Idlib governorate, injuring two children.",
            {"actor1": "Military Forces of Syria", "actor2": "Civilians (Syria)", "wounded": 2},
        ),
        (
            "On 22 November 2022, Syrian army air defences shot down a drone launched from areas held by the "
            "rebels over Al-Suqaylabiyah in Hama governorate.",
            {"actor1": "Military Forces of Syria", "actor2": "Rebel groups (Syria)"},
        ),
        (
            # A weapon's model name between the nationality and the weapon still names the force.
            "On 28 September 2022, a US F-15 fighter jet shot down an Iranian Mohajer-6 drone that was heading "
            "toward Erbil.",
            {"actor1": "Military Forces of the United States", "actor2": "Military Forces of Iran"},
        ),
        (
            "On 3 May 2021, a Turkish Bayraktar TB2 drone struck a car near Sinjar in Nineveh governorate, killing "
            "two YBS fighters.",
            {"sub_event_type": "Air/drone strike", "actor1": "Military Forces of Turkey", "killed": 2},
        ),
        (
            # Rioters who storm and burn a building demonstrate violently; a mob that beats a man is mob violence.
            "On 4 May 2021, rioters stormed the governorate building in As-Suwayda city and set part of it on fire.",
            {"event_type": "Riots", "sub_event_type": "Violent demonstration", "actor1": "Rioters (Syria)"},
        ),
        (
            "On 5 May 2021, rioters beat to death a man accused of killing a child in the market of Kufa, Najaf.",
            {"event_type": "Riots", "sub_event_type": "Mob violence", "killed": 1},
        ),
        (
            # "riot police" are no riot; shooting at a demonstration is excessive force against it (ACLED: the
            # protesters are actor1, as in every protest event).
            "On 6 May 2021, riot police opened fire on protesters in Karbala, killing at least 14 protesters.",
            {
                "event_type": "Protests",
                "sub_event_type": "Excessive force against protesters",
                "actor1": "Protesters (Iraq)",
                "actor2": "Police Forces of Iraq",
                "killed": 14,
            },
        ),
        (
            # "backed by Russian air strikes" tells how; "recaptured" tells what.
            "On 11 June 2017, pro-regime forces backed by Russian air strikes recaptured the Arak gas field east of "
            "Palmyra from ISIS.",
            {"sub_event_type": "Government regains territory", "actor1": "Military Forces of Syria",
             "actor2": "Islamic State (ISIS)"},
        ),
        (
            # Who holds the neighbourhood is not whom the shells killed.
            "On 12 June 2017, ISIS shelled the regime-held al-Joura neighborhood of Deir ez-Zor city, killing four "
            "civilians.",
            {"actor1": "Islamic State (ISIS)", "actor2": "Civilians (Syria)", "killed": 4},
        ),
        (
            # ISIS's own word for its suicide bombers.
            "Wilayat Ninawa - Two knights of martyrdom stormed the gatherings of the Rafidi army in western Mosul "
            "today with explosives-laden vehicles.",
            {"sub_event_type": "Suicide bomb", "actor1": "Islamic State (ISIS)"},
        ),
        (
            # In a clash between clans the dead are fighters of one side or the other, not civilians.
            "On 6 February 2022, members of two clans clashed with medium weapons over a land dispute north of "
            "Basra city, Basra governorate, killing one man and wounding four others.",
            {"event_type": "Battles", "actor1": "Unidentified Tribal Militia (Iraq)",
             "actor2": "Unidentified Tribal Militia (Iraq)", "killed": 1, "wounded": 4},
        ),
        (
            # The party whose headquarters was hit is the target, whoever the dead were.
            "On 28 September 2022, Iranian missiles struck the headquarters of the Democratic Party of Iranian "
            "Kurdistan (KDPI) in Koya, Erbil governorate, killing 13 people.",
            {"actor1": "Military Forces of Iran", "actor2": "Democratic Party of Iranian Kurdistan (KDPI)",
             "killed": 13},
        ),
        (
            # A body found is a killing; the abduction before it is its history. "Fatalities: 1." restates the count.
            "On 4 May 2021, the body of a shepherd who had been abducted by unidentified gunmen was found near the "
            "village of Dahim, Diyala. Fatalities: 1.",
            {"sub_event_type": "Attack", "actor2": "Civilians (Iraq)", "killed": 1},
        ),
        (
            # A non-state group's detention of someone whose whereabouts are unknown is a disappearance.
            "On 5 May 2021, HTS security members detained a media activist at a checkpoint near Sarmada, Idlib, and "
            "took him to an unknown location.",
            {"sub_event_type": "Abduction/forced disappearance", "actor1": "Hayat Tahrir al-Sham (HTS)"},
        ),
        (
            "On 6 May 2021, regime police arrested a teacher in Safita, Tartus, over a Facebook post.",
            {"sub_event_type": "Arrests", "actor1": "Police Forces of Syria"},
        ),
        (
            # "No clashes were reported": the clash named is one that did not happen.
            "On 7 May 2021, the Saraya al-Salam militia redeployed additional fighters to Samarra city, Salah "
            "al-Din. No clashes were reported.",
            {"sub_event_type": "Change to group/activity", "actor1": "Saraya al-Salam"},
        ),
        (
            # An earlier event named as the time of this one does not decide its type.
            "On 8 May 2021, hours after the blast, Turkish artillery shelled villages near Tal Rifaat in Aleppo "
            "governorate, wounding a woman.",
            {"sub_event_type": "Shelling/artillery/missile attack", "actor1": "Military Forces of Turkey"},
        ),
        (
            "On 9 May 2021, clashes broke out between the SDF and tribal fighters in the town of al-Busayrah, Deir "
            "ez-Zor, after the arrest of a tribal commander.",
            {"event_type": "Battles", "sub_event_type": "Armed clash"},
        ),
        (
            # Weapons found are a disruption, whatever weapons they are.
            "On 10 May 2021, the Iraqi army found and destroyed an IS weapons cache containing 40 IEDs northeast of "
            "Rutba, Anbar governorate.",
            {"sub_event_type": "Disrupted weapons use", "actor1": "Military Forces of Iraq"},
        ),
        (
            # Protesters who attack a building, or crowds that storm one, riot.
            "On 11 May 2021, protesters threw Molotov cocktails at the Dhi Qar governorate building in Nasiriyah, "
            "setting fire to its gate.",
            {"event_type": "Riots", "sub_event_type": "Violent demonstration", "actor1": "Rioters (Iraq)"},
        ),
        (
            "On 12 May 2021, thousands of supporters of Muqtada al-Sadr broke through concrete barriers into the "
            "Green Zone in Baghdad and stormed the parliament building.",
            {"event_type": "Riots", "sub_event_type": "Violent demonstration", "actor1": "Rioters (Iraq)"},
        ),
        (
            "On 13 May 2021, two suicide bombers and a car bomb struck a bus station in Tartus city, killing 12 "
            "people.",
            {"sub_event_type": "Suicide bomb"},
        ),
        (
            # Taking a place: "captured the X border crossing", "drove the last militants out of X", even "despite"
            # the other side's air strikes.
            "On 14 May 2021, HTS fighters captured the Kessab border crossing in Latakia governorate.",
            {"sub_event_type": "Non-state actor overtakes territory", "actor1": "Hayat Tahrir al-Sham (HTS)"},
        ),
        (
            "On 15 May 2021, YPG fighters drove the last IS militants out of Kobani, Aleppo governorate.",
            {"sub_event_type": "Non-state actor overtakes territory", "actor2": "Islamic State (ISIS)"},
        ),
        (
            "On 16 May 2021, IS militants retook Tadmur from regime forces despite Russian air strikes, Homs "
            "governorate.",
            {"sub_event_type": "Non-state actor overtakes territory", "actor1": "Islamic State (ISIS)"},
        ),
        (
            "On 17 May 2021, residents of Salkhad beat to death a man they accused of belonging to a kidnapping "
            "gang, As-Suwayda governorate.",
            {"event_type": "Riots", "sub_event_type": "Mob violence", "killed": 1},
        ),
        (
            "On 18 May 2021, HTS and Hurras al-Din fighters clashed at checkpoints around Binnish, Idlib, after HTS "
            "detained a Hurras al-Din commander.",
            {"sub_event_type": "Armed clash", "actor1": "Hayat Tahrir al-Sham (HTS)"},
        ),
        (
            "On 19 May 2021, dozens of residents protested in Raqqa city against fuel prices; SDF members fired into "
            "the air and detained several protesters.",
            {"sub_event_type": "Protest with intervention", "actor2": "Syrian Democratic Forces (SDF)"},
        ),
    ],
)
def test_one_paragraph_incidents(text: str, expected: dict) -> None:
    [event] = extract(text)
    assert {k: event[k] for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "In the ITIC's assessment, ISIS will try to exploit the attack to recruit supporters.",
        "ISIS is expected to launch attacks in the coming weeks.",
        "Israel has carried out hundreds of strikes in Syria since the start of the civil war in 2011.",
        "The presidents of Russia, Turkey and Iran are expected to meet on February 14 in Sochi.",
    ],
)
def test_assessments_forecasts_and_background_are_not_events(text: str) -> None:
    assert extract(text) == []


def test_a_toll_restated_in_the_same_sentence_is_a_second_figure_not_more_dead() -> None:
    [event] = extract(
        "On 15 May 2021, a drone struck a car on the road to Al-Qaim, killing at least six people; the governor "
        "later put the toll at eight."
    )
    assert event["killed"] == 6
    assert sorted(c["killed"] for c in event["claims"]) == [6, 8]


def test_a_named_groups_member_killed_beside_a_civilian_is_the_target() -> None:
    [event] = extract(
        "On 15 May 2021, a Turkish drone struck a car near Sidakan, killing a PKK cadre and the civilian driver."
    )
    assert (event["actor2"], event["killed"]) == ("Kurdistan Workers' Party (PKK)", 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Force used on a crowd tells the protest; unnamed "security forces" are the state's forces, as the
        # annotators and the scorer's "Iraqi security forces" alias code them (not narrowed to police).
        (
            "On 9 May 2021, security forces fired tear gas at hundreds of protesters outside the oil ministry in "
            "Basra.",
            {"sub_event_type": "Protest with intervention", "actor1": "Protesters (Iraq)",
             "actor2": "Military Forces of Iraq"},
        ),
        (
            "On 9 May 2021, police dispersed dozens of demonstrators near the provincial council in Diwaniyah.",
            {"sub_event_type": "Protest with intervention", "actor2": "Police Forces of Iraq"},
        ),
        # Violence against civilians always has civilians as its target.
        (
            "On 9 May 2021, a teenage girl was kidnapped by masked gunmen on the road between Tafas and Daraa.",
            {"sub_event_type": "Abduction/forced disappearance", "actor2": "Civilians (Syria)"},
        ),
        # "killing two of them": the victims were named before the count.
        (
            "On 9 May 2021, a landmine exploded under a tractor carrying farm workers near Maadan, killing two of "
            "them.",
            {"sub_event_type": "Remote explosive/landmine/IED", "actor2": "Civilians (Syria)", "killed": 2},
        ),
        # A named quarter taken after fighting is a change of hands, not only a clash.
        (
            "On 9 May 2021, SDF fighters took over the al-Sinaa neighbourhood of Raqqa after fierce fighting "
            "with ISIS.",
            {"sub_event_type": "Non-state actor overtakes territory", "actor1": "Syrian Democratic Forces (SDF)"},
        ),
        # An attempted kidnapping that ends in a killing is an attack, not an abduction.
        (
            "On 9 May 2021, gunmen shot dead a shop owner during a failed kidnapping attempt in Basra.",
            {"sub_event_type": "Attack", "killed": 1},
        ),
        # Victims named as a party's members make that party the target.
        (
            "On 9 May 2021, a drone struck a farm near Albukamal, killing six people, four of them Hezbollah "
            "fighters.",
            {"actor2": "Hezbollah", "killed": 6},
        ),
        # "sources said" without "that": the speakers are not the actors, the clause they report still has them.
        (
            "On 9 May 2021, local sources said Asayish forces arrested two suspected IS members in Al-Shuhayl.",
            {"sub_event_type": "Arrests", "actor2": "Islamic State (ISIS)"},
        ),
        # Agreements told in the passive or signed by clan elders; a base with two adjectives; a passive mob.
        (
            "On 9 May 2021, a reconciliation deal was signed in Tafas between former rebel groups and the Russian "
            "military police.",
            {"sub_event_type": "Agreement", "actor1": "Rebel groups (Syria)"},
        ),
        (
            "On 9 May 2021, elders of the Albu Mahal and Karabila tribes signed a truce in Al-Qaim, ending a feud.",
            {"sub_event_type": "Agreement", "actor1": "Unidentified Tribal Militia (Iraq)"},
        ),
        (
            "On 9 May 2021, the Turkish army set up a new temporary military base near Atarib.",
            {"sub_event_type": "Headquarters or base established", "actor1": "Military Forces of Turkey"},
        ),
        (
            "On 9 May 2021, a young man was beaten by an angry crowd in the market of Amarah.",
            {"event_type": "Riots", "sub_event_type": "Mob violence"},
        ),
        (
            "On 9 May 2021, IS fighters seized Kuweires military airport after a long siege.",
            {"sub_event_type": "Non-state actor overtakes territory", "actor1": "Islamic State (ISIS)"},
        ),
        # A named tribe's fighters are that tribe's militia; clans' gunmen are tribal militias on both sides; a
        # side that took a town "after three days of clashes" is the one that acted.
        (
            "On 9 May 2021, fighters of the Al-Baggara tribe attacked an SDF checkpoint near Al-Kasra.",
            {"actor1": "Al-Baggara Tribal Militia (Syria)", "actor2": "Syrian Democratic Forces (SDF)"},
        ),
        (
            "On 9 May 2021, gunmen from two clans clashed in Al-Dayr, north of Basra, over a land dispute.",
            {"actor1": "Unidentified Tribal Militia (Iraq)", "actor2": "Unidentified Tribal Militia (Iraq)"},
        ),
        (
            "On 9 May 2021, after two days of heavy fighting, the SDF regained control of Al-Busayrah.",
            {"actor1": "Syrian Democratic Forces (SDF)"},
        ),
        # "in northern Diyala" names the governorate, whatever the nearby village's namesakes.
        (
            "On 9 May 2021, army helicopters struck an IS hideout in the Hamrin mountains near Qara Tapa, in "
            "northern Diyala.",
            {"admin1": "Diyala"},
        ),
        # "fired on" with no shell or rocket named is gunfire: a clash with armed men, an attack on civilians.
        (
            "On 9 May 2021, gunmen fired on a police patrol near Hawija, wounding two policemen.",
            {"event_type": "Battles", "sub_event_type": "Armed clash", "wounded": 2},
        ),
        (
            "On 9 May 2021, gunmen fired on a minibus near Hawija, wounding two passengers.",
            {"event_type": "Violence against civilians", "sub_event_type": "Attack"},
        ),
        (
            "On 9 May 2021, militants fired mortar rounds at an army post near Hawija.",
            {"sub_event_type": "Shelling/artillery/missile attack"},
        ),
        # "battled", "shot to death", "a series of air strikes" on one night at one place
        (
            "On 9 May 2021, Iraqi army units battled IS militants in Al-Karmah, killing six of them.",
            {"event_type": "Battles", "actor1": "Military Forces of Iraq", "killed": 6},
        ),
        (
            "On 9 May 2021, in a square in Raqqa, IS members shot to death two men accused of spying.",
            {"sub_event_type": "Attack", "killed": 2},
        ),
        (
            "On the night of 9-10 May 2021, coalition aircraft carried out a series of air strikes on IS positions "
            "south of Al-Shaddadi.",
            {"sub_event_type": "Air/drone strike"},
        ),
        # "driven by" names the bomber; "no organization claimed" leaves the bombing unidentified; the other
        # side's claimed count of the same dead is a second figure, not more dead.
        (
            "On 9 May 2021, a truck bomb driven by an IS suicide bomber exploded at an army checkpoint near Rawa, "
            "killing two soldiers.",
            {"actor1": "Islamic State (ISIS)", "actor2": "Military Forces of Iraq", "killed": 2},
        ),
        (
            "On 9 May 2021, a car bomb exploded in a market in Kirkuk, killing four people. No organization has "
            "claimed responsibility.",
            {"actor1": "Unidentified Armed Group (Iraq)", "killed": 4},
        ),
        (
            "On 9 May 2021, rebels attacked army positions near Kafr Nabl; the Observatory said nine soldiers were "
            "killed, while the rebels claimed they had killed 25.",
            {"killed": 9},
        ),
        # Events told without a classic violence verb
        (
            "On 9 May 2021, hundreds of graduates held noon prayers and a sit-in outside the oil ministry in Basra.",
            {"sub_event_type": "Peaceful protest"},
        ),
        (
            "On 9 May 2021, a tribal truce was signed in Al-Rifai between the Albu Salih and Al-Ghazi tribes.",
            {"sub_event_type": "Agreement", "actor1": "Unidentified Tribal Militia (Iraq)"},
        ),
        (
            "On 9 May 2021, a crowd in Karbala beat a young man they accused of theft.",
            {"event_type": "Riots", "sub_event_type": "Mob violence"},
        ),
        (
            "On 9 May 2021, SDF fighters captured the last IS-held enclave east of Hajin.",
            {"sub_event_type": "Non-state actor overtakes territory"},
        ),
        (
            "On 9 May 2021, the Syrian army broke the rebel siege of the air base near Abu al-Duhur.",
            {"sub_event_type": "Government regains territory"},
        ),
        (
            "On 9 May 2021, Asayish forces fired tear gas at nurses protesting unpaid wages in Qamishli and detained "
            "two of them.",
            {"event_type": "Protests", "sub_event_type": "Protest with intervention"},
        ),
        (
            "On 9 May 2021, an IS suicide bomber struck a crowd of mourners gathered outside a mosque in Azaz, "
            "killing 12.",
            {"sub_event_type": "Suicide bomb", "killed": 12},
        ),
        (
            "On 9 May 2021, rebel factions of western Daraa agreed with Russian officers in Tafas to hand over their "
            "heavy weapons.",
            {"sub_event_type": "Agreement", "actor1": "Rebel groups (Syria)"},
        ),
        (
            "On 9 May 2021, gunmen ambushed an army patrol near Jasim, killing three soldiers; the attackers withdrew "
            "towards the hills.",
            {"sub_event_type": "Armed clash", "killed": 3},
        ),
        (
            "On 9 May 2021, the militia began dismantling its checkpoints and closed its offices in Tel Kaif.",
            {"sub_event_type": "Change to group/activity"},
        ),
        (
            "On 9 May 2021, two US F-15E jets bombed an IS hideout in the Hamrin mountains.",
            {"actor1": "Military Forces of the United States"},
        ),
        (
            "On 9 May 2021, IS attacked SDF posts near Al-Shaddadi; SOHR reported 9 IS militants and 4 SDF fighters "
            "killed.",
            {"killed": 13},
        ),
        (
            "On 9 May 2021, gunmen stormed a pharmacy in Basra, killing the owner and his brother.",
            {"killed": 2},
        ),
        # A facility the gazetteer names ("Balad Air Base") written in lower case is still that facility.
        (
            "On 9 May 2021, three rockets struck the Balad air base, north of Baghdad.",
            {"location_text": "Balad air base, north of Baghdad", "admin1": "Salah al-Din"},
        ),
        # the weapons seized are no weapons used; a raid carried out by aircraft is an air strike
        (
            "On 9 May 2021, army troops seized a cache of weapons, including mortar rounds and RPG launchers, in an "
            "orchard near Al-Qurna.",
            {"sub_event_type": "Disrupted weapons use"},
        ),
        (
            "On 9 May 2021, a raid on the outskirts of Maarat al-Numan killed two children; the raid was carried out "
            "by Russian aircraft, the Observatory said.",
            {"sub_event_type": "Air/drone strike", "actor1": "Military Forces of Russia", "killed": 2},
        ),
        # where fire came from names who fired; where attackers came from does not
        (
            "On 9 May 2021, a drone launched from regime-held areas struck a market in Idlib.",
            {"sub_event_type": "Air/drone strike", "actor1": "Military Forces of Syria"},
        ),
        (
            "On 9 May 2021, gunmen crossed the Euphrates from the regime-controlled bank and attacked SDF positions in "
            "Dhiban.",
            {"actor1": "Unidentified Armed Group (Syria)", "actor2": "Syrian Democratic Forces (SDF)"},
        ),
        # Blame names the perpetrator unless the report says nobody claimed the attack.
        (
            "On 9 May 2021, a car bomb exploded in the market of Azaz, killing five civilians. No group claimed the "
            "attack; Turkish officials blamed the YPG.",
            {"actor1": "Unidentified Armed Group (Syria)"},
        ),
        (
            # a side blamed by officials is a suspect: an unclaimed attack stays unidentified (ACLED)
            "On 9 May 2021, a roadside bomb struck an army patrol near Tarmiyah, killing a soldier. Security "
            "officials blamed IS.",
            {"actor1": "Unidentified Armed Group (Iraq)"},
        ),
        # A state's forces named by their weapons.
        (
            "On 9 May 2021, Turkish tanks shelled a village near Tal Tamr, wounding a child.",
            {"actor1": "Military Forces of Turkey", "wounded": 1},
        ),
    ],
)  # fmt: skip
def test_who_acted_upon_whom(text: str, expected: dict) -> None:
    [event] = extract(text)
    assert {k: event[k] for k in expected} == expected


def test_a_dataset_note_on_its_tags_is_no_incident() -> None:
    assert extract("Tags give the crowd size and whether women were specifically targeted.") == []
    assert extract("Women-targeted tags follow the notes where coded.") == []


def test_an_earlier_month_recalled_in_an_article_is_background() -> None:
    doc = document_from_bytes(
        (
            b"Gunmen kill five in Diyala\n\n"
            b"Islamic State militants killed five shepherds near Khanaqin on Tuesday, officials said.\n\n"
            b"In July, a suicide bombing claimed by IS killed 30 people at a market in Sadr City.\n"
        ),
        name="t.txt",
        published=dt.date(2021, 10, 27),
    )
    report = report_to_dict(extract_document(doc))
    assert [e["date"] for e in report["events"]] == ["2021-10-26"]
    assert any(n["quote"].startswith("In July") and n["kind"] == "background" for n in report["non_events"])


def test_a_wire_story_paragraph_that_tells_when_and_where_merges_into_the_lead() -> None:
    doc = document_from_bytes(
        (
            "Militants kill seven in Iraq\n\n"
            "Kirkuk (AFP) - May 12, 2021\n\n"
            "Jihadists killed seven people in an attack on a farming village in Iraq's Kirkuk province, officials "
            "said Wednesday.\n\n"
            "The attack took place late Monday in Hawija, when gunmen opened fire on farmers who had gathered "
            "outside a mosque, a police officer said.\n\n"
            "“An attack like this is meant to frighten people off their land,” a local elder said.\n"
        ).encode(),
        name="t.txt",
        published=dt.date(2021, 5, 12),
    )
    [event] = report_to_dict(extract_document(doc))["events"]
    assert (event["date"], event["event_type"]) == ("2021-05-10", "Violence against civilians")
    assert "Hawij" in event["place"]


@pytest.mark.parametrize(
    ("text", "source", "not_a_source"),
    [
        # an organisation the outlet registry lacks is still a source; a party's claim and a person are not
        (
            "On 9 May 2021, Turkish artillery shelled Kani Masi, wounding a farmer, according to the Kurdistan "
            "Human Rights Network. The PKK claimed the strike hit its fighters, an analyst, Hamid Salih, said.",
            "Kurdistan Human Rights Network",
            ("PKK", "Hamid Salih"),
        ),
        # the outlet as printed, alone in a closing parenthesis, or after a "-based" description
        ("On 9 May 2021, IS attacked an SDF post in Al-Busayrah, killing 3 and wounding 5 (SOHR).", "SOHR", ()),
        (
            "On 9 May 2021, regime artillery shelled Kansafra. But the Britain-based Syrian Observatory for Human "
            "Rights said a child was killed.",
            "Syrian Observatory for Human Rights",
            ("But the Britain-based Syrian Observatory for Human Rights",),
        ),
        # a body sentence's "..., X reported." is not the report's header
        ("On 9 May 2021, a drone struck a car near Qamishli, Airwars reported.", "Airwars", ("Airwars reported",)),
    ],
)
def test_sources_named_in_the_text(text: str, source: str, not_a_source: tuple[str, ...]) -> None:
    [event] = extract(text)
    outlets = [c["outlet"] for c in event["citations"]]
    assert source in outlets
    assert not set(outlets) & set(not_a_source)


def _digest(body: str) -> list[dict]:
    doc = document_from_bytes(body.encode(), name="t.txt", published=dt.date(2021, 5, 19))
    return report_to_dict(extract_document(doc))["events"]


def test_an_incident_under_a_foreign_countrys_heading_is_abroad() -> None:
    events = _digest(
        "Weekly digest (May 12 – 18, 2021)\n\nSyria\n"
        "  • On May 14, 2021, ISIS operatives attacked an SDF checkpoint in Al-Shuhayl (ANHA, May 14, 2021).\n\n"
        "Libya\n"
        "  • On May 15, 2021, ISIS operatives attacked an army post in the town of Umm al-Aranib, near the border "
        "with Niger, killing two soldiers (Amaq, May 15, 2021).\n"
    )
    assert [e["place"] for e in events] == ["Al-Shuhayl"]


def test_one_attack_told_with_the_other_sides_interception_and_unclaimed_rockets_are_one_event() -> None:
    events = _digest(
        "Weekly digest (May 12 – 18, 2021)\n\nSyria\n"
        "  • On May 14, 2021, Israeli aircraft fired missiles at targets near Masyaf. SANA reported that the "
        "Syrian air defences had intercepted most of the missiles (SANA, May 14, 2021).\n"
        "  • On May 15, 2021, three rockets landed near Ain al-Asad Air Base. No group has claimed responsibility "
        "for the rocket fire (Rudaw, May 15, 2021).\n"
        "  • The Syrian army, backed by Russian air strikes, advanced toward Kabani in the Latakia mountains "
        "(SANA, May 16, 2021).\n"
    )
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_the_strikes_told_country_by_country_take_the_doer_of_the_item_before() -> None:
    events = _digest(
        "Weekly digest (May 12 – 18, 2021)\n\nIraq and Syria\n"
        "  • On May 14, 2021, US jets attacked five sites in Syria and Iraq. According to CENTCOM, 40 targets were "
        "hit, among them depots of rockets (CENTCOM, May 14, 2021).\n"
        "  • Syria: In Syria, the strikes hit a depot near Albukamal (SANA, May 16, 2021).\n"
        "  • On May 15, 2021, Turkish drones struck PKK positions near Sidakan (Rudaw, May 15, 2021).\n"
        "  • Another drone strike hit a vehicle near Sidakan, killing two PKK fighters (Rudaw, May 16, 2021).\n"
    )
    # the summary told no single incident: "the strikes" after it are not the last event's (none is carried)
    assert [(e["actor1"], e["date"]) for e in events] == [
        ("Unidentified Armed Group (Syria)", "2021-05-16"),
        ("Military Forces of Turkey", "2021-05-15"),
        ("Military Forces of Turkey", "2021-05-15"),
    ]


def _article(body: str, published: dt.date = dt.date(2021, 5, 15)) -> dict:
    doc = document_from_bytes(body.encode(), name="t.txt", published=published)
    return report_to_dict(extract_document(doc))


def test_a_wire_story_keeps_its_incidents_and_leaves_recalled_ones_and_trends() -> None:
    report = _article(
        "Clan clash kills one in Maysan\n\n"
        "AMARAH, Iraq (Reuters) - A tribal clash killed one man and wounded another in the al-Maimouna "
        "district of Maysan on Thursday night, a security source said.\n\n"
        "The clash came two days after a roadside bomb killed three soldiers near Ali al-Gharbi.\n\n"
        "Last month, gunmen killed two farmers near Qalat Salih.\n\n"
        "Since the army retook the area from IS in 2017, tribal feuds have become so common that they rarely make "
        "the news.\n\n"
        "Kidnappings for ransom have spread across the south in recent months.\n"
    )
    [event] = report["events"]
    assert (event["event_type"], event["actor1"], event["actor2"], event["killed"], event["wounded"]) == (
        "Battles",
        "Unidentified Tribal Militia (Iraq)",
        "Unidentified Tribal Militia (Iraq)",
        1,
        1,
    )


def test_a_second_strike_told_in_its_own_paragraph_is_its_own_event() -> None:
    report = _article(
        "US strikes militia sites in Iraq\n\n"
        "BAGHDAD (Reuters) - U.S. aircraft struck a headquarters of Kataib Hezbollah near Jurf al-Sakhar early on "
        "Thursday, killing two fighters, security sources said.\n\n"
        "A second strike hit a depot near the town of al-Qaim that officials said stored drones.\n"
    )
    assert [e["place"] for e in report["events"]] == ["Jurf al-Sakhar", "Al Qa'im"]


def test_the_day_a_ministry_spoke_is_not_a_second_incident() -> None:
    report = _article(
        "PKK attack on Turkish outpost\n\n"
        "DUHOK, Kurdistan Region - PKK fighters attacked a Turkish military outpost near the village of Sargali on "
        "Thursday night.\n\n"
        "Turkey's defence ministry said on Friday that one soldier and three PKK militants were killed in the clash.\n"
    )
    [event] = report["events"]
    assert event["killed"] == 4


def test_a_monitors_number_put_after_an_agencys_is_a_second_figure() -> None:
    [event] = extract(
        "On 15 May 2021, IS militants ambushed a bus carrying soldiers near Kabajib, killing nine of them, according "
        "to SANA. The Syrian Observatory put the number of dead soldiers at 12."
    )
    assert event["killed"] == 9


def test_a_verdict_on_an_old_bombing_is_no_bombing() -> None:
    assert extract(
        "On 9 May 2021, the Karkh criminal court sentenced a man to death for his role in a 2016 car bombing."
    ) == []


def test_a_news_analysis_reads_its_incidents_like_a_wire_story() -> None:
    report = _article(
        "ANALYSIS\n\nThe war nobody sees in eastern Syria\n\nPublished date: 20 May 2021\n\n"
        "On the night of 11 to 12 May, warplanes that the Syrian Observatory for Human Rights said were Russian "
        "struck an IS hideout near Al-Sukhnah, killing six militants.\n\n"
        "Hours after the strike, gunmen shot dead a shepherd near Al-Sukhnah, according to local news network "
        "Badia Net.\n\n"
        "On Friday, the fighting broke out near Al-Shuhayl when tribal fighters attacked an SDF checkpoint.\n",
        published=dt.date(2021, 5, 20),
    )
    first, second, third = report["events"]
    assert (first["date"], first["actor1"]) == ("2021-05-11/2021-05-12", "Military Forces of Russia")
    assert second["date"] == "2021-05-11/2021-05-12"
    assert "Badia Net" in [c["outlet"] for c in second["citations"]]
    assert "Analysis" not in [c["outlet"] for e in report["events"] for c in e["citations"]]
    assert (third["actor1"], third["actor2"]) == (
        "Unidentified Tribal Militia (Syria)",
        "Syrian Democratic Forces (SDF)",
    )


def test_a_strike_release_laid_out_as_a_table_per_day() -> None:
    report = _article(
        "Combined Joint Task Force – Operation Inherent Resolve\n"
        "News Release\n\n"
        "On March 3 and 4, Coalition military forces conducted 9 strikes against ISIS targets in Syria and Iraq.\n\n"
        "STRIKE SUMMARY, MAR. 3\n\n"
        "IRAQ\n"
        "  Location ........ Strikes ... Results\n"
        "  Near Rawah ...... 2 ......... engaged an ISIS tactical unit and destroyed an ISIS vehicle.\n\n"
        "STRIKE SUMMARY, MAR. 4\n\n"
        "SYRIA\n"
        "  Location ........ Strikes ... Results\n"
        "  Near Hajin ...... 7 ......... destroyed four ISIS fighting positions.\n",
        published=dt.date(2018, 3, 6),
    )
    assert [(e["date"], e["sub_event_type"], e["actor1"], e["place"]) for e in report["events"]] == [
        ("2018-03-03", "Air/drone strike", "Global Coalition against Daesh", "Rawah"),
        ("2018-03-04", "Air/drone strike", "Global Coalition against Daesh", "Hajin"),
    ]


def test_a_month_named_may_is_no_modal_verb() -> None:
    from mesint.read.kinds import classify_sentence
    from mesint.vocab import ItemKind

    assert classify_sentence("On 3 May 2019, the council met.") != ItemKind.FORECAST
    assert classify_sentence("The militants may strike again.") == ItemKind.FORECAST


def test_every_event_keeps_its_provenance() -> None:
    text = "On 12 May 2021, IS militants attacked an army checkpoint near Tarmiyah, killing two soldiers."
    doc_text = "MONITOR\n\n" + text + "\n"
    [event] = extract(text)
    for field in ("event_type", "actor1", "location", "date"):
        start, end = event["provenance"][field]
        assert doc_text[start:end]
    assert doc_text[event["span"][0] : event["span"][1]] == event["quote"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # another source's figure for the same dead: the lower one (ACLED's most conservative count)
        (
            "On 4 May 2021, a police vehicle struck a landmine near Haditha in Anbar. One officer told Alsumaria "
            "that four policemen were killed, while a second source said five died.",
            4,
        ),
        (
            "On 9 May 2021, Turkish drones struck a car near Qamishli. SOHR reported six people killed; the Turkish "
            "defence ministry said three.",
            3,
        ),
        (
            "On 6 May 2021, the PKK's armed wing claimed that its fighters had killed four Turkish soldiers in "
            "clashes near Metina in Duhok. Turkey's defence ministry said two soldiers had been killed in the area.",
            2,
        ),
        # other victims after "while ... said" are more dead
        (
            "On 9 May 2021, IS militants attacked an army checkpoint near Tikrit. Three soldiers were killed, "
            "while the army said two militants were also killed.",
            5,
        ),
    ],
)
def test_competing_figures_for_the_same_dead_give_the_lower(text: str, killed: int) -> None:
    (event,) = extract(text)
    assert event["killed"] == killed


def test_a_patrol_that_hits_a_bomb_is_its_target() -> None:
    (event,) = extract("On 4 May 2021, an Iraqi army patrol hit a roadside bomb near Tarmiyah, wounding two soldiers.")
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq")
    (event,) = extract("On 4 May 2021, US jets struck an IS bomb factory near Hatra.")
    assert event["actor1"] == "Military Forces of the United States"


def test_nationalities_listed_before_one_force_noun_are_allies() -> None:
    (event,) = extract(
        "On 14 April 2018, US, British and French warships and aircraft fired missiles at a research centre in "
        "Barzeh, Damascus.",
        published=dt.date(2018, 4, 18),
    )
    assert event["actor1"] == "Military Forces of the United States"
    assert event["assoc_actor_1"] == "Military Forces of the United Kingdom"


def test_a_speaker_named_after_the_action_is_no_civilian_target() -> None:
    (event,) = extract(
        "On 9 May 2021, Turkish artillery shelled farmland around two villages near Sidakan in Erbil, burning fields "
        "of wheat, according to the district mayor, who said nobody was hurt."
    )
    assert event["actor2"] is None and event["killed"] is None and event["wounded"] == 0


def test_rounds_fired_from_one_place_land_at_another() -> None:
    (event,) = extract(
        "On 9 May 2021, three mortar rounds fired from the direction of the Makhoul hills landed on open ground at "
        "the southern edge of Baiji. There were no casualties."
    )
    assert event["place"] == "Bayji" and event["location_text"] == "at the southern edge of Baiji"


def test_the_towns_that_name_a_highway_give_way_to_an_offset() -> None:
    (event,) = extract(
        "On 9 May 2021, an army truck hit a roadside bomb on the Baghdad–Kirkuk highway about 15 km north of Khalis, "
        "wounding two soldiers."
    )
    assert event["admin1"] == "Diyala" and event["location_text"] == "about 15 km north of Khalis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # escapees caught again are arrests, not ground retaken
        (
            "On 9 May 2021, the SDF said it had recaptured 35 escapees in raids on houses in Ghwayran, Hasakah.",
            {"sub_event_type": "Arrests", "actor1": "Syrian Democratic Forces (SDF)"},
        ),
        # a crowd that burns tyres and forces its way into a building is a violent demonstration
        (
            "On 9 May 2021, dozens of young men in Kut set fire to tyres and forced their way into the water "
            "directorate, smashing windows. Two policemen were hurt.",
            {"sub_event_type": "Violent demonstration", "actor2": "Police Forces of Iraq", "wounded": 2},
        ),
        # ground handed over under a deal
        (
            "On 9 May 2021, Syrian army units entered Tafas in Daraa after the last rebel fighters left for Idlib "
            "under a settlement deal. The town was handed over without fighting.",
            {"sub_event_type": "Non-violent transfer of territory", "actor1": "Military Forces of Syria"},
        ),
        # an agreement between clans: a tribe on both sides, and the feud's dead are not the agreement's
        (
            "On 9 May 2021, tribal leaders of two clans in Al-Rifai, Dhi Qar, signed a reconciliation agreement "
            "ending a feud that had killed four people.",
            {
                "sub_event_type": "Agreement",
                "actor1": "Unidentified Tribal Militia (Iraq)",
                "actor2": "Unidentified Tribal Militia (Iraq)",
                "killed": None,
            },
        ),
        ("On 9 May 2021, unidentified people looted shops in the market of Al-Bab.",
         {"sub_event_type": "Looting/property destruction", "actor1": "Unidentified Armed Group (Syria)"}),
    ],
)
def test_strategic_developments_and_riots_told_in_other_words(text: str, expected: dict) -> None:
    (event,) = extract(text)
    assert {k: event[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "actor2", "assoc2"),
    [
        # people held for a party: the party is the target
        (
            "On 9 May 2021, Iraqi counter-terrorism forces arrested four men wanted under the anti-terrorism law for "
            "providing support to an IS cell in Hawija.",
            "Islamic State (ISIS)",
            None,
        ),
        ("On 9 May 2021, police in Tikrit arrested two men accused of theft.", "Civilians (Iraq)", None),
        # a party's members among the dead name the target, whoever else was hurt
        (
            "On 10 May 2021, an IED struck a car near Diban, Deir ez-Zor, killing two SDF members and wounding the "
            "civilian driver.",
            "Syrian Democratic Forces (SDF)",
            None,
        ),
        # the side holding what was hit, with the civilians among the dead beside it
        (
            "On 15 May 2021, coalition aircraft struck IS-held houses in Al-Shafaa, Deir ez-Zor. SOHR said nine "
            "people died, four of them civilians.",
            "Islamic State (ISIS)",
            "Civilians (Syria)",
        ),
    ],
)
def test_the_target_is_the_party_the_victims_are_held_for_or_belong_to(
    text: str, actor2: str, assoc2: str | None
) -> None:
    (event,) = extract(text)
    assert (event["actor2"], event.get("assoc_actor_2")) == (actor2, assoc2)


def test_the_day_a_statement_came_out_is_not_the_day_it_tells_of() -> None:
    (event,) = extract(
        "In a statement released on Thursday, the HPG claimed that its fighters had killed two Turkish soldiers in "
        "clashes near Metina in Duhok on Monday.",
        published=dt.date(2021, 5, 14),
    )
    assert event["date"] == "2021-05-10"


def test_gunmen_who_storm_a_post_are_the_attackers() -> None:
    (event,) = extract(
        "The attack on the checkpoint near Baiji began at dawn on Monday when a car bomb exploded at the gate and "
        "gunmen stormed the post, the Iraqi army said.",
        published=dt.date(2021, 5, 14),
    )
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq")


def test_officials_present_at_an_agreement_are_no_party_to_it() -> None:
    (event,) = extract(
        "On 5 June 2021, elders of two clans in Al-Zubair, Basra, signed a written agreement in the presence of "
        "police commanders, ending a dispute over land."
    )
    assert event["sub_event_type"] == "Agreement"
    assert event["actor1"] == event["actor2"] == "Unidentified Tribal Militia (Iraq)"


def test_one_more_target_of_the_same_wave_of_strikes_takes_its_doer_and_day() -> None:
    report = _article(
        "WEEKLY BRIEF\n\nSYRIA\n\n"
        "HAMA – On 14 May, Israeli aircraft struck a weapons depot near Masyaf. SOHR said two soldiers were killed.\n"
        "TARTUS – In the same wave of strikes, a radar site about 15 km east of Tartus was also hit. SANA said one "
        "soldier was wounded there.\n",
        published=dt.date(2021, 5, 18),
    )
    _first, second = report["events"]
    assert (second["date"], second["actor1"], second["sub_event_type"], second["wounded"]) == (
        "2021-05-14",
        "Military Forces of Israel",
        "Air/drone strike",
        1,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an air strike destroyed is no bomb going off
        (
            "On 8 July 2018, a Coalition strike near Haditha destroyed an IS car bomb factory and two caves.",
            {"sub_event_type": "Air/drone strike", "actor2": "Islamic State (ISIS)"},
        ),
        (
            "Near Hatra, Coalition aircraft engaged an ISIS fighting unit on 9 July 2018, killing two terrorists.",
            {"sub_event_type": "Air/drone strike", "killed": 2},
        ),
        # a force acting "in coordination with" the doer is its ally, not its target
        (
            "On 11 July 2018, Coalition aircraft, in coordination with the Iraqi Army, struck a network of ISIS caves "
            "about 20 km west of Baiji, killing four terrorists.",
            {
                "sub_event_type": "Air/drone strike",
                "actor2": "Islamic State (ISIS)",
                "assoc_actor_1": "Military Forces of Iraq",
            },
        ),
    ],
)
def test_strike_releases_in_other_words(text: str, expected: dict) -> None:
    (event,) = extract(text, published=dt.date(2018, 7, 12))
    assert {k: event.get(k) for k in expected} == expected


def test_the_following_day_and_the_same_evening_date_from_the_incident_before() -> None:
    report = _article(
        "WEEKLY UPDATE\n\nBasra\n"
        "- On June 19, protesters in Basra city blocked roads near the oil company offices over power cuts.\n"
        "- The following day, protesters in Abu al-Khasib burned tyres and pelted police with stones.\n\nNinewa\n"
        "- On June 18, PKK fighters fired rockets at a Turkish base near Bashiqa.\n"
        "- Turkish artillery shelled villages around Bashiqa the same evening.\n",
        published=dt.date(2022, 6, 23),
    )
    assert [e["date"] for e in report["events"]] == ["2022-06-19", "2022-06-20", "2022-06-18", "2022-06-18"]


def test_a_speakers_words_about_shelling_are_no_incident() -> None:
    report = _article(
        "Shelling hits border villages\n\nZAKHO, Kurdistan Region (Rudaw) – Turkish artillery shelled two villages "
        "near Zakho on Monday, local officials said.\n\n"
        "\u201cEvery week our farmers lose their fields to this shelling,\u201d the mayor said.\n",
        published=dt.date(2024, 3, 12),
    )
    assert len(report["events"]) == 1


def test_a_wire_story_recalls_an_attack_of_a_past_month() -> None:
    report = _article(
        "Drone strikes hit Sulaimani\n\nSULAIMANI, Kurdistan Region (Rudaw) – A Turkish drone struck a car near "
        "Penjwen on Monday, killing two people, local officials said.\n\n"
        "In October 2023, a Turkish drone struck the perimeter of Arbat airfield while foreign officers were there.\n",
        published=dt.date(2024, 3, 12),
    )
    assert [e["date"] for e in report["events"]] == ["2024-03-11"]


def test_statements_under_date_lines_of_their_own() -> None:
    report = _article(
        "Security Media Cell: statements of 14 - 16 March 2021\n\n"
        "Sunday, 14 March 2021\n"
        "The Iraqi Air Force carried out an air strike on a hideout of the terrorist Daesh gangs in the Hamrin "
        "mountains, killing three terrorists.\n\n"
        "Monday, 15 March 2021\n"
        "At 22:00 tonight, an explosive device went off on an army patrol near Tarmiyah, which led to the martyrdom "
        "of a soldier and the injury of two others.\n\n"
        "Tuesday, 16 March 2021\n"
        "Detachments of the Federal Police arrested two wanted terrorists under Article 4 in Abu Ghraib.\n",
        published=dt.date(2021, 3, 17),
    )
    got = [(e["date"], e["actor1"], e["killed"], e["wounded"]) for e in report["events"]]
    assert got == [
        ("2021-03-14", "Military Forces of Iraq", 3, None),
        ("2021-03-15", "Unidentified Armed Group (Iraq)", 1, 2),
        ("2021-03-16", "Police Forces of Iraq", None, None),
    ]


def test_a_un_situation_overview_is_the_reports_body() -> None:
    report = _article(
        "Flash Update No. 3 – As of 12 February 2020\n\nSITUATION OVERVIEW\n"
        "On 10 February, Government of Syria (GoS) shelling hit a market in Atareb, killing four civilians.\n\n"
        "On 11 February, non-State armed groups (NSAGs) attacked GoS positions near Saraqab.\n",
        published=dt.date(2020, 2, 12),
    )
    assert [(e["date"], e["actor1"]) for e in report["events"]] == [
        ("2020-02-10", "Military Forces of Syria"),
        ("2020-02-11", "Rebel groups (Syria)"),
    ]


def test_who_found_a_body_did_not_kill_him() -> None:
    (event,) = extract("On 9 May 2021, residents found the body of a young man near Al-Sanamayn, Daraa, shot dead.")
    assert (event["actor1"], event["killed"]) == ("Unidentified Armed Group (Syria)", 1)


def test_a_weeks_totals_are_no_incident() -> None:
    report = _article(
        "Security Media Cell\n\nSunday, 14 March 2021\nThe Iraqi Air Force struck a Daesh hideout in the Hamrin "
        "mountains, killing three terrorists.\n\nMonday, 15 March 2021\nWeekly outcome: during the past week, our "
        "forces killed 23 terrorists, arrested 41 wanted persons and destroyed 37 hideouts.\n",
        published=dt.date(2021, 3, 16),
    )
    assert [e["killed"] for e in report["events"]] == [3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman and her two children were killed on 26 January 2020 when shelling hit their home in Sarmin, Idlib.",
         {"killed": 3}),
        (
            "On 14 March 2021, the Iraqi army carried out an airborne landing operation near Hatra, which resulted in "
            "the killing of two terrorists and the seizure of two rifles and an explosive belt.",
            {"event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "Military Forces of Iraq"},
        ),
        (
            "On 2 October 2023, a motorcycle rigged with explosives blew up near a market in Al-Bab, killing two "
            "civilians.",
            {"sub_event_type": "Remote explosive/landmine/IED", "killed": 2},
        ),
        (
            "On 27 August 2017, a ceasefire between ISIS and Hezbollah went into effect in the Western Qalamoun, near "
            "Qara.",
            {"sub_event_type": "Agreement"},
        ),
    ],
)
def test_more_ways_to_tell_an_incident(text: str, expected: dict) -> None:
    (event,) = extract(text, published=dt.date(2023, 10, 10))
    assert {k: event[k] for k in expected} == expected


def test_a_digest_item_recalling_an_incident_of_months_ago_is_background() -> None:
    report = _article(
        "WEEKLY DIGEST\n\nSyria\n"
        "- On August 27, 2017, ISIS fighters attacked an army post near Qara, killing two soldiers.\n"
        "- In January 2017, ISIS fighters kidnapped three shepherds near Qara.\n"
        "- On August 28, 2017, the army shelled ISIS positions near Qara.\n",
        published=dt.date(2017, 8, 30),
    )
    assert [e["date"] for e in report["events"]] == ["2017-08-27", "2017-08-28"]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # victims named first are no doers
        ("Three shepherds were kidnapped near Daquq on 9 March 2021.", "Unidentified Armed Group (Iraq)"),
        ("On 11 March 2021, a village mukhtar was gunned down at his home in Shirqat by unknown men.",
         "Unidentified Armed Group (Iraq)"),
        ("Police found the body of a man shot in the head in Tarmiya on 10 March 2021.",
         "Unidentified Armed Group (Iraq)"),
        # the claim's own subject, or the group of the agency that claimed it
        ("A sticky bomb exploded under the car of an SDF commander in Raqqa city on 3 May 2021, and IS claimed it.",
         "Islamic State (ISIS)"),
        ("Gunmen killed an SDF fighter in al-Shheil on 2 May 2021; Amaq claimed the killing the same evening.",
         "Islamic State (ISIS)"),
    ],
)
def test_who_did_it_when_the_victims_come_first_or_the_claim_comes_after(text: str, actor1: str) -> None:
    (event,) = extract(text)
    assert event["actor1"] == actor1


def test_a_second_outlet_confirming_a_death_is_no_second_death() -> None:
    (event,) = extract(
        "On 4 May 2020, IS said one of its snipers shot dead a federal police officer near Rashad, Kirkuk. "
        "The Kirkuk Now website confirmed the death of a federal policeman in the area that day."
    )
    assert event["killed"] == 1 and "Kirkuk Now" in " ".join(event["sources"])


def test_a_claim_the_report_sets_aside_is_no_event() -> None:
    report = _article(
        "IS CLAIMS TRACKER\n\n"
        "Kirkuk. IS said its fighters shot dead a policeman near Rashad on 4 May 2020, and Kirkuk Now confirmed it.\n\n"
        "Nineveh. Amaq also claimed an attack on an army convoy near Tal Afar on 3 May 2020. We found no local report "
        "of any such attack and have not included it.\n",
        published=dt.date(2020, 5, 9),
    )
    assert [e["date"] for e in report["events"]] == ["2020-05-04"]


def test_two_days_later_counts_from_the_incident_before() -> None:
    report = _article(
        "WEEKLY REVIEW\n\nDiyala\n"
        "- On March 8, 2019, militants fired mortar rounds into orchards near Abu Saida, wounding a farmer.\n"
        "- Two days later, an IED hit a PMF vehicle near Abu Saida, killing one fighter.\n",
        published=dt.date(2019, 3, 14),
    )
    assert [e["date"] for e in report["events"]] == ["2019-03-08", "2019-03-10"]


def test_a_second_count_of_bodies_is_the_same_dead() -> None:
    (event,) = extract(
        "IS militants ambushed a group of truffle hunters about 30 km south-east of As Sukhnah on 7 March 2024. "
        "SOHR put the dead at 18, while a local network in Homs counted 16 bodies.",
        published=dt.date(2024, 3, 12),
    )
    assert (event["killed"], event["admin1"]) == (16, "Homs")
    assert event["location_text"] == "about 30 km south-east of As Sukhnah"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 3 July 2017, aircraft of the US-led alliance bombed two houses in Al-Mansoura, Raqqa.",
         "Global Coalition against Daesh"),
        ("On 7 March 2024, government artillery shelled Sarmin in Idlib, damaging homes.", "Military Forces of Syria"),
        ("On 4 March 2024, Internal Security Forces (Asayish) detained 11 people in Al-Hol camp, Hasakah.",
         "Asayish (North and East Syria)"),
    ],
)
def test_forces_named_in_other_words(text: str, actor1: str) -> None:
    (event,) = extract(text, published=dt.date(2024, 3, 12))
    assert event["actor1"] == actor1


def test_two_outlets_counting_the_same_dead_give_the_lower_count() -> None:
    (event,) = extract(
        "On 19 June 2017, a residential building in Raqqa city was levelled by a coalition air raid. Raqqa is Being "
        "Slaughtered Silently named nine dead. The Syrian Observatory for Human Rights reported seven civilians "
        "killed.",
        published=dt.date(2017, 6, 21),
    )
    assert event["killed"] == 7
    assert {"Raqqa is Being Slaughtered Silently", "Syrian Observatory for Human Rights"} <= {
        s.split(",")[0] for s in event["sources"]
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 9 May 2022, three shepherds taken by unidentified gunmen while grazing flocks east of Tuz Khurmatu.",
         {"sub_event_type": "Abduction/forced disappearance", "actor1": "Unidentified Armed Group (Iraq)"}),
        ("On 11 May 2022, a clan dispute in Az Zubayr, Basra escalated into a gunfight between two tribes; a woman "
         "passer-by killed, five tribesmen injured.",
         {"sub_event_type": "Armed clash", "killed": 1, "wounded": 5}),
        ("On 14 May 2022, a sound bomb was thrown at a liquor shop in central Basra; nobody was hurt.",
         {"sub_event_type": "Grenade"}),
    ],
)
def test_a_logs_terse_rows(text: str, expected: dict) -> None:
    (event,) = extract(text, published=dt.date(2022, 5, 15))
    assert {k: event[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 4 November 2019, in Nasiriyah, riot police shot dead three demonstrators as they gathered outside the "
         "provincial council building.",
         {"sub_event_type": "Excessive force against protesters", "killed": 3}),
        ("On 15 May 2022, hundreds of residents protested in the centre of Azaz against the price of bread. Military "
         "police fired into the air to disperse them.",
         {"sub_event_type": "Protest with intervention"}),
        ("On 9 May 2022, unidentified gunmen opened fire on a car carrying a member of the committee that negotiated "
         "the 2021 settlement, in Daraa city. He was killed instantly.",
         {"event_type": "Battles", "killed": 1}),
        ("On 13 May 2022, the Turkish army and allied factions of the Syrian National Army shelled villages west of "
         "Manbij, causing material damage only.",
         {"actor1": "Military Forces of Turkey", "assoc_actor_1": "Syrian National Army (SNA)"}),
        ("On 12 May 2022, a dispute over farmland between two families of the Baggara tribe escalated into an "
         "exchange of rifle and RPG fire in Al-Shuhayl. Two men from one family and one from the other were killed.",
         {"sub_event_type": "Armed clash", "killed": 3}),
    ],
)
def test_protests_killings_and_feuds_in_bulletin_wording(text: str, expected: dict) -> None:
    (event,) = extract(text, published=dt.date(2022, 5, 16))
    assert {k: event.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "More than 260 people have been killed and thousands injured since the protests erupted on Oct. 1, according "
        "to rights groups and medical officials.",
        "At least 90 fighters have died since the offensive was launched, the monitor said.",
    ],
)
def test_a_toll_counted_from_a_campaigns_outbreak_is_no_incident(text: str) -> None:
    assert extract(text, dt.date(2019, 11, 5)) == []


def test_a_running_total_after_the_incident_keeps_the_incident() -> None:
    text = (
        "Security forces shot dead three protesters in Nasiriyah on Monday, bringing the number of people killed "
        "since the protests began to 300."
    )
    (event,) = extract(text, dt.date(2019, 11, 5))
    assert (event["date"], event["killed"], event["admin1"]) == ("2019-11-04", 3, "Dhi Qar")


def test_an_islamic_state_province_abroad_is_no_incident_here() -> None:
    digest = (
        "SPOTLIGHT ON GLOBAL JIHAD\n\nIraq\n\n"
        "  • Salah al-Din Province: ISIS operatives attacked a PMF post near Tuz Khurmatu, killing two fighters "
        "(Amaq, March 19, 2021).\n"
        "  • Sinai Province: ISIS operatives attacked an Egyptian army checkpoint south of Rafah, killing three "
        "soldiers (Amaq, March 19, 2021).\n"
    )
    doc = document_from_bytes(digest.encode(), name="d.txt", published=dt.date(2021, 3, 24))
    report = report_to_dict(extract_document(doc))
    assert [e["admin1"] for e in report["events"]] == ["Salah al-Din"]
    assert [n["kind"] for n in report["non_events"] if "Sinai" in n["quote"]] == ["abroad"]


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # a log's or headline's passive without its "was": the side after "by" acted
        ("Mukhtar shot dead outside his home by two gunmen in Hawija.", "Unidentified Armed Group (Iraq)",
         "Civilians (Iraq)"),
        ("Two policemen killed by IS snipers near Hawija.", "Islamic State (ISIS)", "Police Forces of Iraq"),
        # ... but a participle on the object is no passive of the action
        ("US aircraft struck facilities used by Kataib Hezbollah near Al-Qaim, killing four fighters.",
         "Military Forces of the United States", "Kataib Hezbollah"),
    ],
)
def test_passives_without_their_auxiliary(text: str, actor1: str, actor2: str) -> None:
    (event,) = extract(text)
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("On 8 March, Russian aircraft launched dozens of strikes on IS hideouts in the Badia near Sukhnah.",
         "Explosions/Remote violence"),
        ("Teachers in Sulaymaniyah began an open strike on Sunday over unpaid salaries.", "Protests"),
        ("Doctors in Basra went on strike on 3 May to protest assaults on hospital staff.", "Protests"),
    ],
)
def test_a_strike_with_a_target_is_from_the_air_one_by_workers_a_protest(text: str, event_type: str) -> None:
    (event,) = extract(text)
    assert event["event_type"] == event_type


def test_a_vehicle_hit_by_a_drone_is_a_drone_strike() -> None:
    (event,) = extract("A car was struck by a Turkish drone near Amuda on Sunday, killing its driver.")
    assert (event["sub_event_type"], event["actor1"], event["killed"]) == (
        "Air/drone strike",
        "Military Forces of Turkey",
        1,
    )


def test_an_act_dated_by_an_earlier_year_alone_is_no_incident() -> None:
    text = (
        "Under the deal, the remaining fighters are to be bussed to Idlib in return for news of the Kurdish "
        "journalists kidnapped in 2016."
    )
    assert extract(text, dt.date(2018, 4, 2)) == []
    # the year of the report itself is no earlier act
    same_year = "Gunmen kidnapped two journalists near Mosul in 2018, police said on Monday."
    (event,) = extract(same_year, dt.date(2018, 4, 2))
    assert event["sub_event_type"] == "Abduction/forced disappearance"


def test_blown_up_property_and_a_bare_lead_sentence() -> None:
    text = (
        "Gunmen abducted a farmer near Tuz Khurmatu on 2 June. The pipeline was hit once more. Militants blew up "
        "a section of the Kirkuk-Baiji oil pipeline near Al-Fatha on 4 June, starting a fire."
    )
    first, second = extract(text, dt.date(2021, 6, 7))
    assert first["sub_event_type"] == "Abduction/forced disappearance"
    # the bare lead ("... was hit once more.") is no incident of its own; the blast it leads into is one
    assert second["sub_event_type"] == "Remote explosive/landmine/IED"
    assert second["quote"].startswith("Militants blew up") and second["date"] == "2021-06-04"


@pytest.mark.parametrize(
    "text",
    [
        "On 4 October 2018, Turkish drones struck PKK positions in Qandil (Rawanduz, Erbil). 3 PKK members died.",
        "On 4 October 2018, Turkish drones struck PKK positions in Qandil, Erbil.",
    ],
)
def test_the_governorate_a_dataset_note_gives_a_mountain_range_that_reaches_into_it(text: str) -> None:
    (event,) = extract(text, dt.date(2018, 10, 10))
    assert event["admin1"] == "Erbil" and event["place"] == "Qandil Mountains"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On Sunday Peshmerga forces seized eight villages east of Bashiqa.", "Government regains territory"),
        (
            "Iraqi troops raised the Iraqi flag over the centre of Bartella on Monday after driving out the last "
            "Daesh fighters.",
            "Government regains territory",
        ),
        ("Late on Saturday, CTS troops in Bartella beat back an ISIL counter-attack.", "Armed clash"),
        ("A bomb placed near a row of food stalls went off in the Al-Shaab area of Baghdad on Sunday.",
         "Remote explosive/landmine/IED"),
    ],
)
def test_territory_repelled_attacks_and_bombs_that_went_off(text: str, sub_event_type: str) -> None:
    (event,) = extract(text)
    assert event["sub_event_type"] == sub_event_type
    assert not (event["location_text"] or "").startswith("off")


@pytest.mark.parametrize(
    "text",
    [
        "The list above contains all strikes conducted by fighter, attack, bomber or remotely piloted aircraft.",
        "On 3 June 2017, local officials revised the death toll from the previous day's Manbij bombing upward to 31.",
        "This paragraph replaces the entry coded for 4 May 2016 in Kafr Nabl (a reported shelling), which has been "
        "withdrawn because its only source retracted the report.",
    ],
)
def test_notes_about_the_report_itself_are_no_incidents(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1", "actor2"),
    [
        # Turkish defence ministry wording: "neutralized" people, by a strike "carried out by" the doer
        (
            "Within the scope of Operation Claw-Lock, 3 PKK terrorists detected in the Zap region were neutralized "
            "in an air strike carried out by our Turkish Armed Forces.",
            "Air/drone strike",
            "Military Forces of Turkey",
            "Kurdistan Workers' Party (PKK)",
        ),
        # a device neutralized is still a disrupted weapon
        ("Army engineers neutralized an IED planted near Tarmiyah on Sunday.", "Disrupted weapons use",
         "Military Forces of Iraq", None),
        # a briefing's "told a briefing that aircraft of the Russian Aerospace Forces had struck ..."
        (
            "A spokesman told a briefing that aircraft of the Russian Aerospace Forces had struck a base of Hayat "
            "Tahrir al-Sham near Jisr al-Shughur on Sunday.",
            "Air/drone strike",
            "Military Forces of Russia",
            "Hayat Tahrir al-Sham (HTS)",
        ),
        # "aircraft that the Observatory identified as Israeli": the nationality a source gives the aircraft
        (
            "On Sunday evening, aircraft that the Syrian Observatory identified as Israeli attacked positions of "
            "Kataib Hezbollah near Abu Kamal.",
            "Air/drone strike",
            "Military Forces of Israel",
            "Kataib Hezbollah",
        ),
    ],
)
def test_how_official_and_monitor_wording_names_the_striker(
    text: str, sub_event_type: str, actor1: str, actor2: str | None
) -> None:
    (event,) = extract(text)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (sub_event_type, actor1, actor2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed men who are no force of order, firing on a crowd: an attack on civilians, the protesters its target
        (
            "Unidentified gunmen fired on protesters in Najaf on Monday, killing four.",
            {"event_type": "Violence against civilians", "actor1": "Unidentified Armed Group (Iraq)",
             "actor2": "Protesters (Iraq)", "killed": 4},
        ),
        # a group that governs and polices the crowd uses excessive force (ACLED codes a protest)
        (
            "On 27 April 2019, SDF members fired live rounds to disperse residents of Al-Busayrah who were "
            "protesting against fuel shipments; one protester was killed.",
            {"event_type": "Protests", "sub_event_type": "Excessive force against protesters"},
        ),
        # who the victim was ("an activist who had helped organize the sit-in") tells no protest
        (
            "On 25 November, an activist who had helped organize the sit-in in Karbala was shot dead by two men on a "
            "motorcycle.",
            {"event_type": "Violence against civilians", "sub_event_type": "Attack"},
        ),
        # stones and petrol bombs make the crowd rioters
        (
            "On 4 November, protesters at the Iranian consulate in Karbala were throwing stones and petrol bombs at "
            "the walls.",
            {"event_type": "Riots", "sub_event_type": "Violent demonstration"},
        ),
    ],
)
def test_violence_around_protests(text: str, expected: dict) -> None:
    (event,) = extract(text, dt.date(2019, 11, 29))
    assert {k: event[k] for k in expected} == expected


def test_a_toll_of_protesters_tells_force_used_on_a_protest() -> None:
    text = (
        "Between 21 and 23 November, at least four protesters were killed near the Al-Ahrar bridge in Baghdad, three "
        "of them struck by tear-gas canisters that security forces fired into the crowd."
    )
    (event,) = extract(text, dt.date(2019, 11, 29))
    assert (event["sub_event_type"], event["killed"]) == ("Excessive force against protesters", 4)


def test_a_nations_ground_forces_are_its_military() -> None:
    (event,) = extract("On 18 April 2022, Turkish ground forces clashed with PKK fighters north of Amadiya, Duhok.")
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Turkey", "Kurdistan Workers' Party (PKK)")


def test_a_council_member_shot_at_home_with_his_son() -> None:
    text = (
        "On the night of January 18-19, 2020, unidentified gunmen fired at the house of a member of the Deir ez-Zor "
        "Civil Council in the town of Dhiban, killing him and his son."
    )
    (event,) = extract(text, dt.date(2020, 1, 22))
    assert (event["sub_event_type"], event["actor2"], event["killed"]) == ("Attack", "Civilians (Syria)", 2)
    # the governorate inside the council's name is not the place
    assert "Dhiban" in event["location_text"]


def test_a_depot_explosion_of_unknown_cause_is_its_owners_strategic_development() -> None:
    text = (
        "A huge explosion hit an ammunition store of the Popular Mobilization Forces near Hilla on Sunday. The cause "
        "of the explosion remains unclear."
    )
    (event,) = extract(text)
    assert (event["event_type"], event["sub_event_type"], event["actor1"]) == (
        "Strategic developments",
        "Other",
        "Popular Mobilization Forces (PMF)",
    )


def test_a_neighbours_border_does_not_name_the_country() -> None:
    text = "On 12 April 2017, coalition aircraft bombed an IS headquarters in Albukamal, close to the Iraqi border."
    (event,) = extract(text, dt.date(2017, 4, 20))
    assert (event["country"], event["admin1"]) == ("Syria", "Deir ez-Zor")


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 2 February 2024, US B-1 bombers struck weapons stores of Kataib Hezbollah near Al-Qaim.",
         "Air/drone strike"),
        ("On Friday Russian jets responded with dozens of raids on Islamic State hideouts south-east of Palmyra.",
         "Air/drone strike"),
        ("On 18 March 2018, fighters of the factions were filmed breaking into shops in Afrin and carting off goods.",
         "Looting/property destruction"),
        ("On 19 September 2024, a feud between two families in Hajin flared into an exchange of gunfire.",
         "Armed clash"),
        # a raid flown in by helicopter is still a raid on the ground
        ("On 16 June 2022, US forces carried out a helicopter-borne raid on a house near al-Shaddadi and detained "
         "an IS official.", "Arrests"),
    ],
)
def test_bombers_raids_looting_and_gunfire(text: str, sub_event_type: str) -> None:
    (event,) = extract(text, dt.date(2024, 9, 25))
    assert event["sub_event_type"] == sub_event_type


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # a claim told with an indefinite article brings a new incident, not one told before
        ("On 9 March 2019, ISIS claimed responsibility for a suicide car bomb that struck an SDF checkpoint near "
         "Al-Busayrah.", ("Suicide bomb", "Islamic State (ISIS)", "Syrian Democratic Forces (SDF)")),
        # one shell, told by where it fell
        ("On 3 March 2019, a man and his two sons were killed when a shell fired by government forces struck their "
         "home in Khan Shaykhun.",
         ("Shelling/artillery/missile attack", "Military Forces of Syria", "Civilians (Syria)")),
        # the force after "of" owns the aircraft
        ("On 4 March 2019, warplanes of the Russian Air Force bombed an ISIS convoy near Albukamal.",
         ("Air/drone strike", "Military Forces of Russia", "Islamic State (ISIS)")),
        # ground retaken, told from the place's side
        ("On 5 March 2019, Hajin was retaken by the SDF after two days of fighting with ISIS.",
         ("Non-state actor overtakes territory", "Syrian Democratic Forces (SDF)", "Islamic State (ISIS)")),
        ("On 6 March 2019, there was an exchange of artillery and machine-gun fire between the SDF and the Syrian "
         "army near Tabqa.", ("Armed clash", "Syrian Democratic Forces (SDF)", "Military Forces of Syria")),
    ],
)
def test_claims_single_shells_owned_aircraft_and_passive_recaptures(text: str, fields: tuple[str, str, str]) -> None:
    (event,) = extract(text, dt.date(2019, 3, 10))
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == fields


def test_a_later_sentence_names_the_aircraft_and_the_list_closes_with_its_sources() -> None:
    text = (
        "4. 18 May 2019 – Khan Shaykhun: Several civilians were wounded when air strikes hit a residential "
        "neighbourhood. Our observers identified the aircraft as Russian. [Syria Civil Defence; SMART News Agency]"
    )
    (event,) = extract(text, dt.date(2019, 5, 31))
    assert event["actor1"] == "Military Forces of Russia"
    assert event["sources"] == ["Syria Civil Defence", "SMART News Agency"]


def test_barrel_bombs_are_the_syrian_governments_and_an_aside_keeps_the_toll() -> None:
    (event,) = extract(
        "7 May 2019 – Hass: Eleven civilians, including three children, were killed when a barrel bomb hit the market.",
        dt.date(2019, 5, 31),
    )
    assert (event["actor1"], event["killed"]) == ("Military Forces of Syria", 11)


def test_a_foreign_country_opening_the_sentence_and_a_recalled_killing_are_no_events() -> None:
    assert extract("In the Philippines, the army announced on October 17 that Marawi had been liberated.") == []
    assert extract(
        "The strike was the deadliest against coalition forces in years and came two months after a U.S. drone killed "
        "Qassem Soleimani at Baghdad airport."
    ) == []


def test_a_recommendation_about_detainees_is_no_arrest() -> None:
    assert extract("All persons detained for taking part in protests in Nasiriyah should be released at once.") == []


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 8 March 2025, gunmen from local factions killed Alawite civilians in Baniyas.", "Attack"),
        ("On 3 January 2014, ISIL fighters took over most of Fallujah after police abandoned their stations.",
         "Non-state actor overtakes territory"),
        ("On 18 January 2024, Federal Police used water cannon to disperse contract employees who had gathered "
         "outside the ministry in central Baghdad.", "Protest with intervention"),
        ("On 18 March 2018, Turkish forces and allied factions entered Afrin city without meeting resistance.",
         "Non-violent transfer of territory"),
        ("On 5 October 2017, Iraqi forces and PMF units entered Hawija town, the last IS-held centre in Kirkuk.",
         "Government regains territory"),
        ("On 5 September 2017, Syrian army units reached Deir ez-Zor city, breaking a siege imposed by IS since 2015.",
         "Government regains territory"),
        ("On 27 November 2024, HTS launched an offensive west of Aleppo and seized the area around Al-Atarib.",
         "Non-state actor overtakes territory"),
    ],
)
def test_dataset_notes_of_killings_takeovers_dispersals_and_sieges(text: str, sub_event_type: str) -> None:
    (event,) = extract(text, dt.date(2025, 7, 16))
    assert event["sub_event_type"] == sub_event_type


def test_a_convoy_entering_a_region_is_no_takeover() -> None:
    assert extract("On 9 September 2018, a convoy of 50 Turkish military vehicles entered the Idlib region.") == []


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # a coder's type label over the note: the note's own verb says who did what
        ("2017-07-19  Arrests: HTS detained 4 media activists in Sarmada (Idlib) after a protest.",
         ("Arrests", "Hayat Tahrir al-Sham (HTS)")),
        ("2019-08-24  Looting: NDF militiamen looted abandoned houses in Morek (Hama) after its recapture.",
         ("Looting/property destruction", "National Defence Forces (NDF)")),
        ("On 16 February 2022, Israeli tank shells hit a Syrian army post near Khan Arnabah (Quneitra).",
         ("Shelling/artillery/missile attack", "Military Forces of Israel")),
        # a group's own security service; the transitional government's General Security polices
        ("On 2 September 2023, the General Security Service of HTS arrested two activists in Sarmada.",
         ("Arrests", "Hayat Tahrir al-Sham (HTS)")),
        ("On 30 April 2025, General Security forces clashed with local Druze gunmen in Sahnaya.",
         ("Armed clash", "Police Forces of Syria")),
        # ground won by fighting, even where the losers are said to have withdrawn
        ("On 5 December 2024, HTS entered Hama city after several days of fighting; regime forces withdrew.",
         ("Non-state actor overtakes territory", "Hayat Tahrir al-Sham (HTS)")),
        ("On 13 October 2019, SNA factions captured Tall Abyad from the SDF after four days of clashes.",
         ("Non-state actor overtakes territory", "Syrian National Army (SNA)")),
    ],
)
def test_labelled_notes_security_services_and_ground_won_by_fighting(text: str, fields: tuple[str, str]) -> None:
    (event,) = extract(text, dt.date(2025, 7, 16))
    assert (event["sub_event_type"], event["actor1"]) == fields


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the arrests come after the violence, or lead to it: the violence is the event
        ("On 5 March 2023, gunmen of two clans fought in Suq al-Shuyukh with machine guns; police arrested 11 people "
         "after the fighting.", "Armed clash"),
        ("On 15 August 2014, IS members rounded up the residents of Kocho village and shot them dead outside the "
         "village.", "Attack"),
        # some got through the defences
        ("On 8 December 2023, several rockets were fired at the US embassy in Baghdad; C-RAM defences intercepted "
         "some and others landed near the Tigris.", "Shelling/artillery/missile attack"),
        # rocket-propelled grenades are the small arms of a clash
        ("On 29 August 2022, Saraya al-Salam gunmen exchanged fire with security forces in the Green Zone of Baghdad, "
         "using rocket-propelled grenades.", "Armed clash"),
    ],
)
def test_follow_up_arrests_interceptions_that_leak_and_rpgs(text: str, sub_event_type: str) -> None:
    (event,) = extract(text, dt.date(2024, 1, 1))
    assert event["sub_event_type"] == sub_event_type


def test_an_earlier_murder_the_killing_came_after_adds_no_dead() -> None:
    (event,) = extract(
        "On 19 August 2020, gunmen shot dead an activist in central Basra; a colleague with her was wounded. "
        "The killing came days after the murder of another activist in the city.",
        dt.date(2020, 8, 25),
    )
    assert (event["killed"], event["wounded"]) == (1, 1)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 17 October 2017, the SDF announced full control of Raqqa city after defeating the last IS fighters, "
         "with coalition air support.", "Non-state actor overtakes territory"),
        ("On 31 August 2017, Iraqi forces declared Tal Afar district fully retaken after days of heavy fighting.",
         "Government regains territory"),
        # the first thing told is the event; the bulldozing goes with it
        ("On 15 December 2024, Israeli forces set up a new military position near Jubata al-Khashab and bulldozed "
         "nearby farmland.", "Headquarters or base established"),
    ],
)
def test_announced_control_declared_retaken_and_a_new_position(text: str, sub_event_type: str) -> None:
    (event,) = extract(text, dt.date(2025, 1, 1))
    assert event["sub_event_type"] == sub_event_type


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # what the arrested are suspected of is no attack of this event
        ("On 14 February 2022, police in Zubair arrested four men suspected of throwing a hand grenade at a liquor "
         "shop three days earlier, an attack that had caused material damage only.", ("Arrests", None)),
        # an earlier capture named as the time of the looting
        ("Fighters of the Sultan Murad Division looted homes in villages near Afrin on 20 March 2018, two days after "
         "Turkish-backed factions had captured the town.", ("Looting/property destruction", None)),
        # an updated toll replaces the first one; a commander and his driver are two
        ("A bomb exploded near the Sayyida Zaynab shrine on 27 July 2023. The toll first given was four dead; it rose "
         "to six the next day.", ("Remote explosive/landmine/IED", 6)),
        ("A Turkish drone targeted a car in Sinjar town on 17 August 2021, killing a commander of the Sinjar "
         "Resistance Units (YBS) and his driver.", ("Air/drone strike", 2)),
    ],
)
def test_suspicions_earlier_captures_updated_tolls_and_a_commanders_driver(
    text: str, fields: tuple[str, int | None]
) -> None:
    (event,) = extract(text, dt.date(2023, 8, 1))
    assert (event["sub_event_type"], event["killed"]) == fields


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 14 July 2025, fighting between Druze factions and Bedouin tribal gunmen spread through the al-Maqwas "
         "neighbourhood of As-Suwayda city; 30 people were killed.", "Armed clash"),
        ("On 10 December 2024, Israeli forces moved into the UN buffer zone and took up positions near Khan Arnabah, "
         "meeting no resistance.", "Non-violent transfer of territory"),
        ("On 16 October 2017, Peshmerga units pulled back from Dibis, and Iraqi army units moved in without a shot "
         "fired.", "Non-violent transfer of territory"),
    ],
)
def test_fighting_between_and_ground_taken_without_a_shot(text: str, sub_event_type: str) -> None:
    (event,) = extract(text, dt.date(2025, 7, 20))
    assert event["sub_event_type"] == sub_event_type


def test_fighting_that_spread_to_several_towns_this_week_is_a_summary() -> None:
    assert extract(
        "Fighting between tribal fighters and the SDF spread to several towns and villages in the eastern countryside "
        "of Deir Ezzor this week, leaving dozens dead."
    ) == []


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Four of the terrorists were neutralized by Turkish commandos near Marea on Sunday, the ministry said.",
         ("Armed clash", "Military Forces of Turkey")),
        ("Relatives of the victims blocked the main highway near Qalat Saleh on Monday, demanding that the killers be "
         "handed over.", ("Peaceful protest", "Protesters (Iraq)")),
        # the speaker is no party; its own aircraft are the doer
        ("Three people were killed in a clash between two clans in Amarah on Sunday, police said.",
         ("Armed clash", "Unidentified Tribal Militia (Iraq)")),
        ("The Iraqi military said on Sunday its aircraft had struck militant hideouts near Daquq.",
         ("Air/drone strike", "Military Forces of Iraq")),
    ],
)
def test_neutralized_by_road_blockades_and_speakers(text: str, fields: tuple[str, str]) -> None:
    (event,) = extract(text, dt.date(2024, 4, 16))
    assert (event["sub_event_type"], event["actor1"]) == fields


def test_a_square_is_no_village_and_protesters_who_came_under_fire_met_excessive_force() -> None:
    (event,) = extract("Thousands gathered in Al-Karama Square in the centre of Sweida city on Wednesday.")
    assert (event["sub_event_type"], event["admin1"]) == ("Peaceful protest", "As-Suwayda")
    (event,) = extract(
        "Protesters in Sweida came under fire on Wednesday as they marched to the Baath Party branch, wounding three."
    )
    assert event["sub_event_type"] == "Excessive force against protesters"


def test_people_seized_and_found_dead_are_an_attack_and_a_closing_tally_counts_them() -> None:
    (event,) = extract(
        "Kirkuk – 9 Jun: Gunmen snatched three truffle hunters near Daquq on Tuesday; their bodies were found two days "
        "later (3 killed).",
        dt.date(2021, 6, 14),
    )
    assert (event["sub_event_type"], event["actor2"], event["killed"]) == ("Attack", "Civilians (Iraq)", 3)
    (event,) = extract("Unknown gunmen snatched two farmers near Daquq on Tuesday.", dt.date(2021, 6, 14))
    assert event["sub_event_type"] == "Abduction/forced disappearance"
    # the bracket counts everyone the sentence names, not one more
    (event,) = extract(
        "Duhok – 12 Jun: A drone struck a pick-up near Zakho on Saturday, killing a PKK commander and his "
        "driver (2 killed, 2 WIA).",
        dt.date(2021, 6, 14),
    )
    assert (event["killed"], event["wounded"]) == (2, 2)


def test_factions_loyal_to_ankara_and_a_boy_who_lost_his_life() -> None:
    (event,) = extract("Factions loyal to Ankara shelled the village of Um al-Kaif near Tal Tamr on Friday.")
    assert event["actor1"] == "Syrian National Army (SNA)"
    (event,) = extract(
        "On Friday morning, a boy lost his life when shells fired by regime forces struck a school yard in Kafr Nabl."
    )
    assert (event["actor1"], event["actor2"], event["killed"]) == (
        "Military Forces of Syria",
        "Civilians (Syria)",
        1,
    )
    (event,) = extract(
        "Fighting between the SDF and armed tribal groups in the town of Hajin left two fighters dead on Friday."
    )
    assert event["actor2"] == "Unidentified Tribal Militia (Syria)"


@pytest.mark.parametrize(
    "text",
    [
        "Renewed Iranian artillery fire on the border villages of Sidakan is highly likely in the coming weeks.",
        "IED attacks on supply convoys in Anbar are likely to remain frequent while the desert cells regroup.",
        "Coalition air strikes have mainly targeted IS hideouts in the Hamrin mountains this year.",
    ],
)
def test_a_forecast_or_a_summary_after_the_action_word_is_no_incident(text: str) -> None:
    assert extract(text) == []


def test_a_relative_clause_that_foresees_something_else_keeps_the_incident() -> None:
    (event,) = extract("On Monday, a rocket hit Baghdad airport, which is expected to reopen on Wednesday.")
    assert event["sub_event_type"] == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # the defender speaks; the attacker it repelled is actor1, and the command's own area is no place
        (
            "The Anbar Operations Command said its troops thwarted an attack by an ISIS cell on an outpost near "
            "Al-Baghdadi on Sunday.",
            ("Islamic State (ISIS)", "Military Forces of Iraq", "Al-Baghdadi"),
        ),
        # the group that leads a coalition of factions is the side named
        (
            "The opposition factions, led by Hayat Tahrir al-Sham, attacked army positions near Kafr Nabudah on "
            "Sunday.",
            ("Hayat Tahrir al-Sham (HTS)", "Military Forces of Syria", "Kafr Nabudah"),
        ),
        # a feud between two tribes: a tribal militia on both sides, even when the victim's "killed by" comes first
        (
            "A young man was killed by a stray bullet during an exchange of fire between members of rival clans in "
            "Al-Mudaina, north of Basra, on Sunday.",
            ("Unidentified Tribal Militia (Iraq)", "Unidentified Tribal Militia (Iraq)", None),
        ),
        # the side a force "came under fire from" fired first
        (
            "On Saturday, a Syrian army convoy came under heavy fire from Druze armed groups near Tha'la, west of "
            "Sweida.",
            ("Druze Militia (Syria)", "Military Forces of Syria", None),
        ),
        # identity militias by their community
        (
            "Bedouin tribal fighters and Druze gunmen clashed on Sunday in the eastern suburbs of Sweida.",
            ("Bedouin Ethnic Militia (Syria)", "Druze Militia (Syria)", None),
        ),
    ],
)
def test_repelled_attackers_leading_groups_and_rival_clans(text: str, fields: tuple) -> None:
    (event,) = extract(text, dt.date(2022, 6, 14))
    assert (event["actor1"], event["actor2"]) == fields[:2]
    if fields[2]:
        assert fields[2] in event["location_text"]


def test_responders_a_taken_activist_and_a_tally_since_a_day() -> None:
    # the police who found the launcher came after the rocket: not its doer
    (event,) = extract(
        "Two Katyusha rockets landed near the Taji base on Sunday evening. Police later found the launcher used in the "
        "attack in an orchard.",
        dt.date(2022, 6, 14),
    )
    assert event["actor1"] == "Unidentified Armed Group (Iraq)"
    # raided and taken to an unknown place, no one hurt: a disappearance
    (event,) = extract(
        "On 4 March 2022, gunmen raided the home of a schoolteacher in Tafas and took him to an unknown location."
    )
    assert event["sub_event_type"] == "Abduction/forced disappearance"
    assert extract("Since Sept. 3, bases hosting U.S. troops in Syria have been attacked 19 times.") == []


def test_old_ordnance_that_goes_off_and_a_share_of_the_injuries() -> None:
    (event,) = extract("On 3 May 2021, a boy was wounded by an explosive remnant of war near his village outside Hit.")
    assert (event["sub_event_type"], event["wounded"]) == ("Remote explosive/landmine/IED", 1)
    assert extract("Unexploded ordnance caused a third of the civilian casualties recorded this month.") == []


@pytest.mark.parametrize(
    ("text", "place_word"),
    [
        # the opening names the region the sentence is about; the town after it is the place
        ("In Deir ez-Zor, gunmen attacked an SDF checkpoint in Al-Shuhayl town on Monday, killing a fighter.",
         "Al-Shuhayl"),
        ("In the Syrian Badia, ISIS cells ambushed an army bus near Al-Sukhnah on Monday, killing four soldiers.",
         "Al-Sukhnah"),
        # a town placed by where it lies stays the place
        ("In Tikrit, about 170 km north of Baghdad, a roadside bomb killed two soldiers on Monday.", "Tikrit"),
    ],
)
def test_an_opening_region_frames_the_town_named_after_it(text: str, place_word: str) -> None:
    (event,) = extract(text)
    assert place_word in event["location_text"]


def test_wounds_sustained_and_martyrs_spoken_of() -> None:
    (event,) = extract(
        "On 3 May 2021, IS militants attacked an army post near Tarmiyah; one of the attackers was killed and a "
        "soldier sustained light injuries."
    )
    assert event["wounded"] == 1
    (event,) = extract(
        "On 3 May 2021, IS cells ambushed an army bus near Al-Sukhnah, killing six soldiers, a monitor said. "
        "State media, for its part, spoke of four martyrs."
    )
    assert event["killed"] == 4


def test_a_clan_feud_with_dead_and_a_man_taken_away_at_a_checkpoint() -> None:
    (event,) = extract(
        "Two people died and three were wounded in a dispute between two clans over grazing land near Shirqat on "
        "Sunday night.",
        dt.date(2023, 12, 5),
    )
    assert (event["sub_event_type"], event["actor1"], event["killed"]) == (
        "Armed clash",
        "Unidentified Tribal Militia (Iraq)",
        2,
    )
    assert extract("A dispute between two families over land near Shirqat was settled by elders on Sunday.") == []
    (event,) = extract(
        "On 9 March 2021, a teacher was stopped at a checkpoint near Sarmada and taken away; his family has had no "
        "news of him since."
    )
    assert event["sub_event_type"] == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 9 December 2024, Turkish-backed factions took over abandoned army posts near Tal Rifaat, meeting no "
         "resistance.", "Non-violent transfer of territory"),
        ("On 12 May 2018, the last rebels left Douma under a Russian-brokered deal, handing the town over to the army.",
         "Non-violent transfer of territory"),
        ("On 7 December 2024, SDF units moved without fighting into two neighbourhoods of Deir ez-Zor city.",
         "Non-violent transfer of territory"),
        ("On 3 August 2017, the army announced that Tal Afar had been liberated from ISIS after an eleven-day push.",
         "Government regains territory"),
        ("On 2 June 2016, rebel factions and regime negotiators agreed a three-month truce covering Al-Waer.",
         "Agreement"),
        ("On 5 January 2020, hundreds of militia supporters forced their way into the compound of a consulate in "
         "Basra and burned its gate.", "Violent demonstration"),
        ("On 14 June 2014, ISIS fighters seized Tal Afar and its airport from the Iraqi army after two days of "
         "fighting.", "Non-state actor overtakes territory"),
    ],
)
def test_ground_handed_over_freed_or_seized_and_a_truce_agreed(text: str, sub_event_type: str) -> None:
    (event,) = extract(text)
    assert event["sub_event_type"] == sub_event_type


def test_a_rural_area_of_a_governorate_sets_it() -> None:
    (event,) = extract(
        "On 11 July 2019, HTS fighters attacked army positions near Kafr Zita, in the northern rural area of Hama."
    )
    assert event["admin1"] == "Hama"


def test_an_accusation_names_no_incident_of_its_own() -> None:
    (event,) = extract(
        "On 8 December 2020, police arrested 14 young men in Ranya on charges of \"rioting and attacking public "
        "buildings\"."
    )
    assert (event["sub_event_type"], event["actor1"]) == ("Arrests", "Police Forces of Iraq")


@pytest.mark.parametrize(
    ("text", "actors", "killed"),
    [
        # the group named inside the attack's own words did it; the dead before the verb were its targets
        ("Two soldiers were killed in an ISIS attack in Kirkuk province on Sunday.",
         ("Islamic State (ISIS)", "Military Forces of Iraq"), 2),
        ("Three Turkish soldiers were killed in a suspected PKK attack near Zakho on Saturday.",
         ("Kurdistan Workers' Party (PKK)", "Military Forces of Turkey"), 3),
        # a ministry that speaks of "its forces" speaks of its army; the men "neutralized" are the targets
        ('The Turkish Ministry of National Defense said on Tuesday that its forces had "neutralized" four PKK members '
         "in an air operation in the Avashin area of Duhok province on Sunday.",
         ("Military Forces of Turkey", "Kurdistan Workers' Party (PKK)"), None),
    ],
)
def test_named_attacks_and_a_ministry_speaking_of_its_forces(text: str, actors: tuple, killed: int | None) -> None:
    (event,) = extract(text)
    assert (event["actor1"], event["actor2"]) == actors
    assert event["killed"] == killed


@pytest.mark.parametrize(
    ("text", "place", "location_text"),
    [
        ("Iraq: On 3 May 2020, four protesters were killed when security forces opened fire in the capital.",
         "Baghdad", "the capital"),
        ("On 3 June 2014, a car bomb exploded in the Syrian capital, killing two civilians.",
         "Damascus", "the Syrian capital"),
        ("On 5 May 2020, gunmen shot dead a shopkeeper near Iraq's capital.", "Baghdad", "Iraq's capital"),
    ],
)
def test_the_capital_is_the_countrys_capital_city(text: str, place: str, location_text: str) -> None:
    (event,) = extract(text)
    assert (event["place"], event["location_text"]) == (place, location_text)


def test_a_regional_capital_or_an_unknown_country_names_no_capital() -> None:
    (event,) = extract("On 3 May 2020, gunmen shot dead a shopkeeper in the regional capital.")
    assert event["place"] != "Baghdad"
    (event,) = extract("On 3 May 2020, gunmen shot dead a shopkeeper in the capital of Duhok province.")
    assert event["place"] != "Baghdad"


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("On 4 June 2017, a mass grave containing the remains of 30 people was found near Badush.", (None, None)),
        # the killers the text names, not the authorities who found it
        ("On 4 June 2019, Iraqi authorities uncovered a mass grave in Sinjar holding the remains of dozens of Yazidis "
         "killed by IS.", ("Islamic State (ISIS)", "Civilians (Iraq)")),
        ("On 4 June 2019, the authorities in al-Mayadin found on Saturday a mass grave containing the bodies of 21 "
         "civilians who had been executed by Daesh terrorists.", ("Islamic State (ISIS)", "Civilians (Syria)")),
    ],
)
def test_a_mass_grave_found_is_a_development_without_fatalities(text: str, actors: tuple) -> None:
    (event,) = extract(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Other")
    assert (event["actor1"], event["actor2"]) == actors
    assert event["killed"] == 0


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("On 4 June 2019, a body was found dumped on the road near Tafas.", 1),
        ("On 4 June 2021, the bodies of two shepherds were found in the Hamrin mountains.", 2),
        ("On 4 June 2019, three bodies were recovered from the Euphrates near Hit.", 3),
    ],
)
def test_bodies_found_are_a_killing_with_their_count(text: str, killed: int) -> None:
    (event,) = extract(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert event["killed"] == killed


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        # property hit and nobody hurt: no one the attack was on
        ("On 3 May 2021, Turkish artillery shelled orchards near Kani Masi in Duhok province. No casualties were "
         "reported.", None),
        ("On 3 May 2021, regime forces shelled the outskirts of Khan Shaykhun, causing material damage only.", None),
        ("On 3 May 2021, a roadside bomb struck a convoy of trucks carrying supplies for the US-led coalition near "
         "Diwaniyah; the Iraqi drivers were unhurt.", None),
        # a person's house: the person was the target, hurt or not
        ("On 14 May 2021, an unknown assailant threw a hand grenade at the house of a local journalist in Amarah, "
         "causing material damage.", "Civilians (Iraq)"),
        ("On 3 May 2021, regime forces shelled Khan Shaykhun, killing a woman.", "Civilians (Syria)"),
    ],
)
def test_property_hit_with_nobody_hurt_has_no_target(text: str, actor2: str | None) -> None:
    (event,) = extract(text)
    assert event["actor2"] == actor2


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("On 19 June 2016, near Abu Kamal, two ISIL tanker trucks were destroyed by a strike.",
         ("Explosions/Remote violence", "Air/drone strike", "Islamic State (ISIS)")),
        # (drones that neutralized fighters struck them from the air: ACLED's air/drone strike)
        ("On 14 August 2022, Turkish drones neutralized four PKK terrorists in the Metina region.",
         ("Explosions/Remote violence", "Air/drone strike", "Kurdistan Workers' Party (PKK)")),
        ("On 14 August 2022, a soldier was martyred as a result of harassing fire opened by PKK terrorists in the "
         "Zap region.", ("Battles", "Armed clash", None)),
    ],
)
def test_passive_strike_lines_neutralized_and_martyred(text: str, fields: tuple) -> None:
    (event,) = extract(text)
    got = (event["event_type"], event["sub_event_type"], event["actor2"])
    assert got[:2] == fields[:2]
    if fields[2] is not None:
        assert got[2] == fields[2]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the weapon names the force
        ("On 26 April 2021, Turkish howitzers shelled orchards around Amadiya, killing a farmer.",
         ("Military Forces of Turkey", "Civilians (Iraq)")),
        # no subject: who fired comes after "came under fire from"; the force joined to it fired too
        ("On 10 March 2022, the villages of Um al-Kaif and Tal Shenan near Tal Tamr came under artillery fire from "
         "Turkish army and SNA positions, wounding two civilians.", ("Military Forces of Turkey", "Civilians (Syria)")),
        # a bold run-in label is no action: the sentence after it says who acted
        ("Artillery. On 26 April 2021, Turkish howitzers shelled orchards around Amadiya, killing a farmer.",
         ("Military Forces of Turkey", "Civilians (Iraq)")),
    ],
)
def test_weapons_fire_from_positions_and_run_in_labels(text: str, actors: tuple) -> None:
    (event,) = extract(text)
    assert (event["actor1"], event["actor2"]) == actors


@pytest.mark.parametrize(
    "text",
    [
        "Since the fall of Bashar al-Assad on December 8, Israel has carried out hundreds of strikes on Syrian "
        "military sites.",
        "CENTCOM struck the group's leadership several times in 2019 and 2020, including a strike near Idlib city that "
        "killed a number of its commanders.",
        "The attacks come amid a Turkish escalation against northeast Syria that started on Nov. 20 with airstrikes on "
        "Kobani, Derik and Tal Rifaat.",
    ],
)
def test_many_strikes_summed_up_are_no_incident(text: str) -> None:
    assert extract(text) == []


def test_dozens_of_strikes_on_one_town_on_one_day_are_one_incident() -> None:
    (event,) = extract("On 8 March 2021, Russian aircraft carried out dozens of air strikes on the town of Al-Habit.")
    assert event["sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # the group that led the fighters, not the one backing them
        ("On 30 August 2016, Syrian opposition fighters led by Jaish al-Izza, backed by the hardline Jund al-Aqsa, "
         "seized the town of Halfaya from regime forces.", ("Battles", "Jaysh al-Izza", "Military Forces of Syria")),
        # the dead say whose the vehicle was
        ("On 7 December 2022, a Turkish drone struck a military vehicle near Qamishli, killing two fighters of the "
         "Syrian Democratic Forces (SDF).", ("Explosions/Remote violence", "Military Forces of Turkey",
                                             "Syrian Democratic Forces (SDF)")),
        # a party that reports its own dead lost them; it did not act
        ("On 27 September 2017, the Popular Mobilization Authority said two of its fighters were killed when an "
         "improvised explosive device went off under their vehicle near Al-Rashad.",
         ("Explosions/Remote violence", "Unidentified Armed Group (Iraq)", "Popular Mobilization Forces (PMF)")),
        # a massacre by warplanes is an air strike, the force that "committed" it its doer
        ("On 22 July 2019, the massacre committed by regime warplanes in a vegetable market in Maarat al-Numan killed "
         "31 civilians.", ("Explosions/Remote violence", "Military Forces of Syria", "Civilians (Syria)")),
        ("On 3 August 2014, IS gunmen massacred 20 villagers in Kocho.",
         ("Violence against civilians", "Islamic State (ISIS)", "Civilians (Iraq)")),
    ],
)
def test_leaders_owners_of_the_dead_speakers_of_their_losses_and_massacres(text: str, fields: tuple) -> None:
    (event,) = extract(text)
    assert (event["event_type"], event["actor1"], event["actor2"]) == fields


def test_a_gate_quarter_is_no_town_and_a_vehicle_borne_suicide_bomb_is_a_suicide_bomb() -> None:
    (event,) = extract("On 5 March 2018, shells hit the Bab Sharqi neighborhood of Damascus, killing two civilians.")
    assert event["place"] == "Damascus"  # not Al-Bab, 330 km north
    (event,) = extract("On 28 May 2016, ISIS detonated two suicide vehicle-borne IEDs against Iraqi army positions "
                       "near Fallujah.")
    assert event["sub_event_type"] == "Suicide bomb"


def test_hours_later_and_two_days_later_count_from_the_incident_before() -> None:
    bombing, ied = extract(
        "On 30 May 2016, a suicide bomber blew up his car at a market in the Shaab district of Baghdad, killing 12 "
        "civilians. Hours later, an IED exploded in a commercial street in al-Tarmiyah, killing two people."
    )
    assert bombing["date"] == ied["date"] == "2016-05-30"
    first, second = extract(
        "On 24 April 2021, a roadside bomb struck a convoy south of Diwaniyah, damaging a truck. Two days later, a "
        "roadside bomb struck another convoy near Samawah, in al-Muthanna."
    )
    assert (first["date"], second["date"]) == ("2021-04-24", "2021-04-26")


def test_a_bold_lead_in_sums_up_the_item_below_it() -> None:
    (event,) = extract(
        "11. **Gunmen assassinated a Diyala council member.** Unidentified gunmen shot dead a member of the Diyala "
        "Provincial Council outside his home in Baqubah on 24 May 2016."
    )
    assert (event["killed"], event["place"]) == (1, "Baqubah")


@pytest.mark.parametrize(
    "text",
    [
        "On 25 December 2019, at least 47 civilians were reportedly killed in airstrikes and shelling across Idleb "
        "governorate during the reporting period.",
        "On 14 March 2022, Turkish drone strikes continued in Al-Hasakah; four people were killed in two strikes this "
        "week.",
        "The Coalition conducted 46 airstrikes in the Fallujah area between May 24 and May 30, 2016.",
        "The Turkish occupation army continues its attacks on the regions of North and East Syria, targeting a vehicle "
        "with a drone on 17 April 2024.",
        "The rebels there have been firing shells on Damascus almost daily since 18 February 2018.",
        "On 24 April 2021, a fire caused by an exploding oxygen cylinder swept through a hospital ward in Baghdad, "
        "killing at least 82 people. This was an accident, not a security incident.",
        "An estimated 1,300 people were displaced from villages west of Abu Rasin to Tal Tamr after the shelling of "
        "10 March 2022.",
    ],
)
def test_periods_trends_accidents_and_displacement_are_no_incident(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # a claim that tells a new incident with an indefinite article
        ("Diyala Province: ISIS claimed responsibility for detonating an IED against an Iraqi army vehicle near "
         "Jalawla on October 6, 2017. According to the claim, two soldiers were wounded (Amaq, October 7, 2017).",
         ("Remote explosive/landmine/IED", "Islamic State (ISIS)", None, 2)),
        ("On 12 March 2022, a Syrian woman was shot and seriously wounded by unidentified persons inside her tent in "
         "the Al-Hol camp.", ("Attack", "Unidentified Armed Group (Syria)", None, 1)),
    ],
)
def test_a_claim_that_tells_the_incident_and_a_woman_shot_and_wounded(text: str, fields: tuple) -> None:
    (event,) = extract(text)
    assert (event["sub_event_type"], event["actor1"], event["killed"], event["wounded"]) == fields


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # air strikes that backed the troops are how they were supported; pushing the enemy out is the act
        ("On 13 April 2016, Iraqi troops backed by U.S.-led coalition airstrikes pushed Islamic State militants out of "
         "the center of Hit and raised the national flag over the municipal building.",
         ("Government regains territory", "Military Forces of Iraq")),
        ("On 8 October 2017, the SDF announced that its forces had taken over the Al-Nahda neighborhood of Raqqa after "
         "several days of fierce battles with ISIS.",
         ("Non-state actor overtakes territory", "Syrian Democratic Forces (SDF)")),
        # a name no table holds, as the claim gives it
        ("On 24 April 2021, a roadside bomb struck a convoy near Diwaniyah. A little-known group calling itself Qasim "
         "al-Jabarin claimed the attack on Telegram.",
         ("Remote explosive/landmine/IED", "Qasim al-Jabarin")),
        # a raid in which one was killed is a fight, the detentions after it
        ("On 12 March 2022, SDF and coalition forces carried out a helicopter-borne raid in Dhiban; one ISIS member "
         "was killed and two others detained.", ("Armed clash", "Syrian Democratic Forces (SDF)")),
    ],
)
def test_supported_advances_takeovers_named_claimants_and_deadly_raids(text: str, fields: tuple) -> None:
    (event,) = extract(text)
    assert (event["sub_event_type"], event["actor1"]) == fields


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 15 July 2025, a drone was shot down as it approached Erbil International Airport, which hosts troops of "
         "the US-led coalition. The coalition's air defences had intercepted the aircraft, officials said.",
         "Global Coalition against Daesh"),
        ("On 15 July 2025, a drone was shot down by Iraqi forces near Baghdad airport.", "Military Forces of Iraq"),
    ],
)
def test_who_stopped_a_weapon_is_actor1(text: str, actor1: str) -> None:
    (event,) = extract(text)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Disrupted weapons use", actor1, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state named as the one that struck is its forces; with no ground fighting told, it struck from the air
        ("On 3 May 2021, Israel bombed Iranian-backed militia positions near Al-Mayadin, killing four fighters.",
         ("Military Forces of Israel", "Explosions/Remote violence", "Air/drone strike", 4)),
        ("On 12 May 2021, Russia struck a rebel depot near Kafr Nabl, according to the Observatory.",
         ("Military Forces of Russia", "Explosions/Remote violence", "Air/drone strike", None)),
        ("Three soldiers were wounded on 9 May 2021 when an air defence site near Izraa was hit by Israel, SANA said.",
         ("Military Forces of Israel", "Explosions/Remote violence", "Air/drone strike", None)),
        ("On 11 May 2021, Turkey shelled villages near Ain Issa, killing a shepherd.",
         ("Military Forces of Turkey", "Explosions/Remote violence", "Shelling/artillery/missile attack", 1)),
        # its troops on the ground fight
        ("On 4 May 2021, Israeli forces clashed with gunmen near Beit Jinn, killing two of them.",
         ("Military Forces of Israel", "Battles", "Armed clash", 2)),
    ],
)
def test_a_state_that_struck_is_its_forces(text: str, expected: tuple) -> None:
    (event,) = extract(text)
    assert (event["actor1"], event["event_type"], event["sub_event_type"], event["killed"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On 7 May 2021, 40 families returned from Turkey to Jarablus through the Jarablus crossing.",
        "On 8 May 2021, Israel and Syria exchanged accusations at the United Nations over the Golan Heights.",
    ],
)
def test_a_country_named_as_a_place_or_a_party_to_talks_is_no_striker(text: str) -> None:
    assert all(e["actor1"] not in {"Military Forces of Turkey", "Military Forces of Israel"} for e in extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a serving member of an armed force shot dead: a fight with that force
        ("On 8 March 2023, gunmen shot dead an SDF commander in Al-Busayrah.",
         ("Battles", "Syrian Democratic Forces (SDF)")),
        ("On 8 March 2023, a member of the regime's Military Security was shot dead by unidentified gunmen in Tafas.",
         ("Battles", "Military Forces of Syria")),
        # a council member, a former fighter, a man shot at his home: civilians
        ("On 8 March 2023, gunmen shot dead a member of the local council in Tafas.",
         ("Violence against civilians", "Civilians (Syria)")),
        ("On 8 March 2023, gunmen shot dead a former rebel commander who had joined a settlement, in Tafas.",
         ("Violence against civilians", "Civilians (Syria)")),
    ],
)
def test_a_targeted_killing_of_a_serving_member_is_a_fight_with_his_force(text: str, expected: tuple) -> None:
    (event,) = extract(text)
    assert (event["event_type"], event["actor2"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 May 2021, police fired live rounds and army-issue tear gas directly into crowds of demonstrators in "
         "Nasiriyah, killing two.",
         ("Excessive force against protesters", "Protesters (Iraq)", "Police Forces of Iraq")),
        ("On 4 May 2021, gunmen set fire overnight to the office of a provincial council member in Hilla.",
         ("Looting/property destruction", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")),
        # the side that withdrew is the subject; the side that took over is actor1 (ACLED)
        ("On 5 May 2021, Peshmerga forces withdrew from the town of Makhmur and the Iraqi army took over its "
         "checkpoints without fighting.",
         ("Non-violent transfer of territory", "Military Forces of Iraq", "Peshmerga")),
    ],
)
def test_force_on_a_crowd_an_arson_by_night_and_a_withdrawal(text: str, expected: tuple) -> None:
    (event,) = extract(text)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group a generic noun is "of" is the actor
        ("On 15 June 2022, terrorists of the Turkistan Islamic Party fired a guided missile at an army vehicle near "
         "Saraqib, killing a soldier.", ("Turkistan Islamic Party (TIP)", "Military Forces of Syria")),
        # what the man was wanted for is no incident of its own
        ("On 23 December 2023, SDF units captured an ISIS cell leader responsible for assassinations in Al-Shuhayl.",
         ("Syrian Democratic Forces (SDF)", "Islamic State (ISIS)")),
        # the side named twice is not its own target
        ("On 25 December 2023, a drone belonging to the Turkish army bombed a fuel station in Qamishli; nobody was "
         "hurt, Turkish media said.", ("Military Forces of Turkey", None)),
    ],
)
def test_whose_group_whose_past_and_no_side_against_itself(text: str, expected: tuple) -> None:
    (event,) = extract(text)
    assert (event["actor1"], event["actor2"]) == expected


def test_the_dead_say_whose_vehicle_a_drone_of_another_army_hit() -> None:
    (event,) = extract(
        "On 25 December 2023, a drone belonging to the Turkish army struck a military vehicle near Tal Tamr, killing "
        "three SDF fighters."
    )
    assert (event["actor1"], event["actor2"], event["killed"]) == (
        "Military Forces of Turkey", "Syrian Democratic Forces (SDF)", 3
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 8 July 2021, an explosive-laden drone crashed near the perimeter of Ain al-Asad air base, causing no "
         "casualties.", ("Explosions/Remote violence", "Air/drone strike")),
        ("On 3 June 2025, a gunman opened fire on worshippers in a church in Homs and then detonated his explosive "
         "belt, killing nine people.", ("Explosions/Remote violence", "Suicide bomb")),
        ("On 4 June 2025, ISIS claimed that one of its members had blown himself up among soldiers near Palmyra.",
         ("Explosions/Remote violence", "Suicide bomb")),
        ("On 16 July 2025, after army units had entered the town of Shahba, soldiers killed five unarmed men in their "
         "home.", ("Violence against civilians", "Attack")),
        ("On 18 May 2025, residents of Raqqa pelted a police post with stones and set fire to a car.",
         ("Riots", "Violent demonstration")),
        ("On 4 July 2017, Iraqi troops, backed by coalition air strikes, seized the Nuri mosque compound and the old "
         "hospital, the last ISIS strongholds in the Old City of Mosul.", ("Battles", "Government regains territory")),
        ("On 12 May 2021, IS militants attacked a police post near Baiji with machine guns and a hand grenade, "
         "wounding two policemen.", ("Battles", "Armed clash")),
        ("On 14 May 2024, HTS security members detained a lawyer in Sarmada. His family does not know where he is "
         "being held.", ("Violence against civilians", "Abduction/forced disappearance")),
    ],
)
def test_act_types_told_in_other_words(text: str, expected: tuple) -> None:
    (event,) = extract(text)
    assert (event["event_type"], event["sub_event_type"]) == expected


def test_a_force_that_engaged_the_infiltrators_it_spotted_fought_them() -> None:
    (event,) = extract(
        "On 9 May 2021, army units spotted a group of ISIS infiltrators trying to cross the Tigris near Tarmiyah and "
        "engaged them with medium weapons, forcing them to withdraw; there were no casualties among our forces."
    )
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Armed clash", "Military Forces of Iraq", "Islamic State (ISIS)"
    )


@pytest.mark.parametrize(
    "text",
    [
        "On 1 November 2019, riot police fired army-grade tear gas canisters directly at protesters' heads on the "
        "Sinak bridge in Baghdad. At least three protesters died.",
        "On 2 November 2019, security forces used live ammunition to clear protesters from a bridge in Nasiriyah.",
    ],
)
def test_lethal_force_on_a_crowd_is_excessive_force(text: str) -> None:
    (event,) = extract(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Protests", "Excessive force against protesters")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 5 March 2017, US troops established positions on the outskirts of Manbij to deter clashes between "
         "rebel factions and the SDF.", ("Strategic developments", "Headquarters or base established", None)),
        ("On 2 October 2022, a former opposition fighter was shot dead by unidentified gunmen in Inkhil.",
         ("Violence against civilians", "Attack", 1)),
        ("On 6 October 2019, residents of Kut held a candlelit vigil for protesters killed in Baghdad.",
         ("Protests", "Peaceful protest", None)),
        ("On 5 October 2019, masked gunmen stormed the offices of a radio station in Basra and smashed its equipment.",
         ("Strategic developments", "Looting/property destruction", None)),
    ],
)
def test_purposes_former_fighters_mourned_dead_and_wrecked_offices(text: str, expected: tuple) -> None:
    (event,) = extract(text)
    assert (event["event_type"], event["sub_event_type"], event["killed"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On 18 November 2023, militants launched two one-way attack drones at US forces at Tal Baydar.",
        "On 23 March 2023, a one-way unmanned aerial vehicle struck a maintenance building at a base near Rmeilan.",
        "On 23 March 2023, a second UAV attack near the Conoco gas field caused no casualties.",
    ],
)
def test_drone_attacks_told_in_other_words(text: str) -> None:
    (event,) = extract(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")


def test_in_clashes_between_two_sides_the_side_that_attacked_first_is_actor1() -> None:
    (event,) = extract(
        "On 3 May 2021, clashes broke out between SDF fighters and gunmen from the Baggara tribe in Dhiban, after "
        "tribal gunmen attacked an SDF checkpoint."
    )
    assert event["actor2"] == "Syrian Democratic Forces (SDF)"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 4 March 2019, government airstrikes knocked a bakery in Maarat al-Numan out of service.",
         "Military Forces of Syria"),
        ("On 4 March 2019, a rocket fired from government positions near Jurin hit a house in Qalaat al-Madiq.",
         "Military Forces of Syria"),
        ("On 4 March 2019, mortar rounds fired from SDF positions landed in the village of Umm Harmala.",
         "Syrian Democratic Forces (SDF)"),
    ],
)
def test_government_strikes_and_fire_from_a_sides_positions_name_who_fired(text: str, actor1: str) -> None:
    (event,) = extract(text, dt.date(2019, 3, 6))
    assert event["actor1"] == actor1


def test_a_motorcyclist_killed_by_a_drone_is_one_dead() -> None:
    (event,) = extract("On 2 June 2022, a drone hit a motorcycle on the road near Sarmin, killing its rider.")
    assert event["killed"] == 1


@pytest.mark.parametrize("verb", ["ambushed", "stormed", "raided"])
def test_the_force_named_before_a_passive_verb_is_the_one_attacked(verb: str) -> None:
    (event,) = extract(f"On 8 April 2020, an army convoy was {verb} by ISIS militants near Tuz Khurmatu.")
    assert (event["actor1"], event["actor2"]) == ("Islamic State (ISIS)", "Military Forces of Iraq")


def test_a_side_named_in_an_opening_after_clause_is_not_the_one_that_acted() -> None:
    (event,) = extract(
        "On 2 March 2023, after the Third Legion evacuated its positions, HTS fighters entered the town of Jarablus "
        "without a fight."
    )
    assert (event["actor1"], event["actor2"]) == ("Hayat Tahrir al-Sham (HTS)", "Syrian National Army (SNA)")


def test_a_clinic_withdrawn_from_a_town_is_no_transfer_of_territory() -> None:
    assert extract("On 2 March 2023, a mobile clinic was withdrawn from Azaz because of the fighting.") == []


def test_gunmen_breaking_up_a_protest_are_that_protests_intervention_not_a_clash_of_their_own() -> None:
    events = extract(
        "HIGHLIGHTS\n- Aid convoys crossed at Bab al-Hawa on four days.\n- Two schools reopened in Dana.\n"
        "- Fuel prices rose for the third week.\n\nINCIDENTS\nOn 3 June 2021, dozens of residents of Sarmada protested "
        "against a new fuel levy. Hurras al-Din fighters fired into the air to break up the crowd; no one was hurt. "
        "[Local sources]"
    )
    (event,) = [e for e in events if "Sarmada" in e["quote"]]
    assert (event["sub_event_type"], event["actor2"]) == ("Protest with intervention", "Hurras al-Din")


def test_the_force_whose_military_police_met_the_crowd_is_the_one_that_intervened() -> None:
    (event,) = extract(
        "On 3 June 2021, dozens of residents demonstrated in Jarablus against power cuts. Military police of the "
        "Syrian National Army beat several of them and dispersed the crowd."
    )
    assert event["actor2"] == "Syrian National Army (SNA)"


def test_a_notes_own_range_from_its_date_column_sets_how_long_the_event_ran() -> None:
    (event,) = extract(
        "2012-08-14 | Aleppo | Aleppo - Saif al-Dawla | On the night of 14-15 August, army artillery shelled the Saif "
        "al-Dawla district of Aleppo.",
        dt.date(2014, 10, 1),
    )
    assert event["date"] == "2012-08-14/2012-08-15"


def test_gunfire_breaking_out_between_two_sides_is_their_clash() -> None:
    (event,) = extract(
        "On 14 May 2021, gunfire broke out between Asaib Ahl al-Haq members and police at a checkpoint in Basra; "
        "four people were killed."
    )
    assert (event["sub_event_type"], event["actor2"], event["killed"]) == (
        "Armed clash", "Police Forces of Iraq", 4
    )


def test_gunmen_who_seized_foreign_engineers_abducted_them() -> None:
    (event,) = extract("On 2 May 2021, gunmen seized three Turkish engineers at a power station site near Baiji.")
    assert event["sub_event_type"] == "Abduction/forced disappearance"


def test_a_second_count_after_a_semicolon_is_another_tellers_figure_for_the_same_dead() -> None:
    (event,) = extract(
        "On 2 May 2021, a car bomb exploded at a market in Sadr City. The health directorate spoke of 31 dead; "
        "medics at the Imam Ali hospital counted twenty-six bodies."
    )
    assert event["killed"] == 26


@pytest.mark.parametrize(
    ("day", "actor1"),
    [(dt.date(2007, 5, 3), "Mahdi Army"), (dt.date(2016, 5, 3), "Saraya al-Salam")],
)
def test_a_militia_renamed_in_2014_is_named_as_it_was_on_the_events_day(day: dt.date, actor1: str) -> None:
    (event,) = extract(
        f"On {day.day} May {day.year}, Mahdi Army gunmen attacked a police checkpoint in Kufa.",
        day + dt.timedelta(days=1),
    )
    assert event["actor1"] == actor1


def test_a_log_entrys_day_and_place_head_the_sentence_that_tells_what_happened_there() -> None:
    (event,) = extract(
        "3) 14/05 – Baiji, al-Asri quarter. Gunmen shot dead a local council member outside his house.",
        dt.date(2021, 5, 17),
    )
    assert (event["date"], event["place"]) == ("2021-05-14", "Bayji")


def test_a_dated_entry_that_is_a_sentence_is_not_a_heading() -> None:
    (event,) = extract(
        "14 May – Acting on a tip-off, police detained two ISIS suspects in a raid in Hit. Weapons and an explosive "
        "belt were recovered.",
        dt.date(2021, 5, 17),
    )
    assert event["sub_event_type"] == "Arrests"


def test_gunmen_who_opened_fire_and_withdrew_fought_no_ground_changed_hands() -> None:
    (event,) = extract(
        "On 2 May 2021, gunmen in two cars opened SAF on a police checkpoint near Tarmiyah and withdrew towards the "
        "orchards; one policeman was wounded."
    )
    assert (event["event_type"], event["actor2"]) == ("Battles", "Police Forces of Iraq")


def test_sorties_flown_against_positions_are_air_strikes() -> None:
    (event,) = extract(
        "On 2 May 2016, the Russian Air Force carried out sorties against ISIS positions near Palmyra, destroying "
        "three vehicles.",
        dt.date(2016, 5, 4),
    )
    assert (event["sub_event_type"], event["actor1"]) == ("Air/drone strike", "Military Forces of Russia")


def test_the_subject_of_a_when_clause_after_a_weekday_fired() -> None:
    (event,) = extract(
        "Aleppo, SANA – Two citizens were injured on Monday when terrorist groups positioned in al-Layramoun fired "
        "mortar shells on al-Ashrafiyeh neighborhood.",
        dt.date(2016, 5, 4),
    )
    assert event["actor1"] == "Rebel groups (Syria)"


def test_dozens_of_a_groups_gunmen_told_with_an_aside_are_that_group() -> None:
    (event,) = extract(
        "On 2 May 2021, dozens of ISIS gunmen, some of them in army uniforms, attacked two police posts near Hawija."
    )
    assert event["actor1"] == "Islamic State (ISIS)"


def test_two_groups_of_one_factions_members_fought_each_other() -> None:
    (event,) = extract(
        "On 2 May 2021, a quarrel between two groups of Hamza Division members over a checkpoint in Afrin turned into "
        "an exchange of fire that left one fighter dead."
    )
    assert event["actor1"] == event["actor2"] == "Syrian National Army (SNA)"  # the faction's army, both sides
    assert event["assoc_actor_1"] == event["assoc_actor_2"] == "Hamza Division"


def test_what_happened_when_a_city_changed_hands_years_before_is_background() -> None:
    assert extract(
        "Makhmour has been held by the Peshmerga since August 2014, when army units withdrew in the face of the "
        "jihadist advance.",
        dt.date(2021, 5, 17),
    ) == []


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2014, Ahrar al-Sham fighters attacked from the hills and captured Kanasba (Kinsabba), a mountain "
        "village; most residents fled.",
        "On 12 March 2014, ISIS drove Jabhat al-Nusra and Liwa al-Tawhid out of Manbij city and executed about forty "
        "captured fighters.",
        "On 12 March 2014, rebels completed their capture of Idlib city and detained the provincial police chief.",
        "On 12 March 2014, rebels seized the Bab al-Salama crossing after the guards fled; the building was looted "
        "overnight.",
    ],
)
def test_ground_taken_first_is_the_event_whatever_the_victors_did_there(text: str) -> None:
    (event,) = extract(text, dt.date(2014, 3, 14))
    assert event["sub_event_type"] == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("On 3 May 2007, two suicide tanker bombs exploded in Tal Afar, killing 80 people.", "Suicide bomb"),
        ("On 3 May 2008, army columns entered the town of Tarmiyah under the ceasefire and took up positions. They "
         "met no resistance.", "Non-violent transfer of territory"),
        ("On 3 May 2006, after an IED hit their patrol near Ishaqi, soldiers shot dead eleven villagers in a nearby "
         "house.", "Attack"),
    ],
)
def test_tanker_bombs_a_town_entered_under_a_truce_and_a_killing_after_a_blast(text: str, sub_type: str) -> None:
    (event,) = extract(text, dt.date(2008, 5, 5))
    assert event["sub_event_type"] == sub_type


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("On 3 May 2013, YPG fighters expelled Jabhat al-Nusra and allied brigades from Tal Abyad after three days of "
         "fighting.", "Non-state actor overtakes territory"),
        ("On 3 May 2013, gunmen took 12 Armenian pilgrims from a bus near Azaz to an unknown place.",
         "Abduction/forced disappearance"),
        ("On 3 May 2013, the army took al-Qusayr, the last large rebel-held town near the Lebanese border, after a "
         "siege.", "Government regains territory"),
        ("On 3 May 2013, the remaining rebel fighters left the besieged town of Qudsaya on green buses under a "
         "settlement with the government.", "Non-violent transfer of territory"),
        ("On 3 May 2013, two car bombs struck a market in Jaramana, killing 54 people in the deadliest attack on the "
         "town since 2012.", "Remote explosive/landmine/IED"),
    ],
)
def test_towns_expelled_taken_and_left_pilgrims_taken_the_deadliest_attack_since(text: str, sub_type: str) -> None:
    (event,) = extract(text, dt.date(2013, 5, 5))
    assert event["sub_event_type"] == sub_type


def test_the_dead_mens_unit_fought_the_enemy_they_fell_to() -> None:
    (event,) = extract(
        "On 2 May 2017, three members of the Counterterrorism Service were killed as their unit fought ISIS militants "
        "in the Zanjili neighbourhood of Mosul."
    )
    assert (event["actor1"], event["actor2"], event["killed"]) == ("Military Forces of Iraq", "Islamic State (ISIS)", 3)


def test_the_day_speakers_told_of_a_strike_is_not_the_day_of_the_strike() -> None:
    (event,) = extract(
        "Residents who fled the Zanjili neighbourhood of Mosul on Monday said an airstrike had flattened a house there "
        "on Saturday, killing nine people.",
        dt.date(2017, 5, 3),
    )
    assert event["date"] == "2017-04-29"


def test_hostages_still_held_were_taken_in_an_incident_told_before() -> None:
    assert extract("The 11 pilgrims abducted near Azaz on 22 May are still being held by a rebel brigade.") == []


def test_defence_ministry_units_are_the_states_army() -> None:
    (event,) = extract(
        "On 7 March 2025, Ministry of Defence units regained control of Jableh after clashes.", dt.date(2025, 3, 9)
    )
    assert event["actor1"].startswith("Military Forces of Syria")


def test_men_gathered_and_shot_and_the_count_a_monitor_documented() -> None:
    (event,) = extract(
        "On 7 March 2025, gunmen in military fatigues gathered men from their homes in the village of Sanobar and shot "
        "them near the mosque. A resident said at least 12 people were killed. The Syrian Network for Human Rights "
        "documented 15 deaths in the village.",
        dt.date(2025, 3, 9),
    )
    assert (event["sub_event_type"], event["actor2"], event["killed"]) == ("Attack", "Civilians (Syria)", 12)


def test_the_police_who_counted_the_bodies_are_not_a_new_side() -> None:
    (event,) = extract(
        "On 9 July 2006, Mahdi Army gunmen stopped cars at a fake checkpoint in the Amil district of Baghdad, pulled "
        "out the passengers and shot them. Police said 17 bodies were recovered by the evening.",
        dt.date(2006, 7, 11),
    )
    assert (event["actor1"], event["killed"]) == ("Mahdi Army", 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 11 February 2020, warplanes that we believe were Russian struck a bakery in Sarmin, killing five "
         "civilians. The Syrian Civil Defence reported that seven people died.", ("Military Forces of Russia", 5)),
        ("On 11 February 2020, a dawn air strike, reportedly by Government of Syria aircraft, hit a school in Maar "
         "Shourin, killing a teacher.", ("Military Forces of Syria", 1)),
    ],
)
def test_aircraft_a_monitor_believes_were_a_states_and_a_strike_reportedly_by_one(text: str, expected: tuple) -> None:
    (event,) = extract(text, dt.date(2020, 2, 12))
    assert (event["actor1"], event["killed"]) == expected


def test_siblings_killed_by_shelling_are_civilians() -> None:
    (event,) = extract("On 11 February 2020, regime artillery shelled Atarib, killing two siblings.")
    assert event["actor2"] == "Civilians (Syria)"


def test_awakening_fighters_are_the_sahwa_militia() -> None:
    (event,) = extract(
        "On 3 May 2009, a suicide bomber blew himself up among Sons of Iraq fighters collecting their salaries in "
        "Abu Ghraib, killing 21 of them.",
        dt.date(2009, 5, 5),
    )
    assert event["actor2"] == "Sahwa Militia"


def test_fighting_that_spread_over_the_past_week_is_a_summary() -> None:
    assert extract(
        "Clashes between clan fighters and the SDF spread across the countryside of Deir ez-Zor over the past week, "
        "leaving dozens dead.",
        dt.date(2023, 9, 4),
    ) == []


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("On 9 December 2024, SNA factions took Tal Rifaat from the SDF after a day of fighting.",
         "Non-state actor overtakes territory"),
        ("On 8 March 2025, gunmen who came in pick-up trucks killed about 20 men in Jableh.", "Attack"),
        ("On 8 March 2025, fighters went from house to house in the village of Sanobar, shooting men in front of their "
         "families.", "Attack"),
    ],
)
def test_a_town_taken_from_a_side_and_killings_told_by_their_manner(text: str, sub_type: str) -> None:
    (event,) = extract(text, dt.date(2025, 3, 10))
    assert event["sub_event_type"] == sub_type


def test_a_wars_toll_is_no_killing() -> None:
    assert extract("Syria's war has killed about 500,000 people since 2011.", dt.date(2025, 3, 10)) == []


def test_an_air_force_that_attacked_a_hideout_struck_it_from_the_air() -> None:
    (event,) = extract("On 2 May 2021, the Iraqi air force attacked an ISIS hideout in the Makhoul mountains.")
    assert event["sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("On 2 May 2016, a lorry rigged with explosives blew up at a checkpoint in Marea, killing 9 people.",
         "Remote explosive/landmine/IED"),
        ("On 2 May 2016, Peshmerga units entered the village of Fadiliya and drove out Islamic State fighters.",
         "Government regains territory"),
    ],
)
def test_a_lorry_rigged_with_explosives_and_a_village_entered_and_cleared(text: str, sub_type: str) -> None:
    (event,) = extract(text, dt.date(2016, 5, 4))
    assert event["sub_event_type"] == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "With Russian help, the government has recaptured most of the big cities, including Aleppo and Homs.",
        "Azaz has witnessed dozens of bombings and assassinations in recent years.",
    ],
)
def test_years_of_war_summed_up_are_no_incident(text: str) -> None:
    assert extract(text, dt.date(2018, 6, 29)) == []


def test_iraqi_commanders_and_their_forces_are_the_army() -> None:
    (event,) = extract(
        "On 12 March 2017, Iraqi commanders announced that their forces had taken control of most of the Tayaran "
        "district of Mosul and killed dozens of ISIS operatives.",
        dt.date(2017, 3, 14),
    )
    assert (event["actor1"], event["sub_event_type"]) == ("Military Forces of Iraq", "Government regains territory")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 May 2019, a sniper from the Syrian army posted on a water tower near Kafr Zita shot dead a farmer.",
         ("Military Forces of Syria", "Civilians (Syria)", "Attack")),
        ("On 6 May 2019, snipers of the SDF killed a boy near Deir ez-Zor.",
         ("Syrian Democratic Forces (SDF)", "Civilians (Syria)", "Attack")),
        ("On 7 May 2019, a sniper from ISIS killed an Iraqi soldier near Baiji.",
         ("Islamic State (ISIS)", "Military Forces of Iraq", "Armed clash")),
    ],
)
def test_a_sniper_from_a_force_fired_for_that_force(text: str, expected: tuple[str, str, str]) -> None:
    (event,) = extract(text, dt.date(2019, 5, 10))
    assert (event["actor1"], event["actor2"], event["sub_event_type"]) == expected


def test_shelling_told_hours_after_a_drone_strike_is_its_own_incident() -> None:
    report = _article(
        "Turkish drone hits car near Batifa\n\n"
        "DUHOK, Kurdistan Region - A Turkish drone strike on Sunday morning hit a car near Batifa, in Duhok "
        "province, killing one man, local officials said.\n\n"
        "Hours after the air strike, Turkish howitzers shelled farmland on the edge of Batifa late on Sunday, "
        "villagers said. Nobody was hurt.\n",
        dt.date(2021, 6, 14),
    )
    assert [e["sub_event_type"] for e in report["events"]] == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_a_toll_raised_later_in_the_article_updates_the_incident_it_names() -> None:
    report = _article(
        "Bombings hit Hilla market and Kirkuk\n\n"
        "HILLA, Iraq (Reuters) - A car bomb exploded in a busy market in Hilla on Saturday, killing 9 people, "
        "police said.\n\n"
        "Later on Saturday, a roadside bomb killed two policemen on a road west of Kirkuk, police said.\n\n"
        "By Sunday the death toll from the Hilla market bombing had risen to 14, with 37 wounded, after several "
        "of those hurt died in hospital, medics said.\n",
        dt.date(2021, 6, 14),
    )
    assert [(e["killed"], e["wounded"]) for e in report["events"]] == [(14, 37), (2, None)]


def test_a_driver_who_died_later_brings_the_number_killed_up() -> None:
    report = _article(
        "Drone strike kills two near Zakho\n\n"
        "ZAKHO, Kurdistan Region - A drone strike hit a pick-up near Zakho on Monday, killing two men and "
        "wounding their driver, officials said.\n\n"
        "On Tuesday the hospital said the driver had died of his wounds, bringing the number killed to three.\n",
        dt.date(2021, 6, 16),
    )
    assert [e["killed"] for e in report["events"]] == [3]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("3 Mar. 2010 — Baquba. A car bomb exploded near a polling station in Baquba during Eid al-Adha prayers, "
         "killing six voters.", "2010-03-03"),
        ("14 June 2012 (Thursday). Gunmen shot dead two policemen at a checkpoint in Mosul; the Islamic State of "
         "Iraq claimed the killing on 16 June.", "2012-06-14"),
        ("Sunday, 7 April 2013 — Tikrit. A suicide bomber blew himself up at a funeral in Tikrit, killing 12.",
         "2013-04-07"),
    ],
)
def test_a_notes_day_written_with_its_weekday_or_place_dates_the_note(text: str, date: str) -> None:
    (event,) = extract(text, dt.date(2014, 1, 2))
    assert event["date"] == date


def test_dozens_of_shells_fired_at_a_town_are_one_barrage() -> None:
    (event,) = extract("On 9 May 2021, regime forces fired dozens of rockets at Kansafra, wounding a child.")
    assert (event["sub_event_type"], event["wounded"]) == ("Shelling/artillery/missile attack", 1)


def test_claims_a_monitor_could_not_verify_are_no_incident() -> None:
    assert extract(
        "The monitor said it could not confirm reports shared on Monday by local activists that government "
        "helicopters had dropped barrel bombs on Kafr Nabl.",
        dt.date(2021, 5, 12),
    ) == []


@pytest.mark.parametrize(
    "text",
    [
        "On 12 August 2014, US transport planes dropped 40 pallets of water and flour to families trapped near Zummar.",
        "Officials warned that drone strikes alone were unlikely to end the insurgency in the Hamrin mountains.",
    ],
)
def test_an_aid_drop_and_a_warning_about_strikes_are_no_strike(text: str) -> None:
    assert extract(text, dt.date(2014, 8, 14)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 4 June 2020, militants burned about two hundred dunams of barley fields near Daquq.",
         ("Looting/property destruction", None)),
        ("Late on June 5 militants launched a coordinated assault upon two Hashd positions near Tarmiyah, killing four "
         "fighters.",
         ("Armed clash", "Popular Mobilization Forces (PMF)")),
    ],
)
def test_fields_burned_by_the_dunam_and_an_assault_upon_posts(text: str, expected: tuple) -> None:
    (event,) = extract(text, dt.date(2020, 6, 8))
    assert (event["sub_event_type"], event["actor2"]) == expected


def test_a_day_called_the_deadliest_since_a_year_is_the_day_told() -> None:
    (event,) = extract(
        "On 14 March 2017, ISIS suicide bombers struck Tikrit while gunmen attacked villages to its south, in the "
        "deadliest day for the province since 2014.",
        dt.date(2017, 3, 20),
    )
    assert (event["sub_event_type"], event["actor1"]) == ("Suicide bomb", "Islamic State (ISIS)")


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2021, ISIS fighters ambushed an army convoy near Palmyra. SOHR reported nine soldiers killed, while "
        "SANA spoke of six \"martyrs\" (SOHR, 3 June; SANA, 3 June).",
        "On 3 June 2021, a Turkish drone struck a car near Qandil, killing six members of the PKK. The PKK said there "
        "were eight dead, including two shepherds (Rudaw).",
    ],
)
def test_another_tellers_figure_for_the_same_dead_is_not_added(text: str) -> None:
    (event,) = extract(text, dt.date(2021, 6, 5))
    assert event["killed"] == 6


def test_fighting_that_continued_into_the_next_day_and_its_tellers_tolls_are_one_incident() -> None:
    report = _article(
        "Clashes in Sayyida Zeinab\n\n"
        "The fighting began late on Friday in Sahnaya, when gunmen attacked checkpoints manned by local fighters. "
        "Exchanges of fire continued through the night and into Saturday morning, when security forces deployed.\n\n"
        "SOHR said nine people were killed in Sahnaya, including five of the local fighters. The local network "
        "Raqqa 24 gave a higher toll of 12.\n",
        dt.date(2025, 5, 5),
    )
    assert [(e["place"], e["killed"]) for e in report["events"]] == [("Sahnaya", 9)]


@pytest.mark.parametrize(
    "text",
    [
        "Ali Hamid, the spokesman for the interior minister, called the strike \"a cowardly assassination in "
        "the middle of Erbil\" and a breach of sovereignty.",
        "Since the arrest, thousands of people have demonstrated in Sulaymaniyah, Halabja and other towns demanding "
        "his release.",
    ],
)
def test_a_speakers_word_for_an_act_and_days_of_protests_since_are_no_incident(text: str) -> None:
    assert extract(text, dt.date(2022, 10, 13)) == []


def test_a_dated_governorate_label_yields_to_the_place_the_note_names() -> None:
    (event,) = extract(
        "14/03/2019 – Deir ez-Zor: ISIS cells ambushed an SDF patrol near the village of Ghranij, about 30 km "
        "south-east of Mayadin, killing two fighters.",
        dt.date(2019, 3, 20),
    )
    assert (event["date"], event["admin1"]) == ("2019-03-14", "Deir ez-Zor")
    assert event["location_text"] != "Deir ez-Zor"


def test_the_other_sides_telling_of_the_same_car_bomb_is_the_same_incident() -> None:
    events = _digest(
        "Weekly digest (May 12 – 18, 2021)\n\nSyria\n"
        "  • On the northern front, ISIS's Amaq agency claimed that a suicide bomber in a car bomb had blown himself "
        "up among SDF fighters near Al-Tabqa, killing \"dozens\" (Amaq, May 14, 2021). The SDF said the car bomb was "
        "destroyed before reaching its target and that two of its fighters were wounded (ANHA, May 14, 2021).\n"
    )
    assert [(e["actor1"], e["sub_event_type"]) for e in events] == [("Islamic State (ISIS)", "Suicide bomb")]


def test_the_outlet_a_source_told_is_no_place() -> None:
    report = _article(
        "Clashes north of Afrin\n\n"
        "On Thursday morning, fighting moved to the village of Kafr Janna, north-east of Afrin. HTS fighters attacked "
        "the village with tanks and the Levant Front responded with mortar fire. Six fighters were killed, a medical "
        "source told Enab Baladi.\n",
        dt.date(2022, 10, 14),
    )
    assert [e["place"] for e in report["events"]] == ["Kafr Janna"]


def test_the_province_a_group_holds_is_not_where_it_acted() -> None:
    (event,) = extract(
        "On 13 October 2022, Hayat Tahrir al-Sham (HTS), which controls most of Idlib, took control of the town of "
        "Jindires after the Third Legion withdrew.",
        dt.date(2022, 10, 14),
    )
    assert event["place"] == "Jindires"


@pytest.mark.parametrize(
    "text",
    [
        "ISW assesses that the PMF role in Diyala will increase sharply and that U.S. air support to operations near "
        "Baiji will depend on the army remaining in the lead.",
        "Military operations along the Turkish border continued for a fourth consecutive day, with heavy fighting in "
        "and around Tal Tamr.",
    ],
)
def test_an_analysts_assessment_and_days_of_operations_are_no_incident(text: str) -> None:
    assert extract(text, dt.date(2019, 10, 14)) == []


def test_the_same_bombardment_going_on_elsewhere_is_one_incident() -> None:
    (event,) = extract(
        "On 20 May 2019, three civilians were killed by regime shelling on Kansafra, while the same bombardment hit "
        "Kafr Uweid and Sfuhun without causing casualties.",
        dt.date(2019, 5, 22),
    )
    assert (event["place"], event["killed"]) == ("Kansafra", 3)


def test_a_fronts_state_before_the_days_incident_is_no_incident_of_its_own() -> None:
    events = _digest(
        "Weekly digest (May 12 – 18, 2021)\n\nIraq\n"
        "- Haditha: Clashes continued around the Haditha dam. On May 14, army and tribal units reportedly opened a "
        "road to the besieged dam garrison from the east after fighting with ISIS near Barwana; ISIS responded with a "
        "car bomb that was destroyed before it reached the army line (Shafaq News, May 14; Ministry of Defense, May "
        "15).\n"
    )
    assert [e["place"] for e in events] == ["Barwana"]


def test_an_order_to_investigate_the_attack_is_no_attack() -> None:
    assert extract(
        "The prime minister ordered the formation of a committee to investigate the attack, while the governor "
        "called it a crime against the people of Basra.",
        dt.date(2024, 4, 27),
    ) == []


def test_whoever_might_attack_is_no_one_who_did() -> None:
    assert extract(
        "On 3 March 2009, the Sadrist office in Kufa announced that the freeze on armed activity would be extended, "
        "and told its followers that any fighter who attacked police patrols would be expelled.",
        dt.date(2009, 3, 10),
    ) == []


def test_a_crowds_cause_of_daily_shelling_is_no_summary() -> None:
    (event,) = extract(
        "On 12 August 2020, in Batifa, dozens of villagers gathered outside the district office to protest against "
        "the almost daily shelling of their orchards.",
        dt.date(2020, 8, 14),
    )
    assert event["sub_event_type"] == "Peaceful protest"


def test_people_killed_in_unnamed_strikes_on_a_town_were_struck_from_the_air() -> None:
    (event,) = extract(
        "On 2 June 2017, three members of one family were reportedly killed in strikes on the western edge of Hajin.",
        dt.date(2017, 6, 5),
    )
    assert (event["sub_event_type"], event["killed"]) == ("Air/drone strike", 3)


def test_protesters_who_resumed_their_blockade_protested_that_day() -> None:
    (event,) = extract(
        "On 2 December 2019, protesters resumed their blockade of the road to the Majnoon oil field near Basra; "
        "no violence was reported.",
        dt.date(2019, 12, 3),
    )
    assert (event["event_type"], event["date"]) == ("Protests", "2019-12-02")


def test_a_strike_answering_attacks_across_two_countries_is_one_strike() -> None:
    (event,) = extract(
        "Early on 27 October 2023, US F-16s struck a weapons store used by the IRGC near Albu Kamal, in response "
        "to drone and rocket attacks on US bases in Iraq and Syria.",
        dt.date(2023, 10, 30),
    )
    assert (event["sub_event_type"], event["place"]) == ("Air/drone strike", "Albu Kamal")


def test_one_strike_of_a_wave_across_a_region_is_an_event() -> None:
    (event,) = extract(
        "On 13 January 2024, Turkish aircraft struck an oil facility near Amuda, west of Qamishli, in a wave of "
        "strikes across north-east Syria.",
        dt.date(2024, 1, 15),
    )
    assert (event["sub_event_type"], event["place"]) == ("Air/drone strike", "Amuda")


def test_a_silent_march_in_memory_of_protesters_killed_elsewhere_is_peaceful() -> None:
    (event,) = extract(
        "On 28 October 2019, several hundred students held a silent march across the campus of the University of "
        "Mosul and laid flowers for the protesters killed in Baghdad.",
        dt.date(2019, 10, 30),
    )
    assert (event["sub_event_type"], event["place"]) == ("Peaceful protest", "Mosul")


def test_a_district_retaken_whose_name_opens_with_al_is_ground_regained() -> None:
    (event,) = extract(
        "On 26 June 2016, a general announced on state television that the Counter-Terrorism Service had retaken "
        "al-Julan, the last IS-held district of Fallujah.",
        dt.date(2016, 6, 28),
    )
    assert (event["sub_event_type"], event["actor1"]) == ("Government regains territory", "Military Forces of Iraq")


def test_a_day_without_its_year_in_a_later_sentence_keeps_the_items_year() -> None:
    events = extract(
        "On 17 June 2018, IS militants abducted eight men near Tuz Khurmatu. On 27 June, gunmen shot dead a "
        "shepherd near Kirkuk.",
        dt.date(2020, 1, 14),
    )
    assert [e["date"] for e in events] == ["2018-06-17", "2018-06-27"]


def test_the_towns_that_name_a_highway_give_way_to_the_town_it_passes() -> None:
    (event,) = extract(
        "On 17 June 2018, IS militants posing as a police checkpoint on the Baghdad–Kirkuk highway near Tuz "
        "Khurmatu abducted eight men.",
        dt.date(2018, 6, 20),
    )
    assert (event["place"], event["admin1"]) == ("Tuz Khurmatu", "Salah al-Din")


def test_a_governorate_framing_the_town_near_which_strikes_fell_gives_the_town() -> None:
    (event,) = extract(
        "On 29 December 2019, US aircraft struck three Kataib Hezbollah facilities in western Anbar near al-Qaim.",
        dt.date(2019, 12, 31),
    )
    assert (event["place"], event["geo_precision"]) == ("Al Qa'im", 2)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "4 March 2019 – Diyala: Iraqi army units arrested four suspected IS members in raids on orchards near "
            "Muqdadiya.",
            "Al-Muqdadiya District",
        ),
        (
            "5 Oct. 2017 — Kirkuk. Iraqi forces and the PMF regained control of Hawija, about 55 km west of Kirkuk "
            "city, from IS.",
            "Al-Hawija District",
        ),
    ],
)
def test_a_notes_dated_governorate_label_is_not_the_place(text: str, place: str) -> None:
    (event,) = extract(text, dt.date(2020, 1, 14))
    assert event["place"] == place


def test_an_attack_that_came_at_an_hour_is_told_there() -> None:
    (event,) = extract(
        "The deadliest attack came shortly after noon, when a suicide bomber drove an explosives-laden car into a "
        "police checkpoint in the northern district of Kazimiyah, killing nine people.",
        dt.date(2014, 7, 19),
    )
    assert (event["sub_event_type"], event["killed"]) == ("Suicide bomb", 9)


def test_another_parked_car_that_exploded_is_the_next_bombing() -> None:
    events = extract(
        "Minutes later, a car bomb parked near a vegetable market in the eastern Sadr City district went off, killing "
        "seven shoppers. Another parked car exploded on a busy commercial street in the southern Abu Dshir "
        "neighborhood, killing four people and wounding 13.",
        dt.date(2014, 7, 19),
    )
    assert [(e["killed"], e["wounded"]) for e in events] == [(7, None), (4, 13)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "North of Baghdad, fighters of the Islamic State group attacked the town of Dhuluiya on 19 July 2014.",
            "Al-Dhuluiya",
        ),
        (
            "Further west, in the rebel-held province of Idlib, Russian warplanes carried out several raids on the "
            "town of Saraqeb on 23 September 2016, killing six people.",
            "Saraqib",
        ),
        (
            "On 26 June 2020, hundreds of people, many of them from the Sinjar and Makhmour areas, rallied in front of "
            "the UN compound in Erbil.",
            "Erbil",
        ),
    ],
)
def test_a_sentences_opening_frame_or_origin_is_not_its_place(text: str, place: str) -> None:
    (event,) = extract(text, dt.date(2020, 6, 30))
    assert event["place"] == place


def test_a_paragraph_that_opens_in_the_afternoon_is_on_the_day_just_told() -> None:
    doc = document_from_bytes(
        (
            b"Clashes spread south of Damascus\n\nMay 1, 2025\n\n"
            b"On Wednesday, the clashes moved to Ashrafiyat Sahnaya, where armed groups besieged the town; the health "
            b"directorate said 19 people were killed.\n\n"
            b"In the afternoon, Israeli aircraft struck a group of gunmen on the outskirts of Ashrafiyat Sahnaya.\n"
        ),
        name="t.txt",
        published=dt.date(2025, 5, 1),
    )
    events = report_to_dict(extract_document(doc))["events"]
    assert [(e["sub_event_type"], e["date"]) for e in events] == [
        ("Armed clash", "2025-04-30"), ("Air/drone strike", "2025-04-30")
    ]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 30 April 2025, Druze dignitaries and representatives of the government agreed to deploy the General "
            "Security in Jaramana.",
            "Agreement",
        ),
        (
            "On 24 September 2016, government forces and allied militiamen seized the Handarat Palestinian refugee "
            "camp, north of Aleppo, from rebel fighters.",
            "Government regains territory",
        ),
    ],
)
def test_an_agreement_to_deploy_and_a_refugee_camp_seized(text: str, sub: str) -> None:
    (event,) = extract(text, dt.date(2025, 5, 1))
    assert event["sub_event_type"] == sub


@pytest.mark.parametrize(
    "text",
    [
        "On 26 June 2017, Iraqi Air Force aircraft dropped tens of thousands of leaflets over Hawija, calling on "
        "residents to keep away from ISIS positions.",
        "An estimated 300 ISIS operatives are entrenched in the Old City of Mosul among civilians, relying on snipers, "
        "suicide bombers and booby-trapped houses.",
        "On 22 June 2017, Prime Minister Haider al-Abadi said that by blowing up the mosque in Mosul ISIS had admitted "
        "defeat.",
        "Recently there has been a rise in the number of assassinations of commanders in the Idlib region.",
        "The rest of the violence consisted of the usual small-scale shootings and roadside bombs in Diyala.",
        "The Baghdad bombing was a sign that the insurgents can still strike the capital.",
        "On 24 January 2021, Prime Minister Mustafa al-Kadhimi responded to the Baghdad attack by replacing the head "
        "of the Baghdad Operations Command.",
    ],
)
def test_paper_tactics_judgements_trends_and_answers_are_no_incidents(text: str) -> None:
    assert extract(text, dt.date(2021, 1, 26)) == []


def test_the_night_of_the_23rd_is_that_day_of_the_reports_month() -> None:
    (event,) = extract(
        "The night of the 23rd, gunmen shot dead the mukhtar of a village in Tarmiya, north of the capital.",
        dt.date(2021, 1, 26),
    )
    assert event["date"] == "2021-01-23"


def test_districts_seized_after_a_week_of_airstrikes_are_ground_taken() -> None:
    (event,) = extract(
        "November 26 – 28: Pro-regime forces seized the Masaken Hanano, Jabal Badro, al-Haydariyah and al-Sakhour "
        "districts of northeastern Aleppo City after a week of heavy Russian and regime airstrikes.",
        dt.date(2016, 12, 8),
    )
    assert (event["sub_event_type"], event["actor1"]) == ("Government regains territory", "Military Forces of Syria")


def test_an_incident_named_only_after_weeks_of_bombardment_is_still_told() -> None:
    (event,) = extract(
        "1 March 2012 – Free Syrian Army fighters announced a 'tactical withdrawal' from Baba Amr in Homs after 26 "
        "days of bombardment, and government troops moved into the empty district the same afternoon.",
        dt.date(2012, 3, 5),
    )
    assert event["date"] == "2012-03-01"


def _events_of(text: str, published: dt.date) -> list[dict]:
    doc = document_from_bytes(text.encode(), name="t.txt", published=published)
    return report_to_dict(extract_document(doc))["events"]


def test_a_updates_highlights_are_told_again_below_and_counted_once() -> None:
    events = _events_of(
        "Iraq: Mosul Humanitarian Response, Situation Report No. 9\n\nHIGHLIGHTS\n\n"
        "• Mortar fire killed three civilians at a food distribution point in Gogjali on 22 November.\n\n"
        "SECURITY\n\n"
        "On 22 November, mortar rounds fired from ISIL-held areas struck Gogjali, on the eastern edge of Mosul. Three "
        "civilians were killed and 11 were injured, according to health partners.\n",
        dt.date(2016, 11, 28),
    )
    assert [(e["date"], e["killed"], e["wounded"]) for e in events] == [("2016-11-22", 3, 11)]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Between 21 and 24 November, Iraqi Security Forces continued to fight ISIL in the eastern neighbourhoods "
            "of Mosul city.",
            "Armed clash",
        ),
        (
            "On 23 November, Kurdish security forces took some 30 men from Khazer camp to an unknown location.",
            "Abduction/forced disappearance",
        ),
        ("Strikes hit the mosque complex in al-Jineh on 16 March 2017, killing 38 people.", "Air/drone strike"),
        (
            "On 24 March 2017, strikes on the al-Jamia quarter of Rawa destroyed a house belonging to a local teacher.",
            "Air/drone strike",
        ),
    ],
)
def test_fighting_that_went_on_people_taken_away_and_strikes_told_by_what_they_hit(text: str, sub: str) -> None:
    (event,) = extract(text, dt.date(2017, 4, 6))
    assert event["sub_event_type"] == sub


def test_a_running_tally_since_the_offensive_began_is_not_the_days_dead() -> None:
    (event,) = extract(
        "Fierce fighting raged for a second consecutive day on the western Aleppo countryside fronts on 28 November "
        "2024. Since the offensive began, SOHR has documented the deaths of 255 people.",
        dt.date(2024, 11, 28),
    )
    assert (event["sub_event_type"], event["killed"]) == ("Armed clash", None)


def test_the_days_dead_across_the_country_are_not_the_last_incidents() -> None:
    events = _events_of(
        "SOHR daily\n\nAs-Suwayda\n\nProtesters gathered in al-Karama Square in As-Suwayda city for the 467th "
        "consecutive day.\n\nDaily death toll\n\nSOHR documented the deaths of 78 people across Syrian territory on "
        "Thursday, November 28.\n",
        dt.date(2024, 11, 28),
    )
    assert [(e["sub_event_type"], e["killed"]) for e in events] == [("Peaceful protest", None)]


def test_a_logs_note_on_what_it_lists_is_no_incident() -> None:
    assert extract(
        "This extract lists incidents from the second half of March 2017 in which civilians were locally reported "
        "killed by international air or artillery strikes.",
        dt.date(2017, 4, 6),
    ) == []


STATEMENTS_WITH_A_CORRECTED_TOLL = """\
Security Media Cell – Joint Operations Command
Statements issued 21–22 January 2022

Statement — Friday, 21 January 2022, 09:40
Before dawn today, a Daesh gang attacked an army post in the Hawi al-Azim area, north of Baqubah in Diyala province. \
Our heroes engaged the attackers, and an officer and ten soldiers were martyred. The Diyala Operations Command had \
earlier put the number of martyrs at eight, before the bodies of three more soldiers were recovered at first light.

Statement — Friday, 21 January 2022, 17:15
The Joint Operations Command extends its condolences to the families of the martyrs of Hawi al-Azim.

Statement — Saturday, 22 January 2022
Iraqi Air Force F-16 aircraft carried out two air strikes late yesterday on a Daesh hideout in Wadi al-Shay, \
south-west of Kirkuk. The strikes destroyed a cave used by the terrorists and killed nine Daesh members, according \
to the Joint Operations Command.
"""


def test_a_corrected_toll_and_what_the_strikes_told_before_did_are_no_more_incidents() -> None:
    events = _events_of(STATEMENTS_WITH_A_CORRECTED_TOLL, dt.date(2022, 1, 28))
    assert [(e["sub_event_type"], e["actor1"], e["killed"]) for e in events] == [
        ("Armed clash", "Islamic State (ISIS)", 11),
        ("Air/drone strike", "Military Forces of Iraq", 9),
    ]


def test_a_ministrys_own_operation_told_without_its_doer_is_the_ministrys() -> None:
    events = _events_of(
        "Republic of Türkiye Ministry of National Defence\n\n13 January 2024, 04:10\nFollowing the heinous attack, an "
        "air operation was carried out in northern Iraq in the Metina region tonight, and 29 targets used by the "
        "PKK/KCK terrorist organization were destroyed.\n\n12 January 2024, 22:45\nTerrorists attempted to infiltrate "
        "one of our bases in the Metina region of northern Iraq this evening; nine of our comrades-in-arms were "
        "martyred.\n",
        dt.date(2024, 1, 16),
    )
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Air/drone strike", "Military Forces of Turkey"), ("Armed clash", "Kurdistan Workers' Party (PKK)")
    ]


def test_a_briefing_summed_up_tells_its_incident_and_not_the_weeks_tally_or_a_denied_claim() -> None:
    events = _events_of(
        "Ministry of National Defence of the Republic of Türkiye\n\n16 January 2024 — Weekly press briefing (summary)\n"
        "Rear Admiral Zeki Aktürk told the weekly briefing that 10 PKK terrorists had been killed in an air operation "
        "in the Metina region on Monday. In the last week, a total of 78 terrorists had been neutralized in northern "
        "Iraq and Syria. He said that the claims that more than twenty Turkish soldiers had been killed were entirely "
        "false.\n",
        dt.date(2024, 1, 16),
    )
    assert [(e["date"], e["killed"]) for e in events] == [("2024-01-15", 10)]


def test_a_siege_broken_on_a_day_is_ground_regained_and_its_breakers_congratulated_are_not() -> None:
    events = _events_of(
        "SANA reports\n\nArmy units broke on Tuesday the siege that ISIS terrorists had imposed on Deir Ezzor city for "
        "more than three years.\n\nPresident Bashar al-Assad made a phone call with the commanders of the forces that "
        "broke the siege on Deir Ezzor, congratulating them on the achievement.\n",
        dt.date(2017, 9, 7),
    )
    assert [e["sub_event_type"] for e in events] == ["Government regains territory"]


def test_an_attack_that_was_only_planned_is_no_attack() -> None:
    (event,) = extract(
        "On 15 September 2021, counter-terrorism forces arrested a member of ISIS in Erbil who confessed that he had "
        "been planning an attack on a shopping centre in the city.",
        dt.date(2021, 9, 16),
    )
    assert event["sub_event_type"] == "Arrests"


def test_a_bomb_that_hit_a_convoy_is_an_explosion_and_a_weeks_statistics_are_none() -> None:
    (event,) = extract(
        "Babil: On January 20, a bomb hit a convoy of trucks carrying supplies for the Coalition on the highway near "
        "Hilla. One truck was damaged and there were no casualties.",
        dt.date(2021, 1, 26),
    )
    assert (event["sub_event_type"], event["place"]) == ("Remote explosive/landmine/IED", "Al Hillah")
    assert extract(
        "23 incidents recorded (prev. week 19): 7 IDF/shelling, 4 IED, 5 armed attacks, 3 demonstrations, 4 other.",
        dt.date(2021, 2, 22),
    ) == []


def test_a_list_of_quarters_of_a_city_is_placed_in_that_city() -> None:
    (event,) = extract(
        "November 26 – 28: Pro-regime forces seized the Masaken Hanano, Jabal Badro, al-Haydariyah and al-Sakhour "
        "districts of northeastern Aleppo City.",
        dt.date(2016, 12, 8),
    )
    assert event["admin1"] == "Aleppo"


def test_what_became_of_a_victim_later_does_not_date_the_incident() -> None:
    events = _events_of(
        "SECURITY WEEKLY — IRAQ\nWeek 07/2021 | Monday 15 – Sunday 21 February 2021 | issued 22 Feb 2021\n\n"
        "INCIDENT LIST\nDate | Gov. | District | Category | Description\n"
        "15/02 | Erbil | Erbil | IDF | Rockets impacted residential areas near the airport. 1 x local civ died of "
        "wounds on 16/02; 9 x WIA.\n"
        "17/02 | Kirkuk | Daquq | Abduction | UAG abducted a local shepherd near Daquq. Released 19/02, reportedly "
        "after a ransom was paid.\n",
        dt.date(2021, 2, 22),
    )
    assert [e["date"] for e in events] == ["2021-02-15", "2021-02-17"]


def test_a_name_known_only_in_part_does_not_take_the_event_abroad() -> None:
    (event,) = extract(
        "On Friday, IS militants ambushed an army patrol near Nawa Jadida, in Tuz Khurmatu, killing two soldiers.",
        dt.date(2022, 4, 11),
    )
    assert event["country"] == "Iraq"


def test_a_town_placed_by_direction_after_the_opening_governorate_is_the_place() -> None:
    (event,) = extract(
        "In Dhi Qar, two men were wounded in an armed dispute between two families in the Karmashiya subdistrict, "
        "south of Nasiriyah, late on Friday, police said.",
        dt.date(2022, 6, 6),
    )
    assert event["place"] == "Nasiriyah"


def test_a_police_force_named_for_its_province_is_not_the_place_of_its_arrest() -> None:
    (event,) = extract(
        "Diyala police said on Tuesday they had detained two ISIS suspects in al-Khalis district.",
        dt.date(2022, 6, 7),
    )
    assert (event["sub_event_type"], event["place"]) == ("Arrests", "Al-Khalis District")


def test_the_dead_of_what_the_detained_are_suspected_of_are_not_counted() -> None:
    (event,) = extract(
        "Dhi Qar police announced on Sunday that they had arrested four men suspected of involvement in a tribal feud "
        "in al-Rifai last month that left two people dead, and seized several rifles.",
        dt.date(2022, 6, 6),
    )
    assert (event["sub_event_type"], event["killed"]) == ("Arrests", None)


def test_a_nations_position_attacked_names_its_army() -> None:
    (event,) = extract(
        "On 3 June 2022, HTS fighters attacked a Russian position near Kafr Nabudah in the Hama countryside.",
        dt.date(2022, 6, 4),
    )
    assert event["actor2"] == "Military Forces of Russia"


def test_a_camp_the_gazetteer_keeps_apart_from_its_town_is_the_place() -> None:
    (event,) = extract(
        "On 9 May 2022, a drone struck a motorcycle near the Makhmur refugee camp, wounding one man.",
        dt.date(2022, 5, 10),
    )
    assert event["place"] == "Makhmour camp"


def test_a_sides_count_of_strikes_since_a_date_is_a_tally_not_the_first_strike() -> None:
    events = _events_of(
        "Hawar News\nQAMISHLO, 20 November 2022\n\n"
        "On Sunday, 20 November, Turkish warplanes struck a grain silo near Tal Tamr, destroying it.\n\n"
        "The SDF said in a statement that Turkey had carried out more than 40 air and drone strikes since 12 November, "
        "killing 11 of its fighters and 9 civilians.\n",
        dt.date(2022, 11, 20),
    )
    assert [(e["date"], e["killed"]) for e in events] == [("2022-11-20", None)]


def test_an_offset_from_the_city_is_measured_from_the_town_the_sentence_opened_with() -> None:
    (event,) = extract(
        "In Manbij, a Turkish drone struck a car in the village of Umm Adasa, about 10 km north of the city, on "
        "Monday.",
        dt.date(2022, 8, 3),
    )
    manbij_lat = 36.5281
    assert event["lat"] is not None and event["lat"] > manbij_lat + 0.05  # north of the city, not on it


def test_the_claimant_of_an_intercepted_drone_is_the_side_it_was_stopped_from() -> None:
    (event,) = extract(
        "Late on Monday, a drone was shot down by the coalition's air defences near Harir air base. The Islamic "
        "Resistance claimed responsibility on Telegram.",
        dt.date(2023, 11, 14),
    )
    assert (event["sub_event_type"], event["actor2"]) == ("Disrupted weapons use", "Islamic Resistance in Iraq")


def test_a_second_drone_told_after_a_day_keeps_the_doer_of_the_first() -> None:
    events = _events_of(
        "Rudaw\nMonday, 5 September 2022\n\n"
        "A Turkish drone struck a car near Khanasor on Sunday evening, killing two members of the YBS.\n\n"
        "Less than a day later, on Monday morning, a second drone hit a house in the village of Gohbal.\n",
        dt.date(2022, 9, 5),
    )
    assert [e["actor1"] for e in events] == ["Military Forces of Turkey", "Military Forces of Turkey"]


def test_a_death_the_counting_side_has_not_confirmed_is_not_added() -> None:
    events = _events_of(
        "Rudaw\nWednesday, 9 December 2020\n\n"
        "Three protesters were killed on Tuesday when security forces opened fire on demonstrators in Kalar, "
        "hospital officials said. Activists said a fourth protester died of his wounds overnight, but the health "
        "directorate had not confirmed this.\n",
        dt.date(2020, 12, 9),
    )
    assert [e["killed"] for e in events] == [3]


def test_the_target_rockets_were_aimed_at_is_not_where_they_were_found() -> None:
    (event,) = extract(
        "On Tuesday, police found three rockets aimed at Ain al-Asad air base in an orchard near Haditha and "
        "dismantled them.",
        dt.date(2024, 1, 10),
    )
    assert (event["sub_event_type"], event["place"]) == ("Disrupted weapons use", "Hadithah")


def test_the_dead_a_headline_names_first_are_not_the_side_that_acted() -> None:
    events = _events_of(
        "North Press\nMonday, 7 March 2022\n\n"
        "Two SDF fighters killed as ISIS cells step up attacks in Deir ez-Zor\n\n"
        "A roadside bomb went off under a military vehicle near Dhiban on Sunday, wounding three fighters.\n",
        dt.date(2022, 3, 7),
    )
    assert [e["actor1"] for e in events] == ["Islamic State (ISIS)"]


def test_a_third_victim_who_died_later_is_one_more_dead_not_another_count() -> None:
    events = _events_of(
        "Rudaw\nWednesday, 9 December 2020\n\n"
        "Two protesters were killed on Tuesday when security forces opened fire on demonstrators in Ranya, hospital "
        "officials said. Activists in the town said a third protester died of his wounds overnight.\n",
        dt.date(2020, 12, 9),
    )
    assert [e["killed"] for e in events] == [3]


def test_an_attack_whose_drone_was_shot_down_is_disrupted_weapons_use_by_the_defenders() -> None:
    events = _events_of(
        "Shafaq News\nSaturday, 4 November 2023\n\n"
        "A faction calling itself the Islamic Resistance in Iraq claimed a drone attack on Friday on the US base at "
        "Rumeilan in the Hasakah countryside. A source in the SDF said the base's air defences shot the drone down.\n",
        dt.date(2023, 11, 4),
    )
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        ("Disrupted weapons use", "Military Forces of the United States", "Islamic Resistance in Iraq")
    ]


def test_the_named_defenders_who_downed_a_claimed_drone_acted() -> None:
    (event,) = extract(
        "On 2 November 2023, the Islamic Resistance in Iraq claimed a drone attack on Ain al-Asad air base, where US "
        "troops are stationed; US air defences intercepted the drone before it reached the base.",
        dt.date(2023, 11, 3),
    )
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Disrupted weapons use",
        "Military Forces of the United States",
        "Islamic Resistance in Iraq",
    )


def test_a_drone_attack_of_which_only_some_drones_were_downed_still_struck() -> None:
    events = _events_of(
        "Shafaq News\nSaturday, 4 November 2023\n\n"
        "Three drones targeted the Harir air base north-east of Erbil on Friday. Kurdish security sources said two "
        "of the drones were shot down, while the third fell inside the base without causing casualties.\n",
        dt.date(2023, 11, 4),
    )
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike"]


def test_the_islamic_resistance_in_iraq_does_not_place_its_attack_in_iraq() -> None:
    (event,) = extract(
        "On 2 November 2023, the Islamic Resistance in Iraq said it had targeted the US base at al-Shaddadi with a "
        "drone.",
        dt.date(2023, 11, 3),
    )
    assert (event["place"], event["admin1"], event["country"]) == ("Ash Shaddadah", "Al-Hasakah", "Syria")


def test_an_unnamed_helicopter_over_syria_is_the_governments() -> None:
    (event,) = extract(
        "On 3 June 2015, helicopters dropped barrels packed with shrapnel on the market of al-Bab, killing 20 "
        "civilians.",
        dt.date(2015, 6, 4),
    )
    assert (event["sub_event_type"], event["actor1"]) == ("Air/drone strike", "Military Forces of Syria")


def test_a_gas_cylinder_dropped_from_a_helicopter_is_a_chemical_attack() -> None:
    (event,) = extract(
        "On 16 March 2015, a chlorine cylinder dropped from a helicopter hit a house in Sarmin, killing six members "
        "of one family.",
        dt.date(2015, 3, 17),
    )
    assert (event["sub_event_type"], event["actor1"]) == ("Chemical weapon", "Military Forces of Syria")


def test_protesters_met_with_live_fire_is_excessive_force() -> None:
    (event,) = extract(
        "On 9 October 2019, students who had marched from the university to the governorate building in Nasiriyah "
        "were met with live fire by riot police. Two students were killed.",
        dt.date(2019, 10, 10),
    )
    assert (event["sub_event_type"], event["actor1"], event["killed"]) == (
        "Excessive force against protesters",
        "Protesters (Iraq)",
        2,
    )


def test_a_video_of_captured_weapons_shows_spoils_not_a_capture() -> None:
    events = _events_of(
        "ITIC\nSpotlight on Global Jihad (March 3 - 9, 2017)\n\n"
        "Northern Syria\n"
        "  • On March 6, 2017, ISIS operatives attacked an SDF position near the village of Jaabar, west of Raqqa. "
        "Amaq later released a video showing weapons and vehicles its operatives had captured in the village (Amaq, "
        "March 7, 2017).\n",
        dt.date(2017, 3, 9),
    )
    assert [e["sub_event_type"] for e in events] == ["Armed clash"]


def test_the_losers_withdrawal_and_the_terms_they_left_on_are_the_take_over() -> None:
    events = _events_of(
        "ITIC\nSpotlight on Global Jihad (July 4 - 10, 2018)\n\n"
        "Southern Syria\n"
        "  • On the night of July 6-7, 2018, Syrian and Russian aircraft carried out dozens of air strikes on the town "
        "of Inkhil. Three civilians were killed (Syrian Observatory for Human Rights, July 7, 2018).\n"
        "  • On July 8, 2018, following three days of shelling, Syrian army forces entered Inkhil. The rebel fighters "
        "pulled out of the town towards Jasim, and an agreement was reached on the evacuation of those who reject the "
        "settlement (SANA, July 8, 2018).\n",
        dt.date(2018, 7, 10),
    )
    taken = events[-1]
    assert (taken["sub_event_type"], taken["actor2"]) == ("Government regains territory", "Rebel groups (Syria)")
    assert "pulled out of the town" in taken["quote"]  # the withdrawal is read as part of the take-over


def test_aircraft_of_two_nations_are_the_first_named_with_the_other_associated() -> None:
    (event,) = extract(
        "On 4 May 2017, Syrian and Russian warplanes struck the town of Khan Shaykhun, killing eight civilians.",
        dt.date(2017, 5, 5),
    )
    assert (event["actor1"], event["assoc_actor_1"]) == ("Military Forces of Syria", "Military Forces of Russia")


def test_air_forces_that_struck_are_an_air_strike_by_those_states() -> None:
    (event,) = extract(
        "On 4 May 2017, the Russian and Syrian air forces struck the town of Maarat al-Numan, killing eight civilians.",
        dt.date(2017, 5, 5),
    )
    assert (event["sub_event_type"], event["actor1"], event["assoc_actor_1"]) == (
        "Air/drone strike",
        "Military Forces of Russia",
        "Military Forces of Syria",
    )


def test_a_party_accused_of_the_bombing_just_told_tells_no_new_attack_and_did_not_do_it() -> None:
    events = _events_of(
        "ITIC\nSpotlight on Global Jihad (July 8 - 14, 2020)\n\n"
        "Northern Syria\n"
        "  • On July 11, 2020, a car bomb exploded near the vegetable market of Ras al-Ain. At least six civilians "
        "were killed (Anadolu, July 11, 2020). Turkey accused the YPG of carrying out the attack. The YPG denied "
        "involvement.\n",
        dt.date(2020, 7, 14),
    )
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)")
    ]


def test_an_earlier_attack_the_lead_recalls_gives_neither_day_nor_doer() -> None:
    (event,) = extract(
        "Salah al-Din Province: Following the ISIS attack on Tikrit on March 2, the police arrested 14 suspects in "
        "the villages south of the city on March 5 (Al-Sumaria News, March 6, 2018).",
        dt.date(2018, 3, 7),
    )
    assert (event["date"], event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "2018-03-05",
        "Arrests",
        "Police Forces of Iraq",
        None,
    )


def test_a_claim_the_teller_calls_false_tells_no_incident() -> None:
    events = _events_of(
        "Security Media Cell\nStatement, Sunday 9 August 2020\n\n"
        "Rumours spread on social media that terrorists had killed four shepherds near Rutba are completely false.\n",
        dt.date(2020, 8, 9),
    )
    assert events == []


def test_what_is_targeted_as_a_rule_is_no_attack() -> None:
    events = _events_of(
        "Republic of Turkey – Ministry of National Defence\nStatements (16 October 2019)\n\n"
        "16 October 2019, 10:20\n"
        "In our operations only terrorist positions and their weapons are targeted.\n",
        dt.date(2019, 10, 16),
    )
    assert events == []


def test_a_states_ministry_speaks_for_its_forces_in_an_operation_told_without_doer() -> None:
    events = _events_of(
        "Republic of Turkey – Ministry of National Defence\nStatements (20-22 June 2020)\n\n"
        "21 June 2020, 22:40\n"
        "Three PKK terrorists who were preparing an attack in the Avashin region were neutralized in an air "
        "operation this evening.\n\n"
        "22 June 2020, 09:15\n"
        "Our operations continue successfully in line with the plan.\n",
        dt.date(2020, 6, 22),
    )
    assert [(e["actor1"], e["actor2"], e["date"]) for e in events] == [
        ("Military Forces of Turkey", "Kurdistan Workers' Party (PKK)", "2020-06-21")
    ]


def test_a_briefings_yesterday_is_the_day_before_the_briefing() -> None:
    events = _events_of(
        "Ministry of Defence of the Russian Federation\nDaily briefings, 3-5 March 2020\n\n"
        "Briefing of 4 March 2020\n"
        "Yesterday, militants attacked positions of the Syrian government troops near the settlement of Saraqib. "
        "The attack was repelled. Nine militants were eliminated.\n\n"
        "Briefing of 5 March 2020\n"
        "Over the past day, 12 shelling attacks were registered in the Idlib de-escalation zone.\n",
        dt.date(2020, 3, 5),
    )
    assert [(e["date"], e["killed"]) for e in events] == [("2020-03-03", 9)]


def test_air_defences_that_destroyed_drones_disrupted_them_for_the_release_s_side() -> None:
    events = _events_of(
        "Ministry of Defence of the Russian Federation\nDaily briefings, 3-5 March 2020\n\n"
        "Briefing of 4 March 2020\n"
        "During the night, the air defence systems of the Hmeimim airbase destroyed three unmanned aerial vehicles "
        "launched by militants from the Idlib de-escalation zone. There were no casualties.\n",
        dt.date(2020, 3, 5),
    )
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        ("Disrupted weapons use", "Military Forces of Russia", "Unidentified Armed Group (Syria)")
    ]


def test_the_coders_own_attribution_names_the_doer_of_an_act_both_sides_deny() -> None:
    (event,) = extract(
        "On 4 June 2021, shells hit a market in Afrin city (Aleppo), killing 13 civilians. The SNA blamed the SDF, "
        "which denied it. Coded to the SDF.",
        dt.date(2021, 6, 5),
    )
    assert (event["actor1"], event["actor2"], event["killed"]) == (
        "Syrian Democratic Forces (SDF)",
        "Civilians (Syria)",
        13,
    )


def test_the_coders_attribution_to_a_state_names_its_forces() -> None:
    (event,) = extract(
        "On 9 August 2021, artillery shells struck a village near Sidakan (Erbil), killing a farmer. Local officials "
        "blamed the PKK; the PKK blamed Turkish troops. Coded to Turkey.",
        dt.date(2021, 8, 10),
    )
    assert event["actor1"] == "Military Forces of Turkey"


def test_the_force_whose_positions_were_struck_is_the_target_though_civilians_died() -> None:
    (event,) = extract(
        "On 14 June 2021, Turkish drones struck PKK positions near Makhmour (Erbil). Local officials said four people, "
        "three of them civilians, were killed.",
        dt.date(2021, 6, 15),
    )
    assert (event["actor1"], event["actor2"], event["killed"]) == (
        "Military Forces of Turkey",
        "Kurdistan Workers' Party (PKK)",
        4,
    )


def test_a_faction_of_the_syrian_national_army_is_coded_as_the_army_with_the_faction_associated() -> None:
    (event,) = extract(
        "On 3 May 2022, fighters of the Sultan Murad Division clashed with the SDF near the village of Arimah, west "
        "of Manbij (Aleppo); two fighters were killed.",
        dt.date(2022, 5, 4),
    )
    assert (event["actor1"], event["assoc_actor_1"], event["actor2"]) == (
        "Syrian National Army (SNA)",
        "Sultan Murad Division",
        "Syrian Democratic Forces (SDF)",
    )


def test_ground_taken_before_a_declaration_is_the_event() -> None:
    (event,) = extract(
        "On 17 October 2017, the SDF declared the defeat of ISIS in Raqqa after taking its last pocket around the "
        "municipal stadium.",
        dt.date(2017, 10, 18),
    )
    assert (event["sub_event_type"], event["actor1"]) == (
        "Non-state actor overtakes territory",
        "Syrian Democratic Forces (SDF)",
    )


def test_a_town_taken_under_control_with_an_ally_names_the_ally_as_associate_not_target() -> None:
    events = _events_of(
        "Republic of Turkey – Ministry of National Defence\nStatements (18-19 March 2018)\n\n"
        "18 March 2018, 08:30\n"
        "The centre of Afrin has been taken under control together with the Free Syrian Army.\n\n"
        "19 March 2018, 10:00\n"
        "Search and clearance activities continue in the town.\n",
        dt.date(2018, 3, 19),
    )
    assert [(e["sub_event_type"], e["actor1"], e["assoc_actor_1"], e["actor2"]) for e in events] == [
        ("Non-state actor overtakes territory", "Military Forces of Turkey", "Syrian National Army (SNA)", None)
    ]


def test_two_sides_battling_in_a_district_are_the_two_sides_of_a_clash() -> None:
    (event,) = extract(
        "On 14 May 2013, troops and rebel fighters were battling in the Qaboun district of Damascus for a second "
        "day.",
        dt.date(2013, 5, 15),
    )
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Syria", "Rebel groups (Syria)")


def test_items_a_coder_lists_as_not_coded_are_no_events() -> None:
    events = _events_of(
        "Coded notes, Iraq, June 2021\n\n"
        "On 14 June 2021, an IED struck an army patrol near Tarmiyah (Baghdad), wounding two soldiers.\n\n"
        "Not coded:\n\n"
        "16 June 2021 – gunmen attacked a checkpoint near Samarra, said one unverified post (single source).\n\n"
        "18 June 2021 – the government and the KRG agreed on a new budget share (political development).\n",
        dt.date(2021, 6, 30),
    )
    assert [(e["date"], e["admin1"]) for e in events] == [("2021-06-14", "Baghdad")]


def test_a_release_s_list_of_strikes_engaged_near_towns_is_air_strikes_by_the_issuer() -> None:
    events = _events_of(
        "U.S. Central Command\nPress releases, Aug. 23 – Aug. 25, 2021\n\n"
        "U.S. Central Command Statement on Strikes in Iraq and Syria\nAug. 24, 2021\n"
        "TAMPA, Fla. – On Aug. 24, U.S. Central Command forces conducted airstrikes in Iraq and Syria against "
        "Iran-backed militia groups. U.S. aircraft struck more than 30 targets at five locations.\n"
        "-- In Syria, near Abu Kamal and Al Mayadin, strikes engaged militia command centers and rocket and missile "
        "storage facilities.\n"
        "-- In Iraq, near Al Qaim, strikes engaged militia munition supply facilities.\n",
        dt.date(2021, 8, 25),
    )
    assert [(e["sub_event_type"], e["actor1"], e["admin1"]) for e in events] == [
        ("Air/drone strike", "Military Forces of the United States", "Deir ez-Zor"),
        ("Air/drone strike", "Military Forces of the United States", "Al-Anbar"),
    ]


def test_an_attack_carried_out_by_a_group_on_troops_names_both_sides() -> None:
    (event,) = extract(
        "On 3 June 2020, two soldiers were killed in the attack carried out by PKK militants on an army outpost near "
        "Kani Masi (Dohuk).",
        dt.date(2020, 6, 4),
    )
    assert (event["actor1"], event["killed"]) == ("Kurdistan Workers' Party (PKK)", 2)


def test_where_the_detained_are_accused_of_acting_is_not_where_they_were_arrested() -> None:
    (event,) = extract(
        "On 3 February 2025, General Security forces arrested a former officer accused of torturing detainees at the "
        "Mezzeh airbase, during a raid in the al-Waer neighbourhood of Homs.",
        dt.date(2025, 2, 4),
    )
    assert (event["sub_event_type"], event["admin1"]) == ("Arrests", "Homs")


def test_a_backer_named_after_the_action_is_an_ally_not_the_target() -> None:
    (event,) = extract(
        "On 9 July 2017, Iraqi forces declared full control of Mosul's Old City after a nine-month campaign backed by "
        "coalition air strikes.",
        dt.date(2017, 7, 10),
    )
    assert (event["actor1"], event["assoc_actor_1"], event["actor2"]) == (
        "Military Forces of Iraq",
        "Global Coalition against Daesh",
        None,
    )


def test_fighting_that_went_on_until_the_following_day_spans_both_days() -> None:
    (event,) = extract(
        "On 5 May 2016, IS gunmen infiltrated Samarra and attacked police stations and government buildings; street "
        "fighting with police and army units went on until the following day. At least 20 people were killed.",
        dt.date(2016, 5, 8),
    )
    assert (event["date"], event["killed"]) == ("2016-05-05/2016-05-06", 20)


def test_a_take_over_after_a_clash_in_the_same_sentence_is_one_event_by_the_side_that_won() -> None:
    (event,) = extract(
        "Fighting between Jaysh al-Islam and the al-Rahman Legion went on for a second day in the Eastern Ghouta on "
        "Saturday; the Legion seized the town of Misraba and two farms near it.",
        dt.date(2017, 5, 1),
    )
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Non-state actor overtakes territory",
        "Faylaq al-Rahman",
        "Jaysh al-Islam",
    )


def test_a_short_back_reference_to_a_front_named_before_is_that_front() -> None:
    (event,) = extract(
        "Clashes between the Levant Front and Hayat Tahrir al-Sham went on near Atarib for the third day; the Front "
        "took control of the village of Kafr Nouran on Monday, leaving nine dead on both sides.",
        dt.date(2019, 1, 3),
    )
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["killed"]) == (
        "Non-state actor overtakes territory",
        "Syrian National Army (SNA)",  # (the Levant Front is one of its factions)
        "Hayat Tahrir al-Sham (HTS)",
        9,
    )


def test_sides_named_long_after_the_clash_word_are_still_the_two_sides() -> None:
    (event,) = extract(
        "Heavy clashes raged through Thursday night in the farms east of the town of Tal Rifaat and near the Menagh "
        "airbase between the Syrian Democratic Forces on one side and Turkish-backed factions on the other.",
        dt.date(2018, 3, 2),
    )
    assert {event["actor1"], event["actor2"]} == {"Syrian Democratic Forces (SDF)", "Syrian National Army (SNA)"}


def test_a_running_count_of_attacks_that_has_reached_a_number_is_no_incident() -> None:
    events = extract(
        "Attacks on convoys carrying supplies for the coalition have now reached 12 since the summer.",
        dt.date(2020, 6, 10),
    )
    assert events == []


def test_an_offset_keeps_the_governorate_of_the_town_it_is_measured_from_near_its_edge() -> None:
    (event,) = extract(
        "On 9 March 2020, two rockets fell about 40 km south-east of Baghdad, near an army camp; no casualties.",
        dt.date(2020, 3, 10),
    )
    assert event["admin1"] == "Baghdad"


def test_the_dead_of_battles_that_won_the_ground_belong_to_the_take_over() -> None:
    (event,) = extract(
        "On 4 March 2018, Turkish-backed factions captured the village of Qurna in Afrin district after battles that "
        "killed six of their fighters and nine YPG members.",
        dt.date(2018, 3, 5),
    )
    assert (event["sub_event_type"], event["killed"]) == ("Non-state actor overtakes territory", 15)


def test_one_side_naming_its_own_dead_after_a_toll_of_people_is_another_count_of_the_same_dead() -> None:
    (event,) = extract(
        "On 26 December 2019, US aircraft struck three Kataib Hezbollah sites near al-Qaim. A provincial official said "
        "24 people were killed; the group later announced that 27 of its fighters had died.",
        dt.date(2019, 12, 27),
    )
    assert event["killed"] == 24


def test_an_opening_town_described_as_a_town_of_a_region_is_the_place() -> None:
    (event,) = extract(
        "In Manbij, the largest city of the eastern Aleppo countryside, a car bomb exploded near the vegetable market "
        "on 14 May 2022, killing three civilians.",
        dt.date(2022, 5, 15),
    )
    assert event["place"] == "Manbij"


def test_a_title_that_lists_its_columns_in_brackets_reads_each_rows_date_and_sources() -> None:
    events = _events_of(
        "SYRIA | selected notes 2014–2015 | extract (date | notes | source)\n"
        "2014-03-16 | Syrian army and Hezbollah fighters took control of Yabroud from rebel groups after a month-long "
        "offensive in the Qalamoun mountains. Fatalities unknown. | SANA; Al-Manar\n"
        "2015-01-26 | Kurdish YPG fighters, backed by coalition air strikes, took full control of Kobani from ISIS "
        "after four months of fighting. Fatalities unknown. | Reuters\n",
        dt.date(2015, 2, 1),
    )
    assert [(e["date"], e["sources"]) for e in events] == [
        ("2014-03-16", ["SANA", "Al-Manar"]),
        ("2015-01-26", ["Reuters"]),
    ]


def test_a_coders_count_of_fatalities_and_injured_is_both_figures() -> None:
    (event,) = extract(
        "On 3 May 2015, an IED exploded near a bus in Tuz Khurmatu, resulting in 3 fatalities and 12 injured.",
        dt.date(2015, 5, 4),
    )
    assert (event["killed"], event["wounded"]) == (3, 12)


def test_a_verbless_toll_followed_by_its_teller_is_counted() -> None:
    (event,) = extract(
        "On 9 June 2015, ISIS fighters overran an army post near Baiji. At least 30 soldiers killed according to "
        "local officials; ISIS losses unknown.",
        dt.date(2015, 6, 10),
    )
    assert event["killed"] == 30


def test_a_coders_remark_on_the_period_is_no_event() -> None:
    events = _events_of(
        "IRAQ NOTES\n\n"
        "On 3 March 2017, Iraqi police clashed with ISIS fighters in the al-Dawasa district of Mosul. Fatalities "
        "unknown.\n\n"
        "Coder remark: in the same fortnight SOHR recorded at least 64 people killed in government and Russian "
        "bombardment of southern Idlib, and OCHA reported 90,000 people displaced.\n",
        dt.date(2017, 3, 10),
    )
    assert len(events) == 1 and events[0]["sub_event_type"] == "Armed clash"


def test_a_truce_with_a_hyphenated_modifier_is_an_agreement() -> None:
    (event,) = extract(
        "On 2 June 2016, Jaysh al-Islam and regime negotiators reached a one-month truce covering Douma and its "
        "farms.",
        dt.date(2016, 6, 3),
    )
    assert event["sub_event_type"] == "Agreement"


def test_reports_of_an_attack_called_baseless_are_no_attack() -> None:
    events = extract(
        "The government news agency said that the reports of the use of poison gas in Douma were \"totally baseless\" "
        "and meant to derail the talks in Geneva.",
        dt.date(2018, 4, 8),
    )
    assert events == []


def test_a_ministry_that_denied_the_allegations_tells_no_attack() -> None:
    events = extract(
        "The Foreign Ministry firmly denied the allegations spread by some opposition outlets that the army used "
        "chlorine gas in the town of Kafr Zita on Friday, calling them a fabrication.",
        dt.date(2016, 5, 1),
    )
    assert events == []


def test_a_state_that_says_it_possesses_no_chemical_weapons_tells_no_attack() -> None:
    events = extract(
        "The ministry stressed that Syria does not possess any chemical weapons and condemns their use by anyone.",
        dt.date(2017, 4, 6),
    )
    assert events == []


def test_a_superlative_frame_before_the_verb_leaves_the_verb_to_tell_who_did_it() -> None:
    (event,) = extract(
        "In the deadliest attack since the start of the year, regime helicopters dropped barrel bombs loaded with "
        "toxic gases on Kafr Zita on 12 April 2014, killing five people.",
        dt.date(2014, 4, 13),
    )
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Chemical weapon",
        "Military Forces of Syria",
        "Civilians (Syria)",
    )


def test_damascus_suburbs_is_the_rural_damascus_governorate() -> None:
    (event,) = extract(
        "Damascus Suburbs: Regime artillery shelled the town of Zamalka on 3 June 2013, killing two civilians.",
        dt.date(2013, 6, 4),
    )
    assert (event["place"], event["admin1"]) == ("Zamalka", "Rif Dimashq")


def test_an_agency_dateline_with_its_day_first_dates_the_weekday_after_it() -> None:
    events = _events_of(
        "SANA news\n\n"
        "Homs, Sept. 12, SANA – A soldier was martyred on Saturday when terrorists attacked a checkpoint near "
        "Palmyra.\n",
        dt.date(2021, 9, 15),
    )
    assert [e["date"] for e in events] == ["2021-09-11"]


def test_state_medias_aggression_is_a_strike_and_names_its_doer() -> None:
    events = _events_of(
        "SANA news\n\n"
        "Damascus, May 4, SANA – Two soldiers were martyred in an Israeli aggression that targeted a military point "
        "in Quneitra countryside, a military source said.\n\n"
        "Hasaka, May 6, SANA – Helicopters of the American occupation forces at dawn today launched an aggression "
        "on a village near al-Shaddadi, causing material damage.\n",
        dt.date(2021, 5, 7),
    )
    assert [(e["date"], e["sub_event_type"], e["actor1"]) for e in events] == [
        ("2021-05-04", "Air/drone strike", "Military Forces of Israel"),
        ("2021-05-06", "Air/drone strike", "Military Forces of the United States"),
    ]


def test_the_first_of_two_governorates_countryside_is_the_place() -> None:
    (event,) = extract(
        "On 3 March 2021, Israeli missiles targeted some points in Hama countryside and the west of Homs countryside, "
        "killing two soldiers.",
        dt.date(2021, 3, 4),
    )
    assert event["admin1"] == "Hama"


def test_a_footnote_marker_after_a_full_stop_still_ends_the_sentence() -> None:
    events = extract(
        "Syrian regime helicopters dropped barrel bombs on Kafr Zita on 3 May 2016, killing four civilians.[12] "
        "Russian warplanes also struck the outskirts of Khan Shaykhun the same day; two civilians were killed.(13)",
        dt.date(2016, 5, 6),
    )
    assert [(e["actor1"], e["killed"]) for e in events] == [
        ("Military Forces of Syria", 4),
        ("Military Forces of Russia", 2),
    ]


def test_a_map_caption_label_makes_the_paragraph_a_caption() -> None:
    events = _events_of(
        "Iraq and Syria update\n\n"
        "Map caption: Reported attacks on US forces, 1-9 November. Squares mark rocket attacks; stars mark drone "
        "attacks.\n",
        dt.date(2023, 11, 10),
    )
    assert events == []


def test_what_a_party_claimed_its_strikes_did_is_an_event_of_its_own() -> None:
    events = extract(
        "ISIS fighters seized the town of al-Qaryatayn on 5 August 2015. The Russian Ministry of Defence claimed that "
        "Russian airstrikes killed 60 ISIS fighters near Palmyra on 7 August 2015.",
        dt.date(2015, 8, 9),
    )
    assert [(e["sub_event_type"], e["killed"]) for e in events] == [
        ("Non-state actor overtakes territory", None),
        ("Air/drone strike", 60),
    ]


def test_a_towns_own_spot_is_not_where_its_buses_come_from() -> None:
    events = _events_of(
        "Bomb kills nine in Azaz\n\n"
        "BEIRUT (AFP) - A car bomb tore through a crowded street in the northern Syrian town of Azaz on Sunday, "
        "killing at least nine people including children, a monitor said.\n\n"
        "The explosives-packed vehicle blew up shortly before noon near the town's main bus station, where minibuses "
        "from Marea and Tal Rifaat drop off shoppers heading for the market, a local police official told AFP.\n",
        dt.date(2021, 6, 7),
    )
    assert [(e["place"], e["killed"]) for e in events] == [("I'zaz", 9)]


def test_the_series_an_incident_belongs_to_names_no_victims_of_it() -> None:
    (event,) = extract(
        "Masked gunmen abducted a lawyer in Basra late on Monday as he left a sit-in outside the governorate building, "
        "police said, the latest in a series of kidnappings of demonstrators.",
        dt.date(2020, 2, 5),
    )
    assert (event["sub_event_type"], event["actor2"]) == ("Abduction/forced disappearance", "Civilians (Iraq)")


def test_a_protester_whose_body_police_found_is_a_killing_by_unknown_gunmen() -> None:
    (event,) = extract(
        "Police found the body of a young protester with gunshot wounds on the edge of Kut on 14 December 2019.",
        dt.date(2019, 12, 15),
    )
    assert (event["sub_event_type"], event["actor1"]) == ("Attack", "Unidentified Armed Group (Iraq)")


def test_a_drone_brought_down_by_the_air_defences_of_a_force_is_stopped_by_that_force() -> None:
    (event,) = extract(
        "Late on 2 November 2023, a drone was shot down as it approached the Ain al-Asad air base, the Iraqi military "
        "said, adding that it had been brought down by the air defences of the international coalition.",
        dt.date(2023, 11, 3),
    )
    assert (event["sub_event_type"], event["actor1"]) == ("Disrupted weapons use", "Global Coalition against Daesh")



def test_another_force_that_also_struck_elsewhere_the_same_day_is_another_event() -> None:
    events = extract(
        "Turkish drones struck a car near Amuda on 9 October 2023, killing two SDF fighters. Turkish artillery also "
        "shelled the outskirts of Tell Tamr the same day.",
        dt.date(2023, 10, 10),
    )
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_fighters_of_a_so_called_group_in_quotes_are_that_group() -> None:
    (event,) = extract(
        "On 5 March 2018, army units repelled an attack by terrorists of the so-called \u201cJaysh al-Islam\u201d on "
        "military points near Harasta, killing 11 of them.",
        dt.date(2018, 3, 6),
    )
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Armed clash",
        "Jaysh al-Islam",
        "Military Forces of Syria",
    )


def test_a_reporter_told_of_the_dead_does_not_make_them_civilians() -> None:
    events = _events_of(
        "SANA\n\n"
        "Damascus, SANA – Army units late on Sunday foiled an infiltration attempt by terrorists towards military "
        "points near Zamalka. A military source told SANA's reporter that the army units clashed with the attacking "
        "groups and killed 9 of them.\n",
        dt.date(2018, 3, 12),
    )
    assert [e["sub_event_type"] for e in events] == ["Armed clash"]


def test_rockets_that_fell_on_a_turkish_border_town_are_abroad() -> None:
    events = extract(
        "Rockets fired from areas held by the YPG in northern Aleppo fell on the Turkish border town of Kilis on "
        "22 January 2018, killing one person.",
        dt.date(2018, 1, 23),
    )
    assert events == []


def test_a_leader_saying_the_air_operation_was_only_the_start_tells_no_strike() -> None:
    events = extract(
        "Turkish President Recep Tayyip Erdogan said on Tuesday that Turkey would launch a land offensive in northern "
        "Syria at the right moment, adding that the air operation was \"only the start\".",
        dt.date(2022, 11, 23),
    )
    assert events == []


def test_the_side_that_came_in_after_the_other_withdrew_takes_the_ground() -> None:
    (event,) = extract(
        "On 20 October 2017, Peshmerga forces withdrew from Khanaqin overnight, and Iraqi federal police together "
        "with PMF units took over the town without a fight.",
        dt.date(2017, 10, 21),
    )
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Non-violent transfer of territory",
        "Police Forces of Iraq",
        "Peshmerga",
    )


def test_the_subject_of_the_clause_that_tells_the_act_is_its_doer() -> None:
    (event,) = extract(
        "On 14 March 2018, under a local deal, some 1,500 rebel fighters and their families left Harasta for Idlib on "
        "government buses, and Military Forces of Syria entered the town without fighting.",
        dt.date(2018, 3, 15),
    )
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Syria", "Rebel groups (Syria)")


def test_a_label_naming_part_of_a_governorate_gives_way_to_the_town_the_line_names() -> None:
    events = _digest(
        "Situation update\n\n"
        "Southern Deir ez-Zor: Russian jets struck ISIS hideouts near Mayadin on May 16, killing four militants.\n\n"
        "Northern Salah al-Din: An IED struck an army patrol near Shirqat on May 17, wounding three soldiers.\n"
    )
    assert [(e["place"], e["admin1"]) for e in events] == [
        ("Al Mayadin", "Deir ez-Zor"),
        ("Al-Shirqat District", "Salah al-Din"),
    ]


def test_the_one_who_survived_an_attempt_on_his_life_was_its_target_and_was_hurt() -> None:
    (event,) = extract(
        "In Inkhil, a former rebel commander survived an assassination attempt on Saturday evening when gunmen "
        "opened fire on his car. He was lightly wounded, and no party claimed responsibility.",
        dt.date(2021, 10, 18),
    )
    assert (event["actor1"], event["actor2"], event["wounded"]) == (
        "Unidentified Armed Group (Syria)",
        "Civilians (Syria)",
        1,
    )


def test_an_attempt_on_a_mans_life_with_a_bomb_is_a_bombing() -> None:
    (event,) = extract(
        "On 3 March 2022, a member of the local reconciliation committee in Sheikh Miskin survived an assassination "
        "attempt when an explosive device planted under his car went off.",
        dt.date(2022, 3, 4),
    )
    assert (event["sub_event_type"], event["actor2"]) == ("Remote explosive/landmine/IED", "Civilians (Syria)")


def test_a_bulletins_verbless_one_martyr() -> None:
    (event,) = extract(
        "Idlib, 21 August 2013: One martyr and several wounded as regime forces shelled the town of Saraqib.",
        dt.date(2013, 8, 22),
    )
    assert (event["killed"], event["wounded"]) == (1, None)


def test_a_claim_sub_bullet_under_the_bullet_that_tells_the_attack_is_the_same_event() -> None:
    events = _digest(
        "Weekly digest (May 12 – 18, 2021)\n\nIraq\n"
        "  • On May 14, 2021, ISIS operatives attacked a bus carrying pilgrims on their way to Samarra on the road "
        "south of Balad, killing four passengers (Al-Sumaria News, May 15, 2021).\n"
        "    • ISIS claimed responsibility for the attack in a statement issued by its Amaq News Agency, which said "
        "that its fighters had attacked a bus of “polytheists” (Amaq, May 14, 2021).\n"
    )
    (event,) = events
    assert (event["place"], event["killed"]) == ("Balad", 4)
    assert [c["outlet"] for c in event["citations"]] == ["Al-Sumaria News", "Amaq"]


def test_a_ministrys_statements_under_their_date_stamps_in_a_bulleted_release() -> None:
    events = _digest(
        "REPUBLIC OF TÜRKİYE – MINISTRY OF NATIONAL DEFENCE\nPress statements, 10–12 May 2021\n\n"
        "10 May 2021, 09:20\n"
        "The targets struck last night were as follows:\n"
        "• Gara (northern Iraq): 6 targets destroyed.\n\n"
        "11 May 2021, 16:05\n"
        "Three PKK terrorists who opened harassment fire on our base area near Azaz were neutralized by our "
        "commandos.\n"
    )
    assert [(e["date"], e["actor1"], e["actor2"], e["killed"]) for e in events][-1] == (
        "2021-05-11",
        "Military Forces of Turkey",
        "Kurdistan Workers' Party (PKK)",
        3,
    )


def test_a_security_media_cell_statement_under_its_dated_heading_counts_its_last_night_from_that_day() -> None:
    events = _digest(
        "Security Media Cell – statements, 1–7 March 2021\n\n"
        "Security Media Cell – Thursday, 4 March 2021\n"
        "Last night, an IED exploded against an army patrol near Tarmiyah, wounding two soldiers.\n\n"
        "Security Media Cell – Saturday, 6 March 2021\n"
        "At 07:20 this morning, three rockets fell inside the perimeter of Balad Air Base, causing no casualties.\n"
    )
    assert [e["date"] for e in events] == ["2021-03-03", "2021-03-06"]


def test_a_tab_separated_exports_header_under_its_title_line() -> None:
    report = _article(
        "# Export: Iraq – selected events | generated 3 May 2021\n"
        "event_id_cnty\tadmin1\tnotes\tsource\n"
        "IRQ1\tNinewa\tOn 2 May 2021, IS fighters shot dead two shepherds near Qayyarah.\tShafaq News; Rudaw\n"
        "IRQ2\tBasrah\tOn 2 May 2021, protesters rallied in Zubair against power cuts.\tShafaq News\n",
        dt.date(2021, 5, 3),
    )
    event = report["events"][0]
    assert (event["place"], event["admin1"], event["sources"]) == (
        "Al Qayyarah",
        "Nineveh",
        ["Shafaq News", "Rudaw"],
    )


def test_an_incident_list_whose_columns_a_note_names_and_whose_days_are_headings() -> None:
    report = _article(
        "DAILY CIVILIAN DEATHS, IRAQ (selected days)\n\n"
        "Each row gives: ref | day | location | target and weapon | deaths recorded (min–max) | sources.\n"
        "Deaths are civilian deaths unless marked otherwise.\n\n"
        "=== Thursday 3 July 2014 ===\n"
        "a101 | Thu 3 Jul 2014 | Hilla: Nader district | car bomb near a bus station | 5–8 (22 injured) | AFP; NINA\n"
        "a102 | Thu 3 Jul 2014 | Hilla: al-Jameen | truck bomb near a market | 12 | Reuters\n"
        "Daily total: 17–20 killed; ISIS's advance on Tikrit the same week displaced thousands.\n\n"
        "=== Friday 4 July 2014 ===\n"
        "a103 | Fri 4 Jul 2014 | Tuz Khurmatu | farmer shot by gunmen in his field; police said in August 2014 "
        "that the killers had not been found | 1 | Rudaw\n",
        dt.date(2014, 9, 1),
    )
    assert [(e["date"], e["sub_event_type"], e["actor1"], e["killed"], e["wounded"], e["sources"])
            for e in report["events"]] == [
        ("2014-07-03", "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", 5, 22, ["AFP", "NINA"]),
        ("2014-07-03", "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", 12, None, ["Reuters"]),
        ("2014-07-04", "Attack", "Unidentified Armed Group (Iraq)", 1, None, ["Rudaw"]),
    ]


def test_a_defence_ministrys_briefing_tells_its_own_strikes_by_their_aircraft() -> None:
    report = _article(
        "Ministry of Defence of the Russian Federation\n\n"
        "Over the past day, aircraft of the aviation group performed 40 combat sorties.\n\n"
        "Near the settlement of Habit in Idlib province, a Su-24M bomber destroyed a command post of the Jabhat "
        "al-Nusra terrorist grouping.\n\n"
        "A field camp of the militants was hit by a Su-34 near Kafr Zita in the north of Hama province.\n\n"
        "I declare that our aircraft did not carry out any strikes on Rastan, and these reports are a fabrication.\n",
        dt.date(2015, 10, 20),
    )
    assert [(e["actor1"], e["place"]) for e in report["events"]] == [
        ("Military Forces of Russia", "Al-Habit"),
        ("Military Forces of Russia", "Kafr Zayta"),
    ]


def test_a_coalition_releases_strikes_told_by_their_count_are_the_coalitions() -> None:
    report = _article(
        "Combined Joint Task Force – Operation Inherent Resolve\nNews Release\n\n"
        "SOUTHWEST ASIA – Coalition military forces continued to attack ISIL terrorists in Syria and Iraq.\n\n"
        "Iraq\n-- Near Tal Afar, three strikes struck an ISIL tactical unit and destroyed an ISIL vehicle.\n"
        "-- Near Sinjar, one strike destroyed an ISIL fighting position.\n",
        dt.date(2015, 9, 2),
    )
    assert {e["actor1"] for e in report["events"]} == {"Global Coalition against Daesh"}


def test_a_clan_fight_its_toll_told_by_an_office_named_for_the_province_and_the_arrests_after() -> None:
    report = _article(
        "Clan feud turns deadly in Maysan\n\n"
        "A dispute between two clans turned deadly on Saturday afternoon, when members of the al-Bu Darraj and "
        "al-Sawaed tribes fought with medium weapons in a village of Qalat Salih district.\n\n"
        "A source in the Maysan Health Directorate said that two people were killed and six others wounded. A police "
        "source gave a higher toll of three dead.\n\n"
        "The fighting, which local farmers said lasted two hours, blocked the road to Amarah.\n\n"
        "Early on Sunday, a force from the Maysan Police Command raided houses in the area and arrested seven "
        "suspects.\n",
        dt.date(2022, 2, 7),
    )
    assert [(e["sub_event_type"], e["actor1"], e["killed"], e["wounded"]) for e in report["events"]] == [
        ("Armed clash", "Unidentified Tribal Militia (Iraq)", 2, 6),
        ("Arrests", "Police Forces of Iraq", None, None),
    ]


def test_a_protest_in_solidarity_with_another_city_is_where_it_gathered() -> None:
    (event,) = extract(
        "Kut, 4 October 2019: some two hundred people rallied outside the provincial council building in solidarity "
        "with the demonstrators in Baghdad.",
        dt.date(2019, 10, 5),
    )
    assert (event["place"], event["admin1"]) == ("Al-Kut", "Wasit")


def test_what_the_victim_had_once_signed_is_no_agreement() -> None:
    (event,) = extract(
        "On 2 March 2020, gunmen on a motorbike shot dead a mukhtar who had signed a reconciliation agreement in Dael "
        "(Da'il), in the western Daraa countryside.",
        dt.date(2020, 3, 3),
    )
    assert (event["sub_event_type"], event["killed"]) == ("Attack", 1)


def test_a_weeks_total_told_without_have_been_is_no_incident() -> None:
    report = _article(
        "MINISTRY OF NATIONAL DEFENCE\n\nOur fight against terrorism continues with determination. In the last week, "
        "a total of 112 PKK terrorists were neutralized in northern Iraq.\n",
        dt.date(2022, 6, 9),
    )
    assert report["events"] == []


def test_a_rights_groups_numbered_incidents_are_each_dated_by_their_own_heading() -> None:
    report = _article(
        "Violations Monitoring Centre\nMonthly report on civilian deaths in Syria, March 2013\n"
        "Released: April 2, 2013\n\n"
        "Methodology\n"
        "The centre defines a massacre as an attack in which five or more civilians are killed at once.\n\n"
        "Notable incidents\n\n"
        "1. Monday, March 4, 2013 – Binnish, Idlib countryside\n"
        "Government warplanes struck a crowded market in Binnish town at noon, killing nine civilians.\n\n"
        "2. March 7, 2013 – Jobar neighbourhood, Damascus\n"
        "Government artillery shelled residential buildings in Jobar, killing four civilians, among them a child.\n\n"
        "3. Saturday, March 9, 2013 – ad-Dana, Idlib countryside\n"
        "Residents who had sheltered in a basement in the town were killed when government helicopters dropped "
        "barrel bombs on ad-Dana. The centre documented the names of 17 victims; local activists spoke of 30.\n\n"
        "Recommendations\n"
        "The Security Council must impose a ban on the use of barrel bombs against residential areas.\n",
        dt.date(2013, 4, 2),
    )
    assert [(e["date"], e["killed"]) for e in report["events"]] == [
        ("2013-03-04", 9),
        ("2013-03-07", 4),
        ("2013-03-09", 17),
    ]


def test_a_records_fatality_field_and_sources_on_the_line_under_its_note_belong_to_it() -> None:
    report = _article(
        "Anbar and Nineveh desk – coded notes, April 2021\n\n"
        "On 3 April 2021, unidentified gunmen shot dead a tribal sheikh near his house in Rutba (Anbar).\n"
        "Fatalities: 1 | Sources: Shafaq News; Rudaw\n\n"
        "On 9 April 2021, an IED went off under a fuel tanker on the road between Baiji and Haditha (Salah al-Din); "
        "the driver escaped unhurt.\n"
        "Fatalities: 0 | Source: Alsumaria\n\n"
        "On 12 April 2021, a Turkish drone struck a car near Sinunu (Nineveh). The Turkish ministry said several "
        'PKK "terrorists" were neutralised.\n'
        "Fatalities: 2 | Sources: Anadolu Agency; Kurdistan 24\n",
        dt.date(2021, 5, 2),
    )
    assert [(e["date"], e["killed"], e["sources"]) for e in report["events"]] == [
        ("2021-04-03", 1, ["Shafaq News", "Rudaw"]),
        ("2021-04-09", 0, ["Alsumaria"]),
        ("2021-04-12", 2, ["Anadolu Agency", "Kurdistan 24"]),
    ]


def test_a_wire_storys_habits_wars_toll_and_weeks_of_fighting_are_no_incidents() -> None:
    report = _article(
        "BEIRUT, May 3 (Reuters) - Syrian government helicopters dropped barrel bombs on the rebel-held town of "
        "Harasta on Tuesday, killing at least 14 people, a monitoring group said.\n\n"
        "Faylaq al-Rahman is the main rebel faction in the town. It regularly fires mortar rounds into "
        "government-held districts of Damascus.\n\n"
        "Darayya, southwest of the capital, has seen fierce fighting since early April, when the army began a push "
        "to retake it.\n\n"
        "More than 270,000 people have been killed in Syria's civil war, now in its sixth year, according to the "
        "monitor.\n",
        dt.date(2016, 5, 3),
    )
    assert [(e["sub_event_type"], e["place"], e["killed"]) for e in report["events"]] == [
        ("Air/drone strike", "Harasta", 14)
    ]


def test_the_second_bomb_of_twin_bombs_is_the_same_incident() -> None:
    report = _article(
        "BEIRUT (AP) — Twin car bombs exploded near a hospital in the central city of Homs on Wednesday, killing at "
        "least 21 people, state media said.\n\n"
        "The second bomb went off as rescuers arrived at the scene, the city's governor told state TV, adding that 60 "
        "people were wounded.\n",
        dt.date(2016, 2, 24),
    )
    assert [(e["place"], e["killed"], e["wounded"]) for e in report["events"]] == [("Homs", 21, 60)]


def test_a_story_filed_from_abroad_keeps_its_leads_country_for_the_capital_and_its_insurgents() -> None:
    report = _article(
        "BEIRUT/AMMAN, Oct 5 (Reuters) - Syrian government warplanes struck the rebel-held town of Saqba east of "
        "Damascus on Monday, killing nine people, a monitor said.\n\n"
        "Hours after the raid, insurgents fired a salvo of mortar bombs into the Bab Touma area of the capital, "
        "killing two people, state media said.\n",
        dt.date(2015, 10, 5),
    )
    second = report["events"][1]
    assert (second["sub_event_type"], second["actor1"], second["place"]) == (
        "Shelling/artillery/missile attack",
        "Rebel groups (Syria)",
        "Damascus",
    )


@pytest.mark.parametrize(
    ("sentence", "actor1", "actor2"),
    [
        (
            "On Friday, rebels of the Jaish al-Fatah alliance shelled the village of Nubl, the Observatory said.",
            "Rebel groups (Syria)",
            None,
        ),
        (
            "On Friday, fighters from Al-Qaeda's Syrian branch the Nusra Front stormed an army post near Khan Tuman.",
            "Jabhat al-Nusra",
            "Military Forces of Syria",
        ),
        (
            "On Friday, a barrel bomb dropped by an army helicopter killed four members of one family in Anadan.",
            "Military Forces of Syria",
            "Civilians (Syria)",
        ),
    ],
)
def test_the_group_named_after_a_generic_noun_or_its_parent_is_the_one_meant(
    sentence: str, actor1: str, actor2: str | None
) -> None:
    (event,) = extract(sentence, dt.date(2015, 6, 7))
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


def test_allies_listed_before_fought_share_a_side_against_its_object() -> None:
    (event,) = extract(
        "On 4 June 2016, the army, the Federal Police and Popular Mobilization units fought ISIS on the southern "
        "edge of Fallujah."
    )
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Armed clash",
        "Military Forces of Iraq",
        "Islamic State (ISIS)",
    )


def test_the_side_that_says_it_carried_out_the_strikes_did_them() -> None:
    (event,) = extract(
        "Late on 9 March 2017, an air strike destroyed a house in the al-Jadida district of Mosul, killing five "
        "members of one family. A spokesman for the US-led coalition said it had carried out strikes in the area "
        "that night."
    )
    assert (event["actor1"], event["actor2"]) == ("Global Coalition against Daesh", "Civilians (Iraq)")


def _bullets(body: str, published: dt.date) -> list[dict]:
    doc = document_from_bytes(("Weekly digest\n\n" + body + "\n").encode(), name="t.txt", published=published)
    return report_to_dict(extract_document(doc))["events"]


def test_two_tellers_counts_of_the_same_dead_in_one_sentence_are_not_added() -> None:
    (event,) = _bullets(
        "Syria\n  • On the evening of Monday, March 4, 2019, ISIS operatives attacked an SDF checkpoint near "
        "Al-Busayrah. "
        "According to the SDF, 6 SDF fighters and guards were killed (Hawar News, March 5, 2019); according to the "
        "Syrian Observatory for Human Rights, 9 SDF fighters were killed (Syrian Observatory for Human Rights, March "
        "5, 2019).",
        dt.date(2019, 3, 6),
    )
    assert event["killed"] == 6


def test_another_reports_account_of_the_act_is_the_same_event() -> None:
    (event,) = _bullets(
        "Iraq\n  • ISIS executed seven shepherds in the town of Al-Khanuqa, north of Baiji, on charges of spying for "
        "the Iraqi security forces. The bodies were left by the roadside (Alsumaria, April 2, 2017). According to "
        "another report, fifteen men were executed (NINA, April 3, 2017).",
        dt.date(2017, 4, 5),
    )
    assert (event["killed"], event["sources"]) == (7, ["Alsumaria, April 2, 2017", "NINA, April 3, 2017"])


def test_a_continuing_campaign_names_the_doer_of_the_dated_strike_after_it() -> None:
    events = _bullets(
        "Syria\n  • Syrian and Russian aircraft continued their heavy bombing of the towns of southern Idlib. On "
        "May 6, 2019, air "
        "strikes on the town of Kafr Nabl killed at least eight civilians (SOHR, May 6, 2019). According to the Syrian "
        "Observatory for Human Rights, the town of Qalaat al-Madiq was taken by the Syrian army on May 9, 2019.",
        dt.date(2019, 5, 7),
    )
    assert [(e["actor1"], e["place"], e["killed"]) for e in events][:1] == [
        ("Military Forces of Syria", "Kafranbel", 8)
    ]


def test_within_hours_is_the_day_just_told_and_the_earlier_incidents_dead_are_not_this_ones() -> None:
    report = _article(
        "Syria Weekly\n\n"
        "On Friday afternoon, shells fell on the market of Azaz, killing nine people, according to the White Helmets."
        "\n\n"
        "Within hours, Turkish artillery shelled Syrian army posts near Tal Rifaat, killing two soldiers, SANA said.\n"
        "\n"
        "The Turkish army shelled villages near Manbij on Saturday, two days after a drone strike on a car near "
        "Kobani killed three fighters.\n",
        dt.date(2022, 8, 22),
    )
    assert [(e["date"], e["killed"]) for e in report["events"]] == [
        ("2022-08-19", 9),
        ("2022-08-19", 2),
        ("2022-08-20", None),
    ]


def test_a_named_source_never_runs_over_a_full_stop() -> None:
    from mesint.extract.sources import find_attributions

    text = (
        "The strikes hit militia positions along the Euphrates. The Syrian Observatory for Human Rights reported "
        "that four fighters died there."
    )
    assert [a.name for a in find_attributions(text)] == ["Syrian Observatory for Human Rights"]


def test_dozens_of_raids_on_towns_sum_up_a_day_told_town_by_town_below() -> None:
    report = _article(
        "Jets pound southern Idlib\n\nEnab Baladi – Idlib\n\n"
        "Russian warplanes carried out dozens of raids on towns in the southern countryside of Idlib on Tuesday.\n\n"
        "The Syrian Civil Defence said that Russian warplanes struck the centre of Maarat al-Numan at noon on "
        "Tuesday, killing four civilians.\n",
        dt.date(2019, 6, 5),
    )
    assert [(e["place"], e["killed"]) for e in report["events"]] == [("Ma'arrat an-Nu'man", 4)]


def test_militants_hitting_a_checkpoint_the_next_day_attack_it_on_that_day() -> None:
    report = _article(
        "Security in Iraq, week of 8-14 June\n\n"
        "On June 8 IS set off an IED against a police patrol near Tarmiyah.\n\n"
        "The next day, militants hit an army checkpoint near Mutaibija. One soldier was killed in the exchange of "
        "fire.\n\n"
        "Earlier that morning, gunmen stormed a farm near Udhaim and killed a farmer.\n",
        dt.date(2020, 6, 16),
    )
    assert [(e["date"], e["event_type"]) for e in report["events"]] == [
        ("2020-06-08", "Explosions/Remote violence"),
        ("2020-06-09", "Battles"),
        ("2020-06-09", "Violence against civilians"),
    ]


def test_the_town_named_after_its_province_is_the_place() -> None:
    (event,) = extract(
        "On 4 March 2017, in the western province of Anbar, IS militants attacked an army outpost near the town of "
        "Rutba, killing three soldiers."
    )
    assert (event["place"], event["admin1"]) == ("Ar Rutbah", "Al-Anbar")


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        # the dead of a strike told with no side hit are civilians (ACLED)
        ("On 23 February 2018, government artillery hit Kafr Batna, killing five.", "Civilians (Syria)"),
        ("On 14 June 2019, a car bomb went off near a bakery in Azaz, killing eight.", "Civilians (Syria)"),
        ("On 8 October 2016, a bomb exploded at a bus stop in Sadr City, leaving four dead.", "Civilians (Iraq)"),
        # not when fighters or a post were what was hit
        ("On 8 October 2016, a bomb exploded at a checkpoint near Tarmiyah, killing four.", None),
        ("On 23 February 2018, artillery hit positions near Kafr Batna, killing five fighters.", None),
    ],
)
def test_a_strikes_dead_with_no_side_named_are_civilians_unless_fighters_or_a_post_were_hit(
    text: str, actor2: str | None
) -> None:
    (event,) = extract(text)
    assert event["actor2"] == actor2


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 20 June 2017, the Syrian army took over the Arak gas field, about 30 km northeast of Palmyra.",
         "Government regains territory"),
        ("On 7 May 2017, the Syrian army took over the Shaer oil field after ISIS operatives withdrew from the area.",
         "Government regains territory"),
        ("On 7 May 2017, the Syrian army captured the Arak gas field east of Palmyra.", "Government regains territory"),
    ],
)
def test_an_oil_or_gas_field_taken_is_ground_won_even_when_the_other_side_withdrew(
    text: str, sub_event_type: str
) -> None:
    (event,) = extract(text)
    assert event["sub_event_type"] == sub_event_type


def test_the_side_whose_assistance_an_attack_had_is_no_target() -> None:
    (event,) = extract(
        "On 3 May 2020, Iraqi F-16 aircraft, with the assistance of Coalition intelligence, attacked ISIS hideouts in "
        "the Qarachogh mountains, near Makhmur."
    )
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Iraq", "Islamic State (ISIS)")


def test_a_section_heading_of_a_side_and_a_province_is_no_outlets_dateline() -> None:
    entry = (
        "Incident date: August {d}, 2017 | Code: CS10{d} | Raqqa city\n"
        "Belligerent: US-led Coalition\n"
        "Summary: Several strikes hit the al-Rumaila neighbourhood in eastern Raqqa; six bodies were recovered.\n"
    )
    report = _article(
        "Airwars – Civilian casualty incidents in Syria, August 2017\n\n"
        "August 2017 was the worst month for civilians in Raqqa. Below are selected entries.\n\n"
        "COALITION – RAQQA GOVERNORATE\n\n" + entry.format(d=2) + "\n" + entry.format(d=21) + "\n",
        dt.date(2017, 9, 12),
    )
    assert [e["date"] for e in report["events"]] == ["2017-08-02", "2017-08-21"]


@pytest.mark.parametrize(
    ("field", "actor1"),
    [
        ("Suspected belligerent: Coalition", "Global Coalition against Daesh"),
        ("Belligerent: Russia | Civilian harm grading: Fair", "Military Forces of Russia"),
    ],
)
def test_a_harm_logs_belligerent_field_names_the_side_it_blames(field: str, actor1: str) -> None:
    report = _article(
        "Airwars log\n\nSelected entries of the month follow.\n\nR2591 – August 11, 2017\n"
        f"Location: al-Kasrah, western countryside of Deir ez-Zor\nCivilians reported killed: 8–14\n{field}\n"
        "Summary: An air strike hit a house in the centre of al-Kasrah. Eight people were killed.\n"
        "Sources: Deir ezZor 24\n",
        dt.date(2017, 9, 1),
    )
    (event,) = report["events"]
    assert (event["actor1"], event["actor2"]) == (actor1, "Civilians (Syria)")


@pytest.mark.parametrize(
    ("text", "actor1", "sub_event_type"),
    [
        ("On 16 March 2017, fixed-wing warplanes believed to belong to the US-led international coalition targeted a "
         "mosque in al-Jina village, killing 38 civilians.", "Global Coalition against Daesh", "Air/drone strike"),
        ("On 2 February 2024, in al-Mayadin, the American raids targeted a headquarters in the al-Tamu neighbourhood, "
         "killing two.", "Military Forces of the United States", "Air/drone strike"),
        ("On 3 May 2021, SDF air defences shot down two drones launched by Turkish forces over Ain Issa.",
         "Syrian Democratic Forces (SDF)", "Disrupted weapons use"),
    ],
)
def test_the_side_whose_aircraft_struck_did_it(text: str, actor1: str, sub_event_type: str) -> None:
    (event,) = extract(text)
    assert (event["actor1"], event["sub_event_type"]) == (actor1, sub_event_type)


@pytest.mark.parametrize(
    "text",
    [
        "The Salahuddin police command announced on Wednesday the arrest of 23 wanted persons, six of them on "
        "terrorism charges, in separate operations across the province over the past week.",
        "The Baghdad Operations Command said on Sunday that its forces had arrested 37 suspects during the past week "
        "of the curfew.",
        "Since Saturday, Iranian strikes in the Kurdistan Region have killed at least 14 people, according to a "
        "Rudaw tally.",
    ],
)
def test_a_weeks_arrests_and_a_running_count_since_a_day_are_tallies(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 2 May 2022, gunmen believed to be ISIS members killed two farmers in orchards near Abbara, north-east of "
         "Baqubah.", "Islamic State (ISIS)"),
        ("On 2 May 2022, a drone believed to be Turkish struck a car near the town of Said Sadiq, killing two men.",
         "Military Forces of Turkey"),
    ],
)
def test_who_the_attackers_were_believed_to_be_is_who_acted(text: str, actor1: str) -> None:
    (event,) = extract(text)
    assert event["actor1"] == actor1


def test_a_strike_releases_side_names_no_roadside_bomber_and_its_military_forces_are_the_coalitions() -> None:
    report = _article(
        "Release No. 20181217-02\n\nSyria\n\n"
        "Dec. 9: Near Hajin, Coalition military forces conducted 25 strikes consisting of 37 engagements. The strikes "
        "engaged 14 ISIS tactical units and destroyed 10 fighting positions.\n\nIraq\n\n"
        "On Dec. 12, an improvised explosive device struck a vehicle carrying Iraqi Security Forces near Al-Qaim, "
        "close to the Syrian border, wounding two soldiers.\n",
        dt.date(2018, 12, 17),
    )
    assert [(e["actor1"], e["actor2"]) for e in report["events"]] == [
        ("Global Coalition against Daesh", "Islamic State (ISIS)"),
        ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq"),
    ]


def test_armed_formations_controlled_by_turkey_are_the_turkish_backed_factions() -> None:
    (event,) = extract(
        "On 21 July 2021, illegal armed formations controlled by Turkey shelled the villages around Tal Tamr with "
        "mortars."
    )
    assert event["actor1"] == "Syrian National Army (SNA)"


def test_a_military_security_officer_is_of_the_syrian_forces_and_the_days_before_a_takeover_are_summed_up() -> None:
    (event,) = extract(
        "On 3 September 2024, unknown gunmen shot dead a Military Security officer at a checkpoint near Tafas, in the "
        "western Daraa countryside."
    )
    assert event["actor2"] == "Military Forces of Syria"
    assert extract("In the days preceding the takeover, Coalition aircraft intensively attacked ISIS targets around "
                   "the town of Tal Abyad.") == []


@pytest.mark.parametrize(
    "text",
    [
        "On the night of 20-21 March 2017, coalition warplanes bombed a school in al-Mansoura, west of Raqqa. We "
        "documented the killing of 21 civilians, while local activists of the \"Raqqa is Being Slaughtered Silently\" "
        "campaign spoke of at least 33 dead.",
        "On 28 June 2017, air strikes hit the last blocks held by ISIS in al-Farouq in west Mosul. Rescuers had "
        "recovered 21 bodies from a collapsed building; Nineveh Media Center reported 33 civilians killed.",
    ],
)
def test_another_tellers_count_after_a_long_name_or_the_bodies_found_is_the_same_dead(text: str) -> None:
    (event,) = extract(text)
    assert event["killed"] == 21


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("On March 20, 2017, coalition warplanes bombed al Badiya school in al Mansoura town in the western suburbs "
         "of Raqqa governorate.", "Al-Mansoura"),
        ("On March 22, 2017, regime warplanes bombed al Quds hospital in Saraqib city in Idlib governorate.",
         "Saraqib"),
        # (no "town" after the name, an offset instead)
        ("On 14 May 2016, a Russian air strike hit the al-Badiya school in al-Tabqa, about 50 km west of Raqqa, "
         "killing four children.", "Al-Tabqa"),
    ],
)
def test_a_facility_named_like_a_place_is_in_the_town_named_after_it(text: str, place: str) -> None:
    (event,) = extract(text)
    assert event["place"] == place


def test_a_quarter_told_with_its_city_after_a_comma_is_in_that_city() -> None:
    (event,) = extract("On 9 October 2019, a motorcycle bomb went off in the al-Badu neighbourhood, Raqqa city, "
                       "wounding three civilians.")
    assert event["admin1"] == "Raqqa"
    assert event["lat"] == pytest.approx(35.95, abs=0.1) and event["lon"] == pytest.approx(39.0, abs=0.1)


def test_the_towns_naming_a_road_give_way_to_the_offset_told_after_it() -> None:
    (event,) = extract("On 2 August 2017, IS fighters ambushed an army convoy on the Palmyra–Deir ez-Zor road about "
                       "40 km south-west of Deir ez-Zor, killing five soldiers.")
    assert event["admin1"] == "Deir ez-Zor"
    assert event["geo_precision"] == 2


def test_a_quarter_then_the_part_of_the_city_it_lies_in_is_the_quarter() -> None:
    (event,) = extract("In Kadhimiya, in north-western Baghdad, a roadside bomb went off near a bus stop on 4 June "
                       "2014, killing three people.")
    assert event["place"] == "Kadhimiya"


def test_the_city_that_names_a_district_gives_way_to_the_district() -> None:
    (event,) = extract("On 4 June 2014, a car bomb exploded in the eastern Baghdad district of Shula, killing five.")
    assert event["place"] == "Shula"
    (event,) = extract("On 9 May 2016, gunmen shot dead a shopkeeper in the al-Jolan neighbourhood of Fallujah.")
    assert event["admin1"] == "Al-Anbar" and event["place"] != "Al Fallujah"


def test_another_device_on_another_target_with_its_own_toll_is_another_incident() -> None:
    events = extract(
        "Baghdad (dpa) - In Sadr City, a car bomb exploded near a crowded market on Monday, killing 11 people and "
        "wounding 30.\n\n"
        "A suicide bomber drove an explosives-laden truck into an army checkpoint in the south of the capital, "
        "killing five soldiers, police said.\n",
        published=dt.date(2014, 6, 9),
    )
    assert [e["sub_event_type"] for e in events] == ["Remote explosive/landmine/IED", "Suicide bomb"]
    assert [e["killed"] for e in events] == [11, 5]


def test_a_car_bomb_lead_is_not_the_air_raids_told_below_it() -> None:
    events = extract(
        "Car bomb kills 9 in Sayyida Zeinab\n\n"
        "A car bomb exploded near a busy bus stop in the town of Sayyida Zeinab, south of Damascus, killing at "
        "least nine people, state media said.\n\n"
        "Activists said warplanes carried out three raids on the rebel-held town of Douma on Thursday. The "
        "Observatory said five people were killed.\n",
        published=dt.date(2014, 2, 6),
    )
    assert [e["sub_event_type"] for e in events] == ["Remote explosive/landmine/IED", "Air/drone strike"]


def test_people_held_on_suspicion_of_belonging_to_a_group_are_that_group() -> None:
    (event,) = extract("On 3 March 2019, the Asayish detained six men in the Al-Hol camp on suspicion of belonging to "
                       "an ISIS cell.")
    assert event["actor2"] == "Islamic State (ISIS)"


def test_a_claimed_toll_and_a_monitors_count_told_teller_first_are_the_same_dead() -> None:
    (event,) = extract("On 4 March 2019, ISIS operatives attacked an SDF post near Hajin. ISIS claimed that its "
                       "operatives had killed 14 SDF fighters. According to the Syrian Observatory for Human Rights, "
                       "five SDF fighters were killed.")
    assert event["killed"] == 5


def test_an_ally_named_before_the_support_it_gave_is_not_the_target() -> None:
    (event,) = extract("On 3 April 2021, Iraqi Air Force F-16s, with coalition air support, struck an ISIS hideout in "
                       "the Makhmour mountains.")
    assert event["actor1"] == "Military Forces of Iraq" and event["actor2"] == "Islamic State (ISIS)"


def test_a_force_counted_in_dozens_acted_once() -> None:
    (event,) = extract("On Thursday evening, dozens of gunmen attacked the police centre in Jableh city.",
                       published=dt.date(2025, 3, 9))
    assert event["event_type"] == "Battles" and event["date"] == "2025-03-06"


def test_a_killing_spree_from_house_to_house_told_with_and_killed() -> None:
    (event,) = extract("In Baniyas, residents said that gunmen went from house to house on Saturday morning and killed "
                       "entire families.", published=dt.date(2025, 3, 9))
    assert event["event_type"] == "Violence against civilians"


def test_a_war_waged_until_every_inch_is_liberated_is_a_pledge() -> None:
    assert extract("The Syrian Arab Army will continue its war on terrorism until every inch of the Syrian "
                   "territories is liberated, a military source said.") == []


def test_each_story_of_a_wire_bulletin_retells_only_its_own_incidents() -> None:
    events = extract(
        "Homs, SANA – Army units on Sunday repelled an attack by terrorists on army posts on the northern outskirts "
        "of Homs city, a military source said.\n\n"
        "Terrorists also fired shells containing toxic gases on the al-Assad Suburb on Sunday, causing 20 cases of "
        "suffocation among civilians, a source at Homs Health Directorate said.\n\n"
        "Homs, SANA – Two civilians were killed and six injured when terrorists fired rocket shells on al-Zahraa "
        "neighborhood in Homs city on Sunday, a police source said.\n",
        published=dt.date(2017, 3, 13),
    )
    assert len(events) == 3


def test_a_notes_coding_stamp_gives_way_to_the_day_its_words_give() -> None:
    events = extract(
        "4) 14.06.2016 — On 12 June 2016, Iraqi counter-terrorism troops retook the al-Shuhada quarter of Fallujah "
        "from IS after clashes.\n\n"
        "5) 15.06.2016 — IS gunmen attacked a Popular Mobilization post near Baiji, killing three PMF fighters.\n",
        published=dt.date(2016, 6, 20),
    )
    assert [e["date"] for e in events] == ["2016-06-12", "2016-06-15"]


def test_a_bridge_the_gazetteer_names_in_the_other_country_of_a_story_filed_from_erbil() -> None:
    events = extract(
        "ERBIL, Kurdistan Region (Kurdistan24) – Turkish drones struck SDF positions in northeast Syria on Monday, "
        "the SDF said.\n\n"
        "On Sunday evening, Turkish-backed Syrian factions shelled the Qara Qozak bridge, wounding two SDF fighters, "
        "the SDF said.\n",
        published=dt.date(2023, 6, 13),
    )
    assert events[-1]["admin1"] == "Aleppo"


def test_a_dataset_notes_own_fatality_line_is_the_events_count() -> None:
    events = extract(
        "SYR2211: On 14 May 2015, IS fighters stormed the eastern quarters of Palmyra, killing at least 20 soldiers. "
        "Fatalities reported as between 46 and 73; coded as 46.\n\n"
        "SYR2214: On 16 May 2015, regime aircraft struck the market of Tadmur, killing dozens of people. SOHR "
        "reported fatalities as 'more than 30', most of them civilians.\n",
        published=dt.date(2015, 6, 1),
    )
    assert [e["killed"] for e in events] == [46, 30]


def test_a_channels_post_stamp_printed_over_each_post_of_a_day_is_no_caption() -> None:
    events = extract(
        "[Joint Operations Command, Friday 9 April 2021]\n"
        "A roadside bomb went off this morning against an army patrol near Tuz Khurmatu, wounding two soldiers.\n\n"
        "[Joint Operations Command, Saturday 10 April 2021]\n"
        "Gunmen attacked a police checkpoint in the Khanaqin district tonight, killing one policeman.\n\n"
        "[Joint Operations Command, Saturday 10 April 2021]\n"
        "A drone struck a Daesh hideout in Wadi al-Shay at dawn today, killing three terrorists.\n",
        published=dt.date(2021, 4, 12),
    )
    assert [e["date"] for e in events] == ["2021-04-09", "2021-04-10", "2021-04-10"]


def test_a_line_introducing_a_list_dates_each_place_under_it() -> None:
    events = extract(
        "MINISTRY OF NATIONAL DEFENCE\nWeekly Press Briefing, Ankara, 9 June 2022\n\nOPERATION CLAW-LOCK\n"
        "Our operations against the terrorist organisation in the north of Iraq continue with determination.\n\n"
        "In the strikes of 4 June:\n"
        "• Northern Iraq – Gara region: shelters and weapons depots used by the PKK were destroyed by our aircraft.\n"
        "• Northern Iraq – Sinjar region: a building used by the PKK/YBS terrorists was destroyed by our aircraft.\n\n"
        "On 6 June, two terrorists were neutralised in the Zap region.\n",
        published=dt.date(2022, 6, 9),
    )
    assert [e["date"] for e in events if "aircraft" in e["quote"]] == ["2022-06-04", "2022-06-04"]


def test_a_sides_own_count_of_the_enemies_it_killed_is_another_count_of_the_same_dead() -> None:
    (event,) = extract(
        "Clashes broke out on Monday after tribal gunmen attacked SDF checkpoints in the town of Hajin in the eastern "
        "countryside of Deir Ezzor. SOHR documented the death of six SDF members and three of the attackers. The SDF "
        "said in a statement that its forces had killed 20 gunmen.",
        published=dt.date(2023, 9, 5),
    )
    assert event["killed"] == 9


def test_a_rumour_of_a_bombing_that_a_command_denies_is_no_incident() -> None:
    assert extract(
        "The Joint Operations Command denies the news circulated on social media about a car bomb exploding in "
        "Kirkuk this morning.",
        published=dt.date(2022, 4, 3),
    ) == []


def test_an_agencys_place_and_name_before_a_dash_is_its_dateline_not_the_place() -> None:
    (event,) = extract(
        "Diyala / INA – The Security Media Cell said on Monday that army aviation struck an ISIS hideout in the "
        "Mutaibija area, killing five terrorists.",
        published=dt.date(2019, 3, 12),
    )
    assert event["location_text"] != "Diyala" and event["geo_precision"] != 3


def test_where_the_shells_were_fired_from_is_not_where_they_fell() -> None:
    (event,) = extract(
        "Terrorists stationed in the town of Kafr Zita fired rocket shells on Mhardeh city on Tuesday, injuring three "
        "civilians, a police source said.",
        published=dt.date(2018, 5, 9),
    )
    assert event["place"] == "Maharda"


def test_strategic_developments_told_in_a_datasets_notes() -> None:
    events = extract(
        "On 4 March 2021, the Turkish army established its ninth base in Duhok governorate, near the village of "
        "Kani Masi.\n\n"
        "On 20 June 2019, the army and the tribal elders of al-Sanamayn agreed a local arrangement for the return of "
        "displaced families.\n\n"
        "On 2 March 2021, the federal government and the KRG announced in Erbil an agreement on the deployment of "
        "joint brigades in Makhmour.\n\n"
        "On 29 March 2020, the coalition handed K-1 Air Base, north-west of Kirkuk, over to the Iraqi army.\n",
        published=dt.date(2021, 6, 1),
    )
    assert [e["sub_event_type"] for e in events] == [
        "Headquarters or base established",
        "Agreement",
        "Agreement",
        "Non-violent transfer of territory",
    ]


def test_a_liberation_announced_on_a_weekday_is_ground_regained() -> None:
    (event,) = extract(
        "The Counter-Terrorism Service announced on Sunday the liberation of the village of Imam Gharbi, south of "
        "Qayyarah, saying that 15 ISIS terrorists were killed and a car bomb was destroyed.",
        published=dt.date(2016, 10, 18),
    )
    assert event["sub_event_type"] == "Government regains territory"


def test_residents_out_in_a_named_square_are_a_protest() -> None:
    (event,) = extract(
        "For the 40th consecutive day, residents took to Al-Sadrain Square in Nasiriyah on Friday, demanding jobs "
        "and services.",
        published=dt.date(2020, 1, 20),
    )
    assert event["event_type"] == "Protests"


def test_a_foreign_states_strike_on_the_armys_sites_targets_the_army() -> None:
    (event,) = extract(
        "Israeli jets fired missiles at military positions near Izraa on Tuesday night, state media said, adding that "
        "three civilians were wounded.",
        published=dt.date(2022, 6, 8),
    )
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Israel", "Military Forces of Syria")
    # (a militia's positions are no army's)
    (event,) = extract(
        "US aircraft struck militia positions near Albu Kamal, killing four fighters.", published=dt.date(2022, 6, 8)
    )
    assert event["actor2"] != "Military Forces of Syria"


def test_a_place_name_inside_a_longer_unknown_name_is_not_that_place() -> None:
    (event,) = extract(
        "Fighter jets fired rockets at the rebel-held neighbourhood of Karm al-Bab in eastern Aleppo, killing four "
        "people.",
        published=dt.date(2016, 8, 20),
    )
    assert event["place"] == "Aleppo"  # (not the town of al-Bab, 37 km away)


def test_rockets_that_fell_in_turkiye_are_abroad() -> None:
    assert extract(
        "On Tuesday, mortar shells fired from Manbij landed in a school yard in Türkiye's Kilis province, wounding "
        "three pupils.",
        published=dt.date(2022, 11, 23),
    ) == []


def test_an_earlier_incident_ranked_or_compared_with_is_no_new_one() -> None:
    assert extract(
        "The drone attack on Erbil airport was the second this month, and the first since the rocket attack on the "
        "Harir base on March 3.",
        published=dt.date(2021, 4, 20),
    ) == []


def test_people_leaving_places_targeted_on_a_printed_day_are_no_attack() -> None:
    assert extract(
        "Some 1,200 families left the villages targeted on 14 October for camps near Atmeh.",
        published=dt.date(2019, 10, 20),
    ) == []


def test_an_operation_to_begin_next_week_has_not_happened() -> None:
    assert extract(
        "Samarra Operations Command announced a clearing operation around Mutaibija to begin next week.",
        published=dt.date(2021, 5, 17),
    ) == []


def test_a_record_marked_out_of_scope_is_not_coded() -> None:
    doc = document_from_bytes(
        b"Weekly export\n"
        b"id | date | governorate | location | killed | notes\n"
        b"A-1 | 2020-01-08 | Anbar | Ain al-Asad | 0 | Iranian ballistic missiles struck the Ain al-Asad air base.\n"
        b"A-2 | 2020-01-03 | - | Beirut | - | OUT OF SCOPE: a drone strike killed a Hezbollah commander on the road "
        b"to the airport; the Lebanon desk codes it.\n",
        name="x.txt",
        published=dt.date(2020, 1, 12),
    )
    events = report_to_dict(extract_document(doc))["events"]
    assert [e["place"] for e in events] == ["Ain al-Asad Air Base"]


def test_a_tank_that_fired_shells_at_a_place_shelled_it() -> None:
    (event,) = extract(
        "An Israeli tank fired a shell towards the outskirts of Jubata al-Khashab late on Tuesday, causing material "
        "damage.",
        published=dt.date(2020, 6, 14),
    )
    assert event["sub_event_type"] == "Shelling/artillery/missile attack"


def test_an_industrial_zone_seized_is_ground_taken() -> None:
    (event,) = extract(
        "On 3 November, government troops seized the Deir ez-Zor industrial city north of the town after two days "
        "of clashes with ISIS.",
        published=dt.date(2017, 11, 8),
    )
    assert event["event_type"] == "Battles" and event["sub_event_type"] != "Armed clash"


def test_shengal_is_a_spelling_of_sinjar_in_the_ybs_name() -> None:
    (event,) = extract(
        "Fighters of the Shengal Resistance Units clashed with ISIS militants near the village of Gohbal on Monday.",
        published=dt.date(2015, 3, 4),
    )
    assert event["actor1"] == "Sinjar Resistance Units (YBS)"


def test_the_other_sides_answer_within_the_hour_is_its_own_incident_of_that_day() -> None:
    events = extract(
        "Mon 14 Mar, Tal Tamr: Mortar rounds fired from SNA-held areas hit a school in Tal Tamr, wounding two "
        "pupils. The SDF responded within the hour, shelling SNA positions near Ras al-Ain.",
        published=dt.date(2022, 3, 18),
    )
    assert [(e["date"], e["actor1"]) for e in events] == [
        ("2022-03-14", "Syrian National Army (SNA)"), ("2022-03-14", "Syrian Democratic Forces (SDF)")
    ]


def test_a_wire_storys_summary_points_above_its_dateline_are_not_incidents() -> None:
    doc = document_from_bytes(
        b"UPDATE 1-Bombs hit Baghdad markets, killing 20\n\n"
        b"* Two car bombs explode in Shi'ite districts\n"
        b"* Gunmen kill three policemen near Baquba\n"
        b"* Attacks at highest level in five years\n\n"
        b"(Adds Baquba attack)\n\n"
        b"By A Reporter\n\n"
        b"BAGHDAD, May 3 (Reuters) - Two car bombs exploded in markets in Shi'ite districts of Baghdad on Friday, "
        b"killing 20 people, police said.\n\n"
        b"North of Baquba, gunmen killed three policemen at a checkpoint in the village of Hibhib before dawn, police "
        b"said.\n",
        name="x.txt",
        published=dt.date(2013, 5, 3),
    )
    events = report_to_dict(extract_document(doc))["events"]
    assert [e["quote"][:12] for e in events] == ["BAGHDAD, May", "North of Baq"]
