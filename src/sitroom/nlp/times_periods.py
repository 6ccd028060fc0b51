"""Normalizers of durations, distances in time ("two days ago"), quarters, seasons and clocks."""

from __future__ import annotations

import datetime as dt
import re

from .times_calendar import (
    UNIT_GRAN,
    Period,
    coarser,
    duration_value,
    last_completed_quarter,
    lexicon,
    nth_weekday,
    quarter_of,
    shift,
    weekday_near,
)
from .times_context import (
    _Context,
    _day_found,
    _direction,
    _Found,
    _mod_dates,
    _month_num,
    _num,
    _period_found,
    _unit,
    _weekday_num,
    _year_to_date_before,
)
from .times_dates import _n_date, spelled_year


def _n_day_before(ctx: _Context, m: re.Match[str]) -> _Found | None:
    unit_word = m.group("unit").lower()
    unit = "D" if unit_word == "night" else _unit(unit_word)
    step = -1 if m.group("dir").lower() == "before" else 1
    if unit == "D":
        found = _day_found(
            shift(ctx.anchor_day(), step, "D"), "night" if unit_word == "night" else None
        )
        return found
    anchor = ctx.ref.day if ctx.ref is not None else ctx.dct
    return _period_found(Period(UNIT_GRAN[unit], shift(anchor, step, unit)))


def _n_ago(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    unit = _unit(g["unit"])
    n = _num(g["num"]) if g.get("num") else None
    direction = re.sub(r"\s+", " ", g["dir"].lower())
    counted = g.get("num") or g["unit"].lower().endswith("s")  # "three days", "hours"
    if direction in ("later", "earlier") and counted and not _year_comparison(n, unit):
        return _signal_duration(ctx, m, n, unit, 1 if direction == "later" else -1)
    sign = 1 if direction in ("later", "from now", "hence", "after") else -1
    if unit in ("H", "MIN", "S"):
        return _Found("TIME" if n is not None else "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if n is None:
        return _Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    steps = int(n) if float(n).is_integer() else 0
    if not steps:
        return _Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    gran = UNIT_GRAN[unit]
    anchor_ref = ctx.ref if ctx.ref is not None else None
    if unit == "Y" and ctx.ref_quarter is not None:
        # In a report of quarterly results, "a year ago" is the same quarter a year before,
        # unless the sentence compares a longer stretch ("for the nine months ... a year
        # earlier"), which TimeML writes as the year.
        if _year_to_date_before(ctx, m.start()):
            return _period_found(Period("year", shift(ctx.ref_quarter.day, sign * steps, "Y")))
        return _period_found(ctx.ref_quarter.shifted(sign * steps, unit))
    if direction in ("ago", "from now", "hence", "back"):
        return _period_found(Period(gran, shift(ctx.dct, sign * steps, unit)))
    # "a year earlier", "two days later": relative to the last date the text gave.
    if anchor_ref is None:
        return _period_found(Period(gran, shift(ctx.dct, sign * steps, unit)))
    gran = coarser(gran, anchor_ref.gran) if anchor_ref.gran != "weekend" else gran
    return _period_found(Period(gran, shift(anchor_ref.day, sign * steps, unit), anchor_ref.season))


def _year_comparison(n: float | None, unit: str) -> bool:
    """ "a year earlier": the comparison of a period with the same one a year before.

    Reports of results write it as a date of the earlier period (TimeBank tags the whole phrase
    as a DATE), unlike other "N units later/earlier".
    """
    return n == 1 and unit == "Y"


def _signal_duration(
    ctx: _Context, m: re.Match[str], n: float | None, unit: str, sign: int
) -> _Found:
    """ "three days later", "a day earlier": TimeML tags the duration; "later" is a signal.

    The extent stops at the unit and the value is the duration (P3D), but the day it reaches
    from the last date the text gave is kept as the covered dates, so an event still gets it.
    """
    found = _Found("DURATION", duration_value(n, unit), span=(m.start(), m.end("unit")))
    steps = int(n) if n is not None and float(n).is_integer() else 0
    gran = UNIT_GRAN.get(unit)
    if steps and gran in ("day", "week", "month", "year"):
        base = ctx.anchor_day() if gran == "day" else (ctx.ref.day if ctx.ref else ctx.dct)
        period = Period(gran, shift(base, sign * steps, unit))
        found.date, found.date_end = period.bounds()
        found.precision = gran
    return found


_SOMEDAY_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall|he|she|they|we|I)\s+$")
_VERB_LAST = re.compile(
    r"\b(?:to|will|would|could|may|might|can|should|must|not|did|does|do|'ll)\s+$", re.I
)


# An amount just before a rate word: "$1.76 a year", "four flights a week", "8% annually".
_AMOUNT_BEFORE = re.compile(r"(?:\d|cents?|dollars?|%|percent|million|billion|[a-z]s)\s*$", re.I)


def _n_duration(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    if g.get("old"):
        return None
    unit = _unit(g["unit"])
    num_text = g["num"].lower()
    n = _num(num_text)
    if num_text in ("a", "an") and unit in ("Q", "S"):
        return None  # "a quarter of the vote", "a second attempt"
    if unit == "Q" and m.group("unit").lower().endswith("s") and "-" in m.group(0):
        return None  # "three-quarters"
    span = None
    if g.get("the") and not g.get("rel") and not g.get("approx"):
        # TimeML keeps "the" with a counted period ("the nine months") but not with an
        # adjective ("the two-week crisis") or a measure of something ("the two days of talks").
        unit_word = m.group("unit").lower()
        after = ctx.text[m.end() : m.end() + 4]
        if not unit_word.endswith("s") or re.match(r"\s+of\b", after):
            span = (m.start("num"), m.end())
    if n is not None and g.get("half"):
        n += 0.5
    if n == 1 and num_text in ("a", "an") and unit in ("D", "W", "M", "Y"):
        before = ctx.text[max(0, m.start() - 25) : m.start()].lower()
        if _AMOUNT_BEFORE.search(before):
            # A rate ("$1.76 a year", "four flights a week"): TBAQ gold leaves these untagged.
            return None
    if (
        num_text == "one"
        and unit == "D"
        and not (g.get("the") or g.get("rel") or g.get("approx"))
        and _SOMEDAY_BEFORE.search(ctx.text[max(0, m.start() - 15) : m.start()])
    ):
        return _Found("DATE", "FUTURE_REF")  # "Islam will one day be ...": some day to come
    rel = (g.get("rel") or "").lower()
    if rel == "last" and _VERB_LAST.search(ctx.text[max(0, m.start() - 12) : m.start()]):
        # "expected to last six weeks": the verb, not "the last six weeks".
        span, rel = (m.start("num"), m.end()), ""
    found = _Found("DURATION", duration_value(n, unit), span=span)
    if rel in ("past", "last", "previous") and n is not None and unit in ("D", "W", "M", "Y"):
        found.date, found.date_end = shift(ctx.dct, -int(n), unit), ctx.dct
        found.precision = "range"
    return found


_HOURS_OF_DAY = re.compile(
    r"\s+of\s+(?:(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tomorrow|the\s+(?:day|night|morning))\b",
    re.I,
)


def _n_plural_units(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    unit = _unit(g["unit"])
    if unit == "H" and _HOURS_OF_DAY.match(ctx.text, m.end()):
        return None  # "the early hours of Saturday": a part of that day, not a duration
    rel = (g.get("rel") or "").lower()
    # TBAQ gold writes "recent months" and "the weeks ahead" as vague durations (PXM) more
    # often than as PAST_REF, but "coming/future quarters" as FUTURE_REF.
    if rel in ("coming", "future") and not g.get("the"):
        return _Found("DATE", "FUTURE_REF")
    return _Found("DURATION", duration_value(None, unit))


_YEAR_STEP = {"last": -1, "this": 0, "next": 1}


def _n_quarter(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    ordinal = g["ord"].lower()
    q = lexicon()["ordinals"].get(ordinal)
    year_text = g.get("year") or g.get("year2")
    if q is None:  # "the final quarter", "the last quarter"
        q = 4 if ordinal == "final" else None
        if q is None:
            return _period_found(Period("quarter", last_completed_quarter(ctx.dct)))
    if year_text:
        start = dt.date(int(year_text), 3 * (q - 1) + 1, 1)
    elif g.get("ys") or g.get("qrel"):
        year = ctx.dct.year + _YEAR_STEP[(g.get("ys") or g["qrel"]).split()[0].lower()]
        start = dt.date(year, 3 * (q - 1) + 1, 1)
    else:
        start = quarter_of(ctx.dct, q, None)
    period = Period("quarter", start)
    if g.get("yago"):
        period = period.shifted(-1, "Y")
    found = _period_found(period)
    if g.get("the") and not g.get("yago") and re.search(r"\w-(?:fiscal-)?quarter", m.group(0)):
        rest = m.group(0)[3:]
        found.span = (m.start() + 3 + len(rest) - len(rest.lstrip()), m.end())
    return found


_QUARTER_ENDED = re.compile(
    r"\s+(?:ended|ending|that\s+ended)\s+(?P<mon>(?-i:[A-Z][a-z]{2,8})\.?)\s+(?P<day>\d{1,2})\b"
)
_YEAR_AGO = ("year-earlier", "year-ago", "year-before", "prior-year", "comparable")


def _n_quarter_rel(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    what = g["what"].lower()
    if what == "period" and not rel and not g.get("qyear"):
        return None
    if g["the"].lower() == "a" and rel not in ("year-earlier", "year-ago"):
        return None
    base = ctx.ref_quarter
    if g.get("ysq"):
        # "last year's quarter": the quarter in question, in the year named.
        quarter = base or Period("quarter", last_completed_quarter(ctx.dct))
        year = ctx.dct.year + _YEAR_STEP[g["ysq"].lower()]
        return _period_found(Period("quarter", quarter.day.replace(year=year)))
    ended = _QUARTER_ENDED.match(ctx.text, m.end())
    if ended and not g.get("qyear") and rel not in _YEAR_AGO:
        # "the quarter ended Sept. 30": the calendar quarter that date closes.
        when = _n_date(ctx, ended)
        if when is not None and when.period is not None:
            base = Period("quarter", when.period.day)
            ctx.ref_quarter = base
            return _period_found(base)
    if g.get("qyear"):
        quarter = base or Period("quarter", last_completed_quarter(ctx.dct))
        return _period_found(Period("quarter", quarter.day.replace(year=int(g["qyear"]))))
    if rel in ("latest", "past", "recent", "just-ended", "most recent") and what == "quarter":
        base = Period("quarter", last_completed_quarter(ctx.dct))
        ctx.ref_quarter = base
        return _period_found(base)
    if base is None:
        if what == "period" and rel not in (
            "year-earlier",
            "year-ago",
            "year-before",
            "prior-year",
        ):
            return None
        base = Period("quarter", last_completed_quarter(ctx.dct))
    if rel in ("year-earlier", "year-ago", "year-before", "prior-year", "comparable"):
        return _period_found(base.shifted(-1, "Y"))
    if rel == "previous":
        return _period_found(base.shifted(-1, "Q"))
    if rel == "current":
        return _period_found(Period("quarter", ctx.dct))
    return _period_found(base)


def _n_year_ago_adj(ctx: _Context, m: re.Match[str]) -> _Found | None:
    if ctx.ref_quarter is not None and _year_to_date_before(ctx, m.start()):
        return _period_found(Period("year", shift(ctx.ref_quarter.day, -1, "Y")))
    if ctx.ref_quarter is not None:
        return _period_found(ctx.ref_quarter.shifted(-1, "Y"))
    return _period_found(Period("year", shift(ctx.dct, -1, "Y")))


def _n_half(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    if g.get("hdec") or g.get("hdec2"):
        # "the last half of the '80s": TimeML has no half decade; the value is the decade.
        year = int(g["hdec"]) if g.get("hdec") else 1900 + int(g["hdec2"])
        found = _period_found(Period("decade", dt.date(year, 1, 1)))
        _mod_dates(found, "early" if g["h"].lower() == "first" else "late")
        return found
    if g.get("year"):
        year = int(g["year"])
    elif g.get("hrel"):
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[g["hrel"].lower()]
    else:
        year = ctx.ref.day.year if ctx.ref is not None else ctx.dct.year
    month = 1 if g["h"].lower() == "first" else 7
    return _period_found(Period("half", dt.date(year, month, 1)))


def _n_season(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    word = g["season"].lower()
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    rel = {"this past": "last", "this coming": "next"}.get(rel, rel)
    if not (rel or g.get("year") or g.get("syear") or g.get("srel") or g.get("mod")):
        before = ctx.text[max(0, m.start() - 10) : m.start()].lower()
        if (
            not re.search(r"\b(?:in|during|by|since|until|through|over)\s+$", before)
            or word == "fall"
        ):
            return None
    code = lexicon()["seasons"][word]
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if g.get("syear"):
        year = spelled_year(g["syear"])
    elif g.get("srel"):
        year = ctx.dct.year + _YEAR_STEP[g["srel"].lower()]
        if code == "WI" and ctx.dct.month <= 3:
            year -= 1  # the winter that began in December of the year before
    elif g.get("year"):
        year = int(g["year"])
    else:
        year = ctx.dct.year
        seasons = [
            Period("season", dt.date(y, start_month, 1), code)
            for y in (year - 2, year - 1, year, year + 1)
        ]
        if rel in ("last", "past"):
            chosen = [p for p in seasons if p.bounds()[1] < ctx.dct][-1]
        elif rel in ("next", "coming"):
            chosen = [p for p in seasons if p.bounds()[0] > ctx.dct][0]
        elif rel == "that" and ctx.ref is not None:
            # "That summer": the season of the year the narrative is in.
            chosen = Period("season", dt.date(ctx.ref.day.year, start_month, 1), code)
        elif rel == "this":
            # The season of the publication year ("this summer" written in November).
            chosen = Period(
                "season",
                dt.date(year - (code == "WI" and ctx.dct.month <= 3), start_month, 1),
                code,
            )
        elif _direction(ctx, m) == "future":
            chosen = [p for p in seasons if p.bounds()[1] >= ctx.dct][0]
        else:
            chosen = [p for p in seasons if p.bounds()[0] <= ctx.dct][-1]
        year = chosen.day.year
    found = _period_found(Period("season", dt.date(year, start_month, 1), code))
    _mod_dates(found, g.get("mod"))
    return found


def _clock_day(ctx: _Context, word: str | None, m: re.Match[str]) -> dt.date:
    if not word:
        return ctx.anchor_day() if ctx.ref_day else ctx.dct
    w = word.lower()
    if w in ("today", "tonight"):
        return ctx.dct
    if w == "yesterday":
        return ctx.dct - dt.timedelta(days=1)
    if w == "tomorrow":
        return ctx.dct + dt.timedelta(days=1)
    direction = "future" if _direction(ctx, m) == "future" else "past"
    return weekday_near(ctx.dct, _weekday_num(word), direction)


_MDAY = re.compile(r"(?P<mon>[A-Za-z]+\.?)\s+(?P<day>\d+)")


def _n_clock(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    hour = int(g["h"])
    minute = int(g["min"] or 0)
    ampm = (g.get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23:
        return None
    if g.get("mday"):
        dated = _n_date(ctx, _MDAY.match(g["mday"]))  # type: ignore[arg-type]
        day = dated.period.day if dated and dated.period else ctx.dct
    else:
        day = _clock_day(ctx, g.get("dayword") or g.get("dayword2"), m)
    found = _day_found(day, None)
    found.type = "TIME"
    found.tod = f"{hour:02d}:{minute:02d}"
    found.precision = "time"
    return found


def _n_noon(ctx: _Context, m: re.Match[str]) -> _Found | None:
    word = m.group("word").lower()
    if word == "noon" and re.search(
        r"\bhigh\s+$", ctx.text[max(0, m.start() - 6) : m.start()], re.I
    ):
        return None  # "high noon": the decisive moment (or the film), not twelve o'clock
    day = _clock_day(ctx, m.group("dayword"), m)
    found = _day_found(day, None)
    found.type = "TIME"
    found.tod = "24:00" if word == "midnight" else "12:00"
    found.precision = "time"
    return found


def _n_holiday(ctx: _Context, m: re.Match[str]) -> _Found | None:
    lex = lexicon()
    name = re.sub(r"\s+", " ", m.group("hol").lower()).replace("’", "'")
    year = int(m.group("year")) if m.group("year") else None
    direction = _direction(ctx, m)

    def on(y: int) -> dt.date:
        if name in lex["holidays_fixed"]:
            month, day = map(int, lex["holidays_fixed"][name].split("-"))
            return dt.date(y, month, day)
        month, weekday, nth, offset = lex["holidays_nth_weekday"][name]
        return nth_weekday(y, month, weekday, nth) + dt.timedelta(days=offset)

    if year is None:
        candidates = [on(y) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
        if direction == "future":
            day = min((d for d in candidates if d >= ctx.dct), default=candidates[1])
        else:
            day = max((d for d in candidates if d <= ctx.dct), default=candidates[1])
    else:
        day = on(year)
    return _period_found(Period("day", day))


def _n_ref(ctx: _Context, m: re.Match[str]) -> _Found | None:
    word = re.sub(r"\s+", " ", m.group("ref").lower())
    if word == "the future" and re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 4]):
        return None  # "the future of our peoples" names a fate, not a time
    return _Found("DATE", lexicon()["refs"][word])


def _n_vague_duration(ctx: _Context, m: re.Match[str]) -> _Found | None:
    return _Found("DURATION", "PXX")


def _n_set(ctx: _Context, m: re.Match[str]) -> _Found | None:
    if m.group("set").lower() == "annually" and _AMOUNT_BEFORE.search(
        ctx.text[max(0, m.start() - 25) : m.start()]
    ):
        return None  # a rate ("$2 million annually", "8% annually"), as "a year" after an amount
    return _Found("SET", lexicon()["sets"][m.group("set").lower()])


def _n_every(ctx: _Context, m: re.Match[str]) -> _Found | None:
    g = m.groupdict()
    word = g["unit"]
    lex = lexicon()
    if word.lower() in lex["weekdays"] and word[0].isupper():
        return _Found("SET", f"XXXX-WXX-{_weekday_num(word)}")
    if word.lower() in lex["months"] and word[0].isupper():
        return _Found("SET", f"XXXX-{_month_num(word):02d}")
    if word.lower() in lex["parts_of_day"]:
        return _Found("SET", f"XXXX-XX-XXT{lex['parts_of_day'][word.lower()]}")
    n = 2.0 if (g.get("num") or "").lower() == "other" else (_num(g["num"]) if g.get("num") else 1)
    return _Found("SET", duration_value(n, _unit(word) if word.lower() != "weekend" else "WE"))


def _n_times_a(ctx: _Context, m: re.Match[str]) -> _Found | None:
    return _Found("SET", duration_value(1, _unit(m.group("unit"))))
