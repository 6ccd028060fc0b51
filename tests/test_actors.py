"""Actors: kinds, aliases, roles and one actor per entity."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from sitroom.models import Place
from sitroom.nlp.actors import clean_name, extract_actors, kind_of_name

TEXT = (
    "Hassan Idris, spokesman for the Northern Liberation Front (NLF), said the group had "
    "withdrawn. The army's commander Salim Farah denied it, the Coastal Herald reported. "
    "Idris later said the liberation fighters would hold their positions near Dunmore."
)
ENTS = [
    ("Hassan Idris", "PERSON"),
    ("Northern Liberation Front", "ORG"),
    ("Salim Farah", "ORG"),  # the small model often labels persons ORG
    ("Coastal Herald", "ORG"),
    ("Idris", "ORG"),
    ("Dunmore", "GPE"),
]


def _doc(text: str, ents: list[tuple[str, str]]) -> Doc:
    nlp = spacy.blank("en")
    doc = nlp(text)
    spans = []
    pos = 0
    for name, label in ents:
        start = text.index(name, pos)
        pos = start + len(name)
        spans.append(doc.char_span(start, start + len(name), label=label))
    doc.ents = [s for s in spans if isinstance(s, Span)]
    return doc


@pytest.fixture(scope="module")
def actors() -> dict[str, object]:
    doc = _doc(TEXT, ENTS)
    start = TEXT.index("Dunmore")
    places = [Place(text="Dunmore", start=start, end=start + 7, kind="city")]
    return {a.name: a for a in extract_actors(doc, places=places)}


def test_actors_acronym_defined_in_text_is_alias(actors: dict) -> None:
    front = actors["Northern Liberation Front"]
    assert front.kind == "armed group"
    assert "NLF" in front.aliases
    assert "liberation fighters" in front.aliases


def test_actors_surname_is_same_person(actors: dict) -> None:
    idris = actors["Hassan Idris"]
    assert idris.kind == "person" and "Idris" in idris.aliases
    assert "Idris" not in actors
    assert len(idris.mentions) == 2
    for start, end in idris.mentions:
        assert TEXT[start:end] in {"Hassan Idris", "Idris"}


def test_actors_roles_from_appositions(actors: dict) -> None:
    roles = [(r.title, r.of) for r in actors["Hassan Idris"].roles]
    assert roles == [("spokesperson", "Northern Liberation Front")]


def test_actors_outlet_and_places_excluded(actors: dict) -> None:
    assert actors["Coastal Herald"].kind == "outlet"
    assert actors["Salim Farah"].kind == "person"
    assert "Dunmore" not in actors


def test_actors_an_acronym_defined_in_text_names_that_group_alone() -> None:
    # "ADF" is also the Allied Democratic Forces' acronym; defined here, it is the separatists'.
    text = (
        "The Ambazonia Defence Forces (ADF) claimed the ambush. The ADF said its fighters "
        "had killed six soldiers."
    )
    found = extract_actors(spacy.blank("en")(text), places=[])
    assert [a.name for a in found] == ["Ambazonia Defence Forces"]
    (group,) = found
    assert [text[s:e] for s, e in group.mentions] == [
        "Ambazonia Defence Forces",
        "ADF",
        "ADF",
        "its fighters",
    ]


def test_actors_known_list_recognizes_unlabelled_group() -> None:
    text = "Fighters of al-Shabaab attacked the base; the Shabaab later withdrew."
    found = extract_actors(spacy.blank("en")(text), places=[])
    assert [a.name for a in found] == ["al-Shabaab"]
    assert len(found[0].mentions) == 2


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Daily Monitor", "outlet"),
        ("United Workers Party", "political party"),
        ("Ministry of Interior", "government"),
        ("Popular Defence Front", "armed group"),
        ("Red Crescent Society", "organization"),
        ("Amina Yusuf", "person"),
        # Three capitalised words that end in a force's word are no person's name.
        ("First Support Force", "armed group"),
        ("Stability Support Apparatus", "armed group"),
        ("Mandalay People's Defence Force", "armed group"),
        ("Artillery Brigade", "state forces"),
        ("Infantry Battalion", "state forces"),
    ],
)
def test_actors_kind_of_name(name: str, kind: str) -> None:
    assert kind_of_name(name) == kind


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("the Taliban", "Taliban"),
        ("Fahd’s", "Fahd"),
        ("(NLF)", "NLF"),
        # An entity the parser cut short at a place: no name ends with a preposition.
        ("Residents of", "Residents"),
        ("Friends of the", "Friends"),
    ],
)
def test_actors_clean_name(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean


def test_actors_known_list_prefers_the_longest_name() -> None:
    # Regression: "Islamic State" took the start of "Islamic State West Africa Province".
    text = "Islamic State West Africa Province fighters attacked the base."
    found = extract_actors(spacy.blank("en")(text), places=[])
    assert [a.name for a in found] == ["Islamic State West Africa Province"]
    assert "Islamic State West Africa Province fighters" in found[0].aliases


@pytest.mark.parametrize(
    ("text", "ents", "linked"),
    [
        # A definite or possessive description refers back to the one named armed group.
        (
            "The Hill Liberation Front attacked Kolwe. The militants withdrew at dawn.",
            [("Hill Liberation Front", "ORG")],
            {"Hill Liberation Front": ["The militants"]},
        ),
        (
            "The Hill Liberation Front said opposition forces held the ridge.",
            [("Hill Liberation Front", "ORG")],
            {"Hill Liberation Front": ["opposition forces"]},
        ),
        # A role noun names whoever did the act, often someone else.
        (
            "Gunmen ambushed the Hill Liberation Front. The attackers fled.",
            [("Hill Liberation Front", "ORG")],
            {"Hill Liberation Front": []},
        ),
        # A bare plural may be another group: left alone.
        (
            "The Hill Liberation Front denied that militants attacked Kolwe.",
            [("Hill Liberation Front", "ORG")],
            {"Hill Liberation Front": []},
        ),
        # Two named groups: "the rebels" is ambiguous.
        (
            "The Hill Liberation Front and the Delta Front met. The rebels left.",
            [("Hill Liberation Front", "ORG"), ("Delta Front", "ORG")],
            {"Hill Liberation Front": [], "Delta Front": []},
        ),
        # A nationality with a force noun is that nation's state force; "the army" and
        # "army spokesman" then refer to it.
        (
            "Sudanese troops shelled Kolwe. The army denied it, army spokesman Ali Musa said.",
            [("Sudanese", "NORP"), ("Ali Musa", "PERSON")],
            {"Military Forces of Sudan": ["The army", "army"]},
        ),
    ],
)
def test_actors_generic_descriptions_link_to_the_named_group(text, ents, linked) -> None:
    found = {a.name: a for a in extract_actors(_doc(text, ents), places=[])}
    for name, phrases in linked.items():
        first = min(found[name].mentions)
        others = [text[s:e] for s, e in sorted(found[name].mentions) if (s, e) != first]
        assert others == phrases


def test_actors_role_of_the_national_army() -> None:
    text = "The Sudanese army said so, army spokesman Ali Musa told reporters."
    found = {
        a.name: a
        for a in extract_actors(
            _doc(text, [("Sudanese", "NORP"), ("Ali Musa", "PERSON")]), places=[]
        )
    }
    assert found["Military Forces of Sudan"].kind == "state forces"
    assert [(r.title, r.of) for r in found["Ali Musa"].roles] == [
        ("spokesperson", "Military Forces of Sudan")
    ]


@pytest.mark.parametrize(
    ("text", "ents", "surnames"),
    [
        # Regression: a later surname the parser did not label is the same person.
        (
            "Spokesman Ibrahim Sani of the Delta Army denied it. Sani said troops held Kolwe.",
            [("Ibrahim Sani", "PERSON"), ("Delta Army", "ORG")],
            ["Sani"],
        ),
        # A title or honorific before the surname does not make it another name.
        (
            "Ibrahim Sani of the Delta Army spoke. Later Colonel Sani said troops held Kolwe.",
            [("Ibrahim Sani", "PERSON"), ("Delta Army", "ORG")],
            ["Sani"],
        ),
        # Part of a longer name ("Musa Sani", "Sani Road") is someone or something else.
        (
            "Ibrahim Sani of the Delta Army spoke. Musa Sani and residents of Sani Road fled.",
            [("Ibrahim Sani", "PERSON"), ("Delta Army", "ORG")],
            [],
        ),
        # Two persons share the surname: it names neither.
        (
            "Ibrahim Sani and Aisha Sani of the Delta Army spoke. Sani said troops held Kolwe.",
            [("Ibrahim Sani", "PERSON"), ("Aisha Sani", "PERSON"), ("Delta Army", "ORG")],
            [],
        ),
    ],
)
def test_actors_surname_alone_is_the_person(text, ents, surnames) -> None:
    found = {a.name: a for a in extract_actors(_doc(text, ents), places=[])}
    sani = found["Ibrahim Sani"]
    assert [text[s:e] for s, e in sani.mentions[1:]] == surnames
    assert "Sani" not in found


@pytest.mark.parametrize(
    "text",
    [
        # Regression: "spokesman X of the Y" gave X no role, so "X said" later lost the group.
        "Spokesman Ibrahim Sani of the Delta Army denied it. Sani said troops held Kolwe.",
        # Regression: a rank between the title and the name hid the role.
        "The Delta Army spokesman Major Ibrahim Sani denied it. Sani said troops held Kolwe.",
    ],
)
def test_actors_title_before_name_group_after_is_a_role(text: str) -> None:
    ents = sorted(
        [("Ibrahim Sani", "PERSON"), ("Delta Army", "ORG")], key=lambda e: text.index(e[0])
    )
    doc = _doc(text, ents)
    found = {a.name: a for a in extract_actors(doc, places=[])}
    assert [(r.title, r.of) for r in found["Ibrahim Sani"].roles] == [
        ("spokesperson", "Delta Army")
    ]


@pytest.mark.model
def test_actors_statement_by_surname_carries_the_group() -> None:
    from sitroom import read

    text = (
        "Gunmen attacked a village near Kolwe on Monday, spokesman Ibrahim Sani of the Delta "
        "Army said. Sani said troops had arrested two suspects in Dokan."
    )
    reading = read(text, published="2024-05-13")
    by_surname = [c for c in reading.claims if c.text.startswith("Sani said")]
    assert [c.speaker for c in by_surname] == ["Ibrahim Sani"]
    assert [c.speaker_group for c in by_surname] == ["Delta Army"]


def _places(text: str, found: list[tuple[str, str, str]]) -> list[Place]:
    """Places at their first occurrence: (name, kind, ISO country code)."""
    return [
        Place(text=n, start=text.index(n), end=text.index(n) + len(n), kind=k, country=c)
        for n, k, c in found
    ]


def test_actors_a_countrys_own_forces_take_acleds_name() -> None:
    text = "Kenya's police said Mali's army had left Gao."
    places = _places(
        text, [("Kenya", "country", "KE"), ("Mali", "country", "ML"), ("Gao", "city", "ML")]
    )
    found = {a.name: a for a in extract_actors(_doc(text, []), places=places)}
    assert found["Police Forces of Kenya"].kind == "state forces"
    assert found["Police Forces of Kenya"].aliases == ["Kenya's police"]
    assert found["Military Forces of Mali"].mentions == [(20, 31)]


@pytest.mark.parametrize(
    ("countries", "expected"),
    [
        # Every place in one country: its unnamed army and police.
        (("SD", "SD"), {"Military Forces of Sudan", "Police Forces of Sudan"}),
        # Places in two countries: whose army is "the army" is not told.
        (("SD", "TD"), set()),
    ],
)
def test_actors_unnamed_forces_are_the_countrys_when_its_places_agree(countries, expected) -> None:
    text = "The army shelled Mellit, police in Kutum said."
    places = _places(text, [("Mellit", "city", countries[0]), ("Kutum", "city", countries[1])])
    found = {a.name for a in extract_actors(_doc(text, []), places=places)}
    assert found == expected


@pytest.mark.parametrize(
    ("between", "groups"),
    [
        # "the group" after the army: the armed group named before it, and its spokesman.
        ("fought the army near Sake. A spokesman for the group, ", ["Kivu Front"]),
        # After a rights organisation "the group" is that organisation: not the armed group.
        ("was blamed by Amnesty International. A spokesman for the group, ", []),
    ],
)
def test_actors_the_group_is_the_group_named_last(between, groups) -> None:
    text = f"The Kivu Front {between}Jean Bosco, wrote on X."
    ents = [("Kivu Front", "ORG"), ("Amnesty International", "ORG"), ("Jean Bosco", "PERSON")]
    ents = [e for e in ents if e[0] in text]
    found = {a.name: a for a in extract_actors(_doc(text, ents), places=[])}
    assert [r.of for r in found["Jean Bosco"].roles] == groups


def test_actors_a_police_building_is_no_police_force() -> None:
    text = "Rebels said the police headquarters in Mellit had fallen; police in Kutum fled."
    places = _places(text, [("Mellit", "city", "SD"), ("Kutum", "city", "SD")])
    found = {a.name: a for a in extract_actors(_doc(text, []), places=places)}
    at = text.index("police in")
    assert found["Police Forces of Sudan"].mentions == [(at, at + 6)]


def test_actors_a_known_name_inside_a_longer_name_is_another_group() -> None:
    text = (
        "The Shan National Liberation Army said it had taken two hills. In Colombia, "
        "the National Liberation Army freed three hostages."
    )
    ents = [("The Shan National Liberation Army", "ORG"), ("the National Liberation Army", "ORG")]
    found = {a.name: a for a in extract_actors(_doc(text, ents), places=[])}
    # The known group (Colombia's ELN) is named once, in the second sentence only.
    at = text.index("National Liberation Army freed")
    assert found["National Liberation Army"].mentions == [(at, at + 24)]
    assert found["Shan National Liberation Army"].kind == "armed group"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Kachin Independence Army", "armed group"),
        ("Shan National Liberation Army", "armed group"),
        ("Lord's Resistance Army", "armed group"),
        ("White Army militia", "armed group"),
        ("Zambian Army", "state forces"),
        ("Israel Defense Forces", "state forces"),
    ],
)
def test_actors_a_rebel_word_outranks_army(name: str, kind: str) -> None:
    assert kind_of_name(name) == kind


def test_actors_a_group_named_after_a_place_keeps_its_name() -> None:
    text = "The Kachin Independence Army said it shelled a camp in the town of Kyi Maung."
    ents = [("The Kachin Independence Army", "ORG"), ("Kyi Maung", "PERSON")]
    places = _places(text, [("Kachin", "province", "MM")])
    found = {a.name: a for a in extract_actors(_doc(text, ents), places=places)}
    # The group's name holds a place's; the town's name is no person's.
    assert set(found) == {"Kachin Independence Army"}


@pytest.mark.parametrize("label", ["NORP", "GPE"])
def test_actors_a_nations_weapons_are_its_military(label: str) -> None:
    text = "Ukrainian drones struck a depot, and an Israeli airstrike hit a house."
    ents = [("Ukrainian", label), ("Israeli", "NORP")]
    found = {a.name: a for a in extract_actors(_doc(text, ents), places=[])}
    # The nation and what it fields ("Ukrainian drones") name its military.
    assert found["Military Forces of Ukraine"].mentions == [(0, len("Ukrainian drones"))]
    at = text.index("Israeli")
    assert found["Military Forces of Israel"].mentions == [(at, at + 7)]


def test_actors_the_outlet_that_names_itself_is_an_outlet() -> None:
    text = "Smoke rose from the site, the Harbour Ledger found."
    doc = _doc(text, [("Harbour Ledger", "PERSON")])
    doc._.sitroom_outlet = "Harbour Ledger"
    (outlet,) = extract_actors(doc, places=[])
    assert (outlet.name, outlet.kind) == ("Harbour Ledger", "outlet")


def test_actors_the_paramilitary_group_is_the_one_armed_group() -> None:
    text = "The Rapid Support Forces entered Babanusa. The paramilitary group burned the market."
    places = _places(text, [("Babanusa", "city", "SD")])
    ents = [("The Rapid Support Forces", "ORG")]
    (rsf,) = extract_actors(_doc(text, ents), places=places)
    at = text.index("The paramilitary")
    assert (at, at + len("The paramilitary group")) in rsf.mentions


def test_actors_a_countrys_guards_and_a_band_named_by_its_kind() -> None:
    text = (
        "The strike killed seven of Iran's Revolutionary Guards. Members of the Gran Grif gang "
        "attacked Pont-Sonde; the gang said it had acted alone."
    )
    places = _places(text, [("Iran", "country", "IR")])
    ents = [("Revolutionary Guards", "ORG")]  # the parser cuts the country off
    found = {a.name: a for a in extract_actors(_doc(text, ents), places=places)}
    assert found["Military Forces of Iran"].aliases == ["Iran's Revolutionary Guards"]
    gang = found["Gran Grif Gang"]
    assert gang.kind == "armed group"
    at = text.index("the gang")
    assert (at, at + len("the gang")) in gang.mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its troops" after the government: the country's.
        ("The government said its troops held Mellit.", {"Military Forces of Sudan"}),
        # After rebels in the sentence "its troops" are theirs: no state force.
        ("A rebel statement said its troops held Mellit.", set()),
    ],
)
def test_actors_its_troops_are_whoever_it_is(text: str, expected: set[str]) -> None:
    places = _places(text, [("Mellit", "city", "SD")])
    found = {a.name for a in extract_actors(_doc(text, []), places=places)}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "ents", "force"),
    [
        # The parser reads the nationality as a person's name, or not at all.
        ("Nigerien soldiers recaptured Tassia.", [("Nigerien", "PERSON")], "Niger"),
        ("Malian troops took Kidal.", [], "Mali"),
    ],
)
def test_actors_a_nationalitys_soldiers_whatever_the_parser_tagged(text, ents, force) -> None:
    (army,) = extract_actors(_doc(text, ents), places=[])
    assert (army.name, army.mentions) == (f"Military Forces of {force}", [(0, text.index(" ", 9))])


def test_actors_its_forces_after_another_force_in_the_sentence_are_not_the_groups() -> None:
    text = (
        "The Houthis fired missiles at a tanker. The US military's Central Command said its "
        "forces shot down four drones."
    )
    ents = [("Houthis", "ORG"), ("US", "GPE"), ("Central Command", "ORG")]
    places = _places(text, [("US", "country", "US")])
    found = {a.name: a for a in extract_actors(_doc(text, ents), places=places)}
    assert found["Houthis"].mentions == [(4, 11)]


def test_actors_the_federal_army_is_the_countrys() -> None:
    text = "The federal army shelled Mellit, residents of Kutum said."
    places = _places(text, [("Mellit", "city", "SD"), ("Kutum", "city", "SD")])
    (army,) = extract_actors(_doc(text, []), places=places)
    assert army.name == "Military Forces of Sudan"
    assert army.mentions == [(0, 16)]  # "The federal army"


@pytest.mark.model
def test_actors_a_junta_spokesman_and_a_military_airstrike_are_the_countrys_military() -> None:
    from sitroom import read

    text = (
        "A military airstrike hit a school in the town of Kawlin in Sagaing Region on Monday, "
        "killing nine pupils, residents said.\n\n"
        "A junta spokesman, Major General Zaw Min Tun, said the air force had struck only "
        "rebel positions."
    )
    reading = read(text, published="2024-11-05")
    (strike,) = reading.events
    assert strike.actor1 == "Military Forces of Myanmar"
    assert reading.claims[-1].speaker_group == "Military Forces of Myanmar"


@pytest.mark.model
def test_actors_a_military_blogger_is_not_the_military() -> None:
    from sitroom import read

    text = (
        "Rebels ambushed an army convoy near Kidal on Friday, killing 15 soldiers, a rebel "
        "spokesman said. A Russian military blogger wrote that 20 mercenaries had also died."
    )
    reading = read(text, published="2024-07-29")
    assert "Military Forces of Russia" not in {a.name for a in reading.actors}


@pytest.mark.model
def test_actors_a_name_the_article_calls_a_place_is_no_organization() -> None:
    from sitroom import read

    text = (
        "Gunmen raided the town of Mozogo in Cameroon's Far North region overnight, killing six "
        "people. The sub-prefect of Mozogo said four others had been abducted.\n\nOn Thursday, "
        "several hundred residents of Mozogo marched to demand more troops."
    )
    reading = read(text, published="2025-05-09")
    assert "Mozogo" not in [a.name for a in reading.actors]
    assert "Mozogo" not in [c.speaker for c in reading.claims]


@pytest.mark.model
def test_actors_a_wire_dateline_is_no_part_of_a_groups_name() -> None:
    from sitroom import read

    text = (
        "ADDIS ABABA - Fano militia fighters said on Saturday they had captured the town of "
        "Debre Tabor in Ethiopia's Amhara region after heavy fighting with federal troops."
    )
    reading = read(text, published="2025-03-24")
    assert all("ADDIS ABABA" not in a.name for a in reading.actors)
    assert [c.speaker for c in reading.claims] == ["Fano"]


@pytest.mark.model
def test_actors_a_nation_after_the_dateline_keeps_its_weapons() -> None:
    from sitroom import read

    text = (
        "KHARKIV, Ukraine - Russian guided aerial bombs struck a residential area of Kharkiv "
        "on Monday evening, killing four people, the regional governor said."
    )
    (strike,) = read(text, published="2024-08-27").events
    # The parser's "Ukraine - Russian" loses the dateline, not its nationality.
    assert (strike.actor1, strike.actor2) == ("Military Forces of Russia", "Civilians")


@pytest.mark.model
def test_actors_known_groups_of_more_wars() -> None:
    from sitroom import read

    text = (
        "ZAMBOANGA CITY, Philippines - Philippine soldiers killed three suspected Abu Sayyaf "
        "militants in a firefight on the island of Basilan on Saturday, the military said."
    )
    (clash,) = read(text, published="2024-01-28").events
    assert (clash.actor1, clash.actor2) == ("Military Forces of Philippines", "Abu Sayyaf Group")


@pytest.mark.model
def test_actors_a_nations_units_and_gendarmes_are_its_forces() -> None:
    from sitroom import read

    text = "Burkinabe units clashed with jihadist fighters near Djibo on Tuesday."
    (clash,) = read(text, published="2024-09-10").events
    assert clash.actor1 == "Military Forces of Burkina Faso"
    text = "Nigerien gendarmes arrested four men at a checkpoint in Zinder on Tuesday."
    (arrests,) = read(text, published="2024-09-10").events
    assert arrests.actor1 == "Police Forces of Niger"


@pytest.mark.model
def test_actors_the_group_that_said_it_attacked_is_the_doer() -> None:
    from sitroom import read

    text = (
        "JNIM fighters killed eight members of the VDP volunteer militia at their post in "
        "Burkina Faso's Est region on Friday, security sources said.\n\n"
        "JNIM claimed the attack on Telegram. The group also said it had attacked an army "
        "convoy near Kantchari on Thursday, causing several deaths among the soldiers."
    )
    post, convoy = read(text, published="2023-05-22").events
    assert (post.actor1, post.actor2) == (
        "Jama'at Nusrat al-Islam wal-Muslimin",
        "Volunteers for the Defense of the Homeland",
    )
    assert (convoy.actor1, convoy.actor2) == (
        "Jama'at Nusrat al-Islam wal-Muslimin",
        "Military Forces of Burkina Faso",
    )


@pytest.mark.model
def test_actors_israeli_settlers_are_an_acled_actor() -> None:
    from sitroom import read

    text = (
        "Israeli settlers attacked the West Bank village of Burqa on Saturday night, setting "
        "fire to homes and cars, and shot dead a 19-year-old man, the health ministry said."
    )
    (attack,) = read(text, published="2024-03-05").events
    assert attack.actor1 == "Settlers (Israel)"


@pytest.mark.model
def test_actors_a_known_groups_other_spelling_defined_with_its_acronym_is_one_actor() -> None:
    from sitroom import read

    # "Defence" where the list spells "Defense"; "the group" after two groups named before
    # once crashed on the two actors this made of one.
    text = (
        "OUAGADOUGOU - JNIM said its fighters stormed a base shared by soldiers and Volunteers "
        "for the Defence of the Homeland (VDP) at Pensa on Monday. The claim was carried by "
        "the group's media arm, and the VDP did not comment."
    )
    reading = read(text, published="2025-02-07")
    vdp = [a for a in reading.actors if "Homeland" in a.name]
    assert [a.name for a in vdp] == ["Volunteers for the Defense of the Homeland"]


@pytest.mark.model
def test_actors_a_name_placed_in_a_province_is_no_organisation() -> None:
    from sitroom import read

    text = (
        "OUAGADOUGOU - JNIM said its fighters stormed an army base at Pensa, in Sanmatenga "
        "province, on Monday. A security source confirmed an attack against the Pensa "
        "detachment but gave no toll."
    )
    reading = read(text, published="2025-02-07")
    assert "Pensa" not in [a.name for a in reading.actors]
    assert reading.events[0].location is not None
    assert reading.events[0].location.name == "Pensa"


@pytest.mark.model
def test_actors_an_operations_command_is_a_state_force() -> None:
    from sitroom import read

    text = (
        "MOSUL, Iraq - On Sunday, the Nineveh Operations Command said a joint force had arrested "
        "three suspected Islamic State members in the Al-Yarmouk neighbourhood of west Mosul."
    )
    (arrests,) = read(text, published="2024-10-07").events
    assert arrests.actor1 == "Nineveh Operations Command"
    kinds = {a.name: a.kind for a in read(text, published="2024-10-07").actors}
    assert kinds["Nineveh Operations Command"] == "state forces"


@pytest.mark.model
def test_actors_a_nations_government_shelling_is_its_military() -> None:
    from sitroom import read

    text = (
        "IDLIB, Syria - Syrian government shelling killed five civilians in the town of Ariha on "
        "Sunday, rescuers said, as Russian jets struck hills near Jisr al-Shughur."
    )
    shelling = read(text, published="2024-03-18").events[0]
    assert (shelling.actor1, shelling.actor2) == ("Military Forces of Syria", "Civilians")


@pytest.mark.model
def test_actors_its_troops_after_a_ministry_of_another_country_are_that_country_s() -> None:
    from sitroom import read

    text = (
        "DNIPRO, Ukraine - A drone hit a bus in Dnipro on Monday, the Ukrainian military said. "
        'The Russian Defence Ministry said on Sunday that its troops had "liberated" the village '
        "of Sosnivka, in the Synelnykove district."
    )
    capture = read(text, published="2025-10-22").events[-1]
    assert capture.actor1 == "Military Forces of Russia"


@pytest.mark.model
def test_actors_a_state_security_service_that_detained_someone_made_the_arrest() -> None:
    from sitroom import read

    text = (
        "DNIPRO, Ukraine - A drone hit a bus in Dnipro on Monday, officials said.\n\n"
        "Separately, the Security Service of Ukraine (SBU) said on Tuesday that it had detained "
        "a resident of Pavlohrad last week on suspicion of passing the locations of power plants "
        "to Russian intelligence. The SBU said the man faced life in prison."
    )
    arrest = read(text, published="2025-10-22").events[-1]
    assert arrest.actor1 == "Security Service of Ukraine"


@pytest.mark.model
def test_actors_the_gaitanist_army_is_the_clan_del_golfo_not_a_state_force() -> None:
    from sitroom import read

    text = (
        "MEDELLIN, Colombia - The army's Seventh Division said on Monday that soldiers had "
        "clashed with fighters of the Gaitanist Army of Colombia in a rural area of Valdivia, "
        "killing two of them."
    )
    (clash,) = read(text, published="2025-07-08").events
    assert {clash.actor1, clash.actor2} == {"Military Forces of Colombia", "Clan del Golfo"}


def test_actors_a_revolutionary_army_is_an_armed_group() -> None:
    assert kind_of_name("Zomi Revolutionary Army") == "armed group"
    assert kind_of_name("Nigerian Army") == "state forces"


@pytest.mark.model
def test_actors_a_countrys_border_service_and_the_border_troops_of_a_country() -> None:
    from sitroom import read

    text = (
        "OSH, Kyrgyzstan - Kyrgyzstan's Border Service said Tajik troops opened fire with "
        "automatic weapons on a Kyrgyz post near the village of Dostuk late on Sunday and that "
        "Kyrgyz guards returned fire.\n\n"
        "The border troops of Tajikistan's State Committee for National Security gave a "
        "different account. In a statement, they said Kyrgyz servicemen fired first at Tajik "
        "positions and that Tajik guards returned fire."
    )
    reading = read(text, published="2024-05-29")
    speakers = [c.speaker_group for c in reading.claims]
    assert speakers[:2] == ["Military Forces of Kyrgyzstan", "Military Forces of Tajikistan"]
    assert reading.events[0].status == "confirmed"


@pytest.mark.model
def test_actors_a_hyphenated_acronym_is_its_group_wherever_used() -> None:
    from sitroom import read

    text = (
        "The Sagaing People's Defence Force (SGG-PDF) holds much of Kanbalu township.\n\n"
        "On Saturday, SGG-PDF fighters fought a column of Myanmar army troops near Kyauk Ye "
        "village. The SGG-PDF said in a Telegram post that its forces had killed at least 12 "
        "soldiers."
    )
    (clash,) = read(text, published="2025-02-17").events
    assert clash.actor1 == "Sagaing People's Defence Force"
    assert clash.claimed_by == "Sagaing People's Defence Force"


@pytest.mark.model
def test_actors_a_nationality_right_after_a_dateline_names_its_forces() -> None:
    from sitroom import read

    text = (
        "BAMAKO - Malian troops fought off an attack by jihadist fighters near Kayes on Sunday, "
        "a security source said. Fuel convoys from Senegal and Mauritania have been hit "
        "repeatedly, and trucks now queue at Dakar port."
    )
    (fight,) = read(text, published="2025-09-17").events
    assert "Military Forces of Mali" in (fight.actor1, fight.actor2)


@pytest.mark.model
def test_actors_a_group_named_to_describe_another_is_no_side() -> None:
    from sitroom import read

    text = (
        "Soldiers fought off an attack near Nara on Sunday, the army said. Al Qaeda's Sahel "
        "affiliate JNIM said in a statement that its fighters had killed nine soldiers."
    )
    for event in read(text, published="2025-09-17").events:
        assert "al-Qaeda" not in (event.actor1, event.actor2)


@pytest.mark.model
def test_actors_an_acronym_in_another_language_s_order_is_its_group() -> None:
    from sitroom import read

    text = (
        "The army blamed the Movement of Democratic Forces of Casamance (MFDC) for the ambush. "
        "A spokesman for one MFDC faction denied it."
    )
    actors = read(text, published="2023-06-05").actors
    (group,) = [a for a in actors if a.name.startswith("Movement of Democratic")]
    assert "MFDC" in group.aliases


def test_actors_a_mixed_case_acronym_matches_only_as_written_and_kenya_s_reservists() -> None:
    from sitroom import read

    text = (
        "MARIGAT, Kenya - Raiders struck a homestead as the goats were let out of their pen. "
        "Officers and National Police Reservists pursued the raiders, police said."
    )
    names = {a.name for a in read(text, published="2023-03-20").actors}
    assert "Lashkar-e-Taiba" not in names
    assert "Police Forces of Kenya" in names


def test_actors_haiti_s_national_police_is_its_police_force() -> None:
    from sitroom import read

    text = "PORT-AU-PRINCE, Haiti - The Haitian National Police said officers retook Delmas."
    names = {a.name for a in read(text, published="2025-05-06").actors}
    assert "Police Forces of Haiti" in names and "Haitian National Police" not in names


def test_actors_a_name_spelled_out_in_brackets_keeps_its_short_form() -> None:
    from sitroom import read

    text = (
        "UVIRA, Democratic Republic of Congo - In a message on Friday, RED-Tabara (Resistance "
        "for the Rule of Law in Burundi) said its fighters had ambushed an army patrol."
    )
    groups = {a.name: a.kind for a in read(text, published="2023-10-28").actors}
    assert groups.get("RED-Tabara") == "armed group"
