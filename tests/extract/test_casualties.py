"""Killed and wounded: digits, number words, "one … another", vague amounts never guessed."""

import pytest

from mesint.extract.casualties import ANOTHER_SOURCE, find_casualties, total
from mesint.model import Count


def counts(text: str) -> tuple[int | None, int | None]:
    found = find_casualties(text)
    killed, wounded = total(found, "killed"), total(found, "wounded")
    return (killed.best if killed else None, wounded.best if wounded else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine Shiites visiting the province were killed and six others were wounded", (9, 6)),
        ("the drone strike killed Colonel Hassan Rahimi and four other Iranian advisers", (5, None)),
        ("Three fighters were killed on each side before the tribes agreed a truce", (6, None)),
        ("security forces fired tear gas, wounding upwards of 150 protesters", (None, 150)),
        ("villagers who had sheltered in a school in the town were killed by the shelling", (None, None)),
        ("According to another report, twelve men were executed", (12, None)),
        ("One member of the Border Police was killed and another was wounded.", (1, 1)),
        ("sniper fire at the Syrian army, killing three Syrian soldiers", (3, None)),
        ("An Iraqi security guard was killed", (1, None)),
        ("The killing of two members of the Tribal Mobilization", (2, None)),
        ("broke into the home of an officer and executed him", (1, None)),
        ("A roadside bomb killed three Iraqi soldiers and wounded two others near Tarmiyah", (3, 2)),
        ("gunmen killed a farmer and his son in a village", (2, None)),
        ("killing a woman and two of her children", (3, None)),
        ("38 ISIS operatives and three SDF fighters were killed", (41, None)),
        ("3 soldiers killed in blast", (3, None)),
        ("Two gunmen killed a policeman", (1, None)),
        ("the driver was killed and five teachers in the vehicle were wounded", (1, 5)),
        ("killing at least 12 people", (12, None)),
        ("opened fire on two young men, killing one and injuring the other", (1, 1)),
        ("Unknown gunmen shot dead two members of a local militia at their farm", (2, None)),
        ("targeted a vehicle carrying militants, destroying it and killing its three occupants", (3, None)),
        ("clashes erupted, leaving two regime soldiers and a rebel fighter dead", (3, None)),
        ("killing two of the fighters and wounding the civilian driver", (2, 1)),
        ("a farmer was killed and his son wounded when a landmine exploded in their field", (1, 1)),
        ("A woman and her son were wounded when a rocket hit their house", (None, 2)),
        ("a mob of residents beat a man, leaving him seriously wounded", (None, 1)),
        ("the body of a young man was found on the outskirts of the village", (1, None)),
        ("ISIS operatives had executed about forty former members of the security forces", (40, None)),
        ("killing nine people, while a number of others were injured", (9, None)),
        ("Four civilians, among them two children, were killed when a landmine exploded", (4, None)),
        ("an IS suicide bomber detonated his vest, killing himself and wounding two soldiers", (1, 2)),
        ("unidentified gunmen shot dead protest activist Haidar al-Musawi", (1, None)),
        # A toll put at a figure, counts reported without an auxiliary, an elided second verb
        ("Hospital staff put the number of dead among the pilgrims at 14", (14, None)),
        ("the governor put the toll at nine dead and 20 wounded", (9, 20)),
        ("The monitor documented six gunmen killed in the raid", (6, None)),
        ("at least 11 policemen were reported killed near the checkpoint", (11, None)),
        ("two brothers were killed and four people injured in the blast", (2, 4)),
        ("the bombing left 17 killed and 40 wounded, according to medics", (17, 40)),
        # "both", a second victim named by role, a singular victim who died
        ("a sniper shot two shepherds, killing both", (2, None)),
        ("Both of them were wounded by shrapnel", (None, 2)),
        ("the strike hit a car, killing an HTS commander and his driver", (2, None)),
        ("gunmen ambushed a car, killing a tribal sheikh and the driver", (2, None)),
        ("a ten-year-old boy died of his wounds the next day", (1, None)),
        # The injured of a gas attack; a known count beside an unknown one
        ("the shells released a yellow gas, causing 35 cases of suffocation among residents", (None, 35)),
        ("about 40 villagers were treated for breathing difficulties at a field hospital", (None, 40)),
        ("six policemen and an unknown number of attackers were killed in the gunfight", (6, None)),
        # "killing and wounding 14": the dead and wounded together, neither known
        ("a suicide bomber struck a checkpoint, killing and wounding 14 guards", (None, None)),
        ("clashes broke out near the village; 1 fatality.", (1, None)),
        ("a sticky bomb went off under his car, injuring the judge and his driver", (None, 2)),
        # an aside between dashes names the same people
        ("Five policemen – three officers and two recruits – were wounded in the blast", (None, 5)),
        # None hurt is a count of none, not one
        ("a roadside bomb went off next to a police patrol; nobody was hurt", (None, 0)),
        ("Two soldiers were wounded, but no one was killed", (0, 2)),
        # Days and years are never counts.
        ("On 8 March 2021, two soldiers were killed in an IED blast", (2, None)),
        ("On March 12, 2019 three policemen were wounded", (None, 3)),
        # the count is the victims', not the speaker's ("One officer told ...")
        ("One officer told Alsumaria that four policemen were killed in the blast", (4, None)),
        # "died" without an auxiliary, and two kinds of victims under one count
        ("the army said three attackers were killed; two of its soldiers also died", (5, None)),
        ("the Observatory said 14 soldiers and allied gunmen were killed in the fighting", (14, None)),
        ("gunmen shot dead an engineer and his elderly father", (2, None)),
        # a death from illness is nobody the attack killed
        ("no one was hurt by the rockets; a contractor died of a heart attack while sheltering", (None, 0)),
        ("A woman and her little daughter were killed when a shell hit their house", (2, None)),
        # official media's words for the dead and hurt
        ("a bomb hit a patrol, which led to the martyrdom of a soldier and the injury of two others", (1, 2)),
        ("Two of our forces were martyred when a terrorist group attacked a checkpoint", (2, None)),
        ("gunmen opened fire on his car, killing him and one of his companions", (2, None)),
        ("a bomb planted in his car went off, seriously wounding him", (None, 1)),
        # a log's clause without a verb of its own; a claim of "killed and wounded" together; none killed
        ("Drone strike on a checkpoint near Amuda; two members killed (local sources).", (2, None)),
        ("the group claimed more than 20 killed and wounded", (None, None)),
        ("two SDF members were wounded and none killed", (0, 2)),
        ("Late on Thursday, a village mukhtar was gunned down at his home", (1, None)),
        ("A man, his wife and their three daughters, all of one family, were killed when a jet struck", (5, None)),
        # more dead of the same verb
        ("14 soldiers and tribal fighters were killed in the battle, along with about 70 ISIS operatives.", (84, None)),
        # one of those already counted is no one more
        ("a drone strike killed two fighters. Their group said one of the dead was a commander.", (2, None)),
        # a defence ministry's words for enemies killed, people only
        ("Twelve militants were eliminated; two Syrian soldiers were killed", (14, None)),
        ("the aircraft destroyed 25 terrorists and three of their vehicles", (25, None)),
        ("the helicopters destroyed two vehicles carrying militants", (None, None)),
        # three groups or more counted by one verb
        ("Four soldiers, three policemen and a bystander were killed in the ambush", (8, None)),
        ("A witness told a local radio station, two guards and a driver were wounded", (None, 3)),
        # a named victim and his escort counted together
        ("a drone struck a car, killing Kata'ib Hezbollah commander Abu Taqwa and his two bodyguards", (3, None)),
        # a figure the coder marks as not coded
        ("the Observatory said 240 fighters had died since 2 June [running total, not coded]", (None, None)),
    ],
)
def test_counts(text: str, expected: tuple[int | None, int | None]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    ["several SDF fighters were killed", "ISIS sustained many casualties", "Both sides sustained casualties"],
)
def test_vague_amounts_give_no_number_but_a_note(text: str) -> None:
    killed = total(find_casualties(text), "killed")
    assert killed is not None and killed.best is None and killed.note


def test_no_casualty_words_no_count() -> None:
    assert counts("The SDF captured six ISIS foreign fighters.") == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two groups of dead joined by "and", with "died" or a second noun before the second count
        ("Security sources said four soldiers and 11 attackers died in the fighting.", [("killed", 15)]),
        ("SOHR said 11 soldiers and militiamen and four of the attackers were killed.", [("killed", 15)]),
        # "died" closes the first count: the next one is the wounded
        ("Three people died and nine were injured, police said.", [("killed", 3), ("wounded", 9)]),
        ("Jets struck the village, destroying two houses and killing a family of seven.", [("killed", 7)]),
        ("A family of five was killed when a shell hit their home.", [("killed", 5)]),
        ("Officials put the number of police and soldiers killed at 12.", [("killed", 12)]),
        ("a child was killed and his mother was seriously injured", [("killed", 1), ("wounded", 1)]),
        # a relative clause holds its own count: not "an ... were killed"
        ("an hour-long clash in which two PMF members were killed and another was injured",
         [("killed", 2), ("wounded", 1)]),
        ("She died of her wounds and her driver was injured.", [("killed", 1), ("wounded", 1)]),
        ("A statement said eleven CTS members and at least 40 IS fighters were killed.", [("killed", 51)]),
        ("A family of five, a mother and her four children, was killed.", [("killed", 5)]),
        ("The network documented 19 civilian deaths that day.", [("killed", 19)]),
        ("the strike killed a man, his wife and their four children", [("killed", 6)]),
        ("gunmen shot dead the commander and one of his aides", [("killed", 2)]),
    ],
)
def test_pairs_families_and_tolls_put_at(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.count.best) for c in find_casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "kind", "best"),
    [
        ("The fighting left nine soldiers and at least 14 ISIS operatives dead.", "killed", 23),
        ("The commander and one of his bodyguards were killed.", "killed", 2),
        ("A senior commander and his driver were wounded.", "wounded", 2),
    ],
)
def test_pairs_with_a_modifier_and_a_commander_with_his_escort(text: str, kind: str, best: int) -> None:
    (mention,) = find_casualties(text)
    assert (mention.kind, mention.count.best) == (kind, best)


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("At least 32 regime soldiers and NDF members and 19 rebels were killed in the fighting.", 51),
        ("Two soldiers and an estimated 20 militants were killed.", 22),
        ("Kurdistan 24 reported three dead.", 3),  # the outlet's number is no toll
    ],
)
def test_two_kinds_of_victims_an_estimate_and_an_outlet_with_a_number(text: str, best: int) -> None:
    assert total(find_casualties(text), "killed").best == best


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("killing Kataib Hezbollah commander Abu Baqir al-Saadi and two companions.", 3),
        ("Local sources gave a toll of 13 dead.", 13),  # not "a" (one) dead
    ],
)
def test_a_named_victim_with_companions_and_a_toll_of(text: str, best: int) -> None:
    counts = [m.count.best for m in find_casualties(text) if m.kind == "killed"]
    assert counts == [best]


def test_a_comma_before_a_count_ends_the_words_before_it() -> None:
    (m,) = find_casualties("In a separate incident, two Iraqi soldiers were wounded on Monday.")
    assert m.count.best == 2
    (m,) = find_casualties("Eleven people, four of them children, were killed.")
    assert m.count.best == 11


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("an air strike killed Abu Hamza al-Muhajir, described as the group's deputy, and another militant.", 2),
        ("gunmen assassinated Ahmed al-Jubouri outside his home.", 1),
        ("the missile destroyed the house of a trader, killing him and four others.", 5),
        ("a drone hit a car, killing two members of the People's Protection Units (YPG) and a civilian passer-by.", 3),
        ("roadside bomb kills three shepherds near Tuz.", 3),
        ("drone kills two Peshmerga border officers and their driver.", 3),
        ("a shell hit a car; three Asayish members and the civilian driver were killed.", 4),
        ("a landmine exploded under a car, killing a couple and their child.", 3),
        ("killing at least 30 people, hospital sources said; the ministry gave a lower toll of 22.", 22),
    ],
)
def test_named_victims_others_and_one_more_by_role(text: str, best: int) -> None:
    counts = [m.count.best for m in find_casualties(text) if m.kind == "killed"]
    assert min(counts) == best if "lower toll" in text else counts == [best]


def test_a_people_is_no_named_victim() -> None:
    assert find_casualties("Turkish strikes killed Syrian Kurds near Qamishli.") == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the victims listed one by one, then "N other ...": a name that only names the one before it is no more dead
        ("a strike killed the head of the provincial council, Ahmed Jasim, the police chief and three other men", 5),
        ("a blast in the ministry killed the interior minister, his deputy and two other officials", 4),
        ("gunmen killed a shepherd and two other villagers near the dam", 3),
        # one victim by role, and one beaten to death
        ("gunmen shot dead the political analyst Saad al-Obeidi outside his house", 1),
        ("an angry crowd beat a man to death in the market", 1),
    ],
)
def test_listed_victims_and_single_victims_by_role(text: str, killed: int) -> None:
    assert counts(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll told as "the number of ..." or "the toll from ..." that has risen
        ("The number of people killed has risen to 39, among them eight children.", (39, None)),
        ("The number of wounded stands at no fewer than 60, some of them in critical condition.", (None, 60)),
        ("the monitor said the toll from Saturday's raids had risen to 41", (41, None)),
        # a second group of the same dead is added, not dropped
        ("the monitor counted the death of seven members of the regime forces and five HTS fighters", (12, None)),
        ("14 soldiers and members of the National Defence Forces were killed in the assault, as well as nine rebels",
         (23, None)),
        # "including a child" is one of the three, not a fourth
        ("three people including a child were killed and 14 were wounded", (3, 14)),
        # bodies found are the dead
        ("the bodies of two shepherds were found in the mountains", (2, None)),
        ("a body was found dumped on the road", (1, None)),
    ],
)
def test_tolls_groups_and_bodies(text: str, expected: tuple[int | None, int | None]) -> None:
    assert counts(text) == expected


def test_another_reports_toll_is_the_high_estimate_not_more_dead() -> None:
    found = find_casualties(
        "According to the police, 115 people were killed; according to another report, the number of dead reached 130."
    )
    killed = total(found, "killed")
    assert killed is not None and (killed.best, killed.high) == (115, 130)


def test_neutralized_people_are_counted_with_none_at_least() -> None:
    (m,) = find_casualties("4 PKK terrorists detected in the Metina region were neutralized by air strikes")
    assert (m.kind, m.count.low, m.count.best, m.count.high) == ("killed", 0, 4, 4)
    assert "captured" in (m.count.note or "")  # the ministry's word covers more than the dead
    assert find_casualties("two explosive devices were neutralized by army engineers") == []


def test_martyring_counts_the_dead() -> None:
    assert counts("a drone targeted a vehicle, martyring two fighters and wounding a civilian") == (2, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside between commas about the same dead
        ("Eighteen civilians, most of them women and children, were killed", (18, None)),
        ("Five soldiers, including an officer, were wounded in the blast", (None, 5)),
        # a log's verbless clauses, one victim each
        ("Sticky bomb attached to a car detonated in Sector 10. Driver killed, one passer-by injured.", (1, 1)),
        # a relative wounded with the one killed
        ("gunmen opened fire on a farmer, killing him and wounding his son.", (1, 1)),
    ],
)
def test_asides_log_clauses_and_a_wounded_relative(text: str, expected: tuple[int | None, int | None]) -> None:
    assert counts(text) == expected


def test_a_toll_that_rose_when_the_wounded_died_is_the_new_toll_not_more_dead() -> None:
    mentions = find_casualties("The toll later rose to nine when three of the wounded died in hospital, police said.")
    assert [(m.kind, m.count.best) for m in mentions if m.kind == "killed"] == [("killed", 9)]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Our fighters returned fire; fighter Dilovan Hesen was martyred and three of our fighters were wounded.", 1),
        ("Gunmen stormed the house of a village mukhtar and shot him dead in front of his children.", 1),
        # "an" of "half an hour" counts no one
        ("The clashes lasted about half an hour and a policeman was killed.", 1),
    ],
)
def test_one_victim_named_or_told_by_a_pronoun(text: str, killed: int) -> None:
    assert total(find_casualties(text), "killed").best == killed


def test_two_tellers_figures_for_the_same_dead_are_low_and_high_not_a_sum() -> None:
    mentions = find_casualties(
        "The Observatory said 27 civilians were killed; the civil defence counted 22 dead and dozens wounded."
    )
    assert total(mentions, "killed") == Count(22, 22, 27)
    # one teller's two groups of dead are added up
    mentions = find_casualties("Police said three soldiers and two civilians were killed; medics said 12 were wounded.")
    assert total(mentions, "killed").best == 5


@pytest.mark.parametrize(
    ("text", "kind", "n"),
    [
        ("Five U.S. service members and another U.S. contractor were wounded.", "wounded", 6),
        ("Seven people, among them a U.S. soldier, were wounded.", "wounded", 7),
        ("A gunman opened fire in a cafe, killing an employee of the Turkish Consulate General and two Iraqi "
         "civilians.", "killed", 3),
        # a second object of another verb is no victim
        ("Coalition aircraft engaged an ISIS unit, killing three terrorists and destroying a vehicle and a bunker.",
         "killed", 3),
    ],
)
def test_victims_named_with_abbreviations_and_a_second_group_after_a_long_noun(text: str, kind: str, n: int) -> None:
    assert total(find_casualties(text), kind).best == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side's own losses
        ("Police fought off the attack near Qaim, losing three men.", (3, None)),
        ("the brigade repelled them, killing six of the attackers and losing one officer", (7, None)),
        # a duration is not a count of the dead
        ("An official estimated some 200 people killed over four days of fighting", (200, None)),
        ("Five days later two farmers were killed by a mine", (2, None)),
        # a feed's clipped figures
        ("Drone strike on a car near Amuda, 2 YPG members killed – Hawar", (2, None)),
        ("Rocket hits a house in Mahin. 3 killed, 5 wounded", (3, 5)),
        ("a mortar round fell on a school, claiming the lives of two pupils", (2, None)),
    ],
)
def test_losses_durations_and_clipped_figures(text: str, expected: tuple[int | None, int | None]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named victim and the others killed with him
        ("a bomb went off in Tikrit, killing the tribal sheikh Hamid al-Jabouri and at least 12 others", (13, None)),
        # a family that died
        ("A man and his two sons died when the shell hit their house", (3, None)),
    ],
)
def test_named_victims_with_others_and_families_that_died(text: str, expected: tuple[int | None, int | None]) -> None:
    assert counts(text) == expected


def test_two_tellers_figures_are_low_and_high_whatever_the_verb() -> None:
    found = find_casualties("The civil defence put the dead at 20; the monitor counted at least 17.")
    killed = total(found, "killed")
    assert killed is not None and (killed.best, killed.high) == (17, 20)
    found = find_casualties("Two men died, according to the medics; the monitor counted three dead.")
    killed = total(found, "killed")
    assert killed is not None and (killed.best, killed.high) == (2, 3)


def test_a_raised_toll_with_words_between_and_a_commander_with_his_guards() -> None:
    found = find_casualties("First reports spoke of two dead, but the ministry raised the toll on Tuesday to five.")
    killed = total(found, "killed")
    assert killed is not None and killed.best == 5
    assert counts("A drone strike killed a senior commander of the Nujaba militia and two of his guards.") == (3, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Masked men stopped the car of a judge in Baquba and shot him and his driver dead.", (2, None)),
        ("A US raid near Hit killed Abu Omar al-Baghdadi and three others.", (4, None)),
        ("A car bomb killed Colonel Faisal Malik, together with two of his guards, in Samarra.", (3, None)),
        ("The drone hit a pick-up near Sinjar, killing the three fighters inside.", (3, None)),
        ("A sticky bomb exploded under the car of a teacher in Kirkuk. He died in hospital the next day.", (1, None)),
    ],
)
def test_victims_named_and_counted_after_the_verb_or_in_the_next_sentence(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert counts(text) == expected


def test_a_man_and_his_sons_shot_dead_are_all_counted() -> None:
    assert counts("In Jableh, a grocer and his three sons were shot dead outside their shop.") == (4, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A rocket hit the clinic; none of the six nurses on duty was hurt.", (None, 0)),
        ("A lieutenant and three conscripts sustained light injuries.", (None, 4)),
    ],
)
def test_none_of_a_counted_group_and_an_officer_with_his_men_injured(text: str, expected: tuple) -> None:
    assert counts(text) == expected


def test_the_other_sides_count_of_the_same_dead_is_another_figure_not_more_dead():
    # the killer's own count, then the victims' side's, after a semicolon
    (a, b) = find_casualties("The PKK said it had killed nine soldiers; the ministry acknowledged two dead.")
    assert (a.count.best, b.count.best, b.count.note) == (9, 2, ANOTHER_SOURCE)
    # a teller after the victims' noun, then another teller in the next sentence counting the same soldiers
    (a, b) = find_casualties(
        "Gunmen ambushed a patrol near Hit, killing six policemen, according to Shafaq News. The Amaq agency said "
        "14 policemen were killed."
    )
    assert (a.count.best, b.count.note) == (6, ANOTHER_SOURCE)
    # different victims, each with its teller: more dead
    mentions = find_casualties("Two soldiers were killed, the army said. Three civilians were killed, residents said.")
    assert [m.count.note for m in mentions] == [None, None]


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Three Peshmerga fighters lost their lives in the clash.", "killed", 3),
        ("Two fighters and the owner of the farm, a shepherd, lost their lives.", "killed", 3),
        ("Four soldiers and their commander died when the mine went off.", "killed", 5),
        ("Three contractors were treated for minor injuries after the rocket landed.", "wounded", 3),
        ("Two coalition service members were evaluated for minor injuries.", "wounded", 2),
    ],
)
def test_deaths_and_injuries_told_without_a_killing_verb(text, kind, count):
    (m,) = find_casualties(text)
    assert (m.kind, m.count.best) == (kind, count)


def test_an_estimate_and_another_tellers_count_of_the_same_dead_give_low_and_high():
    mentions = find_casualties(
        "Coalition officials estimated that about 60 attackers were killed; the Observatory counted 25 dead."
    )
    assert total(mentions, "killed") == Count(25, 25, 60)


def test_captives_counted_then_killed_are_the_dead():
    (m,) = find_casualties("Gunmen kidnapped three truffle hunters near Palmyra and later shot them dead.")
    assert (m.kind, m.count.best) == ("killed", 3)
    assert find_casualties("Police detained two suspects and questioned them.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The blast killed two soldiers, three policemen and a child.", 6),  # groups counted one by one
        ("killing four people, two of them children, and a dog", 4),  # a part of the four
        ("killing five members of one family, two women and three children", 5),  # the five, part by part
        ("wounding two civilians, a woman and a child", 2),
    ],
)
def test_victims_listed_group_by_group(text, count):
    assert find_casualties(text)[0].count.best == count


def test_a_toll_another_side_gave_is_another_figure():
    mentions = find_casualties("SOHR said 9 people were killed there; the SDF gave a toll of 7.")
    assert total(mentions, "killed") == Count(7, 7, 9)
    (m,) = find_casualties("Gunmen shot dead a teacher and his pregnant wife near Tafas.")
    assert m.count.best == 2


def test_an_age_in_words_is_no_count_of_victims() -> None:
    found = find_casualties("A mortar hit a house in Ariha, killing a seven-year-old boy and wounding his sister.")
    assert [(c.kind, c.count.best) for c in found] == [("killed", 1), ("wounded", 1)]
    found = find_casualties("The strike killed two eleven-year-old girls; two day labourers were wounded.")
    assert [(c.kind, c.count.best) for c in found] == [("killed", 2), ("wounded", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck a car near Sinuni, killing PKK commander Zeki Sengali and his driver.",
        "A shell hit a house in al-Jurdi, killing a woman and her ten-year-old daughter.",
    ],
)
def test_one_victim_and_the_companion_named_with_him(text: str) -> None:
    assert counts(text) == (2, None)


def test_two_people_named_one_by_one() -> None:
    assert counts("A grenade hit a pharmacy in Zayouna, wounding the owner and a customer.") == (None, 2)
    assert counts("A mortar hit the market, killing a soldier and a shepherd and wounding three.") == (2, 3)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A drone fired at two cars, killing IRGC general Hassan Shateri, militia leader Abu Ali al-Basri and six "
         "others.", 8),
        ("One missile struck the house of a trader, killing him, his son and three other people.", 5),
    ],
)
def test_those_named_with_their_titles_and_the_others(text: str, killed: int) -> None:
    assert counts(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash breaks the dead down: the same eight, not eight and three more
        ("Fighting near the airbase killed eight combatants -- five rebels and three soldiers -- it said.", (8, None)),
        ("the blast killed a merchant and two passers-by", (3, None)),
        # a log's bare singular subject is one victim
        ("May 2 Border Guard officer killed by IS near Qaim", (1, None)),
        ("4 June: Peshmerga fighter wounded by sniper fire in Makhmour", (None, 1)),
        ("The officer killed in the raid was buried on Monday", (None, None)),
    ],
)
def test_a_breakdown_after_a_dash_and_a_logs_bare_singular(text: str, expected: tuple[int | None, int | None]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the monitor put the number of dead at 17 regime soldiers and six HTS fighters", (23, None)),
        ("police put the toll at 9 dead and 20 wounded", (9, 20)),
        ("Rescuers pulled two injured men from the rubble but were unable to save a boy and his mother", (2, 2)),
        ("volunteers were unable to save four people trapped in the basement", (4, None)),
    ],
)
def test_both_sides_dead_put_at_and_a_rescuers_figures(text: str, expected: tuple[int | None, int | None]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word quoted by the reporter still counts the dead ...
        ('Police said the gunmen had "executed" two guards and wounded a third.', (2, 1)),
        ("Witnesses said the militants “killed” a shepherd.", (1, None)),
        # ... but a ministry's "neutralized" in quotes is its term set apart (killed, captured or surrendered)
        ('The ministry said its jets had "neutralized" six militants near Gara.', (None, None)),
        # a quoted phrase of more than a word is left as it is
        ('He called the strike "a massacre of innocents" that killed nine people.', (9, None)),
    ],
)
def test_a_verb_in_scare_quotes_still_counts(text: str, expected: tuple[int | None, int | None]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a man named, who he was, then those killed with him
        ("An air strike killed Abu Omar al-Tunisi, the group's military chief, along with four other people.",
         (5, None)),
        ("A roadside bomb killed Sheikh Hamad al-Dulaimi, the head of the district council, together with two of his "
         "guards.", (3, None)),
        ("A drone strike near Sinjar killed Zaki Shingali, a YBS commander, and his two bodyguards.", (3, None)),
        ("Gunmen stopped the car, dragged the judge out and shot him dead together with his driver.", (2, None)),
        # who the dead were, set apart by commas, counts no one more
        ("Officials said some 40 people, soldiers and civilians, had been killed since Sunday.", (40, None)),
    ],
)
def test_a_named_victim_and_those_killed_with_him(text: str, expected: tuple[int | None, int | None]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police dispersed a sit-in held over the killing of a student, wounding four protesters.",
        "Hundreds marched in Basra protesting the murder of an activist; police wounded four protesters.",
    ],
)
def test_the_death_a_crowd_protests_is_not_counted_again(text: str) -> None:
    assert [(m.kind, m.count.best) for m in find_casualties(text)] == [("wounded", 4)]


def test_the_word_gates_say_what_a_search_for_their_words_said():
    """Each Aho-Corasick word test answers as the regex alternation of the same words did, over every line of the
    test reports."""
    import re
    from pathlib import Path

    from mesint.extract import casualties

    alternations = {
        casualties._ANY_CASUALTY: r"kia|wia|kill|dead|die|wound|injur|hurt|casualt|execut|behead|assassin|murder|slain"
        r"|lost|death|fatalit|maim|toll|loss|shot|martyr|gunned|losing|lives of|to save|bod(?:y|ies) of"
        r"|body (?:was|had|has)|bodies|suffocat|treated|hospitali|neutrali|massacred|destroyed|eliminated|liquidated"
        r"|names of",
        casualties._REPORT_VERB: r"reported|said|counted|documented|confirmed|recorded|estimated",
        casualties._GASSED: r"suffocation|asphyxia|breathing|respiratory",
        casualties._ONE_NAMED_HINT: r"(?:was|been) (?:martyred|killed|shot dead|assassinated)|shot (?:him|her) dead"
        r"|(?:him|her) to death",
    }
    reports = Path(__file__).resolve().parents[1] / "reports"
    lines = [
        line.lower() for p in sorted(reports.rglob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()
    ]
    for gate, words in alternations.items():
        pattern = re.compile(words)
        assert any(gate(line) for line in lines)
        assert all(gate(line) == (pattern.search(line) is not None) for line in lines), words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare figure after a comma, its own teller's: the same dead counted again, not more of them
        ("SOHR said 39 civilians were killed, the Civil Defence counted 43, and dozens were wounded.", (39, None)),
        # a group and its allies, one count
        ("SOHR said at least 40 members of Hurras al-Din and allied groups were killed.", (40, None)),
        # the groups counted one by one, then the rest together
        (
            "killing two US soldiers, a US civilian employee and a contractor, and at least 15 others, according "
            "to SOHR.",
            (19, None),
        ),
        # two groups of dead counted by one teller, with a long name for the first
        (
            "The provincial authorities counted 46 members of the security forces and 28 civilians dead, and 74 dead "
            "attackers.",
            (148, None),
        ),
    ],
)
def test_tellers_figures_allied_groups_the_rest_and_long_group_names(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert counts(text) == expected


def test_a_bare_figure_after_a_vague_count_is_of_the_kind_last_numbered() -> None:
    found = find_casualties("Suwayda 24 said six fighters were killed and several wounded; SOHR said eight.")
    assert [(c.kind, c.count.best) for c in found] == [("killed", 6), ("wounded", None), ("killed", 8)]


def test_him_his_wife_and_some_of_their_children() -> None:
    assert counts("Strikes destroyed a house, killing him, his wife and at least three of their children.") == (5, None)


def test_a_total_of_n_neutralized_counts_n() -> None:
    (found,) = find_casualties("In the last week, a total of 78 terrorists had been neutralized in northern Iraq.")
    assert found.count.best == 78


def _leads(items: object) -> list[tuple[str, bool]]:
    """The literal openings of a parsed pattern's matches, lower-cased (ASCII letters only: a text with another
    letter that folds to one is searched whole), each with whether the whole of ``items`` is that literal."""
    from re import _constants as sre  # type: ignore[attr-defined]

    out = [("", True)]
    for op, arg in items:  # type: ignore[attr-defined]
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width
        if op is sre.LITERAL:
            alts = [(chr(arg).lower(), True)] if arg < 128 else []
        elif op is sre.IN and all(o is sre.LITERAL for o, _ in arg):
            alts = sorted({(chr(a).lower(), True) for _, a in arg if a < 128})
        elif op is sre.SUBPATTERN:
            alts = _leads(arg[-1])
        elif op is sre.BRANCH:
            alts = [a for b in arg[1] for a in _leads(b)]
        else:
            alts = [("", False)]
        out = [(s + t, done) for s, whole in out for t, done in (alts if whole else [("", False)])]
    return out


def test_the_verb_led_patterns_open_with_a_verb_stem() -> None:
    """Those patterns are tried only where a stem of ``_VERB_STEMS`` begins: each verb they open with has one."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    from mesint.extract import casualties as c

    for pattern in (c._ACTIVE, c._ONE_VICTIM, c._PRONOUN, c._NAMED_VICTIM, c._ONE_WOUNDED.pattern):
        leads = _leads(sre_parse.parse(pattern.pattern, pattern.flags))
        assert leads and all(lead.startswith(c._VERB_STEMS) for lead, _ in leads), (pattern.pattern, leads)


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed and three wounded; one died later.",
        "killedead: the overlapping words 'killed' and 'dead'",
        "shot dead, shot to death and KILLED, then sustained casualties",
        "no casualty word at all",
    ],
)
def test_the_words_scan_ends_where_the_casualty_word_pattern_does(text: str) -> None:
    from mesint.extract import casualties as c

    words_end, verbs = c._words_and_verbs(text.lower())
    assert words_end == max((m.end() for m in c._CASUALTY_WORD.finditer(text)), default=0)
    for pattern in (c._ACTIVE, c._ONE_VICTIM, c._PRONOUN, c._NAMED_VICTIM, c._ONE_WOUNDED.pattern):
        assert [m.span() for m in c.match_at(pattern, text, verbs)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act told with "shooting dead", and a statement's victims in quotes
        ("Militants stormed a village late on Monday, shooting dead at least six farmers.", (6, None)),
        ('Jets struck a hideout in the Makhoul mountains, killing "three terrorists".', (3, None)),
        # (a vague amount quoted is no number)
        ('A spokesman said the strikes had killed "a large number" of fighters.', (None, None)),
        # another teller's count of the same dead, and a death in doubt
        (
            "The health directorate said five people were killed and 12 wounded. Officials later put the number of "
            "dead at six, though it was unclear whether a wounded man had died.",
            (5, 12),
        ),
        # the same dead told again
        ("Police said three people were killed. A tribal elder said all three dead were shepherds.", (3, None)),
    ],
)
def test_tolls_told_twice_or_in_doubt(text: str, expected: tuple[int | None, int | None]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A magnetic bomb exploded under a minibus in Amil, wounding the driver and four passengers.", (None, 5)),
        ("The blast injured the shop owner and two bystanders.", (None, 3)),
    ],
)
def test_one_hurt_named_by_role_and_others_counted_after(text: str, expected: tuple[int | None, int | None]) -> None:
    assert counts(text) == expected
