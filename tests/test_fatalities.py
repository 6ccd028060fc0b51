"""Fatalities: ACLED's conservative reading of death counts."""

from __future__ import annotations

import pytest

from sitroom.nlp.fatalities import read_fatalities, read_toll, to_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen stormed the market, killing 7 traders and wounding 12 others.", 7),
        # One death told by a pronoun or a body.
        ("Officers arrived after he had died, witnesses said.", 1),
        ("His body was recovered from the burned bus on Sunday.", 1),
        # Two people named one by one.
        ("A taxi struck an explosive device, killing the driver and a passenger.", 2),
        ("ADEN - A woman and a child were killed when shells hit homes on Saturday.", 2),
        # A day of the month is no count of the dead.
        ("Its fighters set off a mine under a truck on February 19, killing three soldiers.", 3),
        ("Residents said a farmer and his son were killed in the strike.", 2),
        # An age is no count of the dead.
        ("A day earlier, a man aged 64 died when a drone dropped explosives on his car.", 1),
        ("Two brothers aged 9 and 12 were killed when a mine exploded.", 2),
        ("At least 25 people were killed when the convoy was hit.", 25),
        ("Dozens of fighters were killed in the assault on the base.", 12),
        ("Hundreds died as the militia swept through the villages.", 100),
        ("Between 5 and 9 soldiers were killed, officials said.", 5),
        ("Local sources said 3-6 civilians were killed in the raid.", 3),
        ("The district governor was shot dead outside his home.", 1),
        ("A local commander has been killed in the fighting.", 1),
        ("The death toll rose to 14 on Tuesday.", 14),
        # Those freed are not the dead counted after "and killed".
        ("Commandos freed 57 hostages and killed 9 gunmen at the depot.", 9),
        ("Police fired tear gas and wounded several protesters.", None),
        ("Troops destroyed 4 vehicles belonging to the rebels.", None),
        ("The opposition suffered numerous casualties.", None),
        # Regressions: an aside between count and verb; victim groups joined by "and" add up
        # (a range does not); a denied death is no count ("no one" is not "one").
        ("Three people, including a child, were killed and 12 wounded.", 3),
        ("Twenty soldiers and five civilians were killed in the blast.", 25),
        ("The blast killed 4 police officers and 2 passers-by.", 6),
        ("Two soldiers were wounded and one was killed.", 1),
        ("Between 10 and 15 civilians were killed.", 10),
        ("No one was killed in the attack, the army said.", None),
        ("None of the soldiers was killed.", None),
        # One person as the object of the killing; a group word is no single death.
        ("A roadside bomb killed a local councillor on Wednesday.", 1),
        ("Gunmen opened fire on the car, killing an aid worker.", 1),
        ("The strike killed a number of fighters.", None),
        ("The raid killed a family in the village.", None),
        ("Aircraft struck a farm, killing a farmer and his two sons.", 3),
        # "tens of thousands" is not "tens": the vague count is of thousands.
        ("Tens of thousands of people were killed in the siege.", 10000),
        ("The famine has killed tens of thousands of children.", 10000),
        # An unspecified number is no count, and no single death either.
        ("He said an unspecified number of militiamen had been killed.", None),
        ("A number of guards had been killed, the mayor said.", None),
        ("The bomb killed a councillor and an unknown number of guards.", 1),
        # One person named by a title; a plural title is no count.
        ("Gunmen shot dead the administrator of Dera district on Monday.", 1),
        ("The raid killed the leaders of the cell.", None),
        # A count asked is none given.
        ("He said he did not know how many people had died.", None),
    ],
)
def test_fatalities_reads_conservatively(text: str, expected: int | None) -> None:
    assert read_fatalities(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("dozens", 12), ("tens", 10), ("hundreds", 100), ("1,200", 1200), ("eleven", 11), ("x", None)],
)
def test_fatalities_to_number(word: str, expected: int | None) -> None:
    assert to_number(word) == expected


def test_fatalities_a_known_count_beside_an_unknown_number() -> None:
    text = (
        "At least three soldiers and an unknown number of civilians were killed, a resident said."
    )
    assert read_fatalities(text) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen raided the hamlet, killing several herders.", (10, False)),
        ("Dozens of fighters were killed.", (12, False)),
        ("A herders' association said five people died.", (5, True)),
        ("The district governor was shot dead outside his home.", (1, True)),
        ("Twenty soldiers and several civilians were killed.", (30, False)),
        ("The market was closed for the day.", None),
    ],
)
def test_fatalities_a_vague_plural_is_no_figure(text: str, expected) -> None:
    assert read_toll(text) == expected


def test_fatalities_a_tally_of_the_year_is_not_the_toll() -> None:
    text = (
        "Gunmen shot dead a community leader in Teorama, according to a research institute "
        "that counts him among dozens of social leaders killed in Colombia this year."
    )
    assert read_fatalities(text) == 1
    # A day or "the attack" between the count and the year keeps the count.
    assert read_fatalities("Gunmen killed five people on Sunday, the deadliest attack so far.") == 5


def test_fatalities_members_of_a_named_gang_killed_are_counted() -> None:
    text = "Police said three suspected members of the Los Tiguerones gang were killed."
    assert read_fatalities(text) == 3
    # A count of days before a toll is no toll.
    assert read_fatalities("Two weeks after 30 people were killed, the town was quiet.") == 30


def test_fatalities_soldiers_of_a_named_force_killed_are_counted() -> None:
    text = (
        "Four soldiers of the Puntland Dervish Force were killed and three wounded on Monday when "
        "a bomb hit their truck."
    )
    assert read_fatalities(text) == 4


def test_fatalities_stabbed_or_beaten_to_death_are_dead() -> None:
    text = "A young trader from Mopti was stabbed to death and four people were hurt on Friday."
    assert read_fatalities(text) == 1
    assert read_fatalities("Two men were beaten to death by a mob on Sunday.") == 2


def test_fatalities_a_distance_is_no_count_of_dead() -> None:
    text = (
        "Gunmen raided a village about 20 km from Tera, near the border with Burkina Faso, "
        "killing seven civilians."
    )
    assert read_fatalities(text) == 7


def test_fatalities_the_other_sides_claim_set_against_a_count_is_not_the_count() -> None:
    text = "The army said four soldiers died, while the group claimed to have killed 20."
    assert read_fatalities(text) == 4
    assert read_fatalities("The group claimed to have killed 20 soldiers.") == 20


def test_fatalities_a_counted_neutralised_is_killed_but_not_a_boast_or_a_bomb() -> None:
    assert read_fatalities('air strikes "neutralised" at least 17 fighters in the forest') == 17
    assert read_fatalities("troops eliminated nine terrorists near the border") == 9
    assert read_fatalities('jets struck them, "neutralising dozens of terrorists"') is None
    assert read_fatalities("engineers neutralised two explosive devices on the road") is None


def test_fatalities_a_hyphenated_age_is_no_count() -> None:
    assert read_fatalities("a shell hit the yard, killing a woman and her five-year-old son") == 2
    assert read_fatalities("drones hit homes in the village, killing a 70-year-old man") == 1
    assert read_fatalities("gunmen opened fire, killing two 10-year-old girls") == 2


def test_fatalities_a_long_aside_between_the_count_and_the_death() -> None:
    text = "Four passengers, among them a woman and her teenage daughter, died at the scene."
    assert read_fatalities(text) == 4


def test_fatalities_bodies_found_the_driver_killed_and_two_of_them_neutralised() -> None:
    text = "the bodies of five men with gunshot wounds were found on a dirt road outside the town"
    assert read_fatalities(text) == 5
    assert (
        read_fatalities("a drone dropped explosives on a car, killing the 61-year-old driver") == 1
    )
    text = 'troops intercepted the kidnappers in a forest, "neutralised" two of them and freed 11'
    assert read_fatalities(text) == 2
    assert read_fatalities("the bodies of the victims were taken to the morgue") is None


def test_fatalities_shot_dead_with_a_count_and_an_aside_of_ages() -> None:
    assert read_fatalities("gunmen shot dead four farmers near the village late on Monday") == 4
    text = "two herders, cousins aged 15 and 19, were killed when a mine went off"
    assert read_fatalities(text) == 2


def test_fatalities_the_bodies_of_volunteers_or_officers_received_are_the_dead() -> None:
    text = "the health centre in Sebba had received the bodies of six volunteers on Friday"
    assert read_fatalities(text) == 6
    assert read_fatalities("the morgue took in the bodies of three officers") == 3


def test_fatalities_a_side_that_killed_some_and_lost_some_counts_both() -> None:
    text = "troops repelled the raid, killing nine attackers and losing three soldiers, they said"
    assert read_fatalities(text) == 12
    assert read_fatalities("the brigade lost four men in the ambush") == 4
    assert read_fatalities("the unit lost two vehicles and a radio") is None


def test_fatalities_a_soldier_and_a_militant_are_two() -> None:
    text = "KATHUA, India - A soldier and a suspected militant were killed on Tuesday in a gunfight"
    assert read_fatalities(text) == 2
